"""Timelines: how each source's figure for one party and measure moved, and the envelope across sources.

Takes a list of ``CitedFigure`` (from ``Ledger.cited_figures`` or built by
hand), a party and a metric; gives a ``Timeline``: per source (keyed by its
normalised name and party, and split by the part of the party counted, e.g.
children) a series of points ordered by the period they describe, each an
interval from its hedge with every article that carried it; points dated by
the publication date when the text gave no period, and saying so; later
figures for the same period marked as revisions of the earlier ones; and an
envelope, at each date a point falls on, of the lowest and highest values the
sources' latest figures allow. Projections and shares (unit percent) are left
out: they are no counts of what happened.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Iterable

from tolltrack.reconcile.claims import (
    TOLERANCE_DAYS,
    Dated,
    all_citations,
    citation_dict,
    dating,
    first_known,
    known_on,
    matches_source,
    same_reckoning,
    scope,
    source_key,
    source_label,
)
from tolltrack.reconcile.intervals import Interval, interval, value_text
from tolltrack.records import METRICS, Citation, CitedFigure, Source, Value

DEFAULT_METRIC = "casualties"
ENVELOPE_WINDOW_DAYS = 31


@dataclass(frozen=True)
class Point:
    """One figure of one source (however many articles carried it): when, how many, per which articles."""

    when: Dated
    value: Value
    unit: str
    interval: Interval
    claims: tuple[CitedFigure, ...]
    revises: tuple[int, ...] = ()

    @property
    def claim_ids(self) -> list[int]:
        return [c.claim_id for c in self.claims]

    @cached_property
    def first_published(self) -> dt.date:
        days = [d for d in (first_known(c) for c in self.claims) if d is not None]
        return min(days) if days else self.when.end

    @property
    def sentence(self) -> str:
        return self.claims[0].figure.sentence

    def citations(self) -> list[Citation]:
        """Every article that carried this figure, reprints included, each once."""
        seen: set[int] = set()
        out: list[Citation] = []
        for cf in self.claims:
            for c in all_citations(cf):
                if c.article_id not in seen:
                    seen.add(c.article_id)
                    out.append(c)
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.when.to_dict(),
            "low": self.interval.low,
            "high": self.interval.high,
            "hedge": self.value.hedge,
            "dated_by": self.when.dated_by,
            "citations": [citation_dict(c) for c in self.citations()],
            "stated": {"low": self.value.low, "high": self.value.high},
            "cumulative": self.when.cumulative,
            "claims": self.claim_ids,
            "revises": list(self.revises),
            "sentence": self.sentence,
        }


@dataclass(frozen=True)
class Series:
    """One source's figures for the party and measure, in the order of the periods they describe."""

    source: Source | None
    subject: str  # "" for the whole party, else the part counted ("civilian", "children", ...)
    points: tuple[Point, ...]

    @property
    def label(self) -> str:
        text = source_label(self.source)
        return f"{text} — {self.subject}" if self.subject else text

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.name if self.source else None,
            "source_party": self.source.party if self.source else None,
            "source_type": self.source.type if self.source else None,
            "label": self.label,
            "subject": self.subject or None,
            "points": [p.to_dict() for p in self.points],
        }


@dataclass(frozen=True)
class EnvelopeStep:
    """At one date, the range the sources' latest figures (of the last few weeks) allow between them."""

    date: dt.date
    subject: str
    interval: Interval
    sources: tuple[str, ...]
    claims: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "low": self.interval.low,
            "high": self.interval.high,
            "subject": self.subject or None,
            "sources": list(self.sources),
            "claims": list(self.claims),
        }


@dataclass(frozen=True)
class Timeline:
    """Every source's series for one party and measure, and the envelope across them."""

    party: str
    metric: str
    series: tuple[Series, ...]
    envelope: tuple[EnvelopeStep, ...]
    undated: tuple[CitedFigure, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "metric": self.metric,
            "series": [s.to_dict() for s in self.series],
            "envelope": [e.to_dict() for e in self.envelope],
            "undated": [cf.claim_id for cf in self.undated],
        }


