"""Fixtures for the site's and the digest's tests (tests/conftest.py registers them): the review site over a
real database filled by a real pass: the bundled sample feeds, a wire story two outlets ran, and a hostile feed
whose titles, authors and links try to inject script.

The pass runs once per test session; each test gets its own copy of the database file, so decisions
made in one test never leak into another.
"""

from __future__ import annotations

import html
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

from bench.generators.feeds import Item, rss
from monitor.config import Config, load_config
from monitor.pipeline import run_pass
from monitor.store import connect, writes
from monitor.store.tables import Role
from monitor.web.accounts import hash_password
from monitor.web.app import create_app
from tests.conftest import SAMPLES, write_config_dir
from tests.databases import copy_database

PASSWORD = "correct horse battery"
USERS = {"ana": Role.ADMIN, "ben": Role.EDITOR, "cleo": Role.VIEWER}  # one of each role
NOW = datetime.now(UTC)

WIRE_BODY = (
    "The county jail will stop holding people for immigration agents without a judge's warrant, the sheriff "
    "announced on Thursday, ending its part in the Secure Communities program after eleven years.\n\n"
    "\u201cA detainer request is not a warrant, and our deputies will no longer treat it as one,\u201d "
    "Sheriff Dana Whitcombe said at a news conference outside the jail.\n\n"
    "Immigrant advocates had pressed the county for two years. \u201cThis is what accountability looks like "
    "when a community refuses to let fear set its policing,\u201d said Lynn Tramonte, deputy director of "
    "America's Voice Education Fund.\n\n"
    "The change takes effect on the first of next month, and the jail will publish a monthly count of the "
    "requests it receives from ICE."
)
WIRE_LOCAL = (
    "\n\nIn Lakeside, the city council will discuss a similar policy for its own holding cells at its "
    "next meeting, the mayor's office said."
)

HOSTILE_TITLE = '<script>alert("title")</script> Secure Communities "review" & more'  # what a reader sees
HOSTILE_AUTHOR = "<img src=x onerror=alert('author')>"
HOSTILE_LINK = "javascript:alert('link')"
HOSTILE_OUTLET = 'Gazette <b>bold</b> & "quoted"'
# How the browser tests start Debian's Chromium: no sandbox (CI containers), nothing fetched behind their back.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def extra_feeds(folder: Path) -> str:
    """Write the wire-copy and hostile feeds; return their feeds.toml entries."""
    wire_day = NOW - timedelta(hours=5)
    feeds = {
        "lakeside-courier.xml": rss(
            [
                Item(
                    "County jail ends immigration holds without a warrant",
                    link="https://lakeside.example.org/jail-holds",
                    description=WIRE_BODY + WIRE_LOCAL,
                    published=wire_day,
                    author="Wire staff",
                )
            ],
            title="Lakeside Courier",
        ),
        "plains-herald.xml": rss(
            [
                Item(
                    "Sheriff: no more ICE detainers without a judge",
                    link="https://plains.example.com/news/sheriff-detainers",
                    description=WIRE_BODY,
                    published=wire_day + timedelta(minutes=40),
                )
            ],
            title="Plains Herald",
        ),
        "hostile.xml": rss(
            [
                Item(
                    html.escape(HOSTILE_TITLE, quote=False),
                    link=HOSTILE_LINK,
                    author=HOSTILE_AUTHOR,
                    published=NOW - timedelta(hours=2),
                    description="&lt;script&gt;alert('body')&lt;/script&gt; Critics said the Secure Communities "
                    'program sent people to ICE after traffic stops, and that <b>"</b>onmouseover=alert(1) the '
                    "program should end.",
                )
            ],
            title="<script>alert('feed')</script>",
        ),
    }
    outlets = {
        "lakeside-courier.xml": "Lakeside Courier",
        "plains-herald.xml": "Plains Herald",
        "hostile.xml": HOSTILE_OUTLET,
    }
    entries = []
    for name, document in feeds.items():
        (folder / name).write_text(document, encoding="utf-8")
        entries.append(f"[[feeds]]\nname = \"{name}\"\nurl = \"file:{name}\"\noutlet = '''{outlets[name]}'''\n\n")
    return "".join(entries)


@dataclass(frozen=True)
class Site:
    config: Config
    folder: Path


