"""Family 'dmepos_competitive_bidding_noncontract_supplier_denial': Medicare DMEPOS Competitive Bidding Program
papers for a beneficiary who lives in a competitive bidding area (CBA): Medicare Summary Notice (Part B) pages
that deny an item (CPAP supplies, a walker, an oxygen concentrator, diabetic test strips by mail) because the
supplier is not a contract supplier in the CBA (the supplier is liable, the beneficiary does not owe), a
supplier's own letter telling the patient the same and listing contract suppliers, one MSN paying a contract
supplier, and one supplier letter on a grandfathered oxygen rental that continues (nothing denied).

Modelled from memory on the redesigned MSN (header, "THIS IS NOT A BILL", Medicare Number, claims table with
"Service Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount
Medicare Paid / Maximum You May Be Billed / See Notes Below", lettered notes, "Appeals must be filed by").
All people, suppliers, CBAs, numbers and phones are invented (555 numbers, apart from the public 1-800-MEDICARE).
Decoys: HCPCS with KG / KY / KL / NU / RR modifiers, CBA ZIP, contract suppliers' names and phones, NPIs, the
Part B deductible, rental month, date of birth.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, pdf_bytes, truth

FAMILY = "dmepos_competitive_bidding_noncontract_supplier_denial"
LANG = "en"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

FIRST = ["Zsofia", "Tuan", "Ilona", "Quang", "Gyorgyi", "Thanh", "Vilma", "Laszlo", "Hoa", "Bence"]
LAST = ["Farkasdi", "Takacsy", "Huynh-Bolla", "Szentmiklosi", "Vuongard", "Kisberki", "Tranvik", "Ormandy"]
CITIES = [("Saltmarsh Bend", "MO", "64731"), ("Eastwillow", "OH", "44893"), ("Corrigan Falls", "NC", "27961"),
          ("Port Harlan", "FL", "32761")]
STREETS = ["Brackenridge Road", "Tolliver Street", "Quillfeather Lane", "Oxbow Court", "Marlpit Avenue"]
CBAS = {"Saltmarsh Bend": ("Saltmarsh Bend-Kesterton, MO", "64731"),
        "Eastwillow": ("Eastwillow-Brandt Lake, OH", "44893"),
        "Corrigan Falls": ("Corrigan Falls-Medway, NC", "27961"),
        "Port Harlan": ("Port Harlan-Vessey, FL", "32761")}
NONCONTRACT = ["Bellhaven Home Medical, Inc.", "Trevanion Respiratory Supply", "QuickShip Diabetic Direct LLC",
               "Ardmoor Mobility & Medical"]
CONTRACT = ["Kesterton Sleep & Breathe Supply", "Halloran Medical Equipment Co.", "Pinecastle Oxygen Services",
            "Lindqvist Home Health Products", "MailCare Diabetic Supply Network", "Orrin Valley Mobility"]


def person(r: random.Random) -> tuple[str, str, str, str]:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("BCDGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def mbi(r: random.Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    c = lambda: r.choice(let)  # noqa: E731
    d = lambda: str(r.randint(0, 9))  # noqa: E731
    return f"{r.randint(1, 9)}{c()}{c()}{d()}-{c()}{r.choice(let + '0123456789')}{d()}-{c()}{c()}{d()}{d()}"


def phone(r: random.Random) -> str:
    return f"(555) {r.randint(200, 989)}-{r.randint(1000, 9999)}"


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def usd(v: float) -> str:
    return f"${v:,.2f}"


def m2(v: float) -> str:
    return f"{v:.2f}"


def new_doc() -> Doc:
    d = Doc("DejaVu", footer="Page {p} of {n}")
    d.add_font("DejaVu", "B", DEJAVU_B)
    return d


# ---------------------------------------------------------------- MSN (also used by the QMB family)

MSN_TEXT = {
    "en": dict(title="Medicare Summary Notice for Part B (Medical Insurance)",
               sub="The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
               notbill="THIS IS NOT A BILL", num="Medicare Number", date="Date of This Notice",
               period="Claims Processed Between", cs="Customer Service Information",
               cs2="Your Medicare Number: see above", call="Call 1-800-MEDICARE (1-800-633-4227)", tty="TTY: 1-877-486-2048",
               ded="Your Deductible Status",
               dedtxt="Your deductible is what you must pay for most health services before Medicare begins to pay.",
               approve="Did Medicare Approve All Services?", yes="YES", no="NO",
               maxb="Total You May Be Billed", claims="Your Claims for Part B (Medical Insurance)",
               head=["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                     "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed",
                     "See Notes Below"],
               claim="Claim number", supplier="Supplier", prov="Provider", ref="Referred by", sd="Service date",
               total="Total for this claim", notes="Notes for Claims Above",
               appeal="How to Handle Denied Claims or File an Appeal",
               appealtxt=("If you disagree with a coverage or payment decision on this notice, you can file an appeal. "
                          "Circle the service(s) you disagree with and explain why on this notice, sign it, and send "
                          "it to the Medicare contractor address listed. Appeals must be filed by {d}."),
               contractor="Send appeals to"),
    "es": dict(title="Resumen de Medicare para la Parte B (Seguro Médico)",
               sub="El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y Medicaid",
               notbill="ESTO NO ES UNA FACTURA", num="Número de Medicare", date="Fecha de este aviso",
               period="Reclamaciones procesadas entre", cs="Información de servicio al cliente",
               cs2="Su número de Medicare: vea arriba", call="Llame al 1-800-MEDICARE (1-800-633-4227)",
               tty="TTY: 1-877-486-2048", ded="El estado de su deducible",
               dedtxt="El deducible es lo que usted paga por la mayoría de los servicios antes de que Medicare pague.",
               approve="¿Aprobó Medicare todos los servicios?", yes="SÍ", no="NO",
               maxb="Cantidad total que se le puede facturar", claims="Sus reclamaciones de la Parte B (Seguro Médico)",
               head=["Servicio prestado y código de facturación", "¿Servicio aprobado?", "Cantidad que cobró el proveedor",
                     "Cantidad aprobada por Medicare", "Cantidad que pagó Medicare",
                     "Lo máximo que se le puede facturar", "Vea las notas"],
               claim="Número de reclamación", supplier="Proveedor", prov="Proveedor", ref="Referido por",
               sd="Fecha de servicio", total="Total de esta reclamación", notes="Notas sobre las reclamaciones",
               appeal="Cómo manejar las reclamaciones denegadas o presentar una apelación",
               appealtxt=("Si no está de acuerdo con una decisión de cobertura o de pago en este aviso, puede presentar "
                          "una apelación. Marque con un círculo los servicios, explique por qué, firme y envíe este "
                          "aviso a la dirección del contratista de Medicare. Las apelaciones deben presentarse a más "
                          "tardar el {d}."),
               contractor="Envíe las apelaciones a"),
}


def msn(f: dict) -> bytes:
    """f: lang, ds (date style), name, addr (2 lines), num (printed Medicare number), date, p0, p1, deadline,
    claims [dict(who, addr, claim, ref, lines=[(desc, code, ok, charged, appr, paid, maxb, note)])],
    notes {letter: text}, ded (met, of), be_informed (text or None), contractor (3 lines)."""
    T = MSN_TEXT[f["lang"]]
    ds = f["ds"]
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    d.font(15, "B")
    d.multi_cell(96, 7, T["title"], new_x="LMARGIN", new_y="NEXT")
    d.font(8.5)
    d.multi_cell(96, 4, T["sub"], new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.text_line(T["notbill"], 11, "B")
    d.ln(3)
    y0 = d.get_y()
    for ln in (f["name"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(ln, 10.5)
    # right box
    d.set_xy(122, 18)
    d.rect(120, 16, 78, 50)
    rows = [(T["num"], f["num"]), (T["date"], D(f["date"])), (T["period"], f"{D(f['p0'])} - {D(f['p1'])}")]
    for k, v in rows:
        d.set_x(122)
        d.font(8, "B")
        d.cell(74, 4, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(122)
        d.font(10)
        d.cell(74, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_x(122)
    d.font(8, "B")
    d.cell(74, 4, T["cs"], new_x="LMARGIN", new_y="NEXT")
    for ln in (T["call"], T["tty"]):
        d.set_x(122)
        d.font(8)
        d.cell(74, 4, ln, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(y0 + 22, 70))
    total_maxb = sum(l[6] for c in f["claims"] for l in c["lines"])
    all_ok = all(l[2] for c in f["claims"] for l in c["lines"])
    d.rule(0.5)
    d.font(11, "B")
    d.cell(110, 6, T["approve"])
    d.cell(0, 6, T["yes"] if all_ok else T["no"] + ("" if f["lang"] == "es" else " - see page 2"),
           new_x="LMARGIN", new_y="NEXT")
    d.font(11, "B")
    d.cell(110, 6, T["maxb"])
    d.cell(0, 6, usd(total_maxb), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(10, "B")
    d.cell(0, 5, T["ded"], new_x="LMARGIN", new_y="NEXT")
    d.para(T["dedtxt"] + (f" You have now met ${f['ded'][0]} of your ${f['ded'][1]} Part B deductible for "
                          f"{f['date'].year}." if f["lang"] == "en" else
                          f" Ha pagado ${f['ded'][0]} de su deducible de ${f['ded'][1]} de la Parte B para "
                          f"{f['date'].year}."), 9.5)
    if f.get("qmb_box"):
        d.set_fill_color(230, 230, 230)
        d.font(10, "B")
        d.multi_cell(0, 5.2, f["qmb_box"], border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)
    if f.get("be_informed"):
        d.font(10, "B")
        d.cell(0, 5, "Be Informed!" if f["lang"] == "en" else "¡Manténgase informado!", new_x="LMARGIN",
               new_y="NEXT")
        d.para(f["be_informed"], 9.5)
    d.add_page()
    d.text_line(T["claims"], 12.5, "B")
    d.rule(0.5)
    for c in f["claims"]:
        d.font(10, "B")
        d.cell(0, 5, c["who"], new_x="LMARGIN", new_y="NEXT")
        d.font(9)
        for ln in c["addr"]:
            d.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
        if c.get("ref"):
            d.cell(0, 4.3, f"{T['ref']}: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        d.font(9, "B")
        d.cell(30 if f["lang"] == "en" else 44, 4.6, T["claim"] + ":")
        d.font(9)
        d.cell(0, 4.6, c["claim"], new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        w = [56, 16, 22, 22, 20, 23, 19]
        rows = []
        for desc, code, ok, ch, ap, pd, mb, note in c["lines"]:
            rows.append([D(c["dos"]), T["yes"] if ok else T["no"], usd(ch), usd(ap), usd(pd), usd(mb), note])
            rows.append([f"  {desc}", "", "", "", "", "", ""])
            rows.append([f"  ({code})", "", "", "", "", "", ""])
        tot = [T["total"], "", usd(sum(l[3] for l in c["lines"])), usd(sum(l[4] for l in c["lines"])),
               usd(sum(l[5] for l in c["lines"])), usd(sum(l[6] for l in c["lines"])), ""]
        # header
        d.font(7, "B")
        x0, yh = d.get_x(), d.get_y()
        for h, ww in zip(T["head"], w):
            x = d.get_x()
            d.rect(x, yh, ww, 12)
            d.set_xy(x + 0.5, yh + 0.5)
            d.multi_cell(ww - 1, 3, h, new_x="RIGHT", new_y="TOP")
            d.set_xy(x + ww, yh)
        d.set_xy(x0, yh + 12)
        for row in rows + [tot]:
            bold = row is tot
            for i, (cell, ww) in enumerate(zip(row, w)):
                d.font(7.6 if i == 0 else 8, "B" if bold else "")
                d.cell(ww, 4.8, cell, align="L" if i in (0, 1, 6) else "R")
            d.ln(4.8)
        d.ln(3)
    d.text_line(T["notes"], 11, "B")
    for k, v in f["notes"].items():
        d.font(9, "B")
        d.cell(6, 4.6, k)
        d.font(9)
        d.multi_cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
    if f.get("extra"):
        f["extra"](d)
    d.ln(2)
    d.text_line(T["appeal"], 11, "B")
    d.para(T["appealtxt"].format(d=D(f["deadline"])), 9.5)
    d.font(9, "B")
    d.cell(0, 4.6, T["contractor"] + ":", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    for ln in f["contractor"]:
        d.cell(0, 4.4, ln, new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


# ---------------------------------------------------------------- family facts

ITEMS = {
    "cpap": [("CPAP full face mask", "A7030-KG", 1), ("Heated humidifier chamber", "A7046-KG", 1),
             ("CPAP tubing, heated", "A4604-KG", 1), ("Filter, disposable", "A7038-KG", 2)],
    "walker": [("Walker, folding, wheeled", "E0143-KG-NU", 1)],
    "oxygen": [("Oxygen concentrator, rental", "E1390-RR-KG", 1), ("Portable gaseous oxygen", "E0431-RR-KG", 1)],
    "strips": [("Blood glucose test strips (100)", "A4253-KL-NU", 2), ("Lancets (100)", "A4259-KL-NU", 1)],
}
DEN_NOTE = ("This item was furnished by a supplier that is not a contract supplier for the Medicare DMEPOS "
            "Competitive Bidding Program in the competitive bidding area (CBA) where you live: {cba}, ZIP {zip}. "
            "Medicare pays for this item in your area only when a contract supplier furnishes it. The supplier is "
            "liable for this charge. You are not responsible for it and do not owe the supplier anything; if you "
            "paid, ask the supplier for a refund.")
PAY_NOTE = ("{sup} is a contract supplier for the Medicare DMEPOS Competitive Bidding Program in the {cba} "
            "competitive bidding area. Medicare paid 80% of the approved amount.")


def facts(r: random.Random, kind: str, item: str) -> dict:
    city, st, z = r.choice(CITIES)
    cba, cz = CBAS[city]
    date = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 150))
    dos = date - dt.timedelta(days=r.randint(25, 70))
    lines = []
    for desc, code, q in ITEMS[item]:
        ch = round(r.randint(28, 140 if item != "walker" else 190) * q + r.choice([0, 0.5, 0.99, 0.25]), 2)
        if item == "oxygen":
            ch = round(ch + r.randint(120, 180), 2)
        lines.append((desc, code, ch))
    member = person(r)
    contracts = r.sample(CONTRACT, 3)
    return dict(kind=kind, item=item, city=city, addr=(f"{r.randint(15, 9800)} {r.choice(STREETS)}",
                                                         f"{city}, {st} {z}"),
                cba=cba, cz=cz, date=date, dos=dos, p0=dos - dt.timedelta(days=r.randint(5, 20)),
                p1=date - dt.timedelta(days=r.randint(3, 9)), lines=lines, total=round(sum(x[2] for x in lines), 2),
                member=member, mbi=mbi(r), claim=digits(r, 13), sup=r.choice(NONCONTRACT), csup=contracts[0],
                contracts=[(c, phone(r)) for c in contracts], sphone=phone(r), snpi="1" + digits(r, 9),
                doc=f"Dr. {r.choice(['Adaeze', 'Pieter', 'Soraya', 'Wendell'])} {r.choice('BKLMR')}. "
                    f"{r.choice(['Okafor-Lind', 'Vandermolen', 'Rashidi', 'Castellanos'])}",
                dob=dt.date(r.randint(1939, 1959), r.randint(1, 12), r.randint(1, 28)),
                acct=f"{r.choice(['BH', 'TR', 'QS', 'AM'])}-{digits(r, 6)}")


CONTRACTOR = ["Medicare DME Contractor - Region 3", "PO Box 55019", "Hollister Gap, SC 29980"]


def msn_for(f: dict, ds: str, masked: bool = False, other_claim: bool = False) -> bytes:
    paid = f["kind"] == "paid"
    sup = f["csup"] if paid else f["sup"]
    lines = []
    for desc, code, ch in f["lines"]:
        if paid:
            ap = round(ch * 0.62, 2)
            lines.append((desc, code, True, ch, ap, round(ap * 0.8, 2), round(ap - round(ap * 0.8, 2), 2), "B"))
        else:
            lines.append((desc, code, False, ch, 0.0, 0.0, 0.0, "A"))
    claims = []
    if other_claim:
        claims.append(dict(who=f["doc"].replace("Dr. ", "") + ", MD", addr=["Pulmonary & Sleep Clinic",
                                                                             "212 Garnet Row, Suite 4"],
                           claim=digits(random.Random(f["claim"]), 13), dos=f["dos"] - dt.timedelta(days=12),
                           ref=None, lines=[("Office/outpatient visit est", "99214", True, 188.0, 131.42, 105.14,
                                             26.28, "C")]))
    claims.append(dict(who=sup, addr=["Supplier NPI " + f["snpi"], f"Phone {f['sphone']}"], claim=f["claim"],
                       dos=f["dos"], ref=f["doc"], lines=lines))
    notes = {}
    if not paid:
        notes["A"] = DEN_NOTE.format(cba=f["cba"], zip=f["cz"])
    else:
        notes["B"] = PAY_NOTE.format(sup=sup, cba=f["cba"])
    if other_claim:
        notes["C"] = "The amount Medicare paid the provider for this claim is 80% of the Medicare-approved amount."
    num = f["mbi"] if not masked else "XXXX-XX" + f["mbi"][7:]
    extra = None
    if not paid and f["item"] in ("oxygen", "strips"):
        def extra(d, f=f):
            d.font(9, "B")
            d.cell(0, 4.6, "Contract suppliers for this item in your CBA (partial list):", new_x="LMARGIN",
                   new_y="NEXT")
            d.font(9)
            for c, p in f["contracts"]:
                d.cell(0, 4.4, f"   {c}   {p}", new_x="LMARGIN", new_y="NEXT")
    return msn(dict(lang="en", ds=ds, name=f["member"][0], addr=f["addr"], num=num, date=f["date"], p0=f["p0"],
                    p1=f["p1"], deadline=f["date"] + dt.timedelta(days=120), claims=claims, notes=notes,
                    ded=("257.00", "257.00"), contractor=CONTRACTOR, extra=extra,
                    be_informed=("Medicare's Competitive Bidding Program sets the prices for some medical equipment "
                                 "and supplies in your area. To find a contract supplier, visit "
                                 "Medicare.gov/medical-equipment-suppliers or call 1-800-MEDICARE.")))


def supplier_letter(f: dict, ds: str, style: int) -> bytes:
    D = lambda x: fmt_date(x, ds)  # noqa: E731
    d = new_doc()
    d.add_page()
    m = f["member"]
    d.text_line(f["sup"], 15, "B")
    d.text_line(f"Customer Care  {f['sphone']}   NPI {f['snpi']}", 8.5)
    d.rule(0.6, 4)
    if f["kind"] == "grand":
        d.text_line(D(f["date"]), 10.5)
        d.ln(3)
        for ln in (m[0], *f["addr"]):
            d.text_line(ln, 10.5)
        d.ln(4)
        d.text_line("Important Information About Your Oxygen Equipment Rental", 12.5, "B")
        d.ln(1)
        for k, v in (("Account", f["acct"]), ("Medicare Number", f["mbi"]), ("Equipment", "Oxygen concentrator "
                     "(E1390) and portable system (E0431)"), ("Rental start date", D(f["dos"])),
                     ("Current rental month", f"{f['rmonth']} of 36")):
            d.font(10, "B")
            d.cell(45, 5.4, k + ":")
            d.font(10)
            d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
        d.ln(3)
        d.para(f"Dear {m[1]} {m[3]}:")
        d.para(f"Beginning {D(f['cbp_start'])}, Medicare's DMEPOS Competitive Bidding Program takes effect in the "
               f"{f['cba']} competitive bidding area (ZIP {f['cz']}), where you live. {f['sup']} is not a contract "
               "supplier for oxygen in this area. Medicare rules allow a non-contract supplier to continue renting "
               "equipment to patients who were already renting from it when the program began. This is called "
               "grandfathering.")
        d.para(f"We have chosen to be a grandfathered supplier. We will keep renting your oxygen equipment to you, "
               "and we will keep delivering contents and servicing your concentrator. Nothing changes for you: "
               "Medicare will continue to pay for your rental and you pay your usual 20% coinsurance. You do not "
               "have to change suppliers.")
        d.para("If you would rather switch to a contract supplier, you may do so at any time. Contract suppliers in "
               "your area include:")
        for c, p in f["contracts"]:
            d.text_line(f"    {c}   {p}", 10)
        d.ln(3)
        d.para(f"Questions? Call us at {f['sphone']}, Monday to Friday. Sincerely,")
        d.para(f"Patient Services, {f['sup']}")
        return pdf_bytes(d)
    d.text_line(D(f["date"]), 10.5)
    d.ln(3)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)
    title = ["Notice: Medicare Denied Our Claim - You Are Not Responsible",
             "Your Medicare claim for oxygen equipment was denied"][style]
    d.text_line(title, 12.5, "B")
    d.ln(1)
    labels = [("Medicare Number", "Medicare claim number", "Date of service", "Amount billed to Medicare"),
              ("Medicare ID", "Claim (ICN)", "Delivery date", "Total charges")][style]
    for k, v in zip(labels, (f["mbi"], f["claim"], D(f["dos"]), usd(f["total"]))):
        d.font(10, "B")
        d.cell(55, 5.4, k + ":")
        d.font(10)
        d.cell(0, 5.4, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    if style == 0:
        d.table(["Item", "HCPCS", "Billed"], [[a, b, usd(c)] for a, b, c in f["lines"]], [100, 40, 30], size=9,
                aligns="LLR")
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para(f"Medicare denied payment for the {'walker' if f['item'] == 'walker' else 'oxygen equipment'} we "
           f"delivered to you on {D(f['dos'])}. The reason: you live in the {f['cba']} competitive bidding area "
           f"(ZIP {f['cz']}), and {f['sup']} is not a contract supplier for this item under the Medicare DMEPOS "
           "Competitive Bidding Program. Medicare pays only contract suppliers for this item in your area.")
    d.para("Under Medicare rules the supplier is liable. You are not responsible for this charge. We will not bill "
           "you, and any coinsurance you paid us will be refunded within 30 days. You do not need to do anything.")
    d.para("For future needs, please use a contract supplier. These contract suppliers serve your area:")
    for c, p in f["contracts"]:
        d.text_line(f"    {c}   {p}", 10)
    d.ln(3)
    d.para(f"If you disagree with Medicare's decision, you may appeal. Follow the instructions on your Medicare "
           "Summary Notice; an appeal must be filed within 120 days after you receive that notice. "
           f"Ordering physician: {f['doc']}. Questions: {f['sphone']}.")
    d.para(f"Billing Department, {f['sup']}")
    return pdf_bytes(d)


def make_truth(f: dict, form: str, masked: bool = False) -> dict:
    paid, grand = f["kind"] == "paid", f["kind"] == "grand"
    sup = f["csup"] if paid else f["sup"]
    if form == "msn":
        alts = {"insurer": ["Centers for Medicare & Medicaid Services"]}
        if masked:
            alts["member_id"] = ["XXXX-XX" + f["mbi"][7:]]
        if paid:
            alts["appeal_deadline"] = [None]
        common = dict(insurer="Medicare", member_id=None if masked else f["mbi"], member_name=f["member"][0],
                      case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                      denial_date=f["date"].isoformat(), provider=sup,
                      appeal_deadline=(f["date"] + dt.timedelta(days=120)).isoformat(), alternates=alts)
        if paid:
            return truth("eob", None, **common)
        return truth("eob", "out_of_network", denial_alternates=["not_covered", "other"], **common)
    alts = {"insurer": ["Medicare"], "provider": [f["doc"]] if not grand else None}
    alts = {k: v for k, v in alts.items() if v}
    if grand:
        return truth("other", None, insurer=f["sup"], member_id=f["mbi"], member_name=f["member"][0],
                     denial_date=f["date"].isoformat(), provider=f["sup"], alternates=alts,
                     unscored=["service_dates"])
    return truth("denial_letter", "out_of_network", insurer=f["sup"], member_id=f["mbi"], member_name=f["member"][0],
                 case_numbers=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[f["dos"].isoformat()],
                 denial_date=f["date"].isoformat(), provider=f["sup"], alternates=alts,
                 denial_alternates=["not_covered", "other"], type_alternates=["other"])


# (suffix, condition, kind, item, form, date style, extra)
PLAN = [
    ("bd_msn_cpap_supplies_noncontract", "born_digital", "deny", "cpap", "msn", "long", {"other": True}),
    ("bd_supplier_letter_walker_not_liable", "born_digital", "deny", "walker", "letter", "slash", {"style": 0}),
    ("scan300_msn_oxygen_concentrator_noncontract", "scan_clean_300", "deny", "oxygen", "msn", "slash", {}),
    ("lowres_msn_mail_order_test_strips", "scan_lowres_150", "deny", "strips", "msn", "abbr", {"masked": True}),
    ("copy_msn_contract_supplier_walker_paid", "photocopy", "paid", "walker", "msn", "long", {"other": True}),
    ("faxstd_grandfathered_oxygen_rental_continues", "fax_standard_g4", "grand", "oxygen", "letter", "long", {}),
    ("phone_supplier_letter_oxygen_noncontract", "phone_photo", "deny", "oxygen", "letter", "dmy", {"style": 1}),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, item, form, ds, ex) in enumerate(PLAN):
        r = random.Random(150500 + i)
        f = facts(r, kind, item)
        f["rmonth"] = r.randint(9, 27)
        f["cbp_start"] = dt.date(2026, 7, 1) if f["date"] < dt.date(2026, 6, 1) else dt.date(2026, 10, 1)
        if form == "msn":
            pdf = msn_for(f, ds, masked=ex.get("masked", False), other_claim=ex.get("other", False))
        else:
            pdf = supplier_letter(f, ds, ex.get("style", 0))
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f, form, ex.get("masked", False)))]))
    return items
