"""`alerts.toml`: instant alerts, validated once at start-up like the other files.

`[[channels]]` say where alerts go (an email list, or a Slack or Teams incoming webhook), `[[rules]]` what
sets one off, `[delivery]` when (quiet hours on the team's clock) and how hard to retry. A rule naming a
person or topic the watchlist lacks, or a channel not listed, is refused naming the file, rule and key.
"""

from __future__ import annotations

import re
from datetime import time, timedelta
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, Field, model_validator

from ..errors import ConfigError
from .files import Slug, Span, Watchlist, _read_toml, _Strict, _validate
from .timespec import parse_span

_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DOMAIN = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")


def _clock(value: str) -> str:
    if not _CLOCK.match(value):
        raise ValueError(f"{value!r} is not a time of day like '22:00' or '07:30'")
    return value


def _domain(value: str) -> str:
    value = value.strip().lower().removeprefix("www.")
    if not _DOMAIN.match(value):
        raise ValueError(f"{value!r} is not a domain like 'nytimes.com'")
    return value


Domain = Annotated[str, AfterValidator(_domain)]


class Delivery(_Strict):
    """`[delivery]`: quiet hours on the team's clock (`time_zone` in settings.toml), and retries."""

    quiet_start: Annotated[str, AfterValidator(_clock)] | None = None  # e.g. "22:00"
    quiet_end: Annotated[str, AfterValidator(_clock)] | None = None  # e.g. "07:00"
    attempts: int = Field(3, ge=1, le=10)  # webhook tries within one pass
    retry_wait: float = Field(2.0, ge=0, le=60)  # seconds before the second try; doubled for each one after
    backoff: Span = Field(parse_span("5m"), ge=timedelta(0))  # a failed alert's next pass: this, doubled per failure
    max_backoff: Span = Field(parse_span("6h"), ge=timedelta(minutes=1))

    @model_validator(mode="after")
    def _both_ends(self) -> Delivery:
        if (self.quiet_start is None) != (self.quiet_end is None):
            raise ValueError("quiet hours need both quiet_start and quiet_end")
        if self.quiet_start is not None and self.quiet_start == self.quiet_end:
            raise ValueError("quiet_start and quiet_end are the same time")
        return self

    def quiet_hours(self) -> tuple[time, time] | None:
        if self.quiet_start is None or self.quiet_end is None:
            return None
        return time.fromisoformat(self.quiet_start), time.fromisoformat(self.quiet_end)


class ChannelConfig(_Strict):
    """One `[[channels]]` entry: `kind = "email"` with `to`, or `kind = "webhook"` with `url` and `format`
    ("slack": Slack's `{"text": ...}`; "teams": a Teams Workflows message carrying an Adaptive Card)."""

    name: Slug
    kind: Literal["email", "webhook"]
    to: list[str] = []
    url: str | None = None
    format: Literal["slack", "teams"] = "slack"

    @model_validator(mode="after")
    def _what_each_kind_needs(self) -> ChannelConfig:
        if self.kind == "email" and not self.to:
            raise ValueError('an email channel needs to = ["address", ...]')
        if self.kind == "email" and any("@" not in address for address in self.to):
            raise ValueError("every address in 'to' needs an @")
        if self.kind == "webhook":
            if not self.url or urlsplit(self.url).scheme.lower() not in ("http", "https"):
                raise ValueError('a webhook channel needs url = "https://..."')
        return self


class RuleConfig(_Strict):
    """One `[[rules]]` entry.

    `when`: "person_quoted" (a watched person quoted; `people` narrows to some), "topic" (a watched topic in a
    story; `topics` narrows), "release_placement" (a release's first placement: verbatim, partial or quote).
    `outlets` (domains, "nytimes.com" also covers "www.nytimes.com" and "edition.nytimes.com") limits any rule
    to stories from those outlets' sites; `tiers` ("national", "regional", "local", "trade", "wire", "unlisted", as
    config/outlets.toml sorts the domains) to stories from outlets of those tiers."""

    id: Slug
    when: Literal["person_quoted", "topic", "release_placement"]
    people: list[str] = []
    topics: list[str] = []
    outlets: list[Domain] = []
    tiers: list[Literal["national", "regional", "local", "trade", "wire", "unlisted"]] = []
    channels: list[str] = Field(min_length=1)
    enabled: bool = True

    @model_validator(mode="after")
    def _fits_its_kind(self) -> RuleConfig:
        if self.people and self.when != "person_quoted":
            raise ValueError("'people' goes only with when = \"person_quoted\"")
        if self.topics and self.when != "topic":
            raise ValueError("'topics' goes only with when = \"topic\"")
        return self


class AlertsConfig(_Strict):
    delivery: Delivery = Delivery()
    channels: list[ChannelConfig] = []
    rules: list[RuleConfig] = []

    def rule(self, rule_id: str) -> RuleConfig | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def channel(self, name: str) -> ChannelConfig:
        return next(channel for channel in self.channels if channel.name == name)


def load_alerts(path: Path, watchlist: Watchlist) -> AlertsConfig:
    """`alerts.toml` (optional: no alerts), checked against the watchlist it names people and topics from."""
    if not path.exists():
        return AlertsConfig()
    alerts = _validate(AlertsConfig, _read_toml(path), path)
    _unique(path, "channels", "name", [c.name for c in alerts.channels])
    _unique(path, "rules", "id", [r.id for r in alerts.rules])
    channels = {c.name for c in alerts.channels}
    people = {p.id for p in watchlist.people}
    topics = {t.id for t in watchlist.topics}
    for number, rule in enumerate(alerts.rules, 1):
        where = f"{path}: [[rules]] #{number} {rule.id!r}"
        _known(where, "channels", rule.channels, channels, "a [[channels]] name in this file")
        _known(where, "people", rule.people, people, "a person's id in watchlist.toml")
        _known(where, "topics", rule.topics, topics, "a topic's id in watchlist.toml")
    return alerts


def _known(where: str, key: str, values: list[str], known: set[str], what: str) -> None:
    for value in values:
        if value not in known:
            choices = ", ".join(sorted(known)) or "none yet"
            raise ConfigError(f"{where}: key {key!r}: {value!r} is not {what} (known: {choices})")


def _unique(path: Path, table: str, key: str, values: list[str]) -> None:
    seen: set[str] = set()
    for number, value in enumerate(values, 1):
        if value in seen:
            raise ConfigError(f"{path}: [[{table}]] #{number}: key {key!r}: {value!r} is used twice")
        seen.add(value)
