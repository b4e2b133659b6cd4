"""Fetching speed: the monitor's Fetcher + parse_feed vs feedparser.parse(url) in a thread pool, in the same run.

A loopback server in its own process (bench/feedserver.py) serves N RSS feeds (bench/generators/feeds.py) spread over
many loopback host addresses, every answer delayed by the same latency, with ETag / Last-Modified.
Three measurements, each in its own spawned process so its CPU time and peak memory are its own:

    baselines feedparser.parse(url) over every feed in a pool of 16 threads and of 64 (what a competent
              script writer does), and one after the other (what a simple script does), for comparison
    pass 1    one Fetcher fetching every feed concurrently, each parsed as it arrives (as the pipeline does):
              once with parsing in-process, once in worker processes (what a pass with ≥50 feeds due does)
    pass 2    the same again, sending the validators saved in pass 1: every feed answers 304 Not Modified

Targets: pass 1 at least 2× faster (wall) than the 16-thread pool, with less CPU than it; pass 1 ÷ pass 2
CPU time at least 5×. Exits 1 only if they did not do equal work (feeds failed, entry counts differ, pass 2
not all 304).

    .venv/bin/python bench/fetching.py [--feeds 1000] [--latency 0.05] [--hosts 200] [--profile] [--smoke]

`--smoke` runs every measurement on 40 feeds in a few seconds (the test suite runs it, so the benchmark
cannot rot); its figures mean nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import sys
import time
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import feedserver  # noqa: E402  (bench/feedserver.py, next to this file)

SPEED_TARGET = 2.0  # against the 16-thread pool
COST_TARGET = 5.0
POOLS = (16, 64)  # thread-pool baselines


def fetcher_settings(options: dict[str, Any]) -> Any:
    from monitor.config import Settings

    # The per-host gap is small here because every "host" is a loopback address carrying only
    # feeds/hosts feeds (5 by default): a 50 ms gap staggers each host's requests by about one response
    # time, and a host's 5 requests still fit within ~0.25 s, well inside the ~feeds/concurrency × latency
    # (≈0.8 s) the whole pass needs, so politeness does not cap the measurement. The default gap (1 s)
    # is for real publishers' servers; with it, 5 feeds on one host would take at least 4 s.
    return Settings(
        concurrency=options["concurrency"],
        per_host_concurrency=options["per_host"],
        per_host_gap=options["gap"],
    )


def describe_settings(settings: Any) -> str:
    return (
        f"concurrency={settings.concurrency} per_host_concurrency={settings.per_host_concurrency} "
        f"per_host_gap={settings.per_host_gap:g}s connect/read/total timeout="
        f"{settings.connect_timeout:g}/{settings.read_timeout:g}/{settings.total_timeout:g}s"
    )


def baseline(urls: list[str], options: dict[str, Any]) -> dict[str, Any]:
    """feedparser.parse(url) over every feed: one after the other (threads = 0), or in a thread pool of
    options["threads"] (what a competent script writer does: feedparser fetches with urllib, which waits
    on the network without holding the GIL)."""
    from concurrent.futures import ThreadPoolExecutor

    import feedparser

    feedparser.parse(options["warmup_url"])  # lazy imports and first-call set-up, before the clock starts
    entries = ok = 0
    failed: dict[str, int] = {}
    wall, cpu = time.perf_counter(), time.process_time()
    if options["threads"]:
        with ThreadPoolExecutor(options["threads"]) as pool:
            results = list(pool.map(feedparser.parse, urls))
    else:
        results = [feedparser.parse(url) for url in urls]
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    for result in results:
        if result.get("status") == 200 and result.get("version"):
            ok += 1
            entries += len(result.entries)
        else:
            problem = type(result.get("bozo_exception")).__name__
            key = f"status {result.get('status')}" if "status" in result else problem
            failed[key] = failed.get(key, 0) + 1
    return {"wall": wall, "cpu": cpu, "ok": ok, "entries": entries, "failed": failed}


def fetcher_pass(
    urls: list[str],
    options: dict[str, Any],
    validators: dict[str, tuple[str | None, str | None]],
    profile: bool = False,
) -> dict[str, Any]:
    """One run's worth, as the pipeline does it: every feed fetched concurrently by one Fetcher and parsed as
    it arrives by a FeedParser (in worker processes when options["processes"] > 1)."""
    import asyncio

    from monitor.errors import FetchError, MonitorError
    from monitor.fetch import Fetcher
    from monitor.parse import parse_feed
    from monitor.pipeline.parsing import PARALLEL_FROM_FEEDS, FeedParser, processes_for

    settings = fetcher_settings(options)
    if options["processes"] > 1 and len(urls) >= PARALLEL_FROM_FEEDS:
        assert processes_for(0, len(urls)) == options["processes"], "the pipeline would parse differently"

    async def fetch_all() -> list[tuple[Any, Any]]:
        async with Fetcher(settings) as fetcher, FeedParser(options["processes"]) as parser:

            async def one(url: str) -> tuple[Any, Any]:
                etag, last_modified = validators.get(url, (None, None))
                try:
                    # trusted: these are feed URLs from the admin's list (links found in feeds are not)
                    fetched = await fetcher.get(url, etag=etag, last_modified=last_modified, trusted=True)
                except FetchError as exc:
                    return exc, None
                return fetched, (None if fetched.not_modified else await parser.parse(fetched))

            return await asyncio.gather(*(one(url) for url in urls))

    async def warm_up() -> None:  # lazy imports inside httpx/httpcore, before the clock starts
        async with Fetcher(settings) as fetcher:
            await fetcher.get(options["warmup_url"], trusted=True)

    asyncio.run(warm_up())
    parse_feed(feedserver.make_feed(0)[0], url="http://127.0.0.1/warm-up.xml", content_type="application/rss+xml")

    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, cpu = time.perf_counter(), time.process_time()
    results = asyncio.run(fetch_all())  # the parser's workers have exited by now, so their CPU is counted below
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)

    entries = ok = not_modified = body_bytes = 0
    failed: dict[str, int] = {}
    saved: dict[str, tuple[str | None, str | None]] = {}
    for url, (fetched, parsed) in zip(urls, results):
        if isinstance(fetched, MonitorError):
            failed[fetched.key] = failed.get(fetched.key, 0) + 1
            continue
        saved[url] = (fetched.etag, fetched.last_modified)
        ok += 1
        if fetched.not_modified:
            not_modified += 1
            continue
        body_bytes += len(fetched.body)
        if isinstance(parsed, MonitorError):
            ok -= 1
            failed[parsed.key] = failed.get(parsed.key, 0) + 1
        else:
            entries += len(parsed.entries)
    result = {
        "wall": wall,
        "cpu": cpu + workers_cpu,
        "main_cpu": cpu,
        "workers_cpu": workers_cpu,
        "workers_peak_mb": worker_peak_mb() if options["processes"] > 1 else 0.0,
        "ok": ok,
        "entries": entries,
        "not_modified": not_modified,
        "body_bytes": body_bytes,
        "failed": failed,
        "validators": saved,
        "settings": describe_settings(settings),
    }
    if profiler is not None:
        profiler.disable()
        result["profile"] = profile_summary(profiler)
    return result


def worker_peak_mb(feeds: int = 200) -> float:
    """Peak memory of one parse worker, measured inside it after parsing `feeds` feeds.

    (getrusage's figure for child processes is no good here: a spawned child is forked from this
    process before it starts afresh, so it reports this process's size.)
    """
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as pool:
        return pool.submit(_parse_and_measure, feeds).result()


def _parse_and_measure(feeds: int) -> float:
    from monitor.parse import parse_feed

    for index in range(feeds):
        parse_feed(
            feedserver.make_feed(index)[0], url=f"http://127.0.0.1/{index}.xml", content_type="application/rss+xml"
        )
    with open("/proc/self/status") as status:
        peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    return peak_kb / 1024


def profile_summary(profiler: Any, rows: int = 22) -> str:
    """The functions pass 1 spends its time in: top by cumulative time, then top by own time."""
    import pstats

    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]

    def name(key: tuple[str, int, str]) -> str:
        path, line, function = key
        for marker in ("site-packages/", str(ROOT) + "/", "/lib/python3.11/"):
            if marker in path:
                path = path.split(marker, 1)[1]
                break
        return f"{function} ({path}:{line})" if line else function

    lines = [f"{'cumulative s':>12} {'own s':>8} {'calls':>9}  function (cumulative: includes what it calls)"]
    for key, (_, calls, own, cumulative, _) in sorted(stats.items(), key=lambda kv: -kv[1][3])[:rows]:
        lines.append(f"{cumulative:12.2f} {own:8.2f} {calls:9d}  {name(key)}")
    lines.append("")
    lines.append(f"{'own s':>12} {'cumul. s':>8} {'calls':>9}  function (own: time in its own code only)")
    for key, (_, calls, own, cumulative, _) in sorted(stats.items(), key=lambda kv: -kv[1][2])[:rows]:
        lines.append(f"{own:12.2f} {cumulative:8.2f} {calls:9d}  {name(key)}")
    return "\n".join(lines)


def measure(kind: str, urls: list[str], options: dict[str, Any], validators: dict[str, Any], queue: mp.Queue) -> None:
    try:
        if kind == "baseline":
            result = baseline(urls, options)
        else:
            result = fetcher_pass(urls, options, validators, profile=kind == "profile")
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        queue.put(result)
    except BaseException:  # noqa: BLE001  (reported by the parent, which would otherwise wait forever)
        queue.put({"error": traceback.format_exc()})


def run(
    kind: str, urls: list[str], options: dict[str, Any], validators: dict[str, Any] | None = None
) -> dict[str, Any]:
    context = mp.get_context("spawn")
    queue: mp.Queue = context.Queue()
    process = context.Process(target=measure, args=(kind, urls, options, validators or {}, queue))
    process.start()
    result = queue.get()
    process.join()
    if "error" in result:
        raise SystemExit(f"{kind} failed in its process:\n{result['error']}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=1000, help="feeds served (default 1000)")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds every response waits (default 0.05)")
    parser.add_argument(
        "--hosts", type=int, default=200, help="loopback addresses the feeds are spread over (default 200)"
    )
    parser.add_argument("--concurrency", type=int, default=64, help="Fetcher concurrency (default 64, the maximum)")
    parser.add_argument("--per-host", type=int, default=2, help="Fetcher per-host concurrency (default 2)")
    parser.add_argument("--gap", type=float, default=0.05, help="Fetcher per-host gap in seconds (default 0.05)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="afterwards, run pass 1 once more under cProfile and print where its time goes",
    )
    parser.add_argument("--smoke", action="store_true", help="a few seconds on 40 feeds: checks it runs, not speed")
    args = parser.parse_args()
    if args.smoke:
        args.feeds, args.hosts, args.latency = 40, 10, 0.01
    options: dict[str, Any] = {"concurrency": args.concurrency, "per_host": args.per_host, "gap": args.gap}
    workers = os.cpu_count() or 1  # what `monitor run` chooses for a pass with 50 or more feeds due (checked below)

    server = feedserver.start(args.feeds, args.latency, args.hosts)
    options["warmup_url"] = server.stats_url
    try:
        print(
            f"{args.feeds} feeds ({server.items} items) on {min(args.hosts, args.feeds)} loopback hosts, "
            f"{args.latency * 1000:g} ms per response; server, baseline and each pass in their own processes"
        )
        print("each measurement is timed after one warm-up request (lazy imports are not counted)")
        load_before = os.getloadavg()[0]
        server.stats(reset=True)
        pools = {}
        for threads in POOLS:
            pools[threads] = run("baseline", server.urls, options | {"threads": threads})
            pools[threads]["server"] = server.stats(reset=True)
        base = run("baseline", server.urls, options | {"threads": 0})
        base["server"] = server.stats(reset=True)
        inline = run("pass 1", server.urls, options | {"processes": 1})
        inline["server"] = server.stats(reset=True)
        first = run("pass 1", server.urls, options | {"processes": workers})
        first["server"] = server.stats(reset=True)
        second = run("pass 2", server.urls, options | {"processes": workers}, first["validators"])
        second["server"] = server.stats(reset=True)
        profiled = run("profile", server.urls, options | {"processes": 1}) if args.profile else None
    finally:
        server.stop()

    print(f"fetcher settings: {first['settings']}")
    print(
        f"machine: {os.cpu_count()} CPUs, load average {load_before:.2f} before, {os.getloadavg()[0]:.2f} after "
        "(above ~1, other work was competing for the CPUs and the figures are pessimistic)"
    )
    print()
    print(
        f"{'':44} {'wall s':>8} {'CPU s':>8} {'feeds ok':>9} {'entries':>8} {'200s':>5} {'304s':>5} "
        f"{'conns':>6} {'MB recv':>8} {'peak RSS MB':>12}"
    )

    def row(label: str, r: dict[str, Any]) -> None:
        s = r["server"]
        print(
            f"{label:44} {r['wall']:8.2f} {r['cpu']:8.2f} {r['ok']:9d} {r['entries']:8d} {s['200']:5d} {s['304']:5d} "
            f"{s['connections']:6d} {s['bytes_sent'] / 1e6:8.2f} {r['peak_mb']:12.0f}"
        )

    def phase(label: str, wall: float, cpu: float, note: str) -> None:
        print(f"{'  ' + label:44} {wall:8.2f} {cpu:8.2f}  {note}")

    for threads, pool in pools.items():
        row(f"baseline: feedparser.parse(url), {threads} threads", pool)
    row("baseline: feedparser.parse(url), sequential", base)
    row("pass 1, parsing in-process", inline)
    row(f"pass 1, parsing in {workers} worker processes", first)
    print(
        f"{'  of which parse workers':44} {'':8} {first['workers_cpu']:8.2f} {'':9} {'':8} {'':5} {'':5} {'':6} "
        f"{'':8} {first['workers_peak_mb']:12.0f}"
    )
    row("pass 2: validators sent, every feed 304", second)
    print("pass 1 with workers is what `monitor run` does once 50 or more feeds are due; CPU includes the workers'")
    print("MB recv: bytes the server sent (headers + bodies); conns: TCP connections opened")

    fair = pools[POOLS[0]]
    speed = fair["wall"] / first["wall"]
    cpu_ratio = first["cpu"] / max(fair["cpu"], 1e-9)
    cost_cpu = first["cpu"] / max(second["cpu"], 1e-9)
    cost_wall = first["wall"] / max(second["wall"], 1e-9)
    cost_bytes = first["server"]["bytes_sent"] / max(1, second["server"]["bytes_sent"])
    per_feed = inline["cpu"] / max(1, inline["ok"]) * 1000
    print()
    print(
        f"speed  {POOLS[0]}-thread pool ÷ pass 1, wall  {speed:7.1f}x  target ≥{SPEED_TARGET:g}x  "
        f"{'PASS' if speed >= SPEED_TARGET else 'MISS'}  (in-process parsing: {fair['wall'] / inline['wall']:.1f}x; "
        + ", ".join(f"{t} threads: {p['wall'] / first['wall']:.1f}x" for t, p in pools.items() if t != POOLS[0])
        + f"; sequential: {base['wall'] / first['wall']:.1f}x)"
    )
    print(
        f"CPU    pass 1 ÷ {POOLS[0]}-thread pool         {cpu_ratio:7.2f}x  target <1x  "
        f"{'PASS' if cpu_ratio < 1 else 'MISS'}  (CPU of every process, parse workers included)"
    )
    print(
        f"       pass 1 costs {per_feed:.1f} ms CPU per feed in-process; on {os.cpu_count()} CPUs that puts a floor "
        f"of ~{inline['cpu'] / (os.cpu_count() or 1):.1f} s under pass 1"
    )
    print(
        f"cost   pass 1 ÷ pass 2, CPU           {cost_cpu:7.1f}x  target ≥{COST_TARGET:g}x  "
        f"{'PASS' if cost_cpu >= COST_TARGET else 'MISS'}  (the target measure: a 304 costs nothing downstream)"
    )
    print(f"       pass 1 ÷ pass 2, wall          {cost_wall:7.1f}x  (for information)")
    print(f"       pass 1 ÷ pass 2, bytes         {cost_bytes:7.1f}x  (for information)")
    print(
        f"peak RSS of the client process: {POOLS[0]}-thread pool {fair['peak_mb']:.0f} MB, "
        f"pass 1 {inline['peak_mb']:.0f} MB "
        f"in-process / {first['peak_mb']:.0f} MB + {first['workers_peak_mb']:.0f} MB per worker, "
        f"pass 2 {second['peak_mb']:.0f} MB"
    )

    if profiled is not None:
        print()
        print(
            f"pass 1 (in-process parsing) under cProfile, {profiled['wall']:.2f} s wall (slower than above: "
            "profiling overhead)"
        )
        print(profiled["profile"])

    problems = []
    measured = [(f"{t}-thread pool", p) for t, p in pools.items()] + [("sequential baseline", base)]
    for label, r in [*measured, ("pass 1 in-process", inline), ("pass 1", first), ("pass 2", second)]:
        if r["failed"]:
            problems.append(f"{label}: feeds failed {r['failed']}")
    counts = {label: r["entries"] for label, r in [*measured, ("pass 1 in-process", inline), ("pass 1", first)]}
    if set(counts.values()) != {server.items}:
        problems.append(f"entries differ: {counts}, served {server.items}")
    if second["not_modified"] != args.feeds or second["server"]["304"] != args.feeds:
        problems.append(
            f"pass 2: {second['not_modified']} of {args.feeds} feeds answered 304 "
            f"(server counted {second['server']['304']})"
        )
    if problems:
        print("\nWORK NOT EQUAL — the ratios above compare different work:\n  " + "\n  ".join(problems))
        return 1
    print(
        f"\nequal work: every feed fetched and parsed in every baseline and pass 1 ({server.items} entries each), "
        "every feed 304 in pass 2"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
