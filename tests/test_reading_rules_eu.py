"""Reading rules from session 64, each a general one (words placed as OCR would place them; invented values)."""

from __future__ import annotations

from tests.test_reading_rules_er import _fields, _words


def _supplier_letter(caption: str) -> dict:
    rows = [_words(100, (100, "Quillby Home Medical Supply")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
            _words(520, (100, "Medicare Number: 7QX4-PE1-MB22")),
            _words(580, (100, f"{caption}: 3104417720561")),
            _words(640, (100, "Date of service: 02/10/2031")),
            _words(760, (100, "Medicare denied payment for the walker we delivered to you, because the item"),),
            _words(820, (100, "was not medically necessary. You are not responsible for this charge."))]
    return _fields(rows)


def test_a_programs_claim_number_is_the_claims_number_not_the_members():
    """'Medicare claim number:' beside 'Medicare Number:': the program's word makes the first no member ID, and the
    claim's number is the case's; the member's number stays the one under the member's caption."""
    for caption in ("Medicare claim number", "Medicaid claim no."):
        got = _supplier_letter(caption)
        assert got["case_numbers"] == ["3104417720561"], caption
        assert got["member_id"] == "7QX4-PE1-MB22", caption


def test_a_correspondence_number_and_a_numero_de_referido_are_case_numbers():
    """A Medicare contractor's reply goes by its 'Correspondence number', a referral's Spanish notice by its 'Numero de
    referido': each is the number the case is answered under."""
    for caption in ("Correspondence number", "Número de referido"):
        rows = [_words(100, (100, "Quillby Benefit Services")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                _words(280, (100, "March 3, 2031")), _words(400, (100, "Ansel R. Quillby")),
                _words(520, (100, f"{caption}: QC31-0417722")),
                _words(640, (100, "We cannot pay the bill you sent because it does not list the services you had."))]
        assert _fields(rows)["case_numbers"] == ["QC31-0417722"], caption


def _remittance(address_under: bool) -> dict:
    """A faxed remittance: the fax machine's line on top (sent days later), the plan's letterhead, then the payee's
    name with the remit date far to its right, its small caption lost to the fax."""
    rows = [_words(40, (100, "09/18/2031 16:02 QUENNEL RX SVCS 555 555 0199 PG 1 OF 1")),
            _words(160, (100, "Pemberix Pharmacy Benefit Services")), _words(220, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(340, (100, "PHARMACY REMITTANCE")),
            _words(560, (100, "Ansel Row Pharmacy"), (1900, "09/14/2031"))]
    if address_under:
        rows += [_words(620, (100, "118 Quennel Road")), _words(680, (100, "Dunmore, PA 18574"))]
    rows += [_words(900, (100, "Fill date"), (500, "Drug"), (1300, "Billed"), (1700, "Paid")),
             _words(980, (100, "08/21/2031"), (500, "Quillbyzine 50 mg"), (1300, "412.35"), (1700, "0.00"))]
    return _fields(rows)


def test_a_date_at_the_right_of_the_addressees_line_is_the_notices_when_its_caption_is_lost():
    """'Ansel Row Pharmacy ........ 09/14/2031' over its street and town lines: the date box beside the payee's
    address, its caption dropped by the fax, dates the remittance, not the fax machine's later line on top."""
    assert _remittance(address_under=True)["denial_date"] == "2031-09-14"


def test_a_date_beside_a_name_with_no_address_under_it_is_no_notice_date():
    """(guard) the same line with no address block under the name is a row of something else: the fax line's date
    stays the only reading of when the paper went out."""
    assert _remittance(address_under=False)["denial_date"] == "2031-09-18"


def test_a_formal_date_with_day_of_the_month_is_read():
    from intake.extract import dates

    assert dates.parse_date("Issued at Quennel this 9th day of April, 2031.").isoformat() == "2031-04-09"
    assert dates.parse_date("a los 9 días del mes de abril de 2031").isoformat() == "2031-04-09"


def _footer_dated_letter(footer: str) -> dict:
    rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(400, (100, "Ansel R. Quillby")), _words(460, (100, "118 Quennel Road")),
            _words(520, (100, "Dunmore, PA 18574")),
            _words(700, (100, "We cannot pay for the knee injection you had on 02/10/2031 because it was not")),
            _words(760, (100, "medically necessary. You may appeal within 180 days of the date of this letter.")),
            _words(3150, (100, footer))]
    return _fields(rows)


def test_a_notice_dated_only_in_its_footer_by_its_own_word_is_dated_so():
    """'... - issued 06/11/2031 - PX-12' at the foot of the page, no date above it: the notice's
    own word for going out dates it (and its deadline counts from there)."""
    got = _footer_dated_letter("Pemberix Mutual Health Plan, PO Box 4471 - issued 06/11/2031 - PX-12")
    assert got["denial_date"] == "2031-06-11" and got["appeal_deadline"] == "2031-12-08"


def test_a_leader_of_spaced_dots_is_a_gap_between_a_caption_and_its_value():
    """'Plan . . . . . . . . QX-T4' as a text layer spaces its dots: each dot alone is too short to be a leader, the
    run of them is one, and the plan's code is the caption's value (not the dots)."""
    dots = " ".join(["."] * 30)
    rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "EXPLANATION OF BENEFITS")),
            _words(400, (100, "Ansel R. Quillby")),
            _words(700, (1200, "Plan"), (1480, dots), (2250, "QX-T4")),
            _words(760, (1200, "Member"), (1480, dots), (2250, "QMB30417722")),
            _words(900, (100, "We did not pay the claim for your visit on 02/10/2031: it was sent too late."))]
    got = _fields(rows)
    assert got["plan_id"] == "QX-T4" and got["member_id"] == "QMB30417722"


