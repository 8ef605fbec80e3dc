"""Reading rules from rounds AV and AW at first sight, each a general one: an item's day (delivery,
purchase), who sold or tested (a supplier, a seller, a laboratory), a frequency limit, a visit paid as
another code, a refused reimbursement, and a corrected-claim sentence that is also an appeal's (no OCR for
the fields; classification on words placed as OCR would place them; invented values)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from intake.extract.ids import find_ids
from tests.test_classify import APPEAL_RIGHTS, doc_of
from tests.test_kv import fields_of, line


def test_a_requested_delivery_date_is_the_items_service_date():
    got = fields_of(line(100, (100, "Member ID"), (700, "QX5512078")),
                    line(170, (100, "Item requested"), (700, "E0260 Semi-electric hospital bed")),
                    line(240, (100, "Request received"), (700, "04/02/2031")),
                    line(310, (100, "Requested delivery date"), (700, "04/20/2031")),
                    line(400, (100, "We denied the request: the records do not show it is needed.")))
    assert got["service_dates"] == ["2031-04-20"]


def test_a_purchase_date_dates_a_reimbursement_claim_in_english_and_spanish():
    for label, day in (("Purchase date:", "03/14/2031"), ("Fecha de compra:", "14/03/2031")):
        got = fields_of(line(100, (100, "Member ID: QX5512078")),
                        line(170, (100, f"{label} {day}")),
                        line(240, (100, "Amount on receipt: $537.18")))
        assert got["service_dates"] == ["2031-03-14"], label


def test_a_maternity_claims_delivery_date_yields_to_the_visit_dates_billed():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Visit dates billed:"), (700, "08-Sep-2030, 28-Dec-2030")),
                    line(240, (100, "Delivery date:"), (700, "19-Mar-2031")))
    assert got["service_dates"] == ["2030-09-08", "2030-12-28"]


def test_a_supplier_a_seller_and_a_laboratory_name_the_provider_not_the_prescriber():
    for label, org in (("Suplidor:", "Example Cranial Prosthetics"), ("Seller:", "Example Hair Studio LLC")):
        got = fields_of(line(100, (100, "Member ID: QX5512078")),
                        line(170, (100, f"{label} {org}")),
                        line(240, (100, "Prescribed by Dr. Ana B. Ortiz, MD")),
                        line(310, (100, "Purchase date: 03/14/2031")))
        assert got["provider"] == org, label
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "CLAIM NUMBER"), (900, "LABORATORY"), (1800, "RECEIVED")),
                    line(160, (100, "B0814558316"), (900, "Example Ridge Toxicology Lab"), (1800, "03/01/2031")),
                    line(240, (100, "Ordered by Dr. Ana B. Ortiz, Example Recovery Program")))
    assert got["provider"] == "Example Ridge Toxicology Lab"


def test_a_laboratory_row_of_a_services_table_names_no_provider():
    got = fields_of(line(40, (100, "Example Veterans Health Plan")),
                    line(100, (100, "TREATING FACILITY")),
                    line(160, (100, "Example General Hospital")),
                    line(260, (100, "Laboratory"), (900, "$584.20 Approved")),
                    line(320, (100, "CT scan"), (900, "$1,210.00 Denied")))
    assert got["provider"] == "Example General Hospital"


def test_a_pharmacy_benefit_managers_unit_is_no_provider():
    got = fields_of(line(100, (100, "Pharmacy benefit manager - Coverage Determinations Unit")),
                    line(200, (100, "Member ID"), (700, "QX5512078")),
                    line(270, (100, "Prescriber"), (700, "Dr. Ana B. Ortiz, MD")))
    assert got["provider"] == "Dr. Ana B. Ortiz"


def test_a_sentence_leading_into_a_claims_table_is_not_its_header():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Example Advantage has denied payment for the items listed below that")),
                    line(230, (100, "you received from Example Medical Laboratory:")),
                    line(300, (100, "Claim #"), (600, "Service date"), (1000, "Description"), (1600, "Billed")),
                    line(360, (100, "2509C7700001"), (600, "2031-01-19"), (1000, "Molecular test"), (1600, "1,081.37")))
    assert got["case_numbers"] == ["2509C7700001"]
    assert got["claim_amount"] == "1081.37"


def test_an_appeal_deadline_shared_with_corrected_claims_counts_and_a_corrected_claims_alone_does_not():
    shared = "Corrected claims and reconsideration requests must be received within 120 days of the date of this remittance."
    alone = "Send a corrected claim with the visit note within 90 days of the date of this letter."
    for sentence, want in ((shared, "2031-06-29"), (alone, None)):
        got = fields_of(line(100, (100, "Date: 03/01/2031")), line(170, (100, "Member ID: QX5512078")),
                        line(240, (100, sentence)))
        assert got.get("appeal_deadline") == want, sentence


def test_a_medicare_number_whose_j_ocr_read_as_two_brackets():
    assert [t for t, _, _ in find_ids("Medicare Number: 5TK2)] 48RN63")] == ["5TK2J48RN63"]


@pytest.mark.parametrize("body,doc_type,denial", [
    pytest.param(["We denied the line for D4342.",
                  "F24: Benefits for scaling and root planing are limited to once per quadrant every 24 months."],
                 "denial_letter", "not_covered", id="frequency-per-quadrant"),
    pytest.param(["We denied the line for D4910.",
                  "Periodontal maintenance is covered twice per calendar year. Maintenance was already paid."],
                 "denial_letter", "not_covered", id="frequency-per-year"),
    pytest.param(["We denied the claim. No pocket depth charting was received, so the service is not shown to be",
                  "necessary."], "denial_letter", "medical_necessity", id="not-shown-necessary"),
    pytest.param(["Notice of claim adjustment. Billed 99204. Processed as 99214.",
                  "We therefore changed 99204 to 99214 because the patient was seen in the group before."],
                 "denial_letter", "coding_error", id="paid-as-another-code"),
    pytest.param(["Response to your request for reimbursement.", "We cannot reimburse this purchase. The plan document",
                  "excludes wigs except after chemotherapy."], "denial_letter", "not_covered", id="reimbursement"),
    pytest.param(["Example Supply billed us for 30 infusion sets. We allowed 15 sets and the cartridges, and denied",
                  "the other 15 sets because they are over the quantity your plan allows."],
                 "denial_letter", "not_covered", id="allowed-part-denied-the-rest"),
    pytest.param(["We denied this claim; no benefits are left for wigs until the new plan year begins."],
                 "denial_letter", "not_covered", id="no-benefits-left"),
    pytest.param(["Medicare did not pay for these days because you reached the 190-day lifetime limit on inpatient",
                  "care in a psychiatric hospital. These charges are not covered by your policy and we did not pay them."],
                 "denial_letter", "not_covered", id="lifetime-limit-reached"),
    pytest.param(["Hemos denegado la siguiente parte de la solicitud: el lente torico.",
                  "La mejora y las mediciones son opciones que usted elige y no estan cubiertas por su plan."],
                 "denial_letter", "not_covered", id="spanish-plural-not-covered"),
    pytest.param(["Explanation of benefits. D1 - Denied - site of service. The study may be done at a freestanding lab."],
                 "eob", "level_of_care", id="denied-site-of-service"),
])
def test_classify_item_and_frequency_denials(body, doc_type, denial, rules):
    got = classify(doc_of(*body, *APPEAL_RIGHTS), rules)
    assert (got.document_type, got.denial_type) == (doc_type, denial)


def test_two_ocr_slips_in_a_short_word_make_another_word_not_a_misread(rules):
    """The OCR-tolerant pass allows one slip below nine letters: 'self-funded' is not 'bundled'."""
    from intake.nlp import fuzzy_tokens
    import spacy

    tok = spacy.blank("en").tokenizer
    assert fuzzy_tokens(tok, "bundled") == [{"LOWER": {"FUZZY1": "bundled"}}]
    assert fuzzy_tokens(tok, "not necessary") == [{"LOWER": "not"}, {"LOWER": {"FUZZY2": "necessary"}}]
    got = classify(doc_of("We denied the claim: the plan pays only the reference price.",
                          "Because your plan is self-funded, external review may be available.", *APPEAL_RIGHTS), rules)
    assert got.document_type == "denial_letter" and got.denial_type != "coding_error"


def test_a_rental_period_billed_dates_the_rental_month():
    got = fields_of(line(100, (100, "Claim control number (ICN): 29541600000011")),
                    line(160, (100, "Supplier: Example Home Medical Equipment")),
                    line(220, (100, "Rental period billed: 2031-05-18 to 2031-06-16")),
                    line(280, (100, "Amount billed: 1,137.60")))
    assert got["service_dates"] == ["2031-05-18/2031-06-16"]


def summary_claim(supplier: str) -> list:
    return [line(40, (100, "Medicare Summary Notice for Part B (Medical Insurance)")),
            line(100, (100, "Medicare Number 5TK2)] 48RN63")),
            line(300, (100, "Your Claims for Part B (Medical Insurance)")),
            line(360, (100, f"{supplier}, (555) 555-0142")),
            line(420, (100, "Ordered by Ana B. Ortiz, MD")),
            line(480, (100, "Service Date J] anuary 18,2031 Claim Number 49900000000011")),
            line(540, (100, "Hospital bed, semi-electric (E0260-RR) No $197.83 $0.00 $0.00 $0.00 B"))]


def test_a_summary_notice_claim_under_a_supplier_and_its_orderer():
    """The supplier's name and phone head the claim (OCR split a capital from its word); 'Ordered by' under
    it, without a colon, names who asked for the item; the Medicare number is no insurer's name."""
    got = fields_of(*summary_claim("Example Homecare E quipment"))
    assert got["provider"] == "Example Homecare Equipment"
    assert got["service_dates"] == ["2031-01-18"]
    assert got["member_id"] == "5TK2J48RN63"
    assert got["insurer"] == "Medicare"


