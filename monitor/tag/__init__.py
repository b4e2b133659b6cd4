"""spaCy tagging: watched topics and people, and direct quotations with their speakers."""

from .tagger import Tagger, candidate_test, tags_to_json

__all__ = ["Tagger", "candidate_test", "tags_to_json"]
