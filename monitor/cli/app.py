"""The `monitor` command line: each command parses its options, calls one function, prints the result.

Exit codes: 0 done; 1 could not run (configuration, model, database); 2 wrong usage;
75 another `monitor run` is in progress (EX_TEMPFAIL: cron will simply try again next time).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.text import Text

from .. import __version__
from ..config import Config, default_config_dir, load_config, load_settings, load_watchlist
from ..config.timespec import parse_since, parse_span
from ..errors import AlreadyRunning, MonitorError
from ..present.labels import labels as watched_names
from ..store.audit import command_line_actor
from ..store.tables import Role
from . import output
from .logs import log_trouble, setup_logging, setup_stderr

app = typer.Typer(
    help="Media-mention monitor: news feeds in, tagged hits out.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,
)
err = Console(stderr=True, soft_wrap=True)  # one message, one line: cron mail and logs read it whole
T = TypeVar("T")

ConfigDir = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="Config folder (default: $MONITOR_CONFIG_DIR or ./config).", show_default=False
    ),
]


def _print_version(value: bool) -> None:
    if value:
        print(__version__)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Media-mention monitor: news feeds in, tagged hits out."""
    setup_stderr()


@app.command()
def run(
    config_dir: ConfigDir = None,
    feeds: Annotated[
        Path | None, typer.Option(help="Use this feeds file instead of the config folder's feeds.toml.")
    ] = None,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Print only feeds that need the admin (failing or moved), as 80-column plain text; "
            "say nothing when another pass is running (exit 75). For cron, which mails any output.",
        ),
    ] = False,
    all_feeds: Annotated[
        bool, typer.Option("--all", help="Fetch every enabled feed now, even those not yet due.")
    ] = False,
) -> None:
    """Run one pass over the feeds that are due: fetch, tag, store. What cron runs.

    Each feed is due by its own schedule: busy feeds every pass, quiet ones less often, failing ones
    with growing waits (never dropped). A failing feed is recorded and the pass goes on. A second pass
    started while one runs exits at once (code 75).

    Example: monitor run --config config
    """
    from ..pipeline import run_pass

    config = _load(lambda: load_config(config_dir, feeds_file=feeds))
    output.print_run(_locked(config, lambda: run_pass(config, force=all_feeds), quiet=quiet), quiet=quiet)


@app.command()
def worker(
    config_dir: ConfigDir = None,
    concurrency: Annotated[
        int, typer.Option(min=1, max=64, help="Jobs at a time: fetches and page reads wait on the network together.")
    ] = 4,
    until_idle: Annotated[
        bool, typer.Option("--until-idle", help="Stop once no job waits or runs (otherwise: until SIGTERM/Ctrl-C).")
    ] = False,
) -> None:
    """Run queued jobs (PostgreSQL only): feed fetches, article pages, tagging. Start any number, on any
    machines that share the database; one per core tags on every core.

    Example: monitor worker --config config
    """
    from ..jobs import queue_url

    config = _load(lambda: load_config(config_dir))
    url = _load(lambda: queue_url(config.settings.database_url, "worker"))
    from ..jobs.worker import run_worker

    def work() -> None:
        setup_logging(config.settings, also=("procrastinate",))  # a job that failed or will be retried, and why
        logging.getLogger("procrastinate").setLevel(logging.WARNING)  # not a line for each job done
        run_worker(config, url, concurrency=concurrency, until_idle=until_idle)

    _locked(config, work)


@app.command()
def schedule(
    config_dir: ConfigDir = None,
    every: Annotated[
        int | None,
        typer.Option(min=1, help="Keep going: queue the due feeds every this many minutes.", show_default=False),
    ] = None,
    all_feeds: Annotated[
        bool, typer.Option("--all", help="Queue every enabled feed now, even those not yet due.")
    ] = False,
) -> None:
    """Queue one fetch job per due feed for `monitor worker` (PostgreSQL only); a feed already queued is not
    queued twice. Feeds come from the database: `monitor feeds sync` brings feeds.toml there.

    Example: monitor schedule --config config
    """
    import asyncio
    import time

    from ..jobs import queue_url

    config = _load(lambda: load_config(config_dir))
    url = _load(lambda: queue_url(config.settings.database_url, "schedule"))
    from ..jobs.queue import schedule_due

    while True:
        done = _locked(config, lambda: asyncio.run(schedule_due(config.settings, url, force=all_feeds)))
        print(f"{done.queued} feed(s) queued, {done.waiting} already waiting, {done.not_due} not due.", flush=True)
        if not (done.queued or done.waiting or done.not_due):
            print("No enabled feed in the database: `monitor feeds sync` brings feeds.toml there.", flush=True)
        if every is None:
            return
        time.sleep(every * 60)


