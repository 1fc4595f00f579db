"""Ledgers built from the hand-written articles in ``articles/``, for the reconcile tests."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Callable, Sequence

from tolltrack import Ledger
from tolltrack.articles import parse_plain_text
from tolltrack.records import Record, record_from_dict

ARTICLES = Path(__file__).parent / "articles"


def article_paths(story: str = "north_korea") -> list[Path]:
    return sorted((ARTICLES / story).glob("*.txt"))


def annotated_extractor(story: str = "north_korea") -> Callable[..., Sequence[Record]]:
    """An extractor that gives each article the records written down for it in ``<story>.claims.jsonl``."""
    records: dict[str, list[Record]] = {}
    for line in (ARTICLES / f"{story}.claims.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            records.setdefault(row["article"], []).append(record_from_dict(row["record"]))
    by_text = {
        parse_plain_text(p.read_text(encoding="utf-8")).text: records.get(p.name, []) for p in article_paths(story)
    }

    def extract(text: str, published: dt.date | None = None) -> Sequence[Record]:
        return list(by_text[text])

    return extract


def build_ledger(db: Path, story: str = "north_korea", extractor: Callable[..., Sequence[Record]] | None = None) -> str:
    """Ingest the story's articles into a SQLite ledger at ``db``; gives its URL."""
    url = f"sqlite:///{db}"
    kwargs = {"extractor": extractor} if extractor is not None else {}
    with Ledger(url, **kwargs) as ledger:
        summary = ledger.ingest([str(p) for p in article_paths(story)])
        assert not summary.failed, summary.failed
    return url
