"""Table models shared by every list: columns, lazy paging, sorting, searching.

Rows are small immutable snapshots from the services; `data()` only formats them
and never touches the database. Subclasses say where rows come from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its (translated) header, how to show a row, how the service sorts it."""

    header: str
    text: Callable[[R], str]
    sort_key: str | None = None
    numeric: bool = False
    sort_value: Callable[[R], Any] | None = None  # for models that sort in memory


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Columns over a list of row snapshots; subclasses fill `_rows`."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []
        self._search = ""

    # -- the Qt interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.numeric else _LEFT)
        if role == ROW_ID_ROLE:
            return getattr(row, "id", None)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if self._columns[section].numeric else _LEFT)
        return None

    # -- for views and tests ----------------------------------------------------------------

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def search(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._search:
            self._search = text
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        """The column and order a view's header should show before the user sorts."""
        return 0, Qt.SortOrder.AscendingOrder


class PagedTableModel(RowTableModel[R]):
    """Pages rows in from a service as the view scrolls (canFetchMore/fetchMore)."""

    PAGE_SIZE = 100

    def __init__(
        self,
        columns: Sequence[Column[R]],
        *,
        default_sort: str,
        default_descending: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._sort = default_sort
        self._descending = default_descending
        self._total = 0
        self._resetting = False

    def _count(self, search: str) -> int:
        raise NotImplementedError

    def _page(self, search: str, sort: str, descending: bool, offset: int, limit: int) -> list[R]:
        raise NotImplementedError

    @property
    def total(self) -> int:
        """How many rows match the search, loaded or not."""
        return self._total

    def default_sort(self) -> tuple[int, Qt.SortOrder]:
        keys = [c.sort_key for c in self._columns]
        column = keys.index(self._sort) if self._sort in keys else 0
        order = Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder
        return column, order

    def reload(self) -> None:
        # Listeners of modelReset (Qt's model tester among them) may ask for more rows
        # while the reset is still being announced; they get them on the next request.
        self._resetting = True
        try:
            self.beginResetModel()
            self._total = self._count(self._search)
            self._rows = self._fetch(0)
            self.endResetModel()
        finally:
            self._resetting = False

    def _fetch(self, offset: int) -> list[R]:
        rows = self._page(self._search, self._sort, self._descending, offset, self.PAGE_SIZE)
        if len(rows) < self.PAGE_SIZE:  # the data shrank since counting: trust the page
            self._total = offset + len(rows)
        return rows

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not (parent.isValid() or self._resetting) and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self._fetch(len(self._rows))
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort_key
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and self._rows:
            return
        self._sort, self._descending = key, descending
        self.reload()


class ListTableModel(RowTableModel[R]):
    """Loads every row at once (short lists) and sorts in memory."""

    def __init__(self, columns: Sequence[Column[R]], parent: QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._sort_column = -1
        self._order = Qt.SortOrder.AscendingOrder

    def _load(self, search: str) -> list[R]:
        raise NotImplementedError

    @property
    def total(self) -> int:
        return len(self._rows)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._sorted(self._load(self._search))
        self.endResetModel()

    def _sorted(self, rows: list[R]) -> list[R]:
        if not 0 <= self._sort_column < len(self._columns):
            return rows
        column = self._columns[self._sort_column]
        key = column.sort_value or (lambda r: column.text(r).casefold())
        reverse = self._order == Qt.SortOrder.DescendingOrder
        return sorted(rows, key=lambda r: _sortable(key(r)), reverse=reverse)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort_column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_rows = list(self._rows)
        self._rows = self._sorted(self._rows)
        where = {id(row): n for n, row in enumerate(self._rows)}
        after = [
            self.index(where[id(old_rows[i.row()])], i.column()) if i.isValid() else i
            for i in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


def _sortable(value: Any) -> tuple[int, Any]:
    """None sorts last among ascending values without comparing None to anything."""
    return (1, 0) if value is None else (0, value)
