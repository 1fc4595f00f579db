"""Checks: claims that do not add up, each finding with the claims, sentences and arithmetic it rests on.

Takes a list of ``CitedFigure``; gives ``Finding`` records of five kinds:

- ``subtotal_exceeds_total``: a source's killed or wounded (or the two
  together) above its casualties for the same period;
- ``casualties_exceed_force``: a force's losses above the force sent abroad
  plus its reinforcements;
- ``share_vs_count``: a share of the force (unit percent) times the force,
  against a count for the same period — consistent or not within the hedges;
- ``falling_cumulative``: a source's running total that is lower later, or
  its figure for a period revised down: a revision to surface, not an error;
- ``contradiction``: two sources whose intervals for the same party, measure,
  period and place have no value in common, side by side.

Verdicts (``VERDICTS``):

- ``inconsistent``: no values agree, even reading the hedges' words alone
  ("more than 3,000" has no ceiling, "up to 4,000" reaches zero);
- ``unlikely``: no values agree by the hedge conventions
  (``data/hedge_intervals.toml``), though the words alone would let them;
- ``within_hedges``: the numbers as stated disagree, the hedges let them agree;
- ``consistent``: a share check that agrees;
- ``revised_down``: a running total lower, beyond the hedges, than before.

Comparisons follow ``claims.same_period`` and ``claims.place_relation``: a
count for a place is compared only with a count for the same place (or, for
contradictions and subtotals, the country holding it). Projections are never
checked, and a smaller figure that a source gives beside a larger one of the
same measure and period in the same article ("35 killed, two of them
children") is taken for a part of it, not compared as a rival count.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from fractions import Fraction
from typing import Any, Callable, Iterable

from tolltrack.reconcile.claims import (
    FORCE_METRICS,
    LOSS_METRICS,
    TOLERANCE_DAYS,
    Dated,
    claim_dict,
    country_of,
    dating,
    known_on,
    normalise_name,
    place_relation,
    same_period,
    same_place,
    same_reckoning,
    scope,
    source_key,
    source_label,
)
from tolltrack.reconcile.intervals import Interval, fmt_number, interval, stated, value_text
from tolltrack.reconcile.timeline import Point, merge_points
from tolltrack.records import CitedFigure, Figure, Source

KINDS: tuple[str, ...] = (
    "subtotal_exceeds_total",
    "casualties_exceed_force",
    "share_vs_count",
    "falling_cumulative",
    "contradiction",
)
VERDICTS: tuple[str, ...] = ("inconsistent", "unlikely", "within_hedges", "consistent", "revised_down")

# A running total that falls below this share of an earlier one more likely counts something else.
LARGEST_FALL = 0.5


@dataclass(frozen=True)
class Item:
    """One distinct figure of one source (see ``timeline.Point``), with what the checks group it by."""

    point: Point
    party: str
    metric: str
    unit: str
    source: Source | None
    scope: str

    @property
    def figure(self) -> Figure:
        return self.point.claims[0].figure

    @property
    def iv(self) -> Interval:
        """The interval by the hedge conventions."""
        return self.point.interval

    @cached_property
    def strict(self) -> Interval:
        """The interval the hedge's words alone allow."""
        return interval(self.point.value, self.unit, strict=True)

    @property
    def when(self) -> Dated:
        return self.point.when

    @cached_property
    def skey(self) -> tuple[str, str]:
        return source_key(self.source)

    @cached_property
    def stated(self) -> int | float:
        return stated(self.point.value)

    @cached_property
    def articles(self) -> set[int]:
        return {cf.article_id for cf in self.point.claims}

    def describe(self) -> str:
        """'National Intelligence Service (South Korea): ~3,000 casualties (range 2,700–3,300; 2025-01-13)'."""
        what = self.metric if self.unit == "people" else f"of the force as {self.metric}"
        who = f" of {self.scope}" if self.scope else ""
        where = f" in {self.figure.place}" if self.figure.place else ""
        dated = "published " if self.when.dated_by == "published" else ""
        return (
            f"{source_label(self.source)}: {value_text(self.point.value, self.unit)} {what}{who}{where} "
            f"(range {_iv(self.iv, self.unit)}; {dated}{self.when.text()})"
        )


