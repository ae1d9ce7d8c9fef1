"""Orchestration: inputs -> articles -> mentions -> the store, one article per transaction.

The CLI calls these and renders; the pieces they compose (ingest, extract, db) do not
know about each other. A failing input is recorded with its reason and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import BinaryIO

from sqlite_utils import Database

from tracker import db as store
from tracker.errors import InputError

Progress = Callable[[str], None]


@dataclass
class IngestResult:
    files: int = 0
    new: int = 0
    unchanged: int = 0
    failed: list[InputError] = field(default_factory=list)
    commitments: int = 0  # mentions found in new articles

    @property
    def ok(self) -> bool:
        return not self.failed


def ingest(
    database: Database,
    paths: list[str],
    *,
    published: str | None = None,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
) -> IngestResult:
    """Ingest every input in `paths`; the same article twice adds nothing."""
    from tracker.extract import extract
    from tracker.ingest import iter_inputs, parse_article

    result = IngestResult()
    for name, data in iter_inputs(paths, stdin=stdin):
        result.files += 1
        if progress:
            progress(name)
        try:
            if isinstance(data, InputError):
                raise data
            article = parse_article(data, name, published=published, source=source)
            if store.article_exists(database, article.id):
                result.unchanged += 1
                continue
            try:
                mentions = extract(article.text, article.published)
            except Exception as exc:  # a rule bug: name it, keep the article out, go on
                raise InputError(name, f"extraction failed ({type(exc).__name__}: {exc})") from exc
            if store.save_article(database, article, mentions):
                result.new += 1
                result.commitments += len(mentions)
            else:  # another run stored it between our check and our write
                result.unchanged += 1
        except InputError as exc:
            result.failed.append(exc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
            result.failed.append(InputError(name, f"{type(exc).__name__}: {exc}"))
    return result


@dataclass
class ReextractResult:
    articles: int = 0
    mentions: int = 0
    failed: list[InputError] = field(default_factory=list)


def reextract(database: Database, *, progress: Progress | None = None) -> ReextractResult:
    """Run the current extraction rules over every stored article again (idempotent)."""
    from tracker.extract import extract

    result = ReextractResult()
    for art in store.articles_for_reextract(database):
        if progress:
            progress(art["id"][:12])
        try:
            mentions = extract(art["text"], art["published"])
            store.replace_mentions(database, art["id"], mentions)
            result.articles += 1
            result.mentions += len(mentions)
        except Exception as exc:  # noqa: BLE001
            result.failed.append(InputError(art["id"][:12], f"{type(exc).__name__}: {exc}"))
    return result
