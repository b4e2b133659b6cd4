"""The review site in a real browser: headless Chromium (Debian's /usr/bin/chromium, never a downloaded one)
driven by Playwright against the site served by uvicorn, over the database of one real pass.

What only a browser shows: the keyboard triage script (app.js) posting decisions and updating the page in
place, forms and redirects as a person meets them, downloads, and that hostile feed text stays text under
the real HTML parser and Content-Security-Policy. Every request must stay on 127.0.0.1, and any script
error, console error (a CSP violation is one) or dialog fails the test.

Skipped when /usr/bin/chromium is missing, unless MONITOR_BROWSER_TESTS=required (CI), where that fails.
"""

from __future__ import annotations

import csv
import io
import os
import re
import struct
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from sqlalchemy import delete, select, update

from monitor.store import connect, writes
from monitor.store.tables import Article, Feed, Mention, ReviewStatus
from tests.conftest import ROOT
from tests.review_site import HOSTILE_AUTHOR, HOSTILE_OUTLET, HOSTILE_TITLE, Site
from tests.web.browsing import (
    CURRENT,
    PHONE,
    VIEWPORT,
    OpenPage,
    need_chromium,
    saving,
    shown_count,
    sign_in,
    stories,
    story_ids,
)

need_chromium()

from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser

# The README's pictures are refreshed by `make screenshots`; an ordinary run writes them to a temporary folder.
SHOTS = ROOT / "docs" / "screenshots"


def _filter_of(url: str) -> dict[str, list[str]]:
    """A URL's query without the empty fields a submitted form also sends."""
    return parse_qs(urlsplit(url).query)


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


# Signing in


def test_sign_in_shows_a_wrong_password_then_lands_on_today(open_page: OpenPage, live_site: str) -> None:
    page = open_page(None)
    expect(page).to_have_url(f"{live_site}/login?next=%2F")
    sign_in(page, "ana", "wrong horse battery")
    expect(page.get_by_role("alert")).to_have_text("That name and password do not match.")
    expect(page.locator("header.top")).to_have_count(0)
    sign_in(page, "ana")
    expect(page).to_have_url(f"{live_site}/")
    expect(page).to_have_title("Today · Monitor")
    expect(page.locator("header .who")).to_contain_text("Signed in as ana")
    expect(page.locator("h1")).to_have_text("Since yesterday")
    found = shown_count(page)
    assert found > 20
    expect(stories(page)).to_have_count(found)

    other = open_page(None, "/trends")
    expect(other).to_have_url(f"{live_site}/login?next=%2Ftrends")
    sign_in(other, "ben")
    expect(other).to_have_url(f"{live_site}/trends")
    expect(other.locator("h1")).to_have_text("Mentions over time")
    expect(other.locator("figure.chart svg.chart")).to_have_count(1)


# Triage with the keyboard


