"""Add or edit a mentee: the Designer form ui/mentee_dialog.ui in a validating dialog."""

from __future__ import annotations

from importlib.resources import files
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from observer.domain.enums import Role
from observer.domain.people import PersonDraft, PersonInvalid
from observer.gui.formatting import role_text
from observer.services.people import PeopleService

W = TypeVar("W", bound=QWidget)

# Suggestions only: the box is editable, so a school can use its own words.
CAREER_STAGES = (
    QT_TRANSLATE_NOOP("MenteeDialog", "Trainee teacher"),
    QT_TRANSLATE_NOOP("MenteeDialog", "Early career teacher (year 1)"),
    QT_TRANSLATE_NOOP("MenteeDialog", "Early career teacher (year 2)"),
    QT_TRANSLATE_NOOP("MenteeDialog", "Experienced teacher"),
    QT_TRANSLATE_NOOP("MenteeDialog", "Middle leader"),
    QT_TRANSLATE_NOOP("MenteeDialog", "Senior leader"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MenteeDialog", text)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load a Designer form shipped in the observer.ui package."""
    data = (files("observer.ui") / name).read_bytes()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    form = QUiLoader().load(buffer, parent)
    buffer.close()
    if form is None:
        raise RuntimeError(f"Could not load the form {name}.")
    return form


class MenteeDialog(QDialog):
    """Collects a valid PersonDraft; `draft` is set once the dialog is accepted."""

    def __init__(
        self,
        people: PeopleService,
        *,
        initial: PersonDraft | None = None,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._person_id = person_id
        self.draft: PersonDraft | None = None
        title = _tr("Edit mentee") if person_id is not None else _tr("New mentee")
        self.setWindowTitle(title)
        self.setMinimumWidth(480)

        form = load_form("mentee_dialog.ui", self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        hint = QLabel(_tr("Only the name is required; everything else can be added later."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(6)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addSpacing(10)
        layout.addWidget(form)
        self.full_name = _child(form, QLineEdit, "fullName")
        self.role = _child(form, QComboBox, "role")
        self.email = _child(form, QLineEdit, "email")
        self.career_stage = _child(form, QComboBox, "careerStage")
        self.subjects = _child(form, QLineEdit, "subjects")
        self.notes = _child(form, QPlainTextEdit, "notes")
        self.error_label = _child(form, QLabel, "errorLabel")
        self.buttons = _child(form, QDialogButtonBox, "buttonBox")

        for role in (Role.MENTEE, Role.MENTOR):
            self.role.addItem(role_text(role), role.value)
        self.career_stage.addItem("")
        for stage in CAREER_STAGES:
            self.career_stage.addItem(_tr(str(stage)))
        self.notes.setMinimumHeight(90)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.full_name.textChanged.connect(self._check_name)
        self.email.textChanged.connect(lambda _text: self.error_label.clear())

        if initial is not None:
            self.set_draft(initial)
        self._check_name()
        self.full_name.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def set_draft(self, draft: PersonDraft) -> None:
        self.full_name.setText(draft.full_name)
        self.role.setCurrentIndex(max(0, self.role.findData(draft.role.value)))
        self.email.setText(draft.email)
        self.career_stage.setCurrentText(draft.career_stage)
        self.subjects.setText(draft.subjects)
        self.notes.setPlainText(draft.notes)

    def current_draft(self) -> PersonDraft:
        return PersonDraft(
            full_name=self.full_name.text(),
            role=Role(self.role.currentData()),
            email=self.email.text(),
            career_stage=self.career_stage.currentText(),
            subjects=self.subjects.text(),
            notes=self.notes.toPlainText(),
        )

    def _check_name(self) -> None:
        empty = not self.full_name.text().strip()
        self.ok_button.setEnabled(not empty)
        self.error_label.setText(_tr("A name is required.") if empty else "")

    def accept(self) -> None:
        try:
            draft = self.current_draft().cleaned()
        except PersonInvalid as problem:
            self.error_label.setText(str(problem))
            return
        if not self._confirm_unique(draft.full_name):
            return
        self.draft = draft
        super().accept()

    def _confirm_unique(self, name: str) -> bool:
        namesakes = self._people.same_name(name, exclude_id=self._person_id)
        if not namesakes:
            return True
        name = namesakes[0].full_name  # as stored, which may differ in case or spacing
        answer = QMessageBox.question(
            self,
            _tr("Same name"),
            _tr("There is already a mentee called {name}. Add another with the same name?").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _child(form: QWidget, kind: type[W], name: str) -> W:
    widget = form.findChild(kind, name)
    if widget is None:
        raise RuntimeError(f"The form has no {kind.__name__} called {name}.")
    return widget
