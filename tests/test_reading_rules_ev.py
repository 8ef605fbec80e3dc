"""Reading rules from session 65, each a general one (words placed as OCR would place them; invented values)."""

from __future__ import annotations

from tests.test_reading_rules_er import _fields, _words


def _prose_letter(*body: str) -> dict:
    rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
            _words(460, (100, "118 Quennel Road")), _words(520, (100, "Dunmore, PA 18574"))]
    rows += [_words(700 + 60 * k, (100, text)) for k, text in enumerate(body)]
    return _fields(rows)


def test_a_members_number_before_the_rights_paragraph_on_its_line_is_read():
    """'... your member ID as X. An external review is open to you ...': the rights section opens after the member's
    number on the same line; the number before it is the letter's own, not boilerplate."""
    got = _prose_letter("We cannot pay for the knee brace you had on 02/10/2031 because it is not covered.",
                        "Our records list your member ID as QMB30417722. An external review is open to",
                        "you once the plan's own appeal is decided; the form for it comes with that decision.")
    assert got["member_id"] == "QMB30417722"


def test_a_sentence_ending_in_a_bracket_ends_the_label_run():
    """'... (each visit a separate charge). Your member number is X': the sentence before ends at 'charge).', so
    that word of an amount's caption is no part of the member number's caption."""
    got = _prose_letter("We cannot pay for the therapy on February 10 and February 17, 2031",
                        "(each visit a separate charge). Your member number is QMB30417722-02 and the visits were not",
                        "covered by your plan.")
    assert got["member_id"] == "QMB30417722-02"


def test_a_stay_told_as_admission_then_going_home_is_one_span():
    """'... admitted you on DATE ... You were discharged on DATE': the stay from the first day to the last, not
    the admission's day alone."""
    got = _prose_letter("Quennel General Hospital admitted you on February 10, 2031 after a fall at work.",
                        "You were discharged on February 13, 2031, and we paid two of the three days; the",
                        "third was not medically necessary.")
    assert got["service_dates"] == ["2031-02-10/2031-02-13"]


def test_a_going_home_before_the_admission_is_no_stay():
    """(guard) a later sentence's earlier day is no end of the stay: the admission's day stands alone."""
    from intake.extract.context import _stay_to

    assert _stay_to(["2031-02-10"], ["2031-02-03"]) is None
    assert _stay_to(["2031-02-10"], ["2031-02-13"]) == ["2031-02-10/2031-02-13"]


def _reference_headed_statement(caption: str, second: str) -> dict:
    rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "EXPLANATION OF BENEFITS")), _words(400, (100, "Ansel R. Quillby"),
                                                               (1500, "Member ID: QMB30417722")),
            _words(640, (100, f"{caption}: QR31-4401927"), (900, "Treating doctor: Dr. Ivo Pemb")),
            _words(700, (100, "Date"), (400, "Code"), (700, "Billed"), (1000, "Paid"), (1300, "Note")),
            _words(760, (100, "01/14/31"), (400, "97110"), (700, "$80.00"), (1000, "$64.00")),
            _words(820, (100, "Total"), (700, "$80.00"), (1000, "$64.00")),
            _words(940, (100, f"{caption}: {second}"), (900, "Treating doctor: Dr. Ivo Pemb")),
            _words(1000, (100, "Date"), (400, "Code"), (700, "Billed"), (1000, "Paid"), (1300, "Note")),
            _words(1060, (100, "02/11/31"), (400, "97110"), (700, "$95.00"), (1000, "$0.00"), (1300, "QL1")),
            _words(1120, (100, "Total"), (700, "$95.00"), (1000, "$0.00")),
            _words(1240, (100, "QL1 Visit limit reached: this service is not covered."))]
    return _fields(rows)


def test_claims_headed_by_the_same_reference_caption_keep_their_numbers_apart():
    """Two claims each opened by 'Reference: X' over its dated rows: only the refused claim's number is the case's,
    and its total is the amount."""
    got = _reference_headed_statement("Reference", "QR31-4409155")
    assert got["case_numbers"] == ["QR31-4409155"]
    assert got["claim_amount"] == "95.00"


def test_wordmark_in_capitals_over_two_lines_is_joined_when_the_letter_writes_it_out():
    """'QUENNEL GLASS TRADES' over 'HEALTH FUND' in a letterhead, the address beside each line, and the footer
    printing 'Quennel Glass Trades Health Fund': the whole name, as the footer writes it."""
    rows = [_words(100, (100, "QUENNEL GLASS TRADES"), (1500, "118 Quennel Road, Suite 4")),
            _words(150, (1500, "Dunmore, PA 18574")),
            _words(200, (100, "HEALTH FUND"), (1500, "Member line 1-800-555-0199")),
            _words(400, (100, "March 3, 2031")), _words(520, (100, "Ansel R. Quillby")),
            _words(700, (100, "We cannot pay for the knee brace you had on 02/10/2031 because it is not covered.")),
            _words(3150, (100, "Quennel Glass Trades Health Fund - 118 Quennel Road, Dunmore, PA 18574"))]
    assert _fields(rows)["insurer"] == "Quennel Glass Trades Health Fund"


