"""Reading rules from session 61 (a caption's last word wrapped under its row, a claim cut by the page's foot,
a legend whose two columns open entries on different lines, ...), each a general one (words placed as OCR would
place them; invented values)."""

from __future__ import annotations

from intake.model import Document, Line, PageText, SourceFile, Word
from intake.pipeline import result_of
from intake.rules import cached_rules

SRC = SourceFile("t.tif", "0" * 64, "tiff", 1, 1)
CHAR = 18


def _words(y: float, *cells: tuple[float, str], tall: float = 34) -> list[Word]:
    out = []
    for x, text in cells:
        for tok in text.split():
            out.append(Word(tok, 0.93, (x, y, x + CHAR * len(tok), y + tall)))
            x += CHAR * len(tok) + 14
    return out


def _doc(*pages: list[list[Word]]) -> Document:
    out = []
    for n, rows in enumerate(pages, 1):
        lines = [Line(sorted(ws, key=lambda w: w.bbox[0]), n, i) for i, ws in enumerate(rows) if ws]
        out.append(PageText(n, 2550, 3300, lines, "ocr"))
    return Document(SRC, out)


def _fields(*pages: list[list[Word]]) -> dict:
    return {k: v.value for k, v in result_of(_doc(*pages), cached_rules(), "t.tif").fields.items()}


def _top(y: float = 100) -> list[list[Word]]:
    return [_words(y, (100, "Pemberix Mutual Health Plan")), _words(y + 60, (100, "PO Box 4471, Dunmore, PA 18574")),
            _words(y + 180, (100, "Claims Summary")), _words(y + 240, (100, "Ansel R. Quillby"), (1500, "Member ID: QMB30417722"))]


STATEMENT_COLUMNS = ((100, "Claim no."), (520, "Patient"), (900, "Provider"), (1450, "Billed"), (1700, "Paid"),
                     (1950, "Sta"))


def _claim_row(y: float, number: str, provider: str, billed: str, paid: str, code: str) -> list[Word]:
    return _words(y, (100, number), (520, "Ansel Quillby"), (900, provider), (1450, billed), (1700, paid), (1950, code))


def test_a_captions_last_word_wrapped_under_its_row_still_heads_a_claims_table():
    """'Sta' over 'tus': the caption's tail on a line of its own under the caption row is the header's; the claim
    numbers under 'Claim no.' are read, and the refused row's number is the case's."""
    got = _fields(_top() + [
        _words(700, *STATEMENT_COLUMNS), _words(745, (1950, "tus")),
        _claim_row(820, "QC31-4401927", "Dr. Ivo Pemb", "210.00", "168.00", "P1"),
        _claim_row(880, "QC31-4409155", "Quennel Imaging", "480.00", "0.00", "N7"),
        _claim_row(940, "QC31-4412086", "Dr. Ivo Pemb", "95.00", "76.00", "P1"),
        _words(1060, (100, "N7 Not covered: the provider is not in the plan's network.")),
        _words(1120, (100, "P1 Paid at the network rate."))])
    assert got["case_numbers"] == ["QC31-4409155"]


def test_a_guard_a_lower_case_line_far_under_a_caption_row_is_no_caption_tail():
    from intake.extract.kv_columns import _caption_tail

    heads = [Line(_words(700, (x, t)), 1, 0) for x, t in STATEMENT_COLUMNS]
    prev = Line(_words(700, *STATEMENT_COLUMNS), 1, 0)
    near, far = Line(_words(745, (1950, "tus")), 1, 1), Line(_words(900, (1950, "tus")), 1, 1)
    from intake.layout import cells as split_cells
    from intake.extract.kv_types import Cell

    def row(ln: Line) -> list:
        return [Cell(ws, ln) for ws in split_cells(ln)]

    head_cells = [Cell(h.words, h) for h in heads]
    assert _caption_tail(near, row(near), head_cells, prev)
    assert not _caption_tail(far, row(far), head_cells, prev)
    numbers = Line(_words(745, (1950, "Q41")), 1, 1)
    assert not _caption_tail(numbers, row(numbers), head_cells, prev)


