"""Reading rules from session 58 (captions after their values in barred boxes, hyphenated label words, claims
headed by their bare number, a claims table carried over a page break, a plan's letter code in a footer's cell),
each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.claims import all_left_to_pay
from intake.extract.lexicon import lexicon_of
from intake.rules import cached_rules
from tests.test_kv import fields_of, line
from tests.test_reading_rules_en import _two_pages  # (two pages of placed words, the second numbered 2)


def _classes(word: str) -> frozenset | None:
    return lexicon_of(cached_rules()).word_classes(word)


def test_label_words_joined_by_a_hyphen_are_those_words():
    assert _classes("Member-ID") == _classes("Member") | _classes("ID")
    assert _classes("Claim-No.") == _classes("Claim") | _classes("No.")


def test_a_persons_word_heading_a_compound_still_names_that_person():
    """A co-operative's 'member-owner': the member."""
    assert _classes("member-owner") == _classes("member")


def test_a_guard_a_compound_of_unknown_words_or_a_connector_is_no_label_word():
    assert _classes("well-child") is None
    assert _classes("out-of-network") is None
    assert _classes("owner-member") is None  # (only a person's word heading the compound names the person)


def test_a_hyphenated_member_caption_names_the_member_number():
    got = fields_of(line(300, (100, "Member-ID: QXR4821143")))
    assert got["member_id"] == "QXR4821143"


def test_captions_after_their_values_in_barred_boxes():
    """'| value | caption | value | caption': each caption names the value in the box before it, the bars setting
    the two apart (no run of rows needed)."""
    got = fields_of(
        line(200, (100, "Quennel Long-Term Care Claims")),
        line(300, (100, "| Ansel R. Quillby | insured"), (1200, "| QPW99997335 | policy no.")),
        line(360, (100, "| QLC-31-15765 | claim"), (1200, "| Pemberix Home Care | billed by")))
    assert got["member_id"] == "QPW99997335"


def test_a_guard_a_caption_before_its_value_in_a_barred_box_is_read_as_before():
    got = fields_of(line(300, (100, "| Member ID | QXR4821143 |"), (1200, "| Group | QG-5521 |")))
    assert got["member_id"] == "QXR4821143"


def test_a_plan_code_of_letters_captioned_after_it():
    """'QX-LC plan' in a column of values each captioned after it: the plan's code, though it has no figure."""
    got = fields_of(
        line(200, (100, "Quennel Trades Health Plan")),
        line(300, (100, "Ansel R. Quillby"), (1300, "Ansel R. Quillby participant")),
        line(340, (100, "12 Example Road"), (1300, "QX31-568701 member no.")),
        line(380, (1300, "QX-LC plan")),
        line(420, (1300, "QG-7162 group")))
    assert got["plan_id"] == "QX-LC"
    assert got["member_id"] == "QX31-568701"


def _headed(y: int, number: str, provider: str, person: str) -> object:
    return line(y, (100, f"{number} \u00b7 inv. QI-{number[-4:]} \u00b7 {provider} \u00b7 insured {person}"))


def test_claims_headed_by_their_bare_number_and_closed_by_a_claim_total():
    """No 'Claim' caption anywhere over the claims: each opens with its number and closes on 'Claim total', so the
    refused one (its rows paid nothing) gives the case number and the amount."""
    got = fields_of(
        line(100, (100, "Quennel Long-Term Care Insurance Company")),
        line(200, (100, "Dates of care"), (700, "Service"), (1500, "Charged"), (1800, "Benefit paid"), (2100, "Note")),
        _headed(260, "QLC-31-64099", "Pemberix Home Care", "Ansel R. Quillby"),
        line(300, (100, "03/02/31-03/08/31"), (700, "Home health aide"), (1500, "840.00"), (1800, "840.00"),
             (2100, "Q1")),
        line(340, (100, "Claim total"), (1500, "840.00"), (1800, "840.00")),
        _headed(400, "QLC-31-82494", "Quillby Adult Day Center", "Pia L. Quillby"),
        line(440, (100, "03/03/31"), (700, "Adult day care, full day"), (1500, "96.00"), (1800, "0.00"),
             (2100, "Q7")),
        line(480, (100, "Claim total"), (1500, "96.00"), (1800, "0.00")),
        line(600, (100, "Q1 Paid in full under your daily benefit.")),
        line(640, (100, "Q7 Not paid: adult day care is not covered under a facility-only policy.")))
    assert got["case_numbers"] == ["QLC-31-82494"]
    assert got["claim_amount"] == "96.00"


