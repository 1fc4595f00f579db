"""Fixtures for the ledger's tests: a fresh database of each kind, a predictable extractor, a store snapshot.

``ledger_url`` runs a test against SQLite and against the PostgreSQL server
``scripts/postgres.sh`` starts (``$TOLLTRACK_TEST_PG_URL``). Without that
server the PostgreSQL half is skipped, except under CI (``CI=true``), where it fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from ledger_helpers import postgres_url, reset_postgres, rule_extractor, snapshot

from tolltrack.records import Record


@pytest.fixture
def extractor() -> Callable[..., list[Record]]:
    return rule_extractor


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, then the PostgreSQL test server."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    url = postgres_url()
    reset_postgres(url)
    yield url


@pytest.fixture
def store_snapshot() -> Callable[[str], dict[str, Any]]:
    return snapshot
