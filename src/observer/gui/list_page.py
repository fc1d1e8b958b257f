"""A list page: heading, search box, sortable table and a friendly empty state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from observer.gui.table_models import RowTableModel

SEARCH_DELAY_MS = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListPage", text)


def heading(text: str, subtitle: str = "") -> QWidget:
    """The title block every page starts with."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    title = QLabel(text)
    title.setObjectName("pageTitle")
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    title.setFont(font)
    layout.addWidget(title)
    if subtitle:
        sub = QLabel(subtitle)
        sub.setObjectName("pageSubtitle")
        sub.setWordWrap(True)
        sub.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(sub)
    return box


class ListPage(QWidget):
    """Subclasses pass their model, texts and optional buttons."""

    def __init__(
        self,
        model: RowTableModel[Any],
        *,
        title: str,
        subtitle: str,
        empty_text: str,
        no_match_text: str,
        search_placeholder: str,
        stretch_column: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._empty_text = empty_text
        self._no_match_text = no_match_text

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(search_placeholder)
        self.search_box.setMinimumWidth(140)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(self._search_timer.start)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        column, order = model.default_sort()
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.empty_label.setFont(font)
        self.empty_label.setStyleSheet("color: palette(placeholder-text); padding: 40px;")

        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        self.filters = QHBoxLayout()  # pages may add filters beside the search box
        self.filters.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addLayout(self.filters)
        top.addStretch(1)
        top.addLayout(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(heading(title, subtitle))
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self._widths: list[int] = []
        self._selected_id: int | None = None
        self._stale = model.rowCount(QModelIndex()) == 0  # models may arrive unloaded
        model.modelAboutToBeReset.connect(self._remember_widths)
        model.modelReset.connect(self._restore_widths)
        model.modelReset.connect(self._update_empty_state)
        model.rowsInserted.connect(self._update_empty_state)
        self._update_empty_state()

    def set_column_widths(self, widths: list[int]) -> None:
        """Set widths, but never narrower than a column's heading in the user's language."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column, width in enumerate(widths):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = metrics.horizontalAdvance(title) + 28  # padding and the sort arrow
            self.table.setColumnWidth(column, max(width, needed))

    def fit_column_to(self, column: int, texts: list[str]) -> None:
        """Widen a column so every one of these values shows in full."""
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 24
        if self.table.columnWidth(column) < widest:
            self.table.setColumnWidth(column, widest)

    def _remember_widths(self) -> None:
        header = self.table.horizontalHeader()
        self._widths = [header.sectionSize(i) for i in range(header.count())]
        self._selected_id = self.current_id()

    def _restore_widths(self) -> None:
        # A model reset re-creates the header sections at their default size and
        # forgets the selection; bring both back so a refresh does not lose the user's place.
        self.set_column_widths(self._widths)
        if self._selected_id is not None:
            self.select_id(self._selected_id)

    def select_id(self, row_id: int) -> bool:
        """Select the loaded row with this id; False when it is not (yet) loaded."""
        for row in range(self.model.rowCount(QModelIndex())):
            if getattr(self.model.row_at(row), "id", None) == row_id:
                self.table.selectRow(row)
                return True
        return False

    def apply_search(self) -> None:
        """Run the search now (the box calls this after a short pause in typing)."""
        self._search_timer.stop()
        self.model.set_search(self.search_box.text())

    def refresh(self) -> None:
        """Reload now if the page is on screen, otherwise the next time it is shown."""
        if self.isVisible():
            self.model.reload()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.model.reload()
        super().showEvent(event)

    def showing_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_label

    def current_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        index = rows[0] if rows else self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        return getattr(row, "id", None)

    def _update_empty_state(self, *_: object) -> None:
        if self.model.rowCount(QModelIndex()):
            self.stack.setCurrentWidget(self.table)
            return
        search = self.model.search
        if search:
            self.empty_label.setText(self._no_match_text.format(search=search))
        else:
            self.empty_label.setText(self._empty_text)
        self.stack.setCurrentWidget(self.empty_label)
