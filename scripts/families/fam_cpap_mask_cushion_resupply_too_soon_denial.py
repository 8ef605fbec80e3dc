"""Family 'cpap_mask_cushion_resupply_too_soon_denial' (invented): an invented commercial plan refusing replacement
CPAP nasal mask cushions (A7032) and disposable filters (A7038) because they were shipped before the plan's
resupply interval had passed, with the supplier's invoice, a three-claim member EOB refusing only the supplies
claim, a fine-fax stack (cover, the supplier-facing claim notice and the supplier's order-on-hold letter), the
member's own appeal letter in sentences, the overturned appeal and a Spanish member notice.

Decoys: date of birth, NPI, last-shipment dates, processing periods, order and account numbers, other claims
(sleep physician visit, tubing), phone numbers, 72-hour and 4-month external review limits, form numbers.
Everything is fictional: Harborlight Health Plan and Northgate Sleep Supply do not exist.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "cpap_mask_cushion_resupply_too_soon_denial"
LANG = "en"
SEED = 344500

INS = "Harborlight Health Plan"
INS_ADDR = "Member Services, PO Box 77120, Port Ashford, NA 02977"
INS_PHONE = "1-877-555-0164"
SUP = "Northgate Sleep Supply"
SUP_FULL = "Northgate Sleep Supply, LLC"
SUP_ADDR = "410 Kestrel Park Drive, Suite 6, Port Ashford, NA 02981"
SUP_PHONE = "(508) 555-0193"
PEOPLE = ["Gideon T. Marchetti", "Harriet L. Oduya", "Wendell P. Strand", "Sunita R. Kessler",
          "Colin B. Fairchild", "Odette M. Lomax", "Xiomara E. Benítez"]
DOCTOR = "Rosalind K. Achterberg, MD"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 110))
    ship = notice - dt.timedelta(days=r.randint(18, 40))
    last = ship - dt.timedelta(days=r.randint(14, 22))
    cush, filt = r.choice([46.50, 52.00, 58.75]), r.choice([4.25, 5.10, 6.00])
    nc, nf = 2, 6
    total = round(cush * nc + filt * nf, 2)
    return dict(notice=notice, ship=ship, last=last, cush=cush, filt=filt, nc=nc, nf=nf, total=total,
                who=PEOPLE[i], mid="HLH" + dg(r, 9), grp="G-" + dg(r, 5), claim="26" + dg(r, 9),
                npi="1" + dg(r, 9), dob=dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28)),
                acct="NSS-" + dg(r, 6), order="SO" + dg(r, 7),
                street=f"{r.randint(100, 9800)} {r.choice(['Quarry Street', 'Lantern Way', 'Fenwick Avenue'])}")


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nPort Ashford, NA 02978", 9.5)


def lines(f, ds):
    return [[fdate(f["ship"], ds), "A7032", "Cushion for nasal mask interface, replacement", str(f["nc"]),
             money(f["cush"] * f["nc"])],
            [fdate(f["ship"], ds), "A7038", "Filter, disposable, used with positive airway pressure", str(f["nf"]),
             money(f["filt"] * f["nf"])]]


def letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="HHP-ABD-12 (rev. 2025)")
    p.add_page()
    p.line(INS.upper(), 16, "B")
    p.line(f"{INS_ADDR}   {INS_PHONE} (TTY 711)", 8)
    p.ln(5)
    p.line(fdate(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Notice of Adverse Benefit Determination", 13, rule=True)
    p.pairs([("Member", f["who"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fdate(f["dob"], ds)),
             ("Claim number", f["claim"]), ("Supplier", f"{SUP_FULL}  (NPI {f['npi']})"),
             ("Prescribing physician", DOCTOR), ("Claim received", fdate(f["notice"] - dt.timedelta(days=9), ds))],
            44, 9.5)
    p.ln(2)
    p.para("We reviewed the claim your supplier sent for replacement supplies for your CPAP machine. We are not "
           "able to pay for the items below.", 10)
    rows = lines(f, ds) + [["", "", "Total billed", "", money(f["total"])]]
    p.table(["Date shipped", "Code", "Item", "Qty", "Billed"], rows, [26, 16, 98, 12, 22], size=8.5,
            aligns=["L", "L", "L", "C", "R"], bold_last=True)
    p.heading("Why we denied this claim", 11)
    p.para(f"Your plan covers replacement nasal cushions up to 2 per month and disposable filters up to 2 per month "
           f"(Durable Medical Equipment Supply Schedule, section 4.3). Our records show the same items were shipped "
           f"to you on {fdate(f['last'], ds)}. The items above were shipped before the resupply interval ended, so "
           "they are not a covered benefit at this time. Your next shipment may be covered after the interval ends.",
           10)
    p.heading("Your right to appeal", 11)
    p.para("You or someone you name may ask us to review this decision. Your appeal must reach us within 180 days "
           "of the date of this notice. Write to Harborlight Appeals, PO Box 77135, Port Ashford, NA 02977, or fax "
           "1-877-555-0170. If your health could be seriously harmed by waiting, you may ask for an expedited "
           "appeal; we decide those within 72 hours. After our final decision you may ask for external review "
           "within 4 months.", 9.5)
    p.para("You may ask for free copies of the documents we used, including the supply schedule.", 9.5)
    return out(p)


def invoice(f, ds):
    p = Page(footer=None, footer_left=f"{SUP_FULL}   Tax ID 04-{dg(random.Random(3), 7)}   Thank you for your order")
    p.add_page()
    p.line(SUP.upper(), 18, "B")
    p.line(f"{SUP_ADDR}   {SUP_PHONE}", 8.5)
    p.ln(4)
    y = p.get_y()
    addr(p, f)
    p.set_y(y)
    p.pairs([("Invoice date", fdate(f["inv"], ds)), ("Account #", f["acct"]), ("Sales order", f["order"]),
             ("Ship date", fdate(f["ship"], ds)), ("Insurance", INS), ("Member ID", f["mid"])], 30, 8.5, x=112)
    p.ln(3)
    p.line("INVOICE - CPAP RESUPPLY", 12, "B")
    p.ln(1)
    rows = [[r[1], r[2], r[3], r[4]] for r in lines(f, "abbr")]
    rows.append(["", "Total charges", "", money(f["total"])])
    p.table(["HCPCS", "Description", "Qty", "Amount"], rows, [20, 112, 14, 30], size=8.5, border=0,
            aligns=["L", "L", "C", "R"], bold_last=True)
    p.para(f"Ordered by {DOCTOR}. Shipped by ground to the address on file. Your previous resupply order shipped "
           f"{fdate(f['last'], ds)}. We have billed your insurance; you will receive a separate statement for any "
           "balance after the plan processes the claim.", 9)
    p.para("Questions about your order: call us Monday to Friday, 8 am to 6 pm.", 8.5)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="THIS IS NOT A BILL")
    p.add_page()
    p.line(INS, 15, "B", align="C")
    p.line("EXPLANATION OF BENEFITS", 11, "B", align="C")
    p.ln(3)
    y = p.get_y()
    addr(p, f)
    p.set_y(y)
    p.pairs([("Statement date", fdate(f["notice"], ds)), ("Member ID", f["mid"]), ("Group no.", f["grp"]),
             ("Claims processed", f"{fdate(f['notice'] - dt.timedelta(days=30), ds)} to "
                                  f"{fdate(f['notice'] - dt.timedelta(days=1), ds)}")], 34, 8.5, x=104)
    p.ln(4)
    w = [50, 26, 22, 22, 22, 14]
    head = ["Service", "Date", "Billed", "Plan paid", "You owe", "Note"]
    visit = f["ship"] - dt.timedelta(days=25)
    p.para(f"**Claim {f['oc1']}   Provider: Tern Harbor Sleep Medicine**", 8.5, gap=0.5)
    p.table(head, [["Office visit (99213)", fdate(visit, ds), "$168.00", "$104.40", "$30.00", "P1"]], w, size=8)
    p.para(f"**Claim {f['oc2']}   Provider: {SUP}**", 8.5, gap=0.5)
    p.table(head, [["CPAP tubing (A7037)", fdate(f["last"], ds), "$38.90", "$27.12", "$0.00", "P1"]], w, size=8)
    p.para(f"**Claim {f['claim']}   Provider: {SUP}**", 8.5, gap=0.5)
    rows = [["Nasal cushion x2 (A7032)", fdate(f["ship"], ds), money(f["cush"] * 2), "$0.00",
             money(f["cush"] * 2), "RS4"],
            ["Filters x6 (A7038)", fdate(f["ship"], ds), money(f["filt"] * 6), "$0.00", money(f["filt"] * 6), "RS4"],
            ["Claim total", "", money(f["total"]), "$0.00", money(f["total"]), ""]]
    p.table(head, rows, w, size=8, bold_last=True)
    p.heading("Notes", 10, rule=True)
    p.para("P1  Paid according to your plan benefits.\n"
           "RS4  Denied. Replacement supplies were provided before the resupply interval in your plan's supply "
           "schedule ended. The same items were shipped less than one month earlier.", 8.5)
    p.para("If you disagree with how we processed a claim, you may appeal within 180 days of the date of this "
           "statement. Call Member Services at " + INS_PHONE + " or write to Harborlight Appeals, PO Box 77135.", 8.5)
    return out(p)


def provider_notice(f, ds):
    p = Page(footer=None, footer_left="Provider claim notice PCN-3")
    p.add_page()
    p.line(INS, 13, "B")
    p.line("Provider Services   Fax 1-877-555-0172", 8)
    p.ln(3)
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(1)
    p.boxed_pairs([("To", f"{SUP_FULL}, {SUP_ADDR}"), ("Notice date", fdate(f["notice"], ds)),
                   ("Patient", f["who"]), ("Member ID", f["mid"]), ("Claim #", f["claim"]),
                   ("Dates of service", fdate(f["ship"], ds)), ("Total charges", money(f["total"])),
                   ("Billing NPI", f["npi"]), ("Denial code", "RS4 - resupply interval not met")], 46, 9)
    p.para("The items billed (A7032 x2, A7038 x6) were dispensed before the resupply interval allowed by the member's "
           "plan. The member may not be billed unless they agreed in writing before delivery. You may request a "
           "reconsideration within 90 days of the date of this notice; corrected claims must be filed within 365 "
           "days of the date of service.", 9)
    return out(p)


def hold_letter(f, ds):
    p = Page(footer=None, footer_left=f"{SUP_FULL}  {SUP_PHONE}")
    p.add_page()
    p.line(SUP, 15, "B")
    p.line(SUP_ADDR, 8.5)
    p.ln(4)
    p.line(fdate(f["hold"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]},", 10)
    p.para(f"Your plan, {INS}, did not pay for the mask cushions and filters we shipped you on "
           f"{fdate(f['ship'], ds)} (charges {money(f['total'])}, plan claim {f['claim']}), because they were sent "
           "before your plan's resupply date. We are sorry for the mix-up. We have put your next automatic "
           "resupply order on hold until your plan allows it, and we will not bill you for this shipment while "
           "we ask the plan to reconsider.", 10)
    p.para(f"Your account number with us is {f['acct']}. If you want to receive supplies sooner, call us at "
           f"{SUP_PHONE}.\n\nNorthgate Sleep Supply Resupply Team", 10)
    return out(p)


def member_appeal(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(fdate(f["mdate"], ds), 10.5)
    p.ln(3)
    p.para(f"{INS}\nAppeals, PO Box 77135\nPort Ashford, NA 02977", 10.5)
    p.para("To whom it may concern,", 10.5)
    p.para(f"My name is {f['who']} and my member number is {f['mid']}. I am writing to appeal your decision on "
           f"claim {f['claim']}, which you sent me on {fdate(f['notice'], ds)}. The claim was for two nasal mask "
           f"cushions and six filters that {SUP} shipped to me on {fdate(f['ship'], ds)}, and the supplier charged "
           f"{money(f['total'])} for them.", 10.5)
    p.para(f"The shipment before that, on {fdate(f['last'], ds)}, arrived with a torn cushion, and I called the "
           "supplier the same day. The new cushions were sent to replace the damaged one, not as an early order. I "
           "use my machine every night as my doctor told me to, and without a sealed cushion the mask leaks. Please "
           "pay this claim.", 10.5)
    p.para(f"Thank you,\n\n{f['who']}\n{f['street']}, Port Ashford", 10.5)
    return out(p)


def overturned(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="HHP-APL-OV")
    p.add_page()
    p.line(INS, 14, "B")
    p.line("Appeals and Grievances   " + INS_PHONE, 8.5)
    p.ln(4)
    p.pairs([("Date", fdate(f["adate"], ds)), ("Member", f["who"]), ("ID number", f["mid"]),
             ("Appeal number", f["apl"]), ("Original claim", f["claim"]),
             ("Appeal received", fdate(f["adate"] - dt.timedelta(days=21), ds))], 34, 9.5)
    p.ln(2)
    p.heading("APPEAL DECISION - APPROVED", 12.5, rule=True)
    p.para(f"We have reviewed your appeal of our decision on the CPAP supplies shipped on {fdate(f['ship'], ds)} by "
           f"{SUP}. The supplier's note shows the earlier cushion arrived damaged. A replacement for a defective "
           "item does not count against the resupply interval. We have reversed our decision.", 10)
    p.para(f"We will reprocess claim {f['claim']} ({money(f['total'])} billed) and send you a new Explanation of "
           "Benefits. You do not need to do anything else.", 10)
    p.para("If you have questions, call Member Services.", 9.5)
    return out(p)


def es_notice(f, ds):
    p = Page(footer="Página {n} de {nb}", footer_left="HHP-ABD-12-S")
    p.add_page()
    p.line(INS.upper(), 15, "B")
    p.line(f"Servicios al Miembro  {INS_PHONE}  (TTY 711)", 8.5)
    p.ln(4)
    p.line(fdate(f["notice"], "long", "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("AVISO DE DENEGACIÓN DE BENEFICIOS", 13, rule=True)
    p.pairs([("Afiliado", f["who"]), ("Nº de identificación", f["mid"]), ("Grupo", f["grp"]),
             ("Número de reclamación", f["claim"]),
             ("Fecha de nacimiento", fdate(f["dob"], "long", "es"))], 48, 9.5)
    p.ln(2)
    p.para(f"Hemos revisado la reclamación que {SUP} nos envió por almohadillas nasales de repuesto y filtros para "
           f"su máquina CPAP, enviados el {fdate(f['ship'], 'long', 'es')}, por un total facturado de "
           f"{money(f['total'])}. No podemos pagar estos artículos.", 10)
    p.heading("Motivo", 11)
    p.para(f"Su plan cubre 2 almohadillas y 2 filtros desechables por mes. Los mismos artículos se le enviaron el "
           f"{fdate(f['last'], 'long', 'es')}. Este envío se hizo antes de que terminara el intervalo de reposición, "
           "por lo que no es un beneficio cubierto en este momento.", 10)
    p.heading("Su derecho a apelar", 11)
    p.para("Puede pedirnos que revisemos esta decisión dentro de 180 días a partir de la fecha de este aviso. "
           "Si esperar pudiera dañar gravemente su salud, puede pedir una apelación acelerada (72 horas). Después "
           "de nuestra decisión final puede pedir una revisión externa dentro de 4 meses.", 9.5)
    return out(p)


ITEMS = [
    ("bd_member_denial_notice", "born_digital", "letter", "long"),
    ("scan300_supplier_invoice", "scan_clean_300", "invoice", "abbr"),
    ("copy_eob_three_claims_supplies_denied", "photocopy", "eob", "upper"),
    ("faxfine_stack_provider_notice_and_hold_letter", "fax_fine_g4", "stack", "slash"),
    ("photo_member_appeal_letter_prose", "phone_photo", "appeal", "long"),
    ("rotated_appeal_approved", "rotated", "over", "iso"),
    ("lowres_aviso_denegacion_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd, sd, amt = f["notice"].isoformat(), [f["ship"].isoformat()], m2(f["total"])
        common = dict(member_id=f["mid"], member_name=f["who"], provider=SUP)
        den = dict(denial_alternates=["other"])
        if kind == "letter":
            t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["grp"], case_numbers=[f["claim"]],
                      claim_amount=amt, service_dates=sd, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), **den, **common)
            items.append(Item(name, cond, [(letter(f, ds), t)]))
        elif kind == "invoice":
            f["inv"] = f["ship"] + dt.timedelta(days=1)
            t = truth("other", None, claim_amount=amt, service_dates=sd, denial_date=f["inv"].isoformat(),
                      unscored=["insurer"], **common)
            items.append(Item(name, cond, [(invoice(f, ds), t)]))
        elif kind == "eob":
            f["oc1"], f["oc2"] = "26" + dg(r, 9), "26" + dg(r, 9)
            t = truth("eob", "not_covered", insurer=INS, group_number=f["grp"], case_numbers=[f["claim"]],
                      claim_amount=amt, service_dates=sd, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), **den, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "stack":
            f["hold"] = f["notice"] + dt.timedelta(days=r.randint(3, 8))
            t1 = truth("denial_letter", "not_covered", insurer=INS, case_numbers=[f["claim"]], claim_amount=amt,
                       service_dates=sd, denial_date=nd,
                       appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(), **den, **common)
            t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=amt, service_dates=sd,
                       denial_date=f["hold"].isoformat(), unscored=["insurer"],
                       alternates={"case_numbers": [[]]}, **{**common, "member_id": None})
            items.append(Item(name, cond, [(provider_notice(f, ds), t1), (hold_letter(f, ds), t2)],
                              separators=["cover", "blank"]))
        elif kind == "appeal":
            f["mdate"] = f["notice"] + dt.timedelta(days=r.randint(7, 20))
            t = truth("other", None, case_numbers=[f["claim"]], claim_amount=amt, service_dates=sd,
                      denial_date=f["mdate"].isoformat(), unscored=["insurer"], **common)
            items.append(Item(name, cond, [(member_appeal(f, ds), t)]))
        elif kind == "over":
            f["adate"] = f["notice"] + dt.timedelta(days=r.randint(35, 50))
            f["apl"] = "AP-" + dg(r, 8)
            t = truth("other", None, insurer=INS, case_numbers=[f["apl"], f["claim"]], claim_amount=amt,
                      service_dates=sd, denial_date=f["adate"].isoformat(), **common)
            items.append(Item(name, cond, [(overturned(f, ds), t)]))
        else:
            t = truth("denial_letter", "not_covered", lang="es", insurer=INS, group_number=f["grp"],
                      case_numbers=[f["claim"]], claim_amount=amt, service_dates=sd, denial_date=nd,
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(), **den, **common)
            items.append(Item(name, cond, [(es_notice(f, ds), t)]))
    return items
