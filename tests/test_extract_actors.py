"""Officials and their roles as example tables; known misses are xfail(strict=True)."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tracker.extract.actors import find_actors, merge_actor_variants
from tracker.models import Actor


class Example(NamedTuple):
    sentence: str
    actors: list[tuple[str, str]]  # (name, role as written)


def _x(sentence: str, actors: list[tuple[str, str]]) -> pytest.param:
    return pytest.param(Example(sentence, actors), marks=pytest.mark.xfail(strict=True))


ROLE_FIRST = [
    Example(
        "Federal Minister for Commerce Bilal Ahmed Siddiqui told reporters the target was realistic.",
        [("Bilal Ahmed Siddiqui", "Federal Minister for Commerce")],
    ),
    Example(
        "Deputy Minister of Energy and Mining Otabek Rakhimov signed for the Uzbek side.",
        [("Otabek Rakhimov", "Deputy Minister of Energy and Mining")],
    ),
    Example(
        "Ambassador of Kazakhstan Yerlan Abdrakhmanov called on the minister.",
        [("Yerlan Abdrakhmanov", "Ambassador of Kazakhstan")],
    ),
    Example(
        "Special Assistant to the Prime Minister on Overseas Pakistanis Samina Qadir chaired the session.",
        [("Samina Qadir", "Special Assistant to the Prime Minister on Overseas Pakistanis")],
    ),
    Example(
        "Minister of Trade, Industry and Investment Rahul Menon said talks would resume.",
        [("Rahul Menon", "Minister of Trade, Industry and Investment")],
    ),
    Example(
        "The delegation was led by Minister of Finance of the Kyrgyz Republic, Daniyar Amangeldiev, "
        "who met bankers.",
        [("Daniyar Amangeldiev", "Minister of Finance of the Kyrgyz Republic")],
    ),
    Example("Ambassador Karimova said the flights would start soon.", [("Karimova", "Ambassador")]),
    Example(
        "President Ilham Safarov and Prime Minister Dang Van Hieu witnessed the signing.",
        [("Ilham Safarov", "President"), ("Dang Van Hieu", "Prime Minister")],
    ),
    Example(
        "Ambassador of Saudi Arabia Faisal Al-Harbi attended.",
        [("Faisal Al-Harbi", "Ambassador of Saudi Arabia")],
    ),
    Example(
        "The Minister for Petroleum, Ambassador Karimova and others attended.", [("Karimova", "Ambassador")]
    ),
]

NAME_FIRST = [
    Example(
        "Sadia Rauf Khan, Special Assistant to the Prime Minister on Industries, said the park would open.",
        [("Sadia Rauf Khan", "Special Assistant to the Prime Minister on Industries")],
    ),
    Example(
        "The session was co-chaired by Omar Saeed Al Nuaimi, Minister of State, and a Pakistani minister.",
        [("Omar Saeed Al Nuaimi", "Minister of State")],
    ),
    Example("said Dr. Asif Iqbal, Chairman of the Board.", [("Asif Iqbal", "Chairman of the Board")]),
]

NONE = [
    Example("The minister said trade would double.", []),
    Example("The Prime Minister welcomed the agreement.", []),
    Example("During the meeting, both sides agreed to expand trade.", []),
    Example("The Undersecretary of the Ministry of Commerce and Investment Promotion visited Muscat.", []),
]

MISSES = [
    _x("Uzbek envoy Alisher Karimov met traders.", [("Alisher Karimov", "envoy")]),
    _x("The minister, Ahmed Raza, said the deal was close.", [("Ahmed Raza", "minister")]),
]


@pytest.mark.parametrize(
    "example", ROLE_FIRST + NAME_FIRST + NONE + MISSES, ids=lambda e: getattr(e, "sentence", str(e))[:50]
)
def test_find_actors(example: Example) -> None:
    assert [(a.name, a.role) for a, _, _ in find_actors(example.sentence)] == example.actors


def test_spans_cover_role_and_name() -> None:
    s = "Yesterday Deputy Minister of Trade Aida Bekova and Nasir Ali Shah, Secretary of Commerce, met."
    found = find_actors(s)
    assert [s[a:b] for _, a, b in found] == [
        "Deputy Minister of Trade Aida Bekova",
        "Nasir Ali Shah, Secretary of Commerce",
    ]


MERGES = [
    # The same ambassador spelled two ways in one article, once with a fuller role.
    (
        [Actor("Alisher Tkhakayev", "Ambassador of Uzbekistan"), Actor("Tukhtaev", "Ambassador")],
        [Actor("Alisher Tkhakayev", "Ambassador of Uzbekistan")],
    ),
    # A short form of the same name with the same role.
    (
        [Actor("Haroon Akhtar Khan", "Special Assistant"), Actor("Haroon Akhtar", "Special Assistant")],
        [Actor("Haroon Akhtar Khan", "Special Assistant")],
    ),
    # Two different ministers stay two.
    (
        [Actor("Elnur Huseynli", "Minister of Economy"), Actor("Murat Erdem", "Minister of Energy")],
        [Actor("Elnur Huseynli", "Minister of Economy"), Actor("Murat Erdem", "Minister of Energy")],
    ),
    # Similar surnames but different roles stay apart.
    (
        [Actor("Rustam Karimov", "Ambassador"), Actor("Rustam Karimova", "Minister of Trade")],
        [Actor("Rustam Karimov", "Ambassador"), Actor("Rustam Karimova", "Minister of Trade")],
    ),
    ([], []),
]


@pytest.mark.parametrize(("actors", "expected"), MERGES)
def test_merge_actor_variants(actors: list[Actor], expected: list[Actor]) -> None:
    assert merge_actor_variants(actors) == expected
