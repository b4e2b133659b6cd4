"""Feeds, for admins: add one by its address or a page's, pause, resume, see each one's health, OPML in and out.

Where the truth lives: `config/feeds.toml`. The site edits it through `subscriptions/feeds_file.py` (comments
kept, one atomic rename), exactly as `monitor feeds add` does, and the next pass syncs the `feed` table from it;
a pause is also mirrored in the table at once so Health agrees. So the file and the site never disagree, and an
admin who edits the file by hand loses nothing the site did.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response
from pydantic import ValidationError
from starlette.datastructures import UploadFile

from ...config import FeedConfig
from ...errors import MonitorError
from ...store import audit, reads, writes
from ...store.tables import Role
from ...store.types import utcnow
from ...subscriptions.feeds_file import add_feeds, listed_as, read_feeds, set_enabled
from ...subscriptions.find_feed import find_feed
from ...subscriptions.opml import Subscription, read_opml, write_opml
from ..deps import CheckedDep, requires
from ..failures import shorten
from ..render import Page, PageDep

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[requires(Role.ADMIN)])

RECENT = timedelta(days=7)
MAX_URL = 2000
MAX_NAME = 200
MAX_OPML_BYTES = 2_000_000


@dataclass(frozen=True)
class FeedRow:
    """A feeds.toml entry with what the database knows of it (nothing yet for a feed no pass has read)."""

    entry: FeedConfig
    health: reads.FeedHealth | None
    recent: int  # articles in the last RECENT


def feeds_path(page: Page) -> Path:
    return page.config.config_dir / "feeds.toml"


def _rows(page: Page) -> list[FeedRow]:
    entries = read_feeds(feeds_path(page))
    health = {found.name: found for found in reads.feed_health(page.session)}
    recent = reads.articles_per_feed_since(page.session, utcnow() - RECENT)
    return [FeedRow(entry, health.get(entry.name), recent.get(entry.name, 0)) for entry in entries]


def _show(
    page: Page,
    *,
    done: str | None = None,
    problem: str | None = None,
    status: int = 200,
    form: dict[str, Any] | None = None,
) -> Response:
    """The feeds page, with what was just done or why it could not be; a broken feeds.toml is said, not raised."""
    try:
        rows, file_problem = _rows(page), None
    except MonitorError as exc:
        rows, file_problem = [], str(exc)
    return page.render(
        "admin_feeds.html",
        rows=rows,
        done=done,
        problem=problem,
        file_problem=file_problem,
        path=str(feeds_path(page)),
        form=form or {},
        status_code=status,
    )


@router.get("/feeds")
def feeds_page(page: PageDep) -> Response:
    return _show(page)


def web_address(text: str) -> str | None:
    """The admin's input as an http(s) address, or None. The site takes no `file:` paths: the server's disk is not
    the browser user's to point at."""
    text = text.strip()
    if not text or len(text) > MAX_URL or any(ch.isspace() or ord(ch) < 32 for ch in text):
        return None
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return None
    return text if parts.scheme.lower() in ("http", "https") and host else None


def _clean(text: str, limit: int = MAX_NAME) -> str:
    return " ".join("".join(ch for ch in text if ch.isprintable()).split())[:limit]


@router.post("/feeds/add")
def add_feed(
    page: PageDep,
    viewer: CheckedDep,
    url: Annotated[str, Form()] = "",
    name: Annotated[str, Form()] = "",
    outlet: Annotated[str, Form()] = "",
    full_text: Annotated[str, Form()] = "",
) -> Response:
    """Find the feed behind an address (the feed itself, or a page that links to one) and add it to feeds.toml."""
    form = {"url": url[:MAX_URL], "name": _clean(name), "outlet": _clean(outlet), "full_text": full_text == "1"}
    address = web_address(url)
    if address is None:
        problem = f"{shorten(url)} is not a web address: paste one that starts with http:// or https://."
        return _show(page, problem=problem, status=400, form=form)
    path = feeds_path(page)
    try:
        if listed := listed_as(path, address):
            return _show(page, problem=f"{address} is already listed, as {listed!r}.", status=400, form=form)
        found = asyncio.run(find_feed(page.config.settings, address))  # a worker thread: no loop of its own yet
        feed = FeedConfig(
            name=form["name"] or _clean(found.title) or found.url,
            url=found.url,
            outlet=form["outlet"] or None,
            full_text=form["full_text"],
        )
        result = add_feeds(path, [feed])
    except (MonitorError, ValidationError) as exc:
        problem = f"Could not add {address}: {_reason(exc)}"
        return _show(page, problem=problem, status=400, form=form)
    if result.present:
        return _show(
            page, problem=f"{found.url} is already listed, as {result.present[0][1]!r}.", status=400, form=form
        )
    added = result.added[0]
    where = f"{added.url}, found on {found.page_url}" if found.page_url else added.url
    audit.record(page.session, viewer.name, "feed.add", added.name, where)
    return _show(page, done=f"Added {added.name!r} ({where}). The next pass reads it.")


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(str(error.get("msg", "not valid")) for error in exc.errors()[:3])
    return str(exc)


