"""Family 'prosthetic_limb_denial': an invented health plan's decisions on lower-limb prostheses and their parts.

Issuer: Loxley Vale Health Plan (parent line "MERIDEN CROSS HEALTH PARTNERS" above it on letters; "LOXLEY VALE" over
"Health Plan" on statements). Pre-service letters on a microprocessor knee (functional level K2 found, K3 needed), a
partial approval (socket approved, knee denied), a socket replaced within the plan's replacement period; claim letters
for a prosthesis delivered without prior approval, an unlisted code billed where a specific L-code exists, a delivery
after coverage ended; an EOB page with two claims, a paid liner claim above a denied out-of-network prosthetist's
claim. HCPCS L-codes with modifiers (RT/LT, KX, K-level), the prosthetist as provider, the prescribing physician, NPI
and the medical policy number as decoys.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, pdf_bytes, truth
from kit_roundo_famo1 import (address, days, digits, fdate, iso, local_phone, m2, mixed, money, npi, person, phone,
                              usd)

FAMILY = "prosthetic_limb_denial"
LANG = "en"
PLAN = "Loxley Vale Health Plan"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SHOPS = [("Grayling Prosthetic & Orthotic Center", "Ivo Benbow, CP"),
         ("Fallowfield Limb and Brace, LLC", "Sabina Quarrie, CPO"),
         ("Orrin Peake Prosthetics", "Orrin Peake, CP")]
OON_SHOP = ("Westerhope Mobility Prosthetics, Inc.", "Tobias Wrenfield, CP")
PRESCRIBERS = ["Dr. Ottilie Marchbank, MD (Physiatry)", "Dr. Caspar Deverell, MD (Vascular Surgery)",
               "Dr. Ines Gathercole, DO (Physical Medicine)"]
POLICY = "Medical Policy MP-4.118, Lower Limb Prostheses"
# code, modifiers, description
MPK = [("L5856", "RT KX K3", "Microprocessor knee, swing and stance phase"),
       ("L5828", "RT", "Knee, single axis, fluid swing and stance"), ("L5981", "RT", "Flex-walk foot system")]
SOCKET = [("L5700", "LT KX", "Replacement socket, below knee, molded to patient model"),
          ("L5673", "LT", "Socket insert, silicone gel, with locking mechanism")]
AK_SOCKET = [("L5701", "RT KX", "Replacement socket, above knee, molded to patient model"),
             ("L5673", "RT", "Socket insert, silicone gel, with locking mechanism")]
TTA = [("L5301", "LT K3", "Below knee, molded socket, SACH foot, endoskeletal"),
       ("L5637", "LT", "Addition, below knee, total contact"), ("L5671", "LT", "Addition, suspension locking mechanism"),
       ("L5987", "LT", "Shank foot system, vertical loading pylon")]
UNLISTED = [("L5999", "RT", "Lower extremity prosthesis, not otherwise specified (vacuum suspension)"),
            ("L5610", "RT", "Addition, above knee, hydracadence system")]
LINER = [("L5679", "LT", "Socket insert, custom silicone liner")]
KINDS = {"k2": ("medical_necessity", ["not_covered"]), "partial": ("medical_necessity", []),
         "freq": ("not_covered", ["other", "medical_necessity"]), "noauth": ("prior_authorization", []),
         "unlisted": ("coding_error", ["other"]), "oon": ("out_of_network", []),
         "ended": ("eligibility", [])}
LABELS = [dict(member="Member", mid="Member ID", grp="Group", case="Request number", prov="Prosthetist"),
          dict(member="Patient", mid="ID no.", grp="Group #", case="Reference #", prov="Requesting provider"),
          dict(member="Enrollee", mid="Subscriber ID", grp="Employer group no.", case="Case ID",
               prov="Provider (prosthetist)")]


class Letter(Doc):
    def __init__(self, foot: str, font: str = "DejaVu"):
        super().__init__(font, footer=foot, margins=(19, 15, 19))
        if font == "DejaVu":
            self.add_font("DejaVu", "B", BOLD)


def letterhead(d: Letter, f: dict, split: bool) -> None:
    y0 = d.get_y()
    if split:
        d.set_font(d.base_font, "B", 19)
        d.cell(110, 8, "LOXLEY VALE", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "", 11)
        d.cell(110, 5, "Health Plan", new_x="LMARGIN", new_y="NEXT")
    else:
        d.set_font(d.base_font, "", 7.5)
        d.cell(110, 4, "MERIDEN CROSS HEALTH PARTNERS", new_x="LMARGIN", new_y="NEXT")
        d.set_font(d.base_font, "B", 15)
        d.cell(110, 8, PLAN, new_x="LMARGIN", new_y="NEXT")
    d.set_xy(125, y0)
    d.set_font(d.base_font, "", 7.6)
    d.multi_cell(0, 3.8, f"Utilization Management - Prosthetics\nPO Box 30415, Muncie, IN 47308\n"
                 f"Member Services {f['ph']}\nFax {f['fax']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.set_y(y0 + 20)
    d.rule(0.5, 4)


def block(d: Letter, f: dict) -> None:
    lb, fd = f["lb"], f["fd"]
    rows = [(lb["member"], f["pat"]), (lb["mid"], f["mid"]), (lb["grp"], f["group"])]
    rows += [("Plan ID", f["pid"])] if f["pid"] else []
    rows += [(lb["case"], f["case"])] + ([("Claim number", f["claim"])] if f["claimdoc"] else [])
    rows += [(lb["prov"], f"{f['shop'][1]}, {f['shop'][0]}"), ("Provider NPI", f["npi"]),
             ("Prescribing physician", f["rx"]), ("Received", fd(f["rcv"]))]
    if f["claimdoc"]:
        rows += [("Date of service", fd(f["dos"])), ("Amount billed", usd(f["total"], f["ms"]))]
    for k, v in rows:
        d.set_font(d.base_font, "B", 8.8)
        d.cell(46, 5, k + ":")
        d.set_font(d.base_font, "", 8.8)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def reason(f: dict) -> str:
    fd = f["fd"]
    return {
        "k2": "Our medical policy covers a microprocessor knee for members who walk at functional level K3 or higher "
              "(able to walk at varied speeds in the community). The physical therapy evaluation and the "
              "prosthetist's notes describe walking in the home and for short distances outside with a cane, which "
              "is level K2. At that level the knee is not medically necessary; a non-microprocessor knee is covered.",
        "partial": "We approved the replacement socket and the gel insert: the notes show the residual limb has "
                   "shrunk and the current socket no longer fits. We did not approve the microprocessor knee. The "
                   "assessment rates the member at functional level K2, and our policy covers that knee only at "
                   "level K3 or above, so it is not medically necessary for this member.",
        "freq": f"A replacement socket was paid for this limb on {fd(f['prior'])}. The plan covers one replacement "
                "socket per limb in 12 months unless the limb changes in a way the notes document. The records do "
                "not show such a change, and this benefit limit means the new socket is not covered.",
        "noauth": "Your plan requires approval before a prosthetic limb costing more than $1,000 is made or "
                  "delivered. We have no approval on file for this prosthesis, and none was requested before the "
                  f"delivery on {fd(f['dos'])}. The claim is denied for that reason.",
        "unlisted": "The claim billed code L5999 (not otherwise specified) for vacuum suspension. A specific HCPCS "
                    "code describes this item, so the unlisted code cannot be paid. The prosthetist may send a "
                    "corrected claim with the right code and modifiers.",
        "ended": f"Your coverage under this plan ended on {fd(f['term'])}. The prosthesis was delivered on "
                 f"{fd(f['dos'])}, after that date, so we cannot pay the claim.",
    }[f["kind"]]


def appeal_text(f: dict) -> str:
    fd, n = f["fd"], f["n"]
    when = {"within": f"within {n} days of the date of this letter",
            "by": f"no later than {fd(days(f['notice'], n))}",
            "receive": f"within {n} days from the day you receive this letter"}[f["dl"]]
    return (f"You, your prosthetist or your doctor may appeal {when}. Write to {PLAN} Appeals, PO Box 30416, "
            f"Muncie, IN 47308, or fax {f['fax']}. Include the {f['lb']['case'].lower()} and any new records. A "
            "fast appeal (72 hours) is available when waiting could seriously harm your health. After our appeal "
            "decision you may also ask for an external review by an independent organisation within 4 months.")


def build_letter(f: dict) -> bytes:
    d = Letter(f"LVHP-PRO-{f['form']} | {POLICY} | Page {{p}} of {{n}}", f["font"])
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
    rows = []
    for code, mods, desc in f["lines"]:
        dec = "Approved" if (f["kind"] == "partial" and code in ("L5701", "L5673")) else "Denied"
        rows.append([code, mods, desc, dec] + ([usd(f["amts"][code], "nosign")] if f["claimdoc"] else []))
    head = ["HCPCS", "Modifiers", "Description", "Decision"] + (["Billed"] if f["claimdoc"] else [])
    d.table(head, rows, [18, 24, 92, 22] + ([20] if f["claimdoc"] else []) if not f["claimdoc"]
            else [16, 20, 86, 18, 20], size=7.8)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para(reason(f), 9.2)
    d.para(f"We used {POLICY} (reviewed 01/2026) and the records sent by the prosthetist. A copy of the policy is "
           "free on request. The functional level comes from the prescribing physician's evaluation.", 8.6)
    d.text_line("Your right to appeal", 10.5, "B", h=6)
    d.para(appeal_text(f), 8.8)
    d.para(f"cc: {f['shop'][0]}; {f['rx'].split(' (')[0]}", 8)
    return pdf_bytes(d)


def build_eob(f: dict) -> bytes:
    d = Letter(f"Statement {f['stmt']}  Page {{p}} of {{n}}", "Helvetica")
    d.add_page()
    letterhead(d, f, True)
    d.text_line("Explanation of Benefits - this is not a bill", 12.5, "B", h=7)
    fd = f["fd"]
    d.boxes([("Statement date", fd(f["notice"]), 40), ("Member", f["pat"], 52), ("Member ID", f["mid"], 44),
             ("Group", f["group"], 42)])
    d.ln(4)
    for c in f["claims"]:
        d.set_font("Helvetica", "B", 8.2)
        d.cell(0, 5.5, f"Claim {c['no']}   Patient: {f['pat']}   Provider: {c['shop']}   Received {fd(c['rcv'])}",
               new_x="LMARGIN", new_y="NEXT")
        rows = [[fd(c["dos"]), f"{code}-{mods.replace(' ', '-')}", desc[:38], m2(c["amts"][code]),
                 m2(c["allowed"][code]), m2(c["paid"][code]), m2(c["owe"][code]), c["remark"]]
                for code, mods, desc in c["lines"]]
        rows.append(["*Claim total", "", "", m2(c["total"]), m2(sum(c["allowed"].values())),
                     m2(sum(c["paid"].values())), m2(sum(c["owe"].values())), ""])
        d.table(["Service date", "Code-Mod", "Description", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                rows, [22, 24, 54, 17, 17, 17, 16, 11], size=7.4, aligns="LLLRRRRC")
    d.text_line("Remark codes", 9.5, "B", h=5)
    d.para("P1  Paid at the in-network rate after your deductible.\nN7  Denied. The provider is not in the Loxley "
           "Vale network and your plan has no out-of-network benefits for prosthetics; you may be billed the full "
           "charge. CARC 242, RARC N130.", 8.3)
    d.para(f"Deductible met this plan year: $1,500.00 of $1,500.00. Out-of-pocket: $2,184.30 of $6,000.00.", 8.3)
    d.text_line("Appeals", 9.5, "B", h=5)
    d.para(f"To appeal the denied claim, write to us within {f['n']} days of the date of this statement. Include "
           "the claim number. External review by an independent organisation is also available after our decision.",
           8.3)
    d.para(f"{PLAN} | Member Services {f['ph']} | TTY 711", 8)
    return pdf_bytes(d)


def amounts(r: random.Random, lines: list) -> dict:
    return {code: money(r, 900, 38000) if code in ("L5856", "L5301") else money(r, 140, 5200)
            for code, _m, _d in lines}


def facts(r: random.Random, kind: str, ds: str, dl: str, lab: int, font: str, split: bool, title: str,
          datelabel: str, ms: str = "plain") -> dict:
    notice = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 210))
    lines = {"k2": MPK, "partial": AK_SOCKET + MPK[:1], "freq": SOCKET[:1], "noauth": TTA, "unlisted": UNLISTED,
             "ended": TTA[:3], "oon": TTA}[kind]
    f = dict(kind=kind, dl=dl, lb=LABELS[lab], font=font, split=split, title=title, datelabel=datelabel, ms=ms,
             fd=lambda x: fdate(x, ds), notice=notice, pat=person(r), addr=address(r),
             mid=mixed(r, r.choice(["LVH9A9999999", "9AA99999A", "LV-99999-A9"])),
             group=mixed(r, r.choice(["G-99999", "AA99A9", "9999-999"])),
             pid=r.choice([None, mixed(r, "LV-AAA-99")]), case=mixed(r, r.choice(["PR-26-9A9999", "UM9999999A"])),
             claim=mixed(r, "99A9999999999"), shop=r.choice(SHOPS), npi=npi(r), rx=r.choice(PRESCRIBERS),
             ph=phone(r), fax=local_phone(r), form=str(r.randint(10, 99)), n=r.choice([60, 180]), lines=lines,
             claimdoc=kind in ("noauth", "unlisted", "ended"), stmt=mixed(r, "S99999999"))
    f["rcv"] = days(notice, -r.randint(4, 12))
    f["dos"] = days(notice, -r.randint(20, 60))
    f["prior"] = days(notice, -r.randint(120, 300))
    f["term"] = days(f["dos"], -r.randint(5, 40))
    f["amts"] = amounts(r, lines)
    f["total"] = round(sum(f["amts"].values()), 2)
    return f


def eob_facts(r: random.Random, ds: str) -> dict:
    f = facts(r, "oon", ds, "within", 0, "Helvetica", True, "", "")
    paid = dict(no=mixed(r, "99A9999999999"), shop=SHOPS[1][0], dos=days(f["notice"], -50), rcv=days(f["notice"], -30),
                lines=LINER, remark="P1")
    denied = dict(no=f["claim"], shop=OON_SHOP[0], dos=f["dos"], rcv=days(f["notice"], -18), lines=TTA, remark="N7")
    for c in (paid, denied):
        c["amts"] = amounts(r, c["lines"])
        c["total"] = round(sum(c["amts"].values()), 2)
        c["allowed"] = {k: (round(v * 0.7, 2) if c is paid else 0.0) for k, v in c["amts"].items()}
        c["paid"] = {k: (round(v * 0.56, 2) if c is paid else 0.0) for k, v in c["amts"].items()}
        c["owe"] = {k: (round(c["allowed"][k] - c["paid"][k], 2) if c is paid else v) for k, v in c["amts"].items()}
    f.update(claims=[paid, denied], shop=OON_SHOP, denied=denied)
    return f


def make_truth(f: dict) -> dict:
    denial, dalts = KINDS[f["kind"]]
    alts: dict = {"provider": [f["shop"][1].rsplit(",", 1)[0]]}
    if f["kind"] == "oon":
        c = f["denied"]
        return truth("eob", denial, insurer=PLAN, group_number=f["group"], member_id=f["mid"], member_name=f["pat"],
                     case_numbers=[c["no"]], claim_amount=m2(c["total"]), service_dates=[iso(c["dos"])],
                     denial_date=iso(f["notice"]), provider=OON_SHOP[0], appeal_deadline=iso(days(f["notice"], f["n"])),
                     alternates={"provider": [OON_SHOP[1].rsplit(",", 1)[0]]}, denial_alternates=dalts,
                     type_alternates=["denial_letter"])
    cases = [f["case"]] + ([f["claim"]] if f["claimdoc"] else [])
    if f["claimdoc"]:
        alts["case_numbers"] = [[f["claim"]]]
    deadline = None if f["dl"] == "receive" else iso(days(f["notice"], f["n"]))
    if f["dl"] == "receive":
        alts["appeal_deadline"] = [iso(days(f["notice"], f["n"]))]
    return truth("denial_letter", denial, insurer=PLAN, plan_id=f["pid"], group_number=f["group"],
                 member_id=f["mid"], member_name=f["pat"], case_numbers=cases,
                 claim_amount=m2(f["total"]) if f["claimdoc"] else None,
                 service_dates=[iso(f["dos"])] if f["claimdoc"] else [], denial_date=iso(f["notice"]),
                 provider=f["shop"][0], appeal_deadline=deadline, alternates=alts, denial_alternates=dalts)


# (stem, condition, kind, date style, deadline, labels, font, split letterhead, title, date label, money style)
PLAN_ROWS = [
    ("prosthetic_limb_denial_bd_mpk", "born_digital", "k2", "long", "within", 0, "DejaVu", False,
     "We denied your request for a prosthetic knee", "Date"),
    ("prosthetic_limb_denial_bd_partial", "born_digital", "partial", "slash", "by", 1, "Helvetica", True,
     "Prosthesis request: partly approved", "Notice date", "plain"),
    ("prosthetic_limb_denial_scan_socket", "scan_clean_300", "freq", "iso", "receive", 2, "DejaVu", False,
     "Notice of adverse benefit determination", "Date of notice"),
    ("prosthetic_limb_denial_copy_unlisted", "photocopy", "unlisted", "dmy", "within", 1, "Helvetica", False,
     "Claim denial: prosthetic components", "Date", "usd"),
    ("prosthetic_limb_denial_faxf_noauth", "fax_fine_g4", "noauth", "abbr", "within", 0, "DejaVu", True,
     "Claim denied: no prior approval", "Letter date", "bare"),
    ("prosthetic_limb_denial_rot_ended", "rotated", "ended", "upper", "by", 2, "Helvetica", True,
     "Claim denial notice", "Date", "nosign"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, row in enumerate(PLAN_ROWS):
        stem, cond = row[0], row[1]
        r = random.Random(15200 + i)
        f = facts(r, *row[2:])
        items.append(Item(stem, cond, [(build_letter(f), make_truth(f))]))
    r = random.Random(15290)
    f = eob_facts(r, "slash")
    items.append(Item("prosthetic_limb_denial_lowres_eob_oon", "scan_lowres_150", [(build_eob(f), make_truth(f))]))
    return items
