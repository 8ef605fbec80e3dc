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
            line(440, (100, "QX6073-97008"), (600, "Example Orthopaedic Associates")),
            line(480, (100, "02/21/2031"), (600, "Office visit"), (1500, "423.50"), (1800, "266.20"), (2100, "A4")),
            line(520, (100, "Claim total"), (1500, "423.50"), (1800, "266.20")),
            line(560, (100, "QX6076-21173"), (600, "Example Urgent Care")),
            line(600, (100, "03/05/2031"), (600, "Urgent care visit"), (1500, "258.50"), (1800, "0.00"),
                 (2100, "K5")),
            line(640, (100, "03/05/2031"), (600, "X-ray, foot"), (1500, "129.80"), (1800, "0.00"), (2100, "K5")),
            line(680, (100, "Claim total"), (1500, "388.30"), (1800, "0.00")),
            line(720, (100, "QX6073-80267"), (600, "Example Imaging")),
            line(760, (100, "02/26/2031"), (600, "X-ray, shoulder"), (1500, "180.40"), (1800, "105.93"), (2100, "A4")),
            line(800, (100, "Claim total"), (1500, "180.40"), (1800, "105.93")),
            line(900, (100, "Codes")),
            line(940, (100, "A1 Paid at the Fund's allowed amount.")),
            line(980, (100, "K5 The injury did not occur at an approved venue, so the Fund does not pay for it."))]


def test_claims_headed_by_their_own_number_are_claims_and_the_coded_one_is_the_refused():
    """'QX6076-21173  Example Urgent Care' opens each claim under a 'Date / claim' column header: the number needs no
    caption; the claim whose rows carry the refusing code gives the numbers, dates and amount."""
    got = fields_of(*_number_headed_eob())
    assert got["case_numbers"] == ["QX6076-21173"]
    assert got["service_dates"] == ["2031-03-05"]
    assert got["claim_amount"] == "388.30"


