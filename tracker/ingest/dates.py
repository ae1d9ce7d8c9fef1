"""Find an article's publication date in its head: dateline, header line, byline or "Published on".

Only the head of the text is read (the first HEAD_LINES non-empty lines, HEAD_CHARS characters),
short lines anywhere that start with an explicit marker ("Published on ...", "Posted: ..."), and
the signature lines at the foot of a press statement (the last FOOT_LINES non-empty lines).
A date in a body sentence is an event date, not the publication date, so a date counts only in
one of these positions:

- marker:   "Published on 18th July 2025", "Posted: Thursday, May 16, 2024", " date 2025-03-20",
            "Dated: 20/03/2025", "Last Updated: March 20, 2025" (the marker opens the line or a
            "|"/"-"/"," segment of it; "Updated" ranks below every other position)
- dateline: a place at the start of a line, then the date, then the agency or a dash/colon/end
            ("Islamabad, 24 May 2023 (TDI):", "Tashkent, 5 June 2024 /Dunyo/ --",
            "ACCRA, Jan. 28, 2025 (GNA) -", "Addis Ababa, March 6/2025 (ENA)"); a dateline without
            a year ("ISLAMABAD, Mar 20 (APP):", "BEIJING, Oct. 3 (Xinhua) --") takes the year of a
            full date elsewhere in the head (the header line), choosing the nearest such date
- header:   a short line that is mostly a date, time and source ("Thursday, 20 March 2025",
            "Aug 11, 2024, 2:22 PM", "20 November 2024 17:40 WIB", "27-05-2025 16:08",
            "Source: Xinhua | 2024-10-03 21:15:40 | Editor: Liu Wen")
- byline:   a line starting "By ..." or a "Name | date" line ("By CAROLYNE MWANGI | Posted: ...",
            "Merve Aydın |13.11.2024 - Update : 13.11.2024", "By Business Reporter | Updated 9 Jul, 2025")
- foot:     a release's issue line at its end ("Issued by the Ministry of Foreign Affairs, Lusaka,
            14 May 2025", "Dated this 3rd day of March 2026", "Lusaka, 14th May 2025", "-- ENDS --
            3 March 2026"); read only when it opens with an issue label, names a place or is all
            date, and ranked below every head position except "Updated"

Date forms read: 2025-03-20 (also with a time), 2025/03/20, 20 March 2025, 20th Mar, 2025,
March 20, 2025, Mar. 20th 2025, March 6/2025, 20-Mar-2025, 20.03.2025, 20-03-2025, 03/20/2025,
and without a year (datelines only) Mar 20, Oct. 3, 23 June. Month names and abbreviations are
read in English, Indonesian, Malay, French, Spanish, Portuguese, German, Turkish and Italian
(months.toml, from CLDR), with the connectors those languages use: "12 de mayo de 2025",
"12. März 2025", "1er février 2025", "Dakar, le 5 février 2025". Abbreviations that are English
words ("out", "set") count only with a year.

Numeric dates: with dots or dashes (12.11.2024, 27-05-2025) they are day-first, as written by
the agencies that use them (Khovar, AA, Kabar, AZERTAC). With slashes, a part above 12 decides
(05/14/2025 is US order, 14/05/2025 day-first). An ambiguous slash date (05/06/2025) follows a
locale cue: the same day and month written out in words nearby, else the page language (en-US
means month-first), else day-first, because most outlets outside the US write the day first.

A text with no date in these positions gets None, never today's date.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from datetime import date
from importlib import resources

from tracker.words import cardinal

HEAD_LINES = 8
HEAD_CHARS = 600
# Only the first characters of a head line are searched for a dateline.
DATELINE_WINDOW = 80
# A header line is short and mostly date: at most this many other words.
HEADER_MAX_CHARS = 110
HEADER_MAX_WORDS = 7
MIN_YEAR, MAX_YEAR = 1990, 2100


def month_key(word: str) -> str:
    """The lookup form of a month word: lower case, no accents, no final dot ("FÉVR." -> "fevr")."""
    word = word.rstrip(".").lower().replace("ı", "i")  # Turkish dotless i ("Aralık", "Mayıs")
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def load_months(toml_text: str) -> tuple[dict[str, int], frozenset[str], frozenset[str]]:
    """Parse months.toml: (lookup key -> month number, keys that need a year, English keys).

    Refuses a language without 12 months and a name that means two months (a data error that
    would otherwise silently read one language's month as another's).
    """
    data = tomllib.loads(toml_text)
    table: dict[str, int] = {}
    english: set[str] = set()
    for lang, names in data["months"].items():
        if len(names) != 12:
            raise ValueError(f"months.toml: {lang} lists {len(names)} months, not 12")
        for number, spellings in enumerate(names, 1):
            for name in spellings.split("|"):
                key = month_key(name.strip())
                if table.setdefault(key, number) != number:
                    raise ValueError(f"months.toml: {name!r} ({lang}) means month {table[key]} elsewhere")
                if lang == "en":
                    english.add(key)
    needs_year = frozenset(month_key(w) for w in data.get("needs_year", ()))
    return table, needs_year, frozenset(english)


# Month names (CLDR, several languages) are data; the patterns match any short word in a month's
# place and the word is then looked up, which is faster than a regex alternation of ~150 names.
_MONTHS, _NEEDS_YEAR, _ENGLISH_MONTHS = load_months(
    resources.files(__package__).joinpath("months.toml").read_text(encoding="utf-8")
)
_MONTH = r"(?P<mon>[^\W\d_]{3,10})\.?"
# "20th", "1er" (French), "1º" (Spanish, Portuguese), "12." (German).
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°)?\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY_WORD = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_WEEKDAY = rf"\b{_WEEKDAY_WORD}\.?,?\s+"

# Full dates (with a year), most specific first. Each is (regex, kind); kind says how to read it.
_FULL: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p, re.I), kind)
    for p, kind in (
        (r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", "ymd"),
        (r"(?<![\d.])(?P<year>(?:19|20)\d\d)[./](?P<m>[01]?\d)[./](?P<d>[0-3]?\d)(?![\d.])", "ymd"),
        # Hungarian and Korean style: "2019. 10. 14." (MTI, Yonhap)
        (r"(?<![\d.])(?P<year>(?:19|20)\d\d)\.\s(?P<m>[01]?\d)\.\s(?P<d>[0-3]?\d)\.?(?!\d)", "ymd"),
        # "20 March 2025", "3rd day of March 2026", "12 de mayo de 2025", "12. Mai 2025"
        (rf"\b{_DAY}\s+(?:(?:day\s+)?of\s+|de\s+)?{_MONTH}(?:\s+del?)?,?\s+{_YEAR}(?!\d)", "dmy"),
        (
            r"\b(?P<day>[0-3]?\d)(?P<sep>[-/])(?P<mon>[^\W\d_]{3,10})(?P=sep)(?P<year>(?:19|20)\d\d)(?!\d)",
            "dmy",
        ),  # "20-Mar-2025"
        (rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)", "mdy"),
        (rf"\b{_MONTH}\s+{_DAY}\s*/\s*{_YEAR}(?!\d)", "mdy"),  # ENA: "March 6/2025"
        (
            r"(?<![\d.])(?P<a>[0-3]?\d)(?P<sep>[.\-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d])",
            "dmy-num",
        ),
        (r"(?<![\d/])(?P<a>[01]?\d|[23]\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])", "slash"),
    )
)
# Dates without a year, as in datelines ("Mar 20", "Oct. 3", "23 June").
_PARTIAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*[,/]?\s*(?:19|20)\d\d)(?![:.]\d)", re.I), "md"),
    (re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?!,?\s*(?:19|20)\d\d)", re.I), "dm"),
)
_WEEKDAY_RE = re.compile(_WEEKDAY, re.I)
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC)\s*[+-]?\d{0,2}(?::?\d{2})?|"
    r"\s*(?:WIB|WITA|WIT|PKT|IST|CET|CEST|EST|EDT|PST|PDT|BST|KST|JST|AST|EAT|GST|MSK))?",
    re.I,
)
# The marker opens the line or a segment of it ("By X | Posted: ...", "... - Update : ..."), so that
# a sentence such as "The report released on 5 May 2025" is not read as a marker.
_MARKER = re.compile(
    r"(?:^|[|•·,–—-]|\s{2,})\W*(?P<word>published|posted|first published|publication date|dated|date|issued|released|answered|aired|broadcast|updated|last updated|update)"
    r"\s*(?:on|at|this)?\s*[:\-–|]?\s*$",
    re.I,
)
_PREPOSITION = re.compile(
    r"\b(?:on|by|in|from|until|till|before|after|since|to|of|between|and|through|during)\s*$", re.I
)
_DATELINE_AFTER = re.compile(r"^\s*(?:$|\(|\.?\s*/|\[|--|[-–—:]|,?\s*\(|,\s*[A-Z]{3,}|\s+[A-Z]{3,}\b|\))")
# Words that start a sentence rather than name a place.
_NOT_PLACE = {
    "on",
    "in",
    "by",
    "from",
    "since",
    "until",
    "before",
    "after",
    "as",
    "at",
    "last",
    "this",
    "earlier",
    "the",
    "during",
    "between",
    "for",
    "of",
    "and",
    "but",
    "today",
    "yesterday",
    "that",
    "it",
    "a",
}
# "By Name ..." with a name, not "By 2030, ..." or "By March ...".
_BYLINE = re.compile(r"by\s+(?!(?:" + "|".join(sorted(_ENGLISH_MONTHS)) + r")\b)[^\W\d_]", re.I)
_LOCALE_US = re.compile(r"\ben[-_]us\b", re.I)


@dataclass(frozen=True)
class Hit:
    """One date found in a line: span, the parts read (year None when the text gave none)."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    ambiguous: tuple[int, int] | None = None  # (month, day) of the other reading of a slash date


