"""Every place Observer reads or writes, from one module.

platformdirs gives the per-user defaults; environment variables override them so
tests, scripts and portable installs never touch a real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_DIR_NAME = "observer"
DB_FILE_NAME = "observer.sqlite"


def data_dir() -> Path:
    override = os.environ.get("OBSERVER_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_DIR_NAME))


def config_dir() -> Path:
    override = os.environ.get("OBSERVER_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_DIR_NAME))


def default_db_path() -> Path:
    override = os.environ.get("OBSERVER_DB")
    return Path(override) if override else data_dir() / DB_FILE_NAME


def backups_dir(db_path: Path) -> Path:
    """Backups live beside the database they protect."""
    return db_path.parent / "backups"


def ensure_private_dir(path: Path) -> Path:
    """Create a folder only the user can enter (0700); leave an existing one's mode alone."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        os.chmod(path, 0o700)  # mkdir's mode is masked by the umask
    return path
