"""All SQL lives here: opening the store, its migrations, writes and queries.

One SQLite file through sqlite-utils. WAL mode and a busy timeout let a cron run and a
person's shell overlap: writers queue for each other (BEGIN IMMEDIATE) instead of failing.
The schema grows only by numbered migrations applied on every open, so a database made by
an older version upgrades in place. Derived objects (full-text indexes) are declared as
data below and ensured idempotently.

Tracking logic (what a commitment key is, how mentions summarise into a commitment) is in
`tracker.track`; this module only loads and stores what that logic computes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from tracker import track
from tracker.errors import NotFound, TrackerError
from tracker.models import Article, Mention

BUSY_TIMEOUT_MS = 60_000

MIGRATIONS = Migrations("tracker")

# Full-text indexes, declared as data and kept in sync by triggers.
FTS_CONFIG: dict[str, list[str]] = {
    "articles": ["title", "text"],
    "mentions": ["evidence"],
}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """Articles, mentions, commitments and the link tables reports group by."""
    db["articles"].create(
        {
            "id": str,  # sha256 of the normalised text
            "title": str,
            "published": str,
            "published_how": str,
            "source": str,
            "path": str,
            "format": str,
            "text": str,
            "chars": int,
            "ingested_at": str,
            "extracted_at": str,
        },
        pk="id",
    )
    db["commitments"].create(
        {
            "id": int,
            "key": str,
            "kind": str,
            "countries": str,  # "PK;UZ", for display; filters use commitment_countries
            "sectors": str,  # "energy;ict", for display; filters use commitment_sectors
            "status": str,
            "name": str,
            "amount": float,
            "currency": str,
            "amount_usd": float,
            "baseline_usd": float,
            "count": int,
            "target_date": str,
            "deadline": str,  # last day the target_date allows, for due/overdue
            "announced_on": str,
            "first_seen": str,
            "last_seen": str,
            "mention_count": int,
            "evidence": str,
            "published": str,
            "supersedes_id": int,
            "cameo": str,
            "plover": str,
            "updated_at": str,
        },
        pk="id",
        not_null={"key", "kind"},
    )
    db["commitments"].create_index(["key"], unique=True)
    db["mentions"].create(
        {
            "id": int,
            "article_id": str,
            "ordinal": int,
            "commitment_id": int,
            "key": str,
            "raw_key": str,
            "key_reason": str,
            "kind": str,
            "status": str,
            "countries": str,  # JSON list
            "sectors": str,  # JSON list
            "name": str,
            "amount": float,
            "currency": str,
            "amount_usd": float,
            "baseline_usd": float,
            "count": int,
            "target_date": str,
            "announced_on": str,
            "actors": str,  # JSON list of {name, role}
            "evidence": str,
            "evidence_start": int,
            "evidence_end": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["commitment_countries"].create(
        {"commitment_id": int, "country": str},
        pk=("commitment_id", "country"),
        foreign_keys=[("commitment_id", "commitments", "id")],
    )
    db["commitment_sectors"].create(
        {"commitment_id": int, "sector": str},
        pk=("commitment_id", "sector"),
        foreign_keys=[("commitment_id", "commitments", "id")],
    )
    for table, cols in {
        "mentions": [["article_id", "ordinal"]],
        "commitments": [["kind"], ["status"], ["first_seen"], ["last_seen"], ["deadline"]],
        "commitment_countries": [["country"]],
        "commitment_sectors": [["sector"]],
        "articles": [["published"]],
    }.items():
        for c in cols:
            db[table].create_index(c, unique=(c == ["article_id", "ordinal"]), if_not_exists=True)
    db["mentions"].create_index(["key"], if_not_exists=True)
    db["mentions"].create_index(["commitment_id"], if_not_exists=True)
    for table, columns in FTS_CONFIG.items():
        db[table].enable_fts(columns, create_triggers=True, replace=True)


@MIGRATIONS()
def m002_curation(db: Database) -> None:
    """Analyst curation that survives re-extraction: keyed by commitment key, not row id."""
    db["commitments"].add_column("rejected", int, not_null_default=0)
    db["commitments"].add_column("reviewed_status", str)
    db["commitments"].add_column("extracted_status", str)
    db["commitments"].create_index(["rejected"], if_not_exists=True)
    db.execute("UPDATE commitments SET extracted_status = status")
    db["curation"].create(
        {
            "id": int,
            "commitment_key": str,
            "action": str,  # review | reject | restore | merge | split
            "status": str,
            "note": str,
            "detail": str,  # JSON
            "at": str,
        },
        pk="id",
    )
    db["curation"].create_index(["commitment_key"], if_not_exists=True)
    # merge: mentions whose key is from_key belong to to_key
    db["key_aliases"].create({"from_key": str, "to_key": str, "at": str}, pk="from_key")
    # split: one mention (article, kind, offset) gets a key of its own
    db["mention_overrides"].create({"mention_ref": str, "key": str, "at": str}, pk="mention_ref")


@MIGRATIONS()
def m003_summary_state(db: Database) -> None:
    """A commitment's folded summary, so an ingest updates it from its new mentions only."""
    db["commitments"].add_column("summary_state", str)


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------------------- opening