def _valid(year: int, month: int, day: int) -> bool:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return False
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _read_full(m: re.Match[str], kind: str) -> Hit | None:
    """The date a full-date match stands for, or None (not a month name, or no such day)."""
    year = int(m.group("year"))
    other = None
    if kind == "ymd":
        month, day = int(m.group("m")), int(m.group("d"))
    elif kind in ("dmy", "mdy"):
        month, day = _MONTHS.get(month_key(m.group("mon")), 0), int(m.group("day"))
    elif kind == "dmy-num":
        day, month = int(m.group("a")), int(m.group("b"))
    else:  # slash: a/b/yyyy
        a, b = int(m.group("a")), int(m.group("b"))
        if a > 12:
            day, month = a, b
        elif b > 12:
            month, day = a, b
        else:
            day, month = a, b  # provisional: resolved by the caller's locale cue
            other = (a, b) if a != b else None
    return Hit(m.start(), m.end(), year, month, day, other) if _valid(year, month, day) else None


def _read_partial(m: re.Match[str]) -> Hit | None:
    """The yearless date a dateline match stands for, or None."""
    key = month_key(m.group("mon"))
    month, day = _MONTHS.get(key, 0), int(m.group("day"))
    if key in _NEEDS_YEAR or not _valid(2000, month, day):
        return None
    return Hit(m.start(), m.end(), None, month, day)


