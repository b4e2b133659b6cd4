"""Everything specific to one database engine lives here, so PostgreSQL can be added in one place.

SQLite: WAL so readers (the review site) never block the cron writer, a busy timeout so a writer
waits for a lock instead of failing, foreign keys on (SQLite leaves them off by default), and an FTS5
index for the review site's search box.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import and_, bindparam, event, func, literal_column, not_, or_, select, table
from sqlalchemy.engine import Connection, Engine, make_url

SQLITE_BUSY_TIMEOUT_MS = 15_000


def engine_options(url: str) -> dict[str, Any]:
    """Keyword arguments for `create_engine` that suit the URL's dialect."""
    if make_url(url).get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    return {"pool_pre_ping": True}


def prepare_location(url: str) -> None:
    """Create the folder of a SQLite file, so a fresh checkout runs without set-up."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def configure(engine: Engine) -> None:
    """Per-connection settings (SQLite pragmas)."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()


# Full-text search over article headlines and text. SQLite: an FTS5 index kept in step with `article` by
# triggers (external content, so the text is stored once). Other engines: a plain LIKE until their own
# index (PostgreSQL: tsvector + websearch_to_tsquery, which reads the same query syntax) is added here.
_FTS_TABLE = "article_search"
_FTS_SETUP = [
    f"CREATE VIRTUAL TABLE {_FTS_TABLE} USING fts5(title, text, content='article', content_rowid='id',"
    " tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER article_search_ai AFTER INSERT ON article BEGIN"
    f" INSERT INTO {_FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"CREATE TRIGGER article_search_ad AFTER DELETE ON article BEGIN"
    f" INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END",
    f"CREATE TRIGGER article_search_au AFTER UPDATE OF title, text ON article BEGIN"
    f" INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    f" INSERT INTO {_FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('rebuild')",  # index what was stored before
]


def install_search(connection: Connection) -> list[str]:
    """Create the search index if it is missing; a line per change made."""
    if connection.dialect.name != "sqlite":
        return []
    present = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_FTS_TABLE,)).first()
    if present:
        return []
    for statement in _FTS_SETUP:
        connection.exec_driver_sql(statement)
    return [f"added full-text index {_FTS_TABLE}"]


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')


def search_terms(query: str) -> list[tuple[str, bool, bool]]:
    """Web-search syntax, as people type it: words, "exact phrases", -excluded, OR, prefix*.

    Returns (text, excluded, prefix) triples; the text "OR" joins its neighbours. Nothing the user types
    reaches the engine's own query language unquoted.
    """
    terms: list[tuple[str, bool, bool]] = []
    for match in _TOKEN.finditer(query):
        negate, phrase, word = match.groups()
        if phrase is not None:
            if phrase.strip():
                terms.append((phrase.strip(), bool(negate), False))
            continue
        if word == "OR":
            terms.append(("OR", False, False))
            continue
        excluded = word.startswith("-") and len(word) > 1
        word = word[1:] if excluded else word
        prefix = word.endswith("*")
        word = word.strip("*\"")
        if word:
            terms.append((word, excluded, prefix))
    return terms


def _fts5_query(terms: list[tuple[str, bool, bool]]) -> str | None:
    positive: list[str] = []
    negative: list[str] = []
    joining = False
    for text, excluded, prefix in terms:
        if text == "OR":
            joining = bool(positive)
            continue
        quoted = '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")
        if excluded:
            negative.append(quoted)
        elif joining:
            positive[-1] = f"({positive[-1]} OR {quoted})"
            joining = False
        else:
            positive.append(quoted)
    if not positive:
        return None  # FTS5 cannot answer "everything but X"; the caller falls back
    return " AND ".join(positive) + "".join(f" NOT {term}" for term in negative)


def search_condition(dialect_name: str, article_id: Any, title: Any, text: Any, query: str) -> Any:
    """A WHERE clause keeping the articles that match `query`; None when the query holds no words."""
    terms = search_terms(query)
    if not terms:
        return None
    if dialect_name == "sqlite" and (fts := _fts5_query(terms)) is not None:
        return article_id.in_(
            select(literal_column("rowid")).select_from(table(_FTS_TABLE))
            .where(literal_column(_FTS_TABLE).op("MATCH")(bindparam("fts_query", fts)))
        )
    clauses = []
    for word, excluded, _prefix in terms:
        if word == "OR":
            continue
        found = or_(title.icontains(word, autoescape=True), text.icontains(word, autoescape=True))
        clauses.append(not_(found) if excluded else found)
    return and_(*clauses)


def local_day(dialect_name: str, moment: Any, offset_minutes: int) -> Any:
    """The calendar day of a UTC timestamp column at a fixed UTC offset, as 'YYYY-MM-DD' text."""
    if dialect_name == "sqlite":
        return func.date(moment, f"{offset_minutes:+d} minutes")
    shifted = moment + literal_column(f"interval '{int(offset_minutes)} minutes'")
    return func.to_char(shifted, "YYYY-MM-DD")
