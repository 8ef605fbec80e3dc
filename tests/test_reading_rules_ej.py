"""Reading rules from session 53 (what rounds EG to EI showed of caption rows, notices written to a provider,
prose lines in the claim's focus and fax transmittal sheets with a legal notice), each a general one (words
placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.context import running_prose
from intake.model import PageText
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import fields_of, line


def test_a_caption_row_under_its_values_keeps_each_caption_to_its_own_column():
    """'DATE OF THIS LETTER | REFERRAL REQUEST NO.' printed under the values: the word 'letter' ends the caption
    before, so it names no form whose number the next column would be."""
    got = fields_of(
        line(100, (100, "Quennel Training Center Health Office")),
        line(160, (100, "REFERRAL NOT APPROVED")),
        line(260, (100, "March 13, 2031"), (900, "QX-31-57302"), (1500, "QXS 50817736")),
        line(300, (100, "DATE OF THIS LETTER"), (900, "REFERRAL REQUEST NO."), (1500, "STUDENT ID")),
        line(400, (100, "The referral you asked for is not approved because the records do not show it is needed.")))
    assert got["case_numbers"] == ["QX-31-57302"]


def test_a_sentence_in_the_claims_focus_is_no_service_line():
    """A paragraph's line with an amount and a refusal ('... for $1,150.00, due by DATE; no payment was received')
    is what the sentence is about; the table's dated rows are the service lines."""
    assert running_prose("May offered the July quarter for $1,150.00, due by June 2, 2031; no payment was received.")
    assert not running_prose("04/17/2031 Therapeutic activities (97530) 163.17 0.00")
    assert not running_prose("Skilled nursing stay 01/01/31 - 01/05/31 NO $3,960.72 A")
    got = fields_of(
        line(100, (100, "Quennel Performers Health Fund")),
        line(200, (100, "We received claim 31766-70135 for three therapy visits in April.")),
        line(260, (100, "Visit"), (500, "Service"), (1700, "Billed"), (2000, "Fund paid")),
        line(300, (100, "04/17/2031"), (500, "Therapeutic exercise"), (1700, "$163.17"), (2000, "$0.00")),
        line(340, (100, "04/18/2031"), (500, "Therapeutic exercise"), (1700, "$163.17"), (2000, "$0.00")),
        line(400, (100, "Your coverage for the quarter was not earned, and the claim for your April visits was denied.")),
        line(460, (100, "The notice we mailed offered the April quarter for $1,150.00, due by March 15, 2031; no "
                        "payment was received.")))
    assert got["service_dates"] == ["2031-04-17", "2031-04-18"]


def test_a_notice_addressed_to_a_hospital_names_it_as_the_provider():
    """The address block's name is an organisation that gives care, over its billing office and an 'Attn:' line:
    the notice is written to the provider about its claim; the people the letter names work there."""
    got = fields_of(
        line(100, (100, "Quennel Department of Corrections")),
        line(160, (100, "Managed Care Claims Review | 500 Example Street, Example City, ST 00000")),
        line(400, (100, "Decision date: April 20, 2031")),
        line(480, (100, "Example Bend Regional Medical Center"), (1500, "Reconsideration QX-31-6084")),
        line(520, (100, "Patient Financial Services")),
        line(560, (100, "Attn: Ansel R. Quillby")),
        line(600, (100, "658 Example Blvd")),
        line(640, (100, "Example City, ST 00000")),
        line(800, (100, "Your office asked that we reconsider the payment of claim 3167358812 for the stay")),
        line(840, (100, "of a person in custody admitted under Dr. Ivo G. Example. We upheld the decision.")))
    assert got["provider"] == "Example Bend Regional Medical Center"


def test_a_letter_to_a_person_names_no_addressee_provider():
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(480, (100, "Ansel R. Quillby")),
        line(520, (100, "658 Example Blvd")),
        line(560, (100, "Example City, ST 00000")),
        line(700, (100, "Example Bend Regional Medical Center sent us a claim for your stay, which we denied.")))
    assert got.get("provider") == "Example Bend Regional Medical Center"  # named in the letter, not addressed


