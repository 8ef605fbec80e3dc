"""Family 'pt_visit_limit_eob': an invented insurer's EOBs and letters on physical, occupational and speech therapy
visits where the plan's yearly visit limit was reached partway through a series.

Cindermoor Health Insurance Company is fictional, and so is every therapy clinic, therapist and number. The earlier
visits of a series are paid and the later ones denied once the limit is used up (per visit line on one claim, or one
claim per visit with only the last claim denied); a combined PT/OT limit used up by another clinic; visits past the
20th needing approval that was never asked for; a request for more visits judged not medically necessary; and one
statement with nothing denied. Decoys: the "visits used" counter (20 of 20, 30 of 30 ...), visit numbers in the lines,
the deductible and coinsurance lines, the other claims' numbers and totals, NPI, patient account and printed dates.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo2 import address, days, doctor, fdate, iso, m2, mixed, money, npi, person, phone, usd

FAMILY = "pt_visit_limit_eob"
LANG = "en"
INSURER = "Cindermoor Health Insurance Company"
CLINICS = {"PT": "Riverbend Physical Therapy & Sports Rehab", "OT": "Harwick Hand & Occupational Therapy",
           "ST": "Stonechat Pediatric Speech Therapy", "PT2": "Fellgate Spine and Physical Therapy"}
CODES = {"PT": [("97110", "Therapeutic exercise"), ("97140", "Manual therapy"), ("97112", "Neuromuscular re-ed")],
         "OT": [("97530", "Therapeutic activities"), ("97535", "Self-care training"), ("97140", "Manual therapy")],
         "ST": [("92507", "Speech/language treatment"), ("92526", "Swallowing treatment")]}
NAMES = {"PT": "physical therapy", "OT": "occupational therapy", "ST": "speech therapy"}


def letterhead(d: Doc, f: dict, title: str) -> None:
    y0 = d.get_y()
    if f["lh"] == 0:
        d.text_line("CINDERMOOR", 18, "B", h=8)
        d.text_line("Health Insurance Company", 11, "", h=5.5)
    else:
        d.text_line(INSURER, 14.5, "B", h=7.5)
        d.text_line("Member claims and benefits", 9, "I", h=5)
    d.text_line(f"PO Box {f['box']}, Moab, UT 84532   |   {f['ph']}", 8, h=4.5)
    d.set_xy(130, y0)
    d.set_font(f["font"], "B", 11)
    d.multi_cell(0, 5.5, title, align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 24)
    d.rule(0.6, 3)


def pairs(d: Doc, f: dict, rows: list) -> None:
    y = d.get_y()
    for i, (k, v) in enumerate(rows):
        d.set_xy(18 if i % 2 == 0 else 112, y + (i // 2) * 5.5)
        d.set_font(f["font"], "B", 8.8)
        d.cell(30, 5.3, k + ":")
        d.set_font(f["font"], "", 9.4)
        d.cell(62, 5.3, v)
    d.set_xy(18, y + ((len(rows) + 1) // 2) * 5.5 + 3)


def counter(d: Doc, f: dict) -> None:
    """The visits-used counter: a decoy full of numbers and a date that are not the denied visits'."""
    what = "physical and occupational therapy" if f["combined"] else NAMES[f["ther"]]
    text = f"Therapy visit counter ({f['year']} plan year): {what} visits used {f['used']} of {f['limit']}"
    if f["reached"]:
        text += f"   Limit reached on {f['short'](f['reached'])}"
    if f["combined"]:
        text += f"\nOne combined limit for physical and occupational therapy: {f['limit']} visits"
    d.set_fill_color(232, 232, 232)
    d.set_font(f["font"], "B", 9)
    d.multi_cell(0, 5, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


COLS = ["Visit", "Date", "Code", "Service", "Billed", "Allowed", "Paid", "You owe", "Note"]
WID = [11, 19, 14, 40, 20, 19, 19, 19, 19]


def claim(d: Doc, f: dict, c: dict) -> None:
    mo = f["money"]
    d.set_font(f["font"], "B", 9.4)
    d.cell(0, 5.5, f"{f['lab']['claim']}: {c['no']}    {f['lab']['prov']}: {c['prov']}", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font(f["font"], "", 8.4)
    d.cell(0, 4.5, f"Therapist {c['doc']}   NPI {c['npi']}   Patient account {c['acct']}", new_x="LMARGIN",
           new_y="NEXT")
    d.set_font(f["font"], "B", 7.8)
    for h, w in zip(COLS, WID):
        d.cell(w, 5.5, h, border="B", align="R" if h in ("Billed", "Allowed", "Paid", "You owe") else "L")
    d.ln(6)
    d.set_font(f["font"], "", 8.2)
    for ln in c["lines"]:
        vals = [str(ln["visit"]), f["short"](ln["date"]), ln["code"], ln["desc"], mo(ln["billed"]),
                mo(ln["allowed"]), mo(ln["paid"]), mo(ln["owe"]), ln["note"]]
        for v, w, h in zip(vals, WID, COLS):
            d.cell(w, 5, v, align="R" if h in ("Billed", "Allowed", "Paid", "You owe") else "L")
        d.ln(5.1)
    d.set_font(f["font"], "B", 8.4)
    for v, w, h in zip(["", "Total", "", "", mo(c["billed"]), mo(sum(x["allowed"] for x in c["lines"])),
                        mo(c["paid"]), mo(c["owe"]), ""], WID, COLS):
        d.cell(w, 5.5, v, border="T", align="R" if h in ("Billed", "Allowed", "Paid", "You owe") else "L")
    d.ln(8)


NOTES = {
    "VL": "The yearly visit limit for this therapy was used up before this visit. Visits over the limit are not "
          "covered by your plan.",
    "CL": "Physical and occupational therapy share one yearly visit limit, and it was used up before this visit "
          "(including visits at other clinics). Visits over the limit are not covered.",
    "AU": "After the 20th visit in a plan year, further therapy visits need our approval first. No approval was "
          "asked for, so this visit was not paid. The clinic may not bill you for it.",
    "PD": "Paid under your plan's outpatient rehabilitation benefit after coinsurance.",
}


def eob(f: dict) -> bytes:
    fd = f["fd"]
    d = Doc(f["font"], footer=f"Cindermoor Health Insurance Company   Doc {f['doc_no']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f, "EXPLANATION OF BENEFITS\nThis is not a bill")
    lab = f["lab"]
    pairs(d, f, [(lab["date"], fd(f["date"])), (lab["mem"], f["name"]), (lab["mid"], f["mid"]),
                 (lab["grp"], f["group"]), ("Printed", fd(days(f["date"], -1))), ("Product", "Choice PPO 3000")])
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    counter(d, f)
    for c in f["claims"]:
        claim(d, f, c)
    d.text_line("Notes", 10.5, "B", h=6)
    for k in sorted({ln["note"] for c in f["claims"] for ln in c["lines"]}):
        d.set_font(f["font"], "B", 8.8)
        d.cell(10, 4.6, k)
        d.set_font(f["font"], "", 8.8)
        d.multi_cell(0, 4.6, NOTES[k], new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Deductible: {f['money'](f['ded_met'])} of {f['money'](1500)} met. Coinsurance for outpatient "
           "rehabilitation: 20% after the deductible.", 8.8, gap=2)
    appeal(d, f)
    return pdf_bytes(d)


def appeal(d: Doc, f: dict) -> None:
    fd = f["fd"]
    when = {"within": "within 180 days of the date of this statement", "by": f"on or before {fd(f['deadline'])}",
            "receipt": "within 180 days after you receive this notice",
            "within_l": "within 180 days of the date of this letter"}[f["dl"]]
    d.text_line("Questions or disagree?", 10.5, "B", h=6)
    d.para(f"Call {f['ph']}. If you disagree with how we handled a claim, you may appeal {when}. Send your appeal "
           f"to Appeals, PO Box {f['abox']}, Moab, UT 84532 with the claim number and your therapist's notes. "
           "Ask for an expedited appeal if waiting could seriously harm your health (answer within 72 hours).",
           8.9, gap=2)


def letter(f: dict) -> bytes:
    fd, mo = f["fd"], f["money"]
    d = Doc(f["font"], footer=f"Form CM-{f['form']}   Ref {f['doc_no']}")
    d.add_page()
    letterhead(d, f, "")
    d.text_line(fd(f["date"]), 10.3, h=5)
    d.ln(3)
    for ln in [f["subscriber"], *f["addr"]]:
        d.text_line(ln, 10.3, h=5)
    d.ln(4)
    lab = f["lab"]
    rows = [(lab["mem"], f["name"]), (lab["mid"], f["mid"]), (lab["grp"], f["group"]), (lab["claim"], f["case"]),
            (lab["prov"], f["prov"])]
    for k, v in rows:
        d.set_font(f["font"], "B", 9.4)
        d.cell(40, 5.2, k + ":")
        d.set_font(f["font"], "", 9.8)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f["title"], 11.5, "B", h=7)
    for t in f["body"]:
        d.para(t, 10.1, gap=2.5)
    counter(d, f)
    appeal(d, f)
    d.para("Sincerely,\n\nRehabilitation Benefits Review\n" + INSURER, 10, gap=2)
    return pdf_bytes(d)


LABELS = [dict(date="Statement date", mem="Patient", mid="Member ID", grp="Group", claim="Claim number",
               prov="Provider"),
          dict(date="Date issued", mem="Member", mid="ID no.", grp="Group #", claim="Claim #", prov="Clinic"),
          dict(date="Processed", mem="Patient name", mid="Subscriber ID", grp="Grp no.", claim="Reference",
               prov="Therapy provider")]


def visits(r: random.Random, f: dict, ther: str, first: dt.date, n: int, first_no: int, deny_from: int | None,
           note: str) -> list[dict]:
    out, day = [], first
    for i in range(n):
        no = first_no + i
        for code, desc in r.sample(CODES[ther], 2 if ther != "ST" else 1):
            billed = money(r, 75, 190)
            if deny_from is not None and no >= deny_from:
                out.append(dict(visit=no, date=day, code=code, desc=desc, billed=billed, allowed=0.0, paid=0.0,
                                owe=billed if note in ("VL", "CL") else 0.0, note=note))
            else:
                allowed = round(billed * r.uniform(0.5, 0.7), 2)
                out.append(dict(visit=no, date=day, code=code, desc=desc, billed=billed, allowed=allowed,
                                paid=round(allowed * 0.8, 2), owe=round(allowed * 0.2, 2), note="PD"))
        day = days(day, r.choice([2, 3, 4, 5]))
    return out


def mk_claim(r: random.Random, prov: str, lines: list, therapist: str) -> dict:
    cred = ", OTR/L" if "Occupational" in prov else ", CCC-SLP" if "Speech" in prov else ", PT, DPT"
    return dict(no=mixed(r, r.choice(["CM26999999", "9999A999999", "C-26-999999"])), prov=prov, doc=therapist + cred,
                npi=npi(r), acct=mixed(r, "9999999"),
                lines=lines, billed=round(sum(x["billed"] for x in lines), 2),
                paid=round(sum(x["paid"] for x in lines), 2), owe=round(sum(x["owe"] for x in lines), 2))


def facts(r: random.Random, kind: str, ds: str, ms: str, dl: str, lh: int, li: int, font: str) -> dict:
    date = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 150))
    name = person(r)
    ther = {"lines": "PT", "claims": "OT", "speech": "ST", "paid": "PT", "extend": "PT", "auth": "PT",
            "combined": "OT"}[kind]
    f = dict(kind=kind, ther=ther, fd=lambda x: fdate(x, ds), short=lambda x: fdate(x, "short"),
             money=lambda v: usd(v, ms), dl=dl, lh=lh, lab=LABELS[li], font=font, date=date, name=name,
             subscriber=person(r, last=name.split()[-1]) if kind == "speech" else name, addr=list(address(r)),
             mid=mixed(r, r.choice(["CMH999999999", "9999999A99", "U9999-99999"])),
             group=mixed(r, r.choice(["99999", "GRP-9999", "99A999"])), ph=phone(r), box=r.randint(3000, 3999),
             abox=r.randint(400, 499), doc_no=mixed(r, "D99A999999"), form=mixed(r, "999-A"), year=date.year,
             limit={"PT": 30, "OT": 24, "ST": 20}[ther], combined=kind == "combined", ded_met=money(r, 300, 1500),
             prov=CLINICS[ther], reached=None, therapist=doctor(r))
    f["deadline"] = days(date, 180)
    start = days(date, -r.randint(40, 60))
    lim = f["limit"]
    if kind in ("lines", "paid"):
        first = lim - 3 if kind == "lines" else 11
        ls = visits(r, f, "PT", start, 7 if kind == "lines" else 4, first, lim + 1 if kind == "lines" else None, "VL")
        f["claims"] = [mk_claim(r, f["prov"], ls, f["therapist"])]
        f["denied"] = f["claims"][0]
        f["used"] = lim if kind == "lines" else 14
        f["reached"] = next(x["date"] for x in ls if x["visit"] == lim) if kind == "lines" else None
    elif kind in ("claims", "auth"):
        lim_first = {"claims": lim - 2, "auth": 19}[kind]
        if kind == "auth":
            f["limit"], f["used"] = 20, 20
        cl, day = [], start
        for k in range(4):
            deny = (k == 3) if kind == "claims" else k >= 2
            note = "VL" if kind == "claims" else "AU"
            ls = visits(r, f, f["ther"], day, 1, lim_first + k, lim_first + k if deny else None, note)
            cl.append(mk_claim(r, f["prov"], ls, f["therapist"]))
            day = days(day, r.choice([3, 4, 7]))
        if kind == "auth":  # approval-needed visits: one claim for the two visits after the 20th
            cl = cl[:2] + [mk_claim(r, f["prov"], cl[2]["lines"] + cl[3]["lines"], f["therapist"])]
        f["claims"] = cl
        f["denied"] = cl[-1]
        f["used"] = lim if kind == "claims" else 20
        if kind == "claims":
            f["reached"] = cl[-2]["lines"][0]["date"]
    elif kind == "combined":
        pt = visits(r, f, "PT", start, 3, lim - 2, None, "PD")
        ot = visits(r, f, "OT", days(start, 11), 3, lim + 1, lim + 1, "CL")
        f["claims"] = [mk_claim(r, CLINICS["PT2"], pt, doctor(r)), mk_claim(r, f["prov"], ot, f["therapist"])]
        f["denied"] = f["claims"][1]
        f["used"], f["reached"] = lim, pt[-1]["date"]
    else:  # letters: speech (limit reached partway), extend (more visits asked for)
        f["case"] = mixed(r, r.choice(["CM26999999", "RQ-26-99999"]))
        f["used"], f["reached"] = lim, None
        if kind == "speech":
            f["start"] = days(start, 14)
            f["end"] = days(f["start"], r.choice([14, 17, 21]))
            f["paid_from"] = days(start, -120)
            f["billed"] = money(r, 700, 1400)
            f["reached"] = days(f["start"], -3)
        else:
            f["start"] = days(date, r.randint(5, 12))
            f["end"] = days(f["start"], 41)
            f["billed"] = None
        f["doc"] = doctor(r) + (", CCC-SLP" if kind == "speech" else ", PT, DPT")
    return f


