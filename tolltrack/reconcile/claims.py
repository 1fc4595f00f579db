"""What reconciling needs to know of one stored claim: when it speaks of, whose it is, where it came from.

Takes ``CitedFigure`` records (a figure with its article and every article
that carried it); gives their dating (the period described, or the
publication date when none was given), whether a figure is a running total,
the normalised source a series is keyed by, the part of a party a figure
counts (its scope), the "same period" test the checks share, the
``--as-known-on`` filter, and each claim as the JSON object findings and
timelines cite.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from tolltrack.reconcile.intervals import interval
from tolltrack.records import Citation, CitedFigure, Figure, Source

LOSS_METRICS: tuple[str, ...] = ("casualties", "killed", "wounded", "missing", "captured")
FORCE_METRICS: tuple[str, ...] = ("deployed", "reinforcements")


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("tolltrack.data").joinpath(name).read_text(encoding="utf-8")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells)))
    return rows


def _words(phrase: str) -> str:
    """A phrase as a regex body, any run of spaces between its words."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


@lru_cache(maxsize=1)
def _cumulative_patterns() -> tuple[re.Pattern[str], ...]:
    pats = []
    for row in _read_tsv("cumulative_words.tsv"):
        lead = r"^\s*" if row.get("where", "start") == "start" else r"(?<!\w)"
        pats.append(re.compile(rf"{lead}{_words(row['phrase'])}(?!\w)", re.IGNORECASE))
    return tuple(pats)


@lru_cache(maxsize=1)
def _scope_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<!\w){_words(r['word'])}(?!\w)", re.IGNORECASE), r["scope"])
        for r in _read_tsv("subject_scopes.tsv")
    )


