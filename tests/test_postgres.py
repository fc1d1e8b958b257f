"""`--db-url` on a school's shared PostgreSQL server: migrate, fill, search, check.

Starts a private server in a temporary folder (no system service). CI installs
PostgreSQL, so there the test must run; elsewhere it is skipped only when the
server programs are missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from observer.domain.people import PersonDraft
from observer.main import main
from observer.services.context import Services


def _server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    bin_dir = _server_bin()
    if bin_dir is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install PostgreSQL (.ci/run) so --db-url is tested")
        pytest.skip("PostgreSQL server programs are not installed here")
    folder = Path(tempfile.mkdtemp(prefix="observer-pg-"))
    as_user: list[str] = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        shutil.chown(folder, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = folder / "data", _free_port()
    subprocess.run(
        [
            *as_user,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *as_user,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(folder / "log"),
            "-o",
            f"-p {port} -k {folder} -c listen_addresses=''",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        subprocess.run(
            [
                *as_user,
                str(bin_dir / "createdb"),
                "-h",
                str(folder),
                "-p",
                str(port),
                "-U",
                "postgres",
                "observer",
            ],
            check=True,
            capture_output=True,
        )
        yield f"postgresql+psycopg://postgres@/observer?host={folder}&port={port}"
    finally:
        subprocess.run(
            [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def test_a_school_server_database_is_migrated_filled_and_searched(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db-url", postgres_url, "demo", "--mentees", "4", "--observations", "12"]) == 0
    assert main(["--db-url", postgres_url, "check"]) == 0
    out = capsys.readouterr().out
    assert "schema: 0002" in out and "observation: 12" in out
    assert "postgres@" in out and "password" not in out

    services = Services.open(postgres_url)  # current schema: opens without migrating
    try:
        assert services.database.migrated_from == "0002"
        row = services.people.create(PersonDraft("Әсел Қайратқызы", notes="<b>&amp; 👩‍🏫"))
        assert services.people.get(row.id).notes == "<b>&amp; 👩‍🏫"
        assert [p.id for p in services.people.page(search="ӘСЕЛ")] == [row.id]
        assert services.observations.count() == 12
    finally:
        services.close()
