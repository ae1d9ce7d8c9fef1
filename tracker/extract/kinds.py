"""Which kinds of commitment a sentence states: trigger phrases with their spans.

A trigger is the phrase a row hangs on: "a Joint Working Group on Trade Facilitation",
"co-production of drones", "11 agreements and MoUs", "direct flights", a money figure that
is a trade or investment target. Patterns are data (`data/kinds.toml`); this module adds
the small amount of structure regexes cannot express: a body needs a qualifier ("the
commission" alone is anaphora), an instrument needs a determiner ("signed an agreement",
"11 agreements", not "the agreement"), a project head is extended leftwards over its name,
and a money figure is a target only after a goal word and never as a "from"/"worth" figure.
Offsets are relative to the sentence passed in.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from tracker.extract._match import Patterns, Scanner, cover, keys_of, lower_of
from tracker.words import MONTHS, TENS, UNITS, WEEKDAYS, cardinal

__all__ = [
    "Trigger",
    "find_triggers",
    "is_trade_target",
    "is_investment",
    "agreement_count",
    "kinds_data",
]

_NUMBER_WORDS = {**UNITS, **TENS}


def _count_word(word: str) -> int | None:
    """A count in words, compounds included ("thirty-five" -> 35), or None."""
    return cardinal(word)


_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|twentieth|regular|inaugural|annual|ministerial|next|"
    r"extraordinary|special|plenary|upcoming|latest|maiden)"
)
_COUNT_ORDINAL = (
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth|thirteenth|fourteenth|fifteenth|twentieth)"
)
_SESSION_PREFIX = Scanner(  # searched only when a window holds "session", "meeting", ... (same matches)
    re.compile(
        rf"(?:\b(?:the|a|its|their)\s+)?(?:{_ORDINAL}\s+)?(?:\w+\s+)?(?:session|meeting|sitting|round)s?\s+of\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)
_NEXT_PREFIX = Scanner(
    re.compile(r"\b(?:next|upcoming|following)\s+(?:\w+\s+)?(?:session|meeting)s?\s+of\s+(?:the\s+)?$", re.I)
)
_FUTURE_PREFIX = re.compile(
    r"\b(?:convene|hold|holding|host|organi[sz]e|organi[sz]ing|arrange|to\s+be\s+(?:held|convened)|"
    r"will\s+(?:hold|host|convene))\s+(?:the\s+)?\S*\s*$",
    re.IGNORECASE,
)
_WG_POST = re.compile(
    r"^[\s,]*(?:which\s+)?(?:will|would|is\s+to|shall|is\s+expected\s+to|to\s+be)\b", re.IGNORECASE
)
_NAME_TOKEN = re.compile(
    r"([A-Z\u00C0-\u024F][\w\u00C0-\u024F’'.&\u2013-]*|of|and|&|on|for|the|[\w-]+-[\w-]+)\s+$"
)
_LEFT_TOKEN = re.compile(r"([\w\u00C0-\u024F’'“”\"&.\u2013-]+)\s+$")
_STOP_LEFT = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "on",
        "in",
        "at",
        "for",
        "with",
        "and",
        "from",
        "by",
        "between",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "agreed",
        "agree",
        "decided",
        "signed",
        "launch",
        "launching",
        "launched",
        "build",
        "building",
        "start",
        "begin",
        "hold",
        "holding",
        "organise",
        "organize",
        "co-host",
        "host",
        "open",
        "opening",
        "restore",
        "resume",
        "resuming",
        "expand",
        "set",
        "up",
        "complete",
        "completing",
        "revive",
        "develop",
        "development",
        "construct",
        "construction",
        "plans",
        "plan",
        "aim",
        "aims",
        "new",
        "first",
        "regular",
        "said",
        "while",
        "as",
        "said,",
        "about",
        "into",
        "over",
        "under",
        "via",
        "through",
        "own",
        # verbs that open the predicate, not the name ("Iberia began weekly flights")
        "began",
        "begins",
        "started",
        "starts",
        "resumed",
        "resumes",
        "opened",
        "opens",
        "launches",
        "introduced",
        "introduces",
        "inaugurated",
        "unveiled",
        "proposed",
        "completed",
        "commissioned",
        "operates",
        "operated",
        "runs",
        "ran",
        "offers",
        "offered",
        "which",
        "who",
    ]
)
_REMIT = re.compile(
    # a comma continues a list of remits ("on trade, investment and energy"), not an appositive
    # (", set up under the 2022 accord,")
    # (each token is a whole word, `(?![\w’'&-])`: letting the lazy loop split words made a long remit
    # with no stop word cost exponential time, 0.3 s on one sentence)
    r"\s*(?:\((?P<acr>[A-Z][\w-]{1,9})\)\s*)?(?:(?:on|for)\s+(?!\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<remit>(?:[\w’'&-]+(?![\w’'&-])"
    r"(?:,(?!\s+(?:\w+ly\s+)?(?:[a-z]+ed|set\s+up|built|which|who)\b))?\s*){1,8}?)"
    r"(?=\s*(?:,|\.|;|\(|$|\band\s+an?\s|\band\s+(?:also|then|further|later)\b|\bto\b|\bin\b|\bthat\b|\bwhich\b|\bwill\b|\bwould\b|\b(?:re)?convened\b|\bagreed\b|\bdecided\b|\bsigned\b|\bconcluded\b|\bwrapped\b|\bis\b|\bare\b|\bhas\b|\bhave\b|\bhad\b|\bheld\b|\bsat\b|\bresumed\b|\bwas\b|\bwere\b|\bat\b|\bunder\b|\bmet\b|\bbetween\b|\bwith\b)))?"
)


@dataclass
class Trigger:
    """A phrase that starts a row: kind, span in the sentence, display name and details."""

    kind: str
    start: int
    end: int
    name: str
    info: dict = field(default_factory=dict)


@cache
def kinds_data() -> dict:
    return tomllib.loads(resources.files("tracker.extract").joinpath("data/kinds.toml").read_text("utf-8"))


@cache
def _wg_regexes() -> tuple[Scanner, re.Pattern[str], Scanner, Scanner]:
    """Heads, qualifiers, acronyms and exclusions of working groups.

    The scanned ones are Scanners: they try the regex only where one of its leading literals
    occurs, instead of at every position of every sentence (same matches, less time).
    """
    d = kinds_data()["working_group"]
    heads = Scanner(re.compile(r"\b" + d["heads"] + r"\b", re.IGNORECASE))
    quals = re.compile(r"^" + d["qualifiers"] + r"$", re.IGNORECASE)
    acr = Scanner(re.compile(d["acronyms"]))
    excl = Scanner(re.compile(d["exclude"]))
    return heads, quals, acr, excl


@cache
def _named_meeting() -> re.Pattern[str]:
    return re.compile(kinds_data()["working_group"]["named_meeting"])


@cache
def _named_dialogue() -> re.Pattern[str]:
    return re.compile(kinds_data()["working_group"]["named_dialogue"])


@cache
def _list_patterns(section: str) -> Patterns:
    return Patterns(kinds_data()[section]["patterns"])


def _matches(section: str, s: str, low: str, keys: set[str] | None = None) -> list[re.Match[str]]:
    """Leftmost-longest, non-overlapping matches of a section's patterns."""
    found = _list_patterns(section).finditer(s, low, keys)
    ms = sorted((m for _, m in found), key=lambda m: (m.start(), -m.end()))
    out: list[re.Match[str]] = []
    reach = -1
    for m in ms:
        if m.start() >= reach:
            out.append(m)
            reach = m.end()
    return out


