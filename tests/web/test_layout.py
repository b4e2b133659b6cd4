"""Every page as comms staff meet it on a laptop (1366×900) and a phone (390×844), in real Chromium: nothing wider
than the screen, the menu whole (the health badge included), the first story on the first screen, and every error
the site's own page, in words, with a way back."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from monitor.store import connect, labels
from monitor.store.tables import Feed
from tests.review_site import Site
from tests.web.browsing import LAPTOP, PHONE, OpenPage, need_chromium, stories

need_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

pytestmark = pytest.mark.browser

SIZES = [pytest.param(LAPTOP, id="laptop"), pytest.param(PHONE, id="phone")]
PAGES = ["/", "/hits", "/hits?q=sheriff", "/trends", "/releases", "/health", "/releases/1", "/articles/1", "/labels"]
PAGES += ["/releases/1/edit", "/admin/feeds", "/admin/accounts", "/admin/audit"]  # an editor's and an admin's
PAGES += ["/watchlist", "/watchlist/edit?kind=topics&id=ice"]


def overflow(page: Page) -> list[str]:
    """Elements whose right edge is past the screen (none may be: the page must not scroll sideways), and the
    page's own width if it is wider than the screen. What a table or chart holds may scroll inside it."""
    return page.evaluate(
        """() => {
        const width = document.documentElement.clientWidth;
        const wide = [];
        if (document.documentElement.scrollWidth > width) wide.push(`page ${document.documentElement.scrollWidth}px`);
        for (const el of document.querySelectorAll("body *")) {
          if (el.closest(".visually-hidden, dialog:not([open])")) continue;
          let inside = false;
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            const scroll = getComputedStyle(up).overflowX;
            const fits = up.getBoundingClientRect().right <= width + 1;
            if ((scroll === "auto" || scroll === "scroll") && fits) inside = true;
          }
          if (inside) continue;
          const box = el.getBoundingClientRect();
          const name = `${el.tagName.toLowerCase()}.${el.className}`;
          if (box.width && box.right > width + 1) wide.push(`${name} ${Math.round(box.right)}px`);
        }
        return wide.slice(0, 8);
    }"""
    )


@pytest.fixture
def unhealthy(site: Site) -> None:
    """A failing feed, so the header carries the "needs attention" badge."""
    with connect(site.config.settings.database_url) as session:
        session.execute(update(Feed).values(error_count=3))
        session.commit()
        for name in ("op-ed", "needs response", "a long label name for a win"):  # label buttons on every story
            labels.create_label(session, name, by="ana")


@pytest.fixture
def with_release(site: Site, tagger) -> None:  # noqa: ANN001
    from tests.review_site import add_release_with_pickups

    add_release_with_pickups(site, tagger)


@pytest.mark.parametrize("size", SIZES)
def test_no_page_is_wider_than_the_screen(open_page: OpenPage, size: dict[str, int], unhealthy, with_release) -> None:  # noqa: ANN001
    page = open_page("ana", "/", viewport=size)
    for path in PAGES:
        page.goto(path)
        expect(page.locator("main h1").first).to_be_visible()
        assert overflow(page) == [], (path, size)
        badge = page.locator("header .badge")
        expect(badge).to_have_text("needs attention")
        box = badge.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= size["width"], (path, box)
        for link in page.locator("header nav a").all():
            expect(link).to_be_in_viewport()


@pytest.mark.parametrize("size", SIZES)
def test_the_first_story_starts_on_the_first_screen(open_page: OpenPage, size: dict[str, int]) -> None:
    page = open_page("ana", "/", viewport=size)
    first = stories(page).first
    box = first.bounding_box()
    assert box is not None and box["y"] < size["height"] * 0.6, box
    expect(first.locator("h2")).to_be_in_viewport()
    font = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.story h2')).fontSize)")
    assert font >= 16


@pytest.mark.parametrize("size", SIZES)
def test_chart_text_is_readable_on_the_screen(open_page: OpenPage, size: dict[str, int], with_release) -> None:  # noqa: ANN001
    page = open_page("ana", "/trends", viewport=size)
    for path in ("/trends", "/releases/1"):
        page.goto(path)
        sizes = page.evaluate(
            "Array.from(document.querySelectorAll('svg.chart text')).map(t => t.getBoundingClientRect().height)"
        )
        assert sizes and min(sizes) >= 9, (path, min(sizes))


ERRORS = [
    ("/articles/99999", 404, "No stored article has the number", "All hits"),
    ("/articles/abc", 404, "No stored article has the number", "All hits"),
    ("/releases/424242", 404, "No release has the number", "All releases"),
    ("/no/such/page", 404, "There is no page at this address", "Back to Today"),
    ("/logout", 405, "does not take that kind of request", "Back to Today"),
    ("/releases/424242.csv", 404, "No release has the number", "All releases"),
    ("/releases/424242/edit", 404, "No release has the number", "All releases"),
]


@pytest.mark.parametrize("size", SIZES)
def test_every_error_is_a_page_in_words_with_a_way_back(open_page: OpenPage, size: dict[str, int]) -> None:
    page = open_page("ana", "/", viewport=size, error_pages=True)
    for path, status, words, back in ERRORS:
        response = page.goto(path)
        assert response is not None and response.status == status, path
        assert response.headers["content-type"].startswith("text/html"), path
        expect(page.locator("header.top nav")).to_be_visible()
        expect(page.get_by_role("alert").first).to_contain_text(words)
        body = page.locator("body").inner_text()
        assert "{" not in body and "detail" not in body and "Traceback" not in body, body
        assert overflow(page) == [], (path, size)
        page.locator("main").get_by_role("link", name=back).click()
        expect(page.locator("main h1").first).to_be_visible()
        assert page.url.split("?")[0].endswith({"All hits": "/hits", "All releases": "/releases"}.get(back, "/"))


@pytest.mark.parametrize("size", SIZES)
def test_a_page_beyond_ones_role_is_a_page_in_words_with_a_way_back(open_page: OpenPage, size: dict[str, int]) -> None:
    page = open_page("cleo", "/", viewport=size, error_pages=True)
    response = page.goto("/admin/feeds")
    assert response is not None and response.status == 403
    expect(page.get_by_role("alert")).to_contain_text("This is for admins")
    assert overflow(page) == [], size
    page.locator("main").get_by_role("link", name="Back to Today").click()
    expect(stories(page).first).to_be_visible()


def test_a_signed_out_error_offers_to_sign_in(open_page: OpenPage) -> None:
    page = open_page(None, "/no/such/page", viewport=PHONE, error_pages=True)
    expect(page.get_by_role("alert")).to_contain_text("There is no page at this address")
    page.locator("main").get_by_role("link", name="Sign in").click()
    expect(page.locator("#name")).to_be_visible()