def open_db(path: Path, *, must_exist: bool = False) -> Database:
    """Open (creating parent folders) and migrate the database at `path`.

    `must_exist` is for read-only commands: a missing file is a clear error, not a new
    empty database left behind by a typo in `--db`.
    """
    path = Path(path)
    if must_exist and not path.exists():
        raise TrackerError(f"no database at {path}; run `tracker ingest PATH` first")
    if path.exists() and path.is_dir():
        raise TrackerError(f"{path} is a directory, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        db = Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        _switch_to_wal(db)
        if MIGRATIONS.pending(db):
            with write_transaction(db):
                MIGRATIONS.apply(db)  # re-checks inside the lock: a racing run may have migrated
    except sqlite3.DatabaseError as exc:
        raise TrackerError(f"cannot open database {path}: {exc}") from None
    except OSError as exc:
        raise TrackerError(f"cannot create database {path}: {exc.strerror or exc}") from None
    return db


def _switch_to_wal(db: Database) -> None:
    """Put the file in WAL mode, waiting out a run that is creating or converting it at the same time.

    Changing the journal mode needs the file to itself, and SQLite reports SQLITE_BUSY for it at
    once, without the busy handler: two runs starting on a new database (two cron jobs, say) could
    fail with "database is locked". Retried for up to the busy timeout; the other run may well
    have switched the mode meanwhile, which the re-read sees.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.01
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode = wal")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE ... COMMIT: take the write lock up front so overlapping runs queue.

    A deferred transaction that upgrades to a writer can fail at once with SQLITE_BUSY
    in WAL mode when another writer committed meanwhile; asking for the lock first makes
    the busy timeout apply. sqlite-utils' own atomic() nests as savepoints inside.
    """
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    else:
        db.conn.commit()


# ---------------------------------------------------------------------------- writes


def _insert(db: Database, table: str, rows: list[dict]) -> int | None:
    """INSERT rows (all with the same keys) with one prepared statement; the last rowid.

    sqlite-utils' insert/insert_all introspect the table (names, columns, primary keys) on
    every call, which cost more than the write itself on the ingest path.
    """
    if not rows:
        return None
    cols = list(rows[0])
    sql = f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) VALUES ({', '.join('?' * len(cols))})"
    if len(rows) == 1:
        return db.conn.execute(sql, [rows[0][c] for c in cols]).lastrowid
    db.conn.executemany(sql, ([r[c] for c in cols] for r in rows))
    return None


def article_exists(db: Database, article_id: str) -> bool:
    return bool(db.execute("SELECT 1 FROM articles WHERE id = ?", [article_id]).fetchone())


