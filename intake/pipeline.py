"""The stages in order: source -> pages -> split plan -> documents -> fields and classification -> results."""

from __future__ import annotations

import logging
from collections.abc import Callable

from typing import TYPE_CHECKING

from intake.model import Document, PageText, Result, SourceFile
from intake.sources import iter_pages, open_source

if TYPE_CHECKING:  # the analysis modules load in the background while Tesseract reads the first page
    from intake.rules import RuleSet
    from intake.split import PageFeatures

log = logging.getLogger(__name__)
LOW_CONFIDENCE = 0.6


def page_member_id(page: PageText, source: SourceFile, rules: RuleSet) -> str | None:
    from intake.extract.fields import _id, first_labelled
    from intake.extract.index import DocIndex

    found = first_labelled(DocIndex(Document(source, [page]), rules), "member_id", _id)
    return found.value if found else None


def features_of(page: PageText, source: SourceFile, rules: RuleSet) -> PageFeatures:
    """What the split planner needs of a page (page X of Y, opener, member ID), in one place for every caller."""
    from intake.split import page_features

    return page_features(page, rules, page_member_id(page, source, rules))


def read_pages(source: SourceFile, rules: RuleSet | None, on_page: Callable[[PageText], None] | None = None,
               read_ahead: bool = False):
    """Stage: every page as text, one at a time; images are dropped as soon as OCR is done.

    rules None: the default rules, asked for only after the first page is read (they load meanwhile)."""
    pages: list[PageText] = []
    features: list[PageFeatures] = []
    for page in iter_pages(source, read_ahead):
        if rules is None:
            from intake.rules import cached_rules

            rules = cached_rules()
        pages.append(page)
        features.append(features_of(page, source, rules))
        log.debug("page %d read by %s", page.number, page.method)
        if on_page:
            on_page(page)
    return pages, features


def documents_of(source: SourceFile, pages: list[PageText], features: list[PageFeatures]) -> list[Document]:
    """Stage: apply the split plan; a file with no readable page still yields one (empty) document."""
    from intake.split import plan_split

    plan = plan_split(features)
    by_number = {p.number: p for p in pages}
    docs = [Document(source, [by_number[n] for n in group]) for group in plan]
    return docs or [Document(source, [])]


def result_of(doc: Document, rules: RuleSet, display_path: str) -> Result:
    """Stage: classification and fields for one document."""
    from intake.classify import classify
    from intake.extract.fields import extract_fields

    classification = classify(doc, rules)
    fields = extract_fields(doc, rules) if doc.pages else {}
    low = [name for name, fv in fields.items() if fv.evidence.confidence < LOW_CONFIDENCE]
    geometry = [(p.number, p.width, p.height, p.method, p.rotation, p.skew) for p in doc.pages]
    return Result(file=display_path, sha256=doc.source.sha256, pages=doc.page_numbers,
                  classification=classification, fields=fields, low_confidence=low, page_geometry=geometry)


def run(path: str, rules: RuleSet | None = None, on_page: Callable[[PageText], None] | None = None,
        read_ahead: bool = False) -> list[Result]:
    """rules None: the default rules, loaded with spaCy in the background once Tesseract starts.
    read_ahead: one file at a time with a core to spare (intake process)."""
    from intake import warm

    source = open_source(path)
    warm.arm(rules)
    pages, features = read_pages(source, rules, on_page, read_ahead)
    warm.wait()
    if rules is None:
        from intake.rules import cached_rules

        rules = cached_rules()
    return [result_of(doc, rules, path) for doc in documents_of(source, pages, features)]
