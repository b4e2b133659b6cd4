"""Adaptive polling and failure backoff: pure functions of the feed's history and the settings."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from monitor.config import Settings
from monitor.pipeline import schedule

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
SETTINGS = Settings(min_poll_interval="15m", max_poll_interval="6h", max_backoff="24h")


def dated(per_day: float, days: int = 7) -> list[datetime]:
    count = int(per_day * days)
    return [NOW - timedelta(days=days) * (i + 0.5) / count for i in range(count)]


def success(
    published: list, *, new: int = 0, previous: timedelta | None = None, hints: tuple[float | None, ...] = ()
) -> timedelta:
    return schedule.after_success(
        SETTINGS, now=NOW, published=published, new_entries=new, previous=previous, hints=hints
    )


def test_busy_feeds_are_polled_more_often_than_quiet_ones() -> None:
    busy, daily, weekly = success(dated(48)), success(dated(4)), success(dated(2 / 7))
    assert busy == timedelta(minutes=15)  # 48 a day would want 15 minutes: the floor
    assert timedelta(minutes=15) < daily < weekly <= timedelta(hours=6)
    assert daily == timedelta(hours=3)  # 4 a day: look twice per entry


def test_a_feed_with_nothing_this_week_is_polled_at_the_maximum() -> None:
    old = [NOW - timedelta(days=30), NOW - timedelta(days=40)]
    assert success(old) == timedelta(hours=6)


def test_undated_feeds_adapt_to_whether_a_fetch_brought_news() -> None:
    previous = timedelta(hours=1)
    assert success([None, None], new=3, previous=previous) == timedelta(minutes=30)
    assert success([None, None], new=0, previous=previous) == timedelta(minutes=90)
    assert success([], new=0, previous=timedelta(hours=5)) == timedelta(hours=6)  # clamped


def test_publisher_hints_are_floors_within_the_limits() -> None:
    assert success(dated(48), hints=[3600, None]) == timedelta(hours=1)  # <ttl>60</ttl>
    assert success(dated(48), hints=[None, 7200]) == timedelta(hours=2)  # Cache-Control: max-age=7200
    assert success(dated(48), hints=[86400 * 3]) == timedelta(hours=6)  # still checked by the maximum


def test_not_modified_means_a_little_less_often() -> None:
    assert schedule.after_not_modified(SETTINGS, timedelta(hours=1)) == timedelta(minutes=90)
    assert schedule.after_not_modified(SETTINGS, None) == timedelta(minutes=22, seconds=30)


@pytest.mark.parametrize("errors", range(1, 12))
def test_failures_back_off_exponentially_with_jitter_up_to_the_cap(errors: int) -> None:
    waits = [schedule.after_failure(SETTINGS, error_count=errors, rng=random.Random(seed)) for seed in range(50)]
    nominal = min(timedelta(minutes=15) * 2 ** (errors - 1), timedelta(hours=24))
    assert all(timedelta(minutes=15) <= w <= timedelta(hours=24) for w in waits)
    assert all(nominal * 0.74 <= w <= nominal * 1.26 for w in waits if nominal < timedelta(hours=18))
    assert len(set(waits)) > 1 or nominal == timedelta(hours=24)  # spread out, not all at once


def test_retry_after_is_honoured_but_never_beyond_the_cap() -> None:
    assert schedule.after_failure(SETTINGS, error_count=1, retry_after=7200) >= timedelta(hours=2)
    assert schedule.after_failure(SETTINGS, error_count=1, retry_after=86400 * 365) == timedelta(hours=24)


def test_due_allows_for_cron_drift() -> None:
    assert schedule.is_due(None, NOW)
    assert schedule.is_due(NOW + timedelta(seconds=30), NOW)
    assert not schedule.is_due(NOW + timedelta(minutes=5), NOW)
