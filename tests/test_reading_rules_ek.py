"""Reading rules from session 54 (what round EK showed of uncaptioned numbers, claims headed by their own number,
routing slips and split letterheads), each a general one (words placed as OCR or a text layer would place them;
invented values)."""

from __future__ import annotations

from dataclasses import replace

from intake.extract.context import Context
from intake.extract.fields import extract_fields
from intake.extract.ids import find_ids
from intake.model import Document, Line, PageText
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import SRC, fields_of, line


def _fields_of_pages(*pages: list) -> dict:
    """Fields of a document of several pages, each a list of lines."""
    texts = []
    for n, lines in enumerate(pages, start=1):
        for i, ln in enumerate(lines):
            ln.index, ln.page = i, n
        texts.append(PageText(n, 2550, 3300, list(lines), "ocr"))
    return {k: v.value for k, v in extract_fields(Document(SRC, texts), cached_rules()).items()}


def _number_headed_eob() -> list:
    return [line(100, (100, "Quennel Riders Benefit Fund")),
            line(160, (100, "EXPLANATION OF BENEFITS")),
            line(220, (100, "Statement date 04/02/2031")),
            line(400, (100, "Date / claim"), (600, "Provider and service"), (1500, "Billed"), (1800, "Paid"),
                 (2100, "Code")),
            line(440, (100, "QX3102-40117"), (600, "Example Orthopaedic Associates")),
            line(480, (100, "02/21/2031"), (600, "Office visit"), (1500, "385.00"), (1800, "242.00"), (2100, "A1")),
            line(520, (100, "Claim total"), (1500, "385.00"), (1800, "242.00")),
            line(560, (100, "QX3103-58802"), (600, "Example Urgent Care")),
            line(600, (100, "03/05/2031"), (600, "Urgent care visit"), (1500, "235.00"), (1800, "0.00"),
                 (2100, "G3")),
            line(640, (100, "03/05/2031"), (600, "X-ray, foot"), (1500, "118.00"), (1800, "0.00"), (2100, "G3")),
            line(680, (100, "Claim total"), (1500, "353.00"), (1800, "0.00")),
            line(720, (100, "QX3102-71530"), (600, "Example Imaging")),
            line(760, (100, "02/26/2031"), (600, "X-ray, shoulder"), (1500, "164.00"), (1800, "96.30"), (2100, "A1")),
            line(800, (100, "Claim total"), (1500, "164.00"), (1800, "96.30")),
            line(900, (100, "Codes")),
            line(940, (100, "A1 Paid at the Fund's allowed amount.")),
            line(980, (100, "G3 The injury did not happen on licensed grounds, so the Fund does not pay for it."))]


def test_claims_headed_by_their_own_number_are_claims_and_the_coded_one_is_the_refused():
    """'QX3103-58802  Example Urgent Care' opens each claim under a 'Date / claim' column header: the number needs no
    caption; the claim whose rows carry the refusing code gives the numbers, dates and amount."""
    got = fields_of(*_number_headed_eob())
    assert got["case_numbers"] == ["QX3103-58802"]
    assert got["service_dates"] == ["2031-03-05"]
    assert got["claim_amount"] == "353.00"


