"""Cheap checks and narrowed searches that stand in for a costlier pattern find exactly what that pattern finds."""

from __future__ import annotations

import re

import pytest
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


def _gated_patterns() -> list:
    from tolltrack.extract import attribution, entities, figures, numbers, periods, pipeline, vocab

    patterns = [attribution.VERB_RE, attribution.UNNAMED_RE, attribution.PRE_RE, entities.GENERIC_BODY_RE, pipeline.NUMBER_WORD_RE,
                pipeline._figure_cue(), numbers._vague_re()]
    patterns += [lexicon().pattern for lexicon in (vocab.parties, vocab.places, vocab.sources, vocab.persons, vocab.hedges)]
    patterns += [figures._measure_re(kind) for kind in vocab.measures()]
    patterns += [pattern for _, pattern in periods.PATTERNS]
    return [p for p in patterns if getattr(p, "gate_words", None) is not None]


_GATED = _gated_patterns()


def _pieces(pattern) -> list[str]:
    """The words of a pattern's source, bits of them, and their plurals and capitals."""
    words = sorted(set(re.findall(r"[a-z]{2,}", pattern.exact.pattern)))
    return words + [w[:-1] for w in words if len(w) > 2] + [w + "s" for w in words] + [w.upper() for w in words]


@pytest.mark.parametrize("pattern", _GATED, ids=lambda p: p.pattern[:40])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_gated_pattern_finds_what_it_finds_ungated(pattern, data) -> None:
    """A text holding none of a pattern's gate words is not searched: the pattern would have found nothing in it."""
    piece = st.sampled_from(_pieces(pattern)) | st.sampled_from(
        [" ", "  ", "-", "'", "’", ",", ".", "s", "al", "the ", "\n", "é", "İ", "ı", "1", "said", "of "])
    text = "".join(data.draw(st.lists(piece, max_size=8)))
    low = text.lower()
    if len(low) != len(text) or "ı" in low or "ſ" in low:
        expected = [m.span() for m in pattern.ignore.finditer(text)]
    else:
        expected = [m.span() for m in pattern.exact.finditer(low)]
    assert [m.span() for m in pattern.finditer(text)] == expected
    assert list(pattern.spans(text)) == expected
    assert (pattern.search(text) is not None) == bool(expected)


@pytest.mark.parametrize("pattern", _GATED, ids=lambda p: p.pattern[:40])
def test_each_word_of_a_gated_pattern_alone_is_found_as_ungated(pattern) -> None:
    for word in _pieces(pattern):
        for text in (word, f"The {word} said", f"{word}, a {word}-{word} of {word}s'"):
            expected = [m.span() for m in pattern.exact.finditer(text.lower())]
            assert [m.span() for m in pattern.finditer(text)] == expected, text


# Patterns rewritten to open with the characters they need (Python's engine then skips to those), each beside the
# plain form it stands in for, and the pieces of text to try them on.
_OPENING_FORMS = [
    ("attribution", "CLAUSE_RE",
     r";\s+|\s+while\s+|\s+whereas\s+|,\s+but\s+|,\s+and\s+(?=(?:the|a|an|its|it|he|she|they|[A-Z])[\w'’ -]{0,60}?\s(?:VERBS)\b)"
     r"|,\s+(?=(?:which|who)\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told|tells|warned|warns|added|believes|estimates)\b)",
     [";", ",", " ", "  ", "\t", "while", "whereas", "but", "and", "the", "It", "which", "who", "also", "said", "says",
      "killed", "x", "Kyiv", "\u00a0", "\x1c"]),
    ("pipeline", "PLACE_FOCUS_RE",
     r"\b(?i:in|across|throughout|inside|from|fled)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central)\s+)?",
     ["in", "In", "IN", "inside", "across", "Throughout", "from", "fled", "fledgling", "the", "The", "southern", "Central",
      " ", "  ", "\n", "-", "x", "a", "t", "é", "Kharkiv"]),
    ("pipeline", "FORCE_NOUN_RE",
     r"(?=['’\s])(?:'s|’s)?\s+(?:own\s+|combat\s+|special\s+forces\s+|special\s+operations\s+)?"
     r"(?:troops|soldiers|forces|army|military|contingent|servicemen|fighters|infantrymen|personnel|units|losses|casualties)\b",
     ["'s", "’s", "'", "’", "s", " ", "  ", "\t", "\x1c", "own", "special", "forces", "operations", "troops", "army",
      "Russian", "x", "-"]),
]


