"""Replay stored page words through the pipeline: fast golden tests and accuracy checks without Tesseract."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from intake.model import PageText, Result, page_from_dict
from intake.pipeline import documents_of, page_member_id, result_of
from intake.rules import RuleSet
from intake.sources import open_source
from intake.split import page_features


def load_pages(stored: Path) -> list[PageText]:
    with gzip.open(stored, "rt", encoding="utf-8") as fh:
        return [page_from_dict(p) for p in json.load(fh)["pages"]]


def replay(source_path: Path, stored: Path, rules: RuleSet) -> list[Result]:
    """The pipeline after the page stage, on stored pages: identical to a live run on the same words."""
    source = open_source(source_path)
    pages = load_pages(stored)
    features = [page_features(p, rules, page_member_id(p, source, rules)) for p in pages]
    return [result_of(doc, rules, str(source_path)) for doc in documents_of(source, pages, features)]
