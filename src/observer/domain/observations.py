"""Observation records and the path they move along."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from observer.domain.enums import ObservationState, Purpose

_S = ObservationState

# planned → live → in review → released → responded → closed. A mentor may close a
# released record the mentee never answered, and may go back from review to live
# when the clock was ended by mistake.
ALLOWED_TRANSITIONS: dict[ObservationState, frozenset[ObservationState]] = {
    _S.PLANNED: frozenset({_S.LIVE}),
    _S.LIVE: frozenset({_S.IN_REVIEW}),
    _S.IN_REVIEW: frozenset({_S.LIVE, _S.RELEASED}),
    _S.RELEASED: frozenset({_S.RESPONDED, _S.CLOSED}),
    _S.RESPONDED: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}


class TransitionError(ValueError):
    """An observation was asked to move to a state it cannot reach from where it is."""


def check_transition(current: ObservationState, wanted: ObservationState) -> None:
    if wanted not in ALLOWED_TRANSITIONS[current]:
        raise TransitionError(
            f"An observation that is {current.value} cannot become {wanted.value}."
        )


@dataclass(frozen=True, slots=True)
class ObservationRow:
    """One line of the observations list: small, immutable, safe to hold in a model."""

    id: int
    uuid: str
    starts_at: datetime
    mentee_id: int
    mentee_name: str
    observer_name: str
    subject: str
    class_name: str
    year_group: str
    focus: str
    purpose: Purpose
    state: ObservationState
    template_name: str
    template_version: int
    note_count: int
