"""Invented commercial plan refusing a planned home birth attended by an out-of-network certified professional
midwife (CPM), the birth kit and the newborn exam.

Cardinal Ridge Health Plan (invented) has no home-birth midwife in its network and pays out-of-network care
only in an emergency; its notices, EOBs, a Spanish member letter and an upheld appeal say so. The midwife's
practice (invented) sends an itemized statement and a letter asking the plan for a network gap exception.
Every person, plan, practice, number and address is fictional.

Documents (8 in 7 files):
  denial_dashes      claim denial notice, dash-leader label column, 180-day appeal (born digital)
  midwife_statement  the midwife's itemized statement, a fee without cents, balance after denial (150 dpi)
  eob_landscape      landscape EOB, 4 claims (the midwife's denied), two-line headings, totals, remark legend
  carta_es           Spanish member letter denying the home birth claim, Spanish dates (clean scan)
  midwife_letter     the midwife's letter to the plan, sentences only, typed fax header (denies nothing)
  appeal_upheld      appeal decision upholding the denial, captions over values, all-capitals months
  stack              fax cover + newborn-exam EOB, then a gap-exception approval fed sideways + blank separator
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdee import RunPage, captions, dots, fax_line, ruled
from public_kit import MONTHS_ES, m2, money, out, plus, truth

FAMILY = "home_birth_certified_midwife_out_of_network_claim_denial"
LANG = "en"
SEED = 350604

PLAN = "Cardinal Ridge Health Plan"
PLAN_ADDR = "Cardinal Ridge Health Plan, Member Appeals, P.O. Box 5550-7721, Bozeman, MT 59771"
PRACTICES = [("Juniper Moon Midwifery", "Wren A. Castellano, CPM"), ("Hearthstone Home Birth Services",
              "Odalys P. Fenwick, CPM, LM"), ("Tamarack Birth Collective", "Greta L. Soderquist, CPM")]
MOMS = [("Lorraine", "Pemberton"), ("Marisol", "Quintero"), ("Harriet", "Lomax"), ("Naomi", "Kessler"),
        ("Odette", "Fairchild"), ("Sunita", "Underhill"), ("Beatriz", "Valdez"), ("Leticia", "Greer")]
MOMS_ES = [("Guadalupe", "Figueroa"), ("Xiomara", "Irizarry"), ("Milagros", "Zamora"), ("Itzel", "Montalvo")]
BABIES = ["Baby Girl", "Baby Boy"]


def es_date(d):
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def up(d):
    return d.strftime("%d-%b-%Y").upper()


def cents(rng, lo, hi):
    return round(rng.randint(lo, hi) + rng.choice([0, 0.5, 0.25, rng.randint(1, 99) / 100]), 2)


def case(rng, es=False):
    """One member's home birth: mother, IDs, midwife, dates, amounts (all invented)."""
    first, last = rng.choice(MOMS_ES if es else MOMS)
    mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
    prac, mw = rng.choice(PRACTICES)
    birth = dt.date(2026, rng.randint(1, 4), rng.randint(1, 28))
    fee = rng.choice([3800, 4200, 4500, 4950])
    kit = cents(rng, 140, 260)
    nb = cents(rng, 180, 340)
    return dict(name=f"{first} {mid}. {last}", first=first, last=last,
                mid_id=f"CRH{rng.randint(100000000, 999999999)}", grp=f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
                plan_id=f"CRHP-PPO-{rng.choice(['2500', '3400', '1500'])}", prac=prac, mw=mw,
                npi=f"1{rng.randint(100000000, 999999999)}", tin=f"55-{rng.randint(1000000, 9999999)}",
                birth=birth, fee=fee, kit=kit, nb=nb, claim=f"{birth.strftime('%y')}{rng.randint(100, 366):03d}"
                f"E{rng.randint(10000, 99999)}", dob=dt.date(rng.randint(1986, 2000), rng.randint(1, 12),
                                                            rng.randint(1, 28)))


def letterhead(p, size=15):
    p.f(size, "B")
    p.set_text_color(120, 20, 30)
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.line("Member Services 1-888-555-0164  (TTY 711)  |  crhp.example", 8)
    p.ln(2)