def test_keyboard_triage_saves_undoes_and_is_shared(open_page: OpenPage) -> None:
    page = open_page("ana")
    first, second = stories(page).nth(0), stories(page).nth(1)
    first_id, second_id = first.get_attribute("id"), second.get_attribute("id")
    page.evaluate("window.notReloaded = true")

    page.keyboard.press("j")
    expect(first).to_have_class(CURRENT)
    with saving(page):
        page.keyboard.press("r")
    expect(first).to_have_attribute("data-status", "relevant")
    expect(first.locator(".verdict")).to_contain_text("Relevant · ana")
    expect(first.locator('.actions [data-key="r"]')).to_have_attribute("aria-pressed", "true")

    page.keyboard.press("j")
    expect(second).to_have_class(CURRENT)
    expect(first).not_to_have_class(CURRENT)
    with saving(page):
        page.keyboard.press("n")
    expect(second).to_have_attribute("data-status", "irrelevant")
    expect(second.locator(".verdict")).to_contain_text("Not relevant · ana")
    with saving(page):
        page.keyboard.press("s")  # a star marks what matters: a not-relevant story starred becomes relevant
    expect(second).to_have_attribute("data-starred", "true")
    expect(second).to_have_attribute("data-status", "relevant")
    expect(second.locator(".verdict")).to_contain_text("Relevant · ★ starred · ana")

    page.keyboard.press("k")
    expect(first).to_have_class(CURRENT)
    with saving(page):
        page.keyboard.press("r")  # again: undo
    expect(first).to_have_attribute("data-status", "new")
    expect(first.locator(".verdict")).to_contain_text("Not reviewed")
    assert page.evaluate("window.notReloaded") is True, "the page reloaded instead of updating in place"

    page.reload()
    first, second = page.locator(f"#{first_id}"), page.locator(f"#{second_id}")
    expect(first).to_have_attribute("data-status", "new")
    expect(second).to_have_attribute("data-status", "relevant")
    expect(second).to_have_attribute("data-starred", "true")
    expect(second.locator(".verdict")).to_contain_text("Relevant · ★ starred · ana, ")
    expect(second.locator('.actions [data-key="r"]')).to_have_attribute("aria-pressed", "true")

    colleague = open_page("ben")
    expect(colleague.locator("header .who")).to_contain_text("Signed in as ben")
    theirs = colleague.locator(f"#{second_id}")
    expect(theirs).to_have_attribute("data-status", "relevant")
    expect(theirs).to_have_attribute("data-starred", "true")
    expect(theirs.locator(".verdict")).to_contain_text("Relevant · ★ starred · ana, ")
    expect(colleague.locator(f"#{first_id}")).to_have_attribute("data-status", "new")


def test_note_written_with_the_keyboard_is_saved(open_page: OpenPage) -> None:
    page = open_page("ana")
    story = stories(page).nth(2)
    story_id = story.get_attribute("id")
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(story).to_have_class(CURRENT)
    page.keyboard.press("e")
    note = story.locator("details.note")
    expect(note).to_have_attribute("open", "")
    expect(note.locator("textarea")).to_be_focused()
    text = "Call the sheriff's office back; ask Jenny for the jail numbers."  # j, k, r, n, s, x typed as text
    page.keyboard.type(text)
    expect(note.locator("textarea")).to_have_value(text)
    expect(story).to_have_attribute("data-status", "new")  # the keys went to the note, not to triage
    with saving(page):
        note.get_by_role("button", name="Save note").click()
    expect(page.locator("#flash")).to_have_text("Saved.")
    expect(note).not_to_have_attribute("open", "")
    expect(story.locator(".note-text")).to_have_text(f"Note: {text}")

    page.reload()
    story = page.locator(f"#{story_id}")
    expect(story.locator(".note-text")).to_have_text(f"Note: {text}")
    expect(story.locator("details.note summary")).to_contain_text("Edit note")
    expect(story.locator("details.note textarea")).to_have_value(text)
    expect(story.locator(".verdict")).to_contain_text("Not reviewed · ana, ")


def test_bulk_marking_and_select_all(open_page: OpenPage) -> None:
    page = open_page("ana", "/hits")
    page.evaluate("window.notReloaded = true")
    count = page.locator("[data-selected-count]")
    first, third = stories(page).nth(0), stories(page).nth(2)
    ids = [first.get_attribute("id"), third.get_attribute("id")]
    page.keyboard.press("j")
    page.keyboard.press("x")
    expect(first.locator('input[form="bulk"]')).to_be_checked()
    third.locator('input[form="bulk"]').check()
    expect(count).to_have_text("2")
    with saving(page):
        page.locator("#bulk").get_by_role("button", name="Mark not relevant").click()
    for story in (first, third):
        expect(story).to_have_attribute("data-status", "irrelevant")
        expect(story.locator(".verdict")).to_contain_text("Not relevant · ana")
        expect(story.locator('input[form="bulk"]')).not_to_be_checked()
    expect(count).to_have_text("0")
    expect(stories(page).nth(1)).to_have_attribute("data-status", "new")
    assert page.evaluate("window.notReloaded") is True, "the page reloaded instead of updating in place"

    page.reload()
    for story_id in ids:
        expect(page.locator(f"#{story_id}")).to_have_attribute("data-status", "irrelevant")
    expect(page.locator('article.story[data-status="irrelevant"]')).to_have_count(2)

    total = stories(page).count()
    articles = len(story_ids(page))
    page.get_by_role("button", name="Select all on this page").click()
    expect(count).to_have_text(str(total))
    expect(page.locator('input[form="bulk"]:checked')).to_have_count(total)
    with saving(page):
        page.locator("#bulk").get_by_role("button", name="Mark relevant").click()
    expect(page.locator("#flash")).to_have_text(f"Saved for {articles} articles.")
    expect(page.locator('article.story[data-status="relevant"]')).to_have_count(total)
    expect(count).to_have_text("0")
    page.get_by_role("button", name="Select all on this page").click()
    expect(count).to_have_text(str(total))
    page.get_by_role("button", name="Select all on this page").click()  # again: select none
    expect(count).to_have_text("0")
    page.reload()
    expect(page.locator('article.story[data-status="relevant"]')).to_have_count(total)


