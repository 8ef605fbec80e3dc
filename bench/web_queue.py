#!/usr/bin/env python3
"""Benchmark the review page's work queue at 10,000 documents, on SQLite and on a real PostgreSQL.

    .venv/bin/python bench/web_queue.py

Generates the rows straight into the tables (tests/test_web_queue.py's generator), then times the
queries one queue page costs (the filtered total and the page's rows) for the first, a middle and the
last page, a search and a filter; best of 5 each. Prints a table and writes bench/results/web_queue.json.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.db.review import queue_page  # noqa: E402
from tests.pg import TempPostgres  # noqa: E402
from tests.test_web_queue import N, generated_store  # noqa: E402

CASES = {"first page": ({}, 1), "middle page": ({}, N // 100), "last page": ({}, N // 50),
         "search by member ID": ({"search": "M0004711"}, 1), "search by name": ({"search": "number4711"}, 1),
         "needs review + insurer": ({"state": "needs_review", "insurer": "Blue Heron"}, 1)}


def best_ms(engine, filters: dict, number: int, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        queue_page(engine, filters, number)
        times.append(time.perf_counter() - started)
    return min(times) * 1000


def measure(url: str) -> dict:
    engine = generated_store(url)
    return {name: round(best_ms(engine, f, n), 1) for name, (f, n) in CASES.items()}


def main() -> None:
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        results["sqlite"] = measure(f"sqlite:///{tmp}/queue.db")
    server = TempPostgres(fsync=True)
    try:
        results["postgresql"] = measure(server.start())
    finally:
        server.stop()
    print(f"{'queue of %d documents' % N:<28} {'SQLite ms':>10} {'PostgreSQL ms':>14}")
    for name in CASES:
        print(f"{name:<28} {results['sqlite'][name]:>10} {results['postgresql'][name]:>14}")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "web_queue.json").write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
