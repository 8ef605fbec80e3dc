"""Family 'medical_interpreter_fee_bundled_into_visit_denial': an invented commercial plan refuses a clinic's
spoken-language interpreter charge (T1013, billed in 15-minute units on its own claim) as included in the payment
for the office visit of the same day.

Documents: a three-claim member EOB where only the interpreter claim is refused (born digital); the clinic's patient
statement showing the refused line moved to the patient balance (scan 300, denies nothing); a fine-fax stack of a
cover sheet, the plan's provider claim-denial notice to the clinic and the clinic's reconsideration request; a
Spanish member letter (photocopy); a prose-only member letter (phone photo); the upheld first-level appeal (rotated);
a label-column "Notice of Claim Denial" (150 dpi). Everything invented. Decoys: DOB, NPI, tax ID, patient account
numbers, received dates, claims-processing periods, the visit's own claim, 72-hour and external-review limits,
interpreter agency invoice numbers, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "medical_interpreter_fee_bundled_into_visit_denial"
LANG = "en"
SEED = 342900

PLAN = {"org": "Larkspur Valley Health Plan", "addr": "PO Box 77310, Corvallis Bend, NA 97412",
        "phone": "1-877-552-0418", "web": "larkspurvalley.example"}
CLINIC = ("Alderpoint Community Clinic", "415 Ferry Slip Road, Corvallis Bend, NA 97410", "(541) 555-0172")
DOC = "Soraya K. Whitfield"
AGENCY = "LinguaBridge Interpreting Services"
PEOPLE = ["Itzel R. Carrasco", "Thi H. Tranh", "Efraín J. Montalvo", "Guadalupe M. Zamora", "Anselm D. Oduya",
          "Marisol T. Benítez", "Kwame O. Mensah", "Milagros P. Irizarry"]
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
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 110))
    dos = notice - dt.timedelta(days=r.randint(18, 40))
    units = r.choice([3, 4, 5, 6])
    rate = r.choice([28.00, 31.50, 35.00])
    return dict(notice=notice, dos=dos, recv=dos + dt.timedelta(days=r.randint(4, 9)), units=units, rate=rate,
                interp=round(units * rate, 2), visit=r.choice([212.00, 245.00, 268.50]),
                claim="LV" + dg(r, 10), vclaim="LV" + dg(r, 10), mid="LVH" + dg(r, 8), grp=str(r.randint(40100, 48999)),
                npi="1" + dg(r, 9), tin="93-" + dg(r, 7), acct="AC-" + dg(r, 6), who=PEOPLE[i],
                dob=dt.date(r.randint(1950, 1999), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Tansy Loop', 'Millrace Ave', 'Crestline Dr'])}")


def letterhead(p, es=False):
    p.line(PLAN["org"], 15, "B")
    p.line(PLAN["addr"] + "   " + ("Servicios al Miembro" if es else "Member Services") + " " + PLAN["phone"], 8.5)
    p.line(f"TTY 711   {PLAN['web']}", 8.5)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nCorvallis Bend, NA 97411", 10)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVHP-EOB-M 07/2025")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS", 14, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(1)
    y = p.get_y()
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"], ds))],
            32, 9)
    p.set_y(y)
    p.pairs([("Statement date", fd(f["notice"], ds)),
             ("Claims processed", f"{fd(f['notice'] - dt.timedelta(days=30), ds)} to "
                                  f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 31, 9, x=104)
    p.ln(10)
    rows = []
    for c, prov, d, svc, b, allowed, paid, code in f["claims"]:
        rows.append([c, prov, fd(d, ds), svc, money(b, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                     code])
    p.table(["Claim number", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid", "Note"],
            rows, [23, 44, 18, 34, 15, 15, 16, 10], size=7.5)
    p.para("**Remark codes**\nA1 - Processed under your in-network benefit.\n"
           "B97 - Denied. The interpreter service is included in the payment for the office visit billed on the "
           "same date by the same provider and is not paid separately. You are not responsible for this amount "
           "when the provider is in our network.", 8.5)
    p.para("**Your right to appeal.** If you disagree with how a claim was processed, you may appeal within 180 days "
           "of the date of this statement. Urgent appeals are decided within 72 hours. You may also have the right "
           "to an independent external review within 4 months after a final decision.", 8.5)
    return out(p)


def statement(f, ds):
    p = Page(footer=None, footer_left=f"Questions about your bill? Call {CLINIC[2]}   Tax ID {f['tin']}")
    p.add_page()
    p.line(CLINIC[0], 16, "B")
    p.line(f"{CLINIC[1]}   Billing office {CLINIC[2]}", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fd(f["sdate"], ds)), ("Account no.", f["acct"]), ("Patient", f["who"]),
             ("Guarantor", f["who"]), ("Insurance", f"{PLAN['org']}  ID {f['mid']}"),
             ("Amount due", money(f["interp"], "plain"))], 36, 9)
    p.ln(2)
    rows = [[fd(f["dos"], ds), "99214", f"Office visit - Dr. {DOC}", money(f["visit"], "nosign")],
            [fd(f["dos"], ds), "T1013", f"Interpreter, spoken language, {f['units']} units x 15 min", money(f["interp"], "nosign")],
            ["", "", "Insurance payment - visit", "-" + money(f["vpaid"], "nosign")],
            ["", "", "Contractual adjustment - visit", "-" + money(round(f["visit"] - f["vpaid"], 2), "nosign")],
            ["", "", "Insurance denied interpreter line - now patient balance", "0.00"],
            ["", "", "BALANCE DUE", money(f["interp"], "nosign")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [36, 16, 100, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Interpreter provided through {AGENCY} (invoice LB-{f['acct'][3:]}). Your insurer did not pay the "
           "interpreter charge. If you have questions, call our billing office. Payment plans are available.", 9)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVHP-PRV-CD-3")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER CLAIM DETERMINATION - LINE DENIED", 11.5, "B")
    p.line(f"TO: {CLINIC[0]} BILLING   FAX {CLINIC[2]}", 9)
    p.ln(2)
    p.boxed_pairs([("NOTICE DATE", fd(f["notice"], ds)), ("CLAIM NUMBER", f["claim"]), ("PATIENT", f["who"]),
                   ("MEMBER ID", f["mid"]), ("GROUP", f["grp"]), ("DOB", fd(f["dob"], ds)),
                   ("BILLING PROVIDER", f"{CLINIC[0]}   NPI {f['npi']}"), ("CLAIM RECEIVED", fd(f["recv"], ds)),
                   ("DATE OF SERVICE", fd(f["dos"], ds)), ("TOTAL CHARGE", money(f["interp"], "usd"))], 55, 8.5)
    p.para(f"LINE 1 T1013 X {f['units']} UNITS: DENIED CARC 97 - THE BENEFIT FOR THIS SERVICE IS INCLUDED IN THE "
           f"PAYMENT FOR ANOTHER SERVICE (99214, CLAIM {f['vclaim']}, SAME DATE OF SERVICE). DO NOT BILL THE MEMBER "
           "FOR THIS LINE.", 8.5)
    p.para("A RECONSIDERATION MAY BE REQUESTED WITHIN 180 DAYS OF THE DATE OF THIS NOTICE. CORRECTED CLAIMS MUST BE "
           "SENT WITH FREQUENCY CODE 7 WITHIN 365 DAYS OF THE SERVICE.", 8.5)
    return out(p)


def recon(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC[0], 14, "B")
    p.line(CLINIC[1] + "   Patient Financial Services", 8.5)
    p.ln(4)
    p.line(fd(f["rdate"], ds), 10)
    p.ln(2)
    p.para(f"Provider Reconsiderations\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"Re: Request for reconsideration - claim {f['claim']}, patient {f['who']}, member ID {f['mid']}", 10)
    p.para(f"On {fd(f['dos'], ds)} our patient needed a Spanish interpreter for a {f['units'] * 15}-minute visit "
           f"with Dr. {DOC}. The interpreter was contracted from an outside agency at our cost. We billed the "
           f"service separately with HCPCS T1013 for {money(f['interp'], 'plain')}. Please reconsider; the visit "
           "code does not include the cost of an outside interpreter.", 10)
    p.para(f"Sincerely,\n\nRenata J. Ostrowski\nBilling Manager, {CLINIC[0]}", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="LVHP-CD-SP 2025")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Aviso de denegación de una reclamación", 13, rule=True)
    p.pairs([("Afiliado(a)", f["who"]), ("Núm. de afiliado", f["mid"]), ("Grupo", f["grp"]),
             ("Número de reclamación", f["claim"]), ("Proveedor", CLINIC[0]),
             ("Fecha del servicio", fd(f["dos"], "es")), ("Monto facturado", "US$ " + money(f["interp"], "nosign"))],
            50, 9.5)
    p.ln(2)
    p.para("No pagamos el cargo por el servicio de intérprete (código T1013). Este servicio está incluido en el pago "
           "de la consulta médica del mismo día y no se paga por separado. Como la clínica pertenece a nuestra red, "
           "usted no tiene que pagar este cargo.", 10)
    p.para("Si no está de acuerdo, puede pedir una apelación dentro de los 180 días a partir de la fecha de este "
           "aviso. Si su salud corre peligro, pida una apelación urgente (72 horas). Puede llamarnos sin costo al "
           f"{PLAN['phone']}; los servicios de intérprete son gratuitos.", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"We received a claim from {CLINIC[0]} for interpreter services you received during your visit on "
           f"{fd(f['dos'], ds)}. The clinic charged {money(f['interp'], 'plain')} for {f['units']} units of "
           f"interpretation. The claim number is {f['claim']}, and it was filed under your member ID {f['mid']}.", 10)
    p.para("We did not pay this charge. Under our payment policy, interpreter services are part of what we pay the "
           "clinic for the office visit itself, which we paid on a separate claim. Because the clinic is in our "
           "network, it may not bill you for the interpreter.", 10)
    p.para("If you disagree, you can appeal within 180 days of the date of this letter by calling Member Services or "
           "writing to us at the address above. If you need an interpreter to talk with us, we will provide one at "
           "no cost.", 10)
    p.para("Sincerely,\nClaims Review Unit", 10)
    return out(p)


def upheld(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVHP-APL-1 Rev. 03/2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["adate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("First-Level Appeal Decision: Denial Upheld", 13, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Appeal number", f["apl"]),
             ("Claim number", f["claim"]), ("Provider", CLINIC[0]), ("Date of service", fd(f["dos"], ds)),
             ("Amount billed", money(f["interp"], "plain")), ("Appeal received", fd(f["arecv"], ds))], 42, 9.5)
    p.ln(2)
    p.para("You asked us to pay the interpreter charge (T1013) billed by the clinic. A claims analyst who was not part "
           "of the first decision reviewed the claim, the clinic's contract and our reimbursement policy RP-0311. "
           "Interpreter services are included in the payment for the office visit and are not paid separately. We "
           "uphold our decision. The clinic may not bill you for this charge.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review by an independent review organization within 4 months of this letter.", 10)
    return out(p)


def claim_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="LVHP-NCD Form 118")
    p.add_page()
    letterhead(p)
    p.heading("NOTICE OF CLAIM DENIAL", 13, rule=True)
    p.boxed_pairs([("Date of notice", fd(f["notice"], ds)), ("Patient", f["who"]), ("Subscriber ID", f["mid"]),
                   ("Group", f["grp"]), ("Claim #", f["claim"]), ("Rendering provider", f"Dr. {DOC}"),
                   ("Billing provider", CLINIC[0]), ("Service", f"Interpreter services T1013 x {f['units']}"),
                   ("Service date", fd(f["dos"], ds)), ("Charges", money(f["interp"], "plain")),
                   ("Denied amount", money(f["interp"], "plain")), ("Claim received", fd(f["recv"], ds))], 50, 9)
    p.para("**Reason:** Included in the payment for another service (office visit, same day, same provider). This "
           "is a bundling rule, not a finding about whether you needed an interpreter.", 9.5)
    p.para("**Appeal by:** " + fd(f["notice"] + dt.timedelta(days=180), ds) + ". Send a written appeal to the "
           "address above or call Member Services. Expedited appeals: 72 hours.", 9.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims", "born_digital", "eob", "slash"),
    ("scan300_clinic_patient_statement", "scan_clean_300", "stmt", "long"),
    ("faxfine_stack_provider_denial_and_reconsideration", "fax_fine_g4", "stack", "updash"),
    ("copy_aviso_denegacion_es", "photocopy", "es", "es"),
    ("photo_prose_member_letter", "phone_photo", "prose", "abbr"),
    ("rotated_first_level_appeal_upheld", "rotated", "upheld", "dmy"),
    ("lowres_notice_of_claim_denial", "scan_lowres_150", "ncd", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["vpaid"] = round(f["visit"] * 0.62, 2)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        dos = [f["dos"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"], provider=CLINIC[0])
        alt_doc = {"provider": [f"Dr. {DOC}", DOC]}
        den = dict(denial_alternates=["not_covered"])
        if kind == "eob":
            f["claims"] = [(f["vclaim"], CLINIC[0], f["dos"], "Office visit 99214", f["visit"], f["vpaid"],
                            f["vpaid"], "A1"),
                           (f["claim"], CLINIC[0], f["dos"], f"Interpreter T1013 x{f['units']}", f["interp"], 0.0,
                            0.0, "B97"),
                           ("LV" + random.Random(SEED + 77).randint(10 ** 9, 10 ** 10 - 1).__str__(),
                            "Cascadia Reference Lab", f["dos"] + dt.timedelta(days=2), "Lipid panel 80061", 96.00,
                            41.20, 41.20, "A1")]
            t = truth("eob", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(f["interp"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], **den,
                      **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "stmt":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(6, 14))
            t = truth("other", None, case_numbers=[], claim_amount=m2(f["interp"]), service_dates=dos,
                      denial_date=f["sdate"].isoformat(), unscored=["insurer"],
                      alternates={"provider": [f"Dr. {DOC}", DOC]},
                      **dict(common, insurer=None))
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "stack":
            f["rdate"] = f["notice"] + dt.timedelta(days=r.randint(8, 15))
            t1 = truth("denial_letter", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(f["interp"]),
                       service_dates=dos, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], **den,
                       **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["interp"]), service_dates=dos,
                       denial_date=f["rdate"].isoformat(), alternates=alt_doc, unscored=["insurer"],
                       **dict(common, insurer=None))
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (recon(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "es":
            t = truth("denial_letter", "coding_error", lang="es", case_numbers=[f["claim"]],
                      claim_amount=m2(f["interp"]), service_dates=dos, denial_date=nd, appeal_deadline=dl180,
                      group_number=f["grp"], **den, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(f["interp"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, **den, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "upheld":
            f["adate"] = f["notice"]
            f["apl"] = "APL-" + dg(r, 7)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(12, 25))
            t = truth("denial_letter", "coding_error", case_numbers=[f["apl"], f["claim"]],
                      claim_amount=m2(f["interp"]), service_dates=dos, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), group_number=f["grp"],
                      **den, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            t = truth("denial_letter", "coding_error", case_numbers=[f["claim"]], claim_amount=m2(f["interp"]),
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"],
                      alternates=alt_doc, **den, **common)
            items.append(Item(name, cond, [(claim_notice(f, ds), t)]))
    return items
