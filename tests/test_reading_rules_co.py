"""Reading rules from session 26 (round CO), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

import pytest

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cf import _classify


def _letter(*sentences: str, head=("Member ID: QX5512078",)):
    """A letter: its label lines, then one sentence per line."""
    rows = [line(100 + 70 * i, (100, t)) for i, t in enumerate(head)]
    return rows + [line(400 + 70 * i, (100, t)) for i, t in enumerate(sentences)]


@pytest.mark.parametrize("reason", [
    "A provider who has no contract with us may treat you only if the provider agrees to our terms and conditions "
    "of payment. The office does not accept our terms and conditions, so we cannot pay this claim.",
    "Note A: The provider did not accept the terms and conditions of payment of your Private Fee-for-Service plan.",
    "Un proveedor que no tiene contrato con el plan debe aceptar nuestros términos. No podemos pagar este reclamo.",
    "CO-38: Services not provided or authorized by designated (network/primary care) providers; the claim is denied.",
])
def test_a_provider_with_no_contract_is_an_out_of_network_denial(reason):
    got = _classify(line(100, (100, "NOTICE OF DENIAL OF PAYMENT")), line(170, (100, "We denied payment for your visit.")),
                    line(240, (100, reason)))
    assert got.denial_type == "out_of_network"


@pytest.mark.parametrize("reason", [
    "PA1 - Denied. This service needs prior authorization and none was on file for the date of service.",
    "Prior authorization was required for the infusion and was not on file when the service was provided.",
])
def test_an_authorization_missing_from_the_file_is_a_prior_authorization_denial(reason):
    got = _classify(line(100, (100, "EXPLANATION OF BENEFITS")), line(170, (100, "Claim denied.")),
                    line(240, (100, reason)))
    assert got.denial_type == "prior_authorization"


@pytest.mark.parametrize("reason", ["Criterion 3 not met. The records hold no sleep study.",
                                    "Criterion (c) not met: no supervised challenge is documented."])
def test_a_numbered_criterion_not_met_is_medical_necessity(reason):
    got = _classify(line(100, (100, "PRIOR AUTHORIZATION DETERMINATION")),
                    line(170, (100, "DETERMINATION: NOT APPROVED")), line(240, (100, reason)))
    assert got.denial_type == "medical_necessity"


def test_a_refusal_in_an_if_clause_decides_nothing():
    got = _classify(line(100, (100, "Example Valley Hospital - Patient Financial Services")),
                    line(170, (100, "Thank you for your letter about your bill. Your balance is now $310.00.")),
                    line(240, (100, "If your request is denied or not eligible, you will be told why.")))
    assert (got.document_type, got.denial_type) == ("other", None)


def test_a_real_refusal_beside_an_if_clause_still_counts():
    got = _classify(line(100, (100, "NOTICE OF DENIAL")),
                    line(170, (100, "We denied this service because you were not eligible on the date of service.")),
                    line(240, (100, "If your appeal is denied, you may ask for an external review.")))
    assert (got.document_type, got.denial_type) == ("denial_letter", "eligibility")


def test_a_name_wrapped_after_its_middle_initial_goes_on():
    got = fields_of(*_letter("Denegamos el pago de los servicios que usted recibió de Ana B.",
                             "Ortiz-Reyes, MD, el 3 de marzo de 2031. El servicio no está cubierto."))
    assert got["provider"] == "Ana B. Ortiz-Reyes"


def test_labels_a_slash_apart_take_their_values_in_order():
    got = fields_of(line(100, (100, "Member ID / Group QX5540022 / G-77120")),
                    line(400, (100, "We denied the claim. The service is not covered.")))
    assert (got["member_id"], got["group_number"]) == ("QX5540022", "G-77120")


@pytest.mark.parametrize("sentence, dates", [
    ("We processed the claim for the dental visit of 27 OCT 2031 with your dentist.", ["2031-10-27"]),
    ("The lab billed too many units for the swab tests of April 10, 2031.", ["2031-04-10"]),
    ("Following your dispute, your balance for the 2031-11-17 surgery is $5,255.50.", ["2031-11-17"]),
    ("The claim for peer support given on APR 11, 2031 and APR 18, 2031 was not paid.", ["2031-04-11", "2031-04-18"]),
    ("You asked us to pay for periodontal maintenance (D4910) on Jul 13, 2031 by your dentist.", ["2031-07-13"]),
])
def test_more_ways_a_sentence_dates_the_care(sentence, dates):
    got = fields_of(*_letter(sentence, "The service is not covered."))
    assert got["service_dates"] == dates


@pytest.mark.parametrize("sentence", ["We upheld your 13 August 2031 decision about the request.",
                                      "Thank you for your letter of March 2, 2031 about the claim."])
def test_a_date_before_a_paper_or_decision_dates_no_care(sentence):
    got = fields_of(*_letter(sentence, "The service is not covered."))
    assert not got.get("service_dates")


def _eob_rows(note_rows):
    cols = (100, 500, 800, 1200, 1600, 1850, 2100, 2350)

    def row(y, *texts):
        return line(y, *zip(cols, texts))

    return [line(100, (100, "Explanation of Benefits")), line(170, (100, "Member ID: QX5512078")),
            row(240, "Claim", "Date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Note"),
            row(300, "4410-2281051", "31JAN 2031", "Example Clinic", "Office visit", "$168.00", "$104.50", "$20.00"),
            row(360, "4410-7718230", "09FEB 2031", "Example Imaging", "X-ray", "$655.00", "$0.00", "$655.00", "A"),
            row(420, "4410-5502917", "20FEB 2031", "Example Lab", "Lipid panel", "$92.00", "$18.90", "$0.00")] + \
        [line(500 + 60 * i, (100, t)) for i, t in enumerate(note_rows)]


def test_a_note_named_note_a_marks_its_claim_denied():
    got = fields_of(*_eob_rows(["Note A: The provider is not in our network and we denied this claim."]))
    assert (got["case_numbers"], got["claim_amount"]) == (["4410-7718230"], "655.00")


def test_a_group_code_the_plan_explains_as_denying_marks_its_row():
    rows = [line(100, (100, "PROVIDER REMITTANCE ADVICE")),
            line(170, (100, "Patient"), (600, "Member ID"), (1000, "Claim"), (1400, "DOS"), (1700, "Billed"),
                 (1950, "Paid"), (2200, "CARC")),
            line(230, (100, "Ana B. Roe"), (600, "QX3938581"), (1000, "5120-2281051"), (1400, "23-Jan-2031"),
                 (1700, "210.00"), (1950, "118.62"), (2200, "CO-45")),
            line(290, (100, "Leo L. Poe"), (600, "QX0552129"), (1000, "5120-7718230"), (1400, "27-Jan-2031"),
                 (1700, "728.00"), (1950, "0.00"), (2200, "CO-38")),
            line(370, (100, "CO-38: Services not provided by designated providers. The claim is denied.")),
            line(430, (100, "CO-45: Charge exceeds fee schedule."))]
    got = fields_of(*rows)
    assert (got["member_name"], got["case_numbers"], got["claim_amount"]) == ("Leo L. Poe", ["5120-7718230"], "728.00")


def test_a_legends_second_line_does_not_deny_the_claim_above_it():
    rows = [line(100, (100, "Explanation of Benefits")), line(170, (100, "Member ID: QX5512078")),
            line(240, (100, "Claim 7H-2281051 Provider: Example Clinic")),
            line(300, (100, "January 26, 2031 99214 Office visit $212.00 $134.60 P1")),
            line(360, (100, "Claim 7H-7718230 Provider: Example Clinic")),
            line(420, (100, "February 4, 2031 93294 Remote check $57.00 $0.00 F90")),
            line(480, (100, "Claim 7H-5502917 Provider: Example Imaging")),
            line(540, (100, "February 7, 2031 71046 Chest x-ray $148.00 $61.20 P1")),
            line(600, (100, "P1 Paid under your in-network benefit.")),
            line(660, (100, "F90 A remote check is covered once every 90 days. Your plan already paid one")),
            line(720, (100, "on December 2, 2030. This service is over the limit and is not covered."))]
    got = fields_of(*rows)
    assert got["case_numbers"] == ["7H-7718230"]


def test_a_re_line_without_commas_is_read_as_labels():
    got = fields_of(line(100, (100, "Re: Appeal QA6708692 (original request PA-8811-938172)")),
                    line(400, (100, "We have reviewed your appeal. The service is not covered.")))
    assert got["case_numbers"] == ["QA6708692", "PA-8811-938172"]


@pytest.mark.parametrize("row", ["Insurance Example Valley Health Plan ID QX7262696 Group GR-70311",
                                 "Plan Example Rx Solutions / ID QX7262696 / GRP LH-52991"])
def test_an_id_after_the_plans_name_is_no_plan_id(row):
    got = fields_of(line(100, (100, "PATIENT STATEMENT")), line(170, (100, row)),
                    line(400, (100, "Your insurance denied the claim.")))
    assert got.get("plan_id") is None


@pytest.mark.parametrize("reason", [
    "The pump was issued last year and is still under the manufacturer's warranty; the maker replaces it at no cost.",
    "El equipo está bajo garantía del fabricante, que debe repararlo.",
])
def test_a_device_under_warranty_is_not_covered(reason):
    got = _classify(line(100, (100, "NOTICE OF DENIAL")), line(170, (100, "We have denied your request for a new pump.")),
                    line(240, (100, reason)))
    assert got.denial_type == "not_covered"


def test_upholding_the_rejection_is_a_denial_letter():
    got = _classify(line(100, (100, "Your appeal decision")),
                    line(170, (100, "Decision: we are upholding the rejection. The cream is made from bulk powder "
                                    "ingredients, which your plan's pharmacy benefit excludes.")))
    assert (got.document_type, got.denial_type) == ("denial_letter", "not_covered")


def test_a_two_capital_note_code_cited_among_the_amounts():
    cols = (100, 500, 800, 1250, 1700, 1900, 2100, 2300)
    rows = [line(100, (100, "Explanation of Benefits")), line(170, (100, "Member ID: QX5512078")),
            line(240, *zip(cols, ("Claim", "Date", "Service", "Provider", "Charged", "Paid", "Code", "Your share"))),
            line(300, *zip(cols, ("Q8046867668", "01/26/31", "Office visit 99213", "Example Clinic", "672.00", "504.00",
                                  "", "100.80"))),
            line(360, *zip(cols, ("Q4571188683", "02/17/31", "Biofeedback 90912", "Ana B. Reyes", "372.50", "0.00", "RL",
                                  "372.50"))),
            line(420, *zip(cols, ("Q2076417151", "02/19/31", "Ultrasound 76857", "Example Imaging", "881.25", "660.94",
                                  "", "132.19"))),
            line(500, (100, "RL The yearly rehabilitation visit limit was reached. This visit is not covered."))]
    got = fields_of(*rows)
    assert (got["case_numbers"], got["claim_amount"], got["service_dates"]) == (["Q4571188683"], "372.50", ["2031-02-17"])


def test_a_provider_label_over_a_table_header_keeps_its_value():
    rows = [line(100, (100, "Explanation of Benefits")), line(170, (100, "Member ID: QX5512078")),
            line(240, (100, "Provider:"), (500, "Example Esoteric Reference Laboratory")),
            line(300, (100, "Service date"), (500, "Test"), (800, "Billed"), (1100, "Allowed"), (1400, "Paid"),
                 (1700, "Your share")),
            line(360, (100, "2031-04-12"), (500, "81479"), (800, "549.50"), (1100, "230.79"), (1400, "205.79"),
                 (1700, "25.00"))]
    assert fields_of(*rows)["provider"] == "Example Esoteric Reference Laboratory"


@pytest.mark.parametrize("sentence, provider", [
    ("We reviewed your appeal of the claim for biofeedback sessions with Ana B. Reyes on Jan 21, 2031.", "Ana B. Reyes"),
    ("Negamos el pago de la consulta por video con Ana B. Reyes (96040), porque no está cubierta.", "Ana B. Reyes"),
    ("C7 - Denied. The school district billed speech therapy by Ana B. Reyes but the consent was not on file.",
     "Ana B. Reyes"),
    ("On 2031-12-30 you were flown by Example Air Medical Transport from the regional hospital.",
     "Example Air Medical Transport"),
    ("The records show that Example Walk-In Urgent Care treated you on 03/09/2031 for a sprain.",
     "Example Walk-In Urgent Care"),
    ("A physician reviewed the flight record from Example Air Medical Transport for your transport.",
     "Example Air Medical Transport"),
])
def test_more_sentences_that_name_who_gave_the_care(sentence, provider):
    got = fields_of(*_letter(sentence, "The service is not covered under your plan.",
                             head=("Example Health Plan", "Member ID: QX5512078")))
    assert got["provider"] == provider


@pytest.mark.parametrize("row", ["Insurance Example Crest Health Plan ID QX6531076", "Insurance: Example Health Plan, ID QX6531076"])
def test_the_id_on_a_bills_insurance_row_is_the_members(row):
    got = fields_of(line(100, (100, "Example Diabetes Supply")), line(170, (100, "PATIENT STATEMENT")),
                    line(240, (100, "Statement date 04/17/2031")), line(310, (100, "Patient Ana B. Reyes")),
                    line(380, (100, row)), line(450, (100, "Amount due $227.98")),
                    line(520, (100, "Your insurance denied the pump; please pay the balance.")))
    assert got["member_id"] == "QX6531076"


def test_a_sentences_number_on_the_next_line():
    got = fields_of(*_letter("You visited Example Urgent Care on 22 May 2031. The center sent us claim",
                             "8113662504K for $1,587.42, and billed its facility fee as an emergency room.",
                             head=("Example Health Plan", "Member ID: QX5512078")))
    assert got["case_numbers"] == ["8113662504K"]


@pytest.mark.parametrize("text, want", [("Claim 315906633911Examplewater Supply", "315906633911"),
                                         ("36-532-8340099Exampleton Labs", "36-532-8340099")])
def test_a_word_run_onto_a_number_is_cut_off(text, want):
    from intake.extract.ids import find_ids

    assert find_ids(text)[0][0] == want


def test_an_earlier_notices_date_on_the_next_line_is_not_this_notices():
    got = fields_of(line(100, (100, "Example Health Plan")), line(170, (100, "2031-04-11")),
                    *_letter("You asked us to review the penalty that your plan told you about in its notice dated",
                             "2031-02-01. The plan counted 21 months without coverage. We upheld the penalty.",
                             head=("Member ID: QX5512078",))[1:])
    assert got["denial_date"] == "2031-04-11"