def test_a_claim_number_heading_needs_claims_of_one_shape_under_a_claim_header():
    """Lines that open with a number and a name but stand under no header naming claims, and close on no claim's
    total, are no claims (session 58: a 'Claim total' row closing each says they are, header or not)."""
    lines = [ln for ln in _number_headed_eob() if ln.text != "Date / claim Provider and service Billed Paid Code"
             and not ln.text.startswith("Claim total")]
    ctx = Context(Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")]), cached_rules())
    assert not ctx.claim_starts


def test_a_caption_row_under_values_beside_an_address_block_reads_its_values():
    """A row of values over a row of captions ('Group no. | Member ID | Date of service') under an address block
    that stands beside a column of facts: the captions are the values' above them."""
    got = fields_of(
        line(100, (100, "Quennel Retired Athletes Benefit Plan")),
        line(200, (100, "Date Wednesday, April 22, 2031")),
        line(260, (100, "Ansel R. Quillby"), (1500, "Claim no. QE607604-3416")),
        line(300, (100, "521 Example Blvd"), (1500, "Claim received March 19, 2031")),
        line(340, (100, "Example City, ST 00000"), (1500, "Billed $3,828.00")),
        line(380, (100, "87709"), (500, "QXP 63621447"), (1100, "03/04/2031"), (1600, "Brain Health")),
        line(420, (100, "Group no."), (500, "Member ID"), (1100, "Date of service"), (1600, "Benefit")),
        line(560, (100, "Dear Mr. Quillby:")),
        line(600, (100, "We received a claim for the evaluation you had on March 4, 2031. We cannot pay it.")))
    assert got["member_id"].replace(" ", "") == "QXP63621447" and got["group_number"] == "87709"


def test_a_caption_of_the_numbers_own_letters_names_the_persons_number():
    """'QXC no.' over 'QXC 341105': a program's number for the person, its caption the letters it opens with."""
    got = fields_of(
        line(100, (100, "Quennel Department of Corrections")),
        line(300, (100, "5. Person in custody"), (900, "6. QXC no."), (1400, "7. Housing unit")),
        line(340, (100, "EXAMPLE, ANSEL R"), (900, "QXC 341105"), (1400, "C-2")),
        line(500, (100, "The offsite visit was not approved because the request came after the visit.")))
    assert got["member_id"].replace(" ", "") == "QXC341105"


def test_the_number_in_brackets_after_the_patients_name_is_the_members():
    got = fields_of(
        line(100, (100, "Quennel Department of Corrections")),
        line(300, (100, "Patient: Ansel R. Quillby (QXC 683803)")),
        line(340, (100, "Our claim no.: QX-31-099681")),
        line(500, (100, "We are returning the claim unpaid; another program must be billed first.")))
    assert got["member_id"].replace(" ", "") == "QXC683803"


def _running_page(n: int, body: str) -> list:
    return [line(80, (100, f"QXH 3851 4321 | Claim QX31-3917-66124 | Page {n} of 2")),
            line(200, (100, "Quennel Health Risk Pool")),
            line(400, (100, body))]


def test_the_one_uncaptioned_number_of_a_running_header_is_the_members():
    """A header printed on every page with the claim's number captioned and one number bare: the person's."""
    got = _fields_of_pages(_running_page(1, "We denied the hospital stay because the lifetime maximum was reached."),
                           _running_page(2, "You may appeal within 017 days of the date of this letter."))
    assert got["member_id"].replace(" ", "") == "QXH38514321"


def test_a_number_printed_once_in_a_header_like_line_is_no_running_header():
    got = fields_of(*_running_page(1, "We denied the hospital stay because the lifetime maximum was reached."))
    assert got.get("member_id") is None


def test_the_number_on_a_mailings_key_line_over_the_address_is_the_members():
    got = fields_of(
        line(100, (100, "Quennel Bleeding Disorders Assistance Program")),
        line(200, (100, "AVISO DE DECISION")),
        line(260, (100, "12 de agosto de 2031")),
        line(320, (100, "QB9721621 * N 0026 * S1")),
        line(360, (100, "ANSEL R. EXAMPLE")),
        line(400, (100, "9490 Example Way")),
        line(440, (100, "Example City, ST 00000")),
        line(560, (100, "Su solicitud de renovacion fue negada porque los ingresos del hogar son mas altos.")))
    assert got["member_id"] == "QB9721621"


def test_values_then_captions_beside_an_address_read_each_caption_its_value():
    """A block of rows printing a value then its caption after an arrow ('QB4709361  << Client number'), set right of
    the date and address block, the captions set flush right: each caption's value is the cell before it."""
    got = fields_of(
        line(100, (100, "Quennel Bleeding Disorders Assistance Program")),
        line(200, (100, "NOTICE OF ACTION")),
        line(260, (100, "June 16, 2031"), (1284, "QB4709361"), (2149, "\u00ab Client number")),
        line(300, (1284, "QX31 029 553946"), (2288, "\u00abICN")),
        line(340, (100, "Ansel R. Quillby")),
        line(380, (100, "77 Example Bend Rd"), (1284, "Example Specialty Pharmacy, LLC"), (2201, "\u00ab pharmacy")),
        line(420, (100, "Example City, ST 00000"), (1284, "05/27/2031"), (2230, "\u00ab shipped")),
        line(460, (1284, "$16,381.20"), (2262, "\u00ab billed")),
        line(600, (100, "Your program benefits are ending because you moved out of the state.")))
    assert got["member_id"] == "QB4709361"


def test_a_mail_code_in_a_return_address_is_no_case_number():
    got = fields_of(
        line(100, (100, "Mail Code 3308, P.O. Box 97401")),
        line(140, (100, "Quennel Department of Health Services")),
        line(300, (100, "Your renewal for the program year was denied because your income is above the limit.")))
    assert not got.get("case_numbers")


def test_an_i_read_as_a_one_or_a_small_l_in_a_letter_prefix_is_mended():
    assert find_ids("1F31-1647")[0][0] == "IF31-1647"
    assert find_ids("1HC607217796")[0][0] == "IHC607217796"
    assert find_ids("31-Cl-005943")[0][0] == "31-CI-005943"
    assert find_ids("Cl 0123 310 346")[0][0] == "CI0123310346"
    assert find_ids("1EG4-TE5-MK73")[0][0] == "1EG4-TE5-MK73"  # a Medicare number keeps its digit
    assert find_ids("1A3692")[0][0] == "1A3692"  # too few digits to say


def _slip(title: str, count: str) -> PageText:
    rows = [(100, "Quennel County Health Care Office"), (140, "907 Example Street, Example City, ST 00000"),
            (200, title), (260, "TO Example Imaging Center, Billing Office"), (300, "FAX (222) 222-3281"),
            (340, "FROM Pia S. Example"), (380, f"DATE 5/4/2031 {count}"),
            (440, "Two letters follow about your patient's claims."),
            (520, "The pages that follow may hold health details meant only for the office named above.")]
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
        line(80, (100, "Notice of Eligibility Case QE-31-17657")),
        _large(line(140, (100, "Quennel County Indigent Health Care Program")), 1.8),
        line(180, (100, "Indigent Health Care Office | 907 Example Street, Example City, ST 00000")),
        line(400, (100, "Your application is denied because your income is above the program's limit.")),
        line(440, (100, "Questions? Call the Indigent Health Care Office.")))
    assert got["insurer"] == "Quennel County Indigent Health Care Program"


