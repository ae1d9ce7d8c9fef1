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
from collections.abc import Callable, Iterable, Iterator
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
        if op is _c.BRANCH and run:
            # The parser factors a common prefix out of alternatives ("resumed|reopened" is "re" then
            # "sumed|opened"): join it back, so a literal still starts where the words do.
            opens = [_lead_seq(b) for b in av[1]]
            if all(opens):
                head = "".join(run).lower()
                run.clear()
                cands.append(frozenset(head + x for o in opens for x in o))  # type: ignore[union-attr]
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
# Zero-width openings after which a match can only start at a word start (when its first literal
# opens with a letter or digit): \b, ^ and \A. In ASCII text such a start is where a word of
# `keys_of` starts, so a pattern whose every lead is bounded is gated by the text's word keys.
_WORD_START_AT = (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_LINE, _c.AT_BEGINNING_STRING)


def _lead_seq(items: Iterable, need_bound: bool = False, bounded: bool = False) -> frozenset[str] | None:
    """Literals one of which every match of the parsed `items` starts with, or None.

    With `need_bound`, also None unless every lead follows a word-start assertion (`_WORD_START_AT`;
    `bounded` says one was already passed on the way in)."""
    seq = list(items)
    i = 0
    while i < len(seq) and seq[i][0] in _ZERO_WIDTH:  # \b, ^, (?<!...): the regex checks them at the start
        if seq[i][0] is _c.AT and seq[i][1] in _WORD_START_AT:
            bounded = True
        i += 1
    if i == len(seq):
        return None
    op, av = seq[i]
    if op is _c.LITERAL:
        run = []
        while i < len(seq) and seq[i][0] is _c.LITERAL:
            run.append(chr(seq[i][1]))
            i += 1
        return frozenset({"".join(run).lower()}) if bounded or not need_bound else None
    if op is _c.SUBPATTERN:
        return _lead_seq(av[-1], need_bound, bounded)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        first = _lead_seq(av[2], need_bound, bounded)
        if av[0] >= 1 or first is None:
            return first
        rest = _lead_seq(seq[i + 1 :], need_bound, bounded)  # an optional opening: it, or what follows it
        return None if rest is None else first | rest
    if op is _c.BRANCH:
        parts = [_lead_seq(b, need_bound, bounded) for b in av[1]]
        return None if any(p is None for p in parts) else frozenset().union(*parts)  # type: ignore[arg-type]
    return None


@lru_cache(maxsize=8)
def _parse(pattern: str, flags: int = 0):  # noqa: ANN202 - re's private parse tree type
    """The parse tree of a pattern. `cover`, `leads`, `word_gate` and `capital_leads` each read it,
    one after another for the same pattern, so it is parsed once (parsing the data patterns cost a
    second of every process's start-up); the trees are only read, never changed."""
    return _p.parse(pattern, flags)


