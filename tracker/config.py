"""Where the database lives: `--db`, else `TRACKER_DB`, else the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_DB = "TRACKER_DB"
DB_FILENAME = "tracker.db"


def default_db_path() -> Path:
    """The per-user database file (platformdirs), so cron and the shell share one store."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("tracker", appauthor=False)) / DB_FILENAME


def resolve_db_path(option: str | os.PathLike | None = None) -> Path:
    """Apply the precedence `--db` > `TRACKER_DB` > default, expanding `~`."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser()
    return default_db_path()
