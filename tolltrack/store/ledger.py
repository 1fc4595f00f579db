"""The ledger: articles and their claims, stored once each, with every article that carried them.

Takes files, directories or :class:`~tolltrack.articles.Article` objects
(``Ledger.ingest``); gives back typed records (``claims``), figures with
their provenance (``cited_figures``), articles, a pandas frame and exports.

Each article is stored in one transaction with its claims and citations, so
a crash leaves whole articles or none, and an article whose text is already
stored (see :func:`tolltrack.ingest.content_hash`) is counted as a duplicate
and changes nothing: ingesting the same inputs twice, or again after an
interrupted run, ends in the same store. A near-duplicate (a reprint) is
stored in its original's cluster, and its claims become further citations
of the claims already in that cluster.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Union

from sqlalchemy import Connection, Select, and_, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from tolltrack.articles import Article
from tolltrack.ingest import DedupSettings, NearDuplicateIndex, ReadFailure, content_hash, expand, read_file, signature
from tolltrack.ingest.dedup import from_bytes, normalise, to_bytes
from tolltrack.ingest.item import with_defaults
from tolltrack.records import Citation, CitedFigure, Figure, Record, Statement, record_from_dict
from tolltrack.store.database import make_engine, migrate, resolve_url
from tolltrack.store.models import ArticleRow, CitationRow, ClaimRow, Cluster, Party, SourceRow

if TYPE_CHECKING:
    import pandas as pd
    from datasketch import MinHash

Extractor = Callable[..., Sequence[Record]]
Status = Literal["stored", "near_duplicate", "duplicate", "failed"]
Input = Union[str, "os.PathLike[str]", Article]
EXPORT_FORMATS = ("csv", "jsonl", "parquet")


def _default_extractor(text: str, published: dt.date | None = None) -> Sequence[Record]:
    from tolltrack.extract import extract

    return extract(text, published=published)


@dataclass(frozen=True)
class Outcome:
    """What became of one item: its label (a path, ``path:line`` or ``path#entry``), the file it came from, and how it went."""

    label: str
    file: str | None
    status: Status
    reason: str | None = None
    article_id: int | None = None


@dataclass
class IngestSummary:
    """Counts of one ingest. ``read`` = stored + near_duplicate + duplicate; failures are listed, not counted in ``read``."""

    read: int = 0
    stored: int = 0
    near_duplicate: int = 0
    duplicate: int = 0
    claims: int = 0
    citations: int = 0
    failed: list[ReadFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def count(self, outcome: Outcome) -> None:
        if outcome.status == "failed":
            self.failed.append(ReadFailure(outcome.label, outcome.reason or "failed"))
            return
        self.read += 1
        setattr(self, outcome.status, getattr(self, outcome.status) + 1)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "near_duplicate": self.near_duplicate,
            "duplicate": self.duplicate,
            "claims": self.claims,
            "citations": self.citations,
            "failed": [{"path": f.path, "reason": f.reason} for f in self.failed],
        }


@dataclass(frozen=True)
class StoredArticle:
    """An article as the ledger holds it: its metadata, its cluster and how many claims it gave."""

    id: int
    title: str | None
    body: str
    outlet: str | None
    url: str | None
    published: dt.date | None
    ingested_at: dt.datetime
    content_hash: str
    path: str | None
    cluster_id: int | None
    duplicate_of: int | None
    similarity: float | None
    claims: int = 0

    @property
    def article(self) -> Article:
        return Article(body=self.body, title=self.title, outlet=self.outlet, url=self.url,
                       published=self.published, path=self.path)

    @property
    def text(self) -> str:
        return self.article.text

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "ingested_at": self.ingested_at.isoformat(),
            "content_hash": self.content_hash,
            "path": self.path,
            "cluster": self.cluster_id,
            "duplicate_of": self.duplicate_of,
            "similarity": self.similarity,
            "claims": self.claims,
        }