def test_a_brand_word_over_the_plans_name_is_the_names_first_word():
    got = fields_of(
        line(80, (100, "QUENNEL")),
        line(130, (100, "Traveling Show Workers Health Plan")),
        line(170, (100, "Plan Office, 3317 Example Blvd, Example City, ST 00000")),
        line(400, (100, "We cannot pay the claim because the injury did not happen on the show lot.")))
    assert got["insurer"].lower() == "quennel traveling show workers health plan"


def test_the_one_claim_that_paid_nothing_of_a_summary_is_the_refused_one():
    """A summary whose codes say nothing of refusal in their words: the claim whose rows paid 0.00 where every other
    claim paid something, and the patient named in its heading."""
    got = fields_of(
        line(80, (100, "Quennel Mutual Indemnity Company")),
        line(140, (100, "Benefit payment summary for ANSEL R. QUILLBY")),
        line(200, (100, "Benefit"), (900, "Date(s)"), (1500, "Scheduled"), (1800, "Payable"), (2100, "Code")),
        line(240, (100, "Claim QX-31-062389 Ansel R. Quillby Example Memorial Hospital received 03/11/2031")),
        line(280, (100, "Hospital admission"), (900, "03/02/2031"), (1500, "1,100.00"), (1800, "1,100.00"),
             (2100, "Q1")),
        line(320, (100, "Claim QX-31-927787 Pia D. Quillby Example Urgent Care received 03/23/2031")),
        line(360, (100, "Emergency room visit"), (900, "03/18/2031"), (1500, "165.00"), (1800, "0.00"), (2100, "W4")),
        line(400, (100, "Claim QX-31-263671 Ansel R. Quillby Example Imaging received 03/31/2031")),
        line(440, (100, "Health screening"), (900, "03/27/2031"), (1500, "55.00"), (1800, "55.00"), (2100, "T3")),
        line(480, (100, "Totals"), (1500, "1,320.00"), (1800, "1,155.00")),
        line(560, (100, "W4 The emergency benefit is paid only for care given in a hospital.")))
    assert got["case_numbers"] == ["QX-31-927787"]
    assert got["service_dates"] == ["2031-03-18"]
    assert got["member_name"] == "Pia D. Quillby"


