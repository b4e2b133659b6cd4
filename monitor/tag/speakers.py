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
FEMININE_TITLES = frozenset("Ms. Mrs. Miss Ms Mrs Sister Congresswoman Councilwoman Chairwoman Spokeswoman".split())
MASCULINE_TITLES = frozenset("Mr. Mr Father Congressman Councilman Chairman Spokesman".split())
COURTESY = frozenset("Mr. Mrs. Ms. Miss Mr Mrs Ms".split())
# An appositive role right after a name: ", deputy director of America's Voice," (starts in lower case,
# or with a/an/the; may hold capitalised organisation names; ends at a comma, period or quote mark).
_ROLE = re.compile(r"^,\s+(?P<role>(?:(?:a|an|the)\s+)?[a-z][^,.;:“”\"]*?(?:[A-Z][^,.;:“”\"]*?)?)\s*(?=[,.;:“”\"]|$)")


# Capitalised words that come before a name without being part of it ("County Sheriff Luis Arrieta",
# "Homeland Security Secretary Janet Napolitano", "Owner Marco Tramonte"): titles, jobs and the
# organisation words that go with them.
ROLE_WORDS = frozenset(
    "Acting Agent Alderman Analyst Assistant Associate Attorney Baker Board Broker Captain Chair Chairman Chairwoman "
    "Chairperson Chef Chief City Clerk Coach Commander Commissioner Congressman Congresswoman Corporal Council "
    "Councilman Councilwoman Councilmember County Customs Dean Defenseman Department Deputy Detective Director "
    "District Doctor Economist Enforcement Executive Farmer Federal Fire Forecaster Former Forward Founder General "
    "Goalie Governor Homeland Immigration Inspector Interim Judge Justice Lawyer Lieutenant Manager Mayor "
    "Meteorologist National Nurse Officer Organizer Owner Pastor Police President Principal Professor Prosecutor "
    "Representative Resident Secretary Security Senator Senior Sergeant Sheriff Speaker Spokesman Spokeswoman "
    "Spokesperson State Student Superintendent Supervisor Teacher Trader Trooper Vice Warden Winger".split())
_PARTICLES = frozenset("de del da van von der la le bin al di du st.".split())
# Capitalised at the start of a sentence, but not names: "Afterward Tramonte said".
LEADING_WORDS = frozenset("Afterward Afterwards Later Earlier Meanwhile However Still Now Then Today Yesterday Also "
                          "Instead Separately Privately Publicly Finally Asked Reached Speaking Again Outside Inside "
                          "Back Last Next Once Even Only The".split())


@dataclass(frozen=True)
class Mention:
    name: str  # as written, titles and role words removed
    start: int
    end: int
    title: str | None = None  # the words removed from before the name ("Ms.", "County Sheriff")

    @property
    def role(self) -> str | None:
        return title_role(self.title)


def title_role(title: str | None) -> str | None:
    """The words before a name as a role ("County Sheriff"), unless they are only a courtesy title (Ms., Mr.)."""
    words = [w for w in (title or "").split() if w not in COURTESY]
    return " ".join(words) or None


