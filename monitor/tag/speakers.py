"""Who a quote's speaker is: the fullest form of a name, the person a pronoun points to, their role.

News names a person in full once ("Lynn Tramonte, deputy director of America's Voice") and then by
surname, title and surname, or pronoun. The name book collects every name form in the document with
its offsets, so a quote credited to "Tramonte", "Ms. Tramonte" or "she" resolves to "Lynn Tramonte".
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from .cues import SAYS
from .firstnames import is_first_name, pronoun_of, short_for
from .watchlist import PEOPLE_KEY, TITLES

NOT_NAMES = frozenset(
    "He She They It We I You This That These Those There The A An His Her Their Its My Our Your "
    "Officials Police Critics "
    "Both Each Neither Either All Many Some Several Most Few Others Everyone Nobody Somebody Anyone Someone Anybody "
    "One Another "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday According But And Or So Then "
    "When While After Before If As In On At For With By From Within Without During Until Since Despite "
    "Here Below Above Following "
    # a question's first word: "Can Samuel drive?" (not "Will" or "May", which are names too)
    "Can Could Would Should Did Does Do Is Are Was Were Has Have Had Must Shall Why How What Where Who "
    # places: "Fort Lyle", "San Antonio", "Villa Ceiba"
    "Fort San Santa Port Mount Los Las Saint New Villa Ciudad Puerto Nuevo Nueva Colonia Valle".split()
)
FEMININE_TITLES = frozenset(
    "Ms. Mrs. Miss Ms Mrs Sister Doña Tía Congresswoman Councilwoman Chairwoman Spokeswoman".split()
)
MASCULINE_TITLES = frozenset("Mr. Mr Father Brother Padre Tío Congressman Councilman Chairman Spokesman".split())
COURTESY = frozenset("Mr. Mrs. Ms. Miss Mr Mrs Ms Rev. Rev Dr. Dr Hon. Hon Doña Tía Tío".split())
# How far back (in characters) a pronoun's person is looked for among the salient ones: a few sentences.
PRONOUN_REACH = 600
# What says a person named just before did not speak
_SILENT = re.compile(
    r"\b(?:(?:did\s+not|didn[’']t|declined\s+to|refused\s+to|would\s+not|wouldn[’']t|could\s+not|couldn[’']t)"
    r"\s+(?:immediately\s+)?(?:comment|respond|speak|testify|return\s+(?:a\s+)?(?:call|message|e-?mail)s?)\b|"
    r"could\s+not\s+be\s+reached|was\s+not\s+available\s+(?:for|to)\s+comment|"
    r"(?:did\s+not|didn[’']t)\s+(?:reply|answer)\s+(?:to\s+)?(?:a\s+|an\s+)?(?:request|question|message|call|e-?mail)s?)"
)
# A he or she who speaks later in the paragraph: the one who did not speak at first may ("… did not speak at the
# lectern. Afterward, in the hallway, she said …")
_THEN_SAID = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:later\s+|also\s+)?(?:said|says|told)\b")
_SENTENCE_END = re.compile(r"[.?!][”\"’]?\s+")
SENTENCE_REACH = 1000  # how far before the reach a salient person's sentence may begin
# How far past a description a story's naming of it is looked for, in characters: five paragraphs of news, not the
# rest of a page of one endless paragraph.
REVEAL_REACH = 6000
# A role's character: no punctuation that ends it, but the period of an initial ("U.S.", "N.Y.") or of "St."
# that does not end the sentence ("in the U.S. She left").
_NEW_SENTENCE = (
    r"(?:He|She|They|It|We|I|The|This|That|These|Those|But|And|In|On|At|A|An|His|Her|Their|Its|There|Then)\b"
)
_ROLE_CHAR = (
    rf"(?:[^,.;:“”\"\n]|(?<=\b[A-Z])\.(?=[A-Z]|\s+(?!{_NEW_SENTENCE})[A-Z][a-z])"
    rf"|(?<=\bSt)\.(?=\s+(?!{_NEW_SENTENCE})[A-Z]))"
)
# An appositive role right after a name (and an age): ", deputy director of America's Voice," (starts in lower
# case, or with a/an/the; may hold capitalised organisation names; ends at a comma, period or quote mark).
_ROLE = re.compile(  # within its paragraph: not a headline's "Napolitano, governors clash" running into the dateline
    rf"^(?:,[^\S\n]+\d{{1,3}}|,[^\S\n]+[DRI]-[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)?|[^\S\n]+\([DRI]-[^()\n]{{2,30}}\))?"
    rf",[^\S\n]+(?!as\s)(?P<role>(?:(?:a|an|the)\s+|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){{0,3}}[’']s\s+)?"  # "Mid-Valley’s"
    rf"[a-z]{_ROLE_CHAR}*?(?:[A-Z]{_ROLE_CHAR}*?)?)"
    rf"\s*(?=[,;:“”\"\n]|$|(?!{_ROLE_CHAR})\.)"
)


# Where an appositive goes on past the role: a relative clause, how long they have held it
_ROLE_RUNS_ON = re.compile(
    r"\s+(?:who|whose|which|that|since\s+\d|for\s+(?:\d+|the\s+(?:past|last))|for\s+(?:[a-z]+\s+)?(?:years|decades))\b"
)


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
    "Spokesperson State Student Superintendent Supervisor Teacher Trader Trooper Vice Warden Winger "
    "Goaltender Goalkeeper Quarterback Pitcher Catcher Striker Midfielder Defender Captain Host Anchor Reporter "
    "Correspondent Columnist Editor Publisher Author Historian Pollster Strategist Consultant Researcher Scientist "
    "Engineer Architect Surgeon Physician Pharmacist Paramedic Firefighter Marshal Constable Magistrate Chancellor "
    "Provost Trustee Regent Delegate Assemblyman Assemblywoman Assemblymember Alderwoman Councillor Councilor "
    "Bishop Rabbi Imam Reverend Minister Admiral Colonel Major General Private Commissioner Treasurer Comptroller "
    "Auditor Administrator Ranger Investigator Coordinator Advocate Activist Organiser Volunteer Narrator Moderator "
    "CEO Founder Cofounder Co-founder Operations Field Removal Leader Majority Minority Whip Ranking Member "
    "Undersheriff Spokesperson".split()
)
_PARTICLES = frozenset("de del da van von der la le bin al di du st.".split())
# Capitalised at the start of a sentence, but not names: "Afterward Tramonte said".
# Verbs that stand before their speaker at the start of a sentence ("Explained Ixcot, her voice catching:"): the
# quote finder's cue, and never part of the name the model runs them into.
INVERTED_CUES = (
    "Wrote Writes Said Says Added Asked Noted Explained Recalled Warned Continued Argued Insisted Replied "
    "Answered Countered Testified Declared Tweeted Posted Concluded Observed Announced Joked Quipped Laughed "
    "Shouted Responded Remarked Admitted Conceded Acknowledged Cautioned Promised Vowed Pleaded Reported Stated "
    "Sighed Mused Boasted Complained Predicted Protested Objected Offered Suggested Urged Read Pressed Opened "
    "Retorted Texted Emailed Interjected Interrupted Demanded Wondered Snapped Muttered Whispered Confirmed "
    "Clarified Challenged Summarized Summarised Reflected Confided Exclaimed Scoffed Elaborated Persisted Repeated "
    "Ruled Agreed"  # "Ruled Okafor-Bell, after a ten-minute recess: “…”"
).split() + ["Shot back", "Fired back"]  # "Shot back Okafor: “…”"
# Months, which stand before a name after "In": "In March Yesenia wrote" ("May" and "June" are names too)
_MONTHS = frozenset("January February March April July August September October November December".split())
# What is named after a person: "Janet Napolitano Day", "the John Morton Award"
_NAMED_FOR = frozenset(
    "Day Week Award Prize Scholarship Act Memorial Lecture Fund Highway Bridge Trail Park Library Stadium Plaza "
    "Parkway Boulevard".split()
)
_COMPASS = frozenset("North South East West Northeast Northwest Southeast Southwest".split())
LEADING_WORDS = (
    _MONTHS
    | frozenset(
        "Afterward Afterwards Later Earlier Meanwhile However Still Now Then Today Yesterday Also "
        "Instead Separately Privately Publicly Finally Asked Reached Speaking Again Outside Inside "
        "Back Last Next Once Even Only The As Told Ahead Despite Since Among Under Across "
        "Amid In On At".split()
    )
    | frozenset(INVERTED_CUES)
)


@dataclass(frozen=True)
class Mention:
    name: str  # as written, titles and role words removed
    start: int
    end: int
    title: str | None = None  # the words removed from before the name ("Ms.", "County Sheriff")

    @property
    def role(self) -> str | None:
        return title_role(self.title)


_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())


_PARTICLES = frozenset("de del la las los y da das do dos".split())


@lru_cache(maxsize=4096)
def _surname_words(name: str) -> tuple[str, ...]:
    """A name's words without its suffix and the particles between surnames: "María José Castañeda de León" reads
    as two surnames, "Castañeda" and "León" (asked of every name the story gives, for every quote)."""
    return tuple(w for w in _core(name.split()) if w not in _PARTICLES)


# A second surname after the model's name: after a particle (" de León"), or alone before a comma or a full stop,
# as a name's end is written (" Treviño, 52,")
_SECOND_SURNAME = re.compile(
    r"[^\S\n]+(?:(?:de|del|de[^\S\n]+la|y)[^\S\n]+(?P<word>[A-Z][a-zà-ÿ’'-]+)|(?P<bare>[A-Z][a-zà-ÿ’'-]+)(?=[,;:.)]|$))"
)


def _second_surname_of(name: str) -> bool:
    """Is a name's last word its second surname: "Kevin Tovar Castañeda", "Karla Funes de Cáceres"?"""
    words = _core(name.split())
    if len(words) < 3:
        return False
    middle = words[-2]  # a middle name or an initial ("Wade L. Pruett") is no surname
    return middle in _PARTICLES or not (is_first_name(middle) or middle.endswith("."))


def _second_surname(text: str, end: int, name: str) -> re.Match[str] | None:
    """The second surname written after a name the model read as a first name and one surname, in a name written
    the Spanish way (an accent or a particle in it: not "Lynn Tramonte Tuesday")."""
    words = name.split()
    found = _SECOND_SURNAME.match(text, end)
    if (
        found is None
        or len(words) < 2
        or not is_first_name(words[0])
        or not re.search(r"[à-ÿ]|\bde\b", name + found.group())
    ):
        return None
    word = found.group("word") or found.group("bare")
    if word in ORG_WORDS or word in TITLES or word in _MONTHS or word in _SUFFIXES or word in _HEADLINE_VERBS:
        return None
    return found


def _core(words: list[str]) -> list[str]:
    """A name's words without a generational suffix: "Harold J. Beaumont Sr." ends with "Beaumont"."""
    while len(words) > 1 and words[-1].rstrip(",") in _SUFFIXES:
        words = words[:-1]
    return words


def _suffix_stop(name: str) -> str:
    """The name with its "Jr" or "Sr" written with the full stop, as the story writes it elsewhere."""
    return f"{name}." if name.endswith((" Jr", " Sr")) else name


def surname(name: str) -> str:
    """The last word of a name before any generational suffix: "Curtis Ambrose Jr." → "Ambrose"."""
    return _core(name.split())[-1].rstrip(",")


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
    if owners := [i for i, w in enumerate(words[:-1]) if re.search(r"[’']s$", w)]:
        words = words[owners[-1] + 1 :]  # "Hollis Valley’s Tramonte", "AV’s Lynn Tramonte": whose, not who
    lead: list[str] = []
    while (
        len(words) > 1
        and not _first_name_after_title(lead, words)
        and (
            words[0] in TITLES
            or words[0].rstrip(".") + "." in TITLES
            or words[0] in ROLE_WORDS
            or (words[0].isupper() and len(words[0]) > 1 and not re.fullmatch(r"[A-Z]\.", words[0]))  # not "R."
            or re.search(r"[’']s$", words[0])
        )
    ):
        lead.append(words.pop(0))
    # "New York Governor Cuomo": a place before the title; the name is what follows the last title word.
    # "Ostrander Coach Darnell Pryce", "DHS spokesman Matt Chandler": a role word before a first name and more.
    inner = [
        i
        for i, w in enumerate(words[:-1])
        if (w in TITLES and w not in COURTESY)
        or (is_role_word(w) and len(words) - i > 2 and is_first_name(words[i + 1]))
    ]
    if inner and not _first_name_after_title(lead + words[: inner[-1]], words[inner[-1] :]):
        lead += words[: inner[-1] + 1]
        words = words[inner[-1] + 1 :]
    if lead and not words:
        words = [lead.pop()]
    name = re.sub(r"[’']s?$", "", " ".join(words)).rstrip(",")
    head, of, _place = name.partition(" of ")  # "Gunnar Eklund of Mennick Falls": the model's span ran on
    if of and len(head.split()) >= 2 and is_first_name(head.split()[0]):
        name = head
    if name.endswith(".") and not re.search(r"(?:\b[A-Z]|\bJr|\bSr)\.$", name):  # keep "Jr." and "N."
        name = name.rstrip(".")
    return name, " ".join(lead) or None


def _first_name_after_title(lead: list[str], words: list[str]) -> bool:
    """ "County Attorney Dean Farraday": after a title, a title that is also a first name before one surname is
    his first name (not after a word that makes a title of it: "Associate Dean Lopez")."""
    return (
        bool(lead)
        and (lead[-1] in TITLES or is_role_word(lead[-1]))
        and lead[-1] not in _TITLE_MODIFIERS
        and len(words) == 2
        and is_role_word(words[0])
        and words[0] not in TITLES  # "Dean", not "County Sheriff Tandy" (a few people are named Sheriff)
        and is_first_name(words[0])
    )


_TITLE_MODIFIERS = frozenset("Associate Assistant Deputy Vice Acting Interim Senior Executive Former Chief".split())


# Before a name in a quote that is not someone naming someone else: a self-introduction ("I'm Zoila", "This is
# Nadia"), or a quote inside the quote, which may speak to its speaker ("Glen said, ‘Marco, nobody …’").
_SELF_NAMED = re.compile(r"(?:\bI[’']m|\bI am|\bThis is|\bname is|\bIt[’']s)\s+\Z|‘(?:[^’]|’(?=\w))*\Z")


