"""Reading rules from session 39 (round DL), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines


def _head() -> list:
    return [line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Statement date: May 4, 2031"))]


# --- providers ---------------------------------------------------------------------------------------------------

def test_a_hospital_named_for_a_port_town_is_no_po_box():
    """'Hospital: Port Example General Hospital': 'Port' is no 'P-O' before an address word ('RT'); the name is
    the hospital's."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Hospital: Port Example General Hospital")))
    assert got["provider"] == "Port Example General Hospital"


def test_a_bracket_closing_with_the_colon_qualifies_the_label():
    """'Proveedor (doula): Example Birth Doula Group': the bracket says which provider; the colon after it ends
    the label."""
    got = fields_of(*_head(), line(200, (100, "Numero de reclamo: QX31000123")),
                    line(260, (100, "Proveedor (doula): Example Birth Doula Group")))
    assert got["provider"] == "Example Birth Doula Group"


def test_a_spanish_role_after_its_noun_labels_the_provider():
    """'Medico tratante:', 'Medico recetante:': Spanish puts the role after the noun; the label still names the
    doctor who treated or prescribed."""
    got = fields_of(*_head(), line(200, (100, "ID de miembro: QX31000123")),
                    line(260, (100, "Medico tratante: Ana B. Example (NPI 3100000001)")))
    assert got["provider"] == "Ana B. Example"


def test_a_doctor_of_the_named_hospital_is_the_doctor():
    """'the request from Dr. Ana B. Example of the Example Children's Hospital': the doctor named first, not a
    name running on into 'of the'."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "We reviewed the request from Dr. Ana B. Example of the Example Children's")),
                    line(300, (100, "Hospital for a test. The request is not medically necessary.")))
    assert got["provider"] == "Dr. Ana B. Example"


def test_a_member_letter_copied_to_the_clinic_names_the_clinic():
    """'cc: Example Valley Internal Medicine' at the foot of a letter to the member that names no provider
    elsewhere: the copy went to the practice that gave the care."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(220, (100, "Dear Ana B. Example:")),
                    line(280, (100, "We cannot pay for the visit. It is not covered by your plan.")),
                    line(900, (100, "cc: Example Valley Internal Medicine")))
    assert got["provider"] == "Example Valley Internal Medicine"


def test_a_copy_to_the_members_representative_names_no_provider():
    """A person on the 'cc:' line is no care provider (a guard, passing before this rule too: only a clinic's,
    hospital's or practice's name there is taken)."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(280, (100, "We cannot pay for the visit. It is not covered by your plan.")),
                    line(900, (100, "cc: Quinn R. Example, authorized representative")))
    assert got.get("provider") is None


# --- service dates -----------------------------------------------------------------------------------------------

def test_a_drug_filled_on_a_day_was_served_that_day():
    """'a compounded cream filled Apr 4, 2031': the fill is the day of service of a drug."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "We denied claim QX7310042 for a compounded pain cream filled Apr 4, 2031.")))
    assert got["service_dates"] == ["2031-04-04"]


def test_a_purchase_told_in_spanish_is_the_day_of_service():
    """'que usted compro el 19 de febrero de 2031': the day the member bought the item."""
    got = fields_of(*_head(), line(200, (100, "ID de miembro: QX31000123")),
                    line(260, (100, "No podemos pagar el aerosol que usted compro el 19 de febrero de 2031 en la farmacia.")))
    assert got["service_dates"] == ["2031-02-19"]


