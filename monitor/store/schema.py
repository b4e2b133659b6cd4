"""Bring an existing database up to the current tables: new tables, new columns, new indexes.

Until the first schema change that is not purely additive (then: Alembic), every change to `tables.py`
adds a nullable column, a column with a default, a table or an index; this applies those to a database
created by an older version, so an admin's upgrade is `git pull` and nothing else.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy import Column, Engine, inspect, text
from sqlalchemy.schema import CreateIndex
from sqlalchemy.sql.schema import ScalarElementColumnDefault
from sqlmodel import SQLModel

from . import dialect


def upgrade(engine: Engine) -> list[str]:
    """Create what is missing; return a line per change made (empty for an up-to-date or a new database)."""
    fresh = not inspect(engine).get_table_names()
    SQLModel.metadata.create_all(engine)  # new tables, with their indexes
    inspector = inspect(engine)
    changes: list[str] = []
    with engine.begin() as connection:
        for table in SQLModel.metadata.sorted_tables:
            present = {column["name"] for column in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name not in present:
                    connection.execute(text(_add_column(engine, table.name, column)))
                    changes.append(f"added column {table.name}.{column.name}")
            indexes = {index["name"] for index in inspector.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    connection.execute(CreateIndex(index, if_not_exists=True))
                    changes.append(f"added index {index.name}")
        changes += dialect.install_search(connection)
    return [] if fresh else changes


def _add_column(engine: Engine, table: str, column: Column) -> str:
    kind = column.type.compile(dialect=engine.dialect)
    default = ""
    if column.default is not None and getattr(column.default, "is_scalar", False):
        value = cast(ScalarElementColumnDefault, column.default).arg
        default = f" DEFAULT {int(value) if isinstance(value, bool) else repr(value)}"
    elif not column.nullable:
        default = " DEFAULT ''" if kind.upper().startswith(("VARCHAR", "TEXT")) else " DEFAULT 0"
    null = "" if column.nullable else " NOT NULL"
    return f'ALTER TABLE "{table}" ADD COLUMN "{column.name}" {kind}{null}{default}'
