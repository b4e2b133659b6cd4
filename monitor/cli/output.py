"""How results look on a terminal (rich tables) and in files (CSV, JSON)."""

from __future__ import annotations

import csv
import json
import sys
import textwrap
from dataclasses import asdict
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from rich.console import Console
from rich.style import Style
from rich.table import Table
from rich.text import Text

from ..present.cells import spreadsheet_safe

if TYPE_CHECKING:  # annotations only: printing a table must not import spaCy, the database layer or tomlkit
    from pathlib import Path

    from ..config import FeedConfig
    from ..pipeline.reanalyze import ReanalyzeReport
    from ..pipeline.release_pickup import AddedRelease
    from ..pipeline.run import RunReport
    from ..store.reads import FeedHealth, Hit
    from ..store.releases import ReleaseSummary
    from ..store.tables import Run, User
    from ..subscriptions.feeds_file import AddResult
    from ..subscriptions.find_feed import FoundFeed
    from ..subscriptions.opml import Subscription

# Piped output (cron mail, CI logs, files) gets a wide page rather than rich's 80-column default.
console = Console(width=None if sys.stdout.isatty() else 160)


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    JSON = "json"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "—"


# Cron mail is read in mail clients: plain lines this wide, no box drawing.
MAIL_COLUMNS = 80


def print_run(report: RunReport, *, quiet: bool = False) -> None:
    """One row per feed fetched, then the totals; with quiet, only feeds that need the admin (cron mails those),
    as plain text that fits an 80-column mail."""
    if quiet:
        print_run_for_mail(report)
        print_alert_failures(report)
        return
    print_pass(report)
    if report.alerts is not None:
        console.print(Text(f"Alerts: {report.alerts.describe()}."))
        for line in report.alerts.failures:
            console.print(Text(line, style="red"))


def print_pass(report: RunReport) -> None:
    """The feeds' table and the pass's totals."""
    rows = report.feeds
    if rows:
        table = Table(title=f"Run {report.run_id}: {report.status}", title_justify="left")
        for column in ("Feed", "Result", "Hits", "Other new", "Seen before", "Problem or note"):
            table.add_column(column, overflow="fold")
        for feed in rows:
            if not feed.ok:
                result = Text.assemble(("FAILED", "red"), f" ({feed.error_key})\nretry {_when(feed.next_check_at)}")
            else:
                result = Text("not modified" if feed.not_modified else "ok")
            warning = f"read with warnings: {feed.warning}" if feed.warning else None
            table.add_row(
                Text(feed.name),
                result,
                str(feed.outcomes["hit"]),
                str(feed.outcomes["stored"]),
                str(feed.outcomes["duplicate"]),
                Text(_feed_note(feed.trouble, feed.moved_to, warning)),
            )
        console.print(table)
    c = report.counts
    if not report.feeds:
        console.print(f"No feed is due yet ({c['feeds_not_due']} not due yet; monitor run --all fetches them now).")
        return
    later = f" ({c['feeds_not_due']} not due yet)" if c["feeds_not_due"] else ""
    warned = f" ({c['feeds_with_warnings']} read with warnings)" if c["feeds_with_warnings"] else ""
    failed = f", {c['failed']} article(s) could not be stored" if c["failed"] else ""
    console.print(
        f"{c['feeds_ok']} feeds ok{warned}, {c['feeds_failed']} failed{later}; {c['hit']} new hits, "
        f"{c['stored']} other new articles, {c['duplicate']} seen before{failed}."
    )


def print_alert_failures(report: RunReport) -> None:
    """Alerts that could not go out, a wrapped paragraph each (they are tried again by later passes)."""
    for line in report.alerts.failures if report.alerts else []:
        print(textwrap.fill(line, MAIL_COLUMNS, subsequent_indent="    ", break_long_words=False))


def print_run_for_mail(report: RunReport) -> None:
    """Each feed that needs the admin (failing, articles not stored, moved), as wrapped plain paragraphs:
    cron mails whatever is printed, so a good pass prints nothing."""
    rows = [f for f in report.feeds if f.trouble or f.moved_to]
    if not rows:
        return
    c = report.counts
    paragraphs = [
        f"Run {report.run_id} ({report.status}): {c['feeds_failed']} of {c['feeds_due']} feeds due failed, "
        f"{c['feeds_not_due']} not due."
    ]
    for feed in rows:
        head = f"FAILED ({feed.error_key}), retry {_when(feed.next_check_at)}" if not feed.ok else "ok"
        paragraphs.append(f"{feed.name}: {head}. " + _feed_note(feed.trouble, feed.moved_to).replace("\n", " "))
    for paragraph in paragraphs:
        print(
            textwrap.fill(
                paragraph, MAIL_COLUMNS, subsequent_indent="    ", break_long_words=False, break_on_hyphens=False
            )
        )


