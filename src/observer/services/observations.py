"""Observation records as lists show them, and planning a new one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from observer.domain.enums import ObservationState, Purpose
from observer.domain.observations import ObservationRow, check_transition
from observer.services.base import NotFound, Service
from observer.services.changes import Change, Topic
from observer.services.search import count_per_row, match_words
from observer.storage.tables import Note, Observation, Person, Template

Mentee = aliased(Person, name="mentee")
ObserverPerson = aliased(Person, name="observer_person")

_note_count = count_per_row(Note.id, Observation, Note.observation_id == Observation.id)

SORT_KEYS: dict[str, Any] = {
    "starts_at": Observation.starts_at,
    "mentee": Mentee.name_key,
    "observer": ObserverPerson.name_key,
    "subject": Observation.subject,
    "class_name": Observation.class_name,
    "year_group": Observation.year_group,
    "state": Observation.state,
    "template": Template.name,
    "notes": _note_count,
}


def _base(columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .select_from(Observation)
        .join(Mentee, Observation.mentee_id == Mentee.id)
        .outerjoin(ObserverPerson, Observation.observer_id == ObserverPerson.id)
        .join(Template, Observation.template_id == Template.id)
    )


@dataclass(frozen=True)
class ObservationFilter:
    """Which observations a list shows; the default is all of them."""

    search: str = ""
    mentee_id: int | None = None
    state: ObservationState | None = None
    starts_from: datetime | None = None  # inclusive
    starts_before: datetime | None = None  # exclusive

    def apply(self, stmt: Select[Any]) -> Select[Any]:
        if self.mentee_id is not None:
            stmt = stmt.where(Observation.mentee_id == self.mentee_id)
        if self.state is not None:
            stmt = stmt.where(Observation.state == self.state.value)
        if self.starts_from is not None:
            stmt = stmt.where(Observation.starts_at >= self.starts_from)
        if self.starts_before is not None:
            stmt = stmt.where(Observation.starts_at < self.starts_before)
        return match_words(
            stmt,
            self.search,
            Observation.subject,
            Observation.class_name,
            Observation.year_group,
            Observation.focus,
            folded=(Mentee.name_key,),
        )


class ObservationService(Service):
    def count(
        self,
        search: str = "",
        mentee_id: int | None = None,
        *,
        where: ObservationFilter | None = None,
    ) -> int:
        chosen = where or ObservationFilter(search=search, mentee_id=mentee_id)
        stmt = chosen.apply(_base([func.count(Observation.id)]))
        with self._read() as session:
            return int(session.scalar(stmt) or 0)

    def page(
        self,
        *,
        search: str = "",
        mentee_id: int | None = None,
        where: ObservationFilter | None = None,
        sort: str = "starts_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = 200,
    ) -> list[ObservationRow]:
        key = SORT_KEYS[sort]
        chosen = where or ObservationFilter(search=search, mentee_id=mentee_id)
        stmt = chosen.apply(_base(_COLUMNS))
        stmt = stmt.order_by(key.desc() if descending else key.asc(), Observation.id.desc())
        with self._read() as session:
            rows = session.execute(stmt.offset(offset).limit(limit)).all()
        return [_row(*r) for r in rows]

    def get(self, observation_id: int) -> ObservationRow:
        stmt = _base(_COLUMNS).where(Observation.id == observation_id)
        with self._read() as session:
            found = session.execute(stmt).first()
        if found is None:
            raise NotFound(f"No observation with id {observation_id}.")
        return _row(*found)

    def move_to(self, observation_id: int, wanted: ObservationState) -> ObservationRow:
        """Move an observation along planned → live → in review → released → … → closed."""
        with self._write() as session:
            observation = session.get(Observation, observation_id)
            if observation is None:
                raise NotFound(f"No observation with id {observation_id}.")
            current = ObservationState(observation.state)
            check_transition(current, wanted)
            observation.state = wanted.value
            now = datetime.now(UTC)
            if wanted is ObservationState.RELEASED:
                observation.released_at = now
            elif wanted is ObservationState.CLOSED:
                observation.closed_at = now
        self._bus.publish(Change(Topic.OBSERVATIONS, (observation_id,)))
        if current is ObservationState.LIVE:
            self._bus.publish(Change(Topic.LIVE_ENDED, (observation_id,)))
        return self.get(observation_id)

    def plan(
        self,
        *,
        mentee_id: int,
        template_id: int,
        starts_at: datetime,
        observer_id: int | None = None,
        subject: str = "",
        class_name: str = "",
        year_group: str = "",
        focus: str = "",
        purpose: Purpose = Purpose.DEVELOPMENTAL,
        time_zone: str = "UTC",
    ) -> ObservationRow:
        with self._write() as session:
            observation = Observation(
                mentee_id=mentee_id,
                observer_id=observer_id,
                template_id=template_id,
                starts_at=starts_at,
                time_zone=time_zone,
                subject=subject.strip(),
                class_name=class_name.strip(),
                year_group=year_group.strip(),
                focus=focus,
                purpose=purpose.value,
                state=ObservationState.PLANNED.value,
            )
            session.add(observation)
            session.flush()
            new_id = observation.id
        self._bus.publish(Change(Topic.OBSERVATIONS, (new_id,)))
        return self.get(new_id)


_COLUMNS = (
    Observation,
    Mentee.full_name,
    ObserverPerson.full_name,
    Template.name,
    Template.version,
    _note_count,
)


def _row(
    obs: Observation,
    mentee: str,
    observer: str | None,
    template: str,
    version: int,
    notes: int,
) -> ObservationRow:
    return ObservationRow(
        id=obs.id,
        uuid=obs.uuid,
        starts_at=obs.starts_at,
        mentee_id=obs.mentee_id,
        mentee_name=mentee,
        observer_name=observer or "",
        subject=obs.subject,
        class_name=obs.class_name,
        year_group=obs.year_group,
        focus=obs.focus,
        purpose=Purpose(obs.purpose),
        state=ObservationState(obs.state),
        template_name=template,
        template_version=version,
        note_count=int(notes or 0),
    )
