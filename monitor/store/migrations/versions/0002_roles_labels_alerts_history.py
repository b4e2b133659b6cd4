"""roles, audit trail, labels, instant alerts, digest recipients, outlet menu, prune's tombstones, history indexes

Every change adds: new tables, two indexes on `article`, and `user.role`, which accounts already there get as
"admin" (a team that had no roles keeps everything it could do). The outlet menu (`hitoutlet`) is listed once
from the stored hits.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

from monitor.store.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_TEXT = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    op.create_table(
        "auditevent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("actor", _TEXT(), nullable=False),
        sa.Column("kind", _TEXT(), nullable=False),
        sa.Column("target", _TEXT(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_auditevent_actor", "auditevent", ["actor", "id"])
    op.create_index("ix_auditevent_kind", "auditevent", ["kind", "id"])
    with op.batch_alter_table("user") as batch:
        batch.add_column(sa.Column("role", _TEXT(length=16), server_default="admin", nullable=False))

    op.create_table(
        "label",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", _TEXT(), nullable=False),
        sa.Column("key", _TEXT(), nullable=False),
        sa.Column("created_by", _TEXT(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "articlelabel",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("label_id", sa.Integer(), nullable=False),
        sa.Column("applied_by", _TEXT(), nullable=True),
        sa.Column("applied_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["label_id"], ["label.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", "label_id"),
    )
    op.create_index("ix_articlelabel_label", "articlelabel", ["label_id"])

    op.create_table(
        "alertdelivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule", _TEXT(), nullable=False),
        sa.Column("subject", _TEXT(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=True),
        sa.Column("channel", _TEXT(), nullable=False),
        sa.Column("recipient", _TEXT(), nullable=False),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("message", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["article.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rule", "subject", "channel", "recipient"),
    )
    op.create_index("ix_alertdelivery_due", "alertdelivery", ["status", "next_attempt_at"])
    op.create_table(
        "digestrecipient",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("digest_id", sa.Integer(), nullable=False),
        sa.Column("address", _TEXT(), nullable=False),
        sa.Column("status", _TEXT(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["digest_id"], ["digestrun.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("digest_id", "address"),
    )
    op.create_index("ix_digestrecipient_digest_id", "digestrecipient", ["digest_id"])

    op.create_table("hitoutlet", sa.Column("outlet", _TEXT(), nullable=False), sa.PrimaryKeyConstraint("outlet"))
    op.execute(
        "INSERT INTO hitoutlet (outlet) SELECT DISTINCT outlet FROM article"
        " WHERE id IN (SELECT article_id FROM mention)"
    )
    op.create_table(
        "prunedarticle",
        sa.Column("url", _TEXT(), nullable=False),
        sa.Column("guid", _TEXT(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("pruned_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_index("ix_article_dated", "article", [sa.text("coalesce(published_at, fetched_at)"), "outlet"])
    op.create_index("ix_article_feed_fetched", "article", ["feed_id", "fetched_at"])


def downgrade() -> None:
    raise NotImplementedError("not undone: restore the backup taken before the upgrade")