class NameBook:
    """Every person-name form in a document, with offsets, to resolve surnames, titles and pronouns."""

    def __init__(self, doc: Doc, speakers: list[Mention], missed: Sequence[Mention] = ()) -> None:
        self._doc = doc
        self._text = doc.text  # spaCy builds Doc.text anew on every read
        self._token_starts = [token.idx for token in doc]
        self._roles: dict[str | None, str | None] = {}
        self._passing: dict[Mention, bool] = {}  # see _in_passing (the text's alone: kept while mentions are found)
        self._written_at: dict[str, float] = {}  # see _first_written
        self._before_names: dict[str, set[str]] | None = None  # see _described_before_name
        self._shared: dict[str, bool] = {}  # see _shared_surname
        self._towns: set[str] | None = None  # see _dateline_towns
        self._countries: dict[str, bool] = {}  # see _in_country
        self._suffixes: dict[str, frozenset[str | None]] = {}  # see _suffixes_written
        self._name_words: dict[str, set[str]] | None = None  # see _named_in_quote
        self._named_as: dict[str, str | None] = {}  # see named_as
        self._organisations: list[tuple[int, str]] | None = None  # see organisation_fullest
        self._kin: dict[str, set[str]] = {}  # the kin each person was set beside ("his uncle, Teodoro"), likewise
        self._ids: dict[str, str] = {}
        mentions: list[Mention] = []
        for span in doc.spans.get(PEOPLE_KEY, []):
            self._ids[span.text] = span.label_
            mentions.append(Mention(span.text, span.start_char, span.end_char, _title_before(doc, span.start)))
        for ent in doc.ents:
            if (
                ent.label_ in ("ORG", "GPE", "NORP")
                and first_name_first(strip_name(ent.text)[0])
                and not _WORKPLACE_BEFORE.search(self._text, max(0, ent.start_char - 40), ent.start_char)
                and not _heads_organisation(self._text, strip_name(ent.text)[0])
            ):
                name, title = strip_name(ent.text)  # "Judge Paul Strand-Iverson", read as an ORG
                start = ent.start_char + ent.text.find(name)
                mentions.append(Mention(name, start, start + len(name), title or _title_before(doc, ent.start)))
            elif ent.label_ == "PERSON":
                cut = ent.text.rfind("\n") + 1  # the model's span can run on from a headline into the next paragraph
                name, title = strip_name(ent.text[cut:])
                if (
                    title
                    and not cut
                    and (before := _title_before(doc, ent.start) or _role_apposed(self._text, ent.start_char))
                    and _first_name_after_title(before.split(), [title, *name.split()])
                ):
                    name, title = f"{title} {name}", before  # "Commissioner" + "Dean Hoch": Dean is his first name
                if len(name.split()) >= 3 and name.split()[-1] in _NAMED_FOR:
                    continue  # “Janet Napolitano Day”: a day named for her, not a fuller name of hers
                if _looks_like_a_name(name) and not _trade_in_headline(self._text, ent.start_char, name):
                    start = ent.start_char + cut
                    if joined := _HYPHENATED_REST.match(self._text, ent.end_char):  # "Stroud" of "Stroud-Haynes"
                        name += joined.group(0)
                    elif not cut and (joined := _second_surname(self._text, ent.end_char, name)):
                        name += joined.group(0)  # "Rogelio Garza" of "Rogelio Garza Treviño, 52,"
                    if not cut and (first := _first_name_before(self._text, start)):
                        name, start = f"{first} {name}", start - len(first) - 1  # "Héctor" before "Reyes Ocampo"
                    title = _title_head(self._text, ent.start_char, title)
                    end = ent.end_char + (joined.end() - joined.start() if joined else 0)
                    mentions.append(
                        Mention(name, start, end, title or (None if cut else _title_before(doc, ent.start)))
                    )
        introduced = introduced_names(self._text)
        self._introduced = {  # see _find_weak: "One foster mother, Lupe,", not "a caller named Gene"
            m.start
            for m in introduced
            if any(_noun_gender(w) for w in re.findall(r"[a-z]+", self._text[max(0, m.start - 30) : m.start]))
        }
        mentions += [m for m in introduced if not any(o.start <= m.start < o.end for o in mentions)]
        mentions += [  # first_name_runs, with the title before them the model left unread too ("Sheriff Alma Reyes")
            m if m.title else replace(m, title=_title_before(doc, bisect_left(self._token_starts, m.start)))
            for m in missed
            if not any(o.start <= m.start < o.end for o in mentions)
        ]
        mentions = [
            m
            for m in mentions
            if m.name in self._ids
            or not (self._place(m) or m.name.split()[-1] in _HEADLINE_VERBS or _photo_credit(self._text, m))
        ]
        mentions += speakers
        self._speakers = set(speakers)
        # each surname once: a story quoting one person 120 times reads her surname's runs once, not 120 times
        surnames = dict.fromkeys(speaker.name.split()[-1] for speaker in speakers)
        # (not a business of that name after "of": "the owner of Farmacia Delgadillo")
        mentions += [m for surname in surnames for m in _name_runs(doc, surname, self._text) if not self._place(m)]
        mentions += _surnames_alone(self._text, mentions)
        mentions += first_names_alone(self._text, mentions)
        mentions += _joined(self._text, mentions)
        self.mentions = sorted((_without_imperative(_named_for(m)) for m in mentions), key=lambda m: m.start)
        self._fullest: dict[tuple[str, int | None, str | None], str] = {}  # pronouns and roles ask again and again
        self._ages: dict[tuple[str, str], str | None] = {}  # see _by_age
        self._short_for: dict[str, str | None] = {}  # see organisation_short_for
        self._sole: dict[str, str | None] = {}  # see sole_organisation
        self._signed: list[re.Match[str]] | None = None  # see byline: the signatures, read once
        self._firsts: dict[str, list[Mention]] = {}  # see _first_surname_of
        self._first_named: int | None = None  # see anyone_before
        self._genders: dict[str, str] | None = None
        self._surnames = {m.name.split()[-1] for m in self.mentions if len(m.name.split()) > 1} | {
            words[-2]  # the first of two surnames, as _surnames_alone reads them
            for m in self.mentions
            if len(words := _core(m.name.split())) >= 3 and is_first_name(words[0]) and not words[-2].endswith(".")
        }
        self._nominal: set[Mention] = set()  # (none among the mentions yet, while they are found)
        self._nominal = set(self._nominal_mentions())
        self.mentions = sorted(self.mentions + list(self._nominal), key=lambda m: m.start)
        # "The elder Morton laughed. “…,” he said": a surname after "the elder" or "the younger" is that one of them
        self.mentions = [self._generational(m) for m in self.mentions]
        self._starts = [m.start for m in self.mentions]
        self._fullest.clear()
        self._ages.clear()
        self._shared.clear()
        self._firsts.clear()
        self._fit: dict[tuple[str, str], bool] = {}
        self._weakness: dict[Mention, bool] = {}
        # who wrote the story is no he/she in it: "By Renata Szabo-Lindgren" ¶ "The judge had 31 cases ... she told"
        # the whole byline line: "By Tessa Oyelaran-Brooks | Marlow Valley Courier" names the paper too, nobody to quote
        self._bylines = [(m.start(), _line_end(self._text, m.start())) for m in _BYLINE.finditer(self._text, 0, 600)]

    def _generational(self, mention: Mention) -> Mention:
        """The mention with the suffix "the elder" (Sr.) or "the younger" (Jr.) before a lone surname stands for."""
        before = GENERATION_BEFORE.search(self._text, max(0, mention.start - 20), mention.start)
        if before is None or len(mention.name.split()) != 1:
            return mention
        suffix = "Jr." if before.group(1).lower() == "younger" else "Sr."
        return Mention(f"{mention.name} {suffix}", mention.start, mention.end, mention.title)

    def _place(self, mention: Mention) -> bool:
        """A name after "in", "of", "near" ... with no first name: a place the model read as a person ("a shelter
        in Nuevo Laredo", "Sheriff Everett Dunmore of Alameda Ridge"), or a business someone owns or runs."""
        if _BUSINESS_BEFORE.search(self._text, max(0, mention.start - 40), mention.start):
            return True  # "Evaristo Gamboa, owner of Fonda Gamboa,": a restaurant, no one of his family
        words = mention.name.split()
        if not mention.title and mention.name.upper() in self._dateline_towns():
            return True  # "MARROWFIELD — …" then "A Marrowfield family restaurant": the town of the dateline
        if len(words) == 1 and not mention.title and not is_first_name(words[0]):  # "a listener named Corinne in
            return (  # Atwater": one word only where a place stands, not "in Morton’s letter" or "from Morton"
                IN_PLACE.search(self._text, max(0, mention.start - 20), mention.start) is not None
                and not self._text.startswith(("’s", "'s"), mention.end)
            )
        if len(words) < 2 or mention.title:
            return False
        if _PLACE_NOUN_AFTER.match(self._text, mention.end):  # "in the North Fork valley"
            return True
        before = _PLACE_BEFORE.search(self._text, max(0, mention.start - 20), mention.start)
        after_preposition = before is not None
        if before is not None and "nearby" in before.group(0):  # "Wade, 58, of nearby Fulton Mills": a town
            return True
        if is_first_name(words[0]):  # "detainees at Garnet Springs": a first name, but a town's word after "at"
            # (or after a comma: a letter's signature, "Marisol Ocampo, Birch Hollow")
            after_comma = self._text[max(0, mention.start - 2) : mention.start] == ", "
            return (after_preposition and (words[-1] in _TOWN_WORDS or self._in_country(mention.name))) or (
                after_comma and words[-1] in _TOWN_WORDS
            )
        return words[-1] in _PLACE_WORDS or after_preposition

    def _in_country(self, name: str) -> bool:
        """Does the story write this name as a place of a country or state ("from La Libertad, El Salvador")?"""
        if name not in self._countries:
            self._countries[name] = any(
                ent.label_ == "GPE" and self._text.startswith(f"{name}, ", ent.start_char - len(name) - 2)
                for ent in self._doc.ents
            )
        return self._countries[name]

    def _dateline_towns(self) -> set[str]:
        """The towns the story's datelines name ("MARROWFIELD —", "ASHBY, Vt. —"), in capitals, read once."""
        if self._towns is None:
            self._towns = {
                town.group(0)
                for found in _DATELINE_AT_START.finditer(self._text)
                if (town := _DATELINE_TOWN.match(found.group(0)))
            }
        return self._towns

    def fullest(
        self, name: str | None, near: int | None = None, title: str | None = None, pronoun: str | None = None
    ) -> str | None:
        """The longest name form in the document that ends with this name's last word and starts with its first
        ("Tramonte" → "Lynn Tramonte"; a lone first name, "Rachel", → "Rachel Napolitano" when only one fits).
        With two people of one surname, the one a title's gender fits ("Mr. Sharry") or the he/she said of them
        ("Lindgren said he ..."), then the one named last before `near`, wins."""
        if not name:
            return None
        gender = pronoun if pronoun in ("he", "she") else _title_gender(title)
        if (name, near, gender) not in self._fullest:
            self._fullest[(name, near, gender)] = self._find_fullest(name, near, gender)
        return self._fullest[(name, near, gender)]

    def _find_fullest(self, name: str, near: int | None, gender: str | None = None) -> str:
        words = _core(name.split())
        if not words:
            return name
        if len(words) == 1 and (generation := self._generation(words[0], name.split()[-1])) is not None:
            return generation
        if len(words) == 1 and name.split()[-1] in ("Jr.", "Sr.") and (kin := self._by_age(words[0], name)):
            return kin  # "the younger Stroud": the daughter of a mother and daughter, neither a "Jr."
        if len(words) > 1 and words == name.split() and len(self._suffixes_written(name)) > 1:
            return name  # the father "Joaquín Beltrán", where the story also names "Joaquín Beltrán Jr."
        if len(words) > 1 and words != name.split():
            return _suffix_stop(name)  # "Arnold Vos Sr." is not his son "Arnold Vos Jr.", however fully written
        last, first = words[-1], words[0]

        # "Villarreal de la Garza" ends "José Antonio Villarreal de la Garza"
        def ends_with_it(mention: Mention) -> bool:
            theirs = _core(mention.name.split())
            return len(theirs) >= len(words) and theirs[len(theirs) - len(words) :] == words

        matches = [
            m
            for m in self.mentions
            if _core(m.name.split())[-1:] == [last]
            and (len(words) == 1 or m.name.split()[0] == first or ends_with_it(m))
        ]
        if len(words) == 1 and words == name.split() and (firsts := self._first_surname_of(words[0])):
            # "Castañeda said" of María José Castañeda de León, not of Kevin Tovar Castañeda, whose second surname it
            # is, nor of Karla Funes de Cáceres, whose married name: a surname alone is someone's first surname
            # (and of whichever bearer the story named last before, when it is someone else's last surname too)
            fuller = [m for m in matches if len(m.name.split()) > 1 and not _second_surname_of(m.name)] + firsts
            before = [m for m in fuller if near is None or m.start < near]
            chosen = max(before, key=lambda m: m.start) if before else min(fuller, key=lambda m: m.start)
            # the name in full, not the part of it the model read ("Amelia Villaseñor Paz" of "Rosa Amelia …",
            # "Julián Ortega" of "Julián Ortega Salvatierra")
            return max((m.name for m in fuller if chosen.name in m.name), key=len)
        if len(words) == 1 and not any(len(m.name.split()) > 1 for m in matches):
            by_first = {m.name for m in self.mentions if len(m.name.split()) > 1 and m.name.split()[0] == first}
            if not by_first:  # "Dan" of Daniel Whitcomb, named before
                by_first = {
                    m.name for m in self.mentions if len(m.name.split()) > 1 and short_for(first, m.name.split()[0])
                }
            if len(by_first) > 1:  # "Rigoberto Ochoa" and "Rigoberto Ochoa Lugo": one man, written fuller once
                by_first = {max(by_first, key=len)} if all(n in max(by_first, key=len) for n in by_first) else by_first
            if len(by_first) == 1:
                return by_first.pop()
        if not matches or (max(len(m.name.split()) for m in matches) == 1 and len(words) == 1):
            # the surname alone is all the model read: the first of two surnames, or look in the text
            return self._double_surname(words) or self._written_fuller(name)
        # the fullest by the name's own words: "John Morton Jr." is no fuller a writing of "John Morton" (his father)
        longest = max(len(_core(m.name.split())) for m in matches)
        best = [m for m in matches if len(_core(m.name.split())) == longest]
        if near is not None and len(words) == 1 and len({m.name for m in best}) > 1:
            # a bearer the story has not named yet is no one a surname alone stands for: "Tejeda" before "Lidia
            # Tejeda" is first named is her husband, whatever "she" asks (but "Linda and Ernie Garza" names both)
            named = {m.name for m in best if m.start < near or self._first_written(m.name.split()[0]) <= near}
            if named and len(named) < len({m.name for m in best}):
                best = [m for m in best if m.name in named]
        if gender and len({m.name for m in best}) > 1:
            # a first name that goes with the pronoun before one that says nothing ("Janet" before "Sal")
            # (but the one the story named first, whom it is about, stays: "Kenzie Holm, a senior …" … "said Rhonda
            # Holm, Kenzie’s mother." … "Holm has been accepted …, she said" is Kenzie still)
            named_first = min(best, key=lambda m: m.start).name
            fitting = [m for m in best if pronoun_of(m.name.split()[0]) == gender]
            unknown = [m for m in best if pronoun_of(m.name.split()[0]) is None]
            best = (fitting + [m for m in unknown if m.name == named_first] if fitting else unknown) or best
        if near is not None and len({m.name for m in best}) > 1:
            # not "the commissioner" ("Tomas Delgado, who is not related to the commissioner. ... Delgado said")
            earlier = [m for m in best if m.start < near and m not in self._nominal]
            # "The owner, Odalys Brennan-Kerr, ... Her son, Colm Brennan-Kerr, ran the register. “…,” Brennan-Kerr
            # said": a relative named in passing is not who the bare surname means, unless that sentence has them
            # speak ("His sister, Adela Montoya, said ..." ¶ "“…,” Montoya said" is the sister)
            principal = [m for m in earlier if not self._in_passing(m)]
            if principal and len({m.name for m in earlier}) > 1:
                earlier = principal
            # the one named last before; before any is named (a headline), the one the story names first
            # (whom the story names first by name, not by kin: "… with her brother in an ICE hold" in a headline)
            first = min([m for m in best if m not in self._nominal] or best, key=lambda m: m.start).name
            found = max(earlier, key=lambda m: m.start).name if earlier else first
            if (
                earlier
                and found != first
                and self._paragraphs_between(max(earlier, key=lambda m: m.start).start, near) > 1
            ):
                # a relative the story named paragraphs ago has left it: the surname alone is its subject again
                found = first
            elif earlier and found != first and self._surname_taken(first, found, last, near):
                found = first
        elif len({m.name for m in best}) > 1 and len({" ".join(_core(m.name.split())) for m in best}) == 1:
            # "John Morton" and "John Morton Jr.": whom the story names first
            found = min(best, key=lambda m: m.start).name
        else:
            found = max(best, key=lambda m: len(m.name)).name
        found = self._suffixed(self._double_surname(_core(found.split())) or found, near)
        return self._written_fuller(found) if len(found.split()) == 2 else found

    def _first_written(self, word: str) -> float:
        """Where the story first writes this word whole (its end), read once per word: infinity if never."""
        if word not in self._written_at:
            found = re.search(rf"\b{re.escape(word)}\b", self._text)
            self._written_at[word] = found.end() if found else math.inf
        return self._written_at[word]

    def _surname_taken(self, first: str, other: str, surname: str, near: int) -> bool:
        """The story called the first bearer by the surname alone before it named the other, and the other's
        paragraphs are over: "“…,” said Napolitano, 81." … "said Sofia Napolitano, her granddaughter." ¶
        "Napolitano took up beekeeping …" is the grandmother still."""
        other_start = min(m.start for m in self.mentions if m.name == other)
        if not any(m.name == surname and m.start < other_start for m in self.mentions):
            return False
        if min((m.start for m in self.mentions if m.name == first), default=other_start) >= other_start:
            return False
        last_other = max(m.start for m in self.mentions if m.start < near and m.name == other)
        paragraph = self._text.rfind("\n", 0, near) + 1
        # (not a quote that answers the other's paragraph, which goes on from them into quoted words: "Their mother,
        # Rosa Gallardo, watched …: “…”" ¶ "“…,” Gallardo said"; but "… because Edna Morton likes it." ¶ "“…”
        # Morton said" is the man the story is about)
        other_paragraph_end = self._text.find("\n", last_other)
        answers = self._text[paragraph : paragraph + 1] in ("“", '"') and re.search(
            r"[“\"]", self._text[last_other : other_paragraph_end if other_paragraph_end >= 0 else near]
        )
        return self._paragraphs_between(last_other, near) > 0 and not answers

    def _paragraphs_between(self, start: int, end: int) -> int:
        """How many paragraph breaks lie between two offsets."""
        return len(re.findall(r"\n[^\S\n]*\n", self._text[start:end]))

    def _in_passing(self, mention: Mention) -> bool:
        """See `_find_in_passing`; read once per mention (a bare surname asks it of every earlier bearer)."""
        if mention not in self._passing:
            self._passing[mention] = self._find_in_passing(mention)
        return self._passing[mention]

    def _find_in_passing(self, mention: Mention) -> bool:
        """Named as someone's relative or aide ("Her son, Colm Brennan-Kerr,") in a sentence where they say nothing
        and the next does not go on with them ("He has run the shop ever since."), or only as whose someone is
        ("Gordon Pike, who is Luann Pike’s brother-in-law, said")."""
        name_end = mention.start + len(mention.name)
        if {self._text[name_end : name_end + 2], self._text[mention.end - 2 : mention.end]} & {"’s", "'s"}:
            return True
        if not _OWNED.search(self._text, max(0, mention.start - 120), mention.start) and not _MARRIED.search(
            self._text, max(0, mention.start - 30), mention.start
        ):  # (nor whom someone married: "Noemí Kersey … married Wade Kersey, a U.S. citizen, in 2008")
            return False
        end = _SENTENCE_END.search(self._text, mention.end)
        if end and (then := re.match(r"[^\S\n]*(He|She)\b", self._text[end.end() : end.end() + 8])):
            # "His son, Abel Fuentes, was 19 …. He has run the shop ever since.": the story goes on with him
            if pronoun_of(mention.name.split()[0]) in (None, then.group(1).lower()):
                return False
        said = SAYS.search(self._text, mention.end, end.start() if end else len(self._text))
        if said is None:
            return True
        # "Her son, Hector Montalvo, was arrested …, she said.": the mother's words about him, not his
        by = re.search(r"\b(he|she)[^\S\n]+$", self._text[max(0, said.start() - 8) : said.start()], re.IGNORECASE)
        own = pronoun_of(mention.name.split()[0])
        return by is not None and own is not None and by.group(1).lower() != own

    def _generation(self, word: str, suffix: str) -> str | None:
        """Father and son of one name told apart by the suffix the story gives one of them: "Ernesto Jr." or
        "Quiñónez Sr." (from "the elder Quiñónez") is the one full name with that first name or surname and
        that suffix."""
        if suffix.rstrip(".,") not in _SUFFIXES or suffix == word:
            return None
        found = {
            full
            for m in self.mentions
            if len(core := _core(m.name.split())) > 1
            and word in (core[0], core[-1])
            and (full := _suffix_stop(self._suffixed(m.name))).split()[-1].rstrip(".,") == suffix.rstrip(".,")
        }
        return found.pop() if len(found) == 1 else None

    def _by_age(self, surname: str, name: str) -> str | None:
        """Of the people of one surname, the younger ("Jr.") or elder ("Sr.") by the ages the story gives, else
        by how it brings them in: "her daughter, Abby Stroud, 12," is a child, "his father, ..." a parent."""
        if (surname, name) not in self._ages:  # asked once per quote: the text is read once per name
            self._ages[(surname, name)] = self._find_by_age(surname, name)
        return self._ages[(surname, name)]

    def _find_by_age(self, surname: str, name: str) -> str | None:
        # a daughter who joined her husband's name to hers is still one of them ("the younger Lindgren" of Ingrid
        # Lindgren and her daughter, Karin Lindgren-Vogt)
        people = {
            m.name
            for m in self.mentions
            if len(core := _core(m.name.split())) > 1 and (core[-1] == surname or core[-1].startswith(surname + "-"))
        } | {m.name for m in self._first_surname_of(surname)}  # "Rogelio Garza Treviño" is a Garza
        if len(people) < 2:
            return None
        ages, children, parents = {}, set(), set()
        for person in people:
            written = re.escape(person)
            if found := re.search(rf"{written},[^\S\n]+(\d{{1,3}}),", self._text):
                ages[person] = int(found.group(1))
            if re.search(
                rf"\b(?:daughter|son|granddaughter|grandson|child|(?:younger|little|baby)\s+(?:brother|sister)),?"
                rf"[^\S\n]+{written}\b",
                self._text,
            ):
                children.add(person)
            if re.search(
                rf"\b(?:mother|father|grandmother|grandfather|(?:older|elder|big)\s+(?:brother|sister)),?"
                rf"[^\S\n]+{written}\b",
                self._text,
            ):
                parents.add(person)
        young = name.endswith("Jr.")
        if len(ages) >= 2 and len(set(ages.values())) == len(ages):  # the ages given, if more than one
            return (min if young else max)(ages, key=ages.__getitem__)
        children |= {p for p, age in ages.items() if age < 18}
        ours, theirs = (children, parents) if young else (parents, children)
        if len(ours) == 1:
            return next(iter(ours))
        others = people - theirs
        return next(iter(others)) if len(theirs) == 1 and len(others) == 1 else None

    def _suffixed(self, name: str, near: int | None = None) -> str:
        """The name with the "Jr." or "III" the story writes after it ("Wade T. Colquitt Jr."), which the model
        leaves out of its span; of a father and son both written with theirs, the one the story named last before
        `near`."""
        core = " ".join(_core(name.split()))
        suffixes = self._suffixes_written(core)
        if len(suffixes) > 1 and None not in suffixes and near is not None:
            return self._last_generation(core, near) or name
        if core != name:
            return name
        if len(suffixes) != 1 or None in suffixes:
            return name  # "her father, Joaquín Beltrán" and "her brother, Joaquín Beltrán Jr.": two people
        return name + str(suffixes.pop())

    def _last_generation(self, name: str, near: int) -> str | None:
        """Of "Wade Pruett Jr." and "Wade Pruett Sr.", the one the story named last before `near` ("The younger
        Pruett" counts), passing over the dead ("the late Wade Pruett Sr.") and a relative named in passing
        ("Sheriff Harlan Voight Sr., whose son, Harlan Voight Jr., is his chief deputy")."""
        last = surname(name)
        written = re.finditer(
            rf"(?<![\w’'-])(?:{re.escape(name)},?[^\S\n]+(?P<suffix>Jr|Sr)\.|[Tt]he[^\S\n]+(?P<age>elder|older|younger)"
            rf"[^\S\n]+{re.escape(last)}\b)",
            self._text[:near],
        )
        found = None
        for m in written:
            before = self._text[max(0, m.start() - 120) : m.start()]
            if re.search(r"\b[Tt]he[^\S\n]+late[^\S\n]+$", before) or _OWNED.search(before):
                continue
            found = m.group("suffix") or ("Jr" if m.group("age") == "younger" else "Sr")
        return f"{name} {found}." if found else None

    def _suffixes_written(self, name: str) -> set[str | None]:
        """The suffixes the story writes after this name, None for the name written without one."""
        if name not in self._suffixes:  # read once per name: a surname's every he or she asks again
            written = re.finditer(
                rf"(?<![\w’'-]){re.escape(name)}(?P<suffix>,?[^\S\n]+(?:Jr|Sr)\.|[^\S\n]+(?:II|III|IV)\b)?",
                self._text,
            )
            self._suffixes[name] = frozenset(m.group("suffix") for m in written)
        return set(self._suffixes[name])

    @property
    def text(self) -> str:
        """The document's text."""
        return self._text

    def byline(self, at: int) -> str | None:
        """Who "I" is at this offset: the author a byline near the top names ("By Lynn Tramonte", "By Ana Ruiz |
        The Courier"), an op-ed's note on its author, a paragraph of its own at the top or the end ("Daniel
        Ferrante-Oakes is a former federal prosecutor.", "Loretta Ashby drives Bus 14 for …"), else the signature
        of the piece "I" writes in: the first after it ("— Naomi Feldstein-Ruiz" under a newsletter's column), or
        the heading's before it ("From the pastor’s desk — June Albrecht-Sowah")."""
        text = self._text
        found = _BYLINE.search(text[:600]) or _AUTHOR_NOTE.search(text[:600]) or _AUTHOR_NOTE.search(text[-400:])
        found = found or _AUTHOR_DOES.search(text[-300:])
        if found is None:
            signed = self._signatures()
            found = next((m for m in signed if m.start() > at), None) or next(
                (m for m in reversed(signed) if m.end() < at), None
            )
        if found is None:
            return None
        name, _ = strip_name(_signature(found).strip())
        return self.fullest(name) if len(name.split()) >= 2 and is_person_name(name) else None

    def _signatures(self) -> list[re.Match[str]]:
        """The signatures of the pieces the document holds: a letters page's "— Harold Pemberton, Linden Street"."""
        if self._signed is None:
            self._signed = [  # (a letter's signer by a first name: no "New York, N.Y." line)
                m
                for m in _SIGNED.finditer(self._text)
                if is_person_name(_signature(m))
                and (not (signer := m.group("signer") or m.group("bare")) or is_first_name(signer.split()[0]))
            ]
        return self._signed

    def _piece_start(self, before: int) -> int:
        """Where the piece holding this offset starts: after the last signature before it, on a letters page
        ("— Harold Pemberton, Linden Street" ¶ "Editor: My father …"); else the document's start."""
        return max((m.end() for m in self._signatures() if m.end() <= before), default=0)

    def organisation_fullest(self, name: str, near: int, *, paper: bool = False) -> str:
        """An organisation's full name written before this short form ("Tellium" → "Tellium Correctional
        Communications"; with `paper`, a paper's "the Examiner" → "The Ridgeline Examiner"), the one written last
        before `near` when there are several."""
        if self._organisations is None:  # asked once per quote: the model's organisations are listed once
            self._organisations = [(e.start_char, e.text) for e in self._doc.ents if e.label_ == "ORG"]
        fuller = [
            (start, written)
            for start, written in self._organisations
            if start < near
            and (_paper_name(written, name) if paper else written.startswith(name + " "))
            and "\n" not in written
            # a name whole in itself and its home town: "Ridgeline Correctional Services of Nashville"
            and not (len(name.split()) > 1 and re.match(r"\s+of\s+(?!the\b)", written[len(name) :]))
        ]
        if fuller:
            return max(fuller)[1]
        if paper and len(name.split()) == 1:  # "the Marlow Gazette", which the model read as no organisation
            written = [
                (m.start(), m.group("place"))
                for m in re.finditer(
                    rf"\b(?!(?:The|A|An)[^\S\n])(?P<place>(?:[A-Z][\w’'.-]+[^\S\n]+){{1,2}}){re.escape(name)}\b",
                    self._text,
                )
                if (
                    m.start() > 0
                    and self._text[m.start() - 1] != "\n"
                    # a line's first words only as the paper's section heading: "Rendon Gazette letters: …"
                    or re.match(r"[^\S\n]+(?:letters|editorials?|opinion)\b", self._text[m.end() :])
                )
            ]
            # the last written before, else the first after: "The Beacon’s editorial …" … "told the Tallis Beacon"
            before = [place for at, place in written if at < near]
            if written:
                return (before[-1] if before else written[0][1]) + name
        return name

    def organisation_short_for(self, name: str) -> str | None:
        """The organisation a name read as a person's is short for, when the story wrote it in full ("Harlan Ridge
        Foods Inc." then "Harlan Ridge issued the following statement"; "St. Brendan’s" of "St. Brendan’s Regional
        Medical Center"), and never wrote its last word alone as a person's surname ("Ridge said")."""
        if name not in self._short_for:  # asked once per quote: the text is read once per name
            self._short_for[name] = self._find_short_for(name)
        return self._short_for[name]

    def _find_short_for(self, name: str) -> str | None:
        words = name.split()
        if self.person_id(name) or (len(words) == 1 and (is_first_name(name) or not name.istitle())):
            return None
        for entity in self._doc.ents:
            full = re.sub(r"[’']s$", "", re.sub(r"^[Tt]he\s+", "", entity.text))  # "Brennard Foods Inc.’s"
            rest = re.match(rf"{re.escape(name)}(?:[’']s)?\s+(?P<rest>[^\n]+)$", full)
            if (
                entity.label_ in ("ORG", "FAC")
                and rest
                and set(rest.group("rest").split()) & ORG_WORDS
                and not re.match(r"(?:on|at|in)\s", rest.group("rest"))  # where it is: "… Hardware on Calvary Road"
            ):
                if len(words) == 1:
                    # (a name whole without its home town: "Ridgeline Correctional Services of Nashville")
                    home = re.match(r"(?P<name>.+?)\s+of\s+(?!the\b)[A-Z][^\n]*$", full)
                    if home and set(home.group("name").split()[1:]) & ORG_WORDS:
                        full = home.group("name")
                    # "Brennard" of "Brennard Foods Inc.", unless a person of that name is there too
                    person = re.search(rf"\b[A-Z][\w’'.-]*[^\S\n]+{re.escape(name)}\b(?![^\S\n]+[A-Z])", self._text)
                    return None if person and is_first_name(person.group(0).split()[0]) else full
                alone = re.search(rf"(?<!{re.escape(words[-2])} ){re.escape(words[-1])}\b", self._text)
                return None if alone else full
        return None

    def organisation_named(self, noun: str, near: int) -> str | None:
        """The organisation "the company", "the agency" or "the group" stands for (see `organisation_named`)."""
        return organisation_named(self._doc, self._text, noun, near)

    def sole_organisation(self, noun: str) -> str | None:
        """The one organisation of the whole story that "the university" can stand for, named before it or after
        ("the university sent a campus-wide alert" … "Ostrander State University spokesman …")."""
        if noun not in self._sole:  # asked once per quote: the whole story is read once per noun
            self._sole[noun] = organisation_named(self._doc, self._text, noun, len(self._text), sole=True)
        return self._sole[noun]

    def kin_of(self, relation: str, pronoun: str, at: int, quoted: Sequence[tuple[int, int]]) -> str | None:
        """The person "her mother" at `at` stands for when the story never called anyone her mother but named the
        she the other way round: "Her daughter, Janine Kessel, runs the rink." ... "“It is funny,” her mother said"
        is whoever "Her" was; "Quintero’s daughter, Abril, …" makes Quintero the mother of Abril."""
        inverse, gender = _INVERSE_KIN.get(relation), _noun_gender(relation)
        # whose: the nearest one before it the pronoun fits (an owner's dependent too, unlike a he/she's own rule)
        nearest = next(
            (
                m
                for m in reversed(self.between(max(0, at - PRONOUN_REACH), at))
                if not inside(quoted, m.start)
                and (not self._weak(m) or self._owned(m) is not None)  # "Her daughter, Ayaan," is someone
                and self._fits(m, pronoun)
            ),
            None,
        )
        relative = self.fullest(nearest.name) if nearest is not None else None
        if inverse is None or gender is None or relative is None:
            return None
        # whom the story named as theirs: "Marisela Albarrán, whose husband, Nestor Albarrán, …" … "her husband"
        if (named := self._kin_named(relative, (relation,), at, quoted)) is not None and self.name_fits(named, gender):
            return named
        # where the story last named them as someone's relative of the inverse kind
        owned = next(
            (
                found
                for mention in reversed(self.between(0, at))
                if self.fullest(mention.name) == relative
                and (found := _OWNED_KIN.search(self._text, max(0, mention.start - 120), mention.start)) is not None
                and found.group("relation") in inverse
            ),
            None,
        )
        if owned is None:
            return self._kin_by_surname(relation, relative, gender, at)
        owner = self._whose(owned, quoted)
        if owner is None and (owned.group("pronoun") or "").lower() == "their":
            # "Pacheco, 38, says …. Her husband, Rigoberto, …. Their daughter, Karla, …" ¶ "“…,” her mother says":
            # of the couple, the one named last before it whom the kin fits
            owner = next(
                (
                    full
                    for m in reversed(self.between(max(0, owned.start() - PRONOUN_REACH), owned.start()))
                    if not inside(quoted, m.start)
                    and (full := self.fullest(m.name)) not in (None, relative)
                    and self.name_fits(full, gender)
                ),
                None,
            )
        if owner is None or owner == relative:
            return None
        if self.name_fits(owner, gender):
            return owner
        # "Her husband, Abdullahi Hassan, ..." ¶ "Her daughter, Ayaan, read from a letter in which her father wrote":
        # the other parent, the one the story named as the owner's spouse
        spouse = self._kin_named(owner, ("husband", "wife"), at, quoted) if relation in ("mother", "father") else None
        if spouse is not None and self.name_fits(spouse, gender):
            return spouse
        # or the one bearer of the family's surname the relation fits, though never called the spouse: "his
        # daughter, Itzel," (Rubén Aguirre's) … "Her mother asked the officers, “…”" … "Leticia Aguirre did not speak"
        return self._kin_by_surname(relation, owner, gender, at) if relation in ("mother", "father") else None

    def _kin_by_surname(self, relation: str, relative: str, gender: str, at: int) -> str | None:
        """A parent, child, sibling or spouse the story never called so, but the one other bearer of the relative's
        surname it named before, and named as nobody's anything: "Rosalba Quintanilla … her son’s" … "Efrén
        Quintanilla" … "His mother laughs … “…,” she says" is Rosalba; "Carmen Bastidas … her husband asked" is
        Aurelio Bastidas, the one other man of that name."""
        if relation not in _CLOSE_KIN.split("|") or len(relative.split()) < 2:
            return None

        def bearers_in(low: int, high: int) -> set[str]:
            return {
                full
                for m in self.between(low, high)
                if (full := self.fullest(m.name)) not in (None, relative)
                and len(full.split()) > 1
                and full.split()[-1] == relative.split()[-1]
            }

        # (or, when the story names nobody else of that surname before, the one it names later: "Her father said,
        # Ferreyra said, “…”" … "bond for Rafael Ferreyra")
        # (of those the relation fits: not the father the story named before, for "Her mother", but "Leticia
        # Aguirre", whom it names after)
        bearers = {b for b in bearers_in(0, at) if self.name_fits(b, gender)} or {
            b for b in bearers_in(at, len(self._text)) if self.name_fits(b, gender)
        }
        if len(bearers) != 1:
            return None
        bearer = bearers.pop()
        named_as = [self._owned(m) for m in self.between(0, at) if self.fullest(m.name) == bearer]
        return None if any(o is not None and o.group("relation").lower() != relation for o in named_as) else bearer

    def _kin_named(
        self, person: str, relations: tuple[str, ...], at: int, quoted: Sequence[tuple[int, int]]
    ) -> str | None:
        """The one the story named, before `at`, as this person's kin of one of these kinds ("husband", "wife")."""
        for mention in reversed(self.between(0, at)):
            owned = self._owned(mention)
            if owned is None or owned.group("relation").lower() not in relations:
                continue
            if self._whose(owned, quoted, 1) == person and (kin := self.fullest(mention.name)) != person:
                return kin
        return None

    def _whose(self, owned: re.Match[str], quoted: Sequence[tuple[int, int]], depth: int = 0) -> str | None:
        """Whom someone was named as someone of (an `_OWNED` match): "Villalta’s brother" → Villalta in full, "Her
        husband" → whoever that "her" is."""
        if owned.group("owner"):
            return self.fullest(owned.group("owner"), near=owned.start("owner"))
        if (owned.group("pronoun") or "").lower() == "whose":  # "Marisela Albarrán, whose husband, …": hers
            named = [
                m
                for m in self.between(max(0, owned.start() - 80), owned.start())
                if re.fullmatch(r"\s*,?\s*", self._text[m.end : owned.start()])
            ]
            return self.fullest(named[-1].name, near=named[-1].start) if named else None
        pronoun = _POSSESSIVE_OF.get((owned.group("pronoun") or "").lower())
        return self.pronoun(pronoun, owned.start(), list(quoted), depth) if pronoun is not None else None

    def _nominal_mentions(self) -> list[Mention]:
        """ "the sheriff" as a mention of the sheriff the story named before it, so a pronoun after "the sheriff
        sat down with us. He told us ..." finds him."""
        found = []
        for match in _NOMINAL.finditer(self._text):
            if _NAME_BESIDE.match(self._text, match.end()):
                continue  # "The county’s lawyer, Assistant County Attorney Colleen Breck,": the name says who
            title = match.group("title") or match.group("kin")
            person = self.titled(title, match.start())
            if person:
                found.append(Mention(person, match.start(), match.end(), title.capitalize()))
        return found

    def _first_surname_of(self, surname: str) -> list[Mention]:
        """The mentions of people who bear this surname first of two ("Castañeda" of "María José Castañeda de
        León")."""
        if surname not in self._firsts:
            self._firsts[surname] = [
                m
                for m in self.mentions
                if len(theirs := _surname_words(m.name)) >= 3 and theirs[-2] == surname and is_first_name(theirs[0])
            ]
        return self._firsts[surname]

    def _double_surname(self, words: list[str]) -> str | None:
        """The one full name in which these words stand before a last surname: "Quiñónez" or "Ernesto Quiñónez" is
        "Ernesto Quiñónez Batres" (a first surname alone is how news writes a double one after the first time)."""
        found = {
            m.name
            for m in self.mentions
            if len(theirs := _surname_words(m.name)) >= 3
            and theirs[-1 - len(words) : -1] == tuple(words)
            and is_first_name(theirs[0])
            and (len(words) > 1 or theirs[0] != words[0])
        }
        return found.pop() if len(found) == 1 else None

    def _written_fuller(self, name: str) -> str:
        """A surname the model never read as part of a full name ("Oyelaran-Price"): its fullest form as the
        text writes it, a capitalised word that is a first name standing before it ("Nadia Oyelaran-Price")."""
        if len(name.split()) == 2 and not is_first_name(name.split()[0]):
            # two surnames ("Ochoa Rivas") the model read alone: the first names written before them once
            # ("María Elena Ochoa Rivas" in a dateline's sentence the model read no one in)
            both = rf"[^\S\n]+{re.escape(name)}\b"
            fuller = {
                f.group(0)
                for f in re.finditer(rf"\b[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?{both}", self._text)
                if all(is_first_name(word) and _could_be_a_name(word) for word in f.group(0).split()[:-2])
            }
            return fuller.pop() if len(fuller) == 1 else name
        if len(name.split()) != 1:
            return name
        if is_first_name(name) and (last := self._surname_written_after(name)):
            return last  # "Neil Farraday", of which the model read "Neil" alone
        forms = re.findall(rf"\b([A-Z][\w’'-]+)(?:[^\S\n]+[A-Z]\.)?[^\S\n]+{re.escape(name)}\b", self._text)
        firsts = {f for f in forms if _could_be_a_name(f)}
        if len(firsts) != 1:
            return name
        first = firsts.pop()
        found = re.search(rf"\b{re.escape(first)}(?:[^\S\n]+[A-Z]\.)?[^\S\n]+{re.escape(name)}\b", self._text)
        return found.group(0) if found else name

    def _surname_written_after(self, first: str) -> str | None:
        """The one capitalised word the text writes after this first name, when it reads as a surname."""
        after = {
            f.group(0)
            for f in re.finditer(rf"\b{re.escape(first)}[^\S\n]+[A-Z][\w’'-]+\b", self._text)
            if _could_be_a_name(last := f.group(0).split()[-1])
            and not is_first_name(last)
            and last not in _NOT_SURNAMES
            and not runs_on_to_organisation(self._text, f.end())  # "Cordell Detention Services Inc.": a company
        }
        return after.pop() if len(after) == 1 else None

    def person_id(self, name: str | None) -> str | None:
        full = self.fullest(name)
        return self._ids.get(full or "") or self._ids.get(name or "")

    def pronoun(
        self,
        pronoun: str,
        before: int,
        quoted: list[tuple[int, int]] = (),  # type: ignore[assignment]
        depth: int = 0,
    ) -> str | None:
        """The person a he/she before offset `before` most likely is: the last one mentioned who is not named
        inside someone's quotation and whose title (Ms., Mr.) does not contradict the pronoun; among the
        people of the last few sentences, one who is a sentence's subject or an earlier quote's speaker comes
        before one mentioned in passing ("... with his lawyer, Ann Ruiz."), and the subject of that sentence's
        main clause before one named in a clause inside it ("Nils Abernathy asked for 15 years, arguing that
        Guerrero-Lema was ..."; "She came with her mother, Graciela, who ..." is whoever "She" is). They/it are
        not resolved."""
        pronoun = pronoun.lower()
        if pronoun not in ("he", "she"):
            return None
        paragraph = self._text.rfind("\n", 0, before) + 1
        if depth == 0 and (asked := self._answering(pronoun, before, quoted, paragraph)) is not None:
            return self._asked_one(pronoun, asked, quoted)
        if depth == 0 and (addressed := self._addressed(pronoun, before, quoted, paragraph)) is not None:
            return addressed
        if depth == 0 and (answers := self._asked_named(pronoun, before, quoted, paragraph)) is not None:
            return self._bearer(answers.name, pronoun, answers.end)
        if depth == 0 and (answerer := self._asked_role(pronoun, before, quoted, paragraph)) is not None:
            return answerer
        if depth == 0 and (asker := self._asker(pronoun, before, quoted, paragraph)) is not None:
            # "Amaya asked what would happen to her son." ¶ "“I don’t know yet,” she said": who answers, not Amaya
            answerer = self.pronoun(pronoun, asker.start, quoted, depth + 1)
            if answerer is not None and answerer != self.fullest(asker.name):
                return answerer
        if depth == 0 and (relative := self._kin_subject(pronoun, before, quoted)) is not None:
            return relative
        if depth == 0 and (spoke := self._who_spoke(pronoun, before, quoted, paragraph)) is not None:
            return spoke
        fitting = self._fitting(pronoun, before, quoted, paragraph)
        if not fitting:
            return None
        sure = [m for m in fitting if not self._weak(m)] or fitting  # "Salitre" alone may be a town
        recent = [m for m in sure if before - m.end <= PRONOUN_REACH]
        salient = next((m for m in recent if self._salient(m)), None)
        if salient is not None and (described := self._clause_of(salient, sure)) is not None:
            salient = described
        if (
            salient is not None
            and depth < 3
            and (aside := _SAID_ASIDE.match(self._text, salient.end))
            and aside.group(1).lower() == pronoun
            and (teller := self.pronoun(pronoun, salient.start, quoted, depth + 1)) is not None
            and teller != self.fullest(salient.name)
        ):
            # "Dana Whitcomb, she said, was sitting on the curb. … She wrote …": whoever told it, not whom
            return teller
        if (
            salient is not None
            and self._dependent(salient, pronoun, paragraph)
            and not self._spoke_last(salient, quoted, paragraph)
            and not self._speaks_as_theirs(salient, before, quoted)
        ):
            owned = self._owned(salient)
            owner_name = owned.group("owner") if owned is not None else None
            if owner_name and not any(  # "Napolitano’s deputy, Avery Lindqvist": Napolitano, unless she is
                self._owned(m) for m in sure if self.fullest(m.name) == self.fullest(owner_name)
            ):  # someone of another herself ("His son, Teo" ... "Teo’s coach, Garrett Lindahl")
                return self.fullest(owner_name)
            # whom the dependent is someone of: the next salient one the pronoun reaches who is not dependent, else
            # the one named before the dependent ("For Nicanor Gallardo-Pech, ... His employer, Teodoro Villaseñor")
            owner = next(
                (
                    m
                    for m in sure
                    if m.start < salient.start
                    and self.fullest(m.name) != self.fullest(salient.name)
                    and not self._dependent(m, pronoun, paragraph)
                ),
                salient,
            )
            salient = next((m for m in sure if self._salient(m) and not self._dependent(m, pronoun, paragraph)), owner)
        here = [m for m in sure if m.start >= paragraph and not self._modifier(m)]
        if (
            len({self.fullest(m.name) for m in here}) == 1
            and (salient is None or salient.start < paragraph)
            and not (self._object(here[0]) and not _SENTENCE_END.search(self._text, here[0].end, before))
            # not someone the same she acts on: "She said she had warned Graciela ... “…,” she said"
            and not (self._object(here[0]) and self._pronoun_over(here[0], pronoun, sure))
        ):
            # "7:30 p.m. Kurtz, closing. “...,” she said.": its paragraph's one person (an object too, "Second
            # place went to Kaylee Brandvold. “…,” she said", unless in the pronoun's own sentence)
            return self._bearer(here[0].name, pronoun, here[0].end)
        if not here and salient is not None and (told := self._paragraph_before(pronoun, paragraph, sure, quoted)):
            if told != self.fullest(salient.name):
                return told
        if (
            salient is not None
            and depth < 3
            # (not for whom the sentence gives as its source: "Sosa remains in custody, according to his lawyer, Naomi
            # Featherstone, who …. She said …": the lawyer)
            and not _ACCORDING_TO_BEFORE.search(self._text, max(0, salient.start - 60), salient.start)
        ):
            main = self._main_subject(salient, sure)
            if main is None and (whose := self._whose_kin(salient, pronoun, paragraph, quoted, depth)) is not None:
                # "… whether his father could watch a video of the game. “…,” he said": the one whose father he
                # is, whom the story is about, not the father it gives only as his
                salient = whose
            if isinstance(main, int):
                if re.match(rf"{pronoun}\b", self._text[main : main + 4], re.IGNORECASE) is None:
                    main = None  # "She said the sheriff was ...": the sheriff is no "she", and this "he" is him
                else:  # the main clause's subject is this pronoun again: whoever it is
                    return self.pronoun(pronoun, main, quoted, depth + 1) or self._bearer(
                        salient.name, pronoun, salient.end
                    )
            salient = main or salient
        chosen = salient or sure[0]
        return self._bearer(chosen.name, pronoun, chosen.end)

    def _whose_kin(
        self, mention: Mention, pronoun: str, paragraph: int, quoted: Sequence[tuple[int, int]], depth: int
    ) -> Mention | None:
        """The one whose kin this is, when the pronoun's paragraph gives them only as "his father" / "her sister"
        and "his"/"her" is this pronoun's own: who that he/she was just before."""
        whose = re.match(r"(his|her)\s", self._text[mention.start : mention.end], re.IGNORECASE)
        if mention not in self._nominal or mention.start < paragraph or whose is None:
            return None
        if _POSSESSIVE_OF[whose.group(1).lower()] != pronoun:
            return None
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        noun = span.root if span is not None else None
        if noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.dep_ == "ROOT":
            return None  # "… her mother looked at her husband before she answered. “…,” she said": the mother acts
        owner = self.pronoun(pronoun, mention.start, list(quoted), depth + 1)
        if owner is None or owner == self.fullest(mention.name):
            return None
        return Mention(owner, mention.start, mention.end)

    def _clause_of(self, mention: Mention, candidates: list[Mention]) -> Mention | None:
        """Another of the candidates whose relative clause this name stands in: "her son, Iván, who translated for
        her the night Voss came to the door. “…,” he said" is the son, whom the clause is about, not Voss."""
        token = self._token_from(mention.start)
        if token is None or not self._doc.has_annotation("DEP") or mention in self._speakers:
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        while clause is not None:
            heads = [clause.head, *(c for c in clause.head.children if c.dep_ == "appos")]  # "her brother, Mateo,"
            found = next((m for head in heads for m in candidates if m.start <= head.idx < m.end), None)
            if found is not None:
                return found if self.fullest(found.name) != self.fullest(mention.name) else None
            clause = next((a for a in clause.ancestors if a.dep_ == "relcl"), None)
        return None

    def _previous_paragraph(self, paragraph: int) -> tuple[int, int]:
        return paragraph_before(self._text, paragraph)

    @staticmethod
    def _quote_end(before: int, quoted: Sequence[tuple[int, int]]) -> int | None:
        """Where the quote opening at `before` closes."""
        return next((e for start, e in quoted if start == before), None)

    def _answer(self, before: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """Is the quote opening at `before` credited as an answer ("“…,” she said", "he replied")?"""
        end = self._quote_end(before, quoted)
        return end is not None and _ANSWER_CUE.match(self._text, end) is not None

    def _answering(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> int | None:
        """ "Osei asked her what parents should believe. “…,” she said": the one asked answers, not the asker; the
        offset to look back from for them (the asker's sentence), when the asker fits the pronoun too. `before` is
        where the quote opens."""
        end = self._quote_end(before, quoted)
        if end is None or _ANSWER_CUE.match(self._text, end) is None:
            return None
        asked = _ASKED_HIM_OR_HER.search(self._text, paragraph, before)
        if asked is None and not self._text[paragraph:before].strip():
            previous, previous_end = self._previous_paragraph(paragraph)
            # "Then Aukerman asked her to drive the route again." ¶ "“…,” she said": the one asked answers
            asked = _ASKED_HIM_OR_HER.search(self._text, previous, previous_end)
            if asked is None and _REPLY_CUE.match(self._text, end):
                # "“…,” Benítez told him." ¶ "“…,” he answered.": the one told replies
                asked = _TOLD_HIM_OR_HER.search(self._text, previous, previous_end)
        if asked is None or _SUBJECT_OF[asked.group("object").lower()] != pronoun:
            return None
        asker = next((m for m in self.mentions if m.start <= asked.start("asker") < m.end), None)
        if asker is None or not self._fits(asker, pronoun):
            return None
        return asker.start

    def _addressed(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> str | None:
        """ "“Sheriff, did you give ICE a heads-up?” she asked." ¶ "“I called them Tuesday,” he said": the one a
        question in the paragraph before speaks to, by title or name, answers, when the pronoun fits them."""
        if not self._answer(before, quoted) or self._text[paragraph:before].strip():
            return None
        start, end = self._previous_paragraph(paragraph)
        stretches = sorted((b, e) for b, e in quoted if start <= b < end)
        if not stretches or not self._text[slice(*stretches[-1])].rstrip("”\"’' ").endswith("?"):
            return None
        # the question's speaker may speak to them in an earlier stretch: "“Madam Secretary, …,” X said. “…?”"
        spoken_to = next((m for b, _ in reversed(stretches) if (m := _ADDRESSED.match(self._text, b))), None)
        if spoken_to is None:
            return None
        who = spoken_to.group("who")
        named = [m for m in self.between(0, spoken_to.start()) if m.name.split()[-1] == who.split()[-1]]
        person = self.fullest(named[-1].name) if named else self.titled(who, spoken_to.start())
        return person if person is not None and self.name_fits(person, pronoun) else None

    def _asked_one(self, pronoun: str, asker: int, quoted: list[tuple[int, int]]) -> str | None:
        """Whom the asker at offset `asker` asked ("Vance asked her"): the one the pronoun meant before the
        asker's sentence, and never the asker, even when the story named the asker first ("Sen. Dorothy Vance
        … turned to Nadia Serrano … “…?” Vance asked her." ¶ "“…,” she answered")."""
        found = self.pronoun(pronoun, asker, quoted, 1)
        who = next((self.fullest(m.name) for m in self.between(asker, asker + 1)), None)
        if found is None or found != who:
            return found
        paragraph = self._text.rfind("\n", 0, asker) + 1
        other = next((m for m in self._fitting(pronoun, asker, quoted, paragraph) if self.fullest(m.name) != who), None)
        return self._bearer(other.name, pronoun, other.end) if other is not None else None

    def _asked_named(
        self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int
    ) -> Mention | None:
        """ "Anchor Lena Marsh asked chief meteorologist Brandon Tso when the ice would melt." ¶ "“Not today, Lena,”
        he said": the one asked by name in the paragraph before answers, when the answer's paragraph names no one
        and the pronoun cannot be the asker (who may go on: "Yesenia … asked Kistler …" ¶ "“…,” she said"); or
        asked in the answer's own paragraph, last, when the answer replies."""
        if not self._answer(before, quoted):
            return None
        end = self._quote_end(before, quoted)
        replies = end is not None and _REPLY_CUE.match(self._text, end) is not None
        own = [m for m in self.between(paragraph, before) if not inside(quoted, m.start)]
        if own and not replies:
            return None
        start = self._previous_paragraph(paragraph)[0]
        # "Tolbert asked Galloway whether they had looked elsewhere. “We looked at four,” he replied."
        named = own[-2:] if own else [m for m in self.between(start, paragraph) if not inside(quoted, m.start)]
        for asker, asked in zip(named, named[1:]):
            if (
                # "Rourke then questioned Peña directly."; "Sen. Kyle Prentiss, a Republican from Joplin, asked Bell"
                (
                    _ASKED_BY_NAME.fullmatch(self._text, asker.end, asked.start)
                    # "the judge turned to Ramaswamy and asked whether …"
                    or _TURNED_TO.fullmatch(self._text, asker.end, asked.start)
                    and _AND_ASKED.match(self._text, asked.end) is not None
                )
                and self._fits(asked, pronoun)
                # the asker may go on, unless this one replies: "“…,” he replied", or was asked how they are by
                # this pronoun ("Calloway asked Ortiz-Baker how she was holding up." ¶ "“I’m fine,” she said"; but
                # "Yesenia … asked Kistler whether she had ever visited …" ¶ "“…,” she said" is Yesenia going on)
                and (
                    replies
                    or not self._fits(asker, pronoun)
                    or re.compile(rf"\s+how\s+{pronoun}\b").match(self._text, asked.end)
                )
            ):
                return asked
        # "A farmer … asked Voight why …" ¶ "“…,” she answered": asked by someone the story does not name; or the
        # paragraph before ends asking them ("He asked Brandt how long it would take." ¶ "“Two summers,” he said")
        if replies or (not own and named and _ASKED_WHAT.match(self._text, named[-1].end)):
            for asked in named if replies else named[-1:]:
                sentence = max(self._text.rfind(". ", 0, asked.start) + 2, paragraph if own else start)
                if (
                    _ASKED_JUST_BEFORE.search(self._text, sentence, asked.start)
                    and not self.between(sentence, asked.start)
                    and self._fits(asked, pronoun)
                ):
                    return asked
        return None

    def asked_just_now(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]]) -> str | None:
        """ "Quist asked Tramonte whether she saw it the same way. “I see 212 families,” she said": the one asked by
        name in the sentence the quote follows answers, and the asker asks ("…, asked Vang a question he had wanted
        to ask for years. “Why does a taillight end up with Washington?” he asked"); before any description of
        either ("the program's host") is taken for the he or she."""
        end = self._quote_end(before, quoted)
        if end is None or _ASKING_CUE.match(self._text, end) is None:
            return None
        paragraph = self._text.rfind("\n", 0, before) + 1
        own = list(dict.fromkeys(m for m in self.between(paragraph, before) if not inside(quoted, m.start)))
        if len(own) < 2 or not _ASKED_BY_NAME.fullmatch(self._text, own[-2].end, own[-1].start):
            return None
        if self._text[before:end].rstrip("”\"’' ").endswith("?"):  # asks on: the asker
            one = own[-2] if _SENTENCE_TO_QUOTE.fullmatch(self._text, own[-1].end, before) else None
        else:  # answers: the one asked
            one = own[-1] if _ASKED_JUST_NOW.fullmatch(self._text, own[-1].end, before) else None
            one = one if one is not None and _ANSWER_CUE.match(self._text, end) else None
        if one is None or not self._fits(one, pronoun.lower()):
            return None
        return self._bearer(one.name, pronoun.lower(), one.end)

    def _asked_role(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> str | None:
        """ "Neil Brodsky stood up with a question for the rabbi. “…?” he asked." ¶ "“…,” she answered": the one the
        story named with that role (Rabbi Miriam Adler) answers, when the pronoun fits them, in a paragraph that
        names no one before its answer."""
        if not self._answer(before, quoted):
            return None
        if [m for m in self.between(paragraph, before) if not inside(quoted, m.start)]:
            return None
        start, end = self._previous_paragraph(paragraph)
        asked = next(
            (found for found in _ASKED_THE_ROLE.finditer(self._text, start, end) if not inside(quoted, found.start())),
            None,
        )
        if asked is None:
            return None
        person = self.titled(asked.group("role"), asked.start())
        return person if person is not None and self.name_fits(person, pronoun) else None

    def _asker(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> Mention | None:
        """The one who asked, in a paragraph of one sentence just before this answer ("Amaya asked what would happen to
        her son." ¶ "“I don’t know yet,” she said"), when the pronoun fits them: not who answers. Not for a quote that
        asks again ("“Will they take him too?” she said")."""
        end = self._quote_end(before, quoted)
        if (
            end is None
            or _ANSWER_CUE.match(self._text, end) is None
            or self._text[before:end].rstrip("”\"’' ").endswith("?")
        ):
            return None
        if self._text[paragraph:before].strip():
            return None
        previous, previous_end = self._previous_paragraph(paragraph)
        asked = _ASKED_ABOUT.fullmatch(self._text, previous, previous_end)
        if asked is None:
            return None
        asker = next((m for m in self.between(previous, previous_end) if m.start <= asked.start("asker") < m.end), None)
        return asker if asker is not None and self._fits(asker, pronoun) else None

    def _who_spoke(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> str | None:
        """ "Marsh has since been joined by Commissioner Patricia Loera, who put it more sharply at the June meeting.
        “…,” she said": the one the sentence just before the quote says spoke, in a clause on their name, though
        another is its subject."""
        for mention in reversed(self.between(paragraph, before)):
            if inside(quoted, mention.start):
                continue
            if _WHO_SPOKE.fullmatch(self._text, mention.end, before) and self._fits(mention, pronoun):
                return self._bearer(mention.name, pronoun, mention.end)
            return None
        return None

    def _paragraph_before(
        self, pronoun: str, paragraph: int, sure: list[Mention], quoted: Sequence[tuple[int, int]]
    ) -> str | None:
        """The one person of the paragraph just before, when that paragraph itself calls them by this pronoun
        outside quotations ("Anzaldúa’s case is still pending. For now he is back at work." ¶ "“…,” he told ..."):
        the story has stayed with them."""
        start = self._previous_paragraph(paragraph)[0]
        people = {self.fullest(m.name) for m in sure if start <= m.start < paragraph}
        if len(people) != 1:
            return None
        again = [
            found
            for found in re.finditer(rf"\b{pronoun}\b", self._text[start:paragraph], re.IGNORECASE)
            if not inside(quoted, start + found.start())
        ]
        # or the writer asked them: "I caught Morton afterward and asked him whether ..." ¶ "“I had,” he said"
        again += [
            found
            for found in _WRITER_ASKED.finditer(self._text, start, paragraph)
            if _SUBJECT_OF[found.group("object")] == pronoun
        ]
        last = max((m.start for m in sure if start <= m.start < paragraph), default=paragraph)
        return people.pop() if any(start + found.start() > last for found in again) else None

    def _kin_subject(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]]) -> str | None:
        """The relative the last sentence before the quote is about, when the story named them before: "his younger
        brother, Mauricio Villalta," ... "Villalta’s brother was on the phone ..." ¶ "“…,” he said" is Mauricio."""
        start = self._previous_paragraph(self._text.rfind("\n", 0, before) + 1)[0]
        sentence = next(reversed(list(_KIN_SUBJECT.finditer(self._text, start, before))), None)
        if sentence is None or _noun_gender(sentence.group("kin").lower()) != pronoun:
            return None
        token = self._token_from(sentence.start("kin"))
        if token is None or token.dep_ not in ("nsubj", "nsubjpass") or inside(quoted, sentence.start()):
            return None
        if any(not inside(quoted, m.start) and not self._place(m) for m in self.between(sentence.end(), before)):
            return None  # someone named after it, whom the pronoun may be
        owner = sentence.group("owner")  # by a surname the family shares: "Villalta" is whom the story is about
        for mention in reversed(self.between(0, sentence.start())):
            owned = self._owned(mention)
            if owned is None or owned.group("relation").lower() != sentence.group("kin").lower():
                continue
            whose = self._whose(owned, quoted, 1)
            if whose is not None and owner in whose.split() and (relative := self.fullest(mention.name)) != whose:
                return relative
        return None

    def _spoken_to(self, mention: Mention) -> bool:
        """ "ABERNATHY: Frank, John Morton … sent a memo. He wrote, …": the name a transcript's turn opens on is
        whom it speaks to, never a he or she of the turn."""
        line = self._text.rfind("\n", 0, mention.start) + 1
        return (
            self._text.startswith(",", mention.end)
            and _TURN_LABEL.fullmatch(self._text, line, mention.start) is not None
        )

    def _fitting(self, pronoun: str, before: int, quoted: Sequence[tuple[int, int]], paragraph: int) -> list[Mention]:
        """The people named before `before`, nearest first, outside quotations, whom nothing rules out for this
        pronoun: as far back as `pronoun` looks (its reach and the sentence around it, the paragraph while it
        holds one person only, and the first one a lone word does not stand for), not the whole story."""
        found: list[Mention] = []
        strong_here: set[str | None] = set()
        strong = False
        # "Morton did not respond ... In testimony last spring, he said": silence now says nothing of then
        since = max(
            (m.end() for m in _SENTENCE_END.finditer(self._text, max(paragraph, before - 300), before)),
            default=paragraph,
        )
        then = _EARLIER_TIME.search(self._text, since, before) is not None
        piece = self._piece_start(before)  # one letter's "he" is nobody of the letter before it
        for index in range(bisect_left(self._starts, before) - 1, -1, -1):
            mention = self.mentions[index]
            if mention.start < piece:
                break
            if (
                strong
                and before - mention.start > PRONOUN_REACH + SENTENCE_REACH
                and (mention.start < paragraph or len(strong_here) > 1)
            ):
                break
            if (
                mention.end > before
                or inside(quoted, mention.start)
                or inside(self._bylines, mention.start)
                or not self._fits(mention, pronoun)
                # (but the one who declined in the quote's own paragraph speaks: "Voss declined to respond to the
                # petition itself. “I don’t comment on pending litigation,” she told the Courier")
                or (self._silent(mention) and not then and mention.start < paragraph)
                or self._spoken_to(mention)
            ):
                continue
            if self._named_in_quote(mention, before, quoted):
                strong = strong or not self._weak(mention)  # not theirs, but as far back as the pronoun looks
                continue
            found.append(mention)
            if not self._weak(mention):
                strong = True
                if mention.start >= paragraph:
                    strong_here.add(self.fullest(mention.name))
        return found

    def _named_in_quote(self, mention: Mention, before: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """Does the quote opening at `before` name this person by a word of their name no one else in the story
        bears? People seldom name themselves: "“Dana has been saying that for two years,” she said" is not
        Dana's, whoever "she" is. Not when they introduce themselves ("I'm Zoila", "This is Nadia") or are
        spoken to inside a quote they repeat ("Glen said, ‘Marco, nobody …’")."""
        end = self._quote_end(before, quoted)
        if end is None:
            return False
        if self._name_words is None:
            self._name_words, self._kin = {}, {}
            for each in self.mentions:
                full = self.fullest(each.name) or each.name
                for word in full.split():
                    self._name_words.setdefault(word, set()).add(full)
                if kin := _KIN_BEFORE.search(self._text, max(0, each.start - 40), each.start):
                    self._kin.setdefault(full, set()).add(kin.group("kin"))
        full = self._fullest_at(mention) or mention.name  # (of two Tillotsons, the one this mention meant)
        body = self._text[before:end]
        # "his uncle, Teodoro," is not the one who says "My uncle is in Aurora"
        if any(re.search(rf"\b[Mm]y\s+(?:[a-z]+\s+){{0,2}}?{kin}\b", body) for kin in self._kin.get(full, ())):
            return True
        return any(
            not _SELF_NAMED.search(body, 0, hit.start())
            for word in full.split()
            if len(word) > 2 and self._name_words.get(word, {full}) == {full}
            for hit in re.finditer(rf"\b{re.escape(word)}\b", body)
        )

    def _spoke_last(self, mention: Mention, quoted: Sequence[tuple[int, int]], paragraph: int) -> bool:
        """This person spoke the quote that ends the paragraph just before: "His brother, Celestino Ilagan, said:
        “…”" ¶ "“…,” he added" goes on with him, not with whom he is the brother of."""
        start = self._previous_paragraph(paragraph)[0]
        last = max((end for begin, end in quoted if start <= begin < paragraph), default=None)
        return (
            mention in self._speakers
            and start <= mention.start
            and last is not None
            and (not self._text[last:paragraph].strip(" \n”\"’'.,") or self._credits_last(mention, last, paragraph))
            and not any(m in self._speakers and m.start > mention.start for m in self.between(mention.end, paragraph))
        )

    def _credits_last(self, mention: Mention, last: int, paragraph: int) -> bool:
        """The paragraph ends with the credit for its last quote, and this is whom it names: "“…,” said her
        daughter, Daniela Montaño, 22, a nursing student." ¶ "“…,” she said" goes on with the daughter."""
        if not last <= mention.start or _SENTENCE_END.search(self._text[last : mention.start]):
            return False
        return _SENTENCE_END.search(self._text[mention.end : paragraph].rstrip()) is None

    def _owned(self, mention: Mention) -> re.Match[str] | None:
        """Where this person was named as someone of another ("Napolitano’s deputy, Avery Lindqvist"): at this
        mention, or where its paragraph first named them ("Her daughter, Grace, is ... Grace said ...")."""
        own_paragraph = self._text.rfind("\n", 0, mention.start) + 1
        person = self.fullest(mention.name)
        named = [mention] + [m for m in self.between(own_paragraph, mention.start) if self.fullest(m.name) == person]
        return next(
            (
                o
                for m in named
                if (o := _OWNED.search(self._text, max(0, m.start - 120), m.start)) is not None
                # an aside, not the subject after a phrase: "a call arranged by his attorney, Tzul asked about …"
                and not _VERB_AFTER_NAME.match(self._text, m.end)
            ),
            None,
        )

    def _dependent(self, mention: Mention, pronoun: str, paragraph: int) -> bool:
        """Named, in an earlier paragraph, as someone of the person the story is about, whom this pronoun fits:
        "His holder, junior quarterback Devin Marsh, lifted him" ¶ "“…,” he told the Gazette" is the kicker;
        "Napolitano’s deputy, Avery Lindqvist, passed her a note" ¶ "“…,” she conceded" is Napolitano."""
        if mention.start >= paragraph:
            return False
        # the mention itself, or where its paragraph first named the same person ("Her daughter, Grace, is a
        # junior ... Grace said she wants to be a lawyer.")
        owner = self._owned(mention)
        if owner is None:
            return False
        if owner.group("pronoun"):
            return _POSSESSIVE_OF.get(owner.group("pronoun").lower()) == pronoun
        possessor = self.fullest(owner.group("owner"))
        return (
            possessor is not None
            and possessor != self.fullest(mention.name)
            and self._fits(Mention(possessor, owner.start("owner"), owner.end("owner")), pronoun)
        )

    def _speaks_as_theirs(self, mention: Mention, before: int, quoted: Sequence[tuple[int, int]]) -> bool:
        """Do the quotes from `before` to the end of their paragraph speak of the one this person is someone of, as
        theirs ("Her lawyer, Priya Ramaswamy, told the judge …" ¶ "“…,” she said. “… my client spent three nights in
        a cell.”")? Then they are this person's, not whose they are."""
        owned = self._owned(mention)
        if owned is None:
            return False
        end = self._text.find("\n", before)
        said = [self._text[b:e] for b, e in quoted if before <= b < (end if end >= 0 else len(self._text))]
        inverse = _OWNER_AS_SEEN.get(owned.group("relation").lower(), ())
        return any(
            re.search(rf"\b[Mm]y\s+(?:[a-z]+\s+)?{word}\b", words)
            # "“Dad thinks the bill is about paperwork,” he says" of "Holm’s son, Anders,"
            or (home := _CALLED_AT_HOME.get(word)) is not None
            and re.search(rf"\b(?:[Mm]y\s+{home}|{home.capitalize()})\b", words)
            for word in inverse
            for words in said
        )

    def _silent(self, mention: Mention) -> bool:
        """The sentence says this person did not speak ("Otto Grell, is on medical leave and did not comment"):
        no later he/she quotes them."""
        end = _SENTENCE_END.search(self._text, mention.end, mention.end + 200)
        stop = end.start() if end else mention.end + 200
        silent = _SILENT.search(self._text, mention.end, stop)  # not "declined to comment on X but said ..."
        if silent is None or SAYS.search(self._text, silent.end(), stop):
            return False
        # nor silent for good when the paragraph goes on to have them speak ("Her mother did not speak at the
        # lectern. Afterward, in the hallway, she said ...")
        paragraph_end = self._text.find("\n", stop)
        return _THEN_SAID.search(self._text, stop, paragraph_end if paragraph_end >= 0 else len(self._text)) is None

    def paragraph_subject(self, start: int, end: int) -> str | None:
        """The person who is the subject of the main clause of the paragraph's last sentence that has one."""
        if not self._doc.has_annotation("DEP"):
            return None
        named = self.between(start, end)
        paragraph = self._doc.char_span(start, end, alignment_mode="expand")
        sentences = list(paragraph.sents) if paragraph is not None else []  # type: ignore[attr-defined]  # no stub
        for sentence in reversed(sentences):
            person = self._subject_mention(sentence.root, named)
            if person is not None:
                return self.fullest(person.name)
        return None

    def _subject_mention(self, root: Token, candidates: list[Mention]) -> Mention | None:
        """The candidate that is this verb's subject, or stands beside it ("His sister, Maribel Ferrer-Dunn,")."""
        subject = clause_subject(root, self._text)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            return None  # "Arrieta’s predecessor, Clement Vought, and two county commissioners went on": several
        words = [subject]
        index = 0
        while index < len(words) < 12:
            words += [c for c in words[index].children if c.dep_ in ("appos", "compound")]
            if index == 0:  # "a trial attorney for ICE named Nathaniel Osei": the name the subject is given
                words += [
                    o
                    for c in subject.subtree
                    if c.dep_ == "acl" and c.lower_ in ("named", "called")
                    for o in c.children
                    if o.dep_ in ("oprd", "dobj", "attr", "npadvmod")
                ]
            index += 1
        # the subject's own name before those beside it ("Amundsen, who testified alongside ..., Matilda Grunwald,")
        return next((m for w in words for m in candidates if m.start <= w.idx < m.end), None)

    def _main_subject(self, mention: Mention, candidates: list[Mention]) -> Mention | int | None:
        """The subject of the main clause of the sentence this mention is in, when it is another of the
        candidates (a Mention) or a he/she (its offset), else None."""
        if not self._doc.has_annotation("DEP"):
            return None
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        root = span.sent.root
        subject = clause_subject(root, self._text)
        if subject is None or mention.start <= subject.idx < mention.end:
            return None
        if root.lemma_ == "be" and any(t.dep_ == "attr" and t.head == root for t in span):
            return None  # "One of the men Ostrander visits is Elías, 31, …": the sentence brings Elías in

        low, high = sorted((subject.idx, mention.start))
        if "\n" in self._text[low:high]:  # the parser ran a sentence over a paragraph break: not this one's subject
            return None
        if subject.lower_ in ("he", "she"):
            return subject.idx
        return self._subject_mention(root, candidates)  # "His lawyer, ... Tobias Renner, asked"

    def _pronoun_over(self, mention: Mention, pronoun: str, candidates: list[Mention]) -> bool:
        """Is the subject of this mention's sentence this same he/she, someone other than the mention?"""
        main = self._main_subject(mention, candidates)
        return isinstance(main, int) and self._text[main : main + len(pronoun)].lower() == pronoun

    def _modifier(self, mention: Mention) -> bool:
        """The name only qualifies a thing ("Asked about the Echeverría case, she ..."): nobody who acts."""
        token = self._token_from(mention.start)
        if token is None or not self._doc.has_annotation("DEP"):
            return False
        while token.dep_ in ("compound", "flat") and token.head.idx < mention.end and token.head is not token:
            token = token.head  # from "Marisol" to "Echeverría"
        return token.dep_ == "compound" and token.head.pos_ == "NOUN" and not _verb_read_as_noun(token)

    def _object(self, mention: Mention) -> bool:
        """The name is an object ("under questioning from Okonkwo-Hale, he insisted"), not someone who acts."""
        token = self._token_from(mention.start)
        if token is None or not self._doc.has_annotation("DEP"):
            return False
        for _ in range(4):  # from "Okonkwo" to the name's head, "Hale"
            if token.dep_ not in ("compound", "flat", "punct") or token.head.idx >= mention.end:
                break
            token = token.head
        low, high = sorted((token.idx, token.head.idx))
        if "\n" in self._text[low:high]:  # the parse ran a sentence over a paragraph break: not this one's object
            return False
        return token.dep_ in ("pobj", "dobj", "poss", "dative")

    def anyone_before(self, offset: int) -> bool:
        """Has the story named a person before this offset, bylines aside? A delayed lede can run for paragraphs
        ("The organizer, a retired nurse in a purple knit cap, walked the line" in the third) before it names anyone."""
        if self._first_named is None:  # where the first such name stands, found once per document
            self._first_named = next(
                (
                    m.start
                    for m in self.mentions
                    if not self._weak(m)
                    and not any(start <= m.start < end for start, end in self._bylines)
                    and not self._quoted(m.start)  # "a bedsheet painted with the words “We Are Still Here.”"
                ),
                len(self._text),
            )
        return self._first_named < offset

    def _quoted(self, offset: int) -> bool:
        """Does this offset stand inside curly quotation marks opened in its own paragraph?"""
        paragraph = self._text.rfind("\n", 0, offset) + 1
        return self._text.rfind("“", paragraph, offset) > self._text.rfind("”", paragraph, offset)

    def between(self, start: int, end: int) -> list[Mention]:
        """The mentions that start between two offsets, in order."""
        return self.mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def _weak(self, mention: Mention) -> bool:
        """A lone capitalised word the model called a person, which no full name or first name backs up (a first
        name that says nothing of its bearers, like "Meridian", backs up nothing: it is as often a company)."""
        if mention not in self._weakness:
            self._weakness[mention] = self._find_weak(mention)
        return self._weakness[mention]

    def _find_weak(self, mention: Mention) -> bool:
        words = (self.fullest(mention.name) or mention.name).split()
        return (
            len(words) == 1
            and words[0] not in self._surnames
            and pronoun_of(words[0]) is None
            and mention not in self._speakers
            and mention.start not in self._introduced  # "One foster mother, Lupe, took in four": a person
        )

    def _bearer(self, name: str, pronoun: str, near: int | None = None) -> str | None:
        """The person a name stands for as a he/she: of two who share the surname ("Lindgren": Arturo and
        Teodora), the one the pronoun fits; of two it fits, the one named last before the mention at `near`
        ("Ms. Félix described …" of Sonia Félix, not her daughter Marisela named further on)."""
        if self._shared_surname(name):
            return self.fullest(name, near, pronoun=pronoun)
        return self.fullest(name)

    def _fits(self, mention: Mention, pronoun: str) -> bool:
        """Nothing about the person contradicts the pronoun: a title (Ms., Mr.) or a first name that goes with
        the other pronoun 85 times in 100 (firstnames.py), or "Jr." after a "she"."""
        full = self.fullest(mention.name) or mention.name
        if self._shared_surname(mention.name):  # either bearer of "Lindgren"
            full = self._bearer(mention.name, pronoun, mention.start) or full
        return self.name_fits(full, pronoun)  # every he/she asks again about everyone named before it: cached

    def name_fits(self, full: str, pronoun: str) -> bool:
        """Nothing about the person of this full name contradicts the pronoun (see `_fits`)."""
        if (full, pronoun) not in self._fit:
            self._fit[(full, pronoun)] = self._find_fit(full, pronoun)
        return self._fit[(full, pronoun)]

    def _find_fit(self, full: str, pronoun: str) -> bool:
        titles = {
            word
            for m in self.mentions
            if m.title and not self._shared_surname(m.name) and self.fullest(m.name) == full
            for word in m.title.split()
        }
        words = full.split()
        # (a title against the first name is someone else's: "Mr. Pruett" of the late husband of Darlene Pruett)
        if (
            pronoun == "she" and titles & MASCULINE_TITLES or pronoun == "he" and titles & FEMININE_TITLES
        ) and pronoun_of(words[0]) != pronoun:
            return False
        if len(words) == 1 and words[0] in self._surnames:
            return True  # a surname alone says nothing
        if words[-1].rstrip(".,") in ("Jr", "Sr"):  # "Dana T. Whitfield Jr.": a son, whatever "Dana" says
            return pronoun == "he"
        if (told := self._told_gender().get(full)) is not None:  # "Navarro, a Democrat in her first term,"
            return told == pronoun
        return pronoun_of(words[0]) in (None, pronoun)

    def _told_gender(self) -> dict[str, str]:
        """The people whose own appositive says "her" or "his" ("Navarro, a Democrat in her first term,") or whose
        role beside the name says which ("the chairwoman, Joan Tuttle")."""
        if self._genders is None:
            self._genders = {}
            for mention in self.mentions:
                said = _APPOSITIVE_PRONOUN.match(self._text, mention.end)
                if said and (full := self.fullest(mention.name, near=mention.end)):
                    self._genders.setdefault(full, "she" if said.group("p").lower() in ("her", "she") else "he")
                role = _ROLE_BEFORE.search(self._text, max(0, mention.start - 80), mention.start) or _ROLE_AFTER.match(
                    self._text, mention.end
                )
                if role and role.re is _ROLE_AFTER and _LIST_GOES_ON.match(self._text, role.end()):
                    role = None  # "with host Dev Raman, a utility spokeswoman and a meteorologist": the next guests
                if role and (full := self.fullest(mention.name, near=mention.end)):
                    self._genders.setdefault(full, "she" if role.group("she") else "he")
        return self._genders

    def _fullest_at(self, mention: Mention) -> str | None:
        """Who a mention is where it stands: a surname two people share is the one it meant there (see `fullest`)."""
        return self.fullest(mention.name, near=mention.start if self._shared_surname(mention.name) else None)

    def _shared_surname(self, name: str) -> bool:
        """A surname alone that two people in the story bear ("Sharry": Frank and Bridget): its title says
        nothing about either."""
        if len(name.split()) != 1:
            return False
        if name not in self._shared:  # every he/she asks about everyone before it
            self._shared[name] = (
                len({m.name for m in self.mentions if len(m.name.split()) > 1 and m.name.split()[-1] == name}) > 1
            )
        return self._shared[name]

    def _salient(self, mention: Mention) -> bool:
        """A quote's speaker, or the subject of its sentence (by the parse: the name, or the noun it stands beside)."""
        if mention in self._speakers:
            return True
        if _REPORTED_THAT.search(self._text, max(0, mention.start - 80), mention.start):
            return False  # "Fitch testified by phone that Peña had …": what he said of Peña, whatever the parse
        if not self._doc.has_annotation("DEP"):
            return False
        if _SAYS_AFTER_NAME.match(self._text, mention.end):
            return True  # "the principal of Sandoval Elementary School, Ramiro Escalante, said", whatever the parse
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        tokens = list(span) if span is not None and len(span) else [t for t in [self._token_from(mention.start)] if t]
        for token in tokens:  # any word of the name: "Natarajan-Cole" is three tokens to the parser
            if self._name_given_to_subject(token) or _subject_s_name_misread(token) or _verb_read_as_noun(token):
                return True
            for node in (token, token.head, token.head.head):
                if node.dep_ in ("nsubj", "nsubjpass"):
                    return True
                if node.dep_ == "attr" and node.head.lemma_ == "be" and node == token:
                    return True  # "One of the men he visits is Elías, 31, a welder": whom the sentence brings in
                if node.dep_ == "oprd" and node.head.lower_ in ("named", "called"):
                    # "The government’s lawyer, a trial attorney named Nathaniel Osei, asked": the subject's name
                    return any(a.dep_ in ("nsubj", "nsubjpass") for a in node.head.ancestors)
                if any(child.dep_ == "relcl" for child in node.children):  # "Ines Calderón, who asked ..."
                    return True
                if node.dep_ not in ("compound", "appos", "flat", "punct", "amod", "npadvmod"):
                    break
                if node.dep_ == "compound" and not mention.start <= node.head.idx < mention.end:
                    break  # the name qualifies a noun ("a Platte Crossing group that ..."): the noun is the subject
        return False

    def _name_given_to_subject(self, token: Token) -> bool:
        """ "a counterprotester who gave his name only as Wade, 58, said": the name a subject's own clause gives."""
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return False
        described = clause.head
        if described.dep_ == "pobj" and described.head.lower_ == "of":  # "One of the farm’s milkers, who asked …"
            described = described.head.head
        return (
            described.dep_ in ("nsubj", "nsubjpass")
            and _NAMING_WORD.search(self._text, clause.idx, token.idx) is not None
        )

    def titled(self, role: str, before: int) -> str | None:
        """The person last named before `before` with this title: "the sheriff" → "Sheriff Buford Carrington"; or
        of this age: "the 71-year-old" → "Carolyn Streeter, 71,", "the teenager" → "Iker, 15,"; "the mother of three"
        is a mother. Not one the story has since brought in another of, unnamed: "said Sgt. Dwayne Ashby, a
        spokesman for the sheriff’s office" … "An ICE spokesman, replying by email, said" … "the spokesman said"."""
        person = self._titled(role, before)
        if person is None:
            return None
        last = max((m.end for m in self.mentions if m.end <= before and self.fullest(m.name) == person), default=None)
        word = re.split(r"\s+of\s+", role)[0].split()[-1]
        if last is not None and word.isalpha() and word.islower():
            for another in re.finditer(_ANOTHER.format(word=word), self._text[last:before]):
                at = last + another.start()
                if re.search(r"[A-Z][\w’'.-]*,[^\S\n]+\Z", self._text[max(0, at - 40) : at]):
                    continue  # "Rosalind Achebe-Marr, a registered nurse,": what someone named is
                if not re.match(r",?[^\S\n]+(?:[A-Z]|for|with|at)", self._text[last + another.end() :]):
                    return None
        return person

    def _titled(self, role: str, before: int) -> str | None:
        word = re.split(r"\s+of\s+", role)[0].split()[-1].lower()
        age = re.fullmatch(r"(\d{1,3})-year-old", word)
        if age or word in ("teenager", "teen"):  # "Brianna, 15, ..." ¶ "the teenager said"
            aged = rf",[^\S\n]+{age.group(1) if age else '1[3-9]'},"
            return next(
                (
                    self.fullest(m.name)
                    for m in reversed(self.between(0, before))
                    if re.match(aged, self._text[m.end : m.end + 8])
                ),
                None,
            )
        if word in _PARTY_LETTERS:
            return self._of_party(role, before)
        holders = {
            self.fullest(m.name)
            for m in self.mentions
            if m.end <= before and m.title and {word, _TITLE_ALIASES.get(word)} & _title_words(m.title)
        }  # "the congresswoman": "Rep. X"
        if holders:  # of two sheriffs, the one the story named last, with the title or without it
            named = [m for m in self.mentions if m.end <= before]  # (asked while the mentions are read, too)
            return next((full for m in reversed(named) if (full := self.fullest(m.name)) in holders), None)
        # "John Morton, the director of U.S. Immigration and Customs Enforcement," ... "Conceded the director:"
        seen: set[str] = set()
        written = _written_before(word)
        for mention in reversed([m for m in self.mentions if m.end <= before]):
            full = self._fullest_at(mention)
            if full is None:
                continue
            # "said agency spokeswoman Greta Ann Villeneuve. The spokeswoman added"; "Sgt. Phyllis Ambrose" is the
            # sergeant, however often she is named after that, though the model read "Sgt" as a name of its own
            if written.search(self._text, max(0, mention.start - 40), mention.start):
                return full
            if full in seen:
                continue
            seen.add(full)
            said_as = {word, _SAME_ROLE.get(word)}  # "an immigration attorney" … "the lawyer told her"
            if said_as & _role_heads(self.role(full)) or said_as & set(self._described_before_name(full)):
                return full
            if word == "witness" and self._testifies(mention):  # "Morton told a House subcommittee" ... "the
                return full  # witness said": who the story has testify
        return None

    def _of_party(self, role: str, before: int) -> str | None:
        """ "the Alaska Republican": the person last named before `before` with that party and state beside the
        name ("Sen. Laurel Quist, R-Alaska,", "Rep. Li (D-Minn.)"); the state's abbreviation starts its name."""
        words = role.split()
        # the state, if the description gives one ("the two-term Democrat" gives none)
        letter, state = _PARTY_LETTERS[words[-1].lower()], " ".join(w for w in words[:-1] if w[:1].isupper())
        for mention in reversed([m for m in self.mentions if m.end <= before]):
            marked = re.match(
                rf",?[^\S\n]+\(?{letter}-(?P<state>[A-Z][\w.]*)", self._text[mention.end : mention.end + 24]
            )
            if marked and (not state or _abbreviates(marked.group("state"), state)):
                return self.fullest(mention.name)
        # no one marked so: the lawmaker named just before ("accuses Rep. Selena Marquez-Holt of …, a charge the
        # two-term Democrat dismissed")
        nearby = [m for m in self.between(max(0, before - 400), before) if _title_words(m.title) & _LAWMAKERS]
        if state:
            return None
        if nearby:
            return self.fullest(nearby[-1].name)
        # or the one lawmaker the story has named so far ("Sen. Loretta Vandersloot" at the top of a town-hall story,
        # then "The first-term Republican said")
        lawmakers = {self.fullest(m.name) for m in self.between(0, before) if _title_words(m.title) & _LAWMAKERS}
        return lawmakers.pop() if len(lawmakers) == 1 else None

    def _testifies(self, mention: Mention) -> bool:
        """Does this person's sentence have them testify ("testified", "told a House subcommittee")?"""
        span = self._doc.char_span(mention.start, mention.end, alignment_mode="expand")
        end = span.sent.end_char if span is not None else mention.end + 300
        return _TESTIFIED.search(self._text, mention.end, end) is not None

    def _described_before_name(self, full: str) -> set[str]:
        """The nouns set before this person's name in apposition ("The commission’s chairman, Walter J.
        Eberhardt," → chairman), read once per document."""
        if self._before_names is None:
            self._before_names = {}
            for m in self.mentions:
                if found := _ROLE_BEFORE_NAME.search(self._text, max(0, m.start - 100), m.start):
                    self._before_names.setdefault(self.fullest(m.name) or m.name, set()).add(found.group("word"))
                if " " not in m.name and (noun := self._given_name_of(m)):
                    self._before_names.setdefault(self.fullest(m.name) or m.name, set()).add(noun)
        return self._before_names.get(full, set())

    def _given_name_of(self, mention: Mention) -> str | None:
        """The noun a first name given alone belongs to: "A man in a fire department jacket, who would give only
        his first name, Lorenzo," → man; "One of them, a woman in a rain poncho, gave her name only as Rosa" →
        woman (so "the man said" and "said the woman" are them)."""
        token = self._token_from(mention.start)
        if token is None or not self._doc.has_annotation("DEP"):
            return None
        verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or not _NAMING_WORD.search(self._text, verb.idx, token.idx):
            return None
        noun = verb.head if verb.dep_ == "relcl" else clause_subject(verb, self._text)
        if noun is None:
            return None
        noun = completed_noun(noun)  # "A man in a ... jacket, who would give": the parse hung "who" on the jacket
        described = (n for n in (noun, *noun.children) if n.pos_ == "NOUN" and (n is noun or n.dep_ == "appos"))
        return next((n.lower_ for n in described), None)

    def sole_titled(self, role: str) -> str | None:
        """The one person the whole story gives this title, wherever it names them ("The secretary has said it
        plainly: “…”" before "Homeland Security Secretary Janet Napolitano" further down)."""
        word = role.split()[-1].lower()
        people = {
            full
            for m in self.mentions
            if (word in _title_words(m.title) or word in self._jobs_before(m)) and (full := self.fullest(m.name))
        }
        return people.pop() if len(people) == 1 else None

    def _jobs_before(self, mention: Mention) -> set[str]:
        """The job words written just before a name ("Detective Sergeant Irene Castellanos": detective, sergeant)."""
        before = re.search(r"(?:[A-Z][a-z]+[^\S\n]+){1,3}$", self._text[max(0, mention.start - 40) : mention.start])
        return {w.lower() for w in before.group(0).split()} & JOBS if before else set()

    def named_as(self, role: str) -> str | None:
        """The name the story says this description gave or was given ("The woman in the red coat later gave her
        name as Rosa Ilse Contreras", "the driver, who identified himself as Ned Voight")."""
        head = role.split()[-1].lower()
        if head not in self._named_as:  # asked once per quote: the text is read once per noun
            self._named_as[head] = self._find_named_as(head)
        return self._named_as[head]

    def _find_named_as(self, head: str) -> str | None:
        for found in re.finditer(
            rf"\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}?{re.escape(head)}\b[^.!?\n]{{0,80}}?\b(?:gave\s+(?:her|his|their)"
            rf"\s+(?:full\s+)?name\s+(?:only\s+)?as|identified\s+(?:herself|himself|themselves)\s+(?:only\s+)?as|"
            rf"(?:was|were)\s+(?:later\s+)?identified\s+as)\s+",
            self._text,
        ):
            person = next((m for m in self.between(found.end(), found.end() + 1)), None)
            if person is not None:
                return self.fullest(person.name)
        return None

    def identified_after(self, role: str, after: int) -> str | None:
        """The person a lede's description turns out to be, named in the next two paragraphs with that title or
        role ("a bait-shop owner who called the conditions “…”" ¶ "said Frank Sharry, 67, owner of Sharry's Bait
        and Tackle"; "The Marlow County sheriff said …" ¶ "Sheriff Dolores Ybarra said"): the one such person
        there, else nobody."""
        word = role.split()[-1].lower()
        stop = after
        for _ in range(3):  # the rest of this paragraph, then two more
            found = _PARAGRAPH_START.search(self._text, stop)
            stop = found.end() if found else len(self._text)
        people = {
            full
            for mention in self.between(after, stop)
            if (full := self.fullest(mention.name))
            and (
                word in _title_words(mention.title)
                or word in _role_heads(self.role(full))
                or word in self._described_before_name(full)  # "In it the superintendent, Leland Otterbein, asked"
            )
        }
        return people.pop() if len(people) == 1 else None

    def revealed_after(self, description: str, after: int, *, lede: bool = False) -> str | None:
        """The person a story names in the next four paragraphs by saying so ("“…,” the woman told WKTN." ¶ "Her
        name is Yesenia Portillo."; "a worker told WGRT." ¶ "The worker, Rigoberto Anaya, 29, said"; "The girl is
        Daniela Fuentes-Arroyo."; "His wife, Graciela Solórzano," for "his wife"; for a lede's description also
        "Nadia Ferreira-Lau, 46, is the director", "The speaker, Marisol Ekwueme-Paz,"), when no one else the
        description can be is named before that."""
        stop = after
        for _ in range(5):  # the rest of this paragraph, then four more
            found = _PARAGRAPH_START.search(self._text, stop, after + REVEAL_REACH)
            stop = found.end() if found else min(len(self._text), after + REVEAL_REACH)
        head = _AFTER_HEAD_NOUN.split(description)[0].split()[-1].lower()  # "woman in the green fleece": a woman
        noun = re.escape(head)
        gender = next((p for p, nouns in GENDERED_NOUNS.items() if head in nouns), None)
        if gender is None and (own := re.search(r"\b(her|his)\b", description)):  # "neighbor who watched from her"
            gender = "she" if own.group(1) == "her" else "he"
        reveals = sorted(
            [
                *_NAME_REVEAL.finditer(self._text, after, stop),
                *re.compile(
                    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:The|His|Her|Their)\s+{noun}(?:,|\s+is)\s+{_REVEALED_NAME}[,.]",
                    re.MULTILINE,
                ).finditer(self._text, after, stop),
                # "The man, who later gave his name as Dwight Farraday, …"
                *re.compile(
                    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))The\s+{noun},\s+who\s+(?:later\s+|then\s+)?gave\s+(?:his|her)\s+"
                    rf"name\s+(?:only\s+)?as\s+{_REVEALED_NAME}[,.]",
                    re.MULTILINE,
                ).finditer(self._text, after, stop),
                # for the one a story's lede set out to describe ("The woman behind the counter"), not a neighbor
                # further down: a paragraph that opens on their name and age, or on another noun for them ("The
                # speaker, Marisol Ekwueme-Paz, a home aide")
                *(_AGE_REVEAL.finditer(self._text, after, stop) if lede else ()),
                *(_NOUN_REVEAL.finditer(self._text, after, stop) if lede else ()),
            ],
            key=lambda m: m.start(),
        )
        for reveal in reveals:
            written = reveal.group("name")  # as the story writes it: the model may have read no name there
            person = self.fullest(written) if is_person_name(written) and len(written.split()) >= 2 else None
            other = "noun" in reveal.re.groupindex and _noun_gender(reveal.group("noun")) not in (None, gender)
            if person is None or other or (gender and pronoun_of(person.split()[0]) not in (None, gender)):
                continue  # "the woman" is no Rigoberto, nor "The milkman, Arvid Sandqvist,"
            # no one else named first: not the revealed name, however the model read it, nor a lone word that may be
            # a town ("Wexham"), nor someone the description cannot be
            # (past the description's own sentence: "said a spokeswoman for ICE’s field office, who would not say how
            # officers knew where Ibarra would be." ¶ "The spokeswoman, Teresa Gallo, said …")
            own = _SENTENCE_END.search(self._text, after, reveal.start("name"))
            named = [
                m
                for m in self.between(own.end() if own else after, reveal.start("name"))
                if not self._weak(m)
                and not (gender and pronoun_of((self.fullest(m.name) or m.name).split()[0]) not in (None, gender))
            ]
            return None if any(self.fullest(m.name) not in (person, written) for m in named) else person
        return None

    def people_between(self, start: int, end: int, quoted: Sequence[tuple[int, int]] = ()) -> list[str]:
        """The distinct people named between two offsets, in order, outside these quoted spans."""
        return list(
            {self.fullest(m.name) or m.name: None for m in self.between(start, end) if not inside(quoted, m.start)}
        )

    def introduced_between(self, start: int, end: int, speaker: str | None) -> list[str]:
        """Other people named between two offsets (a new voice between a quote and its follow-up)."""
        known = self.fullest(speaker) if speaker else None
        stop = _SENTENCE_END.search(self._text, start, end)
        # the rest of the attribution describes the speaker: "said Abel Moraga, a lawyer who represents Lisboa" (a
        # client the story named before; someone named there for the first time may be the next voice)
        described = re.match(r"\s*,\s+(?:a|an|the|who|whose)\b", self._text[start : start + 20]) is not None
        earlier = {self.fullest(m.name) or m.name for m in self.mentions if m.end <= start} if described else set()
        named = (
            self.fullest(m.name) or m.name
            for m in self.between(start, end)
            # not a possessive in the speaker's own role: "said Alina Ruiz, Corrales’s attorney."; nor someone the
            # attribution's sentence speaks to by job: "Fuentes said that twice, the second time to the judge"
            if not (
                stop
                and m.end <= stop.start()
                and (
                    (self.fullest(m.name) or m.name) in earlier
                    or self._text.startswith(("’s", "'s"), m.end)
                    or self._text[m.start].islower()
                )
            )
        )
        return [name for name in named if name != known]

    def _starts_with_verb(self, offset: int) -> bool:
        """ ", thanked her." after a name is what the person did, not who they are."""
        token = self._token_from(offset)
        return token is not None and token.pos_ in ("VERB", "AUX")

    def _token_from(self, offset: int) -> Token | None:
        """The first token starting at or after this offset."""
        index = bisect_left(self._token_starts, offset)
        return self._doc[index] if index < len(self._doc) else None

    def role(self, name: str | None) -> str | None:
        """The role the document gives this person: an appositive after a mention of their name
        (", deputy director of America's Voice,"), else a title before it ("County Sheriff")."""
        if name not in self._roles:
            self._roles[name] = self._find_role(name)
        return self._roles[name]

    def _find_role(self, name: str | None) -> str | None:
        full = self.fullest(name)
        if not full:
            return None
        text = self._text
        # (of two who share a surname, whichever the surname alone meant where it stands: "Ayala, 44, the girls soccer
        # coach" is the coach named before it, not his wife named after)
        theirs = [m for m in self.mentions if (self._fullest_at(m) or m.name) == full]
        first_line = text.split("\n", 1)[0].rstrip()
        headline_end = (
            len(first_line) if "\n" in text and not first_line.endswith((".", "?", "!", "”", '"', "’")) else 0
        )
        for mention in theirs:
            if mention.end < headline_end:  # "Napolitano, governors clash": a headline's list, not a role
                continue
            if self._quoted(mention.start):  # "“Miss Alma, you have not minded …”": someone spoken to
                continue
            match = _ROLE.match(text[mention.end : mention.end + 160])
            if (
                match
                and re.search(r"\b[Aa]ccording\s+to\s+$", text[max(0, mention.start - 14) : mention.start])
                and re.search(r"\s(?:is|are|was|were|has|have|had|will|would)\s", match.group("role"))
            ):
                continue  # "According to Osterhaus, the hardest days are …": what follows is what she says
            if (
                match
                # (nor where the words were said: "John Morton, in a response letter, wrote")
                and not re.match(
                    r"(?:who|whose|which|that|said|says|told|and|but|in|on|at|during|after|before|from|with|by|beside|behind|"
                    r"through|under)\b",
                    match.group("role"),
                )
                and not self._starts_with_verb(mention.end + match.start("role"))
                and not _LIST_GOES_ON.match(text, mention.end + match.end("role"))  # the next guests, not a role
            ):
                # what the role is, not what they did in it: "labor consultant with AgriStaff Partners who works
                # with about 60 dairies", "director of the Steuben Public Library since 1980"
                return _ROLE_RUNS_ON.split(match.group("role"), maxsplit=1)[0].strip()
        return next((m.role for m in theirs if m.role), None)


