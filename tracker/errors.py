"""Domain exceptions. The CLI maps them to one error line and an exit code."""

from __future__ import annotations


class TrackerError(Exception):
    """A failure the user can act on; shown as one line, exit code 1."""


class InputError(TrackerError):
    """One input (file, page, stdin) could not be read; the rest of a batch goes on."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class UsageError(TrackerError):
    """Bad option values (unknown country, bad date, ...); exit code 2."""


class NotFound(TrackerError):
    """An id that is not in the database."""
