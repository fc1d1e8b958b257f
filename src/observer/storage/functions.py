"""SQL functions Observer adds to the database engine.

SQLite's LIKE and lower() fold ASCII letters only, so 'физ' would not find
'Физика'. `fold(x)` compiles to a Python casefold registered on every SQLite
connection, and to lower(x) on database servers, which fold Unicode themselves.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from sqlalchemy import String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

SQLITE_FOLD = "observer_fold"


def casefold(value: object) -> str | None:
    if value is None:
        return None
    return unicodedata.normalize("NFKC", str(value)).casefold()


class fold(FunctionElement[str]):  # lower-case: it reads like the SQL it stands for
    type = String()
    inherit_cache = True


@compiles(fold)
def _fold_default(element: fold, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(fold, "sqlite")
def _fold_sqlite(element: fold, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_FOLD}({compiler.process(element.clauses, **kw)})"


def register_sqlite_functions(dbapi_connection: Any) -> None:
    dbapi_connection.create_function(SQLITE_FOLD, 1, casefold, deterministic=True)
