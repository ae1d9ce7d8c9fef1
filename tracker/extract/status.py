"""Status of a commitment from the verb and modality that govern its trigger.

The status ladder is proposed < negotiating < agreed < signed < achieved (COMMITMENTS.md).
A trigger ("a joint venture", "direct flights") takes the stage of the nearest cue before it
in the sentence, which is usually the verb that governs it ("agreed to explore joint
ventures" -> explore -> negotiating); with no cue before it, the nearest cue after it
("A joint committee will be established" -> will -> agreed). A stage is then mapped per
kind: "signed" is signed for an agreement but only agreed for a trade target; "met"
(a session held) exists only for bodies.

Blockers decide that a sentence or a trigger states no commitment at all: negation
("did not feature", "stalled", "denied"), recommendations ("should", "could", "would be a
natural next step"), conditionals ("If the pipeline is built"), and history (a past-tense
cue with a past year: "signed in 2010"). The patterns live in `data/status.toml`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.extract._match import Patterns, Scanner, split_alternatives

__all__ = ["Cue", "find_cues", "pick_status", "Blockers", "blockers"]

# stage -> kind -> status (None: the cue does not apply to that kind).
_STAGE_MAP: dict[str, dict[str, str | None]] = {
    "proposed": {},
    "negotiating": {},
    "agreed": {},
    "signed": {"trade_target": "agreed", "investment_target": "agreed", "project": "agreed"},
    "met": {
        "trade_target": None,
        "investment_target": None,
        "joint_venture": None,
        "agreement": None,
        "project": None,
        "working_group": "signed",
    },
    "launched": {
        "trade_target": "agreed",
        "investment_target": "agreed",
        "working_group": "signed",
        "joint_venture": "signed",
        "agreement": "signed",
        "project": "agreed",
    },
    "achieved": {
        "trade_target": None,
        "investment_target": None,
        "working_group": None,
        "joint_venture": None,
        "agreement": None,
        "project": "achieved",
    },
}
_DEFAULT = {
    "weak": "agreed",
    "proposed": "proposed",
    "negotiating": "negotiating",
    "agreed": "agreed",
    "signed": "signed",
    "met": "signed",
    "achieved": "achieved",
}


# Most characters between "agreed" and the cue it governs ("agreed to continue studying").
_CHAIN_GAP = 16
# A cue that is itself a noun phrase, governed by a verb cue right before it
_NOMINAL_CUE = re.compile(r"the\s+launch\s+of", re.I)
_NOUN_CUE = re.compile(
    r"(?i:commitments?|decisions?|understandings?|goals?|targets?|proposals?|suggestions?)"
)


@dataclass(frozen=True)
class Cue:
    """A status cue at sentence[start:end] with its stage."""

    stage: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class Blockers:
    """Compiled blocker patterns (see data/status.toml), as Scanners: each is searched in every
    sentence, and most sentences hold none of its leading words, so the regex is tried only
    where one occurs (same matches as the compiled regex)."""

    negation: Scanner
    modal: Scanner
    conditional: Scanner
    descriptive: Scanner
    past_time: Scanner
    past_cue: Scanner
    anaphora: Scanner
    furniture: Scanner


@cache
def _raw() -> dict:
    return tomllib.loads(resources.files("tracker.extract").joinpath("data/status.toml").read_text("utf-8"))


@cache
def _cue_patterns() -> tuple[Patterns, list[str]]:
    pats: list[str] = []
    stages: list[str] = []
    for c in _raw()["cue"]:
        for alt in split_alternatives(c["pattern"]):
            pats.append(alt)
            stages.append(c["stage"])
    return Patterns(pats), stages


@cache
def blockers() -> Blockers:
    """The blocker patterns, compiled once."""
    b = _raw()["blockers"]
    return Blockers(**{k: Scanner(re.compile(v, re.IGNORECASE)) for k, v in b.items()})


def find_cues(sentence: str) -> list[Cue]:
    """Every status cue in the sentence, in order."""
    pats, stages = _cue_patterns()
    found = sorted(((m.start(), -m.end(), i, m) for i, m in pats.finditer(sentence)), key=lambda x: x[:3])
    out: list[Cue] = []
    reach = -1
    for start, neg_end, i, m in found:
        if start < reach:
            continue
        reach = -neg_end
        out.append(Cue(stages[i], start, -neg_end, m.group(0)))
    return out


def stage_status(stage: str, kind: str) -> str | None:
    """The status a cue stage gives a row of `kind`, or None if the cue does not apply."""
    per_kind = _STAGE_MAP.get(stage, {})
    if kind in per_kind:
        return per_kind[kind]
    return _DEFAULT.get(stage)


def pick_status(
    cues: list[Cue], kind: str, start: int, end: int, limit: int | None = None
) -> tuple[str, Cue] | None:
    """Status for a trigger at [start, end): nearest applicable cue before, else after (up to `limit`)."""
    if kind in ("agreement", "joint_venture"):
        # "pledged to deepen it in a joint declaration signed on 3 July": the participle right after
        # the instrument says what happened to it, whatever verb governs the phrase
        right = next((c for c in cues if end <= c.start <= end + 1), None)
        if right is not None and right.stage == "signed" and right.surface.lower() in ("signed", "inked"):
            return stage_status("signed", kind) or "signed", right
    # a cue before the trigger, or one that starts before it and overlaps it ("exchanged two MoCs",
    # "to finalise" inside "finalise the text of their agreement")
    before = [
        c for c in cues if (c.end <= start + 1 or c.start <= start < c.end) and stage_status(c.stage, kind)
    ]
    if before:
        cue = before[-1]
        strong = [c for c in before if c.stage != "weak"]
        if cue.stage == "weak" and strong:
            cue = strong[-1]
        elif _NOMINAL_CUE.match(cue.surface) and len(before) > 1 and cue.start - before[-2].end <= 2:
            cue = before[-2]  # "proposed the launch of a maritime line": the verb governs the noun
        return stage_status(cue.stage, kind) or "agreed", cue
    stop = limit if limit is not None else 10**9
    # A noun after the trigger ("... into a handful of concrete commitments") governs nothing.
    after = [
        c
        for c in cues
        if c.start >= end
        and c.start < stop
        and stage_status(c.stage, kind)
        and not _NOUN_CUE.fullmatch(c.surface)
    ]
    if after:
        cue = after[0]
        # "they agreed to continue studying": an agreement to negotiate is negotiation, as it is
        # when the chain stands before the trigger
        if (
            len(after) > 1
            and cue.stage == "agreed"
            and after[1].stage == "negotiating"
            and after[1].start - cue.end <= _CHAIN_GAP
        ):
            cue = after[1]
        return stage_status(cue.stage, kind) or "agreed", cue
    return None
