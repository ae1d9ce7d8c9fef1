"""Fast matching of many data regexes: skip a pattern unless a literal it needs is present.

Python's `re` tries every branch of a big alternation at every position, which made one
combined pattern per kind cost several milliseconds per article. Each pattern instead gets
a *cover*: a set of lower-case literal strings of which every match must contain at least
one ("pipeline" for "(?:gas|oil)\\s+pipelines?"). The cover is derived from the parsed
regex, so data files stay plain regexes; a substring test on the lower-cased text then
decides whether the pattern is worth running. Patterns without a usable cover always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

try:  # Python 3.11+ keeps the parser here; 3.10 and older had sre_parse
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

__all__ = ["cover", "Patterns"]

_MIN = 3


def _cover_seq(items: Iterable) -> frozenset[str] | None:
    cands: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            cands.append(frozenset({"".join(run).lower()}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        sub: frozenset[str] | None = None
        if op is _c.SUBPATTERN:
            sub = _cover_seq(av[-1])
        elif op is _c.BRANCH:
            parts = [_cover_seq(b) for b in av[1]]
            sub = None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            sub = _cover_seq(av[2])
        if sub:
            cands.append(sub)
    flush()
    good = [c for c in cands if c and min(len(s) for s in c) >= _MIN]
    if not good:
        return None
    return max(good, key=lambda c: (min(len(s) for s in c), -len(c)))


def cover(pattern: str) -> frozenset[str] | None:
    """Literals (lower case) of which every match of `pattern` contains one, or None."""
    try:
        return _cover_seq(_p.parse(pattern))
    except Exception:  # noqa: BLE001 - an unparsable pattern simply has no shortcut
        return None


_ALNUM = re.compile(r"[a-z0-9]+")


def split_alternatives(pattern: str) -> list[str]:
    """`\\b(?:a|b|c)\\b` -> [`\\b(?:a)\\b`, ...]: one regex per top-level alternative."""
    if not (pattern.startswith(r"\b(?:") and pattern.endswith(r")\b")):
        return [pattern]
    inner = pattern[5:-3]
    parts, depth, cur, i = [], 0, [], 0
    while i < len(inner):
        ch = inner[i]
        if ch == "\\":
            cur.append(inner[i : i + 2])
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "[":
            j = inner.index("]", i + 1)
            cur.append(inner[i : j + 1])
            i = j + 1
            continue
        if ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return [rf"\b(?:{p})\b" for p in parts]


def keys_of(text_low: str) -> frozenset[str]:
    """The word-prefix keys of a lower-cased text, for `Patterns.candidates(low, keys)`.

    Public so that a caller running several pattern sets over one text computes them once.
    """
    return _keys(text_low)


# The first four characters of each word (the whole word when shorter), cut by the regex engine:
# one findall instead of a Python loop slicing every token three ways (30 -> 9 us a sentence).
_PREFIX4 = re.compile(r"([a-z0-9]{1,4})[a-z0-9]*")


@lru_cache(maxsize=64)
def _keys(text_low: str) -> frozenset[str]:
    """Four-letter prefixes of the words of a lower-cased text (shorter words whole).

    Cached because the trigger finder and the cue finder read the same sentence in turn.
    A word's two- and three-letter prefixes are derived from these in `Patterns._lookup`.
    """
    return frozenset(_PREFIX4.findall(text_low))


_MEMO_MAX = 50_000  # distinct word prefixes remembered per pattern set (bounded memory)


class Patterns:
    """A list of regexes run one by one, each only when its cover occurs in the text.

    Covers are indexed by the first letters of their first word, so a text only tests the
    covers that could start one of its words; the rest of the patterns cost nothing.
    """

    def __init__(self, patterns: Iterable[str], flags: int = re.IGNORECASE) -> None:
        self.items = [(re.compile(p, flags), cover(p)) for p in patterns]
        self.always: list[int] = []
        self.index: dict[str, set[int]] = {}
        for i, (_, cov) in enumerate(self.items):
            runs = [_ALNUM.search(k) for k in cov] if cov else None
            if not runs or any(r is None for r in runs):
                self.always.append(i)
                continue
            for r in runs:
                word = r.group(0)  # type: ignore[union-attr]
                self.index.setdefault(word[:4], set()).add(i)
        self._memo: dict[str, tuple[int, ...]] = {}

    def _lookup(self, prefix: str) -> tuple[int, ...]:
        """Patterns indexed under the 2-, 3- or 4-letter prefix of a word starting with `prefix`."""
        found: set[int] = set()
        for k in {prefix[:2], prefix[:3], prefix}:
            found.update(self.index.get(k, ()))
        if len(self._memo) >= _MEMO_MAX:
            self._memo.clear()
        got = self._memo[prefix] = tuple(found)
        return got

    def candidates(self, low: str, keys: frozenset[str] | None = None) -> list[int]:
        """Indexes of the patterns that can match a text (lower-cased), in pattern order.

        A pattern is a candidate when a word of the text starts with the first word of its
        cover (2-4 letters compared) and the cover itself occurs in the text.
        """
        found = set(self.always)
        memo = self._memo
        for p in _keys(low) if keys is None else keys:
            got = memo.get(p)
            if got is None:
                got = self._lookup(p)
            if got:
                found.update(got)
        items = self.items
        return sorted(i for i in found if items[i][1] is None or any(c in low for c in items[i][1]))

    def finditer(
        self, text: str, low: str | None = None, keys: frozenset[str] | None = None
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match of every pattern whose cover is present."""
        low = text.lower() if low is None else low
        for i in self.candidates(low, keys):
            for m in self.items[i][0].finditer(text):
                yield i, m
