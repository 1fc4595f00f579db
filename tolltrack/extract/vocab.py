"""The extractor's vocabularies, read from the tab-separated tables in ``tolltrack/data``.

Each table is one concern a researcher can read and change without reading
code: parties, places, sources, persons, hedges, vague quantities, and the
measure words in ``measures.tsv``. Lines starting with ``#`` are comments;
the first other line names the columns.
"""

from __future__ import annotations

import re
import sys
import threading
import weakref
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Callable, Iterable, Iterator


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


_WORD_RUN_RE = re.compile(r"\w+")


def _gate_words(phrases: list[str], plurals: bool) -> frozenset[str] | None:
    """One word of each phrase, its longest (with a plural when it ends the phrase), or None when a phrase holds no
    word: a text holding none of them holds none of the phrases."""
    out: set[str] = set()
    for p in phrases:
        runs = list(_WORD_RUN_RE.finditer(p))
        if not runs:
            return None
        longest = max(runs, key=lambda m: len(m.group(0)))
        out.add(longest.group(0))
        if plurals and longest.end() == len(p):
            out.add(longest.group(0) + "s")
    return frozenset(out)


def by_first_letter(alternatives: list[str]) -> str:
    """``(?:alt1|alt2|...)`` with the alternatives that open with the same letter behind it once (in their order):
    at a position, only the branch of its letter is tried. Each alternative must open with a plain letter."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        if not alt[:1].isalpha():
            raise ValueError(f"an alternative opening with no letter: {alt!r}")
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items()) + ")"


def phrase_pattern(phrases: list[str], plurals: bool = False) -> Caseless:
    """One case-insensitive regex matching any of ``phrases`` as whole words, longest first (and their plurals)."""
    alts = sorted({p.lower().replace("’", "'") for p in phrases if p})
    body = trie_regex(alts)
    suffix = "s?" if plurals else ""
    return Caseless(rf"(?<![\w-])(?:{body}){suffix}(?![\w])", gate_words=_gate_words(alts, plurals))


class CapitalisedPhrases:
    """Names that count only when written with their capital ("Sudan", not "sudan"), as one regex over the text as
    written: each name's first letter as it must stand, the rest in any case.

    The regex opens with a letter, so Python's engine tries it only where one of the names' first letters stands
    (mostly capitals), not at every position as a case-insensitive phrase pattern is tried. A name whose table entry is
    in lower case ("al-Fasher") may stand in either case.
    """

    __slots__ = ("regex",)

    def __init__(self, phrases: list[str], plurals: bool = False) -> None:
        rests: dict[str, set[str]] = {}
        for phrase in phrases:
            if not phrase:
                continue
            key = phrase.lower().replace("’", "'")
            first = key[0]
            firsts = {phrase[0]} if phrase[0].isupper() else {first, first.upper()}
            if first == "'":
                firsts = {"'", "’"}
            for f in firsts:
                rests.setdefault(f, set()).add(key[1:])
        # after the first letter: the letter before it is no word's ("(?<![\w-])" where the name starts)
        branches = [rf"{re.escape(f)}(?<![\w-][\s\S])(?i:{trie_regex(sorted(r)) or ''})" for f, r in sorted(rests.items())]
        suffix = "s?" if plurals else ""
        self.regex = re.compile(rf"(?:{'|'.join(branches)}){suffix}(?![\w])")

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        return (m.span() for m in self.regex.finditer(text))

    def match(self, text: str) -> re.Match[str] | None:
        return self.regex.match(text)

    def may_match(self, text: str) -> bool:
        return True


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled to read ASCII text only, as it reads it: \w, \d and \b need no Unicode lookups there.

    On ASCII text the two differ only in \s, which in Unicode also takes the separators "\x1c" to "\x1f": the twin's
    \s takes them too. (A pattern with \S inside a class keeps its Unicode self.)
    """
    out: list[str] = []
    source, i, in_class = pattern.pattern, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            token = source[i : i + 2]
            if token == "\\s":
                out.append("\\s\\x1c-\\x1f" if in_class else "[\\s\\x1c-\\x1f]")
            elif token == "\\S":
                if in_class:
                    return pattern
                out.append("[^\\s\\x1c-\\x1f]")
            else:
                out.append(token)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            j = i + 1
            if source[j : j + 1] == "^":
                j += 1
            if source[j : j + 1] == "]":
                j += 1  # a "]" first in a class is one of its characters
            out.append(source[i:j])
            i = j
            continue
        if c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return re.compile("".join(out), (pattern.flags & ~re.UNICODE) | re.ASCII)


