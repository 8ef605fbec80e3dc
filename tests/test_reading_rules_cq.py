"""Reading rules from session 27 (round CQ), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from intake.model import Line
from tests.test_kv import fields_of, line


def test_a_sidebar_value_below_its_caption_passes_the_letters_line_set_level_with_it():
    """A two-column letter: the body's line stands a little above the sidebar's value, so OCR orders it
    between the sidebar's caption and its value."""
    got = fields_of(line(100, (900, "Example Health Plan")),
                    line(260, (120, "APPEAL")),
                    line(290, (860, "Ann Q. Sample")),
                    line(310, (120, "APL-113355")),
                    line(400, (860, "12 Some Street")),
                    line(440, (120, "ORIGINAL CASE"), (860, "Anytown, CO 80000")),
                    line(480, (120, "884411223")),
                    line(560, (120, "MEMBER ID"), (860, "You appealed the decision not to approve an MRI.")),
                    line(600, (120, "4271V11111"), (860, "We reviewed the records again.")))
    assert got["case_numbers"] == ["APL-113355", "884411223"]
    assert got["member_id"] == "4271V11111"


def test_a_line_far_below_a_caption_still_ends_its_column():
    got = fields_of(line(100, (900, "Example Health Plan")),
                    line(260, (120, "APPEAL")),
                    line(330, (860, "Ann Q. Sample lives on a long street in a small town.")),
                    line(400, (120, "Please keep 9911223344 for your records.")),
                    line(480, (120, "Member ID: 4271V11111")))
    assert "9911223344" not in (got.get("case_numbers") or [])


def test_a_brand_printed_short_takes_the_name_the_letter_prints_in_full():
    got = fields_of(line(100, (100, "Example Rx")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Claim"), (600, "Provider"), (1300, "Billed"), (1600, "Status")),
                    line(380, (100, "7071234567"), (600, "Example Heart & Vascular"), (1300, "$3,842.60"),
                         (1600, "Denied")),
                    line(450, (100, "We reviewed claim 7071234567 for services by Example Heart & Vascular Clinic "
                                    "on March 2, 2026.")),
                    line(520, (100, "Example Rx Solutions, Member Services 1-800-555-0100.")))
    assert got["insurer"] == "Example Rx Solutions"
    assert got["provider"] == "Example Heart & Vascular Clinic"


def test_a_department_after_the_name_is_no_part_of_it():
    got = fields_of(line(100, (100, "Example Rx")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Write to Example Rx Member Services at the address below.")))
    assert got["insurer"] == "Example Rx"


def test_a_programme_is_never_a_brand_cut_short():
    got = fields_of(line(100, (100, "Medicare")),
                    line(170, (100, "MEDICARE SUMMARY NOTICE")),
                    line(240, (100, "Medicare Number: 1EG4-TE5-MK72")),
                    line(310, (100, "If you are in a Medicare Advantage Plan, call your plan.")))
    assert got["insurer"] == "Medicare"


def _statement(header_y: float, first_row_y: float):
    return [line(100, (100, "Example Heart Clinic PATIENT STATEMENT")),
            line(170, (100, "Statement date: 01/22/2031")),
            line(240, (100, "Patient: Ana Q. Sample")),
            line(header_y, (100, "Date"), (400, "Code"), (700, "Description"), (1900, "Amount")),
            line(first_row_y, (100, "12/14/2030"), (400, "93247"), (700, "Heart monitor, 14 days"), (1900, "1,160.00")),
            line(first_row_y + 66, (100, "01/13/2031"), (700, "Insurance: denied - repeat monitor"), (1900, "0.00")),
            line(first_row_y + 132, (100, "01/19/2031"), (700, "Patient payment - thank you"), (1900, "-40.00"))]


def test_a_statements_posting_rows_date_no_service():
    got = fields_of(*_statement(330, 400))
    assert got["service_dates"] == ["2030-12-14"]


def test_a_first_row_set_well_below_a_header_in_small_type_is_still_the_header_s():
    rows = _statement(330, 420)
    rows[3] = Line([replace(w, bbox=(w.bbox[0], w.bbox[1] + 8, w.bbox[2], w.bbox[3] - 12)) for w in rows[3].words],
                   page=1)  # the header in small capitals, its first row 84 px below its foot
    got = fields_of(*rows)
    assert got["service_dates"] == ["2030-12-14"]


@pytest.mark.parametrize("sentence, day", [
    ("On February 24, 2031, Example Toxicology Laboratory ran a urine drug test that your doctor ordered.",
     "2031-02-24"),
    ("On Jul 19, 2031, Example Lane Pharmacy asked us to pay for 56 tablets of a drug your doctor prescribed.",
     "2031-07-19"),
    ("You asked us to pay for the heart monitor that Dr. Ana Sample of Example Clinic placed on Feb 6, 2031.",
     "2031-02-06"),
    ("We processed the claim for the yearly physical that Example Family Medicine gave you on 14 JAN 2031.",
     "2031-01-14"),
    ("El 27 de abril de 2031 su hijo recibió tratamiento por un diente roto en una caída.", "2031-04-27"),
])
def test_a_day_of_care_stated_in_a_sentence(sentence, day):
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, "March 29, 2031")),
                    line(240, (100, "Member ID: QX5512078")), line(310, (100, sentence)))
    assert got["service_dates"] == [day]


