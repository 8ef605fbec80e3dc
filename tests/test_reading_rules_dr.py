"""Reading rules from session 42 (round DR), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.extract import ids
from intake.model import Line, Word
from tests.test_kv import CHAR, fields_of, line


def _letter(*body: str, head: tuple[str, ...] = ()) -> dict:
    lines = [line(40, (100, "Example Prairie Health Plan")), line(80, (100, "PO Box 100, Example City, ST 00000")),
             line(140, (100, "May 4, 2031")), *[line(180 + 40 * k, (100, text)) for k, text in enumerate(head)],
             line(400, (100, "Dear Ana Example:"))]
    lines += [line(460 + 40 * k, (100, text)) for k, text in enumerate(body)]
    return fields_of(*lines)


def test_the_claim_that_a_provider_sent_names_it():
    """'the claim that Example Ear & Hearing Center sent us': 'that' opens the clause, it is no word of the name."""
    got = _letter("We are writing about the claim that Example Ear & Hearing Center sent us on April 2, 2031.",
                  "Hearing aid batteries are not a benefit of your plan, so we will not pay for them.")
    assert got["provider"] == "Example Ear & Hearing Center"


def test_the_claim_from_a_provider_with_no_number_between():
    """'We held this claim from Example Gastroenterology Partners (total ...)': who sent the claim, no number
    before it."""
    got = _letter("We held this claim from Example Gastroenterology Partners (total $310.00) until we got your "
                  "records.", "The condition began before your coverage started.")
    assert got["provider"] == "Example Gastroenterology Partners"


def test_your_provider_named_beside_the_role():
    """'Your provider, Ana B. Example, sent a corrected claim': the name between the commas."""
    got = _letter("Your provider, Ana B. Example, sent a corrected claim for the visit on March 3, 2031.",
                  "We paid the corrected claim; you owe only your copay.")
    assert got["provider"] == "Ana B. Example"


def test_a_doctor_with_a_middle_initial_asking_for_approval():
    """'Dr. Ana P. Example asked us to approve ...' after 'that' on the line above: the whole name, not the
    surname after the initial's point (a guard on the 'asked us to approve' rule: older code read no name here and
    fell back on the doctor named elsewhere)."""
    got = _letter("We reviewed the carotid stenting that",
                  "Dr. Ana P. Example asked us to approve for you. The procedure was planned for June 2, 2031.")
    assert got["provider"] == "Dr. Ana P. Example"


def test_a_subject_wrapped_from_the_line_above_is_the_verbs_line():
    """'...; Ana B. Example' then 'Example Respiratory Supply asked us to approve ...': the subject of 'asked' is
    the name on the verb's line, not the end of the line before joined to it."""
    got = _letter("Your doctor's order was signed; Ana B. Example",
                  "Example Respiratory Supply asked us to approve a portable oxygen concentrator for you.",
                  "We did not approve it because a stationary one meets your needs.")
    assert got["provider"] == "Example Respiratory Supply"


def test_provided_by_a_person_with_a_middle_initial():
    """'music therapy provided by Ana J. Example, MT-BC.': the initial's point ends no sentence."""
    got = _letter("You asked us to pay for music therapy provided by Ana J. Example, MT-BC. You sent a letter",
                  "from your doctor. Music therapy is not a covered benefit under your plan.")
    assert got["provider"] == "Ana J. Example"


