"""The names people read for watched topics and people: pages, exports and emails show these, never the ids."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..config import Watchlist


def labels(watchlist: Watchlist) -> dict[str, str]:
    """Topic and person ids to the names people read (pages, exports, emails)."""
    return {t.id: t.label for t in watchlist.topics} | {p.id: p.name for p in watchlist.people}
