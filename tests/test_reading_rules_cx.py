"""Reading rules from session 31 (round CX, a controlled standard-fax re-capture, and what they showed of older
rounds), each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.extract.ids import find_ids
from intake.layout import build_lines
from intake.model import Line, Word
from tests.test_kv import CHAR, fields_of, line
from tests.test_reading_rules_cq import _classify_lines


def placed(y: float, height: float, *cells: tuple[float, str]) -> Line:
    """Like `line`, with the line's height given (a header set small, a row set larger)."""
    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, 0.97, (x, y, x + CHAR * len(tok), y + height)))
            x += CHAR * len(tok) + 14
    return Line(words=words, page=1)


def ocr_row(y: float, *words: tuple[float, str, float]) -> list[Word]:
    """One OCR line's words: (x, text, confidence), all in the engine's line 0 of this row."""
    return [Word(t, c, (x, y, x + CHAR * max(1, len(t)), y + 34), int(y)) for x, t, c in words]


# --- specks ---------------------------------------------------------------------------------------------------

def test_faint_marks_of_shading_are_no_words():
    """A fax's shaded row: OCR reads its dots as 'o', '|', '~' with little confidence; the name stands alone."""
    words = ocr_row(300, (100, "PATIENT", 0.60), (420, "o", 0.07), (600, "Ana", 0.85), (680, "B.", 0.85),
                    (730, "Example", 0.80), (890, "o", 0.24), (1500, "|", 0.22), (1600, "~", 0.10))
    got = build_lines(words, 1)
    assert [w.text for w in got[0].words] == ["PATIENT", "Ana", "B.", "Example"]


def test_separators_digits_and_sure_marks_stay():
    """A low-confidence dash joins an ID's parts and a colon ends a label; a digit is never a speck; a mark
    read with confidence is what was printed; a text layer's words are never touched."""
    words = ocr_row(300, (100, "Claim", 0.9), (220, ":", 0.12), (260, "78100", 0.9), (370, "-", 0.10),
                    (400, "560012", 0.9), (600, "7", 0.05), (900, "|", 0.90))
    assert [w.text for w in build_lines(words, 1)[0].words] == ["Claim", ":", "78100", "-", "560012", "7", "|"]
    layer = [Word(t, 1.0, (x, 300, x + 20, 334)) for x, t in ((100, "Name"), (200, "o"), (300, "|"))]
    assert [w.text for w in build_lines(layer, 1)[0].words] == ["Name", "o", "|"]


def test_a_lone_letter_is_a_speck_only_when_wide_apart_or_ending_a_row():
    """'a' read between two far words, a letter as wide as four: specks; a close faint initial stays."""
    words = ocr_row(300, (100, "MEMBER", 0.9), (260, "ID", 0.9), (420, "A", 0.12), (700, "QX5500912", 0.6))
    assert [w.text for w in build_lines(words, 1)[0].words] == ["MEMBER", "ID", "QX5500912"]
    words = ocr_row(300, (100, "Ana", 0.9), (170, "R", 0.2), (200, "Example", 0.9))
    assert [w.text for w in build_lines(words, 1)[0].words] == ["Ana", "R", "Example"]


# --- labels and IDs -------------------------------------------------------------------------------------------

def test_a_bracketed_qualifier_after_a_header_label_is_the_labels():
    """'MEMBER ID (ACCESS CARD)' heads the member's number printed in groups under it."""
    got = fields_of(line(100, (100, "Example Keystone Health Partners")),
                    line(170, (100, "DENIAL NOTICE")),
                    line(240, (100, "MAIL DATE"), (700, "MEMBER NAME"), (1400, "MEMBER ID (ACCESS CARD)")),
                    line(300, (100, "May 16, 2031"), (700, "Ana B. Example"), (1400, "71 2345 6789")))
    assert got["member_id"] == "71 2345 6789"  # as printed, for a reader to copy
    got = fields_of(line(100, (100, "Example Program Service Center")),
                    line(170, (100, "Hospital Insurance (Part A)"), (900, "Entitled since 2029")))
    assert got.get("provider") is None  # '(Part A)' names a part of a program: the label is no provider's


