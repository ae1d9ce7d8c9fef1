"""Bytes from files, folders or stdin -> normalised `Article`s.

Decoding, HTML-to-text, normalisation, page-furniture removal and publication-date
detection live here; nothing in this package touches the database.
"""

from __future__ import annotations

from tracker.errors import InputError
from tracker.models import Article


def parse_article(data: bytes, name: str, *, published: str | None = None, source: str | None = None) -> Article:
    """Decode and normalise one input into an Article, or raise InputError naming why."""
    if not data.strip():
        raise InputError(name, "empty file")
    text = data.decode("utf-8", errors="replace").strip()
    return Article(text=text, published=published, published_how="option" if published else None,
                   source=source, path=name)
