"""Charts as inline SVG for the review site's server-rendered pages.

The site runs under a strict Content-Security-Policy, so a chart is plain markup: no script and no `style=`,
only SVG presentation attributes plus `class` names a stylesheet may refine. Series names and labels come from
feeds and the watchlist, so every piece of text is escaped; the result is a `Markup` Jinja2 will not escape again.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import accumulate
from zoneinfo import ZoneInfo

from markupsafe import Markup

# Okabe–Ito: distinguishable with the common colour-vision deficiencies. Its yellow is left out: unreadable on white.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")
EMPTY = "No data for this range"
MAX_X_TICKS = 8
MAX_DOTS = 40  # beyond this the dots merge into a smudge; the line alone reads better
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 20, 24  # margins for y tick labels, the last x label, the y label, x labels
LEGEND_ROW = 18
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Series:
    """One line of a line chart; `name` is untrusted (a topic name) and always escaped."""

    name: str
    values: Sequence[float]


@dataclass(frozen=True)
class _Frame:
    """The plot area and its y scale, so grid lines, ticks and marks all agree on where a value goes."""

    width: float
    height: float
    y_max: float

    @property
    def bottom(self) -> float:
        return TOP + self.height

    def y(self, value: float) -> float:
        return self.bottom - self.height * max(0.0, value) / self.y_max


def nice_ticks(top: float, integer: bool = False, target: int = 5) -> list[float]:
    """0 up to a round number >= top in 1/2/5×10^n steps: grid lines on values people read at a glance."""
    top = top if top > 0 else 1.0  # an all-zero series still needs a scale
    rough = top / target
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough * (1 - 1e-9))
    if integer:
        step = max(step, 1)
    return [round(i * step, 12) for i in range(math.ceil(top / step - 1e-9) + 1)]


def line_chart(
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    title: str,
    y_label: str = "",
    width: int = 720,
    height: int = 260,
    cumulative: bool = False,
    legend: bool = True,
) -> Markup:
    """One coloured line per series over shared x positions (days, hours), with point tooltips, and a legend
    unless the page shows its own (`legend=False`: an HTML legend keeps long names whole)."""
    _check_lengths(labels, [s.values for s in series])
    if not labels or not series:
        return _empty(title, width)
    if cumulative:
        series = [Series(s.name, list(accumulate(s.values))) for s in series]
    key, legend_height = _legend([s.name for s in series], width, height) if legend else (Markup(""), 0)
    frame, axes = _axes(labels, [v for s in series for v in s.values], y_label, width, height - legend_height, False)
    xs = _positions(frame, len(labels), bands=False)
    lines = [_line(s, PALETTE[i % len(PALETTE)], labels, xs, frame) for i, s in enumerate(series)]
    totals = ", ".join(f"{s.name} {_number(s.values[-1] if cumulative else sum(s.values))}" for s in series)
    desc = f"{'Running totals' if cumulative else 'Totals'} from {labels[0]} to {labels[-1]}: {totals}."
    return _svg(title, desc, width, height, axes + Markup("").join(lines) + key)


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    y_label: str = "",
    width: int = 720,
    height: int = 200,
    empty: str | None = None,
) -> Markup:
    """One bar per label (hours, days, outlets), each with a tooltip giving its value. With `empty`, all-zero
    bars are that message instead (an empty axis reads as a broken chart)."""
    _check_lengths(labels, [values])
    if not labels or (empty is not None and not any(values)):
        return _empty(title, width, empty or EMPTY)
    frame, axes = _axes(labels, values, y_label, width, height, True)
    band = frame.width / len(labels)
    bars = Markup("").join(
        Markup(
            '<rect class="chart-bar" x="{:.1f}" y="{:.1f}" width="{:.1f}" height="{:.1f}" fill="{}">'
            "<title>{}: {}</title></rect>"
        ).format(x - band * 0.4, frame.y(v), band * 0.8, frame.bottom - frame.y(v), PALETTE[0], label, _number(v))
        for x, label, v in zip(_positions(frame, len(labels), bands=True), labels, values)
    )
    peak = max(range(len(values)), key=lambda i: values[i])
    desc = (
        f"Total {_number(sum(values))} from {labels[0]} to {labels[-1]}; "
        f"highest {_number(values[peak])} at {labels[peak]}."
    )
    return _svg(title, desc, width, height, axes + bars)


def time_chart(
    start: datetime,
    end: datetime,
    series: Sequence[tuple[str, Sequence[datetime]]],
    *,
    title: str,
    zone: str,
    y_label: str = "",
    empty: str = EMPTY,
    width: int = 720,
    height: int = 240,
) -> Markup:
    """Running totals of events (placements, mentions) as step lines on a real time axis from `start` to `end`:
    five quiet days take five days' width, not one step. Ticks are hours after `start` for up to three days,
    then dates on the team's clock (`zone`)."""
    if not any(times for _, times in series) or end <= start:
        return _empty(title, width, empty)
    span = (end - start).total_seconds()
    totals = [len(times) for _, times in series]
    legend, legend_height = _legend([name for name, _ in series], width, height)
    ticks = nice_ticks(max(totals), integer=True)
    frame = _Frame(width - LEFT - RIGHT, max(height - legend_height - TOP - BOTTOM, 10), ticks[-1])

    def x(moment: datetime) -> float:
        return LEFT + frame.width * min(max((moment - start).total_seconds(), 0.0), span) / span

    parts = _grid(frame, ticks, y_label)
    for moment, label in time_ticks(start, end, zone):
        parts.append(
            Markup(
                '<line class="chart-x-grid" x1="{x:.1f}" x2="{x:.1f}" y1="{}" y2="{:.1f}" stroke="#eee"/>'
                '<text class="chart-x-tick" x="{x:.1f}" y="{:.1f}" text-anchor="middle">{}</text>'
            ).format(TOP, frame.bottom, frame.bottom + 16, label, x=x(moment))
        )
    lines = []
    for i, (name, times) in enumerate(series):
        points, count = [(x(start), frame.y(0))], 0
        for moment in sorted(times):
            points.append((x(moment), frame.y(count)))
            count += 1
            points.append((x(moment), frame.y(count)))
        points.append((x(end), frame.y(count)))
        lines.append(
            Markup(
                '<polyline class="chart-line" points="{}" fill="none" stroke="{}" stroke-width="2">'
                "<title>{}: {}</title></polyline>"
            ).format(" ".join(f"{px:.1f},{py:.1f}" for px, py in points), PALETTE[i % len(PALETTE)], name, count)
        )
    desc = "Running totals: " + ", ".join(f"{name} {n}" for (name, _), n in zip(series, totals)) + "."
    return _svg(title, desc, width, height, Markup("").join(parts) + Markup("").join(lines) + legend)