@dataclass(frozen=True)
class Finding:
    """One thing that does not add up (or, for shares, does): which claims, the arithmetic, the verdict."""

    kind: str
    party: str
    metric: str
    verdict: str
    detail: str
    arithmetic: str
    claims: tuple[CitedFigure, ...]
    date: dt.date

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "party": self.party,
            "metric": self.metric,
            "verdict": self.verdict,
            "detail": self.detail,
            "arithmetic": self.arithmetic,
            "claims": [claim_dict(cf) for cf in self.claims],
        }


def _iv(iv: Interval, unit: str = "people") -> str:
    return iv.text(unit)


VERDICT_TEXT = {
    "inconsistent": "No values agree, even reading the hedges' words alone.",
    "unlikely": "No values agree by the hedge conventions; the words alone would let them.",
    "within_hedges": "The numbers as stated disagree; the hedges let them agree.",
    "consistent": "The ranges overlap: consistent within the hedges.",
    "revised_down": "Lower beyond the hedges: a revision.",
}


def collect_items(figures: Iterable[CitedFigure]) -> list[Item]:
    """Every distinct dated, reported figure with a party: same source, value, period and place merged into one."""
    groups: dict[tuple[Any, ...], list[tuple[CitedFigure, Dated]]] = defaultdict(list)
    firsts: dict[tuple[Any, ...], CitedFigure] = {}
    for cf in figures:
        fig = cf.figure
        if fig.projection or not fig.subject.party:
            continue
        when = dating(cf)
        if when is None:
            continue
        key = (fig.subject.party, fig.metric, fig.unit, *source_key(fig.source), scope(fig), fig.place or "")
        groups[key].append((cf, when))
        firsts.setdefault(key, cf)
    items = []
    for key, members in groups.items():
        first = firsts[key].figure
        for p in merge_points(members):
            items.append(Item(p, key[0], key[1], key[2], first.source, key[5]))
    items.sort(key=lambda i: (i.when.end, i.point.first_published, i.point.claim_ids[0]))
    return items


def likely_parts(items: list[Item]) -> set[int]:
    """Ids of items a source gives beside a larger figure of the same measure and period in the same article.

    "A strike killed 35 people, two of them children": the 2 is a part of the
    35 (whatever subject the extractor gave it), not a rival count.
    """
    largest: dict[tuple[Any, ...], float] = defaultdict(float)
    keyed: list[tuple[Item, list[tuple[Any, ...]]]] = []
    for it in items:
        keys = [(it.skey, it.party, it.metric, it.unit, it.when.start, it.when.end, a) for a in it.articles]
        keyed.append((it, keys))
        for k in keys:
            largest[k] = max(largest[k], float(it.stated))
    return {id(it) for it, keys in keyed if any(largest[k] > it.stated for k in keys)}


def _finding(kind: str, party: str, metric: str, verdict: str, detail: str, arithmetic: str, items: list[Item]) -> Finding:
    claims = tuple(cf for it in items for cf in it.point.claims)
    return Finding(kind, party, metric, verdict, detail, arithmetic, claims, max(it.when.end for it in items))


def _ceiling(iv: Interval) -> float:
    return math.inf if iv.high is None else float(iv.high)


