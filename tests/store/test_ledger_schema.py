"""The schema: the migrations make exactly the models' tables, run on open, and only once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, inspect

from tolltrack.articles import Article
from tolltrack.store import Ledger, resolve_url
from tolltrack.store.database import head_revision
from tolltrack.store.models import Base

from ledger_helpers import rule_extractor, snapshot


def test_migrations_match_the_models(ledger_url: str) -> None:
    Ledger(ledger_url).close()
    engine = create_engine(ledger_url)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_opening_twice_migrates_once(ledger_url: str) -> None:
    with Ledger(ledger_url, extractor=rule_extractor) as first:
        first.ingest(Article(body="The army said 20 fighters were captured."))
    with Ledger(ledger_url) as second:
        assert second.counts()["claims"] == 1
    engine = create_engine(ledger_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert tables == {"alembic_version", "articles", "claims", "citations", "clusters", "parties", "sources"}


@pytest.mark.parametrize(
    "given_url,env,expected",
    [
        (None, None, "sqlite:///tolltrack.db"),
        (None, "/data/war.db", "sqlite:////data/war.db"),
        ("x.db", "/data/war.db", "sqlite:///x.db"),
        (Path("dir/x.db"), None, "sqlite:///dir/x.db"),
        ("postgresql://u@h/db", None, "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h:5433/db", None, "postgresql+psycopg://u@h:5433/db"),
        ("sqlite:///abs.db", None, "sqlite:///abs.db"),
    ],
)
def test_url_resolution(given_url: str | Path | None, env: str | None, expected: str,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    if env is None:
        monkeypatch.delenv("TOLLTRACK_DB", raising=False)
    else:
        monkeypatch.setenv("TOLLTRACK_DB", env)
    assert resolve_url(given_url) == expected


STORIES = [
    "The ministry said 500 soldiers were killed near the border on Monday, officials in the capital confirmed.",
    "The army said 20 fighters were captured. The Red Cross said 12 civilians were killed in the shelling.",
    "The United Nations said 3,000 people were displaced from villages along the river this week.",
]
article_strategy = st.builds(
    Article,
    body=st.sampled_from(STORIES)
    | st.sampled_from(STORIES).flatmap(lambda s: st.sampled_from([s.upper(), "  " + s.replace(" ", "\n  "), s + " More."])),
    title=st.sampled_from([None, "Head", "HEAD"]),
    outlet=st.sampled_from([None, "A", "B"]),
    published=st.sampled_from([None, dt.date(2031, 2, 3)]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(batch=st.lists(article_strategy, max_size=8))
def test_ingesting_twice_equals_ingesting_once(tmp_path_factory: pytest.TempPathFactory, batch: list[Article]) -> None:
    url = f"sqlite:///{tmp_path_factory.mktemp('prop') / 'l.db'}"
    with Ledger(url, extractor=rule_extractor) as ledger:
        first = ledger.ingest(batch)
        once = snapshot(url)
        again = ledger.ingest(batch)
    assert snapshot(url) == once
    assert again.duplicate == len(batch) and again.stored == again.near_duplicate == 0
    from tolltrack.ingest import content_hash

    assert first.stored + first.near_duplicate == len({content_hash(a) for a in batch}) == len(once["articles"])
