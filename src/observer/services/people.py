"""Mentors and mentees: list, find, add, edit, remove."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, delete, func, or_, select

from observer.domain.enums import ObservationState, Role, TargetStatus
from observer.domain.people import PersonDraft, PersonRow, name_key
from observer.services.base import NotFound, Service
from observer.services.changes import Change, Topic
from observer.services.search import count_per_row, match_words, per_row
from observer.storage.tables import Observation, Person, Target


class PersonInUse(Exception):
    """A person cannot be removed while records depend on them."""


_observation_count = count_per_row(Observation.id, Person, Observation.mentee_id == Person.id)
# A planned lesson has not been observed yet, so it does not count here.
_last_observed = per_row(
    func.max(Observation.starts_at),
    Person,
    Observation.mentee_id == Person.id,
    Observation.state != ObservationState.PLANNED.value,
)
_active_targets = count_per_row(
    Target.id, Person, Target.mentee_id == Person.id, Target.status == TargetStatus.ACTIVE.value
)

SORT_KEYS: dict[str, Any] = {
    "name": Person.name_key,
    "role": Person.role,
    "career_stage": Person.career_stage,
    "subjects": Person.subjects,
    "observations": _observation_count,
    "last_observed": _last_observed,
    "active_targets": _active_targets,
}


class PeopleService(Service):
    def _filtered(self, stmt: Select[Any], search: str, role: Role | None) -> Select[Any]:
        if role is not None:
            stmt = stmt.where(Person.role == role.value)
        return match_words(stmt, search, Person.email, Person.subjects, folded=(Person.name_key,))

    def count(self, search: str = "", role: Role | None = None) -> int:
        stmt = self._filtered(select(func.count(Person.id)), search, role)
        with self._read() as session:
            return int(session.scalar(stmt) or 0)

    def page(
        self,
        *,
        search: str = "",
        role: Role | None = None,
        sort: str = "name",
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[PersonRow]:
        key = SORT_KEYS[sort]
        order = [key.desc() if descending else key.asc(), Person.id]
        stmt = self._filtered(
            select(Person, _observation_count, _active_targets, _last_observed), search, role
        )
        stmt = stmt.order_by(*order).offset(offset).limit(limit)
        with self._read() as session:
            return [_row(p, n, t, last) for p, n, t, last in session.execute(stmt)]

    def get(self, person_id: int) -> PersonRow:
        stmt = select(Person, _observation_count, _active_targets, _last_observed).where(
            Person.id == person_id
        )
        with self._read() as session:
            found = session.execute(stmt).first()
        if found is None:
            raise NotFound(f"No person with id {person_id}.")
        return _row(*found)

    def find_by_uuid(self, uuid: str) -> PersonRow:
        with self._read() as session:
            person_id = session.scalar(select(Person.id).where(Person.uuid == uuid))
        if person_id is None:
            raise NotFound(f"No person with UUID {uuid}.")
        return self.get(person_id)

    def same_name(self, full_name: str, *, exclude_id: int | None = None) -> list[PersonRow]:
        """People already stored under this name (ignoring case and spacing)."""
        stmt = select(Person.id).where(Person.name_key == name_key(full_name))
        if exclude_id is not None:
            stmt = stmt.where(Person.id != exclude_id)
        with self._read() as session:
            ids = list(session.scalars(stmt))
        return [self.get(i) for i in ids]

    def create(self, draft: PersonDraft, *, uuid: str | None = None) -> PersonRow:
        """Add a person; `uuid` brings back one removed earlier (undo keeps identity)."""
        clean = draft.cleaned()
        with self._write() as session:
            person = Person(**_columns(clean))
            if uuid is not None:
                person.uuid = uuid
            session.add(person)
            session.flush()
            new_id = person.id
        self._bus.publish(Change(Topic.PEOPLE, (new_id,)))
        return self.get(new_id)

    def update(self, person_id: int, draft: PersonDraft) -> PersonRow:
        clean = draft.cleaned()
        with self._write(Change(Topic.PEOPLE, (person_id,))) as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(f"No person with id {person_id}.")
            for column, value in _columns(clean).items():
                setattr(person, column, value)
        return self.get(person_id)

    def delete(self, person_id: int) -> None:
        with self._write(Change(Topic.PEOPLE, (person_id,))) as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFound(f"No person with id {person_id}.")
            observed = session.scalar(
                select(func.count(Observation.id)).where(
                    or_(Observation.mentee_id == person_id, Observation.observer_id == person_id)
                )
            )
            if observed:
                raise PersonInUse(
                    f"{person.full_name} appears in {observed} observation(s); "
                    "remove or reassign those first."
                )
            session.execute(delete(Person).where(Person.id == person_id))

    def draft_of(self, person_id: int) -> PersonDraft:
        row = self.get(person_id)
        return PersonDraft(
            full_name=row.full_name,
            role=row.role,
            email=row.email,
            career_stage=row.career_stage,
            subjects=row.subjects,
            notes=row.notes,
        )


def _columns(draft: PersonDraft) -> dict[str, Any]:
    return {
        "full_name": draft.full_name,
        "name_key": name_key(draft.full_name),
        "role": draft.role.value,
        "email": draft.email,
        "career_stage": draft.career_stage,
        "subjects": draft.subjects,
        "notes": draft.notes,
    }


def _row(person: Person, observations: int, targets: int, last: Any) -> PersonRow:
    return PersonRow(
        id=person.id,
        uuid=person.uuid,
        full_name=person.full_name,
        role=Role(person.role),
        email=person.email,
        career_stage=person.career_stage,
        subjects=person.subjects,
        notes=person.notes,
        observation_count=int(observations or 0),
        active_target_count=int(targets or 0),
        last_observed=last,
    )
