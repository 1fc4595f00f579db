"""Scoring the extractor against gold annotations.

A gold directory holds articles (``*.txt``, front matter and text) with their
gold records beside them (``*.gold.jsonl``, claim-schema records; see
``docs/annotation.md``). Figures are matched one to one on metric, party,
unit, low, high and hedge; on matched figures the period (``as_of`` start and
end), source, relays and place are scored as accuracies. Statements are
matched on their text and scored by speaker.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from tolltrack.articles import parse_plain_text
from tolltrack.extract.pipeline import extract
from tolltrack.extract import vocab


def _norm_text(s: str | None) -> str:
    s = (s or "").lower()
    s = s.replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^\w\s-]", " ", s)
    s = re.sub(r"\b(?:the|a|an)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def norm_name(name: str | None) -> str:
    """A source, relay or speaker name reduced for comparison: aliases resolved, country and titles dropped."""
    if not name:
        return ""
    raw = re.sub(r"\s+", " ", name).strip()
    raw = re.sub(r"^(?:the|The)\s+", "", raw)
    entry = vocab.sources().get(raw) or vocab.persons().get(raw)
    if entry is not None:
        raw = entry.name  # type: ignore[union-attr]
    else:
        for _, _, e in vocab.sources().finditer(raw):
            if isinstance(e, vocab.SourceEntry) and len(e.name) > 3:
                raw = e.name
                break
        for _, _, e in vocab.persons().finditer(raw):
            raw = e.name  # type: ignore[union-attr]
            break
    text = _norm_text(raw)
    text = re.sub(r"\b(?:rep|president|gen|general|minister|prime minister|spokesperson|spokesman|mr|ms|dr|col|lt)\b", " ", text)
    # Country words are kept as a party, not as part of a name.
    if not text.startswith("government of"):
        for s, e, _ in sorted(vocab.parties().finditer(text), key=lambda x: -x[0]):
            text = text[:s] + " " + text[e:]
    return re.sub(r"\s+", " ", text).strip()


def norm_place(place: str | None) -> str:
    """A place reduced to its name: "the Sumy region", "central Sumy" and "Sumy" are one place."""
    t = _norm_text(place)
    t = re.sub(r"\b(?:region|province|oblast|state|city|town|village|district|governorate|area|camp|strip)\b", " ", t)
    t = re.sub(r"^(?:southern|northern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
               r"northeastern|northwestern|southeastern|southwestern|north|south|east|west)\s+", "", t)
    return re.sub(r"\s+", " ", t).strip()


def _num_eq(a: Any, b: Any, percent: bool) -> bool:
    if a is None or b is None:
        return a is None and b is None
    tol = 0.11 if percent else 1e-9
    return abs(float(a) - float(b)) <= tol


def figure_key_match(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Do a gold and a predicted figure count the same thing: metric, party, unit, low, high and hedge?"""
    if g.get("metric") != p.get("metric"):
        return False
    gp = ((g.get("subject") or {}).get("party") or "").lower()
    pp = ((p.get("subject") or {}).get("party") or "").lower()
    if gp != pp:
        return False
    unit = g.get("unit") or "people"
    if unit != (p.get("unit") or "people"):
        return False
    gv, pv = g.get("value") or {}, p.get("value") or {}
    if gv.get("hedge") != pv.get("hedge"):
        return False
    pct = unit == "percent"
    return _num_eq(gv.get("low"), pv.get("low"), pct) and _num_eq(gv.get("high"), pv.get("high"), pct)


def _period(r: dict[str, Any]) -> tuple[str | None, str | None]:
    a = r.get("as_of") or {}
    return a.get("start"), a.get("end")


def _source(r: dict[str, Any]) -> str:
    return norm_name((r.get("source") or {}).get("name"))


def _via(r: dict[str, Any]) -> list[str]:
    return [norm_name(v.get("name")) for v in r.get("via") or []]


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def statement_similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


@dataclass
class Score:
    """Counts behind the scores, over one article or many."""

    fig_tp: int = 0
    fig_fp: int = 0
    fig_fn: int = 0
    as_of_ok: int = 0
    source_ok: int = 0
    via_ok: int = 0
    place_ok: int = 0
    st_tp: int = 0
    st_fp: int = 0
    st_fn: int = 0
    articles: int = 0
    gold_figures: int = 0
    gold_statements: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("fig_tp", "fig_fp", "fig_fn", "as_of_ok", "source_ok", "via_ok", "place_ok", "st_tp", "st_fp",
                  "st_fn", "articles", "gold_figures", "gold_statements"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        self.problems.extend(other.problems)

    @staticmethod
    def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def summary(self) -> dict[str, Any]:
        p, r, f = self._f1(self.fig_tp, self.fig_fp, self.fig_fn)
        sp, sr, sf = self._f1(self.st_tp, self.st_fp, self.st_fn)
        m = self.fig_tp or 1
        return {
            "articles": self.articles,
            "gold_figures": self.gold_figures,
            "gold_statements": self.gold_statements,
            "figures": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                        "tp": self.fig_tp, "fp": self.fig_fp, "fn": self.fig_fn},
            "matched_figures": {
                "as_of": round(self.as_of_ok / m, 4),
                "source": round(self.source_ok / m, 4),
                "via": round(self.via_ok / m, 4),
                "place": round(self.place_ok / m, 4),
            },
            "statements": {"speaker_precision": round(sp, 4), "speaker_recall": round(sr, 4), "speaker_f1": round(sf, 4),
                           "tp": self.st_tp, "fp": self.st_fp, "fn": self.st_fn},
        }


