"""Where the site's watchlist editor meets the stages: a draft previewed over stored articles (store → tag), and
the re-tag started after a save, in a background thread with its progress in the database (the same code as
`monitor reanalyze`, narrowed to the articles the change could alter).

One re-tag at a time: a save while one runs still saves, and its window is re-tagged by a job started after (the
page offers it); a job that dies with the server is marked as stopped when the next one starts.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from ..config import Config, Watchlist
from ..errors import AlreadyRunning, MonitorError
from ..pipeline.reanalyze import ReanalyzeReport, reanalyze
from ..store import Access, connect
from ..store import watchlist_history as history
from ..store.types import utcnow
from ..tag.preview import Model, Preview, Previewer, change_test, preview_model

log = logging.getLogger(__name__)
LOCK_WAIT = timedelta(minutes=20)  # a pass holding the run lock is waited for this long, then the job fails
_one_at_a_time = threading.Lock()


def preview_window(
    config: Config, draft: Watchlist, days: int, *, current: Watchlist | None = None, nlp: Model | None = None
) -> Preview:
    """What `draft` would add and drop, compared with the current watchlist (`current`, as the file has it now;
    by default the one `config` was loaded with), in the articles stored in the last `days` days."""
    model = nlp or preview_model(config.settings.spacy_model)
    previewer = Previewer(model, current if current is not None else config.watchlist, draft)
    since = utcnow() - timedelta(days=days)
    with connect(config.settings.database_url, Access.READ) as session:
        if previewer.needles is None:  # the change test needs every text
            return previewer.compare(article for batch in history.texts_since(session, since) for article in batch)
        total = history.count_since(session, since)
        batches = history.texts_since(session, since, holding=previewer.needles)
        return previewer.compare((article for batch in batches for article in batch), window_articles=total)


def start_retag(config: Config, before: Watchlist | None, *, by: str, days: int) -> int | None:
    """Re-tag the last `days` days with `config`'s watchlist (just saved; `before` is the one it replaced: only the
    articles the change could alter are read; None: every article) in a background thread; the job's number, or None
    while another job runs."""
    since = utcnow() - timedelta(days=days)
    with connect(config.settings.database_url, Access.WRITE) as session:
        job = history.start_job(session, by=by, since=since, total=history.count_since(session, since))
    if job is None:
        return None
    only = change_test(before, config.watchlist) if before is not None else None
    thread = threading.Thread(target=_run, args=(config, job, since, only), name=f"retag-{job}", daemon=True)
    thread.start()
    return job


def _run(config: Config, job: int, since: datetime, only: Callable[[str], bool] | None) -> None:
    """The job itself: waits for a running pass, re-tags, records how it ended; never raises."""
    url = config.settings.database_url
    try:
        with _one_at_a_time:
            report = _reanalyze_when_free(config, job, since, only)
        with connect(url, Access.WRITE) as session:
            history.progress(
                session, job, done=_total(url, job), became=report.became_hits, stopped=report.stopped_being_hits
            )
            history.finish(session, job, "done", f"{report.articles:,} articles re-tagged")
    except MonitorError as exc:
        _fail(url, job, str(exc))
    except Exception as exc:  # a fault of our own: logged with its traceback, the page says it stopped
        log.exception("re-tag job %s failed", job)
        _fail(url, job, f"stopped by an internal error ({type(exc).__name__}); see the log")


def _reanalyze_when_free(
    config: Config, job: int, since: datetime, only: Callable[[str], bool] | None
) -> ReanalyzeReport:
    url = config.settings.database_url

    def progress(seen: int, report: ReanalyzeReport) -> None:
        with connect(url, Access.WRITE) as session:
            history.progress(session, job, done=seen, became=report.became_hits, stopped=report.stopped_being_hits)

    deadline = time.monotonic() + LOCK_WAIT.total_seconds()
    while True:
        try:
            return reanalyze(config, since=since, only=only, progress=progress)
        except AlreadyRunning:
            if time.monotonic() > deadline:
                raise AlreadyRunning("a pass held the run lock for 20 minutes: start the re-tag again later") from None
            progress(0, ReanalyzeReport())  # still alive, waiting for the pass
            time.sleep(2)


def _total(url: str, job: int) -> int:
    with connect(url, Access.READ) as session:
        found = history.latest_job(session)
        return found.total if found is not None and found.id == job else 0


def _fail(url: str, job: int, message: str) -> None:
    try:
        with connect(url, Access.WRITE) as session:
            history.finish(session, job, "failed", message)
    except MonitorError:
        log.exception("re-tag job %s: could not record that it failed", job)


def with_watchlist(config: Config, watchlist: Watchlist) -> Config:
    return replace(config, watchlist=watchlist)
