"""Find the feeds a web page announces, so an admin can subscribe by pasting the page's address.

Sites name their feeds in `<link rel="alternate" type="application/rss+xml" href="...">` (RSS, Atom or
JSON Feed types). Pure: bytes in, links out; fetching the candidates is the pipeline's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from .charset import decode

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass(frozen=True)
class FeedLink:
    """One feed a page links to: absolute URL, the title the page gives it ("" if none), its MIME type."""

    url: str
    title: str
    type: str


def discover_feeds(html: bytes, base_url: str, *, content_type: str | None = None) -> list[FeedLink]:
    """Feed links in document order, each URL once, resolved against `<base href>` or else `base_url`.

    Only http(s) links are returned: a web page has no business naming local files or other schemes.
    The charset is settled the way feeds' are (a page without a declaration is not read as Latin-1).
    """
    if not html.strip():
        return []
    utf8 = decode(html, content_type).encode("utf-8")
    try:
        document = lxml.html.document_fromstring(utf8, parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        return []
    base = base_url
    for element in document.iter("base"):
        href = (element.get("href") or "").strip()
        if href:
            base = urljoin(base_url, href)
            break
    found: dict[str, FeedLink] = {}
    for element in document.iter("link"):
        rel = (element.get("rel") or "").lower().split()
        kind = (element.get("type") or "").split(";")[0].strip().lower()
        href = (element.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        url = urljoin(base, href)
        if urlsplit(url).scheme.lower() not in ("http", "https") or url in found:
            continue
        found[url] = FeedLink(url=url, title=" ".join((element.get("title") or "").split()), type=kind)
    return list(found.values())
