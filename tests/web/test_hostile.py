"""The review site never answers 500 to input.

Every route of the app is found in `app.routes`, so a new route fails `test_every_route_is_in_the_table`
until it is described in ROUTES. Each parameter a route reads (path, query or form: the ones FastAPI declares
are found in the route itself, the ones read from the request are named in the table) is replaced in turn by
each value of HOSTILE, through a signed-in client over the real database of a real pass; form routes also get
malformed bodies. Every answer must be below 500, carry no traceback, be the site's own page with a plain
message (or, for the page's script, a JSON error), and leave nothing in the error log.

The site runs on the clock of Kiritimati (UTC+14), where the edges of the calendar are closest.
"""

from __future__ import annotations

import html
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import select
from starlette.routing import Mount

from monitor.store import connect, labels, watchlist_history
from monitor.store.tables import Mention, Release
from monitor.subscriptions.watchlist_file import fingerprint
from monitor.web.app import create_app
from monitor.web.routes import auth
from tests.review_site import PASSWORD, Site, sign_in


def enc(text: str) -> str:
    return quote(text, safe="")


# Each value as it travels in a URL or a form body (percent-encoded), so that bytes no client would send,
# like a lone surrogate or invalid UTF-8, are sent as they are.
HOSTILE: dict[str, str] = {
    "empty": "",
    "blank": enc("   "),
    "NUL": "%00",
    "NUL inside": "ice%00x",
    "lone surrogate": "%ED%A0%80",
    "invalid UTF-8": "%FF%FE%C3",
    "malformed escape": "%ZZ%",
    "RTL marks": enc("\u202e\u200fice\u200e"),
    "BOM and zero width": enc("\ufeff\u200b"),
    "emoji": enc("📰🧊"),
    "combining marks": enc("e\u0301" * 50),
    "control characters": enc("\r\n\t\x1b[31m\x7f"),
    "HTML": enc("<script>alert(1)</script>"),
    "quote": enc('"'),
    "unbalanced quote": enc('"Secure Communities'),
    "quotes galore": enc('"""\'\'\'"'),
    "FTS5 syntax": enc('NEAR("a" "b", 2) title:ice ^x {a b} (x) AND NOT'),
    "bare operators": enc("OR AND NOT - * ( ) : OR"),
    "100 ORs": enc(" OR ".join(f"word{n}" for n in range(101))),
    "1000 words": enc(" ".join(f"w{n}" for n in range(1000))),
    "300 exclusions": enc(" ".join(f"-w{n}" for n in range(300))),
    "very long": "x" * 20_000,
    "23 digits": "12345678901234567890123",
    "int64 max": "9223372036854775807",
    "int64 max + 1": "9223372036854775808",
    "negative": "-1",
    "very negative": "-9223372036854775809",
    "zero": "0",
    "decimal": "1.5",
    "exponent": "1e308",
    "hex": "0x10",
    "superscript digit": enc("²"),
    "Arabic-Indic digits": enc("١٢٣"),
    "word": "abc",
    "date 0001-01-01": "0001-01-01",
    "date 9999-12-31": "9999-12-31",
    "date 2026-02-30": "2026-02-30",
    "yesterday": "yesterday",
    "moment at the start of time": enc("0001-01-01T00:00+14:00"),
    "moment at the end of time": enc("9999-12-31T23:59:59-14:00"),
    "huge span": "99999999999999999999d",
    "long span": "9999999d",
    "unknown name": "nonsense",
    "upper case": "RELEVANT",
    "path traversal": enc("../../etc/passwd"),
    "another site": enc("https://evil.example/"),
}
REPEATED = ("unknown name", "23 digits", "NUL")  # sent twice with a good value, in both orders

# Good values that depend on the test: filled in when the request is made.
CSRF, LOGIN, ARTICLE, RELEASE, BATCH = "{csrf}", "{login}", "{article}", "{release}", "{batch}"
FEED = "{feed}"  # a feed on a loopback server, for the admin's "add a feed"
LABEL = "{label}"
FINGERPRINT = "{fingerprint}"  # the watchlist file's as it is now, as the editor's form carries it
VERSION = "{version}"  # a saved watchlist version (the file as it is), made when the request is


