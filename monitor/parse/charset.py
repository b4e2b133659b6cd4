"""Decide a feed's character set before feedparser sees it, because declarations lie.

Order: a byte-order mark (or UTF-16's telltale zero bytes) wins; then bytes that are valid UTF-8 are UTF-8 (non-ASCII text in a single-byte
charset is almost never valid UTF-8 by accident, while feeds that say "iso-8859-1" and send UTF-8 are
common); then the HTTP header's charset, then the XML declaration's, each only if the bytes decode in it;
last, windows-1252 with replacement characters, so one bad byte never costs a whole feed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
         # No mark, but "<?" in two-byte units: UTF-16 by the XML spec's own detection table (appendix F).
         (b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be")]
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[A-Za-z0-9._:-]+\2", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# WHATWG: labels browsers read as windows-1252, a superset that also maps the 0x80-0x9F "smart quote" bytes.
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819"}


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # what the bytes were read as
    declared: str | None  # what the header or XML declaration claimed, if anything

    def as_utf8(self) -> bytes:
        """The document re-encoded as UTF-8 with its XML declaration saying so, for feedparser."""
        return _XML_DECL_TEXT.sub(r"\1\2utf-8\2", self.text, count=1).encode("utf-8")


def decode(body: bytes, content_type: str | None = None) -> Decoded:
    http = _HTTP_CHARSET.search(content_type or "")
    xml = _XML_DECL.match(body.lstrip(b"\xef\xbb\xbf"))
    declared = http.group(1) if http else None
    declared_xml = xml.group(1).decode("ascii") if xml else None
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return Decoded(body.decode(encoding), encoding.removesuffix("-sig"), declared or declared_xml)
    labelled = [(label, _codec(label)) for label in (declared, declared_xml) if _codec(label)]
    wide = [(label, codec) for label, codec in labelled if codec.startswith(("utf-16", "utf-32"))]
    for label, encoding in [*wide, (declared or declared_xml, "utf-8"), *labelled]:
        try:
            return Decoded(body.decode(encoding), encoding, label)
        except UnicodeDecodeError:
            continue
    return Decoded(body.decode("cp1252", errors="replace"), "cp1252", declared or declared_xml)


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    if label.lower() in _AS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None