@dataclass(frozen=True)
class StoredClaim:
    """A stored claim: its id, its record exactly as extracted, its article, and how many articles carried it."""

    id: int
    record: Record
    article_id: int
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    citations: int

    def to_dict(self) -> dict[str, Any]:
        """The schema's record, with ``claim``, ``article`` and ``citations`` added."""
        d = self.record.to_dict()
        d["claim"] = self.id
        d["article"] = {
            "id": self.article_id,
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
        }
        d["citations"] = self.citations
        return d


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _match_key(record: Record) -> tuple[Any, ...]:
    """What makes a reprint's record the same claim as the original's."""
    if isinstance(record, Statement):
        return ("statement", normalise(record.text))
    v = record.value
    return ("figure", record.metric, record.subject.party, v.low, v.high, v.hedge, record.unit, record.projection)


def _source_name(record: Record) -> str | None:
    return record.source.name.casefold() if record.source else None


class Ledger:
    """A store of articles and claims. ``Ledger()`` opens ``$TOLLTRACK_DB`` or ``./tolltrack.db``.

    ``url`` is a SQLAlchemy URL (``sqlite:///path``, ``postgresql+psycopg://…``)
    or a SQLite file path. ``extractor`` replaces :func:`tolltrack.extract`
    (same signature); ``dedup`` replaces the duplicate detection settings.
    """

    def __init__(
        self,
        url: str | os.PathLike[str] | None = None,
        *,
        extractor: Extractor | None = None,
        dedup: DedupSettings | None = None,
    ) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url)
        try:
            migrate(self.engine)
        except Exception:
            self.engine.dispose()
            raise
        self.extractor: Extractor = extractor or _default_extractor
        self.dedup = dedup or DedupSettings.load()
        self._index: NearDuplicateIndex | None = None
        self._parties: dict[str, int] = {}
        self._sources: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"Ledger({self.engine.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- ingest -------------------------------------------------------------

    def ingest(
        self,
        sources: Input | Iterable[Input],
        *,
        published: dt.date | None = None,
        outlet: str | None = None,
        on_item: Callable[[Outcome], None] | None = None,
    ) -> IngestSummary:
        """Read, extract and store files, directories (recursively) or Articles; a summary of what became of each.

        ``published`` and ``outlet`` are used for articles that give none.
        ``on_item`` is called with each item's :class:`Outcome` (for progress).
        A failure is listed with its path and reason and the rest are stored.
        """
        if isinstance(sources, (str, os.PathLike, Article)):
            sources = [sources]
        summary = IngestSummary()
        with self.engine.connect() as conn:  # one connection for the batch, one transaction an article
            for file, item in self._items(sources):
                if isinstance(item, ReadFailure):
                    outcome = Outcome(item.path, file, "failed", item.reason)
                else:
                    article = with_defaults(item, published=published, outlet=outlet)
                    outcome = self._add(conn, article, file, summary)
                summary.count(outcome)
                if on_item is not None:
                    on_item(outcome)
        return summary

    def add(self, article: Article) -> Outcome:
        """Store one article (the unit ``ingest`` works in)."""
        with self.engine.connect() as conn:
            return self._add(conn, article, article.path, IngestSummary())

    def _items(self, sources: Iterable[Input]) -> Iterator[tuple[str | None, Article | ReadFailure]]:
        paths: list[str | os.PathLike[str]] = []

        def flush() -> Iterator[tuple[str | None, Article | ReadFailure]]:
            for f in expand(paths):
                if isinstance(f, ReadFailure):
                    yield f.path, f
                else:
                    for item in read_file(f):
                        yield str(f), item
            paths.clear()

        for src in sources:
            if isinstance(src, Article):
                yield from flush()
                yield src.path, src
            else:
                paths.append(src)
        yield from flush()

    def _add(self, conn: Connection, article: Article, file: str | None, summary: IngestSummary) -> Outcome:
        label = article.path or file or f"<article {(article.title or article.body)[:40]!r}>"
        digest = content_hash(article)
        known = conn.scalar(select(ArticleRow.id).where(ArticleRow.content_hash == digest))
        conn.rollback()  # end the read; the article is written in a transaction of its own
        if known is not None:
            return Outcome(label, file, "duplicate")
        index = self.near_index()
        sig = signature(article.body, self.dedup)
        match = index.match(sig) if sig is not None else None
        try:
            records = list(self.extractor(article.text, published=article.published))
        except Exception as exc:  # one article's extraction failing must not stop the batch
            return Outcome(label, file, "failed", f"extraction failed: {type(exc).__name__}: {exc}")
        parties: dict[str, int] = {}
        sources: dict[str, int] = {}
        with conn.begin():
            article_id = self._insert_article(conn, article, digest, sig)
            if article_id is None:  # stored meanwhile by another writer
                return Outcome(label, file, "duplicate")
            if match is None:
                cluster_id = conn.scalar(insert(Cluster).values(original_id=article_id).returning(Cluster.id))
                conn.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(cluster_id=cluster_id))
                existing: list[tuple[int, Record]] = []
            else:
                other, similarity = match
                cluster_id, original_id = conn.execute(
                    select(ArticleRow.cluster_id, Cluster.original_id)
                    .join(Cluster, Cluster.id == ArticleRow.cluster_id)
                    .where(ArticleRow.id == other)
                ).one()
                conn.execute(
                    update(ArticleRow)
                    .where(ArticleRow.id == article_id)
                    .values(cluster_id=cluster_id, duplicate_of=original_id, similarity=round(similarity, 4))
                )
                existing = self._cluster_claims(conn, cluster_id)
            claims, citations = self._insert_claims(conn, article, article_id, records, existing, parties, sources)
        self._parties.update(parties)
        self._sources.update(sources)
        if sig is not None:
            index.add(article_id, sig)
        summary.claims += claims
        summary.citations += citations
        return Outcome(label, file, "stored" if match is None else "near_duplicate", article_id=article_id)

    def _dialect_insert(self, conn: Connection, table: Any) -> Any:
        return (postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert)(table)

    def _insert_article(self, conn: Connection, article: Article, digest: str, sig: MinHash | None) -> int | None:
        stmt = (
            self._dialect_insert(conn, ArticleRow)
            .values(
                content_hash=digest,
                title=article.title,
                body=article.body,
                url=article.url,
                outlet=article.outlet,
                published=article.published,
                ingested_at=dt.datetime.now(dt.timezone.utc),
                path=article.path,
                extra=json.dumps(article.extra, ensure_ascii=False, sort_keys=True) if article.extra else None,
                minhash=to_bytes(sig) if sig is not None else None,
                minhash_key=self.dedup.key,
            )
            .on_conflict_do_nothing(index_elements=["content_hash"])
            .returning(ArticleRow.id)
        )
        return conn.scalar(stmt)

    def _cluster_claims(self, conn: Connection, cluster_id: int) -> list[tuple[int, Record]]:
        rows = conn.execute(
            select(ClaimRow.id, ClaimRow.record)
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .where(ArticleRow.cluster_id == cluster_id)
            .order_by(ClaimRow.article_id, ClaimRow.position)
        )
        return [(cid, record_from_dict(json.loads(rec))) for cid, rec in rows]

    def _id_of(self, conn: Connection, table: Any, key_col: str, values: dict[str, Any],
               cache: dict[str, int], pending: dict[str, int]) -> int:
        key = values[key_col]
        if key in cache:
            return cache[key]
        if key in pending:
            return pending[key]
        conn.execute(self._dialect_insert(conn, table).values(**values).on_conflict_do_nothing(index_elements=[key_col]))
        found = conn.scalar(select(table.id).where(getattr(table, key_col) == key))
        assert found is not None
        pending[key] = found
        return found

    def _party_id(self, conn: Connection, name: str | None, pending: dict[str, int]) -> int | None:
        if not name:
            return None
        return self._id_of(conn, Party, "name", {"name": name}, self._parties, pending)

    def _source_id(self, conn: Connection, record: Record, pending: dict[str, int]) -> int | None:
        s = record.source
        if s is None:
            return None
        key = f"{' '.join(s.name.casefold().split())}|{s.party or ''}|{s.type or ''}"
        values = {"key": key, "name": s.name, "party": s.party, "type": s.type}
        return self._id_of(conn, SourceRow, "key", values, self._sources, pending)

    def _claim_values(self, conn: Connection, article: Article, article_id: int, position: int,
                      record: Record, parties: dict[str, int], sources: dict[str, int]) -> dict[str, Any]:
        values: dict[str, Any] = {
            "article_id": article_id,
            "position": position,
            "kind": record.kind,
            "source_id": self._source_id(conn, record, sources),
            "span_start": record.span[0],
            "span_end": record.span[1],
            "record": json.dumps(record.to_dict(), ensure_ascii=False),
            "metric": None, "party_id": None, "subject_role": None, "subject_text": None,
            "value_low": None, "value_high": None, "hedge": None, "unit": None,
            "as_of_start": None, "as_of_end": None, "as_of_text": None, "place": None, "via": None,
            "sentence": None, "projection": False, "speaker_name": None, "speaker_role": None,
            "quote": None, "text": None,
            "period_start": article.published, "period_end": article.published,
        }
        if isinstance(record, Figure):
            start = _date(record.as_of.start) if record.as_of else None
            end = _date(record.as_of.end) if record.as_of else None
            values.update(
                metric=record.metric,
                party_id=self._party_id(conn, record.subject.party, parties),
                subject_role=record.subject.role,
                subject_text=record.subject.text,
                value_low=_number(record.value.low),
                value_high=_number(record.value.high),
                hedge=record.value.hedge,
                unit=record.unit,
                as_of_start=start,
                as_of_end=end,
                as_of_text=record.as_of.text if record.as_of else None,
                place=record.place,
                via=json.dumps([r.to_dict() for r in record.via], ensure_ascii=False),
                sentence=record.sentence,
                projection=record.projection,
            )
            if start or end:
                values.update(period_start=start or end, period_end=end or start)
        else:
            values.update(
                speaker_name=record.speaker.name if record.speaker else None,
                speaker_role=record.speaker.role if record.speaker else None,
                quote=record.quote,
                text=record.text,
            )
        return values

    def _insert_claims(self, conn: Connection, article: Article, article_id: int, records: list[Record],
                       existing: list[tuple[int, Record]], parties: dict[str, int],
                       sources: dict[str, int]) -> tuple[int, int]:
        """Store an article's records: as citations of matching claims already in its cluster, else as new claims."""
        unmatched = list(existing)
        new: list[tuple[Record, dict[str, Any]]] = []
        cites: list[dict[str, Any]] = []
        for position, record in enumerate(records):
            key = _match_key(record)
            candidates = [i for i, (_, r) in enumerate(unmatched) if _match_key(r) == key]
            if candidates:
                same_source = [i for i in candidates if _source_name(unmatched[i][1]) == _source_name(record)]
                claim_id, _ = unmatched.pop((same_source or candidates)[0])
                cites.append(self._citation(claim_id, article_id, record))
            else:
                new.append((record, self._claim_values(conn, article, article_id, position, record, parties, sources)))
        if new:
            ids = conn.scalars(
                insert(ClaimRow).returning(ClaimRow.id, sort_by_parameter_order=True), [v for _, v in new]
            ).all()
            cites.extend(self._citation(cid, article_id, rec) for cid, (rec, _) in zip(ids, new))
        if cites:
            conn.execute(insert(CitationRow), cites)
        return len(new), len(cites)

    @staticmethod
    def _citation(claim_id: int, article_id: int, record: Record) -> dict[str, Any]:
        return {
            "claim_id": claim_id,
            "article_id": article_id,
            "span_start": record.span[0],
            "span_end": record.span[1],
            "record": json.dumps(record.to_dict(), ensure_ascii=False),
        }

    def near_index(self) -> NearDuplicateIndex:
        """The near-duplicate index of every stored body, built from the stored signatures on first use."""
        if self._index is not None:
            return self._index
        index = NearDuplicateIndex(self.dedup)
        stale: list[int] = []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(ArticleRow.id, ArticleRow.minhash, ArticleRow.minhash_key).order_by(ArticleRow.id)
            )
            for article_id, data, key in rows:
                if key != self.dedup.key:
                    stale.append(article_id)
                elif data is not None:
                    m = from_bytes(data, self.dedup)
                    if m is not None:
                        index.add(article_id, m)
        for start in range(0, len(stale), 500):  # signatures made under other settings are made again
            with self.engine.begin() as conn:
                ids = stale[start : start + 500]
                for article_id, body in conn.execute(
                    select(ArticleRow.id, ArticleRow.body).where(ArticleRow.id.in_(ids)).order_by(ArticleRow.id)
                ):
                    m = signature(body, self.dedup)
                    conn.execute(
                        update(ArticleRow)
                        .where(ArticleRow.id == article_id)
                        .values(minhash=to_bytes(m) if m is not None else None, minhash_key=self.dedup.key)
                    )
                    if m is not None:
                        index.add(article_id, m)
        self._index = index
        return index

    # --- reading back -------------------------------------------------------

    def _filtered(
        self,
        stmt: Select[Any],
        *,
        party: str | None,
        metric: str | None,
        source: str | None,
        since: dt.date | None,
        until: dt.date | None,
    ) -> Select[Any]:
        if party:
            p = party.strip().casefold()
            stmt = stmt.where(
                or_(
                    func.lower(Party.name) == p,
                    and_(ClaimRow.kind == "statement", func.lower(SourceRow.party) == p),
                )
            )
        if metric:
            stmt = stmt.where(ClaimRow.metric == metric.strip().lower())
        if source:
            stmt = stmt.where(func.lower(SourceRow.name).contains(source.strip().casefold(), autoescape=True))
        if since:
            stmt = stmt.where(ClaimRow.period_end >= since)
        if until:
            stmt = stmt.where(ClaimRow.period_start <= until)
        return stmt

    def stored_claims(
        self,
        party: str | None = None,
        metric: str | None = None,
        source: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[StoredClaim]:
        """Claims with their ids, articles and citation counts; filters as in :meth:`claims`."""
        cited = (
            select(CitationRow.claim_id, func.count().label("n")).group_by(CitationRow.claim_id).subquery()
        )
        stmt = (
            select(
                ClaimRow.id, ClaimRow.record, ClaimRow.article_id, ArticleRow.title, ArticleRow.outlet,
                ArticleRow.url, ArticleRow.published, func.coalesce(cited.c.n, 0),
            )
            .join(ArticleRow, ArticleRow.id == ClaimRow.article_id)
            .outerjoin(Party, Party.id == ClaimRow.party_id)
            .outerjoin(SourceRow, SourceRow.id == ClaimRow.source_id)
            .outerjoin(cited, cited.c.claim_id == ClaimRow.id)
            .order_by(ClaimRow.id)
        )
        stmt = self._filtered(stmt, party=party, metric=metric, source=source, since=since, until=until)
        with self.engine.connect() as conn:
            return [
                StoredClaim(cid, record_from_dict(json.loads(rec)), aid, title, outlet, url, pub, int(n))
                for cid, rec, aid, title, outlet, url, pub, n in conn.execute(stmt)
            ]

    def claims(
        self,
        party: str | None = None,
        metric: str | None = None,
        source: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[Record]:
        """Stored claims as Figure and Statement records, in the order they were stored.

        ``party`` matches the counted party (a statement's source's party),
        case-insensitively; ``metric`` the metric; ``source`` any part of the
        source's name, case-insensitively; ``since``/``until`` keep claims whose
        period (``as_of``, else the article's publication date) reaches into
        that range.
        """
        return [c.record for c in self.stored_claims(party, metric, source, since, until)]

    def cited_figures(
        self,
        party: str | None = None,
        metric: str | None = None,
        source: str | None = None,
        known_on: dt.date | None = None,
    ) -> list[CitedFigure]:
        """Each stored figure with its article and every article that carried it, the claim's own article first.

        With ``known_on``, only articles published on or before that day count
        (undated ones do not); a figure none of them carried is left out, and
        one whose own article came later is given by its earliest reprint then known.
        """
        stmt = (
            select(ClaimRow.id, ClaimRow.article_id)
            .outerjoin(Party, Party.id == ClaimRow.party_id)
            .outerjoin(SourceRow, SourceRow.id == ClaimRow.source_id)
            .where(ClaimRow.kind == "figure")
        )
        stmt = self._filtered(stmt, party=party, metric=metric, source=source, since=None, until=None)
        ids = stmt.subquery()
        q = (
            select(
                CitationRow.claim_id, ids.c.article_id, CitationRow.article_id, CitationRow.record,
                ArticleRow.outlet, ArticleRow.url, ArticleRow.published, ArticleRow.title,
            )
            .join(ids, ids.c.id == CitationRow.claim_id)
            .join(ArticleRow, ArticleRow.id == CitationRow.article_id)
            .order_by(CitationRow.claim_id, CitationRow.article_id)
        )
        if known_on is not None:
            q = q.where(ArticleRow.published <= known_on)
        grouped: dict[int, list[tuple[Any, ...]]] = {}
        with self.engine.connect() as conn:
            for row in conn.execute(q):
                grouped.setdefault(row[0], []).append(tuple(row))
        out: list[CitedFigure] = []
        for claim_id, rows in grouped.items():
            own = rows[0][1]
            rows.sort(key=lambda r: (r[2] != own, r[6] is None, r[6] or dt.date.min, r[2]))
            first = rows[0]
            figure = record_from_dict(json.loads(first[3]))
            if not isinstance(figure, Figure):
                continue
            out.append(
                CitedFigure(
                    claim_id=claim_id,
                    figure=figure,
                    article_id=first[2],
                    published=first[6].isoformat() if first[6] else None,
                    citations=tuple(
                        Citation(r[2], r[4], r[5], r[6].isoformat() if r[6] else None, r[7]) for r in rows
                    ),
                )
            )
        return out

    def articles(self) -> list[StoredArticle]:
        """Every stored article, in the order stored, with its cluster and number of claims."""
        counts = select(ClaimRow.article_id, func.count().label("n")).group_by(ClaimRow.article_id).subquery()
        stmt = (
            select(
                ArticleRow.id, ArticleRow.title, ArticleRow.body, ArticleRow.outlet, ArticleRow.url,
                ArticleRow.published, ArticleRow.ingested_at, ArticleRow.content_hash, ArticleRow.path,
                ArticleRow.cluster_id, ArticleRow.duplicate_of, ArticleRow.similarity,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.article_id == ArticleRow.id)
            .order_by(ArticleRow.id)
        )
        with self.engine.connect() as conn:
            return [StoredArticle(*row[:-1], claims=int(row[-1])) for row in conn.execute(stmt)]

    def counts(self) -> dict[str, int]:
        """How many rows each table holds."""
        tables = {"articles": ArticleRow, "clusters": Cluster, "claims": ClaimRow, "citations": CitationRow,
                  "parties": Party, "sources": SourceRow}
        with self.engine.connect() as conn:
            return {name: int(conn.scalar(select(func.count()).select_from(t)) or 0) for name, t in tables.items()}

    # --- frames and exports -------------------------------------------------

    def to_pandas(self, **filters: Any) -> pd.DataFrame:
        """The claims as a flat table, one row a claim (filters as in :meth:`claims`)."""
        from tolltrack.store.exports import claims_frame

        return claims_frame(self.stored_claims(**filters))

    def export(self, format: str, out: str | os.PathLike[str], **filters: Any) -> int:
        """Write the claims to ``out`` as csv, jsonl or parquet; the number of claims written."""
        from tolltrack.store.exports import write_claims

        if format not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {format!r}: use one of {', '.join(EXPORT_FORMATS)}")
        return write_claims(self.stored_claims(**filters), format, Path(out))