class _Gated:
    """A pattern that may hold a gate: words one of which every match holds whole, in whatever case."""

    __slots__ = ()
    gate_words: frozenset[str] | None
    gate_bytes: frozenset[bytes] | None

    def may_match(self, text: str) -> bool:
        """False when no stretch of ``text`` can match: it holds none of the gate words."""
        if self.gate_words is None:
            return True
        last = _LOWERED
        low = last[1] if last[0] is text else _lowered(text)
        return low is None or not _shut(self.gate_words, self.gate_bytes, low)  # type: ignore[arg-type]


class WordGate(_Gated):
    """Words one of which a text holds, whole and in any case, wherever some reading can find anything in it: a
    check asked before a costlier one (``may_match``)."""

    __slots__ = ("gate_words", "gate_bytes")

    def __init__(self, words: Iterable[str]) -> None:
        self.gate_words: frozenset[str] | None = frozenset(w.lower() for w in words)
        self.gate_bytes = _gate(self.gate_words)


class Exact(_Gated):
    """A case-sensitive pattern that matches an ASCII text with its ASCII twin (see ``ascii_twin``): what
    ``re.compile(source, flags)`` finds, with fewer Unicode lookups. Matches are ``re.Match`` objects."""

    __slots__ = ("unicode", "ascii", "pattern", "flags", "groups", "groupindex", "gate_words", "gate_bytes")

    def __init__(self, source: str, flags: int = 0, gate_words: frozenset[str] | None = None) -> None:
        self.unicode = re.compile(source, flags)
        self.ascii = ascii_twin(self.unicode)
        self.pattern = source
        self.flags = self.unicode.flags
        self.groups = self.unicode.groups
        self.groupindex = self.unicode.groupindex
        # Every match holds one of these words, in some case: a text without them cannot match (see ``may_match``).
        self.gate_words = gate_words
        self.gate_bytes = _gate(gate_words)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text.isascii() else self.unicode).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text.isascii() else self.unicode).match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self.ascii if text.isascii() else self.unicode).fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self.ascii if text.isascii() else self.unicode).finditer(text, pos, endpos)

    def split(self, text: str, maxsplit: int = 0) -> list:
        return (self.ascii if text.isascii() else self.unicode).split(text, maxsplit)


def exact(source: str, flags: int = 0, gate_words: Iterable[str] | None = None) -> Exact:
    """``re.compile(source, flags)`` for a case-sensitive pattern, matched faster on ASCII text (see ``Exact``).

    ``gate_words``: words one of which every match holds whole (in whatever case): ``may_match`` is False for a text
    without any of them.
    """
    if flags & re.IGNORECASE:
        raise ValueError("a case-insensitive pattern is a caseless one")
    return Exact(source, flags, frozenset(w.lower() for w in gate_words) if gate_words is not None else None)


# The pieces of a pattern's source that lower-casing must leave alone: escapes ("\S", "\B") and group names.
_VERBATIM_RE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


def _fold_source(source: str) -> str:
    if "(?-i" in source:
        raise ValueError("a caseless pattern cannot hold a case-sensitive part")
    out, pos = [], 0
    for m in _VERBATIM_RE.finditer(source):
        out.append(source[pos : m.start()].lower())
        out.append(m.group(0))
        pos = m.end()
    out.append(source[pos:].lower())
    return "".join(out)


_WORDS: dict[str, set[str] | set[bytes]] = {}
# ASCII characters that are no word's, as spaces: an ASCII text's words are then its bytes split at spaces
_ASCII_NON_WORD = bytes(c if chr(c).isalnum() or c == ord("_") else ord(" ") for c in range(256))
# Every word some gate holds: a text's words are kept only as far as a gate may ask about them, so that each gate
# compares itself with a handful of words, not with all of a sentence's.
_GATE_WORDS: set[str] = set()
_GATE_BYTES: set[bytes] = set()
_GATES_LOCK = threading.Lock()


def _gate(words: frozenset[str] | None) -> frozenset[bytes] | None:
    """The ASCII gate words as bytes, after adding ``words`` to the words gates hold."""
    if words is None:
        return None
    with _GATES_LOCK:
        new = words - _GATE_WORDS
        if new:
            _GATE_WORDS.update(new)
            _GATE_BYTES.update(w.encode() for w in new if w.isascii())
            _WORDS.clear()  # kept before these words were asked about
    return frozenset(w.encode() for w in words if w.isascii())


