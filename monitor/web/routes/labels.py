"""The team's own labels: the page that lists, creates, renames and deletes them (label_access.py says who may),
and putting a label on a story or taking it off (triage: every signed-in reader)."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from ...errors import LabelError
from ...store import hits as store_hits
from ...store import labels as store_labels
from ..deps import CheckedDep, SessionDep, record_id
from ..failures import refuse, shorten
from ..label_access import LabelManagerDep, may_manage_labels
from ..render import PageDep, local_target

router = APIRouter(tags=["labels"])


@router.get("/labels")
def label_list(page: PageDep) -> Response:
    """Every label with the number of articles it is on; the forms to manage them for those who may."""
    return page.render(
        "labels.html",
        all_labels=store_labels.list_labels(page.session),
        manage=may_manage_labels(page.viewer),
        max_name=store_labels.MAX_NAME,
    )


@router.post("/labels")
def create(
    request: Request, session: SessionDep, viewer: LabelManagerDep, name: Annotated[str, Form()] = ""
) -> Response:
    try:
        store_labels.create_label(session, name[:1000], by=viewer.name)
    except LabelError as exc:
        return refuse(request, str(exc), 400)
    return RedirectResponse("/labels", status_code=303)


@router.post("/labels/{label_id}/rename")
def rename(
    request: Request,
    label_id: str,
    session: SessionDep,
    _viewer: LabelManagerDep,
    name: Annotated[str, Form()] = "",
) -> Response:
    try:
        store_labels.rename_label(session, _number(label_id), name[:1000])
    except LabelError as exc:
        return refuse(request, str(exc), 404 if "No label" in str(exc) else 400)
    return RedirectResponse("/labels", status_code=303)


@router.post("/labels/{label_id}/delete")
def delete(request: Request, label_id: str, session: SessionDep, _viewer: LabelManagerDep) -> Response:
    """Delete the label and take it off every story (the page asks first, in the button's words)."""
    try:
        store_labels.delete_label(session, _number(label_id))
    except LabelError as exc:
        return refuse(request, str(exc), 404)
    return RedirectResponse("/labels", status_code=303)


def _number(text: str) -> int:
    number = record_id(text)
    if number is None:
        raise LabelError(f"No label has the number {shorten(text)}. Reload the labels page.")
    return number


_CHANGE = re.compile(r"(add|remove):(\d{1,19})")


@router.post("/stories/labels")
def toggle(
    request: Request,
    session: SessionDep,
    viewer: CheckedDep,
    article_id: Annotated[list[int], Form()] = [],  # noqa: B006
    label: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Put a label on a story (`label` "add:ID") or take it off ("remove:ID"), on every copy of the story. The
    button says which, so a second click or a colleague's changes nothing unexpected. Scripts get JSON with the
    story's labels now; plain forms go back to the list."""
    found = _CHANGE.fullmatch(label)
    wanted = record_id(found.group(2)) if found else None
    if found is None or wanted is None:
        return refuse(request, "Pick a label to add or remove, with the story's label buttons.", 400)
    add = found.group(1) == "add"
    if unknown := [i for i in article_id if not store_hits.is_row_id(i)]:
        return refuse(request, f"No stored article has the number {shorten(unknown[0])}. Reload the page.", 404)
    ids = store_hits.article_ids_in_stories(session, article_id)
    if not ids:
        return refuse(request, "No stored article was given: use the label buttons on a story.", 404)
    try:
        store_labels.set_label(session, ids, wanted, add, by=viewer.name)
    except LabelError as exc:
        return refuse(request, str(exc), 404)
    if "application/json" in request.headers.get("accept", ""):
        now = store_labels.labels_of(session, [article_id[0]]).get(article_id[0], [])
        return JSONResponse(
            {"articles": sorted(ids), "label": wanted, "on": any(i == wanted for i, _ in now), "labels": now}
        )
    return RedirectResponse(local_target(next), status_code=303)
