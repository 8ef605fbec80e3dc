"""Reading rules from session 62 (a brand the letter writes out in full, a review's decision date, a caption's
parts in one cell, a flat's line in the address block, a name after a caption in capitals, a fax's comma for an
initial's stop, a statement's guarantor, a claim line led by its captioned control number), each a general one
(words placed as OCR would place them; invented values)."""

from __future__ import annotations

from intake.extract.names import clean_person
from intake.rules import cached_rules
from tests.test_kv import fields_of, line
from tests.test_reading_rules_er import _fields, _words

REFUSAL = line(1400, (100, "We did not approve the knee MRI because it was not medically necessary."))


def _letter(*rows) -> dict:
    return fields_of(line(100, (100, "Pemberix Mutual Health Plan")), line(160, (100, "PO Box 4471, Dunmore, PA 18574")),
                     *rows, REFUSAL)


def test_a_brand_in_capitals_over_its_administrator_is_the_insurer_the_letter_writes_out():
    """'QUENNEL & PEMBRO' set large over 'Health Plan' and an 'Administered by ...' line: the administrator's line is
    no second half of the brand's name, and the brand, written out in the text with a payer's words, is the
    insurer."""
    got = _fields([
        _words(100, (100, "QUENNEL & PEMBRO"), tall=60),
        _words(180, (100, "Care for the glass trades since 1931")),
        _words(230, (100, "Health Plan")),
        _words(280, (100, "Administered by Pemberix Benefit Administrators, Inc.")),
        _words(420, (100, "EXPLANATION OF BENEFITS")),
        _words(480, (100, "Ansel R. Quillby"), (1500, "Member ID: QMB30417722")),
        _words(700, (100, "We did not approve the knee MRI because it was not medically necessary.")),
        _words(3000, (100, "Quennel & Pembro Health Plan is a self-funded plan for the glass trades."))])
    assert got["insurer"] == "Quennel & Pembro Health Plan"


def test_a_review_decision_of_a_weekday_and_date_is_the_notice_date():
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Review decision of Wednesday, March 5, 2031")))
    assert got["denial_date"] == "2031-03-05"
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Remittance of Friday, June 13, 2031")))
    assert got["denial_date"] == "2031-06-13"
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Birth date of 5 May 1961")))
    assert got.get("denial_date") is None  # (guard: another date's caption)
    # (guard: the words before a number are still the case's)
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Review decision QRV-31-4402")))
    assert got.get("denial_date") != "2031-03-05" and got["case_numbers"] == ["QRV-31-4402"]


def test_a_dash_parted_caption_run_into_its_values_in_one_cell_gives_each_part_its_value():
    """'Contract - Claim Q5813-017 - 3197...' in one cell: the last word 'Claim' names the next part's number, not
    the paper the plan's number belongs to."""
    got = _letter(line(300, (100, "Contract - Claim Q5813-017 - 3197046612251")))
    assert got["plan_id"] == "Q5813-017" and got["case_numbers"] == ["3197046612251"]


def test_an_address_block_with_a_flats_line_between_the_name_and_the_street_names_the_member():
    got = _letter(line(300, (100, "Ansel R. Quillby")), line(345, (100, "Flat 7, Quennel Mill")),
                  line(390, (100, "42 Pemberix Row")), line(435, (100, "Dunmore PA 18512")))
    assert got["member_name"] == "Ansel R. Quillby"
    # (guard: a line of words that is no flat's stops the block as before)
    got = _letter(line(300, (100, "Quennel Valley Benefits")), line(345, (100, "Member Services Center")),
                  line(390, (100, "42 Pemberix Row")), line(435, (100, "Dunmore PA 18512")))
    assert got.get("member_name") is None


def test_a_patient_caption_in_capitals_before_an_initialled_name_is_a_caption():
    assert _letter(line(300, (100, "PATIENT IVO T. PEMBERTON")))["member_name"] == "Ivo T. Pemberton"
    assert _letter(line(300, (100, "PATIENT STATEMENT"))).get("member_name") is None  # (guard: a title)


def test_a_fax_comma_for_an_initials_stop_on_a_re_line_keeps_the_name_whole():
    got = _letter(line(300, (100, "Re: Ansel A, Pemberton DOB 02/19/1968 Member ID QX4482913")))
    assert got["member_name"] == "Ansel A. Pemberton"
    assert clean_person("Ansel]. Pemberton") == "Ansel J. Pemberton"
    assert clean_person("PEMBERTON, IVO T") == "Ivo T. Pemberton"  # (guard: the surname-first order stays)


