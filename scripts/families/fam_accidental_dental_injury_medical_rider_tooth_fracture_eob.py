"""Family 'accidental_dental_injury_medical_rider_tooth_fracture_eob': a teenager breaks a front tooth in a fall;
the family's invented medical plan pays the emergency room and the dentist's first emergency treatment under its
accidental dental injury rider but refuses the restorative lines (root canal, core build-up, crown) as dental
services its medical coverage excludes.

Documents: a member EOB with three claims, only the dentist's claim partly refused (born digital); a scanned stack
of the plan's denial letter to the parent, the blank back of its sheet, and the dentist's statement fed upside
down; the plan's notice to the dentist (standard fax); an upheld appeal told only in sentences (photocopy); the
family's separate dental carrier paying the crown (phone photo, denies nothing); a Spanish letter (sideways); the
plan's accident-details request (low resolution, denies nothing). Everything invented. Decoys: DOB, NPI, tooth
numbers, CDT codes, accident dates, received dates, processing periods, account numbers, the rider's 72-hour and
12-month clauses, external-review and second-level limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "accidental_dental_injury_medical_rider_tooth_fracture_eob"
LANG = "en"
SEED = 340800

PLAN = {"org": "Tamsin Ridge Health Plan", "addr": "PO Box 20917, Corliss Falls, NA 58204",
        "phone": "1-844-617-3090", "fax": "1-844-617-3199", "web": "tamsinridge.example"}
DENTAL = {"org": "Cobaltline Dental Benefits", "addr": "PO Box 7702, Hollin, NA 58330", "phone": "1-866-280-4471"}
DENTIST = ("Rosalind T. Achebe", "DMD", "Foxglove Lane Dental Group", "318 Foxglove Lane, Corliss Falls, NA 58209")
ER = ("Lanternfield Regional Medical Center", "Lanternfield Emergency Physicians")
FAMILIES = [("Colleen R. Dunleavy", "Jasper T. Dunleavy"), ("Kwame O. Oduya", "Naomi E. Oduya"),
            ("Ingrid S. Lindqvist", "Theo M. Lindqvist"), ("Gideon P. Marchetti", "Leticia A. Marchetti"),
            ("Sunita B. Rao", "Arjun K. Rao"), ("Ramón J. Figueroa", "Itzel M. Figueroa"),
            ("Percy L. Winslow", "Mei H. Winslow")]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]
EXCL = "DX7"


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


def money_sp(v):
    """A dental office's ledger prints '$ 1,385.00'."""
    return f"$ {v:,.2f}"