@app.command()
def tag(
    files: Annotated[list[Path] | None, typer.Argument(help="Text files to tag; each file's id is its path.")] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help='Read lines of {"id": ..., "text": ...} from standard input.')
    ] = False,
    all_quotes: Annotated[
        bool,
        typer.Option(
            "--all-quotes",
            help="Every quote of every document; without it, quotes "
            "come only with documents that mention something "
            "watched, as a pass stores them.",
        ),
    ] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Tag text and print one JSON object per document: topics, people and quotes with speakers.

    Offsets are character offsets into each input text. Needs no database and no feeds.

    Example: echo '{"id": 1, "text": "ICE agents detained him, officials said."}' | monitor tag --jsonl
    """
    from ..records import Tags
    from ..tag import Tagger, tags_to_json

    directory = config_dir or default_config_dir()
    settings = _load(lambda: load_settings(directory))
    tagger = _load(lambda: Tagger(load_watchlist(directory / "watchlist.toml"), settings.spacy_model))
    problems = 0
    for doc_id, text, problem in _documents(files or [], jsonl):
        if problem:
            err.print(Text(problem, style="red"))
            problems += 1
            continue
        found = tagger.tag(text)
        if not all_quotes and not found.is_hit:
            found = Tags(topics=found.topics, people=found.people)  # what a pass would store: no quotes
        print(json.dumps(tags_to_json(doc_id, found), ensure_ascii=False), flush=True)
    if problems:
        raise typer.Exit(1)


def _documents(files: list[Path], jsonl: bool) -> Iterator[tuple[Any, str, str | None]]:
    """(id, text, problem) for each input; a bad file or line is reported and the rest go on."""
    for path in files:
        try:
            yield str(path), path.read_text(encoding="utf-8"), None
        except (OSError, UnicodeDecodeError) as exc:
            yield str(path), "", f"{path}: cannot read: {exc}"
    if jsonl:
        for number, line in enumerate(sys.stdin, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield record["id"], str(record["text"]), None
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                yield None, "", f'stdin line {number}: expected {{"id": ..., "text": ...}}: {exc!r}'


@app.command()
def hits(
    since: Annotated[str, typer.Option(help="How far back: 24h, 3d, 2w, 90m, or a date like 2026-11-01.")] = "24h",
    format: Annotated[output.Format, typer.Option("--format", "-f", help="table, csv or json.")] = output.Format.TABLE,
    config_dir: ConfigDir = None,
) -> None:
    """List the hits (articles mentioning a watched topic or person) first seen since a time.

    Example: monitor hits --since 3d --format csv > hits.csv
    """
    from ..store.reads import hits_since

    start = _since(since)
    directory = config_dir or default_config_dir()
    settings = _load(lambda: load_settings(directory))
    labels = _load(lambda: watched_names(load_watchlist(directory / "watchlist.toml")))
    with _database(settings.database_url, "read") as session:
        output.print_hits(hits_since(session, start), format, since=since, labels=labels)


@app.command()
def reanalyze(
    since: Annotated[
        str | None,
        typer.Option(
            help="Only articles first seen since: 24h, 3d, 2w, or a date like 2026-11-01 (default: all).",
            show_default=False,
        ),
    ] = None,
    config_dir: ConfigDir = None,
) -> None:
    """Re-tag stored articles with the current watchlist: after adding a topic, a person or a rule.

    Old mentions and quotes are replaced; reviewers' decisions are kept.

    Example: monitor reanalyze --since 2026-11-01
    """
    from ..pipeline.reanalyze import reanalyze as run_reanalyze

    start = _since(since) if since else None
    config = _load(lambda: load_config(config_dir))
    output.print_reanalyze(_locked(config, lambda: run_reanalyze(config, since=start)))


# `monitor feeds` alone shows feed health (what cron's admin checks); its subcommands edit feeds.toml.
feeds_app = typer.Typer(invoke_without_command=True, no_args_is_help=False, rich_markup_mode="rich")
app.add_typer(feeds_app, name="feeds")


@feeds_app.callback()
def feeds(ctx: typer.Context, config_dir: ConfigDir = None) -> None:
    """Show each feed's last status, error and article count, and how the last run ended.

    The commands below add a feed (from its URL or a page linking to it), import an OPML subscription
    list, or export feeds.toml as OPML.

    Example: monitor feeds
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..store.reads import feed_health, last_run

    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url, "read") as session:
        output.print_feeds(feed_health(session), last_run(session))


