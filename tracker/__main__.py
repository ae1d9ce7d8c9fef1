"""Allow `python -m tracker`."""

from tracker.cli import app

app(prog_name="tracker")
