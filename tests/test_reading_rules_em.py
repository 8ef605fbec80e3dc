"""Reading rules from session 56 (a legend or notes set in two columns side by side, read one column after the
other), each a general one (words placed as OCR or a text layer would place them; invented values)."""

from __future__ import annotations

from intake.columns import unweave
from intake.rules import cached_rules
from intake.split import page_features
from tests.test_kv import fields_of, line
from tests.test_reading_rules_el import _page

WIDTH = 2550
RIGHT = 1300  # where the right column starts (the page is 2550 wide; the left column from 100)


def _two_column_legend(y: int) -> list:
    """A notes key in two columns: OCR's lines run across both, so each holds the end of one entry and the start
    of another."""
    rows = [("QP1 The plan paid its share of the approved amount and",
             "QN7 The plan does not cover this service, so we"),
            ("nothing more is due from the plan for this line.",
             "did not pay it. You may owe the provider for it."),
            ("QP2 We paid the coinsurance for this line after the",
             "QD2 Applied to your deductible for the year, which"),
            ("deductible was met earlier in the plan year, as usual.",
             "is the amount you pay before the plan pays.")]
    return [line(y + 40 * k, (100, left), (RIGHT, right)) for k, (left, right) in enumerate(rows)]


def test_a_two_column_legend_is_read_one_column_then_the_other():
    lines = [line(100, (100, "What the notes mean")), *_two_column_legend(140),
             line(400, (100, "Questions? Call the number on your card."))]
    got = [ln.text for ln in unweave(lines, WIDTH)]
    assert got == ["What the notes mean",
                   "QP1 The plan paid its share of the approved amount and",
                   "nothing more is due from the plan for this line.",
                   "QP2 We paid the coinsurance for this line after the",
                   "deductible was met earlier in the plan year, as usual.",
                   "QN7 The plan does not cover this service, so we",
                   "did not pay it. You may owe the provider for it.",
                   "QD2 Applied to your deductible for the year, which",
                   "is the amount you pay before the plan pays.",
                   "Questions? Call the number on your card."]


def test_captions_beside_values_and_table_rows_stay_as_lines():
    """A box of captions and their values, and a criteria table, have a wide gap too, but no sentence runs on
    from line to line in either column: they are rows, read across."""
    rows = [line(100, (100, "Care you asked for"), (RIGHT, "Visit with a skin doctor at the clinic")),
            line(140, (100, "Asked for by"), (RIGHT, "Dr. Ivo Q. Pemberix of the Quennel Clinic")),
            line(180, (100, "Person who got the care"), (RIGHT, "Ansel R. Quillby, the plan's member")),
            line(220, (100, "Six months of medicine tried first"), (RIGHT, "Not met: six weeks of medicine only")),
            line(260, (100, "Seen by a specialist before the request"),
                 (RIGHT, "Not met: no specialist note received"))]
    assert unweave(rows, WIDTH) == rows


def test_a_refused_line_told_by_a_code_of_a_two_column_key_is_the_claim():
    """Three lines on a statement, one coded QN7; the key that says QN7 was not paid is set in two columns, its
    words on the same OCR lines as another code's: the refused line's date is the service's."""
    got = fields_of(
        line(100, (100, "Quennel Mutual Health"), (1500, "Statement date: May 6, 2031")),
        line(160, (100, "EXPLANATION OF BENEFITS"), (1500, "Member ID: QXM8459989")),
        line(220, (100, "Member: Pia L. Quillby")),
        line(300, (100, "Date"), (400, "Service"), (1000, "Charged"), (1300, "Allowed"), (1600, "We paid"),
             (1900, "Note")),
        line(340, (100, "04/09/2031"), (400, "Office visit"), (1000, "152.30"), (1300, "131.05"),
             (1600, "104.84"), (1900, "QP2")),
        line(380, (100, "04/21/2031"), (400, "Refraction"), (1000, "72.00"), (1300, "0.00"), (1600, "0.00"),
             (1900, "QN7")),
        line(420, (100, "04/30/2031"), (400, "Blood count"), (1000, "31.00"), (1300, "8.44"), (1600, "8.44"),
             (1900, "QP1")),
        line(520, (100, "What the notes mean")),
        *_two_column_legend(560))
    assert got["service_dates"] == ["2031-04-21"]


