"""Example tables for the commitment finder, one construction per case.

Sentences are written for these tests (not taken from the corpus). Each case states what a
reader would check: the kind, the parties, the status and the key fields of the rows found.
Known misses are xfail(strict=True), so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from tracker.extract import extract
from tracker.extract.codes import event_codes
from tracker.extract.sentences import split_sentences

PUBLISHED = "2025-04-10"


@dataclass
class Example:
    text: str
    rows: list[dict] = field(default_factory=list)  # expected rows: subset of fields per row
    published: str | None = PUBLISHED


def _check(example: Example) -> None:
    got = extract(example.text, example.published)
    for m in got:
        assert example.text[m.start : m.end] == m.evidence
    assert len(got) == len(example.rows), [(m.kind, m.countries, m.status) for m in got]
    for want, m in zip(example.rows, sorted(got, key=lambda m: (m.start, m.kind)), strict=True):
        for key, value in want.items():
            assert getattr(m, key) == value, (key, getattr(m, key), value, m.evidence)


LEAD = "Ghana and Morocco held talks in Rabat on Monday. "

TRADE_TARGETS = [
    Example(
        LEAD + "Ghana and Morocco agreed to raise bilateral trade to $3 billion by 2028.",
        [
            {
                "kind": "trade_target",
                "countries": ["GH", "MA"],
                "status": "agreed",
                "amount_usd": 3e9,
                "target_date": "2028",
            }
        ],
    ),
    Example(
        LEAD + "The two sides set a target of 800 million US dollars in annual trade within four years.",
        [{"kind": "trade_target", "amount_usd": 8e8, "target_date": "2029", "status": "agreed"}],
    ),
    Example(  # two figures with two deadlines are two rows
        LEAD
        + "Ghana and Morocco intend to lift trade turnover to $1 billion by the end of next year and to $2 billion by 2030.",
        [
            {"kind": "trade_target", "amount_usd": 1e9, "target_date": "2026"},
            {"kind": "trade_target", "amount_usd": 2e9, "target_date": "2030"},
        ],
    ),
    Example(  # the figure after "from" is the baseline, not a second target
        LEAD + "The ministers seek to raise bilateral trade from about $600 million to $1.5 billion by 2027.",
        [{"kind": "trade_target", "amount_usd": 1.5e9, "baseline_usd": 6e8}],
    ),
    Example(  # a current figure alone is never a row
        LEAD + "Bilateral trade stood at $450 million last year, up from $300 million in 2022.",
        [],
    ),
    Example(  # an analyst's recommendation is not an undertaking
        LEAD + "Morocco should set itself a target of $5 billion in trade with Ghana by 2030.",
        [],
    ),
]

WORKING_GROUPS = [
    Example(
        LEAD + "The two countries agreed to set up a Joint Working Group on Customs Cooperation.",
        [{"kind": "working_group", "status": "agreed", "sectors": ["trade_customs"]}],
    ),
    Example(
        LEAD + "The fourth session of the Ghana-Morocco Joint Commission was held in Rabat on Monday.",
        [{"kind": "working_group", "status": "signed", "countries": ["GH", "MA"], "sectors": []}],
    ),
    Example(
        LEAD + "Morocco proposed creating a joint task force on fisheries.",
        [{"kind": "working_group", "status": "proposed", "sectors": ["agriculture"]}],
    ),
    Example(  # a later session of a body already counted is no new row
        LEAD + "The third meeting of the Ghana-Morocco Joint Commission took place in Accra. "
        "The next meeting of the Joint Commission will be held in Rabat in 2026.",
        [{"kind": "working_group", "status": "signed"}],
    ),
]

JOINT_VENTURES = [
    Example(
        LEAD
        + "Moroccan and Ghanaian firms agreed to set up a joint venture to produce fertiliser and cocoa processing equipment.",
        [{"kind": "joint_venture", "status": "agreed"}],
    ),
    Example(
        LEAD + "The two sides are exploring the co-production of pharmaceuticals and vaccines.",
        [{"kind": "joint_venture", "status": "negotiating", "sectors": ["health_pharma"]}],
    ),
    Example(  # a signed JV agreement is one joint-venture row, no agreement row
        LEAD
        + "A Moroccan phosphate company and a Ghanaian partner signed an agreement to set up a joint venture for cement production.",
        [{"kind": "joint_venture", "status": "signed", "sectors": ["construction"]}],
    ),
]

AGREEMENTS = [
    Example(
        LEAD
        + "Ghana and Morocco signed 14 agreements and memoranda of understanding covering energy, mining and tourism.",
        [
            {
                "kind": "agreement",
                "status": "signed",
                "count": 14,
                "sectors": ["culture_tourism", "energy", "metals_mining"],
            }
        ],
    ),
    Example(  # protocol plus N other documents = N + 1
        LEAD
        + "The co-chairs signed the protocol of the fourth session and the parties exchanged six other documents.",
        [{"kind": "agreement", "status": "signed", "count": 7}],
    ),
    Example(  # text finalised or initialled -> agreed; under talks -> negotiating
        LEAD + "Negotiators initialled an agreement on the avoidance of double taxation.",
        [{"kind": "agreement", "status": "agreed"}],
    ),
    Example(
        LEAD + "The two sides agreed to start negotiations on a free trade agreement.",
        [{"kind": "agreement", "status": "negotiating", "sectors": ["trade_customs"]}],
    ),
    Example(  # history: signed years ago, no follow-up
        LEAD + "The two countries signed an investment protection agreement in 2009.",
        [],
    ),
]

PROJECTS = [
    Example(
        LEAD + "Royal Air Maroc plans to launch direct flights between Casablanca and Accra from 1 June.",
        [
            {
                "kind": "project",
                "status": "agreed",
                "target_date": "2025-06-01",
                "sectors": ["logistics_transport"],
            }
        ],
    ),
    Example(
        LEAD + "The two sides agreed to hold a Ghana-Morocco business forum in Accra in October 2025.",
        [{"kind": "project", "status": "agreed", "target_date": "2025-10"}],
    ),
    Example(  # a project negated in its own sentence is not a row
        LEAD + "Asked about the gas pipeline, the minister said it was not on the agenda.",
        [],
    ),
    Example(  # conditional
        LEAD + "If the railway is built, freight costs could fall by a third.",
        [],
    ),
]

INVESTMENT = [
    Example(
        LEAD
        + "Morocco pledged to invest $400 million in Ghana's agriculture and fertiliser sectors over the next three years.",
        [
            {
                "kind": "investment_target",
                "status": "agreed",
                "amount_usd": 4e8,
                "target_date": "2028",
                "sectors": ["agriculture"],
            }
        ],
    ),
    Example(  # commercial deals "worth $X" are agreements, not investment targets
        LEAD + "Moroccan and Ghanaian companies signed 9 commercial agreements worth $120 million.",
        [{"kind": "agreement", "count": 9, "status": "signed"}],
    ),
    Example(  # a cost estimate is not a pledge
        LEAD + "The railway is estimated to cost $2 billion.",
        [],
    ),
]

TRILATERAL = [
    Example(
        "Ghana, Togo and Benin met in Lome. The three countries agreed to complete the coastal railway by 2028.",
        [{"kind": "project", "countries": ["BJ", "GH", "TG"], "target_date": "2028"}],
    ),
]

KNOWN_MISSES = [
    # A noun-phrase commitment with no verb ("the creation of working groups") has no cue.
    pytest.param(
        Example(
            LEAD
            + "At the heart of the plan is the creation of joint working groups on trade and investment.",
            [{"kind": "working_group", "status": "agreed"}],
        ),
        marks=pytest.mark.xfail(
            strict=True, reason="no governing verb: noun-phrase undertakings are not read"
        ),
    ),
]


@pytest.mark.parametrize(
    "example",
    TRADE_TARGETS
    + WORKING_GROUPS
    + JOINT_VENTURES
    + AGREEMENTS
    + PROJECTS
    + INVESTMENT
    + TRILATERAL
    + KNOWN_MISSES,
)
def test_examples(example: Example) -> None:
    _check(example)


SPLITS = [
    ("Mr. Khan met Dr. Ali in the U.S. capital. They agreed.", 2),
    ("Trade rose 2.5 per cent. Rs. 100 billion was pledged.", 2),
    ("Headline without a stop\n\nThe body starts here. It ends here.", 3),
    ("The minister said the two sides had reached an\n\n\nunderstanding on trade.", 1),
    ("Outcomes:\n• a forum in May;\n- a train by June;\n* a park in 2026.", 4),
]


@pytest.mark.parametrize(("text", "n"), SPLITS)
def test_sentence_split(text: str, n: int) -> None:
    got = split_sentences(text)
    assert len(got) == n, [s.text for s in got]
    for s in got:
        assert text[s.start : s.end] == s.text


def test_headline_is_not_a_row() -> None:
    text = "Ghana, Morocco agree to set up joint working group\n\nGhana and Morocco held talks in Rabat on Monday."
    assert extract(text, PUBLISHED) == []


@pytest.mark.parametrize(
    ("kind", "status", "codes"),
    [
        ("agreement", "signed", ("057", "AGREE")),
        ("working_group", "signed", ("046", "CONSULT")),
        ("trade_target", "agreed", ("0311", "AGREE")),
        ("project", "achieved", ("061", "COOPERATE")),
        ("joint_venture", "proposed", ("0211", "REQUEST")),
        ("agreement", "negotiating", ("046", "CONSULT")),
    ],
)
def test_event_codes(kind: str, status: str, codes: tuple[str, str]) -> None:
    assert event_codes(kind, status) == codes