def strip_name(text: str) -> tuple[str, str | None]:
    """A person's name from a capitalised run, and the title or role words before it, if any:
    "Homeland Security Secretary Janet Napolitano's" → ("Janet Napolitano", "Homeland Security Secretary")."""
    words = text.split()
    for index in range(1, len(words)):  # "Tramonte. She": a sentence ended inside the run
        previous = words[index - 1]
        if previous.endswith(".") and previous[:-1].isalpha() and len(previous) > 3 and previous not in TITLES:
            words = words[:index]
            break
    while len(words) > 1 and words[0] in LEADING_WORDS:
        words.pop(0)
    lead: list[str] = []
    while len(words) > 1 and (words[0] in TITLES or words[0].rstrip(".") + "." in TITLES or words[0] in ROLE_WORDS
                              or (words[0].isupper() and len(words[0]) > 1) or re.search(r"[’']s$", words[0])):
        lead.append(words.pop(0))
    if lead and not words:
        words = [lead.pop()]
    name = re.sub(r"[’']s?$", "", " ".join(words)).rstrip(".,")
    return name, " ".join(lead) or None


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
                if _looks_like_a_name(name):
                    mentions.append(Mention(name, ent.start_char, ent.end_char, title or _title_before(doc, ent.start)))
        mentions += speakers
        mentions += [m for speaker in speakers for m in _name_runs(doc, speaker.name.split()[-1])]
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._fullest: dict[tuple[str, int | None], str] = {}  # pronouns and roles ask again and again

    def fullest(self, name: str | None, near: int | None = None) -> str | None:
        """The longest name form in the document that ends with this name's last word and starts with its first
        ("Tramonte" → "Lynn Tramonte"; a lone first name, "Rachel", → "Rachel Napolitano" when only one fits).
        With two people of one surname, the one named last before `near` wins."""
        if not name:
            return None
        if (name, near) not in self._fullest:
            self._fullest[(name, near)] = self._find_fullest(name, near)
        return self._fullest[(name, near)]

    def _find_fullest(self, name: str, near: int | None) -> str:
        words = name.split()
        last, first = words[-1], words[0]
        matches = [m for m in self.mentions
                   if m.name.split()[-1:] == [last] and (len(words) == 1 or m.name.split()[0] == first)]
        if len(words) == 1 and not any(len(m.name.split()) > 1 for m in matches):
            by_first = {m.name for m in self.mentions if len(m.name.split()) > 1 and m.name.split()[0] == first}
            if len(by_first) == 1:
                return by_first.pop()
        if not matches:
            return name
        longest = max(len(m.name.split()) for m in matches)
        best = [m for m in matches if len(m.name.split()) == longest]
        if near is not None and len({m.name for m in best}) > 1:
            earlier = [m for m in best if m.start < near]
            return max(earlier or best, key=lambda m: m.start).name
        return max(best, key=lambda m: len(m.name)).name

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
            titles = {word for m in self.mentions if m.title and self.fullest(m.name) == self.fullest(mention.name)
                      for word in m.title.split()}
            if pronoun == "she" and titles & MASCULINE_TITLES or pronoun == "he" and titles & FEMININE_TITLES:
                continue
            return self.fullest(mention.name)
        return None

    def titled(self, role: str, before: int) -> str | None:
        """The person last named before `before` with this title: "the sheriff" → "Sheriff Buford Carrington"."""
        word = role.split()[-1].lower()
        for mention in reversed([m for m in self.mentions if m.end <= before and m.title]):
            if word in mention.title.lower().split():
                return self.fullest(mention.name)
        return None

    def people_between(self, start: int, end: int) -> list[str]:
        """The distinct people named between two offsets, in order."""
        found: dict[str, None] = {}
        for mention in self.mentions:
            if start <= mention.start < end:
                found[self.fullest(mention.name) or mention.name] = None
        return list(found)

    def introduced_between(self, start: int, end: int, speaker: str | None) -> list[str]:
        """Other people named between two offsets (a new voice between a quote and its follow-up)."""
        known = self.fullest(speaker) if speaker else None
        return [self.fullest(m.name) or m.name for m in self.mentions
                if start <= m.start < end and (self.fullest(m.name) or m.name) != known]

    def role(self, name: str | None) -> str | None:
        """The role the document gives this person: an appositive after a mention of their name
        (", deputy director of America's Voice,"), else a title before it ("County Sheriff")."""
        full = self.fullest(name)
        if not full:
            return None
        text = self._doc.text
        theirs = [m for m in self.mentions if (self.fullest(m.name) or m.name) == full]
        for mention in theirs:
            match = _ROLE.match(text[mention.end: mention.end + 160])
            if match and not re.match(r"(?:who|whose|which|that|said|says|told|and|but)\b", match.group("role")):
                return match.group("role").strip()
        return next((m.role for m in theirs if m.role), None)


# Words that make a capitalised run an organisation or a place, not a person.
ORG_WORDS = frozenset(
    "Office Association Department Caucus Patrol Council Committee Agency Union Company Inc. Inc Corp. Corp LLC "
    "University College School Church Center Centre Street Avenue Road Bay County City Coalition Alliance Institute "
    "Foundation Fund Group Party Administration Authority Board Bureau Commission Court Service Services Bank "
    "Exchange Cooperative Co-op Hospital Clinic Network Project Society Club Team Times Post News Herald Ledger "
    "Tribune Journal Gazette Press Radio Television Voice".split())


def is_person_name(name: str) -> bool:
    """A run of capitalised words that can be a person's name (not "ICE", "Highway Patrol" or "Afterward")."""
    words = name.split()
    if not words or words[0] in NOT_NAMES or (len(words) == 1 and words[0] in LEADING_WORDS):
        return False
    if any(w in ORG_WORDS or re.sub(r"[’']s$", "", w) in ORG_WORDS for w in words):
        return False
    return not (name.replace(".", "").isupper() and len(name.replace(".", "")) > 1)


def _looks_like_a_name(name: str) -> bool:
    words = name.split()
    return is_person_name(name) and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


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
