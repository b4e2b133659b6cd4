"""The watchlist editor, for editors: one topic or person at a time, previewed against stored articles, saved into
`config/watchlist.toml` (comments kept), rolled back from its history, and the window re-tagged in the background.

Where the truth lives: `config/watchlist.toml`, as for every command (the pass, `monitor tag`, `monitor reanalyze`),
written through `subscriptions/watchlist_file.py`; the database keeps each save's previous text (for roll back) and
the re-tag's progress. A save is refused when the file changed on disk since the form was opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from ...config import PersonConfig, TopicConfig, Watchlist
from ...errors import ConfigError, MonitorError
from ...store import audit
from ...store import watchlist_history as history
from ...store.tables import Role
from ...subscriptions import watchlist_edit, watchlist_file
from ...subscriptions.watchlist_file import Kind
from ..deps import CheckedDep, record_id, requires
from ..failures import shorten
from ..render import Page, PageDep

router = APIRouter(prefix="/watchlist", tags=["watchlist"], dependencies=[requires(Role.EDITOR)])

DEFAULT_DAYS = 30
MAX_DAYS = 365
MAX_FIELD = 5000  # characters of one field (a query, a list of words)
MAX_TERMS = 50
SINGULAR = {"topics": "topic", "people": "person"}


@dataclass(frozen=True)
class Problem:
    """A validation error as the form shows it: the start-up message, and for a query the line with a caret."""

    message: str
    query_line: str | None = None
    caret: int | None = None


def watchlist_path(page: Page) -> Path:
    return page.config.config_dir / "watchlist.toml"


@router.get("")
def overview(page: PageDep) -> Response:
    return _overview(page)


def _overview(page: Page, *, done: str | None = None, problem: str | None = None, status: int = 200) -> Response:
    path = watchlist_path(page)
    text = watchlist_file.read_text(path)
    try:
        current, file_problem = watchlist_file.parse(path, text), None
    except ConfigError as exc:
        current, file_problem = Watchlist(), str(exc)
    return page.render(
        "watchlist.html",
        nav="watchlist",
        watchlist=current,
        file_problem=file_problem,
        path=str(path),
        fingerprint=watchlist_file.fingerprint(text),
        versions=history.versions(page.session),
        job=history.latest_job(page.session),
        done=done,
        problem=problem,
        status_code=status,
    )


@router.get("/edit")
def edit_form(page: PageDep, kind: str = "topics", id: str = "") -> Response:
    """The form for one entry (`id`), or for a new one (no id)."""
    if kind not in watchlist_file.KINDS:
        return _overview(
            page, problem=f"{shorten(kind)} is neither topics nor people: pick an entry below.", status=404
        )
    path = watchlist_path(page)
    text = watchlist_file.read_text(path)
    try:
        current = watchlist_file.parse(path, text)
    except ConfigError as exc:
        return _overview(page, problem=f"The watchlist cannot be read, so it cannot be edited here: {exc}", status=409)
    entry: TopicConfig | PersonConfig | None = None
    if id:
        entry = next((e for e in getattr(current, kind) if e.id == id), None)
        if entry is None:
            message = f"No {SINGULAR[kind]} has the id {shorten(id)}: pick one from the list, or add a new one."
            return _overview(page, problem=message, status=404)
    fields = entry.model_dump() if entry is not None else {}
    return _form(page, kind, id or "", fields, watchlist_file.fingerprint(text), DEFAULT_DAYS)


def _form(
    page: Page,
    kind: str,
    original: str,
    fields: dict[str, Any],
    fingerprint: str,
    days: int,
    *,
    problems: list[Problem] | None = None,
    preview: Any = None,
    status: int = 200,
) -> Response:
    return page.render(
        "watchlist_edit.html",
        nav="watchlist",
        kind=kind,
        singular=SINGULAR.get(kind, "entry"),
        original=original,
        fields=fields,
        terms=[*fields.get("terms", []), {}],  # one empty row to add a term
        fingerprint=fingerprint,
        days=days,
        problems=problems or [],
        preview=preview,
        status_code=status,
    )


@dataclass
class Draft:
    """A posted form, read: which entry, its new fields (or None to remove it), and the draft watchlist's text."""

    kind: Kind
    original: str
    fields: dict[str, Any]
    remove: bool
    fingerprint: str
    days: int
    current_text: str
    text: str = ""


def _read_form(form: FormData) -> Draft | str:
    """The posted form as a Draft, or what is wrong with it in words."""
    kind = _one(form, "kind")
    if kind not in watchlist_file.KINDS:
        return f"{shorten(kind)} is neither topics nor people: open the entry from the watchlist page."
    days_text = _one(form, "days") or str(DEFAULT_DAYS)
    if not (days_text.isascii() and days_text.isdigit() and 1 <= int(days_text[:4]) <= MAX_DAYS):
        return f"The window {shorten(days_text)} is not a number of days from 1 to {MAX_DAYS}."
    fields = _topic_fields(form) if kind == "topics" else _person_fields(form)
    return Draft(
        kind="topics" if kind == "topics" else "people",
        original=_one(form, "original"),
        fields=fields,
        remove=_one(form, "remove") == "1",
        fingerprint=_one(form, "fingerprint"),
        days=int(days_text[:4]),
        current_text="",
    )


