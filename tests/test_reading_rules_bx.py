"""Reading rules from session 22 (rounds BX on), each a general one (no OCR for the fields; words placed as OCR
would place them; invented values)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from tests.test_classify import APPEAL_RIGHTS, doc_of
from tests.test_kv import fields_of, line


def test_a_rendering_label_outweighs_a_doctor_labelled_as_ordering():
    # 'Rendering' says who gave the care: the doctor who ordered it is named in the appeal paragraph
    got = fields_of(line(100, (100, "Member ID: QX5512078"), (1100, "Claim # 771-40219-33")),
                    line(170, (100, "Group X40091"), (1100, "Rendering"), (1400, "Example Cancer Institute")),
                    line(240, (100, "To appeal, write to us within 180 days. Ordering physician: Dr. Ana B. Reyes")))
    assert got["provider"] == "Example Cancer Institute"


def test_requested_by_names_the_provider_before_a_doctor_labelled_as_ordering():
    got = fields_of(line(100, (100, "Member number: QX5512078")),
                    line(170, (100, "Requested by: Example Regional Medical Center (NPI 1234567893)")),
                    line(240, (100, "Ordering physician: Dr. Ana B. Reyes, MD")))
    assert got["provider"] == "Example Regional Medical Center"


def test_an_ordering_doctor_alone_is_still_the_provider():
    got = fields_of(line(100, (100, "Member number: QX5512078")),
                    line(170, (100, "Ordering physician: Dr. Ana B. Reyes, MD")))
    assert got["provider"] == "Dr. Ana B. Reyes"


@pytest.mark.parametrize("sentence", [
    "You may appeal within 180 days after you receive this notice.",
    "You may appeal within 60 days of receiving this letter.",
    "Send your appeal 180 days from receipt of this statement.",
])
def test_a_deadline_counted_from_receipt_is_no_date(sentence):
    got = fields_of(line(100, (100, "Notice date: 03/02/2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, sentence)))
    assert "appeal_deadline" not in got


def test_a_deadline_counted_from_the_notice_date_is_still_counted():
    got = fields_of(line(100, (100, "Notice date: 03/02/2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, "You may appeal within 60 days of the date of this notice.")))
    assert got["appeal_deadline"] == "2031-05-01"


@pytest.mark.parametrize("reason", [
    "We cannot approve this request. Your plan covers new complete dentures once every 8 years.",
    "Denied. This test is payable only once in 12 months and one was paid on 03/02/2030.",
    "Your visits this year are over the plan's visit limit, so we did not pay this visit.",
])
def test_a_frequency_or_count_limit_is_the_benefits_limit(reason):
    got = classify(doc_of("Example Health Plan", "Claim Denial", "We denied your claim.", reason, *APPEAL_RIGHTS),
                   _rules())
    assert got.denial_type == "not_covered"


def test_medicares_many_services_message_is_medical_necessity():
    got = classify(doc_of("Medicare Summary Notice", "Did Medicare approve all services? NO",
                          "A The information provided does not support the need for this many services within "
                          "this period of time.", *APPEAL_RIGHTS), _rules())
    assert got.denial_type == "medical_necessity"


def test_a_paid_claims_note_stating_a_visit_limit_denies_nothing():
    got = classify(doc_of("Example Health Plan", "EXPLANATION OF BENEFITS", "THIS IS NOT A BILL",
                          "Claim 4410-778 Paid $ 88.00",
                          "Approved. Acupuncture is covered for up to 12 visits in 90 days. This was visit 7."),
                   _rules())
    assert got.denial_type is None


def _rules():
    from intake.rules import cached_rules

    return cached_rules()


def _page(*texts: str):
    from intake.model import Line, PageText, Word

    lines = [Line(words=[Word(t, 0.9, (100 + 120 * k, 200 + 60 * i, 200 + 120 * k, 230 + 60 * i))
                         for k, t in enumerate(text.split())], page=1) for i, text in enumerate(texts)]
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_statement_faxed_behind_a_plans_letter_is_a_paper_of_its_own():
    """A surgery center's statement after the plan's letter: its letterhead names an institution and a date,
    and it names its patient without a colon, so it is no enclosure of the letter."""
    from dataclasses import replace

    from intake.split import page_features, plan_split

    rules = _rules()
    letter = page_features(_page("Example Health Insurance Co.", "Letter date: 29-Apr-2031", "Ana B. Reyes",
                                 "12 Ferry Lane", "Dunmore, PA 18512", "Claim Denial Notice"), rules)
    statement = page_features(_page("Example Hollow Ambulatory Surgery Center", "PATIENT STATEMENT",
                                    "Statement date 18-May-2031", "Patient Ana B. Reyes", "Amount due USD 512.40"),
                              rules)
    assert statement.opener and statement.addressed
    assert plan_split([replace(letter, number=1), replace(statement, number=2)]) == [[1], [2]]


def test_an_unaddressed_policy_page_after_a_letter_stays_with_it():
    from dataclasses import replace

    from intake.split import page_features, plan_split

    rules = _rules()
    letter = page_features(_page("Example Health Insurance Co.", "Letter date: 29-Apr-2031", "Ana B. Reyes",
                                 "12 Ferry Lane", "Dunmore, PA 18512", "Claim Denial Notice"), rules)
    policy = page_features(_page("Example Health Insurance Co.", "Medical Policy MP-114 revised 01/02/2031",
                                 "Patient Financial Services may help with questions"), rules)
    assert not policy.addressed
    assert plan_split([replace(letter, number=1), replace(policy, number=2)]) == [[1, 2]]


def test_a_weekday_before_the_notice_date_or_the_deadline_is_read_past():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Processed on Saturday, May 23, 2031")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Your appeal must be received by Friday, October 17, 2031.")))
    assert got["denial_date"] == "2031-05-23"
    assert got["appeal_deadline"] == "2031-10-17"


@pytest.mark.parametrize("text", ["Ashgrove Springs, FL 32099", "Lindell Falls, Wi 54099-1234"])
def test_the_city_line_of_an_address_is_no_claims_heading_name(text):
    from intake.extract.claims import heading_name

    assert heading_name(text) is None


def test_a_facility_over_its_claim_is_still_a_heading_name():
    from intake.extract.claims import heading_name

    assert heading_name("Example Nursing Center, Suite 200") == "Example Nursing Center"


def test_a_statements_balance_row_is_not_added_to_its_charges():
    got = fields_of(line(100, (100, "Example Smile Studio"), (1400, "PATIENT STATEMENT")),
                    line(170, (100, "Patient: Ana B. Reyes")),
                    line(240, (100, "Insurance ID: QX5512078")),
                    line(310, (100, "Date"), (500, "Code"), (800, "Description"), (1900, "Amount")),
                    line(380, (100, "03/18/2031"), (500, "D0140"), (800, "Limited oral evaluation"), (1900, "$141.00")),
                    line(450, (100, "03/18/2031"), (500, "D7140"), (800, "Extraction, erupted tooth"), (1900, "$208.50")),
                    line(520, (100, "Balance due"), (1900, "$349.50")))
    assert got["claim_amount"] == "349.50"


def test_a_statements_posting_rows_date_no_service():
    got = fields_of(line(100, (100, "Example Imaging Center"), (1400, "PATIENT STATEMENT")),
                    line(170, (100, "Patient: Ana B. Reyes")),
                    line(240, (100, "Insurance ID: QX5512078")),
                    line(310, (100, "Date of service"), (600, "Description"), (1900, "Charges")),
                    line(380, (100, "03/09/2031"), (600, "MRI lumbar spine without contrast"), (1900, "$1,417.00")),
                    line(450, (100, "04/17/2031"), (600, "Insurance payment - Example Health Plan"), (1900, "-$0.00")),
                    line(520, (100, "04/17/2031"), (600, "Contractual adjustment"), (1900, "-$0.00")),
                    line(590, (100, "04/18/2031"), (600, "Balance transferred to patient responsibility")))
    assert got["service_dates"] == ["2031-03-09"]


def test_an_approval_number_is_the_cases_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Approval number: KQ40771932")))
    assert got["case_numbers"] == ["KQ40771932"]


def test_a_forms_omb_approval_number_is_no_case_number_even_cut_from_its_omb():
    got = fields_of(line(100, (100, "Member ID: QX5512078"), (1100, "Case number: KQ40771932")),
                    line(170, (100, "Form CMS-10146. OMB"), (700, "Approval No. 0938-0976.")))
    assert got["case_numbers"] == ["KQ40771932"]
