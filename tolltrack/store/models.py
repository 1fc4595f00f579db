"""The ledger's tables, as SQLAlchemy 2 models. The schema itself is made by the migrations in ``migrations/``.

- ``articles``: each distinct text once (unique content hash), with its
  metadata, its MinHash signature and its duplicate cluster.
- ``clusters``: a story and its near-duplicate reprints; ``original_id`` is
  the article first stored.
- ``claims``: every field of the claim schema in columns, for querying, and
  the record's JSON as extracted, so it reads back unchanged.
- ``citations``: each article that carried a claim, the claim's own article
  first; a reprint's citation keeps the reprint's own record.
- ``parties`` and ``sources``: the normalised names claims point to.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Party(Base):
    __tablename__ = "parties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class SourceRow(Base):
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(600), unique=True)  # name (case-folded) | party | type
    name: Mapped[str] = mapped_column(String(400))
    party: Mapped[Optional[str]] = mapped_column(String(200))
    type: Mapped[Optional[str]] = mapped_column(String(40))


class Cluster(Base):
    __tablename__ = "clusters"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    original_id: Mapped[int] = mapped_column(Integer, unique=True)  # articles.id of the first-stored article


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[Optional[str]] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text)
    outlet: Mapped[Optional[str]] = mapped_column(String(400), index=True)
    published: Mapped[Optional[dt.date]] = mapped_column(Date, index=True)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    path: Mapped[Optional[str]] = mapped_column(Text)
    extra: Mapped[Optional[str]] = mapped_column(Text)  # JSON object of other metadata
    minhash: Mapped[Optional[bytes]] = mapped_column(LargeBinary)
    minhash_key: Mapped[Optional[str]] = mapped_column(String(60))
    cluster_id: Mapped[Optional[int]] = mapped_column(ForeignKey("clusters.id"), index=True)
    duplicate_of: Mapped[Optional[int]] = mapped_column(ForeignKey("articles.id"))
    similarity: Mapped[Optional[float]] = mapped_column(Float)


class ClaimRow(Base):
    __tablename__ = "claims"
    __table_args__ = (
        Index("ix_claims_metric_party", "metric", "party_id"),
        Index("ix_claims_period", "period_start", "period_end"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # order in the extractor's output
    kind: Mapped[str] = mapped_column(String(20))
    metric: Mapped[Optional[str]] = mapped_column(String(40))
    party_id: Mapped[Optional[int]] = mapped_column(ForeignKey("parties.id"))
    subject_role: Mapped[Optional[str]] = mapped_column(String(20))
    subject_text: Mapped[Optional[str]] = mapped_column(Text)
    value_low: Mapped[Optional[float]] = mapped_column(Float)
    value_high: Mapped[Optional[float]] = mapped_column(Float)
    hedge: Mapped[Optional[str]] = mapped_column(String(20))
    unit: Mapped[Optional[str]] = mapped_column(String(20))
    as_of_start: Mapped[Optional[dt.date]] = mapped_column(Date)
    as_of_end: Mapped[Optional[dt.date]] = mapped_column(Date)
    as_of_text: Mapped[Optional[str]] = mapped_column(Text)
    place: Mapped[Optional[str]] = mapped_column(String(400))
    source_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sources.id"), index=True)
    via: Mapped[Optional[str]] = mapped_column(Text)  # JSON list
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[Optional[str]] = mapped_column(Text)
    projection: Mapped[bool] = mapped_column(Boolean, default=False)
    speaker_name: Mapped[Optional[str]] = mapped_column(String(400))
    speaker_role: Mapped[Optional[str]] = mapped_column(String(200))
    quote: Mapped[Optional[bool]] = mapped_column(Boolean)
    text: Mapped[Optional[str]] = mapped_column(Text)  # a statement's words
    period_start: Mapped[Optional[dt.date]] = mapped_column(Date)  # as_of, else the article's date
    period_end: Mapped[Optional[dt.date]] = mapped_column(Date)
    record: Mapped[str] = mapped_column(Text)  # the record's JSON, exactly as extracted


class CitationRow(Base):
    __tablename__ = "citations"
    __table_args__ = (UniqueConstraint("claim_id", "article_id", name="uq_citations_claim_article"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claims.id"), index=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id"), index=True)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(Text)  # this article's own record of the claim