def test_a_records_request_to_a_provider_names_the_office_before_its_street():
    """'To: Example Air Medical Transport, Medical Records, 900 Example Row, ...': the office the plan writes to for
    records is the provider; the street after its name is no part of it."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(80, (100, "28 JUN 2031")),
                    line(120, (100, "To: Example Air Medical Transport, Medical Records, 900 Example Row, "
                                    "Example City, ST 00000")),
                    line(160, (100, "Patient: Ana B. Example")), line(200, (100, "Claim: QX31-0004417")),
                    line(240, (100, "We need the flight record to finish reviewing this claim.")))
    assert got["provider"] == "Example Air Medical Transport"


def test_a_place_of_care_on_a_date_outweighs_the_doctor_who_ordered_it():
    """'at Example Imaging on 03/07/31 (claim 123), ordered by Dr. Ana Example.': the place gave the care; the doctor
    only asked for it."""
    got = _letter("We did not pay for the bone density scan you had",
                  "at Example Imaging & DEXA on 03/07/31 (claim 31860274415), ordered by Dr. Ana Example.",
                  "Your plan pays for one scan every two years.")
    assert got["provider"] == "Example Imaging & DEXA"


def test_transport_dates_are_days_of_service():
    """A ride's 'Transport date:', 'Date of transport': the day the care was given ('Delivered:' alone is not: on
    a repair's paper it is the day the chair being repaired was first delivered)."""
    for label, value in (("Date of transport:", "Jan 19, 2031"), ("Transport date:", "14-JAN-2031")):
        got = fields_of(line(40, (100, "Example Home Medical Supply")), line(100, (100, "Statement date: 05/01/2031")),
                        line(160, (100, "Patient: Ana B. Example")), line(200, (100, label), (600, value)))
        assert got["service_dates"], label


def test_a_drug_filled_for_the_member_on_a_day():
    """'the granules filled for you on March 2, 2031': the fill is the day of service (a guard: another rule reads
    this sentence too; the fill's own rule reads it where none does)."""
    got = _letter("We reviewed the claim for the granules filled for you on March 2, 2031, billed at $2,100.50.",
                  "We cannot pay this claim because no approval was on file.")
    assert got["service_dates"] == ["2031-03-02"]


def test_placeholder_numbers_are_no_identifiers():
    """A form's example of a number's shape is all zeros or ends in nine zeros; a real number with zeros inside is
    still one."""
    assert not ids.is_id("PA000000000") and not ids.is_id("XX-R-00000000") and not ids.is_id("2030000000000")
    assert ids.is_id("2031000000001") and ids.is_id("QX600000000")


def test_an_instructions_example_number_is_no_case_number():
    """An instruction's sample under a label ('Claim number: 2030000000000 (example)') is no claim of the
    member's."""
    got = _letter("We denied claim 2031447100235 because the visit was not covered.", "How to write to us",
                  "Claim number: 2030000000000 (example)")
    assert got["case_numbers"] == ["2031447100235"]


def _row(y: float, *cells: str) -> Line:
    return line(y, *zip((100, 400, 750, 1250, 1500, 1750), cells))


def test_the_one_claim_that_drew_nothing_beside_paid_ones_is_the_denied_one():
    """A claims table whose rows were paid in full but one, billed and then zeros (OCR having lost its note
    column): that claim is the denied one, its number the case number."""
    got = fields_of(line(40, (100, "Example Community Health Plan")), line(80, (100, "Date issued 2031-02-28")),
                    line(120, (100, "Patient Ana B. Example")),
                    _row(180, "Service date", "Claim #", "Service", "Billed", "Paid", "You owe"),
                    _row(220, "2031-01-10", "31-QRX-215507", "99213 Office visit", "$112.30", "$112.30", "0.00"),
                    _row(260, "2031-01-19", "31-KLV-640218", "90471 Immunization", "$36.00", "$36.00", "0.00"),
                    _row(300, "2031-01-16", "31-HNP-883164", "92507 Speech therapy", "$96.00", "0.00", "000."))
    assert got["case_numbers"] == ["31-HNP-883164"] and got["claim_amount"] == "96.00"


def _spaced(y: float, *words: tuple[float, str]) -> Line:
    return Line(words=[Word(t, 0.95, (x, y, x + CHAR * len(t), y + 34)) for x, t in words], page=1)


def test_a_middle_initial_set_wide_of_the_surname_stays_in_the_name():
    """'Patient name: Ana B.   Example' with the initial's point set wide of the surname (a scan's spacing): one
    name, not a cell 'Ana B.' and another 'Example'."""
    x = 700 + CHAR * 3 + 14
    got = fields_of(line(40, (100, "Example Health Insurance Company")), line(80, (100, "Processed: 04/13/2031")),
                    _spaced(120, (100, "Patient"), (100 + CHAR * 7 + 14, "name:"), (700, "Ana"), (x, "B."),
                            (x + CHAR * 2 + 55, "Examplewood")))
    assert got["member_name"] == "Ana B. Examplewood"


