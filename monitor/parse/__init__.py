"""Feed bytes → `ParsedFeed` of `Entry` records (feedparser), with charsets settled, URLs normalised, dates in UTC;
and, for web pages, the feeds they link to."""

from .discover import FeedLink, discover_feeds
from .feed import looks_like_html, parse_feed
from .urls import normalize_url

__all__ = ["FeedLink", "discover_feeds", "looks_like_html", "normalize_url", "parse_feed"]