def test_all_left_to_pay_is_nothing_paid_and_the_whole_charge_owed():
    assert all_left_to_pay([4380.0, 0.0, 4380.0])
    assert not all_left_to_pay([172.0, 118.0, 30.0])
    assert not all_left_to_pay([96.0, 0.0, 12.0])  # (part of it owed: a deductible's share, no refusal)


TABLE = ((100, "Date"), (400, "Claim"), (800, "Patient"), (1250, "What was done"), (1900, "Charged"),
         (2100, "Paid"), (2300, "You owe"))


def _row(y: int, day: str, claim: str, person: str, what: str, charged: str, paid: str, owe: str):
    return line(y, (100, day), (400, claim), (800, person), (1250, what), (1900, charged), (2100, paid), (2300, owe))


def test_a_claims_table_carried_over_a_page_break_keeps_its_refused_row():
    """The table runs off page 1 and goes on under page 2's running header with no captions: the one row there
    that paid nothing and leaves the whole charge owed is the refused claim's, its patient a dependant."""
    first = [line(100, (100, "Quennel Harbor Health Plan")),
             line(160, (100, "Household Claims Statement"), (1500, "Statement date 06/12/2031")),
             line(220, (100, "ANSEL R. QUILLBY"), (1500, "Member ID QXH8761484")),
             line(300, (100, "Charged by providers"), (900, "You may owe")),
             line(340, (100, "$1,917.00"), (900, "$1,432.00")),
             line(400, *TABLE)]
    rows = [("04/02/2031", "QW2925475741", "Ansel R. Quillby", "Office visit", "172.00", "118.00", "30.00"),
            ("04/09/2031", "QW4087336931", "Pia L. Quillby", "Screening", "312.00", "312.00", "0.00"),
            ("04/16/2031", "QW5873463661", "Ansel R. Quillby", "Eye exam", "160.00", "160.00", "0.00"),
            ("04/30/2031", "QW1681747880", "Ivo T. Quillby", "Hearing test", "160.00", "112.00", "0.00")]
    first += [_row(460 + 40 * k, *r) for k, r in enumerate(rows)]
    first.append(line(3100, (1100, "Page 1 of 2")))
    second = [line(100, (100, "QUILLBY, ANSEL R \u00b7 Member QXH8761484 \u00b7 statement of 06/12/2031")),
              _row(160, "05/26/2031", "QW2332624087", "Ivo T. Quillby", "Hearing aids", "1,113.00", "0.00",
                   "1,113.00"),
              line(200, (100, "Totals for this statement"), (1900, "1,917.00"), (2100, "702.00"), (2300, "1,143.00"))]
    got = _two_pages(first, second)
    assert got["case_numbers"] == ["QW2332624087"]
    assert got["member_name"] == "Ivo T. Quillby"
    assert got["claim_amount"] == "1113.00"


def test_barred_boxes_read_as_one_cell_give_each_caption_its_own_box():
    """'| | QXP-1 | | QR-31-2174 |' OCR ran together over 'plan' and 'review number': the bars part the boxes."""
    got = fields_of(
        line(200, (100, "Quennel Trades Health Plan")),
        line(300, (100, "| Ansel R. Quillby |"), (700, "| | QXH6586588 |"), (1100, "| | QXP-1 | | QR-31-192044 |")),
        line(340, (110, "participant"), (720, "participant ID"), (1120, "plan"), (1420, "review number")))
    assert got["plan_id"] == "QXP-1"
    assert got["case_numbers"] == ["QR-31-192044"]
    assert got["member_id"] == "QXH6586588"


def test_a_column_of_values_each_with_its_caption_in_the_cell_right_of_it():
    """Values in one column, their captions in the next (beside the address block): each caption names the value
    on its row, not the value under it."""
    got = fields_of(
        line(100, (100, "Quennel Valley Health Plan")),
        line(300, (100, "Ansel R. Quillby"), (1250, "QV-89107865"), (1860, "member no")),
        line(340, (100, "12 Example Road"), (1250, "QK-QVH-31"), (1860, "Quennel plan code")),
        line(380, (100, "Quennelton, QA 48085"), (1250, "March 31, 2031"), (1830, "| date of this summary")),
        line(420, (1250, "QS-2563-1911"), (1860, "summary no")))
    assert got["member_id"] == "QV-89107865"
    assert got["plan_id"] == "QK-QVH-31"
    assert got["denial_date"] == "2031-03-31"