def test_a_wire_story_is_one_story_and_one_decision_covers_every_copy(open_page: OpenPage) -> None:
    page = open_page("ana")
    wire = page.locator("article.story:has(ul.copies)")
    expect(wire).to_have_count(1)
    ids = wire.get_attribute("data-ids").split()
    assert len(ids) == 2, ids
    expect(wire.locator(".outlet")).to_have_text("Lakeside Courier")
    expect(wire.locator("ul.copies li")).to_have_count(1)
    expect(wire.locator("ul.copies li")).to_contain_text(
        "Plains Herald: Sheriff: no more ICE detainers without a judge"
    )
    expect(wire.locator(".meta")).to_contain_text("also in 1 more outlet")
    with saving(page):
        wire.locator('.actions [data-key="r"]').click()
    expect(wire).to_have_attribute("data-status", "relevant")
    expect(page.locator("#flash")).to_have_text("Saved for 2 articles.")

    rows = read_csv(page.context.request.get("/hits.csv").text().lstrip("\ufeff"))
    copies = {row["article"]: row for row in rows if row["article"] in ids}
    assert set(copies) == set(ids)
    assert {row["status"] for row in copies.values()} == {"relevant"}
    assert {row["reviewed_by"] for row in copies.values()} == {"ana"}
    assert len({row["story"] for row in copies.values()}) == 1
    for article_id, other_id in (ids, reversed(ids)):
        page.goto(f"/articles/{article_id}")
        expect(page.locator("article.story.full")).to_have_attribute("data-status", "relevant")
        expect(page.locator("article.story.full .verdict")).to_contain_text("Relevant · ana")
        expect(page.locator(f'section.copies a[href="/articles/{other_id}"]')).to_have_count(1)


# Filters, search and export


def test_filter_and_search_are_shareable_links(open_page: OpenPage, live_site: str) -> None:
    page = open_page("ana", "/hits")
    everything = shown_count(page)
    page.locator("select[name=topic]").select_option(label="Local police doing immigration enforcement")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"/hits\?(.*&)?topic=local-enforcement(&|$)"))
    found = shown_count(page)
    assert 0 < found < everything
    expect(stories(page)).to_have_count(found)
    for index in range(found):
        expect(
            stories(page).nth(index).locator("a.chip.topic", has_text="Local police doing immigration")
        ).to_have_count(1)
    expect(page.locator("select[name=topic]")).to_have_value("local-enforcement")

    page.keyboard.press("/")
    search = page.locator("[data-search]")
    expect(search).to_be_focused()
    page.keyboard.type("sheriff")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=sheriff"))
    query = parse_qs(urlsplit(page.url).query)
    assert query["q"] == ["sheriff"] and query["topic"] == ["local-enforcement"], query
    expect(search).to_have_value("sheriff")
    shown = story_ids(page)
    assert 0 < shown_count(page) < found, shown
    for article_id in shown:  # the word may be past the snippet: the full text has it
        text = page.context.request.get(f"/articles/{article_id}").text()
        assert "sheriff" in text.lower(), article_id

    shared = page.url
    colleague = open_page(None, shared.removeprefix(live_site))
    expect(colleague).to_have_url(re.compile(r"/login\?next="))
    sign_in(colleague, "ben")
    colleague.wait_for_url(shared)
    assert story_ids(colleague) == shown
    expect(colleague.locator("[data-search]")).to_have_value("sheriff")


