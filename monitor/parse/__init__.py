"""Feed bytes → `Entry` records (feedparser), with URL normalisation and UTC dates."""

from .feed import parse_feed
from .urls import normalize_url

__all__ = ["normalize_url", "parse_feed"]
