"""Reading rules from round AN's first sight, each a general one: a claims-detail table with one denied row, person
numbers under claim labels, signature dates, printed ID grouping, pharmacy reject codes (no OCR)."""

from __future__ import annotations

from intake.classify import classify
from intake.extract import ids
from tests.test_classify import doc_of
from tests.test_insurer import insurer_of
from tests.test_insurer import line as ins_line
from tests.test_kv import fields_of, line


def test_an_id_keeps_the_spaces_the_page_prints_between_its_groups():
    assert ids.as_printed("QXR48193360", "Enrollee ID: QXR 4819 3360 Group: 7") == "QXR 4819 3360"
    assert ids.as_printed("QXR48193360", "Enrollee ID: QXR 48193360") == "QXR 48193360"  # (compared without it)
    assert ids.as_printed("AB-4819-3360", "Case AB-4819-3360") == "AB-4819-3360"


def test_a_medicare_number_whose_j_ocr_read_as_a_bracket_is_read_whole():
    found = [t for t, _, _ in ids.find_ids("ROWE, ANA 7TX9W) 3KM55 2230001112223 01/05/26")]
    assert "7TX9WJ3KM55" in found
    assert [t for t, _, _ in ids.find_ids("(see 1234567890)")] == ["1234567890"]  # an opened bracket closes


def test_a_social_security_claim_number_is_the_persons_number_not_a_case():
    got = fields_of(line(300, (100, "Benefits Unit"), (1200, "BNC: 26Q44R100220")),
                    line(360, (100, "PO Box 4100"), (1200, "Claim Number: 518-30-7764A")))
    assert got["member_id"] == "518-30-7764A"
    assert got["case_numbers"] == ["26Q44R100220"]
    masked = fields_of(line(300, (100, "Social Security Claim Number: XXX-XX-7764B")),
                       line(360, (100, "Case number: CN-77120")))
    assert masked["case_numbers"] == ["CN-77120"]


def claims_detail() -> list:
    head = ((100, "Beneficiary"), (600, "MBI"), (900, "ICN"), (1250, "Date(s) of service"), (1650, "HCPCS"),
            (1850, "Billed"), (2100, "Decision"))
    rows = [("LARK, TOMAS R", "5QW2RT7KD44", "2230770001456", "04/06/26", "$412.00", "Approved"),
            ("MORA, INES A", "8RE4TN2WC61", "2230770001999", "04/13/26", "$655.50", "Denied"),
            ("VALE, OTTO K", "3TK8HM5PN27", "2230770002314", "04/20/26", "$298.25", "Approved")]
    out = [line(200, (100, "Provider: Example Mesa Therapy Group NPI 1999999999")), line(300, *head)]
    for k, (name, mbi, icn, day, billed, decision) in enumerate(rows):
        out.append(line(360 + 60 * k, (100, name), (600, mbi), (900, icn), (1250, day), (1650, "97110"),
                        (1850, billed), (2100, decision)))
    return out


def test_a_claims_detail_with_one_denied_row_gives_that_rows_facts():
    got = fields_of(*claims_detail())
    assert got["member_id"] == "8RE4TN2WC61"
    assert got["claim_amount"] == "655.50"  # that claim's, not the column's sum
    assert got["service_dates"] == ["2026-04-13"]
    assert "2230770001999" in got["case_numbers"] and "2230770001456" not in got["case_numbers"]
    assert got["provider"] == "Example Mesa Therapy Group"  # the row names none: the paper's 'Provider:' line


def test_a_date_over_a_lone_date_caption_dates_the_signed_decision():
    got = fields_of(line(300, (100, "The requestor is entitled to $0.00 for the services in dispute.")),
                    line(420, (100, "Authorized Signature")),
                    line(520, (100, "Petra Q. Example"), (1400, "March 3, 2026")),
                    line(580, (100, "Dispute Resolution Officer"), (1400, "Date")))
    assert got["denial_date"] == "2026-03-03"


def test_a_city_line_is_no_provider_and_a_state_before_a_zip_is_no_degree():
    got = fields_of(line(200, (100, "Example Benefits Office")), line(260, (100, "PO Box 100")),
                    line(320, (100, "Harbor Example, MD 21430")),
                    line(500, (100, "We received your application and decided you do not qualify.")))
    assert got.get("provider") is None
    agency = fields_of(line(200, (100, "Example Benefits Agency")), line(260, (100, "PO Box 100")))
    assert agency.get("provider") != "PO Box"  # the agency's address, not a provider it names


