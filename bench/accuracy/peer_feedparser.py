"""`make peer-check`: feedparser's own test suite (2,242 feed files) read by the monitor and by feedparser.

Not part of `make test`: it downloads feedparser's source release (its tests are in the sdist, not in the
wheel) with pip, so it needs the package index. Nothing of it is kept in the project. For every file:
does feedparser read it (entries, or a recognised feed), does the monitor, and how many entries each finds
with a link, id, headline or text (visible words: an entry that is only an image without alt text has none).
Then one real `monitor run --all` over every file, served by a loopback
server: it must complete, and no feed that feedparser reads may fail.

    .venv/bin/python -m bench.accuracy.peer_feedparser [--source DIR]    # DIR: an unpacked feedparser sdist
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import feedparser

from monitor.errors import MonitorError
from monitor.parse import parse_feed


def fetch_suite(workdir: Path) -> Path:
    """feedparser's sdist for the installed version, unpacked; its tests/ folder."""
    wanted = version("feedparser")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--quiet",
            "--no-deps",
            "--no-binary",
            ":all:",
            f"feedparser=={wanted}",
            "-d",
            str(workdir),
        ],
        check=True,
    )
    (archive,) = workdir.glob("feedparser-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / f"feedparser-{wanted}" / "tests"


def compare(files: list[Path]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in files:
        body = path.read_bytes()
        try:
            reference = feedparser.parse(body)
            reads = bool(reference.entries or reference.get("version") or reference.get("feed"))
            peer = sum(1 for e in reference.entries if e.get("link") or e.get("id") or _text(e, "title") or _text(e))
        except Exception:  # noqa: BLE001  (feedparser crashes on a few of its own files)
            counts["feedparser crashes"] += 1
            reads, peer = False, 0
        counts["files"] += 1
        counts["feedparser reads"] += reads
        counts["feedparser entries"] += peer
        try:
            ours = parse_feed(body, url=f"https://suite.example/{path.name}")
            counts["monitor reads"] += 1
            counts["monitor entries"] += sum(1 for e in ours.entries if e.url)
            counts["read with warnings"] += bool(ours.warnings)
        except MonitorError:
            counts["lost: feedparser reads, monitor refuses"] += reads
        except Exception as exc:  # noqa: BLE001
            counts["monitor crashes"] += 1
            print(f"{path}: {exc!r}", file=sys.stderr)
    return counts


def _text(entry: dict, key: str = "summary") -> str:
    """A field's visible words by feedparser's reading, without tags: an image alone has none."""
    return re.sub(r"<[^>]*>", "", str(entry.get(key) or "")).strip()


def real_pass(files: list[Path], workdir: Path) -> tuple[int, Counter[str], list[str]]:
    """One `monitor run --all` over every file through a loopback server: exit code, run counts, failed feeds."""
    from sqlalchemy import select
    from typer.testing import CliRunner

    from monitor.cli import app
    from monitor.config import load_settings
    from monitor.store import connect
    from monitor.store.tables import Feed, Run
    from tests.conftest import write_config_dir
    from tests.server import LoopbackServer, Route

    config = write_config_dir(workdir / "config", workdir)
    with LoopbackServer() as server:
        names = {}
        for number, path in enumerate(files):
            server.routes[f"/{number}.xml"] = Route(200, path.read_bytes(), {"Content-Type": "application/xml"})
            names[f"suite {number}"] = path
        (config / "feeds.toml").write_text(
            "".join(
                f'[[feeds]]\nname = "{name}"\nurl = "{server.url(f"/{n}.xml")}"\n\n' for n, name in enumerate(names)
            )
        )
        result = CliRunner().invoke(app, ["run", "--all", "--quiet", "--config", str(config)])
    with connect(load_settings(config).database_url) as session:
        run = session.execute(select(Run)).scalars().one()
        failed = [feed.name for feed in session.execute(select(Feed).where(Feed.error_count > 0)).scalars()]
    lost = [str(names[name]) for name in failed if _feedparser_reads(names[name])]
    return result.exit_code, Counter(run.counts), lost


def _feedparser_reads(path: Path) -> bool:
    try:
        parsed = feedparser.parse(path.read_bytes())
    except Exception:  # noqa: BLE001
        return False
    return bool(parsed.entries or parsed.get("version") or parsed.get("feed"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.accuracy.peer_feedparser", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--source", type=Path, help="an unpacked feedparser source release (default: download it)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        suite = (args.source / "tests") if args.source else fetch_suite(Path(tmp))
        files = sorted(suite.rglob("*.xml"))
        counts = compare(files)
        for key in (
            "files",
            "feedparser reads",
            "monitor reads",
            "lost: feedparser reads, monitor refuses",
            "feedparser entries",
            "monitor entries",
            "read with warnings",
            "feedparser crashes",
            "monitor crashes",
        ):
            print(f"{key:45} {counts[key]:>6,}")
        code, run, lost = real_pass(files, Path(tmp))
        print(f"{'monitor run --all: exit code':45} {code:>6}")
        print(f"{'  articles stored (each story once)':45} {run['hit'] + run['stored']:>6,}")
        print(f"{'  articles failed':45} {run['failed']:>6,}")
        print(f"{'  feeds failed that feedparser reads':45} {len(lost):>6,}")
        for path in lost:
            print(f"    {path}")
    ok = counts["lost: feedparser reads, monitor refuses"] == 0 and not counts["monitor crashes"] and code == 0
    return 0 if ok and not lost and not run["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