def test_a_caption_glued_to_its_value_at_the_colon_is_read_as_a_caption():
    """'Plan member number:QXM8459989' (no space after the colon, as OCR often reads it): the caption's word and
    the value are two words, so the member's number is found; a time ('10:30') or a web address stays whole."""
    words = [("Quennel", 100, 100, 300, 0), ("Advantage", 320, 100, 560, 0),
             ("Plan", 100, 300, 180, 1), ("member", 200, 300, 340, 1), ("number:QXM8459989", 360, 300, 760, 1),
             ("Open", 100, 360, 180, 2), ("at", 200, 360, 240, 2), ("10:30", 260, 360, 360, 2)]
    page = {"number": 1, "width": 2550, "height": 3300, "method": "ocr", "rotation": 0, "skew": 0.0,
            "mean_conf": 0.9, "words": [[t, 0.9, [x0, y, x1, y + 34], g] for t, x0, y, x1, g in words]}
    from intake.model import page_from_dict

    lines = page_from_dict(page).lines
    assert [w.text for w in lines[1].words] == ["Plan", "member", "number:", "QXM8459989"]
    assert lines[2].text == "Open at 10:30"
    assert fields_of(*lines)["member_id"] == "QXM8459989"


def test_a_care_providers_name_ends_at_its_cell():
    """A row of values over small captions: the study site's name, then the doctor's in the next cell. The care
    provider named on the line is the site, without the doctor read on from the next cell."""
    got = fields_of(
        line(100, (100, "Quennel Health Assurance Company")),
        line(160, (100, "Member services 1-866-555-0101")),
        line(260, (100, "Ansel R. Quillby")),
        line(400, (100, "QA31-5278700"), (800, "QXM8459989"), (1300, "G-2047")),
        line(440, (100, "AUTHORIZATION NO."), (800, "MEMBER ID"), (1300, "GROUP")),
        line(520, (100, "Quillvane Hematology & Oncology"), (1300, "Ivo P. Pemberix")),
        line(560, (100, "TRIAL CLINIC"), (1300, "STUDY DOCTOR")),
        line(660, (100, "Dear Ansel R. Quillby,")),
        line(700, (100, "Good news: your visits at the trial clinic are covered from May 12, 2031 to")),
        line(740, (100, "November 10, 2031.")))
    assert got["provider"] == "Quillvane Hematology & Oncology"


def _family_statement(refused_person: str, refused_id: str) -> list:
    rows = [("QC1003307", "Pia L. Quillby", "QXB5495363*01", "02/21/2031", "1,304.62", "826.19", "QP1"),
            ("QC9332836", "Ansel N. Quillby", "QXB5495363", "05/03/2031", "402.75", "251.30", "QP1"),
            ("QC3785900", refused_person, refused_id, "05/06/2031", "402.75", "0.00", "QN7"),
            ("QC7916011", refused_person, refused_id, "04/28/2031", "44.00", "27.63", "QP1")]
    out, y = [], 400
    for claim, person, number, day, billed, paid, note in rows:
        out.append(line(y, (100, f"Claim {claim} {person} {number}"), (1900, "each plan year.")))
        out.append(line(y + 40, (100, day), (400, "Office visit"), (1000, billed), (1300, paid), (1900, note)))
        out.append(line(y + 80, (100, "Claim total"), (1000, billed), (1300, paid)))
        y += 140
    return out