def test_a_claims_tables_date_column_outweighs_a_delivery_date_label():
    """'Delivery date: 2031-01-08' (a birth, on a doula's claim) above a claims table whose 'Date' column dates
    each visit: the table's rows are the days of the care billed."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Delivery date:"), (600, "2031-01-08")),
                    line(320, (100, "Date"), (500, "Code"), (700, "Service"), (1300, "Billed"), (1600, "Plan paid")),
                    line(380, (100, "2031-03-05"), (500, "T1099"), (700, "Doula visit"), (1300, "$137.00"), (1600, "$0.00")),
                    line(440, (100, "2031-03-17"), (500, "T1099"), (700, "Doula visit"), (1300, "$137.00"), (1600, "$0.00")))
    assert got["service_dates"] == ["2031-03-05", "2031-03-17"]


# --- case numbers ------------------------------------------------------------------------------------------------

def test_a_street_in_capitals_under_a_caption_is_no_case_number():
    """'31 EXAMPLE DR' under the mailing label's name: an address in capitals, no number of the case."""
    got = fields_of(line(40, (100, "Example Summary Notice")), line(100, (100, "Notice date: May 4, 2031")),
                    line(160, (100, "Claims processed:")),
                    line(220, (100, "ANA B. EXAMPLE")),
                    line(280, (100, "3107 EXAMPLE DR")),
                    line(340, (100, "Claim number: 31-0000-000-042")))
    assert got["case_numbers"] == ["31-0000-000-042"]


def test_five_digits_printed_as_a_code_elsewhere_are_no_case_number():
    """'no authorization was requested for 31997': the same five digits open a service line ('31997 Example
    repair ...'), so they are the procedure's code, not the request's number."""
    got = fields_of(*_head(), line(200, (100, "Claim 31000000042 - service date 4/29/2031")),
                    line(260, (100, "31997 Example repair $913.00 $0.00")),
                    line(320, (100, "The approval on file covers 31886 only; no authorization was requested for"
                                    " 31997 or for the second step.")))
    assert got["case_numbers"] == ["31000000042"]


def test_a_claim_billed_separately_is_no_case_number_of_this_notice():
    """'the doctor bills separately (claim QX31000999)': another claim named in passing."""
    got = fields_of(*_head(), line(200, (100, "Claim number: QX31000111")),
                    line(260, (100, "We denied the facility fee. The emergency doctor bills on a separate claim "
                                    "(QX31000999).")))
    assert got["case_numbers"] == ["QX31000111"]


# --- the notice's date -------------------------------------------------------------------------------------------

def test_a_title_in_capitals_with_its_date_after_a_dash_dates_the_notice():
    """'NOTICE OF CLAIM DECISION - MARCH 18, 2031' and no 'Date:' line: the title carries the notice's date."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")),
                    line(100, (100, "TREATMENT AUTHORIZATION DECISION - MARCH 18, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(220, (100, "We did not approve the request. It is not medically necessary.")))
    assert got["denial_date"] == "2031-03-18"


def test_a_decision_dated_a_day_is_the_notices_date():
    """'Decision dated May 11, 2031' under 'APPEAL DECISION': the line dates the notice."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "APPEAL DECISION")),
                    line(160, (100, "Decision dated May 11, 2031")), line(220, (100, "Member ID: QX31000123")),
                    line(280, (100, "We upheld the denial. The care is not medically necessary.")))
    assert got["denial_date"] == "2031-05-11"


def test_a_title_naming_the_service_dates_is_no_notice_date():
    """'SERVICE DATES - MARCH 4, 2031' names the care's day, not the notice's (a guard on title dates, passing
    before the rule too)."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")),
                    line(100, (100, "SERVICE DATES - MARCH 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")))
    assert got.get("denial_date") is None


# --- amounts -----------------------------------------------------------------------------------------------------

def test_a_balance_row_after_a_speck_is_no_charge():
    """'a Balance due 733.00 300.00 433.00': a speck OCR read before the statement's balance row; the row repeats
    the charges above it, so it is never summed with them."""
    got = fields_of(line(40, (100, "Example Pediatric Therapy")), line(100, (100, "Statement date: 05/17/2031")),
                    line(160, (100, "Account: QX-310042")),
                    line(220, (100, "Date"), (400, "Code"), (600, "Service"), (1200, "Charge"), (1500, "Paid"),
                         (1800, "You owe")),
                    line(280, (100, "03/03/2031"), (400, "97110"), (600, "Exercise"), (1200, "300.00"), (1500, "300.00"),
                         (1800, "0.00")),
                    line(340, (100, "04/08/2031"), (400, "92507"), (600, "Speech"), (1200, "433.00"), (1500, "DENIED"),
                         (1800, "433.00")),
                    line(400, (100, "a Balance due"), (1200, "733.00"), (1500, "300.00"), (1800, "433.00")))
    assert got["claim_amount"] == "733.00"


# --- denial types ------------------------------------------------------------------------------------------------

def test_services_excluded_under_the_plan_in_a_remark_are_a_denial_not_covered():
    """A reimbursement table with remark codes and 'X22 - Services of example therapists are excluded under your
    plan': the plan refused them as outside its coverage."""
    got = _classify_lines("Example Ridge Health Plan", "Member Reimbursement Determination",
                          "Service date Code Description Charged We pay Note",
                          "Mar 12, 2031 99204 New patient visit $237.00 $0.00 X22",
                          "X22 - Services of example therapists are excluded under your plan (Evidence of Coverage).",
                          "If you disagree, send a written appeal within 180 days of the date of this notice.")
    assert got.denial_type == "not_covered"


