"""The review site at scale: its pages over an empty store and over one holding 50,000 articles.

Two SQLite databases are made through monitor.store.db.open_database (the real schema, indexes and FTS5
triggers), each in its own spawned process so its memory is its own:

    empty   the feeds and two users, nothing else;
    full    the same, plus N articles (50,000 by default) over the last 90 days from bench/store_rows.py:
            ~20 outlets, ~20% hits with their mentions and quotes, ~10% of hit stories reviewed, wire
            copies sharing a story, 300 hits first stored in the last 24 hours, a cron pass every 15
            minutes (see bench/store_rows.py for the details).

The site is built over each with monitor.web.app.create_app(config) and driven in this process with
fastapi.testclient.TestClient, signed in through the real /login form. Each page is requested a few times
to warm up, then N times (15 by default), alternating empty and full, so both see the same machine; the
figure is the median wall time of a whole request (routing, queries, templates, the body read in full).
The SQL columns count the statements each request ran on the full database and the time spent inside
SQLite (every cursor execute and fetch, per request, median), which tells a slow query from slow Python.

The CSV export streams a chunk per row, and the TestClient adds a cost per chunk; its row also gives the
time to produce the same text in this process with no HTTP in between.

The store is used as monitor leaves it: with the bounded statistics a pass refreshes at its end
(`monitor.store.prune.refresh_statistics`); --analyze runs a full ANALYZE on both databases first.
--explain prints, for one request of each page on the full database, every statement with its time in SQLite
and the query plans of the slowest.
Full-table scans of `article` (~200 MB at 50,000 articles: the text is stored in the row) cost more when
the OS has evicted the file from its cache, so those figures vary more than the others.

    .venv/bin/python bench/web.py [--smoke] [--articles 50000] [--reps 15] [--warmups 2] [--seed 7]
        [--today-hits 300] [--days 90] [--keep DIR [--reuse]] [--analyze] [--explain]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generators.store_files import build, config_for, in_own_process, sign_in, size_on_disk  # noqa: E402

TARGET_MS = 250.0
EXPORT_TARGET_MS = 2000.0  # a download of thousands of rows, not a page: two seconds is the bar


def target_ms(label: str) -> float:
    return EXPORT_TARGET_MS if label.startswith("export") else TARGET_MS


BUILD_STATS = "build.json"


# --- building the databases (each in its own process: bench/generators/store_files.py) ----------------------


def analyze(path: Path) -> float:
    started = time.perf_counter()
    with sqlite3.connect(path) as connection:
        connection.execute("ANALYZE")
    return time.perf_counter() - started


# --- the site ------------------------------------------------------------------------------------------------


class _TimedCursor(sqlite3.Cursor):
    meter: SqlMeter | None = None
    entry: list[Any] | None = None  # [seconds, statement, parameters] of the statement it runs, when kept

    def _timed(self, method: Any, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return method(*args)
        finally:
            took = time.perf_counter() - started
            if self.meter is not None:
                self.meter.seconds += took
            if self.entry is not None:
                self.entry[0] += took

    def execute(self, *args: Any) -> Any:  # type: ignore[override]
        return self._timed(super().execute, *args)

    def fetchone(self) -> Any:
        return self._timed(super().fetchone)

    def fetchmany(self, *args: Any) -> Any:
        return self._timed(super().fetchmany, *args)

    def fetchall(self) -> Any:
        return self._timed(super().fetchall)


class SqlMeter:
    """Statements a site's engine runs, and the time spent in SQLite: each cursor's execute and fetches,
    so a query whose rows are produced while they are fetched is counted in full. The engine is the one
    create_app made; only the DB-API connections it opens get a timing cursor (event "do_connect")."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.count = 0
        self.seconds = 0.0
        self.statements: list[list[Any]] = []  # [seconds in execute + fetches, statement, parameters]
        self.keep = False
        meter = self

        class Cursor(_TimedCursor):
            pass

        Cursor.meter = meter

        class Connection(sqlite3.Connection):
            def cursor(self, factory: Any = Cursor) -> Any:  # type: ignore[override]
                return super().cursor(factory)

        @event.listens_for(engine, "do_connect")
        def _connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
            cparams["factory"] = Connection

        @event.listens_for(engine, "before_cursor_execute")
        def _before(_conn: Any, cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
            meter.count += 1
            entry = [0.0, statement, parameters] if meter.keep else None
            if entry is not None:
                meter.statements.append(entry)
            if isinstance(cursor, _TimedCursor):
                cursor.entry = entry

        engine.dispose()  # connections opened before this (the schema check) reopen with the timing cursor

    def reset(self) -> None:
        self.count, self.seconds, self.statements = 0, 0.0, []


def pages(today: date, outlet: str, article_id: int | None) -> list[tuple[str, str, bool]]:
    """(label, URL, asked for in the brief); the last two are extra."""
    listed = [
        ("Today  /", "/", True),
        ("search /hits?q=detainer&topic=ice", "/hits?q=detainer&topic=ice", True),
        ('phrase /hits?q="Secure Communities"&status=new', "/hits?q=%22Secure+Communities%22&status=new", True),
        (
            "dates+outlet /hits?from&to&outlet",
            f"/hits?from={today - timedelta(days=60)}&to={today - timedelta(days=30)}"
            f"&outlet={outlet.replace(' ', '+')}",
            True,
        ),
        ("trends /trends (90 days)", f"/trends?from={today - timedelta(days=89)}&to={today}", True),
        ("health /health", "/health", True),
        ("export /hits.csv?topic=secure-communities", "/hits.csv?topic=secure-communities", True),
        ("all hits /hits", "/hits", False),
    ]
    if article_id is not None:
        listed.append(("article /articles/{id}", f"/articles/{article_id}", False))
    return listed


def matches(config: Any, engine: Any, url: str) -> str:
    """What the page found, counted with the site's own filter and query (outside the timing)."""
    from urllib.parse import parse_qsl, urlsplit

    from sqlalchemy.orm import Session

    from monitor.store import hits as store_hits
    from monitor.store.types import utcnow
    from monitor.web.filters import FilterParams, to_hit_filter

    parts = urlsplit(url)
    if parts.path not in ("/", "/hits"):
        return ""
    query = dict(parse_qsl(parts.query))
    if parts.path == "/":
        query["after"] = (utcnow() - timedelta(hours=24)).isoformat(timespec="seconds")
    watchlist = config.watchlist
    where, _ = to_hit_filter(
        FilterParams.from_query(query),
        config.settings.time_zone,
        {t.id for t in watchlist.topics},
        {p.id for p in watchlist.people},
        utcnow(),
    )
    with Session(engine) as session:
        found = store_hits.find_hits(session, where, limit=config.settings.web.page_size)
    if found.more:
        return f"more than {found.stories:,} stories"
    return f"{found.articles:,} art. / {found.stories:,} stories"


def csv_without_http(config: Any, engine: Any, url: str, reps: int = 3) -> float:
    """Median ms to produce the export's text in this process, as the route does but with no HTTP in between
    (the route streams a chunk per row, and the TestClient adds its own cost per chunk)."""
    from urllib.parse import parse_qsl, urlsplit

    from sqlalchemy.orm import Session

    from monitor.present.clock import Clock
    from monitor.present.labels import labels
    from monitor.store import hits as store_hits
    from monitor.store.types import utcnow
    from monitor.web.filters import FilterParams, to_hit_filter
    from monitor.web.routes.hits import _csv_lines

    watchlist = config.watchlist
    where, _ = to_hit_filter(
        FilterParams.from_query(dict(parse_qsl(urlsplit(url).query))),
        config.settings.time_zone,
        {t.id for t in watchlist.topics},
        {p.id for p in watchlist.people},
        utcnow(),
    )
    took = []
    for _ in range(reps):
        started = time.perf_counter()
        with Session(engine) as session:
            "".join(
                _csv_lines(
                    store_hits.iter_hits(session, where),
                    Clock(config.settings.time_zone, utcnow()),
                    labels(config.watchlist),
                    config.outlets.tier_of,
                )
            )
        took.append(time.perf_counter() - started)
    return statistics.median(took) * 1000


def csv_rows(body: str) -> int:
    return max(0, sum(1 for _ in csv.reader(io.StringIO(body.lstrip("\ufeff")))) - 1)


def explain(engine: Any, statements: list[list[Any]], top: int = 4) -> None:
    """Every statement of one request with its time in SQLite, and the plans of the slowest."""
    slowest = sorted(statements, key=lambda s: -s[0])[:top]
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        for entry in statements:
            took, statement, parameters = entry
            print(f"    {took * 1000:7.1f} ms  {' '.join(statement.split())[:300]}")
            if entry in slowest and took > 0.002:
                for row in cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall():
                    print(f"                 plan: {row[-1]}")
    finally:
        raw.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000, help="articles in the full database (default 50000)")
    parser.add_argument("--reps", type=int, default=15, help="timed requests per page and database (default 15)")
    parser.add_argument("--warmups", type=int, default=2, help="untimed requests first (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    parser.add_argument("--today-hits", type=int, default=300, help="hits first stored in the last 24 h (default 300)")
    parser.add_argument("--days", type=int, default=90, help="days the articles spread over (default 90)")
    parser.add_argument("--keep", metavar="DIR", help="write the databases here and keep them (default: a temp dir)")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="with --keep: time the databases already in DIR (made by an earlier --keep run) instead of "
        "building them; the Today figures drift as they age",
    )
    parser.add_argument(
        "--analyze", action="store_true", help="run a full ANALYZE on both databases first (a pass runs a bounded one)"
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="print EXPLAIN QUERY PLAN of the slowest statements of each page on the full database",
    )
    parser.add_argument(
        "--smoke", action="store_true", help="500 articles, one request per page: checks it runs, not speed"
    )
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.reps, args.warmups = 500, 1, 0
    os.environ.pop("MONITOR_DATABASE_URL", None)  # would point both sites at the same database

    if args.reuse and not args.keep:
        parser.error("--reuse needs --keep DIR")
    if args.keep:
        base = Path(args.keep).resolve()
        base.mkdir(parents=True, exist_ok=True)
        if args.reuse and not (base / BUILD_STATS).exists():
            parser.error(f"--reuse: no {BUILD_STATS} in {base}; run once with --keep {args.keep} first")
        if not args.reuse:
            for old in list(base.glob("empty.db*")) + list(base.glob("full.db*")) + list(base.glob(BUILD_STATS)):
                old.unlink()
    else:
        base = Path(tempfile.mkdtemp(prefix="monitor-bench-web-"))
    try:
        return run(args, base)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


