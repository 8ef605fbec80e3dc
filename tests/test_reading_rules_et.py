"""Reading rules from session 63 (claim rows keyed to a numbered note list by bare note marks), each a general one
(words placed as OCR would place them; invented values)."""

from __future__ import annotations

from intake.extract.remarks import cites_note
from tests.test_reading_rules_er import _fields, _top, _words


def _statement(notes: list[tuple[str, str]], refused_marks: str = "2, 3") -> dict:
    """Three claims, each led by its number on a line of its own; the refused one's row pays nothing and carries
    bare note marks; a 'Notes' list under the last claim keys them, a paying note first."""
    rows = _top() + [
        _words(700, (100, "Date"), (420, "Service"), (1300, "Billed"), (1560, "Allowed"), (1800, "Paid"), (2050, "Notes")),
        _words(780, (100, "Claim QC3104418802 - Quillby Family Medicine - Ivo Pemberix, MD")),
        _words(840, (100, "02/03/31"), (420, "Office visit"), (1300, "204.00"), (1560, "151.30"), (1800, "126.30"), (2050, "1")),
        _words(920, (100, "Claim QC3107720415 - Dunmore Imaging Center")),
        _words(980, (100, "02/11/31"), (420, "Knee X-ray, three views"), (1300, "312.40"), (1560, "0.00"), (1800, "0.00"),
               (2050, refused_marks)),
        _words(1060, (100, "Claim QC3109931276 - Quillby Family Medicine - Ivo Pemberix, MD")),
        _words(1120, (100, "02/24/31"), (420, "Office visit, follow-up"), (1300, "188.00"), (1560, "120.50"), (1800, "95.50"),
               (2050, "1")),
        _words(1220, (100, "Notes"))]
    y = 1290
    for mark, text in notes:
        rows.append(_words(y, (100, f"{mark} {text}")))
        y += 60
    return _fields(rows)


NOTES = [("1", "Allowed at the contracted fee; the office may not charge you the difference."),
         ("2", "This test is limited to one a year. One was already paid this year, and"),
         ("", "the charge for this one is not covered."),
         ("3", "The imaging office may charge you only if you signed a waiver before the test."),
         ("4", "Applied to your yearly deductible."),
         ("5", "Preventive benefit, no share for you."),
         ("6", "Send us the injury questionnaire so we can finish this claim."),
         ("7", "Not paid: you were not enrolled on this date.")]


def test_bare_note_marks_keyed_by_a_numbered_notes_list_tell_the_refused_claim():
    """'... 0.00 0.00  2, 3' under a 'Notes' list whose second entry, wrapped over two lines, says 'not covered':
    the claim whose row cites it is the refused one, not the last claim over the list (whose later entry '7 Not
    paid ...' is the list's, far below its heading, and no row's)."""
    got = _statement(NOTES)
    assert got["case_numbers"] == ["QC3107720415"]
    assert got["claim_amount"] == "312.40" and got["service_dates"] == ["2031-02-11"]


def test_only_a_list_under_a_notes_heading_is_a_key_to_note_marks():
    """(guard) numbered steps under another heading ('How to appeal') and a list broken by a row of amounts are no
    notes list: their '2 ...' keys no mark."""
    from intake.extract.remarks import under_numbered_notes
    from intake.model import Line

    def lines(*texts):
        return [Line(_words(100 + 60 * i, (100, t)), 1, i) for i, t in enumerate(texts)]

    notes = lines("Notes", "1 Allowed at the contracted fee.", "2 This test is not covered.")
    assert under_numbered_notes(notes, 2)
    steps = lines("How to appeal", "1 Call us first.", "2 Write to us if the service is not covered.")
    assert not under_numbered_notes(steps, 2)
    broken = lines("Notes", "1 Allowed at the contracted fee.", "02/11/31 Knee X-ray 312.40 0.00", "2 Not covered.")
    assert not under_numbered_notes(broken, 3)


def test_note_marks_parted_by_commas_are_each_cited():
    assert cites_note("02/11/31 Knee X-ray 312.40 0.00 0.00 LM 2, 3", "2")
    assert cites_note("02/11/31 Knee X-ray 312.40 0.00 0.00 LM 2, 3", "3")
    assert not cites_note("Paid on March 2, 2031", "2")  # (guard: a date's day is no mark)
    assert not cites_note("02/11/31 Knee X-ray 2,312.40 0.00", "2")  # (guard: an amount's thousands)


def test_a_slash_parted_caption_under_a_box_gives_each_part_the_value_in_its_place():
    """'QP-7   QG-4471' over 'PLAN / GROUP' in a row of captions under their values: the plan is the first value,
    the group the second (which stands right of the caption's last word, before the next caption)."""
    from tests.test_kv import fields_of, line

    got = fields_of(line(100, (100, "Pemberix Mutual Health Plan")),
                    line(500, (250, "March 4, 2031"), (750, "QA-31-5507"), (1600, "QMB30417722")),
                    line(560, (240, "DECISION DATE"), (740, "APPEAL"), (1580, "MEMBER ID")),
                    line(640, (250, "QP-7"), (620, "QG-4471"), (1000, "Ivo Pemberix, MD, Quillby Foot Clinic")),
                    line(700, (240, "PLAN / GROUP"), (990, "PROVIDER")),
                    line(900, (100, "We did not approve the laser therapy because it was not medically necessary.")))
    assert got["plan_id"] == "QP-7" and got["group_number"] == "QG-4471"


