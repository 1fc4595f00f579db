"""Ingest a corpus with the tests' rule extractor, printing one line an item: the crash test's subprocess.

Usage: python ingest_worker.py DATABASE_URL PATH...
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ledger_helpers import rule_extractor  # noqa: E402

from tolltrack.store import Ledger, Outcome  # noqa: E402


def main() -> int:
    url, *paths = sys.argv[1:]

    def report(outcome: Outcome) -> None:
        sys.stdout.write(f"{outcome.status}\n")
        sys.stdout.flush()

    with Ledger(url, extractor=rule_extractor) as ledger:
        summary = ledger.ingest(paths, on_item=report)
    sys.stdout.write(f"done {summary.read} {summary.stored} {summary.near_duplicate} {summary.duplicate}\n")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main())