@dataclass(frozen=True)
class Target:
    """How a route answers (`kind`) and a value that works for every parameter it reads.

    kind: "page" is HTML for a browser; "csv" a download whose errors are pages; "json" the page script's
    (errors are JSON); "form" a form post, answered with a page, or with JSON when the script asks; "static"
    the stylesheet and script; "plain" text for the admin's tools (Prometheus' /metrics)."""

    kind: str
    path: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    script: bool = False  # the page's script posts here too (Accept: application/json, X-CSRF-Token)
    always: tuple[str, ...] = ()  # query parameters the route needs: sent with every request
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # uploads the good request sends (multipart)


FILTER = {
    "q": "detainer",
    "topic": "ice",
    "person": "lynn-tramonte",
    "outlet": "Capitol Wire",
    "status": "new",
    "from": "2001-01-01",
    "to": "2099-12-31",
    "seen": "7d",
    "after": "2001-01-01T00:00",
    "tier": "national",
    "page": "1",
}

OPML = b'<opml version="2.0"><body><outline text="A" type="rss" xmlUrl="https://a.example.org/feed"/></body></opml>'

WATCHLIST_TOPIC = {
    "kind": "topics",
    "original": "local-enforcement",
    "fingerprint": FINGERPRINT,
    "id": "local-enforcement",
    "label": "Local enforcement",
    "phrases": "immigration hold",
    "case_sensitive": "Secure Communities",
    "term_text": "ICE",
    "term_case": "exact",
    "term_window": "40",
    "term_require": "deport",
    "term_reject": "hockey",
    "query": "detainer NEAR/15 sheriff",
    "days": "30",
    "csrf_token": CSRF,
}
WATCHLIST_PERSON = {
    "kind": "people",
    "original": "lynn-tramonte",
    "fingerprint": FINGERPRINT,
    "id": "lynn-tramonte",
    "name": "Lynn Tramonte",
    "aliases": "L. Tramonte",
    "organisation": "America's Voice",
    "role": "Deputy Director",
    "context": "immigra",
    "remove": "",
    "days": "30",
    "csrf_token": CSRF,
}

