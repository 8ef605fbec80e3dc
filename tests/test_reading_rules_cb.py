"""Reading rules from session 23 (rounds CB on), each a general one (no OCR for the fields; words placed as OCR
would place them; invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import fields_of, line


@pytest.mark.parametrize("row, provider", [
    # a label's word before a number's mark begins the row's next cell
    ("Provider: Ana B. Reyes, LMT Claim #QX7741902", "Ana B. Reyes"),
    ("Provider: Example Massage Studio Account No. 55120", "Example Massage Studio"),
    # label words ending in a colon after the name
    ("Provider: Example Imaging Center Date claim received: June 29, 2031", "Example Imaging Center"),
    # a company's suffix, a closing bracket or a separator ends the name; a short label follows
    ("Provider: Example Cranial Orthotics, LLC Orthotist: Ana B. Reyes, CO", "Example Cranial Orthotics, LLC"),
    ("Provider: Example Family Therapy (Ana B. Reyes, LMFT) Also present at sessions: Leo Reyes", "Example Family Therapy"),
    ("Requesting vendor: Example AAC Solutions + Evaluating SLP: Ana B. Reyes, CCC-SLP", "Example AAC Solutions"),
])
def test_a_provider_stops_where_the_rows_next_label_begins(row, provider):
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, row)),
                    line(240, (100, "We denied this claim. The service is not covered by your plan.")))
    assert got["provider"] == provider


def test_a_name_with_a_colon_free_row_is_kept_whole():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Provider: Example Orthopedic & Spine Center")))
    assert got["provider"] == "Example Orthopedic & Spine Center"


def _letter_then(*second: str) -> list[list[int]]:
    """The split plan of a plan's one-page letter followed by a second page of these lines."""
    from dataclasses import replace

    from intake.rules import cached_rules
    from intake.split import page_features, plan_split
    from tests.test_reading_rules_bx import _page

    rules = cached_rules()
    letter = page_features(_page("Example Health Insurance Co.", "Letter date: 29-Apr-2031", "Ana B. Reyes",
                                 "12 Ferry Lane", "Dunmore, PA 18512", "Claim Denial Notice"), rules)
    page = page_features(_page(*second), rules)
    return plan_split([replace(letter, number=1), replace(page, number=2)])


@pytest.mark.parametrize("second", [
    # a bill's boxed head: the patient's name under the column heads, no colon
    ("EXAMPLE THORACIC SURGEONS, PC", "STATEMENT DATE ACCOUNT NO. PATIENT PLEASE PAY",
     "18-Mar-2031 5007887 Ana B. Reyes $16,310.50"),
    # a lab's bill: 'BILL DATE ... BALANCE DUE' opens it, an address block addresses it
    ("Example Precision Diagnostics", "BILL DATE ACCOUNT NO. ACCESSION BALANCE DUE", "May 22, 2031 7696 CPD19 $784.00",
     "Ana B. Reyes", "12 Ferry Lane", "Dunmore, PA 18512"),
    # a surgery center's guarantor statement under a logo OCR could not read
    ("CMEN]", "Guarantor STATEMENT DATE ACCOUNT", "Leo B, Reyes May 18, 2031 RB-5391"),
    # a hospital's letter 'To:' the patient about the same service
    ("EXAMPLE REGIONAL MEDICAL CENTER", "Patient Financial Services", "Sunday, March 22, 2031", "To: Ana B. Reyes",
     "Financial responsibility for a non-covered service"),
])
def test_a_providers_bill_or_letter_behind_the_plans_letter_is_a_paper_of_its_own(second):
    assert _letter_then(*second) == [[1], [2]]


def test_a_policy_excerpt_with_a_patient_column_but_no_name_stays_with_the_letter():
    assert _letter_then("Example Health Insurance Co.", "Medical Policy MP-114 revised 01/02/2031",
                        "CRITERIA PATIENT MUST MEET", "Documented trial of two medicines") == [[1, 2]]


