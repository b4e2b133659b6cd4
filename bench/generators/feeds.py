"""Fictional RSS 2.0 and Atom documents: small ones built item by item for tests, and the generated feeds the
fetching benchmark serves (`make_feed`, bench/feedserver.py).

Every outlet, person and story made here is invented; links point at example.org / example.com or at
the loopback test server. Text is escaped, so titles can carry "&", "<" and curly quotes safely.

    rss([Item("Café owner says “no”", link="https://news.example.org/cafe")], encoding="iso-8859-1")

returns a `str`; the caller picks the bytes (`.encode("utf-8")`, `.encode("cp1252")`), which is how a
test makes a feed whose declaration lies about its charset.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape, quoteattr


@dataclass(frozen=True)
class Item:
    """One feed entry; any field left as None is left out of the document (an all-None Item is `<item/>`)."""

    title: str | None = None
    link: str | None = None
    description: str | None = None
    guid: str | None = None
    guid_is_permalink: bool | None = None  # RSS only: None leaves the attribute out
    published: datetime | None = None
    author: str | None = None


def _element(name: str, text: str | None, **attributes: str) -> str:
    if text is None:
        return ""
    attrs = "".join(f" {key}={quoteattr(value)}" for key, value in attributes.items())
    return f"<{name}{attrs}>{escape(text)}</{name}>"


def _declaration(encoding: str | None) -> str:
    """The XML declaration, naming `encoding` (None: a declaration without one, so XML's UTF-8 default applies)."""
    return f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else '<?xml version="1.0"?>\n'


def rss_item(item: Item) -> str:
    if item == Item():
        return "<item/>"
    guid = ""
    if item.guid is not None:
        attributes = {} if item.guid_is_permalink is None else {"isPermaLink": str(item.guid_is_permalink).lower()}
        guid = _element("guid", item.guid, **attributes)
    published = ""
    if item.published is not None:
        published = _element("pubDate", format_datetime(item.published.astimezone(UTC), usegmt=True))
    return (
        "<item>"
        + _element("title", item.title)
        + _element("link", item.link)
        + _element("description", item.description)
        + guid
        + published
        + _element("author", item.author)
        + "</item>"
    )


def rss(
    items: Iterable[Item],
    *,
    title: str = "Example Gazette",
    link: str = "https://gazette.example.org/",
    encoding: str | None = "utf-8",
    description: str = "Fictional news for tests",
) -> str:
    """An RSS 2.0 document, one item per line (so a parser's line numbers point somewhere useful)."""
    lines = [
        _declaration(encoding) + '<rss version="2.0">',
        "<channel>",
        _element("title", title) + _element("link", link) + _element("description", description),
        *(rss_item(item) for item in items),
        "</channel>",
        "</rss>",
    ]
    return "\n".join(lines) + "\n"


def atom(
    items: Iterable[Item],
    *,
    title: str = "Example Courier",
    feed_id: str = "tag:example.com,2026:courier",
    link: str = "https://courier.example.com/",
    updated: datetime | None = None,
) -> str:
    """An Atom 1.0 document; each entry's id is its guid, else its link."""
    updated = updated or datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    entries = []
    for item in items:
        entry_updated = (item.published or updated).astimezone(UTC).isoformat()
        entries.append(
            "<entry>"
            + _element("title", item.title)
            + (f"<link href={quoteattr(item.link)}/>" if item.link else "")
            + _element("id", item.guid or item.link)
            + _element("updated", entry_updated)
            + (_element("published", item.published.astimezone(UTC).isoformat()) if item.published else "")
            + (f"<author><name>{escape(item.author)}</name></author>" if item.author else "")
            + _element("summary", item.description)
            + "</entry>"
        )
    lines = [
        _declaration("utf-8") + '<feed xmlns="http://www.w3.org/2005/Atom">',
        _element("title", title)
        + _element("id", feed_id)
        + f"<link href={quoteattr(link)}/>"
        + _element("updated", updated.isoformat()),
        *entries,
        "</feed>",
    ]
    return "\n".join(lines) + "\n"


def numbered_items(count: int, *, host: str = "https://tides.example.org") -> list[Item]:
    """`count` short, distinct, dull items (harbour tide notices) that mention nothing anyone watches."""
    return [
        Item(title=f"Tide notice {number}", link=f"{host}/n/{number}", description=f"High water {number % 12 + 1}pm.")
        for number in range(1, count + 1)
    ]


def html_page(title: str, paragraphs: Iterable[str], *, author: str | None = None) -> str:
    """A news-site article page: navigation and footer around an <article> of paragraphs."""
    meta = f'<meta name="author" content={quoteattr(author)}>' if author else ""
    body = "".join(f"<p>{escape(text)}</p>" for text in paragraphs)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>{meta}</head>'
        f"<body><nav>Home | Local | Weather | Obituaries</nav><article><h1>{escape(title)}</h1>{body}</article>"
        "<footer>© Example Gazette. All rights reserved.</footer></body></html>"
    )


