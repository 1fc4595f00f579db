"""Hand-built stored claims for the reconcile tests: one call, one CitedFigure."""

from __future__ import annotations

from tolltrack.records import Citation, CitedFigure, Figure, Period, Relay, Source, Subject, Value

SOURCES = {
    "NIS": Source("National Intelligence Service", "South Korea", "intelligence"),
    "JCS": Source("Joint Chiefs of Staff", "South Korea", "military"),
    "Zelensky": Source("Volodymyr Zelensky", "Ukraine", "person"),
    "HUR": Source("Main Intelligence Directorate", "Ukraine", "intelligence"),
    "Kyiv": Source("Government of Ukraine", "Ukraine", "government"),
    "Moscow": Source("Government of Russia", "Russia", "government"),
}


def cited(
    claim_id: int,
    metric: str,
    value: tuple,
    *,
    party: str = "North Korea",
    source: str | Source | None = "NIS",
    published: str | None = "2025-01-13",
    start: str | None = None,
    end: str | None = None,
    as_of_text: str = "",
    no_period: bool = False,
    open_end: bool = False,
    unit: str = "people",
    role: str = "military",
    subject: str = "North Korean troops",
    place: str | None = None,
    sentence: str = "",
    article: int | None = None,
    outlet: str = "Harbour Wire",
    reprints: tuple[tuple[int, str, str], ...] = (),
    via: tuple[str, ...] = (),
    projection: bool = False,
) -> CitedFigure:
    """A stored figure. ``value`` is (hedge, low, high); ``start``/``end`` default to the publication day.

    ``no_period`` gives no as_of at all; ``open_end`` an as_of without an end.
    """
    hedge, low, high = value
    src = SOURCES[source] if isinstance(source, str) else source
    if no_period:
        period = None
    else:
        s = start if start is not None or end is not None else published
        e = None if open_end else end if end is not None else (start or published)
        period = Period(s, e, as_of_text)
    fig = Figure(
        metric=metric,
        subject=Subject(party, role, subject),
        value=Value(low, high, hedge),
        unit=unit,
        as_of=period,
        place=place,
        source=src,
        via=tuple(Relay(v, "lawmaker") for v in via),
        sentence=sentence or f"claim {claim_id}",
        projection=projection,
    )
    art = article if article is not None else claim_id * 10
    cites = [Citation(art, outlet, f"https://{outlet.lower().replace(' ', '-')}.example/{art}", published, f"story {art}")]
    cites += [Citation(a, o, f"https://{o.lower().replace(' ', '-')}.example/{a}", p, f"reprint {a}") for a, o, p in reprints]
    return CitedFigure(claim_id=claim_id, figure=fig, article_id=art, published=published, citations=tuple(cites))
