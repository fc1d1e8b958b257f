"""The whole data model as SQLAlchemy 2 typed mappings.

Integer keys inside the file; a stable UUID on every record so exports and
exchange packages can name it. Link tables join two records and carry no UUID
of their own: the pair of UUIDs is their identity outside the file.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from observer.storage.types import UUID, UTCDateTime, new_uuid, utc_now

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Record:
    """Columns every record has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID, unique=True, default=new_uuid)


def _fk(target: str, *, cascade: bool = True, nullable: bool = False) -> Mapped[int]:
    return mapped_column(
        ForeignKey(target, ondelete="CASCADE" if cascade else "RESTRICT"),
        nullable=nullable,
        index=True,
    )


# ---- people -------------------------------------------------------------------


class Person(Record, Base):
    __tablename__ = "person"
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), index=True)
    role: Mapped[str] = mapped_column(String(16), index=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    career_stage: Mapped[str] = mapped_column(String(100), default="")
    subjects: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    __table_args__ = (CheckConstraint("role IN ('mentor', 'mentee')", name="role"),)


# ---- templates: rubrics and interval protocols --------------------------------


class Template(Record, Base):
    __tablename__ = "template"
    # All versions of one template share a family; observations point at a version.
    family_uuid: Mapped[str] = mapped_column(UUID, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(16), default="en")
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(Text, default="")
    attribution: Mapped[str] = mapped_column(Text, default="")
    licence: Mapped[str] = mapped_column(Text, default="")
    own_wording: Mapped[bool] = mapped_column(Boolean, default=True)
    interval_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    __table_args__ = (
        UniqueConstraint("family_uuid", "version", name="family_version"),
        CheckConstraint("kind IN ('rubric', 'ungraded', 'interval')", name="kind"),
    )


class CriterionGroup(Record, Base):
    __tablename__ = "criterion_group"
    template_id: Mapped[int] = _fk("template.id")
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32), default="")
    title: Mapped[str] = mapped_column(String(300))


class Criterion(Record, Base):
    __tablename__ = "criterion"
    template_id: Mapped[int] = _fk("template.id")
    group_id: Mapped[int | None] = _fk("criterion_group.id", nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    guidance: Mapped[str] = mapped_column(Text, default="")


class ScaleLevel(Record, Base):
    __tablename__ = "scale_level"
    template_id: Mapped[int] = _fk("template.id")
    position: Mapped[int] = mapped_column(Integer)  # 1 = lowest
    label: Mapped[str] = mapped_column(String(100))
    descriptor: Mapped[str] = mapped_column(Text, default="")


class LevelDescriptor(Record, Base):
    """Optional wording of one level for one criterion."""

    __tablename__ = "level_descriptor"
    criterion_id: Mapped[int] = _fk("criterion.id")
    level_id: Mapped[int] = _fk("scale_level.id")
    descriptor: Mapped[str] = mapped_column(Text)


class IntervalCode(Record, Base):
    __tablename__ = "interval_code"
    template_id: Mapped[int] = _fk("template.id")
    position: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(50))  # e.g. "students", "instructor"
    code: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    aliases: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(100), default="")


# ---- observations ---------------------------------------------------------------


class Observation(Record, Base):
    __tablename__ = "observation"
    mentee_id: Mapped[int] = _fk("person.id", cascade=False)
    observer_id: Mapped[int | None] = _fk("person.id", cascade=False, nullable=True)
    template_id: Mapped[int] = _fk("template.id", cascade=False)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="UTC")
    class_name: Mapped[str] = mapped_column(String(100), default="")
    subject: Mapped[str] = mapped_column(String(100), default="")
    year_group: Mapped[str] = mapped_column(String(50), default="")
    focus: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(String(16), default="developmental")
    state: Mapped[str] = mapped_column(String(16), default="planned", index=True)
    draft_text: Mapped[str] = mapped_column(Text, default="")  # unfinished note, kept on crash
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    released_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    __table_args__ = (
        CheckConstraint("purpose IN ('developmental', 'appraisal')", name="purpose"),
        CheckConstraint(
            "state IN ('planned', 'live', 'in_review', 'released', 'responded', 'closed')",
            name="state",
        ),
    )


class ClockSpan(Record, Base):
    """One run of the lesson clock; a pause ends a span, resuming starts the next."""

    __tablename__ = "clock_span"
    observation_id: Mapped[int] = _fk("observation.id")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class LessonPhase(Record, Base):
    __tablename__ = "lesson_phase"
    observation_id: Mapped[int] = _fk("observation.id")
    offset_seconds: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))


class Note(Record, Base):
    __tablename__ = "note"
    observation_id: Mapped[int] = _fk("observation.id")
    offset_seconds: Mapped[int] = mapped_column(Integer)  # lesson time, pauses excluded
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32), default="general")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    __table_args__ = (Index("ix_note_observation_offset", "observation_id", "offset_seconds"),)


