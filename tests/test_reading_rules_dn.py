"""Reading rules from session 40 (round DN), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def _claim_block(top: int, number: str, who: str, day: str, row: str) -> list:
    return [line(top, (100, f"Patient: Ana B. Example Claim {number}")),
            line(top + 30, (100, f"{who} Service date {day}")),
            line(top + 60, (100, "Service Billed Allowed Plan paid Your share Remark")),
            line(top + 90, (100, row)),
            line(top + 120, (100, "Claim total " + row.split()[-5]))]


def test_who_billed_is_named_under_the_denied_claims_number():
    """An EOB's claim blocks print who billed and the service date on the line under the claim's number; the
    provider of the denied claim (its row carries the remark) is the one under its number, not the other
    claims'."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
                    line(100, (100, "Statement date: May 4, 2031")), line(130, (100, "Member ID: QX31000123")),
                    *_claim_block(200, "31000000111", "Example Family Clinic", "03/02/2031",
                                  "99213 Office visit $150.00 $100.00 $80.00 $20.00"),
                    *_claim_block(380, "31000000222", "Example Orthopaedic Associates", "03/09/2031",
                                  "20610 Knee injection $300.00 $0.00 $0.00 $0.00 B50"),
                    line(560, (100, "Remark codes")),
                    line(590, (100, "B50 The line is denied as incorrect coding. It is not covered as billed.")))
    assert got["provider"] == "Example Orthopaedic Associates"
    assert got["service_dates"] == ["2031-03-09"]


def test_a_transport_companys_label_names_the_provider():
    """'Transport company: Example Lifeline EMS': who carried the patient, like 'Ambulance company:'."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Date of notice: May 4, 2031")),
                    line(160, (100, "Identification number"), (600, "QX31000123")),
                    line(220, (100, "Transport company"), (600, "Example Lifeline EMS")),
                    line(280, (100, "Dates of service"), (600, "April 2, 2031")))
    assert got["provider"] == "Example Lifeline EMS"


def _row(y: float, *cells: str):
    xs = (100, 330, 900, 1040, 1240, 1420, 1600, 1780, 1960)
    return line(y, *((x, c) for x, c in zip(xs, cells) if c))


def test_the_one_row_citing_an_explained_note_is_the_claim_the_paper_is_about():
    """A claims table where one row carries a note code ('R7') and the legend under the table explains it without
    the word 'denied' (a visit paid at a lower level): that row's claim is the one the paper is about, its number,
    amount and provider, not every row's."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
                    line(100, (100, "Statement date: May 4, 2031")), line(130, (100, "Member ID: QX31000123")),
                    _row(190, "Claim", "Provider", "Code", "Date", "Billed", "Allowed", "Paid", "You owe", "Rmk"),
                    _row(220, "X3100000111", "Example Reference Laboratory", "80053", "03/02/2031", "120.00", "60.00",
                         "48.00", "12.00", ""),
                    _row(250, "X3100000222", "Example Radiology Group", "71046", "03/02/2031", "190.00", "90.00",
                         "72.00", "18.00", ""),
                    _row(280, "X3100000333", "Example Junction Medical Center", "99285", "03/02/2031", "3,160.00",
                         "1,830.00", "1,464.00", "366.00", "R7"),
                    line(340, (100, "R7 The visit was billed as level 5 but the record fits a level 3 visit, so we paid"
                                    " the level 3 rate.")))
    assert got["case_numbers"] == ["X3100000333"]
    assert got["claim_amount"] == "3160.00"
    assert got["provider"] == "Example Junction Medical Center"


def _two_pages(first: list, second: list) -> dict:
    from intake.extract.fields import extract_fields
    from intake.model import Document, PageText
    from intake.rules import cached_rules
    from tests.test_kv import SRC

    for ln in second:
        ln.page = 2
    for i, ln in enumerate(first + second):
        ln.index = i
    doc = Document(SRC, [PageText(1, 2550, 3300, first, "text_layer"), PageText(2, 2550, 3300, second, "text_layer")])
    return {k: v.value for k, v in extract_fields(doc, cached_rules()).items()}


