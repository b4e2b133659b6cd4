"""Everything specific to one database engine lives here, so PostgreSQL can be added in one place.

SQLite: WAL so readers (the review site) never block the cron writer, a busy timeout so a writer
waits for a lock instead of failing, foreign keys on (SQLite leaves them off by default), and an FTS5
index for the review site's search box.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import and_, bindparam, event, func, literal_column, not_, or_, select, table
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from ..errors import DatabaseUnavailable, SearchError

SQLITE_BUSY_TIMEOUT_MS = 15_000


def engine_options(url: str) -> dict[str, Any]:
    """Keyword arguments for `create_engine` that suit the URL's dialect."""
    if make_url(url).get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}}
    return {"pool_pre_ping": True}


def check_location(url: str, *, create: bool, existing: bool) -> None:
    """A SQLite file's folder (and file) must exist, or with `create` the folder is made: a mistyped path is
    an error naming it, never a new empty database somewhere unexpected; with `existing`, the file too (a
    reading command never creates one). Other engines: nothing to check."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return
    path = Path(parsed.database)
    folder = path.parent
    if create:
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseUnavailable(
                f"{path}: cannot create its folder {folder} ({exc.strerror}): "
                "create it, or point database_url somewhere writable"
            ) from exc
    elif not folder.is_dir():
        raise DatabaseUnavailable(
            f"{path}: its folder {folder} does not exist: fix database_url (settings.toml or "
            "MONITOR_DATABASE_URL), or create the database with `monitor db init` or `monitor run`"
        )
    elif existing and not path.exists():
        raise DatabaseUnavailable(
            f"{path}: no database there yet: fix database_url (settings.toml or MONITOR_DATABASE_URL), "
            "or create it with `monitor db init` or `monitor run`"
        )


# What SQLite says when the database file itself cannot be used, and what the admin should do about it.
_SQLITE_FAULTS = [
    (
        ("readonly database", "read-only"),
        "the database is read-only: give the user that runs monitor write access "
        "to it, to its -wal and -shm files and to its folder",
    ),
    (
        ("unable to open database file",),
        "the database file cannot be opened: check that its folder exists and that "
        "the user that runs monitor may write there",
    ),
    (
        ("malformed", "not a database", "file is encrypted"),
        "the database file is damaged: restore it from a backup, or move it aside and let monitor start a new one",
    ),
    (("database or disk is full", "disk i/o error"), "the disk is full or failing: free some space, then run again"),
]


def environment_fault(error: BaseException) -> str | None:
    """What is wrong with the database file itself, in words with the remedy; None for any other error."""
    reason = str(getattr(error, "orig", None) or error).lower()
    return next((advice for needles, advice in _SQLITE_FAULTS if any(n in reason for n in needles)), None)


def configure(engine: Engine) -> None:
    """Per-connection settings (SQLite pragmas), and errors about the file itself turned into one plain message."""
    if engine.dialect.name != "sqlite":
        return
    where = engine.url.database or "the database"

    @event.listens_for(engine, "handle_error")
    def _unusable(context: Any) -> None:
        advice = environment_fault(context.original_exception)
        if advice is not None:
            raise DatabaseUnavailable(
                f"{where}: {advice} ({context.original_exception})"
            ) from context.original_exception

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


def search_missing(connection: Connection) -> list[str]:
    """The search index's line of `schema.pending` when it is missing, else nothing."""
    if connection.dialect.name != "sqlite":
        return []
    present = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (_FTS_TABLE,)
    ).first()
    return [] if present else [f"added full-text index {_FTS_TABLE}"]


def install_search(connection: Connection) -> list[str]:
    """Create the search index if it is missing; a line per change made."""
    missing = search_missing(connection)
    if missing:
        for statement in _FTS_SETUP:
            connection.exec_driver_sql(statement)
    return missing


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_NEAR = re.compile(r"NEAR(?:/(\d{1,4}))?")
NEAR_DEFAULT, NEAR_MAX = 10, 1000
NEAR_MARK = "\0NEAR/"  # a NUL never survives from what was typed (`_CONTROL`), so no word or phrase is this
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # FTS5 reads a NUL as the end of its query; none of these is a word

# Limits on what the search box takes: past them a query is a mistake or an attack, never a need.
MAX_SEARCH_CHARS = 500
MAX_SEARCH_ORS = 25

# How SQLite's FTS5 words a query it cannot run (there is no error code of its own to tell).
_FTS5_REFUSALS = ("fts5", "unterminated string", "parser stack overflow", "malformed match expression")


