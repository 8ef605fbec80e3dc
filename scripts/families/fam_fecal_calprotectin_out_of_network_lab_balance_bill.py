"""Fecal calprotectin and GI pathogen panel sent to an out-of-network reference lab: an invented commercial plan
(Cobalt Ridge Health Plan, PPO) denies or under-pays the lab claim, the lab balance-bills the member, the member
disputes it, and the plan reprocesses the claim at the in-network level.

Everything is invented: the plan, the lab (Tessellate Reference Laboratories), the gastroenterology practice,
members, numbers, phones (555) and addresses.

Documents (8 in 7 files):
- lab_balance_bill: the lab's patient statement (tests table, insurance denied, balance due, account number,
  the plan's claim number printed in groups; denies nothing itself)
- eob_table: member EOB with a claims table (two-line column headings, several providers, totals row, the lab
  claim denied as out of network with its remark code explained, plan-year deductible line)
- es_eob: Spanish EOB (Explicacion de beneficios) for a dependent's lab claim denied as out of network
- dispute_letter: the member's letter to the plan disputing the denial and the balance bill (denies nothing)
- reprocessed_paid: the plan's reprocessed EOB paying the lab claim at the in-network level (denies nothing;
  abbreviated labels Mbr #, Grp, ICN, DCN)
- underpaid_sidebar: notice that a pathogen panel was paid at the out-of-network allowance, member facts in a
  shaded left sidebar
- stack: the plan's denial of a network gap exception request (with its duplex back) and the lab's second
  balance-due notice fed sideways
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from kit_rounddg_famdgd import boxed_panel, hrule, right_header
from public_kit import Page, digits, fdate, m2, money, out, person, plus, truth

FAMILY = "fecal_calprotectin_out_of_network_lab_balance_bill"
LANG = "en"
SEED = 351003

INS = "Cobalt Ridge Health Plan"
LAB = "Tessellate Reference Laboratories, Inc."
GI = "Lakeshore Digestive Health"
DOC = "Dr. Priya N. Halvorsen"
PLAN = "CR-PPO 3000"
GROUP = "77120-04"


def _ctx(r: random.Random, es: bool = False) -> dict:
    if es:
        first, last = r.choice(["Itzel", "Joaquín", "Milagros", "Efraín"]), r.choice(["Carrasco", "Montalvo", "Peña"])
        mid = r.choice("ABDEGLMR")
        name = f"{first} {mid}. {last}"
    else:
        name, first, mid, last = person(r)
    sub = person(r)[0]
    mid_id = f"CRX{digits(r, 4)}{digits(r, 4)}{r.randint(10, 99)}"
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 40))
    calp = float(r.choice([389, 412, 365])) + r.choice([0, 0.5])
    panel = float(r.choice([1140, 1215, 1088])) + r.choice([0, 0.75])
    return {"name": name, "first": first, "last": last, "sub": sub, "mid": mid_id,
            "mid_sp": f"{mid_id[:3]} {mid_id[3:7]} {mid_id[7:11]} {mid_id[11:]}",
            "dob": dt.date(r.randint(1962, 2010), r.randint(1, 12), r.randint(1, 28)), "dos": dos,
            "claim": f"{dos.strftime('%y')}{digits(r, 3)}{digits(r, 6)}", "calp": calp, "panel": panel,
            "acct": f"TRL-{digits(r, 7)}", "npi": "1" + digits(r, 9)}


def _plan_head(p: Page, size: float = 15) -> None:
    p.set_fill_color(22, 60, 110)
    p.rect(0, 0, p.w, 7, style="F")
    p.set_xy(p.l_margin, 10)
    p.line("Cobalt Ridge", size, "B")
    p.line("Health Plan  |  PO Box 4471, Madison, WI 53701  |  cobaltridge.example", 8)
    p.ln(2)


def doc_balance_bill(r: random.Random, c: dict):
    billed = c["calp"] + c["panel"]
    stmt = plus(c["dos"], r.randint(55, 70))
    p = Page(footer=None)
    p.add_page()
    p.line("TESSELLATE", 18, "B")
    p.line("Reference Laboratories, Inc.  -  1900 Quillan Way, Bldg C, Ames, IA 50010", 8)
    p.line(f"Billing questions 1-888-555-0190  |  Fax 515-555-0191  |  Tax ID 42-{digits(r, 7)}", 8)
    p.ln(2)
    right_header(p, [("Statement date", fdate(stmt, "slash")), ("Account", c["acct"]),
                     ("Amount due", money(billed)), ("Due by", fdate(plus(stmt, 30), "slash"))], w=80)
    p.ln(2)
    for a in [f"Guarantor: {c['sub']}", f"{r.randint(100, 9000)} Juniper Ln", "Madison WI 53711"]:
        p.line(a, 10)
    p.ln(4)
    p.pairs([("Patient", c["name"]), ("Patient DOB", fdate(c["dob"], "slash")), ("Ordering physician", f"{DOC}, {GI}"),
             ("Specimen collected", fdate(c["dos"], "long")), ("Specimen received", fdate(plus(c["dos"], 2), "long")),
             ("Insurance", f"{INS}  ID {c['mid']}"),
             ("Ins. claim no.", f"{c['claim'][:4]} {c['claim'][4:8]} {c['claim'][8:]}")], label_w=42, size=9.2, h=5)
    p.ln(3)
    rows = [[fdate(c["dos"], "slash"), "83993", "Calprotectin, fecal", money(c["calp"], "nosign")],
            [fdate(c["dos"], "slash"), "87507", "GI pathogen panel, 12-25 targets", money(c["panel"], "nosign")],
            ["", "", "Total charges", money(billed, "nosign")],
            [fdate(plus(c["dos"], 30), "slash"), "", "Insurance: denied, out of network", "0.00"],
            ["", "", "BALANCE DUE FROM PATIENT", money(billed, "nosign")]]
    p.table(["Date", "CPT", "Description", "Amount"], rows, [30, 22, 90, 32], aligns=["L", "L", "L", "R"])
    p.para("Your insurance denied this claim. The balance is now your responsibility. If you believe your plan should "
           "pay, contact your plan and send us any new explanation of benefits. Interest-free payment plans are "
           "available.", 9)
    p.set_dash_pattern(2, 1.5)
    hrule(p)
    p.set_dash_pattern()
    p.ln(2)
    p.line(f"RETURN THIS PORTION   Account {c['acct']}   Amount due {money(billed)}   Amount enclosed $________", 8.5)
    t = truth("other", None, insurer=None, member_id=c["mid"], member_name=c["name"], cases=[c["claim"]],
              claim_amount=m2(billed), service_dates=[c["dos"].isoformat()], denial_date=stmt.isoformat(),
              provider=LAB, unscored=["insurer"], alternates={"case_numbers": [[]]})
    return out(p), t


def doc_eob_table(r: random.Random, c: dict):
    stmt = plus(c["dos"], r.randint(28, 36))
    billed = c["calp"] + c["panel"]
    others = [(f"{c['dos'].strftime('%y')}{digits(r, 9)}", GI, plus(c["dos"], -r.randint(6, 12)), 285.0, 190.0),
              (f"{c['dos'].strftime('%y')}{digits(r, 9)}", "Meadowbrook Pharmacy", plus(c["dos"], 3), 64.2, 49.2)]
    rows = []
    tb = tp = ty = 0.0
    for cl, pv, d, b, pd in others:
        rows.append([cl, pv, fdate(d, "slash"), money(b, "nosign"), money(pd, "nosign"), money(round(b * 0.1, 2), "nosign"), ""])
        tb, tp, ty = tb + b, tp + pd, ty + round(b * 0.1, 2)
    rows.insert(1, [c["claim"], "Tessellate Reference Labs", fdate(c["dos"], "slash"), money(billed, "nosign"), "0.00",
                    money(billed, "nosign"), "N17"])
    tb, ty = tb + billed, ty + billed
    rows.append(["Totals", "", "", money(tb, "nosign"), money(tp, "nosign"), money(ty, "nosign"), ""])
    p = Page(footer="Page {n} of {nb}", footer_left=f"{c['name']}  |  ID {c['mid']}")
    p.add_page()
    _plan_head(p)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11.5, "B")
    p.ln(1)
    p.pairs([("Member", c["name"]), ("Subscriber", c["sub"]), ("Member ID", c["mid"]), ("Group", GROUP),
             ("Plan", PLAN), ("Statement date", fdate(stmt, "long")),
             ("Claims processed", f"{fdate(plus(stmt, -30), 'slash')} - {fdate(plus(stmt, -2), 'slash')}")],
            label_w=40, size=9, h=4.8)
    p.ln(3)
    p.table(["Claim\nnumber", "Provider", "Date(s)\nof service", "Amount\nbilled", "Plan\npaid", "Your\nshare",
             "Remark\ncode"], rows, [30, 50, 22, 22, 20, 20, 14], size=8.2,
            aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para("N17  Out-of-network laboratory. Your plan covers laboratory tests only when they are performed by a "
           "network laboratory. The lab is not in the Cobalt Ridge network, so no benefits are payable and the "
           "charges are your responsibility.", 8.8)
    p.para("Plan year 01/01/2026 - 12/31/2026: deductible $1,500.00, met $420.00; out-of-pocket maximum $6,000, met "
           "$611.40.", 8.8)
    p.para("Appeals: if you disagree with this decision, you or your representative may file an appeal within 180 days "
           "of the date of this statement. Call 1-800-555-0133 (TTY 711) or write to Appeals, PO Box 4480, Madison, "
           "WI 53701. You may also have the right to an external review.", 8.8)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=c["mid"],
              member_name=c["name"], cases=[c["claim"]], claim_amount=m2(billed),
              service_dates=[c["dos"].isoformat()], denial_date=stmt.isoformat(), provider="Tessellate Reference Labs",
              appeal_deadline=plus(stmt, 180).isoformat(), alternates={"provider": [LAB]})
    return out(p), t


MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def doc_es(r: random.Random):
    c = _ctx(r, es=True)
    billed = c["calp"]
    stmt = plus(c["dos"], r.randint(25, 40))
    p = Page(footer="Página {n} de {nb}")
    p.add_page()
    p.set_margins(16, 14, 16)
    _plan_head(p, 14)
    p.line("EXPLICACIÓN DE BENEFICIOS", 12, "B", align="C")
    p.line("Esto no es una factura", 9, align="C")
    p.ln(3)
    p.boxed_pairs([("Paciente", c["name"]), ("Suscriptor", c["sub"]), ("Núm. de miembro", c["mid_sp"]),
                   ("Grupo", GROUP), ("Fecha de nacimiento", fdate(c["dob"], "es", "es")),
                   ("Fecha del estado de cuenta", fdate(stmt, "es", "es")), ("Núm. de reclamación", c["claim"]),
                   ("Proveedor", LAB), ("Médico que ordenó", f"{DOC} ({GI})")], label_w=58, size=9)
    rows = [[fdate(c["dos"], "slash"), "83993 Calprotectina fecal", money(billed, "nosign"), "0.00", "0.00",
             money(billed, "nosign"), "N17"],
            ["", "Total de la reclamación", money(billed, "nosign"), "0.00", "0.00", money(billed, "nosign"), ""]]
    p.table(["Fecha de\nservicio", "Servicio", "Cargo\nfacturado", "Descuento\nde la red", "Pagado por\nel plan",
             "Su\nresponsabilidad", "Código"], rows, [22, 50, 22, 22, 22, 26, 14], size=8,
            aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para(f"N17: El laboratorio está fuera de la red. Su plan cubre las pruebas de laboratorio solo cuando las realiza "
           f"un laboratorio de la red. La muestra recibida el {fdate(plus(c['dos'], 2), 'es', 'es')} fue procesada por "
           "un laboratorio que no participa en la red de Cobalt Ridge.", 9)
    p.para("Deducible del año del plan (01/01/2026 - 12/31/2026): $1,500.00; acumulado $0.00.", 9)
    p.para("Su derecho a apelar: usted puede presentar una apelación dentro de 180 días a partir de la fecha de este "
           "estado de cuenta. Llame al 1-800-555-0133 (TTY 711) o escriba a Apelaciones, PO Box 4480, Madison, WI "
           "53701. También puede tener derecho a una revisión externa independiente.", 9)
    t = truth("eob", "out_of_network", lang="es", insurer=INS, group=GROUP, member_id=c["mid"], member_name=c["name"],
              cases=[c["claim"]], claim_amount=m2(billed), service_dates=[c["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider=LAB, appeal_deadline=plus(stmt, 180).isoformat())
    return out(p), t


def doc_dispute(r: random.Random, c: dict):
    billed = c["calp"] + c["panel"]
    sent = plus(c["dos"], r.randint(75, 90))
    p = Page(footer=None)
    p.add_page()
    p.set_margins(24, 22, 24)
    p.set_xy(24, 22)
    for a in [c["name"], f"{r.randint(100, 9000)} Juniper Ln", "Madison WI 53711", "608-555-0124"]:
        p.line(a, 10.5)
    p.ln(5)
    p.line(f"March {sent.day}{'th' if sent.day not in (1, 2, 3, 21, 22, 23, 31) else ''}, {sent.year}"
           if sent.month == 3 else fdate(sent, "long"), 10.5)
    p.ln(4)
    for a in [INS, "Attn: Member Appeals", "PO Box 4480", "Madison, WI 53701"]:
        p.line(a, 10.5)
    p.ln(5)
    p.para(f"Re: claim {c['claim']}, member ID {c['mid']}, group {GROUP}", 10.5)
    p.para("To whom it may concern:", 10.5)
    p.para(f"I am writing to dispute your denial of the laboratory claim for the stool tests that my "
           f"gastroenterologist, {DOC} of {GI}, ordered and that were collected on {fdate(c['dos'], 'long')}. "
           f"Her office sent the specimen to {LAB} without telling me the lab was outside your network, and I had no "
           "way to choose a different lab.", 10.5)
    p.para(f"The lab has now billed me {money(billed)} (their account {c['acct']}). I ask that you reprocess the claim at "
           "the in-network level and that my cost share be limited to what I would have paid at a network lab. A copy "
           "of the lab's statement and of your explanation of benefits are enclosed.", 10.5)
    p.para(f"My spouse, {c['sub']}, is the subscriber on this policy and agrees with this request.", 10.5)
    p.para(f"Sincerely,\n\n{c['name']}", 10.5)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=c["mid"], member_name=c["name"], cases=[c["claim"]],
              claim_amount=m2(billed), service_dates=[c["dos"].isoformat()], denial_date=sent.isoformat(),
              provider=LAB, alternates={"insurer": [None], "claim_amount": [None], "provider": [DOC, GI]})
    return out(p), t


def doc_reprocessed(r: random.Random, c: dict):
    billed = c["calp"] + c["panel"]
    stmt = plus(c["dos"], r.randint(100, 115))
    new = c["claim"][:-2] + "A1"
    dcn = f"DCN {digits(r, 4)}-{digits(r, 6)}"
    allowed = round(billed * 0.42, 2)
    coins = round(allowed * 0.2, 2)
    p = Page(footer=None)
    p.add_page()
    p.set_margins(14, 12, 14)
    p.set_xy(14, 12)
    p.line("COBALT RIDGE HEALTH PLAN", 12, "B")
    p.line("Claim Adjustment Notice / Explanation of Benefits", 9.5)
    p.ln(2)
    p.f(8.8)
    p.multi_cell(0, 4.6, f"Mbr #: {c['mid_sp']}     Grp: {GROUP}     Plan: {PLAN}     Pt: {c['name']}\n"
                         f"ICN: {new}  (replaces ICN {c['claim']})     {dcn}     Issued: {fdate(stmt, 'iso')}\n"
                         f"Billing prov: {LAB}   NPI {c['npi']}   Acct {c['acct']}", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    rows = [[fdate(c["dos"], "short"), "83993", money(c["calp"], "nosign"), "", "", "", "NSA2"],
            [fdate(c["dos"], "short"), "87507", money(c["panel"], "nosign"), "", "", "", "NSA2"],
            ["", "Claim total", money(billed, "nosign"), money(allowed, "nosign"), money(allowed - coins, "nosign"),
             money(coins, "nosign"), ""]]
    p.table(["DOS", "Code", "Billed", "Allowed", "Paid", "Member owes", "Rmk"], rows, [24, 40, 26, 26, 26, 26, 14],
            size=8.5, aligns=["L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.para("NSA2: Claim reprocessed at the in-network benefit level after member dispute. The specimen was referred "
           "to an out-of-network laboratory by a network physician without the member's informed consent. Your cost "
           "share is the in-network coinsurance (20%). The laboratory may not bill you more than the amount shown in "
           "the Member owes column.", 8.8)
    p.para(f"Previous EOB for this claim dated {fdate(plus(c['dos'], 31), 'slash')} is replaced by this notice. "
           "Questions: 1-800-555-0133, TTY 711. If you still disagree you may appeal within 180 days of the date of "
           "this notice.", 8.8)
    t = truth("eob", None, insurer=INS, plan_id=PLAN, group=GROUP, member_id=c["mid"], member_name=c["name"],
              cases=[new, c["claim"]], claim_amount=m2(billed), service_dates=[c["dos"].isoformat()],
              denial_date=stmt.isoformat(), provider=LAB,
              alternates={"case_numbers": [[new]], "appeal_deadline": [plus(stmt, 180).isoformat()]},
              type_alternates=["other"])
    return out(p), t


def doc_underpaid(r: random.Random):
    c = _ctx(r)
    billed = c["panel"]
    allowed = round(billed * 0.31, 2)
    note = plus(c["dos"], r.randint(30, 45))
    ref = f"AB-{digits(r, 3)}-{digits(r, 5)}"
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.add_page()
    p.set_margins(14, 14, 14)
    p.set_xy(14, 14)
    p.line("Cobalt Ridge Health Plan", 16, "B")
    p.line("Notice of Adverse Benefit Determination", 11)
    p.ln(4)
    top = p.get_y()
    p.set_fill_color(228, 232, 238)
    p.rect(14, top, 56, 150, style="F")
    p.set_xy(16, top + 3)
    side = [("Member", c["name"]), ("Mbr #", c["mid"]), ("Grp", GROUP), ("Ref No.", ref), ("Claim", c["claim"]),
            ("Date of notice", fdate(note, "dash")), ("Date of birth", fdate(c["dob"], "dash"))]
    for k, v in side:
        p.set_x(16)
        p.f(7.5, "B")
        p.cell(50, 3.8, k, new_x="LEFT", new_y="NEXT")
        p.set_x(16)
        p.f(8.8)
        p.cell(50, 4.6, v, new_x="LEFT", new_y="NEXT")
        p.ln(1.2)
    p.ln(3)
    p.set_x(16)
    p.f(9, "B")
    p.cell(50, 5, "Questions?", new_x="LEFT", new_y="NEXT")
    for ln in ["Member Services", "1-800-555-0133", "Fax 1-800-555-0134", "TTY 711"]:
        p.set_x(16)
        p.f(8.3)
        p.cell(50, 4.2, ln, new_x="LEFT", new_y="NEXT")
    p.set_left_margin(76)
    p.set_xy(76, top)
    p.para(f"Dear {c['first']} {c['last']}:", 10)
    p.para(f"We processed the claim from {LAB} for a gastrointestinal pathogen panel collected on "
           f"{fdate(c['dos'], 'abbr')}, ordered by {DOC}. The lab billed {money(billed)}.", 10)
    p.para(f"The lab is not in your plan's network. Your PPO plan pays out-of-network laboratory services at the "
           f"out-of-network allowance, which for this test is {money(allowed)}. After your out-of-network deductible, "
           "the plan paid $0.00 and the remaining charges are your responsibility. The lab may bill you for the "
           "difference between its charge and our allowance.", 10)
    p.para("If you believe the test should have been paid at the in-network level, for example because you did not "
           "choose the lab, you may appeal within 180 days of the date of this notice. Send your appeal with the "
           "reference number to Appeals, PO Box 4480, Madison, WI 53701. You may ask for copies of the documents we "
           "used, free of charge. Medical policy LAB-114 (Stool Testing) was not used for this decision.", 10)
    p.para(f"Subscriber on file: {c['sub']}. Group plan year 01/01/2026 - 12/31/2026.", 9)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=c["mid"], member_name=c["name"],
              cases=[ref, c["claim"]], claim_amount=m2(billed), service_dates=[c["dos"].isoformat()],
              denial_date=note.isoformat(), provider=LAB, appeal_deadline=plus(note, 180).isoformat(),
              alternates={"case_numbers": [[ref], [c["claim"]]], "provider": [DOC]})
    return out(p), t


def doc_gap(r: random.Random):
    c = _ctx(r)
    recd = plus(c["dos"], -r.randint(4, 8))
    note = plus(recd, r.randint(2, 5))
    req = f"NGE{digits(r, 7)}"
    p = Page(footer=None)
    p.add_page()
    _plan_head(p, 13)
    p.line("Network Gap Exception Request: Denied", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Date", fdate(note, "abbr")), ("Request number", req), ("Member", c["name"]),
                   ("Member ID", c["mid"]), ("Group / Plan", f"{GROUP} / {PLAN}"),
                   ("Requested by", f"{DOC}, {GI}  (NPI {c['npi']})"), ("Lab requested", LAB),
                   ("Test", "Fecal calprotectin, quantitative (83993)"),
                   ("Planned collection", fdate(c["dos"], "abbr")), ("Request received", fdate(recd, "abbr"))],
                  label_w=48, size=9)
    p.para("Why we denied the exception: a network gap exception is allowed only when no network provider can perform "
           "the service within a reasonable time and distance. Fecal calprotectin testing is performed by three "
           "network laboratories serving your area, including the hospital laboratory used by your physician's "
           "practice. Services by the requested out-of-network lab will not be covered at the in-network level.", 9.5)
    p.para("You or your doctor may appeal this decision within 180 days of the date of this notice. Call "
           "1-800-555-0133 (TTY 711) or fax 1-800-555-0134. If your doctor believes waiting could seriously harm your "
           "health, ask for an expedited appeal; we decide those within 72 hours.", 9.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=c["mid"],
              member_name=c["name"], cases=[req], claim_amount=None, service_dates=[c["dos"].isoformat()],
              denial_date=note.isoformat(), provider=DOC, appeal_deadline=plus(note, 180).isoformat(),
              alternates={"provider": [GI], "service_dates": [[]]})
    # the lab's second notice for another patient account (same member)
    billed = c["calp"]
    stmt = plus(c["dos"], r.randint(60, 75))
    q = Page(footer=None)
    q.add_page()
    q.line("TESSELLATE REFERENCE LABORATORIES", 13, "B")
    q.line("SECOND NOTICE  -  BALANCE DUE", 11, "B")
    q.ln(3)
    q.pairs([("Notice date", fdate(stmt, "upper")), ("Patient", c["name"]), ("Acct", c["acct"]),
             ("Date of service", fdate(c["dos"], "upper")), ("Test", "Calprotectin, fecal (83993)"),
             ("Charge", money(billed)), ("Insurance", f"{INS} - not in network, processed as patient responsibility"),
             ("Balance due", money(billed))], label_w=40, size=9.5)
    q.ln(2)
    q.para("We have not received payment. Please pay the balance or call 1-888-555-0190 to set up a payment plan. "
           "Accounts unpaid after 60 days may be referred to a collection agency.", 9.5)
    t2 = truth("other", None, insurer=None, member_id=None, member_name=c["name"], cases=[],
               claim_amount=m2(billed), service_dates=[c["dos"].isoformat()], denial_date=stmt.isoformat(),
               provider="Tessellate Reference Laboratories", unscored=["insurer"])
    return (out(p), t), (out(q), t2)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(rng.randint(0, 2 ** 31))
    c = _ctx(r)
    a, b = doc_gap(r)
    return [
        Item(f"{FAMILY}_lab_balance_bill", "born_digital", [doc_balance_bill(r, c)]),
        Item(f"{FAMILY}_eob_table", "scan_clean_300", [doc_eob_table(r, c)]),
        Item(f"{FAMILY}_es_eob", "photocopy", [doc_es(r)]),
        Item(f"{FAMILY}_dispute_letter", "rotated", [doc_dispute(r, c)]),
        Item(f"{FAMILY}_reprocessed_paid", "fax_fine_g4", [doc_reprocessed(r, c)]),
        Item(f"{FAMILY}_underpaid_sidebar", "phone_photo", [doc_underpaid(r)]),
        Item(f"{FAMILY}_stack", "scan_lowres_150", [a, b], separators=["duplex", None], turns={(1, 0): 90}),
    ]
