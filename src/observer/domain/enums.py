"""Closed vocabularies used across the app, stored by their string values."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class TemplateKind(StrEnum):
    RUBRIC = "rubric"
    UNGRADED = "ungraded"
    INTERVAL = "interval"


class Purpose(StrEnum):
    DEVELOPMENTAL = "developmental"
    APPRAISAL = "appraisal"


class ObservationState(StrEnum):
    PLANNED = "planned"
    LIVE = "live"
    IN_REVIEW = "in_review"
    RELEASED = "released"
    RESPONDED = "responded"
    CLOSED = "closed"


class NoteKind(StrEnum):
    GENERAL = "general"
    STRENGTH = "strength"
    DEVELOPMENT = "development"
    QUESTION = "question"
    PUPIL_RESPONSE = "pupil_response"


class FeedbackKind(StrEnum):
    STRENGTH = "strength"
    AREA = "area"
    ACTION_STEP = "action_step"


class TargetStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    CARRIED_OVER = "carried_over"
    DROPPED = "dropped"


class Agreement(StrEnum):
    AGREE = "agree"
    PARTLY = "partly"
    DISAGREE = "disagree"


class Engagement(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
