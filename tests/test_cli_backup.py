"""`observer backup list|create|restore` as a school IT person uses it.

Each failure is one line on stderr: exit 1 for a problem with a file, 2 for a bad
argument. A restore works on a damaged file, which is exactly when it is needed.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from observer.main import main
from observer.services.backups import FileHealth, counts, examine, list_backups
from observer.services.context import Services
from observer.services.demo import generate_demo

LINE = re.compile(
    r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d +\d+(\.\d)? (KB|MB)  (?P<reason>[a-z0-9-]+) +"
    r"(?P<people>\d+) people, (?P<observations>\d+) observations, (?P<notes>\d+) notes  "
    r"(?P<name>observer-\S+\.sqlite)"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        status = main(list(argv))
    except SystemExit as exit_:  # argparse's own exits (bad arguments)
        status = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def demo_school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "observer.sqlite"
    services = Services.open_path(path)
    generate_demo(services, mentees=3, observations=12, today=date(2026, 11, 23))
    services.close()
    return path


@pytest.fixture
def school(demo_school: Path, db_path: Path) -> Path:
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(demo_school, db_path)
    return db_path


def one_line(err: str) -> str:
    assert err.startswith("observer: ") and err.count("\n") == 1, err
    return err


def test_list_create_list(capsys: pytest.CaptureFixture[str], school: Path) -> None:
    status, out, err = run(capsys, "--db", str(school), "backup", "list")
    assert (status, err) == (0, "")
    assert out.startswith("No backups") and out.count("\n") == 1

    status, out, err = run(capsys, "--db", str(school), "backup", "create")
    assert (status, err) == (0, "")
    created = Path(out.strip())
    assert created.parent == school.parent / "backups" and created.is_file()
    assert stat.S_IMODE(created.stat().st_mode) == 0o600
    run(capsys, "--db", str(school), "backup", "create")

    status, out, err = run(capsys, "--db", str(school), "backup", "list")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    found = [LINE.fullmatch(line) for line in lines]
    assert all(found), lines
    newest, oldest = (m for m in found if m is not None)
    assert oldest["name"] == created.name
    assert newest["reason"] == "manual"
    expected = counts(school)
    assert (int(newest["people"]), int(newest["observations"]), int(newest["notes"])) == (
        expected["people"],
        expected["observations"],
        expected["notes"],
    )


def test_create_without_a_database_creates_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    status, out, err = run(capsys, "--db", str(db_path), "backup", "create")
    assert status == 1 and out == ""
    assert str(db_path) in one_line(err)
    assert not db_path.exists()


def test_create_refuses_a_damaged_database(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    with school.open("r+b") as handle:  # garbage over the second page
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    status, out, err = run(capsys, "--db", str(school), "backup", "create")
    assert status == 1 and out == ""
    assert "damaged" in one_line(err)
    assert list_backups(school) == []


def test_restore_by_name_keeps_the_current_file(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    _, out, _ = run(capsys, "--db", str(school), "backup", "create")
    backup = Path(out.strip())
    expected = counts(backup)
    with sqlite3.connect(school) as conn:
        conn.execute("DELETE FROM note")
    conn.close()
    before = school.read_bytes()

    status, out, err = run(capsys, "--db", str(school), "backup", "restore", backup.name)

    assert (status, err) == (0, "")
    assert counts(school) == expected
    kept = Path(out.splitlines()[-1].rsplit(" ", 1)[-1])
    assert kept.parent == school.parent / "set-aside"
    assert (kept / school.name).read_bytes() == before
    assert examine(school).state is FileHealth.HEALTHY


@pytest.mark.parametrize("damage", ["zeroed header", "truncated", "empty"])
def test_restore_works_on_a_damaged_database(
    capsys: pytest.CaptureFixture[str], school: Path, damage: str
) -> None:
    _, out, _ = run(capsys, "--db", str(school), "backup", "create")
    backup = Path(out.strip())
    data = school.read_bytes()
    if damage == "zeroed header":
        school.write_bytes(bytes(100) + data[100:])
    elif damage == "truncated":
        school.write_bytes(data[: len(data) // 2])
    else:
        school.write_bytes(b"")
    damaged = school.read_bytes()
    assert examine(school).needs_recovery

    status, out, err = run(capsys, "--db", str(school), "backup", "restore", str(backup))

    assert (status, err) == (0, ""), err
    assert counts(school) == counts(backup)
    kept = next((school.parent / "set-aside").iterdir())
    assert (kept / school.name).read_bytes() == damaged
    assert str(kept) in out


def test_restore_when_no_database_is_left(capsys: pytest.CaptureFixture[str], school: Path) -> None:
    _, out, _ = run(capsys, "--db", str(school), "backup", "create")
    backup = Path(out.strip())
    school.unlink()
    status, out, err = run(capsys, "--db", str(school), "backup", "restore", backup.name)
    assert (status, err) == (0, "")
    assert "no database" in out
    assert counts(school) == counts(backup)


def test_restore_of_an_unknown_backup_is_a_bad_argument(
    capsys: pytest.CaptureFixture[str], school: Path
) -> None:
    before = school.read_bytes()
    status, out, err = run(capsys, "--db", str(school), "backup", "restore", "nope.sqlite")
    assert status == 2 and out == ""
    assert "nope.sqlite" in one_line(err)
    assert school.read_bytes() == before


def test_restore_of_a_file_that_is_no_backup_changes_nothing(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    fake = tmp_path / "fake.sqlite"
    fake.write_text("hello")
    before = school.read_bytes()
    status, out, err = run(capsys, "--db", str(school), "backup", "restore", str(fake))
    assert status == 1 and out == ""
    one_line(err)
    assert school.read_bytes() == before
    assert not (school.parent / "set-aside").exists()


def test_backups_need_a_database_file(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "--db-url", "postgresql://nowhere/school", "backup", "list")
    assert status == 2
    one_line(err)
    status, _, err = run(capsys, "backup")
    assert status == 2


def test_an_import_backs_up_first(
    capsys: pytest.CaptureFixture[str], school: Path, tmp_path: Path
) -> None:
    exported = tmp_path / "school.json"
    assert run(capsys, "--db", str(school), "export", "json", "-o", str(exported))[0] == 0
    status, _, err = run(capsys, "--db", str(school), "import", "json", str(exported))
    assert status == 2  # every record is already there: refused, nothing imported
    one_line(err)
    (taken,) = list_backups(school)
    assert taken.reason == "before-import"
    assert counts(taken.path) == counts(school)
