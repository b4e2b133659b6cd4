"""The team's labels and outlet tiers in real Chromium: make a label on the labels page, put it on a story with one
click (no reload), filter the list by it, find it in the CSV; filter the list and the trends by tier. The same
without JavaScript, through plain forms; and the label-management rules (names, renames, deletes)."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from monitor.store import connect
from monitor.store import hits as store_hits
from monitor.store import labels as store_labels
from monitor.web.app import create_app
from tests.review_site import Site, csrf_of, expected_tier, sign_in
from tests.review_site import with_outlets as _with_outlets
from tests.web.browsing import LAPTOP, PHONE, OpenPage, need_chromium, shown_count, stories, story_ids

need_chromium()

from playwright.sync_api import expect  # noqa: E402

pytestmark = pytest.mark.browser


@pytest.fixture
def site(site: Site) -> Site:
    return _with_outlets(site)


def hit_rows(site: Site) -> list[store_hits.HitRow]:
    with connect(site.config.settings.database_url) as session:
        return list(store_hits.iter_hits(session, store_hits.HitFilter()))


@pytest.mark.parametrize("size", [pytest.param(LAPTOP, id="laptop"), pytest.param(PHONE, id="phone")])
def test_a_label_is_made_applied_in_one_click_filtered_and_exported(
    open_page: OpenPage, site: Site, size: dict[str, int]
) -> None:
    page = open_page("ana", "/labels", viewport=size)
    page.get_by_label("New label").fill("needs response")
    page.get_by_role("button", name="Add label").click()
    expect(page.locator("table.labels")).to_contain_text("needs response")

    page.goto("/hits")
    total = shown_count(page)
    second = stories(page).nth(1)
    ids = second.get_attribute("data-ids").split()
    button = second.get_by_role("button", name="needs response")
    expect(button).to_have_attribute("aria-pressed", "false")
    page.evaluate("window.notReloaded = true")
    with page.expect_response(lambda r: urlsplit(r.url).path == "/stories/labels" and r.status == 200):
        button.click()
    expect(button).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#flash")).to_contain_text("Labelled")
    assert page.evaluate("window.notReloaded") is True  # in place, no reload
    with connect(site.config.settings.database_url) as session:
        on = store_labels.labels_of(session, [int(i) for i in ids])
    assert all(on.get(int(i)) for i in ids)  # every copy of the story

    toggle = page.get_by_role("button", name="More options")
    if toggle.is_visible():  # on a phone the filters are folded behind the search box
        toggle.click()
    page.locator("select[name=label]").select_option(label="needs response")
    page.locator("form.filters").get_by_role("button", name="Filter").click()
    expect(stories(page)).to_have_count(1)
    assert story_ids(page) == [int(i) for i in ids] and shown_count(page) == 1 < total

    with page.expect_download() as download:
        page.get_by_role("link", name="Export CSV").click()
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8-sig").read())))
    assert {int(r["article"]) for r in rows} == {int(i) for i in ids}
    assert {r["labels"] for r in rows} == {"needs response"}

    page.goto("/hits")
    button = stories(page).nth(1).get_by_role("button", name="needs response")
    expect(button).to_have_attribute("aria-pressed", "true")
    with page.expect_response(lambda r: urlsplit(r.url).path == "/stories/labels" and r.status == 200):
        button.click()  # again: taken off
    expect(button).to_have_attribute("aria-pressed", "false")
    with connect(site.config.settings.database_url) as session:
        assert not store_labels.labels_of(session, [int(i) for i in ids])


def test_the_tier_filter_narrows_the_list_and_the_trends(open_page: OpenPage, site: Site) -> None:
    wanted = {row.id for row in hit_rows(site) if expected_tier(row.link) == "national"}
    assert wanted
    page = open_page("ana", "/hits")
    page.locator("select[name=tier]").select_option("national")
    page.locator("form.filters").get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"tier=national"))
    assert set(story_ids(page)) == wanted
    expect(page.locator("article.story .tier").first).to_have_text("national")
    page.goto("/hits?tier=unlisted")
    assert not set(story_ids(page)) & wanted and story_ids(page)

    page.goto("/trends?by=outlet")
    everything = page.locator("table.numbers thead th").all_inner_texts()
    page.locator("select[name=tier]").select_option("national")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("h1 + p.sub")).to_contain_text("in national outlets only")
    outlets = page.locator("table.numbers thead th").all_inner_texts()
    assert outlets == ["Day", "Harbor City Tribune"] and len(everything) > 2


def test_labels_work_without_javascript_and_names_are_checked(client: TestClient, site: Site) -> None:
    csrf = csrf_of(client)
    assert client.post("/labels", data={"name": "  Win ", "csrf_token": csrf}).status_code == 200
    taken = client.post("/labels", data={"name": "WIN", "csrf_token": csrf})
    assert taken.status_code == 400 and "There is a label called “WIN” already" in taken.text
    long = client.post("/labels", data={"name": "x" * 41, "csrf_token": csrf})
    assert long.status_code == 400 and "at most 40 characters" in long.text
    assert client.post("/labels", data={"name": "win"}).status_code == 403  # no CSRF token
    with connect(site.config.settings.database_url) as session:
        (label,) = store_labels.list_labels(session)
    assert label.name == "Win"
    story = hit_rows(site)[0]
    applied = client.post(
        "/stories/labels",
        data={"article_id": str(story.id), "label": f"add:{label.id}", "next": "/hits", "csrf_token": csrf},
    )
    assert applied.status_code == 200 and applied.url.path == "/hits"
    assert f'value="remove:{label.id}"' in client.get(f"/hits?label={label.id}").text
    renamed = client.post(f"/labels/{label.id}/rename", data={"name": "big win", "csrf_token": csrf})
    assert renamed.status_code == 200 and "big win" in renamed.text
    with connect(site.config.settings.database_url) as session:
        assert store_labels.labels_of(session, [story.id])[story.id] == [(label.id, "big win")]
    assert "unknown label" in client.get("/hits?label=999").text
    deleted = client.post(f"/labels/{label.id}/delete", data={"csrf_token": csrf})
    assert deleted.status_code == 200 and "No labels yet" in deleted.text
    with connect(site.config.settings.database_url) as session:
        assert store_labels.labels_of(session, [story.id]) == {}
    assert client.post("/labels/999/delete", data={"csrf_token": csrf}).status_code == 404


def test_a_release_report_counts_placements_by_tier(client: TestClient, site: Site, tagger) -> None:  # noqa: ANN001
    from collections import Counter

    from sqlalchemy import select

    from monitor.pickup.report import as_text
    from monitor.pipeline.release_pickup import release_report
    from monitor.store.tables import Article
    from tests.review_site import add_release_with_pickups

    add_release_with_pickups(site, tagger)
    with connect(site.config.settings.database_url) as session:
        links = session.execute(select(Article.link).order_by(Article.id).limit(2)).scalars().all()
    tiers = Counter(expected_tier(link) for link in links)
    page = client.get("/releases/1")
    assert page.status_code == 200 and "Placements by outlet tier" in page.text
    table = page.text.split("Placements by outlet tier", 1)[1].split("</table>", 1)[0]
    for tier, n in tiers.items():
        assert f'<th scope="col">{tier}</th>' in table and f"<td>{n}</td>" in table
    report = release_report(site.config, 1)
    assert dict(report.tiers) == dict(tiers)
    assert "By outlet tier: " + ", ".join(f"{t} {n}" for t, n in report.tiers) in as_text(report)


def test_a_viewer_labels_stories_but_cannot_make_rename_or_delete_labels(client: TestClient, site: Site) -> None:
    """Managing the list of labels is an editor's job; putting one on a story is triage, open to every role."""
    csrf = csrf_of(client)
    assert client.post("/labels", data={"name": "needs response", "csrf_token": csrf}).status_code == 200
    with connect(site.config.settings.database_url) as session:
        (label,) = store_labels.list_labels(session)
    story = hit_rows(site)[0]
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as fresh:
        viewer = sign_in(fresh, "cleo")
        token = csrf_of(viewer)
        refused = viewer.post("/labels", data={"name": "win", "csrf_token": token})
        assert refused.status_code == 403 and "Only editors and admins" in refused.text
        assert viewer.post(f"/labels/{label.id}/rename", data={"name": "x", "csrf_token": token}).status_code == 403
        assert viewer.post(f"/labels/{label.id}/delete", data={"csrf_token": token}).status_code == 403
        assert 'action="/labels"' not in viewer.get("/labels").text  # no forms it cannot use
        applied = viewer.post(
            "/stories/labels",
            data={"article_id": str(story.id), "label": f"add:{label.id}", "next": "/hits", "csrf_token": token},
        )
        assert applied.status_code == 200
    with connect(site.config.settings.database_url) as session:
        assert [row.name for row in store_labels.list_labels(session)] == ["needs response"]
        assert store_labels.labels_of(session, [story.id])[story.id] == [(label.id, "needs response")]
