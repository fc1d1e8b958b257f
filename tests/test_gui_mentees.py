"""Adding, editing and deleting mentees through the real dialog, with undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from observer.domain.people import PersonDraft
from observer.gui.main_window import MENTEES, OBSERVATIONS, MainWindow
from observer.gui.mentee_dialog import MenteeDialog
from observer.services.context import Services
from test_gui_helpers import add_template, open_window, type_text

pytestmark = pytest.mark.gui

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    yield from open_window(qtbot, services)


def _new_dialog(window: MainWindow) -> MenteeDialog:
    window.new_action.trigger()
    dialog = window.editor.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _click_ok(qtbot: Any, dialog: MenteeDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _select_first(window: MainWindow) -> None:
    window.show_page(MENTEES)
    window.mentees.table.selectRow(0)
    assert window.delete_action.isEnabled()


def _names(services: Services) -> list[str]:
    return [p.full_name for p in services.people.page()]


def test_create_a_mentee_in_kazakh_then_undo_and_redo(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    dialog = _new_dialog(window)
    type_text(dialog.full_name, "Айгүл Нұрланқызы")
    dialog.role.setCurrentIndex(0)
    qtbot.keyClicks(dialog.email, "aigul@school.example")
    qtbot.keyClicks(dialog.subjects, "Maths")
    dialog.career_stage.setCurrentText("Жас маман")
    dialog.notes.setPlainText("Ұстаз — 😀 <b>not markup</b>")
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.editor.dialog is None)

    [row] = services.people.page()
    assert (row.full_name, row.email, row.subjects) == (
        "Айгүл Нұрланқызы",
        "aigul@school.example",
        "Maths",
    )
    assert row.career_stage == "Жас маман" and row.notes == "Ұстаз — 😀 <b>not markup</b>"
    assert not window.home.showing_welcome()  # home was on screen: it switched at once
    window.show_page(MENTEES)  # a hidden page catches up when it is shown
    assert window.mentees.model.rowCount() == 1

    window.undo_action.trigger()
    assert services.people.count() == 0
    assert window.mentees.showing_empty_state()
    window.redo_action.trigger()
    assert services.people.find_by_uuid(row.uuid).full_name == "Айгүл Нұрланқызы"


def test_an_empty_name_keeps_the_dialog_open(qtbot: Any, window: MainWindow) -> None:
    dialog = _new_dialog(window)
    assert not dialog.ok_button.isEnabled()
    assert dialog.error_label.text() == "A name is required."
    qtbot.keyClicks(dialog.full_name, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.full_name, "Sam Lee")
    assert dialog.ok_button.isEnabled() and dialog.error_label.text() == ""
    qtbot.keyClicks(dialog.email, "not an email")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "email" in dialog.error_label.text()
    dialog.reject()


def test_a_duplicate_name_asks_first(
    qtbot: Any, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.people.create(PersonDraft("Sarah Jones"))
    asked: list[str] = []
    answers = [No, Yes]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = _new_dialog(window)
    qtbot.keyClicks(dialog.full_name, "sarah   JONES")
    _click_ok(qtbot, dialog)
    assert dialog.isVisible() and services.people.count() == 1  # "No" keeps it open
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.editor.dialog is None)
    assert services.people.count() == 2
    assert asked[0] == (
        "There is already a mentee called Sarah Jones. Add another with the same name?"
    )


def test_edit_a_mentee_then_undo_and_redo(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    person = services.people.create(PersonDraft("Ольга Попова", subjects="Science"))
    _select_first(window)
    window.edit_action.trigger()
    dialog = window.editor.dialog
    assert dialog is not None and dialog.full_name.text() == "Ольга Попова"
    dialog.full_name.clear()
    type_text(dialog.full_name, "Ольга Попова-Ким")
    dialog.subjects.setText("Химия")
    _click_ok(qtbot, dialog)
    assert services.people.get(person.id).full_name == "Ольга Попова-Ким"
    assert window.mentees.model.data(window.mentees.model.index(0, 3)) == "Химия"

    window.undo_action.trigger()
    assert services.people.draft_of(person.id) == PersonDraft("Ольга Попова", subjects="Science")
    window.redo_action.trigger()
    assert services.people.get(person.id).subjects == "Химия"


def test_delete_a_mentee_then_undo_brings_them_back(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = services.people.create(PersonDraft("Ерлан Қасымов", email="e@school.example"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: No)
    _select_first(window)
    window.delete_action.trigger()
    assert services.people.count() == 1  # "No" deletes nothing

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Yes)
    window.delete_action.trigger()
    assert services.people.count() == 0
    assert window.mentees.showing_empty_state()
    assert "No mentees yet" in window.mentees.empty_label.text()

    window.undo_action.trigger()
    back = services.people.find_by_uuid(person.uuid)  # same identity as before
    assert (back.full_name, back.email) == ("Ерлан Қасымов", "e@school.example")
    window.redo_action.trigger()
    assert services.people.count() == 0
    window.undo_action.trigger()
    assert services.people.count() == 1


def test_delete_is_refused_while_the_mentee_has_observations(
    window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = services.people.create(PersonDraft("Dana Brown"))
    services.observations.plan(
        mentee_id=person.id,
        template_id=add_template(services),
        starts_at=datetime(2026, 5, 4, 9, 0, tzinfo=UTC),
    )
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warnings.append(text))
    _select_first(window)
    window.delete_action.trigger()
    assert services.people.count() == 1
    assert warnings == ["Dana Brown appears in 1 observation(s); remove or reassign those first."]
    assert window.ctx.undo.count() == 0


def test_search_box_filters_after_a_pause(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    for name in ("Айгүл Нұрланқызы", "Oliver Johnson", "Мария Волкова"):
        services.people.create(PersonDraft(name))
    window.show_page(MENTEES)
    page = window.mentees
    type_text(page.search_box, "АЙГҮЛ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.data(page.model.index(0, 0)) == "Айгүл Нұрланқызы"
    page.search_box.setText("zzz")
    page.apply_search()
    assert page.showing_empty_state()
    assert page.empty_label.text() == "No mentee matches “zzz”."
    page.search_box.clear()
    page.apply_search()
    assert page.model.rowCount() == 3


def test_delete_key_works_only_on_the_mentees_page(
    qtbot: Any, window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.people.create(PersonDraft("Ерлан Қасымов"))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Yes)
    _select_first(window)
    window.show_page(OBSERVATIONS)
    assert not window.delete_action.isEnabled() and not window.edit_action.isEnabled()
    window.show_page(MENTEES)
    assert window.delete_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.mentees.table.setFocus()
    qtbot.keyClick(window.mentees.table, Qt.Key.Key_Delete)
    assert services.people.count() == 0


def test_the_edited_row_stays_selected(qtbot: Any, window: MainWindow, services: Services) -> None:
    for name in ("Anna Smith", "Bob Jones", "Cara Lee"):
        services.people.create(PersonDraft(name))
    window.show_page(MENTEES)
    window.mentees.table.selectRow(1)
    bob = window.mentees.current_id()
    window.edit_action.trigger()
    dialog = window.editor.dialog
    assert dialog is not None
    dialog.subjects.setText("History")
    _click_ok(qtbot, dialog)
    assert services.people.get(bob).subjects == "History"  # type: ignore[arg-type]
    assert window.mentees.current_id() == bob


def test_the_list_shows_mentees_unless_asked_for_mentors_or_everyone(
    qtbot: Any, window: MainWindow, services: Services
) -> None:
    from observer.domain.enums import Role

    services.people.create(PersonDraft("Dana Mentee"))
    services.people.create(PersonDraft("Bolat Mentor", role=Role.MENTOR))
    window.show_page(MENTEES)
    page = window.mentees

    def shown() -> list[str]:
        return [page.model.row_at(r).full_name for r in range(page.model.rowCount())]

    assert shown() == ["Dana Mentee"]
    page.show_role(Role.MENTOR)
    assert shown() == ["Bolat Mentor"]
    page.show_role(None)
    assert shown() == ["Bolat Mentor", "Dana Mentee"]

    # A mentor added while only mentees are listed is shown and selected, not hidden.
    page.show_role(Role.MENTEE)
    dialog = _new_dialog(window)
    qtbot.keyClicks(dialog.full_name, "Aigerim Mentor")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MENTOR.value))
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: window.editor.dialog is None)
    assert "Aigerim Mentor" in shown()
    assert page.model.row_at(page.table.currentIndex().row()).full_name == "Aigerim Mentor"
