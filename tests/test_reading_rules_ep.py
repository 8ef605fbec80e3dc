"""Reading rules from session 59 (label words as a poor fax prints them, captions after values with the next box's
words run on, another payer's claim number, a fax form headed only 'FAX'), each a general one (words placed as
OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.lexicon import lexicon_of
from intake.model import Line, PageText, Word
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import fields_of, line


def _classes(word: str, conf: float = 0.97) -> frozenset | None:
    return lexicon_of(cached_rules()).word_classes(word, conf)


def test_an_id_whose_i_a_fax_printed_as_a_bar_a_bang_or_a_j_is_still_an_id():
    for printed in ("JD", "JD;", "!D", "|D"):
        assert _classes(printed) == _classes("ID"), printed


def test_a_guard_a_word_merely_starting_with_jd_is_no_id():
    assert _classes("JDs") is None


def test_a_letter_pair_a_fax_printed_for_one_letter_is_put_right_where_ocr_was_unsure():
    """'inember' and 'Meniber' are 'member' with its m printed as two strokes; 'arnount' is 'amount'."""
    assert _classes("inember", 0.3) == _classes("member")
    assert _classes("Meniber", 0.3) == _classes("member")
    assert _classes("arnount", 0.3) == _classes("amount")


def test_a_guard_a_confidently_read_word_is_taken_as_printed():
    assert _classes("inember", 0.97) is None


def test_a_number_captioned_with_a_barred_id_alone_is_the_members():
    got = fields_of(line(300, (100, "Recipient name: Ivo P. Quennel")),
                    line(360, (100, "JD; QR55218830")))
    assert got["member_id"] == "QR55218830"


def test_captions_after_values_when_the_next_box_runs_into_a_caption():
    """A column of values, each with its caption after a bar; OCR ran one caption ('| group') into the next box's
    words, and read 'member' as 'inember': the caption still names the value before it."""
    got = fields_of(
        line(200, (100, "Pemberix Benefit Administrators")),
        line(300, (100, "March 4, 2031"), (1200, "QTH4471902"), (1700, "| inember no,"), conf=0.5),
        line(360, (100, "Ansel R. Quillby"), (1200, "QK-3310"), (1700, "| group Quennel Glassworks Co,")),
        line(420, (100, "41 Example Row"), (1200, "QTHP-B"), (1700, "| plan")),
        line(480, (100, "Dunmore, PA 18574"), (1200, "QB2093318841"), (1700, "| claim no")))
    assert got["member_id"] == "QTH4471902"


def test_a_guard_a_caption_over_its_value_is_not_read_as_after_the_value_before_it():
    """'Member no.' with its value under it, beside an address block: the value is the one under the caption."""
    got = fields_of(
        line(300, (100, "Ansel R. Quillby"), (1700, "| member no.")),
        line(360, (100, "41 Example Row"), (1700, "QTH7730215")),
        line(420, (100, "Dunmore, PA 18574"), (1700, "| plan")),
        line(480, (1700, "QTHP-C")))
    assert got["member_id"] == "QTH7730215"


def test_another_payers_claim_number_is_not_the_plans_case():
    """The plan's claim in its box; the workers' compensation carrier's own claim number told in a sentence."""
    got = fields_of(
        line(200, (100, "Quennel Trades Health Plan")),
        line(300, (100, "Claim no.: QC-31-440912")),
        line(360, (100, "Member ID: QTH5518204")),
        line(420, (100, "Your employer reported the injury to its carrier, Pemberix Mutual. The carrier's claim")),
        line(460, (100, "number is WQ31-5510927. Please send the bill to Pemberix Mutual first.")))
    assert got["case_numbers"] == ["QC-31-440912"]


def test_a_guard_the_plans_own_claim_number_in_a_sentence_stays():
    got = fields_of(
        line(200, (100, "Quennel Trades Health Plan")),
        line(300, (100, "Member ID: QTH5518204")),
        line(360, (100, "We could not pay the claim for your visit. Your claim number is QC-31-440912.")))
    assert got["case_numbers"] == ["QC-31-440912"]


