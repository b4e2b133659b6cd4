"""The watchlist editor over the real site (a real pass's database, the real model): an editor previews, saves and
rolls back; every save is checked as at start-up, kept with its previous text, audited, written with the file's
comments kept, refused when the file changed meanwhile, and followed by a background re-tag; a viewer reaches none
of it, not even with a forged POST carrying a valid CSRF token."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from monitor.store import connect
from monitor.store.tables import AuditEvent, Mention, RetagJob, WatchlistVersion
from monitor.subscriptions.watchlist_file import fingerprint
from monitor.web.app import create_app
from tests.review_site import Site, csrf_of, sign_in


def path_of(site: Site) -> Path:
    return site.config.config_dir / "watchlist.toml"


@pytest.fixture
def editor(site: Site) -> Iterator[TestClient]:
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as client:
        yield sign_in(client, "ben")


def topic_form(client: TestClient, site: Site, **changes: str | list[str]) -> dict[str, str | list[str]]:
    """The local-enforcement topic's form as the edit page fills it, with `changes`."""
    page = client.get("/watchlist/edit", params={"kind": "topics", "id": "local-enforcement"})
    assert page.status_code == 200, page.text[:300]
    query = re.search(r'<textarea id="entry-query" name="query" rows="3">([^<]*)</textarea>', page.text)
    assert query
    form: dict[str, str | list[str]] = {
        "csrf_token": csrf_of(client),
        "kind": "topics",
        "original": "local-enforcement",
        "fingerprint": fingerprint(path_of(site).read_text()),
        "id": "local-enforcement",
        "label": "Local police doing immigration enforcement",
        "query": query.group(1).replace("&#34;", '"').replace("&quot;", '"').replace("&#39;", "'"),
        "term_text": [""],
        "term_case": ["exact"],
        "term_window": ["40"],
        "term_require": [""],
        "term_reject": [""],
        "days": "30",
    }
    form.update(changes)
    return form


def wait_for_job(site: Site, timeout: float = 120) -> RetagJob:
    deadline = time.monotonic() + timeout
    while True:
        with connect(site.config.settings.database_url) as session:
            job = session.execute(select(RetagJob).order_by(RetagJob.id.desc())).scalars().first()
            if job is not None and job.status != "running":
                session.expunge(job)
                return job
        assert time.monotonic() < deadline, "the re-tag did not finish"
        time.sleep(0.5)


def test_a_bad_query_is_refused_with_the_start_up_message_and_a_caret(editor: TestClient, site: Site) -> None:
    before = path_of(site).read_text()
    response = editor.post("/watchlist/save", data=topic_form(editor, site, query="detainer NEAR/15 (sheriff OR jail"))
    assert response.status_code == 400
    text = response.text
    assert "[[topics]] #3 &#39;local-enforcement&#39;: key &#39;query&#39;" in text, text[:3000]
    assert "this &#39;(&#39; is never closed" in text
    caret = re.search(r'<pre class="caret"[^>]*>([^\n]*)\n( *)\^</pre>', text)
    assert caret and caret.group(1)[len(caret.group(2))] == "(", caret and caret.groups()
    assert path_of(site).read_text() == before


def test_an_unknown_alerts_reference_is_refused_and_the_file_put_back(editor: TestClient, site: Site) -> None:
    (site.config.config_dir / "alerts.toml").write_text(
        '[[channels]]\nname = "team"\ntype = "email"\nto = ["a@example.org"]\n\n'
        '[[rules]]\nname = "r1"\nwhen = "any_hit"\ntopics = ["local-enforcement"]\nchannels = ["team"]\n'
    )
    before = path_of(site).read_text()
    form = topic_form(editor, site, id="local-police")
    response = editor.post("/watchlist/save", data=form)
    assert response.status_code == 400, response.text[:2000]
    assert "alerts.toml" in response.text and "local-enforcement" in response.text
    assert path_of(site).read_text() == before


