"""The pass's steps as jobs run them, on either engine: a step run twice (a retried job, a second worker, the
same story in two feeds) stores an article once; feeds.toml reaches the rows only through `sync_feeds`."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from monitor.config import load_config
from monitor.pipeline import steps
from monitor.records import ArticleText, Entry, Outcome
from monitor.store import connect
from monitor.store.tables import Article, Feed

ENTRY = Entry(
    url="https://gazette.example.org/news/detainers",
    link="https://gazette.example.org/news/detainers?utm_source=rss",
    guid="gazette-1",
    title="County ends ICE detainer holds",
    author="Nadia Oyelaran",
    published_at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
    summary="The board voted on detainers.",
    content="",
    aliases=("https://gazette.example.org/news/detainers/",),
)
TEXT = ArticleText(
    text="The county board voted on Tuesday to stop honoring ICE detainers at the jail, ending two years of holds.",
    source="feed",
)


def _feeds(config_dir: Path, *names: str) -> None:
    (config_dir / "feeds.toml").write_text(
        "".join(f'[[feeds]]\nname = "{name}"\nurl = "http://127.0.0.1:9/{name}.xml"\n\n' for name in names)
    )


def test_an_article_job_run_twice_stores_it_once(config_dir: Path, tagger: object) -> None:
    _feeds(config_dir, "Gazette", "Wire")
    config = load_config(config_dir)
    steps.sync_feeds(config)
    steps._taggers[id(config)] = tagger  # the session's loaded model, as `monitor worker` loads it at start
    with connect(config.settings.database_url) as session:
        ids = dict(session.execute(select(Feed.name, Feed.id)).all())
    article = steps.article_json(ids["Gazette"], ENTRY, TEXT)
    assert steps.article_from_json(article) == (ids["Gazette"], ENTRY, TEXT)
    assert steps.tag_and_store(config, article, last_try=True) is Outcome.HIT
    assert steps.tag_and_store(config, article, last_try=True) is Outcome.DUPLICATE  # retried
    again = steps.article_json(ids["Wire"], ENTRY, TEXT)  # the same story from another feed
    assert steps.tag_and_store(config, again, last_try=True) is Outcome.DUPLICATE
    with connect(config.settings.database_url) as session:
        assert session.execute(select(func.count(Article.id))).scalar_one() == 1


def test_feeds_reach_the_rows_only_through_sync(config_dir: Path) -> None:
    _feeds(config_dir, "Gazette", "Wire")
    synced = steps.sync_feeds(load_config(config_dir))
    assert (synced.listed, synced.added, synced.paused) == (2, ["Gazette", "Wire"], [])
    _feeds(config_dir, "Gazette")  # the Wire taken out of the file: the rows do not change until the next sync
    config = load_config(config_dir)
    assert len(steps.due_feeds(config.settings)[0]) == 2
    synced = steps.sync_feeds(config)
    assert (synced.added, synced.paused) == ([], ["Wire"])
    due, not_due = steps.due_feeds(config.settings)
    assert len(due) == 1 and not_due == 0
    assert steps.sync_feeds(config).paused == []  # already paused: said once
