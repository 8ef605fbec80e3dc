"""Family 'newborn_eligibility_denial': invented plans' letters denying a newborn's claims for late enrollment.

Two issuers: Merrivale Family Health Plan ("MERRIVALE" over "Family Health Plan") and Vantorre Health Insurance
Company (parent line "Stavely Mutual Holdings" above its name). The letter goes to the parent (subscriber) about the
baby's claims: the baby is named "Baby Girl SURNAME" (as the hospital billed before the name was known) or by first
name; the plan says the baby was not added within 30 days of birth. The birth date, the date the enrollment form came
in and the 30th day are decoys; the service is the birth stay, a NICU stay (a span, often in a sentence), a
neonatologist's professional claim or a newborn check-up. One Spanish letter. One fax stack (standard mode): a cover
sheet, a NICU denial and the later approval after the baby was added back to the date of birth (`other`).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp3 import CHILD, address, days, fdate, iso, m2, mixed, money, person, phone, span, staff, usd

FAMILY = "newborn_eligibility_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"M": "Merrivale Family Health Plan", "V": "Vantorre Health Insurance Company"}
HOSP = ["Brightlane Women's and Children's Hospital", "Ardleigh Regional Medical Center"]
NEO = ["Dr. Cressida Whalley", "Dr. Barnaby Trickett"]
SVC = {"birth": "newborn nursery care after birth", "nicu": "neonatal intensive care (NICU)",
       "prof": "neonatologist's daily NICU visits", "checkup": "newborn check-up"}


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    if f["ins"] == "M":
        d.text_line("MERRIVALE", 18, "B", h=7)
        d.text_line("Family Health Plan", 12, h=6)
    else:
        d.text_line("Stavely Mutual Holdings", 8, h=4.2)
        d.text_line(ISSUER["V"], 14, "B", h=7)
    d.text_line(("Servicios al Miembro" if es else "Member Services") + f"  |  {f['ph']}  |  {f['street']}", 8.4, h=4.6)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(48, 5.3, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def when(f: dict) -> str:
    a, b = f["start"], f["end"]
    if a == b:
        return ("el " if f["lang"] == "es" else "on ") + f["fd"](a)
    return span(a, b, f["ss"])


def body(f: dict) -> list[str]:
    fd, baby, k = f["fd"], f["short"], f["kind"]
    born, day30 = fd(f["born"]), fd(days(f["born"], 30))
    if f["lang"] == "es":
        return [f"Recibimos las facturas de {SVC_ES[f['svc']]} de {baby} en {f['where']} {when(f)}. No podemos "
                "pagarlas.",
                f"Motivo: {baby} nació el {born}. Su plan cubre a un recién nacido solo si usted lo inscribe dentro de "
                f"los 30 días siguientes al nacimiento (a más tardar el {day30}). Recibimos el formulario de "
                f"inscripción el {fd(f['enrolled'])}, después de ese plazo, por lo que {baby} no era miembro del plan "
                "en las fechas de servicio."]
    if k == "approve":
        return [f"We have good news about the claims for {baby}'s {SVC[f['svc']]} at {f['where']} {when(f)}, which we "
                f"denied on {fd(f['orig'])} because {baby} was not on your policy.",
                f"Your employer's benefits office confirmed that you asked to add {baby} within 30 days of birth and "
                f"that the request was lost. We have added {baby} to your policy back to the date of birth, "
                f"{born}. We reprocessed the claim and approved it; payment goes to the provider. You owe only your "
                "share shown below."]
    if k == "none":
        why = (f"We have no request to add {baby} to your policy. A newborn is covered for the first 30 days after "
               f"birth only if you enroll the baby within those 30 days (by {day30}); you did not, so the coverage "
               "for the baby ended and these services are not covered.")
    else:
        why = (f"{baby} was born on {born}. Your plan requires you to add a newborn to your coverage within 30 days "
               f"of the birth. The enrollment form for {baby} reached us on {fd(f['enrolled'])}, after the 30 days "
               f"ended on {day30}, so {baby}'s coverage starts on {fd(days(f['enrolled'], 1))} and not on the date "
               "of birth. The services below were before that.")
    first = (f"We received claims for {SVC[f['svc']]} given to {baby} at {f['where']} {when(f)}. We are not able "
             "to pay them because the baby was not enrolled in the plan when the care was given.")
    return [first, why]


SVC_ES = {"nicu": "cuidados intensivos neonatales (UCIN)", "birth": "la atención en la sala de recién nacidos"}


def claims_table(d: Letter, f: dict) -> None:
    es, ms = f["lang"] == "es", f["ms"]
    head = (["Reclamo", "Proveedor", "Fechas", "Cargos", "Pagado"] if es else
            ["Claim #", "Provider", "Dates of service", "Billed", "Plan paid"])
    dates = fdate(f["start"], "slash") + ("" if f["end"] == f["start"] else " - " + fdate(f["end"], "slash"))
    paid = usd(f["paid"], ms) if f["kind"] == "approve" else usd(0, ms)
    d.table(head, [[f["claim"], f["prov"], dates, usd(f["billed"], ms), paid]], [25, 69, 40, 23, 19], size=7.6,
            aligns="LLLRR")


def appeal(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Cómo apelar" if es else "Your right to appeal", 10.5, "B", h=6)
    if es:
        t = "Puede apelar dentro de 180 días a partir de la fecha de esta carta."
    elif f["app"] == "letter":
        t = "You may appeal this decision within 180 days of the date of this letter."
    elif f["app"] == "date":
        t = f"You have until {f['fd'](f['dl'])} to ask us for an appeal."
    else:
        t = "You may appeal within 180 days after you receive this letter."
    d.para(t + (" Envíe una copia del acta de nacimiento y la fecha en que pidió inscribir al bebé." if es else
                " Send a copy of the birth certificate and any proof that you asked to add the baby in time, such as "
                "an e-mail or a form stamped by your employer."), 9.2)
    if not es:
        d.para("You may also ask your employer whether a special enrollment period applies. Ending date of the "
               f"newborn's 31-day grace period: {f['fd'](days(f['born'], 31))}.", 8.6)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Letter(f"{f['form']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(4)
    d.text_line(f"{'Estimado/a' if es else 'Dear'} {f['parent']}:", 9.5, h=6)
    title = ("Newborn claims approved after enrollment" if f["kind"] == "approve" else
             "Aviso de denegación: recién nacido no inscrito" if es else "Notice of claim denial - newborn not enrolled")
    d.text_line(title, 12, "B", h=7)
    sub = ("Suscriptor" if es else "Subscriber" if f["ins"] == "M" else "Policyholder")
    idl = "ID de miembro" if es else "Member ID" if f["ins"] == "M" else "Policy ID #"
    rows = [(sub, f["parent"]), (idl, f["mid"]),
            ("Grupo" if es else "Group number", f["grp"]), ("Paciente" if es else "Patient", f["baby"]),
            ("Fecha de nacimiento" if es else "Patient date of birth", f["fd"](f["born"])),
            ("Número de reclamo" if es else "Claim number", f["claim"])]
    if f["svc"] in ("nicu", "prof"):
        rows.append(("Referencia del caso" if es else "Case reference", f["case"]))
    rows.append(("Proveedor" if es else "Provider", f["prov"]))
    block(d, rows)
    for p in body(f):
        d.para(p, 9.4)
    claims_table(d, f)
    if f["kind"] != "approve":
        appeal(d, f)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['signer']}, Eligibility and Enrollment", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, svc: str, ds: str, ss: str, ms: str, app: str, named: bool,
          lang: str = "en") -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 160))
    parent = person(r, lang)
    last = parent.split()[-1]
    first = r.choice(CHILD)
    baby = f"{first} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {last}" if named else "Baby Girl " + last
    born = days(notice, -r.randint(70, 110))
    hosp = r.choice(HOSP)
    if svc == "birth":
        start, end = born, days(born, r.randint(2, 3))
    elif svc in ("nicu", "prof"):
        start = days(born, r.randint(1, 2))
        end = days(start, r.randint(9, 20))
    else:
        start = end = days(born, r.randint(12, 16))
    prov = NEO[r.randint(0, 1)] if svc in ("prof", "checkup") else hosp
    billed = {"birth": money(r, 3200, 6800), "nicu": money(r, 48000, 96000), "prof": money(r, 4200, 8800),
              "checkup": money(r, 180, 420)}[svc]
    return dict(kind=kind, ins=ins, svc=svc, ds=ds, ss=ss, ms=ms, app=app, lang=lang, notice=notice,
                fd=lambda x: fdate(x, ds), parent=parent, baby=baby, short=first if named else baby, born=born,
                start=start, end=end, prov=prov,
                where=hosp, billed=billed, paid=round(billed * 0.82, 2), addr=address(r, lang),
                mid=mixed(r, "MFH99999999-01" if ins == "M" else "VA9999999"), grp=mixed(r, "G-99999"),
                claim=mixed(r, "99AA9999999" if ins == "M" else "VH-26-999999"), case=mixed(r, "NB9999A"),
                enrolled=days(born, r.randint(36, 52)), orig=days(notice, -r.randint(40, 60)), dl=days(notice, 180),
                ph=phone(r), street=f"{r.randint(100, 990)} Cradlewood Plaza, Suite {r.randint(2, 9)}00",
                signer=staff(r), form=("MFHP-ELG-31 (01/26)" if ins == "M" else "VHIC NB-DEN-4"))


def make_truth(f: dict) -> dict:
    approve = f["kind"] == "approve"
    sd = [iso(f["start"], f["end"])]
    alts: dict = {}
    if f["start"] != f["end"]:
        alts["service_dates"] = [[iso(f["start"])]]
    dl = {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv":
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    cases = [f["claim"]] + ([f["case"]] if f["svc"] in ("nicu", "prof") else [])
    if len(cases) > 1:
        alts["case_numbers"] = [[f["claim"]]]
    if f["prov"] != f["where"]:
        alts["provider"] = [f["where"]]
    return truth("other" if approve else "denial_letter", None if approve else "eligibility", lang=f["lang"],
                 insurer=ISSUER[f["ins"]], group_number=f["grp"], member_id=f["mid"], member_name=f["baby"],
                 case_numbers=cases, claim_amount=m2(f["billed"]), service_dates=sd, denial_date=iso(f["notice"]),
                 provider=f["prov"], appeal_deadline=None if approve else dl, alternates=alts,
                 denial_alternates=[] if approve else ["other"])


# (stem, condition, kind, issuer, service, date style, span style, money style, appeal, baby by first name, lang)
PLAN = [
    ("newborn_eligibility_denial_bd_baby_girl_birth_stay", "born_digital", "late", "M", "birth", "long", "long",
     "plain", "letter", False, "en"),
    ("newborn_eligibility_denial_bd_checkup_named", "born_digital", "none", "V", "checkup", "slash", "slash", "plain",
     "date", True, "en"),
    ("newborn_eligibility_denial_scan_nicu_span", "scan_clean_300", "late", "M", "nicu", "abbr", "long", "nosign",
     "recv", True, "en"),
    ("newborn_eligibility_denial_lowres_neonatologist", "scan_lowres_150", "none", "V", "prof", "iso", "iso", "usd",
     "letter", False, "en"),
    ("newborn_eligibility_denial_rot_ucin_es", "rotated", "late", "M", "nicu", "es", "es", "plain", "letter", True,
     "es"),
    ("newborn_eligibility_denial_copy_baby_girl_nicu", "photocopy", "late", "V", "nicu", "dmy", "long", "plain", "date",
     False, "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, svc, ds, ss, ms, app, named, lang) in enumerate(PLAN):
        r = random.Random(71500 + i)
        f = facts(r, kind, ins, svc, ds, ss, ms, app, named, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    # the fax stack: cover sheet, a NICU denial, then the approval after the baby was added back to birth
    r = random.Random(71599)
    f = facts(r, "late", "M", "nicu", "slash", "long", "plain", "letter", False)
    g = dict(f, kind="approve", notice=days(f["notice"], r.randint(35, 50)), orig=f["notice"],
             baby=f"{CHILD[r.randint(0, 3)]} M. {f['parent'].split()[-1]}")
    g["short"] = g["baby"].split()[0]
    items.append(Item("newborn_eligibility_denial_faxs_stack_denial_then_approval", "fax_standard_g4",
                      [(build(f), make_truth(f)), (build(g), make_truth(g))], separators=["cover", None]))
    return items
