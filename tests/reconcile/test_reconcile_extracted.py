"""End to end: the hand-written North Korea articles through the extractor and the ledger, then reconciled.

Only what the issue asks of the case is asserted, on whatever the extractor
reads from the text: the intelligence service's rising series, the share of
the force against its count, and the Ukrainian and South Korean figures side
by side.
"""

from __future__ import annotations

import pytest

from tolltrack import Ledger
from tolltrack.reconcile import build_timeline, run_checks
from tolltrack.records import CitedFigure

NIS = "National Intelligence Service"


@pytest.fixture(scope="module")
def figures(nk_ledger_extracted: str) -> list[CitedFigure]:
    with Ledger(nk_ledger_extracted) as ledger:
        return ledger.cited_figures(party="North Korea")


def test_the_intelligence_service_series_rises(figures: list[CitedFigure]) -> None:
    [nis] = [s for s in build_timeline(figures, "North Korea", "casualties").series if s.source and s.source.name == NIS]
    lows = [p.interval.low for p in nis.points]
    assert lows[:2] == [2700, 4000]  # about 3,000 on January 13, more than 4,000 by mid-March
    assert lows == sorted(lows)
    assert not [f for f in run_checks(figures, "North Korea") if f.kind == "falling_cumulative"]


def test_share_against_the_intelligence_service_count_is_consistent(figures: list[CitedFigure]) -> None:
    shares = [f for f in run_checks(figures, "North Korea") if f.kind == "share_vs_count"]
    against_nis = [f for f in shares if any(c.figure.unit == "people" and c.figure.metric == "casualties"
                                            and c.figure.source and c.figure.source.name == NIS for c in f.claims)]
    assert against_nis and all(f.verdict == "consistent" for f in against_nis)
    assert "30% × 11,000 = 3,300" in against_nis[0].arithmetic


def test_ukrainian_and_south_korean_figures_side_by_side(figures: list[CitedFigure]) -> None:
    pairs = [
        {c.figure.source.name for c in f.claims if c.figure.source}
        for f in run_checks(figures, "North Korea")
        if f.kind == "contradiction"
    ]
    assert {"Volodymyr Zelensky", "Joint Chiefs of Staff"} in pairs
