"""One cron pass over every enabled feed, each feed told as one top-to-bottom story.

A failing feed is recorded (key + message + count) and the pass goes on; every article ends in
exactly one counted `Outcome`. A feed's validators (ETag, Last-Modified) are saved only after its
articles are, so a crash mid-feed means the next pass fetches it in full again and loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..config import Config, FeedConfig
from ..errors import MonitorError, StoreError
from ..extract import choose_text
from ..fetch import Fetcher
from ..parse import parse_feed
from ..records import ArticleText, Entry, Fetched, Outcome, Tags, document_text
from ..store import Session, connect, writes
from ..store.tables import Feed, RunStatus
from ..tag import Tagger
from .lock import run_lock

log = logging.getLogger(__name__)


@dataclass
class FeedReport:
    """How one feed fared in a pass."""

    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    not_modified: bool = False
    error_key: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_key is None

    @property
    def trouble(self) -> str | None:
        """What went wrong, in words, if anything: the feed's error, or articles that could not be stored."""
        if self.error:
            return self.error
        failed = self.outcomes[Outcome.FAILED]
        return f"{failed} article(s) could not be stored; retried next pass (see the log)" if failed else None


@dataclass
class RunReport:
    run_id: int
    status: RunStatus
    feeds: list[FeedReport]

    @property
    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for feed in self.feeds:
            total.update(feed.outcomes)
        total["feeds_ok"] = sum(f.ok for f in self.feeds)
        total["feeds_failed"] = sum(not f.ok for f in self.feeds)
        total["feeds_not_modified"] = sum(f.not_modified for f in self.feeds)
        return total

    @property
    def errors(self) -> list[dict[str, str]]:
        return [{"feed": f.name, "key": f.error_key or "", "message": f.error or ""} for f in self.feeds if not f.ok]


@dataclass
class _Pass:
    config: Config
    session: Session
    tagger: Tagger
    fetcher: Fetcher


def run_pass(config: Config, *, tagger: Tagger | None = None) -> RunReport:
    """Lock, then fetch every enabled feed and store what is new; raises AlreadyRunning if a pass is under way."""
    settings = config.settings
    with run_lock(settings.lock_file):
        tagger = tagger or Tagger(config.watchlist, settings.spacy_model)
        with connect(settings.database_url) as session:
            run_id = writes.start_run(session)
            try:
                reports = asyncio.run(_refresh_all(config, session, tagger))
            except BaseException as exc:
                session.rollback()
                writes.finish_run(session, run_id, status=RunStatus.FAILED, counts={},
                                  errors=[{"feed": "", "key": type(exc).__name__, "message": str(exc)}])
                raise
            report = RunReport(run_id, _status(reports), reports)
            writes.finish_run(session, run_id, status=report.status, counts=dict(report.counts), errors=report.errors)
    return report


def _status(reports: list[FeedReport]) -> RunStatus:
    failed = sum(not r.ok for r in reports)
    if failed and failed == len(reports):
        return RunStatus.FAILED
    return RunStatus.PARTIAL if any(r.trouble for r in reports) else RunStatus.OK


async def _refresh_all(config: Config, session: Session, tagger: Tagger) -> list[FeedReport]:
    rows = writes.sync_feeds(session, config.feeds)
    feeds = [f for f in config.feeds if f.enabled]
    async with Fetcher(config.settings) as fetcher:
        ctx = _Pass(config, session, tagger, fetcher)
        fetched = await asyncio.gather(*(_fetch_feed(fetcher, rows[f.name]) for f in feeds))
        return [await refresh_feed(ctx, f, rows[f.name], result) for f, result in zip(feeds, fetched)]


async def _fetch_feed(fetcher: Fetcher, feed: Feed) -> Fetched | MonitorError:
    try:
        return await fetcher.get(feed.url, etag=feed.etag, last_modified=feed.last_modified, allow_file=True)
    except MonitorError as exc:
        return exc