@cache
def _agreement_regexes() -> tuple[Scanner, re.Pattern[str], Scanner, re.Pattern[str]]:
    """Heads, determiners, framed phrases and body purposes of agreements (scanned ones as Scanners)."""
    d = kinds_data()["agreement"]
    head = Scanner(re.compile(r"\b" + d["heads"] + r"\b", re.IGNORECASE))
    det = re.compile(
        r"(?P<det>" + d["determiners"] + r")\s+(?P<mods>(?:[“\"‘]?[\w’'-]+,?\s+){0,6}?)[“\"‘]?$",
        re.IGNORECASE,
    )
    framed = Scanner(re.compile("|".join(f"(?:{p})" for p in d["framed"]), re.IGNORECASE))
    purpose = re.compile(
        r"\W*(?:\w+\W+){0,12}?(?P<purpose>" + d["body_purpose"] + ")",
        re.IGNORECASE,  # used with .match(s, pos)
    )
    return head, det, framed, purpose


# the document of a framed "the signing ... of a Memorandum": its last "of" before a determiner
_SIGNING_OF = re.compile(
    r"^\w+\s+the\s+(?:signing|signature|conclusion)\b.*\bof\s+(?=(?:the|an?)\s)", re.I | re.S
)


# "The first development loan agreement, worth $15 million": the loan's size is a pledge
_LOAN_WORTH = re.compile(
    r"\b(?:loan|credit|financing|grant)\s+(?:agreements?|deals?|contracts?|accords?),?\s+(?:worth|of)\s+"
    r"(?:about\s+|around\s+|some\s+|up\s+to\s+|nearly\s+)?$",
    re.I,
)
# "a joint investment fund with (initial) capital of $200 million": the fund's size is a pledge
_FUND_CAPITAL = re.compile(r"\bfunds?\b[^.;]{0,60}\bcapital\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?$", re.I)


@cache
def _operator() -> re.Pattern[str]:
    return re.compile(kinds_data()["project"]["operator"])


@cache
def _purpose_break() -> re.Pattern[str]:
    return re.compile(kinds_data()["agreement"]["body_purpose_break"], re.IGNORECASE)


@cache
def _trade_regexes() -> dict[str, Scanner]:
    """Trade and investment context regexes, as Scanners (searched in every money figure's context)."""
    t, i = kinds_data()["trade"], kinds_data()["investment"]
    raw = {
        "words": re.compile(t["words"], re.IGNORECASE),
        "goal": re.compile(t["goal"], re.IGNORECASE),
        "not_target": re.compile(t["not_target_before"], re.IGNORECASE),
        "unilateral": re.compile(t["unilateral"], re.IGNORECASE),
        "inv_words": re.compile(i["words"], re.IGNORECASE),
        "not_amount": re.compile(i["not_amount_before"], re.IGNORECASE),
        "pledge": re.compile(i["pledge_before"], re.IGNORECASE),
        "raised_to": re.compile(i["raised_to"], re.IGNORECASE),
        "sized": re.compile(i["sized_before"], re.IGNORECASE),
        "recalled": re.compile(i["recalled_before"], re.IGNORECASE),
        "put": re.compile(i["put_before"], re.IGNORECASE),
        "multilateral": re.compile(i["multilateral"], re.IGNORECASE),
        "regional": re.compile(i["regional_recipient"], re.IGNORECASE),
        "regional_trade": re.compile(i["regional_trade"], re.IGNORECASE),
        "location": re.compile(kinds_data()["project"]["location_prefix"], re.IGNORECASE),
    }
    return {k: Scanner(v) for k, v in raw.items()}