def test_export_gives_exactly_what_the_filter_shows(open_page: OpenPage) -> None:
    page = open_page("ana", "/hits")
    page.locator("select[name=topic]").select_option("secure-communities")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"topic=secure-communities"))
    shown = story_ids(page)
    assert len(shown) < len(read_csv(page.context.request.get("/hits.csv").text().lstrip("\ufeff")))
    export = page.locator("a[data-export]")
    href = export.get_attribute("href") or ""
    assert href.startswith("/hits.csv?") and _filter_of(href) == _filter_of(page.url), (href, page.url)

    with page.expect_download() as info:
        export.click()
    download = info.value
    assert re.fullmatch(r"monitor-hits-\d{4}-\d\d-\d\d-\d{4}\.csv", download.suggested_filename)
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark for Excel"
    rows = read_csv(raw.decode("utf-8-sig"))
    assert [int(row["article"]) for row in rows] == shown
    assert all("Secure Communities" in row["topics"] for row in rows)
    headlines = (
        stories(page).locator("h2").all_inner_texts()
        + stories(page).locator("ul.copies li > :is(a, span)").all_inner_texts()
    )
    assert sorted(row["headline"] for row in rows) == sorted(headlines)


# Safety


def test_hostile_feed_text_stays_text(open_page: OpenPage) -> None:
    page = open_page("ana")
    response = page.goto("/")
    assert response is not None and response.ok
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy and "object-src 'none'" in policy, policy

    hostile = stories(page).filter(has=page.locator(".outlet", has_text=HOSTILE_OUTLET))
    expect(hostile).to_have_count(1)
    expect(hostile.locator("h2")).to_have_text(HOSTILE_TITLE)
    expect(hostile.locator("h2 a")).to_have_count(0)  # its javascript: link is no link
    expect(hostile.locator(".snippet")).to_contain_text("<script>alert('body')</script> Critics said")
    expect(hostile.locator(".meta")).to_contain_text(HOSTILE_AUTHOR)
    expect(hostile.locator(".outlet")).to_have_text(HOSTILE_OUTLET)
    hostile_id = hostile.get_attribute("data-ids")

    for path in ("/", f"/articles/{hostile_id}", "/hits?q=review", "/hits?" + urlencode({"outlet": HOSTILE_OUTLET})):
        page.goto(path)
        assert page.locator('a[href^="javascript:" i], [href^="javascript:" i], [src^="javascript:" i]').count() == 0
        assert page.locator("main img, main b, main script, script:not([src])").count() == 0, path
        assert page.evaluate("Array.from(document.scripts).map(s => s.getAttribute('src'))") == ["/static/app.js"]
        expect(page.locator("main")).to_contain_text(HOSTILE_AUTHOR)
    page.goto(f"/articles/{hostile_id}")
    expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    expect(page.locator("section.text")).to_contain_text("<script>alert('body')</script>")

    page.goto("/hits")
    page.locator("select[name=outlet]").select_option(HOSTILE_OUTLET)
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"outlet=Gazette"))
    expect(stories(page)).to_have_count(1)
    expect(stories(page).locator(".outlet")).to_have_text(HOSTILE_OUTLET)


# Help and opening an article