def _remittance(first_code: str) -> list:
    """A remittance to a pharmacy: claims headed 'LAST, FIRST M  NUMBER  ICN ...', every claim paying under one note
    whose legend entry, set in two columns, runs into a refusing entry's words; one line refused under N63."""
    rows = [line(80, (100, "Quennel Bleeding Disorders Assistance Program")),
            line(120, (100, "REMITTANCE ADVICE")), line(160, (100, "Remittance date 03/19/2031"))]
    claims = [("EXAMPLE, ANSEL R", "QB0666677", "6072 9831737", "02/23/2031", [("23,562.00", "19,008.00", first_code)]),
              ("QUILLBY, PIA D", "QB0199552", "6072 1112104", "02/27/2031", [("20,493.00", "4,609.00", "Q04")]),
              ("EXAMPLE, IVO G", "QB5815491", "6075 2452902", "03/06/2031",
               [("11,781.00", "9,504.00", "Q02"), ("15,378.00", "0.00", "N63")]),
              ("QUILLBY, ANA T", "QB2550585", "6075 1973659", "03/09/2031", [("4,917.00", "4,158.00", "Q02")])]
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
             line(y + 40, (100, "Q02 Paid at the program's fee. The member has no other"),
                  (1300, "N71 The person had no program coverage that day.")),
             line(y + 80, (100, "N63 The item is not on the approved list, so the program cannot pay for it."))]
    return rows


def test_a_note_most_claims_cite_is_no_refusal_where_one_claim_alone_cites_another():
    got = fields_of(*_remittance("Q02"))
    assert got["service_dates"] == ["2031-03-06"]
    assert got["member_id"] == "QB5815491"  # the bare number after the name in the refused claim's header


def test_the_one_claim_with_a_line_allowed_nothing_is_the_refused_one():
    """Of three claims, one whose line is billed but allowed and paid nothing beside paid lines, every other claim
    paid: the paper refused that line; who billed it is the part of its heading after the patient."""
    got = fields_of(
        line(80, (100, "Quennel Dive Crews Welfare Fund")),
        line(120, (100, "EXPLANATION OF BENEFITS")),
        line(200, (100, "Date"), (300, "Service"), (900, "Code"), (1100, "Billed"), (1400, "Allowed"),
             (1700, "Trust paid"), (2000, "You owe"), (2200, "Note")),
        line(240, (100, "Claim QX-7933-54994 - Ansel R. Quillby - Example Occupational Health (Rendering: Dr. Pia "
                        "Example)")),
        line(280, (100, "04/22/31"), (300, "Preventive exam"), (900, "99396"), (1100, "313.50"), (1400, "264.00"),
             (1700, "264.00"), (2000, "0.00"), (2200, "A4")),
        line(320, (100, "04/22/31"), (300, "Bone scan"), (900, "88788"), (1100, "204.60"), (1400, "0.00"),
             (1700, "0.00"), (2000, "204.60"), (2200, "J44")),
        line(360, (100, "Claim total"), (1100, "518.10"), (1400, "264.00"), (1700, "264.00"), (2000, "204.60")),
        line(400, (100, "Claim QX-7934-18551 - Ansel R. Quillby - Example Ear, Nose & Throat")),
        line(440, (100, "04/29/31"), (300, "New patient visit"), (900, "99203"), (1100, "231.00"), (1400, "181.50"),
             (1700, "145.20"), (2000, "36.30"), (2200, "H12")),
        line(480, (100, "Claim total"), (1100, "231.00"), (1400, "181.50"), (1700, "145.20"), (2000, "36.30")),
        line(520, (100, "Claim QX-7967-98866 - Pia D. Quillby - Example Pediatrics")),
        line(560, (100, "04/30/31"), (300, "Office visit"), (900, "99213"), (1100, "156.20"), (1400, "107.80"),
             (1700, "86.24"), (2000, "21.56"), (2200, "H12")),
        line(600, (100, "Claim total"), (1100, "156.20"), (1400, "107.80"), (1700, "86.24"), (2000, "21.56")),
        line(700, (100, "J44 This scan is paid only when the plan's examiner orders it.")))
    assert got["case_numbers"] == ["QX-7933-54994"]
    assert got["provider"] == "Example Occupational Health"


