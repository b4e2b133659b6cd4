"""One article in full, mentions over time, and the health of feeds and runs."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...config import TIERS, UNLISTED
from ...config.timespec import offset_segments
from ...present.cells import spreadsheet_safe
from ...present.labels import labels
from ...present.snippets import paragraphs
from ...present.svg_charts import PALETTE, Series, line_chart
from ...store import alerts as store_alerts
from ...store import hits as store_hits
from ...store import labels as store_labels
from ...store import reads
from ...store.tables import MentionKind
from ...store.types import utcnow
from ..deps import record_id
from ..failures import shorten
from ..filters import parse_day, tier_hosts
from ..render import PageDep

router = APIRouter(tags=["pages"])

TREND_DEFAULT_DAYS = 30
TREND_MAX_DAYS = 730


@router.get("/articles/{article_id}")
def article(article_id: str, page: PageDep) -> Response:
    """One article in full; any address that names no stored article (-1, abc, 23 digits) is a 404 page."""
    number = record_id(article_id)
    found = store_hits.article_view(page.session, number) if number is not None else None
    if found is None:
        raise HTTPException(
            404,
            f"No stored article has the number {shorten(article_id)}. Check the link, or "
            "find the article from Today or All hits.",
        )
    names = labels(page.config.watchlist)
    row = found.row
    spans = [*row.mentions, *(store_hits.Span("quote", q.person, q.start, q.end) for q in row.quotes)]
    by_topic: dict[str, list[store_hits.Span]] = {}
    for span in row.mentions:
        by_topic.setdefault(f"{span.kind}:{span.key}", []).append(span)
    return page.render(
        "article.html",
        found=found,
        row=row,
        text=paragraphs(row.title_text, spans, names),
        title_length=len(row.title),
        by_topic=by_topic,
        all_labels=store_labels.list_labels(page.session),
    )


BY = {"topic": "topic", "person": "person", "outlet": "outlet"}


@dataclass(frozen=True)
class Trend:
    """Articles per day per topic, person or outlet over a range: what the chart, the table and the CSV show."""

    by: str
    first: date
    last: date
    days: list[date]
    choices: list[tuple[str, str]]  # (key, label) of every topic, person or outlet one could pick
    shown: list[tuple[str, str]]  # those in the chart, in its order
    counts: dict[tuple[str, date], int]
    wanted: set[str]
    problems: list[str]
    tier: str = ""  # only articles of outlets of this tier (outlets.toml), or "unlisted"

    def values(self, key: str) -> list[int]:
        return [self.counts.get((key, d), 0) for d in self.days]


def _trend(request: Request, page: PageDep) -> Trend:
    zone = ZoneInfo(page.config.settings.time_zone)
    today = utcnow().astimezone(zone).date()
    problems: list[str] = []
    first = _day(request.query_params.get("from"), today - timedelta(days=TREND_DEFAULT_DAYS - 1), problems, "From")
    last = _day(request.query_params.get("to"), today, problems, "To")
    if first > last:
        first, last = last, first
    first = max(first, last - timedelta(days=TREND_MAX_DAYS))
    by = request.query_params.get("by", "topic")
    if by not in BY:
        problems.append(f"unknown breakdown {shorten(by)}; showing topics (pick topics, people or outlets)")
        by = "topic"
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    start, end = datetime.combine(first, time(), zone), datetime.combine(last + timedelta(days=1), time(), zone)
    segments = offset_segments(start.astimezone(UTC), end.astimezone(UTC), page.config.settings.time_zone)
    watchlist = page.config.watchlist
    tier = request.query_params.get("tier", "")
    hosts = tier_hosts(tier, page.config.outlets, problems)
    tier = tier if hosts is not None else ""
    if by == "outlet":
        counts = store_hits.hits_per_outlet_day(page.session, segments, hosts)
        totals: dict[str, int] = {}
        for (outlet, _), n in counts.items():
            totals[outlet] = totals.get(outlet, 0) + n
        choices = [(o, o) for o in sorted(totals, key=lambda o: (-totals[o], o))]
    elif by == "person":
        counts = store_hits.mentions_per_day(page.session, segments, MentionKind.PERSON, hosts)
        choices = [(p.id, p.name) for p in watchlist.people]
    else:
        counts = store_hits.mentions_per_day(page.session, segments, hosts=hosts)
        choices = [(t.id, t.label) for t in watchlist.topics]
    wanted = set(request.query_params.getlist(by))
    known = {key for key, _ in choices}
    problems += [f"unknown {by} {shorten(key)}; ignored (pick one from the list)" for key in wanted - known]
    wanted &= known
    default = choices if by != "outlet" else choices[:MAX_OUTLETS]
    shown = [c for c in choices if c[0] in wanted] if wanted else default
    return Trend(by, first, last, days, choices, shown, counts, wanted, problems, tier)


MAX_OUTLETS = 7  # the palette's colours; pick others by name


@router.get("/trends")
def trends(request: Request, page: PageDep) -> Response:
    """Articles per day per topic, person or outlet over a range (default: topics, the last 30 days), as a chart
    with a full-name legend, the table behind it in the chart's order, and a CSV of the same numbers."""
    trend = _trend(request, page)
    series = [Series(label, trend.values(key)) for key, label in trend.shown]
    title = f"Articles per day, by {trend.by}"
    chart = line_chart([d.isoformat() for d in trend.days], series, title=title, y_label="articles", legend=False)
    return page.render(
        "trends.html",
        trend=trend,
        chart=chart,
        title=title,
        legend=[(label, PALETTE[i % len(PALETTE)]) for i, (_, label) in enumerate(trend.shown)],
        rows=[(d, [trend.counts.get((key, d), 0) for key, _ in trend.shown]) for d in trend.days],
        totals=[sum(s.values) for s in series],
        csv_query=request.url.query,
        tiers=[*TIERS, UNLISTED],
    )


@router.get("/trends.csv")
def trends_csv(request: Request, page: PageDep) -> Response:
    """The chart's numbers for a spreadsheet: a row per day, a column per line, in the chart's order."""
    trend = _trend(request, page)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["day", *(spreadsheet_safe(label) for _, label in trend.shown)])
    for d in trend.days:
        writer.writerow([d.isoformat(), *(trend.counts.get((key, d), 0) for key, _ in trend.shown)])
    tier = f"-{trend.tier}" if trend.tier else ""
    name = f"monitor-trends-by-{trend.by}{tier}-{trend.first.isoformat()}-{trend.last.isoformat()}.csv"
    return Response(
        "\ufeff" + buffer.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def _day(value: str | None, default: date, problems: list[str], name: str) -> date:
    complaint = f"{name} date {shorten(value)} is not a date like 2026-11-29; showing {default.isoformat()} instead"
    return parse_day(value, problems, complaint, name=f"{name} date") or default


@router.get("/health")
def health(page: PageDep) -> Response:
    """Feeds with their status and counts, and the latest passes: is cron running, is any feed broken."""
    return page.render(
        "health.html",
        feeds=reads.feed_health(page.session),
        runs=reads.recent_runs(page.session, limit=30),
        alert_trouble=store_alerts.failing_channels(page.session),
    )
