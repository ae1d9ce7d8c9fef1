"""Article text -> commitment mentions. Pure: no database, CLI or network imports.

The public entry point is `extract(text, published)`; everything else in this package
is a piece it composes (sentences, countries, money, dates, sectors, kinds, status,
parties), each reading its patterns and gazetteers from `data/`.

How a sentence becomes rows:
1. split into sentences with offsets (headlines and furniture give no rows);
2. find triggers (bodies, joint ventures, instruments, projects) and money figures that are
   trade or investment targets;
3. give each trigger the status of the cue that governs it, and drop it when nothing governs
   it or when it is negated, recommended, conditional or history;
4. merge triggers of one undertaking (one agreement row per sentence, one project per clause),
   drop projects that are only the object of another row ("a joint venture to run a terminal");
5. fill parties, sectors, amounts, dates and actors; drop repeats within the article.
Prefer a missed commitment to an invented one: every step can only remove rows.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise

from tracker.extract import kinds as _kinds
from tracker.extract._match import Scanner as _Scanner
from tracker.extract._match import reset as _match_reset
from tracker.extract.countries import CountryHit, find_countries, is_route_end
from tracker.extract.dates import find_announced, find_deadlines
from tracker.extract.money import Money, find_money
from tracker.extract.parties import (
    THREE,
    ArticleParties,
    article_parties,
    bloc_members,
    is_excluded,
    row_parties,
)
from tracker.extract.sectors import find_sectors
from tracker.extract.sentences import Sentence, split_sentences
from tracker.extract.status import Cue, blockers, find_cues, pick_status
from tracker.models import Actor, Mention

try:  # the actors module is written by the lexicon engineer; rows are still useful without it
    from tracker.extract.actors import find_actors as _find_actors
    from tracker.extract.actors import merge_actor_variants as _merge_actors
except ImportError:  # pragma: no cover - only while the module does not exist
    _find_actors = None
    _merge_actors = None

__all__ = ["extract"]


_CLAUSE = re.compile(
    r";\s|:\s+(?=[a-z])|\s+and\s+(?=to\s|also\s+(?:to\s|agreed|signed|decided))"
    # "flagged off the train service, and officially opened the runway": a second verb, a second clause
    r"|,?\s+and\s+(?=(?:\w+ly\s+)?(?:agreed|signed|decided|pledged|committed|opened|launched|inaugurated"
    r"|flagged|inked|initial(?:l)?ed|unveiled)\b)|,?\s+and\s+that\s"
    # "..., and at Monday's meeting the two governments signed": a fronted phrase, then subject and verb
    r"|,\s+and\s+(?=(?:at|in|on|during|after|following)\s[^,;]{0,60}?\b(?:agreed|signed|decided|pledged|committed"
    r"|inked)\b)|,\s+(?:but|while|whereas|although)\s|\s+but\s|\s+while\s"
    # "..., and I'm told it should meet before the end of the year": a pronoun subject opens a new clause
    r"|,\s+and\s+(?=(?:it|they|he|she|we|I)(?:['’](?:m|s|re|ve|ll|d))?\s|(?:[\w-]+\s+){1,2}(?:say|says|said)\b)"
    # '"... by 2010," Amorim told reporters after the meeting held since 2003': the attribution after a
    # closing quote is a clause of its own; its dates and verbs do not govern the quoted words
    r"|,[\"”]\s+(?=\w)"
)
_RELATIVE = _Scanner(re.compile(r",?\s+(?:which|that|who|whose|where)\s", re.IGNORECASE))
_PURPOSE = re.compile(
    r"\s(?:to\s+(?:facilitate|enhance|consolidate|boost|strengthen|promote|deepen|support|ensure|bring|cut|meet)|in\s+order\s+to|,\s+which|,\s+as\s)",
    re.I,
)
_ROUTE = re.compile(r"\s(?:along|via|through|from|between|linking|connecting|to\s+connect|to\s+link)\s", re.I)
_INSTRUMENT_ABOUT = _Scanner(
    re.compile(
        r"\b(?:agreements?|memorand(?:um|a)(?:\s+of\s+understanding)?|MoUs?|protocols?|road\s?maps?|deals?|treat(?:y|ies))"
        r"\s+(?:on|for|to|of|concerning|regarding)\b",
        re.IGNORECASE,
    )
)
_OWN_GOAL = re.compile(
    r"(?:[’']s|\bits|\bhis|\bher)\s+(?:own\s+)?(?:\w+\s+)?(?=(?:goal|aim|ambition|aspiration|target|plan|objective)s?\b)",
    re.I,
)
# One party's own share of a joint undertaking ("Iraq plans to spend $17 billion on its own section").
_OWN_PART = re.compile(r"\b(?:its|their|his|her)\s+own\s+(?:[\w-]+\s+){0,2}$", re.I)
# A national programme stated as one country's own goal ("Saudi Arabia's Vision 2030 aims to attract
# $100 billion a year in FDI"): a unilateral target, not one between the parties.
_NATIONAL_PLAN = _Scanner(
    re.compile(
        r"(?:[\u2019']s|\b[Ii]ts)\s+(?:own\s+)?(?:(?:national|[A-Z][\w-]*|[a-z]+|(?:19|20)\d\d(?:[-\u2013](?:19|20)?\d\d)?)\s+){0,4}"
        r"(?:Vision\s*\d{4}|vision|strategy|[Mm]odel|programme|program|agenda|blueprint|"
        r"(?:five-year|development|national|[Ii]ndustrial|[Bb]usiness|[Ss]trategic)\s+[Pp]lan)\b",
    )
)
# "The Asian Development Bank's civil aviation programme aims to upgrade 21 airports": a lender's own plan
_LENDER_OWN = re.compile(
    r"\b(?:Development\s+Bank|World\s+Bank|Monetary\s+Fund|IMF)[\u2019']s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:programme|program|project|plan|strategy|facility)\b"
)
# "plans to invest about $2 billion a year in its own mines": one party's spending at home
_OWN_AFTER = re.compile(
    r"(?:\s+(?:a|per|each)\s+year|\s+annually)?\s+(?:in|on|into)\s+(?:its|their|his|her)\s+own\b", re.I
)
# Attracting foreign investment in general is a national goal, not a pledge between the parties.
_ATTRACT_BEFORE = re.compile(r"\battract\w*\b[^.;]{0,60}?$", re.I)
_FDI_AFTER = re.compile(
    r"^[^.;]{0,30}?\b(?:in|of)\s+(?:annual\s+)?(?:foreign\s+(?:direct\s+)?investments?|FDI|(?-i:[A-Z][a-z]+)\s+investments?)\b"
    r"(?!\s+from)",
    re.I,
)
_VENUE = re.compile(r"\b(?:in|at)\s+$", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FORWARD_CUE = re.compile(
    r"^(?:will|shall|would|plans?\s+to|aims?|aim(?:ed|ing)|seek|intend|envisag|reaffirm|reiterat|pledge|commit|target|goal|set\s|is\s+set|are\s+set|due|expected|ready|work|to\s|the\s+launch)",
    re.I,
)


# A city that opens a sentence and is followed by a date, an agency or a dash is a dateline: where the
# story was filed, not a party ("KUALA LUMPUR, May 27 (Bernama) --", "Lima, Mar 5 (Prensa Latina)").
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][\w.]*\s*){1,2})*(?:[,.]?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.?\s+\d"
    r"|\()|\s*(?:--|\u2014|\u2013|:|/)|\.\s+[A-Z]{3,})"
)
# A sentence that refers back to the instrument or project of an earlier one ("Under the Memorandum,
# the company will invest ...") shares that earlier row's parties.
_REFERS_BACK = re.compile(
    r"^(?:(?:In\s+addition|Meanwhile|Separately),\s+)?(?:(?:Under|Through|As\s+part\s+of|In\s+line\s+with|Pursuant\s+to|Following)"
    r"\s+(?:(?:one|two|three|some|each|several)\s+of\s+)?(?:the|this|that|these)|(?:The|This)(?=\s+(?:\w+\s+){0,2}?(?:memorand|MoU|agreement|deal|pact|accord|protocol)\w*\s+"
    r"(?:will|would|provides?|envisages?|foresees?|commits?|calls?|sets?|includes?)\b))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:memorand(?:um|a)|MoUs?|agreements?|deals?|pacts?|accords?|protocols?|framework|arrangements?|projects?|plan)\b",
    re.I,
)


# Q&A transcripts: a turn opens a line with a short speaker label ("Q:", "The Ledger:", "Chea Rithya:").
_SPEAKER = re.compile(r"^(Q|Question|[A-Z][\w.\u2019'-]*(?:\s+[A-Z][\w.\u2019'-]*){0,3}):\s", re.M)


def _interviewer_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the interviewer's turns: a label that is "Q" or whose turns are mostly questions.

    What an interviewer asks ("Would you like to see a railway again?", "Some say trade could reach
    $20 billion.") is no undertaking of the parties, even where it is not phrased as a question.
    """
    turns: dict[str, list[tuple[int, int]]] = {}
    for m in _SPEAKER.finditer(text):
        end = text.find("\n", m.end())
        turns.setdefault(m.group(1), []).append((m.start(), len(text) if end < 0 else end))
    spans: list[tuple[int, int]] = []
    if len(turns) < 2 and "Q" not in turns and "Question" not in turns:
        return spans
    for label, ts in turns.items():
        asks = sum("?" in text[a:b] for a, b in ts)
        if label in ("Q", "Question") or (len(ts) >= 2 and asks * 2 > len(ts)):
            spans.extend(ts)
    return spans


# A lead-in line that governs the bullets under it: short, ending in a colon ("The Parties:", "Both sides
# agreed to:", "The leaders decided to:").
_REFER_FIGURE = _Scanner(
    re.compile(
        r"\b(?:that|this|the\s+same)\s+(?:figure|volume|amount|level)\b"
        # "Trade reached $548 million. They agreed to work towards lifting it to $1 billion": "it" after a
        # verb of raising is the trade just named
        r"|\b(?:lift|rais|doubl|boost|increas|bring|tak|push)\w*\s+(?-i:it)(?=\s+to\s)"
        # "Trade was $450 million last year. The commission set a target of $1 billion by 2020."
        r"|(?<=\bset\s)(?:a|the)\s+(?:new\s+)?(?:target|goal)(?=\s+of\s+(?:about\s+|around\s+)?(?:US)?\$[\d.,]+\s*"
        r"(?:billion|million|bn|m)?\b(?!\s+(?:in|of|worth)\s))",
        re.I,
    )
)
_TRADE_WORD = re.compile(r"\b(?:trade|turnover)\b", re.I)
_LEAD_IN = re.compile(r"^[^.;!?]{3,120}:$")
_LEAD_IN_TAIL = re.compile(r"(?:\s+(?:to|on|upon|that|the\s+following))?\s*:")


