"""OPML, the format every feed reader imports and exports: how comms teams move subscription lists around.

Reading goes through listparser (OPML versions and dialects, nested folders, `category` paths). It
parses leniently, so the document is first checked for well-formed XML here: a truncated export is
reported with its line and column instead of silently yielding half the feeds. Writing uses
ElementTree, which escapes every title and URL.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from urllib.parse import urlsplit

import listparser
from lxml import etree

from ..config import FEED_SCHEMES, FeedConfig
from ..errors import ConfigError

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# libxml2 ends its messages with the position, which the error already gives once.
_POSITION = re.compile(r"(,? line \d+)?, column \d+$")


@dataclass(frozen=True)
class Subscription:
    """One feed outline: its name, feed URL and tags (folders and categories, nested ones as "a/b").

    `problem` says why it cannot become a feed (no xmlUrl, unsupported scheme, ...); None when it can.
    """

    name: str
    url: str
    tags: tuple[str, ...] = ()
    problem: str | None = None

    def as_feed(self) -> FeedConfig:
        return FeedConfig(name=self.name, url=self.url, tags=list(self.tags))


def read_opml(data: bytes, source: str) -> list[Subscription]:
    """Every feed outline of an OPML document (in document order), then the outlines that cannot be feeds.

    Raises ConfigError naming `source` when the document is not well-formed XML or not OPML.
    """
    root = _checked_root(data, source)
    # Always bytes: listparser fetches a *string* that starts with http:// over the network.
    parsed = listparser.parse(bytes(data))
    if parsed.get("bozo"):
        raise ConfigError(f"{source}: not a usable OPML file: {parsed.get('bozo_exception')}")
    found = [_subscription(feed) for feed in parsed["feeds"]]
    found += [
        Subscription(
            name=item["title"] or item["url"],
            url=item["url"],
            tags=_tags(item),
            problem="a link to another subscription list, not a feed",
        )
        for item in parsed["lists"]
    ]
    found += _outlines_without_feed(root)
    return found


def write_opml(feeds: list[FeedConfig], title: str) -> str:
    """An OPML 2.0 document with one `type="rss"` outline per feed; tags become `category` paths ("/desk")."""
    opml = ET.Element("opml", version="2.0")
    head = ET.SubElement(opml, "head")
    ET.SubElement(head, "title").text = _clean(title)
    body = ET.SubElement(opml, "body")
    for feed in feeds:
        attributes = {"type": "rss", "text": _clean(feed.name), "title": _clean(feed.name), "xmlUrl": _clean(feed.url)}
        if feed.tags:
            attributes["category"] = ",".join("/" + _clean(tag).strip("/") for tag in feed.tags)
        ET.SubElement(body, "outline", attributes)
    ET.indent(opml, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(opml, encoding="unicode") + "\n"


def _checked_root(data: bytes, source: str) -> etree._Element:
    """Parse strictly (no DTDs, no entities, no network) only to know the file is whole and is OPML."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        reason = _POSITION.sub("", exc.msg or "syntax error").strip()
        raise ConfigError(
            f"{source}: malformed OPML (not well-formed XML) at line {line}, column {column}: {reason}"
        ) from None
    if root is None:
        raise ConfigError(f"{source}: malformed OPML: the file is empty")
    name = etree.QName(root).localname
    if name.lower() != "opml":
        raise ConfigError(f"{source}: not an OPML file: the document is <{name}>, expected <opml>")
    if not any(etree.QName(child).localname.lower() == "body" for child in root if isinstance(child.tag, str)):
        raise ConfigError(f"{source}: malformed OPML: no <body> element")
    return root


def _subscription(feed: dict) -> Subscription:
    url = feed["url"]
    scheme = urlsplit(url).scheme.lower()
    problem = None
    if scheme not in FEED_SCHEMES:  # `file:` too, so exported local feeds round-trip
        problem = f"not an http(s) URL (scheme {scheme!r})" if scheme else "not an absolute URL"
    return Subscription(name=" ".join(feed["title"].split()) or url, url=url, tags=_tags(feed), problem=problem)


def _tags(item: dict) -> tuple[str, ...]:
    """listparser's categories (folder paths and `category` attributes) as tags; a nested one as "a/b"."""
    tags: dict[str, None] = {}
    for path in item.get("categories", []):
        tag = "/".join(part for part in path if part)
        if tag:
            tags[tag] = None
    return tuple(tags)


def _outlines_without_feed(root: etree._Element) -> list[Subscription]:
    """Leaf outlines with no feed address: listparser takes them for empty folders, a reader wants to know."""
    found = []
    for outline in root.iter("{*}outline"):
        attributes = {key.lower(): value.strip() for key, value in outline.attrib.items()}
        is_leaf = not any(isinstance(child.tag, str) for child in outline)
        if not is_leaf or attributes.get("xmlurl") or attributes.get("type", "").lower() in ("link", "include"):
            continue
        name = attributes.get("text") or attributes.get("title") or attributes.get("htmlurl") or "(untitled outline)"
        problem = "outline has an empty xmlUrl" if "xmlurl" in attributes else "outline has no xmlUrl (not a feed)"
        found.append(Subscription(name=name, url=attributes.get("htmlurl", ""), problem=problem))
    return found


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)