def save_article(db: Database, article: Article, mentions: list[Mention]) -> bool:
    """Store one article and its mentions in one transaction; False if it was already there.

    Each touched commitment is written before the mentions, so every mention is inserted with
    its commitment id: linking afterwards would rewrite each new row and its full-text entry.
    """
    article_id = article.id  # a hash of the text, computed on each access
    with write_transaction(db):
        if article_exists(db, article_id):
            return False
        stamp = now()
        _insert(
            db,
            "articles",
            [
                {
                    "id": article_id,
                    "title": article.title,
                    "published": article.published,
                    "published_how": article.published_how,
                    "source": article.source,
                    "path": article.path,
                    "format": article.format,
                    "text": article.text,
                    "chars": len(article.text),
                    "ingested_at": stamp,
                    "extracted_at": stamp,
                }
            ],
        )
        rows = _mention_rows(db, article_id, mentions)
        added: dict[str, list[dict]] = {}
        for row, m in zip(rows, mentions, strict=True):  # what track.fold reads: the stored row, lists
            # decoded (the sorted lists the row's JSON was made from), article dates added
            fold_input = dict(row, countries=sorted(m.countries), sectors=sorted(m.sectors))
            fold_input.update(published=article.published, ingested_on=stamp[:10])
            added.setdefault(row["key"], []).append(fold_input)
        cids: dict[str, int] = {}
        groups: set[tuple[str, str]] = set()
        recompute: list[str] = []
        for key in sorted(added):
            existing = _existing_commitment(db, key)
            if existing is not None and not existing["summary_state"]:
                recompute.append(key)  # no stored state to fold into: summarise all its mentions below
                continue
            state = track.fold(json.loads(existing["summary_state"]) if existing else None, added[key])
            cids[key] = _write_commitment(db, key, existing, state, stamp)
            groups.add((state["tail"][1]["kind"], ";".join(state["countries"])))
        for row in rows:
            row["commitment_id"] = cids.get(row["key"])
        _insert(db, "mentions", rows)
        groups |= _rebuild(db, recompute)
        for kind, countries in sorted(groups):
            _relink_supersedes(db, kind, countries)
    return True


def replace_mentions(db: Database, article_id: str, mentions: list[Mention]) -> int:
    """Re-extraction of one stored article: swap its mentions, rebuild what they touch.

    Returns how many commitments were touched. Idempotent: the same rules give the same rows.
    """
    with write_transaction(db):
        old_keys = {r[0] for r in db.execute("SELECT key FROM mentions WHERE article_id = ?", [article_id])}
        db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
        new_keys = {row["key"] for row in _insert_mentions(db, article_id, mentions)}
        db.execute("UPDATE articles SET extracted_at = ? WHERE id = ?", [now(), article_id])
        touched = old_keys | new_keys
        rebuild_commitments(db, touched)
    return len(touched)


def _mention_ref(article_id: str, m: Mention | dict) -> str:
    """A mention's identity that survives re-extraction: article, kind and where it starts."""
    kind = m["kind"] if isinstance(m, dict) else m.kind
    start = m["evidence_start"] if isinstance(m, dict) else m.start
    return f"{article_id}:{kind}:{start}"


def _effective_key(db: Database, article_id: str, m: Mention, raw_key: str) -> str:
    """Apply the analyst's split overrides and merge aliases to an extracted key."""
    row = db.execute(
        "SELECT key FROM mention_overrides WHERE mention_ref = ?", [_mention_ref(article_id, m)]
    ).fetchone()
    if row:
        return row[0]
    return resolve_alias(db, raw_key)


def resolve_alias(db: Database, key: str) -> str:
    seen = {key}
    while True:
        row = db.execute("SELECT to_key FROM key_aliases WHERE from_key = ?", [key]).fetchone()
        if not row or row[0] in seen:
            return key
        key = row[0]
        seen.add(key)


def _insert_mentions(db: Database, article_id: str, mentions: list[Mention]) -> list[dict]:
    """Insert an article's mentions; returns the rows written (each with its commitment key)."""
    rows = _mention_rows(db, article_id, mentions)
    _insert(db, "mentions", rows)
    return rows