def _household(y: float, number: str, provider: str) -> list[Word]:
    return _words(y, (100, f"Claim {number} · {provider}"))


def _service(y: float, day: str, what: str, billed: str, paid: str, code: str) -> list[Word]:
    return _words(y, (100, day), (400, "Ansel R. Quillby"), (900, what), (1500, billed), (1750, paid), (2000, code))


def test_a_claim_cut_by_the_page_foot_goes_on_overleaf_past_the_statements_totals():
    """The third claim's first row ends page 1, over the statement's totals ('Totals cover every claim on this
    statement'); its refused row and its own total are at the top of page 2. The refused claim is the third."""
    page1 = _top() + [
        _household(700, "QW31-8807316", "Quennel Physical Therapy"),
        _service(760, "02/03/2031", "Therapeutic exercise", "130.00", "92.00", "P1"),
        _words(820, (100, "Claim total 130.00 92.00")),
        _household(900, "QW31-5540388", "Pemberix Skin Clinic"),
        _service(960, "02/05/2031", "Office visit", "148.00", "96.20", "P1"),
        _words(1040, (100, "Billed for all claims"), (900, "Plan paid")),
        _words(1100, (100, "$698.00"), (900, "$188.20")),
        _words(1160, (100, "The totals include all claims on this statement.")),
        _words(3100, (100, "Page 1 of 2"))]
    page2 = [
        _words(100, (100, "Ansel R. Quillby · statement · continued")),
        _service(180, "02/05/2031", "Laser, sun spots", "420.00", "0.00", "X4"),
        _words(240, (100, "Claim total 568.00 96.20")),
        _household(320, "QW31-5540561", "Quennel Urgent Care"),
        _service(380, "02/09/2031", "Urgent care visit", "210.00", "131.50", "P1"),
        _words(440, (100, "Claim total 210.00 131.50")),
        _words(560, (100, "What the codes mean")),
        _words(620, (100, "P1 Paid at the network rate.")),
        _words(680, (100, "X4 Cosmetic: the plan does not pay for it. You may owe the full charge."))]
    assert _fields(page1, page2)["case_numbers"] == ["QW31-5540388"]


def _legend_lines(rows: list[tuple[str, str]], y: float = 300) -> list[Line]:
    out = []
    for i, (left, right) in enumerate(rows):
        cells = [(100, left)] if left else []
        cells += [(1350, right)] if right else []
        out.append(Line(_words(y + 50 * i, *cells, tall=30), 1, i))
    return out


def test_a_code_key_in_two_columns_whose_entries_open_on_different_lines_is_read_column_by_column():
    """'Q2 Paid at 80% ...; the rest is your' beside 'suits, are not covered supplies': the second column's words
    belong to its own code, so 'not covered' speaks for QX4, never for Q2."""
    from intake.columns import unweave

    lines = _legend_lines([("Q1 Paid in full; vaccines have no", "QX4 Work gear, such as gloves and"),
                           ("deductible or coinsurance.", "waders, boots and immersion"),
                           ("Q2 Paid at 80% of the allowed amount; the rest", "suits, are not covered supplies."),
                           ("is your coinsurance.", "QW2 An injury at work is paid by"),
                           ("Q7 Paid at the network rate in an", "workers' compensation first."),
                           ("emergency.", "")])
    read = [ln.text for ln in unweave(lines, 2550)]
    assert read.index("Q2 Paid at 80% of the allowed amount; the rest") == read.index("is your coinsurance.") - 1
    assert read.index("QX4 Work gear, such as gloves and") < read.index("suits, are not covered supplies.")
    assert read.index("emergency.") < read.index("QX4 Work gear, such as gloves and")


