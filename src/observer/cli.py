"""The `observer` command line: the same services the window uses, for scripts and support.

Global options come before the sub-command. Every failure prints one clear line
on stderr and exits non-zero: 1 for a problem with the database or the machine,
2 for bad input (arguments or an import file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from observer import __version__
from observer.paths import default_db_path
from observer.services.context import DatabaseProblem, Services, sqlite_url

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="observer",
        description="Observer: lesson observation and teacher mentoring. "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"observer {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db", type=Path, metavar="PATH", help="database file (default: $OBSERVER_DB or user data)"
    )
    where.add_argument("--db-url", metavar="URL", help="any SQLAlchemy database URL")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with a realistic demo school")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--mentees", type=_positive, default=12)
    demo.add_argument("--observations", type=_not_negative, default=60)

    commands.add_parser("check", help="integrity check, schema version and row counts")

    export = commands.add_parser("export", help="write data out of the database")
    export_kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    export_json = export_kinds.add_parser("json", help="everything, in the exchange format")
    export_json.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")

    imports = commands.add_parser("import", help="bring data into the database")
    import_kinds = imports.add_subparsers(dest="kind", metavar="KIND", required=True)
    import_json = import_kinds.add_parser("json", help="a file in the exchange format")
    import_json.add_argument("file", type=Path, metavar="FILE")

    backup = commands.add_parser("backup", help="list, take or restore verified backups")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help="every backup of the database, newest first")
    actions.add_parser("create", help="take a verified backup now")
    restore = actions.add_parser(
        "restore", help="put a backup in the database's place (the current file is kept)"
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help="a backup file, or its name in the backups folder"
    )
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def database_path(args: argparse.Namespace) -> Path:
    """The database file (--db, $OBSERVER_DB or the default); not for --db-url."""
    return Path(args.db if args.db else default_db_path()).expanduser().absolute()


def database_url(args: argparse.Namespace) -> str:
    if args.db_url:
        return str(args.db_url)
    return sqlite_url(database_path(args))


def fail(message: str, status: int) -> int:
    print(f"observer: {message}", file=sys.stderr)
    return status


def run(args: argparse.Namespace) -> int:
    """Run a sub-command; the caller has already handled 'no command' (the window)."""
    handlers: dict[str, Callable[[Services, argparse.Namespace], int]] = {
        "demo": _demo,
        "check": _check,
        "export": _export,
        "import": _import,
    }
    if args.command == "backup":
        # Before the database is opened: a restore must not run with it open, and
        # listing and restoring must work on a damaged file, which cannot be opened.
        return _backup(args)
    try:
        services = Services.open(database_url(args))
    except DatabaseProblem as exc:
        return fail(str(exc), EXIT_PROBLEM)
    try:
        return handlers[args.command](services, args)
    finally:
        services.close()


def _demo(services: Services, args: argparse.Namespace) -> int:
    from observer.services.demo import DemoRefused, generate_demo

    try:
        summary = generate_demo(
            services, seed=args.seed, mentees=args.mentees, observations=args.observations
        )
    except DemoRefused as exc:
        return fail(str(exc), EXIT_BAD_INPUT)
    print(
        f"Demo school written: {summary.people} people, {summary.observations} observations, "
        f"{summary.notes} notes, {summary.targets} targets in {summary.seconds:.1f} s."
    )
    return EXIT_OK


def _check(services: Services, args: argparse.Namespace) -> int:
    from observer.services.health import check_database

    report = check_database(services)
    print(f"database: {report.location}")
    print(f"schema: {report.schema_revision}")
    print(f"integrity: {report.integrity}")
    for table, count in report.row_counts.items():
        print(f"{table}: {'unreadable' if count is None else count}")
    return EXIT_OK if report.healthy else EXIT_PROBLEM


def _export(services: Services, args: argparse.Namespace) -> int:
    from observer.services.exchange import ExchangeService

    exchange = ExchangeService(services.database.engine, services.bus)
    try:
        counts = exchange.export_file(args.output)
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}", EXIT_PROBLEM)
    print(f"Exported {sum(counts.values())} records to {args.output}.")
    return EXIT_OK


def _import(services: Services, args: argparse.Namespace) -> int:
    from observer.services.exchange import ExchangeInvalid, ExchangeService

    exchange = ExchangeService(services.database.engine, services.bus)
    try:
        if services.backups is not None:  # a database file: back it up first
            counts = services.backups.import_json(args.file)
        else:
            counts = exchange.import_file(args.file)
    except ExchangeInvalid as exc:
        return fail(f"{args.file}: {exc}", EXIT_BAD_INPUT)
    except DatabaseProblem as exc:  # no backup could be taken: nothing was imported
        return fail(f"{exc} Nothing was imported.", EXIT_PROBLEM)
    print(f"Imported {sum(counts.values())} records from {args.file}.")
    return EXIT_OK


# ---- backup ------------------------------------------------------------------------------


def _backup(args: argparse.Namespace) -> int:
    if args.db_url:
        return fail(
            "backups are for database files (--db); a database server keeps its own backups.",
            EXIT_BAD_INPUT,
        )
    path = database_path(args)
    if args.action == "list":
        return _backup_list(path)
    if args.action == "create":
        return _backup_create(path)
    return _backup_restore(path, args.backup)


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _backup_list(path: Path) -> int:
    from observer.services.backups import backups_dir, counts, list_backups

    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path} yet (they are kept in {backups_dir(path)}).")
        return EXIT_OK
    for info in backups:
        try:
            found = counts(info.path)
            held = (
                f"{found['people']} people, {found['observations']} observations, "
                f"{found['notes']} notes"
            )
        except DatabaseProblem:
            held = "cannot be read"
        when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        name = info.path.name if info.verified else f"{info.path.name} (not verified)"
        print(f"{when}  {_size(info.size):>8}  {info.reason:<12}  {held}  {name}")
    return EXIT_OK


def _backup_create(path: Path) -> int:
    if not path.is_file():
        return fail(f"there is no database at {path} to back up.", EXIT_PROBLEM)
    try:
        services = Services.open_path(path)
    except DatabaseProblem as exc:
        return fail(str(exc), EXIT_PROBLEM)
    try:
        if services.backups is None:  # never for a database file; kept for the type checker
            return fail(f"{path} cannot be backed up.", EXIT_PROBLEM)
        info = services.backups.backup_now("manual")
    except DatabaseProblem as exc:  # damaged (no backup is taken of it) or not writable
        return fail(str(exc), EXIT_PROBLEM)
    finally:
        services.close()
    print(info.path)
    return EXIT_OK


def _backup_restore(path: Path, name: str) -> int:
    from observer.services.backups import backups_dir, restore_backup

    given = Path(name).expanduser()
    candidates = [given, backups_dir(path) / name]
    backup = next((c for c in candidates if c.is_file()), None)
    if backup is None:
        return fail(
            f"there is no backup called {name} (see 'observer backup list').", EXIT_BAD_INPUT
        )
    try:
        kept = restore_backup(path, backup.absolute())
    except DatabaseProblem as exc:
        return fail(str(exc), EXIT_PROBLEM)
    print(f"Restored {backup.name} into {path}.")
    if any(kept.iterdir()):
        print(f"The database as it was before the restore is kept in {kept}")
    else:
        print(f"There was no database at {path} before the restore; nothing needed keeping.")
    return EXIT_OK
