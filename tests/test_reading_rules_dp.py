"""Reading rules from session 41 (round DP), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def _supplier_letter(letterhead: str, *body: str) -> dict:
    lines = [line(100, (100, letterhead)), line(140, (100, "Home medical equipment - 12 Example Way, Example City")),
             line(220, (100, "May 4, 2031")), line(300, (100, "ANA B. EXAMPLE")), line(330, (100, "12 EXAMPLE LANE")),
             line(400, (100, "Re: Your Medicare claim for the hospital bed")), line(460, (100, "Dear Ana Example,"))]
    lines += [line(520 + 40 * k, (100, text)) for k, text in enumerate(body)]
    return fields_of(*lines)


def test_a_care_providers_letterhead_is_who_gave_the_care_when_nothing_else_names_one():
    """A supplier's own letter to the member names no provider under a label or in a sentence: its letterhead, a
    care provider's name ('... Medical Supply'), is who gave the care, though it is the paper's issuer too."""
    got = _supplier_letter("Example Harbor Medical Supply",
                           "We billed Medicare $270.00 for this rental month. Please read the enclosed letter;",
                           "it explains Medicare's decision and how to ask for a redetermination.")
    assert got["provider"] == "Example Harbor Medical Supply"


def test_an_exchanges_letterhead_names_no_provider():
    """A letterhead with no word only a care provider's name holds ('Example Health Connect', an exchange) heading
    its own notice is the issuer, not who gave any care (a guard on the rule above: it passes without it)."""
    got = _supplier_letter("Example Health Connect",
                           "We reviewed your application and you do not qualify for help paying for coverage.",
                           "You may ask for an appeal within 90 days.")
    assert got.get("provider") is None


def test_an_agency_service_centers_letterhead_names_no_provider():
    """'Example Program Service Center' heading an agency's notice (a 'center', but one that runs a program; a guard on
    the rule above)."""
    got = _supplier_letter("Example Program Service Center",
                           "We cannot enroll you in Part B for the drug coverage you asked for.",
                           "You may ask us to look at this decision again within 60 days.")
    assert got.get("provider") is None


def test_a_label_whose_value_says_none_takes_no_number_from_the_line_below():
    """'Referral/authorization no.   None on file' then 'Provider NPI   1234567890': the referral has no number;
    the provider's NPI under it is no case number."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Date of notice: May 4, 2031")),
                    line(160, (100, "Claim number"), (700, "QX31-0004417")),
                    line(200, (100, "Referral/authorization no."), (700, "None on file")),
                    line(240, (100, "Community provider"), (700, "Example Surgical Hospital")),
                    line(280, (100, "Provider NPI"), (700, "1234567890")),
                    line(320, (100, "Dates of service"), (700, "04/02/2031")))
    assert got["case_numbers"] == ["QX31-0004417"]


def test_insurance_on_file_names_no_case_number():
    """A statement's 'Insurance on file: <plan> <number>': 'on file' says the insurance is held, it is no 'file
    number' label, so the number after the plan's name is no case number: it is the member's, the caption printed
    after an address on the same line."""
    got = fields_of(line(40, (100, "Example Valley Hospital")), line(70, (100, "PATIENT STATEMENT")),
                    line(130, (100, "Statement date: May 4, 2031")), line(170, (100, "Patient: Ana B. Example")),
                    line(210, (100, "Example City ZZ 00000"), (900, "Insurance on file: Example Sedge PPO QX31000123")),
                    line(270, (100, "Date Description Charges")),
                    line(300, (100, "04/02/2031 Emergency room visit $1,240.00")),
                    line(340, (100, "Amount due $1,240.00")))
    assert "QX31000123" not in got.get("case_numbers", [])
    assert got["member_id"] == "QX31000123"


