"""The three TOML files in `config/`, validated once at start-up.

`feeds.toml` says what to read, `watchlist.toml` what to look for, `settings.toml` how to run.
Environment variables override a few settings for cron and tests (`MONITOR_DATABASE_URL`,
`MONITOR_CONFIG_DIR`). Every validation error names the file, the entry and the key, because the
person fixing it is editing a text file, not reading a traceback.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BeforeValidator,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from ..errors import ConfigError
from . import defaults
from ._strict import Strict as _Strict
from .outlets import Outlets, OutletsFile
from .query_syntax import parse_query
from .timespec import parse_span

if TYPE_CHECKING:
    from .alerts import AlertsConfig

SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _slug(value: str) -> str:
    if not SLUG.match(value):
        raise ValueError("must be lower-case letters, digits and hyphens, like 'secure-communities'")
    return value


# Topic and person ids: stored in the database and used in URLs and JSON, so kept plain.
Slug = Annotated[str, AfterValidator(_slug)]


def _span(value: Any) -> Any:
    return parse_span(value) if isinstance(value, str) else value


# A duration written the way people say it in a config file: "15m", "6h", "1d".
Span = Annotated[timedelta, BeforeValidator(_span)]


def _network(value: str) -> str:
    ipaddress.ip_network(value, strict=False)  # ValueError names the bad value
    return value


def _time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{value!r} is not a time zone name like 'America/New_York' or 'UTC'") from None
    return value


class WebSettings(_Strict):
    """The review site (`monitor serve`), written as `[settings.web]`."""

    host: str = "127.0.0.1"  # loopback only unless the admin says otherwise (then: behind a TLS proxy)
    port: int = Field(8000, ge=1, le=65535)
    base_url: str | None = None  # the address people reach it at, for links in emails
    secure_cookies: bool = False  # true behind HTTPS: the session cookie is then never sent in clear
    session_lifetime: Span = Field(parse_span("14d"), ge=timedelta(minutes=5))
    visit_gap: Span = Field(parse_span("3h"), ge=timedelta(minutes=5))  # this long away starts a new visit
    page_size: int = Field(50, ge=5, le=500)  # stories per page
    # Stories the hit list counts exactly; past it, "more than 5,000 stories": the count stops there, so a
    # page reads as much whatever the history's length (issue 17).
    count_up_to: int = Field(5_000, ge=10, le=100_000)
    # Who may read /metrics (Prometheus): addresses as the site sees them (behind a proxy on 127.0.0.1, the
    # forwarded client address). /healthz is open to all: it shows status only.
    metrics_networks: list[Annotated[str, AfterValidator(_network)]] = ["127.0.0.1/32", "::1/128"]


class MailSettings(_Strict):
    """The morning digest's mail server and recipients, written as `[settings.mail]`. The password is read
    from the environment variable `password_env` names, never from a file in the repository."""

    host: str = "127.0.0.1"
    port: int = Field(25, ge=1, le=65535)
    security: Literal["none", "starttls", "ssl"] = "none"
    user: str | None = None
    password_env: str = "MONITOR_SMTP_PASSWORD"
    sender: str = "monitor@localhost"
    to: list[str] = []
    send_empty: bool = False  # send "nothing new" mails too (default: say so on the terminal only)
    timeout: float = Field(30.0, gt=0)
    # The certificate (PEM) of the authority that signed the server's, when it is not one the system trusts (a
    # company's own CA, a self-signed server). Checks stay on: the certificate and the host name are verified.
    ca_file: str | None = None


class Settings(_Strict):
    """How the monitor runs: where it stores, how it fetches, which model it tags with."""

    database_url: str = defaults.DATABASE_URL
    user_agent: str = defaults.USER_AGENT
    concurrency: int = Field(defaults.CONCURRENCY, ge=1, le=64)
    per_host_concurrency: int = Field(defaults.PER_HOST_CONCURRENCY, ge=1, le=16)
    connect_timeout: float = Field(defaults.CONNECT_TIMEOUT, gt=0)
    read_timeout: float = Field(defaults.READ_TIMEOUT, gt=0)
    total_timeout: float = Field(defaults.TOTAL_TIMEOUT, gt=0)
    max_body_bytes: int = Field(defaults.MAX_BODY_BYTES, ge=1024)
    max_redirects: int = Field(defaults.MAX_REDIRECTS, ge=0, le=20)
    per_host_gap: float = Field(defaults.PER_HOST_GAP, ge=0, le=60)
    min_poll_interval: Span = Field(parse_span(defaults.MIN_POLL_INTERVAL), ge=timedelta(minutes=1))
    max_poll_interval: Span = Field(parse_span(defaults.MAX_POLL_INTERVAL), ge=timedelta(minutes=1))
    max_backoff: Span = Field(parse_span(defaults.MAX_BACKOFF), ge=timedelta(minutes=1))
    # Networks article pages may be fetched from although they are not public (e.g. "127.0.0.0/8" in tests,
    # an intranet news site). Anything else private, loopback or link-local is refused.
    page_allowed_networks: list[Annotated[str, AfterValidator(_network)]] = []
    min_article_chars: int = Field(defaults.MIN_ARTICLE_CHARS, ge=0)
    # Worker processes for parsing feeds: 0 = automatic (every core once a pass has many feeds due), 1 = never.
    parse_processes: int = Field(0, ge=0, le=64)
    # Worker processes for tagging: 0 = automatic (every core once a pass brings 100 articles the prefilter
    # passes), 1 = never.
    tag_processes: int = Field(0, ge=0, le=64)
    spacy_model: str = defaults.SPACY_MODEL
    lock_file: str = defaults.LOCK_FILE
    log_file: str = defaults.LOG_FILE
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["text", "json"] = "text"  # json: one object a line, for a log shipper
    # Fetched (GET) after each pass that did its job (ok or partial), healthchecks.io style: a missing ping
    # is the alarm. A failed pass pings `heartbeat_url` + "/fail" instead.
    heartbeat_url: str | None = None
    # Retention (`monitor prune`): at the end of each pass, articles first stored longer ago than this are
    # deleted, except reviewed, release-matched and digested ones. None (the default): everything is kept.
    retention: Span | None = Field(None, ge=timedelta(days=1))
    time_zone: Annotated[str, AfterValidator(_time_zone)] = "UTC"  # the team's clock, for dates people read
    web: WebSettings = WebSettings()
    mail: MailSettings = MailSettings()

    @model_validator(mode="after")
    def _intervals_in_order(self) -> Settings:
        if self.min_poll_interval > self.max_poll_interval:
            raise ValueError("min_poll_interval is longer than max_poll_interval")
        return self


# What a feed's URL may be: the web, or a local file the admin points at.
FEED_SCHEMES = ("http", "https", "file")


class FeedConfig(_Strict):
    """One `[[feeds]]` entry."""

    name: str = Field(min_length=1)
    url: str
    outlet: str | None = None
    full_text: bool = False
    ignore_http_cache: bool = False  # for servers whose ETag / Last-Modified lie: always fetch in full
    tags: list[str] = []
    enabled: bool = True

    @field_validator("url")
    @classmethod
    def _known_scheme(cls, url: str) -> str:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in FEED_SCHEMES:
            raise ValueError(f"must start with http://, https:// or file: (got {url!r})")
        return url


class TermConfig(_Strict):
    """A term matched with its case as written; context rules decide ambiguous ones (ICE the agency vs ICE futures).

    `require_any` / `reject_any` are lower-case word prefixes ("deport" covers "deportation") or phrases,
    looked for within `window` tokens either side of the match.
    """

    text: str = Field(min_length=1)
    case_sensitive: bool = True
    require_any: list[str] = []
    reject_any: list[str] = []
    window: int = Field(defaults.CONTEXT_WINDOW, ge=1, le=500)


class TopicConfig(_Strict):
    """One `[[topics]]` entry: plain phrases (any case), exact-case phrases, terms with context rules,
    and a boolean query (see config/query_syntax.py); any one of them matching makes the topic a hit."""

    id: Slug
    label: str
    phrases: list[str] = []
    case_sensitive: list[str] = []
    terms: list[TermConfig] = []
    query: str | None = None

    @field_validator("query")
    @classmethod
    def _query_parses(cls, query: str | None) -> str | None:
        if query is not None:
            parse_query(query)  # QueryError (a ValueError) says where and why
        return query

    @model_validator(mode="after")
    def _has_something(self) -> TopicConfig:
        if not (self.phrases or self.case_sensitive or self.terms or self.query):
            raise ValueError("needs at least one of phrases, case_sensitive, terms or query")
        return self

    def all_terms(self) -> list[TermConfig]:
        """Every way the topic can match, as terms: phrases ignore case, case_sensitive ones do not."""
        plain = [TermConfig(text=p, case_sensitive=False) for p in self.phrases]
        exact = [TermConfig(text=p) for p in self.case_sensitive]
        return plain + exact + list(self.terms)


class PersonConfig(_Strict):
    """One `[[people]]` entry: a watched person, found by full name, aliases, and surname after a full mention.

    A story that names them but matches no watched topic must also mention their organisation, role or
    one of `context`: a dairy farmer called John Morton is not the ICE director.
    """

    id: Slug
    name: str = Field(min_length=3)
    aliases: list[str] = []
    organisation: str | None = None
    role: str | None = None
    context: list[str] = []

    def evidence(self) -> list[str]:
        return [word for word in (self.organisation, self.role, *self.context) if word]


class Watchlist(_Strict):
    topics: list[TopicConfig] = []
    people: list[PersonConfig] = []


class _FeedsFile(_Strict):
    feeds: list[FeedConfig] = []


class _SettingsFile(_Strict):
    settings: Settings = Settings()


class _WireFile(_Strict):
    hosts: list[str] = []


@dataclass(frozen=True)
class Config:
    """Everything one run needs, validated."""

    settings: Settings
    feeds: list[FeedConfig]
    watchlist: Watchlist
    config_dir: Path
    wire_hosts: tuple[str, ...] = ()  # wire.toml: where releases are reposted for a fee or syndicated
    outlets: Outlets = field(default_factory=Outlets)  # outlets.toml: outlet names, tiers and audiences by domain
    alerts: AlertsConfig = field(default_factory=lambda: _no_alerts())  # alerts.toml: instant alerts


def _no_alerts() -> AlertsConfig:
    from .alerts import AlertsConfig

    return AlertsConfig()


def default_config_dir() -> Path:
    return Path(os.environ.get("MONITOR_CONFIG_DIR", "config"))


def load_config(config_dir: Path | str | None = None, *, feeds_file: Path | str | None = None) -> Config:
    """Read and validate `settings.toml`, `feeds.toml` and `watchlist.toml`; raise ConfigError naming what is wrong."""
    directory = Path(config_dir) if config_dir is not None else default_config_dir()
    if not directory.is_dir():
        raise ConfigError(f"{directory}: config directory not found (set --config or MONITOR_CONFIG_DIR)")
    settings = load_settings(directory)
    feeds_path = Path(feeds_file) if feeds_file is not None else directory / "feeds.toml"
    feeds = validate_feeds(_read_toml(feeds_path), feeds_path)
    feeds = [feed.model_copy(update={"url": file_url(feed.url, feeds_path.parent)}) for feed in feeds]
    _check_unique(feeds_path, "feeds", [f.name for f in feeds], "name")
    watchlist = load_watchlist(directory / "watchlist.toml")
    wire_path = directory / "wire.toml"
    wire = _validate(_WireFile, _read_toml(wire_path), wire_path).hosts if wire_path.exists() else []
    from .alerts import load_alerts  # alerts.py builds on this module's models

    return Config(
        settings=settings,
        feeds=feeds,
        watchlist=watchlist,
        config_dir=directory,
        wire_hosts=tuple(host.lower().strip() for host in wire),
        outlets=load_outlets(directory / "outlets.toml"),
        alerts=load_alerts(directory / "alerts.toml", watchlist),
    )


def load_outlets(path: Path) -> Outlets:
    """`outlets.toml` (optional: without it every outlet is "unlisted"); ConfigError names the file, the entry
    and the key, and both entries when one domain is listed twice."""
    if not path.exists():
        return Outlets()
    raw = _read_toml(path)
    entries = _validate(OutletsFile, raw, path).outlets
    seen: dict[str, tuple[int, str]] = {}
    for index, outlet in enumerate(entries):
        for domain in outlet.domains:
            if domain in seen:
                first, name = seen[domain]
                raise ConfigError(
                    f"{path}: [[outlets]] #{index + 1} {outlet.name!r}: key 'domains': {domain!r} is already "
                    f"listed by [[outlets]] #{first} {name!r}; list each domain once"
                )
            seen[domain] = (index + 1, outlet.name)
    return Outlets.of(entries)


def validate_feeds(raw: dict[str, Any], path: Path) -> list[FeedConfig]:
    """The `[[feeds]]` of a parsed feeds file, as written; ConfigError names the file, entry and key."""
    return _validate(_FeedsFile, raw, path).feeds


def load_settings(directory: Path) -> Settings:
    """`settings.toml` (optional: defaults apply) with environment overrides on top."""
    path = directory / "settings.toml"
    raw = _read_toml(path) if path.exists() else {}
    settings = _validate(_SettingsFile, raw, path).settings
    if url := os.environ.get("MONITOR_DATABASE_URL"):
        settings = settings.model_copy(update={"database_url": url})
    return settings


def load_watchlist(path: Path) -> Watchlist:
    return validate_watchlist(_read_toml(path), path)


def validate_watchlist(raw: dict[str, Any], path: Path) -> Watchlist:
    """A parsed watchlist file, checked as at start-up (the site's editor checks a draft with it); ConfigError names
    the file, the entry and the key, one line per problem."""
    watchlist = _validate(Watchlist, raw, path)
    _check_unique(path, "topics", [t.id for t in watchlist.topics], "id")
    _check_unique(path, "people", [p.id for p in watchlist.people], "id")
    return watchlist


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc


def _validate(model: type[_Strict], raw: dict[str, Any], path: Path) -> Any:
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        lines = [_describe(path, raw, error) for error in exc.errors()]
        raise ConfigError("\n".join(lines)) from None


def _describe(path: Path, raw: dict[str, Any], error: Any) -> str:
    """`config/feeds.toml: [[feeds]] #2 "Valley Ledger": key "url": Field required`."""
    loc = list(error["loc"])
    where = str(path)
    if len(loc) >= 2 and isinstance(loc[1], int):
        table, index = loc[0], loc[1]
        entry = (raw.get(table) or [None] * (index + 1))[index]
        label = ""
        if isinstance(entry, dict):
            name = entry.get("name") or entry.get("id")
            label = f" {name!r}" if name else ""
        where += f": [[{table}]] #{index + 1}{label}"
        loc = loc[2:]
    elif loc and loc[0] == "settings":
        where += ": [settings]"
        loc = loc[1:]
    key = ".".join(str(part) for part in loc)
    if key:
        where += f": key {key!r}"
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        message = "unknown key (check its spelling)"
    return f"{where}: {message}"


def _check_unique(path: Path, table: str, values: list[str], key: str) -> None:
    seen: set[str] = set()
    for index, value in enumerate(values):
        if value in seen:
            raise ConfigError(f"{path}: [[{table}]] #{index + 1}: key {key!r}: {value!r} is used twice")
        seen.add(value)


def file_url(url: str, base: Path) -> str:
    """A `file:` URL made absolute against `base` (the feeds file's folder, or the working directory for a
    path typed on the command line), so nothing depends on where a command runs; other URLs unchanged."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() != "file" or parts.netloc:
        return url
    target = Path(parts.path)
    return (target if target.is_absolute() else (base / target).resolve()).as_uri()