def _row(y, *cells):
    """A table row as OCR sets it: cells at their columns."""
    return line(y, *zip((100, 420, 900, 1100, 1300, 1500, 1700, 1900, 2100), cells))


def _three_claim_eob(*legend):
    return fields_of(line(100, (100, "Example Health Insurance Company - Explanation of Benefits")),
                     line(150, (100, "Date issued: February 25, 2031")),
                     line(200, (100, "Member ID: QX5512078")),
                     _row(300, "Claim", "Provider", "Service", "Code", "Billed", "Allowed", "Paid", "Your cost", "Note"),
                     _row(350, "QA10076521", "Example Urology Partners", "12/10/2030", "99204", "334.00", "233.80",
                          "198.80", "35.00", "01"),
                     _row(400, "QB22991867", "Example Imaging Center", "01/13/2031", "72191", "1,928.00", "867.60",
                          "694.08", "173.52", "01"),
                     _row(450, "QC63271146", "Example Radiology Group", "01/31/2031", "37243", "8,604.00", "0.00",
                          "0.00", "8,604.00", "E40"),
                     *legend)


def test_a_legend_code_read_with_a_pound_sign_still_names_the_denied_row():
    got = _three_claim_eob(line(550, (100, "Notes")),
                           line(600, (100, "01 Paid according to your in-network benefits.")),
                           line(650, (100, "\u00a340 Investigational/experimental. Not covered.")))
    assert got["case_numbers"] == ["QC63271146"]
    assert got["service_dates"] == ["2031-01-31"]


def test_a_code_caption_whose_explanation_denies_on_a_later_line_names_the_denied_claim():
    got = fields_of(line(100, (100, "Example Health Insurance - Statement of benefits")),
                    line(150, (100, "Processed on: Jun 29, 2031")),
                    line(200, (100, "Member ID: QX5512078")),
                    line(300, (100, "Example Endoscopy Center - claim 0000468402 - received May 10, 2031")),
                    _row(350, "Date", "Service", "Amount billed", "Allowed amount", "Plan paid", "You owe", "Code"),
                    _row(400, "May 4, 2031", "43239 EGD with biopsy", "$2,482.00", "$1,365.10", "$1,228.59", "$136.51"),
                    line(500, (100, "Example Gastroenterology - claim 1498723845 - received Jun 9, 2031")),
                    _row(550, "Date", "Service", "Amount billed", "Allowed amount", "Plan paid", "You owe", "Code"),
                    _row(600, "Jun 3, 2031", "91110 capsule endoscopy", "$2,226.00", "$0.00", "$0.00", "$2,226.00",
                         "F12"),
                    line(700, (100, "Code F12")),
                    line(740, (100, "Capsule endoscopy is limited to one test every 12 months. Our records show a")),
                    line(780, (100, "test on Dec 23, 2030. No exception was shown, so this repeat test is not")),
                    line(820, (100, "covered. You may be billed for it.")))
    assert got["case_numbers"] == ["1498723845"]
    assert got["service_dates"] == ["2031-06-03"]


@pytest.mark.parametrize("caveat", [
    "This approval is not a guarantee of payment. Payment depends on your eligibility and benefits on the date of "
    "service.",
    "This approval is not a guarantee of payment if the member is not enrolled on the date of service.",
    "If more days are needed, the provider must ask first; days given after it ends without a new approval will not "
    "be paid.",
])
def test_an_approvals_caveat_about_eligibility_or_later_care_refuses_nothing(caveat):
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of("Example Health Plan", "NOTICE OF APPROVED SERVICES", "Authorization no. 241-567-296",
                          "We approved home infusion therapy from 01/17/2031 through 02/06/2031.", caveat),
                   cached_rules())
    assert (got.document_type, got.denial_type) == ("other", None)


def test_an_approval_that_recounts_the_earlier_denial_is_no_denial():
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of("Example Health Plan", "Authorization approved",
                          "Earlier we denied the request for this surgery as cosmetic. After a peer-to-peer review",
                          "with our medical director the request meets our criteria, and we have approved it."),
                   cached_rules())
    assert (got.document_type, got.denial_type) == ("other", None)


