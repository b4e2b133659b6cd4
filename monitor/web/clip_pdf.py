"""The clip book as PDF: the site's Jinja template `clipbook.html` laid out by WeasyPrint.

WeasyPrint would fetch what a page links to (images, stylesheets); the clip book needs nothing from outside, and
the site never speaks HTTP (only monitor/fetch does), so every fetch is refused.
"""

from __future__ import annotations

from typing import Any, NoReturn

from jinja2 import Environment
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from ..present.clock import Clock
from ..present.links import safe_href
from .clipbook import ClipBook, printable


class _NoFetch(URLFetcher):
    """Refuses every address: WeasyPrint then leaves that resource out, and says so in its log."""

    def fetch(self, url: str, headers: Any = None) -> NoReturn:
        raise ValueError(f"the clip book loads nothing from outside ({url[:80]})")


def html(book: ClipBook, environment: Environment, clock: Clock, labels: dict[str, str]) -> str:
    """The clip book's HTML, from the same templates and escaping as the site."""
    return environment.get_template("clipbook.html").render(
        book=book, clock=clock, labels=labels, safe_href=safe_href, p=printable
    )


def pdf(book: ClipBook, environment: Environment, clock: Clock, labels: dict[str, str]) -> bytes:
    document = HTML(string=html(book, environment, clock, labels), url_fetcher=_NoFetch())
    return bytes(document.write_pdf())
