"""Family 'sclerotherapy_spider_veins_cosmetic_exclusion_denial': an invented commercial plan refuses sclerotherapy of
spider veins (telangiectasia, CPT 36468) as a cosmetic service excluded by the plan, while the vein clinic's duplex
scan and consult are paid and a separate ablation of a refluxing saphenous vein is approved.

Documents: the member's pre-service denial letter (born digital, label column); the vein clinic's patient statement
of several sessions, two sclerotherapy sessions denied (scan 300, denies nothing); a fine-fax stack of a cover sheet,
the plan's provider-copy determination in ruled boxes and the vein specialist's appeal letter (its page fed upside
down); a three-claim member EOB refusing only the sclerotherapy claim (photocopy); the upheld first-level appeal told
only in sentences (phone photo); the Spanish claim-denial notice (150 dpi); the approval of the saphenous vein
ablation (rotated, denies nothing). Everything invented. Decoys: DOB, NPI, tax ID, received dates, account numbers,
other claims, processing period, 72-hour and external-review limits, form numbers, policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "sclerotherapy_spider_veins_cosmetic_exclusion_denial"
LANG = "en"
SEED = 347500

PLAN = {"org": "Cobaltridge Health Partners", "addr": "PO Box 77214, Ashgrove Falls, NA 40921",
        "phone": "1-877-555-0164", "web": "cobaltridgehealth.example", "fax": "1-877-555-0169"}
CLINIC = ("Fernhill Vein & Vascular Center", "118 Orchard Terrace, Suite 4, Ashgrove Falls, NA 40923",
          "(604) 555-0137")
DOC = "Lucinda M. Haverford"
PEOPLE = ["Harriet P. Vasquez", "Odette L. Kessler", "Brianna T. Holloway", "Sunita R. Greer", "Leticia A. Strand",
          "Milagros E. Zamora", "Yolanda C. Prescott"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
EXCL = "Section 9.2(c), Cosmetic Services"
POLICY = "Clinical Policy CP-VN-031 Treatment of Varicose Veins and Telangiectasia"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 100))
    return dict(notice=notice, who=PEOPLE[i], mid="CRH" + dg(r, 9), grp=dg(r, 6), plan="CRH-PPO-" + dg(r, 4),
                ref="PA-" + dg(r, 8), claim="7" + dg(r, 11), npi="1" + dg(r, 9),
                dob=dt.date(r.randint(1962, 1994), r.randint(1, 12), r.randint(1, 28)),
                recv=notice - dt.timedelta(days=r.randint(4, 9)),
                street=f"{r.randint(100, 9800)} {r.choice(['Wren Hollow Rd', 'Cask Street', 'Millpond Ct'])}",
                fee=round(r.randint(36000, 52000) / 100, 2))


def letterhead(p, es=False):
    p.line(PLAN["org"], 17, "B")
    p.line(("Su plan de salud  |  " if es else "Health coverage for the Ashgrove Valley  |  ") + PLAN["web"], 8.5)
    p.line(f"{PLAN['addr']}   " + ("Servicios para Miembros " if es else "Customer Care ") + PLAN["phone"]
           + " (TTY 711)", 8.5)
    p.ln(6)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nAshgrove Falls, NA 40922", 10)


def reason():
    return ("Your plan does not cover cosmetic services ("
            + EXCL + " of your Evidence of Coverage). Sclerotherapy of spider veins (telangiectasia) and small "
            "reticular veins under 3 mm is treated as cosmetic under " + POLICY + ": these veins do not cause "
            "reflux or the symptoms the policy requires, and treating them changes how the legs look.")


def member_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRH-UM-DN-04 (rev. 10/2025)")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.ln(2)
    p.heading("Notice of Coverage Denial", 13, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"], ds)),
             ("Reference #", f["ref"]), ("Requested by", f"{DOC}, MD - {CLINIC[0]}"),
             ("Service", "Sclerotherapy, spider veins, both legs (CPT 36468) x 3"),
             ("Planned start", fd(f["planned"], ds)), ("Request received", fd(f["recv"], ds))], 42, 9.6)
    p.ln(2)
    p.heading("What we decided", 11)
    p.para("We reviewed the request your vein doctor sent us. We are not able to approve it. " + reason(), 10)
    p.para("The duplex ultrasound and office visits you already had are not part of this decision.", 10)
    p.heading("If you disagree", 11)
    p.para("You or someone you name may file an appeal within 180 days of the date of this letter. Send it to "
           f"Appeals Unit, {PLAN['addr']}, or fax {PLAN['fax']}. If your doctor says waiting could seriously harm "
           "your health, ask for an expedited appeal; we answer those within 72 hours. After our final decision you "
           "may ask for an independent external review within 4 months.", 9.8)
    p.para("Sincerely,\n\nUtilization Management, Cobaltridge Health Partners", 10)
    return out(p)


def statement(f, ds):
    p = Page(footer=None, footer_left=f"{CLINIC[0]}  |  Tax ID 62-{f['npi'][3:10]}  |  Group NPI {f['npi']}")
    p.add_page()
    p.line(CLINIC[0], 15, "B")
    p.line(CLINIC[1] + "   Billing " + CLINIC[2], 8.5)
    p.ln(5)
    y = p.get_y()
    p.para(f"PATIENT STATEMENT\n\n{f['who'].upper()}\n{f['street'].upper()}\nASHGROVE FALLS NA 40922", 9.5)
    yl = p.get_y()
    p.pairs([("Statement date", fd(f["sdate"], ds)), ("Account no.", f["acct"]), ("Patient", f["who"]),
             ("Physician", f"{DOC}, MD"), ("Primary insurance", PLAN["org"]), ("Policy / ID", f["mid"])],
            35, 8.6, x=104, h=4.8)
    p.set_y(max(yl, p.get_y()) + 5)
    p.table(["Date", "CPT", "Description", "Charge", "Ins. paid", "Adjust.", "Ins. denied", "You owe"],
            f["rows"], [20, 14, 50, 19, 19, 17, 19, 16], 7.8,
            aligns=["L", "L", "L", "R", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Your insurance denied the sclerotherapy sessions on {fd(f['d1'], ds)} and {fd(f['d2'], ds)} as "
           "cosmetic. You signed our cosmetic-services waiver on the first day, so those sessions are now your "
           f"balance. Amount due: **{money(f['due'])}**. Pay by {fd(f['sdate'] + dt.timedelta(days=30), ds)} "
           "or call us to set up a payment plan.", 9.2)
    p.para("Dr. Haverford has sent an appeal letter to your plan. We will hold this balance for 45 days while the "
           "appeal is reviewed.", 9.2)
    return out(p)


def provider_copy(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRH-UM-PRV-2")
    p.add_page()
    letterhead(p)
    p.line("PRE-SERVICE DETERMINATION - PROVIDER NOTIFICATION", 11, "B")
    p.line(f"TO: {CLINIC[0].upper()}   ATTN: {DOC.upper()}, MD   FAX (604) 555-0139", 9)
    p.ln(2)
    p.boxed_pairs([("NOTICE DATE", fd(f["notice"], ds)), ("CASE NO.", f["ref"]), ("PATIENT", f["who"]),
                   ("SUBSCRIBER ID", f["mid"]), ("GROUP NO.", f["grp"]), ("PATIENT DOB", fd(f["dob"], ds)),
                   ("RENDERING NPI", f["npi"]), ("PROCEDURE", "36468 SCLEROTX SPIDER VEINS LIMB/TRUNK x3"),
                   ("DIAGNOSIS", "I78.1 NEVUS, NON-NEOPLASTIC"), ("SCHEDULED DOS", fd(f["planned"], ds)),
                   ("RECEIVED", fd(f["recv"], ds)), ("DETERMINATION", "NOT APPROVED - BENEFIT EXCLUSION")], 50, 9)
    p.para("Rationale: " + reason(), 9.3)
    p.para("This is a benefit exclusion, not a medical judgement, so a peer-to-peer discussion is not offered. The "
           "member, or the provider acting for the member, may appeal within 180 days of the date of this notice.",
           9.3)
    return out(p)


def appeal_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC[0], 14, "B")
    p.line(CLINIC[1] + "   Tel " + CLINIC[2], 8.5)
    p.ln(6)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Unit\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"Re: {f['who']}, DOB {fd(f['dob'], ds)}, ID {f['mid']}\nCase {f['ref']} - request to reconsider", 10)
    p.para("To the reviewer:", 10)
    p.para("I am asking you to reconsider the denial of sclerotherapy for my patient. She has aching, burning and "
           "night cramps in both calves, with clusters of spider and reticular veins over the lateral thighs and "
           "ankles that bled twice last autumn after minor knocks. Her duplex scan shows no saphenous reflux. "
           "Compression stockings for 12 weeks did not help the symptoms.", 10)
    p.para(f"I planned three sessions starting {fd(f['planned'], ds)}. Because the veins have bled, I do not "
           "consider this treatment cosmetic. My notes and photographs are enclosed.", 10)
    p.para(f"Sincerely,\n\n{DOC}, MD, RPVI\nVascular Medicine   NPI {f['npi']}", 10)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CRH-EOB-01")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    y = p.get_y()
    addr(p, f)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Member", f["who"]), ("ID", f["mid"]), ("Group", f["grp"]),
             ("Plan", f["plan"]),
             ("Claims received", f"{fd(f['notice'] - dt.timedelta(days=40), ds)} - "
                                 f"{fd(f['notice'] - dt.timedelta(days=4), ds)}")], 30, 8.5, x=108, h=4.6)
    p.set_y(max(yl, p.get_y()) + 4)
    rows = []
    for c in f["claims"]:
        rows.append([c[0], fd(c[2], ds), c[1], c[3], money(c[4], "nosign"), money(c[5], "nosign"),
                     money(c[6], "nosign"), c[7]])
    p.table(["Claim #", "Date", "Provider", "Service", "Billed", "Plan paid", "You owe", "Code"], rows,
            [27, 23, 40, 30, 17, 17, 16, 10], 7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.para("**Codes.**  PD - Paid at your in-network benefit.  DC - Deductible or coinsurance applied.  "
           "**X27** - Not covered: cosmetic service excluded under " + EXCL + " of your Evidence of Coverage. "
           "You may be billed by the provider if you agreed in writing before the service.", 8.6)
    p.para("Your right to appeal: if you disagree with how we processed a claim, you may appeal within 180 days of "
           "the date of this statement. Urgent appeals are decided within 72 hours. External review requests must "
           "be filed within 4 months of our final decision.", 8.6)
    return out(p)


def upheld(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]},", 10)
    p.para(f"Thank you for your letter, which reached us on {fd(f['arecv'], ds)}. You appealed our decision not to "
           f"pay claim {f['claim']} for sclerotherapy of spider veins that {DOC}, MD gave you at {CLINIC[0]} on "
           f"{fd(f['d1'], ds)}. The charge on that claim was {money(f['fee'])}. We opened appeal {f['apl']} for "
           f"your member ID {f['mid']}.", 10)
    p.para("A vascular surgeon who was not part of the first decision read your appeal, the clinic notes, the "
           "photographs and the duplex report. The veins treated were under 3 mm and the duplex showed no reflux. "
           "Two episodes of minor bleeding were treated with pressure in the office. Your Evidence of Coverage "
           f"excludes cosmetic services in {EXCL}, and under {POLICY} this treatment is cosmetic. We are upholding "
           "our decision, and the claim remains denied.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. If you do not, or if "
           "the second level also upholds the denial, you may ask for an external review by an independent review "
           "organization within 4 months. You may call us for free copies of everything we used to decide.", 10)
    p.para("Sincerely,\n\nGrievance and Appeals Department", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="CRH-CLM-DN-S 10/2025")
    p.add_page()
    letterhead(p, es=True)
    p.line(f"Fecha del aviso: {fd(f['notice'], 'es')}", 10)
    p.ln(3)
    addr(p, f)
    p.heading("AVISO DE DENEGACIÓN DE UN RECLAMO", 13, rule=True)
    p.table(["Paciente", "N.º de miembro", "N.º de reclamo", "Fecha del servicio", "Cargo facturado"],
            [[f["who"], f["mid"], f["claim"], fd(f["d1"], "es"), money(f["fee"])]], [38, 30, 32, 40, 34], 8.4)
    p.para(f"Proveedor: {DOC}, MD, {CLINIC[0]}. Grupo: {f['grp']}. Fecha de nacimiento: "
           f"{fd(f['dob'], 'es')}.", 9.5)
    p.heading("Por qué no pagamos", 11)
    p.para("El servicio fue escleroterapia de venas araña (telangiectasias, código 36468). Su Evidencia de "
           "Cobertura excluye los servicios cosméticos (Sección 9.2(c)). Según nuestra política clínica CP-VN-031, "
           "tratar venas de menos de 3 mm sin reflujo es cosmético. Por eso el reclamo fue denegado.", 10)
    p.heading("Su derecho a apelar", 11)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Escriba a la Unidad de "
           f"Apelaciones, {PLAN['addr']}. Si esperar pone en grave peligro su salud, pida una apelación acelerada "
           "(72 horas). Después de nuestra decisión final puede pedir una revisión externa dentro de 4 meses.", 9.8)
    return out(p)


def approval(f, ds):
    p = Page(footer=None, footer_left="CRH-UM-AP-01")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    p.heading("Your request has been approved", 12.5, rule=True)
    p.para(f"Good news. We approved the treatment your doctor, {DOC}, MD, asked for. Please keep this letter.", 10)
    p.table(["Authorization", "Procedure", "Where", "Approved date of service"],
            [[f["auth"], "36478 Endovenous laser, R GSV", CLINIC[0], fd(f["planned"], ds)]], [28, 52, 58, 36], 8)
    p.pairs([("Member ID", f["mid"]), ("Group", f["grp"]), ("Request received", fd(f["recv"], ds))], 40, 9.5)
    p.para("The approval is valid for 90 days. It covers only the procedure shown. Your usual copay or coinsurance "
           "applies. Questions? Call Customer Care.", 10)
    return out(p)


ITEMS = [
    ("bd_member_denial_letter", "born_digital", "member", "long"),
    ("scan_clinic_statement_sessions", "scan_clean_300", "statement", "slash"),
    ("fax_stack_provider_copy_appeal", "fax_fine_g4", "stack", "abbr"),
    ("photocopy_three_claim_eob", "photocopy", "eob", "updash"),
    ("phone_upheld_appeal_prose", "phone_photo", "upheld", "long"),
    ("lowres_aviso_reclamo_es", "scan_lowres_150", "es", "es"),
    ("rotated_ablation_approval", "rotated", "approval", "iso"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["planned"] = f["notice"] + dt.timedelta(days=r.randint(12, 30))
        f["d1"] = f["notice"] - dt.timedelta(days=r.randint(30, 50))
        f["d2"] = f["d1"] + dt.timedelta(days=r.randint(20, 28))
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        prov_alt = [f"Dr. {DOC}", CLINIC[0]]
        if kind == "member":
            t = truth("denial_letter", "not_covered", group_number=f["grp"], case_numbers=[f["ref"]],
                      service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=d180, provider=DOC,
                      alternates={"provider": prov_alt}, **common)
            items.append(Item(name, cond, [(member_letter(f, ds), t)]))
        elif kind == "statement":
            f["sdate"] = f["d2"] + dt.timedelta(days=r.randint(25, 35))
            f["acct"] = "FVV-" + dg(r, 6)
            consult = f["d1"] - dt.timedelta(days=r.randint(20, 30))
            c1, c2, c3 = 385.00, round(r.randint(52000, 61000) / 100, 2), f["fee"]
            p1, p2 = round(c1 * 0.55, 2), round(c2 * 0.48, 2)
            a1, a2 = round(c1 - p1 - 40, 2), round(c2 - p2 - 60, 2)
            f["rows"] = [[fd(consult, ds), "99204", "New patient visit", money(c1, "nosign"), money(p1, "nosign"),
                          money(a1, "nosign"), "0.00", "40.00"],
                         [fd(consult, ds), "93970", "Duplex scan, legs, bilat", money(c2, "nosign"),
                          money(p2, "nosign"), money(a2, "nosign"), "0.00", "60.00"],
                         [fd(f["d1"], ds), "36468", "Sclerotherapy, session 1", money(c3, "nosign"), "0.00", "0.00",
                          money(c3, "nosign"), money(c3, "nosign")],
                         [fd(f["d2"], ds), "36468", "Sclerotherapy, session 2", money(c3, "nosign"), "0.00", "0.00",
                          money(c3, "nosign"), money(c3, "nosign")]]
            tot = c1 + c2 + 2 * c3
            f["due"] = round(100 + 2 * c3, 2)
            f["rows"].append(["", "", "Totals", money(tot, "nosign"), money(p1 + p2, "nosign"),
                              money(a1 + a2, "nosign"), money(2 * c3, "nosign"), money(f["due"], "nosign")])
            t = truth("other", None, claim_amount=m2(2 * c3),
                      service_dates=[f["d1"].isoformat(), f["d2"].isoformat()], denial_date=f["sdate"].isoformat(),
                      provider=DOC,
                      alternates={"provider": prov_alt, "claim_amount": [m2(tot), None],
                                  "service_dates": [[consult.isoformat(), f["d1"].isoformat(), f["d2"].isoformat()]]},
                      unscored=["insurer"], **common)
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(7, 15))
            t1 = truth("denial_letter", "not_covered", group_number=f["grp"], case_numbers=[f["ref"]],
                       service_dates=[f["planned"].isoformat()], denial_date=nd, appeal_deadline=d180, provider=DOC,
                       alternates={"provider": prov_alt}, **common)
            t2 = truth("other", None, case_numbers=[f["ref"]], service_dates=[f["planned"].isoformat()],
                       denial_date=f["ldate"].isoformat(), provider=DOC, alternates={"provider": prov_alt},
                       unscored=["insurer"], **common)
            items.append(Item(name, cond, [(provider_copy(f, ds), t1), (appeal_letter(f, ds), t2)],
                              separators=["cover", "blank"], turns={(1, 0): 180}))
        elif kind == "eob":
            dos = f["d1"]
            f["claims"] = [("7" + dg(r, 11), "Ashgrove Family Medicine", dos - dt.timedelta(days=9), "99213 office",
                            212.00, 141.30, 30.00, "PD"),
                           ("7" + dg(r, 11), "Valleyline Diagnostic Lab", dos - dt.timedelta(days=9), "80053 panel",
                            96.40, 38.12, 0.00, "PD"),
                           (f["claim"], "Fernhill Vein & Vascular", dos, "36468 sclerotx", f["fee"], 0.00,
                            f["fee"], "X27")]
            t = truth("eob", "not_covered", plan_id=f["plan"], group_number=f["grp"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["fee"]), service_dates=[dos.isoformat()], denial_date=nd,
                      appeal_deadline=d180, provider="Fernhill Vein & Vascular",
                      alternates={"provider": [DOC, CLINIC[0]]}, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "upheld":
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(15, 28))
            f["apl"] = "AP" + dg(r, 7)
            t = truth("denial_letter", "not_covered", case_numbers=[f["claim"], f["apl"]], claim_amount=m2(f["fee"]),
                      service_dates=[f["d1"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), provider=DOC,
                      alternates={"provider": prov_alt}, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "not_covered", lang="es", group_number=f["grp"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["fee"]), service_dates=[f["d1"].isoformat()], denial_date=nd,
                      appeal_deadline=d180, provider=DOC, alternates={"provider": prov_alt}, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        else:
            f["auth"] = "AU" + dg(r, 9)
            t = truth("other", None, group_number=f["grp"], case_numbers=[f["auth"]],
                      service_dates=[f["planned"].isoformat()], denial_date=nd, provider=DOC,
                      alternates={"provider": prov_alt}, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items
