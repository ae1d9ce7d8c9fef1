"""Money amounts in text: "$2 billion", "USD 10bn", "five billion dollars", "Rs400bn", "A$30 billion".

Two shapes cover the press: a currency written before the number (symbol or code: "$", "US$", "A$",
"Rs", "USD") and a currency written after the number and scale ("1.5 billion U.S. dollars",
"1.2 trillion tenge"). The currency surfaces are data (data/currencies.tsv); this module compiles
them into one regex once. Amounts are kept in their own currency; `amount_usd` is filled only when
the currency is USD or the text states a USD equivalent right after the amount ("A$200 million
(about US$130 million)", "Rs 8,000 crore, about $960 million" are one amount, not two). Exchange rates are
never looked up. Fractions of a scale are read ("half a billion dollars" = 5e8, "one and a half billion");
"R" is the rand only with a scale word or a long number ("R2.5 billion", never "R&D" or the road "R21").

Ranges ("$1-2 billion") are read as their upper bound: a range in a target is the ambition stated,
and the upper figure is what a follow-up would be measured against.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.words import TENS, UNITS

__all__ = ["Money", "find_money"]


@dataclass(frozen=True)
class Money:
    """One amount at text[start:end]."""

    value: float  # the amount in its own currency: "$2 billion" -> 2e9
    currency: str  # ISO 4217
    amount_usd: float | None  # = value for USD; else only a stated equivalent
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class _Currency:
    surface: str
    code: str | None  # None: only context decides
    where: str  # "pre" | "post" | "both"
    needs_scale: bool
    context: tuple[tuple[str, str], ...]  # (word, code)


_SCALES = {
    "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "crore": 1e7, "crores": 1e7, "cr": 1e7,
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5,
    "thousand": 1e3, "k": 1e3,
}  # fmt: skip

_UNITS = {"a": 1, "an": 1, **UNITS}
_TENS = TENS

_SP = r"[ \u00a0\u2009\u202f]"
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u2009\u202f]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"
# The same shapes as _NUM after its first digit, so a pattern can open with a bare digit.
_NUM_TAIL = r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d{0,2}(?:[\u2009\u202f]\d{3})+(?:\.\d+)?|\d*(?:[.,]\d+)?)"
_UNIT_WORDS = "|".join(sorted((w for w in _UNITS if w not in ("a", "an")), key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_SMALL = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_UNIT_WORDS}))?|{_UNIT_WORDS})"
_WORDNUM = rf"(?i:(?:{_SMALL}|an?)(?:{_SP}hundred(?:{_SP}(?:and{_SP})?{_SMALL})?)?)"
# Decimal places read out: "one point seven billion", "two point five" (transcripts, radio copy).
_DIGIT_WORDS = {
    "zero": 0,
    "oh": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
# Transcripts hyphenate spoken numbers: "one-point-two billion", "one-and-a-half billion".
_SPH = r"[ \u00a0\u2009\u202f-]"
_DECIMALS = rf"(?i:{_SPH}point(?:{_SPH}(?:{'|'.join(_DIGIT_WORDS)})){{1,3}})"
# A fraction before or after the number words: "half a billion", "a quarter of a billion", "one and a half".
_FRACTION_PRE = rf"(?i:(?:(?:a|one|three){_SP}|three-)?(?:half|quarters?){_SP}(?:of{_SP})?an?)"
_FRACTION_POST = rf"(?i:{_SPH}and{_SPH}(?:a{_SPH}half|a{_SPH}quarter|three[- ]quarters))"
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "quarters": 0.75}
_SCALE_WORD = r"(?i:trillion|billion|million|thousand|crores?|lakhs?|lac|trn|tn|bln|bn|mln|mn|cr)"
_SCALE_LETTER = r"[bmkBMK]"
_QUALIFIERS = r"(?:about|around|approximately|approx\.|roughly|some|nearly|almost|over|more than|equivalent to|equal to|~|≈)"
# Between an amount and its stated equivalent: "A$200 million (about US$130 million)", "..., or about $1m".
_EQUIV_GAP = re.compile(rf"{_SP}*(?:\(|,{_SP}*or){_SP}*(?:(?i:{_QUALIFIERS}){_SP}*)*")
# "Rs 10,000 crore, about $1.2 billion", "R2 billion \u2013 roughly US$110 million": a comma or dash and a
# qualifier before a US-dollar figure after a figure in another currency state its equivalent too.
_EQUIV_SOFT = re.compile(
    rf"{_SP}*(?:,|{_SP}[\u2013\u2014]|\u2014){_SP}*(?:(?i:that['\u2019]s|that{_SP}is){_SP}+)?(?:(?i:{_QUALIFIERS}){_SP}*)+"
)
_CLOSE = re.compile(rf"{_SP}*\)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _escape(ch: str) -> str:
    if ch == " ":
        return _SP
    if ch == "$":
        return r"\\?\$"  # a stray backslash before $ from markdown escaping
    return re.escape(ch)


def _trie(words: list[str]) -> str:
    """One alternation shaped as a trie (longest continuation first), so that trying the currencies
    after every number costs one walk instead of a hundred attempts."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [_escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def _alternation(surfaces: list[str]) -> str:
    """Regex for currency surfaces: lower-case words ("dollars", "US dollars") match in any case,
    symbols and codes ("$", "USD", "Rs") exactly as written."""
    words = sorted({s.casefold() for s in surfaces if s.split()[-1].islower()})
    exact = sorted({s for s in surfaces if not s.split()[-1].islower()})
    # an empty part would match the empty string: "with 100 million euros" then read "" as a currency
    parts = ([f"(?i:{_trie(words)})"] if words else []) + ([_trie(exact)] if exact else [])
    return "|".join(parts) or "(?!)"


