"""`monitor run` end to end on the bundled samples, served by a real loopback HTTP server.

The expected hits, quotes and speakers are labeled by hand in tests/data/samples_expected.json.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.pipeline import run_pass
from monitor.pipeline.lock import run_lock
from monitor.records import Tags
from monitor.store import Session, connect
from monitor.store.reads import count_rows
from monitor.store.tables import Article, Feed, Mention, Quote, Run
from tests.conftest import ROOT, SAMPLES
from tests.sample_feeds import EXPECTED, feeds_toml
from tests.server import LoopbackServer

runner = CliRunner()


@pytest.fixture
def sample_config(config_dir: Path, server: LoopbackServer) -> Path:
    (config_dir / "feeds.toml").write_text(feeds_toml(server))
    return config_dir


def squeeze(text: str) -> str:
    """Text without white space or box-drawing characters: rich tables wrap long cells across lines."""
    return re.sub(r"[\s\u2500-\u257f]+", "", text)


def run_cli(config_dir: Path, *args: str) -> Result:
    return runner.invoke(app, ["run", "--config", str(config_dir), *args])


def stored(config_dir: Path) -> dict[str, dict]:
    """Every stored article by normalised URL, with its topics, people and quotes."""
    with connect(load_config(config_dir).settings.database_url) as session:
        articles = {a.id: a for a in session.execute(select(Article)).scalars()}
        result = {a.url: {"title": a.title, "topics": set(), "people": set(), "quotes": []} for a in articles.values()}
        for m in session.execute(select(Mention)).scalars():
            result[articles[m.article_id].url]["topics" if m.kind == "topic" else "people"].add(m.key)
        for q in session.execute(select(Quote).order_by(Quote.article_id, Quote.start)).scalars():
            result[articles[q.article_id].url]["quotes"].append((q.text, q.speaker, q.person_key))
    return result


@pytest.mark.parametrize("tag_processes", [1, 2], ids=["tagging in-process", "tagging in 2 worker processes"])
def test_first_run_stores_exactly_the_expected_hits(sample_config: Path, tag_processes: int) -> None:
    settings = sample_config / "settings.toml"
    settings.write_text(settings.read_text() + f"tag_processes = {tag_processes}\n")
    result = run_cli(sample_config)
    assert result.exit_code == 0, result.output
    articles = stored(sample_config)
    assert len(articles) == len(EXPECTED["articles"])
    for want in EXPECTED["articles"]:
        got = articles[want["url"]]
        assert got["title"] == want["title"]
        assert sorted(got["topics"]) == want["topics"], want["url"]
        assert sorted(got["people"]) == want["people"], want["url"]
        is_hit = bool(want["topics"] or want["people"])
        expected_quotes = [(q["text"], q["speaker"], q["speaker_id"]) for q in want["quotes"]] if is_hit else []
        assert got["quotes"] == expected_quotes, want["url"]


def test_confounders_produce_no_topic_hit(sample_config: Path) -> None:
    run_cli(sample_config)
    articles = stored(sample_config)
    confounders = [a for a in EXPECTED["articles"] if a["confounder"]]
    assert len(confounders) >= 10
    for want in confounders:
        assert articles[want["url"]]["topics"] == set(), want["title"]


def test_a_broken_feed_is_read_with_a_warning_and_a_page_that_is_no_feed_is_reported(sample_config: Path) -> None:
    result = run_cli(sample_config)
    assert result.exit_code == 0
    said = squeeze(result.output)
    assert all(
        squeeze(words) in said for words in ("FAILED (not_a_feed)", "read with warnings", "not well-formed XML")
    ), result.output
    with connect(load_config(sample_config).settings.database_url) as session:
        feeds = {f.name: f for f in session.execute(select(Feed)).scalars()}
        per_feed = Counter(session.execute(select(Article.feed_id)).scalars())
        run = session.execute(select(Run)).scalars().one()
    for name, want in EXPECTED["feeds"].items():
        assert (feeds[name].error_count == 0) == want["ok"], name
        if not want["ok"]:
            assert feeds[name].last_error_key == "not_a_feed" and "courier-home.html" in feeds[name].last_error
            assert "an HTML page, not a feed" in feeds[name].last_error
    assert "bare ampersand" in (feeds["broken-feed.xml"].last_warning or "")
    first_seen = Counter(a["feed"] for a in EXPECTED["articles"])
    assert {name: per_feed[feeds[name].id] for name in first_seen} == dict(first_seen)
    assert run.status == "partial" and run.errors[0]["key"] == "not_a_feed"
    assert run.counts["hit"] + run.counts["stored"] == len(EXPECTED["articles"])
    health = runner.invoke(app, ["feeds", "--config", str(sample_config)])
    assert "FAILING" in health.output and "not_a_feed" in health.output and "read with warnings" in health.output


def test_rerun_sends_conditional_requests_and_adds_nothing(sample_config: Path, server: LoopbackServer) -> None:
    run_cli(sample_config)
    db = load_config(sample_config).settings.database_url
    with connect(db) as session:
        before = count_rows(session)
    server.requests.clear()
    result = run_cli(sample_config, "--all")
    assert result.exit_code == 0 and "not modified" in result.output
    with connect(db) as session:
        after = count_rows(session)
    assert after == before | {"run": before["run"] + 1}
    conditional = [headers for path, headers in server.requests if "If-None-Match" in headers]
    assert len(conditional) == sum(want["ok"] for want in EXPECTED["feeds"].values())


def test_the_next_cron_pass_fetches_only_what_is_due(sample_config: Path, server: LoopbackServer) -> None:
    run_cli(sample_config)
    server.requests.clear()
    result = run_cli(sample_config)
    assert result.exit_code == 0 and server.requests == []
    assert f"{len(EXPECTED['feeds'])} not due yet" in result.output


def test_crash_mid_run_then_rerun_loses_nothing_and_duplicates_nothing(sample_config: Path) -> None:
    from monitor.tag import Tagger

    config = load_config(sample_config)
    real = Tagger(config.watchlist, config.settings.spacy_model)

    class Crashing:
        """A tagger that dies on the third feed, as a killed process would."""

        calls = 0

        def tag_many(self, texts: list[str], **kwargs: Any) -> list[Tags]:
            Crashing.calls += 1
            if Crashing.calls == 3:
                raise KeyboardInterrupt("simulated crash")
            return real.tag_many(texts, **kwargs)

    with pytest.raises(KeyboardInterrupt):
        run_pass(config, tagger=Crashing())  # type: ignore[arg-type]
    partial = stored(sample_config)
    assert 0 < len(partial) < len(EXPECTED["articles"])
    report = run_pass(config, tagger=real, force=True)
    # Feeds finished before the crash answer "not modified"; the one that crashed is fetched in full again.
    assert [f.not_modified for f in report.feeds[:2]] == [True, True]
    assert report.feeds[2].outcomes["duplicate"] == 0 and report.feeds[2].outcomes["hit"] > 0
    assert set(stored(sample_config)) == {a["url"] for a in EXPECTED["articles"]}
    with connect(config.settings.database_url) as session:
        assert count_rows(session)["article"] == len(EXPECTED["articles"])
        statuses = [r.status for r in session.execute(select(Run).order_by(Run.id)).scalars()]
    assert statuses == ["failed", "partial"]


def test_a_second_pass_exits_at_once_while_one_is_running(sample_config: Path) -> None:
    settings = load_config(sample_config).settings
    with run_lock(settings.lock_file):
        result = run_cli(sample_config)
    assert result.exit_code == 75
    assert "another monitor run is in progress" in result.output


def test_hits_command_shows_the_run_in_three_formats(sample_config: Path) -> None:
    run_cli(sample_config)
    hits = [a for a in EXPECTED["articles"] if a["topics"] or a["people"]]
    as_json = json.loads(runner.invoke(app, ["hits", "--format", "json"]).output)
    assert {h["url"].split("?")[0].split("#")[0] for h in as_json} == {a["url"] for a in hits}
    as_csv = runner.invoke(app, ["hits", "--since", "1h", "--format", "csv"]).output.splitlines()
    assert as_csv[0].startswith("seen,published,outlet,headline,url,topics,people") and len(as_csv) == len(hits) + 1
    table = runner.invoke(app, ["hits"]).output
    assert f"{len(hits)} hits since 24h" in table and "Lynn Tramonte" in table
    assert runner.invoke(app, ["hits", "--since", "yesterday"]).exit_code == 2


def test_demo_feeds_file_runs_without_a_server(config_dir: Path) -> None:
    result = run_cli(config_dir, "--feeds", str(SAMPLES / "feeds.toml"))
    assert result.exit_code == 0, result.output
    assert len(stored(config_dir)) == len(EXPECTED["articles"])


def test_a_feed_removed_from_the_config_is_kept_but_paused(sample_config: Path, server: LoopbackServer) -> None:
    run_cli(sample_config)
    (sample_config / "feeds.toml").write_text(feeds_toml(server).split("[[feeds]]", 2)[1].join(["[[feeds]]", ""]))
    assert run_cli(sample_config).exit_code == 0
    health = runner.invoke(app, ["feeds", "--config", str(sample_config)]).output
    assert health.count("paused") == len(EXPECTED["feeds"]) - 1


def test_an_article_the_database_refuses_is_retried_next_pass(sample_config: Path) -> None:
    from sqlalchemy import text

    victim = EXPECTED["articles"][0]
    db = load_config(sample_config).settings.database_url
    sqlite = db.startswith("sqlite")
    with connect(db) as session:  # a real database failure for one article: a trigger that aborts its insert
        if sqlite:
            session.execute(
                text(
                    f"CREATE TRIGGER refuse BEFORE INSERT ON article WHEN NEW.url = '{victim['url']}' "
                    "BEGIN SELECT RAISE(ABORT, 'simulated disk error'); END"
                )
            )
        else:
            session.execute(
                text(
                    "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    f"IF NEW.url = '{victim['url']}' THEN RAISE EXCEPTION 'simulated disk error'; END IF; "
                    "RETURN NEW; END $$"
                )
            )
            session.execute(
                text("CREATE TRIGGER refuse BEFORE INSERT ON article FOR EACH ROW EXECUTE FUNCTION refuse()")
            )
        session.commit()
    first = run_cli(sample_config)
    assert first.exit_code == 0 and "1 article(s) could not be stored" in first.output
    assert victim["url"] not in stored(sample_config) and len(stored(sample_config)) == len(EXPECTED["articles"]) - 1
    with connect(db) as session:
        run = session.execute(select(Run)).scalars().one()
        assert run.counts["failed"] == 1
        session.execute(text("DROP TRIGGER refuse" if sqlite else "DROP TRIGGER refuse ON article"))
        session.commit()
    assert run_cli(sample_config).exit_code == 0
    assert set(stored(sample_config)) == {a["url"] for a in EXPECTED["articles"]}


def test_quiet_run_prints_only_the_failing_feed(sample_config: Path) -> None:
    output = run_cli(sample_config, "--quiet").output
    assert "courier-home.html" in output and "harbor-city-tribune.xml" not in output and "feeds ok" not in output
    assert "read with warnings" not in output  # a warning is no trouble: cron mails only trouble
    assert run_cli(sample_config, "--quiet", "--all").output.count("FAILED") == 1


def test_parsing_in_worker_processes_stores_the_same(sample_config: Path) -> None:
    settings = sample_config / "settings.toml"
    settings.write_text(settings.read_text() + "parse_processes = 2\n")
    assert run_cli(sample_config).exit_code == 0
    articles = stored(sample_config)
    assert set(articles) == {a["url"] for a in EXPECTED["articles"]}
    for want in EXPECTED["articles"]:
        assert sorted(articles[want["url"]]["topics"]) == want["topics"], want["url"]
    with connect(load_config(sample_config).settings.database_url) as session:
        broken = session.execute(select(Feed).where(Feed.last_error_key.is_not(None))).scalars().one()
    assert broken.last_error_key == "not_a_feed" and "HTML page" in broken.last_error  # the error came back intact
    assert "bare ampersand" in feeds_warning(sample_config, "broken-feed.xml")  # and the warning too


def feeds_warning(config_dir: Path, name: str) -> str:
    with connect(load_config(config_dir).settings.database_url) as session:
        return session.execute(select(Feed.last_warning).where(Feed.name == name)).scalar_one() or ""


def test_automatic_tag_processes_start_only_for_passes_with_many_articles_worth_reading() -> None:
    from monitor.pipeline.tagging import PARALLEL_FROM_CANDIDATES, candidates_of, tag_processes_for

    watchlist = load_config(ROOT / "config").watchlist

    def processes(setting: int, documents: list[str]) -> int:
        return tag_processes_for(setting, documents, candidates_of(watchlist, documents))

    on_topic = [f"ICE agents took a man from the county jail on a detainer, story {n}." for n in range(200)]
    off_topic = [f"The school board met on Tuesday about the new gym, story {n}." for n in range(200)]
    assert processes(0, on_topic[: PARALLEL_FROM_CANDIDATES - 1] + off_topic) == 0
    assert processes(0, on_topic) == (os.cpu_count() if (os.cpu_count() or 1) > 1 else 0)
    assert processes(1, on_topic) == 1 and processes(3, on_topic[:2]) == 3


def test_automatic_parse_processes_start_only_for_big_passes() -> None:
    from monitor.pipeline.parsing import PARALLEL_FROM_FEEDS, processes_for

    assert processes_for(0, 8) == 0 and processes_for(1, 5000) == 1 and processes_for(3, 2) == 3
    assert processes_for(0, PARALLEL_FROM_FEEDS) >= 1


def test_reanalyze_follows_the_watchlist_and_keeps_reviews(sample_config: Path) -> None:
    from monitor.store import writes
    from monitor.store.tables import Review, ReviewStatus

    run_cli(sample_config)
    db = load_config(sample_config).settings.database_url
    with connect(db) as session:
        reviewed = (
            session.execute(select(Mention.article_id).where(Mention.key == "local-enforcement")).scalars().first()
        )
        writes.save_reviews(
            session, [reviewed], reviewer="ana", status=ReviewStatus.RELEVANT, note="for the board memo"
        )
        before = Counter(session.execute(select(Mention.key)).scalars())
    watchlist = sample_config / "watchlist.toml"
    text = watchlist.read_text()
    start = text.index('[[topics]]\nid = "local-enforcement"')
    watchlist.write_text(text[:start] + text[text.index("[[people]]", start) :])  # the topic is dropped
    result = runner.invoke(app, ["reanalyze", "--config", str(sample_config)])
    assert result.exit_code == 0, result.output
    assert f"Re-tagged {len(EXPECTED['articles'])} articles" in result.output
    with connect(db) as session:
        after = Counter(session.execute(select(Mention.key)).scalars())
        review = session.execute(select(Review).where(Review.article_id == reviewed)).scalars().one()
    assert after["local-enforcement"] == 0 and before["local-enforcement"] > 0
    assert {k: v for k, v in after.items()} == {k: v for k, v in before.items() if k != "local-enforcement"}
    assert (review.status, review.note) == ("relevant", "for the board memo")
    assert runner.invoke(app, ["reanalyze", "--since", "someday"]).exit_code == 2


def test_an_article_the_tagger_fails_on_costs_that_article_only_and_comes_back(sample_config: Path) -> None:
    """A document that breaks the tagger (here: a tagger that raises on one headline, as a spaCy bug would) is
    that article's counted failure, named in the run; its feed and every other feed are stored; the next
    pass tags it and stores it."""
    from monitor.tag import Tagger

    config = load_config(sample_config)
    real = Tagger(config.watchlist, config.settings.spacy_model)
    victim = EXPECTED["articles"][0]

    class Brittle:
        def tag_many(self, texts: list[str], **kwargs: Any) -> list[Tags]:
            if any(text.startswith(victim["title"]) for text in texts) and len(texts) > 0:
                if len(texts) == 1:
                    raise ValueError("[E088] simulated: the model cannot take this text")
                raise ValueError("a batch with the bad text in it")
            return real.tag_many(texts, **kwargs)

    report = run_pass(config, tagger=Brittle())  # type: ignore[arg-type]
    assert report.counts["failed"] == 1 and report.status == "partial"
    (error,) = [e for e in report.errors if e.get("entry")]
    assert error["key"] == "internal" and error["entry"] == victim["url"] and "E088" in error["message"]
    assert set(stored(sample_config)) == {a["url"] for a in EXPECTED["articles"]} - {victim["url"]}
    again = run_pass(config, tagger=real, force=True)
    assert again.counts["failed"] == 0 and set(stored(sample_config)) == {a["url"] for a in EXPECTED["articles"]}


def test_an_error_nobody_foresaw_in_one_feed_ends_that_feed_only(
    sample_config: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Fault injection: the store raises a plain RuntimeError for one feed's articles only. That feed fails with
    the key "internal" and its state and backoff are saved; the pass goes on; the traceback is in the log."""
    from monitor.store import writes

    real = writes.stored_identities
    victim = sorted({a["feed"] for a in EXPECTED["articles"]})[1]
    its_urls = {a["url"] for a in EXPECTED["articles"] if a["feed"] == victim}

    def flaky(session: Session, urls: Iterable[str]) -> dict[str, tuple[str | None, str]]:
        urls = list(urls)
        if its_urls & set(urls):
            raise RuntimeError("simulated: something nobody foresaw")
        return real(session, urls)

    monkeypatch.setattr(writes, "stored_identities", flaky)
    result = run_cli(sample_config)
    assert result.exit_code == 0, result.output
    with connect(load_config(sample_config).settings.database_url) as session:
        broken = session.execute(select(Feed).where(Feed.name == victim)).scalar_one()
    assert broken.last_error_key == "internal" and "RuntimeError" in broken.last_error and broken.next_check_at
    assert len(stored(sample_config)) == len(EXPECTED["articles"]) - sum(
        1 for a in EXPECTED["articles"] if a["feed"] == broken.name
    )
    (logged,) = [r for r in caplog.records if r.exc_info and "nobody foresaw" in str(r.exc_info[1])]
    assert logged.levelname == "ERROR" and broken.name in logged.getMessage()  # with its traceback