def test_a_parted_caption_alone_under_its_numbers_beside_an_address_is_read_part_by_part():
    """'CLIENT NO. / PLAN' under 'QZ4471902   QP-7' where the address's last line stands between them at the left:
    the client number is the member's, the second value the plan's; (guard) with figures in the line right under
    the caption, the caption is that line's and nothing is read from above."""
    from tests.test_kv import fields_of, line

    def statement(under: str | None) -> dict:
        rows = [line(100, (100, "Pemberix County Children's Care Program")),
                line(400, (190, "Ansel R. Quillby")),
                line(450, (190, "14 Quennel Terrace"), (1300, "QZ4471902"), (1840, "QP-7")),
                line(500, (190, "Dunmore, PA 18512")),
                line(545, (1290, "CLIENT NO. / PLAN"))]
        if under:
            rows.append(line(600, (1290, under)))
        rows.append(line(900, (100, "We did not pay the neurologist's visit because the neurologist is not approved.")))
        return fields_of(*rows)

    got = statement(None)
    assert got["member_id"] == "QZ4471902" and got["plan_id"] == "QP-7"
    got = statement("QZ5513307 / QP-9")
    assert got.get("plan_id") != "QP-7"


def test_a_month_name_with_two_letters_read_in_turn_is_still_its_month():
    """'Aprli 20, 2031' off a standard fax: two neighbouring letters swapped is one OCR slip, as one letter wrong is;
    (guard) a short word is no month for it."""
    from intake.extract.dates import find_dates

    assert [d for d, _, _ in find_dates("Date of notice Monday, Aprli 20, 2031")] == [__import__("datetime").date(2031, 4, 20)]
    assert [d.month for d, _, _ in find_dates("Decmeber 1, 2031")] == [12]
    assert find_dates("Mary 3, 2031") == []


def test_a_member_suffix_caption_names_the_members_number():
    """'MEMBER / SUFFIX' under 'QZ4471902   01' (a card's number and the dependant's suffix): the member's number;
    (guard) a name's suffix caption names no number."""
    from tests.test_kv import fields_of, line

    got = fields_of(line(100, (100, "Pemberix Mutual Health Plan")),
                    line(500, (250, "March 4, 2031"), (1600, "QZ4471902"), (1960, "01")),
                    line(560, (240, "DECISION DATE"), (1580, "MEMBER / SUFFIX")),
                    line(900, (100, "We did not approve the laser therapy because it was not medically necessary.")))
    assert got["member_id"] == "QZ4471902"
    got = fields_of(line(100, (100, "Pemberix Mutual Health Plan")), line(500, (100, "Name suffix: Jr.")),
                    line(900, (100, "We did not approve the laser therapy because it was not medically necessary.")))
    assert got.get("member_id") is None


def test_a_brand_set_over_two_lines_is_read_as_the_text_prints_it():
    """'QUENN' set large over 'ELWAY', the letterhead's office lines read on beside each half (so OCR's lines are
    'QUENN Plan Office' and 'ELWAY Member services ...'): the halves joined are the brand the text prints
    ('Quennelway'), and a half run into the line under it ('ELWAY Welfare Fund') gives way to the brand; (guard) two
    stacked words the text never prints joined are no brand."""
    from intake.extract.insurer import _stacked_wordmark, _with_stacked_brand
    from intake.model import Line, PageText

    from tests.test_reading_rules_er import _words as words

    top = Line(words(170, (400, "QUENN"), (1850, "Plan Office"), tall=60), 1, 0)
    low = Line(words(280, (400, "ELWAY"), (1850, "Member services 1-800-555-0142"), tall=60), 1, 1)
    page = PageText(1, 2550, 3300, [top, low], "ocr")
    text = "QUENN Plan Office\nELWAY Member services\nQuennelway Trades Health Plan\nWelfare Fund"
    assert _stacked_wordmark(low, page, text) == "Quennelway"
    assert _with_stacked_brand("ELWAY Welfare Fund", "ELWAY", "Quennelway", text) == "Quennelway"
    assert _with_stacked_brand("Quennelway Trades Health Plan", "ELWAY", "Quennelway", text) == \
        "Quennelway Trades Health Plan"
    assert _stacked_wordmark(low, page, text.replace("Quennelway", "Pemberix")) is None


def test_a_salutation_under_a_member_caption_is_no_name():
    """'Miembro / Sufijo' over 'QZ4471902 / 00' with the letter's 'Estimada señora Quillby:' further down the column:
    the number is the member's and the salutation no name."""
    from tests.test_kv import fields_of, line

    got = fields_of(line(100, (100, "Pemberix Fondo de Salud")),
                    line(300, (100, "Ansel R. Quillby")),
                    line(500, (100, "Miembro / Sufijo"), (900, "Fecha prevista")),
                    line(560, (100, "QZ4471902 / 00"), (900, "22 de junio de 2031")),
                    line(700, (100, "Estimada señora Quillby:")),
                    line(800, (100, "No aprobamos la cirugía porque no es médicamente necesaria.")))
    assert got["member_id"] == "QZ4471902" and got.get("member_name") != "Estimada Quillby"