# "Ministry of Investment, Industry and Trade": an institution's name says nothing about trade volumes.
_INSTITUTION = Scanner(
    re.compile(
        r"\b(?:Ministry|Minister|Ministers|Department|Chamber|Chambers|Secretary|Federation|Commissioner|Council)"
        r"\s+(?:of|for)\s+(?:(?:[A-Z][\w’'-]*|and|&)[,\s]+)*(?:[A-Z][\w’'-]*)"
    )
)
_ACRONYM_HINT = re.compile(r"\b[A-Z]{3,6}\b")


@cache
def _covers() -> dict[str, frozenset[str]]:
    d = kinds_data()
    return {
        "wg": cover(d["working_group"]["heads"]) or frozenset({""}),
        "agreement": (cover(d["agreement"]["heads"]) or frozenset({""}))
        | {"protocol", "text of", "draft of"},
    }


_MOD_STOP = frozenset(
    [
        "to",
        "on",
        "for",
        "with",
        "in",
        "of",
        "at",
        "by",
        "from",
        "the",
        "that",
        "which",
        # a possessive or a month between a number and the head: "24 September 2023, and its work programme"
        "its",
        "their",
        "our",
        "his",
        "her",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "will",
        "would",
        "be",
        "a",
        "an",
        "this",
        "these",
        "signed",
        "inked",
        "initialled",
        "initialed",
        "finalised",
        "finalized",
        "agreed",
        "exchanged",
        "reached",
        "said",
        "sides",
        "countries",
        "parties",
        "two",
        "both",
    ]
)
# Months and weekdays are capitalised but name no body.
_CALENDAR_WORDS = frozenset(MONTHS + WEEKDAYS)
_DET_START = re.compile(r"(?:^|(?<=[\s(]))\w")


# "decided to establish the Japan-Chile Economic Dialogue": a named dialogue being set up is a standing body
_SET_UP_BEFORE = re.compile(
    r"\b(?:establish(?:ed|es|ing)?|set(?:ting)?\s+up|creat(?:e|ed|es|ing)|launch(?:ed|es|ing)?|institut(?:e|ed|ing)"
    r"|institutionali[sz](?:e|ed|ing))\s+(?:a|an|the)\s+(?:new\s+)?$",
    re.I,
)


# A plain "working group" or "task force" is a body when the sentence forms it ("will set up a working
# group to look into barriers"); elsewhere it needs a qualifier, a name or a remit.
_SELF_QUALIFIED = re.compile(r"(?:joint|high[- ]level|binational)\s", re.I)
_PLAIN_GROUP = re.compile(r"working\s+groups?|task\s*forces?", re.I)
_FORM_BEFORE = re.compile(
    r"\b(?:establish(?:ed|es|ing)?|set(?:ting)?\s+up|creat(?:e|ed|es|ing)|form(?:ed|s|ing)?|launch(?:ed|es|ing)?|constitut(?:e|ed|ing))"
    r"\s+(?:(?:a|an)\s+)?(?:new\s+|special\s+|dedicated\s+)?$",
    re.I,
)
# "Working groups will be formed in each sector", "a task force is to be set up": the same, told passively
_FORMED_AFTER = re.compile(
    r"\s+(?:will|would|shall|is\s+to|are\s+to|is\s+being|are\s+being|was|were|has\s+been|have\s+been)\s+"
    r"(?:also\s+|soon\s+|jointly\s+)?(?:be\s+)?(?:established|set\s+up|created|formed|constituted|launched)\b",
    re.I,
)


# "implementation of decisions of the sixth session of the Joint High Committee": a body (or its
# session) named as the source of earlier decisions, not met or set up in this news
# (only when they are being implemented: "the results of the 18th meeting" is often this meeting's)
_OUTCOME_OF = re.compile(
    r"\bimplement(?:ation|ing|ed)?\s+(?:of\s+)?(?:the\s+)?(?:decisions|outcomes?|results|recommendations|resolutions)"
    r"\s+(?:(?:reached|adopted|taken|made)\s+)?(?:of|at|by|from)\s+(?:the\s+)?$",
    re.I,
)
_PLACE_AFTER = re.compile(
    r"\s+(?-i:yard|room|rooms|building|offices?|chambers?|hall|premises|grounds|compound|car\s+park)\b"
)
# "in a statement issued by the Presidential Secretariat Press Bureau": an office that speaks for one side
_PRESS_AFTER = re.compile(
    r"\s+(?-i:Press|Media|Information)\s+(?-i:Bureau|Office|Service|Section|Department|Cent(?:re|er)|Wing|Division)\b"
)
# "an MoU was signed between the Ministry of Transport of Kazakhstan and the State Committee for
# Development and Reform": the body signs for one side; it is not a joint body being set up
_SIGNATORY_BEFORE = re.compile(
    r"\b(?:signed|inked|concluded)\s+(?:between|by)\s+(?:the\s+)?(?:[^,;.]{0,110}?\s(?:and|&)\s+(?:the\s+)?)?$",
    re.I,
)
_JOINTLY = re.compile(r"\b(?:joint|bilateral|trilateral|intergovernmental|inter-governmental|mixed)\b", re.I)
_BRIEFED_BEFORE = re.compile(r"\b(?:briefed|informed|updated|apprised|addressed|told)\s+(?:the\s+)?$", re.I)