def test_a_line_denied_as_cosmetic_is_not_covered():
    got = _classify_lines("Example Ridge Health Plan", "Explanation of Benefits",
                          "Date Service Billed Paid Note", "04/02/2031 Example repair $3,170.00 $0.00 C4",
                          "C4 Denied as cosmetic.", "You may appeal within 180 days.")
    assert got.denial_type == "not_covered"


def test_records_that_dont_show_the_need_are_a_medical_judgement():
    """'The records your supplier sent don't show that you used it': a contraction, words between."""
    got = _classify_lines("Example Ridge Health Plan", "May 4, 2031", "Dear Ana B. Example:",
                          "We denied more months of the device. The records your supplier sent don't show that you "
                          "used it often enough.", "You may appeal within 60 days.")
    assert got.denial_type == "medical_necessity"


def test_a_criterion_not_met_in_a_reviewers_rationale_is_a_medical_judgement():
    got = _classify_lines("Example Ridge Health Plan", "May 4, 2031", "Dear Ana B. Example:",
                          "We did not approve the surgery. Rationale: conservative care criterion not met.",
                          "You may appeal within 60 days.")
    assert got.denial_type == "medical_necessity"


# --- lettered boxes on a faxed form ------------------------------------------------------------------------------

def _lettered_form() -> list:
    return [line(40, (100, "Example Ridge Health Plan")),
            line(100, (100, "PROVIDER CLAIM NOTICE")),
            line(200, (175, "A. Notice date"), (540, "B. Claim number"), (1010, "C. Billing NPI")),
            line(250, (168, "04/07/2031"), (560, "31000000042"), (1030, "3100000001")),
            line(330, (183, "G, Patient"), (1105, "I, Subscriber"), (2168, "K. Group")),
            line(372, (774, "H. Patient birth date")),
            line(420, (164, "Ana B. Example"), (760, "03/14/2029"), (1090, "Quinn R. Example"), (2150, "31-4000-A")),
            line(500, (100, "This care may be covered by another payer. The claim is denied until we hear from the subscriber."))]


def test_a_lettered_boxs_value_is_under_its_caption_not_the_next_caption():
    """'G, Patient   I, Subscriber   K. Group' over a second caption row and the values: the patient is the name
    under 'Patient', never the garbled caption beside it, and the group the value under 'Group'."""
    got = fields_of(*_lettered_form())
    assert got["member_name"] == "Ana B. Example"
    assert got["group_number"] == "31-4000-A"


def test_lettered_boxes_give_the_claim_number_under_its_caption():
    got = fields_of(*_lettered_form())
    assert got["case_numbers"] == ["31000000042"]


def test_a_yearly_count_already_paid_is_a_limit_of_the_coverage():
    got = _classify_lines("Example Ridge Health Plan", "May 4, 2031", "Dear Ana B. Example:",
                          "We cannot pay for the 30 units of extract mixed for you on 03/12/2031. Your plan covers up "
                          "to 120 units each plan year, and 120 units have already been paid this plan year.",
                          "If you disagree, you may appeal within 180 days of the date of this letter.")
    assert got.denial_type == "not_covered"


def test_a_condition_not_on_the_programs_certified_list_is_not_covered():
    """'La diabetes no es una de sus afecciones certificadas': a program that pays only for certified conditions."""
    got = _classify_lines("Example Health Program", "4 de mayo de 2031", "Estimado(a) Ana B. Example:",
                          "La visita de esta fecha fue para la diabetes. La diabetes no es una de sus afecciones "
                          "certificadas. Por eso el Programa no puede pagar este reclamo.",
                          "Puede apelar esta decision dentro de los 60 dias a partir de la fecha de esta carta.")
    assert got.denial_type == "not_covered"