def _page(*texts: str) -> PageText:
    lines = [Line(words=[Word(t, 0.9, (100 + 120 * k, 200 + 60 * i, 200 + 120 * k, 230 + 60 * i))
                         for k, t in enumerate(text.split())], page=1) for i, text in enumerate(texts)]
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_form_headed_fax_with_its_count_including_itself_is_a_cover():
    sheet = _page("Quennel Trades Health Plan", "Claims Office", "FAX", "To Billing Office",
                  "Company Pemberix Clinic", "Date 3/14/2031", "Pages 3, cover included",
                  "Re Two letters for your office")
    assert page_features(sheet, cached_rules()).cover


def test_a_guard_a_letter_with_a_fax_number_in_its_letterhead_is_no_cover():
    letter = _page("Quennel Trades Health Plan", "Fax", "(555) 018-6427", "March 14, 2031", "Ansel R. Quillby",
                   "Dear Ansel R. Quillby:", "We reviewed the claim for your visit and cannot pay it.")
    assert not page_features(letter, cached_rules()).cover


def _family_row(y: int, day: str, person: str, what: str, billed: str, paid: str, share: str, note: str):
    return line(y, (100, day), (330, person), (800, what), (1500, billed), (1750, paid), (2000, share), (2250, note))


def _family_statement() -> list:
    """A household statement: claims as blocks under their own heading line, the patient in a column of each row,
    the table's caption row far above the refused claim."""
    rows = [line(100, (100, "Quennel Trades Health Plan")),
            line(160, (100, "Household Claims Statement")),
            line(220, (100, "Ivo R. Pemberix"), (1500, "QTH4470021 participant ID")),
            line(300, (100, "Date"), (330, "Patient"), (800, "Service"), (1500, "Charged"), (1750, "Plan paid"),
                 (2000, "Your share"), (2250, "Note"))]
    y = 360
    for number, person in (("Q31-7710", "Ivo R. Pemberix"), ("Q31-7722", "Ansel T. Pemberix"),
                           ("Q31-7735", "Ivo R. Pemberix"), ("Q31-7748", "Ivo R. Pemberix")):
        rows.append(line(y, (100, f"Claim {number} Quillby Family Practice")))
        for k in range(3):
            rows.append(_family_row(y + 50 * (k + 1), "03/0%d/31" % (k + 2), person, "Office visit", "120.00",
                                    "120.00", "0.00", "P0"))
        rows.append(line(y + 200, (100, "Claim total 360.00 360.00 0.00")))
        y += 260
    rows.append(line(y, (100, "Claim Q31-7760 Quillby Family Practice")))
    rows.append(_family_row(y + 50, "03/19/31", "Pia S. Pemberix", "Office visit", "140.00", "140.00", "0.00", "P0"))
    rows.append(_family_row(y + 100, "03/19/31", "Pia S. Pemberix", "Breathing test", "96.00", "0.00", "96.00", "R7"))
    rows.append(line(y + 150, (100, "Claim total 236.00 140.00 96.00")))
    rows.append(line(y + 250, (100, "R7 Not covered: the plan does not pay for this test for this diagnosis.")))
    return rows


def test_the_patient_column_of_the_refused_claims_rows_far_under_the_caption_row():
    got = fields_of(*_family_statement())
    assert got["case_numbers"] == ["Q31-7760"]
    assert got["member_name"] == "Pia S. Pemberix"


