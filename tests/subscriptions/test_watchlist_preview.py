"""The watchlist editor's preview over a generated store (bench/generators/store_rows.py: the shipped watchlist's
topics, its confounders, wire copies), with the edits the benchmark times: the shortcuts (monitor/tag/excerpts.py)
and the site's reading of only the texts holding the change test's needles give exactly what reading every
stored article whole gives, on the trained model's tokenizer, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor.tag.preview import Previewer
from tests.tag.test_preview_shortcuts import results


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    from bench.generators import store_rows
    from monitor.store.db import open_database
    from tests.databases import database_url

    folder = tmp_path_factory.mktemp("preview-store")
    url = database_url(folder)
    engine = open_database(url)
    store_rows.fill(engine, 1500, 11, datetime.now(UTC), today_hits=50, days=30, batch=500)
    engine.dispose()
    yield url, folder


def test_on_a_generated_store_the_benchmarks_edits_preview_the_same(generated_store: tuple[str, Path]) -> None:
    from bench.generators.store_files import config_for
    from bench.watchlist_preview import WIDEST, drafts
    from monitor.store import Access, connect
    from monitor.store import watchlist_history as history
    from monitor.tag.preview import preview_model

    url, folder = generated_store
    config = config_for(url, folder / "config")
    nlp = preview_model(config.settings.spacy_model)
    with connect(url, Access.READ) as session:
        stored = [a for batch in history.texts_since(session, datetime.now(UTC) - timedelta(days=31)) for a in batch]
    for name, draft in drafts(config.watchlist).items():
        fast = Previewer(nlp, config.watchlist, draft).compare(stored)
        whole = Previewer(nlp, config.watchlist, draft, shortcuts=False).compare(stored)
        assert results(fast) == results(whole), name
        if name == WIDEST:
            assert fast.candidates > 100 and fast.unread > fast.candidates / 2 and fast.excerpts > 0


def test_the_database_reads_exactly_the_texts_holding_the_needles(generated_store: tuple[str, Path]) -> None:
    """`texts_since(holding=...)` (instr / strpos): in exact case, as written, "%" and "_" included."""
    from monitor.store import Access, connect
    from monitor.store import watchlist_history as history

    url, _ = generated_store
    since = datetime.now(UTC) - timedelta(days=31)
    with connect(url, Access.READ) as session:
        stored = [a for batch in history.texts_since(session, since) for a in batch]
        for needles in (["ICE"], ["287(g)", "S-Comm"], ["%"], ["_"], ["ice"], []):
            picked = [a.id for batch in history.texts_since(session, since, holding=needles) for a in batch]
            assert picked == [a.id for a in stored if any(n in a.title or n in a.text for n in needles)], needles
        assert any(a for a in stored if "ICE" in a.text) and any(a for a in stored if "ice" in a.text)


def test_the_sites_preview_reads_the_needles_and_previews_the_same(generated_store: tuple[str, Path]) -> None:
    from bench.generators.store_files import config_for
    from bench.watchlist_preview import drafts
    from monitor.store import Access, connect
    from monitor.store import watchlist_history as history
    from monitor.subscriptions.watchlist_edit import preview_window
    from monitor.tag.preview import preview_model

    url, folder = generated_store
    config = config_for(url, folder / "config-window")
    nlp = preview_model(config.settings.spacy_model)
    for name, draft in drafts(config.watchlist).items():
        site = preview_window(config, draft, 31, nlp=nlp)
        since = datetime.now(UTC) - timedelta(days=31)
        with connect(url, Access.READ) as session:
            stored = [a for batch in history.texts_since(session, since) for a in batch]
        whole = Previewer(nlp, config.watchlist, draft, shortcuts=False).compare(stored)
        assert results(site) == results(whole), name