def test_claim_headings_of_parts_with_separators_are_claims():
    """'Ana B. Example | Example Urgent Care | Claim 60767346122 | Rendering: ...' over each claim's rows."""
    heads = [("Pia D. Quillby", "Example Women's Care", "60733232057", "02/25/31", "343.20", "235.95", "Q1"),
             ("Ansel R. Quillby", "Example Occupational Health", "60760713609", "03/10/31", "291.50", "0.00", "E9"),
             ("Ivo G. Quillby", "Example Dermatology", "60767645229", "03/03/31", "269.50", "174.79", "Q1")]
    rows = [line(80, (100, "Quennel Seafarers Benefit Fund")),
            line(200, (100, "Date"), (300, "Service"), (1100, "Billed"), (1400, "Plan paid"), (1900, "Note"))]
    y = 240
    for who, where, number, day, billed, paid, code in heads:
        rows.append(line(y, (100, f"{who} | {where} | Claim {number} | Rendering: Pia S. Example")))
        rows.append(line(y + 40, (100, day), (300, "Office visit 99213"), (1100, billed), (1400, paid), (1900, code)))
        rows.append(line(y + 80, (100, "Claim total"), (1100, billed), (1400, paid)))
        y += 140
    rows.append(line(y + 40, (100, "E9 Exams a job or a license asks for are not covered.")))
    got = fields_of(*rows)
    assert got["case_numbers"] == ["60760713609"]
    assert got["service_dates"] == ["2031-03-10"]


def test_of_the_refused_claims_lines_the_one_that_drew_nothing_gives_the_date():
    """A bill of four therapy visits, three paid and the fourth paying 0.00 under a code the key explains in words
    that say no refusal: the refused claim is the bill, its refused line the one that drew nothing."""
    rows = [line(80, (100, "Quennel Rescue Brigade Accident Fund")),
            line(200, (100, "Date"), (300, "Code"), (500, "Service"), (1500, "Billed"), (1800, "Plan paid"),
                 (2100, "Code"))]
    bills = [("Example Regional Medical Center Claim QXA122013337 Emergency visit", [("01/13/2031", "1,302.40", "Q1")]),
             ("Example Orthopaedic Associates Claim QXA238998029 Dr. Pia Example", [("01/18/2031", "349.80", "Q1")]),
             ("Example Physical Therapy Claim QXA809030222 Ansel Example, PT",
              [("02/26/2031", "180.40", "Q1"), ("02/28/2031", "180.40", "Q1"), ("03/05/2031", "0.00", "V9")])]
    y = 240
    for head, visits in bills:
        rows.append(line(y, (100, head))); y += 40
        for day, paid, code in visits:
            rows.append(line(y, (100, day), (300, "97110"), (500, "Therapeutic exercise"), (1500, "180.40"),
                             (1800, paid), (2100, code))); y += 40
        rows.append(line(y, (100, "Bill total"), (1500, "$541.20"))); y += 60
    rows += [line(y, (100, "Q1 Paid in full at the plan's rate.")),
             line(y + 40, (100, "V9 After the twelfth visit for one injury the brigade's own policy pays."))]
    got = fields_of(*rows)
    assert got["service_dates"] == ["2031-03-05"]


def test_claims_headed_by_a_name_and_numbers_alone_are_claims():
    """'EXAMPLE, ANA T  8624800801  6074321511143  QX15570' over each claim's lines, no caption: the name, the
    person's number and the claim's control number; the claim whose line drew nothing is the refused one."""
    heads = [("EXAMPLE, ANSEL R", "8624800801", "6074321511143", "453.20", "235.66"),
             ("QUILLBY, PIA D", "8621717241", "6074425659389", "354.20", "159.39"),
             ("EXAMPLE, IVO G", "8605867612", "6071667230216", "5,602.52", "0.00"),
             ("QUILLBY, ANA T", "8653717625", "6074951569764", "7,062.00", "5,861.46")]
    rows = [line(80, (100, "Quennel Medicaid Remittance Advice")),
            line(200, (100, "Ln"), (200, "Service date"), (600, "Proc"), (900, "Description"), (1500, "Billed"),
                 (1800, "Allowed"), (2100, "Paid"))]
    y = 240
    for name, person, icn, billed, paid in heads:
        rows.append(line(y, (100, f"{name} {person} {icn} QX{icn[-5:]}")))
        rows.append(line(y + 40, (100, "01"), (200, "04/02/2031"), (600, "96413"), (900, "Infusion"), (1500, billed),
                         (1800, paid), (2100, paid)))
        rows.append(line(y + 80, (100, "Claim total"), (1500, billed), (1800, paid), (2100, paid)))
        y += 140
    got = fields_of(*rows)
    assert got["case_numbers"] == ["6071667230216"]
    assert got["member_id"] == "8605867612"
    assert got["member_name"] == "Ivo G. Example"