_DIGIT = re.compile(r"\d")


def find_dates(line: str) -> list[Hit]:
    """All dates in a line, full dates first claiming their span, then dates without a year."""
    if not _DIGIT.search(line):  # every date pattern needs a decimal digit
        return []
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for rx, kind in (*_FULL, *_PARTIAL):
        pos = 0
        while (m := rx.search(line, pos)) is not None:
            hit = _read_full(m, kind) if kind not in ("md", "dm") else _read_partial(m)
            if hit is None or not free(m.start(), m.end()):
                pos = m.start() + 1  # a word that is no month may hide a date that starts inside the match
                continue
            hits.append(hit)
            taken.append((m.start(), m.end()))
            pos = m.end()
    return sorted(hits, key=lambda h: h.start)


@dataclass(frozen=True)
class Candidate:
    hit: Hit
    how: str  # "published-on", "dateline", "header", "byline", "updated"
    rank: int  # lower wins
    line: str


_RANK = {"published-on": 0, "dateline": 1, "header": 2, "byline": 2, "foot": 3, "updated": 4}


def _marker_how(prefix: str) -> str | None:
    m = _MARKER.search(prefix)
    if not m:
        return None
    word = m.group("word").lower()
    if word in ("updated", "last updated", "update"):
        return "updated"
    if word in ("date", "dated"):
        return "header"
    return "published-on"


