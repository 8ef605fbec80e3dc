"""The notice check's decisions on given lines, without pages, OCR or files."""

from __future__ import annotations

import pytest

from intake.notice.check import NoticeInput, check_notice
from intake.notice.rules import load_notice_rules
from intake.notice.text import searchable, split_sentences


@pytest.fixture(scope="module")
def nrules():
    return load_notice_rules()


@pytest.fixture(scope="module")
def boiler(rules):
    return list(rules.boilerplate.headings), list(rules.boilerplate.paragraphs)


def run(lines, boiler, nrules, plan="erisa", denial="medical_necessity", doc="denial_letter", lang="en", fields=None):
    inp = NoticeInput([(1, t) for t in lines], doc, denial, plan, lang, fields or {}, *boiler)
    return check_notice(inp, nrules)


def by_id(nc):
    return {f.id: f for f in nc.items}


def test_nothing_checked_without_a_denial(boiler, nrules):
    assert run(["We approved your request."], boiler, nrules, denial=None) is None
    assert run(["Your statement."], boiler, nrules, doc="other") is None


def test_ocr_slips_inside_words_are_forgiven():
    assert searchable("c1aim appea1 5ection 4.2 CO-50") == "claim appeal section 4.2 co-50"


def test_a_sentence_runs_on_over_a_line_break_but_a_label_line_does_not():
    s = split_sentences([(1, "Date of service: March 3, 2026"),
                         (1, "We denied this claim because the records we received from your doctor do not"),
                         (1, "show that the MRI was needed.")])
    assert [x.text for x in s] == ["Date of service: March 3, 2026",
                                   "We denied this claim because the records we received from your doctor do not "
                                   "show that the MRI was needed."]


def test_hedged_insert_is_conditional_and_plain_rights_section_is_found(boiler, nrules):
    base = ["We denied this claim because the MRI was not medically necessary."]
    hedged = run(base + ["Your Rights and Protections",
                         "If your plan is governed by ERISA, the following may apply to you.",
                         "If we uphold the denial, you may ask for an external review by an independent review "
                         "organization."], boiler, nrules)
    assert by_id(hedged)["external_review"].status == "found_conditional"
    plain = run(base + ["Important Information About Your Appeal Rights",
                        "If we uphold the denial, you may ask for an external review by an independent review "
                        "organization."], boiler, nrules)
    assert by_id(plain)["external_review"].status == "found"


def test_claim_specific_item_in_an_insert_is_not_found(boiler, nrules):
    nc = run(["Your claim was processed.", "Important Information About Your Appeal Rights",
              "Denials are based on Section 4.2 of the plan or because care was not medically necessary."],
             boiler, nrules)
    items = by_id(nc)
    assert items["plan_provision"].status == "not_found" and "insert" in items["plan_provision"].reason
    assert items["specific_reason"].status == "not_found"


def test_conditions(boiler, nrules):
    nc = run(["We denied this claim because it is excluded under Section 4.2 of your plan."], boiler, nrules,
             denial="not_covered")
    items = by_id(nc)
    assert items["clinical_rationale"].status == "not_applicable"  # not a medical judgement
    assert items["expedited_review"].status == "not_applicable"  # nothing urgent
    assert items["claim_amount"].status == "not_applicable"  # no payment denied
    assert items["perfect_claim"].status == "not_applicable"  # nothing missing
    grand = run(["This plan believes it is a grandfathered health plan.", "We denied it because it is excluded."],
                boiler, nrules, denial="not_covered")
    assert all(f.status == "not_applicable" for f in grand.items if f.ref.startswith("A"))


def test_field_gives_the_claim_identification(boiler, nrules):
    nc = run(["We will not pay this claim because it is excluded."], boiler, nrules, denial="not_covered",
             fields={"claim_amount": ("1240.00", 1, "Amount billed: $1,240.00")})
    f = by_id(nc)["claim_amount"]
    assert f.status == "found" and f.text == "Amount billed: $1,240.00"


def test_citations_only_where_the_plan_type_has_them(boiler, nrules):
    erisa = by_id(run(["Something."], boiler, nrules))
    indiv = by_id(run(["Something."], boiler, nrules, plan="individual"))
    assert (erisa["plan_provision"].cite, erisa["plan_provision"].cite_status) == ("29 CFR 2560.503-1(g)(1)(ii)", "V")
    assert indiv["plan_provision"].cite_status == "U"
    assert "right_to_sue" not in indiv  # no 502(a) statement outside ERISA


@pytest.mark.parametrize("text,status,days", [
    ("You must ask for an appeal within 180 days after you receive this notice.", "ok", 180),
    ("You must file your appeal within sixty days of this letter.", "short", 60),
    ("Your appeal must be received within 6 months.", "ok", 180),
    ("Debe presentar su apelación dentro de 60 días a partir de esta carta.", "short", 60),
    ("We will decide your appeal within 30 days.", "not_stated", None),
    ("You may ask for external review within 4 months.", "not_stated", None),
])
def test_appeal_window(boiler, nrules, text, status, days):
    d = run(["We denied it because it is excluded.", text], boiler, nrules).deadline
    assert (d.status, d.stated_days) == (status, days)


def test_medicare_advantage_sixty_days_is_an_older_form(boiler, nrules):
    d = run(["You must ask for an appeal within 60 calendar days of the date of this notice."], boiler, nrules,
            plan="medicare_advantage").deadline
    assert d.status == "check" and d.minimum_days == 65


def test_a_bare_code_run_into_the_next_sentence_is_not_explained_by_it(boiler, nrules):
    nc = run(["Reason code: PR-204 Your chart notes show that you had six weeks of physical therapy."], boiler, nrules)
    f = by_id(nc)["denial_code_meaning"]
    assert f.status == "not_found" and "PR-204" in f.reason