def search_terms(query: str) -> list[tuple[str, bool, bool]]:
    """Web-search syntax, as people type it: words, "exact phrases", -excluded, OR, prefix*, and NEAR/n (the
    words on either side within n words of each other, as in watchlist queries; NEAR alone is NEAR/10).

    Returns (text, excluded, prefix) triples; the text "OR" joins its neighbours, NEAR_MARK + n ties them. Nothing
    the user types reaches the engine's own query language unquoted, and control characters count as spaces.
    """
    terms: list[tuple[str, bool, bool]] = []
    for match in _TOKEN.finditer(_CONTROL.sub(" ", query)):
        negate, phrase, word = match.groups()
        if phrase is not None:
            if phrase.strip():
                terms.append((phrase.strip(), bool(negate), False))
            continue
        if word == "OR":
            terms.append(("OR", False, False))
            continue
        if near := _NEAR.fullmatch(word):
            terms.append((f"{NEAR_MARK}{min(int(near.group(1) or NEAR_DEFAULT), NEAR_MAX)}", False, False))
            continue
        excluded = word.startswith("-") and len(word) > 1
        word = word[1:] if excluded else word
        prefix = word.endswith("*")
        word = word.strip('*"')
        if word:
            terms.append((word, excluded, prefix))
    return terms


def check_search(query: str) -> None:
    """SearchError, in words a reader can act on, for a query longer or with more ORs than the search takes."""
    ors = sum(1 for text, _, _ in search_terms(query) if text == "OR")
    if ors > MAX_SEARCH_ORS:
        raise SearchError(
            f"search too complex: use at most {MAX_SEARCH_ORS} OR terms (this one has {ors}), "
            "or fewer OR terms and a topic or outlet filter"
        )
    if len(query) > MAX_SEARCH_CHARS:
        raise SearchError(
            f"search too long ({len(query):,} characters): use at most {MAX_SEARCH_CHARS} "
            "characters, the few words that matter"
        )


def _fts5_query(terms: list[tuple[str, bool, bool]]) -> str | None:
    """The FTS5 query for `terms`: alternatives joined by OR sit side by side in one group, never nested, so
    a long chain of ORs does not overflow the FTS5 parser's stack; `a NEAR/n b` is FTS5's NEAR("a" "b", n)."""
    groups: list[list[str]] = []
    negative: list[str] = []
    joining = False
    near: int | None = None
    for text, excluded, prefix in terms:
        if text == "OR":
            joining = bool(groups)
            continue
        if text.startswith(NEAR_MARK):
            near = int(text[len(NEAR_MARK) :]) if groups and len(groups[-1]) == 1 and not joining else None
            continue
        quoted = '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")
        if excluded:
            negative.append(quoted)
        elif near is not None:
            groups[-1] = [_near(groups[-1][0], quoted, near)]
        elif joining:
            groups[-1].append(quoted)
        else:
            groups.append([quoted])
        joining, near = False, None
    if not groups:
        return None  # FTS5 cannot answer "everything but X"; the caller falls back
    positive = [group[0] if len(group) == 1 else "(" + " OR ".join(group) + ")" for group in groups]
    return " AND ".join(positive) + "".join(f" NOT {term}" for term in negative)


def _near(left: str, right: str, distance: int) -> str:
    """Two phrases within `distance` words; a left side that is already a NEAR group takes one more phrase."""
    if left.startswith("NEAR("):
        phrases, _, old = left[5:-1].rpartition(", ")
        return f"NEAR({phrases} {right}, {max(int(old), distance)})"
    return f"NEAR({left} {right}, {distance})"


def search_condition(dialect_name: str, article_id: Any, title: Any, text: Any, query: str) -> Any:
    """A WHERE clause keeping the articles that match `query`; None when the query holds no words.
    SearchError when the query is more than the search takes (`check_search`)."""
    check_search(query)
    terms = search_terms(query)
    if not terms:
        return None
    if dialect_name == "sqlite" and (fts := _fts5_query(terms)) is not None:
        return article_id.in_(
            select(literal_column("rowid"))
            .select_from(table(_FTS_TABLE))
            .where(literal_column(_FTS_TABLE).op("MATCH")(bindparam("fts_query", fts)))
        )
    clauses = []
    for word, excluded, _prefix in terms:
        if word == "OR" or word.startswith(NEAR_MARK):
            continue
        found = or_(title.icontains(word, autoescape=True), text.icontains(word, autoescape=True))
        clauses.append(not_(found) if excluded else found)
    return and_(*clauses)


