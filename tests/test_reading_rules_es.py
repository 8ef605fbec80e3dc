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
        _words(180, (100, "The health plan of the glass trades")),
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
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Remittance of Thursday, May 14, 2031")))
    assert got["denial_date"] == "2031-05-14"
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Birth date of 5 May 1961")))
    assert got.get("denial_date") is None  # (guard: another date's caption)
    # (guard: the words before a number are still the case's)
    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "Review decision QRV-31-4402")))
    assert got.get("denial_date") != "2031-03-05" and got["case_numbers"] == ["QRV-31-4402"]


def test_a_dash_parted_caption_run_into_its_values_in_one_cell_gives_each_part_its_value():
    """'Contract - Claim Q4729-031 - 3197...' in one cell: the last word 'Claim' names the next part's number, not
    the paper the plan's number belongs to."""
    got = _letter(line(300, (100, "Contract - Claim Q4729-031 - 3197046612251")))
    assert got["plan_id"] == "Q4729-031" and got["case_numbers"] == ["3197046612251"]


def test_an_address_block_with_a_flats_line_between_the_name_and_the_street_names_the_member():
    got = _letter(line(300, (100, "Ansel R. Quillby")), line(345, (100, "Studio 4, The Old Quennel Mill")),
                  line(390, (100, "19 Pemberix Reach")), line(435, (100, "Dunmore PA 18512")))
    assert got["member_name"] == "Ansel R. Quillby"
    # (guard: a line of words that is no flat's stops the block as before)
    got = _letter(line(300, (100, "Quennel Valley Benefits")), line(345, (100, "Member Services Center")),
                  line(390, (100, "19 Pemberix Reach")), line(435, (100, "Dunmore PA 18512")))
    assert got.get("member_name") is None


def test_a_patient_caption_in_capitals_before_an_initialled_name_is_a_caption():
    assert _letter(line(300, (100, "PATIENT IVO T. PEMBERTON")))["member_name"] == "Ivo T. Pemberton"
    assert _letter(line(300, (100, "PATIENT STATEMENT"))).get("member_name") is None  # (guard: a title)


def test_a_fax_comma_for_an_initials_stop_on_a_re_line_keeps_the_name_whole():
    got = _letter(line(300, (100, "Re: Colin A, Pemberton DOB 11/05/1972 Member ID QX2506865")))
    assert got["member_name"] == "Colin A. Pemberton"
    assert clean_person("Giorgi]. Pemberton") == "Giorgi J. Pemberton"
    assert clean_person("PEMBERTON, IVO T") == "Ivo T. Pemberton"  # (guard: the surname-first order stays)


def test_a_name_ends_at_its_sentences_stop_or_before_a_comma_after_it_whole():
    assert clean_person("Ansel H. Quill. Ordered by Dr. Ivo Pemb") == "Ansel H. Quill"
    assert clean_person("Marisol W. Pemb, Medicare number") == "Marisol W. Pemb"
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
    pending = [line(900, (100, "Claims received and still in process (no action needed)")),
               line(940, (100, "ICN"), (500, "Client"), (1000, "Client No."), (1400, "Received"), (1800, "Billed")),
               line(980, (100, "7731396884579"), (500, "QUENNEL, IVO P"), (1000, "5130651772"), (1400, "05/06/2031"),
                    (1800, "412.00"))]
    got = fields_of(*lines, *pending)
    assert got["case_numbers"] == ["7731344323318"] and got["member_id"] == "5190408357"  # (claims not yet decided
    # are others', none of them this paper's)


def test_a_spanish_contract_plan_caption_names_the_plan_but_a_members_length_contract_does_not():
    got = _letter(line(300, (100, "CONTRATO-PLAN")), line(345, (100, "Q4729-031")))
    assert got["plan_id"] == "Q4729-031"
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
    """'Plan QX-1 Grp QG-31 Rcvd ... Rendering: ...' under each claim's total: the claim's detail line, and the
    next claim's row follows; the refused claim further down is still read."""
    def claim(y, number, person, member, day, billed, paid, code, group):
        return [_words(y, (150, number), (470, person), (860, member), (1150, day), (1400, "99213"), (1620, billed),
                       (1850, paid), (2100, code)),
                _words(y + 100, (470, "Claim total"), (1620, billed), (1850, paid)),
                _words(y + 150, (470, f"Plan QX-D1 Grp {group} Rcvd 04/20/31"), (1100, "Rendering: Ivo T. Pemb, MD"))]
    rows = [_words(100, (100, "Pemberix Plan Services, Inc.")), _words(200, (100, "PROVIDER REMITTANCE ADVICE")),
            _words(500, (150, "Claim no."), (470, "Patient"), (860, "Member no."), (1150, "Service date"),
                   (1400, "Code"), (1620, "Billed"), (1850, "Paid"), (2100, "Adj"))]
    rows += claim(570, "QPS31110-4417", "QUILLBY, ANSEL R", "QM886451260", "2031-04-14", "168.00", "77.12", "CO-45", "QGP-3318")
    rows += claim(800, "QPS31109-2086", "PEMBERIX, PIA L", "QM704549713", "2031-04-16", "396.00", "0.00", "CO-18", "QGP-4402")
    rows += [_words(1100, (100, "CO-45 The charge is more than the fee schedule.")),
             _words(1150, (100, "CO-18 This exact service was billed before and has already been processed (a duplicate)."))]
    got = _fields(rows)
    assert got["case_numbers"] == ["QPS31109-2086"] and got["member_name"] == "Pia L. Pemberix"
    assert got["group_number"] == "QGP-4402"  # (the refused claim's detail line is the claim's own)