def _bullet_lead_ins(sentences: list[Sentence]) -> dict[int, int]:
    """Bullet sentence index -> index of the colon line that introduces its list.

    A joint statement lists its outcomes as bullets with no subject ("- agreed to set up a joint
    working group on energy;", "* to launch direct flights"): the subject and, where the bullet has
    no verb of its own, the governing verb ("agreed to", "decided to") are the lead-in's.
    """
    out: dict[int, int] = {}
    head: int | None = None
    for i, sent in enumerate(sentences):
        if sent.bullet:
            if head is not None:
                out[i] = head
        else:
            head = i if _LEAD_IN.match(sent.text.rstrip()) else None
    return out


def _drop_bloc_members(text: str, hits: list[CountryHit]) -> list[CountryHit]:
    """Country hits without a bloc's members listed in brackets after its name: in "EFTA
    (Switzerland, Norway, Iceland and Liechtenstein) and Mercosur (...)" the parties are the blocs."""
    if "(" not in text:
        return hits
    members = bloc_members()
    drop: set[int] = set()
    for h in hits:
        if h.how != "bloc" or h.code not in members:
            continue
        m = _BRACKET_AFTER.match(text, h.end)
        if not m:
            continue
        inside = [k for k, o in enumerate(hits) if m.start(1) <= o.start and o.end <= m.end(1)]
        if inside and all(hits[k].code in members[h.code] for k in inside):
            drop.update(inside)
    return [h for k, h in enumerate(hits) if k not in drop] if drop else hits


_BRACKET_AFTER = re.compile(r"\s*\(([^()]{3,200})\)")


def _drop_datelines(text: str, sentences: list[Sentence], hits: list[CountryHit]) -> list[CountryHit]:
    """Country hits without the dateline cities (see _DATELINE_AFTER)."""
    starts = [s.start for s in sentences]

    def opens_sentence(h: CountryHit) -> bool:
        k = max((i for i, st in enumerate(starts) if st <= h.start), default=None)
        return k is not None and not text[sentences[k].start : h.start].strip()

    out = []
    for h in hits:
        if h.how in ("capital", "city") and opens_sentence(h) and _DATELINE_AFTER.match(text, h.end):
            continue
        # "ASTANA – Uzbekistan, Pakistan and Afghanistan signed ...": a capitalised dateline city before a
        # spaced dash is where the story was filed, not one half of a compound
        if (
            h.how == "compound"
            and h.surface.isupper()
            and len(h.surface) > 3
            and opens_sentence(h)
            and _SPACED_DASH.match(text, h.end)
        ):
            continue
        out.append(h)
    return out


_SPACED_DASH = re.compile(r"\s+[-\u2013\u2014]\s")


# Article-level currency of a bare "$" (COMMITMENTS.md: amounts as stated, in their own currency).
_DOLLAR_COUNTRIES = {"AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "TW": "TWD"}
_DOLLAR_NAMES = {
    "australian": "AUD", "canadian": "CAD", "new zealand": "NZD", "singapore": "SGD", "hong kong": "HKD",
    "taiwan": "TWD", "us": "USD", "u.s.": "USD", "american": "USD",
}  # fmt: skip
_FIGURES_IN = _Scanner(  # tried only where its leading words occur (same matches)
    re.compile(
        r"\b(?:all\s+)?(?:figures|amounts|numbers|values|dollar\s+figures|prices|sums)\s+(?:are\s+|quoted\s+|given\s+|shown\s+)?"
        r"(?:expressed\s+)?in\s+(?P<name>Australian|Canadian|New\s+Zealand|Singapore|Hong\s+Kong|Taiwan|US|U\.S\.|American)\s+dollars\b",
        re.I,
    )
)
_BARE_DOLLAR = re.compile(r"^\$")
_INNER_GLOSS = re.compile(r"\(([^()]*)\)\s*$")
# "Rs"/"rupees" is the rupee of the article's one rupee-country party (an Indian daily's Rs is INR).
_RUPEE_COUNTRIES = {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}
_BARE_RUPEE = re.compile(r"^(?:Rs\.?|Re\.?|rupees?)\b|\brupees?\b", re.I)
_EXPLICIT_USD = re.compile(r"\bUS\$|\bU\.S\.\s?\$|\bUSD\b|\bUS\s+dollars?\b|\bU\.S\.\s+dollars?\b")
_GLOSS = re.compile(
    r"^(?:\s+[\w-]+){0,3}\s*\(\s*(?:about|around|approximately|roughly|some|nearly|or|equivalent\s+to|~)?\s*$",
    re.I,
)


def _dollar_default(text: str, main: tuple[str, ...]) -> str | None:
    """The currency a bare "$" stands for in this article, when it is not the US dollar.

    An explicit statement ("All figures are in Australian dollars") decides. Otherwise an article whose
    leading party (the most named, usually the outlet's own country) is its only dollar-country party,
    and which marks US amounts as "US$"/"USD" elsewhere, uses bare "$" for that party's dollar.
    (A "$X (about US$Y)" gloss is read per amount in _local_money.)
    """
    m = _FIGURES_IN.search(text)
    if m:
        code = _DOLLAR_NAMES[re.sub(r"\s+", " ", m.group("name").lower())]
        return None if code == "USD" else code
    dollar_parties = [c for c in main if c in _DOLLAR_COUNTRIES]
    if len(dollar_parties) == 1 and main[0] == dollar_parties[0] and _EXPLICIT_USD.search(text):
        return _DOLLAR_COUNTRIES[dollar_parties[0]]
    return None


def _local_money(text: str, money: list[Money], main: tuple[str, ...]) -> list[Money]:
    """Money with bare "$" read in the article's own dollar, and "$X (about US$Y)" folded into one
    amount with amount_usd Y: a writer who glosses a "$" figure in US dollars means another dollar."""
    default = _dollar_default(text, main)
    dollar_parties = [c for c in main if c in _DOLLAR_COUNTRIES]
    out: list[Money] = []
    skip = -1
    for k, m in enumerate(money):
        if k == skip:
            continue
        if m.currency in _RUPEE_COUNTRIES.values() and _BARE_RUPEE.search(m.surface):
            rupee_parties = [c for c in main if c in _RUPEE_COUNTRIES]
            if len(rupee_parties) == 1 and _RUPEE_COUNTRIES[rupee_parties[0]] != m.currency:
                m = replace(m, currency=_RUPEE_COUNTRIES[rupee_parties[0]])
        if m.currency == "USD" and _BARE_DOLLAR.match(m.surface):
            nxt = money[k + 1] if k + 1 < len(money) else None
            glossed = (
                nxt is not None
                and nxt.currency == "USD"
                and not _BARE_DOLLAR.match(nxt.surface)
                and _GLOSS.match(text[m.end : nxt.start])
            )
            # find_money may already have taken an adjacent bracket into the amount: "$50 million (about US$33 million)"
            inner = _INNER_GLOSS.search(m.surface)
            inner_usd = find_money(inner.group(1)) if inner and _EXPLICIT_USD.search(inner.group(1)) else []
            cur = default or (
                _DOLLAR_COUNTRIES[dollar_parties[0]]
                if (glossed or inner_usd) and len(dollar_parties) == 1
                else None
            )
            if cur:
                usd = nxt.amount_usd if glossed and nxt is not None else None
                if inner_usd and inner_usd[0].currency == "USD":
                    usd = inner_usd[0].amount_usd
                end = nxt.end if glossed and nxt is not None else m.end
                if glossed:
                    close = text.find(")", end, end + 3)
                    end = close + 1 if close >= 0 else end
                    skip = k + 1
                m = replace(m, currency=cur, amount_usd=usd, end=end, surface=text[m.start : end])
        out.append(m)
    return out


@dataclass
class _Row:
    """A row under construction: the mention plus bookkeeping for merging and dedupe."""

    mention: Mention
    key: tuple
    sentence_index: int


def extract(text: str, published: str | None = None) -> list[Mention]:
    """Return the commitments stated in `text`, each with evidence offsets into `text`.

    `published` (ISO date or None) anchors relative dates ("within three years"). It is
    written not to raise on any text (a hypothesis test holds it to that); should a rule
    still fail, the error propagates so the caller reports the article as failed and does
    not store it without its commitments: a re-run after the fix then picks it up.
    """
    if not text or not isinstance(text, str):
        return []
    try:
        return _extract(text, published)
    finally:
        # The memo is only useful within one article; clearing it keeps no article text
        # alive between calls (a 20 MB input would otherwise stay cached).
        is_excluded.cache_clear()
        _match_reset()


def _ref_year(text: str, published: str | None) -> int:
    if published:
        try:
            return date.fromisoformat(published[:10]).year
        except ValueError:
            pass
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= 2100]
    return max(years) if years else 9999


