"""Family 'hospital_financial_assistance_and_denial': a hospital's patient statement or financial-assistance letter
that tells the patient the insurer denied the stay or visit and the balance is now theirs, offering financial
assistance; plus one plan denial letter of the same stay as the first statement.

Hospitals (fictional): Okehampton Regional Medical Center (logo word "OKEHAMPTON" over a rule, then "name |
Patient Financial Services | address"), Chagford Community Hospital (parent line "Member of Bideford Health System"
above the centred name). Insurers named on the hospital paper: Hartland Health Insurance Company (also the issuer of
the plan denial letter, return-address block with a signature block) and Postbridge Health Plan.
The financial-assistance paragraphs follow the plain-language summary that non-profit hospitals must publish under
IRS section 501(r) (eligibility by household income as a percent of the Federal Poverty Guidelines, how to apply,
the 240-day application window), values invented.
Truth: hospital paper is `other`, no denial, no deadline, insurer unscored, provider = the hospital (attending
accepted); the plan's own letter is a `denial_letter`.
Decoys: pay-by date, the 240-day application window, the date the insurer denied, account numbers, the hospital's
NPI, the guarantor, the financial-assistance phone line, the FPG table.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundx_famxc import (Page, address, clinician, days, digits, fdate, iso, letterhead, m2, mail_to, mixed,
                              money, npi, pairs, person, phone, usd)

FAMILY = "hospital_financial_assistance_and_denial"
LANG = "en"
HOSP = {
    "oke": dict(name="Okehampton Regional Medical Center", style="logo", logo="OKEHAMPTON",
                line2="Patient Financial Services | 900 Dunkery Way, Ishpeming, MI 49849"),
    "chag": dict(name="Chagford Community Hospital", style="parent", parent="Member of Bideford Health System",
                 line2="Business Office - 75 Belstone Row, Ishpeming, MI 49849"),
}
PAYERS = {"hart": dict(name="Hartland Health Insurance Company", claim="HH9999999999", mid="HHI999999999",
                       line2="Utilization and Claims Review | PO Box 4470 | Ishpeming, MI 49851"),
          "post": dict(name="Postbridge Health Plan", claim="PB-99999-9999", mid="PBH99999999", line2="")}
# label sets: statement date, account, patient, guarantor, attending, dates of service, total charges, payer claim
LAB = {1: ["Statement date", "Account number", "Patient", "Guarantor", "Attending physician", "Dates of service",
           "Total charges", "Insurance claim no."],
       2: ["Date of statement", "Acct #", "Patient name", "Responsible party", "Physician", "Service dates",
           "Charges", "Payer claim #"],
       3: ["Billing date", "Hospital account", "Patient", "Guarantor", "Attending", "Visit / stay",
           "Total billed", "Claim ref."],
       "es": ["Fecha del estado de cuenta", "Número de cuenta", "Paciente", "Garante", "Médico", "Fechas de servicio",
              "Cargos totales", "Núm. de reclamación del seguro"]}
WHY = {
    "mn": "Your insurance company reviewed the inpatient stay and decided it was not medically necessary.",
    "pa": "Your insurance denied this claim because no prior authorization was on file for the surgery.",
    "oon": "Your insurance plan processed this visit as out of network and paid nothing toward it.",
    "es_nc": "Su seguro negó la reclamación porque el servicio no está cubierto por su plan.",
    "elig": "Your insurance told us your coverage had ended before the date of this visit.",
    "paid": "Your insurance has paid its share. The balance below is your deductible and coinsurance.",
}
REV = [("0120", "Room and board, semi-private"), ("0250", "Pharmacy"), ("0300", "Laboratory"),
       ("0320", "Radiology - diagnostic"), ("0450", "Emergency room"), ("0360", "Operating room services"),
       ("0730", "EKG/ECG")]


def _fd(f, x):
    return fdate(x, f["ds"])


def _stay(f) -> str:
    if f["end"] == f["start"]:
        return _fd(f, f["start"])
    if f["lang"] == "es":
        return f"{_fd(f, f['start'])} al {_fd(f, f['end'])}"
    return f"{_fd(f, f['start'])} - {_fd(f, f['end'])}"


def hospital_paper(f: dict) -> bytes:
    h = HOSP[f["hosp"]]
    es = f["lang"] == "es"
    L = LAB["es" if es else f["lab"]]
    two = f["pages"] == 2
    d = Page(foot=("Página {p} de {n}" if es else "Page {p} of {n}") if two else None,
             header=f"{h['name']} - {L[1]} {f['acct']}" if two else None)
    d.add_page()
    letterhead(d, h["style"], h["name"], h["line2"], h.get("logo", ""), h.get("parent", ""))
    title = {"statement": "PATIENT STATEMENT", "fa_letter": "Important information about your bill",
             "fa_decision": "Financial Assistance Decision"}[f["paper"]]
    if es:
        title = "Información importante sobre su factura"
    d.text_line(title, 14, "B", h=7)
    d.ln(1)
    mail_to(d, f["guar"], *f["addr"])
    pay = PAYERS[f["payer"]]
    rows = [(L[0], _fd(f, f["date"])), (L[1], f["acct"]), (L[2], f["member"]),
            (L[3], f["guar"] if f["guar"] != f["member"] else ""), (L[4], f["doc"] + ", MD"), (L[5], _stay(f)),
            (L[6], usd(f["billed"], f["ms"]))]
    pairs(d, rows, kw=60)
    d.font(9, "B")
    d.cell(0, 5, "Seguro" if es else "Insurance on file", new_x="LMARGIN", new_y="NEXT")
    ins_rows = [("Aseguradora" if es else "Payer", pay["name"]), ("Núm. de miembro" if es else "Member ID", f["mid"]),
                ("Grupo" if es else "Group", f["grp"])]
    if f["show_claim"]:
        ins_rows.append((L[7], f["claim"]))
    ins_rows.append(("Fecha de la decisión del seguro" if es else "Insurance processed", _fd(f, f["processed"])))
    pairs(d, ins_rows, kw=60, size=9)
    d.para(WHY[f["why"]], 10.2)
    if f["paper"] == "statement":
        rows = []
        for code, desc, amt in f["lines"]:
            rows.append([code, desc, usd(amt, f["ms"])])
        rows.append(["*Total charges" if not es else "*Cargos totales", "", usd(f["billed"], f["ms"])])
        paid = 0.0 if f["why"] != "paid" else round(f["billed"] * 0.55, 2)
        adj = round(f["billed"] * (0.3 if f["why"] == "paid" else 0.0), 2)
        rows.append(["Insurance payments", "", "-" + usd(paid, f["ms"])])
        rows.append(["Contractual adjustment", "", "-" + usd(adj, f["ms"])])
        rows.append(["*Amount you owe", "", usd(round(f["billed"] - paid - adj, 2), f["ms"])])
        if two:
            d.para("Your itemized charges are on the next page.", 9.5)
            d.add_page()
        d.table(["Rev. code", "Description", "Amount"], rows, [30, 100, 40], aligns="LLR")
        d.para(f"Please pay by {_fd(f, days(f['date'], 25))}. Payment plans are available with no interest.", 9.5)
    elif f["paper"] == "fa_decision":
        d.text_line("Our decision", 11, "B", h=6)
        d.para(f"We received your financial assistance application on {_fd(f, f['applied'])}. Your household of "
               f"{f['hh']} reported income at {f['fpl']}% of the Federal Poverty Guidelines. You qualify for a "
               f"{f['disc']}% discount on this account. Your new balance is "
               f"{usd(round(f['billed'] * (100 - f['disc']) / 100, 2), f['ms'])}.", 10)
        d.para("If you think this decision is wrong, call our financial counselors within 30 days of the date of "
               "this letter.", 9.5)
    else:
        if es:
            d.text_line("Usted podría calificar para asistencia financiera", 11, "B", h=6)
            d.para("Si el ingreso de su hogar es igual o menor al 250% de las Guías Federales de Pobreza, su "
                   "cuenta puede reducirse hasta un 100%. Puede solicitar en cualquier momento dentro de los 240 "
                   "días después de la fecha de su primer estado de cuenta. La solicitud es gratuita.", 10)
        else:
            d.text_line("You may qualify for financial assistance", 11, "B", h=6)
            d.para("Patients with household income at or below 250% of the Federal Poverty Guidelines may receive free "
                   "or discounted care. You can apply at any time up to 240 days after the date of your first bill. "
                   "The application is free and is enclosed; you can also apply online or in person at the Business "
                   "Office, Monday through Friday, 8:00 to 4:30.", 10)
            d.table(["Household size", "250% FPG (annual)"], [["1", "$39,125"], ["2", "$52,875"], ["4", "$80,375"]],
                    [40, 40], size=8.5)
        d.para(("También puede apelar ante su seguro; llame al número en su tarjeta." if es else
                "You may also appeal to your insurance company; the phone number is on your insurance card."), 9.5)
    d.para(("Preguntas" if es else "Questions") + f": {f['ph']}   NPI {f['npi']}", 9)
    return pdf_bytes(d)


def plan_letter(f: dict) -> bytes:
    pay = PAYERS[f["payer"]]
    d = Page(foot="Page {p} of {n}", header=f"{pay['name']} - Claim {f['claim']}")
    d.add_page()
    letterhead(d, "return", pay["name"], pay["line2"])
    d.text_line(_fd(f, f["processed"]), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Notice of Adverse Benefit Determination", 13, "B", h=7)
    pairs(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
              ("Claim number", f["claim"]), ("Facility", HOSP[f["hosp"]]["name"]),
              ("Attending physician", f["doc"] + ", MD"), ("Dates of stay", _stay(f)),
              ("Billed amount", usd(f["billed"], f["ms"]))], kw=50)
    d.text_line("What we decided", 11, "B", h=6)
    d.para("We denied payment for the inpatient admission listed above. The denial is based on medical necessity: the "
           "records show the patient's chest pain was evaluated with normal tests within the first day, and the "
           "inpatient stay did not meet the plan's clinical criteria (InterQual Acute Adult). A plan physician "
           "reviewed this claim.", 10)
    d.text_line("Your right to appeal", 11, "B", h=6)
    d.para(f"You or your provider may appeal within 180 days of the date of this letter. Send your appeal to the "
           f"address above. For urgent situations you may ask for an expedited appeal, decided within 72 hours. "
           "You may also have the right to an external review by an independent review organization.", 10)
    d.para(f"Questions: {f['ph']} (TTY 711). You may ask for copies of the criteria used, free of charge.", 9.5)
    d.ln(2)
    d.text_line("Sincerely,", 10, h=5)
    d.text_line(f"{f['md']}, MD, Medical Director", 10, h=5)
    return pdf_bytes(d)


def facts(r: random.Random, i: int, spec: dict) -> dict:
    lang = spec.get("lang", "en")
    member = person(r, lang)
    guar = person(r, lang) if spec.get("child") else member
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 200))
    start = days(date, -r.randint(45, 90))
    end = days(start, spec.get("nights", 0))
    pay = PAYERS[spec["payer"]]
    codes = r.sample(REV, 4)
    lines = [(c, dsc, money(r, 180, 4200)) for c, dsc in codes]
    f = dict(spec, lang=lang, member=member, guar=guar, date=date, start=start, end=end, lines=lines,
             billed=round(sum(x[2] for x in lines), 2), acct=digits(r, 9), mid=mixed(r, pay["mid"]),
             grp=digits(r, 6), claim=mixed(r, pay["claim"]), doc=clinician(r), md=clinician(r),
             processed=days(start, r.randint(14, 30)), addr=address(r, lang), ph=phone(r), npi=npi(r),
             applied=days(date, -r.randint(5, 15)), hh=r.randint(2, 5), fpl=r.choice([180, 210, 265]),
             disc=r.choice([60, 75]))
    f["md"] = clinician(r, f["doc"])
    return f


def hosp_truth(f: dict) -> dict:
    h = HOSP[f["hosp"]]
    span = iso(f["start"], f["end"])
    alts = {"provider": [f["doc"]], "denial_date": [None]}
    if f["end"] != f["start"]:
        alts["service_dates"] = [[iso(f["start"])]]
    return truth("other", None, f["lang"], insurer=None, member_id=f["mid"], group_number=f["grp"],
                 member_name=f["member"], case_numbers=[f["claim"]] if f["show_claim"] else [],
                 claim_amount=m2(f["billed"]), service_dates=[span], denial_date=iso(f["date"]), provider=h["name"],
                 alternates=alts, unscored=["insurer"])


def plan_truth(f: dict) -> dict:
    alts = {"provider": [f["doc"]], "service_dates": [[iso(f["start"])]]}
    return truth("denial_letter", "medical_necessity", "en", insurer=PAYERS[f["payer"]]["name"], member_id=f["mid"],
                 group_number=f["grp"], member_name=f["member"], case_numbers=[f["claim"]],
                 claim_amount=m2(f["billed"]), service_dates=[iso(f["start"], f["end"])],
                 denial_date=iso(f["processed"]), provider=HOSP[f["hosp"]]["name"],
                 appeal_deadline=iso(days(f["processed"], 180)), alternates=alts)


PLAN = [
    ("hospital_financial_assistance_and_denial_bd_statement_mn", "born_digital",
     dict(hosp="oke", payer="hart", paper="statement", why="mn", lab=1, ds="slash", ms="plain", nights=2,
          show_claim=True, pages=1)),
    ("hospital_financial_assistance_and_denial_bd_plan_letter", "born_digital", "plan"),
    ("hospital_financial_assistance_and_denial_scan_fa_pa", "scan_clean_300",
     dict(hosp="chag", payer="post", paper="fa_letter", why="pa", lab=2, ds="long", ms="nosign", nights=1,
          show_claim=True, pages=1, child=True)),
    ("hospital_financial_assistance_and_denial_lowres_statement_oon", "scan_lowres_150",
     dict(hosp="chag", payer="hart", paper="statement", why="oon", lab=3, ds="abbr", ms="plain", nights=0,
          show_claim=False, pages=2)),
    ("hospital_financial_assistance_and_denial_copy_es", "photocopy",
     dict(hosp="oke", payer="post", paper="fa_letter", why="es_nc", lab="es", ds="es", ms="plain", nights=0,
          show_claim=True, pages=1, lang="es")),
    ("hospital_financial_assistance_and_denial_phone_decision_elig", "phone_photo",
     dict(hosp="oke", payer="post", paper="fa_decision", why="elig", lab=2, ds="dmy", ms="space", nights=3,
          show_claim=True, pages=1)),
    ("hospital_financial_assistance_and_denial_rot_statement_paid", "rotated",
     dict(hosp="chag", payer="hart", paper="statement", why="paid", lab=1, ds="iso", ms="bare", nights=0,
          show_claim=True, pages=1)),
]


def documents(rng) -> list[Item]:
    items, first = [], None
    for i, (stem, cond, spec) in enumerate(PLAN):
        if spec == "plan":
            items.append(Item(stem, cond, [(plan_letter(first), plan_truth(first))]))
            continue
        f = facts(random.Random(99600 + i), i, spec)
        first = first or f
        items.append(Item(stem, cond, [(hospital_paper(f), hosp_truth(f))]))
    return items
