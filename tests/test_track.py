"""Tracking rules as example tables: when two mentions are one commitment, and what it says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker import track
from tracker.models import Mention


def mention(kind="trade_target", countries=("PK", "UZ"), status="agreed", **kw) -> Mention:
    evidence = kw.pop("evidence", "Both sides agreed.")
    return Mention(
        kind=kind,
        countries=list(countries),
        status=status,
        evidence=evidence,
        start=0,
        end=len(evidence),
        **kw,
    )


SAME = [
    (
        "status is not part of the key",
        mention(amount=2e9, currency="USD", status="proposed"),
        mention(amount=2e9, currency="USD", status="signed"),
    ),
    (
        "party order does not matter",
        mention(amount=2e9, currency="USD", countries=("UZ", "PK")),
        mention(amount=2e9, currency="USD"),
    ),
    (
        "a deadline added later is the same target",
        mention(amount=2e9, currency="USD"),
        mention(amount=2e9, currency="USD", target_date="2025"),
    ),
    (
        "JWG abbreviation matches the full name",
        mention("working_group", name="Joint Working Group (JWG) for IT and telecom", sectors=["ict"]),
        mention("working_group", name="the IT JWG", sectors=["ict"]),
    ),
    (
        "JEC with ordinal session",
        mention("working_group", name="22nd Session of the Pakistan-Iran Joint Economic Commission"),
        mention("working_group", name="JEC"),
    ),
    (
        "joint ventures in the same sectors",
        mention("joint_venture", sectors=["culture_tourism"], name="joint productions in drama and film"),
        mention("joint_venture", sectors=["culture_tourism"], name="joint drama and film productions"),
    ),
]

DIFFERENT = [
    (
        "a raised figure is a new commitment",
        mention(amount=1e9, currency="USD"),
        mention(amount=2e9, currency="USD"),
    ),
    (
        "other parties",
        mention(amount=2e9, currency="USD"),
        mention(amount=2e9, currency="USD", countries=("PK", "TJ")),
    ),
    (
        "other kind",
        mention(amount=2e9, currency="USD"),
        mention("investment_target", amount=2e9, currency="USD"),
    ),
    (
        "different bodies",
        mention("working_group", name="Joint Economic Commission"),
        mention("working_group", name="Joint Business Council"),
    ),
    (
        "working groups on different sectors",
        mention("working_group", name="Energy Working Group", sectors=["energy"]),
        mention("working_group", name="working group on climate change", sectors=["climate_environment"]),
    ),
    (
        "joint ventures in different sectors",
        mention("joint_venture", sectors=["metals_mining"]),
        mention("joint_venture", sectors=["culture_tourism"]),
    ),
]


@pytest.mark.parametrize(("why", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_same_commitment(why, a, b):
    assert track.commitment_key(a)[0] == track.commitment_key(b)[0]


@pytest.mark.parametrize(("why", "a", "b"), DIFFERENT, ids=[c[0] for c in DIFFERENT])
def test_different_commitments(why, a, b):
    assert track.commitment_key(a)[0] != track.commitment_key(b)[0]


def test_key_reason_says_why():
    key, reason = track.commitment_key(mention(amount=2e9, currency="USD"))
    assert "PK, UZ" in reason and "USD 2,000,000,000" in reason


@pytest.mark.parametrize(
    ("target", "end"),
    [
        ("2024", "2024-12-31"),
        ("2025-02", "2025-02-28"),
        ("2024-02", "2024-02-29"),
        ("2025-06-30", "2025-06-30"),
        (None, None),
        ("soon", None),
    ],
)
def test_deadline_end_respects_precision(target, end):
    assert track.deadline_end(target) == end


@pytest.mark.parametrize(
    ("target", "kind"), [("2027", "year"), ("2025-06", "month"), ("2025-06-30", "day"), (None, None)]
)
def test_precision(target, kind):
    assert track.precision(target) == kind


def test_summary_is_as_last_reported_and_order_free():
    rows = [
        {
            "kind": "trade_target",
            "countries": ["PK", "UZ"],
            "sectors": [],
            "status": "proposed",
            "amount": 2e9,
            "currency": "USD",
            "amount_usd": 2e9,
            "published": "2025-03-20",
            "article_id": "a",
            "evidence": "first",
            "evidence_start": 0,
        },
        {
            "kind": "trade_target",
            "countries": ["PK", "UZ"],
            "sectors": [],
            "status": "agreed",
            "target_date": "2025",
            "amount": 2e9,
            "currency": "USD",
            "amount_usd": 2e9,
            "published": "2025-07-18",
            "article_id": "b",
            "evidence": "second",
            "evidence_start": 0,
        },
    ]
    s1, s2 = track.summarise(rows), track.summarise(list(reversed(rows)))
    assert s1 == s2
    assert s1["status"] == "agreed" and s1["target_date"] == "2025"
    assert (s1["first_seen"], s1["last_seen"]) == ("2025-03-20", "2025-07-18")
    assert [h["status"] for h in track.status_history(rows)] == ["proposed", "agreed"]


def test_raised_figure_supersedes_the_earlier_one():
    rows = [
        {
            "id": 1,
            "amount": 1e9,
            "currency": "USD",
            "first_seen": "2023-01-01",
            "last_seen": "2023-06-01",
            "articles": {"a"},
        },
        {
            "id": 2,
            "amount": 2e9,
            "currency": "USD",
            "first_seen": "2025-01-01",
            "last_seen": "2025-01-01",
            "articles": {"b"},
        },
    ]
    assert track.supersedes(rows) == {2: 1}


def test_two_targets_in_one_article_do_not_supersede():
    rows = [
        {
            "id": 1,
            "amount": 1e9,
            "first_seen": "2025-01-01",
            "last_seen": "2025-07-18",
            "articles": {"a", "b"},
        },
        {"id": 2, "amount": 2e9, "first_seen": "2025-07-18", "last_seen": "2025-07-18", "articles": {"b"}},
    ]
    assert track.supersedes(rows) == {}


@pytest.mark.parametrize(
    ("kind", "status", "cameo", "plover"),
    [
        ("trade_target", "agreed", "0311", "AGREE"),
        ("agreement", "signed", "057", "AGREE"),
        ("project", "achieved", "061", "COOPERATE"),
        ("working_group", "signed", "046", "CONSULT"),
        ("joint_venture", "proposed", "0211", "REQUEST"),
    ],
)
def test_event_codes(kind, status, cameo, plover):
    assert track.event_codes(kind, status) == (cameo, plover)


def test_report_sums_a_raised_target_once():
    from tracker.report import group_rows

    rows = [
        {
            "id": 1,
            "kind": "trade_target",
            "countries": ["PK", "UZ"],
            "sectors": [],
            "status": "agreed",
            "amount_usd": 1e9,
            "last_seen": "2023-01-01",
        },
        {
            "id": 2,
            "kind": "trade_target",
            "countries": ["PK", "UZ"],
            "sectors": [],
            "status": "agreed",
            "amount_usd": 2e9,
            "supersedes_id": 1,
            "last_seen": "2025-01-01",
        },
    ]
    (pair,) = group_rows(rows, "pair")
    assert pair["commitments"] == 2 and pair["trade_target_usd"] == 2e9 and pair["latest"] == "2025-01-01"


mention_dicts = st.lists(
    st.fixed_dictionaries(
        {
            "article_id": st.sampled_from(["a", "b", "c"]),
            "kind": st.just("trade_target"),
            "status": st.sampled_from(["proposed", "negotiating", "agreed", "signed", "achieved"]),
            "countries": st.just(["PK", "UZ"]),
            "sectors": st.lists(st.sampled_from(["energy", "ict", "agriculture"]), max_size=2),
            "amount": st.sampled_from([None, 1e9, 2e9]),
            "target_date": st.sampled_from([None, "2025", "2026-06"]),
            "published": st.sampled_from([None, "2025-01-01", "2025-03-20", "2025-07-18"]),
            "announced_on": st.sampled_from([None, "2025-02-02"]),
            "ingested_on": st.just("2026-11-22"),
            "evidence": st.sampled_from(["x", "y", "z"]),
            "evidence_start": st.integers(0, 500),
        }
    ),
    min_size=1,
    max_size=12,
)


@given(mention_dicts, st.integers(0, 12))
def test_folding_in_steps_equals_summarising_at_once(mentions, cut):
    mentions = [dict(m, ordinal=i) for i, m in enumerate(mentions)]  # (article, ordinal) is unique in a store
    cut = min(cut, len(mentions) - 1)
    at_once = track.summarise(mentions)
    state = track.fold(None, mentions[cut:]) if cut else None
    stepped = track.summary_of(
        track.fold(state, mentions[:cut] or mentions) if cut else track.fold(None, mentions)
    )
    reversed_ = track.summarise(list(reversed(mentions)))
    assert stepped == at_once == reversed_
