"""Label-value pairs by geometry, candidates ranked: pure tests on hand-placed words, no OCR."""

from __future__ import annotations

from intake.extract.fields import extract_fields
from intake.model import Document, Line, PageText, SourceFile, Word

SRC = SourceFile("t.pdf", "0" * 64, "pdf", 1, 1)
CHAR = 18  # width of one character at this size


def line(y: float, *cells: tuple[float, str], conf: float = 0.97) -> Line:
    """Words placed at x positions; cells far apart become separate table cells."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, conf, (x, y, x + CHAR * len(tok), y + 34)))
            x += CHAR * len(tok) + 14
    return Line(words=words, page=1)


def fields_of(*lines: Line) -> dict:
    for i, ln in enumerate(lines):
        ln.index = i
    doc = Document(SRC, [PageText(1, 2550, 3300, list(lines), "text_layer")])
    from intake.rules import cached_rules

    return {k: v.value for k, v in extract_fields(doc, cached_rules()).items()}


def test_value_after_colon_and_in_next_cell():
    got = fields_of(line(300, (100, "Enrollee No.: XK4471902")), line(360, (100, "Group"), (700, "G-20417")))
    assert got["member_id"] == "XK4471902" and got["group_number"] == "G-20417"


def test_value_in_box_below_label():
    got = fields_of(line(300, (100, "SUBSCRIBER ID"), (900, "PLAN CODE")),
                    line(350, (100, "QZ77120034"), (900, "PPO44")))
    assert got["member_id"] == "QZ77120034" and got["plan_id"] == "PPO44"


def test_table_column_total_row_and_service_date_column():
    got = fields_of(line(300, (100, "Date"), (400, "Procedure"), (1200, "Amount charged"), (1700, "Plan paid")),
                    line(350, (100, "02/11/2026"), (400, "99213 Office visit"), (1200, "150.00"), (1700, "0.00")),
                    line(400, (100, "02/11/2026"), (400, "80053 Lab panel"), (1200, "75.50"), (1700, "0.00")),
                    line(450, (100, "Claim total"), (1200, "225.50"), (1700, "0.00")))
    assert got["claim_amount"] == "225.50"
    assert got["service_dates"] == ["2026-02-11"]


def test_header_over_two_lines():
    got = fields_of(line(300, (100, "Date"), (500, "Amount the"), (1000, "Plan")),
                    line(340, (500, "provider billed"), (1000, "paid")),
                    line(400, (100, "03/01/2026"), (500, "$410.00"), (1000, "$0.00")))
    assert got["claim_amount"] == "410.00"


def test_labels_inside_a_sentence():
    got = fields_of(line(300, (100, "Your claim (reference 31-902214) for $2,418.75 came to us from the provider.")))
    assert got["case_numbers"] == ["31-902214"] and got["claim_amount"] == "2418.75"


def test_decoys_stay_out():
    got = fields_of(line(300, (100, "Patient Account #: PA9268627")), line(350, (100, "NPI: 1655695010")),
                    line(400, (100, "Member ID: W88120344")))
    assert got["member_id"] == "W88120344"
    assert "case_numbers" not in got


def test_a_form_number_in_a_sentence_about_a_review_is_no_case_number():
    """'Review' may name a case number, but the word just before the number says whose it is."""
    got = fields_of(line(300, (100, "Claim number"), (700, "KT41-5528190")),
                    line(360, (100, "Higher review: a senior reviewer looks again (Agency Form 31-7740).")),
                    line(420, (100, "Your appeal: send it with the evidence, NPI 1655695010.")))
    assert got["case_numbers"] == ["KT41-5528190"]


def test_a_label_cell_with_an_unlisted_first_word():
    """'Community provider' is a provider label though 'community' is in no word list."""
    got = fields_of(line(300, (100, "Community provider"), (700, "Dr. Odalys Brennick")),
                    line(360, (100, "Amount billed"), (700, "$310.00")))
    assert got["provider"] == "Dr. Odalys Brennick"


def test_claim_number_column_with_claim_total_rows_and_a_one_line_legend():
    """A family statement: each claim's rows begin with its number and end in 'Claim N total'; the legend
    is one run of text, so the paid code that opens it does not inherit the denying entry's words."""
    got = fields_of(
        line(300, (100, "Claim #"), (500, "Provider"), (1000, "Billed"), (1300, "Plan paid"), (1600, "Rmk")),
        line(350, (100, "7731-204118-50 Dr. Ines Halloran"), (1000, "210.00"), (1300, "168.00"), (1600, "ZR1")),
        line(400, (100, "03/02/2026 Drug screen"), (1000, "640.00"), (1300, "0.00"), (1600, "ZR9")),
        line(450, (400, "Claim 7731-204118-50 total"), (1000, "850.00")),
        line(500, (100, "6620-118934-27 Brookmere Clinic"), (1000, "95.00"), (1300, "76.00"), (1600, "ZR1")),
        line(550, (400, "Claim 6620-118934-27 total"), (1000, "95.00")),
        line(620, (100, "ZR1 Paid at your network benefit. ZR9 Not medically necessary for this diagnosis.")))
    assert got["case_numbers"] == ["7731-204118-50"]
    assert got["claim_amount"] == "850.00"


