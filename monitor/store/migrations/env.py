"""Alembic's environment for the monitor's revisions: run on the connection `migrations.py` hands over (under the
migration lock), or, for `python -m monitor.store.migrations revision`, on a scratch database at the head."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from monitor.store import dialect, tables  # noqa: F401  (tables registers the models on SQLModel.metadata)
from monitor.store.migrations import render_item


def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=SQLModel.metadata,
        include_object=dialect.include_in_schema_comparison,
        render_item=render_item,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters a table by copying it
        compare_type=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
