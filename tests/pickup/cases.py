"""Hand-written (article, release) pairs for release pickup, each labelled with its class and quote changes.

Invented text (organisations, people and places are fictional), written for these tests: one pair per shape the
matcher must get right, and pairs placed near each of its thresholds (see test_thresholds.py), so that moving a
threshold changes the class of at least one of them. No model is needed: each release's quotes, speakers,
topics and subject terms are given as the tagger and the watchlist would give them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.pickup.fingerprint import Fingerprint, fingerprint
from monitor.pickup.index import ReleaseIndex
from monitor.pickup.match import Match

# --- releases ---------------------------------------------------------------------------------------------------

# Harbor Legal Aid's release, with its quotes as the tagger gives them: test_match.py's, the digest's and the
# site's release.
RELEASE = """FOR IMMEDIATE RELEASE
November 4, 2026

Counties ask for a clear exit from the jail check program

Harbor Legal Aid urges the department to publish its rules

Riverside, CA – Three county boards voted this month to stop honoring immigration detainers that lack a judge's signature, and Harbor Legal Aid today asked the department to publish a written procedure for counties that want to leave the fingerprint-sharing program.

The votes followed a year of public hearings in which residents described relatives who were held for days after minor traffic stops. Audits released in October found that most people flagged through the program had no conviction for a serious offense.

“County supervisors did exactly what we ask of every public official: they listened, they read the evidence, and they acted. The department should stop moving the goalposts and tell them how to leave,” said Marisol Ortega, policy director of Harbor Legal Aid.

The group also asked for monthly county-level figures on detainers, broken down by the most serious charge.

Ortega added: “Nobody wants dangerous people released onto the street. We want a jail system that can tell a broken taillight from a real threat to public safety.”

About Harbor Legal Aid

Harbor Legal Aid provides free legal help to low-income families in four counties. This release is fictional text written for tests.

For a timeline of the county votes, go here.

###

Press contact: Jo Park, press@harborlegal.example, 555-010-2200
"""
QUOTES = [
    (
        "County supervisors did exactly what we ask of every public official: they listened, they read the evidence, "
        "and they acted. The department should stop moving the goalposts and tell them how to leave",
        "Marisol Ortega",
    ),
    (
        "Nobody wants dangerous people released onto the street. We want a jail system that can tell a broken "
        "taillight from a real threat to public safety.",
        "Marisol Ortega",
    ),
]

RIVERBEND = """FOR IMMEDIATE RELEASE
March 3, 2027

Dunmore County Signs 287(g) Deal Behind Closed Doors

Immigrant Justice Center says the agreement, negotiated for months by email, turns twelve county deputies into immigration agents without a single public hearing or vote

Dunmore, OH – The Riverbend Immigrant Justice Center today called on the Dunmore County Board of Supervisors to cancel the 287(g) agreement that Sheriff Harlan Voss signed with Immigration and Customs Enforcement last week, after records obtained by the center showed that the deal was negotiated for four months without a vote, a hearing or a public notice.

Under the agreement, twelve deputies at the county jail will be trained to question people about their immigration status at booking and to hold them for federal pickup. The county will pay the deputies' salaries while they do the work, an estimated $640,000 a year that does not appear anywhere in the budget the supervisors adopted in December.

“A sheriff does not get to rewrite the job of his deputies in a private email chain. The people of this county pay for that jail, and they deserve to hear what it will be used for before the ink is dry,” said Tomasz Okafor, legal director of the Riverbend Immigrant Justice Center.

The records show that the sheriff's office first contacted federal officials in October and that a draft of the agreement was circulated to the county attorney in November. None of the five supervisors was copied on the correspondence, and the board's published agendas for the period make no mention of the program. The sheriff's office has not released the agreement's full text to reporters. Sheriff Voss declined to comment.

Okafor said the center had written to each supervisor asking for an emergency session before the first deputies begin their training in April. The board has not scheduled a vote.

“We have seen this program in other counties. It fills jails with people stopped for broken headlights, it drains the budget, and it teaches whole neighborhoods to keep their distance from the police,” Okafor said.

Two neighboring counties ended similar agreements in the last three years after audits found that most of the people held under them had no criminal record beyond a traffic violation. Residents there, the audits said, learned to keep their distance from the police.

“Cancel the agreement, hold the hearing, and let the public decide whether this is how their money should be spent,” Okafor added.

