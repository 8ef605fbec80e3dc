"""A form's checkbox options: only the ticked one is the plan's reason (words placed as OCR reads them)."""

from __future__ import annotations

from intake.checkboxes import box_spans, unticked_spans
from intake.extract.doctext import DocText
from tests.test_kv import line
from tests.test_reading_rules_cq import _classify_lines


def _spans(*texts: str):
    lines = [line(100 + 40 * i, (100, t)) for i, t in enumerate(texts)]
    dt = DocText(lines)
    ticked, empty = box_spans(dt.starts, dt.lines)
    return [dt.text[a:b] for a, b in ticked], [dt.text[a:b] for a, b in empty]


def test_the_boxes_ocr_reads_empty_and_ticked():
    """Empty boxes as OCR reads them ('[_]', 'E]', '[Y]', '(J', 'PF]') and ticked ones ('IX]', '[Xx]'), each option
    to the next box on its line."""
    ticked, empty = _spans("PF] We approved the service.", "IX] We will not pay for the service listed above.",
                           "[Y] The records do not show that it was needed.",
                           "[Xx] No one asked us to approve it first. E] Your coverage was not active that day.",
                           "(J The plan does not include this kind of care.")
    assert ticked == ["IX] We will not pay for the service listed above.",
                      "[Xx] No one asked us to approve it first."]
    assert empty == ["PF] We approved the service.", "[Y] The records do not show that it was needed.",
                     "E] Your coverage was not active that day.", "(J The plan does not include this kind of care."]


def test_no_ticked_box_sets_nothing_aside():
    """Where no box reads as ticked (OCR lost the X), every option is left to the reader: one of them is the
    reason (a guard on the rule: it keeps the rule from setting aside the reason itself)."""
    assert _spans("[_] Approved", "[_] Not approved", "E] Nobody asked us first") == ([], [])


def test_a_list_marker_is_no_box():
    """'(a)', '(b)' open a list's items, not boxes: nothing is set aside (a guard on the box shapes)."""
    assert unticked_spans([0, 40], [line(100, (100, "(a) You may appeal.")), line(140, (100, "(b) You may call."))]) \
        == []


def test_the_ticked_reason_decides_the_denial_type_not_an_empty_one():
    """A boxed notice on a standard fax: the reason ticked is a missing approval; the empty box beside it says the
    coverage was not active. The denial is prior authorization, not eligibility."""
    got = _classify_lines("Example Prairie Health Plan", "NOTICE OF ADVERSE BENEFIT DETERMINATION",
                          "1. Date of this notice 03/25/2031", "17. Our decision", "PF] We approved the service.",
                          "IX] We will not pay for the service listed above.", "18. Why (only the marked box applies)",
                          "[Y] The records we have do not show that your child needed this service.",
                          "PX] No one asked us to approve this before it was given.",
                          "E] Your child's coverage was not active on the date of service.",
                          "19. Your right to appeal. You may ask for an appeal within 60 days.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")


def test_an_option_whose_box_ocr_lost_is_kept_where_no_tick_is_seen():
    """'[_] Overturned - we will pay      Upheld - the decision stands      [] Partly overturned': the dark, ticked
    box OCR dropped leaves a wide gap before its option; the two empty boxes' options are set aside and the one
    without a box is kept, so the appeal reads as upheld."""
    row = line(300, (100, "[_] Overturned - we will pay"), (1100, "Upheld - the decision stands"),
               (2000, "[] Partly overturned"))
    dt = DocText([line(100, (100, "OUTCOME")), row])
    ticked, empty = box_spans(dt.starts, dt.lines)
    assert [dt.text[a:b] for a, b in empty] == ["[_] Overturned - we will pay", "[] Partly overturned"]


def test_an_option_line_without_its_box_under_a_ticked_list_is_another_empty_option():
    """A reason list with a ticked box, and under it an option line whose box OCR lost at the line's start (its
    words start where the options' words do): a list is ticked once, so that option is empty too."""
    rows = [line(100, (100, "[Y]"), (160, "The records do not show that it was needed.")),
            line(140, (100, "PX]"), (160, "No one asked us to approve this before it was given.")),
            line(180, (100, "E]"), (160, "Your coverage was not active on the date of service.")),
            line(220, (160, "The provider is not one of the providers we work with."))]
    dt = DocText(rows)
    _, empty = box_spans(dt.starts, dt.lines)
    assert dt.text[dt.starts[3]:dt.starts[3] + len(rows[3].text)] in [dt.text[a:b] for a, b in empty]
