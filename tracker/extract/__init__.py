"""Article text -> commitment mentions. Pure: no database, CLI or network imports.

The public entry point is `extract(text, published)`; everything else in this package
is a piece it composes (sentences, countries, money, dates, sectors, kinds, status),
each reading its patterns and gazetteers from `data/`.
"""

from __future__ import annotations

from tracker.models import Mention


def extract(text: str, published: str | None = None) -> list[Mention]:
    """Return the commitments stated in `text`, each with evidence offsets into `text`.

    `published` (ISO date or None) anchors relative dates ("within three years").
    """
    return []
