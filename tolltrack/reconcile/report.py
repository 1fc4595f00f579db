"""The HTML report: a party's timelines as charts, the checks, and every figure with its sentence and outlet.

Takes a list of ``CitedFigure`` and a party; gives one self-contained HTML
page (``tolltrack/templates/report.html.j2``): inline SVG charts, inline
styles, no scripts and nothing fetched, so it opens offline and can be sent
as one file. Links go only to the articles' own http(s) addresses.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from tolltrack.reconcile.charts import timeline_svg
from tolltrack.reconcile.checks import KINDS, Finding, run_checks
from tolltrack.reconcile.claims import all_citations, dating, known_on, scope, source_label
from tolltrack.reconcile.intervals import default_settings_path, fmt_number, hedge_settings, interval, value_text
from tolltrack.reconcile.timeline import Timeline, build_timeline, counts, envelope_rows, point_rows
from tolltrack.records import METRICS, CitedFigure


def _env() -> Environment:
    env = Environment(
        loader=PackageLoader("tolltrack", "templates"),
        autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    return env


def safe_url(url: str | None) -> str | None:
    """An article address fit for a link: http(s) only, anything else dropped."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def metrics_of(figures: Iterable[CitedFigure], party: str) -> list[str]:
    """The measures a party has dated counts of, in the schema's order."""
    seen = Counter(
        cf.figure.metric
        for cf in counts(figures)
        if (cf.figure.subject.party or "").casefold() == party.casefold()
    )
    return [m for m in METRICS if seen.get(m)] + sorted(m for m in seen if m not in METRICS)


def _figure_row(cf: CitedFigure) -> dict[str, Any]:
    fig = cf.figure
    when = dating(cf)
    cites = all_citations(cf)
    return {
        "claim": cf.claim_id,
        "metric": fig.metric,
        "subject": fig.subject.text or fig.subject.party or "",
        "scope": scope(fig),
        "value": value_text(fig.value, fig.unit),
        "interval": interval(fig.value, fig.unit).text(fig.unit),
        "projection": fig.projection,
        "period": (when.text() + (" (published)" if when.dated_by == "published" else "")) if when else "undated",
        "period_text": fig.as_of.text if fig.as_of else "",
        "sort": (when.end if when else dt.date.max, cf.claim_id),
        "source": source_label(fig.source),
        "via": " → ".join(r.name + (f" ({r.role})" if r.role else "") for r in fig.via),
        "place": fig.place or "",
        "sentence": fig.sentence,
        "citations": [
            {"article": c.article_id, "outlet": c.outlet or f"article {c.article_id}", "url": c.url, "published": c.published or "", "title": c.title or ""}
            for c in cites
        ],
    }


def _finding_view(f: Finding) -> dict[str, Any]:
    return {
        "kind": f.kind,
        "party": f.party,
        "metric": f.metric,
        "verdict": f.verdict,
        "detail": f.detail,
        "arithmetic": f.arithmetic,
        "claims": [_figure_row(cf) for cf in f.claims],
    }


def _hedge_rows() -> list[dict[str, str]]:
    rows = []
    for hedge, w in hedge_settings().items():
        below = f"{float(w.below) * 100:g}% under"
        above = "no ceiling" if w.above is None else f"{float(w.above) * 100:g}% over"
        rows.append({"hedge": hedge, "below": below, "above": above})
    return rows


def report_html(
    figures: Iterable[CitedFigure],
    party: str,
    as_known_on: dt.date | None = None,
    generated: dt.date | None = None,
) -> str:
    """The report for ``party`` as one HTML page."""
    pool = list(figures)
    if as_known_on is not None:
        pool = known_on(pool, as_known_on)
    mine = [cf for cf in pool if (cf.figure.subject.party or "").casefold() == party.casefold()]
    timelines: list[Timeline] = [build_timeline(mine, party, m) for m in metrics_of(mine, party)]
    findings = run_checks(mine, party)
    rows = sorted((_figure_row(cf) for cf in mine), key=lambda r: r["sort"])
    verdicts = Counter(f.verdict for f in findings)
    template = _env().get_template("report.html.j2")
    return template.render(
        party=party,
        generated=(generated or dt.date.today()).isoformat(),
        as_known_on=as_known_on.isoformat() if as_known_on else None,
        timelines=[
            {
                "metric": tl.metric,
                "svg": Markup(timeline_svg(tl)),
                "points": point_rows(tl),
                "envelope": envelope_rows(tl),
                "sources": len(tl.series),
                "undated": len(tl.undated),
            }
            for tl in timelines
        ],
        findings=[_finding_view(f) for f in findings],
        kinds=KINDS,
        verdicts=dict(verdicts),
        figures=rows,
        sources=len({r["source"] for r in rows}),
        articles=len({c["article"] for r in rows for c in r["citations"]}),
        hedges=_hedge_rows(),
        hedge_file=str(default_settings_path()),
        fmt_number=fmt_number,
    )


def write_report(
    figures: Iterable[CitedFigure],
    party: str,
    path: str | Path,
    as_known_on: dt.date | None = None,
    generated: dt.date | None = None,
) -> Path:
    """Write the report for ``party`` to ``path`` (its folder is made if missing)."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report_html(figures, party, as_known_on=as_known_on, generated=generated), encoding="utf-8")
    return out
