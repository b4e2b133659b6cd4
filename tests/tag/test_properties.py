"""The quote finder on text nobody would write: whatever the words, quotes point into the text, speakers are
words of the text or a name it holds, and nothing raises. Generated from the pieces its rules read (quote marks,
names, cues, titles, asides, headlines, paragraph breaks), so the rules meet each other in every order."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from monitor.tag import Tagger

PIECES = [
    "“",
    "”",
    '"',
    "“We will not comply,” ",
    "“a b” ",
    "said ",
    "told reporters ",
    "Wrote ",
    "Announced Ada Lee near the end: ",
    " it said. ",
    " we wrote. ",
    " they wrote. ",
    "The department promised forums. ",
    "Harbor Rights Network Newsletter — May\n\n",
    "In solidarity, The Harbor Rights Network staff",
    " the statement said. ",
    "a statement from the Corran County Sheriff’s Office. ",
    ": an interview with Ana Lee\n\n",
    "Statement of Local 88 President Ana Lee on the Firings\n\n",
    "said Sgt. Ana Lee, ",
    "the county chairwoman, Joan Tuttle, ",
    "Explained ",
    "Lynn Tramonte ",
    "Tramonte ",
    "Ms. ",
    "Mr. ",
    "Judge ",
    "Paul Strand-Iverson ",
    "Hollis ",
    "Meridian ",
    "the company ",
    "the agency ",
    "ICE ",
    "U.S. ",
    "Inc. ",
    "Co. ",
    "a spokesman ",
    ", 54, ",
    ", a trade group, ",
    "who ",
    "which she called ",
    "so-called ",
    "a chant of ",
    "memoir, ",
    "statement ",
    "the following statement:",
    "issued a statement. ",
    "according to ",
    "I ",
    "she ",
    "he ",
    "it ",
    "By ",
    "OKAFOR: ",
    "Q: ",
    "a.m. ",
    ". ",
    ", ",
    ": ",
    "\n\n",
    "\n",
    "— ",
    "(R-Pa.) ",
    "'s ",
    "’s ",
    "of Bay City ",
    "Jr. ",
    "Phones",
    "Pelliton ",
    "Pelliton said. ",
    # the shapes added for the fourth development set
    "you told ",
    "KVTR: ",
    "A: ",
    "CALLER (BRAD, WRENFIELD): ",
    "was told by ",
    "It read, in part:",
    "the letter said ",
    "In a letter, ",
    "read her statement ",
    "on behalf of ",
    "may be attributed to ",
    "D-Tucson, ",
    "his wife, ",
    "My foreman, Efraín, ",
    "a Democrat in her first term, ",
    "& Power ",
    "for Congress ",
    "Office of Gov. ",
    "had a message for the sheriff:",
    "spokesman ",
    "the detainees ",
    "they ",
    # the shapes added for courts, long features, community press and politics (dev34 to dev37)
    "María José Castañeda de León ",
    "Castañeda ",
    "Kevin Tovar Castañeda, 19, ",
    "Rogelio Garza Treviño, 52, ",
    "the older Garza ",
    "Doña ",
    "Padre ",
    "Sen. Wade Pruett, R-Texas, the committee’s chairman, ",
    "the ranking member ",
    "Harlan Ridge Foods Inc. ",
    "Harlan Ridge ",
    "issued the following statement:",
    "thanked the deputies for ",
    "described the night this way:",
    "According to ",
    "considered the question for a long moment:",
    "who spoke on condition of anonymity because she ",
    "whose son ",
    "asked me:",
    "like a woman ",
    "Related\n",
    "calling him the ",
    "Late Thursday ",
    "LYNDMOOR, Ga. (WKXN) — ",
    "a nurse on 4 West ",
    "Tell ",
    "Redbank Correctional Services ",
    "Lyndmoor County Schools ",
    "The post, shared at 10:14 a.m., read in part:",
    # live blogs, embedded posts, emails (dev38 and dev39)
    "• ",
    "9:22 p.m. — ",
    "— @millcreek_rosa",
    " (@StBridgetMill)",
    "’s reply to both, an hour later, was one line:",
    "emailed the family ",
    "The first email, sent at 2:47 p.m. March 4 by ",
    " reads:\n\n",
    "after the vote:",
    # trade press, broadcast and foreign wire (dev40 and dev41)
    "the federation’s letter reads",
    "The co-op’s letter ",
    "Chesapeake Processing Workers Union Local 12 ",
    "According to the affidavit, ",
    "a statement sent to the rally by ",
    "I talked to a sheriff in Georgia, and he told me, ",
    "asked chief meteorologist Brandon Tso ",
    "“Quieter,” ",
    "called out",
    "the figures Brackett had asked for ",
    "Juan Pablo Reyes ",
    "Cascade Orchardist | Interview by ",
    "A: ",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
# found by this test: a split quote's second half took the other half's cue but kept its own cue's place
@example(pieces=["“We will not comply,” ", "said ", "“We will not comply,” ", "told reporters ", "told reporters "])
def test_any_arrangement_of_the_pieces_gives_quotes_that_point_into_the_text(tagger: Tagger, pieces: list[str]) -> None:
    text = "".join(pieces)
    for quote in tagger.tag(text).quotes:
        assert text[quote.start : quote.end] == quote.text and quote.text.strip()
        assert 0.0 <= quote.confidence <= 1.0
        if quote.speaker is None:
            assert quote.speaker_kind is None and quote.confidence == 0.0
        else:
            assert quote.speaker.strip() and "\n" not in quote.speaker
            assert quote.speaker_kind in ("person", "organisation", "description")
        if quote.source:
            assert text[quote.source[0] : quote.source[1]].strip()
        if quote.cue_span:
            assert text[quote.cue_span[0] : quote.cue_span[1]] == quote.cue
