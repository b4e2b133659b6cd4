"""A release's pickup report, from its stored placements: counts by match type (earned apart from wire),
outlets, time to first pickup, pickups per hour for the first 48 hours and per day after, the cumulative
curve, and which quote ran where. Pure: the CLI prints it as text, CSV or JSON, the site renders it."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..present.cells import spreadsheet_safe
from .match import KINDS

HOURLY_HOURS = 48
SNIPPET_CHARS = 240


@dataclass(frozen=True)
class Row:
    """One story that used the release; `placements` counts its copies across outlets (one row each in CSV)."""

    article_id: int
    outlet: str
    dated: datetime
    title: str
    link: str
    kind: str
    reuse: float
    wire: bool
    snippet: str
    placements: int = 1
    other_outlets: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class QuoteRun:
    article_id: int
    outlet: str
    verbatim: bool
    altered: list[str]


@dataclass(frozen=True)
class QuotePull:
    index: int
    text: str
    speaker: str | None
    runs: list[QuoteRun]


@dataclass(frozen=True)
class Report:
    release_id: int
    title: str
    published_at: datetime
    placements: int  # articles, every copy counted
    stories: int
    earned: dict[str, int]  # placements by match type, editorial
    wire: dict[str, int]  # placements by match type, on wire and syndication hosts
    outlets: list[str]  # unique outlets, earned first
    first_pickup: timedelta | None  # to the first earned placement
    first_wire: timedelta | None
    hourly: list[int]  # placements in each of the first 48 hours
    daily: list[tuple[str, int]]  # placements per day after that (ISO date, count)
    cumulative: list[tuple[str, int]]  # running total at the end of each hour (first 48) then day
    rows: list[Row]
    quotes: list[QuotePull]


def build(release: Any, placements: list[Any], quotes: list[dict[str, Any]]) -> Report:
    """`release`: id, title, published_at, window_days; `placements`: store.releases.Placement, oldest first;
    `quotes`: the fingerprint's quotes (index, text, speaker)."""
    start = release.published_at
    earned = {kind: 0 for kind in KINDS[:-1]}
    wire = dict(earned)
    for p in placements:
        (wire if p.wire else earned)[p.kind] += 1
    firsts = [p.dated - start for p in placements if not p.wire]
    first_wire = [p.dated - start for p in placements if p.wire]
    hourly = [0] * HOURLY_HOURS
    daily: dict[str, int] = {}
    for p in placements:
        hours = max(0.0, (p.dated - start).total_seconds() / 3600)
        if hours < HOURLY_HOURS:
            hourly[int(hours)] += 1
        else:
            day = p.dated.date().isoformat()
            daily[day] = daily.get(day, 0) + 1
    cumulative, total = [], 0
    for hour, count in enumerate(hourly):
        total += count
        cumulative.append((f"+{hour + 1}h", total))
    for day, count in sorted(daily.items()):
        total += count
        cumulative.append((day, total))
    rows = _rows(placements)
    outlets = list(dict.fromkeys([p.outlet for p in placements if not p.wire] + [p.outlet for p in placements]))
    return Report(
        release_id=release.id,
        title=release.title,
        published_at=start,
        placements=len(placements),
        stories=len(rows),
        earned=earned,
        wire=wire,
        outlets=outlets,
        first_pickup=min(firsts, default=None),
        first_wire=min(first_wire, default=None),
        hourly=hourly,
        daily=sorted(daily.items()),
        cumulative=cumulative,
        rows=rows,
        quotes=_quotes(placements, quotes),
    )


def _rows(placements: list[Any]) -> list[Row]:
    stories: dict[int, list[Any]] = {}
    for p in placements:
        stories.setdefault(p.story_id, []).append(p)
    rows = []
    for copies in stories.values():
        lead = copies[0]
        rows.append(
            Row(
                lead.article_id,
                lead.outlet,
                lead.dated,
                lead.title,
                lead.link,
                lead.kind,
                lead.reuse,
                lead.wire,
                snippet(lead.document, lead.spans),
                len(copies),
                list(dict.fromkeys(c.outlet for c in copies[1:] if c.outlet != lead.outlet)),
            )
        )
    return rows


