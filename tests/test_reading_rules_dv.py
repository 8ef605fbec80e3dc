"""Reading rules from session 44 (round DV), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def test_a_case_word_before_a_coded_number_in_a_subject_line():
    """'Re: Ana Example ... Member ID X Case UM-...' run together on one line: the case's coded number."""
    got = fields_of(line(300, (100, "RE: Ana B. Example DOB 01/02/1980 Member ID QX4471902 Case UM-31902214")))
    assert got["case_numbers"] == ["UM-31902214"] and got["member_id"] == "QX4471902"


def test_a_case_word_before_a_plain_number_is_no_label_of_its_own():
    """A guard: only a coded number (letters and digits) after a bare 'case' in a sentence is the case's."""
    got = fields_of(line(300, (100, "Call us in case 31902214 is not the number on your card.")))
    assert not got.get("case_numbers")


def test_a_garbled_box_number_before_a_caption_in_a_numbered_row():
    """'Tx, Date of this notice | 2. Recipient | 3. Medicaid ID': a fax read box 1's number as 'Tx,'; the row is
    a form's numbered captions, so the first is a caption too, its date the notice's."""
    got = fields_of(line(300, (100, "Tx, Date of this notice"), (900, "2. Recipient"), (1600, "3. Medicaid ID")),
                    line(340, (100, "05/02/2031"), (900, "Ana B. Example"), (1600, "7031902214")))
    assert got["denial_date"] == "2031-05-02" and got["member_id"] == "7031902214"


def test_a_short_word_before_a_caption_outside_a_numbered_row_is_no_box():
    """A guard: 'Tx,' before a caption in a row of unnumbered captions is no box number."""
    got = fields_of(line(300, (100, "Tx, Date of this notice"), (900, "Recipient"), (1600, "Medicaid ID")),
                    line(340, (100, "05/02/2031"), (900, "Ana B. Example"), (1600, "7031902214")))
    assert got.get("denial_date") != "2031-05-02"


def test_a_box_of_two_facts_under_one_split_caption():
    """'Member name | Member ID' printed small at a box's left over 'Ana B. Example | QX4471902' spread over the
    box: the caption's parts name the values in order, though 'Member ID' stands over the name."""
    got = fields_of(line(300, (100, "Member name | Member ID"), (1300, "Plan")),
                    line(340, (110, "Ana B. Example"), (700, "| QX4471902"), (1300, "Example Gold PPO")))
    assert got["member_name"] == "Ana B. Example" and got["member_id"] == "QX4471902"


def test_a_split_box_of_the_notice_date_and_the_date_mailed():
    """A guard: 'Date of this notice | Date mailed' over two dates: the first stays the notice's."""
    got = fields_of(line(300, (100, "Date of this notice | Date mailed"), (1300, "Member ID")),
                    line(340, (110, "05/02/2031"), (700, "| 05/04/2031"), (1300, "QX4471902")))
    assert got["denial_date"] == "2031-05-02"


def test_a_bar_inside_a_sentence_is_no_split_caption():
    """A guard: words between bars in a running header ('Member Services | Claims') over an address: no box."""
    got = fields_of(line(300, (100, "Member services | Claims department")),
                    line(340, (110, "PO Box 100"), (700, "| Example City ST 00000")))
    assert not got.get("case_numbers") and not got.get("member_id")


def test_a_label_row_heads_the_values_of_its_kind_under_it():
    """A form whose first caption row is unreadable starts with a row of values, so the next label row looks
    like captions under them; but its labels ask for a name and two numbers, and the row under it holds just
    those while the row over it holds a date and another person's name: it heads the row under it."""
    got = fields_of(line(300, (100, "05/02/2031"), (700, "Bea C. Example"), (1500, "07/01/2031")),
                    line(340, (100, "Member name"), (700, "Member ID"), (1500, "Claim number")),
                    line(380, (100, "Ana B. Example"), (700, "QX4471902"), (1500, "31-902214")))
    assert got["member_name"] == "Ana B. Example" and got["member_id"] == "QX4471902"
    assert got["case_numbers"] == ["31-902214"]


