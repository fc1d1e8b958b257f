"""`observer export json` and `observer import json`, run in-process as a user would."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observer.main import main
from observer.services.context import Services
from observer.storage import tables as t

NOTE = "Оқушылар 👩‍🏫 <b>&amp;</b>\nЁжик"


@pytest.fixture
def school(tmp_path: Path) -> Path:
    """A database file with a mentee, a template, an observation and a note."""
    path = tmp_path / "school" / "observer.sqlite"
    services = Services.open_path(path)
    try:
        with Session(services.database.engine) as s, s.begin():
            mentee = t.Person(
                full_name="Әсел Қайратқызы", name_key="әсел қайратқызы", role="mentee"
            )
            family = "0b6c1f9e-7a51-4d3e-9d2c-4a8f0e6b1c2d"
            template = t.Template(family_uuid=family, name="Rubric", kind="rubric")
            s.add_all([mentee, template])
            s.flush()
            observation = t.Observation(
                mentee_id=mentee.id,
                template_id=template.id,
                starts_at=datetime(2026, 9, 14, 8, 45, tzinfo=UTC),
            )
            s.add(observation)
            s.flush()
            s.add(t.Note(observation_id=observation.id, offset_seconds=75, text=NOTE))
    finally:
        services.close()
    return path


def note_count(path: Path) -> int:
    services = Services.open_path(path)
    try:
        with Session(services.database.engine) as s:
            return s.scalar(select(func.count()).select_from(t.Note)) or 0
    finally:
        services.close()


def test_export_then_import_into_a_new_database(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "school.json"
    assert main(["--db", str(school), "export", "json", "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Exported 4 records" in capsys.readouterr().out
    doc = json.loads(out.read_text("utf-8"))
    assert doc["notes"][0]["text"] == NOTE

    fresh = tmp_path / "fresh" / "observer.sqlite"
    assert main(["--db", str(fresh), "import", "json", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Imported 4 records" in captured.out and captured.err == ""
    assert note_count(fresh) == 1

    again = tmp_path / "again.json"
    assert main(["--db", str(fresh), "export", "json", "-o", str(again)]) == 0
    strip = [
        [line for line in p.read_text("utf-8").splitlines() if "exported_at" not in line]
        for p in (out, again)
    ]
    assert strip[0] == strip[1]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "observer-exchange", "version": 1, "notes": [', "not valid JSON at line 1"),
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"format": "observer-exchange", "version": 2}', "version: version 2 is not supported"),
        (
            b'{"format": "observer-exchange", "version": 1, "people": [{"uuid": 5}]}',
            "people[0].",
        ),
    ],
)
def test_bad_file_gives_one_line_and_exit_status_2(
    school: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    expected: str,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    capsys.readouterr()

    assert main(["--db", str(school), "import", "json", str(bad)]) == 2

    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith(f"observer: {bad}: ")
    assert expected in lines[0]
    assert captured.out == ""
    assert note_count(school) == 1


def test_import_a_missing_file(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.json"
    assert main(["--db", str(school), "import", "json", str(missing)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("observer: ") and "cannot read" in err[0]


def test_export_to_a_missing_folder(
    school: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "such" / "folder.json"
    assert main(["--db", str(school), "export", "json", "-o", str(target)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith(f"observer: cannot write {target}")
    assert not target.exists()
