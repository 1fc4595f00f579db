"""Hedges: the words around a number and the interval they give, as claim-schema.md tabulates them.

exact: n..n; approx: n..n; at_least: n..null; at_most: null..n; range: low..high.
Each row is one short sentence of the kind reporting writes, read by the whole extractor.
"""

from __future__ import annotations

import pytest

from .helpers import figures, only_figure, value

EXACT = [
    "1,200 soldiers were killed.",
    "The strike killed 1,200 soldiers.",
    "A total of 1,200 soldiers were killed.",
]

APPROX = [
    "About 1,200 soldiers were killed.",
    "Around 1,200 soldiers were killed.",
    "Approximately 1,200 soldiers were killed.",
    "Roughly 1,200 soldiers were killed.",
    "Some 1,200 soldiers were killed.",
    "An estimated 1,200 soldiers were killed.",
    "Nearly 1,200 soldiers were killed.",
    "Almost 1,200 soldiers were killed.",
    "Close to 1,200 soldiers were killed.",
    "The strike killed about 1,200 soldiers.",
    "The fighting killed nearly 1,200 soldiers.",
    "Just under 1,200 soldiers were killed.",
    "Some 1,200 or so soldiers were killed.",
]

AT_LEAST = [
    "More than 1,200 soldiers were killed.",
    "Over 1,200 soldiers were killed.",
    "At least 1,200 soldiers were killed.",
    "Upwards of 1,200 soldiers were killed.",
    "No fewer than 1,200 soldiers were killed.",
    "Well over 1,200 soldiers were killed.",
    "In excess of 1,200 soldiers were killed.",
    "The strike killed at least 1,200 soldiers.",
    "The death toll exceeded 1,200.",
    "The death toll has surpassed 1,200.",
    "The death toll topped 1,200 on Monday.",
    "The death toll passed 1,200.",
    "The number of soldiers killed has exceeded 1,200.",
]

AT_MOST = [
    "Up to 1,200 soldiers were killed.",
    "As many as 1,200 soldiers were killed.",
    "Fewer than 1,200 soldiers were killed.",
    "Less than 1,200 soldiers were killed.",
    "No more than 1,200 soldiers were killed.",
    "Under 1,200 soldiers were killed.",
    "The strike killed up to 1,200 soldiers.",
    "At most 1,200 soldiers were killed.",
]


@pytest.mark.parametrize("text", EXACT)
def test_exact(run, text: str) -> None:
    assert value(only_figure(run(text))) == (1200, 1200, "exact")


@pytest.mark.parametrize("text", APPROX)
def test_approx(run, text: str) -> None:
    assert value(only_figure(run(text))) == (1200, 1200, "approx")


@pytest.mark.parametrize("text", AT_LEAST)
def test_at_least(run, text: str) -> None:
    assert value(only_figure(run(text))) == (1200, None, "at_least")


@pytest.mark.parametrize("text", AT_MOST)
def test_at_most(run, text: str) -> None:
    assert value(only_figure(run(text))) == (None, 1200, "at_most")


RANGE = [
    "3,000 to 4,000 soldiers were killed.",
    "3,000-4,000 soldiers were killed.",
    "3,000–4,000 soldiers were killed.",
    "Between 3,000 and 4,000 soldiers were killed.",
    "The strike killed between 3,000 and 4,000 soldiers.",
    "Officials put the number of soldiers killed at 3,000 to 4,000.",
]


@pytest.mark.parametrize("text", RANGE)
def test_range(run, text: str) -> None:
    assert value(only_figure(run(text))) == (3000, 4000, "range")


def test_hedge_before_a_range_keeps_the_range(run) -> None:
    assert value(only_figure(run("Some 3,000 to 4,000 soldiers were killed."))) == (3000, 4000, "range")


VAGUE = [
    ("Hundreds of soldiers were killed.", (200, None, "at_least")),
    ("Thousands of civilians have fled.", (2000, None, "at_least")),
    ("Dozens of soldiers were wounded.", (24, None, "at_least")),
    ("Tens of thousands of people have been displaced.", (20000, None, "at_least")),
    ("A dozen soldiers were killed.", (12, 12, "exact")),
    ("Two dozen civilians were wounded.", (24, 24, "exact")),
    ("Several hundred soldiers were captured.", (300, None, "at_least")),
]


@pytest.mark.parametrize("text,expected", VAGUE)
def test_vague_quantities(run, text: str, expected: tuple) -> None:
    assert value(only_figure(run(text))) == expected


WORDS = [
    ("Three thousand soldiers were killed.", (3000, 3000, "exact")),
    ("About twenty-five civilians were wounded.", (25, 25, "approx")),
    ("More than 1.2 million people have fled their homes.", (1_200_000, None, "at_least")),
    ("Some 3.7m people have been displaced.", (3_700_000, 3_700_000, "approx")),
]


@pytest.mark.parametrize("text,expected", WORDS)
def test_numbers_written_otherwise(run, text: str, expected: tuple) -> None:
    assert value(only_figure(run(text))) == expected


def vals(records) -> list[tuple]:
    return [(f.metric, *value(f)) for f in figures(records)]


COORDINATED = [
    # A hedge before the first of two coordinated numbers carries to the second when it has none.
    ("At least 250 soldiers were killed and 1,900 wounded.",
     [("killed", 250, None, "at_least"), ("wounded", 1900, None, "at_least")]),
    ("About 300 soldiers were killed and 2,700 wounded.",
     [("killed", 300, 300, "approx"), ("wounded", 2700, 2700, "approx")]),
    # ... but not when the second has its own.
    ("At least 250 soldiers were killed and about 1,900 wounded.",
     [("killed", 250, None, "at_least"), ("wounded", 1900, 1900, "approx")]),
    ("At least 250 soldiers were killed and up to 1,900 wounded.",
     [("killed", 250, None, "at_least"), ("wounded", None, 1900, "at_most")]),
    ("300 soldiers were killed and more than 2,700 wounded.",
     [("killed", 300, 300, "exact"), ("wounded", 2700, None, "at_least")]),
]


@pytest.mark.parametrize("text,expected", COORDINATED)
def test_hedges_of_coordinated_numbers(run, text: str, expected: list) -> None:
    assert vals(run(text)) == expected


def test_a_hedge_does_not_leak_into_the_next_sentence(run) -> None:
    text = "At least 250 soldiers were killed. Separately, 40 civilians were wounded."
    assert vals(run(text)) == [("killed", 250, None, "at_least"), ("wounded", 40, 40, "exact")]


def test_parts_of_a_hedged_whole_are_exact(run) -> None:
    records = run("At least 319 civilians, among them 48 women and 19 children, were killed by M23 fighters.")
    got = sorted((f.metric, f.value.low, f.value.high, f.value.hedge) for f in figures(records))
    assert got == [("killed", 19, 19, "exact"), ("killed", 48, 48, "exact"), ("killed", 319, None, "at_least")]
    records = run("A suicide bombing at the station killed at least 26 people, among them 14 soldiers.")
    assert sorted((f.value.low, f.value.hedge) for f in figures(records)) == [(14, "exact"), (26, "at_least")]


def test_a_hedge_does_not_carry_into_a_new_content_clause(run) -> None:
    records = run("Mujahid told a news conference on Sunday that 58 Pakistani soldiers had been killed and about 30 "
                  "wounded, and that nine Taliban fighters had died and 16 had been injured.")
    assert sorted((f.value.low, f.value.hedge) for f in figures(records)) == [
        (9, "exact"), (16, "exact"), (30, "approx"), (58, "exact")]