def test_ocrs_ib_and_ld_for_id_in_a_header():
    """A small-capitals header 'MEMBER Ib' (or 'lD') heads the member's number, as 'MEMBER ID' does."""
    for word in ("Ib", "lD"):
        got = fields_of(line(100, (100, "Example Regional Health Plan")),
                        line(170, (100, "DATE"), (500, "MEMBER"), (1300, f"MEMBER {word}")),
                        line(230, (100, "02/25/2031"), (500, "Ana B. Example"), (1300, "QXK10000001")))
        assert got["member_id"] == "QXK10000001"


def test_an_id_in_groups_before_a_bracket_and_a_stop():
    """'(ID 71 2345 6789).': the last group is the number's, the bracket and the stop are not."""
    assert find_ids("for Ana Example (ID 71 2345 6789).")[0][0] == "7123456789"
    assert find_ids("Page 1 of 2.") == []


def test_a_number_said_before_a_new_clause_is_not_the_next_clauses():
    """'request was number PA123, and your program ID is 456': the request's number stops at the clause."""
    got = fields_of(line(100, (100, "Example Ridge Health Plan")),
                    line(170, (100, "Your appeal number is A1234567; the first")),
                    line(230, (100, "request was number PA77000001, and your ExampleCare ID is 440000001.")))
    assert sorted(got["case_numbers"]) == ["A1234567", "PA77000001"]
    assert got["member_id"] == "440000001"


def test_a_state_hearings_limit_is_no_appeal_deadline():
    """The sentence after 'you may ask for a state hearing' gives the hearing's limit, not an appeal's."""
    got = fields_of(line(100, (100, "Example Crossroads Health Plan")),
                    line(170, (100, "April 3, 2031")),
                    line(240, (100, "This is the final decision of our appeal process. If you do not agree, you may"
                                    " ask for a state")),
                    line(300, (100, "hearing. You must ask within 120 calendar days from the date of this notice.")))
    assert got.get("appeal_deadline") is None


def test_care_days_said_in_sentences():
    """Spanish 'de los dias X, Y y Z' after the therapy; 'claim number X from ... for ... on DATE'."""
    got = fields_of(line(100, (100, "Example Mutual Health")),
                    line(170, (100, "Recibimos la reclamacion de Example Rehab por terapia vestibular (CPT 97112) de los")),
                    line(230, (100, "dias 11 de mayo de 2031, 14 de mayo de 2031 y 18 de mayo de 2031.")))
    assert got["service_dates"] == ["2031-05-11", "2031-05-14", "2031-05-18"]
    got = fields_of(line(100, (100, "Example Crossroads Health Plan")),
                    line(170, (100, "You asked us to pay claim number 54000000000001 from Example Laser and Skin for"
                                    " laser")),
                    line(230, (100, "hair removal on February 6, 2031. The provider billed $425.57 for this visit.")))
    assert got["service_dates"] == ["2031-02-06"]


# --- tables ---------------------------------------------------------------------------------------------------

