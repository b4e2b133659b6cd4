"""The watchlist editor's preview (monitor/tag/preview.py) on a blank pipeline: what a draft adds and drops, with the
tagger's reasons and the confounders it turned down, and the change test that decides which articles are read:
a text it turns away must get the same topics and people from both versions, checked here on every text of a
small corpus for every draft."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import spacy
from spacy.language import Language

from monitor.config import Watchlist
from monitor.config.query_syntax import parse_query
from monitor.tag.preview import Previewer, change_test, query_delta
from monitor.tag.watchlist import (
    PEOPLE_KEY,
    TOPICS_KEY,
    WatchlistMatcher,
    compile_people,
    compile_queries,
    compile_terms,
)

CURRENT = {
    "topics": [
        {
            "id": "ice",
            "label": "ICE",
            "phrases": ["Immigration and Customs Enforcement"],
            "terms": [
                {
                    "text": "ICE",
                    "window": 10,
                    "require_any": ["deport", "detain", "raid"],
                    "reject_any": ["futures", "hockey", "storm"],
                }
            ],
        },
        {
            "id": "local",
            "label": "Local",
            "query": '(detainer OR "287(g)") NEAR/5 (sheriff OR jail) NOT "unlawful detainer"',
        },
        {"id": "program", "label": "Program", "case_sensitive": ["Secure Communities"]},
    ],
    "people": [
        {"id": "lynn-tramonte", "name": "Lynn Tramonte", "organisation": "America's Voice", "context": ["immigra"]},
        {"id": "john-morton", "name": "John Morton", "context": ["deportation"]},
    ],
}

TEXTS = [
    "ICE agents moved to deport him on Friday, officials said.",
    "ICE futures rose as the hockey season began. Raid on the pantry.",
    "The raid by ICE came at dawn, neighbours said.",
    "A storm closed the rink and hockey was off; ICE raid rumours spread anyway.",
    "The sheriff said the jail will not honour a detainer without a warrant.",
    "An unlawful detainer case sent the sheriff to evict the tenant.",
    "Secure Communities ended in 2014. Lynn Tramonte welcomed it.",
    "Lynn Tramonte ran a marathon on Sunday.",
    "L. Tramonte of America's Voice said the program hurt immigrants.",
    "John Morton, a dairy farmer, sold his herd.",
    "John Morton oversaw record deportation numbers.",
    "Nothing watched here: a recipe for ice cream.",
    "Immigration and Customs Enforcement said ICE would respond.",
    "The judge signed a warrant on Tuesday.",
    "The city gave water bills to ICE. Nobody asked ICE why.",  # named twice, with no word for or against
]


def watchlist(**changes: object) -> Watchlist:
    """CURRENT with some entries replaced: changes are topic or person ids (underscores for hyphens) → entry or None."""
    raw = {"topics": [dict(t) for t in CURRENT["topics"]], "people": [dict(p) for p in CURRENT["people"]]}
    for key, value in changes.items():
        ident = key.replace("_", "-")
        for table in ("topics", "people"):
            entries = raw[table]
            found = [i for i, e in enumerate(entries) if e["id"] == ident]
            if found:
                if value is None:
                    del entries[found[0]]
                else:
                    entries[found[0]] = value
                break
        else:
            assert isinstance(value, dict)
            raw["people" if "name" in value else "topics"].append(value)
    return Watchlist.model_validate(raw)


def ice_term(**rules: object) -> dict:
    term = dict(CURRENT["topics"][0]["terms"][0])
    term.update(rules)
    return {**CURRENT["topics"][0], "terms": [term]}


DRAFTS = {
    "raid moves to reject_any": watchlist(
        ice=ice_term(require_any=["deport", "detain"], reject_any=["futures", "hockey", "storm", "raid"])
    ),
    "window 10 -> 3": watchlist(ice=ice_term(window=3)),
    "a reject_any word for a story naming ICE twice": watchlist(
        ice=ice_term(reject_any=["futures", "hockey", "storm", "water"])
    ),
    "NOT unlawful detainer dropped": watchlist(
        local={**CURRENT["topics"][1], "query": '(detainer OR "287(g)") NEAR/5 (sheriff OR jail)'}
    ),
    "query widened with OR": watchlist(
        local={**CURRENT["topics"][1], "query": CURRENT["topics"][1]["query"] + " OR warrant"}
    ),
    "an alias": watchlist(lynn_tramonte={**CURRENT["people"][0], "aliases": ["L. Tramonte"]}),
    "context word removed": watchlist(john_morton={"id": "john-morton", "name": "John Morton"}),
    "context word changed": watchlist(
        john_morton={"id": "john-morton", "name": "John Morton", "context": ["immigration"]}
    ),
    "topic removed": watchlist(program=None),
    "topic added": watchlist(new={"id": "marathon", "label": "Marathon", "phrases": ["marathon"]}),
    "label only": watchlist(program={**CURRENT["topics"][2], "label": "S-Comm"}),
}


@dataclass(frozen=True)
class Stored:
    id: int
    title: str
    text: str
    outlet: str


ARTICLES = [Stored(i + 1, f"Story {i + 1}", text, "Gazette") for i, text in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


def found(nlp: Language, watchlist: Watchlist, text: str) -> set[tuple[str, str]]:
    matcher = WatchlistMatcher(nlp, compile_terms(watchlist), compile_people(watchlist), compile_queries(watchlist))
    doc = matcher(nlp.make_doc(text))
    return {("topic", s.label_) for s in doc.spans[TOPICS_KEY]} | {("person", s.label_) for s in doc.spans[PEOPLE_KEY]}


@pytest.mark.parametrize("name", list(DRAFTS))
def test_a_text_the_change_test_turns_away_is_found_the_same_by_both(nlp: Language, name: str) -> None:
    current, draft = watchlist(), DRAFTS[name]
    could_change = change_test(current, draft)
    changed = 0
    for text in TEXTS:
        document = f"Story\n\n{text}"
        same = found(nlp, current, document) == found(nlp, draft, document)
        changed += not same
        assert same or could_change(document), f"{name}: {text!r} changes but the test turned it away"
    if name != "label only":
        assert changed, f"{name}: the corpus should hold a text this draft changes"


def test_a_new_label_reads_no_article(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["label only"]).compare(ARTICLES)
    assert (preview.candidates, preview.added, preview.dropped) == (0, [], [])
    assert preview.window_articles == len(ARTICLES) and preview.changed == ("program",)


def test_moving_a_word_to_reject_any_drops_those_stories_with_the_reason_they_had(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["raid moves to reject_any"]).compare(ARTICLES)
    assert [(c.article_id, c.id) for c in preview.dropped] == [(3, "ice")]  # in 4, "storm" already held it back
    assert preview.dropped[0].reason == "'ICE' near 'raid' ('raid' 2 words away)"
    assert preview.added == [] and preview.added_count == 0 and preview.dropped_count == 1
    turned_down = {c.article_id: c.reason for c in preview.confounders}
    assert turned_down[3] == "'ICE' near 'raid'"
    assert turned_down[4] == "'ICE' near 'hockey', 'storm', 'raid'"
    assert preview.candidates < len(ARTICLES)  # only texts with ICE and "raid" were read


def test_dropping_a_not_adds_the_stories_it_kept_out_with_the_query_as_reason(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["NOT unlawful detainer dropped"]).compare(ARTICLES)
    assert [(c.article_id, c.kind, c.id) for c in preview.added] == [(6, "topic", "local")]
    assert preview.added[0].reason.startswith("query '(detainer OR")
    assert preview.candidates == 1  # the only text with "unlawful detainer"


def test_an_alias_adds_the_person_with_the_context_that_made_it_count(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["an alias"]).compare(ARTICLES)
    assert [(c.article_id, c.id, c.text) for c in preview.added] == [(9, "lynn-tramonte", "L. Tramonte")]
    assert preview.added[0].reason == "'L. Tramonte' named, with \"America's Voice\", 'immigra'"


def test_a_person_without_context_words_counts_wherever_named(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["context word removed"]).compare(ARTICLES)
    assert [(c.article_id, c.id) for c in preview.added] == [(10, "john-morton")]  # the dairy farmer
    assert preview.added[0].reason == (
        "'John Morton' named, and with no organisation, role or context set, every mention counts"
    )


def test_context_that_no_story_holds_turns_namesakes_away_as_confounders(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["context word changed"]).compare(ARTICLES)
    assert [(c.article_id, c.id) for c in preview.dropped] == [(11, "john-morton")]
    assert [c.article_id for c in preview.confounders] == [10, 11]
    assert "no watched topic" in preview.confounders[0].reason


def test_removing_a_topic_drops_it_everywhere(nlp: Language) -> None:
    preview = Previewer(nlp, watchlist(), DRAFTS["topic removed"]).compare(ARTICLES)
    assert [(c.article_id, c.id, c.reason) for c in preview.dropped] == [
        (7, "lynn-tramonte", "'Lynn Tramonte' named, in a story on a watched topic"),  # now on no topic, no context
        (7, "program", "phrase 'Secure Communities' (exact case)"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("a NEAR/5 b", "a NEAR/5 b", []),
        ("a NEAR/5 b", "(a NEAR/5 b) OR c", ["c"]),
        ("(a NEAR/5 b) OR c", "a NEAR/5 b", ["c"]),
        ("a NEAR/5 b NOT c", "a NEAR/5 b", ["c"]),
        ("a NEAR/5 (b OR c)", "a NEAR/5 (b OR d)", ["c", "d"]),
        ("a NEAR/5 b", "a NEAR/9 b", None),
        ("a AND NOT b", "a AND c", None),
    ],
)
def test_query_delta_names_the_words_where_two_queries_can_part(old: str, new: str, words: list[str] | None) -> None:
    found = query_delta(parse_query(old), parse_query(new))
    assert (None if found is None else sorted(t.text for t in found)) == words
