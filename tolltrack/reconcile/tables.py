"""Terminal tables for timelines and findings, shared by the ``timeline``/``check`` commands and the demo.

Takes a ``Timeline`` or ``Finding`` records; gives Rich tables: a timeline's
points by source with their ranges, dating and articles, and its envelope;
one table per finding with its claims, their sentences and articles, and
its arithmetic as the caption.
"""

from __future__ import annotations

from collections import Counter

from rich.table import Table

from tolltrack.reconcile.checks import Finding
from tolltrack.reconcile.claims import all_citations, dating, source_label
from tolltrack.reconcile.intervals import value_text
from tolltrack.reconcile.timeline import Timeline, envelope_rows, point_rows


def timeline_tables(tl: Timeline) -> list[Table]:
    """The points of every series, then the envelope (when there is one)."""
    rows = point_rows(tl)
    points = Table(title=f"{tl.party} — {tl.metric}: {len(tl.series)} sources, {len(rows)} figures", title_justify="left")
    for col in ("source", "as of", "value", "range", "revises", "articles", "claims"):
        points.add_column(col, overflow="fold")
    for r in rows:
        points.add_row(r["source"], r["as of"], r["value"], r["interval"], r["revises"], r["articles"], r["claims"])
    tables = [points]
    if tl.envelope:
        env = Table(title="envelope: the range the sources' latest figures allow", title_justify="left")
        for col in ("date", "range", "sources"):
            env.add_column(col, overflow="fold")
        for e in envelope_rows(tl):
            env.add_row(e["date"], e["range"] + (f" ({e['subject']})" if e["subject"] else ""), e["sources"])
        tables.append(env)
    return tables


def finding_table(f: Finding) -> Table:
    """One finding: its claims with source, value, period, sentence and article; the arithmetic beneath."""
    t = Table(
        title=f"{f.kind} · {f.verdict.replace('_', ' ')} · {f.party}, {f.metric}",
        caption=f.arithmetic,
        title_justify="left",
        caption_justify="left",
    )
    for col in ("claim", "source", "value", "as of", "sentence", "article"):
        t.add_column(col, overflow="fold")
    for cf in f.claims:
        when = dating(cf)
        cite = all_citations(cf)[0]
        t.add_row(
            f"#{cf.claim_id}",
            source_label(cf.figure.source),
            value_text(cf.figure.value, cf.figure.unit),
            when.text() if when else "",
            cf.figure.sentence,
            " ".join(x for x in (cite.outlet, cf.published) if x),
        )
    return t


def findings_summary(findings: list[Finding]) -> str:
    """'3 findings: 2 consistent, 1 inconsistent'."""
    counts = Counter(f.verdict for f in findings)
    parts = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
    return f"{len(findings)} finding{'s' if len(findings) != 1 else ''}" + (f": {parts}" if parts else "")