def test_a_guard_a_table_of_two_columns_with_codes_on_one_side_only_is_left_as_it_is():
    from intake.columns import unweave

    lines = _legend_lines([("Q1 Office visit", "Paid 92.00"), ("Q2 Lab test", "Paid 14.00"), ("Q3 X-ray", "Paid 0.00")])
    assert [ln.text for ln in unweave(lines, 2550)] == [ln.text for ln in lines]


def test_a_count_in_a_service_description_is_no_note_code():
    """'Therapeutic exercise x2' on a paid line cites no note 'X2' (a legend's code printed in capitals among the
    codes that end a line); the refused line's own code decides."""
    from intake.extract.remarks import cites_note

    assert not cites_note("02/04/31 Therapeutic exercise x2 97110 124.00 99.20 P2", "X2")
    assert cites_note("02/04/31 Lung function test 94010 88.00 0.00 X2", "X2")
    assert cites_note("02/04/31 Lung function test 94010 88.00 0.00 x2", "X2")  # (OCR's small x where the codes stand)


def test_a_legend_saying_a_service_is_not_a_benefit_for_someone_denies():
    from intake.extract.remarks import _legend_denies

    assert _legend_denies("Screening scans are for members only. It is not a benefit for retirees.", cached_rules())
    assert not _legend_denies("Paid in full: a trade benefit for participants.", cached_rules())


def test_a_short_last_group_after_a_mixed_group_ends_the_member_number():
    from intake.extract.ids import find_ids

    assert find_ids("Enrollee # QX 317 B42 S7 | Statement date 2031-04-08")[0][0] == "QX317B42S7"
    assert find_ids("QX 317 B42 S7 Paid")[0][0] == "QX317B42"  # (guard: a word follows: 'S7' is a code)


def test_a_brand_over_the_line_that_ends_its_name_is_read_as_one_name():
    """'Quennel Mutual' over 'Benefit Association' at the top, in the same type: one name, whose second line ends
    as a name ends ('Association'), not a slogan or a department."""
    got = _fields([_words(100, (100, "Quennel Mutual"), tall=44), _words(160, (100, "Benefit Association"), tall=44),
                   _words(300, (100, "Claims Summary")), _words(360, (100, "Member Ansel R. Quillby ID QMB30417722")),
                   _words(440, (100, "We did not pay this claim because the service is not covered."))])
    assert got["insurer"] == "Quennel Mutual Benefit Association"


def test_a_guard_a_brand_over_its_department_keeps_the_brand_alone():
    got = _fields([_words(100, (100, "Quennel Mutual"), tall=44), _words(160, (100, "Member Services"), tall=44),
                   _words(300, (100, "Claims Summary")), _words(360, (100, "Member Ansel R. Quillby ID QMB30417722")),
                   _words(440, (100, "We did not pay this claim because the service is not covered."))])
    assert got["insurer"] == "Quennel Mutual"


def test_an_id_keeps_a_suffix_or_a_tier_the_page_sets_apart_and_a_dashed_id_its_dashes():
    from intake.extract.ids import as_printed

    assert as_printed("QX447102", "Member ID QX4471 02 Group 5") == "QX4471 02"
    assert as_printed("QPPO3000", "Plan QPPO 3000") == "QPPO 3000"
    assert as_printed("1QX4-TE5-MK72", "Medicare number: 1QX4 - TE5 - MK72") == "1QX4-TE5-MK72"
    assert as_printed("QX447102", "ID Q X 4 4 7 1 0 2") == "QX447102"  # (a character to a box: one number)


def test_a_running_headers_continued_is_no_limit_to_keep_services_during_an_appeal():
    from tests.test_kv import fields_of, line

    got = fields_of(line(100, (100, "Quennel Community Health Plan")), line(160, (100, "Date: 03/02/2031")),
                    line(220, (100, "We cannot approve the request for the screening test.")),
                    line(3000, (100, "Page 1 of 2")),
                    line(3200, (100, "Quennel Community Health Plan - Ansel Quillby - continued")),
                    line(3260, (100, "Your rights")),
                    line(3320, (100, "You may ask us for an appeal within 60 days of the date of this letter.")))
    assert got["appeal_deadline"] == "2031-05-01"


