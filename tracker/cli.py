"""The `tracker` command line: parse options, call one library function, render.

No SQL and no regexes here. Library errors become one line on stderr and an exit code:
0 success, 1 a failure (an input that could not be read, a missing database, an unknown
id), 2 a usage error (bad option value). Heavy modules (extraction, dateparser,
pycountry, trafilatura) are imported only by the commands that need them.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from tracker import __version__
from tracker.errors import TrackerError, UsageError
from tracker.models import KINDS, SECTORS, STATUSES

app = typer.Typer(
    help="Track trade commitments between governments from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # article text stays out of cron mail
    context_settings={"help_option_names": ["-h", "--help"]},
)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Database file. Default: $TRACKER_DB, else tracker.db in the user data directory.",
        show_default=False,
    ),
]
CountryOpt = Annotated[
    list[str] | None, typer.Option("--country", "-c", help="Country name or ISO code (a party). Repeatable.")
]
SectorOpt = Annotated[list[str] | None, typer.Option("--sector", "-s", help=f"Sector: {', '.join(SECTORS)}.")]
KindOpt = Annotated[list[str] | None, typer.Option("--kind", "-k", help=f"Kind: {', '.join(KINDS)}.")]
StatusOpt = Annotated[list[str] | None, typer.Option("--status", help=f"Status: {', '.join(STATUSES)}.")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="Reported on or after DATE (YYYY-MM-DD).")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="Reported on or before DATE (YYYY-MM-DD).")]
SearchOpt = Annotated[
    str | None, typer.Option("--search", "-q", help="Full-text search in evidence and articles.")
]
LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", min=1, help="At most N rows.")]
RejectedOpt = Annotated[
    bool, typer.Option("--include-rejected", help="Also show commitments an analyst rejected.")
]
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        help="Worker processes for extracting a long batch: 0 = one per CPU, 1 = none. "
        "Default: TRACKER_JOBS, else 0.",
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"Error: {message}", err=True)
    return typer.Exit(code=code)


def _open(db_option: Path | None, *, must_exist: bool = True):
    from tracker import db
    from tracker.config import resolve_db_path

    path = resolve_db_path(db_option)
    return db.open_db(path, must_exist=must_exist), path


def _iso_date(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if value.lower() == "today":
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"bad date for {option}: {value!r} (use YYYY-MM-DD)") from None


def _country_code(name: str) -> str:
    from tracker.extract.countries import resolve_country

    code = resolve_country(name)
    if not code:
        raise UsageError(
            f"unknown country {name!r} (use a name such as 'Pakistan' or an ISO code such as 'PK')"
        )
    return code


def _choice(values: list[str] | None, allowed: tuple[str, ...], what: str) -> list[str]:
    out = []
    for v in values or []:
        norm = v.strip().lower().replace("-", "_").replace(" ", "_")
        if norm not in allowed:
            raise UsageError(f"unknown {what} {v!r}; choose from {', '.join(allowed)}")
        out.append(norm)
    return out


def _filters(country, sector, kind, status, since, until, search, limit, include_rejected):
    from tracker.db import Filters

    return Filters(
        countries=[_country_code(c) for c in country or []],
        sectors=_choice(sector, SECTORS, "sector"),
        kinds=_choice(kind, KINDS, "kind"),
        statuses=_choice(status, STATUSES, "status"),
        since=_iso_date(since, "--since"),
        until=_iso_date(until, "--until"),
        search=search,
        limit=limit,
        include_rejected=include_rejected,
    )


def _run(fn):
    """Run a command body, turning library errors into one line and an exit code."""
    try:
        return fn()
    except UsageError as exc:
        raise _fail(str(exc), 2) from None
    except TrackerError as exc:
        raise _fail(str(exc), 1) from None


def _print_json(data) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Track trade commitments between governments from news articles.

    Ingest articles, then list, report, export and follow their commitments over time.
    """


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders (.txt .md .html .htm, recursive) or - for stdin.")
    ],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date for these articles (YYYY-MM-DD).")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Outlet or feed name to record.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    jobs: JobsOpt = None,
    db: DbOption = None,
) -> None:
    """Read articles, extract their commitments and store them. Re-ingesting is a no-op."""
    from tracker import pipeline
    from tracker.report import make_console

    def body():
        pub = _iso_date(published, "--published")
        database, _ = _open(db, must_exist=False)
        err = make_console(stderr=True)
        show_progress = err.is_terminal and not quiet
        if show_progress:
            from rich.progress import Progress, SpinnerColumn, TextColumn

            with Progress(
                SpinnerColumn(), TextColumn("{task.description}"), console=err, transient=True
            ) as bar:
                task = bar.add_task("ingesting")
                result = pipeline.ingest(
                    database,
                    paths,
                    published=pub,
                    source=source,
                    stdin=sys.stdin.buffer,
                    progress=lambda name: bar.update(task, description=f"ingesting {name}"),
                    jobs=jobs,
                )
        else:
            result = pipeline.ingest(
                database, paths, published=pub, source=source, stdin=sys.stdin.buffer, jobs=jobs
            )
        for failure in result.failed:
            typer.echo(f"Error: {failure.name}: {failure.reason}", err=True)
        if not quiet:
            typer.echo(
                f"{result.files} files: {result.new} new, {result.unchanged} unchanged, "
                f"{len(result.failed)} failed; {result.commitments} commitments found"
            )
        if not result.ok:
            raise typer.Exit(code=1)

    _run(body)