def usual_source(figures: list[CitedFigure]) -> Source | None:
    """The spelling of a source its figures use most (the earliest-published on a tie): the series' name."""
    spelled = Counter(cf.figure.source for cf in figures)
    first: dict[Source | None, dt.date] = {}
    for cf in figures:
        day = first_known(cf) or dt.date.max
        first[cf.figure.source] = min(first.get(cf.figure.source, dt.date.max), day)
    return max(spelled, key=lambda s: (spelled[s], -first[s].toordinal()))


def _party_matches(cf: CitedFigure, party: str) -> bool:
    return (cf.figure.subject.party or "").casefold() == party.casefold()


def counts(figures: Iterable[CitedFigure]) -> list[CitedFigure]:
    """The figures a timeline plots: reported counts of people, no projections, no shares."""
    return [cf for cf in figures if cf.figure.unit == "people" and not cf.figure.projection]


def default_metric(figures: Iterable[CitedFigure], party: str) -> str:
    """``casualties`` when the party has any, else its most counted measure."""
    seen = Counter(cf.figure.metric for cf in counts(figures) if _party_matches(cf, party))
    if not seen or seen.get(DEFAULT_METRIC):
        return DEFAULT_METRIC
    return max(seen, key=lambda m: (seen[m], -METRICS.index(m) if m in METRICS else -99))


def merge_points(claims: list[tuple[CitedFigure, Dated]]) -> list[Point]:
    """One point per distinct figure: the same value for the same period from the same source."""
    groups: dict[tuple[Any, ...], list[tuple[CitedFigure, Dated]]] = defaultdict(list)
    for cf, when in claims:
        v = cf.figure.value
        groups[(when.start, when.end, when.dated_by, v.low, v.high, v.hedge)].append((cf, when))
    points = []
    for members in groups.values():
        members.sort(key=lambda m: (first_known(m[0]) or dt.date.max, m[0].claim_id))
        cf, when = members[0]
        points.append(
            Point(
                when=when,
                value=cf.figure.value,
                unit=cf.figure.unit,
                interval=interval(cf.figure.value, cf.figure.unit),
                claims=tuple(m[0] for m in members),
            )
        )
    return points


def _with_revisions(points: list[Point]) -> list[Point]:
    """Mark each point that gives another value for the period an earlier-published point spoke of.

    Points of the same reckoning end within a few days of each other, so each
    is compared only with those (by their ends, sorted).
    """
    ordered = sorted(points, key=lambda p: p.when.end)
    days = [p.when.end.toordinal() for p in ordered]
    out = []
    for p in points:
        day = p.when.end.toordinal()
        near = ordered[bisect.bisect_left(days, day - TOLERANCE_DAYS) : bisect.bisect_right(days, day + TOLERANCE_DAYS)]
        ids = sorted(
            i
            for q in near
            if q.first_published < p.first_published and q.value != p.value and same_reckoning(q.when, p.when)
            for i in q.claim_ids
        )
        out.append(Point(p.when, p.value, p.unit, p.interval, p.claims, tuple(ids)) if ids else p)
    return out


def _order(p: Point) -> tuple[Any, ...]:
    return (p.when.end, p.when.start or dt.date.min, p.first_published, p.claim_ids[0])


def _envelope(series: list[Series], window_days: int) -> list[EnvelopeStep]:
    steps: list[EnvelopeStep] = []
    window = dt.timedelta(days=window_days)
    for subject in sorted({s.subject for s in series}):
        group = [s for s in series if s.subject == subject]
        dates = sorted({p.when.end for s in group for p in s.points})
        for day in dates:
            current: list[tuple[str, Point]] = []
            for s in group:
                recent = [p for p in s.points if day - window <= p.when.end <= day]
                if recent:
                    last_end = max(p.when.end for p in recent)
                    latest = max((p for p in recent if p.when.end == last_end), key=lambda p: p.first_published)
                    current.append((s.label, latest))
            iv = current[0][1].interval
            for _, p in current[1:]:
                iv = iv.hull(p.interval)
            steps.append(
                EnvelopeStep(
                    date=day,
                    subject=subject,
                    interval=iv,
                    sources=tuple(label for label, _ in current),
                    claims=tuple(i for _, p in current for i in p.claim_ids),
                )
            )
    return steps