@feeds_app.command("sync")
def feeds_sync(ctx: typer.Context, config_dir: ConfigDir = None) -> None:
    """Bring feeds.toml to the database for workers: new feeds added, changed ones updated, unlisted ones paused.
    `monitor run` does this itself on each pass; workers never do (run it after editing feeds.toml).

    Example: monitor feeds sync
    """
    from ..pipeline.steps import sync_feeds

    config = _load(lambda: load_config(_feeds_dir(ctx, config_dir)))
    synced = _locked(config, lambda: sync_feeds(config))
    print(f"{synced.listed} feed(s) in feeds.toml; {len(synced.added)} added, {len(synced.paused)} paused.")
    for name in synced.paused:
        print(f"  paused: {name}")


@feeds_app.command("add")
def feeds_add(
    ctx: typer.Context,
    url: Annotated[
        str, typer.Argument(help="The feed's URL, or a web page that links to its feed.", show_default=False)
    ],
    name: Annotated[
        str | None, typer.Option(help="Name shown in reports (default: the feed's own title).", show_default=False)
    ] = None,
    outlet: Annotated[
        str | None, typer.Option(help="Publication name (default: each article's own domain).", show_default=False)
    ] = None,
    full_text: Annotated[
        bool, typer.Option("--full-text", help="Also fetch each new article's page for its full text.")
    ] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Add a feed to feeds.toml, given its URL or a page that links to it (the first working feed is taken).

    A URL already in feeds.toml is refused. The file's comments and layout are kept.

    Example: monitor feeds add https://www.example.org/immigration/ --outlet "Example Post" --full-text
    """
    import asyncio

    from ..config import FeedConfig
    from ..subscriptions.feeds_file import add_feeds, listed_as
    from ..subscriptions.find_feed import find_feed, typed_url

    if name is not None and not name.strip():
        raise typer.BadParameter("must not be empty", param_hint="--name")
    directory = _feeds_dir(ctx, config_dir)
    config = _load(lambda: load_config(directory))
    path = directory / "feeds.toml"
    url = typed_url(url)
    if listed := _load(lambda: listed_as(path, url)):
        _fail(f"{url} is already in {path} as {listed!r}")
    if name is not None and name in {feed.name for feed in config.feeds}:
        _fail(f"{path}: a feed named {name!r} is already listed; choose another --name")
    try:
        found = asyncio.run(find_feed(config.settings, url))
    except MonitorError as exc:
        _fail(str(exc))
    output.print_found(found)
    title = " ".join(found.title.split()) or found.url
    feed = FeedConfig(name=name or title, url=found.url, outlet=outlet, full_text=full_text)
    result = _load(lambda: add_feeds(path, [feed]))
    if result.present:
        _fail(f"{found.url} is already in {path} as {result.present[0][1]!r}")
    output.print_added(result.added[0], path)
    _audit_feeds(config.settings.database_url, [(result.added[0].name, result.added[0].url)])


@feeds_app.command("import")
def feeds_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="An OPML file, as feed readers export.", show_default=False)],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be added; change nothing.")] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Add the feeds of an OPML subscription list to feeds.toml; folders and categories become tags.

    Feeds already listed are reported and left as they are; outlines that are not feeds are skipped
    with the reason. Everything new is added in one write, keeping the file's comments.

    Example: monitor feeds import subscriptions.opml --dry-run
    """
    from ..subscriptions.feeds_file import add_feeds
    from ..subscriptions.opml import read_opml

    directory = _feeds_dir(ctx, config_dir)
    config = _load(lambda: load_config(directory))
    try:
        data = file.read_bytes()
    except OSError as exc:
        _fail(f"{file}: cannot read: {exc.strerror or exc}")
    subscriptions = _load(lambda: read_opml(data, str(file)))
    usable = [s.as_feed() for s in subscriptions if s.problem is None]
    skipped = [s for s in subscriptions if s.problem is not None]
    result = _load(lambda: add_feeds(directory / "feeds.toml", usable, dry_run=dry_run))
    output.print_import(result, skipped, source=str(file), dry_run=dry_run)
    if not dry_run:
        _audit_feeds(config.settings.database_url, [(f.name, f"{f.url}, imported from {file}") for f in result.added])


@feeds_app.command("export")
def feeds_export(
    ctx: typer.Context,
    config_dir: ConfigDir = None,
    out: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of standard output.", show_default=False),
    ] = None,
) -> None:
    """Write feeds.toml's feeds as OPML 2.0, for any feed reader to import; tags become categories.

    Example: monitor feeds export -o subscriptions.opml
    """
    from ..subscriptions.feeds_file import read_feeds
    from ..subscriptions.opml import write_opml

    directory = _feeds_dir(ctx, config_dir)
    _load(lambda: load_config(directory))
    path = directory / "feeds.toml"
    listed = _load(lambda: read_feeds(path))
    document = write_opml(listed, title="monitor feeds")
    if out is None:
        sys.stdout.write(document)
        return
    try:
        out.write_text(document, encoding="utf-8")
    except OSError as exc:
        _fail(f"{out}: cannot write: {exc.strerror or exc}")
    err.print(f"Wrote {len(listed)} feeds to {out}.", markup=False, highlight=False)