async def refresh_feed(ctx: _Pass, config: FeedConfig, feed: Feed, fetched: Fetched | MonitorError) -> FeedReport:
    """fetch result → entries → new entries → texts → tags → stored articles, then the feed's new state."""
    report = FeedReport(config.name)
    assert feed.id is not None
    if isinstance(fetched, MonitorError):
        return _failed(ctx, feed.id, report, fetched)
    if fetched.not_modified:
        writes.record_feed_success(ctx.session, feed.id, fetched)
        report.not_modified = True
        return report
    try:
        entries = parse_feed(fetched.body, url=fetched.url, content_type=fetched.content_type)
    except MonitorError as exc:
        return _failed(ctx, feed.id, report, exc, status=fetched.status)
    new = _new_entries(ctx, entries, report.outcomes)
    texts = await _article_texts(ctx, config, new)
    documents = [document_text(e.title, t.text) for e, t in zip(new, texts)]
    for entry, text, tags in zip(new, texts, ctx.tagger.tag_many(documents, only_candidates=True)):
        report.outcomes[_store(ctx, feed.id, config, entry, text, tags)] += 1
    # An article that failed to store must come back next pass, so its feed must not answer 304.
    writes.record_feed_success(ctx.session, feed.id, fetched, remember=not report.outcomes[Outcome.FAILED])
    log.info("feed %r: %s", config.name, dict(report.outcomes))
    return report


def _failed(ctx: _Pass, feed_id: int, report: FeedReport, exc: MonitorError, status: int | None = None) -> FeedReport:
    status = getattr(exc, "status", status)
    writes.record_feed_failure(ctx.session, feed_id, key=exc.key, message=str(exc), status=status)
    log.warning("feed %r failed (%s): %s", report.name, exc.key, exc)
    report.error_key, report.error = exc.key, str(exc)
    return report


def _new_entries(ctx: _Pass, entries: list[Entry], outcomes: Counter[str]) -> list[Entry]:
    """Drop entries without a link, repeats within the feed, and articles already stored; count each."""
    unique: dict[str, Entry] = {}
    for entry in entries:
        if not entry.url:
            outcomes[Outcome.NO_LINK] += 1
        elif entry.url in unique:
            outcomes[Outcome.DUPLICATE] += 1
        else:
            unique[entry.url] = entry
    known = writes.known_urls(ctx.session, unique)
    outcomes[Outcome.DUPLICATE] += len(known)
    return [entry for url, entry in unique.items() if url not in known]


async def _article_texts(ctx: _Pass, config: FeedConfig, entries: list[Entry]) -> list[ArticleText]:
    """The feed's own text, or for full_text feeds the article page's main text when it is real."""
    min_chars = ctx.config.settings.min_article_chars
    if not config.full_text:
        return [choose_text(entry, None, min_chars=min_chars) for entry in entries]
    pages = await asyncio.gather(*(_fetch_page(ctx.fetcher, entry.link) for entry in entries))
    return [
        choose_text(entry, page if isinstance(page, bytes) else None, min_chars=min_chars,
                    page_error=page if isinstance(page, str) else None)
        for entry, page in zip(entries, pages)
    ]


async def _fetch_page(fetcher: Fetcher, url: str) -> bytes | str:
    """The page body, or the reason it could not be had (the article then falls back to the feed's text)."""
    try:
        return (await fetcher.get(url)).body
    except MonitorError as exc:
        return f"{exc.key}: {exc}"


def _store(ctx: _Pass, feed_id: int, config: FeedConfig, entry: Entry, text: ArticleText, tags: Tags) -> Outcome:
    try:
        return writes.save_article(ctx.session, feed_id=feed_id, entry=entry, text=text,
                                   outlet=_outlet(config, entry), tags=tags)
    except StoreError as exc:
        log.error("feed %r: %s", config.name, exc)
        return Outcome.FAILED


def _outlet(config: FeedConfig, entry: Entry) -> str:
    """The feed's configured outlet, else an aggregator item's <source>, else the article's own domain."""
    if config.outlet:
        return config.outlet
    if entry.source_outlet:
        return entry.source_outlet
    host = urlsplit(entry.url).hostname or config.name
    return host.removeprefix("www.")