# A picture's credit line: "(Dispatch photo / Kay Lund)", "Photo by Kay Lund", "Photograph: Kay Lund"
_PHOTO_CREDIT_BEFORE = re.compile(
    r"\b(?:photos?|photographs?|pictures?|images?|illustrations?)(?:[^\S\n]+by|[^\S\n]*[/:|])[^\S\n]*$", re.IGNORECASE
)
_PHOTO_CREDIT_AFTER = re.compile(r"[^\S\n]*(?:[)/|]|\n|$)")


def _photo_credit(text: str, mention: Mention) -> bool:
    """The one who took a picture, named in its credit: never a speaker, nor whom a pronoun means."""
    return bool(
        _PHOTO_CREDIT_BEFORE.search(text, max(0, mention.start - 40), mention.start)
        and _PHOTO_CREDIT_AFTER.match(text, mention.end)
    )


# Words that make a capitalised run an organisation or a place, not a person.
ORG_WORDS = frozenset(
    "Office Association Department Caucus Patrol Council Committee Agency Union Company Inc. Inc Corp. Corp LLC "
    "University College School Church Center Centre Street Avenue Road Bay County City Coalition Alliance Institute "
    "Foundation Fund Group Party Administration Authority Board Bureau Commission Court Service Services Bank "
    "Exchange Cooperative Co-op Hospital Clinic Network Project Society Club Team Times Post News Herald Ledger "
    "Tribune Journal Gazette Press Radio Television Voice United Families Partners Action Rights Workers Justice "
    "Initiative Movement Friends Solutions Systems Holdings Group Media Foods Motors Energy Transit Airlines Co. Ltd. "
    "Ltd PLC Corporation Motor Federation League Ministry Division Directorate Secretariat Trust Chamber Legislature "
    "Assembly Senate Congress Consulate Embassy Churches Program Programme Diocese Archdiocese Parish Synod "
    "Sheriffs Schools Elementary Academy Middle High Primary Roundtable Forum Collaborative Consortium "
    # shops, often named for their owner ("Panadería Ocampo": not Arturo Ocampo); not "Mercado", which ends as many
    # people's names ("Ian Mercado") as it starts shops' (and the model reads "Mercado El Sol" as a shop itself)
    "Bakery Restaurant Cafe Café Diner Grocery Market Pharmacy Salon Barbershop Panadería Taquería Carnicería "
    "Tienda Restaurante Pastelería Tortillería Lavandería Farmacia Peluquería Barbería Paletería Mudanzas Transportes "
    "Construcciones Abarrotes Taller Joyería Zapatería Mueblería Ferretería Papelería Florería Floristería Llantera "
    "Dulcería Novedades Refaccionaria".split()
)


