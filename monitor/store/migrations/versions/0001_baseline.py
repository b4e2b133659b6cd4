"""baseline: the tables of version 0.1.0 and its unreleased changes, with the search index

A new database gets every table; one made before the revisions existed gets what it lacks (catch_up.py), so
both end here with every row kept.

Revision ID: 0001
Revises:
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import monitor.store.types
from monitor.store import dialect
from monitor.store.migrations import catch_up

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    catch_up.build(connection, _tables())
    if not catch_up.search_present(connection):
        for statement in dialect.search_setup_v1(connection.dialect.name):
            connection.exec_driver_sql(statement)


def downgrade() -> None:
    raise NotImplementedError("the baseline is not undone: restore the backup taken before the upgrade")


def _tables() -> sa.MetaData:
    """The tables as they were at this revision (frozen here: later changes are later revisions)."""
    metadata = sa.MetaData()
    sa.Table(
        "digestrun",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("period_start", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("period_end", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("through_article_id", sa.Integer(), nullable=True),
        sa.Column("message_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    sa.Table(
        "feed",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("configured_url", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("full_text", sa.Boolean(), nullable=False),
        sa.Column("ignore_http_cache", sa.Boolean(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("etag", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_modified", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_checked_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_success_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("error_count", sa.Integer(), nullable=False),
        sa.Column("last_error_key", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_error_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("last_warning", sa.Text(), nullable=True),
        sa.Column("moved_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("next_check_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("poll_interval", sa.Integer(), nullable=True),
        sa.Column("created_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.Index("ix_feed_next_check_at", "next_check_at"),
    )
    sa.Table(
        "release",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("homes", sa.JSON(), nullable=False),
        sa.Column("fingerprint", sa.JSON(), nullable=False),
        sa.Column("algorithm", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    sa.Table(
        "run",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("started_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("status", sa.Enum("RUNNING", "OK", "PARTIAL", "FAILED", "ABORTED", name="runstatus"), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("errors", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    sa.Table(
        "user",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("password_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("last_seen_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("visit_started_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("previous_visit_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("compact", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    sa.Table(
        "article",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("link", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("guid", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("feed_id", sa.Integer(), nullable=True),
        sa.Column("outlet", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("published_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("fetched_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text_note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("text_capped", sa.Boolean(), nullable=False),
        sa.Column("canonical_url", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("content_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["feed_id"], ["feed.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("url"),
        sa.Index("ix_article_content_hash", "content_hash"),
        sa.Index("ix_article_feed_id", "feed_id"),
        sa.Index("ix_article_fetched_at", "fetched_at"),
        sa.Index("ix_article_list", "fetched_at", "published_at", "story_id", "outlet"),
        sa.Index("ix_article_story_id", "story_id"),
    )
    sa.Table(
        "usersession",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("csrf_token", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("user_agent", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
        sa.Index("ix_usersession_user_id", "user_id"),
    )
    sa.Table(
        "digestitem",
        metadata,
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["digest_id"], ["digestrun.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id"),
        sa.Index("ix_digestitem_digest_id", "digest_id"),
    )
    sa.Table(
        "mention",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Enum("TOPIC", "PERSON", name="mentionkind"), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "kind", "key", "start"),
        sa.Index("ix_mention_article_id", "article_id"),
        sa.Index("ix_mention_key", "kind", "key"),
    )
    sa.Table(
        "quote",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("person_key", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("cue", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "start"),
        sa.Index("ix_quote_article_id", "article_id"),
        sa.Index("ix_quote_person_key", "person_key"),
    )
    sa.Table(
        "releasematch",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("release_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reuse", sa.Float(), nullable=False),
        sa.Column("narrative_reuse", sa.Float(), nullable=False),
        sa.Column("sentences", sa.Integer(), nullable=False),
        sa.Column("quotes", sa.JSON(), nullable=False),
        sa.Column("spans", sa.JSON(), nullable=False),
        sa.Column("mentioned", sa.JSON(), nullable=False),
        sa.Column("wire", sa.Boolean(), nullable=False),
        sa.Column("algorithm", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("matched_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["release_id"], ["release.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("release_id", "article_id"),
        sa.Index("ix_releasematch_article_id", "article_id"),
        sa.Index("ix_releasematch_release_id", "release_id"),
    )
    sa.Table(
        "review",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.Enum("NEW", "RELEVANT", "IRRELEVANT", name="reviewstatus"), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("updated_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id"),
        sa.Index("ix_review_status", "status", "starred"),
    )
    sa.Table(
        "reviewchange",
        metadata,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("made_at", monitor.store.types.UTCDateTime(), nullable=False),
        sa.Column("before_status", sa.Enum("NEW", "RELEVANT", "IRRELEVANT", name="reviewstatus"), nullable=True),
        sa.Column("before_starred", sa.Boolean(), nullable=False),
        sa.Column("before_note", sa.Text(), nullable=True),
        sa.Column("before_reviewer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("before_updated_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.Column("undone_at", monitor.store.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.Index("ix_reviewchange_article_id", "article_id"),
        sa.Index("ix_reviewchange_batch", "batch"),
    )
    sa.Table(
        "storyshingle",
        metadata,
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "value"),
        sa.Index("ix_storyshingle_value", "value"),
    )
    return metadata
