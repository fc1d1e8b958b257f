"""Rubrics and observation protocols as the lists show them."""

from __future__ import annotations

from dataclasses import dataclass

from observer.domain.enums import TemplateKind


@dataclass(frozen=True, slots=True)
class TemplateRow:
    id: int
    uuid: str
    name: str
    version: int
    language: str
    kind: TemplateKind
    criterion_count: int
    in_use: int