@contextmanager
def search_refusals() -> Iterator[None]:
    """Around a query that may search: the engine's refusal of a search becomes SearchError (a reader's
    mistake, answered with a message); any other database error passes unchanged (a fault)."""
    try:
        yield
    except OperationalError as exc:
        reason = str(exc.orig).lower()
        if not any(words in reason for words in _FTS5_REFUSALS):
            raise
        raise SearchError(
            f'search could not be run ({exc.orig}): use plain words, "exact phrases", -excluded words, OR, NEAR/5 '
            "and prefix*"
        ) from exc


def committed_id_watermark(session: Any, table_name: str) -> int:
    """The highest row id of `table_name` below which every row is committed: no transaction still open can
    add a row with a lower id. A window of ids ending here never skips a row that commits later, which a
    timestamp taken before commit can (a pass's articles are stamped, then stored when it commits).

    SQLite: one writer at a time, so ids are handed out in commit order and the highest visible id is it (SQLite
    reuses an id only above the highest row, and `monitor prune` never deletes the newest article, so no id is
    handed out twice).
    PostgreSQL (issue 17): sequences are not in commit order; taking SHARE MODE waits out the transactions
    still inserting, after which the highest id is it (held until this session's transaction ends)."""
    if session.get_bind().dialect.name != "sqlite":
        session.execute(sql(f'LOCK TABLE "{table_name}" IN SHARE MODE'))
    return int(session.execute(sql(f'SELECT coalesce(max(id), 0) FROM "{table_name}"')).scalar_one())


def local_day(dialect_name: str, moment: Any, offset_minutes: int) -> Any:
    """The calendar day of a UTC timestamp column at a fixed UTC offset, as 'YYYY-MM-DD' text."""
    if dialect_name == "sqlite":
        return func.date(moment, f"{offset_minutes:+d} minutes")
    shifted = moment + literal_column(f"interval '{int(offset_minutes)} minutes'")
    return func.to_char(shifted, "YYYY-MM-DD")


def url_host(dialect_name: str, url: Any) -> Any:
    """The lower-case host of a stored (normalised) address, as SQL: what `https://www.nytimes.com/x` is
    published on, for the outlet-tier filter. Everything between "://" and the next "/"."""
    if dialect_name == "postgresql":
        return func.lower(func.split_part(func.split_part(url, "://", 2), "/", 1))
    rest = func.substr(url, func.instr(url, "://") + 3)
    return func.lower(func.substr(rest, 1, func.instr(rest.op("||")(literal_column("'/'")), "/") - 1))


def index_names(connection: Connection, table_name: str) -> set[str]:
    """The names of a table's indexes, those on expressions included (SQLAlchemy's reflection skips those on
    SQLite, with a warning, so the upgrade would think them missing every time)."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table_name,)
        )
        return {name for (name,) in rows}
    from sqlalchemy import inspect

    return {index["name"] for index in inspect(connection).get_indexes(table_name) if index["name"]}


def insert_missing(dialect_name: str, table: Any) -> Any:
    """An INSERT that leaves rows whose key is already there alone (ON CONFLICT DO NOTHING, which SQLite and
    PostgreSQL both have, each through its own SQLAlchemy construct); the caller adds `.values(...)` or a select."""
    if dialect_name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table).on_conflict_do_nothing()


# SQLite's statistics are taken again once the article table has grown or shrunk by this share since they were:
# a whole ANALYZE reads every index (about 2 s at 200,000 articles), so not after every pass, yet often enough
# that the planner knows the history is long. (`PRAGMA analysis_limit` makes it cheap, but its sampled row
# counts led the planner to read the article rows rather than the list index: 2x slower pages at 40,000.)
STATISTICS_DRIFT = 0.1


def refresh_statistics(connection: Connection, *, after_prune: bool = False) -> bool:
    """Keep the planner's statistics current; True when they were taken. After a prune, always; after a pass,
    SQLite: when there are none yet or the article table has changed by STATISTICS_DRIFT since. PostgreSQL:
    autovacuum analyses as rows change; after a prune, ANALYZE at once."""
    if connection.dialect.name != "sqlite":
        if after_prune:
            connection.exec_driver_sql("ANALYZE")
        return after_prune
    if after_prune or _statistics_stale(connection):
        connection.exec_driver_sql("ANALYZE")
        return True
    return False


def _statistics_stale(connection: Connection) -> bool:
    kept = connection.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
    row = kept and connection.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'article' LIMIT 1").first()
    if not row:
        return True
    then = int(str(row[0]).split()[0])
    now = int(connection.exec_driver_sql("SELECT count(*) FROM article").scalar_one())
    return abs(now - then) > max(then * STATISTICS_DRIFT, 100)