def _cover_page(notice_lines: int) -> PageText:
    lines = [line(80, (100, "Example Family Clinic - Patient Billing Office")),
             line(120, (100, "Phone (555) 555-0100 | Fax (555) 555-0101")),
             line(200, (100, "To"), (500, "Ansel R. Quillby")),
             line(240, (100, "From"), (500, "Pia S. Example")),
             line(280, (100, "Date"), (500, "05/05/2031")),
             line(320, (100, "Pages (including cover)"), (700, "4")),
             line(360, (100, "Re"), (500, "letters from the State about the screening visit")),
             line(420, (100, "Hi Ansel, attached are the State's letter and the statement for the same visit.")),
             line(500, (100, "CONFIDENTIALITY NOTICE"))]
    text = ("The documents with this fax belong to the sender and may contain health information protected by "
            "law. They are meant only for the person or office named above; if you are not that person, do not "
            "read, copy or pass them on, call us at the number above and destroy what you received.")
    for k in range(notice_lines):
        lines.append(line(540 + 40 * k, (100, text[:100])))
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_transmittal_sheets_confidentiality_notice_does_not_make_it_a_letter():
    """A cover sheet's legal notice at its foot is the form's paragraph: a long one leaves the sheet a cover, set
    apart from the documents behind it."""
    assert page_features(_cover_page(notice_lines=6), cached_rules()).cover
    assert page_features(_cover_page(notice_lines=0), cached_rules()).cover


def test_a_dotted_date_is_no_amount():
    """'04.05.2031' is a day and a month, never $4.05; the billed amount on the line is the amount."""
    from intake.extract.money import find_money

    assert [v for v, _, _ in find_money("Dialysis on 04.05.2031 billed 365.00")] == ["365.00"]
    assert find_money("Stay 15.01.2031 - 18.01.2031") == []
    assert [v for v, _, _ in find_money("paid $45.00.")] == ["45.00"]
    assert [v for v, _, _ in find_money("premium $95.00/mo after the credit")] == ["95.00"]  # (a rate's unit)
    assert find_money("12/05") == []


def _letter_with(*sentences: str) -> dict:
    lines = [line(100, (100, "Quennel Health Plan")), line(160, (100, "Date of this notice: March 3, 2031")),
             line(220, (100, "We denied the claim for your visit on February 10, 2031."))]
    lines += [line(300 + 40 * k, (100, text)) for k, text in enumerate(sentences)]
    return fields_of(*lines)


def test_one_sentence_giving_two_limits_gives_the_appeal_its_own():
    """'reconsideration within 30 days of the date of this notice; an administrative hearing within 90 days': the
    hearing's words belong to the part after the semicolon, not to the appeal's limit."""
    got = _letter_with("Reconsideration may be asked within 30 days of the date of this notice; an administrative "
                       "hearing within 90 days.")
    assert got["appeal_deadline"] == "2031-04-02"
    got = _letter_with("Send a corrected claim with the right code, or ask for reconsideration within 60 days of the "
                       "date of this notice.")
    assert got["appeal_deadline"] == "2031-05-02"
    got = _letter_with("You may ask for an external review within 60 days of the date of this notice.")
    assert got.get("appeal_deadline") is None  # (still no appeal deadline: the only limit is the external review's)


def test_a_sentence_ending_without_a_stop_ends_at_the_next_heading():
    """An appeal sentence ending on an address (no full stop) before 'Audiencia imparcial estatal:': the
    heading's words are the next section's, no decoy of the appeal's limit."""
    got = _letter_with("Pida una apelación dentro de 60 días a partir de la fecha de este aviso escribiendo a",
                       "Quennel Appeals, 22 Example Court, Example City, ST 00000",
                       "Audiencia imparcial estatal: si confirmamos la decisión, puede pedir una audiencia.")
    assert got["appeal_deadline"] == "2031-05-02"


