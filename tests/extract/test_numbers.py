"""The number parser: quantities as reporting writes them, each with its interval.

``find_quantities`` only reads numbers; whether a number counts people is the
figure reader's concern (see test_not_figures.py). Each row is one way of
writing a quantity; a new form met in reporting becomes one new row.
"""

from __future__ import annotations

import pytest

from tolltrack.extract import vocab
from tolltrack.extract.numbers import find_quantities, parse_number



def quantities(text: str) -> list[tuple]:
    return [(q.low, q.high, q.hedge, q.percent) for q in find_quantities(text)]


def one(text: str) -> tuple:
    found = quantities(text)
    assert len(found) == 1, f"expected one quantity in {text!r}, got {found}"
    return found[0]


# --- digits -----------------------------------------------------------------

DIGITS = [
    ("12 soldiers were wounded", 12),
    ("about 450 troops", 450),
    ("11,000 troops", 11_000),
    ("1,250,000 refugees", 1_250_000),
    ("a toll of 46,788", 46_788),
    ("7 civilians", 7),
    ("(1,400)", 1_400),
    ("the figure was 3,000.", 3_000),
    ("roughly 600,000 Russian casualties", 600_000),
]


@pytest.mark.parametrize("text,expected", DIGITS)
def test_digits_with_separators(text: str, expected: int) -> None:
    assert one(text) == (expected, expected, "exact", False)


# --- decimals with scales ---------------------------------------------------

SCALED = [
    ("1.2 million people", 1_200_000),
    ("3.7m people", 3_700_000),
    ("3.7 million", 3_700_000),
    ("2 million refugees", 2_000_000),
    ("12.5 million displaced", 12_500_000),
    ("1.5bn", 1_500_000_000),
    ("40k troops", 40_000),
    ("11 million people", 11_000_000),
    ("0.5 million", 500_000),
]


@pytest.mark.parametrize("text,expected", SCALED)
def test_decimals_with_scales(text: str, expected: int) -> None:
    low, high, hedge, pct = one(text)
    assert (low, high, hedge, pct) == (expected, expected, "exact", False)
    assert isinstance(low, int), "a whole count is an int, not a float"


# --- words ------------------------------------------------------------------

WORDS = [
    ("three thousand soldiers", 3_000),
    ("twenty-five civilians", 25),
    ("twenty five civilians", 25),
    ("Seven people", 7),
    ("eleven", 11),
    ("a hundred", 100),
    ("one hundred and twenty", 120),
    ("two hundred", 200),
    ("a thousand", 1_000),
    ("four million", 4_000_000),
    ("ninety-nine", 99),
    ("two thousand five hundred", 2_500),
    ("1.2 million", 1_200_000),
]


@pytest.mark.parametrize("text,expected", WORDS)
def test_numbers_in_words(text: str, expected: int) -> None:
    assert one(text) == (expected, expected, "exact", False)


DOZENS = [
    ("two dozen soldiers", 24),
    ("a dozen civilians", 12),
    ("three dozen fighters", 36),
    ("half a dozen medics", 6),
]


@pytest.mark.parametrize("text,expected", DOZENS)
def test_dozens(text: str, expected: int) -> None:
    assert one(text) == (expected, expected, "exact", False)


# --- vague quantities, from the table a researcher can change ---------------

VAGUE_ROWS = sorted(vocab.vague_quantities().items())


@pytest.mark.parametrize("phrase,interval", VAGUE_ROWS, ids=[p for p, _ in VAGUE_ROWS])
def test_vague_quantities_follow_the_table(phrase: str, interval: tuple) -> None:
    low, high, hedge = interval
    sentence = f"{phrase[0].upper()}{phrase[1:]} of people fled the town."
    assert one(sentence) == (low, high, hedge, False)


ANNOTATION_CONVENTIONS = [
    ("hundreds", (200, None, "at_least")),
    ("thousands", (2_000, None, "at_least")),
    ("dozens", (24, None, "at_least")),
    ("tens of thousands", (20_000, None, "at_least")),
    ("a dozen", (12, 12, "exact")),
    ("two dozen", (24, 24, "exact")),
]


@pytest.mark.parametrize("phrase,interval", ANNOTATION_CONVENTIONS)
def test_shipped_table_holds_the_annotation_conventions(phrase: str, interval: tuple) -> None:
    """docs/annotation.md states these readings; the shipped table must agree with it."""
    assert vocab.vague_quantities()[phrase] == interval


def test_vague_plural_in_a_sentence() -> None:
    assert quantities("Hundreds of civilians were killed and tens of thousands displaced.") == [
        (200, None, "at_least", False),
        (20_000, None, "at_least", False),
    ]


# --- ranges -----------------------------------------------------------------

