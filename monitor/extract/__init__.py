"""Article page HTML → `ArticleText` (trafilatura), falling back to the feed's text."""

from .article import choose_text, feed_text

__all__ = ["choose_text", "feed_text"]
