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
    """The letterhead prints 'Cooperative Health Plan' beside a drawn logo; the letter writes the name in full
    once ('the Quennel Guild Cooperative Health Plan') and the brand word again in its trust's name."""
    got = _text_fields(_line(100, "Cooperative Health Plan"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "We did not pay the claim. The Quennel Guild Cooperative Health Plan is run by"),
                       _line(400, "the trustees of the Quennel Woodworkers Trust."))
    assert got["insurer"] == "Quennel Guild Cooperative Health Plan"


def test_a_brand_joined_by_an_ampersand_is_taken_whole():
    got = _text_fields(_line(100, "Stone Trades Health Fund"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "Write to the Quennel Forge & Stone Trades Health Fund within 180 days."),
                       _line(400, "Quennel Forge & Stone Trades Health Fund, 12 Example Row"))
    assert got["insurer"] == "Quennel Forge & Stone Trades Health Fund"


def test_a_guard_a_word_written_once_before_the_name_and_nowhere_else_is_no_brand():
    got = _text_fields(_line(100, "Racing Trades Health Plan"), _line(160, "PO Box 4471, Dunmore, PA 18574"),
                       _line(300, "Dear Ansel R. Quillby:"),
                       _line(360, "Ask Pemberix Racing Trades Health Plan staff if you have questions."))
    assert got["insurer"] == "Racing Trades Health Plan"


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
                           _line(220, f"You have 65 days from the date of this {paper} to ask for an appeal."))
        assert got["appeal_deadline"] == "2031-05-06", paper


def _page(*texts: str, top: float = 200) -> PageText:
    lines = [Line(words=[Word(t, 0.9, (100 + 60 * k, top + 60 * i, 150 + 60 * k, top + 30 + 60 * i))
                         for k, t in enumerate(text.split())], page=1, index=i) for i, text in enumerate(texts)]
    return PageText(1, 2550, 3300, lines, "ocr")


PROSE = ("Sending the two letters the plan mailed to our member this month so that the advocates have them both on "
         "file before the hearing next week. The first is only for the record and needs nothing from you at all. "
         "The second one asks for a corrected report of her contract weeks which the office is now preparing for "
         "the plan and which should reach the plan by the end of the month if nothing else goes wrong with it. Please "
         "hold her file until the report arrives and call the company office with any questions about either one.")


def test_a_fax_form_headed_by_fax_alone_on_its_line_is_a_cover_though_its_note_runs_past_a_short_pages_words():
    """'FAX' on a line of its own marks the form (a cue anchored to its line, found on that line, not only where
    the page's text begins); with its To, From, Pages and Re captions and a note of a few lines it is the cover."""
    from intake.split import page_features

    lines = ["Quennel Street Ballet", "FAX", "To: Pemberix Member Advocacy", "Fax: 1-866-555-0145",
             "From: Pia Ansel", "Date: 06/24/2031", "Pages: 3 (cover + 2)", "Re: two plan letters", "Hello,"]
    words = PROSE.split()
    body = [" ".join(words[i:i + 24]) for i in range(0, len(words), 24)]
    assert page_features(_page(*lines, *body), cached_rules()).cover


def test_a_note_that_counts_itself_among_the_pages_and_sends_the_letters_is_a_cover_without_captions():
    from intake.split import page_features

    note = _page("Quennel Aquarium Human Resources", "Ivo Ansel, claims adjuster, Pemberix Mutual", "(207) 555-0187",
                 "Pia Quillby, benefits", "date 04/14/2031", "pages incl. this one 4",
                 "Ivo - our keeper asked us to send you both letters she got from the plan this month.", "Pia")
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

    page = _page("06/10/2031 16:42 FAX QUENNEL UM 5550104471 -> 5550136150 P. 2/4", "Quennel Health Plan", top=20)
    assert transmission_line(page) == 0
    assert transmission_line(_page("Ansel Quillby 5550104471 03/12/2031 Page 2", "Quennel", top=20)) is None


def test_a_caption_whose_slash_parts_name_two_fields_gives_each_the_value_in_its_place():
    """'Group/Member No. QSW-07 / QF5440876' (the slash inside a word) and 'GROUP / CERTIFICATE NO.' over
    'QW6039 / QX8939844': the whole caption names the group, its second part the member's number."""
    inline = _text_fields(_line(100, "Quennel Health Plan"), _line(200, "Group/Member No. QSW-07 / QF5440876"))
    assert inline["member_id"] == "QF5440876" and inline["group_number"] == "QSW-07"
    from tests.test_kv import line

    column = _text_fields(_line(100, "Quennel Indemnity Company"),
                          line(300, (100, "NOTICE DATE"), (600, "CLAIM NUMBER"), (1100, "GROUP / CERTIFICATE NO."),
                               (1800, "PLAN CODE")),
                          line(350, (100, "06/12/2031"), (600, "QC-31-936900"), (1100, "QW6039 / QX8939844"),
                               (1800, "QHIP-1")))
    assert column["member_id"] == "QX8939844" and column["group_number"] == "QW6039"