def test_a_claims_table_run_on_under_its_repeated_header_keeps_its_rows():
    """A statement's claims table continues on page 2 under its header printed again; the denied row there is
    the claim the paper is about, and the rows of page 1 are other claims (their numbers are no case numbers)."""
    header = ("Claim", "Provider", "Code", "Date", "Billed", "Plan paid", "You owe", "Status")
    first = [line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
             line(100, (100, "Statement date: May 4, 2031")), line(130, (100, "Member ID: QX31000123")),
             _row(190, *header),
             _row(220, "X3100000111", "Example Internal Medicine", "99213", "03/02/2031", "$120.00", "$84.00",
                  "$12.00", "Paid"),
             _row(250, "X3100000222", "Example Internal Medicine", "36415", "03/05/2031", "$30.00", "$21.00", "$3.00",
                  "Paid")]
    second = [line(40, (100, "Explanation of Benefits (continued)")), _row(100, *header),
              _row(130, "X3100000333", "Example Internal Medicine", "99214", "03/09/2031", "$210.00", "$0.00",
                   "$210.00", "DENIED"),
              _row(160, "X3100000444", "Example Internal Medicine", "90686", "03/12/2031", "$90.00", "$63.00",
                   "$9.00", "Paid"),
              line(240, (100, "You may appeal within 180 days of the date of this statement."))]
    got = _two_pages(first, second)
    assert got["case_numbers"] == ["X3100000333"]
    assert got["claim_amount"] == "210.00"
    assert got["service_dates"] == ["2031-03-09"]


def test_a_numeric_date_written_out_elsewhere_says_which_part_is_the_day():
    """A Spanish notice prints '04/03/2031' in its facts box and '4 de marzo de 2031' in its sentence: the
    written-out day shows the numeric dates are day first, so the service date is 4 March, not 3 April."""
    got = fields_of(line(40, (100, "Example Prairie Plan de Salud")),
                    line(100, (100, "Fecha del aviso:"), (600, "10/03/2031")),
                    line(160, (100, "Numero de miembro:"), (600, "QX31000123")),
                    line(220, (100, "Fecha de servicio:"), (600, "04/03/2031")),
                    line(300, (100, "El 4 de marzo de 2031 usted recibio un medicamento que su plan no cubre.")))
    assert got["service_dates"] == ["2031-03-04"]
    assert got["denial_date"] == "2031-03-10"


def test_a_date_written_out_the_month_first_way_keeps_month_first():
    """The same evidence the other way: '04/03/2031' beside 'April 3, 2031' reads month first (a guard, passing
    before this rule too, where month first is the default)."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")),
                    line(100, (100, "Date of notice:"), (600, "04/10/2031")),
                    line(160, (100, "Member ID:"), (600, "QX31000123")),
                    line(220, (100, "Date of service:"), (600, "04/03/2031")),
                    line(300, (100, "On April 3, 2031 you received a drug your plan does not cover.")))
    assert got["service_dates"] == ["2031-04-03"]


def test_a_letter_prefix_before_digit_groups_stays_with_them():
    """'Reference: UM 31 4409 275' prints the case number in groups after its letters; the number is the letters
    and every group, as printed ('31 4409 275' alone loses the prefix the plan files it under)."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("Reference: UM 31 4409 275")] == ["UM314409275"]
    assert [t for t, _, _ in find_ids("Call TTY 711 or 555 123 4567")] == ["5551234567"]  # (a guard)
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Date of notice: May 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(220, (100, "Reference number: UM 31 4409 275")))
    assert got["case_numbers"] == ["UM 31 4409 275"]


def test_a_rendering_npi_and_name_column_names_the_provider():
    """'Rendering NPI / Name' heads a column of '3100000001 / Ana B. Example': the label names the provider and
    its number together; the provider is the name after the slash, on the denied claim's row."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
                    line(100, (100, "Statement date: May 4, 2031")), line(130, (100, "Member ID: QX31000123")),
                    _row(190, "Claim #", "Rendering NPI / Name", "Code", "Date", "Billed", "Allowed", "Paid",
                         "You owe", "Code"),
                    _row(220, "X3100000111", "3100000001 / Ana B. Example", "99213", "03/02/2031", "120.00", "84.00",
                         "72.00", "12.00", "A1"),
                    _row(250, "X3100000222", "3100000002 / Quinn R. Example", "99214", "03/09/2031", "210.00", "0.00",
                         "0.00", "210.00", "E26"),
                    line(320, (100, "Codes. A1 Paid under your plan's in-network benefit. E26 Not covered: the patient"
                                    " was not eligible on the date of service.")))
    assert got["provider"] == "Quinn R. Example"
    assert got["case_numbers"] == ["X3100000222"]


def test_paid_to_on_a_providers_claim_notice_names_the_provider():
    """'Paid to: Example Clinical Laboratory, Inc.' heads a provider's claim notice: the payee is the provider the
    notice is about; under a claim's number too ('Claim no. 123  Paid to: Example Therapy'), without the caption."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "PROVIDER CLAIM NOTICE")),
                    line(100, (100, "Notice date: 05/04/2031")),
                    line(130, (100, "Paid to: Example Clinical Laboratory, Inc. (TIN 31-0000001)")),
                    line(160, (100, "Payment amount: $0.00")),
                    line(220, (100, "Reason 27: expenses incurred after coverage terminated.")))
    assert got["provider"] == "Example Clinical Laboratory, Inc."


