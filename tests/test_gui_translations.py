"""Russian and Kazakh: complete .ts files, .qm files built from them, and the window in each.

Every test that installs a translation removes it again, so the shared QApplication
is back in English for the tests that follow.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from observer.gui import app as app_module
from observer.gui.app import run_gui
from observer.gui.formatting import local_date
from observer.gui.main_window import MENTEES, MainWindow
from observer.gui.translations import (
    Translation,
    available_languages,
    install_translation,
    ui_language,
)
from observer.services.context import Services, sqlite_url
from test_gui_helpers import open_window

pytestmark = pytest.mark.gui

FOLDER = Path(__file__).resolve().parents[1] / "resources" / "translations"
LANGUAGES = ("ru", "kk")
NAVIGATION = {
    "en": ["Home", "Mentees", "Observations", "Templates", "Targets"],
    "ru": ["Главная", "Наставляемые", "Наблюдения", "Шаблоны", "Цели развития"],
    "kk": ["Басты бет", "Тәлім алушылар", "Бақылаулар", "Үлгілер", "Мақсаттар"],
}
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&([^&\s])")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta)\+\w+")
TAG = re.compile(r"</?\w+[^>]*>")


def messages(language: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) for each current message of one .ts file."""
    root = ET.parse(FOLDER / f"observer_{language}.ts").getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), translation)
        for context in root.iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") not in ("vanished", "obsolete")
    ]


def english(context: str, text: str) -> bool:
    return QCoreApplication.translate(context, text) == text


