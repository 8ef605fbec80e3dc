"""Reading rules from session 51 (what rounds EA to EH showed of letters that name the provider only in their
sentences), each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.care_orgs import care_name_shape, care_names_in
from intake.rules import cached_rules
from tests.test_kv import fields_of, line
from tests.test_reading_rules_bx import _page


def test_a_care_provider_is_told_from_offices_and_payers_by_its_words():
    """A care provider's name ends in a care word and holds a word of its own; an office, a payer's unit or a
    billing service is none, however it is capitalised."""
    rules = cached_rules()
    assert care_name_shape("Quillmoor Valley Pharmacy", rules)
    assert care_name_shape("Brackenfold Pediatric Urgent Care", rules)
    assert care_name_shape("Centro Médico Sauzal", rules)
    assert not care_name_shape("Member Services Center", rules)  # no word of its own
    assert not care_name_shape("Family Health Center", rules)
    assert not care_name_shape("Quillmoor Medical Billing Group", rules)  # a billing service
    assert not care_name_shape("Quillmoor Appeals Center", rules)  # the payer's office
    assert not care_name_shape("Quillmoor Valley", rules)  # no care word: a place


def test_a_sentence_opening_words_are_no_part_of_the_name():
    """'Because Example Clinic is ...', 'Recibimos la cuenta de Example Clinic': the name without the opener."""
    rules = cached_rules()
    got = [name for _, name in care_names_in("Because Tarnwick Home Infusion is in our network, it may not bill you",
                                             rules)]
    assert got == ["Tarnwick Home Infusion"]
    got = [name for _, name in care_names_in("Recibimos la cuenta de Tarnwick Physical Therapy por la terapia", rules)]
    assert got == ["Tarnwick Physical Therapy"]


def test_a_letter_naming_its_provider_only_in_sentences():
    """A letter in prose with no label for who gave the care: the care provider its sentences name is the
    provider, and the payer's own offices it names (appeals, member services) are not."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(140, (100, "PO Box 3100, Example City, ST 00000")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "We looked at the receipt you sent for the visit at Harrowgate Lakes Urgent Care on")),
        line(800, (100, "March 9, 2031. Harrowgate Lakes Urgent Care is not in the plan's network, and the visit")),
        line(840, (100, "was not an emergency, so we will not pay it.")),
        line(900, (100, "To appeal, write to the Quennel Appeals Center or call Member Services Center.")))
    assert got["provider"] == "Harrowgate Lakes Urgent Care"


def test_a_letter_naming_only_offices_leaves_the_provider_blank():
    """Nothing but the payer's offices and programs named: no provider is made up."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "Your coverage under the plan ended on March 31, 2031 because the premium was not paid.")),
        line(800, (100, "Call Member Services Center or the Consumer Assistance Program for help.")))
    assert got.get("provider") is None


def test_the_day_of_care_told_only_where_the_letter_names_the_provider():
    """'Quillmoor Valley Pharmacy filled it on Tuesday, March 4, 2031': with no date label or table, the day in the
    sentence naming who gave the care is the day of service; the day the bill was received is not."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "We received your receipt on March 20, 2031. Quillmoor Valley Pharmacy handed you the")),
        line(800, (100, "inhaler on Tuesday, March 4, 2031. The drug is not on the plan's list, so we will not")),
        line(840, (100, "pay you back.")))
    assert got["provider"] == "Quillmoor Valley Pharmacy"
    assert got["service_dates"] == ["2031-03-04"]


def test_a_day_said_to_be_when_the_bill_came_is_no_day_of_care():
    """'Quillmoor Valley Clinic's bill, which we received on March 20, 2031': no service date is made up."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "Quillmoor Valley Clinic sent us a bill that we received on March 20, 2031. The plan does")),
        line(800, (100, "not cover this service.")))
    assert got["provider"] == "Quillmoor Valley Clinic"
    assert "service_dates" not in got


def test_the_amount_a_sentence_says_was_billed_where_nothing_else_states_one():
    """'We cannot repay the $286.40 you paid there': the refused amount in prose is the claim's; a limit stated
    in another sentence ('up to $500.00 a year') is not."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "Your plan covers eyeglasses up to $500.00 a year. You sent us a receipt from Quillmoor")),
        line(800, (100, "Valley Optical for new lenses. We cannot repay the $286.40 you paid there, because")),
        line(840, (100, "the lenses were bought before your coverage began.")))
    assert got["claim_amount"] == "286.40"


