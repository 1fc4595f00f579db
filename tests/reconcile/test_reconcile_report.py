"""Charts and the HTML report: offline, escaped, and carrying every figure with its sentence and outlet."""

from __future__ import annotations

import datetime as dt
import re

from tolltrack.reconcile.charts import chart_bytes, timeline_svg, write_chart
from tolltrack.reconcile.report import metrics_of, report_html, safe_url, write_report
from tolltrack.reconcile.timeline import build_timeline
from tolltrack.records import Source

from . import north_korea
from .build import cited

EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["'](?!#|https://[a-z-]+\.example/)""", re.IGNORECASE)


def test_svg_is_inline_and_self_contained() -> None:
    svg = timeline_svg(build_timeline(north_korea.figures(), "North Korea"))
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "<script" not in svg and not EXTERNAL.search(svg)
    assert "<?xml" not in svg and "<!DOCTYPE" not in svg


def test_charts_are_the_same_each_time() -> None:
    tl = build_timeline(north_korea.figures(), "North Korea")
    assert chart_bytes(tl, "svg") == chart_bytes(tl, "svg")


def test_chart_of_an_open_ended_figure_and_of_nothing(tmp_path) -> None:
    tl = build_timeline([cited(1, "killed", ("at_least", 500, None), party="Sudan", source="Kyiv", no_period=True)], "Sudan", "killed")
    assert write_chart(tl, tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    empty = build_timeline([], "Sudan", "killed")
    assert "<svg" in timeline_svg(empty)


def test_report_holds_charts_checks_and_every_figure() -> None:
    html = report_html(north_korea.figures(), "North Korea", generated=dt.date(2025, 5, 1))
    assert "<script" not in html and not EXTERNAL.search(html)
    assert html.count("<svg") == len(metrics_of(north_korea.figures(), "North Korea"))
    for cf in north_korea.figures():
        assert cf.figure.sentence.replace("'", "&#39;") in html
    for outlet in ("Harbour Wire", "Seoul Ledger", "Kyiv Courier", "Pacific Daily"):
        assert outlet in html
    assert "share vs count" in html and "contradiction" in html
    assert "30% × 11,000 = 3,300" in html
    assert "Report written 2025-05-01" in html


def test_report_escapes_what_articles_say() -> None:
    evil = cited(1, "killed", ("exact", 5, 5), party="Sudan", sentence="<script>alert(1)</script> five died",
                 source=Source("<b>Ministry</b>", "Sudan", "government"), outlet="<i>Wire</i>")
    html = report_html([evil], "Sudan", generated=dt.date(2025, 5, 1))
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; five died" in html
    assert "<b>Ministry</b>" not in html and "<i>Wire</i>" not in html


def test_only_web_addresses_become_links() -> None:
    assert safe_url("https://wire.example/a") == "https://wire.example/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url(None) is None


def test_report_for_a_party_without_figures(tmp_path) -> None:
    out = write_report([], "Chad", tmp_path / "deep" / "r.html", generated=dt.date(2025, 5, 1))
    html = out.read_text(encoding="utf-8")
    assert "No dated counts for Chad" in html and "No findings" in html
