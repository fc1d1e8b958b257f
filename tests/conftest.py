"""Shared test set-up: headless by default, and never a real home folder."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from observer.services.context import Services

# Qt aborts without a display unless told to draw offscreen; on a desktop or under
# xvfb-run the same tests open real windows.
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="observer-runtime-")
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)


@pytest.fixture(autouse=True)
def private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data and config folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("OBSERVER_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("OBSERVER_CONFIG_DIR", str(home / "config"))
    monkeypatch.delenv("OBSERVER_DB", raising=False)
    # Tests read English labels; a Russian or Kazakh desktop must not change them.
    monkeypatch.setenv("OBSERVER_LANG", "en")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "school" / "observer.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open_path(db_path)
    yield opened
    opened.close()
