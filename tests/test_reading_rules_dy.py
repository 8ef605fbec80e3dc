"""Reading rules from session 45 (round DY), each a general one (words placed as OCR or a text layer would place
them; invented values)."""

from __future__ import annotations

from dataclasses import replace

from tests.test_kv import fields_of, line


def test_a_caption_id_a_fax_read_as_ten():
    """'Member 10  Group  Claim #' over a row of values: the fax read the caption's 'ID' as '10'."""
    got = fields_of(line(300, (100, "Member 10"), (700, "Group"), (1000, "Claim #"), (1400, "Service date"),
                         (1900, "Billed")),
                    line(340, (100, "QXM656960562"), (700, "88825"), (1000, "3108F9739460"),
                         (1400, "March 29, 2031"), (1900, "$736.08")))
    assert got["member_id"] == "QXM656960562" and got["case_numbers"] == ["3108F9739460"]


def test_a_ten_with_a_number_after_it_is_no_caption_id():
    """A guard: 'Group 10-4417' and 'Member 10 3868199' keep their numbers; '10' is read as 'ID' only where no
    number follows it in the cell."""
    got = fields_of(line(300, (100, "Group 10-4417")))
    assert got.get("group_number") == "10-4417"


def test_a_remit_date_in_a_remittances_header_row():
    """'PAYEE  TIN  REMIT DATE  EFT TRACE' over the payee's row: the remit date dates the remittance (a fax left a
    quote mark before 'REMIT')."""
    got = fields_of(line(300, (100, "PAYEE"), (900, "TIN"), (1400, "\u201cREMIT DATE"), (1900, "EFT TRACE")),
                    line(340, (100, "Example Home Medical Supply"), (900, "31-7112067"), (1400, "05/12/2031"),
                         (1900, "394195349369")))
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
    got = fields_of(line(300, (100, "You appealed our refusal to pay Example Medical Supply $2,053.28 for a lift "
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
    """'ABC 6804 9523 Z': the letter after the digit groups is the ID's last character."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("ABC 6804 9523 Z")] == ["ABC68049523Z"]
    got = fields_of(line(300, (100, "Enrollee No.: QXR 6804 9523 Z")))
    assert got["member_id"] in ("QXR68049523Z", "QXR 6804 9523 Z")


def test_a_letter_opening_a_word_after_an_id_stays_apart():
    """A guard: 'ID 9643 2706 A. We ...' and 'QX 96432706 I am': the letter before a word is no part of the ID."""
    from intake.extract.ids import find_ids

    assert [t for t, _, _ in find_ids("ID 9643 2706 A. We paid")] == ["96432706"]
    assert [t for t, _, _ in find_ids("QX 96432706 I am")] == ["QX96432706"]


def test_claim_numbers_opening_rows_are_no_note_codes():
    """'C26-7511... Example Hospital ... CO-50' in a claims table: the row's claim number opens it, no legend's
    code, so only the row citing a denying code is the refused one."""
    head = line(300, (100, "Claim"), (500, "Provider"), (1000, "Dates"), (1400, "Billed"), (1700, "Plan paid"),
                (2000, "Code"))
    rows = [line(340, (100, "C31-828915523"), (500, "Example Behavioral Hospital"), (1000, "04/06/2031"),
                 (1400, "2,304.04"), (1700, "407.77"), (2000, "A1")),
            line(380, (100, "C31-390417045"), (500, "Example Behavioral Hospital"), (1000, "04/13/2031"),
                 (1400, "6,133.48"), (1700, "0.00"), (2000, "CO-50")),
            line(420, (100, "C31-938521940"), (500, "Example Laboratory"), (1000, "04/06/2031"),
                 (1400, "98.71"), (1700, "33.67"), (2000, "A1")),
            line(460, (100, "Codes. A1: paid under your plan. CO-50: not medically necessary."))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["C31-390417045"] and got["claim_amount"] == "6133.48"


def test_captions_parted_by_slashes_over_values_parted_by_bars():
    """'Member ID / Group   Claim # / Billed   Svc date / Coverage ended' over 'QX... | QX-31   QX31-732695 |
    $290.17   2031-02-17 | 2031-01-31': each caption part names the value in its place; 'Coverage ended' is read
    by no label, yet its date is no service date."""
    got = fields_of(line(300, (100, "Member ID / Group"), (700, "Claim # / Billed"),
                         (1300, "Svc date / Coverage ended")),
                    line(340, (100, "QXM85587635 | QX-6631"), (700, "QX31-732695-T | $290.17"),
                         (1300, "2031-02-17 | 2031-01-31")))
    assert got["member_id"] == "QXM85587635" and got["group_number"] == "QX-6631"
    assert got["case_numbers"] == ["QX31-732695-T"] and got["claim_amount"] == "290.17"
    assert got["service_dates"] == ["2031-02-17"]


def test_a_justified_sentences_label_over_its_number_on_the_next_line():
    """A photocopy's justified line has wide gaps, so OCR cuts it into cells; still a sentence, whose 'The claim
    number is' at its end labels the number opening the next line."""
    got = fields_of(line(300, (100, "Example Pediatrics"), (460, "wrote the order. The supplier billed"),
                         (1600, "$353.16. The claim"), (2090, "number is")),
                    line(340, (100, "QX31-4827-3065; your child's enrollee number is QXM 5472 6610 B.")))
    assert got["case_numbers"] == ["QX31-4827-3065"]


def _family_statement(second_heading: str) -> list:
    head = [(100, "Claim"), (500, "Provider"), (1000, "Date"), (1300, "Billed"), (1600, "Plan paid"), (1900, "Note")]
    return [line(200, (100, "Example Health Plan")),
            line(240, (100, "Subscriber Ana B. Example | ID QXM73772485")),
            line(300, (100, "Ana B. Example (QXM73772485-01)")), line(340, *head),
            line(380, (100, "W31G71195163"), (500, "Example Family Clinic"), (1000, "04/12/2031"), (1300, "110.96"),
                 (1600, "48.75"), (1900, "A1")),
            line(440, (100, second_heading)), line(480, *head),
            line(520, (100, "W31G32053531"), (500, "Example Family Clinic"), (1000, "04/12/2031"), (1300, "31.28"),
                 (1600, "24.90"), (1900, "A1")),
            line(560, (100, "W31T59185304"), (500, "Example Family Clinic"), (1000, "04/14/2031"), (1300, "83.47"),
                 (1600, "0.00"), (1900, "QM4")),
            line(620, (100, "Notes. Al: paid; you owe the copay. QM4: the records do not show why a second test was")),
            line(650, (100, "needed two days later. The plan paid nothing toward it."))]


def test_a_family_statements_refused_row_names_the_person_heading_its_section():
    """One section per person, each under its own copy of the claims header: the refused row (code QM4, whose
    legend says the plan paid nothing; 'Al' is OCR's 'A1') is the second person's, and so are its name and number."""
    got = fields_of(*_family_statement("Leo C. Example (QXM73772485-02)"))
    assert got["case_numbers"] == ["W31T59185304"] and got["claim_amount"] == "83.47"
    assert got["member_name"] == "Leo C. Example" and got["member_id"] == "QXM73772485-02"


def test_a_section_heading_without_a_number_names_no_member_id():
    """A guard: '(Spouse)' beside the name holds no number; the subscriber's ID stays the member ID."""
    got = fields_of(*_family_statement("Leo C. Example (Spouse)"))
    assert got["member_name"] == "Leo C. Example" and got["member_id"] == "QXM73772485"


def test_a_claim_number_caption_whose_sign_a_fax_read_as_a_dollar():
    """'Claim $' heading a remittance's first column: the fax read the '#' as '$'; the column still holds the
    claims, so the row citing a denying code is the refused one."""
    head = line(300, (100, "Claim $"), (500, "Patient"), (900, "Patient ID"), (1300, "Billed"), (1600, "Paid"),
                (1900, "Adj codes"))
    rows = [line(340, (100, "W31G26434513"), (500, "EXAMPLE, ANA B"), (900, "QXM15588267-01"), (1300, "142.38"),
                 (1600, "188.52"), (1900, "45")),
            line(380, (100, "W31L24815447"), (500, "EXAMPLE, LEO C"), (900, "QXM15588267-02"), (1300, "346.93"),
                 (1600, "0.00"), (1900, "CO-197")),
            line(420, (100, "W31L74484050"), (500, "EXAMPLE, MIA D"), (900, "QXM15588267-03"), (1300, "108.73"),
                 (1600, "110.69"), (1900, "45"))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["W31L24815447"] and got["claim_amount"] == "346.93"
    assert got["member_id"] == "QXM15588267-02"


def test_the_sum_a_program_named_by_its_name_was_asked_to_pay():
    """'asked PACE to pay you back $151.31': the program named by its name, not 'us'; 'asked you to pay $20.29'
    is the member's share, never the claim."""
    got = fields_of(line(300, (100, "You bought the drug at Example Apothecary on March 3, 2031, and asked PACE to "
                                    "pay you back $151.31.")))
    assert got["claim_amount"] == "151.31"
    got = fields_of(line(300, (100, "Example Pharmacy filled your prescription on March 3, 2031 and asked you to pay "
                                    "$20.29 at the counter.")))
    assert got.get("claim_amount") != "20.29"


def test_denial_kinds_said_in_plain_words():
    """No heading names the kind; the reason's own words do."""
    said = {
        "prior_authorization": "We did not hear from the clinic or you until the claim came, so we cannot pay "
                               "these two visits.",
        "out_of_network": "Example Drugs has not signed one, so we cannot pay it for this fill.",
        "timely_filing": "For the fill of March 3, 2031 that time ran out on August 30, 2031, so we cannot pay it "
                         "back.",
        "medical_necessity": "He can keep doing these exercises on his own; a therapist's help is no longer adding "
                             "anything, so we did not pay for these two visits.",
        "not_covered": "The program pays only for care of kidney failure. A hospital stay to treat pneumonia is not "
                       "one of these, so the program cannot pay this claim.",
    }
    for kind, text in said.items():
        assert _classify(text).denial_type == kind, kind


def test_a_remittance_header_with_a_speck_and_an_id_read_1d():
    """'ICN  RECIPIENT  7 MEDICAID 1D  DOS ...': a speck before a caption and 'ID' read '1D' leave the row a
    table's header; its columns give the refused row's recipient number, claim and charge."""
    head = line(300, (100, "ICN"), (500, "RECIPIENT"), (800, "7 MEDICAID 1D"), (1250, "DOS"), (1500, "BILLED"),
                (1800, "PAID"), (2100, "EOB"))
    head.words[2] = replace(head.words[2], conf=0.3)  # the speck
    rows = [line(340, (100, "31-164-7494807"), (500, "Ana B. Example"), (800, "6864735068352"),
                 (1250, "03/25/2031"), (1500, "151.73"), (1800, "108.85"), (2100, "00")),
            line(380, (100, "31-315-6260739"), (500, "Leo C. Example"), (800, "3542928418132"),
                 (1250, "04/05/2031"), (1500, "90.63"), (1800, "0.00"), (2100, "QF7")),
            line(420, (100, "31-265-7859011"), (500, "Mia D. Example"), (800, "3484915981116"),
                 (1250, "03/24/2031"), (1500, "835.60"), (1800, "258.98"), (2100, "00")),
            line(460, (100, "EOB codes. 00: paid. QF7: the program pays only for family planning; this visit is "
                            "refused."))]
    got = fields_of(head, *rows)
    assert got["case_numbers"] == ["31-315-6260739"] and got["member_id"] == "3542928418132"
    assert got["claim_amount"] == "90.63"


def test_a_reason_naming_several_kinds_with_its_outcome_is_no_list_of_kinds():
    """'... has no agreement with us, and a skin rash is not an emergency, so the consult is not covered': a
    reason and its outcome, not the list of kinds a rights insert prints."""
    got = _classify("Why we did not pay. Your plan pays for telehealth visits from doctors in our network. Example "
                    "Virtual Care has no agreement with us, and a skin rash is not an emergency, so the consult is not "
                    "covered at the in-network level.", "You may appeal within 180 days of the date on this letter.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "out_of_network")


def test_a_list_of_kinds_in_a_rights_insert_still_decides_nothing():
    """A guard: 'You may ask for an external review of a denial for medical necessity, experimental treatment or
    a provider outside the network' names kinds and decides none."""
    got = _classify("We paid this claim in full.", "You may ask for an external review of a denial based on medical "
                    "necessity, experimental or investigational treatment, or care from a provider outside the "
                    "network.")
    assert got.denial_type is None


def test_a_legend_entry_of_capitals_after_a_paid_entry_on_one_line():
    """'Notes. Q1: paid under your plan. QZ: not paid. ...': the refusal is QZ's, whose rows it marks, not Q1's."""
    from intake.extract.remarks import legend_entries

    got = legend_entries("Notes. Q1: paid under your plan. QZ: not paid. Example Ambulance took you to dialysis.")
    assert not any("not paid" in t for t in got if t.startswith("Q1"))
    assert any(t.startswith("QZ: not paid") for t in got)


def test_a_row_set_too_tight_for_its_cells_under_a_caption_row():
    """A text layer's value row with gaps too small to part it, under 'SUBSCRIBER  MEMBER ID  GROUP  PLAN
    STATEMENT DATE': each word belongs to the caption it stands under."""
    values = line(340, (190, "Ana B. Example QXD658669689 QX-2268-D Example Dental PPO 2000 May 20, 2031"))
    at = {w.text: w.bbox[0] for w in reversed(values.words)}  # (the first 'Example' is the name's)
    plan_x = [w.bbox[0] for w in values.words if w.text == "Example"][1]
    head = line(300, (190, "SUBSCRIBER"), (at["QXD658669689"], "MEMBER ID"), (at["QX-2268-D"], "GROUP"),
                (plan_x, "PLAN"), (at["May"], "STATEMENT DATE"))
    got = fields_of(head, values)
    assert got["member_id"] == "QXD658669689" and got["group_number"] == "QX-2268-D"
    assert got["denial_date"] == "2031-05-20"


def test_a_claim_already_paid_in_the_sentence_before_its_number_is_an_earlier_one():
    """A guard on the justified sentence's wrap (a line's end labelling the next line's number): 'Ya pagamos esa
    visita con el reclamo' over '99785E774037. ... la registramos como el reclamo 72406E722053': the first number
    is the visit paid before; the duplicate is the second."""
    got = fields_of(line(300, (100, "Ana en Example Pediatric Dentistry."), (1000, "Ya pagamos esa visita"),
                         (1500, "con el reclamo")),
                    line(340, (100, "99785E774037. El consultorio nos mandó la misma visita otra vez, por $168.67, y "
                                    "la")),
                    line(380, (100, "registramos como el reclamo 72406E722053. Como es la misma visita, no la pagamos "
                                    "dos veces.")))
    assert got["case_numbers"] == ["72406E722053"]


def test_a_claim_number_line_over_a_providers_claim_lines_heads_no_persons_section():
    """A guard: 'Claim Number: 3848865544109' over each provider's claim lines on a summary notice is no person
    heading a family section; its number is no member ID."""
    head = [(100, "Date of Service"), (600, "Service Provided"), (1200, "Amount Charged"), (1700, "You May Be Billed")]
    got = fields_of(line(200, (100, "Example Family Medicine")), line(240, (100, "Claim Number: 3848865544109")),
                    line(280, *head),
                    line(320, (100, "03/02/2031"), (600, "Office visit (18987)"), (1200, "$116.54"), (1700, "$0.00")),
                    line(380, (100, "Example Community Hospital")), line(420, (100, "Claim Number: 190119647102")),
                    line(460, *head),
                    line(500, (100, "03/04/2031"), (600, "Chest CT (50969)"), (1200, "$641.11"), (1700, "$641.11")))
    assert got.get("member_id") not in ("3848865544109", "190119647102")


def test_legend_entries_opened_by_a_reason_number_and_its_remark_code():
    """'QD: paid under your plan. 96 N999: not a covered service.' and 'QD: paid ... QP (CARC 22): ...': each code's
    own entry, so the paid code never speaks the refusal."""
    from intake.extract.remarks import legend_entries

    got = legend_entries("Notes. QD: paid under your plan. 96 N999: not a covered service. The booklet lists them.")
    assert "QD: paid under your plan." in got and any(t.startswith("96 N999: not a covered") for t in got)
    got = legend_entries("Notes. QD: paid; members do not owe for covered services. QP (CARC 22): another plan pays "
                         "first.")
    assert any(t.startswith("QP (CARC 22)") for t in got)


def test_a_forms_caption_row_with_a_speck_over_one_value_row_is_no_table():
    """A guard: 'Notice date  Claim number  Reference no, 7  Received' over one row of values, then the next
    caption row: each caption names the value under it, never the next row's (the billing NPI is no case number)."""
    head = line(300, (100, "Notice date"), (600, "Claim number"), (1100, "Reference no, 7"), (1600, "Received"))
    head.words[6] = replace(head.words[6], conf=0.3)  # the speck
    got = fields_of(head,
                    line(340, (100, "03/27/2031"), (600, "E8445901184"), (1100, "PR-31-863755"), (1600, "03/17/2031")),
                    line(380, (100, "Billing provider"), (1100, "Billing NPI"), (1600, "Tax ID")),
                    line(420, (100, "Example Nutrition Partners"), (1100, "2801280924"), (1600, "41-7236008")))
    assert "E8445901184" in got["case_numbers"] and "2801280924" not in got["case_numbers"]


def test_spanish_charges_said_in_a_sentence():
    """'La farmacia nos cobró US$ 3.617,40 por el medicamento': the charge, written the Spanish way."""
    got = fields_of(line(100, (100, "Plan de Salud Ejemplo")), line(170, (100, "6 de mayo de 2031")),
                    line(240, (100, "La farmacia nos cobró US$ 3.617,40 por el medicamento. No pagamos este "
                                    "reclamo.")))
    assert got["claim_amount"] == "3617.40"


def test_a_plans_name_with_a_street_word_is_no_address():
    """'Example Lane Dental Insurance Company' heads the letter: a street word without a house number before it is
    part of a name; '100 Example Lane' is an address."""
    got = fields_of(line(100, (100, "Example Lane Dental Insurance Company")),
                    line(150, (100, "Member Services | PO Box 100, Example City MI 82070 | 888-555-0100")),
                    line(200, (100, "April 1, 2031")), line(300, (100, "Dear Ana B. Example:")),
                    line(360, (100, "We did not pay the claim for the crown.")))
    assert got["insurer"] == "Example Lane Dental Insurance Company"
    got = fields_of(line(100, (100, "Example Health Plan")), line(150, (100, "450 Example Way")),
                    line(200, (100, "April 1, 2031")), line(300, (100, "Dear Ana B. Example:")),
                    line(360, (100, "We did not pay the claim.")))
    assert got["insurer"] == "Example Health Plan"


def test_a_patient_column_name_with_the_persons_suffix():
    """'Ana B. Example (-02)' in a family statement's patient column: the refused row's patient, the suffix apart."""
    head = line(300, (100, "Claim #"), (500, "Patient (sfx)"), (1000, "Svc date"), (1300, "Billed"),
                (1600, "Plan paid"), (1900, "Rmk"))
    rows = [line(340, (100, "QC4958255061"), (500, "Bea C. Example (-01)"), (1000, "04/13/2031"), (1300, "128.45"),
                 (1600, "84.07"), (1900, "A1")),
            line(380, (100, "QC9001912313"), (500, "Ana B. Example (-02)"), (1000, "04/01/2031"), (1300, "179.09"),
                 (1600, "0.00"), (1900, "QL")),
            line(420, (100, "Remarks. A1: paid under your plan. QL: not paid; the lifetime maximum is used up."))]
    got = fields_of(line(200, (100, "Subscriber"), (700, "Subscriber ID")),
                    line(240, (100, "Bea C. Example"), (700, "QCD206821692")), head, *rows)
    assert got["case_numbers"] == ["QC9001912313"] and got["member_name"] == "Ana B. Example"


def test_nobody_gave_approval_is_a_prior_authorization_refusal():
    """'... must be approved by us before it is done. Dr. Ana Example did not call us, and the center did not ask
    either, so nobody gave approval for this scan.': the approval asked for first and never sought."""
    got = _classify("An MRI done outside an emergency room must be approved by us before it is done. Dr. Ana Example "
                    "did not call us, and Example Imaging Center did not ask either, so nobody gave approval for this "
                    "scan.", "File an appeal within 180 days of the date on this notice.")
    assert (got.document_type, got.denial_type) == ("denial_letter", "prior_authorization")


def test_a_fill_told_with_what_was_filled_before_its_day():
    """'Example Apothecary filled a 30-day supply of sumatriptan tablets for you on February 14, 2031': the fill's
    day; 'last filled on' names an earlier fill."""
    got = fields_of(line(300, (100, "Example Apothecary filled a 30-day supply of sumatriptan 100 mg tablets for you "
                                    "on")),
                    line(340, (100, "February 14, 2031, 27 tablets instead of the 9 a month your plan allows.")))
    assert got["service_dates"] == ["2031-02-14"]


def test_the_days_a_provider_asked_the_plan_to_pay_for():
    """'Dr. Ana Example asked us to pay for your son to spend a week at Example Camp from Sunday, June 14 through
    Saturday, June 20, 2031': the care asked for and its days."""
    got = fields_of(line(300, (100, "Dr. Example asked us to pay for your son to spend a week at Example Camp from "
                                    "Sunday, June 14")),
                    line(340, (100, "through Saturday, June 20, 2031. We cannot pay for camp.")))
    assert got["service_dates"] == ["2031-06-14/2031-06-20"]
