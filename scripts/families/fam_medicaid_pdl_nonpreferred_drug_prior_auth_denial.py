"""Family 'medicaid_pdl_nonpreferred_drug_prior_auth_denial': an invented state's Medicaid fee-for-service pharmacy
program refuses prior authorization for a non-preferred drug on its Preferred Drug List (dexlansoprazole; two
preferred proton pump inhibitors must be tried first), in the structure of public state Medicaid pharmacy notices
(notice of action with checkboxes, the reason, the rules, reconsideration and State fair hearing rights, the
72-hour emergency supply).

Documents: the Department's notice of action to the member (born digital); the pharmacy's point-of-sale notice that
the claim was rejected (scan 300, denies nothing); a fine-fax stack of a cover sheet, the prior-authorization
vendor's determination to the prescriber and the prescriber's letter asking for reconsideration; a Spanish notice
(photocopy); a three-claim pharmacy Explanation of Medicaid Benefits refusing only the non-preferred drug (phone
photo); the reconsideration decision upholding the refusal, told in sentences (sideways); the approval once the
preferred-drug trials were documented (150 dpi). Everything invented. Decoys: DOB, NPI, NDC, Rx numbers, BIN/PCN,
request-received dates, other pharmacy claims, 72-hour emergency supply, 10-day continuation, 90-day fair hearing,
form numbers and state rule citations.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "medicaid_pdl_nonpreferred_drug_prior_auth_denial"
LANG = "en"
SEED = 343600

DEPT = ("Westerland Department of Medical Assistance Services", "Medicaid Pharmacy Program",
        "PO Box 11907, Carver City, NA 60218", "1-855-555-0137")
VENDOR = ("Keystone Rx Review Services", "Pharmacy Prior Authorization Call Center for Westerland Medicaid",
          "Fax 1-855-555-0188   Phone 1-855-555-0139")
PRESCRIBER = "Celestine M. Abara, MD"
PRESCRIBER_BARE = "Celestine M. Abara"
CLINIC = ("Riverbend Family Medicine", "740 Tamarind St, Carver City, NA 60215", "(618) 555-0124")
PHARM = ("Millbrook Corner Pharmacy", "19 Millbrook Sq, Carver City, NA 60216", "(618) 555-0171")
DRUG = "Dexlansoprazole DR 60 mg capsule"
PEOPLE = ["Yolanda F. Greer", "Percy D. Lomax", "Milagros R. Irizarry", "Theo J. Rutledge", "Naomi S. Kessler",
          "Joaquín A. Figueroa", "Brianna C. Winslow", "Gideon H. Tanaka"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 120))
    start = notice - dt.timedelta(days=r.randint(2, 6))
    return dict(notice=notice, start=start, end=start + dt.timedelta(days=364),
                recv=notice - dt.timedelta(days=r.randint(1, 3)), fill=start,
                price=r.choice([398.46, 412.37, 436.90]), pa="PA" + dg(r, 9), icn=dg(r, 13),
                mid=dg(r, 10), npi="1" + dg(r, 9), rx="RX" + dg(r, 7), ndc=f"64764-0{r.randint(100, 999)}-30",
                who=PEOPLE[i], dob=dt.date(r.randint(1960, 2004), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Gristmill Ln', 'Pawpaw Ct', 'N Levee Rd'])}")


def dept_head(p, es=False):
    p.line("STATE OF WESTERLAND", 9, "B")
    p.line(DEPT[0], 13.5, "B")
    p.line(("Programa de Farmacia de Medicaid" if es else DEPT[1]) + "  |  " + DEPT[2], 8.5)
    p.line(("Línea de ayuda al miembro " if es else "Member Helpline ") + DEPT[3] + "  TTY 711", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nCarver City, NA 60217", 10)


def box(p, checked, text, size=9.5):
    p.f(size)
    p.cell(8, 5.2, "[X]" if checked else "[  ]")
    p.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")


def notice_of_action(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="DMAS-RX-NOA-2 (07/2025)")
    p.add_page()
    dept_head(p)
    p.line("Date of this notice: " + fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("NOTICE OF ACTION\nPrior Authorization Request for a Prescription Drug", 12.5, rule=True)
    p.pairs([("Member name", f["who"]), ("Medicaid ID", f["mid"]), ("Date of birth", fd(f["dob"], ds)),
             ("PA request number", f["pa"]), ("Drug requested", f"{DRUG}, #30 per 30 days (NDC {f['ndc']})"),
             ("Prescriber", f"{PRESCRIBER}   NPI {f['npi']}"), ("Request received", fd(f["recv"], ds)),
             ("Period requested", f"{fd(f['start'], ds)} to {fd(f['end'], ds)}")], 42, 9.5)
    p.ln(2)
    p.line("The Department has taken this action:", 10, "B")
    box(p, False, "Approved")
    box(p, True, "Denied")
    box(p, False, "Approved for a different amount or period")
    p.ln(1)
    p.para("**Reason:** The drug requested is NON-PREFERRED on the Westerland Medicaid Preferred Drug List (PDL), "
           "proton pump inhibitor class. A non-preferred drug is covered only with prior authorization after a "
           "trial of at least two preferred drugs (omeprazole, pantoprazole, lansoprazole capsules) for 8 weeks "
           "each, or a documented reason they cannot be used. The request did not show these trials.", 9.5)
    p.para("**Rules:** 42 CFR 431.210; 42 CFR 440.230; Westerland Admin. Code 130-12-0408 (Preferred Drug List).",
           9)
    p.para("**If you need medicine now:** the pharmacy can give a 72-hour emergency supply while a request is "
           "reviewed. Ask your prescriber about a preferred drug.", 9.5)
    p.heading("Your rights", 11)
    p.para("You or your prescriber may ask the Department to reconsider this decision within 60 days of the date of "
           "this notice. Send new medical information to the address above.", 9.5)
    p.para("You also have the right to a State fair hearing. You must ask for a hearing within 90 days of the date "
           "of this notice. If you ask within 10 days and the drug was already approved before, you may keep "
           "getting it until the hearing decision.", 9.5)
    return out(p)


def pharmacy_notice(f, ds):
    p = Page(footer=None, footer_left=f"NCPDP {dg(random.Random(f['mid']), 7)}   BIN 610211  PCN WLMCD")
    p.add_page()
    p.line(PHARM[0], 15, "B")
    p.line(PHARM[1] + "   " + PHARM[2], 8.5)
    p.ln(4)
    p.heading("MEDICAID PRESCRIPTION NOTICE - CLAIM NOT PAID", 12, rule=True)
    p.pairs([("Date", fd(f["fill"], ds)), ("Patient", f["who"]), ("Medicaid ID", f["mid"]),
             ("Rx number", f["rx"]), ("Drug", DRUG), ("Quantity / days", "30 / 30"),
             ("Prescriber", PRESCRIBER), ("Amount submitted", money(f["price"], "plain")),
             ("Reject", "75 - Prior authorization required (PDL non-preferred)")], 40, 9.5)
    p.ln(2)
    p.para(f"Westerland Medicaid did not pay for this prescription when we sent it on {fd(f['fill'], ds)}. This is "
           "not a denial of your benefits. Your prescriber can ask for prior authorization or change to a preferred "
           "drug. If you need the medicine right away, ask the pharmacist about a 72-hour emergency supply.", 9.5)
    p.para("Pharmacist: ____________________   Copy given to patient", 9)
    return out(p)


def vendor_fax(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KRX-WL-DEN 3.1")
    p.add_page()
    p.line(VENDOR[0], 14, "B")
    p.line(VENDOR[1], 9)
    p.line(VENDOR[2], 8.5)
    p.ln(4)
    p.line("PRIOR AUTHORIZATION DETERMINATION - DENIED", 12, "B")
    p.line(f"TO: {PRESCRIBER.upper()}   {CLINIC[0].upper()}   FAX {CLINIC[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("DATE", fd(f["notice"], ds)), ("PA NUMBER", f["pa"]), ("MEMBER", f["who"].upper()),
                   ("MEDICAID ID", f["mid"]), ("DOB", fd(f["dob"], ds)), ("PRESCRIBER NPI", f["npi"]),
                   ("DRUG", DRUG.upper()), ("EFFECTIVE REQUESTED", f"{fd(f['start'], ds)} THRU {fd(f['end'], ds)}"),
                   ("RECEIVED", fd(f["recv"], ds)), ("STATUS", "DENIED - PDL NON-PREFERRED")], 50, 8.5)
    p.para("CRITERIA NOT MET: TRIAL AND FAILURE OF TWO PREFERRED PPIS (8 WEEKS EACH) NOT DOCUMENTED. PREFERRED "
           "ALTERNATIVES: OMEPRAZOLE, PANTOPRAZOLE, LANSOPRAZOLE CAPSULES.", 8.5)
    p.para("THE PRESCRIBER MAY REQUEST RECONSIDERATION WITHIN 30 DAYS OF THE DATE OF THIS NOTICE BY FAX WITH CHART "
           "NOTES. THE MEMBER HAS BEEN SENT A NOTICE OF ACTION WITH STATE FAIR HEARING RIGHTS. THIS DECISION IS "
           "MADE FOR THE WESTERLAND DEPARTMENT OF MEDICAL ASSISTANCE SERVICES.", 8.5)
    return out(p)


def prescriber_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC[0], 14, "B")
    p.line(CLINIC[1] + "   " + CLINIC[2], 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"{VENDOR[0]}\nAttn: Reconsiderations\n{VENDOR[2].split('   ')[0]}", 10)
    p.para(f"Re: {f['who']}, Medicaid ID {f['mid']} - request to reconsider PA {f['pa']}", 10)
    p.para(f"My patient has erosive esophagitis confirmed on endoscopy. Omeprazole 40 mg was taken for ten weeks "
           "without healing, and pantoprazole caused a rash that stopped after it was withdrawn. The pharmacy "
           "records and my notes are attached. I ask that you approve dexlansoprazole 60 mg daily.", 10)
    p.para(f"Thank you,\n\n{PRESCRIBER}\nNPI {f['npi']}", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="DMAS-RX-NOA-2S (07/2025)")
    p.add_page()
    dept_head(p, es=True)
    p.line("Fecha de este aviso: " + fd(f["notice"], "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("AVISO DE ACCIÓN\nSolicitud de autorización previa de un medicamento", 12.5, rule=True)
    p.pairs([("Nombre del miembro", f["who"]), ("Número de Medicaid", f["mid"]),
             ("Número de solicitud", f["pa"]), ("Medicamento", "Dexlansoprazol 60 mg cápsulas"),
             ("Recetado por", PRESCRIBER), ("Fecha de nacimiento", fd(f["dob"], "es"))], 48, 9.5)
    p.ln(1)
    p.para(f"El Departamento ha **DENEGADO** la solicitud para el periodo del {fd(f['start'], 'es')} al "
           f"{fd(f['end'], 'es')}. El medicamento no es preferido en la Lista de Medicamentos Preferidos (PDL). "
           "Solo se cubre con autorización previa después de probar dos medicamentos preferidos (omeprazol, "
           "pantoprazol o lansoprazol) durante 8 semanas cada uno. La solicitud no mostró esas pruebas.", 9.5)
    p.para("Si necesita el medicamento ahora, la farmacia puede darle un suministro de emergencia de 72 horas.", 9.5)
    p.heading("Sus derechos", 11)
    p.para("Usted o su médico pueden pedir al Departamento que reconsidere esta decisión dentro de los 60 días a "
           "partir de la fecha de este aviso. También tiene derecho a una audiencia imparcial del estado: debe "
           "pedirla dentro de los 90 días a partir de la fecha de este aviso.", 9.5)
    return out(p)


def emb(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="DMAS-EOMB-RX (rev. 2025)")
    p.add_page()
    dept_head(p)
    p.line("EXPLANATION OF MEDICAID BENEFITS - PHARMACY", 12.5, "B")
    p.line("This is not a bill.", 8.5)
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Member", f["who"]), ("Medicaid ID", f["mid"]),
             ("Claims paid or denied from", f"{fd(f['notice'] - dt.timedelta(days=30), ds)} through "
                                            f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 52, 9)
    p.ln(2)
    d1, d2 = f["fill"] - dt.timedelta(days=9), f["fill"] + dt.timedelta(days=2)
    rows = [[fd(d1, ds), "Metformin ER 500 mg", "Dr. Abara", PHARM[0], f["icn"][:-4] + "2210", "18.40", "18.40", "Paid"],
            [fd(f["fill"], ds), "Dexlansoprazole 60 mg", "Dr. Abara", PHARM[0], f["icn"], money(f["price"], "nosign"),
             "0.00", "Denied *"],
            [fd(d2, ds), "Omeprazole DR 40 mg", "Dr. Abara", PHARM[0], f["icn"][:-4] + "7731", "12.06", "12.06", "Paid"]]
    p.table(["Filled", "Drug", "Prescriber", "Pharmacy", "Claim (ICN)", "Billed", "Medicaid paid", "Status"], rows,
            [19, 34, 18, 36, 26, 14, 15, 14], size=7.3)
    p.para(f"* Denied: prior authorization is required for this non-preferred drug on the Preferred Drug List. "
           f"Prescriber: {PRESCRIBER}. Your copay for paid drugs is $0.00.", 8.5)
    p.para("If you do not agree with a denial on this statement, you may ask the Department to reconsider within "
           "60 days of the date of this statement, or ask for a State fair hearing within 90 days.", 8.5)
    return out(p)


def upheld_prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    dept_head(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"On {fd(f['recv'], ds)} we received a request to reconsider our denial of prior authorization "
           f"{f['pa']} for dexlansoprazole 60 mg, which {PRESCRIBER} prescribed for you. The request was for "
           f"{fd(f['start'], ds)} through {fd(f['end'], ds)}. Your Medicaid ID is {f['mid']}.", 10)
    p.para("A pharmacist who did not make the first decision reviewed the records. They show that you took "
           "omeprazole for three weeks, but no trial of a second preferred drug. Dexlansoprazole is non-preferred "
           "on the Preferred Drug List, so we still cannot approve it. We uphold the denial. Preferred drugs in the "
           "same class remain covered without prior authorization.", 10)
    p.para("This is the Department's final reconsideration. If you still disagree, you may ask for a State fair "
           "hearing within 90 days of the date of this letter by calling the Member Helpline or writing to the "
           "Office of Administrative Hearings.", 10)
    p.para("Sincerely,\nMedicaid Pharmacy Program", 10)
    return out(p)


def approval(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="DMAS-RX-APR-1")
    p.add_page()
    dept_head(p)
    p.heading("PRIOR AUTHORIZATION APPROVED", 13, rule=True)
    p.table(["Notice date", "PA number", "Member", "Medicaid ID"],
            [[fd(f["notice"], ds), f["pa"], f["who"], f["mid"]]], [38, 40, 60, 42], size=9)
    p.table(["Drug", "Prescriber", "Approved from", "Approved through"],
            [["Dexlansoprazole DR 60 mg", PRESCRIBER, fd(f["start"], ds), fd(f["end"], ds)]], [52, 52, 38, 38],
            size=9)
    p.para(f"The request received {fd(f['recv'], ds)} documented trials of two preferred drugs, so it now meets the "
           "Preferred Drug List criteria. Any Medicaid pharmacy can fill this prescription; no copay. Refills "
           "after the approval ends need a new request.", 9.5)
    return out(p)


ITEMS = [
    ("bd_notice_of_action_member", "born_digital", "noa", "long"),
    ("scan300_pharmacy_claim_not_paid_notice", "scan_clean_300", "pharm", "slash"),
    ("faxfine_stack_vendor_denial_and_prescriber_letter", "fax_fine_g4", "stack", "updash"),
    ("copy_aviso_de_accion_es", "photocopy", "es", "es"),
    ("photo_pharmacy_eomb_three_claims", "phone_photo", "emb", "upper"),
    ("rotated_reconsideration_upheld_prose", "rotated", "upheld", "long"),
    ("lowres_pa_approved_notice", "scan_lowres_150", "appr", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        period = [f"{f['start'].isoformat()}/{f['end'].isoformat()}"]
        common = dict(insurer=DEPT[0], member_id=f["mid"], member_name=f["who"], provider=PRESCRIBER)
        den = dict(denial_alternates=["medical_necessity", "not_covered"])
        if kind == "noa":
            t = truth("denial_letter", "prior_authorization", case_numbers=[f["pa"]], service_dates=period,
                      denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), **den,
                      **common)
            items.append(Item(name, cond, [(notice_of_action(f, ds), t)]))
        elif kind == "pharm":
            t = truth("other", None, claim_amount=m2(f["price"]), service_dates=[f["fill"].isoformat()],
                      denial_date=f["fill"].isoformat(), unscored=["insurer"],
                      alternates={"provider": [PHARM[0]]}, **dict(common, insurer=None))
            items.append(Item(name, cond, [(pharmacy_notice(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            t1 = truth("denial_letter", "prior_authorization", case_numbers=[f["pa"]], service_dates=period,
                       denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=30)).isoformat(),
                       alternates={"insurer": [DEPT[0]]}, **den, **dict(common, insurer=VENDOR[0]))
            t2 = truth("other", None, case_numbers=[f["pa"]], denial_date=f["ldate"].isoformat(),
                       unscored=["insurer"], **dict(common, insurer=None))
            items.append(Item(name, cond, [(vendor_fax(f, ds), t1), (prescriber_letter(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "es":
            t = truth("denial_letter", "prior_authorization", lang="es", case_numbers=[f["pa"]],
                      service_dates=period, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), **den, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "emb":
            t = truth("eob", "prior_authorization", case_numbers=[f["icn"]], claim_amount=m2(f["price"]),
                      service_dates=[f["fill"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates={"provider": [PHARM[0]]}, **den, **common)
            items.append(Item(name, cond, [(emb(f, ds), t)]))
        elif kind == "upheld":
            t = truth("denial_letter", "prior_authorization", case_numbers=[f["pa"]], service_dates=period,
                      denial_date=nd, **den, **common)
            items.append(Item(name, cond, [(upheld_prose(f, ds), t)]))
        else:
            t = truth("other", None, case_numbers=[f["pa"]], service_dates=period, denial_date=nd, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items