# Words a name never holds, though Title Case headlines capitalise them.
_FUNCTION_WORDS = frozenset(
    "Against On Over Under For To With Without After Before Into From About And Or Of The In "
    "At By As Is Are Was Were Will Vs".split()
)


# What a message asks of its reader before a name, which the model reads as its first word ("Tell Joaquín")
_IMPERATIVES = frozenset("Tell Ask Call Let Give Thank Kiss Hug Text Send Remind".split())


# Someone's words about the name before it, set in as an aside: "Dana Whitcomb, she said, was sitting on the curb"
_SAID_ASIDE = re.compile(r",[^\S\n]+(he|she)[^\S\n]+(?:said|says|added|recalled|recalls)[^\S\n]*,", re.IGNORECASE)


def _named_for(mention: Mention) -> Mention:
    """The person a place or a prize is named for, not its name as a fuller one of theirs: "Sgt. Rogelio Banda Park"
    is Rogelio Banda, whom "Banda" then means."""
    words = mention.name.split()
    if len(words) < 3 or words[-1] not in _NAMED_FOR:
        return mention
    person = mention.name[: mention.name.rfind(" ")]
    return replace(mention, name=person, end=mention.start + len(person))


def _without_imperative(mention: Mention) -> Mention:
    """A name without what a message asked of its reader, read as a first name ("Tell Joaquín to mind his
    sister": Joaquín)."""
    first, _, rest = mention.name.partition(" ")
    if first not in _IMPERATIVES or not rest:
        return mention
    return Mention(rest, mention.start + len(first) + 1, mention.end, mention.title)