class ByEnd:
    """Items indexed by the day their period ends, to find those near in time without comparing all pairs.

    Every match of ``same_period`` and ``same_reckoning`` ends within the
    tolerance of the other, so only those need comparing.
    """

    def __init__(self, items: Iterable[Item]) -> None:
        self.items = sorted(items, key=lambda it: it.when.end)
        self.days = [it.when.end.toordinal() for it in self.items]

    def near(self, day: dt.date, tolerance_days: int) -> list[Item]:
        """The items ending within ``tolerance_days`` of ``day``."""
        lo = bisect.bisect_left(self.days, day.toordinal() - tolerance_days)
        hi = bisect.bisect_right(self.days, day.toordinal() + tolerance_days)
        return self.items[lo:hi]

    def pairs(self, tolerance_days: int) -> Iterable[tuple[Item, Item]]:
        """Each pair of items ending within ``tolerance_days`` of each other, once, the earlier-ending first."""
        for i, a in enumerate(self.items):
            hi = bisect.bisect_right(self.days, self.days[i] + tolerance_days)
            for b in self.items[i + 1 : hi]:
                yield a, b


def _above(iv: Interval, strict: Interval, other_iv: Interval, other_strict: Interval) -> str | None:
    """``inconsistent`` when even the words put the first above the other, ``unlikely`` when the conventions do."""
    if strict.above(other_strict):
        return "inconsistent"
    if iv.above(other_iv):
        return "unlikely"
    return None


# --- subtotal_exceeds_total --------------------------------------------------


def subtotal_exceeds_total(items: list[Item], tolerance_days: int = TOLERANCE_DAYS) -> list[Finding]:
    """Killed or wounded (alone, or the two added up) above casualties from the same source for the same period."""
    out: list[Finding] = []
    groups: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    for it in items:
        if it.unit == "people" and it.source is not None:
            groups[(it.party, it.skey, it.scope)].append(it)
    for group in groups.values():
        parts = ByEnd(s for s in group if s.metric in ("killed", "wounded"))
        for total in (t for t in group if t.metric == "casualties"):
            subs = [
                s for s in parts.near(total.when.end, tolerance_days)
                if s.metric in ("killed", "wounded")
                and same_period(s.when, total.when, tolerance_days)
                and place_relation(s.figure, total.figure) in ("same", "a_within_b")
            ]
            flagged: set[int] = set()
            for s in subs:
                verdict = _above(s.iv, s.strict, total.iv, total.strict)
                if verdict is None and s.stated > total.stated:
                    verdict = "within_hedges"
                if verdict is None:
                    continue
                flagged.add(id(s))
                arithmetic = (
                    f"{s.metric} {value_text(s.point.value)} = {_iv(s.iv)} against casualties "
                    f"{value_text(total.point.value)} = {_iv(total.iv)}"
                )
                detail = (
                    f"{s.metric.capitalize()} above casualties from the same source for the same period: "
                    f"{s.describe()}; {total.describe()}. " + VERDICT_TEXT[verdict]
                )
                out.append(_finding("subtotal_exceeds_total", s.party, "casualties", verdict, detail, arithmetic, [s, total]))
            killed = [s for s in subs if s.metric == "killed" and id(s) not in flagged]
            wounded = [s for s in subs if s.metric == "wounded" and id(s) not in flagged]
            for k in killed:
                for w in wounded:
                    if not same_period(k.when, w.when, tolerance_days):
                        continue
                    both = k.iv + w.iv
                    verdict = _above(both, k.strict + w.strict, total.iv, total.strict)
                    if verdict is None and k.stated + w.stated > total.stated:
                        verdict = "within_hedges"
                    if verdict is None:
                        continue
                    arithmetic = (
                        f"killed {_iv(k.iv)} + wounded {_iv(w.iv)} = {_iv(both)} against casualties "
                        f"{value_text(total.point.value)} = {_iv(total.iv)}"
                    )
                    detail = (
                        "Killed and wounded together above casualties from the same source for the same period: "
                        f"{k.describe()}; {w.describe()}; {total.describe()}. " + VERDICT_TEXT[verdict]
                    )
                    out.append(_finding("subtotal_exceeds_total", k.party, "casualties", verdict, detail, arithmetic, [k, w, total]))
    return out