@cache
def _currencies() -> dict[str, list[_Currency]]:
    """Currency rows keyed by their case-folded surface (read once)."""
    text = resources.files("tracker.extract").joinpath("data/currencies.tsv").read_text(encoding="utf-8")
    out: dict[str, list[_Currency]] = {}
    for rec in csv.reader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), delimiter="\t"
    ):
        surface, code, where = rec[0], rec[1], rec[2]
        flags = rec[3].split(",") if len(rec) > 3 and rec[3] else []
        context = (
            tuple(tuple(pair.split("=", 1)) for pair in rec[4].split(",")) if len(rec) > 4 and rec[4] else ()
        )
        cur = _Currency(surface, None if code == "-" else code, where, "scale" in flags, context)  # type: ignore[arg-type]
        out.setdefault(_key(surface), []).append(cur)
    return out


def _key(surface: str) -> str:
    return " ".join(surface.replace("\\", "").split()).casefold()


@dataclass(frozen=True)
class _Patterns:
    number: re.Pattern[str]  # a digit amount with its scale and any currency after it
    pre_tail: re.Pattern[str]  # a currency ending right before a number ("US$ ", "Rs")
    words: re.Pattern[str]  # a number-word amount: "five billion dollars"
    pre_last: frozenset[str]  # last characters of the prefix currencies (a cheap gate)


@cache
def _patterns() -> _Patterns:
    """Compile the currency data once.

    Speed matters (the whole extraction budget is ~2 ms per article), so the digit pattern opens with
    a bare digit: the regex engine then jumps from digit to digit instead of trying every currency at
    every character. The currency before a number is read backwards from a short window, and the
    rare number-word amounts are looked for only around the scale words they need.
    """
    rows = [c for cs in _currencies().values() for c in cs]
    pre_surfaces = [c.surface for c in rows if c.where in ("pre", "both")]
    pre = _alternation(pre_surfaces)
    post = _alternation([c.surface for c in rows if c.where in ("post", "both")])
    range_tail = rf"(?:{_SP}?[-\u2013]{_SP}?(?:{pre})?{_SP}?(?P<nb>{_NUM}))?"
    scale = rf"(?:(?P<sl>{_SCALE_LETTER})(?![\w])|{_SP}?-?(?P<sw>{_SCALE_WORD})(?![\w]))?"
    number = re.compile(rf"(?P<n>\d{_NUM_TAIL}){range_tail}{scale}(?:{_SP}(?P<post>{post})(?![\w$]))?")
    pre_tail = re.compile(rf"(?<![\w$£€¥])(?P<pre>{pre}){_SP}?\Z")
    words = re.compile(
        rf"(?<![\w$.,-])(?P<n>{_FRACTION_PRE}|{_WORDNUM}(?:{_DECIMALS}|{_FRACTION_POST})?){_SP}(?P<sw>(?i:trillion|billion|million|crores?|lakhs?))"
        rf"{_SP}(?P<post>{post})(?![\w$])"
    )
    last = frozenset(s[-1] for s in pre_surfaces)
    return _Patterns(number, pre_tail, words, last)


