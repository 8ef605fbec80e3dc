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


def test_id_groups_holding_a_letter_among_their_digits_are_one_id():
    """'QX 317 B42 915', 'QW 2468 S135', 'QX 3502 8SB3': a printed group may hold a letter; the groups are still one
    ID. A state and its ZIP code before a code ('ST 00000 B12'), a code of one letter and a digit ('B2'), stay
    apart."""
    from intake.extract.ids import find_ids

    assert [v for v, _, _ in find_ids("QX 317 B42 915")] == ["QX317B42915"]
    assert [v for v, _, _ in find_ids("Certificate QW 2468 S135")] == ["QW2468S135"]
    assert [v for v, _, _ in find_ids("QX 3502 8SB3")] == ["QX35028SB3"]
    assert [v for v, _, _ in find_ids("QW 13G7 2468")] == ["QW13G72468"]
    assert [v for v, _, _ in find_ids("Exampleton PA 19999 B12")] == ["19999"]
    assert [v for v, _, _ in find_ids("99213 25 B2")] == ["9921325"]


def test_a_re_line_split_by_slashes_or_plus_signs():
    """'Re: Ana B. Example / QX2468135-01 / claim 31975318642': the facts between slashes, plus signs or bars as
    between commas; the bare number right after the member's name is the member's own."""
    for sep in ("/", "+", "|", ","):
        text = f"Re: Ana B. Example {sep} QX2468135-01 {sep} claim 31975318642".replace(" ,", ",")
        got = fields_of(line(300, (100, text)))
        assert got.get("member_id") == "QX2468135-01", text
        assert got.get("case_numbers") == ["31975318642"], text
        assert got.get("member_name") == "Ana B. Example", text


def test_a_labelled_member_number_wins_over_the_re_lines_bare_one():
    """The 'Re:' line's bare number is weighed below a member ID a label names."""
    got = fields_of(line(200, (100, "Member ID: QX5550001")),
                    line(300, (100, "Re: Ana B. Example / QX2468135-01 / claim 31975318642")))
    assert got["member_id"] == "QX5550001"


def test_an_insurers_policy_number_after_its_name_is_no_part_of_it():
    """'Insured by Example Casualty Insurance Company, policy QX-135792': the firm, without its policy number."""
    got = fields_of(line(100, (100, "Insured by Example Casualty Insurance Company, policy QX-135792")),
                    line(400, (100, "We did not pay this claim.")))
    assert got["insurer"] == "Example Casualty Insurance Company"


def test_a_caption_in_brackets_right_after_its_value():
    """'Apr 27, 2031 (date mailed) Ana B. Example (parent)', 'martes, 14 de abril de 2031 (fecha de esta carta)',
    'QX2024681 (client no.) 12 Example St': the bracket names the value before it, wherever the cell goes on."""
    assert fields_of(line(300, (100, "Apr 27, 2031 (date mailed) Ana B. Example (parent)")))["denial_date"] == \
        "2031-04-27"
    assert fields_of(line(300, (100, "martes, 14 de abril de 2031 (fecha de esta carta)")))["denial_date"] == \
        "2031-04-14"
    assert fields_of(line(300, (100, "QX2024681 (client no.) 12 Example St Apt 2B")))["member_id"] == "QX2024681"
    assert fields_of(line(300, (100, "We paid the visit (see note 3) in full."))) == {}


def test_a_caption_that_can_only_name_a_number_counts_alone():
    """'Ana B. Example QX 503 864 297 enrollee no.': one row, no bracket or dash, but 'enrollee no.' names nothing
    else; a sentence ending in 'claim number' names no value."""
    assert fields_of(line(300, (100, "Ana B. Example QX 503 864 297 enrollee no.")))["member_id"].replace(" ", "") == \
        "QX503864297"
    assert fields_of(line(300, (100, "Call us about your claim number"))) == {}


def test_more_ways_to_say_the_appeal_window():
    """'dentro de los 180 dias siguientes a la fecha de esta carta', 'no later than the 60th day after the date of this
    letter', 'You have until 65 days after the date of this decision', and a clause after a semicolon about how
    fast appeals are decided, which is no decoy for the window before it."""
    head = line(200, (100, "Date of this letter"), (700, "May 4, 2031"))
    for sentence, deadline in (
            ("Si no está de acuerdo, puede apelar por escrito dentro de los 180 días siguientes a la fecha de esta "
             "carta.", "2031-10-31"),
            ("Your appeal must be postmarked no later than the 60th day after the date of this letter.", "2031-07-03"),
            ("You may ask us for a redetermination (appeal). You have until 65 days after the date of this decision.",
             "2031-07-08"),
            ("You have 180 days from the date of this letter to appeal if you disagree with our decision; an appeal "
             "is decided within 30 days.", "2031-10-31"),
            ("If you think we decided wrongly, write to us. Your request must be sent no more than 180 days after the "
             "date of this letter.", "2031-10-31")):
        assert fields_of(head, line(300, (100, sentence))).get("appeal_deadline") == deadline, sentence


