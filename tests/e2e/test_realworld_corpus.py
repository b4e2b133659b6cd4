"""The real-world feed corpus (tests/data/feeds/realworld/: 241 feeds written blind to this code, each a trap
real publishers set) through one real `monitor run --all`, served by a loopback HTTP server with each file's
own Content-Type, and compared file by file with plain `feedparser.parse` on the same bytes.

What must hold: the pass completes (exit 0, no article failed) and a second pass stores nothing new; every
entry feedparser yields with a link, id, headline or text is stored (found by GUID, link, headline or text:
several files carry the same stories, and each story is stored once, by whichever feed came first); only
documents with no feed in them fail; a mention past the first million characters of an entry is found.
The human reading of each file (headlines, links, phrases, how many articles) is checked on the parser
alone, in tests/parse/test_realworld.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser
import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from monitor.cli import app
from monitor.config import load_settings
from monitor.parse.text import tidy
from monitor.parse.urls import absolute_link, normalize_url
from monitor.store import connect
from monitor.store.tables import Article, Feed, Mention, Run
from tests.conftest import ROOT, write_config_dir
from tests.server import LoopbackServer, Route

CORPUS = ROOT / "tests" / "data" / "feeds" / "realworld"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
runner = CliRunner()


def words(text: str) -> str:
    return " ".join(tidy(text).split()).casefold()


class Stored:
    """The stored articles, indexed the ways a feedparser entry can be recognised among them."""

    def __init__(self, articles: list[Article]) -> None:
        self.articles = articles
        self.guids = {a.guid for a in articles if a.guid}
        self.links = {normalize_url(a.link) for a in articles if a.link}
        self.titles = {words(a.title) for a in articles}
        self.texts = "\n".join(words(f"{a.title} {a.summary} {a.text}") for a in articles)

    def has(self, entry: dict) -> bool:
        guid, link = entry.get("id"), entry.get("link")
        title = words(entry.get("title", ""))
        text = words(re.sub(r"<[^>]+>", " ", entry.get("summary", "")))[:60]
        return bool(
            (guid and guid in self.guids)
            or (link and normalize_url(absolute_link(link, "")) in self.links)
            or (title and (title in self.titles or title in self.texts))
            or (text and text in self.texts)
        )


@dataclass
class Corpus:
    first: object  # CliRunner Result of monitor run --all
    second: object
    stored: Stored
    feeds: dict[str, Feed]
    hits: set[int]  # ids of articles with a mention
    runs: list[Run]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    tmp = tmp_path_factory.mktemp("corpus")
    config_dir = tmp / "config"
    with pytest.MonkeyPatch.context() as env, LoopbackServer() as server:
        env.delenv("MONITOR_DATABASE_URL", raising=False)
        write_config_dir(config_dir, tmp)
        for record in MANIFEST:
            headers = {"Content-Type": record["content_type"]} if record["content_type"] else {}
            server.routes[f"/files/{record['file']}"] = Route(
                200, (CORPUS / "files" / record["file"]).read_bytes(), headers
            )
        (config_dir / "feeds.toml").write_text(
            "".join(
                f'[[feeds]]\nname = "{r["file"]}"\nurl = "{server.url("/files/" + r["file"])}"\n\n' for r in MANIFEST
            )
        )
        first = runner.invoke(app, ["run", "--all", "--config", str(config_dir)])
        second = runner.invoke(app, ["run", "--all", "--config", str(config_dir)])
    with connect(load_settings(config_dir).database_url) as session:
        feeds = {f.name: f for f in session.execute(select(Feed)).scalars()}
        articles = list(session.execute(select(Article)).scalars())
        hits = set(session.execute(select(Mention.article_id)).scalars())
        runs = list(session.execute(select(Run).order_by(Run.id)).scalars())
    yield Corpus(first, second, Stored(articles), feeds, hits, runs)


def peer_entries(record: dict) -> list[dict]:
    """feedparser's own entries for the file's bytes: the ones with a link, id, headline or text."""
    headers = {"content-type": record["content_type"]} if record["content_type"] else {}
    try:
        parsed = feedparser.parse((CORPUS / "files" / record["file"]).read_bytes(), response_headers=headers)
    except Exception:  # noqa: BLE001  (feedparser crashes on a few of these; then it yields nothing)
        return []
    return [e for e in parsed.entries if e.get("link") or e.get("id") or e.get("title") or e.get("summary")]


def test_the_pass_completes_and_a_second_adds_nothing(corpus: Corpus) -> None:
    first, second = corpus.runs
    assert corpus.first.exit_code == 0 and corpus.second.exit_code == 0, corpus.first.output
    assert first.counts.get("failed", 0) == 0 and second.counts.get("failed", 0) == 0, first.errors
    assert second.counts.get("hit", 0) + second.counts.get("stored", 0) == 0, second.counts
    refused = sorted(name for name, feed in corpus.feeds.items() if feed.error_count)
    assert refused == sorted(r["file"] for r in MANIFEST if r["expect"].get("articles") == 0)
    peer = sum(len(peer_entries(r)) for r in MANIFEST)
    print(
        f"\n{len(MANIFEST)} feeds: feedparser yields {peer} entries with a link, id, headline or text; the "
        f"monitor stored {len(corpus.stored.articles)} articles (each story once); {len(refused)} documents "
        f"with no feed in them refused: {', '.join(refused)}"
    )


@pytest.mark.parametrize("record", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_every_entry_feedparser_reads_is_stored(corpus: Corpus, record: dict) -> None:
    missing = [e.get("title") or e.get("link") or e.get("id") for e in peer_entries(record) if not corpus.stored.has(e)]
    assert not missing, f"{record['file']} ({record['trap']}): not stored: {missing}"


def test_a_mention_past_the_first_million_characters_is_found(corpus: Corpus) -> None:
    giants = [a for a in corpus.stored.articles if len(a.text) > 1_000_000]
    assert len(giants) == 2 and all(a.id in corpus.hits for a in giants)
    assert all("Immigration and Customs Enforcement" in a.text[-20_000:] or "ICE" in a.text[-20_000:] for a in giants)
