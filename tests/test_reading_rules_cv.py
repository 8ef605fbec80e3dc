"""Reading rules from session 30 (round CV and what it showed of older rounds), each a general one (words placed
as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.model import Line, PageText, Word
from tests.test_kv import CHAR, fields_of, line
from tests.test_reading_rules_cq import _classify_lines


def placed(y: float, height: float, *cells: tuple[float, str]) -> Line:
    """Like `line`, with the line's height given (a header set small, a logo set large)."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, 0.97, (x, y, x + CHAR * len(tok), y + height)))
            x += CHAR * len(tok) + 14
    return Line(words=words, page=1)


# --- tables -----------------------------------------------------------------------------------------------------

def test_a_procedure_named_total_is_a_service_row_not_a_total():
    """'Total knee arthroplasty' opens a service row; it totals nothing, so its date is the service date."""
    got = fields_of(line(100, (100, "Example Mutual Health")),
                    line(170, (100, "ADVERSE BENEFIT DETERMINATION - PRE-SERVICE")),
                    line(240, (100, "Procedure"), (1000, "Code"), (1300, "Date"), (1800, "Determination")),
                    line(300, (100, "Total knee arthroplasty, left"), (1000, "27447"), (1300, "May 2, 2031"),
                         (1800, "DENIED")),
                    line(380, (100, "The implant requested is investigational under our policy.")))
    assert got["service_dates"] == ["2031-05-02"]


def test_a_header_band_set_far_above_a_full_first_row_still_heads_it():
    """A small header band padded well above the first row: a row filling every column is the table's."""
    got = fields_of(placed(100, 34, (100, "Example Health Insurance Company")),
                    placed(170, 34, (100, "EXPLANATION OF BENEFITS")),
                    placed(240, 22, (100, "Claim #"), (500, "Provider"), (1000, "Date"), (1250, "Service"),
                           (1500, "Billed"), (1720, "Allowed"), (1920, "Paid"), (2120, "You owe")),
                    placed(345, 25, (100, "CX1000000001"), (500, "Example Lab"), (1000, "12/31/2030"),
                           (1250, "80061"), (1500, "$66.27"), (1720, "$22.18"), (1920, "$0.00"), (2120, "$22.18")),
                    placed(410, 25, (100, "CX1000000002"), (500, "Example Family Medicine"), (1000, "01/09/2031"),
                           (1250, "90651"), (1500, "$339.00"), (1720, "$0.00"), (1920, "$0.00"), (2120, "$339.00")),
                    placed(475, 25, (100, "(1000000003"), (500, "Example Family Medicine"), (1000, "12/31/2030"),
                           (1250, "99395"), (1500, "$219.27"), (1720, "$141.30"), (1920, "$141.30"), (2120, "$0.00")),
                    placed(560, 25, (100, "To appeal, write to us within 180 days of the date of this statement.")))
    assert got["case_numbers"] == ["CX1000000002"]
    assert got["claim_amount"] == "339.00"


def test_a_control_number_column_may_stand_anywhere_in_the_row():
    """'Claim No. (ICN)' after the date, provider and service columns still lists one claim per row."""
    got = fields_of(line(100, (100, "Example State Medicaid")),
                    line(170, (100, "RECIPIENT EXPLANATION OF MEDICAID BENEFITS")),
                    line(300, (100, "Date"), (350, "Provider Name"), (850, "Service"), (1200, "Claim No. (ICN)"),
                         (1620, "Billed"), (1850, "Paid"), (2100, "Status")),
                    line(360, (100, "12/16/2030"), (350, "Example Urgent Care"), (850, "99204 Office"),
                         (1200, "70000000000000001"), (1620, "$420.25"), (1850, "$184.34"), (2100, "PAID")),
                    line(420, (100, "12/23/2030"), (350, "Example Imaging"), (850, "70553 MRI"),
                         (1200, "70000000000000002"), (1620, "$1,745.00"), (1850, "$0.00"), (2100, "DENIED")),
                    line(480, (100, "01/17/2031"), (350, "Example Medical Supply"), (850, "E0570 Neb"),
                         (1200, "70000000000000003"), (1620, "$699.00"), (1850, "$309.18"), (2100, "PAID")))
    assert got["case_numbers"] == ["70000000000000002"]
    assert got["claim_amount"] == "1745.00"
    assert got["provider"] == "Example Imaging"


