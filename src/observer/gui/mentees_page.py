"""The Mentees page: search, sort, add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from observer.gui.changes import concerns
from observer.gui.context import AppContext
from observer.gui.list_page import ListPage
from observer.gui.mentee_editor import MenteeEditor
from observer.gui.models import MenteeModel
from observer.services.changes import Change, Topic


def _tr(text: str) -> str:
    return QCoreApplication.translate("MenteesPage", text)


class MenteesPage(ListPage):
    def __init__(self, ctx: AppContext, editor: MenteeEditor, parent: QWidget | None = None):
        super().__init__(
            MenteeModel(ctx.services, load=False),
            title=_tr("Mentees"),
            subtitle=_tr("Everyone you mentor or observe. Double-click a row to edit it."),
            empty_text=_tr(
                "No mentees yet — add your first mentee, or load demo data from the File menu."
            ),
            no_match_text=_tr("No mentee matches “{search}”."),
            search_placeholder=_tr("Search by name, email or subject…"),
            parent=parent,
        )
        self.model.setParent(self)
        self._editor = editor
        self.add_button = QPushButton(_tr("Add…"))
        self.edit_button = QPushButton(_tr("Edit…"))
        self.delete_button = QPushButton(_tr("Delete"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setMinimumWidth(90)
            self.buttons.addWidget(button)
        self.add_button.clicked.connect(lambda: editor.add())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.set_column_widths([240, 80, 210, 160, 105, 105, 120])
        ctx.changes.changed.connect(self._on_change)
        self._update_buttons()

    def edit_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self._editor.edit(person_id)

    def delete_current(self) -> None:
        person_id = self.current_id()
        if person_id is not None:
            self._editor.delete(person_id)

    def _on_change(self, change: Change) -> None:
        if concerns(change, Topic.PEOPLE, Topic.OBSERVATIONS, Topic.TARGETS):
            self.refresh()

    def _update_buttons(self, *_: object) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
