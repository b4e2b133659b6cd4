"""Clip books to download, as PDF or Word: of the stories ticked on the list, of the list's current filter, or of
a release's placements. More than clipbook.MAX_STORIES stories is refused with a message, before any work."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import Response

from ...errors import SearchError
from ...pickup.report import PLACEMENT_KINDS
from ...present.clock import Clock
from ...present.labels import labels
from ...store import hits as store_hits
from ...store import releases as store_releases
from ...store.hits import HitRow
from ...store.types import utcnow
from .. import clip_pdf, clip_word, clipbook
from ..deps import CheckedDep, record_id
from ..failures import refuse, shorten
from ..filters import FilterParams
from ..render import Page, PageDep
from .hits import hit_filter

router = APIRouter(tags=["clipbook"])

FORMATS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


@router.post("/clipbook")
def selected(
    request: Request,
    page: PageDep,
    _checked: CheckedDep,
    article_id: Annotated[list[int], Form()] = [],  # noqa: B006
    format: Annotated[str, Form()] = "pdf",
) -> Response:
    """The stories ticked on the list (each with its copies in other outlets)."""
    if format not in FORMATS:
        return refuse(request, f"No clip book comes as {shorten(format)}: choose PDF or Word (docx).", 400)
    if not article_id:
        return refuse(request, "Tick the stories for the clip book first (the boxes, or x), then press it again.", 400)
    if unknown := [i for i in article_id if not store_hits.is_row_id(i)]:
        return refuse(request, f"No stored article has the number {shorten(unknown[0])}. Reload the page.", 404)
    if len(set(article_id)) > clipbook.MAX_STORIES:
        return refuse(request, clipbook.too_many(len(set(article_id))), 413)
    rows = store_hits.rows_for(page.session, store_hits.article_ids_in_stories(page.session, article_id))
    return _download(request, page, rows, "Selected stories", format)


@router.get("/clipbook.{format}")
def filtered(request: Request, format: str, page: PageDep) -> Response:
    """Every story the list's filter (the same URL parameters) holds."""
    if format not in FORMATS:
        return refuse(request, f"No clip book comes as {shorten(format)}: choose PDF or Word (docx).", 404)
    params = FilterParams.from_query(dict(request.query_params))
    where, problems = hit_filter(page, params)
    if problems:
        return refuse(request, f"No clip book was made: {'; '.join(problems)}. Correct the filter and try again.", 400)
    try:
        found = store_hits.find_hits(page.session, where, limit=clipbook.MAX_STORIES)
    except SearchError as exc:
        return refuse(request, str(exc), 400)
    if found.stories > clipbook.MAX_STORIES:
        return refuse(request, clipbook.too_many(found.stories), 413)
    title = f"Hits for “{params.q}”" if params.q else "Hits"
    return _download(request, page, found.rows, title, format)


@router.get("/releases/{release_id}/clipbook.{format}")
def release(request: Request, release_id: str, format: str, page: PageDep) -> Response:
    """A release's placements (its text or quotes ran; mentions are not clips of it)."""
    if format not in FORMATS:
        return refuse(request, f"No clip book comes as {shorten(format)}: choose PDF or Word (docx).", 404)
    number = record_id(release_id)
    found = store_releases.get_release(page.session, number) if number is not None else None
    if found is None:
        raise HTTPException(404, f"No release has the number {shorten(release_id)}. See the list of releases.")
    ids = [p.article_id for p in store_releases.placements(page.session, found.id) if p.kind in PLACEMENT_KINDS]
    rows = store_hits.rows_for(page.session, ids)
    if len({r.story_id for r in rows}) > clipbook.MAX_STORIES:
        return refuse(request, clipbook.too_many(len({r.story_id for r in rows})), 413)
    return _download(request, page, rows, f"Pickup of “{found.title}”", format)


def _download(request: Request, page: Page, rows: list[HitRow], title: str, format: str) -> Response:
    if format not in FORMATS:
        return refuse(request, f"No clip book comes as {shorten(format)}: choose PDF or Word (docx).", 404)
    now = utcnow()
    clock = Clock(page.config.settings.time_zone, now)
    names = labels(page.config.watchlist)
    book = clipbook.build(
        rows,
        title=title,
        made=f"Made {clock.full(now)} by {page.viewer.name}",
        outlets=page.config.outlets,
        names=names,
    )
    if format == "pdf":
        body = clip_pdf.pdf(book, request.app.state.templates.env, clock, names)
    else:
        body = clip_word.docx(book, clock, names)
    stamp = clock.local(now).strftime("%Y-%m-%d-%H%M")
    return Response(
        body,
        media_type=FORMATS[format],
        headers={"Content-Disposition": f'attachment; filename="clipbook-{stamp}.{format}"'},
    )
