"""Roles in a real browser: a viewer (cleo) sees no link to what it cannot use, meets a 403 page in words at every
editor and admin address, and a forged POST carrying its own valid CSRF token is refused with nothing changed; an
editor (ben) edits a release but reaches no admin page; an admin (ana) changes roles on the site; and every such
change is on the audit page, newest first, filtered by person and kind, paged."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from monitor.store import audit, connect
from monitor.store.tables import AuditEvent, Release, User
from monitor.subscriptions.feeds_file import read_feeds
from tests.review_site import Site
from tests.web.browsing import OpenPage, need_chromium

need_chromium()

from playwright.sync_api import Page, expect  # noqa: E402

pytestmark = pytest.mark.browser

ADMIN_PAGES = ("/admin/feeds", "/admin/accounts", "/admin/audit", "/admin/feeds.opml")


@pytest.fixture
def release(site: Site, tagger) -> int:  # noqa: ANN001
    from tests.review_site import add_release_with_pickups

    add_release_with_pickups(site, tagger)
    with connect(site.config.settings.database_url) as session:
        return session.execute(select(Release.id)).scalars().one()


def csrf(page: Page) -> str:
    return page.locator('meta[name="csrf-token"]').get_attribute("content")


def role_of(site: Site, name: str) -> str:
    with connect(site.config.settings.database_url) as session:
        return session.execute(select(User.role).where(User.name == name)).scalar_one()


def trail(site: Site) -> list[tuple[str, str, str, str]]:
    with connect(site.config.settings.database_url) as session:
        rows = session.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars()
        return [(e.actor, e.kind, e.target, e.summary) for e in rows]


def assert_refused(page: Page, path: str, role: str) -> None:
    response = page.goto(path)
    assert response is not None and response.status == 403, (path, response and response.status)
    expect(page.get_by_role("heading", level=1)).to_have_text("Not open to your role")
    expect(page.get_by_role("alert")).to_contain_text(f"a {role}. Nothing was changed.")
    expect(page.get_by_role("link", name="Back to Today")).to_be_visible()


def test_a_viewer_sees_no_admin_or_editor_links_and_every_such_page_is_a_403(open_page: OpenPage, release: int) -> None:
    page = open_page("cleo", f"/releases/{release}", error_pages=True)
    expect(page.locator("header.top")).to_contain_text("cleo (viewer)")
    expect(page.get_by_role("link", name="Admin")).to_have_count(0)
    expect(page.get_by_role("link", name="Edit or delete")).to_have_count(0)
    page.goto("/health")
    expect(page.get_by_role("link", name="Add, pause or resume feeds")).to_have_count(0)
    for path in (*ADMIN_PAGES, f"/releases/{release}/edit"):
        assert_refused(page, path, "viewer")
    page.goto("/")  # triage stays open to every role
    expect(page.locator("article.story").first).to_be_visible()


def test_a_forged_post_with_a_valid_csrf_token_is_refused_and_changes_nothing(
    open_page: OpenPage, site: Site, release: int
) -> None:
    feeds_before = (site.folder / "config" / "feeds.toml").read_text()
    page = open_page("cleo", "/hits", error_pages=True)
    token = csrf(page)
    forged = {
        "/admin/accounts/role": {"name": "cleo", "role": "admin"},
        "/admin/feeds/state": {"name": read_feeds(site.folder / "config" / "feeds.toml")[0].name, "action": "pause"},
        "/admin/feeds/add": {"url": "https://example.org/feed.xml"},
        f"/releases/{release}/edit": {"title": "Taken over", "window_days": "1"},
        f"/releases/{release}/delete": {},
    }
    for path, fields in forged.items():
        response = page.request.post(path, form={"csrf_token": token, **fields})
        assert response.status == 403, (path, response.status)
        assert "Not open to your role" in response.text() and "Nothing was changed" in response.text()
    as_script = page.request.post(
        "/admin/accounts/role",
        form={"name": "cleo", "role": "admin"},
        headers={"accept": "application/json", "x-csrf-token": token},
    )
    assert as_script.status == 403 and "for admins" in as_script.json()["error"]
    assert role_of(site, "cleo") == "viewer"
    assert (site.folder / "config" / "feeds.toml").read_text() == feeds_before
    with connect(site.config.settings.database_url) as session:
        kept = session.get(Release, release)
        assert kept is not None and kept.title != "Taken over" and kept.window_days == 30
    assert trail(site) == []
    page.goto("/hits")  # the viewer's own session still works: a refusal signs nobody out
    expect(page.locator("article.story").first).to_be_visible()


def test_an_editor_edits_a_release_but_reaches_no_admin_page(open_page: OpenPage, site: Site, release: int) -> None:
    page = open_page("ben", f"/releases/{release}", error_pages=True)
    expect(page.get_by_role("link", name="Admin")).to_have_count(0)
    page.get_by_role("link", name="Edit or delete").click()
    page.get_by_label("Title").fill("Harbor Legal Aid on the jail's detainer policy")
    page.get_by_label("Window (days)").fill("45")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(rf"/releases/{release}$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Harbor Legal Aid on the jail's detainer policy")
    actor, kind, target, summary = trail(site)[-1]
    assert (actor, kind, target) == ("ben", "release.edit", f"release {release}")
    assert "window 30 → 45 days" in summary and "→ “Harbor Legal Aid on the jail's detainer policy”" in summary
    for path in ADMIN_PAGES:
        assert_refused(page, path, "editor")
    token = csrf(page)
    refused = page.request.post("/admin/accounts/role", form={"csrf_token": token, "name": "ben", "role": "admin"})
    assert refused.status == 403 and role_of(site, "ben") == "editor"


def test_an_editor_deletes_a_release(open_page: OpenPage, site: Site, release: int) -> None:
    page = open_page("ben", f"/releases/{release}/edit")
    page.get_by_role("button", name=f"Delete release {release}").click()
    page.wait_for_url(re.compile(r"/releases$"))
    expect(page.locator("table.releases")).to_contain_text("No releases yet.")
    assert trail(site)[-1][:3] == ("ben", "release.delete", f"release {release}")


def test_a_bad_release_edit_is_named_on_the_page(open_page: OpenPage, site: Site, release: int) -> None:
    page = open_page("ben", f"/releases/{release}/edit", error_pages=True)
    page.get_by_label("Window (days)").fill("forever")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("alert")).to_contain_text("'forever' is not a number of days from 1 to 3650")
    assert trail(site) == []


def test_an_admin_changes_a_role_and_the_audit_page_shows_it(open_page: OpenPage, site: Site) -> None:
    page = open_page("ana", "/health", error_pages=True)
    expect(page.get_by_role("link", name="Add, pause or resume feeds")).to_be_visible()
    page.get_by_role("link", name="Admin").click()
    page.get_by_role("link", name="Accounts and roles").click()
    page.get_by_label("Role of ben", exact=True).select_option("viewer")
    page.get_by_role("button", name="Save the role of ben").click()
    expect(page.get_by_role("status").filter(has_text="ben is now viewer")).to_be_visible()
    assert role_of(site, "ben") == "viewer"
    page.get_by_label("Role of ana", exact=True).select_option("viewer")  # the only admin: refused, in words
    page.get_by_role("button", name="Save the role of ana").click()
    expect(page.get_by_role("alert")).to_contain_text("ana is the only admin: make someone else admin first")
    assert role_of(site, "ana") == "admin"
    page.get_by_role("link", name="Audit").click()
    first = page.locator("table.audit tbody tr").first
    expect(first).to_contain_text("role changed")
    expect(first).to_contain_text("editor → viewer")
    expect(first.locator("td").nth(1)).to_have_text("ana")


def test_the_audit_page_filters_by_person_and_kind_and_pages_newest_first(open_page: OpenPage, site: Site) -> None:
    with connect(site.config.settings.database_url) as session:
        for n in range(120):
            who = "ana" if n % 2 else "ben"
            audit.note(session, who, "feed.pause" if n % 3 else "feed.resume", f"feed {n:03}", "running → paused")
        session.commit()
    page = open_page("ana", "/admin/audit")
    expect(page.locator("p.sub strong")).to_have_text("120")
    rows = page.locator("table.audit tbody tr")
    expect(rows).to_have_count(audit.PAGE_SIZE)
    expect(rows.first).to_contain_text("feed 119")  # newest first
    page.get_by_role("link", name="Older →").click()
    expect(rows.first).to_contain_text("feed 069")
    page.get_by_label("Person").select_option("ben")
    page.get_by_label("Kind").select_option("feed.resume")
    page.get_by_role("button", name="Show").click()
    expected = [n for n in range(120) if n % 2 == 0 and n % 3 == 0]
    expect(page.locator("p.sub strong")).to_have_text(str(len(expected)))
    assert "person=ben" in page.url and "kind=feed.resume" in page.url  # a filtered view is a link
    targets = [text.strip() for text in rows.locator("td:nth-child(4)").all_inner_texts()]
    assert targets == [f"feed {n:03}" for n in reversed(expected)]
    page.goto("/admin/audit?person=nobody&kind=bogus&page=x")
    alerts = " ".join(page.get_by_role("alert").all_inner_texts())
    assert "nobody called 'nobody'" in alerts and "unknown kind 'bogus'" in alerts and "not a page number" in alerts
    expect(page.locator("p.sub strong")).to_have_text("120")


def test_every_admin_and_editor_route_refuses_a_viewer(site: Site, release: int) -> None:
    """Each route of the admin pages and of release editing, found in the app itself (so a new one is covered),
    answers a viewer with 403, by GET or by a POST with the viewer's own CSRF token."""
    from fastapi.testclient import TestClient

    from monitor.web.app import create_app
    from tests.review_site import csrf_of, sign_in
    from tests.web.test_hostile import app_routes

    app = create_app(site.config)
    guarded = [
        (method, path.replace("{release_id}", str(release)))
        for method, path in app_routes(app)
        if path.startswith(("/admin", "/watchlist")) or path.endswith(("/edit", "/delete"))
    ]
    assert len(guarded) >= 10, guarded
    with TestClient(app, base_url="http://127.0.0.1") as client:
        token = csrf_of(sign_in(client, "cleo"))
        for method, path in guarded:
            response = client.request(method, path, data={"csrf_token": token} if method == "POST" else None)
            assert response.status_code == 403 and "Not open to your role" in response.text, (method, path)
