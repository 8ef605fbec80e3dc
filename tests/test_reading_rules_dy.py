"""Reading rules from session 45 (round DY), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def test_a_caption_id_a_fax_read_as_ten():
    """'Member 10  Group  Claim #' over a row of values: the fax read the caption's 'ID' as '10'."""
    got = fields_of(line(300, (100, "Member 10"), (700, "Group"), (1000, "Claim #"), (1400, "Service date"),
                         (1900, "Billed")),
                    line(340, (100, "QXM400500600"), (700, "31000"), (1000, "3108F7000000"),
                         (1400, "March 29, 2031"), (1900, "$695.25")))
    assert got["member_id"] == "QXM400500600" and got["case_numbers"] == ["3108F7000000"]


def test_a_ten_with_a_number_after_it_is_no_caption_id():
    """A guard: 'Group 10-9631' and 'Member 10 4471902' keep their numbers; '10' is read as 'ID' only where no
    number follows it in the cell."""
    got = fields_of(line(300, (100, "Group 10-9631")))
    assert got.get("group_number") == "10-9631"


def test_a_remit_date_in_a_remittances_header_row():
    """'PAYEE  TIN  REMIT DATE  EFT TRACE' over the payee's row: the remit date dates the remittance (a fax left a
    quote mark before 'REMIT')."""
    got = fields_of(line(300, (100, "PAYEE"), (900, "TIN"), (1400, "\u201cREMIT DATE"), (1900, "EFT TRACE")),
                    line(340, (100, "Example Home Medical Supply"), (900, "31-0000001"), (1400, "05/12/2031"),
                         (1900, "672009000000")))
    assert got["denial_date"] == "2031-05-12"


def test_a_label_word_with_a_letter_read_as_a_digit():
    """'DATE OF NO1ICE' on a fax (low confidence): the 't' read as '1' leaves the word one slip from 'notice'."""
    got = fields_of(line(300, (100, "DATE OF NO1ICE"), (900, "Member name"), conf=0.6),
                    line(340, (100, "05/02/2031"), (900, "Ana B. Example"), conf=0.9))
    assert got["denial_date"] == "2031-05-02"


def test_a_code_of_a_letter_and_digits_is_no_label_word():
    """A guard: 'E0260' (a supply code) and words read with full confidence stay as printed."""
    from intake.extract.lexicon import lexicon_of
    from intake.rules import load_rules

    lex = lexicon_of(load_rules())
    assert lex.word_classes("E0260", 0.5) is None
    assert lex.word_classes("NO1ICE", 0.95) is None
    assert lex.word_classes("NO1ICE", 0.5) == frozenset({"notice"})


def test_a_legend_entry_numbered_with_a_colon_after_a_paid_entry_on_one_line():
    """'A1: paid under your plan ... services. 197: not paid.' on one line: the refusal is 197's, not A1's."""
    from intake.extract.remarks import legend_entries

    got = legend_entries("Notes. A1: paid under your plan; you owe nothing for covered services. 197: not paid. "
                         "The supplier may not bill you.")
    first = next(t for t in got if t.startswith("A1"))
    assert "not paid" not in first and any(t.startswith("197: not paid") for t in got)


def _classify(*texts: str):
    from tests.test_reading_rules_cq import _classify_lines

    return _classify_lines("Example Prairie Health Plan", "May 2, 2031", "Dear Ana B. Example:", *texts)


def test_a_test_not_needed_said_in_plain_words_is_a_medical_judgement():
    """No heading names the kind: 'an MRI is not needed to decide on treatment', 'Nothing in the records points to a
    need for the nap test' judge the need."""
    got = _classify("The notes describe headaches with a normal exam. For headaches like these, an MRI is not needed "
                    "to decide on treatment.")
    assert got.denial_type == "medical_necessity"
    got = _classify("Nothing in the records points to a need for the nap test, so we did not pay it.")
    assert got.denial_type == "medical_necessity"


def test_a_referral_not_needed_judges_no_care():
    """A guard: 'a referral is not needed' says nothing of the care's need (the refusal here is for the network)."""
    got = _classify("We did not pay the claim because Example Valley Clinic is not in your plan's network.",
                    "A referral is not needed for network specialists.")
    assert got.denial_type != "medical_necessity"