def _brief(r: dict[str, Any]) -> str:
    if r.get("kind") == "statement":
        return f"statement by {(r.get('speaker') or {}).get('name')}: {r.get('text', '')[:80]!r}"
    v = r.get("value") or {}
    return (f"{r.get('metric')} {(r.get('subject') or {}).get('party')} {v.get('hedge')} {v.get('low')}-{v.get('high')}"
            f" {r.get('unit') or 'people'}")


def score_article(path: Path, gold: list[dict[str, Any]],
                  extractor: Callable[..., list[Any]] = extract) -> Score:
    """Score one article file against its gold records."""
    article = parse_plain_text(path.read_text(encoding="utf-8"), path=str(path))
    pred = [r.to_dict() for r in extractor(article.text, published=article.published)]
    sc = Score(articles=1)
    gfig = [g for g in gold if g.get("kind", "figure") == "figure"]
    pfig = [p for p in pred if p["kind"] == "figure"]
    sc.gold_figures = len(gfig)
    used: set[int] = set()
    for g in gfig:
        cands = [i for i, p in enumerate(pfig) if i not in used and figure_key_match(g, p)]
        if not cands:
            sc.fig_fn += 1
            sc.problems.append({"file": str(path), "kind": "missed", "gold": _brief(g), "record": g})
            continue
        cands.sort(key=lambda i: (_period(pfig[i]) != _period(g), _source(pfig[i]) != _source(g)))
        i = cands[0]
        used.add(i)
        p = pfig[i]
        sc.fig_tp += 1
        checks = {
            "as_of": _period(p) == _period(g),
            "source": _source(p) == _source(g),
            "via": _via(p) == _via(g),
            "place": norm_place(p.get("place")) == norm_place(g.get("place")),
        }
        sc.as_of_ok += checks["as_of"]
        sc.source_ok += checks["source"]
        sc.via_ok += checks["via"]
        sc.place_ok += checks["place"]
        for k, ok in checks.items():
            if not ok:
                want = {"as_of": _period(g), "source": (g.get("source") or {}).get("name"), "via": _via(g), "place": g.get("place")}[k]
                got = {"as_of": _period(p), "source": (p.get("source") or {}).get("name"), "via": _via(p), "place": p.get("place")}[k]
                sc.problems.append({"file": str(path), "kind": f"wrong_{k}", "gold": _brief(g), "want": want, "got": got,
                                    "sentence": p.get("sentence", "")[:200]})
    for i, p in enumerate(pfig):
        if i not in used:
            sc.fig_fp += 1
            sc.problems.append({"file": str(path), "kind": "false_alarm", "pred": _brief(p), "sentence": p.get("sentence", "")[:200]})

    gst = [g for g in gold if g.get("kind") == "statement"]
    pst = [p for p in pred if p["kind"] == "statement"]
    sc.gold_statements = len(gst)
    pairs = sorted(
        ((statement_similarity(g.get("text", ""), p.get("text", "")), gi, pi) for gi, g in enumerate(gst) for pi, p in enumerate(pst)),
        reverse=True,
    )
    gused: set[int] = set()
    pused: set[int] = set()
    for sim, gi, pi in pairs:
        if sim < 0.6 or gi in gused or pi in pused:
            continue
        gused.add(gi)
        pused.add(pi)
        if norm_name((gst[gi].get("speaker") or {}).get("name")) == norm_name((pst[pi].get("speaker") or {}).get("name")):
            sc.st_tp += 1
        else:
            sc.st_fp += 1
            sc.st_fn += 1
            sc.problems.append({"file": str(path), "kind": "wrong_speaker", "gold": _brief(gst[gi]), "got": (pst[pi].get("speaker") or {}).get("name")})
    for gi, g in enumerate(gst):
        if gi not in gused:
            sc.st_fn += 1
            sc.problems.append({"file": str(path), "kind": "missed_statement", "gold": _brief(g)})
    for pi, p in enumerate(pst):
        if pi not in pused:
            sc.st_fp += 1
            sc.problems.append({"file": str(path), "kind": "false_statement", "pred": _brief(p)})
    return sc


def gold_files(root: Path) -> Iterable[tuple[Path, Path]]:
    """(article, gold) pairs under ``root``, in a stable order."""
    for gold in sorted(root.rglob("*.gold.jsonl")):
        article = gold.with_name(gold.name[: -len(".gold.jsonl")] + ".txt")
        if article.exists():
            yield article, gold


def read_gold(path: Path) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: not JSON: {exc.msg}") from None
    return out


def evaluate(root: Path, extractor: Callable[..., list[Any]] = extract) -> Score:
    """Score every article with gold under ``root``."""
    total = Score()
    for article, gold in gold_files(root):
        total.add(score_article(article, read_gold(gold), extractor))
    return total
