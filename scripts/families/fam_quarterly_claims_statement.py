"""Family quarterly_claims_statement: an invented insurer's quarterly (or monthly) summary of every claim it processed.

Halberd Crest Mutual Health Insurance Company is fictional; its letterhead is split over two lines ("HALBERD CREST"
large, "Mutual Health Insurance Company" small). One statement lists 4-10 claims of a household (several
providers, several dates, a hospital stay as a span) over one or two pages, in one of three table styles: a ruled
grid, a ledger without lines (a claim's lines under a claim heading), or claim blocks of label/value pairs. One claim
is denied (once two claims of the same patient with the same reason), the others paid; a remark-code legend in
plain words closes the statement. One statement denies nothing. Decoys: the statement period, the printed time
stamp, the document number, plan-year deductible and out-of-pocket amounts, the paid claims' numbers, dates and
amounts, an "example" in the how-to-read insert, the running header on page 2.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundk_famt import CLINICS, DOCTORS, KIDS, address, cents, days, digits, letters, person, phone
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "quarterly_claims_statement"
LANG = "en"
INSURER = "Halberd Crest Mutual Health Insurance Company"

# denied kind -> (denial type, alternates, remark code, legend text, provider, service [(code, text)], span days)
DENIED = {
    "oon": ("out_of_network", None, "N27", "The provider is not in the Crest Choice network, and your plan does "
            "not pay for care from out-of-network providers except emergencies. You may be billed the full "
            "charge.", "Corncrake Pediatric Associates", [("99244", "Consultation")], 0),
    "experimental": ("experimental", ["not_covered"], "X40", "This test is considered investigational: its "
                     "usefulness for the condition reported has not been shown in published studies. The plan "
                     "excludes experimental and investigational services.", "Siskin Valley Laboratory Services",
                     [("81479", "Genetic panel, unlisted"), ("81400", "Molecular pathology, level 1")], 0),
    "dup": ("other", None, "D18", "This claim repeats a claim we already processed for the same patient, provider "
            "and date (see the earlier claim). No further payment is due; the earlier claim shows what you owe.",
            None, [("99214", "Office visit")], 0),
    "limit": ("not_covered", ["other"], "V20", "Your plan covers 20 physical therapy visits each calendar year. "
              "These visits were over that limit, so they are not covered.", "Shoveler Physical Therapy",
              [("97110", "Therapeutic exercise"), ("97140", "Manual therapy")], 0),
    "pa": ("prior_authorization", None, "A12", "We did not receive a request to approve this service before it "
           "was done. MRI and CT scans need prior approval under your plan. Ask your provider to request a "
           "retrospective review if an approval was asked for.", "Gannetfield Imaging",
           [("73721", "MRI knee w/o contrast")], 0),
    "loc": ("level_of_care", ["medical_necessity"], "L07", "The hospital billed an inpatient stay, but the "
            "records support care at the observation level only. The inpatient claim is denied; the hospital may "
            "send a corrected claim for observation services.", "Yellowhammer Medical Center",
            [("0120", "Room & board, semi-private"), ("0250", "Pharmacy")], 2),
}
PAID_REMARKS = {"P01": "Paid at the network rate. You owe your copay or coinsurance only.",
                "D10": "Applied to your plan-year deductible.",
                "C20": "Your coinsurance after the deductible."}
PAID_SERVICES = [("99213", "Office visit"), ("85025", "Blood count"), ("90715", "Tdap vaccine"),
                 ("99395", "Preventive visit"), ("71046", "Chest x-ray"), ("93000", "ECG"), ("D1110", "Cleaning"),
                 ("97110", "Therapeutic exercise")]
PLAN = [  # stem, condition, kind, table style, claims, date style, money style, deadline, period, pages
    ("quarterly_claims_statement_bd_grid", "born_digital", "oon", "grid", 7, "slash", "plain", "notice", "q"),
    ("quarterly_claims_statement_bd_ledger", "born_digital", "experimental", "ledger", 10, "long", "nosign", "date",
     "q"),
    ("quarterly_claims_statement_scan_blocks", "scan_clean_300", "dup", "blocks", 5, "dmy", "plain", "receive", "m"),
    ("quarterly_claims_statement_rot_paid", "rotated", None, "grid", 4, "iso", "plain", "notice", "q"),
    ("quarterly_claims_statement_faxs_limit", "fax_standard_g4", "limit", "ledger", 8, "short", "usd", "notice",
     "q"),
    ("quarterly_claims_statement_lowres_pa", "scan_lowres_150", "pa", "blocks", 4, "abbr", "plain", "date", "m"),
    ("quarterly_claims_statement_copy_loc", "photocopy", "loc", "grid", 9, "slash", "nosign", "notice", "q"),
]


class Stmt(Page):
    """A statement page whose later pages repeat the subscriber, member ID and statement date (a decoy line)."""

    running = ""

    def header(self):
        if self.page_no() > 1 and self.running:
            self.set_font(self.face, "", 7.5)
            self.cell(0, 4, self.running, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)


def household(r: random.Random) -> dict:
    sub, first, last = person(r)
    spouse = person(r, last=last)[0]
    kid = person(r, KIDS, last=last)[0]
    mid = f"HC{r.randint(1, 9)}{letters(r, 1)}{digits(r, 7)}"
    return {"sub": sub, "spouse": spouse, "kid": kid, "last": last, "id": mid,
            "group": f"{letters(r, 1)}{digits(r, 4)}-{digits(r, 2)}{letters(r, 1)}"}


def _claim(r, patient, provider, start, end, services, denied_code=None):
    lines = []
    for code, text in services:
        billed = cents(r, 60, 900) if denied_code != "L07" else cents(r, 2400, 6800)
        if denied_code:
            allowed = paid = 0.0
            owe = billed
        else:
            allowed = round(billed * r.uniform(0.45, 0.75), 2)
            paid = round(allowed * r.choice([0.8, 0.9, 1.0]), 2)
            owe = round(allowed - paid, 2)
        lines.append(dict(code=code, text=text, billed=billed, allowed=allowed, paid=paid, owe=owe))
    tot = {k: round(sum(x[k] for x in lines), 2) for k in ("billed", "allowed", "paid", "owe")}
    return dict(no=f"{start.strftime('%y')}{letters(r, 2)}{digits(r, 8)}", patient=patient, prov=provider,
                start=start, end=end, lines=lines, tot=tot, denied=bool(denied_code),
                remark=denied_code or r.choice(list(PAID_REMARKS)), status="Denied" if denied_code else "Paid")


def build(r: random.Random, kind, style, n, ds, ms, dl, period):
    h = household(r)
    f = lambda d: fdate(d, ds)  # noqa: E731
    mf = lambda v: money(v, ms)  # noqa: E731
    if period == "q":
        q = r.randint(0, 2)
        p_start = dt.date(2026, 1 + 3 * q, 1)
        p_end = days(dt.date(2026, 4 + 3 * q, 1), -1)
    else:
        mo = r.randint(2, 9)
        p_start = dt.date(2026, mo, 1)
        p_end = days(dt.date(2026, mo + 1, 1), -1)
    stmt = days(p_end, r.randint(6, 14))
    span = (p_end - p_start).days
    members = [h["sub"]] if kind is None else [h["sub"], h["spouse"], h["kid"]]
    claims = []
    for _ in range(n - (2 if kind == "limit" else (1 if kind else 0))):
        d0 = days(p_start, r.randint(0, span))
        who = r.choice(members)
        prov = r.choice(DOCTORS + CLINICS[:2] + CLINICS[6:9])
        claims.append(_claim(r, who, prov, d0, d0, r.sample(PAID_SERVICES, r.randint(1, 2))))
    denied = []
    if kind:
        dtype, dalt, code, legend, prov, services, extra = DENIED[kind]
        patient = h["kid"] if kind in ("oon",) else r.choice([h["sub"], h["spouse"]])
        for i in range(2 if kind == "limit" else 1):
            d0 = days(p_start, r.randint(5, span - 5)) if i == 0 else days(denied[0]["start"], r.randint(3, 9))
            if kind == "dup":
                twin = claims[r.randrange(len(claims))]
                prov, patient, d0 = twin["prov"], twin["patient"], twin["start"]
                services = [(ln["code"], ln["text"]) for ln in twin["lines"]]
            c = _claim(r, patient, prov, d0, days(d0, extra), services, code)
            if kind == "dup":
                for a, b in zip(c["lines"], twin["lines"]):
                    a["billed"] = a["owe"] = b["billed"]
                c["tot"]["billed"] = c["tot"]["owe"] = twin["tot"]["billed"]
                c["tot"]["owe"] = 0.0
                for a in c["lines"]:
                    a["owe"] = 0.0
            denied.append(c)
        claims += denied
    claims.sort(key=lambda c: (c["start"], c["no"]))
    p = Stmt(footer="Page {n} of {nb}",
             footer_left=f"Document no. QS-{stmt.strftime('%y')}{letters(r, 1)}-{digits(r, 7)}   Printed "
                         f"{fdate(days(stmt, -1), 'slash')} 04:{r.randint(10, 59)} AM")
    p.running = f"{h['sub']}  |  Member ID {h['id']}  |  Statement date {f(stmt)}  (continued)"
    p.add_page()
    p.line("HALBERD CREST", 20, "B", h=9)
    p.line("Mutual Health Insurance Company", 10, h=5)
    p.line(f"PO Box {r.randint(1000, 9999)}, Red Wing, MN 55066   \u2022   Customer service {phone(r)}   \u2022   "
           "TTY 711", 7.8, h=4.5)
    p.ln(3)
    title = {"q": r.choice(["Quarterly Claims Summary", "Your Claims Summary for the Quarter"]),
             "m": r.choice(["Monthly Claims Statement", "Statement of Claims Processed This Month"])}[period]
    p.line(title + "  \u2013  this is not a bill", 13, "B", h=7)
    y = p.get_y()
    for ln in [h["sub"]] + address(r):
        p.line(ln, 9.5, h=4.8)
    p.set_xy(108, y)
    mid_print = " ".join([h["id"][:3], h["id"][3:7], h["id"][7:]]) if r.random() < 0.5 else h["id"]
    p.pairs([("Statement date", f(stmt)), ("Claims processed", f"{f(p_start)} to {f(p_end)}"),
             (r.choice(["Member ID", "ID no.", "Subscriber ID"]), mid_print),
             (r.choice(["Group number", "Group #", "Employer group"]), h["group"]),
             ("Plan", "Crest Choice PPO 2500")], label_w=33, size=8.8, x=108, h=4.8)
    p.ln(2)
    p.para("Covered members: " + "; ".join(members), 8.5)
    ded = r.choice([650.0, 1100.0, 2500.0])
    p.para(f"Plan-year deductible: {mf(ded)} met of {mf(2500.0)}.  Out-of-pocket: {mf(ded + r.randint(40, 400))} "
           f"met of {mf(6000.0)}.", 8.5)
    totals = {k: round(sum(c["tot"][k] for c in claims), 2) for k in ("billed", "allowed", "paid", "owe")}
    denied = [c for c in claims if c["denied"]]
    {"grid": _grid, "ledger": _ledger, "blocks": _blocks}[style](p, claims, f, mf, ds)
    p.f(9, "B")
    p.multi_cell(0, 5, f"Totals for this statement:  billed {mf(totals['billed'])}   plan paid {mf(totals['paid'])}   "
           f"your share {mf(totals['owe'])}" + (f"   not covered {mf(sum(c['tot']['billed'] for c in denied))}"
                                                if denied else ""), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Remark codes", 10.5, rule=True)
    used = sorted({c["remark"] for c in claims})
    legend = {v[2]: v[3] for v in DENIED.values()} | PAID_REMARKS
    for code in used:
        p.para(f"**{code}**  {legend[code]}", 8.5, gap=0.8)
    p.heading("How to read this statement", 10, rule=True)
    p.para("Billed is what the provider charged. Allowed is the most the plan pays for the service under its "
           "contracts. For example, if a provider billed $200.00 and the allowed amount is $120.00, the plan pays "
           "its share of $120.00 and the network provider may not bill you the other $80.00.", 8.3)
    deadline = _appeal(p, stmt, dl, f, kind)
    return out(p), _truth(h, kind, claims, denied, stmt, deadline, dl, members)


def _grid(p, claims, f, mf, ds):
    rows = []
    for c in claims:
        when = f(c["start"]) if c["start"] == c["end"] else f"{f(c['start'])}-{f(c['end'])}"
        pat = c["patient"].split()
        rows.append([c["no"], f"{pat[0]} {pat[-1]}", c["prov"], when, mf(c["tot"]["billed"]), mf(c["tot"]["paid"]),
                     mf(c["tot"]["owe"]), c["status"], c["remark"]])
    p.table(["Claim no.", "Patient", "Provider", "Date(s) of service", "Billed", "Plan paid", "You owe", "Status",
             "Remark"], rows, [20, 30, 40, 30, 14, 14, 13, 11, 8], size=6.6, row_h=5.4,
            aligns=["L", "L", "L", "L", "R", "R", "R", "L", "C"])


def _ledger(p, claims, f, mf, ds):
    p.f(7.8, "B")
    dw = 27 if ds in ("long", "dmy", "abbr") else 17
    heads = [("Date", dw), ("Code", 12), ("Service", 74 - dw), ("Billed", 21), ("Allowed", 21), ("Plan paid", 21),
             ("You owe", 21), ("Rmk", 10)]
    for hd, w in heads:
        p.cell(w, 5, hd, align="R" if hd in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
    p.ln(6)
    for c in claims:
        p.f(8, "B")
        p.cell(0, 5, f"{c['patient']}  \u2013  {c['prov']}  \u2013  claim {c['no']}  \u2013  {c['status']}",
               new_x="LMARGIN", new_y="NEXT")
        p.f(8)
        for ln in c["lines"]:
            when = f(c["start"]) if c["start"] == c["end"] else f"{f(c['start'])}-{f(c['end'])}"
            vals = [when, ln["code"], ln["text"], mf(ln["billed"]), mf(ln["allowed"]), mf(ln["paid"]), mf(ln["owe"]),
                    c["remark"]]
            for v, (hd, w) in zip(vals, heads):
                p.cell(w, 4.4, v, align="R" if hd in ("Billed", "Allowed", "Plan paid", "You owe") else "L")
            p.ln(4.4)
        if len(c["lines"]) > 1:
            p.f(8, "B")
            p.cell(86, 4.4, "Claim total")
            for k in ("billed", "allowed", "paid", "owe"):
                p.cell(21, 4.4, mf(c["tot"][k]), align="R")
            p.ln(4.4)
        p.ln(1.5)
    p.ln(1)


def _blocks(p, claims, f, mf, ds):
    for c in claims:
        if p.get_y() > 235:
            p.add_page()
        p.f(9, "B")
        p.set_fill_color(232, 232, 232)
        p.cell(0, 5.5, f" Claim {c['no']}   |   {c['status'].upper()}", fill=True, new_x="LMARGIN", new_y="NEXT")
        when = f(c["start"]) if c["start"] == c["end"] else f"{f(c['start'])} through {f(c['end'])}"
        left = [("Patient", c["patient"]), ("Provider", c["prov"]), ("Date of service", when)]
        right = [("Billed", mf(c["tot"]["billed"])), ("Plan paid", mf(c["tot"]["paid"])),
                 ("You may owe", mf(c["tot"]["owe"]))]
        y = p.get_y() + 0.5
        p.set_y(y)
        p.pairs(left, label_w=28, size=8.5, h=4.6)
        y2 = p.get_y()
        p.set_y(y)
        p.pairs(right, label_w=26, size=8.5, h=4.6, x=128)
        p.set_y(max(y2, p.get_y()))
        p.f(8)
        p.cell(0, 4.4, "Services: " + "; ".join(f"{ln['code']} {ln['text']}" for ln in c["lines"]) +
               f"   Remark {c['remark']}", new_x="LMARGIN", new_y="NEXT")
        p.ln(2.5)


def _appeal(p, stmt, dl, f, kind):
    p.heading("If you disagree with a claim decision", 10, rule=True)
    if dl == "notice":
        p.para("You or someone you name may appeal. Send your appeal within 180 days of the date of this statement, "
               "with the claim number and why you disagree. Urgent care appeals are answered within 72 hours.", 8.8)
        return days(stmt, 180).isoformat()
    if dl == "date":
        p.para(f"You may appeal a denied claim. Appeal deadline: {f(days(stmt, 180))}. Include the claim number and "
               "any records that support your appeal.", 8.8)
        return days(stmt, 180).isoformat()
    p.para("You may appeal a denied claim within 180 days after you receive this statement. Include the claim "
           "number and any records that support your appeal.", 8.8)
    return None


def _truth(h, kind, claims, denied, stmt, deadline, dl, members):
    alts: dict = {"insurer": ["Halberd Crest"]}
    if kind is None:
        alts["claim_amount"] = [m2(c["tot"]["billed"]) for c in claims]
        alts["appeal_deadline"] = [None]
        return truth("eob", None, insurer=INSURER, group=h["group"], member_id=h["id"], member_name=h["sub"],
                     cases=[c["no"] for c in claims], claim_amount=m2(sum(c["tot"]["billed"] for c in claims)),
                     service_dates=[c["start"].isoformat() for c in claims], denial_date=stmt.isoformat(),
                     appeal_deadline=None, alternates=alts | {"appeal_deadline": [deadline]},
                     unscored=["provider"])
    dtype, dalt = DENIED[kind][0], DENIED[kind][1]
    c0 = denied[0]
    svc = [c["start"].isoformat() if c["start"] == c["end"] else f"{c['start'].isoformat()}/{c['end'].isoformat()}"
           for c in denied]
    if dl == "receive":
        alts["appeal_deadline"] = [days(stmt, 180).isoformat()]
    if kind == "limit":
        alts["claim_amount"] = [m2(c["tot"]["billed"]) for c in denied]
    if kind == "dup":
        twin = next(c for c in claims if not c["denied"] and c["start"] == c0["start"] and c["prov"] == c0["prov"])
        alts["case_numbers"] = [[c0["no"], twin["no"]]]
    return truth("eob", dtype, insurer=INSURER, group=h["group"], member_id=h["id"], member_name=c0["patient"],
                 cases=[c["no"] for c in denied], claim_amount=m2(sum(c["tot"]["billed"] for c in denied)),
                 service_dates=svc, denial_date=stmt.isoformat(), provider=c0["prov"], appeal_deadline=deadline,
                 alternates=alts, denial_alternates=dalt, type_alternates=["denial_letter"])


def documents(rng: random.Random) -> list[Item]:
    out_ = []
    for i, (stem, cond, kind, style, n, ds, ms, dl, period) in enumerate(PLAN):
        r = random.Random(88200 + i)
        out_.append(Item(stem, cond, [build(r, kind, style, n, ds, ms, dl, period)]))
    return out_
