"""What the site answers when it cannot do what a request asks: its own page with a plain message that names
the thing and what to do, or, for the page's script, `{"error": message}`; never a traceback, never
FastAPI's raw JSON to a browser.

A 4xx is the reader's to fix (a bad link, an expired form, a search too complex). A 500 is only ever the
site's own fault: its traceback goes to the log, and the page says so without showing it.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from ..errors import CsrfFailed, NotAllowed, NotSignedIn, SearchError, StoreError
from ..store import Session, reads
from . import accounts
from .deps import SESSION_COOKIE, Viewer
from .render import SECURITY_HEADERS, render

log = logging.getLogger("monitor.web")

PLAIN = {
    400: "The request could not be read. Go back, reload the page and try again.",
    404: "There is no page at this address. Check the link, or start again from Today.",
    405: "This address does not take that kind of request. Use the page's own links and buttons.",
    413: "That was more than the site takes at once. Send less, or split it up.",
}
HEADINGS = {
    400: "That request could not be used",
    401: "Please sign in again",
    403: "That form has expired",
    404: "Not found",
    405: "Not something this address does",
    413: "Too much at once",
    422: "That request could not be used",
    500: "Something went wrong on our side",
    503: "The database is busy",
}
FAULT = (
    "Something went wrong on the monitor's side, not with what you did. It has been logged; try again, "
    "and tell the admin if it keeps happening."
)


def install(app: FastAPI) -> None:
    """Every handler, from the most particular to the last resort. They are plain functions, which Starlette
    runs in a thread: an error page may read the database (who is signed in) without blocking the others."""
    app.add_exception_handler(NotSignedIn, _sign_in_first)
    app.add_exception_handler(CsrfFailed, _csrf_failed)
    app.add_exception_handler(NotAllowed, _not_allowed)
    app.add_exception_handler(StoreError, _store_failed)
    app.add_exception_handler(SearchError, _search_failed)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _fault)


def wants_json(request: Request) -> bool:
    """JSON for the page's script (it asks for it) and for the routes that only answer JSON
    (`response_class=JSONResponse`); a page for everything a browser opens."""
    declared = getattr(request.scope.get("route"), "response_class", None)
    return "application/json" in request.headers.get("accept", "") or declared is JSONResponse


def refuse(request: Request, message: str, status: int) -> Response:
    """The answer to a request the reader can fix: the message as JSON or on the site's error page."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    context = {"message": message, "heading": HEADINGS.get(status), "viewer": _viewer(request)}
    return render(request, "error.html", context, status_code=status)


def _viewer(request: Request) -> Viewer | None:
    """The signed-in reader, if there is one, so an error page keeps the site's navigation."""
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return None
    with Session(request.app.state.engine) as session:
        found = reads.signed_in(session, accounts.token_hash(token))
    return Viewer(user=found[0], csrf_token=found[1].csrf_token) if found else None


def _sign_in_first(request: Request, _exc: Exception) -> Response:
    if request.method == "GET" and not wants_json(request):
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)
    return refuse(request, "Your session has ended. Sign in again, then repeat what you did.", 401)


def _csrf_failed(request: Request, _exc: Exception) -> Response:
    return refuse(request, "This form has expired or did not come from this site. Reload the page and try again.", 403)


def _not_allowed(request: Request, exc: Exception) -> Response:
    """A page or change the account's role does not cover: a 403 page saying whose it is, with the navigation."""
    if wants_json(request):
        return JSONResponse({"error": str(exc)}, status_code=403)
    context = {"message": str(exc), "heading": "Not open to your role", "viewer": _viewer(request)}
    return render(request, "error.html", context, status_code=403)


def _store_failed(request: Request, exc: Exception) -> Response:
    """The database refused (locked past its timeout, disk full): say so plainly; nothing half-saved. The page
    does not ask the database who is signed in."""
    message = f"The monitor's database could not do that just now ({exc}). Nothing was changed; try again."
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=503)
    return render(request, "error.html", {"message": message, "heading": HEADINGS[503]}, status_code=503)


def _search_failed(request: Request, exc: Exception) -> Response:
    return refuse(request, str(exc), 400)


def _http_error(request: Request, exc: Exception) -> Response:
    """Routes raise HTTPException with a plain `detail`; Starlette's own (no route, wrong method, unreadable
    form) carry only the status's name, which is replaced by a sentence."""
    assert isinstance(exc, HTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else ""
    try:
        phrase = HTTPStatus(exc.status_code).phrase
    except ValueError:
        phrase = ""
    fallback = f"That did not work ({phrase or exc.status_code}). Go back and try again."
    message = detail if detail and detail != phrase else PLAIN.get(exc.status_code, fallback)
    if exc.status_code == 400 and detail and detail != phrase:  # the form parser's: "Missing boundary in multipart."
        message = f"What was sent could not be read ({detail.rstrip('.')}). Reload the page and try again."
    response = refuse(request, message, exc.status_code)
    response.headers.update(exc.headers or {})  # e.g. Allow, for a wrong method
    return response


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _invalid(request: Request, exc: Exception) -> Response:
    """A parameter FastAPI could not read: name each, say what was wrong with it. A form route sent something
    else than a form (JSON, say) is told so, rather than that every field is missing."""
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    sent = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and sent not in FORM_TYPES and any(e.get("loc", ("",))[0] == "body" for e in errors):
        return refuse(
            request,
            f"This takes a form, as the page sends it, not {sent or 'an empty body'}. Reload the page and try again.",
            422,
        )
    problems = "; ".join(describe(error) for error in errors[:5])
    return refuse(
        request, f"Some of what was sent could not be used: {problems}. Go back, reload the page and try again.", 422
    )


_KINDS = {
    "int": "is not a whole number",
    "datetime": "is not a date and time like 2026-11-29T08:00",
    "date": "is not a date like 2026-11-29",
    "string": "is not text",
    "list": "is not a list",
    "bool": "is not yes or no",
    "float": "is not a number",
}


def describe(error: dict[str, Any]) -> str:
    """One validation error in words: the field's name, the value (shortened) and what is wrong with it."""
    name = next((str(part) for part in reversed(error.get("loc", ())) if isinstance(part, str)), "a value")
    kind = str(error.get("type", ""))
    if kind == "missing":
        return f"{name} is missing"
    problem = _KINDS.get(kind.split("_")[0], str(error.get("msg", "is not valid")).lower())
    return f"{name} {shorten(error.get('input'))} {problem}"


def shorten(value: object, limit: int = 40) -> str:
    """A value as a message quotes it: in quotes, control characters visible, cut short if long."""
    if isinstance(value, str) and len(value) > limit:
        value = value[:limit] + "…"
    return repr(value)


def _fault(request: Request, exc: Exception) -> Response:
    """The last resort, for what nobody foresaw: the traceback to the log, a plain page to the reader."""
    log.error("unexpected error answering %s %s", request.method, request.url.path, exc_info=exc)
    if wants_json(request):
        response: Response = JSONResponse({"error": FAULT}, status_code=500)
    else:
        response = render(request, "error.html", {"message": FAULT, "heading": HEADINGS[500]}, status_code=500)
    response.headers.update(SECURITY_HEADERS)  # this answer is sent from outside the middleware that adds them
    return response
