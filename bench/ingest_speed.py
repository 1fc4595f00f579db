"""How fast articles go into the ledger: SQLite and PostgreSQL, beside the extractor's own rate.

Generates a corpus of news-like articles (JSON Lines), then measures in one run:

- the extractor alone (``tolltrack.extract`` over every article's text);
- ``Ledger.ingest`` into SQLite, with extraction, and storing only (the
  records extracted beforehand, so the figure is the cost of reading,
  duplicate detection and storing);
- the same into PostgreSQL, when a server is known: ``--pg URL``, else
  ``$TOLLTRACK_TEST_PG_URL``, else the one ``scripts/postgres.sh`` started.

Usage: python bench/ingest_speed.py [--n 1000] [--pg URL] [--seed 7]
Target: at least 200 articles a second into SQLite on one core (storing only).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PLACES = ("Kharkiv", "Zaporizhzhia", "El Fasher", "Kassala", "Goma", "Rafah", "Mandalay", "Marib", "Mekelle")
SOURCES = ("the health ministry", "the army", "the United Nations", "the Red Cross", "local officials",
           "the defence ministry", "a military spokesman", "the regional governor")
FIGURES = (
    "{n} people were killed in strikes on {place} overnight, {source} said.",
    "At least {n} soldiers were wounded in fighting near {place}, according to {source}.",
    "{source_cap} said about {n} civilians had been displaced from {place} since the start of the month.",
    "More than {n} fighters were captured during the offensive, {source} said on Monday.",
    "Some {n} troops have been deployed to the border, {source} said.",
)
FILLER = (
    "Residents described hearing explosions for several hours before dawn.",
    "The claims could not be independently verified.",
    "Aid agencies have repeatedly called for a pause in the fighting to allow convoys through.",
    "Talks between the two sides are expected to resume later this month.",
    "Roads into the area remained closed on Tuesday, and power had not been restored.",
    "Officials gave no further details of the operation.",
    "The government has not commented on the reports.",
    "Satellite images published last week showed widespread damage to the town's centre.",
)


def generate(n: int, seed: int) -> list[dict[str, str]]:
    """``n`` articles: about 75% new stories, 15% reprints (other headline, a paragraph cut), 10% exact copies."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    stories: list[list[str]] = []
    for i in range(n):
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        roll = rng.random()
        if rows and roll < 0.10:
            rows.append(dict(rng.choice(rows)))
            continue
        if stories and roll < 0.25:
            paragraphs = list(rng.choice(stories))
            paragraphs.pop(rng.randrange(1, len(paragraphs)))
        else:
            paragraphs = []
            for _ in range(rng.randint(4, 8)):
                sentences = rng.sample(FILLER, 2)
                if rng.random() < 0.6:
                    source = rng.choice(SOURCES)
                    sentences.insert(1, rng.choice(FIGURES).format(
                        n=rng.randint(2, 5000), place=rng.choice(PLACES), source=source,
                        source_cap=source[0].upper() + source[1:]))
                paragraphs.append(" ".join(sentences))
            stories.append(paragraphs)
        rows.append({"title": f"Report {i} from {rng.choice(PLACES)}", "text": "\n\n".join(paragraphs),
                     "outlet": f"Outlet {rng.randint(1, 30)}", "published": day, "url": f"https://news.example/{i}"})
    return rows


def rate(n: int, seconds: float) -> float:
    return n / seconds if seconds > 0 else float("inf")


def pg_url(given: str | None) -> str | None:
    if given:
        return given
    if os.environ.get("TOLLTRACK_TEST_PG_URL"):
        return os.environ["TOLLTRACK_TEST_PG_URL"]
    env = ROOT / ".pg" / "env"
    if env.exists():
        line = env.read_text(encoding="utf-8").strip()
        return line.split("=", 1)[1] if "=" in line else None
    return None


def bench_database(url: str) -> str:
    """A database of its own on the same server, emptied, so the tests' database is left alone."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tolltrack.store.database import empty_postgres_schema

    base = make_url(url)
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            if conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = 'tolltrack_bench'")) is None:
                conn.execute(text("CREATE DATABASE tolltrack_bench"))
    finally:
        admin.dispose()
    bench = base.set(database="tolltrack_bench").render_as_string(hide_password=False)
    empty_postgres_schema(bench)
    return bench


def timed_ingest(url: str, corpus: Path, extractor: Callable[..., Sequence[object]] | None) -> tuple[float, object]:
    from tolltrack.store import Ledger

    kwargs = {"extractor": extractor} if extractor is not None else {}
    with Ledger(url, **kwargs) as ledger:  # opening (and migrating) is not timed
        start = time.perf_counter()
        summary = ledger.ingest(corpus)
        return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="articles to generate (default 1000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pg", default=None, help="PostgreSQL URL (default: the test server, if any)")
    args = parser.parse_args()

    from tolltrack.articles import Article
    from tolltrack.extract import extract
    from tolltrack.ingest.tables import article_from_row

    rows = generate(args.n, args.seed)
    with tempfile.TemporaryDirectory(prefix="tolltrack-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        articles = [article_from_row(r, "bench") for r in rows]
        texts = [(a.text, a.published) for a in articles if isinstance(a, Article)]

        extract(texts[0][0], published=texts[0][1])  # load models before timing
        start = time.perf_counter()
        extracted = {text: extract(text, published=pub) for text, pub in texts}
        extract_s = time.perf_counter() - start
        n_records = sum(len(v) for v in extracted.values())

        def prepared(text: str, published: object = None) -> Sequence[object]:
            return extracted[text]

        results: list[tuple[str, float, object]] = []
        results.append(("SQLite, with extraction", *timed_ingest(f"sqlite:///{tmp}/a.db", corpus, None)))
        results.append(("SQLite, storing only", *timed_ingest(f"sqlite:///{tmp}/b.db", corpus, prepared)))
        pg = pg_url(args.pg)
        if pg:
            try:
                results.append(("PostgreSQL, with extraction", *timed_ingest(bench_database(pg), corpus, None)))
                results.append(("PostgreSQL, storing only", *timed_ingest(bench_database(pg), corpus, prepared)))
            except Exception as exc:  # report, do not hide: the SQLite figures still stand
                print(f"PostgreSQL not measured: {type(exc).__name__}: {exc}")
        else:
            print("PostgreSQL not measured: no server (run scripts/postgres.sh or pass --pg URL)")

    extract_rate = rate(len(texts), extract_s)
    print(f"corpus: {args.n} articles ({len(extracted)} distinct texts), {n_records} records extracted")
    print(f"{'extractor alone':32} {extract_rate:8.1f} articles/s")
    for name, seconds, summary in results:
        r = rate(args.n, seconds)
        s = summary  # IngestSummary
        print(f"{name:32} {r:8.1f} articles/s   {r / extract_rate:5.2f}× the extractor's rate"
              f"   (stored {s.stored}, reprints {s.near_duplicate}, duplicates {s.duplicate})")  # type: ignore[attr-defined]
    store_only = [rate(args.n, sec) for name, sec, _ in results if name == "SQLite, storing only"]
    if store_only:
        verdict = "meets" if store_only[0] >= 200 else "misses"
        print(f"target: ≥ 200 articles/s into SQLite, storing only — {verdict} ({store_only[0]:.0f}/s)")


if __name__ == "__main__":
    main()
