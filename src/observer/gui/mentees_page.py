"""The Mentees page: search, sort, add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget

from observer.domain.enums import Role
from observer.gui.changes import concerns
from observer.gui.context import AppContext
from observer.gui.formatting import role_text
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
            subtitle=_tr(
                "The teachers you mentor, and the mentors who observe them. "
                "Double-click a row to edit it."
            ),
            empty_text=_tr(
                "No mentees yet — add your first mentee, or load demo data from the File menu."
            ),
            no_match_text=_tr("No mentee matches “{search}”."),
            search_placeholder=_tr("Search by name, email or subject…"),
            parent=parent,
        )
        self.model.setParent(self)
        self._editor = editor
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        self.role_filter.setToolTip(_tr("Show mentees, mentors or everyone"))
        for label, role in (
            (_tr("Mentees"), Role.MENTEE.value),
            (_tr("Mentors"), Role.MENTOR.value),
            (_tr("Everyone"), ""),
        ):
            self.role_filter.addItem(label, role)  # Qt keeps plain strings, not enums
        self.role_filter.currentIndexChanged.connect(self._role_chosen)
        self.filters.addWidget(self.role_filter)
        editor.created.connect(self._show_new_person)
        self.add_button = QPushButton(_tr("Add…"))
        self.edit_button = QPushButton(_tr("Edit…"))
        self.delete_button = QPushButton(_tr("Delete"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setMinimumWidth(80)
            self.buttons.addWidget(button)
        self.add_button.clicked.connect(lambda: editor.add())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.set_column_widths([240, 80, 210, 160, 105, 105, 120])
        self.fit_column_to(1, [role_text(role) for role in Role])
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

    def show_role(self, role: Role | None) -> None:
        self.role_filter.setCurrentIndex(self.role_filter.findData(role.value if role else ""))

    def _role_chosen(self, index: int) -> None:
        value = self.role_filter.itemData(index)
        assert isinstance(self.model, MenteeModel)
        self.model.set_role(Role(value) if value else None)

    def _show_new_person(self, person_id: int, role: str) -> None:
        # Someone just added must be visible, even when the filter was hiding their role.
        assert isinstance(self.model, MenteeModel)
        if self.model.role not in (None, Role(role)):
            self.show_role(None)
        self.model.reload()
        self.select_id(person_id)

    def _update_buttons(self, *_: object) -> None:
        selected = self.current_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
