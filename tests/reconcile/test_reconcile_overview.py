"""The demo's reconcile part: which parties it shows, what it prints, and the reports it writes."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from tolltrack.reconcile.overview import main_parties, print_overview, slug

from . import north_korea
from .build import cited


def test_main_parties_put_the_featured_case_first() -> None:
    figs = north_korea.figures() + [cited(100 + i, "killed", ("exact", i, i), party="Sudan", published=f"2025-01-{i:02d}")
                                    for i in range(1, 20)]
    assert main_parties(figs, limit=2) == ["North Korea", "Sudan"]
    assert main_parties(figs, limit=1) == ["North Korea"]
    assert main_parties([]) == []


def test_slug() -> None:
    assert slug("North Korea") == "north-korea"
    assert slug("Rapid Support Forces") == "rapid-support-forces"
    assert slug("???") == "party"


def test_overview_prints_timeline_and_findings_and_writes_reports(tmp_path: Path) -> None:
    console = Console(width=200, record=True)
    paths = print_overview(console, north_korea.figures(), tmp_path / "out")
    assert paths == [tmp_path / "out" / "report-north-korea.html"]
    assert "<svg" in paths[0].read_text(encoding="utf-8")
    text = console.export_text()
    assert "North Korea — casualties" in text and "envelope" in text
    assert "share_vs_count · consistent" in text and "contradiction · inconsistent" in text
    assert "Report written:" in text
