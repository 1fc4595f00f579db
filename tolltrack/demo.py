"""``make demo``: the sample articles read, stored and reconciled, in three parts.

Takes the articles in ``samples/`` and prints, on the terminal:

1. each article's extraction: its title, date and outlet, one line per figure
   (metric, party, value with its hedge, period, source ← via) and how many
   statements it holds;
2. the ingest into a fresh SQLite ledger (read, stored, near-duplicate,
   duplicate, failed) and one table per party and measure of the figures it
   holds, with their sources and how many articles carried each;
3. the timeline and the checks of the ledger's main parties (North Korea
   first), each with its HTML report written to ``out/report-<party>.html``.

Needs no network; the ledger lives in a temporary directory.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from pathlib import Path

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.padding import Padding
from rich.table import Table

from tolltrack.articles import Article
from tolltrack.extract import extract
from tolltrack.ingest import read_paths
from tolltrack.reconcile.intervals import value_text
from tolltrack.reconcile.overview import print_overview
from tolltrack.records import CitedFigure, Figure, Period, Statement
from tolltrack.store import Ledger

ROOT = Path(__file__).resolve().parent.parent


def demo_inputs(root: Path = ROOT) -> list[Path]:
    """The sample articles the demo reads: every file under ``samples/`` but hidden ones, by name."""
    samples = root / "samples"
    if not samples.is_dir():
        return []
    return sorted(p for p in samples.rglob("*") if p.is_file() and not p.name.startswith("."))


# --- how a figure is written, in both the extraction lines and the ledger tables ---


def value_cell(f: Figure) -> str:
    """'~3,000', '≥ 4,000', '3,000–4,000', '30%', with '(projection)' for a forecast."""
    return value_text(f.value, f.unit) + (" (projection)" if f.projection else "")


def period_cell(p: Period | None) -> str:
    """'2025-01-13' for one day, '2025-03-11…2025-03-20' for a span, 'to 2024-10-28' from an open start,
    the words when there are no dates, else ''."""
    if p is None:
        return ""
    if not (p.start or p.end):
        return p.text or ""
    if not p.start:
        return f"to {p.end}"
    if not p.end:
        return f"from {p.start}"
    return p.start if p.start == p.end else f"{p.start}…{p.end}"


def provenance(f: Figure) -> str:
    """'National Intelligence Service ← Lee Seong-kweun': the source, then whoever relayed it."""
    return " ← ".join([f.source.name if f.source else "unattributed", *(r.name for r in f.via)])


# --- 1. extraction ---


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' * (n != 1)}"


def extraction_summary(article: Article, records: list) -> tuple[str, Table]:
    """An article's title; its date, outlet and counts of figures and statements; and a row per figure."""
    figures = [r for r in records if isinstance(r, Figure)]
    statements = sum(isinstance(r, Statement) for r in records)
    about = " · ".join([str(article.published or "undated"), *([article.outlet] if article.outlet else []),
                        f"{_count(len(figures), 'figure')}, {_count(statements, 'statement')}"])
    heading = f"[bold]{escape(article.title or Path(article.path or '').name)}[/]\n  [dim]{escape(about)}[/]"
    table = Table(box=None, show_header=False, padding=(0, 1), pad_edge=False)
    table.add_column("metric", min_width=14)
    table.add_column("party", min_width=11)
    table.add_column("value", min_width=12, no_wrap=True)
    table.add_column("as of", min_width=21)
    table.add_column("source ← via", overflow="fold")
    for f in figures:
        table.add_row(f.metric, f.subject.party or "—", value_cell(f), period_cell(f.as_of) or "—", provenance(f))
    return heading, table


def print_extractions(console: Console, inputs: list[Path]) -> None:
    for item in read_paths(inputs):
        if not isinstance(item, Article):
            console.print(f"[red]cannot read[/] {escape(str(item))}", highlight=False)
            continue
        heading, table = extraction_summary(item, list(extract(item.text, published=item.published)))
        console.print(heading, highlight=False)
        console.print(Padding(table, (0, 0, 0, 4)))


# --- 2. the ledger ---


def figures_by_party(figures: list[CitedFigure]) -> dict[tuple[str, str], list[CitedFigure]]:
    """Figures grouped by (party, metric), parties by name with unattributed ones last."""
    groups: dict[tuple[str, str], list[CitedFigure]] = defaultdict(list)
    for cf in figures:
        groups[(cf.figure.subject.party or "—", cf.figure.metric)].append(cf)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0] == "—", kv[0])))


def ledger_tables(figures: list[CitedFigure]) -> list[Table]:
    """One table per party and metric: each figure's value, period, source, first article and citation count."""
    tables = []
    for (party, metric), rows in figures_by_party(figures).items():
        table = Table(title=f"[bold]{party} · {metric}[/]", title_justify="left", box=box.SIMPLE_HEAD,
                      show_edge=False, padding=(0, 1), pad_edge=False)
        for col in ("value", "as of", "source ← via", "first carried by", "cited"):
            table.add_column(col, overflow="fold", no_wrap=col in ("value", "cited"),
                             justify="right" if col == "cited" else "left")
        for cf in sorted(rows, key=lambda c: (c.published or "", c.claim_id)):
            first = cf.citations[0] if cf.citations else None
            article = f"{first.outlet or '—'}, {first.published or 'undated'}" if first else ""
            table.add_row(value_cell(cf.figure), period_cell(cf.figure.as_of), provenance(cf.figure), article,
                          str(len(cf.citations)))
        tables.append(table)
    return tables


def build_ledger(console: Console, inputs: list[Path], db: Path) -> list[CitedFigure]:
    """Ingest the samples into a fresh ledger at ``db``; print its summary; give its figures with their citations."""
    with Ledger(db) as ledger:
        summary = ledger.ingest(inputs)
        figures = ledger.cited_figures()
        articles = {a.id: a for a in ledger.articles()}
    console.print(
        f"A fresh SQLite ledger: read {summary.read} · stored {summary.stored} · "
        f"near-duplicate {summary.near_duplicate} · duplicate {summary.duplicate} · failed {len(summary.failed)}"
        f" → {summary.claims} claims, {summary.citations} citations",
        highlight=False,
    )
    for failure in summary.failed:
        console.print(f"  [red]failed[/] {escape(str(failure))}", highlight=False)
    for a in articles.values():
        if a.duplicate_of in articles:
            original = articles[a.duplicate_of]
            console.print(
                f"  {a.outlet} {a.published} reprints {original.outlet} {original.published} "
                f"(similarity {a.similarity:.2f}): cited, not stored twice",
                highlight=False,
            )
    return figures


def main() -> int:
    console = Console()
    inputs = demo_inputs()
    if not inputs:
        console.print("No sample articles: put plain-text articles in samples/.")
        return 1

    console.rule(f"[bold]1. Extraction[/]: the figures of each of the {len(inputs)} sample articles")
    print_extractions(console, inputs)

    console.rule("[bold]2. The ledger[/]: the figures it holds, by party and measure")
    with tempfile.TemporaryDirectory(prefix="tolltrack-demo-") as tmp:
        figures = build_ledger(console, inputs, Path(tmp) / "demo.db")
    for table in ledger_tables(figures):
        console.print(table)

    console.rule("[bold]3. Reconciling[/]: timelines, checks and reports")
    print_overview(console, figures, ROOT / "out")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
