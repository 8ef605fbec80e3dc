"""Family 'custom_foot_orthotics_exclusion_denial': commercial EOBs and letters and Medicare DME papers on custom
foot orthotics (HCPCS L3000-L3030) and orthopedic shoes. Foot orthotics and orthopedic footwear are excluded
(commercial plan exclusions; for Medicare, excluded by statute) except therapeutic shoes and inserts for diabetes
(A5500 / A5512) with the certifying physician's statement, or a shoe that is an integral part of a leg brace.

Issuers, all invented: Carrowmore Health Insurance Company (member EOBs, "CARROWMORE" logo word; a letter),
Inishfree Health Plan (HMO letter with a three-item table, two items denied), Tullagh Medicare DME Services, LLC
(an invented DME Medicare Administrative Contractor, "Jurisdiction E": a Courier initial determination to the
supplier), Medicare (a Medicare Summary Notice for a paid diabetic shoe claim), Ballyroan Senior Advantage (HMO)
(a Medicare Advantage notice denying diabetic shoes without the certifying statement).
Decoys: the prescribing physician and the certifying physician (never the provider: the supplier - a podiatrist
or an orthotist - is), the prescription date, date of birth, NPIs and PTAN, the received date, a paid AFO line,
year-to-date deductible amounts, the claims-processed period on the MSN.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "custom_foot_orthotics_exclusion_denial"
LANG = "en"
CA, IN, TU, MC, BA = ("Carrowmore Health Insurance Company", "Inishfree Health Plan", "Tullagh Medicare DME Services, LLC",
                      "Medicare", "Ballyroan Senior Advantage (HMO)")
ADDR = {CA: ("PO Box 90417", "Lisdara, WI 53962"), IN: ("1200 Kilbride Avenue", "Rathmore, MN 55914"),
        TU: ("PO Box 6620", "Glenveagh, SD 57196"), MC: ("1-800-MEDICARE (1-800-633-4227)", ""),
        BA: ("PO Box 31877", "Corrib Falls, IA 52941")}
SUPPLIERS = [("Stepwell Podiatry & Foot Surgery, PLLC", "Nkechi A. Lindqvist", "DPM", "418 Tamarack Street",
              "Lisdara, WI 53960"),
             ("Keystone Orthotic & Prosthetic Lab", "Gareth P. Moreau-Ito", "CPO", "77 Ferrier Road",
              "Rathmore, MN 55917"),
             ("Anvil Creek Orthotics, Inc.", "Priya S. Halvorsen", "CO", "3301 Sawmill Boulevard",
              "Glenveagh, SD 57190")]
DESC = {"L3000": "Foot insert, molded to model, UCB type",
        "L3010": "Foot insert, molded, longitudinal arch",
        "L3020": "Foot insert, molded, long./metatarsal",
        "L3030": "Foot insert, formed to patient foot",
        "L3215": "Orthopedic footwear, ladies oxford",
        "L3224": "Orthopedic shoe, oxford, part of brace",
        "L1960": "Ankle foot orthosis, custom fabricated",
        "A5500": "Diabetic depth shoe, fitting and supply",
        "A5512": "Diabetic insert, multiple density"}


def facts(i: int, kind: str, ins: str, ds: str, ms: str, sup: int) -> dict:
    r = Rand(162600 + i)
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 190))
    dos = notice - dt.timedelta(days=r.randint(21, 55))
    rx = dos - dt.timedelta(days=r.randint(10, 40))
    lines = {"eob": [("L3000", "LT", 1), ("L3000", "RT", 1)],
             "msn_paid": [("A5500", "LT", 1), ("A5500", "RT", 1), ("A5512", "", 2)],
             "three": [("L3020", "", 2), ("L3215", "", 1), ("L1960", "RT", 1)],
             "mac": [("L3030", "", 2)],
             "cert": [("A5500", "", 2), ("A5512", "", 2)],
             "shoe": [("L3224", "", 2)],
             "child": [("L3010", "", 2)]}[kind]
    price = {"L3000": (195, 260), "L3010": (160, 210), "L3020": (175, 240), "L3030": (95, 140), "L3215": (140, 190),
             "L3224": (150, 200), "L1960": (690, 980), "A5500": (85, 120), "A5512": (38, 55)}
    priced = []
    for c, mod, units in lines:
        each = float(r.randint(*price[c]))
        priced.append((c, mod, units, round(each * units, 2)))
    member = r.person()
    sub = r.person()
    sub = (f"{sub[1]} {sub[2]}. {member[3]}", sub[1], sub[2], member[3])
    doc, cert = r.person(), r.person()
    return dict(i=i, kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, dos=dos, rx=rx, lines=priced,
                member=member, sub=sub, addr=r.address(), dob=dt.date(r.randint(1940, 1990), r.randint(1, 12),
                                                                      r.randint(1, 28)),
                child_dob=dt.date(2014 + r.randint(0, 5), r.randint(1, 12), r.randint(1, 28)),
                mid=f"CHI{r.digits(9)}" if ins == CA else f"IHP-{r.digits(3)}-{r.digits(5)}" if ins == IN else None,
                mbi=f"{r.randint(1, 9)}{r.letters(1)}{r.letters(1)}{r.digits(1)}-{r.letters(1)}{r.letters(1)}"
                    f"{r.digits(1)}-{r.letters(2)}{r.digits(2)}",
                ma_id=f"BSA{r.digits(8)}", grp=f"{r.digits(5)}" if ins == CA else f"IH{r.digits(4)}",
                claim={CA: f"{r.digits(2)}{r.letters(1)}{r.digits(9)}", IN: f"{r.digits(10)}",
                       TU: f"{r.digits(2)}{r.digits(3)}{r.digits(8)}0", MC: f"{r.digits(2)}-{r.digits(4)}-{r.digits(3)}-{r.digits(3)}",
                       BA: f"C{r.digits(9)}"}[ins],
                ref=f"UM-{r.digits(6)}", sup=SUPPLIERS[sup], sup_npi=r.npi(), ptan=f"{r.digits(6)}{r.letters(2)}",
                doc=doc, doc_npi=r.npi(), cert=cert, ph=r.phone(), received=notice - dt.timedelta(days=r.randint(6, 18)),
                employer=r.choice(["Dunraven Textiles", "Kilcorran Logistics", "Shannonbridge Public Library"]))


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def mo(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def total(f: dict) -> float:
    return round(sum(x[3] for x in f["lines"]), 2)


def sup_name(f: dict) -> str:
    s = f["sup"]
    return f"{s[1]}, {s[2]}"


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == CA:
        d.text_line("CARROWMORE", 22, "B")
        d.text_line("Health Insurance Company", 10)
        d.rule(0.7, 1)
        d.text_line(f"{a[0]}, {a[1]}   Member Services {f['ph']}", 8)
    elif ins == IN:
        d.text_line(IN, 16, "B", align="R")
        d.text_line(f"{a[0]}  |  {a[1]}  |  {f['ph']}", 8.5, align="R")
        d.rule(0.3, 1)
    elif ins == TU:
        d.text_line(ins.upper(), 12, "B")
        d.text_line("DME MEDICARE ADMINISTRATIVE CONTRACTOR - JURISDICTION E", 9)
        d.text_line(f"{a[0]}  {a[1]}", 9)
        d.rule(0.3, 1)
    elif ins == BA:
        d.text_line("BALLYROAN", 20, "B")
        d.text_line(f"{BA}  -  a Medicare Advantage plan  -  {a[0]}, {a[1]}", 8.5)
        d.rule(0.6, 1)
    d.ln(4)


def kv(d: Doc, rows, w=50, size=9.8):
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, k)
        d.font(size)
        d.cell(0, size * 0.55, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def eob(f: dict) -> bytes:
    """Carrowmore member EOB (adult: custom orthotics; child: subscriber vs patient)."""
    d = Doc("Helvetica", footer="CHI EOB 3/25  |  page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    child = f["kind"] == "child"
    d.text_line("Explanation of Benefits", 15, "B")
    d.text_line("THIS IS NOT A BILL - keep for your records", 8.5)
    d.ln(3)
    s = f["sup"]
    rows = [("Date processed:", fd(f, f["notice"])), ("Subscriber:", f["sub"][0] if child else f["member"][0]),
            ("ID number:", f["mid"]), ("Group:", f"{f['grp']}  {f['employer']}")]
    if child:
        rows.insert(2, ("Patient:", f"{f['member'][0]}   Date of birth {fmt_date(f['child_dob'], 'slash')}"))
    rows += [("Claim #:", f["claim"]), ("Provider:", f"{sup_name(f)} - {s[0]}"),
             ("Referred by:", f"Dr. {f['doc'][0]} (NPI {f['doc_npi']})")]
    kv(d, rows, w=36)
    body = []
    for c, mod, u, amt in f["lines"]:
        body.append([fd(f, f["dos"]), f"{c}{('-' + mod) if mod else ''}", DESC[c], str(u), mo(f, amt),
                     mo(f, 0), mo(f, 0), mo(f, amt), "X42"])
    body.append(["*Totals", "", "", "", mo(f, total(f)), mo(f, 0), mo(f, 0), mo(f, total(f)), ""])
    d.table(["Service date", "Code", "Description", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Code"],
            body, [22, 18, 62, 10, 18, 16, 16, 16, 10], size=7.4, aligns="LLLCRRRRC")
    d.font(9.5, "B")
    d.cell(0, 5, "X42  Foot orthotics are not covered", new_x="LMARGIN", new_y="NEXT")
    d.para("Your plan excludes foot orthotics and arch supports, whether custom-made or bought off the shelf, except "
           "therapeutic shoes and inserts for members with diabetes and foot disease. Because this is an exclusion, "
           "the provider may bill you for the full amount. (CARC 96, RARC N130)", 9)
    d.para(f"Deductible met this plan year: {mo(f, 640.0)} of {mo(f, 1500.0)}. Out-of-pocket met: {mo(f, 912.4)}.", 8.5)
    d.font(9.5, "B")
    d.cell(0, 5, "Appeal rights", new_x="LMARGIN", new_y="NEXT")
    if child:
        d.para("You may ask us to review this decision. Your appeal must be received by "
               f"{fd(f, f['notice'] + dt.timedelta(days=180))}. Send it to Carrowmore Appeals, {ADDR[CA][0]}, "
               f"{ADDR[CA][1]}, or call {f['ph']}.", 9)
    else:
        d.para("You may file an appeal within 180 days of the date of this statement. Send it to Carrowmore "
               f"Appeals, {ADDR[CA][0]}, {ADDR[CA][1]}. You can also ask for an external review after the appeal.",
               9)
    return pdf_bytes(d)


def msn(f: dict) -> bytes:
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    d.text_line("Medicare Summary Notice for Durable Medical Equipment", 14, "B")
    d.text_line("THIS IS NOT A BILL", 10, "B")
    d.ln(2)
    m = f["member"]
    period = (f"{fmt_date(f['notice'] - dt.timedelta(days=90), 'abbr')} - "
              f"{fmt_date(f['notice'] - dt.timedelta(days=1), 'abbr')}")
    d.boxes([("Notice for", m[0], 52), ("Medicare Number", f["mbi"], 42), ("Date of this notice", fd(f, f["notice"]), 38),
             ("Claims processed between", period, 48)], h=11, value_size=9)
    d.ln(2)
    d.font(10, "B")
    d.cell(0, 6, "Did Medicare approve all services?  YES", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, "Number of services Medicare denied: 0", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    s = f["sup"]
    d.font(10, "B")
    d.cell(0, 5.5, f"{s[0]}, {s[3]}, {s[4]}", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(0, 5, f"Supplier: {sup_name(f)}   Referred by: Dr. {f['doc'][0]}   Claim number {f['claim']}",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    body = []
    for c, mod, u, amt in f["lines"]:
        appr = round(amt * 0.82, 2)
        body.append([f"{DESC[c]} ({c}{'-' + mod if mod else ''})", "Yes", mo(f, amt), mo(f, appr),
                     mo(f, round(appr * 0.8, 2)), mo(f, round(appr * 0.2, 2)), ""])
    tot_a = round(sum(round(x[3] * 0.82, 2) for x in f["lines"]), 2)
    body.append(["*Total for claim", "", mo(f, total(f)), mo(f, tot_a), mo(f, round(tot_a * 0.8, 2)),
                 mo(f, round(tot_a * 0.2, 2)), ""])
    d.font(8.5)
    d.cell(0, 5, f"Service date {fd(f, f['dos'])}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Service Provided & Billing Code", "Approved?", "Charged", "Approved amt", "Medicare paid",
             "You may be billed", "Notes"], body, [74, 16, 18, 20, 20, 22, 10], size=7.3, aligns="LCRRRRC")
    d.para(f"Your therapeutic shoes were covered because Dr. {f['cert'][0]}, the physician who manages your diabetes, "
           "signed the certifying statement that you have diabetes and foot disease. Medicare pays for one pair of "
           "depth shoes and up to three pairs of inserts each calendar year.", 9)
    d.font(9.5, "B")
    d.cell(0, 5, "How to handle denials or file an appeal", new_x="LMARGIN", new_y="NEXT")
    d.para(f"If you disagree with a coverage decision or payment on this notice, you can file an appeal. Appeals "
           f"must be filed by {fd(f, f['notice'] + dt.timedelta(days=120))}. Call 1-800-MEDICARE (1-800-633-4227).", 9)
    return pdf_bytes(d)


def mac(f: dict) -> bytes:
    d = Doc("Courier", footer="TDS-ID-114   PAGE {p} OF {n}")
    d.add_page()
    letterhead(d, f)
    s, m = f["sup"], f["member"]
    d.font(9.5)
    for ln in (f"DATE OF NOTICE: {fd(f, f['notice'])}", "", s[0].upper(), s[3].upper(), s[4].upper(), "",
               "NOTICE OF INITIAL DETERMINATION - CLAIM DENIED", "",
               f"BENEFICIARY:        {m[0].upper()}", f"MEDICARE NUMBER:    {f['mbi'].replace('-', '')}",
               f"DATE OF BIRTH:      {fmt_date(f['dob'], 'slash')}",
               f"CLAIM CONTROL NO.:  {f['claim']}", f"SUPPLIER:           {sup_name(f).upper()}",
               f"SUPPLIER NPI:       {f['sup_npi']}     PTAN {f['ptan']}",
               f"ORDERING PHYSICIAN: DR {f['doc'][0].upper()}  NPI {f['doc_npi']}",
               f"RECEIVED:           {fmt_date(f['received'], 'slash')}", ""):
        d.cell(0, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    body = [[fd(f, f["dos"]), c, str(u), mo(f, amt), mo(f, 0), "CO-96 N425"] for c, mod, u, amt in f["lines"]]
    body.append(["*TOTAL", "", "", mo(f, total(f)), mo(f, 0), ""])
    d.table(["FROM DOS", "HCPCS", "UNITS", "BILLED", "ALLOWED", "ADJ/REM"], body, [30, 22, 16, 30, 30, 50],
            size=8.6, aligns="LLCRRL")
    d.para("CO-96  NON-COVERED CHARGE(S).  N425  STATUTORILY EXCLUDED SERVICE(S).", 8.8)
    d.para("FOOT INSERTS (L3000-L3030) ARE EXCLUDED FROM MEDICARE COVERAGE UNDER SECTION 1862(a)(13) OF THE SOCIAL "
           "SECURITY ACT UNLESS FURNISHED AS THERAPEUTIC SHOES AND INSERTS FOR A BENEFICIARY WITH DIABETES (A5500-"
           "A5513) WITH A CERTIFYING STATEMENT, OR AS PART OF A LEG BRACE. NO DIABETES DIAGNOSIS OR CERTIFYING "
           "STATEMENT WAS SUBMITTED. THE BENEFICIARY MAY BE LIABLE UNLESS NO ABN WAS GIVEN.", 8.8)
    d.para("REDETERMINATION: IF YOU DISAGREE, YOU MAY REQUEST A REDETERMINATION WITHIN 120 DAYS OF THE DATE OF THIS "
           f"NOTICE. MAIL FORM CMS-20027 TO {TU.upper()}, REDETERMINATIONS, {ADDR[TU][0]}, {ADDR[TU][1]}.", 8.8)
    return pdf_bytes(d)


def letter(f: dict) -> bytes:
    k, m, s = f["kind"], f["member"], f["sup"]
    d = Doc("Times" if k != "cert" else "Helvetica", footer="{p}/{n}")
    d.add_page()
    letterhead(d, f)
    d.font(11)
    d.cell(0, 6, fd(f, f["notice"]), new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    title = {"three": "Notice of Partial Claim Denial", "cert": "Notice of Denial of Payment",
             "shoe": "Adverse Benefit Determination: Orthopedic Footwear"}[k]
    d.font(13, "B")
    d.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    mid = f["ma_id"] if k == "cert" else f["mid"]
    rows = [("Member name:", m[0]), ("Member ID:", mid)]
    if k != "cert":
        rows.append(("Group number:", f["grp"]))
    rows += [("Claim number:", f["claim"]), ("Supplier:", f"{sup_name(f)}, {s[0]}"),
             ("Prescribed by:", f"Dr. {f['doc'][0]} on {fd(f, f['rx'])}")]
    if k == "three":
        rows.append(("Reference:", f["ref"]))
    kv(d, rows, w=40, size=10.3)
    if k == "three":
        body = []
        for c, mod, u, amt in f["lines"]:
            paid = c == "L1960"
            body.append([c + (f"-{mod}" if mod else ""), DESC[c], str(u), mo(f, amt),
                         "Approved" if paid else "Denied", mo(f, round(amt * 0.8, 2)) if paid else mo(f, 0)])
        body.append(["*Total", "", "", mo(f, total(f)), "", mo(f, round(f["lines"][2][3] * 0.8, 2))])
        d.font(10)
        d.cell(0, 5, f"Items delivered on {fd(f, f['dos'])}:", new_x="LMARGIN", new_y="NEXT")
        d.table(["Item", "Description", "Qty", "Billed", "Decision", "Plan pays"], body, [20, 80, 10, 24, 22, 24],
                size=8.5, aligns="LLCRLR")
        d.para(f"Dear {m[1]} {m[3]}: We approved the custom ankle foot orthosis (brace). We denied the molded foot "
               "inserts and the orthopedic shoes. Your Certificate of Coverage (Section 9, Exclusions) does not cover "
               "foot orthotics or orthopedic shoes unless the shoe is attached to a covered brace or you have "
               "diabetes with foot disease. The oxford shoes billed are not attached to the brace, so they are "
               "excluded.", 10.5)
        appeal = "You may appeal within 180 days of the date of this letter."
    elif k == "cert":
        body = [[fd(f, f["dos"]), c, DESC[c], str(u), mo(f, amt)] for c, mod, u, amt in f["lines"]]
        body.append(["*Total billed", "", "", "", mo(f, total(f))])
        d.table(["Date", "HCPCS", "Item", "Qty", "Amount"], body, [24, 18, 96, 10, 24], size=8.5, aligns="LLLCR")
        d.para(f"We denied payment for the diabetic shoes and inserts you received from {s[0]}. Medicare rules that "
               "our plan follows cover therapeutic shoes only when the physician who manages your diabetes (an MD or "
               "DO) signs a certifying statement that you have diabetes and a foot condition such as poor "
               "circulation, neuropathy with callus, or a past foot ulcer. The prescription from your podiatrist is "
               "not a certifying statement, and none was sent with the claim.", 10.5)
        d.para("If your diabetes doctor signs the statement, your supplier can send it with a new claim.", 10.5)
        appeal = ("If you disagree, you can ask us for a reconsideration (appeal). You must ask within 65 days of the "
                  "date of this notice.")
    else:
        body = [[fd(f, f["dos"]), c, DESC[c], str(u), mo(f, amt)] for c, mod, u, amt in f["lines"]]
        d.table(["Date of service", "Code", "Item", "Qty", "Billed"], body, [28, 16, 96, 10, 22], size=8.5,
                aligns="LLLCR")
        d.para(f"We received a claim for a pair of orthopedic oxford shoes billed as part of a brace. Our records "
               "show no leg brace was ordered or billed, and the shoes are not attached to one. Orthopedic shoes "
               "are excluded from coverage except when they are an integral part of a covered brace. Your plan will "
               f"not pay the {mo(f, total(f))} billed.", 10.5)
        appeal = ("You may ask for an appeal. Write to us within 180 days of the date of this letter. An urgent "
                  "(72-hour) appeal is available only for care you have not yet received.")
    d.font(11, "B")
    d.cell(0, 6, "Your right to appeal", new_x="LMARGIN", new_y="NEXT")
    d.para(appeal + f" Mail your request to {f['ins']}, Appeals, {ADDR[f['ins']][0]}, {ADDR[f['ins']][1]}, "
           f"or call {f['ph']} (TTY 711).", 10.5)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, s = f["kind"], f["sup"]
    dl_days = {"eob": 180, "child": 180, "msn_paid": 120, "three": 180, "mac": 120, "cert": 65, "shoe": 180}[k]
    alts: dict = {"provider": [s[0], sup_name(f)]}
    mid = {"msn_paid": f["mbi"], "mac": f["mbi"].replace("-", ""), "cert": f["ma_id"]}.get(k, f["mid"])
    common = dict(insurer=f["ins"], member_id=mid, group_number=f["grp"] if f["ins"] in (CA, IN) else None,
                  member_name=f["member"][0], case_numbers=[f["claim"]], claim_amount=m2(total(f)),
                  service_dates=[iso(f["dos"])], denial_date=iso(f["notice"]), provider=s[1],
                  appeal_deadline=iso(f["notice"] + dt.timedelta(days=dl_days)))
    if k == "three":
        common["case_numbers"] = [f["claim"], f["ref"]]
        alts["case_numbers"] = [[f["claim"]]]
        alts["claim_amount"] = [m2(f["lines"][0][3] + f["lines"][1][3])]
    if k == "msn_paid":
        alts["insurer"] = ["Centers for Medicare & Medicaid Services"]
        alts["appeal_deadline"] = [None]
        return truth("eob", None, "en", alternates=alts, type_alternates=["other"], **common)
    if k == "mac":
        alts["insurer"] = ["Medicare"]
    den, da = "not_covered", None
    if k == "cert":
        den, da = "other", ["medical_necessity", "not_covered"]
    doc = "eob" if k in ("eob", "child") else "denial_letter"
    return truth(doc, den, "en", alternates=alts, denial_alternates=da, **common)


# (stem suffix, condition, kind, issuer, date style, money style, supplier)
PLAN = [
    ("bd_eob_custom_inserts_excluded", "born_digital", "eob", CA, "slash", "plain", 0),
    ("bd_msn_diabetic_shoes_paid", "born_digital", "msn_paid", MC, "long", "plain", 1),
    ("scan300_letter_three_items_two_denied", "scan_clean_300", "three", IN, "long", "plain", 1),
    ("lowres_dme_mac_l3030_statutory_exclusion", "scan_lowres_150", "mac", TU, "slash", "nosign", 2),
    ("faxfine_ma_diabetic_shoes_no_certifying_statement", "fax_fine_g4", "cert", BA, "iso", "plain", 0),
    ("rotated_letter_orthopedic_shoe_not_on_brace", "rotated", "shoe", CA, "dmy", "usd", 2),
    ("phone_eob_child_arch_supports", "phone_photo", "child", CA, "abbr", "plain", 0),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms, sup) in enumerate(PLAN):
        f = facts(i, kind, ins, ds, ms, sup)
        pdf = {"eob": eob, "child": eob, "msn_paid": msn, "mac": mac}.get(kind, letter)(f)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(pdf, make_truth(f))]))
    return items