def test_a_legend_entry_that_excludes_denies_its_lines():
    """'ZD7: ... excluded' says no 'denied', yet the lines marked ZD7 are the denied claim's."""
    got = fields_of(
        line(300, (100, "Claim number: 51Q2231907 Patient: Ona Pell")),
        line(350, (100, "Service date"), (500, "Billed"), (800, "Plan paid"), (1100, "Remark")),
        line(400, (100, "02/03/2026"), (500, "$120.00"), (800, "$96.00"), (1100, "")),
        line(450, (100, "Claim total"), (500, "$120.00"), (800, "$96.00")),
        line(520, (100, "Claim number: 51Q7730412 Patient: Ona Pell")),
        line(570, (100, "Service date"), (500, "Billed"), (800, "Plan paid"), (1100, "Remark")),
        line(620, (100, "02/09/2026"), (500, "$880.00"), (800, "$0.00"), (1100, "ZD7")),
        line(670, (100, "Claim total"), (500, "$880.00"), (800, "$0.00")),
        line(740, (100, "ZD7: Adult hearing aids are an exclusion of this plan.")))
    assert got["case_numbers"] == ["51Q7730412"] and got["claim_amount"] == "880.00"


def test_a_statement_telling_each_claim_in_a_paragraph():
    """No table: each claim has a heading line with its number, and sentences say the rest."""
    got = fields_of(
        line(300, (100, "1. Ona Pell - claim 51Q2231907 - Paid")),
        line(350, (100, "On 3 February 2026, Ona saw Dr. Ruth Amsel at Kessel Clinic. They charged $120.00.")),
        line(450, (100, "2. Ona Pell - claim 51Q7730412 - Not paid")),
        line(500, (100, "On 9 February 2026, Ona saw Dr. Levi Ortmann at Orlen Imaging. They charged $880.00.")),
        line(550, (100, "We did not pay this claim because the provider is not in our network.")))
    assert got["case_numbers"] == ["51Q7730412"]
    assert got["service_dates"] == ["2026-02-09"]
    assert got["provider"] == "Dr. Levi Ortmann"


def test_service_lines_give_the_dates_when_no_column_names_them():
    """The date column's header is unreadable ('Ln DOS' run together with a line number): the dates printed
    on the service lines (a date and two or more amounts) are the service dates."""
    got = fields_of(
        line(300, (100, "Ln"), (160, "Qx"), (400, "Proc"), (1000, "Billed"), (1300, "Allowance")),
        line(350, (100, "1"), (160, "04/16/2026 97110"), (400, "Therapeutic exercise"), (1000, "318.40"),
             (1300, "0.00 QX2")),
        line(400, (100, "2"), (160, "04/16/2026 97140"), (400, "Manual therapy"), (1000, "152.10"), (1300, "0.00 QX2")),
        line(470, (100, "QX2: Not part of the accepted injury; not covered on this claim.")))
    assert got["service_dates"] == ["2026-04-16"]


def test_glued_next_column_words_are_cut_from_a_name():
    got = fields_of(line(300, (100, "Patient: Rosa H. Fischer Received 03/02/2026")))
    assert got["member_name"] == "Rosa H. Fischer"


def summary_notice(*, three_claims: bool = True) -> list[Line]:
    """A summary notice's claims: a heading (date, who billed, phone) over labelled lines, a claim number,
    a table with a 'Service approved?' column and a 'See notes' column, a total row; then the notes."""
    rows = [line(200, (100, "Your Claims for Part B (Medical Insurance)"))]
    claims = [("March 3, 2026", "Dr. Owen Falk", "11-2222-333-444", "NO", "$410.00", "B"),
              ("March 9, 2026", "Harbor Imaging Center", "55-6666-777-888", "Yes", "$95.00", "")]
    y = 260
    for date, who, number, answer, amount, note in (claims if three_claims else claims[:1]):
        rows += [line(y, (100, f"{date} {who}, Suite 4 (555) 010-7788")),
                 line(y + 50, (100, "Referred by:"), (700, "Dr. Mina Yusuf")),
                 line(y + 100, (100, "Claim Number:"), (700, number)),
                 line(y + 150, (100, "Service Provided"), (900, "Service Approved?"), (1300, "Amount Charged"),
                      (1800, "See Notes")),
                 line(y + 200, (100, "Office visit (99213)"), (900, answer), (1300, amount), (1800, note or " ")),
                 line(y + 250, (100, f"Total for Claim #{number}"), (1300, amount))]
        y += 330
    rows += [line(y, (100, "Notes for Claims Above")),
             line(y + 50, (100, "B Medicare does not pay for this service because it is not covered.")),
             line(y + 100, (100, "Part A helps pay for hospital care. THIS IS NOT A BILL"))]
    return rows


def test_summary_notice_denied_claim_heading_gives_provider_and_date():
    got = fields_of(*summary_notice())
    assert got["case_numbers"] == ["11-2222-333-444"]
    assert got["provider"] == "Dr. Owen Falk"
    assert got["service_dates"] == ["2026-03-03"]
    assert got["claim_amount"] == "410.00"


def test_claim_heading_and_note_parsers():
    from intake.extract.claims import heading_name
    from intake.extract.remarks import _answers_no, cites_note

    assert heading_name("March 3, 2026 Dr. Owen Falk, Suite 4 (555) 010-7788") == "Dr. Owen Falk"
    assert heading_name("Harbor View Nursing Center") == "Harbor View Nursing Center"
    for not_a_heading in ("Your medical claims in detail", "Yuma, AZ 85364", "We denied your claim", "Total"):
        assert heading_name(not_a_heading) is None
    assert _answers_no("Routine foot care (11721)   NO   $336.25   $0.00")
    assert not _answers_no("Claim NO 12345 $5.00") and not _answers_no("Did Medicare approve all services: NO")
    assert cites_note("Stay 01/02/26 - 01/05/26   NO   0   $3,960.72   A", "A")
    assert not cites_note("The Part A deductible is $1,676.00", "A") and not cites_note("NOT A BILL | Page 1", "A")


