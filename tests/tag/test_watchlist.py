"""The watchlist component on a blank pipeline with a fixture watchlist (no trained model needed)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from monitor.config import Watchlist
from monitor.tag import Tagger
from monitor.tag.nlp import add_components
from monitor.tag.watchlist import Prefilter, compile_people, compile_queries, compile_terms, rejected

WATCHLIST = Watchlist.model_validate(
    {
        "topics": [
            {"id": "secure-communities", "label": "Secure Communities", "case_sensitive": ["Secure Communities"]},
            {
                "id": "ice",
                "label": "ICE",
                "phrases": ["Immigration and Customs Enforcement"],
                "terms": [
                    {
                        "text": "ICE",
                        "require_any": ["deport", "detain", "immigra"],
                        "reject_any": ["futures", "intercontinental exchange", "hockey", "storm"],
                    }
                ],
            },
            {
                "id": "local-enforcement",
                "label": "Local enforcement",
                "query": '("287(g)" OR detainer*) NEAR/5 (sheriff OR jail) NOT hockey',
            },
            {"id": "agency", "label": "The agency, exactly", "query": "=DHS AND (deport* OR raid)"},
        ],
        "people": [{"id": "lynn-tramonte", "name": "Lynn Tramonte"}, {"id": "john-morton", "name": "John Morton"}],
    }
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return add_components(
        spacy.blank("en"), compile_terms(WATCHLIST), compile_people(WATCHLIST), compile_queries(WATCHLIST)
    )


def topics(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.label_, s.text) for s in doc.spans["monitor_topics"]]


def people(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.label_, s.text) for s in doc.spans["monitor_people"]]


def test_program_name_matches_only_as_a_proper_noun(nlp: Language) -> None:
    assert topics(nlp, "The county left Secure Communities on Monday.") == [
        ("secure-communities", "Secure Communities")
    ]
    assert topics(nlp, "We are building safe and secure communities for families.") == []


def test_acronym_is_case_sensitive(nlp: Language) -> None:
    assert topics(nlp, "The ice on the road made officers detain no one and deport nobody.") == []
    assert topics(nlp, "Ice agents? No: Ice is a band. Immigration talk aside.") == []


def test_acronym_needs_its_sense_from_context(nlp: Language) -> None:
    assert topics(nlp, "ICE agents moved to detain and deport the men.") == [("ice", "ICE")]
    assert topics(nlp, "ICE futures rose on the Intercontinental Exchange.") == []
    assert topics(nlp, "ICE said nothing.") == []


def test_acronym_named_twice_with_nothing_against_it_is_the_watched_sense(nlp: Language) -> None:
    letter = "A water bill is not a map for ICE\n\nThe city handed addresses to ICE. Nobody signed up for that."
    doc = nlp(letter)
    found = doc.spans["monitor_topics"]
    assert [(s.label_, s.text) for s in found] == [("ice", "ICE"), ("ice", "ICE")]
    assert "2 times in exact case" in found[0]._.monitor_reason
    assert topics(nlp, "The city handed addresses to ICE. Nobody signed up for that.") == []  # once is not enough
    assert topics(nlp, "ICE rose. Traders bought ICE futures.") == []  # a word for the other sense in the story
    assert topics(nlp, "The ice held. ICE said nothing.") == []  # "ice" in lower case is not the acronym
    assert topics(nlp, "SKATERS FIND ICE CLOSED AGAIN\n\nThe sign said ICE closed at noon.") == []  # a line in capitals
    school = "The ICE class, short for Introduction to Culinary Entrepreneurship, runs a cafe. ICE students bake."
    doc = nlp(school)
    assert list(doc.spans["monitor_topics"]) == []  # the story spells the acronym out as something else
    assert {r.reason for r in rejected(doc)} == {"'ICE' spelled out as 'Introduction to Culinary Entrepreneurship'"}
    could_match = Prefilter(compile_terms(WATCHLIST), compile_people(WATCHLIST)).could_match
    assert could_match(letter) and not could_match("The city handed addresses to ICE.")
    assert not could_match("ICE rose. Traders bought ICE futures.")  # twice, but with a reject_any word


def test_acronym_is_accepted_when_the_long_form_is_spelled_out(nlp: Language) -> None:
    doc = nlp("Immigration and Customs Enforcement opened an office. ICE said nothing more.")
    found = [(s.label_, s.text, s._.monitor_reason) for s in doc.spans["monitor_topics"]]
    assert [f[:2] for f in found] == [("ice", "Immigration and Customs Enforcement"), ("ice", "ICE")]
    assert "long form" in found[1][2]


def test_long_form_matches_in_any_case(nlp: Language) -> None:
    assert topics(nlp, "IMMIGRATION AND CUSTOMS ENFORCEMENT agents") == [("ice", "IMMIGRATION AND CUSTOMS ENFORCEMENT")]


def test_each_hit_says_why_it_was_accepted(nlp: Language) -> None:
    doc = nlp("ICE agents moved to detain the men under Secure Communities.")
    reasons = {s.text: s._.monitor_reason for s in doc.spans["monitor_topics"]}
    assert "'detain'" in reasons["ICE"] and "Secure Communities" in reasons["Secure Communities"]


def test_surname_counts_only_after_the_full_name_is_in_the_document(nlp: Language) -> None:
    assert people(nlp, "Tramonte spoke first.") == []
    assert people(nlp, "Lynn Tramonte spoke. Later Tramonte left.") == [
        ("lynn-tramonte", "Lynn Tramonte"),
        ("lynn-tramonte", "Tramonte"),
    ]


def test_prefilter_lets_through_only_documents_that_can_match() -> None:
    could_match = Prefilter(compile_terms(WATCHLIST), compile_people(WATCHLIST)).could_match
    assert could_match("ICE agents moved to detain him") and could_match("immigration and customs enforcement")
    assert could_match("Lynn Tramonte spoke; then Tramonte said")
    assert not could_match("ice storm hits the valley; secure communities matter")
    assert not could_match("ICE futures rose on the exchange")  # an acronym with none of its supporting words
    assert not could_match("Tramonte's restaurant opened")  # a surname counts only after the full name


def test_capitals_in_a_shouting_headline_need_the_story_to_confirm_them(nlp: Language) -> None:
    assert topics(nlp, "ICE RAIDS LEAVE FAMILIES WAITING FOR NEWS\n\nThe county fair opened on Friday.") == []
    confirmed = topics(nlp, "ICE RAIDS LEAVE FAMILIES WAITING\n\nICE agents detained nine people, officials said.")
    assert confirmed == [("ice", "ICE"), ("ice", "ICE")]
    assert topics(nlp, "Building Secure Communities For Our Children\n\nThe school board met.") == []
    assert topics(nlp, "Leaving Secure Communities Behind\n\nThe county left Secure Communities in May.") == [
        ("secure-communities", "Secure Communities"),
        ("secure-communities", "Secure Communities"),
    ]


def test_boolean_queries_match_near_and_not(nlp: Language) -> None:
    assert {label for label, _ in topics(nlp, "The sheriff will stop honoring detainers at the county jail.")} == {
        "local-enforcement"
    }
    far = "The sheriff spoke about roads, parks, budgets, schools, weather and, much later, a detainer."
    assert topics(nlp, far) == []
    assert topics(nlp, "The jail detainer joke got old at the hockey game.") == []
    assert topics(nlp, "The jail honored a 287(g) request.")[0][0] == "local-enforcement"


def test_exact_case_terms_in_queries(nlp: Language) -> None:
    assert [label for label, _ in topics(nlp, "DHS raid in the valley")] == ["agency", "agency"]
    assert topics(nlp, "The dhs raid on the freezer") == []


def test_the_prefilter_lets_through_what_a_query_could_match() -> None:
    could_match = Prefilter(compile_terms(WATCHLIST), compile_people(WATCHLIST), compile_queries(WATCHLIST)).could_match
    assert could_match("The county received a detainer request on Monday.")
    assert could_match("Deputies signed a 287(g) agreement.")
    assert not could_match("The sheriff's office opened a new jail kitchen.")  # the other side is enough


def test_a_longer_name_containing_the_program_name_is_not_the_program(nlp: Language) -> None:
    assert topics(nlp, "The town won a Secure Communities Housing Grant for apartments.") == []
    assert topics(nlp, "The town joined the Safe and Secure Communities grant program.") == []
    assert topics(nlp, "The county left Secure Communities and 287(g) in May.") == [
        ("secure-communities", "Secure Communities")
    ]


def test_a_context_phrase_that_holds_the_acronym_settles_its_sense_where_it_stands() -> None:
    watchlist = Watchlist.model_validate(
        {
            "topics": [
                {
                    "id": "ice",
                    "label": "ICE",
                    "terms": [
                        {
                            "text": "ICE",
                            "require_any": ["detain", "ice director"],
                            "reject_any": ["shares", "train", "ice futures"],
                        }
                    ],
                }
            ]
        }
    )
    nlp = add_components(spacy.blank("en"), compile_terms(watchlist), [], [])
    # two words against one for it nearby, but "ICE Director" is the agency
    doc = nlp("The FBI shares the prints with us, and we train staff. ICE Director Ann Lee ordered a review.")
    assert [(s.text, s._.monitor_reason) for s in doc.spans["monitor_topics"]] == [("ICE", "'ICE' in 'ice director'")]
    # and "ICE futures" is the exchange, however many words of detention stand near it
    assert topics(nlp, "Officers detain, detain and detain; ICE futures rose anyway.") == []


def test_a_tie_goes_to_the_context_word_right_by_the_acronym(nlp: Language) -> None:
    # one word for the agency and one against: "immigration authorities, including ICE" settles it, the storm a
    # sentence away does not
    text = (
        "The storm closed the roads for a day. The bill bars the state from sharing addresses with federal "
        "immigration authorities, including ICE, without a court order."
    )
    doc = nlp(text)
    found = [(s.text, s._.monitor_reason) for s in doc.spans["monitor_topics"]]
    assert found == [("ICE", "'ICE' right by 'immigra' (4 words away), nearer than 'storm'")]
    # a tie with the word against it nearer, or the word for it farther than a few words, is no hit
    assert topics(nlp, "Federal immigration lawyers met for hours on Tuesday, long after the ICE storm began.") == []
    assert topics(nlp, "Immigration was the theme of the long meeting that day; then came the ICE storm.") == []


_FILLER = (
    " The league has twelve teams this year, and the fields at Grant Park are in good shape. Coaches meet every"
    " Tuesday night to plan practices, order shirts and set the schedule for the season, and parents bring snacks."
)


def test_acronym_once_in_a_story_with_as_many_words_for_it_as_against_it(nlp: Language) -> None:
    letter = (
        "Parents stopped coming after they watched ICE pick up two fathers at the apartments last spring."
        + _FILLER
        + " Nobody who follows immigration news is surprised."
        + _FILLER
        + " The storm in April closed the fields for a week."
    )
    doc = nlp(letter)
    found = doc.spans["monitor_topics"]
    assert [(s.label_, s.text) for s in found] == [("ice", "ICE")]
    assert "as much as about 'storm'" in found[0]._.monitor_reason
    assert topics(nlp, letter.replace("for a week.", "for a week, and hockey took the rink.")) == []  # more against
    estimate = (
        "The lowest bid came in above the county's independent cost estimate, or ICE, of $2.2 million."
        + _FILLER
        + " Deputies did not detain anyone at the bridge."
        + _FILLER
        + " The storm in April washed out the road."
    )
    doc = nlp(estimate)
    assert list(doc.spans["monitor_topics"]) == []  # the story spells the letters out as something else
    assert {r.reason for r in rejected(doc)} == {"'ICE' spelled out as 'independent cost estimate'"}


@pytest.mark.parametrize("who", ["ICE trial attorneys", "ICE lawyers", "an ICE prosecutor"])
def test_the_agencys_own_lawyers_make_the_acronym_the_agency(tagger: Tagger, who: str) -> None:
    # no other word for immigration near it: a memoir about "the court in the years when ICE trial attorneys …"
    text = f"In retirement she wrote a memoir about the court in the years when {who} began filling its calendars."
    assert [hit.id for hit in tagger.tag(text).topics] == ["ice"]
