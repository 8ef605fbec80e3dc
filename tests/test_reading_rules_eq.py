"""Reading rules from session 60 (a fax's smears read as words inside a caption row, ...), each a general one
(words placed as OCR would place them; invented values)."""

from __future__ import annotations

from intake.marks import flat_marks
from intake.model import Document, Line, PageText, SourceFile, Word
from intake.pipeline import result_of
from intake.rules import cached_rules

SRC = SourceFile("t.tif", "0" * 64, "tiff", 1, 1)
CHAR = 18


def _words(y: float, *cells: tuple[float, str], conf: float = 0.9, tall: float = 34) -> list[Word]:
    out = []
    for x, text in cells:
        for tok in text.split():
            out.append(Word(tok, conf, (x, y, x + CHAR * len(tok), y + tall)))
            x += CHAR * len(tok) + 14
    return out


def _smear(x: float, y: float, text: str, width: float = 90) -> Word:
    """A table rule a standard fax greyed, read as a flat word with no confidence."""
    return Word(text, 0.2, (x, y, x + width, y + 7))


def _fields(*rows: list[Word]) -> dict:
    lines = [Line(sorted(ws, key=lambda w: w.bbox[0]), 1, i) for i, ws in enumerate(rows)]
    doc = Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")])
    return {k: v.value for k, v in result_of(doc, cached_rules(), "t.tif").fields.items()}


def test_a_flat_unsure_word_among_letters_is_a_mark():
    words = _words(300, (100, "Claim number"), (700, "Patient"), (1500, "Member ID")) + [_smear(1380, 300, "soe")]
    assert [words[i].text for i in flat_marks(words)] == ["soe"]


def test_a_guard_an_initial_ocr_boxed_flat_and_a_sure_word_are_print():
    words = _words(300, (100, "Patient: Ansel"), (400, "Quillby")) + [Word("J.", 0.3, (380, 310, 396, 316))]
    flat_sure = Word("ID", 0.8, (900, 300, 940, 307))
    assert flat_marks(words) == [] and flat_marks(_words(300, (100, "Member name"), (700, "Group")) + [flat_sure]) == []


def test_a_smear_in_a_caption_row_no_longer_hides_the_value_under_it():
    """'Member ID' with a smear before it in a caption row over a row of values: the value under it is the
    member's (a smear inside the caption cell made it no caption)."""
    captions = _words(300, (100, "Notice date"), (500, "Claim number"), (900, "Patient"), (1480, "Member ID"),
                      (1900, "Group")) + [_smear(1360, 300, "soe")]
    values = _words(370, (100, "03/02/2031"), (500, "QC2031-5571"), (900, "Ansel P. Quillby"), (1480, "QMB30417722"),
                    (1900, "QGRP-4410"))
    got = _fields(_words(200, (100, "Pemberix Health Plan")), captions, values)
    assert got["member_id"] == "QMB30417722"


def _classes(word: str, conf: float) -> frozenset | None:
    from intake.extract.lexicon import lexicon_of

    return lexicon_of(cached_rules()).word_classes(word, conf)


def test_an_id_a_standard_fax_printed_with_its_d_as_o_a_bracket_or_p_is_still_an_id_where_ocr_was_unsure():
    for printed in ("IO", "Io", "i)", "|)", "Ip", "TD!", "IO:"):
        assert _classes(printed, 0.4) == _classes("ID", 0.97), printed


def test_a_guard_numbers_list_marks_and_sure_words_are_not_read_as_id():
    assert _classes("10", 0.4) is None and _classes("1)", 0.4) is None and _classes("IO", 0.97) is None
    assert _classes("IP", 0.4) is None  # (inpatient)


def test_a_caption_row_with_a_garbled_id_still_captions_the_members_number():
    got = _fields(_words(200, (100, "Pemberix Health Plan")),
                  _words(300, (100, "Member name"), (700, "Member"), (820, "IO", ), (1200, "Group"), conf=0.6),
                  _words(370, (100, "Ivo R. Quennel"), (700, "QPX44019273"), (1200, "QG-7741")))
    assert got["member_id"] == "QPX44019273"


def _text_fields(*lines) -> dict:
    from tests.test_kv import fields_of

    return fields_of(*lines)


def _line(y: float, text: str):
    from tests.test_kv import line

    return line(y, (100, text))