def test_a_number_read_whole_and_in_pieces_is_one_case_number():
    from intake.extract.fields_ids import _without_fragments

    assert _without_fragments(["77K1234567", "77K", "GA-1234"]) == ["77K1234567", "GA-1234"]
    assert _without_fragments(["12-345678", "99-876543"]) == ["12-345678", "99-876543"]


def test_statement_summary_table_and_not_covered_header_do_not_hide_the_denied_claim():
    """A statement lists every claim in one table, then one card per claim whose column headers include
    'Not covered': the denied card's facts win, the paid claim's number stays out."""
    head = (100, "Service date"), (600, "Billed"), (1000, "Not covered"), (1400, "Note")
    got = fields_of(
        line(200, (100, "Claim"), (600, "Patient"), (1000, "Billed"), (1400, "Status")),
        line(250, (100, "41P100-22222"), (600, "Ana"), (1000, "$120.00"), (1400, "Paid")),
        line(300, (100, "41Q200-33333"), (600, "Luis"), (1000, "$480.00"), (1400, "Partly paid")),
        line(400, (100, "Claim 1 of 2 - Paid")),
        line(450, (100, "CLAIM NUMBER"), (900, "PROVIDER")),
        line(500, (100, "41P100-22222"), (900, "Alder Pediatrics")),
        line(550, *head),
        line(600, (100, "03/02/2026"), (600, "$120.00"), (1000, "$0.00"), (1400, "P1")),
        line(650, (100, "Claim total"), (600, "$120.00")),
        line(750, (100, "Claim 2 of 2 - Partly denied")),
        line(800, (100, "CLAIM NUMBER"), (900, "PROVIDER")),
        line(850, (100, "41Q200-33333"), (900, "Birch Dermatology")),
        line(900, *head),
        line(950, (100, "04/09/2026"), (600, "$480.00"), (1000, "$480.00"), (1400, "X4")),
        line(1000, (100, "Claim total"), (600, "$480.00")),
        line(1100, (100, "X4 Not covered: cosmetic services are excluded by your plan.")))
    assert got["case_numbers"] == ["41Q200-33333"]
    assert got["provider"] == "Birch Dermatology"
    assert got["service_dates"] == ["2026-04-09"]
    assert got["claim_amount"] == "480.00"


def test_a_doctor_named_before_the_clinic_is_the_provider():
    got = fields_of(line(300, (100, "Provider:"), (700, "Dr. Rosa Quintero, DDS, Juniper Dental Group")))
    assert got["provider"] == "Dr. Rosa Quintero"


def letterhead(*rows: tuple[float, float, str]) -> dict:
    """Top-of-page lines (y, type height, text) over an ordinary body, read as the insurer."""
    lines = []
    for y, size, text in rows:
        x, words = 220, []
        for tok in text.split():
            words.append(Word(tok, 0.97, (x, y, x + size * 0.5 * len(tok), y + size)))
            x += size * 0.5 * len(tok) + size * 0.4
        lines.append(Line(words=words, page=1))
    body = [line(900 + 60 * k, (220, "We reviewed the request for the service listed below today.")) for k in range(8)]
    return fields_of(*lines, *body)


def test_a_state_agency_letterhead_names_the_agency_not_the_state_or_its_division():
    got = letterhead((190, 40, "STATE OF NORRLAND"), (245, 72, "Norrland Department of Health Care Services"),
                     (330, 40, "Medical Assistance Division, Utilization Management Section"))
    assert got["insurer"] == "Norrland Department of Health Care Services"


def test_a_logo_set_in_two_lines_is_one_name():
    got = letterhead((190, 100, "QUILLBYMERE"), (300, 48, "Behavioral Health Partners, Inc."),
                     (360, 38, "Utilization Management | PO Box 100, Salem, OR 97301"))
    assert got["insurer"] == "Quillbymere Behavioral Health Partners, Inc"


def test_a_logo_over_a_company_line_of_five_words():
    got = letterhead((190, 100, "QUENNELFELL"), (300, 48, "Life & Health Insurance Company"),
                     (380, 44, "Medicare Supplement Claim Statement"), (460, 38, "Odile M. Varga"))
    assert got["insurer"] == "Quennelfell Life & Health Insurance Company"


def test_a_company_named_with_label_words_and_a_title_under_it():
    """'Bill', 'Review', 'Services' are label words, but ', LLC' makes the line a company; the document's
    title under it ('Explanation of Review') says what the paper is, not who sent it."""
    got = letterhead((190, 48, "Quarrydene Bill Review Services, LLC"), (330, 60, "Explanation of Review"))
    assert got["insurer"] == "Quarrydene Bill Review Services, LLC"


def test_a_notice_to_a_parent_names_the_child_as_the_member():
    """The address block holds the parent; 'To the parent or guardian of NAME' names the member."""
    got = fields_of(line(300, (100, "To the parent or guardian of Wren Aldous")), line(350, (100, "MARTA ALDOUS")),
                    line(400, (100, "12 Ferry Lane")), line(450, (100, "Dunmore, PA 18512")),
                    line(560, (100, "We reviewed the request for speech therapy visits.")))
    assert got["member_name"] == "Wren Aldous"


def test_the_insurer_named_in_a_footer_is_no_provider():
    got = letterhead((190, 60, "Quarrydene Mutual Health Insurance Company"),
                     (1900, 34, "Coverage is provided by Quarrydene Mutual Health Insurance Company, Omaha."))
    assert got["insurer"] == "Quarrydene Mutual Health Insurance Company"
    assert "provider" not in got


