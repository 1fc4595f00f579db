"""Timeline charts: each source's points with their interval bars, and the envelope as a band.

Takes a ``Timeline``; gives a matplotlib figure, an SVG string to inline in
a page (no scripts, no links, fonts drawn as paths so it renders offline), or
a PNG/SVG file. Uses matplotlib's object API with the Agg/SVG canvases
directly, so it never touches pyplot's global state or needs a display.

How to read it: a marker is where a figure's period ends (hollow when the
text gave no period and the publication date stands in); its vertical bar is
the interval the hedge allows (an arrow where there is no ceiling); a thin
horizontal line shows a period longer than a day; the grey band is the
envelope across sources.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure as MplFigure
from matplotlib.ticker import FuncFormatter

from tolltrack.reconcile.timeline import Point, Timeline

RC = {"svg.fonttype": "path", "svg.hashsalt": "tolltrack", "font.size": 9}
FORMATS = ("png", "svg")


def _thousands(y: float, _pos: object) -> str:
    return f"{y:,.0f}"


def timeline_figure(tl: Timeline, width: float = 8.0, height: float = 4.8) -> MplFigure:
    """The chart of a timeline as a matplotlib figure."""
    with matplotlib.rc_context(RC):
        fig = MplFigure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
        title = f"{tl.party} — {tl.metric}"
        points = [p for s in tl.series for p in s.points]
        if not points:
            ax.set_title(title)
            ax.text(0.5, 0.5, "no dated figures", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            return fig
        finite_highs = [p.interval.high for p in points if p.interval.high is not None]
        top = max([*finite_highs, *(p.interval.low for p in points)]) * 1.15 or 1.0
        for subject in sorted({e.subject for e in tl.envelope}):
            steps = [e for e in tl.envelope if e.subject == subject]
            xs = [date2num(e.date) for e in steps]
            lows = [e.interval.low for e in steps]
            highs = [top if e.interval.high is None else e.interval.high for e in steps]
            if len(xs) == 1:
                xs = [xs[0] - 0.5, xs[0] + 0.5]
                lows, highs = lows * 2, highs * 2
            label = "envelope" + (f" — {subject}" if subject else "")
            ax.fill_between(xs, lows, highs, step="post", color="0.6", alpha=0.25, linewidth=0, label=label)
        colours = matplotlib.colormaps["tab10"]
        for n, s in enumerate(tl.series):
            colour = colours(n % 10)
            xs = [date2num(p.when.end) for p in s.points]
            ax.plot(xs, [p.interval.low if p.value.hedge == "at_least" else _mid(p) for p in s.points],
                    color=colour, linewidth=0.8, alpha=0.5)
            for p, x in zip(s.points, xs):
                high = top if p.interval.high is None else p.interval.high
                ax.vlines(x, p.interval.low, high, color=colour, linewidth=2.2, alpha=0.8)
                if p.interval.high is None:
                    ax.plot([x], [top], marker="^", color=colour, markersize=6)
                if p.when.start is not None and p.when.start != p.when.end:
                    ax.hlines(_mid(p), date2num(p.when.start), x, color=colour, linewidth=0.8, linestyles="dotted")
                hollow = p.when.dated_by == "published"
                ax.plot([x], [p.interval.low if p.value.hedge == "at_least" else _mid(p)], marker="o",
                        markersize=6, color=colour, markerfacecolor="white" if hollow else colour)
            ax.plot([], [], marker="o", color=colour, label=s.label)
        ax.set_title(title)
        ax.set_ylabel(tl.metric)
        ax.set_ylim(bottom=0, top=top * 1.05)
        locator = AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.yaxis.set_major_formatter(FuncFormatter(_thousands))
        ax.grid(axis="y", alpha=0.3)
        ncol = min(3, len(tl.series) + 1)
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=ncol, fontsize=7, frameon=False)
        return fig


def _mid(p: Point) -> float:
    """Where a point's marker sits: the figure as stated (the middle of a range, the ceiling of "up to")."""
    v = p.value
    if v.hedge == "at_most":
        return float(v.high or 0)
    if v.hedge == "range" and v.low is not None and v.high is not None:
        return (v.low + v.high) / 2
    return float(v.low if v.low is not None else v.high or 0)


def _render(fig: MplFigure, fmt: str) -> bytes:
    buf = io.BytesIO()
    with matplotlib.rc_context(RC):
        if fmt == "svg":
            FigureCanvasSVG(fig).print_svg(buf, metadata={"Date": None})
        elif fmt == "png":
            FigureCanvasAgg(fig).print_png(buf, metadata={"Software": None})
        else:
            raise ValueError(f"unknown chart format {fmt!r} (use {', '.join(FORMATS)})")
    return buf.getvalue()


def timeline_svg(tl: Timeline) -> str:
    """The chart as an ``<svg>`` element to place inside an HTML page (no XML prolog, no doctype)."""
    text = _render(timeline_figure(tl), "svg").decode("utf-8")
    return text[text.index("<svg") :]


def chart_bytes(tl: Timeline, fmt: str) -> bytes:
    """The chart as a PNG or a standalone SVG file's bytes."""
    return _render(timeline_figure(tl), fmt)


def write_chart(tl: Timeline, path: str | Path, fmt: str | None = None) -> Path:
    """Write the chart to ``path``, as ``fmt`` or as the path's suffix says (png or svg)."""
    out = Path(path)
    kind = (fmt or out.suffix.lstrip(".")).lower()
    data = chart_bytes(tl, kind)
    out.write_bytes(data)
    return out
