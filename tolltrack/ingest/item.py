"""What a reader yields: an Article, or a ReadFailure naming the path and what is wrong.

Also the one place raw bytes become text, so every reader words "empty",
"not UTF-8" and "unreadable" the same way.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from tolltrack.articles import Article, parse_date


@dataclass(frozen=True)
class ReadFailure:
    """An item that could not be read: where (a path, or ``path:line`` inside an export) and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


Item = Union[Article, ReadFailure]


def load_text(path: Path) -> str | ReadFailure:
    """A file's text, or the reason it has none: unreadable, binary, not UTF-8, or empty."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadFailure(str(path), f"cannot read: {exc.strerror or exc}")
    return decode(data, str(path))


def decode(data: bytes, label: str) -> str | ReadFailure:
    """UTF-8 bytes (a BOM is allowed) as text; a ReadFailure for binary, non-UTF-8 or blank input."""
    if b"\x00" in data[:8192]:
        return ReadFailure(label, "not text (binary data)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadFailure(label, f"not UTF-8 text (bad byte at offset {exc.start})")
    if not text.strip():
        return ReadFailure(label, "empty file, no article text")
    return text


def loose_date(value: object) -> dt.date | None:
    """A publication date from an export or feed: ISO 8601 or RFC 2822; None for empty. Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return parse_date(text)
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date (ISO 8601 or RFC 2822): {text!r}") from None


def with_defaults(article: Article, *, published: dt.date | None, outlet: str | None) -> Article:
    """The article, with a publication date and outlet filled in where it gives none."""
    if (article.published or not published) and (article.outlet or not outlet):
        return article
    return Article(
        body=article.body,
        title=article.title,
        outlet=article.outlet or outlet,
        url=article.url,
        published=article.published or published,
        path=article.path,
        extra=article.extra,
    )