def _paper_name(full: str, name: str) -> bool:
    """A paper's full name for the short one news uses ("The Ridgeline Examiner" for "Examiner"), more than an
    article before it ("The National Weather Service" is the "National Weather Service" already)."""
    return (
        name[:1].isupper() and full[:1].isupper() and full.endswith(" " + name) and re.sub(r"^The\s+", "", full) != name
    )


@lru_cache(maxsize=8)
def _papers_called(text: str) -> list[tuple[int, int, str]]:
    """Where the story names a paper beside what it is ("The Whitford Clarion, the student newspaper,"): start,
    end and the name, read once per story, not once per "the paper said"."""
    return [
        (m.start(), m.end(), re.sub(r"^The\s+", "", m.group("name")))
        for m in _CALLED_A_PAPER.finditer(text)
        if "\n" not in m.group(0)
    ]


def organisation_named(doc: Doc, text: str, noun: str, near: int, *, sole: bool = False) -> str | None:
    """The organisation "the company", "the agency" or "the group" stands for: the last one the story (`doc`,
    whose text is `text`) named before `near` whose name fits the noun ("the company" → "Meridian Transit
    Solutions Inc.", "the agency" → "U.S. Immigration and Customs Enforcement"). With `sole`, the one organisation
    of the story whose name says it is one ("Ostrander State University" of "the university"), else None."""
    fits = _GENERIC_ORGANISATIONS.get(noun.lower())
    if fits is None:
        return None
    # "The Whitford Clarion, the student newspaper, …": a paper the story called one, when named last
    called = [c for c in _papers_called(text) if c[1] <= near] if noun.lower() in _PAPERS else []
    paper = called[-1] if called else None
    # The model's organisations, and capitalised runs it missed ("Ostrander Transit Systems Inc.")
    names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    names += [(m.start(), m.end()) for m in _CAPITALISED_RUN.finditer(text, 0, near)]
    # ICE, DHS: the last resort
    acronyms = [(m.start(), m.end()) for m in re.finditer(r"\b[A-Z]{2,5}\b", text[:near])]
    for spans in (names, acronyms):
        named = [
            (start, end)
            for start, end in spans
            if end <= near
            and "\n" not in text[start:end]
            and fits.search(text[start:end])
            and not text.startswith(":", end)
        ]  # "ODUYA:" labels an answer
        if named:
            break
    else:
        return paper[2] if paper else None
    start, end = max(named, key=lambda span: (span[0], span[1] - span[0]))
    if sole:  # one name, though the model read a part of it: "Valley University" of "Torrance Valley University"
        longest = max((text[s:e] for s, e in named), key=len)
        if paper is not None or not all(text[s:e] in longest for s, e in named):
            return None
        if not re.search(rf"\b{re.escape(noun.title())}\b", longest):
            return None  # (only a name that says what it is: not "Ridgefield Agri Partners" of "the company")
        start, end = next((s, e) for s, e in named if text[s:e] == longest)
    if paper is not None and paper[0] >= start:
        return paper[2]
    if re.fullmatch(r"[A-Z]{2,5}", text[start:end]):  # "sent to the FBI ... ICE decides": the later acronym
        later = [
            (s, e)
            for s, e in acronyms
            if start < s and e <= near and fits.search(text[s:e]) and not text.startswith(":", e)
        ]
        start, end = max(later, default=(start, end))
    if (band := _BAND.match(text, end)) and re.fullmatch(r"[KW][A-Z]{2,3}", text[start:end]):
        end = band.end()  # "WKMT-TV": the station's whole call sign
    if (number := _BRANCH_NUMBER.match(text, end)) and re.search(
        r"\b(?:Local|Lodge|Chapter|District)$", text[start:end]
    ):
        end = number.end()  # "Chesapeake Processing Workers Union Local 12": the number the model left out
    if (circuit := _COURT_SEAT.match(text, end)) and re.search(r"\bCourt(?:\s+of\s+Appeals)?$", text[start:end]):
        end = circuit.end()  # "U.S. Court of Appeals for the 9th Circuit": which court, which the model left out
    if (joined := _JOINED_BEFORE.search(text, max(0, start - 40), start)) and re.search(
        r"\bLocal(?:\s+\d+)?$", text[start:end]
    ):
        start = joined.start(
            "first"
        )  # "Glass and Allied Workers Local 318": the union's first words, which the model cut
    name = re.sub(r"^The\s+|[’']s$", "", text[start:end])  # (nor its possessive: "Tremont State University’s")
    # not the next sentence's first word ("Enforcement. Under"), nor the sentence's full stop
    name = re.split(r"(?<=[a-z]{3})(?<!Corp)\.(?:\s|$)", name)[0]
    words = name.split()
    for i in range(1, len(words) - 2):  # "Immigration and Customs Enforcement Director John Morton": the agency
        if (words[i] in TITLES or is_role_word(words[i])) and first_name_first(" ".join(words[i + 1 :])):
            return " ".join(words[:i])
    return name


