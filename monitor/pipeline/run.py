"""One cron pass over the feeds that are due, each feed told as one top-to-bottom story.

A failing feed is recorded (key + message + count, and when to try again) and the pass goes on;
every article ends in exactly one counted `Outcome`. Nothing one feed or one article does can end the
pass: an error nobody foresaw becomes that feed's or that article's failure with the key "internal"
(traceback in the log), and the rest carries on. A feed's validators (ETag, Last-Modified) are saved
only after its articles are, so a crash mid-feed means the next pass fetches it in full again and
loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from ..config import Config, FeedConfig, Settings
from ..errors import InternalError, MonitorError, ParseError
from ..fetch import Fetcher, ping
from ..parse import discover_feeds
from ..records import ArticleText, Entry, Fetched, Outcome, ParsedFeed, Tags, document_text
from ..store import Session, connect, prune, writes
from ..store import alerts as store_alerts
from ..store.tables import Feed, RunStatus
from ..store.types import utcnow
from ..tag import Tagger
from . import schedule
from .alerts import AlertReport, run_alerts
from .arrivals import Arrival, gather_arrivals, new_entries
from .faults import PASS_FAULTS
from .lock import run_lock
from .parsing import FeedParser, processes_for
from .release_pickup import Pickups, load_pickups
from .tagging import candidates_of, tag_in_process, tag_in_processes, tag_processes_for

log = logging.getLogger(__name__)


@dataclass
class FeedReport:
    """How one feed fared in a pass."""

    name: str
    was_failing: bool = False  # already failing before this pass: its failure says nothing new about the pass
    outcomes: Counter[str] = field(default_factory=Counter)
    not_modified: bool = False
    error_key: str | None = None
    error: str | None = None
    warning: str | None = None  # read, but something was wrong with the document (kept on the feed)
    moved_to: str | None = None  # the feed answered from here after a permanent redirect
    next_check_at: datetime | None = None
    entry_errors: list[dict[str, str]] = field(default_factory=list)  # {"entry", "key", "message"} per failed article

    @property
    def ok(self) -> bool:
        return self.error_key is None

    @property
    def trouble(self) -> str | None:
        """What went wrong, in words, if anything: the feed's error, or articles that could not be stored."""
        if self.error:
            return self.error
        failed = self.outcomes[Outcome.FAILED]
        if not failed:
            return None
        first = self.entry_errors[0] if self.entry_errors else None
        detail = f"; first: {first['entry']}: {first['message']}" if first else ""
        return f"{failed} article(s) could not be stored; retried next pass{detail}"

    def entry_failed(self, entry: Entry, exc: MonitorError) -> Outcome:
        """Count one article as failed, naming it and the reason in the run."""
        log.error("feed %r: %s: %s (%s)", self.name, entry.url or entry.link, exc, exc.key)
        self.entry_errors.append(
            {"entry": entry.url or entry.link or entry.title[:80], "key": exc.key, "message": str(exc)}
        )
        return Outcome.FAILED


@dataclass
class RunReport:
    run_id: int
    status: RunStatus
    feeds: list[FeedReport]
    not_due: int = 0  # enabled feeds skipped because their next check is later
    alerts: AlertReport | None = None  # the instant alerts this pass found and sent (None: no alert rules)

    @property
    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for feed in self.feeds:
            total.update(feed.outcomes)
        total["feeds_ok"] = sum(f.ok for f in self.feeds)
        total["feeds_failed"] = sum(not f.ok for f in self.feeds)
        total["feeds_not_modified"] = sum(f.not_modified for f in self.feeds)
        total["feeds_with_warnings"] = sum(f.ok and bool(f.warning) for f in self.feeds)
        total["feeds_not_due"] = self.not_due
        total["feeds_due"] = len(self.feeds)
        return total

    @property
    def errors(self) -> list[dict[str, str]]:
        """Each failed feed, and each failed article with the feed it came from."""
        failed = [{"feed": f.name, "key": f.error_key or "", "message": f.error or ""} for f in self.feeds if not f.ok]
        return failed + [{"feed": f.name, **error} for f in self.feeds for error in f.entry_errors]