def test_a_brand_of_two_words_written_once_before_the_letterheads_name_and_again_elsewhere_completes_it():
    """The letterhead prints 'Weavers Cooperative Health Plan' beside a drawn logo; the letter writes the name in
    full once ('the Quennel Loomhall Weavers Cooperative Health Plan') and the brand word again in its trust's name."""
    got = _text_fields(_line(100, "Weavers Cooperative Health Plan"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "We did not pay the claim. The Quennel Loomhall Weavers Cooperative Health Plan is run by"),
                       _line(400, "the trustees of the Quennel Weavers Trust."))
    assert got["insurer"] == "Quennel Loomhall Weavers Cooperative Health Plan"


def test_a_brand_joined_by_an_ampersand_is_taken_whole():
    got = _text_fields(_line(100, "Slate Workers Health Fund"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "Write to the Quennel Quarry & Slate Workers Health Fund within 180 days."),
                       _line(400, "Quennel Quarry & Slate Workers Health Fund, 12 Example Row"))
    assert got["insurer"] == "Quennel Quarry & Slate Workers Health Fund"


def test_a_guard_a_word_written_once_before_the_name_and_nowhere_else_is_no_brand():
    got = _text_fields(_line(100, "Lumber Trades Health Plan"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "Ask Pemberix Lumber Trades Health Plan staff if you have questions."))
    assert got["insurer"] == "Lumber Trades Health Plan"


def test_a_logo_piece_or_a_second_reading_of_the_first_word_is_dropped_from_the_name():
    from intake.extract.insurer import _echoed_word_dropped

    assert _echoed_word_dropped("Ennel Quennel Health Plan") == "Quennel Health Plan"
    assert _echoed_word_dropped("Pemberix Pemborix Mutual, LLC") == "Pemberix Mutual, LLC"
    assert _echoed_word_dropped("Quennel Mutual Health") == "Quennel Mutual Health"  # (guard: no echo)


def test_an_i_ocr_read_as_an_l_is_put_back_in_a_label_word_even_when_ocr_was_sure():
    for printed, meant in (("Clalm", "Claim"), ("Pald", "Paid"), ("Recelved:", "Received:"), ("Medicald", "Medicaid")):
        assert _classes(printed, 0.96) == _classes(meant, 0.96), printed


def test_a_guard_a_double_l_or_a_word_that_reads_as_nothing_stays_as_printed():
    assert _classes("Mall,", 0.96) is None and _classes("Field", 0.96) is None


def test_a_claim_number_under_a_clalm_caption_is_a_case_number():
    got = _text_fields(_line(100, "Quennel Health Plan"), _line(200, "Dear Ansel R. Quillby:"),
                       _line(260, "Clalm number: QC31-4471092"),
                       _line(320, "We did not pay this claim because the service is not covered."))
    assert got["case_numbers"] == ["QC31-4471092"]


def test_days_from_the_date_of_this_summary_or_notification_count_from_the_notice():
    for paper in ("summary", "notification"):
        got = _text_fields(_line(100, "Quennel Senior Advantage"), _line(160, "Date: 03/02/2031"),
                           _line(220, f"We count 65 days from the date of this {paper} for any appeal you send."))
        assert got["appeal_deadline"] == "2031-05-06", paper


def _page(*texts: str, top: float = 200) -> PageText:
    lines = [Line(words=[Word(t, 0.9, (100 + 60 * k, top + 60 * i, 150 + 60 * k, top + 30 + 60 * i))
                         for k, t in enumerate(text.split())], page=1, index=i) for i, text in enumerate(texts)]
    return PageText(1, 2550, 3300, lines, "ocr")


PROSE = ("With this sheet go the papers our member was mailed by the plan in March so that the advocates can add "
         "them to the file ahead of the review set for next week. The first paper needs no answer from anyone at "
         "this time. The second paper asks the member for a new statement of the weeks she danced, which our "
         "office is drafting for the plan and expects to mail within a few days unless something delays it. Call "
         "the company office if anything in either paper is unclear or if a page did not come through well.")


def test_a_fax_form_headed_by_fax_alone_on_its_line_is_a_cover_though_its_note_runs_past_a_short_pages_words():
    """'FAX' on a line of its own marks the form (a cue anchored to its line, found on that line, not only where
    the page's text begins); with its To, From, Pages and Re captions and a note of a few lines it is the cover."""
    from intake.split import page_features

    lines = ["Quennel Dance Company", "FAX", "To: Pemberix Advocacy Desk", "Fax: 1-866-555-0931",
             "From: Pia Ansel", "Date: 03/09/2031", "Pages: 4 (cover + 3)", "Re: plan papers for the file", "Hello,"]
    words = PROSE.split()
    body = [" ".join(words[i:i + 24]) for i in range(0, len(words), 24)]
    assert page_features(_page(*lines, *body), cached_rules()).cover