def test_care_on_or_about_a_day_is_care_on_that_day():
    """'the care you received on or about March 3, 2031': the notice hedges the day it names; it is the day of
    service all the same."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Dear Ana Example:")),
                    line(220, (100, "We denied payment for the ambulance services you received on or about March 3,")),
                    line(250, (100, "2031, because the trip was not an emergency.")))
    assert got["service_dates"] == ["2031-03-03"]


def _classify(*texts: str):
    from tests.test_reading_rules_cq import _classify_lines

    return _classify_lines(*texts)


def test_an_appeal_that_keeps_the_first_decision_is_a_denial():
    """'Our decision: we agree with the first decision' (no 'upheld', no 'denied'): the appeal kept the refusal, so
    the paper is a denial, its reason the one it gives."""
    got = _classify("Example Prairie Health Plan", "NOTICE OF APPEAL RESOLUTION", "Date of this notice: May 4, 2031",
                    "You asked us to pay for a year's membership in a weight-loss program your doctor suggested.",
                    "Our decision: we agree with the first decision. Memberships in commercial weight-loss programs",
                    "are not part of what your plan pays for.",
                    "You may ask for a State Fair Hearing within 120 days of the date of the appeal decision.")
    assert got.document_type == "denial_letter"


def test_a_spanish_claim_that_came_in_late_is_timely_filing():
    """'Este reclamo llego despues de ese plazo, asi que no vamos a pagarlo': a late claim, in Spanish."""
    got = _classify("Example Prairie Health Plan", "AVISO SOBRE SU RECLAMO", "Fecha: 4 de mayo de 2031",
                    "La clinica nos envio un reclamo por la consulta del 20 de enero de 2031. Recibimos el reclamo",
                    "el 19 de junio de 2031. Los proveedores tienen 120 dias despues de la fecha del servicio para",
                    "mandarnos el reclamo. Este reclamo llego despues de ese plazo, asi que no vamos a pagarlo.",
                    "Puede pedirnos una apelacion dentro de 60 dias a partir de la fecha de este aviso.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "timely_filing")


def test_care_paid_only_in_the_office_refused_at_a_surgery_center_is_level_of_care():
    """The care is paid only in a doctor's office; the surgery center's own charge is refused: the setting was
    refused, not the care."""
    got = _classify("Example Prairie Health Plan", "CLAIM DECISION", "Date: May 4, 2031",
                    "Billed by: Example Surgery Center", "Facility fee billed: 1,492.75", "Plan pays: 0.00",
                    "Decision: we will not pay the facility fees. Your plan pays for this procedure when it is done",
                    "in a doctor's office. The surgeon's fee was paid at the office rate.",
                    "You may appeal within 180 days of the date of this letter.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "level_of_care")


def test_a_patient_not_on_the_coverage_is_an_eligibility_refusal():
    """'The baby is not on your coverage' / 'We have no record of this patient on your coverage': who is covered,
    not what is covered."""
    got = _classify("Example Prairie Health Plan", "ANSWER TO YOUR REQUEST FOR SERVICE", "Date: May 4, 2031",
                    "We received the request from Dr. Ana Reyes for a hearing test for the baby.",
                    "We cannot approve this request right now. The baby is not on your coverage. A newborn is",
                    "covered from birth only if the plan receives a request to add the baby within 31 days.",
                    "You may appeal within 180 days of the date of this notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "eligibility")


def test_no_request_for_approval_before_the_care_is_prior_authorization():
    """'has to be reviewed by us before it is done. Nobody asked us to review this one ahead of time, so we are not
    paying it': approval needed first and never asked for."""
    got = _classify("Example Prairie Health Plan", "Date: May 4, 2031", "Dear Ana Example:",
                    "An MRI that is not an emergency has to be reviewed by us before it is done. Nobody asked",
                    "us to review this one ahead of time, so we are not paying it.",
                    "You may ask us for an appeal within 60 days of the date of this letter.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")


def test_admission_and_discharge_on_one_line_make_the_stay():
    """'Fecha de ingreso: 2 de febrero de 2031. Fecha de alta: 11 de febrero de 2031.': the stay from admission to
    discharge, not its last day."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "4 de mayo de 2031")),
                    line(160, (100, "Estimado(a) Ana Example:")),
                    line(220, (100, "El hospital nos envio un reclamo por su estadia de rehabilitacion. Fecha")),
                    line(250, (100, "de ingreso: 2 de febrero de 2031. Fecha de alta: 11 de febrero de 2031.")),
                    line(280, (100, "Usted no necesitaba el nivel de atencion de un hospital de rehabilitacion.")))
    assert got["service_dates"] == ["2031-02-02/2031-02-11"]


def test_a_billing_provider_column_run_together_with_the_date_column_still_names_the_provider():
    """A tight EOB row whose first cell OCR ran across the date, billing-provider, rendering and service columns
    (over ten words): the words under 'Billing provider' are the provider of the refused row."""
    head = line(190, (100, "Claim #"), (480, "DOS"), (720, "Billing provider"), (1240, "Rendering"),
                (1760, "Service"), (2386, "Billed"), (2669, "Allowed"), (2870, "Plan paid"), (3077, "Codes"))
    row1 = line(220, (100, "X3100000111"), (480, "03/02/2031 Dr. Ana B. Example Dr. Ana B. Example 99214 Office visit"),
                (2386, "USD 178.47"), (2669, "124.93"), (2870, "99.93"), (3077, "-"))
    row2 = line(250, (100, "X3100000222"), (480, "03/04/2031 Example Diabetes Supply"),
                (1240, "Example Diabetes Supply"),
                (1760, "A9277 CGM transmitter"), (2386, "USD 91.75"), (2669, "0.00"), (2870, "0.00 96"))
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
                    line(100, (100, "Statement date: May 4, 2031")), line(130, (100, "Member ID: QX31000123")),
                    head, row1, row2,
                    line(310, (100, "Codes. 96 The transmitter was replaced under its warranty and is")),
                    line(340, (100, "not covered.")))
    assert got["provider"] == "Example Diabetes Supply"


def test_a_speck_after_a_caption_leaves_the_caption_a_label():
    """'Numero de miembro .' over its number: the dot OCR set after the caption is no value; the number under the
    caption is the member's."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "AVISO SOBRE SU RECLAMO")),
                    line(160, (100, "Fecha"), (700, "Numero de miembro ."), (1400, "Grupo")),
                    line(200, (100, "08/08/2031"), (700, "QXW31000123"), (1400, "GRP-00417")),
                    line(260, (100, "Estimado(a) Ana Example:")))
    assert got["member_id"] == "QXW31000123"


