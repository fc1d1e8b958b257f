"""Initial schema: people, templates, observations, notes, scores, feedback, targets.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 21:40:10.821375
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Mark the file as Observer's (0x4F425352, "OBSR") so a foreign file is recognised.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 1329746770")
    op.create_table(
        "person",
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("career_stage", sa.String(length=100), nullable=False),
        sa.Column("subjects", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("role IN ('mentor', 'mentee')", name=op.f("ck_person_role")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("uuid", name=op.f("uq_person_uuid")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_name_key"), ["name_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_role"), ["role"], unique=False)

    op.create_table(
        "template",
        sa.Column("family_uuid", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("attribution", sa.Text(), nullable=False),
        sa.Column("licence", sa.Text(), nullable=False),
        sa.Column("own_wording", sa.Boolean(), nullable=False),
        sa.Column("interval_seconds", sa.Integer(), nullable=True),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "kind IN ('rubric', 'ungraded', 'interval')", name=op.f("ck_template_kind")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template")),
        sa.UniqueConstraint("family_uuid", "version", name="family_version"),
        sa.UniqueConstraint("uuid", name=op.f("uq_template_uuid")),
    )
    with op.batch_alter_table("template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_family_uuid"), ["family_uuid"], unique=False)

    op.create_table(
        "criterion_group",
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_criterion_group_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion_group")),
        sa.UniqueConstraint("uuid", name=op.f("uq_criterion_group_uuid")),
    )
    with op.batch_alter_table("criterion_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_criterion_group_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "interval_code",
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("actor", sa.String(length=50), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("aliases", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_interval_code_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interval_code")),
        sa.UniqueConstraint("uuid", name=op.f("uq_interval_code_uuid")),
    )
    with op.batch_alter_table("interval_code", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interval_code_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "observation",
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=True),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("class_name", sa.String(length=100), nullable=False),
        sa.Column("subject", sa.String(length=100), nullable=False),
        sa.Column("year_group", sa.String(length=50), nullable=False),
        sa.Column("focus", sa.Text(), nullable=False),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("draft_text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("released_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "purpose IN ('developmental', 'appraisal')", name=op.f("ck_observation_purpose")
        ),
        sa.CheckConstraint(
            "state IN ('planned', 'live', 'in_review', 'released', 'responded', 'closed')",
            name=op.f("ck_observation_state"),
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["person.id"],
            name=op.f("fk_observation_mentee_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["observer_id"],
            ["person.id"],
            name=op.f("fk_observation_observer_id_person"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_observation_template_id_template"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
        sa.UniqueConstraint("uuid", name=op.f("uq_observation_uuid")),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observation_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_observation_observer_id"), ["observer_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_observation_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_observation_state"), ["state"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_observation_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "scale_level",
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("descriptor", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_scale_level_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scale_level")),
        sa.UniqueConstraint("uuid", name=op.f("uq_scale_level_uuid")),
    )
    with op.batch_alter_table("scale_level", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scale_level_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "target",
        sa.Column("mentee_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("specific", sa.Text(), nullable=False),
        sa.Column("measurable", sa.Text(), nullable=False),
        sa.Column("achievable", sa.Text(), nullable=False),
        sa.Column("relevant", sa.Text(), nullable=False),
        sa.Column("time_bound", sa.Text(), nullable=False),
        sa.Column("baseline", sa.Text(), nullable=False),
        sa.Column("success_measure", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "status IN ('active', 'achieved', 'carried_over', 'dropped')",
            name=op.f("ck_target_status"),
        ),
        sa.ForeignKeyConstraint(
            ["mentee_id"],
            ["person.id"],
            name=op.f("fk_target_mentee_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("uuid", name=op.f("uq_target_uuid")),
    )
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_status"), ["status"], unique=False)

    op.create_table(
        "clock_span",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_clock_span_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clock_span")),
        sa.UniqueConstraint("uuid", name=op.f("uq_clock_span_uuid")),
    )
    with op.batch_alter_table("clock_span", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_clock_span_observation_id"), ["observation_id"], unique=False
        )

    op.create_table(
        "criterion",
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["criterion_group.id"],
            name=op.f("fk_criterion_group_id_criterion_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["template.id"],
            name=op.f("fk_criterion_template_id_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
        sa.UniqueConstraint("uuid", name=op.f("uq_criterion_uuid")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_criterion_template_id"), ["template_id"], unique=False)

    op.create_table(
        "interval_record",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("engagement", sa.String(length=16), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_interval_record_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interval_record")),
        sa.UniqueConstraint("observation_id", "index", name="observation_index"),
        sa.UniqueConstraint("uuid", name=op.f("uq_interval_record_uuid")),
    )
    with op.batch_alter_table("interval_record", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interval_record_observation_id"), ["observation_id"], unique=False
        )

    op.create_table(
        "lesson_phase",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_lesson_phase_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_phase")),
        sa.UniqueConstraint("uuid", name=op.f("uq_lesson_phase_uuid")),
    )
    with op.batch_alter_table("lesson_phase", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_lesson_phase_observation_id"), ["observation_id"], unique=False
        )

    op.create_table(
        "mentee_response",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("acknowledged_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_mentee_response_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentee_response")),
        sa.UniqueConstraint("observation_id", name=op.f("uq_mentee_response_observation_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_mentee_response_uuid")),
    )
    op.create_table(
        "note",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("offset_seconds", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_note_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note")),
        sa.UniqueConstraint("uuid", name=op.f("uq_note_uuid")),
    )
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_observation_id"), ["observation_id"], unique=False
        )
        batch_op.create_index(
            "ix_note_observation_offset", ["observation_id", "offset_seconds"], unique=False
        )

    op.create_table(
        "target_observation",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_target_observation_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_target_observation_target_id_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("target_id", "observation_id", name=op.f("pk_target_observation")),
    )
    op.create_table(
        "target_review",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("mentor_comment", sa.Text(), nullable=False),
        sa.Column("mentee_reflection", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint("progress BETWEEN 1 AND 4", name=op.f("ck_target_review_progress")),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_target_review_target_id_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target_review")),
        sa.UniqueConstraint("uuid", name=op.f("uq_target_review_uuid")),
    )
    with op.batch_alter_table("target_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_review_target_id"), ["target_id"], unique=False)

    op.create_table(
        "feedback_item",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "kind IN ('strength', 'area', 'action_step')", name=op.f("ck_feedback_item_kind")
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_feedback_item_criterion_id_criterion"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_feedback_item_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_feedback_item_target_id_target"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_item")),
        sa.UniqueConstraint("uuid", name=op.f("uq_feedback_item_uuid")),
    )
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_item_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_item_observation_id"), ["observation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_feedback_item_target_id"), ["target_id"], unique=False)

    op.create_table(
        "interval_tick",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["code_id"],
            ["interval_code.id"],
            name=op.f("fk_interval_tick_code_id_interval_code"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["interval_record.id"],
            name=op.f("fk_interval_tick_record_id_interval_record"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", "code_id", name=op.f("pk_interval_tick")),
    )
    op.create_table(
        "level_descriptor",
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=False),
        sa.Column("descriptor", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_level_descriptor_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["scale_level.id"],
            name=op.f("fk_level_descriptor_level_id_scale_level"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_level_descriptor")),
        sa.UniqueConstraint("uuid", name=op.f("uq_level_descriptor_uuid")),
    )
    with op.batch_alter_table("level_descriptor", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_level_descriptor_criterion_id"), ["criterion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_level_descriptor_level_id"), ["level_id"], unique=False
        )

    op.create_table(
        "note_criterion",
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_note_criterion_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_note_criterion_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("note_id", "criterion_id", name=op.f("pk_note_criterion")),
    )
    op.create_table(
        "score",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("level_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_score_criterion_id_criterion"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["level_id"],
            ["scale_level.id"],
            name=op.f("fk_score_level_id_scale_level"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_score_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
        sa.UniqueConstraint("observation_id", "criterion_id", name="observation_criterion"),
        sa.UniqueConstraint("uuid", name=op.f("uq_score_uuid")),
    )
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_score_level_id"), ["level_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_score_observation_id"), ["observation_id"], unique=False
        )

    op.create_table(
        "target_criterion",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_target_criterion_criterion_id_criterion"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_target_criterion_target_id_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("target_id", "criterion_id", name=op.f("pk_target_criterion")),
    )
    op.create_table(
        "target_note",
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"], ["note.id"], name=op.f("fk_target_note_note_id_note"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["target.id"],
            name=op.f("fk_target_note_target_id_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("target_id", "note_id", name=op.f("pk_target_note")),
    )
    op.create_table(
        "feedback_agreement",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("feedback_item_id", sa.Integer(), nullable=False),
        sa.Column("agreement", sa.String(length=16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.CheckConstraint(
            "agreement IN ('agree', 'partly', 'disagree')",
            name=op.f("ck_feedback_agreement_agreement"),
        ),
        sa.ForeignKeyConstraint(
            ["feedback_item_id"],
            ["feedback_item.id"],
            name=op.f("fk_feedback_agreement_feedback_item_id_feedback_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["mentee_response.id"],
            name=op.f("fk_feedback_agreement_response_id_mentee_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_agreement")),
        sa.UniqueConstraint("response_id", "feedback_item_id", name="response_item"),
        sa.UniqueConstraint("uuid", name=op.f("uq_feedback_agreement_uuid")),
    )
    with op.batch_alter_table("feedback_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_agreement_feedback_item_id"), ["feedback_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_agreement_response_id"), ["response_id"], unique=False
        )

    op.create_table(
        "score_evidence",
        sa.Column("score_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["note_id"],
            ["note.id"],
            name=op.f("fk_score_evidence_note_id_note"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["score_id"],
            ["score.id"],
            name=op.f("fk_score_evidence_score_id_score"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("score_id", "note_id", name=op.f("pk_score_evidence")),
    )


def downgrade() -> None:
    op.drop_table("score_evidence")
    with op.batch_alter_table("feedback_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_agreement_response_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_agreement_feedback_item_id"))

    op.drop_table("feedback_agreement")
    op.drop_table("target_note")
    op.drop_table("target_criterion")
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_score_observation_id"))
        batch_op.drop_index(batch_op.f("ix_score_level_id"))
        batch_op.drop_index(batch_op.f("ix_score_criterion_id"))

    op.drop_table("score")
    op.drop_table("note_criterion")
    with op.batch_alter_table("level_descriptor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_level_descriptor_level_id"))
        batch_op.drop_index(batch_op.f("ix_level_descriptor_criterion_id"))

    op.drop_table("level_descriptor")
    op.drop_table("interval_tick")
    with op.batch_alter_table("feedback_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_item_target_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_item_observation_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_item_criterion_id"))

    op.drop_table("feedback_item")
    with op.batch_alter_table("target_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_review_target_id"))

    op.drop_table("target_review")
    op.drop_table("target_observation")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_index("ix_note_observation_offset")
        batch_op.drop_index(batch_op.f("ix_note_observation_id"))

    op.drop_table("note")
    op.drop_table("mentee_response")
    with op.batch_alter_table("lesson_phase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_phase_observation_id"))

    op.drop_table("lesson_phase")
    with op.batch_alter_table("interval_record", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interval_record_observation_id"))

    op.drop_table("interval_record")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_template_id"))
        batch_op.drop_index(batch_op.f("ix_criterion_group_id"))

    op.drop_table("criterion")
    with op.batch_alter_table("clock_span", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clock_span_observation_id"))

    op.drop_table("clock_span")
    with op.batch_alter_table("target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_target_status"))
        batch_op.drop_index(batch_op.f("ix_target_mentee_id"))

    op.drop_table("target")
    with op.batch_alter_table("scale_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scale_level_template_id"))

    op.drop_table("scale_level")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_template_id"))
        batch_op.drop_index(batch_op.f("ix_observation_state"))
        batch_op.drop_index(batch_op.f("ix_observation_starts_at"))
        batch_op.drop_index(batch_op.f("ix_observation_observer_id"))
        batch_op.drop_index(batch_op.f("ix_observation_mentee_id"))

    op.drop_table("observation")
    with op.batch_alter_table("interval_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interval_code_template_id"))

    op.drop_table("interval_code")
    with op.batch_alter_table("criterion_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_group_template_id"))

    op.drop_table("criterion_group")
    with op.batch_alter_table("template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_family_uuid"))

    op.drop_table("template")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_role"))
        batch_op.drop_index(batch_op.f("ix_person_name_key"))

    op.drop_table("person")