def test_numbered_claim_paragraphs_with_wrapped_headings_keep_the_unpaid_one():
    """Each claim told as a numbered paragraph; a heading may wrap its number, or its date, to the next line.
    The paragraph marked not paid gives the claim, its provider and its day."""
    got = fields_of(
        line(100, (100, "Quennel Valley Health Plan")),
        line(160, (100, "Your health care summary")),
        line(220, (100, "1. Visit with Dr. Ivo T. Quillby at Pemberix Family Medicine on February 23, 2031 - claim")),
        line(260, (100, "QC1558727741 - PAID")),
        line(300, (100, "Pemberix Family Medicine billed $212.00. Quennel paid $176.00. You owe nothing.")),
        line(360, (100, "2. Glasses from Quillby Optical on March 9, 2031 - claim QC4923048587 - NOT PAID")),
        line(400, (100, "Quillby Optical billed $346.00 for frames and lenses. Quennel paid $0.00.")),
        line(440, (100, "Frames and lenses for grown-ups fall outside what the plan buys.")),
        line(500, (100, "3. Physical therapy with Pia L. Quillby, PT, at Ansel Physical Therapy on March")),
        line(540, (100, "12, 2031 - claim QC9023489981 - PAID")),
        line(580, (100, "Ansel Physical Therapy billed $168.00. Quennel paid $122.00.")))
    assert got["case_numbers"] == ["QC4923048587"]
    assert got["provider"] == "Quillby Optical"
    assert got["service_dates"] == ["2031-03-09"]


def test_a_remittance_claim_header_with_a_dashed_patient_account():
    """'LAST, FIRST M  member  control  QXA-436278  NPI': the patient's line heads the claim, the account's dash no
    bar to it; the refused line's claim is the one whose person and control number count."""
    head = (100, "PATIENT NAME/MEMBER ID/ICN/PAT ACCT/REND NPI")
    rows = [("QUILLBY, ANSEL R QVH819660299 8919776804351 QXA-436278 4117666024",
             "03/02/31 68228 1 172.00 118.00 4.00 114.00 CO-45 QV09", "CLAIM TOT 172.00 114.00"),
            ("PEMBERIX, PIA L QVH990894022 4384611209691 QXA-612574 1976640550",
             "03/13/31 24325 1 1,185.00 0.00 0.00 0.00 CO-197 QV14", "CLAIM TOT 1,185.00 0.00"),
            ("QUENNEL, IVO T QVH613854988 8954594858758 QXA-856289 4117666024",
             "03/16/31 68228 1 172.00 118.00 4.00 114.00 CO-45 QV09", "CLAIM TOT 172.00 114.00")]
    lines = [line(100, (100, "PROVIDER REMITTANCE ADVICE")), line(160, head)]
    for k, (person, service, total) in enumerate(rows):
        lines += [line(220 + 120 * k, (100, person)), line(260 + 120 * k, (100, service)),
                  line(300 + 120 * k, (100, total))]
    lines += [line(700, (100, "CO-45 Charge exceeds the fee schedule.")),
              line(740, (100, "CO-197 Precertification absent. The line pays nothing."))]
    got = fields_of(*lines)
    assert got["member_name"] == "Pia L. Pemberix"
    assert got["member_id"] == "QVH990894022"
    assert got["case_numbers"] == ["4384611209691"]


def test_the_person_a_notice_says_it_is_about_is_the_patient():
    """Mail for a household goes to its contact; 'This notice is about ...' names the patient."""
    got = fields_of(
        line(100, (100, "Quennel Health Partners")), line(160, (100, "NOTICE OF ACTION")),
        line(220, (100, "Pia L. Quillby")), line(260, (100, "12 Example Road")),
        line(340, (100, "Dear Pia Quillby:")),
        line(380, (100, "Letters for the family come to you. This notice is about Ivo T. Quillby. Your")),
        line(420, (100, "clinic asked us to approve an injection for him. We will not approve it.")))
    assert got["member_name"] == "Ivo T. Quillby"


