"""Reading rules from rounds BA and BB at first sight, each a general one (no OCR for the fields; words
placed as OCR would place them; invented values)."""

from __future__ import annotations

import pytest

from intake.classify import classify
from tests.test_classify import APPEAL_RIGHTS, doc_of
from intake.model import Document, PageText
from tests.test_kv import SRC, fields_of, line


@pytest.mark.parametrize("label", ["Coverage Determination #:", "Payer authorization request no.",
                                   "Plan's claim no.:", "Plan claim number:", "UTN", "Núm. de reconsideración"])
def test_a_plan_or_payer_word_beside_a_case_or_claim_number_label_still_names_a_case_number(label):
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, f"{label} QD-2031-448170")),
                    line(240, (100, "We denied this request.")))
    assert got["case_numbers"] == ["QD-2031-448170"], label


def test_a_coverage_period_or_plan_number_is_still_no_case_number():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Plan number: 0447")),
                    line(240, (100, "Coverage period: 01/01/2031 - 12/31/2031")),
                    line(310, (100, "Claim number: QD-2031-448170")))
    assert got["case_numbers"] == ["QD-2031-448170"]


def test_a_summary_notice_dates_each_service_on_a_line_above_it_not_by_the_period_it_covers():
    got = fields_of(line(100, (100, "Medicare Summary Notice")),
                    line(170, (1400, "Claims and Services Processed Between")),
                    line(220, (1400, "March 2, 2031 - May 30, 2031")),
                    line(400, (100, "Supplier: Example Compression Supply")),
                    line(460, (100, "Service Provided & Billing Code Amount Charged Approved Paid")),
                    line(520, (100, "April 7, 2031")),
                    line(580, (100, "Compression stocking (3) A6531 No $417.93 $0.00 $0.00 a")))
    assert got["service_dates"] == ["2031-04-07"]


def test_a_supplier_gave_the_item_so_a_certifying_doctor_beside_it_is_no_provider():
    got = fields_of(line(100, (100, "Member ID QX5512078")),
                    line(170, (100, "Certifying physician: Dr. Ana B. Ortiz, MD")),
                    line(240, (100, "Supplier: Example Therapeutic Footwear (in network)")),
                    line(310, (100, "Service date Service Amount billed")),
                    line(370, (100, "02/23/2031 A5500 Diabetic depth shoe (2) $268.15")))
    assert got["provider"] == "Example Therapeutic Footwear"


def test_a_providers_name_ends_where_a_short_house_number_opens_its_street():
    got = fields_of(line(100, (100, "Número de Medicare: 1EG4-TE5-MK72")),
                    line(170, (100, "Proveedor: Example Home Care Supply, 12 Sample Street, Unit 9, "
                                    "Laramie, WY 82071")),
                    line(240, (100, "Ordenado por: Dr. Ana B. Ortiz")))
    assert got["provider"] == "Example Home Care Supply"


def test_the_hospital_that_admitted_the_member_is_the_provider_not_the_attending_doctor():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Dear Ana Reyes (Member ID QX5512078):")),
                    line(240, (100, "Example Valley Hospital admitted you on 04/11/2031 and asked us to approve an")),
                    line(300, (100, "inpatient stay. The records from your attending physician, Dr. Lena Ortiz, MD, show")),
                    line(360, (100, "that you were expected to go home within a day.")))
    assert got["provider"] == "Example Valley Hospital"
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(240, (100, "Your physician admitted you to our hospital as an inpatient. We reviewed the stay.")))
    assert got.get("provider") is None  # 'Your physician' names no one


def test_a_marketplace_plans_hios_id_and_a_doses_column_beside_the_provider():
    got = fields_of(line(100, (100, "DATE OF NOTICE"), (600, "CASE NUMBER"), (1100, "PLAN ID (HIOS)")),
                    line(160, (100, "03/30/2031"), (600, "TG-70314628"), (1100, "20317WY0093381")))
    assert got["plan_id"] == "20317WY0093381"
    got = fields_of(line(40, (100, "Example Community Health Plan")),
                    line(100, (100, "Member ID QX5512078")),
                    line(170, (100, "REQUESTING PROVIDER"), (900, "DOSES REQUESTED")),
                    line(230, (100, "Example Children's Clinic"), (900, "Nov 16, 2031 - Mar 31, 2032")))
    assert got.get("provider") == "Example Children's Clinic"


