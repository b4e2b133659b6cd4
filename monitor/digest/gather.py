"""What goes into a digest, read from the store: the hits since the last digest that went out and not sent yet,
topics far above their usual count, recent releases' pickup, and the feeds that need a look."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..config import Config, count_tiers
from ..pickup import report as reports
from ..present.labels import labels
from ..store import Session
from ..store import digests as store_digests
from ..store import hits as store_hits
from ..store import releases as store_releases
from ..store.hits import HitRow
from ..store.reads import feed_health
from . import compose

SPIKE_DAYS = 14
RELEASE_DAYS = 14  # releases this recent get a line in the digest
QUIET_AFTER = timedelta(days=3)
DEFAULT_SINCE = timedelta(hours=24)


@dataclass(frozen=True)
class Window:
    """The hits a digest carries: stored after `after_id` (or at `since`), up to `through_id`, never sent."""

    since: datetime  # shown as the digest's start
    after_id: int | None
    through_id: int
    chosen: bool = False  # from a `--since` the admin gave: it does not move the regular window

    @property
    def recorded_through(self) -> int | None:
        """What the digest records as covered: nothing for a chosen window, which may have left hits out."""
        return None if self.chosen else self.through_id


def window(session: Session, now: datetime, since: datetime | None) -> Window:
    """From `since` if given; else after the last digest that went out (by article id: commit order, so a pass
    still writing when that digest ran is not skipped); else the last 24 hours."""
    through = store_digests.committed_through(session)
    if since is not None:
        return Window(since, None, through, chosen=True)
    last = store_digests.next_window(session)
    if last.after_id is not None:
        return Window(store_digests.last_period_end(session) or now - DEFAULT_SINCE, last.after_id, through)
    return Window(last.since or now - DEFAULT_SINCE, None, through)


def gather(
    session: Session, config: Config, now: datetime, since: datetime | None
) -> tuple[compose.Digest, list[HitRow], Window]:
    """The digest from `since` (default: where the last one sent ended, or the last 24 hours) to `now`, the
    hits it carries and the window they were taken from."""
    names = labels(config.watchlist)
    span = window(session, now, since)
    start = span.since
    rows = unsent_hits(session, span)
    digest = compose.Digest(
        since=start,
        until=now,
        sections=compose.arrange(rows, [(t.id, t.label) for t in config.watchlist.topics], names),
        spikes=spikes(session, config, now),
        failing=[(f.name, f.last_error_key or "error") for f in feed_health(session) if f.enabled and f.failing],
        quiet=store_digests.quiet_feeds(session, now - QUIET_AFTER),
        site=config.settings.web.base_url,
        snippets=compose.snippets(rows, names),
        pickups=recent_pickups(session, now),
        tiers=count_tiers([config.outlets.tier_of(r.link) for r in rows]),
        tier_of={r.id: config.outlets.tier_of(r.link) for r in rows},
    )
    return digest, rows, span


def unsent_hits(session: Session, span: Window) -> list[HitRow]:
    """Hits in the window that no digest has carried yet, with their text (for snippets)."""
    where = store_hits.HitFilter(
        seen_since=None if span.after_id is not None else span.since, id_above=span.after_id, id_through=span.through_id
    )
    rows = list(store_hits.iter_hits(session, where, with_text=True))
    sent = store_digests.already_sent(session, [r.id for r in rows])
    return [r for r in rows if r.id not in sent]


def recent_pickups(session: Session, now: datetime) -> list[compose.Pickup]:
    """Releases out in the last RELEASE_DAYS, with their pickup so far."""
    found = []
    for summary in store_releases.list_releases(session):
        if summary.published_at < now - timedelta(days=RELEASE_DAYS):
            continue
        release = store_releases.get_release(session, summary.id)
        assert release is not None
        built = reports.build(release, store_releases.placements(session, summary.id), [])
        found.append(
            compose.Pickup(
                summary.id,
                summary.title,
                sum(built.earned.values()),
                sum(built.wire.values()),
                len(built.outlets),
                reports.duration(built.first_pickup),
            )
        )
    return found


def spikes(session: Session, config: Config, now: datetime) -> list[compose.Spike]:
    """Topics whose articles in the last 24 hours stand far above each of the 14 days before: at least 3, at
    least twice the daily mean, and more than three standard deviations above it."""
    # Shift the clock so that a "day" ends with this minute: the last 24 hours are then one day, `today`.
    minutes = 24 * 60 - (now.hour * 60 + now.minute) - 1
    counts = store_hits.mentions_per_day(session, [(now - timedelta(days=SPIKE_DAYS + 1), now, minutes)])
    today = (now + timedelta(minutes=minutes)).date()
    found = []
    for topic in config.watchlist.topics:
        before = [counts.get((topic.id, today - timedelta(days=d)), 0) for d in range(1, SPIKE_DAYS + 1)]
        count = counts.get((topic.id, today), 0)
        if is_spike(count, before):
            found.append(compose.Spike(topic.label, count, statistics.fmean(before)))
    return found


def is_spike(count: int, before: list[int]) -> bool:
    """At least 3, at least twice the daily mean, and more than three standard deviations above it: a quiet
    topic's one story is not a spike, a busy topic's ordinary day is not either."""
    mean, spread = statistics.fmean(before), statistics.pstdev(before)
    return count >= 3 and count >= 2 * mean and count > mean + 3 * spread
