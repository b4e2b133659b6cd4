"""`monitor worker`: run the queue's jobs until stopped (SIGINT/SIGTERM finish the jobs under way), or with
`until_idle` until no job waits or runs anywhere (tests, benchmarks, a one-off catch-up)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from ..config import Config
from ..pipeline import steps
from .queue import opened, pending_jobs

log = logging.getLogger(__name__)

IDLE_CHECK_SECONDS = 0.2  # with `until_idle`: how long to wait for other workers' jobs before looking again


def run_worker(config: Config, url: str, *, concurrency: int, until_idle: bool = False) -> None:
    """Load the tagger, then take jobs from every queue, `concurrency` at a time (fetches and page reads wait on
    the network together; tagging holds one core, so run one worker process per core)."""
    steps.check_database(config.settings)
    steps.worker_tagger(config)  # seconds of loading, before the first job rather than inside it
    asyncio.run(_work(config, url, concurrency, until_idle))


async def _work(config: Config, url: str, concurrency: int, until_idle: bool) -> None:
    async with opened(url) as queue, steps.open_fetcher(config.settings) as fetcher:
        # A job done leaves no row (a pass queues hundreds); a failed one stays, with its error, for the admin.
        options: dict[str, Any] = {
            "concurrency": concurrency,
            "additional_context": {"config": config, "fetcher": fetcher},
            "delete_jobs": "successful",
        }
        log.info("worker started: %d job(s) at a time", concurrency)
        if not until_idle:
            await queue.run_worker_async(**options)
            return
        while True:  # a running job may queue more (a feed its articles): drained only when nothing waits or runs
            await queue.run_worker_async(**options, wait=False, install_signal_handlers=False)
            if not await pending_jobs(queue):
                break
            await asyncio.sleep(IDLE_CHECK_SECONDS)
        log.info("worker stopped: no job left")
