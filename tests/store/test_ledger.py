"""The ledger against SQLite and PostgreSQL: storing, reading back, duplicates, provenance, exports."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import tolltrack
from tolltrack.articles import Article
from tolltrack.records import (
    CitedFigure, Figure, Period, Record, Relay, Source, Speaker, Statement, Subject, Value,
)
from tolltrack.store import Ledger

REPRINTS = Path(__file__).parent.parent / "data" / "reprints"
D = dt.date

FULL_FIGURE = Figure(
    metric="casualties",
    subject=Subject("Eritrea", "military", "Eritrean soldiers"),
    value=Value(1200, None, "at_least"),
    as_of=Period("2031-02-20", "2031-02-28", "by late February"),
    place="Tessenei",
    source=Source("Ministry of Defence", "Sudan", "government"),
    via=(Relay("Amal Idris", "spokesperson"), Relay("State TV", "broadcaster")),
    span=(12, 80),
    sentence="More than 1,200 Eritrean soldiers were killed or wounded near Tessenei by late February.",
    spans=((12, 80), (300, 320)),
)
PERCENT = Figure(
    metric="casualties", subject=Subject("Russia", "military", "their men"), value=Value(27.5, 30.0, "range"),
    unit="percent", span=(90, 120), sentence="They lost 27.5 to 30 percent of their men.",
)
PROJECTION = Figure(
    metric="displaced", subject=Subject(None, "civilian", "people"), value=Value(None, 10000, "at_most"),
    source=Source("United Nations", None, "UN"), span=(130, 160), sentence="Up to 10,000 could flee.",
    projection=True,
)
STATEMENT = Statement(
    speaker=Speaker("Amal Idris", "spokesperson"), source=Source("Ministry of Defence", "Sudan", "government"),
    quote=True, text="The enemy is sending conscripts with no training.", span=(200, 250),
)


def fixed(records: list[Record]) -> Callable[..., list[Record]]:
    return lambda text, published=None: list(records)


def reprint(name: str) -> Article:
    from tolltrack.articles import parse_plain_text

    return parse_plain_text((REPRINTS / f"{name}.txt").read_text(encoding="utf-8"), path=name)


def test_records_round_trip_exactly(ledger_url: str) -> None:
    records: list[Record] = [FULL_FIGURE, PERCENT, PROJECTION, STATEMENT]
    with Ledger(ledger_url, extractor=fixed(records)) as ledger:
        summary = ledger.ingest(Article(body="x " * 10, title="t", published=D(2031, 3, 1)))
        assert (summary.stored, summary.claims, summary.citations) == (1, 4, 4)
        back = ledger.claims()
    assert [r.to_dict() for r in back] == [r.to_dict() for r in records]
    assert [type(r) for r in back] == [Figure, Figure, Figure, Statement]
    assert back[1].value.low == 27.5 and isinstance(back[0].value.low, int)


def test_ledger_is_exported_from_the_package() -> None:
    assert tolltrack.Ledger is Ledger and "Ledger" in tolltrack.__all__


def test_articles_keep_their_metadata(ledger_url: str) -> None:
    a = Article(body="Body text.", title="Head", outlet="Daily Post", url="https://dp.example/1",
                published=D(2031, 2, 3), path="in/a.txt", extra={"lang": "en"})
    with Ledger(ledger_url, extractor=fixed([])) as ledger:
        ledger.ingest(a)
        (stored,) = ledger.articles()
    assert stored.article == Article(body="Body text.", title="Head", outlet="Daily Post",
                                     url="https://dp.example/1", published=D(2031, 2, 3), path="in/a.txt")
    assert stored.text == a.text
    assert stored.ingested_at.tzinfo is not None or ledger_url.startswith("sqlite")
    assert len(stored.content_hash) == 64 and stored.duplicate_of is None


def test_the_same_text_is_stored_once(ledger_url: str, extractor: Any) -> None:
    body = "The ministry said 500 soldiers were killed."
    with Ledger(ledger_url, extractor=extractor) as ledger:
        s = ledger.ingest([
            Article(body=body, title="T", outlet="A"),
            Article(body="  the MINISTRY said 500\n soldiers were killed.", title="t", outlet="B"),
        ])
        assert (s.read, s.stored, s.duplicate) == (2, 1, 1)
        assert ledger.counts()["articles"] == 1 and ledger.counts()["claims"] == 1


def test_ingesting_again_changes_nothing(ledger_url: str, extractor: Any, tmp_path: Path,
                                         store_snapshot: Callable[[str], Any]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for p in REPRINTS.glob("*.txt"):
        (corpus / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "export.jsonl").write_text(
        "".join(json.dumps({"text": f"The army said {n} soldiers were captured.", "outlet": "X"}) + "\n"
                for n in (10, 20, 10)),
        encoding="utf-8",
    )
    with Ledger(ledger_url, extractor=extractor) as ledger:
        first = ledger.ingest(corpus)
    before = store_snapshot(ledger_url)
    with Ledger(ledger_url, extractor=extractor) as ledger:
        again = ledger.ingest(corpus)
    assert (first.read, first.stored, first.near_duplicate, first.duplicate) == (7, 4, 2, 1)
    assert (again.read, again.stored, again.near_duplicate, again.duplicate) == (7, 0, 0, 7)
    assert store_snapshot(ledger_url) == before


def test_reprints_become_citations_of_the_original_claims(ledger_url: str, extractor: Any) -> None:
    with Ledger(ledger_url, extractor=extractor) as ledger:
        s = ledger.ingest([
            reprint("original"),
            reprint("reprint_headline_byline_trim"),
            reprint("reprint_edited"),
            reprint("other_report_same_briefing"),
        ])
        assert (s.stored, s.near_duplicate, s.duplicate) == (2, 2, 0)
        arts = {a.path: a for a in ledger.articles()}
        original = arts["original"]
        assert arts["reprint_headline_byline_trim"].duplicate_of == original.id
        assert arts["reprint_edited"].duplicate_of == original.id
        assert arts["reprint_edited"].cluster_id == original.cluster_id
        assert (arts["reprint_edited"].similarity or 0) >= ledger.dedup.threshold
        other = arts["other_report_same_briefing"]
        assert other.duplicate_of is None and other.cluster_id != original.cluster_id

        killed = ledger.cited_figures(metric="killed")
        by_article = {c.article_id: c for c in killed}
        # one claim from the wire story, carried by three articles; the other report's own claim apart
        wire = by_article[original.id]
        assert [c.outlet for c in wire.citations] == ["Wire Service", "Morning Herald", "Eastern Daily"]
        assert wire.citations[0].article_id == original.id
        assert wire.figure.value.low == 500
        assert [c.article_id for c in by_article[other.id].citations] == [other.id]
        # the reprints' own articles hold no claims of their own: their figures are citations
        assert arts["reprint_edited"].claims == 0
        stored = {c.id: c.citations for c in ledger.stored_claims(metric="displaced")}
        assert sorted(stored.values()) == [1, 3]


def test_known_on_keeps_what_was_published_by_then(ledger_url: str, extractor: Any) -> None:
    with Ledger(ledger_url, extractor=extractor) as ledger:
        ledger.ingest([reprint("original"), reprint("reprint_headline_byline_trim"), reprint("reprint_edited")])
        everything = ledger.cited_figures(metric="killed")
        assert [len(c.citations) for c in everything] == [3]
        assert [c.published for c in everything[0].citations] == ["2031-02-03", "2031-02-04", "2031-02-05"]
        on_4th = ledger.cited_figures(metric="killed", known_on=D(2031, 2, 4))
        assert [c.published for c in on_4th[0].citations] == ["2031-02-03", "2031-02-04"]
        assert ledger.cited_figures(metric="killed", known_on=D(2031, 2, 2)) == []


def test_known_on_gives_a_claim_by_its_earliest_known_reprint(ledger_url: str, extractor: Any) -> None:
    late_original = reprint("original")
    late_original = Article(body=late_original.body, title=late_original.title, outlet="Wire Service",
                            published=D(2031, 2, 9), path="late")
    with Ledger(ledger_url, extractor=extractor) as ledger:
        ledger.ingest([late_original, reprint("reprint_headline_byline_trim")])
        (cf,) = ledger.cited_figures(metric="killed", known_on=D(2031, 2, 5))
        reprint_id = [a.id for a in ledger.articles() if a.path == "reprint_headline_byline_trim"][0]
        assert isinstance(cf, CitedFigure)
        assert cf.article_id == reprint_id and cf.published == "2031-02-04"
        assert [c.article_id for c in cf.citations] == [reprint_id]
        text = [a.text for a in ledger.articles() if a.id == reprint_id][0]
        assert text[cf.figure.span[0] : cf.figure.span[1]].startswith("The ministry said 500")


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({}, ["k500", "w40", "d3000", "quote", "c20", "c20"]),
        ({"metric": "killed"}, ["k500"]),
        ({"party": "sudan"}, ["k500", "w40", "d3000", "c20", "c20"]),
        ({"party": "Eritrea"}, []),
        ({"source": "MINISTRY"}, ["k500", "w40"]),
        ({"source": "united"}, ["d3000"]),
        ({"since": D(2031, 2, 5)}, ["d3000", "quote", "c20"]),  # the undated article is left out
        ({"until": D(2031, 2, 4)}, ["k500", "w40"]),
        ({"since": D(2031, 2, 5), "until": D(2031, 2, 5)}, ["d3000", "quote"]),
        ({"metric": "wounded", "source": "ministry", "until": D(2031, 2, 3)}, ["w40"]),
    ],
)
def test_claim_filters(ledger_url: str, extractor: Any, filters: dict[str, Any], expected: list[str]) -> None:
    with Ledger(ledger_url, extractor=extractor) as ledger:
        ledger.ingest([
            Article(body="The ministry said 500 soldiers were killed. The ministry said 40 soldiers were wounded.",
                    published=D(2031, 2, 3)),
            Article(body='The United Nations said 3,000 people were displaced. "We need access," she said.',
                    published=D(2031, 2, 5)),
            Article(body="The army said 20 fighters were captured.", published=D(2031, 2, 7)),
            Article(body="The army said 20 fighters were captured, again.", published=None),
        ])
        names = []
        for r in ledger.claims(**filters):
            if isinstance(r, Figure):
                names.append(f"{r.metric[0]}{r.value.low}")
            else:
                names.append("quote")
    assert names == expected


def test_a_bad_file_is_reported_and_the_rest_stored(ledger_url: str, extractor: Any, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The ministry said 500 soldiers were killed.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x01")
    (tmp_path / "empty.html").write_text("", encoding="utf-8")
    (tmp_path / "feed.rss").write_text("<rss><channel><item>", encoding="utf-8")
    seen: list[str] = []
    with Ledger(ledger_url, extractor=extractor) as ledger:
        s = ledger.ingest([tmp_path, tmp_path / "missing.txt"], on_item=lambda o: seen.append(o.status))
        assert not s.ok and (s.read, s.stored) == (1, 1)
        assert sorted((Path(f.path).name, f.reason.split(" ")[0]) for f in s.failed) == [
            ("bad.txt", "not"), ("empty.html", "empty"), ("feed.rss", "malformed"), ("missing.txt", "no"),
        ]
        assert ledger.counts()["claims"] == 1
    assert sorted(seen) == ["failed"] * 4 + ["stored"]


def test_an_extraction_error_fails_that_article_only(ledger_url: str) -> None:
    def flaky(text: str, published: dt.date | None = None) -> list[Record]:
        if "boom" in text:
            raise RuntimeError("parser exploded")
        return [PERCENT]

    with Ledger(ledger_url, extractor=flaky) as ledger:
        s = ledger.ingest([Article(body="fine", path="a"), Article(body="boom", path="b"), Article(body="ok", path="c")])
        assert s.stored == 2
        assert [(f.path, f.reason) for f in s.failed] == [("b", "extraction failed: RuntimeError: parser exploded")]
        # it was not stored, so running again tries it again
        assert ledger.ingest(Article(body="boom", path="b")).failed


def test_published_and_outlet_fill_in_what_articles_lack(ledger_url: str) -> None:
    with Ledger(ledger_url, extractor=fixed([])) as ledger:
        ledger.ingest([Article(body="one"), Article(body="two", outlet="Own", published=D(2030, 1, 1))],
                      published=D(2031, 1, 1), outlet="Given")
        got = [(a.outlet, a.published) for a in ledger.articles()]
    assert got == [("Given", D(2031, 1, 1)), ("Own", D(2030, 1, 1))]


def test_frames_and_exports(ledger_url: str, extractor: Any, tmp_path: Path) -> None:
    with Ledger(ledger_url, extractor=fixed([FULL_FIGURE, STATEMENT])) as ledger:
        ledger.ingest(Article(body="x", title="t", outlet="Wire", published=D(2031, 3, 1)))
        frame = ledger.to_pandas()
        assert list(frame["kind"]) == ["figure", "statement"]
        assert frame.loc[0, "party"] == "Eritrea" and frame.loc[0, "low"] == 1200.0
        assert pd.isna(frame.loc[0, "high"])
        assert frame.loc[0, "via"] == "Amal Idris (spokesperson) → State TV (broadcaster)"
        assert frame.loc[1, "speaker"] == "Amal Idris"
        for fmt in ("csv", "jsonl", "parquet"):
            assert ledger.export(fmt, tmp_path / f"claims.{fmt}") == 2
        with pytest.raises(ValueError):
            ledger.export("xlsx", tmp_path / "claims.xlsx")
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert {k: first[k] for k in FULL_FIGURE.to_dict()} == FULL_FIGURE.to_dict()
    assert first["article"]["outlet"] == "Wire" and first["citations"] == 1
    csv = pd.read_csv(tmp_path / "claims.csv")
    parquet = pd.read_parquet(tmp_path / "claims.parquet")
    for table in (csv, parquet):
        assert list(table["metric"].fillna("")) == ["casualties", ""]
        assert Figure.from_dict(json.loads(table.loc[0, "record"])).to_dict() == FULL_FIGURE.to_dict()
