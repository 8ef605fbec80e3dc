"""Family 'provider_remittance_advice': an invented payer's printed remittance advice (835) that a clinic copied
for one patient.

Quillfeather Health Insurance Company ("QUILLFEATHER" over "Health Insurance Company") and Marrowstone Benefit
Plans, Inc. (under the parent line "A Tindall Mutual Group company") are fictional. A remittance advice goes to the
clinic (the payee), not to the patient: it lists several patients' claims under one check or EFT, each with the
payer's claim number (ICN), a claim status, line dates, procedure codes, billed / allowed / paid amounts and
group + CARC adjustment codes, then a code legend. One patient's claim is denied; the clinic copied the page for
that patient (a "COPY FOR PATIENT" stamp, a shaded mark over the claim, or the other patients blacked out). Three
layouts: a line-printer listing in capitals (landscape), a modern statement with a bar per claim, a ruled grid with
one row per line. Decoys: check/EFT number and amount, payee NPI, tax ID, provider number, patient account numbers,
other patients' ICNs, provider-level adjustments with their own reference, the clinic's print date.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundm_famz import (DOCTORS, Paper, address, days, digits, fdate, iso, m2, mixed, money, npi,
                             person, usd)

FAMILY = "provider_remittance_advice"
LANG = "en"
PAYERS = {
    "quill": dict(name="Quillfeather Health Insurance Company", short="Quillfeather", lines=("QUILLFEATHER",
                  "Health Insurance Company"), addr=("Provider Payment Services", "PO Box 60318",
                  "Bozeman, MT 59771"), phone="1-866-555-3208"),
    "marrow": dict(name="Marrowstone Benefit Plans, Inc.", short="Marrowstone", lines=("A Tindall Mutual Group "
                   "company", "Marrowstone Benefit Plans, Inc."), addr=("Claims Remittance Unit", "4100 Fallow Road",
                   "Dothan, AL 36303"), phone="1-877-555-3342"),
}
# kind -> (denial, alternates, CARC, legend text, service lines [(code, text, lo, hi)])
KINDS = {
    "noauth": ("prior_authorization", ["other"], "197",
               "Precertification/authorization/notification/pre-treatment absent.",
               [("70553", "MRI BRAIN W/O & W/DYE", 2100, 3400)]),
    "mednec": ("medical_necessity", ["not_covered"], "50",
               "These are non-covered services because this is not deemed a 'medical necessity' by the payer.",
               [("97110", "THERAPEUTIC EXERCISE", 140, 220), ("97140", "MANUAL THERAPY", 110, 190)]),
    "late": ("timely_filing", [], "29", "The time limit for filing has expired.",
             [("99204", "OFFICE VISIT NEW PT", 260, 410)]),
    "oon": ("out_of_network", ["not_covered"], "242", "Services not provided by network/primary care providers.",
            [("29881", "KNEE ARTHROSCOPY/SURGERY", 4200, 6900)]),
    "termed": ("eligibility", ["other"], "27", "Expenses incurred after coverage terminated.",
               [("99214", "OFFICE VISIT EST PT", 190, 290), ("93000", "ELECTROCARDIOGRAM", 70, 130)]),
    "modifier": ("coding_error", ["other"], "4", "The procedure code is inconsistent with the modifier used.",
                 [("20610-RT", "ARTHROCENTESIS MAJOR JT", 240, 380), ("J3301", "TRIAMCINOLONE INJ", 40, 90)]),
    "experimental": ("experimental", ["not_covered"], "55",
                     "Procedure/treatment/drug is deemed experimental/investigational by the payer.",
                     [("0232T", "PLATELET RICH PLASMA INJ", 900, 1600)]),
}
PAID_LINES = [("99213", "OFFICE VISIT EST PT", 150, 230), ("99214", "OFFICE VISIT EST PT", 190, 290),
              ("36415", "VENIPUNCTURE", 18, 35), ("80053", "COMPREHENSIVE METAB PANEL", 45, 95),
              ("73562", "X-RAY KNEE 3 VIEWS", 120, 210), ("90471", "IMMUNIZATION ADMIN", 28, 45),
              ("97161", "PT EVAL LOW COMPLEX", 160, 240), ("11721", "DEBRIDE NAIL 6 OR MORE", 70, 120)]
REMARKS = {  # the payer's own remark codes (plain words, not X12 remark texts)
    "noauth": ("Q12", "No approval on file for this service. The member may not be billed (contract terms)."),
    "mednec": ("Q31", "Records do not support continued therapy; functional goals were met."),
    "late": ("Q07", "Claim received more than 180 days after the date of service."),
    "oon": ("Q44", "Rendering provider is not in the member's EPO network; no out-of-network benefits."),
    "termed": ("Q02", "Member's coverage ended before the date of service. Patient responsibility."),
    "modifier": ("Q58", "Laterality modifier does not match the diagnosis submitted; resubmit corrected claim."),
    "experimental": ("Q63", "See medical policy on platelet-rich plasma: investigational for this use."),
}


def claim_set(r: random.Random, f: dict) -> list[dict]:
    """Several patients' claims under one payment; exactly one (the copied patient's) is denied."""
    out = []
    for i in range(f["n_claims"]):
        nm, first, mid, last = person(r)
        denied = i == f["pos"]
        lines = []
        specs = KINDS[f["kind"]][4] if denied else r.sample(PAID_LINES, r.randint(1, 2))
        dos = days(f["notice"], -r.randint(12, 40) if not (denied and f["kind"] == "late") else -r.randint(230, 280))
        for j, (code, text, lo, hi) in enumerate(specs):
            billed = money(r, lo, hi)
            d = days(dos, j * r.choice([2, 7])) if denied and f.get("two_dates") else dos
            lines.append(dict(code=code, text=text, billed=billed, dos=d))
        c = dict(name=nm, first=first, mid=mid, last=last, denied=denied, lines=lines,
                 member_id=mixed(r, f["id_pat"]), acct=mixed(r, "PA99999"), icn=mixed(r, f["icn_pat"]),
                 group=mixed(r, "99A99") if f["groups"] else None, doctor=r.choice(DOCTORS), rnpi=npi(r))
        if denied and f.get("dependent"):
            c["insured"] = person(r)[0]
        for ln in lines:
            if denied:
                pr = f["kind"] == "termed"
                ln.update(allowed=0.0, paid=0.0, adj=[("PR" if pr else "CO", KINDS[f["kind"]][2], ln["billed"])],
                          remark=REMARKS[f["kind"]][0])
            else:
                allowed = round(ln["billed"] * r.uniform(0.52, 0.78), 2)
                coins = round(allowed * 0.2, 2) if r.random() < 0.6 else 0.0
                ln.update(allowed=allowed, paid=round(allowed - coins, 2),
                          adj=[("CO", "45", round(ln["billed"] - allowed, 2))] + ([("PR", "2", coins)] if coins else []),
                          remark="")
        c["billed"] = round(sum(ln["billed"] for ln in lines), 2)
        c["paid"] = round(sum(ln["paid"] for ln in lines), 2)
        out.append(c)
    return out


def head(d: Paper, f: dict) -> None:
    p = PAYERS[f["payer"]]
    y0 = d.get_y()
    if f["payer"] == "marrow":
        d.font(8, "I")
        d.cell(120, 4, p["lines"][0], new_x="LMARGIN", new_y="NEXT")
        d.font(16, "B")
        d.cell(120, 8, p["lines"][1], new_x="LMARGIN", new_y="NEXT")
    else:
        d.font(18, "B")
        d.cell(120, 8, p["lines"][0], new_x="LMARGIN", new_y="NEXT")
        d.font(10.5)
        d.cell(120, 5, p["lines"][1], new_x="LMARGIN", new_y="NEXT")
    d.font(7.8)
    d.cell(120, 3.6, "  ".join(p["addr"]), new_x="LMARGIN", new_y="NEXT")
    d.cell(120, 3.6, f"Provider line {p['phone']}", new_x="LMARGIN", new_y="NEXT")
    right = d.w - d.r_margin - 78
    d.set_xy(right, y0)
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    lab = f["lab"]
    rows = [(lab["date"], fd(f["notice"])), (lab["check"], f["check"]), (lab["amt"], usd(f["check_amt"], f["mo"])),
            ("Payee NPI:", f["payee_npi"]), ("Tax ID:", f"XX-XXX{digits(random.Random(f['seed']), 4)}")]
    for k, v in rows:
        d.set_x(right)
        d.font(8.3, "B")
        d.cell(32, 4.2, k)
        d.font(8.3)
        d.cell(46, 4.2, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 22))
    d.rule(0.5, 2)
    d.font(12.5, "B")
    d.cell(0, 6.5, f["title"], new_x="LMARGIN", new_y="NEXT")
    d.font(8.6)
    d.multi_cell(0, 4, f"PAYEE: {f['payee']}, {f['payee_addr']}    PROVIDER NO. {f['prov_no']}", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)


def mark(d: Paper, c: dict, f: dict, y0: float, y1: float) -> None:
    """The clinic's marks on the copy: shade the copied patient's claim, or black out everyone else's name and ID."""
    if c["denied"] and f["marks"] == "shade":
        d.set_fill_color(215, 215, 215)
        d.rect(d.l_margin - 1.5, y0 - 0.5, 1.2, y1 - y0 + 1, style="F")
    if not c["denied"] and f["marks"] == "redact":
        d.set_fill_color(0, 0, 0)
        for x, w in c["boxes"]:
            d.rect(x, y0, w, 4.6, style="F")