def test_the_care_of_medicare_names_no_care():
    got = fields_of(line(300, (100, "We received your Application for Help with Medicare Drug Costs (form X-1) on")),
                    line(360, (100, "02/11/2026. You do not qualify.")))
    assert got.get("service_dates") in (None, [])


def test_a_gross_amount_due_is_the_claims_whole_over_its_parts():
    got = fields_of(line(300, (100, "Submitted ingredient cost 411.15")),
                    line(360, (100, "Submitted dispensing fee 1.85")),
                    line(420, (100, "Gross amount due (submitted) 413.00")))
    assert got["claim_amount"] == "413.00"


def test_a_reconsideration_heading_naming_a_hearing_does_not_hide_the_deadline():
    got = fields_of(line(200, (100, "Notice date: March 2, 2026")),
                    line(300, (100, "Your right to a reconsideration and a fair hearing")),
                    line(360, (100, "If you disagree, you may ask for a reconsideration within 30 days of the date of")),
                    line(420, (100, "this notice.")))
    assert got["appeal_deadline"] == "2026-04-01"


def test_a_relationship_in_brackets_after_the_patients_name_is_not_part_of_it():
    got = fields_of(line(300, (100, "Enrollee: Bruno T. Example"), (1200, "Enrollee ID: QX-5511002")),
                    line(360, (100, "Patient: Lina R. Example (Child)"), (1200, "Claim # 2744000011122")))
    assert got["member_name"] == "Lina R. Example"


def test_pharmacy_reject_codes_and_listed_adjustment_codes_give_the_reason(rules):
    receipt = classify(doc_of("CLAIM REJECTION NOTICE", "STATUS: REJECTED", "Reject 75: PRIOR AUTHORIZATION REQUIRED",
                              "Your Medicare rights",
                              "You may ask for an exception if a coverage rule (such as prior authorization or a "
                              "quantity limit) should not apply to you or the drug is not on the list of covered drugs."),
                       rules)
    assert receipt.denial_type == "prior_authorization"
    listed = classify(doc_of("Findings and Decision", "The services in dispute were denied by the respondent with the "
                             "following claim adjustment codes:", "* 197 - Precertification absent.",
                             "The requestor is not entitled to reimbursement."), rules)
    assert listed.denial_type == "prior_authorization"


def test_a_greeting_to_the_provider_does_not_make_the_writer_a_provider():
    got = insurer_of(ins_line(180, "Example Benefit Administrators, LLC", size=40),
                     ins_line(700, "Dear Provider: Example Benefit Administrators, LLC has completed the review."))
    assert got == "Example Benefit Administrators, LLC"


def test_a_brand_whose_letters_ocr_set_apart_is_not_joined_to_the_full_name_under_it():
    got = insurer_of(ins_line(180, "QUILL MERE DENTAL", size=56), ins_line(270, "Quillmere Dental Alliance, Inc."))
    assert got.rstrip(".") == "Quillmere Dental Alliance, Inc"


def test_a_decisions_title_is_not_its_issuer():
    got = insurer_of(ins_line(180, "EXAMPLE STATE DEPARTMENT OF INSURANCE", size=40),
                     ins_line(260, "Medical Fee Dispute Resolution Findings and Decision", size=44))
    assert got == "EXAMPLE STATE DEPARTMENT OF INSURANCE"


def test_a_receipts_reject_code_table_and_a_spanish_rejected_status_are_read(rules):
    table = classify(doc_of("Claim Response - Rejected", "Reject code Description",
                            "76 PLAN LIMITATIONS EXCEEDED", "QTY LIMIT: MAX 12 TABS PER 30 DAYS"), rules)
    assert table.denial_type == "not_covered"
    assert any(e.startswith("76 PLAN LIMITATIONS") for e in table.denial_evidence)
    spanish = classify(doc_of("AVISO DE RECHAZO DE RECLAMACION", "ESTADO: RECHAZADA",
                              "Codigo 75: SE REQUIERE AUTORIZACION PREVIA"), rules)
    assert spanish.document_type == "denial_letter" and spanish.denial_type == "prior_authorization"


