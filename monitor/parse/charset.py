"""Decide a feed's character set before feedparser sees it, because declarations lie.

Order: a byte-order mark (or UTF-16's telltale zero bytes) wins; then a declared UTF-16 or UTF-32;
then bytes that are valid UTF-8 are UTF-8 (non-ASCII text in a single-byte charset is almost never
valid UTF-8 by accident, while feeds that say "iso-8859-1" and send UTF-8 are common); then the HTTP
header's charset, then the XML declaration's, each only if the bytes decode in it; last, windows-1252
with replacement characters, so one bad byte never costs a whole feed.
"""

from __future__ import annotations

import codecs
import re

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
         # No mark, but "<?" in two-byte units: UTF-16 by the XML spec's own detection table (appendix F).
         (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be")]
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[A-Za-z0-9._:-]+\2", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# WHATWG: labels browsers read as windows-1252, a superset that also maps the 0x80-0x9F "smart quote" bytes.
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819"}


def decode(body: bytes, content_type: str | None = None) -> str:
    """The document's text, read in the character set the order above settles on."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body.decode(encoding)
    http = _HTTP_CHARSET.search(content_type or "")
    xml = _XML_DECL.match(body)
    declared = [codec for codec in (_codec(http.group(1) if http else None),
                                    _codec(xml.group(1).decode("ascii") if xml else None)) if codec]
    wide = [codec for codec in declared if codec.startswith(("utf-16", "utf-32"))]
    for encoding in [*wide, "utf-8", *declared]:
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return body.decode("cp1252", errors="replace")


def to_utf8(body: bytes, content_type: str | None = None) -> bytes:
    """The document as UTF-8, its XML declaration saying so: what feedparser is given."""
    return _XML_DECL_TEXT.sub(r"\1\2utf-8\2", decode(body, content_type), count=1).encode("utf-8")


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    if label.lower() in _AS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None

