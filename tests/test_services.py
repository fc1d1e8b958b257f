"""Service rules: people, lists, paging, sorting, searching and change notices."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from observer.domain.enums import ObservationState, Role
from observer.domain.people import PersonDraft, PersonInvalid
from observer.services.base import NotFound
from observer.services.changes import Change, Topic
from observer.services.context import Services
from observer.services.people import PersonInUse
from observer.storage import tables as t


def add_template(services: Services) -> int:
    with services.database.engine.begin() as conn:
        result = conn.execute(
            insert(t.Template.__table__).values(
                uuid="0f0f0f0f-0000-4000-8000-000000000001",
                family_uuid="0f0f0f0f-0000-4000-8000-000000000002",
                name="Walkthrough",
                kind="ungraded",
            )
        )
        return int(result.inserted_primary_key[0])


def test_a_person_is_stored_exactly_as_typed_apart_from_spacing(services: Services) -> None:
    notes = "<b>&amp; 👩‍🏫\nline two"
    row = services.people.create(
        PersonDraft("  Әсел   Қайратқызы ", email=" asel@school.kz ", notes=notes)
    )
    assert row.full_name == "Әсел Қайратқызы"
    assert row.email == "asel@school.kz"
    assert services.people.get(row.id).notes == notes
    assert services.people.find_by_uuid(row.uuid).id == row.id


@pytest.mark.parametrize(
    ("draft", "message"),
    [
        (PersonDraft("   "), "name is required"),
        (PersonDraft("x" * 201), "at most 200"),
        (PersonDraft("Anna", email="not an email"), "email"),
    ],
)
def test_invalid_people_are_refused(services: Services, draft: PersonDraft, message: str) -> None:
    with pytest.raises(PersonInvalid, match=message):
        services.people.create(draft)
    assert services.people.count() == 0


def test_same_name_ignores_case_and_spacing_in_any_script(services: Services) -> None:
    first = services.people.create(PersonDraft("Ёжик Иванов"))
    assert [p.id for p in services.people.same_name("  ёжик   ИВАНОВ")] == [first.id]
    assert services.people.same_name("ёжик иванов", exclude_id=first.id) == []
    assert services.people.same_name("Ежик Иванов") == []  # Е and Ё are different letters


def test_edit_and_delete(services: Services) -> None:
    row = services.people.create(PersonDraft("Anna Smith"))
    edited = services.people.update(row.id, PersonDraft("Anna Smith-Jones", role=Role.MENTOR))
    assert (edited.full_name, edited.role, edited.uuid) == (
        "Anna Smith-Jones",
        Role.MENTOR,
        row.uuid,
    )
    services.people.delete(row.id)
    with pytest.raises(NotFound):
        services.people.get(row.id)
    with pytest.raises(NotFound):
        services.people.update(row.id, PersonDraft("Ghost"))


def test_deleted_person_comes_back_with_the_same_uuid(services: Services) -> None:
    row = services.people.create(PersonDraft("Dana Seitova"))
    services.people.delete(row.id)
    again = services.people.create(PersonDraft("Dana Seitova"), uuid=row.uuid)
    assert again.uuid == row.uuid


def test_a_mentee_with_observations_cannot_be_deleted(services: Services) -> None:
    mentee = services.people.create(PersonDraft("Oliver Brown"))
    services.observations.plan(
        mentee_id=mentee.id, template_id=add_template(services), starts_at=datetime.now(UTC)
    )
    with pytest.raises(PersonInUse, match="1 observation"):
        services.people.delete(mentee.id)
    assert services.people.get(mentee.id).observation_count == 1


def test_changes_are_announced_after_commit(services: Services) -> None:
    seen: list[Change] = []
    services.bus.subscribe(seen.append)
    row = services.people.create(PersonDraft("Grace Hughes"))
    services.people.update(row.id, PersonDraft("Grace Hughes"))
    services.people.delete(row.id)
    assert seen == [Change(Topic.PEOPLE, (row.id,))] * 3
    with pytest.raises(PersonInvalid):
        services.people.create(PersonDraft(""))
    assert len(seen) == 3  # nothing announced for a refused change


def test_people_page_search_and_sort(services: Services) -> None:
    names = [f"Teacher {i:03d}" for i in range(250)] + ["Айгүл Нұрланқызы", "Иван Петров"]
    for name in names:
        services.people.create(PersonDraft(name))
    assert services.people.count() == 252
    first = services.people.page(offset=0, limit=100)
    second = services.people.page(offset=100, limit=100)
    assert len(first) == len(second) == 100
    assert {p.id for p in first}.isdisjoint({p.id for p in second})
    assert [p.full_name for p in services.people.page(search="АЙГҮЛ")] == ["Айгүл Нұрланқызы"]
    # every word must match: "teacher" and "2"
    assert services.people.count(search="teacher 2") == sum("2" in n for n in names)
    assert services.people.count(search="100%") == 0  # wildcards are literal
    descending = services.people.page(sort="name", descending=True, limit=1)
    assert descending[0].full_name == "Иван Петров"


def test_observations_page_sorts_searches_and_counts_notes(services: Services) -> None:
    template = add_template(services)
    mentee = services.people.create(PersonDraft("Мария Иванова"))
    other = services.people.create(PersonDraft("Jack Taylor"))
    start = datetime(2026, 11, 2, 9, tzinfo=UTC)
    for day, (who, subject) in enumerate([(mentee, "Физика"), (other, "History"), (mentee, "Art")]):
        services.observations.plan(
            mentee_id=who.id,
            template_id=template,
            starts_at=start + timedelta(days=day),
            subject=subject,
        )
    newest_first = services.observations.page()
    assert [r.subject for r in newest_first] == ["Art", "History", "Физика"]
    assert newest_first[0].starts_at == start + timedelta(days=2)
    assert all(r.state is ObservationState.PLANNED and r.note_count == 0 for r in newest_first)
    by_mentee = services.observations.page(sort="mentee", descending=False)
    assert by_mentee[0].mentee_name == "Jack Taylor"
    assert services.observations.count(search="мария") == 2
    assert [r.subject for r in services.observations.page(search="физ")] == ["Физика"]
    assert services.observations.count(mentee_id=other.id) == 1


def test_observations_between_dates_and_by_state(services: Services) -> None:
    from observer.services.observations import ObservationFilter

    template = add_template(services)
    mentee = services.people.create(PersonDraft("Ерлан Оспанов"))
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    for days in (-3, 1, 5, 9):
        services.observations.plan(
            mentee_id=mentee.id, template_id=template, starts_at=now + timedelta(days=days)
        )
    week = ObservationFilter(
        state=ObservationState.PLANNED, starts_from=now, starts_before=now + timedelta(days=7)
    )
    soonest_first = services.observations.page(where=week, descending=False)
    assert [r.starts_at for r in soonest_first] == [
        now + timedelta(days=1),
        now + timedelta(days=5),
    ]
    assert services.observations.count(where=week) == 2
    assert services.observations.count(where=ObservationFilter(starts_before=now)) == 1
    closed = ObservationFilter(state=ObservationState.CLOSED)
    assert services.observations.page(where=closed) == []


def test_last_observed_ignores_lessons_still_planned(services: Services) -> None:
    template = add_template(services)
    mentee = services.people.create(PersonDraft("Ella Taylor"))
    services.observations.plan(
        mentee_id=mentee.id, template_id=template, starts_at=datetime.now(UTC) + timedelta(days=3)
    )
    row = services.people.get(mentee.id)
    assert row.observation_count == 1
    assert row.last_observed is None


def test_targets_counted_by_status(services: Services) -> None:
    from observer.services.demo import generate_demo

    generate_demo(services, seed=2, mentees=5, observations=0)
    every = services.targets.list()
    active = [t for t in every if t.status.value == "active"]
    from observer.domain.enums import TargetStatus

    assert services.targets.count() == len(every) > 0
    assert services.targets.count(status=TargetStatus.ACTIVE) == len(active)


def test_observations_move_along_their_path_and_announce_the_end_of_a_lesson(
    services: Services,
) -> None:
    from observer.domain.observations import TransitionError

    mentee = services.people.create(PersonDraft("Jack Wright"))
    lesson = services.observations.plan(
        mentee_id=mentee.id, template_id=add_template(services), starts_at=datetime.now(UTC)
    )
    seen: list[Change] = []
    services.bus.subscribe(seen.append)
    with pytest.raises(TransitionError, match="planned cannot become closed"):
        services.observations.move_to(lesson.id, ObservationState.CLOSED)
    assert services.observations.get(lesson.id).state is ObservationState.PLANNED
    assert seen == []

    services.observations.move_to(lesson.id, ObservationState.LIVE)
    assert Change(Topic.LIVE_ENDED, (lesson.id,)) not in seen
    row = services.observations.move_to(lesson.id, ObservationState.IN_REVIEW)
    assert row.state is ObservationState.IN_REVIEW
    assert seen[-1] == Change(Topic.LIVE_ENDED, (lesson.id,))
    services.observations.move_to(lesson.id, ObservationState.RELEASED)
    with pytest.raises(NotFound):
        services.observations.move_to(999, ObservationState.LIVE)
