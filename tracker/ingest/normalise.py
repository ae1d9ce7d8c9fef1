"""Text normalisation that makes the same article give the same text (and so the same id).

Only what differs between copies of one article is changed: Unicode form, entity and
markdown escapes, exotic spaces, line endings, trailing blanks and long blank runs, plus
page breaks of PDF copies that cut a sentence in two. Everything else is kept exactly,
because the extractor's evidence offsets index into this text and it is what is stored.
"""

from __future__ import annotations

import html
import re
import unicodedata

# &amp; &#39; &#x2019; &nbsp; ... only with the closing semicolon: html.unescape alone would
# also turn "&notice" or "&copy2024" in plain text into symbols.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

# A backslash before punctuation is a markdown (or scraper) escape: "\$1 billion", "\_", "\*", "\&".
_ESCAPE = re.compile(r"\\([$_*&#%\[\]()`~>!.+\-{}|<'\"])")

# No-break, thin, narrow, figure, en/em and ideographic spaces print as a space.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that only break matching (zero-width space, soft hyphen, stray BOM, word joiner).
# ZWNJ/ZWJ (U+200C/D) are kept: Persian and Urdu spelling needs them.
_INVISIBLE = re.compile("[\u200b\u00ad\ufeff\u2060]")
_NEWLINES = re.compile("\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
_TRAILING = re.compile(r"[ \t]+$", re.M)
_BLANK_RUN = re.compile(r"\n{3,}")

# A page break in text copied from a PDF: three or more blank lines.
_PAGE_BREAK_MIN_BLANKS = 3
_SENTENCE_END = tuple('.!?:;"”’»)]…')
# Lines between the two halves of a broken sentence that are running headers/footers of the page.
_RUNNING_HEADER_MAX = 60
_RUNNING_HEADER_LINES = 8
# The line before the break must be prose (a heading or letterhead is not a cut sentence).
_PROSE_MIN_WORDS = 8


def unescape(text: str) -> str:
    """Resolve HTML entities and markdown backslash escapes, repeatedly until nothing changes.

    Scraped text is often escaped twice ("&amp;#39;", "&amp;amp;"); resolving to a fixed point
    also makes normalising stored text a no-op. Each pass shortens the text, so this ends.
    """
    while True:
        done = _ESCAPE.sub(r"\1", _ENTITY.sub(lambda m: html.unescape(m.group(0)), text))
        if done == text:
            return text
        text = done


def normalise_chars(text: str) -> str:
    """NFC, entities, escapes, spaces and line endings; no change to the line structure."""
    # First: an entity may stand for a newline or a no-break space. Invisibles go in the same loop,
    # because removing one can join a backslash to punctuation (backslash, soft hyphen, "." becomes the
    # escape "\\."), which a second ingest would resolve: the stored text must be a fixed point.
    while True:
        done = _INVISIBLE.sub("", unescape(text))
        if done == text:
            break
        text = done
    text = _NEWLINES.sub("\n", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    return _TRAILING.sub("", text)


def _continues(line: str) -> bool:
    """Does this line read as the rest of a sentence cut by a page break (lowercase or a digit first)?"""
    first = line.lstrip()[:1]
    return bool(first) and (first.islower() or first.isdigit())


def join_page_breaks(text: str) -> str:
    """Rejoin sentences that a PDF page break split: "to increase\\n\\n\\n\\nmutual trade ..." -> one line.

    Applies only when the line before a run of 3+ blank lines stops mid-sentence and the text
    resumes with a lowercase letter or a digit, possibly after a few short running-header lines
    (a letterhead repeated on each page), which are dropped.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if len(line.split()) < _PROSE_MIN_WORDS or line.rstrip().endswith(_SENTENCE_END):
            continue  # a short line (a heading or letterhead) or a finished sentence: not a cut sentence
        j = i
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j - i < _PAGE_BREAK_MIN_BLANKS:
            continue
        # Skip a short block of running-header lines (and blank lines) looking for the continuation.
        k, skipped = j, 0
        while k < len(lines) and skipped <= _RUNNING_HEADER_LINES:
            cand = lines[k].strip()
            if not cand:
                k += 1
                continue
            if _continues(cand) and not lines[k - 1].strip():  # a paragraph that starts mid-sentence
                out[-1] = line.rstrip() + " " + lines[k].lstrip()
                i = k + 1
                break
            if len(cand) > _RUNNING_HEADER_MAX or cand.endswith(_SENTENCE_END):
                break
            skipped += 1
            k += 1
        # If no continuation was found the lines are kept as they are.
    return "\n".join(out)


def collapse_blank_lines(text: str) -> str:
    """Runs of blank lines become one blank line; a single blank line (a paragraph break) stays."""
    return _BLANK_RUN.sub("\n\n", text).strip()
