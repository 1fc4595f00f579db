"""Duplicate detection: an exact content hash, and near-duplicates by MinHash LSH.

Exact: SHA-256 of the article text (title and body) lower-cased with its
whitespace collapsed, so the same story saved twice, re-wrapped or re-cased,
hashes the same.

Near: the Jaccard similarity of the bodies' sets of word shingles, estimated
with MinHash and looked up with locality-sensitive hashing (Broder, "On the
resemblance and containment of documents", 1997; datasketch's MinHashLSH).
The title is left out, so a reprint under another headline still matches.
Settings come from ``tolltrack/data/dedup.toml``.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np

from tolltrack.articles import Article

if TYPE_CHECKING:  # datasketch is imported on first use: it takes a third of a second
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
SCHEME = "affine32"


@dataclass(frozen=True)
class DedupSettings:
    """How alike two bodies must be to count as one story, and how their likeness is estimated."""

    threshold: float = 0.6
    shingle: int = 4
    num_perm: int = 128
    min_words: int = 25

    @classmethod
    def load(cls, **overrides: Any) -> DedupSettings:
        """The settings in ``tolltrack/data/dedup.toml``, with any keyword overrides."""
        text = resources.files("tolltrack").joinpath("data/dedup.toml").read_text(encoding="utf-8")
        values = {k: v for k, v in tomllib.loads(text).items() if k in cls.__dataclass_fields__}
        values.update(overrides)
        settings = cls(**values)
        if not 0 < settings.threshold <= 1 or settings.shingle < 1 or settings.num_perm < 16:
            raise ValueError(f"bad duplicate detection settings: {settings}")
        return settings

    @property
    def key(self) -> str:
        """What a stored signature depends on; a signature made under another key is made again."""
        return f"{SCHEME}:w{self.shingle}:p{self.num_perm}"


def normalise(text: str) -> str:
    """Lower-cased, with every run of whitespace one space."""
    return " ".join(text.casefold().split())


def content_hash(article: Article | str) -> str:
    """The exact-duplicate key of an article (title and body) or of a text."""
    text = article.text if isinstance(article, Article) else article
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def signature(body: str, settings: DedupSettings) -> MinHash | None:
    """The MinHash of a body's word shingles; None when it is too short to compare."""
    words = _WORD.findall(body.casefold())
    if len(words) < max(settings.min_words, 1):
        return None
    from datasketch import MinHash

    k = settings.shingle
    shingles = {" ".join(words[i : i + k]).encode("utf-8") for i in range(max(len(words) - k + 1, 1))}
    m = MinHash(num_perm=settings.num_perm, scheme=SCHEME)
    m.update_batch(list(shingles))
    return m


def to_bytes(m: MinHash) -> bytes:
    """A signature as bytes, to store."""
    return np.asarray(m.hashvalues, dtype=np.uint32).tobytes()


def from_bytes(data: bytes, settings: DedupSettings) -> MinHash | None:
    """A stored signature; None when it was not made with these settings."""
    from datasketch import MinHash

    values = np.frombuffer(data, dtype=np.uint32)
    if len(values) != settings.num_perm:
        return None
    return MinHash(num_perm=settings.num_perm, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """The signatures seen so far, and for a new one the most similar earlier body above the threshold."""

    def __init__(self, settings: DedupSettings) -> None:
        from datasketch import MinHashLSH

        self.settings = settings
        self._lsh = MinHashLSH(threshold=settings.threshold, num_perm=settings.num_perm)
        self._signatures: dict[int, MinHash] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: int) -> bool:
        return key in self._signatures

    def add(self, key: int, m: MinHash) -> None:
        """Remember a body's signature under ``key`` (an article id)."""
        if key in self._signatures:
            return
        self._lsh.insert(key, m)
        self._signatures[key] = m

    def match(self, m: MinHash) -> tuple[int, float] | None:
        """The key and estimated similarity of the most similar earlier body at or above the threshold."""
        best: tuple[int, float] | None = None
        for key in self._lsh.query(m):
            similarity = float(m.jaccard(self._signatures[key]))
            if similarity >= self.settings.threshold and (
                best is None or similarity > best[1] or (similarity == best[1] and key < best[0])
            ):
                best = (key, similarity)
        return best
