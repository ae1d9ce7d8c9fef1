"""Who the parties of a commitment are.

An article is about a main pair (sometimes a trio): the parties named most often, with the
headline and lead weighted. A sentence names its own parties when its subject does
("Iraq and Jordan agreed ..."); "both sides", "the two countries" or a subject that names one
or no country fall back to the main pair. Countries that are only places or markets (export
destinations, routes, rankings, "did not send a delegation") are not parties. A sentence
whose subject is another relationship ("Pakistan has negotiated ... with Uzbekistan" in an
India article) gives no row at all.

Country recognition is tracker.extract.countries.find_countries (the lexicon module).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from tracker.extract._match import Scanner
from tracker.extract.countries import CountryHit, is_route_end

__all__ = ["ArticleParties", "article_parties", "row_parties", "bloc_members"]

_EXCLUDED_BEFORE = Scanner(
    re.compile(
        r"(?:\bexports?\s+(?:of\s+[\w\s]{0,30}?)?to|\bexporting\s+to|\bexported\s+to|\bshipments?\s+to|\bimports?\s+from|"
        r"\bvia|\bthrough|\bafter|\bthan|\bsuch\s+as|\bincluding|\bother\s+than|\bamong\s+others|\bfrom|\bacross|"
        r"\baway\s+from|\bbehind|\bahead\s+of|\bto\s+the\s+markets?\s+of|\baccession\s+of"
        # a destination of goods carried or sold ("deliver Russian gas to China", "export fragrant rice to China")
        r"|\b(?:pipelines?|railways?|roads?|lines?|corridors?|links?|highways?|cables?|flights?|routes?)\s+(?:to|into)"
        r"|\b(?:deliver|carr(?:y|ies|ied)|suppl(?:y|ies|ied)|ship|transport|pump|send|export|sell)\w*\s+(?:[\w-]+\s+){0,3}?to)"
        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
        # the chair or host of a summit is a venue, not a party ("chaired by the Prime Minister of Malaysia")
        r"|\b(?:chaired|hosted|co-hosted|presided\s+over)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?$"
        # a hotel or street named after a country or capital ("at the Hotel Riga", "on Avenida Brasil")
        r"|\b(?-i:Hotel|Hôtel|Avenida|Rue|Calle)\s+$",
        re.IGNORECASE,
    )
)
# "markets", and a border named after two countries ("Dostyk on the Kazakh-Chinese border"): a place
_EXCLUDED_AFTER = re.compile(
    r"^(?:\s+and\s+[\w\s]+?)?\s+(?:markets?|consumers|buyers)\b|^\s+(?:border|frontier)\b(?!\s+(?:trade|markets?|haats?))"
    # "the Chinese-built dam", "a Japanese-funded port": where a thing comes from, not a party
    r"|^-(?:built|made|funded|financed|owned|designed|supplied|operated)\b"
    # "over the Uruguay River", "on Brazil Avenue": a river or a street named after a country
    r"|^\s+(?-i:River|Basin|Valley|Street|Avenue|Square|Boulevard)\b",
    re.IGNORECASE,
)
# A country after "in" in the rest of a sentence is where something happens, not another relationship.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|inside|within)\s+(?:the\s+)?$", re.IGNORECASE)
_ABSENT = Scanner(
    re.compile(
        r"\b(?:did\s+not\s+(?:send|attend|participate|join)|was\s+absent|were\s+absent|boycott\w*|stayed\s+away)\b",
        re.I,
    )
)
TWO = Scanner(
    re.compile(
        r"\b(?:both\s+(?:sides|countries|nations|governments|parties|neighbours|neighbors)|(?:the|our|their)\s+two\s+(?:sides|countries|nations|"
        r"governments|ministers|neighbours|neighbors|leaders|co-chairs|parties|delegations|economies|blocs|regions|groupings)|"
        r"both\s+(?:blocs|groupings)|the\s+(?:sides|parties)|bilateral|mutual|two-way|co-chairs)\b",
        re.IGNORECASE,
    )
)
THREE = Scanner(
    re.compile(
        r"\b(?:(?:all\s+)?(?:three|four|five|six))\s+(?:(?-i:[A-Z][\w-]*)\s+){0,3}(?:countries|nations|governments|sides|parties|states|leaders|"
        r"ministers|delegations|presidents|heads\s+of\s+(?:state|government))\b"
        r"|\b(?:trilateral|tripartite|quadrilateral|quadripartite|(?:three|four|five)-(?:way|nation|country|party))\b",
        re.IGNORECASE,
    )
)
# A three-party article ("the three countries", "trilateral"): its third party joins "they" and "the parties".
TRIO = Scanner(
    re.compile(
        r"\b(?:three|all\s+three)\s+(?:countries|nations|governments|sides|parties|states|leaders)\b"
        r"|\b(?:trilateral|tripartite|three-(?:way|nation|country|party))\b",
        re.IGNORECASE,
    )
)
_NAME_GAP = re.compile(r"[\w-]*(?:\s+(?:[A-Z][\w-]*|and|&))*\s*")
TOGETHER = Scanner(re.compile(r"\b(?:together\s+with|along\s+with|jointly\s+with)\s+", re.IGNORECASE))


@cache
def bloc_members() -> dict[str, frozenset[str]]:
    """Bloc code -> member country codes (data/blocs.toml)."""
    raw = tomllib.loads(resources.files("tracker.extract").joinpath("data/blocs.toml").read_text("utf-8"))
    return {bloc: frozenset(codes) for bloc, codes in raw["members"].items()}


def _side_deal(own: set[str], main: set[str]) -> list[str] | None:
    """Two member states of the two main blocs named in one sentence: their own deal (a Malaysia-Saudi
    MoU on the sidelines of an ASEAN-GCC summit), not another relationship to drop."""
    blocs = bloc_members()
    main_blocs = [b for b in main if b in blocs]
    if len(main_blocs) < 2 or len(own) != 2 or own & main:
        return None
    first, second = sorted(own)
    if any(b1 != b2 and first in blocs[b1] and second in blocs[b2] for b1 in main_blocs for b2 in main_blocs):
        return sorted(own)
    return None


@dataclass(frozen=True)
class ArticleParties:
    """The article's main pair (sorted by weight), an optional trio, and absent partners."""

    main: tuple[str, ...]
    trio: tuple[str, ...]
    absent: frozenset[str]