ROUTES: dict[tuple[str, str], Target] = {
    ("GET", "/login"): Target("page", query={"next": "/hits"}),
    ("POST", "/login"): Target("form", form={"name": "ana", "password": PASSWORD, "login_token": LOGIN, "next": "/"}),
    ("POST", "/logout"): Target("form", form={"csrf_token": CSRF}),
    ("POST", "/view"): Target("form", form={"compact": "1", "next": "/hits", "csrf_token": CSRF}),
    ("GET", "/"): Target("page", query=FILTER),
    ("GET", "/hits"): Target("page", query=FILTER),
    ("GET", "/hits.csv"): Target("csv", query=FILTER),
    ("POST", "/reviews"): Target(
        "form",
        form={
            "action": "star",
            "article_id": ARTICLE,
            "note": "a note",
            "next": "/hits",
            "bulk": "1",
            "confirm": "yes",
            "csrf_token": CSRF,
        },
        script=True,
    ),
    ("POST", "/reviews/undo"): Target("form", form={"batch": BATCH, "next": "/hits", "csrf_token": CSRF}, script=True),
    ("GET", "/reviews"): Target("json", query={"since": "2001-01-01T00:00:00", "ids": ARTICLE}, always=("since",)),
    ("GET", "/articles/{article_id}"): Target("page", path={"article_id": ARTICLE}),
    ("GET", "/trends"): Target("page", query={"from": "2026-10-01", "to": "2026-12-31", "topic": "ice", "by": "topic"}),
    ("GET", "/trends.csv"): Target("csv", query={"from": "2026-10-01", "to": "2026-12-31", "by": "person"}),
    ("GET", "/health"): Target("page"),
    ("GET", "/releases"): Target("page"),
    ("GET", "/releases/{release_id}.csv"): Target("csv", path={"release_id": RELEASE}),
    ("GET", "/releases/{release_id}"): Target("page", path={"release_id": RELEASE}),
    ("GET", "/static/{path}"): Target("static", path={"path": "app.css"}),
    ("GET", "/labels"): Target("page"),
    ("POST", "/labels"): Target("form", form={"name": "needs response", "csrf_token": CSRF}),
    ("POST", "/labels/{label_id}/rename"): Target(
        "form", path={"label_id": LABEL}, form={"name": "a win", "csrf_token": CSRF}
    ),
    ("POST", "/labels/{label_id}/delete"): Target("form", path={"label_id": LABEL}, form={"csrf_token": CSRF}),
    ("POST", "/stories/labels"): Target(
        "form",
        form={"article_id": ARTICLE, "label": "add:" + LABEL, "next": "/hits", "csrf_token": CSRF},
        script=True,
    ),
    ("POST", "/clipbook"): Target("csv", form={"article_id": ARTICLE, "format": "docx", "csrf_token": CSRF}),
    ("GET", "/clipbook.{format}"): Target("csv", path={"format": "docx"}, query=FILTER),
    ("GET", "/releases/{release_id}/clipbook.{format}"): Target("csv", path={"release_id": RELEASE, "format": "docx"}),
    ("GET", "/healthz"): Target("json"),
    ("GET", "/releases/{release_id}/edit"): Target("page", path={"release_id": RELEASE}),
    ("POST", "/releases/{release_id}/edit"): Target(
        "form", path={"release_id": RELEASE}, form={"title": "A release", "window_days": "30", "csrf_token": CSRF}
    ),
    ("POST", "/releases/{release_id}/delete"): Target("form", path={"release_id": RELEASE}, form={"csrf_token": CSRF}),
    ("GET", "/admin/feeds"): Target("page"),
    ("GET", "/admin/feeds.opml"): Target("csv"),
    ("POST", "/admin/feeds/add"): Target(
        "form", form={"url": FEED, "name": "Loopback", "outlet": "Loopback Daily", "full_text": "1", "csrf_token": CSRF}
    ),
    ("POST", "/admin/feeds/state"): Target(
        "form", form={"name": "Valley Ledger", "action": "pause", "csrf_token": CSRF}
    ),
    ("POST", "/admin/feeds/import"): Target("form", form={"csrf_token": CSRF}, files={"opml": ("feeds.opml", OPML)}),
    ("GET", "/admin/accounts"): Target("page"),
    ("POST", "/admin/accounts/role"): Target("form", form={"name": "ben", "role": "viewer", "csrf_token": CSRF}),
    ("GET", "/admin/audit"): Target("page", query={"person": "ana", "kind": "feed.pause", "page": "1"}),
    ("GET", "/metrics"): Target("plain"),
    ("GET", "/watchlist"): Target("page"),
    ("GET", "/watchlist/edit"): Target("page", query={"kind": "topics", "id": "ice"}),
    ("POST", "/watchlist/preview"): Target("form", form=WATCHLIST_TOPIC),
    ("POST", "/watchlist/save"): Target("form", form=WATCHLIST_PERSON),
    ("POST", "/watchlist/rollback"): Target(
        "form", form={"version": VERSION, "fingerprint": FINGERPRINT, "csrf_token": CSRF}
    ),
    ("POST", "/watchlist/retag"): Target("form", form={"days": "1", "csrf_token": CSRF}),
    ("GET", "/watchlist/retag"): Target("json"),
}

TRACEBACK = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|sqlalchemy\.|sqlite3\."
    r"|OperationalError|OverflowError|ValueError|Internal Server Error",
    re.I,
)
LAYOUT = '<main id="main"'
MESSAGE = re.compile(r'role="alert">\s*\S')


def app_routes(app: FastAPI) -> dict[tuple[str, str], dict[str, str]]:
    """Every (method, path) the app answers, with the parameters FastAPI declares for it (name -> where)."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if isinstance(route, Mount):
            found[("GET", context.path + "/{path}")] = {"path": "path"}
            continue
        assert isinstance(route, APIRoute), f"{route!r} is neither a FastAPI route nor a mount: describe it here"
        for method in context.methods or ():
            found[(method, context.path)] = declared(route)
    return found


def declared(route: APIRoute) -> dict[str, str]:
    params: dict[str, str] = {}
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        for where, fields in (
            ("path", dependant.path_params),
            ("query", dependant.query_params),
            ("form", dependant.body_params),
        ):
            params.update({f.alias: where for f in fields})
        pending.extend(dependant.dependencies)
    return params


@dataclass
class Visitor:
    """A signed-in browser (and its script) over a site whose every failure is logged, not raised."""

    client: TestClient
    values: dict[str, str]
    caplog: pytest.LogCaptureFixture

    def fill(self, value: str) -> str:
        if value == CSRF:
            return self.values["csrf"]
        if value == LOGIN:
            self.client.app.state.login_throttle = auth.Throttle()  # every guess is checked, none waits
            page = self.client.get("/login")
            return re.search(r'name="login_token" value="([^"]+)"', page.text).group(1)
        if value == BATCH:  # a decision of this visitor's own, made now, for each undo to find
            decided = self.client.post(
                "/reviews",
                data={"action": "star", "article_id": self.values["article"], "csrf_token": self.values["csrf"]},
                headers={"accept": "application/json"},
            )
            return decided.json()["undo"]
        if LABEL in value:
            return value.replace(LABEL, self.values["label"])
        if value == FINGERPRINT:
            return fingerprint(Path(self.values["watchlist"]).read_text())
        if value == VERSION:
            with connect(self.values["database"]) as session:
                before = Path(self.values["watchlist"]).read_text()
                return str(watchlist_history.add_version(session, by="ana", action="save", summary="-", before=before))
        return self.values.get(value.strip("{}"), value) if value.startswith("{") else value

    def stay_signed_in(self) -> None:
        """Signing in (again) or out changes the session and its CSRF token: take the new one."""
        page = self.client.get("/hits?page=9999")
        if 'name="csrf-token"' not in page.text:
            self.client.cookies.clear()
            page = sign_in(self.client).get("/hits?page=9999")
        self.values["csrf"] = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)


@pytest.fixture
def hostile_site(site: Site) -> Site:
    """The test's site with 5 stories a page (quick to render) on the clock of UTC+14."""
    settings = site.config.settings.model_copy(
        update={"time_zone": "Pacific/Kiritimati", "web": site.config.settings.web.model_copy(update={"page_size": 5})}
    )
    return Site(replace(site.config, settings=settings), site.folder)