def test_a_dateline_with_its_place_dates_the_letter():
    for dateline in ("Quennelton, QA, May 14, 2031", "Quennelton, Alabama, 14 de mayo de 2031"):
        got = fields_of(
            line(100, (100, "Quennel Health Plan")), line(200, (100, dateline)),
            line(300, (100, "Dear Pia L. Quillby:")),
            line(340, (100, "We cannot approve the surgery because it is not medically necessary.")),
            line(380, (100, "You may appeal within 60 days of the date of this letter.")))
        assert got["denial_date"] == "2031-05-14", dateline


def test_a_guard_a_captioned_date_before_a_comma_is_no_dateline():
    got = fields_of(
        line(100, (100, "Quennel Health Plan")), line(200, (100, "Born, May 14, 1981")),
        line(300, (100, "Dear Pia L. Quillby:")),
        line(340, (100, "We cannot approve the surgery because it is not medically necessary.")))
    assert "denial_date" not in got


def test_a_word_run_into_an_amount_is_no_identifier():
    from intake.extract.ids import is_id
    assert not is_id("TOT220.00")
    assert is_id("QXA-436278")


def test_a_programs_initials_opening_a_caption_after_its_value_stay_off_the_value():
    got = fields_of(
        line(100, (100, "Quennel Elder Care Program")),
        line(300, (100, "Pia L. Quillby"), (1300, "QT4333594 QPACE participant no.")),
        line(340, (100, "12 Example Road"), (1300, "QR-31-93436 service request no.")))
    assert got["member_id"] == "QT4333594"


def test_a_remittance_whose_claim_lines_open_with_the_patient_and_numbers():
    """'LAST, FIRST M  member  control  dates  code  amounts': each claim's first service row carries its person and
    numbers; the claim the legend refuses names the patient, the member's number and the case number."""
    rows = [("QUILLBY, ANSEL R QP4439149 4538823208615 03/02/31 03/02/31 A0130 1 62.00 58.00 58.00 Q1",
             "03/02/31 03/02/31 S0209 9 27.90 27.00 27.00 Q1", "CLAIM TOTAL 89.90 85.00"),
            ("PEMBERIX, PIA L QP7709731 4468532940922 03/21/31 03/21/31 A0130 1 62.00 0.00 0.00 Q7",
             "03/21/31 03/21/31 S0209 9 27.90 0.00 0.00 Q7", "CLAIM TOTAL 89.90 0.00"),
            ("QUENNEL, IVO T QP5316198 8131575868020 03/26/31 03/26/31 A0130 1 62.00 58.00 58.00 Q1",
             "03/26/31 03/26/31 S0209 9 27.90 27.00 27.00 Q1", "CLAIM TOTAL 89.90 85.00")]
    lines = [line(100, (100, "PROVIDER PAYMENT STATEMENT")),
             line(160, (100, "PARTICIPANT NAME PARTICIP# ICN FROM THRU HCPCS UNITS BILLED ALLOWED PAID RC"))]
    for k, claim in enumerate(rows):
        lines += [line(220 + 120 * k + 40 * j, (100, text)) for j, text in enumerate(claim)]
    lines += [line(700, (100, "Q1 Paid at the agreed ride rate.")),
              line(740, (100, "Q7 Nothing paid: no ride was booked for this day."))]
    got = fields_of(*lines)
    assert got["member_name"] == "Pia L. Pemberix"
    assert got["member_id"] == "QP7709731"
    assert got["case_numbers"] == ["4468532940922"]
    assert got["service_dates"] == ["2031-03-21"]


def test_a_guard_a_table_of_one_row_per_claim_stays_a_table():
    """Each claim one row, its person first, some persons misread: no claim goes on to a second row, so the rows are
    read as a table's (the one the legend refuses), not as claims running on to the next person."""
    xs = (280, 750, 1070, 1410, 1650, 1960, 2150, 2310)
    rows = [("QUILLBY |, ANSEL R", "QP4439149", "5992551720701", "01/30/2031", "68228", "252.00", "156.24", "CO-45"),
            ("PEMBERIX, PIA L", "QP3152025", "5582201499383", "01/26/2031", "79341", "316.29", "196.10", "CO-45"),
            ("QUENNEL, IVO T", "QP8623199", "4755904438386", "01/26/2031", "62450", "221.91", "0.00", "CO-97 N20"),
            ("QUARREN ANSEL P", "QP5789020", "1215197658378", "01/24/2031", "17400", "201.50", "124.93", "CO-45")]
    head = ("PATIENT", "MEMBER ID", "ICN", "DOS", "PROC", "BILLED", "PAID", "ADJ")
    lines = [line(100, (100, "PROVIDER REMITTANCE ADVICE")), line(160, *zip(xs, head))]
    lines += [line(220 + 40 * k, *zip(xs, row)) for k, row in enumerate(rows)]
    lines += [line(500, (100, "CO-45 Over the fee schedule.")),
              line(540, (100, "CO-97 Paid as part of another service on the claim.")),
              line(580, (100, "N20 Not payable beside the other service given that day."))]
    got = fields_of(*lines)
    assert got["case_numbers"] == ["4755904438386"]


