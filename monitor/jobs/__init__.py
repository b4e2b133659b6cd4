"""Scale-out: the pass as jobs on a PostgreSQL queue (procrastinate), for workers on any number of machines.

`monitor schedule` queues one fetch job per due feed (a queueing lock per feed: never two waiting);
`monitor worker` runs jobs: a feed's fetch queues its articles' page reads (full-text feeds) and their tagging,
each a job of its own, so pages of many hosts and every core of every machine work at once. The jobs call the
pass's own steps (pipeline/steps.py) and nothing else. SQLite with `monitor run` from cron stays the way for
one machine; these commands say so on a SQLite database. This module imports no procrastinate: a SQLite
install without the `postgres` extra still gets the one-line answer.
"""

from __future__ import annotations

import re

from ..errors import ConfigError

_POSTGRES = re.compile(r"^postgres(?:ql)?(?:\+\w+)?://")


def queue_url(database_url: str, command: str) -> str:
    """The libpq address of the job queue: the monitor's own PostgreSQL database. ConfigError on SQLite, in one
    line that names `monitor run` from cron as the one-machine way."""
    if not _POSTGRES.match(database_url):
        raise ConfigError(
            f"`monitor {command}` needs a PostgreSQL database_url (settings.toml), and this one is "
            f"{database_url.split(':', 1)[0]}: on one machine, run `monitor run` from cron instead"
        )
    return _POSTGRES.sub("postgresql://", database_url, count=1)
