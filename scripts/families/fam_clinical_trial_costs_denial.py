"""Family 'clinical_trial_costs_denial': an invented insurer's letters and EOBs on the routine patient costs of a
member taking part in a cancer clinical trial.

Issuer: Brindlecombe Health Insurance Company ("BRINDLECOMBE" over "Health Insurance Company" on statements; the full
name under a parent line "HAVERSHAW FINANCIAL GROUP" on letters). Letters deny routine costs as experimental, a trial
at a cancer center outside the network, research-only scans, a claim filed after the filing limit; EOBs pay the
routine costs and deny only the investigational drug; a fax stack of an appeal decision that overturns an earlier
denial and the reprocessed EOB that pays every line (nothing denied). Decoys: trial identifier (NCT number), sponsor protocol number, IRB number, NPI, the
center's patient account number, statement and document numbers, allowed / paid / you-owe amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo1 import (address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone,
                              usd)

FAMILY = "clinical_trial_costs_denial"
LANG = "en"
INS = "Brindlecombe Health Insurance Company"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CENTERS = ["Lammas Ridge Cancer Center", "Tarrant Hollow Comprehensive Cancer Institute",
           "Saint Audra Oncology Center"]
OON_CENTER = "Coldharbour University Cancer Hospital"
ONCOLOGISTS = ["Dr. Valentin Ashby-Crewe, MD", "Dr. Hermione Stoddart, MD", "Dr. Lucan Petherick, DO",
               "Dr. Juniper Okonedo-Hale, MD"]
TRIALS = [("a Phase II study of an investigational antibody with chemotherapy in metastatic pancreatic cancer",
           "BRX-4471-201"), ("a Phase III study comparing two radiation schedules in early breast cancer",
                             "ORB-2290-03"),
          ("a Phase I/II study of an investigational cell therapy in relapsed lymphoma", "CTX-118-12")]
# routine lines: (cpt/hcpcs, description)
ROUTINE = [("99215", "Office visit, established patient"), ("74177", "CT abdomen and pelvis with contrast"),
           ("80053", "Comprehensive metabolic panel"), ("85025", "Complete blood count"),
           ("96413", "Chemotherapy infusion, first hour"), ("J9201", "Gemcitabine, 200 mg")]
INVEST = ("C9399", "Investigational drug (study agent), per dose")
KINDS = {"exp_letter": ("experimental", ["not_covered"]), "oon": ("out_of_network", ["experimental"]),
         "research": ("not_covered", ["experimental"]), "late": ("timely_filing", []),
         "eob_invest": ("experimental", ["not_covered"]), "eob_paid": (None, []), "overturn": (None, [])}
LABELS = [dict(member="Member", mid="Member ID", grp="Group number", claim="Claim number", doc="Treating oncologist"),
          dict(member="Patient", mid="Identification no.", grp="Group", claim="Claim #", doc="Physician"),
          dict(member="Insured", mid="ID #", grp="Grp no.", claim="Claim reference", doc="Ordering provider")]


class Letter(Doc):
    def __init__(self, foot: str, font: str = "DejaVu"):
        super().__init__(font, footer=foot, margins=(19, 15, 19))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict, split: bool) -> None:
    y0 = d.get_y()
    if split:
        d.set_font(d.base_font, "B", 19)
        d.cell(110, 8, "BRINDLECOMBE", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "", 10.5)
        d.cell(110, 5, "Health Insurance Company", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(d.base_font, "", 7.5)
        d.cell(110, 4, "HAVERSHAW FINANCIAL GROUP", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "B", 14)
        d.cell(110, 8, INS, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(128, y0)
    d.set_font(d.base_font, "", 7.6)
    d.multi_cell(0, 3.8, f"Claims and Appeals\nPO Box 77104, Decatur, IL 62525\nCustomer care {f['ph']}\n"
                 f"Fax {f['fax']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 4)


def lines_for(r: random.Random, kind: str, dos: dt.date) -> list[dict]:
    n = {"exp_letter": 4, "oon": 0, "research": 0, "late": 4, "eob_invest": 5, "eob_paid": 4, "overturn": 4}[kind]
    out = [dict(code=c, desc=s, dos=dos if i < 3 else days(dos, 7), billed=money(r, 60, 4200))
           for i, (c, s) in enumerate(ROUTINE[:n])]
    if kind == "eob_invest":
        out.append(dict(code=INVEST[0], desc=INVEST[1], dos=days(dos, 7), billed=money(r, 6000, 19000)))
    if kind == "research":
        out = [dict(code="78815", desc="PET/CT scan for study data only", dos=dos, billed=money(r, 3000, 7500)),
               dict(code="88305", desc="Tissue biopsy review, research sample", dos=dos, billed=money(r, 200, 900))]
    return out


def block(d: Letter, f: dict) -> None:
    lb, fd = f["lb"], f["fd"]
    rows = [(lb["member"], f["pat"]), (lb["mid"], f["mid"]), (lb["grp"], f["group"])]
    rows += [(lb["claim"], f["claim"])] if f["claim"] else [("Request number", f["req"])]
    rows += [(lb["doc"], f["doctor"]), ("Cancer center", f["center"]), ("NPI", f["npi"]),
             ("Clinical trial", f"{f['nct']} (sponsor protocol {f['trial'][1]})")]
    if f["lines"]:
        rows += [("Amount billed", usd(f["total"], f["ms"]))]
    for k, v in rows:
        d.set_font(d.base_font, "B", 8.8)
        d.cell(44, 5, k + ":")
        d.set_font(d.base_font, "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    fd, span = f["fd"], f"from {f['fd'](f['dos'])} through {f['fd'](f['dend'])}"
    return {
        "exp_letter": f"These charges are for care you received {span} while enrolled in {f['trial'][0]}. Our "
                      "records show the services were provided as part of a research study. Services given in a "
                      "study whose safety and effect are still being tested are experimental or investigational "
                      "under your policy, and we have denied the claim.",
        "oon": f"Your oncologist asked us to cover routine care in {f['trial'][0]} at {OON_CENTER}, planned to start "
               f"{fd(f['dos'])}. We cover the routine costs of an approved trial, but your plan covers care only from "
               "network providers, and that hospital is not in our network. The same study is open at a network "
               "center, listed below. For this reason we cannot approve the request.",
        "research": "The scans and the biopsy review on this claim were done only to collect data for the study; "
                    "they are not used to manage your care. The trial sponsor is expected to pay for study-only "
                    "items. Your plan does not pay for items and services provided solely to meet the research's "
                    "data collection and analysis needs.",
        "late": f"This claim for the routine care of {span} reached us on {fd(f['rcv'])}. Claims must be sent "
                "within 365 days of the date of service. It arrived after that limit, so it cannot be paid. You are "
                "not responsible for this amount when a network provider files late.",
        "overturn": f"You appealed our denial of the routine costs of your care {span}. We looked at the claim "
                    "again. Routine patient costs of an approved clinical trial are covered under your plan and "
                    "state and federal law, even though the study drug itself is not. We have reversed our "
                    "decision; the claim will be reprocessed and a new Explanation of Benefits will follow.",
    }[f["kind"]]


def build_letter(f: dict) -> bytes:
    d = Letter(f"BHI-CT-{f['form']}  Doc no. {f['docno']}  Page {{p}} of {{n}}", f["font"])
    d.add_page()
    letterhead(d, f, f["split"])
    d.text_line(f"{f['datelabel']}: {f['fd'](f['notice'])}", 9.5)
    d.ln(2)
    for ln in [f["pat"], *f["addr"]]:
        d.text_line(ln, 9.3, h=4.5)
    d.ln(4)
    d.text_line(f["title"], 12.5, "B", h=7)
    d.ln(1)
    block(d, f)
    if f["lines"]:
        d.table(["Date", "Code", "Service", "Billed"],
                [[f["fd"](x["dos"]), x["code"], x["desc"], usd(x["billed"], "nosign")] for x in f["lines"]],
                [36, 16, 94, 26], size=8, aligns="LLLR")
    d.text_line("What we decided" if f["kind"] == "overturn" else "Why we denied it", 10.5, "B", h=6)
    d.para(reason(f), 9.2)
    if f["kind"] == "oon":
        d.table(["Network center with this trial", "Phone"], [[c, local_phone(random.Random(len(c)))]
                                                             for c in CENTERS[:2]], [110, 40], size=8.4)
    if f["kind"] == "overturn":
        d.para("Your appeal number is " + f["appeal"] + ". No further action is needed from you.", 9)
        return pdf_bytes(d)
    d.para(f"Example: if a routine visit in a trial is billed at $250.00, the plan pays it as any visit. (IRB no. "
           f"{f['irb']} is the study's ethics approval, not a claim number.)", 8.2)
    d.text_line("How to appeal", 10.5, "B", h=6)
    when = {"within": f"within {f['n']} days of the date of this letter",
            "by": f"by {f['fd'](days(f['notice'], f['n']))}",
            "receive": f"within {f['n']} days after you receive this letter"}[f["dl"]]
    d.para(f"You or your doctor may appeal {when}. Send it to {INS}, Appeals, PO Box 77105, Decatur, IL 62525, or "
           f"fax {f['fax']}. Urgent appeals are decided within 72 hours. You may also have the right to an "
           "external review by an independent review organisation once our appeals are done.", 8.8)
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    d = Letter(f"Statement no. {f['docno']}  Page {{p}} of {{n}}", "Helvetica")
    d.add_page()
    letterhead(d, f, True)
    fd = f["fd"]
    d.text_line("Explanation of Benefits", 13, "B", h=7)
    d.para(f"Statement date: {fd(f['notice'])}     {f['lb']['member']}: {f['pat']}     {f['lb']['mid']}: "
           f"{f['mid']}     {f['lb']['grp']}: {f['group']}", 8.8)
    d.para(f"{f['lb']['claim']}: {f['claim']}   Provider: {f['center']}   Treating: {f['doctor']}   "
           f"Patient account: {f['acct']}   Trial: {f['nct']}", 8.3)
    rows = []
    for x in f["lines"]:
        inv = x["code"] == INVEST[0]
        allowed = 0.0 if inv else round(x["billed"] * 0.62, 2)
        paid = round(allowed * 0.8, 2)
        owe = x["billed"] if inv else round(allowed - paid, 2)
        rows.append([fd(x["dos"]), x["code"], x["desc"][:36], m2(x["billed"]), m2(allowed), m2(paid), m2(owe),
                     "E41" if inv else "CT1"])
    tot = [round(sum(float(r[i]) for r in rows), 2) for i in (3, 4, 5, 6)]
    rows.append(["*Totals", "", "", *[m2(t) for t in tot], ""])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [22, 15, 60, 18, 18, 18, 16, 11], size=7.5, aligns="LLLRRRRC")
    notes = "CT1  Routine patient cost of an approved clinical trial; paid under your medical benefits."
    if any(x["code"] == INVEST[0] for x in f["lines"]):
        notes += ("\nE41  The study drug is investigational (experimental) and is not covered by your plan. The trial "
                  "sponsor usually provides it at no charge; ask the cancer center before paying.")
        d.para(notes, 8.3)
        d.para(f"Appeal: write to us within {f['n']} days of the date of this statement.", 8.5)
    else:
        d.para(notes, 8.3)
        d.para("Nothing on this statement was denied. Questions? Call customer care.", 8.5)
    d.para(f"{INS} | Customer care {f['ph']} | TTY 711", 8)
    return pdf_bytes(d)


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: int, font: str, split: bool, title: str,
          datelabel: str, ms: str = "plain") -> dict:
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    dos = days(notice, -(r.randint(30, 70) if kind != "late" else r.randint(440, 470)))
    if kind == "oon":
        dos = days(notice, r.randint(10, 25))
    f = dict(kind=kind, dl=dl, lb=LABELS[lab], font=font, split=split, title=title, datelabel=datelabel, ms=ms,
             fd=lambda x: fdate(x, ds), notice=notice, pat=person(r), addr=address(r),
             mid=mixed(r, r.choice(["BHI99A99999", "A99999999-01", "9AA999A999"])),
             group=mixed(r, r.choice(["99999-A", "GR9999", "A99-9999"])), doctor=r.choice(ONCOLOGISTS),
             center=OON_CENTER if kind == "oon" else r.choice(CENTERS), npi=npi(r), trial=r.choice(TRIALS),
             nct="NCT0" + digits(r, 7), irb=mixed(r, "IRB-9999-999"), ph=phone(r), fax=local_phone(r),
             form=str(r.randint(100, 999)), docno=digits(r, 10), n=r.choice([180, 60]), dos=dos,
             claim=None if kind == "oon" else mixed(r, r.choice(["99A999999999", "C26-999999-A"])),
             req=mixed(r, "CTR-99999"), appeal=mixed(r, "APL-26-99999"), acct=mixed(r, "PA99999999"))
    f["lines"] = [] if kind == "oon" else lines_for(r, kind, dos)
    f["dend"] = max([x["dos"] for x in f["lines"]] or [dos])
    f["total"] = round(sum(x["billed"] for x in f["lines"]), 2)
    f["rcv"] = days(dos, r.randint(380, 420))
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"provider": [f["center"]]}
    doc = f["doctor"].replace("Dr. ", "").rsplit(",", 1)[0]
    dates = sorted({x["dos"] for x in f["lines"]})
    span = [iso(dates[0], dates[-1])] if dates else [iso(f["dos"])]
    common = dict(insurer=INS, group_number=f["group"], member_id=f["mid"], member_name=f["pat"],
                  denial_date=iso(f["notice"]), claim_amount=m2(f["total"]) if f["lines"] else None)
    if f["kind"] in ("eob_invest", "eob_paid"):
        inv = [x["dos"] for x in f["lines"] if x["code"] == INVEST[0]]
        sd = [iso(d) for d in inv] if inv else [iso(d) for d in dates]
        alts["service_dates"] = [[iso(d) for d in dates], span]
        alts["provider"] = [doc]
        return truth("eob", denial, case_numbers=[f["claim"]], service_dates=sd, provider=f["center"],
                     appeal_deadline=iso(days(f["notice"], f["n"])) if denial else None, alternates=alts,
                     denial_alternates=dalts, **common)
    if f["kind"] == "overturn":
        alts["case_numbers"] = [[f["appeal"]], [f["claim"]]]
        alts["service_dates"] = [[iso(d) for d in dates]]
        return truth("other", None, case_numbers=[f["claim"], f["appeal"]], service_dates=span, provider=doc,
                     alternates=alts, **common)
    if len(dates) > 1:
        alts["service_dates"] = [[iso(d) for d in dates]]
    deadline = None if f["dl"] == "receive" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    return truth("denial_letter", denial, case_numbers=[f["claim"] or f["req"]], service_dates=span, provider=doc,
                 appeal_deadline=deadline, alternates=alts, denial_alternates=dalts, **common)


# (stem, condition, kind, date style, deadline, labels, font, split, title, date label, money style)
PLAN_ROWS = [
    ("clinical_trial_costs_denial_bd_experimental", "born_digital", "exp_letter", "long", "within", 0, "DejaVu", False,
     "We cannot pay for care received in a clinical trial", "Date", "plain"),
    ("clinical_trial_costs_denial_scan_oon", "scan_clean_300", "oon", "slash", "by", 1, "Helvetica", True,
     "Clinical trial coverage request: not approved", "Date of notice"),
    ("clinical_trial_costs_denial_lowres_late", "scan_lowres_150", "late", "dmy", "within", 2, "DejaVu", True,
     "Claim denied: filed after the time limit", "Notice date", "usd"),
    ("clinical_trial_costs_denial_faxs_research", "fax_standard_g4", "research", "abbr", "receive", 0, "Helvetica",
     False, "Notice of claim denial", "Date", "bare"),
]
EOB_ROWS = [("clinical_trial_costs_denial_bd_eob_invest", "born_digital", "eob_invest", "iso", 1),
            ("clinical_trial_costs_denial_photo_eob_invest", "phone_photo", "eob_invest", "short", 2)]


def documents(rng) -> list[Item]:
    items = []
    for i, row in enumerate(PLAN_ROWS):
        r = random.Random(15300 + i)
        f = facts(r, *row[2:])
        items.append(Item(row[0], row[1], [(build_letter(f), make_truth(f))]))
    for i, (stem, cond, kind, ds, lab) in enumerate(EOB_ROWS):
        r = random.Random(15350 + i)
        f = facts(r, kind, ds, "within", lab, "Helvetica", True, "", "")
        items.append(Item(stem, cond, [(build_eob(f), make_truth(f))]))
    # fax stack: cover sheet, the appeal decision overturning the denial, then the reprocessed EOB of the same claim,
    # every routine line paid and nothing denied
    r = random.Random(15390)
    f1 = facts(r, "overturn", "upper", "within", 1, "DejaVu", False, "Appeal decision: denial overturned", "Date")
    f2 = facts(r, "eob_paid", "upper", "within", 1, "Helvetica", True, "", "")
    f2.update(pat=f1["pat"], mid=f1["mid"], group=f1["group"], doctor=f1["doctor"], center=f1["center"],
              claim=f1["claim"], nct=f1["nct"], notice=days(f1["notice"], 9), addr=f1["addr"], lines=f1["lines"],
              total=f1["total"], dos=f1["dos"], dend=f1["dend"])
    items.append(Item("clinical_trial_costs_denial_faxf_stack", "fax_fine_g4",
                      [(build_letter(f1), make_truth(f1)), (build_eob(f2), make_truth(f2))],
                      separators=["cover", None]))
    return items
