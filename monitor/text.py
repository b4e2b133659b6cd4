"""Plain text from the HTML fragments feeds carry, keeping paragraph breaks (quotes and offsets rely on them)."""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

BLOCK_TAGS = ("p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre", "figure")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def html_to_text(fragment: str) -> str:
    """Strip tags and entities; one blank line between paragraphs, single spaces inside them."""
    if not fragment:
        return ""
    if "<" not in fragment:
        return _tidy(html.unescape(fragment))
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _tidy(html.unescape(re.sub(r"<[^>]*>", " ", fragment)))
    for junk in root.xpath("//script|//style|//noscript"):
        junk.drop_tree()
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    for br in root.iter("br"):
        br.tail = "\n\n" + (br.tail or "")
    return _tidy(root.text_content())


def _tidy(text: str) -> str:
    paragraphs = (" ".join(part.split()) for part in _PARAGRAPH_BREAK.split(text.replace("\r", "")))
    return "\n\n".join(p for p in paragraphs if p)