def test_an_ocr_speck_after_of_keeps_the_count():
    got = _letter_with("Appeals must be received within 180 days of' the date of this letter.")
    assert got["appeal_deadline"] == "2031-08-30"


def test_two_dates_written_differently_side_by_side_are_two_columns():
    """'01/06/2031 05.22.2031' on a remittance row: the service's day and the day it was processed, no 'From' and
    'Through' pair (those print their dates alike: '02/12/2031 02/16/2031')."""
    from intake.extract.context import _line_dates

    assert _line_dates("QX50173642 310522-70158 01/06/2031 05.22.2031 Dr. Example 389.41 0.00") == ["2031-01-06"]
    assert _line_dates("Example Medical Center 02/12/2031 02/16/2031 9,412.00") == ["2031-02-12/2031-02-16"]
    assert _line_dates("Stay 2/3/2031 02/16/2031 9,412.00") == ["2031-02-03/2031-02-16"]


def test_a_logo_of_initials_before_the_name_is_the_names():
    """'LLQF Lane & Loom Quennel Fund': the logo's letters open the name's words; the name is the insurer's, and
    a name may open with a street's word when '&' follows it."""
    from intake.extract.insurer import _logo_echo_dropped

    assert _logo_echo_dropped("QLLF Quennel Lane & Loom Fund") == "Quennel Lane & Loom Fund"
    assert _logo_echo_dropped("| QRF Quennel Riders' Injury Fund") == "Quennel Riders' Injury Fund"
    assert _logo_echo_dropped("QXA Example Health Plan") == "QXA Example Health Plan"  # (no initials of it)
    got = fields_of(line(100, (100, "LLQHF"), (400, "Lane & Loom Quennel Health Fund")),
                    line(160, (100, "Fund Office | 611 Example Row, Example City, ST 00000")),
                    line(240, (100, "EXPLANATION OF BENEFITS")),
                    line(300, (100, "Member no. QX 5175 9721")))
    assert got["insurer"] == "Lane & Loom Quennel Health Fund"


def test_a_bare_member_caption_takes_a_number_printed_in_parts():
    """'Member  QXC 57730412': the number's parts are all its cell holds (read joined, it ends past the space), so
    the caption's own cell gives it, not only the weaker reading of the line as a sentence."""
    from intake.extract.fields import extract_fields
    from intake.model import Document
    from tests.test_kv import SRC

    lines = [line(100, (100, "Quennel Fleet Crew Plan")),
             line(200, (100, "Dorian E. Example"), (1500, "Member"), (1750, "QXC 57730412")),
             line(240, (100, "12 Example Wharf"), (1500, "Accident claim no."), (1950, "31-4630871"))]
    for i, ln in enumerate(lines):
        ln.index = i
    got = extract_fields(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), cached_rules())
    assert got["member_id"].value.replace(" ", "") == "QXC57730412"
    assert "(next cell)" in got["member_id"].evidence.rule


def test_a_victim_compensation_programs_number_for_the_victim_is_the_member_id():
    got = fields_of(line(100, (100, "Quennel Crime Victims Compensation Board")),
                    line(200, (100, "Saffron K. Example"), (1500, "Victim no.: QXV 60417328")),
                    line(240, (100, "4063 Example Rd"), (1500, "Claim no.: C31-530713")))
    assert got["member_id"].replace(" ", "") == "QXV60417328"
    got = fields_of(line(100, (100, "Junta de Compensación a Víctimas de Quennel")),
                    line(200, (100, "Clementina D. Example"), (1500, "Número de víctima: QXV 70528143")))
    assert got["member_id"].replace(" ", "") == "QXV70528143"


