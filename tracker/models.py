"""The domain records passed between modules.

Plain dataclasses, no behaviour beyond derived values, so that extraction (pure),
ingest (I/O) and storage (SQL) can share them without importing each other.
The vocabulary follows COMMITMENTS.md (copied in tests/corpus/COMMITMENTS.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

KINDS = ("trade_target", "investment_target", "working_group", "joint_venture", "agreement", "project")

# Ordered from least to most advanced; the index is the ladder position used by tracking.
STATUSES = ("proposed", "negotiating", "agreed", "signed", "achieved")

SECTORS = (
    "agriculture",
    "automotive",
    "banking_finance",
    "climate_environment",
    "construction",
    "culture_tourism",
    "defence",
    "education",
    "energy",
    "food_processing",
    "health_pharma",
    "ict",
    "industry",
    "leather_textiles",
    "logistics_transport",
    "metals_mining",
    "trade_customs",
    "other",
)


def text_hash(text: str) -> str:
    """Identity of an article: sha256 of its normalised text (so re-ingest is a no-op)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One article as read from a file, a page or stdin, already normalised.

    `text` is the body that extraction reads with furniture removed; every mention's
    offsets index into exactly this string, which is what the database stores.
    """

    text: str
    title: str | None = None
    published: str | None = None  # ISO date, or None when the text gives none
    published_how: str | None = None  # how the date was found: "dateline", "html-meta", "option", ...
    source: str | None = None  # outlet or --source NAME
    path: str | None = None  # where it was read from ("-" for stdin)
    format: str = "text"  # "text" or "html"

    @property
    def id(self) -> str:
        return text_hash(self.text)


@dataclass
class Actor:
    """A person who made or announced a commitment, with the role as written."""

    name: str
    role: str | None = None


@dataclass
class Mention:
    """One commitment as stated in one article (the extractor's output).

    `evidence == article.text[start:end]` always holds.
    """

    kind: str
    countries: list[str]
    status: str
    evidence: str
    start: int
    end: int
    sectors: list[str] = field(default_factory=list)
    name: str | None = (
        None  # the named body, project or agreement, if any ("Joint Working Group on Trade Facilitation")
    )
    amount: float | None = None
    currency: str | None = None  # ISO 4217
    amount_usd: float | None = None
    baseline_usd: float | None = None
    count: int | None = None  # number of documents, for agreements
    target_date: str | None = None  # "2025", "2025-06" or "2025-06-30"
    announced_on: str | None = None  # ISO date
    actors: list[Actor] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)