def test_side_by_side_boxes_headed_sponsor_and_patient_name_the_patient():
    """'SPONSOR (RETIRED) | PATIENT' over two boxes with the same plain labels: the patient's box names the member
    and their number, the sponsor's box (read first) names someone else."""
    got = fields_of(
        line(100, (100, "Quennel Federal Claims Services")),
        line(300, (236, "SPONSOR"), (435, "(RETIRED)"), (1334, "PATIENT")),
        line(340, (236, "Name"), (635, "Ansel R. Quillby"), (1334, "Name"), (1733, "Pia L. Quillby")),
        line(380, (236, "DoD ID number"), (635, "1148839669"), (1334, "DoD Benefits No."), (1733, "15874796801")),
        line(420, (236, "Date of birth"), (635, "07/19/1946"), (1334, "Date of birth"), (1733, "02/03/1950")))
    assert got["member_name"] == "Pia L. Quillby"
    assert got["member_id"] == "15874796801"


def test_a_guard_boxes_side_by_side_with_no_person_headings_are_read_as_before():
    got = fields_of(
        line(100, (100, "Quennel Federal Claims Services")),
        line(300, (236, "Patient: Pia L. Quillby"), (1334, "Subscriber: Ansel R. Quillby")),
        line(340, (236, "Member ID: QX46130689"), (1334, "Group: QG-5521")))
    assert got["member_name"] == "Pia L. Quillby"
    assert got["member_id"] == "QX46130689"


def test_a_numbered_heading_naming_who_and_when_with_a_spaced_claim_number():
    got = fields_of(
        line(100, (100, "Quennel Federal Claims Services")),
        line(200, (100, "1. Visit with Dr. Ivo T. Quillby on March 2, 2031 - claim 31 071 368988 95 - paid")),
        line(240, (100, "Pemberix Family Medicine charged $210.00 for an office visit. We paid $29.67.")),
        line(300, (100, "2. Foot care with Pia L. Quillby, DPM, on March 11, 2031 - claim 31 094 412757 43 - not")),
        line(340, (100, "paid")),
        line(380, (100, "Ansel Foot & Ankle charged $224.00 for trimming nails. We paid $0.00. See remark QR7.")),
        line(480, (100, "3. Blood tests on March 5, 2031 - claim 31 085 609791 57 - paid")),
        line(520, (100, "Quennel Laboratory charged $96.00 for a metabolic panel. We paid $0.00. See remark QM0.")),
        line(600, (100, "What the remarks mean")),
        line(640, (100, "QR7 Nail trimming and corn paring are not a covered benefit.")),
        line(680, (100, "QM0 Medicare paid the whole approved amount; nothing was left to pay.")))
    assert [n.replace(" ", "") for n in got["case_numbers"]] == ["3109441275743"]
    assert got["claim_amount"] == "224.00"
    assert got["service_dates"] == ["2031-03-11"]


def test_a_second_columns_entry_for_a_code_no_row_prints_explains_nothing():
    """A code list set in two columns: 'QA3 Lab paid in full.  QN6 The provider is not in the network' — QN6
    stands on no row, so it is no reason for this paper's refusal."""
    from intake.legend_use import unused_mid_entries
    texts = ["04/21/31 68228 Office visit 168.00 0.00 QC2", "04/21/31 36629 Lab test 89.00 41.60 QA3",
             "QA3 Lab test paid in full. QN6 The provider is not in the network; paid only for",
             "QC2 An office visit billed on the same day as a procedure needs modifier 25."]
    assert unused_mid_entries(texts) == [(2, texts[2].index("QN6"))]


