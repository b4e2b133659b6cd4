"""`monitor prune` and the `retention` setting against real passes over feeds served on 127.0.0.1: a pruned
article still in its feed is "seen before" on the next full fetch, never stored again as new."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_config
from monitor.pipeline import run_pass
from monitor.records import Outcome
from monitor.store import connect
from monitor.store.tables import Article, PrunedArticle
from tests.e2e.test_run import EXPECTED
from tests.server import LoopbackServer

runner = CliRunner()


@pytest.fixture
def two_feeds(config_dir: Path, server: LoopbackServer) -> Path:
    """Two sample feeds fetched in full every pass (no 304), so every pass reads their entries again."""
    names = [name for name, want in EXPECTED["feeds"].items() if want["ok"]][:2]
    (config_dir / "feeds.toml").write_text(
        "".join(
            f'[[feeds]]\nname = "{name}"\nurl = "{server.url("/feeds/" + name)}"\nignore_http_cache = true\n\n'
            for name in names
        )
    )
    return config_dir


def _age_everything(url: str, days: int) -> int:
    with connect(url) as session:
        articles = list(session.execute(select(Article)).scalars())
        for article in articles:
            article.fetched_at -= timedelta(days=days)
        session.commit()
    return len(articles)


def _articles(url: str) -> tuple[int, int]:
    with connect(url) as session:
        return (
            session.execute(select(func.count(Article.id))).scalar_one(),
            session.execute(select(func.count()).select_from(PrunedArticle)).scalar_one(),
        )


def test_prune_then_a_full_pass_brings_nothing_back(two_feeds: Path, tagger) -> None:  # noqa: ANN001
    config = load_config(two_feeds)
    url = config.settings.database_url
    first = run_pass(config, tagger=tagger)
    stored = first.counts[Outcome.HIT] + first.counts[Outcome.STORED]
    assert stored >= 4 and _age_everything(url, 400) == stored

    dry = runner.invoke(app, ["prune", "--older-than", "365d", "--dry-run", "--config", str(two_feeds)])
    assert dry.exit_code == 0, dry.output
    assert dry.output.startswith(f"Would delete {stored - 1} articles first stored before ")  # the newest stays
    assert _articles(url) == (stored, 0)
    done = runner.invoke(app, ["prune", "--older-than", "365d", "--config", str(two_feeds)])
    assert done.exit_code == 0, done.output
    assert done.output.startswith(f"Deleted {stored - 1} articles first stored before ") and " mentions" in done.output
    assert _articles(url) == (1, stored - 1)

    again = run_pass(config, tagger=tagger, force=True)
    assert again.counts[Outcome.HIT] + again.counts[Outcome.STORED] == 0
    assert again.counts[Outcome.DUPLICATE] == stored
    assert _articles(url) == (1, stored - 1)


def test_retention_prunes_at_the_end_of_a_pass_and_says_so(
    two_feeds: Path,
    tagger,  # noqa: ANN001
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = load_config(two_feeds).settings.database_url
    run_pass(load_config(two_feeds), tagger=tagger)
    stored = _age_everything(url, 400)
    settings = two_feeds / "settings.toml"
    settings.write_text(settings.read_text() + 'retention = "365d"\n')
    with caplog.at_level(logging.INFO, logger="monitor"):
        report = run_pass(load_config(two_feeds), tagger=tagger, force=True)
    assert report.counts[Outcome.DUPLICATE] == stored
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("retention of")]
    assert said and said[0].startswith(f"retention of 365 days: deleted {stored - 1} articles first stored before ")
    assert _articles(url) == (1, stored - 1)
    third = run_pass(load_config(two_feeds), tagger=tagger, force=True)
    assert third.counts[Outcome.HIT] + third.counts[Outcome.STORED] == 0


def test_prune_without_a_span_says_what_to_do(config_dir: Path) -> None:
    result = runner.invoke(app, ["prune", "--config", str(config_dir)])
    assert result.exit_code == 1
    assert "--older-than 365d" in result.output and "retention" in result.output
    bad = runner.invoke(app, ["prune", "--older-than", "a year", "--config", str(config_dir)])
    assert bad.exit_code == 2 and "not a span" in bad.output
