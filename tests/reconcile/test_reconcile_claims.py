"""Dating claims, running totals, "the same period", scopes, places, sources and what was known when."""

from __future__ import annotations

import datetime as dt

import pytest

from tolltrack.reconcile.claims import (
    Dated,
    claim_dict,
    dating,
    is_running_total,
    known_on,
    matches_source,
    normalise_name,
    place_relation,
    same_period,
    same_reckoning,
    scope,
    source_key,
    source_label,
)
from tolltrack.records import Source

from .build import cited

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        # the period the text gives
        (dict(start="2025-03-11", end="2025-03-20", as_of_text="by mid-March"), ("2025-03-11", "2025-03-20", "as_of", True)),
        (dict(start="2025-01-01", end="2025-01-31", as_of_text="in January"), ("2025-01-01", "2025-01-31", "as_of", False)),
        (dict(start="2025-01-13", end="2025-01-13", as_of_text="on Monday"), ("2025-01-13", "2025-01-13", "as_of", False)),
        # "since the war began": no start, a running total to publication
        (dict(start=None, end="2025-01-12", as_of_text="since the war began"), (None, "2025-01-12", "as_of", True)),
        # a start without an end ends on publication
        (dict(start="2024-10-01", open_end=True, as_of_text="since October", published="2025-01-13"), ("2024-10-01", "2025-01-13", "as_of", True)),
        # no period: the publication date stands in, and says so
        (dict(no_period=True, published="2025-01-13"), (None, "2025-01-13", "published", True)),
    ],
)
def test_dating(kwargs: dict, expected: tuple) -> None:
    d = dating(cited(1, "casualties", ("approx", 3000, 3000), **kwargs))
    assert d is not None
    start, end, by, cumulative = expected
    assert (d.start, d.end, d.dated_by, d.cumulative) == (start and D(start), D(end), by, cumulative)


def test_undated_without_period_or_publication() -> None:
    assert dating(cited(1, "killed", ("exact", 5, 5), no_period=True, published=None)) is None


@pytest.mark.parametrize(
    "text, running",
    [("since February 2022", True), ("by the end of January", True), ("as of March 14", True),
     ("killed so far", True), ("to date", True), ("in January", False), ("on Tuesday", False),
     ("last week", False), ("bystanders", False)],
)
def test_running_total_words(text: str, running: bool) -> None:
    fig = cited(1, "killed", ("exact", 5, 5), start="2025-01-01", end="2025-01-31", as_of_text=text).figure
    assert is_running_total(fig) is running


def day(s: str, e: str | None = None, cumulative: bool = False, open_start: bool = False) -> Dated:
    return Dated(None if open_start else D(s), D(e or s), "as_of", cumulative or open_start)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (day("2024-12-23"), day("2024-12-23"), True),  # said on the same Monday
        (day("2024-12-23"), day("2024-12-21"), True),  # two states two days apart
        (day("2024-12-23"), day("2024-12-19"), False),  # four days apart
        (day("2025-01-12", open_start=True), day("2025-01-13"), True),  # a running total and a day's state
        (day("2025-03-11", "2025-03-20", cumulative=True), day("2025-03-21"), True),  # "by mid-March" ends the 20th
        (day("2025-01-01", "2025-01-31"), day("2025-01-02", "2025-01-31"), True),  # the same month, near enough
        (day("2025-01-01", "2025-01-31"), day("2025-01-20", "2025-02-10"), False),  # overlapping is not the same
        (day("2025-01-14"), day("2025-01-01", "2025-01-31"), False),  # a day's toll is no month's
        (day("2025-01-31", open_start=True), day("2025-01-01", "2025-01-31"), False),  # nor is a running total
    ],
)
def test_same_period(a: Dated, b: Dated, same: bool) -> None:
    assert same_period(a, b) is same
    assert same_period(b, a) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        (day("2025-01-13"), day("2025-01-13"), True),
        (day("2025-01-13"), day("2025-01-14"), False),  # Tuesday's daily count does not revise Monday's
        (day("2025-01-12", open_start=True), day("2025-01-15", open_start=True), True),
        (day("2025-01-01", "2025-01-31"), day("2025-01-01", "2025-02-02"), True),
        (day("2025-01-01", "2025-01-31"), day("2025-01-15", "2025-02-15"), False),
        (day("2025-01-01", "2025-01-31"), day("2025-01-13"), False),
    ],
)
def test_same_reckoning(a: Dated, b: Dated, same: bool) -> None:
    assert same_reckoning(a, b) is same


