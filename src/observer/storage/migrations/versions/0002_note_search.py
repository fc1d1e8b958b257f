"""Full-text search over note text (SQLite FTS5), kept current by triggers.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other servers search with their own text indexes
    op.execute(
        "CREATE VIRTUAL TABLE note_search USING fts5("
        "text, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER note_search_ai AFTER INSERT ON note BEGIN "
        "INSERT INTO note_search(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute(
        "CREATE TRIGGER note_search_ad AFTER DELETE ON note BEGIN "
        "INSERT INTO note_search(note_search, rowid, text) VALUES ('delete', old.id, old.text); END"
    )
    op.execute(
        "CREATE TRIGGER note_search_au AFTER UPDATE OF text ON note BEGIN "
        "INSERT INTO note_search(note_search, rowid, text) VALUES ('delete', old.id, old.text); "
        "INSERT INTO note_search(rowid, text) VALUES (new.id, new.text); END"
    )
    op.execute("INSERT INTO note_search(note_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("note_search_ai", "note_search_ad", "note_search_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS note_search")
