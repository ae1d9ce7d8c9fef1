"""The fast pattern matcher (tracker.extract._match) finds exactly what plain re.finditer finds.

Its shortcuts (cover literals, word-prefix index, matching only where a leading literal occurs)
are for speed only; any difference would silently change extraction results.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import kinds, sectors, status
from tracker.extract._match import Patterns, Scanner, cover, leads

PATTERNS = [
    r"\b(?:joint\s+ventures?|JVs?)\b",
    r"\b(?:(?:gas|oil)\s+)?pipelines?\b",
    r"(?<![\w-])(?:agri(?:-|\s)?(?:business|food)?)(?![\w-])",
    r"\bspecial\s+economic\s+zones?\b|(?-i:\bSEZs?\b)",
    r"\b(?:is\s+to)\b",
    r"[A-Z]{2,}\s+corridor",
    r"\bwill\b",
    # alternatives with a common prefix, which the parser factors out ("re" + "sumed|opened")
    r"\b(?:resumed|reopened|restarted)\b",
    r"(?<![\w-])(?:resumed|reopened)(?![\w-])",
    r"\b(?:(?:re)?negotiat\w*)\b",
]
WORDS = [
    "joint",
    "venture",
    "ventures",
    "JV",
    "JVs",
    "gas",
    "oil",
    "pipeline",
    "pipelines",
    "agri",
    "agri-food",
    "agribusiness",
    "special",
    "economic",
    "zone",
    "SEZ",
    "sez",
    "is",
    "to",
    "will",
    "CPEC",
    "corridor",
    "-",
    "the",
    ",",
    "Oil",
    "PIPELINE",
    "JOINT",
    "resumed",
    "reopened",
    "Restarted",
    "renegotiating",
    "negotiations",
]
SEPARATORS = [" ", "  ", "-", "", "\n", ", "]


def naive(p: Patterns, text: str) -> list[tuple[int, tuple[int, int]]]:
    """Every match of every pattern, pattern by pattern, by plain scanning."""
    return [(i, m.span()) for i, (rx, _) in enumerate(p.items) for m in rx.finditer(text)]


texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts)
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_same_matches_as_plain_scanning(text: str) -> None:
    p = Patterns(PATTERNS)
    assert [(i, m.span()) for i, m in p.finditer(text)] == naive(p, text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_data_pattern_sets_match_plain_scanning(text: str) -> None:
    for p in (status._cue_patterns()[0], sectors._data()[0], kinds._list_patterns("project")):
        assert sorted((i, m.span()) for i, m in p.finditer(text)) == sorted(naive(p, text))


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:joint\s+ventures?|JVs?)\b", {"joint", "jv"}),
        (r"(?<![\w-])(?:farm(?:ing|ers?)?)(?![\w-])", {"farm"}),
        (r"\b(?:(?:gas|oil)\s+)?pipelines?\b", {"gas", "oil", "pipeline"}),
        (r"[A-Z]{2,}\s+corridor", None),  # opens with a class: scanned
        ("\\b\u017ftrasse\\b", None),  # a long s matches "s" under IGNORECASE: scanned
    ],
)
def test_leading_literals(pattern: str, expected: set[str] | None) -> None:
    got = leads(pattern)
    assert (set(got) if got else None) == expected


def test_cover_names_a_literal_every_match_contains() -> None:
    assert cover(r"(?:gas|oil)\s+pipelines?") == frozenset({"pipeline"})
    # a prefix the parser factors out of alternatives stays joined to them
    assert cover(r"(?<![\w-])(?:resumed|reopened)(?![\w-])") == frozenset({"resumed", "reopened"})
    assert re.search(r"(?:gas|oil)\s+pipelines?", "oil pipeline")


BLOCKERS = [
    r"\b(?:did\s+not|does\s+not|never|no\s+(?:new\s+)?(?:plans?|deal))\b",
    r"(?:\bexports?\s+to|\bvia|\bfrom)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    r"\b(?:should|(?-i:may)\s+(?!\d)|must)\b",
    r"^(?:will|plans?\s+to)",
]
BLOCKER_WORDS = [
    "did",
    "not",
    "does",
    "never",
    "no",
    "new",
    "plans",
    "deal",
    "exports",
    "to",
    "via",
    "from",
    "the",
    "should",
    "may",
    "May",
    "must",
    "will",
    "plan",
    "2",
    "DID NOT",
    "Via",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(BLOCKER_WORDS), st.sampled_from(SEPARATORS)), max_size=12).map(
        lambda parts: "".join(w + s for w, s in parts)
    ),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_scanner_is_the_regex(text: str, a: int, b: int) -> None:
    pos, endpos = min(a, b), max(a, b)
    for pattern in BLOCKERS:
        rx = re.compile(pattern, re.IGNORECASE)
        sc = Scanner(rx)
        assert [m.span() for m in sc.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert [m.span() for m in sc.finditer(text, pos, endpos)] == [
            m.span() for m in rx.finditer(text, pos, endpos)
        ]
        got, want = sc.search(text, pos), rx.search(text, pos)
        assert (got.span() if got else None) == (want.span() if want else None)
        assert sc.sub(lambda m: "#" * len(m.group(0)), text) == rx.sub(lambda m: "#" * len(m.group(0)), text)


def test_scanner_leaves_anchored_and_non_ascii_to_the_regex() -> None:
    assert Scanner(re.compile(r"^(?:will|plans?\s+to)", re.I)).leads is None
    sc = Scanner(re.compile(r"\bsuch\s+as\b", re.I))
    assert sc.leads == frozenset({"such"})
    assert sc.search("\u017fuch as China") is not None  # the long s: IGNORECASE matches it to "s"