def test_a_brand_spelled_in_spaced_capitals_counts_as_the_logo():
    """'Q U E N N E L' over 'W I C K' beside the fund's words: the letters set apart are the wordmark of the brand the
    footer writes before the name."""
    from intake.extract.insurer import _halves_in_capitals

    assert _halves_in_capitals("Quennelwick", "Q U E N N E L Dunmore, PA\nW I C K Health Fund")
    assert _halves_in_capitals("Quennelwick", "QUENNEL\nWI CK")
    assert not _halves_in_capitals("Quennelwick", "Quennel Wick")


def test_a_facts_heading_after_the_rights_section_ends_it():
    """'If you disagree' (the rights section) on page one, then 'About this decision' heading page two's box of facts:
    the box is the decision's own, so its 'Matter' number is the case's and not discounted as boilerplate."""
    page1 = [_words(100, (100, "Pemberix Worker Relief Program")),
             _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
             _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
             _words(600, (100, "We are not approving more therapy sessions because they are not reasonable and")),
             _words(660, (100, "necessary for the injury your award covers.")),
             _words(800, (100, "If you disagree")),
             _words(880, (100, "You may ask the Program to reconsider within 60 days of the date of this letter.")),
             _words(940, (100, "Send a letter saying why you disagree to the Reconsideration Unit."))]
    page2 = [_words(200, (100, "About this decision")),
             _words(300, (100, "Injured person"), (900, "Ansel Quillby")),
             _words(380, (100, "Matter"), (900, "QM31-40417K")),
             _words(460, (100, "Decision"), (900, "Not approved"))]
    assert _fields(page1, page2)["case_numbers"] == ["QM31-40417K"]


def test_a_leading_zero_a_fax_read_as_nine_or_eight_is_mended():
    """'93/14/2031' on a standard fax is 03/14/2031: no month or day opens with 8 or 9 and has a second figure, so the
    figure is a 0 the fax thickened; '99/99/2031' stays no date."""
    from intake.extract import dates

    assert [d.isoformat() for d, _, _ in dates.find_dates("Quennel Hospital 93/14/2031")] == ["2031-03-14"]
    assert [d.isoformat() for d, _, _ in dates.find_dates("82/17/2031 97110")] == ["2031-02-17"]
    assert dates.find_dates("99/99/2031") == []


def test_a_caption_opened_by_a_bracket_after_other_words_is_read():
    """'... an inhaler refill for you (member number' over 'QMB30417722).': the bracket opens the member number's
    caption, whatever words stood before it; its value opens the next line."""
    got = _prose_letter("We looked at the pharmacy's request for an inhaler refill for you (member number",
                        "QMB30417722). The plan covers one inhaler a month, and this refill came too soon.")
    assert got["member_id"] == "QMB30417722"


def test_a_medical_policys_number_in_a_sentence_is_no_case_number():
    """'Reference number: X' and, further on, 'the rules of medical policy QP-4.17': the policy's number is no
    case's."""
    got = _prose_letter("Reference number: QR31-4401927",
                        "We cannot approve the brace. Our nurse compared the notes with the rules of medical policy",
                        "QP-4.17, which covers a brace only after six weeks.",
                        "If you disagree, you may ask for an appeal; a copy of policy QP-4.17 is free.")
    assert got["case_numbers"] == ["QR31-4401927"]


