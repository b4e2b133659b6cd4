"""`python -m monitor.store.migrations revision "what changed"`: a new revision written from the difference between
the models (store/tables.py) and a scratch SQLite database brought to the head; read it, then commit it.
`python -m monitor.store.migrations heads`: the newest revision(s); two heads after a merge mean one of them
must be re-pointed (its `down_revision`) at the other."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from . import alembic_config, upgrade


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "revision":
        with tempfile.TemporaryDirectory() as scratch:
            engine = create_engine(f"sqlite:///{Path(scratch) / 'head.db'}")
            upgrade(engine)
            with engine.connect() as connection:
                command.revision(alembic_config(connection), message=argv[1], autogenerate=True)
            engine.dispose()
        return 0
    if argv == ["heads"]:
        with create_engine("sqlite://").connect() as connection:
            command.heads(alembic_config(connection))
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
