"""`pip install .` gives a working `observer` outside the checkout, resources included."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("observer-*.whl")
    return built


def test_wheel_carries_migrations_schemas_and_forms(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "observer/storage/migrations/env.py" in names
    assert "observer/storage/migrations/versions/0001_initial_schema.py" in names
    assert "observer/storage/migrations/versions/0002_note_search.py" in names
    assert any(n.startswith("observer/resources/schema/") and n.endswith(".json") for n in names)
    assert any(n.startswith("observer/ui/") and n.endswith(".ui") for n in names)
    assert "observer/resources/icons/observer.svg" in names
    assert {
        "observer/resources/translations/observer_ru.qm",
        "observer/resources/translations/observer_kk.qm",
    } <= names
    assert not any(n.startswith("tests/") for n in names)


def test_installed_command_works_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "OBSERVER_DATA_DIR": str(tmp_path / "data")}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    command = [str(target / "bin" / "observer")]

    where = subprocess.run(
        [sys.executable, "-c", "import observer; print(observer.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.startswith(str(target)), "the installed copy, not the checkout, must run"

    version = subprocess.run(
        [*command, "--version"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("observer ")

    db = tmp_path / "school.sqlite"
    for argv in (
        ["demo", "--mentees", "2", "--observations", "3"],
        ["check"],
        ["export", "json", "-o", str(tmp_path / "all.json")],
    ):
        result = subprocess.run(
            [*command, "--db", str(db), *argv],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "all.json").stat().st_size > 1000
