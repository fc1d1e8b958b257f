"""Development targets as the lists show them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from observer.domain.enums import TargetStatus


@dataclass(frozen=True, slots=True)
class TargetRow:
    id: int
    uuid: str
    mentee_id: int
    mentee_name: str
    title: str
    status: TargetStatus
    due_on: date | None
    review_count: int
