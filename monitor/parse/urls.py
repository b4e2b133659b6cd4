"""An article's identity is its normalised URL, so the same story seen twice is stored once."""

from __future__ import annotations

from urllib.parse import urldefrag

import courlan
from url_normalize import url_normalize


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, resolve dot segments, drop tracking parameters (utm_*, fbclid, ...) and fragments.

    url-normalize does the RFC 3986 normalisation; courlan knows the tracking parameters and sorts the rest.
    """
    cleaned = url_normalize(url.strip()) or url.strip()
    try:
        cleaned = courlan.normalize_url(cleaned)
    except ValueError:
        pass
    return urldefrag(cleaned).url
