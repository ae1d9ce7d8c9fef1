"""Split article text into sentences with exact character offsets.

Commitments are read one sentence at a time, and the sentence is the evidence a user
sees, so offsets must slice the original text exactly (`text[s.start:s.end] == s.text`).

News text is messier than prose: headlines and datelines have no final stop, bullets
("•", "-", "*") start items that end in ";" or nothing, abbreviations ("Mr.", "U.S.",
"Rs.", "No.") end in a dot that ends nothing, and PDF- or web-copied text breaks a
sentence over blank lines ("an impressive\\n\\n\\ntrajectory of ..."). A line break is
therefore joined when the previous line has no final punctuation and the next line
continues in lower case (or with a digit); otherwise a line break ends the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Sentence", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """One sentence at text[start:end]; `heading` marks a line without final punctuation."""

    start: int
    end: int
    text: str
    heading: bool = False
    bullet: bool = False


# Words whose trailing dot does not end a sentence (compared lower-case, without the dot).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "no",
        "nos",
        "rs",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "co",
        "corp",
        "ltd",
        "inc",
        "zrt",
        "nyrt",
        "kft",
        "bhd",
        "pte",
        "pvt",
        "gen",
        "lt",
        "col",
        "capt",
        "gov",
        "sen",
        "rep",
        "jr",
        "sr",
        "h.e",
        "u.s",
        "u.k",
        "u.n",
        "u.a.e",
        "approx",
        "est",
        "fig",
        "vol",
        "art",
        "pp",
        "mt",
        "ft",
        "hon",
        "messrs",
        "bil",
        "mln",
        "bn",
    ]
)

_BULLET = re.compile(r"[ \t]*(?:[•·▪◦‣●*]|-(?!-)|–|\d{1,2}[.)])[ \t]+")
_LINE = re.compile(r"[^\n]+")
# A candidate boundary: final punctuation (with closing quotes/brackets) then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9À-ÝĀ-ſ])")
_FINAL = re.compile(r"[.!?…;:][\"”’')\]]*\s*$")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]+[\"”’')\]]*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """Non-blank line spans, stripped of surrounding spaces."""
    spans = []
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


def _continues(prev: str, nxt: str) -> bool:
    """True when a line break sits inside a sentence (no final stop, lower-case or digit next)."""
    if _FINAL.search(prev) or _BULLET.match(nxt):
        return False
    first = nxt[0]
    if first.islower():
        return True
    return bool(first.isdigit() or prev.endswith(("–", "-", ","))) and len(prev.split()) > 3


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int:
    """The line width of hard-wrapped text (wire copy and e-mailed releases broken at ~70 columns,
    where "Kazakhstan and\\nChina plan to build" is one sentence), else 0.

    Wrapped when most lines that run straight into another line end without final punctuation, those
    lines are long (median at least 50 characters) and none is wider than 100: a menu or a list of
    headings has short lines, and text with a paragraph per line has long ones."""
    open_ends: list[int] = []
    joined = 0
    for (s, e), (s2, _) in pairwise(lines):
        if "\n\n" in text[e:s2] or text[e:s2].count("\n") != 1:
            continue
        joined += 1
        if not _FINAL.search(text[s:e]):
            open_ends.append(e - s)
    if len(open_ends) < 6 or len(open_ends) < 0.6 * joined or max(e - s for s, e in lines) > 100:
        return 0
    open_ends.sort()
    width = open_ends[len(open_ends) // 2]
    return width if width >= 50 else 0


def _blocks(text: str) -> list[tuple[int, int, bool]]:
    """Line spans merged across in-sentence line breaks; flag = starts with a bullet."""
    blocks: list[list] = []
    lines = _lines(text)
    width = _wrap_width(text, lines) if len(lines) > 6 else 0
    prev_end = 0
    for s, e in lines:
        line = text[s:e]
        if (
            blocks
            and (
                _continues(text[blocks[-1][0] : blocks[-1][1]], line)
                or (
                    width
                    and prev_end - blocks[-1][0] >= 0  # a line of the current block
                    and text[prev_end:s].count("\n") == 1
                    and not _FINAL.search(text[max(blocks[-1][0], prev_end - 3) : prev_end])
                    and _line_len(text, prev_end) >= 0.6 * width
                    and not _BULLET.match(line)
                )
            )
        ):
            blocks[-1][1] = e
        else:
            blocks.append([s, e, bool(_BULLET.match(line))])
        prev_end = e
    return [(s, e, b) for s, e, b in blocks]


def _line_len(text: str, end: int) -> int:
    """Length of the line that ends at `end`."""
    return end - (text.rfind("\n", 0, end) + 1)


def _is_abbreviation(chunk: str) -> bool:
    m = _WORD_BEFORE.search(chunk[-40:])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # Initials ("H.", "J.K.") and dotted acronyms ("U.A.E.").
    return bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order, each with offsets that slice `text` exactly."""
    out: list[Sentence] = []
    for bs, be, bullet in _blocks(text):
        start = bs
        if bullet:
            m = _BULLET.match(text, bs)
            if m and m.end() < be:
                start = m.end()
        cut = start
        for m in _BOUNDARY.finditer(text, start, be):
            chunk = text[cut : m.end()]
            if _is_abbreviation(chunk):
                continue
            s = _trim(text, cut, m.end())
            if s:
                out.append(Sentence(s[0], s[1], text[s[0] : s[1]], False, bullet))
            cut = m.end()
        s = _trim(text, cut, be)
        if s:
            body = text[s[0] : s[1]]
            heading = not bullet and not _FINAL.search(body)
            out.append(Sentence(s[0], s[1], body, heading, bullet))
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if s < e else None
