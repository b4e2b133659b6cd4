"""The reader's choice of list density: full cards, or compact (headline, outlet, time and verdict only), kept
with their account so it follows them from laptop to phone."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form
from fastapi.responses import RedirectResponse, Response

from ...store import writes
from ..deps import CheckedDep, SessionDep
from ..render import local_target

router = APIRouter(tags=["view"])


@router.post("/view")
def set_view(
    session: SessionDep,
    viewer: CheckedDep,
    compact: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    """Switch the lists between compact and full; back to the page the reader was on."""
    assert viewer.user.id is not None
    writes.set_compact(session, viewer.user.id, compact == "1")
    return RedirectResponse(local_target(next), status_code=303)
