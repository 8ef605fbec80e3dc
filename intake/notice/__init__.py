"""The notice check: does a denial notice show what the rules for its plan type say it must contain?"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intake.model import Document, Result
    from intake.notice.model import NoticeCheck
    from intake.rules import RuleSet


def input_of(result: "Result", doc: "Document", rules: "RuleSet"):
    """The check's input from a pipeline result: the document's lines, classification and fields as given."""
    from intake.notice.check import NoticeInput

    c = result.classification
    fields = {n: (fv.value, fv.evidence.page, fv.evidence.text) for n, fv in result.fields.items()
              if n not in result.missing}
    return NoticeInput([(ln.page, ln.text) for ln in doc.lines if ln.words], c.document_type, c.denial_type,
                       c.plan_type, c.language, fields, list(rules.boilerplate.headings),
                       list(rules.boilerplate.paragraphs))


def check_result(result: "Result", doc: "Document", rules: "RuleSet") -> "NoticeCheck | None":
    """The pipeline's one call: None for a document that denies nothing."""
    from intake.notice.check import check_notice
    from intake.notice.rules import cached_notice_rules

    return check_notice(input_of(result, doc, rules), cached_notice_rules())