@pytest.fixture
def visitor(hostile_site: Site, caplog: pytest.LogCaptureFixture) -> Iterator[Visitor]:
    with connect(hostile_site.config.settings.database_url) as session:
        article = session.execute(select(Mention.article_id).order_by(Mention.article_id)).scalars().first()
        label = labels.create_label(session, "op-ed", by="ana").id
    caplog.set_level(logging.WARNING)
    app = create_app(hostile_site.config)
    # From 127.0.0.1, as through the HTTPS proxy in front of the site (and as /metrics answers by default)
    with TestClient(
        app, base_url="http://127.0.0.1", raise_server_exceptions=False, client=("127.0.0.1", 50000)
    ) as client:
        watchlist = str(hostile_site.config.config_dir / "watchlist.toml")
        values = {"article": str(article), "release": "1", "label": str(label), "watchlist": watchlist}
        values["database"] = hostile_site.config.settings.database_url
        found = Visitor(sign_in(client), values, caplog)
        found.stay_signed_in()
        yield found


# What every answer must be


def problems_with(target: Target, response: Response, *, script: bool) -> list[str]:
    """What is wrong with an answer to hostile input; nothing when it is what the site should say."""
    found = []
    body = response.text
    kind = response.headers.get("content-type", "")
    if response.status_code >= 500:
        found.append(f"status {response.status_code}")
    if TRACEBACK.search(body):
        found.append(f"traceback or exception text: {TRACEBACK.search(body).group(0)!r}")
    if script or target.kind == "json":
        if response.status_code >= 400 and not _json_error(response):
            found.append(f"not a JSON error: {kind} {body[:120]!r}")
    elif kind.startswith("text/html"):
        if LAYOUT not in body:
            found.append("an HTML page without the site's layout")
        if response.status_code >= 400 and not MESSAGE.search(body):
            found.append(f"an error page ({response.status_code}) with no message")
    elif not (target.kind in ("csv", "static", "plain") and response.status_code == 200):
        found.append(f"a browser got {kind or 'no content type'} ({response.status_code}): {body[:120]!r}")
    return found


def _json_error(response: Response) -> bool:
    try:
        answer = response.json()
    except ValueError:
        return False
    return isinstance(answer, dict) and isinstance(answer.get("error"), str) and bool(answer["error"].strip())


def logged_failures(caplog: pytest.LogCaptureFixture) -> list[str]:
    failures = [
        f"{record.name}: {record.getMessage()[:200]}"
        for record in caplog.records
        if record.levelno >= logging.ERROR or record.exc_info
    ]
    caplog.clear()
    return failures


# Driving one route


def build_url(path: str, values: dict[str, str], query: list[tuple[str, str]]) -> str:
    for name, value in values.items():
        path = path.replace("{" + name + "}", value)
    return path + ("?" + "&".join(f"{name}={value}" for name, value in query) if query else "")


def form_body(fields: list[tuple[str, str]]) -> str:
    return "&".join(f"{name}={value}" for name, value in fields)