def test_a_claim_number_heading_needs_claims_of_one_shape_under_a_claim_header():
    """Lines that open with a number and a name but stand under no header naming claims are no claims."""
    lines = [ln for ln in _number_headed_eob() if ln.text != "Date / claim Provider and service Billed Paid Code"]
    ctx = Context(Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")]), cached_rules())
    assert not ctx.claim_starts


def test_a_caption_row_under_values_beside_an_address_block_reads_its_values():
    """A row of values over a row of captions ('Group no. | Member ID | Date of service') under an address block
    that stands beside a column of facts: the captions are the values' above them."""
    got = fields_of(
        line(100, (100, "Quennel Legacy Players Benefit Plan")),
        line(200, (100, "Date Wednesday, April 22, 2031")),
        line(260, (100, "Ansel R. Quillby"), (1500, "Claim no. QE310319-2983")),
        line(300, (100, "658 Example Blvd"), (1500, "Claim received March 19, 2031")),
        line(340, (100, "Example City, ST 00000"), (1500, "Billed $3,480.00")),
        line(380, (100, "70014"), (500, "QXP 32358990"), (1100, "03/04/2031"), (1600, "Neurocognitive Care")),
        line(420, (100, "Group no."), (500, "Member ID"), (1100, "Date of service"), (1600, "Benefit")),
        line(560, (100, "Dear Mr. Quillby:")),
        line(600, (100, "We received a claim for the evaluation you had on March 4, 2031. We cannot pay it.")))
    assert got["member_id"] == "QXP32358990" and got["group_number"] == "70014"


def test_a_caption_of_the_numbers_own_letters_names_the_persons_number():
    """'QXC no.' over 'QXC 298816': a program's number for the person, its caption the letters it opens with."""
    got = fields_of(
        line(100, (100, "Quennel Department of Corrections")),
        line(300, (100, "5. Person in custody"), (900, "6. QXC no."), (1400, "7. Housing unit")),
        line(340, (100, "EXAMPLE, ANSEL R"), (900, "QXC 298816"), (1400, "C-2")),
        line(500, (100, "The offsite visit was not approved because the request came after the visit.")))
    assert got["member_id"] == "QXC298816"


def test_the_number_in_brackets_after_the_patients_name_is_the_members():
    got = fields_of(
        line(100, (100, "Quennel Department of Corrections")),
        line(300, (100, "Patient: Ansel R. Quillby (QXC 372712)")),
        line(340, (100, "Our claim no.: QX-31-144378")),
        line(500, (100, "We are returning the claim unpaid; another program must be billed first.")))
    assert got["member_id"] == "QXC372712"


def _running_page(n: int, body: str) -> list:
    return [line(80, (100, f"QXH 2768 9258 | Claim QX31-2480-33859 | Page {n} of 2")),
            line(200, (100, "Quennel Health Risk Pool")),
            line(400, (100, body))]


def test_the_one_uncaptioned_number_of_a_running_header_is_the_members():
    """A header printed on every page with the claim's number captioned and one number bare: the person's."""
    got = _fields_of_pages(_running_page(1, "We denied the hospital stay because the lifetime maximum was reached."),
                           _running_page(2, "You may appeal within 180 days of the date of this letter."))
    assert got["member_id"].replace(" ", "") == "QXH27689258"


def test_a_number_printed_once_in_a_header_like_line_is_no_running_header():
    got = fields_of(*_running_page(1, "We denied the hospital stay because the lifetime maximum was reached."))
    assert got.get("member_id") is None


def test_the_number_on_a_mailings_key_line_over_the_address_is_the_members():
    got = fields_of(
        line(100, (100, "Quennel Bleeding Disorders Assistance Program")),
        line(200, (100, "AVISO DE DECISION")),
        line(260, (100, "12 de agosto de 2031")),
        line(320, (100, "QB4058358 * N 1153 * S1")),
        line(360, (100, "CELESTINO P. EXAMPLE")),
        line(400, (100, "4941 Example Way")),
        line(440, (100, "Example City, ST 00000")),
        line(560, (100, "Su solicitud de renovacion fue negada porque los ingresos del hogar son mas altos.")))
    assert got["member_id"] == "QB4058358"


def test_values_then_captions_beside_an_address_read_each_caption_its_value():
    """A block of rows printing a value then its caption after an arrow ('QB9014238  << Client number'), set right of
    the date and address block, the captions set flush right: each caption's value is the cell before it."""
    got = fields_of(
        line(100, (100, "Quennel Bleeding Disorders Assistance Program")),
        line(200, (100, "NOTICE OF ACTION")),
        line(260, (100, "June 16, 2031"), (1284, "QB9014238"), (2149, "\u00ab Client number")),
        line(300, (1284, "QX31 154 662493"), (2288, "\u00abICN")),
        line(340, (100, "Ansel R. Quillby")),
        line(380, (100, "77 Example Bend Rd"), (1284, "Example Specialty Pharmacy, LLC"), (2201, "\u00ab pharmacy")),
        line(420, (100, "Example City, ST 00000"), (1284, "05/27/2031"), (2230, "\u00ab shipped")),
        line(460, (1284, "$14,892.00"), (2262, "\u00ab billed")),
        line(600, (100, "Your program benefits are ending because you moved out of the state.")))
    assert got["member_id"] == "QB9014238"


def test_a_mail_code_in_a_return_address_is_no_case_number():
    got = fields_of(
        line(100, (100, "Mail Code 2217, P.O. Box 40918")),
        line(140, (100, "Quennel Department of Health Services")),
        line(300, (100, "Your renewal for the program year was denied because your income is above the limit.")))
    assert not got.get("case_numbers")


def test_an_i_read_as_a_one_or_a_small_l_in_a_letter_prefix_is_mended():
    assert find_ids("1F31-8390")[0][0] == "IF31-8390"
    assert find_ids("1HC310580043")[0][0] == "IHC310580043"
    assert find_ids("31-Cl-116492")[0][0] == "31-CI-116492"
    assert find_ids("Cl 1852 281 293")[0][0] == "CI1852281293"
    assert find_ids("1EG4-TE5-MK73")[0][0] == "1EG4-TE5-MK73"  # a Medicare number keeps its digit
    assert find_ids("1A2345")[0][0] == "1A2345"  # too few digits to say


def _slip(title: str, count: str) -> PageText:
    rows = [(100, "Quennel County Health Care Office"), (140, "410 Example Street, Example City, ST 00000"),
            (200, title), (260, "TO Example Imaging Center, Billing Office"), (300, "FAX (555) 555-2578"),
            (340, "FROM Pia S. Example"), (380, f"DATE 5/4/2031 {count}"),
            (440, "Two letters follow about your patient's claims."),
            (520, "The pages that follow may hold a person's health and income information, which the law keeps "
                  "private.")]
    lines = [line(y, (100, t)) for y, t in rows]
    for i, ln in enumerate(lines):
        ln.index = i
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_routing_slip_on_top_of_the_letters_is_a_cover_sheet():
    assert page_features(_slip("FAX ROUTING SLIP", ""), cached_rules()).cover
    assert page_features(_slip("FAX", "Pages incl. this slip: 3"), cached_rules()).cover
    assert not page_features(_slip("NOTICE OF DECISION", ""), cached_rules()).cover


def _large(ln, scale: float = 1.4):
    """The line set in larger type (its words taller and wider by `scale`)."""
    words = [replace(w, bbox=(w.bbox[0], w.bbox[1], w.bbox[0] + (w.bbox[2] - w.bbox[0]) * scale,
                              w.bbox[1] + (w.bbox[3] - w.bbox[1]) * scale)) for w in ln.words]
    return Line(words=words, page=ln.page)


def test_the_programs_name_outranks_the_office_that_runs_it():
    """'Example County Indigent Health Care Program' over 'Indigent Health Care Office | street': the office runs the
    program, however often the letter names it."""
    got = fields_of(
        line(80, (100, "Notice of Eligibility Case QE-31-80360")),
        _large(line(140, (100, "Quennel County Indigent Health Care Program")), 1.8),
        line(180, (100, "Indigent Health Care Office | 410 Example Street, Example City, ST 00000")),
        line(400, (100, "Your application is denied because your income is above the program's limit.")),
        line(440, (100, "Questions? Call the Indigent Health Care Office.")))
    assert got["insurer"] == "Quennel County Indigent Health Care Program"


def test_a_brand_word_over_the_plans_name_is_the_names_first_word():
    got = fields_of(
        line(80, (100, "QUENNEL")),
        line(130, (100, "Circus and Carnival Workers Health Plan")),
        line(170, (100, "Plan Office, 2280 Example Blvd, Example City, ST 00000")),
        line(400, (100, "We cannot pay the claim because the injury did not happen on the show lot.")))
    assert got["insurer"].lower() == "quennel circus and carnival workers health plan"


def test_the_one_claim_that_paid_nothing_of_a_summary_is_the_refused_one():
    """A summary whose codes say nothing of refusal in their words: the claim whose rows paid 0.00 where every other
    claim paid something, and the patient named in its heading."""
    got = fields_of(
        line(80, (100, "Quennel Life & Accident Insurance Company")),
        line(140, (100, "Benefit payment summary for ANSEL R. QUILLBY")),
        line(200, (100, "Benefit"), (900, "Date(s)"), (1500, "Scheduled"), (1800, "Payable"), (2100, "Code")),
        line(240, (100, "Claim QX-31-135274 Ansel R. Quillby Example Memorial Hospital received 03/11/2031")),
        line(280, (100, "Hospital admission"), (900, "03/02/2031"), (1500, "1,000.00"), (1800, "1,000.00"),
             (2100, "P1")),
        line(320, (100, "Claim QX-31-450070 Pia D. Quillby Example Urgent Care received 03/23/2031")),
        line(360, (100, "Emergency room visit"), (900, "03/18/2031"), (1500, "150.00"), (1800, "0.00"), (2100, "U2")),
        line(400, (100, "Claim QX-31-532308 Ansel R. Quillby Example Imaging received 03/31/2031")),
        line(440, (100, "Health screening"), (900, "03/27/2031"), (1500, "50.00"), (1800, "50.00"), (2100, "S1")),
        line(480, (100, "Totals"), (1500, "1,200.00"), (1800, "1,050.00")),
        line(560, (100, "U2 The emergency room benefit is paid only for treatment in a hospital's emergency room.")))
    assert got["case_numbers"] == ["QX-31-450070"]
    assert got["service_dates"] == ["2031-03-18"]
    assert got["member_name"] == "Pia D. Quillby"


def _remittance(first_code: str) -> list:
    """A remittance to a pharmacy: claims headed 'LAST, FIRST M  NUMBER  ICN ...', every claim paying under one note
    whose legend entry, set in two columns, runs into a refusing entry's words; one line refused under E41."""
    rows = [line(80, (100, "Quennel Bleeding Disorders Assistance Program")),
            line(120, (100, "REMITTANCE ADVICE")), line(160, (100, "Remittance date 03/19/2031"))]
    claims = [("EXAMPLE, ANSEL R", "QB1333300", "3105 4728020", "02/23/2031", [("21,420.00", "17,280.00", first_code)]),
              ("QUILLBY, PIA D", "QB1844665", "3105 8885819", "02/27/2031", [("18,630.00", "4,190.00", "P03")]),
              ("EXAMPLE, IVO G", "QB6786948", "3106 5965415", "03/06/2031",
               [("10,710.00", "8,640.00", "P01"), ("13,980.00", "0.00", "E41")]),
              ("QUILLBY, ANA T", "QB5661676", "3106 8402364", "03/09/2031", [("4,470.00", "3,780.00", "P01")])]
    y = 240
    for name, number, icn, day, lines in claims:
        rows.append(line(y, (100, f"{name} {number} ICN {icn}"))); y += 40
        rows.append(line(y, (100, "Dispensed"), (400, "Product"), (1300, "Billed"), (1600, "Paid"), (1900, "Status")))
        y += 40
        for billed, paid, code in lines:
            rows.append(line(y, (100, day), (400, "Factor product, per IU"), (1300, billed), (1600, paid),
                             (1900, code))); y += 40
        rows.append(line(y, (100, "Claim total"), (1300, "0.00"))); y += 60
    rows += [line(y, (100, "Status codes")),
             line(y + 40, (100, "P01 Paid at the allowable fee. No other coverage was"),
                  (1300, "E52 The client was not eligible for program benefits.")),
             line(y + 80, (100, "E41 The product is not on the program's list. The program cannot pay for it."))]
    return rows


def test_a_note_most_claims_cite_is_no_refusal_where_one_claim_alone_cites_another():
    got = fields_of(*_remittance("P01"))
    assert got["service_dates"] == ["2031-03-06"]
    assert got["member_id"] == "QB6786948"  # the bare number after the name in the refused claim's header


def test_the_one_claim_with_a_line_allowed_nothing_is_the_refused_one():
    """Of three claims, one whose line is billed but allowed and paid nothing beside paid lines, every other claim
    paid: the paper refused that line; who billed it is the part of its heading after the patient."""
    got = fields_of(
        line(80, (100, "Quennel Divers Health & Welfare Trust")),
        line(120, (100, "EXPLANATION OF BENEFITS")),
        line(200, (100, "Date"), (300, "Service"), (900, "Code"), (1100, "Billed"), (1400, "Allowed"),
             (1700, "Trust paid"), (2000, "You owe"), (2200, "Note")),
        line(240, (100, "Claim QX-0422-69449 - Ansel R. Quillby - Example Occupational Health (Rendering: Dr. Pia "
                        "Example)")),
        line(280, (100, "04/22/31"), (300, "Preventive exam"), (900, "99396"), (1100, "285.00"), (1400, "240.00"),
             (1700, "240.00"), (2000, "0.00"), (2200, "A1")),
        line(320, (100, "04/22/31"), (300, "Joint survey, x-ray"), (900, "77077"), (1100, "186.00"), (1400, "0.00"),
             (1700, "0.00"), (2000, "186.00"), (2200, "B36")),
        line(360, (100, "Claim total"), (1100, "471.00"), (1400, "240.00"), (1700, "240.00"), (2000, "186.00")),
        line(400, (100, "Claim QX-0429-87668 - Ansel R. Quillby - Example Ear, Nose & Throat")),
        line(440, (100, "04/29/31"), (300, "New patient visit"), (900, "99203"), (1100, "210.00"), (1400, "165.00"),
             (1700, "132.00"), (2000, "33.00"), (2200, "C20")),
        line(480, (100, "Claim total"), (1100, "210.00"), (1400, "165.00"), (1700, "132.00"), (2000, "33.00")),
        line(520, (100, "Claim QX-0430-47733 - Pia D. Quillby - Example Pediatrics")),
        line(560, (100, "04/30/31"), (300, "Office visit"), (900, "99213"), (1100, "142.00"), (1400, "98.00"),
             (1700, "78.40"), (2000, "19.60"), (2200, "C20")),
        line(600, (100, "Claim total"), (1100, "142.00"), (1400, "98.00"), (1700, "78.40"), (2000, "19.60")),
        line(700, (100, "B36 A joint survey is paid only when a dive medical examiner orders it for a diver's file.")))
    assert got["case_numbers"] == ["QX-0422-69449"]
    assert got["provider"] == "Example Occupational Health"


def test_claim_headings_of_parts_with_separators_are_claims():
    """'Ana B. Example | Example Urgent Care | Claim 31030293855 | Rendering: ...' over each claim's rows."""
    heads = [("Pia D. Quillby", "Example Women's Care", "31022525160", "02/25/31", "312.00", "214.50", "P1"),
             ("Ansel R. Quillby", "Example Occupational Health", "31031082314", "03/10/31", "265.00", "0.00", "E7"),
             ("Ivo G. Quillby", "Example Dermatology", "31030396554", "03/03/31", "245.00", "158.90", "P1")]
    rows = [line(80, (100, "Quennel Mariners Welfare Plan")),
            line(200, (100, "Date"), (300, "Service"), (1100, "Billed"), (1400, "Plan paid"), (1900, "Note"))]
    y = 240
    for who, where, number, day, billed, paid, code in heads:
        rows.append(line(y, (100, f"{who} | {where} | Claim {number} | Rendering: Dorcas D. Example")))
        rows.append(line(y + 40, (100, day), (300, "Office visit 99213"), (1100, billed), (1400, paid), (1900, code)))
        rows.append(line(y + 80, (100, "Claim total"), (1100, billed), (1400, paid)))
        y += 140
    rows.append(line(y + 40, (100, "E7 Examinations needed to get or keep a license or a job are not covered.")))
    got = fields_of(*rows)
    assert got["case_numbers"] == ["31031082314"]
    assert got["service_dates"] == ["2031-03-10"]