def test_a_sentence_under_a_claims_table_names_the_denied_row():
    """No code in the rows says which claim was refused; the sentence below the table does."""
    got = fields_of(line(100, (100, "Example Mutual Health Plan")),
                    line(170, (100, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL")),
                    line(300, (100, "Claim"), (500, "Provider"), (1000, "Service date"), (1400, "Service"),
                         (1800, "Billed"), (2050, "Plan paid")),
                    line(360, (100, "2031000000001"), (500, "Example Heart Clinic"), (1000, "Jan 21, 2031"),
                         (1400, "New pt visit"), (1800, "381.00"), (2050, "212.40")),
                    line(420, (100, "2031000000002"), (500, "Example Advanced Imaging"), (1000, "Feb 10, 2031"),
                         (1400, "Cardiac MRI"), (1800, "2,615.87"), (2050, "0.00")),
                    line(500, (100, "Claim 2031000000002 from Example Advanced Imaging was denied as not medically"
                                    " necessary.")))
    assert got["case_numbers"] == ["2031000000002"]
    assert got["provider"] == "Example Advanced Imaging"


def test_a_span_after_a_bare_dates_label_is_the_period_asked_for():
    got = fields_of(line(100, (100, "Example Coast Health Plan")),
                    line(170, (100, "PRIOR AUTHORIZATION DETERMINATION - PROVIDER COPY")),
                    line(240, (100, "REQUEST # TQ100000001")),
                    line(300, (100, "ITEM A4629 TRACH CARE KIT - 60/MONTH")),
                    line(360, (100, "DATES 01-APR-2031 - 30-JUN-2031")),
                    line(420, (100, "RECEIVED 20-MAR-2031")),
                    line(480, (100, "DECISION: PARTIALLY APPROVED. 30 units per month DENIED - not medically necessary.")))
    assert got["service_dates"] == ["2031-04-01/2031-06-30"]


# --- labels ------------------------------------------------------------------------------------------------------

def test_a_sidebar_caption_passes_over_the_letters_line_set_between():
    """The letter's line OCR set between a sidebar's caption and its value, nearly level with the value."""
    got = fields_of(placed(200, 30, (100, "Example Pharmacy Solutions")),
                    placed(300, 30, (1000, "We could not pay for your pen needles")),
                    placed(845, 25, (255, "Reference")),
                    placed(866, 30, (988, "is over the quantity limit and was not paid.")),
                    placed(895, 30, (255, "PX1234567890")),
                    placed(944, 30, (255, "Filled"), (986, "What you can do: ask your doctor to request an exception.")))
    assert got["case_numbers"] == ["PX1234567890"]


def test_a_prior_authorization_abbreviation_labels_its_number_only_before_a_number_word():
    got = fields_of(line(100, (100, "Example State Office of Medicaid")),
                    line(170, (100, "Member: Ana B. Reyes")),
                    line(240, (100, "PA number: 86X1000001")),
                    line(300, (100, "We approved fewer hours than were requested.")))
    assert got["case_numbers"] == ["86X1000001"]
    got = fields_of(line(100, (100, "Example Mutual Health")),
                    line(170, (100, "Erie, PA 16509")),
                    line(240, (100, "We have denied this claim.")))
    assert not got.get("case_numbers")


def test_a_labels_last_word_may_be_a_programs_letters():
    """'Agencia PCM:' and a header 'IDENTIFICACION DE ABCD': the letters end the label, its value follows."""
    got = fields_of(line(100, (100, "Example Vista Health Plan")),
                    line(170, (100, "AVISO DE DETERMINACION ADVERSA DE BENEFICIOS")),
                    line(240, (100, "Agencia PCM:"), (700, "Example Corridor Center for Living")),
                    line(300, (100, "Hemos NEGADO este servicio.")))
    assert got["provider"] == "Example Corridor Center for Living"
    got = fields_of(line(100, (100, "Example Vista Health Plan")),
                    line(170, (100, "AVISO DE DETERMINACION ADVERSA DE BENEFICIOS")),
                    line(300, (100, "FECHA"), (700, "NOMBRE DEL MIEMBRO"), (1400, "IDENTIFICACION DE ABCD")),
                    line(360, (100, "5 de mayo de 2031"), (700, "Rosa I. Ejemplo"), (1400, "A10000001")),
                    line(440, (100, "Hemos NEGADO este servicio.")))
    assert got["member_id"] == "A10000001"


def test_purchased_at_and_seen_by_name_who_gave_the_care():
    got = fields_of(line(100, (100, "Example Mutual Health Plan")),
                    line(170, (100, "Your reimbursement request was not approved")),
                    line(240, (100, "Purchased at: Example Drug Co., store 0417")),
                    line(300, (100, "Date of purchase: April 10, 2031")))
    assert got["provider"] == "Example Drug Co."
    got = fields_of(line(100, (100, "Example Health Cooperative")),
                    line(170, (100, "For: Ana B. Reyes"), (900, "Seen by: Example Dermatology Associates")),
                    line(240, (100, "This service is not covered.")))
    assert got["provider"] == "Example Dermatology Associates"


# --- sentences ---------------------------------------------------------------------------------------------------

def test_a_claim_label_wrapped_before_its_number_word():
    """'The claim' ending a line, 'number is CR123 and ...' opening the next: the claim's number."""
    got = fields_of(line(100, (100, "Example Ridge Health Plan")),
                    line(170, (100, "Dear Ana Reyes:")),
                    line(240, (100, "The doctor billed $686.00 for the procedure, and we did not pay it. The claim")),
                    line(300, (100, "number is CR10000000001 and it was filed under your member ID.")))
    assert got["case_numbers"] == ["CR10000000001"]


def test_an_appeal_given_the_number_is_the_appeals_number_and_anothers_claim_is_not():
    got = fields_of(line(100, (100, "Example Mutual Health Plan")),
                    line(170, (100, "On Feb 6, 2031 we received your appeal. We gave your appeal the")),
                    line(230, (100, "number APL-10000001, and we have upheld our decision.")))
    assert got["case_numbers"] == ["APL-10000001"]
    got = fields_of(line(100, (100, "Example Health Insurance Company")),
                    line(170, (100, "Claim number: OC10000001")),
                    line(240, (100, "We have put this claim on hold. The other driver's carrier insures the car (their claim")),
                    line(300, (100, "number TA-10000002). Please answer the questionnaire.")))
    assert got["case_numbers"] == ["OC10000001"]


def test_an_id_said_with_what_it_is_for_before_is():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "We denied this request. Its reference number is OD-10000001, and")),
                    line(230, (100, "your member number with Example Medicare Advantage Vista (PPO) is XH10000001B.")))
    assert got["member_id"] == "XH10000001B"