def test_a_two_part_product_type_after_the_plans_name_is_no_part_of_the_insurer():
    """'Quennel Medicare Choice (HMO-POS)' heading a notice: the organisation is 'Quennel Medicare Choice'; the
    bracket names the product sold (a bare '(HMO)' is left as printed)."""
    rows = [_words(100, (100, "Quennel Medicare Choice (HMO-POS)")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
            _words(700, (100, "We cannot pay for the knee brace you had on 02/10/2031 because it is not covered."))]
    assert _fields(rows)["insurer"] == "Quennel Medicare Choice"


def test_an_appeal_due_by_the_end_of_the_month_after_the_letters_month():
    """'Send us your appeal by the end of the month after the month of this letter' on a letter of March 3:
    the last day of April; 'the month in which you receive this letter' gives no date (the day of receipt is
    unknown)."""
    got = _prose_letter("We cannot pay for the knee brace you had on 02/10/2031 because it is not covered.",
                        "Send us your appeal in writing by the end of the month after the month of this letter.")
    assert got["appeal_deadline"] == "2031-04-30"
    got = _prose_letter("We cannot pay for the knee brace you had on 02/10/2031 because it is not covered.",
                        "Send us your appeal in writing by the end of the month after the month in which you",
                        "receive this letter.")
    assert got.get("appeal_deadline") is None


def test_a_shops_work_ticket_sent_on_top_is_the_stacks_cover():
    """A job ticket faxed on top of two letters: its own captions stand in a column before the handwriting ('Owner
    attn: ...', 'Job  re: ...') and it counts itself ('3 pages w/ this'): a cover, no paper of its own."""
    from intake.model import PageText, Line
    from intake.rules import load_rules
    from intake.split import page_features

    rows = [_words(200, (100, "Quennel Glass & Mirror, Inc.")), _words(240, (1500, "SHOP JOB TICKET")),
            _words(300, (100, "77 Quillby Lane, Dunmore, PA 18574")), _words(450, (100, "JOB NO."), (900, "CLIENT")),
            _words(780, (100, "Client"), (400, "FAX to Pemberix Fund Office")),
            _words(920, (100, "Owner"), (400, "attn: claims / appeals")),
            _words(1060, (100, "Job"), (400, "re: Ansel Quillby - his burn")),
            _words(1600, (100, "Says the burn happened in his own kitchen, not at the shop.")),
            _words(2270, (100, "3 pages w/ this")), _words(2430, (100, "Ivo Quillby, front desk"))]
    page = PageText(1, 2550, 3300, [Line(sorted(ws, key=lambda w: w.bbox[0]), 1, i) for i, ws in enumerate(rows)], "ocr")
    assert page_features(page, load_rules()).cover


def _remittance_rows(lead: bool) -> dict:
    head = ((100, "Claim no."), (450, "Patient"), (800, "Member ID"), (1150, "Service"), (1400, "Code"),
            (1650, "Billed"), (1900, "Paid"), (2150, "Rem")) if lead else \
        ((100, "Patient"), (450, "Claim no."), (1150, "Billed by / service"), (1650, "Billed"), (1900, "Paid"),
         (2150, "Rem"))
    rows = [_words(100, (100, "Pemberix Benefit Administrators, LLC")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "PROVIDER REMITTANCE")), _words(340, (100, "Remittance date 05/15/2031")),
            _words(500, *head)]
    claims = (("QC31-4401927", "QUILLBY, ANSEL R", "QMB30417722", "01/14/2031", "97110", "80.00", "64.00", ""),
              ("QC31-4409155", "PEMBERIX, IVO T", "QMB30419944", "02/11/2031", "73221", "1,380.00", "0.00", "PX"),
              ("QC31-4412086", "QUENNEL, ADA M", "QMB30411386", "02/20/2031", "99213", "120.00", "96.00", ""))
    y = 580
    for number, person, member, day, code, billed, paid, rem in claims:
        if lead:  # (each claim two service rows, the second opening with its date)
            rows += [_words(y, (100, number), (450, person), (800, member), (1150, day), (1400, code), (1650, billed),
                            (1900, paid), (2150, rem)),
                     _words(y + 50, (1150, day), (1400, "99999"), (1650, "0.00"), (1900, "0.00"))]
        else:
            rows += [_words(y, (100, person), (450, number), (1150, "Quennel Valley Medical Group")),
                     _words(y + 50, (100, day), (1400, code), (1650, billed), (1900, paid), (2150, rem))]
        rows.append(_words(y + 100, (100, "CLAIM TOTAL"), (1650, billed), (1900, paid)))
        y += 200
    rows.append(_words(y + 60, (100, "PX Not paid: no approval was asked for before this service.")))
    return _fields(rows)


def test_claims_opened_by_their_number_and_patient_on_the_first_row_keep_apart():
    """(guard) 'QC31-... PEMBERIX, IVO T QMB... 02/11/2031 73221 1,380.00 0.00 PX', each claim closed by 'CLAIM
    TOTAL': the refused claim's own number, member and amount, not the first claim's (read so before this session
    too; the session's rule for such listings must keep it)."""
    got = _remittance_rows(lead=True)
    assert got["case_numbers"] == ["QC31-4409155"]
    assert got["claim_amount"] == "1380.00"
    assert got["member_id"] == "QMB30419944"


def test_claims_headed_by_the_patient_then_the_number_keep_apart():
    """'PEMBERIX, IVO T  QC31-...  Quennel Valley Medical Group' over its dated row: the refused claim's number and
    amount."""
    got = _remittance_rows(lead=False)
    assert got["case_numbers"] == ["QC31-4409155"]
    assert got["claim_amount"] == "1380.00"


def test_a_chart_number_in_spaced_groups_is_the_members_number():
    """'Chart no.' beside 'QZ 718 K52 W' on a tribal clinic's referral: the patient's chart number, in the groups the
    card prints, is the number the program knows the member by (the record's own prefix kept)."""
    rows = [_words(100, (100, "Pemberix Tribal Health Services")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "PURCHASED/REFERRED CARE")), _words(400, (100, "Ansel R. Quillby"), (1500, "April 3, 2031")),
            _words(520, (1500, "Chart no."), (1800, "QZ 718 K52 W")),
            _words(700, (100, "We cannot pay for the knee brace you had on 02/10/2031 because it is not covered."))]
    got = _fields(rows)
    assert got["member_id"].replace(" ", "") == "QZ718K52W"