def _is_place_prefix(prefix: str) -> bool:
    """Does the text before a date read as a dateline's place ("ISLAMABAD, ", "Addis Ababa, ")?"""
    p = prefix.strip()
    p = re.sub(r"\([^()]*[-–—]$", "", p).strip()  # UrduPoint: "ISLAMABAD, (UrduPoint / ... News - "
    p = re.sub(r"^date\s+\S+\s+", "", p, flags=re.I)  # UrduPoint: " date 2025-03-20 ISLAMABAD, "
    p = re.sub(rf"[,\s]*\b{_WEEKDAY_WORD}\.?,?$", "", p, flags=re.I)  # "Karachi, Monday "
    p = re.sub(r",?\s+le$", "", p)  # French: "Dakar, le 5 février 2025"
    p = p.rstrip(" ,.;:-–—").strip()
    words = p.split()
    if not 1 <= len(words) <= 5:
        return False
    if words[0].lower().strip(",.") in _NOT_PLACE:
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _header_words(line: str, hit: Hit) -> int:
    """How many words a line has besides the date, times, weekdays and source labels."""
    rest = line[: hit.start] + " " + line[hit.end :]
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY_RE.sub(" ", rest + " ")
    for h in find_dates(rest):
        rest = rest[: h.start] + " " * (h.end - h.start) + rest[h.end :]
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    return len(words)


def _classify(line: str, hit: Hit) -> Candidate | None:
    """Decide whether a date in a head line is in a marker, byline, dateline or header position."""
    prefix = line[: hit.start]
    marker = _marker_how(prefix) or _marker_how(_WEEKDAY_RE.sub("", prefix).rstrip(" ,"))
    if marker is not None:  # "Published on 18th July 2025", "Posted: Thursday, May 16, 2024"
        return Candidate(hit, marker, _RANK[marker], line)
    stripped = line.strip()
    short = len(stripped) <= HEADER_MAX_CHARS
    if short and _BYLINE.match(stripped):  # "By Aigerim Sultanova in Business on 24 September 2025"
        return Candidate(hit, "byline", _RANK["byline"], line)
    if hit.start <= DATELINE_WINDOW and _DATELINE_AFTER.match(line[hit.end :]) and _is_place_prefix(prefix):
        return Candidate(hit, "dateline", _RANK["dateline"], line)
    if _header_like(line, hit):  # "Thursday, 20 March 2025", "Name |13.11.2024 - Update : 13.11.2024"
        return Candidate(hit, "header", _RANK["header"], line)
    return None


def _header_like(line: str, hit: Hit) -> bool:
    """A short line that is mostly a full date (plus time, weekday, source or author name)."""
    stripped = line.strip()
    if len(stripped) > HEADER_MAX_CHARS or hit.year is None:
        return False
    prefix = line[: hit.start]
    # "9:41 am on 14 May 2024" (RNZ): a time and "on" before the date still make a header line
    timed = _TIME.match(prefix.strip()) is not None and re.fullmatch(
        r"\s*on\s*", _TIME.sub("", prefix, count=1)
    )
    if _PREPOSITION.search(prefix) and not timed:  # "... signed on 5 May 2025": a sentence, not a header
        return False
    words = _header_words(line, hit)
    return words <= 2 or (words <= HEADER_MAX_WORDS and not stripped.endswith((".", "?", "!")))


