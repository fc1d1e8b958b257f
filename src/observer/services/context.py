"""The one application context: database, change bus and every service.

Built once at start-up (GUI or command line) and passed down; no globals.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from observer.services.backups import BackupService
from observer.services.changes import ChangeBus
from observer.services.observations import ObservationService
from observer.services.people import PeopleService
from observer.services.targets import TargetService
from observer.services.templates import TemplateService
from observer.storage.database import DatabaseProblem, OpenedDatabase, open_database
from observer.storage.engine import sqlite_url

# Front ends (window, command line) talk to services only; these are theirs too.
__all__ = ["DatabaseProblem", "Services", "sqlite_url"]


@dataclass
class Services:
    database: OpenedDatabase
    bus: ChangeBus = field(default_factory=ChangeBus)

    def __post_init__(self) -> None:
        engine = self.database.engine
        self.people = PeopleService(engine, self.bus)
        self.observations = ObservationService(engine, self.bus)
        self.templates = TemplateService(engine, self.bus)
        self.targets = TargetService(engine, self.bus)
        path = self.database.path  # backups are for SQLite files, not database servers
        self.backups: BackupService | None = BackupService(engine, self.bus, path) if path else None

    @classmethod
    def open(cls, url: str) -> Services:
        return cls(open_database(url))

    @classmethod
    def open_path(cls, path: Path) -> Services:
        return cls.open(sqlite_url(path))

    @property
    def db_path(self) -> Path | None:
        return self.database.path

    def close(self) -> None:
        self.database.dispose()
