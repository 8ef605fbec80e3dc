"""Family 'landscape_wide_eob': an invented insurer's EOBs printed on landscape pages with one wide claims table of
fifteen narrow columns in small type.

Quarrystone Mutual Health Company is fictional, and so is every provider, person and number. Column heads are
abbreviated the way wide statements print them (SVC DT, PROC, BILLED, DISC, ALLOWED, DED, COINS, COPAY, NOT COV,
PD, PT RESP, RMK); three or four claims share the table, each under a one-line claim header (claim number,
provider, NPI, patient account, received date), and one of them is denied only through a remark code explained in
the legend below the table (no prior approval, out of network, filed late, cosmetic exclusion, a bundled line,
a duplicate). One statement denies nothing. Decoys: the other claims' numbers, totals and dates, the statement
total row, DISC / ALLOWED / PD columns, NPI, patient accounts, received and printed dates, a document control number.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundp_famp2 import address, days, doctor, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "landscape_wide_eob"
LANG = "en"
INSURER = "Quarrystone Mutual Health Company"
PROVIDERS = ["Hollowmere Orthopedic Associates", "Saltmarsh Imaging Center", "Brackenfield Family Medicine",
             "Ventnor Ridge Surgical Hospital", "Candlewick Dermatology Group", "Lowfield Cardiology Partners",
             "Peakwater Urgent Care", "Misthaven Laboratory Services"]
PROCS = [("99214", "Office visit est"), ("73721", "MRI joint lower"), ("20610", "Arthrocentesis maj"),
         ("80053", "Comp metabolic panel"), ("93000", "ECG w/interp"), ("15823", "Blepharoplasty upper"),
         ("29881", "Knee arthroscopy"), ("97110", "Ther exercise"), ("36415", "Venipuncture"),
         ("71046", "Chest x-ray 2v"), ("11042", "Debridement subq")]
COLS = ["SVC DT", "POS", "PROC", "DESCRIPTION", "UNITS", "BILLED", "DISC", "ALLOWED", "DED", "COINS", "COPAY",
        "NOT COV", "PD", "PT RESP", "RMK"]
WID = [17, 8, 13, 34, 10, 19, 16, 18, 15, 15, 14, 17, 17, 17, 11]
NUM = {"UNITS", "BILLED", "DISC", "ALLOWED", "DED", "COINS", "COPAY", "NOT COV", "PD", "PT RESP"}
REMARKS = {
    "PD1": "Processed under your in-network benefit. Amounts in DED, COINS and COPAY are your share.",
    "A7": "Prior authorization was required for this service and was not obtained. Not payable; the provider may "
          "not bill you for it.",
    "N2": "Provider is not in the network for your plan and your plan has no out-of-network benefit for this "
          "service. Not payable.",
    "T9": "Claim was received after the filing limit of 365 days from the date of service. Not payable.",
    "X3": "Cosmetic services are excluded from your plan. Not payable; you are responsible for the charge.",
    "B4": "This charge is included in the payment for another procedure on the same date and is not paid "
          "separately. The provider may not bill you.",
    "D1": "Duplicate of a claim already processed. Not payable again.",
}
DENY = {"pa": ("A7", "prior_authorization", ["not_covered"]), "oon": ("N2", "out_of_network", ["not_covered"]),
        "tf": ("T9", "timely_filing", []), "cos": ("X3", "not_covered", []),
        "bun": ("B4", "coding_error", ["other"]), "dup": ("D1", "other", [])}


def letterhead(d: Doc, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.text_line("QUARRYSTONE MUTUAL", 17, "B", h=7.5)
        d.text_line("Health Company", 11, "", h=5.5)
    elif f["lh"] == 1:
        d.text_line("A Hartsedge Financial Group company", 8, "I", h=4.5)
        d.text_line(INSURER, 14, "B", h=7)
    else:
        d.text_line(INSURER, 14, "B", h=7)
        d.text_line("Claims Service Center", 9, "", h=5)
    d.text_line(f"PO Box {f['box']}, Kearney, NE 68847   Customer service {f['ph']}", 7.8, h=4.3)
    d.set_xy(170, y0)
    d.set_font(f["font"], "B", 12)
    d.multi_cell(0, 5.8, "EXPLANATION OF BENEFITS\nTHIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 19)
    d.rule(0.5, 2)


def head_block(d: Doc, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    cells = [(lab["date"], fd(f["date"]), 36), (lab["mem"], f["name"], 52), (lab["mid"], f["mid"], 40),
             (lab["grp"], f["group"], 32)]
    if f["plan_id"]:
        cells.append(("Plan ID", f["plan_id"], 30))
    cells += [("Printed", fd(days(f["date"], -2)), 32), ("Doc ctrl no.", f["dcn"], 33)]
    d.boxes(cells, h=10, label_size=6, value_size=8.8)
    d.ln(2)
    d.font(8.5)
    d.cell(120, 4.3, f["subscriber"], new_x="LMARGIN", new_y="NEXT")
    for ln in f["addr"]:
        d.cell(120, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)


def row(d: Doc, f: dict, vals: list[str], size: float, bold: bool = False, border: str | int = 0) -> None:
    d.set_font(f["font"], "B" if bold else "", size)
    for v, w, h in zip(vals, WID, COLS):
        d.cell(w, 4.2, v, border=border, align="R" if h in NUM else "L")
    d.ln(4.3)


def claims_table(d: Doc, f: dict) -> None:
    mo, sz = f["money"], f["size"]
    d.set_fill_color(228, 228, 228)
    d.set_font(f["font"], "B", sz)
    for h, w in zip(COLS, WID):
        d.cell(w, 5, h, border="TB", align="R" if h in NUM else "L", fill=True)
    d.ln(5.3)
    for c in f["claims"]:
        d.set_font(f["font"], "B", sz)
        d.cell(0, 4.4, f"{f['lab']['claim']} {c['no']}   PROV: {c['prov']}   NPI {c['npi']}   PT ACCT {c['acct']}"
               f"   RECD {f['short'](c['recd'])}", new_x="LMARGIN", new_y="NEXT")
        for ln in c["lines"]:
            row(d, f, [f["short"](ln["date"]), ln["pos"], ln["code"], ln["desc"], str(ln["units"]),
                       mo(ln["billed"]), mo(ln["disc"]), mo(ln["allowed"]), mo(ln["ded"]), mo(ln["coins"]),
                       mo(ln["copay"]), mo(ln["notcov"]), mo(ln["pd"]), mo(ln["resp"]), ln["rmk"]], sz)
        row(d, f, ["", "", "", "CLAIM TOTAL", ""] + [mo(sum(x[k] for x in c["lines"])) for k in
                   ("billed", "disc", "allowed", "ded", "coins", "copay", "notcov", "pd", "resp")] + [""],
            sz, bold=True)
        d.ln(1)
    keys = ("billed", "disc", "allowed", "ded", "coins", "copay", "notcov", "pd", "resp")
    row(d, f, ["", "", "", "STATEMENT TOTALS", ""] + [mo(sum(x[k] for c in f["claims"] for x in c["lines"]))
                                                     for k in keys] + [""], sz, bold=True, border="T")
    d.ln(2)


def legend_and_rights(d: Doc, f: dict) -> None:
    fd = f["fd"]
    used = sorted({ln["rmk"] for c in f["claims"] for ln in c["lines"]})
    d.set_font(f["font"], "B", 8.5)
    d.cell(0, 4.6, "REMARK CODES (RMK)", new_x="LMARGIN", new_y="NEXT")
    for k in used:
        d.set_font(f["font"], "B", 7.8)
        d.cell(12, 4, k)
        d.set_font(f["font"], "", 7.8)
        d.multi_cell(0, 4, REMARKS[k], new_x="LMARGIN", new_y="NEXT")
    d.ln(1.5)
    when = {"within": "within 180 days of the date of this statement",
            "by": f"no later than {fd(f['deadline'])}",
            "receipt": "within 180 days from the day you receive this statement"}[f["dl"]]
    d.para("YOUR RIGHT TO APPEAL: If you disagree with how a claim on this statement was processed, you or someone "
           f"you name may ask for an appeal {when}. Write to Quarrystone Appeals, PO Box {f['abox']}, Kearney, NE "
           "68847, and include the claim number. Urgent care appeals are decided within 72 hours. You may also have "
           "the right to an external review by an independent reviewer.", 7.8, gap=1)


def eob(f: dict) -> bytes:
    d = Doc(f["font"], footer=f"Quarrystone Mutual Health Company  |  Form QM-EOB-{f['form']}  |  Page {{p}} of {{n}}",
            header=f"{f['name']}  {f['mid']}  (continued)", margins=(12, 10, 12), orientation="L")
    d.set_auto_page_break(True, margin=16)
    d.add_page()
    letterhead(d, f)
    head_block(d, f)
    claims_table(d, f)
    legend_and_rights(d, f)
    return pdf_bytes(d)


LABELS = [dict(date="Statement date", mem="Patient", mid="Member ID", grp="Group no.", claim="CLAIM"),
          dict(date="Date issued", mem="Member", mid="ID number", grp="Group", claim="CLM #"),
          dict(date="Stmt dt", mem="Patient name", mid="Subscriber ID", grp="Grp #", claim="CLAIM NO.")]


def line(r: random.Random, day: dt.date, rmk: str | None) -> dict:
    code, desc = r.choice(PROCS)
    if rmk in ("X3", "A7"):
        code, desc = PROCS[5] if rmk == "X3" else r.choice([PROCS[1], PROCS[6]])
    billed = money(r, 60, 2400)
    ln = dict(date=day, pos=r.choice(["11", "22", "81", "24"]), code=code, desc=desc, units=r.choice([1, 1, 1, 2]),
              billed=billed)
    if rmk:
        resp = billed if rmk in ("N2", "X3") else 0.0
        ln.update(disc=0.0, allowed=0.0, ded=0.0, coins=0.0, copay=0.0, notcov=billed, pd=0.0, resp=resp, rmk=rmk)
        return ln
    allowed = round(billed * r.uniform(0.45, 0.75), 2)
    ded = round(min(allowed, r.choice([0, 0, 50, 120])), 2)
    copay = r.choice([0.0, 0.0, 30.0])
    coins = round((allowed - ded - copay) * 0.2, 2) if allowed > ded + copay else 0.0
    pd = round(allowed - ded - copay - coins, 2)
    ln.update(disc=round(billed - allowed, 2), allowed=allowed, ded=ded, coins=coins, copay=copay, notcov=0.0,
              pd=max(pd, 0.0), resp=round(ded + coins + copay, 2), rmk="PD1")
    return ln


def facts(r: random.Random, kind: str, n: int, pos: int, ds: str, ms: str, dl: str, lh: int, li: int, font: str,
          plan: bool, size: float) -> dict:
    date = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 160))
    name = person(r)
    dep = r.random() < 0.35
    f = dict(kind=kind, fd=lambda x: fdate(x, ds), short=lambda x: fdate(x, "short"), money=lambda v: usd(v, ms),
             dl=dl, lh=lh, lab=LABELS[li], font=font, date=date, name=name, size=size,
             subscriber=person(r, last=name.split()[-1]) if dep else name, addr=list(address(r)),
             mid=mixed(r, r.choice(["QMH9A9999999", "99A9999A99", "Q-999-99-9999"])),
             group=mixed(r, r.choice(["99999A", "GR-99999", "A9999"])), ph=phone(r), box=r.randint(6000, 6999),
             abox=r.randint(700, 799), dcn=mixed(r, "DC99A9999999"), form=mixed(r, "99A"),
             plan_id=mixed(r, r.choice(["QM-99999", "P99A999"])) if plan else None)
    f["deadline"] = days(date, 180)
    provs = r.sample(PROVIDERS, n)
    claims = []
    for k in range(n):
        first = days(date, -r.randint(20, 70) if kind != "tf" or k != pos else -r.randint(400, 470))
        deny = kind != "paid" and k == pos
        rmk = DENY[kind][0] if deny else None
        nlines = 4 if kind == "paid" else r.choice([1, 2, 3])
        ls = []
        for j in range(nlines):
            day = days(first, r.choice([0, 0, 7]) if j else 0)
            only_one = kind == "bun" and deny
            ls.append(line(r, day, (rmk if j == nlines - 1 else None) if only_one else rmk))
        if kind == "bun" and deny and nlines == 1:
            ls.insert(0, line(r, first, None))
        ls.sort(key=lambda x: x["date"])
        claims.append(dict(no=mixed(r, r.choice(["26Q9A99999", "QM99999999-01", "E26A9999999"])), prov=provs[k],
                           npi=npi(r), acct=mixed(r, "PA999999"), recd=days(date, -r.randint(5, 15)), lines=ls))
    f["claims"] = claims
    f["denied"] = claims[pos]
    return f


def make_truth(f: dict) -> dict:
    c = f["denied"]
    alts: dict = {"insurer": ["Quarrystone Mutual"]}
    deadline = None if f["dl"] == "receipt" else iso(f["deadline"])
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    billed = m2(sum(x["billed"] for x in c["lines"]))
    all_dates = sorted({iso(x["date"]) for x in c["lines"]})
    common = dict(insurer=INSURER, plan_id=f["plan_id"], group_number=f["group"], member_id=f["mid"],
                  member_name=f["name"], case_numbers=[c["no"]], claim_amount=billed, denial_date=iso(f["date"]),
                  provider=c["prov"])
    if f["kind"] == "paid":
        alts["appeal_deadline"] = [iso(f["deadline"])]
        alts["service_dates"] = [[iso(min(x["date"] for x in c["lines"]), max(x["date"] for x in c["lines"]))]]
        return truth("eob", None, service_dates=all_dates, appeal_deadline=None, alternates=alts, **common)
    rmk, denial, dalts = DENY[f["kind"]]
    denied_dates = sorted({iso(x["date"]) for x in c["lines"] if x["rmk"] == rmk})
    if denied_dates != all_dates:
        alts["service_dates"] = [all_dates]
    return truth("eob", denial, service_dates=denied_dates, appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts, type_alternates=["denial_letter"], **common)


# (stem, condition, kind, claims, denied position, date style, money, deadline, letterhead, labels, font, plan id,
#  type size)
PLAN = [
    ("landscape_wide_eob_bd_pa", "born_digital", "pa", 3, 1, "long", "nosign", "within", 0, 0, "Helvetica", True, 6.6),
    ("landscape_wide_eob_bd_paid", "born_digital", "paid", 1, 0, "slash", "plain", "within", 1, 1, "Helvetica",
     False, 6.4),
    ("landscape_wide_eob_scan_oon", "scan_clean_300", "oon", 4, 2, "abbr", "nosign", "by", 2, 2, "Times", False, 6.8),
    ("landscape_wide_eob_lowres_bun", "scan_lowres_150", "bun", 3, 0, "iso", "bare", "within", 1, 0, "Helvetica",
     True, 6.8),
    ("landscape_wide_eob_copy_tf", "photocopy", "tf", 4, 3, "dmy", "nosign", "receipt", 0, 1, "Helvetica", False,
     6.6),
    ("landscape_wide_eob_rot_cos", "rotated", "cos", 3, 1, "long", "plain", "within", 2, 0, "Times", True, 6.6),
    ("landscape_wide_eob_faxf_dup", "fax_fine_g4", "dup", 4, 1, "slash", "nosign", "by", 0, 2, "Helvetica", False,
     7.0),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, n, pos, ds, ms, dl, lh, li, font, plan, size) in enumerate(PLAN):
        r = random.Random(23400 + i)
        f = facts(r, kind, n, pos, ds, ms, dl, lh, li, font, plan, size)
        items.append(Item(stem, cond, [(eob(f), make_truth(f))]))
    return items