def _head_lines(text: str) -> list[str]:
    lines: list[str] = []
    used = 0
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        if len(lines) >= HEAD_LINES or used >= HEAD_CHARS:
            break
        lines.append(raw[: max(HEAD_CHARS - used, DATELINE_WINDOW + 40)])
        used += len(raw)
    return lines


_MARKER_LINE = re.compile(
    r"^\W*(published|posted|first published|publication date|issued on|updated|last updated)\b", re.I
)


def _resolve_slash(hit: Hit, context: str, locale: str | None) -> Hit:
    """Pick the reading of an ambiguous a/b/yyyy date (see the module docstring)."""
    if hit.ambiguous is None:
        return hit
    a, b = hit.ambiguous
    us = Hit(hit.start, hit.end, hit.year, a, b)  # month/day
    eu = Hit(hit.start, hit.end, hit.year, b, a)  # day/month
    for h in find_dates(context):
        if h.ambiguous is None and (h.month, h.day) in ((us.month, us.day), (eu.month, eu.day)):
            return us if (h.month, h.day) == (us.month, us.day) else eu
    if locale and _LOCALE_US.search(locale):
        return us
    return eu


def _complete_year(hit: Hit, reference: date) -> date:
    """A dateline date without a year gets the year that puts it nearest the reference date."""
    options = []
    for y in (reference.year - 1, reference.year, reference.year + 1):
        if _valid(y, hit.month, hit.day):
            d = date(y, hit.month, hit.day)
            options.append((abs((d - reference).days), d))
    return min(options)[1]


# The foot of a press statement or government release: its last non-empty lines may carry the
# issue date, on a signature line ("Issued by the Ministry of Foreign Affairs, Lusaka, 14 May 2025",
# "Dated this 3rd day of March 2026", "Released: 12 June 2025", "Done at Lusaka on 14 May 2025"),
# a place-and-date line ("Lusaka, 14th May 2025") or a line that is only the date ("6th September,
# 2024", "-- ENDS -- 3 March 2026"). Body sentences ending the text are not read: the line must
# open with an issue word used as a label, name a place, or be all date.
FOOT_LINES = 6
FOOT_MAX_CHARS = 160
_FOOT_SIGN = re.compile(
    r"^\W*(?:issued|released|dated|signed|done|given|date|published|posted)\s*"
    r"(?:[:\-–—]|\b(?:by|on|at|in|this|under|from)\b)",
    re.I,
)
# After the date only punctuation, a time or a closing bracket may follow on a foot line.
_FOOT_END = re.compile(r"^[\s.,;:)\]–—-]*$")


_ORDINAL_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_WORDS)} | {"twentieth": 20, "thirtieth": 30}
_DAY_ORDINALS |= {f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_ORDINAL_WORDS[:9])} | {"thirty-first": 31}
# A treaty-style signature line in words: "Signed in the city of Cobija, on the first day of the month of
# September of the year two thousand and eighteen" ("Done at X this 5th day of May 2019").
_WORDS_DATE = re.compile(
    r"\b(?:the|this)\s+(?P<dw>[a-z]+(?:-[a-z]+)?|[0-3]?\d(?:st|nd|rd|th)?)\s+day\s+of\s+(?:the\s+month\s+of\s+)?"
    r"(?P<mon>[^\W\d_]{3,10}),?\s+(?:of\s+)?(?:the\s+year\s+)?"
    r"(?:(?P<year>(?:19|20)\d\d)\b|two\s+thousand(?:\s+and)?\s+(?P<yw>[a-z]+(?:[- ][a-z]+)?))",
    re.I,
)


