"""A fast reading of plain, well-formed RSS 2.0 with lxml, giving what feedparser gives for the fields we use.

feedparser's SAX handlers cost about two thirds of a feed's parse. Most feeds are simple RSS 2.0 that lxml
reads strictly in a fraction of that time, so such a document is read here into the same keys `parse_feed`
takes from feedparser (title and summary with their detail type, content, link, id, author, dates,
enclosures, source title; the channel's title, link, ttl and sy: period), replaying feedparser's rules
(which title wins, guid as link, description after a summary as content, its text clean-ups) in document
order. Anything outside a small known set of elements and attributes returns None, and feedparser reads
the document as before; `tests/parse/test_fastrss.py` holds the two readings equal on every corpus here.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from feedparser.datetimes import _parse_date
from feedparser.html import _cp1252
from feedparser.mixin import _FeedParserMixin as FeedParserMixin
from feedparser.urls import _urljoin
from lxml import etree

_DC = "http://purl.org/dc/elements/1.1/"
_CONTENT = "http://purl.org/rss/1.0/modules/content/"
_SY = "http://purl.org/rss/1.0/modules/syndication/"
_ATOM = "http://www.w3.org/2005/Atom"
_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_HTML_TYPES = {"application/xhtml+xml", "text/html"}
_QUERY_FIX = re.compile("&([A-Za-z0-9_]+);")
# Channel elements feedparser stores under keys parse_feed never reads (text only, no attributes).
_CHANNEL_IGNORED = {
    "description",
    "language",
    "copyright",
    "managingeditor",
    "webmaster",
    "pubdate",
    "lastbuilddate",
    "category",
    "generator",
    "docs",
    "rating",
}
_IMAGE_PARTS = {"title", "url", "link", "width", "height", "description"}
# Attributes allowed per element (lower-cased names); any other attribute sends the document to feedparser.
_ATTRIBUTES = {
    "guid": {"ispermalink"},
    "enclosure": {"url", "length", "type"},
    "source": {"url"},
    "category": {"domain"},
    "cloud": {"domain", "port", "path", "registerprocedure", "protocol"},
}
_ATOM_LINK_ATTRIBUTES = {"href", "rel", "type", "title", "hreflang", "length"}
_PARSERS = threading.local()  # an lxml parser may not be used by two threads at once


class _Refused(Exception):
    """The document holds something this reader does not replay exactly: feedparser reads it."""


def read_rss(document: bytes) -> dict[str, Any] | None:
    """feedparser's reading of `document` (the UTF-8 bytes feedparser would be given), or None when the
    document is not plain, well-formed RSS 2.0 with at least one item."""
    try:
        root = etree.fromstring(document, _parser())
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root.getroottree().docinfo.doctype or root.tag != "rss" or root.get("version") != "2.0":
        return None
    try:
        _attributes(root, {"version"})
        children = _elements(root)
        if len(children) != 1 or children[0].tag != "channel":
            return None
        _attributes(children[0], set())
        feed, entries = _channel(children[0])
    except _Refused:
        return None
    if not entries:
        return None
    return {"bozo": False, "version": "rss20", "feed": feed, "entries": entries}


def _parser() -> Any:
    """This thread's strict parser: no DTD loaded, no entity expanded, nothing fetched."""
    if (parser := getattr(_PARSERS, "parser", None)) is None:
        parser = _PARSERS.parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    return parser


def _elements(parent: Any) -> list[Any]:
    """Child elements, comments and processing instructions left out (feedparser ignores them too)."""
    return [child for child in parent if isinstance(child.tag, str)]


def _name(element: Any) -> str:
    """feedparser's name for an element: lower-cased, with its namespace's usual prefix."""
    tag = element.tag
    if tag[0] != "{":
        return tag.lower()
    space, local = tag[1:].split("}", 1)
    prefix = {_DC: "dc:", _CONTENT: "content:", _SY: "sy:", _ATOM: "atom:"}.get(space)
    if prefix is None:
        raise _Refused
    return prefix + local.lower()


def _attributes(element: Any, allowed: set[str]) -> dict[str, str]:
    """The element's attributes by lower-cased name; xml:base (which moves links) or any other not allowed
    refuses the document."""
    found: dict[str, str] = {}
    for key, value in element.attrib.items():
        if key == _XML_LANG:
            continue
        if key[0] == "{" or key.lower() not in allowed:
            raise _Refused
        found[key.lower()] = value
    return found


def _text(element: Any) -> str:
    """The element's own text, refusing one with child elements (feedparser would keep them as markup)."""
    if len(element):
        raise _Refused
    return element.text or ""


