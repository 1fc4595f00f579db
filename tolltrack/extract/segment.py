"""Paragraphs and sentences, with their character offsets.

spaCy's blank English tokenizer gives the tokens (it keeps "Rep.", "Jan." and
"U.S." whole), of the chunks between spaces that hold a full stop, a quotation
mark or a bracket: the only ones the splitter reads. A sentence ends at a token that is a full stop, question or
exclamation mark followed by a capitalised word, a quotation mark or a digit.
Closing quotation marks and brackets stay with the sentence they close, which
the stock sentencizer gets wrong for straight quotes. Every line break ends a
paragraph: articles keep one paragraph a line or a blank line between them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language

from tolltrack.extract.vocab import exact

ENDERS = {".", "!", "?", "...", "…", "?!", "!?"}
# Abbreviations the tokenizer may leave without their full stop; a full stop after them ends no sentence.
ABBREVIATIONS = {
    "Brig", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Rep", "Reps", "Sen", "Gov", "Mr", "Mrs",
    "Ms", "Dr", "Prof", "St", "Mt", "No", "Nos", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
    "Nov", "Dec", "approx", "est", "Fr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Cpt", "Gens", "Lt.-Col", "Col.-Gen",
}
CLOSERS = {'"', "”", "’", "'", ")", "]", "»"}


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared blank English pipeline (tokenizer only; a trained pipeline is never needed)."""
    return spacy.blank("en")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int


PARA_RE = exact(r"[^\n]+")
MAX_TOKENIZE = 100_000
ENDER_INSIDE_RE = exact(r"[.!?…]")
TRAILING = ".!?…" + "".join(CLOSERS)


# The characters the splitter reads (an ender, a quotation mark, a closer, or an opener a sentence may start with):
# only the whitespace-delimited chunks holding one are tokenized.
SPECIAL_RE = exact(r"[.!?…\"“”'’)\]»(\[‘]")
CHUNK_RE = exact(r"\S+")
CHUNK_REST_RE = re.compile(r"\S*")
_CHUNKS: dict[str, list[tuple[int, str]]] = {}


def _tokens(chunk: str) -> list[tuple[int, str]]:
    """(offset, text) of the tokens of one whitespace-delimited chunk, as spaCy's tokenizer makes them."""
    found = _CHUNKS.get(chunk)
    if found is None:
        doc = nlp().make_doc(chunk)
        found = [(a, chunk[a : a + n]) for a, n in doc.to_array(["IDX", "LENGTH"]).tolist()] if len(doc) else []
        if len(chunk) <= 64:  # a word and its marks; anything longer is not worth keeping
            if len(_CHUNKS) >= 65_536:
                _CHUNKS.clear()
            _CHUNKS[chunk] = found
    return found


def _stream(par: str) -> tuple[list[int], list[str]]:
    """The paragraph's tokens as the splitter reads them: offsets and texts.

    spaCy's tokenizer reads each whitespace-delimited chunk on its own, so only the chunks holding a character the
    splitter looks at are tokenized. Of the plain text between two such chunks the splitter reads only the first
    token (what follows a full stop), so only that one is kept: the first other chunk, or the whitespace before
    it when more than one space stands there (whitespace other than one space after a chunk is a token of its own,
    as in spaCy).
    """
    idx: list[int] = []
    words: list[str] = []
    prev_end = 0
    for m in SPECIAL_RE.finditer(par):
        p = m.start()
        if p < prev_end:
            continue  # in the chunk just read
        s = _chunk_start(par, prev_end, p)
        e = CHUNK_REST_RE.match(par, p).end()
        if s > prev_end:
            _first_token(par, prev_end, s, idx, words)
        chunk = par[s:e]
        for a, w in _tokens(chunk):
            idx.append(s + a)
            words.append(w)
        prev_end = e
    if prev_end < len(par):
        _first_token(par, prev_end, len(par), idx, words)
    return idx, words