def test_an_upheld_appeal_that_recounts_the_earlier_denial_is_still_a_denial():
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of("Example Health Plan", "Appeal decision",
                          "Earlier we denied the request for this surgery as cosmetic. We reviewed your appeal and",
                          "we uphold our decision: the surgery is cosmetic and not covered by your plan.",
                          *APPEAL_RIGHTS_CB), cached_rules())
    assert got.document_type == "denial_letter"


APPEAL_RIGHTS_CB = ["YOUR APPEAL RIGHTS", "You may ask for an external review by an independent review organization."]


def test_a_providers_statement_with_boxed_heads_quoting_the_plans_denial_is_no_denial():
    from intake.classify import classify
    from intake.model import Document, Line, PageText, SourceFile, Word
    from intake.rules import cached_rules

    def row(y, *cells):
        words, x = [], 100.0
        for cell in cells:
            for tok in cell.split():
                words.append(Word(tok, 0.95, (x, y, x + 20 * len(tok), y + 30)))
                x += 20 * len(tok) + 15
            x += 200  # a wide gap between cells
        return Line(words=words, page=1)

    lines = [row(100, "EXAMPLE BARIATRIC INSTITUTE"),
             row(160, "STATEMENT DATE", "ACCOUNT", "PATIENT", "BALANCE DUE"),
             row(200, "4/26/2031", "NB-2805", "Ana B. Reyes", "$7,893.00"),
             row(260, "3/16/2031 43290 EGD with balloon placement $4,821.00"),
             row(320, "4/15/31 Example Benefit Admin. - denied, excluded $0.00"),
             row(380, "Your plan excluded this procedure (claim 766-6982). You can spread the balance over 18 months.")]
    doc = Document(SourceFile("statement.pdf", "0" * 64, "pdf", 1, 100), [PageText(1, 2550, 3300, lines, "ocr")])
    got = classify(doc, cached_rules())
    assert (got.document_type, got.denial_type) == ("other", None)


def test_the_one_claim_nothing_was_allowed_or_paid_on_is_the_denied_one():
    # the legend says why in words no rule knows; the amounts still show which claim was refused
    got = _three_claim_eob(line(550, (100, "Notes")),
                           line(600, (100, "E40 Outdoor programs are outside what your plan pays for.")))
    got2 = fields_of(line(100, (100, "Example Health Insurance Company - Explanation of Benefits")),
                     line(150, (100, "Issued: Feb 18, 2031")),
                     line(200, (100, "Member ID: QX5512078")),
                     line(300, (100, "Claim 1 of 2 Claim 20457617818 Provider: Example Audiology Associates")),
                     _row(350, "Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"),
                     _row(400, "01/04/2031", "92557", "Audiometry", "$185.00", "$140.00", "$120.00", "$20.00"),
                     line(500, (100, "Claim 2 of 2 Claim 30433790618 Provider: Example Hearing Center")),
                     _row(550, "Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"),
                     _row(600, "01/16/2031", "V5261", "Hearing aid", "$2,989.00", "$0.00", "$0.00", "$2,989.00", "HA6"),
                     line(700, (100, "HA6 - Hearing aids are paid once every 36 months.")))
    assert got["case_numbers"] == ["QC63271146"]
    assert got2["case_numbers"] == ["30433790618"]
    assert got2["claim_amount"] == "2989.00"


def test_a_row_with_a_deductible_applied_is_no_unpaid_claim():
    from intake.extract.claims import nothing_allowed

    assert nothing_allowed("01/21/2031 H2020 27,090.00 0.00 0.00 27,090.00 W41")
    assert not nothing_allowed("03/12/2031 Lab panel 500.00 400.00 0.00 400.00")
    assert not nothing_allowed("03/12/2031 Office visit 238.25 147.72 118.18 29.54")