def _grid_cover_page() -> PageText:
    """A billing office's transmittal form: captions in boxes ('TO  FROM', 'FAX  PHONE', 'DATE  RE'), a row of
    boxes to tick, a short message, its confidentiality notice."""
    rows = [(100, "Example Hand Surgery, PLLC - Billing Office"),
            (140, "2900 Example Parkway, Suite 210, Example City, ST 00000, United States of America"),
            (180, "Phone (555) 555-0132 | Fax (555) 555-0172 | Billing fax (555) 555-0181 | Billing questions"),
            (240, "TO FROM"),
            (280, "Example Players Guild, Member Assistance Pia D. Example, billing (including cover) 4"),
            (320, "FAX PHONE"),
            (360, "(555) 555-0166 (555) 555-0191"),
            (400, "DATE RE"),
            (440, "05/12/2031 Member Ansel R. Quillby"),
            (480, "[ ] Urgent [ ] Please review [ ] Please comment [ ] Please reply [X] For your records"),
            (540, "Message"),
            (580, "As the member asked, attached are the Fund's appeal decision and our current statement."),
            (620, "We will hold the account for 30 days while she looks into the claim."),
            (700, "CONFIDENTIALITY NOTICE")]
    lines = [line(y, (100, text)) for y, text in rows]
    lines += [line(740 + 40 * k, (100, "This transmission is meant only for the person or office named above and may "
                                       "hold health and billing information protected by law.")) for k in range(4)]
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_transmittal_form_of_boxed_captions_is_a_cover_sheet():
    """Captions set in a grid of boxes and a row of boxes to tick make a transmittal form however long its
    letterhead and contact lines run: only lines of running text count against a cover's few lines."""
    assert page_features(_grid_cover_page(), cached_rules()).cover


def test_a_short_letter_on_fax_paper_is_still_a_letter():
    """'To: ... From: ...' over paragraphs of a letter (more than six lines of running text) stays a document."""
    rows = [(100, "FAX TRANSMITTAL"), (140, "To: Example Health Plan Appeals From: Ansel R. Quillby"),
            (180, "Date: 05/12/2031 Pages including cover: 3")]
    text = ("I am writing to appeal the decision to deny my claim for the visit because the records show that the "
            "care was needed and my doctor sent every note you asked for in the letter")
    lines = [line(y, (100, t)) for y, t in rows] + [line(260 + 40 * k, (100, text[:96])) for k in range(8)]
    for i, ln in enumerate(lines):
        ln.index = i
    assert not page_features(PageText(1, 2550, 3300, lines, "ocr"), cached_rules()).cover


def test_a_billed_columns_last_amount_that_adds_up_those_above_is_its_total():
    """A narrow column printed the claim's total with its caption apart from it (here under it): the amount that
    adds up the rows above it is the column's total, never one more row to add."""
    got = fields_of(line(100, (100, "Quennel Offshore Crew Plan")),
                    line(200, (100, "Code"), (400, "Service"), (1500, "Date"), (1900, "Billed")),
                    line(240, (100, "A0431"), (400, "Rotor wing transport"), (1500, "02/23/2031"), (1900, "11,250.00")),
                    line(280, (100, "A0436"), (400, "Rotor wing mileage"), (1500, "02/23/2031"), (1900, "17,300.00")),
                    line(320, (1900, "28,550.00")),
                    line(360, (1750, "claim total")),
                    line(420, (100, "We denied this claim because the flight was not an emergency.")))
    assert got["claim_amount"] == "28550.00"


def test_a_count_of_months_in_words_is_counted():
    got = _letter_with("You may appeal within four months of the date of this letter.")
    assert got["appeal_deadline"] == "2031-07-03"
    got = _letter_with("You may appeal within four (4) months of the date of this letter.")
    assert got["appeal_deadline"] == "2031-07-03"


