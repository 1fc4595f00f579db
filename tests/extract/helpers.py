"""Small readers shared by the extractor's test tables."""

from __future__ import annotations

from tolltrack.records import Figure, Record, Statement


def figures(records: list[Record]) -> list[Figure]:
    return [r for r in records if isinstance(r, Figure)]


def statements(records: list[Record]) -> list[Statement]:
    return [r for r in records if isinstance(r, Statement)]


def only_figure(records: list[Record]) -> Figure:
    """The one figure of a sentence; fails with the figures found when there are none or several."""
    figs = figures(records)
    assert len(figs) == 1, f"expected one figure, got {[summary(f) for f in figs]}"
    return figs[0]


def summary(f: Figure) -> tuple:
    """A figure as (metric, party, role, low, high, hedge, unit): what a failing row should show."""
    return (f.metric, f.subject.party, f.subject.role, f.value.low, f.value.high, f.value.hedge, f.unit)


def value(f: Figure) -> tuple:
    return (f.value.low, f.value.high, f.value.hedge)


def known_bug(*values: object, reason: str):
    """A table row the extractor gets wrong today: kept, and expected to fail until it is fixed."""
    import pytest

    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))
