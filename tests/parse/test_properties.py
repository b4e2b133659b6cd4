"""Property tests (hypothesis) for what must hold on any input: parsers never raise but ParseError, URL
identity never merges two articles, and well-formed documents pass through the repairs untouched."""

from __future__ import annotations

import re
import string
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from url_normalize import url_normalize

from monitor.errors import ParseError
from monitor.parse import normalize_url, parse_feed
from monitor.parse.charset import decode_body
from monitor.parse.repair import repair
from monitor.parse.text import tidy
from monitor.parse.urls import is_tracking, rfc3986
from monitor.tag.tagger import split_text

UNRESERVED = string.ascii_letters + string.digits + "-._~"
labels = st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=12)
hosts = st.builds(
    lambda parts, tld: ".".join([*parts, tld]),
    st.lists(labels, min_size=1, max_size=3),
    st.sampled_from(["org", "com", "example", "co.uk"]),
)
paths = st.lists(st.text(alphabet=UNRESERVED, min_size=1, max_size=12), max_size=4).map(lambda p: "/" + "/".join(p))
names = st.text(alphabet=UNRESERVED, min_size=1, max_size=12).filter(lambda n: not is_tracking(n))
values = st.text(alphabet=UNRESERVED, min_size=1, max_size=12)
params = st.lists(st.tuples(names, values), max_size=4, unique_by=lambda p: p[0])
trackers = st.sampled_from(["utm_source", "utm_medium", "utm_campaign", "fbclid", "gclid", "mc_cid", "mc_eid", "_ga"])


def url_of(scheme: str, host: str, path: str, query: list[tuple[str, str]]) -> str:
    return f"{scheme}://{host}{path}" + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")


urls = st.builds(url_of, st.sampled_from(["http", "https"]), hosts, paths, params)


@given(urls)
def test_normalising_twice_changes_nothing(url: str) -> None:
    assert normalize_url(normalize_url(url)) == normalize_url(url)


@given(st.sampled_from(["http", "https"]), hosts, paths, params, names, values, values)
def test_urls_differing_in_one_ordinary_parameter_never_collide(
    scheme: str, host: str, path: str, query: list, name: str, one: str, other: str
) -> None:
    if one == other or any(k == name for k, _ in query):
        return
    assert normalize_url(url_of(scheme, host, path, [*query, (name, one)])) != normalize_url(
        url_of(scheme, host, path, [*query, (name, other)])
    )


@given(urls, st.lists(st.tuples(trackers, values), min_size=1, max_size=3))
def test_tracking_parameters_never_make_an_article_new(url: str, tracking: list[tuple[str, str]]) -> None:
    joiner = "&" if "?" in url else "?"
    assert normalize_url(url + joiner + "&".join(f"{k}={v}" for k, v in tracking)) == normalize_url(url)


ODD_URLS = st.one_of(
    urls,
    st.builds(lambda u, t: u + t, urls, st.text(max_size=30)),  # spaces, non-ASCII, %-escapes, #!, ports, ...
    st.builds(lambda h, p: f"http://{h}{p}", st.text(max_size=20), paths),  # hosts that are not hosts
    st.text(max_size=80),
)


@given(ODD_URLS)
@settings(max_examples=400)
def test_the_remembered_host_step_gives_url_normalizes_own_answer(url: str) -> None:
    try:
        expected: str | type[Exception] = url_normalize(url) or url
    except (ValueError, UnicodeError) as exc:
        expected = type(exc)
    try:
        assert (rfc3986(url) or url) == expected
    except (ValueError, UnicodeError) as exc:
        assert type(exc) is expected


@given(st.text(max_size=200))
def test_any_text_as_a_link_never_raises(text: str) -> None:
    assert isinstance(normalize_url(text), str)


@given(
    st.binary(max_size=2000),
    st.sampled_from(
        [
            None,
            "text/xml",
            "application/rss+xml; charset=utf-8",
            "text/xml; charset=shift_jis",
            "text/html; charset=bogus",
        ]
    ),
)
def test_any_bytes_decode_without_raising(body: bytes, content_type: str | None) -> None:
    assert isinstance(decode_body(body, content_type).text, str)


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_parse_or_raise_only_a_parse_error(body: bytes) -> None:
    try:
        parse_feed(body, url="https://feeds.example.org/f.xml")
    except ParseError:
        pass


@settings(deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_inside_a_feed_never_raise(garbage: bytes) -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>'
        + garbage
        + b"</title><link>https://www.example.org/a</link></item></channel></rss>"
    )
    parsed = parse_feed(body, url="https://feeds.example.org/f.xml")
    assert any(e.link == "https://www.example.org/a" for e in parsed.entries)


def plain_headline(text: str) -> bool:
    """Any words, "&" and "<" included, but not what feed readers rightly read otherwise: text that looks like
    markup ("<b>", "&amp;"), which an RSS title may carry as HTML; and Latin-1 text that is really UTF-8 read
    twice ("CafÃ©"), which feedparser repairs (so does the monitor, by using it)."""
    if not text.strip() or re.search(r"&#?\w+;|</?[A-Za-z]", text):
        return False
    try:
        return text.encode("latin-1").decode("utf-8") == text
    except UnicodeError:
        return True


headlines = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\ufffe\uffff"), min_size=1, max_size=80
).filter(plain_headline)


@settings(deadline=None)
@given(st.lists(headlines, min_size=1, max_size=5))
def test_every_item_of_a_well_formed_feed_comes_back_with_its_exact_words(titles: list[str]) -> None:
    items = "".join(
        f"<item><title>{escape(t)}</title><link>https://www.example.org/{n}</link></item>" for n, t in enumerate(titles)
    )
    body = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    assert repair(body)[0] == body  # nothing to mend in a well-formed document
    parsed = parse_feed(body.encode(), url="https://feeds.example.org/f.xml")
    assert [e.title for e in parsed.entries] == [tidy(t) for t in titles]


@given(st.text(alphabet=" \nab.", max_size=3000), st.integers(min_value=20, max_value=400))
def test_long_texts_split_into_parts_that_join_back(text: str, limit: int) -> None:
    parts = list(split_text(text, limit))
    assert "".join(parts) == text and all(len(part) <= limit for part in parts)