About the Riverbend Immigrant Justice Center

The Riverbend Immigrant Justice Center is a nonprofit legal organization serving immigrant families in southern Ohio. This text is fictional and was written for software tests.

###

Media contact: Dana Whitlock, press@riverbendjustice.example, 555-014-3300
"""
RIVERBEND_QUOTES = [
    (
        "A sheriff does not get to rewrite the job of his deputies in a private email chain. The people of this "
        "county pay for that jail, and they deserve to hear what it will be used for before the ink is dry",
        "Tomasz Okafor",
    ),
    (
        "We have seen this program in other counties. It fills jails with people stopped for broken headlights, it "
        "drains the budget, and it teaches whole neighborhoods to keep their distance from the police",
        "Tomasz Okafor",
    ),
    (
        "Cancel the agreement, hold the hearing, and let the public decide whether this is how their money should be "
        "spent",
        "Tomasz Okafor",
    ),
]

# A statement: one sentence of narrative, then the spokesperson's words.
STATEMENT = """FOR IMMEDIATE RELEASE
April 12, 2027

Statement from Ana Ruiz on the State Senate's Vote to End Jail Detainers

Columbia City, SC – Ana Ruiz, executive director of the Palmetto Workers Alliance, issued the following statement after the state Senate voted 27 to 19 to bar county jails from holding people on immigration detainers alone:

“Tonight the Senate listened to the farmworkers, the church volunteers and the sheriffs who told them the same thing for three years: a jail is not a waiting room for federal agents. This vote keeps families together and keeps deputies doing the work they were hired to do.

“We thank every senator who stood up to the pressure, and we ask the House to pass the bill before the session ends so that the governor can sign it this spring.”

About the Palmetto Workers Alliance

The Palmetto Workers Alliance organizes farm and poultry workers across South Carolina. This text is fictional and was written for software tests.

###
"""
STATEMENT_QUOTES = [
    (
        "Tonight the Senate listened to the farmworkers, the church volunteers and the sheriffs who told them the same "
        "thing for three years: a jail is not a waiting room for federal agents. This vote keeps families together and "
        "keeps deputies doing the work they were hired to do.",
        "Ana Ruiz",
    ),
    (
        "We thank every senator who stood up to the pressure, and we ask the House to pass the bill before the session "
        "ends so that the governor can sign it this spring.",
        "Ana Ruiz",
    ),
]

# A statement printed without quotation marks: the tagger (given here by hand) still says whose words they are.
PLAIN_STATEMENT = """FOR IMMEDIATE RELEASE
June 2, 2027

Statement from Rosa Delgado on the Hotline Vote

Milford Falls, MI – Rosa Delgado of the Milford Tenants Council issued this statement after the city council vote:

The council did the right thing tonight, and families will keep their eviction hotline.

Every call it answers is a family that stays housed through the winter.

###
"""
PLAIN_STATEMENT_QUOTES = [
    (
        "The council did the right thing tonight, and families will keep their eviction hotline. "
        "Every call it answers is a family that stays housed through the winter.",
        "Rosa Delgado",
    )
]

# Two releases of one coalition that share their "background" paragraph, as an organisation's releases do.
_BACKGROUND = (
    "Secure Communities sends the fingerprints of everyone booked into a county jail to federal "
    "immigration authorities, who can then ask the jail to hold the person for up to 48 hours beyond "
    "their release date. Lakeshore counties have taken part in the program since 2011, and the coalition "
    "has tracked its use in every county in the region since the program began."
)
HARBOR_ONE = f"""FOR IMMEDIATE RELEASE
May 4, 2027

Coalition Counts 300 Detainers Issued Against Crime Victims in Lakeshore Jails

Milford Falls, MI – The Lakeshore Sanctuary Coalition today released a count of more than 300 immigration detainers issued over the past two years against people who had been booked into county jails as the victims or witnesses of a crime, not as suspects, and asked the state attorney general to investigate how the detainers were approved.

The count, drawn from booking logs in six counties, found that in most of the cases the person was booked after calling police to report an assault or a burglary and was held because a fingerprint check flagged an old immigration record.

{_BACKGROUND}

“Every one of these people picked up the phone and asked the police for help. What they got was a cell and a call to immigration, and every neighbor who heard about it learned to stay quiet,” said Reverend Ellen Marsh, chair of the Lakeshore Sanctuary Coalition.