# ---------------------------------------------------------------- denial with dash leaders
def denial_dashes(rng):
    c = case(rng)
    nd = plus(c["birth"], rng.randint(30, 50))
    recv = plus(c["birth"], rng.randint(8, 15))
    total = round(c["fee"] + c["kit"], 2)
    p = RunPage(serif=True, footer="CRHP-DN-07 (rev. 09/2025)", margins=(25, 20, 25))
    p.add_page()
    letterhead(p)
    p.ln(4)
    p.line("NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(3)
    dots(p, [("Notice date", fdate_long(nd)), ("Member", c["name"]), ("Member ID", c["mid_id"]),
             ("Group no.", c["grp"]), ("Plan", c["plan_id"]), ("Claim no.", c["claim"]),
             ("Provider", c["mw"]), ("Practice", c["prac"]), ("Date of service", c["birth"].strftime("%m/%d/%Y")),
             ("Billed charges", money(total)), ("Claim received", recv.strftime("%m/%d/%Y"))],
         width=58, size=9.8, lead="-")
    p.ln(4)
    p.para(f"Dear {c['first']} {c['last']},", 10)
    p.para("We have processed the claim above for a planned home birth and the birth supplies used. We cannot "
           f"pay it. {c['mw']} is not in the {PLAN} network, and your plan covers care from out-of-network "
           "providers only for emergencies or when we approve an exception before the care. A planned birth at "
           "home is not an emergency, and no exception was requested. (Clinical Payment Policy CP-OB-114, "
           "Out-of-Network Maternity Services.)", 10)
    p.para("The newborn's routine exam is handled on a separate claim under the baby's own enrollment.", 10)
    p.para("**Your right to appeal.** You or someone you name may appeal within 180 days of the date of this "
           f"notice. Write to {PLAN_ADDR}, or fax 1-888-555-0177. If a delay could seriously harm your health, ask "
           "for an expedited appeal; we will decide within 72 hours. After our final decision you may ask for an "
           "external review within 4 months.", 10)
    p.para(f"Member date of birth: {c['dob'].strftime('%m/%d/%Y')}    Provider NPI {c['npi']}", 8.5)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, plan_id=c["plan_id"], group=c["grp"],
              member_id=c["mid_id"], member_name=c["name"], cases=[c["claim"]], claim_amount=m2(total),
              service_dates=[c["birth"].isoformat()], denial_date=nd.isoformat(), provider=c["mw"],
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [c["prac"]]})
    return out(p), t


def fdate_long(d):
    return d.strftime("%B %-d, %Y")


