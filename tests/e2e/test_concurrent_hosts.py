"""A pass reads the pages of different hosts at the same time, and still keeps each host's gap."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from contextlib import ExitStack
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from bench.generators.feeds import html_page
from monitor.cli import app
from monitor.config import load_config
from monitor.store import connect
from monitor.store.tables import Article
from tests.server import LoopbackServer, Route

HOSTS = ("127.0.0.1", "127.0.0.2", "127.0.0.3")  # Linux routes all of 127.0.0.0/8 to the loopback device
PAGES = 4
GAP = 0.25
STORY = (
    "The county jail will stop holding people on ICE detainers without a judge's warrant, the sheriff told the "
    "board on Thursday, after a court ruling in a neighbouring county. Deputies will still tell federal agents "
    "of release dates when the law requires it, and the board will hear monthly figures from the jail."
)


def _feed(server: LoopbackServer, host: int) -> bytes:
    items = "".join(
        f"<item><title>Detainer story {host}-{n}</title><link>{server.url(f'/story-{n}')}</link>"
        f"<description>ICE detainers at the jail, part {n}.</description></item>"
        for n in range(PAGES)
    )
    channel = f"<channel><title>Host {host}</title>{items}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def test_pages_of_different_hosts_are_fetched_together_each_host_keeping_its_gap(config_dir: Path) -> None:
    arrivals: list[tuple[str, float]] = []  # (host, when) of every page request, on any server
    lock = threading.Lock()

    def page(host: str, title: str) -> Callable[[BaseHTTPRequestHandler], Route]:
        def answer(request: BaseHTTPRequestHandler) -> Route:
            with lock:
                arrivals.append((host, time.monotonic()))
            return Route(200, html_page(title, [STORY]).encode(), {"Content-Type": "text/html; charset=utf-8"})

        return answer

    settings = config_dir / "settings.toml"
    settings.write_text(settings.read_text().replace("per_host_gap = 0.0", f"per_host_gap = {GAP}"))
    with ExitStack() as stack:
        feeds = []
        for number, host in enumerate(HOSTS):
            server = stack.enter_context(LoopbackServer(host=host))
            server.routes["/feed.xml"] = Route(200, _feed(server, number), {"Content-Type": "application/rss+xml"})
            for n in range(PAGES):
                server.routes[f"/story-{n}"] = page(host, f"Detainer story {number}-{n}")
            feeds.append(f'[[feeds]]\nname = "Host {number}"\nurl = "{server.url("/feed.xml")}"\nfull_text = true\n')
        (config_dir / "feeds.toml").write_text("\n".join(feeds))
        result = CliRunner().invoke(app, ["run", "--config", str(config_dir)])
    assert result.exit_code == 0, result.output

    assert len(arrivals) == len(HOSTS) * PAGES
    by_host = {host: [when for h, when in arrivals if h == host] for host in HOSTS}
    # Politeness holds: one host's pages start the gap apart (measured over all of them, as the server sees
    # them: one request's arrival can lag its start on a busy machine, but not the whole run's).
    for host, times in by_host.items():
        assert times[-1] - times[0] >= (PAGES - 1) * GAP - 0.1, (host, times)
    # ... and the hosts overlap: every host's first page comes before any host's last one (one feed after
    # another, a host's first page would wait for all of the previous host's pages).
    assert max(times[0] for times in by_host.values()) < min(times[-1] for times in by_host.values())

    with connect(load_config(config_dir).settings.database_url) as session:
        stored = session.scalar(select(func.count()).select_from(Article).where(Article.text_source == "page"))
    assert stored == len(HOSTS) * PAGES