def run(args: argparse.Namespace, base: Path) -> int:
    load_before = os.getloadavg()[0]
    empty_db, full_db = base / "empty.db", base / "full.db"
    if args.reuse:
        empty_build, full_build = json.loads((base / BUILD_STATS).read_text())
    else:
        empty_build = in_own_process(build, f"sqlite:///{empty_db}", 0, args.seed, args.today_hits, args.days)
        full_build = in_own_process(build, f"sqlite:///{full_db}", args.articles, args.seed, args.today_hits, args.days)
        (base / BUILD_STATS).write_text(json.dumps([empty_build, full_build]))
    analyzed = (analyze(empty_db), analyze(full_db)) if args.analyze else None

    from fastapi.testclient import TestClient
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from bench.generators import store_rows
    from monitor.store.tables import Article, Mention
    from monitor.web.app import create_app

    sites: dict[str, Any] = {}
    for name, db in (("empty", empty_db), ("full", full_db)):
        config = config_for(f"sqlite:///{db}", base / f"config-{name}")
        app = create_app(config)
        meter = SqlMeter(app.state.engine)
        client = TestClient(app, base_url="http://127.0.0.1").__enter__()
        sign_in(client)
        sites[name] = dict(config=config, app=app, meter=meter, client=client)

    engine = sites["full"]["app"].state.engine
    with Session(engine) as session:  # a wire copy that is a hit, for the article page
        article_id = session.execute(
            select(Article.id)
            .where(Article.story_id != Article.id, select(Mention.id).where(Mention.article_id == Article.id).exists())
            .order_by(Article.id.desc())
            .limit(1)
        ).scalar()
    today = datetime.now(UTC).date()
    listed = pages(today, store_rows.OUTLETS[12][0], article_id)

    results = []
    for label, url, asked in listed:
        timings: dict[str, list[float]] = {"empty": [], "full": []}
        sql: list[tuple[int, float]] = []
        bodies: dict[str, str] = {}
        for rep in range(args.warmups + args.reps):
            for name in ("empty", "full"):
                site = sites[name]
                target = url if name == "full" or not url.startswith("/articles/") else "/articles/1"
                site["meter"].reset()
                site["meter"].keep = args.explain and name == "full" and rep == args.warmups
                started = time.perf_counter()
                response = site["client"].get(target)
                took = time.perf_counter() - started
                expected = 404 if target == "/articles/1" and name == "empty" else 200
                if response.status_code != expected:
                    print(f"{label}: {name} answered {response.status_code}\n{response.text[:800]}")
                    return 1
                if rep >= args.warmups:
                    timings[name].append(took)
                    if name == "full":
                        sql.append((site["meter"].count, site["meter"].seconds))
                if rep == args.warmups and name == "full" and args.explain:
                    print(f"\n{label}: {site['meter'].count} statements, slowest:")
                    explain(engine, site["meter"].statements)
                bodies[name] = response.text
        note = matches(sites["full"]["config"], engine, url)
        if url.startswith("/hits.csv"):
            note = (
                f"{csv_rows(bodies['full']):,} rows exported ({csv_rows(bodies['empty'])} from empty); "
                f"{csv_without_http(sites['full']['config'], engine, url):,.0f} ms of it without HTTP"
            )
        if url.startswith("/articles/"):
            note = "a wire copy's page (the empty database answers 404)"
        results.append(
            dict(
                label=label,
                asked=asked,
                empty=statistics.median(timings["empty"]) * 1000,
                full=statistics.median(timings["full"]) * 1000,
                full_max=max(timings["full"]) * 1000,
                queries=statistics.median(q for q, _ in sql),
                sql_ms=statistics.median(s for _, s in sql) * 1000,
                note=note,
                kb=len(bodies["full"].encode()) / 1024,
            )
        )

    for site in sites.values():
        site["client"].__exit__(None, None, None)

    # --- the report ------------------------------------------------------------------------------------------
    fb = full_build
    n = fb["articles"]
    print(
        f"review site at scale: {n:,} stored articles vs an empty store; median of {args.reps} requests after "
        f"{args.warmups} warm-ups, empty and full alternating (fastapi TestClient, in-process)"
    )
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
        f"SQLite {sqlite3.sqlite_version}; "
        f"{'full ANALYZE run first' if analyzed else 'statistics as a pass leaves them'}"
    )
    print(
        f"full store    {n:,} articles in {fb['stories']:,} stories ({fb['wire_stories']:,} wire stories with 2-5 "
        f"copies), {fb['words'] / n:,.0f} words an article ({fb['words_min']}-{fb['words_max']}); "
        f"{fb['hits']:,} hits ({fb['hits'] / n:.1%}), {fb['hits_last_24h']:,} of them in the last 24 h; "
        f"{fb['mentions']:,} mentions, {fb['quotes']:,} quotes ({fb['quotes_watched']:,} by watched people), "
        f"{fb['reviews']:,} reviews ({fb['starred']:,} starred), {fb['runs']:,} runs, {len(store_rows.OUTLETS)} feeds"
    )
    print(
        f"build         {'(reused from an earlier run) ' if args.reuse else ''}full: {fb['build_s']:.1f} s "
        f"({fb['generate_s']:.1f} s generating text and tags, "
        f"{fb['insert_s']:.1f} s inserting with FTS triggers), {size_on_disk(full_db) / 2**20:,.1f} MB on disk, "
        f"builder peak RSS {fb['peak_mb']:.0f} MB; empty: {empty_build['build_s']:.1f} s, "
        f"{size_on_disk(empty_db) / 2**10:,.0f} KB"
    )
    if analyzed:
        print(f"ANALYZE       empty {analyzed[0] * 1000:.0f} ms, full {analyzed[1]:.2f} s")
    print()
    print(
        f"{'page':50} {'empty ms':>9} {'full ms':>9} {'full/empty':>10} {'full max':>9} {'SQL ms':>7} "
        f"{'stmts':>5} {'KB':>6}  found (full)"
    )
    for r in results:
        star = "" if r["asked"] else " (extra)"
        print(
            f"{r['label'] + star:50} {r['empty']:9.1f} {r['full']:9.1f} {r['full'] / r['empty']:9.1f}x "
            f"{r['full_max']:9.1f} {r['sql_ms']:7.1f} {r['queries']:5.0f} {r['kb']:6.0f}  {r['note']}"
        )
    print(
        "SQL ms / stmts: time inside SQLite (cursor execute + fetches) and statements run, per request on the full "
        "database (median); KB: response size"
    )
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS      this process (both sites, all requests): {self_peak:.0f} MB; database builders: "
        f"full {fb['peak_mb']:.0f} MB, empty {empty_build['peak_mb']:.0f} MB"
    )
    if args.keep:
        print(f"kept          {full_db} and {empty_db}")

    print()
    slow = [r for r in results if r["full"] > target_ms(r["label"])]
    for r in slow:
        print(
            f"MISS  {r['label']}: {r['full']:.0f} ms median on the full database "
            f"(target < {target_ms(r['label']):.0f} ms)"
        )
    if not slow:
        pages_only = [r for r in results if not r["label"].startswith("export")]
        slowest = max(pages_only, key=lambda r: r["full"])
        print(
            f"PASS  every page under {TARGET_MS:.0f} ms median on the full database (slowest: {slowest['label']}, "
            f"{slowest['full']:.0f} ms), the CSV export under {EXPORT_TARGET_MS / 1000:.0f} s"
        )
    for row, what in ((results[0], "Today page"), (results[1], "Filtered search")):
        print(
            f"{what} with {n:,} articles: {row['full']:.0f} ms ({row['full'] / row['empty']:.1f}x the empty "
            f"database's {row['empty']:.0f} ms)"
        )
    export = next(r for r in results if r["label"].startswith("export"))
    print(f"CSV export with {n:,} articles: {export['full']:.0f} ms ({export['note']})")  # said whether it passed
    return 0


if __name__ == "__main__":
    sys.exit(main())
