"""Family 'gastric_electrical_stimulator_gastroparesis_denial': invented plan and Medicare Advantage letters and EOBs on
gastric electrical stimulation for gastroparesis (43647 laparoscopic electrode placement, 64590 generator insertion,
C1767 the generator): the device denied as a humanitarian-use device (HDE) without the hospital's institutional review
board approval, no documented failed trial of two medicines, the battery (generator) replacement denied, an appeal
upheld, and an approval / paid EOB after a gastric emptying study. One Spanish MA letter, one fax stack.

All values invented (fictional plans, hospitals, clinicians, IDs; phones 1-555).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth, fmt_date, fmt_money

FAMILY = "gastric_electrical_stimulator_gastroparesis_denial"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLANS = [("Brightwater Health Plan", "PO Box 77120, Ashcombe, OH 43901"),
         ("Cedar Meridian Health Insurance Company", "410 Tollgate Road, Wexbury, IN 46990"),
         ("Larkspur Medicare Advantage (HMO)", "PO Box 5512, Orrin Falls, MI 49911"),
         ("Saltmarsh Senior Care Plus (PPO)", "88 Ferry Point Drive, Kelsing, NC 27999")]
MEMBERS = [("Adaeze", "Okonkwo-Hale"), ("Bartholomew", "Lindqvist"), ("Soraya", "Haddadin"), ("Kenji", "Morrow"),
           ("Pilar", "Echeverría"), ("Dmitri", "Albescu"), ("Fionnuala", "Reyes-Brandt")]
HOSPS = ["St. Anselm Regional Medical Center", "Wexbury University Hospital", "Orrin Falls Digestive Health Institute",
         "Kelsing Valley Gastroenterology Associates", "Harrow Creek Medical Center"]
PCPS = ["Dr. Marguerite Osei-Tutu", "Dr. Lachlan Fairweather", "Dr. Ravindra Kulkarni", "Dr. Hana Watanabe-Cole"]
SURGEONS = ["Dr. Ignatius Obuya, MD", "Dr. Svetlana Marek, MD", "Dr. Tomasz Wierzbicki, MD"]


def dg(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", margins=(19, 15, 19), **kw)
        self.add_font("DejaVu", "B", BOLD)


def base(r, i, plan):
    first, last = MEMBERS[i]
    mi = r.choice("ABCDEFGHJKLMNPRSTW")
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    surg = notice - dt.timedelta(days=r.randint(25, 60))
    lines = [("43647", "Lap implant gastric neurostimulator electrodes", round(r.randint(5200, 8900) + r.random(), 2)),
             ("64590", "Insert/replace peripheral neurostimulator pulse generator", round(r.randint(3100, 5400) + r.random(), 2)),
             ("C1767", "Generator, neurostimulator (implantable), non-rechargeable", round(r.randint(18000, 29000) + 0.0, 2))]
    return dict(member=f"{first} {mi}. {last}", first=first, last=last, plan=PLANS[plan], notice=notice, surg=surg,
                mid=r.choice(["BWH", "CMX", "LKM", "SSC"]) + dg(r, 9), grp=f"GR-{dg(r, 5)}",
                claim=f"{r.randint(26, 26)}{dg(r, 9)}", ref=f"UM-{dg(r, 7)}", hosp=r.choice(HOSPS),
                pcp=r.choice(PCPS), surgeon=r.choice(SURGEONS), dob=dt.date(r.randint(1955, 1995), r.randint(1, 12),
                                                                            r.randint(1, 28)),
                npi=r.choice("12") + dg(r, 9), phone=ph(r), lines=lines, addr=f"{r.randint(10, 990)} Quillon Street",
                city=r.choice(["Ashcombe, OH 43902", "Wexbury, IN 46991", "Orrin Falls, MI 49912"]))


def head(d, f, style=0):
    name, addr = f["plan"]
    if style == 0:
        d.text_line(name, 15, "B")
        d.text_line(addr, 8.5)
        d.text_line(f"Member Services {f['phone']}  (TTY 711)", 8.5)
        d.rule(0.5, 5)
    else:
        d.text_line(name.upper(), 12, "B", "C")
        d.text_line(addr + "  |  " + f["phone"], 8.5, "", "C")
        d.ln(5)


def addressee(d, f):
    for s in (f["member"], f["addr"], f["city"]):
        d.text_line(s, 10)
    d.ln(4)


def ids(d, f, ds, claim=True, plan_line=False):
    rows = [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"])]
    if claim:
        rows.append(("Claim number", f["claim"]))
    else:
        rows.append(("Reference number", f["ref"]))
    rows += [("Provider", f["hosp"]), ("Surgeon", f["surgeon"]), ("Primary care physician", f["pcp"]),
             ("Date of birth", fmt_date(f["dob"], "slash"))]
    for a, b in rows:
        d.font(9.5, "B")
        d.cell(52, 5.2, a + ":")
        d.font(9.5)
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def lines_table(d, f, ds, ms, status=None):
    rows = [[fmt_date(f["surg"], ds), c, t[:46], fmt_money(a, ms)] + ([status[k]] if status else [])
            for k, (c, t, a) in enumerate(f["lines"])]
    tot = sum(x[2] for x in f["lines"])
    rows.append(["*Total billed", "", "", fmt_money(tot, ms)] + ([""] if status else []))
    w = [26, 17, 84, 28] + ([22] if status else [])
    d.table(["Date", "Code", "Description", "Billed"] + (["Status"] if status else []), rows,
            w[:4] if not status else [24, 15, 76, 26, 25], aligns="LLLRL" if status else "LLLR")
    return round(tot, 2)


def rights(d, f, days_n, es=False):
    if es:
        d.para(f"Si no está de acuerdo, puede pedir una apelación dentro de {days_n} días a partir de la fecha de "
               f"este aviso. Llame al {f['phone']} o escriba a la dirección de arriba. Si su salud podría sufrir un "
               "daño grave, pida una apelación rápida (72 horas).", 9.5)
    else:
        d.para(f"Your right to appeal: you or your doctor may ask us to reconsider. Your request must be received "
               f"within {days_n} days of the date of this letter. Expedited appeals are decided within 72 hours. You "
               "may also have the right to an external review by an independent review organization after our "
               "internal appeal; that request must be filed within 4 months of our final decision.", 9.5)


def letter_hde(r, f, ds="long", ms="plain", ma=False):
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    head(d, f, 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    addressee(d, f)
    d.text_line("NOTICE OF DENIAL OF PAYMENT" if not ma else "Notice of Denial of Medicare Payment", 12, "B")
    d.ln(1)
    ids(d, f, ds)
    tot = lines_table(d, f, ds, ms)
    d.para(f"We reviewed the claim from {f['hosp']} for gastric electrical stimulation performed on "
           f"{fmt_date(f['surg'], ds)}. The gastric stimulator is a Humanitarian Use Device approved by the FDA under a "
           "Humanitarian Device Exemption (HDE). Under our medical policy MP-GI-114, a humanitarian use device is "
           "covered only when the facility's Institutional Review Board (IRB) has approved its use at that facility. "
           "The records we received do not include IRB approval from the hospital. For this reason the device and "
           "the implant procedures are considered investigational at this facility and are not covered.", 10)
    d.para(f"Amount you may owe: the hospital is a network provider and may not bill you for the denied amount of "
           f"{fmt_money(tot, ms)} except your normal cost sharing.", 10)
    rights(d, f, 65 if ma else 180)
    d.para("Sincerely,\nClinical Claims Review\n" + f["plan"][0], 10)
    return pdf_bytes(d), tot


def build(r, i):
    pass


def documents(rng: random.Random) -> list[Item]:
    items = []

    # 1 born digital: commercial claim denial, HDE without IRB approval
    r = random.Random(251500 + 1)
    f = base(r, 0, 0)
    pdf, tot = letter_hde(r, f, "long", "plain")
    t = truth("denial_letter", "experimental", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["surg"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"])
    items.append(Item(f"{FAMILY}_bd_hde_irb", "born_digital", [(pdf, t)]))

    # 2 scan 300: pre-service, no failed trial of two medicines
    r = random.Random(251500 + 2)
    f = base(r, 1, 1)
    f["hosp"] = "Kelsing Valley Gastroenterology Associates"
    planned = f["notice"] + dt.timedelta(days=r.randint(14, 30))
    d = Page()
    d.add_page()
    head(d, f, 1)
    d.text_line("Date of notice: " + fmt_date(f["notice"], "slash"), 10)
    d.ln(2)
    addressee(d, f)
    d.text_line("Prior Authorization Decision - Not Approved", 12, "B")
    ids(d, f, "slash", claim=False)
    d.para(f"Request received: {fmt_date(f['notice'] - dt.timedelta(days=9), 'slash')}   Planned surgery date: "
           f"{fmt_date(planned, 'slash')}   Services: 43647, 64590, C1767 (gastric neurostimulator)", 9.5)
    d.para("Reason: Gastric electrical stimulation for chronic, drug-refractory nausea and vomiting from diabetic or "
           "idiopathic gastroparesis may be medically necessary when the member has tried and failed, or cannot "
           "tolerate, at least two antiemetic or prokinetic medicines (for example metoclopramide and "
           "ondansetron or domperidone). The notes sent by the requesting practice document metoclopramide only. "
           "There is no record of a second medicine. The request is not medically necessary as submitted.", 10)
    d.para("Your doctor may send notes showing a trial of a second medicine and ask us to review the request again.",
           10)
    dl = f["notice"] + dt.timedelta(days=180)
    d.para(f"Appeal deadline: {fmt_date(dl, 'slash')}. Send appeals to Appeals Unit, {f['plan'][1]}.", 10, )
    d.para("Medical Director: Dr. Evander Scholz, MD", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=dl.isoformat(),
              denial_alternates=["prior_authorization"])
    items.append(Item(f"{FAMILY}_scan_two_meds", "scan_clean_300", [(pdf_bytes(d), t)]))

    # 3 Spanish MA letter, lowres
    r = random.Random(251500 + 3)
    f = base(r, 4, 2)
    f["plan"] = ("Larkspur Medicare Advantage (HMO)", "PO Box 5512, Orrin Falls, MI 49911")
    planned = f["notice"] + dt.timedelta(days=r.randint(10, 25))
    d = Page(footer="H5512_GES26_M")
    d.add_page()
    head(d, f, 0)
    d.text_line(fmt_date(f["notice"], "es"), 10)
    d.ln(2)
    addressee(d, f)
    d.text_line("AVISO DE DENEGACIÓN DE COBERTURA MÉDICA", 12, "B")
    for a, b in [("Nombre del miembro", f["member"]), ("Número de miembro", f["mid"]),
                 ("Número de caso", f["ref"]), ("Proveedor", f["hosp"]), ("Médico de cabecera", f["pcp"]),
                 ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))]:
        d.text_line(f"{a}: {b}", 9.5)
    d.ln(2)
    d.para(f"Hemos denegado la solicitud de estimulación eléctrica gástrica (43647, 64590 y el generador C1767) "
           f"programada para el {fmt_date(planned, 'es')}. El estimulador gástrico es un dispositivo de uso "
           "humanitario. Solo se cubre cuando la junta de revisión institucional (IRB) del hospital ha aprobado su "
           "uso. No recibimos la aprobación de la IRB del hospital.", 10)
    rights(d, f, 65, es=True)
    dl = f["notice"] + dt.timedelta(days=65)
    t = truth("denial_letter", "experimental", lang="es", insurer=f["plan"][0], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["ref"]], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"], appeal_deadline=dl.isoformat(),
              denial_alternates=["not_covered", "prior_authorization"])
    items.append(Item(f"{FAMILY}_es_ma_hde", "scan_lowres_150", [(pdf_bytes(d), t)]))

    # 4 photocopy EOB: battery replacement denied
    r = random.Random(251500 + 4)
    f = base(r, 2, 1)
    f["lines"] = [("64590", "Replace gastric neurostimulator pulse generator", round(r.randint(3000, 4800) + 0.5, 2)),
                  ("C1767", "Generator, neurostim, non-rechargeable", round(r.randint(17000, 24000) + 0.0, 2)),
                  ("95980", "Electronic analysis, gastric neurostim", 285.00)]
    d = Page()
    d.add_page()
    head(d, f, 1)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", "C")
    d.text_line("Statement date: " + fmt_date(f["notice"], "iso"), 10, "", "C")
    d.ln(3)
    ids(d, f, "iso")
    tot = lines_table(d, f, "iso", "nosign", status=["DENIED N21", "DENIED N21", "PAID"])
    paid = 285.00 * 0.8
    d.para(f"Plan paid: {fmt_money(paid, 'nosign')}    Your share: {fmt_money(57.0, 'nosign')}", 9.5)
    d.para("N21 - Replacement of the pulse generator (battery) is covered when the device is at end of service or "
           "has failed. The interrogation report shows about 3 years of battery life remaining, so the replacement "
           "is not medically necessary.", 9.5)
    d.para("Appeals: write to us within 180 days of the date of this statement.", 9.5)
    t = truth("eob", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["surg"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["not_covered"])
    items.append(Item(f"{FAMILY}_copy_battery_eob", "photocopy", [(pdf_bytes(d), t)]))

    # 5 fax stack: MA denial (HDE) + approval after gastric emptying study
    r = random.Random(251500 + 5)
    f = base(r, 3, 3)
    pdf1, tot = letter_hde(r, f, "abbr", "plain", ma=True)
    t1 = truth("denial_letter", "experimental", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
               member_name=f["member"], case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}",
               service_dates=[f["surg"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
               appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
               denial_alternates=["not_covered"])
    g = dict(f)
    g["notice"] = f["notice"] + dt.timedelta(days=12)
    g["ref"] = f"UM-{dg(r, 7)}"
    planned = g["notice"] + dt.timedelta(days=20)
    d = Page()
    d.add_page()
    head(d, g, 1)
    d.text_line(fmt_date(g["notice"], "abbr"), 10)
    d.ln(2)
    addressee(d, g)
    d.text_line("Authorization Approved", 12, "B")
    ids(d, g, "abbr", claim=False)
    d.para(f"We approved gastric electrical stimulation (43647, 64590, C1767) at {g['hosp']} for "
           f"{fmt_date(planned, 'abbr')}. The 4-hour gastric emptying study shows 62% retention at 4 hours, and the "
           "hospital's IRB approval letter for the humanitarian use device is now on file.", 10)
    d.para("This approval is valid for 90 days. It is not a guarantee of payment if your eligibility changes.", 10)
    t2 = truth("other", None, insurer=g["plan"][0], member_id=g["mid"], group_number=g["grp"],
               member_name=g["member"], case_numbers=[g["ref"]], service_dates=[planned.isoformat()],
               denial_date=g["notice"].isoformat(), provider=g["hosp"])
    items.append(Item(f"{FAMILY}_fax_stack_hde_then_approved", "fax_standard_g4", [(pdf1, t1), (pdf_bytes(d), t2)],
                      separators=["cover", None]))

    # 6 phone photo: paid EOB after approval
    r = random.Random(251500 + 6)
    f = base(r, 5, 0)
    d = Page()
    d.add_page()
    head(d, f, 0)
    d.text_line("Explanation of Benefits", 13, "B")
    d.text_line("Issued " + fmt_date(f["notice"], "dmy"), 10)
    d.ln(2)
    ids(d, f, "dmy")
    tot = lines_table(d, f, "dmy", "plain", status=["PAID", "PAID", "PAID"])
    d.para(f"Approved after review of the gastric emptying study (authorization {f['ref']}). Plan paid "
           f"{fmt_money(round(tot * 0.7, 2))}; deductible and coinsurance {fmt_money(1850.0)}.", 9.5)
    d.para("Questions or disagreement: you may appeal within 180 days of the date of this statement.", 9.5)
    t = truth("eob", None, insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[f["claim"]], claim_amount=f"{tot:.2f}", service_dates=[f["surg"].isoformat()],
              denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"case_numbers": [[f["claim"], f["ref"]]], "appeal_deadline": [None]})
    items.append(Item(f"{FAMILY}_phone_paid_eob", "phone_photo", [(pdf_bytes(d), t)]))

    # 7 born digital: appeal upheld (two medicines)
    r = random.Random(251500 + 7)
    f = base(r, 6, 1)
    appeal = f"APL-{dg(r, 8)}"
    d = Page(footer="Page {p} of {n}")
    d.add_page()
    head(d, f, 0)
    d.text_line(fmt_date(f["notice"], "upper"), 10)
    d.ln(2)
    addressee(d, f)
    d.text_line("Appeal Decision: Denial Upheld", 12, "B")
    ids(d, f, "upper")
    d.text_line("Appeal number: " + appeal, 9.5, "B")
    d.ln(2)
    tot = lines_table(d, f, "upper", "space")
    d.para(f"A board-certified gastroenterologist who was not part of the first decision reviewed your appeal of the "
           f"claim for surgery on {fmt_date(f['surg'], 'upper')}. Our policy requires a documented failure of at "
           "least two medicines for nausea and vomiting before gastric stimulation. The appeal included a note "
           f"from {f['pcp']} (your primary care doctor) listing ondansetron, but no dose, dates or result. The "
           "denial is upheld.", 10)
    d.para("This is our final internal decision. You may ask for an external review within 4 months of this letter.",
           10)
    t = truth("denial_letter", "medical_necessity", insurer=f["plan"][0], member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[appeal, f["claim"]], claim_amount=f"{tot:.2f}",
              service_dates=[f["surg"].isoformat()], denial_date=f["notice"].isoformat(), provider=f["hosp"],
              appeal_deadline=None, alternates={"case_numbers": [[appeal]]})
    items.append(Item(f"{FAMILY}_bd_appeal_upheld", "born_digital", [(pdf_bytes(d), t)]))
    return items
