"""Helpers shared by the GUI tests (this module holds no tests of its own).

Tests may write records the services cannot create yet (templates, targets)
straight through SQLAlchemy; the application code never does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from observer.domain.people import PersonDraft
from observer.gui.context import AppContext
from observer.gui.main_window import MainWindow
from observer.services.context import Services
from observer.storage.tables import Target, Template

pytestmark = pytest.mark.gui

BASE_TIME = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def add_template(services: Services, name: str = "Teaching standards", version: int = 1) -> int:
    with Session(services.database.engine) as session, session.begin():
        template = Template(
            family_uuid=f"00000000-0000-4000-8000-{version:012d}",
            version=version,
            name=name,
            kind="rubric",
            language="en",
        )
        session.add(template)
        session.flush()
        return template.id


def add_target(
    services: Services, mentee_id: int, title: str, status: str = "active", due: date | None = None
) -> int:
    with Session(services.database.engine) as session, session.begin():
        target = Target(mentee_id=mentee_id, title=title, status=status, due_on=due)
        session.add(target)
        session.flush()
        return target.id


def add_people(services: Services, count: int) -> list[int]:
    """`count` varied people, including a Kazakh name, through the real service."""
    stages = ["Trainee", "ECT year 1", "Experienced teacher", "Middle leader", ""]
    subjects = ["Mathematics", "Қазақ тілі", "Русский язык", "Physics", "Art"]
    ids = [services.people.create(PersonDraft("Айгүл Нұрланқызы", subjects="Қазақ тілі")).id]
    for n in range(1, count):
        draft = PersonDraft(
            full_name=f"Teacher {n:03d}",
            email=f"t{n}@school.example",
            career_stage=stages[n % len(stages)],
            subjects=subjects[(n * 7) % len(subjects)],
        )
        ids.append(services.people.create(draft).id)
    return ids


def add_observations(services: Services, mentee_ids: list[int], count: int) -> None:
    standards = add_template(services, "Teaching standards")
    templates = [standards, add_template(services, "Coaching", 2)]
    observer = services.people.create(PersonDraft("Ava Evans")).id
    for n in range(count):
        services.observations.plan(
            mentee_id=mentee_ids[(n * 5) % len(mentee_ids)],
            template_id=templates[n % 2],
            observer_id=observer,
            starts_at=BASE_TIME + timedelta(hours=7 * n),
            subject=["Physics", "Art", "Қазақ тілі"][n % 3],
            class_name=f"{7 + n % 5}{'ABC'[n % 3]}",
            year_group=f"Year {7 + n % 6}",
        )


def open_window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    """A shown main window over `services`; closed and disconnected afterwards."""
    ctx = AppContext.build(services)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        yield window
    finally:
        window.close()
        ctx.close()


def type_text(widget: QWidget, text: str) -> None:
    """Type any Unicode, one key event per character (keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