def test_a_salutation_whose_initial_ocr_read_as_a_comma():
    """'Dear Ana B, Example:': the comma is the initial's point; the surname goes on."""
    got = fields_of(line(40, (100, "Example Behavioral Health Partners")), line(80, (100, "May 4, 2031")),
                    line(140, (100, "Dear Ana B, Example: we reviewed the request for partial hospitalization.")))
    assert got["member_name"] == "Ana B. Example"


def test_the_person_who_got_care_is_the_patient_not_the_employee():
    """'Employee Ana B. Example' over 'Person who got care Leo C. Example': the patient is who had the care."""
    got = fields_of(line(40, (100, "Example Health Plan")), line(80, (100, "May 4, 2031")),
                    line(140, (100, "Employee"), (700, "Ana B. Example")),
                    line(180, (100, "Person who got care"), (700, "Leo C. Example")),
                    line(220, (100, "We denied the claim for the inpatient stay.")))
    assert got["member_name"] == "Leo C. Example"


def test_values_printed_before_their_captions():
    """A block of rows each printing the value first and its caption after it, bullets OCR read before the caption
    ('3102-58137   Your reference', '317725904   + enrollee ID'): each caption's value is the cell to its left."""
    got = fields_of(line(40, (100, "Example Department of Health Access")), line(80, (100, "NOTICE OF DECISION")),
                    line(140, (100, "06-06-2031"), (900, "Decision made on")),
                    line(180, (100, "3102-58137"), (900, "Your reference")),
                    line(220, (100, "Ana B. Example"), (900, "Child")),
                    line(260, (100, "3188204657"), (900, "+ enrollee ID")),
                    line(300, (100, "Example Children's Hospital, Example City")),
                    line(340, (100, "01/16/2031"), (900, "\u00ab date you got care")),
                    line(380, (100, "$371.20"), (900, "+ amount the office asked for")),
                    line(440, (100, "We did not approve the stay. You can ask for an appeal.")))
    assert got["case_numbers"] == ["3102-58137"] and got["member_id"] == "3188204657"
    assert got["member_name"] == "Ana B. Example" and got["service_dates"] == ["2031-01-16"]
    assert got["claim_amount"] == "371.20" and got["denial_date"] == "2031-06-06"


def test_two_value_caption_rows_are_no_block():
    """Two rows of a value then words are too few to say the captions follow their values: a table's two rows
    ('3188204657   Subscriber number' could be a number and the next column's heading) pair as before (a guard)."""
    got = fields_of(line(40, (100, "Example Health Plan")),
                    line(140, (100, "Subscriber number"), (900, "Plan")),
                    line(180, (100, "3188204657"), (900, "Gold PPO")))
    assert got["member_id"] == "3188204657"


def test_a_spanish_sentence_opening_on_the_day_of_care():
    """'El 5 de marzo de 2031, su hija Ana B. Example volo de ... a ...': the day opening a sentence about the care,
    many words before its verb."""
    got = _letter("El 18 de abril de 2031, en Example Valley Medical Center, el Dr. Leo R. Example le cambio el",
                  "generador del estimulador. No pagaremos esta reclamacion porque nadie pidio aprobacion antes.")
    assert got["service_dates"] == ["2031-04-18"]


def test_an_english_sentence_opening_on_the_day_a_provider_did_the_care():
    """'On March 5, 2031, Example Imaging Center did an MRI of the right knee': the day of the care."""
    got = _letter("On March 5, 2031, Example Imaging Center did an MRI of the right knee for your son.",
                  "No one asked us to approve the MRI before it was done, so we will not pay for it.")
    assert got["service_dates"] == ["2031-03-05"]


