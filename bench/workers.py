"""Scale-out: one pass of queued jobs drained by two `monitor worker` processes vs by one.

A private PostgreSQL cluster (Debian's binaries, as the tests start it) holds the monitor's database and its job
queue. A loopback server in its own process serves F feeds, each on a loopback address of its own (127.0.3.N,
so no two feeds share a host's limits), every answer delayed by a latency like a real publisher's; each feed
carries A articles of generated news (bench/generators/news.py, 30% on topic, the rest with the usual
confounders), so tagging does the work it does on real feeds. For each side a fresh copy of one prepared
database (`monitor db upgrade`, `monitor feeds sync`) is drained:

    one worker    `monitor worker --concurrency C`, one process
    two workers   the same command twice, two processes (one per core, as the README advises)

The workers are started, and have loaded the model and registered with the queue, before the clock starts;
the clock runs from `monitor schedule --all`'s work (every feed queued, in this process) to the moment no job
waits or runs. Each side stores every article once (checked). Peak memory is each worker's VmHWM. Target: two
workers finish the pass at least 1.7× faster than one, on a machine with two free cores.

    .venv/bin/python bench/workers.py [--feeds 40] [--articles 10] [--latency 0.3] [--concurrency 4] [--runs 2]

`--smoke` runs 4 feeds × 3 articles, one run, in well under a minute (the test suite runs it); its figures mean
nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generators.feeds import Item, rss  # noqa: E402
from bench.generators.news import generate  # noqa: E402

MONITOR = Path(sys.executable).parent / "monitor"
TARGET = 1.7
POLL_SECONDS = 0.05


def _handler(feeds: dict[str, bytes], latency: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            body = feeds.get(self.headers.get("Host", "").split(":")[0], b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _serve(feeds: int, articles: int, latency: float, conn: Connection) -> None:
    corpus = generate(feeds * articles, on_topic_share=0.3, seed=17)
    hosts = [f"127.0.3.{i + 1}" for i in range(feeds)]
    documents: dict[str, bytes] = {}
    for f, host in enumerate(hosts):
        items = []
        for a in range(articles):
            headline, _, body = corpus[f * articles + a][0].partition("\n\n")
            items.append(Item(headline, link=f"http://{host}/story/{a}", description=body))
        documents[host] = rss(items, title=f"Gazette {f}", link=f"http://{host}/").encode()
    servers = [ThreadingHTTPServer((host, 0), _handler(documents, latency)) for host in hosts]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    conn.send([f"http://{s.server_address[0]}:{s.server_address[1]}/feed.xml" for s in servers])
    try:
        conn.recv()
    except EOFError:
        pass


def _config(folder: Path, url: str, feeds: list[str]) -> Path:
    folder.mkdir(parents=True)
    for file in ("watchlist.toml", "wire.toml"):
        (folder / file).write_text((ROOT / "config" / file).read_text())
    (folder / "settings.toml").write_text(
        "[settings]\n"
        f'database_url = "{url}"\n'
        f'lock_file = "{folder / "monitor.lock"}"\n'
        f'log_file = "{folder / "monitor.log"}"\n'
        "per_host_gap = 0.0\n"
    )
    (folder / "feeds.toml").write_text(
        "".join(f'[[feeds]]\nname = "feed {i}"\nurl = "{url}"\n\n' for i, url in enumerate(feeds))
    )
    return folder


def _monitor(*args: str) -> None:
    done = subprocess.run([str(MONITOR), *args], capture_output=True, text=True, timeout=300)
    if done.returncode:
        raise SystemExit(f"monitor {' '.join(args)} failed: {done.stdout}{done.stderr}")


def _query(url: str, statement: str) -> tuple[Any, ...]:
    import psycopg

    with psycopg.connect(url.replace("+psycopg", "")) as connection:
        row = connection.execute(statement).fetchone()
    assert row is not None
    return tuple(row)


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _peak_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


BURN = "total = 0\nfor i in range({n}): total += i"  # pure CPU, no I/O: what a free core gives


def ceiling(loops: int) -> float:
    """What two processes of pure CPU work get done at once against one alone, on this machine now: the most any
    two workers could gain here (2.0 on two idle cores; less while other work holds them)."""
    code = [sys.executable, "-c", BURN.format(n=loops)]
    started = time.perf_counter()
    subprocess.run(code, check=True)
    alone = time.perf_counter() - started
    started = time.perf_counter()
    for process in [subprocess.Popen(code) for _ in range(2)]:
        process.wait()
    return 2 * alone / (time.perf_counter() - started)


def drain(folder: Path, url: str, workers: int, concurrency: int) -> dict[str, Any]:
    """Start the workers, wait until each is ready, queue every feed, and time until the queue is empty."""
    import psycopg

    from monitor.config import load_config
    from monitor.jobs import queue_url
    from monitor.jobs.queue import schedule_due

    settings = load_config(folder).settings
    command = [str(MONITOR), "worker", "--concurrency", str(concurrency), "--config", str(folder)]
    procs = [
        subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for _ in range(workers)
    ]
    try:
        deadline = time.monotonic() + 300
        while _query(url, "SELECT count(*) FROM procrastinate_workers")[0] < workers:
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise SystemExit("a worker did not start: " + "".join(p.stderr.read() for p in procs if p.stderr))
            time.sleep(POLL_SECONDS)
        ready = [_cpu_seconds(p.pid) for p in procs]  # loading the model and registering: not the pass's
        started = time.perf_counter()
        asyncio.run(schedule_due(settings, queue_url(url, "schedule"), force=True))
        with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as watch:  # one connection: no fork a look
            pending = "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
            while watch.execute(pending).fetchone() != (0,):
                time.sleep(POLL_SECONDS)
        wall = time.perf_counter() - started
        peaks = [_peak_mb(p.pid) for p in procs]
        cpu = sum(_cpu_seconds(p.pid) for p in procs) - sum(ready)
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        for p in procs:
            p.wait(60)
    (failed,) = _query(url, "SELECT count(*) FROM procrastinate_jobs WHERE status = 'failed'")  # done ones go
    articles, distinct = _query(url, "SELECT count(*), count(DISTINCT url) FROM article")
    return {"wall": wall, "cpu": cpu, "failed": failed, "articles": articles, "distinct": distinct} | {"peaks": peaks}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=40, help="feeds, each on its own loopback host (default 40)")
    parser.add_argument("--articles", type=int, default=10, help="new articles per feed (default 10)")
    parser.add_argument("--latency", type=float, default=0.3, help="seconds every answer waits (default 0.3)")
    parser.add_argument("--concurrency", type=int, default=4, help="jobs at a time in each worker (default 4)")
    parser.add_argument("--runs", type=int, default=2, help="measurements of each side (default 2)")
    parser.add_argument("--burn", type=int, default=40_000_000, help="loop size of the CPU ceiling check")
    parser.add_argument("--smoke", action="store_true", help="4 feeds × 3 articles, one run: checks it runs")
    args = parser.parse_args()
    if args.smoke:
        args.feeds, args.articles, args.latency, args.runs, args.burn = 4, 3, 0.05, 1, 1_000_000

    from tests.databases import started_cluster

    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=_serve, args=(args.feeds, args.articles, args.latency, child), daemon=True)
    server.start()
    child.close()
    results: list[tuple[int, int, dict[str, Any]]] = []
    bounds: list[float] = []
    try:
        feeds = parent.recv()
        print(
            f"{args.feeds} feeds on {args.feeds} loopback hosts, {args.articles} new articles each "
            f"({args.feeds * args.articles} to tag and store), {args.latency * 1000:g} ms per answer, "
            f"{args.concurrency} jobs at a time per worker; {os.cpu_count()} CPUs, "
            f"load average {os.getloadavg()[0]:.2f}"
        )
        with started_cluster() as cluster, tempfile.TemporaryDirectory() as tmp:
            cluster.admin('CREATE DATABASE "bench_template"')
            template = _config(Path(tmp) / "template", cluster.url("bench_template"), feeds)
            _monitor("db", "upgrade", "--config", str(template))
            _monitor("feeds", "sync", "--config", str(template))
            for run in range(1, args.runs + 1):
                for workers in (1, 2):
                    url = cluster.copy("bench_template")
                    folder = _config(Path(tmp) / f"run{run}-{workers}", url, feeds)
                    results.append((run, workers, drain(folder, url, workers, args.concurrency)))
                bounds.append(ceiling(args.burn))  # right after the run, under the same load
    finally:
        parent.send("stop")
        server.join(10)

    print(
        f"\n{'run':>3} {'workers':>7} {'wall s':>8} {'workers CPU s':>13} {'articles':>9} {'failed jobs':>11} "
        f"{'peak MB each':>14}"
    )
    for run, workers, r in results:
        peaks = " ".join(f"{p:.0f}" for p in r["peaks"])
        print(
            f"{run:3d} {workers:7d} {r['wall']:8.2f} {r['cpu']:13.2f} {r['articles']:9d} {r['failed']:11d} {peaks:>14}"
        )
        if r["articles"] != r["distinct"] or r["articles"] != args.feeds * args.articles or r["failed"]:
            raise SystemExit(f"run {run} with {workers} worker(s) did not store each article once")
    ratios = [one["wall"] / two["wall"] for (_, _, one), (_, _, two) in zip(results[0::2], results[1::2])]
    peak = max(p for _, _, r in results for p in r["peaks"])
    said = ", ".join(
        f"{ratio:.2f}x (run {i}; the machine's ceiling then {bound:.2f}x)"
        for i, (ratio, bound) in enumerate(zip(ratios, bounds), start=1)
    )
    met = "met" if min(ratios) >= TARGET else "not met"
    print(f"\nload average at the end {os.getloadavg()[0]:.2f} (other work shares the {os.cpu_count()} CPUs)")
    print("the ceiling: two processes of pure CPU work against one, timed after each run (2.00x on two idle cores)")
    print(f"two workers vs one: {said}; target ≥ {TARGET}x {met}; peak memory of a worker {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
