"""Reading rules from session 35 (round DE), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.classify import classify
from intake.model import Document, Line, PageText, Word
from intake.rules import cached_rules
from tests.test_kv import SRC, fields_of, line
from tests.test_reading_rules_cy import _prose


def Line_big(y: float, text: str) -> Line:  # noqa: N802 - a line set in larger type than the letter's
    words, x = [], 100.0
    for tok in text.split():
        words.append(Word(tok, 0.97, (x, y, x + 30 * len(tok), y + 60)))
        x += 30 * len(tok) + 20
    return Line(words=words, page=1)


# --- labels ------------------------------------------------------------------------------------------------------

def test_a_bracketed_abbreviation_inside_a_label_is_an_aside():
    """'Medicaid ID (BIC) No.': the card's letters in brackets, and the label goes on after them."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Medicaid ID (BIC) No. ...................... QX31000000601")),
                    line(360, (100, "Claim (ICN) Number"), (900, "QC3100000501")))
    assert got["member_id"] == "QX31000000601"
    assert got["case_numbers"] == ["QC3100000501"]


def test_dash_leaders_between_a_label_and_its_value():
    """'Member ------------ Ana B. Reyes': a run of dashes is a drawn gap, as a run of dots is."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Member ------------------------- Quilla R. Example")),
                    line(360, (100, "Member ID ---------------------- QX5512001")))
    assert got["member_name"] == "Quilla R. Example"
    assert got["member_id"] == "QX5512001"


def test_a_town_with_its_state_and_zip_beside_a_caption_is_no_name():
    """A sidebar's 'PATIENT' caption with the name under it, and the letter's address block beside it: the
    line 'Exampleton KS 60001' (no comma) is a town, never the patient."""
    got = fields_of(line(100, (100, "Example Medicare Contractor")),
                    line(300, (100, "PATIENT"), (900, "Exampleton KS 60001")),
                    line(350, (100, "Quilla R. Example")))
    assert got["member_name"] == "Quilla R. Example"


# --- people in sentences ------------------------------------------------------------------------------------------

def test_the_recipient_or_client_a_letter_is_about():
    got = fields_of(*_prose("We received your request for a replacement device for our recipient Quilla R. Example,",
                            "born March 14, 1951. The request has been denied."))
    assert got["member_name"] == "Quilla R. Example"
    got = fields_of(*_prose("I am writing on behalf of my client Quilla R. Example, whose member ID is QX5512001,",
                            "about a claim you denied."))
    assert got["member_name"] == "Quilla R. Example"


def test_the_person_on_a_notices_to_line_with_their_street():
    got = fields_of(*_prose("To: Quilla R. Example, 618 Example Street NE, Washington, DC 20001",
                            "We are reducing your personal care hours."))
    assert got["member_name"] == "Quilla R. Example"



def test_a_relative_named_as_the_members_contact_is_not_the_patient():
    """'Your daughter, Ana Reyes, is listed as your contact': the letter is to the member about a relative; only a
    child the care was for ('for your daughter ...', '... your daughter Ana Reyes received') is the patient."""
    got = fields_of(line(100, (100, "Example Crest")), line(160, (100, "January 29, 2031")),
                    line(220, (100, "Quilla R. Example")), line(280, (100, "2811 Example Road")),
                    line(400, (100, "Member name .................... Quilla R. Example")),
                    line(460, (100, "Member ID ...................... QC3101101")),
                    line(560, (100, "We denied admission to Example Rehabilitation Hospital.")),
                    line(620, (100, "Your daughter, Maren W. Example, is listed as your contact. She can appeal for you if you")),
                    line(680, (100, "sign an Appointment of Representative form.")))
    assert got["member_name"] == "Quilla R. Example"


# --- claims tables --------------------------------------------------------------------------------------------

def _eob(*rows_and_legend):
    return [line(100, (100, "Example Summit Health Plan")), line(160, (100, "Statement date: Apr 24, 2031")),
            line(220, (100, "Member ID: QX3101401")),
            line(400, (100, "Claim"), (500, "Service"), (800, "Provider"), (1500, "Amount"), (1750, "Plan"),
                 (2000, "Remark")),
            line(440, (100, "Number"), (500, "Date"), (1500, "Billed"), (1750, "Paid"), (2000, "Code")),
            *rows_and_legend]


def test_the_appeal_paragraph_under_a_legend_is_no_part_of_its_last_entry():
    """'QP3 Paid; ... screening.' then 'Your right to appeal: ... a denied claim': the paid entry denies nothing,
    so the one claim whose code denies is the denied claim."""
    got = fields_of(*_eob(
        line(500, (100, "QC31000011"), (500, "Feb 25, 2031"), (800, "Example Regional Center"), (1500, "$10,302.20"),
             (1750, "$0.00"), (2000, "QX9")),
        line(560, (100, "QC31000012"), (500, "Feb 25, 2031"), (800, "Example Physicians"), (1500, "$1,184.00"),
             (1750, "$702.40"), (2000, "QP3")),
        line(700, (100, "QX9 Not covered. Section 7.14 of your certificate excludes services for an injury received")),
        line(745, (100, "while taking part in a race with a motorized vehicle.")),
        line(790, (100, "QP3 Paid; consultation allowed under emergency services (screening).")),
        line(835, (100, "Your right to appeal: you may appeal a denied claim within 180 days of this statement."))))
    assert got["case_numbers"] == ["QC31000011"]


def test_a_short_last_line_closes_a_legend_entry():
    """'QP1 Paid according to your benefit.' ends well short of the text's edge; the next line, 'To appeal a
    denied claim ...', is a paragraph of its own. Three-letter codes ('QON1') are legend codes too."""
    got = fields_of(*_eob(
        line(500, (100, "QC31000021"), (500, "Jan 3, 2031"), (800, "Example Laboratory"), (1500, "$380.00"),
             (1750, "$200.64"), (2000, "QP1")),
        line(560, (100, "QC31000022"), (500, "Apr 25, 2031"), (800, "Example Midwifery"), (1500, "$4,745.00"),
             (1750, "$0.00"), (2000, "QON1")),
        line(700, (100, "QON1 The provider is not in your plan's network. Out-of-network services are not covered")),
        line(745, (100, "for planned care.")),
        line(790, (100, "QP1 Paid according to your benefit.")),
        line(835, (100, "To appeal a denied claim, write to us within 180 days from the date of this statement at"))))
    assert got["case_numbers"] == ["QC31000022"]


