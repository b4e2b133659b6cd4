"""What every route may ask for: a database session, the config, the signed-in user, a checked form.

Signing in: the cookie carries a random token; the database keeps its hash (`accounts.token_hash`).
CSRF: each session has its own token, which every form posts back (field `csrf_token`) and every
script request sends as `X-CSRF-Token`; a missing or wrong token is refused before the route runs.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from ..config import Config
from ..errors import CsrfFailed, NotSignedIn
from ..store import Session, reads, writes
from ..store.hits import is_row_id
from ..store.tables import User
from . import accounts

SESSION_COOKIE = "monitor_session"
LOGIN_COOKIE = "monitor_login"  # the sign-in form's own CSRF token, before any session exists


def get_config(request: Request) -> Config:
    return request.app.state.config


def get_session(request: Request) -> Iterator[Session]:
    with Session(request.app.state.engine) as session:
        yield session


ConfigDep = Annotated[Config, Depends(get_config)]
SessionDep = Annotated[Session, Depends(get_session)]


@dataclass(frozen=True)
class Viewer:
    """The person behind a request: who they are, their session's CSRF token, their previous visit."""

    user: User
    csrf_token: str

    @property
    def name(self) -> str:
        return self.user.name


def current_user(request: Request, session: SessionDep, config: ConfigDep) -> Viewer:
    token = request.cookies.get(SESSION_COOKIE)
    found = reads.signed_in(session, accounts.token_hash(token)) if token else None
    if found is None:
        raise NotSignedIn("no signed-in session")
    user, user_session = found
    writes.note_visit(session, user, gap=config.settings.web.visit_gap)
    return Viewer(user=user, csrf_token=user_session.csrf_token)


ViewerDep = Annotated[Viewer, Depends(current_user)]


async def checked_form(request: Request, viewer: ViewerDep) -> Viewer:
    """For every state-changing route: the request must carry this session's CSRF token."""
    sent = request.headers.get("x-csrf-token")
    if sent is None:
        form = await request.form()
        value = form.get("csrf_token")
        sent = value if isinstance(value, str) else None
    if not sent or not secrets.compare_digest(sent.encode(), viewer.csrf_token.encode()):  # str: ASCII only
        raise CsrfFailed("missing or wrong CSRF token")
    return viewer


CheckedDep = Annotated[Viewer, Depends(checked_form)]


def record_id(text: str) -> int | None:
    """The number in an address like /articles/12; None when it is not one a stored row can have (negative,
    past 64 bits, "abc", "²"), which the route answers as "no such article"."""
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    number = int(text)
    return number if is_row_id(number) else None
