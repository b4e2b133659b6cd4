"""A real HTTP server on 127.0.0.1 for tests: static files with validators, plus named misbehaving routes."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients hanging up mid-body is what several tests do on purpose


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    stream_bytes: int = 0  # send this many filler bytes without a Content-Length


class LoopbackServer:
    """Serves `root` (if given) with ETag/Last-Modified and 304s, and any `routes` added by tests."""

    def __init__(self, root: Path | None = None, host: str = "127.0.0.1") -> None:
        self.root = root
        self.routes: dict[str, Route | Callable[[BaseHTTPRequestHandler], Route]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._server = _QuietServer((host, 0), self._handler())  # any of 127.0.0.0/8: one host name each
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path.split("?")[0]
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(path)
                if callable(route):
                    route = route(self)
                if route is None:
                    route = server._static(path, self.headers)
                self._answer(route)

            def _answer(self, route: Route) -> None:
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.stream_bytes:
                        self.send_header("Connection", "close")
                        self.end_headers()
                        chunk = b"x" * 65536
                        for _ in range(route.stream_bytes // len(chunk)):
                            self.wfile.write(chunk)
                        return
                    self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        return Handler

    def _static(self, path: str, headers: object) -> Route:
        file = (self.root / path.lstrip("/")) if self.root else None
        if file is None or not file.is_file():
            return Route(404, b"not found", {"Content-Type": "text/plain"})
        body = file.read_bytes()
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        modified = formatdate(file.stat().st_mtime, usegmt=True)
        validators = {"ETag": etag, "Last-Modified": modified}
        if headers.get("If-None-Match") == etag:  # type: ignore[attr-defined]
            return Route(304, b"", validators)
        kind = (
            "application/rss+xml"
            if file.suffix in (".xml", ".rdf")
            else ("application/atom+xml" if file.suffix == ".atom" else "text/html; charset=utf-8")
        )
        return Route(200, body, {"Content-Type": kind, **validators})
