"""Fixtures for the extractor's tests: one warmed-up extractor for the whole session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tolltrack.extract import extract
from tolltrack.records import Record

# A Thursday. Every relative period in these tests resolves against it.
PUBLISHED = dt.date(2025, 3, 27)

Extract = Callable[..., list[Record]]


@pytest.fixture(scope="session")
def run() -> Extract:
    """``run(text, published=PUBLISHED)``: the extractor, its tokenizer and tables loaded once."""
    extract("Warm-up: 12 soldiers were killed, the ministry said.", PUBLISHED)

    def _run(text: str, published: dt.date | None = PUBLISHED) -> list[Record]:
        return extract(text, published)

    return _run
