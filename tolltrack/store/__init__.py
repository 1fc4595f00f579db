"""The store: SQLAlchemy models, Alembic migrations run on open, and the Ledger over them.

Takes Articles (from ``tolltrack.ingest``) and the extractor's records; gives
back typed records, figures with their citations, frames and exports.
SQLite by default, PostgreSQL by URL.
"""

from tolltrack.store.database import LedgerURLError, resolve_url
from tolltrack.store.ledger import IngestSummary, Ledger, Outcome, StoredArticle, StoredClaim

__all__ = ["IngestSummary", "Ledger", "LedgerURLError", "Outcome", "StoredArticle", "StoredClaim", "resolve_url"]
