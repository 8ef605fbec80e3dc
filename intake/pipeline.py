"""The stages in order: source -> pages -> split plan -> documents -> fields and classification -> results."""

from __future__ import annotations

import logging
from collections.abc import Callable

from intake.classify import classify
from intake.extract.fields import extract_fields, first_labelled, _id
from intake.extract.index import DocIndex
from intake.model import Document, PageText, Result, SourceFile
from intake.rules import RuleSet
from intake.sources import iter_pages, open_source
from intake.split import PageFeatures, page_features, plan_split

log = logging.getLogger(__name__)
LOW_CONFIDENCE = 0.6


def page_member_id(page: PageText, source: SourceFile, rules: RuleSet) -> str | None:
    found = first_labelled(DocIndex(Document(source, [page]), rules), "member_id", _id)
    return found.value if found else None


def read_pages(source: SourceFile, rules: RuleSet, on_page: Callable[[PageText], None] | None = None):
    """Stage: every page as text, one at a time; images are dropped as soon as OCR is done."""
    pages: list[PageText] = []
    features: list[PageFeatures] = []
    for page in iter_pages(source):
        pages.append(page)
        features.append(page_features(page, rules, page_member_id(page, source, rules)))
        log.debug("page %d read by %s", page.number, page.method)
        if on_page:
            on_page(page)
    return pages, features


def documents_of(source: SourceFile, pages: list[PageText], features: list[PageFeatures]) -> list[Document]:
    """Stage: apply the split plan; a file with no readable page still yields one (empty) document."""
    plan = plan_split(features)
    by_number = {p.number: p for p in pages}
    docs = [Document(source, [by_number[n] for n in group]) for group in plan]
    return docs or [Document(source, [])]


def result_of(doc: Document, rules: RuleSet, display_path: str) -> Result:
    """Stage: classification and fields for one document."""
    classification = classify(doc, rules)
    fields = extract_fields(doc, rules) if doc.pages else {}
    low = [name for name, fv in fields.items() if fv.evidence.confidence < LOW_CONFIDENCE]
    return Result(file=display_path, sha256=doc.source.sha256, pages=doc.page_numbers,
                  classification=classification, fields=fields, low_confidence=low)


def run(path: str, rules: RuleSet, on_page: Callable[[PageText], None] | None = None) -> list[Result]:
    from intake import warm

    source = open_source(path)
    warm.arm(rules)
    pages, features = read_pages(source, rules, on_page)
    warm.wait()
    return [result_of(doc, rules, path) for doc in documents_of(source, pages, features)]
