"""Reading rules from session 51 (what rounds EA to EH showed of letters that name the provider only in their
sentences), each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.care_orgs import care_name_shape, care_names_in
from intake.rules import cached_rules
from tests.test_kv import fields_of, line


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
