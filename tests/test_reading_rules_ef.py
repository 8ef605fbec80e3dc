"""Reading rules from session 49 (what rounds EA to EE showed), each a general one (words placed as OCR or a text
layer would place them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def small(ln):
    """The row printed smaller (captions under values)."""
    ln.words = [type(w)(w.text, w.conf, (w.bbox[0], w.bbox[1], w.bbox[2], w.bbox[1] + 22)) for w in ln.words]
    return ln


def test_captions_under_values_named_by_a_company_word_and_in_small_letters():
    """'Jun 8, 2031 | QX-450-7788 | EX-31-5725 | QXM1588-01 | 0441190' over 'statement date | reimbursement claim
    no. | Example case | Example member ID | group': the captions name the values over them though some open
    with a company's name or an adjective in small letters, and a title over the row is no grid of labels."""
    title = line(430, (100, "REIMBURSEMENT STATEMENT"))
    values = line(530, (100, "Jun 8, 2031"), (560, "QX-450-7788"), (1100, "EX-31-5725"), (1500, "QXM1588-01"),
                  (2000, "0441190"))
    caps = small(line(590, (100, "statement date"), (560, "reimbursement claim no."), (1100, "Example case"),
                      (1500, "Example member ID"), (2000, "group")))
    below = line(700, (100, "PAID TO"))
    got = fields_of(title, values, caps, below)
    assert got["denial_date"] == "2031-06-08"
    assert got["member_id"] == "QXM1588-01"
    assert got["group_number"] == "0441190"
    assert set(got["case_numbers"]) == {"QX-450-7788", "EX-31-5725"}


def test_a_misread_caption_in_small_letters_names_nothing_outside_a_caption_row():
    """Guard: 'hate of this notice' (OCR's 'Date of this notice') over a date in a form's boxes is no caption
    row's cell; a lower-case first word alone makes no label where the row is not one of captions under values."""
    got = fields_of(line(300, (100, "hate of this notice"), (900, "Mailed to")),
                    line(360, (100, "04/23/2020"), (900, "Ana B. Example")),
                    line(500, (100, "Date of notice: May 4, 2031")))
    assert got["denial_date"] == "2031-05-04"
