"""Family 'ny_workers_comp_c81_treatment_objection_notice' (public-ish): a New York workers' compensation
carrier's notice objecting to a medical bill or treatment in the shape of the Board's C-8.1B "Notice of Treatment
Issue/Disputed Bill Issue" (claimant, carrier case number, WCB case number, date of injury, employer, a reason
box with one reason checked), with the treating provider's bill to the carrier, the carrier's letter in
sentences, a standard-fax stack (cover, a one-page objection and the carrier's request for medical reports),
the carrier's granted variance (denies nothing) and a Spanish letter to the claimant.

Decoys: date of injury, WCB carrier code (W-number), NPI, WCB rating code, IME exam dates, bill-received dates,
employer name and policy number, form numbers (C-8.1B, HP-1.0, MG-2, C-4), phone numbers, the 30-day arbitration
and 8-business-day limits. Everything is fictional: Hudson Palisade Mutual Insurance Company, the clinic, the
claimants and all numbers are invented; the form's structure follows the public Board form.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "ny_workers_comp_c81_treatment_objection_notice"
LANG = "en"
SEED = 344600

CARRIER = "Hudson Palisade Mutual Insurance Company"
CARRIER_SHORT = "Hudson Palisade Mutual"
CAR_ADDR = "Workers' Compensation Claims, 1200 Tappan Ridge Road, Nyack Falls, NY 10961"
CAR_PHONE = "(845) 555-0147"
WCODE = "W" + "208913"
CLINIC = "Mohawk Crossing Orthopedic & Spine, PLLC"
CLINIC_ADDR = "77 Canal Landing, Utica Mills, NY 13505"
DOCS = ["Ignatius R. Wexford, MD", "Priyanka L. Dunmore, DO", "Tobias E. Halvorsen, DC"]
PEOPLE = ["Desmond A. Pemberton", "Marisol J. Ibarra", "Kwame O. Rutledge", "Ingrid S. Valdez",
          "Percy N. Underhill", "Beatriz C. Trevino", "Ramón E. Figueroa"]
EMPLOYERS = ["Catskill Freight Lines, Inc.", "Lakeshore Paper Converting Co.", "Tri-County Roofing LLC"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def base(r, i):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 100))
    dos = sorted(notice - dt.timedelta(days=d) for d in r.sample(range(20, 50), r.choice([1, 2, 3])))
    doi = notice - dt.timedelta(days=r.randint(200, 600))
    fee = r.choice([142.18, 156.40, 171.92, 188.65])
    return dict(notice=notice, dos=dos, doi=doi, fee=fee, total=round(fee * len(dos), 2), who=PEOPLE[i],
                wcb="G" + dg(r, 7), ccn=f"{r.choice(['301', '318', '327'])}-{dg(r, 6)}-{r.randint(10, 99)}",
                npi="1" + dg(r, 9), emp=r.choice(EMPLOYERS), doc=DOCS[i % 3], ime=notice - dt.timedelta(days=r.randint(8, 15)),
                brecv=notice - dt.timedelta(days=r.randint(10, 18)),
                street=f"{r.randint(12, 980)} {r.choice(['Genesee St', 'Oriskany Blvd', 'Whitesboro Rd'])}")


def addr(p, f):
    p.para(f"{f['who']}\n{f['street']}\nUtica Mills, NY 13502", 9.5)


def dos_txt(f, ds, lang="en"):
    ds_ = [fdate(d, ds, lang) for d in f["dos"]]
    return ", ".join(ds_)


def c81b(f, ds, reason, short=False):
    p = Page(footer=None, footer_left="C-8.1B (1-22)   www.wcb.ny.gov   Copy to Board, claimant, provider")
    p.add_page()
    p.line("WORKERS' COMPENSATION BOARD OF THE STATE OF NEW YORK", 8)
    p.line("NOTICE OF TREATMENT ISSUE/DISPUTED BILL ISSUE", 13, "B")
    p.line(f"Filed by: {CARRIER}   Carrier code {WCODE}   {CAR_PHONE}", 8.5)
    p.ln(2)
    p.boxed_pairs([("WCB Case No.", f["wcb"]), ("Carrier Case No.", f["ccn"]),
                   ("Date of Injury", fdate(f["doi"], ds)), ("Claimant Name", f["who"]),
                   ("Claimant Address", f"{f['street']}, Utica Mills, NY 13502"),
                   ("Employer", f["emp"]), ("Carrier Name", CARRIER)], 50, 8.5, h=5.6)
    p.heading("PART A - Health Care Provider / Bill", 10, gap=0.5)
    rows = [[fdate(d, ds), "97110 / 97140", "Therapeutic exercise, manual therapy", money(f["fee"], "nosign")]
            for d in f["dos"]]
    rows.append(["", "", "Amount of bill", money(f["total"], "nosign")])
    p.pairs([("Provider", f"{f['doc']}, {CLINIC}"), ("NPI", f["npi"]),
             ("Bill received", fdate(f["brecv"], ds))], 30, 8.5, h=4.8)
    p.table(["Date of service", "Codes", "Treatment", "Billed"], rows, [32, 28, 90, 26], size=8,
            aligns=["L", "L", "L", "R"], bold_last=True, row_h=5)
    p.heading("PART B - Reason for Objection (check one)", 10, gap=0.5)
    opts = ["The carrier has not accepted the claim / the body part is not established.",
            "The treatment is not medically necessary (IME or records review attached).",
            "The treatment is not causally related to the established injury.",
            "The bill was not submitted within 120 days of the date of service.",
            "The treatment exceeds the Medical Treatment Guidelines and no variance (MG-2) was granted."]
    for k, o in enumerate(opts):
        p.para(("[X] " if k == reason else "[  ] ") + o, 8.5, gap=0.3)
    if reason == 1:
        p.para(f"Explanation: The independent medical examination of {fdate(f['ime'], ds)} found the claimant at "
               "maximum medical improvement for the lumbar spine; further physical therapy is not medically "
               "necessary.", 8.5)
    else:
        p.para("Explanation: The treatment was directed to the cervical spine; only the right shoulder is "
               "established in this claim.", 8.5)
    p.ln(1)
    p.para(f"Date of this notice: {fdate(f['notice'], ds)}   Prepared by: Lorraine G. Strand, Medical Bill Examiner",
           8.5)
    if not short:
        p.heading("Rights of the Health Care Provider", 9.5, gap=0.5)
        p.para("If you disagree, you may request arbitration or a hearing by filing Form HP-1.0 within 30 days of "
               "the date of this notice. The carrier must pay the undisputed part of the bill. Objections to a "
               "treatment request must be made within 8 business days of receipt.", 8)
    else:
        p.para("Provider may file Form HP-1.0 within 30 days of the date of this notice.", 8)
    return out(p)


def bill(f, ds):
    p = Page(footer=None, footer_left=f"{CLINIC}   Tax ID 16-{dg(random.Random(5), 7)}   NYS WCB Auth. No. PT-44718")
    p.add_page()
    p.line(CLINIC, 14, "B")
    p.line(f"{CLINIC_ADDR}   Billing (315) 555-0128", 8.5)
    p.ln(4)
    p.para(f"BILL TO:\n{CARRIER}\n{CAR_ADDR}", 9)
    p.pairs([("Bill date", fdate(f["bdate"], ds)), ("Patient", f["who"]), ("WCB case #", f["wcb"]),
             ("Carrier case #", f["ccn"]), ("Date of accident", fdate(f["doi"], ds)), ("Employer", f["emp"]),
             ("Rendering provider", f"{f['doc']}   NPI {f['npi']}"), ("Patient account", f["acct"])], 42, 9)
    p.ln(2)
    rows = [[fdate(d, ds), "97110", "Therapeutic exercise, 2 units", money(round(f["fee"] * 0.55, 2))]
            for d in f["dos"]] + \
           [[fdate(d, ds), "97140", "Manual therapy, 1 unit", money(round(f["fee"] - round(f["fee"] * 0.55, 2), 2))]
            for d in f["dos"]]
    rows.sort(key=lambda x: x[0])
    rows.append(["", "", "TOTAL CHARGES", money(f["total"])])
    p.table(["Date", "CPT", "Service", "Charge"], rows, [32, 20, 96, 28], size=8.5, border=0,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para("Fees per the New York Workers' Compensation Medical Fee Schedule. Diagnosis: M54.16. Reports (C-4.2) "
           "enclosed. Please remit within 45 days.", 8.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CARRIER, 14, "B")
    p.line(f"{CAR_ADDR}   {CAR_PHONE}", 8)
    p.ln(5)
    p.line(fdate(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]}:", 10)
    p.para(f"We are writing about your workers' compensation claim, which the Board knows as case {f['wcb']} and "
           f"we know as claim {f['ccn']}. {f['doc']} of {CLINIC} billed us {money(f['total'])} for physical "
           f"therapy you received on {dos_txt(f, ds)}.", 10)
    p.para(f"After an independent medical examination on {fdate(f['ime'], ds)}, the examining doctor found that "
           "further therapy for your lower back is not medically necessary, so we have objected to this bill on a "
           "Notice of Treatment Issue/Disputed Bill Issue sent to the Board and to your doctor today. This does "
           "not change the payments for your lost time.", 10)
    p.para("Your doctor may ask the Board for arbitration or a hearing within 30 days of the date of this letter. "
           "You may also ask your attorney or the Board's Advocate for Injured Workers for help.", 10)
    p.para("Sincerely,\n\nLorraine G. Strand\nMedical Bill Examiner", 10)
    return out(p)


def records_request(f, ds):
    p = Page(footer=None, footer_left="HPM-RR-2")
    p.add_page()
    p.line(CARRIER.upper(), 13, "B")
    p.line(CAR_ADDR, 8)
    p.ln(4)
    p.pairs([("Date", fdate(f["rdate"], ds)), ("To", f"{f['doc']}, {CLINIC}"), ("Claimant", f["who"]),
             ("WCB case", f["wcb"]), ("Our claim", f["ccn"]), ("Date of injury", fdate(f["doi"], ds))], 30, 9)
    p.heading("REQUEST FOR MEDICAL REPORTS", 11.5, rule=True)
    p.para(f"To review your bill for services on {dos_txt(f, ds)} we need the treating provider's narrative reports "
           "(C-4.2 or equivalent), the therapy notes and the treatment plan. Please send them within 15 days. "
           f"Fax {CAR_PHONE[:-4]}0150.", 9.5)
    return out(p)


def variance(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="MG-2 response")
    p.add_page()
    p.line(CARRIER, 13, "B")
    p.line(CAR_ADDR, 8)
    p.ln(4)
    p.line(fdate(f["vdate"], ds), 10)
    p.ln(2)
    p.para(f"{f['doc']}\n{CLINIC}\n{CLINIC_ADDR}", 9.5)
    p.heading("Response to Request for Approval of Variance (MG-2) - GRANTED", 11.5, rule=True)
    p.pairs([("Claimant", f["who"]), ("WCB Case No.", f["wcb"]), ("Carrier Case No.", f["ccn"]),
             ("Variance requested", fdate(f["vreq"], ds)),
             ("Treatment dates", f"{fdate(f['dos'][0], ds)} - {fdate(f['dos'][-1], ds)}")], 44, 9)
    p.para("The carrier grants the variance for 6 additional physical therapy visits beyond the Mid and Low Back "
           "Injury Medical Treatment Guidelines. The bill will be paid according to the fee schedule.", 9.5)
    return out(p)


def es_letter(f, ds):
    p = Page(footer=None)
    p.add_page()
    p.line(CARRIER, 14, "B")
    p.line(f"{CAR_ADDR}   {CAR_PHONE}", 8)
    p.ln(4)
    p.line(fdate(f["notice"], "long", "es"), 10)
    p.ln(2)
    addr(p, f)
    p.heading("Aviso de objeción a una factura médica", 12, rule=True)
    p.pairs([("Reclamante", f["who"]), ("Caso de la WCB", f["wcb"]), ("Número de caso de la aseguradora", f["ccn"]),
             ("Fecha de la lesión", fdate(f["doi"], "long", "es")), ("Empleador", f["emp"])], 66, 9.5)
    p.ln(2)
    p.para(f"{f['doc']}, de {CLINIC}, nos facturó {money(f['total'])} por terapia física del "
           f"{dos_txt(f, 'long', 'es')}. Objetamos esta factura porque el tratamiento se dirigió al cuello, y en su "
           "caso solo está establecido el hombro derecho. El tratamiento no tiene relación causal con la lesión "
           "establecida.", 10)
    p.para("Su médico puede solicitar arbitraje o una audiencia (formulario HP-1.0) dentro de 30 días a partir de la "
           "fecha de este aviso. Sus pagos por tiempo perdido no cambian.", 10)
    return out(p)


ITEMS = [
    ("bd_c81b_not_medically_necessary", "born_digital", "c81b", "slash"),
    ("scan300_provider_bill_to_carrier", "scan_clean_300", "bill", "long"),
    ("copy_c81b_not_causally_related", "photocopy", "c81b_causal", "dmy"),
    ("faxstd_stack_c81b_and_records_request", "fax_standard_g4", "stack", "dash"),
    ("photo_carrier_letter_prose", "phone_photo", "prose", "long"),
    ("rotated_variance_granted", "rotated", "variance", "abbr"),
    ("lowres_aviso_objecion_es", "scan_lowres_150", "es", "es"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd, sd, amt = f["notice"].isoformat(), [d.isoformat() for d in f["dos"]], m2(f["total"])
        prov_alt = {"provider": [f["doc"].rsplit(",", 1)[0], CLINIC]}
        common = dict(member_name=f["who"], provider=f["doc"], case_numbers=[f["wcb"], f["ccn"]],
                      claim_amount=amt, service_dates=sd)
        ad = (f["notice"] + dt.timedelta(days=30)).isoformat()
        if kind in ("c81b", "c81b_causal"):
            causal = kind == "c81b_causal"
            t = truth("denial_letter", "other" if causal else "medical_necessity", insurer=CARRIER,
                      denial_date=nd, appeal_deadline=ad, alternates=prov_alt,
                      denial_alternates=["not_covered"] if causal else ["other"], **common)
            items.append(Item(name, cond, [(c81b(f, ds, 2 if causal else 1), t)]))
        elif kind == "bill":
            f["bdate"] = f["dos"][-1] + dt.timedelta(days=r.randint(3, 9))
            f["acct"] = "MC-" + dg(r, 6)
            t = truth("other", None, denial_date=f["bdate"].isoformat(), unscored=["insurer"],
                      alternates={**prov_alt, "case_numbers": [[]]}, **common)
            items.append(Item(name, cond, [(bill(f, ds), t)]))
        elif kind == "stack":
            f["rdate"] = f["notice"] + dt.timedelta(days=r.randint(2, 6))
            t1 = truth("denial_letter", "medical_necessity", insurer=CARRIER, denial_date=nd, appeal_deadline=ad,
                       alternates=prov_alt, denial_alternates=["other"], **common)
            t2 = truth("other", None, insurer=CARRIER, denial_date=f["rdate"].isoformat(), alternates=prov_alt,
                       **{**common, "claim_amount": None}, )
            items.append(Item(name, cond, [(c81b(f, ds, 1, short=True), t1), (records_request(f, ds), t2)],
                              separators=["cover", None]))
        elif kind == "prose":
            t = truth("denial_letter", "medical_necessity", insurer=CARRIER, denial_date=nd, appeal_deadline=ad,
                      alternates=prov_alt, denial_alternates=["other"], **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "variance":
            f["vdate"] = f["notice"]
            f["vreq"] = f["notice"] - dt.timedelta(days=r.randint(5, 8))
            t = truth("other", None, insurer=CARRIER, denial_date=f["vdate"].isoformat(), alternates=prov_alt,
                      **{**common, "claim_amount": None})
            items.append(Item(name, cond, [(variance(f, ds), t)]))
        else:
            t = truth("denial_letter", "other", lang="es", insurer=CARRIER, denial_date=nd, appeal_deadline=ad,
                      alternates=prov_alt, denial_alternates=["not_covered"], **common)
            items.append(Item(name, cond, [(es_letter(f, ds), t)]))
    return items