def _mention_rows(db: Database, article_id: str, mentions: list[Mention]) -> list[dict]:
    """The mention rows of an article (each with its commitment key), not yet inserted."""
    rows = []
    # Splits and merges are rare: two cheap checks spare two lookups per mention without them.
    curated = bool(
        db.execute("SELECT 1 FROM mention_overrides LIMIT 1").fetchone()
        or db.execute("SELECT 1 FROM key_aliases LIMIT 1").fetchone()
    )
    seen: dict[str, int] = {}
    for ordinal, m in enumerate(mentions):
        raw_key, reason = track.commitment_key(m)
        # The extractor already drops an article's restatements, so two of its mentions with
        # one key are two undertakings (two energy joint ventures): the later gets its own key.
        seen[raw_key] = seen.get(raw_key, 0) + 1
        if seen[raw_key] > 1:
            raw_key = f"{raw_key}#{seen[raw_key]}"
            reason = f"{reason}; another undertaking like it earlier in the same article"
        key = _effective_key(db, article_id, m, raw_key) if curated else raw_key
        if key != raw_key:
            reason = f"{reason}; placed by analyst curation"
        rows.append(
            {
                "article_id": article_id,
                "ordinal": ordinal,
                "key": key,
                "raw_key": raw_key,
                "key_reason": reason,
                "kind": m.kind,
                "status": m.status,
                "countries": json.dumps(sorted(m.countries)),
                "sectors": json.dumps(sorted(m.sectors)),
                "name": m.name,
                "amount": m.amount,
                "currency": m.currency,
                "amount_usd": m.amount_usd,
                "baseline_usd": m.baseline_usd,
                "count": m.count,
                "target_date": m.target_date,
                "announced_on": m.announced_on,
                "actors": json.dumps([{"name": a.name, "role": a.role} for a in m.actors]),
                "evidence": m.evidence,
                "evidence_start": m.start,
                "evidence_end": m.end,
            }
        )
    return rows


# ---------------------------------------------------------------------------- tracking


MENTION_SELECT = """
SELECT m.*, a.title AS article_title, a.published AS published, a.published_how AS published_how,
       a.source AS source,
       a.path AS article_path, substr(a.ingested_at, 1, 10) AS ingested_on
FROM mentions m JOIN articles a ON a.id = m.article_id
"""


def _load_mentions(db: Database, where: str, params: Iterable[Any]) -> list[dict]:
    rows = [dict(r) for r in _dict_rows(db, f"{MENTION_SELECT} WHERE {where}", params)]
    for r in rows:
        r["countries"] = json.loads(r["countries"] or "[]")
        r["sectors"] = json.loads(r["sectors"] or "[]")
        r["actors"] = json.loads(r["actors"] or "[]")
    return rows


# What track.summarise reads of a mention: loading only this (and decoding two JSON columns, not
# three) keeps a rebuild cheap when a commitment has collected hundreds of mentions.
_SUMMARY_SELECT = """
SELECT m.article_id, m.ordinal, m.kind, m.status, m.countries, m.sectors, m.name, m.amount, m.currency,
       m.amount_usd, m.baseline_usd, m.count, m.target_date, m.announced_on, m.evidence,
       m.evidence_start, a.published AS published, substr(a.ingested_at, 1, 10) AS ingested_on
FROM mentions m JOIN articles a ON a.id = m.article_id
WHERE m.key = ?
"""


def _summary_mentions(db: Database, key: str) -> list[dict]:
    rows = _dict_rows(db, _SUMMARY_SELECT, [key])
    for r in rows:
        r["countries"] = json.loads(r["countries"] or "[]")
        r["sectors"] = json.loads(r["sectors"] or "[]")
    return rows


def _set_links(db: Database, table: str, column: str, cid: int, values: list[str], existing: bool) -> None:
    """Make the link rows of commitment `cid` exactly `values`; unchanged ones are not rewritten."""
    if existing:
        old = sorted(
            r[0] for r in db.execute(f"SELECT [{column}] FROM [{table}] WHERE commitment_id = ?", [cid])
        )
        if old == sorted(values):
            return
        db.execute(f"DELETE FROM [{table}] WHERE commitment_id = ?", [cid])
    _insert(db, table, [{"commitment_id": cid, column: v} for v in values])


_COMPACT_JSON = json.JSONEncoder(separators=(",", ":"))  # json.dumps would build one per call
_EXISTING_SELECT = "SELECT * FROM commitments WHERE key = ?"


