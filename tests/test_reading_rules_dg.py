"""Reading rules from session 36 (round DG), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line
from tests.test_reading_rules_de import Line_big
from tests.test_reading_rules_cy import _prose


# --- labels ------------------------------------------------------------------------------------------------------

def test_a_caption_qualified_by_a_bracket_that_opens_with_a_small_word():
    """'PROVIDER (IN NETWORK)' over its value: the bracket qualifies the caption, though its first word ('in')
    is a connector the label reader would otherwise take as the label's own."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "CLAIM"), (600, "PROVIDER (IN NETWORK)"), (1500, "ACCESSION")),
                    line(350, (100, "31-000000-501"), (600, "Example Genomics Laboratory"), (1500, "QA3100001")),
                    line(450, (100, "Service date"), (500, "Charged"), (800, "Plan paid")),
                    line(500, (100, "03/23/2031"), (500, "640.00"), (800, "301.08")))
    assert got["provider"] == "Example Genomics Laboratory"


def test_an_ambulance_company_label_names_the_provider():
    """'Ambulance company:' (or 'Transportation company') names who carried the patient: the provider."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Patient name"), (700, "Quilla R. Example")),
                    line(360, (100, "Ambulance company"), (700, "Example Valley EMS")),
                    line(420, (100, "Dates of service"), (700, "April 2, 2031")))
    assert got["provider"] == "Example Valley EMS"


# --- claim blocks and addressees ---------------------------------------------------------------------------------

def test_a_claim_headers_name_before_its_span_of_service_dates():
    """'Claim 31-0890-000600 Example Home Medical, LLC 01/31/2031 - 02/13/2031': the span's dash is no
    separator; the name before the dates billed the claim."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(200, (100, "Claim 31-0041-000205 Example Orthopaedic Associates Service 01/24/2031")),
                    line(250, (100, "99024 Postoperative follow-up 01/24/2031 0.00 0.00 0.00 0.00")),
                    line(300, (100, "Claim 31-0890-000600 Example Home Medical Equipment, LLC 01/31/2031 - 02/13/2031")),
                    line(350, (100, "E0935 RR CPM knee, rental 01/31/2031-2/6/31 191.00 0.00 0.00 0.00 CP4")),
                    line(400, (100, "Claim total 191.00 0.00 0.00 0.00")),
                    line(500, (100, "CP4 Not medically necessary: more rental days than the policy covers.")))
    assert got["provider"] == "Example Home Medical Equipment, LLC"


def test_a_notice_addressed_to_a_hospitals_billing_office():
    """A claim denial sent to 'Example Memorial Hospital' over 'Patient Financial Services': the hospital is
    the provider whose claim was denied."""
    got = fields_of(Line_big(100, "QUILLAN COUNTY"),
                    Line_big(180, "Indigent Health Care Program"),
                    line(260, (100, "12 Example Street | Exampleton, TX 78000 | 1-555-300-0000")),
                    line(330, (100, "May 5, 2031")),
                    line(400, (100, "Example Memorial Hospital")),
                    line(450, (100, "Patient Financial Services")),
                    line(450, (100, "CLAIM DENIAL - PATIENT NOT ELIGIBLE ON THE DATES OF SERVICE")),
                    line(520, (100, "Patient: Quilla R. Example")),
                    line(570, (100, "Claim number: QC31000501")))
    assert got["provider"] == "Example Memorial Hospital"


# --- service dates ------------------------------------------------------------------------------------------------

def test_dates_listed_under_a_sentence_that_announces_them():
    """'... on these dates:' then one date to a line, a sentence printed between: the days of service."""
    got = fields_of(*_prose("Dr. Quilla Example billed us for 3 applications of a skin substitute, on these dates:",
                            "The charges came to $2,100.00.",
                            "- Feb 10, 2031",
                            "- Feb 17, 2031",
                            "- Feb 24, 2031",
                            "Why we said no"))
    assert got["service_dates"] == ["2031-02-10", "2031-02-17", "2031-02-24"]