def test_the_refused_claim_of_a_family_statement_names_its_patient_after_the_claims_number():
    """'Claim QC3785900 Ivo T. Quillby QXB5495363*02' heads the one refused claim of a family's statement: the
    patient is the person that claim's header names, with the number printed after the name, not the subscriber
    the statement is addressed to, even where another claim of that patient's, paid, is headed the same way."""
    got = fields_of(
        line(100, (100, "Quennel Cooperative Health Plan"), (1500, "Statement date May 15, 2031")),
        line(160, (100, "EXPLANATION OF BENEFITS")),
        line(220, (100, "Ansel N. Quillby"), (1500, "Subscriber"), (1800, "Ansel N. Quillby")),
        line(260, (100, "40 Example Road"), (1500, "Subscriber no."), (1800, "QXB5495363")),
        line(320, (100, "Date"), (400, "Service"), (1000, "Billed"), (1300, "Plan paid"), (1900, "Note")),
        *_family_statement("Ivo T. Quillby", "QXB5495363*02"),
        line(1000, (100, "QP1 Paid at the network level under your plan.")),
        line(1040, (100, "QN7 Not covered: the plan does not pay for this service.")))
    assert got["member_name"] == "Ivo T. Quillby"
    assert got["member_id"] == "QXB5495363*02"
    assert got["case_numbers"] == ["QC3785900"]


def _captions(y: float, *cells: tuple[float, str]):
    """A row of small captions (two thirds of the values' type size) under a row of boxed values."""
    from intake.model import Line, Word

    words = []
    for x, text in cells:
        for tok in text.split():
            words.append(Word(tok, 0.95, (x, y, x + 12 * len(tok), y + 22)))
            x += 12 * len(tok) + 10
    return Line(words=words, page=1)


def test_a_grid_of_boxed_values_each_row_over_its_own_small_captions():
    """Rows of boxed values, each over its own row of small captions, the last one at about the same distance from
    the heading under it as from its values: every caption row names the values over it, so the charge is the
    claim's amount (a caption row between two value rows is the upper row's, not a header of the lower)."""
    got = fields_of(
        line(100, (100, "Quennel Workboat Welfare Fund")),
        line(160, (100, "Member services 1-888-555-0199")),
        line(300, (100, "| Ansel R. Quillby"), (900, "| QXR1428083"), (1500, "| QRH-318")),
        _captions(372, (110, "WORKER (PATIENT)"), (910, "ID NUMBER"), (1510, "GROUP")),
        line(440, (100, "| Quillvane Landing Hospital"), (900, "| 11-Mar-2031 to 13-Mar-2031"), (1500, "| QUR-824628")),
        _captions(512, (110, "HOSPITAL STAY"), (1510, "REVIEW NO.")),
        line(580, (100, "| QK2888181768"), (600, "| $52,601.19"), (1100, "| 2031-03-08"), (1500, "| M/V Quill Barge")),
        _captions(652, (110, "CLAIM"), (610, "HOSPITAL CHARGES"), (1110, "SHIFT ENDED"), (1510, "LAST POST")),
        line(727, (100, "Our answer about where your care should have been given")),
        line(800, (100, "Dear Mr. Quillby:")),
        line(840, (100, "The days count as an outpatient stay, not an inpatient one, and are paid that way.")))
    assert got["claim_amount"] == "52601.19"


def test_a_long_legend_entry_refuses_and_a_deductible_note_does_not():
    """A statement's key: 'Q4 ... went toward your deductible. The plan paid nothing on this line.' is the
    member's share, no refusal; 'QW ...' explains over six lines that the waiting period stops the plan paying,
    its refusing words on its sixth line. The claim coded QW is the refused one."""
    rows = [("Claim QC2031-107-352", "02/09/2031", "207.00", "133.60", "106.88", "Q1"),
            ("Claim QC2031-119-604", "02/17/2031", "349.00", "0.00", "0.00", "QW"),
            ("Claim QC2031-128-275", "03/02/2031", "58.00", "21.75", "0.00", "Q4")]
    body, y = [], 400
    for claim, day, billed, allowed, paid, note in rows:
        body.append(line(y, (100, f"{claim} Pia L. Quillby")))
        body.append(line(y + 40, (100, day), (400, "Office visit"), (1000, billed), (1300, allowed), (1600, paid),
                         (1900, note)))
        y += 100
    legend = ["Q1 Paid at the network rate after your deductible and coinsurance.",
              "Q4 The allowed amount was applied to your deductible for the year; nothing paid on this line.",
              "QW Your policy has a first-year wait for any illness you were being seen for when",
              "it started. The records we have show the visits on this line were for such an",
              "illness, and the wait runs to the end date printed on your policy card. Should",
              "another policy have covered you just before this one, ask that insurer for a",
              "letter saying so and mail it to us, and the wait may be made shorter; until it",
              "ends, the plan cannot pay them."]
    got = fields_of(
        line(100, (100, "Quennel Health Pool"), (1500, "Statement date March 19, 2031")),
        line(160, (100, "EXPLANATION OF BENEFITS"), (1500, "Policy no. QXL952228053")),
        line(220, (100, "Ansel J. Quillby")),
        line(320, (100, "Date"), (400, "Service"), (1000, "Billed"), (1300, "Allowed"), (1600, "Paid"), (1900, "Code")),
        *body,
        line(760, (100, "What the codes mean")),
        *[line(800 + 40 * k, (100, text)) for k, text in enumerate(legend)])
    assert got["case_numbers"] == ["QC2031-119-604"]
    assert got["service_dates"] == ["2031-02-17"]


