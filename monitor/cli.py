"""The `monitor` command line: each command parses its options, calls one function, prints the result.

Exit codes: 0 done; 1 could not run (configuration, model, database); 2 wrong usage;
75 another `monitor run` is in progress (EX_TEMPFAIL: cron will simply try again next time).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from . import __version__, output
from .config import default_config_dir, load_config, load_settings, load_watchlist
from .errors import AlreadyRunning, MonitorError
from .logs import setup_logging
from .timespec import parse_since

app = typer.Typer(help="Media-mention monitor: news feeds in, tagged hits out.", no_args_is_help=True,
                  rich_markup_mode="rich", add_completion=False)
err = Console(stderr=True)

ConfigDir = Annotated[Path | None, typer.Option("--config", "-c", help="Config folder (default: $MONITOR_CONFIG_DIR or ./config).",
                                                show_default=False)]


def _print_version(value: bool) -> None:
    if value:
        print(__version__)
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_print_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """Media-mention monitor: news feeds in, tagged hits out."""


@app.command()
def run(
    config_dir: ConfigDir = None,
    feeds: Annotated[Path | None, typer.Option(help="Use this feeds file instead of the config folder's feeds.toml.")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only failures (for cron).")] = False,
) -> None:
    """Run one pass over every enabled feed: fetch, tag, store. What cron runs.

    A failing feed is recorded and the pass goes on. A second pass started while one runs exits at once (code 75).

    Example: monitor run --config config
    """
    from .pipeline import run_pass

    config = _load(lambda: load_config(config_dir, feeds_file=feeds))
    setup_logging(config.settings.log_file)
    try:
        report = run_pass(config)
    except AlreadyRunning as exc:
        err.print(f"[yellow]{exc}[/yellow]")
        raise typer.Exit(75) from None
    except MonitorError as exc:
        _fail(exc)
    output.print_run(report, quiet=quiet)


@app.command()
def tag(
    files: Annotated[list[Path] | None, typer.Argument(help="Text files to tag; each file's id is its path.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read lines of {"id": ..., "text": ...} from standard input.')] = False,
    config_dir: ConfigDir = None,
) -> None:
    """Tag text and print one JSON object per document: topics, people and quotes with speakers.

    Offsets are character offsets into each input text. Needs no database and no feeds.

    Example: echo '{"id": 1, "text": "ICE agents detained him, officials said."}' | monitor tag --jsonl
    """
    from .tag import Tagger, tags_to_json

    directory = config_dir or default_config_dir()
    settings = _load(lambda: load_settings(directory))
    tagger = _load(lambda: Tagger(load_watchlist(directory / "watchlist.toml"), settings.spacy_model))
    problems = 0
    for doc_id, text, problem in _documents(files or [], jsonl):
        if problem:
            err.print(f"[red]{problem}[/red]")
            problems += 1
            continue
        print(json.dumps(tags_to_json(doc_id, tagger.tag(text)), ensure_ascii=False), flush=True)
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
                yield None, "", f"stdin line {number}: expected {{\"id\": ..., \"text\": ...}}: {exc!r}"


@app.command()
def hits(
    since: Annotated[str, typer.Option(help="How far back: 24h, 3d, 2w, 90m, or a date like 2026-11-01.")] = "24h",
    format: Annotated[output.Format, typer.Option("--format", "-f", help="table, csv or json.")] = output.Format.TABLE,
    config_dir: ConfigDir = None,
) -> None:
    """List the hits (articles mentioning a watched topic or person) first seen since a time.

    Example: monitor hits --since 3d --format csv > hits.csv
    """
    from .store.queries import hits_since

    try:
        start = parse_since(since)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--since") from None
    directory = config_dir or default_config_dir()
    settings = _load(lambda: load_settings(directory))
    labels = _load(lambda: output.labels(load_watchlist(directory / "watchlist.toml")))
    with _database(settings.database_url) as session:
        output.print_hits(hits_since(session, start), format, since=since, labels=labels)


@app.command()
def feeds(config_dir: ConfigDir = None) -> None:
    """Show each feed's last status, error and article count, and how the last run ended.

    Example: monitor feeds
    """
    from .store.queries import feed_health, last_run

    settings = _load(lambda: load_settings(config_dir or default_config_dir()))
    with _database(settings.database_url) as session:
        output.print_feeds(feed_health(session), last_run(session))


@contextmanager
def _database(url: str) -> Iterator[Any]:
    from .store import connect

    try:
        with connect(url) as session:
            yield session
    except MonitorError as exc:
        _fail(exc)


def _load(thunk: Any) -> Any:
    try:
        return thunk()
    except MonitorError as exc:
        _fail(exc)


def _fail(exc: MonitorError) -> None:
    err.print(f"[red]error:[/red] {exc}", highlight=False)
    raise typer.Exit(1)