def _clause(s: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(s)
    for m in _CLAUSE.finditer(s):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _before_ref(m: re.Match[str] | None, ref_year: int) -> bool:
    """True when a pattern that dates something matched and its `year` lies before the article's year."""
    return m is not None and int(m.group("year")) < ref_year


def _is_history(s: str, cue: Cue, clause: tuple[int, int], ref_year: int, end: int) -> bool:
    """A past-tense cue with a past date in the trigger's own clause ("signed in 2010").

    A relative clause after the trigger ("..., which has not run since 2019") describes the
    thing, not the undertaking, unless the cue itself sits in it.
    """
    b = blockers()
    fronted = _FRONTED_YEAR.match(s, clause[0], cue.start)
    if _before_ref(fronted, ref_year):
        return True  # "In 2012 India and Myanmar set a target of $3 billion by 2015": told as the past
    if b.past_cue.search(cue.surface) and _YEARS_AFTER.match(s, clause[0], cue.start):
        return True  # "Eight years after India and Myanmar signed the framework agreement, ...": long past
    if _PERFECT.search(s, max(0, cue.start - 25), cue.start):
        since = _SINCE_YEAR.search(s, cue.end, clause[1])
        if _before_ref(since, ref_year):
            return True  # "Germany has committed more than EUR 1.4 billion ... since 1990": a running total
    if _FORWARD_CUE.match(cue.surface) and not _PLUPERFECT.search(s, max(0, cue.start - 25), cue.start):
        return False
    if (
        not b.past_cue.search(cue.surface)
        and cue.stage not in ("signed", "met", "achieved", "weak")
        and not _PLUPERFECT.search(s, max(0, cue.start - 25), cue.start)
    ):
        return False
    if b.past_cue.search(cue.surface) and _WHERE_HAD.search(s, max(0, cue.start - 60), cue.start):
        return (
            True  # "his tour had included Russia, where he had signed agreements on energy": an earlier stop
        )
    stop = clause[1]
    rel = _RELATIVE.search(s, end, clause[1])
    if rel and cue.start < rel.start():
        stop = rel.start()
    text = _ABOUT_PAST.sub(lambda m: " " * len(m.group(0)), s[clause[0] : stop])
    # ", established in 2012," set off by commas dates the noun before it; it does not make a cue outside
    # it history ("Building on the partnership, established in 2012, the sides agreed to ..."), unless
    # that noun is the row's own trigger
    # ", which had not met since 2007," closed before the cue describes the thing's past, not this act
    for m in _REL_CLOSED.finditer(text):
        if m.end() <= cue.start - clause[0]:
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    for m in _APPOSITIVE_PAST.finditer(text):
        at = clause[0] + m.start()
        own = end <= at and not s[end:at].strip()  # "a Line of Credit of $862m, announced in 2010,"
        if own and cue.stage == "met" and cue.start >= clause[0] + m.end():
            own = False  # "The Joint Committee, set up in 2022, held its first meeting": the meeting is now
        if not own and not m.start() <= cue.start - clause[0] < m.end():
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    for m in _REDUCED_PAST.finditer(text):
        at = clause[0] + m.start("noun")
        if m.group("noun") in _NOT_A_NOUN or at < cue.end or (end <= at and len(s[end:at].split()) <= 1):
            continue  # a main verb ("they signed in 2019"), or the row's own thing dated
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    for m in b.past_time.finditer(text):
        year = m.group("year") or m.group("year2")
        if year is None or int(year) < ref_year:
            return True
    return False


def _negated(s: str, start: int, end: int) -> bool:
    """A negation or stall anywhere in the sentence, unless it sits inside a relative clause after the
    trigger ("..., which has not met since 2019"). A relative clause closed by a comma before the
    negation is skipped over: "Talks on a CEPA, for which a study was completed, have stalled"."""
    b = blockers()
    for m in b.negation.finditer(s):
        if _AFTER_PAST.search(s, max(0, m.start() - 40), m.start()):
            continue  # "relaunched negotiations, eight years after talks stalled": the stall is the past
        if (
            m.group(0).lower() in _PARTICIPLE_STALLS
            and not _AUX_BEFORE.search(s, max(0, m.start() - 30), m.start())
            and _TIME_AFTER.match(s, m.end())
        ):
            continue  # "resume talks on an agreement shelved in 2016": the thing's past, not this undertaking
        if m.start() >= end:
            rel = _RELATIVE.search(s, end, m.start()) or _PREP_RELATIVE.search(s, end, m.start())
            if rel and "," not in s[rel.end() : m.start()]:
                continue
            if _REASON.search(s, end, m.start()):
                continue  # "..., speaking on condition of anonymity because the talks are not public": why, not a stall
            if _ADDING.search(s, end, m.start()):
                continue  # "..., an official said, adding that a feasibility study had not yet been commissioned"
        return True
    return False


# "had already committed 40 million euros in 2022": a pluperfect cue with a past year is history.
# ", first proposed in 2012," / ", a project originally agreed in 2015,": the thing's own past, not when
# this undertaking was made
_ABOUT_PAST = _Scanner(
    re.compile(
        r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:first|originally|initially|long)\s+[a-z]+ed\b[^,;]{0,60},"
        # "to $500 million by 2026, from around $250 million in 2023": the past year dates the
        # starting figure, not the undertaking
        r"|\b(?:(?:up\s+)?from|compared\s+(?:with|to)|against|versus|stood\s+at|amounted\s+to|totall?ed|estimated\s+at)"
        r"\s+(?=[^,;]{0,30}?\d)[^,;]{0,40}?"
        r"\b(?:in|during|at\s+the\s+end\s+of)\s+(?:(?:19|20)\d\d|last\s+year)\b"
        # "will convene the commission for the first time since 2015": the year dates the gap
        r"|\bfor\s+the\s+first\s+time\s+(?:since|in)\s+(?:\w+\s+)?(?:(?:19|20)\d\d|years|a\s+decade)\b"
        r"|\bfirst\s+(?:[\w-]+\s+){0,5}?since\s+(?:\w+\s+)?(?:(?:19|20)\d\d|years|a\s+decade)\b",
        re.I,
    )
)
_REL_CLOSED = re.compile(r",\s+(?:which|who)\s[^,;]*,")
_APPOSITIVE_PAST = re.compile(
    r",\s+(?:\w+ly\s+)?(?:[a-z]+ed|built|begun|set\s+up|signed|laid)\s+(?:in|on|during|back\s+in)\s+"
    r"[^,;]{0,30}?\b(?:19|20)\d\d\s*,"
    # ", set up under a cooperation agreement the two governments signed in April 2022,"
    r"|,\s+(?:\w+ly\s+)?(?:[a-z]+ed|set\s+up|built)\s+(?:under|by|as|after|following)\s[^,;]{0,70}?"
    r"\b(?:in|on|during)\s+[^,;]{0,20}?\b(?:19|20)\d\d\s*,"
)
# "the $100 billion investments promised by the Kingdom in 2019": a participle right after a noun, with
# its own past date, describes that noun (a reduced relative clause); it does not date the main verb
_REDUCED_PAST = re.compile(
    r"\b(?P<noun>[a-z]{3,})\s+(?:first\s+|originally\s+|initially\s+)?"
    r"(?:promised|pledged|announced|agreed|signed|committed|proposed|unveiled|approved|allocated|earmarked)"
    r"\s+(?:by\s+[^,;]{1,40}?\s+)?(?:in|on|during|back\s+in)\s+(?:[A-Za-z]+\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d\b"
)
_NOT_A_NOUN = frozenset(
    [
        "was",
        "were",
        "been",
        "being",
        "are",
        "has",
        "have",
        "had",
        "and",
        "but",
        "also",
        "then",
        "who",
        "which",
        "that",
        "jointly",
        "formally",
        "later",
        "they",
        "both",
        "sides",
        "countries",
        "two",
        "nations",
        "governments",
        "ministers",
        "leaders",
    ]
)
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:already\s+|so\s+far\s+|also\s+)?$", re.I)
_SINCE_YEAR = re.compile(r"\bsince\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|previously\s+|earlier\s+|also\s+)?$", re.I)
# "the Ulan Bator Railway, a joint venture of Russian Railways and the government": an apposition that
# describes an existing company, not a joint venture set up.
_JV_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?$", re.I)
_JV_OF = re.compile(r"\s+(?:of|between|owned\s+by|formed\s+by)\b", re.I)
# "according to a joint declaration": the source of the report, not an instrument of this row.
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|citing|quoted\s+in|cited\s+in)\s+(?:the\s+)?$", re.I)
_AFTER_PAST = re.compile(r"\b(?:years?|months?|decades?)\s+(?:after|since)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "a trade-finance facility of 4 billion pesos": a figure that sizes a lending instrument is never a trade volume
_FACILITY_OF = re.compile(
    r"\b(?:facility|credit\s+lines?|lines?\s+of\s+credit|loans?|grants?|package|fund)\s+(?:of|worth|totall?ing)\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|some\s+)?$",
    re.I,
)
_JV_ROLE = re.compile(
    r"joint[- ]venture\s+(?:developer|operator|partner|company|firm)\s+(?:of|for|behind)\b", re.I
)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been|are\s+to\s+be|will\s+be)\s+(?:(?:also|formally|duly)\s+)?"
    r"(?:signed|inked|exchanged|concluded)\b"
    r"|\s+(?:is|are|remains?)\s+(?:still\s+|currently\s+|now\s+)?(?:under\s+negotiation|being\s+negotiated)\b",
    re.I,
)
# "X, which has not met since 2018, will be revived": a cue in a relative clause right after the trigger
# describes the thing, not the undertaking
_REL_AFTER = re.compile(
    r"(?:\s*\b(?:between|of|with)\s[^,;]{0,80}?)?(?:\s*,\s+(?:which|who)\s[^,;]*,"
    # "X, set up under an agreement signed in 2022, held its first meeting": a participle appositive
    r"|\s*,\s+(?:\w+ly\s+)?(?:[a-z]+ed|set\s+up|built)\s+(?:under|by|in|on|as|after|following)\s[^,;]*,)"
)
_WHEN_PAST = re.compile(
    r"\W*(?:when|after|since|before|ever\s+since|until)\b[^,;]{0,160}?\b(?P<year>(?:19|20)\d\d)\b[^,;]*,",
    re.I,
)
_AGREED_THAT = re.compile(
    r"\b(?:agreed|decided|resolved|stipulated|undertook|committed|concurred|concluded)(?:\s+(?:at|during|in|on)\s+[^,;]{0,40}?)?"
    r"\s+that\b(?=[^,;]*$)",
    re.I,
)
_UNDER_BEFORE = re.compile(r"\b(?:under|within|pursuant\s+to)\s+$", re.I)
# "under a 2022 bilateral agreement", "a 2019 protocol": an instrument dated by a past year is recalled.
_DATED_INSTRUMENT = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b(?:\s+[\w-]+){0,3}\s*$")
# "renegotiating their 1975 Border Crossing Agreement": the old instrument's year dates what is revised
_REVISES = re.compile(
    r"(?:renegotiat|renew|revis|amend|extend|extension|prolong|upgrad|updat|moderni[sz]|review)", re.I
)