def test_a_plan_paid_amount_or_a_deductible_is_no_charge():
    """'We paid $120.00 to the clinic'; 'your deductible of $1,500.00': no claim amount is made up from them."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "We paid $120.00 to the clinic last month. What you pay for care counts toward your")),
        line(800, (100, "deductible of $1,500.00.")))
    assert "claim_amount" not in got


def test_the_patient_a_providers_letter_names_only_on_its_subject_line():
    """'Re: Your invoice for crew member Ana B. Reyes, ...': with no label, address or greeting naming anyone, the
    person the subject line names is the member; a doctor named there ('Re: Dr. Ana B. Reyes') is not."""
    got = fields_of(
        line(100, (100, "Quennel Marine Health Plan")),
        line(700, (100, "Re: Your invoice for crew member Tobiah K. Marrable, vessel Quennel Star")),
        line(760, (100, "We received the invoice for the visit on March 4, 2031. The illness did not begin in the")),
        line(800, (100, "service of the ship, so the plan will not pay it.")))
    assert got["member_name"] == "Tobiah K. Marrable"
    got = fields_of(
        line(100, (100, "Quennel Marine Health Plan")),
        line(700, (100, "Re: Dr. Tobiah K. Marrable, MD")),
        line(760, (100, "We received the invoice for the visit on March 4, 2031.")))
    assert "member_name" not in got


def test_the_covered_person_as_custody_crew_and_retiree_programs_call_them():
    """'Inmate no.', 'Crew no.', 'Retiree ID', 'A-Number': the covered person's number, spaced prefix joined."""
    for caption in ("Inmate no.", "Crew no.", "Retiree ID", "A-Number"):
        got = fields_of(line(700, (100, f"{caption} QXT 4471903"), (1300, "Claim QX-31-55120")))
        assert got["member_id"].replace(" ", "") == "QXT4471903", caption


def test_what_a_comma_sets_after_a_providers_name_with_a_number_is_no_part_of_it():
    """'Servicing: Example Physio Centre, Ulica Lipova 14, Town' (an address written number last), 'Example
    Ambulance Service, Medic Unit 31' (a unit): the provider is the name before the comma."""
    got = fields_of(line(700, (100, "Servicing: Quillmoor Physio Centre, Ulica Jasna 14, Quillmoor")))
    assert got["provider"] == "Quillmoor Physio Centre"
    got = fields_of(line(700, (100, "Servicing: Quillmoor Ambulance Service, Medic Unit 31")))
    assert got["provider"] == "Quillmoor Ambulance Service"


def test_the_number_set_right_after_the_members_name_is_theirs():
    """'Patient: Ana B. Reyes (QXT 4471903)' with no caption for the number: the number the paper files the
    patient under; a date set after the name is no number."""
    got = fields_of(line(700, (100, "Patient: Tobiah K. Marrable (QXT 4471903)")),
                    line(760, (100, "We will not pay the claim for the visit on March 4, 2031.")))
    assert got["member_id"].replace(" ", "") == "QXT4471903"
    assert got["member_name"] == "Tobiah K. Marrable"  # (the number is no part of the name)
    got = fields_of(line(700, (100, "Patient: Tobiah K. Marrable, QXT 4471903, Example Unit 4")))
    assert got["member_name"] == "Tobiah K. Marrable"
    got = fields_of(line(700, (100, "Patient: Tobiah K. Marrable, 03/04/2031")))
    assert "member_id" not in got


