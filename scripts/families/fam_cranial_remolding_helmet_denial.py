"""Family 'cranial_remolding_helmet_denial': invented plans' letters, Medicaid notices and EOBs on a cranial remolding
orthosis (helmet, HCPCS S1040) for an infant's positional plagiocephaly.

Orrinsford Health Plan (commercial; letters with a two-line letterhead and right-aligned date, EOBs with a shaded
claim table) and Kilbarren Community Care (a Medicaid managed care plan; "Notice of Adverse Benefit Determination"
in English and "Aviso de determinación adversa de beneficios" in Spanish) are invented, and so are every orthotic
practice, orthotist, pediatrician, child and parent. Kinds: the cranial vault asymmetry index (CVAI) is below the
policy's threshold; the infant is outside the age window (3 to 18 months at the start of treatment); two months
of repositioning therapy were not documented (a stack of the denial letter and the EOB of the same claim); an EOB
denying the helmet for a low CVAI; a paid EOB. Decoys: the child's date of birth and age, the subscriber (parent),
the referring pediatrician and NPIs, the scan date of the measurement, the request-received date, the Medicaid
state fair hearing time limit (120 days after the plan's appeal decision).
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "cranial_remolding_helmet_denial"
LANG = "en"
OR = "Orrinsford Health Plan"
KC = "Kilbarren Community Care"
PRACTICES = [("Dunmarlow Pediatric Orthotics", "Tomasz Achebe-Lindqvist, CO"),
             ("Brightwater Cranial Care Center", "Leilani Fairweather-Osei, CPO"),
             ("Saltmarsh Orthotic & Prosthetic Lab", "Anjali Rosenqvist, CO")]
PEDS = ["Dr. Hamid Castellano, MD", "Dr. Ngozi Whitcombe, MD", "Dr. Esperanza Lindahl, DO"]
BABY_FIRST = ["Amara", "Callum", "Noor", "Emilio", "Saoirse", "Kenji", "Ximena", "Tobiah", "Leilani", "Oskar"]
BABY_FIRST_ES = ["Valentina", "Santiago", "Camila", "Thiago", "Renata", "Matías"]
# kind -> (document type, denial type, denial alternates)
KINDS = {
    "cvai": ("denial_letter", "medical_necessity", []),
    "age": ("denial_letter", "medical_necessity", ["not_covered"]),
    "repos": ("denial_letter", "medical_necessity", ["other"]),
    "repos_eob": ("eob", "medical_necessity", ["other"]),
    "cvai_eob": ("eob", "medical_necessity", []),
    "paid_eob": ("other", None, []),
    "es_cvai": ("denial_letter", "medical_necessity", []),
    "mcd_age": ("denial_letter", "medical_necessity", ["not_covered"]),
}


def facts(i: int, kind: str, ds: str, ms: str) -> dict:
    r = Rand(171600 + i)
    es = kind.startswith("es_")
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 160))
    practice, orthotist = r.choice(PRACTICES)
    parent = r.person("es" if es else "en")
    child = (f"{r.choice(BABY_FIRST_ES if es else BABY_FIRST)} {r.choice('ABCDEFGJLMRST')}. {parent[3]}")
    age_m = 21 if kind in ("age", "mcd_age") else r.randint(5, 9)
    fitting = notice + dt.timedelta(days=r.randint(10, 24))
    dob = fitting - dt.timedelta(days=int(age_m * 30.4) + r.randint(0, 12))
    medicaid = kind in ("es_cvai", "mcd_age")
    f = dict(kind=kind, es=es, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms), notice=notice,
             child=child, child_first=child.split()[0], parent=parent[0], parent_first=parent[1], parent_last=parent[3],
             addr=list(r.address("es" if es else "en")), dob=dob, age_m=age_m, practice=practice, orthotist=orthotist,
             ped=r.choice(PEDS), npi=r.npi(), ped_npi=r.npi(), ph=r.phone(), fax=r.phone(),
             mid=("KC" + r.digits(9)) if medicaid else (r.letters(3) + r.digits(8)),
             group=None if medicaid else r.digits(5) + "-" + r.letters(1) + r.digits(2),
             received=notice - dt.timedelta(days=r.randint(4, 11)), fitting=fitting,
             scan=notice - dt.timedelta(days=r.randint(15, 30)), cvai=r.choice([3.9, 4.4, 5.1, 5.6]),
             diag_mm=r.choice([6, 7, 8]), insurer=KC if medicaid else OR)
    if medicaid:  # a Medicaid plan's members live in its state
        f["addr"] = [f["addr"][0], r.choice(["Las Cruces, NM 88001", "Albuquerque, NM 87105", "Roswell, NM 88201"])]
    f["ref"] = (r.choice(["CR", "UM"]) + r.digits(8)) if not medicaid else ("NABD-" + r.digits(6))
    if kind in ("repos", "repos_eob", "cvai_eob", "paid_eob"):
        f["fitting"] = notice - dt.timedelta(days=r.randint(30, 55))
        f["dob"] = f["fitting"] - dt.timedelta(days=int(age_m * 30.4) + r.randint(0, 12))
        f["received"] = f["fitting"] + dt.timedelta(days=r.randint(5, 12))
        f["scan"] = f["fitting"] - dt.timedelta(days=r.randint(10, 20))
        f["claim"] = "OH" + r.digits(10)
        helmet = float(r.choice([2850, 3150, 3375, 3600])) + r.choice([0, 0.5])
        lines = [(f["fitting"], "S1040", "Cranial remolding orthosis, custom fabricated", helmet)]
        if kind in ("paid_eob", "repos_eob", "repos"):
            lines.append((f["fitting"], "97760", "Orthotic management and training, 15 min", float(r.choice([95, 110, 128]))))
        f["lines"] = lines
        f["billed"] = round(sum(x[3] for x in lines), 2)
        if kind == "paid_eob":
            f["cvai"] = r.choice([8.2, 9.6, 11.4])
    return f


def orr_head(d: Doc, f: dict, title: str, fax: bool = False) -> None:
    if fax:
        d.text_line(f"{fmt_date(f['notice'], 'slash')} 16:{f['npi'][:2]}  FROM: ORRINSFORD HEALTH PLAN UM  "
                    f"FAX {f['fax']}   TO: {f['practice'].upper()}   PAGE 001", 7.5, h=4)
        d.ln(2)
    d.text_line(OR, 17, "B", h=8)
    d.text_line("Clinical Review Department  -  800 Larkfield Plaza, Suite 300, Saginaw, MI 48601", 8.5, h=4.5)
    d.rule(0.5, 4)
    d.text_line(f["fd"](f["notice"]), 10.5, align="R", h=5)
    d.ln(1)
    for ln in [f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    d.text_line(title, 12.5, "B", h=7)
    d.ln(1)


def rows_block(d: Doc, rows: list) -> None:
    for k, v in rows:
        d.font(9.6, "B")
        d.cell(56, 4.9, k + ":")
        d.font(9.6)
        d.cell(0, 4.9, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def orr_letter(f: dict) -> bytes:
    k, fd, mo = f["kind"], f["fd"], f["mo"]
    d = Doc("Helvetica" if k != "age" else "Times", footer="ORR-UM-CRO  Page {p} of {n}")
    d.add_page()
    orr_head(d, f, "Notice of Adverse Benefit Determination" if k != "repos" else "Claim Denial Notice",
             fax=(k == "age"))
    rows = [("Patient", f["child"]), ("Patient date of birth", fd(f["dob"])), ("Subscriber", f["parent"]),
            ("Member ID", f["mid"]), ("Group number", f["group"])]
    if k == "repos":
        rows += [("Claim number", f["claim"]), ("Provider", f"{f['practice']} ({f['orthotist']})"),
                 ("Provider NPI", f["npi"]), ("Date of service (fitting)", fd(f["fitting"])),
                 ("Amount billed", mo(f["billed"])), ("Referring pediatrician", f["ped"])]
    else:
        rows += [("Reference number", f["ref"]), ("Requesting provider", f"{f['practice']} ({f['orthotist']})"),
                 ("Provider NPI", f["npi"]), ("Item requested", "S1040 cranial remolding orthosis"),
                 ("Planned fitting date", fd(f["fitting"])), ("Request received", fd(f["received"])),
                 ("Referring pediatrician", f["ped"])]
    rows_block(d, rows)
    d.para(f"Dear {f['parent_first']} {f['parent_last']}:", 10.5)
    if k == "cvai":
        d.para(f"We reviewed the request from {f['practice']} for a cranial remolding helmet for {f['child_first']}. "
               "Our medical policy covers a helmet for positional plagiocephaly when the cranial vault asymmetry index "
               "(CVAI) is 6.25% or more, or the diagonal difference is 10 mm or more. The 3D scan taken on "
               f"{fd(f['scan'])} shows a CVAI of {f['cvai']:.1f}% and a diagonal difference of {f['diag_mm']} mm. "
               "This is mild asymmetry that usually improves with repositioning. The helmet is not medically "
               "necessary and the request is denied.", 10.2)
    elif k == "age":
        d.para(f"We reviewed the request for a cranial remolding helmet. Our medical policy covers a helmet when "
               "treatment begins between 3 and 18 months of age, while the skull is still growing quickly. "
               f"{f['child_first']} will be {f['age_m']} months old on the planned fitting date. After 18 months the "
               "helmet is not expected to change the head shape, so it does not meet our criteria and is not "
               "medically necessary. The request is denied.", 10.2)
    else:
        d.para(f"We denied the claim from {f['practice']} for the cranial remolding helmet fitted on "
               f"{fd(f['fitting'])}. Before a helmet is covered, our policy requires at least two months of "
               "repositioning therapy (alternating sleep position, supervised tummy time and, if needed, physical "
               f"therapy for torticollis), documented by the pediatrician. The records from {f['ped']} do not show "
               "that repositioning was tried for two months. The helmet is not medically necessary under the "
               "policy.", 10.2)
        d.table(["Date", "Code", "Description", "Billed"],
                [[fd(x[0]), x[1], x[2], mo(x[3])] for x in f["lines"]] + [["*Total", "", "", mo(f["billed"])]],
                [28, 18, 100, 30], size=9, aligns="LLLR")
    d.text_line("If you disagree with this decision", 10.8, "B", h=6)
    d.para("You, your child's doctor or someone you choose may appeal within 180 days of the date of this letter. "
           f"Write to {OR}, Appeals, PO Box 5140, Saginaw, MI 48605, fax {f['fax']}, or call {f['ph']}. If your "
           "child's health could be seriously harmed by waiting, ask for an expedited appeal (decided within 72 "
           "hours). You may ask for an independent external review within four months after our final decision.",
           10)
    d.para(f"Sincerely,\nDr. Philippa Warrender-Nakashima, MD\nMedical Director\n{OR}", 10)
    d.para(f"cc: {f['practice']}; {f['ped']}", 8.5)
    return pdf_bytes(d)


def orr_eob(f: dict) -> bytes:
    k, fd, mo = f["kind"], f["fd"], f["mo"]
    paid = k == "paid_eob"
    d = Doc("Helvetica", footer="Keep this statement for your records. This is not a bill.   {p}/{n}")
    d.add_page()
    d.text_line(OR.upper(), 15, "B", h=7)
    d.text_line(f"Member Services {f['ph']}  -  orrinsfordhealth.example", 8.5, h=4.5)
    d.ln(3)
    d.text_line("EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.text_line(f"Statement date: {fd(f['notice'])}", 10, h=5.5)
    d.ln(1)
    rows = [("Patient", f"{f['child']}   (DOB {fd(f['dob'])})"), ("Subscriber", f["parent"]),
            ("Member ID", f["mid"]), ("Group", f["group"]), ("Claim number", f["claim"]),
            ("Provider", f["practice"]), ("Orthotist", f["orthotist"]), ("Claim received", fd(f["received"]))]
    rows_block(d, rows)
    table = []
    allowed_total = paid_total = 0.0
    for dd, code, desc, amt in f["lines"]:
        if paid:
            allowed = round(amt * 0.82, 2)
            plan = round(allowed * 0.8, 2)
        else:
            allowed = plan = 0.0
        allowed_total += allowed
        paid_total += plan
        table.append([fd(dd), code, desc[:40], mo(amt), mo(allowed), mo(plan), "" if paid else "HM4"])
    f["paid_total"] = round(paid_total, 2)
    table.append(["*Total", "", "", mo(f["billed"]), mo(allowed_total), mo(paid_total), ""])
    d.table(["Service date", "Code", "Description", "Charged", "Allowed", "Plan paid", "Code"], table,
            [24, 14, 64, 24, 22, 22, 12], size=7.8, aligns="LLLRRRL", head_fill=True)
    if paid:
        d.para(f"This claim was paid. The helmet was approved for a CVAI of {f['cvai']:.1f}%. Your share is your "
               f"20% coinsurance: {mo(round(allowed_total - paid_total, 2))}. We paid {f['practice']} directly.", 9.6)
        return pdf_bytes(d)
    if k == "cvai_eob":
        d.para(f"HM4: A cranial remolding orthosis is covered when the cranial vault asymmetry index is 6.25% or "
               f"more. The measurement sent with this claim is {f['cvai']:.1f}%. The helmet is not medically "
               "necessary. You do not have to pay the provider more than your share shown above unless you agreed "
               "in writing before the service.", 9.6)
    else:
        d.para("HM4: Two months of documented repositioning therapy are required before a cranial remolding orthosis "
               "is covered. The records do not show this, so the helmet and its fitting are not medically necessary.",
               9.6)
    d.para("Appeals: you may file an appeal within 180 days of the date of this statement. Call "
           f"{f['ph']} or write to {OR}, Appeals, PO Box 5140, Saginaw, MI 48605.", 9.4)
    return pdf_bytes(d)


def kc_notice(f: dict) -> bytes:
    fd, es = f["fd"], f["es"]
    d = Doc("DejaVu" if es else "Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}") +
            "   KCC-NABD-07")
    if es:
        d.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    d.add_page()
    d.set_font(d.base_font, "", 17)
    d.cell(0, 8, KC, new_x="LMARGIN", new_y="NEXT")
    d.text_line("Plan de salud de Medicaid" if es else "A Medicaid health plan", 9, h=4.5)
    d.text_line(f"PO Box 9020, Albuquerque, NM 87119  |  {f['ph']}  |  TTY 711", 8.5, h=4.5)
    d.ln(4)
    d.text_line(fmt_date(f["notice"], "es") if es else fd(f["notice"]), 10.5, h=5)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(4)
    if es:
        d.text_line("Aviso de determinación adversa de beneficios", 13, "B", h=7)
        rows = [("Nombre del miembro", f["child"]), ("Fecha de nacimiento", fmt_date(f["dob"], "es")),
                ("Padre/madre o tutor", f["parent"]), ("Número de Medicaid", f["mid"]),
                ("Número de aviso", f["ref"]), ("Proveedor que lo solicitó", f"{f['practice']} ({f['orthotist']})"),
                ("Pediatra", f["ped"]), ("Servicio", "S1040 casco de remodelación craneal"),
                ("Fecha de ajuste solicitada", fmt_date(f["fitting"], "es")),
                ("Solicitud recibida", fmt_date(f["received"], "es"))]
        rows_block(d, rows)
        d.para(f"Estimado(a) {f['parent_first']} {f['parent_last']}:", 10.5)
        d.para(f"{KC} negó la solicitud de un casco de remodelación craneal para {f['child_first']}. Nuestros "
               "criterios cubren el casco cuando el índice de asimetría de la bóveda craneal (CVAI) es de 6.25% o "
               f"más. El escaneo del {fmt_date(f['scan'], 'es')} muestra un CVAI de {f['cvai']:.1f}%. Es una "
               "asimetría leve que suele mejorar con cambios de posición. El casco no es médicamente necesario.",
               10.2)
        d.text_line("Su derecho a apelar", 10.8, "B", h=6)
        d.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Llame al "
               f"{f['ph']} o escriba a {KC}, Apelaciones, PO Box 9025, Albuquerque, NM 87119. Si no está de acuerdo "
               "con la decisión de la apelación, puede pedir una audiencia imparcial estatal dentro de 120 días a "
               "partir de la fecha de la decisión de la apelación.", 10)
        d.para("Si desea que los servicios continúen durante la apelación, debe pedirlo dentro de 10 días.", 9.5)
        return pdf_bytes(d)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    rows = [("Member name", f["child"]), ("Date of birth", fd(f["dob"])), ("Parent or guardian", f["parent"]),
            ("Medicaid ID", f["mid"]), ("Notice number", f["ref"]),
            ("Requesting provider", f"{f['practice']} ({f['orthotist']})"), ("Primary care provider", f["ped"]),
            ("Service requested", "S1040 cranial remolding orthosis"), ("Requested fitting date", fd(f["fitting"])),
            ("Date request received", fd(f["received"]))]
    rows_block(d, rows)
    d.text_line("What we decided", 10.8, "B", h=6)
    d.para(f"We denied the request for a cranial remolding helmet for {f['child_first']}. {f['child_first']} will "
           f"be {f['age_m']} months old on the requested fitting date. Our clinical criteria cover a helmet only when "
           "treatment starts between 3 and 18 months of age. The service is not medically necessary for your child.",
           10.2)
    d.text_line("Your right to appeal", 10.8, "B", h=6)
    d.para(f"You can ask for an appeal within 60 days of the date of this notice. Call {f['ph']} or write to "
           f"{KC}, Appeals, PO Box 9025, Albuquerque, NM 87119. If we uphold our decision, you may ask for a State "
           "Fair Hearing within 120 days of the date of our appeal decision. To keep services during the appeal you "
           "must ask within 10 days.", 10)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    doc_type, denial, dalts = KINDS[k]
    lang = "es" if f["es"] else "en"
    medicaid = k in ("es_cvai", "mcd_age")
    days = 60 if medicaid else 180
    dl = None if k == "paid_eob" else iso(f["notice"] + dt.timedelta(days=days))
    post = k in ("repos", "repos_eob", "cvai_eob", "paid_eob")
    alts = {"provider": [f["orthotist"].split(",")[0]]}
    extra = {}
    if k == "paid_eob":
        extra["type_alternates"] = ["eob"]
    return truth(doc_type, denial, lang, insurer=f["insurer"], group_number=f["group"], member_id=f["mid"],
                 member_name=f["child"], case_numbers=[f["claim"] if post else f["ref"]],
                 claim_amount=m2(f["billed"]) if post else None, service_dates=[iso(f["fitting"])],
                 denial_date=iso(f["notice"]), provider=f["practice"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalts, **extra)


# (stem suffix, condition, kinds (one per document), date style, money style)
PLAN_ROWS = [
    ("bd_cvai_below_threshold", "born_digital", ["cvai"], "long", "plain"),
    ("bd_eob_paid_helmet", "born_digital", ["paid_eob"], "slash", "plain"),
    ("scan300_stack_letter_and_eob_repositioning", "scan_clean_300", ["repos", "repos_eob"], "abbr", "plain"),
    ("copy_es_medicaid_cvai", "photocopy", ["es_cvai"], "es", "plain"),
    ("faxfine_age_21_months", "fax_fine_g4", ["age"], "slash", "plain"),
    ("rotated_eob_cvai_below", "rotated", ["cvai_eob"], "dmy", "nosign"),
    ("phone_medicaid_age_window", "phone_photo", ["mcd_age"], "iso", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kinds, ds, ms) in enumerate(PLAN_ROWS):
        base = facts(i, kinds[0], ds, ms)
        docs = []
        for k in kinds:
            f = dict(base, kind=k)
            if k in ("paid_eob", "repos_eob", "cvai_eob"):
                pdf = orr_eob(f)
            elif k in ("es_cvai", "mcd_age"):
                pdf = kc_notice(f)
            else:
                pdf = orr_letter(f)
            docs.append((pdf, make_truth(f)))
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs))
    return items