# Everything below is invented: outlets on the reserved .example domain, words from a fixed list.
_OUTLETS = (
    "valley-ledger",
    "harbour-post",
    "northgate-herald",
    "river-courier",
    "plains-gazette",
    "coastline-times",
    "summit-daily",
    "lakeside-record",
    "ironbridge-chronicle",
    "meadow-observer",
)
_WORDS = (
    "council",
    "budget",
    "school",
    "river",
    "bridge",
    "housing",
    "transit",
    "hospital",
    "election",
    "court",
    "market",
    "harvest",
    "festival",
    "library",
    "police",
    "union",
    "factory",
    "port",
    "airport",
    "museum",
    "mayor",
    "residents",
    "plan",
    "report",
    "vote",
    "funding",
    "repair",
    "storm",
    "drought",
    "record",
    "opens",
    "closes",
    "delays",
    "approves",
    "rejects",
    "expands",
    "warns",
    "celebrates",
    "reviews",
    "debates",
    "new",
    "local",
    "regional",
    "annual",
    "final",
    "early",
    "late",
    "quiet",
    "busy",
    "historic",
)
_NAMES = ("Ada Moreno", "Bram Okafor", "Chen Lindqvist", "Dalia Fenwick", "Emil Varga", "Freya Osei", "Gus Halloran")
FEED_EPOCH = datetime(2024, 3, 1, 6, 0, tzinfo=UTC)


def make_feed(index: int) -> tuple[bytes, int]:
    """Feed `index` as RSS 2.0 bytes, and its number of items: 16-24 items, about 8 KB to 26 KB."""
    rng = random.Random(index)
    outlet = _OUTLETS[index % len(_OUTLETS)]
    site = f"https://www.{outlet}-{index}.example"
    items = rng.randint(16, 24)
    terse = rng.random() < 0.25  # a quarter of the outlets give one line per item, the rest 1-2 paragraphs
    sentences_per_paragraph = rng.randint(1, 4)  # how wordy this outlet is: sets the feed's size
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"<channel>\n<title>{outlet.replace('-', ' ').title()} #{index}</title>\n<link>{site}/</link>\n"
        f"<description>Local news, feed {index}</description>\n<ttl>30</ttl>\n"
    ]
    for item in range(items):
        title = _sentence(rng, 6, 10).rstrip(".")
        slug = "-".join(title.lower().split()[:6])
        link = f"{site}/{2024}/{item % 12 + 1:02d}/{slug}-{index}-{item}"
        date = format_datetime(FEED_EPOCH - timedelta(hours=item * 3 + index % 24), usegmt=True)
        paragraphs = (
            _sentence(rng, 8, 18)
            if terse
            else "".join(
                f"<p>{' '.join(_sentence(rng, 8, 18) for _ in range(sentences_per_paragraph))}</p>"
                for _ in range(rng.randint(1, 2))
            )
        )
        parts.append(
            f"<item>\n<title>{escape(title)}</title>\n<link>{link}?utm_source=rss</link>\n"
            f'<guid isPermaLink="false">{outlet}-{index}-{item}</guid>\n<pubDate>{date}</pubDate>\n'
            f"<dc:creator>{rng.choice(_NAMES)}</dc:creator>\n"
            f"<description>{escape(paragraphs)}</description>\n</item>\n"
        )
    parts.append("</channel>\n</rss>\n")
    return "".join(parts).encode("utf-8"), items


def _sentence(rng: random.Random, shortest: int, longest: int) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(shortest, longest))]
    return " ".join(words).capitalize() + "."
