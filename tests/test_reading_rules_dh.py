"""Reading rules from session 37 (round DH), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from intake.extract import dates
from tests.test_kv import fields_of, line


def _head() -> list:
    return [line(40, (100, "Example Prairie Health Plan")), line(100, (100, "Statement date: May 4, 2031"))]


# --- labels and IDs ----------------------------------------------------------------------------------------------

def test_slash_labels_over_slash_values_whose_first_value_is_a_word():
    """'Plan / member ID  Gold PPO / QX...': as many values a slash apart as label parts, one of them a number:
    each part takes the value in its place, although the first value is a plan's name in words."""
    got = fields_of(*_head(), line(200, (100, "Plan / member ID Gold PPO / QX31005807")))
    assert got["member_id"] == "QX31005807"


def test_two_capitals_set_apart_from_the_rest_of_a_member_number():
    """'QX M31991187': OCR's gap after the number's first two letters; the number is one."""
    got = fields_of(*_head(), line(200, (100, "Member ID QX M31991187")))
    assert got["member_id"].replace(" ", "") == "QXM31991187"  # (read whole; the scan's space kept)



# --- claims told as stacked blocks -------------------------------------------------------------------------------

def _block(y: int, k: int, number: str, provider: str, when: str, billed: str, status: str) -> list:
    return [line(y, (100, f"Claim {k} of 3")), line(y + 50, (100, "Claim number"), (700, number)),
            line(y + 100, (100, "Provider"), (700, provider)), line(y + 150, (100, "Date(s)"), (700, when)),
            line(y + 200, (100, "Billed / allowed"), (700, billed)), line(y + 250, (100, "Status"), (700, status))]


def test_the_denied_block_of_stacked_claim_blocks_speaks_for_the_notice():
    """'Claim 1 of 3' ... 'Claim 3 of 3', each a block of label lines: the block whose status denies is the
    claim, its number, provider, date and charge, never the first block's; its 'Date(s)' is the service date
    and the footnote under the last block is none of that block's."""
    got = fields_of(*_head(), line(160, (100, "Member ID: QX31000123")),
                    *_block(300, 1, "QX31-0000101", "Example Surgical Hospital", "02/11/2031 - 02/12/2031",
                            "$9,100.00 / $5,200.00", "Paid"),
                    *_block(650, 2, "QX31-0000202", "Example Spine Associates", "02/11/2031", "$3,100.25 / $0.00",
                            "Denied - remark CS62"),
                    *_block(1000, 3, "QX31-0000303", "Example Assistants Group", "02/13/2031", "$1,100.50 / $600.40",
                            "Paid"),
                    line(1350, (100, "CS62 The co-surgeon modifier is not supported by the operative report.")))
    assert got["case_numbers"] == ["QX31-0000202"]
    assert got["claim_amount"] == "3100.25"
    assert got["service_dates"] == ["2031-02-11"]
    assert got["provider"] == "Example Spine Associates"


def test_a_blocks_status_line_in_words_and_its_total_charges_above_it():
    """'Total charges $...' over 'Status NOT AFFIRMED - ...' is the block's own total, not its end; a status in
    words only ('not affirmed', no figure) says which block is denied."""
    def block(y, k, name, number, stay, total, status):
        return [line(y, (100, f"Claim {k} of 2")), line(y + 50, (100, "Beneficiary"), (700, name)),
                line(y + 100, (100, "Review case number"), (700, number)), line(y + 150, (100, "Admit / discharge"),
                                                                              (700, stay)),
                line(y + 200, (100, "Total charges"), (700, total)), line(y + 250, (100, "Status"), (700, status))]
    got = fields_of(*_head(),
                    *block(300, 1, "Quilla R. Example", "QR-3101-A11", "02/02/2031 - 02/04/2031", "$10,100.00",
                           "Affirmed"),
                    *block(650, 2, "Quentin S. Example", "QR-3102-B22", "03/10/2031 - 03/11/2031", "$21,300.50",
                           "NOT AFFIRMED - inpatient admission not reasonable and necessary"),
                    line(1000, (100, "For the claim not affirmed, the services could have been given as outpatient "
                                     "observation.")))
    assert got["case_numbers"] == ["QR-3102-B22"]
    assert got["claim_amount"] == "21300.50"
    assert got["member_name"] == "Quentin S. Example"