def test_captions_further_along_a_claim_header_line_name_their_values():
    """'Claim ref. QC31... QUILLBY, ANSEL R Member QMB3... Plan QX-T4 Rec'd 08/19/2031': a claim's header line of
    captions and values; past the first, a capitalised caption between two numbers names the second."""
    rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "PROVIDER REMITTANCE")),
            _words(400, (100, "Claim ref. QC31T590318 QUILLBY, ANSEL R Member QMB30417722 Plan QX-T4 Rec'd 08/19/2031")),
            _words(460, (100, "Date"), (400, "Code"), (700, "Billed"), (1000, "Paid"), (1300, "Remark")),
            _words(520, (100, "08/02/2031"), (400, "97110"), (700, "205.00"), (1000, "0.00"), (1300, "CO-29")),
            _words(700, (100, "CO-29: the time limit for filing has expired."))]
    got = _fields(rows)
    assert got["plan_id"] == "QX-T4" and got["case_numbers"] == ["QC31T590318"]


def test_a_descriptor_beside_a_two_line_wordmark_takes_the_brand_the_footer_writes_with_and():
    """'PEMBER' over 'WICK' in large capitals beside 'Ropemakers & Riggers / Health Trust', the footer writing the name in
    full with 'and': the letterhead's words are the name's tail and the brand is the joined word before them."""
    rows = [_words(150, (300, "PEMBER"), tall=70), _words(160, (1000, "Ropemakers & Riggers")),
            _words(210, (1000, "Health Trust"), (1700, "Trust Office, 7 Quennel Street")),
            _words(240, (300, "WICK"), tall=70), _words(260, (1700, "Dunmore, PA 18574")),
            _words(500, (100, "Ansel R. Quillby")), _words(560, (100, "118 Quennel Road")),
            _words(620, (100, "Dunmore, PA 18574")),
            _words(800, (100, "We did not pay for the shoulder brace on 02/10/2031 because it was not medically necessary.")),
            _words(3150, (100, "Pemberwick Ropemakers and Riggers Health Trust - PO Box 4471, Dunmore, PA 18574"))]
    assert _fields(rows)["insurer"].startswith("Pemberwick Ropemakers")


def test_a_fax_memo_and_a_bare_facsimile_heading_mark_a_cover_whose_smudged_small_print_is_no_note():
    """A 'FAX MEMO' with its To, Fax, From, Pages and Re lines, a short note and a confidentiality notice at the foot
    too smudged to know: a cover (its foot's words are not the sender's note); 'FACSIMILE' alone heads one too."""
    from intake.rules import cached_rules
    from intake.split import page_features
    from tests.test_reading_rules_er import _doc

    def page(title: str, foot_words: int, small_print_y: int = 3060) -> object:
        rows = [_words(40, (100, "11/02/2031 08:51 QUILLBY HALL 555 555 0142 P.01/03")),
                _words(300, (100, "Quillby Retired Trades Club")), _words(600, (100, title)),
                _words(800, (100, "TO: Ivo Pemberix, Dunmore Advocacy Project")), _words(900, (100, "FAX: (555) 555-0190")),
                _words(1000, (100, "FROM: Ansel Quillby, club secretary")), _words(1100, (100, "PAGES: 3 incl. this memo")),
                _words(1200, (100, "RE: two papers about a member's wheelchair repair")),
                _words(1320, (100, "Our member would like to know whether the refusal can be appealed, and by what")),
                _words(1380, (100, "date. Please call her this week at the number she gave us at the meeting."))]
        smudge = " ".join(["Xq rnvl tpe smdgd nqtce lns vw"] * (foot_words // 7)).split()
        half = len(smudge) // 2
        rows += [_words(small_print_y, (100, " ".join(smudge[:half]))),
                 _words(small_print_y + 40, (100, " ".join(smudge[half:])))]
        return _doc(rows).pages[0]

    rules = cached_rules()
    assert page_features(page("FAX MEMO", 98), rules).cover
    assert page_features(page("FACSIMILE", 98), rules).cover
    # (guard) the same words in the page's body: more than a cover's note says, a paper of its own
    assert not page_features(page("FAX MEMO", 98, small_print_y=1500), rules).cover


def test_precertification_missing_is_a_prior_authorization_refusal_in_english_and_spanish():
    from intake.classify import classify
    from tests.test_reading_rules_er import _doc

    for sentence in ("We cannot pay for this scan: it was done without precertification.",
                     "La resonancia no se puede pagar: el plan exige una precertificacion para estudios de imagen."):
        rows = [_words(100, (100, "Pemberix Mutual Health Plan")), _words(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                _words(400, (100, "Ansel R. Quillby")), _words(600, (100, sentence))]
        assert classify(_doc(rows), _rules()).denial_type == "prior_authorization", sentence


def _rules():
    from intake.rules import cached_rules

    return cached_rules()
