"""Rows -> terminal output: tables for list/due/overdue/report/stats and the `show` view.

No SQL here. Rich renders boxes and colour on a terminal; piped output, or any output with
NO_COLOR set, is plain aligned text with no ANSI codes, one row per line, so cron mail and
`grep` read it as well as a person does.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections import defaultdict
from collections.abc import Iterable

from rich import box
from rich.console import Console
from rich.table import Table

GROUPINGS = ("country", "pair", "sector", "kind", "status", "month")

STATUS_STYLE = {
    "proposed": "cyan",
    "negotiating": "yellow",
    "agreed": "green",
    "signed": "bold green",
    "achieved": "bold magenta",
}


def make_console(*, stderr: bool = False) -> Console:
    """A console that is rich on a terminal and plain (wide, no colour) otherwise."""
    stream = sys.stderr if stderr else sys.stdout
    is_tty = stream.isatty()
    plain = not is_tty or bool(os.environ.get("NO_COLOR"))
    width = None if is_tty else 1000  # plain rows never wrap; long cells are excerpted instead
    return Console(
        file=stream,
        no_color=plain,
        color_system=None if plain else "auto",
        force_terminal=False if not is_tty else None,
        width=width,
        highlight=False,
        emoji=False,
        soft_wrap=not is_tty,
    )


def _table(console: Console, *columns: str, title: str | None = None, header: bool = True) -> Table:
    fancy = console.is_terminal and not console.no_color
    table = Table(
        show_header=header,
        title=title if fancy else None,
        box=box.SIMPLE_HEAVY if fancy else None,
        show_edge=fancy,
        pad_edge=False,
        header_style="bold" if fancy else "",
        expand=False,
    )
    for col in columns:
        table.add_column(col, overflow="fold" if fancy else "ignore", no_wrap=not fancy)
    return table


def money(amount: float | None, currency: str | None) -> str:
    """Human figure: 2e9 USD -> "$2bn"; 1.2e12 KZT -> "KZT 1.2tn"."""
    if not amount:
        return ""
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(amount) >= scale:
            text = f"{amount / scale:.2f}".rstrip("0").rstrip(".") + suffix
            break
    else:
        text = f"{amount:g}"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(currency or "USD")
    return f"{symbol}{text}" if symbol else f"{currency} {text}"


def figure(c: dict) -> str:
    if c.get("amount"):
        text = money(c["amount"], c.get("currency"))
        return f"{text} (replaces #{c['supersedes_id']})" if c.get("supersedes_id") else text
    if c.get("count"):
        return f"{c['count']} docs"
    return ""


def excerpt(text: str | None, width: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _status(console: Console, status: str | None) -> str:
    if not status:
        return ""
    style = STATUS_STYLE.get(status)
    return f"[{style}]{status}[/]" if style and not console.no_color else status


def commitments_table(console: Console, rows: list[dict], *, title: str | None = None) -> None:
    if not rows:
        console.print("No commitments match.")
        return
    table = _table(
        console,
        "id",
        "kind",
        "parties",
        "sectors",
        "figure",
        "deadline",
        "status",
        "first seen",
        "evidence",
        title=title,
    )
    for c in rows:
        table.add_row(
            str(c["id"]),
            c["kind"],
            "-".join(c["countries"]),
            ",".join(c["sectors"]),
            figure(c),
            c.get("target_date") or "",
            _status(console, c.get("status")) + (" (rejected)" if c.get("rejected") else ""),
            c.get("first_seen") or "",
            excerpt(c.get("evidence")),
        )
    console.print(table)


def deadlines_table(console: Console, rows: list[dict], as_of: str, *, overdue: bool) -> None:
    if not rows:
        console.print("Nothing overdue." if overdue else "Nothing due in that window.")
        return
    today = dt.date.fromisoformat(as_of)
    label = "days overdue" if overdue else "days left"
    table = _table(console, "id", "kind", "parties", "figure", "deadline", label, "status", "evidence")
    for c in rows:
        days = (dt.date.fromisoformat(c["deadline"]) - today).days
        table.add_row(
            str(c["id"]),
            c["kind"],
            "-".join(c["countries"]),
            figure(c),
            c.get("target_date") or "",
            str(-days if overdue else days),
            _status(console, c.get("status")),
            excerpt(c.get("evidence"), 60),
        )
    console.print(table)


def group_rows(rows: Iterable[dict], by: str) -> list[dict]:
    """Aggregate commitments by a dimension: counts, statuses, summed trade targets, latest activity.

    A commitment counts once in every group it belongs to (a PK-UZ row counts for PK
    and for UZ), so group counts may add up to more than the number of commitments.
    Sums leave out targets that a later figure superseded, so a raise is not counted twice.
    """
    rows = list(rows)
    replaced = {c.get("supersedes_id") for c in rows if c.get("supersedes_id")}
    groups: dict[str, dict] = defaultdict(
        lambda: {
            "commitments": 0,
            "trade_target_usd": 0.0,
            "investment_usd": 0.0,
            "latest": None,
            "statuses": defaultdict(int),
        }
    )
    for c in rows:
        if by == "country":
            names = c["countries"] or ["(none)"]
        elif by == "pair":
            names = ["-".join(c["countries"]) or "(none)"]
        elif by == "sector":
            names = c["sectors"] or ["(none)"]
        elif by == "month":
            names = [(c.get("first_seen") or "(undated)")[:7]]
        else:
            names = [c.get(by) or "(none)"]
        for name in names:
            g = groups[name]
            g["commitments"] += 1
            g["statuses"][c.get("status")] += 1
            live = c["id"] not in replaced  # a target raised later counts once, at its new figure
            if live and c["kind"] == "trade_target" and c.get("amount_usd"):
                g["trade_target_usd"] += c["amount_usd"]
            if live and c["kind"] == "investment_target" and c.get("amount_usd"):
                g["investment_usd"] += c["amount_usd"]
            if c.get("last_seen") and (g["latest"] is None or c["last_seen"] > g["latest"]):
                g["latest"] = c["last_seen"]
    out = []
    for name, g in groups.items():
        out.append(
            {
                by: name,
                "commitments": g["commitments"],
                "statuses": dict(sorted(g["statuses"].items(), key=lambda kv: str(kv[0]))),
                "trade_target_usd": g["trade_target_usd"] or None,
                "investment_usd": g["investment_usd"] or None,
                "latest": g["latest"],
            }
        )
    if by == "month":
        return sorted(out, key=lambda g: g[by])
    return sorted(out, key=lambda g: (-g["commitments"], g[by]))


def report_table(console: Console, groups: list[dict], by: str, names: dict[str, str] | None = None) -> None:
    if not groups:
        console.print("No commitments match.")
        return
    table = _table(console, by, "commitments", "by status", "trade targets", "investment", "latest")
    for g in groups:
        label = g[by]
        if names and label in names:
            label = f"{label} {names[label]}"
        table.add_row(
            label,
            str(g["commitments"]),
            ", ".join(f"{k} {v}" for k, v in g["statuses"].items()),
            money(g["trade_target_usd"], "USD"),
            money(g["investment_usd"], "USD"),
            g["latest"] or "",
        )
    console.print(table)


def stats_view(console: Console, s: dict) -> None:
    table = _table(console, "", "", header=False)
    size = s["size_bytes"]
    human = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"
    rows = [
        ("database", s["database"]),
        ("size", human),
        ("articles", f"{s['articles']} ({s['articles_undated']} undated)"),
        ("published", f"{s['published_from'] or '-'} to {s['published_to'] or '-'}"),
        ("mentions", str(s["mentions"])),
        ("commitments", f"{s['commitments']} ({s['rejected']} rejected)"),
    ]
    rows += [(f"  {k}", str(v)) for k, v in sorted(s["by_kind"].items())]
    rows.append(("last ingest", s["last_ingest"] or "-"))
    for k, v in rows:
        table.add_row(k, v)
    console.print(table)


def show_view(console: Console, c: dict) -> None:
    """Every field of one commitment, its dated status timeline, mentions and curation."""
    head = f"Commitment {c['id']}: {c['kind']} {'-'.join(c['countries'])}"
    if c.get("rejected"):
        head += " (REJECTED)"
    console.print(head, style=None if console.no_color else "bold")
    fields = [
        ("status", c.get("status") + (" (set by analyst)" if c.get("reviewed_status") else "")),
        ("name", c.get("name")),
        ("sectors", ", ".join(c["sectors"])),
        ("figure", figure(c)),
        ("amount", f"{c['amount']:,.0f} {c.get('currency') or ''}".strip() if c.get("amount") else None),
        ("amount_usd", f"{c['amount_usd']:,.0f}" if c.get("amount_usd") else None),
        ("baseline_usd", f"{c['baseline_usd']:,.0f}" if c.get("baseline_usd") else None),
        ("count", c.get("count")),
        ("target_date", c.get("target_date")),
        ("announced_on", c.get("announced_on")),
        ("first seen", c.get("first_seen")),
        ("last seen", c.get("last_seen")),
        ("mentions", c.get("mention_count")),
        ("cameo / plover", f"{c.get('cameo')} / {c.get('plover')}"),
    ]
    table = _table(console, "field", "value")
    for k, v in fields:
        if v not in (None, "", 0):
            table.add_row(k, str(v))
    console.print(table)
    if c.get("supersedes"):
        s = c["supersedes"]
        console.print(
            f"Supersedes {s['id']}: {figure(s)} (first seen {s.get('first_seen')}, last {s.get('last_seen')})"
        )
    for s in c.get("superseded_by") or []:
        console.print(f"Superseded by {s['id']}: {figure(s)} (first seen {s.get('first_seen')})")
    console.print("\nStatus history:")
    for h in c["history"]:
        console.print(
            f"  {h['date'] or '(undated)'}  {h['status']:<12} {excerpt(h.get('article_title'), 60)}"
        )
    console.print("\nMentions:")
    for m in c["mentions"]:
        console.print(
            f"  [{m['id']}] {m.get('published') or 'undated'}"
            + (f" ({m['published_how']})" if m.get("published_how") else "")
            + f"  {excerpt(m.get('article_title') or m.get('article_path'), 70)}"
            + (f"  ({m['source']})" if m.get("source") else ""),
            markup=False,
        )
        console.print(
            f"      status {m['status']}; announced {m.get('announced_on') or '-'}; "
            f"characters {m['evidence_start']}-{m['evidence_end']}",
            markup=False,
        )
        for a in m.get("actors") or []:
            console.print(
                f"      actor: {a['name']}" + (f", {a['role']}" if a.get("role") else ""), markup=False
            )
        console.print(f"      \u201c{' '.join(m['evidence'].split())}\u201d", markup=False)
        console.print(f"      joined because: {m.get('key_reason')}", markup=False)
    if c.get("curation"):
        console.print("\nCuration:")
        for r in c["curation"]:
            bits = [r["at"], r["action"]]
            if r.get("status"):
                bits.append(f"status={r['status']}")
            if r.get("note"):
                bits.append(f"note: {r['note']}")
            console.print("  " + "  ".join(bits), markup=False)
