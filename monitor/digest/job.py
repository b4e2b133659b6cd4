"""`monitor digest`: the hits since the last digest that went out, spikes and feed trouble, composed and
sent (or written to a folder with --dry-run). Recorded only once the server has accepted it, so a failed
send loses nothing: its items come back in the next digest."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..config import Config
from ..errors import DigestError
from ..pickup import report as reports
from ..present.clock import Clock
from ..present.labels import labels
from ..store import connect
from ..store import digests as store_digests
from ..store import hits as store_hits
from ..store import releases as store_releases
from ..store.queries import feed_health
from ..store.types import utcnow
from . import compose
from .png_chart import pickup_png
from .send import send

SPIKE_DAYS = 14
RELEASE_DAYS = 14  # releases this recent get a line in the digest
QUIET_AFTER = timedelta(days=3)
DEFAULT_SINCE = timedelta(hours=24)


@dataclass(frozen=True)
class DigestReport:
    status: str  # sent | empty | dry_run | failed
    stories: int
    articles: int
    since: datetime
    recipients: list[str]
    files: list[Path]
    spikes: list[compose.Spike]


def run_digest(config: Config, *, since: datetime | None = None, to: list[str] = (),  # type: ignore[assignment]
               dry_run: Path | None = None) -> DigestReport:
    mail = config.settings.mail
    recipients = list(to) or list(mail.to)
    if not recipients and dry_run is None:
        raise DigestError("no recipients: give --to ADDRESS or set [settings.mail] to = [...]")
    now = utcnow()
    names = labels(config.watchlist)
    with connect(config.settings.database_url) as session:
        start = since or store_digests.last_sent_end(session) or now - DEFAULT_SINCE
        rows = [r for r in store_hits.iter_hits(session, store_hits.HitFilter(seen_since=start), with_text=True)
                if r.fetched_at < now]
        sent = store_digests.already_sent(session, [r.id for r in rows])
        rows = [r for r in rows if r.id not in sent]
        digest = compose.Digest(
            since=start, until=now,
            sections=compose.arrange(rows, [(t.id, t.label) for t in config.watchlist.topics], names),
            spikes=spikes(session, config, now), failing=[(f.name, f.last_error_key or "error")
                                                          for f in feed_health(session) if f.enabled and f.failing],
            quiet=store_digests.quiet_feeds(session, now - QUIET_AFTER), site=config.settings.web.base_url,
            snippets=compose.snippets(rows, names), pickups=recent_pickups(session, now))
        report = DigestReport("empty", digest.stories, len(rows), start, recipients, [], digest.spikes)
        if not rows and not mail.send_empty and dry_run is None:
            return report
        subject, text, html = compose.render(digest, Clock(config.settings.time_zone, now), names)
        chart = pickup_png([(p.title, p.earned, p.wire) for p in digest.pickups]) if digest.pickups else None
        message = compose.message(subject, text, html, sender=mail.sender, recipients=recipients, when=now,
                                  chart=chart)
        if dry_run is not None:
            dry_run.mkdir(parents=True, exist_ok=True)
            stamp = now.strftime("%Y%m%d-%H%M")
            files = [dry_run / f"digest-{stamp}.eml", dry_run / f"digest-{stamp}.html"]
            files[0].write_bytes(bytes(message))
            if chart is not None:  # the .html opens in a browser: the chart beside it instead of inline
                files.append(dry_run / f"digest-{stamp}.png")
                files[2].write_bytes(chart)
                html = html.replace(f"cid:{compose.CHART_CID}", files[2].name)
            files[1].write_text(html, encoding="utf-8")
            return DigestReport("dry_run", digest.stories, len(rows), start, recipients, files, digest.spikes)
        ids = [r.id for r in rows]
        try:
            send(message, mail, recipients)
        except DigestError as exc:
            store_digests.record_digest(session, period_start=start, period_end=now, status="failed",
                                        recipients=recipients, article_ids=ids, error=str(exc))
            raise
        store_digests.record_digest(session, period_start=start, period_end=now, status="sent",
                                    recipients=recipients, article_ids=ids)
        return DigestReport("sent", digest.stories, len(rows), start, recipients, [], digest.spikes)


def recent_pickups(session, now: datetime) -> list[compose.Pickup]:  # noqa: ANN001
    """Releases out in the last RELEASE_DAYS, with their pickup so far."""
    found = []
    for summary in store_releases.list_releases(session):
        if summary.published_at < now - timedelta(days=RELEASE_DAYS):
            continue
        release = store_releases.get_release(session, summary.id)
        assert release is not None
        built = reports.build(release, store_releases.placements(session, summary.id), [])
        found.append(compose.Pickup(summary.id, summary.title, sum(built.earned.values()), sum(built.wire.values()),
                                    len(built.outlets), reports.duration(built.first_pickup)))
    return found


def spikes(session, config: Config, now: datetime) -> list[compose.Spike]:  # noqa: ANN001
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
