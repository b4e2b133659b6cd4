"""The hit list's filter as it lives in the URL: parsed leniently (a bad value is dropped and reported, the
page still renders) and written back, so a filtered view is a link a colleague can open."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from ..config import TIERS, UNLISTED, Outlets
from ..config.timespec import parse_span
from ..store.hits import STATUS_FILTERS, HitFilter, HostFilter

# Dates outside these years are typing mistakes, and near the calendar's ends (years 1 and 9999) adding a
# day or a time zone to one overflows.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)
MAX_SPAN = timedelta(days=100 * 365)
MAX_PAGE = 10_000
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
    label: str = ""  # a label's id
    tier: str = ""  # an outlet tier (outlets.toml), or "unlisted"
    page: int = 1

    @classmethod
    def from_query(cls, query: dict[str, str]) -> FilterParams:
        return cls(
            q=_text(query.get("q", "")).strip(),
            topic=_text(query.get("topic", "")),
            person=_text(query.get("person", "")),
            outlet=_text(query.get("outlet", "")),
            status=_text(query.get("status", "")),
            start=_text(query.get("from", "")),
            end=_text(query.get("to", "")),
            seen=_text(query.get("seen", "")),
            after=_text(query.get("after", "")),
            label=_text(query.get("label", "")),
            tier=_text(query.get("tier", "")),
            page=_page(query.get("page", "1")),
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


def _page(value: str) -> int:
    """A page number: ASCII digits only ("²" is a digit to Python, not to int()); past the last page is empty."""
    if not (value.isascii() and value.isdigit()):
        return 1
    return max(1, min(int(value), MAX_PAGE)) if len(value) < 9 else MAX_PAGE


def _text(value: str) -> str:
    """A URL parameter without control characters (a NUL, an escape): no filter value holds one."""
    return _CONTROL.sub(" ", value)


def parse_day(value: str | None, problems: list[str], complaint: str, *, name: str = "Date") -> date | None:
    """A YYYY-MM-DD URL parameter; None (and `complaint` added to `problems`) when it is not one, or a note
    that the date is out of range when it is too far off to mean anything (and to count days from)."""
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        problems.append(complaint)
        return None
    if not FIRST_DAY <= day <= LAST_DAY:
        problems.append(f"{name} {value!r}: date out of range; use a date from {FIRST_DAY.year} to {LAST_DAY.year}")
        return None
    return day


def to_hit_filter(
    params: FilterParams,
    zone: str,
    topics: set[str],
    people: set[str],
    now: datetime,
    *,
    labels: dict[int, str] | None = None,
    outlets: Outlets | None = None,
) -> tuple[HitFilter, list[str]]:
    """The store's filter, and a message for each parameter that made no sense (it is then ignored). `labels`:
    the labels that exist (id: name); `outlets`: outlets.toml, for the tier filter."""
    problems: list[str] = []
    tz = ZoneInfo(zone)

    start = parse_day(
        params.start, problems, f"From date {params.start!r} is not a date like 2026-11-29; ignored", name="From date"
    )
    end = parse_day(
        params.end, problems, f"To date {params.end!r} is not a date like 2026-11-29; ignored", name="To date"
    )
    seen_since = _seen_since(params.seen, now, problems)
    after = _after(params.after, tz, problems)
    if after is not None:
        seen_since = max(seen_since, after) if seen_since else after
    status = params.status if params.status in STATUS_FILTERS else None
    if params.status and status is None:
        problems.append(f"unknown review status {params.status!r}; ignored")
    topic = _known(params.topic, topics, "topic", problems)
    person = _known(params.person, people, "person", problems)
    return HitFilter(
        seen_since=seen_since,
        start=datetime.combine(start, time(), tz) if start else None,
        end=datetime.combine(end + timedelta(days=1), time(), tz) if end else None,
        topic=topic,
        person=person,
        outlet=params.outlet or None,
        status=status,
        text=params.q,
        label=_label(params.label, labels or {}, problems),
        hosts=tier_hosts(params.tier, outlets or Outlets(), problems),
    ), problems


def _label(value: str, known: dict[int, str], problems: list[str]) -> int | None:
    if not value:
        return None
    number = int(value) if value.isascii() and value.isdigit() and len(value) < 19 else None
    if number not in known:
        problems.append(f"unknown label {value!r}; ignored (pick one from the list; it may have been deleted)")
        return None
    return number


def tier_hosts(tier: str, outlets: Outlets, problems: list[str]) -> HostFilter | None:
    """The domains of an outlet tier as the store's host filter; None (and a problem) for an unknown tier."""
    if not tier:
        return None
    if tier not in (*TIERS, UNLISTED):
        problems.append(f"unknown outlet tier {tier!r}; ignored (use one of {', '.join((*TIERS, UNLISTED))})")
        return None
    domains, carved = outlets.domains_of_tier(tier)
    if tier != UNLISTED and not domains:
        return HostFilter(domains=("invalid.",))  # no listed outlet of this tier: nothing matches
    return HostFilter(domains, carved)


def _seen_since(value: str, now: datetime, problems: list[str]) -> datetime | None:
    if not value:
        return None
    span: timedelta | None
    try:
        span = parse_span(value)
    except ValueError:
        problems.append(f"{value!r} is not a span like 24h or 3d; ignored")
        return None
    except OverflowError:  # more days than a timedelta holds
        span = None
    if span is None or span > MAX_SPAN:
        problems.append(f"{value!r}: span out of range; use at most {MAX_SPAN.days}d; ignored")
        return None
    return now - span


def _after(value: str, tz: ZoneInfo, problems: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        problems.append(f"{value!r} is not a moment like 2026-11-29T08:00; ignored")
        return None
    if not FIRST_DAY <= moment.date() <= LAST_DAY:
        problems.append(f"{value!r}: date out of range; use a moment from {FIRST_DAY.year} to {LAST_DAY.year}")
        return None
    return moment.replace(tzinfo=tz) if moment.tzinfo is None else moment


def _known(value: str, known: set[str], what: str, problems: list[str]) -> str | None:
    if value and value not in known:
        problems.append(f"unknown {what} {value!r}; ignored (pick one from the list)")
        return None
    return value or None
