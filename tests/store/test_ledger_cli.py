"""The ledger's commands: ingest, claims, articles, export, driven through the CLI as a user would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from rich.console import Console
from typer.testing import CliRunner

from tolltrack import cli
from tolltrack.store import ledger as ledger_module

from ledger_helpers import rule_extractor

runner = CliRunner()


@pytest.fixture(autouse=True)
def rule_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands extract with the tests' rule extractor, so their figures are known."""
    monkeypatch.setattr(ledger_module, "_default_extractor", rule_extractor)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(
        "---\ntitle: Losses\noutlet: Daily Post\npublished: 2031-02-03\n---\n"
        "The ministry said 500 soldiers were killed. The United Nations said 3,000 people were displaced.\n",
        encoding="utf-8",
    )
    (d / "sub" / "b.jsonl").write_text(
        json.dumps({"text": "The army said 20 fighters were captured.", "outlet": "Wire", "published": "2031-02-07"})
        + "\n" + json.dumps({"text": "Undated: the army said 7 soldiers were wounded."}) + "\n",
        encoding="utf-8",
    )
    return d


def invoke(*args: str) -> Any:
    return runner.invoke(cli.app, list(args))


def test_ingest_then_read_back(ledger_url: str, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "console", Console(width=160))
    result = invoke("ingest", str(corpus), "--db", ledger_url, "--json", "--published", "2031-01-01")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary == {"read": 3, "stored": 3, "near_duplicate": 0, "duplicate": 0, "claims": 4, "citations": 4,
                       "failed": []}

    again = invoke("ingest", str(corpus), "--db", ledger_url, "--quiet")
    assert again.exit_code == 0 and again.stdout == ""

    table = invoke("claims", "--db", ledger_url)
    assert table.exit_code == 0 and "4 claims" in table.stdout and "Ministry" in table.stdout

    lines = invoke("claims", "--db", ledger_url, "--format", "json", "--party", "Sudan", "--metric", "killed")
    (record,) = [json.loads(x) for x in lines.stdout.splitlines()]
    assert record["value"] == {"low": 500, "high": 500, "hedge": "exact"}
    assert record["article"]["outlet"] == "Daily Post" and record["citations"] == 1

    undated = invoke("claims", "--db", ledger_url, "--format", "json", "--until", "2031-01-01")
    assert [json.loads(x)["metric"] for x in undated.stdout.splitlines()] == ["wounded"]  # given --published

    csv = invoke("claims", "--db", ledger_url, "--format", "csv", "--source", "army", "--since", "2031-02-05")
    assert csv.exit_code == 0
    assert csv.stdout.splitlines()[0].startswith("claim_id,kind,metric,party")
    assert len(csv.stdout.splitlines()) == 2

    arts = invoke("articles", "--db", ledger_url, "--json")
    assert [json.loads(x)["outlet"] for x in arts.stdout.splitlines()] == ["Daily Post", "Wire", None]
    assert "3 articles" in invoke("articles", "--db", ledger_url).stdout

    out = tmp_path / "claims.parquet"
    exported = invoke("export", "--format", "parquet", str(out), "--db", ledger_url)
    assert exported.exit_code == 0, exported.output
    assert len(pd.read_parquet(out)) == 4


def test_failures_are_one_line_each_and_exit_non_zero(tmp_path: Path, corpus: Path) -> None:
    db = str(tmp_path / "l.db")
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\xfd")
    result = invoke("ingest", str(corpus), str(tmp_path / "missing"), "--db", db)
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert errors == [
        f"error: {corpus / 'bad.txt'}: not UTF-8 text (bad byte at offset 0)",
        f"error: {tmp_path / 'missing'}: no such file or directory",
    ]
    assert "stored 3" in result.stdout and "failed 2" in result.stdout


@pytest.mark.parametrize(
    "args,message",
    [
        (["claims", "--db", "mysql://x/y"], "error: --db: unsupported database 'mysql'"),
        (["claims", "--db", "/no/such/dir/l.db"], "error: --db: no such directory for the ledger: /no/such/dir"),
        (["claims", "--db", "postgresql://nobody@127.0.0.1:1/x"], "cannot open the database"),
        (["claims", "--since", "yesterday"], "error: --since: not an ISO date"),
        (["claims", "--format", "xml"], "error: --format: unknown format 'xml'"),
        (["export", "--format", "xlsx", "out.xlsx"], "error: --format: unknown format 'xlsx'"),
        (["export", "--format", "csv", "/no/such/dir/out.csv"], "error: /no/such/dir/out.csv: no such directory"),
        (["ingest", "x", "--published", "3 Feb"], "error: --published: not an ISO date"),
    ],
)
def test_errors_are_one_clear_line(args: list[str], message: str, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke(*args)
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_the_default_database_is_tolltrack_db_or_the_environment(tmp_path: Path, corpus: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TOLLTRACK_DB", raising=False)
    assert invoke("ingest", str(corpus), "--quiet").exit_code == 0
    assert (tmp_path / "tolltrack.db").exists()
    monkeypatch.setenv("TOLLTRACK_DB", str(tmp_path / "other.db"))
    assert invoke("ingest", str(corpus / "a.txt"), "--quiet").exit_code == 0
    assert "1 articles" in invoke("articles").stdout