@lru_cache(maxsize=4096)
def is_excluded(text: str, hit: CountryHit) -> bool:
    """A country named only as a place: export market, route, ranking, comparison.

    Memoised (a pure function of hashable arguments): `_local_pair` asks it again for the same
    hits of the same sentence up to three times, once per following sentence. `extract()`
    clears the cache after each article, so no article text outlives its call.
    """
    before = text[max(0, hit.start - 50) : hit.start]
    if _EXCLUDED_BEFORE.search(before):
        # "exports to China" is a party when the sentence is about that trade; callers keep
        # main-pair members anyway.
        return True
    return bool(_EXCLUDED_AFTER.match(text[hit.end : hit.end + 40]))


def article_parties(
    text: str,
    hits: list[CountryHit],
    lead: tuple[int, int],
    heads: list[tuple[int, int]],
    skip: list[tuple[int, int]],
) -> ArticleParties:
    """Main parties of the article from weighted counts of country hits.

    `lead` is the first body sentence, `heads` the headline lines before it, `skip` spans of
    furniture whose countries do not count.
    """
    weights: Counter[str] = Counter()
    first: dict[str, int] = {}
    absent: set[str] = set()
    for h in hits:
        if h.how == "project" or any(s <= h.start < e for s, e in skip):
            continue
        w = 1.0
        if any(s <= h.start < e for s, e in heads):
            w = 3.0
        elif lead[0] <= h.start < lead[1]:
            w = 2.0
        if is_excluded(text, h) or is_route_end(h):
            w *= (
                0.3  # a route's end ("the Baku–Tbilisi–Ceyhan pipeline") is a place, weak evidence of a party
            )
        weights[h.code] += w
        first.setdefault(h.code, h.start)
        if _ABSENT.search(text[h.start : h.start + 80]) and not re.search(r"[.;]", text[h.end : h.end + 3]):
            absent.add(h.code)
    for code in absent:
        weights.pop(code, None)
    ranked = sorted(weights, key=lambda c: (-weights[c], first[c]))
    main = tuple(ranked[:2])
    trio: tuple[str, ...] = ()
    # "China, Tanzania and Zambia seal deal ..." over "China, Tanzania and Zambia have signed ...": a third
    # country listed with the two in a headline line and again in the lead is a third side of the story
    if (
        len(ranked) >= 3
        and heads
        and not TRIO.search(text)
        and weights[ranked[2]] >= 0.3 * weights[ranked[1]]
        and _in_both(text, hits, set(ranked[:3]), lead, heads)
    ):
        return ArticleParties(main, tuple(ranked[:3]), frozenset(absent))
    if len(ranked) >= 3 and TRIO.search(text) and weights[ranked[2]] >= 0.3 * weights[ranked[1]]:
        # a third country that the headline and lead leave out, and that the body names far less, is the
        # partner of one three-way row in a two-party story, not a third side to every "the parties"
        third = ranked[2]
        up_front = any(
            h.code == third and (lead[0] <= h.start < lead[1] or any(s <= h.start < e for s, e in heads))
            for h in hits
        )
        if up_front or weights[third] >= 0.6 * weights[ranked[1]]:
            trio = tuple(ranked[:3])
    return ArticleParties(main, trio, frozenset(absent))


