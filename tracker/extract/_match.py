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


_TOKEN = re.compile(r"[a-z0-9]+")
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


def keys_of(text_low: str) -> set[str]:
    """Public name of the word-prefix keys, so a caller can share them between pattern sets."""
    return _keys(text_low)


def _keys(text_low: str) -> set[str]:
    """Two-, three- and four-letter prefixes of the words of a lower-cased text."""
    keys: set[str] = set()
    for t in _TOKEN.findall(text_low):
        keys.update((t[:2], t[:3], t[:4]))
    return keys


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

    def candidates(self, low: str, keys: set[str] | None = None) -> list[int]:
        """Indexes of the patterns that can match a text (lower-cased), in pattern order."""
        found = set(self.always)
        for k in (_keys(low) if keys is None else keys) & self.index.keys():
            found |= self.index[k]
        return sorted(i for i in found if self.items[i][1] is None or any(c in low for c in self.items[i][1]))

    def finditer(
        self, text: str, low: str | None = None, keys: set[str] | None = None
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match of every pattern whose cover is present."""
        low = text.lower() if low is None else low
        for i in self.candidates(low, keys):
            for m in self.items[i][0].finditer(text):
                yield i, m