def leads(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""Literals (lower case) one of which every match of `pattern` starts with, or None.

    `\b(?:joint\s+ventures?|JVs?)` -> {"joint", "jv"}. A match can then only start where one of
    them occurs, so the regex is tried there alone instead of being scanned over the text.
    """
    try:
        got = _lead_seq(_parse(pattern, flags & re.VERBOSE))
    except Exception:  # noqa: BLE001 - an unparsable pattern is simply scanned
        return None
    # ASCII only: IGNORECASE lets a few non-ASCII letters (the Kelvin sign, the long s) match ASCII.
    return got if got and all(got) and all(x.isascii() for x in got) else None


_ALNUM_HEAD = re.compile(r"[a-z0-9]{1,4}")


def word_gate(pattern: str, flags: int = 0) -> dict[str, frozenset[str]] | None:
    r"""Leads of `pattern` by their word head, when the word keys of a text can gate it; else None.

    When every lead of the pattern follows \b (or ^, \A) and opens with a letter or digit, a
    match starts where a word starts with that lead, so the word's key (`keys_of`, its first four
    letters) starts with the lead's first 1-4 letters (its head). A text none of whose keys
    starts with a head has no match; otherwise only the leads of the heads present can occur.
    """
    ld = leads(pattern, flags)
    if ld is None:
        return None
    try:
        got = _lead_seq(_parse(pattern, flags & re.VERBOSE), need_bound=True)
    except Exception:  # noqa: BLE001 - as in leads()
        return None
    if got != ld:
        return None
    heads: dict[str, set[str]] = {}
    for lead in ld:
        m = _ALNUM_HEAD.match(lead)
        if m is None:
            return None
        heads.setdefault(m.group(0), set()).add(lead)
    return {h: frozenset(v) for h, v in heads.items()}


def _upper_start(items: Iterable, cased: bool) -> bool:
    r"""True when every match of `items` starts at a word start with a capital A-Z, matched case-
    sensitively: `(?-i:\b[A-Z]\w+\s+Forum\b)`."""
    seq = list(items)
    if not seq:
        return False
    op, av = seq[0]
    if op is _c.SUBPATTERN:  # (?-i:...): what follows the group does not move its start
        add, dele = av[1], av[2]
        return _upper_start(av[-1], (cased or bool(dele & re.IGNORECASE)) and not add & re.IGNORECASE)
    if not (op is _c.AT and av is _c.AT_BOUNDARY) or len(seq) < 2 or not cased:
        return False
    op, av = seq[1]
    return (
        op is _c.IN
        and bool(av)
        and all(
            (o is _c.RANGE and 65 <= a[0] <= a[1] <= 90) or (o is _c.LITERAL and 65 <= a <= 90) for o, a in av
        )
    )


def capital_leads(pattern: str, flags: int = 0) -> frozenset[str] | None:
    r"""For a pattern, or a top-level alternation, whose every branch has leads or opens at a
    capitalised word (`\b(?:expos?|trade\s+fairs?)\b|(?-i:\b[A-Z]\w+\s+Forum\b)`): the branches'
    leads (lower case; possibly none), else None. Such a pattern can only match where a lead
    occurs or where a word starts with A-Z (`_CAPITAL_START`)."""
    try:
        tree = list(_parse(pattern, flags & re.VERBOSE))
    except Exception:  # noqa: BLE001 - as in leads()
        return None
    alts = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _c.BRANCH else [tree]
    cased = not flags & re.IGNORECASE
    got: set[str] = set()
    upper = False
    for alt in alts:
        lits = _lead_seq(alt)
        if lits and all(lits) and all(x.isascii() for x in lits):
            got |= lits
        elif _upper_start(alt, cased):
            upper = True
        else:
            return None
    return frozenset(got) if upper else None


# A capital A-Z at a word start (the look-behind after the letter lets the engine skip to capitals).
_CAPITAL_START = re.compile(r"[A-Z](?<!\w[A-Z])")


def cover(pattern: str) -> frozenset[str] | None:
    """Literals (lower case) of which every match of `pattern` contains one, or None."""
    try:
        return _cover_seq(_parse(pattern))
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
    return _key_info(text_low)[1]


# The first four characters of each word (the whole word when shorter), cut by the regex engine:
# one findall instead of a Python loop slicing every token three ways (30 -> 9 us a sentence).
_PREFIX4 = re.compile(r"([a-z0-9]{1,4})[a-z0-9]*")

# Per-text memo, by object identity: a sentence is read by the trigger finder, the cue finder and
# a dozen blocker Scanners in turn, and each wants its lower case, its word keys and key sets.
# An entry holds its string, so the id cannot be reused while the entry lives. `extract()` calls
# `reset()` after each article, so nothing outlives one article; the size cap bounds other callers.
_TEXTS: dict[int, tuple[str, str, bool]] = {}
_KEYS: dict[int, list] = {}  # id(low) -> [low, keys]
_TEXTS_MAX = 512


def reset() -> None:
    """Forget the per-text memo (called by `extract()` after each article)."""
    _TEXTS.clear()
    _KEYS.clear()


# Non-ASCII characters that IGNORECASE matches to an ASCII letter (i, s, k) while lower() does not
# turn them into it (or changes the length): a text holding one is scanned by the regex itself.
# (Found by testing every code point against re.fullmatch(letter, char, re.I) and char.lower().)
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _lower(text: str, keep: bool = False) -> tuple[str, bool]:
    """(text.lower(), whether lead literals found in it are where the regex can match). They are
    when lower() keeps offsets and no character matches an ASCII letter under IGNORECASE without
    being it in lower case: any ASCII text, and most others ("–", "’", accented names).

    Looked up in the per-text memo; `keep` also stores it there (`lower_of`: a sentence the
    finders read in turn), otherwise a one-off window costs no memo entry."""
    e = _TEXTS.get(id(text))
    if e is not None and e[0] is text:
        return e[1], e[2]
    low = text.lower()
    ascii_ = len(low) == len(text) and (text.isascii() or not any(c in text for c in _CASE_TRAPS))
    if not keep:
        return low, ascii_
    if len(_TEXTS) >= _TEXTS_MAX:
        _TEXTS.clear()
    _TEXTS[id(text)] = (text, low, ascii_)
    if ascii_:  # the lower case of the lower case is itself: callers holding `low` get the same entry
        _TEXTS.setdefault(id(low), (low, low, True))
    return low, ascii_


def lower_safe(text: str) -> tuple[str, bool]:
    """(text.lower(), True when a literal that a match must contain, in lower case, is then
    in it: see `_lower`)."""
    return _lower(text)


def lower_of(text: str) -> str:
    """`text.lower()`, memoised by identity within one article (see `reset`)."""
    return _lower(text, True)[0]


def _key_info(low: str) -> list:
    """[low, keys] of a lower-cased text, memoised by identity; keys: the first four characters
    of each word (whole words when shorter)."""
    e = _KEYS.get(id(low))
    if e is not None and e[0] is low:
        return e
    e = [low, frozenset(_PREFIX4.findall(low))]
    if len(_KEYS) >= _TEXTS_MAX:
        _KEYS.clear()
    _KEYS[id(low)] = e
    return e


def _keys(text_low: str) -> frozenset[str]:
    """Four-letter prefixes of the words of a lower-cased text (shorter words whole).

    Memoised per text object (see `_key_info`) because the trigger finder and the cue finder
    read the same sentence in turn.
    """
    return _key_info(text_low)[1]


_MEMO_MAX = 50_000  # distinct word keys remembered per pattern set or Scanner (bounded memory)


class _KeyMemo:
    """Word key -> what a word with that key can start (pattern indexes, leads), remembered.

    Shared by Patterns and Scanner: each text asks only about the keys it has not met before,
    and gets back the keys that open something. Bounded to _MEMO_MAX keys seen.
    """

    __slots__ = ("lookup", "memo", "seen", "hot")

    def __init__(self, lookup: Callable[[str], frozenset]) -> None:
        self.lookup = lookup
        self.memo: dict[str, frozenset] = {}  # word key -> its value, for keys that have one
        self.seen: set[str] = set()  # word keys looked up so far
        self.hot: set[str] = set()  # the keys of `memo`, as a set for fast intersection

    def hits(self, keys: frozenset[str]) -> frozenset[str] | set[str]:
        """The keys among `keys` that open something (look them up in `memo`)."""
        seen = self.seen
        missing = keys - seen
        if missing:
            if len(seen) + len(missing) > _MEMO_MAX:
                seen.clear()
                self.memo.clear()
                self.hot.clear()
                missing = keys
            memo, hot, lookup = self.memo, self.hot, self.lookup
            for k in missing:
                got = lookup(k)
                if got:
                    memo[k] = got
                    hot.add(k)
            seen |= missing
        return keys & self.hot


class Patterns:
    """A list of regexes run one by one, each only when its cover occurs in the text.

    Covers are indexed by the first letters of their first word, so a text only tests the
    covers that could start one of its words; the rest of the patterns cost nothing.
    """

    def __init__(self, patterns: Iterable[str], flags: int = re.IGNORECASE) -> None:
        patterns = list(patterns)
        # one pattern at a time, so the helpers below share its parse tree (`_parse`)
        self.items = []
        self.leads = []
        gates = []
        capital: list[frozenset[str] | None] = []
        for p in patterns:
            self.items.append((re.compile(p, flags), cover(p)))
            self.leads.append(leads(p, flags))
            gates.append(word_gate(p, flags))
            # leads of the branches of a pattern that may also start at any capitalised word
            capital.append(capital_leads(p, flags) if self.leads[-1] is None else None)
        self.always: list[int] = []
        self.index: dict[str, set[int]] = {}
        for i, (_, cov) in enumerate(self.items):
            # Index under the heads of the words a match starts with, when known (`word_gate`): a
            # cover literal need not start a word ("re(?:sumed|opened)" has the cover {"sumed",
            # "opened"}, which no word key starts with), but a bounded lead always does.
            gate = gates[i]
            if gate and all(len(h) >= 2 for h in gate):
                for h in gate:
                    self.index.setdefault(h, set()).add(i)
                continue
            runs = [_ALNUM.search(k) for k in cov] if cov else None
            if not runs or any(r is None for r in runs):
                self.always.append(i)
                continue
            for r in runs:
                word = r.group(0)  # type: ignore[union-attr]
                self.index.setdefault(word[:4], set()).add(i)
        self._by_key = _KeyMemo(self._lookup)  # word key -> its patterns
        self._capital = capital
        # a pattern with one lead is found by a plain str.find loop; more leads use _occurrences
        self._single = [next(iter(ld)) if ld is not None and len(ld) == 1 else None for ld in self.leads]

    def _lookup(self, key: str) -> frozenset[int]:
        """Patterns indexed under the 2-, 3- or 4-letter prefix of a word whose key is `key`."""
        found: set[int] = set()
        for k in {key[:2], key[:3], key}:
            found.update(self.index.get(k, ()))
        return frozenset(found)

    def candidates(self, low: str, keys: frozenset[str] | None = None) -> list[int]:
        """Indexes of the patterns that can match a text (lower-cased), in pattern order.

        A pattern is a candidate when a word of the text starts with the first word of its
        cover (2-4 letters compared) and the cover itself occurs in the text. Each word key's
        patterns are remembered (`_lookup`), so a text costs a few set operations.
        """
        if keys is None:
            keys = _key_info(low)[1]
        hits = self._by_key.hits(keys)
        memo = self._by_key.memo
        if not hits:
            if not self.always:
                return []
            found: set[int] = set(self.always)
        else:
            found = set(self.always)
            for p in hits:
                found |= memo[p]
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
    ) -> list[tuple[int, re.Match[str]]]:
        """(pattern index, match) for every match of every pattern whose cover is present."""
        if low is None or _TEXTS.get(id(text), (None, None))[1] is low:
            low, ascii_ = _lower(text)
        else:
            ascii_ = text.isascii() and len(low) == len(text)
        out: list[tuple[int, re.Match[str]]] = []
        cands = self.candidates(low, keys)
        if not cands:
            return out
        # In ASCII text, lower() keeps offsets and IGNORECASE means equal lower case, so a pattern
        # with known leading literals is matched only where one of them occurs: the same matches
        # as scanning (non-overlapping, left to right) at a fraction of the cost.
        items = self.items
        for i in cands:
            rx = items[i][0]
            starts = self.leads[i] if ascii_ else None
            if starts is None:
                capital = self._capital[i] if ascii_ else None
                if capital is None:
                    for m in rx.finditer(text):
                        out.append((i, m))
                    continue
                found = [m.start() for m in _CAPITAL_START.finditer(text)]
                found.extend(_occurrences(low, capital))
                reach = 0
                for k in sorted(set(found)):
                    if k < reach:
                        continue
                    m = rx.match(text, k)
                    if m is not None and m.end() > k:
                        reach = m.end()
                        out.append((i, m))
                continue
            lit = self._single[i]
            if lit is not None:
                k = low.find(lit)
                reach = 0
                while k != -1:
                    if k >= reach:
                        m = rx.match(text, k)
                        if m is not None and m.end() > k:
                            reach = m.end()
                            out.append((i, m))
                    k = low.find(lit, k + 1)
                continue
            reach = 0
            for k in _occurrences(low, starts):
                if k < reach:
                    continue
                m = rx.match(text, k)
                if m is not None and m.end() > k:
                    reach = m.end()
                    out.append((i, m))
        return out


def _occurrences(low: str, literals: Iterable[str], pos: int = 0, endpos: int | None = None) -> list[int]:
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


_NO_OFFSETS: list[int] = []
_EMPTY: frozenset[str] = frozenset()


class Scanner:
    r"""A compiled regex whose `search`, `finditer` and `sub` try it only where a match can start.

    For a pattern whose every match opens with one of a few literals (`leads`), such as the
    blocker alternations `(?:did\s+not|does\s+not|never|...)`, the literals are found with
    str.find and the regex is tried only there, instead of at every position of the text.
    When every lead follows \b (`word_gate`), the text's word keys first tell which leads can
    occur at a word start at all: usually none, and then the text is not searched. Results are
    those of the wrapped regex: in ASCII text lower() keeps offsets and IGNORECASE means equal
    lower case; other texts, and patterns without leads, use the regex as it is.
    A drop-in for the calls listed (`match`/`fullmatch` are passed through).
    """

    __slots__ = ("rx", "pattern", "flags", "groupindex", "leads", "gate", "by_key", "prefilter", "cover")

    def __init__(self, rx: re.Pattern[str] | str, flags: int = 0) -> None:
        self.rx = re.compile(rx, flags) if isinstance(rx, str) else rx
        self.pattern = self.rx.pattern
        self.flags = self.rx.flags
        self.groupindex = self.rx.groupindex
        anchored = self.pattern.startswith(("^", r"\A")) and not self.flags & re.MULTILINE
        # An anchored pattern is tried at one place anyway; leads would only add work.
        self.leads = None if anchored else leads(self.pattern, self.flags)
        self.gate = None if self.leads is None else word_gate(self.pattern, self.flags)
        # Without leads, a text holding none of the literals every match contains has no match.
        self.cover = cover(self.pattern) if self.leads is None and not self.flags & re.VERBOSE else None
        self.by_key = _KeyMemo(self._leads_for)  # word key -> the leads a word with it can open
        # For a text whose word keys are not known (a window cut from a sentence): the word starts
        # where a lead begins, found by one regex over the lower case. Without IGNORECASE and \b up
        # front, the engine skips to the leads' first letters itself; zero-width, so no start is lost.
        self.prefilter = None
        if self.gate is not None:
            alt = "|".join(re.escape(x) for x in sorted(self.leads, key=lambda x: (-len(x), x)))  # type: ignore[arg-type]
            self.prefilter = re.compile(r"(?<![a-z0-9_])(?=" + alt + ")")

    def _leads_for(self, key: str) -> frozenset[str]:
        """Leads that a word whose key is `key` can start with (heads compared, see word_gate)."""
        got: set[str] = set()
        for head, lds in self.gate.items():  # type: ignore[union-attr]
            if len(key) >= len(head) and key.startswith(head):
                got |= lds
        return frozenset(got)

    def __repr__(self) -> str:
        return f"Scanner({self.rx!r})"

    def _offsets(self, text: str, pos: int, endpos: int | None) -> list[int] | None:
        """Sorted offsets that include every start of a match in [pos, endpos), or None: scan."""
        if self.leads is None:
            cov = self.cover
            if cov is not None:
                low, safe = _lower(text)
                if safe and not any(c in low for c in cov):
                    return _NO_OFFSETS
            return None
        low, ascii_ = _lower(text)
        if not ascii_:
            return None
        gate = self.gate
        if gate is None:
            return _occurrences(low, self.leads, pos, endpos)
        # Only a text whose word heads are already known (a sentence the finders read) is gated:
        # computing them for a one-off window costs more than the search.
        info = _KEYS.get(id(low))
        if info is None or info[0] is not low:
            stop = len(low) if endpos is None else endpos
            # one str.find per lead against one regex step per character: the regex for short spans
            if stop - pos > 8 * len(self.leads):  # type: ignore[arg-type]
                return _occurrences(low, self.leads, pos, endpos)  # type: ignore[arg-type]
            return [m.start() for m in self.prefilter.finditer(low, pos, stop)]  # type: ignore[union-attr]
        hits = self.by_key.hits(info[1])
        memo = self.by_key.memo
        if not hits:
            return _NO_OFFSETS
        if len(hits) == 1:
            return _occurrences(low, memo[next(iter(hits))], pos, endpos)
        return _occurrences(low, _EMPTY.union(*[memo[k] for k in hits]), pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        offsets = self._offsets(text, pos, endpos)
        if offsets is None:
            return self.rx.finditer(text, pos) if endpos is None else self.rx.finditer(text, pos, endpos)
        return _match_at(self.rx, text, offsets, endpos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        offsets = self._offsets(text, pos, endpos)
        if offsets is None:
            return self.rx.search(text, pos) if endpos is None else self.rx.search(text, pos, endpos)
        rx = self.rx
        for k in offsets:
            m = rx.match(text, k) if endpos is None else rx.match(text, k, endpos)
            if m is not None and m.end() > k:
                return m
        return None

    def sub(self, repl: object, text: str, count: int = 0) -> str:
        if count or not callable(repl) or self.leads is None or not _lower(text)[1]:
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
