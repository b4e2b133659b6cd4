"""WCAG 2.2 AA on every page, at laptop and phone size: axe-core (the copy vendored in the axe-playwright-python
wheel, nothing fetched) is run inside real Chromium on each page, and any serious or critical violation fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.store.tables import Mention
from tests.review_site import Site
from tests.web.browsing import LAPTOP, PHONE, OpenPage, need_chromium, stories

need_chromium()

import axe_playwright_python  # noqa: E402
from playwright.sync_api import Page  # noqa: E402

pytestmark = pytest.mark.browser

AXE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING = ("serious", "critical")
SIZES = [pytest.param(LAPTOP, id="laptop"), pytest.param(PHONE, id="phone")]


def violations(page: Page) -> list[str]:
    """axe's serious and critical findings on the page as it stands, one line per rule with examples."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.evaluate(AXE)  # through the DevTools protocol: the site's Content-Security-Policy still holds
    found = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations", TAGS
    )
    return [
        f"{v['id']} ({v['impact']}, {len(v['nodes'])}×): {v['help']}: "
        + "; ".join(
            " ".join(n["target"]) + " " + n.get("failureSummary", "").replace("\n", " ")[:160] for n in v["nodes"][:3]
        )
        for v in found
        if v["impact"] in FAILING
    ]


@pytest.fixture
def with_release(site: Site, tagger) -> None:  # noqa: ANN001
    from tests.review_site import add_release_with_pickups

    add_release_with_pickups(site, tagger)
    from monitor.store import connect, labels

    with connect(site.config.settings.database_url) as session:  # label buttons on every story, one pressed
        first = labels.create_label(session, "op-ed", by="ana")
        labels.create_label(session, "needs response", by="ana")
        article = session.execute(select(Mention.article_id)).scalars().first()
        labels.set_label(session, [article], first.id, True, by="ana")


@pytest.mark.parametrize("size", SIZES)
def test_every_page_passes_axe(open_page: OpenPage, size: dict[str, int], with_release) -> None:  # noqa: ANN001
    page = open_page("ana", "/", viewport=size, error_pages=True)
    first = stories(page).nth(0).get_attribute("data-ids").split()[0]
    # Decisions of every kind on the list, so not-relevant, relevant and starred cards are all checked.
    for index, key in ((0, "n"), (1, "r"), (2, "s")):
        for _ in range(index + 1 if index == 0 else 1):
            page.keyboard.press("j")
        with page.expect_response(lambda r: r.request.method == "POST"):
            page.keyboard.press(key)
    problems: dict[str, list[str]] = {}
    for path in (
        "/",
        "/hits",
        "/hits?q=sheriff+or+jail",
        "/hits?status=irrelevant",
        f"/articles/{first}",
        "/trends",
        "/releases",
        "/releases/1",
        "/health",
        "/labels",
        "/hits?label=1&tier=national",
        "/trends?tier=unlisted",
        "/articles/99999",
        "/releases/1/edit",
        "/admin/feeds",
        "/admin/accounts",
        "/admin/audit",
        "/watchlist",
        "/watchlist/edit?kind=topics&id=ice",
        "/watchlist/edit?kind=people&id=lynn-tramonte",
    ):
        page.goto(path)
        if found := violations(page):
            problems[path] = found
    page.goto("/")
    page.keyboard.press("?")
    if found := violations(page):
        problems["/ (shortcuts open)"] = found
    refused = open_page("cleo", "/admin/audit", viewport=size, error_pages=True)  # a viewer's 403 page
    if found := violations(refused):
        problems["/admin/audit (as a viewer)"] = found
    signed_out = open_page(None, "/login", viewport=size)
    if found := violations(signed_out):
        problems["/login"] = found
    assert not problems, "\n".join(f"{path}: {line}" for path, lines in problems.items() for line in lines)
