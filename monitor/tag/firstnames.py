"""Which pronoun a first name usually goes with, to rule out the wrong person for "he" or "she".

"Maria Okafor spoke, and the board chair, Tom Reyes, thanked her. “…,” she said." Recency alone credits Tom
Reyes. News rarely prints titles any more, so the first name is the only clue: a name that goes with the
other pronoun in at least 85 cases in 100 (Tom, Naomi, Gail) rules its bearer out; any other name (Jordan,
Robin, or one not in the data) rules out nobody. This only ever narrows the candidates; it never decides.
`short_for` says whether a nickname is short for a given name ("Dan" of Daniel), from the nicknames package's
hand-curated list (Apache licence; no dependencies); without it, a nickname is nobody's.

The data is nomquamgender's (Van Buskirk et al. 2022, MIT licence): name-gender frequencies pooled from
public sources. The package is installed as data only, like the spaCy model (requirements-model.txt, no
dependencies): its own code needs pandas, which the monitor does not use, so its JSON file is read here.
The first use in a process reads that 22 MB file once and keeps a compact copy in the user's cache folder;
later processes read the copy. Without the package, nothing is ruled out.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

# A name is taken as going with one pronoun when at least this share of its bearers did, among this many.
CLEAR_SHARE = 0.85
ENOUGH_BEARERS = 200
_CACHE_NAME = "monitor-first-names-nqg-0.1.4-v3.json"


def pronoun_of(first_name: str) -> str | None:
    """ "she", "he", or None when the name says nothing clear (or the data is not installed). A hyphenated name
    goes with its first part when the whole is not in the data ("Anne-Marie" as "Anne")."""
    return _table().get(_listed(first_name)) or None


def is_first_name(word: str) -> bool:
    """Is this word a common first name (Ada, Jordan, Anne-Marie)? Then "Ada Lunde" is a person, whatever a model
    says."""
    return _listed(word) in _table()


def short_for(nickname: str, given: str) -> bool:
    """Is this nickname short for this given name ("Dan" for Daniel, "Bill" for William)? Then "Dan" of a story
    that named Daniel Whitcomb is him. False for a name that is no one's nickname, or without the data."""
    return _key(given) in _formal().get(_key(nickname), frozenset())


@lru_cache(maxsize=1)
def _formal() -> dict[str, frozenset[str]]:
    try:
        from nicknames import name_triplets
    except ImportError:
        return {}
    table: dict[str, set[str]] = {}
    for triplet in name_triplets():
        table.setdefault(_key(triplet.name2), set()).add(_key(triplet.name1))
    return {nickname: frozenset(names) for nickname, names in table.items()}


def _listed(name: str) -> str:
    """The key the data holds this name under: its own, else a hyphenated name's first part ("Anne-Marie" as
    "Anne")."""
    key = _key(name)
    return key.split("-")[0] if key not in _table() and "-" in key else key


def _key(name: str) -> str:
    """The data's spelling: lower case, accents dropped (Joaquín is joaquin)."""
    plain = unicodedata.normalize("NFKD", name.strip("."))
    return "".join(c for c in plain if not unicodedata.combining(c)).lower()


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    cached = _cache_path()
    try:
        return json.loads(cached.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    source = _source()
    if source is None:
        return {}
    table = _compact(json.loads(source.read_text(encoding="utf-8")))
    _write_quietly(cached, json.dumps(table, separators=(",", ":")))
    return table


def _compact(data: dict[str, list]) -> dict[str, str]:
    """name → "she"/"he" for the names with enough bearers and a clear majority, "" for the other common ones."""
    table = {}
    for name, record in data.items():
        try:
            bearers, share = float(record[1]), float(record[2])
        except (IndexError, TypeError, ValueError):
            continue
        if bearers >= ENOUGH_BEARERS and name.isalpha():
            if share >= CLEAR_SHARE:
                table[name] = "she"
            elif share <= 1 - CLEAR_SHARE:
                table[name] = "he"
            else:
                table[name] = ""
    return table


def _source() -> Path | None:
    """The package's data file, found without importing the package (its code imports pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    return path if path.is_file() else None


def _cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "monitor" / _CACHE_NAME


def _write_quietly(path: Path, text: str) -> None:
    """Keep the compact copy if the cache folder can be written; otherwise build it again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as handle:
            handle.write(text)
        os.replace(handle.name, path)
    except OSError:
        pass