FORM = {"content-type": "application/x-www-form-urlencoded"}
SCRIPT = {"accept": "application/json"}


@dataclass
class Attempt:
    """One request: how it was made, and what the site should not have done."""

    label: str
    method: str
    url: str
    body: str | bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    script: bool = False


def good_request(method: str, path: str, target: Target, visitor: Visitor) -> Attempt:
    """The route's request with every parameter good: it must work, or the hostile ones prove nothing."""
    good_path = {name: enc(visitor.fill(value)) for name, value in target.path.items()}
    query = [(name, enc(visitor.fill(value))) for name, value in target.query.items()]
    body = form_body([(name, enc(visitor.fill(value))) for name, value in target.form.items()])
    return Attempt(
        "every parameter good",
        method,
        build_url(path, good_path, query),
        body if target.form else None,
        FORM if target.form else {},
    )


def attempts(method: str, path: str, target: Target, visitor: Visitor) -> Iterator[Attempt]:
    """Every hostile request for one route: each parameter in turn gets each hostile value."""
    good_path = {name: enc(visitor.fill(value)) for name, value in target.path.items()}
    for name in target.path:
        for label, raw in HOSTILE.items():
            yield Attempt(f"path {name}={label}", method, build_url(path, {**good_path, name: raw}, []))
    url = build_url(path, good_path, [])
    for name, good in target.query.items():
        needed = [(key, enc(visitor.fill(target.query[key]))) for key in target.always if key != name]
        for label, raw in HOSTILE.items():
            yield Attempt(f"query {name}={label}", method, build_url(path, good_path, [*needed, (name, raw)]))
        for label in REPEATED:
            pairs = [(name, enc(visitor.fill(good))), (name, HOSTILE[label])]
            yield Attempt(f"query {name} twice, {label} last", method, build_url(path, good_path, [*needed, *pairs]))
            yield Attempt(
                f"query {name} twice, {label} first", method, build_url(path, good_path, [*needed, *pairs[::-1]])
            )
        yield Attempt(
            f"query {name} without =", method, build_url(path, good_path, needed) + ("&" if needed else "?") + name
        )
    yield Attempt("unexpected query parameter", method, build_url(path, good_path, [("x", HOSTILE["NUL"])]))
    if method == "POST":
        yield from form_attempts(url, target, visitor)


def form_attempts(url: str, target: Target, visitor: Visitor) -> Iterator[Attempt]:
    """Hostile values in each field, fields missing or repeated, and bodies that are not the form at all."""

    def good() -> dict[str, str]:
        return {name: visitor.fill(value) for name, value in target.form.items()}

    def encoded(values: dict[str, str]) -> list[tuple[str, str]]:
        return [(name, enc(value)) for name, value in values.items()]

    for name in target.form:
        for label, raw in HOSTILE.items():
            for script in (False, True)[: 1 + target.script]:
                fields = [(key, raw if key == name else value) for key, value in encoded(good())]
                yield Attempt(
                    f"form {name}={label}{' (script)' if script else ''}",
                    "POST",
                    url,
                    form_body(fields),
                    {**FORM, **(SCRIPT if script else {})},
                    script,
                )
        fields = [pair for pair in encoded(good()) if pair[0] != name]
        yield Attempt(f"form without {name}", "POST", url, form_body(fields), FORM)
        for label in REPEATED:
            fields = [*encoded(good()), (name, HOSTILE[label])]
            yield Attempt(f"form {name} twice, {label} last", "POST", url, form_body(fields), FORM)
    for script in (False, True)[: 1 + target.script]:
        extra = {**SCRIPT, "x-csrf-token": visitor.values["csrf"]} if script else {}
        yield Attempt(f"empty body{' (script)' * script}", "POST", url, "", {**FORM, **extra}, script)
        yield Attempt(f"no body, no type{' (script)' * script}", "POST", url, None, extra, script)
        yield Attempt(
            f"JSON body{' (script)' * script}",
            "POST",
            url,
            json.dumps(good()),
            {"content-type": "application/json", **extra},
            script,
        )
        yield Attempt(
            f"JSON body typed as a form{' (script)' * script}",
            "POST",
            url,
            json.dumps(good()),
            {**FORM, **extra},
            script,
        )
        yield Attempt(
            f"plain text{' (script)' * script}",
            "POST",
            url,
            "action=star",
            {"content-type": "text/plain", **extra},
            script,
        )
        yield Attempt(
            f"multipart without boundary{' (script)' * script}",
            "POST",
            url,
            "--x--",
            {"content-type": "multipart/form-data", **extra},
            script,
        )
        yield Attempt(
            f"broken multipart{' (script)' * script}",
            "POST",
            url,
            "--x\r\nContent-Disposition: form",
            {"content-type": "multipart/form-data; boundary=x", **extra},
            script,
        )
        yield Attempt(
            f"malformed urlencoding{' (script)' * script}",
            "POST",
            url,
            "%%%&&==&a=%ZZ&=x&%00=%00",
            {**FORM, **extra},
            script,
        )
        yield Attempt(
            f"binary body{' (script)' * script}", "POST", url, bytes(range(256)) * 4, {**FORM, **extra}, script
        )
        oversize = [*encoded(good()), ("note", "n" * 2_000_000)]
        yield Attempt(f"2 MB field{' (script)' * script}", "POST", url, form_body(oversize), {**FORM, **extra}, script)
        many = [*encoded(good()), *(("article_id", "1") for _ in range(1500))]
        yield Attempt(f"1500 fields{' (script)' * script}", "POST", url, form_body(many), {**FORM, **extra}, script)
    yield Attempt("multipart form", "POST", url, None, {}, False)  # the good fields, sent as multipart


