"""Reading rules from rounds BF to BK at first sight, each a general one (no OCR for the fields; words placed
as OCR would place them; invented values)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from tests.test_classify import APPEAL_RIGHTS, doc_of
from tests.test_kv import fields_of, line


def test_a_department_line_under_a_hospitals_name_is_no_part_of_the_name():
    got = fields_of(line(60, (100, "Example General Hospital")),
                    line(120, (100, "Patient Financial Services - Eligibility Unit")),
                    line(180, (100, "1200 Sample Road, Laramie, WY 82071")),
                    line(300, (100, "Applicant: Ana B. Reyes")),
                    line(360, (100, "Medicaid ID (temporary): 80312457719")))
    assert got["insurer"] == "Example General Hospital"


def test_a_hospitals_own_notice_names_it_the_provider_under_a_provider_label():
    got = fields_of(line(60, (100, "Example General Hospital")),
                    line(120, (100, "Patient Financial Services - Eligibility Unit")),
                    line(300, (100, "Applicant: Ana B. Reyes")),
                    line(360, (100, "Medicaid ID (temporary): 80312457719")),
                    line(420, (100, "Qualified hospital: Example General Hospital")))
    assert got["provider"] == "Example General Hospital"


def test_a_payers_name_under_a_provider_label_is_still_no_provider():
    got = fields_of(line(60, (100, "Example Mutual Health Plan")),
                    line(300, (100, "Member ID: QX5512078")),
                    line(360, (100, "Provider: Example Mutual Health Plan")))
    assert got.get("provider") is None


def test_a_values_first_letter_set_apart_by_ocr_stays_with_the_value_not_the_label():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Appeal number A PL-2031448 | Claim 731907245516")),
                    line(240, (100, "We upheld our denial.")))
    assert got["case_numbers"] == ["APL-2031448", "731907245516"]


def test_a_caption_beside_a_caption_is_no_value():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "REQUESTING PROVIDER"), (1100, "INJECTING PHYSICIAN")),
                    line(230, (100, "Example Headache & Neurology Associates"), (1100, "Ana B. Ortiz, MD")))
    assert got["provider"] in {"Example Headache & Neurology Associates", "Ana B. Ortiz"}  # never 'INJECTING ...'


def test_a_doctor_named_with_what_else_was_done_is_cut_at_and_and_a_requester_ends_at_its_full_stop():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "We reviewed the surgery done on January 8, 2031, requested by Example")),
                    line(230, (100, "Reconstructive Surgery Associates. Your records show surgery on July 8, 2029")),
                    line(290, (100, "by Dr. Lena Q. Ortiz and reconstruction of the right side on January 6, 2030.")))
    assert got["provider"] == "Example Reconstructive Surgery Associates"


def test_the_date_of_another_paper_named_before_it_is_not_the_notices_date():
    got = fields_of(line(60, (1400, "Example Rx Solutions")),
                    line(200, (100, "01/26/2031")),
                    line(300, (100, "Member ID QX5512078")),
                    line(400, (100, "Your plan covers the brand only with two reports from two makers.")),
                    line(460, (100, "We received one MedWatch report, dated 11/25/2030, for one generic maker.")),
                    line(520, (100, "We denied the request.")))
    assert got["denial_date"] == "2031-01-26"


def test_a_school_holding_the_policy_is_no_member_and_the_insured_student_is():
    got = fields_of(line(100, (100, "Insured student"), (700, "Ana B. Reyes")),
                    line(160, (100, "Student ID"), (700, "7302916")),
                    line(220, (100, "Policyholder"), (700, "Example Unified School District")),
                    line(280, (100, "Claim number"), (700, "BM7312045566")))
    assert got["member_name"] == "Ana B. Reyes"


def test_the_pharmacy_where_a_prescription_was_filled_is_the_provider_with_its_store_number():
    got = fields_of(line(100, (100, "Member ID QT7730418265")),
                    line(170, (100, "Thank you for telling us about your charge. On March 8, 2031 you filled a")),
                    line(230, (100, "30-day supply of insulin aspart at Example Pharmacy #2719 (prescribed by")),
                    line(290, (100, "Dr. Lena Q. Ortiz). The pharmacy charged you $57.15.")))
    assert got["provider"] == "Example Pharmacy #2719"


@pytest.mark.parametrize("body, denial", [
    pytest.param(["Claim 7731-204518-66  Surgery  $2,874.00  Denied  N27",
                  "N27 Denied - criteria not met."], "medical_necessity", id="remark-criteria-not-met"),
    pytest.param(["We cannot pay this claim.",
                  "Removing these teeth is dental care, so we cannot pay it under your medical benefits.",
                  "Please send the claim to your dental plan."], "not_covered", id="dental-care-under-medical"),
])
def test_classify_reasons_put_in_a_remark_or_as_another_benefits_care(body, denial, rules):
    got = classify(doc_of("Example Health Plan", "We denied your claim.", *body, *APPEAL_RIGHTS), rules)
    assert got.denial_type == denial


def test_a_dental_visit_mentioned_in_passing_names_no_exclusion(rules):
    """A guard: 'dental' beside a medical reason does not turn a medical-necessity denial into an exclusion."""
    got = classify(doc_of("Example Health Plan", "We denied the sleep study because it is not medically necessary.",
                          "Your dental care is covered by your dental plan.", *APPEAL_RIGHTS), rules)
    assert got.denial_type == "medical_necessity"


def test_a_logo_in_capitals_is_named_as_the_letter_writes_it_out_and_a_department_is_no_part_of_it():
    got = fields_of(line(60, (100, "EXAMPLEVALE MUTUAL")),
                    line(130, (100, "Health Insurance since 1961")),
                    line(300, (100, "Member ID: QX5512078")),
                    line(400, (100, "Send your appeal to Examplevale Mutual Health, Appeals Unit, PO Box 4410.")))
    assert got["insurer"] == "Examplevale Mutual Health"
    got = fields_of(line(60, (100, "EXAMPLEVALE SCRIPTS")),
                    line(300, (100, "Member ID: QX5512078")),
                    line(400, (100, "Examplevale Scripts Clinical Review reviewed the request.")))
    assert got["insurer"] == "Examplevale Scripts"  # 'Clinical Review' is a department; the letter's own case


@pytest.mark.parametrize("value, want", [
    ("Example Ambulatory Surgery Center - Dr. Lena Q. Ortiz", "Example Ambulatory Surgery Center"),
    ("Dr. Lena Q. Ortiz \u00b7 Provider NPI 1730459921", "Dr. Lena Q. Ortiz"),
    ("Dr. Lena Q. Ortiz - Provider", "Dr. Lena Q. Ortiz"),
])
def test_a_providers_name_ends_before_a_doctor_after_a_dash_or_the_next_label_after_a_dot(value, want):
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, f"Provider: {value}")),
                    line(240, (100, "We denied this claim.")))
    assert got["provider"] == want


def test_a_dependents_suffix_after_an_asterisk_stays_with_the_member_id():
    got = fields_of(line(100, (100, "Patient: Ana B. Reyes (dependent)")),
                    line(170, (100, "Member ID: QXH7710294*02")),
                    line(240, (100, "We denied this request.")))
    assert got["member_id"] == "QXH7710294*02"
    got = fields_of(line(100, (100, "Member ID: QXH7710294")), line(170, (100, "Claim number: 7731204518*")))
    assert got["case_numbers"] == ["7731204518"]  # a footnote's asterisk alone is no suffix