def test_a_header_row_with_a_stray_mark_still_heads_its_columns():
    """'... responsibility code 7': OCR's stray digit in the header's second line does not end the table."""
    got = fields_of(line(100, (100, "Example Mutual Health Plan")), line(160, (100, "Member ID: QX3101001")),
                    line(400, (100, "Claim"), (500, "Provider"), (1300, "Amount"), (1600, "Plan"), (1900, "Remark")),
                    line(440, (100, "number"), (500, "name"), (1300, "billed"), (1600, "paid"), (1900, "code 7")),
                    line(500, (100, "QE31-0000201"), (500, "Example Clinic"), (1300, "313.00"), (1600, "189.10"),
                         (1900, "QD1")),
                    line(560, (100, "QE31-0000202"), (500, "Example Milk Bank"), (1300, "3,847.50"), (1600, "0.00"),
                         (1900, "QX22")),
                    line(700, (100, "QD1 Processed under your in-network benefits.")),
                    line(760, (100, "QX22 Not covered. Nutritional products used at home are excluded.")))
    assert got["case_numbers"] == ["QE31-0000202"]
    assert got["claim_amount"] == "3847.50"


def test_amounts_set_right_of_their_caption_are_its_columns():
    """Captions flush left, amounts flush right: the billed amount stands right of where 'Amount billed' ends,
    before the next caption begins."""
    got = fields_of(line(100, (100, "Example Route Health Plan")), line(160, (100, "Member ID: QR3100701")),
                    line(400, (100, "Claim"), (700, "Provider"), (1450, "Service"), (1740, "Amount"), (2050, "Plan"),
                         (2360, "Remark")),
                    line(440, (100, "number"), (700, "name"), (1450, "date"), (1740, "billed"), (2050, "paid"),
                         (2360, "code")),
                    line(500, (100, "31400-0000101"), (700, "Example Family Medicine"), (1450, "04/09/31"),
                         (1900, "335.25"), (2210, "166.28"), (2390, "QA1")),
                    line(560, (100, "31400-0000102"), (700, "Example Lab Services"), (1450, "11/25/29"),
                         (1900, "674.00"), (2250, "0.00"), (2390, "QT7")),
                    line(700, (100, "QA1 Paid.")),
                    line(760, (100, "QT7 Denied. The claim was received after the filing limit.")))
    assert got["case_numbers"] == ["31400-0000102"]
    assert got["claim_amount"] == "674.00"


