"""A release's pickup report as HTML: the same template serves the site's page and the standalone file
`monitor release report --format html` writes (its stylesheet inlined, so the file travels alone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..pickup.report import HOURLY_HOURS, Report, duration, mention_reason
from ..present.clock import Clock
from ..present.links import safe_href
from ..present.svg_charts import bar_chart, time_chart
from ..store.types import utcnow

HERE = Path(__file__).parent
KIND_NAMES = {"verbatim": "verbatim repost", "partial": "partial reuse", "quote": "quote pickup"}


CHART_TITLES = {
    "cumulative": "Placements and mentions so far",
    "hourly": "Placements per hour, first 48 hours",
    "daily": "Placements per day after the first 48 hours",
}


def charts(report: Report, zone: str, now: datetime) -> dict[str, Markup]:
    """The report's charts, placements and mentions apart, each on a real time axis: the running totals from
    publication to the later of now and the last match, the first 48 hours by the hour, and every day after
    (quiet days included, so their gaps show)."""
    start = report.published_at
    last = max([*report.placement_times, *report.mention_times], default=start)
    end = max(last, min(now, start + timedelta(days=60)), start + timedelta(hours=HOURLY_HOURS))
    days = [date.fromisoformat(day) for day, _ in report.daily]
    every_day = [days[0] + timedelta(days=n) for n in range((days[-1] - days[0]).days + 1)] if days else []
    per_day = dict(report.daily)
    return {
        "cumulative": time_chart(
            start,
            end,
            [("placements", report.placement_times), ("mentions", report.mention_times)],
            title=CHART_TITLES["cumulative"],
            zone=zone,
            y_label="articles",
            empty="No placements or mentions yet",
        ),
        "hourly": bar_chart(
            [f"+{h}h" for h in range(1, len(report.hourly) + 1)],
            report.hourly,
            title=CHART_TITLES["hourly"],
            y_label="placements",
            empty="No placements in the first 48 hours",
        ),
        "daily": bar_chart(
            [day.isoformat() for day in every_day],
            [per_day.get(day.isoformat(), 0) for day in every_day],
            title=CHART_TITLES["daily"],
            y_label="placements",
            empty="No placements after the first 48 hours",
        ),
    }


def context(report: Report, zone: str, names: dict[str, str]) -> dict[str, Any]:
    """What the report's template needs beyond what every page has (the clock, safe links); `names`: watched
    topics' and people's labels, for why a mention is one."""
    return {
        "report": report,
        "charts": charts(report, zone, utcnow()),
        "chart_titles": CHART_TITLES,
        "kind_names": KIND_NAMES,
        "duration": duration,
        "why": lambda row: mention_reason(row, names),
    }


def standalone_report(report: Report, zone: str, names: dict[str, str] | None = None) -> str:
    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape())
    css = (HERE / "static" / "app.css").read_text()
    return environment.get_template("release_file.html").render(
        **context(report, zone, names or {}), clock=Clock(zone, utcnow()), safe_href=safe_href, css=css
    )