def test_a_column_ends_at_the_next_row_of_captions_even_one_the_lexicon_does_not_know():
    """'Participant | QuennelSelect ID | Group No.' under the values of 'Appeal No.': the appeal number's column
    ends there; the member's number under the unknown caption is no second appeal number."""
    got = fields_of(line(100, (100, "Quennel Employees Plan Appeals Unit")),
                    line(160, (100, "FINAL INTERNAL APPEAL DECISION")),
                    line(220, (100, "Date of this letter"), (700, "Grievance/Appeal No."), (1300, "Claim #")),
                    line(260, (100, "Aug 10, 2031"), (700, "GA-2031-806427"), (1300, "313928G950217")),
                    line(320, (100, "Participant"), (700, "QuennelSelect ID"), (1300, "Group No.")),
                    line(360, (100, "Rosalind J. Example"), (700, "QXE571203648"), (1300, "731500")),
                    line(440, (100, "We upheld the decision to deny the claim.")))
    assert sorted(got["case_numbers"]) == ["313928G950217", "GA-2031-806427"]


def test_a_patient_caption_over_an_account_or_a_street_gives_no_member_number():
    """A provider's statement: 'PATIENT / GUARANTOR' over the name, its account and its street. 'Account QX-...'
    read as one number, and the street under the caption, are no member's number."""
    got = fields_of(line(100, (100, "Example Surgery Center, LLC")),
                    line(160, (100, "PATIENT / GUARANTOR"), (1300, "ACCOUNT")),
                    line(200, (100, "Esteban B. Example"), (1300, "Account QX-7305126")),
                    line(240, (100, "2216 Example Ln"), (1300, "Statement date Jul 28, 2031")),
                    line(280, (100, "Example City, ST 00000")))
    assert got.get("member_id") is None


def test_a_limit_for_the_external_review_told_in_the_next_sentence_is_no_appeal_deadline():
    got = _letter_with("You may ask for an independent external review of this decision. Your request must be "
                       "made within four months of the date of this letter.")
    assert got.get("appeal_deadline") is None
    got = _letter_with("You may bring a proceeding under Article 78 within four months of this decision.")
    assert got.get("appeal_deadline") is None


def test_a_level_of_appeal_or_a_place_named_before_a_limit_keeps_it_the_appeals():
    got = _letter_with("You may ask for a reconsideration by the Independent Review Entity, which is not part of our "
                       "plan. Your written request must be sent within 60 days of the date of this notice.")
    assert got["appeal_deadline"] == "2031-05-02"
    got = _letter_with("Those rules do not change how an urgent care clinic codes its bill. If you want us to look at "
                       "this again, write to us by 15 Dec 2031.")
    assert got["appeal_deadline"] == "2031-12-15"


def test_a_transmittal_form_whose_captions_stand_alone_over_their_boxes_is_a_cover_sheet():
    """'TO' alone over its box, 'FROM  DATE', 'PAGES  RE', 'COMMENTS', a 'PRIVACY NOTICE' at the foot: a transmittal
    form however its captions are set."""
    rows = [(100, "Example Urgent Care - Billing Office"), (140, "10940 Example Blvd, Example City, ST 00000"),
            (180, "Phone (555) 555-0164 | Fax (555) 555-0124"), (220, "TRANSMITTAL FAX"), (260, "TO"),
            (300, "Ansel R. Quillby, business manager (555) 555-0112"), (340, "FROM DATE"),
            (380, "Pia S. Example, patient accounts 6/3/2031"), (420, "PAGES RE"), (460, "4 with this sheet Account QX-364"),
            (500, "[ ] Urgent / For review [ ] Please reply [ ] Recycle"), (540, "COMMENTS"),
            (580, "As you asked, here are the plan's appeal decision and our current statement for the patient."),
            (620, "The balance is now the patient's. We can set up a payment plan."),
            (680, "PRIVACY NOTICE: The documents with this fax may hold health information protected by law, meant only")]
    lines = [line(y, (100, t)) for y, t in rows]
    for i, ln in enumerate(lines):
        ln.index = i
    assert page_features(PageText(1, 2550, 3300, lines, "ocr"), cached_rules()).cover
