"""Extraction quality on the labelled corpus, seeds and held-out set, scored with tests/corpus/score.py.

The bars are the scores reached when they were last raised, minus a small margin, so that a
rule change that costs commitments fails CI. Raise them when the extractor improves.
Scoring calls the scorer's own `match`/`prf` on extract() output directly (no CLI, no database),
with the gold `published` date and article text from tracker.ingest where it can read the file.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from tracker.extract import extract

CORPUS = Path(__file__).parent / "corpus"
MARGIN = 0.03
# Achieved figures (dev / seeds) when last measured; a test fails below figure - MARGIN.
# The dev corpus was used to write the rules, so its 1.00 says little about unseen text;
# the bars are there to catch regressions, not to claim accuracy.
DEV_F1 = 1.00
DEV_KIND_F1 = {
    "trade_target": 1.00,
    "investment_target": 1.00,
    "working_group": 1.00,
    "joint_venture": 1.00,
    "agreement": 1.00,
    "project": 1.00,
}
DEV_STATUS = 1.00
DEV_TARGET_DATE = 1.00
DEV_SECTORS = 0.97
SEEDS_F1 = 0.98
# The held-out set (tests/corpus/holdout) was written blind to the extractor; its error classes were
# then fixed with general rules (vocabularies, frames), so it is no longer blind and its score says
# little about unseen text. The bar keeps a wider margin than dev: it catches regressions without
# inviting rules tuned to its sentences.
HOLDOUT_F1 = 1.00
HOLDOUT_MARGIN = 0.05
# holdout2 ... holdout10 were each written blind to the extractor by an annotator who never read the
# rules; each was scored once blind, then its error classes were read as general constructions and
# the rules tested on sentences written for the example tables (tests/test_extract_finder.py ROUNDn),
# never on its sentences. Bars are the achieved F1 minus HOLDOUT_MARGIN. The blind first scores
# (the honest figures for unseen articles) are in the README: 0.75, 0.81, 0.88, 0.83, 0.76, 0.85, 0.70, 0.82, 0.83,
# 0.85 for holdout12, 0.78 for holdout13, 0.85 for holdout14, 0.73 for holdout15, 0.79 for holdout16, then see below.
HOLDOUT2_F1 = 0.93
HOLDOUT3_F1 = 0.96
HOLDOUT4_F1 = 0.95
HOLDOUT5_F1 = 0.92
HOLDOUT6_F1 = 0.94
HOLDOUT7_F1 = 0.95
HOLDOUT8_F1 = 0.89
HOLDOUT9_F1 = 0.92
HOLDOUT10_F1 = 0.93
# holdout11 has never been tuned on (its misses were not read for rules): 0.82 blind, 0.84 after the
# holdout12 and holdout13 rounds. holdout12 was scored blind at 0.85 (P 0.89, R 0.82) and holdout13 at
# 0.78 (P 0.84, R 0.73); then their misses were read.
HOLDOUT11_F1 = 0.86
HOLDOUT12_F1 = 0.97
HOLDOUT13_F1 = 0.91
# holdout14 was scored blind at 0.85 (P 0.87, R 0.82), then its misses were read.
HOLDOUT14_F1 = 0.96
# holdout15 was scored blind at 0.73 (P 0.82, R 0.66), then its misses were read.
# 0.82 since the holdout27 round: a new, right row for the gold pipeline row left a summary-lead project row
# that had been credited against it unmatched (a wrong row now counted as one, not a regression).
HOLDOUT15_F1 = 0.82
# holdout16 was scored blind at 0.79 (P 0.80, R 0.77), then its misses were read.
HOLDOUT16_F1 = 0.85
# holdout17 ... holdout23 were each scored blind once, then their misses were read (a round per set,
# rules tested on ROUND12 sentences in tests/test_extract_finder.py): blind 0.70, 0.81, 0.69, 0.73, 0.77,
# 0.84 and 0.84.
HOLDOUT17_F1 = 0.96
HOLDOUT18_F1 = 0.94
HOLDOUT19_F1 = 0.89
HOLDOUT20_F1 = 0.85
HOLDOUT21_F1 = 0.86
HOLDOUT22_F1 = 0.91
HOLDOUT23_F1 = 0.90
# holdout24 (0.84 blind, P 0.91, R 0.78), holdout25 (0.84, P 0.93, R 0.78) and holdout26 (0.80, P 0.85,
# R 0.76) were each scored blind once, then their misses were read (ROUND13 in test_extract_finder.py).
HOLDOUT24_F1 = 0.95
HOLDOUT25_F1 = 0.98
HOLDOUT26_F1 = 0.98
# holdout27 was scored blind at 0.66 (P 0.72, R 0.61), then its misses were read.
HOLDOUT27_F1 = 0.99
# holdout28 (0.87, P 0.93, R 0.81) and holdout29 (0.82, P 0.92, R 0.74) were written blind after the
# holdout27 round. holdout28's misses were then read (0.98 after); holdout29 has not been tuned on and is
# the current blind figure (0.83 after the holdout28 round). Keep it blind.
HOLDOUT28_F1 = 0.98
HOLDOUT29_F1 = 0.83
# holdout30 was written blind after the holdout28 round: 0.89 (P 0.93, R 0.86) first scored (0.88 on the
# tree before this session's rounds). With holdout29 it is the current blind figure. Keep it blind.
HOLDOUT30_F1 = 0.89


def _scorer():
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _article_text(path: Path) -> str | None:
    try:
        from tracker.ingest import parse_article

        return parse_article(path.read_bytes(), path.name).text
    except Exception:  # noqa: BLE001 - an article ingest cannot read yet is skipped, not failed
        return None if path.suffix == ".html" else path.read_text(encoding="utf-8")


def _score(folder: Path) -> dict:
    score = _scorer()
    counts: dict[str, Counter] = {}
    hits, totals = Counter(), Counter()
    for path in sorted(folder.iterdir()):
        gold_path = path.with_suffix(".gold.json")
        if path.suffix not in (".txt", ".html") or not gold_path.exists():
            continue
        text = _article_text(path)
        if text is None:
            continue
        gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = gold_doc.get("commitments", [])
        pred = [m.to_dict() for m in extract(text, gold_doc.get("published"))]
        pairs = score.match(gold, pred)
        matched_g = {i for i, _ in pairs}
        matched_p = {j for _, j in pairs}
        for i, g in enumerate(gold):
            counts.setdefault(g["kind"], Counter())["tp" if i in matched_g else "fn"] += 1
        for j, p in enumerate(pred):
            if j not in matched_p:
                counts.setdefault(p["kind"], Counter())["fp"] += 1
        for i, j in pairs:
            g, p = gold[i], pred[j]
            totals["status"] += 1
            hits["status"] += p["status"] == g["status"]
            if g.get("target_date"):
                gd, pd = str(g["target_date"]), str(p.get("target_date") or "")
                n = min(len(gd), len(pd))
                totals["target_date"] += 1
                hits["target_date"] += bool(pd) and gd[:n] == pd[:n]
            if g.get("sectors"):
                totals["sectors"] += 1
                hits["sectors"] += set(g["sectors"]) == set(p.get("sectors") or [])
    total = Counter()
    per_kind = {}
    for kind, c in counts.items():
        total.update(c)
        per_kind[kind] = score.prf(c["tp"], c["fp"], c["fn"])[2]
    return {
        "f1": score.prf(total["tp"], total["fp"], total["fn"])[2],
        "per_kind": per_kind,
        "fields": {k: hits[k] / totals[k] for k in totals},
    }


@pytest.fixture(scope="module")
def dev() -> dict:
    return _score(CORPUS / "dev")


def test_dev_overall_f1(dev: dict) -> None:
    assert dev["f1"] >= DEV_F1 - MARGIN, dev


@pytest.mark.parametrize("kind", sorted(DEV_KIND_F1))
def test_dev_kind_f1(dev: dict, kind: str) -> None:
    assert dev["per_kind"][kind] >= DEV_KIND_F1[kind] - MARGIN, dev["per_kind"]


@pytest.mark.parametrize(
    ("field", "bar"), [("status", DEV_STATUS), ("target_date", DEV_TARGET_DATE), ("sectors", DEV_SECTORS)]
)
def test_dev_field_accuracy(dev: dict, field: str, bar: float) -> None:
    assert dev["fields"][field] >= bar - MARGIN, dev["fields"]


def test_seeds_overall_f1() -> None:
    seeds = _score(CORPUS / "seeds")
    assert seeds["f1"] >= SEEDS_F1 - MARGIN, seeds


def test_holdout_overall_f1() -> None:
    holdout = _score(CORPUS / "holdout")
    assert holdout["f1"] >= HOLDOUT_F1 - HOLDOUT_MARGIN, holdout


@pytest.mark.parametrize(
    ("folder", "bar"),
    [
        ("holdout2", HOLDOUT2_F1),
        ("holdout3", HOLDOUT3_F1),
        ("holdout4", HOLDOUT4_F1),
        ("holdout5", HOLDOUT5_F1),
        ("holdout6", HOLDOUT6_F1),
        ("holdout7", HOLDOUT7_F1),
        ("holdout8", HOLDOUT8_F1),
        ("holdout9", HOLDOUT9_F1),
        ("holdout10", HOLDOUT10_F1),
        ("holdout11", HOLDOUT11_F1),
        ("holdout12", HOLDOUT12_F1),
        ("holdout13", HOLDOUT13_F1),
        ("holdout14", HOLDOUT14_F1),
        ("holdout15", HOLDOUT15_F1),
        ("holdout16", HOLDOUT16_F1),
        ("holdout17", HOLDOUT17_F1),
        ("holdout18", HOLDOUT18_F1),
        ("holdout19", HOLDOUT19_F1),
        ("holdout20", HOLDOUT20_F1),
        ("holdout21", HOLDOUT21_F1),
        ("holdout22", HOLDOUT22_F1),
        ("holdout23", HOLDOUT23_F1),
        ("holdout24", HOLDOUT24_F1),
        ("holdout25", HOLDOUT25_F1),
        ("holdout26", HOLDOUT26_F1),
        ("holdout27", HOLDOUT27_F1),
        ("holdout28", HOLDOUT28_F1),
        ("holdout29", HOLDOUT29_F1),
        ("holdout30", HOLDOUT30_F1),
    ],
)
def test_blind_holdout_f1(folder: str, bar: float) -> None:
    got = _score(CORPUS / folder)
    assert got["f1"] >= bar - HOLDOUT_MARGIN, got
