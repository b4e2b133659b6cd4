"""Tagging scored on the hand-labelled sets with bench/accuracy/scoring.py: the eighty-eight development sets
(tests/data/tagging_dev.json, dev2/ to dev88/) and the blind held-out set (tests/data/heldout/).

Prints the figures (`pytest -s`) and holds them above floors, so accuracy cannot silently drop.
`make eval` prints the same figures side by side with a textacy baseline; this test never imports textacy.
"""

from __future__ import annotations

import json

import pytest

from bench.accuracy.scoring import DEV_SET, ROOT, dev_set_path, load_dev_set, prediction_from_tags, score
from monitor.tag import Tagger

# Floors sit a little (about 0.01–0.02) under the figures measured on each labelled set, so a small wobble passes
# and a real drop fails. Raise them when the tagger gets better; never lower them to pass. The held-out set is
# held here too (a drop there is a real drop), but its mistakes are never read to tune the rules.
COMMON = {"topics_precision": 0.98, "topics_recall": 0.98, "people_precision": 0.98, "people_recall": 0.98}


def blind_set(quotes: float, speaker: float, end_to_end: float, topics_recall: float = 0.95) -> dict[str, float]:
    """The floors most labelled sets share: quote spans held by overlap (no floor on their exact edges), none on
    roles, and topic recall 0.95 unless given."""
    return {
        **COMMON,
        "topics_recall": topics_recall,
        "quotes_exact_f1": 0.0,
        "quotes_overlap_f1": quotes,
        "speaker_accuracy": speaker,
        "end_to_end_f1": end_to_end,
        "role_accuracy": 0.0,
    }


