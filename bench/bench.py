"""Measure tracker's performance on a generated corpus and print the figures beside their targets.

Why this exists: the issue asks for numbers, not impressions. Extraction must cost at most
2 ms per article (median), a whole ingest must stay within 10x of the bare I/O floor (read,
decode, one sqlite-utils insert per file), memory must not grow with the corpus, and commands
that only read the database must not pay for importing dateparser/pycountry/trafilatura.

The corpus is made by cycling the labelled seeds and dev articles (tests/corpus) and making each
copy unique (a reference appended to its longest body paragraph, so datelines in the first lines
stay intact and every copy has its own content hash). Everything is written under a temporary
run folder (bench/out/ by default, git-ignored) and removed at the end unless --keep.

Ingest runs happen in separate worker processes (this file with --worker) so that each peak RSS
belongs to that ingest only; the N/4 memory figures are read in the same run when its first
quarter is done, so the corpus is ingested once. No network is used. Missed targets print MISSED; the exit code
is 0 regardless, because a benchmark reports, it does not gate.

    .venv/bin/python bench/bench.py                # 10,000 articles, a few minutes
    .venv/bin/python bench/bench.py --articles 500 # smoke run
    .venv/bin/python bench/bench.py --json         # figures as JSON on stdout
    .venv/bin/python bench/bench.py --profile      # also cProfile an ingest of 500 articles
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIRS = (ROOT / "tests" / "corpus" / "seeds", ROOT / "tests" / "corpus" / "dev")
SOURCE_SUFFIXES = (".txt", ".html")
INPUT_SUFFIXES = (".txt", ".md", ".html", ".htm")  # what `tracker ingest` reads from a folder
HEAVY_MODULES = ("dateparser", "pycountry", "trafilatura")

TARGET_EXTRACT_MS = 2.0  # median ms per article
TARGET_FLOOR_RATIO = 10.0  # whole ingest / I/O floor
TARGET_FLAT_RATIO = 1.5  # peak growth at N / peak growth at N/4 (linear growth would be ~4)
FLAT_NOISE_MB = 10.0  # growth differences below this are allocator noise, not growth
CLI_SLICE = 500
STARTUP_RUNS = 10
WORKER_TIMEOUT_S = 3600

_T0 = time.perf_counter()


def log(message: str) -> None:
    """Progress goes to stderr so that stdout carries only the table (or the JSON)."""
    print(f"[{time.perf_counter() - _T0:7.1f}s] {message}", file=sys.stderr, flush=True)


def maxrss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def p90(values: Sequence[float]) -> float | None:
    if not values:
        return None
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=10, method="inclusive")[8]


def ratio(a: float | None, b: float | None) -> float | None:
    return a / b if a is not None and b else None


def proc_status_mb(field: str) -> float | None:
    """A memory line of /proc/self/status (VmRSS, VmHWM) in MiB; None off Linux."""
    try:
        text = Path("/proc/self/status").read_text()
    except OSError:
        return None
    m = re.search(rf"^{field}:\s+(\d+) kB", text, re.M)
    return int(m.group(1)) / 1024 if m else None


def reset_hwm() -> bool:
    """Reset this process's peak-RSS mark (Linux clear_refs 5), so VmHWM covers what follows only.

    Needed because ru_maxrss cannot be reset: it keeps the warm-up's peak, and on Linux a
    child's ru_maxrss even starts at the parent's RSS at fork time.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


# ---------------------------------------------------------------------------- corpus


_P_BLOCK = re.compile(rb"<p(?:\s[^>]*)?>(.*?)</p\s*>", re.S | re.I)


def source_files() -> list[Path]:
    """The labelled articles the corpus cycles through (gold files and READMEs excluded)."""
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(p for p in folder.iterdir() if p.suffix in SOURCE_SUFFIXES)
    if not files:
        raise SystemExit(f"no source articles under {', '.join(map(str, SOURCE_DIRS))}")
    return files


def uniquify(data: bytes, suffix: str, number: int) -> bytes:
    """Append a reference to the longest body paragraph so the copy's content hash is its own.

    The longest paragraph is body text on every outlet we have, and appending at its end never
    touches a dateline or a title at the start of the article. Works on bytes, so any
    ASCII-compatible encoding survives.
    """
    tag = f" Ref BR{number:06d}.".encode("ascii")
    if suffix in (".html", ".htm"):
        blocks = list(_P_BLOCK.finditer(data))
        if blocks:
            at = max(blocks, key=lambda m: len(m.group(1))).end(1)
            return data[:at] + tag + data[at:]
    lines = data.split(b"\n")
    i = max(range(len(lines)), key=lambda k: len(lines[k]))
    cr = b"\r" if lines[i].endswith(b"\r") else b""
    lines[i] = lines[i].rstrip(b"\r") + tag + cr
    return b"\n".join(lines)


class Corpus:
    """N generated article files in one folder, plus folders of hard links for smaller slices."""

    def __init__(self, root: Path, count: int) -> None:
        self.root = root
        self.sources = source_files()
        self.all_dir = root / "corpus"
        self.all_dir.mkdir(parents=True)
        self.files: list[Path] = []
        self.bytes = 0
        for i in range(count):
            src = self.sources[i % len(self.sources)]
            data = uniquify(src.read_bytes(), src.suffix, i)
            path = self.all_dir / f"{i:06d}_{src.stem}{src.suffix}"
            path.write_bytes(data)
            self.files.append(path)
            self.bytes += len(data)
        # One unmodified copy of each source: workers ingest it first so that lazy loads
        # (gazetteers, compiled patterns, trafilatura) happen before memory is measured.
        self.warmup_dir = root / "warmup"
        self.warmup_dir.mkdir()
        for src in self.sources:
            shutil.copyfile(src, self.warmup_dir / src.name)
        self._slices: dict[int, Path] = {len(self.files): self.all_dir}

    def slice(self, count: int) -> Path:
        """A folder with the first `count` files (hard links; copies where links fail)."""
        count = max(1, min(count, len(self.files)))
        if count not in self._slices:
            folder = self.root / f"slice-{count}"
            folder.mkdir()
            for path in self.files[:count]:
                try:
                    os.link(path, folder / path.name)
                except OSError:
                    shutil.copyfile(path, folder / path.name)
            self._slices[count] = folder
        return self._slices[count]


