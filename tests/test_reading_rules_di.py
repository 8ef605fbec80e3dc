"""Reading rules from session 38 (round DI), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines


def _head() -> list:
    return [line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Statement date: May 4, 2031"))]


# --- labels ------------------------------------------------------------------------------------------------------

def test_a_drawn_rule_read_as_a_bar_after_a_label_is_its_colon():
    """'Account | 31000042  Provider | Example Hospice  NPI | ...': a table's rules read as '|' between each label
    and its value; the bar ends the label as a colon would, after a cell's start or after a number."""
    got = fields_of(*_head(), line(200, (100, "Account | 31000042 Provider | Example Valley Hospice NPI | 3100000001")))
    assert got["provider"] == "Example Valley Hospice"


def test_a_bar_after_a_names_last_word_opens_no_value():
    """'Example Crest Health Plan | PO Box 31000 | ...': the bar ends the name; 'Plan' labels nothing (a guard
    on the bar read as a colon: it holds only after a cell's start or a number)."""
    got = fields_of(line(40, (100, "Example Crest Health Plan | PO Box 31000 | Exampleton, ST 00000")),
                    line(100, (100, "May 4, 2031")), line(200, (100, "Member ID: QX31000123")))
    assert got.get("plan_id") is None


def test_a_label_after_the_number_its_line_opened_with():
    """'Claim 31000042 Rendered by Example Pulmonary Diagnostics Status: See note': a claim's heading line of
    label, number, label, value; the capitalised label after the number names the next value."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim 31000042 Rendered by Example Pulmonary Diagnostics Status: See note P4")),
                    line(360, (100, "P4 These tests exceed the frequency limit and are not covered.")))
    assert got["provider"] == "Example Pulmonary Diagnostics"


def test_a_territorys_letters_before_a_member_number_are_its_prefix():
    """'(Medicaid ID AS 3100 572 914)': the capitals 'AS' open the number; in prose 'as' is a filler word."""
    got = fields_of(*_head(), line(200, (100, "You treated our recipient Ana B. Example (Medicaid ID AS 3100 572 914) "
                                               "in March.")))
    assert got["member_id"].replace(" ", "") == "AS3100572914"


# --- claims told as blocks with their facts on the heading line ---------------------------------------------------

def _blocks() -> list:
    rows = []
    for k, (number, who, when, code, amounts, note) in enumerate((
            ("3100-1000101", "Example Upper Limb Rehabilitation", "02/19/2031", "97116",
             "318.00 187.30 149.76 37.44", "-"),
            ("3100-1000202", "Example Limb & Brace Center", "03/16/2031", "L6935",
             "12,408.75 0.00 0.00 12,408.75", "M41"),
            ("3100-1000303", "Dr. Quinn R. Example, Physical Medicine", "02/09/2031", "99214",
             "273.00 158.90 127.16 31.74", "-"))):
        y = 300 + 200 * k
        rows += [line(y, (100, f"{k + 1} of 3 Claim {number} {who} Service {when}")),
                 line(y + 50, (100, "Code What was done Qty Charged Approved We paid Your part Note")),
                 line(y + 100, (100, f"{code} Service line 1 {amounts} {note}")),
                 line(y + 150, (100, f"Claim total {amounts.split()[0]}"))]
    return rows


def test_the_denied_blocks_heading_line_gives_its_provider_and_service_date():
    """'2 of 3 Claim 3100-... Example Limb & Brace Center Service 03/16/2031': the count opens the heading, the
    name runs to the date's own label, and the date on the denied claim's first line is its service date."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")), *_blocks(),
                    line(1000, (100, "M41 Not medically necessary: a body-powered prosthesis meets the member's needs.")))
    assert got["case_numbers"] == ["3100-1000202"]
    assert got["provider"] == "Example Limb & Brace Center"
    assert got["service_dates"] == ["2031-03-16"]