def test_a_facility_that_requested_outweighs_a_dentist_named_beside_it():
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Facility (requesting): Example Children's Surgery Center NPI 1000000004")),
                    line(240, (100, "Pediatric dentist: Dr. Ana B. Ortiz, DDS NPI 1000000012")))
    assert got["provider"] == "Example Children's Surgery Center"


def test_a_dated_column_dates_its_row_when_the_next_table_has_a_denied_row():
    got = fields_of(line(40, (100, "STATE OF EXAMPLE")),
                    line(100, (100, "PA number: PA100000007")),
                    line(200, (100, "SERVICE"), (900, "UNITS"), (1400, "REQUESTED START DATE")),
                    line(250, (100, "E2510 Speech generating device"), (900, "1"), (1400, "2031-08-27")),
                    line(330, (100, "SPEECH-LANGUAGE PATHOLOGIST"), (900, "SLP NPI"), (1400, "DECISION")),
                    line(380, (100, "Ana B. Ortiz, MA, CCC-SLP"), (900, "1000000004"), (1400, "DENIED")))
    assert got["service_dates"] == ["2031-08-27"]


def test_a_call_to_schedule_with_the_medical_director_sets_no_appeal_deadline():
    got = fields_of(line(100, (100, "Date: April 1, 2031")), line(160, (100, "Member ID: QX5512078")),
                    line(220, (100, "Your doctor may discuss this decision with our medical director. To schedule, the")),
                    line(270, (100, "office should call 1-800-555-0100 by April 15, 2031.")),
                    line(340, (100, "You or your doctor may appeal within 180 days of the date of this letter.")))
    assert got["appeal_deadline"] == "2031-09-28"