def test_service_days_said_in_sentences():
    def dates_of(*texts: str) -> list:
        lines = [line(100, (100, "Example Mutual Health"))] + \
            [line(170 + 60 * i, (100, t)) for i, t in enumerate(texts)]
        return fields_of(*lines)["service_dates"]

    assert dates_of("We have finished processing a claim for the colonoscopy you had",
                    "on Jan 26, 2031. We did not pay it.") == ["2031-01-26"]
    assert dates_of("We are writing about the pump that Example Medical Supply",
                    "delivered to your home on Dec 25, 2030. We denied this claim.") == ["2030-12-25"]
    assert dates_of("Service requested: an MRI of the lumbar spine, outpatient, at Example Imaging, date of",
                    "service April 17, 2031. We have DENIED this service.") == ["2031-04-17"]
    assert dates_of("Your doctor asked us to approve a monthly supply of formula, to start on 02/01/2031.",
                    "We cannot approve this request.") == ["2031-02-01"]
    assert dates_of("Please approve 60 kits a month for the period from 01-APR-2031 through 30-JUN-2031.",
                    "The kits were denied.") == ["2031-04-01/2031-06-30"]
    assert dates_of("We received your appeal of our decision not to cover the surgery, which your surgeon had",
                    "asked to perform on Jun 17, 2031 and Aug 1, 2031. We upheld the denial.") == \
        ["2031-06-17", "2031-08-01"]


def test_a_birth_is_no_delivery_of_care():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "I am writing to ask you to reverse the denial for my patient, who delivered on")),
                    line(230, (100, "2030-12-17, and still needs the medicine.")))
    assert not got.get("service_dates")