def time_ticks(start: datetime, end: datetime, zone: str) -> list[tuple[datetime, str]]:
    """Where the time axis is labelled: every 6, 12 or 24 hours after `start` ("+12h") for up to three days;
    beyond, local midnights every 1, 2, 7... days ("9 Nov"), never more than MAX_X_TICKS."""
    hours = (end - start).total_seconds() / 3600
    if hours <= 72:
        step = next(h for h in (1, 2, 3, 6, 12, 24) if hours / h <= MAX_X_TICKS)
        return [(start + timedelta(hours=h), f"+{h}h") for h in range(0, int(hours) + 1, step)]
    tz = ZoneInfo(zone)
    first = datetime.combine(start.astimezone(tz).date() + timedelta(days=1), datetime.min.time(), tz)
    days = (end - first).days + 1
    step = next(d for d in (1, 2, 3, 7, 14, 30, 61, 91, 365, 3650) if days / d <= MAX_X_TICKS)
    found = []
    for n in range(0, days, step):
        local = datetime.combine(first.date() + timedelta(days=n), datetime.min.time(), tz)
        if local <= end:
            found.append((local, f"{local.day} {_MONTHS[local.month - 1]}"))
    return found


def _check_lengths(labels: Sequence[str], columns: Sequence[Sequence[float]]) -> None:
    """A value per label, or the chart would silently shift points onto the wrong day."""
    for column in columns:
        if len(column) != len(labels):
            raise ValueError(f"{len(column)} values for {len(labels)} labels")


def _grid(frame: _Frame, ticks: Sequence[float], y_label: str) -> list[Markup]:
    """The y axis's label and a grid line with its tick label for each tick (every chart with a y axis)."""
    parts = [Markup('<text class="chart-y-label" x="{}" y="12">{}</text>').format(LEFT, y_label)] if y_label else []
    for tick in ticks:
        parts.append(
            Markup(
                '<line class="chart-grid" x1="{}" x2="{:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
                '<text class="chart-y-tick" x="{}" y="{:.1f}" text-anchor="end">{}</text>'
            ).format(LEFT, LEFT + frame.width, LEFT - 6, frame.y(tick) + 4, _number(tick), y=frame.y(tick))
        )
    return parts


def _axes(
    labels: Sequence[str], values: Sequence[float], y_label: str, width: int, height: int, bands: bool
) -> tuple[_Frame, Markup]:
    """The frame, horizontal grid lines with y tick labels, and a readable subset of x labels."""
    ticks = nice_ticks(max(values), integer=all(float(v).is_integer() for v in values))
    frame = _Frame(width - LEFT - RIGHT, max(height - TOP - BOTTOM, 10), ticks[-1])
    parts = _grid(frame, ticks, y_label)
    xs = _positions(frame, len(labels), bands)
    for i in _tick_indices(len(labels)):
        parts.append(
            Markup('<text class="chart-x-tick" x="{:.1f}" y="{:.1f}" text-anchor="middle">{}</text>').format(
                xs[i], frame.bottom + 16, _short(labels[i])
            )
        )
    return frame, Markup("").join(parts)


