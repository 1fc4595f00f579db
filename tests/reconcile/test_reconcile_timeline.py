"""Timelines: series per normalised source, ordering, dating, revisions, reprints, the envelope, the output shapes."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tolltrack.reconcile.timeline import build_timeline, default_metric, envelope_rows, point_rows, timeline_csv
from tolltrack.records import Source

from .build import cited

D = dt.date.fromisoformat


def test_series_per_normalised_source_in_period_order() -> None:
    figs = [
        cited(3, "casualties", ("exact", 4700, 4700), published="2025-04-30"),
        cited(1, "casualties", ("approx", 3000, 3000), published="2025-01-13",
              source=Source("the National Intelligence  Service", "South Korea", "intelligence")),
        cited(2, "casualties", ("at_least", 4000, None), published="2025-03-27", start="2025-03-11", end="2025-03-20",
              as_of_text="by mid-March"),
        cited(4, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
    ]
    tl = build_timeline(figs, "North Korea")
    assert [s.label for s in tl.series] == ["Joint Chiefs of Staff (South Korea)", "National Intelligence Service (South Korea)"]
    nis = tl.series[1]
    assert [p.claim_ids for p in nis.points] == [[1], [2], [3]]
    assert [(p.interval.low, p.interval.high) for p in nis.points] == [(2700, 3300), (4000, 6000), (4700, 4700)]


def test_ordered_by_the_period_described_not_the_publication() -> None:
    figs = [
        cited(1, "killed", ("exact", 50, 50), party="Ukraine", source="Kyiv", published="2025-02-01",
              start="2025-01-01", end="2025-01-10", as_of_text="in early January"),
        cited(2, "killed", ("exact", 80, 80), party="Ukraine", source="Kyiv", published="2025-01-25",
              start="2025-01-21", end="2025-01-24"),
    ]
    tl = build_timeline(figs, "Ukraine", "killed")
    assert [p.claim_ids[0] for p in tl.series[0].points] == [1, 2]


def test_publication_date_stands_in_and_says_so() -> None:
    tl = build_timeline([cited(1, "casualties", ("approx", 3000, 3000), no_period=True, published="2025-01-13")], "North Korea")
    point = tl.to_dict()["series"][0]["points"][0]
    assert point["dated_by"] == "published"
    assert point["as_of"] == {"start": None, "end": "2025-01-13"}


def test_undated_figures_are_kept_aside() -> None:
    tl = build_timeline([cited(1, "casualties", ("approx", 3000, 3000), no_period=True, published=None)], "North Korea")
    assert tl.series == () and [cf.claim_id for cf in tl.undated] == [1]


def test_the_same_figure_in_several_stories_is_one_point_with_all_its_articles() -> None:
    figs = [
        cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23", outlet="Seoul Ledger",
              reprints=((11, "Pacific Daily", "2024-12-24"),)),
        cited(2, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23", outlet="Harbour Wire"),
    ]
    [series] = build_timeline(figs, "North Korea").series
    [point] = series.points
    assert point.claim_ids == [1, 2]
    assert [c["outlet"] for c in point.to_dict()["citations"]] == ["Seoul Ledger", "Pacific Daily", "Harbour Wire"]


def test_a_later_figure_for_the_same_period_is_a_revision() -> None:
    figs = [
        cited(1, "killed", ("exact", 120, 120), party="Ukraine", source="Kyiv", published="2025-01-06",
              start="2025-01-05", end="2025-01-05"),
        cited(2, "killed", ("exact", 134, 134), party="Ukraine", source="Kyiv", published="2025-01-08",
              start="2025-01-05", end="2025-01-05"),
        cited(3, "killed", ("exact", 20, 20), party="Ukraine", source="Kyiv", published="2025-01-07",
              start="2025-01-06", end="2025-01-06"),
    ]
    points = build_timeline(figs, "Ukraine", "killed").series[0].points
    assert {p.claim_ids[0]: p.revises for p in points} == {1: (), 2: (1,), 3: ()}


def test_scopes_are_separate_series() -> None:
    figs = [
        cited(1, "killed", ("at_least", 40000, None), party="Palestine", source="Kyiv", role="unknown", subject="Palestinians"),
        cited(2, "killed", ("exact", 310, 310), party="Palestine", source="Kyiv", role="civilian", subject="children"),
    ]
    tl = build_timeline(figs, "Palestine", "killed")
    assert [(s.subject, s.label) for s in tl.series] == [("", "Government of Ukraine"), ("children", "Government of Ukraine — children")]
    assert {e.subject for e in tl.envelope} == {"", "children"}


def test_filters_projections_shares_parties_sources_and_what_was_known() -> None:
    figs = [
        cited(1, "casualties", ("approx", 3000, 3000), published="2025-01-13"),
        cited(2, "casualties", ("at_least", 10000, None), published="2025-01-13", projection=True),
        cited(3, "casualties", ("approx", 30, 30), unit="percent", published="2025-01-14"),
        cited(4, "casualties", ("approx", 100, 100), party="Russia", published="2025-01-13"),
        cited(5, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
        cited(6, "casualties", ("exact", 4700, 4700), published="2025-04-30"),
    ]
    ids = lambda tl: sorted(i for s in tl.series for p in s.points for i in p.claim_ids)
    assert ids(build_timeline(figs, "North Korea")) == [1, 5, 6]
    assert ids(build_timeline(figs, "north korea", source="joint chiefs")) == [5]
    assert ids(build_timeline(figs, "North Korea", as_known_on=D("2025-01-31"))) == [1, 5]


def test_default_metric() -> None:
    figs = [cited(1, "displaced", ("exact", 5, 5), party="Sudan"), cited(2, "killed", ("exact", 5, 5), party="Sudan"),
            cited(3, "displaced", ("exact", 6, 6), party="Sudan", published="2025-02-01")]
    assert default_metric(figs, "Sudan") == "displaced"
    assert default_metric(figs + [cited(4, "casualties", ("exact", 1, 1), party="Sudan")], "Sudan") == "casualties"
    assert default_metric([], "Sudan") == "casualties"


def test_envelope_takes_each_source_latest_figure_of_the_month_before() -> None:
    figs = [
        cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23"),
        cited(2, "casualties", ("at_least", 3000, None), source="Zelensky", published="2024-12-23"),
        cited(3, "casualties", ("approx", 3000, 3000), source="NIS", published="2025-01-13"),
        cited(4, "casualties", ("exact", 4700, 4700), source="NIS", published="2025-04-30"),
    ]
    env = {e.date.isoformat(): (e.interval.low, e.interval.high, len(e.sources)) for e in build_timeline(figs, "North Korea").envelope}
    assert env == {
        "2024-12-23": (990, 4500, 2),
        "2025-01-13": (990, 4500, 3),  # JCS's and Zelensky's December figures are still their latest
        "2025-04-30": (4700, 4700, 1),  # December and January are more than a month back
    }


def test_json_shape() -> None:
    tl = build_timeline([cited(1, "casualties", ("approx", 3000, 3000), published="2025-01-13")], "North Korea")
    d = tl.to_dict()
    assert {"party", "metric", "series", "envelope"} <= set(d)
    series = d["series"][0]
    assert series["source"] == "National Intelligence Service"
    point = series["points"][0]
    assert {"as_of", "low", "high", "hedge", "dated_by", "citations"} <= set(point)
    assert set(point["as_of"]) == {"start", "end"}
    assert set(point["citations"][0]) == {"article", "outlet", "url", "published"}
    assert {"date", "low", "high"} <= set(d["envelope"][0])


def test_csv_and_rows() -> None:
    tl = build_timeline([cited(1, "casualties", ("at_least", 4000, None), published="2025-03-27",
                               start="2025-03-11", end="2025-03-20", sentence="More than 4,000, they said.")], "North Korea")
    [row] = list(csv.DictReader(io.StringIO(timeline_csv(tl))))
    assert row["as_of_start"] == "2025-03-11" and row["low"] == "4000" and row["high"] == "6000"
    assert row["hedge"] == "at_least" and row["stated_high"] == "" and row["sentence"] == "More than 4,000, they said."
    [r] = point_rows(tl)
    assert r["value"] == "≥ 4,000" and r["interval"] == "4,000–6,000"
    assert envelope_rows(tl)[0]["range"] == "4,000–6,000"
