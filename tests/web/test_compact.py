"""The compact view: headlines only, several times the stories on a screen, remembered with the account (a second
browser signed in as the same person gets it too), and the keys still work on it."""

from __future__ import annotations

import pytest

from tests.web.browsing import CURRENT, LAPTOP, PHONE, OpenPage, need_chromium, saving, stories

need_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

pytestmark = pytest.mark.browser


def on_first_screen(page: Page) -> int:
    """Stories whose top is on the first screen."""
    return stories(page).evaluate_all(
        "all => all.filter(s => s.getBoundingClientRect().top < window.innerHeight).length"
    )


@pytest.mark.parametrize("size", [pytest.param(LAPTOP, id="laptop"), pytest.param(PHONE, id="phone")])
def test_compact_view_fits_more_and_is_remembered(open_page: OpenPage, size: dict[str, int]) -> None:
    page = open_page("ana", "/hits", viewport=size)
    full = on_first_screen(page)
    full_height = page.evaluate("document.documentElement.scrollHeight")
    page.get_by_role("button", name="Compact view: off").click()
    expect(page.get_by_role("button", name="Compact view: on")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".stories.compact")).to_have_count(1)  # the list, loaded again compact, before counting
    page.wait_for_load_state("load")
    compact = on_first_screen(page)
    assert compact >= 2.5 * max(full, 1), (full, compact)
    assert page.evaluate("document.documentElement.scrollHeight") < full_height / 2
    expect(stories(page).first.locator(".snippet")).to_be_hidden()
    expect(stories(page).first.locator("h2")).to_be_visible()

    elsewhere = open_page("ana", "/", viewport=size)  # another browser, same person
    expect(elsewhere.locator(".stories")).to_have_class("stories compact")
    other = open_page("ben", "/hits", viewport=size)
    expect(other.locator(".stories")).to_have_class("stories")


def test_keys_work_in_the_compact_view(open_page: OpenPage) -> None:
    page = open_page("ana", "/hits")
    page.get_by_role("button", name="Compact view: off").click()
    expect(page.locator(".stories.compact")).to_have_count(1)
    page.wait_for_load_state("load")  # the list was loaded again: its script (deferred) runs before "load"
    page.keyboard.press("j")
    page.keyboard.press("j")
    second = stories(page).nth(1)
    expect(second).to_have_class(CURRENT)
    with saving(page):
        page.keyboard.press("r")
    expect(second).to_have_attribute("data-status", "relevant")
    expect(second.locator(".verdict")).to_contain_text("Relevant · ana")
    page.get_by_role("button", name="Compact view: on").click()
    expect(page.locator(".stories.compact")).to_have_count(0)
    expect(stories(page).first.locator(".snippet")).to_be_visible()