def words_of(low: str) -> set[str] | set[bytes]:
    """The words of a lower-cased text (runs of word characters) that some gate holds, kept while the same texts are
    asked about; an ASCII text's as bytes (found faster)."""
    found = _WORDS.get(low)
    if found is None:
        if len(_WORDS) >= 8192:
            _WORDS.clear()
        known = len(_GATE_WORDS)
        found = _GATE_BYTES.intersection(low.encode("ascii").translate(_ASCII_NON_WORD).split()) if low.isascii() \
            else _GATE_WORDS.intersection(_WORD_RUN_RE.findall(low))
        if len(_GATE_WORDS) == known:  # (not if a gate was made meanwhile: its words may be missing)
            _WORDS[low] = found
    return found


# The text last lower-cased, and its lower case: most patterns are asked about the same sentence in turn.
# An ASCII text is matched by each pattern's ASCII twin (see ``ascii_twin``).
_LOWERED: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """``text`` in lower case, or None when lower-casing would move offsets ("İ") or the text holds "ı" or "ſ"
    (which ``re.IGNORECASE`` reads as "i" and "s")."""
    global _LOWERED
    low: str | None = text.lower()
    if len(low) != len(text) or not low.isascii() and ("ı" in low or "ſ" in low):  # type: ignore[operator,arg-type]
        low = None
    _LOWERED = (text, low)  # one assignment: a thread reading it sees a text with its own lower case
    return low


def _shut(gate_words: frozenset[str], gate_bytes: frozenset[bytes], low: str) -> bool:
    """Is the lower-cased text without any of the gate words (so that no match can stand in it)?"""
    words = _WORDS.get(low)
    if words is None:
        words = words_of(low)
    if low.isascii():
        return gate_bytes.isdisjoint(words)  # type: ignore[arg-type]
    return gate_words.isdisjoint(words)  # type: ignore[arg-type]


DIGIT_RE = exact(r"\d")  # a digit, in any script


