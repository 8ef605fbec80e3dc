"""Family 'tracheostomy_supplies_monthly_quantity_denial': an invented Medicaid managed care plan approves only 30
of the 60 tracheostomy care kits (HCPCS A4629) a month that a home medical supplier asked for a child with a
tracheostomy (the plan's quantity schedule allows one kit a day; more needs documented medical necessity).

Documents: the member's Notice of Adverse Benefit Determination (born digital, label column and decision table);
the DME supplier's invoice of several items (scan 300, denies nothing); a fine-fax stack of a cover, the plan's
provider copy in ruled boxes and the pulmonologist's letter of medical necessity, a blank page at the end; the
Spanish member notice (photocopy); a three-claim member EOB refusing only the supplier's claim for the extra kits
(150 dpi); the upheld appeal told only in sentences (phone photo); the approval after the State Fair Hearing
(rotated, denies nothing). Everything invented. Decoys: DOB, NPI, Medicaid ID beside the plan ID, request-received
dates, invoice and account numbers, other claims, 10-day continuation, 72-hour, 120-day fair hearing limits,
policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "tracheostomy_supplies_monthly_quantity_denial"
LANG = "en"
SEED = 346100

PLAN = {"org": "Sandpiper Coast Health Plan", "addr": "PO Box 40817, Port Wexley, NA 60317",
        "phone": "1-866-555-0183", "web": "sandpipercoast.example", "fax": "1-866-555-0191"}
SUP = ("Bayridge Respiratory & Home Medical", "2290 Tolliver Road, Unit C, Port Wexley, NA 60319", "(517) 555-0146")
DOC = "Priya N. Castellanos"
CLINIC = "Port Wexley Children's Pulmonary Clinic"
PEOPLE = ["Mateo J. Rutledge", "Naomi C. Fairchild", "Ezra P. Lomax", "Xiomara L. Benítez", "Theo R. Szabo",
          "Harriet V. Oduya", "Gideon S. Marchetti"]
PARENTS = ["Celia Rutledge", "Warren Fairchild", "Dana Lomax", "Rosa Benítez", "Ilona Szabo", "Femi Oduya",
           "Paola Marchetti"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
POLICY = "DME Quantity Schedule DME-QL-112"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 90))
    start = (notice.replace(day=1) + dt.timedelta(days=40)).replace(day=1)
    end = (start + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)
    return dict(notice=notice, start=start, end=end, recv=notice - dt.timedelta(days=r.randint(3, 8)),
                ref="TQ" + dg(r, 9), mid="SCH" + dg(r, 8), mcd=dg(r, 10), npi="1" + dg(r, 9), snpi="1" + dg(r, 9),
                who=PEOPLE[i], parent=PARENTS[i],
                dob=dt.date(r.randint(2014, 2023), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Gullwing Ct', 'Bramble St', 'Ferry Landing Rd'])}",
                kit=round(r.randint(1150, 1480) / 100, 2))


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(("Un plan de Medicaid administrado  |  " if es else "A Medicaid managed care plan  |  ") + PLAN["web"], 8.5)
    p.line(f"{PLAN['addr']}   " + ("Servicios al Miembro " if es else "Member Services ") + PLAN["phone"]
           + " (TTY 711)", 8.5)
    p.ln(5)


def addr(p, f, es=False):
    p.para(("Al padre, madre o tutor de:\n" if es else "To the parent or guardian of:\n")
           + f"{f['who']}\nc/o {f['parent']}\n{f['street']}\nPort Wexley, NA 60318", 10)


def per(f, ds, es=False):
    return f"{fd(f['start'], ds)} {'al' if es else '-'} {fd(f['end'], ds)}"


def reason(f):
    return (f"Our {POLICY} covers up to 30 tracheostomy care kits (A4629) a month, one a day. The request asked "
            "for 60 kits a month. The notes we received say the trach site is cleaned twice a day but do not show "
            "skin breakdown, infection or heavy drainage that would need a second full kit each day. We approved 30 "
            "kits a month. The other 30 kits a month are not medically necessary.")


def member_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="SCHP-NABD-DME 11/2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION", 13, rule=True)
    p.pairs([("Member name", f["who"]), ("Plan member ID", f["mid"]), ("Medicaid ID", f["mcd"]),
             ("Date of birth", fd(f["dob"], ds)), ("Authorization request no.", f["ref"]),
             ("Requesting provider", SUP[0]), ("Ordering physician", f"Dr. {DOC} (NPI {f['npi']})"),
             ("Date we got the request", fd(f["recv"], ds)), ("Service period", per(f, ds))], 58, 9.5)
    p.ln(2)
    p.table(["Item (HCPCS)", "Asked for / month", "Approved / month", "Decision"],
            [["Tracheostomy care kit (A4629)", "60", "30", "30 DENIED"],
             ["Inner cannula, disposable (A4623)", "30", "30", "Approved"],
             ["Tracheostomy tube, cuffless (A7520)", "2", "2", "Approved"],
             ["Heat and moisture exchanger (A4483)", "30", "30", "Approved"]], [74, 34, 34, 32], 8.8)
    p.heading("Why we made this decision", 11)
    p.para(reason(f), 10)
    p.heading("Your right to appeal", 11)
    p.para("You may ask us for an appeal within 60 calendar days of the date on this notice. Call Member Services "
           f"or write to Appeals, {PLAN['addr']}. To keep getting the supplies you had before while your appeal is "
           "decided, you must ask within 10 days of this notice. If waiting could seriously harm the member's "
           "health, ask for a fast appeal; we decide those within 72 hours. After our appeal decision you may ask "
           "for a State Fair Hearing within 120 days.", 9.8)
    return out(p)


def invoice(f, ds):
    p = Page(footer=None, footer_left=f"{SUP[0]}, LLC   NPI {f['snpi']}   Tax ID 41-{f['snpi'][2:9]}")
    p.add_page()
    p.line(SUP[0] + ", LLC", 15, "B")
    p.line(SUP[1] + "   Phone " + SUP[2], 8.5)
    p.ln(4)
    y = p.get_y()
    p.para(f"BILL TO:\n{f['parent'].upper()}\n{f['street'].upper()}\nPORT WEXLEY NA 60318", 9.5)
    yl = p.get_y()
    p.set_xy(112, y)
    p.line("INVOICE", 13, "B")
    p.pairs([("Invoice date", fd(f["idate"], ds)), ("Invoice no.", "INV-" + f["inv"]), ("Account", f["acct"]),
             ("Patient", f["who"]), ("Insurance", PLAN["org"]), ("Member ID", f["mid"]),
             ("Prior auth", f["ref"])], 26, 8.5, x=112, h=4.6)
    p.set_y(max(yl, p.get_y()) + 4)
    p.para(f"Delivered {fd(f['start'], ds)} - monthly resupply", 9.5)
    rows = [[r[0], r[1], str(r[2]), money(r[3], "nosign"), money(r[2] * r[3], "nosign")] for r in f["lines"]]
    rows.append(["", "Total charges", "", "", money(f["total"])])
    p.table(["HCPCS", "Description", "Qty", "Each", "Amount"], rows, [20, 88, 14, 24, 30], 8.6, bold_last=True)
    p.pairs([("Billed to Sandpiper", money(f["total"])), ("Plan paid", money(f["paid"])),
             ("Not covered (A4629 over 30/mo)", money(f["over"])), ("Balance due from you", "$0.00")], 62, 9)
    p.para("Sandpiper Coast Health Plan is a Medicaid plan; we may not bill you for supplies the plan did not "
           "approve. The 30 extra kits were sent at no charge to you while your appeal is open. Questions: call "
           "us within 30 days.", 9)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="SCHP-UM-PRV-7")
    p.add_page()
    letterhead(p)
    p.line("PRIOR AUTHORIZATION DETERMINATION - PROVIDER COPY", 11, "B")
    p.line(f"TO: {SUP[0].upper()}   FAX (517) 555-0148", 9)
    p.ln(2)
    p.boxed_pairs([("DATE OF NOTICE", fd(f["notice"], ds)), ("REQUEST #", f["ref"]), ("MEMBER", f["who"]),
                   ("MEMBER ID", f["mid"]), ("MEDICAID ID", f["mcd"]), ("DOB", fd(f["dob"], ds)),
                   ("ORDERING MD", f"{DOC.upper()}  NPI {f['npi']}"), ("SUPPLIER NPI", f["snpi"]),
                   ("ITEM", "A4629 TRACH CARE KIT - 60/MONTH"), ("DATES", per(f, ds)),
                   ("RECEIVED", fd(f["recv"], ds))], 52, 9)
    p.para("DECISION: PARTIALLY APPROVED. 30 units per month approved; 30 units per month DENIED - not medically "
           "necessary. " + reason(f), 9.3)
    p.para("A peer-to-peer review may be requested within 5 business days. The member, or the provider with the "
           "member's written consent, may appeal within 60 days of the date of this notice.", 9.3)
    return out(p)


def md_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC, 14, "B")
    p.line("450 Lighthouse Parkway, Suite 210, Port Wexley, NA 60317   Tel (517) 555-0172", 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Department\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"RE: {f['who']}   DOB {fd(f['dob'], ds)}   Medicaid ID {f['mcd']}   Request {f['ref']}", 10)
    p.para("Letter of medical necessity - tracheostomy care kits, 2 per day", 10)
    p.para(f"I care for this child, who has had a tracheostomy since infancy for subglottic stenosis and uses a "
           "ventilator at night. Secretions are thick and heavy; the stoma is cleaned and the dressing changed at "
           "least twice a day, and the site broke down twice this winter when care was stretched to once a day. "
           "Each cleaning uses a full sterile kit.", 10)
    p.para(f"Please approve 60 kits a month for the period from {fd(f['start'], ds)} through {fd(f['end'], ds)}. "
           "Photographs of the stoma and my nursing notes are attached.", 10)
    p.para(f"Sincerely,\n\n{DOC}, MD\nPediatric Pulmonology, NPI {f['npi']}", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="SCHP-NABD-DME-S 11/2025")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f, es=True)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 13, rule=True)
    p.pairs([("Nombre del miembro", f["who"]), ("N.º de miembro del plan", f["mid"]), ("N.º de Medicaid", f["mcd"]),
             ("Fecha de nacimiento", fd(f["dob"], ds)), ("N.º de solicitud", f["ref"]),
             ("Proveedor que lo pidió", SUP[0]), ("Médico", f"Dra. {DOC}"),
             ("Período de servicio", per(f, ds, True))], 60, 9.5)
    p.ln(2)
    p.heading("Lo que decidimos", 11)
    p.para("Pidieron 60 equipos de cuidado de traqueostomía (A4629) al mes. Aprobamos 30 al mes y negamos los otros "
           "30. Nuestra tabla de cantidades cubre un equipo por día. Las notas que recibimos no muestran infección, "
           "lesiones de la piel ni secreción abundante que requieran un segundo equipo cada día, por eso los 30 "
           "equipos adicionales no son médicamente necesarios. Las cánulas internas, los tubos y los filtros "
           "fueron aprobados.", 10)
    p.heading("Su derecho a apelar", 11)
    p.para("Puede pedirnos una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Para seguir "
           "recibiendo los suministros durante la apelación, pídalo dentro de 10 días. Si esperar puede dañar "
           "gravemente la salud del miembro, pida una apelación rápida (72 horas). Después de nuestra decisión puede "
           "pedir una Audiencia Imparcial Estatal dentro de 120 días.", 9.8)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="SCHP-EOB-M")
    p.add_page()
    letterhead(p)
    p.line("MEMBER EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11.5, "B")
    p.ln(1)
    y = p.get_y()
    p.para(f"{f['who']}\nc/o {f['parent']}\n{f['street']}\nPort Wexley, NA 60318", 9.5)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member ID", f["mid"]), ("Medicaid ID", f["mcd"]),
             ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=38), ds)} to "
                                  f"{fd(f['notice'] - dt.timedelta(days=3), ds)}")], 33, 8.5, x=110, h=4.6)
    p.set_y(max(yl, p.get_y()) + 4)
    for c in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5.5, f"Claim {c[0]}   {c[1]}   Service date {fd(c[2], ds)}", new_x="LMARGIN", new_y="NEXT")
        p.table(["Service", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
                [[c[3], str(c[4]), money(c[5]), money(c[6]), money(c[6]), "$0.00", c[7]]],
                [62, 14, 24, 22, 22, 16, 14], 8.2)
    p.para("**Q17** Units billed are more than the monthly maximum allowed for this item (30 per month). Not "
           "covered. The supplier may not bill the member. **P1** Paid under your Medicaid benefits.", 8.8)
    p.para("If you disagree with a denied claim, you may appeal within 60 days of the date of this statement. "
           "Fast appeals are decided within 72 hours. You may ask for a State Fair Hearing within 120 days of our "
           "appeal decision.", 8.8)
    return out(p)


def upheld(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['parent']}:", 10)
    p.para(f"We received your appeal on {fd(f['arecv'], ds)} for {f['who']}, whose plan member ID is {f['mid']}. "
           f"You asked us to approve 60 tracheostomy care kits a month instead of 30 from {SUP[0]}, for the "
           f"period from {fd(f['start'], ds)} through {fd(f['end'], ds)}. We gave your appeal the number "
           f"{f['apl']}; the original request number was {f['ref']}.", 10)
    p.para(f"A pediatric pulmonologist who did not make the first decision looked at the letter from Dr. {DOC} and "
           "the nursing notes. The notes show twice-daily cleaning but no skin breakdown after November, and one "
           "kit a day with extra dressings meets the child's needs. We are keeping our decision: the second kit each "
           "day is not medically necessary. The 30 kits a month we approved are not changed.", 10)
    p.para("If you still disagree, you may ask for a State Fair Hearing within 120 days of the date of this "
           "letter by writing to the State Office of Administrative Hearings. If you want the extra supplies to "
           "continue during the hearing, ask within 10 days. This is our final appeal decision.", 10)
    p.para("Sincerely,\n\nMember Appeals", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer=None, footer_left="SCHP-UM-APR-3")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Approved Services", 12.5, rule=True)
    p.para(f"The State Fair Hearing decision of {fd(f['hdate'], ds)} directed us to cover more tracheostomy care "
           f"kits. We have changed our decision on request {f['ref']}. The supplies below are approved.", 10)
    p.table(["Authorization", "Item", "Per month", "Supplier", "Dates"],
            [[f["auth"], "A4629 care kit", "60", SUP[0], per(f, ds)]], [26, 26, 16, 56, 56], 7.8)
    p.para(f"Member ID: {f['mid']}. Your supplier will send the added kits with the next delivery. Nothing else about your benefits "
           "changed. Questions: call Member Services.", 10)
    return out(p)


ITEMS = [
    ("bd_member_notice", "born_digital", "member", "long"),
    ("scan_supplier_invoice", "scan_clean_300", "invoice", "slash"),
    ("fax_stack_provider_copy_lmn", "fax_fine_g4", "stack", "updash"),
    ("photocopy_aviso_es", "photocopy", "es", "es"),
    ("lowres_three_claim_eob", "scan_lowres_150", "eob", "dmy"),
    ("phone_upheld_appeal_prose", "phone_photo", "upheld", "abbr"),
    ("rotated_fair_hearing_approval", "rotated", "approval", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl60 = (f["notice"] + dt.timedelta(days=60)).isoformat()
        spn = [f"{f['start'].isoformat()}/{f['end'].isoformat()}"]
        sd_alt = [[f["start"].isoformat()]]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        alts = {"provider": [f"Dr. {DOC}", DOC], "member_id": [f["mcd"]], "service_dates": sd_alt}
        if kind == "member":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=spn,
                      denial_date=nd, appeal_deadline=dl60, provider=SUP[0], alternates=alts,
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(member_notice(f, ds), t)]))
        elif kind == "invoice":
            f["idate"] = f["start"] + dt.timedelta(days=r.randint(8, 16))
            f["inv"], f["acct"] = dg(r, 7), "BR-" + dg(r, 6)
            lines = [("A4629", "Tracheostomy care kit", 60, f["kit"]),
                     ("A4623", "Inner cannula, disposable", 30, round(r.randint(780, 990) / 100, 2)),
                     ("A7520", "Trach tube, cuffless, PVC", 2, round(r.randint(6400, 8900) / 100, 2)),
                     ("A4483", "Heat and moisture exchanger", 30, round(r.randint(410, 690) / 100, 2))]
            f["lines"] = lines
            f["total"] = round(sum(q * e for _, _, q, e in lines), 2)
            f["over"] = round(30 * f["kit"], 2)
            f["paid"] = round((f["total"] - f["over"]) * 0.62, 2)
            t = truth("other", None, case_numbers=[f["ref"]], claim_amount=m2(f["total"]),
                      service_dates=[f["start"].isoformat()], denial_date=f["idate"].isoformat(), provider=SUP[0],
                      alternates={"case_numbers": [[]], "claim_amount": [None]},
                      unscored=["insurer"], **common)
            items.append(Item(name, cond, [(invoice(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=spn,
                       denial_date=nd, appeal_deadline=dl60, provider=SUP[0],
                       alternates={"provider": [DOC], "member_id": [f["mcd"]], "service_dates": sd_alt},
                       denial_alternates=["not_covered"], **common)
            t2 = truth("other", None, case_numbers=[f["ref"]], service_dates=spn, denial_date=f["ldate"].isoformat(),
                       provider=DOC, insurer=PLAN["org"], member_id=f["mcd"], member_name=f["who"],
                       alternates={"provider": [f"Dr. {DOC}", CLINIC], "service_dates": sd_alt},
                       unscored=["insurer"])
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (md_letter(f, ds), t2)],
                              separators=["cover", "blank"]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["ref"]], service_dates=spn,
                      denial_date=nd, appeal_deadline=dl60, provider=SUP[0],
                      alternates={"provider": [f"Dra. {DOC}", DOC], "member_id": [f["mcd"]],
                                  "service_dates": sd_alt},
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "eob":
            dos = f["notice"] - dt.timedelta(days=r.randint(18, 30))
            claim = "26" + dg(r, 9)
            billed = round(30 * f["kit"], 2)
            f["claims"] = [("26" + dg(r, 9), SUP[0], dos, "A4623 inner cannula", 30, round(r.randint(24000, 29000) / 100, 2),
                            round(r.randint(15000, 19000) / 100, 2), "P1"),
                           ("26" + dg(r, 9), CLINIC, dos - dt.timedelta(days=12), "99214 office visit", 1, 245.00,
                            118.40, "P1"),
                           (claim, SUP[0], dos, "A4629 trach care kit", 30, billed, 0.0, "Q17")]
            t = truth("eob", "not_covered", case_numbers=[claim], claim_amount=m2(billed),
                      service_dates=[dos.isoformat()], denial_date=nd, appeal_deadline=dl60, provider=SUP[0],
                      alternates={"member_id": [f["mcd"]]}, denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "upheld":
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(14, 25))
            f["apl"] = "APL-" + dg(r, 7)
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["ref"]], service_dates=spn,
                      denial_date=nd, appeal_deadline=None, provider=SUP[0],
                      alternates={"provider": [f"Dr. {DOC}", DOC], "service_dates": sd_alt},
                      denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            f["auth"] = "SA" + dg(r, 8)
            f["hdate"] = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, case_numbers=[f["auth"], f["ref"]], service_dates=spn, denial_date=nd,
                      provider=SUP[0], alternates={"case_numbers": [[f["auth"]]], "service_dates": sd_alt},
                      **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items