def _number(raw: str) -> float | None:
    """Digits ("1,200", "1.5", "1,5") or number words ("five", "twenty-five", "a hundred") -> float."""
    raw = raw.replace("\u2009", "").replace("\u202f", "")
    if raw[:1].isdigit():
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", raw):
            return float(raw.replace(",", ""))
        return float(raw.replace(",", "."))
    words = re.split(r"[\s\u00a0-]+", raw.casefold())
    if "point" in words[1:]:  # "one point seven": the whole number, then one digit word per place
        at = words.index("point")
        whole = _number(" ".join(words[:at]))
        digits = [_DIGIT_WORDS.get(w) for w in words[at + 1 :]]
        if whole is None or not digits or None in digits:
            return None
        return float(f"{int(whole)}.{''.join(str(d) for d in digits)}")
    frac = next((w for w in words if w in _FRACTIONS), None)
    if frac is not None:
        # "half a", "a quarter of a", "three quarters of an": the fraction alone; "one and a half": whole + it.
        if words[0] in _FRACTIONS or words[1:2] and words[1] in _FRACTIONS:
            return _FRACTIONS[frac]
        whole = _number(" ".join(words[: words.index("and", 1)]))
        return whole + _FRACTIONS[frac] if whole else None
    total = 0
    current = 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "and":
            continue
        else:
            return None
    total += current
    return float(total) if total else None


def _pick_code(cur: _Currency, text: str, start: int, end: int) -> str | None:
    """The currency's own code, unless a context word nearby says otherwise ("Iranian" -> IRR)."""
    if not cur.context:
        return cur.code
    lo, hi = max(0, start - 200), min(len(text), end + 200)
    best: tuple[int, str] | None = None
    near: set[str] = set()
    for word, code in cur.context:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text[lo:hi]):
            pos = lo + m.start()
            near.add(code)
            dist = start - pos if pos < start else pos - end
            if best is None or dist < best[0]:
                best = (dist, code)
    if cur.code is None and (best is None or len(near) > 1):
        # No country word nearby, or two countries with their own currency of that name around it
        # ("Tunisia and Libya agreed to raise trade to 5 billion dinars"): the one the article names most
        # often (usually the outlet's own country: "pesos" in a Chilean story); on a tie, the nearest.
        counts: dict[str, int] = {}
        for word, code in cur.context:
            if word in text and (best is None or code in near):
                n = len(re.findall(rf"\b{re.escape(word)}\b", text))
                counts[code] = counts.get(code, 0) + n
        ranked = sorted((n, code) for code, n in counts.items() if n)
        if ranked and (len(ranked) == 1 or ranked[-1][0] > ranked[-2][0]):
            return ranked[-1][1]
    return best[1] if best else cur.code


def _read(
    text: str,
    start: int,
    end: int,
    cur_surface: str,
    n: str,
    nb: str | None,
    scale: str | None,
    prefixed: bool,
) -> tuple[int, int, float, str] | None:
    """One amount from its parts, or None when the parts do not make money."""
    curs = _currencies().get(_key(cur_surface))
    value = _number(nb or n)
    if not curs or value is None:
        return None
    cur = curs[0]
    if scale is None:
        if not n[:1].isdigit():
            return None  # "five dollars": number words only count with a scale
        if not prefixed and _YEAR.fullmatch(n):
            return None  # "in 2024 dollars", "the 2022 won": a year, not an amount
        if cur.needs_scale and "," not in n:
            return None
    elif cur.needs_scale and not prefixed and text.startswith(" of", end):
        return (
            None  # "5 million pounds of beef" (a symbol before the number is no unit: "R2 billion of loans")
        )
    code = _pick_code(cur, text, start, end)
    if code is None:
        return None
    if scale:
        value = round(value * _SCALES[scale.casefold()], 2)  # 1.09 * 1e12 without float noise
    return (start, end, value, code)