def _kv(*lines) -> dict:
    from tests.test_kv import fields_of

    return fields_of(*lines)


def _kv_line(y: float, *cells: tuple[float, str]):
    from tests.test_kv import line

    return line(y, *cells)


HEAD = (_kv_line(100, (100, "Quennel Retiree Health Plan")), _kv_line(200, (100, "Member ID QWR51906648")))
REFUSAL = _kv_line(600, (100, "We did not pay this claim because your coverage ended."))


def test_a_lone_dash_after_a_caption_stands_for_its_colon():
    got = _kv(*HEAD, _kv_line(300, (100, "Patient - Ansel P. Quillby"), (900, "Born - 11/05/1958")), REFUSAL)
    assert got["member_name"] == "Ansel P. Quillby"


def test_a_caption_of_two_parts_a_dash_apart_gives_each_part_the_value_in_its_place():
    """'Contract - Claim' beside 'QH8813-004 - 2612345678901': the first part names the plan's contract, the
    second the claim; the words together name neither."""
    got = _kv(*HEAD, _kv_line(300, (100, "Contract - Claim"), (700, "H8813-004 - 2612345678901")), REFUSAL)
    assert got["plan_id"] == "H8813-004" and got["case_numbers"] == ["2612345678901"]


def test_a_contract_number_in_a_members_shape_is_no_plan_id():
    got = _kv(*HEAD, _kv_line(300, (100, "Contract - QWR83315970")), REFUSAL)
    assert got.get("plan_id") is None
    assert _kv(*HEAD, _kv_line(300, (100, "Contract: H8813-004")), REFUSAL)["plan_id"] == "H8813-004"


def test_a_plan_code_whose_letters_are_glued_to_its_tier_is_the_plans_id():
    assert _kv(*HEAD, _kv_line(300, (1300, "Plan No QPPO-650")), REFUSAL)["plan_id"] == "QPPO-650"
    got = _kv(*HEAD, _kv_line(300, (1300, "Plan: Quennel Select PPO 2000")), REFUSAL)
    assert got.get("plan_id") is None  # (guard: a product's name and its tier)


def _top_page(*texts: str) -> PageText:
    lines = [Line(words=[Word(t, 0.9, (100 + 60 * k, 10 + 60 * i, 150 + 60 * k, 40 + 60 * i))
                         for k, t in enumerate(text.split())], page=1, index=i) for i, text in enumerate(texts)]
    return PageText(1, 2550, 3300, lines, "ocr")


def test_a_fax_machines_line_with_a_bare_number_and_a_page_count_with_no_total_or_an_of_is_the_transmissions():
    from intake.layout import transmission_line

    assert transmission_line(_top_page("APR-03-2031 16:45 QUENNEL PEMB BILLING 5555550123 PAGE 03", "Quennel")) == 0
    assert transmission_line(_top_page("05/29/2031 11:34 QX PROVIDER SVCS 1-888-555-0179 >> 15555550186 PG 1 OF 3",
                                       "Quennel")) == 0
    assert transmission_line(_top_page("Quennel Health Plan", "Statement 2031-04-02 page 1 of 2")) is None


def test_the_fax_machines_line_is_never_the_insurer():
    from intake.extract.insurer import find_insurer

    sent = _words(10, (100, "07/02/2031 11:05"), (480, "QUENNEL BENEFITS DESK"), (1150, "(555) 555-0193"),
                  (1600, "TO (555) 555-0167"), (2250, "P. 1/2"))
    body = _top_page("x", "P E M", "Dear Ansel Quillby:", "We did not approve the request for the scan.")
    page = PageText(1, 2550, 3300, [Line(sent, 1, 0)] + body.lines[1:], "ocr")
    got = find_insurer(page, cached_rules())
    assert got is None or "QUENNEL" not in got.value.upper()


