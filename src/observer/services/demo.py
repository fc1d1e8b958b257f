"""A realistic demo school, deterministic for a seed, written with bulk inserts.

Rows are built as plain dicts with explicit ids and inserted table by table with
SQLAlchemy Core (hundreds of thousands of rows a second), in one transaction.
"""

from __future__ import annotations

import random
import time
import uuid as uuidlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import FromClause, func, insert, select

from observer.domain.people import name_key
from observer.services import demo_content as words
from observer.services.changes import Change, Topic
from observer.services.context import Services
from observer.storage import tables as t
from observer.storage.bulk import advance_id_sequences, next_ids, note_index_rebuilt_after
from observer.storage.engine import writer

NOTES_PER_OBSERVATION = 30
LESSON_SECONDS = 50 * 60


class DemoRefused(Exception):
    """Demo data goes only into a database that has no people yet."""


@dataclass(frozen=True)
class DemoSummary:
    people: int
    observations: int
    notes: int
    targets: int
    seconds: float


class _School:
    """Collects rows per table and hands out ids and seeded UUIDs."""

    def __init__(self, rng: random.Random, first_ids: dict[str, int] | None = None) -> None:
        self.rng = rng
        self.rows: dict[FromClause, list[dict[str, Any]]] = defaultdict(list)
        self.first_ids = first_ids or {}

    def add(self, table: FromClause, **values: Any) -> int:
        rows = self.rows[table]
        if "id" in table.c:
            values["id"] = self.first_ids.get(table.description, 1) + len(rows)
            values["uuid"] = str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))
        rows.append(values)
        return int(values.get("id", 0))

    def count(self, table: FromClause) -> int:
        return len(self.rows[table])


def generate_demo(
    services: Services,
    *,
    seed: int = 1,
    mentees: int = 12,
    observations: int = 60,
    today: date | None = None,
) -> DemoSummary:
    started = time.perf_counter()
    engine = services.database.engine
    all_tables = list(t.Base.metadata.sorted_tables)
    with engine.connect() as conn:
        if conn.scalar(select(func.count()).select_from(t.Person.__table__)):
            raise DemoRefused("the database already has people in it; use an empty database.")
        first_ids = next_ids(conn, all_tables)
    school = _School(random.Random(seed), first_ids)
    now = datetime.now(UTC)
    anchor = today or now.date()
    _build(school, mentees, observations, anchor, now)
    with writer(engine).begin() as conn, note_index_rebuilt_after(conn):
        for table in all_tables:
            rows = school.rows.get(table)
            if rows:
                conn.execute(insert(table), rows)
        advance_id_sequences(conn, all_tables)
    services.bus.publish(Change(Topic.EVERYTHING))
    return DemoSummary(
        people=school.count(t.Person.__table__),
        observations=school.count(t.Observation.__table__),
        notes=school.count(t.Note.__table__),
        targets=school.count(t.Target.__table__),
        seconds=time.perf_counter() - started,
    )


def _person_name(rng: random.Random) -> tuple[str, str]:
    language = rng.choices(["en", "ru", "kk"], weights=[5, 2, 3])[0]
    female = rng.random() < 0.7  # most teachers are women
    first = rng.choice((words.FEMALE_NAMES if female else words.MALE_NAMES)[language])
    surname = rng.choice(words.SURNAMES[language])[0 if female else 1]
    return f"{first} {surname}", language


def _class_and_year(rng: random.Random, lang: str) -> tuple[str, str]:
    """A year group and a class in it that agree: 'Year 9' / '9B', '7 сынып' / '7Ә'."""
    years, letters = words.YEAR_GROUPS[lang]
    year = rng.choice(years)
    number = "".join(ch for ch in year if ch.isdigit())
    return f"{number}{rng.choice(letters)}", year


