"""The schema's history as Alembic revisions (`versions/`), run from code so an admin needs no alembic.ini:
`monitor db upgrade`, and on SQLite every command that writes, bring a database to the head revision.

Two processes upgrading one database at once take turns (`dialect.migration_lock`): the second finds the work
done. A database made before the revisions (no `alembic_version` table) is adopted by the baseline revision,
which adds what an older version lacked and keeps every row.

Adding a revision (README, "Changing the tables"): change `store/tables.py`, then
`.venv/bin/python -m monitor.store.migrations revision "what changed"` writes `versions/NNNN_what_changed.py`
from the difference between the models and a scratch database at the head; read it, then commit it.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import Any, Literal

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from .. import dialect

HERE = Path(__file__).resolve().parent
logging.getLogger("alembic").setLevel(logging.WARNING)  # `upgrade` logs each revision itself, in the monitor's words


def alembic_config(connection: Connection) -> Config:
    """Alembic's configuration without a file: the revisions here, run on `connection`."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("path_separator", "os")
    config.attributes["connection"] = connection
    return config


@cache
def _script() -> ScriptDirectory:
    """The revisions, read once per process (every open of the database asks what is pending)."""
    config = Config()
    config.set_main_option("script_location", str(HERE))
    config.set_main_option("path_separator", "os")
    return ScriptDirectory.from_config(config)


def head() -> str:
    """The newest revision's id."""
    found = _script().get_current_head()
    assert found is not None, "monitor/store/migrations/versions holds no revision"
    return found


def pending(connection: Connection) -> list[str]:
    """A line for each revision the database lacks, oldest first ("new database" when it holds no table)."""
    if not inspect(connection).get_table_names():
        return ["new database"]
    current = MigrationContext.configure(connection).get_current_revision()
    script = _script()
    missing = list(script.iterate_revisions("head", current or "base"))
    missing = [r for r in missing if r.revision != current]
    return [f"revision {r.revision}: {_title(r.doc)}" for r in reversed(missing)]


def upgrade(engine: Engine) -> list[str]:
    """Bring the database to the head revision, taking the migration lock; a line per revision applied (empty
    for an up-to-date database; for a new one, the revisions that built it)."""
    with dialect.migration_lock(engine) as connection:
        done = pending(connection)
        if done == ["new database"]:
            done = [f"revision {r.revision}: {_title(r.doc)}" for r in reversed(list(_script().walk_revisions()))]
        if done:
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
    return done


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Autogenerate writes the monitor's own column types with their import, so a new revision runs as written."""
    if type_ == "type" and type(obj).__module__ == "monitor.store.types":
        autogen_context.imports.add("import monitor.store.types")
        return f"monitor.store.types.{type(obj).__name__}()"
    return False


def _title(doc: str | None) -> str:
    return (doc or "").strip().splitlines()[0] if doc and doc.strip() else "(no description)"
