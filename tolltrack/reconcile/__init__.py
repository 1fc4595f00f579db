"""Reconcile: stored claims -> timelines per source, checks that claims add up, and the report.

Pure functions over lists of ``CitedFigure`` (see ``tolltrack.records``); no
database here. ``intervals`` turns hedges into intervals (by
``data/hedge_intervals.toml``), ``claims`` dates and keys claims,
``timeline`` builds each source's series and the envelope, ``checks`` finds
what does not add up, ``charts`` draws timelines (SVG/PNG) and ``report``
writes the HTML report.
"""

from tolltrack.reconcile.checks import KINDS, VERDICTS, Finding, run_checks
from tolltrack.reconcile.claims import dating, known_on
from tolltrack.reconcile.intervals import HedgeSettingsError, Interval, hedge_settings, interval
from tolltrack.reconcile.timeline import EnvelopeStep, Point, Series, Timeline, build_timeline

__all__ = [
    "KINDS",
    "VERDICTS",
    "EnvelopeStep",
    "Finding",
    "HedgeSettingsError",
    "Interval",
    "Point",
    "Series",
    "Timeline",
    "build_timeline",
    "dating",
    "hedge_settings",
    "interval",
    "known_on",
    "run_checks",
]
