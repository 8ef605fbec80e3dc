"""Reading rules from session 43 (round DT), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line
from tests.test_reading_rules_cq import _classify_lines


def _letter(*body: str, head: tuple[str, ...] = ()) -> dict:
    lines = [line(40, (100, "Example Prairie Health Plan")), line(80, (100, "PO Box 100, Example City, ST 00000")),
             line(140, (100, "May 4, 2031")), *[line(180 + 40 * k, (100, text)) for k, text in enumerate(head)],
             line(400, (100, "Dear Ana Example:"))]
    lines += [line(460 + 40 * k, (100, text)) for k, text in enumerate(body)]
    return fields_of(*lines)


def test_caption_wrapped_under_itself_in_a_fact_block():
    """'Date(s) of' beside its value with 'service' alone under it: one caption, as a reader joins it; the
    caption of the row beside it ('Amount billed') keeps its own value."""
    got = fields_of(line(300, (100, "Member name"), (520, "Ana B. Example"), (1200, "Member ID"), (1500, "QX4471902")),
                    line(360, (100, "Date claim"), (520, "4/2/2031"), (1200, "Claim number"), (1500, "31-902214")),
                    line(396, (100, "received by")),
                    line(432, (100, "plan")),
                    line(492, (100, "Date(s) of"), (520, "03/27/2031"), (1200, "Amount billed"), (1500, "$1,408.30")),
                    line(528, (100, "service")))
    assert got["service_dates"] == ["2031-03-27"]
    assert got["claim_amount"] == "1408.30" and got["case_numbers"] == ["31-902214"]


def test_capitalised_line_under_a_caption_is_the_next_caption():
    """'Provider' under 'Member ID' is a caption of its own with its own value, never the rest of 'Member ID'."""
    got = fields_of(line(300, (100, "Member ID"), (520, "QX4471902")),
                    line(340, (100, "Provider"), (520, "Example Valley Clinic")))
    assert got["member_id"] == "QX4471902" and got["provider"] == "Example Valley Clinic"


def test_a_header_wrapped_over_two_lines_is_cut_by_the_widest_row_under_it():
    """'Date of service Provider' run together over 'billed' (the second line of 'Amount billed'): the columns
    are read from the table's rows, so 'Provider' heads its own column."""
    from intake.extract.context import Context
    from intake.model import Document, PageText
    from intake.rules import cached_rules
    from tests.test_kv import SRC

    lines = [line(300, (100, "Date of service Provider"), (900, "Service"), (1400, "Amount"), (1700, "Action")),
             line(336, (1400, "billed")),
             line(400, (100, "03/17/2031"), (420, "Example Women's Clinic"), (900, "99214 office visit $191.40"),
                  (1700, "Denied")),
             line(440, (100, "03/17/2031"), (420, "Example Women's Clinic"), (900, "85025 blood count"),
                  (1400, "$23.60"), (1700, "Denied"))]
    for i, ln in enumerate(lines):
        ln.index = i
    ix = Context(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), cached_rules()).ix
    assert [c.text for c in ix.cells[id(lines[0])]][:2] == ["Date of service", "Provider"]
    assert any(p.label.cell.text == "Provider" and p.value.text == "Example Women's Clinic" for p in ix.pairs)


def test_a_bracketed_word_after_a_caption_is_no_value():
    """'Patient (dependent 02)' over the child's name: the name below is the patient's, beside the subscriber's."""
    got = fields_of(line(300, (100, "Subscriber"), (600, "Patient (dependent 02)"), (1200, "Member ID")),
                    line(340, (100, "Ana B. Example"), (600, "Leo C. Example"), (1200, "QX4471902")))
    assert got["member_name"] == "Leo C. Example"


def test_the_member_named_in_the_letter_to_a_guardian():
    got = _letter("You are the legal guardian of the member named in this letter, Leo C. Example (CHIP ID",
                  "QX4471902). We approved the hospital care only as observation care.")
    assert got["member_name"] == "Leo C. Example"


