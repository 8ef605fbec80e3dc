"""Labelled denial notices for the notice check: model notices filled completely, copies with items removed
or made vague, insurer-style letters with multi-plan inserts; PDFs with a text layer and a few scanned PNGs.

Run: python scripts/make_notices.py  (seeded; writes tests/notice/docs/ and tests/notice/truth.json)
Truth per document and requirement comes from what was put in the letter, never from running intake."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from notice_phrases import PHRASES  # noqa: E402

from intake.notice.rules import load_notice_rules  # noqa: E402  (only the law's conditions, never the cues)

OUT = ROOT / "tests" / "notice"
CLAIM_SPECIFIC_BODY = {
    "erisa": ["specific_reason", "plan_provision", "denial_code_meaning", "clinical_rationale", "criteria_named",
              "internal_criteria"],
    "ma": ["specific_reason", "ma_coverage_rule"],
    "mcd_ffs": ["mcd_action", "mcd_reasons", "mcd_effective_date", "mcd_regulation"],
    "mcd_mc": ["mcd_action", "mcd_reasons"],
}
PROCEDURAL = {
    "erisa": ["appeal_procedure", "appeal_time_limit", "right_to_sue", "free_documents", "codes_on_request",
              "external_review", "consumer_assistance", "language_tagline"],
    "ma": ["ma_reconsideration", "ma_expedited", "ma_later_levels", "appeal_time_limit"],
    "mcd_ffs": ["mcd_fair_hearing", "mcd_how_to_request", "mcd_representation", "mcd_continued_benefits"],
    "mcd_mc": ["mcd_fair_hearing", "mcd_how_to_request", "mcd_representation", "mcd_continued_benefits",
               "mcd_documents", "mcd_expedited", "appeal_time_limit"],
}
PLAN = {"erisa": "erisa", "individual": "erisa", "ma": "medicare_advantage", "mcd_ffs": "medicaid",
        "mcd_mc": "medicaid"}
PLAN_TYPE = {"erisa": "erisa", "individual": "individual", "ma": "medicare_advantage", "mcd_ffs": "medicaid",
             "mcd_mc": "medicaid"}
# the requirement each sentence key satisfies (when it is not the key itself)
SATISFIES = {"specific_reason": ["specific_reason", "ma_specific_reason"],
             "denial_code_meaning": ["denial_code_meaning"], "title_idn": ["ma_approved_form"],
             "mcd_how_to_request": ["mcd_how_to_request", "mcd_fair_hearing"]}  # how to ask for one tells of it
ALSO_REASON = ("denial_code_meaning", "clinical_rationale")  # a code's meaning or patient facts state a reason too
VAGUE = {"specific_reason": "vague_reason", "plan_provision": "vague_provision",
         "clinical_rationale": "vague_rationale", "denial_code_meaning": "vague_code"}
HEADER_ITEMS = {"claim_service_date": "date_label", "claim_provider": "provider_label", "claim_amount": "amount_label"}


class Letter:
    """What went into one letter: header lines, body sentences and insert sentences, each with its key."""

    def __init__(self, family, lang, split, payment, urgent, hedged, r):
        self.family, self.lang, self.split, self.r = family, lang, split, r
        self.payment, self.urgent, self.hedged = payment, urgent, hedged
        self.P = PHRASES[(split, lang)]
        self.header, self.body, self.insert = [], [], []
        self.days = None

    def put(self, where: list, key: str, text: str | None = None):
        where.append((key, text or self.P[key]))


def kind(family: str) -> str:
    return "erisa" if family in ("erisa", "individual") else family


def compose(family, lang, split, r: random.Random, drop: set, vague: set, hedged: bool, short: bool) -> Letter:
    payment = family in ("erisa", "individual") and r.random() < 0.6
    urgent = kind(family) == "erisa" and not payment and r.random() < 0.5
    L = Letter(family, lang, split, payment, urgent, hedged, r)
    P, k = L.P, kind(family)
    title = {"erisa": "title_dol", "ma": "title_idn" if "ma_approved_form" not in drop else "title_home",
             "mcd_ffs": "title_mcd", "mcd_mc": "title_dol"}[k]
    L.put(L.header, title)
    for req, label in HEADER_ITEMS.items():
        if k == "erisa" and req not in drop and (req != "claim_amount" or payment):
            value = {"date_label": "March 3, 2026", "provider_label": "Lakeside Imaging Center",
                     "amount_label": "$1,240.00"}[label]
            L.put(L.header, req, f"{P[label]}: {value}")
    note = {"erisa": "erisa_note" if family == "erisa" else "indiv_note", "ma": "ma_note", "mcd_ffs": "mcd_note",
            "mcd_mc": "mc_note"}[k]
    L.put(L.body, note)
    if payment:
        L.put(L.body, "payment_fact", {"en": "We will not pay this claim.", "es": "No pagaremos este reclamo."}[lang])
    elif k in ("erisa", "ma"):
        L.put(L.body, "pre_service_fact", {"en": "Your doctor requested approval for this service before it was done.",
                                           "es": "Su médico solicitó aprobación para este servicio antes de hacerlo."}[lang])
    if urgent:
        L.put(L.body, "urgent_fact")
    for key in CLAIM_SPECIFIC_BODY[k]:
        if key == "criteria_named" and "internal_criteria" in drop and r.random() < 0.5:
            continue
        if key in drop and key in VAGUE and key in vague:
            L.put(L.body, VAGUE[key])
        elif key not in drop:
            L.put(L.body, key)
    if k == "erisa" and r.random() < 0.3:
        L.put(L.body, "missing_info_fact")
        if "perfect_claim" not in drop:
            L.put(L.body, "perfect_claim")
    procedural = list(PROCEDURAL[k]) + (["expedited_review"] if urgent else [])
    if family == "individual":
        procedural.remove("right_to_sue")
    if k == "ma" and payment:
        procedural.remove("ma_expedited")
    L.days = None
    for key in procedural:
        if key in drop:
            continue
        where = L.body if (key in ("appeal_time_limit", "appeal_procedure") and r.random() < 0.4) else L.insert
        if key == "appeal_time_limit":
            L.days = {"erisa": 60 if short else 180, "ma": 60 if short else 65, "mcd_mc": 60}[k]
            where.append((key, P[key].format(days=L.days)))
        else:
            L.put(where, key)
    return L


def render(L: Letter, path: Path):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Cedar Valley Health" if L.split == "dev" else "NORTHBRIDGE MUTUAL HEALTH", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "PO Box 7710, Columbus, OH 43215   Member Services 1-800-555-0147", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.cell(0, 5.5, "April 2, 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 7, L.header[0][1], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10.5)
    P = L.P
    for line in [f"{P['member_label']}: Jordan A. Whitfield", f"{P['id_label']}: XJK448120977",
                 f"{P['claim_label']}: 2026A0045512"] + [t for _, t in L.header[1:]]:
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 5.2, " ".join(t for _, t in L.body), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    if L.insert:
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, P["hedge_head"] if L.hedged else P["insert_head"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        text = ([P["hedge"]] if L.hedged else []) + [t for _, t in L.insert]
        pdf.multi_cell(0, 4.8, " ".join(text), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# Model-notice layouts (the DOL model adverse benefit determination, the CMS IDN, a Medicaid notice of action):
# a case-details block, the explanation, then a back page of questions. Headings carry no requirement's words.
QUESTIONS = {
    "en": {"appeal_procedure": "What if I don't agree with this decision?", "appeal_time_limit": "How long do I have?",
           "free_documents": "Can I see the papers about my claim?", "codes_on_request": "Can I see the papers about my claim?",
           "external_review": "What comes after that?", "right_to_sue": "What comes after that?",
           "expedited_review": "What comes after that?", "consumer_assistance": "Other places to get help",
           "language_tagline": "Other places to get help", "ma_reconsideration": "How to ask us to look again",
           "ma_expedited": "How to ask us to look again", "ma_later_levels": "What happens after that",
           "mcd_fair_hearing": "If you think we are wrong", "mcd_how_to_request": "If you think we are wrong",
           "mcd_representation": "Help with your case", "mcd_continued_benefits": "While you wait",
           "mcd_documents": "Papers we used", "mcd_expedited": "If your health cannot wait"},
    "es": {"appeal_procedure": "¿Qué pasa si no estoy de acuerdo?", "appeal_time_limit": "¿Cuánto tiempo tengo?",
           "free_documents": "¿Puedo ver los papeles de mi caso?", "codes_on_request": "¿Puedo ver los papeles de mi caso?",
           "external_review": "¿Qué sigue después?", "right_to_sue": "¿Qué sigue después?",
           "expedited_review": "¿Qué sigue después?", "consumer_assistance": "Otros lugares donde pedir ayuda",
           "language_tagline": "Otros lugares donde pedir ayuda"},
}
SECTION = {"en": ("Case Details", "Explanation of Basis for Determination"),
           "es": ("Detalles del caso", "Explicación de la determinación")}


def render_model(L: Letter, path: Path):
    pdf = FPDF(format="letter")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    P, details, explain = L.P, *SECTION[L.lang]

    def line(text, size=10.5, style="", h=5.5):
        pdf.set_font("Helvetica", style, size)
        pdf.cell(0, h, text, new_x="LMARGIN", new_y="NEXT")

    def para(text, size=10.5):
        pdf.set_font("Helvetica", "", size)
        pdf.multi_cell(0, 5.0, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    agency = L.family == "mcd_ffs"  # a state-agency notice comes from the agency, not a plan
    line("Dane County Department of Human Services" if agency else "Lakeview Health Plan", 14, "B", 7)
    line("PO Box 3300, Madison, WI 53701   Telephone 1-800-555-0166", 9)
    pdf.ln(3)
    line(L.header[0][1], 13, "B", 7)
    line("April 2, 2026")
    pdf.ln(2)
    line(details, 11, "B", 6)
    for text in [f"{P['member_label']}: Jordan A. Whitfield", f"{P['id_label']}: XJK448120977",
                 f"{P['claim_label']}: 2026A0045512"] + [t for _, t in L.header[1:]]:
        line(text)
    pdf.ln(3)
    line(explain, 11, "B", 6)
    for _, text in L.body:
        para(text)
    if L.insert:
        pdf.add_page()
        line(P["hedge_head"] if L.hedged else P["insert_head"], 12, "B", 7)
        if L.hedged:
            para(P["hedge"], 9.5)
        asked = None
        for key, text in L.insert:
            q = QUESTIONS.get(L.lang, QUESTIONS["en"]).get(key) or QUESTIONS["en"].get(key, "More information")
            if q != asked:
                line(q, 10.5, "B", 6)
                asked = q
            para(text, 9.5)
    pdf.output(str(path))


MODEL_COMBOS = [("erisa", "en"), ("erisa", "es"), ("ma", "en"), ("mcd_ffs", "en"), ("mcd_mc", "en")]
MODEL_VARIANTS = 3


def truth_of(L: Letter, rules, drop: set) -> dict:
    """Expected status of every requirement for this plan type, from what the letter holds."""
    k, plan = kind(L.family), PLAN_TYPE[L.family]
    body = {key: t for key, t in L.body} | {key: t for key, t in L.header}
    insert = {key: t for key, t in L.insert}
    texts = " ".join(list(body.values()) + list(insert.values())).lower()
    facts = {"payment"} if L.payment else ({"pre_service"} if k in ("erisa", "ma") else set())
    if L.urgent:
        facts.add("urgent")
    if L.family == "mcd_mc":
        facts.add("managed_care")
    if "missing_info_fact" in body:
        facts.add("missing_information")
    if any(w in texts for w in ("criteri", "guideline", "interqual", "mcg", "pautas", "normas del plan")):
        facts.add("criteria_relied_on")
    denial = None if k.startswith("mcd") else "medical_necessity"
    items = {}
    for req in rules.requirements:
        if plan not in req.plan_types:
            continue
        w = req.when
        ok = (w.denial_types is None or denial in w.denial_types or (k.startswith("mcd") and not w.denial_types)
              or "medical_judgment" in w.or_facts)
        ok = ok and all(f in facts for f in w.facts) and not any(f in facts for f in w.not_facts)
        if not ok:
            items[req.id] = {"status": "not_applicable"}
            continue
        keys = [key for key in list(body) + list(insert) if req.id in SATISFIES.get(key, [key])]
        if req.id in ("specific_reason", "ma_specific_reason"):
            keys += [key for key in ALSO_REASON if key in body]
        in_body = [key for key in keys if key in body]
        in_insert = [key for key in keys if key in insert]
        texts_of = [body.get(key) or insert.get(key) for key in keys]
        if in_body or (req.kind == "procedural" and in_insert and not L.hedged):
            items[req.id] = {"status": "found", "evidence": texts_of}
        elif req.kind == "procedural" and in_insert:
            items[req.id] = {"status": "found_conditional", "evidence": texts_of}
        elif w.depends_on_county:
            items[req.id] = {"status": "not_applicable"}
        else:
            items[req.id] = {"status": "not_found", "removed": req.id in drop}
    mins = {"erisa": 180, "individual": 180, "ma": 65, "mcd_mc": 60}
    if L.family not in mins:
        deadline = "unknown"
    elif L.days is None:
        deadline = "not_stated"
    elif L.days >= mins[L.family]:
        deadline = "ok"
    else:
        deadline = "check" if k == "ma" and L.days >= 60 else "short"
    return {"plan_type": plan, "family": L.family, "lang": L.lang, "split": L.split, "hedged": L.hedged,
            "facts": sorted(facts), "items": items, "deadline": deadline}


REMOVABLE = {
    "erisa": ["specific_reason", "plan_provision", "denial_code_meaning", "clinical_rationale", "internal_criteria",
              "claim_service_date", "claim_provider", "claim_amount", "appeal_procedure", "appeal_time_limit",
              "right_to_sue", "free_documents", "codes_on_request", "external_review", "consumer_assistance",
              "perfect_claim", "language_tagline"],
    "ma": ["ma_approved_form", "specific_reason", "ma_coverage_rule", "ma_reconsideration", "ma_expedited",
           "ma_later_levels", "appeal_time_limit"],
    "mcd_ffs": ["mcd_action", "mcd_reasons", "mcd_effective_date", "mcd_regulation", "mcd_fair_hearing",
                "mcd_how_to_request", "mcd_representation", "mcd_continued_benefits"],
    "mcd_mc": ["mcd_action", "mcd_reasons", "mcd_fair_hearing", "mcd_how_to_request", "mcd_representation",
               "mcd_continued_benefits", "mcd_documents", "mcd_expedited", "appeal_time_limit"],
}
COMBOS = [("erisa", "en"), ("individual", "en"), ("ma", "en"), ("mcd_ffs", "en"), ("mcd_mc", "en"),
          ("erisa", "es"), ("individual", "es"),
          ("ma", "es"), ("mcd_ffs", "es"), ("mcd_mc", "es")]  # added after the rules were tuned: first sight
VARIANTS = 6
OCR_PER_SPLIT = 3


def rasterize_png(pdf: Path, png: Path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", "-singlefile", str(pdf), str(Path(tmp) / "p")],
                       check=True)
        (Path(tmp) / "p.png").replace(png)


def main():
    rules = load_notice_rules()
    docs = OUT / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    for old in docs.iterdir():
        old.unlink()
    truth = {}
    for split, seed in (("dev", 11), ("held", 29)):
        r = random.Random(seed)
        ocr_left = OCR_PER_SPLIT
        for family, lang in COMBOS:
            k = kind(family)
            for v in range(VARIANTS + 1):
                removable = [x for x in REMOVABLE[k] if not (family == "individual" and x == "right_to_sue")]
                drop = set() if v == 0 else set(r.sample(removable, r.randint(2, 4)))
                vague = {x for x in drop if x in VAGUE and r.random() < 0.6}
                hedged = v > 0 and k == "erisa" and r.random() < 0.4
                short = v > 0 and r.random() < 0.25
                L = compose(family, lang, split, r, drop, vague, hedged, short)
                name = f"{split}_{family}_{lang}_{v}"
                pdf = docs / f"{name}.pdf"
                render(L, pdf)
                target = pdf
                es_scan = lang == "es" and family.startswith("mcd") and v == 1  # Spanish pages through Tesseract too
                if (v in (1, 2) and ocr_left and lang == "en") or es_scan:
                    target = docs / f"{name}.png"
                    rasterize_png(pdf, target)
                    pdf.unlink()
                    ocr_left -= 0 if es_scan else 1
                truth[target.name] = truth_of(L, rules, drop)
    for split, seed in (("dev", 111), ("held", 129)):  # model layouts, added after the rules were tuned
        r = random.Random(seed)
        for family, lang in MODEL_COMBOS:
            k = kind(family)
            for v in range(MODEL_VARIANTS + 1):
                drop = set() if v == 0 else set(r.sample(REMOVABLE[k], r.randint(2, 4)))
                vague = {x for x in drop if x in VAGUE and r.random() < 0.6}
                hedged = v > 0 and k == "erisa" and r.random() < 0.4
                L = compose(family, lang, split, r, drop, vague, hedged, v > 0 and r.random() < 0.25)
                name = f"{split}_model_{family}_{lang}_{v}.pdf"
                render_model(L, docs / name)
                truth[name] = truth_of(L, rules, drop)
    (OUT / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(truth)} notices to {docs}")


if __name__ == "__main__":
    main()