# A stall word used as a bare participle after a noun, with a time after it ("an agreement shelved in
# 2016", "the project, postponed since 2019,"): it dates the thing's past. With an auxiliary before it
# ("talks were shelved in 2016") it states the stall.
_PARTICIPLE_STALLS = frozenset({"shelved", "postponed", "scrapped", "cancelled", "canceled"})
_AUX_BEFORE = re.compile(
    r"\b(?:was|were|is|are|be|been|being|has|have|had|got|get|gets|remain(?:s|ed)?|stay(?:s|ed)?)\s+(?:\w+ly\s+)?$",
    re.I,
)
_TIME_AFTER = re.compile(
    r"\s+(?:in|since|during|after|before|last|earlier|(?:\w+\s+)?(?:years?|months?|decades?)\s+ago)\b", re.I
)
_DECIDED_AT = re.compile(r"\b(?:agreed|decided|resolved|announced|noted|reached)\s+at\s+(?:the\s+)?$", re.I)
_AT_VENUE = re.compile(r"\b(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of)\s+(?:the\s+)?$", re.I)
# A relative clause about a body's past or inactivity ("which has not met since 2018", "which last met in 2015")
_NOT_NOW = re.compile(r"\b(?:not|never|since|last\s+met|(?:19|20)\d\d|years?\s+ago|had)\b", re.I)
# A figure dated by a participle right after it: "US$ 27 million agreed in 2004"
_DATED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+(?:was|were)\s+)?(?:agreed|signed|announced|extended|approved|granted|pledged|committed|disbursed)"
    r"\s+(?:in|on|back\s+in)\s+[^,;.]{0,20}?\b(?P<year>(?:19|20)\d\d)\b"
)
# A promise dated in a past year frames what follows as history.
_DATED_FRAME = re.compile(
    r"\b(?:announcement|pledge|promise|commitment|undertaking)\s+(?:made\s+)?in\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)"
    r"\s+(?:that|to)\b",
    re.I,
)
# "agreed to complete before the end of next year the reconstruction": a verb, the deadline, then the thing
_DEADLINE_WORD = re.compile(r"(?:by|before|within|until|no\s+later\s+than|not\s+later\s+than)\b", re.I)
_VERB_THEN_DATE = re.compile(
    r"\bto\s+(?:complete|finish|build|open|launch|start|begin|finali[sz]e|sign)\s+$", re.I
)
# "recalled its 2014 proposal": a cue that is a noun, dated by a past year before it, is an old undertaking
_NOUN_CUE_WORD = re.compile(r"(?:proposals?|decisions?|commitments?|pledges?|offers?|plans?)$", re.I)
_DATED_NOUN = re.compile(r"\b(?:its|their|his|her|the|a)\s+(?P<year>(?:19|20)\d\d)\s+$", re.I)
# "under Kenya's Vision 2030, the sides agreed ...": a national plan named as the frame, not as the subject
_FRAME_BEFORE = re.compile(
    r"\b(?:under|in\s+line\s+with|as\s+part\s+of|within|through|for|of)\s+(?:the\s+)?[\w\s]{0,12}$", re.I
)
# "..., an official said, adding that a study had not yet been commissioned": a further fact, not a stall
_ADDING = re.compile(r",\s+adding\s+that\b", re.I)
# "an agreement under which A and B will form a joint venture"
_UNDER_WHICH = re.compile(r"\s*,?\s+(?:under\s+which|whereby|by\s+which)\b", re.I)
# "Under the MoU on payment systems, the banks agreed to ...": an opening frame
_UNDER_OPENER = re.compile(r"\W*(?:Under|Within|As\s+part\s+of|In\s+line\s+with)\s", re.I)
# A contents box: "IN THIS ISSUE" (or "Inside", "Contents") and the lines under it up to a blank line
_CONTENTS_BOX = re.compile(
    r"(?im)^[ \t]*(?:in\s+this\s+(?:issue|edition)|inside\s+this\s+(?:issue|edition)|inside|contents|"
    r"table\s+of\s+contents)[ \t]*:?[ \t]*\n((?:[ \t]*\S[^\n]*\n)+)"
)
_WHICH = re.compile(r",\s+(?:which|where|whose)\s")
# A route described after a project: the places after it are its waypoints
_ROUTE_ON = re.compile(
    r"\b(?:linking|connecting|via|through|across|by\s+(?:rail|road|sea|ferry|truck|barge)\s+(?:to|through|via))\b",
    re.I,
)
_WAYPOINT_HOW = frozenset(["demonym", "capital", "city"])
# "The joint investment company the two governments set up in 2022 with $500 million": a thing founded
# in a past year is what exists, not what is promised (checked against the article's year)
_FOUNDED_AFTER = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:[\w-]+\s+){0,3}?(?:set\s+up|established|created|founded|formed)\s+in\s+"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
_FOUNDED_WITH = re.compile(
    r"\b(?:set\s+up|established|created|founded|formed)\s+in\s+(?P<year>(?:19|20)\d\d)\s+(?:with|on)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TO_BEFORE = re.compile(r"\b(?:to|through|via|into|towards)\s+(?:the\s+)?$", re.I)


def _onward(s: str, which: int, at: int) -> bool:
    """True when the country at `at` is where a thing described by the relative clause opening at `which`
    goes on to ("..., which is to be extended to Kenya", "which will link Iran, through Iraq, to Syria")."""
    return which < at and bool(_TO_BEFORE.search(s, which, at))


# A parliamentary written question ("To ask the Secretary of State for Trade, when ..."): a question
_WRITTEN_QUESTION = re.compile(r"(?:\W{0,3}\w+\W{1,3})?To\s+ask\s+(?:the|Her|His|Their)\s")
# A session dated by its own participle: ", held in Paris in 2015,"
_HELD_PAST = re.compile(
    r"(?:\s+of\s[^,;]{0,60}?)?,\s+(?:which\s+was\s+)?(?:held|convened)\s+(?:in|on|at)\s[^,;]{0,40}?\b(?P<year>(?:19|20)\d\d)\b"
)
_WHERE_HAD = re.compile(r"\b(?:where|when)\s+(?:[\w-]+\s+){1,4}?had\s+(?:already\s+|also\s+)?$", re.I)
# A clause that opens with a past year ("In 2012, ...", "Back in March 2015 ...")
_YEARS_AFTER = re.compile(
    r"\W*(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|many)\s+years\s+after\b", re.I
)
_FRONTED_YEAR = re.compile(
    r"\W*(?:in|back\s+in|as\s+early\s+as|as\s+far\s+back\s+as)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# "AMMAN, March 16 (Reuters) -": a wire dateline with its agency
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40},?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})[^()\n]{0,20}\([^)\n]{2,40}\)\s*[-–—]"
)
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[*•–-][ \t]*$")
# A reason clause after the trigger: a negation in it explains; it does not undo the undertaking.
_REASON = re.compile(r"\b(?:because|since\s+(?:it|they|the)|on\s+condition\s+of\s+anonymity)\b", re.I)
_PREP_RELATIVE = re.compile(r",\s+(?:for|in|under|of|by|with|through)\s+(?:which|whom)\s", re.I)


# "Belarus and Equatorial Guinea may set up a joint venture": a possibility the parties hold out is a
# proposal (status.toml's modal proposed cue), unless a commentator is the one saying so
_MODAL_CUE = re.compile(r"(?:could|may|might)\b", re.I)
_COMMENTATOR = re.compile(r"\b(?:analysts?|experts?|observers?|economists?|commentators?|critics?)\b", re.I)


_FORECAST = re.compile(
    r"\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|projected|estimated|calculated)\s+(?:that\s+)?[^;:]*?\bwill\s+"
    r"(?:(?:likely|probably|easily)\s+)?(?:reach|exceed|hit|top|surpass|grow|rise|climb|amount)\b",
    re.I,
)
_SHOULD_GOAL = re.compile(
    r"\b(?:should|could)\s+(?:(?:further|easily|soon|also)\s+)?(?:reach|exceed|top|hit|surpass|cross|double|triple|"
    r"(?:rise|grow|increase|climb)\s+to|be\s+(?:raised|increased|brought|doubled|tripled|taken)\s+to)\s+"
    r"(?:(?:about|around|some|over|at\s+least)\s+)?$",
    re.I,
)
_ATTRIBUTION = re.compile(
    r"\baccording\s+to\s+(?-i:[A-Z])|\b(?:said|says|stated|noted|told|added|stressed|emphasi[sz]ed)\b", re.I
)


def _official_says(s: str) -> bool:
    """The sentence is attributed to someone, and not to an analyst or other commentator."""
    return bool(_ATTRIBUTION.search(s)) and not _COMMENTATOR.search(s)


# "need to guide business to reach the target of USD 30 billion trade": the modal governs reaching a
# target the parties already hold, which is itself agreed
_SET_TARGET_OF = re.compile(
    r"\b(?:the|their|its|our)\s+(?:(?:agreed|set|stated|declared|ambitious|bilateral|trade|investment)\s+)?"
    r"(?:target|goal|objective)s?\s+of\s+(?:[^,;.]{0,60}?\s+and\s+)?(?:(?:about|around|some|over|at\s+least)\s+)?$",
    re.I,
)


def _modal(s: str, start: int, end: int, clause: tuple[int, int]) -> bool:
    b = blockers()
    for m in b.modal.finditer(s, clause[0], clause[1]):
        if _AGREED_THAT.search(s, clause[0], m.start()) or _AGREED_THAT.search(s, 0, min(start, m.start())):
            continue  # "agreed that the road should be tarmacked": what was agreed, not a hedge
        if m.start() < start:
            return True
        if m.start() >= end and (not _RELATIVE.search(s, end, m.start()) or _OPINION.match(m.group(0))):
            return True  # "A business council that meets twice a year would also help.": the opinion is the main verb
    return False


_OPINION = re.compile(r"would\s+(?:also\s+)?(?:help|do|mean|achieve)\b", re.I)


def _descriptive(s: str, start: int, clause: tuple[int, int], cue: Cue | None) -> bool:
    """The trigger is only the object of a describing verb after its governing cue."""
    if cue and cue.start <= start < cue.end:
        lo = cue.start  # a cue spanning the trigger ("the first passenger train ... left") governs it
    else:
        lo = max(clause[0], cue.end if cue and cue.end <= start else clause[0])
    # searched past the trigger so a look-ahead sees it ("the first through passenger train")
    m = blockers().descriptive.search(s, lo, min(len(s), start + 40))
    return m is not None and m.start() < start


def _money_in(money: list[Money], s0: int, s1: int) -> list[Money]:
    return [m for m in money if s0 <= m.start and m.end <= s1]


# "... twenty billion New Zealand dollars by 2025. That's roughly thirteen billion US dollars.": the
# next sentence states the figure's US-dollar equivalent
_EQUIVALENT_NEXT = re.compile(
    r"\W{0,3}(?:That|This)(?:['’]s|\s+is|\s+would\s+be|\s+comes\s+to)\s+(?:roughly|about|around|some|approximately|"
    r"nearly|almost|close\s+to|just\s+(?:over|under))?\s*$"
)


def _usd_equivalent_next(sentences: list[Sentence], i: int, money: list[Money]) -> float | None:
    """The US-dollar figure a short next sentence gives as this sentence's figure's equivalent."""
    if i + 1 >= len(sentences):
        return None
    nxt = sentences[i + 1]
    found = _money_in(money, nxt.start, nxt.end)
    if len(found) != 1 or found[0].currency != "USD" or not found[0].amount_usd:
        return None
    if not _EQUIVALENT_NEXT.fullmatch(nxt.text, 0, found[0].start - nxt.start):
        return None
    return found[0].amount_usd


def _rel_hits(bucket: list[CountryHit], s0: int) -> list[CountryHit]:
    """One sentence's hits (its bucket from _hits_by_sentence), made relative to its start `s0`."""
    return [CountryHit(h.code, h.start - s0, h.end - s0, h.surface, h.how) for h in bucket]


def _hits_by_sentence(sentences: list[Sentence], hits: list[CountryHit]) -> list[list[CountryHit]]:
    """For each sentence, the hits that start inside it, in the order of `hits`.

    Computed once per article: the row finder looks at the hits of a sentence and of up to
    three before it, and filtering the whole article's hits each time cost more than the
    filters themselves. Hits come sorted by start (find_countries), so a bisection finds each
    sentence's slice; unsorted hits fall back to filtering, with the same result.
    """
    starts = [h.start for h in hits]
    if starts == sorted(starts):
        return [hits[bisect_left(starts, x.start) : bisect_left(starts, x.end)] for x in sentences]
    return [[h for h in hits if x.start <= h.start < x.end] for x in sentences]


def _deadline_after(deadlines: list, pos: int, stop: int | None = None) -> str | None:
    """The first of a sentence's deadlines in [pos, stop)."""
    for d in deadlines:
        if d.start >= pos and (stop is None or d.start < stop):
            return d.value
    return None


# "agreed to double bilateral trade within three years, from $2.7 billion to $6 billion", "to raise trade
# by 2030 to $5 billion": the deadline stands between the growth verb and the figure it ends at
_GROW_VERB = re.compile(
    r"\s*(?:to\s+)?(?:[\w-]+\s+){0,3}?(?:double|triple|quadruple|raise|increase|boost|lift|take|push|expand|grow|"
    r"enhance|bring|scale\s+up)\b[^.;:]{0,80}$",
    re.I,
)
_THEN_FIGURE = re.compile(
    r"\s*,?\s*(?:from\s+[^,;]{0,60}?\s+)?to\s+(?:about\s+|around\s+|over\s+|nearly\s+|some\s+|at\s+least\s+|"
    r"more\s+than\s+)?",
    re.I,
)