# --- the force: deployed plus reinforcements ----------------------------------


@dataclass(frozen=True)
class Force:
    """The force a party had at a date: one deployed figure, and reinforcements sent by then if any."""

    deployed: Item
    reinforcements: Item | None

    @property
    def iv(self) -> Interval:
        return self.deployed.iv + self.reinforcements.iv if self.reinforcements else self.deployed.iv

    @property
    def strict(self) -> Interval:
        return self.deployed.strict + self.reinforcements.strict if self.reinforcements else self.deployed.strict

    @property
    def stated(self) -> int | float:
        return self.deployed.stated + (self.reinforcements.stated if self.reinforcements else 0)

    @property
    def items(self) -> list[Item]:
        return [self.deployed] + ([self.reinforcements] if self.reinforcements else [])

    def text(self) -> str:
        parts = f"{_iv(self.deployed.iv)} deployed"
        if self.reinforcements:
            parts += f" + {_iv(self.reinforcements.iv)} reinforcements = {_iv(self.iv)}"
        return parts


def sent_abroad(it: Item) -> bool:
    """Whether a deployment is of a force sent out of its own country ("11,000 troops sent to Russia").

    Only such a force is a whole that its losses can be held against: a
    country's losses at home are not bounded by any one deployment there.
    """
    if not it.figure.place:
        return False
    country = country_of(it.figure.place)
    return country is not None and country != normalise_name(it.party)


def _forces(items: list[Item]) -> dict[str, dict[str, list[Item]]]:
    out: dict[str, dict[str, list[Item]]] = defaultdict(lambda: defaultdict(list))
    for it in items:
        if it.metric in FORCE_METRICS and it.unit == "people" and it.scope == "":
            out[it.party][it.metric].append(it)
    return out


def _largest_by(candidates: list[Item], day: dt.date, tolerance_days: int, fallback: bool) -> Item | None:
    """The candidate allowing the largest force among those dated by ``day``; else the earliest, if ``fallback``."""
    limit = day + dt.timedelta(days=tolerance_days)
    dated = [c for c in candidates if c.when.end <= limit]
    if not dated:
        if not fallback or not candidates:
            return None
        return min(candidates, key=lambda c: (c.when.end, c.point.claim_ids[0]))
    return max(dated, key=lambda c: (_ceiling(c.iv), c.when.end, -c.point.claim_ids[0]))


def force_at(forces: dict[str, list[Item]], loss: Item, tolerance_days: int = TOLERANCE_DAYS) -> Force | None:
    """The largest force sent abroad the claims allow at the loss's date, with reinforcements sent by then.

    Places are not compared further: a force is sent "to Russia" and loses men "in Kursk".
    """
    abroad = [d for d in forces.get("deployed", []) if sent_abroad(d)]
    dep = _largest_by(abroad, loss.when.end, tolerance_days, fallback=True)
    if dep is None:
        return None
    return Force(dep, _largest_by(forces.get("reinforcements", []), loss.when.end, tolerance_days, fallback=False))


def casualties_exceed_force(items: list[Item], tolerance_days: int = TOLERANCE_DAYS) -> list[Finding]:
    """A force's losses (casualties, killed, wounded, missing, captured) above the force sent plus reinforcements."""
    out: list[Finding] = []
    forces = _forces(items)
    for loss in items:
        if loss.metric not in LOSS_METRICS or loss.unit != "people" or loss.scope != "":
            continue
        if loss.figure.subject.role != "military":
            continue
        force = force_at(forces.get(loss.party, {}), loss, tolerance_days)
        if force is None:
            continue
        verdict = _above(loss.iv, loss.strict, force.iv, force.strict)
        if verdict is None and loss.stated > force.stated:
            verdict = "within_hedges"
        if verdict is None:
            continue
        arithmetic = f"{loss.metric} {value_text(loss.point.value)} = {_iv(loss.iv)} against a force of {force.text()}"
        detail = (
            f"{loss.metric.capitalize()} above the force sent: {loss.describe()}; force: "
            + "; ".join(i.describe() for i in force.items)
            + ". "
            + VERDICT_TEXT[verdict]
        )
        out.append(_finding("casualties_exceed_force", loss.party, loss.metric, verdict, detail, arithmetic, [loss, *force.items]))
    return out