def _feed_note(trouble: str | None, moved_to: str | None, warning: str | None = None) -> str:
    moved = f"moved permanently to {moved_to}; fetched from there now (update feeds.toml)" if moved_to else ""
    return "\n".join(part for part in (trouble, moved, warning) if part)


def print_reanalyze(report: ReanalyzeReport) -> None:
    console.print(
        f"Re-tagged {report.articles} articles: {report.hits_before} hits before, {report.hits_after} now "
        f"({report.became_hits} new, {report.stopped_being_hits} no longer). Reviews were kept."
    )


def print_hits(hits: list[Hit], format: Format, *, since: str, labels: dict[str, str] | None = None) -> None:
    names = labels or {}
    if format is Format.JSON:
        json.dump([asdict(h) for h in hits], sys.stdout, default=str, ensure_ascii=False, indent=2)
        print()
    elif format is Format.CSV:
        _hits_csv(hits, names)
    else:
        _hits_table(hits, since, names)


def _watched_quotes(hit: Hit, limit: int | None = None) -> list[str]:
    """Quotes by watched people as `Speaker: “text”`, shortened to `limit` characters for tables."""

    def short(text: str) -> str:
        return text if limit is None or len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"

    return [f"{q.speaker}: “{short(q.text)}”" for q in hit.quotes if q.person]


def _named(keys: list[str], names: dict[str, str], sep: str = ", ") -> str:
    return sep.join(names.get(key, key) for key in keys)


def _hits_table(hits: list[Hit], since: str, names: dict[str, str]) -> None:
    if not hits:
        console.print(f"No hits in the last {since}.")
        return
    table = Table(title=f"{len(hits)} hits since {since}", title_justify="left", show_lines=True)
    table.add_column("Published", no_wrap=True)
    table.add_column("Outlet")
    table.add_column("Headline", ratio=3)
    table.add_column("Topics")
    table.add_column("People")
    table.add_column("Watched quotes", ratio=3)
    for hit in hits:
        # Feed text goes in as plain Text, never as markup: a title with "[" cannot restyle the table.
        table.add_row(
            _when(hit.published_at or hit.fetched_at),
            Text(hit.outlet),
            Text(hit.title, style=Style(link=hit.url)),
            Text(_named(hit.topics, names)),
            Text(_named(hit.people, names)),
            Text("\n".join(_watched_quotes(hit, limit=140))),
        )
    console.print(table)


def _hits_csv(hits: list[Hit], names: dict[str, str]) -> None:
    """Every cell that came from a feed is defused like the review site's export (cells.spreadsheet_safe)."""
    writer = csv.writer(sys.stdout)
    writer.writerow(
        [
            "seen",
            "published",
            "outlet",
            "headline",
            "url",
            "topics",
            "people",
            "quotes",
            "watched_quotes",
            "status",
            "labels",
        ]
    )
    for hit in hits:
        writer.writerow(
            [
                spreadsheet_safe(cell)
                for cell in (
                    _when(hit.fetched_at),
                    _when(hit.published_at),
                    hit.outlet,
                    hit.title,
                    hit.url,
                    _named(hit.topics, names, "; "),
                    _named(hit.people, names, "; "),
                    len(hit.quotes),
                    " | ".join(_watched_quotes(hit)),
                    hit.status,
                    "; ".join(hit.labels),  # as the site's export writes them
                )
            ]
        )


