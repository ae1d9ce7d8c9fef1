"""Commitment rows -> CSV, JSON or JSON Lines. No SQL, no terminal rendering.

One record per commitment with the fields of COMMITMENTS.md (countries as ISO codes,
sectors as vocabulary names), tracking fields (mention_count, first/last seen,
supersedes) and event-data codes. JSON and JSONL carry every mention; CSV is flat.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from tracker import track

FORMATS = ("csv", "json", "jsonl")

# Field order of an exported record (CSV header order).
FIELDS = [
    "id",
    "kind",
    "countries",
    "sectors",
    "status",
    "name",
    "amount",
    "currency",
    "amount_usd",
    "baseline_usd",
    "count",
    "target_date",
    "deadline",
    "announced_on",
    "actors",
    "evidence",
    "evidence_start",
    "evidence_end",
    "article_id",
    "title",
    "source",
    "published",
    "first_seen",
    "last_seen",
    "mention_count",
    "supersedes_id",
    "cameo",
    "plover",
    "reviewed_status",
    "rejected",
]

MENTION_FIELDS = [
    "id",
    "article_id",
    "title",
    "source",
    "path",
    "published",
    "announced_on",
    "status",
    "amount",
    "currency",
    "amount_usd",
    "target_date",
    "actors",
    "evidence",
    "evidence_start",
    "evidence_end",
    "key_reason",
]

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def record(c: dict, mentions: list[dict]) -> dict[str, Any]:
    """One export record: the commitment as last reported, with its mentions in date order."""
    last = mentions[-1] if mentions else {}
    actors: list[dict] = []
    for m in mentions:
        for a in m.get("actors") or []:
            if a not in actors:
                actors.append(a)
    out = {
        "id": c["id"],
        "kind": c["kind"],
        "countries": list(c["countries"]),
        "sectors": list(c["sectors"]),
        "status": c["status"],
        "name": c.get("name"),
        "amount": c.get("amount"),
        "currency": c.get("currency"),
        "amount_usd": c.get("amount_usd"),
        "baseline_usd": c.get("baseline_usd"),
        "count": c.get("count"),
        "target_date": c.get("target_date"),
        "target_precision": track.precision(c.get("target_date")),
        "deadline": c.get("deadline"),
        "announced_on": c.get("announced_on"),
        "actors": actors,
        "evidence": c.get("evidence"),
        "evidence_start": last.get("evidence_start"),
        "evidence_end": last.get("evidence_end"),
        "article_id": last.get("article_id"),
        "title": last.get("article_title"),
        "source": last.get("source"),
        "published": c.get("published"),
        "first_seen": c.get("first_seen"),
        "last_seen": c.get("last_seen"),
        "mention_count": c.get("mention_count"),
        "supersedes_id": c.get("supersedes_id"),
        "cameo": c.get("cameo"),
        "plover": c.get("plover"),
        "plover_context": track.plover_context(),
        "reviewed_status": c.get("reviewed_status"),
        "rejected": bool(c.get("rejected")),
    }
    out["mentions"] = [
        {
            k: (
                m.get("article_title") if k == "title" else m.get("article_path") if k == "path" else m.get(k)
            )
            for k in MENTION_FIELDS
        }
        for m in mentions
    ]
    return out


def write(records: Iterable[dict], fmt: str, out: IO[str]) -> int:
    """Write records in `fmt` to `out`; returns how many were written."""
    if fmt == "jsonl":
        n = 0
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "json":
        rows = list(records)
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(rows)
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180
        writer.writerow(FIELDS)
        n = 0
        for r in records:
            writer.writerow([csv_cell(r.get(f)) for f in FIELDS])
            n += 1
        return n
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def csv_cell(value: Any) -> Any:
    """Flatten a value for CSV: lists joined with ';', formulas neutralised, numbers kept."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return value  # numbers, negative ones included, stay numbers
    if isinstance(value, list):
        value = ";".join(_flat(v) for v in value)
    return neutralise(str(value))


def _flat(v: Any) -> str:
    if isinstance(v, dict):  # an actor
        return f"{v.get('name')} ({v['role']})" if v.get("role") else str(v.get("name"))
    return str(v)


def neutralise(text: str) -> str:
    """Prefix a text cell a spreadsheet would evaluate with a quote (OWASP CSV injection advice)."""
    if text.startswith(_FORMULA_STARTS) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def iter_records(rows: list[dict], mentions: dict[int, list[dict]]) -> Iterator[dict]:
    for c in rows:
        yield record(c, mentions.get(c["id"], []))