@app.command()
def serve(
    config_dir: ConfigDir = None,
    host: Annotated[
        str | None, typer.Option(help="Address to listen on (default: settings, 127.0.0.1).", show_default=False)
    ] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: settings, 8000).", show_default=False)] = None,
) -> None:
    """Serve the review site: Today's hits to triage, search and CSV export, trends, feed health.

    It listens on 127.0.0.1 unless told otherwise; to let colleagues in, put it behind an HTTPS proxy
    and set secure_cookies in settings.toml. Create accounts first with `monitor users add NAME`.

    Example: monitor serve --port 8080
    """
    from ..web.server import serve as run_server

    config = _load(lambda: load_config(config_dir))
    web = config.settings.web
    host, port = host or web.host, port or web.port
    if host not in ("127.0.0.1", "localhost", "::1") and not web.secure_cookies:
        err.print(
            Text(
                f"warning: serving on {host} without secure_cookies: passwords and sessions cross the "
                "network in clear unless an HTTPS proxy is in front",
                style="yellow",
            )
        )
    with _database(config.settings.database_url, "read") as session:
        from ..store.reads import list_users

        if not list_users(session):
            err.print(
                Text("note: nobody can sign in yet; create an account with: monitor users add NAME", style="yellow")
            )
    err.print(Text(f"Review site on http://{host}:{port}/  (Ctrl-C stops it)"))
    _load(lambda: setup_logging(config.settings, also=("uvicorn",), console=True))  # the passes' log, and here
    run_server(config, host=host, port=port)


@app.command()
def digest(
    since: Annotated[
        str | None,
        typer.Option(
            help="Cover hits stored since: 24h, 3d, or a date (default: where the "
            "last digest sent ended, or the last 24 hours).",
            show_default=False,
        ),
    ] = None,
    to: Annotated[list[str], typer.Option("--to", help="Recipient (repeatable; default: [settings.mail] to).")] = [],  # noqa: B006
    dry_run: Annotated[
        Path | None,
        typer.Option(
            "--dry-run", help="Write the .eml and .html to this folder instead of sending.", show_default=False
        ),
    ] = None,
    config_dir: ConfigDir = None,
) -> None:
    """Email the day's hits, grouped by topic, with spikes and feeds that need a look. What cron runs each
    morning. Each item is sent once; a failed send is reported with the server's reply and its items wait
    for the next digest.

    Example: monitor digest --to comms@example.org
    """
    from ..digest.job import run_digest

    start = _since(since) if since else None
    config = _load(lambda: load_config(config_dir))
    _load(lambda: setup_logging(config.settings))
    found = _load(lambda: run_digest(config, since=start, to=to, dry_run=dry_run))
    for earlier in found.unconfirmed:
        err.print(
            f"warning: digest {earlier.digest_id} ({earlier.articles} articles since {earlier.since:%Y-%m-%d %H:%M} "
            f"UTC) was handed to the mail server but its delivery was never recorded; its hits are not sent again. "
            f"Look for Message-ID {earlier.message_id} in the recipients' mail; if it is missing, "
            f"`monitor hits --since {earlier.since:%Y-%m-%d}` lists them.",
            markup=False,
            highlight=False,
        )
    for again in found.resent:
        said = f"still refused: {again.error}; tried again at the next digest" if again.error else "delivered"
        err.print(f"digest {again.digest_id} to {again.address}, refused before: {said}", markup=False, highlight=False)
    if found.refused:
        refused = "; ".join(f"{address}: {reply}" for address, reply in found.refused.items())
        err.print(
            f"warning: the mail server refused some recipients ({refused}); the others got the digest, and these "
            "get it with the next one",
            markup=False,
            highlight=False,
        )
    for spike in found.spikes:
        print(f"Spike: {spike.topic}: {spike.count} articles in 24 h (about {spike.mean:.1f} a day before)")
    if found.status == "empty":
        print(f"Nothing new since {found.since:%Y-%m-%d %H:%M} UTC: no digest sent.")
    elif found.status == "dry_run":
        print(
            f"Digest of {found.stories} stories ({found.articles} articles) written to "
            + " and ".join(str(f) for f in found.files)
        )
    else:
        delivered = [address for address in found.recipients if address not in found.refused]
        print(f"Sent the digest of {found.stories} stories ({found.articles} articles) to {', '.join(delivered)}.")