@pytest.mark.parametrize("module, name, plain, pieces", _OPENING_FORMS, ids=[f[1] for f in _OPENING_FORMS])
@settings(max_examples=2000, deadline=None)
@given(data=st.data())
def test_a_pattern_opening_with_its_characters_finds_what_its_plain_form_finds(module, name, plain, pieces, data) -> None:
    import importlib

    from tolltrack.extract.attribution import VERBS

    pattern = getattr(importlib.import_module(f"tolltrack.extract.{module}"), name)
    plain = re.compile(plain.replace("VERBS", VERBS))
    drawn = data.draw(st.lists(st.sampled_from(pieces), max_size=12))
    for text in ("".join(drawn), " ".join(drawn)):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["Lee", "Petrenko", "al-Burhan", "O'Neil", "the", "said", "has", "also", "quickly", ",", " ",
                                 "  ", "\t", "“", '"', "(", ")", "x", "É", "\x1c", "\n", "Kyiv's"]), max_size=8), st.data())
def test_a_surname_before_a_verb_opens_with_its_capital_and_finds_what_the_plain_form_finds(pieces, data) -> None:
    from tolltrack.extract.attribution import SURNAME_BEFORE_RE

    plain = re.compile(
        r"(?:^|[\s,“\"(])([A-Z][a-zà-ÿ'’-]+)\s*(?:,\s*)?(?:(?:has|had|have|also|since|again|later|earlier|then|\w+ly)\s+)*$")
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text)))
    a, b = SURNAME_BEFORE_RE.search(text, 0, pos), plain.search(text, 0, pos)
    assert (a is None) == (b is None), text
    if a is not None:
        assert a.span(1) == b.span(1), text


def _gated_exact_patterns() -> list:
    from tolltrack.extract import attribution, entities

    return [entities.INSTITUTION_RE, entities.ACRONYM_AFTER_RE, entities.LOWER_BODY_RE, entities.REGIONAL_BODY_RE,
            entities.MEDIA_BODY_RE, attribution.POSSESSIVE_RECORD_RE]


@pytest.mark.parametrize("pattern", _gated_exact_patterns(), ids=lambda p: p.pattern[:40])
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_a_case_sensitive_pattern_matches_only_where_its_gate_opens(pattern, data) -> None:
    words = sorted({w.lower() for w in re.findall(r"[A-Za-z]{2,}", pattern.pattern)})  # the pattern's words, not the gate's
    piece = st.sampled_from(words) | st.sampled_from([w.title() for w in words]) | st.sampled_from(
        [" ", "  ", "-", "'s ", "’", "the ", "a ", "of ", "Human ", "Rights ", "3rd ", "REDIM", "UN", "s", "İ", "ı", "é"])
    text = "".join(data.draw(st.lists(piece, max_size=8)))
    if pattern.search(text) is not None:
        assert pattern.may_match(text), text
    for word in words:
        for form in (word, word.title(), word.upper()):
            text = f"the {form} ABC"
            assert pattern.search(text) is None or pattern.may_match(text), text


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["Gen.", "General", "Lt.", "Lt. Gen.", "Lieutenant General", "Maj. Gen.", "Major", "Secretary",
                                 "Secretary General", "Dr", "Dr.", "Mr", "President", "Vice President", "Prime Minister",
                                 "Rear Adm.", "Sen.", "Khalid", "Othman", "Lee", "Seong-kweun", "al-Burhan", "de", "the",
                                 "said", " ", "  ", ",", ".", "Daw", "Aung", "San", "Suu", "Kyi", "Ko", "Kyaw"]), max_size=12))
def test_titles_by_first_letter_read_names_as_the_plain_alternation(pieces) -> None:
    from tolltrack.extract import entities

    text = " ".join(pieces)
    plain = "(?:" + "|".join(entities.TITLE_ALTERNATIVES) + ")"
    person = entities.PERSON_RE.pattern.replace(entities.TITLES, plain)
    assert person != entities.PERSON_RE.pattern
    assert [m.groupdict() | {"span": m.span()} for m in re.finditer(person, text)] == \
        [m.groupdict() | {"span": m.span()} for m in entities.PERSON_RE.finditer(text)]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["seven", "seventeen", "seventy", "six", "sixteen", "eight", "eighteen", "eighty", "one",
                                 "ten", "twelve", "twenty", "three", "thirteen", "thirty", "a", "hundred", "thousand",
                                 "million", "and", "between", "to", "-", "percent", "%", "in", "out of", "every", "1",
                                 "12", "1,200", "3.5", "m", "k", "twenty-first", "days", "x", " ", "  ", ""]), max_size=12),
       st.sampled_from(["RANGE_RE", "SINGLE_RE", "IN_RE"]))