def _working_groups(s: str, low: str) -> list[Trigger]:
    heads, quals, acr, excl = _wg_regexes()
    out: list[Trigger] = []
    if (
        not any(k in low for k in _covers()["wg"])
        and not _ACRONYM_HINT.search(s)
        and "dialogue" not in low
        and "meeting" not in low
        and "consultations" not in low
    ):
        return out
    for m in heads.finditer(s):
        head = m.group(0)
        if head.lower().endswith("s") and not re.search(r"working\s+groups", head, re.I):
            continue  # plural generic bodies ("the specialised committees") are not one body
        start = m.start()
        # "a joint working group", "a high-level group": the head carries its own qualifier
        qualified = bool(_SELF_QUALIFIED.match(head))
        # Extend left over a capitalised name and qualifier words.
        while True:
            lm = _NAME_TOKEN.search(s, max(0, start - 60), start)
            tok_m = _LEFT_TOKEN.search(s, max(0, start - 60), start)
            tok = tok_m.group(1) if tok_m else ""
            if tok_m and quals.match(tok.replace("-", " ") if "high" in tok.lower() else tok):
                qualified = True
                start = tok_m.start(1)
                continue
            if (
                lm
                and lm.group(1)[:1].isupper()
                and lm.group(1) not in ("The", "A", "An", "This", "That")
                and lm.group(1).lower() not in _CALENDAR_WORDS  # "the December council meeting"
                and tok_m
                and tok_m.start(1) == lm.start(1)
            ):
                if not re.match(r"(?:Minister|Ministry|President|Chairman|Secretary)\b", lm.group(1)):
                    qualified = True
                start = lm.start(1)
                continue
            # one remit word between a qualifier and the head: "a joint hydrogen task force"
            if tok_m and tok.islower() and tok.isalpha() and tok not in _STOP_LEFT and not qualified:
                prev = _LEFT_TOKEN.search(s, max(0, tok_m.start(1) - 40), tok_m.start(1))
                if prev and quals.match(prev.group(1)):
                    qualified = True
                    start = prev.start(1)
                    continue
            if lm and lm.group(1) in ("and", "&", "of") and start - lm.start(1) < 6:
                prev = _LEFT_TOKEN.search(s, max(0, lm.start(1) - 60), lm.start(1))
                if prev and prev.group(1)[:1].isupper():
                    start = lm.start(1)
                    continue
            break
        while s[start : m.start()].split()[:1] and s[start : m.start()].split()[0].lower() in (
            "of",
            "and",
            "&",
            "on",
        ):
            start += len(s[start:].split(None, 1)[0]) + 1
            while start < len(s) and s[start].isspace():
                start += 1
        end = m.end()
        rm = _REMIT.match(s, end)
        acronym = None
        if rm and rm.group(0).strip():
            if rm.group("acr"):
                acronym = rm.group("acr")
                qualified = True
            if rm.group("remit"):
                qualified = True
            end = rm.end()
            late = re.match(r"\s*\(([A-Z][\w-]{1,9})\)", s[end:])
            if late and not acronym:
                acronym = late.group(1)
                end += late.end()
        if (
            not qualified
            and _PLAIN_GROUP.fullmatch(head)
            and (_FORM_BEFORE.search(s, max(0, start - 40), start) or _FORMED_AFTER.match(s, end))
        ):
            qualified = True  # "will set up a working group to look into trade barriers": one being formed
        if not qualified:
            continue
        name = s[start:end].strip(" ,")
        if excl.search(s[max(0, start - 40) : end]):
            continue
        if re.search(r"\b(?:existing|current|same|former|previous)\s+$", s[max(0, start - 30) : start], re.I):
            continue  # a body recalled, not one set up or convened
        if _PLACE_AFTER.match(s, m.end()):
            continue  # "the Kazungula council yard", "the committee room": a place named after a body
        if _SIGNATORY_BEFORE.search(s, max(0, start - 150), start) and not _JOINTLY.search(name):
            continue  # one side's signatory
        if _PRESS_AFTER.match(s, end):
            continue  # "the Presidential Secretariat Press Bureau": a press office, not a joint body
        if _BRIEFED_BEFORE.search(s, max(0, start - 40), start):
            continue  # "briefed the Commission on the Growth Plan": its audience, and "on" the topic, not its remit
        before = s[max(0, start - 120) : start]
        info = {"acronym": acronym, "head": re.sub(r"\s+", " ", head.lower())}
        sp = _SESSION_PREFIX.search(before)
        if _OUTCOME_OF.search(before[: sp.start()] if sp else before):
            continue  # "the implementation of decisions of the sixth session of the Joint Committee": recalled

        if sp:
            info["session"] = True
            info["next"] = bool(_NEXT_PREFIX.search(before))
            info["future"] = bool(_FUTURE_PREFIX.search(before[: sp.start()] + " ")) or bool(
                _WG_POST.match(s[end:])
            )
            info["prefix_start"] = sp.start()
        else:
            info["session"] = False
        info["post_future"] = bool(_WG_POST.match(s[end:]))
        out.append(Trigger("working_group", start, end, name, info))
    if "(" in s:
        for m in _named_meeting().finditer(s):
            start = m.start()
            while s[start:].split(None, 1)[0] in ("The", "A", "An", "This", "And", "Of", "On", "For"):
                start += len(s[start:].split(None, 1)[0]) + 1
            if any(t.start <= start < t.end for t in out):
                continue
            before = s[max(0, start - 120) : start]
            session = bool(_SESSION_PREFIX.search(before) or re.search(rf"\b{_ORDINAL}\s+$", before, re.I))
            info = {
                "acronym": m.group("acr"),
                "head": "meeting",
                "session": session,
                "next": bool(_NEXT_PREFIX.search(before) or re.search(r"\bnext\s+$", before, re.I)),
                "post_future": bool(_WG_POST.match(s[m.end() :])),
            }
            info["future"] = info["post_future"] or bool(_FUTURE_PREFIX.search(before))
            out.append(Trigger("working_group", start, m.end(), s[start : m.end()], info))
    if "Dialogue" in s or "Meeting" in s or "Consultations" in s:
        for m in _named_dialogue().finditer(s):
            before = s[max(0, m.start() - 120) : m.start()]
            ordinal = re.search(rf"\b(?:{_COUNT_ORDINAL}|next|upcoming)\s+$", before, re.I) or re.search(
                rf"\b{_COUNT_ORDINAL}\s+(?:meeting|session|round)\s+of\s+(?:the\s+)?$", before, re.I
            )  # "the First Meeting of the Mexico-Guatemala High-Level Economic Dialogue"
            if not (ordinal or _SET_UP_BEFORE.search(before)) or any(
                t.start <= m.start() < t.end for t in out
            ):
                continue  # without a session number (or a verb setting it up) the name may be a one-off event
            if re.search(r"\b(?:Ministers|Leaders|Heads)\W*\s+(?:Meeting|Dialogue)", m.group(0)):
                continue  # a meeting of ministers or leaders is an event, not a joint body
            info = {
                "acronym": None,
                "head": "meeting",
                "session": bool(ordinal),
                "next": bool(_NEXT_PREFIX.search(before) or re.search(r"\bnext\s+$", before, re.I)),
                "post_future": bool(_WG_POST.match(s[m.end() :])),
            }
            info["future"] = info["post_future"] or bool(_FUTURE_PREFIX.search(before))
            out.append(Trigger("working_group", m.start(), m.end(), m.group(0), info))
    for m in acr.finditer(s):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        # An acronym in brackets right after a name belongs to that name.
        before = s[max(0, m.start() - 120) : m.start()]
        if before.endswith("("):
            continue
        info = {
            "acronym": m.group(0),
            "head": m.group(0).lower(),
            "session": bool(_SESSION_PREFIX.search(before)),
            "next": bool(_NEXT_PREFIX.search(before)),
            "post_future": bool(_WG_POST.match(s[m.end() :])),
        }
        info["future"] = info["post_future"]
        out.append(Trigger("working_group", m.start(), m.end(), m.group(0), info))
    return out


