#!/usr/bin/env python3
"""Print every miss on the stored OCR output, per condition (fast: no Tesseract). --write records them as known."""

from __future__ import annotations

import collections
import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.test_golden import FIELDS, GOLDEN, case_misses, cases  # noqa: E402


def replayed() -> list[tuple[Path, Path, dict[str, str]]]:
    """Every case with stored OCR and its misses, replayed over every core (the same worker as the golden tests)."""
    todo = []
    for param in cases():
        src, stored, truth_path = param.values
        if stored.exists():
            todo.append((src, stored, truth_path))
        else:
            print(f"{src.name:28s} no stored OCR (run scripts/store_ocr.py)")
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=max(1, min(os.cpu_count() or 1, 4)), mp_context=context) as pool:
        return [(src, truth_path, m) for (src, _, truth_path), m in zip(todo, pool.map(case_misses, todo, chunksize=8))]


def main() -> int:
    known, per_cond = {}, collections.defaultdict(lambda: [0, 0])
    for src, truth_path, misses in replayed():
        if "error" in misses:
            print(f"{src.name:28s} failed: {misses['error'].splitlines()[-1]}")
            continue
        truth = json.loads(truth_path.read_text())
        docs = truth if isinstance(truth, list) else [truth]
        cond = docs[0]["condition"]
        n = sum(len([f for f in FIELDS if f not in d.get("unscored", [])]) for d in docs)
        bad = sum(1 for k in misses if k.split(".")[-1] in FIELDS)
        per_cond[cond][0] += n - bad
        per_cond[cond][1] += n
        for k, v in misses.items():
            print(f"{src.name:28s} {k:24s} {v}")
        if misses:
            known[src.name] = misses
    total = [sum(v[0] for v in per_cond.values()), sum(v[1] for v in per_cond.values())]
    for cond, (ok, n) in sorted(per_cond.items()):
        print(f"  {cond:18s} {ok / n:.3f} ({ok}/{n})")
    print(f"  {'ALL':18s} {total[0] / total[1]:.3f} ({total[0]}/{total[1]})")
    if "--write" in sys.argv:
        (GOLDEN / "known_misses.json").write_text(json.dumps(known, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
