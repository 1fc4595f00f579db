"""The claim records: the schema's field names, JSON round trips, and one record per figure per article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tolltrack.records import (
    HEDGES,
    METRICS,
    ROLES,
    SOURCE_TYPES,
    Figure,
    Period,
    Relay,
    Source,
    Speaker,
    Statement,
    Subject,
    Value,
    record_from_dict,
)

from .helpers import figures, statements

# The field names of claim-schema.md, written out: the contract every consumer relies on.
FIGURE_KEYS = {"kind", "metric", "subject", "value", "unit", "as_of", "place", "source", "via", "span", "sentence", "spans"}
FIGURE_OPTIONAL_KEYS = {"projection"}
SUBJECT_KEYS = {"party", "role", "text"}
VALUE_KEYS = {"low", "high", "hedge"}
PERIOD_KEYS = {"start", "end", "text"}
SOURCE_KEYS = {"name", "party", "type"}
RELAY_KEYS = {"name", "role"}
STATEMENT_KEYS = {"kind", "speaker", "source", "quote", "text", "span"}
SPEAKER_KEYS = {"name", "role"}

SCHEMA_DOC = Path(__file__).resolve().parents[3] / "shared" / "claim-schema.md"

ARTICLE = """More than 4,000 North Korean soldiers killed or wounded in Kursk, lawmaker says

SEOUL, March 27 -- More than 4,000 North Korean soldiers have been killed or wounded fighting for Russia in Kursk, South Korea's National Intelligence Service told lawmakers on Thursday, Rep. Lee Seong-kweun said after the closed-door briefing.
The agency said North Korea had sent about 11,000 troops to Russia last autumn and an additional 3,000 in January.
"They are being used as cannon fodder," Lee said. "Their commanders do not care."
Ukraine's defence ministry said on Wednesday that 1,200 Russian soldiers had been killed near Pokrovsk over the past day.
The death toll could reach 10,000, the UN warned.
The NIS said the more than 4,000 North Korean soldiers killed or wounded included about 400 killed in action.
"""


@pytest.fixture(scope="module")
def article_records(run):
    return run(ARTICLE)


def hand_built() -> list:
    return [
        Figure(
            metric="casualties",
            subject=Subject("Eritrea", "military", "Eritrean soldiers"),
            value=Value(1200, None, "at_least"),
            unit="people",
            as_of=Period("2031-02-21", "2031-02-28", "by late February"),
            place="Tessenei",
            source=Source("Ministry of Defence", "Sudan", "government"),
            via=(Relay("Amal Idris", "spokesperson"),),
            span=(112, 214),
            sentence="More than 1,200 Eritrean soldiers were killed or wounded near Tessenei by late February.",
            spans=((112, 214), (300, 305)),
        ),
        Figure(
            metric="killed",
            subject=Subject(None, "unknown", ""),
            value=Value(10_000, 10_000, "exact"),
            as_of=Period(None, None, "last week"),
            span=(5, 11),
            spans=((5, 11),),
            projection=True,
        ),
        Figure(metric="casualties", subject=Subject("North Korea", "military", "of their men"),
               value=Value(33.3, 33.3, "approx"), unit="percent", span=(1, 2), spans=((1, 2),)),
        Statement(
            speaker=Speaker("Amal Idris", "spokesperson"),
            source=Source("Ministry of Defence", "Sudan", "government"),
            quote=True,
            text="The enemy is sending conscripts with no training.",
            span=(300, 352),
        ),
        Statement(speaker=None, source=None, quote=False, text="the country is ready to test at any time", span=(0, 40)),
    ]


def check_keys(d: dict) -> None:
    if d["kind"] == "figure":
        assert FIGURE_KEYS <= set(d) <= FIGURE_KEYS | FIGURE_OPTIONAL_KEYS
        assert set(d["subject"]) == SUBJECT_KEYS
        assert set(d["value"]) == VALUE_KEYS
        assert d["as_of"] is None or set(d["as_of"]) == PERIOD_KEYS
        assert d["source"] is None or set(d["source"]) == SOURCE_KEYS
        assert all(set(r) == RELAY_KEYS for r in d["via"])
        assert d.get("projection", True) is True, "projection is present only when true"
    else:
        assert d["kind"] == "statement"
        assert set(d) == STATEMENT_KEYS
        assert d["speaker"] is None or set(d["speaker"]) == SPEAKER_KEYS
        assert d["source"] is None or set(d["source"]) == SOURCE_KEYS


def test_hand_built_records_have_the_schema_fields() -> None:
    for r in hand_built():
        check_keys(r.to_dict())


def test_extracted_records_have_the_schema_fields(article_records) -> None:
    assert figures(article_records) and statements(article_records)
    for r in article_records:
        check_keys(r.to_dict())


def test_figure_dict_matches_the_schema_example() -> None:
    d = hand_built()[0].to_dict()
    assert d == {
        "kind": "figure",
        "metric": "casualties",
        "subject": {"party": "Eritrea", "role": "military", "text": "Eritrean soldiers"},
        "value": {"low": 1200, "high": None, "hedge": "at_least"},
        "unit": "people",
        "as_of": {"start": "2031-02-21", "end": "2031-02-28", "text": "by late February"},
        "place": "Tessenei",
        "source": {"name": "Ministry of Defence", "party": "Sudan", "type": "government"},
        "via": [{"name": "Amal Idris", "role": "spokesperson"}],
        "span": [112, 214],
        "sentence": "More than 1,200 Eritrean soldiers were killed or wounded near Tessenei by late February.",
        "spans": [[112, 214], [300, 305]],
    }


@pytest.mark.skipif(not SCHEMA_DOC.exists(), reason="claim-schema.md is not beside the checkout")
def test_field_names_are_those_of_claim_schema_md() -> None:
    """The JSON examples in claim-schema.md carry exactly the keys the records write."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    blocks = [json.loads(b.split("```", 1)[0]) for b in text.split("```json")[1:]]
    examples = {b["kind"]: b for b in blocks}
    fig, st = examples["figure"], examples["statement"]
    assert set(fig) | {"spans", "projection"} == FIGURE_KEYS | FIGURE_OPTIONAL_KEYS
    assert set(fig["subject"]) == SUBJECT_KEYS and set(fig["value"]) == VALUE_KEYS
    assert set(fig["as_of"]) == PERIOD_KEYS and set(fig["source"]) == SOURCE_KEYS
    assert all(set(r) == RELAY_KEYS for r in fig["via"])
    assert set(st) == STATEMENT_KEYS and set(st["speaker"]) == SPEAKER_KEYS
    # and the example reads back into a record that writes it out again
    for example in (fig, st):
        d = record_from_dict(example).to_dict()
        d.pop("spans", None)
        assert d == example