def _joint_ventures(s: str, low: str, keys: set[str] | None = None) -> list[Trigger]:
    out = []
    for m in _matches("joint_venture", s, low, keys):
        if m.group(0) == "JV" or m.group(0) == "JVs" or not m.group(0).isupper():
            out.append(Trigger("joint_venture", m.start(), m.end(), m.group(0)))
    return out


_NOTES_COUNT = re.compile(
    r"\s+(\d+|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,3}?(?:projects|loans|grants|agreements|programmes)\b",
    re.I,
)


# "the bilateral agreements", "their two accords": a plural instrument named before, not a new one
_ANAPHORA_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|our|its|their|such|same)\s+(?:[\w’'-]+\s+){0,4}$", re.I
)


_SIGNED_WORD = re.compile(r"\b(?:signed|inked|exchanged|concluded|signing\s+ceremony)\b", re.I)
_QUANTIFIER = re.compile(
    r"several|various|multiple|a\s+(?:number|series|range|raft|host|set|package)\s+of", re.I
)
# "announced several deals with the UAE worth over $200 billion": deals with a stated value are
# the commercial deals of a visit (the corpus README's "deals worth $X" agreement rows)
_WORTH_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?,?\s+(?:worth|valued\s+at|totall?ing|amounting\s+to)\s+"
    r"(?:(?:about|around|over|more\s+than|nearly|some|at\s+least|up\s+to)\s+)?(?:US\$|\$|USD|€|£|\d)"
)


def _agreements(s: str, low: str) -> list[Trigger]:
    head, det, framed, purpose = _agreement_regexes()
    if not any(k in low for k in _covers()["agreement"]):
        return []
    out: list[Trigger] = []
    for m in framed.finditer(s):
        start = m.start()
        doc = _SIGNING_OF.search(m.group(0))
        if doc:  # "welcomed the signing, on 31 August, by the ministers of A, B and C, of a Memorandum"
            start += doc.end()
        info: dict = {"framed": True}
        nm = _NOTES_COUNT.match(s, m.end()) if m.group(0)[:1] in "eE" else None
        if nm:  # "exchanged notes on three grant aid projects": one note per project
            n = nm.group(1)
            info["count"] = int(n) if n.isdigit() else _count_word(n)
        out.append(Trigger("agreement", start, m.end(), s[start : m.end()], info))
    for m in head.finditer(s):
        if any(t.start <= m.start() < t.end for t in out):
            continue
        h = m.group(0).lower()
        plural = h.endswith("s") or h.endswith("memoranda of understanding") or h.endswith("memoranda")
        before = s[max(0, m.start() - 90) : m.start()]
        dm = _nearest_determiner(det, before)
        number = None
        start = m.start()
        if dm:
            d = dm.group("det").lower()
            number = int(d) if d.isdigit() else _count_word(d)
            start = m.start() - len(before) + dm.start("det")
            if number is not None and "other" in dm.group("mods").lower().split():
                out.append(
                    Trigger("agreement", start, m.end(), s[start : m.end()], {"count": number, "other": True})
                )
                continue
            if d == "other":
                pm = re.search(
                    r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+$", before[: dm.start("det")], re.I
                )
                if pm:
                    w = pm.group(1).lower()
                    number = int(w) if w.isdigit() else _NUMBER_WORDS[w]
                    start = m.start() - len(before) + pm.start(1)
                out.append(
                    Trigger("agreement", start, m.end(), s[start : m.end()], {"count": number, "other": True})
                )
                continue
            if dm.group("det").lower() == "other" or (
                number is None and dm.group("det").lower() in ("several", "various", "multiple", "some")
            ):
                pass
        elif (
            not plural and (definite := _DEFINITE_END.search(before)) and _INTRODUCED_SIGNED.match(s, m.end())
        ):
            # "The Memorandum of Understanding (MoU), was signed today": a definite instrument that is
            # given its acronym as it is reported signed is introduced here, not referred back to
            start = m.start() - len(before) + definite.start("name")
        else:
            if (
                not plural
                or _anaphoric(before)
                or _FOLLOW_UP_BEFORE.search(before)
                or re.search(r"(?:documents|instruments|deals|contracts|arrangements)$", h)
            ):
                continue
            # A bare plural must follow a verb, conjunction or preposition, not an article.
            pw = re.search(r"([\w’'-]+)\s+$", before)
            if pw and pw.group(1).lower() in (
                "the",
                "these",
                "those",
                "such",
                "our",
                "their",
                "its",
                "similar",
            ):
                continue
        if REACHED_BEFORE.search(before) and _INFINITIVE_AFTER.match(s, m.end()):
            continue  # "reached an agreement to launch a direct flight": agreeing to act, not an instrument
        worth = h in ("deals", "contracts") and _WORTH_AFTER.match(s, m.end())
        # "signed a number of bilateral documents": a signing of several government documents
        quantified = (
            dm is not None
            and _QUANTIFIER.fullmatch(dm.group("det"))
            and h.endswith(("documents", "instruments"))
            and _SIGNED_WORD.search(s)
        )
        if (
            re.search(r"(?:documents|instruments|deals|contracts|arrangements)$", h)
            and number is None
            and not h.startswith(("cooperation", "free", "trade", "commercial"))
            and not worth
            and not quantified
        ):
            continue
        out.append(Trigger("agreement", start, m.end(), s[start : m.end()], {"count": number}))
    out.sort(key=lambda t: t.start)
    # An instrument whose purpose is to set up a joint body is that body's row.
    for t in out:
        pm = purpose.match(s, t.end)
        if (
            pm
            and not _purpose_break().search(s, t.end, pm.start("purpose"))
            and _wg_regexes()[0].search(s[t.end : t.end + 160])
        ):
            t.info["body"] = True
    return out


