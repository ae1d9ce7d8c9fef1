"""Output snapshots and timings of `tracker.extract` over the labelled corpus, for speed work.

A speed change must not change any output, while other engineers change extraction rules on the
same tree at the same time. So the comparison is made against the *current* tree with only the
files under test taken from a git revision (or from a copy set aside), in a throw-away copy of the
package: the working tree is never touched.

    .venv/bin/python bench/snapshot.py dump out.json [--deep]
    .venv/bin/python bench/snapshot.py diff a.json b.json
    .venv/bin/python bench/snapshot.py check tracker/extract/dates.py [...] [--rev HEAD] [--deep]
    .venv/bin/python bench/snapshot.py check tracker/extract/dates.py=/tmp/dates_old.py
    .venv/bin/python bench/snapshot.py time [--repeat 5] [--profile 25]

`--deep` also dumps what the lexicon functions return for every article and every sentence
(sentences, countries, money, deadlines, announced dates, actors), so a change in a module is
caught even where no Mention shows it.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, is_dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# dev, seeds and every blind holdout folder (holdout, holdout2, ... in numeric order)
CORPUS_DIRS = [ROOT / "tests" / "corpus" / d for d in ("dev", "seeds")] + sorted(
    (p for p in (ROOT / "tests" / "corpus").glob("holdout*") if p.is_dir()),
    key=lambda p: int(p.name[len("holdout") :] or 1),
)
SUFFIXES = (".txt", ".html")


def corpus_files() -> list[Path]:
    """Every article of the dev, seed and holdout corpora, in a fixed order."""
    files: list[Path] = []
    for d in CORPUS_DIRS:
        files += sorted(p for p in d.iterdir() if p.suffix in SUFFIXES)
    return files


def load_docs() -> list[tuple[str, str, str | None]]:
    """(name, text, published) of every corpus article, parsed by the real ingest parser."""
    from tracker.ingest import parse_article

    docs = []
    for p in corpus_files():
        art = parse_article(p.read_bytes(), str(p))
        docs.append((f"{p.parent.name}/{p.name}", art.text, art.published))
    return docs


def _plain(obj: Any) -> Any:
    if is_dataclass(obj):
        return asdict(obj)
    if isinstance(obj, (list, tuple)):
        return [_plain(x) for x in obj]
    return obj


def dump(deep: bool) -> dict:
    """Every Mention of every article (and, with `deep`, the lexicon outputs) as plain data."""
    from tracker.extract import extract

    out: dict[str, Any] = {}
    for name, text, published in load_docs():
        entry: dict[str, Any] = {
            "mentions": [
                m.to_dict() if hasattr(m, "to_dict") else asdict(m) for m in extract(text, published)
            ]
        }
        if deep:
            entry["deep"] = _deep(text, published)
        out[name] = entry
    return out


def _deep(text: str, published: str | None) -> dict:
    from tracker.extract import actors, countries, dates, kinds, money, sectors, sentences, status

    sents = sentences.split_sentences(text)
    per = []
    for s in sents:
        per.append(
            {
                "countries": _plain(countries.find_countries(s.text)),
                "money": _plain(money.find_money(s.text)),
                "deadlines": _plain(dates.find_deadlines(s.text, published)),
                "deadlines_nopub": _plain(dates.find_deadlines(s.text, None)),
                "announced": dates.find_announced(s.text, published),
                "actors": _plain(actors.find_actors(s.text)),
                "triggers": _plain(kinds.find_triggers(s.text)),
                "cues": _plain(status.find_cues(s.text)),
                "sectors": sectors.find_sectors(s.text),
            }
        )
    return {
        "sentences": _plain(sents),
        "countries": _plain(countries.find_countries(text)),
        "money": _plain(money.find_money(text)),
        "per_sentence": per,
    }


_VOLATILE = {"ingested_at", "extracted_at", "updated_at", "at"}


def db_dump(articles: int) -> dict:
    """Ingest `articles` bench-corpus files (each source repeated, so commitments collect many
    mentions), re-extract them all, and return every table's rows (timestamps left out) plus the
    CPU seconds the ingest and the re-extraction took."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench
    from tracker import db as store
    from tracker import pipeline

    with tempfile.TemporaryDirectory(prefix="dbdump-") as tmp:
        corpus = bench.Corpus(Path(tmp), articles)
        database = store.open_db(Path(tmp) / "t.db")
        t0 = time.process_time()
        res = pipeline.ingest(database, [str(corpus.all_dir)])
        t1 = time.process_time()
        pipeline.reextract(database)
        t2 = time.process_time()
        tables: dict[str, dict] = {}
        for name in (
            "articles",
            "mentions",
            "commitments",
            "commitment_countries",
            "commitment_sectors",
            "curation",
            "key_aliases",
            "mention_overrides",
        ):
            cur = database.execute(f"SELECT * FROM [{name}]")
            cols = [d[0] for d in cur.description]
            rows = [
                {
                    c: v.replace(tmp, "<tmp>") if isinstance(v, str) else v
                    for c, v in zip(cols, r, strict=True)
                    if c not in _VOLATILE
                }
                for r in cur.fetchall()
            ]
            tables[name] = {"rows": sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))}
        for fts in ("mentions_fts", "articles_fts"):  # the full-text index must follow the rows
            tables[fts] = {
                "rows": [list(r) for r in database.execute(f"SELECT rowid, * FROM [{fts}] ORDER BY rowid")]
            }
        database.conn.close()
    return {
        "tables": tables,
        "new": res.new,
        "failed": len(res.failed),
        "ingest_cpu_ms_per_article": 1000 * (t1 - t0) / articles,
        "reextract_cpu_ms_per_article": 1000 * (t2 - t1) / articles,
    }