def test_an_arrow_before_a_caption_names_the_value_before_it_even_alone():
    """'QX 5804 2261  << member no.' (a number OCR read in parts, its caption after an arrow): one row is enough."""
    got = fields_of(
        line(100, (100, "Quennel Traveling Players Health Plan")),
        line(200, (100, "NOTICE OF DECISION")),
        line(260, (100, "Ansel R. Quillby"), (900, "QX"), (956, "5804"), (1036, "2261"), (1472, "\u00abmember no.")),
        line(300, (100, "4406 Example Road")),
        line(500, (100, "We cannot approve the scan because the records do not show it is needed.")))
    assert got["member_id"].replace(" ", "") == "QX58042261"


def test_a_running_header_printed_with_its_number_spaced_differently_is_one_header():
    pages = [[line(80, (100, "EXAMPLE, A. QXM 417 803 31-0617-52209" if n == 1 else "EXAMPLE, A. QXM 417803 31-0617-52209")),
              line(200, (100, "Quennel Dive Crews Welfare Fund")),
              line(400, (100, "The chamber sessions after the tenth are not covered because they did not help."))]
             for n in (1, 2)]
    got = _fields_of_pages(*pages)
    assert got["member_id"].replace(" ", "") == "QXM417803"


def test_a_table_rows_client_number_after_the_name_is_the_refused_rows_members():
    """'EXAMPLE, ANSEL R  QXC-318475  QHC318204596  03/10/31 ...': a claims table whose client column prints the name
    and number; the row allowed nothing is the refused claim, its client number the member's."""
    people = [("EXAMPLE, PIA D", "QXC-742068", "QHC317390218", "688.20", "251.10", "PD"),
              ("QUILLBY, IVO G", "QXC-530914", "QHC316652047", "344.75", "129.60", "PD"),
              ("EXAMPLE, ANSEL R", "QXC-318475", "QHC318204596", "1,963.40", "0.00", "Y44"),
              ("QUILLBY, ANA T", "QXC-861203", "QHC319928361", "402.15", "171.30", "PD")]
    rows = [line(80, (100, "Quennel County Indigent Health Care Program")),
            line(200, (100, "Client"), (800, "Claim"), (1200, "From"), (1450, "Service"), (1800, "Billed"),
                 (2000, "Allowed"), (2200, "Paid"), (2350, "Code"))]
    for k, (name, client, claim, billed, paid, code) in enumerate(people):
        rows.append(line(240 + 40 * k, (100, f"{name} {client}"), (800, claim), (1200, "03/10/31"),
                         (1450, "Clinic visit"), (1800, billed), (2000, paid), (2200, paid), (2350, code)))
    rows.append(line(500, (100, "Y44 The yearly hospital maximum was reached; the program pays nothing more.")))
    got = fields_of(*rows)
    assert got["member_id"] == "QXC-318475"


def test_a_roman_numeral_month_is_a_date_and_a_point_among_dashes_is_a_dash():
    assert find_ids("10.VIII.2031") == [] and find_ids("24/IV/2031") == []
    assert find_ids("31-0304.49213")[0][0] == "31-0304-49213"
    assert find_ids("12.50") == []
