"""Dates on the team's clock: their time zone, short forms, and "3 h ago"."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo


class Clock:
    """Dates as the team reads them: their time zone, short forms, and "3 h ago"."""

    def __init__(self, zone: str, now: datetime) -> None:
        self.zone = ZoneInfo(zone)
        self.now = now

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def short(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        local = self.local(moment)
        today = self.local(self.now).date()
        if local.date() == today:
            return local.strftime("%H:%M")
        if local.date() == today - timedelta(days=1):
            return local.strftime("yesterday %H:%M")
        if local.year == today.year:
            return f"{local.day} {local.strftime('%b %H:%M')}"
        return f"{local.day} {local.strftime('%b %Y')}"

    def day(self, day: date) -> str:
        """A calendar day as every page writes one: "Mon 2 Nov 2026"."""
        return f"{day.strftime('%a')} {day.day} {day.strftime('%b %Y')}"

    def full(self, moment: datetime | None) -> str:
        if moment is None:
            return "—"
        local = self.local(moment)
        return f"{local.strftime('%a')} {local.day} {local.strftime('%b %Y, %H:%M %Z')}"

    def ago(self, moment: datetime | None) -> str:
        if moment is None:
            return "never"
        seconds = int((self.now - moment).total_seconds())
        if seconds < 0:
            return "in " + _span(-seconds)
        return "just now" if seconds < 60 else _span(seconds) + " ago"

    def iso(self, moment: datetime | None) -> str:
        return self.local(moment).isoformat(timespec="minutes") if moment else ""


def _span(seconds: int) -> str:
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"
