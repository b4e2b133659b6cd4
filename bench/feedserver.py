"""A loopback feed server for the fetching benchmark: generated RSS feeds, a fixed delay per answer, 304s.

Feed `i` is served at `/feeds/<i>.xml` with an ETag and a Last-Modified, and answers 304 Not Modified
to a matching If-None-Match (or, without one, to an If-Modified-Since not older than its date).
Every answer, 304s included, waits `latency` seconds first (asyncio.sleep: the server stays responsive,
like a slow publisher's server does). Raw HTTP/1.1 on asyncio streams, with keep-alive, so the server
itself is never the bottleneck. `/_stats` gives counters as JSON (`?reset=1` zeroes them), undelayed.

It listens on several loopback addresses at once (127.0.1.1, 127.0.1.2, ...: Linux routes all of
127.0.0.0/8 to `lo`), so a client that is polite per host name can be measured with many hosts.
Only loopback addresses are accepted; it never binds a public or wildcard address.

Run it in its own process with `start()`, which returns the process, the base URLs and the expected
number of items; the server stops when the parent's end of the pipe is closed or sent anything.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import json
import multiprocessing as mp
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from multiprocessing.connection import Connection

from bench.generators.feeds import FEED_EPOCH, make_feed


@dataclass(frozen=True)
class _Document:
    body: bytes
    etag: str
    last_modified: str
    modified_at: datetime


class FeedServer:
    """The asyncio side: request parsing, the delay, validators, counters."""

    def __init__(self, feeds: int, latency: float) -> None:
        self.latency = latency
        self.documents: dict[str, _Document] = {}
        self.items = 0
        for index in range(feeds):
            body, items = make_feed(index)
            modified_at = FEED_EPOCH - timedelta(minutes=index % 600)
            self.documents[f"/feeds/{index}.xml"] = _Document(
                body=body,
                etag='"' + hashlib.sha1(body).hexdigest()[:20] + '"',
                last_modified=format_datetime(modified_at, usegmt=True),
                modified_at=modified_at,
            )
            self.items += items
        self.reset()

    def reset(self) -> dict[str, int]:
        old = getattr(self, "stats", {})
        self.stats = {"requests": 0, "200": 0, "304": 0, "404": 0, "connections": 0, "bytes_sent": 0}
        return old

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        counted = False  # connections made only to read /_stats are not counted
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    break
                method, target, version, headers = request
                keep_alive = _keeps_alive(version, headers)
                if target.startswith("/_stats"):
                    answer = self._stats_answer(target, keep_alive)
                else:
                    if not counted:
                        self.stats["connections"] += 1
                        counted = True
                    await asyncio.sleep(self.latency)
                    answer = self._answer(method, target, headers, keep_alive)
                    self.stats["bytes_sent"] += len(answer)
                writer.write(answer)
                await writer.drain()
                if not keep_alive:
                    break
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # a client hanging up, or a request we cannot read: drop the connection
        finally:
            writer.close()

    def _answer(self, method: str, target: str, headers: dict[str, str], keep_alive: bool) -> bytes:
        self.stats["requests"] += 1
        document = self.documents.get(target.split("?", 1)[0])
        if method not in ("GET", "HEAD") or document is None:
            self.stats["404"] += 1
            return _response(404, "Not Found", b"not found\n", {"Content-Type": "text/plain"}, keep_alive)
        validators = {"ETag": document.etag, "Last-Modified": document.last_modified, "Cache-Control": "max-age=60"}
        if _not_modified(document, headers):
            self.stats["304"] += 1
            return _response(304, "Not Modified", b"", validators, keep_alive)
        self.stats["200"] += 1
        body = b"" if method == "HEAD" else document.body
        return _response(
            200,
            "OK",
            body,
            {"Content-Type": "application/rss+xml; charset=utf-8", **validators},
            keep_alive,
            length=len(document.body),
        )

    def _stats_answer(self, target: str, keep_alive: bool) -> bytes:
        stats = dict(self.stats, feeds=len(self.documents), items=self.items)
        if "reset=1" in target:
            self.reset()
        return _response(200, "OK", json.dumps(stats).encode(), {"Content-Type": "application/json"}, keep_alive)


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, str, dict[str, str]] | None:
    """One request head (method, target, version, lower-cased headers); None at a clean end of the connection."""
    line = b"\r\n"
    while line in (b"\r\n", b"\n"):  # RFC 9112 §2.2: empty lines before a request line are ignored
        line = await reader.readline()
    if not line:
        return None
    method, target, version = line.decode("latin-1").split()  # ValueError on a malformed request line
    headers: dict[str, str] = {}
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n"):
            break
        if not line:
            raise asyncio.IncompleteReadError(b"", None)
        name, _, value = line.decode("latin-1").partition(":")
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "0")
    if length.isdigit() and int(length):
        await reader.readexactly(int(length))  # feed readers send no body; read one anyway to stay in step
    return method, target, version, headers


def _keeps_alive(version: str, headers: dict[str, str]) -> bool:
    tokens = {t.strip().lower() for t in headers.get("connection", "").split(",")}
    if version == "HTTP/1.1":
        return "close" not in tokens
    return "keep-alive" in tokens


def _not_modified(document: _Document, headers: dict[str, str]) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present; If-Modified-Since only without it."""
    if "if-none-match" in headers:
        tags = {t.strip().removeprefix("W/") for t in headers["if-none-match"].split(",")}
        return "*" in tags or document.etag in tags
    since = headers.get("if-modified-since")
    if since:
        try:
            return parsedate_to_datetime(since) >= document.modified_at
        except (TypeError, ValueError):
            return False
    return False


