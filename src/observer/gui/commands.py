"""Undoable edits. Each command calls one service method and stores the person's
UUID (their identity across delete and re-create) plus the before/after details.

The controller performs the first edit itself (so errors reach the user at once)
and pushes the command already done; undo and redo then replay the service calls.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from observer.domain.people import PersonDraft
from observer.services.base import NotFound
from observer.services.people import PeopleService, PersonInUse

Problem = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class _PersonCommand(QUndoCommand):
    def __init__(self, people: PeopleService, uuid: str, text: str, report: Problem) -> None:
        super().__init__(text)
        self._people = people
        self._uuid = uuid
        self._report = report
        self._skip_first_redo = True

    def _id(self) -> int:
        return self._people.find_by_uuid(self._uuid).id

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._guarded(self._do)

    def undo(self) -> None:
        self._guarded(self._undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (NotFound, PersonInUse) as problem:
            # The records moved on since this edit; it can no longer be replayed.
            self.setObsolete(True)
            self._report(str(problem))

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class CreatePerson(_PersonCommand):
    def __init__(
        self, people: PeopleService, uuid: str, draft: PersonDraft, report: Problem
    ) -> None:
        text = _tr("Add {name}").format(name=draft.full_name)
        super().__init__(people, uuid, text, report)
        self._draft = draft

    def _do(self) -> None:
        self._people.create(self._draft, uuid=self._uuid)

    def _undo(self) -> None:
        self._people.delete(self._id())


class EditPerson(_PersonCommand):
    def __init__(
        self,
        people: PeopleService,
        uuid: str,
        before: PersonDraft,
        after: PersonDraft,
        report: Problem,
    ) -> None:
        text = _tr("Edit {name}").format(name=after.full_name)
        super().__init__(people, uuid, text, report)
        self._before = before
        self._after = after

    def _do(self) -> None:
        self._people.update(self._id(), self._after)

    def _undo(self) -> None:
        self._people.update(self._id(), self._before)


class DeletePerson(_PersonCommand):
    def __init__(
        self, people: PeopleService, uuid: str, before: PersonDraft, report: Problem
    ) -> None:
        text = _tr("Delete {name}").format(name=before.full_name)
        super().__init__(people, uuid, text, report)
        self._before = before

    def _do(self) -> None:
        self._people.delete(self._id())

    def _undo(self) -> None:
        self._people.create(self._before, uuid=self._uuid)
