"""Cases that once went wrong, each pinned: a source after "Hamas-run", "no one was reported killed", a sentence's
"killing 12 people -" read as a dateline, a compass word outranking a city, a long linking phrase that took seconds."""

from __future__ import annotations

import datetime as dt
import time

from tolltrack.evaluate import norm_place

from .helpers import figures, only_figure


def test_a_hyphenated_owner_keeps_the_tables_body(run) -> None:
    f = only_figure(run("Israeli strikes killed 20 people in Gaza on Monday, the Hamas-run Health Ministry said."))
    assert f.source is not None and f.source.name == "Ministry of Health"


def test_no_one_reported_killed_is_a_zero(run) -> None:
    f = only_figure(run("No one was reported killed, police said."))
    assert (f.metric, f.value.low) == ("killed", 0)


def test_a_sentence_with_a_dash_is_no_dateline(run) -> None:
    got = sorted((f.metric, f.value.low) for f in figures(run("Gunmen stormed the village, killing 12 people - and "
                                                              "wounding 30, police said.")))
    assert got == [("killed", 12), ("wounded", 30)]


def test_a_city_outranks_a_compass_word_and_its_country(run) -> None:
    assert only_figure(run("In southern Lebanon, 25 people were killed at a market in Tyre.")).place == "Tyre"


def test_an_outlet_is_named_without_its_article(run) -> None:
    f = only_figure(run("The Kommersant newspaper reported that 12 soldiers were killed."))
    assert f.source is not None and f.source.name == "Kommersant"


def test_a_long_linking_phrase_costs_no_more_than_its_length(run) -> None:
    start = time.perf_counter()
    run("The death toll" + " was" * 24 + " ~ 40 people.", published=dt.date(2025, 1, 1))  # once about ten seconds
    assert time.perf_counter() - start < 1.0


def test_bare_compass_words_name_the_same_place_when_scored() -> None:
    assert norm_place("north Gaza") == norm_place("Gaza")
