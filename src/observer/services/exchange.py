"""The JSON exchange format: the whole database out to one file, and back in.

A file is one JSON object: "format", "version", "exported_at", "app_version" and
one array per table (see exchange_rows for how a row looks, and the JSON Schema in
resources/schema/exchange-v1.schema.json for the rules). Records are named by UUID
only. An import is checked completely before anything is written, then inserted
in one transaction: a bad file changes nothing and the error says what and where.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import IO, Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from sqlalchemy import (
    PrimaryKeyConstraint,
    Table,
    UniqueConstraint,
    func,
    insert,
    select,
)
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from observer import __version__
from observer.files import private_text_file
from observer.services.base import Service
from observer.services.changes import Change, Topic
from observer.services.exchange_rows import (
    Check,
    Kind,
    Section,
    compile_check,
    datetime_text,
    file_order,
    from_json,
    insert_order,
    to_json,
)
from observer.storage.bulk import note_index_rebuilt_after

FORMAT_NAME = "observer-exchange"
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)
SCHEMA_FILE = "exchange-v1.schema.json"
MAX_FILE_BYTES = 1 << 30  # 1 GiB: far above a big school's file, far below trouble
_CHUNK = 500  # UUIDs per "IN (…)" query
_LABELS = ("full_name", "name", "title", "label", "code")  # what names a record in messages


class ExchangeInvalid(Exception):
    """A file cannot be imported; the message says what is wrong and where."""


@cache
def load_schema() -> dict[str, Any]:
    resource = files("observer.resources") / "schema" / SCHEMA_FILE
    schema: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return schema


# ---- reading a file ------------------------------------------------------------------


def read_document(path: Path) -> Any:
    """The JSON value in a file, or ExchangeInvalid saying why there is none."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeInvalid(
                f"the file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,} bytes"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ExchangeInvalid(f"cannot read the file: {exc.strerror or exc}") from exc
    text = _text(data)
    del data  # a big file need not be held as bytes and text while it is parsed
    return _parse(text)


def parse_document(data: bytes) -> Any:
    """The JSON value in a file's bytes, or ExchangeInvalid saying why there is none."""
    return _parse(_text(data))


