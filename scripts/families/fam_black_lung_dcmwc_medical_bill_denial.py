"""Family 'black_lung_dcmwc_medical_bill_denial': U.S. Department of Labor, Office of Workers' Compensation
Programs, Division of Coal Mine Workers' Compensation (Federal Black Lung Program) medical bill processing notices.
Modelled from memory on the program's public layout: an "Explanation of Benefits" statement to the miner or a
remittance to the provider from the bill-processing contractor working for DCMWC (here the invented "Pinnacle Seam
Bill Processing Services, Inc."), with the miner's Black Lung ID, the bill's internal control number (ICN), dates of
service, procedure codes, billed / allowed / paid and edit (EOB) codes, a code legend and a request-for-
reconsideration paragraph (written request within a set number of days). One plain letter instead of a statement.
All values invented.

Reasons: service not related to the accepted pulmonary (black lung) condition, no treatment authorization on file
(home oxygen / pulmonary rehabilitation), duplicate of a bill already processed, bill received after the filing
limit; one all-paid statement inside a faxed stack. Decoys: provider NPI and tax ID, date of birth, bill received
date, check / payment number, phone numbers, allowed and paid amounts, the miner's coal-mine employer.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundak_famkc import days, fdate, iso, m2, mixed, usd

FAMILY = "black_lung_dcmwc_medical_bill_denial"
LANG = "en"
DOL = "U.S. Department of Labor"
OWCP = "Office of Workers' Compensation Programs"
DIV = "Division of Coal Mine Workers' Compensation"
CON = "Pinnacle Seam Bill Processing Services, Inc."
CON_ADDR = ("PO Box 8307", "Hazelgreen Gap, KY 40799")
FIRST = ["Eydis", "Chidozie", "Hallgrim", "Amihan", "Torvald", "Ngozi", "Bjarni", "Dalisay", "Obiora", "Leif"]
LAST = ["Thorvaldsen", "Nwachukwu", "Hjaltalin", "Dalangin", "Sigurdsson", "Anyanwu", "Okeke", "Magnusdottir"]
STREETS = ["Coalbank Hollow Road", "Slate Fork Lane", "Tipple Street", "Breaker Ridge Road", "Drift Mouth Way"]
CITIES = [("Vansant Bend", "VA", "24699"), ("Lick Creek", "KY", "41599"), ("Maybeury Falls", "WV", "24899"),
          ("Cokeburg Run", "PA", "15399")]
PROVIDERS = [("Clinch River Pulmonary Associates", "Ifeoma K. Ugwu, MD"),
             ("Tug Fork Respiratory Care, Inc.", "Sveinn T. Arnason, RRT"),
             ("Elkhorn Valley Medical Imaging", "Rasmus P. Egilsson, MD"),
             ("Guyandotte Home Oxygen Supply", None),
             ("Blackwater Hills Family Medicine", "Chinwe A. Obi, DO")]
EMPLOYERS = ["Roaring Seam Coal Company", "Tenmile Mining Co.", "Kettle Knob Collieries, Inc."]
# labels: id, statement date, bill number, service date, billed
LABELS = [("Black Lung ID", "Statement date", "ICN", "Date(s) of service", "Billed"),
          ("Miner ID No.", "Date issued", "Bill ICN", "DOS", "Charge"),
          ("Claimant ID", "Date of this notice", "Internal control no.", "Service date", "Amount billed")]
CODES = {
    "unrel": ("B412", "Service is not related to the accepted black lung (pulmonary) condition. The program pays "
                      "only for treatment of the miner's totally disabling black lung disease."),
    "noauth": ("B207", "No treatment authorization on file. This service requires prior authorization from the "
                       "Division of Coal Mine Workers' Compensation."),
    "dup": ("B118", "Duplicate bill. This service was billed and processed on an earlier bill."),
    "late": ("B330", "Bill received after the time limit for submission. Bills must be received by December 31 of "
                     "the year after the year of service."),
    "paid": ("B001", "Processed and paid according to the OWCP fee schedule."),
    "fee": ("B052", "Payment reduced to the OWCP fee schedule maximum."),
}


def person(r: random.Random) -> tuple[str, str, str, str]:
    first, last, mid = r.choice(FIRST), r.choice(LAST), r.choice("BCDFGHKLMNPRSTW")
    return f"{first} {mid}. {last}", first, mid, last


def money(r: random.Random, lo: int, hi: int) -> float:
    return round(r.randint(lo, hi) + r.choice([0, 0, 0.5, r.randint(1, 99) / 100]), 2)


def facts(r: random.Random, kind: str, lab: int, ds: str, days_n: int, to_prov: bool) -> dict:
    dec = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 200))
    late = kind == "late"
    dos0 = dt.date(dec.year - 2, r.randint(6, 12), r.randint(1, 28)) if late else days(dec, -r.randint(30, 80))
    prov_i = {"unrel": r.choice([0, 2, 4]), "noauth": 3 if to_prov else 1, "dup": 0, "late": 4, "paid": 0}[kind]
    prov, clin = PROVIDERS[prov_i]
    lines = []
    if kind == "unrel":
        lines = [(dos0, "99214", "Office visit, established patient", money(r, 160, 240), "paid"),
                 (dos0, "94010", "Spirometry", money(r, 60, 95), "paid"),
                 (days(dos0, 7), "73562", "X-ray, knee, 3 views", money(r, 120, 210), "unrel"),
                 (days(dos0, 7), "20610", "Injection, major joint", money(r, 140, 260), "unrel")]
    elif kind == "noauth":
        if prov_i == 3:
            lines = [(dos0, "E1390", "Oxygen concentrator, monthly rental", money(r, 190, 260), "noauth"),
                     (dos0, "E0431", "Portable gaseous oxygen system, rental", money(r, 35, 60), "noauth")]
        else:
            lines = [(days(dos0, k * 2), "G0424", "Pulmonary rehab, per session", money(r, 70, 110),
                      "noauth") for k in range(3)]
    elif kind == "dup":
        lines = [(dos0, "99215", "Office visit, established patient", money(r, 220, 310), "dup"),
                 (dos0, "94729", "Diffusing capacity", money(r, 110, 170), "dup")]
    elif kind == "late":
        lines = [(dos0, "99213", "Office visit, established patient", money(r, 120, 170), "late"),
                 (dos0, "94760", "Pulse oximetry, single", money(r, 20, 35), "late")]
    else:
        lines = [(dos0, "99214", "Office visit, established patient", money(r, 160, 240), "paid"),
                 (dos0, "71046", "Chest X-ray, 2 views", money(r, 90, 150), "fee")]
    rows = []
    for d, cpt, desc, ch, code in lines:
        if code in ("paid", "fee"):
            allowed = round(ch * (r.uniform(0.62, 0.8) if code == "fee" else 1.0), 2)
            rows.append((d, cpt, desc, ch, allowed, allowed, code))
        else:
            rows.append((d, cpt, desc, ch, 0.0, 0.0, code))
    city = r.choice(CITIES)
    return dict(kind=kind, L=LABELS[lab], ds=ds, dec=dec, rows=rows, prov=prov, clin=clin, npi=r.choice("12") +
                "".join(r.choice("0123456789") for _ in range(9)), tin=f"{r.randint(20, 88)}-{r.randint(1000000, 9999999)}",
                miner=person(r), addr=(f"{r.randint(12, 990)} {r.choice(STREETS)}", f"{city[0]}, {city[1]} {city[2]}"),
                blid=mixed(r, "999999999"), icn=mixed(r, "9999999999999"), icn_prior=mixed(r, "9999999999999"),
                recv=days(dec, -r.randint(9, 25)), dob=dt.date(r.randint(1941, 1962), r.randint(1, 12), r.randint(1, 28)),
                check=mixed(r, "99999999"), emp=r.choice(EMPLOYERS), days_n=days_n, to_prov=to_prov,
                ph=f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}")


def billed(f: dict) -> float:
    return round(sum(x[3] for x in f["rows"]), 2)


def denied_rows(f: dict) -> list:
    return [x for x in f["rows"] if x[6] not in ("paid", "fee")]


def letterhead(d: Doc, f: dict, style: int) -> None:
    if style == 0:
        d.text_line(DOL.upper(), 13, "B")
        d.text_line(OWCP, 10)
        d.text_line(f"{DIV}  -  Federal Black Lung Program", 9.5)
        d.rule(0.6, 1.2)
        d.text_line(f"Medical bill processing: {CON}, {CON_ADDR[0]}, {CON_ADDR[1]}   Provider/Claimant line "
                    f"{f['ph']}", 7.5)
    elif style == 1:
        d.text_line(f"{DOL}  |  {OWCP}", 9)
        d.text_line(DIV, 14, "B")
        d.text_line(f"Processed for DCMWC by {CON}  ·  {CON_ADDR[0]}  ·  {CON_ADDR[1]}", 8)
        d.rule(0.3, 1)
    else:
        d.text_line(DOL, 12, "B")
        d.text_line(f"{OWCP} / {DIV}", 9)
        d.text_line(f"{CON_ADDR[0]}, {CON_ADDR[1]}", 9)
        d.text_line(f"Telephone {f['ph']}", 9)
    d.ln(4)


def address_block(d: Doc, f: dict) -> None:
    if f["to_prov"]:
        lines = [f["prov"], "Attn: Billing Office", f"Tax ID {f['tin']}   NPI {f['npi']}"]
    else:
        lines = [f["miner"][0].upper(), f["addr"][0].upper(), f["addr"][1].upper()]
    for ln in lines:
        d.text_line(ln, 10)
    d.ln(4)


def recon_para(d: Doc, f: dict) -> None:
    ds, n = f["ds"], f["days_n"]
    if n:
        tail = f"within {n} days of the date of this {f.get('word', 'statement')}"
    else:
        tail = f"no later than {fdate(days(f['dec'], 60), ds)}"
    d.text_line("REQUEST FOR RECONSIDERATION", 10, "B")
    d.para(f"If you disagree with how a bill was processed, you may ask for reconsideration. Send a written request, "
           f"a copy of this {('remittance' if f['to_prov'] else 'statement')} and any supporting medical records to "
           f"{CON}, Attn: Reconsideration, {CON_ADDR[0]}, {CON_ADDR[1]}. Your request must be received {tail}. "
           f"Questions: call {f['ph']}, Monday through Friday, 8:00 a.m. to 5:00 p.m. Eastern.", 9)


def statement(d: Doc, f: dict, style: int) -> None:
    L, ds, m = f["L"], f["ds"], f["miner"]
    d.add_page()
    letterhead(d, f, style)
    address_block(d, f)
    title = "PROVIDER REMITTANCE - EXPLANATION OF BENEFITS" if f["to_prov"] else "EXPLANATION OF BENEFITS"
    d.text_line(title, 12, "B")
    d.ln(1)
    cells = [(L[1], fdate(f["dec"], ds), 40), ("Miner / claimant", m[0], 62), (L[0], f["blid"], 40),
             ("Date of birth", fdate(f["dob"], "slash"), 36)]
    d.boxes(cells, h=11, value_size=9.5)
    cells2 = [("Billing provider", f["prov"], 86), ("Provider NPI", f["npi"], 36), ("Bill received", fdate(
        f["recv"], ds), 36), ("Payment no." if f["to_prov"] else "Page", f["check"] if f["to_prov"] else "1 of 1", 22)]
    d.boxes(cells2, h=11, value_size=9)
    d.ln(3)
    d.font(9, "B")
    d.cell(0, 5, f"{L[2]} {f['icn']}" + (f"      Rendering provider: {f['clin']}" if f["clin"] else ""),
           new_x="LMARGIN", new_y="NEXT")
    rows = [[fdate(x[0], "short"), x[1], x[2], usd(x[3]), usd(x[4]), usd(x[5]), x[6] if False else CODES[x[6]][0]]
            for x in f["rows"]]
    tot = billed(f)
    rows.append(["*Bill total", "", "", usd(tot), usd(sum(x[4] for x in f["rows"])),
                 usd(sum(x[5] for x in f["rows"])), ""])
    d.table([L[3], "Code", "Description", L[4], "Allowed", "Paid", "EOB"], rows, [27, 14, 58, 22, 20, 20, 14],
            size=8.5, aligns="LLLRRRL")
    used = []
    for x in f["rows"]:
        if x[6] not in used:
            used.append(x[6])
    d.text_line("EXPLANATION OF EDIT CODES", 9.5, "B")
    for c in used:
        d.para(f"{CODES[c][0]}  {CODES[c][1]}", 8.5, gap=0.8)
    if f["kind"] == "dup":
        d.para(f"The services above were already processed under ICN {f['icn_prior']}.", 8.5, gap=0.8)
    d.ln(2)
    if denied_rows(f):
        if not f["to_prov"]:
            d.para("A provider who accepts the program's payment as payment in full may not bill you for the "
                   "difference between the billed and allowed amounts. Keep this statement for your records.", 8.5)
        recon_para(d, f)
    else:
        d.para("All services on this bill were paid. No action is needed. Keep this statement for your records.", 9)
    d.para(f"Coal mine employment on file: {f['emp']}. This is not a bill.", 7.5)


def letter(d: Doc, f: dict) -> None:
    L, ds, m = f["L"], f["ds"], f["miner"]
    f["word"] = "notice"
    d.add_page()
    letterhead(d, f, 2)
    d.text_line(fdate(f["dec"], ds), 10.5)
    d.ln(3)
    address_block(d, f)
    d.text_line(f"Re: {m[0]}, {L[0]} {f['blid']}", 10.5, "B")
    d.text_line(f"{L[2]}: {f['icn']}", 10.5, "B")
    d.ln(2)
    den = denied_rows(f)
    d.para(f"Dear {m[1]} {m[3]}:")
    first, last = den[0][0], den[-1][0]
    when = fdate(first, ds) if first == last else f"{fdate(first, ds)} through {fdate(last, ds)}"
    d.para(f"The Division of Coal Mine Workers' Compensation has reviewed the bill from {f['prov']} for services "
           f"provided to you on {when}. The bill totals {usd(billed(f))}. We cannot pay this bill.")
    d.table([L[3], "Procedure", L[4]], [[fdate(x[0], ds), f"{x[1]} {x[2]}", usd(x[3])] for x in den],
            [45, 90, 30], size=9.5, aligns="LLR")
    d.text_line("Why we did not pay", 10.5, "B")
    d.para(f"Our records show no treatment authorization for these services. Pulmonary rehabilitation and home oxygen "
           f"must be authorized by the district office before they are provided. {f['prov']} did not request "
           f"authorization, so the bill was denied under edit code {CODES['noauth'][0]}.")
    d.para("Your provider may ask for authorization now; if it is approved, the provider may send the bill again.")
    recon_para(d, f)
    d.ln(2)
    d.para(f"Sincerely,\nMedical Bill Processing Unit\n{CON}, for the {DIV}", 10)
    d.para(f"cc: {f['prov']} (NPI {f['npi']})", 8)


def build(f: dict, style: int) -> bytes:
    d = Doc("Helvetica")
    if style == 9:
        letter(d, f)
    else:
        statement(d, f, style)
    return pdf_bytes(d)


DENIAL = {"unrel": ("not_covered", ["other"]), "noauth": ("prior_authorization", None),
          "dup": ("other", None), "late": ("timely_filing", None)}


def make_truth(f: dict, doc_type: str) -> dict:
    den = denied_rows(f)
    alts: dict = {"insurer": [OWCP, DIV, f"{DOL}, {OWCP}", "Federal Black Lung Program", CON]}
    if f["clin"]:
        alts["provider"] = [f["clin"].split(",")[0]]
    common = dict(insurer=DOL, member_id=f["blid"], member_name=f["miner"][0], case_numbers=[f["icn"]],
                  claim_amount=m2(billed(f)), denial_date=iso(f["dec"]), provider=f["prov"])
    if not den:
        return truth("other", None, alternates=alts, type_alternates=["eob"],
                     service_dates=sorted({iso(x[0]) for x in f["rows"]}), **common)
    if len(den) < len(f["rows"]):
        alts["claim_amount"] = [m2(sum(x[3] for x in den))]
        alts["service_dates"] = [sorted({iso(x[0]) for x in f["rows"]})]
    dl = days(f["dec"], f["days_n"] or 60)
    t, da = DENIAL[f["kind"]]
    return truth(doc_type, t, alternates=alts, denial_alternates=da, type_alternates=(
        ["eob"] if doc_type == "denial_letter" else ["denial_letter"]),
        service_dates=sorted({iso(x[0]) for x in den}), appeal_deadline=iso(dl), **common)


# (stem suffix, condition, kind, labels, date style, days (0 = printed date), to provider, layout style)
PLAN = [
    ("bd_knee_xray_not_black_lung_condition", "born_digital", "unrel", 0, "long", 30, False, 0),
    ("bd_remit_home_oxygen_no_authorization", "born_digital", "noauth", 1, "slash", 60, True, 1),
    ("scan300_duplicate_of_earlier_icn", "scan_clean_300", "dup", 2, "abbr", 0, True, 0),
    ("lowres_bill_after_filing_limit", "scan_lowres_150", "late", 0, "iso", 30, False, 1),
    ("copy_letter_pulmonary_rehab_not_authorized", "photocopy", "noauth", 2, "dlong", 60, False, 9),
    ("rotated_remit_injection_unrelated", "rotated", "unrel", 1, "upper", 0, True, 2),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, lab, ds, n, prov, style) in enumerate(PLAN):
        r = random.Random(140500 + i)
        f = facts(r, kind, lab, ds, n, prov)
        doc_type = "denial_letter" if style == 9 else "eob"
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f, style), make_truth(f, doc_type))]))
    # a faxed stack: cover sheet, an all-paid statement, then a denied statement for the same miner
    r = random.Random(140500 + 7)
    a = facts(r, "paid", 0, "slash", 30, False)
    b = facts(r, "unrel", 0, "slash", 30, False)
    shift = (days(a["dec"], 3) - b["dec"]).days  # the denied statement is dated three days after the paid one
    b["dec"], b["recv"] = days(b["dec"], shift), days(b["recv"], shift)
    b["rows"] = [(days(x[0], shift), *x[1:]) for x in b["rows"]]
    b.update(miner=a["miner"], addr=a["addr"], blid=a["blid"], dob=a["dob"], emp=a["emp"])
    items.append(Item(f"{FAMILY}_faxfine_stack_paid_then_denied", "fax_fine_g4",
                      [(build(a, 1), make_truth(a, "eob")), (build(b, 0), make_truth(b, "eob"))],
                      separators=["cover", None]))
    return items