# --- share_vs_count ---------------------------------------------------------------


def share_of(share: Interval, base: Interval) -> Interval:
    """``share`` percent of ``base`` people, as whole people: the low end rounded down, the high up."""
    low = math.floor(Fraction(str(share.low)) * Fraction(str(base.low)) / 100)
    if share.high is None or base.high is None:
        return Interval(low, None)
    return Interval(low, math.ceil(Fraction(str(share.high)) * Fraction(str(base.high)) / 100))


def _number_pattern(n: int | float) -> re.Pattern[str]:
    whole = int(n)
    alts = {re.escape(str(whole)), re.escape(f"{whole:,}"), re.escape(f"{whole:,}".replace(",", " "))}
    return re.compile(rf"(?<![\d,.]){'|'.join(sorted(alts))}(?![\d])")


def names_figure(sentence: str, item: Item) -> bool:
    """Whether ``sentence`` writes out the number of ``item`` ("30 percent of the 11,000 ...")."""
    numbers = [n for n in (item.point.value.low, item.point.value.high) if n is not None]
    return any(_number_pattern(n).search(sentence) for n in numbers)


@dataclass(frozen=True)
class Base:
    """A force a share may be a share of: its words, its stated size, its intervals, and the claims it rests on."""

    words: str
    stated: int | float
    iv: Interval
    strict: Interval
    items: tuple[Item, ...]


def _share_bases(share: Item, forces: dict[str, list[Item]], tolerance_days: int) -> list[Base]:
    """The forces a share may be a share of.

    A deployed force whose number the share's sentence writes out ("30
    percent of the 11,000") is the base, the one from the same article first;
    otherwise the deployed force alone and the force with its reinforcements
    are both tried.
    """
    deployed = forces.get("deployed", [])
    sentence = share.figure.sentence
    named = [d for d in deployed if sentence and names_figure(sentence, d)]
    if named:
        best = min(
            named,
            key=lambda d: (not (d.articles & share.articles), abs((d.when.end - share.when.end).days), d.point.claim_ids[0]),
        )
        return [Base(f"{_iv(best.iv)} deployed", best.stated, best.iv, best.strict, (best,))]
    dep = _largest_by(deployed, share.when.end, tolerance_days, fallback=True)
    if dep is None:
        return []
    bases = [Base(f"{_iv(dep.iv)} deployed", dep.stated, dep.iv, dep.strict, (dep,))]
    reinf = _largest_by(forces.get("reinforcements", []), share.when.end, tolerance_days, fallback=False)
    if reinf is not None:
        force = Force(dep, reinf)
        words = f"{_iv(dep.iv)} deployed + {_iv(reinf.iv)} reinforcements"
        bases.append(Base(words, force.stated, force.iv, force.strict, (dep, reinf)))
    return bases


