"""Orchestration: inputs -> articles -> mentions -> the store, one article per transaction.

The CLI calls these and renders; the pieces they compose (ingest, extract, db) do not
know about each other. A failing input is recorded with its reason and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
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


@contextmanager
def _one_input(failed: list[InputError], name: str) -> Iterator[None]:
    """Record a failure of one input under its name and let the batch go on."""
    try:
        yield
    except InputError as exc:
        failed.append(exc)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
        failed.append(InputError(name, f"{type(exc).__name__}: {exc}"))


def ingest(
    database: Database,
    paths: list[str],
    *,
    published: str | None = None,
    source: str | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> IngestResult:
    """Ingest every input in `paths`; the same article twice adds nothing.

    Reading, parsing and writing happen here, in input order; extraction of a long batch runs in
    `jobs` worker processes (`tracker.workers`; None = `TRACKER_JOBS` or one per CPU, 1 = none).
    """
    from tracker.ingest import iter_inputs, parse_article
    from tracker.models import Article, Mention
    from tracker.workers import Extractor

    result = IngestResult()
    in_flight: set[str] = set()  # ids sent to extraction and not yet stored

    def store_one(tag: tuple[str, Article], got: list[Mention] | BaseException) -> None:
        name, article = tag
        in_flight.discard(article.id)
        with _one_input(result.failed, name):
            if isinstance(got, BaseException):  # a rule bug: name it, keep the article out, go on
                raise InputError(name, f"extraction failed ({type(got).__name__}: {got})") from got
            if store.save_article(database, article, got):
                result.new += 1
                result.commitments += len(got)
            else:  # another run (or an identical file earlier in this batch) stored it first
                result.unchanged += 1

    with Extractor[tuple[str, Article]](jobs) as extractor:
        for name, data in iter_inputs(paths, stdin=stdin):
            result.files += 1
            if progress:
                progress(name)
            with _one_input(result.failed, name):
                if isinstance(data, InputError):
                    raise data
                article = parse_article(data, name, published=published, source=source)
                if article.id in in_flight or store.article_exists(database, article.id):
                    result.unchanged += 1
                    continue
                in_flight.add(article.id)
                for tag, got in extractor.submit((name, article), article.text, article.published):
                    store_one(tag, got)
        for tag, got in extractor.drain():
            store_one(tag, got)
    return result


@dataclass
class ReextractResult:
    articles: int = 0
    mentions: int = 0
    failed: list[InputError] = field(default_factory=list)


def reextract(
    database: Database, *, progress: Progress | None = None, jobs: int | None = None
) -> ReextractResult:
    """Run the current extraction rules over every stored article again (idempotent).

    Extraction of a long run uses worker processes as `ingest` does; mentions are replaced in
    the order the articles are read."""
    from tracker.workers import run

    result = ReextractResult()
    arts = ((art["id"], art["text"], art["published"]) for art in store.articles_for_reextract(database))
    for art_id, got in run(arts, jobs):
        if progress:
            progress(art_id[:12])
        try:
            if isinstance(got, BaseException):
                raise got
            store.replace_mentions(database, art_id, got)
            result.articles += 1
            result.mentions += len(got)
        except Exception as exc:  # noqa: BLE001
            result.failed.append(InputError(art_id[:12], f"{type(exc).__name__}: {exc}"))
    return result