def test_numbered_captions_under_their_values_name_them():
    """'1. Member  2. Member ID  3. Group  4. Plan' in small type under the values' boxes (as Medicare and many plans
    number them): the numbers are the boxes', not the values'; each caption names the value over it."""
    got = fields_of(
        line(100, (100, "Quennel Mutual Health Insurance Company")),
        line(160, (100, "Member services 1-866-555-0142")),
        line(300, (100, "Pia L. Quillby"), (800, "QHR953653369"), (1300, "G-914330"), (1800, "QHP-4100")),
        _captions(344, (110, "1. Member"), (810, "2. Member ID"), (1310, "3. Group"), (1810, "4. Plan")),
        line(420, (100, "QC7295-547328"), (800, "Quillvane Maternal Supply"), (1800, "$436.00")),
        _captions(464, (110, "5. Claim number"), (810, "6. Supplier"), (1810, "7. Billed")),
        line(560, (100, "Your request for a breast pump was not approved: a personal pump is covered, not a")),
        line(600, (100, "hospital-grade rental, unless the baby is in the hospital. Notice date: May 4, 2031.")))
    assert got["member_id"] == "QHR953653369"
    assert got["group_number"] == "G-914330"
    assert got["plan_id"] == "QHP-4100"
    assert got["case_numbers"] == ["QC7295-547328"]


def test_numbered_captions_over_their_values_are_read_as_before():
    """A claim form's boxes print the number and caption first, the value under it: the same captions over the
    values name them as they always did."""
    got = fields_of(
        line(100, (100, "PRIOR APPROVAL DECISION")),
        _captions(200, (110, "1. NOTICE DATE"), (810, "2. MEMBER NAME"), (1510, "3. MEDICAID NUMBER")),
        line(236, (100, "05/11/2031"), (800, "Ansel B. Quillby"), (1500, "70238544057")),
        _captions(300, (110, "4. BIRTH DATE"), (810, "5. REQUEST NUMBER"), (1510, "6. RECEIVED ON")),
        line(336, (100, "09/14/1948"), (800, "3687780063"), (1500, "05/03/2031")),
        line(460, (100, "We cannot approve new dentures now: the program pays for a set once every five")),
        line(500, (100, "years.")))
    assert got["member_id"] == "70238544057"
    assert got["case_numbers"] == ["3687780063"]


def test_a_code_key_in_two_columns_of_short_entries_is_read_column_by_column():
    """'QP1 The fund paid its part.  |  QS7 Asked for again too soon.': entries too short to fill their
    column are still two columns when both sides open with a code."""
    lines = [line(100, (100, "QP1 The fund paid its part of this."),
                  (RIGHT, "QS7 Asked for again before a full year had passed")),
             line(140, (100, "QP0 A check-up for a child, paid in full."), (RIGHT, "one.")),
             line(180, (100, "QC3 Paid, less the visit's set fee."),
                  (RIGHT, "QW1 This looks like a work injury; send it to the")),
             line(220, (RIGHT, "employer's insurer first.")),
             line(260, (100, "QS6 This kind of scan is not one the fund pays for")),
             line(300, (100, "in this case."))]
    got = [ln.text for ln in unweave(lines, WIDTH)]
    assert got == ["QP1 The fund paid its part of this.", "QP0 A check-up for a child, paid in full.",
                   "QC3 Paid, less the visit's set fee.", "QS6 This kind of scan is not one the fund pays for",
                   "in this case.", "QS7 Asked for again before a full year had passed", "one.",
                   "QW1 This looks like a work injury; send it to the", "employer's insurer first."]


