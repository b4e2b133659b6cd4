"""Instant alerts from real `monitor run` passes over a feed served on 127.0.0.1, delivered to a real SMTP server
(aiosmtpd) and a real webhook receiver, both on 127.0.0.1: each rule type, retries, a channel that is down, quiet
hours, and at most one alert per story and rule across passes and across a pass killed mid-send."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import Result
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from bench.generators.feeds import Item, rss
from monitor.cli import app
from monitor.config import load_config
from monitor.store import alerts as store_alerts
from monitor.store import connect, writes
from monitor.store.reads import user_named
from monitor.store.types import utcnow
from monitor.web.accounts import hash_password
from monitor.web.app import create_app
from tests.e2e.test_releases import PARTIAL, QUOTED
from tests.mailserver import Inbox, mail_server
from tests.pickup.cases import RELEASE
from tests.review_site import PASSWORD, sign_in
from tests.server import LoopbackServer, Route
from tests.webhook_receiver import Receiver

runner = CliRunner()
NOW = utcnow()

TRAMONTE = (
    "The county will stop holding people for Immigration and Customs Enforcement under the Secure Communities "
    "program, the sheriff said on Monday. Deportation cases had doubled since the program began.\n\n"
    "“The program never made anyone safer, and families paid for it,” said Lynn Tramonte, deputy director of "
    "America's Voice. “Counties are right to walk away.”\n\nThe board voted 4-1."
)
SHARRY = (
    "Frank Sharry, founder of America's Voice, spoke at the rally against deportation raids.\n\n"
    "“This is what a border town looks like when it stands up,” said Lynn Tramonte, deputy director of America's "
    "Voice, who spoke after him. Immigration and Customs Enforcement did not comment on the detention figures."
)
SECURE_ELSEWHERE = (
    "Plains County will keep holding people for Immigration and Customs Enforcement under the Secure Communities "
    "program, the sheriff said on Tuesday. Deportation cases had doubled since the program began, and the jail "
    "expects more detainers."
)


def item(title: str, link: str, text: str, hours_ago: float) -> Item:
    return Item(title, link=link, description=text, published=NOW - timedelta(hours=hours_ago))


FIRST_PASS = [
    item("Harbor County ends its jail deal with ICE", "https://harbor.example.org/jail-deal", TRAMONTE, 3),
    item("Plains renews Secure Communities", "https://plains.example.com/renews", SECURE_ELSEWHERE, 2.5),
    item("Board votes on holds", "https://lakeside.example.org/board-votes", PARTIAL, 2),
    item("Legal group presses the department", "https://plains.example.com/legal-group", QUOTED, 1.5),
]
SECOND_PASS = [
    # the first story again at another outlet (one story: no new alert), a new story quoting Tramonte (one new
    # alert), and a second placement of the release (not its first: no alert)
    item("Harbor County ends its jail deal with ICE", "https://valley.example.net/harbor-jail-deal", TRAMONTE, 1),
    item("Rally in the border town", "https://harbor.example.org/rally", SHARRY, 0.5),
    item("Counties ask for a clear exit", "https://www.prnewswire.com/news-releases/counties-exit.html", RELEASE, 0.4),
]


@dataclass
class World:
    config_dir: Path
    server: LoopbackServer
    receiver: Receiver
    inbox: Inbox

    def serve(self, items: list[Item]) -> None:
        body = rss(items, title="Regional news").encode()
        self.server.routes["/news.xml"] = Route(200, body, {"Content-Type": "application/rss+xml"})

    def alerts(
        self, delivery: str = "", channels: tuple[str, ...] = ("comms", "chat"), only_tramonte: bool = False
    ) -> None:
        """alerts.toml: a mail list and a Slack webhook; one rule of each kind (or the Tramonte rule only)."""
        chosen = ", ".join(f'"{c}"' for c in channels)
        others = (
            '[[rules]]\nid = "secure-communities-harbor"\nwhen = "topic"\ntopics = ["secure-communities"]\n'
            'outlets = ["harbor.example.org"]\nchannels = ["chat"]\n\n'
            '[[rules]]\nid = "release-first"\nwhen = "release_placement"\nchannels = ["chat"]\n'
        )
        (self.config_dir / "alerts.toml").write_text(
            f'[delivery]\nretry_wait = 0.05\nbackoff = "0m"\n{delivery}\n'
            '[[channels]]\nname = "comms"\nkind = "email"\nto = ["comms@example.org", "lead@example.org"]\n\n'
            f'[[channels]]\nname = "chat"\nkind = "webhook"\nurl = "{self.receiver.url}"\nformat = "slack"\n\n'
            '[[rules]]\nid = "tramonte-quoted"\nwhen = "person_quoted"\npeople = ["lynn-tramonte"]\n'
            f"channels = [{chosen}]\n\n" + ("" if only_tramonte else others)
        )

    def run(self, *options: str) -> Result:
        result = runner.invoke(app, ["run", "--all", "--config", str(self.config_dir), *options])
        assert result.exit_code == 0, result.output
        return result

    def deliveries(self) -> list:
        with connect(load_config(self.config_dir).settings.database_url) as session:
            return store_alerts.deliveries(session)

    def chat_texts(self) -> list[str]:
        return [body["text"] for body in self.receiver.accepted]


@pytest.fixture
def world(config_dir: Path, tmp_path: Path) -> Iterator[World]:
    with LoopbackServer() as server, Receiver() as receiver, mail_server() as (inbox, port):
        settings = config_dir / "settings.toml"
        settings.write_text(
            settings.read_text() + 'time_zone = "America/New_York"\n'
            f'\n[settings.mail]\nhost = "127.0.0.1"\nport = {port}\nsender = "monitor@example.org"\n'
        )
        (config_dir / "feeds.toml").write_text(f'[[feeds]]\nname = "Regional"\nurl = "{server.url("/news.xml")}"\n')
        found = World(config_dir, server, receiver, inbox)
        found.serve(FIRST_PASS)
        found.alerts()
        (tmp_path / "release.txt").write_text(RELEASE)
        added = runner.invoke(
            app,
            ["release", "add", str(tmp_path / "release.txt"), "--published", (NOW - timedelta(days=1)).isoformat()]
            + ["--home", "harborlegal.example", "--config", str(config_dir)],
        )
        assert added.exit_code == 0, added.output
        yield found


@pytest.mark.model
def test_each_rule_fires_once_per_story_across_passes(world: World) -> None:
    world.run()
    texts = world.chat_texts()
    assert len(texts) == 3, texts
    tramonte, secure, release = (
        next(t for t in texts if t.startswith(head)) for head in ("*Lynn Tramonte", "*Secure", "*first placement")
    )
    assert tramonte.startswith("*Lynn Tramonte quoted: harbor.example.org*")
    assert "<https://harbor.example.org/jail-deal|Harbor County ends its jail deal with ICE>" in tramonte
    assert "“The program never made anyone safer, and families paid for it” (Lynn Tramonte)" in tramonte
    assert secure.startswith("*Secure Communities in the news: harbor.example.org*")  # not plains.example.com
    assert "first placement (partial) of “Counties ask for a clear exit from the jail check program”" in release
    assert "lakeside.example.org/board-votes" in release  # the earlier of the two placements this pass
    ((recipients, mail),) = world.inbox.messages
    assert recipients == ["comms@example.org", "lead@example.org"]
    assert (
        mail["Subject"] == "Alert: Lynn Tramonte quoted: harbor.example.org: Harbor County ends its jail deal with ICE"
    )
    body = mail.get_content()
    for part in (
        "Outlet: harbor.example.org",
        "Headline: Harbor County ends its jail deal with ICE",
        "Link: https://harbor.example.org/jail-deal",
        "“The program never made anyone safer",
    ):
        assert part in body

    world.run()  # the same feed again: nothing new, nothing sent
    world.serve(FIRST_PASS + SECOND_PASS)
    world.run()
    texts = world.chat_texts()
    assert len(texts) == 4, texts
    assert "<https://harbor.example.org/rally|Rally in the border town>" in texts[3]
    assert len(world.inbox.messages) == 2 and "Rally in the border town" in world.inbox.messages[1][1]["Subject"]
    assert {d.status for d in world.deliveries()} == {"sent"}


@pytest.mark.model
def test_a_webhook_that_fails_twice_is_retried_within_the_pass(world: World) -> None:
    world.receiver.script = [500, 503]
    world.run()
    statuses = [status for status, _ in world.receiver.posts]
    assert statuses[:3] == [500, 503, 200] and len(world.receiver.accepted) == 3
    assert all(d.status == "sent" and d.attempts == 1 for d in world.deliveries())


@pytest.mark.model
def test_a_channel_that_is_down_shows_on_health_and_sends_once_when_it_recovers(world: World) -> None:
    world.receiver.always = 500
    first = world.run()
    said = " ".join(first.output.split())
    assert "Alerts: 5 new, 2 sent, 1 failed, 2 left for the next pass (their channel failed in this one)." in said
    assert "by channel 'chat' failed (try 1): 127.0.0.1: webhook answered HTTP 500: service unavailable" in said
    assert len(world.receiver.posts) == 3  # the first alert, three tries; the others wait, not hammering it
    log = Path(load_config(world.config_dir).settings.log_file).read_text()
    assert "alerts: 5 new, 2 sent, 1 failed, 2 left" in log and "by channel 'chat' failed (try 1)" in log
    health = health_page(world)
    assert "Alert channel <strong>chat</strong> is failing: 3 alerts have not gone out" in health
    assert "webhook answered HTTP 500" in health and "comms" not in health.split("<h2>Feeds</h2>")[0]
    assert "needs attention" in health  # the badge every page's header carries
    assert "1 alert channel is failing: alerts are waiting" in " ".join(health.split())

    quiet = world.run("--quiet")  # still down: tried again (backoff "0m"), still failing; cron mail says so
    assert " ".join(quiet.output.split()).startswith(
        "alert 'tramonte-quoted' (story:1) by channel 'chat' failed (try 2)"
    )
    assert sorted(d.attempts for d in world.deliveries() if d.channel == "chat") == [0, 0, 2]
    world.receiver.always = None
    world.run()
    assert len(world.receiver.accepted) == 3
    world.run()
    assert len(world.receiver.accepted) == 3 and len(world.inbox.messages) == 1
    assert "Alert channel" not in (recovered := health_page(world)) and "alert channel" not in recovered


@pytest.mark.model
def test_recipients_the_mail_server_refuses_get_the_alert_on_a_later_pass(world: World) -> None:
    world.alerts(channels=("comms",))
    world.inbox.refuse_recipients = {"lead@example.org"}
    world.run()
    assert [r for r, _ in world.inbox.messages] == [["comms@example.org"]]
    assert "Alert channel <strong>comms</strong> is failing: 1 alert has not gone out" in health_page(world)
    world.inbox.refuse_recipients = set()
    world.run()
    world.run()
    assert [r for r, _ in world.inbox.messages] == [["comms@example.org"], ["lead@example.org"]]


@pytest.mark.model
def test_quiet_hours_hold_alerts_until_they_end(world: World) -> None:
    local = datetime.now(ZoneInfo("America/New_York"))

    def hours(start: float, end: float) -> str:
        at = (local + timedelta(hours=start)).strftime("%H:%M"), (local + timedelta(hours=end)).strftime("%H:%M")
        return f'quiet_start = "{at[0]}"\nquiet_end = "{at[1]}"\n'

    world.alerts(hours(-1, 1))
    held = world.run()
    assert "Alerts: 5 new, 0 sent, 5 held for quiet hours until" in " ".join(held.output.split())
    assert world.receiver.posts == [] and world.inbox.messages == []
    world.alerts(hours(2, 3))  # as when the quiet hours have ended
    world.run()
    assert len(world.receiver.accepted) == 3 and len(world.inbox.messages) == 1
    world.run()
    assert len(world.receiver.accepted) == 3 and len(world.inbox.messages) == 1


@pytest.mark.model
def test_a_pass_killed_between_sending_and_sent_never_sends_that_alert_again(world: World) -> None:
    world.alerts(channels=("chat",), only_tramonte=True)
    env = dict(os.environ, MONITOR_CONFIG_DIR=str(world.config_dir))
    monitor = Path(sys.executable).parent / "monitor"
    process = subprocess.Popen([str(monitor), "run", "--all"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    world.receiver.on_post = lambda: os.kill(process.pid, signal.SIGKILL)  # killed with the alert in flight
    process.communicate(timeout=120)
    assert process.returncode == -signal.SIGKILL
    (stuck,) = world.deliveries()
    assert stuck.status == "sending" and len(world.receiver.posts) == 1

    world.receiver.on_post = None
    again = world.run()
    assert "1 unconfirmed after an interrupted pass, not sent again" in " ".join(again.output.split())
    world.run()
    assert len(world.receiver.posts) == 1
    assert [d.status for d in world.deliveries()] == ["unconfirmed"]


def health_page(world: World) -> str:
    """The Health page as a signed-in colleague sees it."""
    config = load_config(world.config_dir)
    with connect(config.settings.database_url) as session:
        if user_named(session, "ana") is None:
            writes.add_user(session, "ana", hash_password(PASSWORD))
    with TestClient(create_app(config), base_url="http://127.0.0.1") as client:
        return sign_in(client).get("/health").text