def _deadline_before_figure(s: str, deadlines: list, cue: Cue | None, start: int) -> str | None:
    """A forward deadline ("by", "within", "until") between a target's growth verb and its figure."""
    if cue is None:
        return None
    for d in reversed(deadlines):
        if (
            cue.end <= d.start
            and d.end <= start
            and _DEADLINE_WORD.match(d.surface)
            and _GROW_VERB.match(s, cue.end, d.start)
            and _THEN_FIGURE.fullmatch(s, d.end, start)
        ):
            return d.value
    return None


def _actors(s: str) -> list[Actor]:
    if _find_actors is None:
        return []
    try:
        return [a for a, _, _ in _find_actors(s)]
    except Exception:  # noqa: BLE001 - actors are a nicety; never lose the row for them
        return []


# A cheap gate: a sentence that names an official with a role contains one of these words.
_ROLE_CUE = re.compile(
    r"Minister|Secretary|Ambassador|President|Chair|Governor|Director|Envoy|Assistant|Adviser|Advisor|Chief|"
    r"Commissioner|Deputy|Head|Premier|Chancellor|Consul|Speaker|Mayor|Officer|Prince|King|Emir|Sheikh|Sultan"
)


def _roster(sentences: list[Sentence], body: list[int]) -> list[Actor]:
    """The article's officials with their roles as first written ("Special Assistant to the Prime
    Minister on Industries and Production Haroon Akhtar Khan"), spelling variants merged. A commitment
    sentence usually names them by name or surname only ("Khan emphasised ...")."""
    if _find_actors is None or _merge_actors is None:
        return []
    found: list[Actor] = []
    for i in body:
        s = sentences[i].text
        if _ROLE_CUE.search(s):
            found.extend(_actors(s))
    try:
        return _merge_actors(found)
    except Exception:  # noqa: BLE001 - actors are a nicety; never lose the rows for them
        return found


def _row_actors(s: str, own: list[Actor], roster: list[Actor]) -> list[Actor]:
    """The sentence's own actors, plus roster people named in it by full name or by a surname no other
    roster person shares; each takes the roster's (fullest) name and role."""
    surnames: dict[str, int] = {}
    for r in roster:
        if r.name.split():
            last = r.name.split()[-1]
            surnames[last] = surnames.get(last, 0) + 1
    out: list[Actor] = []
    for a in own:
        full = next((r for r in roster if r.name == a.name or set(a.name.split()) <= set(r.name.split())), a)
        if all(o.name != full.name for o in out):
            out.append(full)
    for r in roster:
        words = r.name.split()
        if not words or any(o.name == r.name for o in out):
            continue
        last = words[-1]
        if re.search(rf"(?<![\w-]){re.escape(r.name)}(?![\w-])", s) or (
            len(last) >= 3
            and surnames.get(last) == 1
            and last[:1].isupper()
            and re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", s)
        ):
            out.append(r)
    return out


_TRADE_OR_EXPORT = _Scanner(re.compile(r"\b(?:trade|turnover|exports?|exported)\b", re.I))


def _usd_baseline(sentences: list[Sentence], money: list[Money], skip: set[int]) -> float | None:
    """The current trade volume in USD stated in the body (first current-volume figure)."""
    for i, sent in enumerate(sentences):
        if i in skip or sent.heading:
            continue
        s = sent.text
        if not _TRADE_OR_EXPORT.search(s):
            continue
        cands = []
        for m in _money_in(money, sent.start, sent.end):
            if m.currency != "USD" or not m.amount_usd:
                continue
            rs = m.start - sent.start
            kind = _kinds.is_trade_target(s, rs, m.end - sent.start)
            before = s[max(0, rs - 30) : rs].lower()
            if "up from" in before or "down from" in before or "potential" in s[:rs].lower()[-80:]:
                continue
            # exports with no trade verdict count, unless a goal word governs the figure ("Argentina
            # expects its energy exports to reach $30 billion": a goal, not a volume)
            if kind == "baseline" or (
                re.search(r"\bexport\w*\b", s[:rs], re.I) and kind is None and not _kinds.goal_before(s, rs)
            ):
                after = s[m.end - sent.start : m.end - sent.start + 40].lower()
                cands.append(
                    (("at present" in after or "last year" in after or "2024" in after), rs, m.amount_usd)
                )
        if cands:
            if any(c[0] for c in cands):
                cands = [c for c in cands if c[0]] if len(cands) > 1 and any(c[0] for c in cands) else cands
                return cands[-1][2] if len(cands) > 1 else cands[0][2]
            return cands[0][2]
    return None


def _extract(text: str, published: str | None) -> list[Mention]:
    b = blockers()
    sentences = split_sentences(text)
    hits = _drop_datelines(text, sentences, _drop_bloc_members(text, find_countries(text)))
    money = find_money(text)
    ref_year = _ref_year(text, published)

    furniture = {i for i, s in enumerate(sentences) if b.furniture.search(s.text)}
    # questions commit no one; nor does an interviewer's turn
    asked = _interviewer_lines(text) if ":" in text else []
    furniture |= {
        i
        for i, s in enumerate(sentences)
        if s.text.rstrip("\"”’' ").endswith("?")
        or _WRITTEN_QUESTION.match(s.text)
        or any(a <= s.start < b for a, b in asked)
    }
    for box in _CONTENTS_BOX.finditer(text):
        # a newsletter's "IN THIS ISSUE" list teases stories told in full below
        furniture |= {i for i, s in enumerate(sentences) if box.start(1) <= s.start < box.end(1)}
    wire = next((i for i, s in enumerate(sentences) if _WIRE_DATELINE.match(s.text)), None)
    if wire:
        # a wire's summary bullets above its dateline restate the story in headline grammar
        # ("* Joint committee signs five agreements, eyes 15 bln riyal trade")
        furniture |= {
            i
            for i in range(wire)
            if _BULLET_BEFORE.search(text, max(0, sentences[i].start - 4), sentences[i].start)
        }
    body = [i for i, s in enumerate(sentences) if not s.heading and i not in furniture]
    lead_i = next((i for i in body if len(sentences[i].text) > 60), body[0] if body else None)
    heads = [
        (s.start, s.end) for i, s in enumerate(sentences) if s.heading and (lead_i is None or i < lead_i)
    ]
    lead = (sentences[lead_i].start, sentences[lead_i].end) if lead_i is not None else (0, 0)
    skip_spans = [(sentences[i].start, sentences[i].end) for i in furniture]
    art = article_parties(text, hits, lead, heads, skip_spans)
    if len(art.main) < 2:
        return []
    money = _local_money(text, money, art.main)
    baseline = _usd_baseline(sentences, money, furniture)

    roster = _roster(sentences, body)
    by_sent = _hits_by_sentence(sentences, hits)
    rows: list[_Row] = []
    lead_ins = _bullet_lead_ins(sentences)
    for i in body:
        carry: tuple[str, ...] = ()
        carry_signed = False
        lead_cues: list[Cue] = []
        if i in lead_ins:
            k = lead_ins[i]
            if b.negation.search(sentences[k].text) or b.conditional.search(sentences[k].text):
                continue  # "The sides could not agree on:" governs its bullets too
            lead = sentences[k].text.rstrip()
            # only a verb that ends the lead-in governs the bullets ("Both sides agreed to:"), not a
            # noun earlier in it ("Following the talks, the Parties:")
            lead_cues = [c for c in find_cues(lead) if _LEAD_IN_TAIL.fullmatch(lead, c.end)]
            codes = {h.code for h in by_sent[k] if h.how != "project" and h.code not in art.absent}
            carry = tuple(sorted(codes)) if len(codes) >= 2 else ()
        back = _REFERS_BACK.match(sentences[i].text)
        if back:
            prev = [r for r in rows if i - 3 <= r.sentence_index < i]
            if prev:
                last = max(r.sentence_index for r in prev)
                carry = tuple(
                    sorted({c for r in prev if r.sentence_index == last for c in r.mention.countries})
                )
            # "Under one of the pacts, signed in the presence of the leaders, X will set up a JV"
            carry_signed = bool(
                re.match(r"[^.;]{0,40}?,?\s+(?:signed|inked)\b", sentences[i].text[back.end() :])
            )
        rows.extend(
            _sentence_rows(
                text,
                sentences,
                i,
                by_sent,
                money,
                art,
                published,
                ref_year,
                baseline,
                carry,
                carry_signed,
                roster,
                lead_cues,
            )
        )
    return _dedupe(rows, text)


_BETWEEN_OPEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_BETWEEN_AND = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.I)
_BETWEEN_TO = re.compile(
    r"\s+(?:to|at|of|(?:to\s+)?(?:reach|hit|exceed|surpass|top))\s+(?:(?:about|around|over|more\s+than|at\s+least)\s+)?$",
    re.I,
)


_SIGNED_BY = re.compile(
    r"\s+(?:(?:was|were|has\s+been|have\s+been|being|jointly|also)\s+)*(?:signed|inked|concluded|initial(?:l)?ed)"
    r"\s+(?:(?:on|in)\s+[\w ]{1,20}?\s+)?by\s+(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?$",
    re.I,
)
_AGENT_GAP = re.compile(
    r"(?:\s+[\w’'.-]+){0,4}?\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s+)(?:the\s+)?(?:[\w’'.-]+\s+){0,4}?", re.I
)


def _agent_parties(s: str, hits: list[CountryHit], end: int) -> list[str] | None:
    """The countries that sign an instrument in the passive right after it ("an initial agreement
    signed by Argentina and Paraguay", "a memorandum signed by the foreign ministers of A, B and C")."""
    named = sorted(
        (h for h in hits if end < h.start <= end + 160 and h.how != "project"), key=lambda h: h.start
    )
    if len(named) < 2 or not _SIGNED_BY.fullmatch(s, end, named[0].start):
        return None
    got = [named[0]]
    for h in named[1:]:
        if not _AGENT_GAP.fullmatch(s, got[-1].end, h.start):
            break
        got.append(h)
    codes = {h.code for h in got}
    return sorted(codes) if 2 <= len(codes) <= 4 else None


_PLEDGE_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:pledges?|commitments?|investments?|offers?|packages?|loans?|grants?)"
    r"\s+(?:from|by)\s+(?:the\s+)?$",
    re.I,
)
_INVEST_IN = re.compile(r"\s+(?:to\s+(?:be\s+)?invest(?:ed)?\s+)?in(?:to)?\s+(?:the\s+)?", re.I)


