"""The only code that writes `watchlist.toml`: one entry changed, added or removed, the rest of the file as it was.

tomlkit keeps every comment, blank line and quoting style; a changed entry is edited key by key in place, so
the comments inside it (above a `[[topics.terms]]` table, after a query) stay too, and only the values that
changed are rewritten. A save is refused when the file changed on disk since the form was opened (its SHA-256
is carried by the form), the new file replaces the old one in a single rename, and it is validated the way every
command validates it at start-up (alerts.toml's references to topics and people included); if that fails the
original is put back and the error raised.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path
from typing import Any, Literal

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Table

from ..config import Watchlist, defaults, load_config, validate_watchlist
from ..errors import ConfigError
from .feeds_file import write_atomically

Kind = Literal["topics", "people"]
KINDS: tuple[Kind, ...] = ("topics", "people")


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def fingerprint(text: str) -> str:
    """What the editor's form carries to notice a file changed on disk meanwhile."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse(path: Path, text: str) -> Watchlist:
    """A watchlist text checked as at start-up (same messages: file, entry, key, and a query's position)."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return validate_watchlist(raw, path)


def with_entry(text: str, kind: Kind, original: str | None, entry: dict[str, Any] | None) -> str:
    """The file's text with the entry whose id is `original` replaced by `entry` (added at the end when `original` is
    None; removed when `entry` is None). Keys left empty in `entry` are dropped from the table."""
    try:
        document = tomlkit.parse(text if not text or text.endswith("\n") else text + "\n")
    except TOMLKitError as exc:
        raise ConfigError(f"not valid TOML: {exc}") from None
    tables = document.get(kind)
    if tables is not None and not isinstance(tables, AoT):
        raise ConfigError(f"'{kind}' is not written as [[{kind}]] tables, so its entries cannot be edited here")
    try:
        return _with_entry(document, kind, original, entry)
    except (TOMLKitError, ValueError) as exc:  # a value TOML cannot hold as written
        raise ConfigError(f"[[{kind}]] {original or 'new entry'!r}: cannot be written as TOML: {exc}") from None


def _with_entry(document: Any, kind: Kind, original: str | None, entry: dict[str, Any] | None) -> str:
    tables = document.get(kind)
    index = _index(tables, original) if original is not None else None
    if original is not None and index is None:
        raise ConfigError(f"no entry of [[{kind}]] has the id {original!r} any more: reload the watchlist page")
    if entry is None:
        assert tables is not None and index is not None
        del tables[index]
    elif index is not None:
        assert tables is not None
        _update(tables[index], entry)
    else:
        written = bool(tomlkit.dumps(document).strip())
        if tables is None:
            tables = tomlkit.aot()
            document.append(kind, tables)
        table = tomlkit.table()
        _update(table, entry)
        if written:  # a blank line before the new entry, none at the top of an empty file
            table.trivia.indent = "\n"
        tables.append(table)
    return tomlkit.dumps(document)


def _index(tables: Any, wanted: str) -> int | None:
    return next((i for i, table in enumerate(tables or []) if table.get("id") == wanted), None)


# Values a `[[topics.terms]]` table need not spell out (TermConfig's defaults): not written for a new key.
TERM_DEFAULTS = {"case_sensitive": True, "window": defaults.CONTEXT_WINDOW}


def _update(table: Any, entry: dict[str, Any], implied: dict[str, Any] | None = None) -> None:
    """Set the keys whose values differ, drop the ones now empty; `terms` table by table, keeping their comments.
    A key the table lacks is not added for a value it implies anyway (`implied`: the model's defaults)."""
    implied = implied or {}
    for key in [k for k in list(table.keys()) if _empty(entry.get(k))]:
        del table[key]
    for key, value in entry.items():
        if _empty(value) or (key not in table and key in implied and implied[key] == value):
            continue
        if key == "terms":
            _update_terms(table, value)
            continue
        item = _string(value) if isinstance(value, str) else value
        if key in table:
            if _plain(table[key]) != value:
                table[key] = item
        else:
            _add_key(table, key, item)


def _plain(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item


def _add_key(table: Any, key: str, item: Any) -> None:
    """A new plain key goes after the table's last plain key, before its sub-tables and the comments above them."""
    plain = [k for k, v in table.value.body if k is not None and not isinstance(v, (AoT, Table))]
    if plain and len(plain) < len(table):
        table.value._insert_after(plain[-1].key, key, item)
    else:
        table[key] = item


def _update_terms(table: Any, terms: list[dict[str, Any]]) -> None:
    existing = table.get("terms")
    if not isinstance(existing, AoT):
        table["terms"] = tomlkit.aot()
        existing = table["terms"]
    for position, term in enumerate(terms):
        if position < len(existing):
            _update(existing[position], term, TERM_DEFAULTS)
        else:
            new = tomlkit.table()
            _update(new, term, TERM_DEFAULTS)
            new.trivia.indent = "\n"  # a blank line before it, as between entries
            existing.append(new)
    while len(existing) > len(terms):
        del existing[len(existing) - 1]


def _string(text: str) -> Any:
    """A string as a person would write it: a query with quotation marks in single quotes, one over several lines
    in triple quotes, anything else in double quotes."""
    if "\n" in text:
        return tomlkit.string(text, literal="'''" not in text, multiline=True)
    if '"' in text and "'" not in text:
        return tomlkit.string(text, literal=True)
    return text


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def save(path: Path, text: str, *, expected: str) -> str:
    """Write `text` as the watchlist if the file is still what the form was opened on (`expected`, its
    fingerprint); validate as at start-up, and put the original back if that fails. Returns the text replaced."""
    original = read_text(path)
    if fingerprint(original) != expected:
        raise ConfigError(
            f"{path} changed on disk since this form was opened (someone saved it, or edited it by hand): nothing "
            "was saved; reload the watchlist page and make the change again"
        )
    write_atomically(path, text)
    try:
        load_config(path.parent)
    except ConfigError:
        write_atomically(path, original)
        raise
    return original