def test_captions_under_their_values_stay_so_when_the_row_above_fits():
    """A guard: a form printing each caption under its value; the values over the label row are of its kinds,
    so the captions name them, not the next row's."""
    got = fields_of(line(300, (100, "Ana B. Example"), (700, "QX4471902"), (1500, "31-902214")),
                    line(340, (100, "Member name"), (700, "Member ID"), (1500, "Claim number")),
                    line(380, (100, "05/02/2031"), (700, "Example Valley Clinic"), (1500, "$120.00")),
                    line(420, (100, "Date of service"), (700, "Provider"), (1500, "Amount billed")))
    assert got["member_name"] == "Ana B. Example" and got["member_id"] == "QX4471902"
    assert got["service_dates"] == ["2031-05-02"]


def test_value_fits_the_kind_of_its_field():
    from intake.extract.captions import value_fits

    assert value_fits("date", "05/02/2031") and not value_fits("date", "Ana B. Example")
    assert value_fits("id", "QX4471902") and not value_fits("id", "05/02/2031")
    assert value_fits("name", "Ana B. Example") and not value_fits("name", "QX4471902")
    assert value_fits("money", "$120.00") and not value_fits("money", "Example Valley Clinic")


def test_a_stay_that_began_and_ended_on_two_days_is_one_span():
    """'the stay that began on June 2 and ended on June 6, 2031': one span, the first day borrowing the year."""
    from intake.extract.dates import find_spans

    assert find_spans("began on June 2 and ended on June 6, 2031") == ["2031-06-02/2031-06-06"]
    assert find_spans("June 4, 2031, and ended on June 8, 2031") == ["2031-06-04/2031-06-08"]
    got = fields_of(line(300, (100, "We reviewed the claim for the stay that began on June 2 and ended on")),
                    line(340, (100, "June 6, 2031 at Example Valley Hospital. The stay was not medically necessary.")))
    assert got["service_dates"] == ["2031-06-02/2031-06-06"]


def test_days_not_approved_from_one_day_through_another_with_one_year():
    """'We did not approve the days from June 7 through June 12, 2031': the refused span, its first day without
    a year of its own."""
    got = fields_of(line(300, (100, "We approved the days from June 4 through June 6, 2031. We did not approve")),
                    line(340, (100, "the days from June 7 through June 12, 2031 as inpatient days.")))
    assert got["service_dates"] == ["2031-06-07/2031-06-12"]


