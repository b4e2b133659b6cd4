"""The heartbeat ping (healthchecks.io, Uptime Kuma, Cronitor...): one GET after each pass, so an outside service
raises the alarm when pings stop. HTTP, so it lives here; the URL is the admin's own, so it is trusted."""

from __future__ import annotations

import httpx

from ..config import Settings
from ..errors import ConnectFailed, FetchTimeout, HTTPStatusError

TIMEOUT = 10.0  # a slow monitoring service must not hold up cron


def ping(url: str, settings: Settings) -> None:
    """GET `url`; FetchError saying why when it does not answer with a success."""
    try:
        response = httpx.get(url, headers={"User-Agent": settings.user_agent}, timeout=TIMEOUT, follow_redirects=True)
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"{url}: heartbeat timed out after {TIMEOUT:.0f} s") from exc
    except httpx.HTTPError as exc:
        raise ConnectFailed(f"{url}: heartbeat could not connect: {exc}") from exc
    if response.status_code >= 400:
        raise HTTPStatusError(f"{url}: heartbeat answered {response.status_code}", status=response.status_code)