@pytest.fixture(scope="session")
def site_template(tmp_path_factory: pytest.TempPathFactory, tagger) -> Path:  # noqa: ANN001
    """A config folder and a database after one real pass, made once; tests copy it."""
    base = tmp_path_factory.mktemp("site")
    config_dir = write_config_dir(base / "config", base)
    for path in (SAMPLES / "feeds").iterdir():
        shutil.copy(path, config_dir / path.name)
    samples = (SAMPLES / "feeds.toml").read_text().replace('url = "file:feeds/', 'url = "file:')
    (config_dir / "feeds.toml").write_text(samples + extra_feeds(config_dir))
    config = load_config(config_dir)
    report = run_pass(config, tagger=tagger, force=True)
    assert report.counts["hit"] > 20, report.counts
    with connect(config.settings.database_url) as session:
        for name, role in USERS.items():
            writes.add_user(session, name, hash_password(PASSWORD), role)
    return base


@pytest.fixture
def site(site_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Site:
    """This test's own copy of the site's database and config."""
    monkeypatch.delenv("MONITOR_DATABASE_URL", raising=False)
    folder = tmp_path / "site"
    shutil.copytree(site_template, folder)
    settings = folder / "config" / "settings.toml"
    text = settings.read_text().replace(str(site_template), str(folder))
    template_url = load_config(site_template / "config").settings.database_url
    settings.write_text(text.replace(template_url, copy_database(template_url)))
    return Site(load_config(folder / "config"), folder)


def sign_in(client: TestClient, name: str = "ana", password: str = PASSWORD) -> TestClient:
    page = client.get("/login")
    token = re.search(r'name="login_token" value="([^"]+)"', page.text)
    assert token, page.text
    response = client.post("/login", data={"name": name, "password": password, "login_token": token.group(1)})
    assert response.status_code == 200 and 'name="csrf-token"' in response.text, response.text[:500]
    return client


def csrf_of(client: TestClient) -> str:
    found = re.search(r'name="csrf-token" content="([^"]+)"', client.get("/hits").text)
    assert found
    return found.group(1)


@pytest.fixture
def client(site: Site) -> Iterator[TestClient]:
    """A browser-like client signed in as ana."""
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as anonymous:
        yield sign_in(anonymous)


@pytest.fixture
def anonymous(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as fresh:
        yield fresh


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def serving(config: Config) -> Iterator[str]:
    """The site for `config` served by uvicorn on 127.0.0.1 in a thread, as `monitor serve` runs it; yields its
    base URL."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(config), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the review site did not start"
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def live_site(site: Site) -> Iterator[str]:
    """The site served by uvicorn on 127.0.0.1 in a thread, as `monitor serve` runs it; yields its base URL."""
    with serving(site.config) as url:
        yield url


def add_release_with_pickups(site: Site, tagger) -> None:  # noqa: ANN001
    """Harbor Legal Aid's release, out two days ago, picked up by the first two articles (one of them on a wire)."""
    from sqlalchemy import select

    from monitor.pipeline.release_pickup import add_release
    from monitor.store.tables import Article
    from monitor.store.types import utcnow
    from tests.pickup.cases import RELEASE

    path = site.folder / "release.txt"
    path.write_text(RELEASE)
    added = add_release(site.config, str(path), published=utcnow() - timedelta(days=2), tagger=tagger)
    with connect(site.config.settings.database_url) as session:
        first, second = session.execute(select(Article.id).order_by(Article.id).limit(2)).scalars().all()
        fields = dict(kind="quote", reuse=0.1, quotes=[], spans=[], mentioned=[], algorithm="pickup-1")
        writes.replace_release_matches(
            session, added.id, {first: {**fields, "wire": False}, second: {**fields, "wire": True}}
        )


# Outlet tiers for the sample outlets (config/outlets.toml's format): a national paper on www., a wire, a regional.
SAMPLE_OUTLETS = """
[[outlets]]
name = "Harbor City Tribune"
tier = "national"
domains = ["harborcitytribune.example"]

[[outlets]]
name = "Capitol Wire"
tier = "wire"
domains = ["capitolwire.example"]

[[outlets]]
name = "Lakeside Courier"
tier = "regional"
domains = ["lakeside.example.org"]
"""
SAMPLE_TIERS = {
    "harborcitytribune.example": "national",
    "capitolwire.example": "wire",
    "lakeside.example.org": "regional",
}


def with_outlets(site: Site) -> Site:
    """The site with SAMPLE_OUTLETS as its outlets.toml."""
    (site.folder / "config" / "outlets.toml").write_text(SAMPLE_OUTLETS)
    return Site(load_config(site.folder / "config"), site.folder)


def expected_tier(link: str) -> str:
    """The tier SAMPLE_OUTLETS gives a link, worked out apart from monitor's own lookup."""
    host = link.split("://", 1)[-1].split("/", 1)[0].lower()
    for domain, tier in SAMPLE_TIERS.items():
        if host == domain or host.endswith("." + domain):
            return tier
    return "unlisted"
