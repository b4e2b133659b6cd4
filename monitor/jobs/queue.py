"""The job queue: procrastinate's App on the monitor's PostgreSQL database, its three jobs, and scheduling.

Why procrastinate: PostgreSQL is already the store, so the queue needs no broker to run or back up; a
queueing lock per feed keeps one waiting fetch per feed however often `monitor schedule` runs; a job lock
per feed keeps two fetches of one feed from running at once; retries wait longer each time; LISTEN/NOTIFY
wakes idle workers at once. Jobs: `monitor.fetch_feed` (queue "feeds"), `monitor.read_page` ("pages"),
`monitor.tag_article` ("tag"); each is one step of pipeline/steps.py.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import psycopg
from procrastinate import App, BaseRetryStrategy, JobContext, PsycopgConnector, RetryDecision
from procrastinate import __version__ as procrastinate_version
from procrastinate.exceptions import AlreadyEnqueued, ConnectorException
from procrastinate.jobs import Job

from ..config import Settings
from ..errors import DatabaseUnavailable, TryAgain
from ..pipeline import steps

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 4  # a feed or page met by a timeout is tried 4 times (over about 35 s) before it counts as failing
RETRY_BASE_SECONDS = 5  # waits of 5, 10, 20 s between tries


class Backoff(BaseRetryStrategy):
    """Retry only what may pass (TryAgain), waiting twice as long each time."""

    def get_retry_decision(self, *, exception: BaseException, job: Job) -> RetryDecision | None:
        if not isinstance(exception, TryAgain) or job.attempts + 1 >= MAX_ATTEMPTS:
            return None
        return RetryDecision(retry_in={"seconds": RETRY_BASE_SECONDS * 2**job.attempts})


app = App(connector=PsycopgConnector(), import_paths=[__name__])


@app.task(name="monitor.fetch_feed", queue="feeds", pass_context=True, retry=Backoff())
async def fetch_feed(context: JobContext, feed_id: int, force: bool = False) -> None:
    config, fetcher = context.additional_context["config"], context.additional_context["fetcher"]

    async def defer(articles: list[dict[str, Any]], pages: bool) -> int:
        task = "monitor.read_page" if pages else "monitor.tag_article"
        return sum([await _defer_article(context.app, task, article) for article in articles])

    await steps.fetch_feed(config, fetcher, feed_id, force=force, last_try=_last_try(context), defer=defer)


@app.task(name="monitor.read_page", queue="pages", pass_context=True, retry=Backoff())
async def read_page(context: JobContext, article: dict[str, Any]) -> None:
    config, fetcher = context.additional_context["config"], context.additional_context["fetcher"]
    read = await steps.read_page(config.settings, fetcher, article, last_try=_last_try(context))
    await _defer_article(context.app, "monitor.tag_article", read)


@app.task(name="monitor.tag_article", queue="tag", pass_context=True, retry=Backoff())
def tag_article(context: JobContext, article: dict[str, Any]) -> None:
    steps.tag_and_store(context.additional_context["config"], article, last_try=_last_try(context))


def _last_try(context: JobContext) -> bool:
    return context.job.attempts + 1 >= MAX_ATTEMPTS


async def _defer_article(queue: App, task: str, article: dict[str, Any]) -> int:
    """Queue one article's next job; 0 when the same article already waits for it (another feed brought it)."""
    lock = f"{task.rsplit('_', 1)[-1]}:{steps.article_lock(article)}"
    try:
        await queue.configure_task(task, queueing_lock=lock).defer_async(article=article)
    except AlreadyEnqueued:
        return 0
    return 1


@asynccontextmanager
async def opened(url: str, *, made: bool = True) -> AsyncIterator[App]:
    """The App on the database at `url` (libpq form), open for the block, its tables there (unless `made` is
    False); the queue's own faults (server down, no tables yet) become DatabaseUnavailable in one line that
    says what to do."""
    try:
        with app.replace_connector(PsycopgConnector(conninfo=url, min_size=1, max_size=4)) as connected:
            async with connected.open_async():
                if made and not await _has_tables(connected):
                    raise DatabaseUnavailable(
                        f"{_shown(url)}: the job queue's tables are missing: run `monitor db upgrade` once"
                    )
                yield connected
    except ConnectorException as exc:
        raise _unavailable(url, exc) from exc


async def _has_tables(queue: App) -> bool:
    row = await queue.connector.execute_query_one_async(
        "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
    )
    return bool(row["present"])


def _shown(url: str) -> str:
    return re.sub(r"//([^:/@]*):[^@]*@", r"//\1:***@", url)


def _unavailable(url: str, exc: ConnectorException) -> DatabaseUnavailable:
    said = str(_server_error(exc)).strip()
    cause = said.splitlines()[0] if said else type(exc).__name__
    if "procrastinate" in cause and "does not exist" in cause:
        return DatabaseUnavailable(f"{_shown(url)}: the job queue's tables are missing: run `monitor db upgrade` once")
    return DatabaseUnavailable(f"{_shown(url)}: the job queue cannot be reached ({cause})")


def _server_error(exc: BaseException) -> BaseException:
    """The driver's own error under procrastinate's (whose text is its class's docstring, cut mid-sentence). A
    unique violation is raised while handling the driver's, not from it: the chain is its context."""
    while not isinstance(exc, psycopg.Error) and (under := exc.__cause__ or exc.__context__) is not None:
        exc = under
    return exc


@dataclass(frozen=True)
class Scheduled:
    queued: int  # fetch jobs added
    waiting: int  # due feeds whose fetch job was already waiting (queueing lock)
    not_due: int  # enabled feeds whose next check is later


async def schedule_due(settings: Settings, url: str, *, force: bool = False) -> Scheduled:
    """One fetch job per due feed; a feed whose job already waits gets no second one."""
    due, not_due = steps.due_feeds(settings, force=force)
    queued = 0
    async with opened(url) as queue:
        for feed_id in due:
            lock = f"feed:{feed_id}"
            try:
                await queue.configure_task("monitor.fetch_feed", queueing_lock=lock, lock=lock).defer_async(
                    feed_id=feed_id, force=force
                )
                queued += 1
            except AlreadyEnqueued:
                pass
    return Scheduled(queued, len(due) - queued, not_due)


async def ready_schema(url: str) -> str | None:
    """Create the queue's tables and functions if the database lacks them (`monitor db upgrade`); what was done.
    The caller holds the store's migration lock: two first runs at once would both find no tables and both create
    them (the second failing on a type or function the first just made)."""
    async with opened(url, made=False) as queue:
        if await _has_tables(queue):
            return None
        await queue.schema_manager.apply_schema_async()
    return f"job queue tables (procrastinate {procrastinate_version})"


async def pending_jobs(queue: App) -> int:
    """Jobs waiting (a retry waiting its turn too) or running, on every queue."""
    row = await queue.connector.execute_query_one_async(
        "SELECT count(*) AS n FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
    )
    return int(row["n"])
