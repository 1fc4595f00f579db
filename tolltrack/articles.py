"""An article as tolltrack reads it: its text and what is known of it.

The text the extractor sees is the title, a blank line, then the body (the
body alone when there is no title), so that a headline's figures and
attributions are read with the rest. Spans index into that text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    body: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    path: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def text(self) -> str:
        """The text claims are extracted from and their spans index into."""
        if self.title:
            return f"{self.title}\n\n{self.body}"
        return self.body


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date (or datetime) as a date; None for empty text. Raises ValueError for anything else."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


FRONT_MATTER_KEYS = ("title", "outlet", "url", "published")


def parse_plain_text(raw: str, path: str | None = None) -> Article:
    """A plain-text article with an optional front-matter block between ``---`` lines."""
    meta: dict[str, str] = {}
    body = raw
    if raw.startswith("---\n") or raw.startswith("---\r\n"):
        lines = raw.splitlines(keepends=True)
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                for line in lines[1:i]:
                    key, sep, val = line.partition(":")
                    if sep:
                        meta[key.strip().lower()] = val.strip()
                body = "".join(lines[i + 1 :])
                break
    body = body.strip("\n")
    return Article(
        body=body,
        title=meta.get("title") or None,
        outlet=meta.get("outlet") or None,
        url=meta.get("url") or None,
        published=parse_date(meta.get("published")),
        path=path,
        extra={k: v for k, v in meta.items() if k not in FRONT_MATTER_KEYS},
    )