# A name's first capitalised word and "and", after a comma or "the": ", Glass and (Allied Workers Local 318)"
_JOINED_BEFORE = re.compile(r"(?:,|\bthe)[^\S\n]+(?P<first>[A-Z][\w’'-]*)[^\S\n]+and[^\S\n]+$")


def clause_subject(verb: Token, text: str) -> Token | None:
    """The verb's subject in its own paragraph (`text` is the document's): the parse sometimes makes a one-word
    headline the subject of the first sentence ("Court ¶ His lawyer, ..., asked"); then the words it set beside
    that headline are. A dateline the parse made a second subject ("COLUMBUS, Ohio - John Morton, ..., told") is
    passed over, and so is an aside the parse made the subject in place of the name before it."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "His lawyer, Tobias Renner, asked for ten years": the parse may make "asked" a clause of the noun, the root
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT":
        return verb.head
    if not subjects and (first := _first_of_a_series(verb)) is not None:
        return first
    if (
        verb.dep_ == "ROOT"
        and verb.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "acl" and c.tag_ == "VBD" for c in verb.children)
    ):
        return verb
    if len(subjects) > 1 and subjects[0].text.isupper() and len(subjects[0].text) > 1:
        subjects = subjects[1:]
    elif len(subjects) > 1 and subjects[0].i + 1 < len(verb.doc) and verb.doc[subjects[0].i + 1].text == ":":
        subjects = subjects[1:]  # "A: A second-grader came …": an interview's label, the parse's first subject
    elif len(subjects) > 1 and subjects[0].pos_ == "NOUN" and subjects[1].pos_ == "PROPN":
        subjects = subjects[1:]  # "A leader of that effort, Marisela Trujillo-Banks, called": the name beside it
    for child in subjects:
        if child.tag_ in ("VBG", "VBN") and (own := [c for c in child.children if c.dep_ == "nsubj"]):
            child = own[0]  # "Judge Okonjo-Hale, writing for the panel, said": the parse made the aside the subject
        if "\n" not in text[min(child.idx, verb.idx) : max(child.idx, verb.idx)]:
            return child
        beside = [
            c
            for c in child.children
            if c.dep_ == "appos" and "\n" not in text[min(c.idx, verb.idx) : max(c.idx, verb.idx)]
        ]
        if beside:
            return beside[0]
    return None


def _first_of_a_series(verb: Token) -> Token | None:
    """The subject of a series of actions the parse cut after its first ("Anaya turns toward the fence, lifts the
    microphone and says:" made "turns" a clause reported by "lifts"): the first verb's, in the same tense, ending
    right at the comma before this one, with no quotation between."""
    if verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != verb.tag_ or clause.right_edge.i != verb.i - 2:
            continue
        own = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        between = verb.doc[clause.left_edge.i : verb.i].text
        if own and own[0].pos_ in ("PROPN", "NOUN", "PRON") and not any(m in between for m in '“”"\n'):
            return own[0]
    return None


def _trade_in_headline(text: str, start: int, name: str) -> bool:
    """ "Roofer held on immigration detainer": a headline's first word names a trade, not a person."""
    word = name.lower()
    return (
        start == len(text) - len(text.lstrip())
        and " " not in name
        and not is_first_name(name)
        and (word in JOBS or word in ROLE_WORDS or word.endswith(("er", "or", "ist")))
    )


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _first_name_before(text: str, start: int) -> str | None:
    """A common first name the model left out of the name right after it ("Héctor" of "Héctor Reyes Ocampo")."""
    before = re.search(r"(?<![\w’'.-])([A-Z][\w’'-]+)[^\S\n]$", text[max(0, start - 30) : start])
    if before is None:
        return None
    word = before.group(1)
    if word in TITLES or word in ROLE_WORDS or word in LEADING_WORDS or word in NOT_NAMES or not is_first_name(word):
        return None
    return word


def _joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """One name where the model read two overlapping ones ("Julián Ortega" and "Ortega Salvatierra")."""
    joined = []
    ordered = sorted(mentions, key=lambda m: m.start)
    for first, second in zip(ordered, ordered[1:], strict=False):
        if first.start < second.start < first.end < second.end:
            name = text[first.start : second.end]
            words = name.split()
            if len(words) <= 4 and "\n" not in name and is_first_name(words[0]) and words[0] not in ROLE_WORDS:
                if all(w[:1].isupper() for w in words) and strip_name(name)[0] == name:
                    joined.append(Mention(name, first.start, second.end, first.title))
    return joined


# A headline's verb the model ran into a name ("New Beckwith-Haines Ad Says Rival ..."): no surname.
_HEADLINE_VERBS = frozenset("Says Said Tells Told Warns Urges Calls Wants Asks Slams Blasts Vows".split())
_PARAGRAPH_START = re.compile(r"\n\s*\S")
_PLACE_BEFORE = re.compile(r"\b(?:in|of|near|outside|from|to|at)(?:[^\S\n]+(?:nearby|the))?[^\S\n]+$")
# "the administrator of Maple Crest Manor": an organisation the model read as one, after the job it employs (not
# after kin: "the daughter of Ada Lunde")
_WORKPLACE_BEFORE = re.compile(
    r"\b(?!(?:wife|husband|son|daughter|mother|father|brother|sister|friend|widow|aunt|uncle)\s)[a-z]{4,}[^\S\n]+"
    r"(?:of|at)[^\S\n]+(?:the[^\S\n]+)?$"
)
_PLACE_NOUN_AFTER = re.compile(
    r"[^\S\n]+(?:valley|county|area|region|township|neighborhood|neighbourhood|corridor|basin|watershed|delta)\b"
)
IN_PLACE = re.compile(r"\b(?:in|near|outside)(?:[^\S\n]+nearby)?[^\S\n]+$")
_PLACE_WORDS = frozenset(
    "Lake River Falls Springs Creek Valley Heights Hills Beach City County Harbor Bay Hollow Crossing Junction "
    "Landing Meadows Village Corners Flats Canyon".split()
)
_TOWN_WORDS = _PLACE_WORDS - {"Lake", "River", "Hills", "Beach"}  # the place words that are never a surname
_TITLE_WORDS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "sgt.": "sergeant",
    "lt.": "lieutenant",
    "gen.": "general",
    "col.": "colonel",
    "capt.": "captain",
    "det.": "detective",
    "prof.": "professor",
    "supt.": "superintendent",
}


def _written_before(word: str) -> re.Pattern[str]:
    """The word, or a title abbreviated for it ("Sgt." for sergeant), right before a name."""
    forms = [re.escape(word)] + [re.escape(short.capitalize()) for short, full in _TITLE_WORDS.items() if full == word]
    return re.compile(rf"\b(?:{'|'.join(forms)})[^\S\n]+$")


# which of a family of one name: "the elder Quiñónez said", "The younger Stroud", right before the surname
GENERATION_BEFORE = re.compile(r"\b[Tt]he[^\S\n]+(elder|older|younger)[^\S\n]+$")
_PARTY_LETTERS = {"republican": "R", "democrat": "D", "independent": "I"}


def _abbreviates(short: str, state: str) -> bool:
    """Is `short` this state's abbreviation ("Fla." of Florida, "Ky." of Kentucky, "W.Va." of West Virginia, "TX"):
    its letters in the name's order, from the name's first letter on."""
    letters = short.replace(".", "").lower()
    name = state.lower()
    if not letters or not name.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = name.find(letter, at)
        if at < 0:
            return False
        at += 1
    return True


_LAWMAKERS = frozenset({"representative", "senator", "governor", "congressman", "congresswoman", "delegate"})
# What a description calls the holder of a title: "the congresswoman" of "Rep. Harriet L. Beaumont-Sykes"
_TITLE_ALIASES = {
    "congresswoman": "representative",
    "congressman": "representative",
    "congressmember": "representative",
}


# Two words for one job, either of which a story may use the second time
_SAME_ROLE = {"lawyer": "attorney", "attorney": "lawyer", "physician": "doctor", "doctor": "physician"}


def _title_words(title: str | None) -> set[str]:
    """A title's words as a description would say them ("State Sen." → state, senator)."""
    return {_TITLE_WORDS.get(word, word) for word in (title or "").lower().split()}


def _role_heads(role: str | None) -> set[str]:
    """The words a description of this role would end on: the last two before its first preposition ("deputy
    director of America's Voice": deputy, director), and the last of its leading lower-case words ("the only
    wrestling coach Kettle Creek High School has had": coach)."""
    if not role:
        return set()
    heads = set(re.split(r"\s+(?:of|for|at|with|in|on)\s+", role)[0].lower().split()[-2:])
    # "an immigration attorney who volunteers with …": attorney
    heads |= set(re.split(r"\s+(?:who|whose|that|which)\s+|,", role)[0].lower().split()[-1:])
    leading = re.match(r"(?:[a-z][\w’'-]*\s+)*[a-z][\w’'-]*", role)
    return heads | ({leading.group(0).split()[-1]} if leading else set())


def _title_gender(title: str | None) -> str | None:
    words = set(title.split()) if title else set()
    return "he" if words & MASCULINE_TITLES else "she" if words & FEMININE_TITLES else None


def is_person_name(name: str) -> bool:
    """A run of capitalised words that can be a person's name (not "ICE", "Highway Patrol" or "Afterward")."""
    words = name.split()
    if (
        not words
        or not words[0][:1].isupper()
        or words[0] in NOT_NAMES
        or (len(words) == 1 and words[0] in LEADING_WORDS)
    ):
        return False
    if any(w in _FUNCTION_WORDS for w in words[1:]):  # "Union Rebels Against Morton": a headline, not a name
        return False
    if any(w in ORG_WORDS or re.sub(r"[’']s$", "", w) in ORG_WORDS for w in words):
        return False
    if any(w in _AFFILIATIONS for w in words):  # "a Kansas Republican": what someone is, not who
        return False
    if len(words) > 1 and words[-1] in ("General", "Memorial", "Regional"):  # "Marlow General": a hospital
        return False
    if any(w in _WEEKDAYS for w in words):  # "Late Thursday the sheriff's office issued a statement:"
        return False
    if len(words) > 1 and len(words[-1]) >= 3 and words[-1].isupper() and not re.fullmatch(r"[IVXL]+", words[-1]):
        return False  # "No ICE" of a chant, "Support DHS": an acronym is no one's surname (a "III" is a suffix)
    return not (name.replace(".", "").isupper() and len(name.replace(".", "")) > 1)


_AFFILIATIONS = frozenset("Republican Republicans Democrat Democrats Democratic GOP".split())
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
# The rest of a hyphenated surname the model's span left out ("Stroud" of "Stroud-Haynes")
_HYPHENATED_REST = re.compile(r"-[A-Z][a-z][\w’']*(?![\w-])")
_FIRST_AND_LAST = re.compile(  # accented letters too: "Lucía Ferrer"
    r"(?<![\w’'-])(?P<name>[A-Z][a-zà-öø-ÿ]+[^\S\n]+(?:[A-Z]\.[^\S\n]+)?[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zà-öø-ÿ]"
    r"(?:,?[^\S\n]+(?:Jr|Sr)\.|[^\S\n]+(?:II|III|IV)\b)?)(?![\w-])"
)


# "Navarro, a Democrat in her first term," (not "Tramonte, who still uses her recipe": a relative clause brings others)
def inside(spans: Sequence[tuple[int, int]], offset: int) -> bool:
    """Does the offset fall in one of these sorted, separate spans (the quotations of a document)?"""
    index = bisect_right(spans, offset, key=lambda span: span[0]) - 1
    return index >= 0 and offset < spans[index][1]


# Right before a name: whom someone married ("married Wade Kersey"), named in passing
_MARRIED = re.compile(r"\b(?:married|wed|divorced)[^\S\n]+$")
# "His holder, junior quarterback " / "Napolitano’s deputy, " right before a name: someone of someone else's
_OWNED = re.compile(
    r"(?:\b(?P<pronoun>[Hh]is|[Hh]er|[Ww]hose)|\b(?P<owner>[A-Z][\w’'-]+)[’']s)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<relation>lawyer|attorney|holder|deputy|aide|assistant|mother|father|wife|husband|son|daughter|brother|"
    r"sister|coach|teammate|boss|supervisor|colleague|friend|neighbor|neighbour|partner|spokesman|spokeswoman|"
    r"employer|cousin|uncle|aunt|niece|nephew|landlord|landlady|roommate|girlfriend|boyfriend|fianc[ée]e?|"
    r"spokesperson|chief\s+of\s+staff|oldest|eldest|youngest)s?,\s+(?:[a-z][\w-]*\s+){0,3}$"
)
# ... and a couple's: "Their daughter, Karla," (for whose kin someone is, not who depends on whom)
_OWNED_KIN = re.compile(_OWNED.pattern.replace("[Hh]er|", "[Hh]er|[Tt]heir|", 1))
_POSSESSIVE_OF = {"his": "he", "her": "she"}
# The nearest kin, by the words news names them with
_CLOSE_KIN = "mother|father|wife|husband|son|daughter|brother|sister"
# A relative of a named person as a sentence's subject: "Villalta’s brother was on the phone"
_KIN_SUBJECT = re.compile(rf"(?<![\w’'])(?P<owner>[A-Z][\w’'-]+)[’']s\s+(?P<kin>{_CLOSE_KIN})\b")
# Whom a relative is the relative of, by the word the story named them with: her mother is the one she is the
# daughter of
_INVERSE_KIN = {
    "mother": ("daughter", "son", "oldest", "eldest", "youngest"),  # "Her oldest, Brenda, 17,"
    "father": ("daughter", "son", "oldest", "eldest", "youngest"),
    "daughter": ("mother", "father"),
    "son": ("mother", "father"),
    "wife": ("husband",),
    "husband": ("wife",),
}
# Whom someone is someone of, as they speak of them: kin as the story would name them the other way round (a
# daughter's "my mother", a mother's "my youngest"), and a lawyer's "my client"
_OWNER_AS_SEEN = {
    **_INVERSE_KIN,
    "lawyer": ("client",),
    "attorney": ("client",),
    "sister": ("sister", "brother"),
    "brother": ("sister", "brother"),
    "aide": ("boss",),
    "deputy": ("boss",),
}
# What a child calls a parent, also as a name: "“Dad thinks …,” he says"
_CALLED_AT_HOME = {"mother": "mom", "father": "dad"}
# A name followed by its own verb, not closed as an aside ("…, Tzul asked about the cows")
_VERB_AFTER_NAME = re.compile(r"[^\S\n]+(?!(?:and|or|of|who|whose|which|that|is|was|has|had)\b)[a-z]+(?:ed|s)\b")
_SUBJECT_OF = {"him": "he", "her": "she"}
_TESTIFIED = re.compile(
    r"\b(?:testif(?:ied|ies|ying)|appeared\s+before|told\s+(?:a|the)\s+(?:[\w’'-]+\s+){0,4}?(?:committee|subcommittee|"
    r"panel|commission|hearing))\b"
)
_EARLIER_TIME = re.compile(
    r"\b(?:[Ll]ast\s+(?:year|month|week|spring|summer|fall|autumn|winter)|[Ee]arlier\s+this|[Ii]n\s+(?:19|20)\d\d|"
    r"[Ii]n\s+(?:testimony|a\s+\d{4}|an?\s+(?:earlier|previous))|[Pp]reviously|years?\s+ago|"
    # what they said under oath before ("In his own deposition, he testified …")
    r"[Ii]n\s+(?:his|her|their|a)\s+(?:own\s+)?(?:deposition|affidavit|sworn\s+statement))\b"
)
# "Luz Marina Ocaña", "Héctor de la Vega", "Ana M. Ruiz": a name as written, up to four words
_REVEALED_NAME = (
    r"(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+(?:(?:de|del|la|las|los|da|do|dos|van|von|bin|al)[^\S\n]+)?"
    r"[A-Z](?:[\w’'-]+|\.(?=[^\S\n]+[A-Z]))){1,3})"
)
_NAME_REVEAL = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?:(?:His|Her|Their)\s+name\s+is"
    rf"|(?:He|She)\s+(?:gave\s+(?:his|her)\s+name\s+as|identified\s+(?:himself|herself)\s+as|said\s+(?:his|her)"
    rf"\s+name\s+(?:is|was)))\s+{_REVEALED_NAME}"
)  # "Her name is Yesenia Portillo.", "She gave her name as Consuelo Reyna-Price"
_AFTER_HEAD_NOUN = re.compile(
    r"\s+(?:in|with|at|of|for|from|on|who|wearing|behind|beside|near|by|under|outside|inside)\s+"
)
_NOUN_REVEAL = re.compile(rf"(?m)^The\s+(?P<noun>[a-z][\w-]*),\s+{_REVEALED_NAME},")


