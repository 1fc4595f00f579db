"""RSS and Atom feed files (feedparser): each entry is an article, the feed's title its outlet.

A feed that is not well-formed is one ReadFailure for the file; an entry
without text is one ReadFailure for that entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tolltrack.articles import Article
from tolltrack.ingest.html import fragment_text
from tolltrack.ingest.item import Item, ReadFailure, load_text


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or ():
        if content.get("value", "").strip():
            return fragment_text(content["value"])
    return fragment_text(entry.get("summary") or entry.get("description") or "")


def read_feed(path: Path) -> Iterator[Item]:
    """Articles from an RSS or Atom file, one per entry."""
    import feedparser

    raw = load_text(path)
    if isinstance(raw, ReadFailure):
        yield raw
        return
    parsed = feedparser.parse(raw.encode("utf-8"))
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        yield ReadFailure(str(path), f"malformed feed: {parsed.get('bozo_exception')}")
        return
    if not parsed.get("version"):
        yield ReadFailure(str(path), "not an RSS or Atom feed")
        return
    outlet = (parsed.feed.get("title") or "").strip() or None
    for number, entry in enumerate(parsed.entries, start=1):
        label = f"{path}#{number}"
        body = _entry_text(entry)
        if not body:
            yield ReadFailure(label, "feed entry has no text")
            continue
        yield Article(
            body=body,
            title=(entry.get("title") or "").strip() or None,
            outlet=outlet,
            url=(entry.get("link") or "").strip() or None,
            published=_entry_date(entry),
            path=label,
        )