def print_feeds(feeds: list[FeedHealth], last: Run | None) -> None:
    if last is None:
        console.print("No run yet: start one with [bold]monitor run[/bold].")
    else:
        errors = f", {len(last.errors)} feed errors" if last.errors else ""
        console.print(
            f"Last run {last.id}: [bold]{last.status}[/bold], started {_when(last.started_at)}, "
            f"finished {_when(last.finished_at)}{errors}."
        )
    table = Table(show_lines=False)
    for column in ("Feed", "Status", "Last success", "Next check", "Articles 30 d", "Hits 30 d", "Last error or note"):
        table.add_column(column, overflow="fold")
    for feed in feeds:
        if not feed.enabled:
            status = Text("paused")
        elif feed.failing:
            status = Text.assemble(("FAILING", "red"), f" ×{feed.error_count} ({feed.last_error_key})")
        elif feed.last_checked_at is None:
            status = Text("not fetched yet")
        else:
            status = Text(f"ok ({feed.last_status})")
        moved = f"moved from {feed.configured_url} on {_when(feed.moved_at)}" if feed.moved_at else None
        warning = f"read with warnings: {feed.last_warning}" if feed.last_warning else None
        next_check = _when(feed.next_check_at) if feed.enabled and feed.last_checked_at else "—"
        table.add_row(
            Text(feed.name),
            status,
            _when(feed.last_success_at),
            next_check,
            str(feed.articles),
            str(feed.hits),
            Text("\n".join(part for part in (feed.last_error, moved, warning) if part)),
        )
    console.print(table)


def print_found(found: FoundFeed) -> None:
    """What `monitor feeds add` found: the feed itself, or every feed the page names and how each fared."""
    if found.page_url is None:
        console.print(Text.assemble(f"{found.url} is a feed: ", (found.title or "(untitled)", "bold")))
        return
    table = Table(title=Text(f"{found.page_url} links to {len(found.candidates)} feed(s)"), title_justify="left")
    for column in ("Title", "Type", "URL", "Result"):
        table.add_column(column, overflow="fold")
    for link in found.candidates:
        if link.url in found.rejected:
            result = Text(f"not usable: {found.rejected[link.url].removeprefix(link.url + ': ')}")
        elif link.url == found.chosen:
            result = Text("chosen", style="green")
        else:
            result = Text("not tried (an earlier one works)")
        table.add_row(Text(link.title), Text(link.type), Text(link.url), result)
    console.print(table)


def print_added(feed: FeedConfig, path: Path) -> None:
    console.print(Text.assemble("Added ", (feed.name, "bold"), f" ({feed.url}) to {path}."))


def print_import(result: AddResult, skipped: list[Subscription], *, source: str, dry_run: bool) -> None:
    """One row per outline of the OPML file: added, already present (and as what), or skipped and why."""
    table = Table(title=Text(f"{source}{' (dry run: nothing written)' if dry_run else ''}"), title_justify="left")
    for column in ("Feed", "URL", "Result"):
        table.add_column(column, overflow="fold")
    for feed in result.added:
        table.add_row(Text(feed.name), Text(feed.url), Text("would add" if dry_run else "added", style="green"))
    for feed, listed in result.present:
        table.add_row(Text(feed.name), Text(feed.url), Text(f"already present as {listed!r}"))
    for item in skipped:
        table.add_row(Text(item.name), Text(item.url), Text(f"skipped: {item.problem}", style="yellow"))
    if result.added or result.present or skipped:
        console.print(table)
    verb = "would be added" if dry_run else "added"
    console.print(
        f"{len(result.added)} {verb}, {len(result.present)} already present, {len(skipped)} skipped.",
        markup=False,
        highlight=False,
    )


def print_users(users: list[User]) -> None:
    if not users:
        console.print("No accounts yet: monitor users add NAME")
        return
    table = Table("Name", "Role", "Created", "Last seen", "Enabled")
    for user in users:
        table.add_row(
            Text(user.name),
            user.role,
            _when(user.created_at),
            _when(user.last_seen_at),
            "yes" if user.enabled else "no",
        )
    console.print(table)


def print_release_added(added: AddedRelease) -> None:
    console.print(Text(f"Added release {added.id}: {added.title}"))
    console.print(
        Text(
            f"Published {_when(added.published_at)}; {added.quotes} quotes "
            f"({', '.join(added.spokespeople) or 'no named speaker'}), {added.sentences} distinctive "
            f"sentences, organisation {added.organisation or 'not found'}, topics "
            f"{', '.join(added.topics) or 'none'}."
        )
    )
    console.print(
        f"Articles stored from now on are checked against it. For those stored already: "
        f"monitor release rescan {added.id}"
    )


def print_releases(releases: list[ReleaseSummary]) -> None:
    if not releases:
        console.print("No releases yet: monitor release add FILE|URL")
        return
    table = Table("Id", "Published", "Title", "Verbatim", "Partial", "Quote", "Mention")
    for r in releases:
        table.add_row(
            str(r.id),
            _when(r.published_at),
            Text(r.title),
            *(str(r.counts.get(kind, 0)) for kind in ("verbatim", "partial", "quote", "mention")),
        )
    console.print(table)