def input_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files a folder ingest would read, in a stable order (used by the fallback loop and the floor)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES)
        else:
            out.append(p)
    return out


# ---------------------------------------------------------------------------- ingest (worker side)


def run_ingest(database: Any, paths: list[str], ticks: list[tuple[float, float]] | None = None) -> dict:
    """`tracker.pipeline.ingest`, or a loop doing the same steps while the pipeline is unfinished.

    The fallback exists so the harness gives figures while ingest modules are being written;
    its use is reported (`via`) so nobody mistakes it for the real pipeline. `ticks` collects the
    time each input starts (through the progress hook), to see whether later articles cost more.
    """
    from tracker import pipeline

    tick = (
        (lambda _name: ticks.append((time.perf_counter(), time.process_time())))
        if ticks is not None
        else None
    )
    try:
        result = pipeline.ingest(database, paths, progress=tick)
    except ImportError as exc:
        return _fallback_ingest(database, paths, f"bench fallback loop (pipeline.ingest: {exc})", tick)
    return {
        "via": "tracker.pipeline.ingest",
        "files": result.files,
        "new": result.new,
        "unchanged": result.unchanged,
        "failed": len(result.failed),
        "failures": [f"{f.name}: {f.reason}" for f in result.failed[:3]],
        "commitments": result.commitments,
    }


def _fallback_ingest(database: Any, paths: list[str], via: str, tick: Callable[[str], None] | None) -> dict:
    from tracker import db as store
    from tracker.extract import extract
    from tracker.ingest import parse_article

    out: dict = {
        "via": via,
        "files": 0,
        "new": 0,
        "unchanged": 0,
        "failed": 0,
        "failures": [],
        "commitments": 0,
    }
    for path in input_files(paths):
        out["files"] += 1
        if tick:
            tick(path.name)
        try:
            article = parse_article(path.read_bytes(), str(path))
            if store.article_exists(database, article.id):
                out["unchanged"] += 1
                continue
            mentions = extract(article.text, article.published)
            if store.save_article(database, article, mentions):
                out["new"] += 1
                out["commitments"] += len(mentions)
            else:
                out["unchanged"] += 1
        except Exception as exc:  # noqa: BLE001 - count it and go on, as the pipeline does
            out["failed"] += 1
            if len(out["failures"]) < 3:
                out["failures"].append(f"{path.name}: {type(exc).__name__}: {exc}")
    return out