def _build(school: _School, mentees: int, observations: int, anchor: date, now: datetime) -> None:
    rng = school.rng
    people = t.Person.__table__
    stamp = {"created_at": now, "updated_at": now}

    mentor_ids = []
    for _ in range(max(2, mentees // 8 + 1)):
        name, lang = _person_name(rng)
        mentor_ids.append(
            school.add(
                people,
                full_name=name,
                name_key=name_key(name),
                role="mentor",
                email="",
                career_stage="Mentor",
                subjects=rng.choice(words.SUBJECTS[lang]),
                notes="",
                **stamp,
            )
        )
    mentee_langs: dict[int, str] = {}
    mentee_subjects: dict[int, str] = {}
    for _ in range(mentees):
        name, lang = _person_name(rng)
        subject = rng.choice(words.SUBJECTS[lang])
        mentee_id = school.add(
            people,
            full_name=name,
            name_key=name_key(name),
            role="mentee",
            email=f"{lang}.{len(mentee_langs) + 1}@school.example",
            career_stage=rng.choice(words.CAREER_STAGES),
            subjects=subject,
            notes="",
            **stamp,
        )
        mentee_langs[mentee_id] = lang
        mentee_subjects[mentee_id] = subject

    templates = _templates(school, now)
    targets = _targets(school, mentee_langs, templates["rubric_criteria"], anchor, now)
    mentee_ids = list(mentee_langs)
    for index in range(observations):
        mentee_id = mentee_ids[index % len(mentee_ids)]
        _observation(
            school,
            mentee_id,
            mentee_langs[mentee_id],
            mentee_subjects[mentee_id],
            rng.choice(mentor_ids),
            templates,
            targets[mentee_id],
            anchor,
            now,
        )


def _templates(school: _School, now: datetime) -> dict[str, Any]:
    tpl = t.Template.__table__
    common = {
        "language": "en",
        "description": "",
        "source": "Observer demo data",
        "attribution": "",
        "licence": "",
        "own_wording": True,
        "archived": False,
        "created_at": now,
        "version": 1,
    }

    def template(name: str, kind: str, seconds: int | None = None) -> int:
        family = str(uuidlib.UUID(int=school.rng.getrandbits(128), version=4))
        return school.add(
            tpl, family_uuid=family, name=name, kind=kind, interval_seconds=seconds, **common
        )

    rubric = template(words.RUBRIC_NAME, "rubric")
    levels = [
        school.add(
            t.ScaleLevel.__table__, template_id=rubric, position=i + 1, label=label, descriptor=text
        )
        for i, (label, text) in enumerate(words.RUBRIC_LEVELS)
    ]
    criteria: list[int] = []
    for g, (code, title, items) in enumerate(words.RUBRIC_GROUPS):
        group = school.add(
            t.CriterionGroup.__table__, template_id=rubric, position=g + 1, code=code, title=title
        )
        for c_code, c_title in items:
            criteria.append(
                school.add(
                    t.Criterion.__table__,
                    template_id=rubric,
                    group_id=group,
                    position=len(criteria) + 1,
                    code=c_code,
                    title=c_title,
                    description="",
                    guidance="",
                )
            )
    walk = template(words.WALKTHROUGH_NAME, "ungraded")
    walk_criteria = [
        school.add(
            t.Criterion.__table__,
            template_id=walk,
            group_id=None,
            position=i + 1,
            code=code,
            title=title,
            description="",
            guidance="",
        )
        for i, (code, title) in enumerate(words.WALKTHROUGH_CRITERIA)
    ]
    interval = template(words.INTERVAL_NAME, "interval", words.INTERVAL_SECONDS)
    codes = [
        school.add(
            t.IntervalCode.__table__,
            template_id=interval,
            position=i + 1,
            actor=actor,
            code=code,
            label=label,
            description="",
            aliases="",
            category=category,
        )
        for i, (actor, code, label, category) in enumerate(words.INTERVAL_CODES)
    ]
    return {
        "rubric": rubric,
        "rubric_criteria": criteria,
        "levels": levels,
        "walk": walk,
        "walk_criteria": walk_criteria,
        "interval": interval,
        "codes": codes,
    }


def _targets(
    school: _School, mentees: dict[int, str], criteria: list[int], anchor: date, now: datetime
) -> dict[int, list[int]]:
    rng = school.rng
    result: dict[int, list[int]] = {}
    for mentee_id in mentees:
        ids = []
        for title in rng.sample(words.TARGET_TITLES, rng.randint(2, 3)):
            status = rng.choices(["active", "achieved", "carried_over"], weights=[6, 2, 1])[0]
            target_id = school.add(
                t.Target.__table__,
                mentee_id=mentee_id,
                title=title,
                description="",
                specific=title,
                measurable="Seen in three consecutive observations",
                achievable="With weekly coaching",
                relevant="Whole-school priority",
                time_bound="By the end of term",
                baseline="Seen occasionally",
                success_measure="Secure in the rubric on two observations",
                due_on=anchor + timedelta(days=rng.randint(-20, 70)),
                status=status,
                created_at=now,
                updated_at=now,
            )
            school.add(t.target_criterion, target_id=target_id, criterion_id=rng.choice(criteria))
            for r in range(rng.randint(0, 2)):
                school.add(
                    t.TargetReview.__table__,
                    target_id=target_id,
                    reviewed_on=anchor - timedelta(days=14 * (r + 1)),
                    progress=rng.randint(1, 4),
                    evidence="Seen in the last observation.",
                    mentor_comment="Good progress.",
                    mentee_reflection="",
                )
            ids.append(target_id)
        result[mentee_id] = ids
    return result


def _observation(
    school: _School,
    mentee_id: int,
    lang: str,
    subject: str,
    observer_id: int,
    templates: dict[str, Any],
    targets: list[int],
    anchor: date,
    now: datetime,
) -> None:
    rng = school.rng
    day = anchor + timedelta(days=rng.randint(-180, 10))
    day -= timedelta(days=max(0, day.weekday() - 4))  # lessons happen on weekdays
    starts = datetime(
        day.year,
        day.month,
        day.day,
        rng.choice([8, 9, 10, 11, 13, 14]),
        rng.choice([0, 15, 30, 45]),
        tzinfo=UTC,
    )
    future = starts > now
    kind = rng.choices(["rubric", "walk", "interval"], weights=[6, 2, 2])[0]
    state = (
        "planned"
        if future
        else rng.choices(["in_review", "released", "responded", "closed"], weights=[1, 2, 2, 5])[0]
    )
    class_name, year_group = _class_and_year(rng, lang)
    obs = school.add(
        t.Observation.__table__,
        mentee_id=mentee_id,
        observer_id=observer_id,
        template_id=templates[kind],
        starts_at=starts,
        time_zone="Europe/London" if lang == "en" else "Asia/Almaty",
        class_name=class_name,
        subject=subject if rng.random() < 0.85 else rng.choice(words.SUBJECTS[lang]),
        year_group=year_group,
        focus=rng.choice(words.FOCUSES),
        purpose=rng.choices(["developmental", "appraisal"], weights=[4, 1])[0],
        state=state,
        draft_text="",
        created_at=now,
        updated_at=now,
        released_at=None if state in ("planned", "in_review") else starts + timedelta(days=1),
        closed_at=starts + timedelta(days=5) if state == "closed" else None,
    )
    if targets:
        school.add(t.target_observation, target_id=rng.choice(targets), observation_id=obs)
    if future:
        return
    school.add(
        t.ClockSpan.__table__,
        observation_id=obs,
        started_at=starts,
        ended_at=starts + timedelta(seconds=LESSON_SECONDS),
    )
    for offset, phase in words.PHASES:
        school.add(t.LessonPhase.__table__, observation_id=obs, offset_seconds=offset, name=phase)
    sentences = words.NOTE_SENTENCES[lang] + words.NOTE_SENTENCES["en"]
    criteria = templates["rubric_criteria"] if kind == "rubric" else templates["walk_criteria"]
    note_ids = []
    step = LESSON_SECONDS // NOTES_PER_OBSERVATION
    for n in range(NOTES_PER_OBSERVATION):
        note = school.add(
            t.Note.__table__,
            observation_id=obs,
            offset_seconds=n * step + rng.randint(0, step - 1),
            text=rng.choice(sentences),
            kind=rng.choice(["general", "strength", "development", "question", "pupil_response"]),
            created_at=now,
            updated_at=now,
        )
        note_ids.append(note)
        if n % 3 == 0:
            school.add(t.note_criterion, note_id=note, criterion_id=rng.choice(criteria))
    if kind == "interval":
        for index in range(LESSON_SECONDS // words.INTERVAL_SECONDS):
            record = school.add(
                t.IntervalRecord.__table__,
                observation_id=obs,
                index=index,
                engagement=rng.choice(["low", "medium", "high"]),
                comment="",
            )
            for code in rng.sample(templates["codes"], 2):
                school.add(t.interval_tick, record_id=record, code_id=code)
    elif kind == "rubric":
        for criterion in rng.sample(criteria, 4):
            score = school.add(
                t.Score.__table__,
                observation_id=obs,
                criterion_id=criterion,
                level_id=rng.choice(templates["levels"]),
                comment="",
                rationale="Seen in the evidence notes.",
            )
            school.add(t.score_evidence, score_id=score, note_id=rng.choice(note_ids))
    if targets and rng.random() < 0.3:
        school.add(t.target_note, target_id=rng.choice(targets), note_id=note_ids[0])
    _feedback(school, obs, state, starts.date(), targets, criteria)


def _feedback(
    school: _School, obs: int, state: str, day: date, targets: list[int], criteria: list[int]
) -> None:
    rng = school.rng
    item = t.FeedbackItem.__table__
    items = [
        school.add(
            item,
            observation_id=obs,
            kind="strength",
            position=1,
            text=rng.choice(words.STRENGTHS),
            criterion_id=rng.choice(criteria),
            target_id=None,
        ),
        school.add(
            item,
            observation_id=obs,
            kind="area",
            position=2,
            text=rng.choice(words.AREAS),
            criterion_id=None,
            target_id=None,
        ),
        school.add(
            item,
            observation_id=obs,
            kind="action_step",
            position=3,
            text=rng.choice(words.ACTION_STEPS),
            criterion_id=None,
            target_id=rng.choice(targets) if targets else None,
        ),
    ]
    if state in ("responded", "closed"):
        response = school.add(
            t.MenteeResponse.__table__,
            observation_id=obs,
            reflection=rng.choice(words.REFLECTIONS),
            acknowledged_on=day + timedelta(days=3),
            created_at=datetime.now(UTC),
        )
        for item_id in items:
            school.add(
                t.FeedbackAgreement.__table__,
                response_id=response,
                feedback_item_id=item_id,
                agreement=rng.choices(["agree", "partly", "disagree"], [6, 2, 1])[0],
                comment="",
            )