def test_a_carrier_named_after_a_submitted_by_label_is_no_provider():
    got = fields_of(line(300, (100, "Requestor Name: Example Spine Associates, PLLC")),
                    line(360, (100, "Respondent Name: Example Fork Casualty Insurance Company")),
                    line(420, (100, "Response Submitted by: Example Fork Casualty Insurance Company")))
    assert got.get("provider") != "Example Fork Casualty Insurance Company"


def msn_claim(y: float, who: str, number: str, rows: list, total: str) -> list:
    out = [line(y, (100, who)), line(y + 50, (100, "Provider NPI 1000000009")),
           line(y + 100, (100, "Phone (555) 010-0199")), line(y + 150, (100, f"Claim number: {number}")),
           line(y + 200, (100, "Service Provided & Billing Code Amount Charged Medicare Approved Amount Paid"))]
    for k, (day, answer, amount, what) in enumerate(rows):  # (the service's name and its code under the row)
        name, code = what.rsplit(" ", 1)
        out += [line(y + 250 + 150 * k, (100, f"{day} {answer}"), (900, amount), (1200, "$0.00"), (1500, "$0.00")),
                line(y + 300 + 150 * k, (120, name)), line(y + 350 + 150 * k, (120, code))]
    return out + [line(y + 250 + 150 * len(rows), (100, f"Total for this claim {total} $0.00 $0.00"))]


def test_a_claims_total_row_gives_its_charges_and_a_zero_is_no_charge():
    got = fields_of(*msn_claim(300, "Example Family Medicine", "5250000000353",
                               [("03-Mar-2026", "YES", "$231.00", "Office visit (99213)")], "$231.00"),
                    *msn_claim(1000, "Example Podiatry Group", "2213000000467",
                               [("12-Mar-2026", "YES", "$115.00", "Nail debridement (11720)"),
                                ("12-Mar-2026", "NO", "$87.25", "Corn paring (11056)")], "$202.25"))
    assert got["claim_amount"] == "202.25"
    assert got["provider"] == "Example Podiatry Group"  # over its NPI and phone lines
    zero = fields_of(line(300, (100, "Claim total $0.00 $0.00 $612.40")), line(360, (100, "Billed $612.40")))
    assert zero["claim_amount"] == "612.40"


def test_medicares_part_line_is_not_the_rest_of_its_name():
    got = insurer_of(ins_line(180, "Medicare Summary Notice", size=52), ins_line(250, "Part B (Medical Insurance)"))
    assert got == "Medicare"


def test_a_refused_enrollment_is_an_eligibility_denial(rules):
    got = classify(doc_of("Notice of Disapproved Enrollment", "We received your application on 9 Apr 2026.",
                          "We have decided that you cannot enroll in this benefit.", "Why You Cannot Enroll"), rules)
    assert got.document_type == "denial_letter" and got.denial_type == "eligibility"


def test_an_injured_workers_name_and_a_transaction_id_are_read_for_what_they_are():
    got = fields_of(line(300, (100, "Injured worker: Ravi T. Example")), line(360, (100, "Claim number: WC7Q123456")),
                    line(420, (100, "Transaction ID: PBM-0000-11122")))
    assert got["member_name"] == "Ravi T. Example"
    assert got.get("member_id") is None and "PBM-0000-11122" in got["case_numbers"]


def test_a_benefit_years_maximum_reached_is_a_limit_denial(rules):
    got = classify(doc_of("EXPLANATION OF BENEFITS", "Claim number 815-00000-0001",
                          "D2740 Crown porcelain $1,310.00 $0.00 Q4",
                          "Q4 The annual maximum of $2,000.00 for this benefit year has been reached. No further "
                          "benefits are payable for this patient until the new benefit year begins."), rules)
    assert got.denial_type == "not_covered"
    assert any("annual maximum" in e for e in got.denial_evidence)


def test_a_claim_number_label_broken_at_the_lines_end_is_read_whole():
    got = fields_of(line(300, (100, "Example Transplant Pharmacy, LLC, 88 Example Way, Springfield, OH 45501 Supplier Claim")),
                    line(350, (100, "Number 01-4470-335-102 Service date: January 31, 2026")))
    assert got["case_numbers"] == ["01-4470-335-102"] and got.get("member_id") is None
