"""When to fetch a feed next: adaptive polling when it works, backoff with jitter when it fails.

Cron starts a pass every 15 minutes; a pass fetches only the feeds that are due, so a quiet county
paper is asked a few times a day and a busy news search every pass. Publishers' own hints (`<ttl>`,
Cache-Control max-age, Retry-After) are floors. Everything is clamped by settings, and a failing feed
is still tried at least every `max_backoff`: never dropped, just asked less often until it recovers.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import datetime, timedelta

from ..config import Settings

# A feed is due if its time comes within this much of the pass starting (cron starts drift by seconds).
DUE_SLACK = timedelta(minutes=1)
# Aim to look about twice per new entry, so a feed that keeps only its last N items never rolls past one.
LOOKS_PER_ENTRY = 2
# Without dates to go by: shorten the interval when a fetch brought news, lengthen it when it did not.
BUSIER, QUIETER = 0.5, 1.5
# Spread of the failure schedule, so feeds that failed together (one host down) do not return together.
JITTER = 0.25


def is_due(next_check_at: datetime | None, now: datetime) -> bool:
    return next_check_at is None or next_check_at <= now + DUE_SLACK


def after_success(
    settings: Settings,
    *,
    now: datetime,
    published: Sequence[datetime | None],
    new_entries: int,
    previous: timedelta | None,
    hints: Sequence[float | None] = (),
) -> timedelta:
    """The poll interval after a good fetch; `published` are the feed's entry dates, `hints` seconds (ttl, max-age)."""
    week = timedelta(days=7)
    recent = [when for when in published if when is not None and now - week <= when <= now]
    if len(recent) >= 2:
        interval = week / (len(recent) * LOOKS_PER_ENTRY)
    elif len([when for when in published if when is not None]) >= 2:
        interval = settings.max_poll_interval  # dated, but nothing this week: a quiet feed
    else:
        interval = (previous or settings.min_poll_interval) * (BUSIER if new_entries else QUIETER)
    for seconds in hints:
        if seconds:
            interval = max(interval, timedelta(seconds=seconds))
    return _clamp(interval, settings.min_poll_interval, settings.max_poll_interval)


def after_not_modified(settings: Settings, previous: timedelta | None) -> timedelta:
    """Nothing changed since last time: ask a little less often."""
    interval = (previous or settings.min_poll_interval) * QUIETER
    return _clamp(interval, settings.min_poll_interval, settings.max_poll_interval)


def after_failure(
    settings: Settings, *, error_count: int, retry_after: float | None = None, rng: random.Random | None = None
) -> timedelta:
    """Exponential backoff from the minimum interval, with jitter, honouring Retry-After, capped at max_backoff."""
    rng = rng or random.Random()
    steps = min(max(error_count, 1) - 1, 20)
    interval = settings.min_poll_interval * (2**steps) * rng.uniform(1 - JITTER, 1 + JITTER)
    if retry_after:
        interval = max(interval, timedelta(seconds=retry_after))
    return _clamp(interval, settings.min_poll_interval, settings.max_backoff)


def _clamp(value: timedelta, low: timedelta, high: timedelta) -> timedelta:
    return max(low, min(high, value))