def test_the_person_care_was_approved_for_by_full_name():
    got = _letter("Good news. We approved 24 speech therapy visits (92507) for Leo C. Example at Example Speech",
                  "Clinic, from August 18, 2031 through February 15, 2032.")
    assert got["member_name"] == "Leo C. Example"
    assert got["service_dates"] == ["2031-08-18/2032-02-15"]


def test_the_member_marked_in_brackets_beside_the_representative():
    got = fields_of(line(100, (100, "THIS LETTER IS FOR"), (900, "ABOUT")),
                    line(140, (100, "Ana B. Example, authorized representative"), (900, "Leo C. Example (member)")),
                    line(200, (100, "We did not approve the inpatient level of care.")))
    assert got["member_name"] == "Leo C. Example"


def test_a_spanish_subject_line_names_the_member():
    got = _letter("Nos escribio usted sobre el estudio que le hicieron a su esposo.",
                  head=("Asunto: Leo C. Example Numero de miembro: QX4471902",))
    assert got["member_name"] == "Leo C. Example"


def test_a_relative_named_as_such_is_the_member():
    got = _letter("This letter is about your ward, Leo C. Example, member ID QX4471902. We cannot approve the stay.")
    assert got["member_name"] == "Leo C. Example"
    got = _letter("Le escribimos como tutora legal de su sobrina, Lea C. Example. No pagamos las clases.")
    assert got["member_name"] == "Lea C. Example"


def test_a_letter_to_a_parent_takes_the_name_in_the_forms_boxes():
    """The caption of the patient's box is unreadable on a fax; the letter speaks of 'your son', so the address
    block's name is the reader's and the name alone in a box of the form's head rows is the patient's."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(90, (100, "PREDETERMINATION DECISION")),
                    line(140, (100, "Ana B. Example")), line(180, (100, "664 Example St")),
                    line(220, (100, "Example City ST 00000")),
                    line(280, (100, "pr mame] Leo C. Example _"), (700, "mon \u00ab"), (900, "QX4471902")),
                    line(320, (100, "ORDERING mo] Dr. Ruth D. Example"), (900, "Example Pediatrics")),
                    line(400, (100, "Dr. Ruth D. Example asked for 24 more therapy visits for your son.")))
    assert got["member_name"] == "Leo C. Example"


def test_a_letter_to_the_member_about_another_payer_keeps_the_member():
    """'your spouse's plan' and 'you or your child' say nothing about whom the letter is to."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(140, (100, "Ana B. Example")),
                    line(180, (100, "664 Example St")), line(220, (100, "Example City ST 00000")),
                    line(280, (100, "Leo C. Example"), (700, "Member ID"), (900, "QX4471902")),
                    line(400, (100, "Your wife's plan pays first. If you or your child need help, call us.")))
    assert got["member_name"] == "Ana B. Example"


def test_a_short_patient_caption_on_a_form():
    """'PT NAME' is the patient's box, weighed above the subscriber's beside it."""
    got = fields_of(line(260, (100, "SUBSCRIBER NAME"), (500, "Ana B. Example")),
                    line(300, (100, "PT NAME"), (500, "Leo C. Example"), (900, "QX4471902")))
    assert got["member_name"] == "Leo C. Example"