def snippet(document: str, spans: list[dict[str, Any]]) -> str:
    """The first matched passage, cut to SNIPPET_CHARS at word edges."""
    if not spans:
        return ""
    first = min(spans, key=lambda s: s["start"])
    text = document[first["start"] : first["end"]]
    if len(text) > SNIPPET_CHARS:
        text = text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    return " ".join(text.split())


def _quotes(placements: list[Any], quotes: list[dict[str, Any]]) -> list[QuotePull]:
    runs: dict[int, list[QuoteRun]] = {q["index"]: [] for q in quotes}
    for p in placements:
        for q in p.quotes:
            runs.setdefault(q["index"], []).append(QuoteRun(p.article_id, p.outlet, q["verbatim"], q["altered"]))
    return [QuotePull(q["index"], q["text"], q.get("speaker"), runs.get(q["index"], [])) for q in quotes]


def duration(span: timedelta | None) -> str:
    if span is None:
        return "none yet"
    minutes = int(span.total_seconds() // 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h {minutes % 60:02d} min"
    return f"{minutes // 1440} days {minutes % 1440 // 60} h"


def as_text(report: Report) -> str:
    lines = [
        f"Release {report.release_id}: {report.title}",
        f"Published {report.published_at:%Y-%m-%d %H:%M} UTC",
        f"{report.placements} placements in {report.stories} stories, {len(report.outlets)} outlets",
        "Earned:  " + ", ".join(f"{kind} {n}" for kind, n in report.earned.items()),
        "Wire:    " + ", ".join(f"{kind} {n}" for kind, n in report.wire.items()),
        f"First earned pickup after {duration(report.first_pickup)}; first wire repost after "
        f"{duration(report.first_wire)}",
        "Per hour, first 48 h: " + " ".join(str(n) for n in report.hourly),
        "Per day after: " + (", ".join(f"{day} {n}" for day, n in report.daily) or "none"),
        "",
        "Placements:",
    ]
    for row in report.rows:
        copies = f" (+{row.placements - 1} copies: {', '.join(row.other_outlets)})" if row.placements > 1 else ""
        lines.append(
            f"  {row.dated:%Y-%m-%d %H:%M}  {row.outlet}{' [wire]' if row.wire else ''}  {row.kind} "
            f"{row.reuse:.0%}  {row.title}{copies}"
        )
        lines.append(f"      {row.link}")
        if row.snippet:
            lines.append(f"      “{row.snippet}”")
    lines += ["", "Quote pull-through:"]
    for quote in report.quotes:
        lines.append(
            f"  {quote.index}. “{quote.text[:100]}{'…' if len(quote.text) > 100 else ''}” "
            f"({quote.speaker or 'unattributed'}): ran in {len(quote.runs)}"
        )
        for run in quote.runs:
            change = "verbatim" if run.verbatim else "altered: " + ", ".join(run.altered)
            lines.append(f"      {run.outlet}: {change}")
    return "\n".join(lines) + "\n"


CSV_COLUMNS = ["outlet", "date", "headline", "link", "match", "reuse", "wire", "placements", "snippet"]


def as_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in report.rows:
        cells = (
            row.outlet,
            row.dated.isoformat(timespec="minutes"),
            row.title,
            row.link,
            row.kind,
            f"{row.reuse:.3f}",
            "yes" if row.wire else "",
            row.placements,
            row.snippet,
        )
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return buffer.getvalue()


def as_json(report: Report) -> str:
    data = asdict(report)
    data["first_pickup_seconds"] = report.first_pickup.total_seconds() if report.first_pickup else None
    data["first_wire_seconds"] = report.first_wire.total_seconds() if report.first_wire else None
    del data["first_pickup"], data["first_wire"]
    return json.dumps(data, default=str, ensure_ascii=False, indent=2) + "\n"
