"""The queue's faults in one line that names the server's own reason, not procrastinate's class docstring."""

from __future__ import annotations

import psycopg
from procrastinate.exceptions import ConnectorException, UniqueViolation

from monitor.jobs.queue import _unavailable

URL = "postgresql://monitor:secret@db.example:5432/monitor"


def _raised(error: Exception, by: ConnectorException, *, chained: bool) -> ConnectorException:
    """`by` raised while handling `error`, as procrastinate's connector does: `from` it, or (a unique
    violation) only during it."""
    try:
        try:
            raise error
        except Exception as exc:
            if chained:
                raise by from exc
            raise by  # noqa: B904  (procrastinate's own shape)
    except ConnectorException as caught:
        return caught


def test_a_unique_violation_names_the_servers_reason_not_the_class_docstring() -> None:
    server = psycopg.errors.UniqueViolation(
        'duplicate key value violates unique constraint "pg_type_typname_nsp_index"'
    )
    said = str(
        _unavailable(URL, _raised(server, UniqueViolation(constraint_name=None, queueing_lock=None), chained=False))
    )
    assert "pg_type_typname_nsp_index" in said and "available in" not in said
    assert "secret" not in said and said.count("\n") == 0


def test_missing_queue_tables_say_to_run_db_upgrade() -> None:
    server = psycopg.errors.UndefinedTable('relation "procrastinate_jobs" does not exist\nLINE 1: SELECT ...')
    said = str(_unavailable(URL, _raised(server, ConnectorException(), chained=True)))
    assert "run `monitor db upgrade` once" in said and "\n" not in said
