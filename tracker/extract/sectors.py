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

from tracker.extract._match import Patterns, cover, lower_safe

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


@cache
def _ignore_cover() -> frozenset[str] | None:
    """Literals (lower case) one of which every match of the ignore pattern contains (or None)."""
    return cover(_data()[1].pattern)


def _blank(text: str, rx: re.Pattern[str]) -> str:
    cov = _ignore_cover() if rx is _data()[1] else None
    if cov is not None:
        low, safe = lower_safe(text)
        if safe and not any(c in low for c in cov):
            return text  # no literal a match needs: nothing to blank (most windows)
    return rx.sub(lambda m: " " * len(m.group(0)), text)


_GENERIC_INDUSTRY = frozenset(["industry", "industries", "manufacturing"])
# "electric vehicle manufacturing", "the halal industry", "manufacturing of leather goods": the generic
# word only says how the named sector is worked, it adds no `industry` of its own.
_ATTACHED_GAP = re.compile(r"^(?:\s+|\s+of\s+(?:the\s+)?|\s*-\s*)$", re.I)


def find_sectors(text: str, kind: str | None = None) -> list[str]:
    """Sorted sectors named in `text`; `kind` drops terms that do not apply to that kind.

    At each position the longest term wins, and a term inside a longer one does not count; a span
    that two sectors' terms name alike ("one-stop border post") counts for both. A generic
    "industry"/"manufacturing" right next to another sector's term counts only for that sector.
    """
    pats, ignore, sectors, kinds = _data()
    text = _blank(text, ignore)
    hits = sorted(((m.start(), -(m.end() - m.start()), i) for i, m in pats.finditer(text)))
    spans: list[tuple[int, int, str]] = []
    reach = -1
    last: tuple[int, int] | None = None
    for start, neg_len, i in hits:
        end = start - neg_len
        if start < reach and (start, end) != last:
            continue
        reach = end
        last = (start, end)
        allowed = kinds[i]
        if kind is not None and allowed is not None and kind not in allowed:
            continue
        spans.append((start, end, sectors[i]))
    found: set[str] = set()
    for k, (start, end, sector) in enumerate(spans):
        if sector == "industry" and text[start:end].lower() in _GENERIC_INDUSTRY:
            near = [
                o
                for o in (spans[k - 1] if k else None, spans[k + 1] if k + 1 < len(spans) else None)
                if o is not None and o[2] != "industry"
            ]
            if any(
                _ATTACHED_GAP.match(text[o[1] : start] if o[0] < start else text[end : o[0]]) for o in near
            ):
                continue
        found.add(sector)
    return sorted(found)