# ---------------------------------------------------------------- midwife statement
def statement(rng):
    c = case(rng)
    sd = plus(c["birth"], rng.randint(45, 70))
    lines = [(plus(c["birth"], -rng.randint(150, 200)), "Prenatal care, initial visit (global, billed with birth)", None),
             (c["birth"], "Planned home birth, global midwifery fee (59400)", c["fee"]),
             (c["birth"], "Birth kit and disposable supplies (99070)", c["kit"]),
             (plus(c["birth"], 1), "Newborn exam at home (99461)", c["nb"]),
             (plus(c["birth"], 3), "Postpartum home visit, day 3 (incl. in global)", 0.0)]
    total = round(c["fee"] + c["kit"] + c["nb"], 2)
    acct = f"JM-{rng.randint(10000, 99999)}"
    p = RunPage(footer=None, margins=(16, 14, 16))
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, c["prac"], new_x="LMARGIN", new_y="NEXT")
    p.line(f"{c['mw']}  |  NPI {c['npi']}  |  Tax ID {c['tin']}", 8.5)
    p.line("88 Willow Bend Rd, Livingston MT 59047  |  (406) 555-0139", 8.5)
    p.ln(5)
    p.line("ITEMIZED STATEMENT", 13, "B", align="R")
    p.ln(2)
    p.pairs([("Statement date", sd.strftime("%m/%d/%y")), ("Account", acct), ("Client", c["name"]),
             ("Client DOB", c["dob"].strftime("%m/%d/%y")), ("Insurance", f"{PLAN}  ID {c['mid_id']}  Grp {c['grp']}"),
             ("Insurer claim #", c["claim"])], label_w=34, size=9.2, h=5)
    p.ln(3)
    rows = []
    for d, desc, a in lines:
        amt = "" if a is None else ("$ {:,}".format(int(a)) if a == c["fee"] else money(a))
        rows.append([d.strftime("%m/%d/%y"), desc, amt])
    p.table(["Date", "Description", "Charge"], rows, [24, 120, 36], size=8.8, aligns=["L", "L", "R"])
    p.pairs([("Total charges", money(total)), ("Insurance paid", "$0.00"),
             ("Insurance adjustment", "$0.00"), ("Your payments", "$500.00"),
             ("Balance due", money(round(total - 500, 2)))], label_w=50, size=9.5, x=110)
    p.ln(4)
    p.para(f"{PLAN} denied this claim as out of network. We have asked the plan to reconsider; until then the "
           "balance is yours. A payment plan is available. Questions: (406) 555-0139.", 9)
    t = truth("other", None, insurer=PLAN, group=c["grp"], member_id=c["mid_id"], member_name=c["name"],
              cases=[c["claim"]], claim_amount=m2(total),
              service_dates=[c["birth"].isoformat(), plus(c["birth"], 1).isoformat()], denial_date=sd.isoformat(),
              provider=c["mw"], unscored=["insurer"],
              alternates={"provider": [c["prac"]], "case_numbers": [[]], "denial_date": [None],
                          "service_dates": [[c["birth"].isoformat()],
                                            [c["birth"].isoformat(), plus(c["birth"], 1).isoformat(),
                                             plus(c["birth"], 3).isoformat()]]})
    return out(p), t


