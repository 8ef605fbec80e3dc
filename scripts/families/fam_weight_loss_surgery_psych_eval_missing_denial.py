"""Family 'weight_loss_surgery_psych_eval_missing_denial': an invented commercial plan refuses pre-authorization
for bariatric surgery (sleeve gastrectomy / gastric bypass) because the file lacks the pre-operative
psychological evaluation and the 6-month supervised diet record its medical policy asks for.

Documents: the plan's pre-service denial (born digital, boxes and a table); the surgeon's letter to the patient
(denies nothing); a fax stack of a peer-to-peer summary keeping the denial and the plan's request for records;
a denial in prose only (photocopy); an approval once the evaluation arrived (phone photo); a Spanish denial
turned sideways; a member EOB with three claims, the hospital's surgery claim refused for no approved
authorization (low resolution). Everything invented. Decoys: DOB, NPI, received dates, P2P call date, policy
and form numbers, 72-hour and external-review limits, other claims, account numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "weight_loss_surgery_psych_eval_missing_denial"
LANG = "en"
SEED = 339500

PLAN = {"org": "Cindergate Health Plan", "addr": "PO Box 7731, Brantwood, NA 60233", "phone": "1-855-304-7719",
        "fax": "1-855-304-7790", "um": "Cindergate Utilization Management"}
SURGEON = ("Ottilie M. Varga, MD", "Ottilie M. Varga", "Lakeshore Bariatric & Metabolic Institute")
HOSPITAL = "Brantwood Lakeshore Hospital"
PEOPLE = ["Harriet C. Oyelaran", "Colin D. Fairchild", "Wendell P. Szabo", "Naomi R. Kessler",
          "Leticia A. Trevino", "Xiomara B. Montalvo", "Jasper L. Underhill"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds, lang="en"):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds, lang)


def base(r):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 150))
    return dict(notice=notice, surg=notice + dt.timedelta(days=r.randint(20, 45)),
                recv=notice - dt.timedelta(days=r.randint(6, 12)), req="UM" + dg(r, 8),
                mid="CGH" + dg(r, 9), group="G-" + dg(r, 5), plan="CG-PPO-" + r.choice(["2500", "1500", "3000"]),
                dob=dt.date(r.randint(1966, 1999), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                acct="LBM-" + dg(r, 6))


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(("Gestión de Utilización" if es else "Utilization Management") + "  |  " + PLAN["addr"], 8.5)
    p.line(f"Phone {PLAN['phone']}   Fax {PLAN['fax']}   TTY 711", 8.5)
    p.ln(5)


def denial_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CGH-UM-ADV 07/2025")
    p.add_page()
    letterhead(p)
    p.pairs([("Date", fd(f["notice"], ds)), ("Request #", f["req"])], 28, 9.5)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nBrantwood, NA 60231", 10)
    p.heading("Notice of Pre-Service Denial", 13, rule=True)
    p.boxed_pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
                   ("Plan ID", f["plan"]), ("Date of birth", fd(f["dob"], "slash")),
                   ("Requesting surgeon", f"{SURGEON[0]} (NPI {f['npi']})"),
                   ("Request received", fd(f["recv"], ds))], 50, 9)
    p.table(["Service requested", "CPT", "Planned date", "Setting", "Decision"],
            [["Laparoscopic sleeve gastrectomy", "43775", fd(f["surg"], ds), "Inpatient, " + HOSPITAL[:18], "Not approved"]],
            [58, 16, 32, 48, 26], size=8.5)
    p.heading("Why we made this decision", 11)
    p.para("Our Bariatric Surgery medical policy (MP-SURG-114) lists the criteria for weight-loss surgery. A "
           "reviewing physician found that two criteria are not met in the records we received:", 9.5)
    p.bullets(["A pre-operative psychological evaluation by a licensed mental health professional was not included.",
               "Documentation of a 6-month physician-supervised diet program, with monthly weights, was not included."])
    p.para("Because these criteria are not met, the surgery is not medically necessary under the policy at this "
           "time. Your surgeon may send the missing records with a new request.", 9.5)
    p.heading("Your right to appeal", 11)
    p.para(f"You or your surgeon may appeal within 180 days of the date of this letter. Write to Appeals, "
           f"{PLAN['addr']} or fax {PLAN['fax']}. If your health is in serious danger, ask for an expedited appeal; "
           "we decide those within 72 hours. After our final decision you may ask for an external review within 4 "
           "months.", 9)
    return out(p)


def surgeon_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(SURGEON[2], 14, "B")
    p.line("Suite 410, 2200 Shoreline Parkway, Brantwood, NA 60230  -  Tel 1-866-410-2286", 8.5)
    p.ln(6)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nBrantwood, NA 60231", 10)
    p.pairs([("Patient account", f["acct"]), ("Insurance", f"{PLAN['org']}, ID {f['mid']}")], 34, 9.5)
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]},", 10)
    p.para("Thank you for choosing our program. Before we can ask your insurance plan to approve your surgery, "
           "two items must be in your chart:", 10)
    p.bullets(["a psychological evaluation with one of the psychologists on the enclosed list, and",
               "your completed 6-month diet and weight log signed by your primary care doctor."])
    p.para("Please call us once both are done so we can set your surgery date. This letter is not a bill.", 10)
    p.para(f"Warm regards,\n\n{SURGEON[0]}\nBariatric Surgery", 10)
    return out(p)


def fax_p2p(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CGH-P2P-03")
    p.add_page()
    letterhead(p)
    p.line("PEER-TO-PEER REVIEW SUMMARY", 12.5, "B")
    p.pairs([("Date of this notice", fd(f["notice"], ds)), ("Case number", f["req"]), ("Member", f["member"]),
             ("Member ID", f["mid"]), ("Attending", SURGEON[0]), ("NPI", f["npi"]),
             ("Service", "Roux-en-Y gastric bypass (43644)"), ("Proposed surgery date", fd(f["surg"], ds)),
             ("P2P call held", fd(f["call"], ds))], 44, 9.5)
    p.ln(2)
    p.para(f"On the call, {SURGEON[1]} confirmed that the psychological evaluation has been scheduled but not yet "
           "done, and that the diet record covers only three months. Our medical director explained that policy "
           "MP-SURG-114 requires both before surgery. Outcome: the original denial stands (criteria not met).", 9.5)
    p.para(f"An appeal may be filed by {fd(f['dl'], ds)} (180 days from the original denial). Expedited appeals: "
           "72 hours.", 9.5)
    return out(p)


def records_req(f, ds):
    p = Page(footer=None, footer_left="CGH-RFI-1")
    p.add_page()
    letterhead(p)
    p.line(fd(f["rfi"], ds), 10)
    p.ln(2)
    p.para(f"{SURGEON[2]}\nAttn: {SURGEON[0]}\nSuite 410, 2200 Shoreline Parkway, Brantwood, NA 60230", 10)
    p.line("Request for additional clinical information", 11, "B")
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Case number", f["req"])], 30, 9.5)
    p.ln(2)
    p.para("To review a new request for bariatric surgery please send: (1) the psychological evaluation report, "
           "(2) six consecutive monthly diet-program notes with weights. Send within 14 days by fax. This letter "
           "is not a decision.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['member']}\n{f['street']}\nBrantwood, NA 60231", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"We have finished reviewing the request from {SURGEON[1]} of {SURGEON[2]} to perform a Roux-en-Y gastric "
           f"bypass for you on {fd(f['surg'], ds)}. The request was given number {f['req']} and is tied to your "
           f"membership number {f['mid']}.", 10)
    p.para("We cannot approve the surgery. Our policy asks for a psychological evaluation before weight-loss surgery "
           "and for six months of a medically supervised diet, and we did not receive either one, so the surgery "
           "does not meet our medical necessity criteria at this time.", 10)
    p.para("If you disagree, you can appeal within 180 days of the date of this letter by writing to us at the "
           f"address above or calling {PLAN['phone']}. An urgent appeal is decided within 72 hours.", 10)
    p.para("Sincerely,\nMedical Management Department", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.heading("Your surgery has been approved", 13)
    p.pairs([("Member", f["member"]), ("ID number", f["mid"]), ("Group", f["group"]),
             ("Authorization", f["req"]), ("Surgeon", SURGEON[0]), ("Facility", HOSPITAL),
             ("Approved procedure", "Laparoscopic sleeve gastrectomy (43775)"),
             ("Scheduled surgery date", fd(f["surg"], ds)), ("Approved inpatient days", "2")], 46, 9.5)
    p.ln(2)
    p.para("We received the psychological evaluation and the diet program records and the request now meets our "
           "policy. This approval is valid for 90 days. Benefits depend on your eligibility on the date of surgery.",
           10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="CGH-UM-ADV-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(f"Fecha: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    p.para(f"{f['member']}\n{f['street']}\nBrantwood, NA 60231", 10)
    p.heading("AVISO DE DENEGACIÓN DE AUTORIZACIÓN PREVIA", 12.5, rule=True)
    p.pairs([("Afiliado", f["member"]), ("Núm. de afiliado", f["mid"]), ("Núm. de grupo", f["group"]),
             ("Núm. de solicitud", f["req"]), ("Cirujano", SURGEON[0]),
             ("Fecha de la cirugía", fd(f["surg"], "es")), ("Fecha de nacimiento", f["dob"].strftime("%d/%m/%Y"))],
            46, 9.5)
    p.ln(2)
    p.para("Negamos la solicitud de gastrectomía en manga por laparoscopia. Nuestra política médica MP-SURG-114 "
           "exige una evaluación psicológica antes de la cirugía y un registro de dieta supervisada de 6 meses. "
           "No recibimos ninguno de los dos, por lo que la cirugía no es médicamente necesaria en este momento.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Si su salud corre peligro, pida "
           "una apelación acelerada (72 horas).", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="{n}/{nb}", footer_left="CGH-EOB")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 11, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"])], 30, 9)
    p.ln(2)
    rows = []
    for cl, prov, d, desc, ch, paid, note in f["claims"]:
        rows.append([cl, prov, fd(d, ds), desc, money(ch, "nosign"), money(paid, "nosign"), note])
    p.table(["Claim #", "Provider", "Service date", "Service", "Billed", "Plan paid", "Note"], rows,
            [24, 47, 22, 38, 20, 17, 12], size=7.5)
    p.para("PA4 - Surgery was performed without an approved prior authorization. The plan denied the facility "
           "claim; request UM review or appeal within 180 days of the statement date. Claims processed 03/01 to "
           "03/31.", 8)
    p.para("Notes: a dash in the Note column means paid per contract.", 8)
    return out(p)


ITEMS = [
    ("bd_preservice_denial_boxes", "born_digital", "bd", "long"),
    ("scan300_surgeon_letter_to_patient", "scan_clean_300", "surgeon", "long"),
    ("faxfine_stack_p2p_summary_records_request", "fax_fine_g4", "stack", "slash"),
    ("copy_denial_prose_only", "photocopy", "prose", "abbr"),
    ("photo_approval_after_psych_eval", "phone_photo", "approval", "dmy"),
    ("rotated_denegacion_es", "rotated", "es", "es"),
    ("lowres_eob_three_claims_facility_denied", "scan_lowres_150", "eob", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Tamarack Row"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        prov_alt = {"provider": [SURGEON[2]]}
        if kind == "bd":
            t = truth("denial_letter", "medical_necessity", insurer=PLAN["org"], plan_id=f["plan"],
                      group_number=f["group"], member_id=f["mid"], member_name=f["member"], case_numbers=[f["req"]],
                      service_dates=[f["surg"].isoformat()], denial_date=nd, provider=SURGEON[1],
                      appeal_deadline=dl, alternates=prov_alt, denial_alternates=["prior_authorization"])
            items.append(Item(name, cond, [(denial_bd(f, ds), t)]))
        elif kind == "surgeon":
            t = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      denial_date=nd, provider=SURGEON[1], alternates=prov_alt, unscored=["insurer"])
            items.append(Item(name, cond, [(surgeon_letter(f, ds), t)]))
        elif kind == "stack":
            f["call"] = f["notice"] - dt.timedelta(days=2)
            orig = f["notice"] - dt.timedelta(days=r.randint(9, 16))
            f["dl"] = orig + dt.timedelta(days=180)
            f["rfi"] = f["notice"] + dt.timedelta(days=3)
            t1 = truth("denial_letter", "medical_necessity", insurer=PLAN["org"], member_id=f["mid"],
                       member_name=f["member"], case_numbers=[f["req"]], service_dates=[f["surg"].isoformat()],
                       denial_date=nd, provider=SURGEON[1], appeal_deadline=f["dl"].isoformat(),
                       alternates=prov_alt)
            t2 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       case_numbers=[f["req"]], denial_date=f["rfi"].isoformat(), provider=SURGEON[1],
                       alternates=prov_alt)
            items.append(Item(name, cond, [(fax_p2p(f, ds), t1), (records_req(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", insurer=PLAN["org"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["req"]], service_dates=[f["surg"].isoformat()],
                      denial_date=nd, provider=SURGEON[1], appeal_deadline=dl, alternates=prov_alt)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "approval":
            t = truth("other", None, insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["req"]], service_dates=[f["surg"].isoformat()],
                      denial_date=nd, provider=SURGEON[1], alternates={"provider": [SURGEON[2]],
                                                                       "service_dates": [[]]})
            items.append(Item(name, cond, [(approval(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "medical_necessity", lang="es", insurer=PLAN["org"], group_number=f["group"],
                      member_id=f["mid"], member_name=f["member"], case_numbers=[f["req"]],
                      service_dates=[f["surg"].isoformat()], denial_date=nd, provider=SURGEON[1],
                      appeal_deadline=dl)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        else:
            r2 = random.Random(SEED + 60)
            sd = f["notice"] - dt.timedelta(days=r.randint(20, 35))
            fac = 28000 + r.randint(0, 9000) + 0.75
            f["claims"] = [("C" + dg(r2, 10), "Lakeshore Bariatric Inst.", sd - dt.timedelta(days=14),
                            "Pre-op office visit", 240.00, 168.00, "--"),
                           ("C" + dg(r2, 10), "Northway Nutrition LLC", sd - dt.timedelta(days=9),
                            "Dietitian visit", 135.00, 94.50, "--"),
                           (f["claim"] if "claim" in f else "C" + dg(r, 10), HOSPITAL, sd,
                            "Inpatient surgery (facility)", fac, 0.00, "PA4")]
            cl = f["claims"][2][0]
            t = truth("eob", "prior_authorization", insurer=PLAN["org"], group_number=f["group"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[cl], claim_amount=m2(fac),
                      service_dates=[sd.isoformat()], denial_date=nd, provider=HOSPITAL,
                      appeal_deadline=dl)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
    return items
