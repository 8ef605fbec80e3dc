"""Family 'medicare_diabetes_prevention_program_eligibility_denial': Medicare Diabetes Prevention Program (MDPP)
session claims refused because the beneficiary was not eligible (hemoglobin A1c out of the 5.7-6.4% range, or the
once-per-lifetime MDPP benefit already used).

Documents: a Medicare Summary Notice (Part B) refusing core sessions (A1c 6.6%, diabetes range); an MSN with two
claims, an office visit paid and the MDPP claim refused; an invented MA plan's EOB refusing sessions as once per
lifetime; a Spanish MA plan letter (once per lifetime); a fax stack (supplier cover, MA plan "Notice of Denial of
Medical Payment", supplier balance letter); the MDPP supplier's statement; a redetermination found in the
member's favour (approval). Modelled on public MSN / CMS-10003 wording from memory; everything invented.
Decoys: DOB, NPI, supplier ID, the lab draw date, claims-processed period, received dates, phone numbers,
supplier account numbers, 72-hour and IRE time limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "medicare_diabetes_prevention_program_eligibility_denial"
LANG = "en"
SEED = 336700

SUPPLIERS = [("Bright Path Lifestyle Coaching LLC", "Coach Renata Holmquist", "410 Pelham Ferry Rd, Cold Brook, OH 45812"),
             ("Kestrel Ridge YMCA Prevention Program", "Coach Idris Fenwright", "77 Lattimore St, Ashgrove, KY 40987"),
             ("Sunfield Community Health Lifestyle Change", "Coach Marguerite Oyelowo", "1203 Depot Ave, Larkin, IN 46691")]
MA = {"org": "Tallgrass Senior Advantage Health Plan", "product": "Tallgrass Senior Advantage (HMO)",
      "addr": "PO Box 40271, Oriel Springs, KS 66790", "phone": "1-855-604-2273", "h": "H4471-012"}
MA_ES = {"org": "Plan de Salud Vereda Dorada", "product": "Vereda Dorada Medicare Advantage (HMO)",
         "addr": "Apartado 9182, Laredo, TX 78042", "phone": "1-866-730-4418", "h": "H8830-004"}
SHORT = {"G9873": "MDPP 1st core session", "G9874": "MDPP 4 core sessions", "G9875": "MDPP 9 core sessions",
         "G9876": "MDPP 2 maint. sessions", "G9880": "MDPP 5% weight loss"}
PEOPLE = ["Wilhelmina R. Castellow", "Desmond P. Arkwright", "Folasade T. Brennick", "Osric L. Verhaegen",
          "Temperance J. Okafor", "Gunnar H. Lindqvist", "Rosamund K. Achterberg"]
PEOPLE_ES = ["Guadalupe M. Irizarry", "Efraín J. Montalvo"]
CODES = [("G9873", "MDPP first core session attended"), ("G9874", "MDPP 4 total core sessions attended"),
         ("G9875", "MDPP 9 total core sessions attended"), ("G9876", "MDPP 2 core maintenance sessions, 5% loss"),
         ("G9880", "MDPP 5% weight loss achieved from baseline")]


def mbi(r: random.Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    an = let + "0123456789"
    return "".join([str(r.randint(1, 9)), r.choice(let), r.choice(an), str(r.randint(0, 9)), r.choice(let),
                    r.choice(an), str(r.randint(0, 9)), r.choice(let), r.choice(let), str(r.randint(0, 9)),
                    str(r.randint(0, 9))])


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def base(r: random.Random, i: int) -> dict:
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 120))
    sup, coach, saddr = SUPPLIERS[i % 3]
    d0 = notice - dt.timedelta(days=r.randint(55, 80))
    return dict(notice=notice, sup=sup, coach=coach, saddr=saddr, d0=d0,
                dates=[d0 + dt.timedelta(days=7 * k) for k in range(4)], mbi=mbi(r), npi="1" + dg(r, 9),
                supid="MDPP-" + dg(r, 6), dob=dt.date(r.randint(1944, 1960), r.randint(1, 12), r.randint(1, 28)),
                lab=d0 - dt.timedelta(days=r.randint(20, 40)), a1c=r.choice(["6.6", "6.8", "7.1"]),
                claim=dg(r, 2) + "-" + dg(r, 3) + "-" + dg(r, 5) + "-" + dg(r, 3),
                period=(notice - dt.timedelta(days=r.randint(85, 92)), notice - dt.timedelta(days=r.randint(2, 5))),
                fees=[round(r.uniform(24, 31), 2), round(r.uniform(70, 96), 2), round(r.uniform(88, 105), 2)])


def letterhead_medicare(p: Page, f: dict, ds: str):
    p.line("Medicare Summary Notice for Part B (Medical Insurance)", 14, "B")
    p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    p.ln(3)


def msn(f: dict, ds: str, two: bool) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="CMS Form 10299 (MSN)")
    p.add_page()
    letterhead_medicare(p, f, ds)
    p.pairs([("Notice for", f["member"]), ("Medicare Number", f["mbi"]),
             ("Date of this notice", fdate(f["notice"], ds)),
             ("Claims processed", f"{fdate(f['period'][0], ds)} - {fdate(f['period'][1], ds)}"),
             ("Date of birth", fdate(f["dob"], ds))], 52, 9.5)
    p.ln(2)
    p.heading("Your Deductible Status: You have met your Part B deductible for 2026.", 10)
    dl = f["deadline"]
    p.heading(f"If you disagree with a decision, you must file an appeal by {fdate(dl, 'long')}.", 11, rule=True)
    p.para("Be informed: beware of anyone who calls you and asks for your Medicare Number. Call 1-800-MEDICARE "
           "(1-800-633-4227) if you have questions. TTY 1-877-486-2048.", 9)
    if two:
        p.heading(f"Claim number {f['claim2']}  - Services from {f['doc2']}", 10)
        p.para(f"Service provided on {fdate(f['visit'], ds)}   Received {fdate(f['visit'] + dt.timedelta(days=6), ds)}",
               9)
        p.table(["Date", "Service provided & billing code", "Approved?", "Amount provider charged",
                 "Medicare-approved amount", "Medicare paid", "You may be billed", "See notes"],
                [[fdate(f["visit"], ds), "Office visit, est. (99214)", "Yes", money(f["vfee"]), money(f["vappr"]),
                  money(round(f["vappr"] * .8, 2)), money(round(f["vappr"] * .2, 2)), "A"]],
                [24, 50, 15, 20, 20, 16, 18, 12], size=7.5)
    p.heading(f"Claim number {f['claim']}  - Services from {f['sup']}", 10)
    p.para(f"{f['saddr']}   Supplier ID {f['supid']}   Received {fdate(f['d0'] + dt.timedelta(days=40), ds)}", 9)
    rows = [[fdate(d, ds), f"{SHORT[c[0]]} ({c[0]})", "No", money(fee), "$0.00", "$0.00", "$0.00", "B"]
            for d, c, fee in zip(f["sdates"], CODES, f["fees"])]
    rows.append(["Total", "", "", money(f["total"]), "$0.00", "$0.00", "$0.00", ""])
    p.table(["Date", "Service provided & billing code", "Approved?", "Amount provider charged",
             "Medicare-approved amount", "Medicare paid", "You may be billed", "See notes"], rows,
            [24, 50, 15, 20, 20, 16, 18, 12], size=7.5, bold_last=True)
    p.heading("Notes for Claims Above", 10)
    if two:
        p.para("A  This approved amount has been applied toward your 20% coinsurance.", 9)
    p.para(f"B  Medicare Diabetes Prevention Program services are covered only if your hemoglobin A1c test result "
           f"is between 5.7% and 6.4% within 12 months before your first core session. Your result ({f['a1c']}% on "
           f"{fdate(f['lab'], ds)}) is in the diabetes range, so you are not eligible for this benefit. You do not "
           "have to pay this amount.", 9)
    p.heading("How to handle denied claims or file an appeal", 10)
    p.para("Circle the item(s) you disagree with, explain why, sign and send this notice to the Medicare contractor "
           "at Noble Lakes Medicare Administrative Contractor, Part B Redeterminations, PO Box 66120, Brightwater, "
           "MO 64011. If you need an expedited appeal of a decision you get within 72 hours, call 1-800-MEDICARE.",
           9)
    return out(p)


def ma_eob(f: dict, ds: str) -> bytes:
    p = Page(footer="{n}/{nb}", footer_left=f"{MA['h']}_EOB26_M")
    p.add_page()
    p.line(MA["org"], 15, "B")
    p.line(f"{MA['product']}  |  {MA['addr']}  |  Member Services {MA['phone']} (TTY 711)", 8)
    p.ln(3)
    p.line("EXPLANATION OF BENEFITS - this is not a bill", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
                   ("Statement date", fdate(f["notice"], ds)), ("Claim #", f["claim"]),
                   ("Provider", f"{f['sup']} (NPI {f['npi']})")], 45)
    rows = [[fdate(d, ds), c[0], c[1][:40], money(fee, "nosign"), "0.00", "0.00", "MD4"]
            for d, c, fee in zip(f["sdates"], CODES, f["fees"])]
    rows.append(["Total", "", "", money(f["total"], "nosign"), "0.00", "0.00", ""])
    p.table(["Date", "Code", "Service", "Billed", "Plan paid", "You owe", "Remark"], rows,
            [22, 16, 64, 20, 18, 18, 16], bold_last=True)
    p.para(f"MD4 - The Medicare Diabetes Prevention Program is a once-per-lifetime benefit. Our records show you "
           f"started MDPP sessions on {fdate(f['prior'], ds)} with another supplier. A second program is not covered. "
           "The supplier may not bill you for these sessions.", 9)
    p.para(f"You may ask us for a reconsideration within 65 days of the date of this statement. Send your request "
           f"to Appeals, {MA['addr']}. Fast (72-hour) reconsiderations: call {MA['phone']}.", 9)
    return out(p)


def ma_letter_es(f: dict) -> bytes:
    p = Page(serif=True, footer=None, footer_left=f"{MA_ES['h']}_DNL_ES  Formulario CMS-10003-NDMP")
    p.add_page()
    p.line(MA_ES["org"], 15, "B")
    p.line(f"{MA_ES['addr']}  ·  {MA_ES['phone']}", 8.5)
    p.ln(4)
    p.line(fdate(f["notice"], "long", "es"), 10)
    p.ln(3)
    for ln_ in [f["member"], f["addr1"], f["addr2"]]:
        p.line(ln_, 10)
    p.ln(3)
    p.line("AVISO DE DENEGACIÓN DE PAGO MÉDICO", 12, "B", align="C")
    p.ln(2)
    p.pairs([("Número de miembro", f["mid"]), ("Número de reclamación", f["claim"]),
             ("Proveedor", f["sup"])], 50, 10)
    p.ln(2)
    d = f["sdates"]
    p.para(f"Hemos denegado el pago de las sesiones del Programa de Prevención de la Diabetes de Medicare (MDPP) "
           f"que recibió los días {fdate(d[0], 'long', 'es')}, {fdate(d[1], 'long', 'es')} y "
           f"{fdate(d[2], 'long', 'es')}. El proveedor nos facturó {money(f['total'])} en total.", 10)
    p.para(f"Motivo: el MDPP es un beneficio que se cubre una sola vez en la vida. Nuestros registros muestran que "
           f"usted ya comenzó el programa el {fdate(f['prior'], 'long', 'es')}. Por eso usted no es elegible para "
           "un segundo programa. El proveedor de la red no puede cobrarle por estas sesiones.", 10)
    p.heading("Su derecho a apelar", 11)
    p.para("Si no está de acuerdo, puede pedir una reconsideración dentro de 65 días a partir de la fecha de este "
           "aviso. Si su salud lo exige, puede pedir una decisión rápida (72 horas). Escriba a Apelaciones, "
           f"{MA_ES['addr']}. Fecha de nacimiento en nuestros archivos: {fdate(f['dob'], 'dmy', 'es')}.", 10)
    p.para("Atentamente,\nDepartamento de Reclamaciones", 10)
    return out(p)


def ma_ndmp(f: dict, ds: str) -> bytes:
    p = Page(footer=None, footer_left=f"Form CMS-10003-NDMP (approved)  {MA['h']}")
    p.add_page()
    p.line(MA["org"], 14, "B")
    p.line(MA["addr"], 9)
    p.ln(3)
    p.pairs([("Date", fdate(f["notice"], ds)), ("Member number", f["mid"]), ("Name", f["member"])], 40, 10)
    p.ln(2)
    p.line("Notice of Denial of Medical Payment", 13, "B", align="C")
    p.ln(2)
    p.para(f"We have denied payment for the following medical services or items that you received from "
           f"{f['sup']}: Medicare Diabetes Prevention Program core sessions on {fdate(f['sdates'][0], ds)} and "
           f"{fdate(f['sdates'][1], ds)} (claim {f['claim']}, charges {money(f['total'])}).", 10)
    p.para(f"Why did we deny payment? Your lab result did not meet the program's rule. To be eligible you must have "
           f"a hemoglobin A1c between 5.7% and 6.4%, a fasting glucose of 110-125 mg/dL or a 2-hour glucose of "
           f"140-199 mg/dL within the 12 months before the first session. Your A1c of {f['a1c']}% on "
           f"{fdate(f['lab'], ds)} is in the diabetes range. You are not eligible for MDPP.", 10)
    p.para(f"If you disagree, you have the right to appeal. You must file your request within 65 days of the date "
           f"of this notice. Call {MA['phone']} or write to us. An independent review entity may review our "
           "decision later.", 10)
    return out(p)


def supplier_letter(f: dict, ds: str) -> bytes:
    p = Page(footer=None)
    p.add_page()
    p.line(f["sup"], 13, "B")
    p.line(f"{f['saddr']}  ·  Phone 1-740-555-01{f['npi'][-2:]}", 8.5)
    p.ln(5)
    p.line(fdate(f["notice"] + dt.timedelta(days=12), ds), 10)
    p.ln(3)
    p.line(f"Re: Participant {f['member']}", 10, "B")
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]},", 10)
    p.para(f"Your Medicare plan did not pay for your group lifestyle sessions (claim {f['claim']}). Because we "
           "did not give you a written notice before the sessions, we will not bill you for them and your balance "
           "is $0.00. You may keep attending the free community class on Thursdays. Account number "
           f"{f['acct']}.", 10)
    p.para(f"Sincerely,\n{f['coach']}, Lifestyle Coach", 10)
    return out(p)


def supplier_statement(f: dict, ds: str) -> bytes:
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(f["sup"], 16, "B")
    p.line(f"CDC-recognized MDPP supplier  ·  {f['saddr']}  ·  NPI {f['npi']}", 8.5)
    p.ln(4)
    p.line("PATIENT STATEMENT", 13, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(f["notice"] + dt.timedelta(days=20), ds)), ("Account no.", f["acct"]),
             ("Participant", f["member"]), ("Medicare no.", f["mbi"]),
             ("Coach", f["coach"])], 40, 9.5)
    p.ln(2)
    rows = [[fdate(d, ds), c[0], c[1], money(fee), "Medicare denied - not eligible"]
            for d, c, fee in zip(f["sdates"], CODES, f["fees"])]
    rows += [["", "", "Adjustment - no ABN on file (supplier write-off)", "-" + money(f["total"]), ""]]
    p.table(["Date", "Code", "Description", "Charge", "Insurance"], rows, [22, 16, 72, 22, 48], size=8)
    p.para(f"Total charges {money(f['total'])}    Balance due: $0.00", 10)
    p.para("This is a statement of your account, not a bill. Questions? Call our billing office Monday-Friday.", 9)
    return out(p)


def redetermination(f: dict, ds: str) -> bytes:
    p = Page(footer=None, footer_left="Medicare Redetermination Notice")
    p.add_page()
    p.line("Noble Lakes Medicare Administrative Contractor", 14, "B")
    p.line("A CMS contracted Medicare Administrative Contractor  ·  Part B Redeterminations  ·  PO Box 66120, "
           "Brightwater, MO 64011", 8)
    p.ln(4)
    p.pairs([("Date", fdate(f["notice"], ds)), ("Beneficiary", f["member"]), ("Medicare Number", f["mbi"]),
             ("Appeal number", f["appeal"]), ("Claim number", f["claim"])], 42, 10)
    p.ln(2)
    p.line("MEDICARE REDETERMINATION NOTICE", 12, "B")
    p.ln(2)
    p.para(f"Your request was received on {fdate(f['notice'] - dt.timedelta(days=31), ds)}. You asked us to review "
           f"the denial of Medicare Diabetes Prevention Program sessions from {f['sup']} on "
           f"{fdate(f['sdates'][0], ds)} and {fdate(f['sdates'][1], ds)}.", 10)
    p.para("Decision: FULLY FAVORABLE. The supplier sent a corrected laboratory report showing an A1c of 6.2%, "
           "within the 5.7-6.4% range, drawn within 12 months of the first core session. You were eligible. "
           f"Medicare will pay the claim ({money(f['total'])} charged). Payment will be sent to the supplier.", 10)
    p.para("Because this decision is fully in your favor, you do not need to take any action.", 10)
    return out(p)


PLAN = [
    ("bd_msn_a1c_diabetes_range", "born_digital", "msn", "long"),
    ("scan300_supplier_statement", "scan_clean_300", "stmt", "slash"),
    ("copy_es_once_per_lifetime_letter", "photocopy", "es", "long"),
    ("faxstd_stack_cover_ndmp_supplier_letter", "fax_standard_g4", "stack", "dmy"),
    ("rotated_redetermination_favorable", "rotated", "redet", "iso"),
    ("photo_msn_two_claims_mdpp_refused", "phone_photo", "msn2", "slash"),
    ("lowres_ma_eob_once_per_lifetime", "scan_lowres_150", "eob", "upper_dmy"),
]


def fmt(ds):
    return "dmy" if ds == "upper_dmy" else ds


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds0) in enumerate(PLAN):
        r = random.Random(SEED + i)
        f = base(r, i)
        ds = fmt(ds0)
        es = kind == "es"
        f["member"] = PEOPLE_ES[i % 2] if es else PEOPLE[i]
        f["addr1"], f["addr2"] = f"{r.randint(100, 9800)} Calle Las Flores", "Laredo, TX 78041"
        f["mid"] = ("VD" if es else "TSA") + dg(r, 9)
        f["group"] = "GRP-" + dg(r, 5)
        f["acct"] = "A" + dg(r, 7)
        f["prior"] = dt.date(2023, r.randint(1, 12), r.randint(1, 28))
        f["appeal"] = "RD-2026-" + dg(r, 7)
        n = {"msn": 3, "msn2": 2, "eob": 3, "es": 3, "stack": 2, "stmt": 3, "redet": 2}[kind]
        f["sdates"] = f["dates"][:n]
        f["fees"] = f["fees"][:n]
        f["total"] = round(sum(f["fees"]), 2)
        f["deadline"] = f["notice"] + dt.timedelta(days=120)
        sd = [d.isoformat() for d in f["sdates"]]
        alt_prov = {"provider": [f["coach"].replace("Coach ", "")]}
        if kind in ("msn", "msn2"):
            if kind == "msn2":
                f["claim2"] = dg(r, 2) + "-" + dg(r, 3) + "-" + dg(r, 5) + "-" + dg(r, 3)
                f["doc2"] = "Dr. Philippa Grantham-Ode"
                f["visit"] = f["d0"] - dt.timedelta(days=9)
                f["vfee"], f["vappr"] = 186.00, 131.42
            pdf = msn(f, ds, kind == "msn2")
            t = truth("eob", "eligibility", insurer="Medicare", member_id=f["mbi"], member_name=f["member"],
                      case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=sd,
                      denial_date=f["notice"].isoformat(), provider=f["sup"],
                      appeal_deadline=f["deadline"].isoformat(),
                      alternates={"insurer": ["Centers for Medicare & Medicaid Services"]},
                      denial_alternates=["not_covered"])
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind == "eob":
            pdf = ma_eob(f, ds)
            t = truth("eob", "eligibility", insurer=MA["org"], member_id=f["mid"], group_number=f["group"],
                      member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=sd, denial_date=f["notice"].isoformat(), provider=f["sup"],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                      alternates={"insurer": [MA["product"]]}, denial_alternates=["not_covered"])
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind == "es":
            pdf = ma_letter_es(f)
            t = truth("denial_letter", "eligibility", lang="es", insurer=MA_ES["org"], member_id=f["mid"],
                      member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=sd, denial_date=f["notice"].isoformat(), provider=f["sup"],
                      appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                      denial_alternates=["not_covered"])
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind == "stmt":
            pdf = supplier_statement(f, ds)
            t = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"],
                      claim_amount=m2(f["total"]), service_dates=sd,
                      denial_date=(f["notice"] + dt.timedelta(days=20)).isoformat(), provider=f["sup"],
                      unscored=["insurer"], alternates={"denial_date": [None], "member_id": [None],
                                                        "service_dates": [[]], "claim_amount": [None]})
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        elif kind == "redet":
            pdf = redetermination(f, ds)
            t = truth("other", None, insurer="Noble Lakes Medicare Administrative Contractor", member_id=f["mbi"],
                      member_name=f["member"], case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["total"]),
                      service_dates=sd, denial_date=f["notice"].isoformat(), provider=f["sup"],
                      alternates={"insurer": ["Medicare"], "case_numbers": [[f["appeal"]], [f["claim"]]]})
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, t)]))
        else:  # stack: NDMP letter + supplier letter, cover before the first
            pdf1 = ma_ndmp(f, ds)
            t1 = truth("denial_letter", "eligibility", insurer=MA["org"], member_id=f["mid"],
                       member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
                       service_dates=sd, denial_date=f["notice"].isoformat(), provider=f["sup"],
                       appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
                       alternates={"insurer": [MA["product"]]})
            pdf2 = supplier_letter(f, ds)
            t2 = truth("other", None, insurer=None, member_name=f["member"], case_numbers=[f["claim"]],
                       denial_date=(f["notice"] + dt.timedelta(days=12)).isoformat(), provider=f["sup"],
                       unscored=["insurer"], alternates={"provider": [f["coach"].replace("Coach ", "")],
                                                         "case_numbers": [[]], "denial_date": [None]})
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf1, t1), (pdf2, t2)], separators=["cover", None]))
        del alt_prov
    return items