def _existing_commitment(db: Database, key: str) -> dict | None:
    cursor = db.conn.execute(_EXISTING_SELECT, [key])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None


def rebuild_commitments(db: Database, keys: Iterable[str]) -> None:
    """Recompute each commitment from all its mentions; then the supersedes links.

    A commitment's content is a function of its mentions only (folded in sort order), so
    the result does not depend on the order articles were ingested in. An ingest, which only
    adds mentions, folds a commitment's stored state with the new mentions alone instead
    (`save_article`): the same result at a cost that does not grow with the number of
    mentions a commitment has collected.
    """
    for kind, countries in sorted(_rebuild(db, keys)):
        _relink_supersedes(db, kind, countries)


def _rebuild(db: Database, keys: Iterable[str]) -> set[tuple[str, str]]:
    """Recompute each commitment from its mentions and link them; the (kind, countries) groups touched."""
    groups: set[tuple[str, str]] = set()
    for key in sorted(set(keys)):
        existing = _existing_commitment(db, key)
        mentions = _summary_mentions(db, key)
        state = track.fold(None, mentions) if mentions else None
        if state is None:
            if existing is None:
                continue
            curated = db.execute("SELECT 1 FROM curation WHERE commitment_key = ?", [key]).fetchone()
            if curated:
                db.execute(
                    "UPDATE commitments SET mention_count = 0, summary_state = NULL, updated_at = ? WHERE id = ?",
                    [now(), existing["id"]],
                )
            else:
                _delete_commitment(db, existing["id"])
            groups.add((existing["kind"], existing["countries"] or ""))
            continue
        cid = _write_commitment(db, key, existing, state, now())
        # Only mentions not yet linked: each rewritten row also rewrites its full-text entry.
        db.execute(
            "UPDATE mentions SET commitment_id = ? WHERE key = ? AND commitment_id IS NOT ?", [cid, key, cid]
        )
        groups.add((state["tail"][1]["kind"], ";".join(state["countries"])))
    return groups


def _write_commitment(db: Database, key: str, existing: dict | None, state: dict, stamp: str) -> int:
    """Insert or update commitment `key` from its folded state, with its link rows; its id."""
    summary = track.summary_of(state)
    reviewed = existing["reviewed_status"] if existing else None
    row = {
        "key": key,
        "kind": summary["kind"],
        "countries": ";".join(summary["countries"]),
        "sectors": ";".join(summary["sectors"]),
        "extracted_status": summary["status"],
        "status": reviewed or summary["status"],
        "name": summary["name"],
        "amount": summary["amount"],
        "currency": summary["currency"],
        "amount_usd": summary["amount_usd"],
        "baseline_usd": summary["baseline_usd"],
        "count": summary["count"],
        "target_date": summary["target_date"],
        "deadline": track.deadline_end(summary["target_date"]),
        "announced_on": summary["announced_on"],
        "first_seen": summary["first_seen"],
        "last_seen": summary["last_seen"],
        "mention_count": summary["mention_count"],
        "evidence": summary["evidence"],
        "published": summary["published"],
        "summary_state": _COMPACT_JSON.encode(state),
        "updated_at": stamp,
    }
    row["cameo"], row["plover"] = track.event_codes(row["kind"], row["status"])
    if existing:
        cid = existing["id"]
        # Only the columns that change (and updated_at): each indexed column rewritten costs an index update.
        changed = [c for c, v in row.items() if c == "updated_at" or existing[c] != v]
        db.conn.execute(
            f"UPDATE commitments SET {', '.join(f'[{c}] = ?' for c in changed)} WHERE id = ?",
            [*(row[c] for c in changed), cid],
        )
        # The link rows follow the countries and sectors columns: unchanged columns, unchanged links.
        if row["countries"] != existing["countries"]:
            _set_links(db, "commitment_countries", "country", cid, summary["countries"], True)
        if row["sectors"] != existing["sectors"]:
            _set_links(db, "commitment_sectors", "sector", cid, summary["sectors"], True)
    else:
        cid = _insert(db, "commitments", [row])
        _set_links(db, "commitment_countries", "country", cid, summary["countries"], False)
        _set_links(db, "commitment_sectors", "sector", cid, summary["sectors"], False)
    return cid


