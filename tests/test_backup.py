"""Backups (RELIABILITY.md scenarios 5, 6 and 11): verified, atomic, rotated, restorable.

A backup is copied into a 0600 partial file, checked, then renamed; a process killed
mid-copy leaves nothing in the list. Rotation keeps recent, daily, weekly and monthly
copies and never the newest verified one. Restoring beside a stale -wal gives the
backup's exact row counts. Readable JSON copies keep every note's text exactly.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from crash_helpers import kill_a_writer_after_commits
from observer.domain.enums import ObservationState
from observer.domain.people import PersonDraft
from observer.services.backups import (
    BackupFailed,
    DamagedDatabase,
    FileHealth,
    RetentionPolicy,
    counts,
    examine,
    list_backups,
    restore_backup,
)
from observer.services.context import Services
from observer.services.demo import generate_demo
from observer.services.exchange import ExchangeService
from observer.storage import backup as backup_module
from observer.storage import tables as t
from observer.storage.backup import create_backup, rotate_backups
from observer.storage.engine import APPLICATION_ID

PYTHON = sys.executable
FIXTURES = Path(__file__).parent / "fixtures"
NAME = r"observer-\d{8}-\d{6}-\d{6}-[a-z0-9-]+\.sqlite"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial" in p.name)


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "observer.sqlite"
    services = Services.open_path(path)
    generate_demo(services, mentees=4, observations=25, today=date(2026, 11, 23))
    services.close()
    return path


@pytest.fixture
def school(small_demo: Path, db_path: Path) -> Path:
    db_path.parent.mkdir(parents=True)
    shutil.copyfile(small_demo, db_path)
    return db_path


# ---- taking a backup -----------------------------------------------------------------------


def test_a_backup_is_a_verified_private_copy_with_a_sortable_name(school: Path) -> None:
    before = digest(school)
    moment = datetime(2026, 11, 23, 22, 10, 31, 123456, tzinfo=UTC)

    info = create_backup(school, "Manual", now=moment)

    assert info.path.name == "observer-20261123-221031-123456-manual.sqlite"
    assert info.created_at == moment and info.reason == "manual" and info.verified
    assert info.size == info.path.stat().st_size
    assert mode(info.path) == 0o600
    assert mode(info.path.parent) == 0o700
    assert info.path.parent == school.parent / "backups"
    assert list_backups(school) == [info]
    assert counts(info.path) == counts(school)
    assert digest(school) == before  # taken through a read-only connection
    with sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [".backup.lock", info.path.name]


def test_the_same_moment_twice_gives_two_backups(school: Path) -> None:
    moment = datetime(2026, 11, 23, 8, tzinfo=UTC)
    first = create_backup(school, "manual", now=moment)
    second = create_backup(school, "manual", now=moment)
    assert first.path != second.path
    assert [b.path for b in list_backups(school)] == [second.path, first.path]


def test_no_backup_is_taken_of_a_damaged_file(school: Path) -> None:
    create_backup(school, "manual")
    before = sorted(p.name for p in (school.parent / "backups").iterdir())
    with school.open("r+b") as handle:  # garbage over the first table's root page
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * 1024)
    with pytest.raises(DamagedDatabase, match="damaged"):
        create_backup(school, "manual")
    assert sorted(p.name for p in (school.parent / "backups").iterdir()) == before
    school.write_bytes(b"")
    with pytest.raises(DamagedDatabase, match="empty"):
        create_backup(school, "manual")
    school.write_text("Lesson notes")
    with pytest.raises(DamagedDatabase):
        create_backup(school, "manual")
    assert sorted(p.name for p in (school.parent / "backups").iterdir()) == before


def test_a_copy_that_fails_its_check_is_deleted_not_named(
    school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(path: Path) -> None:
        raise BackupFailed(f"{path} is damaged: page 7 is never used.")

    monkeypatch.setattr(backup_module, "verify_backup", fails)
    with pytest.raises(BackupFailed, match="failed its check"):
        create_backup(school, "manual")
    assert list_backups(school) == []
    assert leftovers(school.parent / "backups") == []


def test_sigkill_during_a_backup_leaves_nothing_in_the_list(tmp_path: Path, db_path: Path) -> None:
    services = Services.open_path(db_path)
    generate_demo(services, mentees=40, observations=2000, today=date(2026, 11, 23))
    services.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from observer.storage.backup import create_backup\n"
        "def progress(done, total):\n"
        "    if done < total:\n"
        "        print(done, total, flush=True)\n"
        "        sys.stdin.readline()  # the test kills this process here, mid-copy\n"
        "create_backup(Path(sys.argv[1]), 'killed', pages=64, progress=progress)\n"
        "print('finished', flush=True)\n"
    )
    child = subprocess.Popen(
        [PYTHON, "-c", code, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    done, total = map(int, child.stdout.readline().split())
    assert 0 < done < total
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    folder = db_path.parent / "backups"
    partials = [p for p in folder.iterdir() if p.name.endswith(".partial")]
    assert len(partials) == 1  # its pages may still be in the killed process's journal
    assert mode(partials[0]) == 0o600

    assert list_backups(db_path) == []

    info = create_backup(db_path, "next")
    assert leftovers(folder) == []
    assert list_backups(db_path) == [info]
    assert counts(info.path) == counts(db_path)
    assert counts(info.path)["observations"] == 2000


# ---- rotation --------------------------------------------------------------------------


def at(day: str, hour: int) -> datetime:
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00+00:00")


def test_rotation_over_90_days_keeps_recent_daily_weekly_and_monthly(school: Path) -> None:
    first = date(2026, 1, 1)  # a Thursday; day 89 is Tuesday 31 March (ISO week 14)
    policy = RetentionPolicy()
    for number in range(90):
        day = (first + timedelta(days=number)).isoformat()
        for hour in (6, 12, 18):
            create_backup(school, "automatic", now=at(day, hour))
            rotate_backups(school, policy, now=at(day, hour))
        if number == 1:  # two days in: everything is younger than 48 hours
            assert len(list_backups(school)) == 6

    kept = {b.created_at for b in list_backups(school)}

    last_48_hours = {at("2026-03-29", 18)} | {
        at(day, hour) for day in ("2026-03-30", "2026-03-31") for hour in (6, 12, 18)
    }
    daily = {at(f"2026-03-{d:02d}", 18) for d in range(18, 32)}  # the last 14 days
    weekly = {  # the newest of each of the last 8 ISO weeks (weeks 7 to 14)
        at(day, 18)
        for day in (
            "2026-02-15",
            "2026-02-22",
            "2026-03-01",
            "2026-03-08",
            "2026-03-15",
            "2026-03-22",
            "2026-03-29",
            "2026-03-31",
        )
    }
    monthly = {at("2026-01-31", 18), at("2026-02-28", 18), at("2026-03-31", 18)}
    assert kept == last_48_hours | daily | weekly | monthly
    assert len(kept) == 25
    assert all(b.verified for b in list_backups(school))


def test_the_newest_verified_backup_survives_any_policy(school: Path) -> None:
    for day in range(1, 6):
        create_backup(school, "automatic", now=at(f"2026-03-0{day}", 12))
    newest = list_backups(school)[0]
    garbage = school.parent / "backups" / "observer-20260310-120000-000000-automatic.sqlite"
    garbage.write_bytes(b"not a database, though named like a backup")
    assert list_backups(school)[0].path == garbage
    assert not list_backups(school)[0].verified

    deleted = rotate_backups(school, RetentionPolicy(0, 0, 0, 0), now=at("2027-01-01", 0))

    assert [b.path for b in list_backups(school)] == [newest.path]
    assert len(deleted) == 5 and garbage in deleted


def test_pre_migration_backups_follow_the_scheme_and_are_never_rotated(tmp_path: Path) -> None:
    path = tmp_path / "data" / "observer.sqlite"
    path.parent.mkdir()
    shutil.copy(FIXTURES / "schema-0001.sqlite", path)
    services = Services.open_path(path)
    assert services.database.pre_migration_backup is not None
    services.close()
    (info,) = list_backups(path)
    assert info.path == services.database.pre_migration_backup
    assert info.reason == "before-schema-0002-from-0001" and info.verified
    assert mode(info.path) == 0o600
    rotate_backups(path, RetentionPolicy(0, 0, 0, 0), now=datetime(2030, 1, 1, tzinfo=UTC))
    newer = create_backup(path, "manual", now=datetime(2030, 1, 1, tzinfo=UTC))
    rotate_backups(path, RetentionPolicy(0, 0, 0, 0), now=datetime(2030, 1, 2, tzinfo=UTC))
    assert {b.path for b in list_backups(path)} == {info.path, newer.path}


def test_backups_from_older_versions_are_listed_as_unverified(school: Path) -> None:
    folder = school.parent / "backups"
    folder.mkdir(mode=0o700)
    old = folder / "observer-before-schema-0002-from-0001-20261101-093000.sqlite"
    shutil.copyfile(school, old)
    (folder / "notes.txt").write_text("not a backup")
    (folder / "other-20261101-093000-000000-manual.sqlite").write_bytes(b"")  # another db's
    (info,) = list_backups(school)
    assert info.path == old
    assert info.created_at == datetime(2026, 11, 1, 9, 30, tzinfo=UTC)
    assert info.reason == "before-schema-0002-from-0001"
    assert not info.verified


# ---- restore -----------------------------------------------------------------------------


def test_restore_beside_a_stale_wal_gives_the_backups_exact_counts(
    school: Path, tmp_path: Path
) -> None:
    backup = create_backup(school, "manual")
    expected = counts(backup.path)
    kill_a_writer_after_commits(school, rows=700)
    wal = school.with_name(school.name + "-wal")
    main_before, wal_before = digest(school), digest(wal)
    crashed = counts(school)
    assert crashed["people"] == expected["people"] + 700

    # The hazard this guards against: the same files, restored by a plain copy.
    naive = tmp_path / "naive" / "observer.sqlite"
    naive.parent.mkdir()
    shutil.copyfile(wal, naive.with_name(wal.name))
    shutil.copyfile(backup.path, naive)
    conn = sqlite3.connect(naive)  # opened as the app opens it
    conn.execute("PRAGMA journal_mode=WAL")
    replayed = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    conn.close()
    assert replayed != expected["people"]

    killed_restore = school.with_name(".observer.sqlite.restore-20261123-000000-000000.partial")
    killed_restore.write_bytes(b"half a copy")

    folder = restore_backup(school, backup.path)

    assert counts(school) == expected
    assert not wal.exists()
    assert not killed_restore.exists()
    assert sorted(p.name for p in school.parent.iterdir()) == [
        "backups",
        "observer.sqlite",
        "set-aside",
    ]
    assert examine(school).state is FileHealth.HEALTHY
    assert mode(school) == 0o600
    services = Services.open_path(school)  # the app's own engine: WAL, FULL, foreign keys
    try:
        assert services.people.count() == expected["people"]
    finally:
        services.close()
    assert counts(school) == expected
    # The pre-restore copy is exactly what was there, -wal included: nothing is lost.
    assert folder.parent == school.parent / "set-aside"
    assert folder.name.endswith("-before-restore")
    assert digest(folder / school.name) == main_before
    assert digest(folder / wal.name) == wal_before
    assert mode(folder) == 0o700
    kept = tmp_path / "kept"
    shutil.copytree(folder, kept)
    assert counts(kept / school.name) == crashed


def test_a_bad_backup_is_refused_and_nothing_changes(school: Path) -> None:
    bad = school.parent / "backups" / "observer-20261101-000000-000000-manual.sqlite"
    bad.parent.mkdir(mode=0o700)
    bad.write_text("Not a database at all.")
    before = sorted(p.name for p in school.parent.iterdir())
    main_before = digest(school)
    with pytest.raises(BackupFailed, match="not a whole Observer backup"):
        restore_backup(school, bad)
    assert digest(school) == main_before
    assert sorted(p.name for p in school.parent.iterdir()) == before
    with pytest.raises(BackupFailed, match="no backup"):
        restore_backup(school, school.parent / "backups" / "missing.sqlite")


def test_restore_is_refused_while_another_program_has_the_database_open(school: Path) -> None:
    backup = create_backup(school, "manual")
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        "c.execute('SELECT count(*) FROM person').fetchone()\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    holder = subprocess.Popen(
        [PYTHON, "-c", code, str(school)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        main_before = digest(school)
        with pytest.raises(BackupFailed, match="in use"):
            restore_backup(school, backup.path)
        assert digest(school) == main_before
        assert not (school.parent / "set-aside").exists()
    finally:
        holder.kill()
        holder.wait(timeout=10)


# ---- the service: when backups are taken ----------------------------------------------------


def test_backup_if_changed_takes_one_at_start_then_only_after_a_change(
    services: Services,
) -> None:
    service = services.backups
    assert service is not None
    first = service.backup_if_changed("startup", now=at("2026-11-23", 8))
    assert first is not None and first.reason == "startup"
    assert service.backup_if_changed("automatic", now=at("2026-11-23", 9)) is None
    services.people.create(PersonDraft("Әсел Қайратқызы"))
    second = service.backup_if_changed("automatic", now=at("2026-11-23", 10))
    assert second is not None
    assert counts(second.path)["people"] == 1
    assert service.backup_if_changed("exit", now=at("2026-11-23", 11)) is None
    assert [b.path for b in service.list()] == [second.path, first.path]


def test_backup_now_rotates_with_the_services_policy(services: Services) -> None:
    service = services.backups
    assert service is not None
    service.policy = RetentionPolicy(keep_all_hours=0, daily=0, weekly=0, monthly=0)
    for hour in (8, 9, 10):
        newest = service.backup_now("manual", now=at("2026-11-23", hour))
    assert [b.path for b in service.list()] == [newest.path]


def test_an_import_takes_a_backup_first_when_there_are_people(
    services: Services, tmp_path: Path
) -> None:
    service = services.backups
    assert service is not None
    services.people.create(PersonDraft("Мария Иванова"))
    exported = tmp_path / "school.json"
    ExchangeService(services.database.engine, services.bus).export_file(exported)
    other = Services.open_path(tmp_path / "other" / "observer.sqlite")
    try:
        assert other.backups is not None
        other.backups.import_json(exported)  # an empty database: nothing worth a backup
        assert other.backups.list() == []
        other.people.create(PersonDraft("Jack Taylor"))
        document = json.loads(exported.read_text(encoding="utf-8"))
        document["people"] = []
        again = tmp_path / "empty.json"
        again.write_text(json.dumps(document), encoding="utf-8")
        other.backups.import_json(again)
        (taken,) = other.backups.list()
        assert taken.reason == "before-import"
        assert counts(taken.path)["people"] == 2
    finally:
        other.close()


# ---- readable copies of finished observations -----------------------------------------------

TEXTS = [
    "Сабақтың мақсаты анық айтылды.",
    "Цель урока сформулирована чётко.",
    'Cold calling: 6 pupils <answered> & all correct 👍 "quoted" \\ back\\slash',
    "Line one\nline two\ttabbed — 👩‍🏫🇰🇿",
]


def add_observation(services: Services, state: ObservationState) -> tuple[int, str]:
    with services.database.engine.begin() as conn:
        template = conn.execute(
            t.Template.__table__.insert().values(
                uuid="0f0f0f0f-0000-4000-8000-000000000001",
                family_uuid="0f0f0f0f-0000-4000-8000-000000000002",
                name="Сабақты бақылау",
                version=3,
                kind="ungraded",
            )
        ).inserted_primary_key[0]
    mentee = services.people.create(PersonDraft("Әсел Қайратқызы"))
    planned = services.observations.plan(
        mentee_id=mentee.id, template_id=int(template), starts_at=at("2026-11-20", 9)
    )
    with Session(services.database.engine) as session, session.begin():
        for number, text in enumerate(TEXTS):
            session.add(
                t.Note(
                    observation_id=planned.id, offset_seconds=number * 75, text=text, kind="general"
                )
            )
        session.add(
            t.FeedbackItem(observation_id=planned.id, kind="strength", position=1, text=TEXTS[0])
        )
        session.execute(
            update(t.Observation).where(t.Observation.id == planned.id).values(state=state.value)
        )
    return planned.id, planned.uuid


def test_a_finished_observation_is_kept_as_readable_json(services: Services) -> None:
    obs_id, uuid = add_observation(services, ObservationState.RELEASED)
    service = services.backups
    assert service is not None

    service.backup_now("manual")

    path = service.copies_folder / f"{uuid}.json"
    assert services.db_path is not None
    assert path.parent == services.db_path.parent / "backups" / "observations"
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    raw = path.read_text(encoding="utf-8")
    assert "Сабақтың мақсаты" in raw  # readable as it is, not \u-escaped
    document = json.loads(raw)
    assert [n["text"] for n in document["notes"]] == TEXTS
    assert [n["offset_seconds"] for n in document["notes"]] == [0, 75, 150, 225]
    assert document["notes"][1]["clock"] == "01:15" and document["notes"][0]["kind"] == "general"
    assert document["mentee"]["full_name"] == "Әсел Қайратқызы"
    assert document["template"] == {
        "uuid": "0f0f0f0f-0000-4000-8000-000000000001",
        "name": "Сабақты бақылау",
        "version": 3,
    }
    assert document["feedback"] == [{"kind": "strength", "text": TEXTS[0]}]
    assert document["observation"]["state"] == "released"
    assert list(path.parent.iterdir()) == [path]  # no temporary files left
    assert service.write_observation_copy(obs_id) == path


def test_copies_are_written_only_for_finished_observations_and_when_out_of_date(
    services: Services,
) -> None:
    _, planned_uuid = add_observation(services, ObservationState.PLANNED)
    service = services.backups
    assert service is not None
    assert service.write_finished_observation_copies().written == 0
    assert not (service.copies_folder / f"{planned_uuid}.json").exists()
    with Session(services.database.engine) as session, session.begin():
        session.execute(update(t.Observation).values(state="in_review"))
    assert service.write_finished_observation_copies().written == 1
    assert service.write_finished_observation_copies().written == 0  # still current
    with Session(services.database.engine) as session, session.begin():
        obs_id = session.query(t.Observation.id).scalar()
        session.add(t.Note(observation_id=obs_id, offset_seconds=600, text="Кеш қалған жазба"))
    assert service.write_finished_observation_copies().written == 1
    document = json.loads((service.copies_folder / f"{planned_uuid}.json").read_text("utf-8"))
    assert document["notes"][-1]["text"] == "Кеш қалған жазба"
