"""Family 'maternity_newborns_act_length_of_stay_denial': plan EOBs and letters on a mother's hospital stay after
delivery, under the Newborns' and Mothers' Health Protection Act minimum stay (48 hours after a vaginal delivery,
96 hours after a cesarean section).

Issuers (all invented): Calloway Ridge Health Insurance Company (commercial; EOBs, an approval, an appeal
decision), Fenwright Employer Health Plan (self-funded; claims administered by Ostler Benefit Services; a concurrent
review letter and a utilization management fax to the hospital), Plan de Salud Vega Serena (Spanish letter).
Contents: the third day after a vaginal delivery denied; a C-section stay cut after 96 hours; the mother's extra
day while the baby stayed for phototherapy denied; an extra day for postpartum preeclampsia approved; a home nurse
visit after early discharge paid; an appeal upholding the C-section denial. Decoys: the obstetrician, the baby
(name and own claim), delivery date and time, NPIs, dates of birth, received dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import MONTHS_ES, Doc, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "maternity_newborns_act_length_of_stay_denial"
LANG = "en"

CR, FW, VS = "Calloway Ridge Health Insurance Company", "Fenwright Employer Health Plan", "Plan de Salud Vega Serena"
VS_EN = "Vega Serena Health Plan"
TPA = "Ostler Benefit Services"
ADDR = {CR: ("PO Box 77120", "Tamsworth, VT 05999"), FW: ("c/o Ostler Benefit Services, 45 Ostler Plaza",
        "Grand Tillery, MI 49999"), VS: ("Apartado 3307, Calle Tamarindo 88", "Arecibo, PR 00999")}
HOSPITALS = ["Wyndmoor Birthing Center at Hallam General Hospital", "Kittredge Memorial Hospital",
             "Brightwater Valley Medical Center"]
HOSP_ES = "Hospital Regional Santa Brígida"
OBS = ["Dr. Lucinda R. Marsh-Oyelaran, MD", "Dr. Henrik S. Baptiste, DO", "Dr. Ngozi A. Ferreira-Lund, MD",
       "Dr. Valentin K. Osei, MD"]
OBS_ES = ["Dra. Carmen I. Echevarría Ruiz", "Dr. Teodoro M. Alvarado Soto"]
FIRST = ["Rosalind", "Adaeze", "Mirela", "Kirsten", "Hyun-Joo", "Paloma", "Genevieve", "Sakura", "Oluwaseun",
         "Bronwyn", "Fatima", "Ilse"]
LAST = ["Ashcombe", "Okafor-Brandt", "Vukovic", "Lindahl", "Seo", "Quarles", "Bellamy", "Takahashi", "Adebayo",
        "Pryce", "Haddad", "Rasmussen"]
FIRST_ES = ["Yaritza", "Marisol", "Jacqueline", "Nilda", "Coralys"]
LAST_ES = ["Maldonado", "Rivera Colón", "Santana", "Quiles", "Otero"]
STREETS = ["Laurel Bank Road", "Dovecote Lane", "Saddlebrook Court", "Tinker's Way", "Calle Flamboyán"]
HOME = "Nestwell Home Health Nursing"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-{r.choice(['800', '833', '844', '855', '866', '877', '888'])}-{digits(r, 3)}-{digits(r, 4)}"


def D(f: dict, d: dt.date) -> str:
    s = f["ds"]
    if s == "es":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "abbr": d.strftime("%b %-d, %Y"), "short": d.strftime("%m/%d/%y")}[s]


def facts(r: random.Random, ins: str, ds: str, lang: str = "en", nights: int = 3) -> dict:
    first, last = (r.choice(FIRST_ES), r.choice(LAST_ES)) if lang == "es" else (r.choice(FIRST), r.choice(LAST))
    mid = r.choice("ABCDEFGHJKLMNPRSTVW")
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 150))
    adm = notice - dt.timedelta(days=r.randint(25, 55))
    ids = {CR: ("CRH" + digits(r, 9), "CR-" + digits(r, 5)), FW: ("FEH" + digits(r, 3) + "-" + digits(r, 5),
           "FWE" + digits(r, 4)), VS: ("VSA" + digits(r, 8), "GR-" + digits(r, 4))}[ins]
    town = ["Tamsworth, VT 05999", "Grand Tillery, MI 49999", "Ossory Bend, IA 50999"] if lang == "en" else \
        ["Arecibo, PR 00999", "Hatillo, PR 00998"]
    return dict(ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(town)), notice=notice, adm=adm,
                deliv=adm, dis=adm + dt.timedelta(days=nights), recv=notice - dt.timedelta(days=r.randint(2, 7)),
                mid=ids[0], grp=ids[1], claim=digits(r, 4) + "-" + digits(r, 7), ref="LOS-" + digits(r, 7),
                hosp=HOSP_ES if lang == "es" else r.choice(HOSPITALS), ob=r.choice(OBS_ES if lang == "es" else OBS),
                npi=npi(r), npi2=npi(r), ph=phone(r), tod=f"{r.randint(13, 23)}:{r.randint(10, 59)}",
                baby=r.choice(["Baby Boy", "Baby Girl"]) + " " + last.split()[0],
                dob=dt.date(r.randint(1986, 2002), r.randint(1, 12), r.randint(1, 28)))


def letterhead(d: Doc, f: dict) -> None:
    ins = f["ins"]
    a = ADDR[ins]
    if ins == CR:
        d.text_line("Calloway Ridge", 21, "B")
        d.text_line(f"{CR}  |  {a[0]}  |  {a[1]}  |  {f['ph']}", 8.5)
        d.rule(0.8, 1)
    elif ins == VS:
        d.text_line(VS, 15, "B", align="C")
        d.text_line(f"({VS_EN})  {a[0]}, {a[1]}", 8.5, align="C")
        d.text_line(f"Servicios al Afiliado {f['ph']} (TTY 711)", 8.5, align="C")
        d.rule(0.4, 1)
    else:
        d.text_line(FW, 13.5, "B", align="R")
        d.text_line(f"Claims and utilization review administered by {TPA}", 8.5, align="R")
        d.text_line(f"{a[0]}, {a[1]}  -  {f['ph']}", 8.5, align="R")
        d.rule(0.3, 1)
    d.ln(5)


def pairs(d: Doc, rows, lw: float = 56, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.multi_cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def letter(f: dict, title: str, rows, body: list[str], *, denial, appeal: str | None, days: int = 180, cases,
           sdates, provider, amt=None, alts=None, dalts=(), sign="Utilization Management", fax: str | None = None,
           to_provider: bool = False, lang: str = "en") -> tuple[bytes, dict]:
    """appeal: None, 'days' (within N days of this letter), 'dated' (received by a date), 'second' (second level)."""
    es = lang == "es"
    d = Doc("Helvetica", footer=("Página {p} de {n}" if es else "Page {p} of {n}"))
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    if to_provider:
        for ln in (f"To: Case Management / Utilization Review, {f['hosp']}", f"Fax: {phone(random.Random(f['npi2']))}",
                   f"Re: {f['name']}"):
            d.text_line(ln, 10)
    else:
        for ln in (f["name"], *f["addr"]):
            d.text_line(ln, 10.5)
    d.ln(5)
    d.text_line(title, 13, "B")
    d.ln(2)
    pairs(d, rows)
    d.para("Estimada " + f"{f['first']} {f['last']}:" if es else
           ("To the attending team:" if to_provider else f"Dear {f['first']} {f['last']}:"))
    for p in body:
        d.para(p)
    dl = None
    if appeal:
        d.text_line("Sus derechos de apelación" if es else "Your appeal rights", 11, "B")
        d.ln(1)
        dl = f["notice"] + dt.timedelta(days=days)
        if es:
            d.para(f"Si no está de acuerdo, usted o su médico pueden apelar dentro de {days} días a partir de la "
                   f"fecha de esta carta. Llame al {f['ph']} o escriba a la dirección de arriba. Si su salud corre "
                   "peligro, pida una apelación acelerada; la contestamos en 72 horas.")
        elif appeal == "days":
            d.para(f"If you disagree with this decision, you may appeal within {days} days of the date of this "
                   f"letter. Call {f['ph']} or write to the address above. Your doctor may appeal for you.")
        elif appeal == "dated":
            d.para(f"To appeal, send a written request. We must receive it by {D(f, dl)}. The member, or the "
                   f"hospital or physician with the member's consent, may appeal. Call {f['ph']} with questions.")
        else:
            d.para(f"You may ask for a second-level appeal within {days} days of the date of this letter. After the "
                   "second level you may ask for an independent external review within 4 months.")
        if not es:
            d.para("Urgent situations: ask for an expedited appeal; we answer within 72 hours.", 9.5)
    d.para(f"{'Atentamente' if es else 'Sincerely'},\n{sign}\n{f['ins']}", 10)
    alts = dict(alts or {})
    if f["ins"] == FW:
        alts.setdefault("insurer", [TPA])
    if f["ins"] == VS:
        alts.setdefault("insurer", [VS_EN])
    t = truth("denial_letter" if denial else "other", denial, lang, insurer=f["ins"], member_id=f["mid"],
              group_number=f["grp"], member_name=f["name"], case_numbers=cases,
              claim_amount=None if amt is None else m2(amt), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if dl is None else iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def eob(f: dict, provider: str, lines, remarks, intro: str, denial, *, sdates, days=180, dalts=(), alts=None,
        header_extra=(), paid=False) -> tuple[bytes, dict]:
    """lines: (date text, code, description, billed, allowed, paid, you owe, remark)."""
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("Explanation of Benefits", 16, "B")
    d.text_line("This is not a bill.", 9)
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.set_xy(112, y0)
    for k, v in zip(["Date issued", "Member", "Member ID", "Group", "Date of birth"],
                    [D(f, f["notice"]), f["name"], f["mid"], f["grp"], D(f, f["dob"])]):
        d.set_x(112)
        d.font(9, "B")
        d.cell(34, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    d.para(intro, 9.5)
    d.font(10, "B")
    d.cell(0, 6, f"Claim number {f['claim']}   Provider: {provider} (NPI {f['npi']})", new_x="LMARGIN",
           new_y="NEXT")
    for x in header_extra:
        d.font(9)
        d.cell(0, 5, x, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[a, b, c, fmt_money(e), fmt_money(g), fmt_money(h), fmt_money(i), j] for a, b, c, e, g, h, i, j in lines]
    tot = [sum(x[i] for x in lines) for i in (3, 4, 5, 6)]
    rows.append(["*Totals", "", "", *[fmt_money(v) for v in tot], ""])
    d.table(["Date(s) of service", "Code", "Description", "Charged", "Allowed", "Plan paid", "Your share", "Note"],
            rows, [34, 12, 50, 20, 18, 19, 18, 10], size=7.6, aligns="LLLRRRRL", border_head="TB")
    d.text_line("Notes", 10, "B")
    for k, v in remarks:
        d.para(f"{k}  {v}", 8.8, gap=1)
    d.ln(2)
    dl = f["notice"] + dt.timedelta(days=days)
    d.para(f"Appeals: you may ask us to review a decision on this claim within {days} days of the date of "
           f"this statement. Call {f['ph']} or write to the address above.", 9)
    alts = dict(alts or {})
    if paid:
        alts.setdefault("appeal_deadline", [iso(dl)])
    t = truth("eob", denial, insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(tot[0]), service_dates=sdates, denial_date=iso(f["notice"]),
              provider=provider, appeal_deadline=None if paid else iso(dl),
              alternates={k: v for k, v in alts.items() if v}, denial_alternates=list(dalts))
    return pdf_bytes(d), t


def documents(rng) -> list[Item]:
    items = []
    span = lambda f: iso(f["adm"], f["dis"])  # noqa: E731

    # 1 born digital: commercial EOB, the third day after a vaginal delivery denied
    f = facts(random.Random(240521), CR, "slash", nights=3)
    day3 = f["adm"] + dt.timedelta(days=2)
    lines = [(f"{D(f, f['adm'])}-{D(f, day3 - dt.timedelta(days=1))}", "0112", "Room & board, OB, 2 days",
              2 * 2485.00, 2 * 1460.00, 2 * 1460.00 - 350, 350.00, "M1"),
             (D(f, f["adm"]), "0720", "Labor and delivery room", 6120.00, 3390.00, 3390.00, 0, "M1"),
             (D(f, day3), "0112", "Room & board, OB, 3rd day", 2485.00, 0, 0, 0, "M48"),
             (f"{D(f, f['adm'])}-{D(f, f['dis'])}", "0250", "Pharmacy", 412.80, 236.00, 236.00, 0, "M1")]
    rem = [("M1", "Paid at your in-network benefit after your $350.00 inpatient copay."),
           ("M48", f"Your plan covers at least 48 hours in the hospital after a vaginal delivery, as the Newborns' "
                   f"and Mothers' Health Protection Act requires. You delivered on {D(f, f['deliv'])} at "
                   f"{f['tod']}; the 48 hours ended on the second day after delivery. The records from "
                   f"{f['ob']} show no complication that needed a longer stay, so the third day is not medically "
                   "necessary. The hospital is in network and may not bill you for it.")]
    items.append(Item(f"{FAMILY}_bd_eob_third_day_vaginal_delivery_denied", "born_digital", [eob(
        f, f["hosp"], lines, rem, "We processed the hospital claim for your delivery stay. One day was denied.",
        "medical_necessity", sdates=[span(f)], dalts=["level_of_care"],
        alts={"service_dates": [[iso(day3)]]},
        header_extra=[f"Admitted {D(f, f['adm'])}  Discharged {D(f, f['dis'])}  DRG 807 Vaginal delivery",
                      f"Newborn {f['baby']} is processed on a separate claim."])]))

    # 2 born digital: self-funded plan, concurrent review of a C-section stay cut after 96 hours
    f = facts(random.Random(240522), FW, "long", nights=6)
    cut = f["adm"] + dt.timedelta(days=4)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Review number:", f["ref"]),
            ("Hospital:", f"{f['hosp']}, NPI {f['npi']}"), ("Admitted / cesarean delivery:", D(f, f["adm"])),
            ("Approved:", f"{D(f, f['adm'])} through {D(f, cut - dt.timedelta(days=1))} (96 hours)"),
            ("Not approved:", f"{D(f, cut)} through {D(f, f['dis'])}"),
            ("Obstetrician:", f"{f['ob']}, NPI {f['npi2']}")]
    body = [f"We reviewed your continued stay at {f['hosp']} after your cesarean delivery. Federal law (the "
            "Newborns' and Mothers' Health Protection Act) and your plan cover at least 96 hours in the hospital "
            "after a cesarean section without any approval, and we approved those 96 hours.",
            f"The hospital asked for 2 more days. The notes sent on {D(f, f['recv'])} show a healing incision, "
            "normal temperature, pain controlled with pills, and that you were walking and eating. These do not "
            "need hospital care. The extra days are not medically necessary under the plan's postpartum stay "
            "criteria (OB-LOS-3). If a problem develops, the hospital may send new information at any time."]
    items.append(Item(f"{FAMILY}_bd_letter_csection_stay_cut_after_96_hours", "born_digital", [letter(
        f, "Notice of Adverse Benefit Determination - Continued Stay", rows, body, denial="medical_necessity",
        appeal="dated", days=180, cases=[f["ref"]], sdates=[iso(cut, f["dis"])], provider=f["hosp"],
        dalts=["level_of_care"], alts={"service_dates": [[span(f)]]}, sign=f"Utilization Review, {TPA}")]))

    # 3 scan 300 Spanish letter: third day after a vaginal delivery denied
    f = facts(random.Random(240523), VS, "es", lang="es", nights=3)
    day3 = f["adm"] + dt.timedelta(days=2)
    amt = 11874.50
    rows = [("Afiliada:", f["name"]), ("Núm. de afiliada:", f["mid"]), ("Grupo:", f["grp"]),
            ("Núm. de reclamación:", f["claim"]), ("Hospital:", f"{f['hosp']} (NPI {f['npi']})"),
            ("Estadía:", f"{D(f, f['adm'])} al {D(f, f['dis'])}"), ("Total facturado:", fmt_money(amt)),
            ("Obstetra:", f["ob"]), ("Fecha de nacimiento:", D(f, f["dob"]))]
    body = [f"Revisamos la reclamación de {f['hosp']} por su estadía después del parto vaginal del "
            f"{D(f, f['deliv'])}. Su plan cubre por lo menos 48 horas de hospital después de un parto vaginal, "
            "según la Ley de Protección de la Salud de Madres y Recién Nacidos (Newborns' and Mothers' Health "
            "Protection Act). Esas 48 horas están pagadas.",
            f"El tercer día ({D(f, day3)}) no está cubierto: el expediente no muestra una complicación que "
            "necesitara más tiempo en el hospital. Por eso ese día no es médicamente necesario. El hospital es de "
            "la red y no puede cobrarle ese día. La reclamación de su bebé se procesó por separado."]
    items.append(Item(f"{FAMILY}_scan300_es_letter_third_day_denied", "scan_clean_300", [letter(
        f, "Aviso de denegación parcial de beneficios", rows, body, denial="medical_necessity", appeal="days",
        days=180, cases=[f["claim"]], sdates=[span(f)], provider=f["hosp"], amt=amt, lang="es",
        dalts=["level_of_care"], alts={"service_dates": [[iso(day3)]]}, sign="Departamento de Reclamaciones")]))

    # 4 150 dpi: commercial approval of an extra day for postpartum preeclampsia
    f = facts(random.Random(240524), CR, "abbr", nights=4)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Authorization:", f["ref"]),
            ("Hospital:", f["hosp"]), ("Vaginal delivery:", D(f, f["deliv"])),
            ("Extra day approved:", D(f, f["adm"] + dt.timedelta(days=3))), ("Request received:", D(f, f["recv"])),
            ("Attending obstetrician:", f["ob"])]
    body = [f"{f['hosp']} asked us to approve an extra hospital day after your delivery because your blood "
            "pressure rose on the second day and you were treated for postpartum preeclampsia with magnesium.",
            "Decision: APPROVED. Your plan covers 48 hours after a vaginal delivery without approval; the third day "
            "was covered by law, and we approved one more day for the complication. Your total stay of 4 days is "
            "covered at your in-network inpatient benefit. You do not need to do anything."]
    items.append(Item(f"{FAMILY}_lowres_extra_day_preeclampsia_approved", "scan_lowres_150", [letter(
        f, "Notice of Approval - Additional Inpatient Day", rows, body, denial=None, appeal=None, cases=[f["ref"]],
        sdates=[iso(f["adm"] + dt.timedelta(days=3))], provider=f["hosp"],
        alts={"service_dates": [[span(f)]]})]))

    # 5 fax fine: UM fax to the hospital, the mother's extra day while the baby stays for phototherapy denied
    f = facts(random.Random(240525), FW, "dmy", nights=4)
    xd = f["adm"] + dt.timedelta(days=3)
    fax = f"{D(f, f['notice'])} 09:17  OSTLER UR  FAX {phone(random.Random(240535))}  P. 1/1"
    rows = [("Member (mother):", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]),
            ("Review number:", f["ref"]), ("Delivery:", f"Vaginal, {D(f, f['deliv'])} at {f['tod']}"),
            ("Requested:", f"Mother inpatient, {D(f, xd)}"), ("Decision:", "DENIED (mother's day); newborn stay approved"),
            ("Newborn:", f"{f['baby']} - phototherapy for jaundice, approved separately")]
    body = [f"The mother's 48-hour minimum stay ended before {D(f, xd)}, and a third day was approved. For {D(f, xd)} "
            "the chart shows the mother was medically ready for discharge and stayed so she could room in with the "
            "baby during phototherapy. That is not a medical need of the mother's; the day is not medically "
            "necessary as an inpatient day for her. The hospital may offer boarder status.",
            f"A peer-to-peer review with the attending obstetrician ({f['ob']}) may be requested at {f['ph']}."]
    items.append(Item(f"{FAMILY}_faxfine_um_mother_boarder_day_denied", "fax_fine_g4", [letter(
        f, "Utilization Review Determination - Postpartum Stay", rows, body, denial="medical_necessity",
        appeal="dated", days=60, cases=[f["ref"]], sdates=[iso(xd)], provider=f["hosp"], fax=fax, to_provider=True,
        dalts=["level_of_care"], sign=f"Utilization Review Nurse, {TPA}")]))

    # 6 photocopy: commercial EOB, home nurse visit after early discharge paid
    f = facts(random.Random(240526), CR, "short", nights=1)
    visit = f["dis"] + dt.timedelta(days=1)
    lines = [(D(f, visit), "99501", "Home visit, postnatal assessment", 285.00, 212.00, 212.00, 0, "H1"),
             (D(f, visit), "99502", "Home visit, newborn care", 240.00, 176.00, 176.00, 0, "H1")]
    rem = [("H1", f"You left the hospital on {D(f, f['dis'])}, less than 48 hours after your delivery on "
                  f"{D(f, f['deliv'])}. Your plan pays a home nurse visit within 72 hours of an early discharge "
                  "in full, with no copay or deductible.")]
    items.append(Item(f"{FAMILY}_photocopy_eob_home_nurse_visit_paid", "photocopy", [eob(
        f, HOME, lines, rem, "We paid the claim below in full.", None, sdates=[iso(visit)], paid=True,
        header_extra=[f"Delivering hospital: {f['hosp']}   Obstetrician: {f['ob']}"])]))

    # 7 rotated: appeal decision upholding the C-section stay denial
    f = facts(random.Random(240527), CR, "iso", nights=6)
    cut = f["adm"] + dt.timedelta(days=4)
    amt = 2 * 2760.00 + 318.40
    ap = "CRA-" + digits(random.Random(240537), 7)
    rows = [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Appeal number:", ap),
            ("Claim number:", f["claim"]), ("Hospital:", f"{f['hosp']}, NPI {f['npi']}"),
            ("Days under appeal:", f"{D(f, cut)} to {D(f, f['dis'])}"), ("Amount under appeal:", fmt_money(amt)),
            ("Appeal received:", D(f, f["recv"]))]
    body = [f"You appealed our denial of the last two days of your stay at {f['hosp']} after your cesarean "
            f"delivery on {D(f, f['deliv'])}. A board-certified obstetrician who took no part in the first decision "
            f"reviewed the appeal, the hospital record and the letter from {f['ob']}.",
            "Decision: we uphold the denial. The first 96 hours after the cesarean delivery were covered as the "
            "Newborns' and Mothers' Health Protection Act requires. On the fifth and sixth days your vital signs "
            "and lab results were normal and you needed no IV medicines; the notes say you stayed until your "
            "baby's discharge. Those days were not medically necessary."]
    items.append(Item(f"{FAMILY}_rotated_appeal_csection_days_upheld", "rotated", [letter(
        f, "Appeal Decision", rows, body, denial="medical_necessity", appeal="second", days=60,
        cases=[ap, f["claim"]], sdates=[iso(cut, f["dis"])], provider=f["hosp"], amt=amt,
        dalts=["level_of_care"], sign="Member Appeals Unit", alts={"case_numbers": [[ap]]})]))
    return items
