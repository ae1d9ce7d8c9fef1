"""cProfile one ingest of N generated articles (the bench corpus) and split its time into extraction
and the store, to see where the write path spends it.

    .venv/bin/python bench/ingest_profile.py [--articles 500] [--top 30]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args(argv)
    from tracker import db as store
    from tracker import pipeline

    with tempfile.TemporaryDirectory(prefix="ingest-profile-") as tmp:
        corpus = bench.Corpus(Path(tmp), args.articles)
        warm = store.open_db(Path(tmp) / "warm.db")
        pipeline.ingest(warm, [str(corpus.warmup_dir)])
        database = store.open_db(Path(tmp) / "run.db")
        prof = cProfile.Profile()
        t0 = time.process_time()
        prof.enable()
        pipeline.ingest(database, [str(corpus.all_dir)])
        prof.disable()
        cpu = time.process_time() - t0
        stats = pstats.Stats(prof)
        print(f"{args.articles} articles: {1000 * cpu / args.articles:.1f} ms CPU/article under cProfile")
        for name in ("extract", "save_article", "parse_article", "article_exists"):
            for (fname, _, fn), (_, _, _, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
                if fn == name and "tracker" in fname:
                    print(
                        f"  {fn:16s} {1000 * ct / args.articles:7.2f} ms/article  ({fname.split('/tracker/')[-1]})"
                    )
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
