"""Family 'orthodontic_benefit_letter': invented dental plans' letters about a child's orthodontic treatment (braces).

Two issuers: Gleamwell Dental Plan, Inc. ("GLEAMWELL" over "Dental Plan, Inc.") and Orchard Ridge Dental Benefits
(parent line "Orchard Ridge Mutual Group" above its name). The letter goes to the parent (subscriber) about the child
(patient); the orthodontist is the provider (office name and NPI beside). The treatment plan's total fee is the
amount asked about; the down payment, the monthly payments, the lifetime orthodontic maximum and the plan's share
are decoys. Reasons: a handicapping-malocclusion (HLD) score under the plan's threshold (with and without the words
"medically necessary"; one in Spanish), the lifetime orthodontic maximum already paid (a monthly treatment claim),
the age limit (a 19-year-old dependant), records not received (no x-rays, photos or score sheet); one approval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundq_famq3 import CHILD, address, days, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "orthodontic_benefit_letter"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
ISSUER = {"G": "Gleamwell Dental Plan, Inc.", "O": "Orchard Ridge Dental Benefits"}
ORTHO = [("Dr. Evander Quintrell", "Bracewell Family Orthodontics"), ("Dr. Marisol Achterberg", "Straightline Smiles")]


class Letter(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(20, 15, 20))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict) -> None:
    if f["ins"] == "G":
        d.text_line("GLEAMWELL", 19, "B", h=8)
        d.text_line("Dental Plan, Inc.", 11, h=5.5)
    else:
        d.text_line("Orchard Ridge Mutual Group", 8, h=4.2)
        d.text_line(ISSUER["O"], 14, "B", h=7)
    d.text_line(("Servicios al Miembro" if f["lang"] == "es" else "Orthodontic Review Unit")
                + f"  |  {f['ph']}  |  {f['street']}", 8.4, h=4.6)
    d.rule(0.6, 4)


def block(d: Letter, rows: list[tuple[str, str]]) -> None:
    for k, v in rows:
        d.set_font("DejaVu", "B", 8.6)
        d.cell(56, 5.2, k)
        d.set_font("DejaVu", "", 9.2)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def body(f: dict) -> list[str]:
    k, kid, fd, ms = f["kind"], f["short"], f["fd"], f["ms"]
    if f["lang"] == "es":
        return [f"Recibimos el plan de tratamiento de ortodoncia (frenos) de {f['doc']} para {kid}.",
                f"No podemos aprobarlo. Su plan cubre la ortodoncia solo cuando es médicamente necesaria, es decir, "
                f"cuando la puntuación del índice HLD es de 26 puntos o más. La puntuación de {kid} fue de "
                f"{f['score']} puntos, por lo que el tratamiento no es médicamente necesario según su plan."]
    plan = (f"{f['doc']} sent a treatment plan for comprehensive orthodontic treatment (braces) for {kid}: a total "
            f"fee of {usd(f['fee'], ms)}, with {usd(f['down'], ms)} at the start and {f['months']} monthly payments of "
            f"{usd(f['monthly'], ms)}.")
    if k == "approve":
        return [plan, f"Good news: the treatment is approved. Your plan pays 50% of the fee up to the orthodontic "
                      f"lifetime maximum of {usd(2000, ms)}. We will pay our share in monthly amounts while {kid} is "
                      "in treatment and remains covered. This approval is valid for 12 months."]
    if k == "hld":
        why = (f"We cannot approve it. Braces are covered only when they are medically necessary, which your plan "
               f"measures with the HLD index: a score of 26 or more. {kid}'s score, from the records sent, is "
               f"{f['score']}. The treatment is therefore not medically necessary under your plan.")
    elif k == "plain":
        why = (f"We are not able to cover these braces. We measured {kid}'s bite from the models and x-rays. The "
               f"crowding and overbite add up to {f['score']} points on the scoring sheet your plan uses, and the "
               "plan pays for braces only at 26 points or more, for a bite that makes chewing or speaking hard.")
    elif k == "age":
        why = (f"We cannot approve it. Your plan covers orthodontic treatment only for children under age 19. "
               f"{kid} was born on {fd(f['dob'])} and turned 19 before the treatment plan was received, so braces "
               "are not a covered benefit for {kid} under this plan.".replace("{kid}", kid))
    else:
        why = (f"We cannot make a decision on this plan. We asked {f['office']} on {fd(f['asked'])} for the "
               "panoramic and cephalometric x-rays, photographs and the completed score sheet. We did not receive "
               "them within 30 days, so the request is denied. The office may send it again with the records.")
    return [plan, why]


def maxed(f: dict) -> list[str]:
    kid, ms = f["short"], f["ms"]
    return [f"We received a claim from {f['doc']} for {kid}'s monthly orthodontic treatment visit on "
            f"{f['fd'](f['dos'])} (D8670), billed at {usd(f['fee'], ms)}.",
            f"We cannot pay this claim. Your plan pays orthodontic benefits up to a lifetime maximum of "
            f"{usd(1500, ms)} per person. We have already paid {usd(1500, ms)} for {kid}'s braces, so the lifetime "
            "maximum is used up. You may owe the orthodontist for this visit."]


def table(d: Letter, f: dict) -> None:
    ms = f["ms"]
    if f["kind"] == "max":
        rows = [[fdate(f["dos"], "slash"), "D8670", "Periodic ortho treatment visit", usd(f["fee"], ms), usd(0, ms)],
                ["*Lifetime ortho max", "", f"{usd(1500, ms)} used / {usd(0, ms)} left", "", ""]]
        d.table(["Date", "Code", "Service", "Billed", "Plan pays"], rows, [32, 18, 70, 28, 26], size=7.8,
                aligns="LLLRR")
        return
    share = min(round(f["fee"] / 2, 2), 2000) if f["kind"] == "approve" else 0
    rows = [["D8080", "Comprehensive orthodontic treatment, adolescent", usd(f["fee"], ms), usd(share, ms)]]
    d.table(["Code", "Treatment", "Fee submitted", "Plan pays"], rows, [20, 96, 30, 28], size=7.8, aligns="LLRR")


def appeal(d: Letter, f: dict) -> None:
    es = f["lang"] == "es"
    d.text_line("Cómo apelar" if es else "How to appeal", 10.5, "B", h=6)
    if es:
        t = "Puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta."
    else:
        t = {"letter": "You may appeal in writing within 180 days of the date of this letter.",
             "date": f"Send your written appeal no later than {f['fd'](f['dl'])}.",
             "recv": "You may appeal within 180 days after you receive this notice."}[f["app"]]
    d.para(t + ("" if es else " Your orthodontist may send new models, x-rays or a second score sheet."), 9.2)


def build(f: dict) -> bytes:
    es = f["lang"] == "es"
    d = Letter(f"{f['form']}   printed {fdate(days(f['notice'], -1), 'slash')}   {{p}}/{{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line(f["fd"](f["notice"]), 9.5, h=5)
    d.ln(2)
    for ln in [f["parent"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    title = ("Decisión sobre tratamiento de ortodoncia" if es else "Orthodontic treatment approved" if
             f["kind"] == "approve" else "Orthodontic claim denied" if f["kind"] == "max" else
             "Orthodontic pre-treatment review: not approved")
    d.text_line(title, 12.5, "B", h=7)
    L = f["labels"]
    rows = [(L[0], f["parent"]), (L[1], f["mid"]), (L[2], f["grp"]), (L[3], f["kid"]),
            ("Fecha de nacimiento" if es else "Patient date of birth", f["fd"](f["dob"])),
            (L[4], f["ref"]), ("Ortodoncista" if es else "Orthodontist", f["doc"]),
            ("Consultorio" if es else "Office", f["office"]), ("NPI", f["npi"]),
            ("Recibido" if es else "Date received", f["fd"](f["recd"]))]
    block(d, rows)
    d.text_line(("Estimado/a " if es else "Dear ") + f["parent"] + ":", 9.5, h=6)
    for p in (maxed(f) if f["kind"] == "max" else body(f)):
        d.para(p, 9.4)
    if es:
        d.para(f"Cargo total del tratamiento: {usd(f['fee'], f['ms'])}; pago inicial {usd(f['down'], f['ms'])}; "
               f"{f['months']} pagos mensuales de {usd(f['monthly'], f['ms'])}.", 9)
    else:
        table(d, f)
    if f["kind"] != "approve":
        appeal(d, f)
    d.text_line(("Atentamente, " if es else "Sincerely, ") + f"{f['signer']}, DDS, Dental Consultant", 9, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, app: str, lang: str = "en") -> dict:
    notice = dt.date(2026, 1, 14) + dt.timedelta(days=r.randint(0, 170))
    parent = person(r, lang)
    kid = f"{r.choice(CHILD)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {parent.split()[-1]}"
    age = 19 if kind == "age" else r.randint(11, 15)
    dob = days(notice, -(365 * age + r.randint(40, 300)))
    doc, office = r.choice(ORTHO)
    fee = money(r, 4800, 6900) if kind != "max" else money(r, 140, 260)
    down = round(r.randint(8, 15) * 100.0, 2)
    months = r.choice([18, 24, 30])
    monthly = round((money(r, 4800, 6900) - down) / months, 2) if kind == "max" else round((fee - down) / months, 2)
    return dict(kind=kind, ins=ins, ms=ms, app=app, lang=lang, notice=notice, fd=lambda x: fdate(x, ds),
                parent=parent, kid=kid, short=kid.split()[0], dob=dob, doc=doc, office=office, fee=fee, down=down,
                months=months, monthly=monthly, score=r.randint(14, 23), addr=address(r, lang),
                mid=mixed(r, "GDP999999999" if ins == "G" else "ORB-9999-99A"), grp=mixed(r, "99999-AA"),
                ref=mixed(r, "PT26-99999" if kind != "max" else "99A9999999"), npi=npi(r),
                recd=days(notice, -r.randint(6, 14)), asked=days(notice, -r.randint(40, 50)),
                dos=days(notice, -r.randint(10, 25)), dl=days(notice, 180), ph=phone(r),
                street=f"{r.randint(100, 990)} Enamel Court", signer=staff(r),
                labels=(["Suscriptor", "ID del suscriptor", "Grupo", "Paciente", "Número de predeterminación"]
                        if lang == "es" else
                        ["Subscriber", "Subscriber ID", "Group no.", "Patient",
                         "Claim number" if kind == "max" else "Pre-treatment estimate #"]
                        if ins == "G" else
                        ["Primary enrollee", "Enrollee ID #", "Group #", "Patient name",
                         "Claim #" if kind == "max" else "Predetermination no."]),
                form=("GDP-ORTH-5" if ins == "G" else "ORDB-OR-12"))


def make_truth(f: dict) -> dict:
    ok = f["kind"] == "approve"
    alts: dict = {"provider": [f["office"]]}
    dl = None if ok else {"letter": iso(days(f["notice"], 180)), "date": iso(f["dl"]), "recv": None}[f["app"]]
    if f["app"] == "recv" and not ok:
        alts["appeal_deadline"] = [iso(days(f["notice"], 180)), iso(days(f["notice"], 185))]
    denial, dalt = {"approve": (None, []), "hld": ("medical_necessity", ["not_covered"]),
                    "plain": ("medical_necessity", ["not_covered"]), "max": ("not_covered", ["other"]),
                    "age": ("not_covered", ["eligibility"]), "records": ("other", [])}[f["kind"]]
    return truth("other" if ok else "denial_letter", denial, lang=f["lang"], insurer=ISSUER[f["ins"]],
                 group_number=f["grp"], member_id=f["mid"], member_name=f["kid"], case_numbers=[f["ref"]],
                 claim_amount=m2(f["fee"]), service_dates=[iso(f["dos"])] if f["kind"] == "max" else [],
                 denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=dl, alternates=alts,
                 denial_alternates=dalt, type_alternates=["eob"] if f["kind"] == "max" else [])


# (stem, condition, kind, issuer, date style, money style, appeal, lang)
PLAN = [
    ("orthodontic_benefit_letter_bd_hld_score_low", "born_digital", "hld", "G", "long", "plain", "letter", "en"),
    ("orthodontic_benefit_letter_bd_approved", "born_digital", "approve", "O", "slash", "plain", "letter", "en"),
    ("orthodontic_benefit_letter_scan_lifetime_max", "scan_clean_300", "max", "G", "abbr", "nosign", "date", "en"),
    ("orthodontic_benefit_letter_lowres_age_limit", "scan_lowres_150", "age", "O", "iso", "usd", "recv", "en"),
    ("orthodontic_benefit_letter_phone_plain_score", "phone_photo", "plain", "G", "dmy", "plain", "letter", "en"),
    ("orthodontic_benefit_letter_rot_records_missing", "rotated", "records", "O", "slash", "bare", "date", "en"),
    ("orthodontic_benefit_letter_faxf_hld_es", "fax_fine_g4", "hld", "G", "es", "plain", "letter", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ins, ds, ms, app, lang) in enumerate(PLAN):
        f = facts(random.Random(85300 + i), kind, ins, ds, ms, app, lang)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
