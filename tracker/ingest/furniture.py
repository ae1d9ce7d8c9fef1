"""Remove page furniture ("Also Read:" links, share bars, captions, tags, copyright) line by line.

The patterns are data (furniture.txt beside this module) so that a new outlet's furniture is a
one-line change with a comment, not a code change. They are compiled once, on first use.
Furniture must go before extraction: an "Also Read: ... USD 10bn trade goal" link title reads
exactly like a commitment but belongs to another article.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

# A list bullet or dash in front of the label ("- Also read: ...") does not change what the line is.
_BULLET = re.compile(r"^[\s\-–—•*·>|]+")


@cache
def patterns() -> tuple[re.Pattern[str], ...]:
    """The compiled furniture patterns, read once from furniture.txt."""
    text = resources.files(__package__).joinpath("furniture.txt").read_text(encoding="utf-8")
    compiled = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            compiled.append(re.compile(line, re.I))
        except re.error as exc:  # a broken pattern file is a programming error: say where
            raise ValueError(f"furniture.txt line {number}: {exc}") from None
    return tuple(compiled)


def is_furniture(line: str) -> bool:
    """True when the whole line is page furniture."""
    stripped = _BULLET.sub("", line.strip()).strip()
    if not stripped:
        return False
    return any(p.fullmatch(stripped) for p in patterns())


def strip_furniture(text: str) -> str:
    """Drop furniture lines; the blank lines around them are collapsed later by the caller."""
    return "\n".join(line for line in text.split("\n") if not is_furniture(line))
