"""Writing files so that a crash leaves either the old file or the new one, never half.

Every file written here is readable by the user alone (0600): mkstemp creates it so.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO


def sync_directory(directory: Path) -> None:
    """Make renames in a folder durable; not every system lets a folder be opened."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def private_text_file(path: Path) -> Iterator[TextIO]:
    """Write `path` atomically: a 0600 temp file beside it, fsync, rename, folder fsync."""
    fd, partial = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    sync_directory(path.parent)