# A verb between "the" and a bare plural ends the noun phrase: "The two countries signed agreements on
# trade" introduces new instruments; "the bilateral trade agreements" refers back.
# ("the earlier reached agreements", "the members to negotiate trade agreements" stay one phrase)
_VERB_IN_PHRASE = re.compile(
    r"\b(?<!earlier\s)(?<!already\s)(?<!recently\s)(?<!previously\s)(?<!jointly\s)(?<!newly\s)"
    r"(?:signed|inked|forged|concluded|sealed|struck|exchanged|adopted|initial(?:l)?ed|finali[sz]ed|ratified"
    r"|will|have|has|had)\b",
    re.I,
)


# "reached an agreement to launch ...": agreeing to act (also read by the row builder in __init__)
REACHED_BEFORE = re.compile(r"\breach(?:ed|es)?\s+(?:an?\s+)?$", re.I)
_INFINITIVE_AFTER = re.compile(r"\s+to\s+(?!the\b|an?\b|their\b|its\b|this\b|that\b)[a-z]+\b")
_DEFINITE_END = re.compile(r"\b[Tt]he\s+(?P<name>(?:[A-Z][\w-]*\s+){0,4})$")
_INTRODUCED_SIGNED = re.compile(
    r"(?:\s+(?:on|for|between)\s+[^(),.;]{1,80}?)?\s*\((?-i:[A-Z][A-Za-z]{1,7})\),?\s+(?:was|has\s+been|had\s+been)\s+"
    r"(?:(?:also|formally|officially|jointly)\s+)?signed\b",
    re.I,
)