def _one(form: FormData, key: str) -> str:
    value = form.get(key)
    return _clean(value) if isinstance(value, str) else ""


def _clean(text: str, *, lines: bool = False) -> str:
    """Printable characters only (tabs and, for multi-line fields, line breaks kept), at most MAX_FIELD."""
    keep = "\n\t" if lines else "\t"
    return "".join(ch for ch in text[:MAX_FIELD] if ch.isprintable() or ch in keep).strip()


def _lines(form: FormData, key: str) -> list[str]:
    value = form.get(key)
    if not isinstance(value, str):
        return []
    return [line.strip() for line in _clean(value, lines=True).splitlines() if line.strip()]


def _topic_fields(form: FormData) -> dict[str, Any]:
    texts, cases, windows = (form.getlist(k) for k in ("term_text", "term_case", "term_window"))
    requires_, rejects = form.getlist("term_require"), form.getlist("term_reject")
    terms = []
    for index, text in enumerate(texts[:MAX_TERMS]):
        text = _clean(str(text))
        if not text:
            continue  # the empty row
        window = _clean(str(windows[index])) if index < len(windows) else ""
        terms.append(
            {
                "text": text,
                "case_sensitive": (str(cases[index]) if index < len(cases) else "exact") != "any",
                "require_any": _split(requires_, index),
                "reject_any": _split(rejects, index),
                "window": int(window) if window.isascii() and window.isdigit() and len(window) < 6 else window,
            }
        )
    query = form.get("query")
    return {
        "id": _one(form, "id"),
        "label": _one(form, "label"),
        "phrases": _lines(form, "phrases"),
        "case_sensitive": _lines(form, "case_sensitive"),
        "terms": terms,
        "query": _clean(query, lines=True) if isinstance(query, str) and query.strip() else None,
    }


def _split(values: list[Any], index: int) -> list[str]:
    if index >= len(values) or not isinstance(values[index], str):
        return []
    return [line.strip() for line in _clean(values[index], lines=True).splitlines() if line.strip()]


def _person_fields(form: FormData) -> dict[str, Any]:
    return {
        "id": _one(form, "id"),
        "name": _one(form, "name"),
        "aliases": _lines(form, "aliases"),
        "organisation": _one(form, "organisation") or None,
        "role": _one(form, "role") or None,
        "context": _lines(form, "context"),
    }


def _draft(page: Page, draft: Draft) -> tuple[Watchlist | None, list[Problem]]:
    """The draft watchlist, checked as at start-up; or the problems, each naming the entry and key."""
    path = watchlist_path(page)
    draft.current_text = watchlist_file.read_text(path)
    entry = None if draft.remove else _for_file(draft.fields)
    try:
        draft.text = watchlist_file.with_entry(draft.current_text, draft.kind, draft.original or None, entry)
        return watchlist_file.parse(path, draft.text), []
    except ConfigError as exc:
        return None, [_problem(line, draft.fields.get("query")) for line in str(exc).splitlines()]


