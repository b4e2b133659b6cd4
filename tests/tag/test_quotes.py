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


def test_pronoun_attribution_keeps_the_quote_without_a_speaker(nlp) -> None:
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
