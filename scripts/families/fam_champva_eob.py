"""Family 'champva_eob': a CHAMPVA-style explanation of benefits from an invented federal program office for the
families of disabled veterans (the Veterans Dependents Health Program, VDHP).

Public-form layout: a title block with the statement date, beneficiary and sponsor boxes (the sponsor, the veteran,
is a decoy name with a file number), a claim summary (claim control number, provider, received date), a claim line
table (date of service, procedure, billed, allowed, deductible, cost share, program paid, remark) and a remark code
legend, then "If you disagree" text: a printed last day, "within 90 days of the date of this statement", or one
year. Two letterheads: the program office (logo word "VDHP" over a rule, a parent agency line above) and its claims
processor, Dunmarrow Federal Claims Services, printing "on behalf of" the program (the letterhead issuer is the
processor; the program is accepted). Reasons: no prior authorization, medical necessity in the keyword or only in
plain words, filed after the one-year limit, other health insurance primary (coordination of benefits, 'other'),
a non-covered service on a two-claim statement, and one statement that pays everything.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_rounds_famsa import address, days, fdate, iso, m2, mixed, money, npi, person, phone, staff, usd

FAMILY = "champva_eob"
LANG = "en"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PROGRAM = "Veterans Dependents Health Program"
PROCESSOR = "Dunmarrow Federal Claims Services"
PROVS = [("Ridgeback Family Medicine", "99214", "Office visit, established patient, moderate"),
         ("Wexham Imaging Associates", "72148", "MRI lumbar spine without contrast"),
         ("Corrigan Sleep Diagnostics", "95810", "Polysomnography, attended, 4 or more parameters"),
         ("Hollowbrook Physical Therapy", "97110", "Therapeutic exercise, each 15 minutes"),
         ("Saltmarsh Dermatology Clinic", "17110", "Destruction of benign lesions, up to 14"),
         ("Tarnhill Orthopedic Group", "29881", "Knee arthroscopy with meniscectomy")]
# kind: (denial type, remark code, remark text)
REMARK = {"auth": ("prior_authorization", "A27", "Prior authorization is required for this service and was not "
                   "obtained. Ask your provider to request it."),
          "mednec": ("medical_necessity", "M61", "Denied: not medically necessary for the diagnosis reported."),
          "plain": ("medical_necessity", "M64", "The records sent with the claim do not show that this service was "
                    "needed for your condition; a less intensive treatment is usually tried first."),
          "timely": ("timely_filing", "T12", "Claim received more than one year after the date of service. "
                     "Claims must be filed within one year."),
          "ohi": ("other", "H40", "You have other health insurance. Send the claim to your other plan first, then "
                  "send us its explanation of benefits."),
          "noncov": ("not_covered", "X08", "This service is excluded from program benefits (cosmetic procedure)."),
          "paid": (None, "P01", "Processed as billed after allowed amount. Beneficiary cost share applied.")}


class Eob(Doc):
    def __init__(self, foot: str):
        super().__init__("DejaVu", footer=foot, margins=(16, 14, 16))
        self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Eob, f: dict) -> None:
    if f["iss"] == "P":
        d.text_line("Federal Veterans Benefits Agency  |  Office of Family Health Programs", 8, h=4.2)
        d.text_line("VDHP", 22, "B", h=9)
        d.rule(0.8, 1)
        d.text_line(f"{PROGRAM} - PO Box 46120, Sheridan, WY 82801 - {f['ph']}", 8.5, h=4.6)
    else:
        d.text_line(PROCESSOR, 15, "B", h=7)
        d.text_line(f"Claims processing on behalf of the {PROGRAM} (VDHP)", 8.5, h=4.5)
        d.text_line(f"PO Box 8825, Opelousas, LA 70570   Customer service {f['ph']}", 8.5, h=4.5)
        d.rule(0.5, 1)
    d.ln(2)


def build(f: dict) -> bytes:
    d = Eob(f"VDHP Form 10-{f['form']}   EOB ID {f['eobid']}   Page {{p}} of {{n}}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS" if f["lab"] != 2 else "Explanation of Benefits - This is not a bill", 13,
                "B", h=7)
    d.text_line("Keep this statement for your records. THIS IS NOT A BILL.", 8.5, h=5)
    d.ln(1)
    lbl = [("Statement date", "Beneficiary", "Beneficiary ID", "Sponsor", "Sponsor file no."),
           ("Date of notice", "Patient", "Member number", "Veteran (sponsor)", "VA file number"),
           ("Issued", "Beneficiary name", "VDHP ID", "Sponsor name", "Sponsor claim file")][f["lab"]]
    d.boxes([(lbl[0], f["fd"](f["notice"]), 40), (lbl[1], f["pat"], 56), (lbl[2], f["mid"], 40),
             ("Page", "1", 20)], h=11)
    d.boxes([(lbl[3], f["sponsor"], 56), (lbl[4], f["cfile"], 40), ("Mail to", f["to"], 60)], h=11)
    d.ln(3)
    for ln in [f["to"], *f["addr"]]:
        d.text_line(ln, 9.5, h=4.6)
    d.ln(3)
    for c in f["claims"]:
        d.text_line(f"Claim control number {c['ccn']}", 10, "B", h=5.5)
        d.text_line(f"Provider: {c['prov']} (NPI {c['npi']})    Received {fdate(c['recv'], 'slash')}", 8.8, h=4.8)
        rows = []
        for ln in c["lines"]:
            rows.append([fdate(ln["dos"], f["tds"]), ln["code"], ln["desc"][:34], usd(ln["billed"], f["ms"]),
                         usd(ln["allowed"], f["ms"]), usd(ln["ded"], f["ms"]), usd(ln["cs"], f["ms"]),
                         usd(ln["paid"], f["ms"]), c["remark"]])
        rows.append(["*Claim total", "", "", usd(c["billed"], f["ms"]), usd(sum(x["allowed"] for x in c["lines"]), f["ms"]),
                     "", usd(sum(x["cs"] for x in c["lines"]), f["ms"]), usd(sum(x["paid"] for x in c["lines"]), f["ms"]), ""])
        d.table(["Service date", "Code", "Description", "Billed", "Allowed", "Deduct.", "Cost share", "Paid",
                 "Remark"], rows, [22, 12, 48, 19, 19, 14, 19, 17, 14], size=7.6, aligns="LLLRRRRRC")
    d.text_line("Remark codes", 10, "B", h=5.5)
    for c in f["claims"]:
        d.para(f"{c['remark']}  {REMARK[c['kind']][2]}", 8.8, gap=1)
    d.ln(1)
    d.para(f"Catastrophic cap: you have paid {usd(f['capsofar'])} of your {usd(3000)} calendar-year cost share cap. "
           f"Outpatient deductible met for {f['notice'].year}: {usd(50)} of {usd(50)}.", 8.6)
    d.text_line("If you disagree with this decision" if f["lab"] != 1 else "Your right to request reconsideration",
                10, "B", h=5.5)
    if f["dl"] == "date":
        dl = f"Your written request for reconsideration must be received by {f['fd'](f['deadline'])}."
    elif f["dl"] == "days":
        dl = "You may request reconsideration in writing within 90 days of the date of this statement."
    else:
        dl = "You may request reconsideration in writing within one year of the date of this statement."
    d.para(f"{dl} Send a copy of this EOB, the reason you disagree and any records to VDHP Appeals, PO Box 46300, "
           f"Sheridan, WY 82801. Claims we process are usually decided within 60 days of receipt. For help call "
           f"{f['ph']}, Monday through Friday. Prepared by {f['clerk']}, claims examiner.", 8.8)
    return pdf_bytes(d)


def facts(r: random.Random, iss: str, kinds: list[str], lab: int, ds: str, tds: str, ms: str, dl: str,
          spouse: bool) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 170))
    sponsor = person(r)
    pat = person(r, last=sponsor.split()[-1]) if spouse else person(r)
    f = dict(iss=iss, lab=lab, tds=tds, ms=ms, dl=dl, notice=notice, fd=lambda x: fdate(x, ds), pat=pat,
             sponsor=sponsor, to=pat, addr=address(r), mid=mixed(r, "V99999999"), cfile=mixed(r, "C99999999"),
             ph=phone(r), form=str(r.randint(7950, 7990)), eobid=mixed(r, "E9999A9999"), clerk=staff(r),
             capsofar=money(r, 200, 1400))
    claims = []
    for kind in kinds:
        prov, code, desc = PROVS[4] if kind == "noncov" else r.choice(PROVS)
        dos0 = days(notice, -r.randint(410, 470) if kind == "timely" else -r.randint(25, 70))
        lines = []
        for k in range(r.randint(1, 2)):
            billed = money(r, 120, 2400)
            allowed = round(billed * 0.62, 2)
            pay = kind == "paid"
            ded = 0.0
            cs = round(allowed * 0.25, 2) if pay else 0.0
            lines.append(dict(dos=days(dos0, 7 * k), code=code, desc=desc, billed=billed,
                              allowed=allowed if pay else 0.0, ded=ded, cs=cs,
                              paid=round(allowed - cs, 2) if pay else 0.0))
        claims.append(dict(kind=kind, prov=prov, npi=npi(r), ccn=mixed(r, "26-999-99999"), lines=lines,
                           billed=round(sum(x["billed"] for x in lines), 2), recv=days(notice, -r.randint(8, 20)),
                           remark=REMARK[kind][1]))
    f["claims"] = claims
    f["deadline"] = days(notice, 90)
    return f


def make_truth(f: dict) -> dict:
    target = next((c for c in f["claims"] if c["kind"] != "paid"), f["claims"][0])
    denial = REMARK[target["kind"]][0]
    alts: dict = {}
    if f["iss"] == "D":
        alts["insurer"] = [PROGRAM]
    else:
        alts["insurer"] = ["VDHP"]
    deadline = {"date": f["deadline"], "days": f["deadline"], "year": None}[f["dl"]]
    if denial is None and deadline:
        alts["appeal_deadline"] = [None]
    return truth("eob", denial, insurer=PROGRAM if f["iss"] == "P" else PROCESSOR, member_id=f["mid"],
                 member_name=f["pat"], case_numbers=[target["ccn"]], claim_amount=m2(target["billed"]),
                 service_dates=[iso(x["dos"]) for x in target["lines"]], denial_date=iso(f["notice"]),
                 provider=target["prov"], appeal_deadline=iso(deadline) if deadline else None, alternates=alts,
                 denial_alternates=["not_covered"] if denial == "other" else None)


# (stem, condition, issuer, claim kinds, label set, date style, table date style, money style, deadline, spouse)
PLAN = [
    ("champva_eob_bd_auth", "born_digital", "P", ["auth"], 0, "long", "slash", "plain", "date", True),
    ("champva_eob_bd_paid", "born_digital", "D", ["paid"], 1, "slash", "slash", "nosign", "days", False),
    ("champva_eob_scan_timely", "scan_clean_300", "P", ["timely"], 2, "iso", "iso", "plain", "days", True),
    ("champva_eob_lowres_plain", "scan_lowres_150", "D", ["plain"], 0, "abbr", "short", "plain", "date", False),
    ("champva_eob_rot_ohi", "rotated", "P", ["ohi"], 1, "dmy", "slash", "bare", "year", True),
    ("champva_eob_copy_twoclaims", "photocopy", "D", ["paid", "noncov"], 2, "long", "slash", "plain", "days", False),
    ("champva_eob_faxs_mednec", "fax_standard_g4", "P", ["mednec"], 1, "upper", "slash", "plain", "date", True),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (stem, cond, iss, kinds, lab, ds, tds, ms, dl, spouse) in enumerate(PLAN):
        r = random.Random(92000 + i)
        f = facts(r, iss, kinds, lab, ds, tds, ms, dl, spouse)
        items.append(Item(stem, cond, [(build(f), make_truth(f))]))
    return items
