"""Helpers for the ledger's tests: a predictable extractor, the PostgreSQL test server, a store snapshot.

Imported by ``conftest.py`` (the fixtures) and by the crash test's subprocess.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tolltrack.records import Figure, Record, Source, Statement, Subject, Value
from tolltrack.store.database import empty_postgres_schema

PG_ENV = "TOLLTRACK_TEST_PG_URL"

_FIGURE = re.compile(
    r"(?P<source>[Tt]he (?:ministry|army|United Nations|Red Cross)) said (?P<n>[\d,]+) "
    r"(?P<who>soldiers|civilians|fighters|people) were (?P<verb>killed|wounded|captured|displaced)"
)
_SOURCES = {
    "ministry": Source("Ministry of Defence", "Sudan", "government"),
    "army": Source("Army", "Sudan", "military"),
    "united nations": Source("United Nations", None, "UN"),
    "red cross": Source("Red Cross", None, "NGO"),
}
_QUOTE = re.compile(r"\"([^\"]+)\"")


def rule_extractor(text: str, published: dt.date | None = None) -> list[Record]:
    """A predictable stand-in for the extractor: "The ministry said 500 soldiers were killed" and quotations."""
    out: list[Record] = []
    for m in _FIGURE.finditer(text):
        n = int(m["n"].replace(",", ""))
        role = "military" if m["who"] in ("soldiers", "fighters") else "civilian"
        sentence_start = text.rfind(".", 0, m.start()) + 1
        out.append(
            Figure(
                metric=m["verb"],
                subject=Subject("Sudan", role, m["who"]),
                value=Value(n, n, "exact"),
                source=_SOURCES[m["source"].split(" ", 1)[1].lower()],
                span=(m.start(), m.end()),
                sentence=text[sentence_start : text.find(".", m.end()) + 1].strip(),
            )
        )
    for m in _QUOTE.finditer(text):
        out.append(Statement(speaker=None, source=None, quote=True, text=m[1], span=(m.start(1), m.end(1))))
    return out



def postgres_url() -> str:
    """The test server's URL; skips (fails under CI) when there is none."""
    url = os.environ.get(PG_ENV)
    if url:
        return url
    message = f"no PostgreSQL test server (${PG_ENV} unset; make test starts one via scripts/postgres.sh)"
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(message)
    pytest.skip(message)


def reset_postgres(url: str) -> None:
    """An empty public schema: every test starts from a database with no tables."""
    empty_postgres_schema(url)



def _sorted(rows: Any) -> list[Any]:
    return sorted(rows, key=repr)


def snapshot(url: str) -> dict[str, Any]:
    """Everything a ledger holds, keyed by content rather than row ids or ingest times."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            hashes = dict(conn.execute(text("SELECT id, content_hash FROM articles")).all())
            originals = dict(conn.execute(text("SELECT id, original_id FROM clusters")).all())
            articles = _sorted(
                (h, title, body, url_, outlet, str(pub), path, hashes[originals[cluster]] if cluster else None,
                 hashes.get(dup), sim)
                for h, title, body, url_, outlet, pub, path, cluster, dup, sim in conn.execute(text(
                    "SELECT content_hash, title, body, url, outlet, published, path, cluster_id, duplicate_of,"
                    " similarity FROM articles"
                ))
            )
            claim_keys = {
                cid: (hashes[aid], pos)
                for cid, aid, pos in conn.execute(text("SELECT id, article_id, position FROM claims"))
            }
            claims = _sorted(
                (hashes[aid], pos, json.loads(rec))
                for aid, pos, rec in conn.execute(text("SELECT article_id, position, record FROM claims"))
            )
            citations = _sorted(
                (claim_keys[cid], hashes[aid], json.loads(rec))
                for cid, aid, rec in conn.execute(text("SELECT claim_id, article_id, record FROM citations"))
            )
            parties = sorted(r[0] for r in conn.execute(text("SELECT name FROM parties")))
            sources = sorted(r[0] for r in conn.execute(text("SELECT key FROM sources")))
    finally:
        engine.dispose()
    return {"articles": articles, "claims": claims, "citations": citations, "parties": parties, "sources": sources}
