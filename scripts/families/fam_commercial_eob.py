"""Family commercial_eob: a commercial insurer's member Explanation of Benefits, in the style of published sample EOBs.

Modelled on the sample member EOBs large insurers publish to explain their statements: 'THIS IS NOT A BILL',
a member block (subscriber, member ID, group, plan), a summary box (Amount billed / Your plan discount / Your
plan paid / Your share), deductible and out-of-pocket meters drawn as text bars, then a card per claim (claim
number, patient, provider, claim received, processed on) with a table (dates of service, service, billed,
discount or not covered, allowed, copay, deductible, coinsurance, plan paid, remark code), a remark-code legend
and the appeal paragraph. One or two claims; one denied (a line or the whole claim) or everything paid.
Invented insurers, each with its own labels.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundf import DOCTORS, FACILITIES, digits, person, phone
from public_kit import Page, fdate, m2, money, out, plus, truth

FAMILY = "commercial_eob"
LANG = "en"

INSURERS = [
    dict(name="Quillfeather Health Insurance Company", short="Quillfeather Health", plan="Open Access PPO 2500",
         addr="PO Box 61920, Carrow Falls, NE 68190", id=lambda r: f"QFH{digits(r, 9)}", code=None,
         group_label="Group number"),
    dict(name="Stonebridge Mutual Health", short="Stonebridge", plan="Stonebridge Choice POS Silver",
         addr="2100 Tollgate Pkwy, Amberley, MO 64009", id=lambda r: f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
         code=lambda r: f"{r.choice('HKMT')}{digits(r, 2)}{r.choice('ABCPQ')}", group_label="Group #"),
    dict(name="Larchmont Life & Health Assurance Co.", short="Larchmont Health", plan="Larchmont HDHP 3300 with HSA",
         addr="44 Weir Street, Dunmore Heights, CT 06199", id=lambda r: f"L{digits(r, 8)}-0{r.randint(1, 3)}",
         code=None, group_label="Employer group"),
]
PAID = [("Office visit, est. patient", "99213", 160, 240), ("Metabolic panel, comp.", "80053", 70, 140),
        ("Chest X-ray, 2 views", "71046", 110, 230), ("Flu vaccine", "90686", 45, 70),
        ("PT evaluation, moderate", "97162", 190, 260), ("Ultrasound, abdomen", "76700", 420, 690)]
# kind -> (service, code, low, high, remark, legend text)
DENIED = {
    "medical_necessity": ("CT angiography, heart", "75574", 1900, 2800, "M71",
                          "Not medically necessary. The information received does not meet the plan's clinical "
                          "criteria for this test. You may appeal."),
    "not_covered": ("Removal of skin tags, up to 15", "11200", 240, 420, "X14",
                    "Cosmetic services are excluded under your plan. You are responsible for this amount."),
    "out_of_network": ("Chiropractic manipulation, 3-4 regions", "98941", 95, 160, "N62",
                       "Provider is not in your plan's network. Your plan does not pay for out-of-network care "
                       "except emergencies."),
    "coding_error": ("Venipuncture (routine)", "36415", 22, 40, "B09",
                     "This charge is included in the allowance for another service on the same date "
                     "(incidental procedure). The provider may not bill you for it."),
    "other": ("Emergency room visit, high severity", "99285", 1600, 2400, "C31",
              "Our records show other insurance is primary. Please send the other plan's EOB so we can process "
              "as secondary payer."),
    "experimental": ("Whole exome sequencing", "81415", 4200, 6100, "E22",
                     "Investigational/experimental for the reported diagnosis under our medical policy. Not "
                     "covered."),
}


def bar(done: float, total: float, width: int = 20) -> str:
    k = max(0, min(width, round(width * done / total)))
    return "\u2588" * k + "\u2591" * (width - k)


def line(rng, desc, code, lo, hi, dos, denied=False, remark=""):
    billed = round(rng.uniform(lo, hi), 2)
    if denied:
        return dict(dos=dos, desc=desc, code=code, billed=billed, disc=billed, allowed=0.0, copay=0.0, ded=0.0,
                    coins=0.0, paid=0.0, remark=remark)
    allowed = round(billed * rng.uniform(0.45, 0.75), 2)
    copay = rng.choice([0.0, 0.0, 30.0, 45.0]) if code.startswith("99") else 0.0
    ded = round(min(allowed - copay, rng.choice([0.0, 0.0, allowed * 0.5])), 2)
    coins = round((allowed - copay - ded) * rng.choice([0.0, 0.2]), 2)
    return dict(dos=dos, desc=desc, code=code, billed=billed, disc=round(billed - allowed, 2), allowed=allowed,
                copay=copay, ded=ded, coins=coins, paid=round(allowed - copay - ded - coins, 2), remark="")


def claim(rng, notice, patient, kind, whole):
    dos = plus(notice, -rng.randint(18, 60))
    prov = rng.choice(DOCTORS + FACILITIES)
    lines = [] if whole else [line(rng, *rng.choice(PAID), dos)]
    if kind:
        desc, code, lo, hi, remark, _ = DENIED[kind]
        lines.append(line(rng, desc, code, lo, hi, plus(dos, rng.choice([0, 0, 1, 2])), True, remark))
    elif rng.random() < 0.6:
        lines.append(line(rng, *rng.choice(PAID), dos))
    received = plus(max(ln["dos"] for ln in lines), rng.randint(3, 9))
    return dict(no=rng.choice([f"{digits(rng, 4)}{notice.strftime('%y')}{digits(rng, 7)}",
                               f"E{digits(rng, 11)}", f"{digits(rng, 2)}-{digits(rng, 8)}-00"]),
                patient=patient, prov=prov, lines=lines, received=received, kind=kind,
                processed=plus(notice, -rng.randint(1, 3)))


def claim_card(p, c, ds, ms):
    p.f(9.5, "B")
    p.cell(0, 5.5, f"Claim number {c['no']}", border="T", new_x="LMARGIN", new_y="NEXT")
    p.pairs([("Patient", c["patient"]), ("Provided by", c["prov"]),
             ("Claim received", fdate(c["received"], ds)), ("Processed on", fdate(c["processed"], ds))],
            label_w=32, size=8.8, h=4.6)
    rows = [[fdate(ln["dos"], "short"), f"{ln['desc']} ({ln['code']})"] +
            [money(ln[k], ms) for k in ("billed", "disc", "allowed", "copay", "ded", "coins", "paid")] + [ln["remark"]]
            for ln in c["lines"]]
    tot = lambda k: sum(ln[k] for ln in c["lines"])  # noqa: E731
    rows.append(["", "Claim totals"] + [money(tot(k), ms) for k in ("billed", "disc", "allowed", "copay", "ded",
                                                                    "coins", "paid")] + [""])
    p.table(["Date(s) of service", "Service description", "Amount billed", "Discount or not covered", "Allowed",
             "Copay", "Deduct-\nible", "Co-\ninsurance", "Plan paid", "Remark code"], rows,
            [16, 44, 16, 17, 15, 13, 15, 15, 15, 14], size=6.8, head_h=8, row_h=5,
            aligns=["L", "L"] + ["R"] * 7 + ["C"], bold_last=True)


def make(rng, ins, kind, n_claims, whole=False, dependent=False, style="notice", rotated_cond=False):
    sub = person(rng)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 110))
    ds, ms = rng.choice(["slash", "long", "abbr", "dash"]), rng.choice(["plain", "nosign", "flat"])
    member, group = ins["id"](rng), rng.choice([digits(rng, 6), f"{digits(rng, 5)}-{rng.choice('ABC')}{digits(rng, 2)}"])
    code = ins["code"](rng) if ins["code"] else None
    patients = [person(rng) if dependent and i == 0 else sub for i in range(n_claims)]
    bad = rng.randrange(n_claims) if kind else -1
    claims = [claim(rng, notice, patients[i], kind if i == bad else None, whole and i == bad) for i in range(n_claims)]
    p = Page(footer="Page {n} of {nb}", footer_left=f"{ins['short']} EOB  \u2022  {sub}")
    p.add_page()
    y = p.get_y()
    p.line(ins["name"], 14, "B", h=7)
    p.line(ins["addr"], 8.5, h=4.2)
    p.line(f"Member services {phone(rng)}  (TTY 711)", 8.5, h=4.2)
    p.set_xy(138, y)
    p.f(11, "B")
    p.multi_cell(0, 7, "THIS IS NOT A BILL", border=1, align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 20)
    p.line("Explanation of Benefits", 16, "B", h=8)
    p.ln(1)
    rows = [("Statement date", fdate(notice, ds)), ("Subscriber", sub), ("Member ID", member),
            (ins["group_label"], group), ("Plan", ins["plan"])]
    if code:
        rows.append(("Plan code", code))
    p.pairs(rows, label_w=34, size=9.3, h=5)
    p.ln(2)
    tot = lambda k: sum(ln[k] for c in claims for ln in c["lines"])  # noqa: E731
    share = tot("copay") + tot("ded") + tot("coins") + sum(ln["billed"] for c in claims for ln in c["lines"]
                                                           if ln["remark"] and c["kind"] in ("not_covered",
                                                                                             "out_of_network"))
    p.heading("Your claims summary", 11, rule=True)
    p.table(["Amount billed", "Your plan discount", "Your plan paid", "Your share"],
            [[money(tot("billed"), ms), money(tot("disc"), ms), money(tot("paid"), ms), money(share, ms)]],
            [44, 44, 44, 42], size=9.5, head_h=6.5, row_h=7, aligns=["C"] * 4)
    ded_total = rng.choice([1500, 2500, 3300])
    ded_met = round(rng.uniform(0.1, 0.9) * ded_total, 2)
    oop_total = ded_total * 3
    oop_met = round(ded_met + rng.uniform(50, 900), 2)
    p.f(8.5)
    for lab, done, total in (("Deductible (in-network)", ded_met, ded_total),
                             ("Out-of-pocket maximum", oop_met, oop_total)):
        p.cell(48, 5, lab)
        p.set_font("Sans", "", 8.5)
        p.cell(62, 5, bar(done, total))
        p.f(8.5)
        p.cell(0, 5, f"{money(done, ms)} met of {money(total, ms)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.heading("Claim details", 11, rule=True)
    for c in claims:
        claim_card(p, c, ds, ms)
    p.heading("Remark codes", 10)
    used = {c["kind"] for c in claims if c["kind"]}
    for k in used:
        p.para(f"**{DENIED[k][4]}** {DENIED[k][5]}", 8.5, gap=1)
    if not used:
        p.para("No remark codes apply to this statement.", 8.5, gap=1)
    deadline, alt = appeal(p, rng, notice, ds, style, bool(kind))
    target = next((c for c in claims if c["kind"]), claims[0])
    denied_dates = sorted({ln["dos"].isoformat() for ln in target["lines"] if ln["remark"]})
    all_dates = sorted({ln["dos"].isoformat() for ln in target["lines"]})
    alts = {"insurer": [ins["short"]]}
    if alt:
        alts["appeal_deadline"] = [alt]
    if kind and denied_dates != all_dates:
        alts["service_dates"] = [all_dates]
    if kind and not whole:
        alts["claim_amount"] = [m2(sum(ln["billed"] for ln in target["lines"] if ln["remark"]))]
    if code:
        alts["plan_id"] = [None]
    t = truth("eob", kind, insurer=ins["name"], plan_id=code, group=group, member_id=member.replace(" ", ""),
              member_name=target["patient"], cases=[target["no"]],
              claim_amount=m2(sum(ln["billed"] for ln in target["lines"])),
              service_dates=denied_dates if kind else all_dates, denial_date=notice.isoformat(),
              provider=target["prov"], appeal_deadline=deadline, alternates=alts,
              denial_alternates={"experimental": ["not_covered"], "coding_error": ["other"]}.get(kind))
    return out(p), t


def appeal(p, rng, notice, ds, style, denied):
    """The appeal paragraph; returns (truth deadline, accepted alternate)."""
    p.heading("If you disagree with how we processed a claim", 10)
    last = plus(notice, 180)
    if style == "date":
        p.para(f"You may file an appeal. We must receive it by **{fdate(last, ds)}**. Send it to the Appeals "
               "Unit at the address above, with the claim number and any records that support it.", 9)
        res = (last.isoformat(), None)
    elif style == "receipt":
        p.para("You have the right to appeal within 180 days after you receive this Explanation of Benefits. Call "
               "Member Services or write to us; include the claim number.", 9)
        res = (None, last.isoformat())
    else:
        p.para("You have the right to appeal. Your appeal must be filed within 180 days of the date of this "
               "statement. Call Member Services or write to the Appeals Unit; include the claim number.", 9)
        res = (last.isoformat(), None)
    p.para("You may also have the right to an external review by an independent reviewer after our appeal "
           "decision, and to bring a civil action under ERISA section 502(a) if your plan is an employer plan. Keep "
           "this statement with your health records.", 8.5)
    if not denied:
        return None, res[0] or res[1]
    return res


def documents(rng: random.Random) -> list[Item]:
    q, s, l = INSURERS
    return [Item("commercial_eob_bd_ctangio", "born_digital", [make(rng, q, "medical_necessity", 2, whole=True)]),
            Item("commercial_eob_bd_paid", "born_digital", [make(rng, s, None, 1, dependent=True, style="date")]),
            Item("commercial_eob_scan_cosmetic", "scan_clean_300", [make(rng, l, "not_covered", 1, style="receipt")]),
            Item("commercial_eob_lowres_chiro", "scan_lowres_150",
                 [make(rng, s, "out_of_network", 1, whole=True, style="date")]),
            Item("commercial_eob_copy_bundled", "photocopy",
                 [make(rng, q, "coding_error", 2, dependent=True)]),
            Item("commercial_eob_faxs_cob", "fax_standard_g4", [make(rng, l, "other", 1, whole=True, dependent=True)]),
            Item("commercial_eob_rot_exome", "rotated", [make(rng, s, "experimental", 2, whole=True, dependent=True,
                                                              style="receipt")])]
