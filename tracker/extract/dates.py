"""Deadlines and announcement dates in a sentence, with their precision kept.

A deadline is read at the precision the text gives: "by 2027" -> "2027", "by December 2025" ->
"2025-12", "from 1 June" -> "2025-06-01" (year from the article date). Ends of periods become days
("end of June 2025" -> "2025-06-30", "mid-2025" -> "2025-06-30") except the end of a year, which
stays a year ("by the end of 2025" -> "2025"), as corpus/README.md asks. Relative deadlines ("within
three years", "next month") are resolved against `published`; without it they are skipped, and open
ones ("in the near future", "in the coming years", "by the end of the decade", which the corpus guide leaves
unlabelled) give nothing; "within 60 days" resolves to the month it ends in. Fiscal years count by the year
they end ("in FY2027-28" -> "2028"). Years read out in transcripts count too ("by twenty-thirty" -> "2030"). A deadline that lies before the
article date is history ("signed in 2021"), so it is dropped when `published` is known.

Everything common is read by one compiled regex plus datetime arithmetic. dateparser is imported
lazily and only for an "on ..." phrase the regexes could not read, with results cached.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from tracker.words import TENS, UNITS, cardinal

__all__ = ["DateHit", "find_deadlines", "find_announced"]


@dataclass(frozen=True)
class DateHit:
    """One deadline at sentence[start:end]."""

    value: str  # "2025" | "2025-06" | "2025-06-30"
    start: int
    end: int
    surface: str


_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty": 30, "thirty-six": 36,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
_QUARTERS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

# Months are written with a capital ("May" the month, not "may" the verb); abbreviations may take a dot.
_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_Y = r"(?:19|20)\d\d(?![\d%])"
_D = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_N = "|".join(sorted(map(re.escape, _NUMBERS), key=len, reverse=True)) + r"|\d{1,3}"
_TRIG = r"(?i:by|before|until|till|through|to|no\s+later\s+than|not\s+later\s+than|prior\s+to)"
_END = r"(?i:(?:the\s+)?end(?:\s+of|-)\s*|year[- ]end\s+)"

# Each shape: (name, pattern with named groups). Order matters where two shapes start at the same place:
# the more specific comes first. Combined into one regex (group names removed) for the scan.
_SHAPES: list[tuple[str, str]] = [
    (
        "span",
        rf"(?i:between|from|for|over|during|in|by)\s+(?i:the\s+)?(?:FY\s?|(?i:fiscal\s+(?:year\s+)?))?(?P<y1>{_Y})\s*(?:[-\u2013/]|(?i:to|and|until|till)\s)\s*(?P<y2>{_Y}|\d\d(?!\d))(?:\s+(?i:period))?",
    ),
    ("end_month", rf"(?:{_TRIG}\s+)?{_END}(?P<m>{_M})(?:,?\s+(?P<y>{_Y}))?"),
    ("end_year", rf"(?:{_TRIG}\s+)?{_END}(?P<y>{_Y})"),
    (
        "end_rel",
        rf"(?:{_TRIG}\s+)?(?i:(?:the\s+)?end\s+of\s+(?P<which>next|this|the|the\s+current)\s+(?:year|calendar\s+year)|(?P<ye>year[- ]end))",
    ),
    ("mid", rf"(?:{_TRIG}\s+|(?i:in)\s+)?(?i:mid-?\s?)(?P<y>{_Y})"),
    # "by the middle of next year", "mid-next year", "by the middle of 2018": the end of June, as "mid-2018"
    (
        "mid_of",
        rf"(?:{_TRIG}\s+|(?i:in)\s+)?(?i:the\s+)?(?i:middle\s+of\s+(?:the\s+)?|mid-)(?:(?P<y>{_Y})|(?P<which>(?i:next|this))\s+(?i:year))",
    ),
    (
        "half",
        rf"(?:(?i:in|by|during|before)\s+)?(?i:the\s+)?(?P<h>(?i:first|second|1st|2nd))\s+(?i:half)\s+(?i:of\s+)?(?:(?P<y>{_Y})|(?i:the|this)\s+(?i:year)|(?P<next>(?i:next))\s+(?i:year))",
    ),
    (
        "quarter",
        rf"(?:(?i:in|by|during|before)\s+)?(?i:the\s+)?(?P<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))\s+(?i:quarter)\s+(?i:of\s+)?(?:(?P<y>{_Y})|(?i:the|this)\s+(?i:year)|(?P<next>(?i:next))\s+(?i:year))",
    ),
    ("quarter_q", rf"(?:(?i:in|by|during|before)\s+)?(?P<q>Q[1-4])\s+(?P<y>{_Y})"),
    (
        "day_dmy",
        rf"(?:{_TRIG}|(?i:on|from|starting|starting\s+from|effective|as\s+of))\s+(?i:the\s+)?(?P<d>{_D})\s+(?P<m>{_M}),?\s+(?P<y>{_Y})",
    ),
    (
        "day_mdy",
        rf"(?:{_TRIG}|(?i:on|from|starting|starting\s+from|effective|as\s+of))\s+(?P<m>{_M})\s+(?P<d>{_D})(?!\d),\s*(?P<y>{_Y})",
    ),
    (
        "day_dm",
        rf"(?:{_TRIG}|(?i:from|starting|starting\s+from|effective|as\s+of))\s+(?P<d>{_D})\s+(?P<m>{_M})(?![\w,]*\s*\d)",
    ),
    (
        "day_md",
        rf"(?:{_TRIG}|(?i:from|starting|starting\s+from|effective|as\s+of))\s+(?P<m>{_M})\s+(?P<d>{_D})(?!\d|,\s*(?:19|20)\d\d)",
    ),
    (
        "month_year",
        rf"(?:{_TRIG}|(?i:in|from|starting|starting\s+in|starting\s+from|as\s+of|for|during|early|late|mid-?))\s+(?P<m>{_M}),?\s+(?P<y>{_Y})",
    ),
    (
        "month",
        rf"(?P<trig>{_TRIG}|(?i:in|from|starting|starting\s+in|starting\s+from))\s+(?i:early\s+|late\s+|mid-?)?(?P<m>{_M})(?![\w.]|\s+\d)",
    ),
    (
        "edge_year",
        rf"(?i:(?P<edge>early|late)\s+)(?P<y>{_Y})|(?:(?i:in|by)\s+)(?i:(?P<edge2>early|late)\s+)(?P<y2>{_Y})",
    ),
    (
        "year",
        rf"(?:{_TRIG}|(?i:in|from|starting|starting\s+in|starting\s+from|for|beyond|as\s+early\s+as|as\s+of))\s+(?i:the\s+(?:year\s+)?)?(?:FY\s?|(?i:fiscal\s+(?:year\s+)?))?(?P<y>{_Y})(?!\s*[-\u2013]\s*\d|\s+(?i:levels?|prices|figures|baseline))",
    ),
    (
        "season",
        rf"(?:(?i:in|by|during|before|until)\s+(?i:the\s+|this\s+)?(?i:(?:early|late)\s+)?|(?P<lead>(?i:next|coming))\s+)(?P<season>(?i:spring|summer|autumn|fall|winter))(?:\s+(?i:of\s+)?(?P<y>{_Y})|\s+(?P<which>(?i:this|next))\s+(?i:year))?",
    ),
    (
        "within",
        rf"(?i:within|in|over|during|for\s+the\s+next|inside)\s+(?i:(?:the\s+)?(?:next|coming|following)\s+|a\s+(?:period|span|time\s*frame|timeframe)\s+of\s+)?(?P<n>(?i:{_N}))\s+(?P<unit>(?i:years?|months?|weeks?|days?))(?i:'?\s*time)?",
    ),
    (
        "within_one",
        r"(?i:within|in|over|during)\s+(?i:the\s+)(?i:next|coming|following)\s+(?P<unit>(?i:year|month))(?!s)",
    ),
    (
        "rel",
        rf"(?:(?:{_TRIG}|(?i:in|from|starting|later|early|earlier))\s+)?(?:(?P<which>(?i:next|this))|(?i:later\s+in\s+the))\s+(?P<unit>(?i:year|month))(?!s)",
    ),
]


# "the first ... in 18 months", "the highest in ten years": a duration looking back.
_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:first|highest|lowest|largest|biggest|best|worst|record|since)\b[^.;]*\Z"
)


def _strip_names(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


@cache
def _compiled() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """One combined regex per kind of core (year, month, unit word, season), holding only the shapes
    that can contain that core, so a failing attempt tries few alternatives; and each shape alone."""
    by_core = {}
    for kind, names in _SHAPES_BY_CORE.items():
        combined = "|".join(f"(?P<{name}>{_strip_names(p)})" for name, p in _SHAPES if name in names)
        by_core[kind] = re.compile(rf"(?<![\w-])(?:{combined})(?![\w])")
    return by_core, {name: re.compile(p) for name, p in _SHAPES}


_SHAPES_BY_CORE = {
    "year": {
        "span",
        "end_year",
        "mid",
        "mid_of",
        "half",
        "quarter",
        "quarter_q",
        "day_dmy",
        "day_mdy",
        "month_year",
        "edge_year",
        "year",
        "season",
    },
    "month": {"end_month", "day_dmy", "day_mdy", "day_dm", "day_md", "month_year", "month"},
    "unit": {"end_rel", "mid_of", "half", "quarter", "season", "within", "within_one", "rel"},
    "season": {"season"},
}


def _published(published: str | None) -> date | None:
    """The article date as a date; a bare year or month counts from its first day."""
    if not published:
        return None
    parts = published[:10].split("-")
    try:
        return date(
            int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        )
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS[name.rstrip(".").casefold()]


def _last_day(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def _add_months(d: date, n: int) -> tuple[int, int]:
    total = d.year * 12 + (d.month - 1) + n
    return total // 12, total % 12 + 1


def _day_num(d: str) -> int:
    return int(re.match(r"\d+", d).group(0))  # type: ignore[union-attr]


def _next_year_for(pub: date | None, m: int, d: int | None = None) -> int | None:
    """The year of a yearless future date: this year, or the next when it has passed by `pub`."""
    if pub is None:
        return None
    if (m, d or calendar.monthrange(pub.year, m)[1]) < (pub.month, pub.day):
        return pub.year + 1
    return pub.year


def _resolve(name: str, g: dict[str, str | None], pub: date | None) -> tuple[str | None, bool]:
    """(value, relative) for one shape's groups; value None when it cannot be resolved."""
    if name == "span":
        y1, y2 = g["y1"] or "", g["y2"] or ""
        y2 = y1[:2] + y2 if len(y2) == 2 else y2
        return (y2 if y2 > y1 else None), False
    if name == "end_month":
        m = _month(g["m"] or "")
        if g["y"]:
            return _last_day(int(g["y"]), m), False
        y = _next_year_for(pub, m)
        return (_last_day(y, m) if y else None), True
    if name == "end_year":
        return g["y"], False
    if name == "end_rel":
        if pub is None:
            return None, True
        return str(pub.year + (1 if (g["which"] or "").casefold() == "next" else 0)), True
    if name == "mid":
        return f"{g['y']}-06-30", False
    if name == "mid_of":
        if g.get("y"):
            return f"{g['y']}-06-30", False
        if pub is None:
            return None, True
        return f"{pub.year + (1 if (g['which'] or '').casefold() == 'next' else 0)}-06-30", True
    if name in ("half", "quarter", "quarter_q"):
        if g.get("y"):
            y = int(g["y"] or 0)
            relative = False
        elif pub is None:
            return None, True
        else:
            y = pub.year + (1 if g.get("next") else 0)
            relative = True
        if name == "half":
            # The first half ends on a known day; the second half is the year's end, kept as a year.
            return (f"{y}-06-30" if _HALVES[(g["h"] or "").casefold()] == 1 else str(y)), relative
        q = int((g["q"] or "Q4")[1]) if name == "quarter_q" else _QUARTERS[(g["q"] or "").casefold()]
        return _last_day(y, q * 3), relative
    if name in ("day_dmy", "day_mdy"):
        m, d = _month(g["m"] or ""), _day_num(g["d"] or "")
        return _valid_day(int(g["y"] or 0), m, d), False
    if name in ("day_dm", "day_md"):
        m, d = _month(g["m"] or ""), _day_num(g["d"] or "")
        y = _next_year_for(pub, m, d)
        return (_valid_day(y, m, d) if y else None), True
    if name == "month_year":
        return f"{g['y']}-{_month(g['m'] or ''):02d}", False
    if name == "month":
        if pub is None:
            return None, True
        m = _month(g["m"] or "")
        if m >= pub.month:
            return f"{pub.year}-{m:02d}", True
        if (g["trig"] or "").casefold() == "in":
            return None, True  # "in May" in a September article is more likely history than a deadline
        return f"{pub.year + 1}-{m:02d}", True
    if name == "season":
        if g["y"]:
            return g["y"], False
        if pub is None:
            return None, True
        which = (g["which"] or g["lead"] or "").casefold()
        return str(pub.year + (1 if which in ("next", "coming") else 0)), True
    if name == "edge_year":
        return g["y"] or g["y2"], False
    if name == "year":
        return g["y"], False
    if name in ("within", "within_one", "rel"):
        if pub is None:
            return None, True
        unit = (g["unit"] or "").casefold()
        if name == "rel":
            n = 1 if (g["which"] or "").casefold() == "next" else 0
        elif name == "within_one":
            n = 1
        else:
            raw = (g["n"] or "").casefold()
            n = int(raw) if raw.isdigit() else _NUMBERS[raw]
        if unit.startswith("year"):
            return (str(pub.year + n) if n <= 50 else None), True  # "in 100 years" is a figure of speech
        if unit.startswith(("day", "week")):
            d = pub + timedelta(days=n * (7 if unit.startswith("week") else 1))
            return f"{d.year:04d}-{d.month:02d}", True
        y, m = _add_months(pub, n)
        return f"{y:04d}-{m:02d}", True
    return None, False


