"""Country mentions in text: names, demonyms, capitals, compounds, blocs, institutions, projects.

The base list is pycountry (ISO 3166-1 names, official and common names); `data/countries.tsv`
adds what ISO does not carry: aliases ("Turkey", "UAE"), demonyms ("Uzbek"), capitals used as
metonyms ("Tashkent"), compound prefixes ("Pak-", "Sino-"), blocs, unambiguous state institutions,
regional projects with fixed parties (CASA-1000) and *guards*: longer surfaces that contain a
country name but are no country ("New Mexico", "South China Sea"). Every surface goes into one
case-insensitive trie-shaped alternation regex, so the leftmost-longest surface wins at each
position and a guard swallows the shorter name inside it. Case is then checked in Python: a
match counts only as written in the gazetteer or in full capitals (datelines), so "china"
(porcelain) and "chad" stay out.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.words import MONTHS, WEEKDAYS

__all__ = ["CountryHit", "find_countries", "resolve_country", "country_name"]


@dataclass(frozen=True)
class CountryHit:
    """One country (or bloc) named at text[start:end]."""

    code: (
        str  # ISO 3166-1 alpha-2, or a bloc code from _BLOC_NAMES ("EU", "ASEAN", "ECOWAS", "MERCOSUR", ...)
    )
    start: int
    end: int
    surface: str  # the matched text
    how: str  # "name" | "demonym" | "capital" | "city" | "compound" | "alias" | "bloc" | "institution" | "project"


@dataclass(frozen=True)
class _Entry:
    surface: str
    codes: tuple[str, ...]  # () for a guard
    how: str
    flags: frozenset[str]


# Which entry wins when the same surface is listed twice (a pycountry name beats a data alias).
_HOW_RANK = {
    "name": 0,
    "project": 1,
    "bloc": 2,
    "institution": 3,
    "alias": 4,
    "demonym": 5,
    "capital": 6,
    "city": 7,
    "prefix": 8,
}

_BLOC_NAMES = {
    "EU": "European Union",
    "ASEAN": "ASEAN",
    "GCC": "Gulf Cooperation Council",
    "EAEU": "Eurasian Economic Union",
    "AFRICAN_UNION": "African Union",
    "ECOWAS": "Economic Community of West African States",
    "EFTA": "European Free Trade Association",
    "MERCOSUR": "Mercosur",
    "SADC": "Southern African Development Community",
    "EAC": "East African Community",
    "COMESA": "Common Market for Eastern and Southern Africa",
    "CARICOM": "Caribbean Community",
    "SICA": "Central American Integration System",
    "PACIFIC_ALLIANCE": "Pacific Alliance",
    "SCO": "Shanghai Cooperation Organisation",
    "BRICS": "BRICS",
    "APEC": "Asia-Pacific Economic Cooperation",
}

_DASHES = "-\u2010\u2011\u2012\u2013\u2014"
# What may join two parties of a compound: a hyphen with no spaces, or an en/em dash with optional spaces.
_JOINER = re.compile(r"(?:[-\u2010\u2011]|\s?[\u2012\u2013\u2014]\s?)")

# A money word right after a country word makes it a currency ("U.S. dollars", "Saudi riyals").
_CURRENCY_AFTER = re.compile(
    r"\s?(?:\$|dollars?\b|rupees?\b|riyals?\b|rials?\b|dirhams?\b|yuan\b|renminbi\b|shillings?\b|pounds?\b"
    r"|tenge\b|soms?\b|soums?\b|reais\b|real\b|liras?\b|naira\b|cedis?\b|birr\b|won\b|yen\b|euros?\b"
    r"|rub[lb]es?\b|roubles?\b|ringgit\b|rupiah\b|dong\b|baht\b|taka\b|manat\b|lari\b|dram\b|francs?\b"
    r"|dinars?\b|pesos?\b|somoni\b|afghanis\b)",
    re.IGNORECASE,
)

_CURRENCY_PRONE = frozenset({"name", "alias", "demonym"})

# Words after "Jordan"/"Chad"/"Georgia" that show the country, not a given name, is meant.
_KEEP_NEXT = frozenset(
    {
        "air",
        "airlines",
        "airways",
        "agency",
        "armed",
        "army",
        "authority",
        "bank",
        "basin",
        "business",
        "central",
        "chamber",
        "commission",
        "company",
        "corporation",
        "council",
        "crown",
        "customs",
        "defence",
        "defense",
        "development",
        "economic",
        "electricity",
        "embassy",
        "energy",
        "enterprise",
        "exchange",
        "export",
        "foreign",
        "free",
        "fund",
        "gas",
        "government",
        "industrial",
        "industries",
        "institute",
        "investment",
        "king",
        "lake",
        "mines",
        "ministry",
        "national",
        "navy",
        "oil",
        "petroleum",
        "phosphate",
        "ports",
        "post",
        "power",
        "president",
        "prime",
        "queen",
        "railway",
        "railways",
        "revenue",
        "river",
        "royal",
        "sea",
        "stock",
        "telecom",
        "times",
        "trade",
        "university",
        "valley",
        "and",
        "or",
        "of",
        "in",
        "on",
        "at",
    }
)
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’.-]*)")
_US_STATE_CONTEXT = re.compile(
    r"Atlanta|Savannah|U\.S\. state|US state|American state|state of Georgia|Georgia state|Georgia, (?:USA|U\.S\.|US)\b"
    r"|Georgia \(U\.?S\.?\)|Georgia's governor|Governor of Georgia|Georgia Governor|Georgia Tech|Peach State",
)
_CAPS_CONTEXT = re.compile(r"[A-Z]{2,}")


def _fold(s: str) -> str:
    """Accent- and apostrophe-folded form, so "Turkiye" and "Cote d'Ivoire" are found too."""
    s = s.replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@cache
def _entries() -> dict[str, _Entry]:
    """All surfaces keyed by their case-folded form (read once)."""
    import pycountry

    out: dict[str, _Entry] = {}

    def add(surface: str, codes: tuple[str, ...], how: str, flags: frozenset[str] = frozenset()) -> None:
        surface = surface.strip()
        if surface.lower().startswith("the ") and how == "name":
            surface = surface[4:]
        if not surface or "," in surface or "(" in surface:
            return
        folded = surface if "accent" in flags else _fold(surface)
        for variant in {surface, folded, surface.replace("'", "’"), folded.replace("'", "’")}:
            key = variant.casefold()
            old = out.get(key)
            if old is None or _HOW_RANK.get(how, 9) < _HOW_RANK.get(old.how, 9):
                out[key] = _Entry(variant, codes, how, flags | (old.flags if old else frozenset()))
            elif flags:
                out[key] = _Entry(old.surface, old.codes, old.how, old.flags | flags)

    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                add(value, (c.alpha_2,), "name")
    for row in _data_rows():
        surface, code, how, flags = row
        if how == "display":
            continue
        codes = () if code == "-" else tuple(sorted(code.split(",")))
        add(surface, codes, how, flags)
    return out


@cache
def _data_rows() -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """Rows of data/countries.tsv as (surface, code, how, flags)."""
    text = resources.files("tracker.extract").joinpath("data/countries.tsv").read_text(encoding="utf-8")
    rows = []
    for rec in csv.reader(
        (ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), delimiter="\t"
    ):
        surface, code, how = rec[0], rec[1], rec[2]
        flags = frozenset(f for f in (rec[3].split(",") if len(rec) > 3 else []) if f)
        rows.append((surface, code, how, flags))
    return tuple(rows)


def _trie_regex(words: list[str]) -> str:
    """One alternation for many words, shaped as a trie so the regex engine does not retry each word.

    Alternatives at a node are tried longest-continuation first ("Guinea-Bissau" before "Guinea").
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = []
        singles = []
        for ch in sorted(k for k in node if k):
            sub = build(node[ch])
            if sub == "":
                singles.append(re.escape(ch))
            else:
                branches.append(re.escape(ch) + sub)
        if singles:
            branches.append(singles[0] if len(singles) == 1 else "[" + "".join(singles) + "]")
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return build(trie)


