"""How every table looks in the exchange format, derived from the table metadata.

One section (a JSON array) per table. A row keeps its columns under their own
names except that the integer `id` is left out and a foreign key `x_id` becomes
`x`, holding the UUID of the record it points at. Derived columns (a person's
`name_key`) are left out and computed again on import.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, Select, String, Table, select
from sqlalchemy.sql import FromClause

from observer.domain.people import name_key
from observer.storage.tables import Base
from observer.storage.types import UTCDateTime

# Section names in the order they appear in a file: every section comes after
# the sections it refers to, so a reader can stream a file top to bottom.
SECTIONS: dict[str, str] = {
    "person": "people",
    "template": "templates",
    "criterion_group": "criterion_groups",
    "criterion": "criteria",
    "scale_level": "scale_levels",
    "level_descriptor": "level_descriptors",
    "interval_code": "interval_codes",
    "observation": "observations",
    "clock_span": "clock_spans",
    "lesson_phase": "lesson_phases",
    "note": "notes",
    "note_criterion": "note_criteria",
    "interval_record": "interval_records",
    "interval_tick": "interval_ticks",
    "score": "scores",
    "score_evidence": "score_evidence",
    "target": "targets",
    "target_review": "target_reviews",
    "target_criterion": "target_criteria",
    "target_observation": "target_observations",
    "target_note": "target_notes",
    "feedback_item": "feedback_items",
    "mentee_response": "mentee_responses",
    "feedback_agreement": "feedback_agreements",
}

# Columns computed from other columns: not in the file, filled in on import.
DERIVED: dict[str, dict[str, Callable[[dict[str, Any]], Any]]] = {
    "person": {"name_key": lambda row: name_key(row["full_name"])},
}


class Kind(StrEnum):
    """What a value looks like in JSON."""

    STRING = "string"
    INTEGER = "integer"
    BOOLEAN = "boolean"
    DATETIME = "datetime"  # ISO-8601 in UTC, "Z"
    DATE = "date"  # YYYY-MM-DD
    REFERENCE = "reference"  # the UUID of another record


@dataclass(frozen=True)
class Field:
    name: str  # key in the file
    column: Column[Any]
    kind: Kind
    target: Table | None = None  # the referenced table, for a reference

    @property
    def nullable(self) -> bool:
        return bool(self.column.nullable)


@dataclass(frozen=True)
class Section:
    name: str  # key in the file, e.g. "notes"
    table: Table
    fields: tuple[Field, ...]
    derived: dict[str, Callable[[dict[str, Any]], Any]] = field(default_factory=dict)

    @property
    def has_uuid(self) -> bool:
        return "uuid" in self.table.c

    @property
    def record(self) -> str:
        """The table's name in messages: 'note', 'criterion group'."""
        return self.table.name.replace("_", " ")

    def references(self) -> list[Field]:
        return [f for f in self.fields if f.kind is Kind.REFERENCE]

    def export_query(self) -> Select[Any]:
        """Rows in id order, each foreign key swapped for the referenced UUID."""
        columns: list[Any] = []
        joined: FromClause = self.table
        for f in self.fields:
            if f.target is None:
                columns.append(f.column.label(f.name))
                continue
            other = f.target.alias(f"ref_{f.name}")
            joined = joined.outerjoin(other, f.column == other.c.id)
            columns.append(other.c.uuid.label(f.name))
        order = list(self.table.primary_key.columns)
        return select(*columns).select_from(joined).order_by(*order)


def _kind(column: Column[Any]) -> Kind:
    if column.foreign_keys:
        return Kind.REFERENCE
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return Kind.DATETIME
    if isinstance(kind, Date):
        return Kind.DATE
    if isinstance(kind, Boolean):
        return Kind.BOOLEAN
    if isinstance(kind, Integer):
        return Kind.INTEGER
    if isinstance(kind, String):  # Text is a String too
        return Kind.STRING
    raise TypeError(f"{column.table.name}.{column.name}: no exchange form for {kind!r}")