def letter_body(f: dict) -> None:
    fd, mo = f["fd"], f["money"]
    if f["kind"] == "speech":
        f["title"] = "Speech therapy visits over your yearly limit"
        f["body"] = [f"Dear {f['subscriber'].split()[0]} {f['subscriber'].split()[-1]}:",
                     f"Your plan covers up to {f['limit']} speech therapy visits each plan year. {f['name']} had "
                     f"{f['limit']} covered visits with {f['prov']} between {fd(f['paid_from'])} and "
                     f"{fd(f['reached'])}, and we paid those. The visits with {f['doc']} from {fd(f['start'])} "
                     f"through {fd(f['end'])} came after the limit was reached, so they are not covered. The clinic "
                     f"billed {mo(f['billed'])} for them. The limit starts again on January 1.",
                     "This decision is about the number of visits your plan covers, not about whether the therapy "
                     "helps. You may owe the clinic for these visits."]
    else:
        f["title"] = "Request for more physical therapy visits denied"
        f["body"] = [f"Dear {f['name'].split()[0]} {f['name'].split()[-1]}:",
                     f"You have used all {f['limit']} physical therapy visits your plan covers this year. Your plan "
                     "may cover more visits when therapy is still needed to regain function that was lost and "
                     f"progress can be measured. {f['prov']} asked for 12 more visits with {f['doc']} from "
                     f"{fd(f['start'])} through {fd(f['end'])}.",
                     "Our reviewer, a licensed physical therapist, read the progress notes. Your knee motion and "
                     "strength have not changed over the last six visits and you are doing your home exercise "
                     "program on your own. More supervised visits are not medically necessary, so the request is "
                     "denied."]


