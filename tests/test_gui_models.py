"""Every list model passes Qt's own model tester, pages lazily, sorts and searches."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from observer.domain.people import name_key
from observer.gui.models import MenteeModel, ObservationModel, TargetModel, TemplateModel
from observer.gui.table_models import PagedTableModel
from observer.services.context import Services
from test_gui_helpers import add_observations, add_people, add_target, add_template

pytestmark = pytest.mark.gui

ASC = Qt.SortOrder.AscendingOrder
DESC = Qt.SortOrder.DescendingOrder


def _load_all(model: PagedTableModel[Any]) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def _texts(model: Any, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


@pytest.mark.parametrize("make", [MenteeModel, ObservationModel, TemplateModel, TargetModel])
def test_every_model_passes_the_tester_when_empty(
    qtmodeltester: Any, services: Services, make: Callable[[Services], Any]
) -> None:
    model = make(services)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


@pytest.fixture
def school(services: Services) -> Services:
    ids = add_people(services, 250)
    add_observations(services, ids[:40], 230)
    add_target(services, ids[0], "Use retrieval practice", due=None)
    add_target(services, ids[3], "Check understanding", status="achieved")
    return services


def test_mentee_model_pages_in_lazily(qtmodeltester: Any, school: Services) -> None:
    model = MenteeModel(school)
    assert model.total == 251  # 250 people and the observer
    assert model.rowCount() == MenteeModel.PAGE_SIZE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * MenteeModel.PAGE_SIZE
    qtmodeltester.check(model)
    _load_all(model)
    assert model.rowCount() == 251
    assert not model.canFetchMore(QModelIndex())


def test_mentee_model_sorts_by_every_column(qtmodeltester: Any, school: Services) -> None:
    everyone = school.people.page(limit=1000)
    model = MenteeModel(school)
    expected_first: list[tuple[Qt.SortOrder, Callable[[Any], Any]]] = [
        (ASC, lambda r: (name_key(r.full_name), r.id)),
        (DESC, lambda r: (r.role.value, -r.id)),  # ties: lowest id first
        (ASC, lambda r: (r.career_stage, r.id)),
        (ASC, lambda r: (r.subjects, r.id)),
        (DESC, lambda r: (r.observation_count, -r.id)),
        (DESC, lambda r: (r.active_target_count, -r.id)),
        (DESC, lambda r: (r.last_observed.timestamp() if r.last_observed else -1, -r.id)),
    ]
    for column, (order, key) in enumerate(expected_first):
        model.sort(column, order)
        pick = max if order == DESC else min
        assert model.row_at(0) == pick(everyone, key=key), model.headerData(
            column, Qt.Orientation.Horizontal
        )
        assert model.rowCount() == MenteeModel.PAGE_SIZE  # sorting starts paging afresh
    qtmodeltester.check(model)


def test_mentee_model_searches_any_script(qtmodeltester: Any, school: Services) -> None:
    model = MenteeModel(school)
    model.set_search("айгүл")
    assert _texts(model, 0) == ["Айгүл Нұрланқызы"]
    model.set_search("TEACHER 017")
    assert _texts(model, 0) == ["Teacher 017"]
    qtmodeltester.check(model)
    model.set_search("nobody like this")
    assert model.rowCount() == 0
    model.set_search("")
    assert model.total == 251


def test_observation_model_pages_sorts_and_searches(qtmodeltester: Any, school: Services) -> None:
    model = ObservationModel(school)
    assert model.total == 230
    assert model.rowCount() == ObservationModel.PAGE_SIZE
    qtmodeltester.check(model)
    _load_all(model)
    assert model.rowCount() == 230

    everything = school.observations.page(limit=1000)
    newest = max(everything, key=lambda r: (r.starts_at, r.id))
    model.sort(0, DESC)
    assert model.row_at(0) == newest
    expected_first: list[Callable[[Any], Any]] = [
        lambda r: (r.starts_at, -r.id),
        lambda r: (name_key(r.mentee_name), -r.id),
        lambda r: (name_key(r.observer_name), -r.id),
        lambda r: (r.subject, -r.id),
        lambda r: (r.class_name, -r.id),
        lambda r: (r.year_group, -r.id),
        lambda r: (r.template_name, -r.id),
        lambda r: (r.state.value, -r.id),
        lambda r: (r.note_count, -r.id),
    ]
    for column, key in enumerate(expected_first):
        model.sort(column, ASC)
        assert model.row_at(0) == min(everything, key=key), column
    assert model.data(model.index(0, 6)) in ("Coaching v2", "Teaching standards v1")

    model.set_search("Қазақ")
    assert model.total == len([r for r in everything if r.subject == "Қазақ тілі"])
    model.set_search("айгүл")
    assert {model.row_at(r).mentee_name for r in range(model.rowCount())} == {  # type: ignore[union-attr]
        "Айгүл Нұрланқызы"
    }
    qtmodeltester.check(model)


def test_template_model(qtmodeltester: Any, services: Services) -> None:
    add_template(services, "Walkthrough", 3)
    add_template(services, "Rubric for science", 1)
    model = TemplateModel(services)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.sort(0, ASC)
    assert _texts(model, 0) == ["Rubric for science", "Walkthrough"]
    model.sort(1, DESC)
    assert _texts(model, 1) == ["3", "1"]
    assert _texts(model, 2) == ["English", "English"]
    model.set_search("walk")
    assert _texts(model, 0) == ["Walkthrough"]


def test_target_model(qtmodeltester: Any, school: Services) -> None:
    model = TargetModel(school)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert set(_texts(model, 2)) == {"Active", "Achieved"}
    model.sort(1, ASC)
    assert _texts(model, 1) == ["Check understanding", "Use retrieval practice"]
    model.set_search("айгүл")
    assert _texts(model, 1) == ["Use retrieval practice"]
    qtmodeltester.check(model)