def share_vs_count(items: list[Item], tolerance_days: int = TOLERANCE_DAYS) -> list[Finding]:
    """A share of the force times the force, against each count of the same measure for the same period.

    "Some 30 percent of the 11,000" is 3,300 as stated, and 27–33% of 11,000 =
    2,970–3,630 within the hedges; "approximately 3,000" is 2,700–3,300. The
    ranges overlap, so the two are consistent.
    """
    out: list[Finding] = []
    forces = _forces(items)
    people = ByEnd(it for it in items if it.unit == "people")
    for share in items:
        if share.unit != "percent" or share.metric not in LOSS_METRICS:
            continue
        bases = _share_bases(share, forces.get(share.party, {}), tolerance_days)
        if not bases:
            continue
        implied = [(base, share_of(share.iv, base.iv), share_of(share.strict, base.strict)) for base in bases]
        for count in people.near(share.when.end, tolerance_days):
            if (
                count.unit != "people"
                or count.party != share.party
                or count.metric != share.metric
                or count.scope != share.scope
                or not same_period(share.when, count.when, tolerance_days)
                or not same_place(share.figure, count.figure)
            ):
                continue
            agree = [(b, iv) for b, iv, _ in implied if iv.overlaps(count.iv)]
            loose = [(b, iv) for b, _, iv in implied if iv.overlaps(count.strict)]
            verdict = "consistent" if agree else "unlikely" if loose else "inconsistent"
            steps = []
            for base, iv, _ in implied:
                as_stated = fmt_number(_round(Fraction(str(share.stated)) * Fraction(str(base.stated)) / 100))
                steps.append(
                    f"{fmt_number(share.stated, 'percent')} × {fmt_number(base.stated)} = {as_stated}; "
                    f"within the hedges {_iv(share.iv, 'percent')} of {base.words} = {_iv(iv)}"
                )
            overlap = ""
            if agree:
                common = agree[0][1].intersection(count.iv)
                overlap = f"; they meet at {_iv(common)}" if common else ""
            arithmetic = " | ".join(steps) + f" | against {count.metric} {value_text(count.point.value)} = {_iv(count.iv)}{overlap}"
            base, iv = agree[0] if agree else (implied[0][0], implied[0][1])
            detail = (
                f"{share.describe()}, taken of the force ({base.words}), gives {_iv(iv)}; against {count.describe()}. "
                + (VERDICT_TEXT["consistent"] if agree else "The ranges do not overlap. " + VERDICT_TEXT[verdict])
            )
            used = [it for b, _ in (agree or [(b, iv) for b, iv, _ in implied]) for it in b.items]
            uniq = list({id(it): it for it in [share, *used, count]}.values())
            out.append(_finding("share_vs_count", share.party, share.metric, verdict, detail, arithmetic, uniq))
    return out


def _round(x: Fraction) -> int | float:
    return int(x) if x.denominator == 1 else round(float(x), 1)


# --- falling_cumulative --------------------------------------------------------


def falling_cumulative(
    items: list[Item], tolerance_days: int = TOLERANCE_DAYS, largest_fall: float = LARGEST_FALL
) -> list[Finding]:
    """A source's running total lower than one it gave for an earlier date, or its figure for a period revised down.

    A figure below ``largest_fall`` of the earlier one is left alone: it more
    likely counts something else (a day's toll beside the war's) than revises it.
    """
    out: list[Finding] = []
    parts = likely_parts(items)
    groups: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    for it in items:
        if it.unit == "people" and it.source is not None and id(it) not in parts:
            groups[(it.party, it.metric, it.skey, it.scope)].append(it)
    for group in groups.values():
        running = sorted((it for it in group if it.when.cumulative), key=lambda it: it.when.end)
        by_end = ByEnd(group)
        for later in group:
            candidates = [e for e in running if e.when.end < later.when.end] if later.when.cumulative else []
            candidates += [
                e for e in by_end.near(later.when.end, tolerance_days)
                if e.point.first_published < later.point.first_published and same_reckoning(e.when, later.when, tolerance_days)
            ]
            earlier = [
                e for e in candidates
                if e.stated > later.stated >= e.stated * largest_fall
                and e is not later
                and not (e.articles & later.articles)
                and place_relation(e.figure, later.figure) == "same"
            ]
            if not earlier:
                continue
            top = max(earlier, key=lambda e: (e.stated, e.when.end))
            verdict = "revised_down" if top.iv.above(later.iv) else "within_hedges"
            if same_reckoning(top.when, later.when, tolerance_days) and top.point.first_published < later.point.first_published:
                how = "for the same period, published later"
            else:
                how = "as a running total at a later date"
            arithmetic = (
                f"{value_text(top.point.value)} = {_iv(top.iv)}, then {value_text(later.point.value)} = {_iv(later.iv)}: "
                f"{fmt_number(top.stated - later.stated)} fewer as stated"
            )
            detail = (
                f"{source_label(later.source)} gave a lower {later.metric} figure {how}: "
                f"{top.describe()}; then {later.describe()}. " + VERDICT_TEXT[verdict]
            )
            out.append(_finding("falling_cumulative", later.party, later.metric, verdict, detail, arithmetic, [top, later]))
    return out


