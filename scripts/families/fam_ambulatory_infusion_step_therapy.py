"""Family 'ambulatory_infusion_step_therapy': step-therapy decisions on infused biologics given in an ambulatory
infusion center (medical-benefit drugs with J/Q codes), each with a table of the drugs already tried (drug, started,
stopped, outcome) and the plan's step rule; one approval after trial failure was documented, one appeal upheld.

Issuers: Petrel Health Plan, Inc. (logo word "PETREL" over a rule, one line "Health Plan, Inc. · Medical Drug
Review") and Skua Specialty Drug Review, LLC (parent line "A Guillemot Health Services company" above, return address
block), a vendor deciding for Puffin Community Health Plan (named in the body: a decoy organisation). Kinds:
vedolizumab before a preferred infliximab biosimilar (keyword "step therapy"), brand infliximab instead of the
preferred biosimilar (plain words only), tocilizumab after too short a methotrexate trial, ocrelizumab appeal upheld,
a Spanish vedolizumab denial, ustekinumab approved after infliximab failure, rituximab biosimilar required before
ocrelizumab (phrase "step edit"). Decoys: date of birth, request received date, the dates in the trial table, NPI,
medical policy number, peer-to-peer window, 72-hour and external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundv_famvb import address, days, digits, fdate, iso, mixed, npi, person, phone

FAMILY = "ambulatory_infusion_step_therapy"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PE = "Petrel Health Plan, Inc."
SK = "Skua Specialty Drug Review, LLC"
PUFFIN = "Puffin Community Health Plan"
DOCS = [("Dr. Hallgrimur K. Bjarnason, MD", "Hallgrimur K. Bjarnason"),
        ("Eydis L. Sveinbjornsson, MD", "Eydis L. Sveinbjornsson"),
        ("Dr. Snorri P. Gudmundsson", "Snorri P. Gudmundsson")]
CENTERS = ["Geysir Lane Infusion Center", "Hvita Ambulatory Infusion Suite", "Snaefell Infusion Clinic"]
LABELS = [dict(mem="Member", mid="Member ID", grp="Group", ref="Authorization request #", doc="Requesting physician",
               start="Requested start date", recv="Request received", dob="Date of birth"),
          dict(mem="Patient name", mid="Subscriber ID", grp="Group no.", ref="Case ID", doc="Prescriber",
               start="Planned first infusion", recv="Date received", dob="DOB"),
          dict(mem="Enrollee", mid="ID #", grp="Employer group #", ref="Reference no.", doc="Ordering provider",
               start="Date of service requested", recv="Received on", dob="Birth date")]
ES = dict(mem="Miembro", mid="Núm. de miembro", grp="Grupo", ref="Núm. de solicitud", doc="Médico que lo pidió",
          start="Fecha de inicio pedida", recv="Solicitud recibida", dob="Fecha de nacimiento")
KINDS = {
    "vedo": dict(drug="Entyvio (vedolizumab) 300 mg IV, J3380", dx="Crohn's disease",
                 tried=[("Humira (adalimumab) 40 mg SC", 300, 120, "Loss of response")],
                 rule="Step therapy: the plan requires a trial of a preferred infliximab biosimilar (Inflectra or "
                      "Avsola) for at least 14 weeks before vedolizumab is covered. The records show no trial of a "
                      "preferred infliximab product."),
    "brand": dict(drug="Remicade (infliximab) 5 mg/kg IV, J1745", dx="ulcerative colitis",
                  tried=[("Mesalamine 4.8 g/day oral", 400, 200, "Inadequate response"),
                         ("Azathioprine 150 mg oral", 190, 60, "Leukopenia, stopped")],
                  rule="Remicade is not the product your plan prefers. Your plan covers Inflectra (infliximab-dyyb, "
                       "Q5103) for the same use. Your doctor did not tell us of a reason you cannot use Inflectra, so we "
                       "cannot cover Remicade now. If your doctor orders Inflectra, it does not need a new review."),
    "toci": dict(drug="Actemra (tocilizumab) 8 mg/kg IV, J3262", dx="rheumatoid arthritis",
                 tried=[("Methotrexate 15 mg weekly oral", 80, 38, "Stopped by patient (nausea)")],
                 rule="Our criteria require at least 12 weeks of methotrexate at 15 mg weekly or more, or a documented "
                      "intolerance that a dose change did not fix, before an IL-6 inhibitor. The records show about "
                      "6 weeks and no change of dose or route."),
    "ocre": dict(drug="Ocrevus (ocrelizumab) 300 mg IV, J2350", dx="relapsing multiple sclerosis",
                 tried=[("Copaxone (glatiramer) 40 mg SC", 500, 240, "Relapse x1")],
                 rule="Step edit: the plan's medical drug list requires a trial of a rituximab biosimilar (Truxima or "
                      "Ruxience) before ocrelizumab for relapsing MS unless it is contraindicated. No such trial or "
                      "contraindication is documented."),
    "uste": dict(drug="Stelara (ustekinumab) 390 mg IV induction, J3358", dx="Crohn's disease",
                 tried=[("Inflectra (infliximab-dyyb) 5 mg/kg IV", 420, 90, "Primary non-response at week 14"),
                        ("Humira (adalimumab) 40 mg SC", 700, 450, "Antibodies, loss of response")],
                 rule="The step therapy requirement is met: the records document a 14-week trial of a preferred "
                      "infliximab biosimilar without response."),
}


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r, kind, ins, lab, ds, app, lang, appeal) -> dict:
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 230))
    start = days(notice, r.randint(6, 20))
    mem = person(r, lang)
    docname, bare = r.choice(DOCS)
    return dict(kind=kind, ins=ins, L=ES if lang == "es" else LABELS[lab], ds=ds, app=app, lang=lang, appeal=appeal,
                notice=notice, start=start, mem=mem, addr=address(r, lang), dob=dt.date(r.randint(1958, 1999),
                r.randint(1, 12), r.randint(1, 28)), mid=mixed(r, "PTL999999999") if ins == PE else mixed(r, "9999-A99999"),
                grp=mixed(r, "G-99999") if ins == PE else digits(r, 6),
                ref=mixed(r, "PA26-9999999") if ins == PE else mixed(r, "SK99999999"),
                apl=mixed(r, "APL-999999"), orig_date=days(notice, -r.randint(35, 60)),
                doc=docname, bare=bare, npi=npi(r), center=r.choice(CENTERS), recv=days(notice, -r.randint(2, 6)),
                ph=phone(r), by=days(notice, 180 if ins == PE else 60), pol=mixed(r, "MDP-999")
                )


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == PE:
        d.text_line("PETREL", 24, "B", h=10)
        d.rule(0.8, 1)
        d.text_line("Health Plan, Inc. · Medical Drug Review · PO Box 5512, Hays, KS 67601", 8.3, h=4.4)
    else:
        d.text_line("A Guillemot Health Services company" if f["lang"] == "en" else
                    "Una compañía de Guillemot Health Services", 7.8, h=4)
        d.text_line(SK, 14, "B", h=7)
        for ln in ["Infusion Drug Review Unit", "PO Box 880", "Wallace, ID 83873"]:
            d.text_line(ln, 8.4, h=4.2)
        d.rule(0.3, 1)
    d.ln(3)


def build(f: dict) -> bytes:
    L, k, es, ds = f["L"], f["kind"], f["lang"] == "es", f["ds"]
    K = KINDS[k]
    ok = k == "uste"
    d = Page(f"{'PTL' if f['ins'] == PE else 'SKU'}-ST-{f['pol']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], ds), 9.5, h=5)
    d.ln(2)
    for ln in [f["mem"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.7)
    d.ln(3)
    if f["ins"] == SK:
        d.para((f"Skua Specialty Drug Review, LLC revisa los medicamentos de infusión para {PUFFIN}." if es else
                f"Skua Specialty Drug Review, LLC reviews infused drugs on behalf of {PUFFIN}."), 8.6, gap=1.5)
    rows = [(L["mem"], f["mem"]), (L["dob"], fdate(f["dob"], "slash")), (L["mid"], f["mid"]), (L["grp"], f["grp"]),
            (L["ref"], f["ref"])]
    if f["appeal"]:
        rows.append(("Appeal #", f["apl"]))
    rows += [(L["doc"], f"{f['doc']} (NPI {f['npi']})"), ("Infusion site" if not es else "Centro de infusión",
             f["center"]), ("Drug" if not es else "Medicamento", K["drug"]), (L["start"], fdate(f["start"], ds)),
             (L["recv"], fdate(f["recv"], "slash"))]
    for a, b in rows:
        d.font(9, "B")
        d.cell(58, 5, a + ":")
        d.font(9)
        d.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if es:
        title = "AVISO DE DENEGACIÓN DE COBERTURA DE UN MEDICAMENTO DE INFUSIÓN"
    elif ok:
        title = "APPROVAL OF YOUR INFUSION DRUG REQUEST"
    elif f["appeal"]:
        title = "APPEAL DECISION: DENIAL UPHELD"
    else:
        title = "NOTICE OF DENIAL: INFUSED MEDICATION (STEP THERAPY)" if k != "brand" else "COVERAGE DECISION"
    d.text_line(title, 11.5, "B", h=7)
    if ok:
        d.para(f"We approved your doctor's request for {K['drug']} at {f['center']}. Authorization "
               f"{f['ref']} is valid for the induction dose and 3 maintenance doses starting "
               f"{fdate(f['start'], ds)}. {K['rule']}", 9.2)
    elif es:
        d.para(f"Denegamos la solicitud de su médico para {K['drug']} para la enfermedad de Crohn. Terapia escalonada: "
               "su plan exige probar primero un biosimilar preferido de infliximab (Inflectra o Avsola) por al menos "
               "14 semanas. Los registros no muestran esa prueba.", 9.2)
    elif f["appeal"]:
        d.para(f"You appealed our denial dated {fdate(f['orig_date'], 'slash')} of {K['drug']} for {K['dx']}. A "
               f"neurologist who was not part of the first decision reviewed the appeal. We are upholding the denial. "
               f"{K['rule']}", 9.2)
    else:
        d.para(f"Your doctor asked us to cover {K['drug']} for {K['dx']}. We cannot approve this request. "
               f"{K['rule']}", 9.2)
    d.text_line("Medicamentos que ya probó (según los registros)" if es else "Drugs already tried (from the records)",
                9.5, "B", h=6)
    trows = []
    for name, s, e, out in K["tried"]:
        trows.append([name, fdate(days(f["notice"], -s), "slash"), fdate(days(f["notice"], -e), "slash"), out])
    head = ["Medicamento", "Inicio", "Fin", "Resultado"] if es else ["Drug", "Started", "Stopped", "Outcome"]
    d.table(head, trows, [70, 24, 24, 56], size=8.2, head_fill=True)
    d.para((f"Política médica {f['pol']}." if es else f"Medical policy {f['pol']}, Infused Biologics Step Therapy.") +
           ("" if ok else (" Su médico puede pedir una conversación con el revisor dentro de 14 días." if es else
                           " Your doctor may ask for a peer-to-peer talk with the reviewer within 14 days.")), 8.6)
    if not ok:
        d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 10, "B", h=6)
        if f["appeal"]:
            t = ("This was your plan's last internal appeal. You may ask for an external review by an independent "
                 "review organization within 4 months of this letter.")
        elif es:
            t = {"notice": "Puede apelar dentro de 60 días de la fecha de esta carta.",
                 "recv": "Tiene 60 días desde que recibe esta carta para apelar.",
                 "date": f"Debemos recibir su apelación a más tardar el {fdate(f['by'], ds)}."}[f["app"]]
        else:
            t = {"notice": "You may appeal within 180 days of the date of this letter.",
                 "recv": "You have 60 days after you receive this letter to appeal.",
                 "date": f"We must receive your appeal by {fdate(f['by'], ds)}."}[f["app"]]
        if not f["appeal"]:
            t += (" Si su salud corre peligro, pida una apelación acelerada; decidiremos en 72 horas. También puede "
                  "pedir una revisión externa dentro de 4 meses después de nuestra decisión final." if es else
                  " If waiting could seriously harm your health, ask for a fast appeal; we decide in 72 hours. You "
                  "may also ask for an external review within 4 months after our final decision.")
        d.para(t + (f" Llame al {f['ph']}." if es else f" Call {f['ph']}."), 8.8)
    d.ln(2)
    d.text_line("Pharmacist reviewer, " + f["ins"] if not es else "Farmacéutico revisor, " + f["ins"], 9, h=5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    ok = f["kind"] == "uste"
    dl = None
    alts: dict = {"provider": [f["bare"]]}
    if not ok and not f["appeal"]:
        n = 60 if f["lang"] == "es" else 180
        dl = {"notice": iso(days(f["notice"], n)), "date": iso(f["by"]), "recv": None}[f["app"]]
        if f["app"] == "recv":
            alts["appeal_deadline"] = [iso(days(f["notice"], 60))]
    if f["ins"] == SK:
        alts["insurer"] = [PUFFIN, "Skua Specialty Drug Review"]
    else:
        alts["insurer"] = ["Petrel Health Plan"]
    cases = [f["ref"]] + ([f["apl"]] if f["appeal"] else [])
    if f["appeal"]:
        alts["case_numbers"] = [[f["apl"]]]
    den = None if ok else ("not_covered" if f["kind"] == "brand" else "medical_necessity")
    den_alts = [] if ok else (["medical_necessity", "prior_authorization"] if f["kind"] == "brand"
                              else ["prior_authorization"])
    return truth("other" if ok else "denial_letter", den, f["lang"], insurer=f["ins"], group_number=f["grp"],
                 member_id=f["mid"], member_name=f["mem"], case_numbers=cases, claim_amount=None,
                 service_dates=[iso(f["start"])], denial_date=iso(f["notice"]), provider=f["doc"],
                 appeal_deadline=dl, alternates=alts, denial_alternates=den_alts)


# (stem, condition, kind, issuer, label set, date style, appeal wording, lang, appeal decision)
PLAN = [
    ("ambulatory_infusion_step_therapy_bd_vedolizumab", "born_digital", "vedo", PE, 0, "long", "notice", "en", False),
    ("ambulatory_infusion_step_therapy_bd_approved_ustekinumab", "born_digital", "uste", SK, 1, "abbr", "notice", "en",
     False),
    ("ambulatory_infusion_step_therapy_scan_brand_infliximab", "scan_clean_300", "brand", SK, 2, "slash", "date", "en",
     False),
    ("ambulatory_infusion_step_therapy_rotated_tocilizumab", "rotated", "toci", PE, 1, "dmy", "recv", "en", False),
    ("ambulatory_infusion_step_therapy_photocopy_ocrelizumab_appeal", "photocopy", "ocre", PE, 2, "long", "notice",
     "en", True),
    ("ambulatory_infusion_step_therapy_faxf_vedolizumab_es", "fax_fine_g4", "vedo", SK, 0, "es", "date", "es", False),
    ("ambulatory_infusion_step_therapy_lowres_ocrelizumab_step_edit", "scan_lowres_150", "ocre", SK, 0, "iso",
     "notice", "en", False),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, lab, ds, app, lang, appeal) in enumerate(PLAN):
        f = facts(random.Random(92600 + i), kind, ins, lab, ds, app, lang, appeal)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
