"""Full-text pages: one real pass over full-text feeds on several hosts vs the same feeds one after another.

A loopback server in its own process listens on H loopback addresses (127.0.2.1, 127.0.2.2, ...); each
serves one RSS feed of P items whose links point back at article pages on the same address, every answer
delayed by the same latency. The monitor fetches each page through its Fetcher with the per-host gap (1 s
by default, the shipped setting), so one host's P pages cannot take less than (P - 1) × gap.

    pass          `run_pass` over all H feeds (what cron runs): feeds and pages of different hosts at once
    one by one    the same feeds, each in a pass of its own, one after the other: what a pass cost when pages
                  were fetched feed after feed (the baseline; the same code and the same work)

Both tag and store every article (the pages are off-topic: the prefilter turns them away, so the figures
are about fetching). Each side runs in its own spawned process with the model loaded before its clock.
Target: 3 hosts × 10 pages with a 1 s gap in ≤ 12 s. From the measured rate the report also works out, on
paper, how many pages over how many hosts a 15-minute pass can fetch.

    .venv/bin/python bench/pages.py [--hosts 3] [--pages 10] [--gap 1.0] [--latency 0.05] [--smoke]

`--smoke` runs 2 hosts × 3 pages with a 0.2 s gap in a few seconds (the test suite runs it); its figures
mean nothing.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
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

from bench.generators.feeds import Item, html_page, rss  # noqa: E402

TARGET_SECONDS = 12.0  # 3 hosts × 10 pages, 1 s gap
PASS_MINUTES = 15
PARAGRAPHS = [
    "The library board voted on Tuesday to keep the branch on Elm Street open on Sundays through the winter, "
    "after a petition from parents and students gathered more than four hundred names in two weeks.",
    "Board members said the change would cost about eleven thousand dollars, paid from a bequest left to the "
    "library last year, and that they would look at how many people came before deciding on next winter.",
    "The branch manager said Sunday afternoons had been the busiest hours of the week before the cuts, with "
    "homework help and the chess club filling the reading room from noon until closing.",
]


def _handler(pages: int, latency: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(latency)
            host = self.headers.get("Host", "")
            if self.path == "/feed.xml":
                items = [
                    Item(f"Library story {host} {n}", link=f"http://{host}/page/{n}", description="Library hours.")
                    for n in range(pages)
                ]
                body, kind = rss(items, title=f"Library news at {host}").encode(), "application/rss+xml"
            elif self.path.startswith("/page/"):
                body, kind = html_page(f"Library story {host} {self.path}", PARAGRAPHS).encode(), "text/html"
            else:
                body, kind = b"not found", "text/plain"
            self.send_response(200 if kind != "text/plain" else 404)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


def _serve(hosts: list[str], pages: int, latency: float, conn: Connection) -> None:
    servers = [ThreadingHTTPServer((host, 0), _handler(pages, latency)) for host in hosts]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
    conn.send([f"http://{s.server_address[0]}:{s.server_address[1]}/feed.xml" for s in servers])
    try:
        conn.recv()
    except EOFError:
        pass


def _config_dir(root: Path, name: str, options: dict[str, Any]) -> Path:
    directory = root / name
    directory.mkdir()
    for file in ("watchlist.toml", "wire.toml"):
        (directory / file).write_text((ROOT / "config" / file).read_text())
    (directory / "settings.toml").write_text(
        "[settings]\n"
        f'database_url = "sqlite:///{directory / "monitor.db"}"\n'
        f'lock_file = "{directory / "monitor.lock"}"\n'
        f'log_file = "{directory / "monitor.log"}"\n'
        f"per_host_gap = {options['gap']}\n"
        'page_allowed_networks = ["127.0.0.0/8"]\n'
    )
    return directory


def _feeds_toml(urls: list[str]) -> str:
    return "".join(f'[[feeds]]\nname = "host {i}"\nurl = "{url}"\nfull_text = true\n\n' for i, url in enumerate(urls))


def measure(kind: str, urls: list[str], options: dict[str, Any], queue: mp.Queue) -> None:
    from monitor.config import load_config
    from monitor.pipeline import run_pass
    from monitor.tag import Tagger

    with tempfile.TemporaryDirectory() as tmp:
        directory = _config_dir(Path(tmp), "config", options)
        (directory / "feeds.toml").write_text(_feeds_toml(urls))
        config = load_config(directory)
        tagger = Tagger(config.watchlist, config.settings.spacy_model)
        tagger.tag_many([" ".join(PARAGRAPHS) + " ICE detainer at the county jail"])  # warm up
        stored = pages = 0
        wall, cpu = time.perf_counter(), time.process_time()
        if kind == "pass":
            reports = [run_pass(config, tagger=tagger, force=True)]
        else:
            reports = []
            for url in urls:
                (directory / "feeds.toml").write_text(_feeds_toml([url]))
                reports.append(run_pass(load_config(directory), tagger=tagger, force=True))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        for report in reports:
            counts = report.counts
            stored += sum(counts[k] for k in ("hit", "stored"))
            pages += len(report.feeds)
    queue.put(
        {
            "wall": wall,
            "cpu": cpu,
            "stored": stored,
            "feeds": pages,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    )


def run(kind: str, urls: list[str], options: dict[str, Any]) -> dict[str, Any]:
    context = mp.get_context("spawn")
    queue: mp.Queue = context.Queue()
    process = context.Process(target=measure, args=(kind, urls, options, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=3, help="loopback hosts, one full-text feed each (default 3)")
    parser.add_argument("--pages", type=int, default=10, help="article pages per feed (default 10)")
    parser.add_argument("--gap", type=float, default=1.0, help="per-host gap in seconds (default 1.0, as shipped)")
    parser.add_argument("--latency", type=float, default=0.05, help="seconds every answer waits (default 0.05)")
    parser.add_argument("--smoke", action="store_true", help="2 hosts × 3 pages, 0.2 s gap: checks it runs")
    args = parser.parse_args()
    if args.smoke:
        args.hosts, args.pages, args.gap = 2, 3, 0.2
    options = {"gap": args.gap}
    hosts = [f"127.0.2.{i + 1}" for i in range(args.hosts)]

    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    server = context.Process(target=_serve, args=(hosts, args.pages, args.latency, child), daemon=True)
    server.start()
    child.close()
    try:
        urls = parent.recv()
        print(
            f"{args.hosts} full-text feeds on {args.hosts} loopback hosts, {args.pages} pages each, per-host gap "
            f"{args.gap:g} s, {args.latency * 1000:g} ms per answer; load average {os.getloadavg()[0]:.2f}"
        )
        together = run("pass", urls, options)
        apart = run("one by one", urls, options)
    finally:
        parent.send("stop")
        server.join(10)

    print(f"\n{'':44} {'wall s':>8} {'CPU s':>8} {'articles':>9} {'peak MB':>8}")
    for label, r in (("pass: every host at once", together), ("baseline: one feed after another", apart)):
        print(f"{label:44} {r['wall']:8.2f} {r['cpu']:8.2f} {r['stored']:9d} {r['peak_mb']:8.0f}")
    floor = (args.pages - 1) * args.gap
    rate = args.hosts * args.pages / together["wall"]
    per_host = args.pages / together["wall"]
    fits = PASS_MINUTES * 60 / max(args.gap, 1e-9)
    print(
        f"\nspeed  baseline ÷ pass, wall {apart['wall'] / together['wall']:.1f}x; the pass took "
        f"{together['wall']:.1f} s where one host's pages alone need {floor:.1f} s (the gap)"
    )
    if not args.smoke and (args.hosts, args.pages, args.gap) == (3, 10, 1.0):
        verdict = "PASS" if together["wall"] <= TARGET_SECONDS else "MISS"
        print(f"target 3 hosts × 10 pages, 1 s gap: ≤ {TARGET_SECONDS:g} s  {verdict}")
    print(
        f"on paper: {rate:.1f} pages/s here ({per_host:.2f} per host); with a {args.gap:g} s gap one host gives at "
        f"most {fits:,.0f} pages in a {PASS_MINUTES}-minute pass, so 5,000 pages need ≥ {5000 / fits:.0f} hosts "
        f"({5000 / 50:.0f} pages per host over 50 hosts take {(5000 / 50 - 1) * args.gap:.0f} s of gaps)"
    )
    if together["stored"] != apart["stored"] or together["stored"] != args.hosts * args.pages:
        print(f"\nWORK NOT EQUAL: pass stored {together['stored']}, baseline {apart['stored']}")
        return 1
    print(f"\nequal work: {together['stored']} articles stored from their pages by each side")
    return 0


if __name__ == "__main__":
    sys.exit(main())