@app.command("list")
def list_(
    country: CountryOpt = None,
    sector: SectorOpt = None,
    kind: KindOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    include_rejected: RejectedOpt = False,
    as_json: JsonOpt = False,
    db: DbOption = None,
) -> None:
    """List commitments, most recently reported first."""

    def body():
        from tracker import db as store
        from tracker.report import commitments_table, make_console

        f = _filters(country, sector, kind, status, since, until, search, limit, include_rejected)
        database, _ = _open(db)
        rows = store.query_commitments(database, f)
        if as_json:
            _print_json(rows)
        else:
            commitments_table(make_console(), rows)

    _run(body)


@app.command()
def show(
    commitment_id: Annotated[int, typer.Argument(metavar="ID", help="Commitment id (from `tracker list`).")],
    as_json: JsonOpt = False,
    db: DbOption = None,
) -> None:
    """Every field of one commitment, its status history and every mention with evidence."""

    def body():
        from tracker import db as store
        from tracker.report import make_console, show_view

        database, _ = _open(db)
        detail = store.commitment_detail(database, commitment_id)
        if as_json:
            _print_json(detail)
        else:
            show_view(make_console(), detail)

    _run(body)


@app.command()
def report(
    by: Annotated[
        str, typer.Option("--by", "-b", help="country, pair, sector, kind, status or month.")
    ] = "country",
    country: CountryOpt = None,
    sector: SectorOpt = None,
    kind: KindOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    include_rejected: RejectedOpt = False,
    as_json: JsonOpt = False,
    db: DbOption = None,
) -> None:
    """Counts, summed trade targets and latest activity, grouped by one dimension."""

    def body():
        from tracker import db as store
        from tracker.report import GROUPINGS, group_rows, make_console, report_table

        dim = _choice([by], GROUPINGS, "grouping")[0]
        f = _filters(country, sector, kind, status, since, until, search, None, include_rejected)
        database, _ = _open(db)
        groups = group_rows(store.query_commitments(database, f), dim)
        if as_json:
            _print_json(groups)
            return
        names = None
        if dim == "country":
            from tracker.extract.countries import country_name

            names = {g["country"]: country_name(g["country"]) for g in groups}
        report_table(make_console(), groups, dim, names)

    _run(body)


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help="csv, json or jsonl.")] = "csv",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to FILE instead of stdout.")
    ] = None,
    country: CountryOpt = None,
    sector: SectorOpt = None,
    kind: KindOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    include_rejected: RejectedOpt = False,
    db: DbOption = None,
) -> None:
    """Export commitments (one record each, with their mentions in JSON) for spreadsheets and scripts."""

    def body():
        from tracker import db as store
        from tracker import export as exporter

        fmt_ = _choice([fmt], exporter.FORMATS, "format")[0]
        f = _filters(country, sector, kind, status, since, until, search, limit, include_rejected)
        database, _ = _open(db)
        rows = store.query_commitments(database, f, order="c.id")
        records = exporter.iter_records(rows, store.mentions_for(database, [r["id"] for r in rows]))
        if output is None:
            exporter.write(records, fmt_, sys.stdout)
            return
        tmp = output.with_name(output.name + ".part")
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                exporter.write(records, fmt_, fh)
            tmp.replace(output)  # a half-written export never replaces a good one
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise TrackerError(f"cannot write {output}: {exc.strerror or exc}") from None

    _run(body)


@app.command()
def stats(as_json: JsonOpt = False, db: DbOption = None) -> None:
    """Counts, date range, database path and size."""

    def body():
        from tracker import db as store
        from tracker.report import make_console, stats_view

        database, path = _open(db)
        s = store.stats(database, path)
        if as_json:
            _print_json(s)
        else:
            stats_view(make_console(), s)

    _run(body)


AsOfOpt = Annotated[str | None, typer.Option("--as-of", help="Judge deadlines as of DATE (default today).")]


@app.command()
def due(
    within: Annotated[int, typer.Option("--within", min=0, help="Deadlines in the next DAYS days.")] = 90,
    as_of: AsOfOpt = None,
    country: CountryOpt = None,
    sector: SectorOpt = None,
    kind: KindOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    include_rejected: RejectedOpt = False,
    as_json: JsonOpt = False,
    db: DbOption = None,
) -> None:
    """Commitments whose deadline falls in the window, soonest first."""
    filters = (country, sector, kind, status, since, until, search, limit, include_rejected)
    _run(lambda: _deadlines(db, as_of, filters, as_json, within))