def test_a_legend_run_on_after_its_heading_names_the_refused_row():
    """'Codes. P1 Paid in network ... 29 The filing time limit has passed. L7 We got this claim more than 90 days'
    + 'after the last service date ... the provider may not bill you for it.': the bare
    reason code opens its own entry (P1 stays the paid note) and L7's entry runs on to the next line, so the row
    citing '29 / L7' is the refused claim: its number and amount, not every row's."""
    head = line(190, (100, "Claim #"), (480, "From"), (700, "Thru"), (980, "Rendering provider"), (1547, "Service"),
                (2090, "Billed"), (2315, "Allowed"), (2528, "Plan paid You owe Codes"))
    rows = [line(220 + 30 * k, (100, num), (480, f"{day} {day} {who}"), (1547, svc), (2173, billed), (2429, allowed),
                 (2641, paid), (2830, owe), (2977, code))
            for k, (num, day, who, svc, billed, allowed, paid, owe, code) in enumerate([
                ("X31000000111", "05/05/2031", "Dr. Ana B. Example", "99213 office visit", "450.25", "279.15", "249.15",
                 "30.00", "P1"),
                ("X31000000222", "01/08/2031", "Example Bend Physical Therapy", "97110 exercise x6", "293.57", "0.00",
                 "0.00", "0.00", "29 / L7"),
                ("X31000000333", "05/13/2031", "Example Diagnostic Lab", "85025 blood count", "98.50", "61.07",
                 "61.07", "0.00", "P1")])]
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(70, (100, "Explanation of Benefits")),
                    line(100, (100, "Statement date: June 11, 2031")), line(130, (100, "Member ID: QX31000123")),
                    head, *rows,
                    line(330, (100, "Codes. P1 Paid in network; your copay is in You owe. 29 The filing time limit "
                                    "has passed. L7 We got this claim more than 90 days")),
                    line(364, (100, "after the last service date. Providers in the network agree to file sooner, "
                                    "so the provider may not bill you for it.")))
    assert got["case_numbers"] == ["X31000000222"]
    assert got["claim_amount"] == "293.57"


def test_who_sent_the_claim_in_spanish_opens_the_sentence():
    """'Hospital Example Norte nos envio un reclamo por la atencion de emergencia ...': the sentence's subject sent
    the claim, so it gave the care."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "AVISO DE ACCION")),
                    line(140, (100, "Fecha de este aviso: 17 de abril de 2031")),
                    line(200, (100, "Estimado(a) Ana Example:")),
                    line(260, (100, "Hospital Example Norte nos envio un reclamo por la atencion de emergencia que")),
                    line(290, (100, "usted recibio el 19 de marzo de 2031. Su otro seguro paga primero.")))
    assert got["provider"] == "Hospital Example Norte"


def test_bills_received_from_a_therapist_name_the_therapist_never_a_month():
    """'We received the bills from Ana B. Example, PT at Example Physical Therapy for the physical therapy you
    received from March. 2 through March 9': the therapist sent the bills; 'March' (its day set apart by OCR's
    dot) is no one."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Dear Ana Example:")),
                    line(220, (100, "We received the bills from Ana B. Example, PT at Example Physical Therapy for")),
                    line(250, (100, "the therapy you received from March. 2 through March 9, 2031. We cannot pay")),
                    line(280, (100, "them because your coverage ended when you turned 19.")))
    assert got["provider"] == "Ana B. Example"


def test_a_code_that_does_not_match_the_care_is_a_coding_refusal():
    """'The code billed does not match the care given' / 'un codigo que no corresponde al servicio': the coding, not
    the care, was refused."""
    got = _classify("Example Prairie Health Plan", "4 de mayo de 2031", "Estimado(a) Ana Example:",
                    "Revisamos el reclamo de sus sesiones de terapia. Como el codigo facturado no corresponde al",
                    "servicio que usted recibio, no podemos pagar el reclamo.",
                    "Puede apelar dentro de 180 dias a partir de la fecha de este aviso.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "coding_error")


def test_a_supplier_with_no_agreement_with_the_plan_is_out_of_network():
    """'Example Devices has no agreement with Example Ridge Health Plan to supply equipment to our members': a
    provider outside the network, put in other words."""
    got = _classify("Example Ridge Health Plan", "APPEAL DECISION", "Date: May 4, 2031",
                    "[_] Overturned - the claim will be paid", "[] Partly overturned",
                    "[XX] Upheld - the first decision stands",
                    "Example Devices has no agreement with Example Ridge Health Plan to supply equipment to our",
                    "members, and two companies that do carry the same device.",
                    "You may ask for a second-level appeal within 60 days of the date of this letter.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "out_of_network")
