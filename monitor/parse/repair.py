"""Mend the faults that make a strict XML parser give up on a whole feed, without touching good XML.

Real feeds are written by templates, not XML tools. The commonest faults each cost the whole document
under a strict parser (and send feedparser to its lenient one, which reads markup less faithfully):
HTML entities that XML does not define (`&nbsp;`, `&hearts;`), bare ampersands (`AT&T`, `?a=1&b=2`),
numeric references to characters XML forbids (`&#0;`, `&#xD800;`), control characters and NULs, and
text printed before the XML declaration (a PHP warning, blank lines). Each is mended here in a way
that keeps what the publisher meant; a well-formed document comes out unchanged. CDATA sections and
comments are left alone, since nothing in them is markup.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.entities import html5

XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
# Characters XML 1.0 forbids anywhere (tab, newline and carriage return are allowed).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_PIECES = re.compile(
    r"<!\[CDATA\[.*?(?:\]\]>|\Z)|<!--.*?(?:-->|\Z)|&(#[0-9]{1,10}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9._:-]{0,40})?(;?)",
    re.DOTALL,
)
_DECLARED = re.compile(r"<!ENTITY\s+([A-Za-z_][\w.:-]*)")
# HTML5's reading of numeric references to the C1 range: what windows-1252 puts there (en dash, curly quotes...).
_C1 = {code: bytes([code]).decode("cp1252") for code in range(0x80, 0xA0) if code not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


# Each kind of repair, singular and plural, as the feed's warning names it.
AMPERSAND = ("bare ampersand", "bare ampersands")
HTML_ENTITY = ("HTML entity that XML does not define", "HTML entities that XML does not define")
UNKNOWN_ENTITY = ("unknown entity", "unknown entities")
BAD_REFERENCE = ("reference to a character XML forbids", "references to characters XML forbids")
BAD_CHARACTER = ("character XML forbids (control character, NUL)", "characters XML forbids (control characters, NUL)")
LEADING_TEXT = ("text before the XML declaration", "text before the XML declaration")
UNCLOSED_CDATA = ("CDATA section never closed", "CDATA sections never closed")
_OPEN_TAG_BEFORE = re.compile(r"<([A-Za-z_][\w:.-]*)[^<>]*>\s*$")


@dataclass
class Repairs:
    """What was mended, counted by kind, for the feed's warning."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    examples: dict[tuple[str, str], str] = field(default_factory=dict)

    def add(self, kind: tuple[str, str], example: str) -> None:
        """Count one repair of `kind`; the first example (with a little context) is kept for the note."""
        self.counts[kind] += 1
        self.examples.setdefault(kind, " ".join(example.split()))

    def notes(self) -> list[str]:
        return [
            f"mended {n} {kind[0] if n == 1 else kind[1]} (first: {self.examples[kind]!r})"
            for kind, n in self.counts.items()
        ]


def repair(text: str) -> tuple[str, Repairs]:
    """The document with the faults above mended, and what was mended."""
    repairs = Repairs()
    text = _from_declaration(text, repairs)
    if "<![CDATA[" in text:
        text = _close_cdata(text, repairs)
    if illegal := _ILLEGAL.search(text):
        repairs.add(BAD_CHARACTER, repr(illegal.group())[1:-1])
        text = _ILLEGAL.sub("", text)
    if "&" not in text:
        return text, repairs
    declared = frozenset(_DECLARED.findall(text[:65536]))
    return _PIECES.sub(lambda match: _mend(match, declared, repairs), text), repairs


def _from_declaration(text: str, repairs: Repairs) -> str:
    """Drop whatever comes before an XML declaration that is not at the start (it must be first)."""
    start = text.find("<?xml", 0, 65536)
    if start <= 0:
        return text
    junk = text[:start]
    if junk.strip():
        repairs.add(LEADING_TEXT, junk.strip()[:40])
    return text[start:]


def _close_cdata(text: str, repairs: Repairs) -> str:
    """A CDATA section with no end before the next one opens (or at all) ends where its element does, or where
    the document does: without this, every item after it is swallowed as text, or its own text is lost."""
    pieces, position = [], 0
    while (start := text.find("<![CDATA[", position)) != -1:
        end, following = text.find("]]>", start + 9), text.find("<![CDATA[", start + 9)
        if end != -1 and (following == -1 or end < following):
            pieces.append(text[position : end + 3])
            position = end + 3
            continue
        element = _OPEN_TAG_BEFORE.search(text, max(0, start - 200), start)
        close = text.find(f"</{element.group(1)}>", start + 9) if element else -1
        if close == -1 and following == -1:  # the document ends inside it (a transfer cut short)
            close = len(text)
        if close == -1 or (following != -1 and close > following):
            pieces.append(text[position : start + 9])
            position = start + 9
            continue
        repairs.add(UNCLOSED_CDATA, text[start : start + 40])
        pieces.append(text[position:close] + "]]>")
        position = close
    return "".join(pieces) + text[position:]


def _mend(match: re.Match[str], declared: frozenset[str], repairs: Repairs) -> str:
    whole = match.group(0)
    if not whole.startswith("&"):
        return whole  # a CDATA section or a comment
    name, semicolon = match.group(1), match.group(2)
    context = match.string[max(0, match.start() - 12) : match.end() + 12]
    if name is None or not semicolon:
        repairs.add(AMPERSAND, context)
        return "&amp;" + whole[1:]
    if name.startswith("#"):
        return _numeric(name, whole, repairs)
    if name in XML_ENTITIES or name in declared:
        return whole
    character = html5.get(name + ";")
    if character is None:
        repairs.add(UNKNOWN_ENTITY, whole)
        return "&amp;" + whole[1:]
    repairs.add(HTML_ENTITY, whole)
    return "".join(f"&#{ord(c)};" for c in character)


def _numeric(name: str, whole: str, repairs: Repairs) -> str:
    """A numeric reference to a forbidden or C1 code point becomes what a browser would show."""
    code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
    if code in _C1:
        return f"&#{ord(_C1[code])};"
    allowed = (
        code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF
    )
    if allowed:
        return whole
    repairs.add(BAD_REFERENCE, whole)
    return "" if code < 0x20 else "&#65533;"