def _figure_pair(s: str, hits: list[CountryHit], kind: str, fig: int, fig_end: int) -> list[str] | None:
    """The two sides a figure names itself, or None: "between A and B" right before a trade figure
    ("trade between A and B to $5 billion"); "a pledge from A to invest in B" right after an
    investment figure."""
    named = sorted((h for h in hits if h.how != "project"), key=lambda h: h.start)
    if kind == "trade_target":
        near = [h for h in named if fig - 90 <= h.start < fig]
        for a, b in pairwise(near):
            if (
                a.code != b.code
                and _BETWEEN_OPEN.search(s, max(0, a.start - 15), a.start)
                and _BETWEEN_AND.fullmatch(s, a.end, b.start)
                and _BETWEEN_TO.fullmatch(s, b.end, fig)
            ):
                return sorted((a.code, b.code))
        return None
    near = [h for h in named if fig_end < h.start <= fig_end + 120]
    for a, b in pairwise(near):
        if (
            a.code != b.code
            and _PLEDGE_FROM.fullmatch(s, fig_end, a.start)
            and _INVEST_IN.fullmatch(s, a.end, b.start)
        ):
            return sorted((a.code, b.code))
    return None


def _local_pair(
    sentences: list[Sentence], i: int, by_sent: list[list[CountryHit]], art: ArticleParties, text: str = ""
) -> ArticleParties:
    """The pair "the two ministers" refers to: the main pair, unless the sentence or one of the
    two before it names exactly two parties that differ from it but share one member
    (a paragraph about Pakistan-Iran inside a Pakistan-Uzbekistan article)."""
    if art.trio:
        return art
    for j in range(i, max(-1, i - 3), -1):
        sent = sentences[j]
        if j < i and (sent.heading or "\n\n" in text[sent.end : sentences[j + 1].start]):
            break  # a crosshead or a new paragraph: the pair before it does not carry over
        which = _WHICH.search(sent.text)
        codes = {
            h.code
            for h in by_sent[j]
            if h.how not in ("project",)
            and not is_route_end(h)
            and h.code not in art.absent
            and not (
                which and _onward(sent.text, which.start(), h.start - sent.start) and h.code not in art.main
            )
            and not is_excluded(
                sentences[j].text,
                CountryHit(h.code, h.start - sent.start, h.end - sent.start, h.surface, h.how),
            )
        }
        if len(codes) == 2:
            if codes != set(art.main) and codes & set(art.main):
                return ArticleParties(tuple(sorted(codes)), (), art.absent)
            return art
    return art


# Words that make a body two-sided whatever country names it ("the Korea-Chile FTA Joint Committee").
_TWO_SIDED = re.compile(
    r"\b(?:joint|bilateral|trilateral|intergovernmental|inter-governmental|bi-?national|mixed)\b", re.I
)


_PROMOTION_BODY = re.compile(
    r"\b(?:Export|Exports|Trade|Investment|Tourism)\s+(?:Promotion|Development)\s+(?:Council|Board|Agency|Bureau|Organi[sz]ation)\b",
    re.I,
)
_OF_ONE = re.compile(r"\s+of\s+(?:the\s+)?")
_AND_ANOTHER = re.compile(r"\s*(?:and|&|-|–|,)\s*(?:the\s+)?[A-Z]")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:own\s+|state(?:-owned)?\s+|national\s+)?")


def _domestic_body(s: str, t: _kinds.Trigger, hits: list[CountryHit], s0: int) -> bool:
    """A body named after one country and nothing two-sided ("the Chilean Copper Commission
    (Cochilco)", "the Moroccan Phosphate Commission") is that country's own agency, not a joint body."""
    inside = [
        h
        for h in hits
        if t.start <= h.start - s0 < t.end and h.how in ("name", "demonym", "alias", "compound")
    ]
    if _TWO_SIDED.search(t.name):
        return False
    if _PROMOTION_BODY.search(t.name):
        return True  # "the Engineering Export Promotion Council": one country's promotion agency
    if not inside:
        # "Mexico's Federal Electricity Commission": a body owned by one country is its own agency
        own = [h for h in hits if h.how in ("name", "alias") and h.end - s0 <= t.start]
        if own and _POSSESSIVE_GAP.fullmatch(s, own[-1].end - s0, t.start):
            return True
        # "the Vice Premier of the State Council of China": one country's body named "of" it
        of = _OF_ONE.match(s, t.end)
        after = [h for h in hits if h.how in ("name", "alias") and of and h.start - s0 == of.end()]
        return bool(after) and not _AND_ANOTHER.match(s, after[0].end - s0)
    if _POSSESSIVE_GAP.match(s, max(h.end - s0 for h in inside)):
        return True  # "... and Mexico's Federal Electricity Commission": one country's own body
    if len({h.code for h in inside}) != 1:
        return False
    first = min(h.start - s0 for h in inside)
    return s[t.start : first].strip(" ,").lower() in ("", "the")  # the name opens with the country


def _recent_three(
    sentences: list[Sentence], i: int, by_sent: list[list[CountryHit]], absent: frozenset[str]
) -> tuple[str, ...]:
    """The latest set of three or more parties named together, for "the three countries"."""
    for j in range(i, max(-1, i - 4), -1):
        codes = {
            h.code
            for h in by_sent[j]
            if h.how not in ("project", "bloc", "institution")
            and not is_route_end(h)
            and h.code not in absent
            and not (
                h.how in ("capital", "city")
                and _VENUE.search(sentences[j].text, 0, h.start - sentences[j].start)
            )
        }
        if len(codes) >= 3:
            return tuple(sorted(codes))
    return ()


# A figure named as an earlier pledge ("its recently pledged $2.2 billion investment"), and a running
# total after an addition ("taking the investment volume to $2.8 billion"): neither is this news's pledge.
_EARLIER_PLEDGE = re.compile(
    r"\b(?:recently|previously|earlier|already|originally)\s+(?:pledged|committed|promised|announced|agreed)\s+"
    r"(?:(?:about|around|some|nearly)\s+)?$",
    re.I,
)
_RUNNING_TOTAL = re.compile(
    r"\b(?:taking|bringing|raising|lifting)\s+(?:the\s+|its\s+|their\s+)?(?:total|overall|cumulative|investments?|"
    r"volume|figure|tally|sum|package)\b[\w\s]{0,25}?\s+to\s+(?:(?:about|around|nearly|some|over)\s+)?$",
    re.I,
)


# What was agreed is how much something matters ("agreed on the strategic importance of Jamaica in joint
# ventures for agro-parks"): the guide's generic praise, not an undertaking
_IMPORTANCE_OF = re.compile(
    r"\s+(?:on|upon)\s+the\s+(?:\w+\s+){0,2}?(?:importance|significance|relevance|value)\s+of\b[^.;]{0,80}$",
    re.I,
)


_LOAN_INSTRUMENT = re.compile(
    r"\b(?:loan|credit|financing|grant)\s+(?:agreements?|deals?|contracts?|accords?)\b", re.I
)


def _two_acts(a: dict, b: dict) -> bool:
    """Two instruments of one sentence that are two acts: different stages under different verbs
    ("signed an agreement opening their markets ... and resolved to conclude free trade negotiations")."""
    ca, cb = a["cue"], b["cue"]
    return ca is not None and cb is not None and ca.start != cb.start and a["status"] != b["status"]


