"""Every command through typer's CliRunner, including its error paths, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app

from .conftest import CORPUS, ROOT

SEEDS = ROOT / "seeds"
runner = CliRunner()


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def ok(*args: str, input: str | bytes | None = None):
    result = run(*args, input=input)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def seeded():
    ok("ingest", str(SEEDS))


def listed(*args: str) -> list[dict]:
    return json.loads(ok("list", "--json", *args).stdout)


def test_help_lists_every_command():
    out = ok("--help").stdout
    for cmd in (
        "ingest",
        "list",
        "show",
        "report",
        "export",
        "stats",
        "due",
        "overdue",
        "review",
        "reject",
        "merge",
        "split",
        "reextract",
    ):
        assert cmd in out


def test_ingest_seeds_twice_adds_nothing_the_second_time():
    first = ok("ingest", str(SEEDS))
    assert "5 files: 5 new, 0 unchanged, 0 failed" in first.stdout
    count = len(listed())
    assert count >= 10
    second = ok("ingest", str(SEEDS))
    assert "5 files: 0 new, 5 unchanged, 0 failed; 0 commitments found" in second.stdout
    assert len(listed()) == count


def test_quiet_prints_nothing_on_success():
    result = ok("ingest", "--quiet", str(SEEDS))
    assert result.stdout == ""


def test_also_read_lines_yield_no_commitment(seeded):
    evidence = " ".join(c["evidence"] for c in listed("--include-rejected"))
    assert "USD 10bn trade goal" not in evidence
    assert "Forge Strong Economic Cartel" not in evidence


def test_restated_undertakings_are_one_commitment_with_two_mentions(seeded):
    target = [c for c in listed("--kind", "trade_target", "--country", "UZ") if c["amount_usd"] == 2e9]
    assert len(target) == 1 and target[0]["mention_count"] == 2
    drama = [c for c in listed("--kind", "joint_venture") if c["sectors"] == ["culture_tourism"]]
    assert len(drama) == 1 and drama[0]["mention_count"] == 2


def test_country_filter_accepts_names_and_codes(seeded):
    by_code = listed("--country", "TJ")
    assert by_code and all("TJ" in c["countries"] for c in by_code)
    assert listed("--country", "Tajikistan") == by_code
    assert listed("--country", "tj") == by_code


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--country", "Atlantis"], "unknown country 'Atlantis'"),
        (["list", "--sector", "space"], "unknown sector 'space'"),
        (["list", "--kind", "treaty"], "unknown kind 'treaty'"),
        (["list", "--since", "20th March"], "bad date for --since"),
        (["report", "--by", "planet"], "unknown grouping 'planet'"),
        (["export", "--format", "xml"], "unknown format 'xml'"),
        (["due", "--as-of", "2025-13-01"], "bad date for --as-of"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(seeded, args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output and len(result.stderr.strip().splitlines()) == 1


def test_missing_database_is_one_clear_line(tmp_path):
    result = run("list", "--db", str(tmp_path / "missing.db"))
    assert result.exit_code == 1
    assert "no database at" in result.stderr and "Traceback" not in result.output
    assert not (tmp_path / "missing.db").exists()


def test_db_option_env_and_default_precedence(tmp_path, monkeypatch):
    explicit = tmp_path / "explicit.db"
    ok("ingest", "--quiet", "--db", str(explicit), str(SEEDS / "000_823924d59dcf6ad7.txt"))
    assert explicit.exists() and not Path(os.environ["TRACKER_DB"]).exists()
    monkeypatch.delenv("TRACKER_DB")
    ok("ingest", "--quiet", str(SEEDS / "000_823924d59dcf6ad7.txt"))
    stats = json.loads(ok("stats", "--json").stdout)
    assert stats["database"].startswith(str(tmp_path / "xdg-data")) or "tracker" in stats["database"]
    assert stats["articles"] == 1


def test_empty_database_lists_nothing(tmp_path):
    ok("ingest", "--quiet", str(SEEDS / "004_7bac86162d3f8ca4.txt"))
    assert "commitments" in ok("stats").stdout


def test_show_renders_fields_mentions_and_reasons(seeded):
    target = next(c for c in listed("--kind", "trade_target") if c["mention_count"] == 2)
    out = ok("show", str(target["id"])).stdout
    assert "Status history" in out and "Mentions" in out and "joined because" in out
    assert "$2 billion" in out
    detail = json.loads(ok("show", str(target["id"]), "--json").stdout)
    assert len(detail["mentions"]) == 2 and detail["history"]


def test_show_unknown_id(seeded):
    result = run("show", "9999")
    assert result.exit_code == 1 and "no commitment with id 9999" in result.stderr


@pytest.mark.parametrize("by", ["country", "pair", "sector", "kind", "status", "month"])
def test_report_groups(seeded, by):
    groups = json.loads(ok("report", "--by", by, "--json").stdout)
    assert groups and all(g["commitments"] >= 1 for g in groups)
    assert ok("report", "--by", by).stdout.strip()


def test_report_by_country_sums_trade_targets(seeded):
    groups = {g["country"]: g for g in json.loads(ok("report", "--json").stdout)}
    assert groups["UZ"]["trade_target_usd"] >= 3e9  # $1bn and $2bn targets
    assert "Uzbekistan" in ok("report").stdout


def test_export_csv_reads_back(seeded, tmp_path):
    out = tmp_path / "out.csv"
    ok("export", "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == len(listed())
    assert {
        "id",
        "kind",
        "countries",
        "sectors",
        "status",
        "amount_usd",
        "mention_count",
        "first_seen",
        "last_seen",
        "evidence",
    } <= set(rows[0])
    assert all(";" in r["countries"] or len(r["countries"]) == 2 for r in rows)


def test_export_jsonl_one_object_per_commitment(seeded):
    lines = ok("export", "--format", "jsonl").stdout.splitlines()
    objs = [json.loads(line) for line in lines]
    assert len(objs) == len(listed())
    for o in objs:
        assert o["mentions"] and o["evidence"] and o["mention_count"] == len(o["mentions"])


def test_export_with_filters(seeded):
    objs = json.loads(ok("export", "--format", "json", "--kind", "trade_target").stdout)
    assert objs and {o["kind"] for o in objs} == {"trade_target"}


def test_search_finds_evidence(seeded):
    rows = listed("--search", "solar water heaters")
    assert rows and all(r["kind"] for r in rows)
    assert listed("--search", "zzznotawordzzz") == []


def test_plain_output_when_piped():
    ok("ingest", "--quiet", str(SEEDS))
    out = ok("list").stdout
    assert "\x1b[" not in out
    assert out.splitlines()[0].split()[:3] == ["id", "kind", "parties"]


def test_mixed_folder_with_bad_files(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(SEEDS / "000_823924d59dcf6ad7.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes(
        "Islamabad, 24 May 2023: Pakistan and Tajikistan agreed to raise trade to $1 billion by 2026. "
        "The caf\xe9 was closed.".encode("latin-1")
    )
    result = run("ingest", str(folder))
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "binary.txt" in result.stderr
    assert "4 files: 2 new, 0 unchanged, 2 failed" in result.stdout
    again = run("ingest", str(folder))
    assert "0 new, 2 unchanged, 2 failed" in again.stdout
    assert json.loads(ok("stats", "--json").stdout)["articles"] == 2


def test_missing_path_is_named(tmp_path):
    result = run("ingest", str(tmp_path / "nope.txt"), str(SEEDS / "000_823924d59dcf6ad7.txt"))
    assert result.exit_code == 1 and "nope.txt" in result.stderr
    assert "1 new" in result.stdout


def test_stdin_and_published_override():
    text = (SEEDS / "001_8d93f3ec27d55c5e.txt").read_bytes()
    ok("ingest", "-", "--published", "2021-06-01", "--source", "Dawn", input=text)
    rows = json.loads(ok("export", "--format", "json").stdout)
    assert rows and rows[0]["published"] == "2021-06-01" and rows[0]["source"] == "Dawn"


def test_due_and_overdue_respect_year_precision(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "Islamabad, 24 May 2023 (APP): Pakistan and Tajikistan agreed to raise bilateral trade to "
        "$1 billion by 2024, the ministers said.\n",
        encoding="utf-8",
    )
    ok("ingest", str(article))
    assert json.loads(ok("overdue", "--as-of", "2024-12-31", "--json").stdout) == []
    late = json.loads(ok("overdue", "--as-of", "2025-01-01", "--json").stdout)
    assert [c["target_date"] for c in late] == ["2024"]
    soon = json.loads(ok("due", "--as-of", "2024-11-01", "--within", "90", "--json").stdout)
    assert [c["target_date"] for c in soon] == ["2024"]
    assert json.loads(ok("due", "--as-of", "2024-01-01", "--within", "30", "--json").stdout) == []
    assert "days overdue" in ok("overdue", "--as-of", "2025-03-01").stdout


def test_curation_commands_and_reextract(seeded):
    rows = listed()
    first, second = rows[0]["id"], rows[1]["id"]
    assert "rejected" in ok("reject", str(first), "--reason", "not a commitment").stdout
    assert first not in {r["id"] for r in listed()}
    assert first in {r["id"] for r in listed("--include-rejected")}
    ok("review", str(second), "--status", "achieved", "--note", "inaugurated per ministry")
    ok("reextract", "--quiet")
    ok("reextract")
    assert first not in {r["id"] for r in listed()}
    assert next(r for r in listed() if r["id"] == second)["status"] == "achieved"
    detail = json.loads(ok("show", str(second), "--json").stdout)
    assert detail["curation"][0]["note"] == "inaugurated per ministry"
    assert run("review", str(second)).exit_code == 2
    ok("reject", str(first), "--undo")
    assert first in {r["id"] for r in listed()}


def test_merge_and_split_commands(seeded):
    targets = listed("--kind", "trade_target", "--country", "UZ")
    a, b = targets[0], targets[1]
    ok("merge", str(a["id"]), str(b["id"]))
    merged = json.loads(ok("show", str(a["id"]), "--json").stdout)
    assert merged["mention_count"] == a["mention_count"] + b["mention_count"]
    mention = merged["mentions"][-1]["id"]
    out = ok("split", str(a["id"]), "--mention", str(mention)).stdout
    assert "new commitment" in out
    assert run("merge", str(a["id"])).exit_code == 2
    assert run("split", str(a["id"]), "--mention", "99999").exit_code == 1


def test_two_ingests_at_once(tmp_path):
    """Two overlapping runs (cron and a person) both succeed and store each article once."""
    db = tmp_path / "shared.db"
    env = dict(os.environ, TRACKER_DB=str(db))
    folder = CORPUS / "dev"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tracker", "ingest", "--quiet", str(folder)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(2)
    ]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    result = ok("stats", "--json", "--db", str(db))
    articles = sum(1 for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html"))
    assert json.loads(result.stdout)["articles"] == articles
