"""The review site: `create_app(config)` builds it; `monitor serve` runs it with uvicorn.

Server-rendered pages (Jinja2, autoescaped) and one small script for keyboard triage; no front-end build.
Every page needs a signed-in user; every form carries a CSRF token; a strict Content-Security-Policy
means that even a piece of feed text that slipped through escaping could not run.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from .. import __version__
from ..config import Config
from ..errors import StoreError
from ..store.db import open_database
from .deps import CsrfFailed, NotSignedIn
from .render import render
from .routes import auth, hits, pages, releases

HERE = Path(__file__).parent
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class _SecurityHeaders(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next: RequestResponseEndpoint) -> Response:
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        if not request.url.path.startswith("/static/"):
            response.headers.setdefault("Cache-Control", "no-store")  # pages show private, changing data
        return response


def create_app(config: Config) -> FastAPI:
    """The site over the configured database (created or upgraded if need be)."""
    app = FastAPI(title="monitor review site", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    app.state.config = config
    app.state.engine = open_database(config.settings.database_url)
    app.state.templates = Jinja2Templates(directory=HERE / "templates")
    app.state.login_throttle = auth.Throttle()
    app.add_middleware(_SecurityHeaders)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for module in (auth, hits, pages, releases):
        app.include_router(module.router)
    app.add_exception_handler(NotSignedIn, _sign_in_first)
    app.add_exception_handler(CsrfFailed, _csrf_failed)
    app.add_exception_handler(StoreError, _store_failed)
    return app


def _wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


async def _sign_in_first(request: Request, _exc: Exception) -> Response:
    if _wants_json(request) or request.method != "GET":
        return JSONResponse({"error": "Your session has ended. Sign in again."}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


async def _store_failed(request: Request, exc: Exception) -> Response:
    """The database refused (locked past its timeout, disk full): say so plainly; nothing half-saved."""
    message = f"The monitor's database could not do that just now ({exc}). Nothing was changed; try again."
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=503)
    return render(request, "error.html", {"message": message}, status_code=503)


async def _csrf_failed(request: Request, _exc: Exception) -> Response:
    message = "This form has expired or did not come from this site. Reload the page and try again."
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=403)
    return render(request, "error.html", {"message": message}, status_code=403)