def test_the_one_claim_whose_zeros_lost_their_points_is_the_refused_one():
    """A faxed remittance of three claims: two paid, one billed with '000  000' where its allowed and paid
    amounts were (the fax lost the points): that claim is the refused one, its number, patient and charge."""
    head = line(300, (100, "CLM NO."), (400, "PATIENT"), (800, "MBR #"), (1100, "FROM"), (1400, "BILLED"),
                (1650, "ALLOWED"), (1900, "PAID"))
    rows = [line(340, (100, "QX31-1000"), (400, "Ana B. Example"), (800, "QXM100200300"), (1100, "03/22/2031"),
                 (1400, "274.60"), (1650, "192.22"), (1900, "173.00")),
            line(380, (100, "QX31-2000"), (400, "Bea C. Example"), (800, "QXM400500600"), (1100, "03/18/2031"),
                 (1400, "245.00"), (1650, "000"), (1900, "000")),
            line(420, (100, "QX31-3000"), (400, "Cy D. Example"), (800, "QXM700800900"), (1100, "03/15/2031"),
                 (1400, "490.26"), (1650, "343.18"), (1900, "308.86"))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["QX31-2000"] and got["member_id"] == "QXM400500600"
    assert got["claim_amount"] == "245.00" and got["service_dates"] == ["2031-03-18"]


def test_a_claims_table_whose_rows_wrap_onto_a_second_line():
    """Rows of a claims table run over two lines (the provider's name and town under it, the claim column
    empty on the second): the claim column goes on to the next claims, so the one refused is found."""
    head = line(300, (100, "Claim number"), (500, "Billing provider"), (1000, "Service"), (1400, "From - To"),
                (1700, "Billed"), (1900, "Allowed"), (2100, "Plan paid"))
    rows = [line(340, (100, "3110001000"), (500, "Example Family"), (1000, "Office visit"), (1400, "02/25/2031"),
                 (1700, "179.00"), (1900, "98.45"), (2100, "98.45")),
            line(370, (500, "Health Center")),
            line(410, (100, "3110002000"), (500, "Example Imaging"), (1000, "Ultrasound"), (1400, "03/14/2031"),
                 (1700, "327.50"), (1900, "0.00"), (2100, "0.00")),
            line(440, (500, "Partners")),
            line(480, (100, "3110003000"), (500, "Example Lab"), (1000, "Lab test"), (1400, "03/20/2031"),
                 (1700, "85.00"), (1900, "46.75"), (2100, "46.75"))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["3110002000"] and got["claim_amount"] == "327.50"
    assert got["service_dates"] == ["2031-03-14"]


def test_a_middle_initial_read_as_a_digit():
    """'Ingrid 8. Example' under 'Member name': OCR read the initial B as 8; the name is whole, not 'Ingrid'."""
    from intake.extract.names import clean_person

    assert clean_person("Ana 8. Example") == "Ana B. Example" and clean_person("Ana 0. Example") == "Ana O. Example"
    assert clean_person("Claim 8. Total") is None  # (a known word is no first name)
    got = fields_of(line(300, (100, "Member name"), (700, "Member ID")),
                    line(340, (100, "Ana 8. Example"), (700, "QX4471902")))
    assert got["member_name"] == "Ana B. Example"


def test_spanish_visits_on_two_days_each_with_its_own_del():
    """'sus visitas ... del 6 de marzo de 2031 y del 13 de marzo de 2031', 'del 4 y del 18 de mayo de 2031': both."""
    from intake.extract.dates import find_spans

    assert find_spans("del 4 y del 18 de mayo de 2031") == ["2031-05-04", "2031-05-18"]
    got = fields_of(line(300, (100, "Example Clinic nos envio un reclamo por sus visitas con la Dra. Ana Example")),
                    line(340, (100, "del 6 de marzo de 2031 y del 13 de marzo de 2031.")))
    assert got["service_dates"] == ["2031-03-06", "2031-03-13"]


def test_days_the_plan_did_not_pay_are_the_refused_span():
    """'So we did not pay for June 6 through June 9, 2031' after the whole stay told in words: the refused days."""
    got = fields_of(line(300, (100, "Your son was at Example Children's Hospital from the second to the ninth of")),
                    line(340, (100, "June 2031. The notes show he could have gone home sooner. So we did not pay for")),
                    line(380, (100, "June 6 through June 9, 2031; the hospital may not bill you for those days.")))
    assert got["service_dates"] == ["2031-06-06/2031-06-09"]


def test_a_providers_letter_retelling_the_plans_refusal_of_its_own_account_denies_nothing():
    """A clinic's billing office tells the patient the plan did not pay, quotes it and puts the account on hold:
    the clinic's paper, deciding nothing (the plan's own notice is the denial)."""
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example Valley Clinic", "Patient Billing | 100 Main St, Example City ST 00000",
                          "Dear Ana B. Example:",
                          "Your insurer, Example Prairie Health Plan, did not pay for your visit on March 3, 2031. "
                          'Its notice said: "The clinician was not licensed in your state. We do not pay for this '
                          'service."',
                          "We believe the visit should be covered, and we have not billed you. We have put your "
                          "account on hold while you appeal.")
    assert (got.document_type, got.denial_type) == ("other", None)


def test_an_appeal_decision_quoting_the_first_decision_is_still_a_denial():
    """A guard: the plan's appeal decision quotes the decision it reviews and keeps it: a denial."""
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example Prairie Health Plan", "APPEAL DECISION",
                          'The first-level decision dated 03/22/2031 said: "Excluded benefit: hearing aids are not '
                          'covered under your plan."',
                          "We reviewed your appeal. Hearing aids are excluded from your plan's benefits, so we are "
                          "keeping our decision to deny them.",
                          "You may ask for an external review within 4 months of the date of this notice.")
    assert got.document_type == "denial_letter" and got.denial_type == "not_covered"