def _delete_commitment(db: Database, cid: int) -> None:
    db.execute("DELETE FROM commitment_countries WHERE commitment_id = ?", [cid])
    db.execute("DELETE FROM commitment_sectors WHERE commitment_id = ?", [cid])
    db.execute("UPDATE commitments SET supersedes_id = NULL WHERE supersedes_id = ?", [cid])
    db.execute("DELETE FROM commitments WHERE id = ?", [cid])


def _relink_supersedes(db: Database, kind: str, countries: str) -> None:
    if kind not in track.FIGURE_KINDS:
        return
    rows = _dict_rows(
        db,
        "SELECT id, key, amount, currency, first_seen, last_seen, rejected FROM commitments "
        "WHERE kind = ? AND countries = ?",
        [kind, countries],
    )

    def shares(a_id: int, b_id: int) -> bool:
        """Does one article report both? Asked only for pairs that could otherwise be a revision,
        so the cost does not grow with how often the group's commitments were reported."""
        return (
            db.execute(
                "SELECT 1 FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id "
                "WHERE m1.commitment_id = ? AND m2.commitment_id = ? LIMIT 1",
                [a_id, b_id],
            ).fetchone()
            is not None
        )

    links = track.supersedes([dict(r) for r in rows], shares)
    for r in rows:
        db.execute(
            "UPDATE commitments SET supersedes_id = ? WHERE id = ? AND supersedes_id IS NOT ?",
            [links.get(r["id"]), r["id"], links.get(r["id"])],
        )


# ---------------------------------------------------------------------------- curation


def commitment_by_id(db: Database, cid: int) -> dict:
    row = _dict_rows(db, "SELECT * FROM commitments WHERE id = ?", [cid])
    if not row:
        raise NotFound(f"no commitment with id {cid}")
    return dict(row[0])


def record_curation(db: Database, key: str, action: str, *, status=None, note=None, detail=None) -> None:
    db["curation"].insert(
        {
            "commitment_key": key,
            "action": action,
            "status": status,
            "note": note,
            "detail": json.dumps(detail) if detail is not None else None,
            "at": now(),
        }
    )


def review(db: Database, cid: int, status: str | None, note: str | None) -> dict:
    with write_transaction(db):
        c = commitment_by_id(db, cid)
        if status:
            code = track.event_codes(c["kind"], status)
            db["commitments"].update(
                cid, {"reviewed_status": status, "status": status, "cameo": code[0], "plover": code[1]}
            )
        record_curation(db, c["key"], "review", status=status, note=note)
    return commitment_by_id(db, cid)


def reject(db: Database, cid: int, reason: str | None, *, restore: bool = False) -> dict:
    with write_transaction(db):
        c = commitment_by_id(db, cid)
        db["commitments"].update(cid, {"rejected": 0 if restore else 1})
        record_curation(db, c["key"], "restore" if restore else "reject", note=reason)
    return commitment_by_id(db, cid)


def merge(db: Database, target_id: int, other_ids: list[int], note: str | None = None) -> dict:
    """Fold other commitments into the target; remembered as key aliases for re-extraction."""
    with write_transaction(db):
        target = commitment_by_id(db, target_id)
        touched = {target["key"]}
        for oid in other_ids:
            if oid == target_id:
                continue
            other = commitment_by_id(db, oid)
            db["key_aliases"].upsert(
                {"from_key": other["key"], "to_key": target["key"], "at": now()}, pk="from_key"
            )
            # mentions placed under the other key by an earlier split move too
            db.execute("UPDATE mention_overrides SET key = ? WHERE key = ?", [target["key"], other["key"]])
            db.execute(
                "UPDATE mentions SET key = ?, key_reason = key_reason || '; merged by analyst' WHERE key = ?",
                [target["key"], other["key"]],
            )
            record_curation(db, target["key"], "merge", note=note, detail={"merged": other["key"], "id": oid})
            touched.add(other["key"])
        rebuild_commitments(db, touched)
    return commitment_by_id(db, target_id)