def test_a_claim_heading_naming_the_patient_and_the_clinician_names_the_patient():
    """'Patient · practice · clinician · Claim no.': of the two people in the refused claim's heading, the one kin
    to the other people named (a shared surname) is the patient."""
    rows = [line(100, (100, "Quennel Trades Health Plan")),
            line(160, (100, "Family Benefit Statement")),
            line(220, (100, "Ivo R. Pemberix"), (1500, "Participant")),
            line(260, (1500, "Ivo R. Pemberix")),
            line(320, (100, "Date Service Billed Plan allows Plan paid Your share Note"))]
    y = 380
    for person, clinic, doctor, number, paid, note in (
            ("Ivo R. Pemberix", "Quillby Urgent Care", "Ansel K. Marrow", "QK31-10427", "118.40", "P1"),
            ("Pia S. Pemberix", "Quillby Chiropractic", "Otto V. Sandor", "QK31-10688", "0.00", "K9")):
        rows.append(line(y, (100, f"{person} · {clinic} · {doctor} · Claim {number}")))
        rows.append(line(y + 50, (100, "03/11/31 98941 Spinal manipulation"), (1300, "168.00"), (1550, "118.40"),
                         (1800, paid), (2050, "0.00"), (2250, note)))
        rows.append(line(y + 100, (100, f"Claim total 168.00 118.40 {paid}")))
        y += 200
    rows.append(line(y + 50, (100, "K9 Not covered: the yearly limit of visits was reached before this visit.")))
    got = fields_of(*rows)
    assert got["case_numbers"] == ["QK31-10688"]
    assert got["member_name"] == "Pia S. Pemberix"


def test_a_notice_word_opening_a_line_with_its_date_dates_the_notice():
    got = fields_of(line(200, (100, "Quennel Health")),
                    line(300, (100, "Prepared March 14, 2031 for Ansel R. Quillby, member QTH2601057741. Claim")),
                    line(340, (100, "QX-31-55012 from Pemberix Audiology for services on February 20, 2031.")))
    assert got["denial_date"] == "2031-03-14"


def test_one_limit_for_the_standard_and_the_fast_appeal_is_the_appeal_deadline():
    got = fields_of(line(200, (100, "Quennel Senior Advantage")),
                    line(260, (100, "Date: 03/02/2031")),
                    line(320, (100, "Your standard or expedited appeal must reach us within 65 days of the date "
                                    "on this notice.")))
    assert got["appeal_deadline"] == "2031-05-06"


def test_a_guard_a_fast_appeals_own_limit_yields_to_the_appeals():
    got = fields_of(line(200, (100, "Quennel Senior Advantage")),
                    line(260, (100, "Date: 03/02/2031")),
                    line(320, (100, "A fast appeal must be asked for within 15 days of the date on this notice.")),
                    line(360, (100, "You can appeal within 60 days of the date on this notice.")))
    assert got["appeal_deadline"] == "2031-05-01"


def test_a_barred_box_opening_with_for_names_the_member():
    got = fields_of(line(200, (100, "QUENNEL MEDICAID HEALTH PARTNERS")),
                    line(260, (100, "Issued 2031-06-22 | For Ansel T. Quillby | Member # 711-204-5519 | "
                                    "Program: LTSS")))
    assert got["member_name"] == "Ansel T. Quillby"


def test_a_sentences_wrapped_tail_is_no_date_line():
    """'... your coverage ended' / 'on April 30, 2031.': the day a sentence names, wrapped onto its own line."""
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "Dear Ansel R. Quillby:")),
                    line(360, (100, "We did not pay the claim because your coverage under the plan ended")),
                    line(400, (100, "on April 30, 2031.")))
    assert got.get("denial_date") is None


def test_a_header_bands_date_beside_its_number_dates_the_notice():
    """The band's captions lost to its shade: its date and the member's number remain, side by side."""
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "2 June 2031"), (900, "QTH5307742")),
                    line(360, (100, "Ansel R. Quillby")),
                    line(600, (100, "Dear Ansel R. Quillby:")))
    assert got["denial_date"] == "2031-06-02"