def test_a_note_that_counts_itself_among_the_pages_and_sends_the_letters_is_a_cover_without_captions():
    from intake.split import page_features

    note = _page("Quennel Marine Park Staff Office", "Ivo Pemb, case manager, Pemberix Casualty", "(207) 555-0962",
                 "Pia Quillby, staff office", "date 02/05/2031", "pages incl. this sheet 5",
                 "Ivo - as promised we are forwarding you the notices the plan mailed to our diver.", "Pia")
    assert page_features(note, cached_rules()).cover


def test_a_guard_a_short_letter_that_sends_nothing_and_counts_no_pages_is_no_cover():
    from intake.split import page_features

    letter = _page("Quennel Health Plan", "Ansel R. Quillby", "41 Example Row", "Dunmore, PA 18574",
                   "Your request for two pages of records was received. We will answer within 30 days.")
    assert not page_features(letter, cached_rules()).cover


def test_a_fax_machines_line_with_bare_ten_digit_numbers_is_the_transmissions_not_the_letters():
    """'... 16:42 FAX QUENNEL UM 5550104471 -> 5550136150 P. 2/4': its page count is the fax's, so the letter's
    own 'page 1 of 2' decides where documents begin."""
    from intake.layout import transmission_line

    page = _page("06/10/2031 09:17 FAX QUENNEL UM 5550104471 -> 5550136150 P. 3/5", "Quennel Health Plan", top=20)
    assert transmission_line(page) == 0
    assert transmission_line(_page("Ansel Quillby 5550104471 03/12/2031 Page 2", "Quennel", top=20)) is None


def test_a_caption_whose_slash_parts_name_two_fields_gives_each_the_value_in_its_place():
    """'Group/Member No. QRX-12 / QF7318264' (the slash inside a word) and 'GROUP / CERTIFICATE NO.' over
    'QW4172 / QX6628301': the whole caption names the group, its second part the member's number."""
    inline = _text_fields(_line(100, "Quennel Health Plan"), _line(200, "Group/Member No. QRX-12 / QF7318264"))
    assert inline["member_id"] == "QF7318264" and inline["group_number"] == "QRX-12"
    from tests.test_kv import line

    column = _text_fields(_line(100, "Quennel Indemnity Company"),
                          line(300, (100, "NOTICE DATE"), (600, "CLAIM NUMBER"), (1100, "GROUP / CERTIFICATE NO."),
                               (1800, "PLAN CODE")),
                          line(350, (100, "06/12/2031"), (600, "QC-31-407215"), (1100, "QW4172 / QX6628301"),
                               (1800, "QHP-4")))
    assert column["member_id"] == "QX6628301" and column["group_number"] == "QW4172"


LEGEND_EOB = [
    "Pemberix Senior Care Explanation of Benefits",
    "03/05/2031 A6212 Foam dressing 92.10 64.70 0.00 Q1",
    "03/05/31-03/31/31 E0277 Powered air mattress rental 1,265.00 0.00 0.00 Q7",
    "What the notes mean",
    "Q1 Paid at the plan's rate for this service. Q2 Eye refraction is outside the vision benefit.",
    "Q7 Rental equipment is paid only when the plan approves it before Q3 Counted in another service of the same day and",
    "delivery. The company did not get approval for the rental not paid alone.",
    "months billed, so nothing was paid. A network company may not charge you.",
    "Q5 Billed after the filing limit ran out. Q9 Care from outside the network without a referral.",
]


def test_the_refused_rows_code_is_read_in_its_legend_entry_alone_up_to_the_next_columns_code():
    """A two-column key: Q7's sentence runs on below beside the second column's words; its entry is read up to
    'Q3' on its line, then the lines it runs on to."""
    from intake.legend_use import refused_entry_spans, refused_row_codes

    starts, at = [], 0
    for text in LEGEND_EOB:
        starts.append(at)
        at += len(text) + 1
    full = "\n".join(LEGEND_EOB)
    spans = [full[a:b] for a, b in refused_entry_spans(LEGEND_EOB, starts)]
    assert refused_row_codes(LEGEND_EOB) == {"Q7"}
    assert spans[0] == "Q7 Rental equipment is paid only when the plan approves it before "
    assert "did not get approval" in spans[1] and "Q5" not in "".join(spans)