def split(db: Database, cid: int, mention_id: int, note: str | None = None) -> dict:
    """Give one mention a commitment of its own; remembered per mention for re-extraction."""
    with write_transaction(db):
        c = commitment_by_id(db, cid)
        rows = _dict_rows(db, "SELECT * FROM mentions WHERE id = ? AND commitment_id = ?", [mention_id, cid])
        if not rows:
            raise NotFound(f"commitment {cid} has no mention {mention_id}")
        m = dict(rows[0])
        ref = _mention_ref(m["article_id"], m)
        new_key = f"{m['raw_key']}#split:{ref}"
        db["mention_overrides"].upsert({"mention_ref": ref, "key": new_key, "at": now()}, pk="mention_ref")
        db.execute(
            "UPDATE mentions SET key = ?, key_reason = key_reason || '; split off by analyst' WHERE id = ?",
            [new_key, mention_id],
        )
        record_curation(db, new_key, "split", note=note, detail={"from": c["key"], "mention": mention_id})
        rebuild_commitments(db, {c["key"], new_key})
    return commitment_by_id(
        db, db.execute("SELECT id FROM commitments WHERE key = ?", [new_key]).fetchone()[0]
    )


# ---------------------------------------------------------------------------- queries


@dataclass
class Filters:
    """The filters every reading command shares; empty means 'no constraint'."""

    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    search: str | None = None
    include_rejected: bool = False
    limit: int | None = None


def _where(f: Filters) -> tuple[str, list[Any]]:
    clauses, params = ["1 = 1"], []
    if not f.include_rejected:
        clauses.append("c.rejected = 0")
    for code in f.countries:  # every named country must be a party
        clauses.append("c.id IN (SELECT commitment_id FROM commitment_countries WHERE country = ?)")
        params.append(code)
    if f.sectors:
        marks = ",".join("?" * len(f.sectors))
        clauses.append(f"c.id IN (SELECT commitment_id FROM commitment_sectors WHERE sector IN ({marks}))")
        params += f.sectors
    if f.kinds:
        clauses.append(f"c.kind IN ({','.join('?' * len(f.kinds))})")
        params += f.kinds
    if f.statuses:
        clauses.append(f"c.status IN ({','.join('?' * len(f.statuses))})")
        params += f.statuses
    if f.since or f.until:
        # a commitment is in the window when any of its mentions was reported in it
        cond, p = [], []
        if f.since:
            cond.append("coalesce(m.announced_on, a.published, substr(a.ingested_at, 1, 10)) >= ?")
            p.append(f.since)
        if f.until:
            cond.append("coalesce(m.announced_on, a.published, substr(a.ingested_at, 1, 10)) <= ?")
            p.append(f.until)
        clauses.append(
            "c.id IN (SELECT m.commitment_id FROM mentions m JOIN articles a ON a.id = m.article_id "
            f"WHERE {' AND '.join(cond)})"
        )
        params += p
    if f.search:
        query = fts_query(f.search)
        clauses.append(
            "c.id IN (SELECT commitment_id FROM mentions WHERE rowid IN "
            "(SELECT rowid FROM mentions_fts WHERE mentions_fts MATCH ?) "
            "OR article_id IN (SELECT a.id FROM articles a JOIN articles_fts f ON f.rowid = a.rowid "
            "WHERE articles_fts MATCH ?))"
        )
        params += [query, query]
    return " AND ".join(clauses), params


def fts_query(text: str) -> str:
    """Quote each word so user input never breaks FTS syntax ('US$', 'co-production')."""
    words = [w.replace('"', '""') for w in text.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words) or '""'


def query_commitments(db: Database, f: Filters, *, order: str = "c.last_seen DESC, c.id") -> list[dict]:
    where, params = _where(f)
    sql = f"SELECT c.* FROM commitments c WHERE {where} ORDER BY {order}"
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return [_commitment_out(dict(r)) for r in _dict_rows(db, sql, params)]


def _commitment_out(row: dict) -> dict:
    row["countries"] = [c for c in (row.get("countries") or "").split(";") if c]
    row["sectors"] = [s for s in (row.get("sectors") or "").split(";") if s]
    return row


