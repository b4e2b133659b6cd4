"""Time as people write it: spans in settings.toml ("15m", "6h") and `--since` values, a span back from now ("24h",
"3d") or a date/time ("2026-11-01", "2026-11-01T08:00Z"); and a range cut where the team's UTC offset changes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

_SPAN = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_span(value: str) -> timedelta:
    """A span such as "90m", "6h", "3d" or "2w"; ValueError naming the accepted forms otherwise."""
    match = _SPAN.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a span like 90m, 6h, 3d or 2w")
    return timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})


def parse_since(value: str, *, now: datetime | None = None) -> datetime:
    """The UTC moment `value` names; ValueError with an example when it names none."""
    now = now or datetime.now(UTC)
    if _SPAN.match(value):
        return now - parse_span(value)
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"{value!r} is neither a span like 24h, 3d, 2w, 90m nor a date like 2026-11-01") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def offset_segments(start: datetime, end: datetime, zone: str) -> list[tuple[datetime, datetime, int]]:
    """[start, end) cut where the zone's UTC offset changes (daylight saving): (from, to, offset in minutes),
    so a database can put each moment on its local day with one fixed offset per piece."""
    tz = ZoneInfo(zone)
    hour = timedelta(hours=1)

    def offset(moment: datetime) -> int:
        shift = moment.astimezone(tz).utcoffset() or timedelta()
        return int(shift.total_seconds() // 60)

    segments: list[tuple[datetime, datetime, int]] = []
    left, current = start, offset(start)
    probe = start.replace(minute=0, second=0, microsecond=0) + hour
    while probe < end:  # zones change offset on the hour or the half hour
        now = offset(probe)
        if now != current:
            cut = probe - hour / 2 if offset(probe - hour / 2) == now else probe
            segments.append((left, cut, current))
            left, current = cut, now
        probe += hour
    segments.append((left, end, current))
    return segments