@pytest.mark.parametrize("sentence", [
    "On March 3, 2031, we received your appeal and sent it to a doctor for review.",
    "On March 3, 2031, your doctor asked us to approve an MRI of your knee.",
    "We placed your claim on hold on March 3, 2031 until you send the accident form.",
])
def test_the_plans_own_doings_date_no_care(sentence):
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, "March 29, 2031")),
                    line(240, (100, "Member ID: QX5512078")), line(310, (100, sentence)))
    assert not got.get("service_dates")


def test_a_crown_placed_years_ago_dates_no_care():
    got = fields_of(line(100, (100, "Example Dental Plan")), line(170, (100, "May 6, 2031")),
                    line(240, (100, "Service: D2750 crown, tooth #31, 2031-04-09")),
                    line(310, (100, "The crown on this tooth was placed on January 13, 2028, within the replacement "
                                    "period.")))
    assert got["service_dates"] == ["2031-04-09"]


def _classify_lines(*texts: str):
    from tests.test_reading_rules_cf import _classify

    return _classify(*(line(100 + 70 * i, (100, t)) for i, t in enumerate(texts)))


def test_a_pharmacy_receipt_with_the_plans_reject_is_the_pharmacys_paper():
    got = _classify_lines("EXAMPLE LANE PHARMACY", "PRESCRIPTION RECEIPT", "Date: 04/26/2031",
                          "Plan response: REJECTED 76 - plan limitations exceeded", "Item Amount",
                          "Usual & customary price $372.06", "Paid - debit card $230.68",
                          "Keep this receipt. Returns of prescription medication are not accepted.")
    assert (got.document_type, got.denial_type) == ("other", None)


def test_a_pharmacy_telling_the_prescriber_of_the_plans_reject_denies_nothing_itself():
    got = _classify_lines("Example Lane Pharmacy", "PRESCRIBER NOTIFICATION - REJECTED CLAIM", "Sent: 07/08/2031",
                          "Reject: 76 - Plan limitations exceeded",
                          "Your patient's plan rejected this prescription. Please call the plan's prescriber line to "
                          "request an exception.")
    assert got.document_type == "other"


def test_a_late_certification_of_a_dependent_is_eligibility_not_a_late_claim():
    got = _classify_lines("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Your claim was denied.",
                          "Why: The Disabled Dependent Certification was received on 02/22/2031, more than 31 days "
                          "after the dependent's 26th birthday.",
                          "You may appeal within 180 days.")
    assert got.denial_type == "eligibility"


