"""Reading rules from session 28 (round CS), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

import pytest

from intake.split import PageFeatures as P
from intake.split import plan_split
from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines


# --- who gave the care ----------------------------------------------------------------------------------------

def test_an_organisation_ending_in_a_label_word_keeps_its_last_word():
    """'Bank' is a label word ('Bank routing no.'), but closing a name it is the name's own word."""
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "NOTICE OF ADVERSE BENEFIT DETERMINATION")),
                    line(240, (100, "Service requested"), (700, "Requested by"), (1300, "Amount")),
                    line(300, (100, "T2101 Donor milk"), (700, "Example Mothers' Milk Bank"), (1300, "$512.00")),
                    line(380, (100, "We have denied the request.")))
    assert got["provider"] == "Example Mothers' Milk Bank"


def test_service_provided_heads_the_care_not_who_gave_it():
    """'Date Service Provided' heads a summary notice's dates: no provider's label."""
    got = fields_of(line(100, (100, "Medicare Summary Notice")),
                    line(170, (100, "Example Home Respiratory")),
                    line(230, (100, "Claim Number: 21500000000017")),
                    line(290, (100, "Date"), (400, "Service Provided"), (1100, "Amount Charged")),
                    line(350, (100, "January 6, 2031"), (400, "Ventilator, rental month 14"), (1100, "$1,100.00")),
                    line(400, (400, "Home Respiratory Care"), (1100, "")))
    assert got.get("provider") != "Home Respiratory Care"


@pytest.mark.parametrize("title", ["INVOICE", "ITEMIZED PATIENT STATEMENT", "STATEMENT OF TRIPS",
                                   "RENTAL EQUIPMENT STATEMENT", "ESTIMATE No. E-0012"])
def test_a_bill_is_the_letterheads_not_the_ordering_doctors(title):
    """On a provider's own bill the doctor named as prescriber or ordering asked for the care; the letterhead billed."""
    got = fields_of(line(100, (100, "Example Valley Medical Supply")),
                    line(160, (100, "12 Some Road, Anytown, CO 80000 (555) 010-0100")),
                    line(230, (100, title)),
                    line(300, (100, "Date: March 2, 2031")),
                    line(360, (100, "Patient: Ann Q. Sample")),
                    line(420, (100, "Ordering physician: Dr. Lee R. Example")),
                    line(490, (100, "Item"), (900, "Amount")),
                    line(550, (100, "Hospital bed rental"), (900, "$120.00")),
                    line(620, (100, "Balance due: $120.00")))
    assert got["provider"] == "Example Valley Medical Supply"


@pytest.mark.parametrize("title", ["Member Health Statement", "This is not a bill", "Pre-treatment estimate",
                                   "Premium statement", "Bill number: B12345"])
def test_a_payers_statement_title_makes_no_provider_bill(title):
    from intake.extract.insurer import provider_paper_title
    from intake.model import PageText
    from intake.rules import load_rules

    page = PageText(number=1, width=2550, height=3300, lines=[line(230, (100, title))], method="text_layer")
    assert provider_paper_title(page, load_rules()) is None


def test_a_labelled_surgeon_on_a_statement_stays_the_provider():
    """Only an ordering, attending or prescribing doctor yields to a bill's letterhead: the surgeon gave the care."""
    got = fields_of(line(100, (100, "Example Orthopaedic Group")),
                    line(230, (100, "PATIENT STATEMENT")),
                    line(300, (100, "Statement date: March 2, 2031")),
                    line(360, (100, "Patient: Ann Q. Sample")),
                    line(420, (100, "Surgeon: Dr. Lee R. Example")),
                    line(490, (100, "Balance due: $120.00")))
    assert got["provider"] == "Dr. Lee R. Example"


@pytest.mark.parametrize("sentence,name", [
    ("Example Home Medical Supply sent us a claim for 31 dressing kits delivered to you.",
     "Example Home Medical Supply"),
    ("Dr. Lee R. Example sent us a claim for an office visit on March 2, 2031.", "Dr. Lee R. Example"),
    ("You were admitted to Example Regional Medical Center on March 2, 2031 for surgery.",
     "Example Regional Medical Center"),
    ("We cannot pay this claim because Example Recovery Center is not in the Example Community Health Plan "
     "network.", "Example Recovery Center"),
    ("On March 2, 2031, Example Transit Services took you by stretcher van to dialysis.", "Example Transit Services"),
    ("You asked us to pay you back $512.00 for donor milk you bought from Example Milk Bank.", "Example Milk Bank"),
    ("Request received 2031-03-02 from Example Treatment Center (NPI 1234567893). Reason: out of network.",
     "Example Treatment Center"),
])
def test_who_gave_the_care_said_in_a_sentence(sentence, name):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, sentence)), line(340, (100, "We denied the claim.")))
    assert got["provider"] == name


