"""Family 'periodontal_scaling_root_planing_denial': dental-plan EOBs and predetermination letters about periodontal
scaling and root planing (CDT D4341 four or more teeth per quadrant, D4342 one to three teeth per quadrant) and
periodontal maintenance (D4910). Reasons: pocket depths (4 mm or more) not charted, radiographs do not show bone
loss, the quadrant was scaled within the last 24 months, maintenance beyond two a calendar year; one paid claim and
one file holding two family members' EOBs. All values invented.

Issuers: Halvard Dental Benefits, Inc. (EOB with a label block and a tooth/quadrant table), Cobblestone Dental Plan
(predetermination letters, one faxed to the dental office), Kestrelgate Dental Insurance Company (line-printer EOB in
Courier). Decoys: the earlier scaling/maintenance dates in the benefit history, date of birth, the received date,
the office's NPI and tax ID, the employer's group name, deductible and annual-maximum figures, phone numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "periodontal_scaling_root_planing_denial"
LANG = "en"
HD, CB, KT = "Halvard Dental Benefits, Inc.", "Cobblestone Dental Plan", "Kestrelgate Dental Insurance Company"
ADDR = {HD: ("PO Box 66120", "Millbrae Junction, MN 55987"), CB: ("820 Quarrystone Parkway", "Ashcombe, KY 40311"),
        KT: ("PO Box 9045", "Port Ellery, OR 97411")}
DENTISTS = [("Oksana Melnyk", "DDS", "Juniper Grove Periodontics"), ("Babajide Adewale", "DMD", "Riverbend Family Dental"),
            ("Priyamvada Sethi", "DDS", "Cedarfall Dental Group"), ("Lorcan Whelan", "DDS", "Whelan & Ahn Periodontal Associates"),
            ("Mai Huong Dao", "DMD", "Lakeshore Gum & Implant Center")]
FIRST = ["Tereza", "Kwabena", "Ilse", "Rahim", "Marguerite", "Bao", "Eduardo", "Sigrun", "Adaeze", "Florin", "Noor",
         "Callum", "Yevgenia", "Tupac"]
LAST = ["Dragomir", "Asante", "Vogelsang", "Chowdhury", "Thibodeaux", "Pham", "Sandoval", "Eriksdottir", "Obi",
        "Marinescu", "Al-Sayegh", "McCrindle"]
EMPLOYERS = ["Tillbrook Foundry Co.", "Ashgrove School District 14", "Northway Freight Lines", "Pellham County"]
QUADS = {"UR": "upper right", "UL": "upper left", "LL": "lower left", "LR": "lower right"}
DESC = {"D4341": "Perio scaling & root planing, 4+ teeth/quad", "D4342": "Perio scaling & root planing, 1-3 teeth/quad",
        "D4910": "Periodontal maintenance", "D0180": "Comprehensive periodontal evaluation",
        "D1110": "Prophylaxis, adult", "D0274": "Bitewings, four radiographic images"}


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def person(r: random.Random, last: str | None = None) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTW')}. {last or r.choice(LAST)}"


def fee(r: random.Random, lo: int, hi: int) -> float:
    return float(r.randint(lo, hi)) + r.choice([0, 0, 0.5])


def facts(r: random.Random, kind: str, ins: str, ds: str, ms: str, patient_rel: str = "self") -> dict:
    notice = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 170))
    dos = notice - dt.timedelta(days=r.randint(12, 40))
    last = r.choice(LAST)
    sub = person(r, last)
    pat = sub if patient_rel == "self" else person(r, last)
    dentist = r.choice(DENTISTS)
    lines = []  # (date, code, quad, teeth, fee, denied?)
    if kind == "charting":
        lines = [(dos, "D0180", "", "", fee(r, 95, 140), False),
                 (dos, "D4341", "UR", "2-5", fee(r, 210, 290), True),
                 (dos, "D4341", "LR", "28-31", fee(r, 210, 290), True)]
    elif kind == "within24":
        lines = [(dos, "D4342", "LL", "18-20", fee(r, 150, 210), True),
                 (dos, "D4342", "UL", "13-14", fee(r, 150, 210), False)]
    elif kind == "maint":
        lines = [(dos, "D4910", "", "", fee(r, 120, 175), True), (dos, "D0274", "", "", fee(r, 55, 85), False)]
    elif kind == "paid":
        lines = [(dos, "D4341", "UL", "10-15", fee(r, 220, 300), False),
                 (dos + dt.timedelta(days=14), "D4341", "LL", "19-24", fee(r, 220, 300), False)]
    elif kind in ("pred_bone", "pred_partial"):
        lines = [(None, "D4341", q, t, fee(r, 215, 285), kind == "pred_bone" or q in ("LL", "LR"))
                 for q, t in (("UR", "1-5"), ("UL", "11-15"), ("LL", "19-23"), ("LR", "26-31"))]
    f = dict(kind=kind, ins=ins, ds=ds, ms=ms, notice=notice, dos=dos, sub=sub, pat=pat, rel=patient_rel,
             dentist=dentist, npi="1" + digits(r, 9), tin=f"{digits(r, 2)}-{digits(r, 7)}",
             mid={HD: "HDB" + digits(r, 8), CB: f"CDP-{digits(r, 4)}-{digits(r, 4)}", KT: "K" + digits(r, 9)}[ins],
             grp={HD: digits(r, 5) + "-0" + str(r.randint(1, 9)), CB: "CB" + digits(r, 6), KT: digits(r, 7)}[ins],
             employer=r.choice(EMPLOYERS),
             claim={HD: "HD26" + digits(r, 8), CB: "PD-26-" + digits(r, 6), KT: digits(r, 13)}[ins],
             dob=dt.date(r.randint(1952, 1994), r.randint(1, 12), r.randint(1, 28)),
             received=notice - dt.timedelta(days=r.randint(4, 10)),
             prior=dos - dt.timedelta(days=r.randint(300, 640)),
             prior2=dos - dt.timedelta(days=r.randint(60, 150)),
             ph=f"1-8{r.choice('4567')}{r.choice('05')}-555-{digits(r, 4)}", fax=f"1-{digits(r, 3)}-555-{digits(r, 4)}",
             lines=lines)
    if kind == "maint":
        f["prior"] = dt.date(dos.year, 1, 1) + dt.timedelta(days=r.randint(5, 40))
        f["prior2"] = f["prior"] + dt.timedelta(days=r.randint(80, 100))
        if f["prior2"] >= dos:
            f["dos"] = dos = f["prior2"] + dt.timedelta(days=70)
            f["lines"] = [(dos, c, q, t, x, dn) for _, c, q, t, x, dn in lines]
            f["notice"] = dos + dt.timedelta(days=r.randint(12, 30))
            f["received"] = f["notice"] - dt.timedelta(days=5)
    f["total"] = round(sum(x[4] for x in f["lines"]), 2)
    f["denied"] = round(sum(x[4] for x in f["lines"] if x[5]), 2)
    return f


def fd(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def usd(f: dict, v: float) -> str:
    return fmt_money(v, f["ms"])


def note_text(f: dict) -> tuple[str, str]:
    k = f["kind"]
    if k == "charting":
        return "P41", ("Scaling and root planing requires a periodontal chart with pocket depths of 4 mm or more in "
                       "the quadrant, recorded within 12 months. No pocket depth charting was received for these "
                       "quadrants, so the service is not shown to be necessary. The evaluation was paid.")
    if k == "within24":
        return "F24", (f"Benefits for scaling and root planing are limited to once per quadrant every 24 months. "
                       f"The lower left quadrant was scaled on {fd(f, f['prior'])}. The upper left quadrant was "
                       "allowed.")
    if k == "maint":
        return "F2Y", (f"Periodontal maintenance (D4910) is covered twice per calendar year. Maintenance was "
                       f"already paid on {fd(f, f['prior'])} and {fd(f, f['prior2'])}. Radiographs were allowed.")
    return "", ""


def header_hd(d: Doc, f: dict) -> None:
    a = ADDR[HD]
    d.text_line("Halvard Dental", 20, "B")
    d.text_line(f"{HD}  -  {a[0]}, {a[1]}  -  {f['ph']}", 8)
    d.rule(0.5, 3)


def eob_hd(d: Doc, f: dict) -> None:
    d.add_page()
    header_hd(d, f)
    d.text_line("Dental Explanation of Benefits", 14, "B")
    d.text_line("This is not a bill. Keep this statement for your records.", 8.5)
    d.ln(3)
    dn, dentist = f["dentist"], f"{f['dentist'][0]}, {f['dentist'][1]}"
    left = [("Statement date", fd(f, f["notice"])), ("Subscriber", f["sub"]), ("Member ID", f["mid"]),
            ("Group", f"{f['grp']}  {f['employer']}"), ("Patient", f"{f['pat']} ({f['rel']})"),
            ("Patient birth date", fd(f, f["dob"]))]
    right = [("Claim number", f["claim"]), ("Treating dentist", dentist), ("Office", dn[2]),
             ("Dentist NPI", f["npi"]), ("Claim received", fd(f, f["received"]))]
    y0 = d.get_y()
    for i, (k, v) in enumerate(left):
        d.set_xy(18, y0 + i * 5)
        d.font(8.5, "B")
        d.cell(32, 5, k)
        d.font(8.5)
        d.cell(70, 5, v)
    for i, (k, v) in enumerate(right):
        d.set_xy(118, y0 + i * 5)
        d.font(8.5, "B")
        d.cell(30, 5, k)
        d.font(8.5)
        d.cell(52, 5, v)
    d.set_xy(18, y0 + 6 * 5 + 5)
    code, note = note_text(f)
    rows = []
    for dt_, c, q, t, x, dn_ in f["lines"]:
        allowed = 0 if dn_ else round(x * 0.85, 2)
        paid = 0 if dn_ else round(allowed * 0.8, 2)
        rows.append([fd(f, dt_), c, q or "-", t or "-", DESC[c], usd(f, x), usd(f, allowed), usd(f, paid),
                     usd(f, x - paid), code if dn_ else ""])
    tp = sum(round(round(x * 0.85, 2) * 0.8, 2) for *_, x, dn_ in f["lines"] if not dn_)
    rows.append(["*Totals", "", "", "", "", usd(f, f["total"]), "", usd(f, tp), usd(f, f["total"] - tp), ""])
    d.table(["Date", "Code", "Quad", "Teeth", "Description", "Submitted", "Allowed", "Plan pays", "You pay", "Note"],
            rows, [19, 12, 10, 13, 56, 17, 15, 16, 14, 10], 7.3, "LLLLLRRRRL")
    d.text_line("Notes", 10, "B")
    d.para(f"{code}  {note}", 8.8)
    d.text_line("Your benefits this year", 10, "B")
    d.para(f"Annual maximum {usd(f, 1500)}; used to date {usd(f, 412.8)}; deductible {usd(f, 50)} met.", 8.8)
    d.text_line("If you disagree", 10, "B")
    d.para("You or your dentist may ask us to review this decision. Send a written appeal within 180 days of the "
           f"date of this statement to {HD}, Appeals, {ADDR[HD][0]}, {ADDR[HD][1]}, with any periodontal charting "
           f"or radiographs we did not have. Questions: {f['ph']}.", 8.8)


def eob_kt(d: Doc, f: dict) -> None:
    """Line-printer EOB in Courier."""
    d.add_page()
    a = ADDR[KT]
    d.set_font("Courier", "B", 12)
    d.cell(0, 6, KT.upper(), new_x="LMARGIN", new_y="NEXT")
    d.set_font("Courier", "", 8.5)
    dl = f["notice"] + dt.timedelta(days=180)
    dentist = f"{f['dentist'][0]}, {f['dentist'][1]}"
    lines = [f"{a[0]}   {a[1]}   CUSTOMER SERVICE {f['ph']}", "",
             "EXPLANATION OF DENTAL BENEFITS" + " " * 20 + f"DATE: {fd(f, f['notice'])}", "-" * 92,
             f"SUBSCRIBER: {f['sub'].upper():<34} ID NO: {f['mid']}",
             f"PATIENT:    {f['pat'].upper():<34} RELATIONSHIP: {f['rel'].upper()}",
             f"GROUP NO:   {f['grp']:<34} EMPLOYER: {f['employer'].upper()}",
             f"PROVIDER:   {dentist.upper():<34} TAX ID: {f['tin']}",
             f"CLAIM NO:   {f['claim']:<34} RECEIVED: {fd(f, f['received'])}", "-" * 92,
             f"{'SERVICE DT':<11}{'PROC':<7}{'AREA':<10}{'CHARGE':>10}{'ALLOWED':>10}{'PAID':>10}{'PT RESP':>10}  CODE",
             ]
    tp = 0.0
    code, note = note_text(f)
    for dt_, c, q, t, x, dn_ in f["lines"]:
        allowed = 0 if dn_ else round(x * 0.9, 2)
        paid = 0 if dn_ else round(allowed * 0.8, 2)
        tp += paid
        area = f"{q} {t}".strip() or "-"
        lines.append(f"{fd(f, dt_):<11}{c:<7}{area:<10}{usd(f, x):>10}{usd(f, allowed):>10}{usd(f, paid):>10}"
                     f"{usd(f, x - paid):>10}  {code if dn_ else ''}")
    lines += ["", f"{'CLAIM TOTAL':<28}{usd(f, f['total']):>10}{'':>10}{usd(f, tp):>10}{usd(f, f['total'] - tp):>10}",
              "-" * 92]
    for ln in lines:
        d.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    if code:
        d.multi_cell(0, 4.3, f"{code}: {note.upper()}", new_x="LMARGIN", new_y="NEXT")
    else:
        d.multi_cell(0, 4.3, f"PAYMENT OF {usd(f, tp)} SENT TO {f['dentist'][2].upper()}. PATIENT RESPONSIBILITY IS "
                     "YOUR 20 PERCENT COINSURANCE FOR BASIC SERVICES.", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.multi_cell(0, 4.3, "APPEALS: TO APPEAL THIS DETERMINATION, WRITE TO THE ADDRESS ABOVE. APPEALS MUST BE "
                 f"RECEIVED BY {fd(f, dl).upper()}. INCLUDE THE CLAIM NUMBER AND ANY RECORDS.",
                 new_x="LMARGIN", new_y="NEXT")


def letter_cb(d: Doc, f: dict) -> None:
    d.add_page()
    a = ADDR[CB]
    dentist = f"{f['dentist'][0]}, {f['dentist'][1]}"
    if f["ds"] == "abbr":  # faxed to the office
        d.text_line(f"FAX FROM {CB.upper()}  {f['fax']}   TO: {f['dentist'][2].upper()}   PAGE 1 OF 1", 8)
        d.ln(2)
    d.text_line(CB, 15, "B")
    d.text_line(f"Utilization Review  *  {a[0]}  *  {a[1]}", 8.5)
    d.ln(6)
    d.text_line(fd(f, f["notice"]), 10)
    d.ln(3)
    for ln in (dentist, f["dentist"][2]):
        d.text_line(ln, 10)
    d.ln(4)
    d.text_line("Predetermination of Benefits - Periodontal Treatment", 12, "B")
    d.ln(1)
    for k, v in (("Patient", f["pat"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
                 ("Predetermination no.", f["claim"]), ("Date received", fd(f, f["received"])),
                 ("Patient date of birth", fd(f, f["dob"]))):
        d.font(9.5, "B")
        d.cell(46, 5, k + ":")
        d.font(9.5)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    rows = [[c, q, t, DESC[c], usd(f, x), "Not approved" if dn_ else "Approved", "R2" if dn_ else ""]
            for _, c, q, t, x, dn_ in f["lines"]]
    rows.append(["*Total submitted", "", "", "", usd(f, f["total"]), "", ""])
    d.table(["Procedure", "Quadrant", "Teeth", "Description", "Fee", "Decision", "Reason"], rows,
            [22, 17, 15, 64, 20, 26, 14], 8.2, "LLLLRLL")
    if f["kind"] == "pred_bone":
        d.para(f"R2: Dear Dr. {f['dentist'][0].split()[-1]}: we reviewed the request for scaling and root planing in "
               "all four quadrants. The bitewing and periapical radiographs sent do not show bone loss, and the "
               "periodontal chart records pocket depths of 3 mm or less. Our clinical criteria require "
               "radiographic bone loss and pockets of 4 mm or more. The treatment is not medically necessary as "
               "requested; a prophylaxis (D1110) would be covered.")
        d.para("This is a predetermination, not a guarantee of payment. You or the patient may appeal within 180 "
               "days of the date of this letter. Send records to the address above.")
    else:
        d.para(f"R2: The lower left and lower right quadrants were scaled and root planed on {fd(f, f['prior'])}. "
               "The plan pays for scaling and root planing once per quadrant in 24 months, so these two quadrants "
               "are not covered until 24 months have passed. The upper quadrants are approved as submitted.")
        dl = f["notice"] + dt.timedelta(days=180)
        d.para(f"To appeal, send your request with any new records by {fd(f, dl)}. Questions: {f['ph']}.")
    d.ln(2)
    d.text_line("Dental Consultant, Cobblestone Dental Plan", 9.5)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=None)
    {HD: eob_hd, KT: eob_kt, CB: letter_cb}[f["ins"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k, ins = f["kind"], f["ins"]
    alts: dict = {"provider": [f["dentist"][2]]}
    dates = sorted({x[0].isoformat() for x in f["lines"] if x[0] and (x[5] or k == "paid")})
    if ins == HD:
        alts["group_number"] = [f"{f['grp']} {f['employer']}"]
    deadline = (f["notice"] + dt.timedelta(days=180)).isoformat()
    common = dict(insurer=ins, group_number=f["grp"], member_id=f["mid"], member_name=f["pat"],
                  case_numbers=[f["claim"]], claim_amount=f"{f['total']:.2f}", service_dates=dates,
                  denial_date=f["notice"].isoformat(), provider=f["dentist"][0], appeal_deadline=deadline)
    if f["denied"] and f["denied"] != f["total"]:
        alts["claim_amount"] = [f"{f['denied']:.2f}"]
    if k == "paid":  # the line-printer EOB prints "appeals must be received by DATE" even when it paid in full
        alts["appeal_deadline"] = [None]
        return truth("eob", None, alternates=alts, type_alternates=["other"], **common)
    if ins == CB:
        alts.setdefault("claim_amount", []).append(None)
        return truth("denial_letter", "medical_necessity" if k == "pred_bone" else "not_covered", alternates=alts,
                     denial_alternates=["other"] if k != "pred_bone" else None, type_alternates=["eob"], **common)
    if k == "charting":
        return truth("eob", "medical_necessity", alternates=alts, denial_alternates=["other"], **common)
    return truth("eob", "not_covered", alternates=alts, denial_alternates=["other"], **common)


# (stem suffix, condition, kind, issuer, date style, money style)
PLAN = [
    ("bd_eob_srp_pocket_depths_not_charted", "born_digital", "charting", HD, "slash", "plain"),
    ("bd_predetermination_no_bone_loss", "born_digital", "pred_bone", CB, "long", "plain"),
    ("scan300_eob_quadrant_within_24_months", "scan_clean_300", "within24", KT, "slash", "plain"),
    ("lowres_eob_third_maintenance_in_year", "scan_lowres_150", "maint", HD, "iso", "nosign"),
    ("faxfine_predetermination_two_quadrants_frequency", "fax_fine_g4", "pred_partial", CB, "abbr", "plain"),
    ("rotated_eob_paid_two_quadrants", "rotated", "paid", KT, "dmy", "plain"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, ds, ms) in enumerate(PLAN):
        f = facts(random.Random(173600 + i), kind, ins, ds, ms)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    # one envelope with two family members' EOBs (the subscriber's maintenance, the spouse's scaling)
    a = facts(random.Random(173620), "maint", HD, "long", "plain")
    b = facts(random.Random(173621), "charting", HD, "long", "plain", "spouse")
    shift = a["notice"] - b["notice"]
    b.update(sub=a["sub"], mid=a["mid"], grp=a["grp"], employer=a["employer"], notice=a["notice"],
             pat=b["pat"].rsplit(" ", 1)[0] + " " + a["sub"].split()[-1], dos=b["dos"] + shift,
             received=b["received"] + shift, prior=b["prior"] + shift, prior2=b["prior2"] + shift,
             lines=[(x[0] + shift, *x[1:]) for x in b["lines"]])
    items.append(Item(f"{FAMILY}_copy_stack_two_patients_maintenance_and_charting", "photocopy",
                      [(build(a), make_truth(a)), (build(b), make_truth(b))]))
    return items
