"""Quote pairing and the attribution shapes of this first extractor, on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from monitor.config import Watchlist
from monitor.tag import Tagger
from monitor.tag.nlp import add_components
from monitor.tag.speakers import Mention, first_name_runs, first_names_alone
from monitor.tag.watchlist import compile_people, compile_terms

WATCHLIST = Watchlist.model_validate({"people": [{"id": "lynn-tramonte", "name": "Lynn Tramonte"}]})


@pytest.fixture(scope="module")
def nlp() -> Language:
    return add_components(spacy.blank("en"), compile_terms(WATCHLIST), compile_people(WATCHLIST))


def quotes(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    for q in doc._.monitor_quotes:
        assert doc.text[q.start : q.end] == q.text
    return [(q.text, q.speaker, q.speaker_id) for q in doc._.monitor_quotes]


def credited(tagger: Tagger, text: str, want: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The (quote, speaker) pairs the full tagger gives for the quotes `want` names, in the story's order."""
    return [(q.text, q.speaker) for q in tagger.tag(text).quotes if q.text in {w[0] for w in want}]


def test_said_after_the_quote_then_the_name(nlp: Language) -> None:
    text = "“The program has failed our towns,” said Lynn Tramonte, deputy director of America’s Voice."
    assert quotes(nlp, text) == [("The program has failed our towns", "Lynn Tramonte", "lynn-tramonte")]


def test_name_then_said_after_the_quote_resolves_the_surname(nlp: Language) -> None:
    text = 'Lynn Tramonte spoke first.\n\n"We will keep pushing for reform," Tramonte said.'
    assert quotes(nlp, text) == [("We will keep pushing for reform", "Lynn Tramonte", "lynn-tramonte")]


def test_name_said_colon_before_the_quote(nlp: Language) -> None:
    text = "Maria Okafor said: “The jail should never hold anyone for a detainer.”"
    assert quotes(nlp, text) == [("The jail should never hold anyone for a detainer.", "Maria Okafor", None)]


def test_surname_of_an_unwatched_speaker_resolves_to_the_full_name(nlp: Language) -> None:
    text = "Maria Okafor runs the clinic.\n\n“We see families every day,” Okafor said."
    assert quotes(nlp, text) == [("We see families every day", "Maria Okafor", None)]


def test_second_half_of_a_paragraph_inherits_its_speaker(nlp: Language) -> None:
    text = "“This is a good day,” said Dale Ruiz. “We will keep the jail open to everyone.”"
    assert [q[1] for q in quotes(nlp, text)] == ["Dale Ruiz", "Dale Ruiz"]


def test_a_pronoun_with_nobody_named_before_keeps_the_quote_without_a_speaker(nlp: Language) -> None:
    assert quotes(nlp, "“We cannot wait any longer for this,” she said.") == [
        ("We cannot wait any longer for this", None, None)
    ]


def test_scare_quotes_and_short_titles_are_not_quotes(nlp: Language) -> None:
    text = "The so-called “worst of the worst” policy drew a “sanctuary” label from critics."
    assert quotes(nlp, text) == []


def test_a_quote_filling_its_paragraph_is_kept_unattributed(nlp: Language) -> None:
    text = 'The memo was short.\n\n"No county may opt out of the program once it has been activated."'
    assert quotes(nlp, text) == [("No county may opt out of the program once it has been activated.", None, None)]


def test_an_odd_number_of_marks_never_spills_into_the_next_paragraph(nlp: Language) -> None:
    text = 'The sign read "half a thought\n\n“A complete quotation with its own speaker now,” said Dale Ruiz.'
    assert quotes(nlp, text) == [("A complete quotation with its own speaker now", "Dale Ruiz", None)]


def shapes(tagger: Tagger, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, shape) from the real model, checking offsets on the way."""
    found = tagger.tag(text).quotes
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.source:
            assert text[q.source[0] : q.source[1]].strip()
        if q.cue_span:
            assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
    return [(q.text, q.speaker, q.shape) for q in found]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Lynn Tramonte, deputy director of America's Voice, spoke first.\n\nTramonte continued:\n\n"
            "“The county has other choices and it should make them now.”",
            [("The county has other choices and it should make them now.", "Lynn Tramonte", "colon_paragraph")],
        ),
        (
            "Sheriff Dana Okafor said that “the jail will not hold anyone past release.”",
            [("the jail will not hold anyone past release.", "Dana Okafor", "said_that")],
        ),
        (
            "According to Marta Silva, a lawyer in Harbor City, “the detainers are requests, not orders.”",
            [("the detainers are requests, not orders.", "Marta Silva", "according_to")],
        ),
        (
            "“We will keep the doors open for every family” — Rosa Quintero, board chair",
            [("We will keep the doors open for every family", "Rosa Quintero", "dash")],
        ),
        (
            "“Nobody is above the law,” said a spokesperson for the sheriff's office.",
            [("Nobody is above the law", "spokesperson for the sheriff's office", "description")],
        ),
        (
            "“We asked for the numbers twice,” Tramonte told The Harbor Ledger. Lynn Tramonte leads the campaign.",
            [("We asked for the numbers twice", "Lynn Tramonte", "name_said_after")],
        ),
        (
            "“This is the first part,” Dale Ruiz said, “and this is the second part of it.”",
            [
                ("This is the first part", "Dale Ruiz", "name_said_after"),
                ("and this is the second part of it.", "Dale Ruiz", "split"),
            ],
        ),
    ],
)
def test_attribution_shapes(tagger: Tagger, text: str, want: list) -> None:
    assert shapes(tagger, text) == want


def test_a_pronoun_resolves_to_the_last_compatible_person_with_lower_confidence(tagger: Tagger) -> None:
    text = (
        "Ms. Lynn Tramonte of America's Voice met Mr. Dale Ruiz at the hearing.\n\n"
        "“We were promised answers and got none,” she said."
    )
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.speaker_id, quote.shape) == ("Lynn Tramonte", "lynn-tramonte", "pronoun")
    named = tagger.tag("“We were promised answers and got none,” said Lynn Tramonte.").quotes[0]
    assert 0 < quote.confidence < named.confidence


def test_a_quote_only_paragraph_continues_the_speaker_unless_someone_else_was_named(tagger: Tagger) -> None:
    text = (
        "“The program failed,” said Lynn Tramonte, deputy director of America's Voice.\n\n"
        "“It failed the families it claimed to protect, and it failed the county.”"
    )
    first, second = tagger.tag(text).quotes
    assert (second.speaker, second.shape) == ("Lynn Tramonte", "continuation")
    assert first.role == second.role == "deputy director of America's Voice"
    assert second.confidence < first.confidence
    other = (
        "“The program failed,” said Lynn Tramonte, who spoke after Dale Ruiz.\n\n"
        "“It failed the families it claimed to protect, and it failed the county.”"
    )
    assert [q.speaker for q in tagger.tag(other).quotes] == ["Lynn Tramonte", None]


def test_titles_and_a_stray_inch_mark_are_not_quotes(tagger: Tagger) -> None:
    text = (
        "The report titled “Dying in Detention: Deaths in County Custody Since 2020” came out Monday. "
        "The 6'2\" forward scored twice.\n\n“We never saw the report before it ran,” said Dale Ruiz."
    )
    assert shapes(tagger, text) == [("We never saw the report before it ran", "Dale Ruiz", "said_after_name")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Statements: the speaker is named in the paragraph that introduces them.
        (
            "Vote\n\nThe following is a statement from Lynn Tramonte, Deputy Director of America's Voice, reacting to the "
            "vote:\n\n“Today the council chose families over fear.\n\n“We will hold every member to it.”",
            [
                ("Today the council chose families over fear.", "Lynn Tramonte", "statement"),
                ("We will hold every member to it.", "Lynn Tramonte", "multi_paragraph"),
            ],
        ),
        (
            "Vote\n\nFrank Sharry, Executive Director of America's Voice, issued the following statement:\n\n"
            "“The vote shows what organizing can do.”",
            [("The vote shows what organizing can do.", "Frank Sharry", "statement")],
        ),
        (
            "Vote\n\nStatement of Frank Sharry on the Senate Vote\n\n“The vote shows what organizing can do.”",
            [("The vote shows what organizing can do.", "Frank Sharry", "statement")],
        ),
        (
            "AV's Lynn Tramonte On the Vote: “We Can Change Elections.”\n\nThe vote came on Tuesday.",
            [("We Can Change Elections.", "Lynn Tramonte", "headline")],
        ),
        # Cues beyond "said", and the clause after one.
        (
            "Budget\n\nAs New York Governor Cuomo wrote when announcing the state's withdrawal: “The program is failing "
            "the people it was meant to protect.”",
            [("The program is failing the people it was meant to protect.", "Cuomo", "name_said_before")],
        ),
        (
            "Letter\n\nLynn Tramonte wrote in a letter to the board: “You have the data. Use it.”",
            [("You have the data. Use it.", "Lynn Tramonte", "name_said_before")],
        ),
        (
            "Hearing\n\n“The numbers do not add up,” testified Dale Ruiz, the county auditor.",
            [("The numbers do not add up", "Dale Ruiz", "said_after_name")],
        ),
        # A title before the name after the cue; initials and Jr. kept.
        (
            "Safety\n\n“Nothing about this program makes us safer,” said Secretary of Homeland Security Alejandro N. "
            "Mayorkas Jr. on Tuesday.",
            [("Nothing about this program makes us safer", "Alejandro N. Mayorkas Jr.", "said_after_name")],
        ),
        # Organisations and descriptions credited.
        (
            "Raid\n\n“We are reviewing the request,” ICE said in a statement.",
            [("We are reviewing the request", "ICE", "organisation")],
        ),
        (
            "Raid\n\n“This is a reckless policy,” the Post wrote in an editorial.",
            [("This is a reckless policy", "Post", "organisation")],
        ),
        (
            "Raid\n\n“We are reviewing the request,” a DHS spokesperson said.",
            [("We are reviewing the request", "DHS spokesperson", "description")],
        ),
        (
            "Raid\n\nThe sheriff's office said in a news release: “Deputies acted within policy.”",
            [("Deputies acted within policy.", "sheriff's office", "organisation")],
        ),
        (
            "Ruling\n\n10:34 a.m. — The Office of Gov. Ana Lemaire released a statement:\n\n“The court got it right.”",
            [("The court got it right.", "Office of Gov. Ana Lemaire", "statement")],
        ),
        (
            "Layoffs\n\nLater, the company issued a second, longer statement to outlets:\n\n“We regret the disruption.”",
            [("We regret the disruption.", "company", "statement")],
        ),
        (
            "Jail\n\nThe following statement may be attributed to Undersheriff Carl Eckhart, who runs the jail:\n\n"
            "“Every screening is logged.”",
            [("Every screening is logged.", "Carl Eckhart", "statement")],
        ),
        (
            "Court\n\nThe administrator released the following statement on behalf of the Calder County Court of Common "
            "Pleas on Thursday:\n\n“The Court asks agents to stay out of the building.”",
            [
                (
                    "The Court asks agents to stay out of the building.",
                    "Calder County Court of Common Pleas",
                    "statement",
                )
            ],
        ),
        (
            "Crops\n\n“Growers will leave fruit unpicked,” according to a statement from the Valley Growers Association, "
            "which wants more visas.",
            [("Growers will leave fruit unpicked", "Valley Growers Association", "organisation")],
        ),
        # A role before the name, an organisation's name with "&" in it, a campaign named for its candidate.
        (
            "States\n\n“Participation is not a matter of consent,” Department of Homeland Security spokesman Matt Chandler "
            "said.",
            [("Participation is not a matter of consent", "Matt Chandler", "name_said_after")],
        ),
        (
            "Heat\n\nPrairie Light & Power said in a statement that demand “set an all-time record at 4:17 p.m.” on Monday.",
            [("set an all-time record at 4:17 p.m.", "Prairie Light & Power", "partial")],
        ),
        (
            "Ad\n\n“Dana never said that,” Dana Ferreira-Lund for Congress said in an email.",
            [("Dana never said that", "Dana Ferreira-Lund for Congress", "organisation")],
        ),
        # The one who told, not the one told; a possessive role before the name; a judge reading a decision.
        (
            "Plant\n\nShe asked where the workers were. “You’ll get a call,” she was told by an agent who gave no name.",
            [("You’ll get a call", "agent", "description")],
        ),
        (
            "Arrest\n\nJesús Pech, 41, was arrested. “He called me from the jail,” his wife, Rosalinda Pech, told WNLT.",
            [("He called me from the jail", "Rosalinda Pech", "name_said_after")],
        ),
        (
            "Court\n\nIrma wept as Immigration Judge Gerald Atwater read his decision from the bench:\n\n“The respondent "
            "has no criminal history.",
            [("The respondent has no criminal history.", "Gerald Atwater", "colon_paragraph")],
        ),
        # A sentence about the speaker ending in a colon; someone else's words after one are not theirs.
        (
            "Board\n\nAna Ruiz had a message for the sheriff: “We will sue the county over this policy.”",
            [("We will sue the county over this policy.", "Ana Ruiz", "name_said_before")],
        ),
        (
            "Board\n\nAna Ruiz’s message to the board was simple: “We will sue the county over this policy.”",
            [("We will sue the county over this policy.", "Ana Ruiz", "name_said_before")],
        ),
        (
            "Board\n\nTom Beck showed me a text from his sister: “They took everyone on the night shift.”",
            [("They took everyone on the night shift.", None, None)],
        ),
        (
            "Q and A\n\nPOST-DISPATCH: Frank Sharry of America’s Voice said last week that the figures are “a shell "
            "game with the word criminal.” How do you respond?",
            [("a shell game with the word criminal.", "Frank Sharry", "partial")],
        ),
        (
            "Settlement\n\nLucinda Abara did not attend. Her lawyer, Gareth Holt, read her statement to reporters:"
            "\n\n“I have a green card. Nobody would look at it.”",
            [("I have a green card. Nobody would look at it.", "Lucinda Abara", "pronoun")],
        ),
        (
            "Letter\n\nIn a letter to the director of ICE, Governor Celia Navarro wrote that the program had strayed."
            "\n\n“Fewer than one in five had been convicted of a serious crime,” the letter said.",
            [("Fewer than one in five had been convicted of a serious crime", "Celia Navarro", "name_said_after")],
        ),
        # A statement pointed at ("It read, in part:"), offered from someone, or someone's.
        (
            "Jail\n\nThe sheriff’s office released a statement Tuesday night. It read, in part:\n\n“Deputies acted "
            "within policy at every step.”",
            [("Deputies acted within policy at every step.", "sheriff’s office", "statement")],
        ),
        (
            "Vote\n\nBelow is the statement from the coalition:\n\n“We will not stop until every family is home.”",
            [("We will not stop until every family is home.", "coalition", "statement")],
        ),
        (
            "Vote\n\nFrank Sharry spoke after the vote. Here is Sharry’s full statement:\n\n“The vote shows what "
            "organizing can do.”",
            [("The vote shows what organizing can do.", "Frank Sharry", "colon_paragraph")],
        ),
        # A party and state between the name and the cue.
        (
            "Rally\n\n“Enough is enough,” Rep. Carla Dominguez, D-Tucson, told a rally. “We are done waiting.”",
            [
                ("Enough is enough", "Carla Dominguez", "name_said_after"),
                ("We are done waiting.", "Carla Dominguez", "split"),
            ],
        ),
        (
            "Rally\n\nSen. Ada Holm (D-Minn.) told reporters: “This is a disgrace.”",
            [("This is a disgrace.", "Ada Holm", "name_said_before")],
        ),
        # A short partial quote in reported speech is a quote; a scare quote, a show or a slogan is not.
        (
            "Vote\n\nLynn Tramonte called the program “a disaster for public safety” and asked the board to end it.",
            [("a disaster for public safety", "Lynn Tramonte", "partial")],
        ),
        (
            "Show\n\nDale Ruiz spoke on “Fox News Sunday” about the “sanctuary” fight. Crowds chanted "
            "“Make America Great Again” outside.",
            [],
        ),
    ],
)
def test_shapes_of_real_news(tagger: Tagger, text: str, want: list) -> None:
    assert shapes(tagger, text) == want


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A quote that runs over paragraphs is the speaker's its last paragraph names.
        (
            "Family\n\nThe calls come on Sundays.\n\n“The first month I told the children nothing at all.\n\n“Then my "
            "daughter heard it at school.\n\n“Now I tell them the truth,” said Graciela Montoya, 34.",
            ["Graciela Montoya"] * 3,
        ),
        # Her own appositive says who "she" is; a "Jr." is a "he".
        (
            "Letter\n\nCelia Navarro wrote to ICE on Monday.\n\nNavarro, a Democrat in her first term, has faced "
            "pressure. Her opponent, Dale Hutchins, called the letter a stunt.\n\n“I asked a simple question and want a "
            "simple answer,” she said.",
            ["Celia Navarro"],
        ),
        (
            "Hearing\n\nRep. Dana T. Whitfield Jr. questioned the secretary. Ann Ruiz, her deputy, sat behind her.\n\n"
            "“If she wants to rewrite the law, she can come to Congress,” he said.",
            ["Dana T. Whitfield Jr."],
        ),
    ],
)
def test_pronouns_and_runs_on_real_news(tagger: Tagger, text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in tagger.tag(text).quotes] == speakers


def test_he_after_a_described_speaker_and_they_after_a_group(tagger: Tagger) -> None:
    text = (
        "Quotas\n\nA deportation officer, who asked not to be named, described the morning raids. “Nobody "
        "screams,” the officer said.\n\nHe said each team has targets. “There is a whiteboard,” he said.\n\n"
        "The detainees said in a letter that they “will not eat until someone listens.”\n\n“We are not "
        "criminals,” they wrote."
    )
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == [
        ("deportation officer", "description"),  # "the officer" as the story brought them in
        ("deportation officer", "description"),
        ("detainees", "description"),
        ("detainees", "description"),
    ]
    told = (
        "Game\n\nDarnell Pryce was flagged. “Coach, one more step,” he was told by an official.\n\n“He was "
        "right,” he said."
    )
    assert [q.speaker for q in tagger.tag(told).quotes] == ["official", "Darnell Pryce"]


def test_you_in_an_interview_is_whoever_the_turn_speaks_to(tagger: Tagger) -> None:
    text = (
        "Five questions for Sheriff Lonnie Bergstrom\n\nSable Creek County Sheriff Lonnie Bergstrom spoke with "
        "KVTR.\n\nKVTR: In January you told the board, “I will not hold anyone past what the law allows.” Why?\n\n"
        "BERGSTROM: Because the law says so.\n\nHARMON: Line two, you’re on the air.\n\nCALLER (BRAD, WRENFIELD): "
        "You told us last month, “The sheriff works for the voters.” I agree."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("I will not hold anyone past what the law allows.", "Lonnie Bergstrom"),
        ("The sheriff works for the voters.", None),
    ]
    interview = (
        "Q&A: A lawyer on arrests\n\nRenata Solís, an immigration lawyer, spoke with the Sentinel.\n\n"
        "Q: You told the Sentinel, “The system is designed so that families find out last.” Still true?\n\n"
        "A: Yes."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(interview).quotes] == [
        ("The system is designed so that families find out last.", "Renata Solís")
    ]


def test_organisations_and_descriptions_say_what_kind_of_speaker_they_are(tagger: Tagger) -> None:
    text = "Raid\n\n“We are reviewing the request,” ICE said. “Nobody was hurt,” a DHS spokesperson said."
    assert [(q.speaker, q.speaker_kind, q.speaker_id) for q in tagger.tag(text).quotes] == [
        ("ICE", "organisation", None),
        ("DHS spokesperson", "description", None),
    ]


def test_the_sheriff_said_is_the_sheriff_the_story_named(tagger: Tagger) -> None:
    text = "Jail\n\nSheriff Dana Okafor met the board on Tuesday.\n\n“We will follow the law,” the sheriff said."
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.speaker_kind) == ("Dana Okafor", "person")


def test_a_pronoun_skips_people_named_inside_someone_elses_quote(tagger: Tagger) -> None:
    text = (
        "Jail\n\nLynn Tramonte spoke at the hearing. “I asked Dale Ruiz for the numbers twice,” Tramonte said.\n\n"
        "“We never got them,” she said."
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Lynn Tramonte", "Lynn Tramonte"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A surname the model reads as an organisation, after a full name it read as nothing.
        (
            "Bond\n\nOsvaldo Quiroga-Benn waited in the second row on Monday.\n\n“I only want to go home,” "
            "Quiroga-Benn said through an interpreter.",
            [("I only want to go home", "Osvaldo Quiroga-Benn", "person")],
        ),
        # An organisation's short form, after its full name.
        (
            "Phones\n\nPelliton Correctional Communications won the contract in May. “Our rates follow the state cap,” "
            "Pelliton said in a filing.",
            [("Our rates follow the state cap", "Pelliton Correctional Communications", "organisation")],
        ),
        # Initials inside an organisation's name.
        (
            "Permits\n\n“Apply at least four months ahead,” according to U.S. Citizenship and Immigration Services.",
            [("Apply at least four months ahead", "U.S. Citizenship and Immigration Services", "organisation")],
        ),
        # A description whose noun has an adjective after it; a description with an aside before its cue.
        (
            "Deal\n\n“Settling cost less than fighting,” said a county official familiar with the talks, who was not "
            "allowed to speak for the county.",
            [("Settling cost less than fighting", "county official familiar with the talks", "description")],
        ),
        (
            "Verdict\n\nOutside, the jury foreman, a retired welder who asked that his name be left out, told reporters: "
            "“The phone records settled it.”",
            [("The phone records settled it.", "jury foreman", "description")],
        ),
        # An organisation with an aside between it and its cue, and a modifier before its name.
        (
            "Lottery\n\n“A lottery is no way to hire engineers,” the Northgate Software Council, a trade group, said.",
            [("A lottery is no way to hire engineers", "Northgate Software Council", "organisation")],
        ),
        (
            "Heat\n\n“Farms without shade will be cited,” the state Division of Farm Safety said in a bulletin.",
            [("Farms without shade will be cited", "Division of Farm Safety", "organisation")],
        ),
        # A statement sent to someone.
        (
            "Jail\n\nAfter the broadcast, the Alder County Sheriff's Office sent KXRT the following statement:\n\n"
            "“The sheriff follows federal law.”",
            [("The sheriff follows federal law.", "Alder County Sheriff's Office", "organisation")],
        ),
    ],
)
def test_speakers_the_model_misreads(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Verbs standing before their speaker, with an aside before the colon.
        (
            "Hearing\n\nThe last witness was Rosalind Tzul, a high school junior. Explained Tzul, her voice shaking: "
            "“Every morning I wait for my father to come home.”",
            ["Rosalind Tzul"],
        ),
        (
            "Ruling\n\nJudge Amara Lindqvist set a hearing for May 2. Wrote the judge, in the last paragraph: "
            "“The court will not accept another delay.”",
            ["Amara Lindqvist"],
        ),
        # A particle is part of a name only before a capitalised word; given names the model left out are kept.
        (
            "Vote\n\n“There is no appetite for it before November,” said Republican leadership aides, speaking on "
            "background.",
            ["Republican leadership aides"],
        ),
        (
            "Vote\n\n“This bill secures a talking point,” said Rep. Juan Carlos Ibarra de la Fuente, a Democrat.",
            ["Juan Carlos Ibarra de la Fuente"],
        ),
        # "he"/"she" follows the subject of the main clause, not someone named in a clause inside it.
        (
            "Court\n\nHis lawyer, public defender Tobias Renner, asked for ten years, arguing that Felipe Arce was only "
            "the driver. “The men who made the money are not here,” he said.",
            ["Tobias Renner"],
        ),
        (
            "Clinic\n\nMarisela Quispe, 22, was third in line. She came with her mother, Graciela, who brought the "
            "papers.\n\n“Every two years I renew my whole life,” she said.",
            ["Marisela Quispe"],
        ),
        # A name the model missed entirely, found by its common first name; a place is nobody "he" can be.
        (
            "Ranch\n\nSALTILLO FLATS, Ariz. — Hollis Brandvik’s family has run cattle south of Saltillo Flats since 1911."
            "\n\n“Now I find water jugs in my draws,” he says.",
            ["Hollis Brandvik"],
        ),
        # A name qualifying a noun ("a Platte Crossing group that ...") is not the sentence's subject.
        (
            "Contract\n\nAnalyst Priya Venkataraman-Cole covers the company. The deal drew criticism from Families Not "
            "Freight, a Platte Crossing group that tracks transfers.\n\nVenkataraman-Cole said the risk was labor. "
            "“Finding 140 drivers is hard,” she said.",
            ["Priya Venkataraman-Cole"],
        ),
        # "I" in an op-ed is its author; in an interview's answer, whoever answers.
        (
            "Opinion: The door stays open\n\nThe Rev. Tomas Ekwueme is pastor of St. Brendan's in Harlow.\n\n"
            "I told my parish in May, when the first family left, “Nobody here will be turned in.” I meant it.",
            ["Tomas Ekwueme"],
        ),
        (
            "Interview\n\nQ: Were you heard?\n\nOKAFOR-LYLE: Not always. I used to say from the bench, “Nobody should "
            "wait in a cell for a hearing.” I am not sure anyone listened.\n\nJudge Ruth Okafor-Lyle retired in May.",
            ["Ruth Okafor-Lyle"],
        ),
    ],
)
def test_who_speaks_in_the_shapes_news_uses(tagger: Tagger, text: str, want: list) -> None:
    assert [q.speaker for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A name, its role and a clause about them before the cue: the name speaks, not the role.
        (
            "Hearing\n\nNadia Oyelaran, chief counsel of the Harbor Tenants Union, a group that has sued the city "
            "twice, said: “The ordinance protects landlords and no one else.”",
            [("Nadia Oyelaran", "person")],
        ),
        (
            "Hearing\n\nBertram Ilves, the director of the Port Alder Housing Authority, who has run it since 2019 "
            "and who faced the council for an hour, said on Tuesday: “We will not close the shelter.”",
            [("Bertram Ilves", "person")],
        ),
        # Inverted cues with more words before the colon: a medium, a time, a title in quotation marks.
        (
            "Game\n\nThe goalie stopped 41 shots. Wrote Tamsin Achebe later on her blog, in a post titled "
            "“Long Night”: “I saw every puck but the last one.”",
            [("Tamsin Achebe", "person")],
        ),
        (
            "Storm\n\nGideon Marsh, a nurse, posted updates from the stalled bus. Wrote Marsh at 10:15 p.m.: "
            "“The heater works. The driver is a saint.”",
            [("Gideon Marsh", "person")],
        ),
        (
            "Trial\n\nThe defendant, Imre Vasko, spoke first. Asked his lawyer, Oona Pettersen: “Who gave the order?”",
            [("Oona Pettersen", "person")],
        ),
        (
            "Council\n\nCouncilmember Farah Delacroix voted no. Delacroix’s answer, released on Monday: “A budget "
            "is a promise, and this one breaks three.”",
            [("Farah Delacroix", "person")],
        ),
        # "they" after a group of people named sentences back, past one person's sentence.
        (
            "Vigil\n\nFour hospital chaplains who visit the detention center held a vigil on Sunday. A deputy "
            "watched from the gate. “We pray for the guards too,” they said.",
            [("hospital chaplains", "description")],
        ),
        (
            "Letter\n\nThree Democratic senators who missed the vote wrote to the agency, demanding that the "
            "department release the data. “We will keep asking,” they wrote.",
            [("Democratic senators", "description")],
        ),
        # "it" for an organisation: its name in full as the story wrote it.
        (
            "Detention\n\nU.S. Customs and Border Protection opened the site in May. “Capacity is adequate,” CBP "
            "said.\n\nThe site holds 400 people. “Every detainee sees a doctor within a day,” it said.",
            [("CBP", "organisation"), ("U.S. Customs and Border Protection", "organisation")],
        ),
        (
            "Jail\n\nMarlow County ended its jail contract on Friday. The county cited costs. “No jailer will lose "
            "a job,” it said.",
            [("Marlow County", "organisation")],
        ),
    ],
)
def test_speakers_past_asides_inverted_cues_groups_and_agencies(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A he/she after a sentence whose subject has other people beside it: the subject, not the nearest.
        (
            "Panel\n\nAmara Quist leads the tenants' group. Quist, who testified before a council panel in July "
            "alongside a retired judge, Helga Borowitz, and a lawyer from the Tenants Bar Forum, Piet Lange, has called "
            "for the rule to be dropped altogether.\n\n“Nobody should lose a home over paperwork,” she argued.",
            [("Amara Quist", "person")],
        ),
        # Someone the story says did not comment is not the he of the next quote.
        (
            "Jail\n\nUndersheriff Tobiah Renwick said the new rule starts Monday. “We follow the warrant,” he said.\n\n"
            "The sheriff, Anton Fleury, is traveling and did not comment. His aide, Rhea Moss, confirmed the date.\n\n"
            "“If we make a mistake, we will own it,” he said.",
            [("Tobiah Renwick", "person"), ("Tobiah Renwick", "person")],
        ),
        # "it" for the organisation spoken of since the last organisation quoted.
        (
            "Rules\n\nThe Harbor Tenants Union called the rules thin. “They are a start,” the union said.\n\n"
            "Asked about inspections, the Port Alder Housing Authority pointed to its new office. “Every building "
            "will be visited twice a year,” it said.",
            [("Harbor Tenants Union", "organisation"), ("Port Alder Housing Authority", "organisation")],
        ),
    ],
)
def test_speakers_past_long_asides_silent_people_and_organisations_spoken_of_since(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # More inverted cues, and a phrase after the name that is no part of it.
        (
            "Hearing\n\nSheriff Oskar Lindahl faced the panel for an hour. Pressed Rep. Dorotea Vance: “And the "
            "other forty?”",
            [("Dorotea Vance", "person")],
        ),
        (
            "Memo\n\nAmos Kettering signed the memo on Friday. It runs nine pages. Warned Kettering near the end of "
            "the memo: “Nothing here creates a right for anyone.”",
            [("Amos Kettering", "person")],
        ),
        # "the woman was told by a bailiff": the bailiff speaks, never the one told.
        (
            "Courthouse\n\nA tenant testified on Tuesday. “You’re finished here,” the woman was told by a bailiff.",
            [("bailiff", "description")],
        ),
        # A description with a clause about it before the cue: the noun, not the clause.
        (
            "Crash\n\nA respiratory therapist who treated the driver said the family was reached through a label "
            "on a pill bottle: “We were lucky. Nobody should need luck.”",
            [("respiratory therapist", "description")],
        ),
        # "Conceded the director:" after "X, the director of ...,": X.
        (
            "Hearing\n\nAmos Kettering, the director of the Port Alder Housing Authority, took questions for two "
            "hours. Near the end, a member asked whether the authority would close the shelter. Conceded the "
            "director: “If it fails the next inspection, yes.”",
            [("Amos Kettering", "person")],
        ),
        # A newsletter that says whose it is: its "we".
        (
            "The Lantern: rent court opens in March\n\nThe Lantern is the monthly newsletter of the Port Alder "
            "Tenants Alliance. This month: the new court.\n\n“Nobody should face a landlord's lawyer alone,” we "
            "wrote in this space in January.",
            [("Port Alder Tenants Alliance", "organisation")],
        ),
        # "we asked them ... they said": the group asked.
        (
            "Nurses hold a vigil outside the Harlow clinic\n\nBy noon a dozen nurses who had left their shifts gathered outside the clinic. We asked them "
            "why they came. “Half our patients stayed home this week,” they said.",
            [("nurses", "description")],
        ),
        # "it" for the office the story has turned to since the agency was quoted.
        (
            "Report\n\nThe Office of Inspector General of the Department of Homeland Security found delays in care at "
            "the center. U.S. Immigration and Customs Enforcement disputed the finding. “The center meets every "
            "standard,” the agency said in its response.\n\nThe inspector general’s office said it would return "
            "within six months. “We will check the sick-call logs again,” it said.",
            [
                ("U.S. Immigration and Customs Enforcement", "organisation"),
                ("Office of Inspector General of the Department of Homeland Security", "organisation"),  # in full
            ],
        ),
        # A paragraph break ends a sentence: "Ventnor said" is no object of the credit line above it.
        (
            "Campaign\n\nSgt. Lena Ventnor, a police spokeswoman, said the campaign starts Monday.\n\nOne of the "
            "most shared replies:\n\n“Put two numbers in, not one.” — Odile Marchetti, ER nurse at Harlow General"
            "\n\nVentnor said officers will set up a table at the farmers market on Saturday. “It takes a minute, "
            "and you only need it once,” she said.",
            [("Odile Marchetti", "person"), ("Lena Ventnor", "person")],
        ),
    ],
)
def test_speakers_after_inverted_cues_told_by_described_and_written_organisations_and_groups_asked(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "… ” and a sheriff who said …": another clause's subject, not the speaker of the quote before it.
        (
            "Bill\n\nThe bill drew 200 people, including a state senator who called it “the least we owe our "
            "neighbors” and a sheriff who said it would make his job harder.",
            [("state senator", "description")],
        ),
        # A described speaker without the relative pronoun after it; and the "she" that speaker told is not them.
        (
            "Asylum\n\nShe and her son arrived at the border in 2024.\n\nShe remembers the agent at the border who "
            "told her, “Somebody will call you.”\n\n“Nobody called,” she said.",
            [("agent at the border", "description"), (None, None)],
        ),
    ],
)
def test_a_joined_clause_a_relative_pronoun_and_the_one_told_are_no_speakers(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


def test_a_name_before_asides_longer_than_an_appositive_speaks_at_full_confidence(tagger: Tagger) -> None:
    text = (
        "Ferry talks\n\nPORT ALDER — Ingrid Solvang, chair of the Port Alder Ferry Board, a retired captain whose "
        "brother, also a captain, piloted the old night boat on the north route, and who has sat on the board since "
        "2001, said as the session opened Monday: “We will keep the night boat running through the winter.”"
    )
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.shape, quote.role) == (
        "Ingrid Solvang",
        "name_said_before",
        "chair of the Port Alder Ferry Board",
    )
    assert quote.confidence > 0.95


def test_a_title_before_the_name_and_a_long_aside_is_found_and_no_role_comes_from_the_headline(
    tagger: Tagger,
) -> None:
    text = (
        "Solvang, ferry board clash over fares\n\nPORT ALDER — Harbor Commissioner Ingrid Solvang, meeting with the "
        "ferry board on Monday in a closed session that ran nearly two hours past its scheduled end, said afterward "
        "on the dock: “Fares stay where they are.”"
    )
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.role) == ("Ingrid Solvang", "Harbor Commissioner")


def test_a_so_called_phrase_a_chant_and_a_book_title_are_never_speech(tagger: Tagger) -> None:
    text = (
        "Jail\n\nSo-called “courtesy holds” are arrests without charges, the county attorney wrote.\n\n"
        "The rally ended with a chant of “Sí se puede,” an organizer said.\n\n"
        "Ruelas keeps her husband's memoir, “The Long Road North,” in the truck, she said."
    )
    assert tagger.tag(text).quotes == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "the company", "the agency" is the organisation the story named that fits the noun.
        (
            "Contract\n\nOstrander Transit Systems Inc. won a federal contract on Monday. The company said in a filing: "
            "“There can be no assurance the contract will be renewed.”",
            [("Ostrander Transit Systems Inc.", "organisation")],
        ),
        (
            "Death\n\nThe man was held by U.S. Immigration and Customs Enforcement in Pell Ridge. The agency said: “Medical "
            "staff responded at once.”",
            [("U.S. Immigration and Customs Enforcement", "organisation")],
        ),
        # A description with the name beside it is that person.
        (
            "Jail\n\nAn ICE spokeswoman, Carla Brennecke, said the agency “welcomes partnerships with local police” and "
            "would train deputies in spring.",
            [("Carla Brennecke", "person")],
        ),
        # "who wrote that ...", "which she called ...": the speaker is the one the clause is about.
        (
            "Memo\n\nThe memo builds on guidance issued in June by Director Anton Velasquez, who wrote at the time that the "
            "agency must spend its money on “its highest priorities first.”",
            [("Anton Velasquez", "person")],
        ),
        (
            "Radio\n\nLynn Tramonte said she would debate the bill but not the label, which she called “a word chosen to "
            "end the conversation.”",
            [("Lynn Tramonte", "person")],
        ),
        # A verb of speech earlier in the sentence, when the nearest verb is none; "a.m." ends no sentence.
        (
            "Fog\n\nThe National Weather Service said the advisory would last until 10 a.m. and warned drivers of "
            "“visibility below a quarter mile.”",
            [("National Weather Service", "organisation")],
        ),
        (
            "Cars\n\nIn a filing, the automaker Brandt Motor Co. said demand had been “softer than anticipated.”",
            [("Brandt Motor Co.", "organisation")],
        ),
        # Cues of a quick answer.
        (
            "Hearing\n\n“Senator, I have been to that border more times than I can count,” Napolitano shot back.",
            [("Napolitano", "person")],
        ),
        # A time before a description is not part of it.
        (
            "Chaplain\n\nLast month a detainee from Honduras told me: “I am afraid my son will forget my face.”",
            [("detainee from Honduras", "description")],
        ),
    ],
)
def test_who_an_organisation_or_a_clause_points_to(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


def test_a_quote_paragraph_after_a_paragraph_about_one_person_among_others_is_theirs(tagger: Tagger) -> None:
    text = (
        "Council\n\nCouncil member Ted Osterberg, who voted with the majority, said he had asked the chief for "
        "monthly numbers three times since January.\n\n“You cannot ask us to trust figures you will not show us.”"
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Ted Osterberg"]


def test_a_title_tells_which_of_two_people_with_one_surname_speaks(tagger: Tagger) -> None:
    text = (
        "Library\n\n“Nobody here would design this system,” said Frank Sharry, speaking at the library.\n\n"
        "During questions, Bridget Sharry, a nurse at Oriel General, stood up. “No relation,” she said.\n\n"
        "“That is exactly the question Congress should be asking,” Mr. Sharry said."
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Frank Sharry", "Bridget Sharry", "Frank Sharry"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Jail\n\nSheriff Dana Ruiz met the board.\n\n“We will not comply,” Ruiz, 54, told reporters after the meeting.",
            [("Dana Ruiz", "person")],
        ),
        (
            "Jail\n\nLynn Tramonte spoke next. Tramonte's response was blunt: “This program has failed.”",
            [("Lynn Tramonte", "person")],
        ),
        ("Jail\n\n“Nobody called us,” said the sheriff’s spokesman, Lt. Omar Hadley.", [("Omar Hadley", "person")]),
        (
            "Raid\n\nICE did not answer questions. The agency later issued a statement: “Officers followed all procedures.”",
            [("ICE", "organisation")],
        ),
        (
            "Raid\n\nThe mayor's office released a statement Tuesday evening.\n\n“The city does not take part in civil "
            "immigration enforcement,” it read.",
            [("mayor's office", "organisation")],
        ),
        (
            "Jail\n\nAccording to a statement from the sheriff's office, “the man was released at 4 p.m.”",
            [("sheriff's office", "organisation")],
        ),
    ],
)
def test_ages_possessives_names_beside_roles_and_statements_read_as_they_are_written(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # The parse sometimes makes a one-word headline the subject of the first sentence's verb.
        ("Jail\n\nIn his ruling, Judge Paul Strand wrote that the county had acted in “good faith.”", ["Paul Strand"]),
        (
            "Bill\n\nThe bill would end what its sponsor, Sen. Ana Ruiz, called “the era of blank-check detention.”",
            ["Ana Ruiz"],
        ),
    ],
)
def test_partial_quotes_credited_through_headlines_and_asides(tagger: Tagger, text: str, want: list) -> None:
    assert [q.speaker for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Inverted cues beyond "said", and words between the name and the colon.
        (
            "Vote\n\nThe board voted 4-1. Announced Mayor Rita Solano: “The contract is renewed for a year.”",
            [("Rita Solano", "person")],
        ),
        (
            "Shop\n\nThe bakery stays open. Joked Okafor, the owner: “My sister wants to sell kale muffins.”\n\n"
            "“Not while I am alive,” said Ada Okafor.",
            [("Ada Okafor", "person"), ("Ada Okafor", "person")],
        ),
        (
            "Memo\n\nThe memo is short. Wrote Ines Marlow near the end: “Nothing here limits an arrest.”",
            [("Ines Marlow", "person")],
        ),
        # A title the model reads as a person of its own.
        (
            "Ice\n\n“We got lucky today,” said Sgt. Nora Bellweather, who leads the dive team.",
            [("Nora Bellweather", "person")],
        ),
        # "it" with no organisation quoted before: the organisation the sentences before are about.
        (
            "Forum\n\nThe Dunmore Police Department said it would hold public forums. The department also promised "
            "monthly figures.\n\n“Our goal is openness from the first day,” it said.",
            [("Dunmore Police Department", "organisation")],
        ),
        # "we" in a newsletter: the organisation in its masthead; not a scare quote in the middle of a sentence.
        (
            "Harbor Rights Network Newsletter — May\n\nDear friends,\n\nWhen counties began asking to “opt out” of "
            "the program, we warned where it would lead. “One exception will become twenty,” we wrote last spring.",
            [("Harbor Rights Network", "organisation")],
        ),
        # "the statement said": whoever the statement came from.
        (
            "Jail\n\nStaff began CPR within minutes of finding Tomas Vell, according to a statement from the "
            "Corran County Sheriff’s Office.\n\n“Our staff followed every procedure,” the statement said.",
            [("Corran County Sheriff’s Office", "organisation")],
        ),
        # Headlines: who stands before the colon, and who an interview is with.
        (
            "Immigrant Justice League: Expansion is “a net, not a sieve”\n\nThe group spoke on Monday.",
            [("Immigrant Justice League", "organisation")],
        ),
        (
            "“We are not a quota office”: an interview with Martina Esposito\n\nEsposito runs the field office.",
            [("Martina Esposito", "person")],
        ),
        # A description with the name beside it, after "the".
        (
            "Church\n\n“They will have to come into a church,” said the parish’s pastor, the Rev. Hilde Brandt.",
            [("Hilde Brandt", "person")],
        ),
        # A statement titled with a union local's number before the name; "has said that".
        (
            "Statement of Local 88 President Ines Varga-Holm on the Plant Firings\n\n“These workers kept this "
            "plant running for years.”",
            [("Ines Varga-Holm", "person")],
        ),
        (
            "Policy\n\nSecretary Dana Whitlock spoke in March.\n\nThe secretary has said that “we set priorities, "
            "and we follow them.”",
            [("Dana Whitlock", "person")],
        ),
        # "they" after an organisation that is the nearest subject; after people, those people (never the
        # organisation named before them).
        (
            "Vote\n\nThe Alder Immigrant Alliance handed out signs. A few minutes ago the group posted a photo of the "
            "hallway.\n\n“This is what the county looks like tonight,” they wrote.",
            [("Alder Immigrant Alliance", "organisation")],
        ),
        (
            "Rally\n\nThe Alder Immigrant Alliance spoke first. Later several students unfurled a banner.\n\n“We are "
            "not scared anymore,” they said.",
            [("students", "description")],
        ),
    ],
)
def test_shapes_of_the_fifth_development_set(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == want


def test_a_quote_running_over_paragraphs_is_whoever_its_last_paragraph_names(tagger: Tagger) -> None:
    text = (
        "Family\n\nTheir son, Mateo, is 16. He works at a garage after school.\n\n“We did everything they asked. "
        "He checked in every year.\n\n“The lawyer says it could take a year.\n\n“I only want him home,” said "
        "Pilar Ostrander, his mother."
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Pilar Ostrander"] * 3


def test_a_role_beside_a_name_says_which_pronoun_fits_but_a_headlines_list_does_not(tagger: Tagger) -> None:
    text = (
        "Sheriff\n\nSheriff Dale Banning is no liberal. His undersheriff, Marcy Dell, ran against him, and the "
        "county commission chairwoman, Joan Tuttle, has called him soft.\n\n“I answer to the voters,” he said."
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Dale Banning"]
    listed = "Congressman, Joan Tuttle trade jabs\n\nJoan Tuttle spoke first.\n\n“Only with a chart,” she said."
    assert [q.speaker for q in tagger.tag(listed).quotes] == ["Joan Tuttle"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A clause on a noun whose subject called it something: the subject speaks (not "a program called “X”").
        (
            "Levy\n\nThe board passed the levy on Tuesday, a vote the district’s treasurer called “long overdue.”",
            [("long overdue.", "district’s treasurer")],
        ),
        (
            "Outage\n\nThe storm cut power to 9,000 homes, a failure that the Harlow Water Authority called “the worst "
            "in a generation.”",
            [("the worst in a generation.", "Harlow Water Authority")],
        ),
        ("Program\n\nThe county joined a program called “Secure Communities” in 2009.", []),
        # One word is a quote when someone is said to have used it, never a scare quote nobody said.
        (
            "Plan\n\nThe Lakeview Tenants Union has called the plan “reckless” in each of its letters. Critics of the "
            "“pilot” say it costs too much.",
            [("reckless", "Lakeview Tenants Union")],
        ),
        (
            "Plan\n\nWhen the plan arrived, council members were told it was “temporary,” and nobody asked again.",
            [],
        ),
        # Fragments of one clause joined by "and" or "as": the speaker read for the first is the others' too.
        (
            "Audit\n\nMarta Quell, the county auditor, said the program was “badly run” and the records were “a mess.”",
            [("badly run", "Marta Quell"), ("a mess.", "Marta Quell")],
        ),
        (
            "Audit\n\nOliver Dunn described the hearing as “fair” and the ruling as “harsh.”",
            [("fair", "Oliver Dunn"), ("harsh.", "Oliver Dunn")],
        ),
        # A relative clause after an organisation's name is no part of the name.
        (
            "Rule\n\nThe Coalition for Open Courts, which sued over the last rule, said the change was “a step "
            "backward.”",
            [("a step backward.", "Coalition for Open Courts")],
        ),
        # A newsletter's "we" is the newsletter's organisation, even after another organisation was quoted.
        (
            "Bulletin\n\nOUR PARTNERS: The Valley Faith Alliance said in its own bulletin: “We stand with the "
            "families.”\n\nNEXT: “Bring a friend,” we said at the rally.\n\nIn solidarity, The Marsh County Rights "
            "Project",
            [
                ("We stand with the families.", "Valley Faith Alliance"),
                ("Bring a friend", "Marsh County Rights Project"),
            ],
        ),
    ],
)
def test_partial_quotes_on_a_noun_in_lists_of_one_word_and_a_newsletters_we(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A lede's description named in the next paragraphs with that title or role ("delayed identification").
        (
            "Clinic\n\nBRANNOCK, Ky. — A pediatric nurse who called the closing “a door slammed on the sick” spoke "
            "first at Monday's hearing.\n\n“We will drive them to the next county,” said Odile Marchetti, 52, nurse "
            "at the Brannock clinic since 2011.",
            [
                ("a door slammed on the sick", "Odile Marchetti"),
                ("We will drive them to the next county", "Odile Marchetti"),
            ],
        ),
        (
            "Jail\n\nHOLTON, Neb. — The Harl County sheriff said Monday he will stop holding people for ICE, calling "
            "the holds “a bill with no payer.”\n\n“It had to end,” Sheriff Amos Leduc said.",
            [("a bill with no payer.", "Amos Leduc"), ("It had to end", "Amos Leduc")],
        ),
        (  # two people bear the role: nobody is guessed
            "Jail\n\nHOLTON, Neb. — A deputy called the holds “a bill with no payer.”\n\nDeputy Ann Ruiz spoke, and "
            "then Deputy Marcus Hale.",
            [("a bill with no payer.", "deputy")],
        ),
        # The second half of a split after "said the spokeswoman, Sgt. Name," is that person's.
        (
            "Jail\n\n“We are full,” said the warden’s spokeswoman, Sgt. Imelda Ruck, “and we have been for weeks.”",
            [("We are full", "Imelda Ruck"), ("and we have been for weeks.", "Imelda Ruck")],
        ),
        # "in the words of", "in X's words", and "According to X," opening the fragment's sentence.
        (
            "Vote\n\nThe levy passed and, in the words of Mayor Tobin Greer, “not a day too soon.” It was, in "
            "Greer’s words, “a relief.”",
            [("not a day too soon.", "Tobin Greer"), ("a relief.", "Tobin Greer")],
        ),
        (
            "Court\n\nAccording to the Pell Street Legal Clinic, a group that tracks the docket, judges granted "
            "asylum at rates “well under a third” last year.",
            [("well under a third", "Pell Street Legal Clinic")],
        ),
        (
            "Court\n\nAccording to Judge Rosalind Thorne, the backlog is “a wall, not a line” this year.",
            [("a wall, not a line", "Rosalind Thorne")],
        ),
        # "found that": a person's finding, quoted.
        (
            "Audit\n\nThe city’s comptroller, Wendell Oyama, found that the contract cost “twice the estimate.”",
            [("twice the estimate.", "Wendell Oyama")],
        ),
        # A hometown after the name is no speaker; "corrected" is a verb of speech.
        (
            "Sentencing\n\nThe defendant, Hollis Varga, 38, of Grand Forks, who wept through the hearing, said before "
            "the sentence was read: “I was wrong and I know it.”",
            [("I was wrong and I know it.", "Hollis Varga")],
        ),
        (
            "Storm\n\n“The roof went first,” said Emil Dorsey. “The porch went first,” Greta Dorsey corrected him.",
            [("The roof went first", "Emil Dorsey"), ("The porch went first", "Greta Dorsey")],
        ),
    ],
)
def test_descriptions_named_later_split_halves_after_a_named_description_and_according_to_fragments(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # Someone named as someone of the story's person ("His holder, Name") in an earlier paragraph is not whom a
        # later "he" stands for: the person the story is about is.
        (
            "Kick\n\nSenior Roland Pike kicked the winning field goal from 41 yards on Friday night.\n\n“I just "
            "looked at the posts,” Pike said.\n\nHis mother, Greta Pike, ran onto the field. His holder, junior "
            "quarterback Curtis Wynn, lifted him off the ground.\n\n“I was cold until the second timeout,” he told "
            "the Gazette.",
            [
                ("I just looked at the posts", "Roland Pike"),
                ("I was cold until the second timeout", "Roland Pike"),
            ],
        ),
        (
            "Hearing\n\nMarta Villaseñor testified for two hours on Tuesday.\n\n“We keep every record,” Villaseñor "
            "said.\n\nVillaseñor’s deputy, Ingrid Solberg, passed her a note.\n\n“We will send the numbers by "
            "Friday,” she conceded.",
            [("We keep every record", "Marta Villaseñor"), ("We will send the numbers by Friday", "Marta Villaseñor")],
        ),
        (  # the same paragraph: the one just named may well be the speaker
            "Hearing\n\nMarta Villaseñor testified for two hours.\n\n“We keep every record,” Villaseñor said. Her "
            "deputy, Ingrid Solberg, said she had checked the figures. “They are right,” she said.",
            [("We keep every record", "Marta Villaseñor"), ("They are right", "Ingrid Solberg")],
        ),
    ],
)
def test_a_pronoun_skips_someone_named_as_someone_of_the_storys_person(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A double surname: the first surname alone later is the same person.
        (
            "Shelter\n\nJulián Ortega Salvatierra, 41, reached the shelter on Monday.\n\n“We walked for weeks,” "
            "Ortega said.",
            [("We walked for weeks", "Julián Ortega Salvatierra")],
        ),
        # A middle initial ends no sentence; "The following statement is from X:" opens a statement.
        (
            "Earnings\n\nThe following statement may be attributed to Harriet Q. Lindell, chief executive of Brisk "
            "Foods Inc.:\n\n“Our plants ran full all quarter.”",
            [("Our plants ran full all quarter.", "Harriet Q. Lindell")],
        ),
        (
            "Earnings\n\nThe following statement is from Harriet Lindell, chief executive:\n\n“Our plants ran full "
            "all quarter.”",
            [("Our plants ran full all quarter.", "Harriet Lindell")],
        ),
        # A title line "Statement of the X on Y" before the statement.
        (
            "Bulletin\n\nStatement of the Tri-County Immigrant Justice Alliance on the new jail contract\n\n“The "
            "commission voted without a hearing, and our members deserve one.”",
            [
                (
                    "The commission voted without a hearing, and our members deserve one.",
                    "Tri-County Immigrant Justice Alliance",
                )
            ],
        ),
        # A place after "in" or "of" is nobody a pronoun stands for.
        (
            "Deported\n\nHector Ybarra-Luz was deported in May.\n\nSpeaking by phone from a shelter in Ciudad "
            "Reynosa, Ybarra-Luz told the station he had asked officers to look at his papers. “I showed them my "
            "discharge,” he said.",
            [("I showed them my discharge", "Hector Ybarra-Luz")],
        ),
        # "the panel", "it" of a court: the court's full name, "for the" included.
        (
            "Ruling\n\nThe U.S. Court of Appeals for the Ninth Circuit ruled on Friday. The panel said it was "
            "“deeply troubled” by the jail's practice.",
            [("deeply troubled", "U.S. Court of Appeals for the Ninth Circuit")],
        ),
        # A description the story later says gave its name.
        (
            "Line\n\n“I came at four,” said a man in a green jacket.\n\nThe man in the green jacket later gave his "
            "name as Tomas Arrieta Vidal.",
            [("I came at four", "Tomas Arrieta Vidal")],
        ),
        # "it" after "The company ..." is the company the story named, not a name inside someone's quote.
        (
            "Earnings\n\nHollin Detention Services Inc. reported higher profit.\n\n“If Congress cuts the budget, "
            "this turns,” said Ada Fenwick, an analyst.\n\nThe company faces a lawsuit. “We meet every standard,” it "
            "said.",
            [
                ("If Congress cuts the budget, this turns", "Ada Fenwick"),
                ("We meet every standard", "Hollin Detention Services Inc."),
            ],
        ),
        # A headline's verb run into a name ("Ad Says") is nobody a pronoun stands for.
        (
            "New Okafor-Lind Ad Says Rival Would “Abolish” ICE\n\nThe first ad of the race, released Monday by the "
            "campaign of Republican Dale Okafor-Lind, ends with the candidate looking into the camera. He says his "
            "opponent has “stood with the activists.”",
            [("stood with the activists.", "Dale Okafor-Lind")],
        ),
        # A person the model read as a building is a person the pronoun can stand for.
        (
            "My client\n\nBy Rosa Achterberg\n\nI never had a week like the one in which Anatoly Brisbane-Ruiz was "
            "put on a plane.\n\nHe told me that day: “I want to do this the right way.”",
            [("I want to do this the right way.", "Anatoly Brisbane-Ruiz")],
        ),
    ],
)
def test_double_surnames_statement_lines_places_courts_names_given_later_and_companies(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Jr." as the story writes it, though the model leaves it out of the name.
        (
            "Board\n\nSheriff Amos R. Whitlow Jr. spoke for ten minutes.\n\n“We will comply,” Whitlow told the board.",
            [("We will comply", "Amos R. Whitlow Jr.")],
        ),
        # A first name the model left out before a two-part surname; the surname pair alone later.
        (
            "Appeal\n\nThe court sent back the case of Ramiro Cuevas Ibarra, 31, to the immigration board.\n\n“I want "
            "to tell the judge the truth,” Cuevas Ibarra said.",
            [("I want to tell the judge the truth", "Ramiro Cuevas Ibarra")],
        ),
        # The paragraph's one person, named as an object a sentence before the pronoun.
        (
            "Derby\n\nLena Voss, the organizer, said the club raised $31,000.\n\nSecond place went to Kaylee Marsh, "
            "13, of Pell Lake. “I was winning for three hours,” she said.",
            [("I was winning for three hours", "Kaylee Marsh")],
        ),
        # A transcript's "you" is the next turn's speaker, named without the title of the label.
        (
            "Transcript\n\nThe guests were Sheriff Arlen Brody of Kettle County and a lawyer.\n\nHOST: Sheriff, you "
            "told the board that “the program has never cost us a dollar.” Is that true?\n\nSHERIFF BRODY: It is.",
            [("the program has never cost us a dollar.", "Arlen Brody")],
        ),
        # A public body's name with "and" in it, however the model split it.
        (
            "Editorial\n\nFederal officials will object. U.S. Immigration and Customs Enforcement has said such "
            "policies “put communities at risk.”",
            [("put communities at risk.", "U.S. Immigration and Customs Enforcement")],
        ),
        # "On Sunday afternoon the agency released the following statement:"
        (
            "Death\n\nThe man was held by U.S. Immigration and Customs Enforcement. On Sunday afternoon the agency "
            "released the following statement:\n\n“Medical staff responded to an unresponsive detainee.”",
            [("Medical staff responded to an unresponsive detainee.", "U.S. Immigration and Customs Enforcement")],
        ),
        # "X, a Tennessee company, which said …": X; and its "it" after.
        (
            "Death\n\nThe center is run by Corlan Detention Services, a Tennessee company, which said in an email that "
            "“all detainees receive care.”\n\n“We are saddened,” it said.",
            [
                ("all detainees receive care.", "Corlan Detention Services"),
                ("We are saddened", "Corlan Detention Services"),
            ],
        ),
        # The first of two surnames alone is that person for a later "she", not the judge named since.
        (
            "Asylum\n\nYesenia Alvarado Quintanilla told her story again on Thursday.\n\nAlvarado, 38, fled "
            "Honduras in 2021.\n\nImmigration Judge Corinne M. Faulkner asked her why she had not gone to the "
            "police. Alvarado said the commander ate lunch with the gang’s leader.\n\n“Everybody knew,” she said.",
            [("Everybody knew", "Yesenia Alvarado Quintanilla")],
        ),
        # An editorial signed by its board: "we" is the paper.
        (
            "Editorial: Stop the holds\n\nThe Bramble County Tribune Editorial Board\n\nAs we wrote that spring, "
            "“A program that keeps dangerous people off our streets deserves a fair trial.”",
            [
                (
                    "A program that keeps dangerous people off our streets deserves a fair trial.",
                    "Bramble County Tribune",
                )
            ],
        ),
        # A release line between a statement's title line and the statement.
        (
            "Statement of the Wrenfield Police Department on the Arrest of Rev. Amos Pell\n\nFor immediate release — "
            "Wrenfield, Ohio\n\n“On Monday evening, officers responded to a disturbance.”",
            [("On Monday evening, officers responded to a disturbance.", "Wrenfield Police Department")],
        ),
        # A newsletter's "we" as the subject of a partial quote's verb.
        (
            "Calder Immigrant Defense Network — October Bulletin\n\nDear friends,\n\nIn September we told the "
            "county board that “a detainer is a request,” and four commissioners agreed.",
            [("a detainer is a request", "Calder Immigrant Defense Network")],
        ),
    ],
)
def test_suffixes_left_out_first_names_objects_as_the_one_person_turn_labels_and_organisations_in_full(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_fragment_after_someone_else_is_named_is_not_the_earlier_partial_quotes(tagger: Tagger) -> None:
    # Not Napolitano's (her fragment came first), nor taken from the memo's title: Morton's memo says it.
    text = (
        "Memo\n\nSecretary Janet Napolitano has said that enforcement should be “smart and effective,” and in June "
        "ICE Director John Morton issued a memo, “Exercising Discretion in Civil Enforcement,” that tells agents to "
        "weigh “the person’s ties to the community” and to be “particularly mindful” of veterans."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("smart and effective", "Janet Napolitano"),
        ("the person’s ties to the community", "John Morton"),
        ("particularly mindful", "John Morton"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # A first name alone, which only one person of the story bears, is that person for a later "she".
        (
            "Waiting at the Field Office\n\nI met Maribel Quintero outside the field office, where she had come "
            "to ask about her husband. A caseworker from the clinic, Dolores Hatch, met us there.\n\nMaribel "
            "waited five hours. When she came out, she told me: “They would not even say which jail he is in.”",
            [("They would not even say which jail he is in.", "Maribel Quintero")],
        ),
        # Someone named as "his employer" is not the "he" of the next paragraph: the one named before him is.
        (
            "Roofers and the new checkpoint\n\nFor Arnulfo Tepec-Sosa, a 52-year-old roofer who was stopped twice "
            "last spring, the checkpoint comes too late. His employer, Dwight Kessel, had told him to stay home "
            "for a week. He did not.\n\n“I have four children and a mortgage,” he said.",
            [("I have four children and a mortgage", "Arnulfo Tepec-Sosa")],
        ),
        # The paragraph before names one person and calls him "he" after that: the story stayed with him.
        (
            "Painter home after months in detention\n\nOsvaldo Ticona, a house painter, was released in May. His "
            "son, Teo, 17, graduated in June.\n\nTeo’s coach, Garrett Lindahl, organised a fund for the bond. "
            "“Teo kept training the whole time,” Lindahl said.\n\nTicona’s case is still pending. For now he is "
            "back at work.\n\n“I do not know what comes next,” he said.",
            [
                ("Teo kept training the whole time", "Garrett Lindahl"),
                ("I do not know what comes next", "Osvaldo Ticona"),
            ],
        ),
        # Named first as "her daughter", then as a sentence's subject: still someone of the story's "she".
        (
            "A mother in sanctuary\n\nHalima Oduya-Brandt has lived in the church basement since March. The Rev. "
            "Dale Pruett, the pastor, said the deacons voted to take her in.\n\nOduya-Brandt, 44, came to the "
            "United States from Kenya in 2001. Her daughter, Grace, is a junior at Linden High School and visits "
            "every afternoon. Grace said she wants to be a nurse.\n\n“I tell her to study and leave the worrying "
            "to me,” she told reporters.",
            [("I tell her to study and leave the worrying to me", "Halima Oduya-Brandt")],
        ),
        # A fragment in what a named person says a body did is that person's words, not the body's.
        (
            "Flights to Tierra Alta\n\nThe country's migration director, Ernesto Palafox, met reporters at the "
            "airport on Monday. Palafox said the government had asked Washington for more notice, calling two days "
            '"too little time to find a bed for everyone."',
            [("too little time to find a bed for everyone.", "Ernesto Palafox")],
        ),
        # A statement's introduction may say at length what it reacts to before the colon.
        (
            "America’s Voice on the quarterly removal figures\n\nWashington, DC — The following is a statement "
            "from Lynn Tramonte, Deputy Director of America’s Voice, on the quarterly figures published on Thursday "
            "by the Department of Homeland Security, which show that most of the people removed through the "
            "fingerprint-sharing program in the last three months had no conviction at all or a conviction for a "
            "traffic offence only, and that the share has grown since the spring:\n\n“These figures are the "
            "administration’s own, and they tell a different story from its speeches.”",
            [
                (
                    "These figures are the administration’s own, and they tell a different story from its speeches.",
                    "Lynn Tramonte",
                )
            ],
        ),
        # "the agency" after "the FBI ... ICE decides" is ICE (the later acronym), spelt out as the story wrote it.
        (
            "Harlan County joins the fingerprint program\n\nHarlan County will join Secure Communities, run by U.S. "
            "Immigration and Customs Enforcement. Prints taken at booking go to the FBI, which shares them with "
            "other agencies. If they match, ICE decides what happens next.\n\n“The program lets us focus on "
            "serious offenders,” the agency said in a statement.",
            [("The program lets us focus on serious offenders", "U.S. Immigration and Customs Enforcement")],
        ),
        # "the woman" of the lede, named in the next paragraph by "Her name is ...".
        (
            "Mother says husband held after crash\n\nA mother of two who has lived in Orrin Gap for a decade says "
            "her husband is in a detention center three states away.\n\n“He only stopped to help,” the woman told "
            "KRLV on Monday.\n\nHer name is Luz Marina Ocaña. Her husband, Efraín, 39, was arrested on Sept. 9.",
            [("He only stopped to help", "Luz Marina Ocaña")],
        ),
        # "a driver told ..." named in the next paragraph as "The driver, Name, ...".
        (
            "Agents stop a county bus\n\nFederal agents boarded a county bus near Pell Junction on Friday.\n\n"
            "“They walked up and down the aisle asking for papers,” a driver told KPJN outside the depot.\n\n"
            "The driver, Teodulo Reinoso, 52, said two passengers were taken away.",
            [("They walked up and down the aisle asking for papers", "Teodulo Reinoso")],
        ),
        # A state after the county, then a clause on the speaker, before "said:".
        (
            "Sheriffs push back\n\nLast month, Sheriff Amos Kettleby of Dunmore County, Nevada, whose jail honors "
            "detainers only with a judge’s warrant, said: “We were never asked. We found out from a fax.”",
            [("We were never asked. We found out from a fax.", "Amos Kettleby")],
        ),
        # Clients, parishioners, roofers ... are people a story quotes without naming.
        (
            "A lawyer’s view\n\nThey are afraid all the time. One client told me, “I check the mirror every block.”\n\n"
            "At the church, a parishioner said, “We pray for the ones who are gone.”",
            [
                ("I check the mirror every block.", "client"),
                ("We pray for the ones who are gone.", "parishioner"),
            ],
        ),
        # A woman the paragraph describes, then calls "she", is not the last woman the story named.
        (
            "A chief’s letter\n\nSecretary Janet Napolitano has praised the program. I no longer do.\n\nThe calls "
            "stopped. A woman who sold tamales near the depot was robbed and waited a week to report it. When she "
            "finally came in, she told a sergeant, “I was sure you would call immigration on me.”",
            [("I was sure you would call immigration on me.", "woman")],
        ),
        # "line" is a word for words ("the party line"), but a line worker is a worker.
        (
            "Raid at the cannery\n\nAgents detained 30 people Tuesday.\n\n“They blocked both doors,” a line "
            "worker said outside the gate.",
            [("They blocked both doors", "line worker")],
        ),
        # Two Kessels: "said he" after the surname tells which one.
        (
            "A record squash\n\nThe winner was Amos Kessel, 70, a retired welder. His wife, Ruth Kessel, kept the "
            "logbook.\n\nKessel said he had been “aiming for a thousand pounds since the nineties.”",
            [("aiming for a thousand pounds since the nineties.", "Amos Kessel")],
        ),
        # "The deacon ... he" is the deacon the story named, not the last man named.
        (
            "Vigil for a pastor\n\nTobias Okereke-Lund, a deacon at Grace Chapel who has led services since the "
            "arrest, spoke from the pulpit.\n\nA city councilman, Horace Vandermeer, sat in the back row. The "
            "pastor’s lawyer, Daniela Krupp, said she would ask for a bond hearing.\n\nThe deacon was the last to "
            "leave. He locked the church himself.\n\n“I will hand these keys back the day he comes home,” he said.",
            [("I will hand these keys back the day he comes home", "Tobias Okereke-Lund")],
        ),
        # "promised that it would “…”": the one who promised, about the agency.
        (
            "Director before the panel\n\nThe head of the agency, Wendell Ashdown, acknowledged on Tuesday that the "
            "program had held people it did not mean to, and promised that it would “get it right at the start.”",
            [("get it right at the start.", "Wendell Ashdown")],
        ),
        # An editorial signed "— The X editorial board": "we" are the paper.
        (
            "Editorial: Put the policy in writing\n\nThe sheriff says his jail holds people for ICE only in serious "
            "cases.\n\nIn 2019, “The county cannot keep paying for mistakes,” we wrote on this page.\n\nWe are "
            "asking him to write it down.\n\n— The Millbrook Courier editorial board",
            [("The county cannot keep paying for mistakes", "Millbrook Courier")],
        ),
        # A host who calls a caller by name: "Dolores, you wrote, “…”" is the caller's, not the guest's.
        (
            "Transcript: the sheriff takes calls\n\nHost Nate Ferrell was joined by Sheriff Walt Okimoto.\n\n"
            "FERRELL: Our first caller is Dolores Pyne in Ashby. Go ahead, Dolores.\n\nCALLER (DOLORES PYNE, "
            "ASHBY): Hi, Sheriff.\n\nOKIMOTO: Good morning.\n\nFERRELL: Dolores, you emailed us before the show. "
            "You wrote, “My neighbor has been gone three months.” Anything to add?\n\nCALLER (DOLORES PYNE, "
            "ASHBY): Just that.",
            [("My neighbor has been gone three months.", "Dolores Pyne")],
        ),
        # "She said the sheriff was ...": the next "he" is the sheriff, not the man named in passing before.
        (
            "Sheriff defies board\n\nSheriff Dale Okonkwo said Tuesday his jail will keep holding inmates for "
            "ICE.\n\nThe resolution, drafted by board chair Lorena Vasko, asks him to stop. Figures compiled by "
            "the county auditor, Glen Hartley, put the cost at $1 million. She said the sheriff was running "
            "“a federal jail on county money.”\n\n“We asked for two years,” Vasko said.\n\n“I answer to the "
            "law,” he said.",
            [
                ("a federal jail on county money.", "Lorena Vasko"),
                ("We asked for two years", "Lorena Vasko"),
                ("I answer to the law", "Dale Okonkwo"),
            ],
        ),
        # A station whose name starts with its channel number.
        (
            "Mother held at check-in\n\nLARCH — A mother of three was detained at a routine check-in.\n\n“I went "
            "every six months and never missed one,” Ines Barroso told 9 Action News by phone from the county jail, "
            "where she has been held since Thursday.",
            [("I went every six months and never missed one", "Ines Barroso")],
        ),
        # Signs and banners are no one's speech, however the sentence runs on to credit someone.
        (
            "Vigil at the courthouse\n\nAbout 40 people stood outside holding hand-lettered signs, one of which "
            "read “Families, Not Files.” Rosa Itzel, an organizer, said the group would return.\n\nVolunteers "
            "had collected signatures for a year under the banner “Neighbors Not Numbers.” One of them, Abel "
            "Tarrant, 61, said: “We are not done.”",
            [("We are not done.", "Abel Tarrant")],
        ),
        # A name in capitals that ends its sentence, period inside the marks, is still a name.
        (
            "Quilt show\n\nHilde Marsh, 71, spent three winters on the quilt, which she calls “Aunt Ida’s Morning "
            "Star.” She used feed-sack cotton.\n\n“Every square has a story,” Marsh said.",
            [("Every square has a story", "Hilde Marsh")],
        ),
        # Terms: "known in the industry as a “…”", "short for “…”", "what the industry calls “…”".
        (
            "Jail contract\n\nThe contract pays for 500 beds whether or not they are filled, a clause known in the "
            "industry as a “bed guarantee.” Harold Finch, a commissioner, said the county could not afford it. "
            "Finch said voters fear what the industry calls “empty-bed billing” and that the deal was “a quota by "
            "another name.” Staff saved the number under ICE, short for “in case of emergency,” Finch added.",
            [("a quota by another name.", "Harold Finch")],
        ),
        # Husband and wife: "Varga said he calls every night" is the husband, whoever was named last.
        (
            "A notebook on the fridge\n\nIvo Varga was deported in May.\n\nHis wife, Magdalena Varga, keeps the "
            "notebook. “He wrote down everything,” she said.\n\nThe couple’s son, Emilio, 13, finished seventh "
            "grade with straight A’s.\n\nVarga said he calls every night at 8 and asks "
            "about the children.\n\n“They think I am away for work,” he said.",
            [("He wrote down everything", "Magdalena Varga"), ("They think I am away for work", "Ivo Varga")],
        ),
        # "Varga told the Herald that she ..." picks the Varga the "she" fits.
        (
            "Deported\n\nMagdalena Varga, a cook, says her brother Ivo Varga was deported in June.\n\nVarga told "
            "the Herald that she had written to the sheriff twice: “I asked him who decided my brother was a "
            "danger.”",
            [("I asked him who decided my brother was a danger.", "Magdalena Varga")],
        ),
        # A dated document of an organisation speaks for it: "the Gazette’s editorial of March 4".
        (
            "Letters\n\nTo the editor:\n\nThe Ridgeway Gazette’s editorial of March 4 called the new jail "
            "contract “a sensible bargain.” It is nothing of the kind.",
            [("a sensible bargain.", "Ridgeway Gazette")],
        ),
        # "The secretary" is the one titled "Secretary of Homeland Security", not the senator she answered.
        (
            "Live updates: the secretary before the committee\n\n9:32 a.m. Secretary of Homeland Security Janet "
            "Napolitano has begun. Napolitano said: “We are removing more people convicted of crimes.”\n\n9:51 "
            "a.m. Asked Sen. Clarice Ostby: “Why does a jail bed cost us twice as much?”\n\n9:53 a.m. The "
            "secretary answered Ostby at length. She said old contracts were being rewritten.\n\n“Some of those "
            "contracts were signed in a hurry,” she said.",
            [
                ("We are removing more people convicted of crimes.", "Janet Napolitano"),
                ("Why does a jail bed cost us twice as much?", "Clarice Ostby"),
                ("Some of those contracts were signed in a hurry", "Janet Napolitano"),
            ],
        ),
        # "Ostby’s aide, Avery Lind, passed the senator a note" ¶ "she conceded": Ostby, not whoever acts next.
        (
            "Hearing on family detention\n\nSen. Clarice Ostby opened with a photograph. Secretary Ruth Ambler "
            "said: “The alternative is separating families.”\n\nThe chairman, Sen. Rufus Kettle, let the exchange "
            "run long. The secretary pointed to a pilot program. Ostby’s aide, Avery Lind, passed the senator a "
            "note.\n\n“I will accept those figures if they arrive this month,” she conceded.",
            [
                ("The alternative is separating families.", "Ruth Ambler"),
                ("I will accept those figures if they arrive this month", "Clarice Ostby"),
            ],
        ),
        # A second, long aside after the sender's role, before "issued the following statement:".
        (
            "Group faults fingerprint program\n\nWashington, DC — After new figures came out, Frank Sharry, "
            "Executive Director of America’s Voice, a group that has pressed the administration for months to "
            "suspend the program until it meets the standard its own director set, issued the following "
            "statement:\n\n“These numbers surprise no one who has sat in a county courthouse.”",
            [("These numbers surprise no one who has sat in a county courthouse.", "Frank Sharry")],
        ),
        # "before we went on," is a clause of time, not "we" speaking.
        (
            "Radio\n\nThe following is a transcript of “Noon Line,” hosted by Paula Reyes. Her guest was Nadia "
            "Okafor-Brandt, a lawyer in Elgin.\n\nREYES: Is that fair?\n\nOKAFOR-BRANDT: It is accurate. As I "
            "told your producer before we went on, “The program does not need police to enforce anything.”",
            [("The program does not need police to enforce anything.", "Nadia Okafor-Brandt")],
        ),
        # "a few weeks after Wexler testified, she said:" is hers, not Wexler's.
        (
            "Op-ed\n\nDirector Paul Wexler told lawmakers his agency was focused on serious offenders. Secretary "
            "Ruth Ambler, who oversees him, has said much the same. In a speech last spring, a few weeks after "
            "Wexler testified, she said: “We are going to be smart about who we remove.”",
            [("We are going to be smart about who we remove.", "Ruth Ambler")],
        ),
        # A quote after a sentence of what "she said", in the same paragraph, is hers.
        (
            "Group\n\nNadia Okafor-Brandt, who directs the Elgin Immigrant Project, spoke on a call with "
            "reporters.\n\nAsked whether the group had met the agency, she said its staff had met twice with "
            "officials this year. “They listen politely. Then nothing changes.”",
            [("They listen politely. Then nothing changes.", "Nadia Okafor-Brandt")],
        ),
        # A sign that says, words talked about as a thing, a nickname with "the": none of them speech.
        (
            "Bridge\n\nA hand-lettered sign propped against the rail says “EASE UP.” “People drive this bridge "
            "every day,” said Sgt. Mark Osei. “Every day” is the problem, in his telling. The harbormaster, Ted "
            "Amaral, called him “the Fog Cutter,” the name the crews used.",
            [("People drive this bridge every day", "Mark Osei")],
        ),
        # The writer's "I" is no "she": the woman the writer thinks of is.
        (
            "Op-ed\n\nBy Dale Pruett\n\nSecretary Ruth Ambler says the program works.\n\nI think often of a woman "
            "who had been beaten by her boyfriend and waited three days before calling. When a deputy finally "
            "reached her, she told him, “I was more afraid of the jail than of him.”",
            [("I was more afraid of the jail than of him.", "woman")],
        ),
        # "they": not the dateline's town or state, nor a singular board, but the drivers.
        (
            "Black ice closes bridge\n\nASHBY, Vt. — Ice shut the Route 9 bridge on Thursday.\n\nThe town’s plow "
            "drivers have asked for a second salt truck, and the select board is expected to take up the request "
            "in January. Asked what they needed most, they said it was simple: “More salt and more hours.”",
            [("More salt and more hours.", "plow drivers")],
        ),
        # The parse gives the verb two subjects, a noun and the name beside it: the name speaks.
        (
            "Op-ed\n\nSome in our county want us to become a “sanctuary.” A leader of that effort, Marisela "
            "Trujillo-Banks, called our program “a deportation pipeline with a county seal on it” at a meeting in "
            "March.",
            [("a deportation pipeline with a county seal on it", "Marisela Trujillo-Banks")],
        ),
        # An organisation's long relative clause before "issued the following statement:"; "Within" is no one.
        (
            "Review ordered\n\nThe review will cover detainers.\n\nWithin an hour, the Lakes State Sheriffs’ "
            "Association, which represents the elected sheriffs of all 88 counties and has lobbied for federal "
            "money for jail costs since 2009, issued the following statement:\n\n“Sheriffs did not ask to be "
            "immigration officers.”",
            [("Sheriffs did not ask to be immigration officers.", "Lakes State Sheriffs’ Association")],
        ),
        # "did not respond" now says nothing of what he said last spring.
        (
            "Audit\n\nFrank Sharry took aim at Director Paul Wexler, saying the findings “land on his desk.”\n\n"
            "Wexler did not respond to a request for comment Tuesday. In testimony last spring, he said the program "
            "was “the most effective tool this agency has ever had.”",
            [
                ("land on his desk.", "Frank Sharry"),
                ("the most effective tool this agency has ever had.", "Paul Wexler"),
            ],
        ),
        # A masthead line "The X editorial board", in lower case, makes "we" the paper.
        (
            "Editorial: Hold no one without charge\n\nThe Millbrook Courier editorial board\n\nA new report "
            "should end the pretense. As we wrote when the county signed on, “A request is not a warrant.”",
            [("A request is not a warrant.", "Millbrook Courier")],
        ),
        # "Villa Ceiba" is a town, not a second person beside the pitcher.
        (
            "Pitcher waits for a visa\n\nYeudy Almonte, 22, was signed by the Rivermen in May.\n\nBack in Villa "
            "Ceiba, Almonte throws at a public field near his mother’s house. He said he watches every game on his "
            "phone. “When they win, I’m happy. When they lose, I think I could have helped.”",
            [("When they win, I’m happy. When they lose, I think I could have helped.", "Yeudy Almonte")],
        ),
        # "the Echeverría case" names a case, not someone who acts: the sheriff is the "she".
        (
            "Jail program\n\nMarisol Echeverría, his wife, said the jail allowed her one visit.\n\nSheriff Bonnie "
            "Kessler has defended the program at every budget hearing.\n\nAsked about the Echeverría case, she "
            "pointed to the license charge. “I do not make immigration law,” she said.",
            [("I do not make immigration law", "Bonnie Kessler")],
        ),
        # "The agency ... it said" after "ICE did not comment": ICE, not a town the model read as an organisation.
        (
            "Vigil\n\nThe pastor is held at the detention center in Calder, a friend said.\n\nICE did not comment "
            "on the pastor’s case. The agency has said it considers family ties. “Each case is reviewed on its "
            "merits,” it said in a brief written response.",
            [("Each case is reviewed on its merits", "ICE")],
        ),
        # "The editorial continued:" ¶ “…”: the paper quoted just before, by its editorial.
        (
            "Paper turns on jail deal\n\n“A county that rents its cells has stopped asking what they are for,” the "
            "Ledger wrote.\n\nThe editorial continued:\n\n“We do not question the sincerity of those who run the "
            "jail. We question its judgment.”",
            [
                ("A county that rents its cells has stopped asking what they are for", "Ledger"),
                ("We do not question the sincerity of those who run the jail. We question its judgment.", "Ledger"),
            ],
        ),
        # A possessive in the speaker's own role ("Corrales’s attorney") is no new voice before the next paragraph.
        (
            "Bond set\n\nA judge released Marta Corrales on bond on Tuesday.\n\n“The pattern is that she raised four "
            "children,” said Alina Brzezinska-Ruiz, Corrales’s "
            "attorney.\n\n“We are grateful, and we are exhausted, and we will be back in court.”",
            [
                ("The pattern is that she raised four children", "Alina Brzezinska-Ruiz"),
                ("We are grateful, and we are exhausted, and we will be back in court.", "Alina Brzezinska-Ruiz"),
            ],
        ),
        # More verbs of saying: demanded, pleaded, muttered ...
        (
            "Hearing\n\nSen. Carl Whitford held up a chart.\n\n“Show us the spreadsheets,” he demanded.",
            [("Show us the spreadsheets", "Carl Whitford")],
        ),
    ],
)
def test_first_names_alone_and_whose_relative_someone_is(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a noun the lexicon of people lacks, known as a person by its ending
            "Market\n\n“Half my orders come from out of state,” said a cheese importer who asked not to be named.",
            [("Half my orders come from out of state", "cheese importer")],
        ),
        (
            "Game\n\n“That was the cleanest game all year,” said one referee, who asked not to be named.",
            [("That was the cleanest game all year", "referee")],
        ),
        (
            "Storm\n\nReba Solheim waited two days.\n\n“There are four trees on your line,” a lineman told her.",
            [("There are four trees on your line", "lineman")],
        ),
        (  # a thing with an agent's ending is no speaker, nor a word like "whether"
            "Memo\n\n“Report to the east gate,” read an order posted at the plant.",
            [("Report to the east gate", None)],
        ),
        (
            "Memo\n\nIn a memo, director Lena Park wrote that the agency had “moved the goalposts three times” "
            "on whether counties could opt out.",
            [("moved the goalposts three times", "Lena Park")],
        ),
        (  # "the bill's sponsor" may be someone the story names: not a new description
            "Bill\n\n“Nobody is taking anything from the sheriff,” said the bill’s sponsor in the House, state "
            "Rep. Dorian Abernathy, when it was his turn.",
            [("Nobody is taking anything from the sheriff", "Dorian Abernathy")],
        ),
    ],
)
def test_people_known_by_what_they_do(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_an_aside_the_parse_made_the_subject_leaves_the_judge_her_words_and_her_title(tagger: Tagger) -> None:
    text = (
        "Court\n\nThe case was heard by a panel. Judge Miriam Okonjo-Hale, writing for the panel, said the "
        "government had offered “no principled stopping point” for how long a person could be held."
    )
    assert [(q.text, q.speaker, q.role) for q in tagger.tag(text).quotes] == [
        ("no principled stopping point", "Miriam Okonjo-Hale", "Judge")
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "“We will fix it,” said John Morton, the director of U.S. Immigration and Customs Enforcement.",
            "director of U.S. Immigration and Customs Enforcement",
        ),
        ("“We will fix it,” said Ann Lee, a lawyer in St. Paul. She left.", "lawyer in St. Paul"),
        ("“We will fix it,” said Ann Lee, a lawyer in the U.S. She left.", "lawyer in the U.S"),
        ("“We will fix it,” said John Morton, the director of ICE. He left.", "director of ICE"),
    ],
)
def test_a_role_runs_past_the_periods_of_initials_but_not_into_the_next_sentence(
    tagger: Tagger, text: str, role: str
) -> None:
    assert [q.role for q in tagger.tag("Hearing\n\n" + text).quotes] == [role]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the model's span stops at the hyphen of a double surname
            "Hearing\n\nThree of them drew the longest applause: the Rev. Benedict Oyelaran, pastor of Grace "
            "Fellowship; Kimberly Stroud-Haynes, a nurse at Marlow Regional Medical Center; and Eduardo Fuentes.\n\n"
            "Stroud-Haynes spoke next. She said she had treated a woman with a broken wrist who waited four days: “She "
            "thought the emergency room would call the sheriff.”",
            [("She thought the emergency room would call the sheriff.", "Kimberly Stroud-Haynes")],
        ),
        (  # taking words down is no cue for them; "you" in a turn is the one who answers
            "Hearing\n\nSen. Dwight L. Castellano questioned Homeland Security Secretary Janet Napolitano.\n\n"
            "SEN. CASTELLANO: In March you told the House, and I wrote it down, “Secure Communities is focused on "
            "criminals.” Is that still your testimony?\n\nSECRETARY NAPOLITANO: It is, Senator.",
            [("Secure Communities is focused on criminals.", "Janet Napolitano")],
        ),
        (  # the one who told about someone, not the someone
            "Call\n\n“My people stopped coming to the pantry,” said the Rev. Anders Halvorsen-Beck.\n\n"
            "He told the call about a parishioner, Efraín Solís, a dairy worker who was held for four days after a "
            "traffic stop. “I sat with his three children that night. They asked me if their father was a criminal.”",
            [
                ("My people stopped coming to the pantry", "Anders Halvorsen-Beck"),
                (
                    "I sat with his three children that night. They asked me if their father was a criminal.",
                    "Anders Halvorsen-Beck",
                ),
            ],
        ),
        (  # whose, not who; and a headline's surname is the bearer the story names first
            "Hollis Valley’s Tramonte On Her Tenth Blue Ribbon: “It Never Gets Old”\n\nThe ribbon went to Lynn "
            "Tramonte of Cedar Street.\n\nHer daughter, Gina Tramonte, 19, laughed. “Mom gets the ribbon, I get "
            "the dishes,” Gina Tramonte said.",
            [("It Never Gets Old", "Lynn Tramonte"), ("Mom gets the ribbon, I get the dishes", "Gina Tramonte")],
        ),
        (  # the spokesperson the story described before; "my neighbor" is a neighbor
            "Program\n\n“The program only shares fingerprints,” a DHS spokesperson said by email. “It does not "
            "deputize local police.” The spokesperson added that the review would end soon.\n\nMy neighbor, a "
            "retired deputy, put it best last week: “Hold people on paper, pay for it in court.”",
            [
                ("The program only shares fingerprints", "DHS spokesperson"),
                ("It does not deputize local police.", "DHS spokesperson"),
                ("Hold people on paper, pay for it in court.", "neighbor"),
            ],
        ),
        (  # an editorial board speaks for its paper, by the paper's full name
            "Letters\n\nLetters to The Ridgeline Examiner are edited for length.\n\nThe Examiner’s editorial "
            "board wrote on April 12 that Sheriff Mona Castellanos had “chosen politics over public safety” when "
            "she stopped holding inmates.",
            [("chosen politics over public safety", "The Ridgeline Examiner")],
        ),
        (  # the parse joined "said" to a verb of the paragraph before: the Examiner is not its subject
            "Letters\n\nThe room applauded. The Examiner reported none of it, and a debate that filled the hall for "
            "three hours deserved better than a brief on page 6.\n\n— Priya Ramaswamy-Lutz, Millbrook\n\nRemember "
            "who wrote the rules\n\nEven Homeland Security Secretary Janet Napolitano said in 2010 that local jails "
            "should focus on “people who are a danger to the community.”",
            [("people who are a danger to the community.", "Janet Napolitano")],
        ),
        (  # a joint statement is its first signer's
            "Rollout\n\nMayor Lorena Vasquez-Pike and Police Chief Samuel T. Oduya issued the following joint "
            "statement Tuesday:\n\n“We did not ask for this program, and we were not consulted.”",
            [("We did not ask for this program, and we were not consulted.", "Lorena Vasquez-Pike")],
        ),
        (  # "the commissioner" is no second writing of the surname
            "Budget\n\nCommissioner Irene Delgado was unconvinced. “I can read a spreadsheet,” she said.\n\n"
            "The answer came from the county budget director, Tomas Delgado, who is not related to the "
            "commissioner. “The per-diem rate has not moved since 2007,” Delgado said.",
            [
                ("I can read a spreadsheet", "Irene Delgado"),
                ("The per-diem rate has not moved since 2007", "Tomas Delgado"),
            ],
        ),
        (  # a capitalised role in front of the name after the quote
            "Jail\n\n“Those beds pay for themselves and then some,” the Crandall County Sheriff, Harold V. Birch, "
            "told the board.",
            [("Those beds pay for themselves and then some", "Harold V. Birch")],
        ),
    ],
)
def test_double_surnames_asides_headlines_described_again_papers_and_first_signers(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a relative named in passing is not who the bare surname means ...
            "Stand\n\nThe owner, Odalys Brennan-Kerr, was behind the counter by 11 a.m. Her son, Colm Brennan-Kerr, "
            "ran the register.\n\n“Fifty years, and this is the first sign on my door,” Brennan-Kerr said.",
            [("Fifty years, and this is the first sign on my door", "Odalys Brennan-Kerr")],
        ),
        (  # ... unless the relative is the one who speaks
            "Arrests\n\nAmong those arrested was Ignacio Montoya, 44. His sister, Adela Montoya, said he had paid his "
            "fines long ago.\n\n“They told us he was a priority,” Montoya said.",
            [("They told us he was a priority", "Adela Montoya")],
        ),
        (  # "which" after "a network of 22 congregations" is the network
            "Vigil\n\nThe vigil was organized by the Harbor Interfaith Alliance, a network of 22 congregations, "
            "which said in a statement on Saturday: “We will return every Sunday until the people inside are home.”",
            [("We will return every Sunday until the people inside are home.", "Harbor Interfaith Alliance")],
        ),
        (  # the participle after a noun's clause belongs to the sentence's subject
            "Court\n\nU.S. District Judge Miriam L. Achebe-Strand granted summary judgment.\n\nThe judge rejected the "
            "county’s argument that it had acted as an agent of the federal government, calling it “a theory "
            "without a single case to support it.”",
            [("a theory without a single case to support it.", "Miriam L. Achebe-Strand")],
        ),
        (  # a saying of someone's
            "Op-ed\n\nI gave them Judge Bernard Okafor-Lyle’s answer.\n\n“People think the hearing is the "
            "beginning,” he liked to say.",
            [("People think the hearing is the beginning", "Bernard Okafor-Lyle")],
        ),
        (  # a name given after the words
            "Meeting\n\nA woman in the third row stood. “My husband was held in that jail for eleven days,” the "
            "woman said. She gave her name as Consuelo Reyna-Price and said her husband was deported.",
            [("My husband was held in that jail for eleven days", "Consuelo Reyna-Price")],
        ),
        (  # a group's name for "they", not the description "Friends"
            "Library\n\nThe Friends of the Pell Harbor Library, which raised $11,000 at its spring book sale, sent "
            "two members to the board. “We would rather buy hours than more books,” they said in a letter.",
            [("We would rather buy hours than more books", "Friends of the Pell Harbor Library")],
        ),
    ],
)
def test_relatives_in_passing_networks_participles_sayings_names_given_and_groups(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the one person the story gives the title, named further down
            "Hearing\n\nWASHINGTON — ICE Director John Morton faced two hours of questions Wednesday.\n\nMR. MORTON: "
            "The program works. The secretary has said it plainly: “Secure Communities is a tool, not a policy.”\n\n"
            "REP. KINSEY: Director, the sheriffs disagree.\n\nThe hearing ran long.\n\nAfterward, the chairwoman "
            "said she would ask Homeland Security Secretary Janet Napolitano for a revised plan.",
            [("Secure Communities is a tool, not a policy.", "Janet Napolitano")],
        ),
        (  # many people: no one woman's name reveals them
            "Vigil\n\nAt the end of the night the organizers thanked the volunteers one by one. “We did not expect "
            "half this many people,” they said.\n\nA woman in the front row held a photograph. “He is 19,” the "
            "woman said.\n\nHer name is Graciela Munguía-Paz.",
            [("We did not expect half this many people", "organizers"), ("He is 19", "Graciela Munguía-Paz")],
        ),
        (  # who answers a question is not who asked it
            "Court\n\nInes Kowalczyk, who represents him, handed up a stack of letters. “These are the people who "
            "will make sure he comes back,” she said.\n\n“Counsel, who is paying the bond?” Judge Corinne "
            "Ashby-Vance asked.\n\n“His brother, Your Honor,” she answered.",
            [
                ("These are the people who will make sure he comes back", "Ines Kowalczyk"),
                ("Counsel, who is paying the bond?", "Corinne Ashby-Vance"),
                ("His brother, Your Honor", "Ines Kowalczyk"),
            ],
        ),
        (  # the caller's own kin, described and then called "he"
            "Radio\n\nBRECKEN: Let’s go to the phones. Gary, you’re on Midday.\n\nCALLER: Hi, Tom. My "
            "brother-in-law is a deputy up in Greene County. He told me, “Half the people ICE asks us to hold are "
            "guys we would have let go.” So isn’t the jail just doing its job?",
            [("Half the people ICE asks us to hold are guys we would have let go.", "brother-in-law")],
        ),
    ],
)
def test_titles_named_later_groups_answers_and_kin(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "pickers" are people by their ending; "Several" is no part of them
            "Harvest\n\nSeveral pickers who were not detained stood by the road afterward. Asked what they would "
            "do, they talked among themselves before answering. “We will come back tomorrow,” they told the Gazette.",
            [("We will come back tomorrow", "pickers")],
        ),
        (  # "Several" of the people the sentence before is about
            "Newsletter\n\nWe asked our volunteers what surprised them most after their first visits. Several had "
            "expected anger. “What we found was boredom,” they said at the debriefing.",
            [("What we found was boredom", "volunteers")],
        ),
    ],
)
def test_groups_of_people_by_their_work_and_some_of_them(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_described_woman_beside_her_trade_is_the_she_of_the_next_paragraph(tagger: Tagger) -> None:
    text = (
        "Travel\n\nTexted Hollis Brandvold halfway through the trip: “Did you get the seats?”\n\nA conductor, a tall "
        "woman with reading glasses on a chain, stopped by our row. She pointed out that the dining car had "
        "closed.\n\n“There is a trolley in twenty minutes,” she said, and she did."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes][-1] == (
        "There is a trolley in twenty minutes",
        "conductor",
    )


def test_a_feature_s_epithet_is_the_woman_it_named_and_a_town_with_a_first_name_is_a_place(tagger: Tagger) -> None:
    text = (
        "Candles and a long wait outside the Garnet Springs detention center\n\n"
        "GARNET SPRINGS — The woman in the red scarf arrived an hour before anyone else and lit the first candle.\n\n"
        "“I come every Sunday because he can see the road from his window,” she said.\n\n"
        "Her name is Rosa Ferreira. Her son has been held at the Garnet Springs Processing Center since March.\n\n"
        "Her daughter, Valeria, 16, said less. “My dad taught me to drive in that parking lot,” Valeria said.\n\n"
        "At nine, when most of the candles had burned down, the woman in the red scarf was still in her folding "
        "chair, her hands around a paper cup of coffee someone had brought her.\n\n"
        "“He will see it,” she said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("I come every Sunday because he can see the road from his window", "Rosa Ferreira"),
        ("My dad taught me to drive in that parking lot", "Valeria"),
        ("He will see it", "Rosa Ferreira"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a description in apposition before the name, and a job the model's span left out
            "Hill\n\nTownship Supervisor Dana Kowalczyk-Reyes said the township had asked twice.\n\nThe "
            "commission’s chairman, Walter J. Eberhardt, a retired dairy farmer, has led the board since 2009.\n\n"
            "Asked about salt, the chairman said only, “We’ll do what we can.”\n\nThe supervisor said she would "
            "bring a petition. “I’d rather not find out,” she told the Courier.",
            [("We’ll do what we can.", "Walter J. Eberhardt"), ("I’d rather not find out", "Dana Kowalczyk-Reyes")],
        ),
        (  # "the shop’s owner" is the owner the story named, and the she after it
            "Creamery\n\nJanet Napolitano, 63, the shop’s owner, opened it in 1987.\n\nThe association’s president, "
            "Marguerite Folau, called the shop “the heart of Dock Street” last week.\n\nThe shop’s owner says the "
            "secret has not changed.\n\n“Real cream, real sugar,” she said.",
            [("the heart of Dock Street", "Marguerite Folau"), ("Real cream, real sugar", "Janet Napolitano")],
        ),
    ],
)
def test_jobs_before_names_and_owners(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a comment clause, whatever follows its cue
            "Hearing\n\nNAPOLITANO: We are trying. As Director John Morton put it to his field managers in June, "
            "“Every bed we fill with a low-level offender is a bed we cannot use.”",
            [("Every bed we fill with a low-level offender is a bed we cannot use.", "John Morton")],
        ),
        (  # whose brother-in-law someone is does not make her the one a bare surname means
            "Roads\n\nLuann Pike, who lives beside the highway, made coffee for stranded drivers.\n\nRoad "
            "superintendent Gordon Pike, who is Luann Pike’s brother-in-law, said crews had pretreated the bridges. "
            "“We had brine on the bridges at ten,” said Pike.",
            [("We had brine on the bridges at ten", "Gordon Pike")],
        ),
        (  # the worker the story brought in before, back again ...
            "Raid\n\nOne worker, a woman who has deboned chicken on the second shift for six years, said agents came "
            "at 10:15. “They made us sit on the floor,” the worker said.\n\nIn Washington, Lynn Tramonte called "
            "the operation cruel.\n\nThe worker from the second shift was at the church too, with her cousin’s "
            "children asleep against her.\n\n“Tomorrow I go back to work,” she said.",
            [
                ("They made us sit on the floor", "worker"),
                ("Tomorrow I go back to work", "worker from the second shift"),
            ],
        ),
        (  # ... but not one someone only speaks of
            "Waiting\n\nShe was turned away at the front desk. “Property is accepted on Tuesdays only,” she was "
            "told by an officer.\n\nRosalind Achebe-Marr said the officer at the desk that day was polite.\n\n“It is "
            "not the rudeness,” she said.",
            [
                ("Property is accepted on Tuesdays only", "officer"),
                ("It is not the rudeness", "Rosalind Achebe-Marr"),
            ],
        ),
    ],
)
def test_comment_clauses_possessors_and_people_brought_in_before(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the name a described subject is given; and "his mother", once the story has said who she is
            "Court\n\nBy Renata Szabo-Lindgren\n\nHARLOW — The judge had 31 cases on her calendar.\n\nHis mother, "
            "Graciela Ríos, sat in the second row. His lawyer, Priya Natarajan-Holt, asked for a bond of $1,500.\n\n"
            "The government’s lawyer, a trial attorney for ICE named Nathaniel Osei, asked for $10,000.\n\n“The "
            "respondent has already shown that he will drive without a license,” he said.\n\nIn the hallway "
            "afterward, his mother opened the blue folder again.\n\n“We have $2,600,” she said.",
            [
                ("The respondent has already shown that he will drive without a license", "Nathaniel Osei"),
                ("We have $2,600", "Graciela Ríos"),
            ],
        ),
        (  # who wrote the story is no she in it: the lede's judge is
            "Court\n\nBy Renata Szabo-Lindgren\n\nHARLOW — The judge had 31 cases on her calendar Tuesday.\n\n“We "
            "are going to move quickly today,” she told the courtroom.",
            [("We are going to move quickly today", "judge")],
        ),
        (  # a delayed lede: the judge the story names next
            "Court\n\nBy Ines Vartan\n\nCALDER — The judge kept her glasses on her forehead all morning.\n\n“We "
            "will take the detained cases first,” she told the room.\n\nImmigration Judge Marisol T. Bender has sat "
            "in Calder since 2011.",
            [("We will take the detained cases first", "Marisol T. Bender")],
        ),
        (  # not a judge the lede only mentions, nor one it does not call she
            "Court\n\nCALDER — The clerk handed the judge a file before her first case.\n\n“Next, please,” she "
            "said.\n\nImmigration Judge Marisol T. Bender has sat in Calder since 2011.",
            [("Next, please", None)],
        ),
    ],
)
def test_names_given_mothers_and_bylines(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_father_and_son_of_one_name_by_their_suffix_and_a_nickname_is_no_quote(tagger: Tagger) -> None:
    text = (
        "Two Oyarzuns\n\nOn the phone is Tomás Oyarzun Sr., 51, who was deported in May. His son, Tomás Oyarzun "
        "Jr., 20, left school to drive a truck.\n\n“I was going to finish first,” said Tomás Jr., who goes by "
        "“Tomi.”\n\nOn a call last week, the elder Oyarzun said:\n\n“I tell him I am fine.”\n\n“He is the man "
        "of the house now,” the younger Oyarzun said.\n\n“It is not fair to him,” said the elder Oyarzun."
    )
    quotes = tagger.tag(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("I was going to finish first", "Tomás Oyarzun Jr."),
        ("I tell him I am fine.", "Tomás Oyarzun Sr."),
        ("He is the man of the house now", "Tomás Oyarzun Jr."),
        ("It is not fair to him", "Tomás Oyarzun Sr."),
    ]
    assert not {q.role for q in quotes} & {"elder", "younger"}  # which one they are, not their trade


def test_the_one_detective_the_story_names_and_a_victim_identified_only_by_a_first_name(tagger: Tagger) -> None:
    text = (
        "Robbery\n\nDRUMMOND — The detective on the case knew within a day who had robbed the laundromat.\n\n“She "
        "had seen his face for a full minute,” the detective said.\n\nThe victim, a 29-year-old housekeeper who asked "
        "to be identified only as Dulce, had been folding sheets. Two days later she stopped answering her phone.\n\n"
        "“My cousin told me the police send your fingerprints to immigration,” she said.\n\nDetective Sergeant Irene "
        "Castellanos, a 22-year veteran of the department, kept looking."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("She had seen his face for a full minute", "Irene Castellanos"),
        ("My cousin told me the police send your fingerprints to immigration", "Dulce"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a subhead with no full stop is a sentence of its own, not the subject of the next paragraph's
            "Hearing\n\nGerald T. Hoskins Jr. chaired. John Morton testified.\n\nThe beds are the problem\n\nMorton, "
            "who read from prepared remarks, set the papers aside when Hoskins asked him what would happen. He said: "
            "“Then in February I will have to start choosing which people to let go.”",
            [("Then in February I will have to start choosing which people to let go.", "John Morton")],
        ),
        (  # "the official" is the official the story brought in a few sentences before
            "Budget\n\nA Homeland Security official, speaking on condition of anonymity, said the department would "
            "shift the money.\n\n“Nobody is going to open the doors in August,” the official said.",
            [("Nobody is going to open the doors in August", "Homeland Security official")],
        ),
        (  # but not an official the story only mentions as someone's ("a statement from the official")
            "Budget\n\nA reporter read a statement from the official on Monday.\n\n“We will see,” the official said.",
            [("We will see", "official")],
        ),
        (  # "The girl is X.": the description's name, given later
            "Vigil\n\nThe girl in the yellow raincoat held her candle with both hands.\n\n“I drew him a picture of our "
            "dog,” said the girl.\n\nThe girl is Daniela Fuentes-Arroyo. Her mother stood beside her.",
            [("I drew him a picture of our dog", "Daniela Fuentes-Arroyo")],
        ),
        (  # a statement's lead-in with a title in quotation marks in it
            "Reaction\n\nLynn Tramonte, deputy director of America’s Voice, issued the following statement, which the "
            "group also posted under the headline “Rhode Island Shows the Way”:\n\n“Governor Ferrante has done what "
            "the department would not.”",
            [("Governor Ferrante has done what the department would not.", "Lynn Tramonte")],
        ),
        (  # "It read, in part:" in the paragraph that introduces the statement
            "Reaction\n\nThe National Immigrant Justice Alliance, a coalition of legal-aid groups, issued a statement "
            "within minutes. It read, in part: “A speech is not a policy, and a policy is not a practice.”",
            [("A speech is not a policy, and a policy is not a practice.", "National Immigrant Justice Alliance")],
        ),
        (  # a joint statement of two people called by their jobs: the first signer
            "City\n\nMayor Lucinda Ferreira-Banks and Police Chief Gordon T. Wilcox Jr. met pastors.\n\nThe mayor and "
            "the chief issued the following joint statement:\n\n“Our officers will not do ICE’s job.”",
            [("Our officers will not do ICE’s job.", "Lucinda Ferreira-Banks")],
        ),
        (  # "the witness" at a hearing is who the story has testify; "Morton began" before a cut-off answer
            "Hearing\n\nJohn Morton, the director of the agency, told a House appropriations subcommittee that the "
            'money would run out.\n\n"We are holding more people than ever," the witness said.\n\nThe '
            "subcommittee's chairwoman, Rep. Harriet Oduya-Lindqvist, went straight to the numbers. \"Where does it "
            'go?" asked the chairwoman.\n\n"Most of it goes to beds, ma\'am, and the rest to--" Morton began.',
            [
                ("We are holding more people than ever", "John Morton"),
                ("Where does it go?", "Harriet Oduya-Lindqvist"),
                ("Most of it goes to beds, ma'am, and the rest to--", "John Morton"),
            ],
        ),
        (  # a sentence whose subject is several people gives a quote-only paragraph after it nobody
            "Sheriff\n\n“I am not going to keep somebody in a cell,” Sheriff Luis Arrieta said.\n\nArrieta’s "
            "predecessor, Clement Vought, and two county commissioners went on a talk show to criticize the "
            "decision.\n\n“Somebody is going to get hurt because of this, and we will all know why.”",
            [
                ("I am not going to keep somebody in a cell", "Luis Arrieta"),
                ("Somebody is going to get hurt because of this, and we will all know why.", None),
            ],
        ),
        (  # ", X said Tuesday, describing ...": X's words, whatever the parse made of the sentence
            "Sweep\n\nATLANTA (Southern Wire) - Federal immigration agents arrested 212 people in Georgia, Alabama "
            "and South Carolina, Immigration and Customs Enforcement said Tuesday, describing most of them as "
            '"convicted criminal aliens who pose a threat to public safety" in a news release.',
            [("convicted criminal aliens who pose a threat to public safety", "Immigration and Customs Enforcement")],
        ),
    ],
)
def test_subheads_descriptions_introduced_before_statements_and_hearings(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the father written without a suffix is not the son written with one
            "Sundays\n\nAlondra Beltrán and her brother, Joaquín Beltrán Jr., eat lunch by the phone since their "
            "father, Joaquín Beltrán, was deported. He was arrested at the mill.\n\nOn Sunday the father’s voice "
            "filled the kitchen. “I am fine,” he said.",
            [("I am fine", "Joaquín Beltrán")],
        ),
        (  # "She said she had warned Graciela ...": the she who warned, not Graciela
            "Family\n\nGraciela Beltrán works double shifts. “The hard part is the quiet,” she said.\n\nThe family’s "
            "lawyer, Felicity Amankwah-Dorsey, has asked the court to reopen the case. Amankwah-Dorsey said: “His "
            "first lawyer never told him.”\n\nShe said she had warned Graciela not to expect a decision before next "
            "year. “These motions take time,” she said.",
            [
                ("The hard part is the quiet", "Graciela Beltrán"),
                ("His first lawyer never told him.", "Felicity Amankwah-Dorsey"),
                ("These motions take time", "Felicity Amankwah-Dorsey"),
            ],
        ),
        (  # a mother is no "he"; the caller's son is
            "Radio\n\nSHARRY: One mother in Tennessee told me, “I found out he was in Louisiana from a chaplain.”\n\n"
            "CALLER: Thank you. My son is a deputy in another county, and he told me, “Mama, we don’t even know who "
            "gets flagged.”",
            [
                ("I found out he was in Louisiana from a chaplain.", "mother in Tennessee"),
                ("Mama, we don’t even know who gets flagged.", "son"),
            ],
        ),
        (  # who answers a reporter's question is not the reporter
            "Visit\n\nHomeland Security Secretary Janet Napolitano told reporters the program was here to stay.\n\n"
            "“Madam Secretary, the mayor says your program scares witnesses. Is he wrong?” a reporter asked.\n\n“I "
            "respect the mayor, and I think he is mistaken,” she said.",
            [
                ("Madam Secretary, the mayor says your program scares witnesses. Is he wrong?", "reporter"),
                ("I respect the mayor, and I think he is mistaken", "Janet Napolitano"),
            ],
        ),
        (  # an exchange: the caller, a man; she cuts in; he goes on
            "Town hall\n\nRep. Marguerite Salcido held a telephone town hall.\n\nThe first caller, a man who said he "
            "had lived in the county for 30 years, was not impressed. “A review is what you do when you don’t want to "
            "do anything,” the first caller said.\n\n“Sir, I understand,” she cut in.\n\n“Four days, on a paper nobody "
            "signed,” he went on.",
            [
                ("A review is what you do when you don’t want to do anything", "first caller"),
                ("Sir, I understand", "Marguerite Salcido"),
                ("Four days, on a paper nobody signed", "first caller"),
            ],
        ),
        (  # a joint statement from people of a place the wire styles "Pa.", with what the place is
            "Memo\n\nCounty Executive Philippa Grunwald-Osei and Sheriff Thaddeus M. Barrow of Allard County, Pa., "
            "which was among the first counties to join the program, issued the following joint statement:\n\n“We "
            "asked for a seat at the table, and today we got one.”",
            [("We asked for a seat at the table, and today we got one.", "Philippa Grunwald-Osei")],
        ),
        (  # someone remembered telling: their words, not the one who remembers
            "Debate\n\nWhitfield said the raise was paid for. She recalled her father, the Rev. Calvin Whitfield, a "
            "retired schoolteacher, telling her to “never promise a child anything you can’t put on the table.”\n\n"
            "Rep. Yolanda Prideaux-Marsh pressed him. She recalled a sheriff in her district telling her last spring, "
            "“I don’t book people so they can disappear.”",
            [
                ("never promise a child anything you can’t put on the table.", "Calvin Whitfield"),
                ("I don’t book people so they can disappear.", "sheriff"),
            ],
        ),
        (  # an inverted cue of two words
            "Board\n\nVandermeer said Washington pays for the training. Shot back Commissioner Darnell Okafor: "
            "“Training is the cheap part.”",
            [("Training is the cheap part.", "Darnell Okafor")],
        ),
    ],
)
def test_generations_pronouns_over_objects_exchanges_and_joint_statements(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a lodge or local with its number
            "Memo\n\n“Our members did not ask to become immigration agents,” the Keystone Deputy Sheriffs’ Lodge 14 "
            "said in a statement. It added that the changes were “a start, and only a start.”",
            [
                ("Our members did not ask to become immigration agents", "Keystone Deputy Sheriffs’ Lodge 14"),
                ("a start, and only a start.", "Keystone Deputy Sheriffs’ Lodge 14"),
            ],
        ),
        (  # the subject the model read as no one, not the person in the aside after it
            "Debate\n\nCurtis Ambrose Jr., the Republican nominee, spoke. The moderator, Lena Ocasio of WPXR-TV, asked "
            "questions.\n\nAmbrose, pressed by Ocasio on what the program would cost, said he had “not put a dollar "
            "figure on it yet” but that federal money would cover most of it.",
            [("not put a dollar figure on it yet", "Curtis Ambrose Jr.")],
        ),
        (  # a party's members as a group, and "he" after them is the one they wrote to
            "Letter\n\nIn a letter to Morton last month, 31 House Democrats wrote that the agency’s claims were "
            "“contradicted by its own data,” and asked him to release figures by county.\n\nAsked about the letter "
            "on Wednesday, he said the figures were “being cleaned up” and would be released by the end of the year.",
            [("contradicted by its own data", "31 House Democrats"), ("being cleaned up", "Morton")],
        ),
    ],
)
def test_lodges_subjects_the_model_missed_and_party_members(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_an_organisation_s_statement_is_a_statement(tagger: Tagger) -> None:
    """The shape of a statement an organisation issued, with a title quoted in its lead-in."""
    text = (
        "Memo\n\nThe National Immigrant Justice Alliance issued the following statement, which it also posted under the "
        "headline “Still Waiting”:\n\n“A memo is not a policy, and a policy is not a practice.”"
    )
    quotes = tagger.tag(text).quotes
    assert [(q.text, q.speaker, q.shape) for q in quotes] == [
        ("A memo is not a policy, and a policy is not a practice.", "National Immigrant Justice Alliance", "statement")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a feature's lede: the woman it describes, named later, and not the photographer in the caption
            "Sanctuary\n\nBy Owen Thackeray\n\nPhoto caption: Mateo Ferrer stacks chairs. (Lise Marrow / The "
            "Lantern)\n\nGRANTHAM, Ore. — The woman in the blue cardigan keeps a suitcase under a cot, between the "
            "costumes and a box of hymnals nobody has opened since 1987.\n\n“I unpack it on Sundays,” she said.\n\n"
            "Her name is Lucía Ferrer. She is 44.",
            [("I unpack it on Sundays", "Lucía Ferrer")],
        ),
        (  # "The junior who ..." of the lede, "She" in the next sentence, her name given after the quote
            "Counseling\n\nBy Priya Vandermeer\n\nMARLOW, Neb. — The junior who sits in the second chair most "
            "mornings does not have an appointment. She comes to charge her phone.\n\n“If I miss it, I wait another "
            "week,” she said.\n\nHer name is Dariela Soto. She is 16.",
            [("If I miss it, I wait another week", "Dariela Soto")],
        ),
        (  # a Kansas Republican is what someone is; "one Democrat" a description; a bill someone "once called"
            "Bill\n\nWASHINGTON — A border bill that Sen. Dolores M. Ackerly, its lead sponsor, once called “the "
            "last train out of the station” stalled Thursday, after nine Democrats said they could not vote for what "
            "one Democrat described as “a deportation bill wearing a border hat.”\n\nHomeland Security Secretary "
            "Janet Napolitano told reporters the department “can live with a lot of this bill.” Sen. Harold P. Vance, "
            "a Kansas Republican, had written to her Tuesday.\n\n“A bill is a living thing until the last vote,” she "
            "said.",
            [
                ("the last train out of the station", "Dolores M. Ackerly"),
                ("a deportation bill wearing a border hat.", "Democrat"),
                ("can live with a lot of this bill.", "Janet Napolitano"),
                ("A bill is a living thing until the last vote", "Janet Napolitano"),
            ],
        ),
    ],
)
def test_ledes_revealed_accented_names_and_party_labels(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_names_the_model_missed_may_have_accents() -> None:
    """ "Lucía Ferrer", read by the model as a building: found by its first name all the same."""
    assert [m.name for m in first_name_runs("Her name is Lucía Ferrer. Joaquín Beltrán Jr. left.", [])] == [
        "Lucía Ferrer",
        "Joaquín Beltrán Jr.",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # an aside with a number and a slogan in quotation marks before "issued the following statement:"
            "Rink\n\nThe Fenwood Taxpayers League, which gathered 1,100 signatures against the bond under the slogan "
            "“Not Our Rink, Not Our Dime,” issued the following statement after the vote:\n\n“Five council members "
            "decided tonight that families should pay for a hobby.”",
            [
                (
                    "Five council members decided tonight that families should pay for a hobby.",
                    "Fenwood Taxpayers League",
                )
            ],
        ),
        (  # "She went further:"
            "Court\n\nIn a 2011 ruling, Circuit Judge Amelia Ferreira-Kahn wrote that the deputy’s reason was “a "
            "pretext so thin it could be read through.”\n\nShe went further:\n\n“The court is not blind to the "
            "incentives at work.”",
            [
                ("a pretext so thin it could be read through.", "Amelia Ferreira-Kahn"),
                ("The court is not blind to the incentives at work.", "Amelia Ferreira-Kahn"),
            ],
        ),
        (  # "the spokeswoman" after "said agency spokeswoman Greta Ann Villeneuve"
            "ICE\n\n“Every removal begins with an arrest by a local officer, not by us,” said agency spokeswoman "
            "Greta Ann Villeneuve. The spokeswoman added in an email:\n\n“We prioritize those who pose a threat to "
            "public safety.”",
            [
                ("Every removal begins with an arrest by a local officer, not by us", "Greta Ann Villeneuve"),
                ("We prioritize those who pose a threat to public safety.", "Greta Ann Villeneuve"),
            ],
        ),
    ],
)
def test_asides_with_slogans_going_further_and_a_spokeswoman_named_before(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a fragment that ends its own sentence is not the next sentence's "X said <clause>"
            "Bill\n\nThe White House said in a statement that the president wants a measure that “the Senate can pass "
            "and the country can live with.” Two officials familiar with the talks said aides had floated a deal.",
            [("the Senate can pass and the country can live with.", "White House")],
        ),
        (  # an office that bears a person's name
            "Bill\n\nAckerly’s office released a one-line statement Thursday evening: “The senator is not going "
            "anywhere, and neither is this bill.”",
            [("The senator is not going anywhere, and neither is this bill.", "Ackerly’s office")],
        ),
        (  # a name on a sign is no one the next quote-only paragraph can be
            "Vote\n\nThe vote drew 200 people. Supporters held signs reading “Deputies, Not Deportation Agents” and "
            "chanted during a recess.\n\n“Shame on all four of you!”",
            [("Shame on all four of you!", None)],
        ),
        (  # someone remembered telling, by their relation ("her daughter" is a daughter), not what follows it
            "Rink\n\nCouncil member Janet Napolitano voted yes. She recalled her daughter, a ninth-grade defenseman, "
            "telling her over breakfast, “Mom, just vote yes so we can stop talking about it.”",
            [("Mom, just vote yes so we can stop talking about it.", "daughter")],
        ),
        (  # "his lawyer said" is the lawyer the story named
            "Court\n\nHis lawyer, Ann Ruiz, spoke first. “We will appeal,” his lawyer said.",
            [("We will appeal", "Ann Ruiz")],
        ),
        (  # who ruled writes, whatever clause the parse hung "writing" on
            "Judge\n\nBOISE, Idaho (CNW) -- A federal judge ruled Thursday that Carbury County violated the rights "
            "of a worker it kept in its jail on an immigration detainer, writing that the county had treated a "
            'federal request "as if it were a command."\n\nU.S. District Judge Miriam T. Okonjo-Hale wrote that the '
            "county acted in bad faith.",
            [("as if it were a command.", "Miriam T. Okonjo-Hale")],
        ),
    ],
)
def test_sentences_ending_in_quotes_offices_signs_relations_and_rulings(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the paper after the byline is nobody's she, nor is a headline's trade a name: she is the wife
            "Roofer held on immigration detainer\n\nBy Tessa Oyelaran-Brooks | Marlow Valley Courier\n\nHOLLISTON — "
            "The roofer had been in the county jail for nine days when his wife made the drive.\n\n“They tell me he "
            "is still here,” she said.",
            [("They tell me he is still here", "wife")],
        ),
        (  # father and son of one full name: the bare surname and "he" are the one the story is about
            "The last haircut\n\nWEXLEY BAY — John Morton gave his first haircut in 1960.\n\n“I figured I’d quit "
            "when my hands got shaky,” Morton said.\n\nHe is 74.\n\n“My wife says I’ll be underfoot by Tuesday,” he "
            "said.\n\nHis son, John Morton Jr., a wrestling coach, drove up on Sunday.\n\n“He kept every single "
            "postcard,” said the younger Morton.",
            [
                ("I figured I’d quit when my hands got shaky", "John Morton"),
                ("My wife says I’ll be underfoot by Tuesday", "John Morton"),
                ("He kept every single postcard", "John Morton Jr."),
            ],
        ),
        (  # the woman of the lede, her name and age opening the paragraph after the quote
            "The lawyer\n\nSAN ISIDRO — The phone rings at 2:14 a.m. The woman who runs the only free immigration law "
            "office in the county answers it on the second ring.\n\n“Where are they holding him?” she asks.\n\nNadia "
            "Ferreira-Lau, 46, is the director of the Tobin County Immigrant Defense Project.\n\nAsked why she stays, "
            "Ferreira-Lau was quiet for a while, then said:\n\n“Because somebody has to pick up.”",
            [
                ("Where are they holding him?", "Nadia Ferreira-Lau"),
                ("Because somebody has to pick up.", "Nadia Ferreira-Lau"),
            ],
        ),
        (  # an epithet revealed under another noun, a town named in between
            "Hearing\n\nCASTLE FORD — The woman in the green fleece waited three hours for her turn at the microphone "
            "in Wexham.\n\n“Those are the people from my church who have been deported,” she said.\n\nThe speaker, "
            "Marisol Ekwueme-Paz, a home health aide, was one of 41 residents who signed up.",
            [("Those are the people from my church who have been deported", "Marisol Ekwueme-Paz")],
        ),
    ],
)
def test_bylines_trades_father_and_son_and_ledes_revealed_later(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_lede_s_woman_is_revealed_past_a_man_named_first_but_a_neighbor_further_down_is_not(
    tagger: Tagger,
) -> None:
    """The loose reveals (a paragraph that opens on a name and age) are for the one a lede describes."""
    lede = (
        "Ice\n\nBy Pernilla Haugland-Orr, Dunmore Lake Shopper\n\nDUNMORE LAKE — The woman behind the counter has "
        "scooped the same cone first every morning since 1983.\n\n“He never orders it,” she said.\n\nThe milkman, "
        "Arvid Sandqvist, 80, admitted on Thursday that he is lactose intolerant.\n\n“Don’t tell her,” Sandqvist "
        "said.\n\nIngrid Lindgren, 72, the shop’s owner, opened the stand with her husband."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(lede).quotes] == [
        ("He never orders it", "Ingrid Lindgren"),
        ("Don’t tell her", "Arvid Sandqvist"),
    ]
    further = (
        "Buses\n\nThe bus slid off Quarry Road on Tuesday.\n\n“We had six trucks out,” Marvin Tolbert said.\n\nA "
        "neighbor who watched from her kitchen window said the bus spun.\n\n“I ran out in my slippers,” the neighbor "
        "said.\n\nOwen Achebe-Lindqvist, 8, a third-grader, had a different view."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(further).quotes][-1] == ("I ran out in my slippers", "neighbor")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the rest of the attribution describes its speaker: a client named before in it is no new voice
            "Jail\n\nRamón Lisboa served 30 days.\n\n“Every hour past the release date is a new arrest,” said Abel "
            "Moraga, a lawyer who represents "
            "Lisboa in a claim filed in September.\n\n“The sheriff keeps saying her hands are tied.”",
            [
                ("Every hour past the release date is a new arrest", "Abel Moraga"),
                ("The sheriff keeps saying her hands are tied.", "Abel Moraga"),
            ],
        ),
        (  # after a sentence of what someone said, their quote, though they named another
            "Board\n\nCommissioner Walter J. Hebborn, who chairs its public safety committee, said he would ask "
            "Colquitt to appear at the next meeting. “I want to know who decided three days was fine.”",
            [("I want to know who decided three days was fine.", "Walter J. Hebborn")],
        ),
        (  # "St. Paul" is a city in a description, not a man
            "ICE\n\nICE does not set how long a jail keeps anyone. “A detainer asks a partner to maintain custody,” a "
            "spokeswoman for ICE’s St. Paul field office said in an email. “Decisions about release remain with the "
            "jail.”",
            [
                ("A detainer asks a partner to maintain custody", "spokeswoman for ICE’s St. Paul field office"),
                ("Decisions about release remain with the jail.", "spokeswoman for ICE’s St. Paul field office"),
            ],
        ),
    ],
)
def test_appositives_said_sentences_and_saints_cities(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # half of a hyphenated surname is no mention of its own: "Lindgren" is the mother, not "Karin Lindgren"
            "Shop\n\nIngrid Lindgren opened the custard stand in 1983. Karin Lindgren-Vogt keeps the books now.\n\n"
            "“We never once closed on a Sunday,” Lindgren said.",
            [("We never once closed on a Sunday", "Ingrid Lindgren")],
        ),
        (  # a clause joined on after the quote ("though lawyers in two other states have filed") is no speaker
            "Ruling\n\nThe Prairie Legal Fund said on its website that the ruling was “the first of its kind in the "
            "circuit,” though lawyers in two other states have filed similar suits.",
            [("the first of its kind in the circuit", "Prairie Legal Fund")],
        ),
        (  # the lede's subject's kin in a clause of their own is the she of the next paragraph, named after
            "Jail\n\nMARLOW — The 52-year-old welder had been held for a week when his wife drove up from the coast, "
            "where she works nights at a motel.\n\n“Nobody at the desk can tell me anything,” she said on Sunday.\n\n"
            "The welder, Tomás Quillen, was stopped for a broken tail light. His wife, Renata Quillen, 49, said the "
            "family had lived in Marlow since 2004.",
            [("Nobody at the desk can tell me anything", "Renata Quillen")],
        ),
        (  # a delayed lede may run past a paragraph when nobody is named before it (words on a banner name no one)
            "A vigil at the gate\n\nAbout a hundred people stood outside the center on Friday.\n\nThey held a banner reading “Bring "
            "Them Home.”\n\nThe organizer, a retired teacher in a green scarf, handed candles to the people around "
            "her.\n\n“Each candle is one name,” she said.\n\nThe teacher, Marisol Abernathy-Cole, 70, began the vigils "
            "in 2011.",
            [("Each candle is one name", "Marisol Abernathy-Cole")],
        ),
        (  # "the agency" is the agency, not its director the same capitalised run goes on to name
            "Memo\n\nImmigration and Customs Enforcement Director John Morton wrote the memo in 2011.\n\n“Detainers "
            "remain an important tool,” the agency said on Thursday.",
            [("Detainers remain an important tool", "Immigration and Customs Enforcement")],
        ),
        (  # a company's name whole in itself is not its name with its home town
            "Jail\n\nThe operator, Ridgeline Correctional Services of Nashville, declined an interview. Ridgeline "
            "Correctional Services said in a statement:\n\n“The health of every person in our care comes first.”",
            [("The health of every person in our care comes first.", "Ridgeline Correctional Services")],
        ),
        (  # a study named by its owner without a possessive speaks for its owner
            "Count\n\nAn internal Department of Homeland Security analysis reviewed by the Review concluded that the "
            "category “includes a substantial number of people whose only offense "
            "is an immigration violation.”",
            [
                (
                    "includes a substantial number of people whose only offense is an immigration violation.",
                    "Department of Homeland Security",
                )
            ],
        ),
    ],
)
def test_kin_in_ledes_hyphenated_surnames_joined_clauses_and_organisations_whole(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_where_the_words_were_written_is_no_role(tagger: Tagger) -> None:
    text = (
        "Audit\n\nICE Director John Morton, in a response letter, wrote that the agency “concurs with all five "
        "recommendations” and had begun retraining clerks."
    )
    [quote] = tagger.tag(text).quotes
    assert (quote.speaker, quote.role) == ("John Morton", "Director")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the 71-year-old" is who the story gave that age
            "Budget\n\nMarta Oyelowo, 71, a retired bus driver, said she had called three times.\n\n“I care that "
            "somebody comes when I call,” the 71-year-old said.",
            [("I care that somebody comes when I call", "Marta Oyelowo")],
        ),
        (  # "Sgt." before her name makes her the sergeant, however often she is named after that
            "Trial\n\nThe first witness, Sgt. Noreen Ashby, ran the booking desk in 2009.\n\n“Not that I recall,” Ashby "
            "said.\n\n“Why not?” Pruett asked.\n\n“That was not our job,” the sergeant answered.",
            [
                ("Not that I recall", "Noreen Ashby"),
                ("Why not?", "Pruett"),
                ("That was not our job", "Noreen Ashby"),
            ],
        ),
        (  # "the mother of three" is a mother; a role of three words before the name
            "Board\n\nLeah Strand, a mother of three who lives by the stop, opposed the plan. The district’s student "
            "support services director, Omar Feld, spoke next.\n\n“I’m sorry for anyone who was scared,” the mother of three "
            "said.\n\n“We will write to every family,” the director replied.",
            [("I’m sorry for anyone who was scared", "Leah Strand"), ("We will write to every family", "Omar Feld")],
        ),
        (  # after a title, a title that is also a first name, before one surname, is his first name
            "Ruling\n\n“We followed the practice of the time,” said Larkin County Attorney Dean Farraday.",
            [("We followed the practice of the time", "Dean Farraday")],
        ),
        (  # "attributable to"; "the group" is a coalition; "the statement said" is whoever issued it
            "Statement\n\nThe following statement is attributable to Secretary of Homeland Security Janet "
            "Napolitano:\n\n“The program is working.”\n\nThe Marsh Valley Dream Coalition disagreed. The group posted a "
            "statement calling the program “a dragnet.”\n\n“We asked for three things,” the statement said.",
            [
                ("The program is working.", "Janet Napolitano"),
                ("a dragnet.", "Marsh Valley Dream Coalition"),
                ("We asked for three things", "Marsh Valley Dream Coalition"),
            ],
        ),
        (  # "the hospital" is the medical center; its statement's next words are its own
            "Hospital\n\nSaint Brigid Regional Medical Center will keep agents out of treatment rooms.\n\nIn a statement, "
            "the hospital said its staff “will not permit questioning in a treatment area.”\n\n“Our emergency room is a "
            "place of healing,” the statement said.",
            [
                ("will not permit questioning in a treatment area.", "Saint Brigid Regional Medical Center"),
                ("Our emergency room is a place of healing", "Saint Brigid Regional Medical Center"),
            ],
        ),
    ],
)
def test_ages_abbreviated_titles_statements_issuers_and_generic_organisations(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_statement_s_office_is_all_the_words_before_the_name(tagger: Tagger) -> None:
    text = (
        "Statement\n\nThe following is a statement from Secretary of Homeland Security Janet Napolitano:\n\n“The "
        "program is working.”"
    )
    [quote] = tagger.tag(text).quotes
    assert (quote.speaker, quote.role) == ("Janet Napolitano", "Secretary of Homeland Security")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a business of his name after "of" is no mention of him
            "Pharmacy\n\nAcross the street, Ramón Olvera, the owner of Farmacia Olvera, said sales had dropped.\n\n"
            "“People ask me to leave the medicine with a neighbor,” said Olvera, who has run the pharmacy since 1994.",
            [("People ask me to leave the medicine with a neighbor", "Ramón Olvera")],
        ),
        (  # "the younger" and "the elder" of a mother and daughter, by the age and the kin the story gives
            "Rink\n\nJennifer Stroud, a dental office manager, came with her daughter, Abby Stroud, 12.\n\n“My daughter "
            "gets up at 4:45,” Jennifer Stroud said.\n\n“The ice at the mall is terrible,” the younger Stroud said.\n\n"
            "“She is right,” the elder Stroud said.",
            [
                ("My daughter gets up at 4:45", "Jennifer Stroud"),
                ("The ice at the mall is terrible", "Abby Stroud"),
                ("She is right", "Jennifer Stroud"),
            ],
        ),
        (  # "the congresswoman" is the "Rep." the story named
            "Town hall\n\nRep. Harriet L. Beaumont-Sykes took questions.\n\n“I’m getting there, I promise,” the "
            "congresswoman said, and moved on.",
            [("I’m getting there, I promise", "Harriet L. Beaumont-Sykes")],
        ),
    ],
)
def test_businesses_named_for_people_the_younger_and_elder_of_one_surname_and_congresswomen(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the prosecutor" of "The prosecutor, Deputy District Attorney X,": titles between the noun and the name
            "Witness\n\nThe prosecutor, Deputy District Attorney Felix Ostrowe-Grant, dropped the charges in May.\n\n"
            "“Five of them won’t talk to us,” the prosecutor said.",
            [("Five of them won’t talk to us", "Felix Ostrowe-Grant")],
        ),
        (  # a lede's "17-year-old", named next with her kin listed after her
            "Sundays on speakerphone\n\nCALDERWOOD, Kan. — The 17-year-old sets the phone on the kitchen table every "
            "Sunday at noon.\n\n“He always asks about my grades first,” said the 17-year-old.\n\nAlondra Reyes-Baca, "
            "her mother, Graciela, and her brother, Joaquín, moved to Calderwood in 2009.",
            [("He always asks about my grades first", "Alondra Reyes-Baca")],
        ),
        (  # a month before a first name is no part of it; "wrote on the page:" is a cue and where
            "Bakery\n\nTheir daughter, Yesenia Paredes-Luna, 20, runs the bakery’s page. In March Yesenia wrote on the "
            "page: “We are open. We are not going anywhere.”",
            [("We are open. We are not going anywhere.", "Yesenia Paredes-Luna")],
        ),
    ],
)
def test_titles_between_a_noun_and_its_name_ledes_named_with_kin_and_months(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # where the words were posted is no speaker; a name the parse joined to its noun with no "and" is beside it
            "Ruling\n\nThe law's sponsor, state Sen. Joanna Ruckert, R-Brentwood, called the ruling “judicial activism, "
            "plain and simple” in a post on Twitter and said sheriffs would “get this law back.”",
            [("judicial activism, plain and simple", "Joanna Ruckert"), ("get this law back.", "Joanna Ruckert")],
        ),
        (  # "the Alaska Republican" is the senator the story marked R-Alaska
            "Senate\n\nSen. Laurel Quist, R-Alaska, has questioned the price. Sen. Tom Pruett, D-Ohio, has not.\n\n“I "
            "came here to cut spending,” the Alaska Republican said.",
            [("I came here to cut spending", "Laurel Quist")],
        ),
        (  # "the two-term Democrat", with no party marked beside any name: the lawmaker just named
            "Ad war\n\nAURORA, Colo. — A super PAC’s new ad accuses Rep. Selena Marquez-Holt of voting to free "
            "criminals, a charge the two-term Democrat dismissed on Tuesday as “a lie with good lighting.”",
            [("a lie with good lighting.", "Selena Marquez-Holt")],
        ),
        (  # a name beside the noun that the model read as no one (a hyphenated first name)
            "Map\n\nThe commission’s chairwoman, Maria-Elena Castañeda-Voss, defended the map as “the most compact "
            "plan we could draw.”",
            [("the most compact plan we could draw.", "Maria-Elena Castañeda-Voss")],
        ),
    ],
)
def test_where_words_were_posted_names_joined_without_and_and_party_and_state(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the younger Kanell" is the one brought in as her younger brother
            "Sheriff\n\nSheriff Dorothea Kanell ended the agreement. Her grandfather, Nils Kanell, was sheriff before "
            "her.\n\nHer younger brother, Arne Kanell, grows wheat north of town.\n\n“He was with us nineteen years,” the "
            "younger Kanell said.",
            [("He was with us nineteen years", "Arne Kanell")],
        ),
        (  # "the elder" of two the story gives ages, though a third of the name has none
            "Tailor\n\nMaria Bellandi, 83, has run the shop since 1979. Her husband, Salvatore Bellandi, ran the counter. "
            "Their daughter, Teresa Bellandi, 49, works beside her.\n\n“I can do it by Thursday,” the elder Bellandi "
            "said.",
            [("I can do it by Thursday", "Maria Bellandi")],
        ),
        (  # "the teacher" of "Her AP U.S. history teacher at Pellridge High School, Harold Quist,"
            "School\n\nHer AP U.S. history teacher at Pellridge High School, Harold Quist, noticed her grades slide.\n\n"
            "Quist asked for an extra ticket. “I’ll hold the seat,” the teacher said.",
            [("I’ll hold the seat", "Harold Quist")],
        ),
        (  # the daughter who joined another name to hers is still "the younger" of the name
            "Custard\n\nAstrid Lindahl, 72, opened the stand with her husband, Gustav. Gustav Lindahl died in 2009. "
            "The daughter, Karin Lindahl-Vogt, has run the register ever since.\n\n“Mom would stand in that window "
            "forever,” said the younger Lindahl.",
            [("Mom would stand in that window forever", "Karin Lindahl-Vogt")],
        ),
        (  # "the older Hallberg" of two brothers, the younger one brought in as such
            "Dairy\n\nWade Hallberg has milked cows on the farm for 40 years. “I never think about it,” said the "
            "younger brother, Curtis Hallberg, 52.\n\n“He is the reason this place runs,” the older Hallberg said.",
            [("I never think about it", "Curtis Hallberg"), ("He is the reason this place runs", "Wade Hallberg")],
        ),
        (  # "The elder Morton laughed. “…,” he said": the he is the elder one
            "Coach\n\nCoach John Morton has run the rink for 30 winters.\n\nHis son, Kevin Morton, coaches the "
            "under-10s. “He yells the same three things,” Kevin Morton said.\n\nThe elder Morton laughed when he "
            "heard that. “That’s four things,” he said.",
            [("He yells the same three things", "Kevin Morton"), ("That’s four things", "John Morton")],
        ),
    ],
)
def test_younger_and_elder_by_kin_and_ages_and_a_role_with_its_school(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "According to" a name with its place and a clause about them, before a colon
            "Sheriffs\n\nAccording to Sheriff Gwendolyn Ashe of Harrow County, Ill., who ended her county’s agreement in "
            "2011 and now chairs the group: “My deputies were spending more time on paperwork than on patrol.”",
            [("My deputies were spending more time on paperwork than on patrol.", "Gwendolyn Ashe")],
        ),
        (  # "a fingerprint match sent their mother" introduces no mother: "her mother" is a mother
            "Calls\n\nAfter a fingerprint match sent their mother to Mexico, two sisters learned to live by the phone.\n\n"
            "On June 2, her mother texted at 6:10 a.m.: “Sing loud so I can hear you from here.”",
            [("Sing loud so I can hear you from here.", "mother")],
        ),
        (  # a fragment that ends its sentence is not credited by the next sentence's name and cue
            "Ruling\n\nThe Carbury County Board of Commissioners said that it was “reviewing the decision” and had "
            "“followed federal guidance in good faith.” Sheriff Wade L. Brannigan, whose office runs the jail, said he "
            "would wait.",
            [
                ("reviewing the decision", "Carbury County Board of Commissioners"),
                ("followed federal guidance in good faith.", "Carbury County Board of Commissioners"),
            ],
        ),
        (  # a column's name before the byline: who wrote the story is the "I" of it
            "Eleven minutes\n\nCourt Notebook | By Lionel Hargrove | Delmont Examiner\n\nThe clerk waved me in. I "
            "told her: “I am here for the 9 a.m. docket.”",
            [("I am here for the 9 a.m. docket.", "Lionel Hargrove")],
        ),
        (  # a subject with a clause on it ("where …") is the one who dismissed it, not the next sentence's speaker
            "Report\n\nCritics on Capitol Hill, where the program has support in both parties, dismissed the report "
            "as “advocacy, not analysis.” Rep. Wendell O. Akinyemi said he had read it.",
            [("advocacy, not analysis.", "Critics on Capitol Hill")],
        ),
        (  # the described subject's phrase ends at its verb: an appositive the parse hung on it later is not in it
            "Tailor\n\nHer husband, Salvatore Bellandi, ran the counter until he died.\n\nOn Tuesday a man in a canvas "
            "work jacket came in with a suit over his arm: his grandson’s, for a wedding in June.\n\n“Can you still do "
            "it by Saturday?” he asked.",
            [("Can you still do it by Saturday?", "man in a canvas work jacket")],
        ),
    ],
)
def test_according_to_with_a_place_introductions_fragments_ending_sentences_and_columns_bylines(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a quote that opens the story, credited by the next paragraph
            "Agents waited outside a patient’s room\n\n“They stood by his bed while he was still on oxygen.”\n\nThat’s "
            "what Gloria Estrada says she saw Saturday night at Mercy Valley Hospital.",
            [("They stood by his bed while he was still on oxygen.", "Gloria Estrada")],
        ),
        (  # "One" is no name
            "Post\n\nThe post had 1,200 comments by Tuesday.\n\nOne commenter who said he was a retired deputy wrote: "
            "“Shameful. You just made every deputy’s job harder.”",
            [("Shameful. You just made every deputy’s job harder.", "commenter")],
        ),
    ],
)
def test_a_story_opening_on_a_quote_credited_next_and_one_is_no_name(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a first name that opens a sentence and is described as a person at once
            "Town hall\n\nSen. Lorraine Kistler took questions for an hour.\n\nYesenia, a sophomore nursing major "
            "whose father is held in Iowa, asked Kistler whether she had ever visited a detention center.\n\n“My dad "
            "coached my brother’s soccer team,” she said.",
            [("My dad coached my brother’s soccer team", "Yesenia")],
        ),
        (  # the name a subject's own clause gives ("who gave his name only as"), with an age
            "Vigil\n\nPastor Desmond Okafor led the prayers. Across the street, a counterprotester who gave his name "
            "only as Wade, 58, said he had come for his brother.\n\n“I’m not against anybody,” he said.",
            [("I’m not against anybody", "Wade")],
        ),
        (  # the name a writer gives someone ("I will call")
            "Hearing\n\nJudge Walter Penrose set the date. I think of a young man I will call Eliseo, who spent nine "
            "days in a county jail.\n\n“Nobody told me why I was still there,” he told me.",
            [("Nobody told me why I was still there", "Eliseo")],
        ),
        (  # a listener named, and her town after "in"
            "Radio\n\nHOST: A listener named Corinne in Atwater writes: “My husband was gone for three weeks.”",
            [("My husband was gone for three weeks.", "Corinne")],
        ),
    ],
)
def test_first_names_given_alone_described_aged_or_named_by_the_writer(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a name after "and" opens a clause of its own: not the attribution of the quote before it
            "Budget\n\nMADISON, Wis. — House Speaker Thaddeus R. Crane on Monday called the governor’s veto threat “a "
            "hostage note written in crayon,” and Gov. Beverly Ashworth-Pike, a Democrat, said she was “not going to "
            "blink.”",
            [
                ("a hostage note written in crayon", "Thaddeus R. Crane"),
                ("not going to blink.", "Beverly Ashworth-Pike"),
            ],
        ),
        (  # the writer describes, not the one written to
            "Diner\n\nGus Pappadakis runs the Blue Heron Diner.\n\nPappadakis, who has owned the diner since 1998, "
            "wrote to the sheriff describing the cook as “the steadiest man in my kitchen” and offering to drive him to "
            "any hearing.\n\nSheriff Darlene Voss was elected in 2018 and has said little.",
            [("the steadiest man in my kitchen", "Gus Pappadakis")],
        ),
        (  # "promised" after a possessive is an adjective, not the verb that quotes
            "Hearing\n\nJohn Morton, the ICE director, testified for two hours. Sen. Carl W. Hendry asked him about the "
            "jail.\n\nHendry, who has introduced a bill that would require every jail to honor every detainer, called "
            "Morton’s promised guidance “an engraved invitation to sanctuary policies” and said he would try to block "
            "it.",
            [("an engraved invitation to sanctuary policies", "Carl W. Hendry")],
        ),
        (  # "who" after an organisation in a person's appositive is the person
            "Phones\n\nAdd a contact called ICE, says Nadia Tasker, a paramedic with the Perryville Fire District, who "
            "calls the habit “the cheapest insurance there is.”",
            [("the cheapest insurance there is.", "Nadia Tasker")],
        ),
        (  # and after a place and an appositive on it: "tells viewers:" with the clause's subject
            "Ad\n\nThe answering spot, paid for by the Heartland Families Fund, features Sheriff Wilma Dorrance of "
            "Callander County, a Republican, who looks into the camera and tells viewers: “I’ve been a Republican my "
            "whole life.”",
            [("I’ve been a Republican my whole life.", "Wilma Dorrance")],
        ),
    ],
)
def test_partial_quotes_past_a_clause_an_adjective_and_a_person_s_organisation(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a reaction roundup: each paragraph a label, a colon and the words (a one-word label credits no one)
            "What they’re saying\n\nA ruling drew statements within hours. Here is some of what they said.\n\nDwight "
            "Amundsen, Corliss County Sheriff: “My office followed the law as it was explained to us.”\n\nU.S. "
            "Immigration and Customs Enforcement: “ICE does not comment on pending litigation.”\n\nUPDATE: “We are "
            "reviewing it,” the county said.",
            [
                ("My office followed the law as it was explained to us.", "Dwight Amundsen"),
                ("ICE does not comment on pending litigation.", "U.S. Immigration and Customs Enforcement"),
                ("We are reviewing it", "county"),
            ],
        ),
        (  # "the statement said" of a statement an office issued, no person named
            "Reaction\n\nThe governor’s office said in a statement that the governor had asked the attorney general to "
            "review the opinion. “Public safety and the Constitution are not in conflict,” the statement said.",
            [("Public safety and the Constitution are not in conflict", "governor’s office")],
        ),
        (  # the model ran the name into "of": the name without it
            "Advocates\n\nAdvocates in Washington were less calm. “Today’s announcement puts every traffic stop on the "
            "deportation track,” according to a statement from Lynn Tramonte of America’s Voice Education Fund.",
            [("Today’s announcement puts every traffic stop on the deportation track", "Lynn Tramonte")],
        ),
    ],
)
def test_roundup_entries_an_office_s_statement_and_a_name_run_into_of(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the parse hung the name on the board; it names the chairman, the sentence's subject
            "Sheriff\n\nA spokesman, Grant Whitlow, referred questions to the statement.\n\nThe chairman of the Varner "
            "County Board of Supervisors, Harold Tesch, said the board would not second-guess the sheriff.\n\n“It’s "
            "her jail and it’s her call,” he said.",
            [("It’s her jail and it’s her call", "Harold Tesch")],
        ),
        (  # "quoted X as saying": X, not the outlet that quoted
            "Church\n\nIn its report Tuesday, the Larkspur News Service quoted Cuc’s lawyer, Inés Barahona, as saying "
            "the family would ask ICE for “one more look at a file no human being has looked at in two years.”",
            [("one more look at a file no human being has looked at in two years.", "Inés Barahona")],
        ),
        (  # a news service is no "agency"
            "Sheriff ends deal\n\nThe Larkspur News Service first reported the letter.\n\nIn a statement, the agency "
            "said it “respects the decision of every local partner” and would keep filing detainers.",
            [("respects the decision of every local partner", "agency")],
        ),
        (  # an editorial board's byline, and the paper's name as the editorial writes it in full
            "EDITORIAL: Let the deal expire\n\nBy the Sentinel Editorial Board\n\nWhen the agreement was first "
            "proposed, we warned that it would “turn the county jail into a federal holding pen.”\n\nThis is the "
            "opinion of the Ostrander Sentinel’s editorial board.",
            [("turn the county jail into a federal holding pen.", "Ostrander Sentinel")],
        ),
        (  # sentences, not a roundup's labels: a place or a time before the comma
            "Ruling\n\nDunaway did not return a call. In Detroit, ICE said in a one-line statement: “We are reviewing "
            "the court’s decision.”\n\nLate Tuesday, an ICE spokesperson said in an email: “No enforcement took place "
            "at the school.”",
            [
                ("We are reviewing the court’s decision.", "ICE"),
                ("No enforcement took place at the school.", "ICE spokesperson"),
            ],
        ),
    ],
)
def test_names_hung_on_a_board_quoted_as_saying_news_services_and_editorial_boards(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a first name given alone after its role, with "put it this way"
            "Farm\n\nGus Brandvold milks 200 head.\n\nGus’s wife, Karin, put it this way while she poured coffee nobody "
            "drank: “We keep saying they were good workers.”\n\n“Put that in your column.”",
            [("We keep saying they were good workers.", "Karin"), ("Put that in your column.", "Karin")],
        ),
        (  # "My" is no name: the writer's husband
            "Column\n\nSheriff Dancy held his town hall in January.\n\nMy husband puts it more simply: “I lock up the "
            "people the judge sends me.”\n\n“And I go home and sleep fine.”",
            [("I lock up the people the judge sends me.", "husband"), ("And I go home and sleep fine.", "husband")],
        ),
        (  # an adverb set off after the cue, then what she wrote about
            "Ruling\n\nU.S. District Judge Anneliese Halvorsen held that the extra days were a new arrest.\n\nShe "
            "wrote, bluntly, about where the responsibility lies:\n\n“The county cannot outsource its obligations to a "
            "federal form.”",
            [("The county cannot outsource its obligations to a federal form.", "Anneliese Halvorsen")],
        ),
    ],
)
def test_a_first_name_after_its_role_the_writer_s_kin_and_an_adverb_after_the_cue(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a place of work the model read as a person ("Maple"): not the "she" of the next quote
            "Storm\n\nRuth Ostrowski, the administrator of Maple Crest Manor, where 64 residents spent two nights in "
            "blankets, called the county’s emergency line four times. “I was told we were on a list,” she told the "
            "Beacon.",
            [("I was told we were on a list", "Ruth Ostrowski")],
        ),
        (  # "one of the former officials" is a former official
            "Targets\n\nTwo former ICE officials, who spoke on condition of anonymity, said the pressure was real.\n\n"
            "“Nobody ever said it. Nobody had to,” said one of the former officials, who ran a field office in the "
            "Southwest.",
            [("Nobody ever said it. Nobody had to", "former official")],
        ),
        (  # a time before the organisation, with no comma
            "Campus\n\nLate that night the Westmark Dream Coalition, a student group, posted on Instagram: “If you see "
            "agents, document it.”",
            [("If you see agents, document it.", "Westmark Dream Coalition")],
        ),
    ],
)
def test_a_workplace_read_as_a_person_one_of_a_group_and_a_time_before_an_organisation(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the woman" is the woman who gave her name only as Rosa
            "Rally\n\nOutside the hotel, about 40 protesters stood behind a rope line. One of them, a woman in a yellow "
            "rain poncho who said she had driven from Kissimmee with her two sons, gave her name only as Rosa.\n\n“We "
            "came here because she will not come to us,” said the woman, who would not give her last name.",
            [("We came here because she will not come to us", "Rosa")],
        ),
        (  # "the man" is the man who would give only his first name
            "Vigil\n\n“These are not the worst of the worst,” Tramonte told the crowd.\n\nA man in a Tarrow Basin "
            "County Fire Department jacket, who would give only his first name, Lorenzo, said his brother-in-law has "
            "been inside since August.\n\n“They moved him twice without telling us. Twice,” the man said.",
            [
                ("These are not the worst of the worst", "Tramonte"),
                ("They moved him twice without telling us. Twice", "Lorenzo"),
            ],
        ),
    ],
)
def test_the_woman_or_the_man_who_gave_only_a_first_name(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the statement said": the company whose own sentence issued it, past the appositive on it
            "Strike\n\nSentinel Custody Solutions, the company that runs the center under a contract with U.S. "
            "immigration authorities, said in a statement that fewer than 20 men had declined meals.\n\n“We take the "
            "health and safety of every individual in our care seriously,” the statement said.",
            [("We take the health and safety of every individual in our care seriously", "Sentinel Custody Solutions")],
        ),
        (  # "The post, …, read in part:": whoever the story said posted it (not the headline's "post")
            "Sheriff’s post draws 600 comments\n\nGRANBY COUNTY, Iowa (KTWR) -- A Facebook post by the Granby County "
            "Sheriff's Office announcing that two men had been handed over to immigration agents drew more than 600 "
            "comments.\n\nThe post, shared at 10:14 a.m., read in part: “This morning two individuals held in the "
            "Granby County Jail were transferred to ICE custody.”",
            [
                (
                    "This morning two individuals held in the Granby County Jail were transferred to ICE custody.",
                    "Granby County Sheriff's Office",
                )
            ],
        ),
        (  # "The statement, headed “…,” reads in full:" and the statement in the next paragraph
            "Chief\n\nASHFORD, Ore. — Starting Monday, the Ashford Police Department will not hold anyone on a detainer "
            "alone, Police Chief Vernon Adeyemi announced in a statement posted to the city’s website.\n\nThe "
            "statement, headed “Statement from Chief Vernon Adeyemi Regarding Immigration Detainers,” reads in full:"
            "\n\n“Effective Monday, officers will not detain any person solely on the basis of an immigration "
            "detainer.”",
            [
                (
                    "Effective Monday, officers will not detain any person solely on the basis of an immigration detainer.",
                    "Vernon Adeyemi",
                )
            ],
        ),
    ],
)
def test_a_document_s_author_past_an_appositive_a_post_that_reads_and_a_statement_read_in_full(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a quote, its translation in brackets, then the attribution
            "Radio\n\nThe host, Rigoberto Maldonado, had two guests: Joaquín Ledesma, an immigration lawyer, and "
            "Graciela Montiel, a consul at the Mexican consulate.\n\nMaldonado asked the consul whether the consulate "
            "could help pay a bond. “No podemos pagarla” (“We can’t pay it”), Montiel said.",
            [("No podemos pagarla", "Graciela Montiel"), ("We can’t pay it", "Graciela Montiel")],
        ),
        (  # a hyphenated first name: "Ling Foster" is the end of "Mei-Ling Foster", no one else
            "Debate\n\nSt. Brendan’s was represented by Aurelio Banks and Mei-Ling Foster, who have debated together "
            "since ninth grade.\n\n“Honestly? Like I was going to throw up,” Foster said.",
            [("Honestly? Like I was going to throw up", "Mei-Ling Foster")],
        ),
    ],
)
def test_a_translation_before_the_attribution_and_a_hyphenated_first_name(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # an organisation's name that goes on past "and" to its own word is no person's
            "Rink\n\nThe Millbrook Parks and Recreation Department issued the following statement Monday afternoon:"
            "\n\n“Out of an abundance of caution, Pryor Arena is closed to the public effective immediately.”",
            [
                (
                    "Out of an abundance of caution, Pryor Arena is closed to the public effective immediately.",
                    "Millbrook Parks and Recreation Department",
                )
            ],
        ),
        (  # a roundup's organisation with a plural possessive in its name
            "Roundup\n\nIowa State Sheriffs’ Council: “The council will advise its members to consult their county "
            "attorneys.”",
            [
                (
                    "The council will advise its members to consult their county attorneys.",
                    "Iowa State Sheriffs’ Council",
                )
            ],
        ),
        (  # a diocese's statement from its bishop, named after his full style
            "Church\n\nThe Roman Catholic Diocese of Merrivale released the following statement from its bishop, the "
            "Most Rev. Anselm Kowalczyk, which was also read aloud at every Mass on Sunday:\n\n“A church parking lot is "
            "not a hiding place.”",
            [("A church parking lot is not a hiding place.", "Anselm Kowalczyk")],
        ),
        (  # "The district’s message, …, read in part:": the district
            "Schools\n\nLYNDMOOR, Ky. — Lyndmoor County Schools sent families a message on Tuesday after a rumor spread."
            "\n\nThe district’s message, sent by text, email and phone in English and Spanish, read in part:\n\n“Our "
            "schools are safe places for every child.”",
            [("Our schools are safe places for every child.", "Lyndmoor County Schools")],
        ),
        (  # two people and one statement: the first (not an organisation's name)
            "Duo\n\nFrank Sharry and Lynn Tramonte issued the following statement:\n\n“We are ready.”",
            [("We are ready.", "Frank Sharry")],
        ),
    ],
)
def test_organisations_whole_a_bishop_s_statement_and_a_district_s_message(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_valley_is_no_one_and_the_guests_listed_after_a_host_are_not_his_role(tagger: Tagger) -> None:
    text = (
        "Storm call-in\n\nMore than 40,000 homes in the North Fork valley were still without power Wednesday. North "
        "Fork Public Radio opened its phones for “Open Line” with host Dev Raman, a utility spokeswoman, the county’s "
        "emergency manager and a meteorologist.\n\nRaman started with the question nearly every caller would ask. "
        "“When is my power coming back?” he asked."
    )
    quotes = tagger.tag(text).quotes
    assert [(q.text, q.speaker, q.role) for q in quotes] == [("When is my power coming back?", "Dev Raman", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "X asked her …. “…,” she said": the one asked answers
            "Schools\n\n“I have talked to ICE,” Beverly Tran-Mason, the district's superintendent, told co-anchor "
            "Renata Osei.\n\nOsei asked her what parents should believe. “Believe your principal,” she said.",
            [("I have talked to ICE", "Beverly Tran-Mason"), ("Believe your principal", "Beverly Tran-Mason")],
        ),
        (  # the asker with a title, after another sentence of the paragraph
            "Hearing\n\nSheriff Ann Birch testified for an hour. Rep. Maria Lopez asked her whether the jail had refused "
            "a detainer. “Only once,” she said.",
            [("Only once", "Ann Birch")],
        ),
        (  # but "she asked" is the asker asking
            "Hearing\n\nSheriff Ann Birch testified for an hour. Rep. Maria Lopez asked her about the jail. “Did you "
            "ever refuse one?” she asked.",
            [("Did you ever refuse one?", "Maria Lopez")],
        ),
    ],
)
def test_the_one_asked_answers(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a company named in full, then by its first words, which read like a person's
            "Plant\n\nSIOUX BEND, S.D. — Harlan Ridge Foods Inc. expects to lose 300 workers after an audit.\n\n"
            "Harlan Ridge issued the following statement Wednesday:\n\n“Harlan Ridge has cooperated fully with the "
            "audit.”",
            [("Harlan Ridge has cooperated fully with the audit.", "Harlan Ridge Foods Inc.")],
        ),
        (  # the model's person is an organisation's first words
            "Suit\n\nThe lawsuit, filed in 2011 by the Prairie Immigrant Justice Project on behalf of four men, alleged "
            "that the jail kept people “for days and sometimes weeks” past their release dates.",
            [("for days and sometimes weeks", "Prairie Immigrant Justice Project")],
        ),
        (  # no subject found past the quote, none in the dateline, and not the verb's words after the subject
            "Schools\n\nBy Ana Ruiz, WKXN 12 News\n\nLYNDMOOR, Ga. (WKXN) — Lyndmoor County Schools sent families a "
            "message Tuesday afternoon saying it had “no information indicating that immigration agents have been "
            "at any school” in the district, after a post claiming otherwise was shared thousands of times.",
            [
                (
                    "no information indicating that immigration agents have been at any school",
                    "Lyndmoor County Schools",
                )
            ],
        ),
        (  # thanks in the thanker's words
            "Vote\n\nThe Wexler County Sheriff’s Office thanked the board on Facebook on Wednesday for “standing "
            "with the men and women who keep Wexler County safe.”",
            [("standing with the men and women who keep Wexler County safe.", "Wexler County Sheriff’s Office")],
        ),
        (  # a town after a named person's church is the church's town, not a speaker
            "Center\n\nThe Rev. Anselm Kariuki of Good Shepherd Lutheran Church in Harlan Flats, who has visited "
            "detainees every Wednesday since 2009, said: “Men would hand me their sick-call slips.”",
            [("Men would hand me their sick-call slips.", "Anselm Kariuki")],
        ),
        (  # what a message asks of its reader is no first name
            "Family\n\nHer last text read: “Tell Joaquín to mind his sister.”\n\nHer son, Joaquín, 14, is staying "
            "with an aunt.\n\n“I’m minding her,” Joaquín said over the phone.",
            [("Tell Joaquín to mind his sister.", None), ("I’m minding her", "Joaquín")],
        ),
    ],
)
def test_organisations_by_their_first_words_and_names_that_are_no_one(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "described the night this way:" and a ward's name after a number
            "Alert\n\nA registered nurse on 4 West, who asked us not to print her name, described the night this "
            "way:\n\n“They stood in the doorway the whole time.”",
            [("They stood in the doorway the whole time.", "registered nurse on 4 West")],
        ),
        (  # she whom the describing sentence's own report calls her
            "Alert\n\nA unit clerk on the same floor said the officers asked her twice for the discharge date. “I told "
            "them I’m not allowed to give that out,” she said.",
            [("I told them I’m not allowed to give that out", "unit clerk on the same floor")],
        ),
        (  # but not the her a described father spoke to
            "School\n\nPrincipal Teresa Oyelaran-Fisk stood at the door. One father, carrying a toddler, asked her "
            "quietly whether it was safe.\n\n“It’s safe,” she told him.",
            [("It’s safe", "Teresa Oyelaran-Fisk")],
        ),
        (  # a woman in my congregation, whose son …, asked: the woman
            "Column\n\nOne woman in my congregation, whose son was deported last spring, asked me after Mass: "
            "“Pastor, did God send him away?”",
            [("Pastor, did God send him away?", "woman in my congregation")],
        ),
    ],
)
def test_descriptions_by_what_their_own_sentence_says(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "the company …, X," after a cue: the company its appositive names
            "Trial\n\nThe company that ran the facility in 2012, Redbank Correctional Services, said in a statement "
            "that it fired the guard and “cooperated fully with federal investigators.”",
            [("cooperated fully with federal investigators.", "Redbank Correctional Services", None)],
        ),
        (  # "According to X, <what X says>: “…”", and no role from what X says
            "Court\n\nMarguerite Osterhaus drives to court every week.\n\nAccording to Osterhaus, the hardest days "
            "are the ones when the hearings are short: “You drive an hour, you sit for three.”",
            [("You drive an hour, you sit for three.", "Marguerite Osterhaus", None)],
        ),
        (  # a named subject, a verb that is no verb of saying, a colon
            "Fair\n\nJohn Morton has judged pies for 40 years.\n\nAsked what he will do next August, Morton "
            "considered the question for a long moment: “I’ll enter a pie.”",
            [("I’ll enter a pie.", "John Morton", None)],
        ),
        (  # but a document's version is no one
            "Farm\n\nVoces del Campo, a farmworker group, issued a statement in Spanish and English on Monday. The "
            "English version reads:\n\n“The six men arrested on Friday are fathers and neighbors.”",
            [("The six men arrested on Friday are fathers and neighbors.", "Voces del Campo", "farmworker group")],
        ),
        (  # she of the clause about the described person, wherever the parse hung it
            "Court\n\nA deputy court administrator at the Kansas City court, who spoke on condition of anonymity "
            "because she is not authorized to speak, said the court had four judges. “We are scheduling into next "
            "spring,” she said.",
            [
                (
                    "We are scheduling into next spring",
                    "deputy court administrator at the Kansas City court",
                    "deputy court administrator at the Kansas City court",
                )
            ],
        ),
        (  # but not the she of a clause about someone she speaks of
            "Hearing\n\nYesenia Cabrera testified on Tuesday. A nurse at the center, whom she did not name, told "
            "her brother he had a cold, she said.\n\n“He was 34. He did not have a cold,” she said.",
            [("He was 34. He did not have a cold", "Yesenia Cabrera", None)],
        ),
    ],
)
def test_appositive_companies_according_to_leads_and_subjects_before_a_colon(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker, q.role) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # an editorial roundup: each paper's headline is no quote, what it wrote is
            "Editorials\n\nThe Kesselring Sentinel-Tribune: “Politics Over Public Safety”\n\nWrote the Kesselring "
            "Sentinel-Tribune: “The governor has chosen a headline.”",
            [("The governor has chosen a headline.", "Kesselring Sentinel-Tribune")],
        ),
        (  # but the story's own headline, after a name and a colon, is
            "Tramonte: “Another Promise the Program Cannot Keep”\n\nBy Ana Ruiz\n\nLynn Tramonte spoke on Monday.",
            [("Another Promise the Program Cannot Keep", "Lynn Tramonte")],
        ),
        (  # a page's links to other stories
            "Episode\n\n“We left at dawn,” said Baltazar Chuc.\n\nRelated episodes: “How a fingerprint becomes a "
            "deportation” and “Inside the Merriam County jail”",
            [("We left at dawn", "Baltazar Chuc")],
        ),
        (  # signs that call someone something say it, not the people who made them
            "Rally\n\nStudents taped hand-drawn signs calling him the “best teacher ever” to the fence.\n\nHis wife, "
            "Perpetua Delgadillo, held a photo. Delgadillo said: “Our girls ask every night when he is coming home.”",
            [("Our girls ask every night when he is coming home.", "Perpetua Delgadillo")],
        ),
        (  # "she did not sound like a woman …": a comparison, no one there
            "Farm\n\nAnnika Sorensen milks 640 cows.\n\nSorensen told the story on the radio, and she did not sound "
            "like a woman looking for sympathy.\n\n“I’m here to tell you what it costs,” she told the host.",
            [("I’m here to tell you what it costs", "Annika Sorensen")],
        ),
    ],
)
def test_headlines_in_a_roundup_links_and_comparisons(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a second surname after a particle, which the model leaves out; the first surname alone after
            "Kitchen\n\nAt 5 a.m. María José Castañeda de León unlocked the back door.\n\n“Ya no duermo,” Castañeda "
            "said in Spanish. Kevin Tovar Castañeda, 19, the couple’s eldest, helps.",
            [("Ya no duermo", "María José Castañeda de León", None)],
        ),
        (  # and one with no particle
            "Band\n\nOne of his first students, Rogelio Garza Treviño, 52, leads the band.\n\n“Tap on the "
            "knuckles,” Garza Treviño said, laughing.",
            [("Tap on the knuckles", "Rogelio Garza Treviño", None)],
        ),
        (  # an honorific is no part of a name, nor a role
            "Corner\n\nHerminia Solís has sold tamales on the corner for 20 years.\n\n“In this town we all know "
            "whose kitchen feeds us,” Doña Herminia said.",
            [("In this town we all know whose kitchen feeds us", "Herminia Solís", None)],
        ),
        (  # a role after a party and state; the role alone, or "he", after
            "Markup\n\n“This is the floor,” said Sen. Wade Pruett, R-Texas, the committee’s chairman.\n\nSen. Ellen "
            "Okimoto, D-Ore., the ranking member, objected. Sen. Rafael Dunmore, D-N.M., offered an amendment.\n\nThe "
            "chairman was unmoved. “I have heard the word all morning,” he said.\n\n“We will have this fight on the "
            "floor,” the ranking member said.",
            [
                ("This is the floor", "Wade Pruett", "committee’s chairman"),
                ("I have heard the word all morning", "Wade Pruett", "committee’s chairman"),
                ("We will have this fight on the floor", "Ellen Okimoto", "ranking member"),
            ],
        ),
        (  # a time before an organisation's statement
            "Suit\n\nLate Thursday the Haddon County Sheriff’s Office issued a statement:\n\n“The Sheriff’s Office "
            "will continue to operate under its agreement.”",
            [
                (
                    "The Sheriff’s Office will continue to operate under its agreement.",
                    "Haddon County Sheriff’s Office",
                    None,
                )
            ],
        ),
    ],
)
def test_second_surnames_honorifics_roles_after_a_party_and_times(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker, q.role) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a surname alone is whoever bears it first, not a wife's married name nor a son's second surname
            "Bond\n\nWilmer Antonio Cáceres Funes, 41, has lived in Dalton for 19 years. His wife, Karla Funes de "
            "Cáceres, sat behind him.\n\n“I only ask to go home to my children,” Cáceres said.",
            [("I only ask to go home to my children", "Wilmer Antonio Cáceres Funes")],
        ),
        (  # and the one named last before, when it is someone else's last surname too
            "Coalition\n\nThe group’s director, Rosa Amelia Villaseñor Paz, called on the county to act.\n\n"
            "Villaseñor issued the following statement:\n\n“Every name on our list is a family.”\n\nHer father, "
            "Anselmo Villaseñor, 79, was held on a detainer in 2010.",
            [("Every name on our list is a family.", "Rosa Amelia Villaseñor Paz")],
        ),
    ],
)
def test_a_surname_alone_is_someone_s_first(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a judge's cue before the name, which the model reads as part of it
            "Judge Harriet Lunde heard the bond motion on Monday in Courtroom 4.\n\nRuled Lunde, after a "
            "ten-minute recess: “The respondent is not a danger to anyone. Bond is set at five thousand dollars.”",
            [("The respondent is not a danger to anyone. Bond is set at five thousand dollars.", "Harriet Lunde")],
        ),
        (  # "the West Side" is a part of town, not a person a later "he" could stand for
            "Still counting the bellows: the accordion teacher of the West Side\n\nBy Marisol Peña | West Side "
            "Voz\n\nEvery Tuesday the front room of a yellow house fills with music. The teacher is Walter Brandt, "
            "81, a retired welder from Ohio who came for a dance in 1962 and stayed.\n\nBrandt said he was a polka "
            "man first: “The accordion came here with people like my grandfather.”\n\nHe has taught hundreds of "
            "children, most of them from the West Side, for four dollars a lesson, a price he has not raised "
            "since 1985. Asked why, he explained:\n\n“Because the kids who need it most do not have five dollars.”",
            [
                ("The accordion came here with people like my grandfather.", "Walter Brandt"),
                ("Because the kids who need it most do not have five dollars.", "Walter Brandt"),
            ],
        ),
        (  # the one the writer asked answers, though the paragraph calls him only "him"
            "The board voted 4-3 to close Garfield Elementary.\n\n“We will remember this in November,” said Gary "
            "Lund, president of the teachers union, which represents the district's staff. His members lined the "
            "back wall.\n\nI caught Ray Okonkwo in the parking lot afterward and asked him whether the board had "
            "decided before the meeting.\n\n“I had,” he said. “I won’t pretend otherwise.”",
            [
                ("We will remember this in November", "Gary Lund"),
                ("I had", "Ray Okonkwo"),
                ("I won’t pretend otherwise.", "Ray Okonkwo"),
            ],
        ),
    ],
)
def test_a_judge_s_inverted_cue_a_part_of_town_and_the_writer_s_question(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a live blog's entries and a roundup's bullets: the name or organisation and a colon, no verb
            "Live: County board votes on jail contract\n\n9:05 p.m. — The board voted 4-1 to renew the agreement, "
            "with Commissioner Ray Estrada voting no.\n\n9:22 p.m. — Estrada, after the vote: “We’ll be right back "
            "here in a month.”\n\n• Prairie State Sheriffs Council: “Sheriffs did not write the detainer form.”\n\n• "
            "Rep. Dale Ferris, R-Ind., on X: “Congress should answer this week.”",
            [
                ("We’ll be right back here in a month.", "Ray Estrada"),
                ("Sheriffs did not write the detainer form.", "Prairie State Sheriffs Council"),
                ("Congress should answer this week.", "Dale Ferris"),
            ],
        ),
        (  # embedded posts credited after a dash: an organisation with its handle, an account known by its handle
            "Signers speak out\n\nThe letter drew hundreds of comments online. A selection:\n\n“We don’t check "
            "papers at the soup line.” — St. Bridget Episcopal Church (@StBridgetMill)\n\n“signing for my mom, who "
            "cleaned rooms at the hospital for 20 years” — @millcreek_rosa",
            [
                ("We don’t check papers at the soup line.", "St. Bridget Episcopal Church"),
                ("signing for my mom, who cleaned rooms at the hospital for 20 years", "@millcreek_rosa"),
            ],
        ),
        (  # emails: whoever emailed, whoever sent it "at 2:47 p.m. March 4", and someone's reply as a noun
            "Emails show jail held a man nine days\n\nAt 7:38 a.m., the assistant principal at Eastgate High, "
            "Dorothy Quarles, emailed the family after the boy asked to wait in the office. The email, which the "
            "family shared, read in part: “He is safe and with us.”\n\nThe first email, sent at 2:47 p.m. March 4 "
            "by booking supervisor Karl Weissman under the subject line “Release - ICE hold?”, reads:\n\n“Court "
            "dismissed. Are you picking up today or do we release?”\n\nBy March 11 the tone had changed, and the "
            "jail commander, Lydia Fennimore, was copied. Fennimore’s reply to both, an hour later, was one "
            "line: “Release him at 0800 tomorrow if no pickup.”",
            [
                ("He is safe and with us.", "Dorothy Quarles"),
                ("Court dismissed. Are you picking up today or do we release?", "Karl Weissman"),
                ("Release him at 0800 tomorrow if no pickup.", "Lydia Fennimore"),
            ],
        ),
    ],
)
def test_live_blog_entries_embedded_posts_and_emails(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a role after a place's possessive; a time after the name is not part of it
            "Rides for the striker\n\nTom Garrity, Mid-Valley’s athletic director, said several families have "
            "offered rides to road games.\n\n“I’ve never had this many people call to ask what they can do,” the "
            "athletic director said.\n\nBoard members said little. “I heard people tonight I’ve never seen,” said "
            "trustee Carl Benning afterward.",
            [
                ("I’ve never had this many people call to ask what they can do", "Tom Garrity"),
                ("I heard people tonight I’ve never seen", "Carl Benning"),
            ],
        ),
        (  # the undersheriff by rank alone; a statement read to the court; "advised" after the quote
            "Sentencing\n\nUndersheriff Ray Hollander, the sheriff’s younger brother, runs the jail day to "
            "day.\n\n“Most of the people who get flagged are in here on something else first,” the undersheriff "
            "says.\n\nThe cyclist’s mother, Doreen Pollock, read a statement to the court:\n\n“Every morning my son "
            "asks me if he will ride again.”\n\nSheriff Ron Albers said bike thefts were up this fall. “Lock it to "
            "something that doesn’t unscrew,” the sheriff advised.",
            [
                ("Most of the people who get flagged are in here on something else first", "Ray Hollander"),
                ("Every morning my son asks me if he will ride again.", "Doreen Pollock"),
                ("Lock it to something that doesn’t unscrew", "Ron Albers"),
            ],
        ),
        (  # but a description after the cue keeps its noun: an adviser, not the candidate she advises
            "Debate night\n\nWhitfield’s advisers were relieved by the result. “He wanted the whole night to be "
            "about the border, and he got about six minutes,” said a Whitfield adviser who was not authorized to "
            "speak about strategy.",
            [
                (
                    "He wanted the whole night to be about the border, and he got about six minutes",
                    "Whitfield adviser",
                ),
            ],
        ),
    ],
)
def test_local_beats_ranks_and_statements_read_to_a_court(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_day_named_for_someone_is_no_fuller_name_of_theirs(tagger: Tagger) -> None:
    # (the day's name would make her "Janet Kowalski Day", and the "she" of her words her husband, named last)
    text = (
        "Crossing guard retires\n\nFor 31 years, Janet Kowalski has walked children across Birch Street. On "
        "Friday, she walked her last.\n\nThe City Council declared Friday “Janet Kowalski Day” at its meeting "
        "Tuesday.\n\nHer husband of 48 years, Sal Kowalski, joked that her retirement was “going to be my "
        "problem, full time.”\n\nKowalski said she plans to spend the first weeks sleeping late.\n\n“Sal thinks "
        "I’m going to reorganize his garage,” she said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("going to be my problem, full time.", "Sal Kowalski"),
        ("Sal thinks I’m going to reorganize his garage", "Janet Kowalski"),
    ]


def test_an_email_newsletter_s_we_is_the_sender_on_its_first_line(tagger: Tagger) -> None:
    # not "Weekly" of "The Weekly Dispatch", the newsletter's own name
    text = (
        "The Weekly Dispatch: a full house, and the sheriff’s 287(g) vote\n\nHarbor Valley Immigrant Alliance "
        "| Friday edition | Read in your browser\n\nHi friends,\n\n1. The 287(g) agreement is up for renewal. "
        "“Every family deserves to know what happens after a traffic stop,” we told the board on Thursday."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("Every family deserves to know what happens after a traffic stop", "Harbor Valley Immigrant Alliance")
    ]


def test_her_reply_as_a_noun_before_a_colon_is_hers(tagger: Tagger) -> None:
    text = (
        "Hearing\n\nSen. Harold Brackett accused the agency of hiding the numbers. Secretary Ada Lindqvist "
        "listened.\n\n11:21 a.m. — Her reply drew laughter on both sides of the dais: “Senator, I’ve been accused "
        "of a lot of things.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("Senator, I’ve been accused of a lot of things.", "Ada Lindqvist")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # words that go on as a verb say what the policy does: a partial quote, not the policy's name
            "Jail\n\nThe jail changed its rules. In a statement, ICE said the policy “will release dangerous "
            "individuals back into the community.”",
            [("will release dangerous individuals back into the community.", "ICE")],
        ),
        (  # an interview's "Q:" is no one
            "Interview\n\nQ: ICE says the program “focuses on the most serious offenders first.” You don’t buy it?",
            [("focuses on the most serious offenders first.", "ICE")],
        ),
        (  # but a program's name after "the program" is still no quote
            "Jail\n\nThe county joined the program “Secure Communities” in 2009, the sheriff said.",
            [],
        ),
    ],
)
def test_a_partial_quote_after_the_policy_or_the_program(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_one_who_reads_her_own_remarks_is_their_speaker(tagger: Tagger) -> None:
    # (a lawyer reading "her statement" reads someone else's: see the statements above)
    text = (
        "Meeting\n\nDaniela Ochoa spoke first. Anne-Marie Kowal, president of the Whitcomb Elementary PTA, read her "
        "remarks from her phone:\n\n“We are not asking you to break any law.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("We are not asking you to break any law.", "Anne-Marie Kowal")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the one the writer talked to, though no word says a he
            "Interview\n\nQ: Is anybody listening?\n\nA: More than you’d think. John Morton told a room of us, "
            "“Give me priorities and I’ll follow them.” I talked to a sheriff in Georgia last year, a Republican, "
            "and he told me, “I don’t want to be the guy who deports the kid who mows my lawn.”",
            [
                ("Give me priorities and I’ll follow them.", "John Morton"),
                ("I don’t want to be the guy who deports the kid who mows my lawn.", "sheriff in Georgia"),
            ],
        ),
        (  # one who said of himself "he now drives": the he of his next quote
            "Farms\n\nThe labor contractor Ernesto Paniagua said the assurance “is worth what the next sheriff "
            "decides.”\n\nOne milker on a farm near Pell Lake, who spoke on the condition that his name not be "
            "used, said he now drives to work on back roads. “Thirty minutes longer, but there are no patrol "
            "cars,” he said.",
            [
                ("is worth what the next sheriff decides.", "Ernesto Paniagua"),
                ("Thirty minutes longer, but there are no patrol cars", "milker on a farm near Pell Lake"),
            ],
        ),
        (  # an interview's "A:" is the one its introduction names, not the masthead or the interviewer
            "Q&A: The man who brings the crews\n\nCascade Orchardist | The Labor Issue | Interview by Hollis "
            "Vantongeren\n\nIgnacio Ferrante, owner of Ferrante Farm Labor Services, spoke with the Orchardist.\n\n"
            "Q: What would you tell Congress?\n\nA: I testified in 2011. As I told the committee, “You cannot "
            "enforce your way out of a labor shortage.”",
            [("You cannot enforce your way out of a labor shortage.", "Ignacio Ferrante")],
        ),
    ],
)
def test_whom_the_writer_met_one_who_speaks_of_himself_and_an_interview_s_answer(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a letter by its owner's possessive, before and after the quote; the federation named in full
            "Farms\n\nThe Columbia Basin Growers Federation wrote to the state’s delegation.\n\n“Mandatory "
            "E-Verify without a workable visa program is not immigration reform,” the federation’s letter reads.",
            [
                (
                    "Mandatory E-Verify without a workable visa program is not immigration reform",
                    "Columbia Basin Growers Federation",
                )
            ],
        ),
        (
            "Q&A\n\nQ: The Columbia Basin Growers Federation’s letter to Congress calls mandatory E-Verify “a "
            "crop-loss program.” Do you agree?",
            [("a crop-loss program.", "Columbia Basin Growers Federation")],
        ),
        (  # a union local by its number, which the model leaves out of the name
            "Crab\n\nChesapeake Processing Workers Union Local 12 filed an objection last week. The union said in a "
            "statement:\n\n“Harbison Bay posted these jobs for two weeks on a website nobody in this county reads.”",
            [
                (
                    "Harbison Bay posted these jobs for two weeks on a website nobody in this county reads.",
                    "Chesapeake Processing Workers Union Local 12",
                )
            ],
        ),
        (  # "the co-op", whose possessive the parse cuts from its noun, and no full stop in the name
            "Dairy\n\n“We’re not telling anybody how to vote,” said Curt Vandehey, chief executive of Northwoods "
            "Dairy Cooperative.\n\nThe co-op’s letter to members warns that an audit “can take a milking crew from "
            "eight people to three overnight.”",
            [
                ("We’re not telling anybody how to vote", "Curt Vandehey"),
                ("can take a milking crew from eight people to three overnight.", "Northwoods Dairy Cooperative"),
            ],
        ),
        (  # the letter the lede named, further back than a statement's length
            "Chamber letter\n\nLINCOLN, Neb. — The Platte Valley Chamber of Commerce and Industry today sent the "
            "state’s five members of Congress a letter signed by 140 employers, asking Congress to create a visa "
            "for year-round jobs before it makes E-Verify mandatory. "
            + "The chamber has long asked for this. "
            * 20
            + "\n\nThe letter reads, in part:\n\n“Our members milk cows every day of the year and staff hospital "
            "floors every night.”",
            [
                (
                    "Our members milk cows every day of the year and staff hospital floors every night.",
                    "Platte Valley Chamber of Commerce and Industry",
                )
            ],
        ),
    ],
)
def test_trade_press_letters_unions_and_co_ops(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the partial quote is no words of "Brackett had asked for": the figures are its object
            "Hearing\n\nHer spokesman, Marcus Eby, said by email that the secretary would send the detainer "
            "figures Brackett had asked for “within days, not weeks.”",
            [("within days, not weeks.", "Marcus Eby")],
        ),
        (  # but one who asked for it, in so many words, did
            "Hearing\n\nEby said the secretary would meet Joe Brackett, who had asked for “a real answer on "
            "detainers.”",
            [("a real answer on detainers.", "Joe Brackett")],
        ),
        (  # a long quote after a sentence a description said, as after one a named person said
            "Pork\n\nA human resources consultant who works with several Iowa processors, and who asked not to be "
            "named, said the pressure shows up in wages. “Starting pay in pork has gone up two dollars in eighteen "
            "months, and we still can’t keep a second shift full.”",
            [
                (
                    "Starting pay in pork has gone up two dollars in eighteen months, and we still can’t keep a second "
                    "shift full.",
                    "human resources consultant",
                )
            ],
        ),
    ],
)
def test_a_clause_with_its_object_before_it_and_a_quote_after_a_party_s_sentence(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the one asked answers, when the pronoun cannot be the asker
            "Storm\n\nSheriff Dale Pruett said deputies were checking on elderly residents. “Go knock on the door,” "
            "Pruett said.\n\nOn the morning newscast, anchor Lena Marsh asked chief meteorologist Brandon Tso when the "
            "ice would melt.\n\n“Not today, Lena, and probably not tomorrow,” he said.",
            [
                ("Go knock on the door", "Dale Pruett"),
                ("Not today, Lena, and probably not tomorrow", "Brandon Tso"),
            ],
        ),
        (  # but the asker may go on, when the pronoun fits her too
            "Forum\n\nLorraine Kistler took questions. Yesenia Ortiz, a sophomore, asked Kistler whether she had "
            "ever visited a detention center.\n\n“My dad has lived in this town for 19 years,” she said.",
            [("My dad has lived in this town for 19 years", "Yesenia Ortiz")],
        ),
        (  # one word said on its own is a quote, and the words after it its other half
            "Podcast\n\n“Is any of this getting better, or is it just getting quieter?” Prewitt asked.\n\n"
            "“Quieter,” Lynn Tramonte said, after a long pause. “Definitely quieter.”",
            [
                ("Is any of this getting better, or is it just getting quieter?", "Prewitt"),
                ("Quieter", "Lynn Tramonte"),
                ("Definitely quieter.", "Lynn Tramonte"),
            ],
        ),
        (  # not a word someone used, inside the sentence
            "Ruling\n\nThe regulation uses the word “request,” she noted, and the county pointed to no statute.",
            [],
        ),
    ],
)
def test_the_one_asked_answers_and_one_word_said_on_its_own(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "according to" a document: whose the story said it is
            "Plant\n\nThe affidavit of Corey Lindgren, a special agent with Homeland Security Investigations, states "
            "that the recruiter kept a list.\n\nAccording to the affidavit, “Anaya Staffing transported workers from "
            "the Rio Seco area to Tillbrook in company-owned vans.”",
            [
                (
                    "Anaya Staffing transported workers from the Rio Seco area to Tillbrook in company-owned vans.",
                    "Corey Lindgren",
                )
            ],
        ),
        (  # a document that opens its sentence is not by the agency the sentence goes on to name
            "Report\n\nThe report draws on removal records that Immigration and Customs Enforcement released after "
            "a two-year fight.\n\nAccording to the report, “the program’s own numbers contradict the promise that it "
            "would focus on people who pose a danger.”",
            [],  # (no one the story names: the finder keeps no speakerless quote after "according to")
        ),
        (  # but by one that organized it
            "Letter\n\nThe letter, organized by the Ridgeway Coalition for Safe Communities, says: “Our patients and "
            "parishioners should not have to fear a traffic stop.”",
            [
                (
                    "Our patients and parishioners should not have to fear a traffic stop.",
                    "Ridgeway Coalition for Safe Communities",
                )
            ],
        ),
        (  # a statement sent to a rally by someone, read aloud by another
            "Rally\n\n“These are not criminals,” said Graciela Montaño-Pruitt, an organizer.\n\nMontaño-Pruitt then "
            "read aloud a statement sent to the rally by Frank Sharry, executive director of America’s Voice:\n\n"
            "“Every family standing outside that jail today is paying for Washington’s failure.”",
            [
                ("These are not criminals", "Graciela Montaño-Pruitt"),
                ("Every family standing outside that jail today is paying for Washington’s failure.", "Frank Sharry"),
            ],
        ),
        (  # "called out", not "called"
            "Band\n\nEvery Saturday, John Morton raises a baton.\n\n“Again, from the top. And this time, the "
            "trombones have to mean it,” Morton called out.",
            [("Again, from the top. And this time, the trombones have to mean it", "John Morton")],
        ),
    ],
)
def test_documents_by_their_authors_and_a_statement_sent_by_someone(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_two_first_names_and_a_surname_the_model_missed_are_one_name(tagger: Tagger) -> None:
    # the model reads no one in "Juan Pablo Reyes" and "Reyes" as an organisation
    text = (
        "Clinic\n\nJuan Pablo Reyes, superintendent of Bramwell City Schools, said the district will text the clinic "
        "schedule to every family. “Last year we had 140 students out on the first day for missing immunizations,” "
        "Reyes said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("Last year we had 140 students out on the first day for missing immunizations", "Juan Pablo Reyes")
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the relative who spoke last goes on: "he added" is the brother, not the one he is the brother of
            "Fines\n\nTeodoro Baca, 51, was deported in 2011 after a stop for a broken tail light. His cousin, "
            "Anselmo Baca, who runs a tire shop in town, said: “He had paid every ticket he ever got.”\n\n"
            "“Nineteen years he lived on this street,” he added.",
            [
                ("He had paid every ticket he ever got.", "Anselmo Baca"),
                ("Nineteen years he lived on this street", "Anselmo Baca"),
            ],
        ),
        (  # but not once the story has moved on from the relative's quote
            "Waiting\n\nRosalba Quiroz keeps the court notice taped inside a cupboard door. Her lawyer, Jordan "
            "Whitlow, told the Ledger: “The backlog is the whole story.”\n\nShe has called the court every week "
            "since March.\n\n“Nobody answers,” she said.",
            [
                ("The backlog is the whole story.", "Jordan Whitlow"),
                ("Nobody answers", "Rosalba Quiroz"),
            ],
        ),
        (  # the parse found no verb ("talks" read as a noun): the name is still the sentence's subject
            "Calls\n\nThe youngest, Pilar, walks the dog. “Somebody has to,” Pilar Echeverría said.\n\n"
            "Magdalena Echeverría talks with her husband by phone most mornings. “He asks about the rent first, always,” she said.",
            [
                ("Somebody has to", "Pilar Echeverría"),
                ("He asks about the rent first, always", "Magdalena Echeverría"),
            ],
        ),
    ],
)
def test_a_relative_who_spoke_last_and_a_name_before_a_verb_read_as_a_noun(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # scripture read or cited is nobody's quote; the one who preached on it is
            "Vigil\n\nThe evening's reading, from Deuteronomy, was given by a deacon who read it twice: “You too "
            "were strangers once, in a land that was not yours.”\n\n“We read that every year and then forget it "
            "by Monday,” said the Rev. Amos Tillery, the church's pastor.",
            [("We read that every year and then forget it by Monday", "Amos Tillery")],
        ),
        (  # a bilingual page's Spanish cues
            "Ruling\n\nVersión en español:\n\n“Hoy podemos dormir tranquilos,” dijo Graciela Ponce Ibarra, "
            "directora de la coalición.\n\nEl padre Julián Reyes Soto añadió: “Nadie es extranjero en esta mesa.”",
            [
                ("Hoy podemos dormir tranquilos", "Graciela Ponce Ibarra"),
                ("Nadie es extranjero en esta mesa.", "Julián Reyes Soto"),
            ],
        ),
        (  # both surnames, then the first names the model missed in the lede; a first name alone
            "Detainer\n\nVALLE VERDE, Calif. — Ana Luisa Serrano Quiroga was driving home from her shift when a "
            "deputy stopped her.\n\nHer husband, Teodulo Serrano Mejía, has gone to the jail every visiting day. "
            "Teodulo Serrano waits in the lobby with a thermos.\n\nReached by phone, Serrano Quiroga said: “I count "
            "the days on the wall.”\n\nTeodulo said he would pay any bond in coins.\n\n“We will find it,” he said.",
            [
                ("I count the days on the wall.", "Ana Luisa Serrano Quiroga"),
                ("We will find it", "Teodulo Serrano Mejía"),
            ],
        ),
    ],
)
def test_scripture_spanish_cues_and_names_with_two_surnames(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a letter named again ("The letter, dated …, follows the arrests at Holy Family") is still the bishop's
            "Letter\n\nIn a pastoral letter read at every Mass on Sunday, the Most Rev. Anselm Okoro, bishop of "
            "Wexley, asked parishes to stay open to every family.\n\nThe letter, dated March 2, follows the arrests "
            "of nine parishioners of Holy Family parish by Immigration and Customs Enforcement officers.\n\n"
            "“No one will be asked for papers at the door,” the letter says.",
            [("No one will be asked for papers at the door", "Anselm Okoro")],
        ),
    ],
)
def test_a_document_named_again_is_still_its_author_s(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_school_named_with_a_first_name_is_no_one() -> None:
    text = "The district counted 212 absences at Delmont Elementary and 40 at Carmen Middle the next day."
    assert [m.name for m in first_name_runs(text, [])] == []


def test_a_surname_alone_is_the_story_s_subject_again_once_a_relative_has_left_it(tagger: Tagger) -> None:
    text = (
        "Judge\n\nWALNUT GROVE — Harold Brisco will judge the quilt tent for the last time on Saturday.\n\n"
        "“I have seen every stitch there is,” Brisco said.\n\n“He has never once said a quilt was ugly,” said "
        "Edna Brisco, his wife of fifty years.\n\nThe fair board will name the tent after him.\n\n"
        "The youngest entrant this year is 12.\n\n“That one is between me and the next judge,” Brisco said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("I have seen every stitch there is", "Harold Brisco"),
        ("He has never once said a quilt was ugly", "Edna Brisco"),
        ("That one is between me and the next judge", "Harold Brisco"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # her advice as a noun; "the lawyer" the story first called an attorney "who volunteers …"
            "Workshop\n\nThe workshop was led by Nadia Ferreira-Holt, an immigration attorney who volunteers at "
            "the clinic. Her first piece of advice drew laughter: “Keep your shoes by the door.”\n\nFerreira-Holt "
            "handed a father a form. “Fill this in tonight,” the lawyer told him.",
            [
                ("Keep your shoes by the door.", "Nadia Ferreira-Holt"),
                ("Fill this in tonight", "Nadia Ferreira-Holt"),
            ],
        ),
        (  # a statement from "the Rev." someone
            "Release\n\nThe following is a statement from the Rev. Caleb Osei-Marsh, pastor of Hope Street Baptist "
            "Church and chair of the Linden Interfaith Council:\n\n“Every week our pews have more empty seats. We "
            "are done waiting for the commission to notice.”",
            [
                (
                    "Every week our pews have more empty seats. We are done waiting for the commission to notice.",
                    "Caleb Osei-Marsh",
                )
            ],
        ),
        (  # a joint statement by two people each with a role beside the name: the first named
            "Bill\n\nThe Most Rev. Paul Ainsworth-Rey, bishop of Carden, and the presiding elder of the Tidewater "
            "Conference, Miriam Oduya-Banks, issued the following joint statement:\n\n“Section 4 would make a "
            "criminal of every volunteer who drives a neighbor to church.”",
            [
                (
                    "Section 4 would make a criminal of every volunteer who drives a neighbor to church.",
                    "Paul Ainsworth-Rey",
                )
            ],
        ),
        (  # an organisation whose name runs to ten words
            "Statement\n\nThe Board of Directors of the Islamic Center of North Alder issued the following "
            "statement on Friday:\n\n“Our doors are open to anyone who comes to pray. They are not open to an "
            "agent without a judge's warrant.”",
            [
                (
                    "Our doors are open to anyone who comes to pray. They are not open to an agent without a judge's "
                    "warrant.",
                    "Board of Directors of the Islamic Center of North Alder",
                )
            ],
        ),
    ],
)
def test_advice_a_lawyer_the_rev_joint_statements_and_long_names(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # someone a sentence says someone was, whom the next sentence calls he: not a man named before
            "Diner\n\nEfrain, who owns the diner, talked to me between orders. “We open at five,” Efrain said.\n\n"
            "One of the regulars that morning was a Wexley police officer. He asked me not to use his name; his "
            "chief has not cleared him to talk about the raid.\n\n“Nobody from our department was at that plant,” "
            "he said.",
            [("We open at five", "Efrain"), ("Nobody from our department was at that plant", "Wexley police officer")],
        ),
        (  # but not someone named in that sentence ("One of them, Abel Corrigan, …, is a Republican")
            "Sheriffs\n\nOne of them, Abel Corrigan, a sheriff in a rural county, is a Republican. He told me: "
            "“My job is to catch the guy who broke into the pharmacy.”",
            [("My job is to catch the guy who broke into the pharmacy.", "Abel Corrigan")],
        ),
    ],
)
def test_someone_a_sentence_says_someone_was(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a reply's lead-in ending in a colon introduces the next quote, not the one before it
            "Storm\n\nIn a text message that night to the county’s emergency manager, Ray Delacroix, Leland "
            "Otterbein wrote: “We are out of salt. Plows running sand only.” Delacroix texted back: “Copy. Tell me "
            "what you need.”",
            [
                ("We are out of salt. Plows running sand only.", "Leland Otterbein"),
                ("Copy. Tell me what you need.", "Ray Delacroix"),
            ],
        ),
        (  # "His email … reads in full:" is his, whoever's email the story quoted before; "Neil" read alone
            "Exhibits\n\nAmong the exhibits is an email the jail’s supervisor, Sgt. Bernadette Klug, sent to the "
            "county attorney. “He has a green card,” Klug wrote.\n\nAn assistant county attorney, Neil Farraday, "
            "replied an hour later. His email, also an exhibit, reads in full:\n\n“Hold per detainer. Sheriff’s "
            "call, not ours.”",
            [
                ("He has a green card", "Bernadette Klug"),
                ("Hold per detainer. Sheriff’s call, not ours.", "Neil Farraday"),
            ],
        ),
    ],
)
def test_a_reply_introduced_by_a_colon_and_his_email(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "His statement ended:"
            "Vote\n\nSheriff Orrin Gaskell did not attend the meeting. His statement ended: “I will keep this jail "
            "safe with or without a federal partner.”",
            [("I will keep this jail safe with or without a federal partner.", "Orrin Gaskell")],
        ),
        (  # a moderator's follow-up in a sentence of its own
            "Forum\n\nThe moderator, Lillian Marsh, asked both men about the jail. Trent Ashworth said he would sit "
            "down with the chief. Marsh pressed him. “That is not an answer, Mr. Ashworth. Yes or no?”\n\n“Then "
            "yes, for now,” Ashworth said.",
            [
                ("That is not an answer, Mr. Ashworth. Yes or no?", "Lillian Marsh"),
                ("Then yes, for now", "Trent Ashworth"),
            ],
        ),
        (  # the colon credits the answer; the sentence after it reports someone else
            "Forum\n\nAlana Fitzhugh answered first: “No. A taillight is a ticket.” Ken Okonkwo said a man who is "
            "booked would have his fingerprints checked like anyone else’s.",
            [("No. A taillight is a ticket.", "Alana Fitzhugh")],
        ),
        (  # a second aside, on what the speaker's group is, before the cue
            "Race\n\n“The county is a test of whether a sheriff can run on fear and win,” Frank Sharry, executive "
            "director of America’s Voice, a Washington group that favors an overhaul of immigration law, said on "
            "a press call Wednesday.",
            [("The county is a test of whether a sheriff can run on fear and win", "Frank Sharry")],
        ),
    ],
)
def test_statements_that_end_follow_ups_and_a_second_aside(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_relative_clause_beside_a_name_is_no_role(tagger: Tagger) -> None:
    text = (
        "Vote\n\nSupervisor Dolores Ngata, who cast the deciding vote, said she had gone back and forth for weeks: "
        "“I have heard from people I respect on both sides.”"
    )
    assert [(q.speaker, q.role) for q in tagger.tag(text).quotes] == [("Dolores Ngata", "Supervisor")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # which appeals court, which the model leaves out of the name
            "Ruling\n\nThe U.S. Court of Appeals for the 4th Circuit ruled Tuesday. “A county that holds a person "
            "after his release has been ordered makes a new arrest,” the court wrote.",
            [
                (
                    "A county that holds a person after his release has been ordered makes a new arrest",
                    "U.S. Court of Appeals for the 4th Circuit",
                )
            ],
        ),
        (  # a crowd's chant is no one's quote
            "Match\n\n“We see the whole game between us,” said Marisol Treviño after the final whistle, while the "
            "student section chanted “¡Lo-bos! ¡Lo-bos!” behind her.",
            [("We see the whole game between us", "Marisol Treviño")],
        ),
    ],
)
def test_an_appeals_court_by_its_circuit_and_a_chant(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("headline", "want"),
    [
        ("Former detention nurse Ilda Marquez: “We signed off on people we never saw”", "Ilda Marquez"),
        ("Union rebels against Marquez: “We signed off on people we never saw”", None),  # no role before the name
    ],
)
def test_a_headline_s_role_in_lower_case_before_the_name(tagger: Tagger, headline: str, want: str | None) -> None:
    text = f"{headline}\n\nARDELL — A complaint was filed by Ilda Marquez, a registered nurse, on Tuesday."
    assert {q.speaker for q in tagger.tag(text).quotes} <= {want}


def test_a_message_by_whom_it_is_from(tagger: Tagger) -> None:
    text = (
        "Records\n\nAn October email from the jail’s compliance officer, Sgt. Wanda Pasquale, to an ICE officer lists "
        "six detainees by booking number and says: “All six over 30 days in seg. Please advise.”"
    )
    assert [(q.speaker, q.role) for q in tagger.tag(text).quotes] == [("Wanda Pasquale", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # what someone said under oath before, though they did not answer the paper now
            "Firings\n\nDirk Haverkamp, who left the farm in 2013, did not respond to messages. In his own "
            "deposition, he testified that the email was “a bad joke.”",
            [("a bad joke.", "Dirk Haverkamp")],
        ),
        (  # "the Gazette" of "the Marlow Gazette", which the model read as no organisation
            "Column\n\nI have read the editorial page of the Marlow Gazette nearly every morning for 31 years.\n\n"
            "The Gazette’s editorial called our agreement “a dragnet with a badge.”",
            [("a dragnet with a badge.", "Marlow Gazette")],
        ),
    ],
)
def test_a_deposition_before_and_a_paper_by_its_full_name(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_description_whose_name_a_later_paragraph_gives(tagger: Tagger) -> None:
    text = (
        "Forum\n\nA man near the door shouted that the candidate was “soft on illegals,” and the meeting stopped.\n\n"
        "“Brother, you will get your question,” the pastor said.\n\nThe man, who later gave his name as Dwight "
        "Farrow, a retired trucker, said he was tired of waiting."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("soft on illegals", "Dwight Farrow"),
        ("Brother, you will get your question", "pastor"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the name before its party mark and role, not the whole run up to "of"
            "Hearing\n\nSen. Patrice Dunlow, D-Ore., chairwoman of the immigration subcommittee, who wrote most of "
            "the bill, answered that the standards “do not care how big your jail is.”",
            [("do not care how big your jail is.", "Patrice Dunlow")],
        ),
        (  # a state's abbreviation that is no prefix of its name ("Fla.", "Ky.")
            "Debate\n\nRep. Teresa Salcido, R-Fla., rose minutes later to oppose it. Rep. Owen Marsh, R-Ky., did "
            'not speak.\n\n"We do not share this amendment," the Florida Republican said.',
            [("We do not share this amendment", "Teresa Salcido")],
        ),
    ],
)
def test_a_lawmaker_by_the_name_before_the_party_mark_and_by_the_state(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_hospital_called_by_its_town_is_no_one(tagger: Tagger) -> None:
    text = (
        "Hearing\n\nOne of them was Leticia Barragán, a nurse at Marlow General, whose brother was deported. She told "
        "the commissioners that her brother had been “a father, a taxpayer and a volunteer firefighter.”"
    )
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Leticia Barragán"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "Sr." written after the surname is the father, not the son the story names first
            "Audit\n\n“We checked what the law says to check,” Holm Jr. said. Anders Holm Jr., 46, runs the dairy.\n\n"
            "His father, Anders Holm Sr., 74, still walks the barns. “Nobody audited my dad’s hired man,” said Holm "
            "Sr.",
            [
                ("We checked what the law says to check", "Anders Holm Jr."),
                ("Nobody audited my dad’s hired man", "Anders Holm Sr."),
            ],
        ),
        (  # the surname alone: the one named last, not the late father nor a son named in passing
            "Vote\n\nThe board renewed Sheriff Cal Brandvold Jr.’s agreement. His father was the late Cal Brandvold "
            "Sr., sheriff for twenty years.\n\n“I’ve got a jail to run,” Brandvold said.\n\nSheriff Otto Fenske Sr., "
            "whose son, Otto Fenske Jr., is his chief deputy, was not persuaded.\n\n“I’ve been sheriff 28 years,” "
            "Fenske said.",
            [("I’ve got a jail to run", "Cal Brandvold Jr."), ("I’ve been sheriff 28 years", "Otto Fenske Sr.")],
        ),
    ],
)
def test_father_and_son_by_the_suffix_written_and_the_one_named_last(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_role_ends_where_the_appositive_says_what_they_did_and_never_inside_a_quote(tagger: Tagger) -> None:
    text = (
        "Dairies\n\nMaren Tollefsrud, a labor consultant with Fieldhand Partners who works with 60 dairies, "
        "said the audits come in waves. “Every spring,” Tollefsrud said.\n\n“Ilse, you have not minded your own "
        "business one day in your life,” said Ingrid Haugland, the columnist.\n\n“Oatmeal,” said Ilse Brandt."
    )
    assert [(q.speaker, q.role) for q in tagger.tag(text).quotes] == [
        ("Maren Tollefsrud", "labor consultant with Fieldhand Partners"),
        ("Ingrid Haugland", "columnist"),
        ("Ilse Brandt", None),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the credit's own clause says which of a couple: "tapping the binder she had carried in"
            "Dairy\n\nNell and Boyd Haugen milk 300 cows west of town. Nell Haugen handles the books; Boyd Haugen handles the herd.\n\n“The hard part is keeping workers when they’re scared to drive to town,” Haugen said, tapping the payroll binder she had carried in.\n\n“Those men know my cows better than I do,” Boyd Haugen said.",
            [
                ("The hard part is keeping workers when they’re scared to drive to town", "Nell Haugen"),
                ("Those men know my cows better than I do", "Boyd Haugen"),
            ],
        ),
        (  # "whose wife had to remind him": the husband
            "Raid\n\nBert Solheim said agents came at dawn. “They had a list,” Solheim said.\n\nHis wife, Greta Solheim, who keeps the books, said every form was filed. “We did everything they asked,” Solheim said.\n\n“I milked tonight for the first time in 15 years,” said Solheim, whose wife had to remind him where the dip was kept.",
            [
                ("They had a list", "Bert Solheim"),
                ("We did everything they asked", "Greta Solheim"),
                ("I milked tonight for the first time in 15 years", "Bert Solheim"),
            ],
        ),
    ],
)
def test_which_of_a_couple_by_what_the_credit_s_own_clause_says(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_first_name_the_model_read_alone_once_is_still_read_everywhere_else() -> None:
    text = "His wife, Lucía Villeda, works nights. “Eat,” Lucía said.\n\nLucía shrugged at that from the sink."
    said, shrugged = text.index("Lucía said"), text.index("Lucía shrugged")
    tagged = [Mention("Lucía Villeda", 10, 23), Mention("Lucía", said, said + 5)]
    assert [(m.name, m.start) for m in first_names_alone(text, tagged)] == [("Lucía", shrugged)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a public body by its full name, whatever the model made of it, after "did not dispute … but said"
            "Report\n\nImmigration and Customs Enforcement did not dispute the figures but said in a statement that the study relied on records “that do not reflect the full range of care provided.”",
            [("that do not reflect the full range of care provided.", "Immigration and Customs Enforcement")],
        ),
        (  # a memo's words are its sender's, named in the aside after it
            "Memo\n\nThe memo, sent in January by an assistant director in the agency’s enforcement division, told field offices that reaching the target was “essential to the agency’s credibility.”",
            [("essential to the agency’s credibility.", "assistant director in the agency’s enforcement division")],
        ),
        (  # a study is the report the story named before
            "Report\n\nDetainees waited a median of six days to see a clinician, according to a report released Monday by the Halvorsen Center for Migrant Health.\n\n“These are not isolated failures,” the study said.",
            [("These are not isolated failures", "Halvorsen Center for Migrant Health")],
        ),
    ],
)
def test_a_public_body_by_its_full_name_a_memo_by_its_sender_and_a_study_by_its_report(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_a_name_after_a_phrase_that_ends_in_someone_s_relative_is_the_subject_not_an_aside(tagger: Tagger) -> None:
    # "…arranged by his attorney, Quispe asked": Quispe is no one's attorney; he is who speaks next
    text = "Herd\n\nMateo Quispe, 46, has milked Gunnar Lindahl's herd for eleven years.\n\nLindahl said he called the jail three times and was told each time that Quispe could not have visitors.\n\n“I asked if I could at least bring him his boots,” he said.\n\nOn Monday, in a brief call arranged by his attorney, Quispe asked about the cows before anything else.\n\n“Is the black one calving yet?” he said."
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("I asked if I could at least bring him his boots", "Gunnar Lindahl"),
        ("Is the black one calving yet?", "Mateo Quispe"),
    ]


def test_of_a_mother_and_daughter_she_is_the_one_named_before_not_the_one_named_later(tagger: Tagger) -> None:
    text = "Suit\n\nSonia Ibarra, a mother of three, was held for 46 days on a detainer.\n\nOn a press call, Ms. Ibarra described the 46 days in Spanish.\n\n“My son learned to make rice because of this,” she said.\n\nHer daughter, Marisela Ibarra, 19, translated."
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("My son learned to make rice because of this", "Sonia Ibarra")
    ]


def test_a_spokeswoman_who_reported_what_the_co_op_said_is_the_she_who_goes_on(tagger: Tagger) -> None:
    text = "Storm\n\nHis father, Leon Brandvold Sr., 78, said he had seen worse. “Now I just hold the flashlight,” he said.\n\nA spokeswoman for Tri-County Electric Cooperative said about 2,300 members were still without power. “Our crews are working around the clock,” she said.\n\nHilda Brandvold spent Monday driving."
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("Now I just hold the flashlight", "Leon Brandvold Sr."),
        ("Our crews are working around the clock", "spokeswoman for Tri-County Electric Cooperative"),
    ]


def test_a_woman_in_a_clause_on_the_place_is_not_the_she_the_sentence_is_about(tagger: Tagger) -> None:
    text = (
        "Clinic\n\nGwen Haldane has been a nurse practitioner for 31 years.\n\nHaldane went back to the exam room, "
        "where a woman in a dairy co-op jacket was waiting. “That’s one,” she said, holding up a finger. "
        "“Twenty-one to go.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("That’s one", "Gwen Haldane"),
        ("Twenty-one to go.", "Gwen Haldane"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dairy\n\nThe audit was an inspection of the farm’s Form I-9 files by ICE, the first in its history.",
        "Campus\n\nThe university told students and employees it would keep records private. An ICE spokesperson, "
        "asked about the rumors, said the agency does not comment.",
        "Letters\n\nThe council wants every city contractor on E-Verify. One reader wrote: “When ICE audited the "
        "cannery, nobody from the council came to our church.”",
    ],
)
def test_the_agency_by_its_paperwork_and_its_spokesperson(tagger: Tagger, text: str) -> None:
    assert "ice" in {t.id for t in tagger.tag(text).topics}


def test_the_one_told_answers_in_the_next_paragraph(tagger: Tagger) -> None:
    text = (
        "Kitchen\n\nOn a recent Wednesday the two men, Pastor Thomas Greer and Arturo Benítez, stood over a pot of "
        "beans in the church kitchen. Greer had burned the first batch.\n\n“In Honduras you would be fired for "
        "this,” Benítez told him.\n\n“In Halden I’m the pastor. Nobody fires the pastor,” he answered."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("In Honduras you would be fired for this", "Arturo Benítez"),
        ("In Halden I’m the pastor. Nobody fires the pastor", "Thomas Greer"),
    ]


def test_the_one_asked_in_the_paragraph_before_answers(tagger: Tagger) -> None:
    text = "Bus\n\nLuz Carrillo, who has driven the Route 3 bus since 2002, picked up six of her usual 41 riders that morning.\n\nAt 9:15 principal Denise Aukerman climbed the steps of Carrillo’s bus.\n\n“She asked me if I’d seen any of them,” Carrillo said.\n\nThen Aukerman asked her to drive the route again at noon, slowly.\n\n“I said I’d drive it all day if she wanted,” she said."
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("She asked me if I’d seen any of them", "Luz Carrillo"),
        ("I said I’d drive it all day if she wanted", "Luz Carrillo"),
    ]


def test_words_dictated_to_the_columnist_are_the_speaker_s(tagger: Tagger) -> None:
    text = (
        "Column\n\nAlma Teague taught Sunday school for 58 years.\n\nBut she did not mind her own business. She bought "
        "raffle tickets, and then she dictated this to me and watched me write it down:\n\n“Arturo Ocampo fixed my "
        "furnace in the blizzard and would not take a dime.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("Arturo Ocampo fixed my furnace in the blizzard and would not take a dime.", "Alma Teague")
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # the role word the story named someone with, after the quote and before it
            "Flu\n\nThe county’s epidemiologist, Dr. Tamsin Okereke-Lund, briefed the board on Tuesday.\n\n“We are "
            "seeing it in the schools first,” the epidemiologist said.\n\nLater the epidemiologist said, “Wash your "
            "hands.”",
            [
                ("We are seeing it in the schools first", "Tamsin Okereke-Lund"),
                ("Wash your hands.", "Tamsin Okereke-Lund"),
            ],
        ),
        (  # nobody named so: the description itself
            "Ice storm\n\nAt a diner in Marlow, a lineman in an orange vest ate standing up. “Every branch out there is "
            "glass,” said the lineman, from a crew out of Ohio.",
            [("Every branch out there is glass", "lineman")],
        ),
        (  # a name right after the role word is still the speaker's
            "Hearing\n\n“Nobody loses a license over this,” said the bill’s sponsor in the House, state Rep. Corwin "
            "Adebayo-Hart.",
            [("Nobody loses a license over this", "Corwin Adebayo-Hart")],
        ),
    ],
)
def test_a_definite_role_word_is_the_person_named_with_it_else_the_description(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


def test_she_said_when_someone_pressed_her_is_hers_not_theirs(tagger: Tagger) -> None:
    text = (
        "Budget\n\nThe treasurer, Ileana Voskuijlen, walked the board through the figures.\n\n“It comes out of the "
        "road fund,” she said when Commissioner Hettie Brandauer pressed her on the cost."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("It comes out of the road fund", "Ileana Voskuijlen")
    ]


def test_the_she_who_answers_a_director_the_story_named_is_not_the_director(tagger: Tagger) -> None:
    text = (
        "Hearing\n\nThe agency’s director, Lowell Pettingill, took questions. Rep. Marisela Dunbar-Ott asked who pays "
        "for the second night in jail.\n\n“The request asks for 48 hours,” the director replied.\n\n“Then I will send "
        "you the list,” she said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("The request asks for 48 hours", "Lowell Pettingill"),
        ("Then I will send you the list", "Marisela Dunbar-Ott"),
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # "Her daughter, X": X's mother is whoever "Her" was
            "Bakery\n\nOdalys Verhoeven-Paz opened the bakery on Fifth Street in 1991.\n\nHer daughter, Renske "
            "Verhoeven-Paz, 38, runs the ovens now.\n\n“The mixer is older than I am,” Renske said.\n\n“It still "
            "works,” her mother said.",
            ("It still works", "Odalys Verhoeven-Paz"),
        ),
        (  # "Her oldest, Brenda": whoever "Her" is, Brenda's mother
            "Kitchen\n\nAt six, Graciela Ramírez has packed three lunches. “I cry in the shower, which is faster,” "
            "she said.\n\nHer oldest, Brenda, 17, drives the little ones to school. Brenda says she does not mind."
            "\n\n“I want her to be seventeen,” her mother said.",
            ("I want her to be seventeen", "Graciela Ramírez"),
        ),
        (  # "Salcedo’s son, X": Salcedo is X's father
            "Farm\n\nHumberto Salcedo has milked cows in Orland for thirty years. Salcedo’s son, Teo, 15, found him "
            "asleep in the barn after the raid, Teo told me.\n\n“I was only resting my eyes,” his father said.",
            ("I was only resting my eyes", "Humberto Salcedo"),
        ),
    ],
)
def test_her_mother_is_the_one_the_story_named_her_the_daughter_of(tagger: Tagger, text: str, want: tuple) -> None:
    assert want in [(q.text, q.speaker) for q in tagger.tag(text).quotes]


def test_the_one_the_writer_told_answers_as_he_or_she(tagger: Tagger) -> None:
    text = (
        "Column\n\nSheriff Wendell Ashdown-Pike retired last spring.\n\nIn 2003 I told my first sergeant that we "
        "should not arrest a man for a broken taillight. “Nobody pays us to think,” he told me."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [("Nobody pays us to think", "first sergeant")]


def test_who_declined_in_the_quote_s_own_paragraph_speaks_in_it(tagger: Tagger) -> None:
    text = (
        "Jail\n\nA county judge, Rosalind Egerton-Vance, set a hearing for Oct. 2.\n\nSheriff Marta Quillfeather "
        "declined to respond to the petition itself. “I don’t comment on pending cases,” she told the Courier."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("I don’t comment on pending cases", "Marta Quillfeather")
    ]


def test_who_asked_in_the_paragraph_before_does_not_answer(tagger: Tagger) -> None:
    text = (
        "Court\n\nLorna Vasquez-Teague is an assistant public defender. Her first client is Ines Barrowcliff, 29.\n\n"
        "“If you plead today, you could go home today,” Vasquez-Teague told her.\n\nBarrowcliff asked what would "
        "happen to her son.\n\n“I don’t know yet,” she said.\n\n“Then I wait,” Barrowcliff said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("If you plead today, you could go home today", "Lorna Vasquez-Teague"),
        ("I don’t know yet", "Lorna Vasquez-Teague"),
        ("Then I wait", "Ines Barrowcliff"),
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # the role noun set before the name in the next paragraph ("In it the superintendent, Name, asked")
            "Salt\n\nBy Ida Marsh | Hollow Creek Herald\n\nDays before the storm, the county’s roads superintendent "
            "warned in an email that the dome was “at maybe 40 percent and I can’t get a delivery.”\n\nThe email "
            "went to county administrator Frances Whitlock. In it the superintendent, Leland Otterbein, asked her to "
            "approve a purchase.",
            ("at maybe 40 percent and I can’t get a delivery.", "Leland Otterbein"),
        ),
        (  # the one lawmaker the story has named, however far back
            "Town hall\n\nMore than 300 people came Saturday to ask Sen. Loretta Vandersloot about the raid at the "
            "beef plant, and the senator heard from every side.\n\nThe first question came from Wes Kohlhaas, who "
            "milks 400 cows east of town and lost six of his nine workers the week of the raid.\n\n“I am not asking "
            "anyone to open the border,” Kohlhaas said. “I am asking who is going to milk my cows at four in the "
            "morning, because it is not going to be anybody in this room, and it is not going to be my sons.”\n\n"
            "Some in the crowd applauded. "
            "Others booed.\n\nThe first-term Republican said she wants “a visa a farmer can actually use.”",
            ("a visa a farmer can actually use.", "Loretta Vandersloot"),
        ),
    ],
)
def test_a_lede_s_description_is_the_person_the_story_goes_on_to_name(tagger: Tagger, text: str, want: tuple) -> None:
    assert want in [(q.text, q.speaker) for q in tagger.tag(text).quotes]


def test_a_crowd_s_shout_is_a_quote_and_no_one_s(tagger: Tagger) -> None:
    text = (
        "Board\n\nThe board president, Ana Ferrante-Bock, asked the crowd to hold its applause. “We will get "
        "through the agenda tonight,” she said.\n\nSeveral people in the back stood and shouted at once.\n\n"
        "“Vote tonight!”\n\n“Let her answer!”\n\nFerrante-Bock said the board would take it up in October.\n\n"
        "At the vigil outside, the crowd answered each name with one word.\n\n“Presente.”\n\nAt the graduation, a "
        "few dozen graduates began chanting her name.\n\n“We love you, Itzel!”\n\nCoach Kimberly Vo had invited "
        "her. Ana Tepoz, a parent, brought tamales.\n\nVo said she had saved her a seat. “She is welcome next time,” she said."
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("We will get through the agenda tonight", "Ana Ferrante-Bock"),
        ("Vote tonight!", None),
        ("Let her answer!", None),
        ("Presente.", None),
        ("We love you, Itzel!", None),
        ("She is welcome next time", "Kimberly Vo"),  # (a surname of two letters read alone)
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # who asked that her name not be used
            "Jail\n\nIlse Marquardt kept copies of every intake form she signed, her lawyer said.\n\nThe complaint "
            "says two other nurses were given the same instructions. A second nurse named in the complaint, reached "
            "by KSVN 7, confirmed the account but asked that her name not be used because she still works in "
            "corrections. “It was every night shift,” she said.",
            ("It was every night shift", "second nurse"),
        ),
        (  # who asked it in the next sentence
            "Board\n\nPrincipal Carla Benning said the school would stay open.\n\nOne teacher at Linden Elementary told "
            "the Courier that attendance had fallen by a third. She asked that her name not be used because she had "
            "not been cleared to speak.\n\n“They’re listening for cars all night,” she said.",
            ("They’re listening for cars all night", "teacher at Linden Elementary"),
        ),
        (  # but not one the sentence names: "The woman behind the folding table is Marisol Lucero"
            "Clinic\n\nThe grower, Arne Haugen, lets the clinic use his shed. “I don’t ask anybody’s status,” Haugen "
            "said.\n\nThe woman behind the folding table is Marisol Lucero, a health worker who grew up in the "
            "valley. She said workers come to the table who would never come to the clinic. “Here they are at work. "
            "Work feels safe,” she said.",
            ("Here they are at work. Work feels safe", "Marisol Lucero"),
        ),
        (  # a man set beside the one the sentence acts on
            "Hearing\n\nCommissioner Ada Banks, the chairwoman, kept each speaker to two minutes. Gil Satterwhite "
            "spoke first.\n\nBanks cut off the next speaker, a man in a camouflage jacket, about 20 seconds past "
            "his time. “These people are illegal, and every one of you knows it,” he said.",
            ("These people are illegal, and every one of you knows it", "man in a camouflage jacket"),
        ),
    ],
)
def test_someone_described_but_unnamed_is_the_he_or_she_that_follows(tagger: Tagger, text: str, want: tuple) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes][-1] == want


def test_the_one_asked_by_role_answers_and_both_halves_are_theirs(tagger: Tagger) -> None:
    text = (
        "Temple\n\n“We did not choose this family. They came to us,” Rabbi Miriam Adler said.\n\nRuth Sandler, 81, "
        "a retired pediatrician, tutors the family's daughter three afternoons a week.\n\n“She asked me once if I "
        "was allowed to stay here forever. I’m still working on my answer,” Sandler said.\n\nAt a meeting in "
        "March, Neil Brodsky, who manages the endowment, stood up with a question for the "
        "rabbi. “What happens to us if the government makes an example of a synagogue?” he asked.\n\n“Then we "
        "will be an example,” she answered, “and I hope a good one.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes][2:] == [
        ("What happens to us if the government makes an example of a synagogue?", "Neil Brodsky"),
        ("Then we will be an example", "Miriam Adler"),
        ("and I hope a good one.", "Miriam Adler"),
    ]


def test_who_a_witness_testified_about_is_not_the_he_that_follows(tagger: Tagger) -> None:
    text = (
        "Hearing\n\nOsvaldo Peña, a mechanic, has kept the district's buses running for 14 years.\n\nThe district’s "
        "transportation supervisor, Darnell Fitch, testified by phone that Peña had “never once cut a corner on a "
        "brake line.”\n\n“I’ve had three mechanics in twenty years I would trust with my own grandkids’ bus. He’s "
        "one of them,” he said."
    )
    assert (
        "I’ve had three mechanics in twenty years I would trust with my own grandkids’ bus. He’s one of them",
        "Darnell Fitch",
    ) in [(q.text, q.speaker) for q in tagger.tag(text).quotes]


def test_a_name_right_before_said_is_its_sentence_s_subject_whatever_the_parse(tagger: Tagger) -> None:
    text = (
        "Schools\n\nICE Director John Morton said in an interview that the memo “has not changed.”\n\nIn El Paso, "
        "Texas, the principal of Sandoval Elementary School, Ramiro Escalante, said attendance fell by about 15 "
        "percent.\n\n“I had to tell a mother no. That's the part I can't get past,” he said."
    )
    assert ("I had to tell a mother no. That's the part I can't get past", "Ramiro Escalante") in [
        (q.text, q.speaker) for q in tagger.tag(text).quotes
    ]


def test_the_one_questioned_answers(tagger: Tagger) -> None:
    text = (
        "Court\n\nCurtis Bagley, a lawyer for the government, pointed to a 2009 removal order. “He stayed,” said "
        "Bagley.\n\nJudge Paulette Rourke then questioned Osvaldo Peña directly. “Why did you stay, sir?” she asked."
        "\n\n“Because my wife was pregnant with my daughter,” he answered."
    )
    assert ("Because my wife was pregnant with my daughter", "Osvaldo Peña") in [
        (q.text, q.speaker) for q in tagger.tag(text).quotes
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Farewell\n\nMayor Dennis Coyle read aloud a resolution from the Westover Town Council that thanked the "
            "crossing guard for “three decades of patience and a perfect safety record.”",
            ("three decades of patience and a perfect safety record.", "Westover Town Council", "organisation"),
        ),
        (
            "Vote\n\nSheriff Dale Pruitt read a letter from Ana Ruiz-Ortega that called the policy “a betrayal of "
            "every family here.”",
            ("a betrayal of every family here.", "Ana Ruiz-Ortega", "person"),
        ),
    ],
)
def test_a_partial_quote_in_what_a_document_from_someone_says_is_theirs(tagger: Tagger, text: str, want: tuple) -> None:
    assert [(q.text, q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == [want]


def test_a_he_or_she_in_an_interview_answer_is_never_the_one_answering(tagger: Tagger) -> None:
    text = (
        "Q&A: A counselor on fear in a classroom\n\nAdaeze Morrow has been a counselor at Brookfield Middle School "
        "for 16 years. She spoke with the Review.\n\nQ: How did the group start?\n\nA: A seventh-grader came to my "
        "office in October and didn’t say anything for twenty minutes. Then she said, “My dad got taken and I don’t "
        "know who else to tell.”\n\nWhen I asked Mr. Hargrove for a room, he said, “Take the library.”\n\nQ: Has the "
        "district helped?\n\nA: It helped when the superintendent said it out "
        "loud. At the board meeting in November she said, “Our schools are not a place for enforcement.”"
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [
        ("My dad got taken and I don’t know who else to tell.", "seventh-grader"),
        ("Take the library.", "Hargrove"),
        ("Our schools are not a place for enforcement.", "superintendent"),
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # after an update's time stamp; a name that ends on "Enforcement" is no person's
            "Update\n\nUPDATED at 4:10 p.m.: U.S. Immigration and Customs Enforcement issued the following "
            "statement Tuesday afternoon about the sheriff’s decision:\n\n“ICE respects the decision of every local "
            "partner. Our work in Varner County continues.”",
            "U.S. Immigration and Customs Enforcement",
        ),
        (  # an aside that starts with "whose"
            "Audit\n\nThe Gulf Coast Seafood Processors Association, whose members include Gulfside, issued the "
            "following statement after the audit:\n\n“Our members want to hire legally. There are not enough "
            "workers who can.”",
            "Gulf Coast Seafood Processors Association",
        ),
    ],
)
def test_an_organisation_s_statement_after_a_time_stamp_or_a_whose_aside(tagger: Tagger, text: str, want: str) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == [(want, "organisation")]


def test_a_dateline_s_town_is_no_one_and_a_name_given_after_an_aside_is_someone(tagger: Tagger) -> None:
    text = (
        "At Lupita’s, the grill goes cold\n\nA Marrowfield family restaurant keeps a cook's place\n\nMARROWFIELD — "
        "The chalkboard still says “TUESDAY: CHILE VERDE.”\n\nThat son’s name — he agreed on the phone that it "
        "could be printed — is Efraín. His mother still calls the restaurant every Sunday. “She doesn’t know,” he "
        "said."
    )
    assert ("She doesn’t know", "Efraín") in [(q.text, q.speaker) for q in tagger.tag(text).quotes]


def test_a_he_or_she_is_not_someone_the_quote_itself_names(tagger: Tagger) -> None:
    text = (
        "Pantry line grows\n\nSheriff Dana Kowalski met with Maria Lopez on Tuesday at the food pantry Lopez runs."
        "\n\nLopez, who has run it since 2019, was not convinced by the visit. Kowalski left before noon.\n\n"
        "“Dana has been saying that for two years,” she said.\n\nKowalski did not dispute it. “I'm Dana to "
        "everybody here, and I know what I promised,” she said.\n\nShe added: “Maria once told me, ‘Dana, you "
        "cannot fix this alone,’ and she was right.”"
    )
    assert [(q.text[:20], q.speaker) for q in tagger.tag(text).quotes] == [
        ("Dana has been saying", "Maria Lopez"),  # the quote names Dana: not hers
        ("I'm Dana to everybod", "Dana Kowalski"),  # unless she introduces herself
        ("Maria once told me, ", "Dana Kowalski"),  # or is spoken to in a quote she repeats
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # the asker is never the one asked, though the story named her first
            "Hearing\n\nSen. Ruth Calloway, a Democrat from Elm Bluff, then turned to Irene Vasko, who runs the "
            "county's legal clinic. “How many people sat in jail on a detainer last year?” Calloway asked her.\n\n"
            "“Nobody can say, Senator,” she answered. “The jails keep no count.”",
            [
                ("Ruth Calloway", "How many people sat "),
                ("Irene Vasko", "Nobody can say, Sena"),
                ("Irene Vasko", "The jails keep no co"),
            ],
        ),
        (  # asked by name after the asker's own appositive; "he replied" is the one asked, though both are men
            "Hearing\n\nPolice Chief Omar Lindqvist told the panel his officers no longer call ICE.\n\nRep. Troy "
            "Hadley, a Republican from Cane Hill, asked Lindqvist whether his officers still arrest anyone.\n\n"
            "“We arrest people who break the law,” he replied. “We stopped asking where they were born.”",
            [("Omar Lindqvist", "We arrest people who"), ("Omar Lindqvist", "We stopped asking wh")],
        ),
        (  # a question that speaks to someone by title: the one it speaks to answers
            "Briefing\n\nSheriff Glen Harwood spoke first, with his jail captain, Luis Ortman, beside him.\n\n"
            "Ortman, who has run the jail since 2004, said the change needs no new staff. He told reporters:\n\n"
            "“It needs one phone call a day.”\n\nJune Halpern, a reporter for the Ledger, then asked what everyone "
            "had come to ask. “Sheriff, did you tell ICE first?” she asked.\n\n“I called them Monday,” he said. "
            "“It was a short call.”",
            [
                ("Luis Ortman", "It needs one phone c"),
                ("June Halpern", "Sheriff, did you tel"),
                ("Glen Harwood", "I called them Monday"),
                ("Glen Harwood", "It was a short call."),
            ],
        ),
        (  # asked by name in the answer's own paragraph, which replies
            "Tower\n\nThe company's engineer, Owen Garrity, showed the map.\n\nCommissioner Hal Brenner asked "
            "Garrity whether the company had looked at other sites. “We looked at three,” he replied.",
            [("Owen Garrity", "We looked at three")],
        ),
        (  # asked by name by someone the story does not name: the one asked replies
            "Town hall\n\nRep. Ada Lindqvist took questions for an hour.\n\nA dairy farmer from the north end of the "
            "county asked Lindqvist why the jail holds his workers for ICE, and a reporter, Rosa Imhoff, wrote the "
            "question down.\n\n“I can’t run the sheriff’s jail,” she answered. “I can tell him what I think.”",
            [("Ada Lindqvist", "I can’t run the sher"), ("Ada Lindqvist", "I can tell him what ")],
        ),
        (  # spoken to in the question's first stretch, asked in its last
            "Hearing\n\nWASHINGTON — Homeland Security Secretary Janet Napolitano sat beside the agency's director. "
            "Sen. Grace Whitcombe, D-Ore., read from a chief's letter.\n\n“Madam Secretary, this man ran a gang "
            "unit for 20 years,” Whitcombe said. “What do you tell him?”\n\n“I'd tell him I read his letter,” she "
            "replied.",
            [
                ("Grace Whitcombe", "Madam Secretary, thi"),
                ("Grace Whitcombe", "What do you tell him"),
                ("Janet Napolitano", "I'd tell him I read "),
            ],
        ),
    ],
)
def test_the_one_asked_answers_never_the_asker(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.speaker, q.text[:20]) for q in tagger.tag(text).quotes] == want


def test_a_first_name_that_is_also_a_title_after_a_title_and_a_plural_noun_that_starts_a_sentence(
    tagger: Tagger,
) -> None:
    text = (
        "Lease vote\n\nCommissioner Bruce Tallman said the center would bring jobs.\n\nCommissioner Dean Ostrowski, "
        "who sits beside Tallman, said he was not ready. Ostrowski said he had toured a similar center. “I saw men "
        "on bunks for months,” he said.\n\nThe board’s chair, Nora Pike, wanted a number. Locals call the hall “the "
        "Barn,” and Pike said she wanted to keep it open. “We’ll vote in March,” she said."
    )
    said = [(q.text, q.speaker) for q in tagger.tag(text).quotes]
    assert ("I saw men on bunks for months", "Dean Ostrowski") in said  # Dean is his first name
    assert ("We’ll vote in March", "Nora Pike") in said  # "Locals" is nobody's name


def test_a_name_given_only_as_before_said_and_a_who_clause_the_parse_hung_on_what_someone_wears(
    tagger: Tagger,
) -> None:
    text = (
        "After the raid\n\nWORLAND — The union hall filled by noon.\n\nA trimmer who gave his name only as Ismael "
        "said his uncle, Teodoro, was taken. “My uncle is in Aurora and I am here because I was on break,” he said."
        "\n\nRep. Carla Voss answered questions after that. The first question came from a woman in a red Worland "
        "Youth Soccer jacket, who said her neighbor was among the workers. “Where is he, and who do I call?” she "
        "asked."
    )
    said = [(q.text[:20], q.speaker) for q in tagger.tag(text).quotes]
    assert ("My uncle is in Auror", "Ismael") in said
    assert [q.speaker_kind for q in tagger.tag(text).quotes if q.text.startswith("Where is he")] == ["description"]


def test_a_name_given_in_the_clause_of_one_of_several_is_the_sentence_s_subject(tagger: Tagger) -> None:
    text = (
        "Dairy\n\nGerrit Haan, who took over the farm in 1994, said he has raised pay.\n\n“I can’t pay what the "
        "plant pays,” he said.\n\nOne of the farm’s milkers, who asked to be identified only as Rubén, has worked "
        "there six years.\n\n“Every time a car comes slowly up the road, I look,” he said."
    )
    assert ("Every time a car comes slowly up the road, I look", "Rubén") in [
        (q.text, q.speaker) for q in tagger.tag(text).quotes
    ]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # "the paper" is the paper named last, by its own name or by what the story called it
            "Editorials\n\nThe Cascade Valley Courier backed the deal. The Whitford Clarion, the student newspaper, "
            "disagreed on Friday. “A university that can send an email in four hours can hold a town hall in four "
            "days,” the paper wrote.",
            "Whitford Clarion",
        ),
        (  # by the name it goes by, after a paper the story called one
            "Editorials\n\nThe Whitford Clarion, the student newspaper, disagreed on Friday. The Cascade Valley "
            "Courier backed the deal. “Good policy made in a hurry is still made in a hurry,” the paper wrote.",
            "Cascade Valley Courier",
        ),
        (  # a station by its whole call sign
            "Sheriffs\n\nWKMT-TV in Ashford reported Sunday night that four sheriffs had written to the governor. "
            "The station wrote on its website that the letters were “the loudest pushback yet.”",
            "WKMT-TV",
        ),
        (  # an office and where it is, as wire copy writes them: the office
            "Raids\n\nThe Harlan Ridge County Sheriff's Office in Nebraska, whose deputies helped serve the warrants, "
            "said on Facebook that its deputies had “made no immigration arrests of our own.”",
            "Harlan Ridge County Sheriff's Office",
        ),
    ],
)
def test_papers_stations_and_offices_are_the_ones_the_story_named(tagger: Tagger, text: str, want: str) -> None:
    assert [(q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes] == [(want, "organisation")]


@pytest.mark.parametrize(
    "text, want",
    [
        (  # a title that is also a first name, set beside a job: "a county commissioner, Dean Saltzman,"
            "Budget fight\n\nThe plan drew fire from a county commissioner, Dean Voorhees, who tried to cut the "
            "jail's budget.\n\n“I lost that vote and I would cast it again,” Voorhees said.",
            [("I lost that vote and I would cast it again", "Dean Voorhees")],
        ),
        (  # a question's first word is no first name: "Can Lidia ..." inside the quote
            "Twins\n\nThe twins, Samuel and Noemí, turned 12 on Sunday. Their mother, Yesenia Ortega, cut the "
            "cake.\n\n“Can Samuel stay out past ten? Does Noemí get the car on Friday? I decide all of it now,” she said.\n\n"
            "Samuel said his father got the words wrong.\n\n“He always sings them wrong,” he said.",
            [("He always sings them wrong", "Samuel")],
        ),
        (  # "the men" are no he, even when they named something just before
            "Detention\n\nInés Benítez keeps the porch light on.\n\nHer husband, Aurelio Benítez, reached by phone "
            "at the center, said he sleeps in a room of 40 bunks that the men call “the garage.”\n\n“I count the "
            "ceiling tiles,” he said.",
            [("I count the ceiling tiles", "Aurelio Benítez")],
        ),
        (  # someone the story calls by a first name only, where that name opens a sentence the model missed
            "Court\n\nBernardo Sáenz sat at the table. His wife, Marisol Sáenz, waited in the hallway, and their "
            "son, Ismael, 17, paced.\n\n“I am not that man now,” Sáenz said.\n\nOutside, Marisol Sáenz said the "
            "family would borrow the money.\n\nIsmael, who had kept quiet through the hearing, said he had a "
            "chemistry test on Friday.\n\n“He will be home for my birthday,” he said of his father.",
            [("I am not that man now", "Bernardo Sáenz"), ("He will be home for my birthday", "Ismael")],
        ),
        (  # the one asked answers, when the asker's aside runs on before "to ask where"
            "Archive\n\nMarguerite Lowell and Yesenia Prado sat across from a woman who gave only her first name, "
            "Celia.\n\nCelia began with the night of the arrest. “The stove was still on,” she said.\n\nLowell, "
            "who had said nothing for an hour, leaned in once, to ask where the children had been.\n\n“At my "
            "sister’s,” she answered.",
            [("The stove was still on", "Celia"), ("At my sister’s", "Celia")],
        ),
    ],
)
def test_names_and_not_names_in_a_feature(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


def test_a_place_that_heads_an_organisation_s_name_is_no_one_and_a_described_man_is_found_again(
    tagger: Tagger,
) -> None:
    text = (
        "Visiting day at Fallon Creek\n\nThe line at the Fallon Creek Processing Center forms at dawn.\n\n"
        "Fallon Creek holds about 900 people for ICE.\n\nBehind the first woman in line is a man in a denim "
        "jacket who will not give his name. “My cousin is inside,” he says.\n\nAt 8, a guard opens the gate. "
        "Nobody talks.\n\nOn Thursday the man in the denim jacket is back, too.\n\nHe hands his bag to a stranger. "
        "“They let him go last night,” he says."
    )
    hits = {q.text: (q.speaker, q.speaker_kind) for q in tagger.tag(text).quotes}
    assert hits["They let him go last night"] == ("man in a denim jacket", "description")


@pytest.mark.parametrize(
    "text, want",
    [
        (  # a reporter's notebook in the present tense: "he announces", "she replies"
            "Notebook\n\nA guard reads out the rules. “Shoes stay on,” he announces.",
            ["Shoes stay on"],
        ),
        (
            "Notebook\n\nI ask the clerk how long the wait is. “Two hours, maybe three,” she replies.",
            ["Two hours, maybe three"],
        ),
    ],
)
def test_cues_in_the_present_tense(tagger: Tagger, text: str, want: list) -> None:
    assert [q.text for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    "text, want",
    [
        (  # someone of another who speaks of them as theirs: "my client" is the lawyer's
            "Hearing\n\nThe suit was brought by Marta Quiroz, 40. Her lawyer, Denise Albright, told the judge the "
            "jail had held Quiroz on a form.\n\n“A form is not a warrant,” she said. “My client spent three nights "
            "in a cell.”",
            [
                ("A form is not a warrant", "Denise Albright"),
                ("My client spent three nights in a cell.", "Denise Albright"),
            ],
        ),
        (  # "Dad" in a son's mouth
            "Dairy\n\nCarl Brekke milks 200 cows. Brekke’s son, Nils, 27, who will take over the farm, has watched "
            "neighbors lose their crews.\n\n“Dad thinks it is about forms,” he says.",
            [("Dad thinks it is about forms", "Nils")],
        ),
        (  # a job set beside a name is no mention of someone else of that job
            "Hearing\n\nThe plaintiff's lawyer, Irene Castillo, spoke first. “Nothing in the form says shall,” she "
            "said.\n\nThe county’s lawyer, Assistant County Attorney Gwen Lorimer, argued that the jail acted in good "
            "faith.\n\n“The sheriff read the rule the way he was told to read it,” she said.",
            [("The sheriff read the rule the way he was told to read it", "Gwen Lorimer")],
        ),
        (  # "the sheriff" is, of two sheriffs, the one the story named last
            "A year on\n\nIn Brook County, Sheriff Alma Reyes ended the agreement last year. She had promised to when she ran.\n\n"
            "Her predecessor, Sheriff Dale Crump, signed it in 2008. “It was a mistake to end it,” Crump said.\n\n"
            "Reyes said she was ready for the election.\n\n“If people want it back, they can vote for it,” the "
            "sheriff said.",
            [("If people want it back, they can vote for it", "Alma Reyes")],
        ),
        (  # asked by name at the end of the paragraph before: the one asked answers
            "Outage\n\nGlen Tobiason, who milks 80 cows, said his software went dark for three weeks. He asked "
            "Carver how long a deeper line would take.\n\n“Honestly? Two summers,” he said.\n\nThe manager, Luke "
            "Carver, took notes.",
            [("Honestly? Two summers", "Luke Carver")],
        ),
        (  # a description whose appositive names the person: the name
            "Dairy\n\nThe herd manager, a man named Abelino who has worked there 12 years, asked that his last "
            "name not be used. He learned to milk by hand.\n\n“The machine does not know when a cow is sick,” he "
            "says.",
            [("The machine does not know when a cow is sick", "Abelino")],
        ),
    ],
)
def test_whose_words_in_a_story_of_relatives_lawyers_and_sheriffs(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    "text, want",
    [
        (  # "the teenager" is the one the story gave a teenage age
            "Closing day\n\nThe owner, Lidia Paz, 52, cooked her last breakfast on Sunday. Her son, Tomas, 16, "
            "cleared tables all summer.\n\nHe said he liked the work. “I will miss the regulars,” the teenager said.",
            [("I will miss the regulars", "Tomas")],
        ),
        (  # a relative as the sentence's subject, whom the story named as that relative before
            "Bond\n\nArturo Benitez, 39, spent six weeks in detention before his older brother, Rafael Benitez, "
            "posted bond.\n\nOn Friday a judge let him stay. By then Benitez’s brother was on the phone with their "
            "father in Santa Ana, who had listened from far away.\n\n“He cried, I cried,” he said.",
            [("He cried, I cried", "Rafael Benitez")],
        ),
        (  # "from La Unión, El Salvador": a place of the country written after it, not someone "he" can be
            "Profile\n\nHer husband, Oscar Mendes, 41, a roofer from La Unión, El Salvador, has lived here since "
            "2004.\n\nBy then Mendes’s sister was on the phone with their mother in La Unión, who had listened to "
            "the whole hearing on speaker.\n\n“She cried, I cried,” he said.",
            [("She cried, I cried", "Oscar Mendes")],
        ),
        (  # "his father" of a child the story named as hers: the one it named as her husband
            "Vigil\n\nNimco Farah stood near the gate with her two sons. Her husband, Hassan Farah, a bus driver, has "
            "been held at the center since May.\n\n“He calls every night,” she said.\n\nHer son, Abdi, 10, read from a "
            "card on which his father wrote: “Be good for your mother. I am coming home.”",
            [("Be good for your mother. I am coming home.", "Hassan Farah")],
        ),
        (  # a first name alone before ", who": someone, whom "he" can be
            "Closing day\n\nThe owner, Lidia Paz, thanked the regulars. Her son, Tomas, 16, cleared tables.\n\nRubén, "
            "who ran the grill for 16 years and asked that his last name not be used, came in as a customer. He hugged "
            "Tomas in the kitchen.\n\n“I taught that boy to flip an egg,” he said.",
            [("I taught that boy to flip an egg", "Rubén")],
        ),
        (  # "the coach" of a husband and wife who share a surname: the one the role was written beside
            "Coach\n\nWalter Ayala coaches the girls at Millbrook. Ayala, 44, the girls soccer coach, came from "
            "Honduras in 2002.\n\nAyala’s wife, Claudia Ayala, keeps the statistics. “He never misses a practice,” "
            "she says.\n\nThe rival coach, Dale Pruitt, says he voted for him.\n\nOn Tuesday, Ayala gathered the "
            "team at midfield. Then he asked who had a math test.\n\n“Go home. Study,” the coach said.",
            [("He never misses a practice", "Claudia Ayala"), ("Go home. Study", "Walter Ayala")],
        ),
        (  # "the company" after a short form: the company's name with its legal ending, as written before
            "Raid\n\n6:55 a.m. — Agents blocked the gates at the Cobb Mill Cabinet Co. plant.\n\n7:30 a.m. — "
            "Agents said they were at a Cobb Mill business to carry out a warrant.\n\n9:40 a.m. — “We are "
            "cooperating fully,” the company said in a statement.",
            [("We are cooperating fully", "Cobb Mill Cabinet Co.")],
        ),
        (  # asked by name in the sentence the answer follows: the one asked answers, unless asking back
            "Radio\n\nSheriff Curtis Vang and Lynn Tramonte, deputy director of America’s Voice, spoke for an "
            "hour.\n\nMarjorie Quist, the program’s host, opened with a number: 212 people handed to ICE.\n\nQuist "
            "asked Tramonte whether she saw it the same way. “I see 212 families,” she said.\n\nQuist asked Vang "
            "whether he agreed. “Do you?” she said.",
            [("I see 212 families", "Lynn Tramonte"), ("Do you?", "Marjorie Quist")],
        ),
        (  # the asker asks: the question after "asked Vang a question" is the asker's
            "Radio\n\nSheriff Curtis Vang spoke for an hour.\n\nThe first caller, a man who gave his name only as "
            "Ray, a dairy farmer near Fond du Lac, asked Vang a question he said he had wanted to ask for years. “Why "
            "does a taillight end up with Washington?” he asked.",
            [("Why does a taillight end up with Washington?", "Ray")],
        ),
        (  # a trade the story named beside the name: "the auctioneer" is the one it named so
            "Auction\n\nAbout 300 people came, and Merle Boggs, the auctioneer, worked the crowd from a hay wagon.\n\n"
            "The cows sold in lots of 10 to buyers from four states. “That’s a good set of cows, folks. These people "
            "fed them right,” the auctioneer said before he opened the bidding on the last lot.",
            [("That’s a good set of cows, folks. These people fed them right", "Merle Boggs")],
        ),
        (  # "they" after the people of a trade its sentence names: them, not the agency quoted before
            "Jail\n\nAccording to ICE, “Detention standards are regularly inspected.” The agency said nothing more."
            "\n\nSister Margaret Rooney visits the jail every Thursday. When she took a complaint to the guards, they "
            "told her it was “being handled.”",
            [("Detention standards are regularly inspected.", "ICE"), ("being handled.", "guards")],
        ),
        (  # silent in one place, speaking later in the same paragraph: whom the he/she after it may be
            "Council\n\nThen Yareli Soto, 16, a junior, walked to the lectern with her mother, Marisol, standing a "
            "step behind her.\n\n“I was 12,” she said.\n\nHer mother did not speak at the lectern. Afterward, in the "
            "hallway, she said she had not known her daughter planned to tell the story.\n\n“She didn’t tell me,” "
            "she said.",
            [("I was 12", "Yareli Soto"), ("She didn’t tell me", "Marisol")],
        ),
        (  # "told … that … and called": who told calls, though the parse joins "called" to the reported clause
            "Op-ed\n\nICE never denied it. An ICE spokesman told the Dorrance Gazette in 2012 that the program was "
            "working “exactly as designed” and called the fears of victims “understandable but unfounded.”",
            [("exactly as designed", "ICE spokesman"), ("understandable but unfounded.", "ICE spokesman")],
        ),
        (  # a release titled as someone's statement: its first quote paragraphs are theirs, past a partial quote in
            # the dateline paragraph
            "Statement of Frank Sharry, Executive Director of America’s Voice, on the Administration’s Review of "
            "Pending Cases\n\nWashington, DC — Today the Department of Homeland Security announced a review of "
            "pending cases, applying what the agency calls “prosecutorial discretion.”\n\n“This is the right "
            "decision, and it is long overdue.\n\n“But a review is only as good as the people doing it.”",
            [
                ("This is the right decision, and it is long overdue.", "Frank Sharry"),
                ("But a review is only as good as the people doing it.", "Frank Sharry"),
            ],
        ),
        (  # "the word “retire”" is a word talked about, no quote, and the paragraph after goes on with the speaker
            "Coach\n\n“Every spring he says this is the last one,” said Maureen Sharry, his wife of 40 years. She said "
            "her husband has never once said the word “retire” out loud.\n\n“This time I think he means it.”",
            [
                ("Every spring he says this is the last one", "Maureen Sharry"),
                ("This time I think he means it.", "Maureen Sharry"),
            ],
        ),
        (  # "many answers" inside the quote before is no crowd calling out: the paragraph after goes on with Frane
            "Hearing\n\nThe subcommittee’s chairman, Rep. Elliott Frane, said he supports the program. “The director "
            "has given us a lot of numbers this morning. I’m not sure he has given us many answers,” Frane said.\n\n"
            "“I’d like to see the numbers county by county.”",
            [
                (
                    "The director has given us a lot of numbers this morning. I’m not sure he has given us many answers",
                    "Elliott Frane",
                ),
                ("I’d like to see the numbers county by county.", "Elliott Frane"),
            ],
        ),
        (  # according to a writing the body that put it out is named before: that body, by its name in full
            "Audit\n\nU.S. Immigration and Customs Enforcement audited the plant. Audits have doubled. “Worksite audits "
            "hold employers accountable,” according to an ICE news release issued Friday.",
            [("Worksite audits hold employers accountable", "U.S. Immigration and Customs Enforcement")],
        ),
        (  # a judge rules from the bench
            "Ruling\n\nJudge Harold Voigt heard the petition Monday.\n\nThen, without taking a recess, he ruled from "
            "the bench:\n\n“A detainer asks. It does not command.”",
            [("A detainer asks. It does not command.", "Harold Voigt")],
        ),
        (  # an aside that names a town and its state, and runs on with "and"
            "Audit\n\nBrightwater Foods, which is based in Sioux Falls, S.D., and runs four plants in three states, "
            "issued a statement Monday afternoon:\n\n“Brightwater is required by federal law to act on the audit.”",
            [("Brightwater is required by federal law to act on the audit.", "Brightwater Foods")],
        ),
    ],
)
def test_teenagers_relatives_coaches_companies_and_towns(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


def test_a_word_talked_about_as_a_word_is_no_quote(tagger: Tagger) -> None:
    text = (
        "Coach\n\nShe said her husband has never once said the word “retire” out loud, and that the term "
        "“sanctuary” means nothing in a wrestling room."
    )
    assert [q.text for q in tagger.tag(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "His letter … says the guidance will “…”": his, whoever the paper that obtained it is
            "Detainer guidance draws a letter\n\nRep. Hollis Vandermeer, R-Texas, wrote to the ICE director the same "
            "week asking for the opposite. His letter, also obtained by Rotunda Daily, says the guidance will “tie the "
            "hands of every sheriff in America” and asks the director to “withdraw it before the first dangerous man "
            "walks out of a jail because of it.”",
            [
                ("tie the hands of every sheriff in America", "Hollis Vandermeer"),
                ("withdraw it before the first dangerous man walks out of a jail because of it.", "Hollis Vandermeer"),
            ],
        ),
        (  # a column's "I" is whoever signs it, under it …
            "Temple Notes\n\nThe third was an email about ICE detainers. I told our board of trustees at its March "
            "meeting, “We cannot read that on Passover and then ask who is in the room legally.” The board voted."
            "\n\n— Naomi Feldstein-Ruiz\n\nSocial Action Committee: Drivers needed",
            [("We cannot read that on Passover and then ask who is in the room legally.", "Naomi Feldstein-Ruiz")],
        ),
        (  # … or after its heading
            "The Wesley Messenger: Newsletter of First United Methodist Church\n\nFrom the pastor’s desk — June "
            "Albrecht-Sowah\n\nFor four nights in January our neighbors slept on cots in the sanctuary.\n\nI did the "
            "math. “This is what the room is for,” I told the trustees that night, and ICE agents never came.",
            [("This is what the room is for", "June Albrecht-Sowah")],
        ),
        (  # "he" is someone described since the last described speaker, not that speaker
            "Dairy column\n\nFederal immigration agents arrested five men at two dairies. My father used to tell me, "
            "“A cow doesn’t care who milks her.”\n\nThe men who are left are doing the work of the men who are gone. "
            "One of them is a 24-year-old milker from Hidalgo. He asked that I not print his name.\n\n“I sleep in the "
            "truck between milkings,” he said.",
            [
                ("A cow doesn’t care who milks her.", "father"),
                ("I sleep in the truck between milkings", "24-year-old milker"),
            ],
        ),
        (  # a one-word name the story wrote in full as a company's is the company
            "Pension fund sues Brennard\n\nA pension fund has sued Brennard Foods Inc. in federal court, alleging the "
            "poultry processor misled shareholders about its workers after an ICE raid.\n\nBrennard argued in its motion "
            "to dismiss, filed Monday, that the suit “seeks to convert a government investigation into a securities "
            "case.”\n\n“Plaintiff’s theory is that any company whose workers are later found to have used false "
            "documents must have lied,” the motion reads.",
            [
                ("seeks to convert a government investigation into a securities case.", "Brennard Foods Inc."),
                (
                    "Plaintiff’s theory is that any company whose workers are later found to have used false documents "
                    "must have lied",
                    "Brennard Foods Inc.",
                ),
            ],
        ),
        (  # "Morton’s letter …, which he wrote would begin “…”": the letter's writer, not the last man named
            "Audit\n\nICE Director John Morton answered the audit in a letter. Rep. Harold Vance, R-Ga., said the "
            "sheriff had a point.\n\nMorton’s letter also promised quarterly reviews of every agreement, which he wrote "
            "would begin “within 90 days of this report.”",
            [("within 90 days of this report.", "John Morton")],
        ),
        (  # "ICE said in a statement …" ¶ "the statement said": the agency by its name in full
            "Jail vote\n\nThe county ended its agreement to house people held by U.S. Immigration and Customs "
            "Enforcement at the jail.\n\nICE said in a statement that it was “disappointed” by the vote. “Transfers "
            "will be carried out in a manner that minimizes disruption to detainees,” the statement said.",
            [
                ("disappointed", "ICE"),
                (
                    "Transfers will be carried out in a manner that minimizes disruption to detainees",
                    "U.S. Immigration and Customs Enforcement",
                ),
            ],
        ),
        (  # a hymn's name credited to whoever wrote it is no described speaker for the "he" after it
            "Parish\n\nIn his homily that morning, the Rev. Anselm Ochoa told the congregation the parish would keep "
            "the hall open after the ICE raid. The choir closed with “Brazos Abiertos,” a hymn a parishioner wrote in "
            "the 1990s.\n\n“The Gospel does not ask to see anybody’s papers,” he said afterward.",
            [("The Gospel does not ask to see anybody’s papers", "Anselm Ochoa")],
        ),
        (  # "News from the …" names a newsletter's "we"; "Our … card" ¶ "The card reads:" is theirs too
            "The Open Door: News from the Riverbend Immigrant Legal Project, Spring Issue\n\nDear friends,\n\nThis "
            "winter our volunteers took on 214 new cases, most of them people held on an ICE detainer.\n\nAs we wrote "
            "in our fall issue, “A phone call from the jail is where the clock starts, and it runs fast.”\n\nNew this "
            "spring\n\nOur “Know Your Rights” wallet card is now printed in English, Spanish and K’iche’. The card "
            "reads: “You have the right to remain silent. Do not sign anything you do not understand.”",
            [
                (
                    "A phone call from the jail is where the clock starts, and it runs fast.",
                    "Riverbend Immigrant Legal Project",
                ),
                (
                    "You have the right to remain silent. Do not sign anything you do not understand.",
                    "Riverbend Immigrant Legal Project",
                ),
            ],
        ),
        (  # "a retired rancher eating breakfast" is a rancher, whatever he was doing
            "Ad war over ICE\n\nAt the Kettle Diner on Route 9, a retired rancher eating breakfast said he had seen the "
            "ad “about forty times.” He asked that his name not be used.\n\n“I still couldn’t tell you what the "
            "program does,” he said.",
            [
                ("about forty times.", "retired rancher eating breakfast"),
                ("I still couldn’t tell you what the program does", "retired rancher eating breakfast"),
            ],
        ),
        (  # "she described the night he was taken:" ¶ “…”: hers, not his the sentence names after her
            "Obituary\n\nGraciela Montoya-Ruiz fought ICE for decades.\n\nHer younger brother, Rubén, was among the "
            "first people deported under the agreement. In a 2009 interview with the Sentinel, she described the night "
            "he was taken from the jail:\n\n“They let me stand in the parking lot. There was a bus with no windows in "
            "the back.”",
            [
                (
                    "They let me stand in the parking lot. There was a bus with no windows in the back.",
                    "Graciela Montoya-Ruiz",
                )
            ],
        ),
        (  # the name a transcript's turn opens on is whom it speaks to, not the "he" of the turn; a section's
            # label is no turn ("MEMBER STORY: Ana Lucía Ferreyra, …")
            "Radio\n\nThe interview, with host Renée Abernathy, has been edited for length.\n\nABERNATHY: Frank, John "
            "Morton, the head of ICE, sent a memo to every field office last June. He wrote, and I’m quoting, “Agents "
            "should weigh the person’s ties to the community.” Isn’t that what you asked for?\n\nMEMBER STORY: Ana "
            "Lucía Ferreyra, a home health aide, spent nine days in the jail.\n\n“I told the officer at the window that "
            "my daughter was alone at home,” she told us.",
            [
                ("Agents should weigh the person’s ties to the community.", "John Morton"),
                ("I told the officer at the window that my daughter was alone at home", "Ana Lucía Ferreyra"),
            ],
        ),
        (  # a roundtable is an organisation, and "it said" after it is its
            "Sheriffs weigh opinion\n\nTOPEKA, Kan. — Sheriffs reacted on Thursday to the ICE detainer opinion.\n\n"
            "Others were less pleased. The Kansas Sheriffs’ Roundtable, which says it represents 80 of the state’s 105 "
            "sheriffs, said in a statement that the opinion would “leave sheriffs guessing and communities less safe.” "
            "“Sheriffs did not ask for this fight,” it said.",
            [
                ("leave sheriffs guessing and communities less safe.", "Kansas Sheriffs’ Roundtable"),
                ("Sheriffs did not ask for this fight", "Kansas Sheriffs’ Roundtable"),
            ],
        ),
        (  # "The local said" is the union local named before it ("a local" would be someone who lives there)
            "Parish\n\nThe union that represents the plant’s workers, Glass and Allied Workers Local 318, has set up a "
            "table beside the pantry after the ICE raid. The local said Friday that it had filed grievances for 58 "
            "members and would “fight for every dollar these families earned.”",
            [("fight for every dollar these families earned.", "Glass and Allied Workers Local 318")],
        ),
    ],
)
def test_letters_of_his_columns_signed_and_someone_described_since(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # what the people around a place call it is its nickname; what one person calls a bill is a quote
            "Jail vote\n\nThe board voted to end the ICE contract. “I worked that unit for six years,” said Gene "
            "Hallock, a retired corrections officer. Deputies call the federal wing “the annex,” he said, because it was "
            "built onto the back of the old jail.\n\nGov. Dana Ruiz is expected to sign the bill Wednesday. She called "
            "it “the first step” in a longer fight.",
            [("I worked that unit for six years", "Gene Hallock"), ("the first step", "Dana Ruiz")],
        ),
        (  # the words on a sign that has hung somewhere
            "Column\n\nThe Senate passed its E-Verify bill on Tuesday. Over the register at Pfeiffer’s hangs a "
            "hand-painted sign that has hung there since 1977: “No Credit, No Politics.” The Senate has never paid it "
            "much attention.",
            [],
        ),
        (  # an aside naming a headline stands between the paper and its verb
            'Editorials on ICE\n\nThe Fordham Daily Sentinel, under the headline "Fingerprints Are Not Verdicts," '
            'argued that the program "treats an arrest as if it were a conviction" and urged Congress to hold hearings.',
            [("treats an arrest as if it were a conviction", "Fordham Daily Sentinel")],
        ),
        (  # "the report said" of a report no sentence gives an author: the body the story leads with; "is titled"
            "Inspector general faults ICE oversight\n\nWASHINGTON -- The Department of Homeland Security's Office of "
            "Inspector General said Thursday that U.S. Immigration and Customs Enforcement has done too little to "
            'supervise the local jails that screen inmates under the 287(g) program.\n\nThe report, titled "Local '
            'Partners, Loose Reins," covered 14 jails in nine states and was requested two years ago by members of the '
            'House Homeland Security Committee.\n\n"We found agreements under which the local partner, not ICE, decided '
            'which inmates to question," the report said. The 46-page audit is titled "Oversight of the Delegation of '
            'Immigration Authority Under Section 287(g) of the Immigration and Nationality Act."',
            [
                (
                    "We found agreements under which the local partner, not ICE, decided which inmates to question",
                    "Department of Homeland Security's Office of Inspector General",
                )
            ],
        ),
        (  # a brother-in-law whole, though the parse cut him at his hyphen
            "Call-in show on ICE detainers\n\nDale, who said he was calling from Upper Cask, disagreed with almost "
            "everything he had heard. His brother-in-law, a deputy at the jail, tells him the detainers come in by fax "
            "“at all hours, and somebody has to decide on the spot.”",
            [("at all hours, and somebody has to decide on the spot.", "brother-in-law")],
        ),
        (  # "The Alliance’s letter" is the alliance named before it, not the word itself
            "Nurses\n\nThe Tri-County Nurses Alliance said Tuesday it would fight ICE arrests at hospitals.\n\nThe "
            "Alliance’s letter to hospital chief executives, signed by 611 nurses, warns that fear of arrest “is already "
            "changing who walks through our doors.”",
            [("is already changing who walks through our doors.", "Tri-County Nurses Alliance")],
        ),
        (  # "the ministry’s note": the ministry the story named
            "Mexico\n\nMexico's Foreign Relations Ministry protested the ICE transfers on Tuesday.\n\nThe ministry’s "
            "note, according to an English translation, called the nighttime transfers “a practice incompatible with "
            "the agreements our two countries have signed.”",
            [
                (
                    "a practice incompatible with the agreements our two countries have signed.",
                    "Foreign Relations Ministry",
                )
            ],
        ),
        (  # "It says," after a sentence about a statement someone sent: theirs
            "Radio hour\n\nMONTEMAYOR: Welcome back.\n\nMONTEMAYOR: ICE sent us a statement for today’s program. It "
            "says, “ICE focuses its resources on people who have been convicted of crimes.” Mr. Sharry?",
            [("ICE focuses its resources on people who have been convicted of crimes.", "ICE")],
        ),
        (  # "…," it says, after a sentence about a report: the body that released it, as the story's lede says
            "Study finds long waits for care in immigration detention\n\nBy Maureen Tallis Continental Wire "
            "Service\n\nWASHINGTON (CWS) -- People held in 14 immigration detention centers waited a median of six "
            "days to see a clinician, according to a report released Monday by the Duquaine Center for Migrant Health, "
            "a research group.\n\nThe report's main recommendation is an independent medical monitor at every ICE "
            'center. "Oversight that depends on the agency\'s own paperwork is not oversight," it says.',
            [
                (
                    "Oversight that depends on the agency's own paperwork is not oversight",
                    "Duquaine Center for Migrant Health",
                )
            ],
        ),
        (  # but "it said" after "ICE said in a statement that … a final order …" is ICE, not the order's
            "Fugitive\n\nU.S. Immigration and Customs Enforcement said in a statement that Soto Méndez was “an "
            "immigration fugitive” with a final order of removal. “ICE conducts targeted enforcement operations every "
            "day,” it said.",
            [
                ("an immigration fugitive", "U.S. Immigration and Customs Enforcement"),
                ("ICE conducts targeted enforcement operations every day", "U.S. Immigration and Customs Enforcement"),
            ],
        ),
        (  # "Napolitano, asked about the bill at a news conference, told reporters …": the one who was asked
            "Senate passes bill requiring every county jail to join federal immigration program\n\nIn Washington, "
            "Secretary of Homeland Security Janet Napolitano, asked about the bill at an unrelated news conference, told "
            "reporters that such agreements work best “when a community chooses them.”",
            [("when a community chooses them.", "Janet Napolitano")],
        ),
        (  # an opinion is a document: "it says" is its author's; its title is a name, however long
            "Attorney general: county jails may not hold people on ICE detainers alone\n\nTOPEKA, Kan. — County "
            "sheriffs have no authority under state law to keep someone in jail past his release date, Attorney General "
            "Renata C. Holloway said in a formal opinion released Thursday.\n\nThe 14-page opinion, titled “Authority "
            "of County Jails to Honor Federal Immigration Detainers,” says a detainer is a request. A sheriff who holds "
            "a person on one, it says, “does so at the county’s own risk.”",
            [("does so at the county’s own risk.", "Renata C. Holloway")],
        ),
        (  # "what the agency calls “…”" is a term; what someone named calls it, or what anyone called it, is a quote
            "Checkpoints\n\nThe memo asks for what the agency calls “prosecutorial discretion.” For six Saturdays "
            "deputies stopped every car at what Sheriff Harlan Boyce calls “routine safety checkpoints.” Nurse Dana "
            "Ruiz set up what she called “the clinic corner” behind the ICE office.",
            [("routine safety checkpoints.", "Harlan Boyce"), ("the clinic corner", "Dana Ruiz")],
        ),
    ],
)
def test_nicknames_signs_and_a_headline_in_an_aside(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a study's words are the body's that released it: "It describes", "according to the report", "it calls"
            "Report faults jail clinic\n\nOMAHA — Detainees waited 11 days to see a doctor, according to a report "
            "released Tuesday by the Prairie Justice Network, an advocacy group.\n\nThe 48-page report draws on 61 "
            "interviews. It describes a sick-call system that is “slow by design and indifferent in practice.”\n\n"
            "“People told us the same story,” said Miriam Oduya, the network’s policy director, who wrote the report.\n\n"
            "Detainees must fill out a form and hand it to a guard. “Medical staff documented complaints of chest pain "
            "without ordering any test,” according to the report. Nine detainees were placed in segregation, a pattern "
            "it calls “difficult to explain as coincidence.”",
            [
                ("slow by design and indifferent in practice.", "Prairie Justice Network"),
                ("People told us the same story", "Miriam Oduya"),
                (
                    "Medical staff documented complaints of chest pain without ordering any test",
                    "Prairie Justice Network",
                ),
                ("difficult to explain as coincidence.", "Prairie Justice Network"),
            ],
        ),
        (  # the aside that says whose report it is, not a title's words nor "a coalition of advocacy groups"
            "I signed our 287(g) agreement\n\nBy Carl Ashby\n\nLast month a coalition of advocacy groups released a "
            "report about my jail, under the title “Papers at the Door.” The report, by the Deering Immigrant Rights "
            "Coalition, calls the jail “the front door to deportation in this state” and accuses my deputies of "
            "“profiling by paperwork.”",
            [
                ("the front door to deportation in this state", "Deering Immigrant Rights Coalition"),
                ("profiling by paperwork.", "Deering Immigrant Rights Coalition"),
            ],
        ),
        (  # "released … by the DHS Office of Inspector General found that Immigration and Customs Enforcement …"
            "Watchdog faults ICE records\n\nA report released Wednesday by the DHS Office of Inspector General found "
            "that Immigration and Customs Enforcement “cannot reliably distinguish” between serious offenders and "
            "others.\n\nThe 58-page audit reviewed records from 2009 through 2011. “Without consistent coding, ICE "
            "cannot demonstrate that the program is achieving its priorities,” the report said.",
            [
                ("cannot reliably distinguish", "DHS Office of Inspector General"),
                (
                    "Without consistent coding, ICE cannot demonstrate that the program is achieving its priorities",
                    "DHS Office of Inspector General",
                ),
            ],
        ),
        (  # the one the judge turned to and asked answers, not the lawyer who spoke last
            "Judge hears detainer case\n\nA lawyer, Priya Ramaswamy, argued the hold was illegal. “It was a form,” she "
            "said.\n\nThe county’s lawyer, Colleen Breck, argued that the jail acted in good faith.\n\n“The sheriff did "
            "what every sheriff was doing,” she said.\n\nBreck said the county would brief that question.\n\nLater, the "
            "judge turned to Ramaswamy and asked whether her client was also seeking damages.\n\n“Not in this case, Your "
            "Honor,” she answered.",
            [
                ("It was a form", "Priya Ramaswamy"),
                ("The sheriff did what every sheriff was doing", "Colleen Breck"),
                ("Not in this case, Your Honor", "Priya Ramaswamy"),
            ],
        ),
        (  # "joined by X, who put it more sharply": X speaks next, though Marsh is the sentence's subject
            "Commission weighs jail deal\n\nCommissioner Ellen Marsh said in April that she had received “a two-page "
            "summary and a great deal of reassurance.”\n\nMarsh has since been joined by Commissioner Patricia Loera, who "
            "put it more sharply at the June meeting. “That is not oversight,” she said.",
            [
                ("a two-page summary and a great deal of reassurance.", "Ellen Marsh"),
                ("That is not oversight", "Patricia Loera"),
            ],
        ),
        (  # "Said Tennant:" is the cue and the surname, not a man called Said Tennant
            "Licenses bill heard\n\nSheriff Boyd Tennant of Marlow County opposed the bill. The sheriff did not dispute "
            "the numbers. Said Tennant:\n\n“A driver’s license is the key to everything else.”",
            [("A driver’s license is the key to everything else.", "Boyd Tennant")],
        ),
        (  # pressed on something, the one pressed answers; "X pressed her." before a quote is X pressing
            "Family center tour\n\nDiane Rusnak, the center’s director, said she did not have the figure. “Most are "
            "still in proceedings,” she said.\n\nSen. Maureen Gallagher-Ortiz pressed her on why a family would be held "
            "that long. “We follow the schedule the court sets,” she said.\n\nGallagher-Ortiz pressed her. “But the "
            "children are in a jail,” she said.",
            [
                ("Most are still in proceedings", "Diane Rusnak"),
                ("We follow the schedule the court sets", "Diane Rusnak"),
                ("But the children are in a jail", "Maureen Gallagher-Ortiz"),
            ],
        ),
        (  # "An ICE spokesman" brought in since the named one: "the spokesman" is him, unnamed
            "Mechanic held\n\n“We hold them for up to 48 hours,” said Sgt. Dwayne Ashby, a spokesman for the Carrow "
            "County Sheriff’s Office.\n\nAn ICE spokesman, replying by email, said Paredes had been ordered deported in "
            "2006. “ICE is enforcing a final order of removal,” the spokesman said.\n\nRosalind Achebe-Marr, a "
            "registered nurse, worked six years at a detention center. “We had the vaccine,” the nurse said.",
            [
                ("We hold them for up to 48 hours", "Dwayne Ashby"),
                ("ICE is enforcing a final order of removal", "ICE spokesman"),
                ("We had the vaccine", "Rosalind Achebe-Marr"),
            ],
        ),
        (  # "One of them, a man in a faded cap," is the "he" of the quote after; "“Tomorrow,” he says" is speech
            "Corner\n\n“Best workers I ever had,” says Dwight Kessler, a fence contractor.\n\nBy 8:30 the corner is "
            "empty except for three men. One of them, a man in a faded Braves cap, shrugs when asked whether he will "
            "come back. “Tomorrow,” he says.",
            [("Best workers I ever had", "Dwight Kessler"), ("Tomorrow", "man in a faded Braves cap")],
        ),
        (  # "the lawyers in the hallway" are many: no "he", whatever they called something
            "Bond court\n\nJudge Harriet Oyelaran has 23 hearings on what the lawyers in the hallway call the “detained "
            "docket.” She asks the man on the screen to state his name. “Rigoberto Saenz Molina,” he says.",
            [("Rigoberto Saenz Molina", None)],
        ),
        (  # "the alert read": the alert the university sent, the university the story named
            "Campus scare\n\nOstrander State University closed its library on Monday.\n\nAt 3:40 p.m., the university "
            "sent a campus-wide alert. “There is no enforcement activity on campus,” the alert read.",
            [("There is no enforcement activity on campus", "Ostrander State University")],
        ),
        (  # "Their daughter, Karla," ¶ "her mother says": of the couple, the one a mother can be
            "A year after the raid\n\nNoemí Pacheco, 38, says she has stopped setting an alarm.\n\nHer husband, "
            "Rigoberto, was deported in August. Their daughter, Karla, 14, translates for her mother at the bank. "
            "“It’s just what I do,” Karla says.\n\n“She minds,” her mother says, from the kitchen.",
            [("It’s just what I do", "Karla"), ("She minds", "Noemí Pacheco")],
        ),
        (  # a study "by the university’s Center for …", "a review by the … auditor’s office" ¶ "It concluded"
            "Study on dairies\n\nELM PRAIRIE — Losing immigrant workers would cut milk output by a third, according to a "
            "study released Thursday by researchers at Northfield State University.\n\nThe study, by the university’s "
            "Center for Dairy Profitability, surveyed 412 farms. “Immigrant labor has become the foundation of the "
            "modern dairy,” the study said.\n\nIn Brantley, two-thirds of those referred to ICE had been arrested for "
            "traffic offenses, a review by the Ocmulgee County auditor’s office has found.\n\nThe audit, released "
            "Monday, said the program had drifted. It concluded that the unit had become “a general screening "
            "operation.”",
            [
                ("Immigrant labor has become the foundation of the modern dairy", "Center for Dairy Profitability"),
                ("a general screening operation.", "Ocmulgee County auditor’s office"),
            ],
        ),
        (  # "She tells it this way:" opens her story, in a feature's present tense
            "Four plates\n\nGraciela Beltrán sets four plates. “My hands do it,” she says.\n\nShe remembers every hour "
            "of that night. She tells it this way:\n\n“He called at 11 and said, do not worry, it is a ticket.”",
            [
                ("My hands do it", "Graciela Beltrán"),
                ("He called at 11 and said, do not worry, it is a ticket.", "Graciela Beltrán"),
            ],
        ),
        (  # "said … that X was deporting “…” and urged a “…”": who said so urged it, not the subject of what she said
            "Release\n\nLynn Tramonte, the group’s deputy director, said in a statement that Secure Communities was "
            "deporting “broken taillights, not dangerous criminals” and urged a “top-to-bottom overhaul” of the program.",
            [
                ("broken taillights, not dangerous criminals", "Lynn Tramonte"),
                ("top-to-bottom overhaul", "Lynn Tramonte"),
            ],
        ),
        (  # "As I said the day we announced this, “…”": her own words, though "announced" follows "said"
            "Transcript: Mayor on detainers\n\nThis is an edited transcript of a conversation between host Dale Pryce "
            "and Mayor Renée Castellanos.\n\nPRYCE: What do you say to that?\n\nCASTELLANOS: We have never released "
            "anybody. As I said the day we announced this, “The Constitution does not have an exception for paperwork.”",
            [("The Constitution does not have an exception for paperwork.", "Renée Castellanos")],
        ),
        (  # "a letter arrived … from ICE. It gave us three days …, and it warned that … “…”": the letter's sender
            "An audit emptied our orchard\n\nBy Harold Vinton\n\nLast February a letter arrived at our packing shed from "
            "U.S. Immigration and Customs Enforcement. It gave us three business days to produce the forms, and it "
            "warned that failure to comply “may result in civil money penalties.”",
            [("may result in civil money penalties.", "U.S. Immigration and Customs Enforcement")],
        ),
        (  # "The letter says agents “…” and urges …": the letter the sentence before says came from ICE
            "School board\n\nWhitaker read aloud from a letter the district received Monday from ICE. The letter says "
            "agents “do not conduct enforcement actions at schools” and urges the district to “rely on official "
            "sources.”\n\nABERNATHY: ICE sent us a statement this morning. The statement says, “The agency continues "
            "to prioritize threats to public safety.”",
            [
                ("do not conduct enforcement actions at schools", "ICE"),
                ("rely on official sources.", "ICE"),
                ("The agency continues to prioritize threats to public safety.", "ICE"),
            ],
        ),
        (  # a company "of Nashville, Tenn." is the company, not its town; "St. Paul" is no sentence's end
            "Hunger strike\n\nMeridian Correctional Services of Nashville, Tenn., runs the center. The company said in a "
            "statement that detainees “receive three balanced meals a day.”\n\nThe county got a letter from ICE’s field "
            "office in St. Paul. The letter says the county “may be viewed as declining to cooperate.”",
            [
                ("receive three balanced meals a day.", "Meridian Correctional Services"),
                ("may be viewed as declining to cooperate.", "ICE’s field office in St. Paul"),
            ],
        ),
        (  # "Achterberg asks Reyes-Doyle." ¶ "“It’s true,” she says": the one asked, in the present tense too
            "Podcast\n\nReporter Paloma Reyes-Doyle talks with host Carl Achterberg about a roofer and his family.\n\n"
            "That daughter, Yaretzi, is 12. She answered the reporter’s questions in English. “Mi papá no es criminal,” "
            "she told Reyes-Doyle.\n\nIn tape from the kitchen, Chuc’s wife, Candelaria, answers a question: “Am I angry? "
            "Yes.”\n\nAchterberg reads the statement ICE sent.\n\n“Is that true?” Achterberg asks Reyes-Doyle.\n\n“It’s "
            "true,” she says.",
            [("Is that true?", "Carl Achterberg"), ("It’s true", "Paloma Reyes-Doyle")],
        ),
        (  # "The letter from ICE says, “…”"; "I’ll call her Teresa"; "His name is Curtis, and he writes:"
            "Call-in on 287(g)\n\nThe head of ICE, John Morton, wrote in a memo that officers should focus on people who "
            "are “a threat to public safety.”\n\nTOLLIVER: The letter from ICE says, “Training will be provided at no "
            "cost.”\n\nOCAMPO: I had a client last year, I’ll call her Teresa, whose husband was beating her. She told "
            "me, “I will never call them again.”\n\nKESSLER: We have an email from a listener. His name is Curtis, and "
            "he writes: “My family has lived in this county since before the Civil War.”",
            [
                ("a threat to public safety.", "John Morton"),
                ("Training will be provided at no cost.", "ICE"),
                ("I will never call them again.", "Teresa"),
                ("My family has lived in this county since before the Civil War.", "Curtis"),
            ],
        ),
        (  # "The letter, signed by the district’s superintendent, Raymond Okafor, …" ¶ "The letter also tells …"
            "Letter\n\nThe letter, signed by the district’s superintendent, Raymond Okafor, and sent home in English and "
            "Spanish, did not mention agents. “We know families are frightened,” Okafor wrote.\n\nThe letter also "
            "tells families that staff will “not ask about or record any student’s immigration status.”",
            [
                ("We know families are frightened", "Raymond Okafor"),
                ("not ask about or record any student’s immigration status.", "Raymond Okafor"),
            ],
        ),
        (  # "the Justice Department's Civil Rights Division wrote" is the division; a fiscal office "estimated that …"
            "Tuition and a sheriff\n\nThe nonpartisan Legislative Fiscal Office estimated that the change would bring "
            "in “a modest net gain in tuition revenue” rather than a loss.\n\nIn a 22-page letter to the county in "
            "December, the Justice Department's Civil Rights Division wrote that deputies had made unlawful stops.\n\n"
            "“Latino drivers were four times more likely to be stopped,” the letter said.",
            [
                ("a modest net gain in tuition revenue", "Legislative Fiscal Office"),
                (
                    "Latino drivers were four times more likely to be stopped",
                    "Justice Department's Civil Rights Division",
                ),
            ],
        ),
        (  # a report nobody is said to have released, and the institute that "analyzed" the records for it
            "Report: most deported had no serious record\n\nNASHVILLE — Two of every three people deported had no "
            "conviction, according to a report released Wednesday.\n\nThe Cumberland Policy Institute, a nonpartisan "
            "research group, analyzed two years of records.\n\nThe report says traffic stops have become “the main door "
            "into the deportation system” in rural counties.",
            [("the main door into the deportation system", "Cumberland Policy Institute")],
        ),
    ],
)
def test_reports_by_whom_and_who_was_asked(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a second that-clause of "said", too far from the verb for the partial's window
            "Millbeck says it had no warning\n\nMILLBECK, Ore. — The Millbeck Police Department said Tuesday that it "
            "had received no advance notice of the federal operation, in which agents detained two men outside the "
            "public library on Monday morning, and that its officers “played no part in it.”",
            [("played no part in it.", "Millbeck Police Department")],
        ),
        (  # the same, after a pronoun: "She said …, and that one of them, a man who …, “…”"
            "Dairy\n\n“The hard part is keeping them when they are scared to drive to town,” Ana Ruiz said, setting "
            "down the payroll binder.\n\nShe said two of the milkers quit in the spring after ICE agents arrested 20 "
            "workers at a farm across the county line, and that one of them, a man who had been with the family for "
            "eleven years, “wept at my table when he told me.”\n\nHer husband was blunter.",
            [("wept at my table when he told me.", "Ana Ruiz")],
        ),
        (  # "saying it “…” and urging members to “…”": both the council's
            "Audit\n\nThe Rio Seco Growers League, of which the farm is a member, issued a statement last week "
            "saying it “rejects retaliation of every kind” and urging members to “cooperate fully with any federal "
            "audit.”",
            [
                ("rejects retaliation of every kind", "Rio Seco Growers League"),
                ("cooperate fully with any federal audit.", "Rio Seco Growers League"),
            ],
        ),
        (  # an aside between a body and its verb, a banner's words in it, a label before it
            "Churches open doors\n\nGrace Lutheran Church, two blocks from the plant, posted on Facebook that its hall "
            "is open “to anyone who needs a place to wait.”\n\nThe Fairview Immigrant Alliance, which "
            "marched behind a banner that read “Families, Not Files,” posted that it was “guardedly optimistic.”\n\n"
            "UPDATE 9:15 a.m.: St. Brigid Catholic Church, near the plant, posted that its kitchen is open “to any "
            "family that needs a meal.”",
            [
                ("to anyone who needs a place to wait.", "Grace Lutheran Church"),
                ("guardedly optimistic.", "Fairview Immigrant Alliance"),
                ("to any family that needs a meal.", "St. Brigid Catholic Church"),
            ],
        ),
        (  # a body that voted for a resolution, and the resolution's words
            "Students\n\nThe Alder College Student Senate voted 22-3 on Oct. 2 for a resolution that urges the college "
            "to “decline any cooperation with immigration agents that the law does not require.”",
            [
                (
                    "decline any cooperation with immigration agents that the law does not require.",
                    "Alder College Student Senate",
                )
            ],
        ),
        (  # "I told him" in a letter to the editor: its signer, whose line follows the letter
            "Letters\n\nTo the editor:\n\nOne of our milkers asked me last week whether he should still come to the "
            "holiday dinner. I told him, “You are the holiday dinner.”\n\nMartha Velde, Brannock\n\nTo the editor:\n\n"
            "I am tired of the speeches about ICE.\n\nOtto Brandt, Ardell",
            [("You are the holiday dinner.", "Martha Velde")],
        ),
        (  # a statement's first quote paragraph, after a dateline paragraph with a partial and a phrase beside it
            "Statement of Lynn Tramonte, Deputy Director, America’s Voice, on the New Detainer Form\n\nWashington, DC – "
            "Today, U.S. Immigration and Customs Enforcement released a revised detainer form. The agency said the "
            "form would be used “only in serious cases.” The form adds a box for a “significant misdemeanor,” a term "
            "the agency has not defined.\n\n“A new form is not a new policy. We will judge ICE by who sits in its "
            "jails a year from now.”",
            [
                (
                    "A new form is not a new policy. We will judge ICE by who sits in its jails a year from now.",
                    "Lynn Tramonte",
                )
            ],
        ),
        (  # a centre at its university, in full
            "Study\n\nTOPEKA, Kan. — Most people held on ICE detainers in county jails had no conviction, according "
            "to a study released Monday by the Center for Rural Policy at Flint Hills University. The study calls "
            "detainers “a routine part of booking” in most counties.",
            [("a routine part of booking", "Center for Rural Policy at Flint Hills University")],
        ),
        (  # "He said, and I wrote it down, “…”" in a member's turn at a hearing: the one who said it
            "Hearing\n\nREP. HALE: I’ve got a sheriff in my district, Sheriff Amos Petty of Cane County, who "
            "houses ICE detainees, and he called my office. He said, and I wrote it down, “I run a jail, not a "
            "clinic.”\n\nMORTON: I know Sheriff Petty.",
            [("I run a jail, not a clinic.", "Amos Petty")],
        ),
        (  # a chant's "No ICE" is nobody's name, so "ICE said" is the agency's
            "Fair\n\nAbout 40 students marched on Tuesday chanting “No ICE on campus” while recruiters handed out "
            "brochures.\n\nIn an emailed statement, ICE said it “takes part in career fairs across the country” and "
            "that its recruiters had not been asked to leave.",
            [("takes part in career fairs across the country", "ICE")],
        ),
        (  # an ad's words are whoever the aside says paid for it or put it out
            "Ads\n\nThe ad, paid for by Heartland Values PAC, says the senator would give “amnesty to millions” and "
            "closes with a narrator’s warning that she would “tie ICE’s hands.”\n\nThe spot, from Secure Homes PAC, a group "
            "funded by two developers, accuses Sen. Ada Morrow of voting to let ICE “release criminal aliens” and ends "
            "with a narrator warning that “Ada Morrow has been in Washington too long.”",
            [
                ("amnesty to millions", "Heartland Values PAC"),
                ("tie ICE’s hands.", "Heartland Values PAC"),
                ("release criminal aliens", "Secure Homes PAC"),
                ("Ada Morrow has been in Washington too long.", "Secure Homes PAC"),
            ],
        ),
        (  # a company named in an appositive to "owner" issues the statement; its town is no part of its name
            "Raid\n\nICE agents arrested 31 workers at the Golden Prairie plant.\n\nGolden Prairie’s owner, Harlan "
            "Foods of Omaha, issued a brief statement: “We have cooperated fully with federal authorities.”",
            [("We have cooperated fully with federal authorities.", "Harlan Foods")],
        ),
        (  # "the response said" after the body that gave a written response, its name in full
            "Care\n\nIn a written response printed with the report, U.S. Immigration and Customs Enforcement said it "
            "“takes every allegation seriously.”\n\nThe agency also questioned the method. “The figures rest on "
            "accounts the agency could not verify,” the response said.",
            [
                ("takes every allegation seriously.", "U.S. Immigration and Customs Enforcement"),
                (
                    "The figures rest on accounts the agency could not verify",
                    "U.S. Immigration and Customs Enforcement",
                ),
            ],
        ),
        (  # a restaurant named for its owner is no one of his family: "Gamboa told" is the owner
            "Checkpoints\n\nEvaristo Gamboa, owner of Fonda Gamboa, told the weekly La Voz that his receipts have "
            "fallen by half since the ICE checkpoints began. “Saturday used to pay for the whole week,” Gamboa told La "
            "Voz.",
            [("Saturday used to pay for the whole week", "Evaristo Gamboa")],
        ),
        (  # a brother in her appositive's clause says nothing of her: "she" is still Bonner
            "Flights\n\nThe airport board voted 3-2 to keep the ICE flights.\n\nMaricela Bonner, a hospital "
            "interpreter whose brother was deported on one of the flights, told the board she had watched from the "
            "fence. “I waved. He couldn’t wave back,” she said.",
            [("I waved. He couldn’t wave back", "Maricela Bonner")],
        ),
        (  # whom the writer asked, by a description the story had not used, answers as "he"
            "Op-ed\n\nICE Director John Morton knows this. In a memo last year, he wrote that agents “should not "
            "hold people for a broken taillight.”\n\nWhen I asked the head of ICE’s field office in Charlotte last "
            "spring why our numbers looked the way they did, he told me: “We take who the fingerprints give us.”",
            [("We take who the fingerprints give us.", "head of ICE’s field office in Charlotte")],
        ),
        (  # a leading initial is the name's, not a title: "Majority Leader J. Michael Harlow"
            "Deal on ICE funding\n\n“Nobody got everything, which is how you know it’s a deal,” said Senate Majority "
            "Leader J. Michael Harlow, who stood at his left.",
            [("Nobody got everything, which is how you know it’s a deal", "J. Michael Harlow")],
        ),
        (  # "it said" after "The sheriff’s office did not …": the sheriff's office, not the last "Office" named
            "Audit\n\nAn audit found that the Harlan County Sheriff’s Office held 40 people on ICE detainers without "
            "charges, the Harlan County Clerk’s Office said Monday.\n\nThe sheriff’s office did not answer "
            "questions on Monday. In a short statement posted on its website, it said it was “reviewing the records "
            "with the county attorney.”",
            [("reviewing the records with the county attorney.", "Harlan County Sheriff’s Office")],
        ),
        (  # someone described inside a clause of a named one's sentence is not who "she" is after it
            "Bond fund\n\n“We are not rich women,” says Harriet Adeyemi, 66, who keeps the ledger.\n\nAdeyemi "
            "started the fund after a woman from her church, a cook at a diner, was arrested at a traffic stop and "
            "held for five months. Her family raised the money in pieces.\n\n“I kept thinking, twenty-five hundred "
            "dollars,” she says.",
            [("I kept thinking, twenty-five hundred dollars", "Harriet Adeyemi")],
        ),
        (  # "said Hannah’s mother, Ngozi Okonkwo": the mother
            "Team ICE\n\nHannah Okonkwo, 13, wrote the code for the robot.\n\n“They have been living on pizza for two "
            "months. The least we can do is cupcakes,” said Hannah’s mother, Ngozi Okonkwo.",
            [("They have been living on pizza for two months. The least we can do is cupcakes", "Ngozi Okonkwo")],
        ),
        (  # unnamed, she is still someone of Hannah's, not Hannah; but "Achebe’s final question:" is his
            "Team ICE\n\nHannah Okonkwo, 13, wrote the code.\n\n“Cupcakes are the least we can do,” said Hannah’s "
            "mother.\n\nAchebe’s final question on redirect: “Did anyone at ICE ever tell you the number was wrong?”",
            [
                ("Cupcakes are the least we can do", "Hannah’s mother"),
                ("Did anyone at ICE ever tell you the number was wrong?", "Achebe"),
            ],
        ),
        (  # "One of them is a deportation officer who … because he is not authorized …" ¶ "“…,” he says"
            "Diner\n\nAgents eat at El Faro too, the owner says. One of them is a deportation officer who asked not to "
            "be named because he is not authorized to speak to reporters.\n\n“It’s a restaurant. I eat lunch,” he "
            "says.",
            [("It’s a restaurant. I eat lunch", "deportation officer")],
        ),
        (  # a company's description, then its name in apposition, then its words
            "Monitors\n\nThe private company that runs most of ICE's monitoring, Trackwell Systems of Boulder, Colo., "
            'said in a statement that it was "ready to scale."',
            [("ready to scale.", "Trackwell Systems")],
        ),
        (  # "according to his lawyer, Naomi Featherstone, who …. She said …": the lawyer speaks on
            'Weigh station\n\nMarcus Dole said Sosa\'s wife, Lidia Sosa, had called it "a trap."\n\nSosa, 38, '
            "remains in ICE custody, according to his lawyer, Naomi Featherstone of Indianapolis, who also "
            'represents a second driver. She said both men held commercial licenses.\n\n"The question is what a '
            'weigh station is for," she said.',
            [("The question is what a weigh station is for", "Naomi Featherstone")],
        ),
        (  # an organisation's statement "after" a judge's ruling: the organisation's, however long the ruling
            "Alliance applauds ruling\n\nFOR IMMEDIATE RELEASE\n\nHOLLIS, Missouri — The Prairie Immigrant Alliance "
            "issued the following statement after U.S. District Judge Nora Bexley ruled Monday that Tillman County "
            "violated the Fourth Amendment when its jail held a mother of two on an ICE detainer for 46 hours after a "
            "state judge had ordered her released, a ruling the county says it will appeal:\n\n“Today a federal court "
            "said what we have been telling the sheriff for three years.”",
            [
                (
                    "Today a federal court said what we have been telling the sheriff for three years.",
                    "Prairie Immigrant Alliance",
                )
            ],
        ),
    ],
)
def test_clauses_asides_resolutions_and_letters(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


def test_a_participle_after_an_article_is_no_cue(tagger: Tagger) -> None:
    """ "adopt a written policy requiring notice “…”": "written" is the policy's adjective, so the words before it
    are no speaker (they came back as "the sheriff adopt a")."""
    text = (
        "Jail\n\nThe grand jury’s report found that ICE agents held 212 interviews in the jail. It recommended that the "
        "sheriff adopt a written policy requiring notice “no fewer than 24 hours before any federal interview.”"
    )
    assert all("adopt" not in (q.speaker or "") for q in tagger.tag(text).quotes)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "One of my sergeants": one of a group, by its noun in the singular, whatever the determiner
            "Patrol\n\nOne of my sergeants, a man who grew up on the east side, put it plainly: “They see the cruiser "
            "and they see ICE.”",
            [("They see the cruiser and they see ICE.", "sergeant")],
        ),
        (  # "was told by a teacher": the one who told, after "one boy"
            "School\n\n“Your dad is here, get your coat,” one boy was told by a teacher, according to his aunt.",
            [("Your dad is here, get your coat", "teacher")],
        ),
        (  # a description, then the name it belongs to, then an aside: the one named
            "Robots\n\nThe head referee at Fenwick, Gregory Mattis, an engineer at a pump maker in Duluth, called the "
            "duct tape “the smartest repair of the whole tournament.”",
            [("the smartest repair of the whole tournament.", "Gregory Mattis")],
        ),
        (  # "She told reporters that …, calling": the one who told, not the subject of what she told
            "Growers\n\nJanet Napolitano met growers in Fresno on Friday.\n\nShe told reporters afterward that the "
            "administration still wanted Congress to give farmworkers a legal path, calling the present system “a "
            "fiction everyone here lives with.”",
            [("a fiction everyone here lives with.", "Janet Napolitano")],
        ),
        (  # a report put out by an office, in a release under a title-case dateline; "counties and states" no cue
            "Report\n\nWashington, DC — A report released today by the Office of Inspector General at the Department "
            "of Homeland Security found that the agency gave counties and states “muddled and shifting” guidance.",
            [("muddled and shifting", "Office of Inspector General")],
        ),
        (  # whom the writer asked, by a possessive description
            "Q: Who guards them?\n\nA: A transport company. I asked the company’s regional manager about it, and he "
            "said, “My people go where the prisoner goes.”",
            [("My people go where the prisoner goes.", "company’s regional manager")],
        ),
        (  # "Its foreperson, a retired mail carrier who …": a new description, whom "she" means next
            "Verdict\n\nJudge Helen Ostrowski thanked the jurors.\n\nThe jury took three hours. Its foreperson, a "
            "retired mail carrier who declined to give her name, said the panel agreed quickly. “We have all had a "
            "landlord,” she said.",
            [("We have all had a landlord", "foreperson")],
        ),
        (  # a nickname of a name the story gave in full
            "Base\n\nLast spring Daniel Whitcomb called me from a jail parking lot. Dan is a staff sergeant now.\n\n"
            "When he called, he asked me: “Who do I leave my daughter with?”",
            [("Who do I leave my daughter with?", "Daniel Whitcomb")],
        ),
        (  # a preposition after a program's name goes on from it: words quoted, not a name
            "Town hall\n\nCurtis Vandermeer said he supports a guest worker program “with real teeth.”",
            [("with real teeth.", "Curtis Vandermeer")],
        ),
        (  # what a report recommended
            "Isolation\n\nThe Meridian Rights Project found that isolation was used “as a first resort.”\n\nIt "
            "recommended that the agency bar isolation longer than 15 days “except in a true emergency” and require "
            "a doctor's visit.",
            [("except in a true emergency", "Meridian Rights Project")],
        ),
        (  # a description, then the name in apposition, inside someone else's report of it
            "Roofer\n\nShe said a man on the crew told the family that the owner of Pettigrew Roofing, Walter "
            "Pettigrew, had told the crew after the fall that he would “make one call and fix this.”",
            [("make one call and fix this.", "Walter Pettigrew")],
        ),
        (  # a name inside the description's own clause is no one else
            "Crew\n\nA coworker who was on the roof the day Ortega fell, and who asked that his name not be used, said "
            "the crew got the message. “Nobody reports anything now,” he said.",
            [("Nobody reports anything now", "coworker")],
        ),
        (  # ... but a name the clause gives the described one is theirs
            "Rally\n\nAcross the barricade, a counterprotester who gave his name only as Wade said he came for his "
            "brother. “I’m for my brother,” he said.",
            [("I’m for my brother", "Wade")],
        ),
        (  # someone the writer remembers calling
            "Op-ed\n\nJohn Morton has said the memo was meant to “put the cases that matter first.”\n\nI remember a "
            "jail sergeant in Lorimer County calling me about a grandmother booked for shoplifting. “She’s been "
            "crying since they brought her in,” he told me.",
            [("She’s been crying since they brought her in", "jail sergeant in Lorimer County")],
        ),
        (  # "his father" and "he": the one the story is about, not his kin
            "Bonds\n\nDale Brinkman has written bonds for 27 years, in a business his father started in 1971. Five "
            "years ago he began writing immigration bonds. “I thought it would be a sideline,” he said.",
            [("I thought it would be a sideline", "Dale Brinkman")],
        ),
        (  # a naming verb whose object ends before a clause of its own: the verb of speech before it
            "Hearing\n\nRay Donnelly said Kemper called ICE only because the driver had no license and his computer "
            "showed “a possible immigration warrant.”",
            [("a possible immigration warrant.", "Ray Donnelly")],
        ),
        (  # an organisation's statement over paragraphs: by the name the story spelt out
            "Transfers\n\nImmigration and Customs Enforcement moved 4,000 detainees last year.\n\nICE said in a "
            "statement:\n\n“Transfers are sometimes necessary to manage bed space.\n\n“The agency will review the "
            "report.”",
            [
                ("Transfers are sometimes necessary to manage bed space.", "ICE"),
                ("The agency will review the report.", "Immigration and Customs Enforcement"),
            ],
        ),
        (  # a newsletter's masthead: the union whose newsletter it is, not the newsletter's title
            "Our aide is in ICE detention\n\nTHE LEDGER — Newsletter of the Harlow Federation of Teachers, Local 12 — "
            "May\n\nThis is not the first time a member has been taken. As we wrote in the spring issue, “We do not "
            "choose which members deserve our help.”",
            [("We do not choose which members deserve our help.", "Harlow Federation of Teachers")],
        ),
        (  # someone inside what a named man said: "he" after it is the man who said it
            "Obituary\n\nKevin Halloran said that two weeks before she died she spent an hour on the phone with a man "
            "in Texas whose green card had been lost.\n\n“She listened and then told him which form he needed,” he "
            "said.",
            [("She listened and then told him which form he needed", "Kevin Halloran")],
        ),
        (  # whom someone married is named in passing: the surname alone is the one the story follows
            "Order\n\nNoemí Kersey came from Honduras in 2005 and married Wade Kersey, a U.S. citizen, in 2008. She "
            "told the court that her husband never filed her papers.\n\n“He would hold up his phone and say he had "
            "ICE on speed dial,” Kersey testified.",
            [("He would hold up his phone and say he had ICE on speed dial", "Noemí Kersey")],
        ),
        (  # the lede's official, "ruling that …", whom the story names by that title further down
            "Order granted\n\nHALVERSON — A Tolland County judge on Friday granted a protective order to a woman who "
            "testified that her husband threatened to have her deported, ruling that the threats were abuse “as "
            "surely as a raised fist.”\n\nCircuit Judge Harriet Olmstead disagreed with the husband’s lawyer.",
            [("as surely as a raised fist.", "Harriet Olmstead")],
        ),
        (  # a paragraph about her alone, of several sentences, between her description and her words
            "By Harold Vanterpool\n\nThe first time a widow asked me whether agents would be at the burial, I thought "
            "I had misheard her.\n\nShe was 23. Her husband had fallen from a roof. She sat in my office with his "
            "boots on her lap, and she asked me: “Will they be waiting at the cemetery?”",
            [("Will they be waiting at the cemetery?", "widow")],
        ),
        (  # a question in a clause of time after "As I told": still mine
            "By Harold Vanterpool\n\nAs I told the county commissioners in April, when they asked what the county "
            "could do, “Put it in writing.”",
            [("Put it in writing.", "Harold Vanterpool")],
        ),
        (  # "act" after a modal is a verb, not a law's name
            "Funerals\n\nICE Director John Morton has said that officers should act “only in the rarest of "
            "circumstances.”",
            [("only in the rarest of circumstances.", "John Morton")],
        ),
        (  # "there was a man …"; the one the judge asked is the one who answers
            "TZUL: Last month there was a man from Todos Santos, maybe 50 years old. The judge asked him whether he "
            "was afraid to go back. He looked at the screen for a long time and said, “Tell her I am more afraid "
            "of this television.”",
            [("Tell her I am more afraid of this television.", "man from Todos Santos")],
        ),
        (  # a transcript's speaker label is no subject of the sentence after it
            "Hearing\n\nJUDGE HALVORSEN: With respect, no.\n\nREP. KRUEGER: Frank Sharry of America’s Voice has "
            "called bills like this one “a seat belt, not a solution.” Do you agree with him?",
            [("a seat belt, not a solution.", "Frank Sharry")],
        ),
        (  # "My daughter’s husband": a new description in the speaker's own words
            "Hearing\n\nCHAIRWOMAN WHITLOCK: Mrs. Castañeda, welcome.\n\nMRS. CASTAÑEDA: Thank you. My daughter’s "
            "husband was taken on a Tuesday. Before they put him in the car, he told me, “Sign whatever papers "
            "they need.”",
            [("Sign whatever papers they need.", "daughter’s husband")],
        ),
        (  # a first name beside a noun that says she: a person, though the name alone says nothing
            "Q: Janet Napolitano has said the department does not “separate families.” Do you believe her?\n\nA: I "
            "believe she believes it.\n\nQ: Where do the children go?\n\nA: Mostly to relatives. One foster "
            "mother, Lupe, took in four children on a Friday night. She said to me on the porch, “Give me all "
            "four.”",
            [("Give me all four.", "Lupe")],
        ),
        (  # an inverted cue after a live blog's time
            "Debate\n\n1:20 p.m. — Sen. Marguerite Osei rose to oppose the bill. “One in a hundred sounds small,” "
            "she said.\n\n1:34 p.m. — Asked Osei: “Will the sponsor tell us who pays the rent?”",
            [("Will the sponsor tell us who pays the rent?", "Marguerite Osei")],
        ),
        (  # the description's own sentence names someone else; the next one gives the description's name
            "Tow\n\n“The individual was taken into custody during a targeted action,” said a spokeswoman for ICE’s "
            "field office in Kettering, who would not say how officers knew where Ibarra would be.\n\nThe "
            "spokeswoman, Teresa Gallo, said in an email that a judge had ordered Ibarra removed in 2014.",
            [("The individual was taken into custody during a targeted action", "Teresa Gallo")],
        ),
        (  # someone's kin, the subject of a sentence of her own: "she" after it
            "By Coach Dale Rourke\n\nTomás won his semifinal match. When the referee raised his hand, he looked up "
            "at the spot where his father has sat for four seasons. His father has been held in an ICE detention "
            "center since January.\n\nAfter the match, Tomás sat at the end of the bench. He said:\n\n“Coach, he "
            "taught me the half nelson on our living room carpet.”\n\nHis mother drives four hours each Sunday to "
            "see her husband. “They let me see him through glass,” she told me in the parking lot.",
            [("They let me see him through glass", "mother")],
        ),
        (  # a passive "were told": the ones told are no speaker; what the report found is the office's
            "Report\n\nChildren were left alone after their parents’ arrests, according to a report released Monday "
            "by the Office of the State Child Welfare Ombudsman.\n\nThe report found that county workers were "
            "told of the arrests in fewer than half of the cases and that officers “routinely did not ask” about "
            "children.",
            [("routinely did not ask", "Office of the State Child Welfare Ombudsman")],
        ),
        (  # users who reply to a post
            "Posts\n\nThe posts drew 600 replies. One user replied: “Where was this energy last year?” Another "
            "user wrote: “Thank you for being there.”",
            [("Where was this energy last year?", "user"), ("Thank you for being there.", "user")],
        ),
    ],
)
def test_remembered_callers_reports_and_names_given(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


def test_a_nickname_after_a_name_is_no_quote(tagger: Tagger) -> None:
    """ "calling Adaeze “The Wall.”": what she is called, nobody's words (her teammates' came back as a quote)."""
    text = "Hockey\n\nHer teammates have taken to calling Adaeze “The Wall.” She shrugs at it."
    assert [q.text for q in tagger.tag(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a series of actions the parse cut after its first verb: the first verb's subject says
            "Choir\n\nInés Obregón, the choir’s director, waits for the bell.\n\nWhen the last hymn ends, Obregón "
            "turns toward the pews, lifts the baton and says:\n\n“Thank you for staying with us.”",
            [("Thank you for staying with us.", "Inés Obregón")],
        ),
        (  # people who act on her are no new she: the one the paragraph introduced
            "Clinic\n\nI volunteered at the clinic for years. A patient of mine, a widow from Sonora, paid a notary "
            "for papers she could not read. Deputies stopped her on the highway a month later. She told me, “I "
            "thought the stamp made it real.”",
            [("I thought the stamp made it real.", "patient of mine")],
        ),
        (  # a hyphenated compound is its last part: a fourth-grader is a grader
            "School\n\nA fourth-grader who sits by the window, a boy with a cast on his arm, came back to class on "
            "Tuesday. He told me, “My dad says the cast is cool.”",
            [("My dad says the cast is cool.", "fourth-grader")],
        ),
        (  # a title that is also a first name, after a role set beside it: Dean is his name
            "Plumber\n\nTwo workers said the owner of Halvorsen Plumbing, Dean Halvorsen, told them after the accident "
            "that he would “handle it himself.”\n\nReached at his shop, Halvorsen said he had never called anyone. “I "
            "fix pipes. I don’t call the government,” he said.",
            [("I fix pipes. I don’t call the government", "Dean Halvorsen")],
        ),
        (  # a clause on the asker is no asker: not "I"
            "Clinic\n\nA diabetic farmhand whose name I will not use asked me, on his fifth day past his release date, "
            "“Nurse, who decides when I go home?” I did not know.",
            [("Nurse, who decides when I go home?", "diabetic farmhand")],
        ),
        (  # an op-ed's closing line on its author by what they do
            "Fields are not checkpoints\n\nI have coached girls’ soccer for 20 years. Last spring three of my "
            "players stopped coming after ICE arrests near the park.\n\nAs I told the school board in May, “A field "
            "is not a checkpoint.”\n\nMarcus Delaney coaches girls’ soccer at Eastfield High School.",
            [("A field is not a checkpoint.", "Marcus Delaney")],
        ),
        (  # ... but a story's last line of someone's saying is no note on its author
            "Town\n\nAs I told my neighbors, “We are staying.”\n\nDale Porter says the town has changed.",
            [("We are staying.", None)],
        ),
        (  # a public body's name with "and" in it opens the lead-in: the body, not its first word
            "Arrests\n\nThe county did not respond.\n\nImmigration and Customs Enforcement said in a statement:\n\n"
            "“Officers follow federal law in every arrest.”",
            [("Officers follow federal law in every arrest.", "Immigration and Customs Enforcement")],
        ),
        (  # "The letter says": the body the sentence before says wrote it
            "Patrols\n\nCustoms and Border Protection wrote to the council in March. The letter says the agency "
            "“has no plans to expand patrols” near schools.",
            [("has no plans to expand patrols", "Customs and Border Protection")],
        ),
        (  # a letters page's heading names the paper in full
            "Rendale Ledger letters: Fix the ferry\n\nThe Ledger’s editorial last week was right to call the fare "
            "increase “a tax on the people who can least pay it.”",
            [("a tax on the people who can least pay it.", "Rendale Ledger")],
        ),
        (  # a newsletter's masthead opening its line: who "we" are
            "Newsletter of the Eastside Tenants Union — March\n\nAs we wrote last spring, “A lease is a promise, not "
            "a leash.” This month ICE agents came to the Delmar building.",
            [("A lease is a promise, not a leash.", "Eastside Tenants Union")],
        ),
        (  # ... and a column's heading
            "From the Lakeview Garden Club Board: Notes for spring\n\nAs we said at the last meeting, “Every plot "
            "needs a gardener, and every gardener needs a plot.” Two of our gardeners were detained by ICE in April.",
            [("Every plot needs a gardener, and every gardener needs a plot.", "Lakeview Garden Club Board")],
        ),
        (  # ... but not over the masthead under it: the desk is no organisation
            "From the Chief’s Desk: a year of changes\n\nHollis County Fire District Community Newsletter — Fall "
            "Edition\n\nWhen ICE began working with the county jail, we made a promise. “Nobody will be asked for "
            "papers at a fire,” we wrote in this newsletter last fall. We kept that promise.",
            [("Nobody will be asked for papers at a fire", "Hollis County Fire District")],
        ),
        (  # a live blog's present tense: the body that "issues a statement"
            "Council\n\n9:12 p.m. — The council votes 5-2 to end the agreement. The Harlan County Deputy Sheriffs’ "
            "Association issues a statement minutes later:\n\n“Our deputies will follow the law this council writes. "
            "We ask only that it be written clearly.”",
            [
                (
                    "Our deputies will follow the law this council writes. We ask only that it be written clearly.",
                    "Harlan County Deputy Sheriffs’ Association",
                )
            ],
        ),
        (  # a child is someone
            "Library\n\nA child from the library’s reading club wrote on an index card and pinned it to the board: "
            "“Please come back Miss Ana we miss your voice.”",
            [("Please come back Miss Ana we miss your voice.", "child from the library’s reading club")],
        ),
        (  # a pull quote's line on whose words they are, by description
            "Study: Fear of ICE keeps families from food banks\n\n“We would rather eat rice for a month than stand in "
            "that line.” — a mother quoted in the study\n\nLORVILLE — Families in Pell County are skipping food banks "
            "since ICE arrests last spring, a study released Monday says.",
            [("We would rather eat rice for a month than stand in that line.", "mother")],
        ),
        (  # a paragraph that opens on his own kin: the he is the kin
            "Clinic\n\nOne father who drives a delivery van told me his family had stopped coming. “We are fine,” he "
            "said.\n\nHis son, who is nine, came in the next week with a broken tooth. While I cleaned it, he asked "
            "me, “Will they take my dad?”",
            [("We are fine", "father"), ("Will they take my dad?", "son")],
        ),
        (  # a relative the story goes on with ("He has run the garage") is no relative in passing
            "Garage\n\nICE officers arrested Tomás Ibarra at a gas station in March.\n\nHis son, Mateo Ibarra, was "
            "20 and in his first year of college. He has run the garage ever since.\n\n“I knew engines. I didn’t "
            "know invoices,” Ibarra says. “Now I know both.”",
            [("I knew engines. I didn’t know invoices", "Mateo Ibarra"), ("Now I know both.", "Mateo Ibarra")],
        ),
    ],
)
def test_series_closing_notes_senders_and_mastheads(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


def test_what_volunteers_call_a_place_is_its_name(tagger: Tagger) -> None:
    """ "a shed that volunteers call “the Vault.”": the place's name, nobody's words (a festival's "the Igloo" came
    back as the volunteers' quote)."""
    text = "Shed\n\nThe pantry keeps its canned goods in a cinder block shed that volunteers call “the Vault.” It has no windows."
    assert [q.text for q in tagger.tag(text).quotes] == []


def test_a_sign_that_hangs_somewhere_is_read_not_said(tagger: Tagger) -> None:
    """ "A … sign … still hangs by the ticket booth: “…”": the sign's words, nobody's (a carousel's sign came back as
    a quote with no speaker)."""
    text = (
        "Bakery\n\nA chalkboard sign the owner lettered years ago still hangs behind the register: “NO CREDIT. NO "
        "EXCEPTIONS. NOT EVEN FOR FRIENDS WHO ASK NICELY.”"
    )
    assert [q.text for q in tagger.tag(text).quotes] == []


def test_what_we_call_it_is_a_name(tagger: Tagger) -> None:
    """ "We call it a “backup card” now.": the writer's side's name for a thing, nobody's words."""
    text = (
        "School\n\nQ: What changed after the arrests?\n\nA: Every family fills out a form that says who can pick up "
        "a child. We call it a “backup card” now. Teachers keep a copy in every classroom."
    )
    assert [q.text for q in tagger.tag(text).quotes] == []


def test_what_people_call_him_is_his_nickname(tagger: Tagger) -> None:
    """ "The school bus drivers call him “Skipper.”": his nickname, not the drivers' words (river children's "Cap"
    came back as theirs once children were people)."""
    text = "Ferry\n\nMorton has run the ferry for 31 years. The school bus drivers call him “Skipper.” He plans to retire in May."
    assert [q.text for q in tagger.tag(text).quotes] == []


@pytest.mark.parametrize(
    "text, want",
    [
        (  # one of the writer's group set apart by a long description: the he is the description
            "Shop\n\nOne of my longest customers, a woman who has baked bread in this town since 1990, phoned to say "
            "she would not come in. “I want my order,” she told me. “I just can’t stand in that line.”",
            [("I want my order", "woman"), ("I just can’t stand in that line.", "woman")],
        ),
        (  # a claimant is someone
            "Hearing\n\nKELSO: A claimant from my county, a roofer, told me, “They took my file and then they took "
            "me.” What should I say to him?",
            [("They took my file and then they took me.", "claimant from my county")],
        ),
        (  # a newsletter's closing line says whose it is, and so who "we" are
            "Tenant Times: Save a seat for Ofelia\n\nAs we wrote in the spring issue, “Nobody on this block faces a "
            "landlord alone.” This month we need to show it.\n\nOn May 2, ICE officers arrested Ofelia Duran at a "
            "bus stop.\n\nTenant Times is the monthly newsletter of the Maple Court Tenants Association.",
            [("Nobody on this block faces a landlord alone.", "Maple Court Tenants Association")],
        ),
        (  # ... and so does its sign-off
            "From the Dugout: Our groundskeeper\n\nDear members,\n\nAs we wrote in the fall, “Nobody notices a "
            "good infield, which is how you know it is good.”\n\nOn June 3, ICE officers detained our groundskeeper."
            "\n\nSee you at the park, The Northside Little League",
            [("Nobody notices a good infield, which is how you know it is good.", "Northside Little League")],
        ),
        (  # a public body's name that the model cut at its "and", with a list in the clause after it
            "Licenses\n\nThe bill would cover 12 boards.\n\nThe State Board of Nursing and Midwifery, which licenses "
            "about 9,000 nurses, midwives and aides, issued a statement before the vote:\n\n“The board takes no "
            "position on the bill.”",
            [("The board takes no position on the bill.", "State Board of Nursing and Midwifery")],
        ),
        (  # a child, by age
            "Choir\n\nThe concert went on without him. A ten-year-old in the choir wrote on a card and left it on the "
            "piano: “Mr. Ruiz, we sang your song. Come back soon.”",
            [("Mr. Ruiz, we sang your song. Come back soon.", "ten-year-old in the choir")],
        ),
        (  # a son named in his mother's words ("…, she said") is named in passing: the surname alone is hers
            "Video\n\nThe woman is Rosalba Quintero, 60, who has lived on the street for 20 years. Her son, Ignacio "
            "Quintero, 31, was detained at a gas station an hour later, she said. Quintero posted the video on "
            "Thursday.\n\n“I have seen it fifty times,” Quintero told the station at her table.",
            [("I have seen it fifty times", "Rosalba Quintero")],
        ),
    ],
)
def test_one_of_a_group_claimants_and_a_newsletters_closing_line(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    "text",
    [
        # what we call a thing is its name: "what we call an “…”"
        "School\n\nA: We set up what we call a “family safety card,” so each family names two adults who can come. "
        "Nearly every family has one.",
        # an item on a list: "the agency's list of “…,”"
        "Memo\n\nA short memo goes out to field offices this week, an agency official said. It adds libraries to "
        "clinics and shelters on the agency's list of \"protected places,\" where arrests need a supervisor's approval.",
        # what regulars call a thing several words long is its name
        "Diner\n\nThe diner opened in 1961. Regulars call the booth by the jukebox “the Office,” and the owner keeps "
        "it free on Fridays.",
        # ... and with an aside on the thing
        "Garage\n\nBy seven the couriers are waiting outside. The riders call the old garage, with its dirt floor "
        "and its single bulb, “the Cave.”\n\nInside, there are two stands.",
        # an institution's word for a thing, in the present tense
        "Transit\n\nA: Slowly. The county calls the new card a “transit pass.” Most riders still call it a ticket.",
        # a poster that was still taped somewhere
        "Field\n\nThe coach said the agents left. A poster the players painted on Friday was still taped to the window "
        "on Monday: “Good luck, Eagles, and win the game for Coach Ruiz!”",
    ],
)
def test_names_lists_and_nicknames_are_no_quotes(tagger: Tagger, text: str) -> None:
    assert [q.text for q in tagger.tag(text).quotes] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the daughter named in the credit that ends the paragraph before goes on speaking
            "Garden\n\nPaula Ferris, 58, was detained in May. Her daughter tends the plots now.\n\n“She planted "
            "every row of this,” said her daughter, Irene Ferris, 24, a teacher in Dunmore.\n\n“She calls on "
            "Sundays and asks about the beans first,” she said.",
            [
                ("She planted every row of this", "Irene Ferris"),
                ("She calls on Sundays and asks about the beans first", "Irene Ferris"),
            ],
        ),
        (  # a man the sentence brings in with "is" ("One of the men Kask lets in is Teodoro")
            "Shelter\n\nEvery night at eight, Owen Kask unlocks the church shelter on Dock Street.\n\n“We turn "
            "people away every night,” Kask said.\n\nOne of the men Kask lets in is Teodoro, 44, a roofer who "
            "asked that his last name not be printed. He was released from ICE custody in April.\n\n“Here nobody "
            "asks for my papers,” he said.",
            [("We turn people away every night", "Owen Kask"), ("Here nobody asks for my papers", "Teodoro")],
        ),
        (  # a surname the story gave one bearer alone, before it named the other, stays the first one's
            "Quilts\n\nMarta Lindqvist has sewn quilts for the county fair since 1979. “It keeps my hands busy,” "
            "said Lindqvist, 77.\n\nHer granddaughter, Elena Lindqvist, 15, entered a quilt of her own this "
            "year. “She made me rip out three seams,” said Elena Lindqvist.\n\nLindqvist learned to sew from her "
            "aunt in Duluth.\n\n“My aunt never measured anything,” she said.",
            [
                ("It keeps my hands busy", "Marta Lindqvist"),
                ("She made me rip out three seams", "Elena Lindqvist"),
                ("My aunt never measured anything", "Marta Lindqvist"),
            ],
        ),
        (  # a described juror who said something in the sentence just before
            "Verdict\n\nThe county's lawyer, Gail Trent, said the deputies had followed policy. “They did their "
            "jobs,” she said.\n\nThe jury deliberated for four hours. One juror, a retired bus driver who asked "
            "not to be named, said the video had decided it.\n\n“You could see him asking for a lawyer,” she "
            "said.",
            [("They did their jobs", "Gail Trent"), ("You could see him asking for a lawyer", "juror")],
        ),
        (  # whom a relative clause is about, not the name inside it ("the night Pike came")
            "Hearing\n\nDuarte testified that the landlord, Gerald Pike, had threatened to call ICE. Pike denied "
            "it.\n\nAfter the hearing, Duarte hugged her younger brother, Mateo, who is 16 and who answered the "
            "door the night Pike came. “Now we can sleep,” he said.",
            [("Now we can sleep", "Mateo")],
        ),
        (  # a first name that opens the main clause after a phrase ("Before he goes, Anselmo tucks")
            "Class\n\nAmong the students is Anselmo, 38, who drives a forklift at night.\n\n“I learned my rights "
            "here,” Anselmo says.\n\nThe church's pastor, Felix Oduya, opens the hall every Sunday. “They need a "
            "warm room,” he says.\n\nBefore he goes, Anselmo tucks the card into his wallet. “Now I carry it "
            "everywhere,” he says.",
            [
                ("I learned my rights here", "Anselmo"),
                ("They need a warm room", "Felix Oduya"),
                ("Now I carry it everywhere", "Anselmo"),
            ],
        ),
        (  # the one the story named first stays, whatever the other bearer's first name says
            "Robotics\n\nHarper Quist, a junior, wrote most of the code. “The robot only does what we tell it,” "
            "she said.\n\n“She stays up past midnight on it,” said Donna Quist, Harper’s mother.\n\nThe coach, "
            "Len Alvarez, said the team will compete in March.\n\n“We have never had a team this good,” he "
            "said.\n\nQuist wants to study engineering. Asked what she will miss, she laughed.\n\n“The robot. "
            "Not the deadlines,” she said.",
            [
                ("The robot only does what we tell it", "Harper Quist"),
                ("She stays up past midnight on it", "Donna Quist"),
                ("We have never had a team this good", "Len Alvarez"),
                ("The robot. Not the deadlines", "Harper Quist"),
            ],
        ),
        (  # a quote that borrowed a nickname's "call" is the other half of the paragraph's quote
            "Bakery\n\n“He taught half this street to bake,” said Rosa Ibarra, the bakery’s owner, whom "
            "neighbors call “Tía Rosa.” “People still come in and ask for him.”",
            [
                ("He taught half this street to bake", "Rosa Ibarra"),
                ("People still come in and ask for him.", "Rosa Ibarra"),
            ],
        ),
        (  # a letters page: each letter's he/she stays in its letter; a signer with a role
            "Letters\n\nEditor: Mayor Dennis Whitfield promised the council it would cost nothing. “Not one "
            "dollar,” he said.\n\n— Harold Penn, Linden Street\n\nEditor: My father was one of the men arrested "
            "at the station. He has fixed roofs here for years.\n\nWhen my mother and I visited my father at the "
            "jail, he said only one thing: “Tell your teachers why you are late.”\n\n— Yesenia Ruiz, "
            "Brookvale\n\nEditor: As I said the night we voted, “Nobody should be afraid to call 911.”\n\n— "
            "Celia Marchetti, Brookvale Town Council member, Ward 2",
            [
                ("Not one dollar", "Dennis Whitfield"),
                ("Tell your teachers why you are late.", "father"),
                ("Nobody should be afraid to call 911.", "Celia Marchetti"),
            ],
        ),
        (  # an organisation that "had already issued a statement"
            "Hearing\n\nThe committee heard from the company last. Meridian Correctional Partners had already "
            "issued a statement before the hearing began, which its lobbyists handed to each "
            "senator:\n\n“Meridian meets every federal standard.”",
            [("Meridian meets every federal standard.", "Meridian Correctional Partners")],
        ),
        (  # the organisation someone asked "whether it" answers as "It said"
            "Library\n\nWe asked the Harmon County Library System whether it knew about the arrest. It said: “No "
            "library staff were contacted by federal agents.”",
            [("No library staff were contacted by federal agents.", "Harmon County Library System")],
        ),
        (  # the asker answers again once the writer answered them ("I told him yes")
            "Birth\n\nA father whose son I delivered in April asked me, on the phone, “Is a baby born at home "
            "still a citizen?” I told him yes.\n\nThere was a long pause. “Then maybe the next one, we try the "
            "hospital,” he said.",
            [
                ("Is a baby born at home still a citizen?", "father"),
                ("Then maybe the next one, we try the hospital", "father"),
            ],
        ),
        (  # whom someone asked how "she" was holding up answers as "she"
            "Interview\n\nInés Calloway and Jasmine Ortiz-Baker sat across from a woman who asked that only her "
            "first name, Rocío, be used.\n\n“He was making eggs,” she said.\n\nAfterward, in the hallway, "
            "Calloway asked Ortiz-Baker how she was holding up.\n\n“I’m fine. It’s that night that’s bad,” she "
            "said.",
            [("He was making eggs", "Rocío"), ("I’m fine. It’s that night that’s bad", "Jasmine Ortiz-Baker")],
        ),
        (  # a description after "from" ("The reply, from an attorney in …, said")
            "Hospital\n\nThe reply, from an attorney in the legal department whose name is redacted in the copy "
            "the Beacon received, said officers “have the right to maintain visual contact at all times” under "
            "the agreement, but that nurses “may request privacy for intimate care, and officers should "
            "generally honor that request.”",
            [
                ("have the right to maintain visual contact at all times", "attorney in the legal department"),
                (
                    "may request privacy for intimate care, and officers should generally honor that request.",
                    "attorney in the legal department",
                ),
            ],
        ),
        (  # a company whose first word is a first name ("Cordell Detention Services Inc.")
            "Shares\n\nCordell Detention Services Inc. runs nine centers. In a statement, Cordell said it “takes "
            "the health and safety of every detainee seriously” and noted that its centers are inspected.",
            [("takes the health and safety of every detainee seriously", "Cordell Detention Services Inc.")],
        ),
        (  # a description after a time ("But the next week a student told me")
            "Testimony\n\nDR. ACHTERBERG: Once, four years ago, looking for an adult relative. He left when I "
            "asked him to. But the next week a student told me, “My mom says if they come back I should hide in "
            "the band room.” She was a senior.",
            [("My mom says if they come back I should hide in the band room.", "student")],
        ),
        (  # what someone told the one who reports it ("She told him, he said, “…”")
            "Pitch\n\nYoel Briceño pitched on Friday. His mother, Carmen Briceño, is in detention.\n\nBriceño "
            "said he spoke with her for four minutes on Thursday night and asked if she wanted him to skip the "
            "start. She told him, he said, “If you don’t pitch, I’ll find out.”\n\n“So I pitched for her,” "
            "Briceño said.",
            [("If you don’t pitch, I’ll find out.", "Carmen Briceño"), ("So I pitched for her", "Yoel Briceño")],
        ),
        (  # what a he said happened, up to a colon ("He told the Gazette that … herself: “…”")
            "Obituary\n\nWalter Tiedemann signed the county up in 2006. Three years later he asked to get out of "
            "it.\n\nHe told the Gazette in 2010 that he changed his mind after a woman who had called 911 to "
            "report her husband for beating her ended up in his jail herself: “She called us for help, and we "
            "booked her. I couldn’t make that right.”",
            [("She called us for help, and we booked her. I couldn’t make that right.", "Walter Tiedemann")],
        ),
        (  # a phrase of its own is no apposition ("Besides his daughter, Tiedemann is survived by")
            "Survivors\n\nWalter Tiedemann, the county's sheriff for 20 years, died Sunday.\n\n“He never thought "
            "he was brave about it,” said his daughter, Karin Tiedemann.\n\nIn his last years Tiedemann fixed "
            "lawnmowers in the garage. His daughter said he kept every letter he got in two shoeboxes.\n\n“He "
            "made me read the second box too,” she said.\n\nBesides his daughter, Tiedemann is survived by a "
            "son, Peter, of Omaha.",
            [
                ("He never thought he was brave about it", "Karin Tiedemann"),
                ("He made me read the second box too", "Karin Tiedemann"),
            ],
        ),
        (  # "the Rev." before a name with its role
            "Pastor\n\nWalter Tiedemann was a deputy for 14 years.\n\n“He sat with men who called him a traitor, "
            "and he bought their coffee,” the Rev. Tomás Echeverría, pastor of St. Brendan’s Church in Harwell, "
            "said.",
            [("He sat with men who called him a traitor, and he bought their coffee", "Tomás Echeverría")],
        ),
        (  # a name with an organisation and what it does ("of the Prairie Justice Project, which …,")
            "Ruling\n\nThe court ruled for the inmates on Friday.\n\n“The ruling is narrow, and that is its "
            "strength,” Naomi Fitch, of the Prairie Justice Project, which represented Flores, said.",
            [("The ruling is narrow, and that is its strength", "Naomi Fitch")],
        ),
        (  # a headline that opens on the quote, then says who
            "“I pitched for her”: Briceño strikes out 11 with his mother in ICE detention\n\nCEDAR VALLEY — Yoel "
            "Briceño threw 104 pitches on Friday night.\n\n“So I pitched for her,” Briceño said after the game.",
            [("I pitched for her", "Yoel Briceño"), ("So I pitched for her", "Yoel Briceño")],
        ),
        (  # "the office" after "the governor’s office"
            "Law\n\nGov. Ruth Calloway signed a bill Thursday requiring employers to check new hires.\n\nThe "
            "governor’s office said in a news release that the law would “protect Tennessee workers.” “The "
            "governor believes a job in Tennessee should go to someone who is here legally,” the office said.",
            [
                ("protect Tennessee workers.", "governor’s office"),
                (
                    "The governor believes a job in Tennessee should go to someone who is here legally",
                    "governor’s office",
                ),
            ],
        ),
    ],
)
def test_who_spoke_last_whom_a_clause_is_about_and_a_letters_page(tagger: Tagger, text: str, want: list) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    "text",
    [
        # a page's section before a headline's colon says nothing
        "Letters: Readers weigh in on the “Welcoming Brookvale” resolution\n\nEditor: The resolution writes down "
        "what the chief already does.",
        # a person's nickname after a Spanish article, and in a clause on them
        "Corner\n\nThe man is Efraín Munguía, who sold corn on this corner for nine summers. Neighbors called him "
        "“el Profe” because he corrected their kids’ homework.",
        "Salon\n\nThe salon’s owner is Rosa Ibarra, whom neighbors call “Tía Rosa.” She opened it in 2004.",
        # what regulars call his thing
        'Festival\n\nLindgren has carved for the festival since 1994. Regulars call his chain saw "the Dentist."',
        # a headline with a clause on it
        "Paper\n\nMorton told him the agency would go after dangerous people, and Santamaría printed the interview "
        "under a headline he wrote himself, “We Will Hold Him to It.”",
    ],
)
def test_sections_nicknames_and_headlines_are_no_quotes(tagger: Tagger, text: str) -> None:
    assert [q.text for q in tagger.tag(text).quotes] == []


def test_a_memos_title_after_a_partial_quote_is_no_quote(tagger: Tagger) -> None:
    text = (
        'Shelters\n\nJanet Napolitano spoke to the shelter directors on Tuesday. She called the new rule "a floor, '
        'not a ceiling" and said field office directors had been told to treat such calls as a matter for their '
        'supervisors. The guidance, a two-page memo titled "Enforcement Actions at or Focused on Domestic Violence '
        'Shelters," was sent to every ICE field office on Monday night.'
    )
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == [("a floor, not a ceiling", "Janet Napolitano")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a partial quote of what someone in charge directed staff to do
            "Memo\n\nThe agency’s priorities changed last spring. In a memo to field offices, Director Ruth "
            "Okafor directed officers to treat crime victims “with particular care” and to close old cases first.",
            [("with particular care", "Ruth Okafor")],
        ),
        (  # "shot back that"; a subject, an aside and a colon after "…,” and"
            "Debate\n\nThe two guests argued for ten minutes. Bryce Pembleton shot back that the survey had "
            "covered “only four counties,” and Ivana Szabo, glancing at the clock, cut them both off: “We will "
            "have to stop there.”",
            [("only four counties", "Bryce Pembleton"), ("We will have to stop there.", "Ivana Szabo")],
        ),
        (  # a spokeswoman for a body whose name holds an "and"
            "Cemetery\n\nA spokeswoman for U.S. Immigration and Customs Enforcement said in an email that Rubio "
            "had been ordered removed in 2011 and “never left as ordered.” She said agents “did not know a "
            "funeral was taking place.”",
            [
                ("never left as ordered.", "spokeswoman for U.S. Immigration and Customs Enforcement"),
                (
                    "did not know a funeral was taking place.",
                    "spokeswoman for U.S. Immigration and Customs Enforcement",
                ),
            ],
        ),
        (  # a surname alone before the story names its other bearer; a title against the first name
            "Groundskeeper\n\nMarco Rubio-Pell, 52, has mowed the cemetery for twenty years. Rubio-Pell was "
            "arrested on Tuesday.\n\n“Mr. Haskins was a kind man,” said Rubio-Pell from the "
            "jail.\n\nRubio-Pell’s wife, Celia Rubio-Pell, works at a bakery. “I have called every number,” she "
            "said.\n\nEdna Haskins, whose husband was being buried, came back Thursday. She left a bag of "
            "oranges by the shed.\n\n“It’s what Walt would have done,” she said.",
            [
                ("Mr. Haskins was a kind man", "Marco Rubio-Pell"),
                ("I have called every number", "Celia Rubio-Pell"),
                ("It’s what Walt would have done", "Edna Haskins"),
            ],
        ),
        (  # a letters page's signatures with no comma; the asker asks again
            "Letters\n\nLetters: Deputies and riders\n\nRiders or partners?\n\nSheriff Dwight Koenig told the "
            "Herald the riders are “guests.” I drove a patrol car in this county for 20 years, and nobody rides "
            "for free.\n\nHarold Vance Milford Township\n\nWhat my son asked\n\nWhen I told the story at dinner, "
            "my son, who is 16, asked, “Who do I call if a deputy stops me?”\n\nI did not have an answer. He "
            "asked again the next morning on the way to school, “Is the man in the vest a deputy or not?” I "
            "still do not know.\n\nRosa Delgado Pine Hollow\n\nA vote I regret\n\nAs I said at the May meeting, "
            "“We were told this was about training.” I was wrong to vote for it.\n\nCommissioner Gloria Pratt "
            "District 3",
            [
                ("guests.", "Dwight Koenig"),
                ("Who do I call if a deputy stops me?", "son"),
                ("Is the man in the vest a deputy or not?", "son"),
                ("We were told this was about training.", "Gloria Pratt"),
            ],
        ),
        (  # "His mother", the one other bearer of his surname
            "Shop\n\nAt five in the morning Inés Barrera is already slicing limes in the back of the shop her "
            "son opened in 2019.\n\nTomás Barrera, 27, was arrested by ICE last month. He calls from detention "
            "every night.\n\n“Tell her the coconut ones need more sugar,” Tomás Barrera says over the "
            "phone.\n\nHis mother laughs. “I have never once forgotten the sugar,” she says.",
            [
                ("Tell her the coconut ones need more sugar", "Tomás Barrera"),
                ("I have never once forgotten the sugar", "Inés Barrera"),
            ],
        ),
        (  # a first name the model ran into "I’m"
            "Birthday\n\n“And tell Marisol I’m sorry about her cake. I’ll bake a bigger one when I’m home,” "
            "Arturo Quiroz said from the detention center.\n\nMarisol is eight and lives next door.\n\n“Is he "
            "coming back by Sunday?” asks Marisol, standing at the counter.",
            [
                ("And tell Marisol I’m sorry about her cake. I’ll bake a bigger one when I’m home", "Arturo Quiroz"),
                ("Is he coming back by Sunday?", "Marisol"),
            ],
        ),
        (  # a first name the text writes before "I’m"
            "Cake\n\n“And tell Lupita I’m sorry about her cake. I’ll bake a bigger one when I’m home,” Arturo "
            "Quiroz said from the detention center.\n\nLupita is eight and lives next door.\n\n“Is he coming "
            "back by Sunday?” asks Lupita, standing at the counter.",
            [
                ("And tell Lupita I’m sorry about her cake. I’ll bake a bigger one when I’m home", "Arturo Quiroz"),
                ("Is he coming back by Sunday?", "Lupita"),
            ],
        ),
        (  # a surname that also names places ("Villa tweets:")
            "Council\n\n6:40 p.m. — Council member Rafael Villa is posting from the dais. Villa tweets: “Twelve "
            "speakers for, two against. Keep them coming.”",
            [("Twelve speakers for, two against. Keep them coming.", "Rafael Villa")],
        ),
        (  # "The letter says" after "a letter X sent"
            "Chiefs\n\n7:02 p.m. — Villa holds up a letter Secretary Janet Napolitano sent to police chiefs last "
            "year. The letter says that departments holding people for ICE “remain answerable for their safety.”",
            [("remain answerable for their safety.", "Janet Napolitano")],
        ),
        (  # "the letter said" after "a letter that X wrote"
            "Board\n\nAt the meeting, Dora Kemp read aloud a letter that Janet Napolitano wrote to the county "
            "last year.\n\n“No jail has to hold anyone for us without a judge’s order,” the letter said.",
            [("No jail has to hold anyone for us without a judge’s order", "Janet Napolitano")],
        ),
        (  # an interview's "A:" label is no subject
            "Principal\n\nQ: Where do you see it?\n\nA: A first-grader walked into my office in March and asked "
            "me, “If my mom is in jail, can she still come to the play?” I did not have an answer.",
            [("If my mom is in jail, can she still come to the play?", "first-grader")],
        ),
        (  # the verb before an aside, not the aside's ("when the papers wrote …, that")
            "Bonds\n\nICE said in a statement last year, when the papers first wrote about bond amounts, that "
            "every bond reflects “a careful look at each case.” I have read that sentence many times.",
            [("a careful look at each case.", "ICE")],
        ),
        (  # a quote that names one bearer of a shared surname is the other's
            "Brothers\n\nLyle Holloway, a retired mail carrier, paid for the first sign. “I want them to know "
            "somebody is watching,” Holloway said.\n\nNot everyone named Holloway agrees with Lyle. His younger "
            "brother, Curtis Holloway, farms 600 acres north of town.\n\n“Lyle and I don’t talk about it at "
            "Christmas anymore,” he said.",
            [
                ("I want them to know somebody is watching", "Lyle Holloway"),
                ("Lyle and I don’t talk about it at Christmas anymore", "Curtis Holloway"),
            ],
        ),
        (  # a headline that opens on the quote and a surname the model read in the story only
            "“She taught me to read the shooter”: Okonjo saves two penalties as Harbor State advances\n\nHARBOR "
            "CITY — Adaeze Okonjo had barely slept all week. Her mother, Ngozi Okonjo, has been held on an ICE "
            "detainer since May.\n\n“I knew where he would go,” Okonjo said after the game.",
            [("She taught me to read the shooter", "Adaeze Okonjo"), ("I knew where he would go", "Adaeze Okonjo")],
        ),
        (  # "According to" a role, then the name beside it
            "Hotline\n\nThe alliance reported a sharp drop in calls. According to the alliance's president, Dr. "
            'Harriet Boyle, "the calls fell by a third in eight weeks, and our counselors heard exactly why."',
            [("the calls fell by a third in eight weeks, and our counselors heard exactly why.", "Harriet Boyle")],
        ),
        (  # a naming verb's object with a that-clause that runs on past "because"
            "Forfeit\n\nCircuit Judge Miriam Halden wrote that “the county took the bail, and then it took the "
            "reason for the bail away.”\n\nShe called the county’s position that the money was forfeited because "
            "he missed a hearing “a forfeiture of its own making.”",
            [
                ("the county took the bail, and then it took the reason for the bail away.", "Miriam Halden"),
                ("a forfeiture of its own making.", "Miriam Halden"),
            ],
        ),
        (  # someone the attribution speaks to by job ("to the judge") is no new voice
            "Door\n\nAt a hearing last month, Graciela Ruiz testified through an interpreter. “I asked the woman "
            "at the window where my son was,” Ruiz testified.\n\nJudge Paula Brandt asked her to repeat "
            "it.\n\n“I did not know there was a second door.” Ruiz said that twice, the second time to the judge "
            "directly.\n\n“I only knew the front one, where I was waiting with his jacket.”",
            [
                ("I asked the woman at the window where my son was", "Graciela Ruiz"),
                ("I did not know there was a second door.", "Graciela Ruiz"),
                ("I only knew the front one, where I was waiting with his jacket.", "Graciela Ruiz"),
            ],
        ),
        (  # what a relative told the one who reports it ("Her mother told her …, Ortiz said,")
            "Setter\n\nDaniela Ortiz had 14 kills. Her mother, Rocío Ortiz, has been held in the county jail "
            "since March.\n\n“She can’t come to the game, so the number comes,” Ortiz said.\n\nHer mother told "
            "her on the phone from the jail on Friday night, Ortiz said, “Set it high and let them hit.”",
            [
                ("She can’t come to the game, so the number comes", "Daniela Ortiz"),
                ("Set it high and let them hit.", "Rocío Ortiz"),
            ],
        ),
        (  # an editorial board's one-word paper as the "we" of a partial quote
            "Editorial\n\nLet the agreement lapse\n\nThe Sentinel-Ledger editorial board\n\nFour years ago this "
            "page supported the agreement. We wrote then that the program would be “a careful tool, narrowly "
            "used.” We were wrong.",
            [("a careful tool, narrowly used.", "Sentinel-Ledger")],
        ),
        (  # "The memo calls" after a memo "from the superintendent, Dr. …"
            "Attendance\n\nAbsences ran above 30 percent the day after the raids, according to a memo to board "
            "members from the superintendent, Dr. Lorraine Okafor-Hale. The memo calls the numbers “the largest "
            "drop in attendance this district has recorded.”",
            [("the largest drop in attendance this district has recorded.", "Lorraine Okafor-Hale")],
        ),
        (  # a letter's signature line with a line on the writer after it
            "Hospital letters\n\nThe form should go\n\nMy husband asked me, “So who reads it?” Nobody at the "
            "hospital has been able to answer him.\n\n— Beatriz Holm, Elm Ridge\n\nThe board should pull "
            "it\n\nAs I said at the board’s May meeting, “A form we cannot explain to patients is a form we "
            "should not print.”\n\n— Marjorie Teel, Pell Crossing. The writer is a member of the Pell County "
            "Hospital Board.",
            [
                ("So who reads it?", "husband"),
                ("A form we cannot explain to patients is a form we should not print.", "Marjorie Teel"),
            ],
        ),
        (  # the writer's kin opening the paragraph, not a "coach" of no gender in a clause after them
            "Practice\n\nTo the editor:\n\nMy son, who is 10, came home from practice last week with a question. "
            "One of his teammates was missing, and the coach had said only that the family was sitting out this "
            "season.\n\n“Did they get in trouble?” he asked. I said I did not think so.",
            [("Did they get in trouble?", "son")],
        ),
        (  # "Brother" as a title before a surname
            "Local\n\nEvaristo Pacheco, a carpenter, was arrested in May.\n\nBrother Pacheco called the hall "
            "last week. “Tell the apprentices to check their plumb lines twice,” Pacheco told the bulletin.",
            [("Tell the apprentices to check their plumb lines twice", "Evaristo Pacheco")],
        ),
        (  # a title abbreviation after a role and a comma is no first name
            "Committee\n\n“Nobody on this committee is trying to stop federal agents from doing their jobs,” "
            "said the committee’s chairwoman, Sen. Margarethe Olund. “We are asking whether a lawyer gets a "
            "phone call first.”",
            [
                ("Nobody on this committee is trying to stop federal agents from doing their jobs", "Margarethe Olund"),
                ("We are asking whether a lawyer gets a phone call first.", "Margarethe Olund"),
            ],
        ),
    ],
)
def test_directives_documents_writers_and_surnames_the_story_has_not_given_yet(
    tagger: Tagger, text: str, want: list
) -> None:
    assert credited(tagger, text, want) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a rule's own term ("guidance on", "the policy calls", "calls such places", "treats as")
            "Guidance\n\nA spokesman for the agency, Carl Modine, said in an email that its guidance on "
            "“protected areas,” which include clinics and shelters, “has not changed.” Officers avoid places the "
            "agency’s own policy calls “protected areas.” The memo calls such places “quiet zones.” The "
            "standards of the agency call the practice “quiet holds.” Agents stay away from what the department "
            "treats as “protected areas,” under the agency’s “quiet zones” policy.",
            [("has not changed.", "Carl Modine")],
        ),
        (  # people "treated as" something: a quote still
            "Clinic\n\nNurse Odile Brandt wrote in a letter to the board that patients held for federal agents "
            "were treated as “nobody’s responsibility” by the contractor.",
            [("nobody’s responsibility", "Odile Brandt")],
        ),
        (  # "what the county calls its “…”"
            "Lot\n\nThe van sat for five weeks in what the county calls its “federal hold yard,” behind the jail.",
            [],
        ),
        (  # a sign's capitals that no one is said to say
            "Billboards\n\nThe second billboard went up Friday, green with a painting of a farmhouse: “WE ARE "
            "YOUR NEIGHBORS. WE DRIVE YOUR SCHOOL BUSES.”\n\n“I paid for half of it,” said Lorna Pike, who "
            "organized the bake sale.",
            [("I paid for half of it", "Lorna Pike")],
        ),
        (  # a group's name for itself ("regulars call themselves", "They call themselves")
            "Gym\n\nOrtega’s regulars call themselves “the Tuesday crew,” and most of them were still in their "
            "sneakers. They call themselves “the early birds,” though most of them come at nine.\n\n“She never "
            "missed a class,” said Gwen Pike, the center’s director.",
            [("She never missed a class", "Gwen Pike")],
        ),
        (  # "the bail bondsman", someone by trade; "calls such releases a" names a term
            "Handoff\n\n“In twenty years I have seen that door used a hundred times,” said the bail bondsman who "
            "wrote the bond, who asked that his name not be printed.\n\nThe jail’s paperwork calls such releases "
            "a “federal handoff.” The Alcott County Sheriff’s Office said in a statement that it “will review "
            "the timing of releases.”",
            [
                ("In twenty years I have seen that door used a hundred times", "bail bondsman"),
                ("will review the timing of releases.", "Alcott County Sheriff’s Office"),
            ],
        ),
        (  # a word or two in marks sentences after someone's partial quote
            "Shelter\n\nICE Director John Morton has said that officers should weigh “the humanitarian factors” "
            "before an arrest. I believe he means it. But pets are not a “side issue” to the children who feed "
            "them.",
            [("the humanitarian factors", "John Morton")],
        ),
        (  # a place's nickname with a Spanish article ("The men call it “la parada,”")
            "Corner\n\nFor 15 years this corner has been the place to find a day’s work. The men call it “la "
            "parada,” the stop. Regulars call the bench “el trono.”\n\n“Everybody knows somebody who was taken,” "
            "said Rafael Soto, a roofer.",
            [("Everybody knows somebody who was taken", "Rafael Soto")],
        ),
        (  # a term the sentence after it calls a category
            "Form\n\nICE said the changes would ensure that detainers are used “in a manner consistent with the "
            "agency’s priorities.” The revised form adds a check box for a “significant misdemeanor,” a category "
            "the agency has not defined.",
            [("in a manner consistent with the agency’s priorities.", "ICE")],
        ),
        (  # what someone "is" called, and what apprentices call a class
            "Hall\n\nAround the hall Pacheco is “the Professor,” and the apprentices have started calling the "
            "Tuesday blueprint class “Pacheco’s class.” Dancers know him as “the Kearney Foghorn.”\n\n“Every one "
            "of those men called me,” said Xiomara Pacheco.",
            [("Every one of those men called me", "Xiomara Pacheco")],
        ),
        (  # a sign's words, the sign credited after them
            "Shop window\n\n“Cerrado los domingos,” says the sign in the window, but lately the lights are on "
            "Sundays too. “I told him to take his time,” says Leticia Ruiz.",
            [("I told him to take his time", "Leticia Ruiz")],
        ),
        (  # "in writing" is no verb of saying
            "Park\n\nQ: What did the owner say?\n\nA: He told me, “Nobody gets evicted for being scared.” I put "
            "that in writing on the office door, next to the notice about the pool, the “Summer Rules for "
            "Residents and Guests.”",
            [("Nobody gets evicted for being scared.", None)],
        ),
        (  # a show's sign-off
            "Podcast\n\n“Leave us a message. We read every one,” Oduya says.\n\nAs always, the episode ends with "
            "our sign-off, “Know the law, then know your neighbor.”",
            [("Leave us a message. We read every one", "Oduya")],
        ),
        (  # what people know someone as ("Dancers know him as “…”")
            "After 40 years, Walt Okafor calls his last square dance\n\nHASTINGS — For 40 years, Walt Okafor has "
            "stood on a plywood stage with a microphone and told a hall of people where to put their feet. On "
            "Saturday he called his last dance.\n\nOkafor learned to call from a farmer who ran a dance in his "
            "barn. Asked how he started, he recalled:\n\n“I was twelve. The farmer gave me the microphone and "
            "said, ‘Just be louder than the banjo.’ I have been louder than the banjo ever since.\n\n“He told me "
            "to watch the slowest couple and call for them. I still do.”\n\nDancers know him as “the Hastings "
            "Horn,” a name he says he has never liked.",
            [
                (
                    "I was twelve. The farmer gave me the microphone and said, ‘Just be louder than the banjo.’ I have been louder than the banjo ever since.",
                    "Walt Okafor",
                ),
                ("He told me to watch the slowest couple and call for them. I still do.", "Walt Okafor"),
            ],
        ),
    ],
)
def test_a_rules_terms_and_a_signs_capitals_are_no_quotes(tagger: Tagger, text: str, want: list) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "Mercado" ends a name as often as it starts a shop; an aside between the name and "tweets:"
            "Council\n\nThe vote came at 9 p.m. Councilwoman Ana Mercado, watching from the back row, tweets: "
            "“Full house tonight. Every chair taken.”",
            [("Full house tonight. Every chair taken.", "Ana Mercado")],
        ),
        (  # "According to X," then a clause with a stop inside a word ("4 a.m."), then the quote
            "Wind\n\nSchools closed early in Brandon County. According to the National Weather Service, gusts "
            "reached 60 mph by 4 a.m., and “travel will be dangerous through the morning.”",
            [("travel will be dangerous through the morning.", "National Weather Service")],
        ),
        (  # a trade by its ending ("deckhand") and a "mail carrier", where "carrier" alone is a firm
            "Ferry\n\nThe ferry ran late on Thursday. “Nobody had seen a badge on this dock in twenty years,” "
            "said a deckhand on the morning crossing, who asked that his name not be printed.\n\nThe quilters "
            "meet on Mondays. “We have never made a quilt that needed a permit,” says a retired mail carrier who "
            "sews the borders.",
            [
                ("Nobody had seen a badge on this dock in twenty years", "deckhand"),
                ("We have never made a quilt that needed a permit", "retired mail carrier"),
            ],
        ),
        (  # words one person relays from another ("Mateo asked her, she said,"), the first a name the model read as an ORG
            "Recital\n\nLucía Barrera said the officers reached the car before the recital ended. On the ride "
            "home, Mateo asked her, she said, “Will Papa be at the next one?”",
            [("Will Papa be at the next one?", "Mateo")],
        ),
        (  # "Her father said, Lucero said,": the father, whom the story names only later
            "Relay\n\nRosa Lucero, a senior, ran the state final while her father was held on an ICE detainer. "
            "The night before, she talked to him on a jail phone. Her father said, Lucero said, “Run the first "
            "mile slow and the last one angry.”\n\nA lawyer has asked a judge to release Tomás Lucero, a roofer "
            "who has lived in Dunmore for twenty years.",
            [("Run the first mile slow and the last one angry.", "Tomás Lucero")],
        ),
        (  # a Spanish business word before a surname ("Transportes Ruelas"), and a paternal surname alone
            "Movers\n\nIgnacio Ruelas Ortega, 61, has owned Transportes Ruelas, a two-truck moving company, for "
            "twenty years.\n\n“I used to move families into new houses,” Ruelas said. “Now I move them out.”",
            [
                ("I used to move families into new houses", "Ignacio Ruelas Ortega"),
                ("Now I move them out.", "Ignacio Ruelas Ortega"),
            ],
        ),
        (  # a picture's credit names no speaker, nor whom a pronoun means
            "Parade photos\n\nPhoto 1 of 2: Gus Varga, 86, watches from a lawn chair outside the post office. "
            "(Herald photo / Karen Whitcomb)\n\nPhoto 2 of 2: The first car turns onto Main Street. “I have not "
            "missed one since 1950,” she said. (Herald photo / Karen Whitcomb)",
            [("I have not missed one since 1950", None)],
        ),
        (  # "According to the directive, which X signed": the directive's writer
            "Blood drives\n\nWASHINGTON — ICE Director John Morton told hospital leaders on Tuesday that agents "
            "would stay away from blood drives.\n\nAccording to the directive, which Morton signed Friday, "
            "“Enforcement at a blood collection site requires the approval of a field office director.”",
            [
                (
                    "Enforcement at a blood collection site requires the approval of a field office director.",
                    "John Morton",
                )
            ],
        ),
        (  # a label in capitals credits no one; a capitalised office between commas; a rating is no quote
            "Fact check\n\nFact check: Are most people deported from Lyon County felons?\n\nTHE CLAIM: “Eight in "
            "ten people this program sends home from Lyon County are felons. Those are the numbers.” Dale "
            "Purcell, Lyon County Commissioner, said that at a debate on Sept. 9.\n\nTHE RATING: “Half "
            "True.”\n\nTHE FACTS: Fingerprints are checked at booking.",
            [
                (
                    "Eight in ten people this program sends home from Lyon County are felons. Those are the numbers.",
                    "Dale Purcell",
                )
            ],
        ),
        (  # kin and a first name with no comma between ("My nephew Hugo,")
            "Shop\n\nICE Director John Morton says the program targets criminals. I would like him to meet my "
            "customers.\n\nMy nephew Hugo, who runs the tire machine, keeps a list of the cars on the wall. Last "
            "week he said, “We are a parking lot now, not a shop.”",
            [("We are a parking lot now, not a shop.", "Hugo")],
        ),
        (  # someone described whose sentence goes on as "she" ("When my neighbor heard …, she came over")
            "Bills\n\nMarta Ilves wrote that the district should stop.\n\nWhen my neighbor heard about the "
            "billing office, she came over with her bill and a question. She asked:\n\n“If I pay it today, do "
            "they take my name off the list?”",
            [("If I pay it today, do they take my name off the list?", "neighbor")],
        ),
        (  # what a song "was to be": its title
            "Wedding\n\n“The lights went down and then there was no music,” said Yesenia Ortiz. The song was to "
            "be “Cielito Lindo.”",
            [("The lights went down and then there was no music", "Yesenia Ortiz")],
        ),
    ],
)
def test_relayed_words_kin_named_later_picture_credits_and_labels_in_capitals(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a letter's signature with a body and a seat ("Oak Falls City Council, Ward 2") ends its letter
            "Library letters\n\nTo the editor:\n\nThe library fines are too high. I have paid three this "
            "year.\n\nWalt Dempsey, Linden Street\n\nTo the editor:\n\nIt should not be routine. I said at the "
            "April council meeting, “A library fine is a civil matter.”\n\nMarta Kinsey, Oak Falls City Council, "
            "Ward 2",
            [("A library fine is a civil matter.", "Marta Kinsey")],
        ),
        (  # "She asked:" in a paragraph of its own: she is whom the paragraph before it described
            "Tow lot letters\n\nJanet Napolitano said in a speech in 2010 that ICE wants local help.\n\nName "
            "withheld, Oak Falls\n\nTo the editor:\n\nI live two doors down from the family. The next morning "
            "his wife came over with her baby on her hip.\n\nShe asked:\n\n“Did I do this? I am the one who "
            "parked there.”",
            [("Did I do this? I am the one who parked there.", "wife")],
        ),
        (  # a surgeon, and a subject the parse finds where a clause runs to "and said"
            "Cafeteria\n\nA surgeon who eats lunch in the cafeteria stopped an organizer in the hallway and "
            "said, “Tell me where to sign.” Later a nurse stopped an organizer in the stairwell and said, “Me "
            "too.”",
            [("Tell me where to sign.", "surgeon"), ("Me too.", "nurse")],
        ),
        (  # a subject after a clause of time; "he added" after a description's question goes on with them
            "Pantries\n\nWhen Napolitano finished, a volunteer who drives a refrigerated truck for a pantry in "
            'South Texas stood at a floor microphone and asked, "Will your officers know that?"\n\n"My drivers '
            "don't read directives,\" he added.",
            [("Will your officers know that?", "volunteer"), ("My drivers don't read directives", "volunteer")],
        ),
        (  # a sign's words after "The sign says:" or after a sign and a colon
            "Pantry sign\n\nThe pantry's director spoke on Tuesday.\n\nThe sign says: \"No ID needed. No "
            'questions asked." We put up a paper sign on the door last week, in two languages: “Your food is '
            "waiting.”",
            [],
        ),
        (  # a headline quote credited by a description the lede gives someone
            "“I counted every kid onto that bus”: a band director on the night ICE came to the contest\n\nAma "
            "Boateng has been the band director at Salt Creek High School for twelve years. ICE officers "
            "arrested the father of her drum major in the parking lot.",
            [("I counted every kid onto that bus", "Ama Boateng")],
        ),
        (  # someone described whose own clause says "his"
            "Derby\n\nConservation officer Ray Tollefsrud said the lake is closed. He said a pickup went through "
            "the ice on Sunday.\n\nA musher from Ely who had driven four hours with his dogs took the news well. "
            '"Better a late race than a truck at the bottom of the lake," he said.',
            [("Better a late race than a truck at the bottom of the lake", "musher from Ely")],
        ),
        (  # a place's nickname after a long aside on it
            "Icebox\n\nThe crew plowed the landing. Regulars call the last stretch of the course, a wind-scoured "
            'mile of open lake, "the Icebox." Halvorsen said the crew will plow it.',
            [],
        ),
        (  # two nouns for one person, then her first name ("Her teammate and best friend, Nayeli,")
            "Race\n\nLuz Ambriz won the state title. “I never looked back,” said Ambriz.\n\nHer teammate and "
            "best friend, Nayeli, who finished 14th, told the Courier after the race, “She cried the whole bus "
            "ride here. That’s Luz.”",
            [("I never looked back", "Luz Ambriz"), ("She cried the whole bus ride here. That’s Luz.", "Nayeli")],
        ),
    ],
)
def test_signatures_with_seats_cues_in_paragraphs_of_their_own_and_headlines_by_description(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a surname alone stays with the one the story first gave it, though a relative named since stands near (her own "she" says so)
            "Orchard\n\n“We close at dusk,” said Odile Prentiss, who runs the orchard with her husband.\n\n“It "
            "was a good year,” Prentiss said.\n\nHer husband, Amos Prentiss, said the frost came late. On Sunday "
            "a board at the gate read “Closed for the season.” Amos Prentiss locked the shed.\n\n“We open again "
            "in May.” Prentiss said it twice as she shut the gate.",
            [
                ("We close at dusk", "Odile Prentiss"),
                ("It was a good year", "Odile Prentiss"),
                ("We open again in May.", "Odile Prentiss"),
            ],
        ),
        (  # the same where the relative's paragraph goes on into no quoted words
            "Lights\n\nEvery December cars line up to see the lights Cedric Hale strings over his barn. “My "
            "knees told me to quit,” Hale said.\n\nHis wife, Marisol Hale, runs the cocoa stand. The speakers "
            "play carols every hour, because Marisol Hale likes them.\n\n“I never counted the people. I counted "
            "the bulbs.” Hale said that on Friday, looking up at the silo.",
            [
                ("My knees told me to quit", "Cedric Hale"),
                ("I never counted the people. I counted the bulbs.", "Cedric Hale"),
            ],
        ),
        (  # "his father" in the pronoun's paragraph: the he is the one whose father he is
            "Bowling\n\nKofi Mensah rolled a perfect game on Saturday. His father, Yaw Mensah, is held in the "
            "county jail on an ICE detainer.\n\n“I didn’t feel my arm,” Mensah said.\n\nThe sheriff’s office "
            "said Yaw Mensah remains in custody.\n\nKofi Mensah will bowl at the state meet next month. The "
            "league has asked whether his father could watch a video of the game. “He gets the ball,” he said.",
            [("I didn’t feel my arm", "Kofi Mensah"), ("He gets the ball", "Kofi Mensah")],
        ),
        (  # a document's words credited by a clause on it a paragraph before ("The directive, which Morton signed")
            "Classes\n\nICE Director John Morton told adult education directors on Tuesday that officers will "
            "stay away from testing centers.\n\nThe directive, which Morton signed Wednesday, covers classrooms "
            "and libraries.\n\nAccording to the directive, “Officers should not arrest anyone at a testing "
            "center.”",
            [("Officers should not arrest anyone at a testing center.", "John Morton")],
        ),
        (  # someone described as "One customer's husband"
            "Cleaners\n\nMy presser, Lupe, keeps a list of every order. “We wait ninety days,” she said.\n\nOne "
            "customer’s husband came back in June, after four months in detention, and stood at the counter a "
            "long time. He told me, “I thought you would have sold it.”",
            [("We wait ninety days", "Lupe"), ("I thought you would have sold it.", "customer’s husband")],
        ),
        (  # a town after a signature is no person, nor is a town a description names someone by
            "Bus letters\n\nTo the editor:\n\nThe app keeps too much. Tell parents what it keeps.\n\nMarisol "
            "Ocampo, Birch Hollow\n\nTo the editor:\n\nAt our September meeting, a mother of two from Birch "
            "Hollow stood at the public microphone. She asked the board:\n\n“If I turn off the app, will my kids "
            "still get picked up?”",
            [("If I turn off the app, will my kids still get picked up?", "mother of two from Birch Hollow")],
        ),
        (  # a headline quote credited by the description the lede gives someone, past a byline
            "“Some couples marry with a lawyer in the front row”: a wedding photographer on the courthouse "
            "weddings she shoots\n\nBy Dana Kell, Evening Star\n\nRosalind Marsh, a wedding photographer, has "
            "photographed three hundred weddings in the courthouse chapel.",
            [("Some couples marry with a lawyer in the front row", "Rosalind Marsh")],
        ),
        (  # the present tense "tells" after a quote
            "Council\n\n7:45 p.m. — “I will post it in Spanish myself,” a landlord who owns four duplexes tells "
            "the council.\n\n7:52 p.m. — “That is not the point,” Councilman Ruddock tells the council. Ruddock "
            "runs a hardware store. “Nobody has been fined,” he tells me.",
            [
                ("I will post it in Spanish myself", "landlord"),
                ("That is not the point", "Ruddock"),
                ("Nobody has been fined", "Ruddock"),
            ],
        ),
        (  # a motto
            "Scouts\n\nIn its handbook, the troop lists its motto as “Be Prepared.” Scoutmaster Gerald Fenwick "
            "said nobody had been prepared for Saturday.",
            [],
        ),
    ],
)
def test_surnames_kept_by_their_first_bearer_documents_signed_before_and_the_present_tense_tells(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a park named for someone is no fuller name of theirs: "Cpl. Tomás Ibarra Park" names Tomás Ibarra, whom "Ibarra" then means
            "Park vote\n\n6:00 p.m. — On the agenda: renaming Eastside Park as Cpl. Tomás Ibarra Park, after an "
            "Army veteran from the neighborhood. Ibarra, 41, is watching by video from Tijuana.\n\n6:40 p.m. — "
            "Ibarra speaks by video. His mother, Elena Ibarra, sits in the front row holding the phone.\n\n“I am "
            "not asking you to forget what I did,” Ibarra says.",
            [("I am not asking you to forget what I did", "Tomás Ibarra")],
        ),
        (  # a name in someone's aside ("Rosa Linde, she said, was sitting on the curb"): the next she is whoever told it
            "Picture day\n\nMarta Pell, the principal, was greeting the first buses when the SUV pulled in. “I "
            "heard a car door,” Pell said.\n\nPell kept the children inside and then called the district office. "
            "Rosa Linde, she said, was sitting on the curb with her head in her hands.\n\nShe wrote in a note to "
            "parents that afternoon that the school would “take care of the children first and the pictures "
            "later.”",
            [
                ("I heard a car door", "Marta Pell"),
                ("take care of the children first and the pictures later.", "Marta Pell"),
            ],
        ),
        (  # a headline's description found in the lede by its head noun ("a school librarian" ... "the librarian at")
            "“They write the letters their parents cannot read”: a school librarian on the club that writes to "
            "detained parents\n\nNora Quiroga has been the librarian at Fenwick Middle School for nine years. "
            "Since last winter she has run a lunch-hour letter club.",
            [("They write the letters their parents cannot read", "Nora Quiroga")],
        ),
        (  # "Her mother" of a girl named as his daughter: the one bearer of the family's surname the relation fits, named later
            "Spelling bee\n\nICE officers arrested Rubén Salas, a welder, minutes after his daughter, Itzel, 12, "
            "finished second in the county spelling bee.\n\n“I knew the word,” Itzel told the Courier. She said "
            "she was holding her certificate when the officers stopped her father. Her mother asked the "
            "officers, “Can he at least take her picture first?”\n\nLeticia Salas did not speak to reporters on "
            "Saturday.",
            [("I knew the word", "Itzel"), ("Can he at least take her picture first?", "Leticia Salas")],
        ),
        (  # a place in the clause of someone brought in with "who" is not who spoke ("the warming house said")
            "Rink\n\nSome skaters have not waited for the city. A skater who was lacing up on the bench by the "
            'warming house said, "I drove out to the pond yesterday. It was fine in the middle."',
            [("I drove out to the pond yesterday. It was fine in the middle.", "skater")],
        ),
    ],
)
def test_places_named_for_people_asides_of_speech_and_kin_the_family_name_gives(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a charge in the accuser's words: "accused Pruitt in a statement of “…”" quotes the campaign
            "Two candidates for county clerk spent the week trading emails. The Alder campaign accused Pruitt in "
            "a statement of “running the office like a private club.”",
            [("running the office like a private club.", "Alder campaign")],
        ),
        (  # a job in apposition before the verb the parse reads as a participle: the named one before it, and both halves kept
            "Maria Okoye, director of the Hill Street Legal Clinic, called arrests at check-ins “a trap with a "
            "waiting room” and argued that they “teach people to stay home.”",
            [("a trap with a waiting room", "Maria Okoye"), ("teach people to stay home.", "Maria Okoye")],
        ),
        (  # a document and the organisation a clause says sent it: "The letter the Orchard Tenants Union mailed … says"
            "The letter the Orchard Tenants Union mailed to every apartment says residents “do not have to open "
            "the door without a warrant” and lists a hotline.",
            [("do not have to open the door without a warrant", "Orchard Tenants Union")],
        ),
        (  # a lede's description that ruled that …, then "calling": the judge the story names next, not the defendant in the clause
            "BRISTOW — A county judge ruled Friday that jurors in the assault trial of Dale Penner will not hear "
            "questions about the immigration status of the farmhand he is accused of beating, calling such "
            "questions “a fee on telling the truth.”\n\nIn a four-page order, County Judge Helen Marsh wrote that "
            "the visa “has nothing to do with what the clerk saw.”",
            [
                ("a fee on telling the truth.", "Helen Marsh"),
                ("has nothing to do with what the clerk saw.", "Helen Marsh"),
            ],
        ),
        (  # "her mother" of the one described as "the boy's mother": her mother, not herself
            "Inés Carrillo, 60, was detained Sunday outside St. Brendan’s after her grandson’s christening.\n\n“She "
            "kept apologizing, like she had spoiled the day,” Marisol Carrillo, 33, the boy’s mother, told the "
            "Courier.\n\n“May I take off the veil first?” her mother asked the officers.",
            [
                ("She kept apologizing, like she had spoiled the day", "Marisol Carrillo"),
                ("May I take off the veil first?", "Inés Carrillo"),
            ],
        ),
        (  # nobody named fits the "he": the described subject before it, "the president"
            "The delegation asked whether the island would refuse flights that land at night. Asked about it at "
            "the palace, the president said it would not. “They are our people. We will always take them in,” he "
            "said.",
            [("They are our people. We will always take them in", "president")],
        ),
        (  # a partial quote inside one speaker's attribution: the quote's other half is still hers
            "WASHINGTON — Lynn Tramonte of America’s Voice spent the morning before a House panel.\n\n“Chairman, I "
            "never said the backlog was gone,” Tramonte told Rep. Dale Hurst, the panel’s senior Republican, "
            "after he accused the group of “padding the numbers” in its report. “I said it was shrinking.”",
            [
                ("Chairman, I never said the backlog was gone", "Lynn Tramonte"),
                ("padding the numbers", "Dale Hurst"),
                ("I said it was shrinking.", "Lynn Tramonte"),
            ],
        ),
        (  # what teammates call someone is a nickname, not a quote
            "Noemí Ruiz threw a shutout on Friday. Teammates call Ruiz “the Wall” for the line drives she knocks "
            "down at third base, and she knocked down two more.",
            [],
        ),
        (  # "earns its nickname, “…”": a name, whoever the sentence credits
            "By noon, the workers say, the old packing shed earns its nickname, “the Kiln.” The fans roar all "
            "afternoon.",
            [],
        ),
        (  # a whiteboard's words are a sign's, no one's
            "A whiteboard by the register still says “Peaches Are In!” in his looping handwriting, from the first "
            "week of June.",
            [],
        ),
        (  # a paper by its short name: the full name the story writes later
            "Letters to the editor\n\nThe Courier’s editorial of May 9 called the new parking rule at the clinic “a "
            "fair trade” and told readers who object to it that they have nothing to fear.\n\nDana Price, the "
            "clinic director, told the Elm Falls Courier the rule is “for patients and nobody else.”",
            [("a fair trade", "Elm Falls Courier"), ("for patients and nobody else.", "Dana Price")],
        ),
    ],
)
def test_charges_jobs_in_apposition_writers_of_notices_and_names_that_are_no_quotes(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # "His lawyer" is the man's own, not the government lawyer the story brought in before
            "A government lawyer asked for removal. “He has no claim to stay,” the government lawyer said.\n\nI "
            "ordered him removed. His lawyer told me afterward, in the hallway, “You did what you had to do.” She "
            "meant it kindly.",
            [("He has no claim to stay", "government lawyer"), ("You did what you had to do.", "lawyer")],
        ),
        (  # whom the pronoun told ("She told the deputy who took her call, “…”") is not who spoke: the woman described before
            "By Sheriff Marisol Vance-Ortega\n\nI have kept those words on my desk for three years.\n\nLast month a "
            "woman from Tillery called our office because her son had been booked for driving without a license. "
            "She told the deputy who took her call, “He has never lived anywhere but here.” She was right.",
            [("He has never lived anywhere but here.", "woman from Tillery")],
        ),
        (  # a description in a "when" clause after a named subject is not the next she: "Pruitt sat …, and when an aide carried out a cake, she asked"
            "Edna Pruitt turned 100 on Friday.\n\nInside, the party went on. Pruitt sat at the head of the long "
            "table in a paper crown, and when an aide carried out a grocery store cake with blue roses on it, she "
            "asked where the real one was.\n\n“Rigo puts the pineapple in the middle, not on top,” she said from "
            "her wheelchair by the window.",
            [("Rigo puts the pineapple in the middle, not on top", "Edna Pruitt")],
        ),
        (  # what someone now calls a room ("which he now calls “the waiting room,”") is a name, not a quote
            "My repair technician, Luis, has been cleaning the returned instruments one at a time in the back "
            "room, which he now calls “the waiting room,” because he expects most of them to go back out.",
            [],
        ),
        (  # a headline quote in title case, then ": a Harlan Street notary on …": the lede's notary
            "“I Tell Every Parent to Sign Two Copies”: a Harlan Street notary on the papers families sign before "
            "a deportation\n\nBEXLEY — For nineteen years Elvia Montaño, a notary public, has run a storefront "
            "office on Harlan Street.",
            [("I Tell Every Parent to Sign Two Copies", "Elvia Montaño")],
        ),
    ],
)
def test_ones_own_descriptions_whom_a_pronoun_told_clauses_of_when_and_headlines_in_title_case(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a "he" after a described subject: a woman named after its clause is no one the "he" can be, and the next "she answered" is hers, not the described man's
            "Rep. Joan Pelly, a Democrat in her third term, took questions for two hours.\n\nA rancher who has run "
            "cattle south of Dry Fork since 1988 asked Pelly why the county jail holds anyone for ICE at all. "
            "“I’ve got two hands who’ve been with me twenty years, and I can’t promise them a thing,” he "
            "said.\n\n“I can’t run the sheriff’s jail for him,” she answered.",
            [
                ("I’ve got two hands who’ve been with me twenty years, and I can’t promise them a thing", "rancher"),
                ("I can’t run the sheriff’s jail for him", "Joan Pelly"),
            ],
        ),
        (  # "X, which is based in Y, says in a statement that it “…”": the one the clause is about
            "Ridgeline Hardware, which is based in Memphis, says in a statement that it “had no part in and no "
            "warning of” the arrests at its store.",
            [("had no part in and no warning of", "Ridgeline Hardware")],
        ),
        (  # a report "from" its writer ("A state inspection report in May, from the state’s Office of Detention Review, described …"): the writer's words
            "The county jail has held people for ICE since 2015. A state inspection report in May, from the "
            "state’s Office of Detention Review, described the jail’s kitchen as “short-staffed and unsafe” and "
            "found two cooks on every shift.",
            [("short-staffed and unsafe", "Office of Detention Review")],
        ),
        (  # a store named with where it is ("the Bellweather Lumber on Ashby Road") is the store by its name
            "Before dawn the parking lot of the Bellweather Lumber on Ashby Road is already full of "
            "pickups.\n\nBellweather Lumber, which is based in Knoxville, said in a statement that it “never asked "
            "for and was never told of” the operation.",
            [("never asked for and was never told of", "Bellweather Lumber")],
        ),
        (  # "the college" before the story names the only college in it: that college in full
            "Rumor empties campus\n\nAt 2:10 p.m., the college sent a campus-wide alert. “No federal agents are on "
            "campus,” the alert read.\n\nTorrance Valley College spokeswoman Irene Dahl said the college would send "
            "alerts sooner.",
            [("No federal agents are on campus", "Torrance Valley College")],
        ),
        (  # "the university" after the story wrote its name in the possessive ("Halden State University’s decision"): the name, without the possessive
            "Readers wrote in all week about Halden State University’s decision to share housing records with "
            "ICE.\n\nThe university said in its statement that it “will keep complying with lawful requests” from "
            "federal agents.",
            [("will keep complying with lawful requests", "Halden State University")],
        ),
        (  # "said Pruett’s chief of staff, Dana Whitlock": the one named, not whose chief of staff she is
            "We asked Pruett’s office where the senator found the number. “It came up in a meeting with a "
            "sheriff,” said Pruett’s chief of staff, Dana Whitlock.",
            [("It came up in a meeting with a sheriff", "Dana Whitlock")],
        ),
        (  # a description with the body's name beside it ("The museum’s governing board, the Alder Valley Historical Society, said"): the body by its name
            "The museum’s governing board, the Alder Valley Historical Society, said in a statement that it was "
            "“deeply troubled” by the arrest.",
            [("deeply troubled", "Alder Valley Historical Society")],
        ),
        (  # the name beside it may end in a lower-case word: ", the Marlow County Early Start program,"
            "The county program, the Marlow County Early Start program, said in a letter to families that visits "
            "may take place “wherever the family feels safe.”",
            [("wherever the family feels safe.", "Marlow County Early Start program")],
        ),
        (  # a lede's "A Hale County judge ruled … that …, calling …": the judge the story names next
            "Judge: jail must let detainees use its library\n\nDUNMORE — A Hale County judge ruled Monday that the "
            "county jail must let inmates held on immigration detainers enroll in its reading classes, calling "
            "their exclusion “a rule with no reason behind it.”\n\nThe ruling, by Circuit Judge Marian Holt, came "
            "in a suit brought by an inmate.",
            [("a rule with no reason behind it.", "Marian Holt")],
        ),
        (  # "“…” That is the first thing Ortega said when …": the quote's own next sentence credits it
            "“Tell Marcy the Delgado tape needs more bass on the second song.” That is the first thing Ortega "
            "said when he called the shop from detention, his partner remembers.",
            [("Tell Marcy the Delgado tape needs more bass on the second song.", "Ortega")],
        ),
        (  # what everyone calls a room ("which everyone at the shop calls “the Vault,”") is a name, however a name and a verb follow it
            "The storage room, which everyone at the shop calls “the Vault,” holds the old lathe Ortega warned about.",
            [],
        ),
        (  # a headline quote in title case, then ": A Nurse on …": the nurse the lede names
            "“We Stopped Knocking”: A Nurse on Home Visits After the Raids\n\nRosalind Achterberg, a visiting "
            "nurse, has spent twelve years driving to the homes of new mothers in Tolland County.",
            [("We Stopped Knocking", "Rosalind Achterberg")],
        ),
        (  # "Her mother did the talking. “…,” she said": the subject of the sentence just before the quote, not the girl before her
            "Another customer came in with her mother to cancel the order. The girl did not say a word. Her "
            "mother did the talking. “We need the money for the lawyer,” she said.",
            [("We need the money for the lawyer", "mother")],
        ),
        (  # "Imelda Carranza, whose husband, Teodoro Carranza, …" … "her husband … He told her": the husband the story named
            "The first witness was Imelda Carranza, whose husband, Teodoro Carranza, was held 20 days in the "
            "county jail. “Nobody told me where he was,” she said.\n\nWhen she finally reached him by phone, she "
            "said, her husband was calm. He told her, “Tell the boys I’m working out of town.”",
            [
                ("Nobody told me where he was", "Imelda Carranza"),
                ("Tell the boys I’m working out of town.", "Teodoro Carranza"),
            ],
        ),
        (  # "her husband", where the story names one other man of her surname: him
            "ICE arrested Arsenio Villagrán at a bowling alley.\n\nPaloma Villagrán told the Courier that “the kids "
            "thought it was a game at first.” She said the officers asked her husband to step outside, and that "
            "her husband turned to them and asked, “Can I at least give them their shoes back?” He was not "
            "allowed to, she said.",
            [
                ("the kids thought it was a game at first.", "Paloma Villagrán"),
                ("Can I at least give them their shoes back?", "Arsenio Villagrán"),
            ],
        ),
        (  # "Westgate Senior Living, the Dunmore company that owns the home, said …": the body before its aside, not a town in the aside
            "DUNMORE — Officers arrested the cook at the loading dock of Harbor View, a nursing home.\n\nTheir "
            "daughter, Lina, is 9. “I did the roses on the side,” Lina said, and went back to her "
            "cartoons.\n\nWestgate Senior Living, the Dunmore company that owns the home, said in a statement that "
            "it had “no advance knowledge of any federal operation” on its property.",
            [
                ("I did the roses on the side", "Lina"),
                ("no advance knowledge of any federal operation", "Westgate Senior Living"),
            ],
        ),
        (  # a described subject whose sentence says "his own" is still the next "he": "An ICE officer did, once, … to have the title to his own boat notarized. He … said to me, “…”"
            "Q: Has anyone from ICE ever come in?\n\nA: An ICE officer did, once, last winter, to have the title to "
            "his own boat notarized. He saw the stack of folders on my desk, read the top one upside down and "
            "said to me, “You are doing these right.” I did not know whether to thank him.",
            [("You are doing these right.", "ICE officer")],
        ),
    ],
)
def test_bodies_beside_descriptions_kin_named_with_whose_writers_of_reports_and_quotes_credited_by_their_next_sentence(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a kin word in a headline ("… with her brother in an ICE hold") names no one first: the bare surname is whom the story names first by name, in the headline and after
            "“I swam the last length for Tomás”: Ocampo wins the state 500 with her brother in an ICE "
            "hold\n\nWICHITA — Marisol Ocampo led by a full length with 50 yards to go Saturday.\n\nOcampo, a junior "
            "at Plains State, won the 500-yard freestyle in 4 minutes, 58 seconds. Her older brother, Tomás "
            "Ocampo, who taught her to swim in a stock pond, has been held in the county jail on an ICE detainer "
            "since March.\n\nThe announcer, Dale Pruitt, called it as she touched the wall:\n\n“Ocampo, all alone, "
            "and she is pointing at the stands, folks.”\n\n“I was not pointing at the stands,” Ocampo said "
            "afterward.",
            [
                ("I swam the last length for Tomás", "Marisol Ocampo"),
                ("Ocampo, all alone, and she is pointing at the stands, folks.", "Dale Pruitt"),
                ("I was not pointing at the stands", "Marisol Ocampo"),
            ],
        ),
        (  # "“…?” ¶ “…,” she answered" after a described woman asked it: the one who answers, not the asker
            "Secretary Ruth Alvarado spoke for twenty minutes. During the questions, a woman who runs a day care "
            "in Yuma, Arizona, went to a microphone and asked, “What do I tell a father who saw agents at the gas "
            "station and kept his girl home?”\n\n“You tell him the truth, which is that we wrote this for him,” she "
            "answered.",
            [
                ("What do I tell a father who saw agents at the gas station and kept his girl home?", "woman"),
                ("You tell him the truth, which is that we wrote this for him", "Ruth Alvarado"),
            ],
        ),
        (  # a paragraph about "he" ("He shuts off the press …. The teenager from next door has gone home") goes on with him: the next "he says" is not the teenager
            "Walt Brenner runs the press himself now, with a teenager from the farm next door stacking the "
            "racks.\n\nHe shuts off the press at dusk and hoses the floor himself. The teenager from next door has "
            "gone home, and the barn smells of vinegar.\n\n“I keep telling people he’ll be back next week,” he "
            "says.",
            [("I keep telling people he’ll be back next week", "Walt Brenner")],
        ),
        (  # "Among the 40 people on the final tour was a woman from Ohio who …. “…,” she said": the woman the inverted sentence brings in
            "The museum named the landing at step 80 for her.\n\nAmong the 40 people on the final tour was a woman "
            "from Ohio who had come up the tower twice before. “She told the same story every time, and every "
            "time I cried at the same part,” she said.",
            [("She told the same story every time, and every time I cried at the same part", "woman from Ohio")],
        ),
        (  # "A woman who had ordered hearing aids for her mother called …. “…,” she told Dolores": the woman, though the parse makes her no subject
            "My receptionist, Dolores, has worked for me for twelve years.\n\nI have offered to fit hearing aids at "
            "patients’ homes. Some have said yes. A woman who had ordered hearing aids for her mother called to "
            "cancel the visit the day before. “My mother says she has heard enough already,” she told Dolores.",
            [("My mother says she has heard enough already", "woman")],
        ),
        (  # "The board met on March 9 and issued the following statement:": the board's statement
            "The board met on March 9 and issued the following statement:\n\n“Luis Carranza has answered more than "
            "900 calls for this corps without pay.”",
            [("Luis Carranza has answered more than 900 calls for this corps without pay.", "board")],
        ),
        (  # "The vendor, Harlan Payment Systems, said … that its fees are “…”": the body named beside the description
            "The vendor, Harlan Payment Systems, said in an email that its fees are “in line with industry standards.”",
            [("in line with industry standards.", "Harlan Payment Systems")],
        ),
    ],
)
def test_answers_to_a_described_asker_kin_in_headlines_inverted_subjects_and_boards_that_met_and_issued(
    tagger: Tagger, text: str, want: list
) -> None:
    assert [(q.text, q.speaker) for q in tagger.tag(text).quotes] == want
