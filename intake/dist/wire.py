"""A page read by one worker and finished by another: model.page_to_dict(exact) and its features, compressed JSON
(never pickle from a shared store)."""

from __future__ import annotations

import dataclasses
import json
import zlib

from intake.model import PageText, page_from_dict, page_to_dict
from intake.split import PageFeatures


def page_to_bytes(page: PageText, features: PageFeatures) -> bytes:
    data = {**page_to_dict(page, exact=True), "features": dataclasses.asdict(features)}
    return zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)


def page_from_bytes(blob: bytes) -> tuple[PageText, PageFeatures]:
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    feats = dict(data["features"])
    if feats.get("page_of") is not None:
        feats["page_of"] = tuple(feats["page_of"])
    return page_from_dict(data), PageFeatures(**feats)
