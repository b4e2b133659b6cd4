"""JSON Feed (jsonfeed.org, versions 1 and 1.1), which feedparser does not read, as feedparser-shaped items.

Sites announce it as `application/feed+json` beside their RSS; some offer nothing else. The items are
given the keys feedparser would give (link, id, title, summary, content, published_parsed, author,
with `*_detail.type` saying HTML or plain text), so `feed.py` reads both formats the same way.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from typing import Any

PLAIN = {"type": "text/plain"}
HTML = {"type": "text/html"}


def looks_like_json_feed(text: str) -> bool:
    """A JSON object that says it is a JSON Feed (its `version` names jsonfeed.org)."""
    head = text[:4096].lstrip()
    return head.startswith("{") and "jsonfeed.org/version" in head


def read_json_feed(text: str) -> dict[str, Any] | None:
    """{"version", "feed", "entries"} as feedparser gives them, or None when the text is not a JSON Feed."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("items"), list):
        return None
    feed = {
        "title": _string(document.get("title")),
        "title_detail": PLAIN,
        "link": _string(document.get("home_page_url")),
    }
    entries = [_item(item) for item in document["items"] if isinstance(item, dict)]
    return {"version": f"json{_string(document.get('version')).rsplit('/', 1)[-1]}", "feed": feed, "entries": entries}


def _item(item: dict[str, Any]) -> dict[str, Any]:
    content = [{"value": _string(item["content_html"]), **HTML}] if item.get("content_html") else []
    if item.get("content_text"):
        content.append({"value": _string(item["content_text"]), **PLAIN})
    authors = item.get("authors") or ([item["author"]] if isinstance(item.get("author"), dict) else [])
    names = [_string(a.get("name")) for a in authors if isinstance(a, dict) and a.get("name")]
    date = _string(item.get("date_published") or item.get("date_modified"))
    return {
        "id": _string(item.get("id")),
        "link": _string(item.get("url") or item.get("external_url")),
        "title": _string(item.get("title")),
        "title_detail": PLAIN,
        "summary": _string(item.get("summary")),
        "summary_detail": PLAIN,
        "content": content,
        "author": ", ".join(names),
        "published_parsed": _rfc3339(date),
    }


def _rfc3339(value: str) -> time.struct_time | None:
    """JSON Feed dates are RFC 3339; as feedparser gives dates, a UTC struct_time (None if unreadable)."""
    try:
        moment = datetime.fromisoformat(value.strip())
        return time.gmtime(moment.replace(tzinfo=moment.tzinfo or UTC).timestamp())
    except (ValueError, OverflowError, OSError):
        return None


def _string(value: object) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))
