"""Rendering a page: the template plus what every page shows (who is signed in, the health badge, labels,
the team's clock). Routes ask for `PageDep` and call `page.render(...)`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..config import Config
from ..present.clock import Clock
from ..present.labels import labels
from ..present.links import safe_href
from ..store import Session, reads
from ..store.types import utcnow
from .deps import ConfigDep, SessionDep, Viewer, ViewerDep

# What every answer carries: a strict Content-Security-Policy (no inline script), no sniffing, no framing.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}

# Cron starts a pass every 15 minutes; no finished pass for this long means cron (or the machine) is not running it.
STALE_AFTER = timedelta(hours=2)


@dataclass(frozen=True)
class Alarm:
    """What the health badge in the header says: nothing when all is well."""

    failing_feeds: int
    last_run_at: datetime | None
    stale: bool
    last_status: str | None
    enabled_feeds: int = 0
    failing_channels: int = 0  # alert channels whose alerts are not going out

    @property
    def every_feed_failing(self) -> bool:
        return self.failing_feeds > 0 and self.failing_feeds >= self.enabled_feeds

    @property
    def raised(self) -> bool:
        return (
            self.failing_feeds > 0
            or self.failing_channels > 0
            or self.stale
            or self.last_status in ("failed", "aborted")
        )


def alarm(session: Session, now: datetime) -> Alarm:
    health = reads.health_summary(session)
    stale = health.last_run_at is None or now - health.last_run_at > STALE_AFTER
    return Alarm(
        health.failing_feeds,
        health.last_run_at,
        stale,
        health.last_status,
        health.enabled_feeds,
        health.failing_channels,
    )


def local_target(target: str | None) -> str:
    """Where to go after a form: only a path on this site (never `//evil.example` or `https://...`)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


def render(request: Request, template: str, context: dict[str, Any], *, status_code: int = 200) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    config: Config = request.app.state.config
    now = utcnow()
    base = {
        "clock": Clock(config.settings.time_zone, now),
        "safe_href": safe_href,
        "labels": labels(config.watchlist),
        "viewer": None,
        "alarm": None,
    }
    return templates.TemplateResponse(request, template, {**base, **context}, status_code=status_code)


@dataclass
class Page:
    request: Request
    session: Session
    config: Config
    viewer: Viewer

    def render(self, template: str, *, status_code: int = 200, **context: Any) -> HTMLResponse:
        extra = {"viewer": self.viewer, "alarm": alarm(self.session, utcnow())}
        return render(self.request, template, {**extra, **context}, status_code=status_code)


def get_page(request: Request, session: SessionDep, config: ConfigDep, viewer: ViewerDep) -> Page:
    return Page(request, session, config, viewer)


PageDep = Annotated[Page, Depends(get_page)]
