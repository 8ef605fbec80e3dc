"""Family 'punctal_plugs_dry_eye_frequency_limit_eob': an invented commercial medical plan refuses punctal plug
insertion (CPT 68761, two puncta) for dry eye because the plan's frequency limit (two plugs per eye in 12 months)
was already used by an earlier insertion; the member's vision plan separately says the plugs are a medical service.

Documents: a three-claim member EOB where only the plug claim is refused (born digital); the eye clinic's patient
statement (scan 300, denies nothing); a fine-fax stack of a cover sheet, the plan's provider claim determination and
the clinic's appeal letter; the vision plan's letter (photocopy); a prose-only member letter (phone photo); the upheld
first-level appeal (rotated); a Spanish member notice (150 dpi). Everything invented. Decoys: DOB, NPI, tax ID,
account numbers, received dates, claims-processing periods, the earlier insertion's date, other claims, 72-hour and
external-review limits, policy and form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "punctal_plugs_dry_eye_frequency_limit_eob"
LANG = "en"
SEED = 343900

PLAN = {"org": "Thornfield Mutual Health", "addr": "PO Box 40218, Wexcombe, NA 61730",
        "phone": "1-888-555-0147", "web": "thornfieldmutual.example"}
VISION = {"org": "Kestrel Vision Benefits", "addr": "2200 Lens Court, Suite 9, Wexcombe, NA 61734",
          "phone": "1-866-555-0193"}
CLINIC = ("Harbor Lantern Eye Care", "88 Quayside Row, Wexcombe, NA 61731", "(309) 555-0164")
DOC = "Rosalind E. Achterberg"
PEOPLE = ["Percy L. Holloway", "Naomi R. Strand", "Gideon T. Marchetti", "Harriet W. Lomax", "Ezra K. Fairchild",
          "Odette M. Greer", "Milagros P. Irizarry"]
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
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 100))
    dos = notice - dt.timedelta(days=r.randint(16, 38))
    rate = r.choice([186.00, 204.50, 219.00, 231.75])
    return dict(notice=notice, dos=dos, recv=dos + dt.timedelta(days=r.randint(3, 8)), rate=rate,
                plugs=round(2 * rate, 2), visit=r.choice([138.00, 152.00, 167.50]),
                prior=dos - dt.timedelta(days=r.randint(120, 250)),
                claim="TM" + dg(r, 11), vclaim="TM" + dg(r, 11), mid="THM" + dg(r, 9), grp="G-" + dg(r, 5),
                npi="1" + dg(r, 9), tin="37-" + dg(r, 7), acct=dg(r, 7), who=PEOPLE[i],
                dob=dt.date(r.randint(1948, 1995), r.randint(1, 12), r.randint(1, 28)),
                street=f"{r.randint(100, 9800)} {r.choice(['Pennycress Way', 'Gull Hollow Rd', 'Marlpit Lane'])}")


def letterhead(p, es=False):
    p.f(17, "B")
    p.cell(0, 8, PLAN["org"].upper(), new_x="LMARGIN", new_y="NEXT")
    p.line(PLAN["addr"] + "  |  " + ("Servicios al Miembro" if es else "Member Services") + " " + PLAN["phone"]
           + "  |  " + PLAN["web"], 8)
    p.set_line_width(0.8)
    y = p.get_y() + 1
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(6)


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nWexcombe, NA 61733", 10)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-EOB-22 (rev. 09/2025)")
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits", 15, "B")
    p.line("This is not a bill. Keep this statement for your records.", 8.5)
    p.ln(2)
    y = p.get_y()
    p.pairs([("Prepared for", f["who"]), ("Member number", f["mid"]), ("Group", f["grp"]),
             ("Birth date", fd(f["dob"], ds))], 36, 9)
    y2 = p.get_y()
    p.set_y(y)
    p.pairs([("Statement date", fd(f["notice"], ds)),
             ("Processed", f"{fd(f['notice'] - dt.timedelta(days=28), ds)} - {fd(f['notice'] - dt.timedelta(days=1), ds)}"),
             ("Plan", "Thornfield PPO 2500")], 33, 9, x=112)
    p.set_y(max(y2, p.get_y()) + 4)
    rows = []
    for c, prov, d, svc, b, allowed, paid, code in f["claims"]:
        rows.append([c, prov, fd(d, ds), svc, money(b, "nosign"), money(allowed, "nosign"), money(paid, "nosign"),
                     code])
    p.table(["Claim #", "Provider", "Date(s)", "What was done", "Charged", "Allowed", "We paid", "See"],
            rows, [27, 40, 19, 35, 15, 15, 15, 10], size=7.5)
    p.para(f"**Messages**\nP1 - Paid at your in-network benefit level.\n"
           f"F42 - Not covered. Your plan covers punctal plug insertion (68761) for up to two plugs per eye in any 12 "
           f"months. Plugs were already paid for service on {fd(f['prior'], ds)}, so these plugs are over the "
           f"frequency limit in medical policy MP-OPH-117. The provider is in network and may not bill you for "
           f"more than your share.", 8.5)
    p.para("**If you disagree.** You or someone you name may appeal within 180 days of the date of this statement. "
           "If waiting could seriously harm your health, ask for an expedited appeal; we answer within 72 hours. "
           "After our final decision you may ask for an external review within 4 months.", 8.5)
    return out(p)


def statement(f, ds):
    p = Page(footer=None, footer_left=f"Harbor Lantern Eye Care  -  Tax ID {f['tin']}  -  NPI {f['npi']}")
    p.add_page()
    p.f(15, "B")
    p.cell(0, 8, CLINIC[0], align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.5, CLINIC[1], align="R", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.5, "Billing questions " + CLINIC[2], align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    addr(p, f)
    p.line("STATEMENT OF ACCOUNT", 12, "B")
    p.ln(1)
    p.boxed_pairs([("Statement date", fd(f["sdate"], ds)), ("Account number", f["acct"]), ("Patient", f["who"]),
                   ("Primary insurance", f"{PLAN['org']}   member {f['mid']}"),
                   ("Please pay", money(f["plugs"], "plain"))], 45, 9)
    rows = [[fd(f["dos"], ds), "92012", f"Eye exam, established - Dr. {DOC}", money(f["visit"], "nosign")],
            [fd(f["dos"], ds), "68761-E2", "Punctal plug, right lower lid", money(f["rate"], "nosign")],
            [fd(f["dos"], ds), "68761-E4", "Punctal plug, left lower lid", money(f["rate"], "nosign")],
            ["", "", "Thornfield payment - exam", "-" + money(f["vpaid"], "nosign")],
            ["", "", "Contract adjustment - exam", "-" + money(round(f["visit"] - f["vpaid"], 2), "nosign")],
            ["", "", "Thornfield: plugs not covered (limit reached)", "0.00"],
            ["", "", "AMOUNT DUE FROM PATIENT", money(f["plugs"], "nosign")]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [34, 20, 98, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Your insurance told us the plugs were over its yearly limit. We have asked them to look again. If you "
           "would like a payment plan, call us; we do not charge interest.", 9)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-PCD-04")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER CLAIM DETERMINATION", 12, "B")
    p.line(f"ATTN: {CLINIC[0].upper()} - BUSINESS OFFICE   FAX {CLINIC[2]}", 8.5)
    p.ln(2)
    p.boxed_pairs([("DETERMINATION DATE", fd(f["notice"], ds)), ("CLAIM NO.", f["claim"]), ("PATIENT", f["who"].upper()),
                   ("MEMBER NO.", f["mid"]), ("GROUP", f["grp"]), ("PATIENT DOB", fd(f["dob"], ds)),
                   ("RENDERING", f"{DOC.upper()}, MD   NPI {f['npi']}"), ("BILLING", CLINIC[0].upper()),
                   ("RECEIVED", fd(f["recv"], ds)), ("FROM - TO", f"{fd(f['dos'], ds)} - {fd(f['dos'], ds)}"),
                   ("TOTAL BILLED", money(f["plugs"], "usd"))], 52, 8.5)
    p.para(f"LINES 1-2 68761 E2/E4: DENIED. CARC 119 - BENEFIT MAXIMUM FOR THIS TIME PERIOD OR OCCURRENCE HAS BEEN "
           f"REACHED. PRIOR INSERTION PAID {fd(f['prior'], ds)}. RARC N130.", 8.5)
    p.para("A PROVIDER APPEAL MAY BE FILED WITHIN 180 DAYS OF THE DATE OF THIS NOTICE. CORRECTED CLAIMS: 365 DAYS "
           "FROM THE DATE OF SERVICE. MEMBER MAY NOT BE BILLED WITHOUT A SIGNED WAIVER.", 8.5)
    return out(p)


def clinic_appeal(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC[0], 14, "B")
    p.line(CLINIC[1] + "   " + CLINIC[2], 8.5)
    p.ln(5)
    p.line(fd(f["adate0"], ds), 10)
    p.ln(2)
    p.para(f"Provider Appeals\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.para(f"RE: Appeal of claim {f['claim']} - {f['who']} (member {f['mid']})", 10, )
    p.para(f"Dr. {DOC} placed silicone punctal plugs in both lower puncta on {fd(f['dos'], ds)} "
           f"({money(f['plugs'], 'plain')} billed). The plugs placed on {fd(f['prior'], ds)} were lost within weeks "
           "(extrusion documented at the follow-up visit). Replacing a lost plug is not a new course of treatment; "
           "the patient's Schirmer test was 3 mm and her corneal staining had worsened. Please pay the claim.", 10)
    p.para(f"Respectfully,\n\nDana K. Whitcombe\nBilling Supervisor, {CLINIC[0]}", 10)
    return out(p)


def vision_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="KVB-MEDSVC-L2")
    p.add_page()
    p.f(9, "B")
    p.cell(60, 5, VISION["org"])
    p.f(8)
    p.cell(0, 5, VISION["addr"] + "  " + VISION["phone"], align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.ln(6)
    p.line(fd(f["vdate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Your vision claim: medical service not covered under routine vision", 12, rule=True)
    p.pairs([("Vision member ID", f["vid"]), ("Claim reference", f["vref"]), ("Patient", f["who"]),
             ("Provider", CLINIC[0]), ("Date of service", fd(f["dos"], ds)),
             ("Amount submitted", money(f["plugs"], "plain"))], 42, 9.5)
    p.ln(2)
    p.para("Your routine vision plan covers an eye exam, lenses and frames or contact lenses. Punctal plugs (68761) "
           "treat dry eye disease, which is a medical condition. Medical eye services are not a covered benefit "
           f"of your vision plan. Please ask {CLINIC[0]} to send the claim to your medical plan.", 10)
    p.para("If you think we made a mistake, you may ask for a review within 180 days of the date of this letter. "
           f"Call {VISION['phone']} (TTY 711), Monday to Friday.", 10)
    p.para("Kestrel Vision Benefits - Claims Department", 10)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f)
    first, last = f["who"].split()[0], f["who"].split()[-1]
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"This letter is about the punctal plugs that Dr. {DOC} of {CLINIC[0]} put in both of your lower eyelids "
           f"on {fd(f['dos'], ds)}. The clinic billed us {money(f['plugs'], 'plain')} under claim {f['claim']}, "
           f"filed for member number {f['mid']}.", 10)
    p.para(f"We are not able to pay for these plugs. Your plan covers up to two plugs per eye in a 12-month period, "
           f"and we already paid for plugs placed on {fd(f['prior'], ds)}. Plugs placed again within 12 months are "
           "over that limit and are not a covered benefit. Your eye exam that day was paid on a separate claim.", 10)
    p.para("You can appeal this decision within 180 days of the date of this letter. Write to us at the address "
           f"above or call {PLAN['phone']}. If your eyesight is at risk and you need a fast answer, ask for an "
           "expedited appeal and we will decide within 72 hours.", 10)
    p.para("Sincerely,\nMember Claims Services", 10)
    return out(p)


def upheld(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TMH-APL1-DEC")
    p.add_page()
    letterhead(p)
    p.line(fd(f["adate"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Appeal decision - we are keeping our decision", 13, rule=True)
    p.pairs([("Appeal ID", f["apl"]), ("Original claim", f["claim"]), ("Member", f["who"]), ("Member number", f["mid"]),
             ("Group", f["grp"]), ("Treating provider", CLINIC[0]), ("Service date", fd(f["dos"], ds)),
             ("Charges", money(f["plugs"], "nosign")), ("We got your appeal", fd(f["arecv"], ds))], 42, 9.5)
    p.ln(2)
    p.para(f"An ophthalmologist who did not make the first decision reviewed the clinic's appeal, your chart notes and "
           f"medical policy MP-OPH-117. The policy allows a replacement within 12 months only when the first plug "
           f"came out within 30 days; the notes show the plug placed on {fd(f['prior'], ds)} was still in place at "
           "the 60-day visit. The plugs remain over the frequency limit and are not covered.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead ask for "
           "an external review by an independent review organization within 4 months of this letter.", 10)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="TMH-AVISO-ES 2025")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Aviso de denegación de pago", 13, rule=True)
    p.table(["Número de reclamación", "Fecha del servicio", "Proveedor", "Cargos"],
            [[f["claim"], fd(f["dos"], "es"), CLINIC[0], "$" + money(f["plugs"], "nosign")]],
            [42, 42, 58, 30], size=8.5)
    p.pairs([("Afiliado", f["who"]), ("Núm. de miembro", f["mid"]), ("Grupo", f["grp"]),
             ("Fecha de nacimiento", fd(f["dob"], "es"))], 44, 9.5)
    p.ln(2)
    p.para(f"No pagamos los tapones lagrimales (código 68761). Su plan cubre hasta dos tapones por ojo cada 12 meses "
           f"y ya pagamos los que le pusieron el {fd(f['prior'], 'es')}. Por eso estos tapones superan el límite de "
           "frecuencia y no son un beneficio cubierto.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si su "
           "salud corre peligro, pida una apelación rápida (72 horas). Llame gratis al " + PLAN["phone"] + ".", 10)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims", "born_digital", "eob", "slash"),
    ("scan300_eye_clinic_statement", "scan_clean_300", "stmt", "long"),
    ("faxfine_stack_provider_determination_and_clinic_appeal", "fax_fine_g4", "stack", "updash"),
    ("copy_vision_plan_medical_service_letter", "photocopy", "vision", "dmy"),
    ("photo_prose_member_letter", "phone_photo", "prose", "abbr"),
    ("rotated_first_level_appeal_upheld", "rotated", "upheld", "iso"),
    ("lowres_aviso_denegacion_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["vpaid"] = round(f["visit"] * 0.7, 2)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        dos = [f["dos"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"], provider=CLINIC[0])
        alt_doc = {"provider": [f"Dr. {DOC}", DOC]}
        den = dict(denial_alternates=["other"])
        amt = m2(f["plugs"])
        if kind == "eob":
            f["claims"] = [(f["vclaim"], CLINIC[0], f["dos"], "Eye exam 92012", f["visit"], f["vpaid"],
                            f["vpaid"], "P1"),
                           (f["claim"], CLINIC[0], f["dos"], "Punctal plugs 68761 x2", f["plugs"], 0.0, 0.0, "F42"),
                           ("TM" + dg(random.Random(SEED + 55), 11), "Quarry Hill Family Medicine",
                            f["dos"] - dt.timedelta(days=9), "Office visit 99213", 171.00, 118.40, 88.40, "P1")]
            t = truth("eob", "not_covered", case_numbers=[f["claim"]], claim_amount=amt, service_dates=dos,
                      denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], **den, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "stmt":
            f["sdate"] = f["notice"] + dt.timedelta(days=r.randint(5, 12))
            t = truth("other", None, claim_amount=amt, service_dates=dos, denial_date=f["sdate"].isoformat(),
                      unscored=["insurer"], alternates={"provider": [f"Dr. {DOC}", DOC]},
                      **dict(common, insurer=None))
            items.append(Item(name, cond, [(statement(f, ds), t)]))
        elif kind == "stack":
            f["adate0"] = f["notice"] + dt.timedelta(days=r.randint(7, 16))
            t1 = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=amt,
                       service_dates=dos, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"],
                       alternates=alt_doc, **den, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=amt, service_dates=dos,
                       denial_date=f["adate0"].isoformat(), alternates=alt_doc, unscored=["insurer"],
                       **dict(common, insurer=None))
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (clinic_appeal(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "vision":
            f["vdate"] = f["notice"] - dt.timedelta(days=r.randint(3, 9))
            f["vid"] = "KV" + dg(r, 8)
            f["vref"] = "VR-" + dg(r, 8)
            t = truth("denial_letter", "not_covered", case_numbers=[f["vref"]], claim_amount=amt,
                      service_dates=dos, denial_date=f["vdate"].isoformat(),
                      appeal_deadline=(f["vdate"] + dt.timedelta(days=180)).isoformat(),
                      **dict(common, insurer=VISION["org"], member_id=f["vid"]), denial_alternates=["other"])
            items.append(Item(name, cond, [(vision_letter(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, alternates=alt_doc, **den, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "upheld":
            f["adate"] = f["notice"]
            f["apl"] = "AP" + dg(r, 8)
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(14, 26))
            t = truth("denial_letter", "not_covered", case_numbers=[f["apl"], f["claim"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), group_number=f["grp"],
                      **den, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            t = truth("denial_letter", "not_covered", lang="es", case_numbers=[f["claim"]], claim_amount=amt,
                      service_dates=dos, denial_date=nd, appeal_deadline=dl180, group_number=f["grp"], **den,
                      **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
    return items