def test_a_first_name_ocr_set_a_comma_after_is_no_surname_first():
    """'Ana, B. Example' (a speck read as a comma after the first name) is Ana B. Example, not 'B. Example Ana'."""
    from intake.extract import names

    assert names.clean_person("Ana, B. Example") == "Ana B. Example"
    assert names.clean_person("EXAMPLE, ANA M") == "Ana M. Example"


def _classify(*texts: str):
    from tests.test_reading_rules_cq import _classify_lines

    return _classify_lines(*texts)


def test_a_spanish_refusal_with_a_pronoun_for_its_object():
    """'No lo aprobamos.' / 'No la vamos a pagar.': the refusal said with 'lo' or 'la' for the service is a denial."""
    for refusal in ("Tramitamos su pedido con el numero PA310482576. No lo aprobamos.",
                    "Tramitamos la cuenta con el numero 3108-47302-205. No la vamos a pagar."):
        got = _classify("Example Health Plan", "Fecha: 4 de mayo de 2031", "Estimado(a) Ana Example:",
                        "El centro nos envio la cuenta de la sesion del 22 de abril de 2031.", refusal,
                        "Si no esta de acuerdo, puede apelar dentro de 180 dias a partir de la fecha de esta carta.")
        assert got.document_type == "denial_letter", refusal


def test_nobody_asked_with_the_approval_a_pronoun_is_prior_authorization():
    """'Su plan exige que alguien nos pida aprobacion antes ... Nadie nos la pidio': no approval asked for."""
    got = _classify("Example Health Plan", "Fecha: 4 de mayo de 2031", "Estimado(a) Ana Example:",
                    "El centro nos envio la cuenta de la sesion del 22 de abril de 2031. No la vamos a pagar.",
                    "Su plan exige que alguien nos pida aprobacion antes de empezar este servicio. Nadie nos",
                    "la pidio: no hay ninguna solicitud en nuestros archivos para esa fecha.",
                    "Si no esta de acuerdo, puede apelar dentro de 180 dias a partir de la fecha de esta carta.")
    assert got.denial_type == "prior_authorization"


def test_a_call_the_plan_needed_first_that_no_one_made():
    """'Your plan asks the program to call us before a planned stay begins ... No one did.' with 'we are not paying
    those days': a denial for want of prior authorization, though the later days were approved."""
    got = _classify("Example Shoals Health Plan", "May 4, 2031", "Dear Ana Example:",
                    "You began residential treatment on February 11, 2031. The program first called us on February 16,",
                    "2031. For the days from February 11 through February 15 the program billed $7,940.00, and",
                    "we are not paying those days.",
                    "Your plan asks the program to call us before a planned residential stay begins. No one did. We",
                    "approved the days from the day we heard from the program.",
                    "You may appeal within 180 days of the date of this letter.")
    assert got.document_type == "denial_letter" and got.denial_type == "prior_authorization"


def test_a_clinic_that_signed_no_agreement_is_out_of_network():
    """'has not signed an agreement with us, so it is outside the group of doctors and clinics your plan uses'."""
    got = _classify("Example Crossing Health Insurance Company", "May 4, 2031", "Dear Ana Example:",
                    "On the visit you had at Example Walk-In Clinic on February 21, 2031, the clinic billed us $287.40.",
                    "We are not able to pay it. Example Walk-In Clinic has not signed an agreement with us, so it is",
                    "outside the group of doctors and clinics your plan uses. A sore throat seen during office hours",
                    "is not an emergency under your plan.",
                    "If you think we are wrong, write to us within 180 days of the date of this letter.")
    assert got.denial_type == "out_of_network"


