"""The gold sets: well-formed records that point at their articles' own words, and the quality bar on the
development set.

``gold/`` is the development set the rules were written against; ``heldout/tuned`` was scored unseen once and has
guided rules since; ``heldout/unseen`` is read only to be scored (see ``heldout/README.md``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from tolltrack.articles import parse_plain_text
from tolltrack.evaluate import evaluate, gold_files, read_gold
from tolltrack.records import HEDGES, METRICS, ROLES, SOURCE_TYPES

ROOT = Path(__file__).resolve().parents[2]
SETS = {"gold": ROOT / "gold", "tuned": ROOT / "heldout" / "tuned", "unseen": ROOT / "heldout" / "unseen"}
MINIMUM = {"gold": (60, 300, 80), "tuned": (60, 500, 300), "unseen": (20, 150, 80)}  # articles, figures, statements


def _squash(s: str) -> str:
    return " ".join(s.replace("’", "'").split()).lower()


def _quoted(words: str, text: str) -> bool:
    """Are ``words`` in ``text`` (pieces of a phrase cut by "..." each in it)?"""
    return all(_squash(piece) in _squash(text) for piece in words.split("...") if piece.strip())


def _check_figure(r: dict[str, Any], text: str, published: dt.date | None) -> None:
    assert r["metric"] in METRICS
    assert r["subject"]["role"] in ROLES
    assert r["unit"] in ("people", "percent")
    v = r["value"]
    assert v["hedge"] in HEDGES
    if v["hedge"] in ("exact", "approx"):
        assert v["low"] == v["high"] is not None
    elif v["hedge"] == "at_least":
        assert v["low"] is not None and v["high"] is None
    elif v["hedge"] == "at_most":
        assert v["low"] is None and v["high"] is not None
    else:
        assert v["low"] is not None and v["high"] is not None and v["low"] < v["high"]
    if r["subject"].get("text"):
        assert _quoted(r["subject"]["text"], text), r["subject"]["text"]
    if r.get("place"):
        assert _quoted(r["place"], text), r["place"]
    if r.get("as_of"):
        assert _quoted(r["as_of"]["text"], text), r["as_of"]["text"]
        if published is not None and r["as_of"].get("end"):
            assert dt.date.fromisoformat(r["as_of"]["end"]) <= published
    if r.get("source"):
        assert r["source"]["type"] in SOURCE_TYPES


@pytest.mark.parametrize("name", list(SETS))
def test_gold_records_are_well_formed_and_quote_their_article(name: str) -> None:
    pairs = list(gold_files(SETS[name]))
    n_fig = n_st = 0
    for article, gold in pairs:
        a = parse_plain_text(article.read_text(encoding="utf-8"), path=str(article))
        for r in read_gold(gold):
            if r["kind"] == "figure":
                n_fig += 1
                _check_figure(r, a.text, a.published)
            else:
                n_st += 1
                assert r["kind"] == "statement" and isinstance(r["quote"], bool)
                assert r["speaker"]["name"]
                assert _quoted(r["text"], a.text), (article.name, r["text"][:60])
    articles, figures, statements = MINIMUM[name]
    assert len(pairs) >= articles and n_fig >= figures and n_st >= statements, (len(pairs), n_fig, n_st)


def test_the_development_set_meets_the_quality_bar() -> None:
    s = evaluate(SETS["gold"]).summary()
    assert s["figures"]["f1"] >= 0.95
    assert s["matched_figures"]["as_of"] >= 0.9
    assert s["matched_figures"]["source"] >= 0.9
    assert s["statements"]["speaker_f1"] >= 0.9