def test_provider_names_ocr_and_print_dress_up():
    """A '(' OCR read as '\u00a1', a dash and the worker's role after a group's name, a label's word inside
    a name ('Birth'), and a remittance's payee."""
    for printed, want in (("Provider: Example Eye Associates \u00a1Dr. Ana B. Ortiz, MD)", "Example Eye Associates"),
                          ("Provider: Example Birth Doula Collective - doula Ana B. Ortiz, CD",
                           "Example Birth Doula Collective")):
        got = fields_of(line(40, (100, "Example Health Plan")), line(100, (100, "Member ID: QX5512078")),
                        line(170, (100, printed)))
        assert got["provider"] == want, printed
    got = fields_of(line(40, (100, "EXAMPLE RIDGE HEALTH PLAN")), line(100, (100, "PROVIDER REMITTANCE ADVICE")),
                    line(160, (100, "PAYEE: EXAMPLE INTEGRATIVE THERAPY CLINIC")),
                    line(220, (100, "PAYEE NPI: 1000000004 TAX ID: 00-0000001")))
    assert got["provider"] == "EXAMPLE INTEGRATIVE THERAPY CLINIC"


def test_a_remittance_whose_reason_codes_are_bare_numbers_under_a_codes_heading():
    got = fields_of(line(40, (100, "EXAMPLE RIDGE HEALTH PLAN")), line(100, (100, "PROVIDER REMITTANCE ADVICE")),
                    line(160, (100, "PATIENT: PARKS, LENA V MEMBER ID: QXH100000001 ICN: 7700000000011")),
                    line(220, (100, "SERV DATE CPT UNITS BILLED ALLOWED PAID CARC")),
                    line(270, (100, "12/20/2030 90912 1 168.43 77.31 77.31")),
                    line(320, (100, "CLAIM TOTAL 168.43 77.31 77.31")),
                    line(400, (100, "PATIENT: QUINTO, ANA R MEMBER ID: QXH100000002 ICN: 7700000000029")),
                    line(450, (100, "SERV DATE CPT UNITS BILLED ALLOWED PAID CARC")),
                    line(500, (100, "12/18/2030 90875 1 137.29 0.00 0.00 55")),
                    line(550, (100, "01/01/2031 90875 1 137.29 0.00 0.00 55")),
                    line(600, (100, "CLAIM TOTAL 274.58 0.00 0.00")),
                    line(680, (100, "ADJUSTMENT REASON CODES")),
                    line(730, (100, "55 - PROCEDURE IS DEEMED EXPERIMENTAL/INVESTIGATIONAL BY THE PAYER.")))
    assert got["member_id"] == "QXH100000002"
    assert got["case_numbers"] == ["7700000000029"]
    assert got["claim_amount"] == "274.58"
    assert got["service_dates"] == ["2030-12-18", "2031-01-01"]