def test_a_summary_notices_last_claim_keeps_its_service_rows():
    """Claims made of a heading, a service date and service rows (a summary notice) are no uniform label blocks:
    the last claim keeps its own rows, whose first words differ from the first claim's, and is the denied one."""
    head = "Service Provided & Billing Code Approved? Provider Charged Medicare Approved Max You May Be Billed"
    got = fields_of(line(40, (100, "Medicare Summary Notice for Part B")),
                    line(100, (100, "Date of This Notice April 6, 2031")),
                    line(300, (100, "Example Internal Medicine Group, Claim number 31-1000-0000-101")),
                    line(350, (100, "Service date February 10, 2031 Seen in the office")), line(400, (100, head)),
                    line(450, (100, "Office visit, est. patient (99214) Yes $200.00 $110.00 $22.00")),
                    line(550, (100, "Example Internal Medicine Group, Claim number 31-1000-0000-202")),
                    line(600, (100, "Service date March 12, 2031 Telephone visit")), line(650, (100, head)),
                    line(700, (100, "Audio-only visit, est. patient (99213-93) No $150.00 $0.00 $0.00 A")),
                    line(800, (100, "A Medicare does not pay for this service when it is given by telephone only.")))
    assert got["case_numbers"] == ["31-1000-0000-202"]
    assert got["service_dates"] == ["2031-03-12"]


def test_a_status_line_ends_the_claim_before_and_names_no_provider():
    """The line just over 'Claim 2 of 2' is the first claim's 'Status  Paid', never the second claim's heading."""
    from intake.extract.claims import heading_lines
    from intake.extract.kv import build_index
    from intake.extract.lexicon import lexicon_of
    from intake.model import Document, PageText
    from intake.rules import cached_rules
    from tests.test_kv import SRC

    lines = [line(100, (100, "Claim 1 of 2")), line(150, (100, "Status"), (700, "Paid")),
             line(200, (100, "Claim 2 of 2"))]
    for i, ln in enumerate(lines):
        ln.index = i
    ix = build_index(Document(SRC, [PageText(1, 2550, 3300, lines, "text_layer")]), lexicon_of(cached_rules()))
    assert heading_lines(ix, 2, -1) == []


# --- dates -------------------------------------------------------------------------------------------------------

def test_several_days_of_one_month_in_a_sentence():
    """'March 2, 9 and 16, 2031': the month and the year printed once, each day a date of its own."""
    assert dates.find_spans("on March 2, 9 and 16, 2031 were denied") == ["2031-03-02", "2031-03-09", "2031-03-16"]
    assert dates.find_spans("el 2, 9 y 16 de marzo de 2031") == ["2031-03-02", "2031-03-09", "2031-03-16"]
    assert dates.find_spans("March 2-4, 2031") == ["2031-03-02/2031-03-04"]  # (a range stays a span)


def test_days_listed_in_a_sentence_are_the_service_dates():
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "We denied the allergy injections you received on March 2, 9 and 16, 2031.")),
                    line(360, (100, "They were given more often than every 14 days, which the plan does not cover.")))
    assert got["service_dates"] == ["2031-03-02", "2031-03-09", "2031-03-16"]


def test_a_discussion_with_the_reviewer_is_no_appeal_deadline():
    """'You may ask for a discussion of this result with our physician reviewer within 30 days of the date of
    this letter': a talk, which changes nothing, not an appeal."""
    got = fields_of(*_head(), line(200, (100, "Claim number: QX31000555")),
                    line(300, (100, "The inpatient admission was not reasonable and necessary.")),
                    line(360, (100, "You may ask for a discussion of this result with our physician reviewer within")),
                    line(410, (100, "30 days of the date of this letter.")))
    assert got.get("appeal_deadline") is None


# --- providers ---------------------------------------------------------------------------------------------------

