"""Hedged values as intervals: the one place a hedge becomes a range of numbers.

Takes a claim's ``Value`` (``low``, ``high``, ``hedge``) and its unit; gives an
``Interval`` of the values the claim allows, by the conventions of
``tolltrack/data/hedge_intervals.toml`` (or the file named by the
``TOLLTRACK_HEDGE_INTERVALS`` environment variable). Intervals add and
multiply, so the checks can do arithmetic on claims without dropping their
hedges. A ``high`` of ``None`` is an open ceiling.
"""

from __future__ import annotations

import math
import os
import tomllib
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Union

from tolltrack.records import HEDGES, Value

Number = Union[int, float]

ENV_VAR = "TOLLTRACK_HEDGE_INTERVALS"


class HedgeSettingsError(ValueError):
    """The hedge settings file is unreadable or says something tolltrack cannot use."""


@dataclass(frozen=True)
class Widening:
    """How far one hedge reaches under and over its stated figure, as shares of it."""

    below: Fraction
    above: Fraction | None  # None: no ceiling


@dataclass(frozen=True)
class Interval:
    """The values a claim allows: ``low`` to ``high``, ``high`` None when open above."""

    low: Number
    high: Number | None

    @property
    def open(self) -> bool:
        return self.high is None

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        if self.high is not None and self.high < other.low:
            return False
        if other.high is not None and other.high < self.low:
            return False
        return True

    def above(self, other: Interval) -> bool:
        """True when every value here is greater than every value of ``other``."""
        return other.high is not None and self.low > other.high

    def __add__(self, other: Interval) -> Interval:
        high = None if self.high is None or other.high is None else _tidy(self.high + other.high)
        return Interval(_tidy(self.low + other.low), high)

    def times(self, other: Interval) -> Interval:
        """The product of two intervals of non-negative numbers."""
        high = None if self.high is None or other.high is None else _tidy(self.high * other.high)
        return Interval(_tidy(self.low * other.low), high)

    def scaled(self, factor: Number) -> Interval:
        """Both ends times a non-negative ``factor``."""
        high = None if self.high is None else _tidy(self.high * factor)
        return Interval(_tidy(self.low * factor), high)

    def intersection(self, other: Interval) -> Interval | None:
        """The values in both, or None when they have none in common."""
        if not self.overlaps(other):
            return None
        highs = [h for h in (self.high, other.high) if h is not None]
        return Interval(max(self.low, other.low), min(highs) if highs else None)

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both."""
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Interval(min(self.low, other.low), high)

    def to_dict(self) -> dict[str, Number | None]:
        return {"low": self.low, "high": self.high}

    def text(self, unit: str = "people") -> str:
        """In words: "2,700–3,300", "11,000" when it is one number, "4,000 or more" when open."""
        if self.high is None:
            return f"{fmt_number(self.low, unit)} or more"
        if self.high == self.low:
            return fmt_number(self.low, unit)
        return f"{fmt_number(self.low, unit)}–{fmt_number(self.high, unit)}"

    def __str__(self) -> str:
        return self.text()


def fmt_number(n: Number | None, unit: str = "people") -> str:
    """A number as people read it: 3,300 or 27.5; with % for shares."""
    if n is None:
        return "?"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    text = f"{n:,}" if isinstance(n, int) else f"{n:,.2f}".rstrip("0").rstrip(".")
    return f"{text}%" if unit == "percent" else text


def _tidy(n: Number) -> Number:
    """Whole floats as ints, others rounded to two places (sums of shares drift)."""
    if isinstance(n, float):
        if n.is_integer():
            return int(n)
        return round(n, 2)
    return n


def default_settings_path() -> Path:
    """The settings file in use: ``$TOLLTRACK_HEDGE_INTERVALS`` if set, else the packaged one."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return _packaged_settings()


@lru_cache(maxsize=1)
def _packaged_settings() -> Path:
    return Path(str(resources.files("tolltrack.data").joinpath("hedge_intervals.toml")))