def _chunk_start(par: str, start: int, p: int) -> int:
    """Where the whitespace-delimited chunk holding ``par[p]`` starts, not before ``start``."""
    s = max(start, par.rfind(" ", start, p) + 1)  # after the last space, unless other whitespace stands after it
    if CHUNK_REST_RE.match(par, s, p).end() == p:  # type: ignore[union-attr]
        return s
    while p > start and not par[p - 1].isspace():
        p -= 1
    return p


def _first_token(par: str, start: int, end: int, idx: list[int], words: list[str]) -> None:
    """The first token of ``par[start:end]``, plain chunks and whitespace only, if it has one."""
    chunk = CHUNK_RE.search(par, start, end)
    space_end = chunk.start() if chunk else end
    lead = 1 if start > 0 and par[start] == " " else 0
    if space_end > start + lead:
        idx.append(start + lead)
        words.append(par[start + lead : space_end])
    elif chunk:
        idx.append(chunk.start())
        words.append(chunk.group(0))


def _sentence_bounds(par: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of one paragraph."""
    if len(par) > MAX_TOKENIZE:
        # A paragraph this long is not prose; split it on full stops without tokenizing.
        bounds = []
        pos = 0
        for m in re.finditer(r"[.!?]\s+", par):
            bounds.append((pos, m.end()))
            pos = m.end()
        bounds.append((pos, len(par)))
        return [(s, e) for s, e in bounds if par[s:e].strip()]
    if not ENDER_INSIDE_RE.search(par.rstrip().rstrip(TRAILING)):
        return [(0, len(par))] if par.strip() else []  # no full stop before the end: one sentence, nothing to tokenize
    return _split(par, *_stream(par))


def _split(par: str, idx: list[int], words: list[str]) -> list[tuple[int, int]]:
    """The sentence bounds of a paragraph, given its tokens' offsets and texts."""
    bounds: list[tuple[int, int]] = []
    start = 0
    quote_open = False
    n = len(words)
    i = 0
    while i < n:
        w = words[i]
        if w in ('"', "“", "”"):
            quote_open = (not quote_open) if w == '"' else (w == "“")
        if w == "." and i > 0 and words[i - 1] in ABBREVIATIONS and idx[i - 1] + len(words[i - 1]) == idx[i]:
            i += 1  # "Brig. Gen. Khalid Othman": a title's full stop
            continue
        if w in ENDERS:
            j = i + 1
            while j < n and words[j] in CLOSERS:
                if words[j] in ('"', "”"):
                    if words[j] == '"' and not quote_open:
                        break
                    quote_open = False
                j += 1
            if j >= n:
                break
            nxt = words[j]
            if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in ('"', "“", "‘", "(", "["):
                end = idx[j - 1] + len(words[j - 1])
                bounds.append((start, end))
                start = idx[j]
                i = j
                continue
        i += 1
    if start < len(par):
        bounds.append((start, len(par)))
    return [(s, e) for s, e in bounds if par[s:e].strip()]


def sentences(text: str) -> list[Sentence]:
    """All sentences of ``text`` with offsets into it and the index of their paragraph."""
    out: list[Sentence] = []
    for p_index, pm in enumerate(PARA_RE.finditer(text)):
        par = pm.group(0)
        if not par.strip():
            continue
        for s, e in _sentence_bounds(par):
            raw = par[s:e]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            s2, e2 = pm.start() + s + lead, pm.start() + e - trail
            for a, b in _pieces(text, s2, e2):
                out.append(Sentence(a, b, text[a:b], p_index))
    return out


MAX_SENTENCE = 1_500


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or pieces of one longer than any prose sentence (a table, a list run together), cut at
    the last comma or space before ``MAX_SENTENCE`` characters, so that reading a sentence costs no more
    than reading a sentence."""
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start : start + MAX_SENTENCE]
        cut = max(window.rfind(", "), window.rfind("; "))
        cut = cut + 1 if cut > MAX_SENTENCE // 2 else window.rfind(" ")
        if cut <= 0:
            cut = MAX_SENTENCE
        piece_end = start + cut
        a, b = start, piece_end
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        start = piece_end
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))
    return out
