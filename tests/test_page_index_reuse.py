"""A one-page document reuses the label index its page's split check built (the member-ID pass the split planner runs
on each page of a file of several pages): the fields must be those of an index built afresh (stored OCR, no
Tesseract)."""

from __future__ import annotations

from pathlib import Path

import pytest

import intake.extract.context as context
from intake.extract.fields import extract_fields
from intake.golden import load_pages
from intake.pipeline import documents_of, features_of, page_member_id
from intake.rules import cached_rules
from intake.sources import open_source

ROOT = Path(__file__).resolve().parent.parent
# a statement whose sidebar the reading order lays out apart, a two-column EOB, a letter with a rotated scan
FILES = ["provider_balance_statement_rot_ortho_inject.png", "two_column_eob_sidebar_summary_lowres_cosmetic_plain.png",
         "pharmacy_rejection_copy_es.pdf"]


def _fields(name: str, reuse: bool) -> list[dict]:
    rules = cached_rules()
    source = open_source(ROOT / "sample_docs" / "families" / name)
    pages = load_pages(ROOT / "tests" / "golden" / "families" / f"{name}.pages.json.gz")
    features = [features_of(p, source, rules) for p in pages]
    for p in pages:
        page_member_id(p, source, rules)  # (the split check of a file of several pages: light contexts, kept indexes)
    if not reuse:
        context._PAGE_INDEXES.clear()
    out = []
    for doc in documents_of(source, pages, features):
        got = extract_fields(doc, rules)
        out.append({k: (v.value, v.evidence.text) for k, v in got.items()})
    return out


@pytest.mark.parametrize("name", FILES)
def test_a_reused_page_index_reads_what_a_fresh_one_reads(name):
    fresh = _fields(name, reuse=False)
    assert fresh and any(fresh)
    assert _fields(name, reuse=True) == fresh


def test_the_index_is_reused_only_for_its_own_page():
    rules = cached_rules()
    name = FILES[0]
    source = open_source(ROOT / "sample_docs" / "families" / name)
    page = load_pages(ROOT / "tests" / "golden" / "families" / f"{name}.pages.json.gz")[0]
    context._PAGE_INDEXES.clear()
    page_member_id(page, source, rules)  # (the split check's pass; a one-page file skips it: nothing to split)
    assert id(page) in context._PAGE_INDEXES
    other = load_pages(ROOT / "tests" / "golden" / "families" / f"{name}.pages.json.gz")[0]  # the same words, anew
    assert id(other) not in context._PAGE_INDEXES