FLOORS = {
    "tests/data/tagging_dev.json": {
        **COMMON,
        "quotes_exact_f1": 0.97,
        "quotes_overlap_f1": 0.97,
        "speaker_accuracy": 0.975,
        "end_to_end_f1": 0.965,
        "role_accuracy": 0.54,
    },
    "tests/data/dev2/quotes.json": blind_set(0.96, 0.96, 0.95),
    "tests/data/dev3/quotes.json": blind_set(0.97, 0.945, 0.945),
    "tests/data/dev4/quotes.json": {
        **COMMON,
        "topics_recall": 0.97,
        "quotes_exact_f1": 0.97,
        "quotes_overlap_f1": 0.97,
        "speaker_accuracy": 0.96,
        "end_to_end_f1": 0.95,
        "role_accuracy": 0.0,
    },
    "tests/data/dev5/quotes.json": {
        **COMMON,
        "topics_recall": 0.97,
        "quotes_exact_f1": 0.97,
        "quotes_overlap_f1": 0.975,
        "speaker_accuracy": 0.96,
        "end_to_end_f1": 0.955,
        "role_accuracy": 0.0,
    },
    "tests/data/dev6/quotes.json": {
        **COMMON,
        "topics_recall": 0.97,
        "quotes_exact_f1": 0.97,
        "quotes_overlap_f1": 0.97,
        "speaker_accuracy": 0.945,
        "end_to_end_f1": 0.93,
        "role_accuracy": 0.0,
    },
    "tests/data/dev7/quotes.json": blind_set(0.96, 0.965, 0.965, topics_recall=0.97),
    # tuned on its partial quotes (0.962 / 0.923 / 0.888 as it arrived)
    "tests/data/dev8/quotes.json": blind_set(0.97, 0.97, 0.945),
    # tuned on (0.987 / 0.905 / 0.893 as it arrived)
    "tests/data/dev9/quotes.json": blind_set(0.975, 0.97, 0.97),
    # tuned on (0.991 / 0.934 / 0.926 as it arrived)
    "tests/data/dev10/quotes.json": blind_set(0.975, 0.97, 0.965),
    "tests/data/dev11/quotes.json": {  # tuned on (0.990 / 0.922 / 0.913 as it arrived)
        **COMMON,
        "topics_precision": 0.97,  # dk-027: a state's "Safe and Secure Communities Fund" read as the program
        "topics_recall": 0.95,
        "quotes_exact_f1": 0.0,
        "quotes_overlap_f1": 0.975,
        "speaker_accuracy": 0.965,
        "end_to_end_f1": 0.955,
        "role_accuracy": 0.0,
    },
    # tuned on (0.974 / 0.880 / 0.857 as it arrived; 92 quotes)
    "tests/data/dev12/quotes.json": blind_set(0.965, 0.96, 0.945),
    # tuned on (0.996 / 0.951 / 0.947 as it arrived)
    "tests/data/dev13/quotes.json": blind_set(0.98, 0.965, 0.96),
    # tuned on (0.996 / 0.927 / 0.924 as it arrived; pronouns and turns)
    "tests/data/dev14/quotes.json": blind_set(0.98, 0.98, 0.975),
    # tuned on (0.974 / 0.837 / 0.815 as it arrived; statements, parties)
    "tests/data/dev15/quotes.json": blind_set(0.965, 0.95, 0.93),
    # tuned on (0.975 / 0.930 / 0.907 as it arrived; a mixed day)
    "tests/data/dev16/quotes.json": blind_set(0.96, 0.955, 0.955),
    # tuned on (0.986 / 0.811 / 0.800 as it arrived; pronouns, descriptions)
    "tests/data/dev17/quotes.json": blind_set(0.97, 0.935, 0.93),
    # tuned on (0.982 / 0.864 / 0.848 as it arrived; political news)
    "tests/data/dev18/quotes.json": blind_set(0.97, 0.95, 0.935),
    # tuned on (0.980 / 0.829 / 0.812 as it arrived; transcripts, wire)
    "tests/data/dev19/quotes.json": blind_set(0.975, 0.97, 0.96),
    # tuned on (0.977 / 0.854 / 0.834 as it arrived; political news)
    "tests/data/dev20/quotes.json": blind_set(0.965, 0.935, 0.915),
    # tuned on (0.992 / 0.860 / 0.852 as it arrived; features, pronouns)
    "tests/data/dev21/quotes.json": blind_set(0.98, 0.935, 0.925),
    # tuned on (0.983 / 0.901 / 0.886 as it arrived; accountability reporting)
    "tests/data/dev22/quotes.json": blind_set(0.975, 0.92, 0.92),
    # tuned on (0.985 / 0.754 / 0.743 as it arrived; pronouns, descriptions)
    "tests/data/dev23/quotes.json": blind_set(0.975, 0.895, 0.89),
    # tuned on (0.989 / 0.922 / 0.912 as it arrived; statements, organisations)
    "tests/data/dev24/quotes.json": blind_set(0.975, 0.94, 0.93),
    # tuned on (0.985 / 0.902 / 0.888 as it arrived; many voices per story)
    "tests/data/dev25/quotes.json": blind_set(0.97, 0.945, 0.945),
    # tuned on (0.961 / 0.866 / 0.832 as it arrived; national political news)
    "tests/data/dev26/quotes.json": blind_set(0.95, 0.91, 0.885),
    # tuned on (0.972 / 0.680 / 0.661 as it arrived; features carried by pronouns)
    "tests/data/dev27/quotes.json": blind_set(0.955, 0.77, 0.75),
    # tuned on (0.975 / 0.899 / 0.877 as it arrived; a day's monitoring feed)
    "tests/data/dev28/quotes.json": blind_set(0.96, 0.93, 0.915),
    # tuned on (0.988 / 0.961 / 0.950 as it arrived; short local items)
    "tests/data/dev29/quotes.json": blind_set(0.975, 0.975, 0.985),
    # tuned on (0.943 / 0.825 / 0.778 as it arrived; opinion and analysis)
    "tests/data/dev30/quotes.json": blind_set(0.94, 0.88, 0.855),
    # tuned on (0.990 / 0.916 / 0.907 as it arrived; wire copy and rewrites)
    "tests/data/dev31/quotes.json": blind_set(0.975, 0.965, 0.96),
    # tuned on (0.980 / 0.898 / 0.880 as it arrived; broadcast and spoken word)
    "tests/data/dev32/quotes.json": blind_set(0.97, 0.93, 0.93),
    # tuned on (0.986 / 0.860 / 0.848 as it arrived; what organisations send out)
    "tests/data/dev33/quotes.json": blind_set(0.975, 0.955, 0.94),
    # tuned on (0.977 / 0.941 / 0.919 as it arrived; court and legal reporting)
    "tests/data/dev34/quotes.json": blind_set(0.965, 0.945, 0.94),
    "tests/data/dev35/quotes.json": {  # tuned on (0.979 / 0.893 / 0.875 as it arrived; long features)
        **COMMON,
        "topics_recall": 0.9,  # the watchlist's ICE rules turn down a story or two (see README)
        "quotes_exact_f1": 0.0,
        "quotes_overlap_f1": 0.965,
        "speaker_accuracy": 0.92,
        "end_to_end_f1": 0.9,
        "role_accuracy": 0.0,
    },
    "tests/data/dev36/quotes.json": {  # tuned on (0.986 / 0.794 / 0.783 as it arrived; community and bilingual press)
        **COMMON,
        "topics_recall": 0.93,  # the watchlist's ICE rules turn down a story or two (see README)
        "quotes_exact_f1": 0.0,
        "quotes_overlap_f1": 0.975,
        "speaker_accuracy": 0.88,
        "end_to_end_f1": 0.87,
        "role_accuracy": 0.0,
    },
    # tuned on (0.987 / 0.896 / 0.884 as it arrived; politics)
    "tests/data/dev37/quotes.json": blind_set(0.975, 0.905, 0.895),
    # tuned on (0.983 / 0.889 / 0.875 as it arrived; local beats)
    "tests/data/dev38/quotes.json": blind_set(0.975, 0.94, 0.93),
    # tuned on (0.966 / 0.840 / 0.812 as it arrived; live blogs, posts, emails)
    "tests/data/dev39/quotes.json": blind_set(0.965, 0.915, 0.905),
    # tuned on (0.985 / 0.865 / 0.852 as it arrived; trade press)
    "tests/data/dev40/quotes.json": blind_set(0.975, 0.91, 0.9),
    # tuned on (0.978 / 0.920 / 0.899 as it arrived; broadcast and foreign wire)
    "tests/data/dev41/quotes.json": blind_set(0.975, 0.925, 0.91),
    # tuned on (0.968 / 0.806 / 0.780 as it arrived; opinion pages)
    "tests/data/dev42/quotes.json": blind_set(0.96, 0.885, 0.865),
    # tuned on (0.975 / 0.893 / 0.871 as it arrived; translations)
    "tests/data/dev43/quotes.json": blind_set(0.96, 0.915, 0.9),
    # tuned on (0.979 / 0.953 / 0.933 as it arrived; meetings)
    "tests/data/dev44/quotes.json": blind_set(0.965, 0.945, 0.93),
    # tuned on (0.969 / 0.839 / 0.813 as it arrived; records)
    "tests/data/dev45/quotes.json": blind_set(0.95, 0.875, 0.85),
    "tests/data/dev46/quotes.json": {  # tuned on (0.981 / 0.898 / 0.880 as it arrived; legislatures)
        **COMMON,
        # a namesake state senator John Morton is taken for the watched one: the story's only sign is the kicker
        # "AFTER THE ICE:" in capitals (left: the README says so)
        "people_precision": 0.8,
        "topics_recall": 0.95,
        "quotes_exact_f1": 0.0,
        "quotes_overlap_f1": 0.96,
        "speaker_accuracy": 0.935,
        "end_to_end_f1": 0.92,
        "role_accuracy": 0.0,
    },
    # tuned on (0.971 / 0.912 / 0.885 as it arrived; second-hand news)
    "tests/data/dev47/quotes.json": blind_set(0.95, 0.895, 0.87),
    # tuned on (0.995 / 0.888 / 0.884 as it arrived; features and profiles)
    "tests/data/dev48/quotes.json": blind_set(0.975, 0.93, 0.925),
    # tuned on (0.991 / 0.859 / 0.851 as it arrived; rural weeklies)
    "tests/data/dev49/quotes.json": blind_set(0.97, 0.935, 0.925),
    # tuned on (0.974 / 0.934 / 0.910 as it arrived; health and universities)
    "tests/data/dev50/quotes.json": blind_set(0.955, 0.935, 0.915),
    # tuned on (0.990 / 0.904 / 0.894 as it arrived; schools, congregations)
    "tests/data/dev51/quotes.json": blind_set(0.975, 0.945, 0.935),
    # tuned on (0.989 / 0.868 / 0.858 as it arrived; public meetings, hearings)
    "tests/data/dev52/quotes.json": blind_set(0.975, 0.93, 0.92),
    # tuned on (0.971 / 0.926 / 0.900 as it arrived; organisations speaking)
    "tests/data/dev53/quotes.json": blind_set(0.955, 0.915, 0.89),
    # tuned on (0.991 / 0.837 / 0.829 as it arrived; stories carried by he and she)
    "tests/data/dev54/quotes.json": blind_set(0.975, 0.92, 0.915),
    # (0.993 / 0.896 / 0.890 as it arrived)
    "tests/data/dev55/quotes.json": blind_set(0.975, 0.925, 0.915),
    # (0.993 / 0.968 / 0.961 as it arrived)
    "tests/data/dev56/quotes.json": blind_set(0.975, 0.975, 0.965),
    # (0.986 / 0.967 / 0.953 as it arrived)
    "tests/data/dev57/quotes.json": blind_set(0.975, 0.975, 0.965),
    # (0.982 / 0.938 / 0.921 as it arrived)
    "tests/data/dev58/quotes.json": blind_set(0.975, 0.97, 0.96),
    # (0.978 / 0.918 / 0.897 as it arrived)
    "tests/data/dev59/quotes.json": blind_set(0.975, 0.95, 0.935),
    # (0.989 / 0.978 / 0.967 as it arrived)
    "tests/data/dev60/quotes.json": blind_set(0.975, 0.98, 0.975),
    # (0.974 / 0.892 / 0.868 as it arrived)
    "tests/data/dev61/quotes.json": blind_set(0.965, 0.94, 0.915),
    # (0.997 / 0.958 / 0.955 as it arrived)
    "tests/data/dev62/quotes.json": blind_set(0.985, 0.965, 0.96),
    # (0.991 / 0.943 / 0.934 as it arrived)
    "tests/data/dev63/quotes.json": blind_set(0.985, 0.975, 0.965),
    # (0.989 / 0.978 / 0.968 as it arrived)
    "tests/data/dev64/quotes.json": blind_set(0.98, 0.985, 0.975),
    # (0.983 / 0.902 / 0.887 as it arrived)
    "tests/data/dev65/quotes.json": blind_set(0.975, 0.945, 0.925),
    # (0.988 / 0.975 / 0.963 as it arrived)
    "tests/data/dev66/quotes.json": blind_set(0.98, 0.98, 0.97),
    # (0.984 / 0.933 / 0.918 as it arrived)
    "tests/data/dev67/quotes.json": blind_set(0.98, 0.955, 0.945),
    # (0.997 / 0.947 / 0.944 as it arrived)
    "tests/data/dev68/quotes.json": blind_set(0.985, 0.98, 0.975),
    # (0.984 / 0.922 / 0.907 as it arrived)
    "tests/data/dev69/quotes.json": blind_set(0.975, 0.945, 0.93),
    # (0.989 / 0.960 / 0.949 as it arrived)
    "tests/data/dev70/quotes.json": blind_set(0.98, 0.975, 0.965),
    # (0.986 / 0.959 / 0.946 as it arrived)
    "tests/data/dev71/quotes.json": blind_set(0.975, 0.985, 0.975),
    # (0.985 / 0.948 / 0.934 as it arrived)
    "tests/data/dev72/quotes.json": blind_set(0.99, 0.985, 0.985),
    # (0.992 / 0.935 / 0.928 as it arrived)
    "tests/data/dev73/quotes.json": blind_set(0.99, 0.96, 0.96),
    # (0.989 / 0.971 / 0.961 as it arrived)
    "tests/data/dev74/quotes.json": blind_set(0.99, 0.985, 0.985),
    # (0.984 / 0.968 / 0.952 as it arrived)
    "tests/data/dev75/quotes.json": blind_set(0.99, 0.985, 0.985),
    # (0.982 / 0.952 / 0.935 as it arrived)
    "tests/data/dev76/quotes.json": blind_set(0.99, 0.985, 0.98),
    # (0.986 / 0.944 / 0.930 as it arrived)
    "tests/data/dev77/quotes.json": blind_set(0.99, 0.965, 0.96),
    # (0.989 / 0.920 / 0.909 as it arrived)
    "tests/data/dev78/quotes.json": blind_set(0.98, 0.97, 0.965),
    # (0.984 / 0.952 / 0.937 as it arrived)
    "tests/data/dev79/quotes.json": blind_set(0.98, 0.975, 0.97),
    # (0.976 / 0.945 / 0.922 as it arrived)
    "tests/data/dev80/quotes.json": blind_set(0.98, 0.965, 0.96),
    # (0.984 / 0.930 / 0.915 as it arrived)
    "tests/data/dev81/quotes.json": blind_set(0.975, 0.96, 0.95),
    # (0.989 / 0.901 / 0.891 as it arrived)
    "tests/data/dev82/quotes.json": blind_set(0.985, 0.955, 0.955),
    # (0.989 / 0.945 / 0.934 as it arrived; topic recall 0.944: an obituary's "ICE vans", "ICE vehicle" against it)
    "tests/data/dev83/quotes.json": blind_set(0.99, 0.98, 0.975, topics_recall=0.94),
    # (0.990 / 0.968 / 0.958 as it arrived)
    "tests/data/dev84/quotes.json": blind_set(0.985, 0.975, 0.97),
    # (0.985 / 0.979 / 0.964 as it arrived)
    "tests/data/dev85/quotes.json": blind_set(0.99, 0.99, 0.985),
    # (0.995 / 0.950 / 0.946 as it arrived)
    "tests/data/dev86/quotes.json": blind_set(0.99, 0.955, 0.955),
    # (0.985 / 0.939 / 0.925 as it arrived)
    "tests/data/dev87/quotes.json": blind_set(0.99, 0.98, 0.975),
    # (0.985 / 0.930 / 0.916 as it arrived)
    "tests/data/dev88/quotes.json": blind_set(0.98, 0.955, 0.945),
    "tests/data/heldout/quotes.json": blind_set(0.975, 0.895, 0.88),
}


