"""The main window: first run, navigation, About, saved layout, a database that will not open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import observer
from observer.domain.people import PersonDraft
from observer.gui.app import run_gui
from observer.gui.main_window import HOME, MENTEES, MainWindow
from observer.services.context import Services, sqlite_url
from test_gui_helpers import open_window

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: Any, services: Services) -> Iterator[MainWindow]:
    yield from open_window(qtbot, services)


def test_an_empty_database_opens_on_the_welcome_screen(window: MainWindow) -> None:
    assert window.current_page() == HOME
    assert window.home.showing_welcome()
    assert window.home.welcome.add_button.text() == "Add your first mentee"
    assert window.home.welcome.demo_button.text() == "Start with demo data"
    assert window.mentees.showing_empty_state()
    assert "No mentees yet" in window.mentees.empty_label.text()
    assert window.templates.showing_empty_state()
    assert "0 people" in window.counts_label.text()
    assert str(window.ctx.services.db_path) in window.db_label.text()


def test_add_your_first_mentee_opens_the_dialog(qtbot: Any, window: MainWindow) -> None:
    qtbot.mouseClick(window.home.welcome.add_button, Qt.MouseButton.LeftButton)
    dialog = window.editor.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New mentee"
    qtbot.keyClicks(dialog.full_name, "Sam Lee")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    # Data appeared: home switches from the welcome screen to the overview.
    assert not window.home.showing_welcome()
    assert window.home.overview.mentees.value.text() == "1"
    assert "1 people" in window.counts_label.text()


def test_demo_data_fills_every_page(qtbot: Any, window: MainWindow) -> None:
    pytest.importorskip("observer.services.demo")
    qtbot.mouseClick(window.home.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert not window.home.showing_welcome()
    assert int(window.home.overview.observations.value.text()) > 0
    pages = (window.mentees, window.observations, window.templates, window.targets)
    for number, page in enumerate(pages, start=MENTEES):
        window.show_page(number)
        assert not page.showing_empty_state()
        assert page.model.rowCount() > 0


def test_shortcuts_switch_pages(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for number in (2, 3, 4, 5, 1):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_page() == number - 1
        assert window.navigation.currentRow() == number - 1
    window.page_actions[MENTEES].trigger()
    assert window.pages.currentWidget() is window.mentees
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, 6)
    ]


def test_about_names_version_database_and_licence(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.about_action.trigger()
    [text] = shown
    assert f"Observer {observer.__version__}" in text
    assert str(window.ctx.services.db_path) in text
    assert "MIT licence" in text


def test_window_geometry_and_page_persist(
    qtbot: Any, services: Services, private_home: Path
) -> None:
    services.people.create(PersonDraft("Sam Lee"))
    first = next(iter_window := open_window(qtbot, services))
    first.resize(761, 541)
    first.show_page(MENTEES)
    qtbot.waitUntil(lambda: first.size().width() == 761)
    iter_window.close()  # closes the window, which saves its layout

    config = private_home / "config"
    assert (config / "window.ini").exists() and (config / "settings.ini").exists()
    assert "geometry" not in (config / "settings.ini").read_text()

    second = next(again := open_window(qtbot, services))
    assert (second.width(), second.height()) == (761, 541)
    assert second.current_page() == MENTEES
    again.close()


def test_a_database_that_will_not_open_is_reported(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "not-observer.sqlite"
    bad.write_bytes(b"this is a letter, not a database" * 100)
    before = sorted(tmp_path.rglob("*"))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *_a: shown.append((title, text))
    )
    assert run_gui(sqlite_url(bad), ["observer"]) == 1
    [(title, text)] = shown
    assert "cannot open" in title
    assert str(bad) in text
    assert sorted(tmp_path.rglob("*")) == before  # nothing created beside it
    assert bad.read_bytes() == b"this is a letter, not a database" * 100


def test_keyboard_new_mentee_and_escape(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.editor.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.full_name, "Sam Lee")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editor.dialog is None)
    assert window.ctx.services.people.count() == 0


def test_long_names_on_home_shorten_instead_of_widening_the_window(
    qtbot: Any, services: Services
) -> None:
    from datetime import UTC, datetime, timedelta

    from test_gui_helpers import add_template

    long_name = "Әсел " + "Қайратқызы-" * 12
    mentee = services.people.create(PersonDraft(long_name))
    services.observations.plan(
        mentee_id=mentee.id,
        template_id=add_template(services),
        starts_at=datetime.now(UTC) + timedelta(days=1),
        subject="Қазақ әдебиеті",
    )
    window = next(open_window(qtbot, services))
    window.show_page(HOME)
    assert any(long_name in text for text in window.home.overview.upcoming.texts)
    assert window.minimumSizeHint().width() < 1000