@cache
def _surfaces() -> dict[str, _Entry]:
    """Every spelling the finder accepts, exactly as it may be written -> entry.

    A surface counts as listed, accent-folded, with either apostrophe, in full capitals (datelines,
    headlines) and, for entries that open in lower case ("the Emirates"), with a raised first letter.
    "case" entries (acronyms such as "US") are accepted only as listed, so "us" is no country.
    Matching is case-sensitive, which keeps "china" (porcelain) and "chad" out and lets the regex
    engine skip quickly to the next possible first letter.
    """
    out: dict[str, _Entry] = {}
    for entry in _entries().values():
        listed = entry.surface
        forms = {listed} if "accent" in entry.flags else {listed, _fold(listed)}
        forms |= {f.replace("'", "\u2019") for f in forms}
        if "case" not in entry.flags:
            forms |= {f.upper() for f in forms}
            forms |= {f[:1].upper() + f[1:] for f in forms}
        for form in forms:
            old = out.get(form)
            if old is None or _HOW_RANK.get(entry.how, 9) < _HOW_RANK.get(old.how, 9):
                out[form] = entry
    return out


@cache
def _regex() -> re.Pattern[str]:
    # No look-behind in front: a pattern that opens with a plain alternation of literals lets the
    # regex engine jump between possible first characters; the word-start check is done in Python.
    return re.compile("(?:" + _trie_regex(sorted(_surfaces())) + r")(?![\w$])")


