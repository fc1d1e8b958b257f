"""Backups, damage checks and restore, as the window and the command line use them.

Everything a front end needs about keeping a database safe is reachable from here
(front ends may not import observer.storage): BackupService for the open database,
plus the file-level functions (examine, set_aside, restore_backup, …) that work on a
closed, possibly damaged, file.

Beside the database copies, every finished observation (not planned or live) is
also written as a readable JSON file, ``backups/observations/<uuid>.json``, so the
notes can be read even if every database copy were lost.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, aliased

from observer import __version__
from observer.domain.enums import ObservationState
from observer.files import private_text_file, sync_directory
from observer.paths import backups_dir, ensure_private_dir
from observer.services.base import NotFound, Service
from observer.services.changes import Change, ChangeBus
from observer.storage.backup import (
    BackupFailed,
    BackupInfo,
    RetentionPolicy,
    counts,
    create_backup,
    list_backups,
    newest_verified_backup,
    restore_backup,
    rotate_backups,
    verify_backup,
)
from observer.storage.database import DatabaseProblem
from observer.storage.health import (
    DamagedDatabase,
    Examination,
    FileHealth,
    database_in_use,
    examine,
    has_leftover_wal,
    set_aside,
)
from observer.storage.tables import Criterion as CriterionRow
from observer.storage.tables import (
    FeedbackItem,
    LessonPhase,
    MenteeResponse,
    Note,
    Observation,
    Person,
    ScaleLevel,
    Score,
    Template,
)

__all__ = [
    "COPIES_DIR",
    "BackupFailed",
    "BackupInfo",
    "BackupService",
    "DamagedDatabase",
    "DatabaseProblem",
    "Examination",
    "FileHealth",
    "RetentionPolicy",
    "backups_dir",
    "counts",
    "database_in_use",
    "examine",
    "has_leftover_wal",
    "list_backups",
    "newest_verified_backup",
    "restore_backup",
    "set_aside",
    "verify_backup",
]

COPIES_DIR = "observations"  # inside the backups folder
COPY_FORMAT = "observer-observation-copy"
_UNFINISHED = (ObservationState.PLANNED.value, ObservationState.LIVE.value)
_CHUNK = 400  # observations per query when writing copies


@dataclass(frozen=True)
class CopiesWritten:
    written: int
    folder: Path


class BackupService(Service):
    """Backups of the open SQLite database file, and readable copies of observations.

    Safe to call from a worker thread (one backup at a time; each call opens its own
    connections). Changes announced on the bus mark the database as changed since
    the last backup; a new service counts as changed, so the first
    backup_if_changed() of a session (at start-up) always takes one.
    """

    def __init__(
        self,
        engine: Engine,
        bus: ChangeBus,
        db_path: Path,
        policy: RetentionPolicy | None = None,
    ) -> None:
        super().__init__(engine, bus)
        self.db_path = Path(db_path)
        self.policy = policy or RetentionPolicy()
        self._lock = threading.Lock()
        self._changed = True
        bus.subscribe(self._on_change)

    def _on_change(self, _change: Change) -> None:
        self._changed = True

    @property
    def changed_since_backup(self) -> bool:
        return self._changed

    @property
    def folder(self) -> Path:
        return backups_dir(self.db_path)

    def list(self) -> list[BackupInfo]:
        return list_backups(self.db_path)

    def backup_now(self, reason: str = "manual", *, now: datetime | None = None) -> BackupInfo:
        """Take a verified backup, rotate old ones, refresh the observation copies."""
        with self._lock:
            self._changed = False
            try:
                info = create_backup(self.db_path, reason, now=now)
            except BaseException:
                self._changed = True
                raise
            rotate_backups(self.db_path, self.policy, now=now or info.created_at)
            try:
                self.write_finished_observation_copies()
            except OSError as exc:
                raise BackupFailed(
                    f"The backup {info.path.name} was taken, but the readable copies of "
                    f"observations could not be written: {exc.strerror or exc}."
                ) from exc
            return info

    def backup_if_changed(
        self, reason: str = "automatic", *, now: datetime | None = None
    ) -> BackupInfo | None:
        """A backup only if something was committed since the last one; else None."""
        if not self._changed:
            return None
        return self.backup_now(reason, now=now)

    def import_json(self, path: Path) -> dict[str, int]:
        """An exchange-file import, with a backup first when the database holds people."""
        from observer.services.exchange import ExchangeService

        with self._read() as session:
            has_people = bool(session.scalar(select(func.count()).select_from(Person)))
        if has_people:
            self.backup_now("before-import")
        return ExchangeService(self._engine, self._bus).import_file(path)

    # ---- readable copies -----------------------------------------------------------

    @property
    def copies_folder(self) -> Path:
        return self.folder / COPIES_DIR

    def copy_path(self, observation_uuid: str) -> Path:
        return self.copies_folder / f"{observation_uuid}.json"

    def write_observation_copy(self, observation_id: int) -> Path:
        """Write one observation (notes, scores, feedback, …) as a readable JSON file."""
        with self._read() as session:
            documents = _documents(session, [observation_id])
        if not documents:
            raise NotFound(f"No observation with id {observation_id}.")
        uuid, document, _changed = documents[0]
        folder = ensure_private_dir(ensure_private_dir(self.folder) / COPIES_DIR)
        path = _write_json(folder, uuid, document)
        sync_directory(folder)
        return path

    def write_finished_observation_copies(self) -> CopiesWritten:
        """A copy of every finished observation whose copy is missing or out of date."""
        with self._read() as session:
            stale = [
                obs_id
                for obs_id, uuid, changed in _finished(session)
                if not _copy_is_current(self.copy_path(uuid), changed)
            ]
            if not stale:
                return CopiesWritten(0, self.copies_folder)
            folder = ensure_private_dir(ensure_private_dir(self.folder) / COPIES_DIR)
            written = 0
            for start in range(0, len(stale), _CHUNK):
                for uuid, document, changed in _documents(session, stale[start : start + _CHUNK]):
                    path = _write_json(folder, uuid, document)
                    _stamp(path, changed)
                    written += 1
        sync_directory(folder)
        return CopiesWritten(written, folder)


# ---- building the readable copies -------------------------------------------------------


def _ns(moment: datetime) -> int:
    return int(moment.timestamp()) * 1_000_000_000 + moment.microsecond * 1000


def _copy_is_current(path: Path, changed: datetime) -> bool:
    try:
        return path.stat().st_mtime_ns >= _ns(changed)
    except OSError:
        return False


def _stamp(path: Path, changed: datetime) -> None:
    """The copy's modification time is the observation's last change as read, so any
    later change (even one made while the copy was being written) makes it out of date."""
    ns = _ns(changed)
    os.utime(path, ns=(ns, ns))


def _latest(*moments: datetime | None) -> datetime:
    present = [m for m in moments if m is not None]
    return max(present) if present else datetime.min.replace(tzinfo=UTC)


def _finished(session: Session) -> Iterator[tuple[int, str, datetime]]:
    """(id, uuid, last change) of every observation that is neither planned nor live."""
    last_note = (
        select(Note.observation_id, func.max(Note.updated_at).label("changed"))
        .group_by(Note.observation_id)
        .subquery()
    )
    stmt = (
        select(Observation.id, Observation.uuid, Observation.updated_at, last_note.c.changed)
        .outerjoin(last_note, last_note.c.observation_id == Observation.id)
        .where(Observation.state.not_in(_UNFINISHED))
        .order_by(Observation.id)
    )
    for obs_id, uuid, updated, noted in session.execute(stmt):
        yield obs_id, uuid, _latest(updated, noted)


def _text(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat() if moment is not None else None


def _documents(session: Session, ids: list[int]) -> list[tuple[str, dict[str, Any], datetime]]:
    """(uuid, JSON document, last change) for observations, read in a few queries."""
    mentee = aliased(Person)
    observer = aliased(Person)
    rows = session.execute(
        select(Observation, mentee, observer, Template)
        .join(mentee, mentee.id == Observation.mentee_id)
        .outerjoin(observer, observer.id == Observation.observer_id)
        .join(Template, Template.id == Observation.template_id)
        .where(Observation.id.in_(ids))
        .order_by(Observation.id)
    ).all()
    notes: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    last_note: dict[int, datetime] = {}
    note_rows = session.execute(  # plain columns: far cheaper than ORM objects for many notes
        select(Note.observation_id, Note.offset_seconds, Note.kind, Note.text)
        .add_columns(Note.created_at, Note.updated_at)
        .where(Note.observation_id.in_(ids))
        .order_by(Note.offset_seconds, Note.id)
    )
    for obs_id, offset, kind, text, created, updated in note_rows:
        notes[obs_id].append(
            {
                "clock": f"{offset // 60:02d}:{offset % 60:02d}",
                "offset_seconds": offset,
                "kind": kind,
                "text": text,
                "written_at": _text(created),
            }
        )
        seen = last_note.get(obs_id)
        if seen is None or updated > seen:
            last_note[obs_id] = updated
    phases: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for phase in session.scalars(
        select(LessonPhase)
        .where(LessonPhase.observation_id.in_(ids))
        .order_by(LessonPhase.offset_seconds, LessonPhase.id)
    ):
        phases[phase.observation_id].append(
            {"offset_seconds": phase.offset_seconds, "name": phase.name}
        )
    scores: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for score, criterion, level in session.execute(
        select(Score, CriterionRow, ScaleLevel)
        .join(CriterionRow, CriterionRow.id == Score.criterion_id)
        .outerjoin(ScaleLevel, ScaleLevel.id == Score.level_id)
        .where(Score.observation_id.in_(ids))
        .order_by(CriterionRow.position, Score.id)
    ):
        scores[score.observation_id].append(
            {
                "criterion": criterion.code,
                "criterion_title": criterion.title,
                "level": level.position if level is not None else None,
                "level_label": level.label if level is not None else None,
                "comment": score.comment,
                "rationale": score.rationale,
            }
        )
    feedback: dict[int, list[dict[str, Any]]] = {i: [] for i in ids}
    for item in session.scalars(
        select(FeedbackItem)
        .where(FeedbackItem.observation_id.in_(ids))
        .order_by(FeedbackItem.position, FeedbackItem.id)
    ):
        feedback[item.observation_id].append({"kind": item.kind, "text": item.text})
    responses = {
        r.observation_id: {
            "reflection": r.reflection,
            "acknowledged_on": r.acknowledged_on.isoformat() if r.acknowledged_on else None,
        }
        for r in session.scalars(
            select(MenteeResponse).where(MenteeResponse.observation_id.in_(ids))
        )
    }
    documents = []
    for obs, who, by, template in rows:
        document = {
            "format": COPY_FORMAT,
            "version": 1,
            "app_version": __version__,
            "observation": {
                "uuid": obs.uuid,
                "starts_at": _text(obs.starts_at),
                "time_zone": obs.time_zone,
                "state": obs.state,
                "purpose": obs.purpose,
                "subject": obs.subject,
                "class_name": obs.class_name,
                "year_group": obs.year_group,
                "focus": obs.focus,
                "released_at": _text(obs.released_at),
                "closed_at": _text(obs.closed_at),
                "updated_at": _text(obs.updated_at),
            },
            "mentee": {"uuid": who.uuid, "full_name": who.full_name},
            "observer": {"uuid": by.uuid, "full_name": by.full_name} if by is not None else None,
            "template": {"uuid": template.uuid, "name": template.name, "version": template.version},
            "phases": phases[obs.id],
            "notes": notes[obs.id],
            "scores": scores[obs.id],
            "feedback": feedback[obs.id],
            "mentee_response": responses.get(obs.id),
        }
        changed = _latest(obs.updated_at, last_note.get(obs.id))
        documents.append((obs.uuid, document, changed))
    return documents


def _readable_json(document: dict[str, Any]) -> str:
    """One key a line and one note (or score, feedback point) a line: easy to read and
    to diff, and written by json's fast C encoder (which indent= would turn off)."""

    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value:
            items = ",\n  ".join(dumps(item) for item in value)
            lines.append(f" {dumps(key)}: [\n  {items}\n ]")
        else:
            lines.append(f" {dumps(key)}: {dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _write_json(folder: Path, uuid: str, document: dict[str, Any]) -> Path:
    """Atomically (temp file + fsync + rename), readable by the user alone (0600)."""
    path = folder / f"{uuid}.json"
    with private_text_file(path) as out:
        out.write(_readable_json(document))
    return path