def test_a_doctor_named_at_the_end_of_a_line_stops_there():
    got = fields_of(line(300, (100, "Your claim was processed. The visit was provided by Dr. Ines Halloran")),
                    line(350, (100, "Processed on 03/02/2026 and paid in part.")))
    assert got["provider"] == "Dr. Ines Halloran"


def test_a_date_shown_as_an_example_is_no_notice_date():
    got = fields_of(line(300, (100, "12 March 2026")),
                    line(360, (100, "All dates in this letter are written day/month/year (for example 04.05.2026).")),
                    line(420, (100, "Claim received: 21.02.2026")), line(480, (100, "Treatment on 19.01.2026")))
    assert got["denial_date"] == "2026-03-12"


def test_provider_cells_read_by_ocr_and_salutations():
    got = fields_of(line(300, (100, "Rendering provider:"), (700, "Dr, Ines Halloran, Kessel Orthopedic Clinic")),
                    line(360, (100, "Dear Ona,")))
    assert got["provider"] == "Dr. Ines Halloran"
    got = fields_of(line(300, (100, "Notifier:"), (700, "Quillby Reference Lab, LLC")))
    assert got["provider"] == "Quillby Reference Lab, LLC"


def test_masked_ids_and_plan_names_are_not_identifiers():
    got = fields_of(line(300, (100, "Member ID"), (700, "********7731")),
                    line(360, (100, "Plan"), (700, "Northway Gold Access PPO 1500")),
                    line(420, (100, "Group number"), (700, "G-55120")))
    assert got.get("member_id") is None and got.get("plan_id") is None
    assert got["group_number"] == "G-55120"


def test_last_covered_day_is_no_appeal_deadline_and_planned_dates_are_service_dates():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 4, 2026")),
                    line(360, (100, "Last covered day:"), (700, "May 5, 2026")),
                    line(420, (100, "Your doctor asked us to approve 12 sessions planned for May 11, 2026 through"
                                    " June 2, 2026. We did not approve this request.")),
                    line(480, (100, "You may appeal within 60 days of the date of this notice.")))
    assert got["appeal_deadline"] == "2026-07-03"
    assert got["service_dates"] == ["2026-05-11/2026-06-02"]


def test_ocr_dollar_for_a_leading_s_and_usd_amounts_in_sentences():
    from intake.extract.ids import find_ids

    assert find_ids("Member ID: $QR48812071")[0][0] == "SQR48812071"
    assert find_ids("paid $1234.00") == []
    got = fields_of(line(300, (100, "The request for the surgery you had on 2026-01-14, billed at USD 2,410.75,"
                                    " was reviewed.")))
    assert got["claim_amount"] == "2410.75" and got["service_dates"] == ["2026-01-14"]


def test_a_doctor_named_in_a_sentence_is_the_provider():
    got = fields_of(line(300, (100, "You were admitted on March 2, 2026 under the care of Dr. Tomas Ekberg. The stay"
                                    " was denied.")))
    assert got["provider"] == "Dr. Tomas Ekberg"


def test_a_title_over_the_claim_box_is_no_provider():
    from intake.extract.claims import heading_name

    assert heading_name("Notice of Adverse Benefit Determination") is None
    assert heading_name("Explanation of Benefits") is None


def test_deadline_in_months_and_in_any_date_format():
    notice = line(300, (100, "Date of notice:"), (700, "Jan 31, 2026"))
    got = fields_of(notice, line(420, (100, "Ask us to reconsider within 6 months from the date of this letter.")))
    assert got["appeal_deadline"] == "2026-07-31"
    got = fields_of(notice, line(420, (100, "To appeal, write so that it reaches us no later than 3 March 2026.")))
    assert got["appeal_deadline"] == "2026-03-03"
    got = fields_of(notice, line(420, (100, "You may appeal. We must receive it by 2026-04-09. Send it to us.")))
    assert got["appeal_deadline"] == "2026-04-09"


def test_a_comma_read_for_a_full_stop_keeps_the_next_sentence_decoys_out():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 4, 2026")),
                    line(420, (100, "You may appeal within 60 days of the date of this letter, Send it to the Appeals"
                                    " Unit, If your health is at risk, ask for an expedited appeal.")))
    assert got["appeal_deadline"] == "2026-07-03"


def test_a_doctor_named_only_in_a_claim_line_is_the_provider_but_not_the_reviewer():
    head = line(150, (100, "Northway Health Plan"))
    got = fields_of(head, line(300, (100, "Chest X-ray (71046) on 11/14/2025 - Dr. Tomas Ekberg, Harbor Cardiology")),
                    line(360, (100, "This decision was reviewed by Dr. Ilse Marrow, medical director.")))
    assert got["provider"] == "Dr. Tomas Ekberg"
    got = fields_of(head, line(360, (100, "This decision was reviewed by Dr. Ilse Marrow, medical director.")))
    assert "provider" not in got


def test_days_a_decision_names_are_service_dates_and_a_line_date_further_on_is_another_column():
    from intake.extract.context import _line_dates

    got = fields_of(line(300, (100, "Admission date:"), (700, "June 2, 2026")),
                    line(360, (100, "Dates not approved:"), (700, "June 16, 2026 through June 22, 2026")))
    assert got["service_dates"] == ["2026-06-16/2026-06-22"]
    assert _line_dates("5120-7781 Dr. Ana Reyes 02/03/2026 99214 Office visit 212.00 151.37 02/20/2026") == \
        ["2026-02-03"]
    assert _line_dates("Skilled nursing 10/06/2025 10/09/2025 4,215.30 NO") == ["2025-10-06/2025-10-09"]


