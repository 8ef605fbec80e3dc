"""Family 'medicare_part_b_id_immunosuppressive_drug_denial': Medicare Part B Immunosuppressive Drug (Part B-ID)
benefit papers: Medicare Summary Notice pages that deny a transplant pharmacy's claim for tacrolimus or mycophenolate,
and Social Security letters deciding a request to enroll in Part B-ID.

Modelled from memory on the redesigned Medicare Summary Notice (Part B layout: name and masked Medicare Number, date,
claims-received period, "Your Claims & Costs This Period", the supplier block with its claim number, the service table
"Service Provided & Billing Code / Service Approved? / Amount Provider Charged / Medicare-Approved Amount / Amount
Medicare Paid / Maximum You May Be Billed / See Notes", lettered notes, "How to Handle Denied Claims or File an
Appeal" with the printed "appeals must be filed by" date, 120 days) and on SSA enrollment decisions for the benefit
(application form CMS-10798, the 36-month end of kidney-transplant Medicare, other coverage that bars the benefit:
group health plan, TRICARE, Medicaid; 60 days after receipt to ask for reconsideration, 5-day presumption; premium and
start date on the approval). Denials: not enrolled in Part B-ID on the date of service, Medicaid pays instead, filled
before the benefit began (behind the approval letter in a rotated stack with a blank sheet); enrollment denied for
employer group coverage, for Medicare Part A still in force (transplant 20 months ago), for TRICARE (Spanish) and for
full Medicaid. Everything is invented: people (Korean, Yoruba, Polish, Navajo, Portuguese, Vietnamese, Armenian name
bases; Mexican names on the Spanish letter), MBIs, BNCs, claim numbers, pharmacies, transplant centers, 555 phones.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "medicare_part_b_id_immunosuppressive_drug_denial"
LANG = "en"
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
MEDICARE, SSA, SSA_ES = "Medicare", "Social Security Administration", "Administración del Seguro Social"
PEOPLE = [("Jiyeon", "J", "Kwon"), ("Adebayo", "T", "Ogunleye"), ("Bożena", "K", "Wróblewska"),
          ("Darrell", "B", "Begay"), ("Joaquim", "S", "Figueiredo"), ("Minh", "Q", "Tran"), ("Anahit", "V", "Sargsyan"),
          ("Lusine", "A", "Sargsyan")]
PERSON_ES = ("Rosalba", "E", "Cervantes")
PHARM = [("Ferncastle Transplant Pharmacy, LLC", "410 Holloway Medical Pkwy", "Tarrant Falls, OH 43999"),
         ("Quillan Specialty Pharmacy Services", "88 Brightwater Row, Suite 3", "Mercer Glen, MN 55999"),
         ("Ashbury Renal Rx", "1207 Canal Street", "Port Corliss, GA 31999")]
CENTERS = ["Haverlake University Transplant Institute", "St. Ormond Kidney Transplant Center"]
STREETS = ["Wicklow Lane", "Sandpiper Court", "Old Orchard Road", "Tamarack Drive", "Basalt Avenue"]
TOWNS = ["Tarrant Falls, OH 43999", "Mercer Glen, MN 55999", "Port Corliss, GA 31999", "Ridley Cove, AZ 85999"]
DRUGS = {"J7507": ("Tacrolimus, immediate release, oral, 1 mg", 180),
         "J7517": ("Mycophenolate mofetil, oral, 250 mg", 240),
         "J7518": ("Mycophenolic acid, oral, 180 mg", 120),
         "Q0511": ("Pharmacy supplying fee for oral immunosuppressive drug, first prescription in a 30-day period", 1)}
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def fdate(d: dt.date, style: str) -> str:
    return d.strftime("%-d %b %Y") if style == "dmon" else fmt_date(d, style)


def mbi(r: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    c = lambda p: "".join(r.choice(a) if x == "A" else str(r.randint(0, 9)) if x == "9" else x for x in p)  # noqa: E731
    return c("1AA9-AA9-AA99")


def facts(i: int, kind: str, ds: str, ms: str, person=None) -> dict:
    r = random.Random(149550 + i)
    dig = lambda n: "".join(r.choice("0123456789") for _ in range(n))  # noqa: E731
    es = kind == "es_tricare"
    first, mid, last = PERSON_ES if es else (person or PEOPLE[i % len(PEOPLE)])
    dec = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 150))
    tx = dec - dt.timedelta(days=(r.randint(600, 640) if kind == "parta" else r.randint(1230, 1900)))
    f = dict(kind=kind, ds=ds, ms=ms, es=es, first=first, mid=mid, last=last, name=f"{first} {mid}. {last}",
             dec=dec, tx=tx, mbi=mbi(r), bnc=f"26{r.choice('BCDFGH')}{dig(2)}{r.choice('KLMNP')}{dig(6)}",
             street=f"{r.randint(15, 9800)} {r.choice(STREETS)}", town=r.choice(TOWNS),
             applied=dec - dt.timedelta(days=r.randint(30, 55)), center=CENTERS[i % 2],
             phone=f"1-800-555-0{dig(3)}", ophone=f"1-877-555-0{dig(3)}", pharm=PHARM[i % 3])
    if kind in ("msn_notenrolled", "msn_medicaid", "msn_before"):
        dos = dec - dt.timedelta(days=r.randint(35, 70))
        codes = ["J7507", "J7517", "Q0511"] if kind != "msn_medicaid" else ["J7507", "J7518", "Q0511"]
        lines = []
        for c in codes:
            units = DRUGS[c][1]
            ch = round(units * r.uniform(2.1, 3.4), 2) if c != "Q0511" else 50.00
            lines.append(dict(code=c, units=units, charged=ch, date=dos))
        f.update(dos=dos, lines=lines, total=round(sum(x["charged"] for x in lines), 2),
                 claim=f"{dig(2)}-{dig(4)}-{dig(3)}-{dig(3)}", start=dec - dt.timedelta(days=120),
                 period_end=dec - dt.timedelta(days=8))
        f["period_start"] = f["period_end"] - dt.timedelta(days=89)
        f["appeal_by"] = dec + dt.timedelta(days=120)
    if kind == "approved":
        f["start"] = dt.date(dec.year, dec.month, 1) + dt.timedelta(days=32)
        f["start"] = dt.date(f["start"].year, f["start"].month, 1)
    return f


def new_doc(serif: bool, footer: str | None = None) -> Doc:
    d = Doc("Body", footer=footer, margins=(16, 14, 16))
    d.add_font("Body", "", SERIF if serif else SANS)
    d.add_font("Body", "B", SERIF_B if serif else SANS_B)
    return d


NOTES = {
    "msn_notenrolled": "A  Medicare did not pay for these drugs because you were not enrolled in the Medicare Part B "
                       "Immunosuppressive Drug (Part B-ID) benefit on the date you got them. Your regular Medicare "
                       "coverage ended 36 months after your kidney transplant. To get this coverage, you must sign up "
                       "for Part B-ID with Social Security.",
    "msn_medicaid": "A  Medicare did not pay for these drugs. Our records show that you have full Medicaid coverage "
                    "on the date of service. People who have Medicaid cannot get the Part B Immunosuppressive Drug "
                    "benefit; Medicaid should pay for these drugs. Your pharmacy should bill your State Medicaid "
                    "program.",
    "msn_before": "A  Medicare did not pay for these drugs because your Medicare Part B Immunosuppressive Drug "
                  "coverage started on {start}. The drugs were provided on {dos}, before your coverage began.",
}


def msn(d: Doc, f: dict) -> None:
    ds, ms = f["ds"], f["ms"]
    d.add_page()
    d.font(15, "B")
    d.cell(120, 7, "Medicare Summary Notice")
    d.font(8.5)
    d.cell(0, 7, "Page 1 of 1", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("for Part B (Medical Insurance) - Immunosuppressive Drug Coverage", 10.5, "B")
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5)
    d.rule(0.5, 2)
    y0 = d.get_y()
    for k, ln in enumerate((f["name"].upper(), f["street"].upper(), f["town"].upper())):
        d.set_xy(d.l_margin, y0 + k * 4.6)
        d.font(10)
        d.cell(90, 4.6, ln)
    masked = "XXXX-XXX-" + f["mbi"][-4:]
    rows = [("Notice for", f["name"]), ("Medicare Number", masked), ("Date of this notice", fdate(f["dec"], ds)),
            ("Claims received", f"{fdate(f['period_start'], ds)} - {fdate(f['period_end'], ds)}")]
    for k, (lab, val) in enumerate(rows):
        d.set_xy(d.l_margin + 100, y0 + k * 4.8)
        d.font(8.8, "B")
        d.cell(34, 4.8, lab)
        d.font(8.8)
        d.cell(0, 4.8, val)
    d.set_xy(d.l_margin, y0 + 22)
    d.text_line("Your Claims & Costs This Period", 11, "B")
    d.para(f"Did Medicare approve all services?  NO   See the claim below.   Total you may be billed: "
           f"{fmt_money(f['total'], ms)}", 9.5, 1)
    d.para("If you need help, call the Medicare help line at 1-800-555-0142 (TTY 1-877-555-0148). Be sure to report any "
           "changes in other health coverage to the Benefits Coordination & Recovery Center.", 8.5, 3)
    d.text_line("Your Claims for Part B-ID (Immunosuppressive Drugs)", 11, "B")
    p = f["pharm"]
    d.para(f"{p[0]}, {p[1]}, {p[2]}   Supplier Claim Number {f['claim']}   Service date: {fdate(f['dos'], ds)}", 9, 1)
    d.para(f"Prescribed by {f['center']} (transplant team)", 8.5, 2)
    head = ["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
            "Medicare-Approved Amount", "Amount Medicare Paid", "Maximum You May Be Billed", "See Notes"]
    rows = []
    for x in f["lines"]:
        desc = (DRUGS[x["code"]][0].split(",")[0] + f" ({x['code']}) x{x['units']}" if x["code"] != "Q0511" else
                "Supplying fee (Q0511)")
        rows.append([desc, "No", fmt_money(x["charged"], ms), fmt_money(0, ms), fmt_money(0, ms),
                     fmt_money(x["charged"], ms), "A"])
    rows.append(["*Total for this claim", "", fmt_money(f["total"], ms), fmt_money(0, ms), fmt_money(0, ms),
                 fmt_money(f["total"], ms), ""])
    d.set_font("Body", "B", 6.8)
    widths = [62, 16, 22, 22, 20, 24, 12]
    x0, y = d.l_margin, d.get_y()
    for h, w in zip(head, widths):
        d.set_xy(x0, y)
        d.multi_cell(w, 3.2, h, border="B")
        x0 += w
    d.set_xy(d.l_margin, y + 10)
    d.table([""] * 7, rows, widths, size=8, aligns="LCRRRRC", border_head="")
    d.text_line("Notes for Claims Above", 10.5, "B")
    d.para(NOTES[f["kind"]].format(start=fdate(f.get("start", f["dec"]), ds), dos=fdate(f["dos"], ds)), 9, 1)
    d.para("B  The amount listed in the 'Maximum You May Be Billed' column is what the supplier may bill you.", 9, 3)
    d.text_line("How to Handle Denied Claims or File an Appeal", 10.5, "B")
    d.para("If you disagree with a coverage decision or payment decision made by Medicare on this notice, you can "
           f"file an appeal. Appeals must be filed by {fdate(f['appeal_by'], ds)}. Circle the item(s) you disagree "
           "with and explain why, sign this notice and send it to the address in the Appeals section, or fill out a "
           "Redetermination Request Form (CMS-20027).", 9, 2)
    d.para("Medicare Administrative Contractor - DME Jurisdiction, PO Box 6734, Fargo Junction, ND 58999", 8.5, 1)


SSA_REASON = {
    "group": ("You told us on your application (CMS-10798) that you are covered by a group health plan through the "
              "employer of your spouse ({emp}). People who have group health plan coverage, or can get it, that "
              "covers immunosuppressive drugs cannot get Part B-ID."),
    "parta": ("Your Medicare based on kidney failure has not ended. You had a kidney transplant on {tx}, and your "
              "Medicare Part A and Part B continue for 36 months after the month of the transplant. Your current "
              "Part B already pays for immunosuppressive drugs. You may apply for Part B-ID when your Medicare is "
              "about to end."),
    "medicaid": ("Our records show that you get full coverage from your State Medicaid program. People who have "
                 "Medicaid that covers immunosuppressive drugs cannot get Part B-ID."),
}


def ssa_letter(d: Doc, f: dict) -> None:
    es, ds = f["es"], f["ds"]
    d.add_page()
    d.font(13, "B")
    d.cell(110, 6, "ADMINISTRACIÓN DEL SEGURO SOCIAL" if es else "SOCIAL SECURITY ADMINISTRATION")
    d.font(9)
    d.cell(0, 6, "Información importante" if es else "Important Information", align="R", new_x="LMARGIN", new_y="NEXT")
    y0 = d.get_y() + 1
    for k, ln in enumerate(("Mid-Atlantic Program Service Center", "Part B-ID Enrollment Unit", "PO Box 4120",
                            "Wyndmoor Heights, PA 19999")):
        d.set_xy(d.l_margin, y0 + k * 4.3)
        d.font(9)
        d.cell(90, 4.3, ln)
    rows = ([("Fecha", fdate(f["dec"], ds)), ("BNC#", f["bnc"]), ("Número de Medicare", f["mbi"])] if es else
            [("Date", fdate(f["dec"], ds)), ("BNC#", f["bnc"]), ("Medicare Number", f["mbi"])])
    for k, (lab, val) in enumerate(rows):
        d.set_xy(d.w - d.r_margin - 82, y0 + k * 4.8)
        d.font(9, "B")
        d.cell(34, 4.8, lab + ":")
        d.font(9)
        d.cell(0, 4.8, val)
    d.set_xy(d.l_margin, y0 + 24)
    for ln in (f["name"], f["street"], f["town"]):
        d.text_line(ln, 10.5)
    d.ln(7)
    k = f["kind"]
    if es:
        d.text_line("Aviso de desaprobación de la inscripción en la cobertura de medicamentos", 12, "B")
        d.text_line("inmunosupresores de la Parte B de Medicare (Parte B-ID)", 12, "B")
        d.ln(2)
        d.para(f"Recibimos su solicitud para inscribirse en la cobertura de medicamentos inmunosupresores de la "
               f"Parte B de Medicare (formulario CMS-10798) el {fdate(f['applied'], ds)}. Decidimos que usted no "
               "puede inscribirse en la Parte B-ID.", 10)
        d.text_line("Por qué no puede inscribirse", 11, "B")
        d.para("Usted nos dijo que tiene cobertura de TRICARE como familiar de un militar retirado. Las personas que "
               "tienen TRICARE u otra cobertura que paga los medicamentos inmunosupresores no pueden obtener la Parte "
               f"B-ID. Su trasplante de riñón fue el {fdate(f['tx'], ds)}.", 10)
        d.text_line("Si no está de acuerdo con esta decisión", 11, "B")
        d.para("Si no está de acuerdo, puede pedir una reconsideración. Tiene 60 días para pedirla. Los 60 días "
               "comienzan el día después de que reciba esta carta. Suponemos que la recibió 5 días después de la fecha "
               "que aparece en ella. Si su cobertura de TRICARE termina, puede solicitar de nuevo.", 10)
        d.para(f"Si tiene preguntas, llámenos gratis al {f['phone']} o visite su oficina local. Tenga esta carta a "
               "mano y denos el número BNC que aparece arriba.", 10)
        return
    if k == "approved":
        d.text_line("Notice of Enrollment - Medicare Part B Immunosuppressive Drug Coverage", 12, "B")
        d.ln(2)
        d.para(f"We received your application for Medicare Part B Immunosuppressive Drug coverage (CMS-10798) on "
               f"{fdate(f['applied'], ds)}. We are writing to tell you that you are enrolled in Part B-ID. Your "
               f"coverage starts {fdate(f['start'], ds)}.", 10)
        d.text_line("What Part B-ID Covers and What You Pay", 11, "B")
        d.para("Part B-ID only covers the drugs you take so your body does not reject your transplanted kidney. It "
               "does not cover other services. Your monthly premium for 2026 is $110.40, and you pay the Part B "
               "deductible and 20 percent of the Medicare-approved amount for your drugs. We will take the premium "
               "from your monthly Social Security benefit.", 10)
        d.text_line("Things You Must Report", 11, "B")
        d.para("Tell us right away if you get coverage from a group health plan, TRICARE, Medicaid or the "
               "Department of Veterans Affairs that covers immunosuppressive drugs. Your Part B-ID will end.", 10)
        d.text_line("If You Disagree", 11, "B")
        d.para("If you think the start date is wrong, you may ask us to reconsider within 60 days after you receive "
               "this letter.", 10)
        d.para(f"If you have questions, call us toll-free at {f['phone']} or visit your local office.", 10)
        return
    d.text_line("Notice of Disapproved Enrollment", 12, "B")
    d.text_line("Medicare Part B Immunosuppressive Drug Coverage (Part B-ID)", 11, "B")
    d.ln(2)
    d.para(f"We received your application for Medicare Part B Immunosuppressive Drug coverage (CMS-10798) on "
           f"{fdate(f['applied'], ds)}. We have decided that you cannot enroll in Part B-ID.", 10)
    d.text_line("Why You Cannot Enroll", 11, "B")
    d.para(SSA_REASON[k].format(tx=fdate(f["tx"], ds), emp="Larkspur Freight Lines, Inc."), 10)
    if k == "group":
        d.para("Group health plan: Larkspur Freight Lines Employee Health Plan, Group No. LFL-20417 (reported by you).",
               9.5)
    d.text_line("If You Disagree With This Decision", 11, "B")
    if f.get("fixed"):
        d.para(f"If you disagree, you have the right to ask us to reconsider. You must ask within 60 days of the date "
               f"of this letter. Call us, visit any Social Security office, or complete form SSA-561, Request for "
               f"Reconsideration.", 10)
    else:
        d.para("If you disagree, you have the right to ask us to reconsider. You have 60 days to ask. The 60 days "
               "start the day after you receive this letter. We assume you received this letter 5 days after the date "
               "on it unless you show us that you did not get it within the 5-day period. Use form SSA-561, Request "
               "for Reconsideration.", 10)
    d.text_line("If You Have Questions", 11, "B")
    d.para(f"Call us toll-free at {f['phone']} (TTY 1-800-555-0778), or call your local office at {f['ophone']}. "
           "Please have this letter with you and give us the BNC number above.", 10)


def build(f: dict, footer: str | None = None) -> bytes:
    d = new_doc(serif=f["kind"] in ("parta", "approved", "msn_medicaid"), footer=footer)
    (msn if f["kind"].startswith("msn") else ssa_letter)(d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    lang = "es" if f["es"] else "en"
    if k.startswith("msn"):
        alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part B"],
                "member_id": ["XXXX-XXX-" + f["mbi"][-4:]], "provider": [f["center"]]}
        da = {"msn_medicaid": ["other"], "msn_before": None, "msn_notenrolled": ["not_covered"]}[k]
        return truth("eob", "eligibility", lang, insurer=MEDICARE, member_name=f["name"], case_numbers=[f["claim"]],
                     claim_amount=m2(f["total"]), service_dates=[iso(f["dos"])], denial_date=iso(f["dec"]),
                     provider=f["pharm"][0], appeal_deadline=iso(f["appeal_by"]), alternates=alts,
                     denial_alternates=da, type_alternates=["denial_letter"])
    alts = {"insurer": ["Social Security"] if not f["es"] else [SSA, "Seguro Social"], "case_numbers": [[]]}
    common = dict(insurer=SSA_ES if f["es"] else SSA, member_id=f["mbi"], member_name=f["name"],
                  case_numbers=[f["bnc"]], denial_date=iso(f["dec"]))
    if k == "approved":
        return truth("other", None, lang, alternates=alts, **common)
    if f.get("fixed"):
        common["appeal_deadline"] = iso(f["dec"] + dt.timedelta(days=60))
    else:
        alts["appeal_deadline"] = [iso(f["dec"] + dt.timedelta(days=65)), iso(f["dec"] + dt.timedelta(days=60))]
    return truth("denial_letter", "eligibility", lang, alternates=alts,
                 denial_alternates={"group": ["other"], "es_tricare": ["other"], "medicaid": ["other"]}.get(k), **common)


# (stem suffix, condition, kind, date style, money style, fixed 60-day deadline)
PLAN = [
    ("bd_msn_not_enrolled_tacrolimus", "born_digital", "msn_notenrolled", "long", "plain", False),
    ("bd_enrollment_denied_group_health_plan", "born_digital", "group", "slash", "plain", True),
    ("scan300_msn_medicaid_pays", "scan_clean_300", "msn_medicaid", "abbr", "nosign", False),
    ("lowres_enrollment_denied_part_a_not_ended", "scan_lowres_150", "parta", "dmon", "plain", False),
    ("copy_es_inscripcion_denegada_tricare", "photocopy", "es_tricare", "es", "plain", False),
    ("faxstd_enrollment_denied_medicaid", "fax_standard_g4", "medicaid", "iso", "plain", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, ms, fixed) in enumerate(PLAN):
        f = facts(i, kind, ds, ms)
        f["fixed"] = fixed
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # approval letter, a blank sheet, then an MSN that denies a fill from before the benefit began
    a = facts(6, "approved", "upper", "plain")
    b = facts(7, "msn_before", "upper", "plain", person=PEOPLE[6])
    b.update(street=a["street"], town=a["town"], mbi=a["mbi"], start=a["start"])
    b["dec"] = a["start"] + dt.timedelta(days=40)
    b["dos"] = a["start"] - dt.timedelta(days=9)
    for x in b["lines"]:
        x["date"] = b["dos"]
    b["period_end"] = b["dec"] - dt.timedelta(days=8)
    b["period_start"] = b["period_end"] - dt.timedelta(days=89)
    b["appeal_by"] = b["dec"] + dt.timedelta(days=120)
    items.append(Item(f"{FAMILY}_rotated_stack_approval_then_msn_before_start", "rotated",
                      [(build(a), make_truth(a)), (build(b), make_truth(b))], separators=["blank", None]))
    return items
