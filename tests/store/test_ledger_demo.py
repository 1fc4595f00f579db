"""The demo's ledger part: which articles it reads and how it groups what it prints."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from tolltrack.demo import demo_inputs, figures_by_party, ledger_tables
from tolltrack.records import Citation, CitedFigure, Figure, Source, Subject, Value


def test_samples_first_else_the_gold_articles(tmp_path: Path) -> None:
    (tmp_path / "samples").mkdir()
    (tmp_path / "gold" / "sudan").mkdir(parents=True)
    (tmp_path / "gold" / "sudan" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gold" / "sudan" / "a.gold.jsonl").write_text("{}", encoding="utf-8")
    assert demo_inputs(tmp_path) == [tmp_path / "gold" / "sudan" / "a.txt"]
    (tmp_path / "samples" / "s.txt").write_text("y", encoding="utf-8")
    assert demo_inputs(tmp_path) == [tmp_path / "samples"]


def cited(claim_id: int, party: str | None, metric: str, n: int, cites: int = 1) -> CitedFigure:
    figure = Figure(metric=metric, subject=Subject(party, "military"), value=Value(n, n, "exact"),
                    source=Source("Army", party, "military"))
    citations = tuple(Citation(claim_id * 10 + i, f"Outlet {i}", None, "2031-02-03") for i in range(cites))
    return CitedFigure(claim_id, figure, claim_id * 10, "2031-02-03", citations)


def test_figures_are_grouped_by_party_and_metric() -> None:
    figures = [cited(1, "Sudan", "killed", 500, cites=3), cited(2, None, "killed", 7), cited(3, "Chad", "wounded", 4),
               cited(4, "Sudan", "killed", 20)]
    groups = figures_by_party(figures)
    assert list(groups) == [("Chad", "wounded"), ("Sudan", "killed"), ("—", "killed")]
    assert [c.claim_id for c in groups[("Sudan", "killed")]] == [1, 4]
    console = Console(width=120, record=True)
    for table in ledger_tables(figures):
        console.print(table)
    out = console.export_text()
    assert "Sudan · killed" in out and "500" in out and "Outlet 0, 2031-02-03" in out