def test_a_form_box_holds_the_decision_date_and_a_grid_row_date_beside_an_id_is_no_letter_date():
    got = fields_of(line(300, (100, "REQUEST RECEIVED"), (700, "DETERMINATION DATE"), (1300, "REQUISITION #")),
                    line(350, (100, "02/09/2026"), (700, "02/12/2026"), (1300, "RQ-7731")),
                    line(420, (100, "PLANNED COLLECTION DATE"), (900, "AUTHORIZATION #")),
                    line(470, (100, "03/05/2026"), (900, "PE02958303Q")))
    assert got["denial_date"] == "2026-02-12"


def test_a_bill_review_is_dated_by_its_review_not_by_the_accident():
    got = fields_of(line(300, (100, "Review date:"), (500, "04/02/2026"), (900, "Date of loss:"), (1200, "02/11/2026")),
                    line(400, (100, "You may request reconsideration within 60 days of the date of this review.")))
    assert got["denial_date"] == "2026-04-02" and got["appeal_deadline"] == "2026-06-01"


def test_the_plans_own_timetable_and_a_peer_to_peer_call_are_no_appeal_deadline():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 18, 2026")),
                    line(400, (100, "We received your appeal. We will send you a written decision by 08/03/2026.")),
                    line(460, (100, "Your doctor may ask for a peer-to-peer review by calling us by 05/22/2026.")))
    assert "appeal_deadline" not in got


def test_case_numbers_under_docket_and_payer_labels_and_never_a_forms_revision():
    got = fields_of(line(300, (100, "In the Matter of: Ana Reyes,"), (900, "Docket No.:"), (1300, "FH-26-51193")),
                    line(460, (100, "Payer claim no. 26318K207754")),
                    line(3000, (100, "Form HD-12 (rev. 09/25)")))
    assert got["case_numbers"] == ["FH-26-51193", "26318K207754"]


def test_a_legend_entry_set_over_two_lines_denies_its_claim_among_paid_ones():
    got = fields_of(line(300, (100, "Claim number: 31D806114 Patient: Ana Reyes")),
                    line(360, (100, "09/15/2025"), (400, "99214 Office visit"), (900, "$544.75"), (1200, "$0.00"),
                         (1500, "T07")),
                    line(420, (100, "Total"), (900, "$544.75"), (1200, "$0.00")),
                    line(500, (100, "Claim number: 31E417208 Patient: Ana Reyes")),
                    line(560, (100, "10/27/2025"), (400, "99395 Annual exam"), (900, "$498.50"), (1200, "$231.60"),
                         (1500, "P01")),
                    line(620, (100, "Total"), (900, "$498.50"), (1200, "$231.60")),
                    line(700, (100, "P01 Paid under the network provider's contract.")),
                    line(760, (100, "T07 The claim was received after the 180-day")),
                    line(800, (100, "filing limit. A network provider may not bill you for this amount.")))
    assert got["case_numbers"] == ["31D806114"] and got["claim_amount"] == "544.75"
    assert got["service_dates"] == ["2025-09-15"]


def test_a_providers_own_notice_names_its_letterhead_and_relatives_are_no_providers():
    got = fields_of(line(150, (100, "Oakhurst Bend Medical Center")),
                    line(220, (100, "Medicare Outpatient Observation Notice")),
                    line(300, (100, "Patient name:"), (700, "Ana Reyes")),
                    line(400, (100, "You are a hospital outpatient receiving observation services.")))
    assert got["provider"] == "Oakhurst Bend Medical Center"
    got = fields_of(line(150, (100, "Northway Care Partners")),
                    line(300, (100, "Requested by:"), (700, "Your daughter, on your behalf")),
                    line(400, (100, "We reviewed the request with Dr. Ilse Marrow at Fernhill Clinic.")))
    assert got["provider"] == "Dr. Ilse Marrow"


def test_requested_dates_and_an_authorization_period_are_the_service_dates_a_coverage_period_is_not():
    got = fields_of(line(300, (100, "Coverage period:"), (700, "01/01/2026 - 12/31/2026")),
                    line(360, (100, "Authorization period:"), (700, "February 9, 2026 - July 31, 2026")))
    assert got["service_dates"] == ["2026-02-09/2026-07-31"]
    got = fields_of(line(300, (100, "Requested dates"), (700, "2026-08-03 - 2027-01-29")),
                    line(360, (100, "Received"), (700, "2026-07-21")))
    assert got["service_dates"] == ["2026-08-03/2027-01-29"]


def test_bare_reason_codes_at_a_lines_end_tie_it_to_its_legend_but_amounts_never_do():
    from intake.extract.remarks import cites_note

    assert cites_note("02/14/2026 ER visit 99285 $2,980.00 $912.35 $729.88 45 150 N130", "150")
    assert not cites_note("02/14/2026 Lab panel $1,150.00 $204.80 45 2", "150")


def test_a_count_runs_from_the_date_printed_in_brackets_after_it():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 4, 2026")),
                    line(400, (100, "You may ask for an internal appeal within 180 days of the date of the denial notice "
                                    "(11/20/2025). Write to us.")))
    assert got["appeal_deadline"] == "2026-05-19"


