"""Family 'enteral_feeding_pump_vs_gravity_bag_dme_denial': an invented commercial health plan refusing a child's
enteral feeding pump because gravity (bag) feeding is judged adequate, limiting the monthly formula quantity, and
refusing pump rental claims; with the home medical supplier's invoice, the pediatric GI doctor's letters and a
Spanish letter to a parent.

Documents: a born-digital pre-service denial of the pump with a shaded sidebar (medical necessity); a photocopied
supplier invoice with four lines of which the plan refused the pump rental (a provider statement); a fine-fax stack
(cover, the plan's formula quantity-limit notice with a fax header line and a boxed grid, the GI doctor's letter to
the plan); a phone photo of a Spanish letter to the parent told only in sentences (pump rental claim refused, no
prior authorization); a sideways two-column appeal decision overturning the denial (denies nothing); a born-digital
EOB with three claims (pump rental refused as not medically necessary) under a white-on-dark band; a 150 dpi notice
refusing the requested supplier as out of network. 180-day appeals from the letter date; 72-hour expedited review
and 4-month external review are decoys. Everything is invented; phones 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundda_famdae import Page, cover_pdf, fd, m2, money, pat, ph, plus

FAMILY = "enteral_feeding_pump_vs_gravity_bag_dme_denial"
LANG = "en"
SEED = 349804
_pick = random.Random(SEED)
ORG = _pick.choice(["Willowmark Health Insurance Company", "Pinnacle Bay Health Plan", "Silverbrook Mutual Health"])
ORG_ADDR = f"PO Box {_pick.randint(20000, 29999)}, Columbus, OH 43216"
GROUP = pat(_pick, "GRP-99999")
GI, GI_BARE = "Adaeze N. Whitcombe, MD", "Adaeze N. Whitcombe"
GI_CLINIC = "Scioto Valley Pediatric Gastroenterology"
SUPPLIER = "Hearthstone Home Medical Supply"
OON_SUPPLIER = "TriCounty Infusion and Nutrition, Inc."
CHILDREN = ["Elodie F. Marchbanks", "Rowan T. Petrakis", "Simone J. Ashdown", "Caleb W. Ostrander",
            "Juniper L. Castellano", "Milo R. Haverford", "Ivy D. Kronenberg"]
PARENTS = ["Danielle Marchbanks", "George Petrakis", "Alana Ashdown", "Trevor Ostrander", "Paula Castellano",
           "Neil Haverford", "Ruth Kronenberg"]
CHILD_ES, PARENT_ES = "Valentina S. Echeverría", "Rosa Echeverría"
APPEAL_EN = ("You may ask for an appeal within 180 days of the date of this {what}. Send your written appeal to "
             f"{ORG}, Member Appeals, {ORG_ADDR}, or fax it to 1-555-880-2214. If your child's health could be "
             "seriously harmed by waiting, ask for an expedited appeal; we decide those within 72 hours. After our "
             "final appeal decision you may ask for an external review by an independent review organization "
             "within 4 months. You may ask for free copies of the documents and the clinical criteria we used.")


def base(r, k):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 140))
    return dict(notice=notice, child=CHILDREN[k], parent=PARENTS[k], mid=pat(r, "WMK999999999") + "-02",
                phone=ph(r), dob=dt.date(r.randint(2016, 2024), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"),
                addr=[f"{r.randint(100, 9800)} {r.choice(['Olentangy', 'Hamilton', 'Karl', 'Cleveland'])} Avenue",
                      r.choice(["Westerville, OH 43081", "Grove City, OH 43123", "Marion, OH 43302"])])


def doc_pump_bd(r):
    f = base(r, 0)
    ref = "UM" + pat(r, "9999999")
    start, got = plus(f["notice"], r.randint(5, 12)), plus(f["notice"], -r.randint(2, 6))
    d = Page(footer=f"{ORG}  |  Utilization Management  |  Page {{n}} of {{nb}}")
    d.add_page()
    d.plain_head(ORG, ["Utilization Management Department", ORG_ADDR, f"Customer Service {f['phone']}"])
    y0, y1 = d.sidebar([("DATE OF LETTER", fd(f["notice"], "long")), ("PATIENT", f["child"]),
                        ("MEMBER ID", f["mid"]), ("GROUP NUMBER", GROUP), ("SUBSCRIBER", f["parent"]),
                        ("REFERENCE NUMBER", ref), ("PATIENT DOB", fd(f["dob"], "slash")),
                        ("REQUEST RECEIVED", fd(got, "slash"))])
    d.set_xy(76, y0)
    d.set_left_margin(76)
    d.line("Coverage Determination: Not Approved", 12, "B")
    d.ln(2)
    d.addr([f"Parent or guardian of {f['child']}", f["parent"], *f["addr"]], 9.5)
    d.paras([
        f"Dear {f['parent']}:",
        f"{GI} asked us to cover an enteral feeding pump (HCPCS B9002, rental) with pump supply kits (B4035, 30 per "
        f"month) for your child, to start on {fd(start, 'long')}. The pump would be supplied by {SUPPLIER}.",
        "#Our decision",
        "We cannot approve the pump. We have approved gravity-fed supply kits (B4036) and the formula instead.",
        "#The reason",
        "A feeding pump is covered when tube feeds must run at a slow, controlled rate: for example when there is "
        "documented aspiration, severe reflux, dumping syndrome, a jejunal tube, or low blood sugar between feeds. "
        "Your child has a gastrostomy tube into the stomach and the records show four feeds a day of 240 mL, each "
        "given by gravity over 30 to 40 minutes, with no vomiting, aspiration or weight loss. Gravity feeding meets "
        "your child's needs, so the pump is not medically necessary. Policy: Enteral Nutrition and Feeding Pumps, "
        "MP-DME-0412.",
        "#Your right to appeal",
        APPEAL_EN.format(what="letter")], size=9.2)
    d.set_left_margin(18)
    t = truth("denial_letter", "medical_necessity", insurer=ORG, group_number=GROUP, member_id=f["mid"],
              member_name=f["child"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=GI, appeal_deadline=plus(f["notice"], 180).isoformat(),
              alternates={"provider": [GI_BARE, SUPPLIER]})
    return bytes(d.output()), t


def doc_invoice_copy(r):
    f = base(r, 1)
    inv, acct, claim = "INV-" + pat(r, "999999"), "ACCT " + pat(r, "99999"), pat(r, "99999999999")
    dos = plus(f["notice"], -r.randint(30, 45))
    lines = [("B4161", "Pediatric peptide formula, 100 cal/unit", 270, 1.92),
             ("B4036", "Gravity feeding supply kit, daily", 30, 11.40),
             ("B9002 RR", "Enteral infusion pump, monthly rental", 1, 412.00),
             ("B4035", "Pump supply kit, daily", 30, 14.85)]
    rows, total, paid_total = [], 0.0, 0.0
    for code, desc, qty, unit in lines:
        ch = round(qty * unit, 2)
        pd = 0.0 if code.startswith("B9002") or code == "B4035" else round(ch * 0.8, 2)
        total += ch
        paid_total += pd
        rows.append([fd(dos, "short"), code, desc, str(qty), money(ch, "nosign"), money(pd, "nosign"),
                     "DENIED" if pd == 0 else "PAID"])
    d = Page(footer=f"{SUPPLIER}  -  Please detach and return the lower portion with your payment")
    d.add_page()
    d.plain_head(SUPPLIER, ["4470 Sawmill Road, Dublin, OH 43017", "Billing 1-555-718-3300   Fax 1-555-718-3390"])
    d.line("PATIENT INVOICE / STATEMENT", 12, "B")
    d.ln(1)
    y = d.get_y()
    d.addr([f"Responsible party: {f['parent']}", *f["addr"]], 9.5)
    d.set_y(y)
    d.lv([("Statement date", fd(f["notice"], "slash")), ("Invoice", inv), ("Account", acct),
          ("Patient", f["child"]), ("Insurance", ORG), ("Member ID", f["mid"]), ("Insurance claim #", claim)],
         w=32, size=8.8, x=112, h=4.8)
    d.ln(3)
    d.table(["Date of service", "HCPCS", "Description", "Qty", "Charge", "Insurance paid", "Status"], rows,
            [20, 20, 62, 10, 20, 20, 18], size=7.8, head_h=10, aligns=["L", "L", "L", "R", "R", "R", "L"])
    d.lv([("Total charges", money(total)), ("Insurance paid", money(paid_total)),
          ("Balance after insurance", money(total - paid_total))], w=50, size=9.2, x=110)
    d.paras([
        f"Your insurance denied the pump rental and pump supply kits on this claim as not medically necessary "
        f"(gravity feeding judged adequate). {GI} has asked the plan to reconsider. We will hold the balance for 60 "
        "days while the appeal is decided; you do not need to pay the denied lines now.",
        "Questions about this statement: call Billing at 1-555-718-3300."], size=9)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[claim],
              claim_amount=m2(total), service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(),
              provider=SUPPLIER, unscored=["insurer"],
              alternates={"claim_amount": [m2(412.00 + 30 * 14.85), m2(412.00)]})
    return bytes(d.output()), t


def stack_formula(r):
    f = base(r, 2)
    ref = "UM" + pat(r, "9999999")
    a = plus(f["notice"], r.randint(2, 8))
    b = plus(a, 89)
    got = plus(f["notice"], -r.randint(3, 6))
    fax_at = plus(f["notice"], r.randint(1, 3))
    faxline = (f"{fd(fax_at, 'upper_nocomma')} 14:{r.randint(10, 59)}  FR: {GI_CLINIC.upper()}  1-555-296-4410  "
               "TO: 1-555-296-8800  P.{p}")
    d = Page(footer=f"{ORG} - Pharmacy and Nutrition Review - Page {{n}} of {{nb}}", faxline=faxline)
    d.add_page()
    d.band(ORG, ["Pharmacy and Nutrition Review  |  " + ORG_ADDR], dark=False, h=17)
    d.line("NOTICE OF PARTIAL APPROVAL - ENTERAL FORMULA", 12, "B")
    d.ln(2)
    d.grid([[("Notice date", fd(f["notice"], "slash"), 42), ("Member", f["child"], 70), ("Member ID", f["mid"], 62)],
            [("Group", GROUP, 42), ("Reference no.", ref, 70), ("Received", fd(got, "slash"), 62)],
            [("Prescriber", GI, 70), ("Authorization period", f"{fd(a, 'slash')} - {fd(b, 'slash')}", 104)]])
    d.table(["Item", "HCPCS", "Requested units per month", "Approved units per month", "Not approved"],
            [["Pediatric peptide formula (1 unit = 100 calories)", "B4161", "450", "300", "150 units/month"]],
            [70, 20, 28, 28, 28], size=8, head_h=12, row_h=7)
    d.paras([
        "#Why part of this request was not approved",
        "Your plan covers enteral formula up to 300 units (30,000 calories) a month when it is the main source of "
        "nutrition. The request was for 450 units a month. The amount over the plan's monthly limit is not a "
        "covered benefit. The prescriber may ask for an exception if your child's calorie needs are higher than "
        "the limit; growth charts and a dietitian's calorie calculation should be sent with it.",
        "#Appeal rights",
        APPEAL_EN.format(what="notice")], size=9)
    dec = bytes(d.output())
    t_dec = truth("denial_letter", "not_covered", insurer=ORG, group_number=GROUP, member_id=f["mid"],
                  member_name=f["child"], case_numbers=[ref], service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                  denial_date=f["notice"].isoformat(), provider=GI,
                  appeal_deadline=plus(f["notice"], 180).isoformat(), denial_alternates=["medical_necessity"],
                  alternates={"provider": [GI_BARE]})
    sent = plus(f["notice"], r.randint(1, 3))
    d = Page(serif=True, footer=None, faxline=faxline.replace("{p}", "{p}"))
    d.add_page()
    d.plain_head(GI_CLINIC, ["700 Children's Drive, Suite 4B, Columbus, OH 43205",
                             "Phone 1-555-296-4410   Fax 1-555-296-4499"])
    d.line(fd(sent, "long"), 10)
    d.ln(3)
    d.addr([ORG, "Pharmacy and Nutrition Review", "Fax 1-555-296-8800"])
    d.line(f"Re: {f['child']}  -  Member ID {f['mid']}  -  Reference {ref}", 10, "B")
    d.line("Request for exception to the enteral formula quantity limit", 10, "B")
    d.ln(2)
    d.paras([
        "Dear reviewer,",
        f"I care for {f['child']}, who has short bowel syndrome after a volvulus in infancy and is fed through a "
        "gastrostomy tube. Formula is her only source of nutrition. Over the past six months her weight has fallen "
        "from the 25th to the 10th percentile while receiving 1,000 calories a day.",
        "Our dietitian calculated her needs at 1,500 calories a day, which is 450 units of formula a month. The "
        "approved 300 units a month would leave her one third short and she would continue to lose weight. Growth "
        "charts and the dietitian's note are attached.",
        "Please approve the full amount as an exception to the monthly limit. I am available for a peer-to-peer "
        "discussion at 1-555-296-4410.",
        "Sincerely,", GI, "Pediatric Gastroenterology"], 10)
    t_let = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["child"], case_numbers=[ref],
                  denial_date=sent.isoformat(), provider=GI, unscored=["insurer", "service_dates"],
                  alternates={"provider": [GI_BARE, GI_CLINIC], "denial_date": [None]})
    cov = cover_pdf(GI_CLINIC, "Family Health Advocacy Clinic", "1-555-296-4499", "1-555-431-9020",
                    fd(fax_at, "slash"), 4, f"As requested by {f['parent']}: the plan's formula notice and our "
                    "exception letter.")
    return [(dec, t_dec), (bytes(d.output()), t_let)], [cov, None]


def doc_carta_es(r):
    f = base(r, 3)
    claim = pat(r, "99999999999")
    a = plus(f["notice"], -r.randint(40, 55))
    b = plus(a, 27)
    amt = 412.00 + 28 * 14.85
    mid = pat(r, "WMK999999999") + "-03"
    d = Page(footer=f"{ORG} - Servicios para Miembros {f['phone']}", footer_left="")
    d.add_page()
    d.band(ORG, [ORG_ADDR])
    d.line(fd(f["notice"], "es"), 10)
    d.ln(3)
    d.addr([f"Sra. {PARENT_ES}", "1412 Calle Las Flores", "Columbus, OH 43207"])
    d.paras([
        f"Estimada Sra. {PARENT_ES}:",
        f"Le escribimos sobre su hija, {CHILD_ES}, cuyo número de miembro es {mid}. Recibimos la reclamación número "
        f"{claim} de {SUPPLIER} por el alquiler de una bomba de alimentación enteral y sus equipos de suministro, "
        f"por el período del {fd(a, 'es')} al {fd(b, 'es')}, por un total de {money(amt)}.",
        "Su plan exige autorización previa para las bombas de alimentación y otros equipos médicos que se alquilan "
        "por mes. No recibimos ninguna solicitud de autorización antes de que el proveedor entregara la bomba. Por "
        "eso negamos esta reclamación. Esta decisión no significa que su hija no necesite la bomba; su médico puede "
        "pedir la autorización ahora para los meses siguientes. El proveedor de la red no puede cobrarle a usted por "
        "esta reclamación.",
        "Si no está de acuerdo, usted puede apelar dentro de 180 días a partir de la fecha de esta carta. Puede "
        f"escribirnos a {ORG}, Member Appeals, {ORG_ADDR}. Si la salud de su hija corre peligro, pida una "
        "apelación acelerada y le responderemos dentro de 72 horas. Después de la apelación, puede pedir una "
        "revisión externa independiente dentro de 4 meses.",
        f"Si tiene preguntas, llámenos al {f['phone']}. Hablamos español.",
        "Atentamente,", "Departamento de Reclamaciones", ORG], 10)
    t = truth("denial_letter", "prior_authorization", lang="es", insurer=ORG, member_id=mid, member_name=CHILD_ES,
              case_numbers=[claim], claim_amount=m2(amt), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return bytes(d.output()), t


def doc_overturned_rotated(r):
    f = base(r, 4)
    appeal, ref = "APL-" + pat(r, "9999999"), "UM" + pat(r, "9999999")
    first = plus(f["notice"], -r.randint(20, 30))
    start = plus(f["notice"], r.randint(3, 7))
    d = Page(footer=f"{ORG}  -  Member Appeals")
    d.add_page()
    d.plain_head(ORG, ["Member Appeals  |  " + ORG_ADDR, f"Customer Service {f['phone']}"])
    d.lv([("Date", fd(f["notice"], "dmy")), ("Patient", f["child"]), ("Member ID", f["mid"]), ("Group", GROUP),
          ("Appeal number", appeal), ("Original reference", ref)], w=36, size=9.4)
    d.line("Appeal Decision: Overturned", 12.5, "B")
    d.ln(2)
    d.two_col([
        f"Dear {f['parent']}:",
        f"We received your appeal of our {fd(first, 'dmy')} decision that did not approve an enteral feeding pump "
        f"for {f['child']}, requested by {GI}.",
        "#What we decided",
        "A pediatric gastroenterologist who was not part of the first decision reviewed the appeal. We have "
        "reversed our decision and APPROVED the pump (B9002, rental) and pump supply kits (B4035).",
        ],
        ["#Why",
         "The new records show two hospital visits for aspiration pneumonia during gravity feeds and a swallow study "
         "showing reflux into the airway. Slow, controlled feeds by pump are medically necessary.",
         "#What happens next",
         f"The approval starts {fd(start, 'dmy')} and lasts 12 months. {SUPPLIER} has been told and will call you "
         "to arrange delivery. You do not need to do anything else."])
    t = truth("other", None, insurer=ORG, group_number=GROUP, member_id=f["mid"], member_name=f["child"],
              case_numbers=[appeal, ref], service_dates=[start.isoformat()], denial_date=f["notice"].isoformat(),
              provider=GI, alternates={"provider": [GI_BARE, SUPPLIER], "service_dates": [[]]})
    return bytes(d.output()), t


def doc_eob_bd(r):
    f = base(r, 5)
    p0 = plus(f["notice"], -30)
    dates = sorted(plus(f["notice"], -r.randint(20, 55)) for _ in range(3))
    nums = [pat(r, "E26") + pat(r, "99999999") for _ in range(3)]
    provs = ["Scioto Valley Ped GI", "Hearthstone Home Med Supply", "Hearthstone Home Med Supply"]
    descs = ["Office visit, est. patient", "Formula B4161, 300 units", "Pump rental B9002 RR"]
    amts = [r.randint(180, 320) + 0.0, round(300 * 1.92, 2), 412.00 + r.choice([0, 25.0])]
    allowed = [round(amts[0] * 0.7, 2), round(amts[1] * 0.85, 2), 0.0]
    paid = [round(allowed[0] - 30, 2), round(allowed[1] * 0.8, 2), 0.0]
    you = [30.0, round(allowed[1] - paid[1], 2), 0.0]
    d = Page(footer=f"{ORG}  |  Explanation of Benefits  |  Page {{n}} of {{nb}}")
    d.add_page()
    d.band(ORG, [f"EXPLANATION OF BENEFITS  |  This is not a bill  |  {ORG_ADDR}"])
    y = d.get_y()
    d.addr([f["parent"], *f["addr"]], 9.5)
    d.set_y(y)
    d.lv([("Statement date", fd(f["notice"], "abbr")), ("Patient", f["child"]), ("Member ID", f["mid"]),
          ("Group", GROUP), ("Subscriber", f["parent"]),
          ("Period", f"{fd(p0, 'abbr')} to {fd(f['notice'], 'abbr')}")], w=30, size=8.8, x=110, h=4.8)
    d.ln(4)
    rows = [[fd(dt_, "slash"), n, p, ds, money(a, "nosign"), money(al, "nosign"), money(pd, "nosign"),
             money(y_, "nosign"), c]
            for dt_, n, p, ds, a, al, pd, y_, c in zip(dates, nums, provs, descs, amts, allowed, paid, you,
                                                      ["", "", "50"])]
    d.table(["Service date", "Claim number", "Provider", "Service", "Amount billed", "Plan allowed", "Plan paid",
             "You owe", "Code"], rows, [17, 22, 40, 33, 16, 14, 14, 13, 11], size=6.6, head_h=10,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    d.paras([
        "#Code explanations",
        "50 - These are non-covered services because this is not deemed a medical necessity by the payer. The "
        f"feeding pump rental from {SUPPLIER} was not approved: gravity feeding was judged adequate (see our letter, reference on "
        "file). The supplier may not bill you for this amount.",
        "#Your plan year to date",
        f"Deductible met: {money(350)} of {money(1000)}.  Out-of-pocket met: {money(1215.4)} of {money(4500)}.",
        "#Your appeal rights",
        APPEAL_EN.format(what="statement")], size=8.8)
    t = truth("eob", "medical_necessity", insurer=ORG, group_number=GROUP, member_id=f["mid"],
              member_name=f["child"], case_numbers=[nums[2]], claim_amount=m2(amts[2]),
              service_dates=[dates[2].isoformat()], denial_date=f["notice"].isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(f["notice"], 180).isoformat())
    return bytes(d.output()), t


def doc_oon_lowres(r):
    f = base(r, 6)
    ref = "UM" + pat(r, "9999999")
    start = plus(f["notice"], r.randint(4, 10))
    d = Page(footer=f"{ORG}   Utilization Management   {{n}}/{{nb}}")
    d.add_page()
    d.band(ORG, ["Utilization Management  |  " + ORG_ADDR, f"Customer Service {f['phone']}"])
    d.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    d.ln(2)
    d.lv([("Letter date:", fd(f["notice"], "upper")), ("Patient:", f["child"]), ("Member ID:", f["mid"]),
          ("Group No.:", GROUP), ("Reference #:", ref), ("Ordering physician:", GI),
          ("Requested supplier:", OON_SUPPLIER), ("Supplier NPI:", f["npi"]),
          ("Requested start:", fd(start, "upper"))], w=44, size=9.2)
    d.paras([
        "#Request",
        "Enteral feeding pump (B9002, rental), pump supply kits (B4035) and pediatric formula (B4161), home "
        "delivery.",
        "#Decision: Denied",
        f"The requested supplier, {OON_SUPPLIER}, does not participate in your plan's network for durable medical "
        "equipment and enteral nutrition. Your plan covers these items only from network suppliers, unless no "
        "network supplier can provide them. Two network suppliers serve your area, including "
        f"{SUPPLIER} (1-555-718-3300). If the items are ordered from a network supplier, a new request is not "
        "needed for the formula; the pump will be reviewed under our enteral pump policy.",
        "#Appeal",
        APPEAL_EN.format(what="letter")], size=9.2)
    t = truth("denial_letter", "out_of_network", insurer=ORG, group_number=GROUP, member_id=f["mid"],
              member_name=f["child"], case_numbers=[ref], service_dates=[start.isoformat()],
              denial_date=f["notice"].isoformat(), provider=OON_SUPPLIER,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [GI, GI_BARE]})
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_formula(r(2))
    return [
        Item(f"{FAMILY}_bd_pump_denied_gravity_adequate_sidebar", "born_digital", [doc_pump_bd(r(0))]),
        Item(f"{FAMILY}_copy_supplier_invoice_pump_lines_refused", "photocopy", [doc_invoice_copy(r(1))]),
        Item(f"{FAMILY}_faxfine_stack_formula_limit_and_gi_letter", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_carta_es_pump_rental_no_auth", "phone_photo", [doc_carta_es(r(3))]),
        Item(f"{FAMILY}_rotated_appeal_overturned_pump_approved", "rotated", [doc_overturned_rotated(r(4))]),
        Item(f"{FAMILY}_bd_eob_three_claims_pump_rental_denied", "born_digital", [doc_eob_bd(r(5))]),
        Item(f"{FAMILY}_lowres_supplier_out_of_network", "scan_lowres_150", [doc_oon_lowres(r(6))]),
    ]
