"""What every service shares: a session factory and the change bus."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from observer.services.changes import Change, ChangeBus
from observer.storage.engine import writer


class NotFound(LookupError):
    """The record asked for does not exist (any more)."""


class Service:
    def __init__(self, engine: Engine, bus: ChangeBus) -> None:
        self._engine = engine
        self._bus = bus
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(writer(engine), expire_on_commit=False)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def _write(self, *changes: Change) -> Iterator[Session]:
        """One transaction; the changes are announced only after it commits."""
        with self._write_sessions() as session, session.begin():
            yield session
        for change in changes:
            self._bus.publish(change)