def test_a_cover_that_counts_itself_without_a_pages_caption_sends_the_papers_behind_it():
    from intake.split import page_features

    cover = _top_page("06/11/2031 10:52 FROM PEMB CHAPTER CLERK (555) 555-0163 TO QUENNEL EVENTS 5555550168 PAGE 1/4",
                      "FAX", "Pia Ansel, steward", "Quennel Events Ltd.", "5 counting this one",
                      "Hi - one of our members was hurt at your event. Here are the plan's letter and her statement.")
    assert page_features(cover, cached_rules()).cover


def test_a_sentence_that_names_a_claim_form_does_not_make_the_page_a_forms_copy():
    from intake.split import page_features

    page = _top_page("Pemberix Assistance, Inc.", "GUARANTEE OF PAYMENT",
                     "We need the hospital's UB-04 before we can pay this claim.")
    assert not page_features(page, cached_rules()).form_copy
    assert page_features(_top_page("UB-04 CMS-1450", "Quennel Hospital"), cached_rules()).form_copy


def test_a_spanish_parent_company_line_is_no_part_of_the_plans_name():
    from intake.extract.insurer import find_insurer

    page = _top_page("miembro del Quennel Mutual Group", "Pemberix Health Plan", "PO Box 4127, Dunmore, PA 18574",
                     "Aviso de denegación")
    assert find_insurer(page, cached_rules()).value == "Pemberix Health Plan"


def test_the_dates_of_a_table_of_refused_fills_win_over_the_table_of_paid_ones():
    """A drug plan's month: fills paid in one table (their dates under 'Pharmacy and date filled'), the one it did not
    pay for in a table under 'Drugs we did not pay for' (its date under a bare 'Date'): the refused fill's date
    is the service date."""
    got = _fields(_top() + [
        _words(640, (100, "Fills paid this month")),
        _words(700, (100, "Drug name"), (700, "Pharmacy and date filled"), (1400, "Full cost"), (1700, "Plan paid"),
               (2000, "You paid")),
        _words(760, (100, "Quennelol 5 mg tablet"), (700, "Pemberix Drug"), (1400, "7.10"), (1700, "2.05"),
               (2000, "5.05")),
        _words(805, (700, "Mar 4, 2031")),
        _words(860, (100, "Pemberol ER 500 mg"), (700, "Quillby Apothecary"), (1400, "15.60"), (1700, "0.00"),
               (2000, "15.60")),
        _words(905, (700, "Mar 17, 2031")),
        _words(1000, (100, "Drugs we did not pay for this month")),
        _words(1060, (100, "Date"), (500, "Drug and prescriber"), (1200, "Pharmacy"), (1600, "Amount"),
               (1900, "Reason")),
        _words(1120, (100, "Mar 9, 2031"), (500, "Ansemig 100 mg tablet"), (1200, "Quennel Mail Order"),
               (1600, "231.40"), (1900, "71")),
        _words(1220, (100, "Reason 71: More than the plan's limit of 6 tablets a month."))])
    assert got["service_dates"] == ["2031-03-09"]


def test_a_parent_company_line_opening_with_a_is_no_member_caption():
    """'a member of the' beside 'Quennel Mutual Group' over a plan's letterhead names the plan's owner: its 'member'
    is no caption (the group's name is no patient's); 'Member:' with its colon still is one."""
    from intake.extract.context import Context

    doc = _doc([_words(20, (100, "PEMBERIX"), tall=80), _words(120, (100, "HMO, Inc.")),
                _words(300, (100, "a member of the"), (520, "Quennel Mutual Group")),
                _words(400, (100, "Member: Ansel R. Quillby"))])
    labels = [lab.cell.text for lab in Context(doc, cached_rules()).ix.labels]
    assert "a member of the" not in labels and "Member: Ansel R. Quillby" in labels


