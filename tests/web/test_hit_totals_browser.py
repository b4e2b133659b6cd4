"""In a browser: past its count the list says "More than 10 stories" in words, and Older/Newer still page on
past the pages the count holds."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.review_site import Site
from tests.web.browsing import OpenPage, need_chromium, stories

need_chromium()

from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture
def site(site: Site) -> Site:
    web = site.config.settings.web.model_copy(update={"count_up_to": 10, "page_size": 5})
    return Site(replace(site.config, settings=site.config.settings.model_copy(update={"web": web})), site.folder)


def test_the_list_says_more_than_and_pages_on_past_the_count(open_page: OpenPage) -> None:
    page = open_page("ana", "/hits")
    expect(page.locator("[data-totals]")).to_have_text("More than 10 stories match, newest first.")
    first = stories(page).first.get_attribute("data-ids")
    for number in (2, 3):
        page.get_by_role("link", name="Older →").click()
        expect(page.locator('.pager [aria-current="page"]')).to_have_text(str(number))
        expect(page.locator("[data-totals]")).to_contain_text("More than 10 stories")
        expect(stories(page)).to_have_count(5)
    assert stories(page).first.get_attribute("data-ids") != first
    page.get_by_role("link", name="← Newer").click()
    expect(page.locator('.pager [aria-current="page"]')).to_have_text("2")
