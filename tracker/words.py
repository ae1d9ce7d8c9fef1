"""English number and calendar words, shared by the ingest date reader and the extractor.

Kept in one small module with no imports, so that money amounts ("twenty-five billion"), document
counts ("Thirty-five letters of intent"), years in words ("two thousand and eighteen") and the
"a month is not a name" guards all read the same vocabulary.
"""

from __future__ import annotations

import re

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def cardinal(words: str) -> int | None:
    """A whole number below a thousand in words ("thirty-five", "two hundred and six"), or None when
    any word is not part of one."""
    total = 0
    for w in re.split(r"[\s\u00a0-]+", words.strip().casefold()):
        if w in UNITS:
            total += UNITS[w]
        elif w in TENS:
            total += TENS[w]
        elif w == "hundred":
            total = max(total, 1) * 100
        elif w != "and":
            return None
    return total or None
