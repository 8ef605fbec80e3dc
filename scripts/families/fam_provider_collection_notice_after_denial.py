"""Family 'provider_collection_notice_after_denial': a provider billing office's past-due / final notice, or a
collection agency's validation notice, about the balance left after the patient's insurer denied or reduced a claim.
The notice quotes the insurer's name and reason in a sentence (prior authorization not obtained, out-of-network
reduction, coverage not active, another plan primary, "not needed for your condition" in plain words, a Spanish
exclusion, a deductible with nothing denied) and ends with a payment coupon. Decoys: account numbers, statement and
notice dates, previous-notice dates, dispute-by dates, itemization dates, coupon amounts, collection reference numbers.

Layout model: the two agency notices follow the CFPB Regulation F Model Validation Notice (Model Form B-1: "... is a
debt collector. We are trying to collect a debt that you owe to ...", "Our information shows", the itemization table
"As of DATE, you owed / Between DATE and today / Total amount of the debt now", "How can you dispute the debt?",
"What else can you do?" and the tear-off "How do you want to respond?"); values invented. The provider notices
follow common billing-office practice.
Issuers (fictional): Kuldiga Imaging Center (logo word over a rule), Sigulda Orthopedic Group, P.C. (parent line
"A Vitols Health Partners practice"), Jelgava Family Medicine (return-address block), Daugava Recovery Services, LLC
and Rezekne Credit Bureau, Inc. (agencies).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundae_famec import (Page, address, days, fdate, iso, letterhead, mail_to, mixed, money, person, phone,
                               signature, usd)

FAMILY = "provider_collection_notice_after_denial"
LANG = "en"
PROV = {
    "ku": dict(name="Kuldiga Imaging Center", logo="KULDIGA", parent="", style="logo",
               line2="Patient Billing Office | 410 Talsi Avenue | Weiser, ID 83672"),
    "si": dict(name="Sigulda Orthopedic Group, P.C.", logo="", parent="A Vitols Health Partners practice",
               style="parent", line2="Business Office · 77 Gauja Street · Challis, ID 83226"),
    "je": dict(name="Jelgava Family Medicine", logo="", parent="", style="block",
               line2="Billing Department | 2290 Limbazi Road | Grangeville, ID 83530"),
}
AGENCY = {
    "da": dict(name="Daugava Recovery Services, LLC", short="Daugava Recovery Services",
               addr="PO Box 6614 | Weiser, ID 83672"),
    "re": dict(name="Rezekne Credit Bureau, Inc.", short="Rezekne Credit Bureau", addr="PO Box 318 | Challis, ID 83226"),
}
INS = {"ai": ("Aizpute Mutual Health", "AZM999999999", "G-99999"),
       "sm": ("Smiltene Health Plan", "SHP99999999", "99999"),
       "ce": ("Cesis Health Insurance Company", "CH-999-99-9999", "CESG9999")}
LAB = {1: dict(acct="Account number", date="Statement date", due="Amount due", pat="Patient", dos="Date of service",
               ins="Insurance", mid="Member ID", grp="Group", clm="Claim #", chg="Total charges"),
       2: dict(acct="Acct #", date="Date of notice", due="Balance due", pat="Patient name", dos="Service date",
               ins="Primary insurance", mid="Policy ID", grp="Group no.", clm="Payer claim no.", chg="Charges"),
       3: dict(acct="Guarantor account", date="Notice date", due="Total due now", pat="For", dos="Visit date",
               ins="Insurer", mid="Subscriber ID", grp="Employer group", clm="Insurer claim reference",
               chg="Billed amount"),
       "es": dict(acct="Número de cuenta", date="Fecha del aviso", due="Saldo a pagar", pat="Paciente",
                  dos="Fecha de servicio", ins="Seguro", mid="ID de miembro", grp="Grupo",
                  clm="Número de reclamo", chg="Cargos totales")}
SERV = {"mri": ("MRI lumbar spine without contrast (72148)", 2480, 3100),
        "ct": ("CT abdomen and pelvis with contrast (74177)", 1900, 2600),
        "knee": ("Arthroscopic knee surgery, meniscectomy (29881)", 6200, 8400),
        "visit": ("Office visit, established patient (99214)", 210, 290),
        "lab": ("Comprehensive metabolic panel and lipid panel", 180, 260),
        "pt": ("Physical therapy evaluation and treatment", 380, 520)}


def reason(f: dict) -> str:
    ins = f["ins"]
    return {
        "pa": f"{ins} denied this claim because prior authorization was not obtained before the exam.",
        "oon": f"{ins} processed the claim as out of network and allowed only {usd(f['allowed'])}; the rest of the "
               "charge is your responsibility under your plan.",
        "elig": f"{ins} told us that your coverage was not active on the date of service, so the claim was not paid.",
        "cob": f"{ins} says another health plan should pay first and returned the claim unpaid until you update your "
               "other-insurance information with them.",
        "plain": f"{ins} decided the treatment was not needed for your condition and did not pay for it.",
        "es": f"{ins} negó este reclamo porque su plan no cubre este servicio (exclusión del plan).",
        "ded": f"{ins} paid the claim and applied {usd(f['allowed'])} to your annual deductible; that amount is what "
               "you owe. Nothing was denied.",
    }[f["why"]]


def facts(r: random.Random, spec: dict) -> dict:
    f = dict(spec)
    f["lang"] = spec.get("lang", "en")
    name, mpat, gpat = INS[spec["insr"]]
    f.update(ins=name, mid=mixed(r, mpat), grp=mixed(r, gpat) if spec.get("grp", True) else None,
             clm=mixed(r, "99999999999") if spec.get("clm", True) else None, patient=person(r),
             addr=address(r), ph=phone(r), acct=mixed(r, spec.get("acct_pat", "999999-99")))
    svc, lo, hi = SERV[spec["svc"]]
    f["svc_text"], f["charges"] = svc, money(r, lo, hi)
    f["dos"] = dt.date(2025, 9, 1) + dt.timedelta(days=r.randint(0, 200))
    f["date"] = days(f["dos"], r.randint(75, 160))
    f["prev"] = days(f["date"], -30)
    if spec["why"] in ("oon", "ded"):
        f["allowed"] = round(f["charges"] * 0.42, 2)
        f["ins_paid"] = 0.0 if spec["why"] == "ded" else round(f["allowed"] * 0.7, 2)
        f["adj"] = round(f["charges"] - f["allowed"], 2) if spec["why"] == "ded" else 0.0
    else:
        f["allowed"], f["ins_paid"], f["adj"] = 0.0, 0.0, 0.0
    f["balance"] = round(f["charges"] - f["ins_paid"] - f["adj"], 2)
    if spec.get("guarantor"):
        f["guar"] = f"{r.choice(['Ilze', 'Edgars'])} {r.choice('DKR')}. {f['patient'].split()[-1]}"
    else:
        f["guar"] = f["patient"]
    f["ref"] = mixed(r, "DR-9999999")
    return f


def _d(f, x):
    return fdate(x, f["ds"])


def boxes(d: Page, f: dict) -> None:
    L = LAB[f["lab"]]
    d.boxes([(L["date"], _d(f, f["date"]), 42), (L["acct"], f["acct"], 44), (L["due"], usd(f["balance"]), 40),
             ("Pay by" if f["lang"] == "en" else "Pagar antes del", _d(f, days(f["date"], 21)), 42)])
    d.ln(4)


def ins_block(d: Page, f: dict) -> None:
    L = LAB[f["lab"]]
    rows = [(L["pat"], f["patient"]), (L["ins"], f["ins"]), (L["mid"], f["mid"]), (L["grp"], f["grp"]),
            (L["clm"], f["clm"])]
    for k, v in rows:
        if v:
            d.font(9.4, "B")
            d.cell(48, 5, k)
            d.font(9.4)
            d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def coupon(d: Page, f: dict, remit: str) -> None:
    es = f["lang"] == "es"
    L = LAB[f["lab"]]
    d.ln(3)
    d.font(8)
    d.cell(0, 5, ("- " * 24) + ("desprenda y devuelva con su pago" if es else "detach and return with payment")
           + (" -" * 12), align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    y = d.get_y()
    d.font(9)
    left = [(L["acct"], f["acct"]), (L["date"], _d(f, f["date"])), (L["due"], usd(f["balance"])),
            ("Monto incluido" if es else "Amount enclosed", "$ __________")]
    for k, v in left:
        d.font(9, "B")
        d.cell(40, 5, k)
        d.font(9)
        d.cell(50, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(d.l_margin + 100, y)
    d.multi_cell(75, 4.6, ("Envíe su pago a:\n" if es else "Make check payable and mail to:\n") + remit.replace(" | ", "\n"),
                 new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y + 22))
    d.font(8.5)
    d.cell(0, 5, f"<{f['acct'].replace('-', '')}0{int(f['balance'] * 100):09d}7>", new_x="LMARGIN", new_y="NEXT")


def provider_notice(f: dict) -> bytes:
    p = PROV[f["prov"]]
    es = f["lang"] == "es"
    d = Page(foot=p["name"] + ("   Página {p} de {n}" if es else "   Page {p} of {n}"))
    d.add_page()
    letterhead(d, p["style"], p["name"], p["line2"], p["logo"], p["parent"])
    title = {"final": "FINAL NOTICE", "second": "SECOND NOTICE - PAST DUE", "es": "AVISO FINAL",
             "plain": "PATIENT BALANCE NOTICE"}[f["title"]]
    d.text_line(title, 14, "B", align="R", h=8)
    mail_to(d, [f["guar"], *f["addr"]])
    boxes(d, f)
    ins_block(d, f)
    L = LAB[f["lab"]]
    if es:
        head = ["Fecha", "Descripción", "Importe"]
        rows = [[_d(f, f["dos"]) if f["ds"] != "es" else fdate(f["dos"], "slash"), f["svc_text"], usd(f["charges"])],
                [fdate(days(f["dos"], 40), "slash"), f"Reclamo negado por {f['ins']}", usd(0.0)],
                ["*", "Saldo a pagar", usd(f["balance"])]]
    else:
        rows = [[fdate(f["dos"], "slash"), f["svc_text"], usd(f["charges"])],
                [fdate(days(f["dos"], 38), "slash"), f"Insurance payment - {f['ins']}", "-" + usd(f["ins_paid"])],
                [fdate(days(f["dos"], 38), "slash"), "Contractual adjustment", "-" + usd(f["adj"])],
                [fdate(days(f["dos"], 39), "slash"), "Balance transferred to patient responsibility", ""],
                ["*", L["due"], usd(f["balance"])]]
        head = [L["dos"], "Description", L["chg"] + " / credits"]
    d.table(head, rows, [32, 100, 42], aligns="LLR")
    if es:
        d.para(f"Estimado(a) {f['guar']}: {reason(f)} El saldo de {usd(f['balance'], 'es')} por los servicios del "
               f"{fdate(f['dos'], 'es')} ahora es su responsabilidad. Le enviamos un estado de cuenta el "
               f"{fdate(f['prev'], 'es')} y no hemos recibido su pago. Si no paga o no llama al {f['ph']} antes del "
               f"{fdate(days(f['date'], 21), 'es')}, su cuenta podría enviarse a una agencia de cobranza. Si cree que "
               f"su seguro debió pagar, puede apelar ante {f['ins']}; llámelos al número de su tarjeta.", 9.6)
    else:
        lead = {"final": "This is your final notice.", "second": "Your account is past due.",
                "plain": "Your insurer has finished processing this visit."}[f["title"]]
        d.para(f"{lead} {reason(f)} The remaining balance of {usd(f['balance'])} for services on "
               f"{_d(f, f['dos'])} is now your responsibility. We sent a statement on {_d(f, f['prev'])}. "
               + ("If we do not receive payment or hear from you within 21 days, your account may be placed with a "
                  "collection agency. " if f["title"] != "plain" else "")
               + f"Payment plans and financial assistance are available: call {f['ph']}. If you believe your "
               f"insurer should have paid, you may ask {f['ins']} for an appeal - please tell us if you do so that "
               "we can hold your account.", 9.6)
    coupon(d, f, p["name"] + " | PO Box 4410 | Weiser, ID 83672")
    return pdf_bytes(d)


def agency_notice(f: dict) -> bytes:
    a = AGENCY[f["agency"]]
    p = PROV[f["prov"]]
    d = Page(foot=a["name"] + "   Page {p} of {n}   This is a communication from a debt collector.")
    d.add_page()
    d.font(10, "B")
    d.cell(100, 5, a["name"])
    d.font(9)
    d.cell(0, 5, _d(f, f["date"]), align="R", new_x="LMARGIN", new_y="NEXT")
    for ln in a["addr"].split(" | ") + [f"{f['ph']}, Monday-Friday 8 a.m. to 6 p.m. MT"]:
        d.text_line(ln, 9, h=4.5)
    d.text_line(f"Reference: {f['ref']}", 9, h=4.5)
    d.ln(4)
    mail_to(d, [f["guar"], *f["addr"]])
    d.para(f"{a['short']} is a debt collector. We are trying to collect a debt that you owe to {p['name']}. "
           "We will use any information you give us to help collect the debt.", 10)
    d.text_line("Our information shows:", 10, "B", h=6)
    L = LAB[f["lab"]]
    d.para(f"You had a service from {p['name']} for {f['patient']} on {_d(f, f['dos'])} ({f['svc_text']}), "
           f"{L['chg'].lower()} {usd(f['charges'])}, with account number {f['acct']}. "
           f"{L['ins']}: {f['ins']}, {L['mid']} {f['mid']}" + (f", {L['grp']} {f['grp']}" if f["grp"] else "")
           + (f", {L['clm']} {f['clm']}." if f["clm"] else "."), 9.6)
    d.para("Why the balance was assigned to you: " + reason(f), 9.6)
    item = days(f["date"], -12)
    d.table(["", ""], [[f"As of {_d(f, item)}, you owed:", usd(f["balance"])],
                       [f"Between {_d(f, item)} and today:", ""],
                       ["   You were charged this amount in interest:", "+ " + usd(0.0)],
                       ["   You were charged this amount in fees:", "+ " + usd(0.0)],
                       ["   You paid or were credited this amount toward the debt:", "- " + usd(0.0)],
                       ["*Total amount of the debt now:", usd(f["balance"])]], [130, 40], size=9.4, aligns="LR",
            border_head="")
    disp = days(f["date"], 35)
    d.text_line("How can you dispute the debt?", 10, "B", h=6)
    d.para(f"Call or write to us by {_d(f, disp)}, to dispute all or part of the debt. If you do not, we will "
           "assume that our information is correct. If you write to us by that date, we must stop collection on any "
           "amount you dispute until we send you information that shows you owe the debt.", 9.4)
    d.text_line("What else can you do?", 10, "B", h=6)
    d.para(f"Write to ask for the name and address of the original creditor, if different from the current creditor. "
           f"Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law. Contact us about "
           f"your payment options. Póngase en contacto con nosotros para solicitar una copia de este formulario en "
           f"español.", 9.4)
    d.ln(2)
    d.font(8)
    d.cell(0, 5, "- " * 40, align="C", new_x="LMARGIN", new_y="NEXT")
    d.text_line("How do you want to respond?", 10, "B", h=6)
    d.para(f"Mail this form to: {a['name']}, {a['addr'].replace(' | ', ', ')}.   {f['guar']}   "
           f"Reference: {f['ref']}", 8.8)
    d.para("[ ] I want to dispute the debt because I think:  [ ] This is not my debt.  [ ] The amount is wrong.  "
           "[ ] Other (please describe on reverse or attach additional information).", 8.8)
    d.para("[ ] I want you to send me the name and address of the original creditor.   "
           f"[ ] I enclosed this amount: $ ________   Total amount of the debt now: {usd(f['balance'])}", 8.8)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    p = PROV[f["prov"]]
    return truth("other", None, f["lang"], insurer=None, member_id=f["mid"], group_number=f["grp"], plan_id=None,
                 member_name=f["patient"], case_numbers=[f["clm"]] if f["clm"] else [], claim_amount=f"{f['charges']:.2f}",
                 service_dates=[iso(f["dos"])], denial_date=iso(f["date"]), provider=p["name"],
                 appeal_deadline=None, unscored=["insurer"], alternates={"denial_date": [None]})


PLAN = [
    ("provider_collection_notice_after_denial_bd_final_notice_no_auth", "born_digital",
     dict(prov="ku", kind="provider", title="final", lab=1, ds="long", insr="ai", why="pa", svc="mri")),
    ("provider_collection_notice_after_denial_bd_agency_out_of_network", "born_digital",
     dict(prov="si", kind="agency", agency="da", lab=2, ds="slash", insr="sm", why="oon", svc="knee",
          acct_pat="SOG-9999999")),
    ("provider_collection_notice_after_denial_scan_second_notice_plain", "scan_clean_300",
     dict(prov="je", kind="provider", title="second", lab=3, ds="abbr", insr="ce", why="plain", svc="pt",
          guarantor=True)),
    ("provider_collection_notice_after_denial_lowres_agency_coverage_ended", "scan_lowres_150",
     dict(prov="ku", kind="agency", agency="re", lab=1, ds="dmy", insr="ce", why="elig", svc="ct", clm=False,
          acct_pat="KIC99999999")),
    ("provider_collection_notice_after_denial_copy_final_other_plan_primary", "photocopy",
     dict(prov="si", kind="provider", title="final", lab=2, ds="iso", insr="ai", why="cob", svc="visit",
          grp=False)),
    ("provider_collection_notice_after_denial_phone_es_aviso_final", "phone_photo",
     dict(prov="je", kind="provider", title="es", lab="es", ds="es", insr="sm", why="es", svc="lab", lang="es")),
    ("provider_collection_notice_after_denial_faxstd_deductible_nothing_denied", "fax_standard_g4",
     dict(prov="ku", kind="provider", title="plain", lab=3, ds="dlong", insr="sm", why="ded", svc="ct")),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, spec) in enumerate(PLAN):
        r = random.Random(121500 + i)
        f = facts(r, spec)
        pdf = agency_notice(f) if spec["kind"] == "agency" else provider_notice(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
