"""The browser fixtures (tests/web/browsing.py) for every browser test module here."""

from tests.web.browsing import browser, open_page, playwright_driver

__all__ = ["browser", "open_page", "playwright_driver"]