def _year_words(words: str) -> int | None:
    """ "eighteen" -> 2018, "twenty-six" / "twenty six" -> 2026 (after "two thousand"); words after the
    number ("eighteen in two copies") are ignored."""
    parts = re.split(r"[- ]", words.lower())[:2]
    n = cardinal(" ".join(parts)) or cardinal(parts[0])
    return 2000 + n if n else None


def _words_date(line: str) -> Hit | None:
    """A signature-line date written out in words, or None."""
    m = _WORDS_DATE.search(line)
    if m is None:
        return None
    dw = m.group("dw").lower()
    day = int(re.match(r"\d+", dw).group(0)) if dw[:1].isdigit() else _DAY_ORDINALS.get(dw)  # type: ignore[union-attr]
    month = _MONTHS.get(month_key(m.group("mon")), 0)
    year = int(m.group("year")) if m.group("year") else _year_words(m.group("yw"))
    if not day or not year or not _valid(year, month, day):
        return None
    return Hit(m.start(), m.end(), year, month, day)


def _foot_candidates(text: str, head_count: int) -> list[Candidate]:
    """Dates on the signature or issue lines among the last FOOT_LINES non-empty lines."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    foot = lines[
        max(head_count, len(lines) - FOOT_LINES) :
    ]  # lines already read as the head are not the foot
    found: list[Candidate] = []
    for line in foot:
        stripped = line.strip()
        if _FOOT_SIGN.match(stripped) and len(stripped) <= 2 * FOOT_MAX_CHARS:
            hit = _words_date(line)
            if hit is not None:
                found.append(Candidate(hit, "foot", _RANK["foot"], line))
                continue
        if len(stripped) > FOOT_MAX_CHARS:
            continue
        for hit in find_dates(line):
            if hit.year is None or not _FOOT_END.match(_TIME.sub("", line[hit.end :])):
                continue
            prefix = line[: hit.start]
            if (
                _FOOT_SIGN.match(stripped)
                or (_is_place_prefix(prefix) and not _PREPOSITION.search(prefix))
                or (_header_words(line, hit) <= 1 and not _PREPOSITION.search(prefix))
            ):
                found.append(Candidate(hit, "foot", _RANK["foot"], line))
    return found


def find_published(
    text: str, *, locale: str | None = None, context: str | None = None
) -> tuple[str | None, str | None]:
    """Return (ISO date, how it was found) for an article text, or (None, None).

    `locale` is a page language such as "en-US" (a cue for ambiguous slash dates); `context`
    is extra text to look for that cue (for HTML, the page's first paragraph).
    """
    candidates: list[Candidate] = []
    head = _head_lines(text)
    for line in head:
        for hit in find_dates(line):
            cand = _classify(line, hit)
            if cand is not None:
                candidates.append(cand)
    # Explicit markers further down ("Published on ..." under a long letterhead or at the foot).
    for line in text.split("\n")[:400]:
        if line in head or len(line.strip()) > HEADER_MAX_CHARS or not _MARKER_LINE.match(line):
            continue
        for hit in find_dates(line):
            cand = _classify(line, hit)
            if cand is not None and cand.how in ("published-on", "updated"):
                candidates.append(cand)
    candidates += _foot_candidates(text, len(head))
    if not candidates:
        return None, None
    cue = "\n".join(head) + "\n" + (context or "")
    candidates = [Candidate(_resolve_slash(c.hit, cue, locale), c.how, c.rank, c.line) for c in candidates]
    full = [c for c in candidates if c.hit.year is not None]
    # Rank first, then order of appearance (candidates are in text order).
    for cand in sorted(candidates, key=lambda c: c.rank):
        hit = cand.hit
        if hit.year is not None:
            return date(hit.year, hit.month, hit.day).isoformat(), cand.how
        if cand.how == "dateline" and full:
            ref_hit = sorted(full, key=lambda c: c.rank)[0].hit
            ref = date(ref_hit.year, ref_hit.month, ref_hit.day)  # type: ignore[arg-type]
            return _complete_year(hit, ref).isoformat(), "dateline"
    return None, None
