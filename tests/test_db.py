"""The store: migrations, idempotent writes, order-independent tracking, curation that survives."""

from __future__ import annotations

import pytest

from tracker import db as store
from tracker.models import Article, Mention

EXPECTED_COLUMNS = {
    "articles": {
        "id",
        "title",
        "published",
        "published_how",
        "source",
        "path",
        "format",
        "text",
        "chars",
        "ingested_at",
        "extracted_at",
    },
    "mentions": {
        "id",
        "article_id",
        "ordinal",
        "commitment_id",
        "key",
        "raw_key",
        "key_reason",
        "kind",
        "status",
        "countries",
        "sectors",
        "name",
        "amount",
        "currency",
        "amount_usd",
        "baseline_usd",
        "count",
        "target_date",
        "announced_on",
        "actors",
        "evidence",
        "evidence_start",
        "evidence_end",
    },
    "commitment_countries": {"commitment_id", "country"},
    "commitment_sectors": {"commitment_id", "sector"},
    "curation": {"id", "commitment_key", "action", "status", "note", "detail", "at"},
}


def art(text: str, published: str | None = "2025-03-20") -> Article:
    return Article(text=text, title=text[:20], published=published, published_how="dateline", path="x.txt")


def m(
    text: str, sentence: str, kind="trade_target", status="agreed", countries=("PK", "UZ"), **kw
) -> Mention:
    start = text.index(sentence)
    return Mention(
        kind=kind,
        countries=list(countries),
        status=status,
        evidence=sentence,
        start=start,
        end=start + len(sentence),
        **kw,
    )


A_TEXT = "Pakistan and Uzbekistan agreed to raise trade to $2 billion. They proposed a JWG on IT."
B_TEXT = "Pakistan and Uzbekistan signed the IT JWG charter. Trade target of $2 billion by 2025 reaffirmed."
C_TEXT = "Pakistan and Uzbekistan now aim for $3 billion in trade."


def a_mentions():
    return [
        m(
            A_TEXT,
            "Pakistan and Uzbekistan agreed to raise trade to $2 billion.",
            amount=2e9,
            currency="USD",
            amount_usd=2e9,
        ),
        m(
            A_TEXT,
            "They proposed a JWG on IT.",
            kind="working_group",
            status="proposed",
            name="JWG on IT",
            sectors=["ict"],
        ),
    ]


def b_mentions():
    return [
        m(
            B_TEXT,
            "Pakistan and Uzbekistan signed the IT JWG charter.",
            kind="working_group",
            status="signed",
            name="IT JWG",
            sectors=["ict"],
        ),
        m(
            B_TEXT,
            "Trade target of $2 billion by 2025 reaffirmed.",
            amount=2e9,
            currency="USD",
            amount_usd=2e9,
            target_date="2025",
        ),
    ]


def snapshot(database) -> set[tuple]:
    rows = store.query_commitments(database, store.Filters(include_rejected=True))
    return {
        (r["key"], r["status"], r["mention_count"], r["first_seen"], r["last_seen"], r["target_date"])
        for r in rows
    }


def test_blank_database_has_expected_columns(db_path):
    database = store.open_db(db_path)
    for table, cols in EXPECTED_COLUMNS.items():
        assert set(database[table].columns_dict) == cols, table
    assert {"rejected", "reviewed_status", "extracted_status", "deadline", "supersedes_id"} <= set(
        database["commitments"].columns_dict
    )
    assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_database_from_first_migration_upgrades_without_loss(db_path):
    from sqlite_utils import Database

    old = Database(db_path)
    store.MIGRATIONS.apply(old, stop_before="m002_curation")
    old["articles"].insert({"id": "abc", "title": "Old", "published": "2024-01-01", "text": "Old text."})
    old["commitments"].insert(
        {
            "key": "trade_target|PK-UZ|USD:2e+09",
            "kind": "trade_target",
            "status": "agreed",
            "countries": "PK;UZ",
            "mention_count": 1,
        }
    )
    old.conn.commit()
    old.close()

    database = store.open_db(db_path)
    row = database.execute("SELECT key, status, extracted_status, rejected FROM commitments").fetchone()
    assert row == ("trade_target|PK-UZ|USD:2e+09", "agreed", "agreed", 0)
    assert database["articles"].get("abc")["title"] == "Old"
    assert not store.MIGRATIONS.pending(database)