@pytest.mark.parametrize(
    "role, text, expected",
    [("military", "North Korean troops", ""), ("unknown", "Palestinians", ""), ("civilian", "civilians", "civilian"),
     ("civilian", "children", "children"), ("civilian", "310 of them women", "women"), ("military", "officers", "officers")],
)
def test_scope(role: str, text: str, expected: str) -> None:
    assert scope(cited(1, "killed", ("exact", 5, 5), role=role, subject=text).figure) == expected


@pytest.mark.parametrize(
    "a, b, relation",
    [(None, None, "same"), ("Kursk", "Kursk region", "same"), ("Kursk", None, "unknown"),
     ("Kursk", "Russia", "a_within_b"), ("Russia", "Kursk", "b_within_a"), ("Kharkiv", "Kursk", "apart")],
)
def test_place_relation(a: str | None, b: str | None, relation: str) -> None:
    fa = cited(1, "killed", ("exact", 5, 5), place=a).figure
    fb = cited(2, "killed", ("exact", 5, 5), place=b).figure
    assert place_relation(fa, fb) == relation


def test_source_keys_are_normalised() -> None:
    a = Source("The National  Intelligence Service", "South Korea", "intelligence")
    b = Source("national intelligence service", "South Korea", "intelligence")
    assert source_key(a) == source_key(b)
    assert source_key(Source("Ministry of Defence", "Ukraine")) != source_key(Source("Ministry of Defence", "Russia"))
    assert source_label(Source("Ministry of Defence", "Ukraine")) == "Ministry of Defence (Ukraine)"
    assert source_label(Source("Government of Ukraine", "Ukraine")) == "Government of Ukraine"
    assert source_label(None) == "unattributed"
    assert normalise_name("  The  Kyiv   Independent ") == "kyiv independent"
    assert matches_source(a, "national intelligence")
    assert not matches_source(a, "Joint Chiefs")


def test_known_on_keeps_what_was_published_by_then() -> None:
    reprinted = cited(1, "casualties", ("approx", 1100, 1100), source="JCS", published="2024-12-23",
                      reprints=((7, "Pacific Daily", "2024-12-24"),))
    later = cited(2, "casualties", ("approx", 3000, 3000), published="2025-01-13")
    kept = known_on([reprinted, later], D("2024-12-23"))
    assert [cf.claim_id for cf in kept] == [1]
    assert [c.outlet for c in kept[0].citations] == ["Harbour Wire"]
    assert [c.outlet for c in known_on([reprinted], D("2024-12-24"))[0].citations] == ["Harbour Wire", "Pacific Daily"]


def test_claim_dict_cites_the_sentence_and_article() -> None:
    cf = cited(4, "casualties", ("approx", 3000, 3000), sentence="About 3,000 were killed or wounded.",
               via=("Lee Seong-kweun",), reprints=((9, "Pacific Daily", "2025-01-14"),))
    d = claim_dict(cf)
    assert d["claim"] == 4
    assert d["source"] == {"name": "National Intelligence Service", "party": "South Korea", "type": "intelligence"}
    assert d["value"] == {"low": 3000, "high": 3000, "hedge": "approx"}
    assert d["interval"] == {"low": 2700, "high": 3300}
    assert d["sentence"] == "About 3,000 were killed or wounded."
    assert d["article"]["article"] == 40 and d["article"]["outlet"] == "Harbour Wire"
    assert d["via"] == [{"name": "Lee Seong-kweun", "role": "lawmaker"}]
    assert [c["outlet"] for c in d["citations"]] == ["Harbour Wire", "Pacific Daily"]
