"""What every route may ask for: a database session, the config, the signed-in user, a checked form, a role.

Signing in: the cookie carries a random token; the database keeps its hash (`accounts.token_hash`).
CSRF: each session has its own token, which every form posts back (field `csrf_token`) and every
script request sends as `X-CSRF-Token`; a missing or wrong token is refused before the route runs.
Roles: `requires(Role.EDITOR)` (or "editor") is the one check, on the server, of what an account may do; a route
or a whole router that asks for it answers anyone below that role with a 403 page, before it runs.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request

from ..config import Config
from ..errors import CsrfFailed, NotAllowed, NotSignedIn
from ..store import Session, reads, writes
from ..store.hits import is_row_id
from ..store.tables import Role, User
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

    @property
    def role(self) -> Role:
        try:
            return Role(self.user.role)
        except ValueError:  # a value no version wrote: the least the account could be
            return Role.VIEWER

    def can(self, needed: Role | str) -> bool:
        """May this person do what `needed` (a role) may? Pages ask it to hide what the role cannot use."""
        return self.role.allows(Role(needed))


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

ROLE_WORK = {Role.EDITOR: "releases, the watchlist and labels", Role.ADMIN: "accounts, feeds, settings and the audit"}


def requires(role: Role | str) -> Any:
    """A dependency that lets through only accounts with `role` or a higher one (viewer < editor < admin).

    Use it on a route, `viewer: Annotated[Viewer, requires("editor")]`, or on a whole router,
    `APIRouter(dependencies=[requires(Role.ADMIN)])`; a state-changing route still asks for `CheckedDep` too.
    """
    needed = Role(role)

    def allowed(viewer: ViewerDep) -> Viewer:
        if not viewer.can(needed):
            raise NotAllowed(
                f"This is for {needed.value}s ({ROLE_WORK.get(needed, 'reading')}); you are signed in as "
                f"{viewer.name}, a {viewer.role.value}. Nothing was changed. Ask an admin if you need this."
            )
        return viewer

    return Depends(allowed)


EditorDep = Annotated[Viewer, requires(Role.EDITOR)]
AdminDep = Annotated[Viewer, requires(Role.ADMIN)]


def record_id(text: str) -> int | None:
    """The number in an address like /articles/12; None when it is not one a stored row can have (negative,
    past 64 bits, "abc", "²"), which the route answers as "no such article"."""
    if not (text.isascii() and text.isdigit()) or len(text) > 19:
        return None
    number = int(text)
    return number if is_row_id(number) else None