def test_a_note_code_with_ocrs_l_for_a_one_still_names_the_denied_row():
    got = fields_of(line(100, (100, "Example Health Plan - EXPLANATION OF BENEFITS - Statement date 04/24/2031")),
                    line(150, (100, "Member ID: CLP-39452835")),
                    _row(250, "Dates", "Claim", "Provider", "Service", "Billed", "Plan paid", "You owe", "Note"),
                    _row(300, "02/03/2031", "195055829A", "Example Clinic", "99214", "$240.00", "$171.20", "$40.00"),
                    _row(350, "02/22/2031", "209489997B", "Example Home Infusion", "S9500", "$7,770.00", "$0.00",
                         "$7,770.00", "El4"),
                    _row(400, "01/15/2031", "575596018C", "Example Labs", "86618", "$98.00", "$41.10", "$0.00"),
                    line(500, (100, "Notes")),
                    line(550, (100, "El4 - Home antibiotic therapy beyond 28 days is not medically necessary.")))
    assert got["case_numbers"] == ["209489997B"]


@pytest.mark.parametrize("header, name", [
    ("Issued 2031-04-05 Member Ana B. Reyes ID 501178 896 Group NM5548", "Ana B. Reyes"),
    ("Statement date Jul 22, 2031 | Member Lucia G. Reyes | ID OBH-8722 | Group 354075", "Lucia G. Reyes"),
    ("Claims for Leo S. Reyes (dependent child)", "Leo S. Reyes"),
])
def test_a_member_label_without_a_colon_run_on_with_the_name(header, name):
    got = fields_of(line(100, (100, "Example Health Plan - Explanation of Benefits")),
                    line(170, (100, header)),
                    line(240, (100, "Call Member Services at 1-800-555-0100 with questions.")))
    assert got["member_name"] == name


def test_member_services_is_no_member():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Call Member Services Anytime at 1-800-555-0100.")))
    assert "member_name" not in got


@pytest.mark.parametrize("second", [
    ("Example Hearing & Tinnitus Clinic", "PATIENT BALANCE STATEMENT Statement date Apr 23, 2031", "Account no. QH-6849"),
    ("Example Andrology Laboratory INVOICE", "Bill to invoice no. INV-3174", "Balance $1,200.00"),
    ("EXAMPLE WILDERNESS THERAPY", "FAMILY INVOICE", "INVOICE INVOICE DATE ENROLLMENT NO. BALANCE"),
])
def test_a_bill_or_invoice_head_opens_a_paper_of_its_own_without_an_address(second):
    assert _letter_then(*second) == [[1], [2]]


@pytest.mark.parametrize("sentence, deadline", [
    ("You may appeal within 180 days from the date you receive this statement.", None),
    ("To appeal, write to us within 180 days from the date you received this EOB.", None),
    ("You may appeal within 180 days from the date on this statement.", "2031-08-29"),
    ("You may appeal within 60 days of the date of the denial letter.", "2031-05-01"),
])
def test_a_count_from_the_day_you_receive_the_paper_is_no_date(sentence, deadline):
    got = fields_of(line(100, (100, "Statement date: 03/02/2031")),
                    line(170, (100, "Member ID: QX5512078")),
                    line(240, (100, sentence)))
    assert got.get("appeal_deadline") == deadline


@pytest.mark.parametrize("lines", [
    ("Example Andrology Laboratory INVOICE", "Invoice no. INV-3174 Terms: Due on receipt",
     "Your insurer, Example Health Plan, denied claim 77-8349 as an infertility service; the charges are therefore",
     "billed to you. A 10% prompt-pay discount applies if paid within 20 days."),
    ("Example Bariatric Surgery, P.C. STATEMENT", "Guarantor Ana B. Reyes", "Due: Upon receipt",
     "Your insurance denied this surgery because your plan covers one operation per lifetime. Please call us to",
     "set up a payment plan."),
])
def test_a_providers_bill_telling_of_the_insurers_denial_denies_nothing(lines):
    from intake.classify import classify
    from intake.rules import cached_rules
    from tests.test_classify import doc_of

    got = classify(doc_of(*lines), cached_rules())
    assert (got.document_type, got.denial_type) == ("other", None)