def test_who_gave_the_care_said_in_sentences():
    def provider_of(*texts: str):
        lines = [line(100, (100, "Example Mutual Health"))] + \
            [line(170 + 60 * i, (100, t)) for i, t in enumerate(texts)]
        return fields_of(*lines)["provider"]

    assert provider_of("We are writing about the pump and appliance that Example Medical Supply",
                       "delivered to your home on Dec 25, 2030. We denied this claim.") == "Example Medical Supply"
    assert provider_of("You asked us to pay claim 8900000001 for the shockwave therapy Ana B. Reyes gave",
                       "you on 29 December 2030. We are upholding the denial.") == "Ana B. Reyes"
    assert provider_of("We reviewed your appeal for the two doses given at Example Immunization Center. A nurse",
                       "reviewer agreed the vaccine is not covered.") == "Example Immunization Center"
    assert provider_of("Inpatient rehabilitation stay at Example Rehabilitation Hospital, claim 30000000000001,",
                       "was not covered.") == "Example Rehabilitation Hospital"
    assert provider_of("The claim was for services that Example Hills Personal",
                       "Care Management sent for you. We denied it.") == "Example Hills Personal Care Management"


def test_the_appeal_limit_read_through_an_ocr_slip():
    got = fields_of(line(100, (100, "Example Health Assurance")),
                    line(170, (100, "March 1, 2031")),
                    line(240, (100, "We are upholding the denial.")),
                    line(300, (100, "You may ask for a second-level appeal within 60 days of th: date of this letter.")))
    assert got["appeal_deadline"] == "2031-04-30"


# --- who the paper is from and for ---------------------------------------------------------------------------

def test_a_brand_over_health_plan_is_one_name():
    got = fields_of(placed(100, 70, (100, "EXAMPLE MUTUAL")),
                    placed(190, 34, (100, "Health Plan - Claims Review Unit - PO Box 4410, Example, ST 60815")),
                    placed(300, 34, (100, "Notice of Claim Denial")),
                    placed(360, 34, (100, "We cannot pay this claim. Write to Example Mutual Appeals.")))
    assert got["insurer"].lower() == "example mutual health plan"


def test_a_glued_brand_over_its_office_is_the_issuer():
    got = fields_of(placed(100, 34, (100, "COMMONWEALTH OF EXAMPLE")),
                    placed(160, 34, (100, "Executive Office of Health and Human Services")),
                    placed(220, 34, (100, "ExampleHealth")),
                    placed(280, 34, (100, "Office of Medicaid - PCA Prior Authorization Unit - PO Box 9120")),
                    placed(400, 34, (100, "Services: APPROVED WITH MODIFICATION")))
    assert got["insurer"] == "ExampleHealth"


def test_a_care_of_line_inside_the_address_block():
    got = fields_of(line(100, (100, "Example Coast Health Plan")),
                    line(170, (100, "MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL")),
                    line(240, (100, "Theo R. Ejemplo"), (1300, "Statement date: 14 Jan 2031")),
                    line(300, (100, "c/o Ilona Ejemplo"), (1300, "Member ID: SCH10000001")),
                    line(360, (100, "144 Bramble St"), (1300, "Claims processed: 7 Dec 2030 to 11 Jan 2031")),
                    line(420, (100, "Port Example, NA 60318")),
                    line(500, (100, "Units billed are more than the monthly maximum. Not covered.")))
    assert got["member_name"] == "Theo R. Ejemplo"


def test_the_reader_named_at_a_sentences_start():
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "Your request has been approved")),
                    line(240, (100, "Jasper N. Ejemplo, we approved the surgery your urologist asked for.")))
    assert got["member_name"] == "Jasper N. Ejemplo"


def test_an_invoice_beside_its_bill_to_label_is_the_suppliers_paper():
    got = fields_of(line(100, (100, "Example Respiratory & Home Medical, LLC")),
                    line(170, (100, "2290 Example Road, Port Example, NA 60319")),
                    line(240, (100, "BILL TO:"), (1500, "INVOICE")),
                    line(300, (100, "ANA REYES"), (1500, "Invoice date: 03/15/2031")),
                    line(360, (100, "Insurance: Example Coast Health Plan")),
                    line(420, (100, "Not covered (A4629 over 30/mo): $441.90")))
    assert got["provider"] == "Example Respiratory & Home Medical, LLC"