def _for_file(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields as the file writes them: a window that is not a number is still written, so the start-up check
    names it; empty values are left out."""
    return {key: value for key, value in fields.items() if value not in (None, "", [])}


_AT = re.compile(r"at character (\d+)")


def _problem(message: str, query: str | None) -> Problem:
    """A start-up message; for a query's, also the query's line with a caret under the character named."""
    if "key 'query'" not in message or not query:
        return Problem(message)
    found = _AT.search(message)
    position = int(found.group(1)) - 1 if found else len(query)
    start = query.rfind("\n", 0, position) + 1
    end = query.find("\n", position)
    return Problem(message, query[start : end if end != -1 else len(query)], position - start)


async def _checked(request: Request, page: Page) -> tuple[Draft, Watchlist] | Response:
    """The posted draft and the watchlist it makes, checked as at start-up; else the page that says what is wrong."""
    draft = _read_form(await request.form())
    if isinstance(draft, str):
        return _overview(page, problem=draft, status=400)
    watchlist, problems = _draft(page, draft)
    if watchlist is None:
        return _draft_form(page, draft, problems=problems, status=400)
    return draft, watchlist


def _draft_form(page: Page, draft: Draft, **shown: Any) -> Response:
    """The editor's form again, filled from the posted draft."""
    return _form(page, draft.kind, draft.original, draft.fields, draft.fingerprint, draft.days, **shown)


@router.post("/preview")
async def preview(request: Request, page: PageDep, viewer: CheckedDep) -> Response:
    """What the draft would add and drop in the window's stored articles, compared with the current watchlist."""
    checked = await _checked(request, page)
    if not isinstance(checked, tuple):
        return checked
    draft, watchlist = checked
    try:
        # In a worker thread: a wide edit reads thousands of articles, and the site must keep answering meanwhile.
        current = watchlist_file.parse(watchlist_path(page), draft.current_text)  # the file as it is now
        found = await run_in_threadpool(
            lambda: watchlist_edit.preview_window(page.config, watchlist, draft.days, current=current)
        )
    except MonitorError as exc:
        return _draft_form(page, draft, problems=[Problem(f"The preview could not run: {exc}")], status=503)
    return _draft_form(page, draft, preview=found)


@router.post("/save")
async def save(request: Request, page: PageDep, viewer: CheckedDep) -> Response:
    """Write the draft into watchlist.toml (if the file is as the form found it), keep the text it replaced, record
    it in the audit, and start re-tagging the window."""
    checked = await _checked(request, page)
    if not isinstance(checked, tuple):
        return checked
    draft, watchlist = checked
    summary = _summary(draft)
    try:
        before = watchlist_file.save(watchlist_path(page), draft.text, expected=draft.fingerprint)
    except ConfigError as exc:
        problems = [_problem(line, draft.fields.get("query")) for line in str(exc).splitlines()]
        return _draft_form(page, draft, problems=problems, status=409 if "changed on disk" in str(exc) else 400)
    number = history.add_version(page.session, by=viewer.name, action="save", summary=summary, before=before)
    audit.record(page.session, viewer.name, "watchlist.save", f"version {number}", summary)
    return _after_change(page, viewer.name, watchlist, draft.days, f"Saved version {number}: {summary}.", before)


def _summary(draft: Draft) -> str:
    name = SINGULAR[draft.kind]
    ident = draft.fields.get("id") or draft.original
    if draft.remove:
        return f"{name} {draft.original!r} removed"
    if not draft.original:
        return f"{name} {ident!r} added"
    renamed = f" (was {draft.original!r})" if ident != draft.original else ""
    return f"{name} {ident!r} changed{renamed}"


def _after_change(page: Page, by: str, watchlist: Watchlist, days: int, done: str, replaced: str) -> Response:
    """The site reads the new watchlist from now on; the window is re-tagged in the background, reading only the
    articles the change from the `replaced` text could alter (every article when that text was not valid)."""
    try:
        before: Watchlist | None = watchlist_file.parse(watchlist_path(page), replaced)
    except ConfigError:
        before = None
    page.request.app.state.config = page.config = watchlist_edit.with_watchlist(page.config, watchlist)
    job = watchlist_edit.start_retag(page.config, before, by=by, days=days)
    if job is None:
        done += " Another re-tag is still running: re-tag this window once it ends (button below)."
    else:
        done += f" Re-tagging the articles of the last {days} days in the background (job {job})."
    return _overview(page, done=done)


@router.post("/rollback")
async def rollback(request: Request, page: PageDep, viewer: CheckedDep) -> Response:
    """Put the file back as it was before a saved version (itself a save, so it can be undone too)."""
    form = await request.form()
    number = record_id(_one(form, "version"))
    found = history.version(page.session, number) if number is not None else None
    if found is None:
        return _overview(page, problem=f"No saved version has the number {shorten(_one(form, 'version'))}.", status=404)
    path = watchlist_path(page)
    try:
        watchlist = watchlist_file.parse(path, found.before)
        before = watchlist_file.save(path, found.before, expected=_one(form, "fingerprint"))
    except ConfigError as exc:
        return _overview(page, problem=f"Version {number} was not put back: {exc}", status=409)
    summary = f"put back as before version {number} ({found.summary})"
    saved = history.add_version(page.session, by=viewer.name, action="rollback", summary=summary, before=before)
    audit.record(page.session, viewer.name, "watchlist.rollback", f"version {saved}", summary)
    done = f"Saved version {saved}: {summary}."
    return _after_change(page, viewer.name, watchlist, DEFAULT_DAYS, done, before)


@router.post("/retag")
async def retag(request: Request, page: PageDep, viewer: CheckedDep) -> Response:
    """Re-tag a window with the watchlist as it is (after a save whose re-tag could not start)."""
    form = await request.form()
    days_text = _one(form, "days") or str(DEFAULT_DAYS)
    if not (days_text.isascii() and days_text.isdigit() and 1 <= int(days_text[:4]) <= MAX_DAYS):
        return _overview(
            page, problem=f"The window {shorten(days_text)} is not a number of days from 1 to {MAX_DAYS}.", status=400
        )
    job = watchlist_edit.start_retag(page.config, None, by=viewer.name, days=int(days_text[:4]))
    if job is None:
        return _overview(
            page, problem="A re-tag is still running: wait for it to end, then start this one.", status=409
        )
    return _overview(page, done=f"Re-tagging the articles of the last {int(days_text[:4])} days (job {job}).")


@router.get("/retag")
def retag_status(page: PageDep) -> Response:
    """The latest re-tag's progress, for the page's script to poll."""
    job = history.latest_job(page.session)
    if job is None:
        return JSONResponse({"job": None})
    return JSONResponse(
        {
            "job": job.id,
            "status": job.status,
            "done": job.done,
            "total": job.total,
            "became_hits": job.became_hits,
            "stopped_being_hits": job.stopped_being_hits,
            "message": job.message,
        }
    )