# --- contradiction ---------------------------------------------------------------


def contradiction(items: list[Item], tolerance_days: int = TOLERANCE_DAYS) -> list[Finding]:
    """Two named sources whose intervals for the same party, measure, period and place have no value in common.

    A count for a place within another's (Kursk within Russia) contradicts it
    only by being larger. Of two running totals at different dates, the
    earlier being lower is growth, not contradiction.
    """
    out: list[Finding] = []
    parts = likely_parts(items)
    groups: dict[tuple[Any, ...], list[Item]] = defaultdict(list)
    for it in items:
        if it.unit == "people" and it.source is not None and id(it) not in parts:
            groups[(it.party, it.metric, it.scope)].append(it)
    for group in groups.values():
        for a, b in ByEnd(group).pairs(tolerance_days):
            if a.skey == b.skey or a.iv.overlaps(b.iv) or not same_period(a.when, b.when, tolerance_days):
                continue
            where = place_relation(a.figure, b.figure)
            if where in ("apart", "unknown"):
                continue
            if where != "same":
                part, whole = (a, b) if where == "a_within_b" else (b, a)
                if not part.iv.above(whole.iv):
                    continue
            first, last = sorted((a, b), key=lambda x: x.when.end)
            if first.when.end < last.when.end and last.iv.above(first.iv):
                continue  # grew between the two dates
            low, high = (a, b) if a.stated <= b.stated else (b, a)
            verdict = "inconsistent" if not high.strict.overlaps(low.strict) else "unlikely"
            gap = high.iv.low - (low.iv.high or 0)
            arithmetic = (
                f"{value_text(high.point.value)} = {_iv(high.iv)} against {value_text(low.point.value)} = {_iv(low.iv)}: "
                f"{fmt_number(gap)} apart at the nearest"
            )
            detail = (
                f"Sources disagree on {a.party}'s {a.metric}: "
                f"{high.describe()} — against — {low.describe()}. " + VERDICT_TEXT[verdict]
            )
            out.append(_finding("contradiction", a.party, a.metric, verdict, detail, arithmetic, [high, low]))
    return out


CHECKS: dict[str, Callable[[list[Item], int], list[Finding]]] = {
    "subtotal_exceeds_total": subtotal_exceeds_total,
    "casualties_exceed_force": casualties_exceed_force,
    "share_vs_count": share_vs_count,
    "falling_cumulative": falling_cumulative,
    "contradiction": contradiction,
}


def run_checks(
    figures: Iterable[CitedFigure],
    party: str | None = None,
    as_known_on: dt.date | None = None,
    kinds: Iterable[str] = KINDS,
    tolerance_days: int = TOLERANCE_DAYS,
) -> list[Finding]:
    """Every finding for ``party`` (all parties when None), by kind, then party, measure and date."""
    pool = list(figures)
    if as_known_on is not None:
        pool = known_on(pool, as_known_on)
    if party is not None:
        pool = [cf for cf in pool if (cf.figure.subject.party or "").casefold() == party.casefold()]
    items = collect_items(pool)
    found: list[Finding] = []
    for kind in kinds:
        found.extend(CHECKS[kind](items, tolerance_days))
    return sorted(found, key=lambda f: (KINDS.index(f.kind), f.party, f.metric, f.date, [c.claim_id for c in f.claims]))