def test_a_plan_option_caption_names_the_plans_code():
    got = _kv(*HEAD, _kv_line(300, (100, "MEMBER"), (500, "MEMBER NO."), (900, "PLAN OPTION"), (1300, "GROUP")),
              _kv_line(345, (100, "Ansel Quillby"), (500, "QCP 6120 9935"), (900, "QPC-2500"), (1300, "QP-0733")), REFUSAL)
    assert got["plan_id"] == "QPC-2500" and got["group_number"] == "QP-0733"


def test_a_plan_code_of_letters_in_a_running_line_ends_where_the_next_caption_begins():
    got = _kv(*HEAD, _kv_line(300, (100, "Client QTB7730981 Plan QB-U Referral QV-TB-31-8815")), REFUSAL)
    assert got["plan_id"] == "QB-U"
    assert _kv(*HEAD, _kv_line(300, (100, "Plan No QC-A1"), (900, "Woods Crew")), REFUSAL)["plan_id"] == "QC-A1"


def test_a_remittances_payee_line_is_no_insurer_and_ocrs_euro_sign_between_words_is_an_ampersand():
    from intake.extract.insurer import find_insurer

    page = _top_page("payee Quennel Hand & Wrist Center, PC", "Pemberix Plan Services, Inc.", "REMITTANCE ADVICE")
    assert find_insurer(page, cached_rules()).value.startswith("Pemberix Plan Services")
    page = _top_page("Quennel € Pemb Health Plan", "PO Box 4127, Dunmore, PA 18574", "Dear Ansel Quillby:")
    assert find_insurer(page, cached_rules()).value == "Quennel & Pemb Health Plan"


def test_a_capitalised_word_glued_to_a_number_is_no_part_of_it():
    from intake.extract.ids import find_ids

    assert find_ids("Member ID QKH58817206Ref no. QA772091")[0][0] == "QKH58817206"


def test_the_fax_machines_line_gives_no_case_number_whatever_caption_ocr_finds_on_it():
    """'... QUENNEL CLAIMS SVCS 1 866 555 0177 >> ... P. 1/2' over a remittance: 'CLAIMS' is the sender's name, the
    number its phone."""
    sent = _words(10, (100, "MAY-14-2031 08:17"), (480, "QUENNEL CLAIMS SVCS 1 866 555 0177"), (1350, ">> PEMB BILLING"),
                  (1900, "JOB 73318 P. 1/2"))
    got = _fields([sent] + _top(120) + [
        _words(760, (100, "We did not pay this claim because the service is not covered."))])
    assert "18665550177" not in (got.get("case_numbers") or [])


def test_a_role_caption_in_capitals_run_into_the_name_is_no_part_of_the_provider():
    from intake.extract.providers import ROLE_LEAD, PAPER_TITLE

    assert ROLE_LEAD.sub("", "RENDERING ANSEL QUILLBY") == "ANSEL QUILLBY"
    assert ROLE_LEAD.sub("", "BILLING PROVIDER: QUENNEL CLINIC") == "QUENNEL CLINIC"
    assert ROLE_LEAD.sub("", "Rendering physician Ansel Quillby") == "Rendering physician Ansel Quillby"  # (its own)
    assert PAPER_TITLE.search("remittance advice") and not PAPER_TITLE.search("quennel remittance services")


def test_a_refused_claims_sum_row_is_its_charge_not_one_more_row_to_add():
    from intake.extract.context import SUM_ROW

    assert SUM_ROW.match("Claim 417.00 0.00 0.00") and SUM_ROW.match("Subtotal $90.00 $0.00")
    assert not SUM_ROW.match("04/19/31 99213 1 164.00 0.00 0.00 CO-96 QK2")
