"""What every browser test shares: Debian's Chromium driven by Playwright against the site served by uvicorn,
a page per user in its own context, and the checks every page gets (no request off 127.0.0.1, no script or
console error, no dialog). tests/web/conftest.py registers the fixtures; a test module that needs a browser
calls `need_chromium()` first.

Skipped when /usr/bin/chromium is missing, unless MONITOR_BROWSER_TESTS=required (CI), where that fails.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.review_site import CHROMIUM_ARGS, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
REQUIRED = os.environ.get("MONITOR_BROWSER_TESTS") == "required"


def need_chromium() -> None:
    """Skip the calling test module when there is no Chromium, unless CI requires one."""
    if not CHROMIUM.exists() and not REQUIRED:
        pytest.skip(
            "no /usr/bin/chromium (apt-get install chromium); set MONITOR_BROWSER_TESTS=required to fail instead",
            allow_module_level=True,
        )


from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright  # noqa: E402

VIEWPORT = {"width": 1280, "height": 900}
LAPTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}
CURRENT = re.compile(r"(^|\s)current(\s|$)")

OpenPage = Callable[..., Page]


@pytest.fixture(scope="module")
def playwright_driver() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    assert CHROMIUM.exists(), "MONITOR_BROWSER_TESTS=required, but /usr/bin/chromium is missing"
    chromium = playwright_driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture
def open_page(browser: Browser, live_site: str, request: pytest.FixtureRequest) -> Iterator[OpenPage]:
    """`open_page("ana", "/hits")`: a page in a fresh browser context (its own cookies), signed in through the
    form unless the user is None. Any request off 127.0.0.1, script or console error, or dialog fails the test
    (at teardown; not for a test marked xfail, whose known bug may well log an error too)."""
    problems: list[str] = []
    contexts: list[BrowserContext] = []

    def guard(route) -> None:  # noqa: ANN001
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            route.continue_()
        else:
            problems.append(f"request off the machine: {url}")
            route.abort("blockedbyclient")

    def console(message, error_pages: bool) -> None:  # noqa: ANN001
        if message.type == "error" and not _expected_console_error(message, error_pages):
            problems.append(f"console error: {message.text} at {message.location}")

    def dialog(box) -> None:  # noqa: ANN001
        problems.append(f"a {box.type} dialog fired: {box.message!r}")
        box.dismiss()

    def opener(
        user: str | None = "ana",
        path: str = "/",
        viewport: dict[str, int] | None = None,
        error_pages: bool = False,
        **extra: Any,
    ) -> Page:
        size = viewport or VIEWPORT
        context = browser.new_context(
            base_url=live_site,
            viewport=size,  # type: ignore[arg-type]
            is_mobile=size["width"] < 600,
            has_touch=size["width"] < 600,
            **extra,
            accept_downloads=True,
            timezone_id="UTC",
            locale="en-GB",
            reduced_motion="reduce",
        )
        contexts.append(context)
        context.set_default_timeout(10_000)
        context.route("**/*", guard)
        page = context.new_page()
        page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
        page.on("console", lambda message: console(message, error_pages))
        page.on("dialog", dialog)
        if user is None:
            page.goto(path)
        else:
            page.goto(f"/login?next={path}")
            sign_in(page, user)
            page.wait_for_url(live_site + path)  # and its load event: app.js (deferred) has run, keys work
        return page

    yield opener
    for context in contexts:
        context.close()
    if request.node.get_closest_marker("xfail") is None:
        assert not problems, problems


def _expected_console_error(message, error_pages: bool = False) -> bool:  # noqa: ANN001
    """Chromium logs a failed sign-in (HTTP 401) as a resource that failed to load; that one is meant, and so is
    any 4xx page a test opens on purpose (`error_pages`)."""
    if error_pages and re.search(r"status of 4\d\d", message.text):
        return True
    return "status of 401" in message.text and urlsplit(message.location.get("url", "")).path == "/login"


def sign_in(page: Page, name: str, password: str = PASSWORD) -> None:
    page.locator("#name").fill(name)
    page.locator("#password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def stories(page: Page):  # noqa: ANN201
    return page.locator("article.story")


def story_ids(page: Page) -> list[int]:
    """Every article id the page shows: each story's copies, in page order."""
    return [int(i) for ids in stories(page).evaluate_all("all => all.map(s => s.dataset.ids)") for i in ids.split()]


def shown_count(page: Page) -> int:
    """The number of stories the heading says the filter found."""
    return int(page.locator("p.sub strong").first.inner_text())


@contextmanager
def saving(page: Page) -> Iterator[None]:
    """The action in the block posts a decision, and the site takes it (fails fast, and says where it went)."""
    with page.expect_response(lambda response: response.request.method == "POST") as posted:
        yield
    response = posted.value
    assert urlsplit(response.url).path == "/reviews" and response.status == 200, (
        f"the decision was posted to {response.url} and got HTTP {response.status}"
    )