# "working groups to follow up on cooperation agreements": instruments the parties already have
_FOLLOW_UP_BEFORE = re.compile(
    r"\b(?:follow(?:ing)?[\s-]+up\s+(?:on|of)|building\s+on|in\s+line\s+with|under|pursuant\s+to)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _anaphoric(before: str) -> bool:
    """True when a bare plural instrument head follows "the/these/their ..." in one noun phrase."""
    m = _ANAPHORA_BEFORE.search(before)
    if m and re.match(r"among\s", before[max(0, m.start() - 6) : m.start()].lstrip(), re.I):
        return True  # "Among the agreements signed were sanitary protocols": members of a set already counted
    return bool(m) and not _VERB_IN_PHRASE.search(before, m.start() + len(m.group(0).split()[0]))


def _nearest_determiner(det: re.Pattern[str], before: str) -> re.Match[str] | None:
    """The determiner closest to the head with only modifiers in between ("signed a framework")."""
    best = None
    for m in _DET_START.finditer(before):
        cand = det.match(before, m.start())
        if not cand:
            continue
        mods = cand.group("mods").lower().replace(",", " ").split()
        if any(w in _MOD_STOP for w in mods):
            continue
        if re.search(
            r"\b(?:the|this|that|these|those|our|its|their|his|her)\s+$", before[: cand.start()], re.I
        ) and not _THAT_CLAUSE.search(before[: cand.start()]):
            continue
        best = cand
    return best


def _extend_left(s: str, start: int) -> int:
    """Extend a project head leftwards over its name (capitalised words, hyphenated places)."""
    n = 0
    while n < 5:
        m = _LEFT_TOKEN.search(s, max(0, start - 60), start)
        if not m:
            break
        tok = m.group(1)
        low = tok.lower().strip('“”"')
        if low in _STOP_LEFT or tok.endswith((",", ".")) or not tok.strip("“”\"'’"):
            break
        start = m.start(1)
        n += 1
    return start


# "agreed that rehabilitation works ...": "that" opens a clause here, it is no demonstrative.
_THAT_CLAUSE = re.compile(
    r"\b(?:agree[ds]?|decided|said|announced|confirmed|noted|stated|ensure|reaffirmed|reiterated|expects?|expected|"
    r"hopes?|hoped|underlined|stressed|emphasi[sz]ed|added|assured|pledged|committed|announced|reported|revealed|"
    r"disclosed|told(?:\s+[\w-]+){0,2})\s+that\s+$",
    re.I,
)


# A definite project as the subject of a verb of benefit describes the project, it commits to nothing.
_BENEFIT_AFTER = re.compile(
    r"\s+(?:will|would|could|can|is\s+expected\s+to|should)\s+(?:also\s+)?(?:offer|provide|give|allow|enable|help|boost|"
    r"cut|reduce|serve|improve|increase|create|carry|transport|benefit|facilitate|open\s+up|make)\b",
    re.I,
)


# "a feasibility study into a pipeline": the pipeline is what is studied, not a place
_STUDY_INTO = re.compile(r"\bstud(?:y|ies)\s+(?:into|on|of|for)\s+(?:the\s+|an?\s+)?$", re.I)
_HELD_EVENT = re.compile(
    r"(?:hold|host|co-host|organi[sz]e|stage|convene|holding|hosting)\s+(?:an?|the\s+(?:first|next|second|third|annual))\s+",
    re.I,
)


_COMPANY_AFTER = re.compile(
    r"\s+(?:firms?|compan(?:y|ies)|operators?|corporations?|authorit(?:y|ies)|enterprises?|workers?|"
    r"officials?|ministr(?:y|ies)|sector|industry)\b"
    # "China Railway Construction Corporation": the head inside a company's name
    r"|(?:\s+(?-i:[A-Z][a-z]+)){1,2}\s+(?-i:Corporation|Company|Group|Holdings?|Ltd|Limited|Co)\b",
    re.I,
)
_LANDMARK_BEFORE = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-?up\s+to|in\s+time\s+for|(?:on|at)\s+the\s+(?:sidelines?|margins?)\s+of|during|"
    r"speaking\s+at|addressing|(?:said|told\s+\w+)\s+at)"
    r"\s+(?:the\s+)?$",
    re.I,
)


def _projects(s: str, low: str, keys: set[str] | None = None) -> list[Trigger]:
    loc = _trade_regexes()["location"]
    out: list[Trigger] = []
    for m in _matches("project", s, low, keys):
        raw = m.group(0)
        hs = m.start()
        held = _HELD_EVENT.match(raw)
        if held:  # "hold a lithium forum": the event is what follows the verb and its article
            raw, hs = raw[held.end() :], hs + held.end()
            start = hs
        else:
            start = (
                hs
                if re.match(r"(?:use|using|usage|supplying|to\s+supply)\b", raw, re.I)
                else _extend_left(s, hs)
            )
        before = s[:start]
        info = {
            "head": raw.lower(),
            "location": bool(loc.search(before))
            and not re.match(r"(?:use|using)", raw, re.I)
            and not _STUDY_INTO.search(before),
        }
        if re.search(
            r"\b(?:this|that|these|those|such|existing|similar)\s+$", before, re.I
        ) and not _THAT_CLAUSE.search(before):
            continue
        if _operator().fullmatch(s, start, m.end()):
            continue  # "Georgian Railway and a Korean manufacturer": the national operator, a company
        if start == hs and " " not in raw.strip() and raw.strip().lower().endswith("s"):
            continue  # a bare plural ("railways", "SEZs") names an area of cooperation, not a project
        if raw.strip().lower().endswith("s") and _PROMOTE_BEFORE.search(s, 0, hs):
            continue  # "by promoting trade fairs in each other's country": an activity, not one undertaking
        if start == hs and " " not in raw.strip() and re.search(r"\bthe\s+$", before, re.I):
            continue  # "the corridor", "the railway": a thing already named, not a new undertaking
        if re.search(r"\bthe\s+$", before, re.I) and _BENEFIT_AFTER.match(s, m.end()):
            continue  # "the revitalised railway will offer a reliable route": what it does, not an undertaking
        if _COMPANY_AFTER.match(s, m.end()):
            continue  # "the two state railway firms", "the port operator": the head names who acts
        if _LANDMARK_BEFORE.search(before):
            continue  # "ahead of Expo 2027", "on the sidelines of the fair": a point in time, not an undertaking
        if re.search(r"\bmade\s+in\s+$", before, re.I):
            info["location"] = False
        out.append(Trigger("project", start, m.end(), s[start : m.end()].strip('“”" '), info))
    return out


_PROMOTE_BEFORE = re.compile(r"\b(?:promot|encourag|support|facilitat|foster)\w*\s+$", re.I)


def find_triggers(s: str) -> list[Trigger]:
    """All non-money triggers of a sentence (working groups, JVs, agreements, projects), by start."""
    low = lower_of(s)
    keys = keys_of(low)
    out = (
        _working_groups(s, low)
        + _joint_ventures(s, low, keys)
        + _agreements(s, low)
        + _projects(s, low, keys)
    )
    out.sort(key=lambda t: (t.start, -(t.end - t.start)))
    # Drop triggers nested in a longer one of the same kind, and project heads inside a body's name
    # ("the Trans-Kalahari Corridor Management Committee" names a committee, not a corridor).
    kept: list[Trigger] = []
    for t in out:
        if any(
            (k.kind == t.kind or (k.kind == "working_group" and t.kind == "project"))
            and k.start <= t.start
            and t.end <= k.end
            for k in kept
        ):
            continue
        kept.append(t)
    return kept


