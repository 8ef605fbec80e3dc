"""Write the sample records that come back for a sample denial: a claim file and eight medical records of
mixed kinds and dates (two scanned, one unrelated), with truth files. For trying `intake records add`.

Run: .venv/bin/python scripts/make_records.py sample_docs/bd_classic_mednec.pdf records/"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.records_factory import case_records, render, write_truth  # noqa: E402


def main(denial: str, out: str) -> None:
    truth = json.loads(Path(denial + ".truth.json").read_text())
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    for i, spec in enumerate(case_records(truth["fields"]["service_dates"][0], truth["fields"]["provider"])):
        path = render(spec, folder / f"record{i}-{spec.kind}{'.tif' if spec.scan == 'tiff' else '.pdf'}", seed=i)
        write_truth(spec, path)
        print(f"wrote {path}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.splitlines()[-1].strip())
    main(sys.argv[1], sys.argv[2])
