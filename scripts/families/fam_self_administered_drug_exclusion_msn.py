"""Family 'self_administered_drug_exclusion_msn': Medicare Summary Notices, an invented Part A/B MAC's
redetermination letter and a hospital's outpatient bill and letter on drugs given in a hospital outpatient
department during an observation stay that Part B excludes as usually self-administered (the MAC's
self-administered drug exclusion list: insulin, oral drugs, some injectables; revenue code 0637 or NDC lines).
The notices tell the beneficiary to send the pharmacy receipt to the Part D plan. One paid claim (the observation
services and an IV drug, nothing excluded); one Spanish MSN.

Modelled from memory on the public MSN layout ("Your Claims & Costs This Period", "If you disagree ... appeal by",
120 days) and on redetermination notices (180 days to ask a Qualified Independent Contractor). All people,
numbers, hospitals and the contractor "Larchmont Basin Medicare Administrative Services" invented.
Decoys: the attending physician, the hospital NPI, 1-800-MEDICARE, the MSN period, the Part D plan's phone,
the date the redetermination request was received, the amount the beneficiary may be billed.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "self_administered_drug_exclusion_msn"
LANG = "en"
MAC = "Larchmont Basin Medicare Administrative Services"
FIRST = ["Oswaldo", "Philippa", "Kwabena", "Ingrid", "Tomasz", "Aiyana", "Rukmini", "Cornelius", "Hyun-woo", "Ludmila"]
LAST = ["Fairweather", "Okonkwo-Baines", "Lindqvist", "Pazderka", "Achterberg", "Moriyama", "Ellsworth", "Dunleavy"]
FIRST_ES = ["Anacleto", "Remedios", "Eulalia", "Fulgencio"]
LAST_ES = ["Barrientos", "Echeverría", "Maldonado", "Quiñones"]
DOCS = ["Ifeoma Radcliffe-Obi, MD", "Stanislav Verhoeven, DO", "Priyanka Castellano, MD", "Bartholomew Ng, MD"]
HOSP = ["Cedar Fork Regional Medical Center", "Saint Ambrose Valley Hospital", "Millbrook Lakes Community Hospital",
        "Harrowgate Memorial Hospital"]
ADDR = [("2210 Tolland Mill Road", "Ashcombe, OH 45913"), ("77 Keswick Terrace", "Pelham Ridge, MO 64092"),
        ("930 Quillen Avenue", "Dorrance Falls, NC 27561"), ("15 Bramblegate Court", "Westerly Pines, AZ 85641")]
ADDR_ES = [("4102 Calle Bellota", "Pharr Creek, TX 78598"), ("88 Avenida Pinar", "Osceola Grove, FL 33857")]
# (code, ndc, description, excluded?)
SAD = [("J1815", "00169-7501-11", "Insulin lispro, per 5 units", True),
       ("J3490", "00088-2220-33", "Insulin glargine pen (unclassified drug)", True),
       ("J8499", "00093-1048-01", "Metoprolol tartrate 25 mg oral tablet", True),
       ("J8499", "00591-0405-01", "Acetaminophen 500 mg oral tablet", True),
       ("J8499", "68180-0513-03", "Lisinopril 10 mg oral tablet", True),
       ("J3490", "00078-0432-05", "Enoxaparin 40 mg prefilled syringe", True)]
SAD_ES = {"J1815": "Insulina lispro, cada 5 unidades", "J3490": "Medicamento inyectable autoadministrado",
          "J8499": "Medicamento oral (tableta)"}
COVERED = [("G0378", "", "Hospital observation service, per hour", False),
           ("96365", "", "IV infusion, first hour", False),
           ("J0696", "", "Ceftriaxone injection, per 250 mg", False)]


def person(r, lang):
    f = r.choice(FIRST_ES if lang == "es" else FIRST)
    m = r.choice("BCDEGHJKLMRSTW")
    la = r.choice(LAST_ES if lang == "es" else LAST)
    return f"{f} {m}. {la}", f, m, la


def mbi(r):
    a, n = "ACDEFGHJKMNPQRTUVWXY", "0123456789"
    return (r.choice("123456789") + r.choice(a) + r.choice(a + n) + r.choice(n) + "-" + r.choice(a) +
            r.choice(a + n) + r.choice(n) + "-" + r.choice(a) + r.choice(a) + r.choice(n) + r.choice(n))


def dig(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))


def facts(i: int, kind: str, ds: str, lang: str) -> dict:
    r = random.Random(197500 + i)
    msn = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 180))
    start = msn - dt.timedelta(days=r.randint(35, 75))
    stay = [start, start + dt.timedelta(days=1)] if r.random() < 0.7 else [start]
    lines = []
    if kind == "paid":
        for d in stay:
            lines.append((d, *COVERED[0], round(r.uniform(900, 1600), 2)))
        lines.append((stay[0], *COVERED[1], round(r.uniform(280, 420), 2)))
        lines.append((stay[-1], *COVERED[2], round(r.uniform(40, 95), 2)))
    else:
        drugs = r.sample(SAD, 3)
        for d in stay:
            for dr in drugs[:2 if len(stay) > 1 else 3]:
                lines.append((d, *dr, round(r.uniform(9, 140), 2)))
    total = round(sum(x[-1] for x in lines), 2)
    m = person(r, lang)
    return dict(kind=kind, ds=ds, lang=lang, msn=msn, stay=stay, lines=lines, total=total, member=m,
                addr=r.choice(ADDR_ES if lang == "es" else ADDR), mbi=mbi(r), hosp=r.choice(HOSP),
                hnpi=r.choice("12") + dig(r, 9), attending=r.choice(DOCS), claim=dig(r, 5) + "-" + dig(r, 9),
                deadline=msn + dt.timedelta(days=120), acct=dig(r, 8), partd="1-8" + dig(r, 2) + "-55" + dig(r, 1) +
                "-" + dig(r, 4), redet_no="RD" + dig(r, 10), recv=msn + dt.timedelta(days=r.randint(20, 50)),
                decision=msn + dt.timedelta(days=r.randint(70, 100)))


def d8(d, ds):
    return fmt_date(d, ds)


def msn(d: Doc, f: dict, ndc: bool = False) -> None:
    es, ds, m = f["lang"] == "es", f["ds"], f["member"]
    d.add_page()
    d.text_line("Resumen de Medicare (MSN)" if es else "Medicare Summary Notice", 16, "B")
    d.text_line("para la Parte B (Seguro Médico)" if es else "for Part B (Medical Insurance)", 11)
    d.text_line(("El aviso para " if es else "The Notice for ") + m[0].upper(), 10)
    for ln in f["addr"]:
        d.text_line(ln, 9)
    d.ln(2)
    d.boxes([("Número de Medicare" if es else "Medicare Number", f["mbi"], 52),
             ("Fecha de este aviso" if es else "Date of this notice", d8(f["msn"], ds), 52),
             ("Reclamos procesados entre" if es else "Claims processed between",
              f"{fmt_date(f['msn'] - dt.timedelta(days=90), 'slash')} - {fmt_date(f['msn'], 'slash')}", 72)])
    d.ln(3)
    paid = f["kind"] == "paid"
    d.para(("Si no está de acuerdo con alguna decisión, puede presentar una apelación antes del " if es else
            "If you disagree with any claims decisions, you can file an appeal by ") + d8(f["deadline"], ds) +
           (". Vea la última página." if es else ". See the last page for how to appeal."), 10)
    d.text_line("Sus reclamos y costos este período" if es else "Your Claims & Costs This Period", 12, "B")
    d.text_line(("Servicios de hospital para pacientes externos de " if es else "Outpatient Hospital Services from ")
                + f["hosp"], 10, "B")
    d.text_line(("Número de reclamo: " if es else "Claim number: ") + f["claim"], 9.5)
    d.text_line(("Médico de cabecera: " if es else "Attending physician: ") + f["attending"] +
                ("   NPI del hospital " if es else "   Hospital NPI ") + f["hnpi"], 9.5)
    stay = f["stay"]
    span = fmt_date(stay[0], "slash") + ("" if len(stay) == 1 else " - " + fmt_date(stay[-1], "slash"))
    d.text_line(("Estadía de observación: " if es else "Observation stay: ") + span, 9.5)
    d.ln(1)
    rows = []
    for dd, code, nd, desc, excl, amt in f["lines"]:
        name = SAD_ES.get(code, desc) if es else desc
        svc = (f"{name[:38]} (NDC {nd})" if ndc and nd else f"{name[:40]} ({'0637 ' if excl else ''}{code})")
        appr = 0.0 if excl else round(amt * 0.41, 2)
        owe = amt if excl else round(appr * 0.2, 2)
        rows.append([fmt_date(dd, "slash"), svc, ("No" if excl else "Sí") if es else ("No" if excl else "Yes"),
                     fmt_money(amt), fmt_money(appr), fmt_money(round(appr * 0.8, 2)), fmt_money(owe),
                     "A" if excl else ""])
    rows.append(["*", "Total" if not es else "Total del reclamo", "", fmt_money(f["total"]), "", "", "", ""])
    hd = (["Fecha", "Servicio", "¿Aprobó?", "Cargo", "Aprobado", "Pagó Medicare", "Puede deber", "Nota"] if es else
          ["Date", "Service Provided", "Approved?", "Charged", "Approved", "Medicare Paid", "May Be Billed",
           "See"])
    d.table(hd, rows, [19, 70, 15, 17, 17, 18, 18, 8], size=7.2, aligns="LLLRRRRL")
    if not paid:
        d.para(("A  Medicare no paga por medicamentos que usted normalmente se administra a sí mismo (lista de "
                "exclusión de medicamentos autoadministrados del contratista de Medicare), aunque se los hayan dado "
                "en el departamento de pacientes externos del hospital. Si tiene un plan de medicamentos de Medicare "
                "(Parte D), envíe la factura del hospital a su plan de la Parte D; puede que le reembolse parte del "
                "costo.") if es else
               ("A  Medicare Part B does not pay for drugs you would normally take on your own (self-administered "
                "drugs such as insulin and pills), even when the hospital gave them to you during an outpatient or "
                "observation stay. These drugs are on the Medicare contractor's self-administered drug exclusion "
                "list. If you have a Medicare drug plan (Part D), send the hospital's itemized bill with a claim "
                "form to your Part D plan; it may pay part of the cost. Part D plan customer service: "
                f"{f['partd']}."), 9)
    else:
        d.para("Medicare approved all services on this claim. You may owe the 20% coinsurance shown above.", 9)
    d.text_line("Cómo apelar" if es else "How to Handle Denied Claims or Appeal", 11, "B")
    d.para(("Su apelación debe llegar a " + MAC + " dentro de los 120 días de la fecha de este aviso, o sea "
            "antes del " + d8(f["deadline"], ds) + ". Llame al 1-800-MEDICARE (1-800-633-4227).") if es else
           (f"Your appeal must be received by {MAC} within 120 days of the date of this notice, by "
            f"{d8(f['deadline'], ds)}. Circle the items you disagree with and explain why. Questions? Call "
            "1-800-MEDICARE (1-800-633-4227)."), 9.5)


def redetermination(d: Doc, f: dict) -> None:
    ds, m = f["ds"], f["member"]
    d.add_page()
    d.text_line(MAC, 14, "B")
    d.text_line("Part A/B Redeterminations  ·  P.O. Box 41087  ·  Ferrisburg, IN 46229", 8.5)
    d.rule()
    d.text_line(d8(f["decision"], ds))
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln)
    d.ln(2)
    d.text_line("MEDICARE REDETERMINATION NOTICE", 12, "B")
    d.table(["", ""], [["Beneficiary", m[0]], ["Medicare Number", f["mbi"]], ["Claim Number", f["claim"]],
                       ["Appeal Number", f["redet_no"]], ["Provider", f["hosp"]],
                       ["Dates of Service", " - ".join(d8(x, ds) for x in (f["stay"][0], f["stay"][-1]))
                        if len(f["stay"]) > 1 else d8(f["stay"][0], ds)],
                       ["Request received", d8(f["recv"], ds)]], [45, 120], size=9.5, border_head="")
    d.para(f"Dear {m[1]} {m[3]}:")
    d.para("We have reviewed your request for a redetermination of the drugs you received in the outpatient "
           f"department of {f['hosp']} while you were under observation (attending physician "
           f"{f['attending']}). Our decision is UNFAVORABLE: Medicare will not pay for these items.")
    d.text_line("Why we made this decision", 11, "B")
    d.para("Medicare Part B covers drugs furnished incident to a physician's service only when they are not usually "
           "self-administered. Insulin, oral tablets and the other drugs billed under revenue code 0637 are on our "
           "self-administered drug exclusion list, so they are excluded from Part B no matter where they were "
           f"given. The charges total {fmt_money(f['total'])}. You may submit the hospital's receipt to your "
           "Medicare Part D prescription drug plan, which may cover them as out-of-network pharmacy claims.")
    d.text_line("If you disagree", 11, "B")
    d.para("You may ask a Qualified Independent Contractor (QIC) for a reconsideration. Your request must be filed "
           f"within 180 days of receiving this notice, no later than {d8(f['decision'] + dt.timedelta(days=185), ds)}"
           ". Use form CMS-20033.")
    d.para("Sincerely,\nRedeterminations Unit")


def hospital_bill(d: Doc, f: dict) -> None:
    ds, m = f["ds"], f["member"]
    d.add_page()
    d.text_line(f["hosp"], 14, "B")
    d.text_line("Patient Financial Services  ·  NPI " + f["hnpi"], 9)
    d.rule()
    d.text_line("PATIENT STATEMENT - OUTPATIENT / OBSERVATION", 12, "B")
    d.boxes([("Statement date", d8(f["msn"] + dt.timedelta(days=9), ds), 40), ("Patient", m[0], 60),
             ("Account no.", f["acct"], 35), ("Medicare No.", f["mbi"], 40)])
    d.ln(3)
    d.text_line("Attending: " + f["attending"], 9)
    rows = [[fmt_date(dd, "slash"), "0637", nd, desc[:42], fmt_money(a)] for dd, _c, nd, desc, _e, a in f["lines"]]
    rows.append(["*", "", "", "Total charges", fmt_money(f["total"])])
    rows.append(["", "", "", "Medicare Part B payment", fmt_money(0)])
    rows.append(["*", "", "", "Balance due from patient", fmt_money(f["total"])])
    d.table(["Date", "Rev", "NDC", "Description", "Amount"], rows, [22, 14, 32, 84, 26], size=8.5,
            aligns="LLLLR")
    d.para("Medicare denied these self-administered drugs (Part B exclusion). Please send a copy of this statement "
           "to your Medicare Part D plan for possible reimbursement, then pay the remaining balance. If you "
           "disagree with Medicare's decision, follow the appeal instructions on your Medicare Summary Notice "
           f"(claim {f['claim']}).", 9.5)


def hospital_letter(d: Doc, f: dict) -> None:
    ds, m = f["ds"], f["member"]
    d.add_page()
    d.text_line(f["hosp"], 14, "B")
    d.text_line("Office of Patient Access and Medicare Billing", 9)
    d.rule()
    d.text_line(d8(f["msn"] + dt.timedelta(days=6), ds))
    d.ln(2)
    for ln in (m[0], *f["addr"]):
        d.text_line(ln)
    d.ln(2)
    d.text_line(f"Re: Self-administered drugs, observation stay {d8(f['stay'][0], ds)}", 10, "B")
    d.text_line(f"Medicare Number {f['mbi']}  ·  Medicare claim {f['claim']}", 10)
    d.ln(2)
    d.para(f"Dear {m[1]} {m[3]},")
    d.para("While you were in observation status, our pharmacy gave you medicines you usually take at home. "
           f"Medicare ({MAC}) processed our claim on {d8(f['msn'], ds)} and denied these drugs because Part B "
           "excludes self-administered drugs:")
    d.table(["Date", "Drug", "Charge"], [[d8(dd, ds), desc, fmt_money(a)] for dd, _c, _n, desc, _e, a in f["lines"]]
            + [["*", "Total", fmt_money(f["total"])]], [40, 100, 30], size=9, aligns="LLR")
    d.para("You may send this letter and the enclosed itemized receipt to your Medicare Part D drug plan. If you "
           "believe Medicare is wrong, you have the right to appeal; Medicare must receive your appeal by "
           f"{d8(f['deadline'], ds)} (120 days from the date of your Medicare Summary Notice). Your attending "
           f"physician was {f['attending']}.")
    d.para("Patient Access Services")


def build(f: dict) -> bytes:
    d = Doc("Helvetica")
    k = f["kind"]
    if k == "redet":
        redetermination(d, f)
    elif k == "bill":
        hospital_bill(d, f)
    elif k == "letter":
        hospital_letter(d, f)
    else:
        msn(d, f, ndc=k == "ndc")
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    dates = [iso(x) for x in f["stay"]]
    common = dict(member_id=f["mbi"], member_name=f["member"][0], claim_amount=m2(f["total"]),
                  service_dates=dates, provider=f["hosp"])
    alt_dates = {"service_dates": [[iso(f["stay"][0], f["stay"][-1])]]} if len(f["stay"]) > 1 else {}
    if k == "redet":
        return truth("denial_letter", "not_covered", "en", insurer=MAC, case_numbers=[f["claim"], f["redet_no"]],
                     denial_date=iso(f["decision"]), appeal_deadline=iso(f["decision"] + dt.timedelta(days=185)),
                     alternates={"insurer": ["Medicare"], **alt_dates}, **common)
    if k == "bill":
        # a provider's statement: no denial type by convention; the MSN's appeal instructions carry no date here
        return truth("other", None, "en", insurer=f["hosp"], case_numbers=[f["claim"]],
                     denial_date=iso(f["msn"] + dt.timedelta(days=9)), appeal_deadline=None,
                     unscored=["insurer"], denial_alternates=["not_covered"], type_alternates=["denial_letter"],
                     alternates=alt_dates, **common)
    if k == "letter":
        return truth("denial_letter", "not_covered", "en", insurer=f["hosp"], case_numbers=[f["claim"]],
                     denial_date=iso(f["msn"] + dt.timedelta(days=6)), appeal_deadline=iso(f["deadline"]),
                     alternates={"insurer": [MAC, "Medicare"], **alt_dates}, type_alternates=["other"], **common)
    if k == "paid":
        return truth("eob", None, "en", insurer="Medicare", case_numbers=[f["claim"]], denial_date=iso(f["msn"]),
                     appeal_deadline=iso(f["deadline"]), alternates={"insurer": [MAC], **alt_dates}, **common)
    return truth("eob", "not_covered", f["lang"], insurer="Medicare", case_numbers=[f["claim"]],
                 denial_date=iso(f["msn"]), appeal_deadline=iso(f["deadline"]),
                 alternates={"insurer": [MAC], **alt_dates}, **common)


PLAN = [  # suffix, condition, kind, date style, lang
    ("bd_msn_insulin_oral_rev0637", "born_digital", "msn", "long", "en"),
    ("bd_msn_paid_observation_iv", "born_digital", "paid", "slash", "en"),
    ("scan300_mac_redetermination_unfavorable", "scan_clean_300", "redet", "abbr", "en"),
    ("lowres_hospital_statement_rev0637", "scan_lowres_150", "bill", "slash", "en"),
    ("copy_msn_es_autoadministrados", "photocopy", "msn", "es", "es"),
    ("phone_msn_ndc_lines", "phone_photo", "ndc", "iso", "en"),
    ("rotated_hospital_letter_part_d", "rotated", "letter", "dmy", "en"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds, lang) in enumerate(PLAN):
        f = facts(i, kind, ds, lang)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    return items
