"""The hit list's filter as it lives in the URL: parsed leniently (a bad value is dropped and reported, the
page still renders) and written back, so a filtered view is a link a colleague can open."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from ..store.hits import STATUS_FILTERS, HitFilter
from ..timespec import parse_span


@dataclass(frozen=True)
class FilterParams:
    """The raw URL parameters, kept as typed so the form shows them back."""

    q: str = ""
    topic: str = ""
    person: str = ""
    outlet: str = ""
    status: str = ""
    start: str = ""  # "from" in the URL: YYYY-MM-DD, inclusive, on the team's clock
    end: str = ""  # "to": YYYY-MM-DD, inclusive
    seen: str = ""  # first stored within this span, e.g. "24h"
    after: str = ""  # first stored at or after this moment (ISO 8601): the Today page's "since your last visit"
    page: int = 1

    @classmethod
    def from_query(cls, query: dict[str, str]) -> FilterParams:
        page = query.get("page", "1")
        return cls(
            q=query.get("q", "").strip()[:500], topic=query.get("topic", ""), person=query.get("person", ""),
            outlet=query.get("outlet", ""), status=query.get("status", ""), start=query.get("from", ""),
            end=query.get("to", ""), seen=query.get("seen", ""), after=query.get("after", ""),
            page=max(1, min(int(page), 10_000)) if page.isdigit() else 1,
        )

    def query(self, **changes: object) -> str:
        """This filter (with `changes`) as a query string; empty values and page 1 are left out."""
        values = asdict(replace(self, **changes))  # type: ignore[arg-type]
        values["from"], values["to"] = values.pop("start"), values.pop("end")
        if values["page"] == 1:
            del values["page"]
        return urlencode({key: value for key, value in values.items() if value not in ("", None)})

    @property
    def active(self) -> bool:
        return self.query(page=1) != ""


def parse_day(value: str | None, problems: list[str], complaint: str) -> date | None:
    """A YYYY-MM-DD URL parameter; None (and `complaint` added to `problems`) when it is not one."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        problems.append(complaint)
        return None


def to_hit_filter(params: FilterParams, zone: str, topics: set[str], people: set[str],
                  now: datetime) -> tuple[HitFilter, list[str]]:
    """The store's filter, and a message for each parameter that made no sense (it is then ignored)."""
    problems: list[str] = []
    tz = ZoneInfo(zone)

    start = parse_day(params.start, problems, f"From date {params.start!r} is not a date like 2026-11-29; ignored")
    end = parse_day(params.end, problems, f"To date {params.end!r} is not a date like 2026-11-29; ignored")
    seen_since = None
    if params.seen:
        try:
            seen_since = now - parse_span(params.seen)
        except ValueError:
            problems.append(f"{params.seen!r} is not a span like 24h or 3d; ignored")
    if params.after:
        try:
            after = datetime.fromisoformat(params.after)
            after = after.replace(tzinfo=tz) if after.tzinfo is None else after
            seen_since = max(seen_since, after) if seen_since else after
        except ValueError:
            problems.append(f"{params.after!r} is not a moment like 2026-11-29T08:00; ignored")
    status = params.status if params.status in STATUS_FILTERS else None
    if params.status and status is None:
        problems.append(f"unknown review status {params.status!r}; ignored")
    return HitFilter(
        seen_since=seen_since,
        start=datetime.combine(start, time(), tz) if start else None,
        end=datetime.combine(end + timedelta(days=1), time(), tz) if end else None,
        topic=params.topic if params.topic in topics else None,
        person=params.person if params.person in people else None,
        outlet=params.outlet or None, status=status, text=params.q,
    ), problems
