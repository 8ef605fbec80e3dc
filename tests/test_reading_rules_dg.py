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
                    line(500, (100, "03/23/2031"), (500, "629.00"), (800, "327.08")))
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
                    line(260, (100, "418 Example Street | Exampleton, TX 78900 | 1-555-301-0000")),
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
                            "The charges came to $2,000.00.",
                            "- Feb 11, 2031",
                            "- Feb 18, 2031",
                            "- Feb 25, 2031",
                            "Why we said no"))
    assert got["service_dates"] == ["2031-02-11", "2031-02-18", "2031-02-25"]


def test_an_msn_claims_dated_heading_under_the_appeal_sentence():
    """A summary notice's claim heading ('01/25/2031 Example Medical Supply, 1 Example Avenue ...') printed
    right under the 'Appeals must be filed by' sentence is the claim's heading, no rights boilerplate."""
    got = fields_of(line(100, (100, "Medicare Summary Notice for Part B")),
                    line(160, (100, "Notice date March 4, 2031")),
                    line(220, (100, "Did Medicare Approve All Services? NO. If you disagree with a decision,")),
                    line(270, (100, "you can file an appeal. Appeals must be filed by July 2, 2031.")),
                    line(320, (100, "01/25/2031 Example Medical Supply, 1180 Example Avenue, Exampleton, MN 55000")),
                    line(370, (100, "Claim number 31-0000-0000-501")),
                    line(420, (100, "Service Provided & Billing Code"), (900, "Approved?"), (1200, "Provider Charged"),
                         (1600, "Notes")),
                    line(470, (100, "E0240 Bath/shower chair"), (900, "No"), (1200, "$121.29"), (1600, "A")),
                    line(520, (100, "Total for claim $121.29")),
                    line(600, (100, "A Medicare does not pay for this item because it is a convenience item.")))
    assert got["service_dates"] == ["2031-01-25"]


# --- abbreviations, codes and amounts ---------------------------------------------------------------------------

def test_mbr_abbreviates_member_for_the_name_and_the_number():
    """'Mbr: Ana Reyes  Mbr # 123': a remittance's abbreviated member labels, one the name's, one the number's."""
    got = fields_of(line(100, (100, "Example Prairie Health Plan")),
                    line(300, (100, "Mbr: Loretta H. Quillan Mbr # 3100000575 DOB 04/04/1952")))
    assert got["member_id"] == "3100000575"
    assert got["member_name"] == "Loretta H. Quillan"


def test_an_amount_whose_thousands_comma_ocr_read_as_a_tick():
    """'$33'747.50': a photocopy's comma read as an apostrophe still separates the thousands."""
    from intake.extract.money import find_money

    assert find_money("Billed charges: $31'747.50")[0][0] == "31747.50"
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
                    line(400, (100, "01/24/31"), (300, "Example Anticoag Clinic"), (900, "Office visit"),
                         (1200, "3100 0000 501"), (1500, "$182.50"), (1700, "105.12"), (1900, "-")),
                    line(450, (100, "02/18/31"), (300, "Example Home Medical Supply"), (900, "Strips"),
                         (1200, "3100 0000 777"), (1500, "$322.00"), (1700, "0.00"), (1900, "F7")),
                    line(500, (100, "Totals"), (1500, "$504.50"), (1700, "105.12")),
                    line(600, (100, "F7 Test strips over the limit of your plan are not covered.")))
    assert got["case_numbers"] == ["3100 0000 777"]
    assert got["claim_amount"] == "322.00"
    assert got["provider"] == "Example Home Medical Supply"
    assert got["service_dates"] == ["2031-02-18"]


def test_a_plan_tier_printed_as_a_code_is_the_plan_id():
    """'Plan: QXR PPO 2500', 'Plan: PPO-284': a tier with nothing or a carrier's capitals before it is a code;
    'Plan: Silver Select PPO 2000' stays a product's name."""
    def plan(value):
        return fields_of(line(100, (100, "Example Prairie Health Plan")),
                         line(300, (100, "Plan:"), (500, value))).get("plan_id")

    assert plan("QXR PPO 2500") == "QXR PPO 2500"
    assert plan("PPO-284") == "PPO-284"
    assert plan("Silver Select PPO 2000") is None


def test_a_plan_code_with_a_longer_lettered_part():
    """'Plan ID: SP-HILL40': a dashed code's part may run to six characters."""
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
                            "This change starts February 16, 2031 and lasts through August 17, 2031.",
                            "Service plan year: 01/01/2031 - 12/31/2031."))
    assert got["service_dates"] == ["2031-02-16/2031-08-17"]