def test_plan_reconsideration_and_application_numbers_are_no_plan_or_member_ids():
    got = fields_of(line(300, (100, "Plan reconsideration no.:"), (700, "QB07M41802")),
                    line(360, (100, "Application no.:"), (700, "FJ-26-70211")),
                    line(420, (100, "Plan contract-PBP:"), (700, "H4417-006")))
    assert got.get("plan_id") == "H4417-006" and "member_id" not in got
    assert "QB07M41802" in got["case_numbers"]


def test_a_claim_number_ocr_cut_after_its_prefix_is_one_number():
    from intake.extract.claims import _fragments_joined

    assert _fragments_joined("# 31K 2E5810477 Patient: Ana Reyes").startswith("31K2E5810477")
    assert _fragments_joined("+ 31K0M 2640918") == "31K0M2640918"
    assert _fragments_joined("for Ana Reyes") == "for Ana Reyes"


def test_a_glued_phone_number_and_a_product_tier_are_no_identifiers():
    from intake.extract.ids import is_id

    assert not is_id("Customercare1-800-555-0100") and not is_id("phone1-866-555-0142")
    assert is_id("M512-448-2093")  # a member ID in a phone number's shape
    got = fields_of(line(300, (100, "Plan:"), (700, "Select PPO 2500")), line(360, (100, "Group:"), (700, "G-55120")))
    assert "plan_id" not in got


def test_spanish_facts_in_sentences_with_the_number_word_first():
    got = fields_of(line(300, (100, "Registramos la solicitud con el número de caso C26H41735. El número de "
                                    "identificación de miembro es YR-6120-44817 y el número de grupo de su empleador es "
                                    "G73016.")),
                    line(400, (100, "Recibimos la reclamación de la clínica por un total de $2,864.50 y la revisamos.")))
    assert got["member_id"] == "YR-6120-44817" and got["group_number"] == "G73016"
    assert got["case_numbers"] == ["C26H41735"] and got["claim_amount"] == "2864.50"


def test_a_printed_date_dates_the_notice_only_when_nothing_else_does():
    got = fields_of(line(300, (100, "Printed:"), (500, "03/09/2026"), (900, "Statement date:"), (1300, "03/11/2026")))
    assert got["denial_date"] == "2026-03-11"
    got = fields_of(line(300, (100, "Printed:"), (500, "03/09/2026")))
    assert got["denial_date"] == "2026-03-09"


def test_a_talk_with_the_reviewer_is_no_appeal_deadline_even_after_a_doctors_title():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "July 10, 2026")),
                    line(400, (100, "Talk with our doctor (peer-to-peer)")),
                    line(460, (100, "Dr. Arlo Finchley may talk with the reviewing cardiologist, Cedric M. Harrow, MD, "
                                    "within 14 days of this letter.")),
                    line(560, (100, "You may appeal within 180 days of the date of this letter.")))
    assert got["appeal_deadline"] == "2027-01-06"


def test_a_bare_identification_number_is_the_members_except_on_a_providers_own_paper():
    got = fields_of(line(300, (100, "Identification no.:"), (700, "K71BQ4ZM38")),
                    line(400, (100, "Other coverage on file: Northway Mutual, member number V62830415, is primary.")))
    assert got["member_id"] == "K71BQ4ZM38"
    got = fields_of(line(150, (100, "Advance Beneficiary Notice of Non-coverage (ABN)")),
                    line(300, (100, "C. Identification Number:"), (900, "512907364")))
    assert "member_id" not in got
    got = fields_of(line(300, (100, "Certificate no.:"), (700, "DF708Y-E9KQ5")))
    assert got["member_id"] == "DF708Y-E9KQ5"


def test_an_appeal_of_this_decision_by_a_date_is_the_deadline_the_plans_own_decision_date_is_not():
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 18, 2026")),
                    line(400, (100, "You may appeal this decision no later than 10/14/2026. Write to us.")))
    assert got["appeal_deadline"] == "2026-10-14"
    got = fields_of(line(300, (100, "Date of notice:"), (700, "May 18, 2026")),
                    line(400, (100, "If a service was not covered, you may appeal. Deadline to request an appeal: "
                                    "October 2, 2026. Call us.")))
    assert got["appeal_deadline"] == "2026-10-02"


def test_a_sentence_over_a_header_row_is_not_cut_into_header_cells():
    """'Keep this statement ... NOT A BILL.' over 'STATEMENT DATE | ...': the sentence stays a sentence, so the
    header row keeps its own labels and the date under 'STATEMENT DATE' is the notice date."""
    got = fields_of(line(250, (100, "Keep this statement for your records. THIS IS NOT A BILL.")),
                    line(310, (100, "STATEMENT DATE"), (700, "BENEFICIARY"), (1300, "BENEFICIARY ID"), (1900, "PAGE")),
                    line(360, (100, "October 22, 2026"), (700, "Ada Q. Fenwick"), (1300, "V55501234"), (1900, "1")))
    assert got["denial_date"] == "2026-10-22" and got["member_id"] == "V55501234"
    from intake.extract.kv_labels import prose_row

    assert prose_row(line(250, (100, "Keep this statement for your records. THIS IS NOT A BILL.")).words)
    assert not prose_row(line(250, (100, "Date of Service Provider Charges Amt. Allowed Deduct. Paid")).words)


def test_a_label_and_its_value_in_brackets_after_a_name():
    from intake.extract.kv_labels import split_parenthetical
    from intake.extract.kv_types import Cell
    from intake.extract.lexicon import lexicon_of
    from intake.rules import cached_rules

    ln = line(300, (100, "Plan: Tallowmere Select EPO (plan code 55501234)"))
    parts = split_parenthetical(Cell(ln.words, ln), lexicon_of(cached_rules()))
    assert [c.text for c in parts] == ["Plan: Tallowmere Select EPO", "plan code 55501234"]
    ln = line(300, (100, "Provider: Harbor Imaging (out of network)"))
    assert len(split_parenthetical(Cell(ln.words, ln), lexicon_of(cached_rules()))) == 1