def _section(table: Table) -> Section:
    derived = DERIVED.get(table.name, {})
    fields: list[Field] = []
    uuid_first = sorted(table.columns, key=lambda column: column.name != "uuid")
    for column in uuid_first:
        if column.name == "id" or column.name in derived:
            continue
        kind = _kind(column)
        if kind is Kind.REFERENCE:
            (foreign_key,) = column.foreign_keys
            fields.append(
                Field(column.name.removesuffix("_id"), column, kind, foreign_key.column.table)
            )
        else:
            fields.append(Field(column.name, column, kind))
    return Section(SECTIONS[table.name], table, tuple(fields), derived)


@cache
def insert_order() -> tuple[Section, ...]:
    """Every section, parents before children (the order rows must be inserted in)."""
    return tuple(_section(table) for table in Base.metadata.sorted_tables)


@cache
def file_order() -> tuple[Section, ...]:
    """Every section in the order a file lists them."""
    by_table = {s.table.name: s for s in insert_order()}
    return tuple(by_table[name] for name in SECTIONS)


# ---- values ----------------------------------------------------------------------


def datetime_text(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def to_json(value: Any, kind: Kind) -> Any:
    if value is None:
        return None
    if kind is Kind.DATETIME:
        return datetime_text(value)
    if kind is Kind.DATE:
        return value.isoformat()
    return value


def from_json(value: Any, kind: Kind) -> Any:
    """The database value for a JSON value the schema has accepted; ValueError if impossible."""
    if value is None:
        return None
    if kind is Kind.DATETIME:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError("a date and time needs a time zone (end it with Z for UTC)")
        try:
            return parsed.astimezone(UTC)
        except OverflowError as exc:  # 0001-01-01T00:00:00+01:00 is before the year 1 in UTC
            raise ValueError("out of range") from exc
    if kind is Kind.DATE:
        return date.fromisoformat(value)
    if kind is Kind.INTEGER:
        return int(value)  # JSON Schema counts 3.0 as an integer
    if kind is Kind.STRING and not value.isascii():
        value.encode("utf-8")  # an unpaired surrogate ("\ud800") is not text
    return value


# ---- a quick check of rows against the schema --------------------------------------
#
# jsonschema takes ~30-70 µs a row; a big school's file has hundreds of thousands of
# rows. Each row is first tested by a predicate compiled from the same schema (only
# the keywords the schema uses; anything else is refused at compile time); only a row
# that fails goes through jsonschema itself, which then says exactly what is wrong.

Check = Callable[[Any], bool]


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}
_NOTES = frozenset({"description", "title", "$comment", "$schema", "$id", "$defs"})


def _all(checks: list[Check]) -> Check:
    return lambda v: all(check(v) for check in checks)


def compile_check(node: dict[str, Any], defs: dict[str, Any]) -> Check:
    """A predicate true exactly when jsonschema would accept the value."""
    rules = {k: v for k, v in node.items() if k not in _NOTES}
    if set(rules) == {"$ref"}:
        return compile_check(defs[rules["$ref"].removeprefix("#/$defs/")], defs)
    if set(rules) <= _LEAF_KEYWORDS and "type" in rules:
        return _leaf(rules)
    if _is_closed_object(rules):
        return _closed_object(rules, defs)
    return _all([_keyword(key, value, rules, defs) for key, value in rules.items()])


# The shapes every exchange row is made of get one fast closure each; anything else
# goes through the general keyword-by-keyword path below.
_LEAF_KEYWORDS = frozenset(
    {"type", "maxLength", "minLength", "pattern", "enum", "minimum", "maximum"}
)