def test_a_doctors_office_fax_cover_with_captions_and_no_colons_is_a_cover():
    """'TO ... / FROM ... / FAX (555) ... / Pages 4 including this sheet': an office's cover sheet in front of a
    stack, its captions printed without colons, belongs to no document; a letter whose lines open with 'To
    appeal' and 'From May 1' is none; a note on the fax form that sends the papers behind it is a cover too."""
    from intake.split import page_features

    rules = cached_rules()
    cover = _page("Quillmoor Gastroenterology", "fax", "To Example Legal Aid - benefits desk",
                  "Fax (555) 555-0199", "From Ana B. Reyes, billing office", "Date 07/24/2031",
                  "Pages 4 including this sheet", "Re papers for our patient", "Please call us with questions.")
    assert page_features(cover, rules).cover
    letter = _page("Quennel Health Plan", "Date 07/24/2031", "Dear Ana B. Reyes:",
                   "We looked again at the claim for the visit of June 3, 2031 and we still cannot pay it.",
                   "To appeal, write to us within 60 days of this letter.",
                   "From May 1, 2031 your plan covers this visit only with a referral.")
    assert not page_features(letter, rules).cover
    on_the_form = _page("Quillmoor Genomics", "FACSIMILE", "Date 07/24/2031", "To Ana B. Reyes", "Fax (555) 555-0199",
                        "From Patient Billing", "Pages 2 including this page",
                        "Dear Ana, as we discussed, attached is the statement your plan sent.")
    assert page_features(on_the_form, rules).cover  # (a letter on the fax form that only sends the statement
    # behind it: the stack's cover since session 55, as the families of rounds EK and EL mark such pages)


def test_values_over_a_row_of_small_captions_spaced_like_the_rest_of_the_form():
    """A form's values over a row of smaller captions ('March 23, 2031 | QR-31-55120 | QX4471903' over 'DATE OF
    NOTICE | REVIEW NO. | PARTICIPANT 1D'), the rows a little closer together than to the next: each caption names
    the value over it, OCR's '1D' for 'ID' no value of the row."""
    from intake.model import Line, Word

    def row(y: int, h: int, *cells: tuple[int, str]) -> Line:
        words = []
        for x, text in cells:
            for k, w in enumerate(text.split()):
                words.append(Word(w, 0.95, (x + 90 * k, y, x + 90 * k + 80, y + h)))
        return Line(words=words, page=1)

    got = fields_of(
        row(400, 30, (100, "Quennel Performers Fund")),
        row(580, 30, (100, "March 23, 2031"), (700, "QR-31-55120"), (1200, "QX4471903")),
        row(648, 19, (100, "DATE OF NOTICE"), (700, "REVIEW NO."), (1200, "PARTICIPANT 1D")),
        row(734, 30, (100, "Tobiah K. Marrable"), (1200, "Dr. Ana B. Reyes")),
        row(800, 19, (100, "PATIENT"), (1200, "REQUESTING PHYSICIAN")))
    assert got["case_numbers"] == ["QR-31-55120"]
    assert got["member_id"] == "QX4471903"



def test_a_master_policy_is_the_groups_contract_not_the_persons_number():
    """'Participant QXT 4471903' beside 'Master policy QX-7730418': the master policy is the group's contract (its
    number the group number), the participant's number the member's."""
    got = fields_of(line(700, (100, "Participant"), (700, "QXT 4471903")),
                    line(760, (100, "Master policy"), (700, "QX-7730418")))
    assert got["member_id"].replace(" ", "") == "QXT4471903"
    assert got["group_number"] == "QX-7730418"


def test_a_name_a_sentences_line_end_may_cut_short_is_not_taken():
    """'... we used the Quillmoor Care' over 'Guidelines for back pain ...': the name goes on past the line's end
    (the guidelines', no care provider's); a name said whole in another sentence is still read."""
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "To decide whether the surgery was needed we used the Quillmoor Care")),
        line(800, (100, "Guidelines for low back pain, which the records do not meet.")))
    assert got.get("provider") is None
    got = fields_of(
        line(100, (100, "Quennel Health Plan")),
        line(700, (100, "Member ID: QX4471903")),
        line(760, (100, "We received the bill for your visit to Harrowgate Lakes Medical")),
        line(800, (100, "Center on March 4, 2031. Harrowgate Lakes Medical Center is not in the plan's network.")))
    assert got["provider"] == "Harrowgate Lakes Medical Center"
