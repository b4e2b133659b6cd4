"""Parse cost per feed: `parse_feed` with the fast RSS reader against `parse_feed` reading with feedparser alone.

Both run in one process on the same documents, alternating (three rounds each, the best round kept), so a
busy machine weighs on both alike. CPU time (process_time), in milliseconds per feed:

    bench feeds    the generated RSS feeds bench/fetching.py serves (make_feed), the monitor's first pass
    corpus         every feed file in tests/data/feeds/realworld and data/samples/feeds, and those of them
                   the fast reader takes (the rest go to feedparser on both sides)
    reading only   the reading step alone on the bench feeds: fastrss.read_rss against feedparser.parse

Every document's result is checked equal both ways before any clock starts (tests/parse/test_fastrss.py
holds that on every corpus; here it keeps the figures honest).

    .venv/bin/python bench/parsing.py [--feeds 300] [--smoke]

`--smoke` uses 20 bench feeds and one round (the test suite runs it); its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import feedparser  # noqa: E402

from bench.generators.feeds import make_feed  # noqa: E402
from monitor.errors import ParseError  # noqa: E402
from monitor.parse import parse_feed  # noqa: E402
from monitor.parse.charset import decode_body, utf8_document  # noqa: E402
from monitor.parse.fastrss import read_rss  # noqa: E402
from monitor.parse.repair import repair  # noqa: E402

NOW = datetime(2026, 6, 1, tzinfo=UTC)
REALWORLD = ROOT / "tests" / "data" / "feeds" / "realworld"
Body = tuple[bytes, str | None]


def _parse(body: bytes, content_type: str | None, fast: bool) -> Any:
    try:
        return parse_feed(body, url="https://feeds.example.org/f.xml", content_type=content_type, now=NOW, fast=fast)
    except ParseError as error:
        return ("refused", error.key)


def _cpu_ms(bodies: list[Body], fast: bool) -> float:
    start = time.process_time()
    for body, content_type in bodies:
        _parse(body, content_type, fast)
    return (time.process_time() - start) / len(bodies) * 1000


def compare(bodies: list[Body], rounds: int) -> tuple[float, float]:
    """Best-round ms per feed with feedparser alone and with the fast reader, rounds alternating."""
    slow = fast = float("inf")
    for _ in range(rounds):
        slow = min(slow, _cpu_ms(bodies, False))
        fast = min(fast, _cpu_ms(bodies, True))
    return slow, fast


def takes_fast_path(body: bytes) -> bool:
    return read_rss(utf8_document(repair(decode_body(body, None).text)[0])) is not None


def corpus() -> list[Body]:
    types = {e["file"]: e.get("content_type") for e in json.loads((REALWORLD / "manifest.json").read_text("utf-8"))}
    paths = sorted((REALWORLD / "files").iterdir()) + sorted((ROOT / "data" / "samples" / "feeds").iterdir())
    return [(path.read_bytes(), types.get(path.name, "application/xml")) for path in paths]


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--feeds", type=int, default=300)
    options.add_argument("--smoke", action="store_true")
    args = options.parse_args()
    feeds, rounds = (20, 1) if args.smoke else (args.feeds, 3)
    warnings.simplefilter("ignore")  # feedparser's deprecation notice for updated_parsed, once per entry
    bench = [(make_feed(index)[0], "application/rss+xml") for index in range(feeds)]
    files = corpus()
    taken = [item for item in files if takes_fast_path(item[0])]
    differ = sum(_parse(b, t, True) != _parse(b, t, False) for b, t in bench + files)
    print(f"results equal both ways: {len(bench) + len(files) - differ} of {len(bench) + len(files)} documents")
    if differ:
        return 1
    print(f"{'ms of CPU per feed':<44} {'feedparser':>10} {'fast':>8} {'ratio':>7}")
    for label, bodies in (
        (f"bench feeds ({feeds}, all on the fast path)", bench),
        (f"corpus, all {len(files)} files", files),
        (f"corpus, the {len(taken)} on the fast path", taken),
    ):
        slow, fast = compare(bodies, rounds)
        print(f"{label:<44} {slow:>10.2f} {fast:>8.2f} {slow / fast:>6.2f}×")
    headers = {"content-type": "application/rss+xml; charset=utf-8"}
    documents = [body for body, _ in bench]
    read = parse = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for document in documents:
            feedparser.parse(document, response_headers=headers, sanitize_html=False, resolve_relative_uris=False)
        parse = min(parse, (time.process_time() - start) / len(documents) * 1000)
        start = time.process_time()
        for document in documents:
            read_rss(document)
        read = min(read, (time.process_time() - start) / len(documents) * 1000)
    print(f"{'reading only (bench feeds)':<44} {parse:>10.2f} {read:>8.2f} {parse / read:>6.2f}×")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