def send(visitor: Visitor, attempt: Attempt, target: Target) -> Response:
    if attempt.label == "every parameter good" and target.files:
        return visitor.client.post(
            attempt.url, files=target.files, data={name: visitor.fill(value) for name, value in target.form.items()}
        )
    if attempt.label == "multipart form":
        return visitor.client.post(
            attempt.url,
            files={"file": ("x.txt", b"x")},
            data={name: visitor.fill(value) for name, value in target.form.items()},
        )
    return visitor.client.request(attempt.method, attempt.url, content=attempt.body, headers=attempt.headers)


def drive(visitor: Visitor, method: str, path: str, target: Target) -> list[str]:
    """Every attempt against one route; a line for each answer that was wrong."""
    good = send(visitor, good_request(method, path, target, visitor), target)
    failures = [] if good.status_code == 200 else [f"the good request answered {good.status_code}: {good.text[:200]}"]
    visitor.stay_signed_in()
    for attempt in attempts(method, path, target, visitor):
        response = send(visitor, attempt, target)
        wrong = problems_with(target, response, script=attempt.script)
        wrong += logged_failures(visitor.caplog)
        if wrong:
            failures.append(f"{method} {attempt.url[:100]} [{attempt.label}]: {'; '.join(wrong)}")
        if method == "POST" or response.status_code == 401 or response.url.path == "/login":
            visitor.stay_signed_in()
    return failures


# The tests


def test_every_route_is_in_the_table(hostile_site: Site) -> None:
    found = app_routes(create_app(hostile_site.config))
    assert sorted(found) == sorted(ROUTES), "describe every route of the app in ROUTES (and only those)"
    for route, params in found.items():
        target = ROUTES[route]
        for name, where in params.items():
            assert name in getattr(target, where), f"{route}: give a good value for its {where} parameter {name!r}"


@pytest.mark.parametrize("route", list(ROUTES), ids=[f"{m} {p}" for m, p in ROUTES])
def test_no_input_makes_a_route_fail(visitor: Visitor, route: tuple[str, str], request: pytest.FixtureRequest) -> None:
    method, path = route
    if RELEASE in ROUTES[route].path.values():
        visitor.values["release"] = str(request.getfixturevalue("release_id"))
    if FEED in ROUTES[route].form.values():
        visitor.values["feed"] = request.getfixturevalue("server").url("/feeds/harbor-city-tribune.xml")
    failures = drive(visitor, method, path, ROUTES[route])
    assert not failures, f"{len(failures)} wrong answers:\n" + "\n".join(failures[:60])


@pytest.fixture
def release_id(hostile_site: Site, tagger) -> int:  # noqa: ANN001
    from tests.review_site import add_release_with_pickups

    add_release_with_pickups(hostile_site, tagger)
    with connect(hostile_site.config.settings.database_url) as session:
        return session.execute(select(Release.id)).scalars().one()


# What the messages say


def message_of(response: Response) -> str:
    found = re.findall(r'role="alert">\s*(.*?)\s*</', response.text, re.S)
    return html.unescape(" ".join(found))