def _positions(frame: _Frame, count: int, bands: bool) -> list[float]:
    """x of each label: band centres for bars, edge to edge for lines (a single point sits in the middle)."""
    if bands or count == 1:
        return [LEFT + frame.width * (i + 0.5) / count for i in range(count)]
    return [LEFT + frame.width * i / (count - 1) for i in range(count)]


def _tick_indices(count: int) -> list[int]:
    """At most MAX_X_TICKS evenly spaced labels, always the first and the last."""
    step = max(1, math.ceil((count - 1) / (MAX_X_TICKS - 1)))
    chosen = list(range(0, count, step))
    if chosen[-1] != count - 1:
        if len(chosen) > 1 and count - 1 - chosen[-1] < step / 2:
            chosen.pop()  # too close to the last label to share the axis with it
        chosen.append(count - 1)
    return chosen


def _line(series: Series, colour: str, labels: Sequence[str], xs: list[float], frame: _Frame) -> Markup:
    """A polyline, plus dots carrying "name · label: value" tooltips when there are few enough points."""
    points = " ".join(f"{x:.1f},{frame.y(v):.1f}" for x, v in zip(xs, series.values))
    line = Markup(
        '<polyline class="chart-line" points="{}" fill="none" stroke="{}" stroke-width="2"><title>{}</title></polyline>'
    ).format(points, colour, series.name)
    if len(xs) > MAX_DOTS:
        return line
    dots = Markup("").join(
        Markup(
            '<circle class="chart-point" cx="{:.1f}" cy="{:.1f}" r="3" fill="{}"><title>{} · {}: {}</title></circle>'
        ).format(x, frame.y(v), colour, series.name, label, _number(v))
        for x, label, v in zip(xs, labels, series.values)
    )
    return Markup('<g class="chart-series">{}{}</g>').format(line, dots)


def _legend(names: Sequence[str], width: int, height: int) -> tuple[Markup, int]:
    """Swatch and name per series in rows along the bottom; returns the markup and the height it takes."""
    placed: list[tuple[int, float, str]] = []  # row, x, name as shown (long names cut; tooltips keep them whole)
    row, x = 0, float(LEFT)
    for name in names:
        shown = name if len(name) <= 40 else name[:39] + "…"
        size = 28 + 7 * len(shown)  # swatch, gap and a rough 7px a character at font-size 11
        if x > LEFT and x + size > width - RIGHT:
            row, x = row + 1, float(LEFT)
        placed.append((row, x, shown))
        x += size
    first = height - LEGEND_ROW * (row + 1) + 9
    items = Markup("").join(
        Markup(
            '<line x1="{x:.1f}" x2="{:.1f}" y1="{y}" y2="{y}" stroke="{}" stroke-width="3"/>'
            '<text x="{:.1f}" y="{}">{}</text>'
        ).format(
            x + 14, PALETTE[i % len(PALETTE)], x + 18, first + LEGEND_ROW * r + 4, shown, x=x, y=first + LEGEND_ROW * r
        )
        for i, (r, x, shown) in enumerate(placed)
    )
    return Markup('<g class="chart-legend">{}</g>').format(items), LEGEND_ROW * (row + 1)


def _svg(title: str, desc: str, width: int, height: int, body: Markup) -> Markup:
    """The accessible wrapper; ids hash the title and drawing, so two charts on one page do not clash."""
    seed = f"{title}\0{width}x{height}\0{body}"
    uid = "chart-" + hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:10]
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 {} {}" width="100%" '
        'aria-labelledby="{uid}-title" aria-describedby="{uid}-desc" font-family="system-ui, sans-serif" '
        'font-size="11" fill="#333"><title id="{uid}-title">{}</title><desc id="{uid}-desc">{}</desc>{}'
        "</svg>"
    ).format(width, height, title, desc, body, uid=uid)


def _empty(title: str, width: int, message: str = EMPTY) -> Markup:
    """A short placeholder under the chart's title, so a page with nothing to plot still says what and why. It
    has no viewBox: its text keeps its size on a phone instead of shrinking with the width."""
    seed = f"{title}\0{width}\0{message}"
    uid = "chart-" + hashlib.sha1(seed.encode(), usedforsecurity=False).hexdigest()[:10]
    return Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-none" role="img" width="100%" height="40" '
        'aria-labelledby="{uid}-title" aria-describedby="{uid}-desc" font-family="system-ui, sans-serif" '
        'font-size="14" fill="#333"><title id="{uid}-title">{}</title><desc id="{uid}-desc">{}</desc>'
        '<text class="chart-empty" x="50%" y="25" text-anchor="middle">{}</text></svg>'
    ).format(title, message, message, uid=uid)


def _short(label: str) -> str:
    """ISO dates as "28 Nov" to keep the axis uncluttered; any other label as it came."""
    try:
        day = date.fromisoformat(label) if len(label) == 10 else None
    except ValueError:
        day = None
    return f"{day.day} {_MONTHS[day.month - 1]}" if day else label


def _number(value: float) -> str:
    """Counts as "1,234"; fractions with two decimals at most."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
