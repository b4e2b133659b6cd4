"""Plain text from the fields feeds carry, keeping paragraph breaks (quotes and offsets rely on them).

A field is HTML or plain text as the feed says (Atom's `type`, feedparser's reading of RSS): plain text
is kept as written, so a headline about `vector<int>` or the `<blink>` tag keeps its words.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

import lxml.html
from lxml import etree

BLOCK_TAGS = ("p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "figure")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MARKUP_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_BLOCK_TAG = re.compile(rf"</?(?:{'|'.join(BLOCK_TAGS)}|br)\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")
# Byte-order marks left inside text by included files, and C0/C1 control characters: nothing a reader sees.
_INVISIBLE = re.compile("[\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Past this many tags, lxml's tree may be cut short by its nesting limit (thousands of nested <div>s):
# its text is checked against a plain tag-stripping of the same fragment, and the longer one wins.
_MANY_TAGS = 500


def field_text(item: Mapping[str, Any], key: str, *, detail: Mapping[str, Any] | None = None) -> str:
    """A feed field as plain text: HTML reduced to text, plain text kept literally (white space tidied)."""
    value = item.get(key)
    if not isinstance(value, str) or not value:
        return ""
    detail = detail if detail is not None else item.get(f"{key}_detail")
    kind = str((detail or {}).get("type") or "text/html").lower()
    return html_to_text(value) if kind in _MARKUP_TYPES else tidy(value)


def html_to_text(fragment: str) -> str:
    """Strip tags and entities; one blank line between paragraphs, single spaces inside them."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return tidy(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml cannot build a tree ("<html" alone makes it
        # assert): drop the tags by pattern
        return _stripped(fragment)
    for junk in root.xpath("//script|//style|//noscript"):
        junk.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    for br in root.iter("br"):
        br.tail = "\n\n" + (br.tail or "")
    for image in root.iter("img"):  # an image's words (its caption, often) are text a reader is given
        if alt := (image.get("alt") or "").strip():
            image.tail = f"\n\n{alt}\n\n" + (image.tail or "")
    text = tidy(root.text_content())
    if fragment.count("<") > _MANY_TAGS and len(stripped := _stripped(fragment)) > len(text) * 1.2:
        return stripped
    return text


def _stripped(fragment: str) -> str:
    """Text by dropping tags with patterns: for fragments lxml cannot read whole."""
    return tidy(html.unescape(_ANY_TAG.sub("", _BLOCK_TAG.sub("\n\n", fragment))))


def tidy(text: str) -> str:
    """One blank line between paragraphs, single spaces inside them; invisible control characters dropped."""
    text = _INVISIBLE.sub("", text.replace("\r", ""))
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(text))
    return "\n\n".join(p for p in paragraphs if p)
