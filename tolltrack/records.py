"""The claim records: figures and statements, as the claim schema defines them.

Every layer (extractor, store, API, exports) speaks these types. ``to_dict``
gives the schema's JSON shape exactly; ``from_dict`` reads it back, so a
record survives a round trip through JSON, the store or an export unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Union

Metric = Literal[
    "killed", "wounded", "casualties", "missing", "captured", "deployed", "reinforcements", "displaced"
]
Hedge = Literal["exact", "approx", "at_least", "at_most", "range"]
Role = Literal["military", "civilian", "unknown"]
Unit = Literal["people", "percent"]
SourceType = Literal["government", "military", "intelligence", "UN", "NGO", "media", "person"]

METRICS: tuple[str, ...] = (
    "killed", "wounded", "casualties", "missing", "captured", "deployed", "reinforcements", "displaced"
)
HEDGES: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range")
ROLES: tuple[str, ...] = ("military", "civilian", "unknown")
SOURCE_TYPES: tuple[str, ...] = ("government", "military", "intelligence", "UN", "NGO", "media", "person")

Number = Union[int, float]


@dataclass(frozen=True)
class Subject:
    """Whose people were counted: a normalised party, their role, and the words used."""

    party: str | None
    role: str = "unknown"
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"party": self.party, "role": self.role, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Subject:
        return cls(party=d.get("party"), role=d.get("role") or "unknown", text=d.get("text") or "")


@dataclass(frozen=True)
class Value:
    """A figure's value as an interval: ``low``/``high`` by the hedge's rules."""

    low: Number | None
    high: Number | None
    hedge: str = "exact"

    def to_dict(self) -> dict[str, Any]:
        return {"low": self.low, "high": self.high, "hedge": self.hedge}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Value:
        return cls(low=d.get("low"), high=d.get("high"), hedge=d.get("hedge") or "exact")


@dataclass(frozen=True)
class Period:
    """The period a figure describes, as ISO dates; ``start``/``end`` are None when unresolved."""

    start: str | None
    end: str | None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Period | None:
        if not d:
            return None
        return cls(start=d.get("start"), end=d.get("end"), text=d.get("text") or "")


@dataclass(frozen=True)
class Source:
    """Who a figure or statement comes from in the end."""

    name: str
    party: str | None = None
    type: str = "person"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "party": self.party, "type": self.type}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Source | None:
        if not d or not d.get("name"):
            return None
        return cls(name=d["name"], party=d.get("party"), type=d.get("type") or "person")


@dataclass(frozen=True)
class Relay:
    """A person or body a figure passed through on its way from the source."""

    name: str
    role: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relay:
        return cls(name=d["name"], role=d.get("role") or "")


@dataclass(frozen=True)
class Figure:
    """One figure in one article: what was counted, of whom, how many, when, per whom, where in the text."""

    metric: str
    subject: Subject
    value: Value
    unit: str = "people"
    as_of: Period | None = None
    place: str | None = None
    source: Source | None = None
    via: tuple[Relay, ...] = ()
    span: tuple[int, int] = (0, 0)
    sentence: str = ""
    spans: tuple[tuple[int, int], ...] = ()
    projection: bool = False
    kind: str = field(default="figure", init=False)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "kind": "figure",
            "metric": self.metric,
            "subject": self.subject.to_dict(),
            "value": self.value.to_dict(),
            "unit": self.unit,
            "as_of": self.as_of.to_dict() if self.as_of else None,
            "place": self.place,
            "source": self.source.to_dict() if self.source else None,
            "via": [r.to_dict() for r in self.via],
            "span": list(self.span),
            "sentence": self.sentence,
            "spans": [list(s) for s in (self.spans or (self.span,))],
        }
        if self.projection:
            d["projection"] = True
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        span = tuple(d.get("span") or (0, 0))
        return cls(
            metric=d["metric"],
            subject=Subject.from_dict(d.get("subject") or {}),
            value=Value.from_dict(d.get("value") or {}),
            unit=d.get("unit") or "people",
            as_of=Period.from_dict(d.get("as_of")),
            place=d.get("place"),
            source=Source.from_dict(d.get("source")),
            via=tuple(Relay.from_dict(r) for r in d.get("via") or ()),
            span=(int(span[0]), int(span[1])),
            sentence=d.get("sentence") or "",
            spans=tuple((int(s[0]), int(s[1])) for s in d.get("spans") or ()),
            projection=bool(d.get("projection", False)),
        )


@dataclass(frozen=True)
class Speaker:
    """Who spoke a statement: a name and the role the text gives them."""

    name: str
    role: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Speaker | None:
        if not d or not d.get("name"):
            return None
        return cls(name=d["name"], role=d.get("role") or "")


@dataclass(frozen=True)
class Statement:
    """A direct quotation or an attributed assessment in reported speech."""

    speaker: Speaker | None
    source: Source | None
    quote: bool
    text: str
    span: tuple[int, int] = (0, 0)
    kind: str = field(default="statement", init=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "statement",
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "source": self.source.to_dict() if self.source else None,
            "quote": self.quote,
            "text": self.text,
            "span": list(self.span),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        span = tuple(d.get("span") or (0, 0))
        return cls(
            speaker=Speaker.from_dict(d.get("speaker")),
            source=Source.from_dict(d.get("source")),
            quote=bool(d.get("quote", False)),
            text=d.get("text") or "",
            span=(int(span[0]), int(span[1])),
        )


Record = Union[Figure, Statement]


def record_from_dict(d: dict[str, Any]) -> Record:
    """Read one record of either kind from its schema dict."""
    if d.get("kind") == "statement":
        return Statement.from_dict(d)
    return Figure.from_dict(d)


@dataclass(frozen=True)
class Citation:
    """One article that carried a claim: the original, or a reprint in its duplicate cluster."""

    article_id: int
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article_id,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "title": self.title,
        }


@dataclass(frozen=True)
class CitedFigure:
    """A stored figure with its provenance: the claim, its article, and every article that carried it."""

    claim_id: int
    figure: Figure
    article_id: int
    published: str | None  # ISO date of the article the claim was extracted from
    citations: tuple[Citation, ...] = ()
