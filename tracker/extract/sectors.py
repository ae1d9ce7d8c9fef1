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

from tracker.extract._match import Patterns

__all__ = ["find_sectors"]


@cache
def _data() -> tuple[Patterns, re.Pattern[str], list[str], list[frozenset[str] | None]]:
    raw = tomllib.loads(resources.files("tracker.extract").joinpath("data/sectors.toml").read_text("utf-8"))
    ignore = re.compile("|".join(f"(?:{p})" for p in raw["ignore"]["patterns"]))
    restricted = {r["term"]: frozenset(r["kinds"]) for r in raw.get("restricted", [])}
    pats: list[str] = []
    sectors: list[str] = []
    kinds: list[frozenset[str] | None] = []
    for sector, terms in raw["terms"].items():
        for p in terms:
            pats.append(rf"(?<![\w-])(?:{p})(?![\w-])")
            sectors.append(sector)
            kinds.append(restricted.get(p))
    return Patterns(pats), ignore, sectors, kinds


def _blank(text: str, rx: re.Pattern[str]) -> str:
    return rx.sub(lambda m: " " * len(m.group(0)), text)


def find_sectors(text: str, kind: str | None = None) -> list[str]:
    """Sorted sectors named in `text`; `kind` drops terms that do not apply to that kind.

    At each position the longest term wins, and a term inside a longer one does not count.
    """
    pats, ignore, sectors, kinds = _data()
    text = _blank(text, ignore)
    hits = sorted(((m.start(), -(m.end() - m.start()), i) for i, m in pats.finditer(text)))
    found: set[str] = set()
    reach = -1
    for start, neg_len, i in hits:
        end = start - neg_len
        if start < reach:
            continue
        reach = end
        allowed = kinds[i]
        if kind is not None and allowed is not None and kind not in allowed:
            continue
        found.add(sectors[i])
    return sorted(found)
