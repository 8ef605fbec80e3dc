"""Label-value pairs by geometry, candidates ranked: pure tests on hand-placed words, no OCR."""

from __future__ import annotations

from intake.extract.fields import extract_fields
from intake.model import Document, Line, PageText, SourceFile, Word

SRC = SourceFile("t.pdf", "0" * 64, "pdf", 1, 1)
CHAR = 18  # width of one character at this size


def line(y: float, *cells: tuple[float, str], conf: float = 0.97) -> Line:
    """Words placed at x positions; cells far apart become separate table cells."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, conf, (x, y, x + CHAR * len(tok), y + 34)))
            x += CHAR * len(tok) + 14
    return Line(words=words, page=1)


def fields_of(*lines: Line) -> dict:
    for i, ln in enumerate(lines):
        ln.index = i
    doc = Document(SRC, [PageText(1, 2550, 3300, list(lines), "text_layer")])
    from intake.rules import cached_rules

    return {k: v.value for k, v in extract_fields(doc, cached_rules()).items()}


def test_value_after_colon_and_in_next_cell():
    got = fields_of(line(300, (100, "Enrollee No.: XK4471902")), line(360, (100, "Group"), (700, "G-20417")))
    assert got["member_id"] == "XK4471902" and got["group_number"] == "G-20417"


def test_value_in_box_below_label():
    got = fields_of(line(300, (100, "SUBSCRIBER ID"), (900, "PLAN CODE")),
                    line(350, (100, "QZ77120034"), (900, "PPO44")))
    assert got["member_id"] == "QZ77120034" and got["plan_id"] == "PPO44"


def test_table_column_total_row_and_service_date_column():
    got = fields_of(line(300, (100, "Date"), (400, "Procedure"), (1200, "Amount charged"), (1700, "Plan paid")),
                    line(350, (100, "02/11/2026"), (400, "99213 Office visit"), (1200, "150.00"), (1700, "0.00")),
                    line(400, (100, "02/11/2026"), (400, "80053 Lab panel"), (1200, "75.50"), (1700, "0.00")),
                    line(450, (100, "Claim total"), (1200, "225.50"), (1700, "0.00")))
    assert got["claim_amount"] == "225.50"
    assert got["service_dates"] == ["2026-02-11"]


def test_header_over_two_lines():
    got = fields_of(line(300, (100, "Date"), (500, "Amount the"), (1000, "Plan")),
                    line(340, (500, "provider billed"), (1000, "paid")),
                    line(400, (100, "03/01/2026"), (500, "$410.00"), (1000, "$0.00")))
    assert got["claim_amount"] == "410.00"


def test_labels_inside_a_sentence():
    got = fields_of(line(300, (100, "Your claim (reference 31-902214) for $2,418.75 came to us from the provider.")))
    assert got["case_numbers"] == ["31-902214"] and got["claim_amount"] == "2418.75"


def test_decoys_stay_out():
    got = fields_of(line(300, (100, "Patient Account #: PA9268627")), line(350, (100, "NPI: 1655695010")),
                    line(400, (100, "Member ID: W88120344")))
    assert got["member_id"] == "W88120344"
    assert "case_numbers" not in got


def test_glued_next_column_words_are_cut_from_a_name():
    got = fields_of(line(300, (100, "Patient: Rosa H. Fischer Received 03/02/2026")))
    assert got["member_name"] == "Rosa H. Fischer"
