"""Family 'advocate_cover_stack': an advocacy office's cover letter followed by the client's denial (and sometimes
an EOB), scanned as one file.

Fernhollow Legal Aid Society (Health Benefits Unit), the Kettlewell Patient Advocacy Project (a program of the
Wexcombe Community Foundation) and the Cobbleford Consumer Health Law Center are fictional, as are the insurers
behind them (kit_roundm_famz). The cover letter ("Re: your client's denial - enclosed for intake") is a document of
its own that denies nothing: it names the client (and the patient when that is a child), the plan, sometimes the
member ID and the insurer's claim number, and carries the office's own numbers (case no., matter no., intake
reference, bar number) and its own dates (intake interview, the day the client got the letter, a follow-up date,
the deadline as the office counted it). Behind it come the insurer's denial letter and on three files an EOB (one
for the same claim, one paid for another visit).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundm_famz import (Paper, address, days, denial_letter, digits, eob, fdate, iso, letter_facts,
                             letter_truth, local_phone, mixed, person)

FAMILY = "advocate_cover_stack"
LANG = "en"
OFFICES = {
    "fernhollow": dict(lines=("FERNHOLLOW LEGAL AID SOCIETY", "Health Benefits Unit"),
                       addr="318 Tanner Row, Suite 4, Muncie, IN 47305", signer="Odalys V. Brightwater",
                       role="Staff Attorney", case_pat="FH-26-9999", extra=("Matter no.", "M99999")),
    "kettlewell": dict(lines=("a program of the Wexcombe Community Foundation", "Kettlewell Patient Advocacy Project"),
                       addr="77 Orchard Gate, Florence, SC 29501", signer="Thaddeus R. Quillon",
                       role="Patient Navigator", case_pat="KPAP-9999-26", extra=("Intake ref.", "IR-99999"),
                       parent=True),
    "cobbleford": dict(lines=("Cobbleford Consumer", "Health Law Center"),
                       addr="1200 Cobble Street, 3rd Floor, Grand Island, NE 68801", signer="Marisela K. Dunwoody",
                       role="Paralegal, Insurance Appeals Project", case_pat="CCHLC 26-9999",
                       extra=("Referral ID", "RID-9999-A")),
}
RECIPIENTS = ["Intake Coordinator\nHarrowmere Community Hospital Patient Financial Advocacy\n40 Mill Race Road",
              "Appeals Intake Desk\nBriarwick Family Medicine Care Coordination\n9 Saltire Street",
              "Intake Team\nRegional Health Insurance Appeals Clinic\n501 Heronsgate Road"]
SERVICE_WORDS = {"observation": "hospital stay", "snf": "nursing facility stay", "cosmetic": "eyelid surgery",
                 "mri": "back MRI", "noauth": "sleep study", "terminated": "office visit",
                 "experimental": "thyroid test", "oon": "anesthesia bill", "bundled": "podiatry visit",
                 "late": "emergency room bill", "cob": "physical therapy"}


def office_head(d: Paper, key: str, ph: str, fx: str) -> None:
    o = OFFICES[key]
    y0 = d.get_y()
    if o.get("parent"):
        d.font(8, "I")
        d.cell(0, 4, o["lines"][0], align="C", new_x="LMARGIN", new_y="NEXT")
        d.font(16, "B")
        d.cell(0, 8, o["lines"][1], align="C", new_x="LMARGIN", new_y="NEXT")
    else:
        d.font(15, "B")
        d.cell(0, 7.5, o["lines"][0], align="C", new_x="LMARGIN", new_y="NEXT")
        d.font(11.5, "B" if key == "cobbleford" else "")
        d.cell(0, 6, o["lines"][1], align="C", new_x="LMARGIN", new_y="NEXT")
    d.font(8)
    d.cell(0, 4, f"{o['addr']}  |  Tel {ph}  |  Fax {fx}", align="C", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.rule(0.6, 4)
    del y0


def cover(c: dict, f: dict) -> bytes:
    """The office's cover letter: its own numbers and dates, the client's plan facts restated, nothing decided."""
    o = OFFICES[c["office"]]
    d = Paper("serif", footer=None)
    d.add_page()
    office_head(d, c["office"], c["ph"], c["fx"])
    fd = lambda x: fdate(x, c["ds"])  # noqa: E731
    d.text_line(fd(c["date"]), 10.5, h=5.5)
    d.ln(3)
    for ln in c["to"].split("\n"):
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    d.text_line("VIA FAX AND FIRST-CLASS MAIL" if c["via"] else "BY HAND DELIVERY", 9, "B", h=5)
    d.ln(2)
    d.font(10.5, "B")
    d.cell(14, 5.5, "Re:")
    d.cell(0, 5.5, "Your client's denial - enclosed for intake", new_x="LMARGIN", new_y="NEXT")
    rows = [("Client:", c["client"])]
    if c["client"] != f["name"]:
        rows.append(("Patient:", f"{f['name']} (client's child)"))
    rows.append(("Health plan:", c["plan_words"]))
    if c["show_id"]:
        rows.append(("Member ID:", f["mid"]))
    if c["show_claim"]:
        rows.append(("Plan's claim no.:", f["claim"]))
    rows += [("Our case no.:", c["case"]), (o["extra"][0] + ":", c["extra"]), ("Date of birth:", fd(c["dob"]))]
    for k, v in rows:
        d.set_x(d.l_margin + 14)
        d.font(10, "B")
        d.cell(36, 5, k)
        d.font(10)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    svc = SERVICE_WORDS[f["kind"]]
    who = "our client" if c["client"] == f["name"] else "our client's child"
    d.para("Dear Intake Coordinator:", 10.5, gap=2)
    d.para(f"We met with {c['client'].split()[0]} {c['client'].split()[-1]} at an intake interview on "
           f"{fd(c['interview'])}. Enclosed for your intake is the letter in which {c['plan_words']} denied "
           f"payment for {who}'s {svc}. {c['client'].split()[0]} tells us the letter arrived on "
           f"{fd(c['got'])}. The bill is roughly ${c['rough']:,} and the provider's office has already called "
           "about it.", 10.5, gap=2.5)
    tail = ("By our count the appeal is due on " + fd(c["counted"]) + "; please confirm against the enclosed "
            "letter before you calendar it.") if c["counted"] else ("We have not calculated the appeal deadline; "
                                                                     "the enclosed letter states the time limit.")
    d.para(f"{tail} Our office has not filed anything with the plan, and we have not sent a representative "
           f"form. We ask that you let us know by {fd(c['followup'])} whether your program will take the case.",
           10.5, gap=2.5)
    encl = "the plan's denial letter" + (" and the Explanation of Benefits" if c["with_eob"] else "")
    d.para(f"Enclosed: {encl}. A signed release from the client is on file with us. Please use our case number "
           f"{c['case']} on anything you send us; our fax is {c['fx']}.", 10.5, gap=4)
    d.para(f"Sincerely,\n\n\n{o['signer']}\n{o['role']}" + (f"\nBar No. {c['bar']}" if c["office"] == "fernhollow"
                                                           else ""), 10.5, gap=3)
    d.font(8)
    d.cell(0, 4, "cc: client (without enclosures)    Encl. (" + str(1 + c["with_eob"]) + ")",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.font(7.5, "I")
    d.multi_cell(0, 3.6, "CONFIDENTIAL: this letter and its enclosures contain health information about our client, "
                 "shared with the client's written permission. If you are not the intended recipient, call us and "
                 "destroy the copies.", new_x="LMARGIN", new_y="NEXT")
    return pdf_bytes(d)


def cover_truth(c: dict, f: dict) -> dict:
    alts = {}
    if c["counted"]:
        alts["appeal_deadline"] = [iso(c["counted"])]
    return truth("other", None, member_id=f["mid"].replace(" ", "") if c["show_id"] else None, member_name=f["name"],
                 case_numbers=[f["claim"]] if c["show_claim"] else [], denial_date=iso(c["date"]),
                 unscored=["insurer", "provider"], alternates=alts)


def cover_facts(r: random.Random, f: dict, office: str, ds: str, **kw) -> dict:
    date = days(f["notice"], r.randint(9, 25))
    c = dict(office=office, ds=ds, date=date, to=r.choice(RECIPIENTS), via=r.random() < 0.6,
             client=f["subscriber"] or f["name"], plan_words=kw.pop("plan_words"), show_id=True, show_claim=False,
             case=mixed(r, OFFICES[office]["case_pat"]), extra=mixed(r, OFFICES[office]["extra"][1]),
             dob=dt.date(r.randint(1948, 1994), r.randint(1, 12), r.randint(1, 28)), interview=days(date, -r.randint(1, 5)),
             got=days(f["notice"], r.randint(4, 9)), rough=int(round(f["billed"], -2)) or 100,
             followup=days(date, r.randint(7, 14)), ph=local_phone(r), fx=local_phone(r), bar=digits(r, 6),
             with_eob=False)
    c["counted"] = days(f["notice"], f["n"]) if kw.pop("count", False) else None
    c.update(kw)
    return c


# (stem, condition, office, cover date style, show claim no., show member ID, count deadline, insurer, kind,
#  letter kwargs, eob: None / "same" / "paid")
PLAN = [
    ("advocate_cover_stack_bd_observation", "born_digital", "fernhollow", "long", True, True, True, "brantmoor",
     "observation", dict(ds="long", dl="within", labels=0), None),
    ("advocate_cover_stack_bd_cosmetic_eob", "born_digital", "kettlewell", "slash", False, True, False, "halliwick",
     "cosmetic", dict(ds="slash", dl="by", n=180, labels=1, mo="bare"), "same"),
    ("advocate_cover_stack_scan_noauth", "scan_clean_300", "cobbleford", "iso", True, False, True, "sorrelgate",
     "noauth", dict(ds="abbr", dl="until", n=60, labels=2, dependent=True), None),
    ("advocate_cover_stack_copy_experimental", "photocopy", "fernhollow", "dmy", False, True, False, "pennacook",
     "experimental", dict(ds="dmy", dl="receive", labels=0, mo="usd"), "paid"),
    ("advocate_cover_stack_faxs_terminated", "fax_standard_g4", "kettlewell", "slash", True, True, True, "brantmoor",
     "terminated", dict(ds="slash", dl="within", n=90, labels=1), None),
    ("advocate_cover_stack_rot_oon", "rotated", "cobbleford", "long", False, False, False, "halliwick", "oon",
     dict(ds="iso", dl="within", labels=2, prov_joined=True), None),
    ("advocate_cover_stack_photo_mri", "phone_photo", "fernhollow", "abbr", True, True, True, "sorrelgate", "mri",
     dict(ds="long", dl="within", labels=0, dependent=True), "same"),
]
PLAN_WORDS = {"brantmoor": "Brantmoor Mutual", "halliwick": "Halliwick Health Plan", "sorrelgate": "Sorrelgate",
              "pennacook": "Pennacook Valley"}


def documents(rng) -> list[Item]:
    from kit_roundm_famz import KINDS as LK
    items = []
    for i, (stem, cond, office, cds, claim_no, show_id, count, ins, kind, lkw, eob_kind) in enumerate(PLAN):
        r = random.Random(41900 + i)
        f = letter_facts(r, kind, ins, **lkw)
        c = cover_facts(r, f, office, cds, plan_words=PLAN_WORDS[ins], show_claim=claim_no, show_id=show_id,
                        count=count and f["dl"] != "receive", with_eob=eob_kind is not None)
        docs = [(cover(c, f), cover_truth(c, f)), (denial_letter(f), letter_truth(f))]
        if eob_kind == "same":
            e = dict(f, notice=days(f["notice"], -r.randint(3, 8)), pages=1)
            docs.append((eob(e), letter_truth(e, "eob")))
        elif eob_kind == "paid":
            e = letter_facts(r, "mri", ins, ds=lkw["ds"], mo=lkw.get("mo", "plain"), paid=True,
                             pages=1)
            e.update(name=f["name"], first=f["first"], last=f["last"], mid=f["mid"], group=f["group"],
                     addr=f["addr"], subscriber=f["subscriber"], kind="bundled")
            e["billed"] = round(LK["bundled"][3][0] + r.randint(0, 200) + 0.5, 2)
            e["notice"] = days(f["notice"], -r.randint(5, 20))
            e["dos"] = days(e["notice"], -r.randint(15, 30))
            e["received"] = days(e["dos"], r.randint(5, 10))
            docs.append((eob(e), letter_truth(e, "eob")))
        items.append(Item(stem, cond, docs))
    return items
