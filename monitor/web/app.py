"""The review site: `create_app(config)` builds it; `monitor serve` runs it with uvicorn.

Server-rendered pages (Jinja2, autoescaped) and one small script for keyboard triage; no front-end build.
Every page needs a signed-in user; every form carries a CSRF token; a strict Content-Security-Policy
means that even a piece of feed text that slipped through escaping could not run. Whatever a request
holds, the answer is one of the site's pages (failures.py): a plain message for what the reader can fix,
a plain apology, with the traceback in the log, for a fault of the site's own.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.base import BaseHTTPMiddleware, RequestResponseEndpoint

from .. import __version__
from ..config import Config
from ..store.db import open_database
from . import failures
from .render import SECURITY_HEADERS
from .routes import (
    admin_feeds,
    audit,
    auth,
    clipbook,
    hits,
    labels,
    ops,
    pages,
    release_edit,
    releases,
    roles,
    view,
    watchlist,
)

HERE = Path(__file__).parent


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
    for module in (
        auth,
        hits,
        labels,
        clipbook,
        ops,
        pages,
        releases,
        release_edit,
        view,
        admin_feeds,
        roles,
        audit,
        watchlist,
    ):
        app.include_router(module.router)
    failures.install(app)
    return app
