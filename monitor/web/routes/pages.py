"""One article in full, mentions over time, and the health of feeds and runs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...config.timespec import offset_segments
from ...present.labels import labels
from ...present.snippets import paragraphs
from ...present.svg_charts import Series, line_chart
from ...store import hits as store_hits
from ...store import reads
from ...store.types import utcnow
from ..deps import record_id
from ..failures import shorten
from ..filters import parse_day
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
    )


@router.get("/trends")
def trends(request: Request, page: PageDep) -> Response:
    """Articles per day per topic over a range (default: the last 30 days), as a chart and a table."""
    zone = ZoneInfo(page.config.settings.time_zone)
    today = utcnow().astimezone(zone).date()
    problems: list[str] = []
    first = _day(request.query_params.get("from"), today - timedelta(days=TREND_DEFAULT_DAYS - 1), problems, "From")
    last = _day(request.query_params.get("to"), today, problems, "To")
    if first > last:
        first, last = last, first
    first = max(first, last - timedelta(days=TREND_MAX_DAYS))
    wanted = set(request.query_params.getlist("topic"))
    known = {t.id for t in page.config.watchlist.topics}
    problems += [f"unknown topic {shorten(topic)}; ignored (pick one from the list)" for topic in wanted - known]
    wanted &= known
    topics = [t for t in page.config.watchlist.topics if not wanted or t.id in wanted]
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    start, end = datetime.combine(first, time(), zone), datetime.combine(last + timedelta(days=1), time(), zone)
    segments = offset_segments(start.astimezone(UTC), end.astimezone(UTC), page.config.settings.time_zone)
    counts = store_hits.mentions_per_day(page.session, segments)
    series = [Series(t.label, [counts.get((t.id, d), 0) for d in days]) for t in topics]
    chart = line_chart([d.isoformat() for d in days], series, title="Articles per day, by topic", y_label="articles")
    rows = [(d, [counts.get((t.id, d), 0) for t in topics]) for d in reversed(days)]
    return page.render(
        "trends.html",
        chart=chart,
        topics=topics,
        rows=rows,
        first=first,
        last=last,
        wanted=wanted,
        problems=problems,
        all_topics=page.config.watchlist.topics,
        totals=[sum(s.values) for s in series],
    )


def _day(value: str | None, default: date, problems: list[str], name: str) -> date:
    complaint = f"{name} date {shorten(value)} is not a date like 2026-11-29; showing {default.isoformat()} instead"
    return parse_day(value, problems, complaint, name=f"{name} date") or default


@router.get("/health")
def health(page: PageDep) -> Response:
    """Feeds with their status and counts, and the latest passes: is cron running, is any feed broken."""
    return page.render(
        "health.html", feeds=reads.feed_health(page.session), runs=reads.recent_runs(page.session, limit=30)
    )