def test_titles_and_patients_are_no_providers():
    got = fields_of(line(100, (100, "Example Mutual Health Plan")),
                    line(170, (100, "Explanation of Benefits")),
                    line(300, (100, "Date"), (500, "Service"), (1300, "Amount billed"), (1700, "Plan paid"),
                         (2000, "Code")),
                    line(360, (100, "Claim E31-100000-1 - Patient Ana B. Reyes - Example Vascular Lab")),
                    line(420, (100, "02/15/2031"), (500, "Duplex scan"), (1300, "452.63"), (1700, "243.03")),
                    line(480, (100, "Claim E31-200000-2 - Patient Ana B. Reyes - Luis M. Ortega, MD")),
                    line(540, (100, "03/08/2031"), (500, "Lipectomy"), (1300, "3,625.34"), (1700, "0.00"),
                         (2000, "CX4")),
                    line(620, (100, "CX4 Cosmetic services are excluded under your plan.")))
    assert got["provider"] == "Luis M. Ortega"
    got = fields_of(line(100, (100, "Example Health Plan")),
                    line(170, (100, "PROVIDER"), (500, "NOTICE OF ADVERSE DETERMINATION")),
                    line(240, (100, "Case number OV-UM-1000001")),
                    line(300, (100, "Determination DENIED - not medically necessary")))
    assert got.get("provider") != "NOTICE OF ADVERSE DETERMINATION"


def test_a_responsible_party_label_is_no_insurer():
    got = fields_of(line(100, (100, "Example Harbor Pediatric Dentistry")),
                    line(170, (100, "PATIENT STATEMENT")),
                    line(240, (100, "Patient"), (600, "Harriet V. Ejemplo")),
                    line(300, (100, "Responsible party"), (600, "Lorraine J. Ejemplo")),
                    line(360, (100, "Insurance"), (600, "Example Mutual Health Plan")),
                    line(440, (100, "Total charges: 782.00")))
    assert got.get("insurer") != "Responsible party Insurance"
    assert got.get("provider") != "Responsible party Insurance"


def test_a_re_line_naming_a_person_addresses_the_page():
    from intake.split import _addressed

    page = PageText(3, 2550, 3300, [line(100, (100, "Example Home Health Services")),
                                    line(170, (100, "05/02/2031")),
                                    line(240, (100, "Re: Priya N. Ejemplo, Member ID A20000000")),
                                    line(300, (100, "Please authorize home health physical therapy."))], "ocr")
    assert _addressed(page)


# --- what the paper is ------------------------------------------------------------------------------------------

def test_a_summary_notice_that_did_not_approve_all_services_refuses_something():
    got = _classify_lines("Medicare Summary Notice for Part B (Medical Insurance)",
                          "Did Medicare Approve All Services? NO",
                          "Claims Processed Between February 17, 2031 - March 16, 2031",
                          "02/17/31 Tobacco cessation counseling (99406) No $44.50 $0.00 $0.00 $0.00 a",
                          "02/24/31 Tobacco cessation counseling (99406) No $44.50 $0.00 $0.00 $0.00 a",
                          "If you disagree with a claims decision on this notice, you can file an appeal.")
    assert got.document_type == "eob" and got.denial_type is not None


def test_charges_an_audit_disallowed_are_refused():
    got = _classify_lines("Example Mutual Health", "Hospital Bill Review Results", "Claim number: 2400-000000-01",
                          "Rev Description Disallowed Finding",
                          "0270 Routine supplies $3,172.82 Included in room/procedure charge",
                          "Total disallowed $3,172.82",
                          "Routine supplies are part of the room charge and are not billed separately.",
                          "If you disagree, you may appeal within 180 days of the date of this letter.")
    assert got.document_type == "denial_letter"


def test_a_partial_approval_refuses_the_rest():
    got = _classify_lines("ExampleHealth Office of Medicaid",
                          "Notice of Prior Authorization Decision for Personal Care Attendant Services:",
                          "APPROVED WITH MODIFICATION",
                          "We have approved your request with a modification. This means we approved fewer hours "
                          "than were requested.",
                          "The time requested is more than is medically necessary to assist you.",
                          "If you disagree with this decision, you have the right to a fair hearing.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")


def test_a_spanish_notices_title_naming_prior_authorization_is_no_reason():
    got = _classify_lines("Aviso de decision de autorizacion previa para servicios de asistente: APROBADO CON "
                          "MODIFICACION",
                          "Numero de autorizacion previa: 33J1000001",
                          "Aprobamos menos horas de las solicitadas.",
                          "Motivo: El tiempo solicitado es mayor del que es medicamente necesario para ayudarle.",
                          "Si no esta de acuerdo, tiene derecho a una audiencia imparcial.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")


