"""A morning's triage in real Chromium: a bulk verdict over a colleague's decisions is asked about in the page's
own dialog, and Undo puts every story back as it was; the current story survives opening an article and coming
Back; Ctrl+Enter saves a note."""

from __future__ import annotations

import re

import pytest

from monitor.store import connect, writes
from monitor.store.tables import ReviewStatus
from tests.review_site import Site
from tests.web.browsing import CURRENT, LAPTOP, PHONE, OpenPage, need_chromium, saving, stories

need_chromium()

from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser


def ids_of(story) -> list[int]:  # noqa: ANN001
    return [int(i) for i in (story.get_attribute("data-ids") or "").split()]


@pytest.mark.parametrize("size", [pytest.param(LAPTOP, id="laptop"), pytest.param(PHONE, id="phone")])
def test_select_all_asks_before_overwriting_and_undo_restores_every_story(
    open_page: OpenPage, site: Site, size: dict[str, int]
) -> None:
    page = open_page("ana", "/hits")
    first, second = stories(page).nth(0), stories(page).nth(1)
    with connect(site.config.settings.database_url) as session:
        writes.save_reviews(session, ids_of(first), reviewer="ben", status=ReviewStatus.RELEVANT, note="board")
        writes.save_reviews(session, ids_of(second), reviewer="ana", starred=True)
    page = open_page("ana", "/hits", viewport=size)
    first, second = stories(page).nth(0), stories(page).nth(1)
    expect(first.locator(".verdict")).to_contain_text("Relevant · ben")
    before = stories(page).evaluate_all("all => all.map(s => [s.id, s.dataset.status, s.dataset.starred])")
    total = stories(page).count()

    page.get_by_role("button", name="Select all on this page").click()
    page.locator("#bulk").get_by_role("button", name="Mark not relevant").click()
    dialog = page.locator("dialog#confirm-bulk")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("would overwrite 1 decision by ben (1 relevant)")
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#flash")).to_have_text("Nothing changed.")
    expect(first).to_have_attribute("data-status", "relevant")

    page.locator("#bulk").get_by_role("button", name="Mark not relevant").click()
    expect(dialog).to_be_visible()
    with saving(page):
        dialog.get_by_role("button", name="Overwrite them").click()
    expect(page.locator('article.story[data-status="irrelevant"]')).to_have_count(total)
    expect(second).to_have_attribute("data-starred", "false")  # not relevant takes the star away
    undo = page.locator("#undo")
    expect(undo).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/reviews/undo") and r.status == 200):
        undo.get_by_role("button", name="Undo").click()
    expect(page.locator("#flash")).to_contain_text("Undone")
    expect(first).to_have_attribute("data-status", "relevant")
    expect(first.locator(".verdict")).to_contain_text("Relevant · ben")
    expect(second).to_have_attribute("data-starred", "true")
    after = stories(page).evaluate_all("all => all.map(s => [s.id, s.dataset.status, s.dataset.starred])")
    assert after == before
    page.reload()
    assert stories(page).evaluate_all("all => all.map(s => [s.id, s.dataset.status, s.dataset.starred])") == before
    expect(stories(page).nth(0).locator(".verdict")).to_contain_text("Relevant · ben")


def test_u_undoes_the_last_decision(open_page: OpenPage) -> None:
    page = open_page("ana")
    first = stories(page).nth(0)
    page.keyboard.press("j")
    with saving(page):
        page.keyboard.press("n")
    expect(first).to_have_attribute("data-status", "irrelevant")
    with page.expect_response(lambda r: r.url.endswith("/reviews/undo") and r.status == 200):
        page.keyboard.press("u")
    expect(first).to_have_attribute("data-status", "new")
    expect(first.locator(".verdict")).to_have_text("Not reviewed")  # no "· ana, just now" on an undecided story


def test_open_then_back_keeps_the_current_story(open_page: OpenPage, live_site: str) -> None:
    page = open_page("ana", "/hits")
    for _ in range(4):
        page.keyboard.press("j")
    fourth = stories(page).nth(3)
    expect(fourth).to_have_class(CURRENT)
    opened = ids_of(fourth)[0]
    page.keyboard.press("o")
    page.wait_for_url(f"{live_site}/articles/{opened}")
    page.go_back()
    page.wait_for_url(re.compile(r"/hits$"))
    expect(stories(page).nth(3)).to_have_class(CURRENT)
    page.keyboard.press("j")
    fifth = stories(page).nth(4)
    expect(fifth).to_have_class(CURRENT)
    next_id = ids_of(fifth)[0]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_site}/articles/{next_id}")
    page.go_back()
    page.keyboard.press("k")
    expect(stories(page).nth(3)).to_have_class(CURRENT)


def test_ctrl_enter_saves_a_note(open_page: OpenPage) -> None:
    page = open_page("ana")
    story = stories(page).nth(0)
    page.keyboard.press("j")
    page.keyboard.press("e")
    area = story.locator("details.note textarea")
    expect(area).to_be_focused()
    page.keyboard.type("Ask the county for the jail numbers")
    with saving(page):
        page.keyboard.press("Control+Enter")
    expect(story.locator(".note-text")).to_have_text("Note: Ask the county for the jail numbers")
    expect(story.locator("details.note")).not_to_have_attribute("open", "")
