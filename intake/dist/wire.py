"""A page read by one worker and finished by another: lossless, compressed JSON (never pickle from a shared store)."""

from __future__ import annotations

import dataclasses
import json
import zlib

from intake.model import Line, PageText, Word
from intake.split import PageFeatures


def page_to_bytes(page: PageText, features: PageFeatures) -> bytes:
    data = {
        "number": page.number, "width": page.width, "height": page.height, "method": page.method,
        "rotation": page.rotation, "skew": page.skew, "mean_conf": page.mean_conf,
        "lines": [[ln.index, [[w.text, w.conf, list(w.bbox), w.group] for w in ln.words]] for ln in page.lines],
        "features": dataclasses.asdict(features),
    }
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def page_from_bytes(blob: bytes) -> tuple[PageText, PageFeatures]:
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    number = data["number"]
    lines = [Line([Word(w[0], w[1], tuple(w[2]), w[3]) for w in words], number, index)
             for index, words in data["lines"]]
    page = PageText(number=number, width=data["width"], height=data["height"], lines=lines, method=data["method"],
                    rotation=data["rotation"], skew=data["skew"], mean_conf=data["mean_conf"])
    feats = dict(data["features"])
    if feats.get("page_of") is not None:
        feats["page_of"] = tuple(feats["page_of"])
    return page, PageFeatures(**feats)
