"""Who a quote's speaker is: the fullest form of a name, the person a pronoun points to, their role.

News names a person in full once ("Lynn Tramonte, deputy director of America's Voice") and then by
surname, title and surname, or pronoun. The name book collects every name form in the document with
its offsets, so a quote credited to "Tramonte", "Ms. Tramonte" or "she" resolves to "Lynn Tramonte".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from .watchlist import PEOPLE_KEY, TITLES

NOT_NAMES = frozenset(
    "He She They It We I You This That These Those There The A An His Her Their Its Officials Police Critics "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday According But And Or So Then "
    "When While After Before If As In On At For With By From".split()
)
FEMININE_TITLES = frozenset("Ms. Mrs. Miss Ms Mrs Sister".split())
MASCULINE_TITLES = frozenset("Mr. Mr Father".split())
# An appositive role right after a name: ", deputy director of America's Voice," (starts in lower case,
# or with a/an/the; may hold capitalised organisation names; ends at a comma, period or quote mark).
_ROLE = re.compile(r"^,\s+(?P<role>(?:(?:a|an|the)\s+)?[a-z][^,.;:“”\"]*?(?:[A-Z][^,.;:“”\"]*?)?)\s*(?=[,.;:“”\"]|$)")


@dataclass(frozen=True)
class Mention:
    name: str  # as written, titles removed
    start: int
    end: int
    title: str | None = None


def strip_name(text: str) -> tuple[str, str | None]:
    """A name without leading titles or a trailing possessive: ("Sheriff Dana Okafor's") → ("Dana Okafor", "Sheriff")."""
    words = text.split()
    title = None
    while words and (words[0] in TITLES or words[0].rstrip(".") + "." in TITLES):
        title = words.pop(0)
    name = re.sub(r"[’']s?$", "", " ".join(words)).rstrip(".,")
    return name, title


class NameBook:
    """Every person-name form in a document, with offsets, to resolve surnames, titles and pronouns."""

    def __init__(self, doc: Doc, speakers: list[Mention]) -> None:
        self._doc = doc
        self._ids: dict[str, str] = {}
        mentions: list[Mention] = []
        for span in doc.spans.get(PEOPLE_KEY, []):
            self._ids[span.text] = span.label_
            mentions.append(Mention(span.text, span.start_char, span.end_char, _title_before(doc, span.start)))
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name, title = strip_name(ent.text)
                if name and name.split()[0] not in NOT_NAMES:
                    mentions.append(Mention(name, ent.start_char, ent.end_char, title or _title_before(doc, ent.start)))
        mentions += speakers
        mentions += [m for speaker in speakers for m in _name_runs(doc, speaker.name.split()[-1])]
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def fullest(self, name: str | None) -> str | None:
        """The longest name form in the document that ends with this name's last word and starts with its first."""
        if not name:
            return None
        words = name.split()
        last, first = words[-1], words[0]
        matches = [m.name for m in self.mentions
                   if m.name.split()[-1:] == [last] and (len(words) == 1 or m.name.split()[0] == first)]
        return max(matches, key=lambda f: (len(f.split()), len(f)), default=name)

    def person_id(self, name: str | None) -> str | None:
        full = self.fullest(name)
        return self._ids.get(full or "") or self._ids.get(name or "")

    def pronoun(self, pronoun: str, before: int) -> str | None:
        """The person a he/she before offset `before` most likely is: the last one mentioned, whose title
        (Ms., Mr.) does not contradict the pronoun. They/it are not resolved (groups, organisations)."""
        pronoun = pronoun.lower()
        if pronoun not in ("he", "she"):
            return None
        for mention in reversed([m for m in self.mentions if m.end <= before]):
            titles = {m.title for m in self.mentions if m.title and self.fullest(m.name) == self.fullest(mention.name)}
            if pronoun == "she" and titles & MASCULINE_TITLES or pronoun == "he" and titles & FEMININE_TITLES:
                continue
            return self.fullest(mention.name)
        return None

    def introduced_between(self, start: int, end: int, speaker: str | None) -> list[str]:
        """Other people first named between two offsets (a new voice between a quote and its follow-up)."""
        known = self.fullest(speaker) if speaker else None
        return [self.fullest(m.name) or m.name for m in self.mentions
                if start <= m.start < end and (self.fullest(m.name) or m.name) != known]

    def role(self, name: str | None) -> str | None:
        """The role the document gives this person in an appositive after any of their name's mentions."""
        full = self.fullest(name)
        if not full:
            return None
        text = self._doc.text
        for mention in self.mentions:
            if (self.fullest(mention.name) or mention.name) != full:
                continue
            match = _ROLE.match(text[mention.end: mention.end + 160])
            if match and not re.match(r"(?:who|which|that|said|says|told|and|but)\b", match.group("role")):
                return match.group("role").strip()
        return None


def _title_before(doc: Doc, index: int) -> str | None:
    return doc[index - 1].text if index > 0 and doc[index - 1].text in TITLES else None


def _name_runs(doc: Doc, surname: str) -> list[Mention]:
    """Capitalised runs ending in `surname` ("Maria Okafor", "Sheriff Dale Ruiz" → "Dale Ruiz"), for when NER misses a name."""
    tagged = doc.has_annotation("TAG")
    runs = []
    for token in doc:
        if token.text != surname:
            continue
        start = token.i
        while start > 0 and token.i - start < 3:
            before = doc[start - 1]
            if not before.is_title or before.text in NOT_NAMES or (
                    tagged and before.pos_ != "PROPN" and before.ent_type_ != "PERSON"):
                break
            start -= 1
        name, title = strip_name(doc[start: token.i + 1].text)
        if len(name.split()) >= 2:
            runs.append(Mention(name, doc[start].idx, token.idx + len(token.text), title))
    return runs
