"""The reconcile part of ``make demo``: timelines and checks for a ledger's main parties, and their HTML reports.

Takes the ledger's ``CitedFigure`` list, a Rich console and a folder; prints
for each chosen party (those with the most dated counts, North Korea first
when present, the issue's case) its timeline and its findings, writes
``report-<party>.html`` for each into the folder, and gives the paths.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

from rich.console import Console

from tolltrack.reconcile.checks import run_checks
from tolltrack.reconcile.claims import dating
from tolltrack.reconcile.report import write_report
from tolltrack.reconcile.tables import finding_table, findings_summary, timeline_tables
from tolltrack.reconcile.timeline import build_timeline, counts
from tolltrack.records import CitedFigure

FEATURED = ("North Korea",)


def slug(party: str) -> str:
    """A party's name for a file: 'North Korea' -> 'north-korea'."""
    return re.sub(r"[^a-z0-9]+", "-", party.casefold()).strip("-") or "party"


def main_parties(figures: list[CitedFigure], limit: int = 2) -> list[str]:
    """The parties with the most dated counts, the featured ones first when they have any."""
    seen = Counter(
        cf.figure.subject.party for cf in counts(figures) if cf.figure.subject.party and dating(cf) is not None
    )
    featured = [p for p in FEATURED if seen.get(p)]
    rest = [p for p, _ in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])) if p not in featured]
    return (featured + rest)[:limit]


def _shown(path: Path) -> str:
    """A path as short as it can be said from here."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def print_overview(console: Console, figures: list[CitedFigure], out_dir: Path, limit: int = 2) -> list[Path]:
    """Print the main parties' timelines and findings; write their reports into ``out_dir``; give the paths."""
    written: list[Path] = []
    parties = main_parties(figures, limit)
    if not parties:
        console.print("No dated figures to reconcile.")
        return written
    for party in parties:
        mine = [cf for cf in figures if cf.figure.subject.party == party]
        console.rule(f"[bold]{party}[/]: timeline and checks")
        for table in timeline_tables(build_timeline(mine, party)):
            console.print(table)
        findings = run_checks(mine, party)
        for f in findings:
            console.print(finding_table(f))
        console.print(f"{party}: {findings_summary(findings)}", highlight=False)
        written.append(write_report(mine, party, out_dir / f"report-{slug(party)}.html"))
    everyone = run_checks(figures)
    console.print(f"Across all parties in the ledger: {findings_summary(everyone)}.", highlight=False)
    for path in written:
        console.print(f"Report written: [bold]{_shown(path)}[/]", highlight=False)
    return written
