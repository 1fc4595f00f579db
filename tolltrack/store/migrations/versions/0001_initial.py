"""The first ledger: articles, clusters, claims, citations, parties and sources.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "parties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_parties"),
        sa.UniqueConstraint("name", name="uq_parties_name"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(600), nullable=False),
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("party", sa.String(200), nullable=True),
        sa.Column("type", sa.String(40), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("key", name="uq_sources_key"),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("original_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_clusters"),
        sa.UniqueConstraint("original_id", name="uq_clusters_original_id"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(400), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("extra", sa.Text(), nullable=True),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("minhash_key", sa.String(60), nullable=True),
        sa.Column("cluster_id", sa.Integer(), nullable=True),
        sa.Column("duplicate_of", sa.Integer(), nullable=True),
        sa.Column("similarity", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("content_hash", name="uq_articles_content_hash"),
        sa.ForeignKeyConstraint(["cluster_id"], ["clusters.id"], name="fk_articles_cluster_id_clusters"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["articles.id"], name="fk_articles_duplicate_of_articles"),
    )
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_cluster_id", "articles", ["cluster_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("metric", sa.String(40), nullable=True),
        sa.Column("party_id", sa.Integer(), nullable=True),
        sa.Column("subject_role", sa.String(20), nullable=True),
        sa.Column("subject_text", sa.Text(), nullable=True),
        sa.Column("value_low", sa.Float(), nullable=True),
        sa.Column("value_high", sa.Float(), nullable=True),
        sa.Column("hedge", sa.String(20), nullable=True),
        sa.Column("unit", sa.String(20), nullable=True),
        sa.Column("as_of_start", sa.Date(), nullable=True),
        sa.Column("as_of_end", sa.Date(), nullable=True),
        sa.Column("as_of_text", sa.Text(), nullable=True),
        sa.Column("place", sa.String(400), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("via", sa.Text(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=True),
        sa.Column("projection", sa.Boolean(), nullable=False),
        sa.Column("speaker_name", sa.String(400), nullable=True),
        sa.Column("speaker_role", sa.String(200), nullable=True),
        sa.Column("quote", sa.Boolean(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_claims_article_id_articles"),
        sa.ForeignKeyConstraint(["party_id"], ["parties.id"], name="fk_claims_party_id_parties"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_claims_source_id_sources"),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_index("ix_claims_source_id", "claims", ["source_id"])
    op.create_index("ix_claims_metric_party", "claims", ["metric", "party_id"])
    op.create_index("ix_claims_period", "claims", ["period_start", "period_end"])
    op.create_table(
        "citations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=False),
        sa.Column("span_end", sa.Integer(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_citations"),
        sa.UniqueConstraint("claim_id", "article_id", name="uq_citations_claim_article"),
        sa.ForeignKeyConstraint(["claim_id"], ["claims.id"], name="fk_citations_claim_id_claims"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name="fk_citations_article_id_articles"),
    )
    op.create_index("ix_citations_claim_id", "citations", ["claim_id"])
    op.create_index("ix_citations_article_id", "citations", ["article_id"])


def downgrade() -> None:
    for table in ("citations", "claims", "articles", "clusters", "sources", "parties"):
        op.drop_table(table)
