"""spaCy tagging: watched topics and people, and direct quotations with their speakers."""

from .tagger import Tagger, tags_to_json

__all__ = ["Tagger", "tags_to_json"]
