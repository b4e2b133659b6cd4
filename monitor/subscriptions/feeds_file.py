"""The only code that writes `feeds.toml`: adding feeds without losing the admin's comments and layout.

tomlkit keeps every comment, blank line and quoting style of the file as it was; new `[[feeds]]`
entries go at the end with only the keys that differ from the defaults. The new file replaces the old
one in a single rename (cron's `monitor run` never reads half a file), and is validated the way every
command validates it; if that fails the original file is put back and the error raised.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT

from ..config import FeedConfig, file_url, load_config, validate_feeds
from ..errors import ConfigError
from ..parse import normalize_url

_DEFAULTS = FeedConfig(name="-", url="https://example.org/")
_KEYS = ("name", "url", "outlet", "full_text", "ignore_http_cache", "tags", "enabled")


@dataclass
class AddResult:
    """What `add_feeds` did: entries added (with their final, unique names) and the ones already listed."""

    added: list[FeedConfig] = field(default_factory=list)
    present: list[tuple[FeedConfig, str]] = field(default_factory=list)  # (offered entry, name it is listed as)


def read_feeds(path: Path) -> list[FeedConfig]:
    """The entries of a feeds file as written (`file:` URLs stay relative), for export and duplicate checks."""
    return _entries(path, _parse(path, _read(path)))


def _entries(path: Path, document: Any) -> list[FeedConfig]:
    return validate_feeds(document.unwrap(), path)


def listed_as(path: Path, url: str) -> str | None:
    """The name under which `url` (compared normalised) is already in the feeds file, or None."""
    wanted = identity(url, path.parent)
    return next((feed.name for feed in read_feeds(path) if identity(feed.url, path.parent) == wanted), None)


def identity(url: str, base: Path) -> str:
    """What makes two feed URLs the same feed: the normalised URL; for `file:` the absolute file it names."""
    if urlsplit(url.strip()).scheme.lower() == "file":
        return file_url(url, base)
    try:
        return normalize_url(url)
    except ValueError:
        return url.strip()


def add_feeds(path: Path, new: list[FeedConfig], *, dry_run: bool = False) -> AddResult:
    """Append the entries of `new` whose URL is not listed yet, names made unique ("Name (2)"), in one write.

    With `dry_run` nothing is written. Raises ConfigError (file restored) if the result does not validate.
    """
    original = _read(path)
    document = _parse(path, original)
    feeds = document.get("feeds")
    if feeds is not None and not isinstance(feeds, AoT):
        raise ConfigError(f"{path}: 'feeds' is not written as [[feeds]] tables, so entries cannot be appended")
    existing = _entries(path, document)
    seen = {identity(feed.url, path.parent): feed.name for feed in existing}
    names = {feed.name for feed in existing}
    result = AddResult()
    for feed in new:
        key = identity(feed.url, path.parent)
        if key in seen:
            result.present.append((feed, seen[key]))
            continue
        feed = feed.model_copy(update={"name": _unique(feed.name, names)})
        seen[key] = feed.name
        names.add(feed.name)
        result.added.append(feed)
    if dry_run or not result.added:
        return result
    if feeds is None:
        feeds = tomlkit.aot()
        document.append("feeds", feeds)
    rendered = tomlkit.dumps(document)
    for index, feed in enumerate(result.added):
        table = _table(feed)
        # One blank line before each new entry, none at the top of an empty file.
        if index > 0 or (rendered.strip() and not rendered.endswith("\n\n")):
            table.trivia.indent = "\n"
        feeds.append(table)
    write_atomically(path, tomlkit.dumps(document))
    try:
        load_config(path.parent, feeds_file=path)
    except ConfigError:
        if original is None:
            path.unlink(missing_ok=True)
        else:
            write_atomically(path, original)
        raise
    return result


def set_enabled(path: Path, name: str, enabled: bool) -> bool:
    """Pause (`enabled = false`) or resume the feed called `name`, keeping the file's comments; False when it was
    already so. Raises ConfigError when no feed has that name, or (file restored) if the result does not validate.
    """
    original = _read(path)
    document = _parse(path, original)
    feeds = document.get("feeds")
    tables = [table for table in (feeds or []) if isinstance(table, dict) and table.get("name") == name]
    if not tables:
        raise ConfigError(f"{path}: no feed is called {name!r}; reload the feeds page")
    table: Any = tables[0]
    if bool(table.get("enabled", True)) == enabled:
        return False
    if enabled:
        del table["enabled"]  # true is the default: the entry reads as it did before the pause
    elif "enabled" in table:
        table["enabled"] = False
    else:  # next to the name, not after the table's last line, where the next entry's comments stand
        table.value._insert_after("name", "enabled", False)
    write_atomically(path, tomlkit.dumps(document))
    try:
        load_config(path.parent, feeds_file=path)
    except ConfigError:
        write_atomically(path, original or "")
        raise
    return True


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def _parse(path: Path, text: str | None) -> Any:
    if text and not text.endswith("\n"):
        text += "\n"  # so the first new entry starts on a line of its own, after a blank one
    try:
        return tomlkit.parse(text or "")
    except TOMLKitError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None


def _unique(name: str, taken: set[str]) -> str:
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name} ({number})", number + 1
    return candidate


def _table(feed: FeedConfig) -> Any:
    """A `[[feeds]]` table with name and url, plus only the keys whose values differ from the defaults."""
    table = tomlkit.table()
    for key in _KEYS:
        value = getattr(feed, key)
        if key in ("name", "url") or value != getattr(_DEFAULTS, key):
            table.add(key, list(value) if isinstance(value, list) else value)
    return table


def write_atomically(path: Path, text: str) -> None:
    """Write next to the target, then rename over it: readers see the old file or the new one, never half."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():
            shutil.copymode(path, temporary)  # mkstemp makes the file private; keep the file's own mode
        else:
            os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
