"""One polite async HTTP client per run: timeouts, a byte cap, conditional GET, classified failures.

Only this module imports httpx. Callers get a `Fetched` record or one of the `FetchError` subclasses,
whose `.key` ("timeout", "http_404", "too_large", ...) is stored on the feed so breakage is countable.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import httpx

from ..config import Settings
from ..errors import ConnectFailed, FetchError, FetchTimeout, HTTPStatusError, Refused, TooLarge
from ..records import Fetched


class Fetcher:
    """Async context manager owning the run's httpx client and its concurrency limits."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: httpx.AsyncClient | None = None
        self._all = asyncio.Semaphore(settings.concurrency)
        self._hosts: defaultdict[str, asyncio.Semaphore] = defaultdict(
            lambda: asyncio.Semaphore(settings.per_host_concurrency)
        )

    async def __aenter__(self) -> "Fetcher":
        s = self._settings
        self._client = httpx.AsyncClient(
            headers={"User-Agent": s.user_agent},  # httpx asks for, and decodes, gzip and deflate itself
            timeout=httpx.Timeout(s.read_timeout, connect=s.connect_timeout),
            follow_redirects=True,
            max_redirects=s.max_redirects,
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
        allow_file: bool = False,
    ) -> Fetched:
        """GET `url`, sending validators for a conditional request (RFC 9110 §13) when we have them.

        `file:` URLs are read from disk only when `allow_file` is set: the admin's own feed list may
        point at files, a feed's article links never may.
        """
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file" and allow_file:
            return _read_file(url, self._settings.max_body_bytes)
        if scheme not in ("http", "https"):
            raise Refused(f"{url}: only http and https URLs are fetched")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        async with self._all, self._hosts[parts.hostname or ""]:
            try:
                async with asyncio.timeout(self._settings.total_timeout):
                    return await self._stream(url, headers)
            except TimeoutError:
                raise FetchTimeout(f"{url}: no complete answer within {self._settings.total_timeout:g}s") from None

    async def _stream(self, url: str, headers: dict[str, str]) -> Fetched:
        assert self._client is not None, "use Fetcher as 'async with Fetcher(settings) as fetcher'"
        cap = self._settings.max_body_bytes
        try:
            async with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return _fetched(response, b"", not_modified=True)
                if response.status_code >= 400:
                    raise HTTPStatusError(
                        f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip(),
                        status=response.status_code,
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


def _fetched(response: httpx.Response, body: bytes, *, not_modified: bool = False) -> Fetched:
    return Fetched(
        url=str(response.url),
        status=response.status_code,
        body=body,
        content_type=response.headers.get("Content-Type"),
        etag=response.headers.get("ETag"),
        last_modified=response.headers.get("Last-Modified"),
        not_modified=not_modified,
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
