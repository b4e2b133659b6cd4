"""One cron pass over the feeds that are due, each feed told as one top-to-bottom story.

A failing feed is recorded (key + message + count, and when to try again) and the pass goes on;
every article ends in exactly one counted `Outcome`. A feed's validators (ETag, Last-Modified) are
saved only after its articles are, so a crash mid-feed means the next pass fetches it in full again
and loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from ..config import Config, FeedConfig
from ..errors import MonitorError, ParseError, StoreError
from ..extract import choose_text
from ..fetch import Fetcher
from ..parse import discover_feeds
from ..records import ArticleText, Entry, Fetched, Outcome, ParsedFeed, Tags, document_text
from ..store import Session, connect, writes
from ..store.tables import Feed, RunStatus
from ..store.types import utcnow
from ..tag import Tagger
from . import schedule
from .lock import run_lock
from .parsing import FeedParser, processes_for
from .releases import Pickups, load_pickups

log = logging.getLogger(__name__)


@dataclass
class FeedReport:
    """How one feed fared in a pass."""

    name: str
    outcomes: Counter[str] = field(default_factory=Counter)
    not_modified: bool = False
    error_key: str | None = None
    error: str | None = None
    moved_to: str | None = None  # the feed answered from here after a permanent redirect
    next_check_at: datetime | None = None

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
    not_due: int = 0  # enabled feeds skipped because their next check is later

    @property
    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for feed in self.feeds:
            total.update(feed.outcomes)
        total["feeds_ok"] = sum(f.ok for f in self.feeds)
        total["feeds_failed"] = sum(not f.ok for f in self.feeds)
        total["feeds_not_modified"] = sum(f.not_modified for f in self.feeds)
        total["feeds_not_due"] = self.not_due
        return total

    @property
    def errors(self) -> list[dict[str, str]]:
        return [{"feed": f.name, "key": f.error_key or "", "message": f.error or ""} for f in self.feeds if not f.ok]


@dataclass
class _Pass:
    config: Config
    session: Session
    fetcher: Fetcher
    started: datetime  # schedules count from here, so the next cron pass finds them due on time
    tagger: Tagger | None = None  # loaded at the first new article: most cron passes bring none
    pickups: Pickups | None = None  # the active press releases, indexed at the first new article

    def releases(self) -> Pickups:
        if self.pickups is None:
            self.pickups = load_pickups(self.config, self.session)
        return self.pickups

    def tag(self, documents: list[str]) -> list[Tags]:
        if not documents:
            return []
        if self.tagger is None:
            self.tagger = Tagger(self.config.watchlist, self.config.settings.spacy_model)
        return self.tagger.tag_many(documents, only_candidates=True)


def run_pass(config: Config, *, tagger: Tagger | None = None, force: bool = False) -> RunReport:
    """Lock, then fetch the feeds that are due (every enabled feed with `force`) and store what is new.

    Raises AlreadyRunning if a pass is under way. The spaCy model is loaded only if there is something
    new to tag, so a pass where every feed is not due or not modified takes a fraction of a second.
    """
    settings = config.settings
    with run_lock(settings.lock_file):
        with connect(settings.database_url) as session:
            run_id = writes.start_run(session)
            try:
                reports, not_due = asyncio.run(_refresh_all(config, session, tagger, force))
            except BaseException as exc:
                session.rollback()
                writes.finish_run(session, run_id, status=RunStatus.FAILED, counts={},
                                  errors=[{"feed": "", "key": type(exc).__name__, "message": str(exc)}])
                raise
            report = RunReport(run_id, _status(reports), reports, not_due)
            writes.finish_run(session, run_id, status=report.status, counts=dict(report.counts), errors=report.errors)
    return report


def _status(reports: list[FeedReport]) -> RunStatus:
    failed = sum(not r.ok for r in reports)
    if failed and failed == len(reports):
        return RunStatus.FAILED
    return RunStatus.PARTIAL if any(r.trouble for r in reports) else RunStatus.OK


async def _refresh_all(config: Config, session: Session, tagger: Tagger | None,
                       force: bool) -> tuple[list[FeedReport], int]:
    started = utcnow()
    rows = writes.sync_feeds(session, config.feeds)
    enabled = [f for f in config.feeds if f.enabled]
    due = [f for f in enabled if force or schedule.is_due(rows[f.name].next_check_at, started)]
    processes = processes_for(config.settings.parse_processes, len(due))
    async with Fetcher(config.settings) as fetcher, FeedParser(processes) as parser:
        ctx = _Pass(config, session, fetcher, started, tagger)
        results = await asyncio.gather(*(_fetch_and_parse(fetcher, parser, rows[f.name]) for f in due))
        reports = [await refresh_feed(ctx, f, rows[f.name], fetched, parsed)
                   for f, (fetched, parsed) in zip(due, results)]
    return reports, len(enabled) - len(due)


async def _fetch_and_parse(fetcher: Fetcher, parser: FeedParser, feed: Feed
                           ) -> tuple[Fetched | MonitorError, ParsedFeed | ParseError | None]:
    """Fetch the feed and parse it as soon as it arrives (in a worker process on big passes); never raises."""
    fetched = await _fetch_feed(fetcher, feed)
    if isinstance(fetched, MonitorError) or fetched.not_modified:
        return fetched, None
    return fetched, await parser.parse(fetched)


async def _fetch_feed(fetcher: Fetcher, feed: Feed) -> Fetched | MonitorError:
    """The feed's URL is the admin's own (trusted); validators are sent unless the feed is set to ignore them."""
    validators = {} if feed.ignore_http_cache else {"etag": feed.etag, "last_modified": feed.last_modified}
    try:
        return await fetcher.get(feed.url, trusted=True, **validators)
    except MonitorError as exc:
        return exc


async def refresh_feed(ctx: _Pass, config: FeedConfig, feed: Feed, fetched: Fetched | MonitorError,
                       parsed: ParsedFeed | ParseError | None) -> FeedReport:
    """fetch and parse results → new entries → texts → tags → stored articles, then the feed's new state."""
    report = FeedReport(config.name)
    assert feed.id is not None
    if isinstance(fetched, MonitorError):
        return _failed(ctx, feed, report, fetched)
    if fetched.moved_to:
        report.moved_to = fetched.moved_to
        log.warning("feed %r moved permanently to %s; now fetched from there (update feeds.toml)",
                    config.name, fetched.moved_to)
    if fetched.not_modified:
        interval = schedule.after_not_modified(ctx.config.settings, _seconds(feed.poll_interval))
        return _succeeded(ctx, feed, report, fetched, interval, not_modified=True)
    if isinstance(parsed, ParseError):
        return _failed(ctx, feed, report, _name_feed_links(parsed, fetched), status=fetched.status)
    assert parsed is not None, "a fetched feed body is always parsed"
    new = _new_entries(ctx, parsed.entries, report.outcomes)
    texts = await _article_texts(ctx, config, new)
    documents = [document_text(e.title, t.text) for e, t in zip(new, texts)]
    for entry, text, tags, document in zip(new, texts, ctx.tag(documents), documents):
        report.outcomes[_store(ctx, feed.id, config, entry, text, tags, document)] += 1
    log.info("feed %r: %s", config.name, dict(report.outcomes))
    return _succeeded(ctx, feed, report, fetched, _interval(ctx, feed, parsed, fetched, len(new)))