def _in_both(
    text: str, hits: list[CountryHit], trio: set[str], lead: tuple[int, int], heads: list[tuple[int, int]]
) -> bool:
    """Whether the three countries of `trio` are named as one list ("China, Tanzania and Zambia") both in a
    headline line and in the lead sentence."""

    def listed(a: int, b: int) -> bool:
        got = _one_list(text, [h for h in hits if a <= h.start < b], trio)
        return got is not None and trio <= got

    return listed(*lead) and any(listed(a, b) for a, b in heads)


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _one_list(sentence: str, hits: list[CountryHit], main: set[str]) -> set[str] | None:
    """The countries of one coordinated list ("Bolivia, Brazil and Peru") that holds both main parties
    and at most two more, or None."""
    ordered = sorted((h for h in hits if h.how in ("name", "alias")), key=lambda h: h.start)
    run: list[CountryHit] = []
    for h in ordered:
        if run and not _LIST_GAP.fullmatch(sentence, run[-1].end, h.start):
            if main <= {x.code for x in run}:
                break
            run = []
        run.append(h)
    codes = {x.code for x in run}
    if main <= codes and 3 <= len(codes) <= 4:
        return codes
    return None


def row_parties(
    sentence: str,
    hits: list[CountryHit],
    subject_end: int,
    art: ArticleParties,
    name_span: tuple[int, int] | None = None,
    recent_three: tuple[str, ...] = (),
) -> list[str] | None:
    """Sorted parties of one row, or None when the sentence is about another relationship.

    `hits` are sentence-relative; `subject_end` is where the governing cue starts (countries
    before it form the subject); `name_span` is the trigger's own name (compounds inside it,
    "Uzbekistan-Afghanistan-Pakistan railway", add their parties).
    """
    main = set(art.main)
    subject: set[str] = set()
    others: set[str] = set()
    named: set[str] = set()
    for h in hits:
        if h.code in art.absent:
            continue
        inside_name = name_span is not None and (
            name_span[0] <= h.start < name_span[1]
            # "the first ASEAN-GCC Business and Investment Forum": a compound opening the name
            or (
                h.how == "compound"
                and h.end <= name_span[0]
                and _NAME_GAP.fullmatch(sentence, h.end, name_span[0])
            )
        )
        if inside_name and h.how in ("compound", "project"):
            named.add(h.code)
        excluded = is_excluded(sentence, h) and h.code not in main
        if excluded:
            continue
        # "in the European Union", "trading partners in ASEAN": a country or bloc named as a place
        place = h.how in ("name", "bloc") and bool(
            _LOCATIVE_BEFORE.search(sentence, max(0, h.start - 12), h.start)
        )
        if h.start < subject_end:
            if not (place and h.code not in main):
                subject.add(h.code)  # "one of Viet Nam's largest trading partners in ASEAN": a place
        elif not inside_name and not place:
            # "respond to moves in the European Union": a place, not another partner (a capital after
            # "in" stays: "signed in Washington" names the venue's host, often a party to the deal)
            others.add(h.code)
    # Project hits (CASA-1000 -> AF, KG, PK, TJ) name parties only when the name is the subject.
    three = THREE.search(sentence)
    two = TWO.search(sentence[: max(subject_end, 1)]) or re.search(
        r"\b(?:they|both)\b", sentence[: max(subject_end, 1)], re.I
    )
    together = TOGETHER.search(sentence)
    if len(named) >= 2 and subject and not subject & named and not main <= named:
        # "Tajikistan counts on the launch of the China-Kyrgyzstan-Uzbekistan railway": the thing's own name
        # says whose it is, and the subject is not one of them
        return None
    if named == main and len(main) == 2 and not three and not together:
        # "the Emir of Kuwait proposed that the first ASEAN-GCC Business Forum be held": the thing's own
        # name says whose it is
        return sorted(named)
    if two:
        # "bilateral trade ... within the free trade area of the Pacific Alliance": in a two-sided row, a bloc
        # that is not one of the two sides is where it happens
        subject -= {h.code for h in hits if h.how == "bloc" and h.code not in main}
    if three:
        base = set(recent_three or art.trio or art.main)
        parties = base | subject
    elif (
        not subject
        and art.trio
        and not re.search(r"\b(?:both|the\s+two)\s+\w+", sentence[: max(subject_end, 1)], re.I)
    ):
        parties = set(art.trio)  # a trilateral article: "they", "the parties" are all three
    elif len(subject) >= 2:
        parties = set(subject)
        if two or together:
            parties |= main
    else:
        side = (_side_deal(subject, main) or _side_deal(subject | others, main)) if not two else None
        if side:
            return side
        if subject and not (subject <= main) and not two:
            return None  # another country's undertaking ("Pakistan has negotiated ... with Uzbekistan")
        parties = main | subject
        foreign = others - main
        if foreign and not together and not named and not (subject >= main):
            listed = _one_list(sentence, hits, main)
            if not listed:
                return None
            parties = listed  # "the Ministers of Transport of Bolivia, Brazil and Peru": all the listed
    if together:
        tail = sentence[together.end() : together.end() + 80]
        parties |= {
            h.code
            for h in hits
            if together.end() <= h.start < together.end() + len(tail) and h.code not in art.absent
        }
    if len(subject) < 2:
        parties |= named
    if subject and len(subject) >= 2 and not (subject & main) and not (three or two or together):
        return _side_deal(subject, main) or _side_deal(subject | others, main)
    if len(parties) < 2:
        return None
    return sorted(parties)