def test_an_eob_row_allowed_nothing_whose_note_a_colon_legend_explains_denies_it():
    """A row billed then '0.00 0.00 0.00 N7' and a legend 'N7: the generator was replaced before ...' (the code
    followed by a colon and a small letter): the row was refused, so the EOB denies something."""
    from tests.test_reading_rules_cf import _classify as classify_lines

    got = classify_lines(
        line(100, (100, "Example Health Plan")), line(160, (100, "EXPLANATION OF BENEFITS")),
        line(220, (100, "Claim"), (400, "Date"), (700, "Service"), (1200, "Billed"), (1400, "Allowed"), (1600, "Paid"),
             (1800, "Note")),
        line(280, (100, "31C774105268"), (400, "04/14/2031"), (700, "95983 Programming"), (1200, "330.10"),
             (1400, "188.20"), (1600, "150.60"), (1800, "A1")),
        line(340, (100, "31R560842217"), (400, "05/24/2031"), (700, "61886 Generator replacement"), (1200, "47,310.20"),
             (1400, "0.00"), (1600, "0.00"), (1800, "N7")),
        line(400, (100, "Notes. A1: paid under your plan. N7: the generator was replaced before its battery reached the "
                        "point where replacement is needed.")),
        line(460, (100, "You may appeal within 180 days of the date this statement was issued.")))
    assert got.document_type == "eob" and got.denial_type is not None


def test_a_case_number_a_sentence_gives_without_a_label_word():
    """'We have filed this under BH-31-772145.', 'Tramitamos su pedido con el numero PA310482576.': the number the
    plan keeps the case under, named in running text with no 'claim' or 'reference' before it."""
    got = _letter("You began residential treatment on February 11, 2031. For those days the program billed $7,940.00,",
                  "and we are not paying those days. We have filed this under BH-31-772145.")
    assert got["case_numbers"] == ["BH-31-772145"]
    got = _letter("El Dr. Leo Example nos pidio aprobar frenillos para su hijo, con inicio previsto el 12 de junio de 2031.",
                  "Tramitamos su pedido con el numero PA310482576. No lo aprobamos.")
    assert got["case_numbers"] == ["PA310482576"]


def test_an_example_number_on_the_line_after_for_example_is_no_case_number():
    """'Put the claim number on every page, for' + next line 'example write "claim 31000-000123-00", and send
    copies': the instruction's sample, its 'for' on the line above."""
    got = _letter("The clinic billed us $287.40, and we are handling it under claim 31572-804416-27.",
                  "If you think we are wrong, write to us. Put the claim number on every page, for",
                  "example write \"claim 31900-104512-07\", and send copies, not originals.")
    assert got["case_numbers"] == ["31572-804416-27"]


def test_what_a_provider_billed_said_in_plain_words():
    """'the office billed us $2,236.60', 'the hospital's bill came to $38,416.20', '$238.00 billed in all', 'una
    cuenta de $1,618.90': the amount billed, said in a sentence with no label."""
    for sentence, amount in (("On April 21, 2031 the office billed us $2,236.60. We are not paying it.", "2236.60"),
                             ("The hospital's bill came to $38,416.20, and we will not pay it.", "38416.20"),
                             ("We paid two visits but not the third, $238.00 billed in all under claim 31-7702418-64.",
                              "238.00"),
                             ("La compania nos envio una cuenta de $1,618.90 por ese vuelo. No la vamos a pagar.",
                              "1618.90")):
        got = _letter(sentence, "You may appeal within 180 days of the date of this letter.")
        assert got.get("claim_amount") == amount, sentence


def test_a_zero_billed_is_no_claim_amount():
    """'Repair value covered by warranty: $0.00 billed.': nothing billed is no amount of a claim (a guard on the
    '$X billed' rule)."""
    got = _letter("Your hearing aid repair is covered by its warranty. Repair value covered by warranty: $0.00 billed.",
                  "Batteries are not a benefit of your plan.")
    assert got.get("claim_amount") is None


def test_if_you_think_we_are_wrong_sets_the_appeal_deadline():
    """'If you think we are wrong, write to us within 180 days of the date of this letter': an appeal's limit said
    without the word 'appeal'."""
    got = _letter("We are not able to pay the claim for your visit on February 21, 2031.",
                  "If you think we are wrong, write to us within 180 days of the date of this letter.")
    assert got["appeal_deadline"] == "2031-10-31"