def test_a_statement_titled_in_capitals_beside_a_box_heading_is_the_providers_own():
    """'STATEMENT' at the left of a line whose right cell is a box's heading ('Payments'): still the paper's title,
    so the letterhead over it is the provider that billed."""
    got = fields_of(line(40, (100, "Example Hollow Pediatrics")),
                    line(70, (100, "12 Example Ave, Dayton OH 45400 | Office 555-555-0100")),
                    line(110, (100, "STATEMENT"), (1400, "Payments")),
                    line(160, (100, "Statement date:"), (600, "May 7, 2031")),
                    line(190, (100, "Patient:"), (600, "Quinn R. Example")),
                    line(220, (100, "Account no.:"), (600, "HP310001")),
                    line(250, (100, "Primary insurance:"), (600, "Example Mutual Insurance Company")),
                    line(300, (100, "Date"), (300, "CPT"), (500, "Charge"), (800, "Ins. paid"), (1100, "You owe")),
                    line(330, (100, "02/19/31"), (300, "99213"), (500, "$231.40"), (800, "208.26"), (1100, "23.14")))
    assert got["provider"] == "Example Hollow Pediatrics"


def test_a_statements_denied_row_is_the_amount_not_its_total():
    """A clinic's own statement lists three visits, one 'Ins denied: not eligible': the charge at issue is that
    row's, not the sum of every visit on the statement."""
    got = fields_of(line(40, (100, "Example Lane Family Medicine")),
                    line(70, (100, "12 Example Ln, Manchester NH 03100 | 555-555-0100")),
                    line(110, (100, "PATIENT STATEMENT")),
                    line(150, (100, "Statement date:"), (600, "05/05/2031")),
                    line(180, (100, "Patient:"), (600, "Quinn R. Example")),
                    line(240, (100, "Date of service"), (500, "Description"), (1000, "Charges"), (1300, "Insurance"),
                         (1800, "Your balance")),
                    line(270, (100, "01/17/2031"), (500, "Office visit 99214"), (1000, "$262.40"),
                         (1300, "Ins paid $151.20"), (1800, "$31.10")),
                    line(300, (100, "03/02/2031"), (500, "Allergy testing series"), (1000, "$712.60"),
                         (1300, "Ins denied: not eligible"), (1800, "$712.60")),
                    line(330, (100, "04/09/2031"), (500, "Office visit 99213"), (1000, "$171.30"),
                         (1300, "Ins paid $91.58"), (1800, "$20.00")))
    assert got["claim_amount"] == "712.60"


def test_an_approval_only_hoped_for_is_no_approval():
    """'If it is approved, the pharmacy can send the claim again': the approval is a condition for what comes next,
    not a decision this notice made; the notice says the claim was not paid and why."""
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example State Drug Program", "CLAIM NOT PAID", "Notice date: 04-12-2031",
                          "Member: Quinn R. Example", "Claim no.: E31000000001",
                          "Example Corner Pharmacy billed the program for an inhaler. Your Part D plan requires prior",
                          "authorization for this drug and rejected the claim because no prior authorization was on file.",
                          "The program pays only for drugs your Part D plan covers, so it did not pay either.",
                          "Ask your doctor to request prior authorization. If it is approved, the pharmacy can send",
                          "the claim again. You may ask for a review in writing within 60 days of this notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")


def test_insurance_on_file_gives_the_member_number_after_the_plans_name():
    """A clinic's statement records 'Insurance on file: Example Point Health Plan EPH31000123-02': the number after
    the plan's name is the member's, not a case number ('file' names a case under other labels)."""
    got = fields_of(line(40, (100, "Example Lane Family Medicine")), line(110, (100, "PATIENT STATEMENT")),
                    line(150, (100, "Statement date: 05/05/2031")), line(180, (100, "Patient: Quinn R. Example")),
                    line(210, (100, "Insurance on file: Example Point Health Plan EPH31000123-02 (termed)")),
                    line(260, (100, "Date of service"), (500, "Description"), (1000, "Charges")),
                    line(290, (100, "03/02/2031"), (500, "Allergy testing series"), (1000, "$712.60")))
    assert got["member_id"] == "EPH31000123-02"
    assert not got.get("case_numbers")


def test_a_pharmacy_claim_printout_is_the_pharmacys_paper():
    """'PATIENT COPY - THIRD PARTY CLAIM RESPONSE' under a pharmacy's name, a reject code and a pharmacist's note:
    the pharmacy's printout of what the plan answered at the counter denies nothing itself (a pharmacy notice, as
    the eval's conventions have it)."""
    from tests.test_reading_rules_cq import _classify_lines

    texts = ("Example Corners Pharmacy", "8445 Example St, Petoskey MI 49700 | 555-555-0100",
             "PATIENT COPY - THIRD PARTY CLAIM RESPONSE", "Printed: 04/17/2031 9:28", "Patient: Quinn R. Example",
             "Prescriber: Dr. Ana B. Example", "Response: REJECTED 75 - PRIOR AUTHORIZATION REQUIRED",
             "Your plan needs approval before it will pay for this medicine. We have faxed a request form to your",
             "prescriber. Pharmacist note: the patient declined to pay cash.")
    got = _classify_lines(*texts)
    assert (got.document_type, got.denial_type) == ("other", None)


