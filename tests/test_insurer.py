"""The issuer's name from the letterhead, when it is set over two lines: pure tests on hand-placed words."""

from __future__ import annotations

from intake.extract.insurer import find_insurer
from intake.model import Line, PageText, Word
from intake.rules import cached_rules


def line(y: float, text: str, x: float = 200, size: float = 34) -> Line:
    words, at = [], x
    for tok in text.split():
        words.append(Word(tok, 0.96, (at, y, at + 0.55 * size * len(tok), y + size)))
        at += 0.55 * size * len(tok) + 0.4 * size
    return Line(words=words, page=1)


def insurer_of(*lines: Line) -> str | None:
    body = [line(900 + 60 * k, "You may ask us to look at this decision again within 60 days of this letter.")
            for k in range(4)]
    page = PageText(1, 2550, 3300, [*lines, *body], "text_layer")
    for i, ln in enumerate(page.lines):
        ln.index = i
    got = find_insurer(page, cached_rules())
    return got.value if got else None


def test_a_brand_over_the_rest_of_the_company_name_is_one_name():
    assert insurer_of(line(180, "QUENNELFORD MUTUAL", size=52),
                      line(270, "Auto Insurance Company + Personal Injury Protection Claims"),
                      line(330, "PO Box 100, Athens, OH 45701")) == "Quennelford Mutual Auto Insurance Company"


def test_a_state_over_its_agency_names_the_agency_of_that_state():
    assert insurer_of(line(180, "STATE OF NEW ARDEN"), line(250, "HEALTH CARE AUTHORITY"),
                      line(320, "Division of Fair Hearings")) == "NEW ARDEN HEALTH CARE AUTHORITY"


def test_a_department_under_a_hospital_is_not_part_of_its_name():
    assert insurer_of(line(180, "Fallowmere General Hospital", size=48),
                      line(260, "Department of Utilization Review")) == "Fallowmere General Hospital"


def test_a_title_continued_on_its_second_line_names_no_one():
    got = insurer_of(line(180, "Medicare Summary Notice", size=52),
                     line(270, "for Part B (Medical Insurance) - Medical Equipment and Supplies"))
    assert got == "Medicare"


def test_a_department_under_the_signature_is_not_who_signed():
    lines = [line(180, "[logo]", size=60), line(900 + 60 * 6, "Sincerely,"), line(900 + 60 * 7, "Ana Reyes, RN"),
             line(900 + 60 * 8, "Utilization Management"), line(900 + 60 * 9, "Pennyworth Health Plan")]
    assert insurer_of(*lines) == "Pennyworth Health Plan"


def test_a_logo_word_over_the_full_name_that_repeats_it_is_not_joined_to_it():
    got = insurer_of(line(180, "QUILLMERE", size=56), line(270, "Quillmere Health Plan, Inc."))
    assert got.rstrip(".") == "Quillmere Health Plan, Inc"


def test_a_medicare_part_line_is_no_issuer_and_a_spanish_title_names_medicare_after_it():
    got = insurer_of(line(180, "Resumen de Medicare", size=48), line(270, "Parte B (Seguro Médico)"),
                     line(350, "NÚMERO DE MEDICARE"), line(400, "4QX7-AB2-CD39"))
    assert got == "Medicare"


def test_a_parent_companys_line_over_the_plan_is_not_the_issuer():
    assert insurer_of(line(160, "Quoyness Insurance Holdings"), line(215, "Tallowmere Benefit Plan"),
                      line(270, "Claims Service Center")) == "Tallowmere Benefit Plan"


def test_the_full_name_beside_its_brand_in_capitals_is_the_issuer():
    page_line = line(170, "Tallowmere Shield Health Plan")
    brand = line(170, "TALLOWMERE SHIELD", x=1500, size=52)
    page_line.words += brand.words
    assert insurer_of(page_line, line(230, "Claims Department")) == "Tallowmere Shield Health Plan"


def test_a_brand_over_the_rest_of_its_name_before_a_colon_and_the_department():
    got = insurer_of(line(180, "QUILLMERE", size=56),
                     line(270, "Health Insurance Company : Vision Benefits Unit - PO Box 5550, Springfield, IL 62701"))
    assert got.lower() == "quillmere health insurance company"


def test_a_signers_role_is_not_who_signed():
    lines = [line(180, "[logo]", size=60), line(900 + 60 * 6, "Sincerely,"), line(900 + 60 * 7, "Ana Reyes"),
             line(900 + 60 * 8, "Records Production Coordinator, Pennyworth Health Plan")]
    assert insurer_of(*lines) == "Pennyworth Health Plan"
    alone = [line(180, "[logo]", size=60), line(900 + 60 * 6, "Sincerely,"), line(900 + 60 * 7, "Ana Reyes, MD"),
             line(900 + 60 * 8, "Medical Director")]
    assert insurer_of(*alone) != "Medical Director"


def test_a_name_before_its_role_for_another_plan_is_the_name():
    got = insurer_of(line(180, "PENNYWORTH", size=56),
                     line(260, "Pennyworth Benefit Administrators, administrator for the Mesa County Employees' Health Plan"))
    assert got == "Pennyworth Benefit Administrators"
