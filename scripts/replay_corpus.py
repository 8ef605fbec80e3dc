#!/usr/bin/env python3
"""Score a labelled corpus fast: read each file's pages once (stored beside the golden pages), then replay
the extraction on the stored words and write what `intake process --json` would print, for score.py.

    python scripts/replay_corpus.py --corpus sample_docs/families --stored tests/golden/families --out /tmp/pred
    python ../shared/eval/score.py --corpus sample_docs/families --cmd 'cat /tmp/pred/$(basename {file}).json'

Pages missing from --stored are read with the real reading path (Tesseract) and stored first (--jobs).
Run it with PYTHONPATH at another checkout to score that checkout's extraction on the same words.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def sources(corpus: Path) -> list[Path]:
    return sorted(corpus / p.name[:-len(".truth.json")] for p in corpus.iterdir() if p.name.endswith(".truth.json"))


def store(args: tuple[str, str]) -> str:
    """Read one file's pages with the project's reading path and store their words."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    from intake.model import page_to_dict
    from intake.pipeline import read
    from intake.sources import open_source

    src, out = Path(args[0]), Path(args[1])
    pages = [page_to_dict(p) for p in read(open_source(src))]
    out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as fh:
        json.dump({"source": src.name, "pages": pages}, fh)
    return src.name


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True, type=Path)
    ap.add_argument("--stored", required=True, type=Path)
    ap.add_argument("--out", required=True, type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    todo = [(str(s), str(a.stored / f"{s.name}.pages.json.gz")) for s in sources(a.corpus)
            if not (a.stored / f"{s.name}.pages.json.gz").exists()]
    if todo:
        with ProcessPoolExecutor(a.jobs) as pool:
            for name in pool.map(store, todo):
                print(f"stored {name}", file=sys.stderr)
    from intake.golden import replay
    from intake.rules import load_rules

    rules = load_rules()
    a.out.mkdir(parents=True, exist_ok=True)
    for src in sources(a.corpus):
        results = [r.to_json() for r in replay(src, a.stored / f"{src.name}.pages.json.gz", rules)]
        (a.out / f"{src.name}.json").write_text(json.dumps(results[0] if len(results) == 1 else results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
