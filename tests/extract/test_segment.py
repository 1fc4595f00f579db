"""The sentence splitter tokenizes only the chunks it reads, and splits as if it had tokenized everything."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tolltrack.extract.segment import _chunk_start, _split, _stream, nlp, sentences

ROOT = Path(__file__).resolve().parents[2]


def split_read(par: str) -> list[tuple[int, int]]:
    """The bounds from the splitter's own token stream (only the chunks it reads tokenized)."""
    return _split(par, *_stream(par))


def split_whole(par: str) -> list[tuple[int, int]]:
    """The bounds from every token of the paragraph, in one spaCy pass."""
    doc = nlp().make_doc(par)
    return _split(par, [t.idx for t in doc], [t.text for t in doc])


PIECES = st.sampled_from([
    "said", "Rep.", "Lee", "U.S.", "Brig.", "Gen.", ".", "!", "?", "...", "…", '"', "“", "”", "'", "’", "(", ")", "[", "]",
    "»", "‘", "(:", "4,000", "3.", "The", "a.m.", "Jan.", "No.", "killed.", 'it."', "said:", "end.”", "e.g.", "x", "  ",
    "\t", "\u00a0", " ", "(Reuters)", "'We", "“They",
])


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES | st.text(max_size=4), max_size=30).map(lambda xs: " ".join(xs)), st.booleans())
def test_bounds_as_if_every_chunk_were_tokenized(par: str, lead: bool) -> None:
    par = (" " + par) if lead else par
    assert split_read(par) == split_whole(par)


def test_gold_and_sample_paragraphs_split_as_if_tokenized_whole() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "gold").rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").rglob("*.txt"))]
    assert len(texts) >= 60
    checked = 0
    for text in texts:
        for par in text.splitlines():
            if par.strip():
                assert split_read(par) == split_whole(par), par[:80]
                checked += 1
    assert checked > 500 and sum(len(sentences(t)) for t in texts) > 1000


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .\"\t\u00a0")), max_size=20), st.data())
def test_a_chunk_starts_where_walking_back_to_whitespace_finds(par: str, data) -> None:
    start = data.draw(st.integers(0, len(par)))
    p = data.draw(st.integers(start, len(par)))
    walk = p
    while walk > start and not par[walk - 1].isspace():
        walk -= 1
    assert _chunk_start(par, start, p) == walk