def test_an_msn_claims_dated_heading_under_the_appeal_sentence():
    """A summary notice's claim heading ('01/23/2031 Example Medical Supply, 1 Example Avenue ...') printed
    right under the 'Appeals must be filed by' sentence is the claim's heading, no rights boilerplate."""
    got = fields_of(line(100, (100, "Medicare Summary Notice for Part B")),
                    line(160, (100, "Notice date March 4, 2031")),
                    line(220, (100, "Did Medicare Approve All Services? NO. If you disagree with a decision,")),
                    line(270, (100, "you can file an appeal. Appeals must be filed by July 2, 2031.")),
                    line(320, (100, "01/23/2031 Example Medical Supply, 1180 Example Avenue, Exampleton, MN 55000")),
                    line(370, (100, "Claim number 31-0000-0000-501")),
                    line(420, (100, "Service Provided & Billing Code"), (900, "Approved?"), (1200, "Provider Charged"),
                         (1600, "Notes")),
                    line(470, (100, "E0240 Bath/shower chair"), (900, "No"), (1200, "$140.10"), (1600, "A")),
                    line(520, (100, "Total for claim $140.10")),
                    line(600, (100, "A Medicare does not pay for this item because it is a convenience item.")))
    assert got["service_dates"] == ["2031-01-23"]


# --- abbreviations, codes and amounts ---------------------------------------------------------------------------

def test_mbr_abbreviates_member_for_the_name_and_the_number():
    """'Mbr: Ana Reyes  Mbr # 123': a remittance's abbreviated member labels, one the name's, one the number's."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Mbr: Quilla H. Tenbrook Mbr # 3100000575 DOB 08/11/1950")))
    assert got["member_id"] == "3100000575"
    assert got["member_name"] == "Quilla H. Tenbrook"


def test_an_amount_whose_thousands_comma_ocr_read_as_a_tick():
    """'$31'707.50': a photocopy's comma read as an apostrophe still separates the thousands."""
    from intake.extract.money import find_money

    assert find_money("Billed charges: $31'707.50")[0][0] == "31707.50"
    assert find_money("it's 12 o'clock, room 3'000") == []


def test_an_estimates_total_row_under_an_estimated_charge_column():
    """'Estimated charge' heads a cost estimate's charges, and 'Total estimated charges' totals them: the
    total, not the first line, is what the estimate is for."""
    got = fields_of(line(100, (100, "Example Ambulatory Surgery Center")),
                    line(300, (100, "Code"), (400, "Description"), (1500, "Estimated charge")),
                    line(350, (100, "55880"), (400, "Ablation of prostate tissue"), (1500, "$14,000.00")),
                    line(400, (100, "76872"), (400, "Transrectal ultrasound guidance"), (1500, "$600.50")),
                    line(450, (100, "00914"), (400, "Anesthesia (estimated 3 hours)"), (1500, "$1,900.00")),
                    line(500, (100, "Total estimated charges"), (1500, "$16,500.50")))
    assert got["claim_amount"] == "16500.50"


def test_a_claims_table_whose_claim_numbers_are_printed_in_spaced_groups():
    """A 'Claim / number' column whose numbers print as '3100 0000 501': each row is its own claim, so the
    denied row's number, amount, date and provider are the ones."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Date(s)"), (300, "Provider"), (900, "Service"), (1200, "Claim"),
                         (1500, "Amount"), (1700, "Plan"), (1900, "Remark")),
                    line(340, (100, "of service"), (1200, "number"), (1500, "billed"), (1700, "paid"),
                         (1900, "code")),
                    line(400, (100, "01/22/31"), (300, "Example Anticoag Clinic"), (900, "Office visit"),
                         (1200, "3100 0000 501"), (1500, "$170.50"), (1700, "98.12"), (1900, "-")),
                    line(450, (100, "02/17/31"), (300, "Example Home Medical Supply"), (900, "Strips"),
                         (1200, "3100 0000 777"), (1500, "$310.00"), (1700, "0.00"), (1900, "F7")),
                    line(500, (100, "Totals"), (1500, "$480.50"), (1700, "98.12")),
                    line(600, (100, "F7 Test strips over the limit of your plan are not covered.")))
    assert got["case_numbers"] == ["3100 0000 777"]
    assert got["claim_amount"] == "310.00"
    assert got["provider"] == "Example Home Medical Supply"
    assert got["service_dates"] == ["2031-02-17"]


