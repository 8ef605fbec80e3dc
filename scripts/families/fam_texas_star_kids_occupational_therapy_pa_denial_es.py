"""Family 'texas_star_kids_occupational_therapy_pa_denial_es': an invented Texas STAR Kids (Medicaid managed care)
health plan approves only part of a prior authorization request for a child's outpatient occupational therapy
(asked 24 visits over 26 weeks, approved 12), in the shape of a state Medicaid managed care "Notice of Adverse
Benefit Determination" (appeal to the plan within 60 days of the date of the letter, State Fair Hearing after the
plan appeal within 120 days, continuation of benefits within 10 days, 72-hour expedited appeal, External Medical
Review), in Spanish and English.

Documents: the Spanish notice (born digital, label column and a decision table); the English notice (scan);
the therapy clinic's letter to the parent (photocopy, denies nothing); a standard-fax stack (typed cover, the
clinic's appeal request, the plan's appeal acknowledgement; both deny nothing); the partial denial told in
sentences (phone photo); the approval after appeal (sideways, denies nothing); the plan's remittance to the
clinic with several therapy visit claims, one refused for visits past the authorization (low resolution).
Everything invented. Decoys: DOB, NPI, TPI, request-received date, Medicaid ID vs plan member ID, 10/72-hour/
120-day limits, form numbers, other claims, check numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, m2, money, out

FAMILY = "texas_star_kids_occupational_therapy_pa_denial_es"
LANG = "es"
SEED = 344700

PLAN = {"org": "Caprock Kids Health Plan", "addr": "PO Box 40917, Lubbock, TX 79490",
        "phone": "1-877-561-4032", "fax": "1-877-561-4099", "es": "Plan de Salud Caprock Kids"}
CLINIC = ("Pecan Hollow Pediatric Therapy", "2217 Mesquite Bend Rd, Suite B, Lubbock, TX 79416", "1-806-555-0184")
OT = ("Marisela T. Ochoa, OTR/L", "Marisela T. Ochoa")
CHILDREN = ["Itzel R. Zamora", "Joaquín A. Benítez", "Milagros E. Carrasco", "Efraín L. Villalobos",
            "Luz M. Irizarry", "Arturo S. Peña", "Héctor D. Montalvo"]
PARENTS = ["Guadalupe Zamora", "Ramón Benítez", "Xiomara Carrasco", "Beatriz Villalobos", "Leticia Irizarry",
           "Mateo Peña", "Sunita Montalvo"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    if s == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(),
            "nopad": f"{d.month}/{d.day}/{d.year}", "abbr": d.strftime("%b %-d, %Y")}[s]


def base(r):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 120))
    start = notice + dt.timedelta(days=r.randint(5, 12))
    return dict(notice=notice, start=start, end=start + dt.timedelta(days=181),
                recv=notice - dt.timedelta(days=r.randint(3, 9)), req="PA-" + dg(r, 9),
                mid="CKH" + dg(r, 8), medicaid=dg(r, 9), group="STK-" + dg(r, 4), plan="STAR Kids SA-" + dg(r, 2),
                dob=dt.date(r.randint(2014, 2021), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                tpi=dg(r, 9) + "01", acct="PH" + dg(r, 6))


def letterhead(p, es=False):
    p.line(PLAN["org"], 15, "B")
    p.line(("Un plan STAR Kids de Medicaid de Texas" if es else "A Texas Medicaid STAR Kids health plan") +
           "  -  " + PLAN["addr"], 8.5)
    p.line(f"{'Servicios para Miembros' if es else 'Member Services'} {PLAN['phone']}  (TTY 7-1-1)   Fax {PLAN['fax']}",
           8.5)
    p.ln(5)


def notice_es(f):
    p = Page(footer="Página {n} de {nb}", footer_left="CKHP-NABD-SP Rev. 09/2025")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    p.para(f"Padre/madre o tutor de {f['member']}\n{f['parent']}\n{f['street']}\nLubbock, TX 79412", 10)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, rule=True)
    p.pairs([("Nombre del miembro", f["member"]), ("Núm. de miembro", f["mid"]),
             ("Núm. de Medicaid", f["medicaid"]), ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y")),
             ("Núm. de autorización", f["req"]), ("Proveedor que lo pidió", f"{CLINIC[0]} (NPI {f['npi']})"),
             ("Terapeuta", OT[0]), ("Solicitud recibida", fd(f["recv"], "es"))], 48, 9.5)
    p.ln(2)
    p.para("Revisamos la solicitud de terapia ocupacional ambulatoria (CPT 97530, 97535) para su hijo(a). "
           "Aprobamos una parte y negamos otra parte:", 9.5)
    p.table(["Servicio", "Fechas pedidas", "Visitas pedidas", "Visitas aprobadas", "Decisión"],
            [["Terapia ocupacional", f"{fd(f['start'], 'es')} al {fd(f['end'], 'es')}", "24", "12",
              "Aprobado en parte"]], [38, 70, 22, 22, 22], size=8)
    p.heading("¿Por qué?", 10.5)
    p.para("Las notas de evaluación muestran avances en las metas de motricidad fina. Según las guías de terapia "
           "de Medicaid de Texas, una frecuencia de una visita cada dos semanas es médicamente necesaria para "
           "continuar el plan de tratamiento. Las 12 visitas restantes no son médicamente necesarias.", 9.5)
    p.heading("Su derecho a apelar", 10.5)
    p.para("Usted puede pedir una apelación al plan dentro de los 60 días a partir de la fecha de esta carta. "
           "Para seguir recibiendo los servicios mientras se decide la apelación, pídala dentro de 10 días. Si "
           "espera podría poner en peligro la salud de su hijo(a), pida una apelación acelerada (72 horas). "
           "Después de la apelación al plan, puede pedir una Audiencia Imparcial del Estado y una Revisión Médica "
           "Externa dentro de 120 días de la carta de decisión de la apelación.", 9)
    p.para(f"Llame a Servicios para Miembros al {PLAN['phone']} o escriba a Appeals, {PLAN['addr']}.", 9)
    return out(p)


def notice_en(f):
    p = Page(footer="Page {n} of {nb}", footer_left="CKHP-NABD-EN Rev. 09/2025")
    p.add_page()
    letterhead(p)
    p.boxed_pairs([("Date of notice", fd(f["notice"], "slash")), ("Member", f["member"]),
                   ("Plan member number", f["mid"]), ("Medicaid ID", f["medicaid"]),
                   ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
                   ("Authorization request", f["req"]), ("Requested by", f"{OT[0]}, {CLINIC[0]}"),
                   ("Provider TPI / NPI", f"{f['tpi']} / {f['npi']}")], 50, 9)
    p.heading("Notice of Adverse Benefit Determination", 13)
    p.para(f"{PLAN['org']} has decided to approve 12 of the 24 outpatient occupational therapy visits requested "
           f"for {fd(f['start'], 'slash')} - {fd(f['end'], 'slash')}. The 12 visits we did not approve are not "
           "medically necessary: the progress notes show that a frequency of one visit every two weeks meets "
           "the child's current treatment plan under the Texas Medicaid therapy guidelines.", 9.5)
    p.heading("If you do not agree", 11)
    p.bullets(["Ask us for an appeal within 60 days from the date of this letter.",
               "To keep getting services during the appeal, ask within 10 days of this letter.",
               "Expedited appeal: we answer within 72 hours.",
               "After our appeal decision you may ask for a State Fair Hearing and an External Medical Review "
               "within 120 days of the appeal decision letter."], 9)
    p.para(f"Call Member Services at {PLAN['phone']} (TTY 7-1-1). Form CKHP-APL-1 is enclosed.", 9)
    return out(p)


def clinic_letter(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC[0], 14, "B")
    p.line(f"{CLINIC[1]}  |  {CLINIC[2]}", 8.5)
    p.ln(6)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    p.para(f"{f['parent']}\n{f['street']}\nLubbock, TX 79412", 10)
    p.pairs([("Re", f["member"]), ("Our account", f["acct"]), ("Health plan", f"{PLAN['org']}, member {f['mid']}")],
            30, 9.5)
    p.ln(2)
    p.para(f"Dear {f['parent'].split()[0]},", 10)
    p.para(f"Your child's therapist, {OT[1]}, asked {PLAN['org']} to approve occupational therapy twice a "
           "month for the next six months. The plan's letter says some visits were approved and some were not. "
           "We will keep the approved appointments on the calendar. We are sending an appeal for the rest and "
           "will call you when we hear back. You do not owe us anything for this.", 10)
    p.para(f"Warmly,\n\n{OT[0]}\nClinic Director", 10)
    return out(p)


def appeal_request(f):
    p = Page(footer=None)
    p.add_page()
    p.line(CLINIC[0], 13, "B")
    p.line(CLINIC[1], 8.5)
    p.ln(4)
    p.line("REQUEST FOR APPEAL - PROVIDER ON BEHALF OF MEMBER", 11.5, "B")
    p.pairs([("Date", fd(f["appeal"], "upper")), ("To", f"{PLAN['org']} Appeals, fax {PLAN['fax']}"),
             ("Member", f["member"]), ("Member ID", f["mid"]), ("Authorization no.", f["req"]),
             ("Therapist", OT[0]), ("NPI", f["npi"])], 36, 9.5)
    p.ln(2)
    p.para("We ask the plan to review the 12 occupational therapy visits that were not approved. The enclosed "
           "standardized scores (BOT-2) show the child is still below age level in fine motor and self-care "
           "skills, and the home program alone has not kept progress. The parent has signed the enclosed "
           "consent for us to appeal.", 9.5)
    p.para(f"Signed: {OT[0]}", 9.5)
    return out(p)


def acknowledgement(f):
    p = Page(footer=None, footer_left="CKHP-ACK-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["ack"], "upper"), 10)
    p.ln(2)
    p.line("We received your appeal", 12, "B")
    p.pairs([("Member", f["member"]), ("Member #", f["mid"]), ("Appeal #", f["apl"]),
             ("Original request #", f["req"]), ("Received", fd(f["appeal"], "upper"))], 36, 9.5)
    p.ln(2)
    p.para("We will send our decision within 30 days of the date we received the appeal. This letter is not a "
           "decision. You may send more information at any time before we decide.", 9.5)
    return out(p)


def prose(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    p.para(f"{f['parent']}\n{f['street']}\nLubbock, TX 79412", 10)
    p.para(f"Dear Parent or Guardian of {f['member']}:", 10)
    p.para(f"On {fd(f['recv'], 'long')} we received a request from {OT[1]} at {CLINIC[0]} for 24 visits of "
           f"occupational therapy for your child from {fd(f['start'], 'long')} through {fd(f['end'], 'long')}. "
           f"We gave the request number {f['req']}, and your child's member number with us is {f['mid']}.", 10)
    p.para("We approved 12 visits and denied the other 12 visits. Our therapy reviewer found that, based on the "
           "progress notes, visits every other week are enough for the current goals, so the extra visits are "
           "not medically necessary.", 10)
    p.para("You can ask us for an appeal within 60 days from the date of this letter. If you want services to "
           "continue while we review it, you must ask within 10 days. Ask for a fast appeal if waiting could "
           "harm your child; we answer fast appeals within 72 hours. After the appeal you can ask for a State "
           f"Fair Hearing. Call us at {PLAN['phone']}.", 10)
    p.para("Sincerely,\nUtilization Management, " + PLAN["org"], 10)
    return out(p)


def approval(f):
    p = Page(footer="Page {n} of {nb}", footer_left="CKHP-APL-RES")
    p.add_page()
    letterhead(p)
    p.heading("Notice of Appeal Resolution - Approved", 13, rule=True)
    p.pairs([("Letter date", fd(f["notice"], "iso")), ("Member", f["member"]), ("Member number", f["mid"]),
             ("Appeal number", f["apl"]), ("Authorization", f["req"]), ("Provider", f"{CLINIC[0]} - {OT[0]}"),
             ("Date of birth", fd(f["dob"], "iso")),
             ("Visits period", f"{fd(f['start'], 'iso')} to {fd(f['end'], 'iso')}")], 42, 9.5)
    p.ln(2)
    p.para("Good news. We reviewed your appeal and reversed our earlier decision. All 24 occupational therapy "
           "visits are now approved. The standardized test scores sent with the appeal show that therapy "
           "every other week is not enough for the goals in the plan of care. You do not need to do anything else.",
           9.5)
    p.para(f"Questions? Call Member Services at {PLAN['phone']} (TTY 7-1-1).", 9.5)
    return out(p)


def remittance(f):
    p = Page(footer="{n}/{nb}", footer_left="CKHP-RA")
    p.add_page()
    p.line(PLAN["org"], 14, "B")
    p.line("PROVIDER REMITTANCE AND STATUS REPORT", 11, "B")
    p.pairs([("Report date", fd(f["notice"], "dmy")), ("Payee", CLINIC[0]), ("TPI", f["tpi"]),
             ("Check / EFT", "EFT" + f["eft"]), ("Processing period", f["period"])], 34, 9)
    p.ln(2)
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Medicaid ID", f["medicaid"]),
             ("Auth #", f["req"])], 34, 9)
    p.ln(1)
    rows = [[cl, fd(d, "dmy"), code, money(ch, "nosign"), money(pd, "nosign"), st] for cl, d, code, ch, pd, st in
            f["claims"]]
    p.table(["ICN", "Date of service", "Procedure", "Billed", "Paid", "Status"], rows, [36, 28, 38, 24, 22, 26],
            size=8)
    p.para("EOB 00192: Visit exceeds the number of visits authorized for this period. A new or updated prior "
           "authorization is required. Provider may request reconsideration within 120 days of this report.", 8)
    return out(p)


ITEMS = [("bd_aviso_determinacion_adversa_es", "born_digital", "es"),
         ("scan300_notice_adverse_benefit_en", "scan_clean_300", "en"),
         ("copy_clinic_letter_to_parent", "photocopy", "clinic"),
         ("faxstd_stack_appeal_request_acknowledgement", "fax_standard_g4", "stack"),
         ("photo_partial_denial_prose", "phone_photo", "prose"),
         ("rotated_appeal_resolution_approved", "rotated", "approval"),
         ("lowres_remittance_visit_over_auth", "scan_lowres_150", "ra")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"], f["parent"] = CHILDREN[i], PARENTS[i]
        f["street"] = f"{r.randint(100, 9800)} Yucca Flats Dr"
        name = f"{FAMILY}_{suffix}"
        nd, span = f["notice"].isoformat(), f"{f['start'].isoformat()}/{f['end'].isoformat()}"
        dl = (f["notice"] + dt.timedelta(days=60)).isoformat()
        alt = {"provider": [OT[1], OT[0]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=CLINIC[0])
        if kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", case_numbers=[f["req"]], service_dates=[span],
                      denial_date=nd, appeal_deadline=dl, alternates=alt, **common)
            items.append(Item(name, cond, [(notice_es(f), t)]))
        elif kind == "en":
            t = truth("denial_letter", "medical_necessity", plan_id=f["plan"], case_numbers=[f["req"]],
                      service_dates=[span], denial_date=nd, appeal_deadline=dl, alternates=alt, **common)
            items.append(Item(name, cond, [(notice_en(f), t)]))
        elif kind == "clinic":
            t = truth("other", None, denial_date=nd, unscored=["insurer"], alternates=alt, **common)
            items.append(Item(name, cond, [(clinic_letter(f), t)]))
        elif kind == "stack":
            f["appeal"] = f["notice"] + dt.timedelta(days=r.randint(8, 20))
            f["ack"] = f["appeal"] + dt.timedelta(days=3)
            f["apl"] = "APL-" + dg(r, 7)
            t1 = truth("other", None, case_numbers=[f["req"]], denial_date=f["appeal"].isoformat(),
                       unscored=["insurer"], alternates=alt, **common)
            t2 = truth("other", None, case_numbers=[f["apl"], f["req"]], denial_date=f["ack"].isoformat(),
                       **{**common, "provider": None})
            items.append(Item(name, cond, [(appeal_request(f), t1), (acknowledgement(f), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["req"]], service_dates=[span],
                      denial_date=nd, appeal_deadline=dl, alternates=alt, **common)
            items.append(Item(name, cond, [(prose(f), t)]))
        elif kind == "approval":
            f["apl"] = "APL-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["apl"], f["req"]], service_dates=[span], denial_date=nd,
                      alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(approval(f), t)]))
        else:
            f["eft"] = dg(r, 8)
            p0 = f["notice"] - dt.timedelta(days=14)
            f["period"] = f"{fd(p0, 'dmy')} - {fd(f['notice'] - dt.timedelta(days=1), 'dmy')}"
            d0 = f["notice"] - dt.timedelta(days=r.randint(20, 30))
            den = ("6" + dg(r, 12), d0 + dt.timedelta(days=14), "97530 x4 units", 312.00, 0.0, "DENIED 00192")
            f["claims"] = [("6" + dg(r, 12), d0, "97530 x4 units", 312.00, 214.40, "PAID"),
                           ("6" + dg(r, 12), d0 + dt.timedelta(days=7), "97535 x3 units", 228.00, 156.90, "PAID"),
                           den]
            t = truth("eob", "prior_authorization", case_numbers=[den[0]], claim_amount=m2(den[3]),
                      service_dates=[den[1].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=120)).isoformat(),
                      alternates={**alt, "appeal_deadline": [None]}, **common)
            items.append(Item(name, cond, [(remittance(f), t)]))
    return items