# -- the .ts and .qm files -------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    found = messages(language)
    assert len(found) > 100, "lupdate saw too few strings: did it read through the _tr helpers?"
    contexts = {context for context, _source, _translation in found}
    assert {"MainWindow", "HomePage", "MenteesPage", "Models", "MenteeForm"} <= contexts
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in found
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert not unfinished, f"untranslated in observer_{language}.ts (run update.sh): {unfinished}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_shortcuts_markup_and_accelerators_survive(language: str) -> None:
    problems = []
    for context, source, translation in messages(language):
        text = translation.text or ""
        for pattern in (PLACEHOLDER, SHORTCUT, TAG):
            if sorted(pattern.findall(source)) != sorted(pattern.findall(text)):
                problems.append(f"{context}: {source!r} -> {text!r} ({pattern.pattern})")
        if len(ACCELERATOR.findall(source)) != len(ACCELERATOR.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} (one & accelerator)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_kazakh_and_russian_are_written_in_their_own_letters(language: str) -> None:
    letters = set(" ".join(translation.text or "" for _c, _s, translation in messages(language)))
    kazakh_only = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    if language == "kk":
        assert set("әғқңөұүі") <= letters  # Cyrillic Kazakh, not Russian look-alikes
    else:
        assert not kazakh_only & letters
    assert set("аеиоуыя") <= letters


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_loads_and_translates(language: str) -> None:
    translator = QTranslator()
    assert translator.load((FOLDER / f"observer_{language}.qm").read_bytes())
    assert translator.translate("MainWindow", "Home") == NAVIGATION[language][0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_is_compiled_from_the_current_ts(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / f"observer_{language}.qm"
    subprocess.run(
        [lrelease, "-silent", str(FOLDER / f"observer_{language}.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    committed = FOLDER / f"observer_{language}.qm"
    assert fresh.read_bytes() == committed.read_bytes(), "stale .qm: run update.sh"


# -- choosing the language -------------------------------------------------------------------


def test_available_languages() -> None:
    assert available_languages() == ["en", "kk", "ru"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ru", "ru"),
        ("ru_RU.UTF-8", "ru"),
        ("KK", "kk"),
        ("kk-KZ", "kk"),
        ("kz", "kk"),
        ("en", "en"),
        ("de", "en"),
        ("klingon", "en"),
    ],
)
def test_observer_lang_picks_the_language(
    value: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OBSERVER_LANG", value)
    assert ui_language(system=QLocale(QLocale.Language.Russian)) == expected


def test_without_observer_lang_the_system_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OBSERVER_LANG", raising=False)
    assert ui_language(system=QLocale(QLocale.Language.Kazakh)) == "kk"
    assert ui_language(system=QLocale(QLocale.Language.Russian)) == "ru"
    assert ui_language(system=QLocale(QLocale.Language.German)) == "en"
    assert ui_language(system=QLocale.c()) == "en"


def test_removing_a_translation_restores_english_and_the_locale(qapp: Any) -> None:
    before = QLocale().name()
    with install_translation("kk") as translation:
        assert translation.language == "kk"
        assert len(translation.translators) == 2  # Observer's and Qt's own
        assert QCoreApplication.translate("MainWindow", "Home") == "Басты бет"
        assert QLocale().language() == QLocale.Language.Kazakh
    assert translation.translators == []
    assert english("MainWindow", "Home")
    assert QLocale().name() == before


def test_english_installs_nothing(qapp: Any) -> None:
    with install_translation("en") as translation:
        assert translation.translators == []
        assert english("MainWindow", "Home")


# -- the window in each language -------------------------------------------------------------


@pytest.fixture
def translation(
    request: pytest.FixtureRequest, qapp: Any, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Translation]:
    monkeypatch.setenv("OBSERVER_LANG", request.param)
    installed = install_translation()
    try:
        yield installed
    finally:
        installed.remove()
    assert english("MainWindow", "Home"), "a translator outlived its test"


@pytest.fixture
def window(qtbot: Any, translation: Translation, services: Services) -> Iterator[MainWindow]:
    yield from open_window(qtbot, services)


@pytest.mark.parametrize("translation", ["ru", "kk", "en"], indirect=True)
def test_navigation_speaks_the_chosen_language(
    translation: Translation, window: MainWindow
) -> None:
    shown = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert shown == NAVIGATION[translation.language]
    assert [a.text() for a in window.page_actions] == shown
    english_button = window.home.welcome.add_button.text() == "Add your first mentee"
    assert english_button == (translation.language == "en")


@pytest.mark.parametrize("translation", ["ru", "kk"], indirect=True)
def test_menu_accelerators_are_unique(translation: Translation, window: MainWindow) -> None:
    def keys(texts: list[str]) -> list[str]:
        return [m[1].casefold() for t in texts if (m := ACCELERATOR.search(t))]

    titles = [action.text() for action in window.menuBar().actions()]
    assert len(keys(titles)) == len(titles) == len(set(keys(titles)))
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        entries = keys([a.text() for a in menu.actions() if not a.isSeparator()])
        assert len(entries) == len(set(entries)), f"{action.text()}: {entries}"


@pytest.mark.parametrize("translation", ["ru"], indirect=True)
def test_russian_mentees_page_and_dates(translation: Translation, window: MainWindow) -> None:
    window.show_page(MENTEES)
    assert window.mentees.search_box.placeholderText().startswith("Поиск")
    assert [window.mentees.role_filter.itemText(i) for i in range(3)] == [
        "Наставляемые",
        "Наставники",
        "Все",
    ]
    assert window.mentees.model.headerData(0, Qt.Orientation.Horizontal) == "Имя"
    assert "дек" in local_date(date(2026, 12, 2))


@pytest.mark.parametrize("translation", ["kk"], indirect=True)
def test_kazakh_mentee_dialog_form_and_buttons(
    translation: Translation, window: MainWindow
) -> None:
    dialog = window.editor.add()
    assert dialog.windowTitle() == "Жаңа тәлім алушы"
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert "&Аты-жөні *" in labels  # from the Designer form, via QUiLoader
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Бас тарту"  # Qt's own qtbase_kk translation
    assert dialog.role.itemText(0) == "Тәлім алушы"
    dialog.reject()


def test_run_gui_runs_in_the_chosen_language_and_leaves_english_behind(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OBSERVER_LANG", "ru")
    seen: list[str] = []

    def session(_app: Any, _db_url: str) -> int:
        seen.append(QCoreApplication.translate("App", "Observer cannot open its database"))
        return 7

    monkeypatch.setattr(app_module, "_open_and_run", session)
    assert run_gui(sqlite_url(tmp_path / "school.sqlite"), ["observer"]) == 7
    assert seen == ["Observer не может открыть базу данных"]
    assert english("App", "Observer cannot open its database")
