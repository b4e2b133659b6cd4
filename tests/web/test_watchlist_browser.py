"""The watchlist editor in real Chromium: an editor (ben) edits the ICE topic, previews what it would drop with the
tagger's reasons and the confounders it turns down, saves, watches the re-tag's progress end, and rolls the save
back; a bad query is shown with a caret where it breaks; a viewer (cleo) has no link and meets a 403 page, and a
POST forged in the viewer's browser with its own valid CSRF token is refused with the file unchanged."""

from __future__ import annotations

import pytest

from tests.review_site import Site
from tests.web.browsing import OpenPage, need_chromium

need_chromium()

from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser


def test_preview_save_watch_the_re_tag_and_roll_back(open_page: OpenPage, site: Site) -> None:
    path = site.config.config_dir / "watchlist.toml"
    original = path.read_text()
    page = open_page("ben", "/hits")
    page.get_by_role("link", name="Watchlist").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Watchlist")
    page.get_by_role("link", name="Edit topic ICE").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Edit topic ice")
    reject = page.locator("#term-reject-1")
    reject.fill(reject.input_value() + "\ndetainer\njail\nsheriff")  # words the sample stories about ICE use
    page.get_by_role("button", name="Preview", exact=True).click()
    preview = page.locator("#preview")
    expect(preview).to_contain_text("Would be dropped")
    dropped = page.locator('table[data-preview="dropped"] tbody tr')
    expect(dropped.first).to_contain_text("'ICE' ")  # the reason the current rule gave
    expect(page.locator('table[data-preview="confounders"] tbody tr').first).to_contain_text("'ICE' near")
    assert path.read_text() == original  # a preview writes nothing

    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status").first).to_contain_text("Saved version 1: topic 'ice' changed.")
    assert "sheriff" in path.read_text().split('[[topics]]\nid = "ice"')[1].split("[[topics]]")[0]
    assert "# What the monitor looks for." in path.read_text()  # comments kept
    expect(page.locator("#retag-status")).to_contain_text("finished", timeout=90_000)  # polled by the page's script

    page.get_by_role("button", name="Put the watchlist back as it was before version 1").click()
    expect(page.get_by_role("status").first).to_contain_text("Saved version 2: put back as before version 1")
    assert path.read_text() == original
    expect(page.locator('tr[data-version="2"]')).to_contain_text("ben")
    expect(page.locator("#retag-status")).to_contain_text("finished", timeout=90_000)


def test_a_bad_query_is_shown_with_a_caret_and_nothing_is_saved(open_page: OpenPage, site: Site) -> None:
    path = site.config.config_dir / "watchlist.toml"
    original = path.read_text()
    page = open_page("ben", "/watchlist", error_pages=True)  # the refused save answers 400, as it should
    page.get_by_role("link", name="Edit topic Local police doing immigration enforcement").click()
    page.locator("#entry-query").fill("detainer NEAR/15 (sheriff OR jail")
    page.get_by_role("button", name="Save", exact=True).click()
    alert = page.locator("#problems")
    expect(alert).to_contain_text("[[topics]] #3 'local-enforcement': key 'query'")
    expect(alert.locator("pre.caret")).to_have_text("detainer NEAR/15 (sheriff OR jail\n                 ^")
    assert path.read_text() == original


def test_a_viewer_has_no_link_and_a_forged_post_is_refused(open_page: OpenPage, site: Site) -> None:
    path = site.config.config_dir / "watchlist.toml"
    original = path.read_text()
    page = open_page("cleo", "/hits", error_pages=True)
    expect(page.get_by_role("link", name="Watchlist")).to_have_count(0)
    response = page.goto("/watchlist")
    assert response is not None and response.status == 403
    page.goto("/hits")
    token = page.locator('meta[name="csrf-token"]').get_attribute("content")
    status = page.evaluate(
        """async (token) => {
            const body = new URLSearchParams({csrf_token: token, kind: "topics", original: "ice", id: "ice",
                                              remove: "1", fingerprint: "x", days: "30"});
            const answer = await fetch("/watchlist/save", {method: "POST", body});
            return answer.status;
        }""",
        token,
    )
    assert status == 403
    assert path.read_text() == original
