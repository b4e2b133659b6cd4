"""Politeness towards each publisher: at most N requests in flight per host, and a gap between their starts."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class HostGate:
    """One per host name. `turn()` waits for a free slot and for the host's next permitted start time."""

    def __init__(self, limit: int, gap: float) -> None:
        self._slots = asyncio.Semaphore(limit)
        self._gap = gap
        self._next_start = 0.0
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        async with self._slots:
            async with self._lock:  # book the next start time, then wait for it outside the lock
                loop = asyncio.get_running_loop()
                start = max(loop.time(), self._next_start)
                self._next_start = start + self._gap
            delay = start - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            yield