# A transcript's speaker label at a line start: "GEORGIA VALADARES:", "CHAD WILLOUGHBY (host):".
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3}\s*(?:\([^()\n]{0,80}\))?\s*:")


def _looks_like_person(text: str, end: int) -> bool:
    """ "Jordan Peterson", "Chad Smith": a given name followed by a capitalised surname-like word."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word.lower() in _KEEP_NEXT or word.isupper():
        return False
    return not _regex().match(text, m.start(1))


# Capitalised words that stand before a country name without being a given name.
_NOT_GIVEN = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "to",
        "from",
        "and",
        "with",
        "for",
        "of",
        "by",
        "at",
        "on",
        "as",
        "via",
        "while",
        "between",
        "both",
        "said",
        "says",
        "visit",
        "visiting",
        "neighbouring",
        "neighboring",
        "hashemite",
        "kingdom",
        "republic",
        "state",
        "southern",
        "northern",
        "eastern",
        "western",
        "central",
        *WEEKDAYS,
        *MONTHS,
        "today",
        "yesterday",
        "also",
        "but",
        "then",
        "when",
        "where",
        "after",
        "before",
    ]
)
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]{2,})\s+$")


def _given_name_before(text: str, start: int) -> bool:
    """ "Marcia Jordan", "Kenneth Chad": a capitalised word that is no country and no function word."""
    m = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
    if not m or m.group(1).lower() in _NOT_GIVEN:
        return False
    return m.group(1) not in _surfaces()


def _in_caps_run(text: str, start: int, end: int) -> bool:
    """True when "US" stands among other all-capital words (an upper-case headline: "LET US TRADE")."""
    before = text[max(0, start - 12) : start].split()
    after = text[end : end + 12].split()
    return bool(
        before
        and _CAPS_CONTEXT.fullmatch(before[-1].strip(",.:;!?"))
        and after
        and _CAPS_CONTEXT.fullmatch(after[0].strip(",.:;!?"))
    )


def find_countries(text: str) -> list[CountryHit]:
    """Countries, blocs and project parties named in `text`, sorted by start.

    A dash compound ("Pak-Iran", "Uzbekistan-Afghanistan-Pakistan") gives one hit per party with
    how="compound"; a project with fixed parties gives one hit per party over the same span.
    Currency phrases ("U.S. dollars", "Saudi riyals") are not countries.
    """
    surfaces = _surfaces()
    raw: list[tuple[int, int, str, _Entry]] = []
    people: set[str] = set()  # surfaces met as a person's surname ("Marcia Jordan"): later "Jordan noted" too
    for m in _regex().finditer(text):
        start, end = m.span()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_$"):
            continue
        surface = m.group(0)
        entry = surfaces[surface]
        if not entry.codes:
            continue
        if entry.how in _CURRENCY_PRONE and _CURRENCY_AFTER.match(text, end):
            continue
        if "person" in entry.flags:
            if (start == 0 or text[start - 1] == "\n") and _SPEAKER_LABEL.match(text, start):
                people.update(
                    (surface, surface.title())
                )  # "CHAD WILLOUGHBY (host):", then "Thank you, Chad."
                continue
            if _looks_like_person(text, end):
                continue
            if surface in people or (entry.how == "name" and _given_name_before(text, start)):
                people.add(surface)
                continue
        if "usstate" in entry.flags and _US_STATE_CONTEXT.search(text, max(0, start - 120), end + 120):
            continue
        if surface == "US" and _in_caps_run(text, start, end):
            continue
        raw.append((start, end, surface, entry))

    # Mark dash-joined chains; prefixes ("Pak", "Sino") only count inside such a chain.
    n = len(raw)
    in_chain = [False] * n
    for i in range(n - 1):
        gap_start, gap_end = raw[i][1], raw[i + 1][0]
        if 0 < gap_end - gap_start <= 3 and _JOINER.fullmatch(text, gap_start, gap_end):
            in_chain[i] = in_chain[i + 1] = True

    hits: list[CountryHit] = []
    for i, (start, end, surface, entry) in enumerate(raw):
        if entry.how == "prefix" and not in_chain[i]:
            continue
        how = "compound" if in_chain[i] and entry.how != "project" else entry.how
        if how == "prefix":
            how = "compound"
        for code in entry.codes:
            hits.append(CountryHit(code, start, end, surface, how))
    return hits  # already in start order; a project's codes are stored sorted


def is_route_end(hit: CountryHit) -> bool:
    """A capital or city inside a dash chain ("the Baku–Tbilisi–Ceyhan pipeline"): an end of a route
    named after places, which does not make its country a party the way "Pak-Iran" does."""
    entry = _surfaces().get(hit.surface)
    return hit.how == "compound" and entry is not None and entry.how in ("capital", "city")


@cache
def _lookup_table() -> dict[str, str]:
    """Every known surface, code and folded variant -> code, for resolve_country."""
    import pycountry

    table: dict[str, str] = {}
    for key, entry in _entries().items():
        if len(entry.codes) == 1:
            table.setdefault(key, entry.codes[0])
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                table.setdefault(_fold(value).casefold(), c.alpha_2)
                table.setdefault(value.casefold(), c.alpha_2)
    for bloc, name in _BLOC_NAMES.items():
        table.setdefault(name.casefold(), bloc)
    # Codes win over any word that happens to look like one ("IN", "US" as codes).
    for c in pycountry.countries:
        table[c.alpha_2.casefold()] = c.alpha_2
        table[c.alpha_3.casefold()] = c.alpha_2
    for bloc in _BLOC_NAMES:
        table[bloc.casefold()] = bloc
    return table


def resolve_country(name: str) -> str | None:
    """Any name, alpha-2/alpha-3 code, demonym, capital or alias -> code; None if unknown.

    Case-insensitive because users type it ("pk", "PAK", "pakistan" -> "PK"); a leading "the" is ignored.
    """
    key = " ".join(name.strip().split()).casefold()
    if not key:
        return None
    table = _lookup_table()
    for candidate in (key, _fold(key), key.removeprefix("the ")):
        if candidate in table:
            return table[candidate]
    return None


@cache
def _display_names() -> dict[str, str]:
    names = {code: surface for surface, code, how, _ in _data_rows() if how == "display"}
    return names


def country_name(code: str) -> str:
    """Display name for a code: "PK" -> "Pakistan", "EU" -> "European Union"; unknown codes as given."""
    import pycountry

    code_u = code.upper()
    shown = _display_names().get(code_u)
    if shown:
        return shown
    c = pycountry.countries.get(alpha_2=code_u) if len(code_u) == 2 else None
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name