@pytest.mark.parametrize("sentence,name", [
    ("Example Valley Hearing Care asked us to pay for hearing aid batteries (V5266).", "Example Valley Hearing Care"),
    ("This letter is about the respite care that Example Respite Partners gives you.", "Example Respite Partners"),
    ("El 14 de marzo de 2031 recibimos la solicitud que envió Dra. Ana Ejemplo para su tratamiento.", "Dra. Ana Ejemplo"),
])
def test_who_gave_or_asked_for_the_care_said_in_more_sentences(sentence, name):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, sentence)), line(340, (100, "We denied the request.")))
    assert got["provider"] == name


def test_a_claim_line_names_who_billed_between_dashes():
    """'Claim 123 — Example Hearing & Balance — DENIED': the name between the number and the status, whole."""
    got = fields_of(line(100, (100, "Example Health Plan CLAIMS STATEMENT")),
                    line(170, (100, "Member: Ann Q. Sample")),
                    line(240, (100, "Claim 83700000001 \u2014 Example Hearing & Balance \u2014 DENIED")),
                    line(300, (100, "Hearing aid fitting V5011 $450.00 $0.00")),
                    line(370, (100, "The audiologist is not in your plan's network.")))
    assert got["provider"] == "Example Hearing & Balance"


def test_a_provider_label_names_the_provider_on_its_own_notice():
    """A home health agency's notice: the agency issued it and is named under 'Provider', so it is the provider."""
    got = fields_of(line(100, (100, "Example Home Health Services")),
                    line(170, (100, "Detailed Explanation of Non-Coverage")),
                    line(240, (100, "Patient: Ann Q. Sample")),
                    line(300, (100, "Provider"), (600, "Example Home Health Services (NPI 1234567893)")),
                    line(370, (100, "Your home health services will end on March 2, 2031.")))
    assert got["provider"] == "Example Home Health Services"


def test_a_clause_after_the_name_is_no_part_of_it():
    got = fields_of(line(100, (100, "Example Medicare Solutions")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, "We received the request from Example Respiratory Care, LLC, acting for you, "
                                    "on March 2, 2031.")))
    assert got["provider"] in ("Example Respiratory Care, LLC", "Example Respiratory Care")


# --- whom the care was for -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Re: Ann Q. Sample Member ID QX5512078 Reference UM-1111-22222",
                                  "RE: Ann Q. Sample, Medicare # 1AB2CD3EF45",
                                  "Prepared for: Ann Q. Sample Plan: EX-PPO-1",
                                  "For: Ann Q. Sample Member no. QX5512078",
                                  "Rider: Ann Q. Sample",
                                  "Recipient infant: Ann Q. Sample"])
def test_the_patient_named_on_a_re_line_a_for_line_or_as_the_rider(text):
    got = fields_of(line(100, (100, "Example Heart Institute")), line(170, (100, "March 29, 2031")),
                    line(240, (100, text)),
                    line(310, (100, "She has had a pump since 2029 and needs daily dressing changes.")))
    assert got["member_name"] == "Ann Q. Sample"


def test_a_re_line_about_a_claim_names_no_one():
    got = fields_of(line(100, (100, "Ann Q. Sample")), line(170, (100, "12 Some Street")),
                    line(240, (100, "Re: Appeal of claim CR9000000001 - member ID QX5512078")),
                    line(310, (100, "I am appealing your decision.")))
    assert got.get("member_name") != "Appeal of"


# --- days of care ---------------------------------------------------------------------------------------------