def test_a_captioned_provider_cut_short_is_completed_from_its_full_printing():
    """'SUPPLIER' over 'Example Ridge' (the name wrapped in a narrow sidebar) while a sentence prints 'Example
    Ridge Dialysis Logistics': the fuller printing, up to a word organisations end their names with."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (1300, "Your dialysate bags were shipped on March 20, 2031 by Example Ridge Dialysis "
                                     "Logistics.")),
                    line(400, (100, "SUPPLIER")), line(450, (100, "Example Ridge")),
                    line(600, (1300, "We are upholding our decision: the extra bags are not medically necessary.")))
    assert got["provider"] == "Example Ridge Dialysis Logistics"


def test_a_provider_broken_at_the_line_end_with_a_hyphen_goes_on_below():
    """'Example Neuro-' over 'developmental Clinic' in a sidebar column: one name."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "PROVIDER"), (900, "This is our final internal decision.")),
                    line(350, (100, "Example Neuro-")),
                    line(380, (900, "You may ask for an external review by an independent reviewer.")),
                    line(410, (100, "developmental Clinic")))
    assert got["provider"] == "Example Neurodevelopmental Clinic"


def test_a_number_glued_to_its_labels_no():
    """'Authorization no.31B53091': OCR lost the space after 'no.'; the number is the rest."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(260, (100, "Authorization no.31B530916")))
    assert got["case_numbers"] == ["31B530916"]


def test_a_name_ending_in_its_field_is_still_completed_to_its_full_printing():
    """'Example Rehabilitation' in a cell, 'Example Rehabilitation Hospital' in the text: a field's word
    ('Rehabilitation', 'Imaging') may end a name, but a fuller printing ending as organisations do wins."""
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Provider"), (700, "Example Rehabilitation")),
                    line(400, (100, "Your stay at Example Rehabilitation Hospital was reviewed; the therapy was not "
                                    "medically necessary.")))
    assert got["provider"] == "Example Rehabilitation Hospital"
    got = fields_of(*_head(), line(200, (100, "Member ID: QX31000123")),
                    line(300, (100, "Provider"), (700, "Example Sleep")),
                    line(400, (100, "The home sleep test billed by Example Sleep Diagnostics was not medically "
                                    "necessary.")))
    assert got["provider"] == "Example Sleep Diagnostics"  # (and up to a field's word when that is its end)


def test_a_non_affirmed_prior_authorization_is_a_medical_judgement():
    """Medicare's prior authorization 'non-affirms' a request whose record does not show its criteria met: with no
    other reason given, the denial is one of medical necessity."""
    from tests.test_reading_rules_cq import _classify_lines

    got = _classify_lines("Example Medicare Administrative Services", "PRIOR AUTHORIZATION DECISION",
                          "Unique tracking number: QX31000000001", "Decision: NON-AFFIRMED",
                          "The request was non-affirmed. You may resubmit the request with more records.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "medical_necessity")


def test_a_date_before_the_notice_is_no_appeal_deadline():
    """'... confirmed by 02/14/2011' run into the column beside it: a 'by DATE' earlier than the letter itself
    can be no deadline to appeal it."""
    got = fields_of(line(40, (100, "Example Allergy Associates")), line(100, (100, "March 14, 2031")),
                    line(200, (100, "I ask you to review this appeal. My patient has allergic rhinitis, confirmed by "
                                    "02/14/2011")),
                    line(260, (100, "skin testing. I ask you to approve the full vial set.")))
    assert got.get("appeal_deadline") is None


def test_an_insurer_addressed_at_its_office_is_the_insurer():
    """A doctor's letter to 'Example Crest Health Plan, Utilization Management': the plan, not its office."""
    got = fields_of(line(40, (100, "Example Pain Specialists")), line(100, (100, "May 4, 2031")),
                    line(160, (100, "Example Crest Health Plan, Utilization Management")),
                    line(210, (100, "PO Box 100, Exampleton, ST 00000")),
                    line(300, (100, "Re: Quilla R. Example, member ID QX31000123")),
                    line(360, (100, "Please reconsider the denial of the spinal cord stimulator trial.")))
    assert got["insurer"] == "Example Crest Health Plan"
