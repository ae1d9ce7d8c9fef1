"""Sector vocabulary: which of the SECTORS a stretch of text (a row's own undertaking) names.

The words come from `data/sectors.toml`; all terms are compiled into one alternation with the
longest alternatives first, so at each position the longest term wins ("defence industry" is
defence only, "fruit processing" is food processing only). Generic remits and institution
names are blanked before matching because they say who acts, not what the undertaking is
about ("Joint Commission on Trade and Economic Cooperation" is a generic body -> no sector).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

__all__ = ["find_sectors"]


@cache
def _data() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, frozenset[str]]]:
    raw = tomllib.loads(resources.files("tracker.extract").joinpath("data/sectors.toml").read_text("utf-8"))
    ignore = re.compile("|".join(f"(?:{p})" for p in raw["ignore"]["patterns"]))
    restricted = {r["term"]: frozenset(r["kinds"]) for r in raw.get("restricted", [])}
    terms: list[tuple[str, str]] = []
    for sector, pats in raw["terms"].items():
        for p in pats:
            terms.append((p, sector))
    # Longest pattern text first approximates longest match for these literal-like terms.
    terms.sort(key=lambda t: -len(t[0]))
    groups = {}
    parts = []
    for i, (p, sector) in enumerate(terms):
        name = f"t{i}"
        groups[name] = (sector, p)
        parts.append(f"(?P<{name}>{p})")
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    names = {k: v[0] for k, v in groups.items()}
    restr = {k: restricted[v[1]] for k, v in groups.items() if v[1] in restricted}
    return rx, ignore, names, restr


def _blank(text: str, rx: re.Pattern[str]) -> str:
    return rx.sub(lambda m: " " * len(m.group(0)), text)


def find_sectors(text: str, kind: str | None = None) -> list[str]:
    """Sorted sectors named in `text`; `kind` drops terms that do not apply to that kind."""
    rx, ignore, names, restricted = _data()
    text = _blank(text, ignore)
    found: set[str] = set()
    for m in rx.finditer(text):
        group = m.lastgroup
        if group is None:
            continue
        allowed = restricted.get(group)
        if kind is not None and allowed is not None and kind not in allowed:
            continue
        found.add(names[group])
    return sorted(found)