def _share(raw: object, hedge: str, key: str, path: Path, allow_open: bool) -> Fraction | None:
    if allow_open and raw == "open":
        return None
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        hint = ' or "open"' if allow_open else ""
        raise HedgeSettingsError(f"{path}: [{hedge}] {key} must be a number{hint}, not {raw!r}")
    share = Fraction(str(raw))
    if share < 0:
        raise HedgeSettingsError(f"{path}: [{hedge}] {key} must not be negative ({raw})")
    if key == "below" and share > 1:
        raise HedgeSettingsError(f"{path}: [{hedge}] below must be at most 1 (1 reaches zero), not {raw}")
    return share


@lru_cache(maxsize=8)
def _load(path: Path) -> dict[str, Widening]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise HedgeSettingsError(f"{path}: cannot read hedge settings: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise HedgeSettingsError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - set(HEDGES))
    if unknown:
        raise HedgeSettingsError(f"{path}: unknown hedge {unknown[0]!r} (hedges are {', '.join(HEDGES)})")
    out: dict[str, Widening] = {}
    for hedge in HEDGES:
        table = data.get(hedge, {})
        if not isinstance(table, dict):
            raise HedgeSettingsError(f"{path}: [{hedge}] must be a table with below and above")
        extra = sorted(set(table) - {"below", "above"})
        if extra:
            raise HedgeSettingsError(f"{path}: [{hedge}] has unknown setting {extra[0]!r} (use below, above)")
        below = _share(table.get("below", 0.0), hedge, "below", path, allow_open=False)
        above = _share(table.get("above", 0.0), hedge, "above", path, allow_open=True)
        assert below is not None
        out[hedge] = Widening(below=below, above=above)
    return out


def hedge_settings(path: str | Path | None = None) -> dict[str, Widening]:
    """Each hedge's widening, from ``path`` or the settings file in use."""
    return _load(Path(path) if path is not None else default_settings_path())


def interval(
    value: Value, unit: str = "people", settings: dict[str, Widening] | None = None, strict: bool = False
) -> Interval:
    """The interval a hedged value allows: the one function that reads the hedge conventions.

    People come out as whole numbers (the low end rounded down, the high end
    up); shares stay fractional and never pass 100. ``strict`` reads the
    words alone where the conventions guess at what is unsaid: "more than"
    then sets no ceiling and "up to" reaches zero; "about" keeps its width.
    """
    conv = (settings or hedge_settings()).get(value.hedge) or hedge_settings()["exact"]
    if strict and value.hedge == "at_least":
        conv = Widening(below=conv.below, above=None)
    elif strict and value.hedge == "at_most":
        conv = Widening(below=Fraction(1), above=conv.above)
    stated_low = value.low if value.low is not None else value.high
    stated_high = value.high if value.high is not None else value.low
    if stated_low is None or stated_high is None:
        raise ValueError(f"a {value.hedge} value needs a number (low={value.low}, high={value.high})")
    if stated_low > stated_high:
        stated_low, stated_high = stated_high, stated_low
    low_f = Fraction(str(stated_low)) * (1 - conv.below)
    high_f = None if conv.above is None else Fraction(str(stated_high)) * (1 + conv.above)
    if unit == "percent":
        low: Number = _tidy(float(low_f))
        high: Number | None = 100 if high_f is None else _tidy(min(float(high_f), 100.0))
    else:
        low = math.floor(low_f)
        high = None if high_f is None else math.ceil(high_f)
    return Interval(low, high)


def stated(value: Value) -> Number:
    """The single number a value states, for ordering and for saying which claim is larger.

    The figure itself for exact, approx and at_least; the ceiling for at_most;
    the middle of a range.
    """
    if value.hedge == "range" and value.low is not None and value.high is not None:
        return _tidy((value.low + value.high) / 2)
    if value.low is not None:
        return value.low
    if value.high is not None:
        return value.high
    raise ValueError("a value needs a number")


def value_text(value: Value, unit: str = "people") -> str:
    """A value as written in the report: "~3,000", "≥ 4,000", "≤ 4,000", "3,000–4,000", "30%"."""
    low = fmt_number(value.low, unit)
    high = fmt_number(value.high, unit)
    if value.hedge == "range":
        return f"{low}–{high}"
    if value.hedge == "at_least":
        return f"≥ {low}"
    if value.hedge == "at_most":
        return f"≤ {high}"
    if value.hedge == "approx":
        return f"~{low}"
    return low if value.low is not None else high