def test_care_a_lesser_place_could_have_given_is_a_level_of_care_refusal():
    """'From then on he could have been cared for safely at home' and 'paid those days at the ... rate'."""
    assert _classify("From then on he could have been cared for safely at home with home health visits.").denial_type \
        == "level_of_care"
    assert _classify("We paid those days at the home care rate.").denial_type == "level_of_care"


def test_a_claim_that_came_later_than_the_limit_is_late():
    """'Providers must send us a claim within 180 days of the visit. This one came later than that.'"""
    got = _classify("Example Valley Clinic sent us a claim for the visit on March 3, 2031.",
                    "Providers must send us a claim within 180 days of the visit. This one came later than that, so "
                    "we did not pay it.")
    assert got.denial_type == "timely_filing"


def test_a_reviewer_named_before_a_clause_set_between_commas():
    """'Dr. Ana Example, who took no part in the first decision, reviewed the appeal': the plan's reviewer, never
    the provider; the provider is the one whose bill the plan refused to pay."""
    got = fields_of(line(300, (100, "You appealed our refusal to pay Example Medical Supply $1,393.25 for a lift "
                                    "chair delivered on February 16, 2031.")),
                    line(340, (100, "Dr. Ana B. Example, who took no part in the first decision, reviewed the "
                                    "appeal.")))
    assert got["provider"] == "Example Medical Supply"


def test_days_each_with_its_month_and_one_year():
    """'on March 4 and March 11, 2031': two visits, the year printed once after the last."""
    from intake.extract.dates import find_spans

    assert find_spans("March 3, March 10 and April 2, 2031") == ["2031-03-03", "2031-03-10", "2031-04-02"]
    got = fields_of(line(300, (100, "Your son had physical therapy visits on March 4 and March 11, 2031. We did not "
                                    "pay for them.")))
    assert got["service_dates"] == ["2031-03-04", "2031-03-11"]


def test_a_range_whose_ends_name_their_weekdays():
    """'from Sunday, June 14 through Saturday, June 20, 2031': the weekdays keep no end of the span apart."""
    got = fields_of(line(300, (100, "Your son attended day camp therapy from Sunday, June 14 through Saturday, "
                                    "June 20, 2031. We did not pay for it.")))
    assert got["service_dates"] == ["2031-06-14/2031-06-20"]


def test_a_list_of_days_out_of_order_is_no_list():
    """A guard: days listed out of order ('March 10 and March 3, 2031') are no list of visits this rule reads."""
    from intake.extract.dates import find_spans

    assert find_spans("March 10 and March 3, 2031") == ["2031-03-03"]


def test_a_last_letter_printed_apart_after_an_ids_groups():
    """'ABC 2840 7153 Z': the letter after the digit groups is the ID's last character."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("ABC 2840 7153 Z")] == ["ABC28407153Z"]
    got = fields_of(line(300, (100, "Enrollee No.: QXR 2840 7153 Z")))
    assert got["member_id"] in ("QXR28407153Z", "QXR 2840 7153 Z")


def test_a_letter_opening_a_word_after_an_id_stays_apart():
    """A guard: 'ID 1234 5678 A. We ...' and 'QX 12345678 I am': the letter before a word is no part of the ID."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("ID 1234 5678 A. We paid")] == ["12345678"]
    assert [t for t, _, _ in find_ids("QX 12345678 I am")] == ["QX12345678"]


def test_claim_numbers_opening_rows_are_no_note_codes():
    """'C26-7511... Example Hospital ... CO-50' in a claims table: the row's claim number opens it, no legend's
    code, so only the row citing a denying code is the refused one."""
    head = line(300, (100, "Claim"), (500, "Provider"), (1000, "Dates"), (1400, "Billed"), (1700, "Plan paid"),
                (2000, "Code"))
    rows = [line(340, (100, "C31-751100000"), (500, "Example Behavioral Hospital"), (1000, "04/06/2031"),
                 (1400, "1,828.00"), (1700, "906.69"), (2000, "A1")),
            line(380, (100, "C31-801700000"), (500, "Example Behavioral Hospital"), (1000, "04/13/2031"),
                 (1400, "6,209.50"), (1700, "0.00"), (2000, "CO-50")),
            line(420, (100, "C31-498500000"), (500, "Example Laboratory"), (1000, "04/06/2031"),
                 (1400, "116.00"), (1700, "57.54"), (2000, "A1")),
            line(460, (100, "Codes. A1: paid under your plan. CO-50: not medically necessary."))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["C31-801700000"] and got["claim_amount"] == "6209.50"
