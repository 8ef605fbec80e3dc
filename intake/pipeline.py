"""The stages in order, in one place for every caller: source -> pages -> features -> split -> results.

`intake process` runs them all here (`run`); a local batch, a queue job and the golden replay read or load
pages their own way and hand them to `finish`, so what becomes of a page is decided once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from typing import TYPE_CHECKING

from intake.errors import IntakeError
from intake.model import Document, PageText, Result, SourceFile

if TYPE_CHECKING:  # the analysis modules load in the background while Tesseract reads the first page
    from intake.rules import RuleSet
    from intake.split import PageFeatures

log = logging.getLogger(__name__)
LOW_CONFIDENCE = 0.6


def warm_up(rules: RuleSet | None = None) -> Callable[[], None]:
    """Step 0: say which rules the background warm-up loads; returns what starts it (handed to the page
    reader, which calls it as Tesseract starts, so the rules load on the other core while Tesseract
    works)."""
    from intake import warm

    warm.arm(rules)
    return warm.start


def _rules(rules: RuleSet | None) -> RuleSet:
    """The rules asked for, or the default ones once a warm-up under way has loaded them."""
    from intake import warm
    from intake.rules import cached_rules

    warm.wait()
    return rules if rules is not None else cached_rules()


def read(source: SourceFile, numbers: Sequence[int] | None = None, together: bool = False,
         read_ahead: bool = False, on_page: Callable[[PageText], None] | None = None,
         on_start: Callable[[], None] | None = None) -> list[PageText]:
    """Stage: pages as text through the one page reader; the first page that cannot be read raises."""
    from intake.reader import read_pages

    numbers = numbers or range(1, source.page_count + 1)
    pages = []
    for got in read_pages([(source, n) for n in numbers], together, read_ahead, on_start):
        if isinstance(got, IntakeError):
            got.path = got.path or source.path
            raise got
        log.debug("page %d read by %s", got.number, got.method)
        pages.append(got)
        if on_page:
            on_page(got)
    return pages


def page_member_id(page: PageText, source: SourceFile, rules: RuleSet) -> str | None:
    """The member ID a page names under a clear label, for the split planner."""
    from intake.extract.fields import page_member_id as member_id_of

    return member_id_of(page, source, rules)


def features_of(page: PageText, source: SourceFile, rules: RuleSet | None = None) -> PageFeatures:
    """Stage: what the split planner needs of a page (page X of Y, opener, member ID). rules None: the
    default rules (loaded once per process), as in batch and queue workers."""
    from intake.rules import cached_rules
    from intake.split import page_features

    rules = rules if rules is not None else cached_rules()  # spaCy is not needed yet: no waiting for it
    member = page_member_id(page, source, rules) if source.page_count > 1 else None  # (one page: nothing to split)
    return page_features(page, rules, member)


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
    from intake.marks import without_marks

    doc = without_marks(doc)  # (a fax's smears read as words: no part of any caption or value)
    classification = classify(doc, rules)
    fields = extract_fields(doc, rules) if doc.pages else {}
    low = [name for name, fv in fields.items() if fv.evidence.confidence < LOW_CONFIDENCE]
    geometry = [(p.number, p.width, p.height, p.method, p.rotation, p.skew) for p in doc.pages]
    result = Result(file=display_path, sha256=doc.source.sha256, pages=doc.page_numbers,
                    classification=classification, fields=fields, low_confidence=low, page_geometry=geometry)
    result.notice_check = notice_stage(result, doc, rules)
    return result


def notice_stage(result: Result, doc: Document, rules: RuleSet):
    """Stage after classification and fields: what the denial notice shows and lacks (intake/notice)."""
    from intake.notice import check_result

    return check_result(result, doc, rules)


def finish(source: SourceFile, pages: list[PageText], display_path: str, rules: RuleSet | None = None,
           features: list[PageFeatures] | None = None, reread: bool = True) -> list[Result]:
    """The stages after reading, for every caller: features (unless a worker computed them beside its
    pages), split, classification and fields, then the re-read. rules None: the default rules.
    reread False: words replayed from storage (golden tests), no source pixels to read again."""
    rules = _rules(rules)
    if features is None:
        features = [features_of(page, source, rules) for page in pages]
    results = [result_of(doc, rules, display_path) for doc in documents_of(source, pages, features)]
    return reread_stage(source, pages, results) if reread else results


def reread_stage(source: SourceFile, pages: list[PageText], results: list[Result]) -> list[Result]:
    """Stage after fields (issue 13): doubtful IDs and amounts read again from their box (intake/reread.py);
    renders only the pages that hold one, so page images need not be kept."""
    from intake.reread import reread_fields

    return reread_fields(source, pages, results)


def run(path: str, rules: RuleSet | None = None, on_page: Callable[[PageText], None] | None = None,
        read_ahead: bool = False) -> list[Result]:
    """Every stage for one file. rules None: the default rules, loaded in the background once Tesseract
    starts (nothing of it for a text-layer file). read_ahead: one file at a time with a core to spare
    (intake process)."""
    from intake.sources import open_source

    source = open_source(path)
    start = warm_up(rules)
    pages = read(source, read_ahead=read_ahead, on_page=on_page, on_start=start)
    return finish(source, pages, path, rules)