def _leaf(rules: dict[str, Any]) -> Check:
    types = [rules["type"]] if isinstance(rules["type"], str) else list(rules["type"])
    nullable = "null" in types
    kinds = [t for t in types if t != "null"]
    enum = rules.get("enum")
    if len(kinds) != 1 or kinds[0] not in ("string", "integer", "boolean"):
        return _all([_keyword(key, value, rules, {}) for key, value in rules.items()])
    if enum is not None and (
        kinds[0] != "string" or not all(isinstance(e, str | None) for e in enum)
    ):
        return _all([_keyword(key, value, rules, {}) for key, value in rules.items()])
    kind = kinds[0]
    if kind == "boolean":
        return lambda v: isinstance(v, bool) or (nullable and v is None)
    if kind == "integer":
        low = rules.get("minimum", -math.inf)
        high = rules.get("maximum", math.inf)

        def integer(v: Any) -> bool:
            if v is None:
                return nullable
            return _is_integer(v) and low <= v <= high

        return integer
    shortest, longest = rules.get("minLength", 0), rules.get("maxLength", math.inf)
    pattern = re.compile(rules["pattern"]) if "pattern" in rules else None
    allowed = frozenset(e for e in enum if e is not None) if enum is not None else None
    null_ok = nullable and (enum is None or None in enum)

    def string(v: Any) -> bool:
        if v is None:
            return null_ok
        if not isinstance(v, str) or not shortest <= len(v) <= longest:
            return False
        if pattern is not None and pattern.search(v) is None:
            return False
        return allowed is None or v in allowed

    return string


def _is_closed_object(rules: dict[str, Any]) -> bool:
    return (
        set(rules) == {"type", "additionalProperties", "required", "properties"}
        and rules["type"] == "object"
        and rules["additionalProperties"] is False
        and set(rules["required"]) == set(rules["properties"])
    )


def _closed_object(rules: dict[str, Any], defs: dict[str, Any]) -> Check:
    """An object with exactly the listed keys (the shape of every row)."""
    keys = frozenset(rules["properties"])
    fields = [(name, compile_check(sub, defs)) for name, sub in rules["properties"].items()]

    def closed(v: Any) -> bool:
        if not isinstance(v, dict) or v.keys() != keys:
            return False
        for name, check in fields:  # noqa: SIM110 (a plain loop is faster than all())
            if not check(v[name]):
                return False
        return True

    return closed


def _keyword(key: str, value: Any, node: dict[str, Any], defs: dict[str, Any]) -> Check:
    if key == "$ref":
        return compile_check(defs[value.removeprefix("#/$defs/")], defs)
    if key == "type":
        kinds = [_TYPES[t] for t in ([value] if isinstance(value, str) else value)]
        return lambda v: any(kind(v) for kind in kinds)
    if key == "enum":
        allowed = list(value)
        if not all(isinstance(a, str) or a is None for a in allowed):
            raise ValueError("the quick check only knows enums of text and null")
        return lambda v: (v is None or isinstance(v, str)) and v in allowed
    if key == "const":
        return lambda v: type(v) is type(value) and v == value
    if key == "maxLength":
        return lambda v: not isinstance(v, str) or len(v) <= value
    if key == "minLength":
        return lambda v: not isinstance(v, str) or len(v) >= value
    if key == "pattern":
        pattern = re.compile(value)
        return lambda v: not isinstance(v, str) or pattern.search(v) is not None
    if key == "minimum":
        return lambda v: not _is_number(v) or v >= value
    if key == "maximum":
        return lambda v: not _is_number(v) or v <= value
    if key == "anyOf":
        branches = [compile_check(branch, defs) for branch in value]
        return lambda v: any(branch(v) for branch in branches)
    if key == "required":
        names = list(value)
        return lambda v: not isinstance(v, dict) or all(name in v for name in names)
    if key == "properties":
        fields = [(name, compile_check(sub, defs)) for name, sub in value.items()]
        return lambda v: (
            not isinstance(v, dict) or all(check(v[name]) for name, check in fields if name in v)
        )
    if key == "additionalProperties" and value is False:
        known = frozenset(node.get("properties", {}))
        return lambda v: not isinstance(v, dict) or v.keys() <= known
    if key == "items":
        item = compile_check(value, defs)
        return lambda v: not isinstance(v, list) or all(item(x) for x in v)
    raise ValueError(f"the quick check does not know the schema keyword {key!r}")
