"""Reading rules from session 27 (round CQ), each a general one (words placed as OCR would place them;
invented values)."""

from __future__ import annotations

from tests.test_kv import fields_of, line


def test_a_sidebar_value_below_its_caption_passes_the_letters_line_set_level_with_it():
    """A two-column letter: the body's line stands a little above the sidebar's value, so OCR orders it
    between the sidebar's caption and its value."""
    got = fields_of(line(100, (900, "Example Health Plan")),
                    line(260, (120, "APPEAL")),
                    line(290, (860, "Ann Q. Sample")),
                    line(310, (120, "APL-113355")),
                    line(400, (860, "12 Some Street")),
                    line(440, (120, "ORIGINAL CASE"), (860, "Anytown, CO 80000")),
                    line(480, (120, "884411223")),
                    line(560, (120, "MEMBER ID"), (860, "You appealed the decision not to approve an MRI.")),
                    line(600, (120, "4271V11111"), (860, "We reviewed the records again.")))
    assert got["case_numbers"] == ["APL-113355", "884411223"]
    assert got["member_id"] == "4271V11111"


def test_a_line_far_below_a_caption_still_ends_its_column():
    got = fields_of(line(100, (900, "Example Health Plan")),
                    line(260, (120, "APPEAL")),
                    line(330, (860, "Ann Q. Sample lives on a long street in a small town.")),
                    line(400, (120, "Please keep 9911223344 for your records.")),
                    line(480, (120, "Member ID: 4271V11111")))
    assert "9911223344" not in (got.get("case_numbers") or [])


def test_a_brand_printed_short_takes_the_name_the_letter_prints_in_full():
    got = fields_of(line(100, (100, "Example Rx")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Claim"), (600, "Provider"), (1300, "Billed"), (1600, "Status")),
                    line(380, (100, "7071234567"), (600, "Example Heart & Vascular"), (1300, "$3,842.60"),
                         (1600, "Denied")),
                    line(450, (100, "We reviewed claim 7071234567 for services by Example Heart & Vascular Clinic "
                                    "on March 2, 2026.")),
                    line(520, (100, "Example Rx Solutions, Member Services 1-800-555-0100.")))
    assert got["insurer"] == "Example Rx Solutions"
    assert got["provider"] == "Example Heart & Vascular Clinic"


def test_a_department_after_the_name_is_no_part_of_it():
    got = fields_of(line(100, (100, "Example Rx")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Member ID: QX5512078")),
                    line(310, (100, "Write to Example Rx Member Services at the address below.")))
    assert got["insurer"] == "Example Rx"


def test_a_programme_is_never_a_brand_cut_short():
    got = fields_of(line(100, (100, "Medicare")),
                    line(170, (100, "MEDICARE SUMMARY NOTICE")),
                    line(240, (100, "Medicare Number: 1EG4-TE5-MK72")),
                    line(310, (100, "If you are in a Medicare Advantage Plan, call your plan.")))
    assert got["insurer"] == "Medicare"