def test_the_refused_rows_legend_entry_decides_the_denial_type_over_the_keys_other_entries():
    from intake.classify import classify

    lines = [Line([Word(t, 0.95, (100 + 60 * k, 200 + 60 * i, 150 + 60 * k, 230 + 60 * i))
                   for k, t in enumerate(text.split())], 1, i) for i, text in enumerate(LEGEND_EOB)]
    doc = Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")])
    assert classify(doc, cached_rules()).denial_type == "prior_authorization"


def test_a_caption_whose_dash_parts_name_two_fields_gives_each_the_value_in_its_place():
    from tests.test_kv import line

    got = _text_fields(_line(100, "Quennel Smiths Health Fund"),
                       line(300, (100, "Notice date"), (600, "Plan - Group"), (1200, "Member No.")),
                       line(350, (100, "14-Feb-2031"), (600, "Q310 - QG-51937"), (1200, "QWB40718253")))
    assert got["plan_id"] == "Q310" and got["group_number"] == "QG-51937"


def test_a_received_stamps_date_under_its_word_is_not_the_notices():
    """'RECEIVED' at the end of the address block's line and the stamp's date alone under it, above the letter's
    own date: the day the member's office got the paper, not the notice's."""
    from tests.test_kv import line

    got = _text_fields(_line(100, "Quennel Health Plan"),
                       line(200, (100, "Ansel R. Quillby"), (1600, "RECEIVED")),
                       line(260, (1600, "JUN 17 2031")),
                       line(320, (100, "41 Example Row"), (1600, "QUENNEL CO-OP HR")),
                       line(400, (100, "June 12, 2031")),
                       line(460, (100, "Dear Ansel R. Quillby:")),
                       line(520, (100, "We did not pay for the knee brace because it is not covered.")))
    assert got["denial_date"] == "2031-06-12"


def test_a_fax_machines_line_with_a_job_number_after_its_count_or_eleven_digit_numbers_is_the_transmissions():
    from intake.layout import transmission_line

    for sent in ("05/27/2031 11:08 QUENNEL UM 5550104471 >> 5550136150 P 1/2 JOB#7302",
                 "04/28/31 14:26 QUENNEL BEN ADMIN CLAIMS 15550104471 -> 15550136150 JOB 6614 P.1/2"):
        assert transmission_line(_page(sent, "Quennel Health Plan", top=20)) == 0, sent


def test_the_numbers_on_a_fax_machines_line_and_a_relay_line_glued_to_its_word_are_no_case_numbers():
    from tests.test_kv import line

    got = _text_fields(line(20, (100, "05/27/2031 11:08 QUENNEL UM 5550104471 >> 5550136150 P 1/2 JOB#7302")),
                       _line(100, "Quennel Health Plan"), _line(160, "Member line 1-877-555-0977 -TTY711"),
                       _line(300, "Claim number: QC26-1355619"),
                       _line(360, "We did not pay this claim because the service is not covered."))
    assert got["case_numbers"] == ["QC26-1355619"]


def test_a_wordmarks_loose_letters_are_spelled_out_from_the_name_the_letter_writes():
    """'Q U E N N DANCERS HEALTH PLAN' (a spaced wordmark, its last letters lost) and the letter's 'Quennelby
    Dancers Health Plan': the name as the letter writes it; bare letters with no such name stay unread."""
    from intake.extract.insurer import _letters_spelled_out

    rules = cached_rules()
    text = "Q U E N N DANCERS HEALTH PLAN\nThe Quennelby Dancers Health Plan reviewed your claim."
    assert _letters_spelled_out("Q U E N N DANCERS HEALTH PLAN", text, rules) == "Quennelby Dancers Health Plan"
    assert _letters_spelled_out("Q U E N", "Q U E N\nWrite to the Quennelby Health Plan, Box 4.", rules) == \
        "Quennelby Health Plan"
    assert _letters_spelled_out("Q U E N", "Q U E N\nQUENNELBY HEALTH PLAN", rules) is None


def test_a_parted_caption_beside_an_address_takes_the_value_under_it_not_the_address_line_left_of_it():
    from tests.test_kv import line

    got = _text_fields(_line(100, "Quennel Senior Care"),
                       line(200, (100, "Ansel R. Quillby"), (1500, "Statement date")),
                       line(260, (100, "c/o Pemberix Care Center"), (1500, "3 Feb 2031")),
                       line(320, (100, "Room 207-C"), (1500, "Plan / Member No.")),
                       line(380, (100, "2280 Example Road"), (1500, "QH5208-014 / QLR739104265")),
                       line(440, (100, "Dunmore PA 18574"), (1500, "Letter ID")),
                       line(500, (1500, "QLID-0877-31620")))
    assert got["member_id"] == "QLR739104265" and got["plan_id"] == "QH5208-014"
