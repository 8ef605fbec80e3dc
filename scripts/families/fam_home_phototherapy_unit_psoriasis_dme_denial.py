"""Family 'home_phototherapy_unit_psoriasis_dme_denial': an invented commercial plan refuses a home narrowband UVB
phototherapy panel (HCPCS E0693) for plaque psoriasis as not medically necessary (its guideline wants a documented
response to 12 weeks of in-office phototherapy first).

Documents: the plan's pre-service denial to the member (born digital, label column); the DME supplier's quote
(scan 300, denies nothing); a standard-fax stack of a cover, the plan's provider notice in ruled boxes and the
dermatologist's letter of medical necessity, with a blank page at the end; a Spanish member notice (photocopy); a
three-claim EOB refusing only the supplier's claim for the unit (150 dpi); the upheld first-level appeal told only
in sentences (phone photo); the approval after the second-level appeal (rotated, denies nothing). Everything
invented. Decoys: DOB, NPI, request-received dates, quote and account numbers, tax ID, BSA and session counts,
other claims, 72-hour and external-review limits, guideline numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "home_phototherapy_unit_psoriasis_dme_denial"
LANG = "en"
SEED = 345000

PLAN = {"org": "Pinecrest Harbor Health", "addr": "PO Box 55210, Ostrander Bay, NA 61844",
        "phone": "1-855-555-0119", "web": "pinecrestharbor.example", "fax": "1-855-555-0140"}
SUP = ("Luminara Home Medical Supply", "78 Kettleworth Drive, Ostrander Bay, NA 61846", "(309) 555-0127")
DERM = "Tobias R. Whitcombe"
DERM_PRACTICE = "Ostrander Bay Dermatology Associates"
PEOPLE = ["Desmond K. Strand", "Anselm T. Kessler", "Brianna L. Nakamura", "Itzel M. Carrasco",
          "Colin F. Underhill", "Jasper D. Winslow", "Ezra H. Prescott"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
GUIDE = "Clinical Guideline DME-231 (Home Ultraviolet Light Therapy)"
DEVICE = "Home narrowband UVB phototherapy panel, 6 ft (HCPCS E0693)"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 100))
    return dict(notice=notice, deliver=notice + dt.timedelta(days=r.randint(10, 25)),
                recv=notice - dt.timedelta(days=r.randint(3, 9)), ref="PH-" + dg(r, 8),
                mid="PHH" + dg(r, 8), grp=dg(r, 6), npi="1" + dg(r, 9), snpi="1" + dg(r, 9), who=PEOPLE[i],
                dob=dt.date(r.randint(1956, 1990), r.randint(1, 12), r.randint(1, 28)),
                sessions=r.choice([6, 8, 9, 10]), bsa=r.choice([8, 11, 14, 16]), price=round(r.randint(4200, 5900) + 0.0, 2),
                quote="Q-" + dg(r, 6), street=f"{r.randint(100, 9800)} {r.choice(['Heron Point Rd', 'Larkspur St', 'Windmill Ct'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(f"{PLAN['addr']}  |  {PLAN['web']}", 8.5)
    p.line(("Servicios al Miembro " if es else "Member Services ") + PLAN["phone"] + "  (TTY 711)", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nOstrander Bay, NA 61845", 10)


def reason(f):
    return (f"Our guideline ({GUIDE}) covers a home phototherapy unit when psoriasis has improved with at least 12 "
            "weeks of in-office phototherapy and the member cannot keep coming to the office. The records we received "
            f"show {f['sessions']} in-office sessions and no note of the response. The home unit is not medically "
            "necessary at this time.")


def member_denial(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PHH-UM-DME-04")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Adverse Benefit Determination - Durable Medical Equipment", 12.5, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
             ("Date of birth", fd(f["dob"], ds)), ("Authorization request #", f["ref"]),
             ("Equipment requested", DEVICE), ("Ordering physician", f"Dr. {DERM} (NPI {f['npi']})"),
             ("Supplier", SUP[0]), ("Requested delivery date", fd(f["deliver"], ds)),
             ("Request received", fd(f["recv"], ds))], 50, 9.5)
    p.ln(2)
    p.heading("Our decision: DENIED", 11)
    p.para(reason(f), 10)
    p.para("A board-certified dermatologist reviewed this request. Your doctor may ask to discuss it with our "
           "reviewer by calling Utilization Management.", 10)
    p.heading("Your right to appeal", 11)
    p.para("You may appeal within 180 days of the date of this letter. Send your appeal to Appeals Unit, "
           f"{PLAN['addr']}, or fax {PLAN['fax']}. If your health could be seriously harmed by waiting, ask for an "
           "expedited appeal; we decide those within 72 hours. You may ask for an external review within 4 months "
           "after our final decision.", 10)
    return out(p)


def quote(f, ds):
    p = Page(footer=None, footer_left=f"{SUP[0]}   NPI {f['snpi']}   Tax ID 37-{f['snpi'][3:10]}")
    p.add_page()
    p.line(SUP[0], 15, "B")
    p.line(SUP[1], 8.5)
    p.line("Phone " + SUP[2], 8.5)
    p.ln(4)
    p.line("EQUIPMENT QUOTE / ADVANCE NOTICE OF PATIENT COST", 11.5, "B")
    p.ln(2)
    p.pairs([("Quote date", fd(f["qdate"], ds)), ("Quote no.", f["quote"]), ("Patient", f["who"]),
             ("Insurance", PLAN["org"]), ("Member ID", f["mid"]), ("Prescriber", f"{DERM}, MD"),
             ("Prior auth ref", f["ref"] + " (denied)")], 34, 9.5)
    p.ln(3)
    rows = [["E0693", "UVB panel, 6 ft, narrowband 311 nm, with timer", "1", money(f["price"] - 310.0)],
            ["A9999", "Protective goggles, 2 pair", "1", "$85.00"],
            ["S5199", "Delivery, setup and patient training", "1", "$225.00"],
            ["", "Quote total", "", money(f["price"])]]
    p.table(["HCPCS", "Item", "Qty", "Price"], rows, [22, 100, 14, 34], 8.8, bold_last=True)
    p.para(f"{PLAN['org']} has not approved this equipment. If you choose to buy it now, you are responsible for the "
           "full quote total. We can deliver within 5 business days of payment or approval. Quote valid 30 days.", 9.5)
    p.para("Patient signature ____________________   Date __________", 9.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PHH-UM-PRV-2")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER NOTIFICATION - PRIOR AUTHORIZATION DENIED", 11, "B")
    p.line(f"TO: {DERM_PRACTICE.upper()}   FAX (309) 555-0152", 9)
    p.ln(2)
    p.boxed_pairs([("NOTICE DATE", fd(f["notice"], ds)), ("AUTH REQUEST", f["ref"]), ("MEMBER", f["who"]),
                   ("MEMBER ID", f["mid"]), ("DOB", fd(f["dob"], ds)), ("ORDERING PHYSICIAN", f"{DERM}, MD  NPI {f['npi']}"),
                   ("ITEM", "E0693 HOME UVB PANEL, PURCHASE"), ("DELIVERY DATE REQUESTED", fd(f["deliver"], ds)),
                   ("RECEIVED", fd(f["recv"], ds))], 58, 9)
    p.para("DETERMINATION: NOT MEDICALLY NECESSARY. " + reason(f), 9.5)
    p.para("The member may appeal within 180 days of the date of this notice. A peer-to-peer discussion may be "
           "requested within 14 days. Expedited appeals: 72 hours.", 9.5)
    return out(p)


def derm_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(DERM_PRACTICE, 14, "B")
    p.line("1190 Sextant Avenue, Suite 300, Ostrander Bay, NA 61845   (309) 555-0150", 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Unit\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"Re: {f['who']}, Member ID {f['mid']}, request {f['ref']}", 10, )
    p.para("Letter of medical necessity: home narrowband UVB phototherapy", 10)
    p.para(f"My patient has had chronic plaque psoriasis for many years, now covering about {f['bsa']}% of the body "
           f"surface. The patient completed {f['sessions']} in-office narrowband UVB sessions with clear improvement, but "
           "lives 70 miles from the nearest phototherapy center and works shifts that make three visits a week "
           "impossible. Topical steroids and calcipotriene failed, and a biologic is not wanted because of prior "
           "serious infections.", 10)
    p.para("A home E0693 panel used under my supervision is the safest and least costly way to continue treatment. "
           f"I ask that you approve delivery on {fd(f['deliver'], ds)}.", 10)
    p.para(f"Sincerely,\n\n{DERM}, MD\nBoard-certified dermatologist, NPI {f['npi']}", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="PHH-UM-DME-04S")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Aviso de denegación de equipo médico duradero", 12.5, rule=True)
    p.pairs([("Miembro", f["who"]), ("N.º de miembro", f["mid"]), ("Grupo", f["grp"]),
             ("Fecha de nacimiento", fd(f["dob"], ds)), ("N.º de solicitud", f["ref"]),
             ("Equipo", "Panel de fototerapia UVB para el hogar (E0693)"), ("Médico", f"Dr. {DERM}"),
             ("Fecha de entrega solicitada", fd(f["deliver"], ds))], 52, 9.5)
    p.ln(2)
    p.heading("Nuestra decisión: DENEGADO", 11)
    p.para("Nuestra guía clínica cubre un equipo de fototerapia en casa cuando la psoriasis ha mejorado con al menos "
           f"12 semanas de fototerapia en el consultorio. Recibimos notas de {f['sessions']} sesiones y ninguna sobre "
           "la respuesta. El equipo no es médicamente necesario en este momento.", 10)
    p.heading("Su derecho a apelar", 11)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Si esperar puede dañar gravemente su "
           "salud, pida una apelación acelerada (72 horas). Puede pedir una revisión externa dentro de 4 meses "
           "después de nuestra decisión final.", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="PHH-EOB")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    p.para(f"Prepared for:\n{f['who']}\n{f['street']}\nOstrander Bay, NA 61845", 9.5)
    yl = p.get_y()
    p.set_xy(118, y)
    p.pairs([("Issue date", fd(f["notice"], ds)), ("Member ID", f["mid"]), ("Group", f["grp"]),
             ("Period", f"{fd(f['notice'] - dt.timedelta(days=45), ds)} to {fd(f['notice'] - dt.timedelta(days=2), ds)}")],
            24, 8.5, x=118, h=4.6)
    p.set_y(max(yl, p.get_y()) + 4)
    p.heading("Explanation of Benefits", 12.5, rule=True)
    rows = []
    for c in f["claims"]:
        rows.append([c[0], c[1], fd(c[2], ds), c[3], money(c[4], "flat"), money(c[5], "flat"), money(c[6], "flat"), c[7]])
    p.table(["Claim #", "Provider", "Date", "Service", "Billed", "Plan paid", "You owe", "Rsn"], rows,
            [22, 46, 20, 32, 16, 15, 14, 10], 7.2)
    p.para("**Rsn M31** Denied. The home phototherapy unit does not meet our medical necessity guideline "
           "(DME-231). **OK** Processed under your benefits.", 8.8)
    p.para("To appeal the denied claim, write to us within 180 days of the date of this statement. External "
           "review may be requested within 4 months of our final decision.", 8.8)
    return out(p)


def upheld(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who']}:", 10)
    p.para(f"On {fd(f['arecv'], ds)} we received your appeal of our decision not to cover a home UVB phototherapy "
           f"panel ordered by Dr. {DERM}. Your appeal number is {f['apl']}; the original request was {f['ref']}. "
           f"Your member ID is {f['mid']}.", 10)
    p.para("A dermatologist who did not take part in the first decision reviewed your records. After review we are "
           "upholding our denial: the records still do not show how your skin responded to in-office treatment, so "
           f"the panel you asked to have delivered on {fd(f['deliver'], ds)} is not medically necessary.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for "
           "an independent external review within 4 months of this letter.", 10)
    p.para("Sincerely,\n\nAppeals Unit", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer=None, footer_left="PHH-UM-APR")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Second-Level Appeal Decision: APPROVED", 12.5, rule=True)
    p.para(f"We have overturned our earlier decision on request {f['ref']}. The new notes from Dr. {DERM} show your "
           "response to in-office phototherapy. Your home phototherapy panel is approved.", 10)
    p.table(["Authorization", "Item", "Supplier", "Approved from", "Member ID"],
            [[f["auth"], "E0693 UVB panel", SUP[0], fd(f["deliver"], ds), f["mid"]]], [30, 32, 56, 26, 26], 8.5)
    p.para("Please call the supplier to arrange delivery. Approval is valid for 90 days. Your plan's DME "
           "coinsurance applies.", 10)
    return out(p)


ITEMS = [
    ("bd_member_denial", "born_digital", "member", "long"),
    ("scan_supplier_quote", "scan_clean_300", "quote", "slash"),
    ("fax_stack_provider_notice_derm_letter", "fax_standard_g4", "stack", "updash"),
    ("photocopy_aviso_es", "photocopy", "es", "es"),
    ("lowres_three_claim_eob", "scan_lowres_150", "eob", "dmy"),
    ("phone_upheld_appeal_prose", "phone_photo", "upheld", "abbr"),
    ("rotated_second_level_approval", "rotated", "approval", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        dlv = [f["deliver"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        alt_d = {"provider": [f"Dr. {DERM}", SUP[0]]}
        if kind == "member":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=dlv,
                      denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], provider=DERM,
                      alternates=alt_d, **common)
            items.append(Item(name, cond, [(member_denial(f, ds), t)]))
        elif kind == "quote":
            f["qdate"] = f["notice"] + dt.timedelta(days=r.randint(2, 6))
            t = truth("other", None, case_numbers=[f["ref"]], denial_date=f["qdate"].isoformat(), provider=SUP[0],
                      alternates={"case_numbers": [[]], "provider": [DERM]},
                      unscored=["insurer", "claim_amount", "service_dates"], **common)
            items.append(Item(name, cond, [(quote(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=dlv,
                       denial_date=nd, appeal_deadline=dl180, provider=DERM,
                       alternates={"provider": [f"Dr. {DERM}", DERM_PRACTICE]}, **common)
            t2 = truth("other", None, case_numbers=[f["ref"]], service_dates=dlv, denial_date=f["ldate"].isoformat(),
                       provider=DERM, alternates={"provider": [f"Dr. {DERM}", DERM_PRACTICE]},
                       unscored=["insurer"], **common)
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (derm_letter(f, ds), t2)],
                              separators=["cover", "blank"]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["ref"]], service_dates=dlv,
                      denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], provider=DERM,
                      alternates=alt_d, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "eob":
            dos = f["notice"] - dt.timedelta(days=r.randint(12, 25))
            claim = "E" + dg(r, 10)
            f["claims"] = [("E" + dg(r, 10), "Ostrander Bay Dermatology", dos - dt.timedelta(days=30), "Office visit 99214",
                            212.00, 141.30, 35.00, "OK"),
                           ("E" + dg(r, 10), "Ostrander Bay Dermatology", dos - dt.timedelta(days=21), "UVB session 96910",
                            164.00, 96.20, 20.00, "OK"),
                           (claim, SUP[0], dos, "E0693 home UVB unit", f["price"], 0.0, 0.0, "M31")]
            t = truth("eob", "medical_necessity", case_numbers=[claim], claim_amount=m2(f["price"]),
                      service_dates=[dos.isoformat()], denial_date=nd, appeal_deadline=dl180, provider=SUP[0],
                      group_number=f["grp"], **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "upheld":
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(14, 24))
            f["apl"] = "APL-" + dg(r, 7)
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["ref"]], service_dates=dlv,
                      denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      provider=DERM, alternates={"provider": [f"Dr. {DERM}"]}, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            f["auth"] = "PHA-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["auth"], f["ref"]], service_dates=dlv, denial_date=nd,
                      provider=DERM, alternates={"provider": [f"Dr. {DERM}", SUP[0]], "case_numbers": [[f["auth"]]]},
                      **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items
