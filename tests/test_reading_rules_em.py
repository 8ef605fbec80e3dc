"""Reading rules from session 56 (a legend or notes set in two columns side by side, read one column after the
other), each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.columns import unweave
from tests.test_kv import fields_of, line

WIDTH = 2550
RIGHT = 1300  # where the right column starts (the page is 2550 wide; the left column from 100)


def _two_column_legend(y: int) -> list:
    """A notes key in two columns: OCR's lines run across both, so each holds the end of one entry and the start
    of another."""
    rows = [("QP1 The plan paid its share of the approved amount and",
             "QN7 The plan does not cover this service, so we"),
            ("nothing more is due from the plan for this line.",
             "did not pay it. You may owe the provider for it."),
            ("QP2 We paid the coinsurance for this line after the",
             "QD2 Applied to your deductible for the year, which"),
            ("deductible was met earlier in the plan year, as usual.",
             "is the amount you pay before the plan pays.")]
    return [line(y + 40 * k, (100, left), (RIGHT, right)) for k, (left, right) in enumerate(rows)]


def test_a_two_column_legend_is_read_one_column_then_the_other():
    lines = [line(100, (100, "What the notes mean")), *_two_column_legend(140),
             line(400, (100, "Questions? Call the number on your card."))]
    got = [ln.text for ln in unweave(lines, WIDTH)]
    assert got == ["What the notes mean",
                   "QP1 The plan paid its share of the approved amount and",
                   "nothing more is due from the plan for this line.",
                   "QP2 We paid the coinsurance for this line after the",
                   "deductible was met earlier in the plan year, as usual.",
                   "QN7 The plan does not cover this service, so we",
                   "did not pay it. You may owe the provider for it.",
                   "QD2 Applied to your deductible for the year, which",
                   "is the amount you pay before the plan pays.",
                   "Questions? Call the number on your card."]


def test_captions_beside_values_and_table_rows_stay_as_lines():
    """A box of captions and their values, and a criteria table, have a wide gap too, but no sentence runs on
    from line to line in either column: they are rows, read across."""
    rows = [line(100, (100, "Care you asked for"), (RIGHT, "Visit with a skin doctor at the clinic")),
            line(140, (100, "Asked for by"), (RIGHT, "Dr. Ivo Q. Pemberly of the Quennel Clinic")),
            line(180, (100, "Person who got the care"), (RIGHT, "Ansel R. Quillby, the plan's member")),
            line(220, (100, "Six months of medicine tried first"), (RIGHT, "Not met: six weeks of medicine only")),
            line(260, (100, "Seen by a specialist before the request"),
                 (RIGHT, "Not met: no specialist note received"))]
    assert unweave(rows, WIDTH) == rows


def test_a_refused_line_told_by_a_code_of_a_two_column_key_is_the_claim():
    """Three lines on a statement, one coded QN7; the key that says QN7 was not paid is set in two columns, its
    words on the same OCR lines as another code's: the refused line's date is the service's."""
    got = fields_of(
        line(100, (100, "Quennel Mutual Health"), (1500, "Statement date: May 6, 2031")),
        line(160, (100, "EXPLANATION OF BENEFITS"), (1500, "Member ID: QXM4471902")),
        line(220, (100, "Member: Pia L. Quillby")),
        line(300, (100, "Date"), (400, "Service"), (1000, "Charged"), (1300, "Allowed"), (1600, "We paid"),
             (1900, "Note")),
        line(340, (100, "04/09/2031"), (400, "Office visit"), (1000, "148.07"), (1300, "128.76"),
             (1600, "103.01"), (1900, "QP2")),
        line(380, (100, "04/21/2031"), (400, "Refraction"), (1000, "65.00"), (1300, "0.00"), (1600, "0.00"),
             (1900, "QN7")),
        line(420, (100, "04/30/2031"), (400, "Blood count"), (1000, "27.00"), (1300, "7.77"), (1600, "7.77"),
             (1900, "QP1")),
        line(520, (100, "What the notes mean")),
        *_two_column_legend(560))
    assert got["service_dates"] == ["2031-04-21"]


def test_a_caption_glued_to_its_value_at_the_colon_is_read_as_a_caption():
    """'Plan member number:QXM4471902' (no space after the colon, as OCR often reads it): the caption's word and
    the value are two words, so the member's number is found; a time ('10:30') or a web address stays whole."""
    words = [("Quennel", 100, 100, 300, 0), ("Advantage", 320, 100, 560, 0),
             ("Plan", 100, 300, 180, 1), ("member", 200, 300, 340, 1), ("number:QXM4471902", 360, 300, 760, 1),
             ("Open", 100, 360, 180, 2), ("at", 200, 360, 240, 2), ("10:30", 260, 360, 360, 2)]
    page = {"number": 1, "width": 2550, "height": 3300, "method": "ocr", "rotation": 0, "skew": 0.0,
            "mean_conf": 0.9, "words": [[t, 0.9, [x0, y, x1, y + 34], g] for t, x0, y, x1, g in words]}
    from intake.model import page_from_dict

    lines = page_from_dict(page).lines
    assert [w.text for w in lines[1].words] == ["Plan", "member", "number:", "QXM4471902"]
    assert lines[2].text == "Open at 10:30"
    assert fields_of(*lines)["member_id"] == "QXM4471902"