def test_a_received_date_on_the_denied_claims_heading_is_no_service_date():
    """'Claim QX31-0202 Example Clinic Received 03/23/2031': the heading's date is the paperwork's (a guard on
    the dates read from a denied claim's first line)."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim QX31-000101 Example Clinic Received 03/04/2031")),
                    line(350, (100, "99213 Office visit 148.00 97.30 72.30 25.00")),
                    line(400, (100, "Claim total 148.00")),
                    line(500, (100, "Claim QX31-000202 Example Clinic Received 03/23/2031")),
                    line(550, (100, "99214 Office visit 227.00 0.00 0.00 0.00 LT4")),
                    line(600, (100, "Claim total 227.00")),
                    line(700, (100, "LT4 The doctor was not credentialed with the plan on the date of service.")))
    assert got["case_numbers"] == ["QX31-000202"]
    assert "2031-03-23" not in (got.get("service_dates") or [])


def test_the_patients_part_of_a_claim_line_names_no_provider():
    """'Claim QX31-0303 · Patient Ana B. Example · Example Orthodontics': who billed is the part no label opens."""
    got = fields_of(*_head(), line(200, (100, "Subscriber ID QX31000123")),
                    line(300, (100, "Claim QX31-000303 \u00b7 Patient Ana B. Example \u00b7 Example Orthodontics")),
                    line(350, (100, "2/11/2031 D8703 Replace lost retainer $318.50 $0.00 R22")),
                    line(450, (100, "R22 Replacement of a lost orthodontic appliance is not a covered benefit.")))
    assert got["provider"] == "Example Orthodontics"


def test_a_header_rows_lone_patient_caption_ends_the_search_for_who_billed():
    """'CLAIM NUMBER  PATIENT  OUTCOME' over its values: no caption is a provider (a guard on passing over a
    'Patient ...' part of a claim line: a lone caption is a header row's)."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Example Urgent Care")),
                    line(200, (100, "DECISION DATE"), (600, "CLAIM NUMBER"), (1100, "PATIENT"), (1700, "OUTCOME")),
                    line(250, (100, "Sep 12, 2031"), (600, "3100517264"), (1100, "Ana B. Example"), (1700, "Upheld")))
    assert got.get("provider") != "OUTCOME"


# --- dates in sentences ------------------------------------------------------------------------------------------

def test_a_supplier_supplied_it_on_a_day():
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "We are writing about the claim that Example Home Medical Supply sent us for")),
                    line(350, (100, "the home monitor it supplied to you on January 15, 2031. We received the")),
                    line(400, (100, "claim, number QX31-000601, on Jan 21, 2031. The supplier billed $1,087.40 for it.")))
    assert got["service_dates"] == ["2031-01-15"]


def test_the_insertion_asked_for_on_a_day_is_the_planned_service():
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "The request asks us to approve the insertion of two stents into your left eye "
                                    "(CPT 0191T) on April 17, 2031 at Example Eye Surgery Center.")))
    assert got["service_dates"] == ["2031-04-17"]


# --- providers ---------------------------------------------------------------------------------------------------

