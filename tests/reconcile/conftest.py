"""Fixtures for the reconcile tests: a SQLite ledger of the hand-written North Korea articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from .ledgers import annotated_extractor, build_ledger


@pytest.fixture(scope="session")
def nk_ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The North Korea articles ingested with the records annotated for them; gives the ledger's URL."""
    db: Path = tmp_path_factory.mktemp("nk") / "ledger.db"
    return build_ledger(db, extractor=annotated_extractor())


@pytest.fixture(scope="session")
def nk_ledger_extracted(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The North Korea articles ingested through tolltrack's own extractor; gives the ledger's URL."""
    db: Path = tmp_path_factory.mktemp("nk-extracted") / "ledger.db"
    return build_ledger(db)