LEGEND_EOB = [
    "Pemberix Senior Care Explanation of Benefits",
    "04/03/2031 A6212 Foam dressing, x10 86.40 61.30 0.00 Q1",
    "04/03/31-04/30/31 E0277 Powered air mattress, rental 1,140.00 0.00 0.00 Q7",
    "What the notes mean",
    "Q1 Paid. The plan paid its approved amount to the provider. Q2 Routine refraction is not covered.",
    "Q7 This item is covered only when the plan approves it before Q3 Part of another service on the same day; not",
    "it is supplied. The supplier did not get approval for these paid on its own.",
    "dates, so the plan paid nothing for the line. A network supplier may not bill you for it.",
    "Q5 The claim reached us after the time a provider has to bill Q9 The provider is not in the plan's network.",
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
    assert spans[0] == "Q7 This item is covered only when the plan approves it before "
    assert "did not get approval" in spans[1] and "Q5" not in "".join(spans)


def test_the_refused_rows_legend_entry_decides_the_denial_type_over_the_keys_other_entries():
    from intake.classify import classify

    lines = [Line([Word(t, 0.95, (100 + 60 * k, 200 + 60 * i, 150 + 60 * k, 230 + 60 * i))
                   for k, t in enumerate(text.split())], 1, i) for i, text in enumerate(LEGEND_EOB)]
    doc = Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")])
    assert classify(doc, cached_rules()).denial_type == "prior_authorization"


def test_a_caption_whose_dash_parts_name_two_fields_gives_each_the_value_in_its_place():
    from tests.test_kv import line

    got = _text_fields(_line(100, "Quennel Welders Health Fund"),
                       line(300, (100, "Notice date"), (600, "Plan - Group"), (1200, "Member No.")),
                       line(350, (100, "26-May-2031"), (600, "Q200 - QG-82456"), (1200, "QWB65366789")))
    assert got["plan_id"] == "Q200" and got["group_number"] == "QG-82456"


def test_a_received_stamps_date_under_its_word_is_not_the_notices():
    """'RECEIVED' at the end of the address block's line and the stamp's date alone under it, above the letter's
    own date: the day the member's office got the paper, not the notice's."""
    from tests.test_kv import line

    got = _text_fields(_line(100, "Quennel Health Plan"),
                       line(200, (100, "Ansel R. Quillby"), (1600, "RECEIVED")),
                       line(260, (1600, "JUN 29 2031")),
                       line(320, (100, "41 Example Row"), (1600, "QUENNEL CO-OP HR")),
                       line(400, (100, "June 24, 2031")),
                       line(460, (100, "Dear Ansel R. Quillby:")),
                       line(520, (100, "We did not pay for the knee brace because it is not covered.")))
    assert got["denial_date"] == "2031-06-24"


def test_a_fax_machines_line_with_a_job_number_after_its_count_or_eleven_digit_numbers_is_the_transmissions():
    from intake.layout import transmission_line

    for sent in ("05/27/2031 16:44 QUENNEL UM 5550104471 >> 5550136150 P 1/2 JOB#5411",
                 "04/28/31 10:12 QUENNEL BEN ADMIN CLAIMS 15550104471 -> 15550136150 JOB 5521 P.1/2"):
        assert transmission_line(_page(sent, "Quennel Health Plan", top=20)) == 0, sent


def test_the_numbers_on_a_fax_machines_line_and_a_relay_line_glued_to_its_word_are_no_case_numbers():
    from tests.test_kv import line

    got = _text_fields(line(20, (100, "05/27/2031 16:44 QUENNEL UM 5550104471 >> 5550136150 P 1/2 JOB#5411")),
                       _line(100, "Quennel Health Plan"), _line(160, "Member line 1-877-555-0148 -TTY711"),
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

    got = _text_fields(_line(100, "Quennel Residence Care"),
                       line(200, (100, "Ansel R. Quillby"), (1500, "Statement date")),
                       line(260, (100, "c/o Pemberix Care Center"), (1500, "12 May 2031")),
                       line(320, (100, "Room 118-A"), (1500, "Plan / Member No.")),
                       line(380, (100, "1400 Example Road"), (1500, "QH6117-002 / QLR825009584")),
                       line(440, (100, "Dunmore PA 18574"), (1500, "Letter ID")),
                       line(500, (1500, "QLID-0512-55493")))
    assert got["member_id"] == "QLR825009584" and got["plan_id"] == "QH6117-002"