@pytest.mark.parametrize("record", hand_built(), ids=lambda r: f"{r.kind}-{r.span[0]}")
def test_round_trip_through_json(record) -> None:
    d = json.loads(json.dumps(record.to_dict()))
    back = record_from_dict(d)
    assert back == record
    assert back.to_dict() == record.to_dict()
    assert type(back) is type(record)


def test_extracted_records_round_trip(article_records) -> None:
    for r in article_records:
        back = record_from_dict(json.loads(json.dumps(r.to_dict(), ensure_ascii=False)))
        assert back == r


def test_from_dict_of_each_kind() -> None:
    fig, _, _, st, _ = hand_built()
    assert isinstance(Figure.from_dict(fig.to_dict()), Figure)
    assert isinstance(Statement.from_dict(st.to_dict()), Statement)


def test_values_are_in_the_schema_vocabularies(article_records) -> None:
    for f in figures(article_records):
        assert f.metric in METRICS
        assert f.value.hedge in HEDGES
        assert f.subject.role in ROLES
        assert f.unit in ("people", "percent")
        assert f.source is None or f.source.type in SOURCE_TYPES


def test_values_follow_their_hedge(article_records) -> None:
    for f in figures(article_records):
        low, high, hedge = f.value.low, f.value.high, f.value.hedge
        if hedge in ("exact", "approx"):
            assert low == high and low is not None
        elif hedge == "at_least":
            assert low is not None and high is None
        elif hedge == "at_most":
            assert low is None and high is not None
        else:
            assert low is not None and high is not None and low < high
        for n in (low, high):
            assert n is None or isinstance(n, (int, float)) and not isinstance(n, bool)


def test_spans_point_into_the_article(article_records) -> None:
    for r in article_records:
        s, e = r.span
        assert 0 <= s < e <= len(ARTICLE)
    for f in figures(article_records):
        assert f.sentence and f.sentence in ARTICLE
        assert ARTICLE[f.span[0] : f.span[1]] in f.sentence
        assert f.spans[0] == f.span
        for s, e in f.spans:
            assert 0 <= s < e <= len(ARTICLE)


def test_one_record_per_figure_with_repeated_mentions_as_spans(article_records) -> None:
    """The headline, the lede and the summary all give 'more than 4,000' casualties: one record, three spans."""
    casualties = [f for f in figures(article_records) if f.metric == "casualties" and f.value.low == 4000]
    assert len(casualties) == 1
    (f,) = casualties
    assert len(f.spans) == 3
    assert list(f.spans) == sorted(f.spans), "first mention first"
    assert all(ARTICLE[s:e] == "4,000" for s, e in f.spans)
    # the record keeps what the fullest mention says
    assert f.source is not None and f.source.name == "National Intelligence Service"
    assert [r.name for r in f.via] == ["Lee Seong-kweun"]


def test_distinct_figures_stay_distinct(article_records) -> None:
    got = sorted((f.metric, f.value.low or f.value.high) for f in figures(article_records))
    assert got == sorted([
        ("casualties", 4000),
        ("deployed", 11_000),
        ("reinforcements", 3_000),
        ("killed", 1_200),
        ("killed", 10_000),
        ("killed", 400),
    ])


def test_records_come_in_text_order(article_records) -> None:
    starts = [r.span[0] for r in article_records]
    assert starts == sorted(starts)


def test_same_number_from_two_sources_is_two_records(run) -> None:
    text = (
        "About 300 North Korean soldiers have been killed, the NIS said. "
        "Ukraine's military intelligence separately said about 300 North Korean soldiers had been killed."
    )
    figs = figures(run(text))
    assert sorted(f.source.name for f in figs if f.source) == ["Main Intelligence Directorate", "National Intelligence Service"]