def test_service_spans_told_in_sentences():
    """A middle initial's point ends no sentence; a stay told by where the member was; the days a request asked
    for; a test named before its span; the Spanish 'tuvo ... del ... al ...'."""
    cases = (("We received the claim for physical therapy visits with Ruth D. Example from March 8, 2031 through",
              "April 1, 2031. We have not paid it yet.", ["2031-03-08/2031-04-01"]),
             ("The child was in the hospital from February 2, 2031 through February 4, 2031.",
              "We approved the care as observation care.", ["2031-02-02/2031-02-04"]),
             ("Dr. Ruth D. Example asked us to approve more days for your husband at Example Hospital, from May 21,",
              "2031 through June 1, 2031 (request CR-31-00412).", ["2031-05-21/2031-06-01"]),
             ("Example Sleep Center billed us $4,410.80 for an overnight study (95810) followed by a nap test",
              "(95805), from April 19, 2031 through April 20, 2031.", ["2031-04-19/2031-04-20"]),
             ("El centro nos cobro $3,320.40 por el programa que su sobrina tuvo alli del 5 de marzo de 2031 al",
              "31 de marzo de 2031.", ["2031-03-05/2031-03-31"]))
    for first, second, want in cases:
        assert _letter(first, second)["service_dates"] == want, first


def test_a_forms_next_box_after_not_approved_is_no_service_date():
    """'DECISION | Not approved |' over 'APPEAL BY | DATE': the appeal's date, no refused day."""
    got = fields_of(line(300, (100, "DATES REQ. | 04/10/2031 - 04/14/2031 |"), (900, "DECISION | Not approved |")),
                    line(340, (100, "APPROVED | Routine home care _"), (900, "APPEAL BY | 10/08/2031 |")))
    assert got["service_dates"] == ["2031-04-10/2031-04-14"]


def test_a_leading_e_read_as_a_currency_sign():
    """'\u20ac1395...' or 'E\u00a31395...': OCR's reading of a claim number's E; a long run of digits with no point is
    no amount."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("\u20ac3108820044719 Example Clinic")] == ["E3108820044719"]
    assert [t for t, _, _ in find_ids("E\u00a33108820044719 Example Clinic")] == ["E3108820044719"]
    assert find_ids("Total \u20ac1,234.56") == []


def test_a_numbered_legend_entry_with_its_carc_in_brackets_is_its_own_entry():
    """'P1: paid ... 288 (CARC 288, referral absent): ...' on one line: the refusal speaks for 288, not for P1,
    so the claim refused is the row coded 288."""
    head = [(100, "Claim no."), (500, "Provider"), (1000, "From"), (1300, "Amt billed"), (1600, "Plan paid"),
            (1900, "Code")]
    rows = [("3108820044711", "03/11/2031", "208.40", "104.10", "P1"),
            ("3108820044729", "03/24/2031", "1,311.00", "0.00", "288"),
            ("3108820044737", "04/03/2031", "131.70", "71.20", "P1")]
    lines = [line(40, (100, "Example Prairie Health Plan")), line(90, (100, "EXPLANATION OF BENEFITS")),
             line(200, *head)]
    lines += [line(260 + 50 * k, (100, c), (500, "Example Clinic"), (1000, d), (1300, b), (1600, p), (1900, n))
              for k, (c, d, b, p, n) in enumerate(rows)]
    lines.append(line(450, (100, "Codes. P1: paid under your plan. 288 (CARC 288, referral absent): the clinic is a "
                                 "specialist and we had no referral on file.")))
    got = fields_of(*lines)
    assert got["case_numbers"] == ["3108820044729"] and got["claim_amount"] == "1311.00"


def test_a_spanish_charge_sent_to_the_plan():
    got = _letter("Example Hospice nos envio un cobro de $3,140.20 por los cuidados de hospicio en casa.",
                  "La cobertura de su esposa con nosotros termino el 31 de mayo de 2031.")
    assert got["claim_amount"] == "3140.20"


def test_a_doctor_named_over_a_line_break_after_the_initial_sent_the_claim():
    got = _letter("This letter is about your son, Leo C. Example (member QX4471902). Dr. Ruth D.",
                  "Example at Example Mountain Pediatric ENT sent us a claim for the ear check on March 3, 2031.")
    assert got["provider"] == "Dr. Ruth D. Example"


def test_the_number_beside_the_members_name_where_its_caption_is_unreadable():
    """'MBR NAME | Leo C. Example | wane | 3100427718 |': the fax turned 'MBR #' into noise; the number in the
    box beside the member's name is the member's."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")),
                    line(100, (100, "NOTICE DATE | 04/17/2031 |"), (1000, "REF NO. | UM31-000417 |")),
                    line(150, (100, "MBR NAME | Leo C. Example |"), (1000, "wane | 3100427718 |")),
                    line(260, (100, "We did not approve the therapy sessions.")))
    assert got["member_id"] == "3100427718" and got["case_numbers"] == ["UM31-000417"]


