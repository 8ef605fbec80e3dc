"""The labelled documents both trainers read: each truth document of the own samples and the families, with its
stored pages (tests/golden), never Tesseract."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ((ROOT / "sample_docs", ROOT / "tests" / "golden"),
           (ROOT / "sample_docs" / "families", ROOT / "tests" / "golden" / "families"))


def labelled_documents() -> Iterator[tuple[dict, str, object]]:
    """(truth of one document, the file's name, the Document of its pages) for every labelled document."""
    from intake.model import Document, page_from_dict
    from intake.sources import open_source

    for corpus, stored in CORPORA:
        for truth_path in sorted(corpus.glob("*.truth.json")):
            name = truth_path.name[: -len(".truth.json")]
            pages_path = stored / f"{name}.pages.json.gz"
            if not pages_path.is_file():
                continue
            truth = json.loads(truth_path.read_text())
            with gzip.open(pages_path, "rt", encoding="utf-8") as fh:
                pages = [page_from_dict(p) for p in json.load(fh)["pages"]]
            source = open_source(corpus / name)
            for t in truth if isinstance(truth, list) else [truth]:
                wanted = set(t.get("pages") or [p.number for p in pages])
                yield t, name, Document(source, [p for p in pages if p.number in wanted])


def family_of(truth: dict, name: str) -> str:
    return truth.get("template") or name.split("_")[0]