@app.command()
def backup(
    file: Annotated[Path, typer.Argument(help="Where to write the copy (a new file).", show_default=False)],
    config_dir: ConfigDir = None,
) -> None:
    """Copy the database to FILE, safely while a pass or the review site is using it (SQLite's online
    backup: one consistent snapshot, checked before it is put in place). For PostgreSQL: pg_dump.

    Example: monitor backup /var/backups/monitor-$(date +%F).db
    """
    from ..store.backup import backup as copy_database

    config = _load(lambda: load_config(config_dir))
    copied = _locked(config, lambda: copy_database(config.settings.database_url, file))
    print(f"Backed up {copied.articles} articles and {copied.runs} passes to {copied.path} ({copied.size:,} bytes).")


@app.command()
def prune(
    older_than: Annotated[
        str | None,
        typer.Option(
            "--older-than",
            help="Delete articles first stored longer ago than this (365d, 52w); default: `retention` in settings.",
            show_default=False,
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Only say what would be deleted.")] = False,
    include_reviewed: Annotated[
        bool, typer.Option("--include-reviewed", help="Delete reviewed articles too (verdict, star, note or label).")
    ] = False,
    include_matched: Annotated[
        bool, typer.Option("--include-matched", help="Delete articles that picked up a press release too.")
    ] = False,
    include_digested: Annotated[
        bool, typer.Option("--include-digested", help="Delete articles a digest sent too.")
    ] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Delete old articles with their mentions, quotes and search entries, keeping reviewed, release-matched and
    digested ones unless told. A deleted article's address is remembered, so a feed still carrying it does not
    bring it back as new. No pass runs meanwhile (exit 75 if one is running).

    Example: monitor prune --older-than 365d --dry-run
    """
    from ..pipeline.lock import run_lock
    from ..store import prune as store_prune

    config = _load(lambda: load_config(config_dir))
    span = config.settings.retention if older_than is None else _span_option(older_than)
    if span is None:
        _fail("monitor prune: say how old with --older-than 365d, or set `retention` in settings.toml")
    keep = store_prune.Keep(not include_reviewed, not include_matched, not include_digested)

    def work() -> Any:
        with run_lock(config.settings.lock_file), _database(config.settings.database_url, "write") as session:
            report = store_prune.prune(session, datetime.now(UTC) - span, keep, dry_run=dry_run)
            if report.articles and not dry_run:
                store_prune.refresh_statistics(session, after_prune=True)
            return report

    said = store_prune.describe(_locked(config, work))
    logging.getLogger("monitor.cli").info("prune: %s", said)
    print(f"{said[0].upper()}{said[1:]}.")


def _span_option(value: str) -> timedelta:
    try:
        return parse_span(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--older-than") from None


@app.command()
def restore(
    file: Annotated[Path, typer.Argument(help="A file made by `monitor backup`.", show_default=False)],
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation (for scripts).")] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Replace the database with a backup made by `monitor backup`. The backup is checked first; no pass runs
    meanwhile (exit 75 if one is running). Stop `monitor serve` first, and start it again after.

    Example: monitor restore /var/backups/monitor-2026-12-01.db
    """
    from ..pipeline.lock import run_lock
    from ..store.backup import restore as restore_database

    config = _load(lambda: load_config(config_dir))
    if not yes and not typer.confirm(f"Replace the database at {config.settings.database_url} with {file}?"):
        raise typer.Exit(1)

    def work() -> Any:
        with run_lock(config.settings.lock_file):
            return restore_database(config.settings.database_url, file)

    copied = _locked(config, work)
    print(f"Restored {copied.articles} articles and {copied.runs} passes from {file}.")


db_app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="The database itself: create it, bring it up to this version.\n\nExample: monitor db upgrade",
)
app.add_typer(db_app, name="db")


@db_app.command("init")
def db_init(config_dir: ConfigDir = None) -> None:
    """Create the database (and its folder) from settings.toml's database_url; an existing one is brought up
    to date. `monitor run` does the same on its first pass.

    Example: monitor db init
    """
    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url, "create"):
        pass
    _job_queue(settings.database_url)
    print(f"The database at {settings.database_url} is ready.")


@db_app.command("upgrade")
def db_upgrade(config_dir: ConfigDir = None) -> None:
    """Bring the database up to this version's tables after an upgrade (what `monitor run` also does); says
    what changed. Take a backup first.

    Example: monitor db upgrade
    """
    from ..store.db import upgrade_database

    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    changes = _load(lambda: upgrade_database(settings.database_url)) + _job_queue(settings.database_url)
    for change in changes:
        print(change)
    print("The database is up to date." if not changes else f"{len(changes)} change(s) made.")


def _job_queue(url: str) -> list[str]:
    """On PostgreSQL with the `postgres` extra, the job queue's tables for `monitor worker` (made once)."""
    import asyncio

    from ..jobs import queue_url

    try:
        address = queue_url(url, "db upgrade")
        from ..jobs.queue import ready_schema
    except (MonitorError, ImportError):
        return []  # SQLite, or no procrastinate: `monitor run` from cron needs no queue
    from ..store.db import migrating

    def ready() -> str | None:
        with migrating(url):
            return asyncio.run(ready_schema(address))

    made = _load(ready)
    return [made] if made else []


alerts_app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Instant alerts (config/alerts.toml): each pass sends them for what it stored.\n\n"
    "Example: monitor alerts test tramonte-quoted",
)
app.add_typer(alerts_app, name="alerts")


