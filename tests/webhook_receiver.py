"""A real webhook endpoint on 127.0.0.1 for the alerts' tests: keeps every JSON POST, and answers each with the
next status of a script (then 200), so a test can make it fail twice, fail always, or recover."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class Receiver:
    def __init__(self) -> None:
        self.posts: list[tuple[int, dict[str, Any]]] = []  # (status answered, body) for every POST
        self.script: list[int] = []  # statuses to answer, first first; 200 once it runs out
        self.always: int | None = None  # answer this to every POST (a service that is down)
        self.on_post: Callable[[], None] | None = None  # called before answering (a test's crash)
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/hooks/T000/B000/secret"

    @property
    def accepted(self) -> list[dict[str, Any]]:
        return [body for status, body in self.posts if status < 400]

    def __enter__(self) -> Receiver:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _next(self) -> int:
        with self._lock:
            if self.always is not None:
                return self.always
            return self.script.pop(0) if self.script else 200

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                if receiver.on_post is not None:
                    receiver.on_post()
                status = receiver._next()
                receiver.posts.append((status, body))
                answer = b"ok" if status < 400 else b"service unavailable"
                self.send_response(status)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

        return Handler
