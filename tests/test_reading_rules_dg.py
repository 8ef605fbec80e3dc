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