def test_a_refusal_in_plain_words_is_a_denial():
    """'We are not able to make payment', 'no benefits are available', 'no se puede pagar', 'our decision stays
    the same': refusals without the word 'denied' still make the letter a denial."""
    from tests.test_reading_rules_cq import _classify_lines

    for sentence in ("We are not able to make payment for the test because it is not a covered service.",
                     "No benefits are available for this service under your plan.",
                     "Este servicio no se puede pagar porque no es un beneficio cubierto de su plan.",
                     "We reviewed your appeal and our decision stays the same: the service is not covered.",
                     "Our decision: we did not change our first decision. None of the conditions is met.",
                     "The claim stays unpaid and the earlier decision stands. This was the final level of appeal."):
        got = _classify_lines("Example Harbor Health Plan", "Date: May 4, 2031", "Member ID: QX31000123",
                              "Dear Quinn R. Example:", sentence,
                              "You may appeal within 180 days of the date of this letter.")
        assert got.document_type == "denial_letter", sentence


def test_an_insurance_line_gives_the_number_after_the_plan_not_the_group():
    """'Insurance  Example Mutual Health Plan - EMH-3100-20476  Group 310190': the first number after the plan's name
    is the member's, the one after 'Group' the group's; a label glued to the number ('DBN 03100000017') is cut off
    (that second case a guard: a 'DBN' label read it before this rule too)."""
    got = fields_of(line(40, (100, "Example Lane Family Medicine")), line(110, (100, "PATIENT STATEMENT")),
                    line(150, (100, "Statement date: 05/05/2031")), line(180, (100, "Patient: Quinn R. Example")),
                    line(210, (100, "Insurance Example Mutual Health Plan - EMH-3100-20476 Group 310190")))
    assert got["member_id"] == "EMH-3100-20476"
    assert got.get("group_number") == "310190"
    got = fields_of(line(40, (100, "Example Respite Agency")), line(110, (100, "STATEMENT OF SERVICES")),
                    line(150, (100, "Statement date: 05/05/2031")),
                    line(210, (100, "Insurance TRICARE Prime / ECHO - DBN 03100000017")))
    assert got["member_id"] == "03100000017"


def test_a_row_allowed_and_paid_nothing_with_an_explained_code_is_a_denied_line():
    """An EOB row billed 217.50 and then '0.00 0.00 0.00 GS1', the legend saying in a sentence what GS1 means
    ('This office visit took place within 90 days after a surgery ...'): a line refused without the word 'denied';
    a row whose code the paper never explains, or a row paid something, refuses nothing (a guard in the second
    half)."""
    from tests.test_reading_rules_cq import _classify_lines

    head = ("Example Ferry Health Plan", "EXPLANATION OF BENEFITS - NOT A BILL", "Statement date: April 28, 2031",
            "Claim Date Provider Service Billed Allowed Plan paid Your share Code",
            "31000000001 02/12/2031 Example Orthopaedics 27447 Knee surgery 1,512.25 941.10 752.88 188.22 P")
    row = "31000000002 03/14/2031 Example Orthopaedics 99214 Office visit 217.50 0.00 0.00 0.00 GS1"
    got = _classify_lines(*head, row, "Codes. P Processed under your in-network benefit. GS1 This office visit took",
                          "place within 90 days after a major surgery by the same surgeon, so nothing more is paid.")
    assert got.document_type == "eob" and got.denial_type is not None
    paid = _classify_lines(*head, "Codes. P Processed under your in-network benefit.")
    assert (paid.document_type, paid.denial_type) == ("eob", None)


def test_a_benefit_rule_that_approves_under_conditions_is_no_approval():
    """'A new pair is approved when three years have passed': the plan's rule for when it approves, quoted in an
    appeal decision that keeps its refusal, is no approval of this request."""
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example Basin Health Plan", "NOTICE OF APPEAL RESOLUTION", "Date of this notice 06/10/2031",
                          "You asked us to look again at our decision not to approve new hearing aids.",
                          "Our decision: we did not change our first decision.",
                          "Under the plan's hearing benefit, a new pair is approved when three years have passed. None",
                          "of these conditions is met. You can ask for a State Fair Hearing within 120 days.")
    assert got.document_type == "denial_letter"
