"""A release's pickup report as HTML: the same template serves the site's page and the standalone file
`monitor release report --format html` writes (its stylesheet inlined, so the file travels alone)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..pickup.report import Report, duration
from ..present.clock import Clock
from ..present.links import safe_href
from ..present.svg_charts import Series, bar_chart, line_chart
from ..store.types import utcnow

HERE = Path(__file__).parent
KIND_NAMES = {"verbatim": "verbatim repost", "partial": "partial reuse", "quote": "quote pickup", "mention": "mention"}


def charts(report: Report) -> dict[str, Markup]:
    return {
        "cumulative": line_chart(
            [label for label, _ in report.cumulative],
            [Series("placements", [n for _, n in report.cumulative])],
            title="Cumulative pickups",
            y_label="placements",
        ),
        "hourly": bar_chart(
            [f"+{h}h" for h in range(1, len(report.hourly) + 1)],
            report.hourly,
            title="Pickups per hour, first 48 hours",
            y_label="placements",
        ),
        "daily": bar_chart(
            [day for day, _ in report.daily],
            [n for _, n in report.daily],
            title="Pickups per day after 48 hours",
            y_label="placements",
        ),
    }


def context(report: Report) -> dict[str, Any]:
    """What the report's template needs beyond what every page has (the clock, safe links)."""
    return {"report": report, "charts": charts(report), "kind_names": KIND_NAMES, "duration": duration}


def standalone_report(report: Report, zone: str) -> str:
    environment = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape())
    css = (HERE / "static" / "app.css").read_text()
    return environment.get_template("release_file.html").render(
        **context(report), clock=Clock(zone, utcnow()), safe_href=safe_href, css=css
    )
