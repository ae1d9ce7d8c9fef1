"""Extraction spread over worker processes, results handed back in input order.

Why: extraction is pure CPU work (text in, mentions out, about 10 ms an article) while the store
must have one writer. A big ingest or re-extract therefore sends extraction to a pool of worker
processes and keeps reading, parsing and writing in the main process, in input order, so the
database ends up exactly as a one-process run leaves it (same rows, same ids, same order).

- Small batches never start a pool: the first `start_after` articles are extracted in-process,
  so a cron run that finds three new files costs what it always did.
- Workers are forked from the warm main process (patterns already compiled), on Linux only; they
  never touch the database connection they inherit, and leave through `os._exit`, so SQLite's
  locks stay with the parent. Elsewhere extraction stays in-process.
- At most `4 * jobs` articles are in flight, so memory stays flat however long the batch is.
- A worker that dies (killed, out of memory) does not lose an article: what it held is extracted
  in-process, and so is the rest of the batch.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Generic, TypeVar

from tracker.models import Mention

T = TypeVar("T")
ENV_JOBS = "TRACKER_JOBS"
MAX_AUTO_JOBS = 8
START_AFTER = 16  # articles extracted in-process before a pool is worth its start-up


def usable_cpus() -> int:
    """CPUs this process may run on (affinity and cgroup-pinned sets respected where Linux says)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Forked workers are used on Linux only (macOS forks unsafely with system frameworks loaded)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def resolve_jobs(jobs: int | None) -> int:
    """Worker count: `jobs` when given (0 = auto), else `TRACKER_JOBS`, else auto (one per CPU, at most 8).

    1 means no worker processes. A bad `TRACKER_JOBS` value falls back to auto rather than
    stopping a cron job over a typo."""
    if jobs is None:
        try:
            jobs = int(os.environ.get(ENV_JOBS, "0"))
        except ValueError:
            jobs = 0
    if jobs <= 0:
        jobs = min(usable_cpus(), MAX_AUTO_JOBS)
    return max(1, jobs)


def _extract(text: str, published: str | None) -> list[Mention]:
    from tracker.extract import extract

    return extract(text, published)


def _quiet_worker() -> None:
    """Ctrl-C goes to the whole process group: let the parent alone handle it and shut us down."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class Extractor(Generic[T]):
    """Runs extraction for a stream of articles and yields (tag, mentions or the error) in order.

    `submit(tag, text, published)` returns the items that are finished, oldest first; `drain()`
    the rest. In-process until `start_after` articles were submitted (and always when `jobs` is 1
    or workers cannot be forked); then in a pool of `jobs` forked workers.
    """

    def __init__(
        self,
        jobs: int | None = None,
        *,
        start_after: int = START_AFTER,
        extract_fn: Callable[[str, str | None], list[Mention]] | None = None,
    ) -> None:
        self.jobs = resolve_jobs(jobs)
        self.start_after = start_after
        self.extract_fn = extract_fn or _extract
        self.parallel = self.jobs > 1 and can_fork()
        self.submitted = 0
        self.pool: ProcessPoolExecutor | None = None
        self.pending: deque[tuple[T, str, str | None, Future]] = deque()
        self.max_pending = 4 * self.jobs

    def __enter__(self) -> Extractor[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers; articles still in flight are dropped (the caller is leaving)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.pending.clear()

    def _local(self, text: str, published: str | None) -> list[Mention] | BaseException:
        try:
            return self.extract_fn(text, published)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, which names the article
            return exc

    def submit(
        self, tag: T, text: str, published: str | None
    ) -> list[tuple[T, list[Mention] | BaseException]]:
        self.submitted += 1
        if self.pool is None and self.parallel and self.submitted > self.start_after:
            self.pool = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context("fork"), initializer=_quiet_worker
            )
        if self.pool is None:
            return [(tag, self._local(text, published))]
        try:
            future = self.pool.submit(self.extract_fn, text, published)
        except BrokenProcessPool:
            self._give_up_pool()
            return [*self.drain(), (tag, self._local(text, published))]
        self.pending.append((tag, text, published, future))
        done = []
        while self.pending and (len(self.pending) >= self.max_pending or self.pending[0][3].done()):
            done.append(self._finish(self.pending.popleft()))
        return done

    def drain(self) -> Iterator[tuple[T, list[Mention] | BaseException]]:
        """Everything still in flight, in submission order."""
        while self.pending:
            yield self._finish(self.pending.popleft())

    def _finish(self, item: tuple[T, str, str | None, Future]) -> tuple[T, list[Mention] | BaseException]:
        tag, text, published, future = item
        try:
            return tag, future.result()
        except BrokenProcessPool:  # a worker died: this article is extracted here instead
            self._give_up_pool()
            return tag, self._local(text, published)
        except Exception as exc:  # noqa: BLE001 - the rule error raised in the worker
            return tag, exc

    def _give_up_pool(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
        self.parallel = False


def run(
    items: Iterator[tuple[T, str, str | None]], jobs: int | None = None, **kw: Any
) -> Iterator[tuple[T, list[Mention] | BaseException]]:
    """Extract every (tag, text, published) of `items`; yield (tag, mentions or error) in order."""
    with Extractor[T](jobs, **kw) as ex:
        for tag, text, published in items:
            yield from ex.submit(tag, text, published)
        yield from ex.drain()