###
"""
HARBOR_TWO = f"""FOR IMMEDIATE RELEASE
May 25, 2027

Lakeshore Sanctuary Coalition Opens Hotline for Families of People Held in County Jails

Milford Falls, MI – The Lakeshore Sanctuary Coalition today opened a bilingual hotline that families can call when a relative is held in a county jail on an immigration detainer, staffed by volunteer lawyers and chaplains from twenty congregations.

Callers will get help finding out where a relative is held, what the detainer says, and whether it was issued with a warrant, and the volunteers will keep a record of each call for the coalition's yearly report to county boards.

{_BACKGROUND}

“A family should not have to learn about a detainer from a guard at the front desk. Our volunteers will answer the phone day and night, in English and in Spanish, until every family knows its rights,” said Reverend Ellen Marsh, chair of the Lakeshore Sanctuary Coalition.

###
"""
# The first release again, updated two days later: a new count, a corrected lede and two more paragraphs.
HARBOR_UPDATE = (
    HARBOR_ONE.replace("May 4, 2027", "May 6, 2027")
    .replace("Coalition Counts 300 Detainers", "Updated: Coalition Counts 340 Detainers")
    .replace(
        "released a count of more than 300 immigration detainers issued over the past two years",
        "updated its count to 340 immigration detainers issued since January 2025",
    )
    .replace(
        "###",
        "Since the count was first published, two more county sheriffs have sent the coalition their booking logs "
        "for the same period, and both showed the same pattern: people who called the police for help were held on "
        "detainers after a fingerprint check at the jail.\n\nThe coalition said it would send the full count, county by "
        "county, to the state attorney general's office on Friday and publish the booking logs it relied on once names "
        "and addresses had been removed.\n\n###",
    )
)
HARBOR_ONE_QUOTES = [
    (
        "Every one of these people picked up the phone and asked the police for help. What they got "
        "was a cell and a call to immigration, and every neighbor who heard about it learned to stay "
        "quiet",
        "Ellen Marsh",
    )
]
HARBOR_TWO_QUOTES = [
    (
        "A family should not have to learn about a detainer from a guard at the front desk. Our "
        "volunteers will answer the phone day and night, in English and in Spanish, until every family "
        "knows its rights",
        "Ellen Marsh",
    )
]


def fingerprints() -> dict[str, Fingerprint]:
    """The releases fingerprinted (now: a test that moves a fingerprint threshold calls this again)."""
    return {
        "riverbend": fingerprint(
            RIVERBEND,
            quotes=RIVERBEND_QUOTES,
            topics=["local-enforcement", "ice"],
            terms=["287(g)", "Immigration and Customs Enforcement"],
        ),
        "statement": fingerprint(STATEMENT, quotes=STATEMENT_QUOTES, topics=["local-enforcement"], terms=["detainers"]),
        "harbor-one": fingerprint(
            HARBOR_ONE,
            quotes=HARBOR_ONE_QUOTES,
            topics=["secure-communities", "local-enforcement"],
            terms=["Secure Communities", "detainers"],
        ),
        "harbor-two": fingerprint(
            HARBOR_TWO,
            quotes=HARBOR_TWO_QUOTES,
            topics=["secure-communities", "local-enforcement"],
            terms=["Secure Communities", "detainer"],
        ),
        "plain-statement": fingerprint(PLAIN_STATEMENT, quotes=PLAIN_STATEMENT_QUOTES, topics=[]),
        "harbor-update": fingerprint(
            HARBOR_UPDATE,
            quotes=HARBOR_ONE_QUOTES,
            topics=["secure-communities", "local-enforcement"],
            terms=["Secure Communities", "detainers"],
        ),
    }


RELEASES = fingerprints()
NUMBERS = {name: number for number, name in enumerate(RELEASES, start=1)}


def index(releases: dict[str, Fingerprint] | None = None) -> ReleaseIndex:
    """Every release above, active at once, as a pass holds them."""
    return ReleaseIndex((NUMBERS[name], fp) for name, fp in (releases or RELEASES).items())


@dataclass(frozen=True)
class Case:
    """One labelled (article, release) pair: the class, and each quote found with its changes (as labelled)."""

    name: str
    release: str
    text: str
    expected: str
    quotes: tuple[tuple[int, tuple[str, ...]], ...] | None = None  # (index, altered); None: not labelled
    topics: frozenset[str] = field(default_factory=frozenset)
    why: str = ""


def outcome(match: Match | None) -> tuple[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """What a label says of a pair: its class, and the quotes found with their changes."""
    if match is None:
        return "none", ()
    return match.kind, tuple(sorted((q.index, tuple(q.altered)) for q in match.quotes))


def run(case: Case, releases: ReleaseIndex | None = None) -> tuple[str, tuple[tuple[int, tuple[str, ...]], ...]]:
    """The pair through the candidate index and the matcher, as in a pass (every release above is active)."""
    found = dict((releases or index()).check(case.text, topics=set(case.topics)))
    return outcome(found.get(NUMBERS[case.release]))


def agrees(case: Case, got: tuple[str, tuple[tuple[int, tuple[str, ...]], ...]]) -> bool:
    return got[0] == case.expected and (case.quotes is None or got[1] == case.quotes)


# --- articles ---------------------------------------------------------------------------------------------------

_R = RIVERBEND
_LEDE = _R[_R.index("The Riverbend Immigrant Justice Center today") : _R.index("\n\nUnder the agreement")]
_PARAGRAPHS = [
    p
    for p in _R.split("\n\n")
    if p and not p.startswith(("FOR IMMEDIATE", "About", "The Riverbend Immigrant Justice Center is", "###", "Media"))
]
# _PARAGRAPHS: [0] headline, [1] sub-headline, [2] "Dunmore, OH – ..." lede, [3] "Under the agreement", [4] quote 1,
# [5] "The records show", [6] "Okafor said", [7] quote 2, [8] "Two neighboring counties", [9] quote 3.

CASES: list[Case] = [
    # A full repost read as partial: new lede and headline, the release's own titles and dateline gone, the
    # wire's packaging around it.
    Case(
        "repost-new-lede",
        "riverbend",
        "Advocates want a public vote on a jail deal\n\nDUNMORE, Ohio, March 3, 2027 /Ohio Newswire/ -- A legal aid "
        "group wants county supervisors to scrap a deal that lets sheriff's deputies enforce immigration law.\n\n"
        + "\n\n".join(_PARAGRAPHS[3:])
        + "\n\nSOURCE Riverbend Immigrant Justice Center\n\nRelated stories\n\n"
        "Continued on page 2",
        "verbatim",
        topics=frozenset({"local-enforcement"}),
        why="everything after the lede, word for word",
    ),
    Case(
        "repost-split-over-pages",
        "riverbend",
        "\n\n".join(_PARAGRAPHS[2:6])
        + "\n\nAdvertisement\n\nStory continues below\n\n"
        + "\n\n".join(_PARAGRAPHS[6:])
        + "\n\nPage 1 of 2",
        "verbatim",
        why="page furniture in the middle",
    ),
    # Copies a good part, but less than a repost.
    Case(
        "partial-sixty-percent",
        "riverbend",
        "A county deal under scrutiny\n\n" + "\n\n".join(_PARAGRAPHS[3:7]) + "\n\nThe sheriff's office said "
        "the agreement would be discussed at the board's next regular meeting and that no deputy had yet been "
        "assigned to the program. Board chair Lena Fitch said she had not seen the documents.",
        "partial",
        why="the first half of the release and the reporter's own follow-up",
    ),
]

_ATTRIBUTION = "said Tomasz Okafor, legal director of the Riverbend Immigrant Justice Center"
_TOPIC = frozenset({"local-enforcement"})

CASES += [
    # Quote pickups read as partial: the quotes run with the release's own attribution ("said X, title of Y").
    Case(
        "quotes-with-the-release-attribution",
        "riverbend",
        "Deal draws fire\n\nA Dunmore legal group on Monday attacked the sheriff's new agreement with federal "
        "immigration authorities.\n\n“A sheriff does not get to rewrite the job of his deputies in a private email "
        f"chain,” {_ATTRIBUTION}.\n\n“We have seen this program in other counties. It fills jails with people "
        "stopped for broken headlights, it drains the budget, and it teaches whole neighborhoods to keep their "
        f"distance from the police,” {_ATTRIBUTION}, adding that the board should act quickly.\n\nSheriff Voss "
        "did not return calls.",
        "quote",
        ((1, ()), (2, ())),
        _TOPIC,
    ),
    Case(
        "statement-quoted-in-full",
        "statement",
        "Senate votes to end detainer holds\n\nThe state Senate voted late Tuesday to stop county jails from holding "
        "people for immigration agents. Ana Ruiz, executive director of the Palmetto Workers Alliance, issued a "
        "statement:\n\n“Tonight the Senate listened to the farmworkers, the church volunteers and the sheriffs who "
        "told them the same thing for three years: a jail is not a waiting room for federal agents. This vote keeps "
        "families together and keeps deputies doing the work they were hired to do.”\n\n“We thank every senator who "
        "stood up to the pressure, and we ask the House to pass the bill before the session ends so that the "
        "governor can sign it this spring,” Ruiz said.\n\nThe House has not scheduled a vote.",
        "quote",
        ((1, ()), (2, ())),
        _TOPIC,
    ),
    Case(
        "statement-lede-copied",
        "statement",
        "Ana Ruiz, executive director of the Palmetto Workers Alliance, issued the following statement after the "
        "state Senate voted 27 to 19 to bar county jails from holding people on immigration detainers alone:\n\n"
        "“This vote keeps families together and keeps deputies doing the work they were hired to do.”",
        "partial",
        ((1, ()),),
        _TOPIC,
        why="a statement's narrative is one sentence: copying it is partial reuse",
    ),
    Case(
        "statement-short-run",
        "statement",
        "Farmworker groups cheered on Tuesday after lawmakers voted to bar county jails from holding people on "
        "immigration holds. "
        "“This vote keeps families together and keeps deputies doing the work they were hired to do,” said Ana "
        "Ruiz of the Palmetto Workers Alliance. Opponents promised a fight in the House.",
        "quote",
        ((1, ()),),
        _TOPIC,
        why="nine words of the narrative, a phrase anyone writes: not partial",
    ),
    Case(
        "statement-without-marks-quoted",
        "plain-statement",
        "The city will keep paying for its eviction hotline. “The council did the right thing tonight, and families "
        "will keep their eviction hotline,” said Rosa Delgado of the Milford Tenants Council after the vote. “Every "
        "call it answers is a family that stays housed through the winter.”",
        "quote",
        ((1, ()),),
        why="the statement's words are its quote, marks or no marks",
    ),
    Case(
        "statement-eleven-words",
        "statement",
        "Lawmakers voted 27 to 19 to bar county jails from holding people, a defeat for the sheriffs' lobby. “This "
        "vote keeps families together and keeps deputies doing the work they were hired to do,” said Ana Ruiz.",
        "partial",
        ((1, ()),),
        _TOPIC,
        why="eleven words in a row, a third of the statement's narrative",
    ),
    # Partial reuse read as none: sentences copied with light edits.
    Case(
        "partial-edited-sentences",
        "riverbend",
        "Supervisors face questions over jail deal\n\nUnder the agreement, 12 deputies at the county jail would be "
        "trained to question people about their immigration status at booking and to hold them for federal "
        "pickup.\n\nThe sheriff's office has not given the agreement's full text to reporters.\n\nThe sheriff's "
        "office said the program would make the county safer.",
        "partial",
        (),
        _TOPIC,
        why="two sentences, each with a word or two changed",
    ),
    Case(
        "two-sentences-copied-word-for-word",
        "riverbend",
        "Two neighboring counties ended similar agreements in the last three years after audits found that most of "
        "the people held under them had no criminal record beyond a traffic violation. The board has not scheduled "
        "a vote. Supervisors were unavailable on Friday.",
        "partial",
        (),
        why="two of its sentences, one of them short (seven words) but whole",
    ),
    Case(
        "a-sentence-echoing-a-quote-copied",
        "riverbend",
        "Residents there, the audits said, learned to keep their distance from the police. Two neighboring counties "
        "ended similar agreements in the last three years after audits found that most of the people held under "
        "them had no criminal record beyond a traffic violation.",
        "partial",
        (),
        why="two narrative sentences, one echoing six words of a quote outside quotation marks",
    ),
    Case(
        "short-sentence-copied",
        "riverbend",
        "Two neighboring counties ended similar agreements in the last three years after audits found that most of "
        "the people held under them had no criminal record beyond a traffic violation. Sheriff Voss declined to "
        "comment. The board meets Thursday.",
        "none",
        (),
        why="one long sentence copied, and a five-word one too common to count",
    ),
    Case(
        "one-copied-sentence-and-a-quote",
        "riverbend",
        "Two neighboring counties ended similar agreements in the last three years after audits found that most of "
        "the people held under them had no criminal record beyond a traffic violation. Dunmore may follow. "
        "“Cancel the agreement, hold the hearing, and let the public decide whether this is how their money should "
        "be spent,” said Tomasz Okafor of the Riverbend Immigrant Justice Center. The board meets on Thursday, and "
        "Supervisor Alma Reyes said she expected a long night.",
        "quote",
        ((3, ()),),
        _TOPIC,
        why="one copied sentence is not partial reuse",
    ),
    Case(
        "one-copied-one-paraphrased",
        "riverbend",
        "The county will pay the deputies' salaries while they do the work, an estimated $640,000 a year that does "
        "not appear anywhere in the budget the supervisors adopted in December. Two neighboring counties ended "
        "similar agreements in recent years after audits found most of the people held under them had only traffic "
        "records. The board has not commented.",
        "none",
        (),
        why="one sentence copied; another retold, a third of its words the reporter's",
    ),
    Case(
        "short-sentence-one-word-changed",
        "riverbend",
        "The county will pay the deputies' salaries while they do the work, an estimated $640,000 a year that does "
        "not appear anywhere in the budget the supervisors adopted in December. The board has not scheduled a "
        "hearing.",
        "none",
        (),
        why="one sentence copied; a seven-word one with a word changed is anyone's sentence",
    ),
    Case(
        "fragments-add-up",
        "riverbend",
        "A deal negotiated for four months without a vote, a hearing or a public notice has put Dunmore on edge. "
        "Deputies will be trained to question people about their immigration status at booking and to hold them for "
        "federal pickup, critics said, at an estimated $640,000 a year that does not appear anywhere in the budget. "
        "The draft of the agreement was circulated to the county attorney in November, and none of the five "
        "supervisors was copied on it, the records show.",
        "partial",
        (),
        why="pieces of four sentences, a quarter of the narrative, no sentence whole",
    ),
]

# Altered quotes: every changed word named.
CASES += [
    Case(
        "quote-one-word-changed",
        "riverbend",
        "“Cancel the agreement, hold a hearing, and let the public decide whether this is how their money should be "
        "spent,” Okafor said.",
        "quote",
        ((3, ("the→a",)),),
    ),
    Case(
        "quote-one-word-dropped",
        "riverbend",
        "“We have seen this program in other counties. It fills jails with people stopped for broken headlights, it "
        "drains the budget, and it teaches neighborhoods to keep their distance from the police,” Okafor said.",
        "quote",
        ((2, ("whole→",)),),
    ),
    Case(
        "quote-one-word-added-at-the-end",
        "riverbend",
        "“Cancel the agreement, hold the hearing, and let the public decide whether this is how their money should be "
        "spent now,” Okafor said on Monday.",
        "quote",
        ((3, ("→now",)),),
    ),
    Case(
        "quote-one-word-added-at-the-start",
        "riverbend",
        "Okafor was blunt: “Frankly, a sheriff does not get to rewrite the job of his deputies in a private email "
        "chain.”",
        "quote",
        ((1, ("→frankly",)),),
    ),
    Case(
        "quote-two-words-changed",
        "riverbend",
        "“We have seen this program in other counties. It fills jails with people stopped for cracked taillights, it "
        "drains the budget, and it teaches whole neighborhoods to keep their distance from the police,” he said.",
        "quote",
        ((2, ("broken→cracked", "headlights→taillights")),),
    ),
    Case(
        "quote-two-words-changed-at-the-end",
        "riverbend",
        "“The people of this county pay for that jail, and they deserve to hear what it will be used for before the "
        "ink has dried,” Okafor said.",
        "quote",
        ((1, ("is→has", "dry→dried")),),
    ),
    Case(
        "quote-shares-one-five-word-run",
        "riverbend",
        "“Cancel the agreement, hold the session, and let the people decide,” Okafor told the board.",
        "quote",
        ((3, ("hearing→session", "public→people")),),
        why="one 5-gram in common: the index must find it",
    ),
    Case(
        "quote-with-three-words-inserted-near-its-start",
        "riverbend",
        "“A sheriff, any elected sheriff, does not get to rewrite the job of his deputies in a private email chain,”"
        " Okafor said.",
        "quote",
        ((1, ("→sheriff", "→any", "→elected")),),
    ),
    Case(
        "quote-another-sentence-joined",
        "riverbend",
        "“We mean every word. Cancel the agreement, hold the hearing, and let the public decide whether this is how "
        "their money should be spent,” Okafor said.",
        "quote",
        ((3, ()),),
        why="a sentence of the speaker's own joined in front is not a change to the release quote",
    ),
    Case(
        "quote-split-by-a-long-attribution-change-after",
        "riverbend",
        "“We have seen this program in other counties. It fills jails with people stopped for broken headlights, it "
        "drains the budget,” said Tomasz Okafor, who directs the legal work of the center, on Tuesday, “and it "
        "teaches whole communities to keep their distance from the police.”",
        "quote",
        ((2, ("neighborhoods→communities",)),),
    ),
    Case(
        "quote-split-by-a-long-attribution",
        "riverbend",
        "“We have seen this program in other counties,” said Tomasz Okafor, the legal director of the Riverbend "
        "Immigrant Justice Center in Dunmore, on Tuesday. “It fills jails with people stopped for broken headlights, "
        "it drains the budget, and it teaches whole communities to keep their distance from the police.”",
        "quote",
        ((2, ("neighborhoods→communities",)),),
    ),
    Case(
        "quote-split-and-its-words-echoed-later",
        "riverbend",
        "“Cancel the agreement, hold the hearing,” Okafor said on Monday. “And let the public decide whether this is "
        "how their money should be spent.”\n\nThe sheriff said the agreement would go ahead. Deputies are due to begin "
        "training in April, and the county has already ordered the equipment they will need. At the meeting, "
        "speaker after speaker repeated the center's line: hold the hearing and let the public decide whether this is "
        "how their money should be spent.",
        "quote",
        ((3, ()),),
        why="the unquoted echo has more words in common than either quoted part",
    ),
    Case(
        "quote-after-another-quotation",
        "riverbend",
        "“Nobody wants the agreement,” said Lena Fitch, the board chair. “Hold the hearing, and let the public decide "
        "whether this is how their money should be spent,” Okafor said.",
        "quote",
        ((3, ()),),
        why="the chair's last word is not the start of Okafor's quote",
    ),
    Case(
        "quote-split-with-a-word-added-in-its-short-part",
        "riverbend",
        "“Cancel the agreement today,” Okafor said, “hold the hearing, and let the public decide whether this is how "
        "their money should be spent.”",
        "quote",
        ((3, ("→today",)),),
    ),
    Case(
        "quote-trimmed-to-eight-words",
        "riverbend",
        "Okafor wants the supervisors to “hold the hearing, and let the public decide.”",
        "quote",
        ((3, ()),),
    ),
    Case(
        "radio-transcript-without-marks",
        "riverbend",
        "OKAFOR: Cancel the agreement, hold the hearing, and let the people decide whether this is how their money "
        "should be spent.\n\nHOST: The sheriff says otherwise.",
        "quote",
        ((3, ("public→people",)),),
    ),
    # Not the release's quote.
    Case(
        "another-speaker-similar-words",
        "riverbend",
        "“A sheriff does not get to rewrite the rules for his own convenience, and a county board does not get to "
        "look away,” said Marta Quill, a retired judge who spoke at the forum.",
        "none",
        (),
        why="someone else's words, seven of them the release's",
    ),
    Case(
        "a-phrase-in-quotation-marks",
        "riverbend",
        "Residents say the patrols taught them to keep “their distance from the police” and to stay home at night.",
        "none",
        (),
        why="five words are a phrase, not a quote",
    ),
    Case(
        "paraphrase-without-marks",
        "riverbend",
        "Advocates say such programs teach families to keep their distance from the police and drain county budgets.",
        "none",
        (),
        why="no quotation marks and a seven-word run: the reporter's own phrasing",
    ),
]

# One organisation's two releases share their background paragraph: a repost of one is not partial reuse of the
# other, and a mention is of the release the story is about.
_ONE = HARBOR_ONE[HARBOR_ONE.index("Milford Falls") : HARBOR_ONE.index("###")]
_TWO = HARBOR_TWO[HARBOR_TWO.index("Milford Falls") : HARBOR_TWO.index("###")]
_HARBOR_TOPICS = frozenset({"secure-communities", "local-enforcement"})
CASES += [
    Case(
        "sibling-repost-is-verbatim", "harbor-one", "Lakeshore Newswire\n\n" + _ONE, "verbatim", topics=_HARBOR_TOPICS
    ),
    Case(
        "sibling-repost-is-not-the-other",
        "harbor-two",
        "Lakeshore Newswire\n\n" + _ONE,
        "none",
        topics=_HARBOR_TOPICS,
        why="the shared background paragraph is the coalition's boilerplate",
    ),
    Case("sibling-other-repost-is-not-the-first", "harbor-one", _TWO, "none", topics=_HARBOR_TOPICS),
    Case(
        "an-update-is-not-a-sibling",
        "harbor-update",
        "Lakeshore Newswire\n\n" + _ONE,
        "partial",
        topics=_HARBOR_TOPICS,
        why="the first version, reposted, is most of the update: one release sent twice",
    ),
    Case(
        "sibling-mention-of-the-hotline",
        "harbor-two",
        "Congregations around Milford Falls are lending lawyers and chaplains to a new bilingual hotline run by the "
        "Lakeshore Sanctuary Coalition, which families can call when a relative is held in a county jail on an "
        "immigration detainer. Volunteers will tell callers whether the detainer came with a warrant.",
        "mention",
        topics=_HARBOR_TOPICS,
    ),
    Case(
        "sibling-mention-is-not-of-the-count",
        "harbor-one",
        "Congregations around Milford Falls are lending lawyers and chaplains to a new bilingual hotline run by the "
        "Lakeshore Sanctuary Coalition, which families can call when a relative is held in a county jail on an "
        "immigration detainer. Volunteers will tell callers whether the detainer came with a warrant.",
        "none",
        topics=_HARBOR_TOPICS,
        why="about the coalition's hotline, not its count of detainers",
    ),
]

# Mentions: the organisation or spokesperson named, on the release's subject, about the release and not an
# earlier statement.
CASES += [
    Case(
        "mention-without-a-topic",
        "riverbend",
        "Dunmore supervisors will take up the sheriff's 287(g) agreement on Thursday. The Riverbend Immigrant "
        "Justice Center has asked the board to cancel the deal, which it says was negotiated for months without a "
        "hearing, and to hold a public vote before deputies begin their training.",
        "mention",
        (),
        frozenset(),
        why="the tagger puts it on no topic; 287(g) and the release's words say it is",
    ),
    Case(
        "mention-a-later-statement",
        "riverbend",
        "The sheriff's deal has split the town. Tomasz Okafor said on Tuesday that the board should cancel the "
        "agreement before any deputies are trained, and he asked county supervisors for an emergency session.",
        "mention",
        (),
        _TOPIC,
        why="a quarter of the words of the release's headline and lede",
    ),
    Case(
        "mention-founded-in",
        "riverbend",
        "The Riverbend Immigrant Justice Center, founded in 2009, wants the Dunmore County Board of Supervisors to "
        "cancel the sheriff's 287(g) agreement and hold a public hearing on the deputies' new duties.",
        "mention",
        (),
        _TOPIC,
        why="a founding year dates the organisation, not a statement",
    ),
    Case(
        "an-earlier-dated-statement",
        "riverbend",
        "Dunmore deputies could soon question people about their immigration status at the county jail under the "
        "sheriff's 287(g) agreement. In a 2024 "
        "statement on a similar agreement in Preble County, Tomasz Okafor of the Riverbend Immigrant Justice Center "
        "said such deals cost counties money and the trust of immigrant neighborhoods.",
        "none",
        (),
        _TOPIC,
        why="an explicitly dated earlier statement, not the release",
    ),
    Case(
        "an-earlier-statement-last-year",
        "riverbend",
        "Sheriff Voss's agreement with federal immigration authorities will put twelve deputies to work at the county "
        "jail. Last year the Riverbend Immigrant Justice Center warned the county board that the program would "
        "strain the budget.",
        "none",
        (),
        _TOPIC,
    ),
    Case(
        "the-organisation-on-another-subject",
        "riverbend",
        "The Riverbend Immigrant Justice Center will hold free citizenship clinics at two Dunmore libraries this "
        "spring, helping green card holders in the county fill out their naturalization forms. The clinics are public "
        "and free, the center said, and immigration lawyers will review each application.",
        "none",
        (),
        frozenset({"ice"}),
        why="same organisation, same broad topic, another subject",
    ),
]