def test_the_one_claim_with_a_line_allowed_nothing_is_refused_with_day_first_dates():
    """A household statement dated day.month.year ('07.04.2031'), each claim headed by its patient and number and a
    side column's words on the heading line: of three claims, the one with a line billed and allowed nothing is
    the one the statement refuses, though its note's words say no refusal."""
    rows = [("QE412383", "01.04.2031", "251.00", "170.33", "139.52", "QC3", "Hours are reported"),
            ("QE773567", "14.04.2031", "214.00", "121.87", "90.02", "QC3", "two quarters later."),
            ("QE965369", "07.04.2031", "488.16", "0.00", "0.00", "QS6", "Last exam on file")]
    body, y = [], 400
    for claim, day, billed, allowed, paid, note, side in rows:
        body.append(line(y, (100, f"Pia L. Quillby - member QXE-676942-B - claim {claim}"), (2000, side)))
        body.append(line(y + 40, (100, day), (400, "Office visit"), (1000, billed), (1300, allowed), (1600, paid),
                         (1800, note)))
        body.append(line(y + 80, (100, "claim total"), (1000, billed)))
        y += 140
    got = fields_of(
        line(100, (100, "Quennel Cooperative Health Plan"), (1500, "Statement date May 14, 2031")),
        line(160, (100, "BENEFIT STATEMENT")),
        line(220, (100, "Ansel B. Quillby"), (1500, "Subscriber Ansel B. Quillby")),
        line(320, (100, "Date"), (400, "Service"), (1000, "Charged"), (1300, "Allowed"), (1600, "Plan paid"),
             (1800, "Note")),
        *body,
        line(900, (100, "QC3 Paid, less the visit's set fee.")),
        line(940, (100, "QS6 This kind of scan is not one the fund pays for in this case.")))
    assert got["case_numbers"] == ["QE965369"]
    assert got["service_dates"] == ["2031-04-07"]


def test_numbered_captions_with_a_blank_box_and_a_plan_code_of_letters():
    """The third box left blank, its caption left out ('1. Participant  2. Participant ID  4. Plan  5. Claim'), and
    the plan's code in capitals alone ('QRV-B'): the captions still name the values over them."""
    got = fields_of(
        line(100, (100, "Quennel Players Welfare Fund")),
        line(160, (100, "Fund office 1-877-555-0187")),
        line(300, (100, "Ivo F. Quillby"), (800, "QS3501016"), (1300, "QRV-B"), (1800, "QC3718-9001249")),
        _captions(344, (110, "1. Participant"), (810, "2. Participant ID"), (1310, "4. Plan"), (1810, "5. Claim")),
        line(460, (100, "We cannot pay for the hand therapy visits after the twelfth week: the plan pays for twelve")),
        line(500, (100, "weeks of therapy a year. Date of this notice: June 3, 2031.")))
    assert got["member_id"] == "QS3501016"
    assert got["plan_id"] == "QRV-B"
    assert got["case_numbers"] == ["QC3718-9001249"]


def test_a_memo_that_sends_mail_on_is_the_stacks_cover():
    """A club office's 'Memo' on top of two letters: To, From, Date and Re captions (no fax form) and words that
    send the papers on ('I have scanned them for you'): the stack's cover, no paper of its own."""
    page = _page(
        line(100, (100, "QUENNEL ROWING CLUB OFFICE")),
        line(160, (100, "Memo")),
        line(220, (100, "To Ivo P. Quillby (Boat Captain)")),
        line(260, (100, "From Pia L. Ansel, Club Secretary")),
        line(300, (100, "Date June 9, 2031")),
        line(340, (100, "Re Your mail from the health plan")),
        line(420, (100, "Two letters from your health plan were delivered here by mistake. I have scanned them")),
        line(460, (100, "for you; the paper copies wait at the front desk.")))
    assert page_features(page, cached_rules()).cover


