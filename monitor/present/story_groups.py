"""Stories as lists show them: the copies of one story (wire copy re-run by several outlets) grouped, the
earliest copy leading."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.hits import HitRow


@dataclass(frozen=True)
class StoryGroup:
    """One story as the list shows it: the earliest copy leads, other outlets' copies follow."""

    lead: HitRow
    copies: list[HitRow]

    @property
    def rows(self) -> list[HitRow]:
        return [self.lead, *self.copies]

    @property
    def ids(self) -> list[int]:
        return [row.id for row in self.rows]


def group_stories(rows: list[HitRow]) -> list[StoryGroup]:
    """Consecutive rows of one story become one group (the store returns them together)."""
    groups: list[StoryGroup] = []
    for row in rows:
        if groups and groups[-1].lead.story_id == row.story_id:
            groups[-1].copies.append(row)
        else:
            groups.append(StoryGroup(row, []))
    return groups