# "$1bn in formal bilateral trade", "the $1bn mark in trade volume", "... trade target": the trade word
# right after the figure
_TRADE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:mark|level|threshold|milestone|barrier))?(?:\s+(?:a|per|each)\s+year|\s+annually)?"
    r"\s*(?:in|of|for)?\s*(?:(?:annual|bilateral|mutual|two-way|total|non-oil|formal|overall|merchandise|barter|"
    r"border|cross-border)\s+)*"
    r"(?:trade(?!\s+(?:finance|financing|credits?|facilit\w+|insurance|fairs?|missions?|shows?))|turnover|commerce)\b"
    r"|\s*trade\s+(?:goal|target)",
    re.I,
)


_INVESTMENT_AFTER = re.compile(
    r"\s+(?:in\s+|of\s+)?(?:(?:mutual|bilateral|two-way|direct|foreign|fresh|new|additional|joint)\s+)*investments?\b",
    re.I,
)
_WITH_PARTNER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?(?-i:[A-Z])", re.I)


def is_trade_target(s: str, money_start: int, money_end: int) -> str | None:
    """'target' if the figure at [money_start, money_end) is a trade goal, 'baseline' if a current
    trade volume, else None. Judged from the trade words and goal words around it."""
    rx = _trade_regexes()
    before = _INSTITUTION.sub(lambda m: " " * len(m.group(0)), s[:money_start])
    after = s[money_end : money_end + 90]
    trade_before = rx["words"].search(before)
    trade_after = _TRADE_AFTER.match(after)
    if not (trade_before or trade_after):
        return None
    if _INVESTMENT_AFTER.match(after):
        return (
            None  # "USD 30 billion trade and USD 50 billion investment": the second figure heads investment
        )
    if not trade_after and rx["pledge"].search(before[-60:]):
        return None  # "..., and Tokyo pledged 100 billion yen in loans": a verb of giving governs the figure
    if rx["not_target"].search(before[-40:]):
        return "baseline"
    if rx["regional_trade"].search(before):
        return None  # "China's trade with Latin America to reach $500 billion": not between the parties
    if trade_before:
        lo = trade_before.start() - 20 if trade_before.start() > 20 else 0
        own = rx["unilateral"].search(before, lo)
        if own and not _WITH_PARTNER.match(before, own.end()):
            return None  # "its exports": one country's trade ("its trade with Egypt" is the pair's)
    goal = rx["goal"].search(before)
    if goal or re.match(r"\s*(?:trade\s+)?(?:goal|target)", after, re.I):
        return "target"
    return "baseline"


@cache
def _into_after() -> re.Pattern[str]:
    return re.compile(kinds_data()["investment"]["into_after"], re.IGNORECASE)


def goal_before(s: str, money_start: int) -> bool:
    """True when a goal word ("reach", "target", "aims") stands in the 60 characters before the figure."""
    return bool(_trade_regexes()["goal"].search(s[max(0, money_start - 60) : money_start]))


_TO_BE_SPENT = re.compile(
    r"(?:,\s+(?:that['’]s|that\s+is|or|about)\s[^,;]{1,60},)?,?\s+to\s+be\s+(?:spent|invested|disbursed|allocated|lent|channell?ed)\b",
    re.I,
)


# "a $142 billion US weapons sale to the kingdom", "a $3 billion order for jets": the value of a sale
# (the sale is the head of the figure's own phrase: "a credit line of $500 million for the purchase of
# trucks" is a credit line)
_SALE_AFTER = re.compile(
    r"\s+(?:(?!invest|for\b|of\b|to\b|in\b|on\b|and\b|with\b|under\b)[\w-]+\s+){0,3}?(?:sales?|purchases?|orders?|contracts?)\b",
    re.I,
)


def is_investment(s: str, money_start: int, money_end: int) -> bool:
    """True if the figure is a pledged/targeted investment, credit line, loan or package."""
    rx = _trade_regexes()
    before = s[:money_start]
    if _SALE_AFTER.match(s, money_end):
        return False
    if _LOAN_WORTH.search(before[-80:]):
        return True  # "The first development loan agreement, worth $15 million": the loan's size
    if rx["not_amount"].search(before[-40:]) and not _FUND_CAPITAL.search(before[-120:]):
        return False
    if rx["recalled"].search(before[-90:]):
        return False
    if rx["multilateral"].search(s[money_end : money_end + 80]):
        return False  # "a $1.5 billion programme with the IMF": one country and a lender
    if rx["regional"].search(s[money_end : money_end + 60]):
        return False  # "360 billion yuan in financing to African countries": a pledge to a region
    if rx["pledge"].search(before[-150:]):  # wide enough for ", through the Caisse de Dépôt ...,"
        return True
    if rx["put"].search(before[-60:]) and _into_after().match(s, money_end):
        return True
    if _TO_BE_SPENT.match(s, money_end):
        return True  # "Six hundred and fifty million dollars, ..., to be spent over the next three years on roads"
    if rx["raised_to"].search(before):
        return True
    window = s[max(0, money_start - 80) : money_end + 60]
    if rx["inv_words"].search(window):
        return True
    if rx["sized"].search(before[-40:]):
        clause = re.split(r"[;:]|\.\s", before[-240:])[-1]
        return bool(rx["inv_words"].search(clause))
    return False


def agreement_count(triggers: list[Trigger]) -> int | None:
    """Number of documents stated for one agreement row (protocol plus N other documents = N+1)."""
    nums = [t for t in triggers if t.info.get("count")]
    if not nums:
        return None
    first = nums[0]
    count = first.info["count"]
    if first.info.get("other") and any(
        t.info.get("framed") or "protocol" in t.name.lower() for t in triggers if t is not first
    ):
        count += 1
    return count