def _sentence_rows(
    text,
    sentences,
    i,
    by_sent,
    money,
    art: ArticleParties,
    published,
    ref_year,
    baseline,
    carry=(),
    carry_signed=False,
    roster=(),
    lead_cues=(),
) -> list[_Row]:
    b = blockers()
    sent = sentences[i]
    s = sent.text
    s0 = sent.start
    if b.conditional.search(s):
        return []
    triggers = _kinds.find_triggers(s)
    if triggers:
        # "Gulf Cooperation Council" is a bloc, not a joint body the parties set up.
        blocs = [(h.start - s0, h.end - s0) for h in by_sent[i] if h.how in ("bloc", "institution")]
        triggers = [
            t
            for t in triggers
            if not (t.kind == "working_group" and any(t.start <= a and b <= t.end for a, b in blocs))
            and not (t.kind == "working_group" and _domestic_body(s, t, by_sent[i], s0))
        ]
    s_money = _money_in(money, s0, sent.end)
    if not triggers and not s_money:
        return []
    cues = find_cues(s)
    if not cues and lead_cues:
        # a bullet without a verb of its own ("* to set up a joint venture for cement") takes the
        # lead-in's last cue ("Both sides agreed to:"), placed before everything in the bullet
        last = lead_cues[-1]
        cues = [Cue(last.stage, 0, 0, last.surface)]
    if (
        not cues
        and not any(t.kind == "working_group" and t.info.get("session") for t in triggers)
        and not any(_SHOULD_GOAL.search(s, max(0, m.start - s0 - 60), m.start - s0) for m in s_money)
    ):
        return []
    rel_hits = _rel_hits(by_sent[i], s0)
    first_cue = cues[0].start if cues else 0
    three = _recent_three(sentences, i, by_sent, art.absent)
    local = _local_pair(sentences, i, by_sent, art, text)
    three_cue = THREE.search(s) if not three and local.main != art.main else None
    if three_cue and "-" not in three_cue.group(0):
        # "The three Heads of Government" after a paragraph on the pair and a sentence naming the third
        # ("... a trilateral meeting with the Prime Minister of Trinidad and Tobago"): the pair and the third
        both = set(art.main) | set(local.main)
        if len(both) == 3:
            three = tuple(sorted(both))

    # Money figures: trade targets and investment targets.
    money_rows: list[tuple[str, Money, int, int]] = []
    # "Trade reached $600 million last year. They agreed to double that figure to $1.2 billion": the
    # figure refers back to the previous sentence's trade; read it as if "trade" stood in its place.
    refer = _REFER_FIGURE.search(s)
    s_kind = s
    if refer and i > 0 and _TRADE_WORD.search(sentences[i - 1].text) and not _TRADE_WORD.search(s):
        size = len(refer.group(0))
        word = "lift trade" if refer.group(0).endswith(" it") and size >= 10 else "trade"
        if refer.group(0).lower().endswith(("target", "goal")):
            word = "trade goal"  # keep the goal word: the figure is a target, not a volume
        s_kind = s[: refer.start()] + word.ljust(size) + s[refer.end() :]
    for m in s_money:
        rs, re_ = m.start - s0, m.end - s0
        tt = _kinds.is_trade_target(s_kind, rs, re_)
        if tt == "target":
            money_rows.append(("trade_target", m, rs, re_))
        elif (tt is None or _FACILITY_OF.search(s, max(0, rs - 40), rs)) and _kinds.is_investment(s, rs, re_):
            money_rows.append(("investment_target", m, rs, re_))

    # Candidate rows: (kind, start, end, status, cue, trigger or money)
    cands: list[dict] = []
    for kind, m, rs, re_ in money_rows:
        if _NATIONAL_PLAN.search(s, 0, rs) or (kind == "investment_target" and _OWN_AFTER.match(s, re_)):
            continue
        if _EARLIER_PLEDGE.search(s, max(0, rs - 50), rs):
            continue  # "adding another $600 million to its recently pledged $2.2 billion": the old pledge
        if (
            kind == "investment_target"
            and _RUNNING_TOTAL.search(s, max(0, rs - 70), rs)
            and any(x[2] < rs for x in money_rows)
        ):
            continue  # "to add $600 million, taking the investment volume to $2.8 billion": the sum
        if _before_ref(_DATED_FRAME.search(s, 0, rs), ref_year):
            continue  # "An announcement in 2023 that investors would put $1bn into hotels": a past promise
        if _before_ref(_DATED_AFTER.match(s, re_) or _FOUNDED_WITH.search(s, max(0, rs - 80), rs), ref_year):
            continue  # "in addition to the line of credit of US$ 27 million agreed in 2004": an earlier one
        if (
            kind == "investment_target"
            and _ATTRACT_BEFORE.search(s[max(0, rs - 60) : rs])
            and _FDI_AFTER.search(s[re_ : re_ + 40])
        ):
            continue
        got = pick_status(cues, kind, rs, re_)
        official = False
        if not got and _SHOULD_GOAL.search(s, max(0, rs - 60), rs) and _official_says(s):
            # "according to Mr. Mamin, this figure should reach $1 billion in 2020": a goal an official
            # holds out is proposed (COMMITMENTS.md: "should" by an official)
            got, official = ("proposed", None), True
        if not got:
            continue
        status, cue = got
        cands.append(
            {
                "kind": kind,
                "start": rs,
                "end": re_,
                "status": status,
                "cue": cue,
                "money": m,
                "name": None,
                "official": official,
            }
        )
    for t in triggers:
        rel = _REL_AFTER.match(s, t.end)
        t_cues = [c for c in cues if not (rel and rel.start() <= c.start < rel.end())] if rel else cues
        if rel and t.kind == "working_group" and not _NOT_NOW.search(s, rel.start(), rel.end()):
            # "the Joint Commission, which met in Maputo last week, agreed ...": that meeting is the news
            t_cues = [c for c in cues if c.stage == "met" or not rel.start() <= c.start < rel.end()]
        got = (
            _wg_status(t, t_cues)
            if t.kind == "working_group"
            else pick_status(t_cues, t.kind, t.start, t.end)
        )
        if t.info.get("framed"):
            # "the following documents were signed": the verb right after governs the list
            passive = _PASSIVE_AFTER.match(s, t.end)
            if passive:
                got = _status_within(cues, t.kind, passive.start(), passive.end()) or got
            if not got:  # "The agreement on the railway was inked": the verb is inside the phrase
                got = _status_within(cues, t.kind, t.start, t.end)
        if not got:
            continue
        status, cue = got
        cands.append(
            {
                "kind": t.kind,
                "start": t.start,
                "end": t.end,
                "status": status,
                "cue": cue,
                "trigger": t,
                "name": t.name,
            }
        )
    if not cands:
        return []

    kept = []
    for c in cands:
        clause = _clause(s, c["start"])
        c["clause"] = clause
        if _negated(s, c["start"], c["end"]):
            continue
        if (
            _modal(s, c["start"], c["end"], clause)
            and not (
                c["cue"] is not None and _MODAL_CUE.match(c["cue"].surface) and not _COMMENTATOR.search(s)
            )
            and not c.get("official")
            and not ("money" in c and _SET_TARGET_OF.search(s, max(0, c["start"] - 120), c["start"]))
        ):
            continue
        if c["cue"] is not None and _is_history(s, c["cue"], clause, ref_year, c["end"]):
            continue
        if "money" in c and _FORECAST.search(s, max(0, c["start"] - 150), c["start"]):
            continue  # "We predicted that trade will reach $4 billion": a forecast of a volume, not a goal
        if _LENDER_OWN.search(s, clause[0], c["start"]):
            continue
        held = _HELD_PAST.match(s, c["end"]) if c["cue"] is None and c["kind"] == "working_group" else None
        if _before_ref(held, ref_year):
            continue  # "The 13th High-Level Meeting, held in Paris in 2015, produced ...": a past session
        if "trigger" in c and _before_ref(_FOUNDED_AFTER.match(s, c["end"]), ref_year):
            continue  # "the joint company the two governments set up in 2022 has approved ...": it exists
        when = _WHEN_PAST.match(s)
        if when and c["start"] < when.end() and _before_ref(when, ref_year):
            continue  # "When the bridge opened in May 2021, officials promised ...": told as the past
        cue = c["cue"]
        if cue is not None and _OWN_GOAL.search(s, max(0, cue.start - 40), cue.end):
            continue  # "Pakistan's goal of becoming a logistics hub": one party's own aim
        if (
            cue is not None
            and _NOUN_CUE_WORD.match(cue.surface)
            and _before_ref(_DATED_NOUN.search(s, max(0, cue.start - 20), cue.start), ref_year)
        ):
            continue  # "recalled its 2014 proposal for a shipping service": an old offer, not this one
        if "trigger" in c and cue is not None:
            plan = _NATIONAL_PLAN.search(s, clause[0], cue.start)
            if plan and not _FRAME_BEFORE.search(s, max(0, plan.start() - 40), plan.start()):
                continue  # "Albania's national transport strategy foresees modernising the line": one side's plan
        t = c.get("trigger")
        if t is not None and t.kind == "project":
            if t.info.get("location") or _OWN_PART.search(s, max(0, c["start"] - 40), c["start"]):
                continue
            if _descriptive(s, c["start"], clause, c["cue"]):
                continue
        if t is not None and t.kind == "agreement" and t.info.get("body"):
            continue
        if (
            t is not None
            and t.kind == "working_group"
            and _DECIDED_AT.search(s, max(0, t.start - 40), t.start)
        ):
            continue  # "agreed at the JCM that trade should reach ...": the body is where it was decided
        if t is not None and t.kind == "agreement":
            if _SOURCE_BEFORE.search(s, max(0, t.start - 30), t.start):
                continue
            if _UNDER_BEFORE.search(s, max(0, t.start - 12), t.start) and not t.info.get("count"):
                continue  # "flights will begin under an expanded air services arrangement": the frame
            dated = _DATED_INSTRUMENT.search(t.name[: -len(t.name.split()[-1])] if " " in t.name else "")
            if _before_ref(dated, ref_year) and not _REVISES.match(t.name):
                continue
        if (
            t is not None
            and t.kind == "joint_venture"
            and _JV_APPOSITION.search(s, max(0, t.start - 30), t.start)
            and _JV_OF.match(s, t.end)
        ):
            continue
        if t is not None and t.kind == "joint_venture" and _JV_ROLE.match(s, t.start):
            continue  # "The joint venture developer of the parks, A and B": an existing company by its role
        if cue is not None and cue.end <= c["start"] and _IMPORTANCE_OF.match(s, cue.end, c["start"]):
            continue  # "agreed on the strategic importance of Jamaica in joint ventures": praise, not a pledge
        kept.append(c)
    if not kept:
        return []

    # "signed a loan agreement amounting to 1.4 billion USD": the loan is the row (an investment target at
    # the instrument's stage), not a second, agreement row
    for c in list(kept):
        t = c.get("trigger")
        if t is None or t.kind != "agreement" or not _LOAN_INSTRUMENT.search(t.name or ""):
            continue
        loan = next(
            (
                o
                for o in kept
                if o["kind"] == "investment_target"
                and 0 <= o["start"] - c["end"] <= 40
                and o["clause"] == c["clause"]
            ),
            None,
        )
        if loan is not None:
            kept.remove(c)
            if c["status"] == "signed":
                loan["status"] = "signed"

    # Suppress objects of another row in the same clause.
    final = []
    for c in kept:
        if c["kind"] == "project":
            about = _INSTRUMENT_ABOUT.search(s, c["clause"][0], c["start"])
            if about and _kinds.REACHED_BEFORE.search(s, max(0, about.start() - 20), about.start()):
                about = None  # "reached an agreement to launch a direct flight": agreeing, not an instrument
            if about and not (
                # "Under the MoU on payment systems, the banks agreed to link ...": the frame, not the object
                _UNDER_OPENER.match(s, c["clause"][0]) and "," in s[about.end() : c["start"]]
            ):
                continue
            owner = [
                o
                for o in kept
                if o is not c
                and o["kind"] in ("joint_venture", "agreement", "investment_target", "working_group")
                and o["clause"] == c["clause"]
                and o["start"] < c["start"]
                # "an arrangement reached at the JCM, a container service will ...": a body named as the
                # venue of the decision owns nothing
                and not (
                    o["kind"] == "working_group" and _AT_VENUE.search(s, max(0, o["start"] - 30), o["start"])
                )
            ]
            if owner:
                continue
        if c["kind"] == "agreement":
            jv = [
                o
                for o in kept
                if o["kind"] == "joint_venture"
                and o["clause"] == c["clause"]
                and o["start"] > c["start"]
                and o["start"] - c["end"] < 40
            ]
            if jv:
                continue
            under = _UNDER_WHICH.match(s, c["end"])
            jv = [o for o in kept if o["kind"] == "joint_venture" and under and o["start"] > under.end()]
            if jv:
                # "an agreement under which A and B will form a joint venture": the instrument of the JV
                if c["status"] == "signed":
                    jv[0]["status"] = "signed"
                continue
        final.append(c)

    # Merge: one agreement row and one joint-venture row per sentence, one project per clause.
    merged: list[dict] = []
    for c in final:
        if c["kind"] in ("agreement", "joint_venture"):
            prev = next((m for m in merged if m["kind"] == c["kind"]), None)
            if prev and not _two_acts(prev, c):
                prev.setdefault("extra", []).append(c)
                continue
        if c["kind"] == "project":
            prev = next((m for m in merged if m["kind"] == "project" and m["clause"] == c["clause"]), None)
            if prev:
                prev.setdefault("extra", []).append(c)
                continue
        merged.append(c)

    # Sector windows end where another row's trigger starts.
    starts = sorted(c["start"] for c in merged)
    deadlines = find_deadlines(s, published) if merged else []  # read once, for every row of the sentence
    out: list[_Row] = []
    for c in merged:
        kind = c["kind"]
        nxt = next((x for x in starts if x > c["start"]), len(s))
        clause = c["clause"]
        row_hits = rel_hits
        later = _WHICH.search(s, c["end"], clause[1])
        if later:
            # "... an interconnector, which is eventually to be extended to Kenya": a third country in a
            # relative clause describes the thing; it is no party to this undertaking
            row_hits = [
                h
                for h in rel_hits
                if not (
                    h.start < clause[1] and _onward(s, later.start(), h.start) and h.code not in local.main
                )
            ]
        route = _ROUTE_ON.search(s, c["end"], clause[1]) if kind == "project" else None
        if route:
            # "a container service linking Tashkent with Baku, by rail to the Turkmen port of Turkmenbashi":
            # a port or city the route passes through is a waypoint, not a party
            row_hits = [
                h
                for h in row_hits
                if not (h.start >= route.start() and h.code not in local.main and h.how in _WAYPOINT_HOW)
            ]
        parties = row_parties(
            s,
            row_hits,
            min(first_cue, c["start"]) if kind != "working_group" else first_cue,
            local,
            (c["start"], c["end"]),
            three,
        )
        if kind in ("agreement", "joint_venture"):
            # "an initial agreement signed by Argentina and Paraguay": the passive's agents sign it
            parties = _agent_parties(s, row_hits, c["end"]) or parties
        if "money" in c:
            # "trade between Vietnam and Laos to $5 billion and between Vietnam and Cambodia to $20
            # billion", "a $600 billion pledge from Saudi Arabia to invest in the US": the figure's own
            # two sides
            parties = _figure_pair(s, row_hits, kind, c["start"], c["end"]) or parties
        if carry and (parties is None or set(parties) < set(carry) | set(parties)):
            parties = sorted(set(carry) | set(parties or []))
        if not parties:
            continue
        m: Money | None = c.get("money")
        status = c["status"]
        if carry_signed and kind == "joint_venture" and status == "agreed":
            status = "signed"  # a JV set up under a signed instrument is a signed JV (corpus README)
        mention = Mention(
            kind=kind,
            countries=parties,
            status=status,
            evidence=s,
            start=s0,
            end=sent.end,
            name=c.get("name"),
        )
        if m is not None:
            mention.amount = m.value
            mention.currency = m.currency
            mention.amount_usd = m.amount_usd
            if m.amount_usd is None and m is s_money[-1]:
                mention.amount_usd = _usd_equivalent_next(sentences, i, money)
            later = [x for x in money if x.start > m.end and x.end <= sent.end]
            stop = None
            for x in later:
                if (
                    _kinds.is_trade_target(s, x.start - s0, x.end - s0) == "target"
                    or kind == "investment_target"
                ):
                    stop = x.start - s0
                    break
            mention.target_date = _deadline_after(deadlines, c["end"], stop) or _deadline_before_figure(
                s, deadlines, c["cue"], c["start"]
            )
            if kind == "trade_target":
                mention.baseline_usd = _inline_baseline(s, s_money, s0) or baseline
                mention.sectors = []
            else:
                mention.sectors = find_sectors(s[clause[0] : clause[1]], kind)
        else:
            window = s[c["start"] : min(nxt, clause[1])] if nxt > c["start"] else s[c["start"] : clause[1]]
            if kind == "joint_venture":
                pm = _PURPOSE.search(window)
                sect = find_sectors(window[: pm.start()] if pm else window, kind)
                mention.sectors = sect or find_sectors(s[clause[0] : clause[1]], kind)
            elif kind == "project":
                sect = find_sectors(c["name"] or "", kind)
                if not sect:
                    rest = s[c["end"] : min(nxt, clause[1])]
                    rm = _ROUTE.search(rest)
                    sect = find_sectors(rest[: rm.start()] if rm else rest, kind)
                mention.sectors = sect
            else:
                if kind == "working_group":
                    rel = _RELATIVE.search(window, c["end"] - c["start"])
                    window = (
                        window[: rel.start()] if rel else window
                    )  # what the body discussed is not its remit
                if kind == "agreement":
                    # ", under which Tanzania will recognise certificates for sugar": what follows under
                    # the instrument is its content's detail, not the instrument's own subject
                    prel = _PREP_RELATIVE.search(window, c["end"] - c["start"])
                    window = window[: prel.start()] if prel else window
                mention.sectors = find_sectors(window, kind)
            if kind == "agreement":
                mention.count = _kinds.agreement_count(
                    [c["trigger"]] + [e["trigger"] for e in c.get("extra", [])]
                )
            mention.target_date = _deadline_after(
                deadlines, c["start"], nxt if nxt > c["start"] else None
            ) or next(
                # "have set December 2027 as the deadline for the transmission line", "agreed to complete before
                # the end of next year the reconstruction of ...": the date stands between the verb and the thing
                (
                    d.value
                    for d in deadlines
                    if clause[0] <= d.start < c["start"]
                    and (
                        d.surface.startswith("set")
                        or (
                            c["cue"] is not None
                            and c["cue"].end <= d.start
                            and _DEADLINE_WORD.match(d.surface)
                            and _VERB_THEN_DATE.search(s, c["cue"].end, d.start)
                        )
                    )
                ),
                None,
            )
        mention.announced_on = find_announced(s, published) or (published[:10] if published else None)
        mention.actors = _row_actors(s, _actors(s), list(roster))
        out.append(_Row(mention, _row_key(mention, c), i))
    return out


