"""JSON Lines and CSV exports: one article a line or row, with text/title/url/outlet/published columns.

``body`` or ``content`` stand for ``text``, ``date`` for ``published``; other
columns are kept in ``Article.extra``. A bad line or row is one ReadFailure
(``path:line``), and the rest of the file is still read.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from tolltrack.articles import Article
from tolltrack.ingest.item import Item, ReadFailure, load_text, loose_date

TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date")
KNOWN = {*TEXT_KEYS, *DATE_KEYS, "title", "url", "outlet"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def _first(row: Mapping[str, Any], keys: tuple[str, ...]) -> Any:
    for k in keys:
        if row.get(k) not in (None, ""):
            return row[k]
    return None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def article_from_row(row: Mapping[str, Any], label: str) -> Article | ReadFailure:
    """An Article from one export row (keys lower-cased); a ReadFailure when it has no text or a bad date."""
    row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
    text = _first(row, TEXT_KEYS)
    if not isinstance(text, str) or not text.strip():
        return ReadFailure(label, "no article text (expected a 'text' column)")
    try:
        published = loose_date(_first(row, DATE_KEYS))
    except ValueError as exc:
        return ReadFailure(label, f"published: {exc}")
    return Article(
        body=text.strip("\n"),
        title=_clean(row.get("title")),
        outlet=_clean(row.get("outlet")),
        url=_clean(row.get("url")),
        published=published,
        path=label,
        extra={k: str(v) for k, v in row.items() if k not in KNOWN and v not in (None, "")},
    )


def read_jsonl(path: Path) -> Iterator[Item]:
    """Articles from a JSON Lines export, one object a line (blank lines are skipped)."""
    raw = load_text(path)
    if isinstance(raw, ReadFailure):
        yield raw
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(label, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(row, dict):
            yield ReadFailure(label, "expected a JSON object with a 'text' field")
            continue
        yield article_from_row(row, label)


def read_csv(path: Path) -> Iterator[Item]:
    """Articles from a CSV export with a header row."""
    raw = load_text(path)
    if isinstance(raw, ReadFailure):
        yield raw
        return
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    try:
        fields = [f.strip().lower() for f in reader.fieldnames or ()]
        if not any(k in fields for k in TEXT_KEYS):
            yield ReadFailure(str(path), "CSV has no 'text' column")
            return
        for row in reader:
            label = f"{path}:{reader.line_num}"
            if None in row:
                yield ReadFailure(label, "more fields than the header has")
                continue
            yield article_from_row(row, label)
    except csv.Error as exc:
        yield ReadFailure(f"{path}:{reader.line_num}", f"malformed CSV: {exc}")
