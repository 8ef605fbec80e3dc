"""Reading rules from session 48 (what rounds EC, ED and EE showed), each a general one (words placed as OCR or a
text layer would place them; invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line

FAX_LINE = "05/04/2031 14:52 FROM EXAMPLE PLAN UM UNIT (555) 555-0100 TO EXAMPLE CLINIC P.1"


def test_a_fax_header_dates_a_notice_whose_own_date_is_unreadable():
    """A standard fax blurs the notice's small dated box; the date the fax machine printed across the top is the
    day the notice went out, and its appeal window counts from there."""
    got = fields_of(line(40, (60, FAX_LINE)),
                    line(400, (100, "ot| Qx| Example Clinic | 12-99 |")),
                    line(600, (100, "We did not approve the visits. If you think we are wrong, you may appeal within "
                                    "60 days of the date of this notice.")))
    assert got["denial_date"] == "2031-05-04"
    assert got["appeal_deadline"] == "2031-07-03"


def test_the_notices_own_date_wins_over_the_fax_header():
    """The fax date is only a fallback: the letter's printed date, where it can be read, is the notice's."""
    got = fields_of(line(40, (60, FAX_LINE)), line(300, (100, "April 28, 2031")),
                    line(400, (100, "Dear Ana B. Example:")))
    assert got["denial_date"] == "2031-04-28"


def test_a_dated_row_at_the_top_is_no_fax_header():
    """A service row with a time ('05/04/2031 10:30 Office visit') lower on the page is no transmission line."""
    got = fields_of(line(900, (100, "05/04/2031 10:30 Office visit with the example clinic 120.00")))
    assert "denial_date" not in got


def test_a_line_that_looks_wrong_has_its_own_appeal_window():
    """'If a line looks wrong to you, write within 60 days of the statement date', 'If you think we counted your
    income wrong ... no later than ...', 'ask us to look at a line again within 90 days': the member's way to
    contest, however it is put."""
    head = line(200, (100, "Statement date"), (700, "May 4, 2031"))
    for sentence, deadline in (
            ("If a line looks wrong to you, call or write to us within 60 days of the statement date.", "2031-07-03"),
            ("If you think we counted your income wrong, your letter must reach us no later than Friday, June 12, "
             "2031.", "2031-06-12"),
            ("To ask us to look at a line again, send the claim number within 90 days of the statement date.",
             "2031-08-02")):
        assert fields_of(head, line(300, (100, sentence))).get("appeal_deadline") == deadline, sentence


def test_a_limit_with_no_contest_in_it_is_no_appeal_deadline():
    """Guard: 'Send your receipts within 90 days of the statement date' gives no way to contest the decision."""
    got = fields_of(line(200, (100, "Statement date"), (700, "May 4, 2031")),
                    line(300, (100, "Send your receipts within 90 days of the statement date.")))
    assert "appeal_deadline" not in got


def test_captions_after_their_values_beside_an_address():
    """A block of 'value caption' cells beside the address ('QX-2031-77 member no.', 'May 4, 2031 statement date'):
    each caption names the value before it."""
    got = fields_of(line(300, (100, "Ana B. Example"), (1500, "May 4, 2031 statement date")),
                    line(360, (100, "12 Example Rd"), (1500, "QX 2031 0077 member no.")),
                    line(420, (100, "Exampleton, ST 00000"), (1500, "G-20417 group")),
                    line(520, (100, "This statement lists the claims we processed this month.")))
    assert got["denial_date"] == "2031-05-04"
    assert got["member_id"].replace(" ", "") == "QX20310077"
    assert got["group_number"] == "G-20417"


def test_one_caption_after_a_value_counts_only_when_marked_off():
    """'QX-2031-77 (member no.)' on its own is a captioned value; a sentence ending in a label word is not."""
    got = fields_of(line(300, (100, "Ana B. Example"), (1500, "QX-2031-77 (member no.)")))
    assert got["member_id"] == "QX-2031-77"
    got = fields_of(line(300, (100, "We sent a copy of this letter to the patient")))
    assert "member_name" not in got


def test_small_captions_tight_under_boxed_values():
    """'| 05/04/31 || QX20310077 || G-20417 |' with 'Ntc dt  Mbr  Grp' in small print right under it and the next
    row of boxes further down: the captions name the values over them."""
    values = line(600, (100, "| 05/04/31 |"), (700, "| QX20310077 |"), (1300, "| G-20417 |"))
    caps = line(660, (120, "Ntc dt"), (720, "Mbr"), (1320, "Grp"))
    caps.words = [type(w)(w.text, w.conf, (w.bbox[0], w.bbox[1], w.bbox[2], w.bbox[1] + 18)) for w in caps.words]
    below = line(780, (100, "| Ana B. Example |"), (700, "| Example Dental Group |"))
    got = fields_of(values, caps, below)
    assert got["denial_date"] == "2031-05-04"
    assert got["member_id"] == "QX20310077"
    assert got["group_number"] == "G-20417"


def test_a_date_written_with_an_ordinal_and_of():
    """'on the 4th of March 2031': the day, 'of', the month, the year, as British and formal letters write it."""
    from intake.extract import dates

    assert [d for d, _, _ in dates.find_dates("the visit on the 4th of march 2031 was not covered")] == \
        [dates.parse_date("2031-03-04")]
    assert dates.find_dates("page 2 of 3") == []