def _valid_day(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _before(value: str, pub: date) -> bool:
    """True when `value` lies wholly before the article date at its own precision."""
    parts = [int(p) for p in value.split("-")]
    return tuple(parts) < (pub.year, pub.month, pub.day)[: len(parts)]


# Every deadline phrase contains one of these cores: a year, a month name, "year(s)"/"month(s)", a season.
# Alternatives that open with plain literals let the regex engine skip ahead cheaply.
_CORE = re.compile(
    r"19\d\d|20\d\d|January|February|March|April|May|June|July|August|September|October|November|December"
    # "d(?<!\wd)ays" is "\bdays" with the boundary checked after the first letter: every branch then
    # opens with a letter or digit, so the engine skips to those characters instead of trying the
    # whole alternation at every position (36 -> 10 us a sentence; same matches)
    r"|Jan\b|Feb\b|Mar\b|Apr\b|Jun\b|Jul\b|Aug\b|Sept?\b|Oct\b|Nov\b|Dec\b|years?\b|Years?\b|months?\b|Months?\b"
    r"|d(?<!\wd)ays?\b|w(?<!\ww)eeks?\b"
    r"|spring|summer|autumn|fall|winter"
)
_TOKEN = re.compile(r"[A-Za-z0-9]+")
# The words a deadline phrase can open with (triggers, modifiers and the cores themselves).
_STARTERS = frozenset(
    {
        "by",
        "before",
        "until",
        "till",
        "through",
        "to",
        "no",
        "not",
        "prior",
        "on",
        "from",
        "starting",
        "effective",
        "as",
        "in",
        "for",
        "over",
        "during",
        "within",
        "inside",
        "between",
        "end",
        "mid",
        "early",
        "late",
        "later",
        "earlier",
        "next",
        "this",
        "year",
        "the",
        "q1",
        "q2",
        "q3",
        "q4",
        "first",
        "second",
        "third",
        "fourth",
        "final",
        "last",
        "middle",
    }
)


def find_deadlines(sentence: str, published: str | None) -> list[DateHit]:
    """Deadlines stated in `sentence`, in order (see the module docstring for the shapes).

    The shape regex is tried only at the few words before each core that can open a phrase: trying it
    at every character costs milliseconds per article, this costs microseconds.
    """
    pub = _published(published)
    by_core, shapes = _compiled()
    hits: list[DateHit] = []
    last_end = 0
    for core in _CORE.finditer(sentence):
        cs = core.start()
        if cs < last_end:
            continue
        first = sentence[cs]
        if first.isdigit():
            if pub is not None and int(sentence[cs : cs + 4]) < pub.year:
                continue  # history ("in 2021"); a span ending later is found from its second year
            kind = "year"
        elif sentence.startswith(("year", "Year", "month", "Month", "day", "week"), cs):
            kind = "unit"
        else:
            kind = "month" if first.isupper() else "season"
        combined = by_core[kind]
        for pos in _starts(sentence, max(last_end, cs - 60), cs):
            m = combined.match(sentence, pos)
            if m is None or m.end() <= cs:
                continue
            last_end = m.end()
            hit = _hit(sentence, m, shapes, pub)
            if hit:
                hits.append(hit)
            break
    if "twenty" in sentence or "thousand" in sentence:
        hits = _spoken_years(sentence, pub, hits)
    if " as the " in sentence:
        hits = _set_as_deadline(sentence, pub, hits)
    return hits


# "set December 2027 as the deadline for the line": a date made the deadline without "by"
_SET_AS = re.compile(
    r"\bset(?:s|ting)?\s+(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+)?(?P<year>20\d\d)\s+as\s+(?:the|a|its)\s+(?:new\s+)?(?:deadline|target\s+date|completion\s+date|target\s+year)\b"
)


def _set_as_deadline(sentence: str, pub: date | None, hits: list[DateHit]) -> list[DateHit]:
    """`hits` plus a date the sentence sets "as the deadline", in order (not one before the article)."""
    found = list(hits)
    for m in _SET_AS.finditer(sentence):
        year = int(m.group("year"))
        value = f"{year}-{_MONTHS[m.group('mon').lower()]:02d}" if m.group("mon") else str(year)
        if pub is not None and _before(value, pub):
            continue
        found = [h for h in found if not (h.start < m.end() and m.start() < h.end)]
        found.append(
            DateHit(
                value, m.start("year") if not m.group("mon") else m.start("mon"), m.end("year"), m.group(0)
            )
        )
    return sorted(found, key=lambda h: h.start)


# A year read out, in transcripts: "by twenty-thirty", "before twenty twenty-eight", "by two thousand and thirty".
_SPOKEN_YEAR = re.compile(
    r"\b(?:by|before|until|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?"
    r"(?:twenty[- ](?P<tens>twenty|thirty|forty)(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight|nine))?"
    r"|two\s+thousand(?:\s+and)?\s+(?P<rest>[a-z]+(?:-[a-z]+)?))\b",
    re.I,
)


def _spoken_years(sentence: str, pub: date | None, hits: list[DateHit]) -> list[DateHit]:
    """`hits` plus the deadlines whose year is spoken in words, in order (not those before the article)."""
    found = list(hits)
    for m in _SPOKEN_YEAR.finditer(sentence):
        if m.group("tens"):
            year = (
                2000
                + TENS[m.group("tens").lower()]
                + (UNITS[m.group("unit").lower()] if m.group("unit") else 0)
            )
        else:
            n = cardinal(m.group("rest"))
            if n is None or n >= 100:
                continue
            year = 2000 + n
        if pub is not None and year < pub.year:
            continue
        if any(h.start < m.end() and m.start() < h.end for h in found):
            continue
        found.append(DateHit(str(year), m.start(), m.end(), m.group(0)))
    return sorted(found, key=lambda h: h.start)


def _starts(sentence: str, lo: int, core: int) -> list[int]:
    """Offsets, left to right, of the words in sentence[lo:core] that can open a deadline phrase, plus
    the core itself. No phrase opens more than six words before its core, so only those are looked at."""
    out = [core]
    seg = sentence[lo:core]
    right = len(seg)
    for word in reversed(seg.split()[-7:]):
        at = seg.rfind(word, 0, right)
        right = at
        bare = word.lstrip("(\"'\u201c")
        if bare.split("-", 1)[0].rstrip("),.;:\"'\u201d").casefold() in _STARTERS:
            out.append(lo + at + len(word) - len(bare))
    out.reverse()
    return out


def _hit(
    sentence: str, m: re.Match[str], shapes: dict[str, re.Pattern[str]], pub: date | None
) -> DateHit | None:
    name = m.lastgroup or ""
    sm = shapes[name].fullmatch(m.group(0))
    if sm is None:  # cannot happen: the combined alternative is the same pattern
        return None
    if name == "within" and _RECORD_BEFORE.search(sentence, max(0, m.start() - 50), m.start()):
        return None  # "the first such meeting in 18 months" looks back, not ahead
    value, _relative = _resolve(name, sm.groupdict(), pub)
    if value is None or (pub is not None and _before(value, pub)):
        return None
    return DateHit(value, m.start(), m.end(), m.group(0))


# --- announcement dates --------------------------------------------------------------------------

_A_DAY = re.compile(
    rf"(?i:on)\s+(?:(?i:the\s+))?(?:(?P<d>{_D})(?:\s*[-\u2013]\s*{_D})?\s+(?i:of\s+)?(?P<m>{_M})"
    rf"|(?P<m2>{_M})\s+(?P<d2>{_D})(?:\s*[-\u2013]\s*{_D})?(?!\d))(?:,?\s+(?P<y>{_Y}))?"
)
_A_NUMERIC = re.compile(
    r"(?i:on)\s+(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\b|(?i:on)\s+(?P<iso>\d{4}-\d\d-\d\d)\b"
)
_A_WEEKDAY = re.compile(
    r"(?<![\w-])(?:(?P<mod>(?i:on|last|next|this|every|coming|until|by|from|before))\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_A_REL = re.compile(
    r"(?i)\b(?P<rel>yesterday|today|last\s+week|earlier\s+this\s+month|last\s+month|earlier\s+this\s+week)\b"
)
_A_FALLBACK = re.compile(rf"(?i:on)\s+(?P<cand>(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?[\s\w.,/-]{{2,18}}?{_Y})")


def find_announced(sentence: str, published: str | None) -> str | None:
    """The ISO day the sentence says the commitment was made, or None when it gives none.

    "On 13 March 2025", "on July 11, 2025", "on September 15-16, 2025" (the first day), "on Thursday"
    (the latest Thursday on or before the article date), "yesterday", "last week". Yearless days take
    the article's year, stepping back a year when that would put them after the article.
    """
    pub = _published(published)
    found: list[tuple[int, str]] = []
    # Cheap substring gates first: most sentences name no day at all, and each regex costs a scan.
    has_on = "on " in sentence or "On " in sentence or "ON " in sentence
    m = _A_DAY.search(sentence) if has_on else None
    if m:
        month = _month(m.group("m") or m.group("m2"))
        day = _day_num(m.group("d") or m.group("d2"))
        year = int(m.group("y")) if m.group("y") else None
        if year is None and pub is not None:
            year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
        value = _valid_day(year, month, day) if year else None
        if value:
            found.append((m.start(), value))
    m = _A_NUMERIC.search(sentence) if has_on else None
    if m:
        if m.group("iso"):
            value = _valid_day(*(int(p) for p in m.group("iso").split("-")))
        else:
            value = _valid_day(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if value:
            found.append((m.start(), value))
    if pub is not None and "day" in sentence:
        for m in _A_WEEKDAY.finditer(sentence):
            mod = (m.group("mod") or "").casefold()
            if mod in ("next", "every", "coming", "until", "by", "from", "before", "this"):
                continue  # a future or recurring day, not when it was said
            back = (pub.weekday() - _WEEKDAYS[m.group("wd").casefold()]) % 7
            if mod == "last" and back == 0:
                back = 7
            found.append((m.start(), (pub - timedelta(days=back)).isoformat()))
            break
    if pub is not None and (
        "day" in sentence
        or "last" in sentence
        or "arlier" in sentence
        or "Last" in sentence
        or "LAST" in sentence
    ):
        m = _A_REL.search(sentence)
        if m:
            rel = " ".join(m.group("rel").casefold().split())
            day = {
                "yesterday": pub - timedelta(days=1),
                "today": pub,
                "last week": pub - timedelta(days=7),
                "earlier this week": pub - timedelta(days=pub.weekday()),
                "earlier this month": pub.replace(day=1),
                "last month": (pub.replace(day=1) - timedelta(days=1)).replace(day=1),
            }[rel]
            found.append((m.start(), day.isoformat()))
    if not found and has_on:
        m = _A_FALLBACK.search(sentence)
        if m:
            value = _dateparser(m.group("cand"), published)
            if value:
                found.append((m.start(), value))
    return min(found)[1] if found else None


@cache
def _dateparser(candidate: str, published: str | None) -> str | None:
    """Last resort for an "on ..." phrase the regexes could not read; imported lazily, cached."""
    import dateparser  # slow import, kept out of the common path

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month", "year"]}
    pub = _published(published)
    if pub is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    parsed = dateparser.parse(candidate, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat() if parsed else None
