"""Reading rules from session 50 (what rounds EA to EG showed of statements listing several claims), each a general
one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.claims import mostly_nothing, nothing_allowed
from intake.extract.remarks import carc_regex
from intake.rules import cached_rules
from tests.test_kv import fields_of, line


def test_claims_headed_by_their_control_numbers_keep_only_the_refused_one():
    """'ICN 3190... Example Urgent Care' over its rows, then 'ICN 3191...' and 'ICN 3192...': a control-number
    caption opening each claim's block heads it like 'Claim #'; the claim whose rows paid nothing is the paper's."""
    got = fields_of(
        line(300, (100, "Date"), (500, "Service"), (1300, "Billed"), (1600, "Allowed"), (1900, "Plan paid"),
             (2200, "You owe")),
        line(360, (100, "ICN 3190314159265"), (700, "Example Urgent Care")),
        line(410, (100, "02/21/31"), (500, "Office visit 99203"), (1300, "231.00"), (1600, "171.80"),
             (1900, "171.80"), (2200, "0.00")),
        line(460, (100, "Claim total 231.00 171.80 171.80 0.00")),
        line(540, (100, "ICN 3190327182818"), (700, "Example Therapy")),
        line(590, (100, "03/05/31"), (500, "Therapeutic exercise 97110"), (1300, "158.00"), (1600, "119.00"),
             (1900, "119.00"), (2200, "0.00")),
        line(640, (100, "Claim total 158.00 119.00 119.00 0.00")),
        line(720, (100, "ICN 3190341421356"), (700, "Example Therapy")),
        line(770, (100, "03/17/31"), (500, "Therapeutic exercise 97110"), (1300, "158.00"), (1600, "0.00"),
             (1900, "0.00"), (2200, "158.00")),
        line(820, (100, "03/19/31"), (500, "Therapeutic exercise 97110"), (1300, "158.00"), (1600, "0.00"),
             (1900, "0.00"), (2200, "158.00")),
        line(870, (100, "Claim total 316.00 0.00 0.00 316.00")))
    assert got["case_numbers"] == ["3190341421356"]
    assert got["service_dates"] == ["2031-03-17", "2031-03-19"]


def test_a_remittance_whose_claim_headers_name_the_patient_before_the_control_number():
    """'DOE, ANA T  ID 7021 884 390  ICN 3150...  Plan QX-KD04': the control number inside each patient's header
    line heads that claim; the line a note says nothing was paid on ('Nothing paid on this line') is refused."""
    got = fields_of(
        line(300, (100, "DOS"), (400, "Code"), (700, "Service"), (1400, "Billed"), (1700, "Allowed"),
             (2000, "Paid"), (2250, "Rsn")),
        line(360, (100, "EXAMPLE, ANA T ID 7021 884 390 ICN 3150817263549 Plan QX-KD04")),
        line(410, (100, "03/25/31"), (400, "D0120"), (700, "Periodic oral evaluation"), (1400, "71.00"),
             (1700, "44.20"), (2000, "44.20"), (2250, "P1")),
        line(480, (100, "SAMPLE, LEO K ID 7093 156 442 ICN 3148270619335 Plan QX-KD04")),
        line(530, (100, "03/27/31"), (400, "D0120"), (700, "Periodic oral evaluation"), (1400, "71.00"),
             (1700, "44.20"), (2000, "44.20"), (2250, "P1")),
        line(580, (100, "03/27/31"), (400, "D1351"), (700, "Sealant - per tooth"), (1400, "61.00"),
             (1700, "0.00"), (2000, "0.00"), (2250, "S7")),
        line(660, (100, "Reason codes on this remittance")),
        line(710, (100, "P1 Paid at the fee schedule.")),
        line(760, (100, "S7 A sealant on this tooth was paid last year. Nothing paid on this line.")))
    assert got["case_numbers"] == ["3148270619335"]
    assert got["member_name"] == "Leo K. Sample"  # the patient heading the refused claim, not the first one's
    assert got["member_id"].replace(" ", "") == "7093156442"