@alerts_app.command("test")
def alerts_test(
    rule: Annotated[str, typer.Argument(help="The rule's id in alerts.toml.", show_default=False)],
    config_dir: ConfigDir = None,
) -> None:
    """Send a sample alert of RULE to each of its channels now (quiet hours or not; nothing is recorded), to
    check that the mail server or webhook takes it. Exit code 1 if any channel failed.

    Example: monitor alerts test tramonte-quoted
    """
    from ..pipeline.alerts import send_sample

    config = _load(lambda: load_config(config_dir))
    _load(lambda: setup_logging(config.settings))
    results = _load(lambda: send_sample(config, rule))
    for result in results:
        if result.error:
            err.print(Text.assemble(("failed: ", "red"), f"{result.channel} ({result.to}): {result.error}"))
        else:
            print(f"sent: {result.channel} ({result.to})")
    if any(result.error for result in results):
        raise typer.Exit(1)


release_app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Press releases: add one, see who picked it up, check texts against it.\n\n"
    "Example: monitor release add data/samples/press-release.txt "
    "--published 2026-11-04T09:00",
)
app.add_typer(release_app, name="release")


@release_app.command("add")
def release_add(
    source: Annotated[str, typer.Argument(help="The release: a text file, or its web address.")],
    title: Annotated[str | None, typer.Option(help="Title (default: its headline).", show_default=False)] = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="When it went out, e.g. 2026-11-04T09:00 (UTC unless a zone is given; default: now).",
            show_default=False,
        ),
    ] = None,
    home: Annotated[
        list[str], typer.Option("--home", help="The organisation's own site (repeatable): never counted as a pickup.")
    ] = [],  # noqa: B006
    window: Annotated[int, typer.Option(help="Days after publication that articles are checked.", min=1)] = 30,
    config_dir: ConfigDir = None,
) -> None:
    """Add a press release: its quotes, speakers and distinctive text are fingerprinted once, and every
    article stored from now on within its window is checked against it.

    Example: monitor release add release.txt --published 2026-11-04T09:00 --home americasvoice.org
    """
    from ..pipeline.release_pickup import add_release

    moment = _moment(published) if published else None
    config = _load(lambda: load_config(config_dir))
    added = _load(
        lambda: add_release(
            config, source, title=title, published=moment, homes=home, window_days=window, actor=command_line_actor()
        )
    )
    output.print_release_added(added)


