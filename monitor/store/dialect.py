"""Everything specific to one database engine lives here: SQLite and PostgreSQL.

SQLite: WAL so readers (the review site) never block the cron writer, a busy timeout so a writer
waits for a lock instead of failing, foreign keys on (SQLite leaves them off by default), and an FTS5
index for the review site's search box. PostgreSQL: the psycopg 3 driver (the `postgres` extra), a `tsvector`
column with a GIN index for the same search, and an advisory lock so two processes never migrate at once.
Both: the search box's query read by one parser (`search_terms`) and translated for each engine, and local days.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlalchemy import and_, bindparam, event, func, literal_column, not_, or_, select, table
from sqlalchemy import text as sql
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError

from ..errors import DatabaseUnavailable, SearchError

SQLITE_BUSY_TIMEOUT_MS = 15_000
ROW_ID_MAX = 2**31 - 1  # ids are INTEGER: 64 bits on SQLite but 32 on PostgreSQL; past it, no row on either
MIGRATION_LOCK_TIMEOUT_S = 600  # a migration of a large table takes minutes; one stuck longer is a dead process
POSTGRES_MIGRATION_LOCK = 0x6D6F6E17  # pg_advisory_lock key the monitor owns ("mon" + issue 17)
POSTGRES_DRIVER = "psycopg"  # psycopg 3, the `postgres` extra


def engine_url(url: str) -> str:
    """The URL SQLAlchemy should open: a plain `postgresql://` (as people write it, and as pg tools take it)
    means psycopg 3, the driver the `postgres` extra installs, not SQLAlchemy's default psycopg2."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        return parsed.set(drivername=f"postgresql+{POSTGRES_DRIVER}").render_as_string(hide_password=False)
    return url


def missing_driver(url: str, error: ImportError) -> DatabaseUnavailable:
    """The one line for a database URL whose driver is not installed, saying what to install."""
    shown = make_url(url).render_as_string(hide_password=True)
    if make_url(url).get_backend_name() == "postgresql":
        remedy = "install it with `pip install 'monitor[postgres]'` (psycopg 3), or `make venv` in a checkout"
    else:
        remedy = "install the driver its database_url names, or use sqlite:/// or postgresql+psycopg://"
    return DatabaseUnavailable(f"{shown}: the database driver is not installed ({error.name or error}): {remedy}")


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


def _without_nul(parameters: Any) -> Any:
    """PostgreSQL's text cannot hold a NUL (SQLite's can): one typed into a form or a URL becomes U+FFFD, the
    character for "unreadable", so the request is answered (nothing stored matches it) instead of failing."""
    if isinstance(parameters, str):
        return parameters.replace("\0", "\ufffd")
    if isinstance(parameters, Mapping):
        return {key: _without_nul(value) for key, value in parameters.items()}
    if isinstance(parameters, (list, tuple)):  # positional values, or a list of rows for executemany
        return type(parameters)(_without_nul(value) for value in parameters)
    return parameters


def environment_fault(error: BaseException) -> str | None:
    """What is wrong with the database file itself, in words with the remedy; None for any other error."""
    reason = str(getattr(error, "orig", None) or error).lower()
    return next((advice for needles, advice in _SQLITE_FAULTS if any(n in reason for n in needles)), None)


def configure(engine: Engine) -> None:
    """Per-connection settings (SQLite pragmas; PostgreSQL's clock in UTC and no JIT), and errors about the SQLite file
    itself turned into one plain message."""
    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "before_cursor_execute", retval=True)
        def _no_nul(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool) -> Any:
            return statement, _without_nul(parameters)

        @event.listens_for(engine, "connect")
        def _utc(dbapi_connection: Any, _record: Any) -> None:
            with dbapi_connection.cursor() as cursor:  # dates people read are computed in the team's zone, never here
                cursor.execute("SET TIME ZONE 'UTC'")
                # No JIT compilation: the planner's cost of Health's per-feed counts at 200,000 articles passed
                # its threshold, and compiling took 107 of the page's 141 ms; these reads are short, never
                # the long analytic scans JIT pays off on.
                cursor.execute("SET jit = off")
            dbapi_connection.commit()

        return
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