@pytest.mark.parametrize(
    "url,status,words",
    [
        ("/hits?q=" + HOSTILE["100 ORs"], 400, "search too complex: use at most"),
        ("/hits?q=" + "x" * 2000, 400, "search too long"),
        ("/hits.csv?q=" + HOSTILE["100 ORs"], 400, "search too complex"),
        ("/articles/12345678901234567890123", 404, "No stored article has the number"),
        ("/articles/-1", 404, "No stored article has the number"),
        ("/articles/abc", 404, "No stored article has the number"),
        ("/releases/99999999999999999999999", 404, "No release has the number"),
        ("/hits?from=9999-12-31", 200, "date out of range"),
        ("/hits?to=0001-01-01", 200, "date out of range"),
        ("/hits?from=2026-02-30", 200, "is not a date like 2026-11-29"),
        ("/hits?seen=99999999999999999999d", 200, "span out of range"),
        ("/hits?topic=nonsense&person=nobody", 200, "unknown topic"),
        ("/trends?from=0001-01-01", 200, "date out of range"),
        ("/no/such/page", 404, "There is no page at this address"),
    ],
)
def test_messages_name_the_thing_and_what_to_do(visitor: Visitor, url: str, status: int, words: str) -> None:
    response = visitor.client.get(url)
    assert response.status_code == status and LAYOUT in response.text
    assert words in message_of(response), message_of(response)


def test_the_page_script_gets_json_errors(visitor: Visitor) -> None:
    bad_since = visitor.client.get("/reviews?since=yesterday", headers=SCRIPT)
    assert bad_since.status_code == 422 and "since" in bad_since.json()["error"]
    assert visitor.client.get("/reviews?since=9999-12-31T23:59:59-14:00").status_code == 400
    huge = visitor.client.get("/reviews?since=2026-01-01T00:00:00&ids=12345678901234567890123")
    assert huge.status_code == 400 and "ids" in huge.json()["error"]
    headers = {**SCRIPT, "x-csrf-token": visitor.values["csrf"]}
    unknown = visitor.client.post("/reviews", data={"action": "delete", "article_id": "1"}, headers=headers)
    assert unknown.status_code == 400 and "delete" in unknown.json()["error"]
    too_long = visitor.client.post(
        "/reviews", data={"action": "note", "article_id": "1", "note": "n" * 20_000}, headers=headers
    )
    assert too_long.status_code == 400 and "note too long" in too_long.json()["error"]


def test_a_plain_form_gets_a_page_not_json(visitor: Visitor) -> None:
    response = visitor.client.post(
        "/reviews", data={"action": "delete", "article_id": "1", "csrf_token": visitor.values["csrf"]}
    )
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert "Unknown action" in message_of(response)
    huge = visitor.client.post(
        "/reviews",
        data={"action": "star", "article_id": "12345678901234567890123", "csrf_token": visitor.values["csrf"]},
    )
    assert huge.status_code == 404 and "No stored article has the number" in message_of(huge)


def test_an_expired_session_on_a_form_post_gets_a_page(hostile_site: Site) -> None:
    with TestClient(create_app(hostile_site.config), base_url="http://127.0.0.1") as stranger:
        response = stranger.post("/reviews", data={"action": "star", "article_id": "1"})
    assert response.status_code == 401 and LAYOUT in response.text and "Sign in again" in message_of(response)


def test_sign_in_with_missing_fields_shows_the_form_again(visitor: Visitor) -> None:
    token = visitor.fill(LOGIN)
    response = visitor.client.post("/login", data={"login_token": token})
    assert response.status_code == 400 and 'name="login_token"' in response.text
    assert "Enter your name and password" in message_of(response)


def test_a_real_server_fault_is_a_plain_page_and_logged(hostile_site: Site, caplog: pytest.LogCaptureFixture) -> None:
    app = create_app(hostile_site.config)

    def broken() -> None:
        raise RuntimeError("a bug in the monitor")

    app.add_api_route("/broken", broken)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        response = sign_in(client).get("/broken")
    assert response.status_code == 500 and LAYOUT in response.text and not TRACEBACK.search(response.text)
    assert "a bug in the monitor" not in response.text and "went wrong on the monitor's side" in message_of(response)
    logged = [record for record in caplog.records if record.exc_info]
    assert logged and "a bug in the monitor" in str(logged[0].exc_info[1])


# Good input still works


def story_ids(html: str) -> set[int]:
    return {int(n) for ids in re.findall(r'data-ids="([\d ]+)"', html) for n in ids.split()}


