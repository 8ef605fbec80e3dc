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
    load_rules()
    for folder, out in ((ROOT / "sample_docs", ROOT / "tests" / "golden"),
                        (ROOT / "sample_docs" / "families", ROOT / "tests" / "golden" / "families")):
        store_folder(folder, out, names)
    return 0


def store_folder(folder: Path, out: Path, names: list[str]) -> None:
    """Each labelled file of the folder: its page words, read as intake reads them."""
    out.mkdir(parents=True, exist_ok=True)
    samples = sorted(p for p in folder.iterdir() if p.name.endswith(".truth.json"))
    for truth in samples:
        src = truth.with_name(truth.name[:-len(".truth.json")])
        if names and src.stem not in names:
            continue
        pages = [page_to_dict(p) for p in read(open_source(src))]
        with gzip.open(out / f"{src.name}.pages.json.gz", "wt", encoding="utf-8") as fh:
            json.dump({"source": src.name, "pages": pages}, fh)
        print(f"stored {src.name}: {len(pages)} page(s)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
