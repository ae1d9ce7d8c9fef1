"""Export formats: records carry the domain fields; CSV is safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tracker import export


def commitment(**kw) -> dict:
    base = {
        "id": 7,
        "kind": "trade_target",
        "countries": ["PK", "UZ"],
        "sectors": ["energy", "ict"],
        "status": "agreed",
        "amount": 2e9,
        "currency": "USD",
        "amount_usd": 2e9,
        "target_date": "2025",
        "evidence": "raise trade to $2 billion",
        "mention_count": 2,
        "first_seen": "2025-03-20",
        "last_seen": "2025-07-18",
    }
    base.update(kw)
    return base


MENTIONS = [
    {
        "id": 1,
        "article_id": "abc",
        "article_title": "T",
        "published": "2025-03-20",
        "status": "agreed",
        "evidence": "raise trade to $2 billion",
        "evidence_start": 10,
        "evidence_end": 35,
        "actors": [{"name": "Haroon Akhtar Khan", "role": "Special Assistant"}],
    }
]


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 call me", "'+1 call me"),
        ("-Kazakh delegation", "'-Kazakh delegation"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("-5", "-5"),  # a negative number stays a number
        (-5.5, -5.5),
        ("Pakistan", "Pakistan"),
        (["PK", "UZ"], "PK;UZ"),
        (None, ""),
    ],
)
def test_csv_cells_are_neutralised(value, cell):
    assert export.csv_cell(value) == cell


def test_csv_reads_back_with_the_csv_module():
    buf = io.StringIO()
    rec = export.record(commitment(evidence='He said "=1+1", then left'), MENTIONS)
    assert export.write([rec], "csv", buf) == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["countries"] == "PK;UZ" and rows[0]["sectors"] == "energy;ict"
    assert rows[0]["evidence"] == 'He said "=1+1", then left'
    assert rows[0]["mention_count"] == "2" and rows[0]["first_seen"] == "2025-03-20"
    assert rows[0]["actors"] == "Haroon Akhtar Khan (Special Assistant)"
    assert buf.getvalue().endswith("\r\n")


def test_jsonl_has_the_domain_fields_and_mentions():
    buf = io.StringIO()
    export.write([export.record(commitment(), MENTIONS)], "jsonl", buf)
    obj = json.loads(buf.getvalue().splitlines()[0])
    for field in (
        "id",
        "kind",
        "countries",
        "sectors",
        "status",
        "amount",
        "currency",
        "amount_usd",
        "baseline_usd",
        "target_date",
        "announced_on",
        "actors",
        "evidence",
        "mention_count",
        "mentions",
        "cameo",
        "plover",
    ):
        assert field in obj
    assert obj["mentions"][0]["evidence"] == "raise trade to $2 billion"
    assert obj["evidence_start"] == 10 and obj["article_id"] == "abc"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        export.write([], "xml", io.StringIO())