def test_dates_whose_month_ocr_split_or_whose_comma_lost_its_space():
    from intake.extract.dates import find_dates

    assert [d.isoformat() for d, _, _ in find_dates("Date dispensed: 14-J an-2031")] == ["2031-01-14"]
    assert [d.isoformat() for d, _, _ in find_dates("Service Date J] anuary 18,2031")] == ["2031-01-18"]
    assert find_dates("pages 1,2031 and 3") == []


def test_a_dashed_medicare_number_whose_j_ocr_read_as_a_bracket_keeps_its_groups():
    assert [t for t, _, _ in find_ids("Medicare Number: 2] D7-UP4-RT51")] == ["2JD7-UP4-RT51"]


def test_a_member_number_label_whose_sign_ocr_read_as_a_two():
    got = fields_of(line(40, (100, "Example Salud")), line(100, (100, "N2 de miembro: QXH100000003")))
    assert got["member_id"] == "QXH100000003"


def test_a_peer_call_that_must_be_scheduled_by_a_date_sets_no_appeal_deadline():
    got = fields_of(line(100, (100, "Date: April 1, 2031")), line(160, (100, "Member ID: QX5512078")),
                    line(220, (100, "Your therapist may discuss this decision with the reviewer. The call must be")),
                    line(270, (100, "scheduled by 2031-04-15 at 1-800-555-0100.")),
                    line(340, (100, "You may appeal within 180 days of the date of this letter.")))
    assert got["appeal_deadline"] == "2031-09-28"


@pytest.mark.parametrize("text", ["Form CMS-1500 (02/12)", "UB-04CMS-1450", "Period 05/31/2031-06/21/2031",
                                  "Benefit month 2031-04", "Tracking 1Z9X4Q000000000017", "OMB 0938-0566"])
def test_form_numbers_date_spans_and_parcel_numbers_identify_nothing(text):
    assert find_ids(text) == []


def test_a_claim_number_that_opens_with_a_year_is_still_one():
    assert [t for t, _, _ in find_ids("Claim 2031-0412345")] == ["2031-0412345"]


