"""`monitor release`: a release added, picked up by articles a real pass stores, reported, rescanned, and
checked directly; wire reposts apart from earned coverage, the release's own site left out."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from bench.generators.feeds import Item, rss
from monitor.cli import app
from monitor.config import load_config
from monitor.pickup import ALGORITHM_VERSION
from monitor.store import connect
from monitor.store.reads import count_rows
from monitor.store.tables import ReleaseMatch
from tests.pickup.cases import RELEASE

runner = CliRunner()
# Two days ago at 15:00: a release's window runs 30 days from now's point of view, so a fixed date would close it
# (this test first failed on 2026-12-04, thirty days after the 2026-11-04 it used to name).
OUT = datetime.now(UTC).replace(hour=15, minute=0, second=0, microsecond=0) - timedelta(days=2)

REPOST = "Valley Newswire distributes releases for its members.\n\n" + RELEASE
PARTIAL = (
    "The supervisors met late on Tuesday. The votes followed a year of public hearings in which residents "
    "described relatives who were held for days after minor traffic stops. Audits released in October found "
    "that most people flagged through the program had no conviction for a serious offense. The board meets "
    "again in January."
)
QUOTED = (
    "Ortega was blunt. \u201cCounty supervisors did exactly what we ask of every public official: they "
    "listened, they read the research, and they acted. The department should not stop moving the goalposts "
    "and tell them how to leave,\u201d she said."
)


def items() -> list[Item]:
    def item(title: str, link: str, text: str, hours: float) -> Item:
        return Item(title, link=link, description=text, published=OUT + timedelta(hours=hours))

    return [
        item(
            "Counties ask for a clear exit", "https://www.prnewswire.com/news-releases/counties-exit.html", REPOST, 0.5
        ),
        item("Board votes on holds", "https://lakeside.example.org/board-votes", PARTIAL, 3),
        item("Legal group presses the department", "https://plains.example.com/legal-group", QUOTED, 30),
        item("Our release", "https://www.harborlegal.example/news/exit", RELEASE, 0.1),  # the release's own site
        item(
            "Parking garage approved",
            "https://lakeside.example.org/garage",
            "The council approved a garage downtown after a short debate about fees.",
            2,
        ),
    ]


@pytest.fixture
def release_config(config_dir: Path, tmp_path: Path) -> Path:
    (tmp_path / "release.txt").write_text(RELEASE)
    (config_dir / "news.xml").write_text(rss(items(), title="Regional news"))
    (config_dir / "feeds.toml").write_text('[[feeds]]\nname = "Regional"\nurl = "file:news.xml"\n')
    added = runner.invoke(
        app,
        [
            "release",
            "add",
            str(tmp_path / "release.txt"),
            "--published",
            OUT.isoformat(),
            "--home",
            "harborlegal.example",
            "--config",
            str(config_dir),
        ],
    )
    assert added.exit_code == 0, added.output
    assert "Added release 1: Counties ask for a clear exit from the jail check program" in added.output
    assert "2 quotes (Marisol Ortega)" in added.output and "organisation Harbor Legal Aid" in added.output
    return config_dir


def report(config_dir: Path, fmt: str = "json") -> str:
    result = runner.invoke(app, ["release", "report", "1", "--format", fmt, "--config", str(config_dir)])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_pass_records_pickups_with_their_evidence(release_config: Path) -> None:
    assert runner.invoke(app, ["run", "--config", str(release_config)]).exit_code == 0
    data = json.loads(report(release_config))
    assert data["wire"]["verbatim"] == 1 and data["earned"] == {"verbatim": 0, "partial": 1, "quote": 1}
    assert data["mentions"] == 0 and data["mention_rows"] == []
    assert data["placements"] == 3 and "harborlegal" not in json.dumps(data["rows"])  # its own site is not a pickup
    assert data["first_pickup_seconds"] == 3 * 3600 and data["first_wire_seconds"] == 1800
    assert data["hourly"][0] == 1 and data["hourly"][3] == 1 and data["hourly"][30] == 1
    first, second = data["quotes"]
    assert [run["verbatim"] for run in first["runs"]] == [True, False]
    assert first["runs"][1]["altered"] == ["evidence→research", "→not"]
    assert [run["verbatim"] for run in second["runs"]] == [True]
    partial = next(row for row in data["rows"] if row["kind"] == "partial")
    assert partial["snippet"].startswith("The votes followed a year of public hearings")
    with connect(load_config(release_config).settings.database_url) as session:
        stored = session.execute(select(ReleaseMatch)).scalars().all()
    assert {m.algorithm for m in stored} == {ALGORITHM_VERSION} and all(m.spans for m in stored)


def test_a_rescan_finds_the_same_and_a_rerun_adds_nothing(release_config: Path) -> None:
    runner.invoke(app, ["run", "--config", str(release_config)])
    url = load_config(release_config).settings.database_url
    with connect(url) as session:
        before = (
            {**count_rows(session), "run": 0},
            sorted(session.execute(select(ReleaseMatch.article_id, ReleaseMatch.kind)).all()),
        )
    rescan = runner.invoke(app, ["release", "rescan", "1", "--config", str(release_config)])
    assert rescan.exit_code == 0 and "checked 5 stored articles; partial 1, quote 1, verbatim 1." in rescan.output
    runner.invoke(app, ["run", "--all", "--config", str(release_config)])
    with connect(url) as session:
        after = (
            {**count_rows(session), "run": 0},
            sorted(session.execute(select(ReleaseMatch.article_id, ReleaseMatch.kind)).all()),
        )
    assert after == before and before[0]["releasematch"] == 3


def test_articles_stored_before_the_release_are_found_by_a_rescan(config_dir: Path, tmp_path: Path) -> None:
    (config_dir / "news.xml").write_text(rss(items(), title="Regional news"))
    (config_dir / "feeds.toml").write_text('[[feeds]]\nname = "Regional"\nurl = "file:news.xml"\n')
    runner.invoke(app, ["run", "--config", str(config_dir)])
    (tmp_path / "release.txt").write_text(RELEASE)
    runner.invoke(
        app,
        ["release", "add", str(tmp_path / "release.txt"), "--published", OUT.isoformat(), "--config", str(config_dir)],
    )
    assert json.loads(report(config_dir))["placements"] == 0
    runner.invoke(app, ["release", "rescan", "1", "--config", str(config_dir)])
    assert json.loads(report(config_dir))["placements"] == 4  # no --home given: its own site counts now


def test_text_csv_and_html_reports(release_config: Path) -> None:
    runner.invoke(app, ["run", "--config", str(release_config)])
    text = report(release_config, "text")
    assert "3 placements in 3 stories" in text and "altered: evidence→research, →not" in text
    rows = report(release_config, "csv").splitlines()
    assert rows[0] == "outlet,date,headline,link,match,reuse,wire,placements,snippet,why" and len(rows) == 4
    html = report(release_config, "html")
    assert html.startswith("<!doctype html>") and "<svg" in html and "Quote pull-through" in html
    assert "<style>" in html and "/static/" not in html  # one file, nothing to fetch


def test_release_match_needs_no_database_and_keeps_its_contract(config_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(RELEASE)
    (tmp_path / "quoted.txt").write_text(QUOTED)
    stdin = "\n".join(json.dumps({"id": n, "text": text}) for n, text in [(1, REPOST), (2, PARTIAL), (3, "Nothing.")])
    result = runner.invoke(
        app,
        [
            "release",
            "match",
            str(tmp_path / "release.txt"),
            str(tmp_path / "quoted.txt"),
            "--jsonl",
            "--config",
            str(config_dir),
        ],
        input=stdin,
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [set(line) for line in lines] == [{"id", "match", "reuse", "quotes"}] * 4
    assert [(line["id"], line["match"]) for line in lines] == [
        (str(tmp_path / "quoted.txt"), "quote"),
        (1, "verbatim"),
        (2, "partial"),
        (3, "none"),
    ]
    assert lines[0]["quotes"] == [{"index": 1, "verbatim": False, "altered": ["evidence→research", "→not"]}]
    assert lines[1]["reuse"] > 0.95 and 0 < lines[2]["reuse"] < 0.5
    assert not (tmp_path / "monitor.db").exists()


def test_bad_requests_are_named(config_dir: Path, tmp_path: Path) -> None:
    missing = runner.invoke(app, ["release", "add", str(tmp_path / "nope.txt"), "--config", str(config_dir)])
    assert missing.exit_code == 1 and "nope.txt: cannot read the release" in " ".join(missing.output.split())
    (tmp_path / "junk.txt").write_text("FOR IMMEDIATE RELEASE\n\n###\n")
    junk = runner.invoke(app, ["release", "add", str(tmp_path / "junk.txt"), "--config", str(config_dir)])
    assert junk.exit_code == 1 and "nothing but boilerplate" in junk.output
    bad_time = runner.invoke(app, ["release", "add", "x.txt", "--published", "soon", "--config", str(config_dir)])
    assert bad_time.exit_code == 2
    assert runner.invoke(app, ["release", "report", "9", "--config", str(config_dir)]).exit_code == 1


def test_the_review_site_shows_releases_and_their_reports(release_config: Path) -> None:
    from monitor.store import writes
    from monitor.web.accounts import hash_password
    from monitor.web.app import create_app
    from tests.review_site import sign_in

    runner.invoke(app, ["run", "--config", str(release_config)])
    config = load_config(release_config)
    with connect(config.settings.database_url) as session:
        writes.add_user(session, "ana", hash_password("correct horse battery"))
    client = sign_in(TestClient(create_app(config), base_url="http://127.0.0.1"))
    listing = client.get("/releases")
    assert "Counties ask for a clear exit from the jail check program" in listing.text
    page = client.get("/releases/1")
    assert page.status_code == 200 and "<svg" in page.text and "<code>evidence→research</code>" in page.text
    assert re.search(r"<th scope=\"row\">Wire and syndication</th><td>1</td>", page.text)
    csv_file = client.get("/releases/1.csv")
    assert csv_file.content.startswith(b"\xef\xbb\xbf") and len(csv_file.text.splitlines()) == 4
    assert client.get("/releases/7").status_code == 404


def test_a_release_can_be_added_from_its_web_page(config_dir: Path, server) -> None:  # noqa: ANN001
    from html import escape

    from tests.server import Route

    paragraphs = "".join(f"<p>{escape(line)}</p>" for line in RELEASE.split("\n\n"))
    page = (
        f"<html><head><title>Counties ask for a clear exit</title></head><body><nav>Home | News</nav>"
        f"<article><h1>Counties ask for a clear exit from the jail check program</h1>{paragraphs}</article>"
        f"<footer>Copyright</footer></body></html>"
    )
    server.routes["/news/exit.html"] = Route(200, page.encode(), {"Content-Type": "text/html; charset=utf-8"})
    added = runner.invoke(app, ["release", "add", server.url("/news/exit.html"), "--config", str(config_dir)])
    assert added.exit_code == 0, added.output
    assert "2 quotes (Marisol Ortega)" in added.output
    with connect(load_config(config_dir).settings.database_url) as session:
        from monitor.store.tables import Release

        release = session.execute(select(Release)).scalars().one()
    assert release.url == server.url("/news/exit.html") and release.homes == ["127.0.0.1"]
    missing = runner.invoke(app, ["release", "add", server.url("/nope"), "--config", str(config_dir)])
    assert missing.exit_code == 1 and "404" in missing.output
