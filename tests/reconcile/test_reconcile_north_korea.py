"""The North Korean deployment to Russia, 2024–25: the issue's case, from hand-built claims and from a ledger.

The intelligence service's rising series; 30 percent of 11,000 against about
3,000, consistent; the Ukrainian and South Korean figures side by side.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tolltrack import Ledger
from tolltrack.reconcile import build_timeline, run_checks
from tolltrack.records import CitedFigure

from . import north_korea

NIS = "National Intelligence Service (South Korea)"
JCS = "Joint Chiefs of Staff (South Korea)"
ZELENSKY = "Volodymyr Zelensky (Ukraine)"


def from_ledger(url: str) -> list[CitedFigure]:
    with Ledger(url) as ledger:
        return ledger.cited_figures(party="North Korea")


@pytest.fixture(params=["hand-built", "ledger"])
def figures(request: pytest.FixtureRequest, nk_ledger: str) -> list[CitedFigure]:
    return north_korea.figures() if request.param == "hand-built" else from_ledger(nk_ledger)


def series(figs: list[CitedFigure], **kw):
    return {s.label: s for s in build_timeline(figs, "North Korea", **kw).series}


def stated(s) -> list:
    return [p.value.low if p.value.low is not None else p.value.high for p in s.points]


def test_the_intelligence_service_series_rises(figures) -> None:
    nis = series(figures)[NIS]
    assert stated(nis) == [3000, 4000, 4700]
    assert [p.value.hedge for p in nis.points] == ["approx", "at_least", "exact"]
    ends = [p.when.end for p in nis.points]
    assert ends == sorted(ends) and ends[-1] == dt.date(2025, 4, 30)
    assert [(p.interval.low, p.interval.high) for p in nis.points] == [(2700, 3300), (4000, 6000), (4700, 4700)]
    assert not [f for f in run_checks(figures, "North Korea") if f.kind == "falling_cumulative"]


def test_every_source_has_its_series(figures) -> None:
    all_series = series(figures)
    assert set(all_series) == {NIS, JCS, ZELENSKY}
    assert stated(all_series[JCS]) == [1100]
    assert stated(all_series[ZELENSKY]) == [3000, 4000]
    assert [p.value.hedge for p in all_series[ZELENSKY].points] == ["at_least", "at_most"]


def test_share_of_the_force_against_the_count_is_consistent(figures) -> None:
    shares = [f for f in run_checks(figures, "North Korea") if f.kind == "share_vs_count"]
    assert shares and all(f.verdict == "consistent" for f in shares)
    nis_count = [f for f in shares if any(c.figure.source and c.figure.source.name == "National Intelligence Service"
                                          and c.figure.metric == "casualties" for c in f.claims)]
    [f] = nis_count
    assert "30% × 11,000 = 3,300" in f.arithmetic
    assert "~3,000 = 2,700–3,300" in f.arithmetic
    percent = [c for c in f.claims if c.figure.unit == "percent"]
    assert [c.figure.value.low for c in percent] == [30]
    assert any(c.figure.metric == "deployed" and c.figure.value.low == 11000 for c in f.claims)


def test_ukrainian_and_south_korean_figures_side_by_side(figures) -> None:
    [f] = [f for f in run_checks(figures, "North Korea") if f.kind == "contradiction"]
    assert f.verdict == "inconsistent"
    d = f.to_dict()
    assert [c["source"]["name"] for c in d["claims"]] == ["Volodymyr Zelensky", "Joint Chiefs of Staff"]
    assert [c["value"]["hedge"] for c in d["claims"]] == ["at_least", "approx"]
    assert all(c["sentence"] and c["article"]["outlet"] for c in d["claims"])
    assert "1,790 apart" in f.arithmetic


def test_the_force_holds_every_count(figures) -> None:
    assert not [f for f in run_checks(figures, "North Korea") if f.kind in ("casualties_exceed_force", "subtotal_exceeds_total")]


def test_as_known_on_the_new_year(figures) -> None:
    early = series(figures, as_known_on=dt.date(2024, 12, 31))
    assert set(early) == {JCS, ZELENSKY}
    assert not [f for f in run_checks(figures, "North Korea", as_known_on=dt.date(2024, 12, 31)) if f.kind == "share_vs_count"]


def test_the_reprint_is_a_citation_of_the_same_point(nk_ledger: str) -> None:
    jcs = series(from_ledger(nk_ledger))[JCS]
    [point] = jcs.points
    assert [(c.outlet, c.published) for c in point.citations()] == [
        ("Seoul Ledger", "2024-12-23"), ("Pacific Daily", "2024-12-24")]