def test_a_nursing_facility_admission_names_the_facility_and_its_approved_date_over_the_attending_doctor():
    got = fields_of(line(40, (100, "Example Medicare Advantage (HMO)")),
                    line(100, (100, "Member ID: QX5512078")),
                    line(160, (100, "Skilled nursing facility: Example Care Center")),
                    line(220, (100, "Approved admission date: 04/13/2031")),
                    line(280, (100, "Discharging hospital: Example Memorial Hospital")),
                    line(340, (100, "Attending physician: Dr. Ana B. Ortiz, MD")))
    assert got["provider"] == "Example Care Center"
    assert got["service_dates"] == ["2031-04-13"]


def test_a_statement_table_whose_claim_number_follows_the_visit_date_reads_the_denied_row():
    heads = ((100, "Visit date"), (420, "Claim number"), (800, "Billed by"), (1400, "Billed"), (1700, "Status"))
    rows = [("Mar 15, 2031", "95E600000001", "Example Virtual Care", "$195.00", "Paid"),
            ("Apr 12, 2031", "55A600000002", "Example Online Clinic", "$185.00", "Denied TL4"),
            ("Apr 26, 2031", "80D600000003", "Example Virtual Care", "$120.00", "Paid")]
    got = fields_of(line(40, (100, "Example Mutual Health Insurance Company")),
                    line(100, (100, "Member ID: QX5512078")), line(200, *heads),
                    *[line(260 + 60 * i, *zip((x for x, _ in heads), r)) for i, r in enumerate(rows)])
    assert got["case_numbers"] == ["55A600000002"]
    assert got["claim_amount"] == "185.00"
    assert got["provider"] == "Example Online Clinic"
    assert got["service_dates"] == ["2031-04-12"]


def test_a_summary_notice_addressed_the_notice_for_a_name_in_english_and_spanish():
    for lead in ("The Notice for", "El aviso para"):
        got = fields_of(line(40, (100, "Medicare Summary Notice")), line(100, (100, f"{lead} LENA V. PARKS")),
                        line(160, (100, "MEDICARE NUMBER"), (900, "DATE OF THIS NOTICE")),
                        line(210, (100, "2JD7-UP4-RT51"), (900, "03/03/2031")))
        assert got["member_name"] == "Lena V. Parks", lead


def test_a_totals_row_that_names_itself_after_its_figures_is_not_added_to_the_lines():
    heads = ((100, "Date of service"), (600, "Code"), (900, "Billed"), (1300, "Plan paid"), (1700, "You owe"))
    got = fields_of(line(40, (100, "Example Health Plan")), line(100, (100, "Member ID: QX5512078")),
                    line(200, *heads),
                    line(260, (100, "2031-03-21"), (600, "29881"), (900, "$2,417.36"), (1300, "$2,417.36"), (1700, "$0.00")),
                    line(320, (900, "$2,417.36"), (1300, "$2,417.36"), (1700, "$0.00 TOTAL")))
    assert got["claim_amount"] == "2417.36"


def test_a_practitioner_named_with_three_names_and_credentials_and_a_treating_bcba():
    for printed in ("Provider: Lin Mei Tanaka, L.Ac., Dipl. OM, Example Community Acupuncture",
                    "Treating BCBA: Lin Mei Tanaka, PhD, BCBA-D (Example Developmental Services)"):
        got = fields_of(line(40, (100, "Example Health Plan")), line(100, (100, "Member ID: QX5512078")),
                        line(170, (100, printed)))
        assert got["provider"] == "Lin Mei Tanaka", printed


def test_a_suppliers_name_before_its_phone_number_on_a_summary_notice():
    got = fields_of(line(40, (100, "Medicare Summary Notice")), line(100, (100, "Medicare Number 2JD7-UP4-RT51")),
                    line(160, (100, "Supplier: Example Home Medical, 1-800-555-0134")),
                    line(220, (100, "Ordered by: Ana B. Ortiz, MD. Claim number 58500000000017")))
    assert got["provider"] == "Example Home Medical"


def test_a_specialist_to_call_with_a_phone_number_is_no_provider():
    got = fields_of(line(40, (100, "Example County Department of Social Services")),
                    line(100, (100, "Eligibility case no. MSP-2000017")),
                    line(160, (100, "Eligibility specialist"), (700, "Ana b. Ortiz 1-800-555-0151")))
    assert "provider" not in got
