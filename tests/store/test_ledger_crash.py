"""Nothing lost, nothing doubled: a 2,000-article ingest killed with SIGKILL and run again ends as an uninterrupted one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

import ledger_corpus
from ledger_helpers import reset_postgres, rule_extractor

WORKER = Path(__file__).with_name("ingest_worker.py")
N = 2000


def run(url: str, paths: list[Path]) -> list[str]:
    done = subprocess.run([sys.executable, str(WORKER), url, *map(str, paths)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.splitlines()


def run_and_kill(url: str, paths: list[Path], after: int) -> int:
    """Start an ingest, SIGKILL it once ``after`` items are through; how many were reported."""
    proc = subprocess.Popen([sys.executable, str(WORKER), url, *map(str, paths)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    seen = 0
    for line in proc.stdout:
        if line.startswith("done"):
            break
        seen += 1
        if seen >= after:
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.stdout.close()
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    return seen


def every_article_whole(url: str) -> None:
    """Each stored article has exactly one citation per record the extractor gives for it: no half-stored article."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            cites = dict(conn.execute(text("SELECT article_id, COUNT(*) FROM citations GROUP BY article_id")).all())
            for aid, title, body in conn.execute(text("SELECT id, title, body FROM articles")):
                full = f"{title}\n\n{body}" if title else body
                assert cites.get(aid, 0) == len(rule_extractor(full)), f"article {aid} is stored in part"
            orphans = conn.scalar(text("SELECT COUNT(*) FROM articles WHERE cluster_id IS NULL"))
            assert orphans == 0
    finally:
        engine.dispose()


@pytest.mark.slow
def test_a_killed_ingest_run_again_equals_an_uninterrupted_one(
    ledger_url: str, tmp_path: Path, store_snapshot: Callable[[str], Any]
) -> None:
    paths = [ledger_corpus.write(tmp_path / "corpus", N)]
    if ledger_url.startswith("sqlite"):
        reference_url = f"sqlite:///{tmp_path / 'reference.db'}"
    else:
        reference_url = ledger_url
    lines = run(reference_url, paths)
    assert lines[-1] == "done 2000 1395 403 202"  # read, stored, near-duplicate, duplicate
    reference = store_snapshot(reference_url)
    assert len(reference["articles"]) == 1395 + 403
    if not ledger_url.startswith("sqlite"):
        reset_postgres(ledger_url)

    first = run_and_kill(ledger_url, paths, after=700)
    partial = store_snapshot(ledger_url)
    assert 0 < len(partial["articles"]) < len(reference["articles"])
    every_article_whole(ledger_url)
    second = run_and_kill(ledger_url, paths, after=1500)  # the rerun is killed too
    assert first < second
    every_article_whole(ledger_url)

    lines = run(ledger_url, paths)
    read, stored, near, dup = map(int, lines[-1].split()[1:])
    assert read == N and stored + near < len(reference["articles"]) and dup > 202
    assert store_snapshot(ledger_url) == reference
    every_article_whole(ledger_url)