def test_a_fax_cover_whose_captions_have_no_colons():
    """'To  Ana B. Example', 'Fax number (555) 555-0100', 'Number of pages 4 incl. cover': a cover sheet set out as a
    form without colons is still a separator, not a document of its own; a letter is not one."""
    from intake.model import Line, PageText, Word
    from intake.rules import cached_rules
    from intake.split import page_features

    def page(*texts: str) -> PageText:
        lines = [Line(words=[Word(t, 0.9, (100 + 120 * k, 200 + 60 * i, 200 + 120 * k, 230 + 60 * i))
                             for k, t in enumerate(text.split())], page=1) for i, text in enumerate(texts)]
        return PageText(1, 2550, 3300, lines, "ocr")

    rules = cached_rules()
    cover = page("FAX", "Example College Sports Medicine", "To Ana B. Example", "Fax number (555) 555-0100",
                 "Date sent 05/27/2031", "Number of pages 4 incl. cover", "Regarding the insurance notice")
    letter = page("Example College Sports Medicine", "May 27, 2031", "Ana B. Example", "Dear Ana,",
                  "I am sending the notice the plan sent about the two injections.")
    assert page_features(cover, rules).cover
    assert not page_features(letter, rules).cover


def test_captions_under_values_right_after_a_re_line():
    """A 'Re:' line split at its slashes is no row of the grid under it: the captions under the values that follow
    it still name them ('03/30/31  04/01/31  Example Medical Center  $12,345.00' over 'admitted  discharged
    hospital  billed')."""
    got = fields_of(line(300, (100, "Re: Ana B. Example / QX 9753 1864-01 / Claim QC31-246-80135")),
                    line(380, (100, "03/30/31"), (400, "04/01/31"), (700, "Example Medical Center"), (1500, "$12,345.00")),
                    line(440, (100, "admitted"), (400, "discharged"), (700, "hospital"), (1500, "billed")),
                    line(600, (100, "Dear Ana B. Example:")))
    assert got["claim_amount"] == "12345.00"
    assert got["service_dates"] == ["2031-03-30/2031-04-01"]


def test_a_providers_name_without_its_billing_office_or_the_next_sentence():
    """'Example Regional Hospital, Patient Financial Services' is the hospital; 'Example Medical Supply. QXP did not
    approve ...' ends at the supplier's name."""
    from intake.extract import providers

    assert providers.BILLING_OFFICE.sub("", "Example Regional Hospital, Patient Financial Services") == \
        "Example Regional Hospital"
    assert providers.SENTENCE_END.split("Example Medical Supply. QXP did not approve it", 1)[0] == \
        "Example Medical Supply"
    assert providers.SENTENCE_END.split("St. Mary Hospital", 1)[0] == "St. Mary Hospital"


def _letter_kind(*body: str):
    from tests.test_reading_rules_cf import _classify

    got = _classify(*(line(100 + 70 * i, (100, t)) for i, t in
                      enumerate(("Example Assurance Company", "May 2, 2031", "Dear Ana B. Example:", *body))))
    return got.document_type, got.denial_type


def test_a_payer_refusing_an_invoice_in_its_own_voice_is_a_denial_letter():
    """'Its invoice, number 24680, is for $3,210.00 ... We cannot reimburse it': the payer speaks of the bill it
    refuses; the bill's words make no bill of the letter, near its top or not."""
    got = _letter_kind("You asked us to pay you back for the stair lift. Its invoice, number 24680, is for $3,210.00.",
                       "The lift was put in before we agreed to a plan of care that includes it. We cannot reimburse "
                       "this invoice.",
                       "If you think we are wrong, you may ask us to reconsider within 90 days of the date of this "
                       "letter.")
    assert got[0] == "denial_letter"


def test_an_invoice_itself_stays_a_bill():
    """Guard: a provider's invoice with its total and 'please pay' is no denial, whatever it says of insurance."""
    got = _letter_kind("INVOICE", "Invoice total $3,210.00. Amount due $3,210.00.", "Please pay the amount due by "
                       "June 1, 2031.")
    assert got[0] == "other"


def test_a_note_in_brackets_after_no_value_is_no_caption():
    """'42 CFR 441.301 (person-centered service plan)', 'J0000 Example drug (corrected claim sent)', 'Example Homeward
    (Money Follows the Person) Program': brackets that describe, after a rule, a drug or a program's name, caption
    nothing."""
    for text in ("Under 42 CFR 441.301 (person-centered service plan) we reviewed the request.",
                 "J 0000 Example Drug (corrected claim sent) 4 units",
                 "Example Homeward (Money Follows the Person) Program"):
        got = fields_of(line(300, (100, text)))
        assert "plan_id" not in got and "case_numbers" not in got and "member_name" not in got, text


def test_a_masked_number_is_never_a_case_number():
    """'XXX-XX-3141' beside a claim is a Social Security number's shown end; a masked member ID stays as printed."""
    from intake.extract.fields_ids import _masked_or_named

    class _Pair:
        class value:
            text = "SSN XXX-XX-3141"

    assert _masked_or_named(_Pair, ("XXX-XX-3141", 4, 15), "case_numbers")
    assert fields_of(line(300, (100, "Member ID: XXXXX1234")))["member_id"] == "XXXXX1234"