def test_an_age_limit_is_a_benefit_not_covered():
    got = _classify_lines("Example Health Insurance Company", "EXPLANATION OF BENEFITS",
                          "Claim CX1 Example Family Medicine 01/09/2031 90651 $339.00 $0.00 $0.00 $339.00 A7",
                          "Claim CX2 Example Lab 12/31/2030 80061 $66.27 $22.18 $0.00 $22.18 LB",
                          "A7 - Immunization is covered under the preventive benefit only within the ages on the "
                          "plan's schedule.",
                          "To appeal, write to us within 180 days of the date of this statement.")
    assert got.denial_type == "not_covered"


def test_a_spanish_claim_line_denied():
    got = _classify_lines("Example Health Insurance Company", "EXPLICACION DE BENEFICIOS - Esto no es una factura",
                          "Reclamacion CX3 - Example Family Medicine - fecha del servicio 26 de enero de 2031",
                          "90651 Vacuna $291.41 $0.00 $291.41",
                          "Total de la reclamacion $334.19 $0.00 $334.19",
                          "Reclamacion denegada.",
                          "Si no esta de acuerdo, puede apelar dentro de 180 dias.")
    assert got.denial_type is not None


# --- round CW ------------------------------------------------------------------------------------------------------

def test_a_claims_or_appeals_number_said_at_the_end_of_a_longer_phrase():
    def cases_of(*texts: str) -> list:
        lines = [line(100, (100, "Example Valley Health Plan"))] + \
            [line(170 + 60 * i, (100, t)) for i, t in enumerate(texts)]
        return fields_of(*lines).get("case_numbers") or []

    assert cases_of("You asked us to reconsider our denial of claim number LV10000000001 for the procedure.") == \
        ["LV10000000001"]
    assert cases_of("On 02/14/2031 we received your appeal, which we numbered AP-2031-10001. You asked us to",
                    "reverse our decision.") == ["AP-2031-10001"]
    assert cases_of("We have finished reviewing your appeal. We logged your appeal as number AP7000001. Your",
                    "member number is XC36000001.") == ["AP7000001"]
    assert cases_of("You appealed our decision not to pay claim 789000000001 for sclerotherapy.") == ["789000000001"]
    # a number the run's own words give to someone else: a surgeon's NPI, a paid claim
    assert "2400000001" not in cases_of("Your claim number is CX10000001. Surgeon NPI on the claim: 2400000001.")
    assert "E5500000001" not in cases_of("Your claim number is CX10000002. That was emergency care, and we paid claim "
                                         "E5500000001 in full.")


def test_a_greeting_by_the_given_name_finds_the_full_name():
    got = fields_of(line(100, (100, "Example Health Alliance")),
                    line(170, (100, "Fecha del aviso: 4 de marzo de 2031")),
                    line(240, (100, "Yadira C. Ejemplo")),
                    line(300, (100, "2394 Salal Ridge Road")),
                    line(360, (100, "Port Example, OR 97999")),
                    line(430, (100, "AVISO DE DENEGACION DE COBERTURA")),
                    line(490, (100, "Fecha programada: 26 de marzo de 2031")),
                    line(560, (100, "Estimada Yadira:")),
                    line(620, (100, "Hemos decidido no cubrir este servicio.")))
    assert got["member_name"] == "Yadira C. Ejemplo"


def test_a_needs_assessment_that_found_less_need_is_medical_necessity():
    got = _classify_lines("Example Encantado Health Plan", "NOTICE OF ACTION",
                          "ACTION: We are REDUCING your personal care services from 32 hours per week to 18 hours per "
                          "week.",
                          "Why: Your care coordinator completed a Comprehensive Needs Assessment in your home on May 22,",
                          "2031. It found that you now bathe and dress with standby help only.",
                          "Appeal. If you do not agree with this action, you may ask us for an appeal within 60 days.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")


def _page(number: int, *texts: str) -> PageText:
    return PageText(number, 2550, 3300, [line(100 + 60 * i, (100, t)) for i, t in enumerate(texts)], "ocr")


