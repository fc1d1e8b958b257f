"""Development targets as lists show them."""

from __future__ import annotations

from sqlalchemy import func, select

from observer.domain.enums import TargetStatus
from observer.domain.targets import TargetRow
from observer.services.base import Service
from observer.services.search import count_per_row, match_words
from observer.storage.tables import Person, Target, TargetReview

_reviews = count_per_row(TargetReview.id, Target, TargetReview.target_id == Target.id)


class TargetService(Service):
    def count(self, *, status: TargetStatus | None = None, mentee_id: int | None = None) -> int:
        stmt = select(func.count(Target.id))
        if status is not None:
            stmt = stmt.where(Target.status == status.value)
        if mentee_id is not None:
            stmt = stmt.where(Target.mentee_id == mentee_id)
        with self._read() as session:
            return int(session.scalar(stmt) or 0)

    def list(self, *, search: str = "", mentee_id: int | None = None) -> list[TargetRow]:
        stmt = (
            select(Target, Person.full_name, _reviews)
            .join(Person, Target.mentee_id == Person.id)
            .order_by(Person.name_key, Target.due_on, Target.id)
        )
        if mentee_id is not None:
            stmt = stmt.where(Target.mentee_id == mentee_id)
        stmt = match_words(stmt, search, Target.title, folded=(Person.name_key,))
        with self._read() as session:
            rows = session.execute(stmt).all()
        return [
            TargetRow(
                id=t.id,
                uuid=t.uuid,
                mentee_id=t.mentee_id,
                mentee_name=name,
                title=t.title,
                status=TargetStatus(t.status),
                due_on=t.due_on,
                review_count=int(reviews or 0),
            )
            for t, name, reviews in rows
        ]
