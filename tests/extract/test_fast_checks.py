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