_STANDS_AT = re.compile(
    r"\b(?:close|stand|stands|stood|end|finish)\s+at\s+(?:around\s+|about\s+|roughly\s+|some\s+)?$"
)


def _inline_baseline(s: str, s_money: list[Money], s0: int) -> float | None:
    for m in s_money:
        if m.currency == "USD" and _kinds.is_trade_target(s, m.start - s0, m.end - s0) == "baseline":
            before = s[max(0, m.start - s0 - 25) : m.start - s0].lower()
            if "from" in before or "compared" in before:  # "to $2.5 billion by 2028, up from $1.6 billion"
                return m.amount_usd
            # "doubling trade, which this year will close at around US$1.9bn, to ..."
            if _STANDS_AT.search(before):
                return m.amount_usd
    return None


def _status_within(cues: list[Cue], kind: str, lo: int, hi: int) -> tuple[str, Cue] | None:
    """Status from the cues lying inside [lo, hi), the last one governing (as if all came before)."""
    inside = [c for c in cues if lo <= c.start and c.end <= hi]
    return pick_status(inside, kind, hi, hi + 1) if inside else None


def _wg_status(t: _kinds.Trigger, cues: list[Cue]) -> tuple[str, Cue | None] | None:
    info = t.info
    if info.get("session"):
        if info.get("future") or info.get("next"):
            return "agreed", None
        return "signed", None
    if info.get("post_future"):
        return "agreed", None
    own = next((c for c in cues if c.stage == "met" and t.end <= c.start <= t.end + 2), None)
    if own is not None:
        return "signed", own  # "On the eve of the talks, the Working Group held its inaugural meeting"
    return pick_status(cues, "working_group", t.start, t.end)


_WORD = re.compile(r"[a-z]+")
_WG_NOISE = frozenset(["the", "of", "on", "for", "and", "a", "an", "joint", "session", "meeting"])


def _row_key(m: Mention, c: dict) -> tuple:
    t = c.get("trigger")
    if m.kind in ("trade_target", "investment_target"):
        return (m.kind, tuple(m.countries), round((m.amount or 0) / 1e6))
    if m.kind == "working_group" and t is not None:
        words = frozenset(w for w in _WORD.findall((t.name or "").lower()) if w not in _WG_NOISE)
        return (m.kind, words, (t.info.get("acronym") or "").lower(), bool(t.info.get("next")))
    if m.kind == "project" and t is not None:
        head = _WORD.findall(t.info.get("head", ""))
        last = head[-1].rstrip("s") if head else ""
        return (m.kind, tuple(m.countries), last)
    if m.kind == "agreement" and t is not None and _PASSIVE_SIGNED.search(t.name or ""):
        return ("agreement-passive", tuple(m.countries))
    if (
        m.kind == "joint_venture"
        and _DEFINITE_BEFORE.search(m.evidence, 0, c["start"])
        and _JV_ENTITY.fullmatch(t.name if t is not None and t.name else "")
        and not _INTRODUCED_AFTER.match(m.evidence, c["end"])
    ):
        return ("jv-definite", tuple(m.countries))
    if m.kind == "joint_venture" and t is not None and t.name:
        named = _BINATIONAL.search(t.name)
        if (
            named
        ):  # "the creation of an Azerbaijani-Uzbek investment company", told again in the next paragraph
            return (m.kind, tuple(m.countries), tuple(_WORD.findall(t.name[named.start() :].lower())))
    if m.kind == "agreement" and t is not None and not t.info.get("count"):
        # "a comprehensive free trade agreement" restated in the next paragraph is the same
        # instrument; a bare "an MoU" or "an agreement" twice may be two different documents
        words = tuple(w for w in _WORD.findall((t.name or "").lower()) if w not in _AGR_NOISE)
        if len(words) >= 3:
            return (m.kind, tuple(m.countries), words)
    return (m.kind, m.start, c["start"])


_BINATIONAL = re.compile(r"\b[A-Z][a-z]+-[A-Z][a-z]+\b")
# The joint venture itself named again ("the joint venture company"), not one introduced by a complement
# ("the joint production of meters", "the joint venture between A and B")
_JV_ENTITY = re.compile(
    r"(?:joint[- ]ventures?|JVs?)(?:\s+(?:compan(?:y|ies)|firms?|entit(?:y|ies)|partners?))?|joint\s+(?:compan(?:y|ies)|enterprises?)",
    re.I,
)
_INTRODUCED_AFTER = re.compile(r"\s+(?:of|for|to|between|with|in|that|which|on)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:new\s+|planned\s+|proposed\s+)?$", re.I)
_PASSIVE_SIGNED = re.compile(
    r"^the\b.*\b(?:(?:was|were)\s+(?:formally\s+|officially\s+)?)?(?:signed|inked|initial(?:l)?ed)$"
    r"|^(?:signed|inked|sealed|initial(?:l)?ed)\s+the\b",
    re.I | re.S,
)
_AGR_NOISE = frozenset(["a", "an", "the", "their", "its", "new", "of", "on", "and", "for", "with"])


def _more_detailed(new: Mention, old: Mention) -> bool:
    """True when `new` states a deadline or figure that `old`, an earlier mention of the same
    undertaking, leaves out: a lead that summarises ("agreed to scale up power imports and fast-track
    the port") loses to the later sentence that gives the date ("... to 400 MW by the end of next year")."""
    if new.target_date and old.target_date and len(new.target_date) > len(old.target_date):
        return new.target_date.startswith(
            old.target_date
        )  # "by end-2024" in a standfirst, "by December 2024" below
    return bool(new.target_date and not old.target_date) or bool(new.amount and not old.amount)


def _dedupe(rows: list[_Row], text: str) -> list[Mention]:
    out: list[_Row] = []
    for r in rows:
        k = r.key
        if r.mention.kind == "working_group":
            words, acr = k[1], k[2]
            dup = False
            for o in out:
                if o.mention.kind != "working_group":
                    continue
                ow, oa = o.key[1], o.key[2]
                if (acr and (acr == oa or acr in ow)) or (oa and oa in words) or words <= ow or ow <= words:
                    dup = True
                    break
            if dup:
                continue
        elif k[0] == "jv-definite":
            # "Hanbit will hold 51 percent of the joint venture company": the JV an earlier row set up
            if any(o.mention.kind == "joint_venture" and tuple(o.mention.countries) == k[1] for o in out):
                continue
        elif k[0] == "agreement-passive":
            # "The agreement on the railway was inked": new only if no earlier row names an agreement
            # of the same parties (else it is that agreement told again)
            if any(o.mention.kind == "agreement" and tuple(o.mention.countries) == k[1] for o in out):
                continue
        else:
            same = next((n for n, o in enumerate(out) if o.key == k), None)
            if same is not None:
                if _more_detailed(r.mention, out[same].mention):
                    out[same] = r  # a summary (a lead restated later in detail) yields to the detail
                continue
        out.append(r)
    return [r.mention for r in out]