def test_a_claims_administrator_on_the_copy_line_is_no_provider():
    """'cc: Example Claims Services, Inc.; Example Valley Hospital, Business Office': the payer's claims handler
    is copied as a party; the hospital (without its office) gave the care."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(280, (100, "We cannot pay for the stay. It is not covered by your plan.")),
                    line(900, (100, "cc: Example Claims Services, Inc.; Example Valley Hospital, Business Office")))
    assert got["provider"] == "Example Valley Hospital"


def test_an_id_printed_a_character_to_a_box_is_one_value():
    """'Member ID' over 'Q X 3 1 - 0 0 4 2' (one character per box, each read as a word): one ID, however many
    words; the request number in the boxes beside it is the case's."""
    got = fields_of(line(40, (100, "Example Health Program")), line(100, (100, "DECISION - MAY 4, 2031")),
                    line(200, (248, "Member ID"), (874, "Request number")),
                    line(250, (248, "Q X 3 1 - 0 0 4 2 7 7"), (877, "R A - 3 1 - 9 9 0 4 2")),
                    line(320, (100, "We did not approve the request. It is not medically necessary.")))
    assert got["member_id"] == "QX31-004277"
    assert got["case_numbers"] == ["RA-31-99042"]


# --- notices on Original Medicare's own forms --------------------------------------------------------------------

def test_an_abn_under_a_labs_letterhead_is_about_medicare():
    """An Advance Beneficiary Notice printed under the lab's letterhead: the coverage it is about is Medicare's,
    so Medicare is the insurer; the lab is the provider."""
    got = fields_of(line(40, (100, "Example Valley Clinical Laboratories")),
                    line(90, (100, "310 Example Road, Exampleton, ST 00000")),
                    line(160, (100, "Advance Beneficiary Notice of Noncoverage (ABN)")),
                    line(240, (100, "Patient Name: Ana B. Example")),
                    line(300, (100, "NOTE: If Medicare doesn't pay for the test below, you may have to pay.")))
    assert got["insurer"] == "Medicare"
    assert got["provider"] == "Example Valley Clinical Laboratories"


def test_a_home_health_change_of_care_notice_names_the_agency_as_provider():
    """The agency's letterhead over the Home Health Change of Care Notice: Medicare's coverage, the agency's
    care."""
    got = fields_of(line(40, (100, "Example Visiting Nurse Service")),
                    line(90, (100, "310 Example Lane, Exampleton, ST 00000")),
                    line(160, (100, "Home Health Change of Care Notice")),
                    line(240, (100, "Patient name: Ana B. Example")),
                    line(300, (100, "Your home health care is changing. We will stop the nursing visits.")))
    assert got["insurer"] == "Medicare"
    assert got["provider"] == "Example Visiting Nurse Service"


# --- the member named under a 'For' caption ----------------------------------------------------------------------

def test_the_name_under_a_notice_for_caption_is_the_members():
    """A header band 'NOTICE FOR   MEDICARE NUMBER   DATE OF THIS NOTICE' over its values: the name under
    'NOTICE FOR' is whose claims these are."""
    got = fields_of(line(40, (239, "Example Summary Notice")),
                    line(120, (239, "NOTICE FOR"), (853, "MEMBER NUMBER"), (1349, "DATE OF THIS NOTICE")),
                    line(170, (239, "Ana B. Example"), (853, "QX31000123"), (1349, "June 13, 2031")))
    assert got["member_name"] == "Ana B. Example"


def test_a_statement_headed_for_a_person_names_the_member():
    """'For Ana B. Example' under the statement's date, before the member number: whose benefits these are."""
    got = fields_of(line(40, (100, "Example Cooperative Health")), line(100, (100, "Date issued 15 APR 2031")),
                    line(160, (100, "For Ana B. Example")), line(220, (100, "Member number QX31000123")))
    assert got["member_name"] == "Ana B. Example"