@release_app.command("list")
def release_list(config_dir: ConfigDir = None) -> None:
    """The releases with their pickups so far.

    Example: monitor release list
    """
    from ..pipeline.release_pickup import releases

    config = _load(lambda: load_config(config_dir))
    output.print_releases(_load(lambda: releases(config)))


@release_app.command("rescan")
def release_rescan(release_id: int, config_dir: ConfigDir = None) -> None:
    """Check the articles already stored within the release's window against it (after adding a release
    late, or after changing the wire list).

    Example: monitor release rescan 3
    """
    from ..pipeline.release_pickup import rescan

    config = _load(lambda: load_config(config_dir))
    found = _locked(config, lambda: rescan(config, release_id))
    matched = ", ".join(f"{kind} {n}" for kind, n in sorted(found.matched.items())) or "no pickups"
    print(f"Release {release_id}: checked {found.checked} stored articles; {matched}.")


@release_app.command("report")
def release_report(
    release_id: int,
    format: Annotated[str, typer.Option("--format", "-f", help="text, html, csv or json.")] = "text",
    config_dir: ConfigDir = None,
) -> None:
    """Who picked the release up, how fast, and which quotes ran (verbatim or altered).

    Example: monitor release report 3 --format html > pickup.html
    """
    from ..pickup import report as reports
    from ..pipeline.release_pickup import release_report as build

    if format not in ("text", "html", "csv", "json"):
        raise typer.BadParameter("use text, html, csv or json", param_hint="--format")
    config = _load(lambda: load_config(config_dir))
    found = _load(lambda: build(config, release_id))
    if format == "html":
        from ..web.reports import standalone_report

        sys.stdout.write(standalone_report(found, config.settings.time_zone))
    else:
        sys.stdout.write({"text": reports.as_text, "csv": reports.as_csv, "json": reports.as_json}[format](found))


