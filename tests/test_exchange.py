"""The JSON exchange format: lossless round trips, the schema, and bad files refused cleanly."""

from __future__ import annotations

import copy
import json
import stat
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import Engine, func, insert, select
from sqlalchemy.orm import Session

from observer.domain import enums
from observer.domain.people import name_key
from observer.services.changes import Change, Topic
from observer.services.context import Services
from observer.services.exchange import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ExchangeInvalid,
    ExchangeService,
    load_schema,
)
from observer.services.exchange_rows import SECTIONS, Kind, compile_check, file_order
from observer.storage import tables as t

KAZAKH = "Әсел Қайратқызы"
RUSSIAN = "Ёжик в тумане — «ёлка»"
EMOJI = "👩‍🏫 учитель 👍🏽 🇰🇿"
MARKUP = '<b>&amp;</b> <script>alert("x")</script> \\ "quotes" \'single\' & < >'
LINES = "first line\nsecond line\r\nthird\tline\u2028fourth\u00a0nbsp\u200dzwj"
LONG = ("Оқушылар жауап берді; " * 5000)[:100_000]
CONTROL = "nul\x00 escape\x1b bell\x07 bom\ufeff replacement\ufffd"
TEXTS = [KAZAKH, RUSSIAN, EMOJI, MARKUP, LINES, LONG, CONTROL]
KINDS = [k.value for k in enums.NoteKind] + ["general", "question"]


def when(hour: int, minute: int = 0, micro: int = 0) -> datetime:
    return datetime(2026, 9, 14, hour, minute, 5, micro, tzinfo=UTC)


