"""The interface language: Observer's own translations, plus Qt's for standard buttons.

OBSERVER_LANG ("ru", "kk", "en", also "ru_RU.UTF-8" and the like) picks the language;
without it the system's UI languages decide. Anything Observer has no translation for
shows the English the code is written in. The compiled .qm files ship inside the
package (resources/translations, rebuilt by update.sh there) and are read as bytes, so
this works from a checkout, a wheel or a frozen bundle alike.
"""

from __future__ import annotations

import os
import re
from importlib.resources import files
from importlib.resources.abc import Traversable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

ENV_VAR = "OBSERVER_LANG"
SOURCE_LANGUAGE = "en"
_ALIASES = {"kz": "kk"}  # Kazakhstan's country code, a common slip for the language


def _translations_folder() -> Traversable:
    return files("observer.resources") / "translations"


def available_languages() -> list[str]:
    """English plus every language with a compiled observer_<code>.qm."""
    codes = {SOURCE_LANGUAGE}
    for entry in _translations_folder().iterdir():
        match = re.fullmatch(r"observer_(\w+)\.qm", entry.name)
        if match:
            codes.add(match[1])
    return sorted(codes)


def _code(name: str) -> str:
    """The language part of a locale name: ru_RU.UTF-8 → ru, kk-KZ → kk, RU → ru."""
    code = re.split(r"[-_.@]", name.strip(), maxsplit=1)[0].lower()
    return _ALIASES.get(code, code)


def ui_language(requested: str | None = None, system: QLocale | None = None) -> str:
    """The language to show: `requested` (default: $OBSERVER_LANG), else the system's."""
    available = available_languages()
    if requested is None:
        requested = os.environ.get(ENV_VAR, "")
    if requested.strip():
        code = _code(requested)
        return code if code in available else SOURCE_LANGUAGE
    for name in (system or QLocale.system()).uiLanguages():
        code = _code(name)
        if code in available:
            return code
    return SOURCE_LANGUAGE


class Translation:
    """Translators installed on the application; `remove()` (or a `with` block) undoes it."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translators: list[QTranslator] = []
        self._data: list[bytes] = []  # QTranslator reads loaded bytes in place: keep them
        self._previous_locale: QLocale | None = None

    def remove(self) -> None:
        for translator in reversed(self.translators):
            QCoreApplication.removeTranslator(translator)
        self.translators.clear()
        self._data.clear()
        if self._previous_locale is not None:
            QLocale.setDefault(self._previous_locale)
            self._previous_locale = None

    def __enter__(self) -> Translation:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.remove()


def install_translation(language: str | None = None) -> Translation:
    """Translate the interface into `language` (default: `ui_language()`).

    Call it after the application exists and before building windows. Dates follow
    the chosen language too, unless the system's locale already speaks it.
    """
    translation = Translation(ui_language(language))
    code = translation.language
    if code == SOURCE_LANGUAGE:
        return translation
    own = QTranslator()
    data = (_translations_folder() / f"observer_{code}.qm").read_bytes()
    if not own.load(data):
        translation.language = SOURCE_LANGUAGE  # a damaged file: carry on in English
        return translation
    translation._data.append(data)
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for translator in (own, qt) if qt.load(f"qtbase_{code}", qt_folder) else (own,):
        QCoreApplication.installTranslator(translator)
        translation.translators.append(translator)
    locale = QLocale(code)
    if QLocale().language() != locale.language():
        translation._previous_locale = QLocale()
        QLocale.setDefault(locale)
    return translation