def test_a_letter_written_to_a_fax_number_is_no_cover_sheet():
    """'To:', 'Re:' and a fax number head a long letter: a cover sheet says a few short lines, never paragraphs."""
    from intake.rules import cached_rules
    from intake.split import page_features

    body = "We ask that you reconsider the adverse determination. The enclosed 12 pages of office notes show the " \
           "treatment tried for eight weeks without relief of the obstruction and the examination's findings."
    letter = _page(3, "Example Ear, Nose & Throat Associates", "Phone 1-555-318-2000 Fax 1-555-318-2090", "2031-05-06",
                   "To: Example Health Insurance Co., Prior Authorization Unit (fax 1-555-730-9812)",
                   "Re: Request for reconsideration, case PZ-100000-LT", *([body] * 5))
    cover = _page(1, "FAX", "To: Example Advocacy Desk", "From: Front desk", "Fax: (555) 011-6042", "Date: 2/17/31",
                  "Pages: 3 incl. cover", "Re: insurance letters, please review")
    rules = cached_rules()
    assert page_features(cover, rules).cover
    assert not page_features(letter, rules).cover


def test_an_authorization_decisions_title_opens_a_document():
    from intake.rules import cached_rules
    from intake.split import page_features

    page = _page(3, "Prior Authorization", "PO Box 30917, Example, KY 40999", "AUTHORIZATION APPROVED",
                 "DATE AUTHORIZATION # MEMBER ID", "2030-12-31 OP1000001 RCH100000001",
                 "The procedure above is approved as medically necessary in the outpatient setting.")
    assert page_features(page, cached_rules()).opener


def test_a_summary_line_citing_the_denied_claim_is_no_claim_of_its_own():
    """'Did Medicare approve all services? NO (see claim X)' above two claim headings: X is the second heading's
    claim, and the first heading's claim, all approved, is another's."""
    got = fields_of(line(100, (100, "Medicare Summary Notice for Part B (Medical Insurance)")),
                    line(170, (100, "Did Medicare approve all services? NO (see claim 10-2031-393-813)")),
                    line(230, (100, "If you disagree with any claims decisions on this notice, you can file an appeal.")),
                    line(290, (100, "Example Internal Medicine Group, claim number 57-2031-829-641, service date "
                                    "01/18/2031")),
                    line(350, (100, "Office visit, level 4 (99214)"), (1000, "Yes"), (1200, "$257.00"),
                         (1500, "$139.70"), (1800, "$111.76")),
                    line(410, (100, "Example Molecular Diagnostics, claim number 10-2031-393-813, service date "
                                    "02/03/2031")),
                    line(470, (100, "BRCA2 familial variant (81217)"), (1000, "No"), (1200, "$471.00"),
                         (1500, "$0.00"), (1800, "$0.00")),
                    line(540, (100, "A Medicare does not pay for genetic tests for people without symptoms.")))
    assert got["case_numbers"] == ["10-2031-393-813"]
    assert got["service_dates"] == ["2031-02-03"] and got["provider"] == "Example Molecular Diagnostics"


def test_a_claim_headed_after_a_bar_or_bracket_is_its_own():
    def cases_of(*texts: str) -> list:
        lines = [line(100, (100, "Example Health Plan"))] + \
            [line(170 + 60 * i, (100, t)) for i, t in enumerate(texts)]
        return fields_of(*lines).get("case_numbers") or []

    assert cases_of("Example Addiction Medicine Program | Claim 2800000000001 | Received 04/16/2031",
                    "Injection, monthly $1,800.00 denied - over the dose limit.") == ["2800000000001"]
    assert cases_of("The claim, which we", "numbered Q20000000001, billed a total of $218.46. We denied it.") == \
        ["Q20000000001"]


def test_an_inpatient_stay_approved_only_as_outpatient_is_a_level_of_care_denial():
    got = _classify_lines("Example Valley Hospital", "Your insurer did not approve your inpatient stay",
                          "On 24-JAN-2031 your plan told us that it approves your surgery by Ana B. Reyes, DO only as "
                          "an outpatient procedure and will not pay for inpatient days.",
                          "If you wish to appeal, the plan's letter to you gives the deadline.")
    assert got.denial_type == "level_of_care"
    assert fields_of(line(100, (100, "Example Valley Hospital")),
                     line(170, (100, "On 24-JAN-2031 your plan told us that it approves your surgery by Ana B.")),
                     line(230, (100, "Reyes, DO only as an outpatient procedure and will not pay for inpatient days.")),
                     )["provider"] == "Ana B. Reyes"