def mono_listing(d: Paper, f: dict, claims: list[dict]) -> None:
    """Line-printer listing: a claim header line, the lines, a claim total line; codes as GRP-CARC AMT."""
    fd = lambda x: fdate(x, f["ds"])  # noqa: E731
    d.font(7.4, "B")
    cols = ["REND-NPI", "SERV-DATE", "PROC/MOD", "DESCRIPTION", "BILLED", "ALLOWED", "DEDUCT", "COINS",
            "GRP-RC-AMT", "PROV-PD", "RMK"]
    w = [22, 20, 20, 44, 19, 19, 15, 15, 44, 19, 10]
    for h, x in zip(cols, w):
        d.cell(x, 4.5, h)
    d.ln(5)
    for c in claims:
        y0 = d.get_y()
        d.font(7.4, "B")
        x0 = d.get_x()
        nm = f"NAME {c['last'].upper()}, {c['first'].upper()} {c['mid']}"
        idt = f"MID {c['member_id']}"
        c["boxes"] = [(x0 + 0.5, d.get_string_width(nm) + 1), (x0 + 71, d.get_string_width(idt) + 1)]
        d.cell(71, 4.6, nm)
        d.cell(46, 4.6, idt)
        d.cell(40, 4.6, f"ACNT {c['acct']}")
        d.cell(50, 4.6, f"ICN {c['icn']}")
        d.cell(0, 4.6, "STATUS 4 DENIED" if c["denied"] else "STATUS 1 PROC AS PRIMARY", new_x="LMARGIN",
               new_y="NEXT")
        if c.get("insured"):
            d.font(7.4)
            d.cell(0, 4, f"INSURED {c['insured'].upper()}   RELATIONSHIP CHILD", new_x="LMARGIN", new_y="NEXT")
        d.font(7.4)
        for ln in c["lines"]:
            adj = " ".join(f"{g}-{rc} {a:.2f}" for g, rc, a in ln["adj"])
            row = [c["rnpi"], fdate(ln["dos"], "short"), ln["code"], ln["text"], m2(ln["billed"]), m2(ln["allowed"]),
                   "0.00", m2(next((a for g, rc, a in ln["adj"] if rc == "2"), 0.0)), adj, m2(ln["paid"]),
                   ln["remark"]]
            for v, x in zip(row, w):
                d.cell(x, 4.2, v)
            d.ln(4.2)
        d.font(7.4, "B")
        d.cell(sum(w[:4]), 4.2, "CLAIM TOTALS")
        d.cell(19, 4.2, m2(c["billed"]))
        d.cell(sum(w[5:9]), 4.2, "")
        d.cell(19, 4.2, m2(c["paid"]), new_x="LMARGIN", new_y="NEXT")
        mark(d, c, f, y0, d.get_y())
        d.ln(2.5)
    del fd