def test_number_words_as_tries_read_numbers_as_the_longest_first_alternation(pieces, name) -> None:
    from tolltrack.extract import numbers

    text = " ".join(pieces)
    pattern = getattr(numbers, name)
    plain = pattern.pattern
    for words, trie in ((numbers.UNITS, numbers.W_UNIT), (numbers.TENS, numbers.W_TENS)):
        plain = plain.replace(trie, "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")")
    assert plain != pattern.pattern
    assert [(m.span(), m.groups()) for m in re.finditer(plain, text, re.I)] == \
        [(m.span(), m.groups()) for m in pattern.finditer(text)]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["Gen.", "Lt. Gen.", "Prime Minister", "Secretary-General", "Rep.", "Daw", "Khalid", "Othman",
                                 "Lee", "Seong-kweun", "al-Burhan", "el-Sisi", "bin", "van", "de", "dos", "J.", "McDonald",
                                 "Jean-Pierre", "Jong", "the", "said", "a", "el", "binary", " ", "  ", "\t", "\u00a0", "\x1c",
                                 ",", ".", "-", "É", "Łukasz", "Żak"]), max_size=8))
def test_a_sentence_without_the_person_gate_holds_no_person(pieces) -> None:
    from tolltrack.extract.entities import PERSON_GATE_RE, PERSON_RE

    for text in (" ".join(pieces), "".join(pieces)):
        if PERSON_RE.search(text) is not None:
            assert PERSON_GATE_RE.search(text) is not None, text


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(["no", "No", "NO", "one", "nobody", "None", "none", "nonetheless", "of", "them", "the",
                                 "civilians", "Ukrainian", "soldiers", "casualties", "was", "killed", "not", "know", "x",
                                 " ", "  ", "\t", "-", ".", "İ", "ı"]), max_size=8))
def test_a_sentence_the_zero_gate_shuts_holds_no_zero(pieces) -> None:
    from tolltrack.extract.figures import ZERO_RE, ZERO_WORDS, _zero_noun_re

    for text in (" ".join(pieces), "".join(pieces)):
        if ZERO_RE.search(text) or _zero_noun_re().search(text):
            assert ZERO_WORDS.may_match(text), text


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(["five", "Twenty", "seventeen", "a", "thousand", "million", "between", "Between", "and", "to",
                                 "percent", "pc", "per", "cent", "%", "-", "–", "in", "out of", "every", "3", "1,200", "٣",
                                 "4.5", "m", "k", "killed", "ſix", "İ", "x", " ", "  ", ",", ".", "between 3 and 4",
                                 "Between 1,200 and 3,000", "between a thousand and 2,000", "fiveto 9", "3 to 4",
                                 "a million"]), max_size=10))
def test_quantities_are_read_from_where_the_first_can_start_as_from_the_start(pieces) -> None:
    from tolltrack.extract import numbers

    for text in (" ".join(pieces), "".join(pieces)):
        found = numbers.find_quantities(text)
        start = numbers._first_start
        try:
            numbers._first_start = lambda text: 0
            assert found == numbers.find_quantities(text), text
        finally:
            numbers._first_start = start


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("1920 a_-.,٢\n")), max_size=20))
def test_the_year_hint_finds_what_word_bounds_find(text: str) -> None:
    from tolltrack.extract.periods import YEAR_HINT_RE

    assert [m.span() for m in YEAR_HINT_RE.finditer(text)] == [m.span() for m in re.finditer(r"\b(?:19|20)\d\d\b", text)]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(["Correction", "clarif", "ICATION", "Editor", "earl", "ier", " ", ":", "İ", "ı", "x"]), max_size=8))
def test_the_correction_hint_finds_what_its_pattern_finds(pieces) -> None:
    from tolltrack.extract.pipeline import CORRECTION_HINT_RE, _correction_hint

    text = "".join(pieces)
    assert _correction_hint(text) == (CORRECTION_HINT_RE.search(text) is not None)


def _quote_spans_by_character(par: str) -> list[tuple[int, int, bool]]:
    spans, i, n = [], 0, len(par)
    while i < n:
        c = par[i]
        if c == "“" or (c == '"' and (i == 0 or not par[i - 1].isalnum())):
            close = "”" if c == "“" else '"'
            j = par.find(close, i + 1)
            alt = par.find('"', i + 1) if c == "“" else -1
            if j == -1 and alt != -1:
                j = alt
            if j == -1:
                spans.append((i + 1, n, True))
                break
            spans.append((i + 1, j, False))
            i = j + 1
            continue
        i += 1
    return spans


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab1_ "“”é.,٣\n')), max_size=24))
def test_quotations_are_found_as_reading_character_by_character_finds_them(par: str) -> None:
    from tolltrack.extract.statements import quote_spans

    assert [(q.start, q.end, q.open_end) for q in quote_spans(par)] == _quote_spans_by_character(par)
