"""The ``tolltrack`` command: a thin layer over the library.

Each command's section below is self-contained; errors reach the user as one
line naming the file and the problem, with a non-zero exit.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer
from rich.console import Console
from rich.table import Table

from tolltrack.articles import Article, parse_date, parse_plain_text
from tolltrack.extract import extract as extract_records
from tolltrack.records import Figure, Statement

if TYPE_CHECKING:
    from tolltrack.store import Ledger, Outcome

app = typer.Typer(
    help="Figures of the human cost of wars, read from the news as sourced records and reconciled.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()


@app.callback()
def _root() -> None:
    """Figures of the human cost of wars, read from the news as sourced records and reconciled."""

err_console = Console(stderr=True)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print one clear line to stderr and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def option_date(value: Optional[str], name: str) -> Optional[dt.date]:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise fail(f"{name}: {exc}")


def read_article_file(path: str) -> Article:
    """One article from a path or '-' (stdin), with a one-line error for anything unreadable."""
    if path == "-":
        data = sys.stdin.buffer.read()
        label = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise fail(f"{path}: no such file")
        if p.is_dir():
            raise fail(f"{path}: is a directory, not an article file")
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise fail(f"{path}: cannot read: {exc.strerror or exc}")
        label = path
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(f"{label}: not UTF-8 text (bad byte at offset {exc.start})")
    if not raw.strip():
        raise fail(f"{label}: empty file, no article text")
    try:
        return parse_plain_text(raw, path=label)
    except ValueError as exc:
        raise fail(f"{label}: {exc}")


# --- extract ---------------------------------------------------------------


def _value_text(f: Figure) -> str:
    from tolltrack.reconcile.intervals import value_text  # the one way values are written, as in the reports

    return value_text(f.value, f.unit)


def figures_table(records: list, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, expand=False)
    for col in ("metric", "party", "role", "value", "as of", "place", "source", "via"):
        table.add_column(col, overflow="fold")
    for r in records:
        if not isinstance(r, Figure):
            continue
        period = ""
        if r.as_of:
            period = f"{r.as_of.start or '?'}…{r.as_of.end or '?'}" if (r.as_of.start or r.as_of.end) else r.as_of.text
        table.add_row(
            r.metric + (" (projection)" if r.projection else ""),
            r.subject.party or "—",
            r.subject.role,
            _value_text(r),
            period,
            r.place or "",
            r.source.name if r.source else "—",
            " → ".join(v.name for v in r.via),
        )
    return table


@app.command()
def extract(
    path: str = typer.Argument(..., help="An article file (plain text, optional front matter), or - for stdin."),
    published: Optional[str] = typer.Option(None, help="Publication date, YYYY-MM-DD (overrides the front matter)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON Lines, one claim record a line."),
) -> None:
    """Print the claim records of one article.

    Example: tolltrack extract story.txt --published 2025-03-27 --json
    """
    article = read_article_file(path)
    pub = option_date(published, "--published") or article.published
    records = extract_records(article.text, published=pub)
    if as_json:
        out = sys.stdout
        for r in records:
            out.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        return
    console.print(figures_table(records, title=f"{path} — figures"))
    statements = [r for r in records if isinstance(r, Statement)]
    if statements:
        t = Table(title="statements")
        for col in ("speaker", "quote", "text"):
            t.add_column(col, overflow="fold")
        for s in statements:
            t.add_row(s.speaker.name if s.speaker else "—", "yes" if s.quote else "reported", s.text)
        console.print(t)


# --- ledger ----------------------------------------------------------------


def open_ledger(db: Optional[str]) -> "Ledger":
    """The ledger at ``db`` (or $TOLLTRACK_DB, or ./tolltrack.db), with a one-line error when it cannot be opened."""
    from sqlalchemy.exc import SQLAlchemyError

    from tolltrack.store import Ledger, LedgerURLError

    try:
        return Ledger(db)
    except LedgerURLError as exc:
        raise fail(f"--db: {exc}")
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        raise fail(f"{db or 'the ledger'}: cannot open the database: {reason}")


DB_OPTION = typer.Option(None, "--db", help="Database URL or SQLite file (default: $TOLLTRACK_DB, else ./tolltrack.db).")


@app.command()
def ingest(
    paths: list[str] = typer.Argument(..., help="Files or directories: .txt/.md, .html, .jsonl, .csv, .rss/.atom/.xml."),
    db: Optional[str] = DB_OPTION,
    published: Optional[str] = typer.Option(None, help="Publication date, YYYY-MM-DD, for articles that give none."),
    outlet: Optional[str] = typer.Option(None, help="Outlet name for articles that give none."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary; failures are still printed."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
) -> None:
    """Read articles, extract their claims and store them, once each.

    Exits 1 when any file or item failed; the rest are stored.

    Example: tolltrack ingest reports/ wire.jsonl --db sqlite:///war.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from tolltrack.ingest import expand

    pub = option_date(published, "--published")
    ledger = open_ledger(db)
    total = sum(1 for _ in expand(paths))
    seen: set[str] = set()
    counts = {"stored": 0, "near_duplicate": 0, "duplicate": 0, "failed": 0}
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
               TimeElapsedColumn(), TextColumn("{task.fields[tally]}"))
    with Progress(*columns, console=err_console, transient=True, disable=quiet) as bar:
        task = bar.add_task("ingesting", total=total, tally="")

        def on_item(outcome: "Outcome") -> None:
            seen.add(outcome.file or outcome.label)
            counts[outcome.status] += 1
            tally = " · ".join(f"{v} {k.replace('_', '-')}" for k, v in counts.items() if v)
            bar.update(task, completed=max(len(seen) - 1, 0), tally=tally)

        try:
            summary = ledger.ingest(paths, published=pub, outlet=outlet, on_item=on_item)
        finally:
            ledger.close()
        bar.update(task, completed=total)
    for failure in summary.failed:
        err_console.print(f"[bold red]error:[/] {failure.path}: {failure.reason}", highlight=False, soft_wrap=True)
    if as_json:
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    elif not quiet:
        console.print(
            f"read {summary.read} · stored {summary.stored} · near-duplicate {summary.near_duplicate} · "
            f"duplicate {summary.duplicate} · failed {len(summary.failed)} · "
            f"new claims {summary.claims} · citations {summary.citations}",
            highlight=False,
            soft_wrap=True,
        )
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def claims(
    party: Optional[str] = typer.Option(None, help="Counted party (a statement's source's party), e.g. Ukraine."),
    metric: Optional[str] = typer.Option(None, help="killed, wounded, casualties, missing, captured, deployed, …"),
    source: Optional[str] = typer.Option(None, help="Any part of the source's name, e.g. ministry."),
    since: Optional[str] = typer.Option(None, help="Claims whose period (as of, else publication) reaches this date or later."),
    until: Optional[str] = typer.Option(None, help="Claims whose period starts on or before this date."),
    format: str = typer.Option("table", "--format", "-f", help="table, json (one record a line) or csv."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """List stored claims, with their articles and how many articles carried them.

    Example: tolltrack claims --party Ukraine --metric killed --format json
    """
    from tolltrack.store.exports import claims_frame

    if format not in ("table", "json", "csv"):
        raise fail(f"--format: unknown format {format!r}: use table, json or csv")
    filters = dict(party=party, metric=metric, source=source,
                   since=option_date(since, "--since"), until=option_date(until, "--until"))
    ledger = open_ledger(db)
    try:
        rows = ledger.stored_claims(**filters)
    finally:
        ledger.close()
    if format == "json":
        for c in rows:
            sys.stdout.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
        return
    if format == "csv":
        claims_frame(rows).to_csv(sys.stdout, index=False)
        return
    table = Table(title=f"{len(rows)} claims")
    for col in ("id", "metric", "party", "value", "as of", "source", "outlet", "published", "cited"):
        table.add_column(col, overflow="fold", no_wrap=col in ("id", "metric", "published", "cited"))
    for c in rows:
        r = c.record
        if isinstance(r, Figure):
            period = f"{r.as_of.start or '?'}…{r.as_of.end or '?'}" if r.as_of and (r.as_of.start or r.as_of.end) else ""
            cells = (r.metric, r.subject.party or "—", _value_text(r), period)
        else:
            quote = f"“{r.text[:60]}…”" if len(r.text) > 60 else f"“{r.text}”"
            cells = ("statement", r.source.party if r.source and r.source.party else "—", quote, "")
        table.add_row(str(c.id), *cells, r.source.name if r.source else "—", c.outlet or "",
                      c.published.isoformat() if c.published else "", str(c.citations))
    console.print(table)


@app.command()
def articles(
    db: Optional[str] = DB_OPTION,
    as_json: bool = typer.Option(False, "--json", help="One JSON object an article, a line each."),
) -> None:
    """List stored articles, with their claims and the reprints in each story's cluster.

    Example: tolltrack articles --db war.db
    """
    ledger = open_ledger(db)
    try:
        rows = ledger.articles()
    finally:
        ledger.close()
    if as_json:
        for a in rows:
            sys.stdout.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} articles")
    for col in ("id", "published", "outlet", "title", "claims", "cluster"):
        table.add_column(col, overflow="fold")
    for a in rows:
        cluster = f"reprint of {a.duplicate_of} ({a.similarity:.2f})" if a.duplicate_of else f"story {a.cluster_id}"
        table.add_row(str(a.id), a.published.isoformat() if a.published else "", a.outlet or "",
                      a.title or (a.body[:60] + "…"), str(a.claims), cluster)
    console.print(table)


@app.command()
def export(
    out: Path = typer.Argument(..., help="File to write."),
    format: str = typer.Option(..., "--format", "-f", help="csv, jsonl or parquet."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Write every stored claim to a file, one row (or line) a claim.

    Example: tolltrack export --format parquet claims.parquet
    """
    from tolltrack.store.ledger import EXPORT_FORMATS

    if format not in EXPORT_FORMATS:
        raise fail(f"--format: unknown format {format!r}: use csv, jsonl or parquet")
    if not out.parent.is_dir():
        raise fail(f"{out}: no such directory {out.parent}")
    ledger = open_ledger(db)
    try:
        n = ledger.export(format, out)
    except OSError as exc:
        raise fail(f"{out}: cannot write: {exc.strerror or exc}")
    finally:
        ledger.close()
    err_console.print(f"wrote {n} claims to {out}", highlight=False)


@app.command("eval")
def eval_(
    directory: Path = typer.Argument(..., help="A directory of articles (*.txt) with gold records (*.gold.jsonl) beside them."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as one JSON object."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="List every miss, false alarm and wrong field."),
) -> None:
    """Score the extractor against gold annotations.

    Example: tolltrack eval gold/ --verbose
    """
    from tolltrack.evaluate import evaluate

    if not directory.exists():
        raise fail(f"{directory}: no such directory")
    if not directory.is_dir():
        raise fail(f"{directory}: not a directory")
    try:
        score = evaluate(directory)
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(str(exc))
    if score.articles == 0:
        raise fail(f"{directory}: no articles with gold (*.txt beside *.gold.jsonl)")
    summary = score.summary()
    if as_json:
        if verbose:
            summary["problems"] = [{k: v for k, v in p.items() if k != "record"} for p in score.problems]
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    if verbose:
        for p in score.problems:
            detail = ", ".join(f"{k}={v}" for k, v in p.items() if k not in ("file", "kind", "record"))
            console.print(f"[dim]{p['file']}[/] [bold]{p['kind']}[/] {detail}", highlight=False, soft_wrap=True)
    f, m, st = summary["figures"], summary["matched_figures"], summary["statements"]
    t = Table(title=f"{summary['articles']} articles, {summary['gold_figures']} gold figures, {summary['gold_statements']} gold statements")
    t.add_column("measure")
    t.add_column("score", justify="right")
    for name, value in (
        ("figure precision", f["precision"]), ("figure recall", f["recall"]), ("figure F1", f["f1"]),
        ("as_of accuracy", m["as_of"]), ("source accuracy", m["source"]), ("via accuracy", m["via"]),
        ("place accuracy", m["place"]), ("statement speaker F1", st["speaker_f1"]),
    ):
        t.add_row(name, f"{value:.3f}")
    console.print(t)


# --- reconcile ---------------------------------------------------------------


TIMELINE_FORMATS = ("table", "json", "csv", "png", "svg")


def _ledger_figures(db: Optional[str], **filters: object) -> list:
    """The ledger's cited figures (``Ledger.cited_figures``) for the given filters."""
    ledger = open_ledger(db)
    try:
        return ledger.cited_figures(**filters)
    finally:
        ledger.close()


def _check_metric(metric: Optional[str]) -> None:
    from tolltrack.records import METRICS

    if metric is not None and metric not in METRICS:
        raise fail(f"--metric: unknown measure {metric!r}: use {', '.join(METRICS)}")


def _emit(data: str | bytes, out: Optional[Path]) -> None:
    """Write to ``out``, or to stdout when there is none."""
    if out is None:
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        return
    if not out.parent.is_dir():
        raise fail(f"{out}: no such directory {out.parent}")
    try:
        if isinstance(data, bytes):
            out.write_bytes(data)
        else:
            out.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise fail(f"{out}: cannot write: {exc.strerror or exc}")
    err_console.print(f"wrote {out}", highlight=False)


@app.command()
def timeline(
    party: str = typer.Argument(..., help="The party whose people were counted, e.g. 'North Korea'."),
    metric: Optional[str] = typer.Option(None, "--metric", "-m", help="killed, wounded, casualties, … (default: casualties if any, else the party's most counted)."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only this source's series (any part of its name)."),
    as_known_on: Optional[str] = typer.Option(None, "--as-known-on", help="Only what was published by this date, YYYY-MM-DD."),
    format: str = typer.Option("table", "--format", "-f", help="table, json, csv, png or svg."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (needed for png and svg)."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """How each source's figure for a party moved over time, each point a range from its hedge.

    Example: tolltrack timeline "North Korea" --metric casualties --format json
    """
    from tolltrack.reconcile import HedgeSettingsError, build_timeline

    if format not in TIMELINE_FORMATS:
        raise fail(f"--format: unknown format {format!r}: use {', '.join(TIMELINE_FORMATS)}")
    if format in ("png", "svg") and out is None:
        raise fail(f"--format {format} needs --out FILE")
    _check_metric(metric)
    day = option_date(as_known_on, "--as-known-on")
    figures = _ledger_figures(db, party=party, metric=metric, source=source, known_on=day)
    try:
        tl = build_timeline(figures, party, metric, source=source, as_known_on=day)
        if format in ("png", "svg"):
            from tolltrack.reconcile.charts import chart_bytes

            _emit(chart_bytes(tl, format), out)
            return
    except HedgeSettingsError as exc:
        raise fail(str(exc))
    if not tl.series:
        err_console.print(f"no dated {tl.metric} figures for {party}", highlight=False)
    if format == "json":
        _emit(json.dumps(tl.to_dict(), ensure_ascii=False, indent=2) + "\n", out)
        return
    if format == "csv":
        from tolltrack.reconcile.timeline import timeline_csv

        _emit(timeline_csv(tl), out)
        return
    import io

    from tolltrack.reconcile.tables import timeline_tables

    buf = io.StringIO()
    target = Console(file=buf, width=160) if out else console
    for table in timeline_tables(tl):
        target.print(table)
    if out:
        _emit(buf.getvalue(), out)


@app.command()
def check(
    party: Optional[str] = typer.Argument(None, help="Only this party's figures (default: every party)."),
    format: str = typer.Option("table", "--format", "-f", help="table, or json (one finding a line)."),
    as_known_on: Optional[str] = typer.Option(None, "--as-known-on", help="Only what was published by this date, YYYY-MM-DD."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Find figures that do not add up: subtotals above totals, losses above the force, shares against counts,
    running totals that fall, and sources that contradict each other.

    Example: tolltrack check "North Korea" --format json
    """
    from tolltrack.reconcile import HedgeSettingsError, run_checks
    from tolltrack.reconcile.tables import finding_table, findings_summary

    if format not in ("table", "json"):
        raise fail(f"--format: unknown format {format!r}: use table or json")
    day = option_date(as_known_on, "--as-known-on")
    figures = _ledger_figures(db, party=party, known_on=day)
    try:
        findings = run_checks(figures, party, as_known_on=day)
    except HedgeSettingsError as exc:
        raise fail(str(exc))
    if format == "json":
        for f in findings:
            sys.stdout.write(json.dumps(f.to_dict(), ensure_ascii=False) + "\n")
        return
    if not findings:
        console.print(f"no findings{' for ' + party if party else ''}: the figures add up within their hedges", highlight=False)
        return
    for f in findings:
        console.print(finding_table(f))
        console.print()
    console.print(findings_summary(findings), highlight=False)


@app.command()
def report(
    party: str = typer.Argument(..., help="The party whose figures to report, e.g. 'North Korea'."),
    out: Path = typer.Option(..., "--out", "-o", help="The HTML file to write."),
    as_known_on: Optional[str] = typer.Option(None, "--as-known-on", help="Only what was published by this date, YYYY-MM-DD."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Write one HTML page for a party: timelines as charts, the checks, every figure with its sentence and outlet.

    The page is self-contained (inline SVG and styles, no scripts): it opens offline.

    Example: tolltrack report "North Korea" --out out/report-north-korea.html
    """
    from tolltrack.reconcile import HedgeSettingsError
    from tolltrack.reconcile.report import report_html

    day = option_date(as_known_on, "--as-known-on")
    figures = _ledger_figures(db, party=party, known_on=day)
    if not figures:
        err_console.print(f"no figures for {party} in the ledger", highlight=False)
    try:
        html = report_html(figures, party, as_known_on=day)
    except HedgeSettingsError as exc:
        raise fail(str(exc))
    _emit(html, out)


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
