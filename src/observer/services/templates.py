"""The template library as lists show it."""

from __future__ import annotations

from sqlalchemy import select

from observer.domain.enums import TemplateKind
from observer.domain.templates import TemplateRow
from observer.services.base import Service
from observer.services.search import count_per_row
from observer.storage.tables import Criterion, Observation, Template

_criteria = count_per_row(Criterion.id, Template, Criterion.template_id == Template.id)
_in_use = count_per_row(Observation.id, Template, Observation.template_id == Template.id)


class TemplateService(Service):
    def list(self, *, include_archived: bool = False) -> list[TemplateRow]:
        stmt = select(Template, _criteria, _in_use).order_by(Template.name, Template.version)
        if not include_archived:
            stmt = stmt.where(Template.archived.is_(False))
        with self._read() as session:
            rows = session.execute(stmt).all()
        return [
            TemplateRow(
                id=t.id,
                uuid=t.uuid,
                name=t.name,
                version=t.version,
                language=t.language,
                kind=TemplateKind(t.kind),
                criterion_count=int(criteria or 0),
                in_use=int(used or 0),
            )
            for t, criteria, used in rows
        ]