def test_a_name_a_table_cut_short_is_completed_from_its_whole_printing():
    """'Example Orthotics & P...' in a claims table, 'Example Orthotics & Prosthetics, LLC, orthotist ...' in its
    footnote: the whole name, up to the company's suffix."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim no."), (500, "Provider"), (1000, "From"), (1200, "To"), (1400, "Billed"),
                         (1600, "Paid"), (1800, "Status")),
                    line(350, (100, "310071236580"), (500, "Example Orthotics & P..."), (1000, "04/06/2031"),
                         (1200, "04/06/2031"), (1400, "3,655.25"), (1600, "0.00"), (1800, "Denied *")),
                    line(450, (100, "* Claim 310071236580: a cranial orthosis from Example Orthotics & Prosthetics, LLC, "
                                    "orthotist Ana Example, is not covered after 18 months of age.")))
    assert got["provider"] == "Example Orthotics & Prosthetics, LLC"


def _letter_to_plan(*body: str) -> list:
    return [line(40, (100, "Example Mobility Solutions, LLC")),
            line(90, (100, "Complex rehab technology | Exampleton ST | 555-555-0100")),
            line(150, (100, "April 4, 2031")), line(210, (100, "Example Harbor Health Plan")),
            line(260, (100, "Utilization Management - Reconsiderations")),
            line(320, (100, "Re: Request for reconsideration, prior authorization PA31000151")),
            *(line(400 + 60 * i, (100, t)) for i, t in enumerate(body))]


def test_a_suppliers_letter_to_the_plan_names_the_supplier_as_provider():
    """A letter written to the plan ('Dear Medical Director:') on a supplier's letterhead: the supplier gave the
    care, not the doctor whose order the letter mentions."""
    got = fields_of(*_letter_to_plan("Dear Medical Director:",
                                     "We ask you to reconsider the denial of the power seat elevator for Ana B. Example.",
                                     "Dr. Quinn R. Example's order and the seating evaluation are attached."))
    assert got["provider"] == "Example Mobility Solutions, LLC"
    assert got["insurer"] == "Example Harbor Health Plan"  # (the payer it writes to, not its own letterhead)
    got = fields_of(*_letter_to_plan("To the reconsideration unit:",
                                     "Your notice denied our claim for 26 nursing facility days.",
                                     "Dr. Quinn R. Example certified the stay on admission."))
    assert got["provider"] == "Example Mobility Solutions, LLC"


def test_a_remittance_section_heading_is_no_provider():
    got = fields_of(*_head(), line(200, (100, "Pay-to provider")), line(250, (100, "CLAIMS ADJUDICATED THIS CYCLE")))
    assert got.get("provider") is None


# --- what kind of paper, what kind of denial ---------------------------------------------------------------------

def test_claim_blocks_whose_service_rows_carry_no_date_are_an_eob():
    """Rows of four amounts under claim headings that carry the dates: a statement of claims, whatever its title
    ('Claim activity statement')."""
    got = _classify_lines("EXAMPLE MUTUAL HEALTH", "Claim activity statement - not a bill",
                          "1 of 3 Claim 3100-0000101 Example Rehabilitation Service 02/19/2031",
                          "97116 Prosthetic training 3 318.00 187.30 149.76 37.44",
                          "2 of 3 Claim 3100-0000202 Example Limb Center Service 03/16/2031",
                          "L6935 Below elbow, external power 1 12,408.75 0.00 0.00 12,408.75 M41",
                          "L7007 Electric hand 1 21,906.25 0.00 0.00 21,906.25 M41",
                          "3 of 3 Claim 3100-0000303 Example Physical Medicine Service 02/09/2031",
                          "99214 Office visit 1 273.00 158.90 127.16 31.74",
                          "M41 Not medically necessary. A body-powered prosthesis meets the member's needs.")
    assert got.document_type == "eob"


def test_one_undated_line_of_an_estimate_and_a_sentence_of_amounts_are_no_eob():
    """A pre-treatment estimate tabulates one proposed line; 'Annual maximum $1,450.00. Used to date $612.00.
    ...' puts words between its amounts: neither is a statement of claims (a guard on undated service rows)."""
    got = _classify_lines("Example Dental Plans", "Notice of Dental Benefit Determination - Pre-Treatment Estimate",
                          "Date CDT Procedure Submitted Allowed Plan pays Pt pays Note",
                          "-- D2740 Crown - porcelain/ceramic 14 1,176.35 0.00 0.00 1,176.35 N21",
                          "Annual maximum $1,450.00. Used to date $612.00. Remaining $764.00. Deductible $40.00.",
                          "N21 A crown is not dentally necessary at this time.")
    assert got.document_type == "denial_letter"


def test_one_study_in_any_twelve_months_is_a_limit_of_the_coverage():
    got = _classify_lines("Example Health Plan", "March 24, 2031", "Dear Ana Example:",
                          "We cannot pay for this study. Your benefit plan covers one complex urodynamic study",
                          "(CPT 51728 or 51729) in any 12-month period. Our records show a study on September 25, 2030.")
    assert got.denial_type == "not_covered"


def test_a_condition_not_service_connected_is_outside_the_veterans_coverage():
    got = _classify_lines("Example Veterans Program", "March 24, 2031", "Dear Ana Example:",
                          "We denied the claim for your hospital stay abroad.",
                          "The condition treated is not service-connected. The program pays only for care of "
                          "service-connected conditions.")
    assert got.denial_type == "not_covered"


def test_a_procedure_code_after_the_claims_number_is_no_case_number():
    """'Claim 3100057318: power wheelchair base (K0861, ...)': a letter and four digits further on in the value is
    a HCPCS code, no second number of the case."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim 3100057318: power wheelchair base (K0861, monthly rental) - denied, not "
                                    "medically necessary")))
    assert got["case_numbers"] == ["3100057318"]


def test_a_lone_start_day_read_in_a_box_is_the_span_the_letter_states():
    """'Service from 03/09/2031' in a box whose 'To' was lost, and 'the days from March 9, 2031 through March 27,
    2031' in the letter: the day opens exactly that span, so the span is the service dates."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim number"), (700, "Service from"), (1100, "Units")),
                    line(350, (100, "3100-0000101"), (700, "03/09/2031"), (1100, "22")),
                    line(450, (100, "We denied the days from March 9, 2031 through March 27, 2031 because no review "
                                    "was done.")))
    assert got["service_dates"] == ["2031-03-09/2031-03-27"]