class Caseless(_Gated):
    """A case-insensitive pattern, matched against the lower-cased text.

    Python's engine tries an ``re.IGNORECASE`` pattern at each position several times slower than an exact one, and
    most of the extractor's patterns are words looked for in every sentence. The lower-cased text has the text's
    offsets, and matches read their groups and ``string`` from the original text, so a ``Caseless`` pattern finds
    what the same pattern compiled with ``re.IGNORECASE`` finds. A text whose lower case is longer ("İ"), or holds
    "ı" or "ſ" (which ``re.IGNORECASE`` reads as "i" and "s"), is matched as it is, case-insensitively.
    """

    __slots__ = ("pattern", "flags", "exact", "exact_ascii", "ignore", "gate_words", "gate_bytes")

    def __init__(self, source: str, flags: int = 0, gate_words: frozenset[str] | None = None) -> None:
        self.pattern = source
        self.flags = flags | re.IGNORECASE
        self.exact = re.compile(_fold_source(source), flags & ~re.IGNORECASE)
        self.exact_ascii = ascii_twin(self.exact)
        self.ignore = re.compile(source, flags | re.IGNORECASE)
        # Every match holds one of these words (in lower case): a text without them is not scanned.
        self.gate_words = gate_words
        self.gate_bytes = _gate(gate_words)

    def _pick(self, text: str) -> tuple[re.Pattern[str], str]:
        last = _LOWERED
        low = last[1] if last[0] is text else _lowered(text)
        if low is None:
            return self.ignore, text  # offsets would move, or letters re.IGNORECASE equates with "i" and "s"
        return (self.exact_ascii if low.isascii() else self.exact), low

    # search and match spell out _pick: they are called hundreds of times a sentence.
    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        last = _LOWERED
        low = last[1] if last[0] is text else _lowered(text)
        if low is None:
            m = self.ignore.search(text, pos, endpos)
        elif self.gate_words is not None and pos == 0 and endpos == sys.maxsize \
                and _shut(self.gate_words, self.gate_bytes, low):  # type: ignore[arg-type]
            return None
        else:
            m = (self.exact_ascii if low.isascii() else self.exact).search(low, pos, endpos)
        return None if m is None else CaselessMatch(m, text)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        last = _LOWERED
        low = last[1] if last[0] is text else _lowered(text)
        if low is None:
            m = self.ignore.match(text, pos, endpos)
        else:
            m = (self.exact_ascii if low.isascii() else self.exact).match(low, pos, endpos)
        return None if m is None else CaselessMatch(m, text)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> CaselessMatch | None:
        pattern, subject = self._pick(text)
        m = pattern.fullmatch(subject, pos, endpos)
        return None if m is None else CaselessMatch(m, text)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[CaselessMatch]:
        pattern, subject = self._pick(text)
        if pattern is not self.ignore and self.gate_words is not None and pos == 0 and endpos == sys.maxsize \
                and _shut(self.gate_words, self.gate_bytes, subject):  # type: ignore[arg-type]
            return
        for m in pattern.finditer(subject, pos, endpos):
            yield CaselessMatch(m, text)

    def sub(self, repl: str | Callable[[CaselessMatch], str], text: str, count: int = 0) -> str:
        """Each match replaced by ``repl``: a plain string (no group references) or a function of the match."""
        if isinstance(repl, str) and "\\" in repl:
            raise ValueError("a caseless pattern's replacement holds no group references")
        out: list[str] = []
        pos = 0
        for n, m in enumerate(self.finditer(text), 1):
            out.append(text[pos : m.start()])
            out.append(repl if isinstance(repl, str) else repl(m))
            pos = m.end()
            if n == count:
                break
        out.append(text[pos:])
        return "".join(out)

    def findall(self, text: str) -> list[str]:
        """The text of each match (for patterns without groups)."""
        if self.exact.groups:
            raise ValueError("findall of a caseless pattern with groups: use finditer")
        return [text[s:e] for s, e in self.spans(text)]

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Only the (start, end) of each match: no match objects made."""
        pattern, subject = self._pick(text)
        return (m.span() for m in pattern.finditer(subject))


class CaselessMatch:
    """A match of a ``Caseless`` pattern: offsets from the lower-cased text, groups from the original."""

    __slots__ = ("_m", "string")

    def __init__(self, m: re.Match[str], text: str) -> None:
        self._m = m
        self.string = text

    def start(self, group: int | str = 0) -> int:
        return self._m.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._m.end(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        return self._m.span(group)

    def _text(self, group: int | str) -> str | None:
        s, e = self._m.span(group)
        return None if s < 0 else self.string[s:e]

    def group(self, *groups: int | str) -> str | None | tuple[str | None, ...]:
        if len(groups) > 1:
            return tuple(self._text(g) for g in groups)
        return self._text(groups[0] if groups else 0)

    def __getitem__(self, group: int | str) -> str | None:
        return self._text(group)

    def groups(self) -> tuple[str | None, ...]:
        return tuple(self._text(i) for i in range(1, (self._m.re.groups) + 1))

    def groupdict(self) -> dict[str, str | None]:
        return {name: self._text(name) for name in self._m.re.groupindex}

    @property
    def lastgroup(self) -> str | None:
        return self._m.lastgroup

    @property
    def lastindex(self) -> int | None:
        return self._m.lastindex

    def __bool__(self) -> bool:
        return True


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


_LEXICONS: weakref.WeakSet[Lexicon] = weakref.WeakSet()


_LEXICONS_LOCK = threading.Lock()  # a table built in one thread while another forgets


def forget() -> None:
    """Empty every table's memory of the sentences it was asked about (see ``Lexicon.finditer``)."""
    with _LEXICONS_LOCK:
        lexicons = list(_LEXICONS)
    for lexicon in lexicons:
        lexicon._seen.clear()
    _WORDS.clear()


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
        self.pattern: Caseless | CapitalisedPhrases = \
            CapitalisedPhrases(list(entries), plurals=plurals) if capitalised else phrase_pattern(list(entries), plurals=plurals)
        self._seen: dict[str, tuple[tuple[int, int, object], ...]] = {}
        with _LEXICONS_LOCK:
            _LEXICONS.add(self)

    def get(self, phrase: str) -> object | None:
        key = _SPACES.sub(" ", phrase.lower()).replace("’", "'")
        found = self.entries.get(key)
        if found is None and self.plurals and key.endswith("s"):
            found = self.entries.get(key[:-1])
        return found

    def finditer(self, text: str) -> Iterator[tuple[int, int, object]]:
        """The entries in ``text`` as (start, end, value), longest first where they overlap, in order.

        Several readers ask about the same sentence: the answers are kept until ``forget`` (the extractor forgets
        between articles, so one article's reading costs the same whatever was read before it).
        """
        if len(text) > 2_000:  # a whole article: asked once, not worth keeping
            return self._scan(text) if self.pattern.may_match(text) else iter(())
        found = self._seen.get(text)
        if found is None:
            found = tuple(self._scan(text)) if self.pattern.may_match(text) else ()
            if len(self._seen) >= 8192:
                self._seen.clear()  # bounded, whatever one text holds
            self._seen[text] = found
        return iter(found)

    def _scan(self, text: str) -> Iterator[tuple[int, int, object]]:
        for start, end in self.pattern.spans(text):
            value = self._accept(text[start:end])
            if value is not None:
                yield start, end, value

    def opening(self, text: str) -> tuple[int, object] | None:
        """(end, value) of the entry ``text`` opens with, as ``finditer`` would give it first, else None."""
        m = self.pattern.match(text)
        value = self._accept(m.group(0)) if m is not None else None
        return None if value is None else (m.end(), value)  # type: ignore[union-attr]

    def _accept(self, raw: str) -> object | None:
        """The value of a stretch the table's pattern matched, unless its case rules it out."""
        # Short all-caps acronyms (US, UN, AP) only count when written in capitals;
        # "the North" only with its capital.
        spaced = " ".join(raw.lower().split())  # (a match opens and ends with no space)
        key = spaced.replace("’", "'")
        if self.plurals and key not in self.entries and key.endswith("s"):
            key = key[:-1]
        if key in self.case_sensitive:
            if key.startswith("the "):
                if not raw[4:5].isupper():
                    return None
            elif not raw.isupper():
                return None
        if self.capitalised and not raw[:1].isupper() and self.originals.get(spaced, "A")[:1].isupper():
            return None
        value = self.entries.get(key)
        if value is not None and self.proper and raw[:1].islower() and " " in raw:
            alias = self.proper.get(key)
            if alias and alias[:1].isupper():
                return None  # "the general staff" is not the General Staff
        return value


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
def armed_groups() -> frozenset[str]:
    """The parties the table names as armed groups (not states, peoples or alliances)."""
    return frozenset(e.party for e in parties().entries.values() if e.kind == "group")  # type: ignore[attr-defined]


