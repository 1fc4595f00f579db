"""Hedges as intervals: the conventions file, the arithmetic, and its limits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tolltrack.reconcile.intervals import (
    ENV_VAR,
    HedgeSettingsError,
    Interval,
    default_settings_path,
    hedge_settings,
    interval,
    stated,
    value_text,
)
from tolltrack.reconcile.checks import share_of
from tolltrack.records import Value


@pytest.mark.parametrize(
    "value, unit, expected",
    [
        (Value(4700, 4700, "exact"), "people", (4700, 4700)),
        (Value(3000, 3000, "approx"), "people", (2700, 3300)),
        (Value(1100, 1100, "approx"), "people", (990, 1210)),  # no float drift past 1,210
        (Value(3, 3, "approx"), "people", (2, 4)),  # whole people: low down, high up
        (Value(4000, None, "at_least"), "people", (4000, 6000)),
        (Value(None, 4000, "at_most"), "people", (2000, 4000)),
        (Value(3000, 4000, "range"), "people", (3000, 4000)),
        (Value(30, 30, "approx"), "percent", (27, 33)),
        (Value(33.3, 33.3, "approx"), "percent", (29.97, 36.63)),
        (Value(80, None, "at_least"), "percent", (80, 100)),  # shares stop at 100
        (Value(0, 0, "exact"), "people", (0, 0)),
    ],
)
def test_packaged_conventions(value: Value, unit: str, expected: tuple) -> None:
    iv = interval(value, unit)
    assert (iv.low, iv.high) == expected


def write(tmp_path, text: str):
    path = tmp_path / "hedges.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_file_changes_the_conventions(tmp_path, monkeypatch) -> None:
    path = write(tmp_path, '[approx]\nbelow = 0.2\nabove = 0.25\n[at_least]\nabove = "open"\n[at_most]\nbelow = 1.0\n')
    monkeypatch.setenv(ENV_VAR, str(path))
    assert default_settings_path() == path
    assert interval(Value(1000, 1000, "approx"), "people") == Interval(800, 1250)
    assert interval(Value(1000, None, "at_least"), "people") == Interval(1000, None)
    assert interval(Value(None, 1000, "at_most"), "people") == Interval(0, 1000)
    assert interval(Value(1000, 1000, "exact"), "people") == Interval(1000, 1000)  # unnamed hedges stay exact


@pytest.mark.parametrize(
    "text, message",
    [
        ("[about]\nbelow = 0.1\n", "unknown hedge 'about'"),
        ("[approx]\nbelow = -0.1\n", "must not be negative"),
        ("[approx]\nbelow = 1.5\n", "below must be at most 1"),
        ('[approx]\nbelow = "open"\n', "below must be a number"),
        ("[approx]\nwide = 0.1\n", "unknown setting 'wide'"),
        ("[approx\n", "not valid TOML"),
    ],
)
def test_bad_settings_are_named(tmp_path, text: str, message: str) -> None:
    with pytest.raises(HedgeSettingsError, match=message):
        hedge_settings(write(tmp_path, text))


def test_missing_settings_file(tmp_path) -> None:
    with pytest.raises(HedgeSettingsError, match="cannot read"):
        hedge_settings(tmp_path / "nowhere.toml")


@pytest.mark.parametrize(
    "a, b, overlaps, above",
    [
        (Interval(3000, 4500), Interval(990, 1210), False, True),
        (Interval(2700, 3300), Interval(2970, 3630), True, False),
        (Interval(4000, None), Interval(100, 4000), True, False),
        (Interval(4001, None), Interval(100, 4000), False, True),
        (Interval(100, 200), Interval(300, None), False, False),
    ],
)
def test_interval_comparisons(a: Interval, b: Interval, overlaps: bool, above: bool) -> None:
    assert a.overlaps(b) is overlaps and b.overlaps(a) is overlaps
    assert a.above(b) is above


def test_interval_arithmetic() -> None:
    assert Interval(11000, 11000) + Interval(3000, 4000) == Interval(14000, 15000)
    assert Interval(1, 2) + Interval(1, None) == Interval(2, None)
    assert Interval(2700, 3300).intersection(Interval(2970, 3630)) == Interval(2970, 3300)
    assert Interval(1, 2).intersection(Interval(3, 4)) is None
    assert Interval(1, 5).hull(Interval(3, None)) == Interval(1, None)
    assert share_of(Interval(27, 33), Interval(11000, 11000)) == Interval(2970, 3630)
    assert share_of(Interval(33.3, 33.3), Interval(9000, 9000)) == Interval(2997, 2997)


@pytest.mark.parametrize(
    "value, unit, text, number",
    [
        (Value(3000, 3000, "approx"), "people", "~3,000", 3000),
        (Value(4000, None, "at_least"), "people", "≥ 4,000", 4000),
        (Value(None, 4000, "at_most"), "people", "≤ 4,000", 4000),
        (Value(3000, 4000, "range"), "people", "3,000–4,000", 3500),
        (Value(30, 30, "approx"), "percent", "~30%", 30),
        (Value(4700, 4700, "exact"), "people", "4,700", 4700),
    ],
)
def test_value_words_and_stated_number(value: Value, unit: str, text: str, number: int) -> None:
    assert value_text(value, unit) == text
    assert stated(value) == number


hedged = st.one_of(
    st.integers(0, 10**7).map(lambda n: Value(n, n, "exact")),
    st.integers(0, 10**7).map(lambda n: Value(n, n, "approx")),
    st.integers(0, 10**7).map(lambda n: Value(n, None, "at_least")),
    st.integers(0, 10**7).map(lambda n: Value(None, n, "at_most")),
    st.tuples(st.integers(0, 10**7), st.integers(0, 10**7)).map(lambda t: Value(min(t), max(t), "range")),
)


@given(hedged)
def test_an_interval_holds_the_stated_figure(value: Value) -> None:
    iv = interval(value, "people")
    for n in (value.low, value.high):
        if n is not None:
            assert iv.low <= n and (iv.high is None or n <= iv.high)
    assert isinstance(iv.low, int) and (iv.high is None or isinstance(iv.high, int))


@given(hedged, hedged)
def test_overlap_is_symmetric_and_sums_hold_their_parts(a: Value, b: Value) -> None:
    x, y = interval(a), interval(b)
    assert x.overlaps(y) == y.overlaps(x)
    total = x + y
    assert total.low == x.low + y.low
    assert not (x.above(y) and y.above(x))
