"""Shared pieces of list queries."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, func, or_, select

from observer.domain.people import name_key
from observer.storage.functions import fold


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def match_words(
    stmt: Select[Any], search: str, *columns: Any, folded: tuple[Any, ...] = ()
) -> Select[Any]:
    """Every word of the search must appear in at least one of the columns.

    `folded` columns already hold case-folded text (such as name keys) and are
    compared directly, which lets SQLite use their indexes.
    """
    for word in name_key(search).split():
        pattern = like_pattern(word)
        conditions: list[ColumnElement[bool]] = [c.like(pattern, escape="\\") for c in folded]
        conditions += [fold(c).like(pattern, escape="\\") for c in columns]
        stmt = stmt.where(or_(*conditions))
    return stmt


def per_row(aggregate: Any, parent: Any, *conditions: ColumnElement[bool]) -> ScalarSelect[Any]:
    """A value computed for each listed row, e.g. how many notes each observation has.

    Correlated, so SQLite computes it only for the rows a page actually returns.
    """
    return select(aggregate).where(*conditions).correlate(parent).scalar_subquery()


def count_per_row(
    child_id: Any, parent: Any, *conditions: ColumnElement[bool]
) -> ScalarSelect[Any]:
    return per_row(func.count(child_id), parent, *conditions)
