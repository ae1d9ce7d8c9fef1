"""CAMEO and PLOVER event codes for a commitment, from its kind and status.

Downstream tools that speak event data (GDELT-style CAMEO codes, PLOVER event types) can
read a tracked commitment as an event. The table is data (`data/codes.toml`, with the
codebook sources); a working group that has "signed" status met or was constituted, which
is a consultation (CAMEO 046, PLOVER CONSULT) rather than a signature (057).
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

__all__ = ["event_codes", "PLOVER_CONTEXT"]


@cache
def _table() -> dict:
    return tomllib.loads(resources.files("tracker.extract").joinpath("data/codes.toml").read_text("utf-8"))


PLOVER_CONTEXT = "economic"


def event_codes(kind: str, status: str) -> tuple[str, str]:
    """(CAMEO code, PLOVER event type) for a commitment; unknown statuses read as agreed."""
    table = _table()
    override = table.get("override", {}).get(kind, {})
    pair = override.get(status) or table["status"].get(status) or table["status"]["agreed"]
    return str(pair[0]), str(pair[1])
