"""Properties that hold for any ledger: ordered series, ranges that hold their figures, findings that stay in bounds."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tolltrack.reconcile import VERDICTS, build_timeline, run_checks
from tolltrack.reconcile.claims import dating, source_key

from .build import cited

START = dt.date(2024, 10, 1)


@st.composite
def figures(draw: st.DrawFn) -> list:
    out = []
    for i in range(draw(st.integers(0, 25))):
        n = draw(st.integers(1, 20000))
        hedge = draw(st.sampled_from(["exact", "approx", "at_least", "at_most", "range"]))
        value = {
            "exact": ("exact", n, n), "approx": ("approx", n, n), "at_least": ("at_least", n, None),
            "at_most": ("at_most", None, n), "range": ("range", n, n + draw(st.integers(0, 5000))),
        }[hedge]
        published = START + dt.timedelta(days=draw(st.integers(0, 200)))
        span = draw(st.sampled_from(["day", "month", "none", "running"]))
        kw: dict = {}
        if span == "none":
            kw["no_period"] = True
        elif span == "month":
            kw.update(start=published.replace(day=1).isoformat(), end=published.isoformat(), as_of_text="this month")
        elif span == "running":
            kw.update(start=None, end=published.isoformat(), as_of_text="since the war began")
        out.append(cited(
            i, draw(st.sampled_from(["killed", "wounded", "casualties", "deployed", "reinforcements"])), value,
            party=draw(st.sampled_from(["North Korea", "Russia"])),
            source=draw(st.sampled_from(["NIS", "JCS", "Zelensky", "HUR", None])),
            published=published.isoformat(),
            place=draw(st.sampled_from([None, None, "Kursk", "Russia"])),
            role=draw(st.sampled_from(["military", "unknown"])),
            projection=draw(st.booleans()) and draw(st.booleans()),
            article=draw(st.integers(0, 8)),
            **kw,
        ))
    return out


@settings(max_examples=60, deadline=None)
@given(figures())
def test_series_are_ordered_and_ranges_hold_their_figures(figs: list) -> None:
    tl = build_timeline(figs, "North Korea", "casualties")
    for s in tl.series:
        ends = [p.when.end for p in s.points]
        assert ends == sorted(ends)
        assert len({source_key(cf.figure.source) for p in s.points for cf in p.claims}) == 1
        for p in s.points:
            for n in (p.value.low, p.value.high):
                if n is not None:
                    assert p.interval.low <= n and (p.interval.high is None or n <= p.interval.high)
            assert all(not cf.figure.projection and cf.figure.subject.party == "North Korea" for cf in p.claims)
    for step in tl.envelope:
        assert step.interval.high is None or step.interval.low <= step.interval.high


@settings(max_examples=60, deadline=None)
@given(figures())
def test_findings_stay_within_their_party_and_name_their_claims(figs: list) -> None:
    for f in run_checks(figs):
        assert f.verdict in VERDICTS
        assert f.claims and all(cf.figure.subject.party == f.party for cf in f.claims)
        assert all(not cf.figure.projection and dating(cf) is not None for cf in f.claims)
        assert f.arithmetic and f.detail
        if f.kind == "contradiction":
            assert len({source_key(cf.figure.source) for cf in f.claims}) == 2
        if f.kind in ("subtotal_exceeds_total", "falling_cumulative"):
            assert len({source_key(cf.figure.source) for cf in f.claims}) == 1
    assert {f.party for f in run_checks(figs, "Russia")} <= {"Russia"}
