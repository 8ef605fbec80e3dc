"""Family 'inguinal_hernia_repair_inpatient_stay_outpatient_setting_denial': an invented health plan refuses the
overnight inpatient stay after an inguinal hernia repair because the surgery and recovery could safely have
been given as an outpatient (ambulatory surgery, with observation if needed). The surgery itself is covered.

Documents: the plan's adverse determination to the member (born digital, label column + service table); the
hospital's patient statement (denies nothing); a fax stack of the plan's concurrent-review notice to the
hospital and its appeal acknowledgement; a denial in sentences only (photocopy); a member EOB with three claims,
only the hospital's inpatient claim refused (phone photo); the overturned appeal decision (sideways); a Spanish
notice (low resolution). Everything invented. Decoys: DOB, NPI, request-received dates, processing periods,
patient account numbers, other claims, guideline and form numbers, 72-hour, peer-to-peer and external-review
limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "inguinal_hernia_repair_inpatient_stay_outpatient_setting_denial"
LANG = "en"
SEED = 340700

PLAN = {"org": "Kestrel Bay Health Alliance", "addr": "PO Box 48210, Marrowgate, NA 70418",
        "phone": "1-877-502-6614", "fax": "1-877-502-6690", "web": "kestrelbayhealth.example"}
HOSP = ("St. Aldric Valley Hospital", "1450 Cloister Road, Marrowgate, NA 70411")
SURGEONS = [("Ambrose L. Featherly", "MD"), ("Priya N. Castellanos", "MD"), ("Gunnar E. Hallstrom", "DO")]
PEOPLE = ["Desmond K. Lomax", "Harriet V. Pemberton", "Rufus A. Tanaka", "Brianna J. Holloway",
          "Wendell S. Greer", "Odette M. Fairchild", "Efraín R. Montalvo"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    if ds == "dlong":
        return d.strftime("%-d %B %Y")
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 140))
    admit = notice - dt.timedelta(days=r.randint(4, 16))
    surg = SURGEONS[i % len(SURGEONS)]
    return dict(notice=notice, admit=admit, dis=admit + dt.timedelta(days=1),
                recv=admit + dt.timedelta(days=1), ref="UR" + dg(r, 9), claim="26" + dg(r, 11),
                mid="KBA" + dg(r, 8), group=dg(r, 6), plan="KBHA-EPO-" + r.choice(["1500", "2000", "3500"]),
                dob=dt.date(r.randint(1955, 1992), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                fnpi="1" + dg(r, 9), acct="SAV" + dg(r, 8), surgeon=surg[0], cred=surg[1],
                street=f"{r.randint(100, 9800)} {r.choice(['Wrenfield Ct', 'Osier Lane', 'Gullbank Rd'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 17, "B")
    p.line(("Administración de Utilización" if es else "Utilization Management Department") + "  \u2022  "
           + PLAN["addr"], 8.5)
    p.line(f"{PLAN['phone']}  \u2022  Fax {PLAN['fax']}  \u2022  TTY 711  \u2022  {PLAN['web']}", 8.5)
    p.ln(5)


def notice_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBHA-UM-1107 (rev. 09/2025)")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    p.para(f"{f['member']}\n{f['street']}\nMarrowgate, NA 70415", 10)
    p.set_xy(125, y)
    p.pairs([("Notice date", fd(f["notice"], ds)), ("Reference", f["ref"])], 26, 9, x=125)
    p.set_y(y + 22)
    p.heading("NOTICE OF ADVERSE BENEFIT DETERMINATION \u2014 INPATIENT ADMISSION", 12, rule=True)
    p.boxed_pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
                   ("Plan", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
                   ("Attending surgeon", f"{f['surgeon']}, {f['cred']}  (NPI {f['npi']})"),
                   ("Facility", HOSP[0]), ("Review request received", fd(f["recv"], ds))], 55, 9)
    p.table(["Service", "Code", "Dates", "Our decision"],
            [["Laparoscopic inguinal hernia repair", "CPT 49650", fd(f["admit"], ds), "Covered - outpatient"],
             ["Inpatient admission, 1 day", "Rev 0120", f"{fd(f['admit'], ds)} - {fd(f['dis'], ds)}",
              "Not covered at this level"]],
            [64, 22, 50, 44], size=8.5)
    p.heading("Why we made this decision", 11)
    p.para("A physician reviewer compared the hospital records with guideline KB-SURG-0412 (Adult Hernia Repair, "
           "Setting of Care). An uncomplicated hernia repair and the recovery afterwards can safely be given in an "
           "outpatient (ambulatory surgery) setting, with a short observation period if needed. The records show "
           "stable vital signs, pain controlled with oral medicine and no complications. Admission as an "
           "inpatient was therefore not needed at this level of care. The surgery itself is covered; the hospital "
           "may bill the stay as outpatient surgery.", 9.5)
    p.heading("Your right to appeal", 11)
    p.para("You, your doctor or someone you name may appeal within 180 days of the date of this notice. Send "
           f"your appeal to Appeals Unit, {PLAN['addr']}, or fax {PLAN['fax']}. If waiting could seriously harm "
           "your health you may ask for an expedited appeal, which we decide within 72 hours. After a final "
           "decision you may ask for an independent external review within 4 months.", 9)
    return out(p)


def hospital_statement(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="SAVH-PFS-STMT")
    p.add_page()
    p.line(HOSP[0], 15, "B")
    p.line("Patient Financial Services  |  " + HOSP[1] + "  |  1-866-431-7702", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account number", f["acct"]), ("Patient", f["member"]),
             ("Guarantor", f["member"]), ("Admitted", fd(f["admit"], ds)), ("Discharged", fd(f["dis"], ds)),
             ("Attending", f"{f['surgeon']}, {f['cred']}"),
             ("Primary insurance", f"{PLAN['org']}  ID {f['mid']}"), ("Insurance claim no.", f["claim"])], 40, 9)
    p.ln(2)
    rows = [[d, money(v, "nosign")] for d, v in f["lines"]]
    rows.append(["Total charges", money(f["total"], "nosign")])
    rows.append(["Insurance payments", "0.00"])
    rows.append(["Amount due from you", money(f["total"], "plain")])
    p.table(["Description", "Amount"], rows, [120, 40], size=9, aligns=["L", "R"], bold_last=True)
    p.para(f"Your insurance company reviewed this stay and did not pay the inpatient charges, saying the care could "
           f"have been given as an outpatient. Our billing office is reviewing the claim with your plan. You do not "
           f"need to pay until we tell you the result. Questions? Call 1-866-431-7702, Monday to Friday.", 9.5)
    return out(p)


def fax_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBHA-CR-22")
    p.add_page()
    letterhead(p)
    p.line("CONCURRENT REVIEW DETERMINATION \u2014 PROVIDER NOTIFICATION", 12, "B")
    p.line(f"To: Utilization Review, {HOSP[0]}   Fax 1-866-431-7790", 9)
    p.ln(3)
    rows = [("Date of determination", fd(f["notice"], ds)), ("Case number", f["ref"]),
            ("Member name", f["member"]), ("Member ID", f["mid"]), ("Date of birth", fd(f["dob"], ds)),
            ("Requesting facility", f"{HOSP[0]} (NPI {f['fnpi']})"),
            ("Attending physician", f"{f['surgeon']}, {f['cred']}"), ("Procedure", "CPT 49505 open inguinal hernia repair"),
            ("Admission date", fd(f["admit"], ds)), ("Level requested", "Inpatient"),
            ("Level approved", "Outpatient surgery / observation"), ("Days not approved", f"1 ({fd(f['admit'], ds)})"),
            ("Request received", fd(f["recv"], ds) + " 14:22")]
    p.boxed_pairs(rows, 55, 9)
    p.para("Rationale: criteria for an inpatient admission after hernia repair are not met (no complication, no "
           "comorbidity needing inpatient monitoring). Care is appropriate at the outpatient level of care. "
           "Peer-to-peer discussion is available within 2 business days of this notice at 1-877-502-6633.", 9.5)
    p.para("Reconsideration or appeal: within 60 days of the date of this notice. Urgent appeals are decided within "
           "72 hours.", 9.5)
    return out(p)


def appeal_ack(f, ds):
    p = Page(footer=None, footer_left="KBHA-APL-ACK")
    p.add_page()
    letterhead(p)
    p.line(fd(f["ack"], ds), 10)
    p.ln(2)
    p.para(f"{HOSP[0]}\nAttn: Utilization Review\n{HOSP[1]}", 10)
    p.line("We received your appeal", 12, "B")
    p.pairs([("Appeal number", f["apl"]), ("Case number", f["ref"]), ("Patient", f["member"]),
             ("Member ID", f["mid"])], 36, 9.5)
    p.ln(2)
    p.para(f"Your appeal of the inpatient level-of-care decision arrived on {fd(f['ack'] - dt.timedelta(days=2), ds)}. "
           "A surgeon who took no part in the first decision will review it, and we will write to you within 30 "
           "days. This letter is not a decision.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['member']}\n{f['street']}\nMarrowgate, NA 70415", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"You had surgery to repair an inguinal hernia at {HOSP[0]} and stayed overnight as an inpatient from "
           f"{f['admit'].strftime('%B %-d')} through {fd(f['dis'], ds)}. Dr. {f['surgeon']} asked us to cover the stay. We "
           f"logged this review as reference {f['ref']} under your member ID {f['mid']}.", 10)
    p.para("We will pay for the surgery, but we cannot pay for the inpatient stay. Our reviewing doctor found that "
           "your recovery went as expected and that the same care could have been given safely in the hospital's "
           "outpatient surgery unit, where patients may stay for observation. Paying for an inpatient room is not "
           "covered when the outpatient setting would do.", 10)
    p.para(f"If you disagree, please write to us by {fd(f['dl'], ds)} and tell us why. Your doctor can write for "
           f"you. If your health is at risk, call {PLAN['phone']} and ask for a fast (72-hour) appeal.", 10)
    p.para("Sincerely,\n\nMedical Review Services", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KBHA-EOB-M")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("Explanation of Benefits  -  This is not a bill", 11, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Claims processed", f"{fd(f['per0'], ds)} to {fd(f['notice'], ds)}")], 36, 9)
    p.ln(3)
    for cl, prov, d0, d1, desc, ch, allowed, paid, code in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5.5, f"Claim {cl}  -  {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        p.table(["From", "To", "Service", "Billed", "Allowed", "Plan paid", "Code"],
                [[fd(d0, ds), fd(d1, ds), desc, money(ch, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                  code]],
                [24, 24, 54, 22, 20, 20, 14], size=8, border=0)
    p.heading("Remark codes", 10)
    p.para("LC3 - Inpatient admission not covered: the services could have been provided safely in an outpatient "
           "setting. The hospital may resubmit as outpatient surgery. You may appeal within 180 days of the date "
           "of this statement.\nP01 - Paid at the in-network rate.", 8.5)
    p.para("Plan-year deductible met: $1,500.00 of $1,500.00. Out-of-pocket: $2,115.40 of $6,000.00.", 8.5)
    return out(p)


def overturned(f, ds):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nMarrowgate, NA 70415", 10)
    p.heading("Appeal decision: OVERTURNED", 13)
    p.pairs([("Appeal number", f["apl"]), ("Original reference", f["ref"]), ("Member", f["member"]),
             ("Member ID", f["mid"]), ("Group", f["group"]), ("Surgeon", f"Dr. {f['surgeon']}"),
             ("Hospital", HOSP[0]), ("Inpatient stay", f"{fd(f['admit'], ds)} to {fd(f['dis'], ds)}")], 40, 9.5)
    p.ln(2)
    p.para("We first decided that your overnight stay after hernia repair should have been outpatient care. Your "
           "surgeon sent notes showing low oxygen levels after anesthesia that needed monitoring overnight. A "
           "board-certified general surgeon reviewed the appeal and agreed that inpatient care was needed. We have "
           "reversed our decision and will reprocess the hospital's claim. You do not need to do anything.", 10)
    p.para("Questions: " + PLAN["phone"] + ".", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="KBHA-UM-1107-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nMarrowgate, NA 70415", 10)
    p.heading("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12.5, rule=True)
    p.pairs([("Paciente", f["member"]), ("Núm. de miembro", f["mid"]), ("Núm. de grupo", f["group"]),
             ("Núm. de referencia", f["ref"]), ("Cirujano", f"Dr. {f['surgeon']}"), ("Hospital", HOSP[0]),
             ("Fecha de nacimiento", fd(f["dob"], "es"))], 44, 9.5)
    p.ln(2)
    p.para(f"Usted estuvo internado del {fd(f['admit'], 'es')} al {fd(f['dis'], 'es')} después de una reparación "
           "de hernia inguinal. Cubrimos la cirugía, pero no la hospitalización como paciente internado: la cirugía y "
           "la recuperación podían darse sin riesgo en un entorno ambulatorio (con observación si hacía falta). "
           "El nivel de atención de paciente internado no era necesario.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida "
           "una apelación acelerada (72 horas). Después puede pedir una revisión externa dentro de 4 meses.", 10)
    return out(p)


ITEMS = [
    ("bd_member_notice_table", "born_digital", "bd", "slash"),
    ("scan300_hospital_patient_statement", "scan_clean_300", "stmt", "long"),
    ("faxfine_stack_concurrent_review_and_ack", "fax_fine_g4", "stack", "updash"),
    ("copy_denial_sentences_only", "photocopy", "prose", "long"),
    ("photo_member_eob_three_claims", "phone_photo", "eob", "abbr"),
    ("rotated_appeal_overturned", "rotated", "over", "dlong"),
    ("lowres_aviso_nivel_de_atencion_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        stay = f"{f['admit'].isoformat()}/{f['dis'].isoformat()}"
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt = {"provider": [HOSP[0]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=f["surgeon"])
        if kind == "bd":
            t = truth("denial_letter", "level_of_care", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["ref"]], service_dates=[stay], denial_date=nd, appeal_deadline=dl,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(notice_bd(f, ds), t)]))
        elif kind == "stmt":
            f["lines"] = [("Room and board, semi-private, 1 day", 3140.00), ("Operating room services", 9870.50),
                          ("Anesthesia", 2215.00), ("Recovery room", 1480.25), ("Pharmacy", 412.80),
                          ("Medical/surgical supplies", 1306.15)]
            f["total"] = round(sum(v for _, v in f["lines"]), 2)
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[stay],
                      denial_date=nd, unscored=["insurer"], **dict(common, provider=HOSP[0]),
                      alternates={"provider": [f["surgeon"]]})
            items.append(Item(name, cond, [(hospital_statement(f, ds), t)]))
        elif kind == "stack":
            f["ack"] = f["notice"] + dt.timedelta(days=r.randint(12, 20))
            f["apl"] = "APL-" + dg(r, 7)
            t1 = truth("denial_letter", "level_of_care", case_numbers=[f["ref"]], service_dates=[f["admit"].isoformat()],
                       denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                       **dict(common, provider=HOSP[0]), alternates={"provider": [f["surgeon"]]})
            t2 = truth("other", None, case_numbers=[f["apl"], f["ref"]], denial_date=f["ack"].isoformat(),
                       insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=HOSP[0],
                       alternates={"provider": [None]})
            items.append(Item(name, cond, [(fax_notice(f, ds), t1), (appeal_ack(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            f["dl"] = f["notice"] + dt.timedelta(days=180)
            t = truth("denial_letter", "level_of_care", case_numbers=[f["ref"]], service_dates=[stay], denial_date=nd,
                      appeal_deadline=f["dl"].isoformat(), alternates=alt, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            f["per0"] = f["notice"] - dt.timedelta(days=30)
            fac = 14200 + r.randint(0, 5000) + 0.40
            f["claims"] = [
                ("26" + dg(r2, 11), f"{f['surgeon']}, {f['cred']}", f["admit"], f["admit"], "Hernia repair 49650",
                 2860.00, 1412.30, 1129.84, "P01"),
                ("26" + dg(r2, 11), "Marrowgate Anesthesia Assoc.", f["admit"], f["admit"], "Anesthesia 00830",
                 1175.00, 603.20, 482.56, "P01"),
                (f["claim"], HOSP[0], f["admit"], f["dis"], "Inpatient admission", fac, 0.00, 0.00, "LC3")]
            t = truth("eob", "level_of_care", group_number=f["group"], case_numbers=[f["claim"]], claim_amount=m2(fac),
                      service_dates=[stay], denial_date=nd, appeal_deadline=dl,
                      **dict(common, provider=HOSP[0]), alternates={"provider": [f["surgeon"]]})
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "over":
            f["apl"] = "APL-" + dg(r, 7)
            t = truth("other", None, group_number=f["group"], case_numbers=[f["apl"], f["ref"]], service_dates=[stay],
                      denial_date=nd, alternates=alt, **common)
            items.append(Item(name, cond, [(overturned(f, ds), t)]))
        else:
            t = truth("denial_letter", "level_of_care", lang="es", group_number=f["group"], case_numbers=[f["ref"]],
                      service_dates=[stay], denial_date=nd, appeal_deadline=dl, alternates=alt, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
    return items