def test_a_summary_notices_claim_heading_names_the_provider_before_the_claim_number():
    """'11/10/2031 Example Cardiology PC Claim number 71-00000-001 (received ...)': who billed and when."""
    got = fields_of(line(100, (100, "Medicare Summary Notice for Part B")),
                    line(160, (100, "Date of this notice: February 15, 2032")),
                    line(400, (100, "11/10/2031 Example Cardiology PC Claim number 71-00000-000-001 (received 11/18/2031)")),
                    line(460, (100, "Service Provided & Billing Code"), (900, "Service Approved?"), (1400, "Amount Charged"),
                         (1900, "See Notes")),
                    line(520, (100, "X-ray exam, knee 3 views (73562)"), (900, "No"), (1400, "$336.60"), (1900, "A")),
                    line(580, (100, "Total for this claim $336.60")),
                    line(660, (100, "11/25/2031 Example Internal Medicine Claim number 71-00000-000-002 (received 12/02/2031)")),
                    line(720, (100, "Office visit (99213)"), (900, "Yes"), (1400, "$180.52"), (1900, "")),
                    line(900, (100, "Notes for Claims Above")),
                    line(960, (100, "A Our records show that another plan should pay before Medicare.")))
    assert got["case_numbers"] == ["71-00000-000-001"]
    assert got["provider"] == "Example Cardiology PC"
    assert got["service_dates"] == ["2031-11-10"]



def _blocks(*claim_blocks, legend=()):
    """An EOB told claim by claim: each block a heading line, a column header, service lines and a total."""
    out = [line(100, (100, "Example Valley Health Plan")), line(160, (100, "Statement date 2/21/2031")),
           line(220, (100, "Member ID: QV3100801"))]
    y = 320
    for heading, rows in claim_blocks:
        out.append(line(y, (100, heading)))
        out.append(line(y + 45, (100, "Service"), (900, "Billed"), (1200, "Allowed"), (1500, "Plan paid"), (1800, "Remark")))
        y += 90
        for cells in rows:
            out.append(line(y, *cells))
            y += 45
        y += 30
    for text in legend:
        out.append(line(y, (100, text)))
        y += 45
    return out


def test_a_claim_citing_a_denying_note_outranks_a_line_adjusted_as_a_duplicate():
    """One claim's lines cite the legend's denying code; another's shows 'Duplicate line adjustment': the first
    is the denied claim (the word 'duplicate' in a line takes a line off a claim that was paid)."""
    got = fields_of(*_blocks(
        ("Claim 31500000101 - Example Rehabilitation Hospital - 01/29/2031 to 02/12/2031",
         [((100, "IRF admission, room and board"), (900, "35,299.00"), (1200, "0.00"), (1500, "0.00"), (1800, "QR7")),
          ((100, "Claim total"), (900, "35,299.00"), (1200, "0.00"), (1500, "0.00"))]),
        ("Claim 31500000102 - Example Neurology - 01/23/2031",
         [((100, "Hospital consult, 99223"), (900, "412.00"), (1200, "198.50"), (1500, "158.50"), (1800, "QA2")),
          ((100, "Duplicate line adjustment"), (1200, "(45.00)"), (1500, "(45.00)"), (1800, "QA9")),
          ((100, "Claim total"), (900, "412.00"), (1200, "153.50"), (1500, "113.50"))]),
        legend=("QR7 Inpatient rehabilitation level of care not authorized; a skilled nursing facility was approved.",
                "QA2 Your specialist copay.", "QA9 Line billed twice; amount removed.")))
    assert got["case_numbers"] == ["31500000101"]
    assert got["claim_amount"] == "35299.00"


def test_a_workers_compensation_statements_bills_are_its_claims():
    """'Bill 31200-0000102-8  Example Pain Institute  03/07/2031': each bill's block is one claim."""
    got = fields_of(*_blocks(
        ("Bill 31200-0000103-8 Example Physical Therapy 02/23/2031",
         [((100, "02/23/2031 97110 Therapeutic exercise"), (900, "118.50"), (1200, "97.17"), (1500, "97.17"),
           (1800, "QP1")),
          ((100, "Bill total charged 118.50"),)]),
        ("Bill 31200-0000104-8 Example Pain & Spine Institute 03/07/2031",
         [((100, "03/07/2031 64483 Epidural injection"), (900, "1,721.75"), (1200, "0.00"), (1500, "0.00"),
           (1800, "QN14")),
          ((100, "Bill total charged 1,721.75"),)]),
        legend=("QP1 Paid according to the fee schedule.",
                "QN14 Denied. This treatment is not for a condition accepted under your file.")))
    assert got["claim_amount"] == "1721.75"
    assert got["service_dates"] == ["2031-03-07"]


