"""store counts for /metrics

The writer keeps the number of stored articles and hits (`storecount`) so a scrape of /metrics counts only what
was stored since, never the whole history. New table only; its two rows start at nothing counted, which the
read takes as "count everything" until the next pass brings them up to date.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    counts = op.create_table(
        "storecount",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("through_id", sa.BigInteger(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.bulk_insert(counts, [{"name": name, "value": 0, "through_id": 0} for name in ("articles", "hits")])


def downgrade() -> None:
    op.drop_table("storecount")