def test_a_claims_further_lines_under_its_row_are_its_own():
    """A claims table: the denied claim's weekly lines under its row leave the claim column empty."""
    got = fields_of(line(100, (100, "Example Community Health Plan")),
                    line(170, (100, "Member Claims Summary")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Claim #"), (450, "Provider"), (900, "Date of service"), (1200, "Billed"),
                         (1400, "Plan paid"), (1600, "Code")),
                    line(370, (100, "11111-2222222"), (450, "Example Family Health"), (900, "02/18/2031"),
                         (1200, "188.00"), (1400, "142.60"), (1600, "PD1")),
                    line(420, (100, "33333-4444444"), (450, "Example Treatment Ctr"), (900, "02/23/2031"),
                         (1200, "240.00"), (1400, "0.00"), (1600, "N42")),
                    line(470, (900, "03/02/2031"), (1200, "240.00"), (1400, "0.00"), (1600, "N42")),
                    line(520, (900, "03/09/2031"), (1200, "240.00"), (1400, "0.00"), (1600, "N42")),
                    line(600, (100, "N42 The provider is not in our network. This claim is denied.")))
    assert got["service_dates"] == ["2031-02-23", "2031-03-02", "2031-03-09"]
    assert got["case_numbers"] == ["33333-4444444"]


@pytest.mark.parametrize("head", ["Trip date", "Week of"])
def test_a_trip_or_a_week_heads_the_days_of_care(head):
    got = fields_of(line(100, (100, "Example Transit Services")),
                    line(170, (100, "STATEMENT")),
                    line(240, (100, head), (600, "Code"), (900, "Charge")),
                    line(300, (100, "January 18, 2031"), (600, "T2005"), (900, "$417.00")),
                    line(350, (100, "January 20, 2031"), (600, "T2005"), (900, "$417.00")))
    assert got["service_dates"] == ["2031-01-18", "2031-01-20"]


def test_spanish_dates_listed_with_el_before_each():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Negamos el pago del tratamiento en las semanas que empezaron el 30 de marzo de "
                                    "2031, el 6 de abril de 2031 y el 13 de abril de 2031.")))
    assert got["service_dates"] == ["2031-03-30", "2031-04-06", "2031-04-13"]


# --- what the paper is ----------------------------------------------------------------------------------------

def test_a_providers_titled_bill_passing_on_the_denial_decides_nothing():
    got = _classify_lines("Example Transit Services", "STATEMENT OF TRIPS", "Statement date: February 21, 2031",
                          "Trip date Route Charge Status",
                          "January 18, 2031 Home to dialysis $417.00 Denied by broker",
                          "January 20, 2031 Home to dialysis $417.00 Denied by broker",
                          "January 22, 2031 Home to dialysis $417.00 Denied by broker",
                          "Your ride manager would not pay for these three trips.", "Balance now due: $1,251.00")
    assert (got.document_type, got.denial_type) == ("other", None)


@pytest.mark.parametrize("ask", [
    "Please approve 30 kits a month as an exception to the quantity limit.",
    "I am appealing your decision not to pay for the splint. Please reconsider and pay the claim.",
    "We ask for a redetermination of the claim above, which was denied as over the capped rental limit.",
])
def test_a_letter_asking_the_plan_to_decide_denies_nothing(ask):
    got = _classify_lines("Example Heart Institute", "March 29, 2031", "Example Health Plan",
                          "Re: Ann Q. Sample, member QX5512078", ask, "Sincerely,")
    assert got.document_type == "other"


@pytest.mark.parametrize("texts,kind", [
    pytest.param(("Procedure 61885: APPROVED as outpatient (same-day) surgery.",
                  "Inpatient admission: NOT APPROVED. Reason: the requested setting is not medically necessary. The "
                  "replacement is an outpatient procedure under guideline MP-SOC-1."), "level_of_care",
                 id="the-setting-refused-is-the-level-of-care"),
    pytest.param(("PROVIDER CLAIM DETERMINATION", "Claim denied.",
                  "Reason: the billing provider is not enrolled in the plan's network for these services."),
                 "out_of_network", id="a-provider-not-enrolled-in-the-network-is-out-of-network"),
    pytest.param(("FINAL INTERNAL APPEAL DECISION - UPHELD",
                  "A neurosurgeon reviewed the appeal. The criteria in policy CP-9901 are not met, so the denial is "
                  "upheld."), "medical_necessity", id="criteria-said-not-met-is-medical-necessity"),
    pytest.param(("Dear Ann Sample:", "We did not pay this charge. Under our payment policy, interpreter services are "
                  "part of what we pay the clinic for the office visit itself."), "coding_error",
                 id="a-charge-paid-within-the-visit-is-a-coding-matter"),
])
def test_the_denial_type_said_in_new_words(texts, kind):
    got = _classify_lines("Example Health Plan", *texts, "If you disagree, you may appeal within 180 days.")
    assert got.denial_type == kind


