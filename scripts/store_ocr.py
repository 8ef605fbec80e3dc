#!/usr/bin/env python3
"""Store each sample's page words (OCR or text layer) in tests/golden/, so golden tests run without Tesseract."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from intake.model import page_to_dict  # noqa: E402
from intake.rules import load_rules  # noqa: E402
from intake.pipeline import read  # noqa: E402
from intake.sources import open_source  # noqa: E402


def main(names: list[str]) -> int:
    out = ROOT / "tests" / "golden"
    out.mkdir(parents=True, exist_ok=True)
    load_rules()
    samples = sorted(p for p in (ROOT / "sample_docs").iterdir() if p.name.endswith(".truth.json"))
    for truth in samples:
        src = truth.with_name(truth.name[:-len(".truth.json")])
        if names and src.stem not in names:
            continue
        pages = [page_to_dict(p) for p in read(open_source(src))]
        with gzip.open(out / f"{src.name}.pages.json.gz", "wt", encoding="utf-8") as fh:
            json.dump({"source": src.name, "pages": pages}, fh)
        print(f"stored {src.name}: {len(pages)} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