def test_a_name_ends_at_its_sentences_stop_or_before_a_comma_after_it_whole():
    assert clean_person("Ansel H. Quill. Ordered by Dr. Ivo Pemb") == "Ansel H. Quill"
    assert clean_person("Pia W. Pemb, Medicare number") == "Pia W. Pemb"
    assert clean_person("Mrs. Pia Quill") == "Pia Quill"  # (guard: a title's stop)
    assert clean_person("Pia St. Quillby") == "Pia St. Quillby"
    got = _letter(line(300, (100, "Patient: Ansel P. Quillby Client QX4410221")))
    assert got["member_name"] == "Ansel P. Quillby"  # (the next caption, a person's word, cut off the name)


def test_a_statements_guarantor_names_the_member_only_where_no_caption_names_the_patient():
    assert _letter(line(300, (100, "Guarantor: Ivo T. Pemberton")))["member_name"] == "Ivo T. Pemberton"
    got = _letter(line(300, (100, "Guarantor: Ivo T. Pemberton")), line(360, (100, "Patient: Pia L. Pemberton")))
    assert got["member_name"] == "Pia L. Pemberton"


def test_a_remittance_claim_line_led_by_a_captioned_control_number_names_the_refused_claims_patient():
    """'ICN 7731...  LAST, FIRST M  CLIENT ID ...': the control number's caption before it; the refused claim's
    patient is the one its line names."""
    lines = [line(100, (100, "QUENNEL MEDICAID REMITTANCE ADVICE")),
             line(200, (100, "LN SVC FROM SVC THRU PROC UNITS BILLED ALLOWED PAID EOB"))]
    claims = [("ICN 7731337198035 QUILLBY, IVO T CLIENT ID 5110175819", "01 05/04/31 05/04/31 97110 4 172.00 118.44 118.44 Q001",
               "CLAIM TOTAL 172.00 118.44"),
              ("ICN 7731344323318 PEMBERIX, PIA L CLIENT ID 5190408357", "01 05/06/31 05/06/31 92507 1 138.00 0.00 0.00 Q086",
               "CLAIM TOTAL 138.00 0.00"),
              ("ICN 7731391725861 QUENNEL, ANSEL R CLIENT ID 5148960323", "01 05/11/31 05/11/31 97166 1 226.00 142.35 142.35 Q001",
               "CLAIM TOTAL 226.00 142.35")]
    for k, claim in enumerate(claims):
        lines += [line(260 + 140 * k + 40 * j, (100, text)) for j, text in enumerate(claim)]
    lines += [line(760, (100, "Q001 Paid at the Medicaid fee schedule.")),
              line(800, (100, "Q086 Units over the number the prior approval allows; not paid."))]
    got = fields_of(*lines)
    assert got["case_numbers"] == ["7731344323318"] and got["member_name"] == "Pia L. Pemberix"
    assert got["member_id"] == "5190408357"  # (the number after its caption on the claim's line)
    pending = [line(900, (100, "Claims still in process (for your records)")),
               line(940, (100, "ICN"), (500, "Client"), (1000, "Client No."), (1400, "Received"), (1800, "Billed")),
               line(980, (100, "7731352201468"), (500, "QUENNEL, IVO P"), (1000, "5144208816"), (1400, "05/19/2031"),
                    (1800, "233.00"))]
    got = fields_of(*lines, *pending)
    assert got["case_numbers"] == ["7731344323318"] and got["member_id"] == "5190408357"  # (claims not yet decided
    # are others', none of them this paper's)


def test_a_spanish_contract_plan_caption_names_the_plan_but_a_members_length_contract_does_not():
    got = _letter(line(300, (100, "CONTRATO-PLAN")), line(345, (100, "Q5813-017")))
    assert got["plan_id"] == "Q5813-017"
    assert _letter(line(300, (100, "Contrato: 51627384-02"))).get("plan_id") is None  # (guard: the subscriber's)