# Full-text search over article headlines and text, built by the baseline revision (these statements are frozen:
# a change to the index is a new revision with its own statements). Both engines index words the same way: split
# on what is not a letter or digit, case and accents folded, every word kept (no stop words), then Porter's
# stemmer ("deportations" and "deported" are both "deport").
# SQLite: an FTS5 index kept in step with `article` by triggers (external content, so the text is stored once).
SEARCH_TABLE = "article_search"
SQLITE_SEARCH_V1 = [
    f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(title, text, content='article', content_rowid='id',"
    " tokenize='porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER article_search_ai AFTER INSERT ON article BEGIN"
    f" INSERT INTO {SEARCH_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"CREATE TRIGGER article_search_ad AFTER DELETE ON article BEGIN"
    f" INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    " END",
    f"CREATE TRIGGER article_search_au AFTER UPDATE OF title, text ON article BEGIN"
    f" INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);"
    f" INSERT INTO {SEARCH_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    f"INSERT INTO {SEARCH_TABLE}({SEARCH_TABLE}) VALUES ('rebuild')",  # index what was stored before
]
# PostgreSQL: a stored generated `tsvector` column with a GIN index, through a text search configuration that
# matches FTS5's tokenizer: the default parser's word tokens only (so a hyphenated word is its parts, as in FTS5),
# unaccent, then Snowball's "porter" stemmer (Porter's original algorithm, which FTS5's porter is) with no stop
# words. Web and e-mail addresses, decimals and versions are not indexed (FTS5 indexes their pieces as words).
SEARCH_CONFIG = "monitor_search"
SEARCH_COLUMN = "search_vector"
SEARCH_INDEX = "ix_article_search_vector"
POSTGRES_SEARCH_V1 = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "CREATE TEXT SEARCH DICTIONARY monitor_porter (TEMPLATE = snowball, LANGUAGE = porter)",
    f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (PARSER = default)",
    f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} ADD MAPPING FOR asciiword, word, numword, hword_part,"
    " hword_asciipart, hword_numpart, int, uint WITH unaccent, monitor_porter",
    f"ALTER TABLE article ADD COLUMN {SEARCH_COLUMN} tsvector GENERATED ALWAYS AS"
    f" (to_tsvector('{SEARCH_CONFIG}', title || ' ' || text)) STORED",
    f"CREATE INDEX {SEARCH_INDEX} ON article USING gin ({SEARCH_COLUMN})",
]


def search_setup_v1(dialect_name: str) -> list[str]:
    """The statements that build the search index (the baseline revision runs them)."""
    return SQLITE_SEARCH_V1 if dialect_name == "sqlite" else POSTGRES_SEARCH_V1


JOB_QUEUE_PREFIX = "procrastinate_"  # the job queue's own tables (`monitor worker`), which procrastinate keeps


def include_in_schema_comparison(_object: Any, name: str | None, _type: str, _reflected: bool, _compare: Any) -> bool:
    """Autogenerate and the models-vs-migrations test leave out the search index, which no model describes (it is
    built by the revisions' own statements above), and the job queue's tables (procrastinate's schema)."""
    return not (name or "").startswith((SEARCH_TABLE, SEARCH_COLUMN, SEARCH_INDEX, JOB_QUEUE_PREFIX))


def upgrades_by_itself(dialect_name: str) -> bool:
    """Whether any command that writes brings an older database up to date: SQLite, one machine's own file, yes;
    PostgreSQL, a server several machines may share, waits for the admin's `monitor db upgrade` (a new, empty
    database is built by either)."""
    return dialect_name == "sqlite"


def migration_lock(engine: Engine) -> AbstractContextManager[Connection]:
    """A connection held alone among the monitor's migrating processes: two first runs, or a run and `monitor db
    upgrade`, take turns, and the second finds the work done. SQLite: a lock file beside the database;
    PostgreSQL: a session advisory lock."""
    if engine.dialect.name == "postgresql":
        return _advisory_lock(engine)
    return _file_lock(engine)


@contextmanager
def _file_lock(engine: Engine) -> Iterator[Connection]:
    database = engine.url.database
    path = None if database in (None, "", ":memory:") else f"{database}-migrate.lock"
    guard: AbstractContextManager[Any] = nullcontext() if path is None else FileLock(path, MIGRATION_LOCK_TIMEOUT_S)
    try:
        with guard, engine.connect() as connection:
            yield connection
    except Timeout as exc:
        raise DatabaseUnavailable(
            f"{path}: another process has been changing the database's tables for {MIGRATION_LOCK_TIMEOUT_S} s: "
            "wait for it, or stop it, then run again"
        ) from exc