def test_a_long_entrys_lines_keep_the_next_entry_in_the_list():
    from intake.legend_use import unused_entries
    texts = ["04/21/31 68228 Office visit 168.00 0.00 QC2", "QP1 Preventive care, paid in full.",
             "QA1 Paid after your copayment.", "QC2 An office visit billed on the same day as a minor",
             "procedure is paid only when the provider shows it was for", "a separate problem by adding modifier 25.",
             "the provider may send a corrected claim within 12 months.", "QN6 The provider is not in the network."]
    assert 7 in unused_entries(texts)


def test_a_guard_a_box_number_before_its_caption_is_no_value():
    got = fields_of(
        line(100, (100, "Quennel Allowance Program")),
        line(200, (100, "1. Enrollee name"), (900, "2. Enrollee identifier")),
        line(240, (100, "Pia L. Quillby"), (900, "QV25-8221-5203")),
        line(300, (100, "3. Tracking no."), (900, "4. Date received")),
        line(340, (100, "QHC-838497"), (900, "03/02/2031")))
    assert got["member_id"] == "QV25-8221-5203"


def test_a_part_d_contracts_s_read_as_a_dollar_sign():
    from intake.extract.ids import find_ids
    assert find_ids("Contract-PBP: $9306-012")[0][0] == "S9306-012"
    assert find_ids("Total $1234.00") == []


def test_a_guard_captions_over_their_values_beside_an_address_block():
    """'Ana B. Example | About this notice' over '12 Example Road | Date of notice' over '... | April 15, 2031': the
    captions head the values under them, not the address lines beside them."""
    got = fields_of(
        line(100, (100, "Quennel Mutual Health")),
        line(300, (100, "Pia L. Quillby"), (1500, "About this notice")),
        line(340, (100, "12 Example Road"), (1500, "Date of notice")),
        line(380, (100, "Quennelton, QI 85414"), (1500, "April 15, 2031")),
        line(420, (1500, "Member ID")),
        line(460, (1500, "QBW637846300")))
    assert got["denial_date"] == "2031-04-15"
    assert got["member_id"] == "QBW637846300"


def test_a_guard_a_caption_over_its_value_with_a_word_before_it():
    """'Athlete ID' over the athlete's number in a sidebar: 'Athlete' is no value of 'ID'."""
    got = fields_of(
        line(100, (100, "Quennel Athletic Injury Plan")),
        line(300, (100, "Your trainer told us about the injury you had at practice on"), (1600, "Athlete")),
        line(340, (100, "the field; the hospital sent us its bill for your stay from"), (1600, "Athlete ID")),
        line(380, (100, "February 8, 2031 through February 11, 2031. The surgeon was"), (1600, "QVA 88784139")))
    assert got["member_id"].replace(" ", "") == "QVA88784139"


def test_a_remittance_claim_line_opening_with_its_control_number_then_the_patient_in_capitals():
    """'ICN  LAST, FIRST M  recipient ID  account' over numbered service lines and a 'CLAIM TOTAL': each such line
    starts a claim, and the one whose line a refusal code marks gives the case number."""
    lines = [line(100, (100, "QUENNEL MEDICAID REMITTANCE ADVICE")),
             line(160, (100, "ICN RECIPIENT NAME RECIPIENT ID PAT ACCT")),
             line(200, (100, "LN SVC FROM SVC THRU PROC UNITS BILLED ALLOWED PAID EOB"))]
    claims = [("7731337198035 QUILLBY, IVO T 5110175819 QA-47427", "01 05/04/31 05/04/31 97110 4 172.00 118.44 118.44 Q001",
               "CLAIM TOTAL 172.00 118.44"),
              ("7731344323318 PEMBERIX, PIA L 5190408357 QA-36406", "01 05/06/31 05/06/31 92507 1 138.00 0.00 0.00 Q086",
               "CLAIM TOTAL 138.00 0.00"),
              ("7731391725861 QUENNEL, ANSEL R 5148960323 QA-15761", "01 05/11/31 05/11/31 97166 1 226.00 142.35 142.35 Q001",
               "CLAIM TOTAL 226.00 142.35")]
    for k, claim in enumerate(claims):
        lines += [line(260 + 140 * k + 40 * j, (100, text)) for j, text in enumerate(claim)]
    lines += [line(760, (100, "Q001 Paid at the Medicaid fee schedule.")),
              line(800, (100, "Q086 Units over the number the prior approval allows; not paid."))]
    got = fields_of(*lines)
    assert got["case_numbers"] == ["7731344323318"]
