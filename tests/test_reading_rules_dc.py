"""Reading rules from session 34 (round DC), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cy import _prose


# --- numbers printed in a text layer are read as printed ---------------------------------------------------------

def test_a_text_layers_id_keeps_the_letters_it_was_printed_with():
    """A born-digital letter's 'QHO...' or '0BJ...' is what the plan printed; only OCR's reading is mended."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan"), conf=1.0),
                    line(300, (100, "Member ID: 0QX9770012L7"), conf=1.0),
                    line(360, (100, "Your member number is QXO0596984 and your group is 300100."), conf=1.0))
    assert got["member_id"] == "0QX9770012L7"
    got = fields_of(line(100, (100, "Example Prairie Health Plan"), conf=1.0),
                    line(360, (100, "Your member number is QXO0596984 and your group is 300100."), conf=1.0))
    assert got["member_id"] == "QXO0596984"


def test_ocrs_reading_of_an_id_is_still_mended():
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(300, (100, "Member ID: QXO0596984")))
    assert got["member_id"] == "QX00596984"


# --- case numbers ------------------------------------------------------------------------------------------------

def test_the_reference_for_this_request_after_a_sentence_ending_in_a_place():
    """'... at Example General Hospital. Our reference number for this request is X': the sentence before ends
    with a place's word, which labels nothing; the reference is the case's."""
    got = fields_of(*_prose("a bypass planned for March 7, 2031 at Example Falls",
                            "General Hospital. Our reference number for this request is QM17-0200001. We have",
                            "reviewed it under your plan and we cannot approve it."))
    assert got["case_numbers"] == ["QM17-0200001"]


def test_the_reference_for_this_request_over_a_line_break_and_with_a_years_digits():
    got = fields_of(*_prose("We reviewed this request under your plan. Our reference for this request",
                            "is QM340100001. We cannot approve this service."))
    assert got["case_numbers"] == ["QM340100001"]
    got = fields_of(*_prose("We have denied the coverage your doctor asked for. Our",
                            "reference for this request is QD-2031-80001."))
    assert got["case_numbers"] == ["QD-2031-80001"]


def test_a_notice_number_heading_a_notices_facts_is_its_case_number():
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "MEDICAID ID"), (700, "NOTICE NO."), (1200, "DATE OF BIRTH")),
                    line(350, (100, "7000000001"), (700, "QNA-2031-500001"), (1200, "03/20/1940")))
    assert got["case_numbers"] == ["QNA-2031-500001"]


def test_a_forms_reference_at_the_foot_of_the_page_is_no_case_number():
    got = fields_of(line(100, (100, "Example Prairie Health Plan")), line(300, (100, "Claim #: QC31000001")),
                    line(400, (100, "We did not pay this claim.")),
                    line(3140, (900, "Form QX-275-M Ref Q31C000001")))
    assert got["case_numbers"] == ["QC31000001"]


# --- the provider ------------------------------------------------------------------------------------------------

