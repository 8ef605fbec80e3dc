"""The notice check on real rendered pages: every requirement present, absent and only in a general insert."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
from notice_phrases import DEV_EN  # noqa: E402

NOTE = {"erisa": "erisa_note", "individual": "indiv_note", "medicare_advantage": "ma_note", "medicaid": "mc_note"}
# facts every test letter states, so each requirement's condition holds and only its own text decides
BASE = {"erisa": ["specific_reason", "urgent_fact", "missing_info_fact", "criteria_named"],
        "medicare_advantage": ["specific_reason", "pre_service_fact"],
        "medicaid": ["mcd_action"]}
PRE_SERVICE = "Your doctor requested approval for this service before it was done."
HEADER = {"claim_service_date": "Date of service: March 3, 2026", "claim_provider": "Provider: Lakeside Imaging Center",
          "claim_amount": "Amount billed: $1,240.00"}
KEY = {"ma_specific_reason": "specific_reason", "ma_approved_form": "title_idn"}


def _rules():
    from intake.notice.rules import load_notice_rules

    return load_notice_rules()


def _cases():
    out = []
    for req in _rules().requirements:
        plan = next(p for p in ("erisa", "medicare_advantage", "medicaid", "unknown") if p in req.plan_types)
        if plan == "unknown":
            continue
        for where in ("body", "absent", "insert"):
            out.append(pytest.param(req.id, plan, where, id=f"{req.id}-{where}"))
    return out


def _letter(path: Path, plan: str, rid: str, where: str) -> None:
    """A one-page PDF: header, the letter's own text, and a hedged multi-plan insert."""
    base = [k for k in BASE[plan] if k != KEY.get(rid, rid)]
    ffs = plan == "medicaid" and rid in ("mcd_effective_date", "mcd_regulation")  # state agency notices only
    body = [DEV_EN["mcd_note" if ffs else NOTE[plan]]] + [PRE_SERVICE if k == "pre_service_fact" else DEV_EN[k] for k in base]
    if rid in HEADER or rid == "claim_amount":
        body.append("We will not pay this claim.")
    header, insert = [], [DEV_EN["hedge"]] + ([DEV_EN["appeal_procedure"]] if plan == "erisa" and rid != "appeal_procedure" else [])
    sentence = HEADER.get(rid) or DEV_EN[KEY.get(rid, rid)].format(days=180)
    if rid == "ma_approved_form":
        title = sentence if where == "body" else DEV_EN["title_home"]
        if where == "insert":
            insert.append("Plans must use the " + sentence + " form.")
    else:
        title = DEV_EN["title_mcd" if ffs else "title_dol"] if plan != "medicare_advantage" else DEV_EN["title_home"]
        if where == "body":
            (header if rid in HEADER else body).append(sentence)
        elif where == "insert":
            insert.append(sentence)
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    for line in ["Member: Jordan A. Whitfield", "Member ID: XJK448120977"] + header:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5.2, " ".join(body), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, DEV_EN["hedge_head"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    pdf.multi_cell(0, 4.8, " ".join(insert), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def _check(path: Path, plan: str):
    """The pipeline's pages, fields and classification; the check run for the letter's true plan type."""
    import dataclasses

    from intake.notice import check_result
    from intake.pipeline import documents_of, features_of, read, result_of
    from intake.rules import cached_rules
    from intake.sources import open_source

    rules = cached_rules()
    source = open_source(str(path))
    pages = read(source)
    features = [features_of(page, source, rules) for page in pages]
    doc = documents_of(source, pages, features)[0]
    result = result_of(doc, rules, str(path))
    cls = dataclasses.replace(result.classification, plan_type=plan, document_type="denial_letter",
                              denial_type="medical_necessity" if plan != "medicaid" else "other")
    return check_result(dataclasses.replace(result, classification=cls), doc, rules)


@pytest.mark.parametrize("rid,plan,where", _cases())
def test_requirement_present_absent_and_insert_only(tmp_path, rid, plan, where):
    req = next(r for r in _rules().requirements if r.id == rid)
    path = tmp_path / f"{rid}-{where}.pdf"
    _letter(path, plan, rid, where)
    found = {f.id: f for f in _check(path, plan).items}[rid]
    if where == "body":
        assert found.status == "found", found
        assert found.text and found.page == 1
    elif where == "absent":
        want = "not_applicable" if req.when.depends_on_county else "not_found"
        assert found.status == want, found
        assert found.text is None
    else:
        want = {"procedural": "found_conditional", "claim_specific": "not_found"}[req.kind]
        if req.when.depends_on_county:
            want = "found_conditional"
        assert found.status == want, found


def test_vague_text_does_not_count(tmp_path):
    """'Per plan guidelines', 'see your booklet' and a code without its meaning are not the item."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.2, " ".join([DEV_EN["erisa_note"], DEV_EN["vague_reason"], DEV_EN["vague_provision"],
                                     DEV_EN["vague_code"]]))
    path = tmp_path / "vague.pdf"
    pdf.output(str(path))
    items = {f.id: f for f in _check(path, "erisa").items}
    assert items["specific_reason"].status == "not_found"
    assert "per plan guidelines" in items["specific_reason"].reason
    assert items["plan_provision"].status == "not_found"
    assert items["denial_code_meaning"].status == "not_found"
    assert "CO-50" in items["denial_code_meaning"].reason


def test_no_requirement_for_another_plan_type(tmp_path):
    rules = _rules()
    path = tmp_path / "ma.pdf"
    _letter(path, "medicare_advantage", "ma_reconsideration", "body")
    ids = {f.id for f in _check(path, "medicare_advantage").items}
    assert ids == {r.id for r in rules.requirements if "medicare_advantage" in r.plan_types}
    assert not ids & {"right_to_sue", "external_review", "mcd_fair_hearing"}


@pytest.mark.parametrize("name", ["dev_erisa_en_1.png", "held_erisa_en_1.png", "held_mcd_mc_es_1.png"])
def test_scanned_notice_through_tesseract(name):
    """Real OCR: the stored truth's found items are found on the scanned page, removed ones are not."""
    truth = json.loads((ROOT / "tests" / "notice" / "truth.json").read_text())[name]
    nc = _check(ROOT / "tests" / "notice" / "docs" / name, truth["plan_type"])
    got = {f.id: f.status for f in nc.items}
    removed = [rid for rid, t in truth["items"].items() if t.get("removed")]
    assert removed and all(got[rid] == "not_found" for rid in removed)
    present = [rid for rid, t in truth["items"].items() if t["status"] == "found"]
    assert sum(got[rid] == "found" for rid in present) >= 0.9 * len(present)


def test_deadline_shorter_than_the_minimum_is_flagged(tmp_path):
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.2, " ".join([DEV_EN["erisa_note"], DEV_EN["specific_reason"],
                                     DEV_EN["appeal_time_limit"].format(days=60)]))
    path = tmp_path / "short.pdf"
    pdf.output(str(path))
    d = _check(path, "erisa").deadline
    assert (d.status, d.stated_days, d.minimum_days) == ("short", 60, 180)
    assert d.cite == "29 CFR 2560.503-1(h)(3)(i)" and "60 days" in d.text
    pdf2 = tmp_path / "none.pdf"
    doc = FPDF(format="letter")
    doc.add_page()
    doc.set_font("Helvetica", "", 10.5)
    doc.multi_cell(0, 5.2, DEV_EN["erisa_note"] + " " + DEV_EN["specific_reason"])
    doc.output(str(pdf2))
    assert _check(pdf2, "erisa").deadline.status == "not_stated"