def fill_school(engine: Engine) -> dict[str, str]:
    """A small school that puts at least one row in every table; returns some UUIDs."""
    with Session(engine) as s, s.begin():
        mentor = t.Person(
            full_name=KAZAKH, name_key=name_key(KAZAKH), role="mentor", email="a@b.kz"
        )
        mentee_name = f"{RUSSIAN} {EMOJI}"
        mentee = t.Person(
            full_name=mentee_name,
            name_key=name_key(mentee_name),
            role="mentee",
            notes=MARKUP + LINES,
        )
        family = str(uuid.uuid4())
        rubric = t.Template(
            family_uuid=family,
            version=1,
            name="Rubric «Қазақ»",
            kind="rubric",
            language="kk",
            description=LINES,
            own_wording=False,
            created_at=when(7),
        )
        protocol = t.Template(
            family_uuid=family,
            version=2,
            name="COPUS",
            kind="interval",
            interval_seconds=120,
            archived=True,
            created_at=when(7, 1, 123456),
        )
        s.add_all([mentor, mentee, rubric, protocol])
        s.flush()
        group = t.CriterionGroup(template_id=rubric.id, position=1, code="A", title=KAZAKH)
        s.add(group)
        s.flush()
        crit1 = t.Criterion(
            template_id=rubric.id,
            group_id=group.id,
            position=1,
            code="1a",
            title=RUSSIAN,
            description=MARKUP,
            guidance=EMOJI,
        )
        crit2 = t.Criterion(template_id=rubric.id, position=2, code="1b", title="No group")
        low = t.ScaleLevel(template_id=rubric.id, position=1, label="Emerging", descriptor="")
        high = t.ScaleLevel(template_id=rubric.id, position=2, label="Secure", descriptor=LINES)
        code1 = t.IntervalCode(
            template_id=protocol.id,
            position=1,
            actor="students",
            code="L",
            label="Listening",
            aliases="listen",
            category="receiving",
        )
        code2 = t.IntervalCode(
            template_id=protocol.id, position=2, actor="instructor", code="Lec", label="Lecturing"
        )
        s.add_all([crit1, crit2, low, high, code1, code2])
        s.flush()
        s.add(t.LevelDescriptor(criterion_id=crit1.id, level_id=high.id, descriptor=KAZAKH))
        obs = t.Observation(
            mentee_id=mentee.id,
            observer_id=mentor.id,
            template_id=rubric.id,
            starts_at=when(8, 45),
            time_zone="Asia/Almaty",
            class_name="7Ә",
            subject="Алгебра",
            year_group="7",
            focus=EMOJI,
            purpose="appraisal",
            state="closed",
            draft_text=LONG,
            created_at=when(8),
            updated_at=when(9, 30, 999999),
            released_at=when(10),
            closed_at=when(11),
        )
        planned = t.Observation(
            mentee_id=mentee.id,
            template_id=protocol.id,
            starts_at=when(13),
            created_at=when(8),
            updated_at=when(8),
        )
        s.add_all([obs, planned])
        s.flush()
        s.add_all(
            [
                t.ClockSpan(observation_id=obs.id, started_at=when(8, 45), ended_at=when(9, 10)),
                t.ClockSpan(observation_id=obs.id, started_at=when(9, 12)),
                t.LessonPhase(observation_id=obs.id, offset_seconds=0, name="Кіріспе"),
            ]
        )
        notes = [
            t.Note(observation_id=obs.id, offset_seconds=i * 30, text=text, kind=kind)
            for i, (text, kind) in enumerate(zip(TEXTS, KINDS, strict=True))
        ]
        s.add_all(notes)
        record = t.IntervalRecord(
            observation_id=planned.id, index=0, engagement="high", comment=RUSSIAN
        )
        quiet = t.IntervalRecord(observation_id=planned.id, index=1, engagement=None)
        score = t.Score(
            observation_id=obs.id, criterion_id=crit1.id, level_id=high.id, rationale=MARKUP
        )
        ungraded = t.Score(observation_id=obs.id, criterion_id=crit2.id, comment=KAZAKH)
        target = t.Target(
            mentee_id=mentee.id,
            title="Сұрақ қою",
            description=LINES,
            specific="S",
            measurable="M",
            due_on=date(2027, 1, 31),
            status="carried_over",
        )
        s.add_all([record, quiet, score, ungraded, target])
        s.flush()
        s.add(
            t.TargetReview(
                target_id=target.id,
                reviewed_on=date(2026, 10, 1),
                progress=3,
                evidence=EMOJI,
                mentor_comment=MARKUP,
            )
        )
        items = [
            t.FeedbackItem(
                observation_id=obs.id,
                kind="strength",
                position=1,
                text=KAZAKH,
                criterion_id=crit1.id,
            ),
            t.FeedbackItem(observation_id=obs.id, kind="area", position=2, text=RUSSIAN),
            t.FeedbackItem(
                observation_id=obs.id,
                kind="action_step",
                position=3,
                text=EMOJI,
                target_id=target.id,
            ),
        ]
        response = t.MenteeResponse(
            observation_id=obs.id, reflection=LINES, acknowledged_on=date(2026, 9, 15)
        )
        s.add_all([*items, response])
        s.flush()
        s.add_all(
            [
                t.FeedbackAgreement(
                    response_id=response.id, feedback_item_id=items[0].id, agreement="agree"
                ),
                t.FeedbackAgreement(
                    response_id=response.id,
                    feedback_item_id=items[2].id,
                    agreement="partly",
                    comment=EMOJI,
                ),
            ]
        )
        s.execute(
            insert(t.note_criterion),
            [
                {"note_id": notes[0].id, "criterion_id": crit1.id},
                {"note_id": notes[1].id, "criterion_id": crit2.id},
            ],
        )
        s.execute(
            insert(t.interval_tick),
            [
                {"record_id": record.id, "code_id": code1.id},
                {"record_id": record.id, "code_id": code2.id},
            ],
        )
        s.execute(insert(t.score_evidence), [{"score_id": score.id, "note_id": notes[0].id}])
        s.execute(insert(t.target_criterion), [{"target_id": target.id, "criterion_id": crit1.id}])
        s.execute(
            insert(t.target_observation), [{"target_id": target.id, "observation_id": obs.id}]
        )
        s.execute(insert(t.target_note), [{"target_id": target.id, "note_id": notes[2].id}])
        return {"mentor": mentor.uuid, "observation": obs.uuid, "criterion": crit1.uuid}


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in t.Base.metadata.sorted_tables
        }