@dataclass
class PassContext:
    config: Config
    session: Session
    started: datetime  # schedules count from here, so the next cron pass finds them due on time
    tagger: Tagger | None = None  # loaded at the first new article: most cron passes bring none
    pickups: Pickups | None = None  # the active press releases, indexed at the first new article
    tagged: dict[str, Tags | MonitorError] = field(default_factory=dict)  # tagged up front, on big passes

    def releases(self) -> Pickups:
        if self.pickups is None:
            self.pickups = load_pickups(self.config, self.session)
        return self.pickups

    def pretag(self, documents: list[str]) -> None:
        """On a pass bringing many articles worth reading, tag them all now on every core (see tagging.py)."""
        settings = self.config.settings
        if not documents:
            return
        wanted = candidates_of(self.config.watchlist, documents)  # the prefilter, read once for both
        processes = tag_processes_for(settings.tag_processes, documents, wanted)
        if processes < 2:
            return
        try:
            tagged = tag_in_processes(self.config.watchlist, settings.spacy_model, documents, processes, wanted)
        except Exception as exc:  # noqa: BLE001  (a worker that could not start: tag in-process, which says why)
            log.warning("tagging in %d processes failed (%s); tagging in this one", processes, exc)
            return
        self.tagged = dict(zip(documents, tagged))

    def tag(self, documents: list[str]) -> list[Tags | MonitorError]:
        """Tags for each document; a document the tagger fails on gets the error instead (the others are kept)."""
        if all(document in self.tagged for document in documents):
            return [self.tagged[document] for document in documents]
        if self.tagger is None:
            self.tagger = Tagger(self.config.watchlist, self.config.settings.spacy_model)
        return tag_in_process(self.tagger, documents)


def run_pass(config: Config, *, tagger: Tagger | None = None, force: bool = False) -> RunReport:
    """Lock, then fetch the feeds that are due (every enabled feed with `force`) and store what is new.

    Raises AlreadyRunning if a pass is under way. The spaCy model is loaded only if there is something
    new to tag, so a pass where every feed is not due or not modified takes a fraction of a second.
    """
    settings = config.settings
    with run_lock(settings.lock_file):
        with connect(settings.database_url) as session:
            run_id = writes.start_run(session)
            stored_through = store_alerts.last_article_id(session)  # the pass's own articles come after
            started = time.monotonic()
            log.info("pass %d started", run_id, extra={"run_id": run_id})
            try:
                reports, not_due = asyncio.run(_refresh_all(config, session, tagger, force))
            except BaseException as exc:
                _record_failed_pass(session, run_id, exc)
                _log_pass_end(run_id, RunStatus.FAILED, {}, started, reason=str(exc))
                _heartbeat(settings, failed=True)
                raise
            report = RunReport(run_id, _status(reports), reports, not_due)
            writes.finish_run(session, run_id, status=report.status, counts=dict(report.counts), errors=report.errors)
            report.alerts = _alerts(config, session, stored_through)
            _upkeep(settings, session)
    _log_pass_end(run_id, report.status, dict(report.counts), started)
    _heartbeat(settings, failed=report.status is RunStatus.FAILED)
    return report


def _upkeep(settings: Settings, session: Session) -> None:
    """Retention (when `retention` is set) and fresh planner statistics, once the pass is on record: logged;
    a failure here is logged and leaves the pass as it was."""
    try:
        pruned = prune.upkeep(session, settings.retention, utcnow())
    except MonitorError as exc:
        log.error("%s", exc)
        return
    if pruned is not None:
        log.info("retention of %s: %s", _span_words(settings.retention), prune.describe(pruned))


