"""Decide a feed's character set before feedparser sees it, because declarations lie; never raise.

Order: a byte-order mark wins (invalid bytes after it become U+FFFD); then the XML spec's own
detection table (appendix F) for UTF-32 and UTF-16 without a mark; then a declared UTF-16 or UTF-32;
then bytes that are valid UTF-8 are UTF-8 (non-ASCII text in a single-byte charset is almost never
valid UTF-8 by accident, while feeds that say "iso-8859-1" and send UTF-8 are common); then the HTTP
header's charset, then the XML declaration's, each only if the bytes decode in it; then, for text
that is mostly UTF-8 with a few stray bytes (one item pasted from a Windows editor), UTF-8 with each
stray byte read as windows-1252; last, the declared charset or windows-1252 with replacement
characters. One bad byte never costs a whole feed, and what was done is said in `Decoded.notes`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# No mark: the first character "<" in four-byte or two-byte units (XML 1.0 appendix F).
_SIGNATURES = [
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00?", "utf-16-be"),
    (b"<\x00?\x00", "utf-16-le"),
]
_EBCDIC_SIGNATURE = b"\x4c\x6f\xa7\x94"  # "<?xm" in EBCDIC: the declaration, read in cp037, names the code page
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.IGNORECASE)
_XML_DECL_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding\s*=\s*)([\"'])[A-Za-z0-9._:-]+\2", re.IGNORECASE)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.IGNORECASE)
# WHATWG: labels browsers read as windows-1252, a superset that also maps the 0x80-0x9F "smart quote" bytes.
_AS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1", "cp819", "iso_8859-1"}
# Old names for the wide encodings that Python's codec registry does not know.
_ALIASES = {
    "ucs-4": "utf-32",
    "csucs4": "utf-32",
    "iso-10646-ucs-4": "utf-32",
    "ucs-2": "utf-16",
    "csunicode": "utf-16",
    "iso-10646-ucs-2": "utf-16",
    "utf8mb4": "utf-8",
    "utf8mb3": "utf-8",
}
# WHATWG's encoding standard: labels that browsers read as the vendor superset their publishers really used
# (Shift_JIS pages carry Microsoft's cp932 characters, GB2312 pages GBK's, and so on).
_SUPERSETS = {
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "big5": "big5hkscs",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
}
# Multi-byte charsets whose declared name is often wrong within its family (EUC-JP said, Shift_JIS sent):
# when the declared one does not fit, a detector chooses among the family instead of garbling every character.
_CJK = {"cp932", "euc_jp", "iso2022_jp", "cp949", "euc_kr", "gb18030", "big5hkscs", "hz", "iso2022_kr"}
_STRAY_1252 = "monitor-stray-cp1252"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


@dataclass(frozen=True)
class Decoded:
    """A document's text and how it was read: the codec used, and anything a feed's admin should know."""

    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode(body: bytes, content_type: str | None = None) -> str:
    """The document's text, read in the character set the order above settles on."""
    return decode_body(body, content_type).text


def decode_body(body: bytes, content_type: str | None = None) -> Decoded:
    """As `decode`, with the codec chosen and notes on anything repaired (for the feed's warning)."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return _lenient(body[len(bom) :], encoding, "after its byte-order mark")
    for signature, encoding in _SIGNATURES:
        if body.startswith(signature):
            return _lenient(body, encoding, "(detected from its first bytes)")
    if body.startswith(_EBCDIC_SIGNATURE):
        label = _XML_DECL.match(body[:256].decode("cp037").encode("ascii", "replace"))
        return _lenient(body, _codec(label.group(1).decode("ascii") if label else None) or "cp037", "(EBCDIC)")
    http = _HTTP_CHARSET.search(content_type or "")
    xml = _XML_DECL.match(body)
    declared = [
        codec
        for codec in (_codec(http.group(1) if http else None), _codec(xml.group(1).decode("ascii") if xml else None))
        if codec
    ]
    for encoding in [codec for codec in declared if codec.startswith(("utf-16", "utf-32"))]:
        try:
            return Decoded(body.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    for encoding in ["utf-8", *declared]:
        try:
            return Decoded(body.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    if _mostly_utf8(body):
        text = body.decode("utf-8", errors=_STRAY_1252)
        return Decoded(text, "utf-8", ["some bytes were not UTF-8 and were read as windows-1252"])
    if any(codec in _CJK for codec in declared) and (guess := _detect(body)):
        return Decoded(
            body.decode(guess, errors="replace"),
            guess,
            [f"declared {declared[0]} but the bytes are {guess}; read as {guess}"],
        )
    # A declared single-byte or multi-byte charset, with replacements; a false claim of UTF-8 is usually Windows'.
    fallback = next((codec for codec in declared if not codec.startswith(("utf-8", "utf-16", "utf-32"))), "cp1252")
    return _lenient(body, fallback, "(declared charset did not fit)" if declared else "(no charset declared)")


def to_utf8(body: bytes, content_type: str | None = None) -> bytes:
    """The document as UTF-8, its XML declaration saying so."""
    return utf8_document(decode(body, content_type))


def utf8_document(text: str) -> bytes:
    """Text as UTF-8 bytes with its XML declaration (if any) rewritten to say UTF-8: what feedparser is given."""
    return _XML_DECL_TEXT.sub(r"\1\2utf-8\2", text, count=1).encode("utf-8")


def _lenient(body: bytes, encoding: str, where: str) -> Decoded:
    try:
        return Decoded(body.decode(encoding), encoding)
    except UnicodeDecodeError:
        text = body.decode(encoding, errors="replace")
        return Decoded(text, encoding, [f"bytes invalid in {encoding} {where} were replaced"])


def _mostly_utf8(body: bytes) -> bool:
    """At least as many bytes in well-formed multi-byte UTF-8 sequences as stray high bytes: UTF-8 with a few
    foreign bytes, rather than a single-byte charset."""
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(body))
    high = len(_HIGH_BYTE.findall(body))
    return in_sequences > 0 and in_sequences >= high - in_sequences


def _stray_bytes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as windows-1252 (mixed-encoding feeds)."""
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("cp1252", errors="replace"), error.end


codecs.register_error(_STRAY_1252, _stray_bytes)


def _detect(body: bytes) -> str | None:
    """charset-normalizer's best guess, when it is sure enough to beat replacement characters."""
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    return _codec(best.encoding) if best is not None else None


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, read as browsers read it; unknown vendor names (x-mac-roman-latin)
    are tried without their prefix and suffixes (mac-roman)."""
    if not label:
        return None
    lowered = label.strip().lower()
    if lowered in _AS_1252:
        return "cp1252"
    candidates = [lowered, lowered.removeprefix("x-")]
    while "-" in candidates[-1]:
        candidates.append(candidates[-1].rsplit("-", 1)[0])
    for candidate in candidates:
        try:
            name = codecs.lookup(_ALIASES.get(candidate, candidate)).name
        except LookupError:
            continue
        return _SUPERSETS.get(name, name)
    return None
