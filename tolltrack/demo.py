"""``make demo``: the sample articles into a fresh ledger, and the figures it then holds, per party and measure.

Takes the articles in ``samples/`` (or, while that is empty, the gold set's
article texts in ``gold/``); gives, on the terminal, the ingest summary and
one table per party and metric: each figure with its source, the chain it
came through, its article and how many articles carried it.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tolltrack.records import CitedFigure, Figure
from tolltrack.store import Ledger

ROOT = Path(__file__).resolve().parent.parent


def demo_inputs(root: Path = ROOT) -> list[Path]:
    """What the demo reads: ``samples/`` when it holds anything, else the ``.txt`` articles of ``gold/``."""
    samples = root / "samples"
    if samples.is_dir() and any(p.is_file() and not p.name.startswith(".") for p in samples.rglob("*")):
        return [samples]
    return sorted((root / "gold").rglob("*.txt"))


def _value(f: Figure) -> str:
    v = f.value
    unit = "%" if f.unit == "percent" else ""
    n = lambda x: f"{x:,}{unit}" if isinstance(x, int) else f"{x}{unit}"  # noqa: E731
    text = {
        "range": lambda: f"{n(v.low)}–{n(v.high)}",
        "at_least": lambda: f"≥ {n(v.low)}",
        "at_most": lambda: f"≤ {n(v.high)}",
        "approx": lambda: f"~{n(v.low)}",
    }.get(v.hedge, lambda: n(v.low))()
    return text + (" (projection)" if f.projection else "")


def figures_by_party(figures: list[CitedFigure]) -> dict[tuple[str, str], list[CitedFigure]]:
    """Figures grouped by (party, metric), parties by name with unattributed ones last."""
    groups: dict[tuple[str, str], list[CitedFigure]] = defaultdict(list)
    for cf in figures:
        groups[(cf.figure.subject.party or "—", cf.figure.metric)].append(cf)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0] == "—", kv[0])))


def ledger_tables(figures: list[CitedFigure]) -> list[Table]:
    """One table per party and metric."""
    tables = []
    for (party, metric), rows in figures_by_party(figures).items():
        table = Table(title=f"{party} · {metric}", title_justify="left", expand=False)
        for col in ("value", "as of", "source (via)", "article", "cited"):
            table.add_column(col, overflow="fold", no_wrap=col in ("value", "as of", "cited"))
        for cf in sorted(rows, key=lambda c: (c.published or "", c.claim_id)):
            f = cf.figure
            period = ""
            if f.as_of and (f.as_of.start or f.as_of.end):
                period = f.as_of.start if f.as_of.start == f.as_of.end else f"{f.as_of.start or '?'}…{f.as_of.end or '?'}"
            first = cf.citations[0] if cf.citations else None
            article = f"{first.outlet or '—'}, {first.published or 'undated'}" if first else ""
            source = f.source.name if f.source else "—"
            if f.via:
                source += " (via " + " → ".join(r.name for r in f.via) + ")"
            table.add_row(_value(f), period, source, article, str(len(cf.citations)))
        tables.append(table)
    return tables


def main() -> int:
    console = Console()
    inputs = demo_inputs()
    if not inputs:
        console.print("No sample articles: put articles in samples/ (or gold/).")
        return 1
    with tempfile.TemporaryDirectory(prefix="tolltrack-demo-") as tmp:
        with Ledger(Path(tmp) / "demo.db") as ledger:
            with console.status("reading the sample articles…"):
                summary = ledger.ingest(inputs)
            console.print(
                f"[bold]Ledger[/]: read {summary.read} articles · stored {summary.stored} · "
                f"reprints {summary.near_duplicate} · duplicates {summary.duplicate} · "
                f"failed {len(summary.failed)} · claims {summary.claims}",
                highlight=False,
                soft_wrap=True,
            )
            for failure in summary.failed:
                console.print(f"  [red]failed[/] {failure.path}: {failure.reason}", highlight=False)
            figures = ledger.cited_figures()
    for table in ledger_tables(figures):
        console.print(table)
    console.print(f"{len(figures)} figures from {summary.stored + summary.near_duplicate} articles.")

    from tolltrack.reconcile.overview import print_overview

    print_overview(console, figures, ROOT / "out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
