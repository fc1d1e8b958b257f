"""Home: a welcome screen for a new database, otherwise an overview of the school."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from observer.domain.enums import ObservationState, Role, TargetStatus
from observer.domain.observations import ObservationRow
from observer.gui.context import AppContext
from observer.gui.formatting import local_datetime, state_text
from observer.gui.icons import app_icon
from observer.gui.list_page import heading
from observer.services.changes import Change
from observer.services.observations import ObservationFilter

UPCOMING_DAYS = 7
RECENT_COUNT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class ElidedLabel(QLabel):
    """One line of plain text that shortens with "…" instead of widening the window."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


def _scaled_label(text: str, factor: float, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    return label


class WelcomePanel(QWidget):
    """What a newcomer sees first: what Observer is, and two ways to begin."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = _scaled_label(_tr("Welcome to Observer"), 2.0, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb = _scaled_label(
            _tr(
                "Plan and record lesson observations, give feedback linked to evidence, "
                "and follow each mentee's development targets — all on this computer."
            ),
            1.15,
        )
        blurb.setWordWrap(True)
        blurb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        blurb.setFixedWidth(520)
        blurb.setMinimumHeight(blurb.heightForWidth(520))
        self.demo_button = QPushButton(_tr("Start with demo data"))
        self.add_button = QPushButton(_tr("Add your first mentee"))
        self.add_button.setDefault(True)
        for button in (self.demo_button, self.add_button):
            button.setMinimumSize(230, 52)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            button.setFont(font)
        hint = QLabel(
            _tr(
                "Demo data is a made-up school for exploring; "
                "keep real records in their own database."
            )
        )
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addStretch(1)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(2)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(blurb, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addStretch(3)


class _Card(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.value = _scaled_label("0", 2.2, bold=True)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class _ObservationList(QFrame):
    """A short titled list of observations, one line each."""

    def __init__(self, title: str, empty: str) -> None:
        super().__init__()
        self.setObjectName("panel")
        self._empty = empty
        self._lines = QVBoxLayout()
        self._lines.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(_scaled_label(title, 1.2, bold=True))
        layout.addLayout(self._lines)
        layout.addStretch(1)
        self.texts: list[str] = []

    def show_rows(self, rows: list[ObservationRow]) -> None:
        while self._lines.count():
            item = self._lines.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.texts = [
            _tr("{when} — {mentee}, {subject} {cls} ({state})").format(
                when=local_datetime(r.starts_at),
                mentee=r.mentee_name,
                subject=r.subject,
                cls=r.class_name,
                state=state_text(r.state),
            )
            for r in rows
        ]
        for text in self.texts or [self._empty]:
            line = ElidedLabel(text)
            if not self.texts:
                line.setStyleSheet("color: palette(placeholder-text);")
            self._lines.addWidget(line)


class OverviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mentees = _Card(_tr("Mentees"))
        self.observations = _Card(_tr("Observations"))
        self.targets = _Card(_tr("Active targets"))
        self.upcoming = _ObservationList(
            _tr("Planned in the next 7 days"), _tr("Nothing planned for the coming week.")
        )
        self.recent = _ObservationList(_tr("Most recent observations"), _tr("None yet."))
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for card in (self.mentees, self.observations, self.targets):
            cards.addWidget(card)
        lists = QGridLayout()
        lists.setSpacing(16)
        lists.addWidget(self.upcoming, 0, 0)
        lists.addWidget(self.recent, 0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(heading(_tr("Home"), _tr("Your school at a glance.")))
        layout.addLayout(cards)
        layout.addLayout(lists)
        layout.addStretch(1)


class HomePage(QWidget):
    demo_requested = Signal()
    add_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = ctx.services
        self.welcome = WelcomePanel()
        self.overview = OverviewPanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.overview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.welcome.demo_button.clicked.connect(self.demo_requested)
        self.welcome.add_button.clicked.connect(self.add_requested)
        ctx.changes.changed.connect(self._on_change)
        self._stale = True

    def showing_welcome(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def _on_change(self, _change: Change) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # catch up when shown

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        services = self._services
        if services.people.count() == 0:
            self.stack.setCurrentWidget(self.welcome)
            return
        self.overview.mentees.value.setText(str(services.people.count(role=Role.MENTEE)))
        self.overview.observations.value.setText(str(services.observations.count()))
        active = services.targets.count(status=TargetStatus.ACTIVE)
        self.overview.targets.value.setText(str(active))
        now = datetime.now(UTC)
        upcoming = ObservationFilter(
            state=ObservationState.PLANNED,
            starts_from=now,
            starts_before=now + timedelta(days=UPCOMING_DAYS),
        )
        self.overview.upcoming.show_rows(
            services.observations.page(where=upcoming, descending=False, limit=RECENT_COUNT)
        )
        recent = ObservationFilter(starts_before=now)
        self.overview.recent.show_rows(services.observations.page(where=recent, limit=RECENT_COUNT))
        self.stack.setCurrentWidget(self.overview)