@router.post("/feeds/state")
def pause_or_resume(
    page: PageDep,
    viewer: CheckedDep,
    name: Annotated[str, Form()] = "",
    action: Annotated[str, Form()] = "",
) -> Response:
    """Pause a feed (`enabled = false` in feeds.toml: no pass fetches it) or resume it."""
    if action not in ("pause", "resume"):
        return _show(page, problem=f"Unknown action {shorten(action)}: use Pause or Resume.", status=400)
    enabled = action == "resume"
    try:
        changed = set_enabled(feeds_path(page), name, enabled)
    except MonitorError as exc:
        return _show(page, problem=f"Could not {action} {shorten(name)}: {exc}", status=400)
    if not changed:
        return _show(page, done=f"{name!r} was already {'running' if enabled else 'paused'}.")
    writes.set_feed_enabled(page.session, name, enabled)
    audit.record(
        page.session, viewer.name, f"feed.{action}", name, "paused → running" if enabled else "running → paused"
    )
    return _show(page, done=f"{'Resumed' if enabled else 'Paused'} {name!r}.")


@router.post("/feeds/import")
async def import_opml(request: Request, page: PageDep, viewer: CheckedDep) -> Response:
    """Add the feeds of an uploaded OPML file (any feed reader's export); one audit line per feed added."""
    form = await request.form()  # already read, and cached, by the CSRF check
    upload = form.get("opml")
    if not isinstance(upload, UploadFile) or not upload.filename:
        return _show(page, problem="Choose an OPML file to import (a feed reader's export).", status=400)
    data = await upload.read(MAX_OPML_BYTES + 1)
    if len(data) > MAX_OPML_BYTES:
        return _show(page, problem=f"{upload.filename}: more than 2 MB; no subscription list is that big.", status=400)
    source = _clean(upload.filename) or "the file"
    try:
        subscriptions = [_web_only(s) for s in read_opml(data, source)]
        result = add_feeds(feeds_path(page), [s.as_feed() for s in subscriptions if s.problem is None])
    except (MonitorError, ValidationError) as exc:
        return _show(page, problem=f"Nothing was imported: {_reason(exc)}", status=400)
    for feed in result.added:
        audit.note(page.session, viewer.name, "feed.add", feed.name, f"{feed.url}, imported from {source}")
    page.session.commit()
    skipped = [f"{s.name} ({s.problem})" for s in subscriptions if s.problem is not None]
    parts = [f"Imported {len(result.added)} feed(s) from {source}"]
    if result.present:
        parts.append(f"{len(result.present)} already listed")
    if skipped:
        parts.append(f"skipped {len(skipped)}: " + "; ".join(skipped[:5]))
    return _show(page, done=", ".join(parts) + ".")


def _web_only(subscription: Subscription) -> Subscription:
    """An outline the site may add: an http(s) feed. A `file:` one (a local export's) is left to the command line,
    where the admin on the server means the server's disk."""
    if subscription.problem is None and web_address(subscription.url) is None:
        problem = "a file on the server, not a web address: import it with `monitor feeds import` there"
        return replace(subscription, problem=problem)
    return subscription


@router.get("/feeds.opml")
def export_opml(page: PageDep) -> Response:
    """feeds.toml as OPML 2.0, for any feed reader (the same file `monitor feeds export` writes)."""
    try:
        document = write_opml(read_feeds(feeds_path(page)), title="monitor feeds")
    except MonitorError as exc:
        raise HTTPException(409, f"{exc}. Fix the file, then export again.") from None
    return Response(
        document,
        media_type="text/x-opml; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="monitor-feeds.opml"'},
    )
