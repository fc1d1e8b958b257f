"""How dates, times and vocabularies read on screen, in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from observer.domain.enums import ObservationState, Role, TargetStatus, TemplateKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def display_locale() -> QLocale:
    """The user's locale; British English when the system says only "C" (a bare server)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale


def local_datetime(value: datetime | None) -> str:
    """A stored UTC moment in this computer's time zone, e.g. "2 Dec 2026, 09:30"."""
    if value is None:
        return ""
    local = value.astimezone()
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return display_locale().toString(qdt, "d MMM yyyy, HH:mm")


def local_date(value: date | datetime | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return display_locale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def role_text(role: Role) -> str:
    return {Role.MENTEE: _tr("Mentee"), Role.MENTOR: _tr("Mentor")}[role]


def state_text(state: ObservationState) -> str:
    return {
        ObservationState.PLANNED: _tr("Planned"),
        ObservationState.LIVE: _tr("Live"),
        ObservationState.IN_REVIEW: _tr("In review"),
        ObservationState.RELEASED: _tr("Feedback released"),
        ObservationState.RESPONDED: _tr("Mentee responded"),
        ObservationState.CLOSED: _tr("Closed"),
    }[state]


def target_status_text(status: TargetStatus) -> str:
    return {
        TargetStatus.ACTIVE: _tr("Active"),
        TargetStatus.ACHIEVED: _tr("Achieved"),
        TargetStatus.CARRIED_OVER: _tr("Carried over"),
        TargetStatus.DROPPED: _tr("Dropped"),
    }[status]


def template_kind_text(kind: TemplateKind) -> str:
    return {
        TemplateKind.RUBRIC: _tr("Rubric"),
        TemplateKind.UNGRADED: _tr("Ungraded"),
        TemplateKind.INTERVAL: _tr("Interval coding"),
    }[kind]


def language_text(code: str) -> str:
    """A template's language code by name: en → English, kk → Kazakh, ru → Russian."""
    language = QLocale(code).language() if code else QLocale.Language.C
    if language == QLocale.Language.C:
        return code
    return _tr(QLocale.languageToString(language))
