"""Quote pairing and the attribution shapes of this first extractor, on a blank pipeline."""

from __future__ import annotations

import pytest
import spacy

from monitor.config import Watchlist
from monitor.tag.nlp import add_components
from monitor.tag.watchlist import compile_people, compile_terms

WATCHLIST = Watchlist.model_validate({"people": [{"id": "lynn-tramonte", "name": "Lynn Tramonte"}]})


@pytest.fixture(scope="module")
def nlp():
    return add_components(spacy.blank("en"), compile_terms(WATCHLIST), compile_people(WATCHLIST))


def quotes(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text)
    for q in doc._.monitor_quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.text, q.speaker, q.speaker_id) for q in doc._.monitor_quotes]


def test_said_after_the_quote_then_the_name(nlp) -> None:
    text = "“The program has failed our towns,” said Lynn Tramonte, deputy director of America’s Voice."
    assert quotes(nlp, text) == [("The program has failed our towns", "Lynn Tramonte", "lynn-tramonte")]


def test_name_then_said_after_the_quote_resolves_the_surname(nlp) -> None:
    text = "Lynn Tramonte spoke first.\n\n\"We will keep pushing for reform,\" Tramonte said."
    assert quotes(nlp, text) == [("We will keep pushing for reform", "Lynn Tramonte", "lynn-tramonte")]


def test_name_said_colon_before_the_quote(nlp) -> None:
    text = "Maria Okafor said: “The jail should never hold anyone for a detainer.”"
    assert quotes(nlp, text) == [("The jail should never hold anyone for a detainer.", "Maria Okafor", None)]


def test_surname_of_an_unwatched_speaker_resolves_to_the_full_name(nlp) -> None:
    text = ("Maria Okafor runs the clinic.\n\n“We see families every day,” Okafor said.")
    assert quotes(nlp, text) == [("We see families every day", "Maria Okafor", None)]


def test_second_half_of_a_paragraph_inherits_its_speaker(nlp) -> None:
    text = "“This is a good day,” said Dale Ruiz. “We will keep the jail open to everyone.”"
    assert [q[1] for q in quotes(nlp, text)] == ["Dale Ruiz", "Dale Ruiz"]


def test_a_pronoun_with_nobody_named_before_keeps_the_quote_without_a_speaker(nlp) -> None:
    assert quotes(nlp, "“We cannot wait any longer for this,” she said.") == [
        ("We cannot wait any longer for this", None, None)]


def test_scare_quotes_and_short_titles_are_not_quotes(nlp) -> None:
    text = "The so-called “worst of the worst” policy drew a “sanctuary” label from critics."
    assert quotes(nlp, text) == []


def test_a_quote_filling_its_paragraph_is_kept_unattributed(nlp) -> None:
    text = "The memo was short.\n\n\"No county may opt out of the program once it has been activated.\""
    assert quotes(nlp, text) == [("No county may opt out of the program once it has been activated.", None, None)]


def test_an_odd_number_of_marks_never_spills_into_the_next_paragraph(nlp) -> None:
    text = "The sign read \"half a thought\n\n“A complete quotation with its own speaker now,” said Dale Ruiz."
    assert quotes(nlp, text) == [("A complete quotation with its own speaker now", "Dale Ruiz", None)]


