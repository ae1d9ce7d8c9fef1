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

__all__ = ["cover", "leads", "Patterns", "Scanner"]

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


_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


def _lead_seq(items: Iterable) -> frozenset[str] | None:
    seq = list(items)
    i = 0
    while i < len(seq) and seq[i][0] in _ZERO_WIDTH:  # \b, ^, (?<!...): the regex checks them at the start
        i += 1
    if i == len(seq):
        return None
    op, av = seq[i]
    if op is _c.LITERAL:
        run = []
        while i < len(seq) and seq[i][0] is _c.LITERAL:
            run.append(chr(seq[i][1]))
            i += 1
        return frozenset({"".join(run).lower()})
    if op is _c.SUBPATTERN:
        return _lead_seq(av[-1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        first = _lead_seq(av[2])
        if av[0] >= 1 or first is None:
            return first
        rest = _lead_seq(seq[i + 1 :])  # an optional opening: it, or what follows it
        return None if rest is None else first | rest
    if op is _c.BRANCH:
        parts = [_lead_seq(b) for b in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    return None


def leads(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""Literals (lower case) one of which every match of `pattern` starts with, or None.

    `\b(?:joint\s+ventures?|JVs?)` -> {"joint", "jv"}. A match can then only start where one of
    them occurs, so the regex is tried there alone instead of being scanned over the text.
    """
    try:
        got = _lead_seq(_p.parse(pattern, flags & re.VERBOSE))
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply scanned
        return None
    # ASCII only: IGNORECASE lets a few non-ASCII letters (the Kelvin sign, the long s) match ASCII.
    return got if got and all(got) and all(x.isascii() for x in got) else None


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
        patterns = list(patterns)
        self.items = [(re.compile(p, flags), cover(p)) for p in patterns]
        self.leads = [leads(p, flags) for p in patterns]
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
        out = []
        for i in sorted(found):
            cov = items[i][1]
            if cov is None:
                out.append(i)
                continue
            for c in cov:
                if c in low:
                    out.append(i)
                    break
        return out

    def finditer(
        self, text: str, low: str | None = None, keys: frozenset[str] | None = None
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match of every pattern whose cover is present."""
        low = text.lower() if low is None else low
        # In ASCII text, lower() keeps offsets and IGNORECASE means equal lower case, so a pattern
        # with known leading literals is matched only where one of them occurs: the same matches
        # as scanning (non-overlapping, left to right) at a fraction of the cost.
        ascii_ = text.isascii() and len(low) == len(text)
        for i in self.candidates(low, keys):
            rx = self.items[i][0]
            starts = self.leads[i] if ascii_ else None
            if starts is None:
                for m in rx.finditer(text):
                    yield i, m
                continue
            for m in _match_at(rx, text, _occurrences(low, starts)):
                yield i, m


def _occurrences(low: str, literals: frozenset[str], pos: int = 0, endpos: int | None = None) -> list[int]:
    """Sorted offsets in [pos, endpos) where any of `literals` starts in `low` (overlaps included)."""
    at: set[int] = set()
    stop = len(low) if endpos is None else endpos
    for lit in literals:
        k = low.find(lit, pos)
        while k != -1 and k < stop:
            at.add(k)
            k = low.find(lit, k + 1)
    return sorted(at)


def _match_at(
    rx: re.Pattern[str], text: str, offsets: list[int], endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What rx.finditer(text, pos, endpos) yields, given that every match starts at one of `offsets`."""
    reach = 0
    for k in offsets:
        if k < reach:
            continue
        m = rx.match(text, k) if endpos is None else rx.match(text, k, endpos)
        if m is not None and m.end() > m.start():
            reach = m.end()
            yield m


class Scanner:
    r"""A compiled regex whose `search`, `finditer` and `sub` try it only where a match can start.

    For a pattern whose every match opens with one of a few literals (`leads`), such as the
    blocker alternations `(?:did\s+not|does\s+not|never|...)`, the literals are found with
    str.find and the regex is tried only there, instead of at every position of the text.
    Results are those of the wrapped regex: in ASCII text lower() keeps offsets and IGNORECASE
    means equal lower case; other texts, and patterns without leads, use the regex as it is.
    A drop-in for the calls listed (`match`/`fullmatch` are passed through).
    """

    __slots__ = ("rx", "pattern", "flags", "groupindex", "leads")

    def __init__(self, rx: re.Pattern[str] | str, flags: int = 0) -> None:
        self.rx = re.compile(rx, flags) if isinstance(rx, str) else rx
        self.pattern = self.rx.pattern
        self.flags = self.rx.flags
        self.groupindex = self.rx.groupindex
        anchored = self.pattern.startswith(("^", r"\A")) and not self.flags & re.MULTILINE
        # An anchored pattern is tried at one place anyway; leads would only add work.
        self.leads = None if anchored else leads(self.pattern, self.flags)

    def __repr__(self) -> str:
        return f"Scanner({self.rx!r})"

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        if self.leads is None or not text.isascii():
            return self.rx.finditer(text, pos) if endpos is None else self.rx.finditer(text, pos, endpos)
        offsets = _occurrences(text.lower(), self.leads, pos, endpos)
        return _match_at(self.rx, text, offsets, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        if self.leads is None or not text.isascii():
            return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)
        return next(self.finditer(text, pos, endpos), None)

    def sub(self, repl: object, text: str, count: int = 0) -> str:
        if count or not callable(repl) or self.leads is None or not text.isascii():
            return self.rx.sub(repl, text, count)  # type: ignore[call-overload]
        out: list[str] = []
        last = 0
        for m in self.finditer(text):
            out.append(text[last : m.start()])
            out.append(repl(m))
            last = m.end()
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.rx.match(text, pos) if endpos is None else self.rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.rx.fullmatch(text, pos) if endpos is None else self.rx.fullmatch(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None) -> list:
        return self.rx.findall(text, pos) if endpos is None else self.rx.findall(text, pos, endpos)

