"""Where each document in a stack of mail starts: page features in, page groups out (a pure plan)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from intake.extract.text import fold
from intake.model import PageText
from intake.rules import RuleSet

TOP = 0.4


@dataclass(frozen=True)
class PageFeatures:
    number: int
    blank: bool = False
    cover: bool = False
    page_of: tuple[int, int] | None = None
    opener: bool = False
    member_id: str | None = None


def plan_split(pages: list[PageFeatures]) -> list[list[int]]:
    """Group pages into documents; blank pages and fax covers belong to none and end a document."""
    docs: list[list[int]] = []
    current: list[int] = []
    current_member: str | None = None
    expect_more = 0
    for p in pages:
        if p.blank or p.cover:
            if current:
                docs.append(current)
            current, current_member, expect_more = [], None, 0
            continue
        starts = not current
        if p.page_of:
            starts = starts or p.page_of[0] == 1
        elif expect_more <= 0:
            starts = starts or p.opener
        continues = bool(p.page_of and p.page_of[0] > 1)
        if current and p.member_id and current_member and p.member_id != current_member and not continues:
            starts = True
        if starts and current:
            docs.append(current)
            current, current_member = [], None
        current.append(p.number)
        current_member = current_member or p.member_id
        expect_more = (p.page_of[1] - p.page_of[0]) if p.page_of else expect_more - 1
    if current:
        docs.append(current)
    return docs


def page_features(page: PageText, rules: RuleSet, member_id: str | None = None) -> PageFeatures:
    if page.method == "blank" or sum(len(ln.words) for ln in page.lines) < 4:
        return PageFeatures(page.number, blank=True)
    top_lines = [fold(ln.text) for ln in page.lines if ln.bbox[1] < TOP * page.height]
    all_text = fold(page.text)
    lay = rules.layout
    fields = sum(1 for t in (fold(ln.text) for ln in page.lines) for p in lay.cover_sheet_fields if re.search(p, t))
    words = sum(len(ln.words) for ln in page.lines)
    cue = any(re.search(p, all_text) for p in lay.cover_sheet)
    cover = (cue and fields >= 2) or (fields >= 4 and words < 120)  # To:, From:, Fax:, Pages: on a short page
    page_of = None
    for m in re.finditer(lay.page_of, all_text):
        x, y = int(m.group(1)), int(m.group(2))
        if 1 <= x <= y <= 200:
            page_of = (x, y)
    opener = any(re.search(p, t) for t in top_lines for p in lay.document_openers) or _letterhead(page, rules)
    return PageFeatures(page.number, cover=cover, page_of=page_of, opener=opener, member_id=member_id)


def _letterhead(page: PageText, rules: RuleSet) -> bool:
    """An organisation's name at the very top and a date near it: the first page of a letter."""
    from intake.extract.dates import find_dates
    from intake.extract.insurer import has_letterhead

    if not has_letterhead(page, rules):
        return False
    top = [ln for ln in page.lines if ln.bbox[1] < TOP * page.height]
    return any(find_dates(ln.text) for ln in top)
