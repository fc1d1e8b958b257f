"""Change announcements: services say what changed, views decide how to refresh.

Plain Python so services stay free of Qt; the GUI bridges it to a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    PEOPLE = "people"
    OBSERVATIONS = "observations"
    TEMPLATES = "templates"
    TARGETS = "targets"
    LIVE_ENDED = "live_ended"  # an observation left the live state: a moment to back up
    EVERYTHING = "everything"  # bulk changes: demo data, imports


@dataclass(frozen=True)
class Change:
    topic: Topic
    ids: tuple[int, ...] = ()


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
