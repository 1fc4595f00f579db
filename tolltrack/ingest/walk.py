"""Which reader a file goes to, and walking directories recursively.

Takes paths; gives Articles and ReadFailures in a stable order (directories
sorted by name). Inside a directory only files with a known suffix are read
and hidden files are passed over; a file named on its own is always read, by
its suffix or, failing that, by a look at its first bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from tolltrack.ingest.feeds import read_feed
from tolltrack.ingest.html import read_html
from tolltrack.ingest.item import Item, ReadFailure
from tolltrack.ingest.tables import read_csv, read_jsonl
from tolltrack.ingest.text import read_text

Reader = Callable[[Path], Iterator[Item]]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".rdf": read_feed,
}


def sniff(path: Path) -> Reader:
    """A reader for a file whose suffix says nothing, chosen by its first bytes."""
    try:
        with path.open("rb") as f:
            head = f.read(2048).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except OSError:
        return read_text  # the reader reports why it cannot be read
    if head.startswith(b"{"):
        return read_jsonl
    if head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        if b"<html" not in head:
            return read_feed
    if head.startswith(b"<"):
        return read_html
    return read_text


def reader_for(path: Path) -> Reader:
    """The reader for one file: by suffix, else by content."""
    return READERS.get(path.suffix.lower()) or sniff(path)


def files(path: Path) -> Iterator[Path]:
    """Readable files under a directory, recursively, sorted, skipping hidden entries and unknown suffixes."""
    for root, dirs, names in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and Path(name).suffix.lower() in READERS:
                yield Path(root, name)


def expand(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | ReadFailure]:
    """The files to read: each file named, each readable file under each directory, a ReadFailure for a missing path."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            yield from files(p)
        elif p.exists():
            yield p
        else:
            yield ReadFailure(str(path), "no such file or directory")


def read_file(path: Path) -> Iterator[Item]:
    """Every article in one file, by the reader its suffix or content calls for."""
    yield from reader_for(path)(path)


def read_path(path: str | os.PathLike[str]) -> Iterator[Item]:
    """Every article in a file or directory, and a ReadFailure for each item that could not be read."""
    for f in expand([path]):
        if isinstance(f, ReadFailure):
            yield f
        else:
            yield from read_file(f)


def read_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Item]:
    """``read_path`` over several paths, in order."""
    for path in paths:
        yield from read_path(path)
