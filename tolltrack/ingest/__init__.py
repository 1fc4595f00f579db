"""Reading reporting: files, directories and exports in, :class:`~tolltrack.articles.Article` objects out.

Takes paths (files or directories, walked recursively) and gives, item by
item, either an ``Article`` or a :class:`ReadFailure` naming the path and the
reason, so one bad file never stops a batch. Also gives the duplicate
detection the store relies on: an exact content hash and a MinHash signature
index for near-duplicates. Knows nothing of the store.

Readers, one module each: ``text`` (plain text with front matter), ``html``,
``tables`` (JSON Lines and CSV exports), ``feeds`` (RSS/Atom), ``walk``
(directories, and which reader a file goes to), ``dedup``.
"""

from tolltrack.ingest.dedup import DedupSettings, NearDuplicateIndex, content_hash, signature
from tolltrack.ingest.item import Item, ReadFailure
from tolltrack.ingest.walk import expand, read_file, read_path, read_paths

__all__ = [
    "DedupSettings",
    "Item",
    "NearDuplicateIndex",
    "ReadFailure",
    "content_hash",
    "expand",
    "read_file",
    "read_path",
    "read_paths",
    "signature",
]
