"""Family 'home_birth_midwife_out_of_network_denial': a commercial plan's and a Medicaid managed care plan's letters,
EOBs and a utilization management fax on planned home births and birth centers with certified professional
midwives (CPM) or certified nurse-midwives (CNM) (CPT 59400 / 59410, HCPCS S4005), all invented.

Reasons: the midwifery practice out of network (HMO letter; upheld on appeal), a planned home birth excluded (EOB
after the birth; pre-service fax to the practice), the birth center's facility fee (S4005, labor transferred to the
hospital) not covered, a Medicaid network gap exception granted (approval), a Spanish Medicaid notice denying an
out-of-network birth center's claim. Decoys: the backup obstetrician and the transfer hospital, the mother's date
of birth, the estimated due date, NPIs, phone and fax numbers, the request received date, allowed / paid / you-owe
figures, 72-hour expedited and state fair hearing / external review time limits.

Issuers: Thistlegate Health Plan (commercial HMO/PPO: serif letters with a fact block, an EOB with a member panel
and a line table, a UM fax form, an appeal decision), Sunmere Community Care (Medicaid managed care: boxed
notices in English and Spanish).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "home_birth_midwife_out_of_network_denial"
LANG = "en"
TG = "Thistlegate Health Plan"
SM = "Sunmere Community Care"
ADDR = {TG: ("PO Box 60417", "Carrow Junction, WI 53719"), SM: ("1180 Ridgemont Plaza", "Tallis Bend, NM 87110")}
MOTHER = ["Anouk", "Chidinma", "Freya", "Leilani", "Magdalena", "Rosalind", "Tamsin", "Yevgenia", "Hadley", "Noor",
          "Solveig", "Parisa"]
MOTHER_ES = ["Yesenia", "Marisela", "Araceli", "Dulce", "Nayeli"]
LAST = ["Fenwright", "Adeyemi-Cole", "Brannigan", "Kowalewski", "Sorensen", "Halvorsen", "Okafor", "Thistlewood",
        "Marchbanks", "Esterhazy"]
LAST_ES = ["Olivares", "Cervantes", "Arredondo", "Quiñones", "Barragán"]
PRACT = [("Willowbank Home Birth Midwifery, PLLC", "Odalys K. Brennan, CPM"),
         ("Riverstone Midwives", "Henrietta J. Mbatha, CNM"),
         ("Larchmont Traditional Midwifery", "Saskia V. Dunmore, CPM, LM"),
         ("Kindling Hearth Home Birth Services", "Ysolde R. Achterberg, CNM")]
CENTERS = [("Cedar Hollow Birth Center", "Philippa N. Okoro, CNM"),
           ("Juniper Meadow Birth Center", "Marta L. Vidal, CNM"),
           ("Casa Luna Centro de Parto", "Rocío A. Menchaca, CNM")]
OBS = ["Anselm P. Goranson, MD (Fairlight Women's Health)", "Beatrix O. Lunde, DO (Harrowby OB/GYN Associates)",
       "Kofi E. Asante-Blake, MD (Wexcombe Obstetrics)"]
HOSP = ["St. Ebba Regional Medical Center", "Marlowe Valley Hospital", "Hospital General de Tallis Bend"]
STREETS = ["Gorse Hill Road", "Pellinore Lane", "Wicklow Street", "Alder Cove Drive", "Calle Mirasol"]
TOWNS = [("Carrow Junction", "WI", "53718"), ("Tallis Bend", "NM", "87112"), ("Oriel Falls", "WI", "54601")]


def facts(r: random.Random, kind: str, ins: str, ds: str, lang: str) -> dict:
    es = lang == "es"
    last = r.choice(LAST_ES if es else LAST)
    mother = f"{r.choice(MOTHER_ES if es else MOTHER)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
    dec = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 120))
    deliv = dec - dt.timedelta(days=r.randint(25, 60))
    due = dec + dt.timedelta(days=r.randint(40, 110))
    dob = dt.date(2026 - r.randint(22, 40), r.randint(1, 12), r.randint(1, 28))
    prac, mw = r.choice(CENTERS if kind in ("bcfee", "es_oon") else PRACT)
    town = r.choice(TOWNS)
    if ins == TG:
        mid = f"TGH{r.randint(100000000, 999999999)}"
        grp = f"{r.choice(['EG', 'SG'])}-{r.randint(20000, 89999)}"
        claim = f"{r.randint(2600, 2699)}{r.randint(1000000, 9999999)}"
    else:
        mid = f"{r.randint(10000000, 99999999)}{r.choice('ABCDE')}"
        grp = None
        claim = f"SMC-{r.randint(100000, 999999)}-{r.randint(10, 99)}"
    lines = {
        "oon": [("59400", "Routine obstetric care incl. antepartum, vaginal delivery, postpartum", r.choice([4200, 4650, 5100]))],
        "homebirth": [("59400", "Global obstetric care, vaginal delivery (home)", r.choice([3800, 4400, 4950])),
                      ("99070", "Birth kit and supplies", r.choice([185, 240, 310.5])),
                      ("S8415", "Supplies for home delivery of infant", r.choice([95, 120]))],
        "bcfee": [("S4005", "Interim labor facility global (labor, no delivery)", r.choice([1850, 2275, 2640]))],
        "es_oon": [("59410", "Parto vaginal con atención posparto", r.choice([2950, 3325, 3780])),
                   ("S4005", "Cargo del centro de parto", r.choice([1900, 2350]))],
        "upheld": [("59400", "Routine obstetric care, vaginal delivery", r.choice([4300, 4875, 5250]))],
    }.get(kind, [])
    total = round(sum(x[2] for x in lines), 2)
    return dict(kind=kind, ins=ins, ds=ds, lang=lang, dec=dec, deliv=deliv, due=due, dob=dob, mother=mother,
                last=last, prac=prac, mw=mw, ob=r.choice(OBS), hosp=r.choice(HOSP), lines=lines, total=total,
                mid=mid, grp=grp, claim=claim, plan=("Thistlegate Access HMO 2500" if ins == TG else None),
                addr=(f"{r.randint(12, 9400)} {r.choice(STREETS)}", f"{town[0]}, {town[1]} {town[2]}"),
                npi=f"1{r.randint(100000000, 999999999)}", ob_npi=f"1{r.randint(100000000, 999999999)}",
                phone=f"1-877-555-{r.randint(1000, 1999)}", fax=f"1-866-555-{r.randint(2000, 2999)}",
                ref=f"UM-{r.randint(10000000, 99999999)}", appeal=f"APL{r.randint(100000, 999999)}",
                received=dec - dt.timedelta(days=r.randint(4, 11)),
                gap_start=dec + dt.timedelta(days=r.randint(5, 15)))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def tg_head(d: Doc) -> None:
    d.add_page()
    d.set_font("Times", "B", 19)
    d.cell(0, 9, "Thistlegate", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Times", "I", 9)
    d.cell(0, 4.5, f"{TG}  |  {ADDR[TG][0]}, {ADDR[TG][1]}", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.5, 5)


def fact_block(d: Doc, rows: list[tuple[str, str]], w: float = 40) -> None:
    for k, v in rows:
        d.set_font("Times", "B", 10)
        d.cell(w, 5.2, k + ":")
        d.set_font("Times", "", 10)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def body(d: Doc, paras: list[str], size: float = 10.5) -> None:
    d.set_font("Times", "", size)
    for p in paras:
        d.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(1.8)


def line_table(d: Doc, f: dict, paid_col: str = "Plan paid") -> None:
    rows = [[fd(f, f["deliv"]), c, desc[:44], fmt_money(a), fmt_money(0)] for c, desc, a in f["lines"]]
    rows.append(["*Total", "", "", fmt_money(f["total"]), fmt_money(0)])
    d.set_font("Times", "", 10)
    d.table(["Date of service", "Code", "Description", "Billed", paid_col], rows, [30, 16, 82, 24, 24], size=9,
            aligns="LLLRR")


def tg_letter(d: Doc, f: dict) -> None:
    """Thistlegate letters: out of network (HMO), birth center facility fee, appeal upheld."""
    k = f["kind"]
    tg_head(d)
    d.set_font("Times", "", 10.5)
    d.cell(0, 5, fd(f, f["dec"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    for ln in (f["mother"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    rows = [("Member", f["mother"]), ("Date of birth", fd(f, f["dob"])), ("Member ID", f["mid"]),
            ("Group number", f["grp"]), ("Plan", f["plan"])]
    if k == "upheld":
        rows += [("Appeal number", f["appeal"]), ("Original claim", f["claim"])]
    else:
        rows += [("Claim number", f["claim"])]
    rows += [("Provider", f"{f['prac']} ({f['mw']})"), ("Date of delivery" if k != "bcfee" else "Date of service",
                                                         fd(f, f["deliv"])),
             ("Amount billed", fmt_money(f["total"]))]
    fact_block(d, rows)
    subj = {"oon": "Notice of claim denial - provider not in your HMO network",
            "bcfee": "Notice of claim denial - birth center facility charge",
            "upheld": "Appeal decision - original decision upheld"}[k]
    d.set_font("Times", "B", 12)
    d.cell(0, 6, subj, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    sal = f"Dear {f['mother'].split()[0]} {f['last']}:"
    if k == "oon":
        paras = [sal,
                 f"We received a claim from {f['prac']} for your prenatal care, your home birth on "
                 f"{fd(f, f['deliv'])} and your postpartum care (CPT 59400). {f['mw']} is not a participating "
                 f"provider in the Thistlegate Access HMO network, and our records show no referral or prior "
                 f"approval for out-of-network maternity care.",
                 "Your HMO plan covers services from out-of-network providers only in an emergency or when we "
                 "approve them in advance because no network provider can give the care. Because neither applies, "
                 "the claim is denied. Your plan's in-network maternity benefit would have covered this care with "
                 "a participating certified nurse-midwife or obstetrician.",
                 f"Your records also name your backup physician, {f['ob']}, NPI {f['ob_npi']}. No claim from that "
                 f"physician is part of this decision."]
    elif k == "bcfee":
        paras = [sal,
                 f"{f['prac']} billed a facility charge (HCPCS S4005) for your labor at the birth center on "
                 f"{fd(f, f['deliv'])}. You were transferred during labor to {f['hosp']}, where your baby was "
                 f"delivered; the hospital's claim and {f['mw']}'s professional claim were processed separately.",
                 "Your plan covers a freestanding birth center's facility charge only when the delivery takes place "
                 "at the birth center. An interim labor facility charge for labor that ends in a transfer is not a "
                 "covered benefit under the Maternity Services section of your Evidence of Coverage. The facility "
                 "charge is therefore denied."]
    else:
        paras = [sal,
                 f"You asked us to review our denial of claim {f['claim']} for maternity care and the home birth "
                 f"on {fd(f, f['deliv'])} by {f['prac']}. A reviewer who was not part of the first decision "
                 f"looked at your appeal, your letter about the distance to the nearest network midwife, and the "
                 f"plan documents.",
                 f"The decision is upheld. {f['mw']} is not in the Thistlegate Access HMO network, the care was not "
                 f"an emergency, and no out-of-network approval was asked for before the birth. Network certified "
                 f"nurse-midwives were available within the plan's access standards."]
    body(d, paras)
    if k != "upheld":
        line_table(d, f)
    d.set_font("Times", "B", 11)
    d.cell(0, 6, "Your appeal rights", new_x="LMARGIN", new_y="NEXT")
    if k == "upheld":
        ap = (f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to "
              f"Thistlegate Appeals, {ADDR[TG][0]}, {ADDR[TG][1]}, or fax {f['fax']}. You may also ask for an "
              f"external review within 4 months after our final decision.")
    elif k == "bcfee":
        ap = (f"If you disagree, your written appeal must be received by {fd(f, f['dec'] + dt.timedelta(days=180))}. "
              f"Send it to Thistlegate Appeals, {ADDR[TG][0]}, {ADDR[TG][1]}, or fax {f['fax']}.")
    else:
        ap = (f"You or someone you name may appeal within 180 days of the date of this letter. Send it to "
              f"Thistlegate Appeals, {ADDR[TG][0]}, {ADDR[TG][1]}, or fax {f['fax']}. Urgent appeals are "
              f"decided within 72 hours.")
    body(d, [ap, f"Member Services: {f['phone']} (TTY 711).", "Sincerely,", "Claims Review Department", TG])


def tg_eob(d: Doc, f: dict) -> None:
    """Thistlegate EOB: planned home birth excluded."""
    d.add_page()
    d.set_font("Times", "B", 19)
    d.cell(100, 9, "Thistlegate")
    d.set_font("Helvetica", "B", 11)
    d.cell(0, 9, "Explanation of Benefits", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "", 7.8)
    d.cell(100, 4, f"{TG}  |  {ADDR[TG][0]}, {ADDR[TG][1]}")
    d.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 4)
    y = d.get_y()
    for ln in (f["mother"].upper(), f["addr"][0].upper(), f["addr"][1].upper()):
        d.text_line(ln, 9.5)
    d.set_xy(112, y)
    for k, v in [("Statement date", fd(f, f["dec"])), ("Patient", f["mother"]), ("Member ID", f["mid"]),
                 ("Group #", f["grp"]), ("Claim #", f["claim"]), ("Received", fd(f, f["received"]))]:
        d.set_x(112)
        d.font(8.2, "B")
        d.cell(30, 4.5, k)
        d.font(8.2)
        d.cell(0, 4.5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para(f"Provider: {f['prac']} - {f['mw']}   NPI {f['npi']}   Place of service: 12 (home)", size=8.8)
    rows = [[fd(f, f["deliv"]), c, desc[:40], fmt_money(a), fmt_money(0), fmt_money(0), fmt_money(a), "HB4"]
            for c, desc, a in f["lines"]]
    rows.append(["*Totals", "", "", fmt_money(f["total"]), fmt_money(0), fmt_money(0), fmt_money(f["total"]), ""])
    d.table(["Service date", "Code", "Service", "Billed", "Allowed", "Paid", "Not covered", "Note"], rows,
            [24, 13, 58, 19, 17, 16, 21, 12], size=7.8, aligns="LLLRRRRL", border_head="TB", head_fill=True)
    d.para(f"Amount you may owe the provider: {fmt_money(f['total'])}", size=9.5)
    d.text_line("Notes", 10, "B")
    d.para("HB4  Not covered. Your plan excludes planned deliveries in the home and the supplies used for them. "
           "Maternity care is covered in a hospital or a licensed birth center.", size=8.6)
    d.text_line("Your appeal rights", 10, "B")
    d.para(f"If you disagree with this decision, you may file an appeal within 180 days of the date of this "
           f"statement. Call {f['phone']} or write to Appeals, {ADDR[TG][0]}, {ADDR[TG][1]}.", size=8.6)


def tg_fax(d: Doc, f: dict) -> None:
    """Thistlegate UM fax to the midwifery practice: planned home birth request denied before the birth."""
    d.add_page()
    d.set_font("Courier", "B", 13)
    d.cell(0, 7, "THISTLEGATE HEALTH PLAN - UTILIZATION MANAGEMENT", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 9)
    d.cell(0, 4.5, f"FAX TO: {f['prac']}   FAX FROM: {f['fax']}   PAGE 1 OF 1", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.6, 3)
    d.set_font("Courier", "B", 11)
    d.cell(0, 6, "PRE-SERVICE DETERMINATION: DENIED", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.boxes([("Determination date", fd(f, f["dec"]), 40), ("Reference number", f["ref"], 44),
             ("Request received", fd(f, f["received"]), 40), ("Member ID", f["mid"], 56)], value_size=9)
    d.boxes([("Member", f["mother"], 56), ("Member DOB", fd(f, f["dob"]), 34), ("Group", f["grp"], 36),
             ("Estimated due date", fd(f, f["due"]), 54)], value_size=9)
    d.boxes([("Requesting provider", f"{f['prac']} ({f['mw']})", 120), ("Provider NPI", f["npi"], 60)],
            value_size=8.5)
    d.boxes([("Service requested", "59400 planned home birth, global maternity care; S8415 supplies", 180)],
            value_size=8.5)
    d.ln(4)
    d.set_font("Courier", "", 9.2)
    for p in [f"The request for a planned home birth attended by {f['mw']} is denied. The member's plan "
              f"(Thistlegate Select PPO) excludes planned home deliveries and related supplies. This is a benefit "
              f"exclusion, not a medical necessity decision. Prenatal and delivery care remain covered in a "
              f"hospital or a licensed birth center. Listed backup physician: {f['ob']}.",
              "The member has been sent a copy of this notice. The member or the provider acting for her may "
              f"appeal within 180 days of the date of this notice by fax to {f['fax']}. Expedited appeals are "
              "decided within 72 hours.",
              f"Questions: Utilization Management {f['phone']}, option 3."]:
        d.multi_cell(0, 4.6, p, new_x="LMARGIN", new_y="NEXT")
        d.ln(2)


def sm_notice(d: Doc, f: dict) -> None:
    """Sunmere Medicaid managed care: network gap exception approval (en) or out-of-network claim denial (es)."""
    es = f["lang"] == "es"
    d.add_page()
    d.set_font("Helvetica", "B", 16)
    d.cell(110, 8, "Sunmere Community Care")
    d.set_font("Helvetica", "", 8)
    d.multi_cell(0, 3.8, f"{ADDR[SM][0]}\n{ADDR[SM][1]}\n{f['phone']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_font("Helvetica", "I", 8)
    d.cell(0, 4, "Un plan de Medicaid administrado" if es else "A Medicaid managed care plan",
           new_x="LMARGIN", new_y="NEXT")
    d.rule(1.1, 5)
    d.set_font("Helvetica", "", 10)
    for ln in (f["mother"], *f["addr"]):
        d.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    if es:
        d.text_line("AVISO DE DENEGACIÓN DE PAGO", 13, "B")
        d.ln(2)
        d.boxes([("Fecha del aviso", fd(f, f["dec"]), 38), ("Nº de Medicaid", f["mid"], 40),
                 ("Número de reclamación", f["claim"], 48), ("Fecha del parto", fd(f, f["deliv"]), 54)],
                value_size=9)
        d.boxes([("Miembro", f["mother"], 64), ("Proveedor", f["prac"], 70), ("Monto facturado", fmt_money(f["total"]), 46)],
                value_size=9)
        d.ln(4)
        d.para(f"Estimada {f['mother'].split()[0]} {f['last']}:", size=10)
        d.para(f"Recibimos una reclamación de {f['prac']} ({f['mw']}) por su parto del {fd(f, f['deliv'])}. "
               f"Este centro de parto no participa en la red de Sunmere Community Care y no pidió autorización "
               f"antes del servicio. Como el parto no fue una emergencia, no podemos pagar esta reclamación. "
               f"Su médica de respaldo, {f['ob']}, sí es de la red.", size=10)
        d.table(["Fecha", "Código", "Servicio", "Facturado", "Pagado"],
                [[fd(f, f["deliv"]), c, desc, fmt_money(a), fmt_money(0)] for c, desc, a in f["lines"]]
                + [["*Total", "", "", fmt_money(f["total"]), fmt_money(0)]], [30, 20, 70, 30, 30], size=9,
                aligns="LLLRR")
        d.text_line("Su derecho a apelar", 11, "B")
        d.para(f"Si no está de acuerdo, puede pedir una apelación dentro de 60 días a partir de la fecha de este "
               f"aviso. Llame al {f['phone']} o escriba a Apelaciones, {ADDR[SM][0]}, {ADDR[SM][1]}. Después de "
               f"la apelación puede pedir una audiencia imparcial estatal dentro de 120 días.", size=10)
        d.para("No tiene que pagar esta factura. Un proveedor fuera de la red no puede cobrarle servicios de "
               "Medicaid.", size=10)
        return
    d.text_line("NOTICE OF APPROVED NETWORK GAP EXCEPTION", 13, "B")
    d.ln(2)
    d.boxes([("Notice date", fd(f, f["dec"]), 36), ("Medicaid ID", f["mid"], 40), ("Request number", f["ref"], 44),
             ("Received", fd(f, f["received"]), 60)], value_size=9)
    d.boxes([("Member", f["mother"], 60), ("Estimated due date", fd(f, f["due"]), 40),
             ("Approved provider", f["prac"], 80)], value_size=9)
    d.ln(4)
    end = f["due"] + dt.timedelta(days=56)
    d.para(f"Dear {f['mother'].split()[0]} {f['last']},", size=10)
    d.para(f"Your request to receive maternity care from {f['prac']} ({f['mw']}) has been APPROVED as a network "
           f"gap exception. No participating certified nurse-midwife offering planned home or birth center "
           f"deliveries is available within 60 miles of your home. Services will be paid at the Medicaid rate as "
           f"if the practice were in network.", size=10)
    d.table(["Service", "Code", "Approved from", "Approved through"],
            [["Global obstetric care, vaginal delivery", "59400", fd(f, f["gap_start"]), fd(f, end)],
             ["Supplies for home delivery", "S8415", fd(f, f["gap_start"]), fd(f, end)]],
            [78, 20, 40, 42], size=9)
    d.para(f"Your backup physician, {f['ob']}, is a participating provider and does not need an exception. You do "
           f"not need to do anything. Call Member Services at {f['phone']} with questions.", size=10)
    f["gap_end"] = end


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    {"tl": tg_letter, "te": tg_eob, "tf": tg_fax, "sn": sm_notice}[f["layout"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    alts = {"provider": [f["mw"].split(",")[0]]}
    common = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["mother"],
                  denial_date=iso(f["dec"]), provider=f["prac"])
    if f["ins"] == TG and f["layout"] == "tl":
        common["plan_id"] = None
        alts["plan_id"] = [f["plan"]]
    if k == "gap":
        end = f["due"] + dt.timedelta(days=56)
        alts["service_dates"] = [[iso(f["gap_start"])]]
        return truth("other", None, "en", case_numbers=[f["ref"]], service_dates=[iso(f["gap_start"], end)],
                     alternates=alts, **common)
    if k == "prefax":
        return truth("denial_letter", "not_covered", "en", case_numbers=[f["ref"]], service_dates=[iso(f["due"])],
                     appeal_deadline=iso(f["dec"] + dt.timedelta(days=180)),
                     alternates=dict(alts, service_dates=[[]]), **common)
    days = {"es_oon": 60}.get(k, 180)
    if k == "upheld":
        days = 60
    cases = [f["appeal"], f["claim"]] if k == "upheld" else [f["claim"]]
    if k == "upheld":
        alts["case_numbers"] = [[f["appeal"]], [f["claim"]]]
    den = {"oon": "out_of_network", "homebirth": "not_covered", "bcfee": "not_covered", "es_oon": "out_of_network",
           "upheld": "out_of_network"}[k]
    doc = "eob" if f["layout"] == "te" else "denial_letter"
    return truth(doc, den, f["lang"], case_numbers=cases, claim_amount=m2(f["total"]),
                 service_dates=[iso(f["deliv"])], appeal_deadline=iso(f["dec"] + dt.timedelta(days=days)),
                 alternates=alts, type_alternates=(["denial_letter"] if doc == "eob" else None),
                 denial_alternates=(["prior_authorization"] if k in ("oon", "es_oon") else None), **common)


# (stem suffix, condition, kind, issuer, layout, date style, lang)
PLAN = [
    ("bd_hmo_letter_cpm_out_of_network", "born_digital", "oon", TG, "tl", "long", "en"),
    ("bd_eob_planned_home_birth_excluded", "born_digital", "homebirth", TG, "te", "slash", "en"),
    ("scan300_birth_center_facility_fee_s4005", "scan_clean_300", "bcfee", TG, "tl", "abbr", "en"),
    ("lowres_medicaid_network_gap_exception_approved", "scan_lowres_150", "gap", SM, "sn", "iso", "en"),
    ("copy_aviso_centro_de_parto_fuera_de_red", "photocopy", "es_oon", SM, "sn", "es", "es"),
    ("faxf_um_preservice_home_birth_denied", "fax_fine_g4", "prefax", TG, "tf", "slash", "en"),
    ("phone_appeal_upheld_midwife_out_of_network", "phone_photo", "upheld", TG, "tl", "dmy", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, layout, ds, lang) in enumerate(PLAN):
        f = facts(random.Random(241500 + i), kind, ins, ds, lang)
        f["layout"] = layout
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
