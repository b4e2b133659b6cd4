"""The preview's shortcuts (monitor/tag/excerpts.py: a story not read at all, or only the stretches around the
changed terms) give exactly what reading every candidate whole gives: the same stories added and dropped, with the
same words and reasons, the same confounders, in the same order, and the same counts. Checked here on texts
generated from the pieces the rules read (terms at every distance from their context words, lines in capitals,
punctuation, the tokenizer's special cases, odd whitespace); tests/subscriptions/test_watchlist_preview.py checks
a generated store with the shipped watchlist and the edits the benchmark times."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from monitor.config import Watchlist
from monitor.tag import excerpts
from monitor.tag.preview import Preview, Previewer

PIECES = [
    *["ICE ", "ICE's ", "(ICE) ", "ICE-led ", "ICE\n", "DICE ", "ice ", "ICEstorm ", "deportICE "],
    *["deport ", "deportation ", "detained ", "raid ", "raids. ", "homeland ", "security ", "homeland security "],
    *["futures ", "storm ", "storm-", "ice age ", "ice agents ", "trained ", "Futures "],
    *["the ", "a ", "county ", "said ", "officials ", "on ", "Tuesday ", "x ", "and ", "of "],
    *[", ", ". ", "; ", "—", "-", "'", "“", "” ", "(", ") ", "...", "!? ", '"', "’s "],
    *["gonna ", "cannot ", "can't ", "don't ", "C++ ", ":) ", ": ) ", "C + + ", "o.O ", "e.g. ", "U.S. ", "Mr. "],
    *["\n", "\n\n", "  ", "\t", "\u00a0", " \n ", "\u2028"],
    *["ICE STORM HITS TOWN\n", "ICE RAID NEAR JAIL TODAY\n", "Board Votes On ICE Raid Deal\n"],
    *["Immigration and Customs Enforcement ", "immigration and customs enforcement "],
    *[
        "Secure Communities ",
        "Secure Communities Housing Grant ",
        "Safe and Secure Communities ",
        "SECURE COMMUNITIES ",
    ],
    *["S-Comm ", "S - Comm ", "internet ", "jail "],
    *["Lynn Tramonte ", "Tramonte ", "immigrants "],
    *["ΣΟΦΙΑ ", "İstanbul ", "straße "],
]

CURRENT = Watchlist.model_validate(
    {
        "topics": [
            {
                "id": "ice",
                "label": "ICE",
                "phrases": ["Immigration and Customs Enforcement"],
                "terms": [
                    {
                        "text": "ICE",
                        "window": 4,
                        "require_any": ["deport", "detain", "raid", "homeland security"],
                        "reject_any": ["futures", "storm", "ice age", "train"],
                    }
                ],
            },
            {
                "id": "program",
                "label": "Secure Communities",
                "case_sensitive": ["Secure Communities"],
                "terms": [
                    {"text": "S-Comm", "window": 3, "require_any": ["jail", "deport"], "reject_any": ["internet"]}
                ],
            },
        ],
        "people": [{"id": "lynn-tramonte", "name": "Lynn Tramonte", "context": ["immigra"]}],
    }
)


def edited(topic: str, **changes: Any) -> Watchlist:
    """CURRENT with one topic's first term (or, for `topic_changes`, the topic itself) changed."""
    topics = []
    for entry in CURRENT.topics:
        if entry.id == topic:
            whole = changes.pop("topic_changes", {})
            terms = [entry.terms[0].model_copy(update=changes), *entry.terms[1:]] if changes else entry.terms
            entry = entry.model_copy(update={"terms": terms, **whole})
        topics.append(entry)
    return CURRENT.model_copy(update={"topics": topics})


DRAFTS = {
    "ICE window 4 -> 2": edited("ice", window=2),
    "ICE window 4 -> 8": edited("ice", window=8),
    "raid moved to reject_any": edited(
        "ice", require_any=("deport", "detain", "homeland security"), reject_any=("futures", "storm", "ice age", "raid")
    ),
    "storm no longer rejects": edited("ice", reject_any=("futures", "ice age", "train")),
    "a require_any word added": edited("ice", require_any=("deport", "detain", "raid", "homeland security", "county")),
    "the long form dropped": edited("ice", topic_changes={"phrases": []}),
    "S-Comm window 3 -> 6 and a name": edited(
        "program", window=6, topic_changes={"case_sensitive": ["Secure Communities", "Lynn Tramonte"]}
    ),
}


@dataclass(frozen=True)
class Stored:
    id: int
    title: str
    text: str
    outlet: str


def results(preview: Preview) -> tuple[Any, ...]:
    """Everything a preview shows (how it read the stories aside, and its time)."""
    return (
        preview.window_articles,
        preview.candidates,
        preview.added,
        preview.dropped,
        preview.confounders,
        preview.added_count,
        preview.dropped_count,
        preview.confounder_count,
        preview.changed,
    )


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("en")


@pytest.fixture(scope="module")
def previewers(nlp: Language) -> dict[str, tuple[Previewer, Previewer]]:
    return {
        name: (Previewer(nlp, CURRENT, draft), Previewer(nlp, CURRENT, draft, shortcuts=False))
        for name, draft in DRAFTS.items()
    }


dense = st.lists(st.sampled_from(PIECES), max_size=160).map("".join)
# Mostly filler: the terms far apart, so that excerpts leave stretches out and windows end near their edges.
sparse = st.lists(st.sampled_from(PIECES + ["x "] * (4 * len(PIECES))), max_size=400).map("".join)
texts = st.one_of(dense, sparse)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.lists(st.sampled_from(PIECES), max_size=8).map("".join), bodies=st.lists(texts, min_size=1, max_size=3))
@example(title="ICE STORM HITS TOWN", bodies=["x " * 40 + "ICE x x raid " + "x " * 60 + "storm"])
@example(title="", bodies=["raid x x x ICE x x x x x x deport " + "x " * 80 + "futures"])
def test_the_shortcuts_give_what_reading_every_story_whole_gives(
    previewers: dict[str, tuple[Previewer, Previewer]], title: str, bodies: list[str]
) -> None:
    articles = [Stored(i + 1, title, body, "Gazette") for i, body in enumerate(bodies)]
    for always_excerpt in (False, True):  # also where an excerpt would cover most of the story
        with pytest.MonkeyPatch.context() as patch:
            if always_excerpt:
                patch.setattr(excerpts, "WORTH_IT", float("inf"))
            for name, (fast, whole) in previewers.items():
                assert results(fast.compare(articles)) == results(whole.compare(articles)), name


def test_the_shortcuts_are_taken(previewers: dict[str, tuple[Previewer, Previewer]]) -> None:
    """So that the equality above is not between two whole readings."""
    far = "x " * 60
    articles = [
        Stored(1, "", f"{far}ICE x raid {far}", "Gazette"),  # no reject_any word: nothing can change
        Stored(2, "", f"{far}ICE raid deport x futures {far}", "Gazette"),  # read around ICE only
        # dropped (more words against it in the story than for it): read again whole
        Stored(3, "", f"{far}ICE x x x raid {far}futures storm {far}", "Gazette"),
    ]
    preview = previewers["ICE window 4 -> 2"][0].compare(articles)
    assert (preview.candidates, preview.unread, preview.excerpts) == (3, 1, 1)
    assert [c.article_id for c in preview.dropped] == [3]