def test_save_is_idempotent(db_path):
    database = store.open_db(db_path)
    assert store.save_article(database, art(A_TEXT), a_mentions()) is True
    assert store.save_article(database, art(A_TEXT), a_mentions()) is False
    assert database["articles"].count == 1
    assert database["mentions"].count == 2


def test_restated_commitments_merge_and_order_does_not_matter(tmp_path):
    one = store.open_db(tmp_path / "one.db")
    store.save_article(one, art(A_TEXT, "2025-03-20"), a_mentions())
    store.save_article(one, art(B_TEXT, "2025-07-18"), b_mentions())
    two = store.open_db(tmp_path / "two.db")
    store.save_article(two, art(B_TEXT, "2025-07-18"), b_mentions())
    store.save_article(two, art(A_TEXT, "2025-03-20"), a_mentions())
    assert snapshot(one) == snapshot(two)
    rows = store.query_commitments(one, store.Filters())
    assert len(rows) == 2 and all(r["mention_count"] == 2 for r in rows)
    wg = next(r for r in rows if r["kind"] == "working_group")
    assert wg["status"] == "signed"  # moved from proposed, still one commitment
    detail = store.commitment_detail(one, wg["id"])
    assert [h["status"] for h in detail["history"]] == ["proposed", "signed"]
    assert all("same body" in mm["key_reason"] for mm in detail["mentions"])


def test_raised_target_supersedes(db_path):
    database = store.open_db(db_path)
    store.save_article(database, art(A_TEXT, "2025-03-20"), a_mentions()[:1])
    store.save_article(
        database, art(C_TEXT, "2026-01-10"), [m(C_TEXT, C_TEXT, amount=3e9, currency="USD", amount_usd=3e9)]
    )
    rows = {r["amount"]: r for r in store.query_commitments(database, store.Filters(kinds=["trade_target"]))}
    assert rows[3e9]["supersedes_id"] == rows[2e9]["id"]
    assert rows[2e9]["supersedes_id"] is None


def test_curation_survives_reextraction(db_path):
    database = store.open_db(db_path)
    store.save_article(database, art(A_TEXT), a_mentions())
    aid = art(A_TEXT).id
    rows = {r["kind"]: r for r in store.query_commitments(database, store.Filters())}
    store.reject(database, rows["working_group"]["id"], "not a body")
    store.review(database, rows["trade_target"]["id"], "signed", "checked the communique")
    store.replace_mentions(database, aid, a_mentions())
    store.replace_mentions(database, aid, a_mentions())
    visible = store.query_commitments(database, store.Filters())
    assert [r["kind"] for r in visible] == ["trade_target"]
    assert visible[0]["status"] == "signed" and visible[0]["extracted_status"] == "agreed"
    hidden = store.query_commitments(database, store.Filters(include_rejected=True))
    assert len(hidden) == 2


def test_merge_and_split_round_trip(db_path):
    database = store.open_db(db_path)
    store.save_article(database, art(A_TEXT), a_mentions())
    store.save_article(
        database, art(C_TEXT, "2026-01-10"), [m(C_TEXT, C_TEXT, amount=3e9, currency="USD", amount_usd=3e9)]
    )
    targets = store.query_commitments(database, store.Filters(kinds=["trade_target"]), order="c.amount")
    merged = store.merge(database, targets[0]["id"], [targets[1]["id"]])
    assert merged["mention_count"] == 2
    assert len(store.query_commitments(database, store.Filters(kinds=["trade_target"]))) == 1
    # the merge survives re-extraction of the article whose key was folded in
    store.replace_mentions(database, art(C_TEXT).id, [m(C_TEXT, C_TEXT, amount=3e9, currency="USD")])
    assert len(store.query_commitments(database, store.Filters(kinds=["trade_target"]))) == 1
    mention_id = next(x["id"] for x in store.mentions_of(database, merged["id"]) if x["amount"] == 3e9)
    new = store.split(database, merged["id"], mention_id)
    assert new["mention_count"] == 1 and new["id"] != merged["id"]
    store.replace_mentions(database, art(C_TEXT).id, [m(C_TEXT, C_TEXT, amount=3e9, currency="USD")])
    assert len(store.query_commitments(database, store.Filters(kinds=["trade_target"]))) == 2
    actions = [c["action"] for c in store.commitment_detail(database, merged["id"])["curation"]]
    assert actions == ["merge"]