def base(r, i):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 130))
    acc = notice - dt.timedelta(days=r.randint(20, 40))
    tooth = r.choice(["8", "9"])
    return dict(notice=notice, acc=acc, er=acc, emerg=acc + dt.timedelta(days=1),
                rct=acc + dt.timedelta(days=r.randint(8, 14)), claim="TR" + dg(r, 10), mid="TRH" + dg(r, 8),
                group="G" + dg(r, 5), plan="TR-PPO-" + r.choice(["250", "500", "1000"]), tooth=tooth,
                dob=dt.date(r.randint(2008, 2013), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                acct="FLD-" + dg(r, 5), sub=FAMILIES[i][0], member=FAMILIES[i][1],
                street=f"{r.randint(100, 9800)} {r.choice(['Larkspur Way', 'Tinder Hill Rd', 'Mossgate Ave'])}")


def lines_rct(f):
    """The dentist's claim: emergency lines paid under the rider, restorative lines refused."""
    return [("D0140", "Limited oral evaluation - problem focused", f["tooth"], 95.00, True),
            ("D0220", "Periapical radiograph, first image", f["tooth"], 38.00, True),
            ("D3310", "Endodontic therapy, anterior tooth", f["tooth"], 1045.00, False),
            ("D2950", "Core buildup, including pins", f["tooth"], 315.00, False)]


def letterhead(p, es=False):
    p.line(PLAN["org"], 16, "B")
    p.line(("Servicios para Miembros" if es else "Claims and Member Services") + "   " + PLAN["addr"], 8.5)
    p.line(f"{PLAN['phone']}   TTY 711   {PLAN['web']}", 8.5)
    p.ln(5)


def eob_bd(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TRHP-EOB-2026")
    p.add_page()
    letterhead(p)
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    p.boxed_pairs([("Issued", fd(f["notice"], ds)), ("Subscriber", f["sub"]), ("Patient", f["member"]),
                   ("Member ID", f["mid"]), ("Group / Plan", f"{f['group']} / {f['plan']}"),
                   ("Claims received", f"{fd(f['er'], ds)} through {fd(f['notice'] - dt.timedelta(days=3), ds)}")],
                  40, 9)
    rows = []
    for cl, prov, d, code, desc, ch, paid, rc in f["claims"]:
        rows.append([cl, prov, fd(d, ds), code, desc, money(ch, "nosign"), money(paid, "nosign"), rc])
    p.table(["Claim", "Provider", "Date", "Code", "Description", "Billed", "Paid", "Remark"], rows,
            [23, 38, 19, 11, 43, 16, 15, 13], size=7, border=0)
    p.para(f"Claim {f['claim']}: {DENTIST[2]}, rendering dentist {DENTIST[0]}, {DENTIST[1]}. Total billed "
           f"{money(f['total'], 'plain')}; paid on this claim {money(f['paid'], 'plain')}.", 8.5)
    p.ln(2)
    p.heading("Remarks", 10)
    p.para(f"AD1 - Paid under your Accidental Dental Injury Rider: emergency care of a sound natural tooth started "
           "within 72 hours of the accident.\n"
           f"{EXCL} - Dental services are not covered by your medical plan. The rider covers only the first emergency "
           "treatment; root canals, build-ups and crowns are dental care. Send these lines to your dental plan.\n"
           "ER2 - Emergency services paid in network.", 8.5)
    p.para("To appeal the lines marked DX7, write to us within 180 days of the date this statement was issued. "
           "External review requests: within 4 months of a final decision.", 8.5)
    return out(p)


def denial_letter(f, ds):
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left="TRHP-CLM-ADV-04")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.para(f"{f['sub']}\n{f['street']}\nCorliss Falls, NA 58211", 10)
    p.line("Notice of Claim Determination", 13, "B")
    p.ln(1)
    x0, y0 = p.get_x(), p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(x0, y0, 62, 60, style="F")
    p.f(8.5, "B")
    info = [("Patient", f["member"]), ("Date of birth", fd(f["dob"], "slash")), ("Member ID", f["mid"]),
            ("Claim number", f["claim"]), ("Dentist", f"{DENTIST[0]}, {DENTIST[1]}"), ("Amount billed", money(f["total"], "plain"))]
    y = y0 + 2
    for k, v in info:
        p.set_xy(x0 + 2, y)
        p.f(7.5, "B")
        p.cell(58, 3.8, k)
        p.set_xy(x0 + 2, y + 3.8)
        p.f(8.5)
        p.cell(58, 4.4, v)
        y += 9.6
    p.set_xy(x0 + 66, y0)
    body = (f"Dear {f['sub'].split()[0]} {f['sub'].split()[-1]},\n\n"
            f"We processed the claim from {DENTIST[2]} for your son's or daughter's care on {fd(f['rct'], ds)}, "
            f"after the fall on {fd(f['acc'], ds)} that broke tooth #{f['tooth']}.\n\n"
            "We paid the first exam and X-ray under the Accidental Dental Injury Rider. We denied the root canal "
            "(D3310) and the core buildup (D2950). Your medical plan excludes dental services; the rider pays only "
            "for emergency treatment begun within 72 hours of an accident, and repairs finished within 12 months "
            "must be billed to a dental plan.\n\n"
            "You may appeal within 180 days of the date of this letter. Write to Appeals, " + PLAN["addr"] + ".")
    p.f(9.5)
    p.multi_cell(p.w - p.r_margin - x0 - 66, 4.6, body, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.para("Sincerely,\nClaims Review Unit", 9.5)
    return out(p)


def dentist_statement(f, ds):
    p = Page(footer=None, footer_left="Please detach and return the lower part with your payment")
    p.add_page()
    p.line(DENTIST[2], 15, "B")
    p.line(DENTIST[3] + "   (701) 555-0148", 8.5)
    p.ln(4)
    p.pairs([("Statement date", fd(f["stmt"], ds)), ("Account", f["acct"]), ("Responsible party", f["sub"]),
             ("Patient", f["member"]), ("Provider", f"{DENTIST[0]}, {DENTIST[1]}")], 38, 9)
    p.ln(2)
    rows = [[fd(f["rct"], ds), c, t, d, money_sp(v)] for c, d, t, v, _ in lines_rct(f)]
    rows.append(["", "", "", "Total charges", money_sp(f["total"])])
    rows.append(["", "", "", f"Medical insurance payment ({PLAN['org']})", "-" + money_sp(f["paid"])])
    rows.append(["", "", "", "Balance due", money_sp(f["total"] - f["paid"])])
    p.table(["Date", "Code", "Tooth", "Description", "Amount"], rows, [32, 14, 12, 94, 26], size=8.5, border=0,
            aligns=["L", "L", "L", "L", "R"], bold_last=True)
    p.para(f"Your medical plan paid the exam and X-ray and denied the root canal and buildup as dental services "
           f"(its claim {f['claim']}). We have sent the denied lines to {DENTAL['org']}. Balance shown is due "
           "within 30 days unless your dental plan pays.", 9)
    return out(p)


def fax_provider(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TRHP-PRV-DN 11/2025")
    p.add_page()
    letterhead(p)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12.5, "B")
    p.line(f"FAX TO: {DENTIST[2]}   ATTN: BILLING", 9)
    p.ln(3)
    p.boxed_pairs([("NOTICE DATE", fd(f["notice"], ds)), ("CLAIM NO.", f["claim"]), ("PATIENT", f["member"]),
                   ("MEMBER ID", f["mid"]), ("GROUP", f["group"]), ("PATIENT DOB", fd(f["dob"], ds)),
                   ("RENDERING DENTIST", f"{DENTIST[0]}, {DENTIST[1]}   NPI {f['npi']}"),
                   ("DATE OF INJURY", fd(f["acc"], ds)), ("RECEIVED", fd(f["recv"], ds))], 48, 8.5)
    rows = [[fd(f["crown"], ds), c, f"#{f['tooth']}", d, money(v, "usd"), "DENIED " + EXCL]
            for c, d, v in f["clines"]]
    rows.append(["", "", "", "CLAIM TOTAL", money(f["ctotal"], "usd"), ""])
    p.table(["DOS", "CDT", "TOOTH", "DESCRIPTION", "BILLED", "STATUS"], rows, [24, 14, 14, 64, 26, 38], size=8)
    p.para(f"{EXCL}: SERVICE IS DENTAL IN NATURE AND EXCLUDED UNDER THE MEMBER'S MEDICAL COVERAGE. THE ACCIDENTAL "
           "DENTAL INJURY RIDER COVERS EMERGENCY TREATMENT WITHIN 72 HOURS ONLY. BILL THE MEMBER'S DENTAL CARRIER.", 8.5)
    p.para("A PROVIDER APPEAL MUST BE RECEIVED WITHIN 90 DAYS OF THE DATE OF THIS NOTICE. ATTACH THE EMERGENCY ROOM "
           "RECORD AND RADIOGRAPHS.", 8.5)
    return out(p)


def upheld_prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['sub']}\n{f['street']}\nCorliss Falls, NA 58211", 10)
    p.para(f"Dear {f['sub'].split()[0]} {f['sub'].split()[-1]}:", 10)
    p.para(f"You appealed on behalf of {f['member']} (member number {f['mid']}) our decision on claim {f['claim']}. "
           f"That claim came from {DENTIST[0]}, {DENTIST[1]}, for a crown on tooth #{f['tooth']} placed on "
           f"{fd(f['crown'], ds)}, and it was billed at {money(f['ctotal'], 'plain')}. We gave your appeal number "
           f"{f['apl']}.", 10)
    p.para("A dentist consultant and our appeals committee looked at the emergency room notes and the photos you "
           "sent. They agree that the fall was an accident and that the tooth was sound before it. But a crown is a "
           "dental restoration, and the medical plan's rider only covers emergency treatment started within 72 "
           "hours of an accident. We therefore uphold the denial: the crown is not a covered medical benefit.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review within 4 months. Your dental plan may still cover the crown.", 10)
    p.para("Sincerely,\n\nAppeals and Grievances", 10)
    return out(p)


def dental_paid_eob(f, ds):
    p = Page(footer="{n}/{nb}", footer_left="CLDB-EOB")
    p.add_page()
    p.line(DENTAL["org"], 15, "B")
    p.line(DENTAL["addr"] + "   " + DENTAL["phone"], 8.5)
    p.ln(3)
    p.line("Dental Explanation of Benefits", 12, "B")
    p.pairs([("Date", fd(f["notice"], ds)), ("Enrollee", f["sub"]), ("Patient", f["member"]),
             ("Dental ID", f["did"]), ("Group", f["dgroup"]), ("Claim #", f["dclaim"]),
             ("Treating dentist", f"{DENTIST[0]}, {DENTIST[1]}")], 36, 9)
    p.ln(2)
    rows = []
    for c, d, v, allowed, pct in f["dlines"]:
        rows.append([fd(f["crown"], ds), c, "#" + f["tooth"], d, money(v, "flat"), money(allowed, "flat"),
                     f"{pct}%", money(round(allowed * pct / 100, 2), "flat")])
    p.table(["Service date", "Code", "Tooth", "Procedure", "Submitted", "Allowed", "Covered", "We paid"], rows,
            [22, 13, 12, 50, 20, 19, 16, 20], size=7.5)
    p.pairs([("Total submitted", money(f["dtotal"], "flat")), ("Total paid", money(f["dpaid"], "flat"))], 40, 9)
    p.ln(2)
    p.para(f"Other coverage: {PLAN['org']} (medical) reported these services as dental. Annual maximum used: "
           "$1,140.00 of $1,500.00. Major services wait period satisfied 07/01/2025.", 8.5)
    return out(p)


def spanish(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="TRHP-CLM-ADV-SP")
    p.add_page()
    letterhead(p, es=True)
    p.line(fd(f["notice"], "es"), 10)
    p.ln(3)
    p.para(f"{f['sub']}\n{f['street']}\nCorliss Falls, NA 58211", 10)
    p.heading("Aviso de denegación de reclamación", 13, rule=True)
    p.pairs([("Paciente", f["member"]), ("Núm. de miembro", f["mid"]), ("Grupo", f["group"]),
             ("Reclamación", f["claim"]), ("Dentista", f"{DENTIST[0]}, {DENTIST[1]}"),
             ("Total facturado", money(f["total"], "plain")), ("Fecha del accidente", fd(f["acc"], "es"))], 44, 9.5)
    p.ln(2)
    p.para(f"El {fd(f['rct'], 'es')} su hijo o hija recibió tratamiento por el diente #{f['tooth']} roto en una "
           "caída. Pagamos el examen y la radiografía de emergencia bajo la Cláusula de Lesión Dental Accidental. "
           "Negamos el tratamiento de conducto (D3310) y la reconstrucción del muñón (D2950): son servicios dentales y "
           "su plan médico no los cubre. Envíe estos servicios a su plan dental.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de esta carta. Una revisión externa se puede "
           "pedir dentro de 4 meses después de la decisión final.", 10)
    return out(p)


def accident_request(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="TRHP-ACC-Q 06/2025")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    p.para(f"{f['sub']}\n{f['street']}\nCorliss Falls, NA 58211", 10)
    p.heading("We need a few details about an injury", 12.5)
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Claim", f["claim"]),
             ("Provider", f"{DENTIST[2]}"), ("Date of service", fd(f["emerg"], ds)),
             ("Amount billed", money(f["etotal"], "plain"))], 38, 9.5)
    p.ln(2)
    p.para("The claim above shows treatment of an injured tooth. Before we decide whether your Accidental Dental "
           "Injury Rider applies, please answer the questions below and return this page. This is not a denial; "
           "the claim is on hold.", 10)
    p.bullets(["How and where did the injury happen? (fall, sport, vehicle, other)",
               "Date of the accident: ______   Was anyone else responsible? Yes / No",
               "Was the tooth treated for decay or a crown before the accident?"])
    p.para("Please reply within 45 days so we can finish the claim. Questions: " + PLAN["phone"] + ".", 9.5)
    return out(p)