def _noun_gender(noun: str) -> str | None:
    """He or she by the noun alone: "milkman", "chairwoman", "mother"."""
    if noun.endswith("woman") or noun in GENDERED_NOUNS["she"]:
        return "she"
    return "he" if noun.endswith("man") or noun in GENDERED_NOUNS["he"] else None


# The nouns that say he or she of whoever they describe
GENDERED_NOUNS = {
    "she": frozenset(
        "woman girl mother wife daughter grandmother sister widow aunt niece mom lady granddaughter stepmother grandma "
        "spokeswoman congresswoman councilwoman businesswoman policewoman chairwoman actress waitress".split()
    ),
    "he": frozenset(
        "man boy father husband son grandfather brother widower uncle nephew dad grandson stepfather grandpa "
        "spokesman congressman councilman businessman policeman".split()
    ),
}
# the heads of a description that make the name before it a person's: "Yesenia, a sophomore nursing major"
_KIN_AND_FOLK = GENDERED_NOUNS["she"] | GENDERED_NOUNS["he"] | {"sophomore", "freshman", "junior", "senior", "major"}
# A feature's next paragraph opening on the name and age of the one it described: "Nadia Ferreira-Lau, 46, is the
# director of ..."
_AGE_REVEAL = re.compile(
    rf"(?m)^{_REVEALED_NAME}(?:,\s+\d{{1,3}},(?:\s+[^,\n]{{1,60}},)?\s+(?:is|was|has|had|[a-z]+ed|[a-z]+s)\b"
    r"|,?\s+and\s+(?:his|her)\s|,\s+(?:his|her)\s+(?:mother|father|sister|brother|husband|wife|son|daughter),)"
)  # or "Maribel Escalante-Ruiz and her sister, Yadira, 8, have lived with ..." after "The older sister gets up at
# five"; "Alondra Beltrán, her mother, Graciela, and her younger brother" after "The 17-year-old sets the phone"
_APPOSITIVE_PRONOUN = re.compile(
    r",\s+(?:a|an|the)\s+(?:(?!who|whose|that|which|whom)[\w’'-]+\s+){0,8}?(?P<p>her|his)\s"
)
# A role that says its bearer's sex, beside the name: "the commission chairwoman, Joan Tuttle", "Ruiz, a
# spokesman for", "her husband, Joan" (the words are the role's own, not a possessive before it).
_SHE_ROLES = (
    "chairwoman|congresswoman|spokeswoman|businesswoman|councilwoman|assemblywoman|alderwoman|policewoman|"
    "wife|mother|daughter|sister|aunt|grandmother|granddaughter|niece|widow|woman|girl|actress|waitress|nun"
)
_HE_ROLES = (
    "chairman|congressman|spokesman|businessman|councilman|assemblyman|alderman|policeman|husband|father|son|"
    "brother|uncle|grandfather|grandson|nephew|widower|man|boy|actor|waiter|priest|monk"
)
# A phrase of its own that opens the sentence before a name, not an apposition to it: "Besides his daughter,
# Tiedemann is survived by …" (but "walked in with her mother, Marisol, standing behind her" is the mother)
_NOT_AFTER_PREPOSITION = (  # (capitalised, whatever the pattern's flags)
    "(?-i:"
    + "".join(
        rf"(?<!\b{word}\s)" for word in "Besides Beside Like Unlike Except With Without After Before For To".split()
    )
    + ")"
)
_ROLE_BEFORE = re.compile(  # with its article or possessive: not a headline's list ("Congressman, Napolitano trade")
    # (nor a phrase of its own: "Besides his daughter, Tiedemann is survived by a son")
    rf"{_NOT_AFTER_PREPOSITION}\b(?:the|a|an|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){{0,4}}?"
    rf"(?:(?P<she>{_SHE_ROLES})|(?P<he>{_HE_ROLES})),\s*$",
    re.IGNORECASE,
)
_ROLE_AFTER = re.compile(  # (not a clause's: "Maricela Bonner, a hospital interpreter whose brother was deported")
    rf",\s+(?:a|an|the)\s+(?:(?!(?:who|whose|that|which|whom)\b)[\w’'-]+\s+){{0,3}}?"
    rf"(?:(?P<she>{_SHE_ROLES})|(?P<he>{_HE_ROLES}))\b",
    re.IGNORECASE,
)
# "Osei asked her what parents should believe." before the quote; "she said" (not "she asked") after it
_ASKED_HIM_OR_HER = re.compile(
    r"(?m)(?:^|(?<=[.!?][^\S\n]))[^\S\n]*(?:[A-Z][\w’'.-]*[^\S\n]+){0,3}?(?P<asker>[A-Z][\w’'-]+)[^\S\n]+(?:asked|(?:pressed|questioned)"
    # (pressed on something, not "Wendt pressed her. “…?” she said", which is the pressing)
    r"(?=[^\S\n]+(?:him|her)[^\S\n]+(?:on|about|over|why|what|how|whether|if|when|where|who)\b))"
    r"[^\S\n]+(?P<object>him|her)\b[^.?!\n]*[.?!][^\S\n]*$"
)
# After the one asked, what they were asked, to the end of the paragraph: " how long it would take."
_ASKED_WHAT = re.compile(
    # ("turned to Ramaswamy and asked whether …": asked after the turn)
    r"(?:,[^,.?!\n“”\"]{1,40},)?(?:[^\S\n]+and[^\S\n]+(?:asked|pressed)(?:[^\S\n]+(?:her|him|them))?)?"
    r"[^\S\n]+(?:how|what|whether|if|why|when|where|who)\b[^.?!\n“”\"]*[.?][^\S\n]*(?:\n|\Z)"
)
# What someone was asked, in a sentence the quote follows on the same line: " whether she saw it the same way. "
_ASKED_JUST_NOW = re.compile(r"[^\S\n]+(?:how|what|whether|if|why|when|where|who|about)\b[^.?!\n“”\"]*[.?][^\S\n]*")
# The verb of asking right before the name of the one asked: "asked Voight", "pressed Commissioner"
_ASKED_JUST_BEFORE = re.compile(
    r"\b(?:asked|questioned|pressed|turned[^\S\n]+to)(?:[^\S\n]+[A-Z][\w’'.-]*){0,2}[^\S\n]+\Z"
)
# Another one of a trade, brought in unnamed: "An ICE spokesman, replying by email, said"
_ANOTHER = r"\b(?:[Aa]n?|[Aa]nother)[^\S\n]+(?:[\w-]+[^\S\n]+){{0,3}}?{word}\b"
# A clause on a name that has them speak, ending the sentence before a quote: ", who put it more sharply at the June
# meeting. "
_WHO_SPOKE = re.compile(
    r",[^\S\n]+who[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}?(?:put[^\S\n]+it|said|spoke|told|argued|testified|answered|replied"
    r"|responded|was[^\S\n]+(?:more[^\S\n]+)?blunt(?:er)?)\b[^.!?;“”\"\n]*[.:][^\S\n]*"
)
# Someone set beside the kin they are of: "his uncle, Teodoro,", "her older sister, Marta"
_KIN_BEFORE = re.compile(
    r"\b(?:his|her|their)\s+(?:[a-z]+\s+){0,2}?(?P<kin>brother|sister|son|daughter|mother|father|husband|wife|"
    r"uncle|aunt|cousin|nephew|niece|grandson|granddaughter|grandmother|grandfather)[^\S\n]*,[^\S\n]*\Z"
)
# A question's first words that speak to someone: "“Sheriff, …", "“Madam Secretary, …", "“Mr. Cáceres, …"
_ADDRESSED = re.compile(
    r"[“\"]?(?:(?:Madam|Mister|Mr\.|Ms\.|Mrs\.|Dr\.)[^\S\n]+)?(?P<who>(?!Sir\b|Ma[’']am\b)[A-Z][\w’'-]+"
    r"(?:[^\S\n]+[A-Z][\w’'-]+)?),[^\S\n]"
)
# Between an asker and the one they asked by name: "then questioned", ", a Republican from Joplin, asked"
_ASKED_BY_NAME = re.compile(
    r"(?:,[^,.;!?\n“”\"]{1,80},)?[^\S\n]+(?:[a-z]+ly[^\S\n]+|then[^\S\n]+)?(?:asked|questioned|pressed|asks|questions|presses)"
    r"(?:[^\S\n]+[\w’'-]+){0,3}[^\S\n]+"
)
_TURNED_TO = re.compile(
    r"(?:,[^,.;!?\n“”\"]{1,80},)?[^\S\n]+(?:then[^\S\n]+)?turned[^\S\n]+to[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+)?"
)
_AND_ASKED = re.compile(r"[^\S\n]+and[^\S\n]+(?:asked|pressed)\b")
# A paragraph that is one question asked without quotation marks: "Amaya asked what would happen to her son."
# ("Calloway, who had said nothing for twenty minutes, leaned forward only once, to ask where …": naming no one else)
_ASKED_ABOUT = re.compile(
    r"[^\S\n]*(?:[A-Z][\w’'.-]*[^\S\n]+){0,3}?(?P<asker>[A-Z][\w’'-]+)(?:[^A-Z.?!\n“”\"]{0,120}?\bto[^\S\n]+ask|"
    r"[^\S\n]+asked)[^\S\n]+"
    r"(?:what|whether|if|how|why|when|where|who|about)\b[^.?!\n“”\"]*[.?][^\S\n]*"
)
_WRITER_ASKED = re.compile(
    r"(?m)(?:^|(?<=[.!?][^\S\n]))(?:I|We)\b[^.!?\n]*\b(?:asked|pressed|told|reached)[^\S\n]+(?P<object>him|her)\b"
)
# After a quote's closing mark, its credit to a he or she: "“…,” she said", "“…,” he answered"
_HE_OR_SHE_CUE = r"[^\w\n]*(?:he|she)[^\S\n]+"
_ASKING_CUE = re.compile(rf"{_HE_OR_SHE_CUE}(?:said|says|replied|answered|told|asked|asks)\b")
# The rest of a sentence up to the quote that follows it on the same line
_SENTENCE_TO_QUOTE = re.compile(r"[^.?!\n“”\"]*[.?][^\S\n]*")
_REPLY_CUE = re.compile(rf"{_HE_OR_SHE_CUE}(?:replied|answered|shot[^\S\n]+back|retorted|countered)\b")
# A quote's credit that tells or asks someone, ending its paragraph: "“…,” Benítez told him."
_TOLD_HIM_OR_HER = re.compile(
    r"[”\"],?[^\S\n]+(?:[A-Z][\w’'.-]*[^\S\n]+){0,3}?(?P<asker>[A-Z][\w’'-]+)[^\S\n]+(?:told|asked)[^\S\n]+"
    r"(?P<object>him|her)\.[^\S\n]*$"
)
# A dateline at a paragraph's start: "MARROWFIELD —", "ASHBY, Vt. —"
# "ASHBY, Vt. (WKXN) —", and a release's "Washington, DC —" (a town in title case, then its state)
DATELINE = (
    r"(?:[A-Z][A-Z.’' ]+(?:,\s+[A-Z][\w.]+)*|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:,[ ][A-Z][\w.]+){1,2}(?=\s))"
    r"(?:\s+\([^)\n]{1,40}\))?\s*(?:[—–]|--|-)\s*"
)
_DATELINE_AT_START = re.compile(rf"^{DATELINE}", re.MULTILINE)
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.’' ]*[A-Z.’']")  # its town: "ASHBY" of "ASHBY, Vt. (WKXN) —"
# A speech verb right after a name: its subject
_SAYS_AFTER_NAME = re.compile(rf",?[^\S\n]+{SAYS.pattern}")
# A reported clause's opening, just before a name: "testified by phone that Peña"
_REPORTED_THAT = re.compile(rf"{SAYS.pattern}[^.!?\n“”\"]{{0,40}}?\bthat[^\S\n]+$")
# A question put to someone by role, in the paragraph before an answer: "stood up with a question for the rabbi"
_ASKED_THE_ROLE = re.compile(
    r"\b(?:asked|(?:a\s+)?questions?\s+(?:for|to)|turned\s+to|pressed|challenged)[^\S\n]+the[^\S\n]+"
    r"(?P<role>[a-z][a-z-]+)\b(?![^\S\n]+(?:of|for|at)\b)"
)
_ANSWER_CUE = re.compile(rf"{_HE_OR_SHE_CUE}(?:said|says|replied|replies|answered|answers|told)\b")
_LIST_GOES_ON = re.compile(r"[^.;:\n]{0,100}?\band\s+(?:a|an|the)\s")
# What turns a name into a firm's: "Prairie Light & Power", "Lutz and Sons".
_JOINED = re.compile(
    r"[^\S\n]*(?:&|and)[^\S\n]+(?:Sons|Daughters|Partners|Associates|Co\.|Company|(?<=&[^\S\n])[A-Z][\w’'-]+)"
)


def joined_to_organisation(text: str, end: int) -> int | None:
    """Where the organisation ends when the name that ends at `end` is only the start of one, else None."""
    joined = _JOINED.match(text, end)
    return joined.end() if joined else None


def is_role_word(word: str) -> bool:
    """A title or job before a name, capitalised or not: "Coach", "spokesman"."""
    return word in ROLE_WORDS or (word.islower() and word.capitalize() in ROLE_WORDS)


_I_CONTRACTED = re.compile(r"I[’'](?:m|ll|d|ve)")
_NAME_RUNS_ON = re.compile(r"(?:[^\S\n]+[A-Z][\w’'.-]*){1,4}")


def runs_on_to_organisation(text: str, end: int) -> str:
    """The capitalised words after a name up to the last that heads an organisation (" Justice Project", " Foods
    Inc.", " Sheriffs Council" after "Prairie State"), or ""."""
    run = _NAME_RUNS_ON.match(text, end)
    words = run.group().split(" ") if run else []
    while words and words[-1] not in ORG_WORDS:
        words.pop()
    return " ".join(words)


_NAME_WORD_AFTER = re.compile(r"[^\S\n]+[A-ZÀ-ÖØ-Þ][\w’'-]*[a-zà-öø-ÿ](?![\w-])")


def first_name_runs(text: str, organisations: list[tuple[int, int]]) -> list[Mention]:
    """Names the model missed ("Hollis Treadway’s family has run cattle ..." read as nothing): a common first
    name, a capitalised word, outside any organisation or place the model found."""
    found = []
    position = 0
    while match := _FIRST_AND_LAST.search(text, position):
        written = match.group("name")
        if (
            is_first_name(written.split()[-1])
            and written.split()[-1] not in TITLES  # "York Governor Cuomo"
            and (surname := _NAME_WORD_AFTER.match(text, match.end()))
            and surname.group(0).strip() not in TITLES
            and first_name_first(written + surname.group(0))
        ):
            written += surname.group(0)  # "Juan Pablo Reyes", "Ruth Ann Sewell": two first names and a surname
        name = re.sub(r"[’']s$", "", written)  # "Hollis Treadway’s family"
        end = match.start() + len(name)
        # Not inside an organisation or place, nor the start of one that runs on ("Prairie Light" of "Light &
        # Power"); a first name the model read as a place of its own ("Ricardo", then "Salcedo") is no place.
        first_end = match.start() + len(written.split()[0])
        if (
            first_name_first(name)
            # "Said Tennant:" opening a sentence is the cue before a surname, not a Said Tennant
            and not (
                name.split()[0] in INVERTED_CUES
                and _CUE_OPENS.search(text, max(0, match.start() - 4), match.start())
                and text[end : end + 1] in ":,"
            )
            and not any(
                (s <= match.start() < e and e != first_end) or match.start() < s < end < e for s, e in organisations
            )
            and joined_to_organisation(text, end) is None
        ):
            found.append(Mention(name, match.start(), end))
            position = match.end()
        else:  # "Judge Paul Strand-Iverson": try again from the second word
            position = match.start() + len(written.split()[0])
    return found


_CUE_OPENS = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n)\Z")


def first_name_first(text: str) -> bool:
    """ "Ada Lunde", read by the model as an organisation, is a person: a common first name and a capitalised word."""
    words = text.split()
    return (
        2 <= len(words) <= 3
        and "\n" not in text
        and is_first_name(words[0])
        and not words[0].endswith(".")  # "St. Paul", "Ft. Myers": places
        and is_person_name(text)
        and all(w[:1].isupper() for w in words)
        and words[0] not in TITLES
        and words[0] not in ROLE_WORDS
        and words[0] not in _MONTHS  # "In March Yesenia wrote"
        and words[0] not in _COMPASS  # "the West Side", "North Fork": a part of town
        and not any(_I_CONTRACTED.fullmatch(w) for w in words)  # "tell Marisol I’m sorry"
    )


@lru_cache(maxsize=256)  # asked for every place the model reads the name as a place: the text is read once per name
def _heads_organisation(text: str, name: str) -> bool:
    """Does the story write these words at the head of an organisation's name ("Ridge Valley" of "the Ridge Valley
    Detention Center")? Then the model, reading them alone as a place or organisation, was right."""
    for found in re.finditer(rf"(?<![\w’'-]){re.escape(name)}(?P<rest>(?:[^\S\n]+[A-Z][\w’'.-]*){{1,3}})", text):
        if set(found.group("rest").split()) & ORG_WORDS:
            return True
    return False


def _looks_like_a_name(name: str) -> bool:
    words = name.split()
    return is_person_name(name) and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)


# The head of a title the model left out of a person's span: "Secretary of" before "Homeland Security Janet …"
_TITLE_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?$")


def _title_head(text: str, start: int, title: str | None) -> str | None:
    """A title with the head the span before `start` left out: "Secretary of" + "Homeland Security"."""
    lead = _TITLE_OF_BEFORE.search(text, max(0, start - 40), start) if title else None
    return lead.group(0) + title if lead and title else title


def _title_before(doc: Doc, index: int) -> str | None:
    """The title or job just before a name the model's span left it out of ("Ms.", "Township Supervisor")."""
    words: list[str] = []
    while index > 0 and len(words) < 3:  # "Detective Sergeant Irene Castellanos": both words of it
        word = doc[index - 1].text
        if not (word in TITLES or word[:1].isupper() and word.lower() in JOBS):
            break
        words.insert(0, word)
        index -= 1
    return " ".join(words) or None


# A job the name is set beside: "a county commissioner, Dean Saltzman,", "the owner of Pettibone Roofing, Dean
# Pettibone,"
_ROLE_APPOSED = re.compile(
    r"\b(?P<role>[a-z]+)(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w’'&.-]*(?:[^\S\n]+[A-Z][\w’'&.-]*){0,4})?,[^\S\n]+\Z"
)


def _role_apposed(text: str, start: int) -> str | None:
    """The job written just before a name, set off by a comma ("a county commissioner, Dean Saltzman")."""
    found = _ROLE_APPOSED.search(text, max(0, start - 80), start)
    return found.group("role") if found and is_role_word(found.group("role")) else None


# A name the model may miss, where news introduces people: "Marcus Bell, a deputy ...", "Marcus Bell, 41,",
# "Marcus Bell said", "Sheriff Marcus Bell".
_INTRODUCED = re.compile(
    r"(?:\b(?P<title>(?:Mr|Mrs|Ms|Dr|Rev|Sen|Rep|Gov|Lt|Sgt|Capt|Det)\.|Sheriff|Deputy|Officer|Mayor|Judge|"
    r"Governor|Senator|Secretary|Director|Chief|Pastor|Father|Sister)\s+)?"
    r"\b(?P<name>[A-Z][a-z’'-]+(?:[^\S\n]+[A-Z]\.)?(?:[^\S\n]+(?:de|del|van|von|la|le|di|da)?[^\S\n]*[A-Z][\w’'-]+){1,2})"
    r"(?=,\s+(?:a|an|the|who|whose|\d+)\b|\s+(?:said|says|told|wrote|added|testified)\b)"
)


# "My nephew Ruben, who runs the alignment machine,", "her son Daniel said": kin and a first name, no comma between
_KIN_NAMED = re.compile(
    r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir)\s+(?:(?:late|older|younger|little|big|eldest|youngest|oldest)\s+)?"
    r"(?:nephew|niece|son|daughter|brother|sister|cousin|uncle|aunt|grandson|granddaughter|grandmother|grandfather|"
    r"husband|wife|stepson|stepdaughter|stepfather|stepmother|godson|goddaughter|mother|father)\s+"
    r"(?P<name>[A-Z][a-zà-ÿ’'-]+)(?=[,.;:]|\s+(?:and|who|is|was|has|had|said|says|told|tells)\b)"
)
# "My foreman, Efraín, has worked for me", "her son, Daniel, 17,", "a roofer named Julio", "Carmen Ixcot’s son,
# Daniel,", "the woman’s daughter, Yesenia,", "a listener named Corinne in Atwater": a first name alone.
_FIRST_NAME_BESIDE = re.compile(
    # (and two nouns for one person: "Her teammate and best friend, Nayeli,")
    r"(?:\b(?:[Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Tt]he|[Aa]n?|[Oo]ne)|[A-Za-z][\w-]*[’']s)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}?(?:[a-z][\w’'-]*\s+and\s+(?:[a-z][\w’'-]*\s+){0,2}?)?"
    r"(?:[a-z][\w-]*(?:,\s+|\s+named\s+))(?P<name>[A-Z][a-zà-ÿ’'-]+)"
    r"(?=[,.;:]|\s+(?:and|who|is|was|has)\b|\s+(?:in|of|from)\s+[A-Z])"
)