def test_a_cover_that_says_the_papers_behind_it_are_attached_is_the_stacks_cover():
    from intake.split import page_features

    from tests.test_reading_rules_er import _top_page

    cover = _top_page("06/11/2031 10:52 FROM PEMB CHAPTER CLERK (555) 555-0163 TO QUENNEL EVENTS 5555550168 PAGE 1/4",
                      "FAX", "Pia Ansel, steward", "Quennel Events Ltd.", "4 counting this one",
                      "Hello - our member fell at your party. Her plan's letter and her statement are attached so you",
                      "can see she is covered. Please send the claim to your insurer.")
    assert page_features(cover, cached_rules()).cover
    letter = _top_page("Quennel Events Ltd.", "Dear Ansel Quillby:", "The report is attached to this letter for you.")
    assert not page_features(letter, cached_rules()).cover  # (guard: a letter's own enclosure line)


def test_after_a_letter_that_said_it_ended_the_same_senders_next_paper_is_a_document_of_its_own():
    """'Page 2 of 2', then a page under the same letterhead again (the plan's season statement after its letter):
    no enclosure of the letter; a page with no letterhead after it still is."""
    from dataclasses import replace

    from intake.split import PageFeatures, plan_split

    letter = PageFeatures(1, opener=True, addressed=True, header="quennelhealthplan", page_of=(1, 1))
    statement = PageFeatures(2, opener=True, header="quennelhealthplan", addressed=False)
    assert plan_split([letter, statement]) == [[1], [2]]
    policy = replace(statement, opener=False, header="medicalpolicyqp-114")
    assert plan_split([letter, policy]) == [[1, 2]]  # (guard: an enclosure stays)


def test_a_claims_line_of_captions_run_into_codes_under_its_total_does_not_end_the_claims_column():
    """'Plan QX-B7 Grp QGP-2750 Rcvd ... Rendering: ...' under each claim's total: the claim's detail line, and the
    next claim's row follows; the refused claim further down is still read."""
    def claim(y, number, person, member, day, billed, paid, code, group):
        return [_words(y, (150, number), (470, person), (860, member), (1150, day), (1400, "99213"), (1620, billed),
                       (1850, paid), (2100, code)),
                _words(y + 100, (470, "Claim total"), (1620, billed), (1850, paid)),
                _words(y + 150, (470, f"Plan QX-B7 Grp {group} Rcvd 05/02/31"), (1100, "Rendering: Ivo T. Pemb, MD"))]
    rows = [_words(100, (100, "Pemberix Plan Services, Inc.")), _words(200, (100, "PROVIDER REMITTANCE ADVICE")),
            _words(500, (150, "Claim no."), (470, "Patient"), (860, "Member no."), (1150, "Service date"),
                   (1400, "Code"), (1620, "Billed"), (1850, "Paid"), (2100, "Adj"))]
    rows += claim(570, "QPS31204-5521", "QUILLBY, ANSEL R", "QM512093377", "2031-05-03", "142.00", "88.40", "CO-45", "QGP-2750")
    rows += claim(800, "QPS31207-3380", "PEMBERIX, PIA L", "QM630184452", "2031-05-05", "275.00", "0.00", "CO-18", "QGP-6183")
    rows += [_words(1100, (100, "CO-45 Over the fee schedule.")),
             _words(1150, (100, "CO-18 Billed twice; the first claim was already paid."))]
    got = _fields(rows)
    assert got["case_numbers"] == ["QPS31207-3380"] and got["member_name"] == "Pia L. Pemberix"
    assert got["group_number"] == "QGP-6183"  # (the refused claim's detail line is the claim's own)


def test_home_made_cover_notes_with_cut_short_captions_are_the_stacks_covers():
    """Typed or lettered by hand: 'Attn', 'Frm', '# of pgs four', a count in words with 'this one', a phone-message
    slip on top; none of them says 'Fax cover' or 'Pages:'."""
    from intake.split import page_features

    from tests.test_reading_rules_er import _top_page

    notes = [("06/14/2031 08:22 QUILLBY 555 555 0191 P,1/3", "To: Quennel Early Intervention", "Attn Ms. Pia Pemb",
              "Frm Ansel Quillby (her dad)", "# of pgs three", "Re:Ivo letters from the plan", "Hello - see the letters behind this."),
             ("Quennel Tyre Shop - While You Were Out", "ATTN Welfare desk", "from Pia Quill",
              "RE:Ivo's knee letters", "Please ring me about the two letters."),
             ("Quennel Public Library", "FAX", "Attn billing office", "Frm: Pia Quill (niece)",
              "Re:Ivo Quill's claims", "three pages with this one", "thanks")]
    for texts in notes:
        assert page_features(_top_page(*texts), cached_rules()).cover, texts[0]
    letter = _top_page("Quennel Health Plan", "PROVIDER NOTICE OF ADVERSE DETERMINATION", "Date sent 14-FEB-2031",
                       "Attention Ivo P. Pemb, MD / Quennel Urology", "Member name Ansel Quillby", "Member ID QX55190273",
                       "Case number QV-UM-3390412", "Determination DENIED", "Fax 1-555-010-4477")
    assert not page_features(letter, cached_rules()).cover  # (guard: a provider's notice with an 'Attention' line)


