"""The demo: which articles it reads, how it writes each article's figures, and what its ledger of the samples holds."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from tolltrack.articles import Article
from tolltrack.demo import ROOT, build_ledger, demo_inputs, extraction_summary, figures_by_party, ledger_tables
from tolltrack.reconcile.overview import main_parties
from tolltrack.records import (
    Citation,
    CitedFigure,
    Figure,
    Period,
    Relay,
    Source,
    Speaker,
    Statement,
    Subject,
    Value,
)


def test_the_sample_articles_and_nothing_else(tmp_path: Path) -> None:
    assert demo_inputs(tmp_path) == []
    (tmp_path / "samples" / "sudan").mkdir(parents=True)
    (tmp_path / "gold" / "sudan").mkdir(parents=True)
    (tmp_path / "gold" / "sudan" / "a.txt").write_text("x", encoding="utf-8")
    assert demo_inputs(tmp_path) == []  # the gold set is the extractor's yardstick, not demo material
    for name in ("b.txt", "sudan/a.txt", ".notes"):
        (tmp_path / "samples" / name).write_text("y", encoding="utf-8")
    assert demo_inputs(tmp_path) == [tmp_path / "samples" / "b.txt", tmp_path / "samples" / "sudan" / "a.txt"]


def test_an_article_summary_gives_each_figure_on_one_line() -> None:
    article = Article(body="…", title="Losses pass 4,000", outlet="Harbour Wire", published=None)
    figure = Figure(
        metric="casualties", subject=Subject("North Korea", "military"), value=Value(4000, None, "at_least"),
        as_of=Period("2025-03-11", "2025-03-20", "by mid-March"),
        source=Source("National Intelligence Service", "South Korea", "intelligence"),
        via=(Relay("Lee Seong-kweun", "lawmaker"),),
    )
    statement = Statement(speaker=Speaker("Lee Seong-kweun", "lawmaker"), source=None, quote=False, text="…")
    heading, table = extraction_summary(article, [figure, statement])
    console = Console(width=160, record=True)
    console.print(heading)
    console.print(table)
    lines = console.export_text().splitlines()
    assert lines[0].strip() == "Losses pass 4,000"
    assert "undated · Harbour Wire · 1 figure, 1 statement" in lines[1]
    assert lines[2].split() == ["casualties", "North", "Korea", "≥", "4,000", "2025-03-11…2025-03-20",
                                "National", "Intelligence", "Service", "←", "Lee", "Seong-kweun"]


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


def test_the_samples_make_a_ledger_with_a_reprint_and_two_parties(tmp_path: Path) -> None:
    console = Console(width=160, record=True)
    figures = build_ledger(console, demo_inputs(ROOT), tmp_path / "demo.db")
    out = console.export_text()
    assert "near-duplicate 1" in out and "failed 0" in out and "reprints" in out
    assert main_parties(figures) == ["North Korea", "Sudan"]
    reprinted = [cf for cf in figures if len({c.outlet for c in cf.citations}) > 1]
    assert any(cf.figure.metric == "casualties" and cf.figure.subject.party == "North Korea" for cf in reprinted)