def test_a_credit_in_a_row_is_no_reason_code():
    """'41.30 CR 180.75': an amount credited, then the next column's amount, never the group code CR and reason
    210; a group code with its reason still reads as one ('CO-45', 'PR 204')."""
    rx = carc_regex(cached_rules())
    assert not rx.search("Office visit 99214 222.05 41.30 CR 180.75 180.75 0.00")
    assert rx.search("Office visit 222.05 CO-45 41.30").group(0) == "CO-45"
    assert rx.search("Lab 37.00 PR 204 37.00").group(0) == "PR 204"


def test_a_claims_history_box_above_the_claims_in_detail():
    """A box listing one person's earlier claims ('Claim # | Date | Billed') above the statement's own table whose
    claim column comes after a person code: both tables' rows are claims, the one refused is in the second."""
    got = fields_of(
        line(300, (100, "Claim #"), (500, "Date"), (800, "Billed"), (1100, "Plan paid")),
        line(350, (100, "QX7010452"), (500, "11/26/30"), (800, "158.00"), (1100, "82.00")),
        line(400, (100, "QX7011873"), (500, "03/04/31"), (800, "158.00"), (1100, "82.00")),
        line(520, (100, "Pers."), (250, "Claim #"), (550, "Svc date"), (800, "Service"), (1200, "Billed"),
             (1400, "Allowed"), (1600, "Deduct."), (1800, "Paid"), (2000, "Not covered"), (2200, "You owe")),
        line(570, (100, "01"), (250, "QX7020334"), (550, "03/05/31"), (800, "Office visit"), (1200, "205.00"),
             (1400, "133.10"), (1600, "0.00"), (1800, "103.10"), (2000, "0.00"), (2200, "30.00")),
        line(620, (100, "02"), (250, "QX7021965"), (550, "03/07/31"), (800, "Lab panel"), (1200, "192.00"),
             (1400, "73.60"), (1600, "73.60"), (1800, "0.00"), (2000, "0.00"), (2200, "73.60")),
        line(670, (100, "03"), (250, "QX7023586"), (550, "03/11/31"), (800, "Speech therapy"), (1200, "158.00"),
             (1400, "0.00"), (1600, "0.00"), (1800, "0.00"), (2000, "158.00"), (2200, "158.00")))
    assert got["case_numbers"] == ["QX7023586"]
    assert got["claim_amount"] == "158.00"


def test_claims_headed_claim_1_of_3_keep_their_blocks_though_each_names_an_icn():
    """Guard: 'Claim 1 of 3' over 'Beneficiary ... / ICN ...': the headings open the claims, so the ICN inside
    each block does not cut the block in two (the patient's name above it stays with the claim)."""
    rows = []
    y = 300
    for k, (name, icn, status) in enumerate([("Ana B. Example", "3161029384756", "Affirmed"),
                                            ("Leo C. Sample", "3172635480912", "Affirmed"),
                                            ("Ida D. Instance", "3184756201398", "NOT AFFIRMED - not necessary")]):
        rows += [line(y, (100, f"Claim {k + 1} of 3")), line(y + 50, (100, "Beneficiary"), (700, name)),
                 line(y + 100, (100, "ICN"), (700, icn)), line(y + 150, (100, "Status"), (700, status))]
        y += 260
    got = fields_of(*rows)
    assert got["member_name"] == "Ida D. Instance"
    assert "3184756201398" in got["case_numbers"] and "3161029384756" not in got["case_numbers"]


def test_rows_mostly_zeros_tell_a_refused_line_from_one_that_went_to_the_deductible():
    refused = "QX702358 03/11/31 Speech therapy 158.00 0.00 0.00 0.00 0.00 0.00 158.00 158.00"
    deductible = "QX702196 03/07/31 Lab panel 192.00 118.40 73.60 73.60 0.00 0.00 0.00 73.60"
    assert nothing_allowed(refused) and nothing_allowed(deductible)  # (the loose test takes both)
    assert mostly_nothing(refused) and not mostly_nothing(deductible)
