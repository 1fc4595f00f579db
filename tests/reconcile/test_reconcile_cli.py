"""The timeline, check and report commands, over a ledger of the hand-written North Korea articles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tolltrack.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args))


def test_timeline_json_shape(nk_ledger: str) -> None:
    result = run("timeline", "North Korea", "--format", "json", "--db", nk_ledger)
    assert result.exit_code == 0, result.output
    d = json.loads(result.stdout)
    assert (d["party"], d["metric"]) == ("North Korea", "casualties")
    by_source = {s["source"]: s for s in d["series"]}
    nis = by_source["National Intelligence Service"]
    assert [(p["low"], p["high"], p["hedge"]) for p in nis["points"]] == [
        (2700, 3300, "approx"), (4000, 6000, "at_least"), (4700, 4700, "exact")]
    point = nis["points"][0]
    assert point["as_of"] == {"start": "2025-01-13", "end": "2025-01-13"} and point["dated_by"] == "as_of"
    assert set(point["citations"][0]) == {"article", "outlet", "url", "published"}
    assert d["envelope"] and {"date", "low", "high"} <= set(d["envelope"][0])


def test_timeline_filters(nk_ledger: str) -> None:
    result = run("timeline", "North Korea", "--source", "Joint Chiefs", "--format", "json", "--db", nk_ledger)
    assert [s["source"] for s in json.loads(result.stdout)["series"]] == ["Joint Chiefs of Staff"]
    result = run("timeline", "North Korea", "--as-known-on", "2025-01-12", "--format", "json", "--db", nk_ledger)
    ends = [p["as_of"]["end"] for s in json.loads(result.stdout)["series"] for p in s["points"]]
    assert max(ends) == "2025-01-12"
    result = run("timeline", "North Korea", "--metric", "deployed", "--format", "json", "--db", nk_ledger)
    assert sorted(p["low"] for s in json.loads(result.stdout)["series"] for p in s["points"]) == [9900, 11000]


def test_timeline_table_and_csv(nk_ledger: str) -> None:
    result = run("timeline", "North Korea", "--db", nk_ledger)
    assert result.exit_code == 0
    assert "National Intelligence Service" in result.stdout and "4,000–6,000" in result.stdout
    result = run("timeline", "North Korea", "--format", "csv", "--db", nk_ledger)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 6 and {r["source"] for r in rows} >= {"Joint Chiefs of Staff (South Korea)"}


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_timeline_charts(nk_ledger: str, tmp_path: Path, fmt: str, magic: bytes) -> None:
    out = tmp_path / f"t.{fmt}"
    result = run("timeline", "North Korea", "--format", fmt, "--out", str(out), "--db", nk_ledger)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(magic)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "xml"], "--format: unknown format 'xml'"),
        (["--format", "png"], "--format png needs --out FILE"),
        (["--metric", "dead"], "--metric: unknown measure 'dead'"),
        (["--as-known-on", "March"], "--as-known-on: not an ISO date"),
    ],
)
def test_timeline_errors_are_one_line(nk_ledger: str, args: list[str], message: str) -> None:
    result = run("timeline", "North Korea", *args, "--db", nk_ledger)
    assert result.exit_code == 2
    assert message in result.stderr


def test_check_json_one_finding_a_line(nk_ledger: str) -> None:
    result = run("check", "North Korea", "--format", "json", "--db", nk_ledger)
    assert result.exit_code == 0, result.output
    findings = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(f["kind"], f["verdict"]) for f in findings] == [
        ("share_vs_count", "consistent"), ("share_vs_count", "consistent"), ("contradiction", "inconsistent")]
    for f in findings:
        assert {"kind", "party", "metric", "verdict", "detail", "claims"} <= set(f)
        for c in f["claims"]:
            assert {"source", "value", "sentence", "article"} <= set(c)
            assert c["sentence"] and c["article"]["outlet"]


def test_check_table_every_party(nk_ledger: str) -> None:
    result = run("check", "--db", nk_ledger)
    assert result.exit_code == 0
    assert "contradiction" in result.stdout and "share_vs_count" in result.stdout
    assert "3 findings: 2 consistent, 1 inconsistent" in result.stdout
    result = run("check", "Russia", "--db", nk_ledger)
    assert "no findings for Russia" in result.stdout


def test_report_writes_one_offline_page(nk_ledger: str, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = run("report", "North Korea", "--out", str(out), "--db", nk_ledger)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.count("<svg") >= 2  # casualties and deployed, at least
    assert "<script" not in html and "cdn" not in html.lower()
    assert "More than 4,000 North Korean soldiers had been killed or wounded by mid-March" in html
    assert "Pacific Daily" in html and "share vs count" in html


def test_report_needs_out(nk_ledger: str) -> None:
    result = run("report", "North Korea", "--db", nk_ledger)
    assert result.exit_code == 2


def test_timeline_table_to_a_file(nk_ledger: str, tmp_path: Path) -> None:
    out = tmp_path / "timeline.txt"
    result = run("timeline", "North Korea", "--out", str(out), "--db", nk_ledger)
    assert result.exit_code == 0 and result.stdout == ""
    assert "envelope" in out.read_text(encoding="utf-8")
    result = run("timeline", "North Korea", "--out", str(tmp_path / "nowhere" / "t.txt"), "--db", nk_ledger)
    assert result.exit_code == 2 and "no such directory" in result.stderr


def test_a_user_hedge_file_changes_the_ranges(nk_ledger: str, tmp_path: Path, monkeypatch) -> None:
    settings = tmp_path / "hedges.toml"
    settings.write_text("[approx]\nbelow = 0.2\nabove = 0.2\n", encoding="utf-8")
    monkeypatch.setenv("TOLLTRACK_HEDGE_INTERVALS", str(settings))
    result = run("timeline", "North Korea", "--source", "Joint Chiefs", "--format", "json", "--db", nk_ledger)
    [point] = json.loads(result.stdout)["series"][0]["points"]
    assert (point["low"], point["high"]) == (880, 1320)


@pytest.mark.parametrize("command", [["timeline", "North Korea"], ["check"], ["report", "North Korea", "--out", "r.html"]])
def test_bad_hedge_file_is_one_line(nk_ledger: str, tmp_path: Path, monkeypatch, command: list[str]) -> None:
    settings = tmp_path / "hedges.toml"
    settings.write_text("[approx]\nbelow = 2\n", encoding="utf-8")
    monkeypatch.setenv("TOLLTRACK_HEDGE_INTERVALS", str(settings))
    monkeypatch.chdir(tmp_path)
    result = run(*command, "--db", nk_ledger)
    assert result.exit_code == 2
    assert "below must be at most 1" in result.stderr and "Traceback" not in result.output