def without_time(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def exchange(services: Services) -> ExchangeService:
    return ExchangeService(services.database.engine, services.bus)


@pytest.fixture
def open_db(tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    opened: list[Services] = []

    def open_named(name: str) -> Services:
        services = Services.open_path(tmp_path / name / "observer.sqlite")
        opened.append(services)
        return services

    yield open_named
    for services in opened:
        services.close()


@pytest.fixture(scope="module")
def source_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A full, valid document from another school: importable into any of these databases."""
    services = Services.open_path(tmp_path_factory.mktemp("source") / "observer.sqlite")
    try:
        fill_school(services.database.engine)
        return exchange(services).export_document()
    finally:
        services.close()


# ---- export and round trip -------------------------------------------------------------


def test_export_has_every_table_with_uuids_not_ids(services: Services) -> None:
    fill_school(services.database.engine)
    doc = exchange(services).export_document()

    assert doc["format"] == FORMAT_NAME and doc["version"] == FORMAT_VERSION
    assert doc["exported_at"].endswith("Z")
    assert list(doc)[4:] == list(SECTIONS.values())
    counts = row_counts(services.database.engine)
    for table, section in SECTIONS.items():
        assert len(doc[section]) == counts[table] > 0, section
    for section in file_order():
        for row in doc[section.name]:
            assert "id" not in row and not any(k.endswith("_id") for k in row)
            for f in section.references():
                assert row[f.name] is None or isinstance(row[f.name], str)
    note = doc["note_criteria"][0]
    assert set(note) == {"note", "criterion"}
    assert doc["observations"][0]["starts_at"] == "2026-09-14T08:45:05Z"
    assert doc["observations"][0]["updated_at"] == "2026-09-14T09:30:05.999999Z"
    assert doc["targets"][0]["due_on"] == "2027-01-31"
    assert doc["templates"][1]["archived"] is True
    assert "name_key" not in doc["people"][0]


def test_round_trip_into_an_empty_database_is_lossless(
    services: Services, open_db: Callable[[str], Services], tmp_path: Path
) -> None:
    fill_school(services.database.engine)
    first = tmp_path / "first.json"
    exported = exchange(services).export_file(first)

    other = open_db("other")
    changes: list[Change] = []
    other.bus.subscribe(changes.append)
    imported = exchange(other).import_file(first)
    second = tmp_path / "second.json"
    exchange(other).export_file(second)

    assert imported == exported
    assert changes == [Change(Topic.EVERYTHING)]
    assert row_counts(other.database.engine) == row_counts(services.database.engine)
    assert without_time(exchange(other).export_document()) == without_time(
        exchange(services).export_document()
    )
    lines = [
        [x for x in path.read_text("utf-8").splitlines() if '"exported_at"' not in x]
        for path in (first, second)
    ]
    assert lines[0] == lines[1]  # byte for byte, apart from the time of export


def test_text_survives_byte_for_byte(
    services: Services, open_db: Callable[[str], Services], tmp_path: Path
) -> None:
    fill_school(services.database.engine)
    path = tmp_path / "school.json"
    exchange(services).export_file(path)
    raw = path.read_bytes()
    assert KAZAKH.encode() in raw and EMOJI.encode() in raw  # readable, not \u escapes

    other = open_db("other")
    exchange(other).import_file(path)
    with Session(other.database.engine) as s:
        texts = list(s.scalars(select(t.Note.text).order_by(t.Note.offset_seconds)))
        person = s.scalars(select(t.Person).where(t.Person.role == "mentee")).one()
        draft = s.scalars(select(t.Observation.draft_text).where(t.Observation.state == "closed"))
    assert texts == TEXTS
    assert person.full_name == f"{RUSSIAN} {EMOJI}" and person.notes == MARKUP + LINES
    assert person.name_key == f"{RUSSIAN} {EMOJI}".casefold()  # derived again on import
    assert draft.one() == LONG


def test_export_file_is_private_atomic_and_replaces(services: Services, tmp_path: Path) -> None:
    fill_school(services.database.engine)
    path = tmp_path / "out" / "school.json"
    path.parent.mkdir()
    path.write_text("old content")
    path.chmod(0o644)
    counts = exchange(services).export_file(path)

    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["school.json"]  # no partial file left
    doc = json.loads(path.read_text("utf-8"))
    assert {k: len(doc[k]) for k in SECTIONS.values()} == counts
    assert without_time(doc) == without_time(exchange(services).export_document())


def test_export_into_a_missing_folder_raises_oserror(services: Services, tmp_path: Path) -> None:
    with pytest.raises(OSError):
        exchange(services).export_file(tmp_path / "nowhere" / "school.json")


def test_empty_database_round_trip(open_db: Callable[[str], Services], tmp_path: Path) -> None:
    empty = open_db("empty")
    path = tmp_path / "empty.json"
    counts = exchange(empty).export_file(path)
    assert set(counts.values()) == {0}
    assert exchange(open_db("other")).import_file(path) == counts


def test_sections_may_be_left_out_and_refer_to_records_already_in_the_database(
    services: Services, tmp_path: Path
) -> None:
    known = fill_school(services.database.engine)
    note = {
        "uuid": str(uuid.uuid4()),
        "observation": known["observation"],
        "offset_seconds": 600,
        "text": "Added from a hand-written file",
        "kind": "question",
        "created_at": "2026-09-14T09:00:00+05:00",
        "updated_at": "2026-09-14T04:00:00.5Z",
    }
    tag = {"note": note["uuid"], "criterion": known["criterion"]}
    path = tmp_path / "one-note.json"  # as saved by an editor that adds a byte-order mark
    path.write_text(
        json.dumps({"format": FORMAT_NAME, "version": 1, "notes": [note], "note_criteria": [tag]}),
        encoding="utf-8-sig",
    )
    before = row_counts(services.database.engine)

    counts = exchange(services).import_file(path)

    assert counts["notes"] == 1 and counts["note_criteria"] == 1 and counts["people"] == 0
    after = row_counts(services.database.engine)
    assert after["note"] == before["note"] + 1
    doc = exchange(services).export_document()
    (stored,) = [n for n in doc["notes"] if n["uuid"] == note["uuid"]]
    assert stored["created_at"] == "2026-09-14T04:00:00Z"  # any zone in, UTC out
    assert stored["updated_at"] == "2026-09-14T04:00:00.500000Z"
    assert tag in doc["note_criteria"]


# ---- the schema ------------------------------------------------------------------------------


def test_schema_is_valid_and_export_matches_it(services: Services) -> None:
    schema = load_schema()
    Draft202012Validator.check_schema(schema)
    fill_school(services.database.engine)
    Draft202012Validator(schema).validate(exchange(services).export_document())
    assert schema["properties"]["format"]["const"] == FORMAT_NAME
    assert all("description" in schema["properties"][name] for name in SECTIONS.values())


def test_schema_describes_every_column_of_every_table() -> None:
    schema = load_schema()
    enum_columns = {
        ("person", "role"): enums.Role,
        ("template", "kind"): enums.TemplateKind,
        ("observation", "purpose"): enums.Purpose,
        ("observation", "state"): enums.ObservationState,
        ("note", "kind"): enums.NoteKind,
        ("feedback_item", "kind"): enums.FeedbackKind,
        ("target", "status"): enums.TargetStatus,
        ("feedback_agreement", "agreement"): enums.Agreement,
    }
    assert set(SECTIONS) == set(t.Base.metadata.tables)
    for section in file_order():
        row = schema["$defs"][schema["properties"][section.name]["items"]["$ref"].split("/")[-1]]
        assert row["additionalProperties"] is False
        assert set(row["properties"]) == {f.name for f in section.fields}
        assert set(row["required"]) == set(row["properties"])
        for f in section.fields:
            prop = row["properties"][f.name]
            if f.kind in (Kind.REFERENCE, Kind.DATETIME, Kind.DATE) or f.name == "uuid":
                assert "$ref" in json.dumps(prop), (section.name, f.name)
            enum = enum_columns.get((section.table.name, f.column.name))
            if enum is not None:
                assert prop["enum"] == [e.value for e in enum]


def test_quick_check_agrees_with_jsonschema(source_doc: dict[str, Any]) -> None:
    schema = load_schema()
    note = source_doc["notes"][0]
    bad_values: list[Any] = [None, 1, 1.5, True, "", "x" * 37, [], {}, "2026-09-14"]
    for name, prop in schema["properties"].items():
        if "items" not in prop:
            continue
        row_schema = {"$defs": schema["$defs"], **prop["items"]}
        validator = Draft202012Validator(row_schema)
        quick = compile_check(prop["items"], schema["$defs"])
        rows = source_doc[name]
        for row in rows[:1] or [note]:
            assert quick(row) == validator.is_valid(row)
            for key in row:
                for value in [*bad_values, 3.0, -(2**31) - 1, 2**31]:
                    changed = {**row, key: value}
                    assert quick(changed) == validator.is_valid(changed), (name, key, value)
                missing = {k: v for k, v in row.items() if k != key}
                assert quick(missing) is validator.is_valid(missing) is False
            assert quick({**row, "extra": 1}) is False
        assert quick([]) is validator.is_valid([]) is False


# ---- bad files: refused, with a place, and nothing written -----------------------------------


def snapshot(services: Services) -> tuple[dict[str, int], dict[str, Any]]:
    return row_counts(services.database.engine), without_time(exchange(services).export_document())


def edit(change: Callable[[dict[str, Any]], Any]) -> Callable[[dict[str, Any]], bytes]:
    def build(doc: dict[str, Any]) -> bytes:
        change(doc)
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")

    return build


def raw(data: bytes) -> Callable[[dict[str, Any]], bytes]:
    return lambda doc: data


def _set(section: str, index: int, key: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    return lambda doc: doc[section][index].__setitem__(key, value)


def _dup_uuid(doc: dict[str, Any]) -> None:
    doc["people"][1]["uuid"] = doc["people"][0]["uuid"]


def _dup_pair(doc: dict[str, Any]) -> None:
    doc["note_criteria"].append(dict(doc["note_criteria"][0]))


def _dup_score(doc: dict[str, Any]) -> None:
    doc["scores"].append({**doc["scores"][0], "uuid": str(uuid.uuid4())})


def _truncated(doc: dict[str, Any]) -> bytes:
    data = json.dumps(doc, indent=1).encode()
    return data[: len(data) // 2]


def _surrogate(doc: dict[str, Any]) -> bytes:
    doc["notes"][1]["text"] = "half an emoji: \ud83d"
    return json.dumps(doc).encode()  # ascii escapes: "\ud83d" is valid JSON syntax


BROKEN = str(uuid.uuid4())
BAD_FILES: dict[str, tuple[Callable[[dict[str, Any]], bytes], list[str]]] = {
    "empty": (raw(b""), ["empty"]),
    "only spaces": (raw(b" \n\t\n"), ["the file is empty"]),
    "not JSON": (raw(b"Name,Role\nAsel,mentor\n"), ["not valid JSON at line 1, column 1"]),
    "truncated": (_truncated, ["not valid JSON", "line "]),
    "not UTF-8": (raw(b'{\n "format": "caf\xe9"}'), ["not UTF-8", "line 2, column 16"]),
    "NaN": (raw(b'{"format": "observer-exchange", "version": NaN}'), ["NaN"]),
    "top-level list": (raw(b"[1, 2]"), ["not a JSON object"]),
    "wrong format": (edit(lambda d: d.update(format="zotero-rdf")), ["format:", "zotero-rdf"]),
    "no format": (edit(lambda d: d.pop("format")), ["format: required field missing"]),
    "version 99": (edit(lambda d: d.update(version=99)), ["version: version 99", "version 1"]),
    "version text": (edit(lambda d: d.update(version="1")), ['version: version "1"']),
    "unknown section": (edit(lambda d: d.update(pupils=[])), ["pupils: unknown section"]),
    "section not list": (edit(lambda d: d.update(notes={})), ["notes: expected an array"]),
    "row not object": (edit(lambda d: d["people"].append("x")), ["people[2]: expected an obj"]),
    "missing field": (
        edit(lambda d: d["people"][1].pop("full_name")),
        ["people[1].full_name: required field missing"],
    ),
    "unknown field": (edit(_set("people", 0, "age", 40)), ["people[0].age: unknown field"]),
    "wrong type": (
        edit(_set("notes", 3, "offset_seconds", "90")),
        ["notes[3].offset_seconds: expected a whole number, found text"],
    ),
    "boolean as number": (
        edit(_set("templates", 0, "archived", 0)),
        ["templates[0].archived: expected true or false"],
    ),
    "enum": (edit(_set("people", 0, "role", "boss")), ["people[0].role:", "mentor, mentee"]),
    "range": (edit(_set("target_reviews", 0, "progress", 5)), ["target_reviews[0].progress"]),
    "not a uuid": (edit(_set("notes", 2, "uuid", "12")), ["notes[2].uuid:", "not a UUID"]),
    "nullable reference": (
        edit(_set("observations", 0, "observer", 7)),
        ["observations[0].observer: expected text (or null), found a number"],
    ),
    "naive datetime": (
        edit(_set("notes", 0, "created_at", "2026-09-14T09:00:00")),
        ["notes[0].created_at:", "with a zone"],
    ),
    "impossible date": (
        edit(_set("targets", 0, "due_on", "2027-02-30")),
        ["targets[0].due_on:", "not a real date"],
    ),
    "impossible datetime": (
        edit(_set("clock_spans", 1, "started_at", "2026-09-14T25:00:00Z")),
        ["clock_spans[1].started_at:", "not a real date and time"],
    ),
    "before year 1 in UTC": (
        edit(_set("notes", 0, "updated_at", "0001-01-01T00:00:00+05:00")),
        ["notes[0].updated_at:", "out of range"],
    ),
    "huge field": (
        edit(_set("notes", 0, "text", "ж" * 1_000_001)),
        ["notes[0].text: 1,000,001 characters, longer than the 1,000,000 allowed"],
    ),
    "long name": (
        edit(_set("people", 0, "full_name", "Ә" * 201)),
        ["people[0].full_name:", "200 allowed"],
    ),
    "unpaired surrogate": (_surrogate, ["notes[1].text:", "surrogate"]),
    "broken reference": (
        edit(_set("notes", 4, "observation", BROKEN)),
        [f"notes[4].observation: refers to observation {BROKEN}", "neither in the file"],
    ),
    "broken link": (
        edit(_set("target_notes", 0, "note", BROKEN)),
        [f"target_notes[0].note: refers to note {BROKEN}"],
    ),
    "duplicate uuid": (edit(_dup_uuid), ["people[1].uuid:", "appears twice", "people[0]"]),
    "duplicate pair": (
        edit(_dup_pair),
        ["note_criteria[2]: same note and criterion as note_criteria[0]"],
    ),
    "duplicate combination": (
        edit(_dup_score),
        ["scores[2]: same observation and criterion as scores[0]"],
    ),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_and_changes_nothing(
    case: str, services: Services, source_doc: dict[str, Any], tmp_path: Path
) -> None:
    fill_school(services.database.engine)
    build, expected = BAD_FILES[case]
    path = tmp_path / "bad.json"
    path.write_bytes(build(copy.deepcopy(source_doc)))
    before = snapshot(services)
    changes: list[Change] = []
    services.bus.subscribe(changes.append)

    with pytest.raises(ExchangeInvalid) as caught:
        exchange(services).import_file(path)

    message = str(caught.value)
    for part in expected:
        assert part in message, message
    assert "\n" not in message and len(message) < 300
    assert snapshot(services) == before
    assert changes == []


def test_uuid_already_in_the_database_is_refused(
    services: Services, source_doc: dict[str, Any], tmp_path: Path
) -> None:
    known = fill_school(services.database.engine)
    doc = copy.deepcopy(source_doc)
    doc["people"][1]["uuid"] = known["mentor"]
    for row in doc["observations"] + doc["targets"]:
        if row["mentee"] == source_doc["people"][1]["uuid"]:
            row["mentee"] = known["mentor"]
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    before = snapshot(services)

    with pytest.raises(ExchangeInvalid, match=r"people\[1\]\.uuid: .* already in the database"):
        exchange(services).import_file(path)
    with pytest.raises(ExchangeInvalid, match=KAZAKH):  # names the record it clashes with
        exchange(services).validate_document(doc)
    assert snapshot(services) == before


def test_importing_the_same_file_twice_is_refused(
    services: Services, source_doc: dict[str, Any], tmp_path: Path
) -> None:
    path = tmp_path / "school.json"
    path.write_text(json.dumps(source_doc), encoding="utf-8")
    exchange(services).import_file(path)
    before = snapshot(services)
    with pytest.raises(ExchangeInvalid, match=r"people\[0\]\.uuid: .* already in the database"):
        exchange(services).import_file(path)
    assert snapshot(services) == before


def test_database_constraint_failure_rolls_everything_back(
    services: Services, source_doc: dict[str, Any], tmp_path: Path
) -> None:
    """A clash only the database can see (with rows already there) still changes nothing."""
    known = fill_school(services.database.engine)
    before = snapshot(services)
    score = dict(before[1]["scores"][0], uuid=str(uuid.uuid4()))  # same observation+criterion
    doc = copy.deepcopy(source_doc)
    doc["scores"].append(score)
    assert score["observation"] == known["observation"]
    path = tmp_path / "clash.json"
    path.write_text(json.dumps(doc), encoding="utf-8")

    with pytest.raises(ExchangeInvalid, match="the database refused the data: UNIQUE"):
        exchange(services).import_file(path)
    assert snapshot(services) == before


def test_missing_file_is_reported(services: Services, tmp_path: Path) -> None:
    with pytest.raises(ExchangeInvalid, match="cannot read the file"):
        exchange(services).import_file(tmp_path / "nothing.json")


def test_oversized_file_is_refused_before_reading(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import observer.services.exchange as module

    path = tmp_path / "big.json"
    path.write_text(json.dumps({"format": FORMAT_NAME, "version": 1, "people": []}))
    monkeypatch.setattr(module, "MAX_FILE_BYTES", 20)
    with pytest.raises(ExchangeInvalid, match=r"the file is \d+ bytes; the limit is 20 bytes"):
        exchange(services).import_file(path)


def test_validate_document_checks_without_writing(
    services: Services, source_doc: dict[str, Any]
) -> None:
    before = row_counts(services.database.engine)
    exchange(services).validate_document(copy.deepcopy(source_doc))
    with pytest.raises(ExchangeInvalid, match="not a JSON object"):
        exchange(services).validate_document([source_doc])
    with pytest.raises(ExchangeInvalid, match=r"notes\[0\]\.kind: \"gossip\" is not one of"):
        doc = copy.deepcopy(source_doc)
        doc["notes"][0]["kind"] = "gossip"
        exchange(services).validate_document(doc)
    assert row_counts(services.database.engine) == before
