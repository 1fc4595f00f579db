"""``tolltrack extract``: records of one article on stdout; one clear line on stderr and a non-zero exit for
anything that is not an article (issue 2, items 2 and 6)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tolltrack.cli import app

from .test_records import FIGURE_KEYS, FIGURE_OPTIONAL_KEYS, STATEMENT_KEYS

runner = CliRunner()

ARTICLE = """---
title: About 300 North Korean soldiers killed in Kursk, spy agency says
outlet: Harbour Wire
published: 2025-03-27
---
SEOUL, March 27 -- About 300 North Korean soldiers have been killed and 2,700 wounded in Kursk, \
South Korea's National Intelligence Service told lawmakers last week.
"They are being used as cannon fodder," Rep. Lee Seong-kweun said.
"""


def invoke(*args: str, stdin: bytes | str | None = None):
    return runner.invoke(app, list(args), input=stdin, env={"COLUMNS": "160"})


def assert_one_line_error(result, name: str) -> None:
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    p = tmp_path / "nis.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


# --- errors -------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = str(tmp_path / "no-such-article.txt")
    assert_one_line_error(invoke("extract", path), path)


def test_directory(tmp_path: Path) -> None:
    assert_one_line_error(invoke("extract", str(tmp_path)), str(tmp_path))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf"], ids=["empty", "blank", "bom-only"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    assert_one_line_error(invoke("extract", str(p)), str(p))


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00\x00", "Malmö: 12 soldiers were killed.".encode("latin-1"), b"About 12 soldiers\x80 were killed.",
     "12 soldiers were killed.".encode("utf-16")],
    ids=["junk", "latin-1", "stray-continuation-byte", "utf-16"],
)
def test_not_utf8(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "legacy.txt"
    p.write_bytes(content)
    assert_one_line_error(invoke("extract", str(p)), str(p))


def test_empty_stdin() -> None:
    result = invoke("extract", "-", stdin=b"")
    assert_one_line_error(result, "stdin")


def test_not_utf8_on_stdin() -> None:
    assert_one_line_error(invoke("extract", "-", stdin=b"\xff\xfe 12 soldiers"), "stdin")


def test_bad_publication_date(article: Path) -> None:
    result = invoke("extract", str(article), "--published", "27/03/2025")
    assert result.exit_code != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "--published" in result.stderr


# --- output -----------------------------------------------------------------------


def json_lines(stdout: str) -> list[dict]:
    lines = stdout.splitlines()
    assert lines, "no records printed"
    return [json.loads(line) for line in lines]


def test_json_lines_have_the_schema_keys(article: Path) -> None:
    result = invoke("extract", str(article), "--json")
    assert result.exit_code == 0, result.stderr
    records = json_lines(result.stdout)
    kinds = {r["kind"] for r in records}
    assert kinds == {"figure", "statement"}
    for r in records:
        if r["kind"] == "figure":
            assert FIGURE_KEYS <= set(r) <= FIGURE_KEYS | FIGURE_OPTIONAL_KEYS
        else:
            assert set(r) == STATEMENT_KEYS


def test_json_uses_the_front_matter_date_and_title(article: Path) -> None:
    records = json_lines(invoke("extract", str(article), "--json").stdout)
    killed = [r for r in records if r["kind"] == "figure" and r["metric"] == "killed"]
    assert [r["value"]["low"] for r in killed] == [300]
    # last week, from Thursday 27 March 2025
    assert (killed[0]["as_of"]["start"], killed[0]["as_of"]["end"]) == ("2025-03-17", "2025-03-23")
    # the headline's figure is the same figure: one record, the headline's span first
    assert len(killed[0]["spans"]) == 2
    assert killed[0]["spans"][0][0] < killed[0]["spans"][1][0]


def test_published_option_overrides_the_front_matter(article: Path) -> None:
    records = json_lines(invoke("extract", str(article), "--json", "--published", "2025-04-10").stdout)
    killed = [r for r in records if r["kind"] == "figure" and r["metric"] == "killed"]
    assert (killed[0]["as_of"]["start"], killed[0]["as_of"]["end"]) == ("2025-03-31", "2025-04-06")


def test_stdin() -> None:
    text = "About 12 soldiers were killed on Monday, the defence ministry said."
    result = invoke("extract", "-", "--published", "2025-03-27", "--json", stdin=text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    (r,) = json_lines(result.stdout)
    assert (r["metric"], r["value"]["low"], r["as_of"]["start"]) == ("killed", 12, "2025-03-24")
    assert text[r["span"][0] : r["span"][1]] == "12"


def test_utf8_byte_order_mark_is_skipped(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    text = "About 12 soldiers were killed, the defence ministry said."
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (r,) = json_lines(invoke("extract", str(p), "--json").stdout)
    assert text[r["span"][0] : r["span"][1]] == "12"


def test_table_output(article: Path) -> None:
    result = invoke("extract", str(article))
    assert result.exit_code == 0, result.stderr
    assert "killed" in result.stdout and "North Korea" in result.stdout
    assert "cannon fodder" in result.stdout


def test_article_without_figures_prints_nothing_in_json(tmp_path: Path) -> None:
    p = tmp_path / "calm.txt"
    p.write_text("Heavy rain fell over the capital on Tuesday.\n", encoding="utf-8")
    result = invoke("extract", str(p), "--json")
    assert result.exit_code == 0
    assert result.stdout == ""


# --- the installed command, as a real process --------------------------------------------


def tolltrack(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).with_name("tolltrack")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tolltrack.cli"]
    env = dict(os.environ, COLUMNS="80")
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, timeout=120, env=env)


def test_process_reads_stdin_and_writes_json_lines() -> None:
    text = "More than 1,200 soldiers were killed or wounded, the ministry said. About 300 people fled.\n"
    proc = tolltrack("extract", "-", "--json", stdin=text.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [(r["metric"], r["value"]["low"]) for r in records] == [("casualties", 1200), ("displaced", 300)]


def test_process_error_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "with a long name that would wrap on a narrow terminal" / "article-that-does-not-exist.txt"
    proc = tolltrack("extract", str(p))
    assert proc.returncode != 0
    assert proc.stdout == b""
    lines = proc.stderr.decode("utf-8").strip().splitlines()
    assert len(lines) == 1 and str(p) in lines[0]
