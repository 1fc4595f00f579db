"""Cheap checks and narrowed searches that stand in for a costlier pattern find exactly what that pattern finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tolltrack.extract.attribution import _after_comma_or_quote
from tolltrack.extract.entities import _ends_with_word_space

_WORD_SPACE_RE = re.compile(r"(?P<party>[\w.' -]+?)(?:'s|’s)?\s+$")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab 's’,\t\n.-_é1:;\u00a0\u2003\x1c")) | st.characters(), max_size=14))
def test_word_then_space_check_finds_what_the_pattern_finds(window: str) -> None:
    assert _ends_with_word_space(window) == (_WORD_SPACE_RE.search(window) is not None)


_COMMA_END_RE = re.compile(r"(?:[,”\"’']|^)\s*$")


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a ,”\"’'\n\t\u00a0x")) | st.characters(), max_size=10))
def test_comma_or_quote_check_finds_what_the_pattern_finds(before: str) -> None:
    assert _after_comma_or_quote(before) == (_COMMA_END_RE.search(before) is not None)


def test_every_vague_quantity_and_fraction_holds_its_first_look_word() -> None:
    from tolltrack.extract import numbers, vocab

    for phrase in vocab.vague_quantities():
        assert numbers._vague_hint_re().search(phrase), phrase
        assert numbers._vague_hint_re().search(phrase.upper().replace(" ", "\t")), phrase
    for fraction in numbers.FRACTIONS:
        assert numbers.FRACTION_HINT_RE.search(fraction.title()), fraction


def test_a_pattern_written_in_place_is_compiled_once_and_matches_as_re_would() -> None:
    from tolltrack.extract.vocab import Caseless, compiled

    assert compiled(r"\bsaid\b", re.I) is compiled(r"\bsaid\b", re.I)
    assert isinstance(compiled(r"\bsaid\b", re.I), Caseless) and isinstance(compiled(r"\bsaid\b"), re.Pattern)
    text = "The ministry SAID 40 were killed; officials said more."
    for flags in (0, re.I):
        assert [m.span() for m in compiled(r"\bsaid\b", flags).finditer(text)] == [m.span() for m in re.finditer(r"\bsaid\b", text, flags)]
