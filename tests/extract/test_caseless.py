"""Caseless patterns find exactly what the same pattern compiled with re.IGNORECASE finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tolltrack.extract import attribution, numbers, periods, pipeline
from tolltrack.extract.vocab import Caseless, caseless

# Patterns of the extractor's own, of each shape it uses: word tries, numbers, dates with named groups.
PATTERNS = [attribution.VERB_RE, attribution.PRE_RE, numbers.RANGE_RE, numbers.SINGLE_RE, pipeline.ENEMY_NOUN_RE,
            pipeline.SOURCE_ACTS_RE, pipeline.CORRECTION_RE] + [
    p for _, p in periods.PATTERNS if isinstance(p, Caseless)
]
WORDISH = st.text(
    alphabet=st.sampled_from(list("aAsSiIdDtToOlLMmJjUuNnEe0123456789 ,.-'İıKkſ\u212a")) | st.characters(),
    max_size=80,
)


def spans_ignorecase(pattern: Caseless, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in re.compile(pattern.pattern, re.I).finditer(text)]


def spans_caseless(pattern: Caseless, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", [
    "Officials SAID 4,000 people were Killed between March 3 and 5, 2025, according to the UN.",
    "The İstanbul office said twenty-five hundred had fled in mid-March.",  # "İ" lowers to two characters
    "Between 30 and 40 percent of the BRIGADE, the ministry Reported on Monday.",
    "The army ſaid 12 were killed; the governor saıd 14.",  # letters re.IGNORECASE reads as "s" and "i"
    "The \u212aharkiv governor said 9 people died.",  # the Kelvin sign lowers to "k"
])
def test_same_matches_as_ignorecase_on_reporting(text: str) -> None:
    for pattern in PATTERNS:
        assert spans_caseless(pattern, text) == spans_ignorecase(pattern, text), pattern.pattern[:60]


@settings(max_examples=200, deadline=None)
@given(WORDISH)
def test_same_matches_as_ignorecase_on_any_text(text: str) -> None:
    for pattern in (attribution.VERB_RE, numbers.SINGLE_RE):
        assert spans_caseless(pattern, text) == spans_ignorecase(pattern, text)


def test_groups_are_read_from_the_original_text() -> None:
    m = caseless(r"\b(?P<verb>said|told)\s+(?P<who>reporters)").search("Lee TOLD Reporters on Friday")
    assert m is not None
    assert m.group(0) == "TOLD Reporters"
    assert m.group("verb", "who") == ("TOLD", "Reporters")
    assert m["who"] == "Reporters"
    assert m.string == "Lee TOLD Reporters on Friday"
    assert m.span("who") == (9, 18)


def test_escapes_and_group_names_keep_their_case() -> None:
    # "\S" and "\D" must not become "\s" and "\d"; the group name keeps its capital
    m = caseless(r"(?P<Big>\S+)\D(?P=Big)").search("ab-AB")
    assert m is not None and m.group("Big") == "ab"


def test_sub_and_findall() -> None:
    p = caseless(r"\bsaid\b")
    assert p.sub("_", "He said, she SAID it") == "He _, she _ it"
    assert p.sub(lambda m: m.group(0).upper(), "said Said") == "SAID SAID"
    assert p.findall("Said and said") == ["Said", "said"]


def test_a_case_sensitive_part_is_refused() -> None:
    with pytest.raises(ValueError):
        caseless(r"no\s+(?-i:[A-Z])\w+")



ASCII_TEXT = st.text(alphabet=st.sampled_from(list("aAsSdDtTwW019 ,.-_'\t\n\x1c\x1d\x1f\x0b")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(ASCII_TEXT, st.sampled_from([r"\w+", r"\s+\w", r"\bsa\w*\b", r"[^\W\d_]+\s*\d", r"\S+\s*$"]))
def test_an_ascii_text_is_read_as_unicode_text_would_be(text: str, source: str) -> None:
    """ASCII text is matched by a pattern's ASCII twin, which reads \\w, \\d, \\s and \\b as Unicode does there; only
    the separators "\\x1c" to "\\x1f" differ (spaces to Unicode's \\s), so a text holding them is matched as it is."""
    pattern = caseless(source)
    assert spans_caseless(pattern, text) == spans_ignorecase(pattern, text)
    assert [m.span() for m in re.finditer(source, text, re.I)] == list(pattern.spans(text))


def test_the_ascii_twin_takes_the_separators_unicode_reads_as_spaces() -> None:
    from tolltrack.extract.vocab import ascii_twin

    twin = ascii_twin(re.compile(r"[^\s,]+\s*\S(?:\\s)[]\s]x"))
    assert twin.pattern == r"[^\s\x1c-\x1f,]+[\s\x1c-\x1f]*[^\s\x1c-\x1f](?:\\s)[]\s\x1c-\x1f]x"
    assert twin.flags & re.ASCII
    unchanged = re.compile(r"[\S]+")
    assert ascii_twin(unchanged) is unchanged  # \S in a class cannot take the separators out: no twin


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aA1_ -.,'\t\n\x1c\x1fé٣")), max_size=30),
       st.sampled_from([r"\d+", r"\b[A-Z]\w*\s+\w", r"[^\W\d_]+", r"\S+\s", r"(?<![\w-])a\w*(?![\w])"]))
def test_an_exact_pattern_finds_what_re_finds(text: str, source: str) -> None:
    from tolltrack.extract.vocab import exact

    pattern = exact(source)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in re.finditer(source, text)]
    assert pattern.split(text) == re.split(source, text)


def test_a_gate_made_after_a_text_was_read_still_opens_on_its_words() -> None:
    from tolltrack.extract import vocab

    text = "Observers counted a zebrafinchling in the ruins."
    assert vocab.caseless(r"\bruins\b", gate_words=["ruins"]).search(text) is not None  # the text's words are kept
    late = vocab.caseless(r"\bzebrafinchling\b", gate_words=["zebrafinchling"])
    assert late.search(text) is not None
    assert late.may_match(text.upper())
    assert vocab.exact(r"zebrafinchling", gate_words=["zebrafinchling"]).may_match(text)
