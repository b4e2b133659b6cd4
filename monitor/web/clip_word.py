"""The clip book as a Word file (python-docx): the same cover and clips as the PDF, in Word's own styles so a
director can edit it. Text goes in as text (never markup); characters XML cannot hold are dropped, and paragraphs
in a right-to-left script are marked so Word lays them out right to left."""

from __future__ import annotations

import io
import unicodedata

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from ..present.clock import Clock
from .clipbook import Clip, ClipBook, printable


def docx(book: ClipBook, clock: Clock, labels: dict[str, str]) -> bytes:
    document = Document()
    _cover(document, book, clock)
    for clip in book.clips:
        _clip(document, clip, clock, labels)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _cover(document: WordDocument, book: ClipBook, clock: Clock) -> None:
    _text(document.add_heading(level=0), book.title)
    _text(document.add_paragraph(), book.period(clock))
    stories = f"{book.stories} {'story' if book.stories == 1 else 'stories'}"
    articles = f"{book.articles} {'article' if book.articles == 1 else 'articles'}"
    document.add_paragraph(f"{stories} in {articles}")
    document.add_paragraph("Articles by outlet tier")
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Tier", "Articles"
    for tier, count in book.tiers:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = tier, str(count)
    if book.audience_outlets:
        outlets = "outlet" if book.audience_outlets == 1 else "outlets"
        document.add_paragraph(
            f"Combined audience of the {book.audience_outlets} {outlets} with a figure in outlets.toml: "
            f"{book.audience:,}"
        )
    _text(document.add_paragraph(), book.made)
    document.add_page_break()


def _clip(document: WordDocument, clip: Clip, clock: Clock, labels: dict[str, str]) -> None:
    _text(document.add_heading(level=2), clip.headline)
    _text(document.add_paragraph(), f"{clip.outlet} · {clip.tier} · {clock.full(clip.dated)}")
    _text(document.add_paragraph(), clip.link)
    passage = document.add_paragraph()
    for segment in clip.passage:
        run = passage.add_run(printable(segment.text))
        if segment.marks:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.bold = True
    _direction(passage, "".join(s.text for s in clip.passage))
    for quote in clip.quotes:
        speaker = quote.speaker or labels.get(quote.person or "", quote.person or "")
        role = f", {quote.role}" if quote.role else ""
        _text(document.add_paragraph(style="Quote"), f"“{quote.text}” — {speaker}{role}")
    if clip.also_in:
        _text(document.add_paragraph(), "Also in: " + ", ".join(clip.also_in))


def _text(paragraph: Paragraph, text: str) -> None:
    paragraph.add_run(printable(text))
    _direction(paragraph, text)


def _direction(paragraph: Paragraph, text: str) -> None:
    """Right to left when the text's first strong character is (Arabic, Hebrew, ...), as browsers' dir=auto."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            _bidi(paragraph)
            for run in paragraph.runs:
                run.font.rtl = True
            return
        if kind == "L":
            return


# What follows w:bidi in a paragraph's properties (ECMA-376 CT_PPrBase, as python-docx orders them).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip


def _bidi(paragraph: Paragraph) -> None:
    """Word's right-to-left paragraph (`w:bidi`), which python-docx has no property for, in its schema place."""
    properties = paragraph._p.get_or_add_pPr()
    if properties.find(qn("w:bidi")) is None:
        properties.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
