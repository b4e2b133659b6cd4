"""Alert webhooks (Slack, Teams): one JSON POST. HTTP, so it lives here; the URL is the admin's own (alerts.toml),
so it is trusted. Failures come back as the same FetchError keys a feed's do; retrying is the caller's choice."""

from __future__ import annotations

from typing import Any

import httpx

from ..config import Settings
from ..errors import ConnectFailed, FetchTimeout, HTTPStatusError

TIMEOUT = 10.0  # a slow chat service must not hold up the pass


def post_json(url: str, payload: dict[str, Any], settings: Settings) -> None:
    """POST `payload` as JSON; FetchError saying why when the answer is not a success."""
    try:
        response = httpx.post(url, json=payload, headers={"User-Agent": settings.user_agent}, timeout=TIMEOUT)
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"{_site(url)}: webhook timed out after {TIMEOUT:.0f} s") from exc
    except httpx.HTTPError as exc:
        raise ConnectFailed(f"{_site(url)}: webhook could not connect: {exc}") from exc
    if response.status_code >= 400:
        said = " ".join(response.text.split())[:120]
        raise HTTPStatusError(
            f"{_site(url)}: webhook answered HTTP {response.status_code}" + (f": {said}" if said else ""),
            status=response.status_code,
        )


def _site(url: str) -> str:
    """The webhook's host only: its path is a secret (whoever has a Slack webhook URL can post to the channel)."""
    return httpx.URL(url).host or "webhook"
