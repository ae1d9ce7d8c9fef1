"""Deadlines and announcement dates as example tables.

Each deadline row is a sentence, the article date and the deadline values a reader would note, at the
precision the text gives. Known misses are xfail(strict=True).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tracker.extract.dates import DateHit, find_announced, find_deadlines


class Example(NamedTuple):
    sentence: str
    published: str | None
    values: list[str]


def _x(sentence: str, published: str | None, values: list[str]) -> pytest.param:
    return pytest.param(Example(sentence, published, values), marks=pytest.mark.xfail(strict=True))


PUB = "2025-04-10"

ABSOLUTE = [
    Example("The ministers agreed to raise trade to $4 billion by 2028.", PUB, ["2028"]),
    Example("A business forum will be held in Lahore in 2026.", PUB, ["2026"]),
    Example("The line should be energised by November 2025.", PUB, ["2025-11"]),
    Example("Shipments will begin in October 2025 and rise until 2027.", PUB, ["2025-10", "2027"]),
    Example("The terminal is to be completed by the end of August 2026.", PUB, ["2026-08-31"]),
    Example("The second phase will be finished by mid-2026.", PUB, ["2026-06-30"]),
    Example("The plant should open before the end of 2025.", PUB, ["2025"]),
    Example("Construction is due to finish by end-2027.", PUB, ["2027"]),
    Example("Loans will total $3 billion for the 2025-2030 period.", PUB, ["2030"]),
    Example("Loans will total $3 billion between 2025 and 2029.", PUB, ["2029"]),
    Example("Disbursements will run to 2031.", PUB, ["2031"]),
    Example("The corridor will be ready by June 30, 2026.", PUB, ["2026-06-30"]),
    Example("The new tariff applies from 1 July 2025.", PUB, ["2025-07-01"]),
    Example("The park opens in the first half of 2026.", PUB, ["2026-06-30"]),
    Example("Exports start in the third quarter of 2025.", PUB, ["2025-09-30"]),
    Example("Exports start in Q4 2025.", PUB, ["2025-12-31"]),
    Example("The refinery could start in early 2027.", PUB, ["2027"]),
    Example("Tolls will be harmonised by the end of 2026.", PUB, ["2026"]),
    Example("The smelter is due by Q3 2026.", PUB, ["2026-09-30"]),
    Example("A pilot runs in the second half of 2026.", PUB, ["2026"]),
    Example("Feasibility work must finish before the end of 2027.", PUB, ["2027"]),
    Example("Exports should reach 2 million tonnes by FY2028.", PUB, ["2028"]),
    Example("The subsidy lapses by fiscal 2028.", PUB, ["2028"]),
    Example("The grant is budgeted in FY2027-28.", PUB, ["2028"]),
    Example("Tariffs fall to zero by fiscal year 2029/30.", PUB, ["2030"]),
]

RELATIVE = [
    Example("The pipeline talks must conclude by the end of June.", PUB, ["2025-06-30"]),
    Example("They will finalise the text by the end of March.", PUB, ["2026-03-31"]),
    Example("Trade is to double within three years.", PUB, ["2028"]),
    Example("The fund will invest over the next four years.", PUB, ["2029"]),
    Example("The bridge will be built in 18 months.", PUB, ["2026-10"]),
    Example("The units will be assembled by the end of next year.", PUB, ["2026"]),
    Example("A roadmap will be adopted by the end of this year.", PUB, ["2025"]),
    Example("The forum will meet before the end of the year.", PUB, ["2025"]),
    Example("The task force will meet next month.", PUB, ["2025-05"]),
    Example("Production starts next year.", PUB, ["2026"]),
    Example("Cargo flights will start from 15 May.", PUB, ["2025-05-15"]),
    Example("An exhibition will be held in September.", PUB, ["2025-09"]),
    Example("The committee will meet in the second half of the year.", PUB, ["2025"]),
    Example("The delegation will visit in the autumn.", PUB, ["2025"]),
    Example("Trade should double within a year.", PUB, ["2026"]),
    Example("The corridor study will be delivered within 18 months.", PUB, ["2026-10"]),
    # Days and weeks resolve to the month they end in (an approximate horizon, as the finder tests pin it).
    Example("The working group will report within 60 days.", PUB, ["2025-06"]),
    Example("The study will be done within 100 days.", PUB, ["2025-07"]),
    Example("Visas will be issued within two weeks.", PUB, ["2025-04"]),
    Example("Duty-free quotas apply from September 1.", PUB, ["2025-09-01"]),
    Example("Flights resume from March 1.", PUB, ["2026-03-01"]),  # the next March 1 after the article
    Example("The fund will disburse over the next five years.", PUB, ["2030"]),
]

NOTHING = [
    Example("Trade will grow in the near future.", PUB, []),
    Example("Both sides hope to expand ties in the coming years.", PUB, []),
    Example("Trade is to double within three years.", None, []),  # relative without an article date
    Example("The task force will meet next month.", None, []),
    Example("The agreement was signed in 2019 and amended in 2023.", PUB, []),  # history
    Example("The train completed its journey in February.", PUB, []),  # a past month
    Example("It was the first such meeting in 18 months.", PUB, []),  # looking back
    Example("Emissions will fall to 2005 levels.", PUB, []),
    Example("The fleet has 2030 trucks.", PUB, []),
    Example("Trade may grow, officials said.", PUB, []),
    # The decade's end is left unlabelled by the corpus guide (2029 or 2030?): no deadline is better than a guess.
    Example("The fund will be fully deployed by the end of the decade.", PUB, []),
    Example("Such ties were unheard of in 100 years.", PUB, []),
]

ABSOLUTE_WITHOUT_DATE = [
    Example("Trade is to reach $5 billion by 2030.", None, ["2030"]),
    Example("The line will open in March 2026.", None, ["2026-03"]),
]

MISSES = [
    _x("The talks resume in January.", "2025-11-20", ["2026-01"]),  # "in <past month>" is read as history
]


@pytest.mark.parametrize(
    "example",
    ABSOLUTE + RELATIVE + NOTHING + ABSOLUTE_WITHOUT_DATE + MISSES,
    ids=lambda e: getattr(e, "sentence", str(e))[:50],
)
def test_find_deadlines(example: Example) -> None:
    assert [h.value for h in find_deadlines(example.sentence, example.published)] == example.values


def test_deadline_offsets_and_surface() -> None:
    s = "They agreed to raise trade to $2 billion by the end of September and to $3 billion by 2027."
    hits = find_deadlines(s, "2025-07-02")
    assert [h.surface for h in hits] == ["by the end of September", "by 2027"]
    assert all(s[h.start : h.end] == h.surface for h in hits)
    assert isinstance(hits[0], DateHit)


class Announced(NamedTuple):
    sentence: str
    published: str | None
    value: str | None


ANNOUNCED = [
    Announced("On 13 March 2025, the two sides agreed to set up a council.", PUB, "2025-03-13"),
    Announced("The ministers signed the roadmap on July 11, 2024.", PUB, "2024-07-11"),
    Announced("The commission met on September 15-16, 2024 in Baku.", PUB, "2024-09-15"),
    Announced("The commission met on 15-16 September in Baku.", PUB, "2024-09-15"),
    Announced("The protocol was signed on 12.11.2024.", PUB, "2024-11-12"),
    Announced("The two countries on Tuesday agreed to expand flights.", PUB, "2025-04-08"),
    Announced("The ministers agreed on Thursday to set up a task force.", PUB, "2025-04-10"),
    Announced("Officials said last Thursday that talks would resume.", PUB, "2025-04-03"),
    Announced("Kenya and Uganda agreed yesterday to harmonise standards.", PUB, "2025-04-09"),
    Announced("The pact agreed last week sets a $1 billion goal.", PUB, "2025-04-03"),
    Announced("They agreed earlier this month to open a trade house.", PUB, "2025-04-01"),
    Announced("The two sides on Tuesday agreed to meet next Monday.", PUB, "2025-04-08"),
    Announced("They will meet next Monday.", PUB, None),
    Announced("The two countries on Tuesday agreed to expand flights.", None, None),
    Announced("Trade is to double by 2027.", PUB, None),
]


@pytest.mark.parametrize("example", ANNOUNCED, ids=lambda e: e.sentence[:50])
def test_find_announced(example: Announced) -> None:
    assert find_announced(example.sentence, example.published) == example.value


def test_announced_falls_back_to_dateparser_for_odd_shapes() -> None:
    assert find_announced("The deal was signed on the 3rd day of March 2025.", PUB) == "2025-03-03"
