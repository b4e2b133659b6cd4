"""Speakers that are not a named person: an organisation ("ICE said in a statement", "the Post said",
"the sheriff's office said") or a description of an unnamed person ("a DHS spokesperson", "the CNN host",
"officials").

News credits these as often as people: a third of the sources in researchers' annotated political news
are organisations or descriptions. A quote credited so is credited, and the comms team wants to see by
whom: "ICE", not nobody. The words that stand where a name would (after "said", before "said") are read
here and classed by their head word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import CORPORATE_SUFFIX, ORG_WORDS
from .watchlist import TITLES

# Head words of a description of people: "a spokesperson for the agency", "officials", "the CNN host".
# What opens an entry of a list: "• A jail deputy who asked not to be named: “…”"
BULLETS = "•·▪◦*"
PERSON_NOUNS = frozenset(
    """
    spokesperson spokespeople spokesman spokesmen spokeswoman spokeswomen official officials officer officers agent
    agents host hosts anchor anchors lawyer lawyers attorney attorneys advocate advocates critic critics supporter
    supporters resident residents analyst analysts expert experts source sources aide aides staffer staffers leader
    leaders member members organizer organizers organiser organisers protester protesters witness witnesses neighbor
    neighbors neighbour neighbours parent parents teacher teachers student students worker workers employee employees
    voter voters director directors chief chiefs sheriff sheriffs mayor governor senator senators representative
    representatives judge judges prosecutor prosecutors commissioner commissioners administrator administrators
    people person woman women man men detainee detainees immigrant immigrants farmer farmers owner owners manager
    managers economist economists researcher researchers scholar scholars professor professors reporter reporters
    columnist columnists editor editors commentator commentators pundit pundits strategist strategists
    lawmaker lawmakers legislator legislators councilmember councilmembers supervisor supervisors deputy deputies
    trooper troopers guard guards nurse nurses doctor doctors physician physicians pastor pastors priest rabbi imam
    activist activists volunteer volunteers organizer relative relatives mother father son daughter wife husband
    friend friends colleague colleagues insider insiders observer observers participant participants plaintiff
    plaintiffs defendant defendants counsel chair chairman chairwoman chairperson president secretary minister
    ambassador diplomat diplomats consultant consultants clerk clerks inspector inspectors trader traders caller callers
    holder holders fan fans rider riders driver drivers shopper shoppers tenant tenants landlord landlords customer
    customers passenger passengers patient patients survivor survivors veteran veterans retiree retirees bystander
    bystanders onlooker onlookers commuter commuters homeowner homeowners developer developers rancher ranchers
    fisherman fishermen miner miners inmate inmates prisoner prisoners juror jurors victim victims pilot pilots
    soldier soldiers marine marines narrator announcer moderator panelist panelists guest guests caller viewer
    democrat democrats republican republicans independents conservatives liberals progressives moderates
    surgeon surgeons chef chefs seamstress seamstresses landlady landladies grandparent grandparents bride brides
    groom grooms midwife midwives lady ladies
    viewers listener listeners reader readers writer writers author authors candidate candidates lobbyist
    lobbyists constituent constituents respondent respondents broker brokers woman girl boy mom dad grandmother
    grandfather husband wife sister brother cousin uncle aunt nephew niece student graduate graduates coach coaches
    player players owner clerk organizer spokesman resident neighbor homeowner renter renters locals townspeople
    applicant applicants claimant claimants recipient recipients beneficiary beneficiaries
    migrant migrants asylum-seeker asylum-seekers refugee refugees worker union-member
    representative congressman congresswoman congressmember selectman delegate delegates trustee trustees commissioner
    councilman councilwoman alderman alderwoman
    assemblyman assemblywoman legislator economist demographer pollster historian scientist engineer architect
    chaplain deacon bishop rabbi imam nun monk translator interpreter interpreters receptionist dispatcher
    treasurer treasurers auditor auditors comptroller controller assessor coroner ombudsman superintendent
    superintendents principal principals dean chancellor provost regulator regulators executive executives
    paramedic paramedics firefighter firefighters guard jailer jailers warden deputies officer agent subscriber
    subscribers foreman forewoman machinist machinists mechanic mechanics baker bakers tenant tenants landlord
    landlords shopper shoppers rider riders passenger passengers motorist motorists bailiff bailiffs therapist
    therapists conductor conductors salesman salesmen saleswoman cashier cashiers bartender waiter waitress librarian
    librarians accountant janitor custodian counselor counselors caseworker caseworkers technician technicians
    sergeant lieutenant detective detectives marshal marshals ranger rangers client clients parishioner parishioners
    undersheriff undersheriffs congregant congregants widow widower teenager teenagers teen teens mourner mourners
    housekeeper housekeepers
    nanny nannies cook cooks dishwasher dishwashers roofer roofers painter painters gardener gardeners landscaper
    landscapers butcher butchers laborer laborers labourer labourers auctioneer auctioneers trucker truckers plumber
    plumbers electrician electricians carpenter carpenters welder welders veterinarian veterinarians dairyman
    dairymen breeder breeders cellmate cellmates sophomore sophomores freshman freshmen junior juniors senior seniors
    buyer buyers farmhand farmhands regular regulars commenter commenters patron patrons diner diners roommate
    roommates housemate housemates classmate classmates schoolmate schoolmates teammate teammates coworker coworkers
    co-worker co-workers chaperone chaperones referee referees umpire umpires usher ushers organist paralegal
    paralegals intern interns trainee trainees apprentice apprentices granddaughter granddaughters grandson grandsons
    stepfather stepmother fiancé fiancée girlfriend boyfriend spouse spouses employer employers boss bosses
    foreperson villager villagers worshipper worshippers demonstrator demonstrators marcher marchers picketer
    picketers striker strikers sergeants lieutenants user users follower followers child children kid kids youngster
    youngsters""".split()
)
# Adjectives that follow their noun: "an official familiar with the talks" is an official.
_POSTNOMINAL = re.compile(
    r"\s+(?:familiar|close|knowledgeable|involved|briefed|present|responsible|speaking|"
    r"authorized|authorised)\b.*$"
)
# What people and bodies write, one list for every rule that names a document: "the letter said", "The email
# reads:", "according to the affidavit", "a statement from …", "an email from … says:", "the agency’s own report".
WRITINGS = frozenset(
    """
    letter memo memorandum report filing email e-mail ruling order complaint lawsuit motion brief statement
    release notice post bulletin newsletter message note text announcement alert affidavit declaration
    testimony survey indictment study audit analysis op-ed column editorial guidance transcript document card
    opinion response directive""".split()
) | {"fact sheet"}
# Any of them, as a pattern (longest first, so that "memorandum" is not read as "memo")
WRITING = "|".join(re.escape(word) for word in sorted(WRITINGS, key=len, reverse=True))
# What an organisation publishes: "DHS's own fact sheet called it ..." is DHS speaking.
DOCUMENT_NOUNS = WRITINGS | frozenset(
    "fact sheet|website|site|editorial board|ad|advertisement|campaign|tweet|video|page|blog".split("|")
)
# Head words of an organisation named by what it is: "the department said", "the influential daily wrote".
ORGANISATION_NOUNS = frozenset(
    """
    department agency office administration government group organization organisation coalition campaign company
    firm union association newspaper paper daily weekly outlet network station broadcaster ministry committee
    council board court commission bureau center centre institute caucus party city county state district
    university college school hospital clinic church foundation fund alliance network project society league
    federation chamber team club service services police patrol force army navy military embassy consulate
    legislature senate house assembly congress parliament white-house jail prison facility contractor
    corporation bank exchange authority division unit branch program programme directorate inspectorate
    secretariat cooperative co-op trust partnership collective automaker carmaker manufacturer retailer insurer
    lender airline utility chain startup publisher regulator editorial-board panel lodge guild""".split()
)
ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}s?$")  # ICE, DHS, ACLU, U.S.-style abbreviations
_TIME_LEAD = re.compile(
    r"^(?:but\s+|and\s+|yet\s+)?(?:(?:the\s+)?(?:last|this|next|following|earlier|later)\s+(?:week|month|year|spring|summer|fall|autumn|winter|"
    r"night|time|day|morning|evening)|(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|yesterday|"
    r"today|earlier|later|once|recently|afterward|afterwards|then),?\s+(?=\S)",
    re.IGNORECASE,
)
_LOWER_BEFORE_NAME = re.compile(r"^(?:[a-z][\w-]*\s+){1,2}(?=[A-Z])")
# "My neighbor", "her daughter": a neighbor, a daughter
_LEADING = re.compile(r"^(?P<det>the|a|an|my|our|your|his|her|their|its|one(?!\s+of\b)|another)\s+", re.IGNORECASE)
# Where a clause ends and the speaker's noun phrase begins: "Critics were unmoved by what one advocate".
# A relative clause with no subject of its own ("who treated the driver"), not "that the agency said"
_OWN_VERB = re.compile(
    r"(?!(?:the|a|an|his|her|their|its|our|my|your|one|some|this|these|those|he|she|they|we|it)\b)[a-z]"
)
WHOSE = re.compile(r"(?<=[a-z])[^\S\n]+whose[^\S\n]+[a-z]")  # a clause on the noun before it
_CLAUSE_BREAK = re.compile(
    r"\b(?:what|who|whom|which|that|by|than|when|while|where|after|before|because|and|but|"
    r"or|were|was|is|are|has|have|had|as|says|said|recalls|recalled|remembers|remembered)\s+"
    r"|[—–]\s*",  # a dateline's dash: "HOLTON, Neb. — A deputy (called)"
    re.IGNORECASE,
)
# The last words of a public body's name ("Immigration and Customs Enforcement")
OFFICIAL_ENDS = "Enforcement|Protection|Services|Security|Affairs|Justice|Commission|Administration|Department|Agency"
# A public body's name written in full, "and" inside it: "U.S. Immigration and Customs Enforcement"
_OFFICIAL_NAME = re.compile(
    rf"^(?:U\.S\.\s+)?[A-Z][\w’'-]*(?:\s+(?:and|of|for|the)?\s*[A-Z][\w’'-]*)*\s+(?:{OFFICIAL_ENDS})$"
)
_AND_OF_OFFICIAL_NAME = re.compile(rf"and\s+(?:[A-Z][\w’'-]*\s+)*(?:{OFFICIAL_ENDS})$")
_AND_NAMED = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,2}")
_POSSESSIVE_HEAD = re.compile(r"[’']s\s+(?P<head>[a-z][\w-]*)$")
_DOCUMENT_OWNER = re.compile(
    rf"^(?P<owner>.+?)[’']s\s+(?:own\s+|new\s+|latest\s+|online\s+)?"
    rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS, key=len, reverse=True))})"
    r"(?:\s+(?:of|from|on)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\w+day|last\s+\w+))?$"  # "the Gazette’s editorial of March 4"
)
# A study an organisation wrote, named by its owner without a possessive: "An internal Department of Homeland
# Security analysis" (whose words "the analysis" then says are the department's)
NAMED_DOCUMENT = re.compile(
    r"^(?:(?:internal|new|latest|annual|confidential)\s+)?(?P<owner>(?:U\.S\.\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w’'.-]*)*)\s+(?:analysis|study|audit|review|survey|assessment|report|memo)$"
)
# What follows a described speaker's noun phrase: a relative clause, a place or a time ("who asked not to be named",
# "at a brokerage", "after the hearing"); "for the sheriff's office" stays, it says whose spokesperson.
_AFTER_HEAD = re.compile(
    r"\s+(?:who|whose|which|that|because|after|before|during|at|in|on|from|outside|inside|near|"
    r"speaking|released|issued|sent|posted|published|provided|put\s+out|quoted|cited|carried|obtained|shortly|"
    r"just|moments|minutes|hours|"
    r"days|weeks|earlier|later)\b"
)
# A relative clause set off by commas after the speaker's noun: no part of it.
# (with a list in it: "The State Board of X, which licenses stylists, barbers and nail technicians,")
_ASIDE_CHAR = r"(?:[^,;:“”\"()]|(?<=\d),(?=\d))"  # and a number's comma: "41,000"
_TRAILING_ASIDE = re.compile(rf",\s+(?:which|who|whose|that)\b{_ASIDE_CHAR}*(?:,\s++{_ASIDE_CHAR}*)*?,?\s*$")
# An organisation's name and where it is, as wire copy writes them: the name alone is the organisation
_NAME_IN_PLACE = re.compile(
    r"(?P<name>(?:The\s+)?(?:[A-Z][\w’'.-]*\s+)+(?:Office|Department|Agency|Bureau|Council|Commission|Police|Patrol|"
    r"Court|Board|Association|Coalition|Network|Project|Center|Union))\s+in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"
)
_PREPOSITION = re.compile(r"\s+(?:for|of|at|with|from|in|on|to)\s+")
_TRAILING = re.compile(
    r"\s+(?:in\s+an?\s+\w+|on\s+\w+day|late\s+\w+|early\s+\w+|last\s+\w+|this\s+\w+|who|whom|which|that)$"
)  # "the agent at the border who" (told her): the relative pronoun belongs to the clause, not the speaker


@dataclass(frozen=True)
class Party:
    """An organisation or description credited as a speaker: as written without its leading article."""

    text: str
    kind: str  # "organisation" | "description"
    start: int  # offsets of `text` in the document
    end: int
    definite: bool  # "the sheriff", "his lawyer" (someone the story named before) rather than "a spokesperson"


_SPEECH_NOUNS = frozenset(
    "description phrase term claim characterization characterisation label assertion remark "
    "comment line reference word words slogan promise pledge charge accusation".split()
)


_PAIR = re.compile(
    r"(?P<first>(?:[Tt]he|[Aa]n?)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s+and\s+(?:the|a|an|his|her|its|their)\s+"
    r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?$"
)


_ONE_OF = re.compile(
    r"(?:[Oo]ne|[Ee]ach)\s+of\s+(?:the|those|these|its|their|his|her|our|my|your)\s+(?P<words>(?:[\w-]+\s+){0,3})"
    r"(?P<noun>[a-z]+s)$"
)


def _singular(noun: str) -> str:
    """ "officials" → "official", "deputies" → "deputy", "witnesses" → "witness"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-2] if noun.endswith(("sses", "shes", "ches", "xes")) else noun[:-1]