RANGES = [
    ("3,000 to 4,000 troops", 3_000, 4_000),
    ("3,000-4,000 troops", 3_000, 4_000),
    ("3,000 - 4,000 troops", 3_000, 4_000),
    ("3,000–4,000 troops", 3_000, 4_000),
    ("3,000—4,000 troops", 3_000, 4_000),
    ("between 3,000 and 4,000 troops", 3_000, 4_000),
    ("Between 3,000 and 4,000 troops", 3_000, 4_000),
    ("10,000 to 12,000 soldiers", 10_000, 12_000),
    ("1-2 million people", 1_000_000, 2_000_000),
    ("1.5 to 2 million people", 1_500_000, 2_000_000),
    ("two to three thousand soldiers", 2_000, 3_000),
    ("between 1.2 million and 1.5 million", 1_200_000, 1_500_000),
    ("50 to 60 civilians", 50, 60),
    ("between five and ten civilians", 5, 10),
    ("between 200,000 and 250,000 people", 200_000, 250_000),
]


@pytest.mark.parametrize("text,low,high", RANGES)
def test_ranges(text: str, low: int, high: int) -> None:
    assert one(text) == (low, high, "range", False)


PERCENT_RANGES = [
    ("10 to 15 percent of the force", 10, 15),
    ("10-15% of the force", 10, 15),
    ("between 10 and 15 per cent", 10, 15),
    ("10% to 15% of its men", 10, 15),
]


@pytest.mark.parametrize("text,low,high", PERCENT_RANGES)
def test_percentage_ranges(text: str, low: int, high: int) -> None:
    assert one(text) == (low, high, "range", True)


def test_a_change_from_one_figure_to_another_is_not_a_range() -> None:
    """'rose from 3,000 to 4,000' gives two figures, not the interval 3,000-4,000."""
    found = quantities("The toll rose from 3,000 to 4,000 overnight.")
    assert (3_000, 4_000, "range", False) not in found
    assert (4_000, 4_000, "exact", False) in found


# --- percentages and fractions ----------------------------------------------

SHARES = [
    ("30 percent of their men", 30),
    ("30% of their men", 30),
    ("30 per cent of their men", 30),
    ("12.5 percent of the force", 12.5),
    ("a third of the corps", 33.3),
    ("one-third of the corps", 33.3),
    ("two-thirds of the brigade", 66.7),
    ("two thirds of the brigade", 66.7),
    ("a quarter of the unit", 25),
    ("half of the battalion", 50),
    ("three-quarters of the regiment", 75),
    ("a fifth of its fighters", 20),
    ("nine in ten residents", 90),
    ("one in five soldiers", 20),
    ("one out of every four recruits", 25),
]


@pytest.mark.parametrize("text,expected", SHARES)
def test_percentages_and_fractions(text: str, expected: float) -> None:
    assert one(text) == (expected, expected, "exact", True)


# --- not numbers --------------------------------------------------------------

NOT_NUMBERS = [
    "Everyone in the village was evacuated.",
    "Someone fired on the convoy.",
    "It often rains in the hills.",
    "The phone network went down.",
    "Tensions rose along the front.",
    "Witnesses said the shelling lasted all night.",
    "The ninth brigade moved north.",
    "It was the twenty-first day of the siege.",
    "Attendance was often lower than expected.",
    "The Teneighty bridge was closed.",
    "Anyone leaving was searched.",
    "A soldier was seen near the checkpoint.",
    "Half-hearted talks resumed.",
]


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_words_that_are_not_numbers(text: str) -> None:
    assert quantities(text) == []


# --- parse_number -----------------------------------------------------------

PARSE = [
    ("11,000", 11_000),
    ("1.2 million", 1_200_000),
    ("3.7m", 3_700_000),
    ("40k", 40_000),
    ("three thousand", 3_000),
    ("twenty-five", 25),
    ("a hundred", 100),
    ("one hundred and twenty", 120),
    ("2 million", 2_000_000),
    ("seven", 7),
    ("0", 0),
]


@pytest.mark.parametrize("text,expected", PARSE)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "soldiers", "many", "and", "a", "the third", "million"],
)
def test_parse_number_of_a_non_number_is_none(text: str) -> None:
    assert parse_number(text) is None


def test_spans_point_at_the_number() -> None:
    text = "Officials said 1,200 soldiers and two dozen medics were hurt."
    spans = [text[q.start : q.end] for q in find_quantities(text)]
    assert spans == ["1,200", "two dozen"]


def test_estimates_that_range_from_one_number_to_another_are_a_range() -> None:
    from tolltrack.extract.numbers import find_quantities

    assert [(q.low, q.high, q.hedge) for q in find_quantities("Estimates of deaths range from 30,000 to 100,000.")] == [
        (30000, 100000, "range")]
    assert len(find_quantities("The toll rose from 3,000 to 4,000.")) == 2  # a change, not a range