def test_a_short_memo_that_decides_is_no_cover():
    """A plan's short memo to a provider, with the same captions, that decides a request and sends nothing on: a
    paper of its own."""
    page = _page(
        line(100, (100, "Quennel Health Plan")),
        line(160, (100, "Memorandum")),
        line(220, (100, "To Quillby Orthopaedic Associates")),
        line(260, (100, "From Utilization Management")),
        line(300, (100, "Date June 9, 2031")),
        line(340, (100, "Re Request QA-4471 for Ansel R. Quennel")),
        line(420, (100, "We reviewed the request for knee surgery and we cannot approve it: the records do not")),
        line(460, (100, "show six weeks of therapy first. You may appeal within 180 days.")))
    assert not page_features(page, cached_rules()).cover


def test_a_category_three_procedure_code_is_no_case_number():
    """'0232T' (a CPT category III code, four figures and a T) in the request's boxes is the service's code, not a
    number of the case."""
    got = fields_of(
        line(100, (100, "Quennel Outdoor Crafts Health Plan")),
        line(200, (100, "| QRV-31-83016"), (800, "| 06/19/2031"), (1400, "| 0232T")),
        _captions(244, (110, "REVIEW NO."), (810, "REQUEST RECEIVED"), (1410, "CODE REQUESTED")),
        line(340, (100, "Dear Dr. Ivo P. Quillby:")),
        line(380, (100, "We cannot approve the injection you asked for on May 8, 2031: it is not proven to work.")))
    assert got["case_numbers"] == ["QRV-31-83016"]


def test_the_refused_claims_total_after_a_page_break_is_its_amount():
    """The refused claim's rows run on to the next page, its billed column not captioned again there, and its 'Claim
    total' printed on that page: the total is the claim's amount, not the sum of the rows before the break."""
    from intake.model import Document, PageText
    from tests.test_kv import SRC, extract_fields

    def row(y, day, code, billed, paid, note):
        return line(y, (100, day), (400, code), (700, "Office visit"), (1300, billed), (1600, "0.00"),
                    (1900, paid), (2200, note))

    def total(y, billed, paid):
        return line(y, (100, "Claim total"), (1300, billed), (1600, "0.00"), (1900, paid))

    first = [line(100, (100, "Quennel Health Pool"), (1500, "Statement date March 19, 2031")),
             line(160, (100, "EXPLANATION OF BENEFITS"), (1500, "Policy no. QXL55019")),
             line(260, (100, "Date"), (400, "Code"), (700, "Service"), (1300, "Billed"), (1600, "Allowed"),
                  (1900, "Paid"), (2200, "Note")),
             line(320, (100, "PIA L. QUILLBY Claim QC2031-213-3120")),
             row(360, "02/09/2031", "99213", "193.00", "91.40", "Q1"),
             total(400, "193.00", "91.40"),
             line(460, (100, "PIA L. QUILLBY Claim QC2031-226-4471")),
             row(500, "02/17/2031", "99203", "331.00", "0.00", "QW"),
             row(540, "02/17/2031", "94060", "153.00", "0.00", "QW"),
             line(600, (100, "Claims continue on the next page."))]
    second = [line(100, (100, "Your claims, continued")),
              row(160, "02/24/2031", "94726", "171.25", "0.00", "QW"),
              total(200, "655.25", "0.00"),
              line(260, (100, "PIA L. QUILLBY Claim QC2031-239-7410")),
              row(300, "03/02/2031", "80048", "71.00", "52.30", "Q1"),
              total(340, "71.00", "52.30"),
              line(420, (100, "Q1 Paid at the network rate after your share.")),
              line(460, (100, "QW Not covered: the waiting period for this condition has not ended."))]
    for k, ln in enumerate(second):
        ln.page, ln.index = 2, k
    for k, ln in enumerate(first):
        ln.index = k
    doc = Document(SRC, [PageText(1, 2550, 3300, first, "text_layer"), PageText(2, 2550, 3300, second, "text_layer")])
    from intake.rules import cached_rules

    got = {k: v.value for k, v in extract_fields(doc, cached_rules()).items()}
    assert got["case_numbers"] == ["QC2031-226-4471"]
    assert got["claim_amount"] == "655.25"
