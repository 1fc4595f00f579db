"""Plain-text articles: a file with an optional front-matter block (title, url, outlet, published)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tolltrack.articles import parse_plain_text
from tolltrack.ingest.item import Item, ReadFailure, load_text


def read_text(path: Path) -> Iterator[Item]:
    """One Article from a plain-text file, or one ReadFailure."""
    raw = load_text(path)
    if isinstance(raw, ReadFailure):
        yield raw
        return
    try:
        article = parse_plain_text(raw, path=str(path))
    except ValueError as exc:
        yield ReadFailure(str(path), str(exc))
        return
    if not article.body.strip():
        yield ReadFailure(str(path), "front matter only, no article text")
        return
    yield article
