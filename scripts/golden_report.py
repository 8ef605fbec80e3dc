#!/usr/bin/env python3
"""Print every miss on the stored OCR output, per condition (fast: no Tesseract). --write records them as known."""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.golden import replay  # noqa: E402
from intake.rules import load_rules  # noqa: E402
from tests.test_golden import FIELDS, GOLDEN, cases, misses_of  # noqa: E402


def main() -> int:
    rules = load_rules()
    known, per_cond = {}, collections.defaultdict(lambda: [0, 0])
    for param in cases():
        src, stored, truth_path = param.values
        if not stored.exists():
            print(f"{src.name:28s} no stored OCR (run scripts/store_ocr.py)")
            continue
        truth = json.loads(truth_path.read_text())
        misses = misses_of(src, replay(src, stored, rules), truth)
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