def test_a_legend_entry_for_a_group_code_after_a_paid_code_on_one_line():
    """'1: paid under your contract. CO-4 M15 (claim ...): ... cannot be paid.' on one line: the refusal is
    CO-4's, never code 1's, so the one row citing CO-4 is the refused claim."""
    from intake.extract.remarks import legend_entries

    text = "1: paid under your contract. CO-4 M15 (claim 3110002000): the visit cannot be paid as billed."
    assert legend_entries(text) == ["1: paid under your contract.",
                                    "CO-4 M15 (claim 3110002000): the visit cannot be paid as billed."]
    head = line(300, (100, "CLAIM NO."), (400, "PATIENT"), (800, "MEMBER ID"), (1100, "DOS"), (1400, "BILLED"),
                (1650, "ALLOWED"), (1900, "PAID"), (2100, "ADJ"))
    rows = [line(340, (100, "3110001000"), (400, "Ana B. Example"), (800, "QXM100200300"), (1100, "03/01/2031"),
                 (1400, "473.75"), (1650, "260.56"), (1900, "208.45"), (2100, "1")),
            line(380, (100, "3110002000"), (400, "Bea C. Example"), (800, "QXM400500600"), (1100, "03/03/2031"),
                 (1400, "557.75"), (1650, "0.00"), (1900, "0.00"), (2100, "CO-4 M15")),
            line(420, (100, "3110003000"), (400, "Cy D. Example"), (800, "QXM700800900"), (1100, "03/12/2031"),
                 (1400, "664.75"), (1650, "365.61"), (1900, "292.49"), (2100, "1")),
            line(480, (100, text))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["3110002000"] and got["member_id"] == "QXM400500600"


def test_a_sample_forms_example_values_are_nobodys():
    """A rights page's 'SAMPLE - how to fill in the claim form (example only)' with its boxes filled in: the
    example number is not the member's, which the letter gives in a sentence."""
    from intake.extract.sample_blocks import sample_block_lines

    texts = ["Your rights", "SAMPLE - how to fill in Form X-1 (example only)", "1. Member name Bea C. Sample",
             "2. Claim number QX0000000", "If you disagree with this decision you may ask for a review within one "
             "year of the date of this letter by writing to us."]
    assert sample_block_lines(texts, [1] * len(texts)) == {1, 2, 3}
    assert sample_block_lines(["A blood sample was collected on the day of the visit."], [1]) == set()
    got = fields_of(line(300, (100, "Dear Ana B. Example: your member ID is QX4471902. We did not pay it.")),
                    line(1500, (100, "SAMPLE - how to fill in Form X-1 (example only)")),
                    line(1540, (100, "1. Member name"), (700, "Bea C. Sample")),
                    line(1580, (100, "2. Member ID"), (700, "QX7310025")))
    assert got["member_id"] == "QX4471902"


def test_a_doctors_office_named_in_a_sentence_is_the_doctor():
    """'Dr. Ana B. Example's office' ending a line, 'sent us a claim' opening the next: the provider is the
    doctor, not 'Dr. ...'s office'."""
    got = fields_of(line(300, (100, "Example Prairie Health Plan")),
                    line(400, (100, "You are her guardian, so we are writing to you. Dr. Ana B. Example's office")),
                    line(440, (100, "sent us a claim for $233.75 for the visit on or about March 3, 2031. We got")),
                    line(480, (100, "the claim more than 180 days after the visit, so we did not pay it.")))
    assert got.get("provider") in ("Dr. Ana B. Example", "Ana B. Example")


def test_a_medicaid_client_number_is_the_members():
    """'MEMBER | CIN' over a name and a number: the CIN (California's and New York's Medicaid client number) is the
    member's number; 'Medi-Cal ID (CIN):' too."""
    got = fields_of(line(300, (100, "DATE OF NOTICE"), (700, "MEMBER"), (1300, "CIN")),
                    line(340, (100, "07/10/2031"), (700, "Ana B. Example"), (1300, "93100214W")))
    assert got["member_id"] == "93100214W"
    got = fields_of(line(300, (100, "Miembro: Ana B. Example")), line(340, (100, "CIN: 93100215T")))
    assert got["member_id"] == "93100215T"