def shapes(tagger, text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, shape) from the real model, checking offsets on the way."""
    found = tagger.tag(text).quotes
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.source:
            assert text[q.source[0]:q.source[1]].strip()
        if q.cue_span:
            assert text[q.cue_span[0]:q.cue_span[1]] == q.cue
    return [(q.text, q.speaker, q.shape) for q in found]


@pytest.mark.parametrize(("text", "want"), [
    ("Lynn Tramonte, deputy director of America's Voice, spoke first.\n\nTramonte continued:\n\n"
     "“The county has other choices and it should make them now.”",
     [("The county has other choices and it should make them now.", "Lynn Tramonte", "colon_paragraph")]),
    ("Sheriff Dana Okafor said that “the jail will not hold anyone past release.”",
     [("the jail will not hold anyone past release.", "Dana Okafor", "said_that")]),
    ("According to Marta Silva, a lawyer in Harbor City, “the detainers are requests, not orders.”",
     [("the detainers are requests, not orders.", "Marta Silva", "according_to")]),
    ("“We will keep the doors open for every family” — Rosa Quintero, board chair",
     [("We will keep the doors open for every family", "Rosa Quintero", "dash")]),
    ("“Nobody is above the law,” said a spokesperson for the sheriff's office.",
     [("Nobody is above the law", "spokesperson for the sheriff's office", "description")]),
    ("“We asked for the numbers twice,” Tramonte told The Harbor Ledger. Lynn Tramonte leads the campaign.",
     [("We asked for the numbers twice", "Lynn Tramonte", "name_said_after")]),
    ("“This is the first part,” Dale Ruiz said, “and this is the second part of it.”",
     [("This is the first part", "Dale Ruiz", "name_said_after"),
      ("and this is the second part of it.", "Dale Ruiz", "split")]),
])
def test_attribution_shapes(tagger, text: str, want: list) -> None:
    assert shapes(tagger, text) == want


def test_a_pronoun_resolves_to_the_last_compatible_person_with_lower_confidence(tagger) -> None:
    text = ("Ms. Lynn Tramonte of America's Voice met Mr. Dale Ruiz at the hearing.\n\n"
            "“We were promised answers and got none,” she said.")
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.speaker_id, quote.shape) == ("Lynn Tramonte", "lynn-tramonte", "pronoun")
    named = tagger.tag("“We were promised answers and got none,” said Lynn Tramonte.").quotes[0]
    assert 0 < quote.confidence < named.confidence


def test_a_quote_only_paragraph_continues_the_speaker_unless_someone_else_was_named(tagger) -> None:
    text = ("“The program failed,” said Lynn Tramonte, deputy director of America's Voice.\n\n"
            "“It failed the families it claimed to protect, and it failed the county.”")
    first, second = tagger.tag(text).quotes
    assert (second.speaker, second.shape) == ("Lynn Tramonte", "continuation")
    assert first.role == second.role == "deputy director of America's Voice"
    assert second.confidence < first.confidence
    other = ("“The program failed,” said Lynn Tramonte, who spoke after Dale Ruiz.\n\n"
             "“It failed the families it claimed to protect, and it failed the county.”")
    assert [q.speaker for q in tagger.tag(other).quotes] == ["Lynn Tramonte", None]


def test_titles_and_a_stray_inch_mark_are_not_quotes(tagger) -> None:
    text = ("The report titled “Dying in Detention: Deaths in County Custody Since 2020” came out Monday. "
            "The 6'2\" forward scored twice.\n\n“We never saw the report before it ran,” said Dale Ruiz.")
    assert shapes(tagger, text) == [("We never saw the report before it ran", "Dale Ruiz", "said_after_name")]


@pytest.mark.parametrize(("text", "want"), [
    # Statements: the speaker is named in the paragraph that introduces them.
    ("Vote\n\nThe following is a statement from Lynn Tramonte, Deputy Director of America's Voice, reacting to the "
     "vote:\n\n“Today the council chose families over fear.\n\n“We will hold every member to it.”",
     [("Today the council chose families over fear.", "Lynn Tramonte", "statement"),
      ("We will hold every member to it.", "Lynn Tramonte", "multi_paragraph")]),
    ("Vote\n\nFrank Sharry, Executive Director of America's Voice, issued the following statement:\n\n"
     "“The vote shows what organizing can do.”",
     [("The vote shows what organizing can do.", "Frank Sharry", "statement")]),
    ("Vote\n\nStatement of Frank Sharry on the Senate Vote\n\n“The vote shows what organizing can do.”",
     [("The vote shows what organizing can do.", "Frank Sharry", "statement")]),
    ("AV's Lynn Tramonte On the Vote: “We Can Change Elections.”\n\nThe vote came on Tuesday.",
     [("We Can Change Elections.", "Lynn Tramonte", "headline")]),
    # Cues beyond "said", and the clause after one.
    ("Budget\n\nAs New York Governor Cuomo wrote when announcing the state's withdrawal: “The program is failing "
     "the people it was meant to protect.”",
     [("The program is failing the people it was meant to protect.", "Cuomo", "name_said_before")]),
    ("Letter\n\nLynn Tramonte wrote in a letter to the board: “You have the data. Use it.”",
     [("You have the data. Use it.", "Lynn Tramonte", "name_said_before")]),
    ("Hearing\n\n“The numbers do not add up,” testified Dale Ruiz, the county auditor.",
     [("The numbers do not add up", "Dale Ruiz", "said_after_name")]),
    # A title before the name after the cue; initials and Jr. kept.
    ("Safety\n\n“Nothing about this program makes us safer,” said Secretary of Homeland Security Alejandro N. "
     "Mayorkas Jr. on Tuesday.",
     [("Nothing about this program makes us safer", "Alejandro N. Mayorkas Jr.", "said_after_name")]),
    # Organisations and descriptions credited.
    ("Raid\n\n“We are reviewing the request,” ICE said in a statement.",
     [("We are reviewing the request", "ICE", "organisation")]),
    ("Raid\n\n“This is a reckless policy,” the Post wrote in an editorial.",
     [("This is a reckless policy", "Post", "organisation")]),
    ("Raid\n\n“We are reviewing the request,” a DHS spokesperson said.",
     [("We are reviewing the request", "DHS spokesperson", "description")]),
    ("Raid\n\nThe sheriff's office said in a news release: “Deputies acted within policy.”",
     [("Deputies acted within policy.", "sheriff's office", "organisation")]),
    # A short partial quote in reported speech is a quote; a scare quote, a show or a slogan is not.
    ("Vote\n\nLynn Tramonte called the program “a disaster for public safety” and asked the board to end it.",
     [("a disaster for public safety", "Lynn Tramonte", "partial")]),
    ("Show\n\nDale Ruiz spoke on “Fox News Sunday” about the “sanctuary” fight. Crowds chanted "
     "“Make America Great Again” outside.",
     []),
])
def test_shapes_of_real_news(tagger, text: str, want: list) -> None:
    assert shapes(tagger, text) == want


def test_organisations_and_descriptions_say_what_kind_of_speaker_they_are(tagger) -> None:
    text = "Raid\n\n“We are reviewing the request,” ICE said. “Nobody was hurt,” a DHS spokesperson said."
    assert [(q.speaker, q.speaker_kind, q.speaker_id) for q in tagger.tag(text).quotes] == [
        ("ICE", "organisation", None), ("DHS spokesperson", "description", None)]


def test_the_sheriff_said_is_the_sheriff_the_story_named(tagger) -> None:
    text = "Jail\n\nSheriff Dana Okafor met the board on Tuesday.\n\n“We will follow the law,” the sheriff said."
    (quote,) = tagger.tag(text).quotes
    assert (quote.speaker, quote.speaker_kind) == ("Dana Okafor", "person")


def test_a_pronoun_skips_people_named_inside_someone_elses_quote(tagger) -> None:
    text = ("Jail\n\nLynn Tramonte spoke at the hearing. “I asked Dale Ruiz for the numbers twice,” Tramonte said.\n\n"
            "“We never got them,” she said.")
    assert [q.speaker for q in tagger.tag(text).quotes] == ["Lynn Tramonte", "Lynn Tramonte"]