def test_the_care_you_had_with_someone_or_received_from_a_clinic_names_the_provider():
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "Dear Ana Reyes:")),
                    line(170, (100, "Thank you for the superbill you sent for the therapy sessions you had with Lena B. Ortiz,")),
                    line(230, (100, "LMHC (Member ID QX5512078). It does not show the therapist's license number.")))
    assert got["provider"] == "Lena B. Ortiz"
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "We denied the services that you received from Example Valley Imaging Center:")),
                    line(170, (100, "MRI of the lumbar spine on 03/02/2031. The plan needs approval first.")))
    assert got["provider"] == "Example Valley Imaging Center"
    got = fields_of(line(40, (100, "Example Plan de Salud")),
                    line(100, (100, "Negamos los servicios que usted recibió de Clínica Dental Ejemplo el 2 de marzo de 2031.")))
    assert got["provider"] == "Clínica Dental Ejemplo"
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "This is about the notice you received from your doctor. The letter you received from us")),
                    line(170, (100, "on 03/02/2031 explains the decision.")))
    assert got.get("provider") is None  # 'your doctor' and 'us' name no provider


def test_planned_testing_dates_are_the_service_dates():
    got = fields_of(line(100, (100, "Member ID: QX5512078")),
                    line(170, (100, "Planned testing dates: May 4, 2031 and May 6, 2031")),
                    line(240, (100, "We approved 4 of the 8 hours requested.")))
    assert got["service_dates"] == ["2031-05-04", "2031-05-06"]


def test_a_provider_column_outweighs_an_ordering_physician_named_below():
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(100, (100, "CLAIM"), (700, "PROVIDER"), (1500, "RECEIVED")),
                    line(160, (100, "31857204469"), (700, "Example Medical Supply"), (1500, "04/25/31")),
                    line(240, (100, "Service date Code Description Charge Allowed Paid")),
                    line(300, (100, "03/24/31 E0747 Bone growth stimulator 3,912.00 0.00 0.00 X47")),
                    line(380, (100, "Ordering physician: Dr. Ana B. Ortiz (NPI 1234567893)")))
    assert got["provider"] == "Example Medical Supply"


@pytest.mark.parametrize("body, doc_type, denial", [
    pytest.param(["Itemized Bill Review Results",
                  "Some line items were billed separately even though they are part of other charges, so we have",
                  "denied them. R3: Routine nursing services are included in the room and board charge and are not",
                  "separately billable. You are not responsible for the denied charges."],
                 "denial_letter", "coding_error", id="itemized-bill-review-not-separately-billable"),
    pytest.param(["Results of the recovery audit review. No overpayment was found on the claims listed above.",
                  "No action is needed."],
                 "other", None, id="no-overpayment-found"),
    pytest.param(["We denied the request for more program days.",
                  "Reason: you no longer meet the criteria for this level of care."],
                 "denial_letter", "level_of_care", id="criteria-for-this-level-of-care"),
    pytest.param(["Hemos negado la solicitud de mas dias del programa.",
                  "Motivo: usted ya no cumple los criterios para este nivel de atencion."],
                 "denial_letter", "level_of_care", id="criterios-para-este-nivel-de-atencion"),
])
def test_classify_bill_review_and_level_of_care_reasons(body, doc_type, denial, rules):
    """(The two level-of-care cases are guards: the rule's own notices also say 'no longer', which the
    eligibility rules read before it.)"""
    got = classify(doc_of(*body, *APPEAL_RIGHTS), rules)
    assert (got.document_type, got.denial_type) == (doc_type, denial)


def test_a_providers_itemized_bill_is_still_a_bill(rules):
    got = classify(doc_of("Example General Hospital", "Itemized bill for your stay",
                          "Amount due: $1,247.35. Please pay by the due date."), rules)
    assert got.document_type == "other"


def test_a_repayment_demand_after_a_drg_change_is_a_coding_denial_not_a_bill(rules):
    """A contractor's demand for an overpaid claim asks for an 'amount due' further down; it is still the
    payer's decision on the claim, appealable, not a provider's statement (words placed as on a letter page)."""
    lines = [line(300, (100, "RE: Initial Request for Repayment of Medicare Overpayment")),
             line(1300, (100, "This letter is to notify you that an overpayment was identified on the claim above.")),
             line(1360, (100, "The DRG billed, 470, was changed to DRG 469 after a secondary diagnosis was removed.")),
             line(1600, (100, "Total amount due: $2,316.48. Please pay within 30 days.")),
             line(1800, (100, "Appeal rights: you may request a redetermination within 120 days of this letter."))]
    for i, ln in enumerate(lines):
        ln.index = i
    got = classify(Document(SRC, [PageText(1, 2550, 3300, lines, "ocr")]), rules)
    assert (got.document_type, got.denial_type) == ("denial_letter", "coding_error")