# "who asked to be identified only as Dulce", "known to neighbors as Tito", "gave his name only as Wade", "would
# give only her first name, Rosa", "a young man I will call Eliseo", "whose name is Dulce": the one name a story gives
_IDENTIFIED_AS = re.compile(
    r"(?:\b(?:identified|known|named|referred\s+to)\s+(?:only\s+)?(?:to\s+\w+\s+|here\s+|by\s+(?:her|his|a)\s+"
    r"first\s+name,?\s+)?as"
    r"|\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as"
    r"|\b(?:give|gave|use|used|using|giving)\s+only\s+(?:his|her|their)\s+first\s+name,"
    r"|\b(?:I|we)(?:\s+(?:will|shall|am|are)|’ll|'ll|\s+’ll|\s+'ll)\s+(?:call|calling)(?:\s+(?:her|him))?"
    r"|\bwhose\s+(?:first\s+)?name\s+is"
    # "That son’s name — he agreed on the phone that it could be printed — is Efraín."
    r"|\b(?:[\w-]+[’']s|[Hh]is|[Hh]er|[Tt]heir)\s+(?:first\s+)?name(?:\s*[—–][^—–\n]{1,120}[—–])?\s+is)"
    r"\s+(?P<name>[A-Z][a-zà-ÿ’'-]+)(?=[,.;:]|\s+(?:and|who|because|for|said|says|told)\b)"
)

# "Yesenia, a sophomore nursing major whose ...", "Luz, 8,": a first name alone that opens a sentence and is
# described as a person at once, or is given an age (checked as a first name, and the description as a person's)
_FIRST_NAME_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?”\n]\s)|(?<=\n))(?P<name>[A-Z][a-zà-ÿ’'-]+),\s+(?:an?|the)\s+(?P<described>(?:[\w’'-]+\s+){0,4}?"
    r"[a-z][\w-]*)(?=\s+(?:who|whose|at|in|from|of|with|for)\b|[,.])"
)
# "Rubén, who ran the grill for 16 years and asked that his last name not be used,": a first name alone that opens
# a sentence, with a clause only a person takes
_FIRST_NAME_WHO = re.compile(r"(?:^|(?<=[.!?”\n]\s)|(?<=\n))(?P<name>[A-Z][a-zà-ÿ’'-]+),\s+who\s")
_FIRST_NAME_AGED = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-zà-ÿ’'-]+),\s+\d{1,2},")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.-]*[^\S\n]+$")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman")


def _a_person(described: str) -> bool:
    """Does "a sophomore nursing major", "an organizer", "the boy's mother" describe a person (by its head)?"""
    head = described.lower().split()[-1]
    return head in JOBS or head in _KIN_AND_FOLK or head.endswith(_PERSON_ENDINGS)


def _subject_s_name_misread(token: Token) -> bool:
    """ "The chairman of the Varner County Board of Supervisors, Harold Tesch, said": the parse hung the name on the
    board; it is the name of the noun the board's phrase completes, the sentence's subject."""
    if token.dep_ != "appos" or token.head.dep_ != "pobj":
        return False
    head = completed_noun(token.head)
    return head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN"


# Capitalised words after a first name that are no surname: days, months, a street's or a place's word
_NOT_SURNAMES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Street Avenue Road County City Jr Sr".split()
)


def _could_be_a_name(word: str) -> bool:
    """A capitalised word beside a name that may be part of it: not a title, role, organisation's word or an
    imperative ("Sister Consolata Obi", "Sheriff Vance", "Tell Obi")."""
    return (
        word not in NOT_NAMES
        and word not in TITLES
        and word not in ROLE_WORDS
        and word not in LEADING_WORDS
        and word not in ORG_WORDS
        and word not in _IMPERATIVES
        and not word.isupper()
        and not _I_CONTRACTED.fullmatch(word)  # "tell Yadira I’m sorry"
    )


def _verb_read_as_noun(token: Token) -> bool:
    """ "Marisol Echeverría talks with her husband ...": a sentence the parse found no verb in, its root a plural noun
    the name qualifies, is the name's subject doing what the "noun" says."""
    head = token.head
    return (
        token.dep_ == "compound"
        and head.dep_ == "ROOT"
        and head.tag_ == "NNS"
        and not any(t.pos_ in ("VERB", "AUX") for t in head.sent)
    )


def completed_noun(token: Token) -> Token:
    """The noun a chain of prepositional phrases completes: "Board" in "The chairman of the Board of Supervisors" →
    "chairman"."""
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head.head
    return token


_NAMING_WORD = re.compile(r"\b(?:name|identified|call|called|known)\b")


@lru_cache(maxsize=8)
def introduced_names(text: str) -> tuple[Mention, ...]:
    """Names the model may miss, where news introduces people: a full name before its role or cue, or a first
    name given alone ("her son, Daniel,", "identified only as Dulce", "Yesenia, a sophomore nursing major", "Rubén,
    who ran the grill")."""
    found = {
        m.start("name"): Mention(m.group("name"), m.start("name"), m.end("name"))
        for pattern in (
            _FIRST_NAME_BESIDE,
            _KIN_NAMED,
            _IDENTIFIED_AS,
            _FIRST_NAME_DESCRIBED,
            _FIRST_NAME_WHO,
            _FIRST_NAME_AGED,
        )
        for m in pattern.finditer(text)
        if _introduces(pattern, m, text)
    }
    for match in _INTRODUCED.finditer(text):
        name, title = strip_name(match.group("name"))
        if len(name.split()) >= 2 and is_person_name(name):
            start = match.start("name") + match.group("name").find(name)
            found[start] = Mention(name, start, start + len(name), match.group("title") or title)
    return tuple(found.values())


def _introduces(pattern: re.Pattern[str], match: re.Match[str], text: str) -> bool:
    """Is this first name a person's, as the pattern that found it needs checked?"""
    name = match.group("name")
    if name in NOT_NAMES or not (pattern is _IDENTIFIED_AS or is_first_name(name)):
        return False
    if name + "." in TITLES and match.string.startswith(".", match.end("name")):
        return False  # "the committee’s chairwoman, Sen. Margarethe Olund": a title, not a first name
    if pattern is _FIRST_NAME_DESCRIBED:
        return _a_person(match.group("described"))
    if pattern is _FIRST_NAME_AGED:  # not the surname of "Maria Jordan, 34,"
        return not _CAPITALISED_BEFORE.search(text, max(0, match.start() - 40), match.start())
    return True


_CAPITALISED_RUN = re.compile(
    r"(?<![\w.])(?:[A-Z][\w&.’'-]*)(?:[^\S\n]+(?:(?:and|of|for|the)[^\S\n]+){0,2}[A-Z][\w&.’'-]*)+"
)
# How a company's name ends ("Brandt Motor Co.", "Meridian Transit Solutions Inc."); parties.py reads it too.
CORPORATE_SUFFIX = r"(?:Inc|Corp|Co|LLC|Ltd|PLC|Company|Corporation)\.?"
_CORPORATE = re.compile(
    rf"\b(?:{CORPORATE_SUFFIX}|Group|Holdings|Systems|Solutions|Foods|Industries|Partners|"
    r"Technologies|Motors?|Energy|Petroleum|Communications|Bank|Airlines|Airways|Broadband|Telecom|Wireless|Cable|"
    r"Poultry|Farms?|Mills?|Meats?|Dairy|Packing|Logistics|Media|Pharmaceuticals|Construction|Manufacturing|Steel|"
    r"Brands|Enterprises|Ventures|Capital|Electric|Power|Utilities|Railways?|Railroad|"
    r"(?:Correctional|Detention|Security|Staffing|Transport|Medical)\s+Services|Staffing)(?!\w)"
)
_BRANCH_NUMBER = re.compile(r"[^\S\n]+(?:No\.[^\S\n]*)?\d+\b")
_COURT_SEAT = re.compile(
    r"[^\S\n]+for[^\S\n]+the[^\S\n]+(?:\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+)[^\S\n]+Circuit\b"
    r"|[^\S\n]+for[^\S\n]+the[^\S\n]+(?:(?:Northern|Southern|Eastern|Western|Middle|Central)[^\S\n]+)?District[^\S\n]+of"
    r"(?:[^\S\n]+[A-Z][a-z]+){1,2}"
)
_PAPERS = frozenset(("newspaper", "paper", "daily", "weekly"))
_BAND = re.compile(r"-(?:TV|FM|AM)\b")  # the rest of a station's call sign: "WKMT" + "-TV"
# A paper named beside what it is: "The Whitford Clarion, the student newspaper," "the Capital Herald, the state's
# largest daily"
_CALLED_A_PAPER = re.compile(
    r"(?P<name>(?:The[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*)*),[^\S\n]+(?:a|an|the)[^\S\n]+"
    r"(?:[\w’'-]+[^\S\n]+){0,4}?(?:newspaper|paper|daily|weekly)\b"
)
_GENERIC_ORGANISATIONS = {
    **dict.fromkeys(
        (
            "company",
            "firm",
            "corporation",
            "contractor",
            "operator",
            "employer",
            "manufacturer",
            "automaker",
            "carrier",
            "retailer",
            "insurer",
            "lender",
            "provider",
        ),
        _CORPORATE,
    ),
    "agency": re.compile(
        r"\b(?:Agency|Enforcement|(?<!News )Service|Administration|Bureau|Patrol)\b|^(?:U\.S\.\s+)?[A-Z]{2,5}$"
    ),
    "department": re.compile(r"\bDepartment\b|^(?:DHS|DOJ|DOL|HHS|DOT|NYPD|LAPD)$"),
    "office": re.compile(r"\bOffice\b"),
    "ministry": re.compile(r"\bMinistry\b"),  # "the ministry’s note" of Mexico's Foreign Relations Ministry
    "local": re.compile(r"\bLocal\b"),  # "The local said" of Glass and Allied Workers Local 318
    # "the group said" of the Carrow Dream Coalition; "the hospital" of Saint Agnes Regional Medical Center
    "group": re.compile(
        r"\b(?:Group|Coalition|Alliance|Project|Network|Association|Union|Council|Fund|Foundation|Institute|Campaign|"
        r"Action|Rights|Voice|United|Families|Initiative|Movement|Friends|Society|League|Federation|Partnership|"
        r"Collective)\b"  # not a committee: "the group" is no "House Homeland Security Committee"
    ),
    "hospital": re.compile(r"\b(?:Hospital|Medical\s+Center|Health|Clinic|Infirmary)\b"),
    **dict.fromkeys(("cooperative", "co-op"), re.compile(r"\b(?:Cooperative|Co-op|Co-Op)\b")),
    "parish": re.compile(r"\b(?:Church|Parish)\b"),
    "district": re.compile(r"\b(?:District|(?:Public\s+)?Schools|Unified)\b"),  # "Lyndmoor County Schools"
    **dict.fromkeys(("court", "panel"), re.compile(r"\bCourt\b")),  # "the panel said" of an appeals court
    # "the paper said", "the daily wrote" of the Capital Herald
    **dict.fromkeys(
        _PAPERS,
        re.compile(
            r"\b(?:Herald|Times|Post|Gazette|Ledger|Journal|Tribune|News|Courier|Sentinel|Register|"
            r"Observer|Dispatch|Chronicle|Star|Globe|Record)\b"
        ),
    ),
    "station": re.compile(
        r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM))?$|\b(?:Television|Radio)\b"
    ),  # "told the station" of WKMT-TV
    **{
        noun: re.compile(rf"\b{noun.capitalize()}\b")
        for noun in (
            "coalition",
            "alliance",
            "organization",
            "organisation",
            "union",
            "center",
            "centre",
            "institute",
            "council",
            "university",
            "college",
            "association",
            "network",
            "foundation",
            "fund",
            "project",
            "campaign",
            "clinic",
            "church",
            "board",
            "commission",
            "committee",
            "federation",
            "chamber",
            "league",
            "society",
            "trust",
        )
    },
}
# "By Ana Ruiz | The Courier", also after a column's name: "Court Notebook | By Lionel Hargrove | Delmont Examiner"
_BYLINE = re.compile(
    r"(?m)^(?:[^\S\n]*[A-Z][^|\n]{0,40}\|)?[^\S\n]*By[^\S\n]+(?P<name>[A-Z][^|,\n]{2,60}?)[^\S\n]*(?:[|,—–]|\band\b|$)"
)
# A paragraph that opens on a name, for the notes on a piece's author below
_AUTHOR_NAME = r"(?m)^[^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,4})[^\S\n]+"
_AUTHOR_NOTE = re.compile(
    _AUTHOR_NAME + r"is[^\S\n]+"
    r"(?:a|an|the|[a-z]+[^\S\n]+(?:director|president|of|at))\b[^\n]{0,200}\.[^\S\n]*$"
)
# An op-ed's closing line on its author by what they do: "Loretta Ashby drives Bus 14 for the Pellham County schools."
# (the piece's last paragraph, by the verbs of a trade: a story's last line may be someone's "Tom Beall says …" or
# "Marisol Ruiz remains in detention.")
_AUTHOR_DOES = re.compile(
    _AUTHOR_NAME
    + r"(?:drives|teaches|coaches|works|runs|directs|leads|heads|chairs|manages|owns|farms|practices|serves|volunteers|"
    r"represents|writes|covers|lives)\b[^\n]{0,200}\.\s*\Z"
)
# A transcript's speaker label at the start of a turn: "ABERNATHY: ", "Q: "
_TURN_LABEL = re.compile(r"[^\S\n]*[A-Z][A-Z’'.-]*:[^\S\n]*")  # (one word: "MEMBER STORY:" heads a section)
# A signature on a line of its own, or after a column's heading: "— Naomi Feldstein-Ruiz", "From the pastor’s desk —
# June Albrecht-Sowah"
_SIGNED = re.compile(
    r"(?m)^(?:[^\S\n]*|[A-Z][^\n—–]{0,60}?[^\S\n])[—–][^\S\n]*(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3})[^\S\n]*$"
    # a letter to the editor's signature, a line of its own: "Joanne Kuiper, Brannock", "— Ellen Marchetti, Harwick"
    # (after a dash, any role: "— Celia Marchetti, Brookvale Town Council member, Ward 2")
    r"|^[^\S\n]*(?:(?P<dash>[—–])[^\S\n]*)?(?P<signer>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){1,3}),[^\S\n]+"
    # (or with no dash, a body and a seat: "Ruth Abernathy, Harlan Falls City Council, Ward 3")
    r"(?(dash)[^\n.!?“”\"]{1,80}|[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,3}"
    r"(?:,[^\S\n]+[A-Z][\w.]*(?:[^\S\n]+\d{1,3})?)?)"
    # (and a line on who the writer is: "— Marjorie Keel, Pell Crossing. The writer is a member of …")
    r"(?:\.[^\S\n]+(?:The[^\S\n]+writer|She|He)[^\S\n]+(?:is|was|has|lives|works|serves)\b[^\n“”\"]*)?[^\S\n]*$"
    # (or with no comma, the name's line and the town's run together, after a letter's last sentence: "Walt Brennan
    # Ferris Township", "Commissioner Gloria Sandeen District 3")
    r"|(?<=[.!?”\"]\n\n)(?:(?:Commissioner|Council(?:man|woman|[^\S\n]+Member)|Mayor|Sheriff|Judge|Pastor|Rev\.|Dr\.|Rep\.|"
    r"Sen\.)[^\S\n]+)?(?P<bare>[A-Z][\w’'-]+[^\S\n]+[A-Z][\w’'-]+)(?:[^\S\n]+[A-Z0-9][\w’'-]*){1,4}[^\S\n]*(?=\n|\Z)"
)


_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+)?$")
_BUSINESS_BEFORE = re.compile(r"\b(?:owners?|co-owners?|founder|proprietor|manager)\s+of\s+(?:the\s+)?$")


def _signature(found: re.Match[str]) -> str:
    """The name a byline, author's note or signature gives."""
    return found.groupdict().get("signer") or found.groupdict().get("bare") or found.group("name")


# Jobs a story calls someone by once it has named them ("the sheriff", "the supervisor")
JOBS = frozenset(
    "sheriff undersheriff mayor governor senator judge director chief secretary commissioner superintendent "
    "congressman congresswoman president supervisor chairman chairwoman warden deacon pastor priest rabbi imam bishop "
    "principal coach captain sergeant lieutenant detective councilman councilwoman prosecutor attorney lawyer doctor "
    "teacher owner".split()
)
_NOMINAL = re.compile(  # "the shop’s owner"; "his mother", once the story has said whose mother she is
    rf"\b(?:[Tt]he\s+(?:[a-z][\w-]*[’']s\s+)?(?P<title>{'|'.join(sorted(JOBS))})"
    rf"|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?P<kin>{_CLOSE_KIN}|uncle|aunt))\b"
)
_NAME_BESIDE = re.compile(r",[^\S\n]+[A-Z]")
# A description in apposition before a name: "The commission’s chairman, Walter J. Eberhardt,"
# "The city’s parks and recreation director, Denise Okorafor,"; titles may stand between: "The subcommittee's
# chairwoman, Rep. Harriet Oduya-Lindqvist", "The prosecutor, Deputy District Attorney Felix Yamamoto-Grant,"
_ROLE_BEFORE_NAME = re.compile(
    _NOT_AFTER_PREPOSITION
    + r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[’']s)\s+(?:[\w’'.-]+\s+){0,3}?(?P<word>[a-z][\w-]*)"
    r"(?:\s+(?:at|of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*)?,\s+"  # "teacher at X School,"
    r"(?:(?:the\s+)?[A-Z][a-z]{0,4}\.\s+|(?:[A-Z][a-z]+\s+){1,3})?$"
)


def _surnames_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every place a known surname stands alone ("Natarajan-Cole said ..."), as a mention of its person: the
    model misses many of them, hyphenated ones above all."""
    surnames = {m.name.split()[-1] for m in mentions if len(m.name.split()) > 1 and _surname_alone(m.name.split()[-1])}
    surnames |= {
        words[-2]  # the first of two surnames, which news uses alone: "Alvarado" of "Yesenia Alvarado Quintanilla"
        for m in mentions
        if len(words := _surname_words(m.name)) >= 3
        and is_first_name(words[0])
        and len(words[-2]) > 2
        and not words[-2].endswith(".")
    }
    found = []
    for surname in surnames:
        for match in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
            if not any(m.start <= match.start() < m.end for m in mentions):
                found.append(Mention(surname, match.start(), match.end()))
    return found


def paragraph_before(text: str, paragraph: int) -> tuple[int, int]:
    """Where the paragraph before the one starting at `paragraph` starts and ends (its text, without the blank lines
    after it), found by scanning back rather than copying the story up to here."""
    end = paragraph
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text.rfind("\n", 0, end) + 1, end


def _surname_alone(surname: str) -> bool:
    """Can this surname be read alone as its bearer? Not one of two letters that is also a word ("Do", "So")."""
    return len(surname) > 2 or (len(surname) == 2 and surname.isalpha() and surname.lower() not in _TWO_LETTER_WORDS)


# Two-letter words that open sentences, or stand in names of places and things: never a surname read alone
_TWO_LETTER_WORDS = frozenset(
    "am an as at be by de do el go he hi if in is it la le lo ma me my no of oh ok on or so to up us we ye".split()
)


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][”\"]?[^\S\n]+|\n)[^\S\n]*\Z")


def _opens_main_clause(text: str, match: re.Match[str]) -> bool:
    """The name opens a main clause after a phrase, as its subject: "Before he leaves, Rigoberto folds the card"."""
    return bool(
        re.search(r"\w,[^\S\n]+\Z", text[max(0, match.start() - 5) : match.start()])
        and re.match(r"[^\S\n]+[a-z]+(?:s|ed)\b", text[match.end() : match.end() + 30])
    )


def first_names_alone(text: str, mentions: list[Mention]) -> list[Mention]:
    """Every place a first name stands alone that only one person of the story bears ("Yesenia waited four
    hours." for Yesenia Ortolan), as a mention of that person: features call people by their first names."""
    bearers: dict[str, set[str]] = {}
    for m in mentions:
        words = _core(m.name.split())
        if len(words) >= 2 and is_first_name(words[0]):
            bearers.setdefault(words[0], set()).add(words[-1])
    # (someone's surname, in a name of two words or more: the first name alone elsewhere is no surname)
    surnames = {core[-1] for m in mentions if len(core := _core(m.name.split())) > 1}
    # someone the story calls by a first name only ("their son, Ismael, 17,"): that name where it opens a sentence
    alone = {m.name for m in mentions if len(m.name.split()) == 1 and is_first_name(m.name)} - bearers.keys()
    found = []
    for first, people in [*bearers.items(), *((name, {name}) for name in alone)]:
        if len(people) > 1 or first in surnames:
            continue
        for match in re.finditer(rf"(?<![\w’'-]){re.escape(first)}(?![\w-])(?![^\S\n]+[A-Z])", text):
            preceding = text[max(0, match.start() - 30) : match.start()]
            if (
                not any(m.start <= match.start() < m.end for m in mentions)
                and (first not in alone or _SENTENCE_OPENS.search(preceding) or _opens_main_clause(text, match))
                and not re.search(r"[A-Z][\w’'-]*[^\S\n]+$", preceding)
                and not _PLACE_BEFORE.search(preceding)  # "a lumber yard in Delmont": a town, not Delmont Examiner
            ):
                found.append(Mention(first, match.start(), match.end()))
    return found


def _name_runs(doc: Doc, surname: str, text: str) -> list[Mention]:
    """Capitalised runs ending in `surname` ("Maria Okafor", "Sheriff Dale Ruiz" → "Dale Ruiz"), for when NER
    misses a name (`text` is the doc's, read once: spaCy builds Doc.text anew on every read)."""
    tagged = doc.has_annotation("TAG")
    runs = []
    for token in doc:
        if token.text != surname:
            continue
        if not token.whitespace_ and token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "‐"):
            continue  # "Lindgren" of "Karin Lindgren-Vogt" is the first half of her surname, not all of it
        start = token.i
        while start > 0 and token.i - start < 3:
            before = doc[start - 1]
            if (
                not before.is_title
                or before.text in NOT_NAMES
                or (tagged and before.pos_ != "PROPN" and before.ent_type_ != "PERSON")
            ):
                break
            start -= 1
        if start > 0 and doc[start - 1].text in ("-", "‐") and not doc[start - 1].whitespace_:
            continue  # "Ling Foster" of "Mei-Ling Foster": the run is part of a longer name
        name, title = strip_name(doc[start : token.i + 1].text)
        title = _title_head(text, doc[start].idx, title)
        end = token.idx + len(token.text)
        if len(name.split()) >= 2 and is_person_name(name) and "\n" not in doc[start : token.i + 1].text:
            if second := _second_surname(text, end, name):  # "María José Castañeda" of "… Castañeda de León"
                name, end = name + second.group(), second.end()
            runs.append(Mention(name, doc[start].idx, end, title))
    return runs