def test_the_member_a_letter_to_the_plan_is_about_on_its_re_line():
    """'Re: Ana B. Example | Member ID ...', 'Re: Claim for Ana B. Example, Veteran ID ...', 'Re: Exception request
    for Ana B. Example, DOB ...': the member the sender writes about."""
    for re_line in ("Re: Quilla R. Example | Member ID QX31000123 | Claim 3100718254-00",
                    "Re: Claim for Quilla R. Example, Veteran ID QX31000123",
                    "Re: Exception request for Quilla R. Example, DOB 05/14/1958"):
        got = fields_of(line(40, (100, "Example Oncology Associates")), line(100, (100, "March 7, 2031")),
                        line(160, (100, "Example Specialty Review Services")), line(220, (100, re_line)),
                        line(280, (100, "To the clinical pharmacist reviewer:")),
                        line(340, (100, "I am writing to ask for an exception to the preferred product policy.")))
        assert got["member_name"] == "Quilla R. Example", re_line


def _remit_table(y: int, name: str, mid: str, tcn: str, frm: str, thru: str, billed: str, paid: str,
                 eob: str = "") -> list:
    head = [(100, "Recipient"), (500, "Recipient ID"), (800, "TCN"), (1200, "From"), (1400, "Thru"), (1600, "Units"),
            (1800, "Billed"), (2000, "Paid")]
    row = [(100, name), (500, mid), (800, tcn), (1200, frm), (1400, thru), (1600, "10"), (1800, billed), (2000, paid)]
    if eob:
        head.append((2200, "EOB"))
        row.append((2200, eob))
    return [line(y, *head), line(y + 40, *row)]


def test_a_remittances_section_headings_with_their_kind_of_days_after_a_dash():
    """'PAID CLAIMS - ROUTINE NURSING FACILITY DAYS' over one table, 'DENIED / PARTIALLY DENIED CLAIMS - BED HOLD
    DAYS' over another: the denied section's claim is the notice's, its number, amount and days."""
    got = fields_of(line(40, (100, "Example Office of Medicaid Services")), line(100, (100, "RA Date: 03/30/2031")),
                    line(160, (100, "PAID CLAIMS - ROUTINE NURSING FACILITY DAYS")),
                    *_remit_table(200, "Example, Quinn", "3100071842", "31071204958816342", "01/25/2031",
                                  "02/21/2031", "7,118.40", "7,118.40"),
                    line(320, (100, "DENIED / PARTIALLY DENIED CLAIMS - BED HOLD DAYS")),
                    *_remit_table(360, "Example, Quilla F", "3100925318", "31092817450369127", "02/24/2031",
                                  "03/05/2031", "2,466.30", "493.26", "3107"),
                    line(480, (100, "3107 Annual bed-hold day limit reached. Days over the limit are denied.")))
    assert got["case_numbers"] == ["31092817450369127"]
    assert got["claim_amount"] == "2466.30"
    assert got["service_dates"] == ["2031-02-24/2031-03-05"]


def test_one_pair_every_twelve_months_said_in_spanish_is_a_limit_of_the_coverage():
    got = _classify_lines(
        "Example Health Plan", "20 de mayo de 2031", "Estimado/a Ana Example:",
        "Usted apelo nuestra decision de no pagar el par nuevo de ortesis de tobillo y pie (AFO, L1970)",
        "que Quinn N. Example entrego a Leo H. Example el 5 de abril de 2031, facturado por $3,140.50.",
        "Un medico especialista que no participo en la primera decision reviso su apelacion. Confirmamos la "
        "denegacion. Su plan cubre un par de", "AFO cada 12 meses. Un par antes de ese plazo se cubre solo si el "
        "crecimiento o un cambio en la", "condicion esta documentado. La apelacion no incluyo medidas del pie ni "
        "notas de ajuste; por eso", "no podemos saber si el par actual ya no le queda.",
        "Puede pedir una apelacion de segundo nivel dentro de 60 dias a partir de la fecha de esta carta.")
    assert got.denial_type == "not_covered"


