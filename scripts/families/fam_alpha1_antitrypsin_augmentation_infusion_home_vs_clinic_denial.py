"""Family 'alpha1_antitrypsin_augmentation_infusion_home_vs_clinic_denial': an invented commercial plan's
specialty-drug site-of-care program refuses weekly alpha1-proteinase inhibitor (augmentation) infusions at a
hospital outpatient infusion clinic and offers the same drug through home infusion by a contracted specialty
pharmacy. The drug is covered; the setting is refused (level of care). Structure after public site-of-care
redirection notices (drug covered, site not approved, lower-cost site named, appeal rights).

Documents: the member site-of-care notice (born digital, decision table); the specialty pharmacy's home-infusion
welcome letter (denies nothing); a fine-fax stack of a cover, the provider notice to the hospital clinic and the
approval of the home site; a member EOB with three claims, only the hospital infusion claim refused (photocopy);
a denial told only in sentences (phone photo); the hospital's patient statement (sideways, denies nothing); a
Spanish notice (low resolution). Everything invented. Decoys: DOB, NPI, NDC, Rx numbers, received dates,
processing periods, account numbers, other claims, policy and form numbers, 72-hour, peer-to-peer and
external-review limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "alpha1_antitrypsin_augmentation_infusion_home_vs_clinic_denial"
LANG = "en"
SEED = 341000

PLAN = {"org": "Corvane Health Partners", "addr": "PO Box 50917, Ashby Falls, NA 41102",
        "phone": "1-855-318-4026", "fax": "1-855-318-4091", "web": "corvanehealth.example"}
HOSP = ("Halloran Memorial Hospital", "Outpatient Infusion Center, 88 Wicklow Street, Ashby Falls, NA 41109",
        "1-866-720-5518")
PHARM = ("BrightPath Specialty Pharmacy", "4410 Meridian Trade Way, Ashby Falls, NA 41120", "1-877-604-3312")
DOCTORS = [("Imogen T. Castellane", "MD"), ("Rowan F. Adeyemi", "MD"), ("Selma V. Torvik", "DO")]
PEOPLE = ["Wendell A. Prescott", "Ingrid M. Lomax", "Colin S. Rutledge", "Odette F. Nakamura",
          "Ezra H. Valdez", "Sunita C. Greer", "Ramón J. Acevedo"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
DRUG = "alpha1-proteinase inhibitor (human), 60 mg/kg IV once weekly (HCPCS J0256)"


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
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 120))
    doc = DOCTORS[i % len(DOCTORS)]
    return dict(notice=notice, start=notice + dt.timedelta(days=r.randint(7, 21)),
                recv=notice - dt.timedelta(days=r.randint(3, 9)), auth="PA" + dg(r, 9), claim="CHP" + dg(r, 11),
                mid="CV" + dg(r, 9), group=dg(r, 6), plan="CHP-OAP-" + r.choice(["Gold", "Silver", "Platinum"]),
                dob=dt.date(r.randint(1958, 1985), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                hnpi="1" + dg(r, 9), acct="HMH-" + dg(r, 7), rx="RX" + dg(r, 7), doctor=doc[0], cred=doc[1],
                street=f"{r.randint(100, 9800)} {r.choice(['Gorse Lane', 'Quillon Ave', 'Fallowmere Rd'])}")


def letterhead(p, dept="Pharmacy and Specialty Drug Management"):
    p.line(PLAN["org"], 16, "B")
    p.line(dept, 9)
    p.line(f"{PLAN['addr']}  |  {PLAN['phone']}  |  TTY 711  |  Fax {PLAN['fax']}", 8)
    p.ln(5)


def addr(p, f):
    p.para(f"{f['member']}\n{f['street']}\nAshby Falls, NA 41105", 10)


def member_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CHP-SOC-02 (rev. 10/2025)")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    addr(p, f)
    p.set_xy(118, y)
    p.pairs([("Date", fd(f["notice"], ds)), ("Request #", f["auth"]), ("Member ID", f["mid"])], 24, 9, x=118)
    p.set_y(y + 24)
    p.heading("Site of Care Review: Your infusion location was not approved", 12.5, rule=True)
    p.para(f"Dear {f['member']}, we reviewed the request from Dr. {f['doctor']} for {DRUG}.", 10)
    p.table(["", "Requested", "Our decision"],
            [["Drug", "Alpha1-proteinase inhibitor", "Approved (medically necessary)"],
             ["Site of care", "Hospital outpatient infusion (POS 22)", "NOT approved"],
             ["Where you can get it", HOSP[0], f"Home infusion - {PHARM[0]}"],
             ["Planned first infusion", fd(f["start"], ds), ""],
             ["Frequency", "Weekly, 52 doses", "Weekly, 52 doses"]], [40, 70, 64], size=8.5)
    p.pairs([("Patient", f["member"]), ("Group", f["group"]), ("Plan", f["plan"]),
             ("Date of birth", fd(f["dob"], ds)), ("Prescriber", f"{f['doctor']}, {f['cred']}  NPI {f['npi']}"),
             ("Request received", fd(f["recv"], ds))], 40, 9)
    p.heading("Why the site was not approved", 11)
    p.para("Under specialty drug policy CHP-RX-SOC-017 (Site of Care for Specialty Infusions), a hospital "
           "outpatient setting is covered only when the member has had a serious infusion reaction, is in the "
           "first two doses, or cannot be safely treated at home. Your records show eight prior infusions with no "
           "reaction and a stable home setting. The requested hospital setting is not medically necessary at this "
           "level of care; a home or ambulatory infusion suite is the appropriate site. Your drug is still covered.",
           9)
    p.heading("Your rights", 11)
    p.para("You may appeal within 180 days of the date of this notice. If a delay could seriously harm your "
           "health, ask for an expedited appeal (decided within 72 hours). After our final decision you may "
           "request an external review within 4 months. Your prescriber may request a peer-to-peer review within "
           "5 business days.", 9)
    return out(p)


def pharmacy_letter(f, ds):
    p = Page(footer=None, footer_left="BPSP-WEL-11")
    p.add_page()
    p.line(PHARM[0], 15, "B")
    p.line(f"{PHARM[1]}  -  {PHARM[2]}  -  NCPDP 7731046", 8.5)
    p.ln(5)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.line("Welcome to home infusion", 12.5, "B")
    p.ln(1)
    p.para(f"Your doctor, Dr. {f['doctor']}, has sent us a prescription for your weekly alpha1-proteinase "
           f"inhibitor infusions. Your plan, {PLAN['org']}, has approved home infusion through our pharmacy.", 10)
    p.pairs([("Prescription no.", f["rx"]), ("NDC", "68516-5216-1"), ("Insurance ID", f["mid"]),
             ("First delivery", fd(f["start"] - dt.timedelta(days=2), ds)),
             ("First home infusion", fd(f["start"], ds)), ("Infusion nurse", "Ashby Home Nursing, visit 2-3 hours"),
             ("Your copay per dose", "$40.00")], 40, 9.5)
    p.ln(2)
    p.para("Please keep the drug refrigerated when it arrives and call us if the box is damaged. A nurse will call "
           f"you 24 hours before the first visit. Questions: {PHARM[2]}, 24 hours a day.", 10)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CHP-SOC-PRV")
    p.add_page()
    letterhead(p, "Utilization Management - Specialty Drug Site of Care")
    p.line("PROVIDER NOTICE OF SITE-OF-CARE DETERMINATION", 12, "B")
    p.line(f"To: {HOSP[0]}, Infusion Scheduling   Fax 1-866-720-5590", 9)
    p.ln(3)
    p.boxed_pairs([("Determination date", fd(f["notice"], ds)), ("Authorization request", f["auth"]),
                   ("Member", f["member"]), ("Member ID", f["mid"]), ("DOB", fd(f["dob"], ds)),
                   ("Ordering physician", f"{f['doctor']}, {f['cred']} / NPI {f['npi']}"),
                   ("Servicing facility", f"{HOSP[0]} / NPI {f['hnpi']}"), ("HCPCS", "J0256 x 60 mg/kg weekly"),
                   ("Requested start", fd(f["start"], ds)), ("Outcome", "Drug approved; POS 22 denied"),
                   ("Received", fd(f["recv"], ds) + " 09:41")], 52, 9)
    p.para("Rationale: member does not meet CHP-RX-SOC-017 criteria for hospital outpatient infusion (no prior "
           "reaction, beyond the first two doses). The infusion can be given at a lower level of care. Redirect "
           f"to home infusion ({PHARM[0]}, {PHARM[2]}) or an in-network ambulatory infusion suite.", 9.5)
    p.para("Peer-to-peer: call 1-855-318-4077 within 5 business days. Provider appeal: within 60 days of the "
           "date of this notice. Expedited requests are decided in 72 hours.", 9.5)
    return out(p)


def approval(f, ds):
    p = Page(footer=None, footer_left="CHP-SOC-APR")
    p.add_page()
    letterhead(p)
    p.line(fd(f["adate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Approval: home infusion of alpha1-proteinase inhibitor", 12)
    p.pairs([("Approval number", f["apr"]), ("Member ID", f["mid"]), ("Patient", f["member"]),
             ("Prescriber", f"Dr. {f['doctor']}"), ("Dispensing pharmacy", PHARM[0]),
             ("Site of care", "Home (POS 12)"), ("First infusion at home", fd(f["start"], ds)),
             ("Doses approved", "52 (weekly)")], 42, 9.5)
    p.ln(2)
    p.para(f"Good news: we approved your weekly infusions at home. This approval replaces request {f['auth']}, "
           "for which the hospital outpatient setting was not approved. Your pharmacy will contact you to arrange "
           "delivery and nursing visits. You do not need to do anything else.", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CHP-EOB-3")
    p.add_page()
    p.line(PLAN["org"], 15, "B")
    p.line("Explanation of Benefits", 12, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Member", f["member"]), ("ID", f["mid"]), ("Group", f["group"]),
             ("Period", f"{fd(f['per0'], ds)} through {fd(f['notice'], ds)}")], 22, 9)
    p.ln(3)
    for cl, prov, lines, code in f["claims"]:
        p.f(9, "B")
        p.cell(0, 5.5, f"{prov}   Claim {cl}", border="B", new_x="LMARGIN", new_y="NEXT")
        rows = [[fd(d, ds), desc, money(ch, "nosign"), money(al, "nosign"), money(pd, "nosign"), code]
                for d, desc, ch, al, pd in lines]
        if len(lines) > 1:
            rows.append(["", "Claim total", money(sum(x[2] for x in lines), "nosign"),
                         money(sum(x[3] for x in lines), "nosign"), money(sum(x[4] for x in lines), "nosign"), ""])
        p.table(["Date", "Service", "Charges", "Allowed", "Paid", "Code"], rows, [24, 70, 22, 22, 22, 14],
                size=8, border=0)
    p.heading("Codes", 10)
    p.para("SC4 - Site of care not approved: this drug is covered at home or in an ambulatory infusion suite, not "
           "in a hospital outpatient department (policy CHP-RX-SOC-017). You may appeal within 180 days of the "
           "date of this statement.\nA1 - Paid according to your in-network benefits.", 8.5)
    p.para("Specialty drug out-of-pocket to date: $1,240.00 of $4,500.00.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    addr(p, f)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"You received your weekly alpha1 augmentation infusions at the {HOSP[0]} outpatient infusion center "
           f"on {fd(f['d1'], ds)} and on {fd(f['d2'], ds)}, ordered by Dr. {f['doctor']}. The hospital billed us "
           f"{money(f['total'])} for these two visits under claim {f['claim']}, and your member number with us is "
           f"{f['mid']}.", 10)
    p.para("We will not pay this claim. We cover your medicine, but our specialty drug program pays for these "
           "infusions only at home or at an infusion suite outside the hospital, because you have had many doses "
           "without a reaction and do not need the hospital setting. We wrote to you and your doctor about this "
           f"before, and {PHARM[0]} can start your infusions at home right away.", 10)
    p.para(f"If you disagree, you may ask for an appeal. We must receive it by {fd(f['dl'], ds)}. Call "
           f"{PLAN['phone']} if you have questions.", 10)
    p.para("Sincerely,\n\nSpecialty Drug Management", 10)
    return out(p)


def statement(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="HMH-PFS")
    p.add_page()
    p.line(HOSP[0], 15, "B")
    p.line(f"Patient Financial Services  |  {HOSP[1]}  |  {HOSP[2]}", 8)
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    y = p.get_y()
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Account #", f["acct"]), ("Patient", f["member"])], 32, 9)
    p.set_xy(112, y)
    p.pairs([("Insurance", PLAN["org"]), ("Policy ID", f["mid"]), ("Ins. claim #", f["claim"])], 26, 9, x=112)
    p.ln(3)
    rows = [[fd(d, ds), desc, money(v, "nosign")] for d, desc, v in f["lines"]]
    rows.append(["", "Total charges", money(f["total"], "nosign")])
    rows.append([fd(f["notice"] - dt.timedelta(days=6), ds), "Insurance - denied, site of care", "0.00"])
    rows.append(["", "Balance", money(f["total"], "plain")])
    p.table(["Date", "Description", "Amount"], rows, [28, 110, 36], size=8.5, aligns=["L", "L", "R"],
            bold_last=True)
    p.para(f"Attending: {f['doctor']}, {f['cred']}. Your insurance did not pay these infusion charges. You may "
           "ask your plan for an appeal, or call us to set up a payment plan. Amounts not paid within 30 days may "
           "be sent for collection.", 9.5)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="CHP-SOC-02-SP")
    p.add_page()
    letterhead(p, "Administración de Medicamentos Especializados")
    p.line(f"Fecha: {fd(f['notice'], 'es')}", 10)
    p.ln(2)
    addr(p, f)
    p.heading("Revisión del lugar de atención: no aprobamos el lugar de su infusión", 12, rule=True)
    p.pairs([("Paciente", f["member"]), ("Nº de miembro", f["mid"]), ("Nº de grupo", f["group"]),
             ("Nº de solicitud", f["auth"]), ("Médico que receta", f"Dr. {f['doctor']}"),
             ("Fecha de nacimiento", fd(f["dob"], "es"))], 44, 9.5)
    p.ln(2)
    p.para(f"Su médico pidió infusiones semanales de inhibidor de alfa1-proteinasa en {HOSP[0]} a partir del "
           f"{fd(f['start'], 'es')}. El medicamento está aprobado, pero no el entorno hospitalario ambulatorio: "
           f"usted puede recibir la misma infusión en su casa por medio de {PHARM[0]}. El hospital no es "
           "médicamente necesario como nivel de atención en su caso (política CHP-RX-SOC-017).", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si una demora pone en riesgo "
           "su salud, pida una apelación acelerada (72 horas). Puede pedir una revisión externa dentro de 4 meses "
           "después de nuestra decisión final.", 10)
    return out(p)


ITEMS = [
    ("bd_member_site_of_care_notice", "born_digital", "bd", "long"),
    ("scan300_pharmacy_home_infusion_welcome", "scan_clean_300", "pharm", "slash"),
    ("faxfine_stack_provider_notice_and_home_approval", "fax_fine_g4", "stack", "updash"),
    ("copy_member_eob_three_claims", "photocopy", "eob", "iso"),
    ("photo_letter_sentences_only", "phone_photo", "prose", "long"),
    ("rotated_hospital_statement", "rotated", "stmt", "short"),
    ("lowres_aviso_lugar_de_atencion_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=f["doctor"])
        # hospital infusions already given (claims): two weekly visits before the notice
        f["d1"] = f["notice"] - dt.timedelta(days=r.randint(20, 30))
        f["d2"] = f["d1"] + dt.timedelta(days=7)
        dose = round(r.randint(4100, 5600) + 0.6, 2)
        adm = round(r.randint(310, 420) + 0.0, 2)
        f["lines"] = [(f["d1"], "Alpha1-PI J0256 (drug)", dose), (f["d1"], "IV infusion, first hour 96365", adm),
                      (f["d2"], "Alpha1-PI J0256 (drug)", dose), (f["d2"], "IV infusion, first hour 96365", adm)]
        f["total"] = round(2 * (dose + adm), 2)
        two = [f["d1"].isoformat(), f["d2"].isoformat()]
        if kind == "bd":
            t = truth("denial_letter", "level_of_care", plan_id=f["plan"], group_number=f["group"],
                      case_numbers=[f["auth"]], service_dates=[f["start"].isoformat()], denial_date=nd,
                      appeal_deadline=dl, alternates={"provider": [HOSP[0]]},
                      denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(member_notice(f, ds), t)]))
        elif kind == "pharm":
            t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], provider=PHARM[0],
                      service_dates=[f["start"].isoformat()], denial_date=nd, unscored=["insurer"],
                      alternates={"provider": [f["doctor"]], "service_dates": [[]]})
            items.append(Item(name, cond, [(pharmacy_letter(f, ds), t)]))
        elif kind == "stack":
            f["adate"] = f["notice"] + dt.timedelta(days=r.randint(3, 8))
            f["apr"] = "AP" + dg(r, 9)
            t1 = truth("denial_letter", "level_of_care", case_numbers=[f["auth"]],
                       service_dates=[f["start"].isoformat()], denial_date=nd,
                       appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                       alternates={"provider": [HOSP[0]]}, denial_alternates=["medical_necessity"], **common)
            t2 = truth("other", None, case_numbers=[f["apr"], f["auth"]], service_dates=[f["start"].isoformat()],
                       denial_date=f["adate"].isoformat(),
                       alternates={"provider": [PHARM[0]], "case_numbers": [[f["apr"]]]}, **common)
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (approval(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "eob":
            r2 = random.Random(SEED + 70)
            f["per0"] = f["notice"] - dt.timedelta(days=31)
            visit = f["d1"] - dt.timedelta(days=r2.randint(3, 9))
            f["claims"] = [
                ("CHP" + dg(r2, 11), f"{f['doctor']}, {f['cred']}",
                 [(visit, "Office visit, established 99214", 265.00, 148.20, 118.56)], "A1"),
                ("CHP" + dg(r2, 11), "Ashby Falls Pulmonary Lab",
                 [(visit, "Spirometry with DLCO 94729", 412.00, 190.35, 152.28)], "A1"),
                (f["claim"], HOSP[0], [(d, desc, v, 0.0, 0.0) for d, desc, v in f["lines"]], "SC4")]
            t = truth("eob", "level_of_care", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=two, denial_date=nd, appeal_deadline=dl,
                      alternates={"provider": [f["doctor"]]}, denial_alternates=["medical_necessity"],
                      **dict(common, provider=HOSP[0]))
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "prose":
            f["dl"] = f["notice"] + dt.timedelta(days=180)
            t = truth("denial_letter", "level_of_care", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=two, denial_date=nd, appeal_deadline=f["dl"].isoformat(),
                      alternates={"provider": [HOSP[0]]}, denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "stmt":
            t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], provider=HOSP[0],
                      case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=two, denial_date=nd,
                      unscored=["insurer"], alternates={"provider": [f["doctor"]]})
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        else:
            t = truth("denial_letter", "level_of_care", lang="es", group_number=f["group"], case_numbers=[f["auth"]],
                      service_dates=[f["start"].isoformat()], denial_date=nd, appeal_deadline=dl,
                      alternates={"provider": [HOSP[0]]}, denial_alternates=["medical_necessity"], **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
    return items
