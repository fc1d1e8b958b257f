"""Mentors and mentees, and the rules for their details."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime

from observer.domain.enums import Role

MAX_NAME_LENGTH = 200


class PersonInvalid(ValueError):
    """A person's details break a rule; the message says which, in plain words."""


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """What a user types when adding or editing a person."""

    full_name: str
    role: Role = Role.MENTEE
    email: str = ""
    career_stage: str = ""
    subjects: str = ""
    notes: str = ""

    def cleaned(self) -> PersonDraft:
        name = " ".join(self.full_name.split())
        if not name:
            raise PersonInvalid("A name is required.")
        if len(name) > MAX_NAME_LENGTH:
            raise PersonInvalid(f"A name can be at most {MAX_NAME_LENGTH} characters.")
        email = self.email.strip()
        if email and ("@" not in email or " " in email):
            raise PersonInvalid("That email address does not look right.")
        return PersonDraft(
            full_name=name,
            role=self.role,
            email=email,
            career_stage=self.career_stage.strip(),
            subjects=self.subjects.strip(),
            notes=self.notes,
        )


def name_key(name: str) -> str:
    """A comparison key so 'Айгүл  Нұрланқызы' and 'айгүл нұрланқызы' count as the same name."""
    return unicodedata.normalize("NFKC", " ".join(name.split())).casefold()


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    uuid: str
    full_name: str
    role: Role
    email: str
    career_stage: str
    subjects: str
    notes: str
    observation_count: int
    active_target_count: int
    last_observed: datetime | None