def test_an_allowance_reduction_in_a_legend_denies_nothing():
    """'Amount above the network allowance; the provider may not bill you for it': a price cut, the line paid."""
    got = fields_of(*_blocks(
        ("Claim QE31000000401 Example Breast Imaging Center",
         [((100, "76641 Ultrasound breast"), (900, "318.00"), (1200, "0.00"), (1500, "0.00"), (1800, "QN7")),
          ((100, "Claim total"), (900, "318.00"), (1200, "0.00"), (1500, "0.00"))]),
        ("Claim QE31000000402 Example Women's Health",
         [((100, "99214 Office visit"), (900, "245.00"), (1200, "200.00"), (1500, "170.00"), (1800, "QA2")),
          ((100, "Claim total"), (900, "245.00"), (1200, "200.00"), (1500, "170.00"))]),
        legend=("QN7 Supplemental screening ultrasound is not a covered benefit.",
                "QA2 Amount above the network allowance; the provider may not bill you for it. $30 office copay.",
                "Plan year 2031: deductible $1,500. You may appeal a denied claim within 180 days of this statement.")))
    assert got["case_numbers"] == ["QE31000000401"]


def test_an_adjustment_row_inside_a_claims_table_does_not_end_it():
    """'Adjustment, prior claim (45.00)' under one claim's row, nothing under the claim column: the rows below
    are still the table's, and the denied claim among them is found."""
    got = fields_of(line(100, (100, "Example Mutual Health")), line(160, (100, "Member ID: QW3100901")),
                    line(400, (100, "Claim no."), (500, "Provider"), (1300, "Billed"), (1600, "Plan paid"), (1900, "Code")),
                    line(460, (100, "QE31-0000301"), (500, "Example Driver Rehabilitation"), (1300, "310.00"),
                         (1600, "173.60"), (1900, "QA1")),
                    line(520, (500, "Adjustment, prior claim"), (1600, "(45.00)"), (1900, "QB9")),
                    line(580, (100, "QE31-0000302"), (500, "Example Mobility Conversions"), (1300, "11,454.00"),
                         (1600, "0.00"), (1900, "QX22")),
                    line(700, (100, "QA1 Paid at the network rate.")),
                    line(760, (100, "QB9 We recovered an overpayment on an earlier claim.")),
                    line(820, (100, "QX22 Not covered. Vehicle modifications are excluded under your plan.")))
    assert got["case_numbers"] == ["QE31-0000302"]
    assert got["claim_amount"] == "11454.00"

# --- what kind of paper -----------------------------------------------------------------------------------------

def _kind(*texts: str) -> str:
    lines = [line(100 + 60 * i, (100, t)) for i, t in enumerate(texts)]
    for i, ln in enumerate(lines):
        ln.index = i
    return classify(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), cached_rules()).document_type


def test_a_providers_statement_telling_of_the_plans_decision_is_no_denial():
    assert _kind("Example Rehabilitation Institute PATIENT STATEMENT", "Statement date Mar 16, 2031",
                 "02/05/2031 Program day $720.00 0.00 Denied", "02/07/2031 Program day $760.00 0.00 Denied",
                 "02/09/2031 Program day $760.00 0.00 Denied", "02/12/2031 Program day $880.00 0.00 Denied",
                 "Example Health Plan denied these services as experimental. You may appeal the plan's decision.",
                 "Interest-free payment plan available: $320 per month.") == "other"


def test_a_letter_written_to_the_plan_for_a_client_is_no_denial():
    assert _kind("Example Home Birth Services", "April 7, 2031", "Example Ridge Health Plan",
                 "To the reconsideration team:",
                 "I am writing on behalf of my client Quilla R. Example about a claim you denied.",
                 "The claim was denied because I am not in your network. I ask that you apply a network",
                 "gap exception and process the claim at the in-network level.", "Sincerely,") == "other"


def test_a_favorable_redetermination_is_no_denial():
    assert _kind("Example Medicare Administrative Services", "Medicare Redetermination Notice - Favorable Decision",
                 "Decision: FAVORABLE. We have decided that Medicare can pay the claim listed above.",
                 "You sent proof that the other coverage ended before the date of service.",
                 "The claim will be reprocessed and your provider will receive the payment.") == "other"


# --- plan and issuer --------------------------------------------------------------------------------------------

def test_a_federal_employees_enrollment_code_is_the_plan_id():
    got = fields_of(line(100, (100, "Example Route Health Plan")), line(300, (100, "Member ID"), (700, "QR3101301")),
                    line(360, (100, "Enrollment code"), (700, "2W3")),
                    line(420, (100, "Enrollment date:"), (700, "March 3, 2031")))
    assert got["plan_id"] == "2W3"
    assert got.get("denial_date") != "2031-03-03"


def test_a_papers_title_in_large_type_is_no_issuer():
    """'Network Exception Approved' set larger than the plan's name: what the paper is, not who sent it."""
    got = fields_of(line(100, (100, "Example Ridge Health Plan")),
                    Line_big(170, "Network Exception Approved"),
                    line(300, (100, "Date: 2031-03-15")), line(360, (100, "Member ID: QR3101201")),
                    line(420, (100, "We approved your request for a network gap exception.")))
    assert got["insurer"] == "Example Ridge Health Plan"
