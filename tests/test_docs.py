"""Docs that cannot drift: every command has help text and a section in the README."""

from __future__ import annotations

import pytest

from tracker.cli import app

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted((c.name or c.callback.__name__).rstrip("_") for c in app.registered_commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_is_documented(command):
    assert f"tracker {command}" in README, f"README has no example of `tracker {command}`"


@pytest.mark.parametrize("command", app.registered_commands, ids=COMMANDS)
def test_command_has_help(command):
    assert (command.callback.__doc__ or "").strip()


def test_readme_starts_with_the_two_setup_commands():
    head = README[: README.index("## ", README.index("make test"))]
    assert "make run" in head and "make test" in head
