"""Every page and action of the review site, over a real database filled by a real pass.

Browser behaviour (keyboard, in-place updates) is in test_browser.py; here each route is called the way a
browser calls it, with the cookies and forms a browser would send.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from monitor.store import connect
from monitor.store.tables import Article, Feed, Mention, Review, User
from monitor.store.types import utcnow
from monitor.web.app import create_app
from tests.review_site import HOSTILE_AUTHOR, HOSTILE_OUTLET, HOSTILE_TITLE, PASSWORD, Site, csrf_of, sign_in

PAGES = ["/", "/hits", "/hits?topic=ice", "/trends", "/health", "/articles/1", "/hits.csv"]


def story_ids(html: str) -> list[list[int]]:
    """The article ids of each story on a list page, in order."""
    return [[int(n) for n in ids.split()] for ids in re.findall(r'data-ids="([\d ]+)"', html)]


def stored(site: Site, query):  # noqa: ANN001, ANN201
    with connect(site.config.settings.database_url) as session:
        return session.execute(query).all()


def decide(client: TestClient, action: str, ids: list[int], **extra: str):  # noqa: ANN201
    data = {"action": action, "article_id": [str(i) for i in ids], "csrf_token": csrf_of(client), **extra}
    return client.post("/reviews", data=data, headers={"accept": "application/json"})


# Signing in


@pytest.mark.parametrize("path", PAGES)
def test_every_page_needs_a_signed_in_user(anonymous: TestClient, path: str) -> None:
    response = anonymous.get(path, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"].startswith("/login?next=")


def test_actions_without_a_session_are_refused(anonymous: TestClient) -> None:
    response = anonymous.post("/reviews", data={"action": "relevant", "article_id": "1"})
    assert response.status_code == 401


def test_sign_in_goes_back_to_the_page_asked_for(anonymous: TestClient) -> None:
    response = anonymous.get("/trends?from=2026-11-01")
    assert response.url.path == "/login"
    token = re.search(r'name="login_token" value="([^"]+)"', response.text).group(1)
    target = re.search(r'name="next" value="([^"]+)"', response.text).group(1)
    after = anonymous.post("/login", data={"name": "ana", "password": PASSWORD, "login_token": token, "next": target})
    assert after.url.path == "/trends" and "2026-11-01" in after.text


@pytest.mark.parametrize("name,password", [("ana", "wrong password!"), ("nobody", PASSWORD)])
def test_a_wrong_name_or_password_gets_the_same_answer(anonymous: TestClient, name: str, password: str) -> None:
    token = re.search(r'name="login_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
    response = anonymous.post("/login", data={"name": name, "password": password, "login_token": token})
    assert response.status_code == 401
    assert "That name and password do not match." in response.text
    assert "monitor_session" not in response.cookies


def test_the_sign_in_form_has_its_own_csrf_token(anonymous: TestClient) -> None:
    anonymous.get("/login")
    response = anonymous.post("/login", data={"name": "ana", "password": PASSWORD, "login_token": "forged"})
    assert response.status_code == 403 and "monitor_session" not in response.cookies


def test_repeated_failures_lock_the_name_for_a_while(anonymous: TestClient) -> None:
    for _ in range(5):
        token = re.search(r'name="login_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
        assert (
            anonymous.post(
                "/login", data={"name": "ben", "password": "not it at all", "login_token": token}
            ).status_code
            == 401
        )
    token = re.search(r'name="login_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
    response = anonymous.post("/login", data={"name": "ben", "password": PASSWORD, "login_token": token})
    assert response.status_code == 429 and "Wait 15 minutes" in response.text


@pytest.mark.parametrize("target", ["//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:x"])
def test_sign_in_never_redirects_off_the_site(anonymous: TestClient, target: str) -> None:
    token = re.search(r'name="login_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
    response = anonymous.post(
        "/login",
        data={"name": "ana", "password": PASSWORD, "login_token": token, "next": target},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/"


def test_the_session_cookie_is_http_only_and_same_site(anonymous: TestClient) -> None:
    token = re.search(r'name="login_token" value="([^"]+)"', anonymous.get("/login").text).group(1)
    response = anonymous.post(
        "/login", data={"name": "ana", "password": PASSWORD, "login_token": token}, follow_redirects=False
    )
    cookie = response.headers["set-cookie"].lower()
    assert "monitor_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie.replace("samesite", "")  # only when settings say the site is behind HTTPS


def test_only_a_hash_of_the_session_token_is_stored(client: TestClient, site: Site) -> None:
    from monitor.store.tables import UserSession

    token = client.cookies.get("monitor_session")
    hashes = [row[0] for row in stored(site, select(UserSession.token_hash))]
    assert token and token not in hashes and len(hashes) == 1


def test_signing_out_ends_the_session_for_good(client: TestClient, site: Site) -> None:
    token = client.cookies.get("monitor_session")
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert client.post("/logout", data={"csrf_token": csrf_of(client)}).url.path == "/login"
    replay = TestClient(create_app(site.config), base_url="http://127.0.0.1", cookies={"monitor_session": token})
    assert replay.get("/", follow_redirects=False).status_code == 303


def test_a_new_password_signs_out_every_browser(client: TestClient, site: Site) -> None:
    from monitor.store import writes
    from monitor.web.accounts import hash_password

    with connect(site.config.settings.database_url) as session:
        user = session.execute(select(User).where(User.name == "ana")).scalars().one()
        writes.set_password(session, user.id, hash_password("another long password"), sign_out=True)
    assert client.get("/", follow_redirects=False).status_code == 303


# The hit list


def test_today_lists_the_hits_newest_story_first_with_chips_quotes_and_snippets(client: TestClient, site: Site) -> None:
    page = client.get("/")
    assert page.status_code == 200
    ids = [i for story in story_ids(page.text) for i in story]
    hits = {row[0] for row in stored(site, select(Mention.article_id).distinct())}
    day_ago = utcnow() - timedelta(hours=24)
    recent = {row[0] for row in stored(site, select(Article.id).where(Article.fetched_at >= day_ago))}
    assert sorted(ids) == sorted(hits & recent)
    assert '<a class="chip topic" href="/hits?topic=secure-communities">Secure Communities</a>' in page.text
    assert '<mark class="topic" title="Secure Communities">Secure Communities</mark>' in page.text
    assert "— Lynn Tramonte, deputy director of America&#39;s Voice Education Fund" in page.text
    dates = re.findall(r'<article class="story[^>]*>.*?<time datetime="([^"]+)"', page.text, re.S)
    assert dates == sorted(dates, reverse=True)


def test_copies_of_one_story_are_shown_together(client: TestClient, site: Site) -> None:
    page = client.get("/hits?q=detainer+warrant")
    groups = story_ids(page.text)
    outlets = dict(stored(site, select(Article.id, Article.outlet)))
    wire = [group for group in groups if {outlets[i] for i in group} == {"Lakeside Courier", "Plains Herald"}]
    assert len(wire) == 1 and len(wire[0]) == 2
    assert "also in 1 more outlet" in page.text and 'class="copies"' in page.text


def test_today_starts_from_the_previous_visit(client: TestClient, site: Site) -> None:
    newest = max(row[0] for row in stored(site, select(Article.fetched_at)))
    with connect(site.config.settings.database_url) as session:
        session.execute(update(User).where(User.name == "ana").values(previous_visit_at=newest + timedelta(seconds=1)))
        session.commit()
    page = client.get("/")
    assert "Since your last visit" in page.text and story_ids(page.text) == []
    assert "Nothing new since" in page.text


def test_a_visit_starts_after_a_gap_and_moves_the_today_page_on(client: TestClient, site: Site) -> None:
    with connect(site.config.settings.database_url) as session:
        session.execute(
            update(User)
            .where(User.name == "ana")
            .values(last_seen_at=utcnow() - timedelta(hours=5), visit_started_at=utcnow() - timedelta(hours=6))
        )
        session.commit()
    client.get("/health")
    (previous,) = stored(site, select(User.previous_visit_at).where(User.name == "ana"))[0]
    assert abs(previous - (utcnow() - timedelta(hours=6))) < timedelta(minutes=1)


@pytest.mark.parametrize(
    "query,field", [("topic=ice", "topic"), ("person=lynn-tramonte", "person"), ("outlet=Capitol+Wire", "outlet")]
)
def test_filters_narrow_the_list(client: TestClient, site: Site, query: str, field: str) -> None:
    ids = [i for story in story_ids(client.get(f"/hits?{query}").text) for i in story]
    value = query.split("=")[1].replace("+", " ")
    if field == "outlet":
        expected = {
            row[0]
            for row in stored(
                site, select(Article.id).join(Mention, Mention.article_id == Article.id).where(Article.outlet == value)
            )
        }
    else:
        expected = {row[0] for row in stored(site, select(Mention.article_id).where(Mention.key == value))}
    assert ids and set(ids) == expected


def test_search_reads_words_phrases_exclusions_and_prefixes(client: TestClient) -> None:
    def found(q: str) -> set[int]:
        return {i for story in story_ids(client.get("/hits", params={"q": q}).text) for i in story}

    detainer = found("detainer")
    assert detainer and found('"detainer request"') <= detainer
    assert found("detainer -Lakeside") == detainer - found("Lakeside")
    assert found("detain*") >= detainer
    assert found("zebra OR detainer") == detainer
    assert found('"unbalanced') is not None  # odd quoting is read, not an error


def test_dates_and_review_status_filter(client: TestClient, site: Site) -> None:
    everything = [i for s in story_ids(client.get("/hits").text) for i in s]
    assert decide(client, "relevant", [everything[0]]).status_code == 200
    relevant = [i for s in story_ids(client.get("/hits?status=relevant").text) for i in s]
    new = [i for s in story_ids(client.get("/hits?status=new").text) for i in s]
    assert relevant == [everything[0]] and everything[0] not in new
    assert sorted(relevant + new) == sorted(everything)
    assert story_ids(client.get("/hits?from=2001-01-01&to=2001-01-02").text) == []


def test_bad_filter_values_are_named_and_ignored(client: TestClient) -> None:
    page = client.get("/hits?from=yesterday&status=maybe&topic=nonsense&page=-3")
    assert page.status_code == 200
    assert "From date &#39;yesterday&#39; is not a date like 2026-11-29; ignored" in page.text
    assert "unknown review status &#39;maybe&#39;; ignored" in page.text


def test_the_filter_lives_in_the_url_and_pages_keep_it(client: TestClient, site: Site) -> None:
    from dataclasses import replace

    small = replace(
        site.config,
        settings=site.config.settings.model_copy(
            update={"web": site.config.settings.web.model_copy(update={"page_size": 5})}
        ),
    )
    paged = sign_in(TestClient(create_app(small), base_url="http://127.0.0.1"))
    first = paged.get("/hits?topic=ice")
    assert 'href="/hits?topic=ice&amp;page=2" rel="next"' in first.text
    second = paged.get("/hits?topic=ice&page=2")
    one, two = story_ids(first.text), story_ids(second.text)
    assert len(one) == 5 and two and not {i for s in one for i in s} & {i for s in two for i in s}


# Export


def read_csv(response) -> list[dict[str, str]]:  # noqa: ANN001
    assert response.headers["content-type"].startswith("text/csv")
    assert response.content.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


@pytest.mark.parametrize("query", ["", "topic=ice", "q=detainer", "person=lynn-tramonte&status=new"])
def test_the_csv_holds_exactly_what_the_filter_shows(client: TestClient, query: str) -> None:
    shown = [i for s in story_ids(client.get(f"/hits?{query}").text) for i in s]
    rows = read_csv(client.get(f"/hits.csv?{query}"))
    assert [int(row["article"]) for row in rows] == shown
    assert "attachment" in client.get(f"/hits.csv?{query}").headers["content-disposition"]


def test_the_csv_carries_decisions_and_defuses_formulas(client: TestClient, site: Site) -> None:
    first = story_ids(client.get("/hits").text)[0]
    decide(client, "relevant", first)
    decide(client, "star", first)
    decide(client, "note", first, note='=HYPERLINK("http://evil.example","x")')
    row = next(r for r in read_csv(client.get("/hits.csv")) if int(r["article"]) == first[0])
    assert (row["status"], row["starred"], row["reviewed_by"]) == ("relevant", "yes", "ana")
    assert row["note"].startswith("'=HYPERLINK")


def test_the_today_export_is_the_today_list(client: TestClient) -> None:
    page = client.get("/")
    link = re.search(r'href="(/hits\.csv\?[^"]*)" data-export', page.text).group(1).replace("&amp;", "&")
    assert "after=" in link
    assert [int(r["article"]) for r in read_csv(client.get(link))] == [i for s in story_ids(page.text) for i in s]


# Decisions


def test_a_decision_is_saved_for_the_whole_story_and_shown_to_colleagues(client: TestClient, site: Site) -> None:
    wire = next(s for s in story_ids(client.get("/hits?q=detainer+warrant").text) if len(s) == 2)
    response = decide(client, "relevant", [wire[0]])
    body = response.json()
    assert {key: body[key] for key in ("updated", "articles", "reviewer", "action")} == {
        "updated": 2,
        "articles": sorted(wire),
        "reviewer": "ana",
        "action": "relevant",
    }
    assert {r["status"] for r in body["reviews"].values()} == {"relevant"} and body["undo"]
    colleague = sign_in(TestClient(create_app(site.config), base_url="http://127.0.0.1"), "ben")
    page = colleague.get(f"/articles/{wire[1]}")
    assert "Relevant · ana," in page.text


def test_star_note_and_undo_keep_each_other(client: TestClient, site: Site) -> None:
    story = story_ids(client.get("/hits").text)[1]
    for action, extra in [("irrelevant", {}), ("star", {}), ("note", {"note": "for the board memo"}), ("new", {})]:
        assert decide(client, action, story, **extra).status_code == 200
    review = stored(site, select(Review).where(Review.article_id == story[0]))[0][0]
    assert (review.status, review.starred, review.note, review.reviewer) == ("new", True, "for the board memo", "ana")
    decide(client, "note", story, note="   ")
    assert stored(site, select(Review.note).where(Review.article_id == story[0]))[0][0] is None


def test_bulk_decisions_cover_every_selected_story(client: TestClient, site: Site) -> None:
    stories = story_ids(client.get("/hits").text)[:3]
    ids = [s[0] for s in stories]
    response = decide(client, "irrelevant", ids)
    assert response.json()["updated"] == sum(len(s) for s in stories)
    statuses = dict(stored(site, select(Review.article_id, Review.status)))
    assert all(statuses[i] == "irrelevant" for s in stories for i in s)


def test_a_plain_form_post_returns_to_the_list(client: TestClient) -> None:
    story = story_ids(client.get("/hits").text)[0]
    response = client.post(
        "/reviews",
        data={"action": "star", "article_id": story, "csrf_token": csrf_of(client), "next": "/hits?topic=ice"},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/hits?topic=ice"
    evil = client.post(
        "/reviews",
        data={"action": "star", "article_id": story, "csrf_token": csrf_of(client), "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert evil.headers["location"] == "/"


@pytest.mark.parametrize("token", [None, "", "forged-token"])
def test_decisions_need_the_sessions_csrf_token(client: TestClient, site: Site, token: str | None) -> None:
    data = {"action": "relevant", "article_id": "1"}
    if token is not None:
        data["csrf_token"] = token
    assert client.post("/reviews", data=data).status_code == 403
    assert stored(site, select(Review)) == []


def test_the_csrf_token_also_works_as_a_header(client: TestClient) -> None:
    response = client.post(
        "/reviews",
        data={"action": "star", "article_id": "1"},
        headers={"x-csrf-token": csrf_of(client), "accept": "application/json"},
    )
    assert response.status_code == 200 and response.json()["updated"] == 1


def test_unknown_actions_and_empty_notes_are_refused(client: TestClient) -> None:
    assert decide(client, "delete", [1]).status_code == 400
    assert decide(client, "note", [1]).status_code == 400
    assert decide(client, "relevant", [999_999]).json()["updated"] == 0


# The other pages


def test_the_article_page_highlights_mentions_and_quotes_and_says_why(client: TestClient, site: Site) -> None:
    article_id = stored(site, select(Mention.article_id).where(Mention.key == "secure-communities"))[0][0]
    page = client.get(f"/articles/{article_id}")
    assert page.status_code == 200
    assert '<mark class="topic" title="Secure Communities">Secure Communities</mark>' in page.text
    assert '<mark class="quote">' in page.text and "Why this is a hit" in page.text
    reason = stored(site, select(Mention.reason).where(Mention.article_id == article_id, Mention.kind == "topic"))[0][0]
    assert reason and reason.replace("'", "&#39;").replace('"', "&#34;") in page.text
    assert client.get("/articles/999999").status_code == 404


def test_trends_count_articles_per_day_per_topic(client: TestClient, site: Site) -> None:
    page = client.get("/trends?from=2026-10-01&to=2026-12-31")
    assert page.status_code == 200 and "<svg" in page.text and "Articles per day, by topic" in page.text
    ice = {row[0] for row in stored(site, select(Mention.article_id).where(Mention.key == "ice"))}
    total = re.search(r'<tr class="total"><th>Total</th>(.*?)</tr>', page.text, re.S).group(1)
    assert re.findall(r"<td>(\d+)</td>", total)[1] == str(len(ice))
    only = client.get("/trends?topic=ice&from=2026-10-01&to=2026-12-31")
    assert '<th scope="col">ICE</th>' in only.text and '<th scope="col">Secure Communities</th>' not in only.text
    assert "is not a date like" in client.get("/trends?from=soon").text


def test_trends_by_people_and_outlets_with_a_csv_in_the_charts_order(client: TestClient, site: Site) -> None:
    people = client.get("/trends?by=person&from=2026-10-01&to=2026-12-31")
    assert people.status_code == 200 and '<th scope="col">Lynn Tramonte</th>' in people.text
    tramonte = {row[0] for row in stored(site, select(Mention.article_id).where(Mention.key == "lynn-tramonte"))}
    rows = list(csv.reader(io.StringIO(client.get("/trends.csv?by=person&from=2026-10-01&to=2026-12-31").text)))
    header, days = rows[0], rows[1:]
    assert header[0].lstrip("\ufeff") == "day" and "Lynn Tramonte" in header
    assert [d[0] for d in days] == sorted(d[0] for d in days)  # oldest first, as the chart runs
    column = header.index("Lynn Tramonte")
    assert sum(int(d[column]) for d in days) == len(tramonte)
    chart_order = re.findall(r'<th scope="col">(.*?)</th>', people.text)[1:]
    assert chart_order == header[1:]
    outlets = client.get("/trends?by=outlet&from=2026-10-01&to=2026-12-31")
    assert '<th scope="col">Borderlands Radio</th>' in outlets.text
    long_name = [p.name for p in site.config.watchlist.people if len(p.name) > 12]
    legend = re.search(r'<ul class="chart-key".*?</ul>', people.text, re.S).group(0)
    assert all(name in legend for name in long_name)  # whole names, never cut
    assert "unknown breakdown" in client.get("/trends?by=mood").text


def test_health_shows_feeds_runs_and_raises_the_alarm(client: TestClient, site: Site) -> None:
    page = client.get("/health")
    assert "failing ×1" in page.text and "Courier home page (not a feed, on purpose)" in page.text
    assert "read with warnings" in page.text and "bare ampersand" in page.text  # the broken feed, read anyway
    assert "Recent passes" in page.text and "some feeds failed" in page.text
    assert 'class="badge"' in client.get("/").text  # every page says the admin is needed
    with connect(site.config.settings.database_url) as session:
        session.execute(update(Feed).values(error_count=0))
        session.commit()
    assert "All is well" in client.get("/health").text and 'class="badge"' not in client.get("/").text


def test_health_says_so_when_every_feed_fails(client: TestClient, site: Site) -> None:
    """One failing feed among many is a warning; all of them failing means no news at all (often the network)."""
    assert "the rest are fine" in client.get("/health").text
    with connect(site.config.settings.database_url) as session:
        session.execute(update(Feed).values(error_count=3))
        session.commit()
    page = client.get("/health").text
    assert "Every feed is failing" in page and "the rest are fine" not in page


def test_health_notices_when_cron_stopped_running(client: TestClient, site: Site) -> None:
    from monitor.store.tables import Run

    with connect(site.config.settings.database_url) as session:
        session.execute(update(Run).values(finished_at=utcnow() - timedelta(hours=7)))
        session.commit()
    page = client.get("/health")
    assert "No pass has finished since" in page.text and "7 h ago" in page.text


# Safety


def test_feed_text_is_escaped_everywhere_and_only_web_links_are_links(client: TestClient, site: Site) -> None:
    hostile, title = stored(site, select(Article.id, Article.title).where(Article.outlet == HOSTILE_OUTLET))[0]
    assert title == HOSTILE_TITLE  # the feed's text arrives intact, and is then shown as text
    for path in ["/", "/hits", f"/articles/{hostile}", "/health", "/trends", "/hits?q=review"]:
        page = client.get(path)
        assert page.status_code == 200
        assert "<script>alert" not in page.text and "<img src=x" not in page.text, path
        assert "<b>bold</b>" not in page.text and 'href="javascript:' not in page.text.lower(), path
    page = client.get(f"/articles/{hostile}")
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt; Secure Communities" in page.text
    assert "Gazette &lt;b&gt;bold&lt;/b&gt; &amp; &#34;quoted&#34;" in page.text
    assert HOSTILE_AUTHOR.replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;") in page.text


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ["/", "/login", "/static/app.js", "/hits.csv"]:
        headers = client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"
    assert client.get("/").headers["cache-control"] == "no-store"


def test_an_open_page_learns_of_colleagues_decisions(client: TestClient, site: Site) -> None:
    page = client.get("/hits")
    loaded = re.search(r'data-now="([^"]+)"', page.text).group(1)
    ids = [i for s in story_ids(page.text) for i in s]
    one, two = [s[0] for s in story_ids(page.text) if len(s) == 1][:2]
    colleague = sign_in(TestClient(create_app(site.config), base_url="http://127.0.0.1"), "ben")
    decide(colleague, "relevant", [one])
    decide(colleague, "note", [two], note="call the reporter")
    changes = client.get("/reviews", params={"since": loaded, "ids": " ".join(map(str, ids))}).json()
    assert changes["reviews"] == {
        str(one): {"status": "relevant", "starred": False, "note": None, "reviewer": "ben"},
        str(two): {"status": "new", "starred": False, "note": "call the reporter", "reviewer": "ben"},
    }
    later = client.get("/reviews", params={"since": changes["now"], "ids": " ".join(map(str, ids))}).json()
    assert later["reviews"] == {}


# What a search understood


def understood_on(client: TestClient, query: str) -> tuple[str, list[str], int]:
    from html import unescape

    page = client.get("/hits", params={"q": query})
    said = re.search(r'<p class="understood">Searching for (.*?)\.</p>', page.text, re.S)
    hints = [unescape(h) for h in re.findall(r'<p class="hint search-hint">(.*?)</p>', page.text, re.S)]
    return unescape(said.group(1)) if said else "", hints, page.status_code


def test_a_search_says_what_it_understood(client: TestClient) -> None:
    assert understood_on(client, 'sheriff "secure communities" -hockey detain*')[0] == (
        "“sheriff” and “secure communities” and words starting “detain”, without “hockey”"
    )
    assert understood_on(client, "ice OR asylum")[0] == "“ice” or “asylum”"


def test_near_works_in_search_as_in_watchlist_queries(client: TestClient) -> None:
    said, hints, status = understood_on(client, "sheriff NEAR/5 jail")
    assert status == 200 and said == "“sheriff” within 5 words of “jail”" and hints == []
    near = story_ids(client.get("/hits", params={"q": "county NEAR/3 jail"}).text)
    both = story_ids(client.get("/hits", params={"q": "county jail"}).text)
    assert near and set(map(tuple, near)) <= set(map(tuple, both))
    close = story_ids(client.get("/hits", params={"q": "sheriff NEAR/5 jail"}).text)
    wide = story_ids(client.get("/hits", params={"q": "sheriff NEAR/20 jail"}).text)
    assert len(close) < len(wide)


def test_search_explains_what_it_cannot_read_as_meant(client: TestClient) -> None:
    said, hints, _ = understood_on(client, '"unclosed')
    assert said == "“unclosed”" and hints[0].startswith("A quotation mark is not closed")
    _, hints, _ = understood_on(client, "sheriff or jail")
    assert any("write OR in capitals" in h for h in hints)
    _, hints, _ = understood_on(client, "ice NOT hockey")
    assert any("-hockey" in h for h in hints)
    _, hints, _ = understood_on(client, "sheriff NEAR/5")
    assert any("needs a word on each side" in h for h in hints)


def test_the_pager_numbers_pages_around_the_current_one() -> None:
    from monitor.web.routes.hits import page_numbers

    assert page_numbers(1, 1) == [1]
    assert page_numbers(1, 4) == [1, 2, 3, 4]
    assert page_numbers(7, 20) == [1, None, 5, 6, 7, 8, 9, None, 20]
    assert page_numbers(20, 20) == [1, None, 18, 19, 20]


def test_the_list_links_to_numbered_pages(client: TestClient, site: Site) -> None:
    settings = site.config.settings
    app = create_app(
        replace(
            site.config, settings=settings.model_copy(update={"web": settings.web.model_copy(update={"page_size": 3})})
        )
    )
    with TestClient(app, base_url="http://127.0.0.1") as small:
        page = sign_in(small).get("/hits?page=4").text
    assert '<a aria-current="page" href="/hits?page=4">4</a>' in page
    assert 'aria-label="Page 1">1</a>' in page and 'rel="next"' in page and 'rel="prev"' in page
    assert re.search(r'aria-label="Page (\d+)">\1</a></li>\s*</ul>', page)  # the last page is always there
