"""Give each entry of one feed document its identity: the URL it is stored under, and the other URLs it
may have been stored under before.

Usually the identity is the normalised link (`urls.normalize_url`). But some feeds give several
entries the same link: a live blog's updates (`live#update-1`, `live#update-2`), a "latest news"
page, a podcast's episodes on one show page. When entries of one document normalise to the same URL
and are not the same entry (different GUIDs and different titles or text), each keeps its fragment,
and where that still does not tell them apart, gets `#entry=` and a hash of its GUID (or words).
Because another pass may see only one of them, each entry also carries `aliases`: the other forms it
could have been stored under. The pipeline counts an alias as "seen before" only when the stored
article has the same GUID or headline, so an alias never merges two stories.

An entry with no link is identified by its GUID or its words (`urn:monitor:entry:`), so it is still
stored once; an entry with nothing at all gets an empty identity, for the pipeline to count as empty.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import replace

from ..records import Entry
from .urls import fragment_of, normalize_url, routes


def identify(entries: list[Entry]) -> list[Entry]:
    """The entries with `url` (identity) and `aliases` set, in the same order."""
    bases = _merge_repeated_guids(entries, [normalize_url(entry.link) if entry.link else "" for entry in entries])
    groups: dict[str, list[int]] = defaultdict(list)
    for index, base in enumerate(bases):
        if base:
            groups[base].append(index)
    result = []
    for index, (entry, base) in enumerate(zip(entries, bases)):
        if not base:
            result.append(replace(entry, url=_linkless_identity(entry), aliases=()))
            continue
        forms = _forms(entry, base)
        crowded = any(not same_entry(entry, entries[other]) for other in groups[base] if other != index)
        primary = _distinct(entry, base, [entries[i] for i in groups[base]]) if crowded else base
        result.append(replace(entry, url=primary, aliases=tuple(f for f in forms if f != primary)))
    return result


def _merge_repeated_guids(entries: list[Entry], bases: list[str]) -> list[str]:
    """An entry repeating an earlier entry's GUID and headline under another address (http and https, a
    mirror) is that entry: it takes the earlier address. A GUID repeated on different headlines is a broken
    feed's GUID, not a repeat."""
    first: dict[tuple[str, str], str] = {}
    merged = []
    for entry, base in zip(entries, bases):
        key = (entry.guid or "", entry.title)
        if entry.guid and base and key in first:
            base = first[key]
        elif entry.guid and base:
            first[key] = base
        merged.append(base)
    return merged


def same_entry(a: Entry, b: Entry) -> bool:
    """Two appearances of one story: the same GUID, or the same headline and words."""
    if a.guid and b.guid and a.guid == b.guid:
        return True
    return (a.title, _words(a)) == (b.title, _words(b))


def _distinct(entry: Entry, base: str, group: list[Entry]) -> str:
    """The identity of an entry whose link other entries of the feed share: its fragment, if that is
    enough to tell it apart from the others that are not the same entry, else a hash of its GUID or words."""
    fragment = _own_fragment(entry)
    others = [other for other in group if not same_entry(entry, other)]
    if fragment and all(_own_fragment(other) != fragment for other in others):
        return f"{base}#{fragment}"
    return f"{base}#entry={_digest(entry)}"


def _forms(entry: Entry, base: str) -> list[str]:
    """Every identity this entry could be given, in whatever company it appears."""
    forms = [base]
    if fragment := _own_fragment(entry):
        forms.append(f"{base}#{fragment}")
    forms.append(f"{base}#entry={_digest(entry)}")
    return forms


def _own_fragment(entry: Entry) -> str:
    """The link's fragment when the normalised URL dropped it ("" for none, or one that routes and is kept)."""
    fragment = fragment_of(entry.link)
    return "" if routes(fragment) else fragment


def _digest(entry: Entry) -> str:
    basis = f"guid:{entry.guid}" if entry.guid else f"text:{entry.title}\n{_words(entry)}"
    return hashlib.sha1(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _words(entry: Entry) -> str:
    return (entry.content or entry.summary)[:500]


def _linkless_identity(entry: Entry) -> str:
    """An entry with no link is still a story: identify it by its GUID, else by its words."""
    text = entry.content or entry.summary
    basis = f"guid:{entry.guid}" if entry.guid else (f"text:{entry.title}\n{text}" if (entry.title or text) else "")
    return f"urn:monitor:entry:{hashlib.sha1(basis.encode('utf-8', 'surrogatepass')).hexdigest()}" if basis else ""
