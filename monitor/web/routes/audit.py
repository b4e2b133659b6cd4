"""The audit page, for admins: every change to what the team shares, newest first, by person and by kind."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ...store import audit
from ...store.tables import Role
from ..deps import requires
from ..failures import shorten
from ..render import PageDep

router = APIRouter(prefix="/admin", tags=["admin"], dependencies=[requires(Role.ADMIN)])


@router.get("/audit")
def audit_page(request: Request, page: PageDep) -> Response:
    """Filters live in the address (person, kind, page), so a filtered view is a link; bad ones are named and
    left out."""
    query = request.query_params
    problems: list[str] = []
    people = audit.actors(page.session)
    person = query.get("person") or None
    if person is not None and person not in people:
        problems.append(f"nobody called {shorten(person)} has changed anything; showing everyone")
        person = None
    kind = query.get("kind") or None
    if kind is not None and kind not in audit.KINDS:
        problems.append(f"unknown kind {shorten(kind)}; showing every kind")
        kind = None
    number = query.get("page", "1")
    if not (number.isascii() and number.isdigit() and len(number) < 7):
        problems.append(f"page {shorten(number)} is not a page number; showing the first")
        number = "1"
    found = audit.events(page.session, actor=person, kind=kind, page=int(number))
    return page.render(
        "admin_audit.html",
        found=found,
        people=people,
        person=person,
        kind=kind,
        kinds=audit.KINDS,
        problems=problems,
    )
