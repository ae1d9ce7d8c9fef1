#!/usr/bin/env python3
"""Check labelled folders' gold files against the mechanical rules of the annotation guide.

Why: a held-out set is only useful if its labels are trustworthy; this catches the
mistakes a human annotator makes (evidence not verbatim or not unique, unsorted or
invalid country codes, words outside the vocabularies, relative dates in an undated
article, evidence taken from page furniture). One checker for every holdout folder;
undated articles may keep an absolute deadline written in the evidence's own line.
Run with the project venv (needs pycountry):

    .venv/bin/python tests/corpus/check_gold.py tests/corpus/holdout tests/corpus/holdout2 ...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pycountry

from tracker import models

KINDS, STATUSES, SECTORS = set(models.KINDS), set(models.STATUSES), set(models.SECTORS)

BLOCS = {"EU", "ASEAN", "GCC", "EAEU", "AU", "ECOWAS", "EFTA", "MERCOSUR"}
# html files, by the first four characters of their name: (opening marker, first marker
# after) of the article-body element
BODY = {
    "ho04": ('<div class="article-body">', '<div class="share-tools">'),
    "ho10": ('<div class="artText">', '<div class="social-share">'),
    "ho15": ('<div class="article-body">', '<div class="side-column">'),
    "hb02": ('<div class="article-body">', '<div class="share-strip">'),
    "hb10": ('<div class="article-content">', '<div class="tags-share">'),
    "hb11": ('<div class="story-body">', '<div class="story-tags">'),
    "hc05": ('<div class="field-body">', '<div class="tags">'),
    "hc07": ('<div class="entry-content">', '<div class="article-tags">'),
    "hc11": ('<div class="paragraph-wrapper">', '<div class="share-bar">'),
    "h404": ('<div class="article-text">', '<div class="tags">'),
    "h505": ('<div class="news-content">', '<div class="share-bar">'),
    "h511": ('<div class="entry-body">', '<div class="post-share">'),
    "h611": ('<div class="story-content">', '<div class="share-buttons">'),
    "h612": ('<div class="article__body">', '<div class="article__share">'),
    "h711": ('<div class="story-text">', '<div class="story-share">'),
    "h712": ('<div class="article-body-content">', '<div class="article-share">'),
    "h803": ('<div class="materia-corpo">', '<div class="compartilhe">'),
    "h811": ('<div class="article-body-text">', '<div class="social-share-bar">'),
    "h909": ('<div class="story-main">', '<div class="story-footer-share">'),
    "h100": ('<div class="article-body__text">', '<div class="article-body__share">'),
    "h110": ('<div class="story-body__content">', '<div class="story-share-row">'),
    "h120": ('<div class="article-text-wrap">', '<div class="share-row">'),
    "h130": ('<div class="story-body-copy">', '<div class="story-share-row">'),
    "h140": ('<div class="story-body-text">', '<div class="share-row-bottom">'),
    "h150": ('<div class="story-body-main">', '<div class="story-share-bar">'),
    "h160": ('<div class="story-body-wrap">', '<div class="story-share-strip">'),
    "h170": ('<div class="article-main-text">', '<div class="article-share-row">'),
    "h180": ('<div class="story-body-inner">', '<div class="story-share-line">'),
    "h190": ('<div class="nota-cuerpo">', '<div class="nota-compartir">'),
    "h200": ('<div class="wire-body-text">', '<div class="wire-share-row">'),
    "h210": ('<div class="lk-story-body">', '<div class="lk-story-share">'),
    "h220": ('<div class="interview-body">', '<div class="interview-share">'),
    "h230": ('<div class="wire-story-body">', '<div class="wire-story-share">'),
    "h240": ('<div class="wire-article-body">', '<div class="wire-article-share">'),
    "h250": ('<div class="news-story-body">', '<div class="news-story-share">'),
    "h260": ('<div class="dispatch-body-text">', '<div class="dispatch-share-row">'),
    "h270": ('<div class="report-body-copy">', '<div class="report-share-tools">'),
    "h280": ('<div class="post-article-body">', '<div class="post-article-share">'),
    "h290": ('<div class="bulletin-body-text">', '<div class="bulletin-share-links">'),
    "h300": ('<div class="release-body-main">', '<div class="release-share-icons">'),
}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FURNITURE = re.compile(r"\s*(<[^>]+>)*\s*(also read|read more|photo|related)", re.I)


def _stated_in_line(text: str, evidence: str, td: str) -> bool:
    """True when the year of td is written in the line holding the evidence.

    Why: without a published date only absolute deadlines can be resolved, so an undated
    article may carry a target date only when the text states it.
    """
    i = text.find(evidence)
    if i < 0:
        return False
    line = text[text.rfind("\n", 0, i) + 1 : text.find("\n", i)]
    return td[:4] in line


def check_row(art: Path, text: str, published: str | None, row: dict) -> list[str]:
    """Return the problems of one gold row (empty when it follows the guide)."""
    tag = f"{art.name}: {row.get('evidence')!r}"
    errs = [
        f"{tag}: missing {f}"
        for f in ("kind", "countries", "sectors", "status", "target_date", "evidence")
        if f not in row
    ]
    if errs:
        return errs
    if row["kind"] not in KINDS or row["status"] not in STATUSES:
        errs.append(f"{tag}: kind/status outside the vocabulary")
    if not set(row["sectors"]) <= SECTORS or row["sectors"] != sorted(row["sectors"]):
        errs.append(f"{tag}: sectors {row['sectors']}")
    codes = row["countries"]
    if codes != sorted(set(codes)) or len(codes) < 2:
        errs.append(f"{tag}: countries {codes}")
    errs += [f"{tag}: code {c}" for c in codes if c not in BLOCS and not pycountry.countries.get(alpha_2=c)]
    td = row["target_date"]
    if td is not None and not DATE.match(td):
        errs.append(f"{tag}: target_date {td} (bad form)")
    elif td is not None and published is None and not _stated_in_line(text, row["evidence"], td):
        errs.append(f"{tag}: target_date {td} in an undated article is not written in the evidence's line")
    if row["kind"] in ("trade_target", "investment_target"):
        if "amount_usd" not in row:
            errs.append(f"{tag}: amount_usd missing")
        if (row.get("amount_usd") is None or "currency" in row) and not (
            "amount" in row and "currency" in row
        ):
            errs.append(f"{tag}: a non-USD figure needs amount and currency")
        if "currency" in row and not pycountry.currencies.get(alpha_3=row["currency"]):
            errs.append(f"{tag}: currency {row['currency']}")
    elif any(k in row for k in ("amount_usd", "amount", "currency", "baseline_usd")):
        errs.append(f"{tag}: amount on a row that is not a target")
    if "baseline_usd" in row and row["kind"] != "trade_target":
        errs.append(f"{tag}: baseline on a row that is not a trade target")
    if "count" in row and row["kind"] != "agreement":
        errs.append(f"{tag}: count on a row that is not an agreement")
    ev = row["evidence"]
    if len(ev.split()) > 8:
        errs.append(f"{tag}: {len(ev.split())} words")
    if text.count(ev) != 1 or text.lower().count(ev.lower()) != 1:
        errs.append(f"{tag}: occurs {text.count(ev)}x ({text.lower().count(ev.lower())}x ignoring case)")
        return errs
    i = text.find(ev)
    line = text[text.rfind("\n", 0, i) + 1 : text.find("\n", i)]
    if FURNITURE.match(line) or re.search(r"<figcaption[^<]*$", text[:i]):
        errs.append(f"{tag}: evidence in furniture or a caption")
    if art.suffix == ".html":
        start, end = BODY[art.name[:4]]
        if not text.index(start) < i < text.index(end):
            errs.append(f"{tag}: outside the article body")
    return errs


def check_folder(folder: Path) -> tuple[int, int, list[str]]:
    """(articles, gold rows, problems) of one labelled folder."""
    errs: list[str] = []
    rows = 0
    arts = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
    for art in arts:
        gold = art.with_suffix(".gold.json")
        if not gold.exists():
            errs.append(f"{art.name}: no gold file")
            continue
        doc = json.loads(gold.read_text())
        published = doc["published"]
        if published is not None and not re.match(r"^\d{4}-\d{2}-\d{2}$", published):
            errs.append(f"{art.name}: bad published {published}")
        text = art.read_text()
        evidences = [r.get("evidence") for r in doc["commitments"]]
        if len(set(evidences)) != len(evidences):
            errs.append(f"{art.name}: two rows share an evidence")
        for row in doc["commitments"]:
            rows += 1
            errs += check_row(art, text, published, row)
    return len(arts), rows, errs


def main(folders: list[str]) -> int:
    """Check every article in the given folders; print problems and row counts."""
    failed = False
    for name in folders:
        arts, rows, errs = check_folder(Path(name))
        print(f"{name}: {arts} articles, {rows} gold rows")
        print("\n".join(errs) or "OK")
        failed |= bool(errs)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
