"""Bring an existing database up to the current tables: new tables, new columns, new indexes.

Until the first schema change that is not purely additive (then: Alembic), every change to `tables.py`
adds a nullable column, a column with a default, a table or an index; this applies those to a database
created by an older version, so an admin's upgrade is `git pull` and nothing else.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Column, Connection, Engine, inspect, text
from sqlalchemy.schema import CreateIndex
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlmodel import SQLModel

from . import dialect
from .tables import HitOutlet


def upgrade(engine: Engine) -> list[str]:
    """Create what is missing; return a line per change made (empty for an up-to-date or a new database)."""
    present = set(inspect(engine).get_table_names())
    SQLModel.metadata.create_all(engine)  # new tables, with their indexes
    with engine.begin() as connection:
        changes = _changes(engine, connection)
        for _, statement in changes:
            connection.execute(statement)
        made = [line for line, _ in changes] + dialect.install_search(connection)
    if present and HitOutlet.__tablename__ not in present:  # the outlet menu of a database from before it
        from sqlalchemy.orm import Session

        from .writes import fill_hit_outlets

        with Session(engine) as session:
            made.append(f"listed the {fill_hit_outlets(session)} outlets with hits in table hitoutlet")
    return made if present else []


def pending(engine: Engine) -> list[str]:
    """What `upgrade` would change, changing nothing: a read-only command refuses an out-of-date database
    instead of altering it (a line per change; "new database" when it holds no table at all)."""
    present = set(inspect(engine).get_table_names())
    if not present:
        return ["new database"]
    missing = [f"added table {t.name}" for t in SQLModel.metadata.sorted_tables if t.name not in present]
    with engine.connect() as connection:
        return missing + [line for line, _ in _changes(engine, connection)] + dialect.search_missing(connection)


def _changes(engine: Engine, connection: Connection) -> list[tuple[str, Any]]:
    """(what, statement) for each column and index the tables of existing tables lack."""
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    changes: list[tuple[str, Any]] = []
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in tables:
            continue
        present = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in present:
                changes.append(
                    (f"added column {table.name}.{column.name}", text(_add_column(engine, table.name, column)))
                )
        indexes = dialect.index_names(connection, table.name)
        for index in table.indexes:
            if index.name not in indexes:
                changes.append((f"added index {index.name}", CreateIndex(index, if_not_exists=True)))
    return changes


def _add_column(engine: Engine, table: str, column: Column) -> str:
    kind = column.type.compile(dialect=engine.dialect)
    default = ""
    server_default = getattr(column.server_default, "arg", None)
    if isinstance(server_default, str):  # what rows already there get (e.g. user.role: admin), not the new rows' own
        default = f" DEFAULT {server_default!r}"
    elif column.default is not None and getattr(column.default, "is_scalar", False):
        value = cast(ScalarElementColumnDefault, column.default).arg
        default = f" DEFAULT {int(value) if isinstance(value, bool) else repr(value)}"
    elif not column.nullable:
        default = " DEFAULT ''" if kind.upper().startswith(("VARCHAR", "TEXT")) else " DEFAULT 0"
    null = "" if column.nullable else " NOT NULL"
    return f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" {kind}{null}{default}'
