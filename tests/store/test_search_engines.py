"""The search box means the same on SQLite (FTS5) and PostgreSQL (tsvector): one table of queries and the articles
each must find, run on whichever engine the session uses (`make test` and `make test-postgres` run it on both)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from monitor.store import connect
from monitor.store.dialect import search_condition
from monitor.store.tables import Article
from tests.databases import database_url

# key: (headline, text). Words chosen for what differs between engines when configured carelessly: stems
# (deportation/deported), stop words (the), words inside words (ice in police/notice), accents, hyphens.
ARTICLES = {
    "sheriff": ("Sheriff ends jail holds", "The county sheriff said the jail will stop honoring detainers."),
    "deport": ("Deportations rise", "Deportations rose again this year, the agency reported."),
    "deported": ("Father deported", "A father of three was deported on Tuesday after a routine check-in."),
    "ice": ("ICE raids in the valley", "Agents of ICE detained twelve workers at a packing plant."),
    "police": ("Police notice", "The police posted a notice about parking on Main Street."),
    "cafe": ("Café owner speaks", "The café's owner said immigration agents visited twice."),
    "secure": ("Secure Communities returns", "The Secure Communities program returns to the county next month."),
    "apart": ("Communities apart", "Secure housing is scarce, and communities in the county feel apart."),
    "pro": ("Pro-immigration rally", "Hundreds joined a pro-immigration rally at city hall."),
    "near": ("Long story", "Immigration " + "word " * 12 + "detention, said the report."),
}

QUERIES = [
    ("sheriff", {"sheriff"}),
    ("Sheriff", {"sheriff"}),
    ("deportations", {"deport", "deported"}),  # stemming: deport
    ("deported", {"deport", "deported"}),
    ("deport*", {"deport", "deported"}),
    ("ice", {"ice"}),  # never inside police or notice
    ("sheriff OR jail", {"sheriff"}),
    ("sheriff OR deported", {"sheriff", "deport", "deported"}),
    ('"Secure Communities"', {"secure"}),  # the phrase, not the two words apart
    ("secure communities", {"secure", "apart"}),
    ("communities -program", {"apart"}),
    ("cafe", {"cafe"}),  # accents folded
    ("café", {"cafe"}),
    ("the", set(ARTICLES) - {"deported", "pro"}),  # no stop words: FTS5 keeps every word
    ("immigration", {"cafe", "pro", "near"}),
    ("pro-immigration", {"pro"}),
    ("rally", {"pro"}),
    ("immigration NEAR/5 detention", set()),
    ("immigration NEAR/12 detention", {"near"}),
    ("immigration NEAR detention", set()),  # NEAR alone is NEAR/10
    ("agents NEAR/3 detained", {"ice"}),
    ("detained NEAR/3 agents", {"ice"}),  # either order
    ("parking -police", set()),
    ("-police", set(ARTICLES) - {"police"}),
    ("raid*", {"ice"}),
    ("raids -valley", set()),
]


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = database_url(tmp_path_factory.mktemp("search"))
    with connect(url) as session:
        for key, (title, text) in ARTICLES.items():
            session.add(
                Article(
                    url=f"https://example.org/{key}",
                    link=f"https://example.org/{key}",
                    outlet="Ex",
                    title=title,
                    text=text,
                    content_hash=key,
                )
            )
        session.commit()
    yield url


def found(url: str, query: str) -> set[str]:
    with connect(url) as session:
        condition = search_condition(session.get_bind().dialect.name, Article.id, Article.title, Article.text, query)
        return {row.rsplit("/", 1)[1] for row in session.execute(select(Article.url).where(condition)).scalars()}


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_each_query_finds_the_same_articles_on_either_engine(stored: str, query: str, expected: set[str]) -> None:
    assert found(stored, query) == expected


def test_search_uses_the_index_on_postgresql(stored: str) -> None:
    if not stored.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite's FTS5 is an index by construction")
    from sqlalchemy import text

    with connect(stored) as session:
        session.execute(text("SET enable_seqscan = off"))  # ten rows: the planner would rather scan them
        condition = search_condition("postgresql", Article.id, Article.title, Article.text, "deportations")
        query = select(Article.id).where(condition).compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.execute(text(f"EXPLAIN {query}")).scalars())
    assert "ix_article_search_vector" in plan, plan
