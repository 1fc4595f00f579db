"""The extractor's vocabularies, read from the tab-separated tables in ``tolltrack/data``.

Each table is one concern a researcher can read and change without reading
code: parties, places, sources, persons, hedges, vague quantities, and the
measure words in ``measures.tsv``. Lines starting with ``#`` are comments;
the first other line names the columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator


def read_table(name: str) -> list[dict[str, str]]:
    """Rows of ``tolltrack/data/<name>`` as dicts keyed by the header line."""
    text = resources.files("tolltrack.data").joinpath(name).read_text(encoding="utf-8")
    rows: list[dict[str, str]] = []
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


_SPACES = re.compile(r"\s+")


def trie_regex(words: list[str]) -> str:
    """A regex alternation of ``words`` built as a trie, so matching costs one walk instead of one try a word.

    Longer words win over their prefixes, as in a longest-first alternation.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def atom(ch: str) -> str:
        if ch == " ":
            return r"\s+"
        if ch in "'’":
            return "['’]"
        return re.escape(ch)

    def build(node: dict) -> str:
        ends = "" in node
        branches = [atom(ch) + build(child) for ch, child in sorted(node.items()) if ch != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def phrase_pattern(phrases: list[str], plurals: bool = False) -> re.Pattern[str]:
    """One case-insensitive regex matching any of ``phrases`` as whole words, longest first (and their plurals)."""
    alts = sorted({p.lower().replace("’", "'") for p in phrases if p})
    body = trie_regex(alts)
    suffix = "s?" if plurals else ""
    return re.compile(rf"(?<![\w-])(?:{body}){suffix}(?![\w])", re.IGNORECASE)


@dataclass(frozen=True)
class PartyEntry:
    party: str
    kind: str


@dataclass(frozen=True)
class SourceEntry:
    name: str
    party: str | None
    type: str


@dataclass(frozen=True)
class PersonEntry:
    name: str
    party: str | None
    role: str


class Lexicon:
    """A case-insensitive phrase table: find the longest entries in a text."""

    def __init__(self, entries: dict[str, object], case_sensitive: set[str] | None = None, plurals: bool = False,
                 proper: bool = False, capitalised: bool = False) -> None:
        self.entries = {k.lower(): v for k, v in entries.items()}
        self.case_sensitive = case_sensitive or set()
        self.plurals = plurals
        self.proper = {k.lower(): k for k in entries} if proper else {}
        self.capitalised = capitalised
        self.originals = {k.lower(): k for k in entries} if capitalised else {}
        self.pattern = phrase_pattern(list(entries), plurals=plurals)
        self._seen: dict[str, tuple[tuple[int, int, object], ...]] = {}

    def get(self, phrase: str) -> object | None:
        key = _SPACES.sub(" ", phrase.lower()).replace("’", "'")
        found = self.entries.get(key)
        if found is None and self.plurals and key.endswith("s"):
            found = self.entries.get(key[:-1])
        return found

    def finditer(self, text: str) -> Iterator[tuple[int, int, object]]:
        """The entries in ``text`` as (start, end, value), longest first where they overlap, in order."""
        if len(text) > 2_000:
            return self._scan(text)  # a whole article: asked once, not worth keeping
        found = self._seen.get(text)
        if found is None:
            found = tuple(self._scan(text))
            if len(self._seen) >= 8192:
                self._seen.clear()  # a bounded memory of the sentences a sentence's readers ask about again
            self._seen[text] = found
        return iter(found)

    def _scan(self, text: str) -> Iterator[tuple[int, int, object]]:
        for m in self.pattern.finditer(text):
            raw = m.group(0)
            # Short all-caps acronyms (US, UN, AP) only count when written in capitals;
            # "the North" only with its capital.
            key = _SPACES.sub(" ", raw.lower()).replace("’", "'")
            if self.plurals and key not in self.entries and key.endswith("s"):
                key = key[:-1]
            if key in self.case_sensitive:
                if key.startswith("the "):
                    if not raw[4:5].isupper():
                        continue
                elif not raw.isupper():
                    continue
            if self.capitalised and not raw[:1].isupper() and self.originals.get(_SPACES.sub(" ", raw.lower()), "A")[:1].isupper():
                continue
            value = self.get(raw)
            if value is not None:
                if self.proper and raw[:1].islower() and " " in raw:
                    alias = self.proper.get(key)
                    if alias and alias[:1].isupper():
                        continue  # "the general staff" is not the General Staff
                yield m.start(), m.end(), value


def _acronyms(keys: list[str]) -> set[str]:
    """Entries that only count in their own case: acronyms, and names like "the North"."""
    return {
        k.lower()
        for k in keys
        if (len(k) <= 5 and (k.isupper() or k.replace(".", "").isupper())) or (k.startswith("the ") and k[4:5].isupper())
    }


@lru_cache(maxsize=None)
def parties() -> Lexicon:
    rows = read_table("parties.tsv")
    entries = {r["alias"]: PartyEntry(r["party"], r["kind"]) for r in rows}
    return Lexicon(entries, _acronyms(list(entries)), plurals=True)


@lru_cache(maxsize=None)
def party_names() -> frozenset[str]:
    return frozenset(r["party"] for r in read_table("parties.tsv"))


@lru_cache(maxsize=None)
def places() -> Lexicon:
    entries: dict[str, object] = {}
    for r in read_table("parties.tsv"):
        if r["kind"] == "country" and r["alias"][:1].isupper() and not r["alias"].endswith(("n", "ese", "i", "ish", "ian")):
            entries[r["alias"]] = r["party"]
    for name in party_names():
        entries.setdefault(name, name)
    for r in read_table("places.tsv"):
        entries[r["place"]] = r["country"]
    return Lexicon(entries, _acronyms(list(entries)), capitalised=True)


@lru_cache(maxsize=None)
def sources() -> Lexicon:
    rows = read_table("sources.tsv")
    entries = {r["alias"]: SourceEntry(r["name"], r["party"] or None, r["type"]) for r in rows}
    return Lexicon(entries, _acronyms(list(entries)), proper=True)


@lru_cache(maxsize=None)
def persons() -> Lexicon:
    rows = read_table("persons.tsv")
    entries = {r["alias"]: PersonEntry(r["name"], r["party"] or None, r["role"]) for r in rows}
    return Lexicon(entries)


@lru_cache(maxsize=None)
def hedges() -> Lexicon:
    return Lexicon({r["words"]: r["hedge"] for r in read_table("hedges.tsv")})


@lru_cache(maxsize=None)
def vague_quantities() -> dict[str, tuple[int | None, int | None, str]]:
    out: dict[str, tuple[int | None, int | None, str]] = {}
    for r in read_table("vague_quantities.tsv"):
        low = int(r["low"]) if r["low"] else None
        high = int(r["high"]) if r["high"] else None
        out[r["phrase"].lower()] = (low, high, r["hedge"])
    return out


@lru_cache(maxsize=None)
def measures() -> dict[str, list[tuple[str, str]]]:
    """Measure words by the part they play: ``{kind: [(word, metric), ...]}``."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in read_table("measures.tsv"):
        out.setdefault(r["kind"], []).append((r["words"], r["metric"]))
    return out


@lru_cache(maxsize=None)
def nouns() -> dict[str, str]:
    """People nouns and their role (military, civilian, unknown); ``nonpeople`` for things that are not people."""
    return {r["word"].lower(): r["role"] for r in read_table("nouns.tsv")}
