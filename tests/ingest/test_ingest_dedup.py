"""Exact and near-duplicate detection on real-shaped reporting: reprints join, separate reports do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tolltrack.articles import Article, parse_plain_text
from tolltrack.ingest import DedupSettings, NearDuplicateIndex, content_hash, signature
from tolltrack.ingest.dedup import from_bytes, to_bytes

REPRINTS = Path(__file__).parent.parent / "data" / "reprints"
SETTINGS = DedupSettings.load()


def story(name: str) -> Article:
    return parse_plain_text((REPRINTS / f"{name}.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("The ministry said 500 soldiers were killed.", "the  MINISTRY said 500\nsoldiers were killed.", True),
        ("The ministry said 500 soldiers were killed.", "  The ministry said 500 soldiers were killed.\n", True),
        ("The ministry said 500 soldiers were killed.", "The ministry said 501 soldiers were killed.", False),
        ("The ministry said 500 soldiers were killed.", "The ministry said 500 soldiers were killed!", False),
    ],
)
def test_content_hash_ignores_case_and_whitespace_only(a: str, b: str, same: bool) -> None:
    assert (content_hash(a) == content_hash(b)) is same


def test_content_hash_covers_the_title() -> None:
    body = "The ministry said 500 soldiers were killed."
    assert content_hash(Article(body=body, title="One")) != content_hash(Article(body=body, title="Two"))
    assert content_hash(Article(body=body, title="One")) == content_hash(Article(body=body, title="ONE "))


@pytest.mark.parametrize(
    "name,joins",
    [
        ("reprint_headline_byline_trim", True),  # another headline and byline, last paragraph cut
        ("reprint_edited", True),  # light copy-editing, a middle paragraph cut
        ("other_report_same_briefing", False),  # the same briefing, quote and figures, in other words
    ],
)
def test_reprints_join_and_other_reports_do_not(name: str, joins: bool) -> None:
    index = NearDuplicateIndex(SETTINGS)
    original = signature(story("original").body, SETTINGS)
    assert original is not None
    index.add(1, original)
    candidate = signature(story(name).body, SETTINGS)
    assert candidate is not None
    match = index.match(candidate)
    if joins:
        assert match is not None and match[0] == 1 and match[1] >= SETTINGS.threshold
    else:
        assert match is None
        assert original.jaccard(candidate) < 0.2


def test_best_match_wins() -> None:
    index = NearDuplicateIndex(SETTINGS)
    edited = signature(story("reprint_edited").body, SETTINGS)
    trimmed = signature(story("reprint_headline_byline_trim").body, SETTINGS)
    assert edited is not None and trimmed is not None
    index.add(7, edited)
    index.add(9, trimmed)
    original = signature(story("original").body, SETTINGS)
    assert original is not None
    assert index.match(original) == (9, pytest.approx(original.jaccard(trimmed)))


def test_short_bodies_are_only_matched_exactly() -> None:
    assert signature("The ministry said 500 soldiers were killed.", SETTINGS) is None


def test_the_threshold_is_a_setting() -> None:
    strict = DedupSettings.load(threshold=0.95)
    index = NearDuplicateIndex(strict)
    original = signature(story("original").body, strict)
    reprint = signature(story("reprint_headline_byline_trim").body, strict)
    assert original is not None and reprint is not None
    index.add(1, original)
    assert index.match(reprint) is None
    with pytest.raises(ValueError):
        DedupSettings.load(threshold=0)


def test_signatures_survive_storage_and_other_settings_are_refused() -> None:
    m = signature(story("original").body, SETTINGS)
    assert m is not None
    again = from_bytes(to_bytes(m), SETTINGS)
    assert again is not None and again.jaccard(m) == 1.0
    assert from_bytes(to_bytes(m), DedupSettings.load(num_perm=64)) is None
