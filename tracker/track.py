"""Mentions -> tracked commitments: when two mentions are one undertaking, and what it says now.

Pure functions, no SQL. A mention's *key* is computed from the mention alone (kind,
parties, and a figure, a named body or a sector/object), so grouping by key is
deterministic and independent of ingest order. The status is never part of the key:
"proposed" then "signed" is one commitment whose status moved. A commitment's fields
are a function of its mentions sorted by date ("as last reported").

Vocabulary (body names, abbreviations, event codes) is data in `data/tracking.toml`.
"""

from __future__ import annotations

import calendar
import re
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from tracker.models import STATUSES, Mention

FIGURE_KINDS = ("trade_target", "investment_target")
DATA_FILE = Path(__file__).parent / "data" / "tracking.toml"


@cache
def _data() -> dict[str, Any]:
    with DATA_FILE.open("rb") as fh:
        return tomllib.load(fh)


@cache
def _body_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Body aliases as one regex per canonical type, in file order (most specific first)."""
    out = []
    for canonical, aliases in _data()["bodies"].items():
        alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
        out.append((canonical, re.compile(rf"\b(?:{alt})\b", re.IGNORECASE)))
    return out


_WORD = re.compile(r"[a-z][a-z0-9]+(?:-[a-z0-9]+)*")


def _significant_words(text: str) -> list[str]:
    stop = set(_data()["stopwords"])
    return [w for w in _WORD.findall(text.lower()) if w not in stop]


def body_type(text: str | None) -> str | None:
    """The canonical body a working-group name refers to ("the 22nd JEC" -> "economic commission")."""
    if not text:
        return None
    for canonical, pattern in _body_patterns():
        if pattern.search(text):
            return canonical
    return None


def _figure(amount: float | None, currency: str | None) -> str | None:
    if not amount:
        return None
    return f"{currency or 'USD'}:{float(f'{amount:.3g}'):g}"


def _head_word(name: str | None) -> str | None:
    """The head noun of a name: its last significant word ("the UAP railway project" -> "railway")."""
    if not name:
        return None
    words = [w for w in _significant_words(name) if "-" not in w]
    return words[-1] if words else None


def commitment_key(m: Mention) -> tuple[str, str]:
    """(key, reason): mentions with equal keys are one commitment; the reason says why.

    - targets: kind, parties and the figure ("USD:2e+09");
    - working groups: the canonical body ("JWG" = "joint working group") and its sectors;
    - joint ventures: the sectors, else the product named;
    - projects and agreements: the head noun of the name and the sectors (agreements
      also by the number of documents, so "11 MoUs" at one visit is not "37 MoUs" at another).
    """
    parties = "-".join(sorted(set(m.countries))) or "?"
    sectors = ",".join(sorted(set(m.sectors)))
    base = f"{m.kind}|{parties}"
    who = f"same kind ({m.kind}) and parties ({parties.replace('-', ', ')})"
    if m.kind in FIGURE_KINDS:
        figure = _figure(m.amount, m.currency)
        if figure:
            return f"{base}|{figure}", f"{who} and the same figure ({m.currency or 'USD'} {m.amount:,.0f})"
        return f"{base}|nofigure|{sectors}", f"{who}, no figure, sectors [{sectors}]"
    if m.kind == "working_group":
        body = body_type(m.name) or body_type(m.evidence) or "body"
        return f"{base}|{body}|{sectors}", f"{who}, the same body ({body}) and sectors [{sectors}]"
    if m.kind == "joint_venture":
        if sectors:
            return f"{base}|{sectors}", f"{who} and sectors [{sectors}]"
        head = _head_word(m.name) or "unspecified"
        return f"{base}|{head}", f"{who} and object ({head})"
    head = _head_word(m.name) or "unnamed"
    if m.kind == "agreement":
        count = m.count or ""
        return (
            f"{base}|{head}|{sectors}|{count}",
            f"{who}, instrument ({head}), sectors [{sectors}]" + (f" and {count} documents" if count else ""),
        )
    return f"{base}|{head}|{sectors}", f"{who}, object ({head}) and sectors [{sectors}]"


def mention_date(m: dict) -> str | None:
    """When a mention was made: its announced date, else its article's date, else the ingest day."""
    return m.get("announced_on") or m.get("published") or m.get("ingested_on")


def mention_sort_key(m: dict) -> tuple:
    """Date order; on one date the further-advanced status comes last (so it is 'latest')."""
    status = m.get("status")
    rank = STATUSES.index(status) if status in STATUSES else -1
    # (article, ordinal) is unique, so this is a total order: no two mentions tie.
    return (
        mention_date(m) or "9999-12-31",
        rank,
        m.get("article_id") or "",
        m.get("evidence_start") or 0,
        m.get("ordinal") or 0,
    )


# Fields reported "as last reported": the latest mention that gives a value wins.
LATEST_FIELDS = ("name", "amount", "currency", "amount_usd", "baseline_usd", "count", "target_date")


