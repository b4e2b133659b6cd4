"""The only package that speaks HTTP (or reads `file:` feeds): everything fetched goes through `Fetcher`."""

from .http import Fetcher

__all__ = ["Fetcher"]