def dbcheck(files: list[str], rev: str, articles: int) -> int:
    """Store contents after ingest + re-extract with `files` from `rev` (base) and as they are now."""
    with tempfile.TemporaryDirectory(prefix="dbcheck-") as tmp:
        base = Path(tmp) / "base"
        shutil.copytree(ROOT / "tracker", base / "tracker", ignore=shutil.ignore_patterns("__pycache__"))
        for spec in files:
            path, _, aside = spec.partition("=")
            if aside:
                shutil.copyfile(aside, base / path)
            else:
                (base / path).write_bytes(
                    subprocess.run(
                        ["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True
                    ).stdout
                )
        outs = []
        for label, pythonpath in (("base", str(base)), ("current", str(ROOT))):
            out = Path(tmp) / f"{label}.json"
            env = {**os.environ, "PYTHONPATH": pythonpath}
            subprocess.run(
                [
                    sys.executable,
                    str(Path(__file__).resolve()),
                    "dbdump",
                    str(out),
                    "--articles",
                    str(articles),
                    "--expect-root",
                    pythonpath,
                ],
                env=env,
                check=True,
                cwd=tmp,
            )
            outs.append(json.loads(out.read_text()))
            o = outs[-1]
            print(
                f"{label}: ingest {o['ingest_cpu_ms_per_article']:.2f} ms CPU/article, re-extract "
                f"{o['reextract_cpu_ms_per_article']:.2f} ms CPU/article, {o['new']} new, {o['failed']} failed"
            )
    lines = diff(outs[0]["tables"], outs[1]["tables"])
    if lines:
        print("DIFFERENT (a = base, b = current):")
        print("\n".join(lines))
        return 1
    print("identical store: " + ", ".join(f"{k} {len(v['rows'])}" for k, v in outs[1]["tables"].items()))
    return 0


def diff(a: dict, b: dict, limit: int = 20) -> list[str]:
    """Human-readable differences between two dumps (at most `limit` lines)."""
    lines: list[str] = []
    for name in sorted(set(a) | set(b)):
        if name not in a or name not in b:
            lines.append(f"{name}: only in {'b' if name not in a else 'a'}")
            continue
        for part in sorted(set(a[name]) | set(b[name])):
            x, y = a[name].get(part), b[name].get(part)
            if x == y:
                continue
            if isinstance(x, list) and isinstance(y, list):
                for i in range(max(len(x), len(y))):
                    xi = x[i] if i < len(x) else None
                    yi = y[i] if i < len(y) else None
                    if xi != yi:
                        lines.append(
                            f"{name} {part}[{i}]:\n  a: {json.dumps(xi)[:400]}\n  b: {json.dumps(yi)[:400]}"
                        )
                        break
            elif isinstance(x, dict) and isinstance(y, dict):
                for k in sorted(set(x) | set(y)):
                    if x.get(k) != y.get(k):
                        lines.append(f"{name} {part}.{k}: differs")
            else:
                lines.append(f"{name} {part}: differs")
            if len(lines) >= limit:
                return lines
    return lines


def check(files: list[str], rev: str, deep: bool, timed: bool = False) -> int:
    """Dump the current tree and the current tree with `files` taken from `rev` (or a copy); diff."""
    with tempfile.TemporaryDirectory(prefix="snapshot-") as tmp:
        base = Path(tmp) / "base"
        shutil.copytree(ROOT / "tracker", base / "tracker", ignore=shutil.ignore_patterns("__pycache__"))
        for spec in files:
            path, _, aside = spec.partition("=")
            target = base / path
            if aside:
                shutil.copyfile(aside, target)
            else:
                data = subprocess.run(
                    ["git", "show", f"{rev}:{path}"], cwd=ROOT, check=True, capture_output=True
                ).stdout
                target.write_bytes(data)
        outs = []
        for pythonpath in (str(base), str(ROOT)):
            out = Path(tmp) / f"dump-{len(outs)}.json"
            env = {**os.environ, "PYTHONPATH": pythonpath}
            cmd = [
                sys.executable,
                str(Path(__file__).resolve()),
                "dump",
                str(out),
                "--expect-root",
                pythonpath,
            ]
            if deep:
                cmd.append("--deep")
            subprocess.run(cmd, env=env, check=True, cwd=tmp)
            outs.append(json.loads(out.read_text()))
        if timed:  # alternate base and current so that load on the machine hits both alike
            for rnd in range(2):
                for label, pythonpath in (("base", str(base)), ("current", str(ROOT))):
                    env = {**os.environ, "PYTHONPATH": pythonpath}
                    print(f"{label} (round {rnd + 1}): ", end="", flush=True)
                    subprocess.run(
                        [sys.executable, str(Path(__file__).resolve()), "time", "--no-breakdown"],
                        env=env,
                        check=True,
                        cwd=tmp,
                    )
    lines = diff(outs[0], outs[1])
    n = sum(len(v["mentions"]) for v in outs[1].values())
    if lines:
        print("DIFFERENT (a = base, b = current):")
        print("\n".join(lines))
        return 1
    print(f"identical: {len(outs[1])} articles, {n} mentions{' (deep)' if deep else ''}")
    return 0


# CPU time of this process, not wall time: other engineers' test runs share the two cores, and a
# process waiting for a core should not count as slow code.
_clock = time.process_time_ns

_WRAPPED = {
    "tracker.extract": [
        "split_sentences",
        "find_countries",
        "find_money",
        "find_deadlines",
        "find_announced",
        "find_sectors",
        "article_parties",
        "row_parties",
        "is_excluded",
        "find_cues",
        "pick_status",
        "_find_actors",
    ],
    "tracker.extract.kinds": ["find_triggers", "is_trade_target", "is_investment"],
}


def breakdown(docs: list[tuple[str, str, str | None]], repeat: int) -> None:
    """ms per article spent in each function `extract` calls directly (timers wrapped around them)."""
    import importlib

    spent: dict[str, float] = {}
    saved = []

    def wrap(name: str, fn: Any) -> Any:
        def timed(*a: Any, **k: Any) -> Any:
            t0 = _clock()
            try:
                return fn(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + _clock() - t0

        if hasattr(fn, "cache_clear"):  # lru_cache'd functions are cleared by extract()
            timed.cache_clear = fn.cache_clear  # type: ignore[attr-defined]
        return timed

    for modname, names in _WRAPPED.items():
        mod = importlib.import_module(modname)
        for n in names:
            if getattr(mod, n, None) is not None:
                saved.append((mod, n, getattr(mod, n)))
                setattr(mod, n, wrap(n, getattr(mod, n)))
    from tracker.extract import extract

    total = 0
    try:
        for _ in range(repeat):
            for _, text, pub in docs:
                t0 = _clock()
                extract(text, pub)
                total += _clock() - t0
    finally:
        for mod, n, fn in saved:
            setattr(mod, n, fn)
    scale = 1e6 * repeat * len(docs)
    print(f"breakdown (mean ms/article, timers included): total {total / scale:.3f}")
    for n, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {v / scale:7.3f}  {n}")
    print(f"  {(total - sum(spent.values())) / scale:7.3f}  (rest of tracker.extract.__init__)")


def timing(repeat: int, profile: int, parts: bool = True) -> None:
    """Median and p90 ms of extract() per article (best of `repeat` runs each), optional cProfile."""
    from tracker.extract import extract

    docs = load_docs()
    for _, text, pub in docs:  # warm caches and lazy data loading
        extract(text, pub)
    per: list[float] = []
    for _, text, pub in docs:
        best = float("inf")
        for _ in range(repeat):
            t0 = _clock()
            extract(text, pub)
            best = min(best, (_clock() - t0) / 1e6)
        per.append(best)
    per.sort()
    p90 = per[min(len(per) - 1, int(round(0.9 * (len(per) - 1))))]
    print(
        f"{len(docs)} articles: median {statistics.median(per):.2f} ms, p90 {p90:.2f} ms, "
        f"max {per[-1]:.2f} ms, total {sum(per):.1f} ms"
    )
    if parts:
        breakdown(docs, repeat)
    if profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(3):
            for _, text, pub in docs:
                extract(text, pub)
        prof.disable()
        stats = pstats.Stats(prof)
        by_file: dict[str, float] = {}
        for (fname, _, _), (_, _, tt, _, _) in stats.stats.items():  # type: ignore[attr-defined]
            key = (
                fname.split("/tracker/")[-1]
                if "/tracker/" in fname
                else ("builtins and C" if fname == "~" else Path(fname).name)
            )
            by_file[key] = by_file.get(key, 0.0) + tt
        total = sum(by_file.values())
        print("tottime by file (3 passes):")
        for k, v in sorted(by_file.items(), key=lambda kv: -kv[1])[:15]:
            print(f"  {v * 1000 / (3 * len(docs)):7.3f} ms/article  {100 * v / total:5.1f}%  {k}")
        stats.sort_stats("tottime").print_stats(profile)
        stats.sort_stats("cumtime").print_stats(profile)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--deep", action="store_true")
    d.add_argument("--expect-root")
    df = sub.add_parser("diff")
    df.add_argument("a")
    df.add_argument("b")
    c = sub.add_parser("check")
    c.add_argument("files", nargs="+", help="path[=copy set aside]; without =, taken from --rev")
    c.add_argument("--rev", default="HEAD")
    c.add_argument("--deep", action="store_true")
    c.add_argument("--time", action="store_true", help="also time base and current, alternating")
    dd = sub.add_parser("dbdump")
    dd.add_argument("out")
    dd.add_argument("--articles", type=int, default=150)
    dd.add_argument("--expect-root")
    dc = sub.add_parser("dbcheck", help="store contents after ingest + reextract, base vs current")
    dc.add_argument("files", nargs="+")
    dc.add_argument("--rev", default="HEAD")
    dc.add_argument("--articles", type=int, default=150)
    t = sub.add_parser("time")
    t.add_argument("--repeat", type=int, default=5)
    t.add_argument("--profile", type=int, default=0, help="also print the top N cProfile lines")
    t.add_argument("--no-breakdown", action="store_true")
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        if args.expect_root:
            import tracker

            got = Path(tracker.__file__).resolve().parent.parent
            if got != Path(args.expect_root).resolve():
                raise SystemExit(f"imported tracker from {got}, expected {args.expect_root}")
        Path(args.out).write_text(json.dumps(dump(args.deep), indent=1, sort_keys=True))
        return 0
    if args.cmd == "dbdump":
        if args.expect_root:
            import tracker

            got = Path(tracker.__file__).resolve().parent.parent
            if got != Path(args.expect_root).resolve():
                raise SystemExit(f"imported tracker from {got}, expected {args.expect_root}")
        Path(args.out).write_text(json.dumps(db_dump(args.articles), sort_keys=True))
        return 0
    if args.cmd == "dbcheck":
        return dbcheck(args.files, args.rev, args.articles)
    if args.cmd == "diff":
        lines = diff(json.loads(Path(args.a).read_text()), json.loads(Path(args.b).read_text()))
        print("\n".join(lines) if lines else "identical")
        return 1 if lines else 0
    if args.cmd == "check":
        return check(args.files, args.rev, args.deep, args.time)
    timing(args.repeat, args.profile, not args.no_breakdown)
    return 0


if __name__ == "__main__":
    sys.exit(main())