def _response(
    status: int, reason: str, body: bytes, headers: dict[str, str], keep_alive: bool, length: int | None = None
) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}", "Server: monitor-bench-feedserver"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if status != 304:
        lines.append(f"Content-Length: {len(body) if length is None else length}")
    lines.append("Connection: " + ("keep-alive" if keep_alive else "close"))
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def loopback_hosts(count: int) -> list[str]:
    """`count` loopback addresses from 127.0.1.1 on (up to 127.0.1.254, then 127.0.2.1, ...)."""
    if not 1 <= count <= 60_000:
        raise ValueError("between 1 and 60,000 loopback hosts")
    return [f"127.0.{1 + n // 254}.{1 + n % 254}" for n in range(count)]


def _serve(hosts: list[str], feeds: int, latency: float, conn: Connection) -> None:
    """Process entry point: bind every host on its own ephemeral port, report the addresses, serve until told."""
    for host in hosts:
        if not ipaddress.ip_address(host).is_loopback:
            raise ValueError(f"{host} is not a loopback address; this server only listens on loopback")

    async def main() -> None:
        server = FeedServer(feeds, latency)
        listener = await asyncio.start_server(server.handle, host=hosts, port=0, backlog=1024, reuse_address=True)
        addresses = sorted((s.getsockname()[0], s.getsockname()[1]) for s in listener.sockets)
        conn.send({"addresses": addresses, "feeds": feeds, "items": server.items})
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        loop.add_reader(conn.fileno(), stop.set)  # a message, or the parent's end closing, stops the server
        async with listener:
            await stop.wait()
        loop.remove_reader(conn.fileno())

    asyncio.run(main())


@dataclass
class Running:
    process: mp.process.BaseProcess
    conn: Connection
    urls: list[str]  # one per feed, spread round-robin over the hosts
    items: int  # the total number of items in all feeds: what a full parse must find

    @property
    def stats_url(self) -> str:
        return self.urls[0].split("/feeds/")[0] + "/_stats"

    def stats(self, reset: bool = False) -> dict[str, int]:
        from urllib.request import urlopen

        with urlopen(self.stats_url + ("?reset=1" if reset else ""), timeout=10) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        try:
            self.conn.send("stop")
        except OSError:
            pass
        self.conn.close()
        self.process.join(10)
        if self.process.is_alive():
            self.process.terminate()
            self.process.join()


def start(feeds: int, latency: float, hosts: int) -> Running:
    """Start the server in a spawned process and wait until it listens."""
    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(loopback_hosts(hosts), feeds, latency, child), daemon=True)
    process.start()
    child.close()
    try:
        if not parent.poll(60):
            raise RuntimeError("the feed server did not start within 60 s")
        ready = parent.recv()
    except EOFError:
        process.join(5)
        raise RuntimeError(f"the feed server exited while starting (exit code {process.exitcode})") from None
    except BaseException:
        process.terminate()
        process.join()
        raise
    addresses = ready["addresses"]
    urls = [
        f"http://{host}:{port}/feeds/{i}.xml"
        for i, (host, port) in ((i, addresses[i % len(addresses)]) for i in range(feeds))
    ]
    return Running(process=process, conn=parent, urls=urls, items=ready["items"])