def figures(result: dict) -> dict[str, float]:
    return {
        "topics_precision": result["topics"]["precision"],
        "topics_recall": result["topics"]["recall"],
        "people_precision": result["people"]["precision"],
        "people_recall": result["people"]["recall"],
        "quotes_exact_f1": result["quotes_exact"]["f1"],
        "quotes_overlap_f1": result["quotes_overlap"]["f1"],
        "speaker_accuracy": result["speaker"]["accuracy"],
        "end_to_end_f1": result["speaker_end_to_end"]["f1"],
        "role_accuracy": result["role"]["accuracy"],
    }


@pytest.mark.model
@pytest.mark.parametrize("relative", list(FLOORS))
def test_tagging_accuracy_on_each_labelled_set(tagger: Tagger, relative: str) -> None:
    path = ROOT / relative
    if relative == "tests/data/tagging_dev.json":
        path = dev_set_path()
    data = load_dev_set(path)
    assert data.get("watchlist", "config/watchlist.toml") == "config/watchlist.toml"  # the fixture's watchlist
    documents = data["documents"]
    predictions = {doc["id"]: prediction_from_tags(tagger.tag(doc["text"])) for doc in documents}
    result = score(documents, predictions)
    got = figures(result)
    floors = FLOORS[relative]

    print(f"\n{relative}: {len(documents)} documents, {result['quotes_overlap']['gold']} quotations")
    for name, value in got.items():
        print(f"  {name:18} {value:.3f}  (floor {floors[name]:.2f})")
    print(f"  confounders with a false topic: {result['confounders_with_false_topic']} of {result['confounders']}")
    print(f"  watched people's quotes: {result['watched']}; calibration error {result['reliability']['ece']:.3f}")
    print(
        "  by shape: "
        + json.dumps(
            {
                s: (r["gold"], round(r["span_recall"], 2), round(r["speaker_accuracy"], 2))
                for s, r in result["by_shape"].items()
            }
        )
    )

    if path == DEV_SET:
        assert len(documents) >= 10 and result["quotes_overlap"]["gold"] >= 30
    below = {name: round(value, 3) for name, value in got.items() if value < floors[name]}
    assert not below, f"below the floor: {below} (floors {floors})"


def test_what_the_prefilter_turns_away_holds_nothing_watched(tagger: Tagger) -> None:
    """The cheap prefilter is exact: a document it turns away gives no topic or person in the full pipeline."""
    from bench.generators.samples import sample_documents

    texts = [doc["text"] for doc in load_dev_set(dev_set_path())["documents"]] + list(sample_documents().values())
    turned_away = [text for text in texts if not tagger.could_match(text)]
    assert len(turned_away) >= 20
    for text in turned_away:
        tags = tagger.tag(text)
        assert not tags.topics and not tags.people, text[:80]