def read_party(
    phrase: str,
    offset: int,
    organisations: list[tuple[int, int]] = (),  # type: ignore[assignment]
    *,
    speaker_first: bool = False,
) -> Party | None:
    """The organisation or description in the words where a speaker stands, or None when they are neither
    (a clause, a place, a time). `organisations` are the model's ORG entities, as offsets into the document.

    After a cue ("said one trader at a brokerage, who asked not to be named") the speaker starts the words
    (`speaker_first`) and all of them describe it; before a cue ("Critics were unmoved by what one advocate
    called") the speaker ends them, after the last clause break."""
    stripped = phrase.strip().lstrip(BULLETS).strip()  # a list's bullet: "• A jail deputy who asked not to be named"
    if not speaker_first and (aside := _TRAILING_ASIDE.search(stripped)) is not None:
        stripped = stripped[: aside.start()]  # "The Federation for Secure Borders, which supports it, (said)"
    if (whose := WHOSE.search(stripped)) is not None:
        stripped = stripped[: whose.start()]  # "A diabetic roofer whose name I will not use (asked me)": the roofer
    if not stripped or len(stripped) > 90 or any(c in stripped for c in ',;:“”"()'):
        return None
    # "A surgeon stopped an organizer in the hallway and (said)": a clause, whose subject the parse finds
    if not speaker_first and re.search(r"\s(?:and|but)$", stripped):
        return None
    stripped = _TRAILING.sub("", stripped)
    if placed := _NAME_IN_PLACE.fullmatch(stripped):  # "The Cass Valley Sheriff's Office in Missouri": the office
        stripped = placed.group("name")
    if (one := _ONE_OF.match(stripped)) and _singular(one.group("noun").lower()) in PERSON_NOUNS:
        # "one of the former officials": a former official (the group's noun, singular), where the words stand
        single = read_party(f"one {one.group('words')}{_singular(one.group('noun'))}", 0, speaker_first=True)
        start = offset + phrase.find(stripped)
        return Party(single.text, single.kind, start, start + len(stripped), False) if single else None
    if time := _TIME_LEAD.match(stripped):  # "Last month a detainee from Honduras told me": the detainee
        stripped = stripped[time.end() :]
    if sent := re.match(r"from\s+(?=(?:an?|the|one)\s)", stripped):  # "The reply, from an attorney in …, said"
        stripped = stripped[sent.end() :]
    if pair := _PAIR.match(stripped):  # "The mayor and the chief (issued a joint statement)": the first signer
        stripped = pair.group("first")
    # "U.S. Immigration and Customs Enforcement": a name the model read as an organisation holds no clause break
    # (or without its article: "The State Board of Cosmetology and Barbering")
    at = offset + phrase.find(stripped)
    article = len(the.group(0)) if (the := re.match(r"[Tt]he\s+", stripped)) else 0
    # (or up to an "and" the model cut it at: "The State Board of Cosmetology | and Barbering")
    whole = any(
        s in (at, at + article) and (e == at + len(stripped) or _AND_NAMED.fullmatch(stripped, e - at) is not None)
        for s, e in organisations
        if at <= e <= at + len(stripped)
    )
    breaks = [] if whole or _OFFICIAL_NAME.match(stripped) else list(_CLAUSE_BREAK.finditer(stripped))
    # (nor the "and" of a body's name at the end: "a spokeswoman for U.S. Immigration and Customs Enforcement")
    breaks = [
        b
        for b in breaks
        if not (
            _AND_OF_OFFICIAL_NAME.match(stripped, b.start())
            and re.search(r"\b[A-Z][\w’'.-]*\s+$", stripped[: b.start()])
        )
    ]
    if speaker_first:  # "one trader at a brokerage, who asked not to be named": the noun phrase before its clauses
        cut = _AFTER_HEAD.search(stripped)
        if cut is not None and cut.start() > 0:
            stripped = stripped[: cut.start()].rstrip()
    elif breaks and breaks[-1].end() < len(stripped):
        last = breaks[-1]
        if last.group(0).strip().lower() in ("who", "that", "which") and _OWN_VERB.match(stripped, last.end()):
            # "An emergency-room nurse who treated the driver said": a clause about the noun before it
            noun = stripped[: last.start()].rstrip()
            earlier = [b for b in breaks if b.end() <= len(noun)]
            stripped = noun[earlier[-1].end() :] if earlier and earlier[-1].end() < len(noun) else noun
        else:
            stripped = stripped[last.end() :]
    if owner := _DOCUMENT_OWNER.match(stripped):  # "Department of Homeland Security’s own fact sheet"
        stripped = owner.group("owner")
    start = offset + phrase.find(stripped)
    leading = _LEADING.match(stripped)
    body = stripped[leading.end() :] if leading else stripped
    body_start = start + (leading.end() if leading else 0)
    if owner := NAMED_DOCUMENT.match(body):  # "An internal Department of Homeland Security analysis": the department
        body, body_start = owner.group("owner"), body_start + owner.start("owner")
    if (
        (named := _LOWER_BEFORE_NAME.match(body))
        and named.group(0).split()[-1].lower() in ORGANISATION_NOUNS
        and _is_named_organisation(body[named.end() :], body_start + named.end(), organisations)
    ):
        body, body_start = body[named.end() :], body_start + named.end()  # "the automaker Brandt Motor Co."
    words = body.split()
    if words and words[0].lower() in _SPEECH_NOUNS and not (len(words) > 1 and words[-1].lower() in PERSON_NOUNS):
        # “serious criminal offenders,” a description the group says ...: the words, not a speaker (but "a line
        # worker" is a worker)
        return None
    proper = all(w[:1].isupper() or w in ("of", "the", "for", "and", "on") for w in words)  # one long name
    if not words or len(words) > (12 if proper else 9) or (len(words) == 1 and words[0].rstrip(".") + "." in TITLES):
        return None  # "the Rev." alone is the start of a name, not a speaker
    core = _PREPOSITION.split(_POSTNOMINAL.sub("", body), maxsplit=1)[0]  # "spokesperson for the sheriff's office"
    core_words = core.split()
    doing = next(  # "a retired rancher eating breakfast": the rancher, whatever he was doing
        (i for i in range(1, len(core_words)) if core_words[i].endswith("ing") and core_words[i - 1] in PERSON_NOUNS),
        None,
    )
    if doing is not None:
        core = " ".join(core_words[:doing])
    head = core.split()[-1].lower().rstrip(".") if core.split() else ""
    if head.isdigit() and len(core.split()) > 1:  # "Keystone Deputy Sheriffs’ Lodge 14", a union's "Local 1199"
        head = "union" if core.split()[-2] == "Local" else core.split()[-2].lower()
    if possessive := _POSSESSIVE_HEAD.search(core):
        head = possessive.group("head")
    head = head.removesuffix("-in-law")  # "brother-in-law" is a brother by law
    definite = bool(leading and leading.group("det").lower() in ("the", "his", "her", "their", "its"))
    span = (body_start, body_start + len(body))
    if words[0][:1].isupper() and any(s <= span[0] and span[1] < e for s, e in organisations):
        return Party(body, "organisation", *span, definite)  # "The Friends" of the Friends of the Library
    if body.lower() == "local" and leading and leading.group("det").lower() in ("the", "its"):
        return Party(
            body, "organisation", *span, definite
        )  # "The local said": the union local (but "a local" lives there)
    if re.fullmatch(r"\d{1,3}-year-old", body) and definite:  # "the 71-year-old said": someone the story gave an age
        return Party(body, "description", *span, definite)
    if leading and re.fullmatch(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-olds?", head):
        return Party(body, "description", *span, definite)  # "a nine-year-old in the cast": a child, by age
    if head == "head" and leading and re.match(r"(?:[\w-]+\s+)?head\s+of\s", body):
        return Party(body, "description", *span, definite)  # "the head of ICE’s field office in Charlotte"
    if head in PERSON_NOUNS or head.rstrip("s") in PERSON_NOUNS:
        if not leading and len(words) == 1 and not head.endswith("s"):
            return None  # "spokesman" alone, or a capitalised word that is a name
        return Party(body if leading or words[0][0].isupper() else stripped, "description", *span, definite)
    if not any(w[0].isupper() for w in core.split()) and any(w.lower() in PERSON_NOUNS for w in core.split()[:1]):
        return Party(stripped, "description", start, start + len(stripped), definite)  # "people familiar with it"
    if (
        head in ORGANISATION_NOUNS
        or head.removesuffix("s") in ORGANISATION_NOUNS
        or ACRONYM.match(core.split()[-1])
        or _is_named_organisation(body, body_start, organisations)
        or _OFFICIAL_NAME.match(body)  # "Immigration and Customs Enforcement", whatever the model made of it
        or (words[0][0].isupper() and any(re.sub(r"[’']s$", "", w) in ORG_WORDS for w in words))
    ):
        if not leading and not words[0][0].isupper():
            return None  # "department said" without an article is a headline fragment, not a speaker
        if named := _LOWER_BEFORE_NAME.match(body):  # "the state Division of Occupational Safety": the Division
            return Party(body[named.end() :], "organisation", span[0] + named.end(), span[1], definite)
        return Party(body, "organisation", *span, definite)
    if leading and definite and all(w[0].isupper() for w in words):  # "the Post", "The Washington Herald"
        return Party(body, "organisation", *span, definite)
    if leading and definite and re.fullmatch(r"[a-z]{3,}(?:wo)?man", head) and head not in ("human", "woman"):
        return Party(body, "description", *span, definite)  # "the bail bondsman", "the lineman": someone by trade
    if (
        (agent_noun(head) or " ".join(core.lower().split()[-2:]) in _PERSON_COMPOUNDS)
        and not definite
        and (leading or words[0].lower() in _ONE)
    ):
        # "said a produce importer who ...", "one referee": someone new; "the bill's sponsor" may be someone named
        return Party(body if leading else stripped, "description", *span, definite)
    return None


# Nouns with an agent's ending that name things, not people ("a letter", "the order", "a poster").
_NOT_AGENTS = frozenset(
    """
    letter letters paper papers order orders number numbers border borders water weather power tower towers matter
    matters answer answers chapter chapters charter banner banners counter counters trailer trailers meter meters
    cluster computer computers register poster posters flyer flyers filer newsletter newsletters center centre
    corner corners quarter quarters shelter shelters summer winter daughter mother father sister brother partner
    partners error errors sector sectors motor motors monitor monitors indicator indicators factor factors mirror
    door doors floor floors color colors colour behavior behaviour favor favour labor labour rumor rumors humor
    honor honour vapor tractor tractors elevator elevators calculator ventilator generator generators refrigerator
    radiator detector detectors corridor corridors detainer detainers
    committee committees guarantee fee fees coffee degree decree jamboree
    list twist wrist mist fist
    median guardian meridian
    operator operators contractor contractors distributor distributors supplier suppliers provider providers carrier
    carriers manufacturer manufacturers retailer retailers publisher publishers insurer insurers lender lenders
    whether other another either neither rather together however whatever whenever wherever whoever never over
    under after later earlier sooner further
    beforehand offhand firsthand secondhand shorthand backhand forehand underhand overhand
    """.split()
)
# A thing's noun that names a person after one word ("carrier" is a firm, a "mail carrier" delivers the mail)
_PERSON_COMPOUNDS = frozenset({"mail carrier", "letter carrier", "mail carriers", "letter carriers"})
_ONE = frozenset("one another two three four five several some".split())
_AGENT_ENDINGS = ("er", "or", "ee", "ist", "ian", "man", "woman", "person", "hand")  # "a dockhand", "farmhand"


def agent_noun(word: str) -> bool:
    """Is this lower-case noun a person by its ending ("importer", "referee", "lineman", "cellist") where the
    lexicon of people does not list it? Agent endings name people far more often than things; the things that
    share them and stand where a speaker would are listed in _NOT_AGENTS. A compound is its last part: a
    "second-grader" is a grader, a "co-owner" an owner."""
    word = word.rsplit("-", 1)[-1]
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    singular = singular[:-3] + "man" if singular.endswith("men") else singular
    return (
        len(singular) >= 5
        and singular.isalpha()
        and singular.islower()
        and singular.endswith(_AGENT_ENDINGS)
        and word not in _NOT_AGENTS
        and singular not in _NOT_AGENTS
        and singular not in ORGANISATION_NOUNS
        and singular not in DOCUMENT_NOUNS
    )


def _is_named_organisation(body: str, start: int, organisations: list[tuple[int, int]]) -> bool:
    """The model read these words as an organisation (ORG), or they end like a company's name ("Brandt Motor
    Co."), and they are capitalised like one."""
    end = start + len(body)
    return body[:1].isupper() and (
        any(s <= start and end <= e or start <= s and e <= end for s, e in organisations)
        or _CORPORATE_END.search(body) is not None
    )


_CORPORATE_END = re.compile(rf"\b{CORPORATE_SUFFIX}$")