def build_timeline(
    figures: Iterable[CitedFigure],
    party: str,
    metric: str | None = None,
    source: str | None = None,
    as_known_on: dt.date | None = None,
    envelope_window_days: int = ENVELOPE_WINDOW_DAYS,
) -> Timeline:
    """The timeline of ``party``'s ``metric`` (default: see ``default_metric``) across sources.

    ``source`` keeps one source's series (see ``matches_source``);
    ``as_known_on`` keeps only what was published by that date. The envelope
    at each date takes every series' latest point of the
    ``envelope_window_days`` before it.
    """
    pool = list(figures)
    if as_known_on is not None:
        pool = known_on(pool, as_known_on)
    metric = metric or default_metric(pool, party)
    chosen = [
        cf
        for cf in counts(pool)
        if _party_matches(cf, party)
        and cf.figure.metric == metric
        and (source is None or matches_source(cf.figure.source, source))
    ]
    grouped: dict[tuple[Any, ...], list[tuple[CitedFigure, Dated]]] = defaultdict(list)
    undated: list[CitedFigure] = []
    for cf in chosen:
        when = dating(cf)
        if when is None:
            undated.append(cf)
            continue
        grouped[(*source_key(cf.figure.source), scope(cf.figure))].append((cf, when))
    series = []
    for key, members in grouped.items():
        points = sorted(_with_revisions(merge_points(members)), key=_order)
        series.append(Series(source=usual_source([cf for cf, _ in members]), subject=key[2], points=tuple(points)))
    series.sort(key=lambda s: (s.subject, s.points[0].when.end, s.label))
    return Timeline(
        party=party,
        metric=metric,
        series=tuple(series),
        envelope=tuple(_envelope(series, envelope_window_days)),
        undated=tuple(sorted(undated, key=lambda cf: cf.claim_id)),
    )


CSV_COLUMNS = (
    "source", "subject", "as_of_start", "as_of_end", "dated_by", "low", "high", "hedge",
    "stated_low", "stated_high", "claims", "revises", "outlets", "urls", "sentence",
)


def timeline_csv(tl: Timeline) -> str:
    """The timeline as CSV, one row a point, its series' source first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for s in tl.series:
        for p in s.points:
            cites = p.citations()
            w.writerow([
                source_label(s.source), s.subject, p.when.start.isoformat() if p.when.start else "",
                p.when.end.isoformat(), p.when.dated_by, p.interval.low,
                "" if p.interval.high is None else p.interval.high, p.value.hedge,
                "" if p.value.low is None else p.value.low, "" if p.value.high is None else p.value.high,
                " ".join(str(i) for i in p.claim_ids), " ".join(str(i) for i in p.revises),
                "; ".join(c.outlet or "" for c in cites), " ".join(c.url or "" for c in cites), p.sentence,
            ])
    return buf.getvalue()


def point_rows(tl: Timeline) -> list[dict[str, str]]:
    """The points as rows of text for a table: source, period, value, interval, dating, outlets."""
    rows = []
    for s in tl.series:
        for p in s.points:
            outlets = sorted({c.outlet for c in p.citations() if c.outlet})
            when = p.when.text() + (" (published)" if p.when.dated_by == "published" else "")
            rows.append({
                "source": s.label,
                "as of": when,
                "value": value_text(p.value, p.unit),
                "interval": str(p.interval),
                "revises": ", ".join(f"#{i}" for i in p.revises),
                "articles": f"{len(p.citations())}: " + ", ".join(outlets) if outlets else str(len(p.citations())),
                "claims": ", ".join(f"#{i}" for i in p.claim_ids),
            })
    return rows


def envelope_rows(tl: Timeline) -> list[dict[str, str]]:
    """The envelope as rows of text: date, range, sources."""
    return [
        {
            "date": e.date.isoformat(),
            "subject": e.subject,
            "range": e.interval.text(),
            "sources": "; ".join(e.sources),
        }
        for e in tl.envelope
    ]
