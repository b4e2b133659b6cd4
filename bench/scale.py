"""Reads that do not grow with history: the review site's pages over a quarter's articles and over a year's.

One generated, seeded history of N articles (200,000 by default) over `--days` days (365), from
bench/generators/store_rows.py (the generator bench/web.py uses: outlets, wire copies, hits with mentions and
quotes, reviews, 300 hits in the last 24 hours, a pass every 15 minutes), is written into one database in two
steps, and the pages are timed after each:

    step 1  the newest --first articles (50,000: about the last 91 days), the feeds, the passes of the whole
            year, two users and one press release out 20 days ago with its pickups;
    step 2  the older articles, which make the year (the same ids, text and tags as if written at once).

So the second measurement sees exactly the first one's recent articles plus nine months more history: what a
page costs beyond that is what it pays for history. Each step ends as a pass would: the outlet menu listed and
the planner's statistics refreshed (`monitor.store.prune.refresh_statistics`).

The pages are requested through the real app (monitor.web.app.create_app over the database, signed in through
the real /login form) with FastAPI's TestClient, in this process: routing, the store's reads, the templates,
the body read in full; no socket. Median of --reps requests after --warmups, per page.

By default the database is a SQLite file in a temporary folder. `--postgresql` starts a private PostgreSQL
cluster the way the test suite does (Debian's binaries, a temporary folder, a free port; no fsync, as for tests)
and fills a new database in it; `--database-url` points the benchmark at any other empty database (it refuses
one holding articles).

    .venv/bin/python bench/scale.py [--smoke] [--articles 200000] [--first 50000] [--days 365] [--reps 9]
        [--warmups 2] [--seed 7] [--postgresql | --database-url URL] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generators.store_files import (  # noqa: E402
    add_users,
    config_for,
    finish_bulk_load,
    in_folder,
    in_own_process,
    peak_mb,
    sign_in,
    size_on_disk,
)

# Pages whose time at the full history should stay within this many times the quarter's (issue 17).
BOUND = 1.5
TODAY_HITS = 300


def write_step(url: str, n: int, seed: int, days: int, now_iso: str, ids: tuple[int, int], first: bool) -> dict:
    """One step of the history (articles with ids in [ids[0], ids[1]) ), in its own process."""
    from bench.generators import store_rows
    from monitor.store.db import open_database

    now = datetime.fromisoformat(now_iso)
    started = time.perf_counter()
    engine = open_database(url)
    out = store_rows.fill(
        engine, n, seed, now, today_hits=TODAY_HITS, days=days, ids=range(*ids), setup=first, batch=2000
    )
    if first:
        out["release_id"] = store_rows.add_release(engine, now)
        add_users(engine)
    finishing = time.perf_counter()
    finish_bulk_load(engine)
    out["finish_s"] = time.perf_counter() - finishing
    engine.dispose()
    out["build_s"] = time.perf_counter() - started
    out["peak_mb"] = peak_mb()
    return out


def pages(today: date, release_id: int) -> list[tuple[str, str, bool]]:
    """(label, URL, held to BOUND)."""
    return [
        ("Today /", "/", True),
        ("hits list /hits", "/hits", True),
        ("search /hits?q=detainer&topic=ice", "/hits?q=detainer&topic=ice", True),
        ("health /health", "/health", True),
        ("trends /trends (90 days)", f"/trends?from={today - timedelta(days=89)}&to={today}", False),
        ("release report /releases/{id}", f"/releases/{release_id}", False),
    ]


def measure(url: str, folder: Path, listed: list[tuple[str, str, bool]], reps: int, warmups: int) -> dict[str, Any]:
    """Median ms per page over the database at `url`, through the real app."""
    from fastapi.testclient import TestClient

    from monitor.web.app import create_app

    app = create_app(config_for(url, folder))
    found: dict[str, Any] = {}
    with TestClient(app, base_url="http://127.0.0.1") as client:
        sign_in(client)
        for label, address, _ in listed:
            took = []
            for rep in range(warmups + reps):
                started = time.perf_counter()
                response = client.get(address)
                elapsed = time.perf_counter() - started
                if response.status_code != 200:
                    raise SystemExit(f"{label}: answered {response.status_code}\n{response.text[:800]}")
                if rep >= warmups:
                    took.append(elapsed)
            found[label] = dict(ms=statistics.median(took) * 1000, max_ms=max(took) * 1000)
    app.state.engine.dispose()
    return found


def refuse_nonempty(url: str) -> None:
    from sqlalchemy import create_engine, inspect, text

    engine = create_engine(url)
    try:
        if "article" in inspect(engine).get_table_names():
            with engine.connect() as connection:
                if connection.execute(text("SELECT count(*) FROM article")).scalar_one():
                    raise SystemExit(f"{url}: holds articles already; point --database-url at an empty database")
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200_000, help="the whole history (default 200000)")
    parser.add_argument("--first", type=int, default=50_000, help="the newest articles, measured first (50000)")
    parser.add_argument("--days", type=int, default=365, help="days the history spans (default 365)")
    parser.add_argument("--reps", type=int, default=9, help="timed requests per page and step (default 9)")
    parser.add_argument("--warmups", type=int, default=2, help="untimed requests first (default 2)")
    parser.add_argument("--seed", type=int, default=7, help="generator seed (default 7)")
    engine = parser.add_mutually_exclusive_group()
    engine.add_argument("--database-url", help="an empty database to fill (default: SQLite in a temporary folder)")
    engine.add_argument("--postgresql", action="store_true", help="fill a private PostgreSQL cluster started here")
    parser.add_argument("--keep", metavar="DIR", help="with SQLite: write the database here and keep it")
    parser.add_argument("--smoke", action="store_true", help="2,000 and 500 articles, one request a page")
    args = parser.parse_args()
    if args.smoke:
        args.articles, args.first, args.reps, args.warmups = 2_000, 500, 1, 0
    if not 0 < args.first < args.articles:
        parser.error("--first must be above 0 and below --articles")
    os.environ.pop("MONITOR_DATABASE_URL", None)
    if not args.postgresql:
        return in_folder(Path(args.keep) if args.keep else None, "monitor-bench-scale-", lambda base: run(args, base))
    from tests.databases import started_cluster

    with started_cluster() as cluster:
        cluster.admin('CREATE DATABASE "scale"')
        args.database_url = cluster.url("scale")
        return in_folder(Path(args.keep) if args.keep else None, "monitor-bench-scale-", lambda base: run(args, base))


def run(args: argparse.Namespace, base: Path) -> int:
    db = base / "scale.db"
    if args.database_url:
        url = args.database_url
        refuse_nonempty(url)
    else:
        for old in base.glob("scale.db*"):
            old.unlink()
        url = f"sqlite:///{db}"
    load_before = os.getloadavg()[0]
    now = datetime.now(UTC)
    n, first = args.articles, args.first
    newest = (n - first + 1, n + 1)
    step1 = in_own_process(write_step, url, n, args.seed, args.days, now.isoformat(), newest, True)
    listed = pages(now.date(), step1["release_id"])
    quarter = measure(url, base / "config", listed, args.reps, args.warmups)
    size1 = size_on_disk(db) if not args.database_url else 0
    step2 = in_own_process(write_step, url, n, args.seed, args.days, now.isoformat(), (1, newest[0]), False)
    year = measure(url, base / "config", listed, args.reps, args.warmups)
    size2 = size_on_disk(db) if not args.database_url else 0

    span1 = (now - datetime.fromisoformat(step1["first_stored"])).days
    print(
        f"reads at scale: the newest {first:,} articles ({span1} days), then the whole history of {n:,} "
        f"({args.days} days); median of {args.reps} requests after {args.warmups} warm-ups, through the real app "
        "(FastAPI TestClient, in-process)"
    )
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after; "
        f"database {url.split('://')[0]}"
    )
    for label, step, size in (("step 1", step1, size1), ("step 2", step2, size2)):
        on_disk = f", {size / 2**20:,.0f} MB on disk after it" if size else ""
        print(
            f"{label}        {step['articles']:,} articles, {step['hits']:,} hits, {step['mentions']:,} mentions, "
            f"{step['reviews']:,} reviews in {step['build_s']:.0f} s ({step['generate_s']:.0f} s generating, "
            f"{step['insert_s']:.0f} s inserting, {step['finish_s']:.1f} s outlet menu and statistics){on_disk}; "
            f"builder peak RSS {step['peak_mb']:.0f} MB"
        )
    print()
    print(f"{'page':40} {first:>9,} {n:>9,} {'ratio':>7} {'max ms':>8}  target (median ms at each size)")
    missed = []
    for label, _, bounded in listed:
        small, large = quarter[label]["ms"], year[label]["ms"]
        ratio = large / small
        target = f"within {BOUND}x" if bounded else ""
        if bounded and ratio > BOUND:
            missed.append((label, ratio))
            target += "  MISS"
        print(f"{label:40} {small:9.1f} {large:9.1f} {ratio:6.2f}x {year[label]['max_ms']:8.1f}  {target}")
    self_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"peak RSS      this process (the site, all requests): {self_peak:.0f} MB; builders: step 1 "
        f"{step1['peak_mb']:.0f} MB, step 2 {step2['peak_mb']:.0f} MB"
    )
    if args.keep and not args.database_url:
        print(f"kept          {db}")
    bounded = [label for label, _, b in listed if b]
    worst = max(bounded, key=lambda label: year[label]["ms"] / quarter[label]["ms"])
    verdict = "MISS" if missed else "PASS"
    print(
        f"{verdict}  pages at {n:,} against {first:,}: the largest ratio of the bounded pages is "
        f"{year[worst]['ms'] / quarter[worst]['ms']:.2f}x ({worst}; target within {BOUND}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
