"""Bridges the plain-Python change bus to a Qt signal, so views refresh the Qt way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

from observer.services.changes import Change, ChangeBus, Topic


class ChangeSignals(QObject):
    """Re-emits every service change as `changed(Change)`.

    Emitted from a worker thread, the signal reaches GUI-thread receivers queued,
    so a view never refreshes outside the GUI thread.
    """

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._held = 0
        self._missed = False
        self._unsubscribe = bus.subscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        if self._held:
            self._missed = True
            return
        self.changed.emit(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Hold refreshes during a bulk job, then announce one EVERYTHING change."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1
            if not self._held and self._missed:
                self._missed = False
                self.changed.emit(Change(Topic.EVERYTHING))

    def disconnect_bus(self) -> None:
        self._unsubscribe()


def concerns(change: Change, *topics: Topic) -> bool:
    """True when a view that shows `topics` should refresh for this change."""
    return change.topic is Topic.EVERYTHING or change.topic in topics
