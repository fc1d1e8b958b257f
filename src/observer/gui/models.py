"""The item models behind each list page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from observer.domain.enums import Role
from observer.domain.observations import ObservationRow
from observer.domain.people import PersonRow
from observer.domain.targets import TargetRow
from observer.domain.templates import TemplateRow
from observer.gui.formatting import (
    language_text,
    local_date,
    local_datetime,
    role_text,
    state_text,
    target_status_text,
    template_kind_text,
)
from observer.gui.table_models import Column, ListTableModel, PagedTableModel
from observer.services.context import Services


def _tr(text: str) -> str:
    return QCoreApplication.translate("Models", text)


def _count_text(n: int) -> str:
    return str(n)


class MenteeModel(PagedTableModel[PersonRow]):
    def __init__(
        self, services: Services, parent: QObject | None = None, *, load: bool = True
    ) -> None:
        columns: list[Column[PersonRow]] = [
            Column(_tr("Name"), lambda r: r.full_name, "name"),
            Column(_tr("Role"), lambda r: role_text(r.role), "role"),
            Column(_tr("Career stage"), lambda r: r.career_stage, "career_stage"),
            Column(_tr("Subjects"), lambda r: r.subjects, "subjects"),
            Column(
                _tr("Observations"),
                lambda r: _count_text(r.observation_count),
                "observations",
                numeric=True,
            ),
            Column(
                _tr("Active targets"),
                lambda r: _count_text(r.active_target_count),
                "active_targets",
                numeric=True,
            ),
            Column(_tr("Last observed"), lambda r: local_date(r.last_observed), "last_observed"),
        ]
        super().__init__(columns, default_sort="name", parent=parent)
        self._people = services.people
        self._role: Role | None = Role.MENTEE
        if load:
            self.reload()

    @property
    def role(self) -> Role | None:
        """Whose rows are listed: mentees, mentors, or everyone (None)."""
        return self._role

    def set_role(self, role: Role | None) -> None:
        if role != self._role:
            self._role = role
            self.reload()

    def _count(self, search: str) -> int:
        return self._people.count(search, role=self._role)

    def _page(
        self, search: str, sort: str, descending: bool, offset: int, limit: int
    ) -> list[PersonRow]:
        return self._people.page(
            search=search,
            role=self._role,
            sort=sort,
            descending=descending,
            offset=offset,
            limit=limit,
        )


class ObservationModel(PagedTableModel[ObservationRow]):
    def __init__(
        self, services: Services, parent: QObject | None = None, *, load: bool = True
    ) -> None:
        columns: list[Column[ObservationRow]] = [
            Column(_tr("Date & time"), lambda r: local_datetime(r.starts_at), "starts_at"),
            Column(_tr("Mentee"), lambda r: r.mentee_name, "mentee"),
            Column(_tr("Observer"), lambda r: r.observer_name, "observer"),
            Column(_tr("Subject"), lambda r: r.subject, "subject"),
            Column(_tr("Class"), lambda r: r.class_name, "class_name"),
            Column(_tr("Year group"), lambda r: r.year_group, "year_group"),
            Column(
                _tr("Template"),
                lambda r: _tr("{name} v{version}").format(
                    name=r.template_name, version=r.template_version
                ),
                "template",
            ),
            Column(_tr("State"), lambda r: state_text(r.state), "state"),
            Column(_tr("Notes"), lambda r: _count_text(r.note_count), "notes", numeric=True),
        ]
        super().__init__(columns, default_sort="starts_at", default_descending=True, parent=parent)
        self._observations = services.observations
        if load:
            self.reload()

    def _count(self, search: str) -> int:
        return self._observations.count(search)

    def _page(
        self, search: str, sort: str, descending: bool, offset: int, limit: int
    ) -> list[ObservationRow]:
        return self._observations.page(
            search=search, sort=sort, descending=descending, offset=offset, limit=limit
        )


class TemplateModel(ListTableModel[TemplateRow]):
    def __init__(
        self, services: Services, parent: QObject | None = None, *, load: bool = True
    ) -> None:
        columns: list[Column[TemplateRow]] = [
            Column(_tr("Name"), lambda r: r.name),
            Column(
                _tr("Version"),
                lambda r: str(r.version),
                numeric=True,
                sort_value=lambda r: r.version,
            ),
            Column(_tr("Language"), lambda r: language_text(r.language)),
            Column(_tr("Kind"), lambda r: template_kind_text(r.kind)),
            Column(
                _tr("Criteria"),
                lambda r: str(r.criterion_count),
                numeric=True,
                sort_value=lambda r: r.criterion_count,
            ),
            Column(
                _tr("In use"), lambda r: str(r.in_use), numeric=True, sort_value=lambda r: r.in_use
            ),
        ]
        super().__init__(columns, parent)
        self._templates = services.templates
        if load:
            self.reload()

    def _load(self, search: str) -> list[TemplateRow]:
        rows = self._templates.list()
        if not search:
            return rows
        words = search.casefold().split()
        return [r for r in rows if all(w in r.name.casefold() for w in words)]


class TargetModel(ListTableModel[TargetRow]):
    def __init__(
        self, services: Services, parent: QObject | None = None, *, load: bool = True
    ) -> None:
        columns: list[Column[TargetRow]] = [
            Column(_tr("Mentee"), lambda r: r.mentee_name),
            Column(_tr("Target"), lambda r: r.title),
            Column(_tr("Status"), lambda r: target_status_text(r.status)),
            Column(_tr("Due"), lambda r: local_date(r.due_on), sort_value=lambda r: r.due_on),
            Column(
                _tr("Reviews"),
                lambda r: str(r.review_count),
                numeric=True,
                sort_value=lambda r: r.review_count,
            ),
        ]
        super().__init__(columns, parent)
        self._targets = services.targets
        if load:
            self.reload()

    def _load(self, search: str) -> list[TargetRow]:
        return self._targets.list(search=search)