def test_two_headings_in_capitals_over_their_values_are_a_header_row():
    """'PROVIDER | ATTENDING NEPHROLOGIST' over the center and the doctor: the second heading is no provider."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(600, (100, "PROVIDER"), (1300, "ATTENDING NEPHROLOGIST")),
                    line(650, (100, "Example Forge Dialysis Center"), (1300, "Dr. Ana B. Example, MD")),
                    line(800, (100, "We did not pay for these sessions.")))
    assert got["provider"] == "Example Forge Dialysis Center"


def test_an_adjective_with_hyphens_before_provider_is_a_label():
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(600, (100, "Out-of-network provider"), (800, "Example Ridge Therapy Group (NPI 1000000001)")),
                    line(700, (100, "We approved your request to keep seeing this provider.")))
    assert got["provider"] == "Example Ridge Therapy Group"


def test_a_plans_name_heading_a_facilitys_notice_is_no_provider():
    """A NOMNC the nursing facility hands out under the plan's name: the plan's name is no provider."""
    got = fields_of(line(100, (100, "Example Senior Advantage (HMO)")),
                    line(180, (100, "Example Rehabilitation and Nursing Center on behalf of the plan")),
                    line(300, (700, "Notice of Medicare Non-Coverage")),
                    line(400, (100, "Patient name: Ana B. Example")),
                    line(500, (100, "THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END:")))
    assert got.get("provider") != "Example Senior Advantage (HMO)"


# --- service dates and amounts told in sentences ------------------------------------------------------------------

def test_what_was_billed_summed_up_after_a_rate():
    got = fields_of(*_prose("The hospice billed eight days of respite care at $515.50 a day, a total of $4,124.00."))
    assert got["claim_amount"] == "4124.00"
    got = fields_of(*_prose("Example Rehab billed us for 8 sessions from May 1, 2031 through May 20, 2031,",
                            "at $203.17 per session ($1,625.36 in all). We did not pay for them."))
    assert got["claim_amount"] == "1625.36"


def test_what_the_member_paid_for_an_item_bought():
    got = fields_of(*_prose("You asked us to pay you back for a pair of hearing aids that you",
                            "bought at Example Pharmacy #4471 on March 21, 2031 for $1,149.95. We cannot."))
    assert got["claim_amount"] == "1149.95"


def test_the_charges_totaled():
    got = fields_of(*_prose("We processed the claim Example Weight Center sent us. The charges",
                            "totaled $1,043.17 (classes and counseling)."))
    assert got["claim_amount"] == "1043.17"


def test_an_original_requests_rx_number_under_its_label_is_a_case_number():
    """'Original review: RX-...' beside the appeal's number: a drug benefit's request, no prescription number."""
    got = fields_of(line(100, (100, "Example Harbor Health Insurance Company")),
                    line(300, (100, "Appeal number: QPL-500001")), line(360, (100, "Original review: RX-30000001")),
                    line(460, (100, "We reviewed your appeal and approved the infusions at home.")))
    assert got["case_numbers"] == ["QPL-500001", "RX-30000001"]


def test_a_precertifications_or_a_reviews_coded_number_in_a_sentence():
    got = fields_of(*_prose("You appealed our decision on precertification QC-4000001, in which we did not approve",
                            "an adenoidectomy for your son."))
    assert got["case_numbers"] == ["QC-4000001"]
    got = fields_of(*_prose("RE: Informal review QR-31-90001 - Medicaid ID 700000001",
                            "We looked again at the request and our decision stays the same."))
    assert got["case_numbers"] == ["QR-31-90001"]


# --- the patient, named beside the parent ---------------------------------------------------------------------------

def test_the_child_a_letter_is_about_is_the_patient():
    got = fields_of(line(100, (100, "Example Ridge Health Insurance Company")), line(300, (100, "Ana B. Example")),
                    line(340, (100, "12 Main Street")), line(380, (100, "Example City, CO 80000")),
                    line(450, (100, "Dear Ana B. Example:")),
                    line(520, (100, "We are writing about your daughter, Eva C. Example, who is in the program.")))
    assert got["member_name"] == "Eva C. Example"


def test_the_child_on_a_parents_re_line_is_the_patient():
    got = fields_of(line(100, (100, "Ana B. Example")), line(160, (100, "12 Main Street")),
                    line(300, (100, "Example Ridge Appeals")),
                    line(400, (100, "Re: my daughter Eva C. Example, member ID QX300000001")),
                    line(480, (100, "I am writing to ask you to reconsider your decision.")),
                    line(600, (100, "Sincerely,")), line(660, (100, "Ana B. Example")))
    assert got["member_name"] == "Eva C. Example"


# --- the insurer ---------------------------------------------------------------------------------------------------

def test_a_bands_provider_copy_is_no_insurer():
    got = fields_of(line(40, (100, "02/08/2031 09:10 FROM EXAMPLE RIVER HP FAX 3-555-000-0000 PAGE 002/003")),
                    line(300, (100, "PROVIDER COPY")), line(450, (100, "NOTICE OF ADVERSE BENEFIT DETERMINATION")),
                    line(540, (100, "Notice date: 02/08/2031")), line(600, (100, "Member: Ana B. Example")))
    assert got.get("insurer") != "PROVIDER COPY"


# --- the appeal deadline -------------------------------------------------------------------------------------------

def _rights(*sentences: str) -> dict:
    return fields_of(line(100, (100, "Example Prairie Health Plan")), line(170, (100, "Date: May 4, 2031")),
                     line(250, (100, "We denied your request for a hospital bed.")),
                     *(line(400 + 60 * i, (100, s)) for i, s in enumerate(sentences)))


def test_a_limit_for_an_informal_review_and_an_administrative_hearing_is_the_appeals():
    got = _rights("If you disagree with this decision, you may ask for an informal review, an administrative",
                  "hearing, or both. You must ask within 60 days of the date of this notice.")
    assert got["appeal_deadline"] == "2031-07-03"


def test_a_hearings_limit_misread_by_ocr_or_kept_during_the_hearing_is_no_appeal_deadline():
    got = _rights("You have finished the plan's appeal process. If you still disagree, you may ask for a State Far",
                  "Hearing with the Division of Medicaid. You must ask within 120 days of the date of this notice.")
    assert got.get("appeal_deadline") is None
    got = _rights("You have finished the internal appeal.",
                  "If this decision stops a service you were getting, you may keep it during the hearing if you ask",
                  "within 11 days of the date of this letter.")
    assert got.get("appeal_deadline") is None


def test_a_doctor_named_before_under_request_ends_at_the_name():
    got = fields_of(*_prose("Thank you for your appeal, which we numbered QA-800001. You asked us to reconsider our denial",
                            "of the infusions requested by Dr. Ana B. Example under request QR28000001. Your member ID",
                            "is QX400000001."))
    assert got["provider"] == "Dr. Ana B. Example"


# --- what the paper is ---------------------------------------------------------------------------------------------

def test_days_the_plan_will_not_approve_make_a_partial_denial():
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example Ridge Health Insurance Company", "11 Feb 2031", "Dear Ana B. Example:",
                          "We are writing about your daughter, who is in the partial hospitalization program.",
                          "We approved partial hospitalization through 14 Feb 2031. We will not approve partial",
                          "hospitalization days starting 15 Feb 2031.",
                          "Under our level of care criteria she can be treated safely in the intensive outpatient",
                          "program, which we have approved for up to four weeks.",
                          "You may appeal within 180 days of the date of this letter.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "level_of_care")


def test_a_notice_number_beside_a_case_number_is_not_the_cases():
    got = fields_of(line(100, (100, "Example Prairie Department of Medical Assistance")),
                    line(300, (100, "TPL case no.: QC-31G0001")), line(360, (100, "Notice no.: QN96-70000001")),
                    line(460, (100, "We denied the claim because other insurance must pay first.")))
    assert got["case_numbers"] == ["QC-31G0001"]


# --- round DD: the VA, Idaho, roles after a name ------------------------------------------------------------------

def test_a_veterans_icn_is_the_members_number():
    got = fields_of(line(100, (100, "Example Foothills VA Medical Center")), line(300, (100, "Veteran: Ana B. Example")),
                    line(360, (100, "Veteran ICN: 10100000001V600001")),
                    line(420, (100, "Claim number: QC26-20000001")))
    assert got["member_id"] == "10100000001V600001"


def test_idahos_code_before_a_zip_is_no_id_label():
    got = fields_of(line(100, (100, "Example Foothills VA Medical Center")),
                    line(160, (100, "Community Care Claims, PO Box 30001, Boise, ID 83707-0001")),
                    line(300, (100, "We denied your claim for urgent care.")))
    assert got.get("member_id") is None


def test_a_review_within_one_year_of_the_notice():
    got = _rights("To keep your original effective date, you must ask for a review within one year from the date of",
                  "this notice.")
    assert got["appeal_deadline"] == "2032-05-04"


def test_a_firms_role_after_its_name_is_no_part_of_it():
    got = fields_of(line(100, (100, "Example Kids Program")),
                    line(160, (100, "Example State Benefit Administrators, claims administrator"), (1800, "1-555-000-2200")),
                    line(300, (100, "March 2, 2031")), line(400, (100, "We denied the request for therapy.")))
    assert got["insurer"] != "Example State Benefit Administrators, claims administrator"


def test_a_phone_number_with_its_tty_glued_on_is_no_case_number():
    got = fields_of(line(200, (230, "Example Oak Health Plan")), line(280, (230, "Grievance and Appeals")),
                    line(380, (230, "1-555-000-0144 TTY 711")), line(520, (210, "NOTICE OF APPEAL RESOLUTION")),
                    line(650, (210, "You asked us to review our decision. Our decision: denial upheld.")))
    assert not any("TTY" in v for v in got.get("case_numbers") or [])


def test_the_child_named_after_your_daughter_wrapped_after_the_initial():
    got = fields_of(line(100, (100, "Example State Benefit Administrators")), line(200, (100, "Ana Example")),
                    line(240, (100, "12 Main Street")), line(300, (100, "Dear Ana Example:")),
                    line(380, (100, "We received a claim from Example Eyecare for eyeglasses your daughter Eva R.")),
                    line(440, (100, "Example received on Mar 7, 2031. We cannot pay this claim.")))
    assert got["member_name"] == "Eva R. Example"


def test_the_patient_of_the_doctor_a_letter_is_addressed_to():
    got = fields_of(line(100, (100, "Example Health Insurance Company")), line(200, (100, "Dr. Ana Example")),
                    line(240, (100, "Example Pediatric Endocrinology")), line(300, (100, "Dear Dr. Ana Example:")),
                    line(380, (100, "We reviewed your request for somatropin for your patient Leo R. Sample, member ID")),
                    line(440, (100, "QX38000001-02. We are not able to approve it at this time.")))
    assert got["member_name"] == "Leo R. Sample"


def test_statements_of_claims_by_other_names_are_eobs():
    from tests.test_reading_rules_cq import _classify_lines

    for title in ("EXPLANATION OF MEDICAL BENEFITS (EOMB)", "EXPLANATION OF REVIEW - MEDICAL BILL",
                  "VETERAN PAYMENT EXPLANATION", "PRC PAYMENT SUMMARY"):
        got = _classify_lines("Example Claims Services", title, "Statement date: 02/28/2031",
                              "Patient: Ana B. Example", "Claim number Service date Provider Billed Paid Status",
                              "26000000000001 12/17/2030 Example Family Medicine 231.50 144.01 PAID",
                              "26000000000002 01/01/2031 Example Surgery Center 2,371.25 0.00 DENIED",
                              "Reason 197: The service needed prior authorization and none was on file.")
        assert got.document_type == "eob", title


def test_a_provider_the_program_has_not_enrolled_is_out_of_network():
    from tests.test_reading_rules_cq import _classify_lines

    for sentence in ("The provider is not enrolled with Example Kids and the visit was not an emergency.",
                     "The sleep laboratory you chose is in another state and is not enrolled as a Medicaid provider."):
        got = _classify_lines("Example State Medicaid", "NOTICE OF ADVERSE ACTION", "Date: 03/14/2031",
                              "We denied the request for a sleep study.", sentence,
                              "You may ask for reconsideration within 30 days of the date of this notice.")
        assert got.denial_type == "out_of_network", sentence
    got = _classify_lines("Example State Medicaid", "Date: 03/14/2031", "We denied the claim.",
                          "You were not enrolled in Example State Medicaid on the date of service.",
                          "You may ask for reconsideration within 30 days of the date of this notice.")
    assert got.denial_type == "eligibility"
