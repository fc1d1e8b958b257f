"""The Observations, Templates and Targets pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from observer.gui.changes import concerns
from observer.gui.context import AppContext
from observer.gui.list_page import ListPage
from observer.gui.models import ObservationModel, TargetModel, TemplateModel
from observer.services.changes import Change, Topic


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pages", text)


class _RefreshingPage(ListPage):
    topics: tuple[Topic, ...] = ()

    def listen(self, ctx: AppContext) -> None:
        self.model.setParent(self)
        ctx.changes.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if concerns(change, *self.topics):
            self.refresh()


class ObservationsPage(_RefreshingPage):
    topics = (Topic.OBSERVATIONS, Topic.PEOPLE, Topic.TEMPLATES)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ObservationModel(ctx.services, load=False),
            title=_tr("Observations"),
            subtitle=_tr("Every observation, newest first. Click a column heading to sort."),
            empty_text=_tr(
                "No observations yet. Add a mentee first; planning and recording "
                "observations comes next. Demo data shows how it will look."
            ),
            no_match_text=_tr("No observation matches “{search}”."),
            search_placeholder=_tr("Search by mentee, subject, class or focus…"),
            stretch_column=6,
            parent=parent,
        )
        self.set_column_widths([150, 150, 130, 110, 50, 80, 180, 130, 50])
        self.listen(ctx)


class TemplatesPage(_RefreshingPage):
    topics = (Topic.TEMPLATES, Topic.OBSERVATIONS)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            TemplateModel(ctx.services, load=False),
            title=_tr("Templates"),
            subtitle=_tr("Rubrics and observation protocols you score lessons against."),
            empty_text=_tr("Templates arrive with demo data; a template editor is coming."),
            no_match_text=_tr("No template matches “{search}”."),
            search_placeholder=_tr("Search templates by name…"),
            parent=parent,
        )
        self.set_column_widths([360, 80, 100, 150, 80, 80])
        self.listen(ctx)


class TargetsPage(_RefreshingPage):
    topics = (Topic.TARGETS, Topic.PEOPLE)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            TargetModel(ctx.services, load=False),
            title=_tr("Targets"),
            subtitle=_tr("Development targets agreed with each mentee, and how they are going."),
            empty_text=_tr(
                "No development targets yet. Targets are agreed after an observation; "
                "demo data includes some examples."
            ),
            no_match_text=_tr("No target matches “{search}”."),
            search_placeholder=_tr("Search by mentee or target…"),
            stretch_column=1,
            parent=parent,
        )
        self.set_column_widths([200, 420, 110, 110, 70])
        self.listen(ctx)
