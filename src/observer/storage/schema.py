"""Which schema revisions this version of Observer knows, without importing Alembic.

Start-up compares the file's revision with HEAD and runs Alembic only when they
differ; a test keeps this list equal to the migration scripts.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]