def _candidates(text: str) -> list[tuple[int, int, float, str]]:
    """Every amount read, as (start, end, value, currency), in order, before equivalents are merged."""
    pats = _patterns()
    out = []
    last_end = 0
    for m in pats.number.finditer(text):
        start = m.start()
        # A currency written before the number ends right before it, or one space before it.
        pre = None
        before = start - 1 if start and text[start - 1] in " \u00a0\u2009\u202f" else start
        if before and text[before - 1] in pats.pre_last:
            pre = pats.pre_tail.search(text, max(last_end, start - 14), start)
        if pre is None and start and (text[start - 1].isalnum() or text[start - 1] in "_.,"):
            continue  # inside a longer number or word ("A320", "1.2.3")
        if pre is None and m.group("post") is None:
            continue
        g = m.group
        # With a currency on both sides ("$5 billion US dollars", rare) the prefix is read and the span
        # stops after the number and scale.
        end = m.end() if pre is None or g("post") is None else max(m.end(k) for k in ("n", "nb", "sl", "sw"))
        begin = pre.start() if pre is not None else start
        cand = _read(
            text,
            begin,
            end,
            pre.group("pre") if pre is not None else g("post"),
            g("n"),
            g("nb"),
            g("sl") or g("sw"),
            pre is not None,
        )
        if cand:
            out.append(cand)
            last_end = cand[1]
    for word in ("illion", "ILLION", "crore", "lakh"):
        pos = text.find(word)
        while pos != -1:
            # Cheap gate: the scale word must follow a letter and a space ("five billion"), not a digit.
            head = pos - 2 if text[pos - 2 : pos].casefold() == "tr" else pos - (word[0] in "iI")
            if not (head >= 2 and text[head - 1] in " \u00a0" and text[head - 2].isalpha()):
                pos = text.find(word, pos + len(word))
                continue
            # the window may open inside an earlier amount ("from one point four billion dollars to three
            # billion dollars"): the match that holds this scale word is the one read
            wm = next(
                (w for w in pats.words.finditer(text, max(0, pos - 45), pos + 60) if w.end("sw") > pos), None
            )
            if wm and wm.start("sw") <= pos < wm.end("sw"):
                cand = _read(
                    text, wm.start(), wm.end(), wm.group("post"), wm.group("n"), None, wm.group("sw"), False
                )
                if cand and not any(c[0] < cand[1] and cand[0] < c[1] for c in out):
                    out.append(cand)
            pos = text.find(word, pos + len(word))
    out.sort()
    return out


def find_money(text: str) -> list[Money]:
    """Amounts of money in `text`, in order.

    A stated equivalent right after an amount ("A$200 million (about US$130 million)",
    "4 trillion dirhams ($1.09 trillion)") is folded into that amount: one Money whose span covers
    both, with amount_usd from the USD figure.
    """
    cands = _candidates(text)
    out: list[Money] = []
    i = 0
    while i < len(cands):
        start, end, value, code = cands[i]
        usd = value if code == "USD" else None
        if i + 1 < len(cands):
            n_start, n_end, n_value, n_code = cands[i + 1]
            gap = _EQUIV_GAP.fullmatch(text, end, n_start)
            if gap:
                bracket = "(" in gap.group(0)
                close = _CLOSE.match(text, n_end) if bracket else None
                if not bracket or close:
                    if usd is None and n_code == "USD":
                        usd = n_value
                    end = close.end() if close else n_end
                    i += 1
            elif code != "USD" and n_code == "USD" and _EQUIV_SOFT.fullmatch(text, end, n_start):
                usd, end = n_value, n_end
                i += 1
        out.append(Money(value, code, usd, start, end, text[start:end]))
        i += 1
    return out
