"""Property: extract() never raises and every mention's offsets slice to its evidence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.extract import extract

# Words that reach every branch of the finder: kinds, cues, blockers, countries and money.
WORDS = [
    "Pakistan",
    "Uzbekistan",
    "China",
    "EU",
    "Tashkent",
    "agreed",
    "signed",
    "will",
    "not",
    "should",
    "if",
    "to",
    "raise",
    "trade",
    "$2 billion",
    "by 2027",
    "joint",
    "venture",
    "working",
    "group",
    "Joint Commission",
    "session",
    "of",
    "the",
    "MoU",
    "11 agreements",
    "railway",
    "direct flights",
    "exhibition",
    "invest",
    "pledged",
    "in 2010",
    "proposed",
    "exploring",
    "co-production",
    "Rs.",
    "Mr.",
    "\n",
    "\n\n",
    ".",
    ",",
    ";",
    "•",
    "-",
    "(",
    ")",
    "“",
    "”",
    "\\$",
    "€",
    "within three years",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)
dates = st.one_of(st.none(), st.sampled_from(["2025-03-20", "2024-12-31", "not-a-date", ""]))


@settings(max_examples=150, deadline=None)
@given(texts, dates)
def test_extract_never_raises_and_offsets_slice(text: str, published: str | None) -> None:
    for m in extract(text, published):
        assert text[m.start : m.end] == m.evidence
        assert m.kind and m.status and len(m.countries) >= 2