# ---------------------------------------------------------------- landscape EOB
def eob(rng):
    c = case(rng)
    nd = plus(c["birth"], rng.randint(25, 45))
    others = [("Sagebrush Reference Laboratory", plus(c["birth"], -rng.randint(60, 120)), cents(rng, 90, 400)),
              ("Big Sky Maternal-Fetal Ultrasound", plus(c["birth"], -rng.randint(30, 59)), cents(rng, 300, 900)),
              ("Gallatin Family Medicine", plus(c["birth"], rng.randint(20, 40)), cents(rng, 120, 300))]
    claims = [(f"{d.strftime('%y')}{rng.randint(100, 366):03d}E{rng.randint(10000, 99999)}", prov, d, ch, False)
              for prov, d, ch in others]
    total = round(c["fee"] + c["kit"], 2)
    claims.append((c["claim"], c["mw"], c["birth"], total, True))
    claims.sort(key=lambda x: x[2])
    p = RunPage(footer=None, margins=(12, 10, 12))
    p.add_page(orientation="L")
    letterhead(p, 13)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", nd.strftime("%d %b %Y")), ("Member", f"{c['name']}   ID {c['mid_id']}"),
             ("Group", f"{c['grp']}   Plan {c['plan_id']}")], label_w=32, size=9, h=4.6)
    p.ln(2)
    rows, tt = [], [0, 0, 0, 0]
    for no, prov, d, ch, den in claims:
        allowed = 0 if den else round(ch * 0.66, 2)
        paid = round(allowed * 0.8, 2)
        resp = ch if den else round(allowed - paid, 2)
        rows.append([no, prov, d.strftime("%m/%d/%Y"), money(ch), money(allowed), money(paid), money(resp),
                     "OON1, NE2" if den else "P10"])
        for i, v in enumerate((ch, allowed, paid, resp)):
            tt[i] += v
    ruled(p, ["Claim Number", "Provider / Rendering Clinician", "Date of Service", "Amount Billed",
              "Plan Allowed Amount", "Plan Paid", "Your Responsibility", "Remark Codes"], rows,
          [34, 66, 24, 26, 26, 24, 28, 26], size=8.2, aligns=["L", "L", "C", "R", "R", "R", "R", "C"],
          total=["TOTALS", "", "", money(tt[0]), money(tt[1]), money(tt[2]), money(tt[3]), ""])
    p.f(8.5, "B")
    p.cell(0, 4.5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    for k, v in [("OON1", "The provider is not in your plan's network. Out-of-network services are covered only for "
                  "emergencies or with an approved network exception. Planned home birth is not an emergency."),
                 ("NE2", "No network exception was on file for this provider on the date of service."),
                 ("P10", "Paid according to your in-network benefit. Deductible met: $2,500.00 of $2,500.00.")]:
        p.f(8)
        p.cell(14, 4.2, k)
        p.multi_cell(0, 4.2, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para("To appeal a denied claim, write to us within 180 days from the date of this statement at "
           f"{PLAN_ADDR}. Member Services 1-888-555-0164, TTY 711.", 8.2)
    t = truth("eob", "out_of_network", insurer=PLAN, plan_id=c["plan_id"], group=c["grp"], member_id=c["mid_id"],
              member_name=c["name"], cases=[c["claim"]], claim_amount=m2(total),
              service_dates=[c["birth"].isoformat()], denial_date=nd.isoformat(), provider=c["mw"],
              appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


# ---------------------------------------------------------------- Spanish letter
def carta(rng):
    c = case(rng, es=True)
    nd = plus(c["birth"], rng.randint(30, 50))
    total = round(c["fee"] + c["kit"], 2)
    p = RunPage(footer="Página {n} de {nb}", margins=(22, 18, 22))
    p.add_page()
    letterhead(p, 14)
    p.line("Servicios para Miembros 1-888-555-0164 (TTY 711), de lunes a viernes", 8)
    p.ln(5)
    p.line(es_date(nd), 10)
    p.ln(3)
    p.line(c["name"], 10)
    p.line("2217 Calle Las Flores, Las Cruces, NM 88001", 10)
    p.ln(4)
    p.boxed_pairs([("Número de miembro", c["mid_id"]), ("Número de grupo", c["grp"]),
                   ("Número de reclamo", c["claim"]), ("Proveedora", c["mw"]),
                   ("Fecha del servicio", es_date(c["birth"])), ("Cantidad facturada", f"{total:,.2f} USD")],
                  label_w=52, size=9.5)
    p.para(f"Estimada {c['first']} {c['last']}:", 10)
    p.para("Recibimos el reclamo por el parto planificado en su casa y los materiales del parto. **No podemos "
           f"pagarlo.** La partera profesional certificada {c['mw']} no pertenece a la red de {PLAN}. Su plan "
           "solo cubre proveedores fuera de la red en una emergencia o cuando aprobamos una excepción antes del "
           "servicio. Un parto en casa planificado no es una emergencia.", 10)
    p.para("**Cómo apelar.** Usted puede apelar esta decisión dentro de 180 días a partir de la fecha de esta "
           f"carta. Escriba a {PLAN_ADDR}. Si su salud corre peligro, pida una apelación acelerada (72 horas).", 10)
    p.para(f"Fecha de nacimiento de la miembro: {c['dob'].strftime('%d/%m/%Y')}. NPI de la proveedora: {c['npi']}.",
           8.5)
    t = truth("denial_letter", "out_of_network", lang="es", insurer=PLAN, group=c["grp"], member_id=c["mid_id"],
              member_name=c["name"], cases=[c["claim"]], claim_amount=m2(total),
              service_dates=[c["birth"].isoformat()], denial_date=nd.isoformat(), provider=c["mw"],
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [c["prac"]]})
    return out(p), t


# ---------------------------------------------------------------- midwife letter, sentences, fax header
def midwife_letter(rng):
    c = case(rng)
    ld = plus(c["birth"], rng.randint(40, 60))
    total = round(c["fee"] + c["kit"], 2)
    p = RunPage(footer=None, margins=(26, 22, 26))
    p.add_page()
    fax_line(p, f"{ld.strftime('%m/%d/%Y')} {rng.randint(9, 16)}:{rng.randint(10, 59)}  {c['prac'].upper()}  "
                f"(406) 555-0139  ->  CRHP APPEALS 1-888-555-0177   PAGE 1/3")
    p.ln(6)
    p.line(c["prac"], 12, "B")
    p.line("88 Willow Bend Rd, Livingston MT 59047", 9)
    p.ln(6)
    p.line(ld.strftime("%B %-d, %Y"), 10)
    p.ln(3)
    p.para(f"{PLAN}\nProvider Reconsiderations\nP.O. Box 5550-7721, Bozeman, MT 59771", 10)
    p.para("To the reconsideration team:", 10)
    p.para(f"I am writing on behalf of my client {c['name']}, whose member ID is {c['mid_id']}, about claim "
           f"{c['claim']}. I attended her planned home birth on {c['birth'].strftime('%B %-d, %Y')}, and the "
           f"charges on that claim were {money(total)} for the global midwifery fee and the birth kit.", 10)
    p.para("The claim was denied because I am not in your network. There is no certified professional midwife "
           "and no home-birth service in your network anywhere in our county, and the nearest in-network "
           "hospital with a birthing unit is more than ninety miles from her home. I ask that you apply a "
           "network gap exception and process the claim at the in-network level.", 10)
    p.para(f"My NPI is {c['npi']} and the practice tax ID is {c['tin']}. The birth was uncomplicated and both "
           "mother and baby were seen at home on the first and third days after the birth. I have enclosed the "
           "birth record and my prenatal notes (two pages).", 10)
    p.para("Thank you for your time. You may reach me at (406) 555-0139.", 10)
    p.para(f"Sincerely,\n\n{c['mw']}", 10)
    t = truth("other", None, insurer=PLAN, member_id=c["mid_id"], member_name=c["name"], cases=[c["claim"]],
              claim_amount=m2(total), service_dates=[c["birth"].isoformat()], denial_date=ld.isoformat(),
              provider=c["mw"], alternates={"insurer": [None], "provider": [c["prac"]], "denial_date": [None]})
    return out(p), t


# ---------------------------------------------------------------- appeal upheld, captions over values
def appeal(rng):
    c = case(rng)
    nd = plus(c["birth"], rng.randint(90, 120))
    recv = plus(nd, -rng.randint(20, 30))
    apno = f"APL-{nd.year}-{rng.randint(100000, 999999)}"
    total = round(c["fee"] + c["kit"], 2)
    p = RunPage(footer=None, footer_left="CRHP-AP-3", margins=(20, 16, 20))
    p.add_page()
    letterhead(p, 14)
    p.line("APPEAL DECISION", 12, "B")
    p.ln(2)
    captions(p, [[("Decision date", up(nd), 42), ("Member", c["name"], 62), ("Member ID", c["mid_id"], 52)],
                 [("Appeal number", apno, 42), ("Original claim", c["claim"], 62), ("Appeal received", up(recv), 52)],
                 [("Service", "Planned home birth", 42), ("Service date", up(c["birth"]), 62),
                  ("Amount in dispute", money(total), 52)],
                 [("Rendering provider", c["mw"], 104), ("Group", c["grp"], 52)]])
    p.ln(3)
    p.para("**Decision: the denial is upheld.**", 10.5)
    p.para(f"A nurse reviewer and an obstetrician who were not part of the first decision reviewed your appeal. "
           f"{c['mw']} is not a participating provider. Your plan pays out-of-network maternity care only for "
           "emergencies or with an exception approved before the care. We found in-network obstetric care "
           "available within the plan's access standard, so a network gap exception does not apply. The "
           "claim remains denied under Clinical Payment Policy CP-OB-114.", 10)
    p.para("This is our final internal decision. You may ask for an independent external review within four "
           "months of the date you receive this letter. Call Member Services at 1-888-555-0164 (TTY 711) for "
           f"the form. Member date of birth on file: {up(c['dob'])}.", 10)
    t = truth("denial_letter", "out_of_network", insurer=PLAN, group=c["grp"], member_id=c["mid_id"],
              member_name=c["name"], cases=[apno, c["claim"]], claim_amount=m2(total),
              service_dates=[c["birth"].isoformat()], denial_date=nd.isoformat(), provider=c["mw"],
              alternates={"case_numbers": [[apno]]})
    return out(p), t


# ---------------------------------------------------------------- stack: newborn EOB + gap exception approval
def newborn_eob(rng):
    c = case(rng)
    kid_first = rng.choice(["Juniper", "Silas", "Maeve", "Rowan"])
    kid = f"{kid_first} {c['first'][0]}. {c['last']}"
    kid_id = c["mid_id"][:-2] + "02"
    nd = plus(c["birth"], rng.randint(25, 40))
    nb_date = plus(c["birth"], 1)
    p = RunPage(footer="Page {n} of {nb}", margins=(18, 14, 18))
    p.add_page()
    letterhead(p, 13)
    p.line("Explanation of Benefits (This is not a bill)", 11.5, "B")
    p.ln(1)
    p.pairs([("Issued", nd.strftime("%m/%d/%y")),
             ("Patient", f"{kid}   (born {c['birth'].strftime('%m/%d/%Y')})"),
             ("Patient ID", kid_id), ("Subscriber", c["name"]), ("Group", c["grp"]), ("Claim", c["claim"])],
            label_w=30, size=9.2, h=4.8)
    p.ln(2)
    p.table(["Service", "Date", "Billed", "Allowed", "Paid", "You owe", "Code"],
            [["Newborn exam at home (99461)", nb_date.strftime("%m/%d/%y"), money(c["nb"]), "$0.00", "$0.00",
              money(c["nb"]), "OON1"]], [62, 20, 22, 20, 18, 22, 16], size=8.5)
    p.para(f"Rendering provider: {c['mw']} ({c['prac']}), NPI {c['npi']}.", 9)
    p.para("OON1: The provider is not in your plan's network; out-of-network care is covered only in an "
           "emergency or with an approved exception.", 9)
    p.para(f"You may appeal within 180 days of the date of this statement. {PLAN_ADDR}.", 9)
    t = truth("eob", "out_of_network", insurer=PLAN, group=c["grp"], member_id=kid_id, member_name=kid,
              cases=[c["claim"]], claim_amount=m2(c["nb"]), service_dates=[nb_date.isoformat()],
              denial_date=nd.isoformat(), provider=c["mw"], appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [c["prac"]]})
    return out(p), t, c


def gap_approval(rng, c):
    nd = plus(c["birth"], -rng.randint(20, 40))
    ref = f"NGE-{rng.randint(1000000, 9999999)}"
    p = RunPage(footer=None, margins=(22, 18, 22))
    p.add_page()
    letterhead(p, 13)
    p.line("Network Exception Approved", 12, "B")
    p.ln(2)
    p.pairs([("Date", nd.strftime("%Y-%m-%d")), ("Reference", ref), ("Member", c["name"]),
             ("Member ID", c["mid_id"]), ("Approved provider", c["mw"]),
             ("Approved period", f"{c['birth'].strftime('%Y-%m-%d')} to {plus(c['birth'], 42).strftime('%Y-%m-%d')}")],
            label_w=42, size=9.5)
    p.ln(3)
    p.para("We approved your request for a network gap exception for postpartum home visits only. Visits with "
           "the provider named above during the approved period will be paid at your in-network benefit level. "
           "This approval does not include the birth itself, supplies or care for the newborn.", 10)
    p.para("Questions: 1-888-555-0164 (TTY 711). Policy CP-NET-020.", 9)
    t = truth("other", None, insurer=PLAN, member_id=c["mid_id"], member_name=c["name"], cases=[ref],
              service_dates=[f"{c['birth'].isoformat()}/{plus(c['birth'], 42).isoformat()}"],
              denial_date=nd.isoformat(), provider=c["mw"],
              alternates={"service_dates": [[]], "provider": [c["prac"]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    nb_pdf, nb_t, c = newborn_eob(rng)
    return [
        Item(f"{F}_denial_dashes", "born_digital", [denial_dashes(rng)]),
        Item(f"{F}_midwife_statement", "scan_lowres_150", [statement(rng)]),
        Item(f"{F}_eob_landscape", "phone_photo", [eob(rng)]),
        Item(f"{F}_carta_es", "scan_clean_300", [carta(rng)]),
        Item(f"{F}_midwife_letter", "fax_fine_g4", [midwife_letter(rng)]),
        Item(f"{F}_appeal_upheld", "photocopy", [appeal(rng)]),
        Item(f"{F}_stack", "fax_standard_g4", [(nb_pdf, nb_t), gap_approval(rng, c)],
             separators=["cover", "blank"], turns={(1, 0): 90}),
    ]
