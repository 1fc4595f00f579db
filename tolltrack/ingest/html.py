"""HTML pages: the article text by trafilatura, the date by htmldate, the title and site name from the page's metadata.

Also turns an HTML fragment (a feed entry's content) into plain paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.etree
import lxml.html

from tolltrack.articles import Article
from tolltrack.ingest.item import Item, ReadFailure, load_text, loose_date

# htmldate rejects dates after today by default; reporting read later is still dated as written.
LATEST_DATE = "2099-12-31"
MIN_WORDS = 5
_TAG = re.compile(r"<\s*(html|head|body|p|div|article|title|h1|meta)\b", re.IGNORECASE)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def read_html(path: Path) -> Iterator[Item]:
    """One Article from an HTML page, or one ReadFailure."""
    raw = load_text(path)
    if isinstance(raw, ReadFailure):
        yield raw
        return
    yield article_from_html(raw, label=str(path))


def article_from_html(html: str, label: str) -> Article | ReadFailure:
    """An Article from a page's HTML; a ReadFailure when it is not HTML or holds no article text."""
    import htmldate
    import trafilatura

    if not _TAG.search(html):
        return ReadFailure(label, "not HTML (no page markup found)")
    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False, as_dict=False
        )
    except (ValueError, TypeError, lxml.etree.LxmlError) as exc:
        return ReadFailure(label, f"malformed HTML: {exc}")
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return ReadFailure(label, "malformed HTML or no article text in the page")
    title = (doc.title or "").strip() or None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # the headline is kept as the title, not twice
    if not lines:
        return ReadFailure(label, "no article text in the page, only a headline")
    if len(" ".join(lines).split()) < MIN_WORDS:  # what is left of a page of navigation alone
        return ReadFailure(label, f"no article text in the page (fewer than {MIN_WORDS} words outside the page furniture)")
    try:
        found = htmldate.find_date(html, original_date=True, max_date=LATEST_DATE)
        published = loose_date(found) if found else None
    except ValueError:
        published = None
    return Article(
        body="\n\n".join(lines),
        title=title,
        outlet=(doc.sitename or "").strip() or None,
        url=(doc.url or "").strip() or None,
        published=published,
        path=label,
    )


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element, paragraphs separated by a blank line."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
