"""tracker: follow the trade commitments governments make to each other, from the news."""

__version__ = "0.1.0"