def parse_day(text: str | None) -> dt.date | None:
    """An ISO date (or the date part of a datetime); None when empty or unreadable."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Dated:
    """When a figure speaks of: ``start`` (None for a running total from the beginning) to ``end``."""

    start: dt.date | None
    end: dt.date
    dated_by: str  # "as_of": the period the text gives; "published": the article's date, none given
    cumulative: bool

    @property
    def is_state(self) -> bool:
        """A running total or a single day: the state of things at ``end``."""
        return self.cumulative or self.start is None or self.start == self.end

    def to_dict(self) -> dict[str, str | None]:
        return {"start": self.start.isoformat() if self.start else None, "end": self.end.isoformat()}

    def text(self) -> str:
        if self.start is None:
            return f"to {self.end.isoformat()}"
        if self.start == self.end:
            return self.end.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def is_running_total(figure: Figure) -> bool:
    """True for a count of everything up to a date: a period with no start, or "since"/"by"/"so far" words."""
    period = figure.as_of
    if period is None or (period.start is None and period.end is None):
        return True  # a figure with no period of its own describes the state on publication
    if period.start is None:
        return True
    return any(p.search(period.text or "") for p in _cumulative_patterns())


def dating(cf: CitedFigure) -> Dated | None:
    """The period a figure describes, or the publication date when it gives none; None when neither is known."""
    fig = cf.figure
    published = parse_day(cf.published)
    period = fig.as_of
    start = parse_day(period.start) if period else None
    end = parse_day(period.end) if period else None
    cumulative = is_running_total(fig)
    if end is None and start is not None:
        end = published if published is not None and published >= start else start
    if end is not None:
        if start is not None and start > end:
            start, end = end, start
        return Dated(start=start, end=end, dated_by="as_of", cumulative=cumulative)
    if published is not None:
        return Dated(start=None, end=published, dated_by="published", cumulative=True)
    return None


TOLERANCE_DAYS = 3


def same_period(a: Dated, b: Dated, tolerance_days: int = TOLERANCE_DAYS) -> bool:
    """Whether two figures speak of the same time, so that they can be compared.

    A running total, or a figure for a single day ("said on Monday", "as of
    March 14"), is the state of things when it ends: two such states match
    when they end within ``tolerance_days`` of each other. Two counts for
    longer periods ("in January") match when both their starts and their ends
    are that close. A state and a longer period never match: a day's toll is
    no part of a month's to compare with, and a running total no month's.
    """
    if a.is_state and b.is_state:
        return abs((a.end - b.end).days) <= tolerance_days
    if a.is_state or b.is_state:
        return False
    assert a.start is not None and b.start is not None
    return abs((a.start - b.start).days) <= tolerance_days and abs((a.end - b.end).days) <= tolerance_days


def same_reckoning(a: Dated, b: Dated, tolerance_days: int = TOLERANCE_DAYS) -> bool:
    """Whether a source's two figures count the same thing, so that the later-published one revises the earlier.

    The same period exactly; two running totals ending within
    ``tolerance_days``; or two longer periods that match (``same_period``).
    Two single days are the same reckoning only when they are the same day: a
    daily count of Tuesday does not revise Monday's.
    """
    if (a.start, a.end) == (b.start, b.end):
        return True
    if a.cumulative and b.cumulative:
        return abs((a.end - b.end).days) <= tolerance_days
    if a.is_state or b.is_state:
        return False
    return same_period(a, b, tolerance_days)


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """A source name as a key: whitespace collapsed, a leading "the" dropped, case folded."""
    text = " ".join(name.split())
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    return text.casefold()


def source_key(source: Source | None) -> tuple[str, str]:
    """The key a source's series is kept under: its normalised name and party."""
    if source is None:
        return ("", "")
    return (normalise_name(source.name), (source.party or "").casefold())


def source_label(source: Source | None) -> str:
    """A source as people read it: "National Intelligence Service (South Korea)"."""
    if source is None:
        return "unattributed"
    name = " ".join(source.name.split())
    if source.party and source.party.casefold() not in name.casefold():
        return f"{name} ({source.party})"
    return name


def scope(figure: Figure) -> str:
    """The part of a party a figure counts: "" for the whole, else "civilian", "children", "officers", ...

    Figures of different scopes are never compared, and each scope is its own
    series: a count of children is not a revision of a count of all dead.
    """
    text = figure.subject.text or ""
    for pat, name in _scope_patterns():
        if pat.search(text):
            return name
    return "civilian" if figure.subject.role == "civilian" else ""


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Place -> the country it lies in, from ``places.tsv`` (keys normalised)."""
    return {normalise_name(r["place"]): normalise_name(r["country"]) for r in _read_tsv("places.tsv") if r.get("country")}


@lru_cache(maxsize=65536)
def _place_key(place: str) -> str:
    return re.sub(r"\s+(region|oblast|province|governorate|district)$", "", normalise_name(place))


def country_of(place: str) -> str | None:
    """The country a place lies in, by ``places.tsv`` (normalised); a country named in ``parties.tsv`` is its own."""
    key = _place_key(place)
    if key in _countries():
        return _countries()[key]
    if key in _known_countries():
        return key
    return None


@lru_cache(maxsize=1)
def _known_countries() -> frozenset[str]:
    return frozenset(normalise_name(r["party"]) for r in _read_tsv("parties.tsv") if r.get("kind") == "country")


def place_relation(a: Figure, b: Figure) -> str:
    """How two figures' places relate: "same", "a_within_b", "b_within_a", "apart" or "unknown".

    "same" when both name the same place or neither names one; a place lies
    within its country as ``places.tsv`` gives it ("Kursk" within "Russia");
    "unknown" when only one of them names a place: a figure without a place
    may count the whole or a part nobody located.
    """
    pa = _place_key(a.place) if a.place else None
    pb = _place_key(b.place) if b.place else None
    if pa == pb:
        return "same"
    if pa is None or pb is None:
        return "unknown"
    if _countries().get(pa) == pb:
        return "a_within_b"
    if _countries().get(pb) == pa:
        return "b_within_a"
    return "apart"


def same_place(a: Figure, b: Figure) -> bool:
    """False only when both figures name places, and the places lie apart."""
    return place_relation(a, b) != "apart"


def all_citations(cf: CitedFigure) -> list[Citation]:
    """Every article that carried the claim, its own article first, each once, oldest after it."""
    own = [c for c in cf.citations if c.article_id == cf.article_id]
    if not own:
        own = [Citation(article_id=cf.article_id, published=cf.published)]
    others = [c for c in cf.citations if c.article_id != cf.article_id]
    seen = {own[0].article_id}
    out = [own[0]]
    for c in sorted(others, key=lambda c: (c.published or "9999", c.article_id)):
        if c.article_id not in seen:
            seen.add(c.article_id)
            out.append(c)
    return out


def first_known(cf: CitedFigure) -> dt.date | None:
    """The earliest publication date of any article that carried the claim."""
    days = [d for d in (parse_day(c.published) for c in all_citations(cf)) if d is not None]
    own = parse_day(cf.published)
    if own is not None:
        days.append(own)
    return min(days) if days else None


def known_on(figures: Iterable[CitedFigure], day: dt.date) -> list[CitedFigure]:
    """Only what was published by ``day``: claims first carried by then, with only the citations of by then."""
    out = []
    for cf in figures:
        first = first_known(cf)
        if first is None or first > day:
            continue
        kept = tuple(c for c in cf.citations if (parse_day(c.published) or dt.date.max) <= day)
        out.append(replace(cf, citations=kept))
    return out


def matches_source(source: Source | None, wanted: str) -> bool:
    """Whether ``--source`` text names this source: its name, case and "the" aside, or a part of it."""
    if source is None:
        return normalise_name(wanted) in ("", "unattributed", "none")
    want = normalise_name(wanted)
    name = normalise_name(source.name)
    return want == name or want in name or want == normalise_name(source_label(source))


def citation_dict(c: Citation) -> dict[str, Any]:
    return {"article": c.article_id, "outlet": c.outlet, "url": c.url, "published": c.published}


def claim_dict(cf: CitedFigure) -> dict[str, Any]:
    """One claim as findings and reports cite it: its source, value, interval, period, sentence and article."""
    fig = cf.figure
    when = dating(cf)
    cites = all_citations(cf)
    own = cites[0]
    return {
        "claim": cf.claim_id,
        "metric": fig.metric,
        "party": fig.subject.party,
        "subject": fig.subject.text,
        "source": fig.source.to_dict() if fig.source else None,
        "via": [r.to_dict() for r in fig.via],
        "value": fig.value.to_dict(),
        "unit": fig.unit,
        "interval": interval(fig.value, fig.unit).to_dict(),
        "as_of": when.to_dict() if when else None,
        "dated_by": when.dated_by if when else None,
        "place": fig.place,
        "sentence": fig.sentence,
        "article": {
            "article": cf.article_id,
            "outlet": own.outlet,
            "url": own.url,
            "published": cf.published or own.published,
            "title": own.title,
        },
        "citations": [citation_dict(c) for c in cites],
    }