def modern_blocks(d: Paper, f: dict, claims: list[dict]) -> None:
    """A shaded bar per claim (patient, member ID, claim number, status) over its lines."""
    fd, mo = (lambda x: fdate(x, f["ds"])), (lambda v: usd(v, f["mo"]))
    lab = f["lab"]
    for c in claims:
        y0 = d.get_y()
        d.set_fill_color(232, 232, 232)
        d.font(8.6, "B")
        x0 = d.get_x()
        nm = f"{lab['pat']} {c['name']}"
        idt = f"{lab['mid']} {c['member_id']}"
        c["boxes"] = [(x0 + 0.5, d.get_string_width(nm) + 1), (x0 + 62, d.get_string_width(idt) + 1)]
        d.cell(62, 5.2, nm, fill=True)
        d.cell(52, 5.2, idt, fill=True)
        d.cell(0, 5.2, f"{lab['icn']} {c['icn']}   " + ("DENIED" if c["denied"] else "PAID"), fill=True,
               new_x="LMARGIN", new_y="NEXT")
        d.font(8)
        extra = f"Patient acct {c['acct']}   Rendering: {c['doctor']} (NPI {c['rnpi']})"
        if c["group"]:
            extra += f"   Group {c['group']}"
        if c.get("insured"):
            extra += f"   Subscriber {c['insured']}"
        d.cell(0, 4.4, extra, new_x="LMARGIN", new_y="NEXT")
        rows = []
        for ln in c["lines"]:
            adj = ", ".join(f"{g}-{rc} {mo(a)}" for g, rc, a in ln["adj"])
            rows.append([fd(ln["dos"]), ln["code"], ln["text"].title(), mo(ln["billed"]), mo(ln["allowed"]),
                         mo(ln["paid"]), adj, ln["remark"]])
        rows.append(["*Claim total", "", "", mo(c["billed"]), "", mo(c["paid"]), "", ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Paid", "Adjustments", "Remark"], rows,
                [26, 17, 44, 20, 19, 18, 36, 12], size=7.8, row_h=4.6)
        mark(d, c, f, y0, d.get_y())
        d.ln(1)


def grid_rows(d: Paper, f: dict, claims: list[dict]) -> None:
    """A ruled grid, one row per service line, with the patient and claim number repeated on each row."""
    fd, mo = (lambda x: fdate(x, f["ds"])), (lambda v: usd(v, f["mo"]))
    lab = f["lab"]
    head = [lab["pat"].rstrip(":"), "Member ID", lab["icn"].rstrip(":"), "Svc date", "Proc", "Billed", "Allowed",
            "Paid", "Adj (grp-CARC)", "Status"]
    w = [34, 23, 26, 19, 13, 17, 16, 15, 0, 13]
    w[8] = d.w - d.l_margin - d.r_margin - sum(w)
    d.font(7.2, "B")
    for h, x in zip(head, w):
        d.cell(x, 5.5, h, border=1, align="C")
    d.ln(5.5)
    d.font(7.2)
    for c in claims:
        y0 = d.get_y()
        c["boxes"] = [(d.l_margin + 0.6, w[0] - 1.2), (d.l_margin + w[0] + 0.6, w[1] - 1.2)]
        for ln in c["lines"]:
            adj = " ".join(f"{g}-{rc} {a:.2f}" for g, rc, a in ln["adj"])
            row = [f"{c['last']}, {c['first']} {c['mid']}", c["member_id"], c["icn"], fd(ln["dos"]), ln["code"],
                   mo(ln["billed"]), mo(ln["allowed"]), mo(ln["paid"]), adj, "DENIED" if c["denied"] else "PAID"]
            for v, x in zip(row, w):
                d.cell(x, 5, v, border=1)
            d.ln(5)
            if not c["denied"] and f["marks"] == "redact":
                d.set_fill_color(0, 0, 0)
                for bx, bw in c["boxes"]:
                    d.rect(bx, d.get_y() - 4.6, bw, 4.2, style="F")
        if len(c["lines"]) > 1:
            row = ["", "", c["icn"], "", "Total", mo(c["billed"]), mo(sum(ln["allowed"] for ln in c["lines"])),
                   mo(c["paid"]), "claim total", ""]
            for v, x in zip(row, w):
                d.cell(x, 5, v, border=1)
            d.ln(5)
        if c["denied"] and f["marks"] == "shade":
            d.set_fill_color(215, 215, 215)
            d.rect(d.l_margin - 2.2, y0, 1.4, d.get_y() - y0, style="F")
    d.ln(3)


def legend_and_rights(d: Paper, f: dict, claims: list[dict]) -> None:
    fd, mo = (lambda x: fdate(x, f["ds"])), (lambda v: usd(v, f["mo"]))
    tb = round(sum(c["billed"] for c in claims), 2)
    d.font(8.4, "B")
    d.cell(0, 5, f"TOTALS:  {len(claims)} claims   billed {mo(tb)}   paid {mo(f['paid_total'])}   provider "
                 f"adjustment {mo(-f['plb'])} (WO, ref {f['plb_ref']})   {f['lab']['amt'].rstrip(':').lower()} "
                 f"{mo(f['check_amt'])}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    d.font(8.4, "B")
    d.cell(0, 4.6, "Group codes: CO Contractual Obligations  PR Patient Responsibility  OA Other Adjustments",
           new_x="LMARGIN", new_y="NEXT")
    d.font(7.8)
    legend = [("45", "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement."),
              ("2", "Coinsurance Amount."), (KINDS[f["kind"]][2], KINDS[f["kind"]][3])]
    for code, text in legend:
        d.cell(0, 4, f"CARC {code}: {text}", new_x="LMARGIN", new_y="NEXT")
    rc, rt = REMARKS[f["kind"]]
    d.cell(0, 4, f"Remark {rc}: {rt}", new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    rights = {
        "within": f"Reconsideration: a provider or member may ask us to review a denied claim within {f['n']} days "
                  "of the date of this remittance advice. Send the ICN and supporting records.",
        "by": f"Reconsideration: requests to review the denied claims on this remittance must reach us by "
              f"{fd(f['notice'] + dt.timedelta(days=f['n']))}. Send the ICN and supporting records.",
        "receive": f"Reconsideration: a provider or member may ask for a review within {f['n']} days from the date "
                   "the remittance is received. Send the ICN and supporting records.",
        "none": "Reconsideration: see the provider manual, section 9, for review and appeal time limits.",
    }[f["dl"]]
    d.multi_cell(0, 3.9, rights + f" Write to {PAYERS[f['payer']]['name']}, Provider Disputes, "
                 f"{PAYERS[f['payer']]['addr'][1]}, {PAYERS[f['payer']]['addr'][2]}. Example: a claim billed at "
                 f"$100.00 with an allowed amount of $80.00 and 20% coinsurance pays $64.00.", new_x="LMARGIN",
                 new_y="NEXT")
    d.ln(2)
    d.font(7)
    d.cell(0, 4, f"Printed {fdate(f['printed'], 'slash')} 10:4{f['seed'] % 10} AM by {f['payee'].split()[0].upper()}"
                 r"\FRONTDESK", new_x="LMARGIN", new_y="NEXT")


def stamp(d: Paper, f: dict) -> None:
    """'COPY FOR PATIENT' in a box, as a clinic's rubber stamp."""
    if not f["stamp"]:
        return
    x, y = d.w - d.r_margin - 62, d.h - 38
    with d.rotation(6, x + 30, y + 8):
        d.set_line_width(0.8)
        d.rect(x, y, 60, 15)
        d.font(13, "B")
        d.set_xy(x, y + 1.5)
        d.cell(60, 7, "COPY FOR PATIENT", align="C")
        d.font(8)
        d.set_xy(x, y + 8.5)
        d.cell(60, 5, f"{f['payee'].split(',')[0]} billing office", align="C")
        d.set_line_width(0.2)


def build(f: dict, claims: list[dict]) -> bytes:
    d = Paper("mono" if f["style"] == "mono" else "sans", orientation=f["orient"],
              footer=f"{PAYERS[f['payer']]['short']} RA {f['check']}   Page {{p}} of {{n}}", margins=(12, 12, 12))
    d.set_auto_page_break(True, margin=16)
    d.add_page()
    head(d, f)
    {"mono": mono_listing, "modern": modern_blocks, "grid": grid_rows}[f["style"]](d, f, claims)
    legend_and_rights(d, f, claims)
    stamp(d, f)
    return pdf_bytes(d)


LABELS = [
    dict(date="Payment date:", check="Check/EFT #:", amt="Payment amount:", pat="Patient:", mid="Member ID:",
         icn="ICN:"),
    dict(date="Remit date:", check="EFT trace no.:", amt="EFT amount:", pat="Patient", mid="Subscriber ID",
         icn="Payer claim #"),
    dict(date="Issue date:", check="Check number:", amt="Check amount:", pat="Pt name:", mid="ID#", icn="Claim ctl no."),
]
PAYEES = {"noauth": "Pellucid Imaging Center", "mednec": "Nightjar Valley Physical Therapy",
          "late": "Briarwick Family Medicine", "oon": "Ashcombe Surgical Partners",
          "termed": "Gorsebrook Cardiology Group", "modifier": "Stonehaven Orthopedic Associates",
          "experimental": "Tollgate Dermatology, P.A."}
TITLES = ["PROVIDER REMITTANCE ADVICE", "Remittance Advice - Professional Claims", "Provider Payment Summary (835)"]


def facts(r: random.Random, i: int, plan: tuple) -> tuple[dict, list[dict]]:
    _, cond, kind, payer, style, orient, ds, mo, dl, n, marks, li, extra = plan
    notice = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 170))
    payee = PAYEES[kind]
    street, city = address(r)
    f = dict(kind=kind, payer=payer, style=style, orient=orient, ds=ds, mo=mo, dl=dl, n=n, marks=marks,
             lab=LABELS[li], title=TITLES[li], notice=notice, payee=payee, payee_addr=f"{street}, {city}",
             payee_npi=npi(r), prov_no=mixed(r, "P99999A"), check=r.choice([digits(r, 9), mixed(r, "EFT99999999")]),
             id_pat=r.choice(["AAA999999999", "A99999999", "9999A99999"]),
             icn_pat=r.choice(["26999999999999", "C26-99999999", "9999999999A9"]), groups=style == "modern",
             plb=money(r, 12, 90), plb_ref=mixed(r, "OP99999"), printed=days(notice, r.randint(3, 12)), seed=i,
             stamp=marks in ("shade", "stamp"), n_claims=r.randint(3, 5), two_dates=False)
    f.update(extra)
    f["pos"] = r.randint(0, f["n_claims"] - 1)
    claims = claim_set(r, f)
    f["paid_total"] = round(sum(c["paid"] for c in claims), 2)
    f["check_amt"] = round(f["paid_total"] - f["plb"], 2)
    return f, claims


def make_truth(f: dict, claims: list[dict]) -> dict:
    c = next(c for c in claims if c["denied"])
    denial, dalts = KINDS[f["kind"]][:2]
    alts: dict = {"insurer": [PAYERS[f["payer"]]["short"]]}
    named = f["style"] == "modern"
    provider = c["doctor"] if named else f["payee"]
    if named:
        alts["provider"] = [f["payee"]]
    deadline = {"within": days(f["notice"], f["n"]), "by": days(f["notice"], f["n"]), "receive": None,
                "none": None}[f["dl"]]
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    dates = sorted({iso(ln["dos"]) for ln in c["lines"]})
    return truth("eob", denial, insurer=PAYERS[f["payer"]]["name"], group_number=c["group"], member_id=c["member_id"],
                 member_name=c["name"], case_numbers=[c["icn"]], claim_amount=m2(c["billed"]), service_dates=dates,
                 denial_date=iso(f["notice"]), provider=provider, appeal_deadline=iso(deadline) if deadline else None,
                 alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, payer, style, orientation, date style, money style, deadline, days, marks, labels, extra)
PLAN = [
    ("provider_remittance_advice_bd_noauth", "born_digital", "noauth", "quill", "mono", "L", "slash", "bare",
     "within", 180, "shade", 0, {}),
    ("provider_remittance_advice_bd_mednec", "born_digital", "mednec", "marrow", "modern", "P", "long", "plain",
     "within", 120, "stamp", 1, {"two_dates": True}),
    ("provider_remittance_advice_scan_late", "scan_clean_300", "late", "quill", "grid", "L", "iso", "plain",
     "by", 90, "redact", 2, {"n_claims": 5}),
    ("provider_remittance_advice_copy_oon", "photocopy", "oon", "marrow", "modern", "P", "abbr", "usd",
     "receive", 90, "redact", 0, {"dependent": True}),
    ("provider_remittance_advice_faxf_termed", "fax_fine_g4", "termed", "quill", "mono", "L", "slash", "bare",
     "none", 0, "stamp", 1, {"two_dates": True}),
    ("provider_remittance_advice_lowres_modifier", "scan_lowres_150", "modifier", "marrow", "grid", "P", "dmy",
     "nosign", "within", 180, "shade", 1, {}),
    ("provider_remittance_advice_photo_experimental", "phone_photo", "experimental", "quill", "modern", "P", "slash",
     "plain", "within", 180, "stamp", 2, {"n_claims": 3}),
]


def documents(rng) -> list[Item]:
    items = []
    for i, plan in enumerate(PLAN):
        r = random.Random(31700 + i)
        f, claims = facts(r, i, plan)
        items.append(Item(plan[0], plan[1], [(build(f, claims), make_truth(f, claims))]))
    return items