def test_an_l_read_as_an_i_still_makes_a_caption_word_in_ocr_text():
    """'QVS-A pian' under 'QBP-3600 group' beside the address block: OCR's 'pian' is 'plan' (OCR'd words only)."""
    from intake.extract.lexicon import lexicon_of

    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "QX40577812 member no")),
                  line(345, (100, "42 Pemberix Row"), (1300, "QBP-3600 group")),
                  line(390, (100, "Dunmore PA 18512"), (1300, "QVS-A pian")))
    assert got["plan_id"] == "QVS-A" and got["group_number"] == "QBP-3600"
    lex = lexicon_of(cached_rules())
    assert lex.word_classes("Ciaim", 0.8) == lex.word_classes("Claim")
    assert lex.word_classes("Ciaim", 1.0) is None  # (guard: a text layer's word is as printed)


def test_a_number_beside_the_word_card_is_the_members_where_no_caption_names_it():
    got = _letter(line(300, (100, "Ansel Quillby · card QX 5120 9934 · statement of 04/21/2031 · page 2")))
    assert got["member_id"].replace(" ", "") == "QX51209934"
    got = _letter(line(300, (100, "Member ID: QMB30417722")), line(360, (100, "card QX 5120 9934")))
    assert got["member_id"] == "QMB30417722"  # (guard: a member's caption outranks the card's word)


def test_a_name_in_running_text_cut_after_its_initial_goes_on():
    """'... con Pia M.' + next line 'Quillby, MD el ...'; '... with Ivo D, Pemberlin, DPT, on ...' (a fax's comma
    for the stop): the whole name, not its first name and initial."""
    got = _letter(line(300, (100, "Dear Ansel Quillby:")),
                  line(360, (100, "We looked at the claim for your therapy visits with Ivo D, Pemberlin, DPT,")),
                  line(400, (100, "on June 9, 2031. We will not pay it: your coverage had ended by then.")))
    assert got["provider"].startswith("Ivo D. Pemberlin")
    got = _letter(line(300, (100, "Estimada Ansel Quillby:")),
                  line(360, (100, "Quennel Dermatology nos mandó la factura por la visita de su hijo con Pia M.")),
                  line(400, (100, "Quillby, MD el 9 de junio de 2031. No la pagaremos: faltaba la remisión de su médico.")))
    assert got["provider"].startswith("Pia M. Quillby")


def test_a_letter_spaced_wordmark_broken_by_ocr_is_read_as_the_text_prints_it():
    from intake.extract.insurer import _respaced

    text = "Q U ENNEL\nD EN TAL CARE PROG RAM\nWrite to the Quennel Dental Care Program office."
    assert _respaced("D EN TAL CARE PROG RAM", text) == "Dental Care Program"
    assert _respaced("Pemberix Health Plan", text) == "Pemberix Health Plan"  # (guard: a name whole as printed)


def test_a_wordmarks_second_half_opening_with_an_ampersand_is_no_insurers_name():
    got = _fields([
        _words(100, (100, "QUILLBY"), tall=60), _words(190, (100, "& PEMB"), tall=60),
        _words(300, (100, "Quillby & Pemb Glass Workers Health Plan - a union trust")),
        _words(350, (100, "Fund Office - 77 Quarry Lane - Dunmore, PA 18512")),
        _words(480, (100, "Ansel R. Quillby"), (1500, "Member ID: QMB30417722")),
        _words(700, (100, "We did not approve the knee MRI because it was not medically necessary."))])
    assert got["insurer"] == "Quillby & Pemb Glass Workers Health Plan"
