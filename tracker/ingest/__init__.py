"""Bytes from files, folders or stdin -> normalised `Article`s.

Decoding, HTML-to-text, normalisation, page-furniture removal and publication-date
detection live here; nothing in this package touches the database.

    for name, data in iter_inputs(paths, stdin):
        if isinstance(data, InputError): report(data); continue
        article = parse_article(data, name, published=opt_date, source=opt_source)

Text pipeline: decode -> normalise characters -> drop furniture lines -> rejoin PDF page breaks
-> collapse blank runs. HTML pipeline: decode -> body paragraphs (trafilatura, checked against
lxml) -> the same normalisation and furniture removal. The result is deterministic, so the same
article gives the same text and the same `Article.id`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from datetime import date
from typing import BinaryIO

from tracker.errors import InputError, UsageError
from tracker.ingest.dates import find_published
from tracker.ingest.decode import declared_charset, decode_bytes, looks_like_html
from tracker.ingest.furniture import strip_furniture
from tracker.ingest.normalise import collapse_blank_lines, join_page_breaks, normalise_chars
from tracker.models import Article

__all__ = [
    "MAX_BYTES",
    "EXTENSIONS",
    "iter_inputs",
    "parse_article",
    "guess_title",
    "lead_title",
    "InputError",
]

MAX_BYTES = 20 * 1024 * 1024
EXTENSIONS = (".txt", ".md", ".html", ".htm")
HTML_EXTENSIONS = (".html", ".htm")
_CHUNK = 1 << 16


def _read_file(path: str) -> bytes | InputError:
    """Read one file (in chunks, refusing it by size before reading it all)."""
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            return InputError(
                path, f"file too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        chunks, total = [], 0
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                total += len(chunk)
                if total > MAX_BYTES:  # it grew while we read it
                    return InputError(path, f"file too large (over {MAX_BYTES // 2**20} MB)")
                chunks.append(chunk)
        return b"".join(chunks)
    except FileNotFoundError:
        return InputError(path, "no such file or directory")
    except PermissionError:
        return InputError(path, "permission denied")
    except IsADirectoryError:
        return InputError(path, "is a directory")
    except OSError as exc:
        return InputError(path, exc.strerror or str(exc))


def _read_stdin(stdin: BinaryIO | None) -> bytes | InputError:
    stream = stdin if stdin is not None else sys.stdin.buffer
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return InputError("-", f"input too large (over {MAX_BYTES // 2**20} MB)")
    return data


def _folder_files(folder: str) -> list[str]:
    """Article files under a folder: recursive, sorted by path, hidden files and folders skipped."""
    found: list[tuple[tuple[str, ...], str]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for f in files:
            if f.startswith(".") or not f.lower().endswith(EXTENSIONS):
                continue
            full = os.path.join(root, f)
            found.append((tuple(os.path.relpath(full, folder).split(os.sep)), full))
    return [full for _, full in sorted(found)]


def iter_inputs(paths: list[str], stdin: BinaryIO | None = None) -> Iterator[tuple[str, bytes | InputError]]:
    """Yield (name, bytes) for every input, or (name, InputError) for one that cannot be read.

    A path may be a file (read whatever its extension; parse_article refuses non-text), a folder
    (its .txt/.md/.html/.htm files, recursively, in sorted order, hidden entries skipped; a folder
    without any is an error) or "-" for stdin. Files are read one at a time as the caller iterates.
    """
    for path in paths:
        if path == "-":
            yield "-", _read_stdin(stdin)
        elif os.path.isdir(path):
            try:
                files = _folder_files(path)
            except OSError as exc:
                yield path, InputError(path, exc.strerror or str(exc))
                continue
            if not files:
                yield path, InputError(path, f"no {'/'.join(EXTENSIONS)} files in this folder")
            for f in files:
                yield f, _read_file(f)
        else:
            yield path, _read_file(path)


# A headline: 5+ words, not a sentence (no final period), starts capitalised, has a lowercase word
# (so not an all-caps letterhead or a "Federation House, Main Clifton, Karachi" address line), and
# does not end in a function word (a line-broken byline or letterhead: "... Center for a Community with").
_TITLE_MAX_CHARS = 160
_TITLE_MIN_WORDS = 5
_BYLINE = re.compile(r"^(by|source|posted|published|updated)\b", re.I)
_DANGLING = {"a", "an", "the", "of", "for", "with", "and", "or", "to", "in", "on", "at", "by", "from"}
_PARAGRAPH_WORDS = 12


def _headline_like(line: str) -> bool:
    words = line.split()
    if len(line) > _TITLE_MAX_CHARS or len(words) < _TITLE_MIN_WORDS:
        return False
    if line.endswith((".", ":", ";", ",")) or not line[:1].isupper() or _BYLINE.match(line):
        return False
    if not any(w[:1].islower() for w in words) or words[-1].lower() in _DANGLING:
        return False
    return find_published(line)[0] is None  # not a dateline or a date line


def guess_title(text: str, max_lines: int = 8) -> str | None:
    """The headline: the last headline-like line above the first body paragraph, or None.

    News pages put the headline right above the byline, date or dateline paragraph; lines further
    up are letterheads, agency names and section labels.
    """
    best = None
    # A markdown heading ("# Headline", "## Headline") is read without its hashes.
    for seen, raw in enumerate(
        (line.strip().lstrip("#").strip() for line in text.split("\n") if line.strip()), 1
    ):
        if seen > max_lines:
            break
        words = raw.split()
        if len(raw) > _TITLE_MAX_CHARS or (len(words) >= _PARAGRAPH_WORDS and raw.endswith((".", "!", "?"))):
            break  # the first body paragraph
        if _headline_like(raw):
            best = raw
    return best


# A dateline opening the lead paragraph: optional UrduPoint " date 2025-03-20 ", a place of up to four
# capitalised words (twice: "Lusaka, Zambia"), an optional date, then an agency tag and/or a separator:
# "ISLAMABAD: ", "Islamabad, 24 May 2023 (TDI): ", "TASHKENT, Sept. 2 (Xinhua) -- ", "ASTANA. KAZINFORM - ".
_PLACE = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_LEAD_DATELINE = re.compile(
    rf"^\s*(?:date\s+\S+\s+)?(?P<place>{_PLACE}(?:,\s*{_PLACE})?)(?P<date>,?\s*[^\n():/–—]{{0,30}}?)\s*"
    r"(?:(?P<tag>\([^()\n]{1,80}\)|/[^/\n]{1,30}/\.?)(?P<tagsep>:|\s*(?:--|[-–—]))?|:|\s+(?:--|[-–—]))\s+"
)
_NOT_PLACE = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "As",
    "It",
    "This",
    "That",
    "These",
    "Its",
    "Their",
    "Our",
    "By",
    "For",
}
# A sentence ends at . ! ? before a space or the end, unless the word before is an initial ("U.S.",
# "H.E.") or a title abbreviation ("Mr.", "Dr.").
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "no",
    "gen",
    "col",
    "lt",
    "capt",
    "sen",
    "rep",
    "gov",
    "jr",
    "sr",
    "engr",
    "hon",
    "amb",
    "vs",
    "inc",
    "co",
    "ltd",
    "corp",
}
_LEAD_TITLE_CHARS = 100


def _strip_lead_dateline(paragraph: str) -> str:
    m = _LEAD_DATELINE.match(paragraph)  # needs an agency tag or a separator after the place
    if not m:
        return paragraph  # "Pakistan and Uzbekistan are ...": a sentence, no dateline
    if m.group("date").strip(" ,") and not any(c.isdigit() for c in m.group("date")):
        return paragraph  # the words between place and separator are no date: "Pakistan, China sign - "
    place = m.group("place")
    if place.split()[0] in _NOT_PLACE or (m.group("tag") and not m.group("tagsep") and not place.isupper()):
        return paragraph  # "The Ministry (MOFA) said ...": a subject and an acronym, not a dateline
    return paragraph[m.end() :]


def _first_sentence(paragraph: str) -> str:
    for m in _SENTENCE_END.finditer(paragraph):
        before = paragraph[: m.start()].rsplit(None, 1)[-1] if paragraph[: m.start()].strip() else ""
        word = before.rsplit(".", 1)[-1].lower()
        if len(word) <= 1 or word in _ABBREVIATIONS:
            continue
        return paragraph[: m.start()]
    return paragraph


def lead_title(text: str, max_lines: int = 12) -> str | None:
    """A stand-in title for a text without a headline: its lead sentence, without the dateline.

    The first body paragraph (as in guess_title) gives its first sentence; a longer sentence is cut at
    a word boundary near _LEAD_TITLE_CHARS and marked with "…", so lists and reports can still name
    the article. None when no body paragraph is found near the top.
    """
    for seen, raw in enumerate((line.strip() for line in text.split("\n") if line.strip()), 1):
        if seen > max_lines:
            return None
        if len(raw) > _TITLE_MAX_CHARS or (
            len(raw.split()) >= _PARAGRAPH_WORDS and raw.endswith((".", "!", "?", "”", '"'))
        ):
            break
    else:
        return None
    sentence = _first_sentence(_strip_lead_dateline(raw)).strip()
    if not sentence or not sentence[0].isalnum():
        return None
    if len(sentence) <= _LEAD_TITLE_CHARS:
        return sentence
    cut = sentence[: _LEAD_TITLE_CHARS + 1].rsplit(None, 1)[0].rstrip(" ,;:–—-")
    words = cut.split()
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words) + "…"


def _check_option_date(published: str) -> str:
    try:
        return date.fromisoformat(published.strip()[:10]).isoformat()
    except ValueError:
        raise UsageError(f"--published {published!r} is not a date (use YYYY-MM-DD)") from None


def parse_article(
    data: bytes, name: str, *, published: str | None = None, source: str | None = None
) -> Article:
    """Decode and normalise one input into an Article, or raise InputError naming why.

    Refused: empty or whitespace-only input, binary data (known magic numbers such as PDF, ZIP,
    PNG, gzip; NUL bytes; many control characters), bytes that cannot be decoded, and pages or
    texts with no article text left. `published` (YYYY-MM-DD) overrides any date found.
    """
    if not data.strip():
        raise InputError(name, "empty file" if not data else "empty (only whitespace)")
    ext = os.path.splitext(name)[1].lower()
    is_html = ext in HTML_EXTENSIONS or looks_like_html(data)
    text, _encoding = decode_bytes(data, name, declared_charset(data) if is_html else None)
    if not text.strip():
        raise InputError(name, "empty (only whitespace)")

    if is_html:
        from tracker.ingest.html import extract_html

        page = extract_html(text)
        body = collapse_blank_lines(strip_furniture(normalise_chars(page.text)))
        if not body:
            raise InputError(name, "no article text found in the HTML page")
        title, found, how = page.title, page.published, page.published_how
        if found is None:
            found, how = find_published(body)
    else:
        body = collapse_blank_lines(join_page_breaks(strip_furniture(normalise_chars(text))))
        if not body:
            raise InputError(name, "no article text (only page furniture)")
        title = guess_title(body) or lead_title(body)
        found, how = find_published(body)

    if published is not None:
        found, how = _check_option_date(published), "option"
    return Article(
        text=body,
        title=title,
        published=found,
        published_how=how,
        source=source,
        path=name,
        format="html" if is_html else "text",
    )
