"""The demo school: realistic, multilingual, deterministic for a seed."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from observer.services.context import Services
from observer.services.demo import NOTES_PER_OBSERVATION, generate_demo

TODAY = date(2026, 11, 23)


def snapshot(services: Services) -> list[tuple[object, ...]]:
    with services.database.engine.connect() as conn:
        rows: list[tuple[object, ...]] = []
        for sql in (
            "SELECT uuid, full_name, role FROM person ORDER BY id",
            "SELECT uuid, starts_at, state, subject FROM observation ORDER BY id",
            "SELECT uuid, offset_seconds, text, kind FROM note ORDER BY id",
            "SELECT uuid, title, status, due_on FROM target ORDER BY id",
        ):
            rows.extend(tuple(r) for r in conn.execute(text(sql)))
        return rows


def test_same_seed_gives_the_same_school(tmp_path: Path) -> None:
    schools = []
    for name in ("a", "b"):
        services = Services.open_path(tmp_path / f"{name}.sqlite")
        generate_demo(services, seed=42, mentees=6, observations=30, today=TODAY)
        schools.append(snapshot(services))
        services.close()
    assert schools[0] == schools[1]
    other = Services.open_path(tmp_path / "c.sqlite")
    generate_demo(other, seed=43, mentees=6, observations=30, today=TODAY)
    assert snapshot(other) != schools[0]
    other.close()


def test_demo_school_looks_like_a_real_one(services: Services) -> None:
    summary = generate_demo(services, seed=5, mentees=30, observations=200)
    assert summary.observations == 200
    mentees = services.people.page(limit=500)
    names = " ".join(p.full_name for p in mentees)
    assert any(ch in names for ch in "ӘҒҚҢӨҰҮҺІ"), "Kazakh names expected"
    assert any(ch in names for ch in "ДИМОСТ"), "Russian names expected"
    assert any(ch.isascii() and ch.isalpha() for ch in names), "English names expected"

    rows = services.observations.page(limit=500)
    states = {r.state.value for r in rows}
    assert {"planned", "closed"} <= states
    now = datetime.now(UTC)
    for row in rows:
        if row.state.value == "planned":
            assert row.starts_at > now and row.note_count == 0
        else:
            assert row.starts_at <= now and row.note_count == NOTES_PER_OBSERVATION
    assert services.targets.list(), "every mentee has development targets"
    kinds = {t.kind.value for t in services.templates.list()}
    assert kinds == {"rubric", "ungraded", "interval"}
