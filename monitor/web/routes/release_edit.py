"""Editing and deleting a press release, for editors: its title and window. Adding one stays on the command line
(`monitor release add`), where the tagger that fingerprints it is loaded; each change goes to the audit trail."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException
from fastapi.responses import RedirectResponse, Response

from ...store import releases as store_releases
from ...store import writes
from ...store.releases import ActiveRelease
from ...store.tables import Role
from ..deps import CheckedDep, record_id, requires
from ..failures import shorten
from ..render import Page, PageDep

router = APIRouter(prefix="/releases", tags=["releases"], dependencies=[requires(Role.EDITOR)])

MAX_TITLE = 300
MAX_WINDOW = 3650


def _release(page: Page, release_id: str) -> ActiveRelease:
    number = record_id(release_id)
    release = store_releases.get_release(page.session, number) if number is not None else None
    if release is None:
        raise HTTPException(404, f"No release has the number {shorten(release_id)}. See the list of releases.")
    return release


@router.get("/{release_id}/edit")
def edit_form(release_id: str, page: PageDep) -> Response:
    release = _release(page, release_id)
    return page.render("release_edit.html", release=release, title=release.title, window=str(release.window_days))


@router.post("/{release_id}/edit")
def edit(
    release_id: str,
    page: PageDep,
    viewer: CheckedDep,
    title: Annotated[str, Form()] = "",
    window_days: Annotated[str, Form()] = "",
) -> Response:
    """Save a new title or window (days after publication that articles are checked); back to its report."""
    release = _release(page, release_id)
    clean = " ".join("".join(ch for ch in title if ch.isprintable()).split())
    problem = None
    if not clean or len(clean) > MAX_TITLE:
        problem = f"Give the release a title of 1 to {MAX_TITLE} characters."
    elif not (window_days.isascii() and window_days.isdigit() and 1 <= int(window_days[:6]) <= MAX_WINDOW):
        problem = f"The window {shorten(window_days)} is not a number of days from 1 to {MAX_WINDOW}."
    if problem:
        return page.render(
            "release_edit.html",
            release=release,
            title=title[:MAX_TITLE],
            window=window_days[:6],
            problem=problem,
            status_code=400,
        )
    writes.edit_release(page.session, release.id, title=clean, window_days=int(window_days), actor=viewer.name)
    return RedirectResponse(f"/releases/{release.id}", status_code=303)


@router.post("/{release_id}/delete")
def delete(release_id: str, page: PageDep, viewer: CheckedDep) -> Response:
    """Delete the release and its pickups (the articles stay); back to the list."""
    release = _release(page, release_id)
    writes.remove_release(page.session, release.id, actor=viewer.name)
    return RedirectResponse("/releases", status_code=303)
