"""Feed parsing on every core while the network is busy, for passes with many feeds.

feedparser costs 10–15 ms of CPU for a typical 20-item feed, which on one core is most of a pass
over hundreds of feeds. Big passes therefore parse in worker processes as each feed arrives, so
parsing overlaps fetching and uses all cores; small passes (the usual handful of feeds) parse
in-process, where starting workers would cost more than it saves.
"""

from __future__ import annotations

import asyncio
import logging
import os
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from multiprocessing import get_context
from types import TracebackType

from ..errors import InternalError, MonitorError
from ..parse import parse_feed
from ..records import Fetched, ParsedFeed
from .orphans import die_with_parent

log = logging.getLogger(__name__)

# With fewer feeds due than this, a pass parses in-process (settings.parse_processes = 0, "automatic").
PARALLEL_FROM_FEEDS = 50


def processes_for(setting: int, feeds_due: int) -> int:
    """How many worker processes to parse with: 0 or 1 means in-process."""
    if setting:
        return setting
    return (os.cpu_count() or 1) if feeds_due >= PARALLEL_FROM_FEEDS else 0


class FeedParser:
    """Async context manager: `await parser.parse(fetched)` gives a ParsedFeed or the error, never raises it."""

    def __init__(self, processes: int) -> None:
        # "spawn": a fresh interpreter, so no database connection or event loop is copied into a worker.
        # Workers die with the pass: a pass killed by cron or the admin leaves no parser behind.
        self._pool = (
            ProcessPoolExecutor(
                processes, mp_context=get_context("spawn"), initializer=die_with_parent, initargs=(os.getpid(),)
            )
            if processes > 1
            else None
        )

    async def __aenter__(self) -> FeedParser:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=kind is None, cancel_futures=True)

    async def parse(self, fetched: Fetched) -> ParsedFeed | MonitorError:
        # A worker imports only monitor.parse (parse_feed's module), not the pipeline, spaCy or the database.
        job = partial(parse_feed, fetched.body, url=fetched.url, content_type=fetched.content_type)
        try:
            if self._pool is None:
                return job()
            return await asyncio.get_running_loop().run_in_executor(self._pool, job)
        except MonitorError as exc:
            return exc
        except Exception as exc:
            log.exception("%s: parsing failed unexpectedly", fetched.url)
            return InternalError.wrap(exc, f"{fetched.url}: parsing")
