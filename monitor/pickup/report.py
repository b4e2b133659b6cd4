"""A release's pickup report, from its stored matches: placements (the release's text or quotes ran: verbatim,
partial, quote) counted apart from mentions (the organisation or spokesperson named on the subject, none of the
release's words), earned apart from wire; outlets, time to first placement, placements per hour for the first
48 hours and per day after, and which quote ran where. The headline numbers are placements: a mention is
evidence of attention, not of the release being used. Pure: the CLI prints it as text, CSV or JSON, the site
renders it."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ..present.cells import spreadsheet_safe
from .match import KINDS

HOURLY_HOURS = 48
SNIPPET_CHARS = 240
PLACEMENT_KINDS = ("verbatim", "partial", "quote")  # the release was used; "mention" only names its people
MENTION = "mention"
assert set(PLACEMENT_KINDS) | {MENTION} == set(KINDS[:-1])


@dataclass(frozen=True)
class Row:
    """One story that used or mentioned the release; `placements` counts its copies across outlets (one row each
    in CSV). A mention carries why it is one: the names it matched and the release's topics it is tagged with."""

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
    mentioned: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)


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
    placements: int  # articles that ran the release's text or quotes, every copy counted; mentions apart
    mentions: int  # articles that only name its organisation or spokespeople on its subject
    stories: int  # stories with a placement
    earned: dict[str, int]  # placements by match type (verbatim, partial, quote), editorial
    wire: dict[str, int]  # placements by match type, on wire and syndication hosts
    outlets: list[str]  # unique outlets with a placement, earned first
    first_pickup: timedelta | None  # to the first earned placement
    first_wire: timedelta | None  # to the first wire placement
    first_mention: timedelta | None
    hourly: list[int]  # placements in each of the first 48 hours
    daily: list[tuple[str, int]]  # placements per day after that (ISO date, count), days without any left out
    cumulative: list[tuple[str, int]]  # running total of placements at the end of each hour (first 48) then day
    placement_times: list[datetime]  # when each placement ran, oldest first: the charts' real time axis
    mention_times: list[datetime]
    rows: list[Row]  # placements, one per story
    mention_rows: list[Row]  # mentions, one per story
    quotes: list[QuotePull]
    tiers: list[tuple[str, int]] = field(default_factory=list)  # placements by outlet tier, most first


def build(
    release: Any,
    placements: list[Any],
    quotes: list[dict[str, Any]],
    tier_of: Callable[[str], str] | None = None,
) -> Report:
    """`release`: id, title, published_at, window_days, fingerprint (its "topics"); `placements`: every stored
    match (store.releases.Placement), oldest first; `quotes`: the fingerprint's quotes (index, text, speaker);
    `tier_of`: an address's outlet tier (config.Outlets.tier_of), to count placements by tier."""
    start = release.published_at
    used = [p for p in placements if p.kind in PLACEMENT_KINDS]
    named = [p for p in placements if p.kind not in PLACEMENT_KINDS]
    earned = {kind: 0 for kind in PLACEMENT_KINDS}
    wire = dict(earned)
    for p in used:
        (wire if p.wire else earned)[p.kind] += 1
    hourly = [0] * HOURLY_HOURS
    daily: dict[str, int] = {}
    for p in used:
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
    rows = _rows(used, set())
    topics = set(getattr(release, "fingerprint", {}).get("topics", []))
    return Report(
        release_id=release.id,
        title=release.title,
        published_at=start,
        placements=len(used),
        mentions=len(named),
        stories=len(rows),
        earned=earned,
        wire=wire,
        outlets=list(dict.fromkeys([p.outlet for p in used if not p.wire] + [p.outlet for p in used])),
        first_pickup=min((p.dated - start for p in used if not p.wire), default=None),
        first_wire=min((p.dated - start for p in used if p.wire), default=None),
        first_mention=min((p.dated - start for p in named), default=None),
        hourly=hourly,
        daily=sorted(daily.items()),
        cumulative=cumulative,
        placement_times=[p.dated for p in used],
        mention_times=[p.dated for p in named],
        rows=rows,
        mention_rows=_rows(named, topics),
        quotes=_quotes(used, quotes),
        tiers=_tiers(used, tier_of),
    )


def _tiers(used: list[Any], tier_of: Callable[[str], str] | None) -> list[tuple[str, int]]:
    """Placements (every copy) by outlet tier, the largest first."""
    if tier_of is None:
        return []
    counts = Counter(tier_of(p.url) for p in used)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def _rows(placements: list[Any], release_topics: set[str]) -> list[Row]:
    """One row per story. For a mention, the topics shown are the release's that the article is tagged with
    (all of its watched topics when the release names none, or it matched by the release's own words)."""
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
                list(lead.mentioned),
                [t for t in lead.topics if t in release_topics] or list(lead.topics),
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


def mention_reason(row: Row, names: dict[str, str] | None = None) -> str:
    """Why a mention is one, in words: "names Harbor Legal Aid; on Secure Communities"."""
    shown = names or {}
    named = list(dict.fromkeys(shown.get(n, n) for n in row.mentioned))  # a person by name and as watched
    parts = [f"names {', '.join(named)}" if named else "names no one"]
    if row.topics:
        parts.append(f"on {', '.join(shown.get(t, t) for t in row.topics)}")
    return "; ".join(parts)


def duration(span: timedelta | None) -> str:
    if span is None:
        return "none yet"
    if span < timedelta(0):  # dated a little before the release went out (feeds' clocks, embargoes)
        return f"−{duration(-span)} (dated before the release)"
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
        f"{report.placements} placements in {report.stories} stories, {len(report.outlets)} outlets; "
        f"{report.mentions} mentions (named, none of its text)",
        "Earned:  " + ", ".join(f"{kind} {n}" for kind, n in report.earned.items()),
        "Wire:    " + ", ".join(f"{kind} {n}" for kind, n in report.wire.items()),
        "By outlet tier: " + (", ".join(f"{tier} {n}" for tier, n in report.tiers) or "none"),
        f"First earned placement after {duration(report.first_pickup)}; first wire repost after "
        f"{duration(report.first_wire)}; first mention after {duration(report.first_mention)}",
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
    lines += ["", "Mentions (the organisation or a spokesperson named on the subject; none of the release's text):"]
    for row in report.mention_rows:
        lines.append(f"  {row.dated:%Y-%m-%d %H:%M}  {row.outlet}{' [wire]' if row.wire else ''}  {row.title}")
        lines.append(f"      {mention_reason(row)}")
    if not report.mention_rows:
        lines.append("  none")
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


CSV_COLUMNS = ["outlet", "date", "headline", "link", "match", "reuse", "wire", "placements", "snippet", "why"]


def as_csv(report: Report) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in [*report.rows, *report.mention_rows]:
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
            mention_reason(row) if row.kind == MENTION else "",
        )
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return buffer.getvalue()


def as_json(report: Report) -> str:
    data = asdict(report)
    data["first_pickup_seconds"] = report.first_pickup.total_seconds() if report.first_pickup else None
    data["first_wire_seconds"] = report.first_wire.total_seconds() if report.first_wire else None
    data["first_mention_seconds"] = report.first_mention.total_seconds() if report.first_mention else None
    del data["first_pickup"], data["first_wire"], data["first_mention"]
    return json.dumps(data, default=str, ensure_ascii=False, indent=2) + "\n"