def party_ending(phrase: str) -> str | None:
    """The party a phrase ends with ("On the Indian" is India, "Iran" is Iran), else None."""
    return next((e.party for _, end, e in parties().finditer(phrase) if end == len(phrase)), None)  # type: ignore[union-attr]


@lru_cache(maxsize=None)
def party_names() -> frozenset[str]:
    return frozenset(r["party"] for r in read_table("parties.tsv"))


@lru_cache(maxsize=None)
def places() -> Lexicon:
    entries: dict[str, object] = {}
    for r in read_table("parties.tsv"):
        if r["kind"] == "country" and r["alias"][:1].isupper() and not r["alias"].endswith(("n", "ese", "i", "ish", "ian")) \
                and r.get("place") != "no":
            entries[r["alias"]] = r["party"]
    for r in read_table("parties.tsv"):
        if r["kind"] == "country":
            entries.setdefault(r["party"], r["party"])  # a state is a place; an armed group or an alliance is not
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


def caseless(source: str, flags: int = 0, gate_words: Iterable[str] | None = None) -> Caseless:
    """``re.compile(source, re.IGNORECASE | flags)``, matched faster (see ``Caseless``).

    ``gate_words``: words (runs of word characters) one of which every match holds whole; a text without any of
    them is not searched.
    """
    return Caseless(source, flags, frozenset(w.lower() for w in gate_words) if gate_words is not None else None)


@lru_cache(maxsize=None)
def compiled(source: str, flags: int = 0) -> re.Pattern[str] | Caseless:
    """A pattern written where it is used, compiled once: ``compiled(r"...", re.I).search(text)`` finds what
    ``re.search(r"...", text, re.I)`` finds, without ``re``'s cache lookup on every call (and case-insensitive
    patterns as ``Caseless``)."""
    if flags & re.IGNORECASE and "(?-i" not in source:
        return Caseless(source, flags & ~re.IGNORECASE)
    return re.compile(source, flags)