def test_admission_and_discharge_labels_make_one_stay_span():
    got = fields_of(line(300, (100, "Admitted: 2026-09-14")), line(360, (100, "Discharged: 2026-09-18")),
                    line(460, (100, "On 2026-09-15 the hospital asked us to review your stay.")))
    assert got["service_dates"] == ["2026-09-14/2026-09-18"]


def test_the_claimant_is_the_patient_when_the_member_is_named_too():
    got = fields_of(line(300, (100, "Member"), (600, "Orrin T. Vastwick")),
                    line(360, (100, "Claimant"), (600, "Ada Q. Vastwick")))
    assert got["member_name"] == "Ada Q. Vastwick"


def test_a_providers_town_and_state_are_its_address_not_its_name():
    got = fields_of(line(300, (100, "Provider: Saltmarsh Walk-In Clinic, Port Ellery, ME")),
                    line(360, (100, "Date of service: 03/02/2026")))
    assert got["provider"] == "Saltmarsh Walk-In Clinic"


def test_a_short_code_under_a_strong_label_is_an_identifier():
    got = fields_of(line(300, (100, "Group number: QXRT-27")), line(360, (100, "Member ID: QX5550123")))
    assert got["group_number"] == "QXRT-27"


def test_a_planned_study_date_is_a_service_date_and_a_pay_by_date_is_no_deadline():
    got = fields_of(line(300, (100, "Planned date of study: October 14, 2026")),
                    line(360, (100, "Please pay by November 3, 2026 or call us to set up a payment plan.")))
    assert got["service_dates"] == ["2026-10-14"] and got.get("appeal_deadline") is None


def test_an_appeal_window_under_a_heading_naming_external_review_too_is_the_deadline():
    got = fields_of(line(200, (100, "Notice date: May 11, 2026")),
                    line(300, (100, "Appeals and External Review Process")),
                    line(360, (100, "Internal Appeal: You have 180 days from the date of this notice to request an")),
                    line(410, (100, "internal appeal. Expedited appeals are decided within 72 hours.")))
    assert got["appeal_deadline"] == "2026-11-07"


def test_a_spanish_deadline_with_an_abbreviated_month_and_the_denied_days_of_a_concurrent_review():
    got = fields_of(line(200, (100, "Fecha del aviso: 2 de julio de 2026")),
                    line(300, (100, "Apelación interna: envíe su apelación a más tardar el 14-nov-2026.")))
    assert got["appeal_deadline"] == "2026-11-14"
    got = fields_of(line(300, (100, "Days approved"), (700, "10/03/2026 through 10/12/2026")),
                    line(360, (100, "Days denied"), (700, "10/13/2026 through 10/20/2026")))
    assert got["service_dates"] == ["2026-10-13/2026-10-20"]


def test_an_address_block_with_a_line_of_another_column_between_its_lines_names_the_member():
    got = fields_of(line(300, (100, "Fecha de este aviso 12 de octubre de 2026")),
                    line(400, (100, "Orrin T. Vastwick")), line(430, (1500, "ESTO NO ES UNA FACTURA")),
                    line(460, (100, "4471 Harrowgate Way")), line(520, (100, "Springfield, IL 62701")))
    assert got["member_name"] == "Orrin T. Vastwick"


def test_a_credential_and_a_practice_after_a_person_name_the_person():
    """'Ana Reyes, CCC-SLP, Mesa Speech Clinic' and 'Ana Reyes, OD - Mesa Eye Care': the person the credential
    names; a company's 'Inc.' after a name is no credential."""
    from intake.extract.providers import _credentialed_person

    assert _credentialed_person("Ana Q. Reyes, CCC-SLP, Mesa Speech Clinic") == "Ana Q. Reyes"
    assert _credentialed_person("Ana Q. Reyes, OD - Mesa Eye Care") == "Ana Q. Reyes"
    assert _credentialed_person("Mesa Eye, Inc.") is None


def test_a_claims_table_with_one_claim_per_row_keeps_only_the_denied_row():
    """A monthly statement lists one claim per row under a 'Claim #' column; the row whose remark's legend
    denies is the claim: its number, billed amount and date, none of the paid rows'."""
    got = fields_of(
        line(300, (100, "Claim #"), (500, "Provider"), (1100, "Service date"), (1450, "Billed"), (1700, "Paid"),
             (1950, "Note")),
        line(350, (100, "31Q4401872"), (500, "Harbor Imaging Center"), (1100, "2026-03-02"), (1450, "1210.00"),
             (1700, "0.00"), (1950, "T4")),
        line(400, (100, "31Q4401990"), (500, "Brookmere Clinic"), (1100, "2026-03-09"), (1450, "180.00"),
             (1700, "144.00")),
        line(450, (100, "31Q4402115"), (500, "Dr. Ines Halloran"), (1100, "2026-03-16"), (1450, "95.50"),
             (1700, "76.40")),
        line(530, (100, "Notes")),
        line(580, (100, "T4 The claim reached us after the filing limit, and the provider may not bill you for it.")))
    assert got["case_numbers"] == ["31Q4401872"]
    assert got["claim_amount"] == "1210.00"
    assert got["service_dates"] == ["2026-03-02"]