# --- where a document starts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("pages,expected", [
    pytest.param([P(1, cover=True), P(2, opener=True, page_of=(1, 1), header="exampleplan"),
                  P(3, opener=True, addressed=False, header="exampleclinic")], [[2], [3]],
                 id="another-senders-letter-after-a-notice-that-said-it-ended"),
    pytest.param([P(1, opener=True, page_of=(1, 2), header="stateofexample"),
                  P(2, opener=True, addressed=True, header="examplesupportcoordination")], [[1], [2]],
                 id="another-senders-addressed-letter-where-more-pages-were-promised"),
    pytest.param([P(1, opener=True, page_of=(1, 1), header="exampleplan"),
                  P(2, opener=False, addressed=False, header="policycp-0112")], [[1, 2]],
                 id="an-enclosure-after-a-one-page-letter-stays-with-it"),
    pytest.param([P(1, opener=True, page_of=(1, 2), header="exampleplan"),
                  P(2, opener=True, addressed=True, header="exampleplan")], [[1, 2]],
                 id="the-same-letterhead-on-the-promised-page-goes-on"),
])
def test_another_senders_letter_after_a_notice(pages, expected):
    assert plan_split(pages) == expected


# --- what the care cost ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,amount", [
    ("I am appealing your decision. The bill was $1,713.00.", "1713.00"),
    ("On May 3, 2031 you asked us to pay you back $1,384.00 for milk you bought.", "1384.00"),
    ("The company asked to be paid $473.00 for this ride under claim number T2600000001.", "473.00"),
])
def test_what_was_billed_or_asked_said_in_a_sentence(sentence, amount):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, sentence)), line(340, (100, "We are not paying this claim.")))
    assert got["claim_amount"] == amount



def test_a_statements_insurance_denied_row_dates_no_care():
    got = fields_of(line(100, (100, "Example Gamma Knife Center")),
                    line(170, (100, "STATEMENT OF ACCOUNT")),
                    line(240, (100, "Patient: Ann Q. Sample")),
                    line(310, (100, "Date"), (400, "Code"), (700, "Description"), (1500, "Amount")),
                    line(370, (100, "31 Dec 2030"), (400, "61796"), (700, "Stereotactic radiosurgery"), (1500, "$9731.00")),
                    line(430, (100, "27 Jan 2031"), (400, "Insurance denied claim E38400000001 - no approved auth"),
                         (1500, "$0.00")),
                    line(500, (100, "Amount due now $9731.00")))
    assert got["service_dates"] == ["2030-12-31"]


@pytest.mark.parametrize("text,day", [
    ("On February 22, 2031, Example Transit Services took you by stretcher van to dialysis.", "2031-02-22"),
    ("Scheduled installation: 2031-08-11", "2031-08-11"),
])
def test_a_ride_or_an_installation_dates_the_care(text, day):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, text)))
    assert got["service_dates"] == [day]


def test_a_spanish_summary_notices_cannot_pay_note_is_a_denial():
    got = _classify_lines("Resumen de Medicare para la Parte B", "Suplidor: Example Suministros Médicos",
                          "Nebulizador con compresor (E0570) No $203.50 $0.00 $0.00 $0.00 A",
                          "A Esta reclamación no tiene un código de diagnóstico válido. Medicare no puede pagar el "
                          "nebulizador sin el diagnóstico.", "Si no está de acuerdo, puede apelar.")
    assert got.document_type == "eob" and got.denial_type is not None


@pytest.mark.parametrize("text,days", [
    ("We reviewed the claim for cardiac rehabilitation (93798) on A pril 6, 2031 and A pril 8, 2031, billed at "
     "$216.00.", ["2031-04-06", "2031-04-08"]),
])
def test_a_month_ocr_split_in_a_sentence_dates_the_care(text, days):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, text)), line(340, (100, "We cannot approve payment for these services.")))
    assert got["service_dates"] == days


@pytest.mark.parametrize("sentence", ["Your Medicaid coverage ended on J anuary 31, 2031, according to the State.",
                                      "You are approved, with no break in coverage from J an 14, 2031."])
def test_coverage_ending_or_unbroken_dates_no_care(sentence):
    got = fields_of(line(100, (100, "Example Health Plan")), line(200, (100, "Dear Ann Sample:")),
                    line(270, (100, sentence)))
    assert not got.get("service_dates")