def test_an_appeal_decision_approved_in_a_label_is_no_denial():
    got = _classify_lines("Example Health Plan", "Decision on appeal: APPROVED",
                          "We accept the late filing because the form was mailed to an old address.",
                          "We have told the claims office to reprocess the claims it denied; you will receive a new "
                          "Explanation of Benefits.")
    assert (got.document_type, got.denial_type) == ("other", None)


@pytest.mark.parametrize("title", ["PROVIDER NOTICE OF CLAIM DENIAL", "CLAIM DENIAL NOTICE"])
def test_a_notice_of_claim_denial_titles_a_denial(title):
    got = _classify_lines("Example Health Plan", title, "CLAIM NO. QX7700112233",
                          "DX7: SERVICE IS DENTAL IN NATURE AND EXCLUDED UNDER THE MEMBER'S MEDICAL COVERAGE.",
                          "A PROVIDER APPEAL MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS NOTICE.")
    assert got.document_type == "denial_letter"


def test_a_claim_kept_denied_until_a_form_comes_back_is_a_denial():
    got = _classify_lines("Example Health Assurance", "SECOND REQUEST - ACCIDENT QUESTIONNAIRE",
                          "We wrote to you on March 19, 2031 and asked you to complete an accident questionnaire.",
                          "The claim above stays denied until we receive it.",
                          "Appeal deadline: OCT 26, 2031.")
    assert got.document_type == "denial_letter"


def test_a_claim_payment_notice_is_a_statement_of_benefits():
    got = _classify_lines("Example Health Assurance", "Claim Payment Notice - Reprocessed Claim",
                          "Date of service Service Billed Allowed Plan paid You owe",
                          "7 Jan 2031 CT cervical spine (72125) $2,277.50 $1,047.65 $997.65 $50.00",
                          "We have reprocessed the claim under your normal benefits and sent payment to the provider.")
    assert got.document_type == "eob"


def test_an_approvals_own_scope_refuses_nothing():
    got = _classify_lines("Example Medicare Advantage plan", "Coverage Determination - Request Approved",
                          "We approved your request for this drug under your Part D prescription drug benefit.",
                          "This approval does not cover the infusion pump, nursing visits or supplies billed to your "
                          "medical benefit.")
    assert (got.document_type, got.denial_type) == ("other", None)


def test_the_members_sidebar_beside_a_paid_claim_still_names_the_member():
    """A two-claim statement: the sidebar's 'MEMBER' caption and name stand level with the paid claim's lines,
    the denied claim below."""
    got = fields_of(line(100, (100, "Example"), (900, "Explanation of Benefits")),
                    line(170, (900, "This is not a bill.")),
                    line(240, (100, "ISSUED"), (900, "Claim 82800011122 - Example Dermatology Center - Paid")),
                    line(310, (100, "March 13, 2031"), (900, "Date Code Billed Allowed Paid You owe")),
                    line(380, (100, "MEMBER"), (900, "01/23/2031 99204 $247.00 $172.90 $137.90 $35.00")),
                    line(430, (100, "Ana Q. Sample")),
                    line(500, (900, "Total $247.00")),
                    line(570, (100, "MEMBER NUMBER")),
                    line(640, (100, "QX55120784"), (900, "Claim 75100044433 - Example Dermatology Center - Not covered")),
                    line(710, (900, "Date Code Billed Allowed Paid You owe Code")),
                    line(780, (900, "02/17/2031 17106 $971.00 $0.00 $0.00 $971.00 CX2")),
                    line(850, (900, "CX2: Cosmetic services are not covered by your plan.")))
    assert got["member_name"] == "Ana Q. Sample"
    assert got["member_id"] == "QX55120784"


def test_a_patient_label_printed_for_each_claim_still_names_only_the_denied_claims_patient():
    got = fields_of(line(100, (100, "Example Health Plan - Explanation of Benefits")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "Claim 82800011122 - Paid")),
                    line(310, (100, "Patient: Ana Q. Sample")),
                    line(380, (100, "01/23/2031 99204 $247.00 $172.90 $137.90 $35.00")),
                    line(450, (100, "Claim 75100044433 - Not covered")),
                    line(520, (100, "Patient: Leo R. Sample")),
                    line(590, (100, "02/17/2031 17106 $971.00 $0.00 $0.00 $971.00 CX2")),
                    line(660, (100, "CX2: Cosmetic services are not covered by your plan.")))
    assert got["member_name"] == "Leo R. Sample"