def test_a_note_code_with_its_dash_picks_the_denied_claim():
    """Codes printed 'N-47' in the rows and the legend: the claim whose line cites the denying note."""
    got = fields_of(line(100, (100, "Example Mutual Health")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Claim 710000000001 Provider: Example Eye Associates Service date: 01/21/2031")),
                    line(300, (100, "66984"), (400, "Cataract removal"), (1200, "2,236.11"), (1500, "751.31")),
                    line(360, (100, "Claim total"), (1200, "2,236.11"), (1500, "751.31")),
                    line(440, (100, "Claim 710000000002 Provider: Example Surgery Center Service date: 01/21/2031")),
                    line(500, (100, "V2787"), (400, "Lens upgrade"), (1200, "1,384.57"), (1500, "0.00"),
                         (1800, "N-47")),
                    line(560, (100, "Claim total"), (1200, "1,384.57"), (1500, "0.00")),
                    line(640, (100, "Notes")),
                    line(700, (100, "N-47: The lens upgrade is a convenience item excluded under your plan.")))
    assert got["case_numbers"] == ["710000000002"]
    assert got["provider"] == "Example Surgery Center"


def test_a_claim_number_whose_e_ocr_read_as_a_pound_sign_opens_its_row():
    """'£2670...' for 'E2670...' in the claims column: still the rows of a claims table."""
    got = fields_of(line(100, (100, "Example Family Health")),
                    line(170, (100, "EXPLANATION OF BENEFITS")),
                    line(240, (100, "Claim"), (450, "Provider"), (900, "Date"), (1200, "Billed"), (1450, "Plan paid"),
                         (1700, "Note")),
                    line(300, (100, "\u00a32670000000001"), (450, "Example Pediatrics"), (900, "2031-02-20"),
                         (1200, "212.77"), (1450, "103.83")),
                    line(360, (100, "E2670000000002"), (450, "Example Sleep Testing"), (900, "2031-03-14"),
                         (1200, "425.13"), (1450, "0.00"), (1700, "D7")),
                    line(420, (100, "D7 Home sleep testing is not covered for members under 18 under this plan.")))
    assert got["case_numbers"] == ["E2670000000002"]
    assert got["claim_amount"] == "425.13"


def test_a_two_line_header_band_set_apart_still_heads_its_rows():
    """'Date of' over 'service' in a header band padded above the rows: the rows are measured from its end."""
    got = fields_of(placed(100, 34, (100, "Example Ridge Health Plan")),
                    placed(170, 34, (100, "Your Health Care Statement")),
                    placed(250, 22, (100, "Date of"), (300, "Claim number"), (650, "Service"), (1150, "Provider"),
                           (1650, "Billed"), (1850, "Plan paid"), (2100, "Status")),
                    placed(273, 16, (100, "service")),
                    placed(331, 24, (100, "10/16/30"), (300, "460000000001"), (650, "Office visit (99213)"),
                           (1150, "Example Family Clinic"), (1650, "$168.01"), (1850, "$71.33"), (2100, "Paid")),
                    placed(395, 24, (100, "11/24/30"), (300, "460000000002"), (650, "Chiropractic (98941)"),
                           (1150, "Example Chiropractic"), (1650, "$95.03"), (1850, "$0.00"), (2100, "Not covered")))
    assert got["case_numbers"] == ["460000000002"]
    assert got["claim_amount"] == "95.03"


def test_a_first_row_with_two_cells_run_together_still_fills_the_header_band():
    """OCR ran narrow cells of the first row together; the row still stands under every header, however far below."""
    heads = [(100, "Patient"), (500, "Medicaid ID"), (800, "Pt acct"), (1000, "ICN"), (1300, "DOS"), (1450, "Proc"),
             (1600, "Billed"), (1780, "Allowed"), (1960, "Paid"), (2120, "CARC")]
    got = fields_of(placed(100, 34, (100, "EXAMPLE CROSSROADS HEALTH PLAN")),
                    placed(170, 34, (100, "REMITTANCE ADVICE")),
                    placed(250, 21, *heads),
                    placed(345, 23, (100, "DOE, ANA B"), (500, "810000000001"), (800, "MG100001 5600000000001"),
                           (1300, "12/13/30 99392"), (1600, "258.27"), (1780, "163.31"), (1960, "163.31"),
                           (2120, "CO-45")),
                    placed(410, 23, (100, "ROE, CARL D"), (500, "810000000002"), (800, "MG100002 5600000000002"),
                           (1300, "12/07/29 99214"), (1600, "173.29"), (1780, "0.00"), (1960, "0.00"),
                           (2120, "CO-29")),
                    placed(490, 23, (100, "CO-29 The time limit for filing has expired.")))
    assert got["case_numbers"] == ["5600000000002"]
    assert got["claim_amount"] == "173.29"


# --- what the paper is ----------------------------------------------------------------------------------------

def test_a_decision_changed_on_appeal_approves():
    """'We first denied ... We have changed our decision and will pay the claim': no denial."""
    got = _classify_lines("Example Crossroads Health Plan", "NOTICE OF APPEAL RESOLUTION",
                          "We first denied the claim because we thought the sedation needed prior authorization.",
                          "A dentist who was not part of the first decision reviewed your appeal.",
                          "We have changed our decision and will pay the claim.")
    assert (got.document_type, got.denial_type) == ("other", None)
    got = _classify_lines("Example Dunes Health Plan",
                          "You asked us to look again at our notice, which denied prior authorization request PA-1.",
                          "We have reversed our earlier decision and approved the twelve visits.")
    assert (got.document_type, got.denial_type) == ("other", None)


def test_a_letter_to_the_plan_from_the_care_team_decides_nothing():
    """The treating therapist asks the plan to cover denied visits: the letter quotes the denial, it is no denial."""
    got = _classify_lines("Example Balance Rehab", "Example Mutual Health - Benefit Exceptions",
                          "Re: Request for an exception to the therapy visit limit",
                          "I am the treating physical therapist for Ana Example.",
                          "Visits on April 18, 2031 were denied because the 20-visit limit was reached.",
                          "I ask that you cover the two denied visits as an exception to the limit.")
    assert (got.document_type, got.denial_type) == ("other", None)
    got = _classify_lines("Example Endocrinology", "I am writing, with my patient's permission, to file a grievance"
                          " about your decision to deny a glucose monitor that I ordered.",
                          "Your denial notice said the request was not medically necessary.")
    assert (got.document_type, got.denial_type) == ("other", None)


def test_not_a_member_on_the_day_of_service_is_eligibility():
    got = _classify_lines("Example Health Plan", "AVISO DE DENEGACION DE PAGO",
                          "No pagamos este reclamo. En la fecha del servicio usted no era miembro de nuestro plan.")
    assert got.denial_type == "eligibility"


def test_not_payable_in_this_setting_is_a_level_of_care_denial():
    got = _classify_lines("Example Mutual Health", "Explanation of Benefits",
                          "05-02-2031 J1439 Iron infusion 2,942.11 0.00 0.00 2,942.11 SC4",
                          "SC4 Not payable in this setting. Under medical policy Site of Care for Specialty Infusions,"
                          " the drug is covered at home or in an office.")
    assert got.denial_type == "level_of_care"
    got = _classify_lines("Example Mutual Health", "SITE OF CARE EXCEPTION - APPROVED",
                          "The infusions may be given at the hospital outpatient department through June 30, 2031.")
    assert (got.document_type, got.denial_type) == ("other", None)  # the exception an approval grants


# --- who gave the care ----------------------------------------------------------------------------------------

def test_a_footers_page_number_is_no_provider_and_a_semicolon_ends_the_name():
    got = fields_of(line(100, (100, "Example Meadow Health Partners")),
                    line(170, (100, "Provider: Example Eye Surgery Center; surgeon Ana B. Example, MD (NPI 1000000004).")),
                    line(240, (100, "We did not pay for the lens upgrade. It is excluded under your plan.")))
    assert got["provider"] == "Example Eye Surgery Center"
    got = fields_of(line(100, (100, "Example Meadow Health Partners")),
                    line(170, (100, "NOTICE OF ADVERSE BENEFIT DETERMINATION")),
                    line(240, (100, "Prescriber"), (1500, "We denied the drug your prescriber asked for.")),
                    line(300, (100, "Page 1 of 1")))
    assert got.get("provider") is None