def test_an_abns_estimated_cost_is_no_claim_amount():
    """'Items  Reason Medicare may not pay  Estimated Cost' on an ABN: an estimate given before the care,
    nothing billed yet; the paper has no claim amount."""
    got = fields_of(line(40, (100, "Example Valley Medical Supply")),
                    line(100, (100, "Advance Beneficiary Notice of Noncoverage (ABN)")),
                    line(160, (100, "Patient Name:"), (600, "Ana B. Example")),
                    line(240, (100, "Items or services"), (900, "Reason Medicare May Not Pay"), (1800, "Estimated Cost")),
                    line(290, (100, "Deluxe cushion"), (900, "Not usually covered"), (1800, "$413.00")))
    assert got.get("claim_amount") is None


def test_a_summary_notice_for_part_a_names_no_member():
    """'Medicare Summary Notice' over 'for Part A (Hospital Insurance)': the part of the program, not a person
    (a guard on the bare 'For' heading; passing before that rule too)."""
    got = fields_of(line(40, (224, "Medicare Summary Notice")), line(90, (224, "for Part A (Hospital Insurance)")),
                    line(200, (224, "ANA B. EXAMPLE")), line(240, (224, "310 EXAMPLE AVE")),
                    line(280, (224, "EXAMPLETON GA 00000")), line(400, (224, "Notice for Ana B. Example")))
    assert got["member_name"] == "Ana B. Example"


def test_a_notice_title_naming_the_coverage_still_dates_the_notice():
    """'NOTICE OF DENIAL OF MEDICAL COVERAGE - MARCH 9, 2031': a paper's title (its 'notice'), whatever care or
    coverage word it names."""
    got = fields_of(line(40, (100, "Example Heron Health Plan")),
                    line(100, (100, "NOTICE OF DENIAL OF MEDICAL COVERAGE - MARCH 9, 2031")),
                    line(160, (100, "Member number: QX31000123")),
                    line(220, (100, "We have denied coverage of the meals you asked for.")))
    assert got["denial_date"] == "2031-03-09"


def test_a_date_in_words_and_again_in_figures_is_one_date():
    """'April 14th, 2031 (04/14/2031)' alone on its line near the top: the letter's date, printed twice."""
    got = fields_of(line(40, (100, "Example Harbor Dental Group")),
                    line(100, (100, "April 14th, 2031 (04/14/2031)")),
                    line(160, (100, "Example Dental Benefits")),
                    line(220, (100, "Re: Ana B. Example, Subscriber ID QX31000123")))
    assert got["denial_date"] == "2031-04-14"


def test_a_procedure_code_with_its_modifier_is_no_case_number():
    """'31097-59' on the practice's appeal: a therapy code and its distinct-service modifier, not a claim's
    number."""
    got = fields_of(*_head(), line(200, (100, "Claim number: QX31000042")),
                    line(260, (100, "Our biller left off modifier 59. A corrected claim with")),
                    line(300, (100, "31097-59 is enclosed.")))
    assert got["case_numbers"] == ["QX31000042"]


def test_a_tables_header_row_is_no_provider():
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Provider:"), (600, "Date of service Patient CPT Line")))
    assert got.get("provider") is None


def test_earlier_claims_listed_in_the_reason_are_no_case_numbers():
    """'Your earlier cleanings in the last 12 months: claim A (date) and claim B (date).': the claims that used up
    the limit, not the one this statement denies."""
    got = fields_of(*_head(), line(200, (100, "Subscriber ID: QX31000123")),
                    line(260, (100, "Claim"), (400, "Date"), (600, "CDT"), (800, "Service"), (1300, "Charged"),
                         (1600, "Plan paid"), (1900, "You owe"), (2200, "Rmk")),
                    line(330, (100, "31000000042"), (400, "04/16/2031"), (600, "D1110"), (800, "Cleaning"),
                         (1300, "$104.00"), (1600, "$0.00"), (1900, "$104.00"), (2200, "F12")),
                    line(360, (100, "F12 Cleanings are limited to 2 in any 12 months. Your earlier cleanings in the last 12 "
                                    "months: claim 31000000007 (06/11/2030) and claim 31000000009 (11/02/2030).")))
    assert got["case_numbers"] == ["31000000042"]


