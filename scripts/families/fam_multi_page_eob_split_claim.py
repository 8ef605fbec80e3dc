"""Family 'multi_page_eob_split_claim': an invented insurer's two- and three-page EOBs whose first page is a summary
and whose denied claim's lines run across a page break.

Thistlegate Health Assurance Company is fictional, and so is every hospital, doctor and number. Page 1 holds the
statement header, a "claims at a glance" table of all claims on the statement (paid ones beside the denied one) and
messages; the claim detail starts on page 2 under a repeated running header, and the denied claim's service lines are
cut by the page break ("continued on next page" / "Claim ... (continued)") with its claim total after the break. The
remark code legend and the appeal rights come on the last page. Decoys: the other claims' numbers, totals and
providers, the statement's grand total, the deductible and out-of-pocket counters, a document control number, NPI,
patient account numbers and received dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo2 import address, days, doctor, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "multi_page_eob_split_claim"
LANG = "en"
INSURER = "Thistlegate Health Assurance Company"
HOSPITALS = ["Wrenfield Valley Hospital", "Saint Aldhelm Medical Center", "Copperbeck Surgical Hospital",
             "Harrowgate Community Hospital"]
PAID_PROVIDERS = ["Ferncliff Family Medicine", "Brightwater Imaging Associates", "Tansy Hollow Pediatrics",
                  "Quarrymoor Laboratory Services", "Linthorpe Orthopaedic Group"]
REV = [("0250", "Pharmacy - general"), ("0258", "IV solutions"), ("0270", "Med/surg supplies"),
       ("0272", "Sterile supplies"), ("0278", "Implants"), ("0300", "Laboratory - general"),
       ("0301", "Lab - chemistry"), ("0305", "Lab - hematology"), ("0310", "Pathology"), ("0320", "Radiology - dx"),
       ("0360", "Operating room services"), ("0370", "Anesthesia"), ("0390", "Blood storage/processing"),
       ("0636", "Drugs - detailed coding"), ("0710", "Recovery room"), ("0730", "EKG/ECG"), ("0762", "Observation"),
       ("0942", "Education/training")]
# kind -> (remark code, remark text, denial, denial alternates, who owes)
KINDS = {
    "priorauth": ("PA7", "Prior authorization was required for this outpatient surgery and none was requested. "
                  "The provider may not bill you for these charges.", "prior_authorization", ["not_covered"], 0),
    "oon": ("N30", "This provider is not in your plan's network and your plan has no out-of-network benefits except "
            "for emergencies. You are responsible for the billed amount.", "out_of_network", ["not_covered"], 1),
    "timely": ("TF2", "The claim was received more than 180 days after the date of service, past the filing limit in "
               "the provider's contract. You do not owe these charges.", "timely_filing", [], 0),
    "coding": ("B97", "Charge included in the payment for the main procedure on this claim; it is not paid "
               "separately (bundled).", "coding_error", ["other"], 0),
    "cob": ("CB3", "Our records show other health insurance that pays first. Please have the provider bill the "
            "primary plan and send us its explanation of benefits.", "other", [], 0),
    "elig": ("EL1", "The patient was not covered on the date of service. Coverage under this group ended before "
             "these services.", "eligibility", [], 1),
    "exp": ("XP4", "The procedure is considered investigational: published studies do not yet show it improves "
            "health outcomes. It is not a covered benefit.", "experimental", ["not_covered"], 1),
}
PAID_REMARKS = [("P01", "Paid at the in-network benefit level."), ("D10", "Amount applied to your deductible.")]


class Eob(Doc):
    """Letter page whose later pages repeat a running header with the member, ID and statement date."""

    def __init__(self, f: dict):
        super().__init__(f["font"], footer=f"Thistlegate Health Assurance Company   DCN {f['dcn']}   Page {{p}} of {{n}}")
        self.f = f

    def header(self):
        if self.page_no() > 1:
            f = self.f
            self.set_font(f["font"], "B", 8.5)
            self.cell(0, 4.5, f"Explanation of Benefits (continued)   {f['lab']['mem']}: {f['name']}   "
                      f"{f['lab']['mid']}: {f['mid']}   {f['lab']['date']}: {f['fd'](f['stmt'])}",
                      new_x="LMARGIN", new_y="NEXT")
            self.rule(0.3, 3)


def letterhead(d: Eob, f: dict) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.text_line(INSURER, 15, "B", h=8)
    elif f["lh"] == 1:
        d.text_line("THISTLEGATE", 17, "B", h=8)
        d.text_line("Health Assurance Company", 11, "B", h=5.5)
    else:
        d.text_line("A Corrowby Mutual Holdings company", 8, "I", h=4)
        d.text_line(INSURER, 14, "B", h=7)
    d.text_line(f"PO Box {f['box']}, Laramie, WY 82070   Customer Service {f['ph']}", 8, h=4.5)
    d.set_xy(140, y0)
    d.set_font(f["font"], "B", 11)
    d.multi_cell(0, 5.5, "EXPLANATION OF BENEFITS\nTHIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 22)
    d.rule(0.5, 3)


def header_block(d: Eob, f: dict) -> None:
    lab, fd = f["lab"], f["fd"]
    rows = [(lab["date"], fd(f["stmt"])), (lab["mem"], f["name"]), (lab["mid"], f["mid"]),
            (lab["grp"], f["group"]), ("Plan", f["product"]), ("Printed", fd(days(f["stmt"], 1)))]
    if f["plan_id"]:
        rows.append(("Plan ID", f["plan_id"]))
    y = d.get_y()
    for i, (k, v) in enumerate(rows):
        x = 18 if i % 2 == 0 else 112
        d.set_xy(x, y + (i // 2) * 5.6)
        d.set_font(f["font"], "B", 9)
        d.cell(28, 5.4, k + ":")
        d.set_font(f["font"], "", 9.5)
        d.cell(60, 5.4, v)
    d.set_xy(18, y + ((len(rows) + 1) // 2) * 5.6 + 3)
    addr = [f["name"] if not f["dep"] else f["subscriber"], *f["addr"]]
    for ln in addr:
        d.text_line(ln, 10, h=5)
    d.ln(4)


def summary(d: Eob, f: dict) -> None:
    mo, fd = f["money"], f["fd"]
    d.text_line("Your claims at a glance", 12, "B", h=7)
    rows = []
    for c in f["claims"]:
        when = fd(c["start"]) if c["end"] == c["start"] else f"{fd(c['start'])}-{fd(c['end'])}"
        rows.append([c["no"], c["prov"][:30], when, mo(c["billed"]), mo(c["paid"]), mo(c["owe"]), c["status"]])
    tb = sum(c["billed"] for c in f["claims"])
    rows.append(["*Statement total", "", "", mo(tb), mo(sum(c["paid"] for c in f["claims"])),
                 mo(sum(c["owe"] for c in f["claims"])), ""])
    d.table(["Claim no.", "Provider", "Date(s)", "Billed", "Plan paid", "You owe", "Status"], rows,
            [27, 52, 37, 18, 16, 16, 14] if f["fdstyle"] in ("long", "upper") else [30, 58, 27, 19, 17, 16, 13],
            size=8, aligns="LLLRRRL", head_fill=True)
    d.text_line("Messages", 11, "B", h=6)
    d.para(f["message"], 9.5, gap=2)
    d.para(f"Deductible met so far this plan year: {mo(f['ded_met'])} of {mo(f['ded'])}. Out-of-pocket met: "
           f"{mo(f['oop_met'])} of {mo(f['oop'])}.", 9.2, gap=2)
    d.para("The details of each claim start on the next page. Remark codes are explained on the last page.", 9.2)


COLS = ["Date", "Code", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"]
WID = [20, 14, 48, 21, 20, 20, 20, 17]


def line_head(d: Eob, f: dict) -> None:
    d.set_font(f["font"], "B", 7.8)
    for h, w in zip(COLS, WID):
        d.cell(w, 5.5, h, border="B", align="R" if h in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
    d.ln(6)


def claim_block(d: Eob, f: dict, c: dict) -> None:
    mo, fd = f["money"], f["short"]
    if d.get_y() > 225:
        d.add_page()
    d.set_font(f["font"], "B", 9.5)
    d.cell(0, 5.5, f"{f['lab']['claim']} {c['no']}   Patient: {f['name']}", new_x="LMARGIN", new_y="NEXT")
    d.set_font(f["font"], "", 8.5)
    d.cell(0, 4.6, f"{f['lab']['prov']}: {c['prov']}   NPI {c['npi']}   Rendering: {c['doc']}",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 4.6, f"Patient account {c['acct']}   Received {f['fd'](c['rcvd'])}", new_x="LMARGIN", new_y="NEXT")
    line_head(d, f)
    for ln in c["lines"]:
        if d.get_y() > 242:
            d.set_font(f["font"], "I", 8.5)
            d.cell(0, 5, f"Claim {c['no']} continued on next page", align="R", new_x="LMARGIN", new_y="NEXT")
            d.add_page()
            d.set_font(f["font"], "B", 9.5)
            d.cell(0, 5.5, f"{f['lab']['claim']} {c['no']} (continued)", new_x="LMARGIN", new_y="NEXT")
            line_head(d, f)
        d.set_font(f["font"], "", 8.2)
        vals = [fd(ln["date"]), ln["code"], ln["desc"], mo(ln["billed"]), mo(ln["allowed"]), mo(ln["paid"]),
                mo(ln["owe"]), ln["remark"]]
        for v, w, h in zip(vals, WID, COLS):
            d.cell(w, 5, v, align="R" if h in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
        d.ln(5.2)
    d.set_font(f["font"], "B", 8.4)
    tot = [f"Claim total", "", "", mo(c["billed"]), mo(sum(x["allowed"] for x in c["lines"])), mo(c["paid"]),
           mo(c["owe"]), ""]
    for v, w, h in zip(tot, WID, COLS):
        d.cell(w, 5.5, v, border="T", align="R" if h in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
    d.ln(9)


def legend(d: Eob, f: dict) -> None:
    code, text = KINDS[f["kind"]][:2]
    if d.get_y() > 170:
        d.add_page()
    d.text_line("Remark codes", 11, "B", h=6)
    for k, t in [*PAID_REMARKS, (code, text)]:
        d.set_font(f["font"], "B", 8.8)
        d.cell(14, 4.6, k)
        d.set_font(f["font"], "", 8.8)
        d.multi_cell(0, 4.6, t, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line("Your right to appeal", 11, "B", h=6)
    fd = f["fd"]
    when = {"within": "within 180 days of the date of this statement",
            "by": f"no later than {fd(f['deadline'])}",
            "receipt": "within 180 days from the day you receive this statement"}[f["dl"]]
    d.para(f"If you think a claim on this statement was processed wrongly, you or someone you name may file an appeal "
           f"{when}. Write to Thistlegate Appeals, PO Box {f['abox']}, Cody, WY 82414, or call {f['ph']}. Include "
           "the claim number and any records that support your appeal. If your health would be at serious risk by "
           "waiting, ask for an expedited review; we answer those within 72 hours. You may also have a right to an "
           "independent external review after our final decision.", 9, gap=2)


def build(f: dict) -> bytes:
    d = Eob(f)
    d.add_page()
    letterhead(d, f)
    header_block(d, f)
    summary(d, f)
    d.add_page()
    insert(d, f)
    for c in f["claims"]:
        if c is f["denied"]:
            f["y_denied"] = d.get_y()
        claim_block(d, f, c)
    legend(d, f)
    return pdf_bytes(d)


def insert(d: Eob, f: dict) -> None:
    """A shaded 'how to read' box with example amounts (decoys) above the claim detail."""
    d.set_fill_color(236, 236, 236)
    d.set_font(f["font"], "", 8.3)
    d.multi_cell(0, 4.2, "How to read your claim detail. Each line is one service. Example: if a provider bills "
                 "$1,000.00 and our contracted (allowed) amount is $620.00, the plan pays $496.00 after your 20% "
                 "coinsurance of $124.00, and the provider writes off $380.00. The Remark column points to the "
                 "explanations on the last page.", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)


def resize(f: dict, seed: int, extra: int) -> None:
    """Give the denied claim enough lines that it runs past the page break by `extra` lines."""
    probe = dict(f)
    build(probe)
    fit = int((242 - probe["y_denied"] - 21) / 5.2) + 1
    c, r = f["denied"], random.Random(seed)
    dates = [days(c["start"], k) for k in range((c["end"] - c["start"]).days + 1)]
    c["lines"] = lines(r, dates, fit + extra, True, f["kind"])
    for k in ("billed", "paid", "owe"):
        c[k] = round(sum(x[k] for x in c["lines"]), 2)
    c["status"] = "Denied" if c["paid"] == 0 else "Partly paid"


def lines(r: random.Random, dates: list, n: int, denied: bool, kind: str) -> list[dict]:
    out = []
    pool = r.sample(REV, n) if n <= len(REV) else [r.choice(REV) for _ in range(n)]
    code_r = KINDS[kind][0]
    bundled = set(r.sample(range(n), max(3, n // 3))) if kind == "coding" else set()
    owe_all = KINDS[kind][4]
    for i in range(n):
        rev, desc = pool[i]
        billed = money(r, 40, 2900)
        ln = dict(date=dates[min(i * len(dates) // n, len(dates) - 1)], code=rev, desc=desc, billed=billed)
        deny = denied and (kind != "coding" or i in bundled)
        if deny:
            ln.update(allowed=0.0, paid=0.0, owe=billed if owe_all else 0.0, remark=code_r)
        else:
            allowed = round(billed * r.uniform(0.45, 0.7), 2)
            paid = round(allowed * 0.8, 2)
            ln.update(allowed=allowed, paid=paid, owe=round(allowed - paid, 2), remark="P01")
        out.append(ln)
    return out


def claim(r: random.Random, prov: str, start: dt.date, ndays: int, n: int, denied: bool, kind: str, stmt) -> dict:
    dates = [days(start, k) for k in range(ndays)]
    ls = lines(r, dates, n, denied, kind)
    c = dict(no=mixed(r, r.choice(["TG99999999999", "26T9A9999999", "E2699999999-01"])), prov=prov, npi=npi(r),
             doc="Dr. " + doctor(r), acct=mixed(r, "PA99999999"), start=start, end=dates[-1], lines=ls,
             billed=round(sum(x["billed"] for x in ls), 2), paid=round(sum(x["paid"] for x in ls), 2),
             owe=round(sum(x["owe"] for x in ls), 2), rcvd=days(start, r.randint(10, 25)))
    c["status"] = ("Denied" if c["paid"] == 0 else "Partly paid") if denied else "Paid"
    if kind == "timely" and denied:
        c["rcvd"] = days(start, r.randint(190, 230))
    return c


LABELS = [dict(date="Statement date", mem="Member", mid="Member ID", grp="Group", claim="Claim", prov="Provider"),
          dict(date="Date issued", mem="Patient", mid="ID number", grp="Group no.", claim="Claim #", prov="Billed by"),
          dict(date="Statement dt", mem="Insured", mid="Ident. no.", grp="Grp #", claim="Claim no.",
               prov="Provider of service")]
MESSAGES = {
    "priorauth": "One claim on this statement was denied because the surgery was not approved ahead of time.",
    "oon": "One claim on this statement was from a provider outside your network and was not covered.",
    "timely": "One claim reached us after the filing limit. The provider cannot bill you for it.",
    "coding": "Some charges on one claim were included in the payment for another service on the same claim.",
    "cob": "We need information about other insurance before we can pay one of your claims.",
    "elig": "One claim was for a date after your coverage ended.",
    "exp": "One claim was for a procedure your plan treats as investigational.",
}


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str, dep: bool,
          n_denied: int, layout: str) -> dict:
    stmt = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 140))
    name = person(r)
    f = dict(kind=kind, fdstyle=ds, fd=lambda x: fdate(x, ds), short=lambda x: fdate(x, "short"),
             money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li], font=font, dep=dep, stmt=stmt, name=name,
             subscriber=person(r, last=name.split()[-1]), addr=list(address(r)),
             mid=mixed(r, r.choice(["THG999999999", "9999A99999", "W99999999-02"])),
             group=mixed(r, r.choice(["999999", "GR-99999", "A99999"])),
             plan_id=mixed(r, "TH-999") if r.random() < 0.5 else None, product=r.choice(
                 ["Summit PPO 1500", "Open Access Plus 2500", "Meadow HMO Select"]), ph=phone(r),
             box=r.randint(2100, 9800), abox=r.randint(100, 990), dcn=mixed(r, "99A99999999"),
             message=MESSAGES[kind], ded=float(r.choice([1500, 2500, 3000])), oop=float(r.choice([6000, 7500])))
    f["ded_met"], f["oop_met"] = money(r, 200, 1400), money(r, 1500, 3000)
    hosp = r.choice(HOSPITALS)
    start = days(stmt, -r.randint(25, 60))
    if kind == "timely":
        start = days(stmt, -r.randint(215, 250))
    paid_provs = r.sample(PAID_PROVIDERS, 2)
    denied = claim(r, hosp, start, 3 if layout == "stay" else 1, n_denied, True, kind, stmt)
    p1 = claim(r, paid_provs[0], days(stmt, -r.randint(20, 70)), 1, r.randint(2, 4), False, "priorauth", stmt)
    p2 = claim(r, paid_provs[1], days(stmt, -r.randint(20, 70)), 1, r.randint(1, 3), False, "priorauth", stmt)
    f["claims"] = [p1, denied, p2] if layout != "last" else [p1, p2, denied]
    f["denied"] = denied
    f["deadline"] = days(stmt, 180)
    return f


def make_truth(f: dict) -> dict:
    _, _, denial, dalts, _ = KINDS[f["kind"]]
    c = f["denied"]
    alts: dict = {"insurer": ["Thistlegate"], "provider": [c["doc"].replace("Dr. ", "")]}
    dl_dates = sorted({x["date"] for x in c["lines"] if x["remark"] != "P01"})
    sd = [iso(x) for x in dl_dates]
    if c["end"] != c["start"]:
        sd = [iso(c["start"], c["end"])] if len(dl_dates) == (c["end"] - c["start"]).days + 1 else sd
        alts["service_dates"] = [[iso(x) for x in dl_dates], [iso(c["start"], c["end"])]]
    deadline = iso(f["deadline"]) if f["dl"] != "receipt" else None
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    return truth("eob", denial, insurer=INSURER, plan_id=f["plan_id"], group_number=f["group"], member_id=f["mid"],
                 member_name=f["name"], case_numbers=[c["no"]], claim_amount=m2(c["billed"]), service_dates=sd,
                 denial_date=iso(f["stmt"]), provider=c["prov"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts, type_alternates=["denial_letter"])


# (stem, condition, kind, date style, money style, deadline, letterhead, labels, font, dependent,
#  lines after the break, layout)
PLAN = [
    ("multi_page_eob_split_claim_bd_priorauth", "born_digital", "priorauth", "slash", "plain", "within", 0, 0,
     "Helvetica", False, 4, "middle"),
    ("multi_page_eob_split_claim_bd_coding", "born_digital", "coding", "long", "nosign", "by", 1, 1, "Times", True,
     6, "stay"),
    ("multi_page_eob_split_claim_scan_oon", "scan_clean_300", "oon", "abbr", "plain", "receipt", 2, 2, "Helvetica",
     False, 3, "last"),
    ("multi_page_eob_split_claim_lowres_timely", "scan_lowres_150", "timely", "iso", "bare", "within", 1, 0,
     "Helvetica", False, 5, "middle"),
    ("multi_page_eob_split_claim_copy_cob", "photocopy", "cob", "dmy", "usd", "by", 0, 1, "Times", True, 7,
     "middle"),
    ("multi_page_eob_split_claim_rot_elig", "rotated", "elig", "upper", "plain", "within", 2, 0, "Helvetica", False,
     4, "last"),
    ("multi_page_eob_split_claim_faxs_exp", "fax_standard_g4", "exp", "slash", "nosign", "receipt", 1, 2,
     "Helvetica", False, 3, "middle"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font, dep, n, layout) in enumerate(PLAN):
        r = random.Random(15200 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font, dep, 4, layout)
        resize(f, 15300 + i, n)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