ITEMS = [
    ("bd_member_eob_three_claims_dental_lines_denied", "born_digital", "eob", "slash"),
    ("scan300_stack_denial_letter_and_dentist_statement", "scan_clean_300", "stack", "long"),
    ("faxstd_provider_notice_crown_denied", "fax_standard_g4", "fax", "upper"),
    ("copy_appeal_upheld_sentences_only", "photocopy", "upheld", "long"),
    ("photo_dental_carrier_paid_crown_eob", "phone_photo", "dental", "iso"),
    ("rotated_aviso_denegacion_dental_es", "rotated", "es", "es"),
    ("lowres_accident_details_request", "scan_lowres_150", "acc", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        lines = lines_rct(f)
        f["total"] = round(sum(x[3] for x in lines), 2)
        f["paid"] = round(sum(x[3] * 0.8 for x in lines if x[4]), 2)
        denied = m2(sum(x[3] for x in lines if not x[4]))
        f["crown"] = f["rct"] + dt.timedelta(days=r.randint(14, 25))
        f["clines"] = [("D2740", "Crown - porcelain/ceramic", 1385.00), ("D2950", "Core buildup", 315.00)]
        f["ctotal"] = 1700.00
        dent_alt = {"provider": [DENTIST[0], DENTIST[2]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                      provider=f"{DENTIST[0]}, {DENTIST[1]}")
        if kind == "eob":
            r2 = random.Random(SEED + 70)
            f["claims"] = [("TR" + dg(r2, 10), "Lanternfield Reg. Med. Ctr.", f["er"], "99283", "ER visit, facility", 1864.00,
                            1211.60, "ER2"),
                           ("TR" + dg(r2, 10), "Lanternfield ER Physicians", f["er"], "99283", "ER physician", 612.00, 398.50,
                            "ER2")]
            for c, d, t_, v, ok in lines:
                f["claims"].append((f["claim"], "Foxglove Lane Dental", f["emerg"], c, d[:28], v,
                                    round(v * 0.8, 2) if ok else 0.0, "AD1" if ok else EXCL))
            t = truth("eob", "not_covered", plan_id=f["plan"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[f["emerg"].isoformat()], denial_date=nd,
                      appeal_deadline=dl, alternates={"claim_amount": [denied], **dent_alt}, **common)
            items.append(Item(name, cond, [(eob_bd(f, ds), t)]))
        elif kind == "stack":
            f["stmt"] = f["notice"] + dt.timedelta(days=r.randint(6, 12))
            t1 = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=[f["rct"].isoformat()], denial_date=nd, appeal_deadline=dl,
                       alternates={"claim_amount": [denied], **dent_alt}, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=[f["rct"].isoformat()], denial_date=f["stmt"].isoformat(),
                       unscored=["insurer"], alternates=dent_alt,
                       **dict(common, member_id=None))
            items.append(Item(name, cond, [(denial_letter(f, ds), t1), (dentist_statement(f, ds), t2)],
                              separators=["duplex", None], turns={(1, 0): 180}))
        elif kind == "fax":
            f["recv"] = f["crown"] + dt.timedelta(days=3)
            t = truth("denial_letter", "not_covered", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["ctotal"]), service_dates=[f["crown"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(), alternates=dent_alt,
                      **common)
            items.append(Item(name, cond, [(fax_provider(f, ds), t)]))
        elif kind == "upheld":
            f["apl"] = "AG-" + dg(r, 8)
            t = truth("denial_letter", "not_covered", case_numbers=[f["claim"], f["apl"]],
                      claim_amount=m2(f["ctotal"]), service_dates=[f["crown"].isoformat()], denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(), alternates=dent_alt,
                      **common)
            items.append(Item(name, cond, [(upheld_prose(f, ds), t)]))
        elif kind == "dental":
            f["did"] = "CL" + dg(r, 9)
            f["dgroup"] = "DG-" + dg(r, 4)
            f["dclaim"] = "D26" + dg(r, 8)
            f["dlines"] = [("D2740", "Crown, porcelain/ceramic", 1385.00, 1010.00, 50),
                           ("D2950", "Core buildup", 315.00, 240.00, 50)]
            f["dtotal"] = 1700.00
            f["dpaid"] = round(sum(a * p_ / 100 for _, _, _, a, p_ in f["dlines"]), 2)
            t = truth("eob", None, insurer=DENTAL["org"], group_number=f["dgroup"], member_id=f["did"],
                      member_name=f["member"], case_numbers=[f["dclaim"]], claim_amount=m2(f["dtotal"]),
                      service_dates=[f["crown"].isoformat()], denial_date=nd, provider=common["provider"],
                      alternates=dent_alt)
            items.append(Item(name, cond, [(dental_paid_eob(f, ds), t)]))
        elif kind == "es":
            t = truth("denial_letter", "not_covered", lang="es", group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=m2(f["total"]), service_dates=[f["rct"].isoformat()], denial_date=nd,
                      appeal_deadline=dl, alternates={"claim_amount": [denied], **dent_alt}, **common)
            items.append(Item(name, cond, [(spanish(f, ds), t)]))
        else:
            f["etotal"] = round(sum(x[3] for x in lines[:2]) + 240.00, 2)
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["etotal"]),
                      service_dates=[f["emerg"].isoformat()], denial_date=nd,
                      **dict(common, provider=DENTIST[2]), alternates={"provider": [None]})
            items.append(Item(name, cond, [(accident_request(f, ds), t)]))
    return items
