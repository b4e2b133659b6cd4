"""The only package that speaks HTTP (or reads `file:` feeds): everything fetched goes through `Fetcher`."""

from .heartbeat import ping
from .http import Fetcher
from .webhook import post_json

__all__ = ["Fetcher", "ping", "post_json"]