def test_sessions_over_the_limit_said_in_spanish_are_not_covered():
    got = _classify_lines("Resumen de Medicare", "Fecha del aviso: 20 de mayo de 2031",
                          "C Medicare paga hasta 25 sesiones de entrenamiento. Las sesiones 26 a 29 superan ese limite y "
                          "el centro no envio documentos que muestren por que eran necesarias.")
    assert got.denial_type == "not_covered"


def test_a_greeting_to_the_provider_labels_nothing():
    """'Dear Provider:' beside a facts column's 'Claim facts': a greeting, no 'Provider:' label."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Dear Provider:"), (1500, "Claim facts")),
                    line(320, (100, "We reviewed your request for redetermination."), (1500, "Claim number")),
                    line(380, (100, "The home dialysis supplies are not covered."), (1500, "3100715406392")))
    assert got.get("provider") != "Claim facts"


def test_a_name_cut_short_is_completed_up_to_the_colon_after_it():
    """'Example Pediatric Ortho...' in the table, 'from Example Pediatric Orthotics & Prosthetics: custom ...' in
    its note: the whole name ends at the colon."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Claim no."), (500, "Provider"), (1000, "From"), (1200, "To"), (1400, "Billed"),
                         (1600, "Paid"), (1800, "Status")),
                    line(350, (100, "310047219658"), (500, "Example Pediatric Ortho..."), (1000, "03/18/2031"),
                         (1200, "03/18/2031"), (1400, "4,035.75"), (1600, "0.00"), (1800, "Denied (a)")),
                    line(450, (100, "(a) Claim 310047219658 from Example Pediatric Orthotics & Prosthetics: custom "
                                    "ankle-foot orthoses (L1970), not covered within 12 months.")))
    assert got["provider"] == "Example Pediatric Orthotics & Prosthetics"


def test_a_letters_closing_under_a_caption_is_no_provider():
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")), line(300, (100, "Attending"), (700, "Sincerely,")))
    assert got.get("provider") is None


def test_other_claims_listed_under_their_own_heading_are_no_case_numbers():
    """'Other claims on this advice for the same recipient' over a small table: its ICNs are other claims' (a
    guard on the headers read apart from a title over them)."""
    got = fields_of(line(40, (100, "Example State Medical Assistance Program")), line(100, (100, "RA date: 07/16/2031")),
                    line(160, (100, "ICN 3100579214806")),
                    line(240, (100, "Service date"), (500, "Proc"), (700, "Units"), (900, "Billed"), (1100, "Paid")),
                    line(280, (100, "06/10/2031"), (500, "58661"), (700, "1"), (900, "$1,587.46"), (1100, "$0.00")),
                    line(320, (100, "Status: DENIED")),
                    line(360, (100, "EOB 731: No consent form was received with the claim or is on file for this member.")),
                    line(420, (100, "Other claims on this advice for the same recipient")),
                    line(460, (100, "ICN"), (500, "Provider"), (1000, "Date"), (1200, "Proc"), (1400, "Billed"),
                         (1600, "Paid")),
                    line(500, (100, "3100926183047"), (500, "Example Anesthesia Associates"), (1000, "06/10/2031"),
                         (1200, "00851"), (1400, "$512.60"), (1600, "$0.00")),
                    line(560, (100, "The anesthesia claim above is also denied (linked claim). To correct, send the "
                                    "claim with a complete form.")))
    assert got["case_numbers"] == ["3100579214806"]


def test_an_earlier_claim_named_in_the_reason_is_no_case_number():
    """'Crutches were paid on your earlier claim 3100...-01 for February 5', 'Su reclamo anterior 3100...-01':
    another claim than the notice's."""
    for sentence in ("Crutches (E0114) were paid on your earlier claim 3100257364-01 for February 5, 2031.",
                     "Su reclamo anterior 3100257364-01 pago un par de anteojos el 15 de agosto de 2030."):
        got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                        line(260, (100, "Claim number: 3100855225-01")),
                        line(320, (100, "The knee scooter is denied as a convenience item.")), line(380, (100, sentence)))
        assert got["case_numbers"] == ["3100855225-01"], sentence


def test_an_earlier_decision_on_this_claim_keeps_its_number():
    """'We have overturned our earlier decision on claim 31-...': the earlier word is the decision's, the claim is
    this notice's (a guard on the earlier-claim rule)."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Good news. We have overturned our earlier decision on claim 31-83100538 (member")),
                    line(320, (100, "QX31000123) and will pay the surgery center's charges.")))
    assert got["case_numbers"] == ["31-83100538"]