def make_truth(f: dict) -> dict:
    kind = f["kind"]
    alts: dict = {"insurer": ["Cindermoor"]}
    deadline = None if f["dl"] == "receipt" else iso(f["deadline"])
    if f["dl"] == "receipt":
        alts["appeal_deadline"] = [iso(f["deadline"])]
    if kind in ("speech", "extend"):
        denial, dalts = ("not_covered", ["other"]) if kind == "speech" else ("medical_necessity", ["not_covered"])
        alts["provider"] = [f["doc"].split(",")[0]]
        alts["service_dates"] = [[iso(f["start"])]]
        return truth("denial_letter", denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"],
                     member_name=f["name"], case_numbers=[f["case"]],
                     claim_amount=m2(f["billed"]) if f["billed"] else None,
                     service_dates=[iso(f["start"], f["end"])], denial_date=iso(f["date"]), provider=f["prov"],
                     appeal_deadline=deadline, alternates=alts, denial_alternates=dalts)
    c = f["denied"]
    alts["provider"] = [c["doc"].split(",")[0]]
    if kind == "paid":
        alts["appeal_deadline"] = [iso(f["deadline"])]
        all_dates = sorted({iso(x["date"]) for x in c["lines"]})
        alts["service_dates"] = [[iso(c["lines"][0]["date"], c["lines"][-1]["date"])]]
        return truth("eob", None, insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                     case_numbers=[c["no"]], claim_amount=m2(c["billed"]), service_dates=all_dates,
                     denial_date=iso(f["date"]), provider=c["prov"], appeal_deadline=None, alternates=alts)
    denied_dates = sorted({iso(x["date"]) for x in c["lines"] if x["note"] != "PD"})
    all_dates = sorted({iso(x["date"]) for x in c["lines"]})
    if all_dates != denied_dates:
        alts["service_dates"] = [all_dates]
    denial, dalts = {"lines": ("not_covered", ["other"]), "claims": ("not_covered", ["other"]),
                     "auth": ("prior_authorization", ["not_covered"]),
                     "combined": ("not_covered", ["other"])}[kind]
    return truth("eob", denial, insurer=INSURER, group_number=f["group"], member_id=f["mid"], member_name=f["name"],
                 case_numbers=[c["no"]], claim_amount=m2(c["billed"]), service_dates=denied_dates,
                 denial_date=iso(f["date"]), provider=c["prov"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalts, type_alternates=["denial_letter"])


# (stem, condition, kind, date style, money style, deadline, letterhead, labels, font)
PLAN = [
    ("pt_visit_limit_eob_bd_lines", "born_digital", "lines", "long", "plain", "within", 0, 0, "Helvetica"),
    ("pt_visit_limit_eob_bd_speech", "born_digital", "speech", "abbr", "plain", "within_l", 1, 1, "Times"),
    ("pt_visit_limit_eob_scan_claims", "scan_clean_300", "claims", "slash", "nosign", "by", 1, 2, "Helvetica"),
    ("pt_visit_limit_eob_phone_paid", "phone_photo", "paid", "abbr", "plain", "within", 0, 1, "Helvetica"),
    ("pt_visit_limit_eob_rot_extend", "rotated", "extend", "long", "plain", "receipt", 0, 0, "Times"),
    ("pt_visit_limit_eob_faxs_auth", "fax_standard_g4", "auth", "iso", "bare", "within", 0, 1, "Helvetica"),
    ("pt_visit_limit_eob_copy_combined", "photocopy", "combined", "dmy", "usd", "by", 1, 0, "Times"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, kind, ds, ms, dl, lh, li, font) in enumerate(PLAN):
        r = random.Random(17100 + i)
        f = facts(r, kind, ds, ms, dl, lh, li, font)
        if kind in ("speech", "extend"):
            letter_body(f)
            pdf = letter(f)
        else:
            pdf = eob(f)
        items.append(Item(stem, cond, [(pdf, make_truth(f))]))
    return items