def _text(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ExchangeInvalid(
            f"not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {column} "
            "is not UTF-8 (save the file as UTF-8)"
        ) from exc
    if text.startswith("\ufeff"):  # a byte-order mark some editors add
        text = text[1:]
    if not text or text.isspace():
        raise ExchangeInvalid("the file is empty")
    return text


def _parse(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise ExchangeInvalid(
            f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except RecursionError as exc:
        raise ExchangeInvalid("not an exchange file: the JSON is nested far too deeply") from exc


def _no_constant(name: str) -> Any:
    raise ExchangeInvalid(f"not valid JSON: {name} is not a JSON number")


# ---- checking a document ---------------------------------------------------------------


@dataclass
class _Prepared:
    """A checked file: database-ready rows whose references still hold UUIDs."""

    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by table name
    where: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> uuid -> index
    outside: dict[str, dict[str, str]] = field(default_factory=dict)  # table -> uuid -> place
    counts: dict[str, int] = field(default_factory=dict)  # by section name


def _place(section: str, index: int, name: str | None = None) -> str:
    return f"{section}[{index}]" + (f".{name}" if name else "")


def _short(value: Any, limit: int = 40) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_header(doc: Any) -> None:
    """The checks that say whether this is an exchange file at all, in a helpful order."""
    if not isinstance(doc, dict):
        raise ExchangeInvalid(
            f"the file holds {_json_kind(doc)}, not a JSON object: "
            "this is not an Observer exchange file"
        )
    if "format" not in doc:
        raise ExchangeInvalid(
            "format: required field missing: this is not an Observer exchange file"
        )
    if doc["format"] != FORMAT_NAME:
        raise ExchangeInvalid(
            f'format: expected "{FORMAT_NAME}", found {_short(doc["format"])}: '
            "this is not an Observer exchange file"
        )
    if "version" not in doc:
        raise ExchangeInvalid("version: required field missing")
    version = doc["version"]
    if not (_is_int(version) and version in SUPPORTED_VERSIONS):
        known = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        raise ExchangeInvalid(
            f"version: version {_short(version)} is not supported; "
            f"this Observer ({__version__}) reads version {known}"
        )


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Rules:
    """The schema, compiled once: jsonschema validators and quick row checks."""

    def __init__(self) -> None:
        schema = load_schema()
        defs = schema["$defs"]
        # The top level without looking inside the sections: rows are checked one by one.
        top = dict(schema)
        top["properties"] = {
            name: {k: v for k, v in prop.items() if k != "items"}
            for name, prop in schema["properties"].items()
        }
        self.top = Draft202012Validator(top)
        self.row_validators: dict[str, Draft202012Validator] = {}
        self.quick: dict[str, Check] = {}
        for name, prop in schema["properties"].items():
            if "items" not in prop:
                continue
            row_schema = {"$schema": schema["$schema"], "$defs": defs, **prop["items"]}
            self.row_validators[name] = Draft202012Validator(row_schema)
            self.quick[name] = compile_check(prop["items"], defs)
        self.patterns = {defs[n]["pattern"]: n for n in ("uuid", "datetime", "date")}


@cache
def _rules() -> _Rules:
    return _Rules()


def check_document(doc: Any, *, consume: bool = False) -> _Prepared:
    """Everything that can be checked without the database; the first problem is raised.

    consume=True lets go of each row of the document once it is converted, so a big
    file is not held twice in memory (the document is then of no further use).
    """
    check_header(doc)
    rules = _rules()
    error = best_match(rules.top.iter_errors(doc))
    if error is not None:
        raise ExchangeInvalid(_describe(error, "", rules))
    prepared = _Prepared()
    for section in insert_order():
        rows = doc.get(section.name, [])
        prepared.counts[section.name] = len(rows)
        prepared.rows[section.table.name] = _check_section(section, rows, prepared, rules, consume)
    return prepared


def _check_section(
    section: Section, rows: list[Any], prepared: _Prepared, rules: _Rules, consume: bool
) -> list[dict[str, Any]]:
    name = section.name
    quick = rules.quick[name]
    where: dict[str, int] = {}
    prepared.where[section.table.name] = where
    unique = _unique_sets(section)
    seen_keys: list[dict[tuple[Any, ...], int]] = [{} for _ in unique]
    out: list[dict[str, Any]] = []
    has_uuid = section.has_uuid
    for index, row in enumerate(rows):
        if not quick(row):
            error = best_match(rules.row_validators[name].iter_errors(row))
            raise ExchangeInvalid(
                _describe(error, _place(name, index), rules)
                if error is not None
                else f"{_place(name, index)}: does not match the exchange schema"
            )
        values: dict[str, Any] = {}
        for f in section.fields:
            value = row[f.name]
            if f.kind is Kind.REFERENCE:
                assert f.target is not None
                if value is not None and value not in prepared.where[f.target.name]:
                    # not (yet) known: it must then be in the database already
                    outside = prepared.outside.setdefault(f.target.name, {})
                    outside.setdefault(value, _place(name, index, f.name))
                values[f.column.name] = value
                continue
            try:
                values[f.column.name] = from_json(value, f.kind)
            except ValueError as exc:
                raise ExchangeInvalid(
                    f"{_place(name, index, f.name)}: {_bad_value(value, f.kind, exc)}"
                ) from exc
        for column, compute in section.derived.items():
            values[column] = compute(values)
        if has_uuid:
            uuid = values["uuid"]
            if uuid in where:
                raise ExchangeInvalid(
                    f"{_place(name, index, 'uuid')}: {uuid} appears twice in {name} "
                    f"(first at {_place(name, where[uuid])})"
                )
            where[uuid] = index
        for (columns, fields), seen in zip(unique, seen_keys, strict=True):
            key = tuple(values[c] for c in columns)
            if None in key:
                continue  # NULLs never clash in a unique constraint
            if key in seen:
                raise ExchangeInvalid(
                    f"{_place(name, index)}: same {' and '.join(fields)} as "
                    f"{_place(name, seen[key])}; each combination may appear only once"
                )
            seen[key] = index
        out.append(values)
        if consume:
            rows[index] = None
    return out


def _unique_sets(section: Section) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(column names, field names) of each unique rule other than id and uuid."""
    by_column = {f.column.name: f.name for f in section.fields}
    found = []
    for constraint in section.table.constraints:
        if not isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint):
            continue
        columns = tuple(c.name for c in constraint.columns)
        if columns in (("id",), ("uuid",)) or not all(c in by_column for c in columns):
            continue
        found.append((columns, tuple(by_column[c] for c in columns)))
    return found


def _bad_value(value: Any, kind: Kind, exc: ValueError) -> str:
    if isinstance(exc, UnicodeEncodeError):
        return "contains an unpaired surrogate (a broken \\ud800-\\udfff escape), not text"
    if kind is Kind.DATETIME:
        return f"{_short(value)} is not a real date and time ({exc})"
    if kind is Kind.DATE:
        return f"{_short(value)} is not a real date"
    return f"{_short(value)} cannot be stored ({exc})"


# ---- messages from jsonschema ---------------------------------------------------------------

_KIND_WORDS = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
    "object": "an object",
    "array": "an array",
}


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _path(prefix: str, parts: Iterable[Any]) -> str:
    text = prefix
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _describe(error: ValidationError, prefix: str, rules: _Rules) -> str:
    """One line for one jsonschema error: the JSON path, then what is wrong."""
    or_null = ""
    parent = error if error.validator == "anyOf" else error.parent
    if parent is not None and parent.validator == "anyOf" and parent.context:
        # "a UUID or null": say what is wrong with it as a UUID
        branches = parent.validator_value
        null = {"type": "null"}
        tried = [e for e in parent.context if branches[e.relative_schema_path[0]] != null]
        if tried and len(tried) < len(parent.context):
            error = best_match(tried) or error
            or_null = " (or null)"
    inside = _path(prefix, error.absolute_path)
    where = inside or "(top level)"
    value = error.instance
    rule = error.validator_value
    kind = error.validator
    if kind == "required":
        missing = next(n for n in rule if n not in value)
        return f"{_path(inside, [missing])}: required field missing"
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = sorted(k for k in value if k not in known)[0]
        return f"{_path(inside, [extra])}: unknown {'field' if inside else 'section'}"
    if kind == "type":
        wanted = [rule] if isinstance(rule, str) else list(rule)
        words = " or ".join(_KIND_WORDS.get(w, w) for w in wanted)
        return f"{where}: expected {words}{or_null}, found {_json_kind(value)}"
    if kind == "enum":
        allowed = ", ".join("null" if a is None else str(a) for a in rule)
        return f"{where}: {_short(value)} is not one of: {allowed}"
    if kind == "const":
        return f"{where}: expected {_short(rule)}, found {_short(value)}"
    if kind == "maxLength":
        return f"{where}: {len(value):,} characters, longer than the {rule:,} allowed"
    if kind == "minLength":
        return f"{where}: shorter than the {rule} characters required"
    if kind == "pattern":
        shape = {
            "uuid": "a UUID in lowercase, like 3f2b8c1e-9d4a-4f6b-8e2a-1c5d7f9b0a3e",
            "datetime": "an ISO-8601 date and time with a zone, like 2026-09-14T08:45:00Z",
            "date": "a date written YYYY-MM-DD",
        }.get(rules.patterns.get(rule, ""), f"text matching {rule}")
        return f"{where}: {_short(value)} is not {shape}{or_null}"
    if kind == "minimum":
        return f"{where}: {_short(value)} is below the smallest allowed value, {rule}"
    if kind == "maximum":
        return f"{where}: {_short(value)} is above the largest allowed value, {rule}"
    return f"{where}: {error.message}"


# ---- the service ------------------------------------------------------------------------


class ExchangeService(Service):
    # ---- export

    def export_document(self) -> dict[str, Any]:
        """The whole database as a JSON-ready dict."""
        doc = self._header()
        with self._read() as session:
            for section in file_order():
                doc[section.name] = list(_section_rows(session, section))
        return doc

    def export_file(self, path: Path) -> dict[str, int]:
        """Write the whole database to a file atomically (0600); counts per section."""
        with private_text_file(Path(path)) as out:
            return self._write_document(out)

    def _header(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "exported_at": datetime_text(datetime.now(UTC)),
            "app_version": __version__,
        }

    def _write_document(self, out: IO[str]) -> dict[str, int]:
        """One record a line, so a big file streams out and diffs well."""
        counts: dict[str, int] = {}
        out.write("{\n")
        for key, value in self._header().items():
            out.write(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},\n")
        sections = file_order()
        with self._read() as session:
            for number, section in enumerate(sections):
                out.write(f" {json.dumps(section.name)}: [")
                count = 0
                for row in _section_rows(session, section):
                    out.write(",\n  " if count else "\n  ")
                    out.write(json.dumps(row, ensure_ascii=False))
                    count += 1
                out.write("\n ]" if count else "]")
                out.write(",\n" if number < len(sections) - 1 else "\n")
                counts[section.name] = count
        out.write("}\n")
        return counts

    # ---- import

    def validate_document(self, doc: Any) -> None:
        """Raise ExchangeInvalid if the document could not be imported; writes nothing."""
        prepared = check_document(doc)
        with self._read() as session:
            _check_against_database(session, prepared)

    def import_file(self, path: Path) -> dict[str, int]:
        """Check the whole file, then insert it in one transaction; counts per section."""
        prepared = check_document(read_document(Path(path)), consume=True)
        with self._write(Change(Topic.EVERYTHING)) as session:
            known = _check_against_database(session, prepared)
            try:
                with note_index_rebuilt_after(session.connection()):
                    _insert(session, prepared, known)
            except (IntegrityError, DataError) as exc:
                raise ExchangeInvalid(f"the database refused the data: {exc.orig}") from exc
        return prepared.counts


def _section_rows(session: Session, section: Section) -> Iterator[dict[str, Any]]:
    result = session.execute(section.export_query(), execution_options={"yield_per": 2000})
    fields = [(f.name, f.kind) for f in section.fields]
    for row in result.mappings():
        yield {name: to_json(row[name], kind) for name, kind in fields}


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _existing(session: Session, table: Table, uuids: list[str]) -> dict[str, int]:
    """uuid -> id for those of the UUIDs already in a table."""
    if not uuids:
        return {}
    total = session.scalar(select(func.count()).select_from(table)) or 0
    if total == 0:
        return {}
    if total <= len(uuids):  # a small table: read it whole
        wanted = set(uuids)
        rows = session.execute(select(table.c.uuid, table.c.id))
        return {u: i for u, i in rows if u in wanted}
    found: dict[str, int] = {}
    for chunk in _chunks(uuids):
        stmt = select(table.c.uuid, table.c.id).where(table.c.uuid.in_(chunk))
        found.update((u, i) for u, i in session.execute(stmt))
    return found


def _check_against_database(session: Session, prepared: _Prepared) -> dict[str, dict[str, int]]:
    """Refuse UUIDs the database already has; resolve references to records outside the file."""
    for section in file_order():
        if not section.has_uuid:
            continue
        where = prepared.where[section.table.name]
        clash = _existing(session, section.table, list(where))
        if clash:
            uuid = min(clash, key=where.__getitem__)
            raise ExchangeInvalid(
                f"{_place(section.name, where[uuid], 'uuid')}: {uuid} is already in the "
                f"database ({_label(session, section.table, uuid)}); "
                "import a file only into a database that does not hold its records yet"
            )
    known: dict[str, dict[str, int]] = {}
    tables = {s.table.name: s.table for s in insert_order()}
    for table_name, wanted in prepared.outside.items():
        table = tables[table_name]
        known[table_name] = _existing(session, table, list(wanted))
        for uuid, place in wanted.items():
            if uuid not in known[table_name]:
                raise ExchangeInvalid(
                    f"{place}: refers to {table_name.replace('_', ' ')} {uuid}, "
                    "which is neither in the file nor in the database"
                )
    return known


def _label(session: Session, table: Table, uuid: str) -> str:
    what = table.name.replace("_", " ")
    column = next((table.c[n] for n in _LABELS if n in table.c), None)
    if column is None:
        return what
    label = session.scalar(select(column).where(table.c.uuid == uuid))
    return f"{what} {_short(label)}"


def _insert(session: Session, prepared: _Prepared, known: dict[str, dict[str, int]]) -> None:
    """Bulk inserts, parents first, swapping each reference's UUID for the new integer id."""
    ids: dict[str, dict[str, int]] = {name: dict(found) for name, found in known.items()}
    for section in insert_order():
        rows = prepared.rows.pop(section.table.name)
        if not rows:
            continue
        for f in section.references():
            assert f.target is not None
            column, target_ids = f.column.name, ids.get(f.target.name, {})
            for row in rows:
                if row[column] is not None:
                    row[column] = target_ids[row[column]]
        table = section.table
        if section.has_uuid:
            result = session.execute(insert(table).returning(table.c.uuid, table.c.id), rows)
            ids.setdefault(table.name, {}).update((u, i) for u, i in result)
        else:
            session.execute(insert(table), rows)