note_criterion = Table(
    "note_criterion",
    Base.metadata,
    Column("note_id", ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
)


class IntervalRecord(Record, Base):
    __tablename__ = "interval_record"
    observation_id: Mapped[int] = _fk("observation.id")
    index: Mapped[int] = mapped_column(Integer)  # 0 = first interval
    engagement: Mapped[str | None] = mapped_column(String(16), nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("observation_id", "index", name="observation_index"),)


interval_tick = Table(
    "interval_tick",
    Base.metadata,
    Column("record_id", ForeignKey("interval_record.id", ondelete="CASCADE"), primary_key=True),
    Column("code_id", ForeignKey("interval_code.id", ondelete="CASCADE"), primary_key=True),
)


class Score(Record, Base):
    __tablename__ = "score"
    observation_id: Mapped[int] = _fk("observation.id")
    criterion_id: Mapped[int] = _fk("criterion.id", cascade=False)
    level_id: Mapped[int | None] = _fk("scale_level.id", cascade=False, nullable=True)
    comment: Mapped[str] = mapped_column(Text, default="")  # ungraded templates
    rationale: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("observation_id", "criterion_id", name="observation_criterion"),
    )


score_evidence = Table(
    "score_evidence",
    Base.metadata,
    Column("score_id", ForeignKey("score.id", ondelete="CASCADE"), primary_key=True),
    Column("note_id", ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
)


class FeedbackItem(Record, Base):
    """A strength, an area to develop or an action step, in the mentor's order."""

    __tablename__ = "feedback_item"
    observation_id: Mapped[int] = _fk("observation.id")
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    criterion_id: Mapped[int | None] = _fk("criterion.id", cascade=False, nullable=True)
    target_id: Mapped[int | None] = _fk("target.id", cascade=False, nullable=True)
    __table_args__ = (CheckConstraint("kind IN ('strength', 'area', 'action_step')", name="kind"),)


class MenteeResponse(Record, Base):
    __tablename__ = "mentee_response"
    observation_id: Mapped[int] = mapped_column(
        ForeignKey("observation.id", ondelete="CASCADE"), unique=True
    )
    reflection: Mapped[str] = mapped_column(Text, default="")
    acknowledged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class FeedbackAgreement(Record, Base):
    """The mentee's agree / partly agree / disagree on one feedback point."""

    __tablename__ = "feedback_agreement"
    response_id: Mapped[int] = _fk("mentee_response.id")
    feedback_item_id: Mapped[int] = _fk("feedback_item.id")
    agreement: Mapped[str] = mapped_column(String(16))
    comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (
        UniqueConstraint("response_id", "feedback_item_id", name="response_item"),
        CheckConstraint("agreement IN ('agree', 'partly', 'disagree')", name="agreement"),
    )


# ---- development targets --------------------------------------------------------


class Target(Record, Base):
    __tablename__ = "target"
    mentee_id: Mapped[int] = _fk("person.id")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    specific: Mapped[str] = mapped_column(Text, default="")
    measurable: Mapped[str] = mapped_column(Text, default="")
    achievable: Mapped[str] = mapped_column(Text, default="")
    relevant: Mapped[str] = mapped_column(Text, default="")
    time_bound: Mapped[str] = mapped_column(Text, default="")
    baseline: Mapped[str] = mapped_column(Text, default="")
    success_measure: Mapped[str] = mapped_column(Text, default="")
    due_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    __table_args__ = (
        CheckConstraint(
            "status IN ('active', 'achieved', 'carried_over', 'dropped')", name="status"
        ),
    )


class TargetReview(Record, Base):
    __tablename__ = "target_review"
    target_id: Mapped[int] = _fk("target.id")
    reviewed_on: Mapped[date] = mapped_column(Date)
    progress: Mapped[int] = mapped_column(Integer)  # 1 (no progress) .. 4 (met)
    evidence: Mapped[str] = mapped_column(Text, default="")
    mentor_comment: Mapped[str] = mapped_column(Text, default="")
    mentee_reflection: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (CheckConstraint("progress BETWEEN 1 AND 4", name="progress"),)


target_criterion = Table(
    "target_criterion",
    Base.metadata,
    Column("target_id", ForeignKey("target.id", ondelete="CASCADE"), primary_key=True),
    Column("criterion_id", ForeignKey("criterion.id", ondelete="CASCADE"), primary_key=True),
)

target_observation = Table(
    "target_observation",
    Base.metadata,
    Column("target_id", ForeignKey("target.id", ondelete="CASCADE"), primary_key=True),
    Column("observation_id", ForeignKey("observation.id", ondelete="CASCADE"), primary_key=True),
)

target_note = Table(
    "target_note",
    Base.metadata,
    Column("target_id", ForeignKey("target.id", ondelete="CASCADE"), primary_key=True),
    Column("note_id", ForeignKey("note.id", ondelete="CASCADE"), primary_key=True),
)