def worker(db_path: Path, warmup: Path, paths: list[str], trace: bool, mark: int | None = None) -> dict:
    """One ingest in a fresh process: warm up, then measure wall time, peak RSS growth, tracemalloc.

    With `mark`, the same memory figures (and the time so far) are also read at the moment the
    first `mark` inputs are done, under "at_mark": the N/4 point of the memory comparison is the
    first quarter of this same run, so the corpus is ingested once instead of twice.
    parse_article is timed per article inside the ingest (two clock reads per article).
    """
    import sqlite3

    import tracker.ingest
    from tracker import db as store

    t0 = time.perf_counter()
    warm_path = db_path.with_name(db_path.stem + "-warmup.db")
    warm = store.open_db(warm_path)
    warm_result = run_ingest(warm, [str(warmup)])
    warm.conn.close()
    warmup_s = time.perf_counter() - t0

    parse_ms: list[float] = []
    real_parse = tracker.ingest.parse_article

    def timed_parse(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter_ns()
        try:
            return real_parse(*args, **kwargs)
        finally:
            parse_ms.append((time.perf_counter_ns() - t) / 1e6)

    tracker.ingest.parse_article = timed_parse  # the pipeline imports it from the package at call time

    database = store.open_db(db_path)
    gc.collect()
    maxrss_before = maxrss_mb()
    rss_before = proc_status_mb("VmRSS")
    hwm_reset = reset_hwm()  # from here VmHWM is the peak of this ingest alone
    if trace:
        tracemalloc.start()
    ticks: list[tuple[float, float]] = []
    kids0 = _children_cpu()
    total = len(input_files(paths))
    workers_mb: dict[str, list[float]] = {}
    t0, c0 = time.perf_counter(), time.process_time()

    def memory_now(files: int, wall: float, cpu: float) -> dict:
        hwm = proc_status_mb("VmHWM") if hwm_reset else None
        if hwm is not None and rss_before is not None:
            growth = hwm - rss_before
        else:  # no /proc: the high-water mark hides growth below the warm-up peak
            growth = maxrss_mb() - maxrss_before
        return {
            "files": files,
            "wall_s": wall,
            "cpu_s": cpu,
            "maxrss_peak_mb": maxrss_mb(),
            "rss_peak_during_ingest_mb": hwm,
            "rss_growth_mb": growth,
            "tracemalloc_peak_mb": tracemalloc.get_traced_memory()[1] / 2**20 if trace else None,
        }

    at_mark: dict | None = None

    class Ticks(list):
        """The start time of each input; at input number `mark` (0-based), the memory so far."""

        def append(self, item: tuple[float, float]) -> None:
            nonlocal at_mark
            if mark is not None and len(self) == mark and at_mark is None:
                at_mark = memory_now(mark, item[0] - t0, item[1] - c0)
                workers_mb["at_mark"] = _workers_rss_mb()
            if len(self) == total - 1:  # the last input: extraction workers are still alive
                workers_mb["at_end"] = _workers_rss_mb()
            super().append(item)

    ticks = Ticks()
    result = run_ingest(database, paths, ticks)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    workers_cpu = _children_cpu() - kids0  # extraction workers, counted once they have exited
    if mark is not None and at_mark is None and len(ticks) >= mark:
        at_mark = memory_now(len(ticks), wall, cpu)  # the mark is the whole run
    end = memory_now(len(ticks), wall, cpu)
    if trace:
        tracemalloc.stop()
    tracker.ingest.parse_article = real_parse
    ends = [*ticks[1:], (t0 + wall, c0 + cpu)]
    per_article = [(b[0] - a[0]) * 1000 for a, b in zip(ticks, ends, strict=True)]
    per_article_cpu = [(b[1] - a[1]) * 1000 for a, b in zip(ticks, ends, strict=True)]
    database.conn.close()
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        commitments, most = conn.execute("SELECT count(*), max(mention_count) FROM commitments").fetchone()
    how = (
        "VmHWM (reset after warm-up) - VmRSS before"
        if end["rss_peak_during_ingest_mb"] is not None and (rss_before is not None)
        else "ru_maxrss after - before"
    )
    return {
        **result,
        "wall_s": wall,
        "warmup_s": warmup_s,
        "warmup_failed": warm_result["failed"],
        "maxrss_before_mb": maxrss_before,
        "maxrss_peak_mb": end["maxrss_peak_mb"],
        "rss_before_mb": rss_before,
        "rss_peak_during_ingest_mb": end["rss_peak_during_ingest_mb"],
        "rss_growth_mb": end["rss_growth_mb"],
        "rss_growth_how": how,
        "tracemalloc_peak_mb": end["tracemalloc_peak_mb"],
        "at_mark": at_mark,
        "cpu_s": cpu,
        "workers_cpu_s": workers_cpu,
        "workers": len(workers_mb.get("at_end") or workers_mb.get("at_mark") or []),
        "workers_rss_mb_at_mark": workers_mb.get("at_mark"),
        "workers_rss_mb_at_end": workers_mb.get("at_end"),
        **cost_curve(per_article),
        "cpu_ms_per_article_by_tenth": cost_curve(per_article_cpu).get("ms_per_article_by_tenth"),
        "parse_ms_median": median(parse_ms),
        "parse_ms_p90": p90(parse_ms),
        "parse_timed": len(parse_ms),
        "articles_in_db": rows,
        "commitments_in_db": commitments,
        "max_mentions_per_commitment": most,
        "db_mb": db_path.stat().st_size / 2**20,
    }


def _children_cpu() -> float:
    """CPU seconds (user + system) of this process's children that have exited."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _workers_rss_mb() -> list[float]:
    """Resident MB of each live worker process (the extraction pool of `tracker.workers`)."""
    import multiprocessing

    out = []
    for child in multiprocessing.active_children():
        try:
            text = Path(f"/proc/{child.pid}/status").read_text()
        except OSError:
            continue
        for line in text.splitlines():
            if line.startswith("VmRSS:"):
                out.append(int(line.split()[1]) / 1024)
    return out


def cost_curve(per_article: list[float]) -> dict:
    """Per-article ms: median, and mean over each tenth of the run (does the 10,000th cost more?)."""
    if not per_article:
        return {}
    k = len(per_article)
    tenths = [per_article[i * k // 10 : (i + 1) * k // 10] for i in range(10)]
    means = [statistics.fmean(t) for t in tenths if t]
    return {
        "per_article_ms_median": median(per_article),
        "per_article_ms_p90": p90(per_article),
        "ms_per_article_by_tenth": means,
        "last_over_first_tenth": ratio(means[-1], means[0]),
        f"first_{CLI_SLICE}_s": sum(per_article[:CLI_SLICE]) / 1000,  # to compare with the CLI run
    }


def spawn_worker(
    run_dir: Path, name: str, warmup: Path, folder: Path, trace: bool = False, mark: int | None = None
) -> dict:
    """Run `worker` in a child interpreter so its peak memory is its own (spawn while this process is small)."""
    db_path = run_dir / f"{name}.db"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", "--db", str(db_path)]
    cmd += ["--warmup", str(warmup), *(["--tracemalloc"] if trace else [])]
    cmd += [*(["--mark", str(mark)] if mark is not None else []), str(folder)]
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=WORKER_TIMEOUT_S,
        env=safe_env(run_dir),
    )
    if proc.returncode != 0:
        raise RuntimeError(f"worker {name} exited {proc.returncode}: {proc.stderr.strip()[-800:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def safe_env(run_dir: Path) -> dict[str, str]:
    """Child environment: never the user's own database, a fixed terminal width, no colour."""
    env = dict(os.environ)
    env.update(TRACKER_DB=str(run_dir / "default-never-used.db"), COLUMNS="120", NO_COLOR="1")
    return env


# ---------------------------------------------------------------------------- measurements


def bench_extraction(files: list[Path], ingested: dict | None = None, stored: Path | None = None) -> dict:
    """(1) The texts parse_article makes of every file, then extract() timed alone per article.

    When the whole-ingest run stored every file as a new article (`ingested`, its database
    `stored`), the texts and dates are read back from that database and the parse figures are
    the ones timed inside that ingest, so the corpus is not parsed a second time. Otherwise
    every file is parsed here first (timed on its own), and failures are listed.
    """
    from tracker.extract import extract
    from tracker.ingest import parse_article
    from tracker.models import text_hash

    parse_ms: list[float] = []
    docs: list[tuple[str, str | None]] = []
    parse_failed: list[str] = []
    reuse = (
        ingested is not None
        and stored is not None
        and stored.exists()
        and ingested.get("via") == "tracker.pipeline.ingest"
        and ingested.get("files") == len(files)
        and ingested.get("new") == len(files)
        and ingested.get("parse_timed") == len(files)
    )
    if reuse:
        import sqlite3

        with contextlib.closing(sqlite3.connect(stored)) as conn:
            docs = conn.execute("SELECT text, published FROM articles ORDER BY rowid").fetchall()
        reuse = len(docs) == len(files)
    if not reuse:
        docs = []
        for path in files:
            data = path.read_bytes()
            t0 = time.perf_counter_ns()
            try:
                article = parse_article(data, str(path))
            except Exception as exc:  # noqa: BLE001
                parse_failed.append(f"{path.name}: {type(exc).__name__}: {exc}")
                continue
            parse_ms.append((time.perf_counter_ns() - t0) / 1e6)
            docs.append((article.text, article.published))
    unique = len({text_hash(text) for text, _ in docs})

    pinned = _pin_one_core()
    try:
        cold_ms = None
        if docs:
            t0 = time.perf_counter_ns()
            with contextlib.suppress(Exception):  # an error is counted in the timed loop below
                extract(*docs[0])
            cold_ms = (time.perf_counter_ns() - t0) / 1e6
        times: list[float] = []
        mentions = error_count = 0
        errors: list[str] = []
        for text, published in docs:
            t0 = time.perf_counter_ns()
            try:
                found = extract(text, published)
            except Exception as exc:  # noqa: BLE001
                found = []
                error_count += 1
                if len(errors) < 3:
                    errors.append(f"{type(exc).__name__}: {exc}")
            times.append((time.perf_counter_ns() - t0) / 1e6)
            mentions += len(found)
    finally:
        _unpin(pinned)
    return {
        "articles": len(docs),
        "unique_texts": unique,
        "parse_failed": len(parse_failed),
        "parse_failures": parse_failed[:3],
        "parse_ms_median": ingested["parse_ms_median"] if reuse else median(parse_ms),  # type: ignore[index]
        "parse_ms_p90": ingested["parse_ms_p90"] if reuse else p90(parse_ms),  # type: ignore[index]
        "parse_timed": "inside the whole ingest" if reuse else "parse loop before extraction",
        "texts_from": f"the whole-ingest database ({stored.name})" if reuse else "parse_article",  # type: ignore[union-attr]
        "extract_ms_median": median(times),
        "extract_ms_p90": p90(times),
        "extract_ms_max": max(times) if times else None,
        "extract_ms_cold_first_call": cold_ms,
        "extract_total_s": sum(times) / 1000,
        "extract_error_count": error_count,
        "extract_errors": errors,
        "mentions": mentions,
        "mentions_per_article": mentions / len(docs) if docs else None,
        "pinned_cpu": sorted(pinned[1]) if pinned else None,
    }


def _pin_one_core() -> tuple[set[int], set[int]] | None:
    """Run extraction on one core, as asked; returns (old, new) affinity to restore."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    old = os.sched_getaffinity(0)
    new = {min(old)}
    os.sched_setaffinity(0, new)
    return old, new


def _unpin(pinned: tuple[set[int], set[int]] | None) -> None:
    if pinned:
        os.sched_setaffinity(0, pinned[0])


def bench_floor(files: list[Path], run_dir: Path) -> dict:
    """(4) The I/O floor: read, decode, insert one row per file with sqlite-utils alone.

    Same durability as the pipeline (WAL, default synchronous, one transaction per file), so
    the ratio measures tracker's own work. A batched insert_all is timed too, for reference.
    """
    import sqlite3

    import sqlite_utils

    def fresh(name: str) -> Any:
        db = sqlite_utils.Database(sqlite3.connect(str(run_dir / name)))
        db.execute("PRAGMA journal_mode = wal")
        db["files"].create({"path": str, "text": str, "chars": int}, pk="path")
        return db

    db = fresh("floor.db")
    table = db["files"]
    t0 = time.perf_counter()
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        table.insert({"path": str(path), "text": text, "chars": len(text)})
    per_file = time.perf_counter() - t0
    db.conn.close()

    db = fresh("floor-batch.db")
    t0 = time.perf_counter()
    db["files"].insert_all(
        {"path": str(p), "text": (t := p.read_bytes().decode("utf-8", errors="replace")), "chars": len(t)}
        for p in files
    )
    batch = time.perf_counter() - t0
    db.conn.close()
    n = len(files)
    return {
        "files": n,
        "wall_s": per_file,
        "ms_per_article": per_file * 1000 / n if n else None,
        "articles_per_s": n / per_file if per_file else None,
        "batch_wall_s": batch,
        "batch_ms_per_article": batch * 1000 / n if n else None,
    }


def bench_cli(run_dir: Path, folder: Path, count: int, tracker_bin: Path) -> dict:
    """The real command on a slice, start-up included: `tracker ingest --quiet DIR`."""
    db_path = run_dir / "cli.db"
    cmd = [str(tracker_bin), "ingest", "--quiet", "--db", str(db_path), str(folder)]
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=WORKER_TIMEOUT_S,
        env=safe_env(run_dir),
    )
    wall = time.perf_counter() - t0
    return {
        "articles": count,
        "exit_code": proc.returncode,
        "stderr": proc.stderr.strip()[-400:],
        "wall_s": wall,
        "ms_per_article": wall * 1000 / count,
        "articles_per_s": count / wall,
    }


def _time_command(cmd: list[str], env: dict[str, str], runs: int) -> dict:
    """Median and min wall time of `runs` runs after one untimed run (warm disk cache, .pyc)."""
    subprocess.run(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, stdin=subprocess.DEVNULL
    )
    times, codes = [], set()
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(
            cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, stdin=subprocess.DEVNULL
        )
        times.append((time.perf_counter() - t0) * 1000)
        codes.add(proc.returncode)
    return {"median_ms": median(times), "min_ms": min(times), "runs": runs, "exit_codes": sorted(codes)}


_MODULES_PROBE = """
import json, sys
from tracker.cli import app
after_import = sorted(m for m in {heavy!r} if m in sys.modules)
try:
    app({args!r}, standalone_mode=False)
except BaseException:
    pass
after_command = sorted(m for m in {heavy!r} if m in sys.modules)
with open(sys.argv[1], "w") as fh:
    json.dump({{"after_import": after_import, "after_command": after_command}}, fh)
"""


def bench_startup(run_dir: Path, tracker_bin: Path, runs: int) -> dict:
    """(5) Start-up: `--help` and `list` against a small database vs the bare dependency imports."""
    env = safe_env(run_dir)
    small = run_dir / "small.db"
    seeds = SOURCE_DIRS[0]
    subprocess.run(
        [str(tracker_bin), "ingest", "--quiet", "--db", str(small), str(seeds)],
        capture_output=True, stdin=subprocess.DEVNULL, env=env, timeout=600,
    )  # fmt: skip
    py = sys.executable
    commands = {
        "python -c pass": [py, "-c", "pass"],
        "import typer, rich, sqlite_utils": [py, "-c", "import typer, rich, sqlite_utils"],
        "tracker --help": [str(tracker_bin), "--help"],
        "tracker list": [str(tracker_bin), "list", "--db", str(small)],
    }
    out: dict = {"commands": {name: _time_command(cmd, env, runs) for name, cmd in commands.items()}}
    rows = None
    if small.exists():
        import sqlite3

        with sqlite3.connect(small) as conn:
            rows = {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "commitments")
            }
    out["small_db"] = rows

    modules: dict = {}
    for label, args in {"list": ["list", "--db", str(small)], "--help": ["--help"]}.items():
        probe_out = run_dir / f"modules-{label.strip('-')}.json"
        code = _MODULES_PROBE.format(heavy=HEAVY_MODULES, args=args)
        subprocess.run(
            [py, "-c", code, str(probe_out)],
            capture_output=True,
            env=env,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        modules[label] = json.loads(probe_out.read_text()) if probe_out.exists() else None
    out["heavy_loaded"] = modules
    out["importtime_top"] = _importtime_top(py, env, small)
    bare = out["commands"]["import typer, rich, sqlite_utils"]["median_ms"]
    out["list_over_bare_ms"] = out["commands"]["tracker list"]["median_ms"] - bare
    out["help_over_bare_ms"] = out["commands"]["tracker --help"]["median_ms"] - bare
    return out


def _importtime_top(py: str, env: dict[str, str], small: Path, top: int = 6) -> list[dict]:
    """The slowest top-level imports of `tracker list` (python -X importtime), to name the culprit."""
    code = f"from tracker.cli import app\ntry:\n    app(['list', '--db', {str(small)!r}], standalone_mode=False)\nexcept BaseException:\n    pass"
    proc = subprocess.run(
        [py, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    rows = []
    for line in proc.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) == 1:  # one space: a top-level import, not a nested one
            rows.append({"module": m.group(4), "cumulative_ms": int(m.group(2)) / 1000})
    return sorted(rows, key=lambda r: -r["cumulative_ms"])[:top]


def bench_profile(run_dir: Path, warmup: Path, folder: Path, lines: int = 25) -> str:
    """cProfile of one warm ingest (top `lines` by cumulative time) to show where the time goes."""
    import cProfile
    import io
    import pstats

    from tracker import db as store

    warm = store.open_db(run_dir / "profile-warmup.db")
    run_ingest(warm, [str(warmup)])
    warm.conn.close()
    database = store.open_db(run_dir / "profile.db")
    profiler = cProfile.Profile()
    profiler.enable()
    run_ingest(database, [str(folder)])
    profiler.disable()
    database.conn.close()
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(lines)
    return buf.getvalue()


# ---------------------------------------------------------------------------- report


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else ("OK" if ok else "MISSED")


def fmt(value: float | None, spec: str = ".2f", unit: str = "") -> str:
    return "n/a" if value is None else f"{value:{spec}}{unit}"


def is_flat(small: float | None, large: float | None) -> bool | None:
    """Flat: growing the corpus 4x adds < FLAT_NOISE_MB, or at most TARGET_FLAT_RATIO times the growth.

    Linear growth would show a ratio near 4; the absolute allowance keeps allocator noise on
    tiny growths (0.2 MB -> 0.5 MB) from reading as a miss.
    """
    if small is None or large is None:
        return None
    return large - small < FLAT_NOISE_MB or (small >= 1.0 and large / small <= TARGET_FLAT_RATIO)


def judge(fig: dict) -> dict:
    """Compare figures with the issue's targets; None where a figure could not be measured."""
    ex = fig.get("extraction") or {}
    med = ex.get("extract_ms_median")
    floor_ratio = (fig.get("ingest_vs_floor") or {}).get("ratio")
    mem = fig.get("memory") or {}
    flat = is_flat(mem.get("rss_growth_small_mb"), mem.get("rss_growth_large_mb"))
    heap_flat = is_flat(mem.get("tracemalloc_small_mb"), mem.get("tracemalloc_large_mb"))
    heavy = ((fig.get("startup") or {}).get("heavy_loaded") or {}).get("list")
    lean = None if heavy is None else not heavy["after_command"]
    return {
        "extraction_median_le_2ms": None if med is None else med <= TARGET_EXTRACT_MS,
        "ingest_within_10x_floor": None if floor_ratio is None else floor_ratio <= TARGET_FLOOR_RATIO,
        "memory_flat": flat,
        "python_heap_flat": heap_flat,
        "list_without_heavy_imports": lean,
    }


def _mb_list(values: list[float] | None) -> str:
    return "/".join(f"{v:.0f}" for v in values) if values else "none"


def table(fig: dict) -> str:
    """The compact table printed at the end: figure, value, target, verdict."""
    ok = fig["targets"]
    ex = fig.get("extraction") or {}
    ing = fig.get("ingest") or {}
    small = fig.get("ingest_quarter") or {}
    mem = fig.get("memory") or {}
    fl = fig.get("floor") or {}
    cli = fig.get("cli") or {}
    st = fig.get("startup") or {}
    cmds = st.get("commands") or {}
    n, q = ing.get("files"), small.get("files")
    heavy = (st.get("heavy_loaded") or {}).get("list") or {}
    tenths = ing.get("ms_per_article_by_tenth") or []
    cpu_tenths = ing.get("cpu_ms_per_article_by_tenth") or []

    def cmd_ms(name: str) -> float | None:
        return (cmds.get(name) or {}).get("median_ms")

    rows = [
        ("corpus", f"{fig['corpus']['articles']} articles, {fig['corpus']['mb']:.1f} MB, "
                   f"{ex.get('unique_texts', 'n/a')} unique texts", "", ""),
        ("parse_article ms/article median (p90)",
         f"{fmt(ex.get('parse_ms_median'), '.3f')} ({fmt(ex.get('parse_ms_p90'), '.3f')})", "", ""),
        ("extract ms/article median (p90), 1 core",
         f"{fmt(ex.get('extract_ms_median'), '.3f')} ({fmt(ex.get('extract_ms_p90'), '.3f')})",
         f"<= {TARGET_EXTRACT_MS:g} ms", verdict(ok["extraction_median_le_2ms"])),
        ("extract mentions/article", fmt(ex.get("mentions_per_article"), ".2f"), "", ""),
        (f"ingest {n} articles: articles/s", fmt(ing.get("articles_per_s"), ".1f"), "", ""),
        ("ingest ms/article (wall / articles)", fmt(ing.get("ms_per_article"), ".2f"), "", ""),
        ("commitments stored (most mentions of one commitment)",
         f"{ing.get('commitments_in_db', 'n/a')} ({ing.get('max_mentions_per_commitment', 'n/a')})", "", ""),
        (f"ingest CPU ms/article: main process + {ing.get('workers', 0)} extraction workers",
         f"{fmt(ing['cpu_s'] * 1000 / n if ing.get('cpu_s') is not None and n else None, '.2f')} + "
         f"{fmt(ing['workers_cpu_s'] * 1000 / n if ing.get('workers_cpu_s') is not None and n else None, '.2f')}",
         "", ""),
        ("ingest ms/article first -> last tenth: wall; CPU",
         f"{fmt(tenths[0] if tenths else None, '.1f')} -> {fmt(tenths[-1] if tenths else None, '.1f')}; "
         f"{fmt(cpu_tenths[0] if cpu_tenths else None, '.1f')} -> "
         f"{fmt(cpu_tenths[-1] if cpu_tenths else None, '.1f')}", "", ""),
        (f"I/O floor ms/article (1 txn/file; batch {fmt(fl.get('batch_ms_per_article'), '.3f')})",
         fmt(fl.get("ms_per_article"), ".3f"), "", ""),
        ("ingest / floor", fmt((fig.get("ingest_vs_floor") or {}).get("ratio"), ".1f", "x"),
         f"<= {TARGET_FLOOR_RATIO:g}x", verdict(ok["ingest_within_10x_floor"])),
        (f"CLI ingest {cli.get('articles', 'n/a')} articles incl. start-up: ms/article",
         f"{fmt(cli.get('ms_per_article'), '.2f')} (exit {cli.get('exit_code', 'n/a')})", "", ""),
        ("peak RSS (ru_maxrss) of ingest process at N/4 -> N (MB)",
         f"{fmt(small.get('maxrss_peak_mb'), '.0f')} -> {fmt(ing.get('maxrss_peak_mb'), '.0f')}", "", ""),
        ("RSS of each extraction worker at N/4 -> N (MB)",
         f"{_mb_list(ing.get('workers_rss_mb_at_mark'))} -> {_mb_list(ing.get('workers_rss_mb_at_end'))}", "", ""),
        (f"RSS growth during ingest {q} -> {n} articles (MB)",
         f"{fmt(mem.get('rss_growth_small_mb'), '.1f')} -> {fmt(mem.get('rss_growth_large_mb'), '.1f')}"
         f" (+{fmt(mem.get('rss_growth_diff_mb'), '.1f')}, x{fmt(mem.get('rss_growth_ratio'), '.2f')})",
         f"+< {FLAT_NOISE_MB:g} MB or x<= {TARGET_FLAT_RATIO:g}", verdict(ok["memory_flat"])),
        (f"tracemalloc peak {mem.get('tracemalloc_small_articles', 'n/a')} -> "
         f"{mem.get('tracemalloc_large_articles', 'n/a')} articles (MB)",
         f"{fmt(mem.get('tracemalloc_small_mb'), '.1f')} -> {fmt(mem.get('tracemalloc_large_mb'), '.1f')}"
         f" (+{fmt(mem.get('tracemalloc_diff_mb'), '.1f')}, x{fmt(mem.get('tracemalloc_ratio'), '.2f')})",
         f"+< {FLAT_NOISE_MB:g} MB or x<= {TARGET_FLAT_RATIO:g}", verdict(ok["python_heap_flat"])),
        ("start-up median: python / import typer,rich,sqlite_utils (ms)",
         f"{fmt(cmd_ms('python -c pass'), '.0f')} / {fmt(cmd_ms('import typer, rich, sqlite_utils'), '.0f')}",
         "", ""),
        ("start-up median: tracker --help / tracker list (ms)",
         f"{fmt(cmd_ms('tracker --help'), '.0f')} / {fmt(cmd_ms('tracker list'), '.0f')}", "", ""),
        ("tracker list loads dateparser/pycountry/trafilatura",
         ", ".join(heavy.get("after_command", [])) or ("none" if heavy else "n/a"), "none",
         verdict(ok["list_without_heavy_imports"])),
    ]  # fmt: skip
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    w2 = max(len(r[2]) for r in rows)
    lines = [f"{'figure':<{w0}}  {'value':<{w1}}  {'target':<{w2}}  verdict", "-" * (w0 + w1 + w2 + 14)]
    lines += [f"{a:<{w0}}  {b:<{w1}}  {c:<{w2}}  {d}".rstrip() for a, b, c, d in rows]
    return "\n".join(lines)


def notes(fig: dict) -> list[str]:
    """Things a reader of the table must know: fallbacks, failures, errors of a phase."""
    out = []
    for key in ("ingest", "ingest_quarter"):
        r = fig.get(key) or {}
        if r.get("via") and r["via"] != "tracker.pipeline.ingest":
            out.append(f"{key}: measured with {r['via']}")
        if r.get("failed"):
            out.append(f"{key}: {r['failed']} of {r['files']} inputs failed, e.g. {r['failures'][:1]}")
        if r.get("new") is not None and r.get("files") and r["new"] < r["files"] - r.get("failed", 0):
            out.append(f"{key}: only {r['new']} of {r['files']} articles were new (duplicate texts?)")
    ex = fig.get("extraction") or {}
    if ex.get("parse_failed"):
        out.append(f"parse_article failed on {ex['parse_failed']} files, e.g. {ex['parse_failures'][:1]}")
    if ex.get("extract_errors"):
        out.append(f"extract raised, e.g. {ex['extract_errors'][:1]}")
    if ex.get("mentions") == 0:
        out.append("extract found no commitments at all (stub?): extraction figures are not yet meaningful")
    cli = fig.get("cli") or {}
    if cli.get("exit_code"):
        out.append(f"CLI ingest exited {cli['exit_code']}: {cli.get('stderr', '')[-200:]}")
    if cli.get("startup_overhead_ms") is not None:
        out.append(
            f"CLI start-up and exit cost ~{cli['startup_overhead_ms']:.0f} ms per run "
            "(CLI wall minus the in-process time of the same first articles)"
        )
    top = (fig.get("startup") or {}).get("importtime_top")
    if top:
        names = ", ".join(f"{r['module']} {r['cumulative_ms']:.0f} ms" for r in top[:5])
        out.append(f"slowest top-level imports of `tracker list` (-X importtime): {names}")
    loads = [x for x in (fig.get("load_average_start"), fig.get("load_average_end")) if x is not None]
    if loads and max(loads) > 1.5:
        out.append(
            f"other processes were busy (1-min load average {', '.join(f'{x:.1f}' for x in loads)} on "
            f"{fig.get('cpus')} CPUs at start/end): timings are inflated, rerun on a quiet machine"
        )
    for phase, err in (fig.get("errors") or {}).items():
        out.append(f"{phase}: ERROR {err}")
    return out


# ---------------------------------------------------------------------------- main


def phase(fig: dict, name: str, fn: Callable[[], Any]) -> Any:
    """Run one measurement; a failure is recorded and the other measurements still run."""
    log(f"{name} ...")
    t0 = time.perf_counter()
    try:
        value = fn()
    except Exception as exc:  # noqa: BLE001 - a broken phase must not hide the others
        fig.setdefault("errors", {})[name] = f"{type(exc).__name__}: {exc}"[:600]
        log(f"{name}: ERROR {type(exc).__name__}: {exc}")
        value = None
    fig.setdefault("phase_seconds", {})[name] = round(time.perf_counter() - t0, 2)
    return value


def tracker_executable() -> Path:
    """The venv's `tracker` script beside this interpreter, else the one on PATH."""
    beside = Path(sys.executable).parent / "tracker"
    if beside.exists():
        return beside
    found = shutil.which("tracker")
    if not found:
        raise SystemExit("cannot find the `tracker` command; run `make install` first")
    return Path(found)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="corpus size (default 10000)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON instead of the table")
    ap.add_argument("--save", type=Path, help="also write the figures as JSON to this file")
    ap.add_argument("--profile", action="store_true", help="also print a cProfile of ingesting 500 articles")
    ap.add_argument("--startup-runs", type=int, default=STARTUP_RUNS, help="runs per start-up command")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="where the run folder goes")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and databases")
    ap.add_argument("--no-tracemalloc", action="store_true", help="skip the (slower) tracemalloc runs")
    # worker mode (internal): one ingest in this process, figures as JSON on stdout
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--warmup", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--tracemalloc", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--mark", type=int, help=argparse.SUPPRESS)
    ap.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        print(json.dumps(worker(args.db, args.warmup, args.paths, args.tracemalloc, args.mark)))
        return 0
    if args.articles < 4:
        ap.error("--articles must be at least 4")

    args.out.mkdir(parents=True, exist_ok=True)
    run_dir = Path(tempfile.mkdtemp(prefix="run-", dir=args.out))
    fig: dict = {"python": sys.version.split()[0], "cpus": os.cpu_count(), "run_dir": str(run_dir)}
    fig["load_average_start"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    try:
        measure(fig, args, run_dir)
    finally:
        if args.keep:
            log(f"kept {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)
    fig["load_average_end"] = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    fig["targets"] = judge(fig)
    fig["notes"] = notes(fig)
    fig["total_seconds"] = round(time.perf_counter() - _T0, 1)
    if args.save:
        args.save.write_text(json.dumps(fig, indent=2, default=str) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps(fig, indent=2, default=str))
        return 0
    if fig.get("profile"):
        print(f"cProfile of ingesting {fig['profile_articles']} articles (top 25 by cumulative time):")
        print(fig["profile"])
    print(table(fig))
    for line in fig["notes"]:
        print(f"note: {line}")
    print(f"total bench time {fig['total_seconds']:.0f} s")
    return 0


def growth_figures(prefix: str, small: float | None, large: float | None) -> dict:
    """Small and large figures, their difference and ratio (no ratio below 1 MB: it would be noise)."""
    both = small is not None and large is not None
    return {
        f"{prefix}_small_mb": small,
        f"{prefix}_large_mb": large,
        f"{prefix}_diff_mb": large - small if both else None,
        f"{prefix}_ratio": large / small if both and small >= 1.0 else None,
    }


def measure(fig: dict, args: argparse.Namespace, run_dir: Path) -> None:
    """Every measurement; each fills its part of `fig`.

    Child processes (ingest workers, CLI) run first, while this process is still small:
    on Linux a child's ru_maxrss starts at its parent's RSS at fork time.
    """
    tracker_bin = tracker_executable()
    n = args.articles
    log(f"generating {n} articles in {run_dir}")
    corpus = Corpus(run_dir, n)
    fig["corpus"] = {"articles": n, "sources": len(corpus.sources), "mb": corpus.bytes / 2**20}
    quarter = max(1, n // 4)

    fig["startup"] = phase(fig, "start-up", lambda: bench_startup(run_dir, tracker_bin, args.startup_runs))
    # One whole ingest; the N/4 memory figures are read in the same run when its first quarter is done.
    fig["ingest"] = phase(
        fig,
        f"ingest {n}",
        lambda: spawn_worker(run_dir, "all", corpus.warmup_dir, corpus.all_dir, mark=quarter),
    )
    fig["ingest_quarter"] = (fig.get("ingest") or {}).get("at_mark")
    for key in ("ingest", "ingest_quarter"):
        r = fig.get(key)
        if r and r.get("wall_s"):
            r["ms_per_article"] = r["wall_s"] * 1000 / r["files"] if r["files"] else None
            r["articles_per_s"] = r["files"] / r["wall_s"]
    ing, q = fig.get("ingest") or {}, fig.get("ingest_quarter") or {}
    mem: dict = growth_figures("rss_growth", q.get("rss_growth_mb"), ing.get("rss_growth_mb"))
    if not args.no_tracemalloc:
        # tracemalloc slows the ingest about 4x, so it runs on N/20, with the peak also read when the
        # first N/80 are done: the same 4x step on a smaller slice.
        tm_small = min(max(25, n // 80), n // 4)
        tm_large = 4 * tm_small
        if tm_small < tm_large:
            tm = phase(fig, f"tracemalloc {tm_small} -> {tm_large}", lambda: spawn_worker(
                run_dir, "tm", corpus.warmup_dir, corpus.slice(tm_large), trace=True, mark=tm_small))  # fmt: skip
            mem.update(
                growth_figures(
                    "tracemalloc",
                    ((tm or {}).get("at_mark") or {}).get("tracemalloc_peak_mb"),
                    (tm or {}).get("tracemalloc_peak_mb"),
                ),
                tracemalloc_small_articles=tm_small,
                tracemalloc_large_articles=tm_large,
            )
    fig["memory"] = mem
    cli_n = min(CLI_SLICE, n)
    fig["cli"] = phase(
        fig, f"CLI ingest {cli_n}", lambda: bench_cli(run_dir, corpus.slice(cli_n), cli_n, tracker_bin)
    )
    first = ing.get(f"first_{CLI_SLICE}_s")
    if fig.get("cli") and first is not None and cli_n == min(CLI_SLICE, ing.get("files") or 0):
        # the same first articles into an empty database, in-process: the rest is start-up and exit
        fig["cli"]["startup_overhead_ms"] = (fig["cli"]["wall_s"] - first) * 1000

    # In-process measurements last.
    fig["floor"] = phase(fig, "I/O floor", lambda: bench_floor(input_files([corpus.all_dir]), run_dir))
    fig["ingest_vs_floor"] = {"ratio": ratio(ing.get("wall_s"), (fig.get("floor") or {}).get("wall_s"))}
    fig["extraction"] = phase(
        fig, "extraction", lambda: bench_extraction(corpus.files, fig.get("ingest"), run_dir / "all.db")
    )
    if args.profile:
        prof_n = min(500, n)
        fig["profile_articles"] = prof_n
        fig["profile"] = phase(
            fig, "profile", lambda: bench_profile(run_dir, corpus.warmup_dir, corpus.slice(prof_n))
        )
    fig["bench_process_maxrss_mb"] = maxrss_mb()


if __name__ == "__main__":
    sys.exit(main())
