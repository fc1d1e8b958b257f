"""Add, edit and delete mentees: dialogs, confirmations and undo commands in one place.

Dialogs open with `open()` (window-modal, non-blocking) and are returned, so the
main window, the pages and tests all drive the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from observer.domain.people import PersonDraft, PersonInvalid
from observer.gui.commands import CreatePerson, DeletePerson, EditPerson
from observer.gui.context import AppContext
from observer.gui.mentee_dialog import MenteeDialog
from observer.services.base import NotFound
from observer.services.people import PeopleService, PersonInUse


def _tr(text: str) -> str:
    return QCoreApplication.translate("MenteeEditor", text)


class MenteeEditor(QObject):
    message = Signal(str)  # a short note for the status bar
    created = Signal(int, str)  # id and role of a person just added

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self._ctx = ctx
        self._window = window
        self.dialog: MenteeDialog | None = None

    @property
    def _people(self) -> PeopleService:
        return self._ctx.services.people

    def add(self, initial: PersonDraft | None = None) -> MenteeDialog:
        dialog = self._open(MenteeDialog(self._people, initial=initial, parent=self._window))
        dialog.accepted.connect(lambda: self._created(dialog))
        return dialog

    def edit(self, person_id: int) -> MenteeDialog | None:
        try:
            before = self._people.draft_of(person_id)
            uuid = self._people.get(person_id).uuid
        except NotFound as problem:
            self._warn(str(problem))
            return None
        dialog = self._open(
            MenteeDialog(self._people, initial=before, person_id=person_id, parent=self._window)
        )
        dialog.accepted.connect(lambda: self._edited(dialog, person_id, uuid, before))
        return dialog

    def delete(self, person_id: int) -> bool:
        try:
            person = self._people.get(person_id)
            before = self._people.draft_of(person_id)
        except NotFound as problem:
            self._warn(str(problem))
            return False
        answer = QMessageBox.question(
            self._window,
            _tr("Delete mentee"),
            _tr("Delete {name}? You can undo this with Edit → Undo.").format(name=person.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._people.delete(person_id)
        except (PersonInUse, NotFound) as problem:
            self._warn(str(problem))
            return False
        self._ctx.undo.push(DeletePerson(self._people, person.uuid, before, self._warn))
        self.message.emit(_tr("Deleted {name}.").format(name=person.full_name))
        return True

    def _open(self, dialog: MenteeDialog) -> MenteeDialog:
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: MenteeDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _created(self, dialog: MenteeDialog) -> None:
        assert dialog.draft is not None
        try:
            row = self._people.create(dialog.draft)
        except PersonInvalid as problem:
            self._warn(str(problem))
            return
        self._ctx.undo.push(CreatePerson(self._people, row.uuid, dialog.draft, self._warn))
        self.message.emit(_tr("Added {name}.").format(name=row.full_name))
        self.created.emit(row.id, row.role.value)

    def _edited(self, dialog: MenteeDialog, person_id: int, uuid: str, before: PersonDraft) -> None:
        after = dialog.draft
        assert after is not None
        if after == before:
            return
        try:
            self._people.update(person_id, after)
        except (PersonInvalid, NotFound) as problem:
            self._warn(str(problem))
            return
        self._ctx.undo.push(EditPerson(self._people, uuid, before, after, self._warn))
        self.message.emit(_tr("Saved {name}.").format(name=after.full_name))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self._window, _tr("Observer"), text)