def test_a_plan_tier_printed_as_a_code_is_the_plan_id():
    """'Plan: QXR PPO 3150', 'Plan: PPO-731': a tier with nothing or a carrier's capitals before it is a code;
    'Plan: Silver Select PPO 2000' stays a product's name."""
    def plan(value):
        return fields_of(line(100, (100, "Example Prairie Health Plan")),
                         line(300, (100, "Plan:"), (500, value))).get("plan_id")

    assert plan("QXR PPO 3150") == "QXR PPO 3150"
    assert plan("PPO-731") == "PPO-731"
    assert plan("Silver Select PPO 2000") is None


def test_a_plan_code_with_a_longer_lettered_part():
    """'Plan ID: QX-HILL40': a dashed code's part may run to six characters."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Plan ID: QX-HILL40")))
    assert got["plan_id"] == "QX-HILL40"


# --- other requests and plan years --------------------------------------------------------------------------------

def test_an_earlier_requests_reference_is_not_this_cases_number():
    """'An earlier request ..., reference X, was denied on ...' and 'Your previous request, Ref No. X, was
    approved': another request's number, even when that one was denied."""
    got = fields_of(*_prose("Reference: QR-2031-1749",
                            "We denied the off-island referral for knee surgery. An earlier request for the same knee,",
                            "reference QR-2030-0289, was denied on 10/21/2030. Your previous request, Ref No. QR-30-9660,",
                            "was approved on 09/22/2030."))
    assert got["case_numbers"] == ["QR-2031-1749"]


def test_a_service_plan_year_is_no_span_of_care():
    """'Service plan year: 01/01/2031 - 12/31/2031' is the plan's year; the reduction's own span ('This change
    starts DATE and lasts through DATE') is what the notice decides."""
    got = fields_of(*_prose("We approved 18 hours a week. We did not approve the other 10 hours a week.",
                            "This change starts February 9, 2031 and lasts through August 10, 2031.",
                            "Service plan year: 01/01/2031 - 12/31/2031."))
    assert got["service_dates"] == ["2031-02-09/2031-08-10"]


# --- names and IDs broken over lines --------------------------------------------------------------------------------

def test_a_doctor_whose_title_ends_the_line_above_the_name():
    """'... that Dr.' over 'Quilla M. Example of Example Urology asked to perform ...': the doctor is named."""
    got = fields_of(*_prose("We have reviewed your request for ablation of the prostate that Dr.",
                            "Quilla M. Example of Example Urology Associates asked to perform on March 10,",
                            "2031. Example Prairie Health Plan cannot approve this service."))
    assert got["provider"] == "Dr. Quilla M. Example"


def test_an_id_broken_after_its_hyphen_at_the_lines_end():
    """'Auth # QX-913-' over '81509 ...': the number goes on at the start of the next line."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Re: Quilla D. Example Mbr # QX310000159 Grp 31007-12")),
                    line(350, (100, "DOB 07/19/1961 Planned date 03-10-31 Denied request Auth # QX-913-")),
                    line(400, (100, "40127")))
    assert got["case_numbers"] == ["QX-913-40127"]
    assert got["member_name"] == "Quilla D. Example"


def test_a_box_number_read_with_a_comma():
    """'7, Date(s) of service': a fax turned the box number's point into a comma; the caption still labels the
    box below."""
    got = fields_of(line(100, (100, "EXAMPLE PRAIRIE HEALTH PLAN - SERVICE AUTHORIZATION DECISION")),
                    line(300, (100, "1. Member name"), (800, "2. Plan ID"), (1400, "7, Date(s) of service")),
                    line(350, (100, "Quilla L. Example"), (800, "QX-CTX59"), (1400, "01/06/31 - 01/15/31")))
    assert got["service_dates"] == ["2031-01-06/2031-01-15"]


def test_day_first_evidence_never_spans_a_line_break_or_mixed_separators():
    """'... on May 14.' over '01/20/2031', or a size range '4.1-10.0', is no day-first date: the letter's
    '02/12/2031' stays February 12."""
    from intake.extract.dates import day_first

    assert not day_first("reviewed on May 14.\n01/20/2031 and 02/12/2031 (tattooing, 4.1-10.0 sq cm)")
    assert day_first("fecha 23/02/2031 y 15/03/2031")


# --- people in sentences and addressees -------------------------------------------------------------------------------

def test_the_patient_of_a_claim_told_to_the_provider_in_a_sentence():
    got = fields_of(*_prose("We have finished our review of the inpatient claim that Example Ridge Medical Center",
                            "sent us for the care of Quilla L. Example, Medicaid number 3100 0000 9, born October 3,",
                            "1949. The inpatient level of care was not needed."))
    assert got["member_name"] == "Quilla L. Example"
    got = fields_of(*_prose("We have reviewed your claim for the services you provided to our recipient Quilla N.",
                            "Example (Medicaid ID 3100463862) on March 6 through March 11, 2031."))
    assert got["member_name"] == "Quilla N. Example"


def test_an_office_on_the_attn_line_is_no_provider():
    """A doctor's letter to the plan 'Attn: Medical Director, Appeals': an office of the plan, never who gave
    the care (the doctor signing it is)."""
    got = fields_of(line(100, (100, "Example Urology Associates")),
                    line(160, (100, "February 24, 2031")),
                    line(220, (100, "Example Prairie Health Plan")),
                    line(270, (100, "Attn: Medical Director, Appeals")),
                    line(320, (100, "17 Example Parkway, Suite 2")),
                    line(370, (100, "Exampleton, ID 83000")),
                    line(450, (100, "I am writing to ask you to reconsider the denial of the ablation for my patient.")),
                    line(520, (100, "Sincerely,")),
                    line(580, (100, "Dr. Quilla M. Example, MD")))
    assert got.get("provider") != "Medical Director, Appeals"


def test_an_assignee_label_names_the_provider():
    """'Assignee:' on a no-fault or assigned-benefits paper names the provider the benefits are paid to."""
    got = fields_of(line(100, (100, "Example Casualty Insurance Company")),
                    line(300, (100, "Assignee:"), (500, "Example Ridge Physical Therapy, P.C.")))
    assert got["provider"] == "Example Ridge Physical Therapy, P.C."


# --- the insurer and what kind of denial ----------------------------------------------------------------------------

def test_a_letterheads_tagline_of_payer_words_is_completed_by_the_brand_the_letter_writes():
    """A logo's brand OCR set on another line leaves 'Health Assurance' over the letter; the letter writes
    'Quillhaven Health Assurance, Appeals Department': the insurer is that name."""
    got = fields_of(Line_big(100, "Health Assurance"),
                    line(200, (100, "Member Services 1-877-555-0100")),
                    line(300, (100, "Patient: Quilla J. Example")),
                    line(360, (100, "Member ID: QX134163013")),
                    line(420, (100, "You may appeal within 180 days: Quillhaven Health Assurance, Appeals Department,")),
                    line(470, (100, "8 Example Parkway, Exampleton, OH 43000.")))
    assert got["insurer"] == "Quillhaven Health Assurance"


def _denial(*texts: str) -> tuple:
    from intake.classify import classify
    from intake.model import Document, PageText
    from intake.rules import cached_rules
    from tests.test_kv import SRC

    lines = [line(100 + 60 * i, (100, t)) for i, t in enumerate(texts)]
    for i, ln in enumerate(lines):
        ln.index = i
    got = classify(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), cached_rules())
    return got.document_type, got.denial_type


def test_hours_more_than_what_is_medically_needed():
    assert _denial("Example Prairie Health Plan", "Notice of Adverse Benefit Determination",
                   "We approved 18 hours a week. We did not approve the other 10 hours a week.",
                   "Why: the hours asked for are more than what is medically needed for the tasks you need help with."
                   ) == ("denial_letter", "medical_necessity")


def test_hours_that_must_be_approved_before_they_are_given():
    """A numbered-box decision whose reason code box and 'Reason code' note are no coding error: the hours
    'must be approved before they are given'."""
    assert _denial("EXAMPLE PRAIRIE HEALTH PLAN - SERVICE AUTHORIZATION DECISION",
                   "STAR+PLUS | Form QX-SA-7 rev. 10/2030 | Complete boxes 1-16. Send a copy to the member.",
                   "8. Service 9. Units requested 10. Units approved 11. Provider NPI",
                   "PAS, agency model (T1019) 120 (15-min) 0 3100024003",
                   "12. Request received 13. Authorization no. 14. Decision 15. Reason code 16. Decision date",
                   "01/17/2031 QX53018835 DENIED QX-04 02/03/2031",
                   "Reason code QX-04: the request for added attendant hours after the member's hospital stay was",
                   "received after the services were given. These hours must be approved before they are given.",
                   "No emergency exception applies.")[1] == "prior_authorization"


def test_a_bill_that_reached_the_insurer_too_late_is_denied_in_full():
    assert _denial("EXAMPLE CASUALTY INSURANCE COMPANY", "Dear Provider:",
                   "The regulation requires a provider to submit written proof of claim within 45 days after the",
                   "services are rendered. Your bill reached us more than 45 days after the last date of treatment and",
                   "no reason for the late submission was given. The bill is therefore denied in full."
                   ) == ("denial_letter", "timely_filing")


# --- a provider's statement -------------------------------------------------------------------------------------------

def test_a_statement_titled_beside_its_letterhead_is_the_providers_own():
    """'Example Eye Institute  STATEMENT' on the first line: the practice's own bill, so the practice is the
    provider (not just the paper's issuer), and its 'Due by' is when to pay, no appeal deadline."""
    got = fields_of(line(100, (100, "Quillmere River Eye Institute"), (1900, "STATEMENT")),
                    line(160, (100, "31 Example St, Exampleton, OH 43000 - Billing 419-555-0100 - NPI 1000000068")),
                    line(220, (100, "Statement date: Mar 24, 2031")),
                    line(280, (100, "Patient: Quilla G. Example"), (1500, "Due by 04-23-2031")),
                    line(340, (100, "Date"), (300, "Code"), (500, "Description"), (1500, "Amount")),
                    line(400, (100, "01/27/2031"), (300, "99204"), (500, "New patient visit"), (1500, "267.00")),
                    line(460, (100, "Total charges 267.00")))
    assert got["provider"] == "Quillmere River Eye Institute"
    assert "appeal_deadline" not in got


def test_a_plan_years_deductible_line_is_no_service_line():
    """'Plan-year deductible (01/01/2031 - 12/31/2031): $400.00 / met $250.00' has a span and two amounts, but
    it is the plan's year, not a service line's dates."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(200, (100, "EXPLANATION OF BENEFITS")),
                    line(300, (100, "01/31/2031 83993 Stool test 355.00 0.00 0.00 355.00")),
                    line(420, (100, "Plan-year deductible (01/01/2031 - 12/31/2031): $400.00 / met $250.00")))
    assert got["service_dates"] == ["2031-01-31"]


def test_a_specimens_receipt_is_no_day_of_care():
    """'The specimen received on <date> was tested by ...': the lab's receipt of a sample, not the service."""
    got = fields_of(*_prose("The specimen received on February 2, 2031 was processed by a laboratory outside",
                            "our network."))
    assert "service_dates" not in got
    got = fields_of(*_prose("La muestra recibida el 2 de febrero de 2031 fue procesada por un laboratorio que no",
                            "participa en la red."))
    assert "service_dates" not in got


# --- dates and deadlines ----------------------------------------------------------------------------------------------

def test_a_deadline_sentence_that_offers_a_hearing_after_a_comma():
    """'... reconsideration within 30 days of the date of this statement, or for an administrative hearing
    within 90 days': the hearing's words after ', or for' leave the reconsideration's 30 days the deadline."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(160, (100, "Statement date 2031-03-20")),
                    line(220, (100, "If you disagree with a denied claim, you may ask for reconsideration within 30 days"
                                    " of the date of this statement, or for an administrative hearing within 90 days.")))
    assert got["appeal_deadline"] == "2031-04-19"


def test_the_letters_date_after_its_offices_bar():
    """'Provider Claims Services | 12-FEB-2031' under the letterhead: the office's line carries the letter's date."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(160, (100, "Provider Claims Services | 12-FEB-2031")),
                    line(240, (100, "Example Bend Attendant Services")),
                    line(300, (100, "Dear Provider: the claim above is denied. You may file a provider claim appeal within"
                                    " 120 days of the date of this letter.")))
    assert got["denial_date"] == "2031-02-12"
    assert got["appeal_deadline"] == "2031-06-12"


def test_ocr_rn_for_m_in_the_insurers_own_word():
    """'Example Casualty Insurance Cornpany': OCR's 'rn' for 'm' in a payer's word is mended."""
    got = fields_of(Line_big(100, "Quillan Bay Casualty Insurance Cornpany"),
                    line(200, (100, "No-Fault Claims Unit, 2200 Example Parkway, Hauppauge, NY 11788")),
                    line(300, (100, "Injured person: Quilla V. Example")))
    assert got["insurer"] == "Quillan Bay Casualty Insurance Company"
