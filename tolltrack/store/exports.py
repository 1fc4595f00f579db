"""Claims out of the ledger: a flat pandas table, and files in CSV, JSON Lines or Parquet.

Takes stored claims; CSV and Parquet get one column a field (``via`` as
"name (role) → …", the whole record as JSON in ``record``), JSON Lines gets
the schema's record with ``claim``, ``article`` and ``citations`` added.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tolltrack.records import Figure

if TYPE_CHECKING:
    import pandas as pd

    from tolltrack.store.ledger import StoredClaim

COLUMNS = (
    "claim_id", "kind", "metric", "party", "role", "subject", "low", "high", "hedge", "unit",
    "as_of_start", "as_of_end", "as_of_text", "place", "source", "source_party", "source_type", "via",
    "projection", "speaker", "quote", "text", "sentence", "span_start", "span_end",
    "article_id", "title", "outlet", "url", "published", "citations", "record",
)


def _float(value: Any) -> float | None:
    return float(value) if value is not None else None


def claim_row(c: StoredClaim) -> dict[str, Any]:
    """One claim as a flat dict of the export columns."""
    r = c.record
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(
        claim_id=c.id, kind=r.kind, span_start=r.span[0], span_end=r.span[1],
        source=r.source.name if r.source else None,
        source_party=r.source.party if r.source else None,
        source_type=r.source.type if r.source else None,
        article_id=c.article_id, title=c.title, outlet=c.outlet, url=c.url, published=c.published,
        citations=c.citations, record=json.dumps(r.to_dict(), ensure_ascii=False),
    )
    if isinstance(r, Figure):
        row.update(
            metric=r.metric, party=r.subject.party, role=r.subject.role, subject=r.subject.text,
            low=_float(r.value.low), high=_float(r.value.high), hedge=r.value.hedge, unit=r.unit,
            as_of_start=r.as_of.start if r.as_of else None, as_of_end=r.as_of.end if r.as_of else None,
            as_of_text=r.as_of.text if r.as_of else None, place=r.place,
            via=" → ".join(f"{v.name} ({v.role})" if v.role else v.name for v in r.via) or None,
            projection=r.projection, sentence=r.sentence,
        )
    else:
        row.update(
            speaker=r.speaker.name if r.speaker else None, quote=r.quote, text=r.text,
        )
    return row


def claims_frame(claims: Sequence[StoredClaim]) -> pd.DataFrame:
    """The claims as a DataFrame with the export columns."""
    import pandas as pd

    frame = pd.DataFrame([claim_row(c) for c in claims], columns=list(COLUMNS))
    for col in ("low", "high"):
        frame[col] = frame[col].astype("float64")
    for col in ("claim_id", "span_start", "span_end", "article_id", "citations"):
        frame[col] = frame[col].astype("int64")
    return frame


def write_claims(claims: Sequence[StoredClaim], format: str, out: Path) -> int:
    """Write claims to ``out`` in ``format`` (csv, jsonl, parquet); how many were written."""
    if format == "jsonl":
        with out.open("w", encoding="utf-8") as f:
            for c in claims:
                f.write(json.dumps(c.to_dict(), ensure_ascii=False) + "\n")
    elif format == "csv":
        claims_frame(claims).to_csv(out, index=False)
    elif format == "parquet":
        claims_frame(claims).to_parquet(out, index=False, engine="pyarrow")
    else:
        raise ValueError(f"unknown export format {format!r}: use csv, jsonl or parquet")
    return len(claims)
