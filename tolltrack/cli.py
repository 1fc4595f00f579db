"""The ``tolltrack`` command: a thin layer over the library.

Each command's section below is self-contained; errors reach the user as one
line naming the file and the problem, with a non-zero exit.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from tolltrack.articles import Article, parse_date, parse_plain_text
from tolltrack.extract import extract as extract_records
from tolltrack.records import Figure, Statement

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
    v = f.value
    suffix = "%" if f.unit == "percent" else ""
    fmt = (lambda n: f"{n:,}{suffix}" if isinstance(n, int) else f"{n}{suffix}")
    if v.hedge == "range":
        return f"{fmt(v.low)}–{fmt(v.high)}"
    if v.hedge == "at_least":
        return f"≥ {fmt(v.low)}"
    if v.hedge == "at_most":
        return f"≤ {fmt(v.high)}"
    if v.hedge == "approx":
        return f"~{fmt(v.low)}"
    return fmt(v.low)


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


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