def test_help_opens_and_closes_and_o_opens_the_current_article(open_page: OpenPage, live_site: str) -> None:
    page = open_page("ana")
    help_box = page.locator("dialog#help")
    expect(help_box).to_be_hidden()
    page.keyboard.press("?")
    expect(help_box).to_be_visible()
    expect(help_box).to_contain_text("Keyboard shortcuts")
    page.keyboard.press("Escape")
    expect(help_box).to_be_hidden()
    page.get_by_role("button", name="Shortcuts (?)").click()
    expect(help_box).to_be_visible()
    help_box.get_by_role("button", name="Close").click()
    expect(help_box).to_be_hidden()

    wire = stories(page).filter(has=page.locator("ul.copies"))
    position = stories(page).evaluate_all("all => all.findIndex(s => s.querySelector('ul.copies'))")
    lead_id = wire.get_attribute("data-ids").split()[0]
    headline = wire.locator("h2").inner_text()
    for _ in range(position + 1):
        page.keyboard.press("j")
    expect(wire).to_have_class(CURRENT)
    page.keyboard.press("o")
    page.wait_for_url(f"{live_site}/articles/{lead_id}")
    expect(page.locator("h1")).to_have_text(headline)
    marks = page.locator("section.text p:not(.legend) mark")
    assert marks.count() > 0
    expect(marks.first).to_be_visible()
    expect(page.locator("section.why li").first).to_be_visible()

    page.go_back()
    page.keyboard.press("j")
    current = page.locator("article.story.current")
    expect(current).to_have_count(1)
    current_id = current.get_attribute("data-ids").split()[0]
    page.keyboard.press("Enter")
    page.wait_for_url(f"{live_site}/articles/{current_id}")


# Screenshots for the README


def test_screenshots(open_page: OpenPage, site: Site, tmp_path: Path, tagger) -> None:  # noqa: ANN001
    """The README's pictures: a morning's list as a reviewer meets it, without the hostile test feed, with a
    colleague's decisions already on it; the same list on a phone, in the compact view, and a release report."""
    from tests.web.test_release_report import release_with

    with connect(site.config.settings.database_url) as session:
        session.execute(delete(Article).where(Article.outlet == HOSTILE_OUTLET))
        session.execute(update(Feed).values(error_count=0))  # the sample's deliberately broken feed
        session.commit()
        ids = (
            session.execute(
                select(Mention.article_id).where(Mention.key == "lynn-tramonte").distinct().order_by(Mention.article_id)
            )
            .scalars()
            .all()
        )
        writes.save_reviews(
            session, ids[:1], reviewer="ben", status=ReviewStatus.RELEVANT, starred=True, note="Send to the board"
        )
        writes.save_reviews(session, ids[1:2], reviewer="ben", status=ReviewStatus.IRRELEVANT)
    release_id, _ = release_with(site, tagger, ["verbatim", "partial", "quote", "quote", "mention"], days_ago=40)
    folder = SHOTS if os.environ.get("MONITOR_SCREENSHOTS") == "write" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    shots = [
        ("today", "/", VIEWPORT, "ana"),
        ("article", None, VIEWPORT, "ana"),
        ("trends", "/trends?by=person", VIEWPORT, "ana"),
        ("release", f"/releases/{release_id}", VIEWPORT, "ana"),
        ("phone", "/", PHONE, "ana"),
        ("compact", "/hits", VIEWPORT, "ben"),
    ]
    page = open_page("ana")
    wire_id = page.locator("article.story:has(ul.copies)").get_attribute("data-ids").split()[0]
    compact = open_page("ben", "/hits")
    compact.get_by_role("button", name="Compact view: off").click()
    expect(compact.locator(".stories.compact")).to_have_count(1)
    for name, path, size, user in shots:
        page = open_page(user, "/", viewport=size)
        page.goto(path or f"/articles/{wire_id}", wait_until="networkidle")
        expect(page.locator("main h1").first).to_be_visible()
        target = folder / f"{name}.png"
        page.screenshot(path=target, animations="disabled", caret="hide")
        header = target.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", target
        # Device pixels: a phone's screen has twice as many (deviceScaleFactor 2 for is_mobile contexts).
        width, height = struct.unpack(">II", header[16:24])
        assert (width, height) in {(size["width"], size["height"]), (size["width"] * 2, size["height"] * 2)}, target
