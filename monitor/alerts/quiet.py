"""Quiet hours on the team's clock. Alerts found during them are held (kept "pending") and go out, each one, at
the first pass after they end: nobody's phone buzzes at 3 a.m., and nothing is lost or merged away."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo


def quiet_until(now: datetime, zone: str, hours: tuple[time, time] | None) -> datetime | None:
    """When the quiet hours around `now` end (UTC), or None when it is not quiet. `hours` is (start, end) on
    the team's clock; a start later than the end runs over midnight ("22:00" to "07:00")."""
    if hours is None:
        return None
    start, end = hours
    local = now.astimezone(ZoneInfo(zone))
    at = local.time().replace(tzinfo=None)
    quiet = start <= at < end if start < end else (at >= start or at < end)
    if not quiet:
        return None
    ends = datetime.combine(local.date(), end, tzinfo=local.tzinfo)
    if ends <= local:
        ends = datetime.combine(local.date() + timedelta(days=1), end, tzinfo=local.tzinfo)
    return ends.astimezone(UTC)
