"""Replay stored page words through the pipeline: fast golden tests and accuracy checks without Tesseract."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import TYPE_CHECKING

from intake.model import PageText, Result, page_from_dict
from intake.pipeline import finish
from intake.sources import open_source

if TYPE_CHECKING:
    from intake.rule_models import RuleSet


def load_pages(stored: Path) -> list[PageText]:
    with gzip.open(stored, "rt", encoding="utf-8") as fh:
        return [page_from_dict(p) for p in json.load(fh)["pages"]]


def replay(source_path: Path, stored: Path, rules: RuleSet) -> list[Result]:
    """The pipeline's own stages after reading, on stored pages: identical to a live run on the same words."""
    return finish(open_source(source_path), load_pages(stored), str(source_path), rules, reread=False)