def _span_words(span: timedelta | None) -> str:
    hours = int(span.total_seconds() // 3600) if span else 0
    return f"{hours // 24} days" if hours % 24 == 0 else f"{hours} hours"


def _log_pass_end(
    run_id: int, status: RunStatus, counts: dict[str, int], started: float, reason: str | None = None
) -> None:
    """The pass's one line: run id, status, time taken and its counts in words (in JSON, as fields too)."""
    seconds = round(time.monotonic() - started, 1)
    said = describe_counts(counts) if counts else (reason or "")
    log.log(
        logging.ERROR if status is RunStatus.FAILED else logging.INFO,
        "pass %d %s in %.1f s: %s",
        run_id,
        status.value,
        seconds,
        said,
        extra={"run_id": run_id, "status": status.value, "counts": counts, "seconds": seconds},
    )


def describe_counts(counts: Mapping[str, int]) -> str:
    """`3 new hits, 5 other new, 12 seen before` and so on, leaving out what is zero: for people, not dicts."""
    words = {
        "feeds_due": "feeds due",
        "feeds_ok": "ok",
        "feeds_failed": "failed",
        "feeds_not_modified": "not modified",
        "feeds_not_due": "not due",
        Outcome.HIT: "new hits",
        Outcome.STORED: "other new",
        Outcome.DUPLICATE: "seen before",
        Outcome.EMPTY: "empty",
        Outcome.FAILED: "articles not stored",
    }
    return ", ".join(f"{counts[key]} {word}" for key, word in words.items() if counts.get(key)) or "nothing to do"


def _heartbeat(settings: Settings, *, failed: bool) -> None:
    """Ping the admin's heartbeat URL (its /fail for a failed pass); a ping that fails is logged, never fatal."""
    if not settings.heartbeat_url:
        return
    url = settings.heartbeat_url.rstrip("/") + "/fail" if failed else settings.heartbeat_url
    try:
        ping(url, settings)
    except MonitorError as exc:
        log.warning("heartbeat not sent: %s", exc)


def _alerts(config: Config, session: Session, stored_through: int) -> AlertReport | None:
    """Instant alerts for what the pass stored, and those waiting from earlier passes. The pass's work is done
    and recorded: whatever goes wrong here is logged and shown, and never changes the pass's status."""
    if not config.alerts.rules:
        return None
    try:
        return run_alerts(config, session, stored_through)
    except MonitorError as exc:
        session.rollback()
        log.error("alerts not sent: %s", exc)
        return AlertReport(failures=[f"alerts not sent: {exc}"])
    except Exception as exc:
        log.exception("alerts: unexpected failure")
        session.rollback()
        return AlertReport(failures=[str(InternalError.wrap(exc, "alerts"))])


def _record_failed_pass(session: Session, run_id: int, exc: BaseException) -> None:
    """Mark the run failed with the reason, if the database still takes writes (it may be what failed)."""
    try:
        session.rollback()
        writes.finish_run(
            session,
            run_id,
            status=RunStatus.FAILED,
            counts={},
            errors=[{"feed": "", "key": getattr(exc, "key", type(exc).__name__), "message": str(exc)}],
        )
    except Exception:
        log.exception("could not record the failed run %d", run_id)


def _status(reports: list[FeedReport]) -> RunStatus:
    """Judged on the feeds that were due: ok when each did its part; partial when some feed or article failed
    (each one stays on record with its error); failed only when nothing could be done, that is the pass could
    not finish (raised, recorded by `_record_failed_pass`) or every due feed that had been working failed at
    once, two or more: the machine's network or DNS, not the feeds. A lone failing feed, or feeds already
    failing retried on their backoff, make a partial pass: the other feeds are fine and not due."""
    fresh = [r for r in reports if not r.was_failing]
    if len(fresh) >= 2 and not any(r.ok for r in reports):
        return RunStatus.FAILED
    return RunStatus.PARTIAL if any(r.trouble for r in reports) else RunStatus.OK


async def _refresh_all(
    config: Config, session: Session, tagger: Tagger | None, force: bool
) -> tuple[list[FeedReport], int]:
    """Gather what every due feed brings, all at once; then tag and store it feed by feed, in order."""
    started = utcnow()
    rows = writes.sync_feeds(session, config.feeds)
    enabled = [f for f in config.feeds if f.enabled]
    due = [f for f in enabled if force or schedule.is_due(rows[f.name].next_check_at, started)]
    processes = processes_for(config.settings.parse_processes, len(due))
    async with Fetcher(config.settings) as fetcher, FeedParser(processes) as parser:
        pairs = [(f, rows[f.name]) for f in due]
        arrivals = await gather_arrivals(pairs, fetcher, parser, session, config.settings.min_article_chars)
    ctx = PassContext(config, session, started, tagger)
    ctx.pretag([document_text(e.title, t.text) for a in arrivals for e, t in zip(a.new, a.texts)])
    return [refresh_feed(ctx, f, rows[f.name], arrival) for f, arrival in zip(due, arrivals)], len(enabled) - len(due)


def refresh_feed(ctx: PassContext, config: FeedConfig, feed: Feed, arrival: Arrival) -> FeedReport:
    """One feed's story, never raising for the feed's own faults: they become its counted failure."""
    report = FeedReport(config.name, outcomes=arrival.outcomes, was_failing=feed.error_count > 0)
    try:
        return _refresh(ctx, config, feed, arrival, report)
    except PASS_FAULTS:
        raise  # the pass itself cannot go on: the admin is told at once
    except Exception as exc:
        log.exception("feed %r: unexpected failure", config.name)
        ctx.session.rollback()
        return _failed(ctx, feed, report, InternalError.wrap(exc, f"feed {config.name!r}"))


def _refresh(ctx: PassContext, config: FeedConfig, feed: Feed, arrival: Arrival, report: FeedReport) -> FeedReport:
    """What the feed brought → tags → stored articles, then the feed's new state."""
    assert feed.id is not None
    if (ended := feed_ended(ctx, config, feed, arrival, report)) is not None:
        return ended
    fetched, parsed = arrival.fetched, arrival.parsed
    assert isinstance(fetched, Fetched) and isinstance(parsed, ParsedFeed)
    new, texts = _still_new(ctx, arrival, report)
    documents = [document_text(e.title, t.text) for e, t in zip(new, texts)]
    for entry, text, tags, document in zip(new, texts, ctx.tag(documents), documents):
        if isinstance(tags, MonitorError):
            report.outcomes[report.entry_failed(entry, tags)] += 1
            continue
        report.outcomes[store_article(ctx, feed.id, config, entry, text, tags, document, report)] += 1
    log.info("feed %r: %s", config.name, describe_counts(report.outcomes))
    return record_success(ctx, feed, report, fetched, next_interval(ctx, feed, parsed, fetched, len(arrival.new)))


def feed_ended(
    ctx: PassContext, config: FeedConfig, feed: Feed, arrival: Arrival, report: FeedReport
) -> FeedReport | None:
    """The feed's report when its arrival ends the story before any article (failed, 304, not a feed: recorded on
    the feed); None when it brought a parsed feed, whose warnings are now on the report. Workers share this."""
    fetched, parsed = arrival.fetched, arrival.parsed
    if isinstance(fetched, MonitorError):
        return _failed(ctx, feed, report, fetched)
    if arrival.failure is not None:
        return _failed(ctx, feed, report, arrival.failure, status=fetched.status)
    if fetched.moved_to:
        report.moved_to = fetched.moved_to
        log.warning(
            "feed %r moved permanently to %s; now fetched from there (update feeds.toml)", config.name, fetched.moved_to
        )
    if fetched.not_modified:
        interval = schedule.after_not_modified(ctx.config.settings, _seconds(feed.poll_interval))
        return record_success(ctx, feed, report, fetched, interval, not_modified=True)
    if isinstance(parsed, MonitorError):
        return _failed(ctx, feed, report, _name_feed_links(parsed, fetched), status=fetched.status)
    assert parsed is not None, "a fetched feed body is always parsed"
    report.warning = "; ".join(parsed.warnings) or None
    return None


def _still_new(ctx: PassContext, arrival: Arrival, report: FeedReport) -> tuple[list[Entry], list[ArticleText]]:
    """The arrival's new entries less those an earlier feed of this pass stored meanwhile (the same wire
    story in two feeds), so none is tagged twice; those count as duplicates."""
    if not arrival.new:
        return [], []
    still = {id(e) for e in new_entries(ctx.session, arrival.new, Counter())}
    report.outcomes[Outcome.DUPLICATE] += len(arrival.new) - len(still)
    kept = [(e, t) for e, t in zip(arrival.new, arrival.texts) if id(e) in still]
    return [e for e, _ in kept], [t for _, t in kept]


def next_interval(ctx: PassContext, feed: Feed, parsed: ParsedFeed, fetched: Fetched, new: int) -> timedelta:
    return schedule.after_success(
        ctx.config.settings,
        now=ctx.started,
        published=[e.published_at for e in parsed.entries],
        new_entries=new,
        previous=_seconds(feed.poll_interval),
        hints=[parsed.ttl, fetched.max_age],
    )


def record_success(
    ctx: PassContext, feed: Feed, report: FeedReport, fetched: Fetched, interval: timedelta, not_modified: bool = False
) -> FeedReport:
    assert feed.id is not None
    report.not_modified = not_modified
    report.next_check_at = ctx.started + interval
    # An article that failed to store must come back next pass, so its feed must not answer 304.
    writes.record_feed_success(
        ctx.session,
        feed.id,
        fetched,
        next_check_at=report.next_check_at,
        interval=interval,
        remember=not report.outcomes[Outcome.FAILED],
        warning=report.warning,
        keep_warning=not_modified,
    )
    if report.warning:
        log.warning("feed %r read with warnings: %s", report.name, report.warning)
    return report


def _failed(
    ctx: PassContext, feed: Feed, report: FeedReport, exc: MonitorError, status: int | None = None
) -> FeedReport:
    assert feed.id is not None
    status = getattr(exc, "status", status)
    wait = schedule.after_failure(
        ctx.config.settings, error_count=feed.error_count + 1, retry_after=getattr(exc, "retry_after", None)
    )
    report.next_check_at = ctx.started + wait
    writes.record_feed_failure(
        ctx.session, feed.id, key=exc.key, message=str(exc), status=status, next_check_at=report.next_check_at
    )
    log.warning("feed %r failed (%s): %s; next try %s", report.name, exc.key, exc, report.next_check_at)
    report.error_key, report.error = exc.key, str(exc)
    return report


def _name_feed_links(exc: MonitorError, fetched: Fetched) -> MonitorError:
    """A web page where a feed was expected: say which feeds it links to, so the fix is one copy and paste."""
    if exc.key != "not_a_feed":
        return exc
    links = discover_feeds(fetched.body, fetched.url, content_type=fetched.content_type)
    if not links:
        return exc
    return ParseError(f"{exc}; it links to: {', '.join(link.url for link in links[:3])}", key=exc.key)


def _seconds(value: int | None) -> timedelta | None:
    return timedelta(seconds=value) if value else None


def store_article(
    ctx: PassContext,
    feed_id: int,
    config: FeedConfig,
    entry: Entry,
    text: ArticleText,
    tags: Tags,
    document: str,
    report: FeedReport,
) -> Outcome:
    """The article, with the press releases it picked up, in one transaction; a failure costs this article only."""
    try:
        dated = entry.published_at or text.published_at or utcnow()
        pickups = ctx.releases().check(
            entry.link or entry.url,
            document,
            dated,
            topics={t.id for t in tags.topics},
            people={p.id for p in tags.people},
        )
        return writes.save_article(
            ctx.session,
            feed_id=feed_id,
            entry=entry,
            text=text,
            outlet=_outlet(config, entry),
            tags=tags,
            pickups=pickups,
        )
    except PASS_FAULTS:
        raise
    except MonitorError as exc:
        ctx.session.rollback()
        return report.entry_failed(entry, exc)
    except Exception as exc:
        log.exception("feed %r: storing %s failed unexpectedly", config.name, entry.url)
        ctx.session.rollback()
        return report.entry_failed(entry, InternalError.wrap(exc, "storing the article"))


def _outlet(config: FeedConfig, entry: Entry) -> str:
    """The feed's configured outlet, else an aggregator item's <source>, else the article's own domain."""
    if config.outlet:
        return config.outlet
    if entry.source_outlet:
        return entry.source_outlet
    host = urlsplit(entry.url).hostname or config.name
    return host.removeprefix("www.")
