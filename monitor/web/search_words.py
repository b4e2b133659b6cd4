"""What the search box understood, said back in words ("searching for sheriff within 5 words of jail"), and
hints for what people type expecting it to work: an unclosed quotation mark, `or` in small letters, NOT.

A search that finds nothing should never leave the reader guessing whether it was read as they meant."""

from __future__ import annotations

from ..store.dialect import NEAR_MARK, search_terms

WORD_HINTS = {
    "or": "“or” in small letters is searched as a word; write OR in capitals to find either word.",
    "near": "“near” in small letters is searched as a word; write NEAR/5 between two words to find them "
    "within 5 words of each other.",
    "NOT": "NOT is searched as a word; put a minus sign before a word to leave it out: -hockey.",
    "AND": "AND is not needed (every word must be there) and is searched as a word.",
}


def understood(query: str) -> tuple[str, list[str]]:
    """The query as the search reads it, in words, and the hints that apply (empty when it is all plain)."""
    terms = search_terms(query)
    wanted: list[str] = []
    left_out: list[str] = []
    joiner = ""
    hints: list[str] = []
    for text, excluded, prefix in terms:
        if text == "OR":
            joiner = " or "
            continue
        if text.startswith(NEAR_MARK):
            joiner = f" within {text[len(NEAR_MARK) :]} words of "
            continue
        shown = f"words starting “{text}”" if prefix else f"“{text}”"
        if excluded:
            left_out.append(shown)
        elif joiner and wanted:
            wanted[-1] += joiner + shown
        else:
            wanted.append(shown)
        joiner = ""
        if text in WORD_HINTS and not prefix and WORD_HINTS[text] not in hints:
            hints.append(WORD_HINTS[text])
    if query.count('"') % 2:
        hints.insert(0, "A quotation mark is not closed: the words after it were searched as one phrase.")
    if any(text.startswith(NEAR_MARK) for text, _, _ in terms) and not any(" within " in w for w in wanted):
        hints.append("NEAR/n needs a word on each side: sheriff NEAR/5 jail.")
    said = " and ".join(wanted) if wanted else "nothing (only words to leave out)"
    if left_out:
        said += ", without " + " or ".join(left_out)
    return said, hints
