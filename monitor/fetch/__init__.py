"""The only package that speaks HTTP (or reads `file:` feeds): everything fetched goes through `Fetcher`."""

from .heartbeat import ping
from .http import Fetcher

__all__ = ["Fetcher", "ping"]