def test_a_logos_loose_letters_before_the_name_are_dropped_and_the_name_found_in_full():
    got = fields_of(line(100, (100, "Q K Q Racing Trades Health Plan - for riders and grooms")),
                    line(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                    line(300, (100, "Dear Ansel R. Quillby:")),
                    line(360, (100, "The Pemberix Racing Trades Health Plan did not pay the claim for your visit.")),
                    line(400, (100, "To appeal, write to the Pemberix Racing Trades Health Plan within 180 days.")))
    assert got["insurer"] == "Pemberix Racing Trades Health Plan"


def test_a_one_word_brand_with_its_office_line_read_on_is_the_brand():
    got = fields_of(line(100, (100, "QUENNEL Utilization Review")),
                    line(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                    line(300, (100, "Dear Ansel R. Quillby:")),
                    line(360, (100, "We reviewed the request for your knee surgery and cannot approve it.")))
    assert got["insurer"] == "QUENNEL"


def test_a_remittance_led_by_control_numbers_names_the_refused_claims_patient_and_total():
    """Each claim's line opens with the payer's control number, then the patient and the member's number; the
    refused claim's 'CLAIM TOTAL' row (a caption with no colon opening its line) is its amount, not the
    remittance's total of every claim billed; the second caption row under 'PATIENT NAME' is no one's name."""
    rows = [line(100, (100, "Pemberix Benefit Administrators")),
            line(160, (100, "CTRL NO. PATIENT NAME MEMBER NO.")),
            line(200, (100, "FROM TO PROC BILLED ALLOWED PAID RMK"))]
    y = 260
    for ctrl, who, number, billed, paid, code in (
            ("2631952046613", "QUILLBY, ANSEL P", "QTH6294011857", "168.00", "89.92", "W02"),
            ("2631408817529", "PEMBERIX, PIA V", "QTH5513009417", "1,380.00", "0.00", "W27")):
        rows += [line(y, (100, f"{ctrl} {who} {number} ACCT HR8830146")),
                 line(y + 40, (100, f"04/09/31 04/09/31 73721 {billed} 0.00 {paid} CO-197 {code}")),
                 line(y + 80, (100, f"CLAIM TOTAL {billed} {paid}"))]
        y += 160
    rows += [line(y, (100, "REMIT TOTALS CLAIMS 2 BILLED 1,548.00 PAID 89.92")),
             line(y + 60, (100, "W27 Not covered: no approval was asked for before the imaging."))]
    got = fields_of(*rows)
    assert got["case_numbers"] == ["2631408817529"]
    assert got["claim_amount"] == "1380.00"
    assert got["member_name"] == "Pia V. Pemberix"
    assert got["member_id"] == "QTH5513009417"


def test_a_volunteers_number_is_the_members():
    got = fields_of(line(200, (100, "Quennel Service Corps")),
                    line(300, (100, "STATEMENT DATE"), (600, "VOLUNTEER NO."), (1100, "AUTHORIZATION NO.")),
                    line(340, (100, "Apr 16, 2031"), (600, "QS-2310-18190"), (1100, "QA-684203-T")),
                    line(420, (100, "Your transition plan card, member no. QW 5818 6301, covers other care.")))
    assert got["member_id"] == "QS-2310-18190"


def test_numbers_on_a_line_about_another_payer_are_that_payers():
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "Member ID: QTH5518204")),
                    line(360, (100, "Claim no.: QC-31-440912")),
                    line(420, (100, "Other payer on file: Pemberix Mutual Auto Insurance Co., claim QPIP-31-9135278,"
                                    " member QPM55120983")))
    assert got["case_numbers"] == ["QC-31-440912"]
    assert got["member_id"] == "QTH5518204"


def test_another_carriers_number_told_as_its_own_is_no_case_even_alone():
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "Member ID: QTH5518204")),
                    line(360, (100, "The injury happened at the track, so we sent the bill to Pemberix Casualty Co.,"
                                    " and its claim number QPC-31-4718396 is on file.")))
    assert got.get("case_numbers") in (None, [])


def test_a_plans_short_code_under_its_caption_is_the_plan():
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "MEMBER ID"), (700, "GROUP"), (1100, "PLAN"), (1500, "LETTER DATE")),
                    line(340, (100, "QTH57310468"), (700, "QH-1100"), (1100, "QG-2"), (1500, "21 Apr 2031")))
    assert got["plan_id"] == "QG-2"


def test_a_plans_letter_code_with_a_note_after_it():
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "Member no."), (700, "QTH57310468")),
                    line(340, (100, "Benefit plan"), (700, "QXP-A (full benefits)")))
    assert got["plan_id"] == "QXP-A"


def test_a_guard_a_line_saying_there_is_no_other_coverage_keeps_the_plans_number():
    got = fields_of(line(200, (100, "Quennel Trades Health Plan")),
                    line(300, (100, "Other coverage: none"), (900, "Member ID: QTH4093815")))
    assert got["member_id"] == "QTH4093815"