def test_a_claim_line_opening_with_its_date_over_who_billed_it_heads_the_claim():
    """Summary notices that print 'DATE  Claim Number N' over 'Who billed it, (phone)': the claim's service
    date and provider, where the claim's service lines carry no date."""
    rows = [line(200, (100, "Your Claims for Part B (Medical Insurance)"))]
    y = 260
    for date, who, number, answer, amount in (("Mar 3, 2026", "Harbor Imaging Center", "11-2222-333-444", "Yes",
                                               "$95.00"),
                                              ("Mar 9, 2026", "Brookmere Family Clinic", "55-6666-777-888", "NO",
                                               "$410.00")):
        rows += [line(y, (100, f"{date} Claim Number {number}")),
                 line(y + 50, (100, f"{who}, (555) 010-7788")),
                 line(y + 100, (100, "Service Provided"), (900, "Service Approved?"), (1300, "Amount Charged")),
                 line(y + 150, (100, "Office visit (99213)"), (900, answer), (1300, amount)),
                 line(y + 200, (100, "Total for this claim"), (1300, amount))]
        y += 300
    got = fields_of(*rows)
    assert got["case_numbers"] == ["55-6666-777-888"]
    assert got["provider"] == "Brookmere Family Clinic"
    assert got["service_dates"] == ["2026-03-09"]


def test_a_legend_entry_whose_code_ocr_read_as_a_digit_is_not_the_last_ones_continuation():
    from intake.extract.remarks import ENTRY_START

    assert ENTRY_START.match("8 This service is not paid because it was not needed")   # 'B This service ...'
    assert not ENTRY_START.match("the visits on these dates,")                          # a continuation


def test_dot_leaders_part_label_from_value_clean_or_misread():
    got = fields_of(line(300, (100, "Benefit plan ........................................ QX 40B")),
                    line(360, (100, "Group number .................................... G-5512")),
                    line(420, (100, "Member ID 0.0... cece ee eteeeeeeeeeeeeeeseeeeeeetteetrttss WQ4471902")))
    assert got["plan_id"].replace(" ", "") == "QX40B" and got["group_number"] == "G-5512"
    assert got["member_id"] == "WQ4471902"


def test_leader_words_spare_names_and_prose():
    from intake.layout import leader_words

    def marked(text):
        words = text.split()
        return [w for i, w in enumerate(words) if i in leader_words(words)]

    assert marked("Nombre ........ Rosa M. Cruz") == ["........"]  # 'Rosa' is few round letters, and a name
    assert marked("Plan NO.....: XY-12") == []  # a label word glued to its dots stays a label
    assert marked("no one can see a tree in Tennessee, so ... we said") == []
    assert marked("Name ..... eee cc cence eres eesaaeeeS Ilze Ona") == ["....."] + "eee cc cence eres eesaaeeeS".split()


def test_sideways_table_takes_the_denied_column():
    cols = (100, 700, 1200, 1700)
    rows = [("Claim number", "QA1100", "QB2200", "QC3300"), ("Date of service", "05/02/2026", "06/11/2026", "05/20/2026"),
            ("Provider", "Alder Clinic", "Birch Imaging Center", "Cedar Therapy"),
            ("Amount billed", "$310.00", "$985.50", "$120.00"), ("Plan paid", "$250.00", "$0.00", "$96.00"),
            ("Remark code", "R1", "R9", "R1")]
    lines = [line(300 + 60 * i, *zip(cols, row)) for i, row in enumerate(rows)]
    legend = [line(700, (100, "R1 Paid at the network rate.")), line(760, (100, "R9 This service is not covered."))]
    got = fields_of(*lines, *legend)
    assert got["case_numbers"] == ["QB2200"] and got["claim_amount"] == "985.50"
    assert got["service_dates"] == ["2026-06-11"]
    unexplained = fields_of(*lines[:-1])  # no codes: the one column the plan paid nothing on
    assert unexplained["claim_amount"] == "985.50"


def test_the_agency_or_facility_giving_the_care_is_the_provider_not_who_certified_it():
    got = fields_of(line(300, (100, "Facility / agency: Larchmont Rehabilitation Center (CCN 554433)")))
    assert got["provider"] == "Larchmont Rehabilitation Center"  # the bracketed number is the facility's own
    got = fields_of(line(300, (100, "Certifying physician: Dr. Pell Varden, MD (NPI 1234567893)")),
                    line(360, (100, "Home health agency: Brookfall Visiting Nurses")))
    assert got["provider"] == "Brookfall Visiting Nurses"


def test_numbers_of_a_facility_or_a_claim_paid_in_full_are_not_case_numbers():
    got = fields_of(line(300, (100, "Skilled nursing facility: Larchmont Care Center (CCN 554433)")),
                    line(360, (100, "Claim #: 7788-1122")),
                    line(420, (100, "Recent activity: claim QB-2200 for services on 03/21/2026, $90.00, was paid in full.")))
    assert got["case_numbers"] == ["7788-1122"]
    only = fields_of(line(300, (100, "Your claim QB-2200 for services on 03/21/2026, $90.00, was paid in full.")))
    assert only["case_numbers"] == ["QB-2200"]  # the paper's only claim stays


def test_the_day_a_request_or_notice_arrived_is_no_service_date():
    got = fields_of(line(300, (100, "We received a coverage request from Dr. Pell Varden for the drug above on May 12, 2026.")),
                    line(360, (100, "You received the notice from your provider on May 14, 2026.")))
    assert "service_dates" not in got
    care = fields_of(line(300, (100, "We reviewed the MRI you received on May 2, 2026.")))
    assert care["service_dates"] == ["2026-05-02"]
