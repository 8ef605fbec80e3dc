"""Family 'asc_coding_denial_letter': letters (not EOBs) about an ambulatory surgery center claim denied for coding
reasons, with an invitation to send a corrected claim; one claim paid after correction.

Issuers: Lahemaa Health Plan ("LAHEMAA" logo word over a rule, "Health Plan · Claims Coding Review" below) and
Matsalu Mutual Health Insurance (parent line "Soomaa Holdings Group" above the name, return address block). Kinds: a
bundled procedure (NCCI edit, keyword), a missing/invalid modifier (table of lines), a diagnosis that does not support
the procedure, the same bundling in plain words, a Spanish letter about a modifier, a letter to the surgery center's
billing office, and one claim paid after the corrected claim arrived. Decoys: the corrected-claim deadline, the
date the claim was received, the NCCI edition, the facility NPI and patient account, the plan's 30-day appeal
timetable.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundt_famtb import (ASCS, REVIEWERS, SURGEONS, address, days, digits, fdate, iso, m2, mixed, money, npi,
                              person, phone, usd)

FAMILY = "asc_coding_denial_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LAH, MAT = "Lahemaa Health Plan", "Matsalu Mutual Health Insurance"
PROCS = [("29881", "Knee arthroscopy, meniscectomy", "29877", "Knee arthroscopy, debridement/shaving"),
         ("66984", "Cataract removal with lens implant", "66030", "Injection into eye chamber"),
         ("64721", "Carpal tunnel release", "20526", "Injection, carpal tunnel"),
         ("45385", "Colonoscopy with polyp removal (snare)", "45380", "Colonoscopy with biopsy")]
# three label sets: (member, member id, group, claim, date of service, facility, surgeon, billed)
LABELS = [("Member", "Member ID", "Group number", "Claim number", "Date of service", "Surgery center",
           "Surgeon", "Total billed"),
          ("Patient", "Subscriber ID", "Group #", "Claim #", "Service date", "Facility", "Performing physician",
           "Charges submitted"),
          ("Patient name", "ID number", "Employer group", "Claim ref.", "DOS", "Ambulatory surgery center",
           "Operating surgeon", "Amount billed")]


class Page(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(18, 14, 18))
        self.add_font("DejaVu", "B", BOLD)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, lab: int, app: str) -> dict:
    lang = "es" if kind == "es" else "en"
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 200))
    dos = days(notice, -r.randint(20, 50))
    p = r.choice(PROCS)
    b1, b2 = money(r, 1800, 7400), money(r, 240, 1300)
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, L=LABELS[lab], app=app, lang=lang, notice=notice, dos=dos,
             member=person(r, lang), addr=address(r, lang), mid=mixed(r, "LM9999999-99"), grp=digits(r, 7),
             clm=mixed(r, "9999A99999999"), asc=r.choice(ASCS), surg=r.choice(SURGEONS), npi=npi(r),
             acct=mixed(r, "PA99999"), p=p, b1=b1, b2=b2, billed=round(b1 + b2, 2), ph=phone(r),
             rvw=r.choice(REVIEWERS), recv=days(dos, r.randint(4, 9)), by=days(notice, 180),
             corr_by=days(notice, 90), newclm=mixed(r, "9999A99999999"), apid=mixed(r, "AP-2026-99999"))
    f["fd"] = (lambda x: fdate(x, "es")) if lang == "es" else (lambda x: fdate(x, ds))
    return f


def letterhead(d: Page, f: dict) -> None:
    if f["ins"] == LAH:
        d.text_line("LAHEMAA", 21, "B", h=9)
        d.rule(0.8, 1)
        d.text_line("Health Plan  ·  Claims Coding Review  ·  PO Box 7731  ·  Dubuque, IA 52001", 8.4, h=4.5)
    else:
        d.text_line("Soomaa Holdings Group", 8, h=4)
        d.text_line("Matsalu Mutual Health Insurance", 15, "B", h=7.5)
        for ln in ["Provider Claims Integrity", "4410 Haanja Boulevard, Floor 3", "Bismarck, ND 58501"]:
            d.text_line(ln, 8.6, h=4.3)
        d.rule(0.4, 1)
    d.ln(4)


def rows(f: dict) -> list[tuple[str, str]]:
    L, fd = f["L"], f["fd"]
    out = [(L[0], f["member"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["clm"]), (L[4], fd(f["dos"])),
           (L[5], f"{f['asc']} (NPI {f['npi']})"), (L[6], f["surg"]), (L[7], usd(f["billed"], f["ms"]))]
    if f["kind"] == "paid":
        out.insert(4, ("Corrected claim", f["newclm"]))
    if f["kind"] == "provider":
        out.insert(4, ("Patient account", f["acct"]))
    return out


def reason(f: dict) -> list[str]:
    k, (c1, n1, c2, n2) = f["kind"], f["p"]
    fd = f["fd"]
    inv = (f"If the codes were billed in error, you may send a corrected claim (frequency code 7) with the "
           f"original claim number by {fd(f['corr_by'])}. A corrected claim is not an appeal.")
    if k == "bundled":
        return [f"We received this claim on {fd(f['recv'])}. Procedure code {c2} ({n2}) was billed with {c1} "
                f"({n1}) on the same day. Under the 2026 NCCI procedure-to-procedure edits, {c2} is bundled into "
                f"{c1} and is not paid separately. Line 2 ({usd(f['b2'], f['ms'])}) is denied as a coding error: "
                "unbundled procedure (remark M80). Line 1 was processed under your surgery benefit.", inv]
    if k == "plain":
        return [f"The surgery center sent us a bill for two things done during the same operation: {n1.lower()} "
                f"and {n2.lower()}. The second one is a normal part of the first and its price is already included "
                "in what we pay for the main procedure. We will not pay for it as a separate item. You should not "
                "be billed for it by an in-network surgery center.", inv]
    if k in ("modifier", "provider"):
        return [f"Code {c2} was billed on the same date as {c1} without a modifier showing it was a separate and "
                "distinct procedure (for example modifier 59, XS, or RT/LT for the side of the body). Modifier "
                "'51' on line 2 is not valid for a surgery center (facility) claim. Without a valid modifier the "
                "line cannot be paid, and the whole claim was denied: invalid or missing modifier.", inv]
    if k == "dx":
        return [f"The diagnosis code on the claim (M25.561, pain in right knee) does not support procedure {c1} "
                f"({n1}). Our coding policy requires a diagnosis that matches the procedure billed (for example a "
                "torn meniscus). The claim was denied because the diagnosis code does not support the procedure "
                "code billed. This is a coding decision and does not say whether the surgery was needed.", inv]
    return [f"On {fd(f['recv'])} we received the surgery center's corrected claim {f['newclm']} for the surgery "
            f"on {fd(f['dos'])}, which replaces claim {f['clm']}. The corrected claim added modifier XS to code "
            f"{c2}. Both lines have now been processed and paid under your surgery benefit. Nothing on this claim is "
            "denied. Your share is your usual outpatient surgery copay."]


def build_en(f: dict) -> bytes:
    tag = "LHP" if f["ins"] == LAH else "MMHI"
    d = Page(f"{tag}-CCR-{'PD' if f['kind'] == 'paid' else 'DN'}  rev. 02/26   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 10, h=5)
    d.ln(2)
    if f["kind"] == "provider":
        addr = [f"{f['asc']}", "Attn: Billing Office", "118 Kivirahk Way", "Pocatello, ID 83201"]
    else:
        addr = [f["member"], *f["addr"]]
    for ln in addr:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    for k, v in rows(f):
        d.set_font("DejaVu", "B", 9)
        d.cell(52, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    title = {"paid": "Your corrected claim has been paid", "plain": "Why part of your surgery claim was not paid",
             "provider": "Claim denial: modifier required"}.get(f["kind"], "Notice of claim denial: coding review")
    d.text_line(title, 11.5, "B", h=6.5)
    d.para("Dear Billing Office:" if f["kind"] == "provider" else f"Dear {f['member']}:", 10)
    for p in reason(f):
        d.para(p, 10)
    if f["kind"] in ("modifier", "provider", "paid"):
        c1, n1, c2, n2 = f["p"]
        st = "Paid" if f["kind"] == "paid" else "Denied"
        d.table(["Line", "Code", "Description", "Modifier", "Billed", "Status"],
                [["1", c1, n1[:34], "RT" if f["kind"] == "paid" else "-", usd(f["b1"], f["ms"]), st],
                 ["2", c2, n2[:34], "XS" if f["kind"] == "paid" else "51", usd(f["b2"], f["ms"]), st],
                 ["*", "", "Total", "", usd(f["billed"], f["ms"]), ""]],
                [12, 18, 70, 20, 28, 26], size=8.6)
    if f["kind"] != "paid":
        d.text_line("If you disagree: your right to appeal", 10.5, "B", h=6)
        t = {"180": "You may appeal this decision within 180 days of the date of this letter.",
             "date": f"We must receive your written appeal by {f['fd'](f['by'])}.",
             "recv": "You have 180 days after you receive this notice to file an appeal."}[f["app"]]
        d.para(t + " We answer appeals within 30 days. You may ask for an external review within 4 months after "
               f"a final decision. Questions: call {f['ph']} (TTY 711), Monday to Friday.", 10)
    d.para(f"Sincerely,\n\n{f['rvw']}\nMedical Director, Coding Review, {f['ins']}", 10)
    return pdf_bytes(d)


def build_es(f: dict) -> bytes:
    d = Page("LHP-CCR-DN-SP  Página {p} de {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(fdate(f["notice"], "es"), 10, h=5)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    c1, n1, c2, n2 = f["p"]
    es = [("Afiliado", f["member"]), ("Número de identificación", f["mid"]), ("Grupo", f["grp"]),
          ("Número de reclamación", f["clm"]), ("Fecha del servicio", fdate(f["dos"], "es")),
          ("Centro de cirugía", f"{f['asc']} (NPI {f['npi']})"), ("Cirujano", f["surg"]),
          ("Total facturado", usd(f["billed"], f["ms"]))]
    for k, v in es:
        d.set_font("DejaVu", "B", 9)
        d.cell(52, 5, k + ":")
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Aviso de denegación de reclamación: revisión de códigos", 11.5, "B", h=6.5)
    d.para(f"Estimado(a) {f['member']}:", 10)
    d.para(f"El código {c2} se facturó el mismo día que el código {c1} sin un modificador válido que indique que "
           "fue un procedimiento separado (por ejemplo, el modificador 59 o XS). Por esta razón se denegó la "
           "reclamación: modificador faltante o no válido (error de codificación). El centro de cirugía puede "
           f"enviar una reclamación corregida antes del {fdate(f['corr_by'], 'es')}.", 10)
    d.text_line("Su derecho a apelar", 10.5, "B", h=6)
    d.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Respondemos las apelaciones "
           f"en un plazo de 30 días. Llame al {f['ph']} (TTY 711).", 10)
    d.para(f"Atentamente,\n\n{f['rvw']}\nDirector médico, {f['ins']}", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    ok = k == "paid"
    dl = {"180": iso(days(f["notice"], 180)), "date": iso(f["by"]), "recv": None}[f["app"]]
    alts: dict = {"provider": [f["asc"]]}
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    cases = [f["clm"]] + ([f["newclm"]] if ok else [])
    amt = m2(f["billed"])
    if k == "bundled":  # only line 2 is denied; the claim's total is the honest amount, the denied line accepted
        alts["claim_amount"] = [m2(f["b2"])]
    return truth("other" if ok else "denial_letter", None if ok else "coding_error", f["lang"], insurer=f["ins"],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["member"], case_numbers=cases,
                 claim_amount=amt, service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=f["surg"],
                 appeal_deadline=None if ok else dl, alternates=alts,
                 denial_alternates=["medical_necessity"] if k == "dx" else [])


# (stem, condition, kind, insurer, date style, money style, label set, appeal wording)
PLAN = [
    ("asc_coding_denial_letter_bd_bundled_ncci", "born_digital", "bundled", LAH, "long", "plain", 0, "180"),
    ("asc_coding_denial_letter_bd_corrected_paid", "born_digital", "paid", MAT, "slash", "nosign", 1, "180"),
    ("asc_coding_denial_letter_scan_spanish_modifier", "scan_clean_300", "es", LAH, "es", "plain", 0, "180"),
    ("asc_coding_denial_letter_lowres_dx_mismatch", "scan_lowres_150", "dx", MAT, "abbr", "usd", 2, "date"),
    ("asc_coding_denial_letter_copy_plain_bundled", "photocopy", "plain", LAH, "dmy", "plain", 1, "recv"),
    ("asc_coding_denial_letter_rot_modifier_table", "rotated", "modifier", MAT, "iso", "plain", 2, "180"),
    ("asc_coding_denial_letter_faxs_to_facility", "fax_standard_g4", "provider", LAH, "slash", "plain", 0, "date"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, lab, app) in enumerate(PLAN):
        f = facts(random.Random(96000 + i), kind, ins, ds, ms, lab, app)
        pdf = build_es(f) if kind == "es" else build_en(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