@app.command()
def overdue(
    as_of: AsOfOpt = None,
    country: CountryOpt = None,
    sector: SectorOpt = None,
    kind: KindOpt = None,
    status: StatusOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    include_rejected: RejectedOpt = False,
    as_json: JsonOpt = False,
    db: DbOption = None,
) -> None:
    """Commitments whose deadline has passed and that are not reported achieved, most overdue first."""
    filters = (country, sector, kind, status, since, until, search, limit, include_rejected)
    _run(lambda: _deadlines(db, as_of, filters, as_json, None))


def _deadlines(db: Path | None, as_of: str | None, filters: tuple, as_json: bool, within: int | None) -> None:
    """`due` (a window of `within` days from the day) or `overdue` (within None): one query, one table."""
    from tracker import db as store
    from tracker.report import deadlines_table, make_console

    day = _iso_date(as_of, "--as-of") or dt.date.today().isoformat()
    f = _filters(*filters)
    database, _ = _open(db)
    rows = store.overdue(database, f, day) if within is None else store.due(database, f, day, within)
    if as_json:
        _print_json(rows)
    else:
        deadlines_table(make_console(), rows, day, overdue=within is None)


@app.command()
def review(
    commitment_id: Annotated[int, typer.Argument(metavar="ID")],
    status: Annotated[
        str | None, typer.Option("--status", help=f"Set the status: {', '.join(STATUSES)}.")
    ] = None,
    note: Annotated[str | None, typer.Option("--note", help="A note for the audit trail.")] = None,
    db: DbOption = None,
) -> None:
    """Record an analyst's review: a corrected status and/or a note. Survives re-extraction."""

    def body():
        from tracker import db as store

        st = _choice([status], STATUSES, "status")[0] if status else None
        if st is None and not note:
            raise UsageError("give --status and/or --note")
        database, _ = _open(db)
        c = store.review(database, commitment_id, st, note)
        typer.echo(f"Commitment {c['id']} reviewed: status {c['status']}")

    _run(body)


@app.command()
def reject(
    commitment_id: Annotated[int, typer.Argument(metavar="ID")],
    reason: Annotated[str | None, typer.Option("--reason", help="Why it is not a commitment.")] = None,
    undo: Annotated[bool, typer.Option("--undo", help="Restore a rejected commitment.")] = False,
    db: DbOption = None,
) -> None:
    """Mark a false positive: hidden from list, report, export and due, kept for audit."""

    def body():
        from tracker import db as store

        database, _ = _open(db)
        c = store.reject(database, commitment_id, reason, restore=undo)
        typer.echo(f"Commitment {c['id']} {'restored' if undo else 'rejected'}")

    _run(body)


@app.command()
def merge(
    ids: Annotated[
        list[int], typer.Argument(metavar="ID ID...", help="Target first, then the ones to fold into it.")
    ],
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: DbOption = None,
) -> None:
    """Merge commitments the rules kept apart into the first ID."""

    def body():
        from tracker import db as store

        if len(set(ids)) < 2:
            raise UsageError("give at least two different ids")
        database, _ = _open(db)
        c = store.merge(database, ids[0], ids[1:], note)
        typer.echo(
            f"Merged {', '.join(str(i) for i in ids[1:])} into {c['id']}: {c['mention_count']} mentions"
        )

    _run(body)


@app.command()
def split(
    commitment_id: Annotated[int, typer.Argument(metavar="ID")],
    mention: Annotated[int, typer.Option("--mention", "-m", help="Mention id (see `tracker show ID`).")],
    note: Annotated[str | None, typer.Option("--note")] = None,
    db: DbOption = None,
) -> None:
    """Move one mention out of a commitment into a commitment of its own."""

    def body():
        from tracker import db as store

        database, _ = _open(db)
        c = store.split(database, commitment_id, mention, note)
        typer.echo(f"Mention {mention} split from {commitment_id} into new commitment {c['id']}")

    _run(body)


@app.command()
def reextract(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    jobs: JobsOpt = None,
    db: DbOption = None,
) -> None:
    """Run the current extraction rules again over every stored article. Curation is kept."""
    from tracker import pipeline
    from tracker.report import make_console

    def body():
        database, _ = _open(db)
        err = make_console(stderr=True)
        if err.is_terminal and not quiet:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress

            from tracker.db import article_count

            with Progress(BarColumn(), MofNCompleteColumn(), console=err, transient=True) as bar:
                task = bar.add_task("reextract", total=article_count(database))
                result = pipeline.reextract(database, progress=lambda _: bar.advance(task), jobs=jobs)
        else:
            result = pipeline.reextract(database, jobs=jobs)
        for failure in result.failed:
            typer.echo(f"Error: {failure.name}: {failure.reason}", err=True)
        if not quiet:
            typer.echo(f"{result.articles} articles re-extracted: {result.mentions} mentions")
        if result.failed:
            raise typer.Exit(code=1)

    _run(body)