def test_home_made_cover_notes_with_cut_short_captions_are_the_stacks_covers():
    """Typed or lettered by hand: 'Attn', 'Frm', '# of pgs four', a count in words with 'this one', a phone-message
    slip on top; none of them says 'Fax cover' or 'Pages:'."""
    from intake.split import page_features

    from tests.test_reading_rules_er import _top_page

    notes = [("04/10/2031 19:07 QUILLBY 555 555 0148 P,1/4", "To: Quennel Early Intervention", "Attn Ms. Pia Pemb",
              "Frm Ansel Quillby (his mom)", "# of pgs four", "Re:Ivo hearing aid letter + bill", "Hi - here is what came."),
             ("Pemberix Auto Body - While You Were Out", "ATTN Benefits Rep - Local 11 hall", "from Pia Quill",
              "RE:Ivo's ankle surgery + the bill", "Can you call me about these 2 letters?"),
             ("Quennel Public Library", "FAX", "Attn medical bill dept.", "Frm: Pia Quill (daughter)",
              "Re:my father Ivo Quill - bills", "four pages with this one", "pls call me")]
    for texts in notes:
        assert page_features(_top_page(*texts), cached_rules()).cover, texts[0]
    letter = _top_page("Quennel Health Plan", "PROVIDER NOTICE OF ADVERSE DETERMINATION", "Date sent 25-JAN-2031",
                       "Attention Ivo P. Pemb, MD / Quennel Urology", "Member name Ansel Quillby", "Member ID QX13064109",
                       "Case number QV-UM-8127551", "Determination DENIED", "Fax 1-555-614-2291")
    assert not page_features(letter, cached_rules()).cover  # (guard: a provider's notice with an 'Attention' line)


def test_an_l_read_as_an_i_still_makes_a_caption_word_in_ocr_text():
    """'QVS-A pian' under 'QBP-3600 group' beside the address block: OCR's 'pian' is 'plan' (OCR'd words only)."""
    from intake.extract.lexicon import lexicon_of

    got = _letter(line(300, (100, "Ansel R. Quillby"), (1300, "QX40577812 member no")),
                  line(345, (100, "19 Pemberix Reach"), (1300, "QBP-3600 group")),
                  line(390, (100, "Dunmore PA 18512"), (1300, "QVS-A pian")))
    assert got["plan_id"] == "QVS-A" and got["group_number"] == "QBP-3600"
    lex = lexicon_of(cached_rules())
    assert lex.word_classes("Ciaim", 0.8) == lex.word_classes("Claim")
    assert lex.word_classes("Ciaim", 1.0) is None  # (guard: a text layer's word is as printed)


def test_a_number_beside_the_word_card_is_the_members_where_no_caption_names_it():
    got = _letter(line(300, (100, "Ansel Quillby · card QX 7784 0170 · statement of 03/16/2031 · page 2")))
    assert got["member_id"].replace(" ", "") == "QX77840170"
    got = _letter(line(300, (100, "Member ID: QMB30417722")), line(360, (100, "card QX 7784 0170")))
    assert got["member_id"] == "QMB30417722"  # (guard: a member's caption outranks the card's word)


def test_a_name_in_running_text_cut_after_its_initial_goes_on():
    """'... con Pia M.' + next line 'Quillby, MD el ...'; '... with Ivo D, Pemberlin, DPT, on ...' (a fax's comma
    for the stop): the whole name, not its first name and initial."""
    got = _letter(line(300, (100, "Dear Ansel Quillby:")),
                  line(360, (100, "Quennel Family Clinic sent us a claim for your therapy visits with Ivo D, Pemberlin, DPT,")),
                  line(400, (100, "on April 1, 2031. The plan cannot pay it, because you were not covered on that day.")))
    assert got["provider"].startswith("Ivo D. Pemberlin")
    got = _letter(line(300, (100, "Estimada Ansel Quillby:")),
                  line(360, (100, "Recibimos una reclamación de Quennel Dermatology por la consulta de su hija con Pia M.")),
                  line(400, (100, "Quillby, MD el 6 de mayo de 2031. No podemos pagarla porque no tenía una remisión.")))
    assert got["provider"].startswith("Pia M. Quillby")


def test_a_letter_spaced_wordmark_broken_by_ocr_is_read_as_the_text_prints_it():
    from intake.extract.insurer import _respaced

    text = "QUENNEL EX POS U RE\nM E DICAL CARE PROG RAM\nWrite to the Quennel Exposure Medical Care Program office."
    assert _respaced("M E DICAL CARE PROG RAM", text) == "Medical Care Program"
    assert _respaced("Pemberix Health Plan", text) == "Pemberix Health Plan"  # (guard: a name whole as printed)


def test_a_wordmarks_second_half_opening_with_an_ampersand_is_no_insurers_name():
    got = _fields([
        _words(100, (100, "QUILLBY"), tall=60), _words(190, (100, "& PEMB"), tall=60),
        _words(300, (100, "Quillby & Pemb Stone Trades Health Plan - a Taft-Hartley trust fund")),
        _words(350, (100, "Fund Office - 1180 Banker Street, Suite 300 - Dunmore, PA 18512")),
        _words(480, (100, "Ansel R. Quillby"), (1500, "Member ID: QMB30417722")),
        _words(700, (100, "We did not approve the knee MRI because it was not medically necessary."))])
    assert got["insurer"] == "Quillby & Pemb Stone Trades Health Plan"