def test_a_doctor_first_on_the_copy_line_is_the_provider():
    """'cc: Ana B. Example, MD; Example Monitoring, LLC': the credentialed doctor the copy went to, before the
    company named after (a guard on the copy-line rule; the doctor named elsewhere was found before it too)."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Member ID: QX31000123")),
                    line(280, (100, "We cannot approve the monitoring. It is not medically necessary.")),
                    line(900, (100, "cc: Ana B. Example, MD; Example Cardiac Monitoring, LLC")))
    assert got["provider"] == "Ana B. Example"


def test_a_claim_forms_lettered_sub_columns_are_no_box_captions():
    """'24A. Date of service  B. POS  D. CPT  F. Charges' on a claim form: the letters split box 24 into columns
    (each line's charge), and '28. TOTAL CHARGE' still gives the claim's amount (a guard on lettered box captions,
    passing before that rule too)."""
    got = fields_of(line(40, (100, "HEALTH INSURANCE CLAIM FORM")),
                    line(100, (100, "1A. INSURED'S ID NUMBER")), line(140, (100, "QX31000123")),
                    line(220, (100, "24A. Date of service"), (600, "B. POS"), (800, "D. CPT/HCPCS"), (1200, "F. Charges")),
                    line(260, (100, "05/11/2031"), (600, "11"), (800, "92072"), (1200, "391.00")),
                    line(300, (100, "05/11/2031"), (600, "11"), (800, "V2531"), (1200, "719.00")),
                    line(380, (100, "26. PATIENT ACCOUNT NO."), (800, "28. TOTAL CHARGE"), (1200, "29. AMOUNT PAID")),
                    line(420, (100, "QX-2452"), (800, "1,110.00"), (1200, "0.00")))
    assert got["claim_amount"] == "1110.00"


# --- label wordings from round DM ---------------------------------------------------------------------------------

def test_a_spanish_supplier_label_names_the_provider():
    got = fields_of(*_head(), line(200, (100, "ID de miembro: QX31000123")),
                    line(260, (100, "Suministrador: Example Medical Supply, LLC")))
    assert got["provider"] == "Example Medical Supply, LLC"


def test_the_date_of_care_in_spanish_is_the_service_date():
    """'Fecha de atencion' (the day the member was seen) labels the service date."""
    got = fields_of(*_head(), line(200, (100, "ID de miembro: QX31000123")),
                    line(260, (100, "Fecha de atención: 23 de marzo de 2031")))
    assert got["service_dates"] == ["2031-03-23"]


# --- denial types from round DM -----------------------------------------------------------------------------------

def test_coverage_that_had_not_started_is_an_eligibility_denial():
    got = _classify_lines("Example Ridge Health Plan", "May 4, 2031", "Dear Ana B. Example:",
                          "We cannot pay this claim. Your coverage had not started on the date you got this care.",
                          "If you disagree, you may appeal within 60 days of the date of this letter.")
    assert got.denial_type == "eligibility"


def test_a_visit_billed_at_one_level_and_paid_at_another_is_a_coding_denial():
    got = _classify_lines("Example Ridge Health Plan", "Explanation of Benefits", "This is not a bill.",
                          "Date Service Billed Allowed Paid Note",
                          "03/02/2031 Emergency visit $1,310.00 $620.00 $540.00 R5",
                          "R5 The visit was billed as level 5. The claim fits a level 3 visit, so the facility was paid "
                          "at the level 3 rate.", "You may appeal within 180 days.")
    assert got.denial_type == "coding_error"


def test_the_same_service_again_on_the_same_day_is_a_duplicate():
    """'A second complete scan on the same day is a duplicate unless it is billed with modifier 76': the
    duplicate decides the type, not the modifier named as the way out."""
    got = _classify_lines("Example Ridge Health Plan", "Explanation of Benefits", "This is not a bill.",
                          "Date Service Billed Paid Note", "03/02/2031 Pelvic ultrasound $410.00 $0.00 D7",
                          "D7 A second complete scan on the same day is a duplicate unless it is billed with modifier 76 "
                          "(repeat procedure).",
                          "You may appeal within 180 days.")
    assert got.denial_type == "other"
