"""Extraction in worker processes: same results, same order, same store as one process."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker import workers
from tracker.cli import app

from .conftest import CORPUS

PARENT = os.getpid()
runner = CliRunner()

pytestmark = pytest.mark.skipif(not workers.can_fork(), reason="worker processes are forked on Linux only")


def _echo(text: str, published: str | None) -> list:
    """A stand-in extractor: which process ran it, and what it was given."""
    if text == "boom":
        raise ValueError("rule failed on boom")
    if text == "die" and os.getpid() != PARENT:
        os._exit(3)  # a worker killed mid-article (out of memory, kill -9)
    return [text, published, os.getpid()]


def _items(n: int, *extra: str) -> list[tuple[int, str, str | None]]:
    texts = [f"article {i}" for i in range(n)]
    for k, t in enumerate(extra):
        texts.insert(5 + 3 * k, t)
    return [(i, t, "2024-01-01") for i, t in enumerate(texts)]


def test_results_come_back_in_input_order_from_worker_processes():
    items = _items(40)
    got = list(workers.run(iter(items), jobs=2, start_after=4, extract_fn=_echo))
    assert [tag for tag, _ in got] == list(range(40))
    assert [r[0] for _, r in got] == [t for _, t, _ in items]
    pids = {r[2] for _, r in got}
    assert PARENT in pids and len(pids) >= 2  # the first 4 here, the rest in workers


def test_small_batches_never_start_a_pool():
    got = list(workers.run(iter(_items(10)), jobs=2, start_after=16, extract_fn=_echo))
    assert {r[2] for _, r in got} == {PARENT}


def test_jobs_1_keeps_everything_in_process():
    got = list(workers.run(iter(_items(30)), jobs=1, start_after=0, extract_fn=_echo))
    assert {r[2] for _, r in got} == {PARENT}


def test_a_rule_error_in_a_worker_is_handed_back_for_that_article_only():
    got = list(workers.run(iter(_items(30, "boom")), jobs=2, start_after=2, extract_fn=_echo))
    errors = [(tag, r) for tag, r in got if isinstance(r, BaseException)]
    assert len(got) == 31 and len(errors) == 1
    assert isinstance(errors[0][1], ValueError) and "boom" in str(errors[0][1])


def test_a_worker_that_dies_loses_no_article():
    items = _items(30, "die")
    got = list(workers.run(iter(items), jobs=2, start_after=2, extract_fn=_echo))
    assert [tag for tag, _ in got] == list(range(31))
    assert all(not isinstance(r, BaseException) for _, r in got)
    assert [r[0] for _, r in got] == [t for _, t, _ in items]


@pytest.mark.parametrize(
    ("option", "env", "expected"),
    [(3, None, 3), (1, "4", 1), (None, "2", 2), (None, "junk", None), (0, None, None), (None, None, None)],
)
def test_resolve_jobs(monkeypatch, option, env, expected):
    if env is None:
        monkeypatch.delenv(workers.ENV_JOBS, raising=False)
    else:
        monkeypatch.setenv(workers.ENV_JOBS, env)
    auto = min(workers.usable_cpus(), workers.MAX_AUTO_JOBS)
    assert workers.resolve_jobs(option) == (auto if expected is None else expected)


def _export(db: Path) -> list[dict]:
    out = runner.invoke(app, ["export", "--format", "jsonl", "--db", str(db)])
    assert out.exit_code == 0, out.output
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_parallel_ingest_and_reextract_store_what_one_process_stores(tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    for f in (CORPUS / "dev").iterdir():
        if f.suffix in (".txt", ".html"):
            (folder / f.name).write_bytes(f.read_bytes())
    one, many = tmp_path / "one.db", tmp_path / "many.db"
    for db, jobs in ((one, "1"), (many, "2")):
        out = runner.invoke(app, ["ingest", "--quiet", "--jobs", jobs, "--db", str(db), str(folder)])
        assert out.exit_code == 0, out.output
    expected = _export(one)
    assert len(expected) > 50
    assert _export(many) == expected
    # re-extraction gives mentions new ids, so each store is re-extracted once and compared again
    for db, jobs in ((one, "1"), (many, "2")):
        out = runner.invoke(app, ["reextract", "--jobs", jobs, "--db", str(db)])
        assert out.exit_code == 0 and "articles re-extracted" in out.stdout
    assert _export(many) == _export(one)


def _boom_on_marker(text: str, published: str | None) -> list:
    from tracker.extract import extract

    if "MARKER-BOOM" in text:
        raise RuntimeError("synthetic rule failure")
    return extract(text, published)


def test_a_failing_article_in_a_parallel_batch_is_named_and_the_rest_stored(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "_extract", _boom_on_marker)
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (CORPUS / "seeds").glob("*.txt")
    base = next(iter(sorted(seed))).read_text()
    for i in range(24):
        marker = " MARKER-BOOM" if i == 17 else ""
        (folder / f"a{i:02d}.txt").write_text(f"{base}\n\nReference {i}.{marker}\n")
    db = tmp_path / "t.db"
    out = runner.invoke(app, ["ingest", "--jobs", "2", "--db", str(db), str(folder)])
    assert out.exit_code == 1
    assert (
        "a17.txt" in out.output and "extraction failed (RuntimeError: synthetic rule failure)" in out.output
    )
    assert "24 files: 23 new, 0 unchanged, 1 failed" in out.stdout
    again = runner.invoke(app, ["ingest", "--jobs", "2", "--db", str(db), str(folder)])
    assert "24 files: 0 new, 23 unchanged, 1 failed" in again.stdout