@release_app.command("match")
def release_match(
    release_file: Annotated[str, typer.Argument(help="The release, as a text file.")],
    files: Annotated[
        list[Path] | None, typer.Argument(help="Documents to check (default: --jsonl on stdin).", show_default=False)
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read {"id": ..., "text": ...} lines from stdin.')] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Check texts against a release, no database needed: one JSON line per document,
    {"id", "match": verbatim|partial|quote|mention|none, "reuse", "quotes": [{"index", "verbatim", "altered"}]}.

    Example: monitor release match release.txt story1.txt story2.txt
    """
    from ..pipeline.release_pickup import match_documents

    config = _load(lambda: load_config(config_dir))

    def readable() -> Iterator[tuple[Any, str]]:
        for doc_id, text, problem in _documents(files or [], jsonl):
            if problem:
                err.print(Text(problem, style="red"), highlight=False)
            else:
                yield doc_id, text

    for line in _load(lambda: match_documents(config, release_file, readable())):
        print(json.dumps(line, ensure_ascii=False))
        sys.stdout.flush()


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a time like 2026-11-04T09:00", param_hint="--published") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


users_app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    help="Accounts for the review site: add, list, change a password, remove.\n\nExample: monitor users add ana",
)
app.add_typer(users_app, name="users")
PasswordStdin = Annotated[
    bool, typer.Option("--password-stdin", help="Read the password from standard input (for scripts).")
]


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="The name the person signs in with.")],
    role: Annotated[
        str | None,
        typer.Option(
            help="viewer (read and triage), editor (also releases, watchlist, labels) or admin (also accounts, "
            "feeds, settings). Default: admin for the first account, viewer after.",
            show_default=False,
        ),
    ] = None,
    password_stdin: PasswordStdin = False,
    config_dir: ConfigDir = None,
) -> None:
    """Create a review-site account with a role; asks for the password twice (at least 10 characters).

    Example: monitor users add ana --role editor
    """
    from ..store import writes
    from ..store.reads import list_users
    from ..web.accounts import check_name

    name = _load(lambda: check_name(name.strip()))
    wanted = _role(role) if role is not None else None
    password_hash = _new_password_hash(password_stdin)
    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url, "write") as session:
        if wanted is None:
            wanted = Role.ADMIN if not list_users(session) else Role.VIEWER
        _load(lambda: writes.add_user(session, name, password_hash, wanted, actor=command_line_actor()))
    print(f"Added {name} ({wanted.value}). They can sign in at the review site (monitor serve).")


@users_app.command("role")
def users_role(
    name: Annotated[str, typer.Argument(help="The account's name.")],
    role: Annotated[str, typer.Argument(help="viewer, editor or admin.", show_default=False)],
    config_dir: ConfigDir = None,
) -> None:
    """Give an account another role (recorded in the audit trail); the last admin cannot be demoted.

    Example: monitor users role ben editor
    """
    from ..store import writes

    wanted = _role(role)
    with _user(name, config_dir) as (session, user):
        changed = _load(lambda: writes.set_role(session, user, wanted, actor=command_line_actor()))
    print(f"{name} is now {wanted.value}." if changed else f"{name} was already {wanted.value}.")


@users_app.command("password")
def users_password(name: str, password_stdin: PasswordStdin = False, config_dir: ConfigDir = None) -> None:
    """Set a new password; every browser signed in as the user is signed out.

    Example: monitor users password ana
    """
    from ..store import writes

    password_hash = _new_password_hash(password_stdin)
    with _user(name, config_dir) as (session, user):
        writes.set_password(session, user.id, password_hash, sign_out=True, actor=command_line_actor())
    print(f"Changed the password of {name}; their sessions are signed out.")


@users_app.command("remove")
def users_remove(name: str, config_dir: ConfigDir = None) -> None:
    """Delete an account and sign it out everywhere; the decisions it made keep its name.

    Example: monitor users remove ana
    """
    from ..store import writes

    with _user(name, config_dir) as (session, user):
        _load(lambda: writes.remove_user(session, user.id, actor=command_line_actor()))
    print(f"Removed {name}.")


def _role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a role: use viewer, editor or admin", param_hint="ROLE") from None


@users_app.command("list")
def users_list(config_dir: ConfigDir = None) -> None:
    """List the accounts and when each was last seen.

    Example: monitor users list
    """
    from ..store.reads import list_users

    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url, "read") as session:
        output.print_users(list_users(session))


@contextmanager
def _user(name: str, config_dir: Path | None) -> Iterator[tuple[Any, Any]]:
    from ..store.reads import user_named

    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url, "write") as session:
        user = user_named(session, name)
        if user is None:
            _fail(f"no user called {name!r} (see: monitor users list)")
        yield session, user


def _new_password_hash(from_stdin: bool) -> str:
    from ..web.accounts import hash_password

    if from_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return _load(lambda: hash_password(password))


def _audit_feeds(url: str, added: list[tuple[str, str]]) -> None:
    """Record feeds added from the command line in the audit trail; a database not there yet (feeds are set up
    before the first pass) is said in one line, and the feeds stay added."""
    from ..store import Access, audit, connect

    if not added:
        return
    try:
        with connect(url, Access.EXISTING) as session:
            for name, summary in added:
                audit.note(session, command_line_actor(), "feed.add", name, summary)
            session.commit()
    except MonitorError as exc:
        err.print(f"note: not recorded in the audit trail: {exc}", markup=False, highlight=False)


def _feeds_dir(ctx: typer.Context, config_dir: Path | None) -> Path:
    """`--config` given to the subcommand, else to `monitor feeds` itself, else the default."""
    parent = ctx.parent.params.get("config_dir") if ctx.parent else None
    return config_dir or parent or default_config_dir()


@contextmanager
def _database(url: str, access: str) -> Iterator[Any]:
    """A session for a command: "read" ones need the database to exist and be up to date, and change nothing."""
    from ..store import Access, connect

    try:
        with connect(url, Access(access)) as session:
            yield session
    except MonitorError as exc:
        _fail(str(exc))


def _since(value: str) -> datetime:
    try:
        return parse_since(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from None


def _locked(config: Config, work: Callable[[], T], *, quiet: bool = False) -> T:
    """Run a job that holds the run lock and writes the log: exit 75 if a pass holds the lock (said on the
    terminal, only logged with quiet: cron mails any output, and an overlap is no trouble), 1 on failure."""
    try:
        setup_logging(config.settings)
        return work()
    except AlreadyRunning as exc:
        logging.getLogger("monitor.cli").info("%s (exit 75)", exc)
        if not quiet:
            err.print(Text(str(exc), style="yellow"))
        raise typer.Exit(75) from None
    except MonitorError as exc:
        _fail(str(exc))


def _load(thunk: Any) -> Any:
    try:
        return thunk()
    except MonitorError as exc:
        _fail(str(exc))


def _fail(message: str) -> NoReturn:
    """Exit 1 with the message as plain text: it names files, feeds and URLs, which may contain "["."""
    if trouble := log_trouble():
        message = f"{message} ({trouble})"
    err.print(Text.assemble(("error: ", "red"), message), highlight=False)
    raise typer.Exit(1)