def test_unknown_id_is_not_found(db_path):
    from tracker.errors import NotFound

    database = store.open_db(db_path)
    with pytest.raises(NotFound):
        store.commitment_detail(database, 99)


def test_missing_database_is_an_error_for_readers(tmp_path):
    from tracker.errors import TrackerError

    with pytest.raises(TrackerError, match="no database"):
        store.open_db(tmp_path / "nope.db", must_exist=True)
    assert not (tmp_path / "nope.db").exists()


def test_corrupt_file_is_a_clear_error(tmp_path):
    from tracker.errors import TrackerError

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(TrackerError, match="cannot open database"):
        store.open_db(bad)


def test_fts_query_quotes_user_input():
    assert store.fts_query('US$ "co-production"') == '"US$" """co-production"""'


def test_two_like_undertakings_in_one_article_stay_two(db_path):
    text = "Pakistan and Uzbekistan discussed joint production of solar heaters. They also discussed joint production of meters."
    database = store.open_db(db_path)
    store.save_article(
        database,
        art(text),
        [
            m(
                text,
                "Pakistan and Uzbekistan discussed joint production of solar heaters.",
                kind="joint_venture",
                status="negotiating",
                sectors=["energy"],
            ),
            m(
                text,
                "They also discussed joint production of meters.",
                kind="joint_venture",
                status="negotiating",
                sectors=["energy"],
            ),
        ],
    )
    rows = store.query_commitments(database, store.Filters())
    assert len(rows) == 2 and all(r["mention_count"] == 1 for r in rows)


def test_ingest_links_each_mention_and_agrees_with_a_full_rebuild(db_path):
    """save_article writes a commitment before its new mentions, so they are inserted already linked;
    a commitment without a stored summary state (an older database) is summarised from all its mentions."""
    database = store.open_db(db_path)
    store.save_article(database, art(A_TEXT, "2025-03-20"), a_mentions())
    with store.write_transaction(database):
        database.execute("UPDATE commitments SET summary_state = NULL WHERE kind = 'working_group'")
    store.save_article(database, art(B_TEXT, "2025-07-18"), b_mentions())
    store.save_article(
        database, art(C_TEXT, "2026-01-10"), [m(C_TEXT, C_TEXT, amount=3e9, currency="USD", amount_usd=3e9)]
    )
    linked = database.execute(
        "SELECT count(*) FROM mentions m JOIN commitments c ON c.id = m.commitment_id AND c.key = m.key"
    ).fetchone()[0]
    assert linked == database["mentions"].count == 5
    fts = "SELECT rowid, evidence FROM mentions_fts ORDER BY rowid"
    assert (
        database.execute(fts).fetchall()
        == database.execute("SELECT id, evidence FROM mentions ORDER BY id").fetchall()
    )
    cols = (
        "key, status, mention_count, first_seen, last_seen, countries, sectors, supersedes_id, summary_state"
    )
    before = database.execute(f"SELECT {cols} FROM commitments ORDER BY key").fetchall()
    links = database.execute(
        "SELECT * FROM commitment_countries UNION ALL SELECT * FROM commitment_sectors"
    ).fetchall()
    with store.write_transaction(database):
        store.rebuild_commitments(database, [r[0] for r in before])
    assert database.execute(f"SELECT {cols} FROM commitments ORDER BY key").fetchall() == before
    assert sorted(links) == sorted(
        database.execute(
            "SELECT * FROM commitment_countries UNION ALL SELECT * FROM commitment_sectors"
        ).fetchall()
    )
    assert all(r[7] is None or r[2] for r in before)  # supersedes links only between live targets


def test_wal_switch_waits_for_a_run_holding_the_file(tmp_path):
    """Two runs starting on a new database: switching to WAL needs the file to itself and SQLite
    refuses at once (no busy handler), so the second run waits instead of failing "database is locked"."""
    import sqlite3
    import threading
    import time

    from sqlite_utils import Database

    path = tmp_path / "new.db"
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    releaser = threading.Timer(0.3, lambda: holder.execute("COMMIT"))
    releaser.start()
    other = Database(sqlite3.connect(path, timeout=0))  # no busy handler: only the retry can wait
    started = time.monotonic()
    store._switch_to_wal(other)
    releaser.join()
    assert time.monotonic() - started >= 0.25
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