def test_a_search_with_ten_ors_finds_things(client: TestClient) -> None:
    words = " OR ".join([*(f"zebra{n}" for n in range(10)), "detainer"])
    detainer = story_ids(client.get("/hits", params={"q": "detainer"}).text)
    response = client.get("/hits", params={"q": words})
    assert response.status_code == 200 and detainer and story_ids(response.text) == detainer


def test_or_groups_and_exclusions_still_combine(client: TestClient) -> None:
    def found(q: str) -> set[int]:
        return story_ids(client.get("/hits", params={"q": q}).text)

    assert found("detainer OR Tramonte -Lakeside") == (found("detainer") | found("Tramonte")) - found("Lakeside")
    assert found("ice\x00detainer") == found("ice detainer")  # a NUL is a space, not an error


def test_a_date_range_still_filters(client: TestClient) -> None:
    everything = story_ids(client.get("/hits").text)
    assert everything and story_ids(client.get("/hits?from=2001-01-01&to=2999-12-31").text) == everything
    assert story_ids(client.get("/hits?from=2001-01-01&to=2001-01-02").text) == set()


def test_a_page_number_far_past_the_end_is_an_empty_page(client: TestClient) -> None:
    response = client.get("/hits?page=99999999999999999999")
    assert response.status_code == 200 and story_ids(response.text) == set()


def test_the_script_still_polls(client: TestClient) -> None:
    response = client.get("/reviews", params={"since": "2026-01-01T00:00:00Z", "ids": "1 2 3"})
    assert response.status_code == 200 and set(response.json()) == {"now", "reviews"}


# Through the real server, and at the store's boundary


def test_the_real_server_answers_hostile_addresses_with_pages(live_site: str, caplog: pytest.LogCaptureFixture) -> None:
    """uvicorn decodes the path itself (a lone surrogate, invalid UTF-8, NUL), so these go through it too."""
    import httpx

    caplog.set_level(logging.WARNING)
    with httpx.Client(base_url=live_site, timeout=30, follow_redirects=True) as browser:
        sign_in(browser)  # type: ignore[arg-type]  # the same calls as a TestClient
        for url in [
            "/articles/%ED%A0%80",
            "/articles/%00",
            "/%FF%FE",
            "/hits?q=%00&from=9999-12-31",
            "/hits?q=" + HOSTILE["100 ORs"],
            "/articles/12345678901234567890123",
            "/static/%00",
            "/releases/-9223372036854775809.csv",
            "/trends?from=0001-01-01&to=9999-12-31",
        ]:
            response = browser.get(url)
            assert response.status_code < 500 and LAYOUT in response.text, (url, response.text[:300])
            assert not TRACEBACK.search(response.text), url
    assert not logged_failures(caplog)


@pytest.mark.sqlite_only("FTS5's own query language; PostgreSQL's tsquery refusals: the next test")
def test_the_engines_refusal_of_a_search_is_a_search_error(site: Site) -> None:
    """Whatever slips past the query builder, FTS5's own refusals ("unterminated string", "parser stack
    overflow") become SearchError at the store's boundary; other database errors stay what they are."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from monitor.errors import SearchError
    from monitor.store.dialect import search_refusals

    nested = '"a"'
    for n in range(100):
        nested = f'({nested} OR "b{n}")'
    match = text("SELECT rowid FROM article_search WHERE article_search MATCH :query")
    with connect(site.config.settings.database_url) as session:
        for query in ['"a\x00b"', nested, "AND AND"]:
            with pytest.raises(SearchError, match="search could not be run"), search_refusals():
                session.execute(match, {"query": query})
        with pytest.raises(OperationalError), search_refusals():
            session.execute(text("SELECT * FROM no_such_table"))
        assert session.execute(match, {"query": '"detainer"'}).all()  # the session is still usable


@pytest.mark.postgresql_only("tsquery's own refusals; FTS5's: the test before")
def test_postgresqls_refusal_of_a_search_is_a_search_error(site: Site) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    from monitor.errors import SearchError
    from monitor.store.dialect import search_refusals

    parse = text("SELECT to_tsquery('monitor_search', :query)")
    with connect(site.config.settings.database_url) as session:
        for query in ["a & & b", "(a", "a <-> "]:
            with pytest.raises(SearchError, match="search could not be run"), search_refusals():
                session.execute(parse, {"query": query})
            session.rollback()
        with pytest.raises(ProgrammingError), search_refusals():
            session.execute(text("SELECT * FROM no_such_table"))