def test_a_providers_account_number_beside_the_name_is_no_member_id():
    """'Ana B. Example  ACCT 31000123', 'Patient number: V31000456': a facility's numbers for its patient, which no
    plan calls the member's (a guard on the number beside the member's name)."""
    got = fields_of(line(40, (100, "Example Valley Hospital")), line(100, (100, "ADVANCE BENEFICIARY NOTICE")),
                    line(150, (100, "Patient name: Leo C. Example"), (900, "ACCT 31000123")),
                    line(260, (100, "Medicare may not pay for the test below.")))
    assert "member_id" not in got


def test_a_claim_form_refusing_care_outside_the_network_in_a_legend():
    """'N7: Example Plan pays only for care from providers in its network, except emergencies': a refusal for
    care outside the network, the legend's words, on a form that never says 'denied'."""
    got = _classify_lines("Example Prairie Health Plan", "CLAIM DETERMINATION",
                          "CPT Description AMT BILLED Plan paid RSN", "99213 Urgent care visit 184.50 0.00 N7",
                          "N7: Example Select HMO pays only for care from providers in its network, except "
                          "emergencies. Its Example Road location is not.",
                          "Appeal within 180 days of the date of this notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "out_of_network")


def test_days_not_authorized_because_no_one_asked_first():
    got = _classify_lines("Example Prairie Health Plan", "UTILIZATION REVIEW DETERMINATION",
                          "Admission to a residential treatment center needs approval from us before the admission, "
                          "except in an", "emergency. The center first called us on the date in NOTIF. RECVD, after "
                          "the patient had been there for the", "days shown under DOS. No approval was asked for "
                          "those days and no emergency was reported, so they are", "not authorized. Days from "
                          "NOTIF. RECVD on are being reviewed separately; you will get another notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")


def test_a_stay_approved_only_in_a_lesser_setting_is_refused():
    got = _classify_lines("Example Prairie Health Plan", "February 11, 2031",
                          "We approved the hospital care, but as observation care, not as an inpatient admission.",
                          "That care can be given safely in observation status. External",
                          "review: within 15 days of our grievance decision.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "level_of_care")


def test_spanish_coverage_ended_with_the_program_named_between():
    got = _classify_lines("Example Prairie Health Plan", "Le escribimos sobre su hija, Lea C. Example.",
                          "La cobertura de Example Kids de su hija termino el 30 de abril de 2031.",
                          "Como la visita fue despues de que termino la cobertura, no podemos pagarla.",
                          "SI NO ESTA DE ACUERDO puede apelar dentro de 60 dias.")
    assert got.denial_type == "eligibility"


def test_a_claim_that_came_in_after_the_limit_just_told():
    got = _classify_lines("Example Prairie Health Plan", "CLAIM NOTICE",
                          "Claims from our network providers must reach us within 180 days of the last date of "
                          "service. This claim came in after that (see RECD). We will not pay it.",
                          "You may appeal within 180 days of the date of this notice.")
    assert got.denial_type == "timely_filing"


def test_spanish_we_do_not_pay_with_the_network_rule():
    got = _classify_lines("Example Prairie Health Plan", "Estimado(a) Ana B. Example:",
                          "El centro nos cobro $1,512.30. No pagamos la infusion. Su plan paga solo la atencion de "
                          "proveedores de su red, salvo en emergencias.", "SI NO ESTA DE ACUERDO")
    assert (got.document_type, got.denial_type) == ("denial_letter", "out_of_network")


def test_spanish_enrolment_ended_with_the_plan_named_between():
    got = _classify_lines("Example Prairie Health Plan", "Estimada Ana B. Example:",
                          "No pagamos este reclamo. La inscripcion de su madre en Example Senior Care (ESC) termino "
                          "el 28 de febrero de 2031.", "SI NO ESTA DE ACUERDO")
    assert (got.document_type, got.denial_type) == ("denial_letter", "eligibility")


def test_a_reference_with_its_letters_and_a_group_wrapped_to_the_next_line():
    """'Reference UM 3108 4417' over a line holding '52': the letters open the number (they end no label) and the
    lone group under it is the number's end."""
    got = fields_of(line(100, (100, "Re: Ana B. Example | Member ID QX310005528 | Reference UM 3108 4417")),
                    line(140, (100, "52")),
                    line(220, (100, "We did not approve the power wheelchair.")))
    assert got["case_numbers"] == ["UM3108441752"] and got["member_id"] == "QX310005528"


def test_the_person_a_notice_is_about_under_its_about_caption():
    """A 'TO | ABOUT' band: the reader under 'TO' (a kinship caregiver), the member under 'ABOUT'."""
    got = fields_of(line(40, (100, "Example Prairie Health Plan")), line(100, (100, "TO (KINSHIP CAREGIVER)"),
                                                                          (900, "ABOUT")),
                    line(140, (100, "Ana B. Example"), (900, "Leo C. Example")),
                    line(180, (100, "6219 Example Ave"), (900, "Medicaid ID 3100445566")),
                    line(220, (100, "Example City TX 00000")),
                    line(300, (100, "Your request was approved. We approved 24 visits of speech therapy.")))
    assert got["member_name"] == "Leo C. Example"


def test_the_member_named_with_the_members_number_or_as_a_member():
    got = _letter("You asked us, as your husband's authorized representative, why part of his care was not paid.",
                  "Leo C. Example (member ID QX310004417) saw Dr. Ruth D. Example at Example Foot and Ankle.")
    assert got["member_name"] == "Leo C. Example"
    got = _letter("We are writing about Lea C. Example, a STAR Health member in foster care (Medicaid ID 3100112233).",
                  "The surgeon's office sent us a claim for $2,310.90.")
    assert got["member_name"] == "Lea C. Example"
    got = _letter("You are named as the caregiver of Leo C. Example (member ID QX31007740). We said no.")
    assert got["member_name"] == "Leo C. Example"


def test_a_day_said_in_words_before_its_digits_and_a_dashed_date():
    got = _letter("Dr. Ruth D. Example asked us to approve new hearing aids after the hearing test on the eighth of "
                  "May (05/08/2031).", "We said no.")
    assert got["service_dates"] == ["2031-05-08"]
    got = _letter("We reviewed your husband's foot care visit of 03-14-2031.", "We paid the first claim only.")
    assert got["service_dates"] == ["2031-03-14"]


def test_a_notices_date_after_its_label_in_capitals_and_another_papers_date():
    """'Issued MAY 20, 2031': the month in capitals opens the date the label names; 'report dated APR 22, 2031' is
    another paper's date, no notice's."""
    got = fields_of(line(100, (100, "Issued MAY 20, 2031 for Ana B. Example - Member ID QX310006639")),
                    line(200, (100, "We denied the claim because the records do not show the need.")))
    assert got["denial_date"] == "2031-05-20"
    got = fields_of(line(100, (100, "JUN 05, 2031")), line(160, (100, "Dear Ana B. Example:")),
                    line(220, (100, "We reviewed the neurologist's")),
                    line(260, (100, "report dated APR 22, 2031 showing seizures on two generic versions.")))
    assert got["denial_date"] == "2031-06-05"
