"""One polite async HTTP client per run: timeouts, a byte cap, conditional GET, classified failures.

Only this package imports httpx. Callers get a `Fetched` record or one of the `FetchError` subclasses,
whose `.key` ("timeout", "http_404", "too_large", ...) is stored on the feed so breakage is countable.
URLs the admin configured are *trusted* (may be `file:` or on the intranet); links found inside feeds
are not, and go through a connection pool that refuses private addresses (see guard.py).
"""

from __future__ import annotations

import asyncio
import re
from collections import defaultdict
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import httpx

from ..config import Settings
from ..errors import ConnectFailed, FetchError, FetchTimeout, HTTPStatusError, Refused, TooLarge
from ..records import Fetched
from .guard import AddressPolicy, GuardedBackend
from .hosts import HostGate

_UNTRUSTED = "monitor.untrusted"  # request extension: route through the guarded pool (kept across redirects)
_PERMANENT = (301, 308)
_MAX_AGE = re.compile(r"(?:^|,)\s*max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


class Fetcher:
    """Async context manager owning the run's httpx client, its concurrency limits and per-host politeness."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: httpx.AsyncClient | None = None
        self._all = asyncio.Semaphore(settings.concurrency)
        self._hosts: defaultdict[str, HostGate] = defaultdict(
            lambda: HostGate(settings.per_host_concurrency, settings.per_host_gap)
        )

    async def __aenter__(self) -> Fetcher:
        s = self._settings
        self._client = httpx.AsyncClient(
            headers={"User-Agent": s.user_agent},  # httpx asks for, and decodes, gzip and deflate itself
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            follow_redirects=True,
            max_redirects=s.max_redirects,
            transport=_Router(AddressPolicy(s.page_allowed_networks), limit=s.concurrency),
        )
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None

    async def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        trusted: bool = False,
    ) -> Fetched:
        """GET `url`, sending validators for a conditional request (RFC 9110 §13) when we have them.

        `trusted` is for URLs from the admin's own config: they may be `file:` paths or intranet hosts.
        Links from feeds never may: `file:` is refused, and so are private addresses, at every redirect.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file" and trusted:
            return _read_file(url, self._settings.max_body_bytes)
        if scheme not in ("http", "https"):
            raise Refused(f"{url}: only http and https URLs are fetched")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._hosts[(parts.hostname or "").lower()].turn(), self._all:
            try:
                async with asyncio.timeout(self._settings.total_timeout):
                    return await self._stream(url, headers, trusted)
            except TimeoutError:
                raise FetchTimeout(f"{url}: no complete answer within {self._settings.total_timeout:g}s") from None

    async def _stream(self, url: str, headers: dict[str, str], trusted: bool) -> Fetched:
        assert self._client is not None, "use Fetcher as 'async with Fetcher(settings) as fetcher'"
        cap = self._settings.max_body_bytes
        try:
            async with self._client.stream(
                "GET", url, headers=headers, extensions={_UNTRUSTED: not trusted}
            ) as response:
                if response.status_code == 304:
                    await response.aread()  # empty, but read, so the connection goes back to the pool
                    return _fetched(response, b"", not_modified=True)
                if response.status_code >= 400:
                    raise HTTPStatusError(
                        f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        status=response.status_code,
                        retry_after=retry_after(response.headers.get("Retry-After")),
                    )
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > cap:
                    raise TooLarge(f"{url}: body of {int(declared):,} bytes is over the {cap:,}-byte limit")
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise TooLarge(f"{url}: body is over the {cap:,}-byte limit")
                    chunks.append(chunk)
                return _fetched(response, b"".join(chunks))
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"{url}: timed out ({type(exc).__name__})") from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError(f"{url}: too many redirects ({exc})", key="redirect_loop") from exc
        except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
            raise ConnectFailed(f"{url}: connection failed: {exc or type(exc).__name__}") from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc


class _Router(httpx.AsyncBaseTransport):
    """One client, two connection pools: trusted URLs connect anywhere, links from feeds only to public hosts."""

    def __init__(self, policy: AddressPolicy, *, limit: int) -> None:
        # Our semaphores bound requests in flight. The pool stays small on purpose: httpcore scans every pooled
        # connection for each request, so keeping one idle connection per host costs more CPU than reconnecting.
        limits = httpx.Limits(max_connections=limit * 2, max_keepalive_connections=limit)
        self._trusted = httpx.AsyncHTTPTransport(limits=limits)
        self._untrusted = httpx.AsyncHTTPTransport(limits=limits)
        pool = self._untrusted._pool  # httpx 0.28 has no public hook for httpcore's network backend
        pool._network_backend = GuardedBackend(pool._network_backend, policy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._untrusted if request.extensions.get(_UNTRUSTED) else self._trusted
        return await transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self._trusted.aclose()
        await self._untrusted.aclose()


def retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: delta-seconds or an HTTP date (RFC 9110 §10.2.3)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _fetched(response: httpx.Response, body: bytes, *, not_modified: bool = False) -> Fetched:
    hops = response.history
    moved = bool(hops) and all(hop.status_code in _PERMANENT for hop in hops)
    max_age = _MAX_AGE.search(response.headers.get("Cache-Control", ""))
    return Fetched(
        url=str(response.url),
        status=response.status_code,
        body=body,
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        not_modified=not_modified,
        moved_to=str(response.url) if moved else None,
        max_age=int(max_age.group(1)) if max_age else None,
    )


def _read_file(url: str, cap: int) -> Fetched:
    path = Path(url2pathname(unquote(urlsplit(url).path)))
    try:
        size = path.stat().st_size
        if size > cap:
            raise TooLarge(f"{path}: file of {size:,} bytes is over the {cap:,}-byte limit")
        return Fetched(url=url, status=200, body=path.read_bytes())
    except OSError as exc:
        raise FetchError(f"{path}: cannot read file: {exc.strerror}", key="file_unreadable") from exc
