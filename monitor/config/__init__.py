"""The configuration: three TOML files validated once at start-up, the defaults they fall back on, and the two
small languages their values are written in.

    files.py         feeds.toml, watchlist.toml, settings.toml (and wire.toml): pydantic models, load_config(dir)
    outlets.py       outlets.toml: outlet name, tier and audience by domain; Outlets.outlet_for(url_or_domain)
    defaults.py      named defaults, so settings, docs and tests agree on them
    timespec.py      spans ("15m", "6h") and `--since` moments ("24h", "2026-11-01")
    query_syntax.py  the watchlist's boolean topic queries, parsed (they are matched in tag/)
    alerts.py        alerts.toml: instant alerts' channels, rules and quiet hours, checked against the watchlist

Everything else imports the names below from `monitor.config`.
"""

from __future__ import annotations

from .alerts import AlertsConfig, ChannelConfig, Delivery, RuleConfig, load_alerts
from .files import (
    FEED_SCHEMES,
    Config,
    FeedConfig,
    MailSettings,
    PersonConfig,
    Settings,
    TermConfig,
    TopicConfig,
    Watchlist,
    WebSettings,
    default_config_dir,
    file_url,
    load_config,
    load_outlets,
    load_settings,
    load_watchlist,
    validate_feeds,
    validate_watchlist,
)
from .outlets import TIERS, UNLISTED, Outlet, Outlets, count_tiers

__all__ = [
    "AlertsConfig",
    "ChannelConfig",
    "Delivery",
    "RuleConfig",
    "load_alerts",
    "FEED_SCHEMES",
    "TIERS",
    "UNLISTED",
    "Config",
    "FeedConfig",
    "MailSettings",
    "Outlet",
    "Outlets",
    "PersonConfig",
    "Settings",
    "TermConfig",
    "TopicConfig",
    "Watchlist",
    "WebSettings",
    "count_tiers",
    "default_config_dir",
    "file_url",
    "load_config",
    "load_outlets",
    "load_settings",
    "load_watchlist",
    "validate_feeds",
    "validate_watchlist",
]
