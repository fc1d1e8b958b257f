"""The `observer` command line as a school IT person scripts it."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from observer import __version__
from observer.main import main

TODAY = date(2026, 11, 23)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:  # argparse's own exits (--version, bad arguments)
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--version")
    assert status == 0
    assert out.strip() == f"observer {__version__}"


def test_check_reports_a_healthy_database(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo", "--mentees", "3", "--observations", "5")
    status, out, err = run(capsys, "--db", str(db_path), "check")
    assert status == 0, err
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert lines["database"] == str(db_path)
    assert lines["schema"] == "0002"
    assert lines["integrity"] == "ok"
    assert lines["observation"] == "5"
    assert int(lines["person"]) >= 5  # three mentees and their mentors


def test_check_on_a_damaged_file_fails_with_one_clear_line(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run(capsys, "--db", str(db_path), "demo", "--mentees", "3", "--observations", "40")
    size = db_path.stat().st_size
    with db_path.open("r+b") as handle:  # scribble over the middle of the file
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)
    status, out, err = run(capsys, "--db", str(db_path), "check")
    assert status == 1
    assert "integrity: ok" not in out
    assert err == "" or err.count("\n") == 1


def test_not_an_observer_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    other = tmp_path / "shopping.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE items (name TEXT)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    status, out, err = run(capsys, "--db", str(other), "check")
    assert status == 1
    assert out == ""
    assert err.startswith("observer: ") and "another program" in err and err.count("\n") == 1
    assert other.read_bytes() == before


def test_window_without_a_display_says_so_and_exits_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, db_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    status, _, err = run(capsys, "--db", str(db_path))
    assert status == 1
    assert "no graphical display" in err and err.count("\n") == 1
    assert not db_path.exists()  # nothing opened or created


def test_observer_db_environment_variable_chooses_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    chosen = tmp_path / "elsewhere" / "school.sqlite"
    monkeypatch.setenv("OBSERVER_DB", str(chosen))
    status, out, _ = run(capsys, "check")
    assert status == 0
    assert f"database: {chosen}" in out


def test_default_database_lives_in_the_user_data_folder(
    capsys: pytest.CaptureFixture[str], private_home: Path
) -> None:
    status, out, _ = run(capsys, "check")
    assert status == 0
    assert f"database: {private_home / 'data' / 'observer.sqlite'}" in out


def test_db_url_takes_any_sqlalchemy_url(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    status, out, _ = run(capsys, "--db-url", f"sqlite:///{db_path}", "check")
    assert status == 0
    assert "schema: 0002" in out


def test_demo_refuses_a_database_that_has_people(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    assert (
        run(capsys, "--db", str(db_path), "demo", "--mentees", "2", "--observations", "1")[0] == 0
    )
    status, _, err = run(capsys, "--db", str(db_path), "demo")
    assert status == 2
    assert "already has people" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--mentees", "0"],
        ["demo", "--observations", "-3"],
        ["frobnicate"],
        ["export", "json"],
    ],
)
def test_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    status, _, err = run(capsys, "--db", str(db_path), *argv)
    assert status == 2
    assert "observer" in err