def test_a_summary_date_dates_the_paper():
    """'Fecha del resumen' over '21 de marzo de 2031' in a header row: a member's summary is dated so."""
    got = fields_of(line(40, (100, "Example Lantern Health Plan")),
                    line(100, (100, "RESUMEN DE SERVICIOS - ESTO NO ES UNA FACTURA")),
                    line(160, (100, "Nino o nina"), (500, "Numero de miembro"), (900, "Fecha del resumen")),
                    line(200, (100, "Ana B. Example"), (500, "318470256"), (900, "21 de marzo de 2031")))
    assert got["denial_date"] == "2031-03-21"


def test_running_text_beside_a_column_of_captions_is_no_value():
    """A letter's paragraph in the left column beside a facts column of captions and values on alternate lines:
    the sentence left of 'Member' is no member's name (a guard on the caption-after-value rule)."""
    got = fields_of(line(40, (100, "Example Ridge Health Plan")),
                    line(100, (100, "Dr. Ana P. Example of Example Spine Associates asked"), (1500, "Date of decision")),
                    line(140, (100, "us to approve a lumbar microdiscectomy at L5-S1"), (1500, "February 16, 2031")),
                    line(180, (100, "for you, to be done at Example Surgery Center."), (1500, "Member")),
                    line(220, (100, "What we decided: we did not approve the surgery."), (1500, "Leo C. Example")),
                    line(260, (100, "It is not medically necessary at this time under"), (1500, "Prior auth no.")),
                    line(300, (100, "our medical policy for lumbar disc surgery and"), (1500, "UM310647285")))
    assert got["member_name"] == "Leo C. Example" and got["case_numbers"] == ["UM310647285"]


def test_a_programs_care_id_is_the_members_number():
    """'Example Valley Care ID: 3177402598' (a program named '... Care'): the member's number with the program,
    where no member label names one."""
    got = _letter("We cannot pay the claim from the clinic for the visit on January 20, 2031.",
                  head=("Example Valley Care ID: 3177402598",))
    assert got["member_id"] == "3177402598"


def test_the_claim_whose_one_line_was_refused_among_claims_with_their_own_totals():
    """An EOB of three claims, each a row with its number, further service lines, and its own 'Claim total' row; one
    line of the third claim drew nothing ('265.40 0.00 0.00 0.00 97'): the third claim is the denied one, and its
    total is the claim amount (the 'Claim total' rows do not end the claims column)."""
    cols = (100, 500, 1000, 1300, 1600, 1800, 2000, 2200)

    def row(y, *cells):
        return line(y, *[(x, t) for x, t in zip(cols, cells) if t])

    got = fields_of(line(40, (100, "Example Lake Health Plan")), line(80, (100, "EXPLANATION OF BENEFITS")),
                    line(120, (100, "Patient Ana B. Example")),
                    row(180, "Claim no.", "Billed by", "Date", "Service", "Billed", "Allowed", "Plan paid", "Note"),
                    row(220, "3190427715036", "Example Orthopaedic Partners", "04/16/2031", "29881 Arthroscopy",
                        "3,150.00", "1,604.90", "1,280.30", "PD"),
                    row(260, "", "", "04/16/2031", "29877 Chondroplasty", "861.00", "452.30", "361.80", "PD"),
                    row(300, "Claim total", "", "", "", "4,011.00", "2,080.70", "1,661.10", ""),
                    row(340, "3190551846207", "Example Anesthesia Associates", "04/16/2031", "01400 Anesthesia",
                        "842.00", "421.10", "336.88", "PD"),
                    row(380, "Claim total", "", "", "", "842.00", "421.10", "336.88", ""),
                    row(420, "3190683927154", "Example Surgery Center", "04/16/2031", "29881 Facility", "5,208.00",
                        "2,705.12", "2,164.10", "PD"),
                    row(460, "", "", "04/16/2031", "A4570 Splint", "265.40", "0.00", "0.00", "97"),
                    row(500, "Claim total", "", "", "", "5,473.40", "2,705.12", "2,164.10", ""),
                    line(560, (100, "Notes. PD: paid under your plan. 97: the splint is part of the surgery's payment.")))
    assert got["case_numbers"] == ["3190683927154"] and got["claim_amount"] == "5473.40"
    assert got["provider"] == "Example Surgery Center"