def mentions_of(db: Database, cid: int) -> list[dict]:
    rows = _load_mentions(db, "m.commitment_id = ?", [cid])
    return sorted(rows, key=track.mention_sort_key)


def mentions_for(db: Database, ids: list[int]) -> dict[int, list[dict]]:
    """Mentions of many commitments at once (export), each list in date order."""
    out: dict[int, list[dict]] = {i: [] for i in ids}
    if not ids:
        return out
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start : chunk_start + 500]
        for r in _load_mentions(db, f"m.commitment_id IN ({','.join('?' * len(chunk))})", chunk):
            out[r["commitment_id"]].append(r)
    for v in out.values():
        v.sort(key=track.mention_sort_key)
    return out


def commitment_detail(db: Database, cid: int) -> dict:
    """Everything `tracker show` renders: fields, mentions, history, supersedes, curation."""
    c = _commitment_out(commitment_by_id(db, cid))
    c["mentions"] = mentions_of(db, cid)
    c["history"] = track.status_history(c["mentions"])
    c["curation"] = [
        dict(r)
        for r in _dict_rows(db, "SELECT * FROM curation WHERE commitment_key = ? ORDER BY id", [c["key"]])
    ]
    c["supersedes"] = None
    if c.get("supersedes_id"):
        c["supersedes"] = _commitment_out(commitment_by_id(db, c["supersedes_id"]))
    c["superseded_by"] = [
        _commitment_out(dict(r))
        for r in _dict_rows(db, "SELECT * FROM commitments WHERE supersedes_id = ? ORDER BY id", [cid])
    ]
    return c


def due(db: Database, f: Filters, as_of: str, within_days: int) -> list[dict]:
    end = (dt.date.fromisoformat(as_of) + dt.timedelta(days=within_days)).isoformat()
    where, params = _where(f)
    sql = (
        f"SELECT c.* FROM commitments c WHERE {where} AND c.deadline IS NOT NULL "
        "AND c.deadline >= ? AND c.deadline <= ? AND c.status != 'achieved' ORDER BY c.deadline, c.id"
    )
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return [_commitment_out(dict(r)) for r in _dict_rows(db, sql, params + [as_of, end])]


def overdue(db: Database, f: Filters, as_of: str) -> list[dict]:
    where, params = _where(f)
    sql = (
        f"SELECT c.* FROM commitments c WHERE {where} AND c.deadline IS NOT NULL "
        "AND c.deadline < ? AND c.status != 'achieved' ORDER BY c.deadline, c.id"
    )
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    return [_commitment_out(dict(r)) for r in _dict_rows(db, sql, params + [as_of])]


def articles_for_reextract(db: Database) -> Iterator[dict]:
    """Stored articles, streamed in a stable order, for `tracker reextract`."""
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY rowid")]
    for aid in ids:
        rows = _dict_rows(db, "SELECT id, text, published FROM articles WHERE id = ?", [aid])
        if rows:
            yield dict(rows[0])


def article_count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def stats(db: Database, path: Path) -> dict:
    one = db.execute
    by_kind = {
        k: n for k, n in one("SELECT kind, count(*) FROM commitments WHERE rejected = 0 GROUP BY kind")
    }
    return {
        "database": str(path),
        "size_bytes": path.stat().st_size
        + sum(p.stat().st_size for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()),
        "articles": one("SELECT count(*) FROM articles").fetchone()[0],
        "articles_undated": one("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0],
        "mentions": one("SELECT count(*) FROM mentions").fetchone()[0],
        "commitments": one("SELECT count(*) FROM commitments WHERE rejected = 0").fetchone()[0],
        "rejected": one("SELECT count(*) FROM commitments WHERE rejected = 1").fetchone()[0],
        "by_kind": by_kind,
        "published_from": one("SELECT min(published) FROM articles").fetchone()[0],
        "published_to": one("SELECT max(published) FROM articles").fetchone()[0],
        "last_ingest": one("SELECT max(ingested_at) FROM articles").fetchone()[0],
    }


def _dict_rows(db: Database, sql: str, params: Iterable[Any] = ()) -> list[dict]:
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