@contextmanager
def _advisory_lock(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as connection:
        connection.execute(sql("SELECT pg_advisory_lock(:key)"), {"key": POSTGRES_MIGRATION_LOCK})
        connection.commit()
        try:
            yield connection
        finally:
            connection.rollback()
            connection.execute(sql("SELECT pg_advisory_unlock(:key)"), {"key": POSTGRES_MIGRATION_LOCK})
            connection.commit()


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_NEAR = re.compile(r"NEAR(?:/(\d{1,4}))?")
NEAR_DEFAULT, NEAR_MAX = 10, 1000
NEAR_MARK = "\0NEAR/"  # a NUL never survives from what was typed (`_CONTROL`), so no word or phrase is this
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")  # FTS5 reads a NUL as the end of its query; none of these is a word

# Limits on what the search box takes: past them a query is a mistake or an attack, never a need.
MAX_SEARCH_CHARS = 500
MAX_SEARCH_ORS = 25

# How SQLite's FTS5 (or PostgreSQL's tsquery) words a query it cannot run (there is no error code of its own to tell).
_FTS5_REFUSALS = ("fts5", "unterminated string", "parser stack overflow", "malformed match expression", "tsquery")


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


@dataclass(frozen=True)
class _Phrase:
    text: str
    prefix: bool


_Alternative = tuple[tuple[_Phrase, ...], int | None]  # one phrase (None), or phrases within n words (NEAR/n)


def _plan(terms: list[tuple[str, bool, bool]]) -> tuple[list[list[_Alternative]], list[_Phrase]]:
    """What `terms` ask for, for either engine: groups that must all match, each of alternatives joined by OR
    (side by side, never nested), and the phrases that must not; `a NEAR/n b` is one alternative of two phrases."""
    groups: list[list[_Alternative]] = []
    negative: list[_Phrase] = []
    joining = False
    near: int | None = None
    for text, excluded, prefix in terms:
        if text == "OR":
            joining = bool(groups)
            continue
        if text.startswith(NEAR_MARK):
            near = int(text[len(NEAR_MARK) :]) if groups and len(groups[-1]) == 1 and not joining else None
            continue
        phrase = _Phrase(text, prefix)
        if excluded:
            negative.append(phrase)
        elif near is not None:
            phrases, old = groups[-1][0]
            groups[-1] = [(phrases + (phrase,), near if old is None else max(old, near))]
        elif joining:
            groups[-1].append(((phrase,), None))
        else:
            groups.append([((phrase,), None)])
        joining, near = False, None
    return groups, negative


def _fts5_query(terms: list[tuple[str, bool, bool]]) -> str | None:
    """The FTS5 query for `terms`: alternatives joined by OR sit side by side in one group, never nested, so
    a long chain of ORs does not overflow the FTS5 parser's stack; `a NEAR/n b` is FTS5's NEAR("a" "b", n)."""
    groups, negative = _plan(terms)
    if not groups:
        return None  # FTS5 cannot answer "everything but X"; the caller falls back

    def phrase(found: _Phrase) -> str:
        return '"' + found.text.replace('"', '""') + '"' + ("*" if found.prefix else "")

    def alternative(phrases: tuple[_Phrase, ...], near: int | None) -> str:
        return phrase(phrases[0]) if near is None else f"NEAR({' '.join(map(phrase, phrases))}, {near})"

    positive = [
        alternative(*group[0]) if len(group) == 1 else "(" + " OR ".join(alternative(*a) for a in group) + ")"
        for group in groups
    ]
    return " AND ".join(positive) + "".join(f" NOT {phrase(term)}" for term in negative)


def _tsquery(terms: list[tuple[str, bool, bool]]) -> tuple[str, dict[str, str]] | None:
    """The PostgreSQL tsquery expression (SQL, with its parameters) for `terms`, the same plan as FTS5's: a phrase
    is `phraseto_tsquery` (tokenized and stemmed as the column is), a prefix `to_tsquery('word':*)`, and
    NEAR/n the phrases n+1 positions apart or fewer, either way round (FTS5 counts the words between)."""
    groups, negative = _plan(terms)
    if not groups:
        return None
    params: dict[str, str] = {}

    def phrase(found: _Phrase) -> str:
        name = f"search_{len(params)}"
        if found.prefix:  # quoted for to_tsquery; a quote or backslash splits words in either index anyway
            params[name] = "'" + re.sub(r"['\\]", " ", found.text) + "':*"
            return f"to_tsquery('{SEARCH_CONFIG}', :{name})"
        params[name] = found.text
        return f"phraseto_tsquery('{SEARCH_CONFIG}', :{name})"

    def alternative(phrases: tuple[_Phrase, ...], near: int | None) -> str:
        if near is None:
            return phrase(phrases[0])
        parts = [phrase(p) for p in phrases]
        return " && ".join(_near_tsquery(left, right, near) for left, right in zip(parts, parts[1:]))

    positive = ["(" + " || ".join(alternative(*a) for a in group) + ")" for group in groups]
    return " && ".join(positive) + "".join(f" && !!{phrase(term)}" for term in negative), params


def _near_tsquery(left: str, right: str, near: int) -> str:
    """`left` and `right` within `near` words of each other: every distance from 1 to near + 1, both orders,
    built once in the database (an uncorrelated subquery) from the two normalised queries' text."""
    return (
        "(SELECT string_agg(format('(%1$s) <%2$s> (%3$s) | (%3$s) <%2$s> (%1$s)', "
        f"{left}, k, {right}), ' | ')::tsquery FROM generate_series(1, {int(near) + 1}) AS k)"
    )


def search_condition(
    dialect_name: str, article_id: Any, title: Any, text: Any, query: str, *, finds_rows: bool = True
) -> Any:
    """A WHERE clause keeping the articles that match `query`; None when the query holds no words.
    SearchError when the query is more than the search takes (`check_search`). A query of excluded words only
    (which neither index answers) keeps the articles where none of them appears anywhere, on either engine.

    `finds_rows=False` (SQLite): the match only checks rows found another way (down the date index, by
    story), never finds them. FTS5 gives SQLite's planner no estimate of how many articles match, so left to
    itself it reads every match of a common word and sorts them all for a page that needs the newest few;
    the caller, which can count the matches (`search_matches`), decides. On PostgreSQL the condition is on the
    row and the planner, which keeps statistics on the search column, decides itself."""
    check_search(query)
    terms = search_terms(query)
    if not terms:
        return None
    if dialect_name == "sqlite" and (fts := _fts5_query(terms)) is not None:
        checked = article_id if finds_rows else article_id.op("+")(literal_column("0"))  # "+ 0": no index
        return checked.in_(_fts5_matches(fts))
    if dialect_name == "postgresql" and (found := _tsquery(terms)) is not None:
        # On the row itself, not `id IN (matches)`: the planner then combines the GIN index with a range of
        # dates (a bitmap AND) instead of joining every match of a common word to the page's range.
        expression, params = found
        owner = article_id.table.name  # the article table as the query names it
        return sql(f'"{owner}".{SEARCH_COLUMN} @@ ({expression})').bindparams(
            *(bindparam(name, value) for name, value in params.items())
        )
    clauses = []
    for word, excluded, _prefix in terms:
        if word == "OR" or word.startswith(NEAR_MARK):
            continue
        found_like = or_(title.icontains(word, autoescape=True), text.icontains(word, autoescape=True))
        clauses.append(not_(found_like) if excluded else found_like)
    return and_(*clauses)


def search_matches(session: Any, query: str) -> int | None:
    """How many articles the search index holds for `query`, on SQLite (counted in the FTS5 index: a few
    milliseconds for a word in half the articles); None elsewhere, and for a query the index cannot answer."""
    check_search(query)
    if session.get_bind().dialect.name != "sqlite" or (fts := _fts5_query(search_terms(query))) is None:
        return None
    return int(session.execute(select(func.count()).select_from(_fts5_matches(fts).subquery())).scalar_one())


def _fts5_matches(fts: str) -> Any:
    return (
        select(literal_column("rowid"))
        .select_from(table(SEARCH_TABLE))
        .where(literal_column(SEARCH_TABLE).op("MATCH")(bindparam("fts_query", fts)))
    )


@contextmanager
def search_refusals() -> Iterator[None]:
    """Around a query that may search: the engine's refusal of a search becomes SearchError (a reader's
    mistake, answered with a message); any other database error passes unchanged (a fault)."""
    try:
        yield
    except DBAPIError as exc:
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
    """The calendar day of a UTC timestamp column at a fixed UTC offset, as 'YYYY-MM-DD' text. The caller cuts a
    range where the team's zone changes its offset (`config.timespec.offset_segments`), so both engines count
    the same days whatever the server's or the session's own time zone."""
    if dialect_name == "sqlite":
        return func.date(moment, f"{offset_minutes:+d} minutes")
    shifted = func.timezone("UTC", moment) + literal_column(f"interval '{int(offset_minutes)} minutes'")
    return func.to_char(shifted, "YYYY-MM-DD")


def holds_text(dialect_name: str, column: Any, needle: str) -> Any:
    """True where a text column holds `needle` exactly as written (case and all): PostgreSQL's strpos, SQLite's
    instr (LIKE would ignore case on SQLite and need its wildcards escaped on both)."""
    if dialect_name == "postgresql":
        return func.strpos(column, needle) > 0
    return func.instr(column, needle) > 0


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