def fold(state: dict | None, mentions: list[dict]) -> dict[str, Any]:
    """Fold mentions into a commitment's summary state (JSON-serialisable).

    Every part of the state is a commutative merge (min, max, union, or the value with the
    greatest sort key, which is a total order), so folding new mentions into a stored state
    gives exactly what summarising all mentions at once gives, in any order. That lets an
    ingest touch only its new mentions however many a commitment has collected.
    """
    st = (
        {
            "n": 0,
            "countries": [],
            "sectors": [],
            "first": None,
            "last": None,
            "head": None,
            "tail": None,
            "latest": {},
        }
        if state is None
        else {**state, "latest": dict(state["latest"])}
    )
    countries, sectors = set(st["countries"]), set(st["sectors"])
    for m in mentions:
        key = list(mention_sort_key(m))
        st["n"] += 1
        countries.update(m.get("countries") or [])
        sectors.update(m.get("sectors") or [])
        day = mention_date(m)
        if day:
            st["first"] = day if st["first"] is None else min(st["first"], day)
            st["last"] = day if st["last"] is None else max(st["last"], day)
        if st["tail"] is None or key > st["tail"][0]:
            st["tail"] = [key, {f: m.get(f) for f in ("kind", "status", "evidence", "published")}]
        if st["head"] is None or key < st["head"][0]:
            st["head"] = [key, m.get("announced_on") or m.get("published")]
        for f in LATEST_FIELDS:
            value = m.get(f)
            if value not in (None, "", []) and (f not in st["latest"] or key > st["latest"][f][0]):
                st["latest"][f] = [key, value]
    st["countries"], st["sectors"] = sorted(countries), sorted(sectors)
    return st


def summary_of(state: dict) -> dict[str, Any]:
    """The commitment fields a folded state stands for."""
    tail = state["tail"][1]
    out = {f: state["latest"][f][1] if f in state["latest"] else None for f in LATEST_FIELDS}
    out.update(
        kind=tail["kind"],
        countries=list(state["countries"]),
        sectors=list(state["sectors"]),
        status=tail["status"],
        announced_on=state["head"][1],
        first_seen=state["first"],
        last_seen=state["last"],
        evidence=tail["evidence"],
        published=tail["published"],
        mention_count=state["n"],
    )
    return out


def summarise(mentions: list[dict]) -> dict[str, Any]:
    """A commitment from its mentions: figures and status as last reported, first/last seen."""
    return summary_of(fold(None, mentions))


def status_history(mentions: list[dict]) -> list[dict]:
    """Dated status steps: a new entry each time the reported status changes."""
    history: list[dict] = []
    for m in sorted(mentions, key=mention_sort_key):
        if history and history[-1]["status"] == m["status"]:
            continue
        history.append(
            {
                "date": mention_date(m),
                "status": m["status"],
                "mention_id": m.get("id"),
                "article_title": m.get("article_title"),
            }
        )
    return history


def precision(target_date: str | None) -> str | None:
    """How exact a deadline is: "2027" is a year, "2025-06" a month, "2025-06-30" a day."""
    if not target_date:
        return None
    return {1: "year", 2: "month", 3: "day"}.get(len(target_date.split("-")))


def deadline_end(target_date: str | None) -> str | None:
    """The last day a deadline allows: "2024" -> 2024-12-31, "2025-02" -> 2025-02-28."""
    if not target_date:
        return None
    parts = target_date.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return f"{year:04d}-12-31"
        month = int(parts[1])
        if len(parts) == 2:
            return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
        return f"{year:04d}-{month:02d}-{int(parts[2]):02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None


def supersedes(rows: list[dict], shares: Callable[[int, int], bool] | None = None) -> dict[int, int]:
    """Which target replaced which: {newer id: older id} among one kind and set of parties.

    B supersedes A when their figures differ, A was last reported no later than B was
    first seen, and no article reports both (an article stating "$1 billion soon and
    $2 billion by 2025" gives two live targets, not a revision). The latest such A wins.

    Whether an article reports both comes from each row's `articles` set, or from `shares(a_id,
    b_id)`, asked only for pairs that pass every other test: the store answers it with one
    indexed query instead of loading the articles of every mention of the group.
    """
    if shares is None:

        def shares(a_id: int, b_id: int) -> bool:
            return bool(by_id[a_id].get("articles", set()) & by_id[b_id].get("articles", set()))

    by_id = {r["id"]: r for r in rows}
    live = [r for r in rows if not r.get("rejected") and r.get("first_seen") and r.get("amount")]
    links: dict[int, int] = {}
    for b in live:
        candidates = [
            a
            for a in live
            if a is not b
            and (a.get("currency") or "USD") == (b.get("currency") or "USD")
            and abs(a["amount"] - b["amount"]) > 0.02 * max(a["amount"], b["amount"])
            and a["first_seen"] < b["first_seen"]
            and (a.get("last_seen") or a["first_seen"]) <= b["first_seen"]
            and not shares(a["id"], b["id"])
        ]
        if candidates:
            best = max(candidates, key=lambda a: (a["first_seen"], a.get("last_seen") or "", a["amount"]))
            links[b["id"]] = best["id"]
    return links


def plover_context() -> str:
    return _data()["plover_context"]


def event_codes(kind: str, status: str) -> tuple[str | None, str | None]:
    """CAMEO and PLOVER codes for a commitment, so exports join event-data work."""
    codes = _data()["codes"]
    pair = codes.get(f"{kind}.{status}") or codes.get(f"*.{status}")
    return (pair[0], pair[1]) if pair else (None, None)