def _finish(raw: str, *, uri: bool = False, ask_html: bool = False) -> tuple[str, bool]:
    """feedparser's clean-up of an element's text (its `pop`), and (if asked) whether it looks like HTML,
    asked before the clean-ups as feedparser asks."""
    output = raw.strip()
    if uri and output:
        output = _urljoin("", output)
    htmlish = ask_html and FeedParserMixin.looks_like_html(output)
    try:
        output = output.encode("iso-8859-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return output.translate(_cp1252), htmlish


def _title(element: Any) -> tuple[str, dict[str, str]]:
    _attributes(element, set())
    value, htmlish = _finish(_text(element), ask_html=True)
    return value, {"type": "text/html" if htmlish else "text/plain"}


def _channel(channel: Any) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    feed: dict[str, Any] = {}
    entries: list[dict[str, Any]] = []
    title_depth = -1  # feedparser's rule: once a title is set at a depth, later ones there are ignored
    for element in _elements(channel):
        name = _name(element)
        if name == "item":
            entry, title_depth = _item(element)
            entries.append(entry)
        elif name == "title":
            title_depth = _set_title(feed, element, title_depth, depth=3)
        elif name == "link":
            _attributes(element, set())
            feed["link"] = _QUERY_FIX.sub(r"&\g<1>", _finish(_text(element), uri=True)[0])
        elif name == "atom:link":
            attributes = _attributes(element, _ATOM_LINK_ATTRIBUTES)
            if "href" not in attributes or len(element):
                raise _Refused
            rel = attributes.get("rel", "alternate")
            kind = attributes.get("type", "application/atom+xml" if rel == "self" else "text/html")
            if rel == "alternate" and FeedParserMixin.map_content_type(kind) in _HTML_TYPES:
                feed["link"] = _urljoin("", attributes["href"])
        elif name in ("ttl", "sy:updateperiod", "sy:updatefrequency"):
            _attributes(element, set())
            feed[name.replace(":", "_")] = _finish(_text(element))[0]
        elif name == "image":
            _attributes(element, set())
            title_depth = -1
            for part in _elements(element):
                if _name(part) not in _IMAGE_PARTS:
                    raise _Refused
                _attributes(part, set())
                if _name(part) == "title" and _finish(_text(part))[0]:
                    title_depth = 4
                _text(part)
        elif name in _CHANNEL_IGNORED or name in ("cloud", "sy:updatebase"):
            _attributes(element, _ATTRIBUTES.get(name, set()))
            _text(element)
        else:
            raise _Refused
    return feed, entries


def _set_title(target: dict[str, Any], element: Any, title_depth: int, *, depth: int) -> int:
    """feedparser's rule for a title at this depth: kept unless one was already set there; the new depth."""
    value, detail = _title(element)
    if not -1 < title_depth <= depth:
        target["title"], target["title_detail"] = value, detail
        if value:
            return depth
    return title_depth


def _item(item: Any) -> tuple[dict[str, Any], int]:
    """One item replayed as feedparser's handlers would see it; and the title depth it leaves behind."""
    _attributes(item, set())
    entry: dict[str, Any] = {}
    title_depth, has_content = -1, False
    for element in _elements(item):
        name = _name(element)
        attributes = _attributes(element, _ATTRIBUTES.get(name, set()))
        if name == "title":
            title_depth = _set_title(entry, element, title_depth, depth=4)
        elif name == "link":
            value = _finish(_text(element), uri=True)[0].replace("&amp;", "&")
            entry["link"] = _QUERY_FIX.sub(r"&\g<1>", value)
        elif name == "guid":
            is_link = attributes.get("ispermalink", "true") == "true"
            value = _finish(_text(element), uri=is_link)[0]
            entry["id"] = value
            if is_link:
                entry.setdefault("link", value)
        elif name == "pubdate":
            entry["published"] = value = _finish(_text(element))[0]
            entry["published_parsed"] = _parse_date(value)
        elif name == "dc:date":
            entry["updated"] = value = _finish(_text(element))[0]
            entry["updated_parsed"] = _parse_date(value)
        elif name in ("author", "dc:creator"):
            entry["author"] = _finish(_text(element))[0]
        elif name == "description":
            value, htmlish = _finish(_text(element), ask_html="summary" in entry and not has_content)
            if "summary" in entry and not has_content:  # a second description: feedparser makes it content
                has_content = True
                kind = "text/html" if htmlish else "text/plain"
                entry.setdefault("content", []).append({"type": kind, "value": value})
            else:
                entry["summary"], entry["summary_detail"] = value, {"type": "text/html"}
        elif name == "content:encoded":
            has_content = True
            value = _finish(_text(element))[0]
            entry.setdefault("content", []).append({"type": "text/html", "value": value})
            entry.setdefault("summary", value)
        elif name == "enclosure":
            _text(element)
            href = attributes.get("url")
            entry.setdefault("enclosures", []).append({"href": href} if href else {})
        elif name == "source":
            title_depth = -1
            value = _finish(_text(element))[0]
            entry["source"] = {"title": value} if value else {}
        elif name in ("category", "comments"):
            _text(element)
        else:
            raise _Refused
    return entry, title_depth
