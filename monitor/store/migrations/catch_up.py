"""What the baseline revision does to a database made before the revisions existed (no `alembic_version`): add
the tables, columns and indexes an older version lacked, keeping every row; then the search index if missing.

Versions before the revisions changed their tables only by adding (a table, a nullable column, a column with a
default, an index), so adding what is missing reaches the baseline from any of them.
"""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Connection, Float, Integer, MetaData, false, inspect
from sqlalchemy.schema import CreateIndex

from .. import dialect


def build(connection: Connection, metadata: MetaData) -> list[str]:
    """Create what `metadata` holds and the database lacks; a line per addition to a table that was there."""
    inspector = inspect(connection)
    present = set(inspector.get_table_names())
    added: list[str] = []
    for table in metadata.sorted_tables:
        if table.name not in present:
            continue
        columns = {column["name"] for column in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name not in columns:
                connection.exec_driver_sql(_add_column(connection, column))
                added.append(f"added column {table.name}.{column.name}")
        indexes = {index["name"] for index in inspector.get_indexes(table.name)}
        for index in table.indexes:
            if index.name not in indexes:
                connection.execute(CreateIndex(index))
                added.append(f"added index {index.name}")
    metadata.create_all(connection, checkfirst=True)  # whole tables, with their indexes
    return added


def _add_column(connection: Connection, column: Column) -> str:
    """ALTER TABLE for a column an older version lacked. A NOT NULL one needs a value for the rows already there:
    false, 0, '' or an empty list, written in the engine's own words (PostgreSQL refuses `DEFAULT 0` on a boolean)."""
    quote = connection.dialect.identifier_preparer.quote
    kind = column.type.compile(dialect=connection.dialect)
    default = ""
    if not column.nullable:
        if isinstance(column.type, Boolean):
            value = str(false().compile(dialect=connection.dialect))
        elif isinstance(column.type, (Integer, Float)):
            value = "0"
        else:
            value = "'[]'" if isinstance(column.type, JSON) else "''"
        default = f" NOT NULL DEFAULT {value}"
    return f"ALTER TABLE {quote(column.table.name)} ADD COLUMN {quote(column.name)} {kind}{default}"


def search_present(connection: Connection) -> bool:
    """Whether the search index is there (a version before the revisions made it on SQLite only)."""
    inspector = inspect(connection)
    if connection.dialect.name == "sqlite":
        return dialect.SEARCH_TABLE in inspector.get_table_names()
    return any(column["name"] == dialect.SEARCH_COLUMN for column in inspector.get_columns("article"))
