"""Signing in and out. Failed attempts for a name are counted, and after a few the name waits a while:
guessing passwords through the form is slow. A wrong name and a wrong password look and cost the same."""

from __future__ import annotations

import secrets
import time
from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from ...store import reads, writes
from .. import accounts
from ..deps import LOGIN_COOKIE, SESSION_COOKIE, CheckedDep, ConfigDep, SessionDep
from ..render import local_target, render

router = APIRouter(tags=["auth"])

MAX_FAILURES = 5
LOCKOUT_SECONDS = 15 * 60


class Throttle:
    """Failed sign-ins per name over the last LOCKOUT_SECONDS, in memory (the site is one process)."""

    def __init__(self) -> None:
        self._failures: dict[str, list[float]] = {}

    def _recent(self, name: str) -> list[float]:
        now = time.monotonic()
        return [moment for moment in self._failures.get(name, []) if now - moment < LOCKOUT_SECONDS]

    def locked(self, name: str) -> bool:
        return len(self._recent(name)) >= MAX_FAILURES

    def failed(self, name: str) -> None:
        if len(self._failures) > 10_000:  # names typed at random must not grow this without bound
            self._failures = {key: times for key in self._failures if (times := self._recent(key))}
        self._failures[name] = [*self._recent(name), time.monotonic()]

    def forget(self, name: str) -> None:
        self._failures.pop(name, None)


@router.get("/login")
def login_form(request: Request, config: ConfigDep, next: str = "/") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", {"next": local_target(next), "login_token": token, "error": None})
    _set_cookie(response, LOGIN_COOKIE, token, config.settings.web.secure_cookies, max_age=3600)
    return response


@router.post("/login")
def login(
    request: Request,
    session: SessionDep,
    config: ConfigDep,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
    login_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/",
) -> Response:
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie.encode(), login_token.encode()):
        return _refuse(request, config, next, "The sign-in form had expired. Please try again.", 403)
    name = name.strip()
    if not name or not password:
        return _refuse(request, config, next, "Enter your name and password.", 400)
    throttle: Throttle = request.app.state.login_throttle
    if throttle.locked(name):
        return _refuse(request, config, next, "Too many failed attempts for this name. Wait 15 minutes.", 429)
    user = reads.user_named(session, name)
    valid = accounts.verify_password(user.password_hash if user else accounts.DUMMY_HASH, password)
    if user is None or not valid or not user.enabled:
        throttle.failed(name)
        return _refuse(request, config, next, "That name and password do not match.", 401)
    throttle.forget(name)
    assert user.id is not None
    if accounts.needs_rehash(user.password_hash):
        writes.set_password(session, user.id, accounts.hash_password(password), sign_out=False)
    token = accounts.new_token()
    web = config.settings.web
    writes.open_session(
        session,
        user.id,
        token_hash=accounts.token_hash(token),
        csrf_token=secrets.token_urlsafe(24),
        lifetime=web.session_lifetime,
        user_agent=request.headers.get("user-agent"),
    )
    response = RedirectResponse(local_target(next), status_code=303)
    _set_cookie(response, SESSION_COOKIE, token, web.secure_cookies, max_age=int(web.session_lifetime.total_seconds()))
    response.delete_cookie(LOGIN_COOKIE)
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, _viewer: CheckedDep) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        writes.close_session(session, accounts.token_hash(token))
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


def _refuse(request: Request, config: ConfigDep, next: str, message: str, status: int) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request, "login.html", {"next": local_target(next), "login_token": token, "error": message}, status_code=status
    )
    _set_cookie(response, LOGIN_COOKIE, token, config.settings.web.secure_cookies, max_age=3600)
    return response


def _set_cookie(response: Response, name: str, value: str, secure: bool, *, max_age: int) -> None:
    response.set_cookie(name, value, max_age=max_age, httponly=True, samesite="lax", secure=secure, path="/")
