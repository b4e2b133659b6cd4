"""What the admin's tools see: `/healthz` without signing in, `/metrics` only from the configured networks
(both from the real site served by uvicorn on 127.0.0.1), and the heartbeat a real pass pings."""

from __future__ import annotations

import dataclasses
import json
import socket
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select, update
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import Config, load_config
from monitor.store import connect
from monitor.store.tables import Article, Mention, Run
from monitor.store.types import utcnow
from tests.review_site import Site, serving
from tests.sample_feeds import feeds_toml
from tests.server import LoopbackServer, Route

runner = CliRunner()


def with_metrics_networks(config: Config, networks: list[str]) -> Config:
    web = config.settings.web.model_copy(update={"metrics_networks": networks})
    return dataclasses.replace(config, settings=config.settings.model_copy(update={"web": web}))


def test_healthz_answers_without_sign_in_and_says_only_status(site: Site) -> None:
    with serving(site.config) as base:
        answer = httpx.get(base + "/healthz")
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["status"] == "ok" and body["last_pass"]["status"] == "partial"
        assert body["failing_feeds"] == 1 and body["last_pass"]["age_seconds"] < 600
        assert set(body) == {"status", "reason", "last_pass", "pass_running", "failing_feeds"}  # no article data
        assert "County jail" not in answer.text
        assert httpx.get(base + "/", follow_redirects=False).status_code in (302, 303, 307)  # the rest still asks
        with connect(site.config.settings.database_url) as session:  # three hours without a pass
            session.execute(update(Run).values(finished_at=utcnow() - timedelta(hours=3)))
            session.commit()
        stale = httpx.get(base + "/healthz")
        assert stale.status_code == 503 and "no pass has finished for 3.0 hours" in stale.json()["reason"]


def test_metrics_are_served_to_the_configured_networks_only(site: Site) -> None:
    with serving(site.config) as base:  # the default: this machine only
        answer = httpx.get(base + "/metrics")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain")
    lines = answer.text.splitlines()
    assert 'monitor_last_pass_status{status="partial"} 1.0' in lines
    assert 'monitor_feeds{state="failing"} 1.0' in lines
    assert any(line.startswith("monitor_last_pass_finished_timestamp_seconds ") for line in lines)
    assert any(line.startswith('monitor_last_pass_outcomes{outcome="hit"} ') for line in lines)
    with connect(site.config.settings.database_url) as session:  # the kept counts: exact, as the tables say
        articles = session.execute(select(func.count(Article.id))).scalar_one()
        hits = session.execute(select(func.count(func.distinct(Mention.article_id)))).scalar_one()
    assert f"monitor_articles {float(articles)}" in lines and f"monitor_hits {float(hits)}" in lines
    assert "# HELP monitor_articles Articles stored now, exactly" in answer.text
    with serving(with_metrics_networks(site.config, ["10.0.0.0/8"])) as base:
        refused = httpx.get(base + "/metrics")
    assert refused.status_code == 404 and "monitor_" not in refused.text


def test_each_pass_pings_the_heartbeat_and_a_failed_one_pings_its_fail_url(
    config_dir: Path, server: LoopbackServer
) -> None:
    server.routes["/ping/abc"] = Route(200, b"OK")
    server.routes["/ping/abc/fail"] = Route(200, b"OK")
    settings = config_dir / "settings.toml"
    settings.write_text(settings.read_text() + f'heartbeat_url = "{server.url("/ping/abc")}"\n')
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    assert runner.invoke(app, ["run", "--config", str(config_dir)]).exit_code == 0
    assert [path for path, _ in server.requests if path.startswith("/ping")] == ["/ping/abc"]
    with socket.socket() as probe:  # every feed unreachable at once: a failed pass
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    (config_dir / "feeds.toml").write_text(
        "".join(f'[[feeds]]\nname = "Gone {n}"\nurl = "http://127.0.0.1:{closed}/{n}"\n\n' for n in range(2))
    )
    assert runner.invoke(app, ["run", "--config", str(config_dir)]).exit_code == 0
    assert [path for path, _ in server.requests if path.startswith("/ping")][-1] == "/ping/abc/fail"
    server.routes["/ping/abc"] = Route(500, b"down")
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    quiet = runner.invoke(app, ["run", "--config", str(config_dir), "--quiet"])
    assert quiet.exit_code == 0 and "heartbeat" not in quiet.output  # a ping that fails is logged, not mailed
    log = Path(load_config(config_dir).settings.log_file).read_text()
    assert "heartbeat not sent" in log and "answered 500" in log


def test_the_log_has_one_line_per_pass_and_digest_in_words_or_json(config_dir: Path, server: LoopbackServer) -> None:
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    assert runner.invoke(app, ["run", "--config", str(config_dir)]).exit_code == 0
    log_file = Path(load_config(config_dir).settings.log_file)
    text = log_file.read_text()
    assert "INFO monitor.pipeline.run: pass 1 started" in text
    ended = [line for line in text.splitlines() if "pass 1 partial in" in line]
    assert (
        len(ended) == 1 and "new hits" in ended[0] and "1 failed" in ended[0] and "not stored" not in ended[0]
    )  # zeros left out
    assert "<Outcome." not in text  # counts in words, not Python's repr
    settings = config_dir / "settings.toml"
    settings.write_text(settings.read_text() + 'log_format = "json"\n')
    log_file.unlink()
    assert runner.invoke(app, ["run", "--config", str(config_dir), "--all"]).exit_code == 0
    digest = runner.invoke(app, ["digest", "--config", str(config_dir), "--dry-run", str(config_dir / "out")])
    assert digest.exit_code == 0, digest.output
    lines = [json.loads(line) for line in log_file.read_text().splitlines()]
    (end,) = [line for line in lines if line.get("status") and line.get("run_id") == 2]
    assert end["level"] == "INFO" and end["counts"]["feeds_due"] == 7 and end["seconds"] >= 0
    (written,) = [line for line in lines if line["logger"] == "monitor.digest.job"]  # the digest, in the same log
    assert "written to" in written["message"] and written["articles"] > 0
    settings.write_text(settings.read_text() + 'log_level = "WARNING"\n')
    log_file.unlink()
    assert runner.invoke(app, ["run", "--config", str(config_dir), "--all"]).exit_code == 0
    assert all(json.loads(line)["level"] != "INFO" for line in log_file.read_text().splitlines())