def test_save_keeps_comments_records_the_version_and_audit_and_rolls_back(editor: TestClient, site: Site) -> None:
    original = path_of(site).read_text()
    query = '("287(g)" OR detainer OR detainers) NEAR/15 (sheriff OR jail) NOT hockey'
    saved = editor.post("/watchlist/save", data=topic_form(editor, site, query=query))
    assert saved.status_code == 200, saved.text[:2000]
    assert "Saved version 1: topic &#39;local-enforcement&#39; changed." in saved.text
    now = path_of(site).read_text()
    assert query in now and 'NOT "unlawful detainer"' not in now
    assert '# an "unlawful detainer" is an eviction suit' in now  # the comment after the value, kept
    assert now.startswith(original.split("[[topics]]")[0])  # the header comments, untouched
    assert "# The short name is also a company's" in now
    with connect(site.config.settings.database_url) as session:
        version = session.execute(select(WatchlistVersion)).scalars().one()
        assert (version.saved_by, version.before) == ("ben", original)
        events = [(e.actor, e.kind) for e in session.execute(select(AuditEvent)).scalars()]
        assert ("ben", "watchlist.save") in events
    assert wait_for_job(site).status == "done"

    stale = editor.post("/watchlist/save", data=topic_form(editor, site, fingerprint=fingerprint(original)))
    assert stale.status_code == 409 and "changed on disk since this form was opened" in stale.text

    page = editor.get("/watchlist")
    back = editor.post(
        "/watchlist/rollback",
        data={"csrf_token": csrf_of(editor), "version": "1", "fingerprint": fingerprint(now)},
    )
    assert back.status_code == 200 and "put back as before version 1" in back.text, back.text[:2000]
    assert path_of(site).read_text() == original
    assert 'data-version="2"' in editor.get("/watchlist").text and page.status_code == 200
    wait_for_job(site)


def test_the_background_re_tag_applies_a_removed_topic_to_stored_articles(editor: TestClient, site: Site) -> None:
    def tagged() -> int:
        with connect(site.config.settings.database_url) as session:
            found = select(Mention.id).where(Mention.key == "secure-communities")
            return len(session.execute(found).all())

    assert tagged() > 0
    form = {
        "csrf_token": csrf_of(editor),
        "kind": "topics",
        "original": "secure-communities",
        "fingerprint": fingerprint(path_of(site).read_text()),
        "id": "secure-communities",
        "remove": "1",
        "days": "30",
    }
    preview = editor.post("/watchlist/preview", data=form)
    assert preview.status_code == 200 and 'data-preview="dropped"' in preview.text, preview.text[:2000]
    assert "phrase &#39;Secure Communities&#39; (exact case)" in preview.text
    removed = editor.post("/watchlist/save", data=form)
    assert "topic &#39;secure-communities&#39; removed" in removed.text
    job = wait_for_job(site)
    assert job.status == "done" and job.done == job.total > 0, (job.status, job.message)
    assert tagged() == 0
    status = editor.get("/watchlist/retag").json()
    assert status["status"] == "done" and status["job"] == job.id


def test_a_viewer_reaches_nothing_and_a_forged_post_changes_nothing(site: Site) -> None:
    before = path_of(site).read_text()
    with TestClient(create_app(site.config), base_url="http://127.0.0.1") as client:
        sign_in(client, "cleo")
        assert ">Watchlist</a>" not in client.get("/hits").text
        assert client.get("/watchlist").status_code == 403
        token = csrf_of(client)
        forged = {
            "csrf_token": token,
            "kind": "topics",
            "original": "ice",
            "id": "ice",
            "remove": "1",
            "fingerprint": fingerprint(before),
        }
        for route in ("/watchlist/save", "/watchlist/preview", "/watchlist/rollback", "/watchlist/retag"):
            response = client.post(route, data=forged)
            assert response.status_code == 403 and "Not open to your role" in response.text, route
    assert path_of(site).read_text() == before
    with connect(site.config.settings.database_url) as session:
        assert session.execute(select(WatchlistVersion)).first() is None


def test_an_editor_sees_the_link_and_a_missing_entry_is_a_page(editor: TestClient) -> None:
    assert '<a href="/watchlist"' in editor.get("/hits").text
    missing = editor.get("/watchlist/edit", params={"kind": "people", "id": "nobody"})
    assert missing.status_code == 404 and "No person has the id" in missing.text