def _interval(ctx: _Pass, feed: Feed, parsed: ParsedFeed, fetched: Fetched, new: int) -> timedelta:
    return schedule.after_success(
        ctx.config.settings, now=ctx.started, published=[e.published_at for e in parsed.entries], new_entries=new,
        previous=_seconds(feed.poll_interval), hints=[parsed.ttl, fetched.max_age])


def _succeeded(ctx: _Pass, feed: Feed, report: FeedReport, fetched: Fetched, interval: timedelta,
               not_modified: bool = False) -> FeedReport:
    assert feed.id is not None
    report.not_modified = not_modified
    report.next_check_at = ctx.started + interval
    # An article that failed to store must come back next pass, so its feed must not answer 304.
    writes.record_feed_success(ctx.session, feed.id, fetched, next_check_at=report.next_check_at, interval=interval,
                               remember=not report.outcomes[Outcome.FAILED])
    return report


def _failed(ctx: _Pass, feed: Feed, report: FeedReport, exc: MonitorError, status: int | None = None) -> FeedReport:
    assert feed.id is not None
    status = getattr(exc, "status", status)
    wait = schedule.after_failure(ctx.config.settings, error_count=feed.error_count + 1,
                                  retry_after=getattr(exc, "retry_after", None))
    report.next_check_at = ctx.started + wait
    writes.record_feed_failure(ctx.session, feed.id, key=exc.key, message=str(exc), status=status,
                               next_check_at=report.next_check_at)
    log.warning("feed %r failed (%s): %s; next try %s", report.name, exc.key, exc, report.next_check_at)
    report.error_key, report.error = exc.key, str(exc)
    return report


def _name_feed_links(exc: ParseError, fetched: Fetched) -> ParseError:
    """A web page where a feed was expected: say which feeds it links to, so the fix is one copy and paste."""
    if exc.key != "not_a_feed":
        return exc
    links = discover_feeds(fetched.body, fetched.url, content_type=fetched.content_type)
    if not links:
        return exc
    return ParseError(f"{exc}; it links to: {', '.join(link.url for link in links[:3])}", key=exc.key)


def _seconds(value: int | None) -> timedelta | None:
    return timedelta(seconds=value) if value else None


def _new_entries(ctx: _Pass, entries: list[Entry], outcomes: Counter[str]) -> list[Entry]:
    """Drop empty entries, repeats within the feed, and articles already stored; count each."""
    unique: dict[str, Entry] = {}
    for entry in entries:
        if not entry.url:
            outcomes[Outcome.EMPTY] += 1
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
    """The page body, or the reason it could not be had (the article then falls back to the feed's text).

    The link comes from the feed, so it is untrusted: no `file:`, no private addresses.
    """
    if not url:
        return "the entry has no link"
    try:
        return (await fetcher.get(url)).body
    except MonitorError as exc:
        return f"{exc.key}: {exc}"


def _store(ctx: _Pass, feed_id: int, config: FeedConfig, entry: Entry, text: ArticleText, tags: Tags,
           document: str) -> Outcome:
    """The article, with the press releases it picked up, in one transaction."""
    dated = entry.published_at or text.published_at or utcnow()
    pickups = ctx.releases().check(entry.link or entry.url, document, dated,
                                   topics={t.id for t in tags.topics}, people={p.id for p in tags.people})
    try:
        return writes.save_article(ctx.session, feed_id=feed_id, entry=entry, text=text,
                                   outlet=_outlet(config, entry), tags=tags, pickups=pickups)
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