def test_a_statements_credit_row_is_no_second_charge():
    got = fields_of(line(100, (100, "Example Orthotics PATIENT STATEMENT")),
                    line(170, (100, "Patient: Ana Q. Sample")),
                    line(240, (100, "Date"), (400, "Code"), (700, "Description"), (1900, "Charge")),
                    line(310, (100, "2031-03-28"), (400, "L0637"), (700, "Lumbar-sacral orthosis"), (1900, "$1,593.50")),
                    line(380, (100, "2031-05-08"), (700, "Transferred to Example Medical Center"), (1900, "-$1,593.50")))
    assert got["claim_amount"] == "1593.50"


def test_a_header_band_over_its_one_row_set_well_below_it():
    got = fields_of(line(100, (240, "Example Health Plan")),
                    line(500, (240, "Date"), (600, "Member"), (1190, "Member ID"), (1610, "Group"), (1940, "Reference")),
                    line(613, (240, "02-MAY-2031"), (600, "Ana Q. Sample"), (1190, "PMH56020000"), (1610, "G63400"),
                         (1940, "SP-58400")),
                    line(700, (240, "We have approved your enrollment.")))
    assert (got["member_name"], got["member_id"], got["group_number"]) == ("Ana Q. Sample", "PMH56020000", "G63400")
    assert got["case_numbers"] == ["SP-58400"]


def test_a_slash_joined_label_takes_each_value_from_the_cell_beside_it():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Patient / ID"), (700, "Ana Q. Sample / QX55120784")))
    assert (got["member_name"], got["member_id"]) == ("Ana Q. Sample", "QX55120784")


def test_a_header_row_of_slash_joined_headers_pairs_nothing_across():
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "Farmacia / fecha"), (700, "Cant./días"), (1100, "Costo total")),
                    line(310, (100, "Farmacia Comunitaria 05/03/31"), (700, "30 / 30"), (1100, "122.00")))
    assert got.get("provider") != "Cant."


def test_hours_round_the_clock_are_no_plan_id():
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "Plan"), (700, "24/7")))
    assert got.get("plan_id") is None


@pytest.mark.parametrize("label", ["N.2 de miembro:", "N.º de miembro:", "Nro. de miembro:", "Member:"])
def test_the_members_number_under_a_short_or_misread_label(label):
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, f"{label} CHA-41830000")))
    assert got["member_id"] == "CHA-41830000"


def test_a_provider_notices_title_names_no_provider():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Example Ridge Ambulance Service")),
                    line(240, (100, "1400 Firehouse Lane")), line(310, (100, "Oldbridge, PA 17842")),
                    line(380, (100, "PROVIDER NOTICE - CLAIM DENIED AFTER CLINICAL REVIEW")),
                    line(450, (100, "Member ID: QX5512078")))
    assert got.get("provider") != "CLAIM DENIED AFTER CLINICAL REVIEW"


@pytest.mark.parametrize("text", ["Member IC: QFH94935000", "Member 4: QFH94935000",
                                  "Your request is approved; member QFH94935000 may fill it now."])
def test_a_bare_member_word_with_ocr_slips_before_the_number(text):
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, text)))
    assert got["member_id"] == "QFH94935000"


@pytest.mark.parametrize("text", ["Office visit, established patient G47.33 CPT 99213 1 $162.50",
                                  "Patient Ana Q. Sample, account 9714059, seen for an office visit"])
def test_a_bare_patient_word_before_a_code_or_another_number_names_no_member_id(text):
    got = fields_of(line(100, (100, "Example Surgery Center - Good Faith Estimate")), line(170, (100, text)))
    assert got.get("member_id") is None
