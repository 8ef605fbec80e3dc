"""Family bilateral_procedure_modifier_50_payment_reduction_coding_eob: a procedure done on both sides the same day,
billed as two lines (RT and LT) or with modifier 50 and two units; the plan pays one side (or 150% once) and
refuses or reduces the second side as a coding error. A corrected claim with one modifier-50 line is then paid.

Invented insurer (Kestrel Valley Health Plan), providers and people; the layouts follow ordinary commercial EOBs,
a printed provider remittance advice, a member letter, an appeal response and a surgeon's statement.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import fmt_date
from public_kit import Page, address, amount, digits, m2, money, out, person, plus, span, truth

FAMILY = "bilateral_procedure_modifier_50_payment_reduction_coding_eob"
LANG = "en"
SEED = 335000

INS = "Kestrel Valley Health Plan"
PLANS = [("Kestrel Valley PPO 1500", "KV-PPO-1500"), ("Kestrel Valley Choice HSA 3000", "KV-HSA-3000")]
SURG = [("Dr. Tobias Rinaldi", "Harrowgate Orthopaedic Associates"), ("Dr. Mei Iwamoto", "Larchmont Foot & Ankle"),
        ("Dr. Clifford Blackwood", "Tidewater Pain & Spine Center")]
PROCS = {"20610": ("Arthrocentesis/injection, major joint", 240, 380),
         "64721": ("Carpal tunnel release", 1400, 2100),
         "28285": ("Hammertoe correction", 1100, 1600),
         "64483": ("Transforaminal epidural injection, lumbar", 900, 1400),
         "69436": ("Tympanostomy, general anesthesia", 780, 1100)}


def fd(d, s):
    return fmt_date(d, s)


def head(p, issued_label, issued):
    p.line(INS.upper(), 15, "B", h=8)
    p.line("Claims Service Center  -  PO Box 30318, Boise ID 83711  -  kestrelvalley.example", 8.5, h=4.5)
    p.ln(3)
    if issued_label:
        p.line(f"{issued_label} {issued}", 10)
        p.ln(1)


# 1 ------------------------------------------------------------ born digital member EOB, three claims, LT line denied
def member_eob(rng):
    name, first, mi, last = person(rng)
    sub, *_ = person(rng)
    plan, pid = rng.choice(PLANS)
    mid, grp = f"KVH{digits(rng, 8)}", f"{digits(rng, 6)}"
    doc, prac = SURG[0]
    stmt = dt.date(2026, 3, rng.randint(2, 20))
    d1 = plus(stmt, -rng.randint(30, 40))
    d2 = plus(d1, rng.randint(3, 8))
    d3 = plus(d2, rng.randint(1, 5))
    inj = amount(rng, 240, 380)
    visit = amount(rng, 180, 260)
    xr = amount(rng, 90, 160)
    claims = [(digits(rng, 11), d1, "Cedar Hollow Family Clinic", [("99214 Office visit", visit, "paid")]),
              (digits(rng, 11), d2, prac, [("20610-RT Knee injection, right", inj, "paid"),
                                          ("20610-LT Knee injection, left", inj, "denied")]),
              (digits(rng, 11), d3, "Copper Valley Imaging", [("73562-50 X-ray knee, 3 views, both", xr, "paid")])]
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, None, None)
    p.line("Explanation of Benefits", 14, "B", h=7)
    p.line("This is not a bill.", 9.5, h=5)
    p.ln(1)
    p.pairs([("Statement date", fd(stmt, "long")), ("Subscriber", sub), ("Member ID", mid), ("Group", grp),
             ("Plan", f"{plan} ({pid})")], label_w=36, size=9.5, h=5)
    p.ln(3)
    for c, d, prov, ls in claims:
        pat = name
        p.f(9.5, "B")
        p.cell(0, 5.5, f"Patient: {pat}   Claim {c}", new_x="LMARGIN", new_y="NEXT")
        p.f(9)
        p.cell(0, 5, f"{prov}   Service date {fd(d, 'slash')}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for desc, chg, st in ls:
            if st == "paid":
                al = round(chg * 0.7, 2)
                rows.append([desc, money(chg), money(al), money(round(al * 0.8, 2)), money(round(al * 0.2, 2)), ""])
            else:
                rows.append([desc, money(chg), "$0.00", "$0.00", "$0.00", "B50"])
        rows.append(["Claim total", money(sum(x[1] for x in ls)), "", "", "", ""])
        p.table(["Service", "Billed", "Allowed", "Plan paid", "Your share", "Remark"], rows, [66, 22, 22, 22, 22, 20],
                size=8.3, bold_last=True)
    p.heading("Remark codes", 10.5)
    p.para("B50  Bilateral procedure billed on two lines. A procedure done on both sides during the same session must "
           "be reported on one line with modifier 50 and one unit. The line for the second side was denied as "
           "incorrect coding; the provider may send a corrected claim. You do not owe this amount to an in-network "
           "provider.", 8.8)
    p.heading("Your right to appeal", 10.5)
    p.para("You may appeal any denial within 180 days of the date of this statement. Write to Appeals, PO Box 30330, "
           "Boise ID 83711. For urgent care an expedited review is decided within 72 hours. You may also have the "
           "right to an external review after the internal appeal.", 8.8)
    c, d, prov, ls = claims[1]
    t = truth("eob", "coding_error", insurer=INS, plan_id=pid, group=grp, member_id=mid, member_name=name, cases=[c],
              claim_amount=m2(2 * inj), service_dates=[span(d2)], denial_date=stmt.isoformat(), provider=prac,
              appeal_deadline=plus(stmt, 180).isoformat(), alternates={"plan_id": [None]})
    return out(p), t


# 2 ------------------------------------------------------------ scanned provider remittance advice, two claims
def remittance(rng):
    doc, prac = SURG[2]
    npi = "1" + digits(rng, 9)
    paid = dt.date(2026, 2, rng.randint(2, 26))
    chk = f"EFT{digits(rng, 9)}"
    pats = [person(rng) for _ in range(2)]
    ids = [f"KVH{digits(rng, 8)}" for _ in range(2)]
    icn = [f"{digits(rng, 4)}{rng.choice('ABC')}{digits(rng, 8)}" for _ in range(2)]
    pcn = [f"TPS{digits(rng, 6)}" for _ in range(2)]
    ds = [plus(paid, -rng.randint(20, 30)), plus(paid, -rng.randint(12, 19))]
    c0 = amount(rng, 900, 1300)
    c1 = amount(rng, 950, 1350)
    al = round(c1 * 0.62, 2)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, None, None)
    p.line("PROVIDER REMITTANCE ADVICE", 13, "B", h=7)
    p.pairs([("Payee", prac), ("Payee NPI", npi), ("Payment date", fd(paid, "dmy")), ("EFT trace number", chk),
             ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}")], label_w=40, size=9.3, h=5)
    p.ln(2)
    for k, (nm, stt) in enumerate([(pats[0][0], "PAID"), (pats[1][0], "PARTIAL")]):
        p.f(8.8, "B")
        p.cell(0, 5, f"Patient {nm}  ID {ids[k]}  ICN {icn[k]}  Pt acct {pcn[k]}  Status {stt}", new_x="LMARGIN",
               new_y="NEXT")
        if k == 0:
            a = round(c0 * 0.62, 2)
            rows = [[fd(ds[0], "slash"), "64483-50", "1", money(c0), money(a), "CO-45 " + money(c0 - a), money(a)]]
            tot0 = c0
        else:
            rows = [[fd(ds[1], "slash"), "64483-RT", "1", money(c1), money(al), "CO-45 " + money(c1 - al), money(al)],
                    [fd(ds[1], "slash"), "64483-LT", "1", money(c1), "0.00", "CO-4 " + money(c1), "0.00"],
                    ["Claim total", "", "", money(2 * c1), money(al), "", money(al)]]
        p.table(["Service date", "Proc/Mod", "Units", "Billed", "Allowed", "Adj group/CARC amt", "Paid"], rows,
                [24, 22, 12, 24, 24, 44, 24], size=8.2)
    p.heading("Adjustment reason and remark codes", 10)
    p.para("CO-45  Charge exceeds fee schedule/maximum allowable.   CO-4  The procedure code is inconsistent with the "
           "modifier used. MA130 Your claim contains incomplete and/or invalid information; the bilateral service "
           "must be billed on a single line with modifier 50. Resubmit as a corrected claim (frequency code 7).", 8.5)
    p.para("Provider appeals: submit a reconsideration within 120 days of this remittance date.", 8.5)
    t = truth("eob", "coding_error", insurer=INS, member_id=ids[1], member_name=pats[1][0], cases=[icn[1]],
              claim_amount=m2(2 * c1), service_dates=[span(ds[1])], denial_date=paid.isoformat(), provider=prac,
              appeal_deadline=plus(paid, 120).isoformat(), alternates={"claim_amount": [m2(c1)]})
    return out(p), t


# 3 ------------------------------------------------------------ photocopied member letter (prose)
def member_letter(rng):
    name, first, mi, last = person(rng)
    doc, prac = SURG[1]
    mid = f"KVH{digits(rng, 8)}"
    d = dt.date(2026, 1, 14) + dt.timedelta(days=rng.randint(0, 30))
    notice = plus(d, rng.randint(28, 40))
    claim = f"KV{digits(rng, 10)}"
    chg = amount(rng, 1100, 1600)
    p = Page(serif=True, footer=None)
    p.add_page()
    head(p, None, None)
    p.line(fd(notice, "abbr"), 10)
    p.ln(2)
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line(f"Member ID {mid}", 10, "B")
    p.ln(2)
    p.para(f"Dear {first} {last}:", 10.5)
    p.para(f"We processed claim {claim} that {doc} of {prac} sent us for hammertoe correction (28285) on both feet on "
           f"{fd(d, 'long')}. The claim billed {money(chg * 2)}: one line for the right foot and one line for the "
           "left foot.", 10.5)
    p.para("We paid the right foot. We denied the left-foot line because of a billing code error: when the same "
           "procedure is done on both sides in one operation, the surgeon must bill it once with modifier 50 "
           "(bilateral). Billed on two lines, the second line looks like a duplicate of the first. This is not a "
           "decision about whether the surgery was needed.", 10.5)
    p.para("Your surgeon's office can fix this by sending a corrected claim; you do not need to do anything for "
           "that. If you disagree with our decision, you may appeal within 180 days of the date of this letter.",
           10.5)
    p.para("Sincerely,\nClaims Resolution Unit, " + INS + "\n1-866-555-0148 (TTY 711), Monday-Friday 8-6", 10)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=name, cases=[claim],
              claim_amount=m2(chg * 2), service_dates=[span(d)], denial_date=notice.isoformat(), provider=prac,
              appeal_deadline=plus(notice, 180).isoformat(), alternates={"provider": [doc]})
    return out(p), t


# 4 ------------------------------------------------------------ fax stack: corrected claim letter + paid EOB
def corrected_letter(rng, f):
    p = Page(footer=None)
    p.add_page()
    p.line(f["prac"], 14, "B", h=7)
    p.line("Billing Office  -  (208) 555-0" + digits(rng, 3), 9, h=5)
    p.ln(3)
    p.line(fd(f["sent"], "slash"), 10)
    p.ln(2)
    p.para(f"To: {INS}, Corrected Claims\nRe: Corrected claim - replaces original claim {f['orig']}", 10)
    p.pairs([("Patient", f["name"]), ("Member ID", f["mid"]), ("Date of service", fd(f["dos"], "slash")),
             ("Rendering", f["doc"])], label_w=40, size=9.8)
    p.ln(2)
    p.para(f"The original claim billed carpal tunnel release 64721-RT and 64721-LT on two lines and the left line was "
           f"denied (CO-4). Enclosed is a corrected claim (frequency code 7) with one line 64721-50, 1 unit, billed "
           f"{money(f['chg'])}. Please reprocess.", 10)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], cases=[f["orig"]],
              claim_amount=m2(f["chg"]), service_dates=[span(f["dos"])], denial_date=f["sent"].isoformat(),
              provider=f["prac"], unscored=["insurer"],
              alternates={"provider": [f["doc"]], "case_numbers": [[]]})
    return out(p), t


def paid_eob(rng, f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, "Issue date:", fd(f["paid"], "iso"))
    p.line("Explanation of Benefits - corrected claim", 13, "B", h=7)
    p.boxed_pairs([("Patient", f["name"]), ("Member ID", f["mid"]), ("Group number", f["grp"]),
                   ("Claim number", f["new"]), ("Replaces claim", f["orig"]), ("Provider", f["prac"])], label_w=45)
    al = round(f["chg"] * 0.66, 2)
    coins = round(al * 0.2, 2)
    p.table(["Date of service", "Service", "Amount billed", "Allowed (150% bilateral)", "Deductible",
             "Coinsurance", "Plan paid"],
            [[fd(f["dos"], "slash"), "64721-50 Carpal tunnel release, both", money(f["chg"]), money(al), "$0.00",
              money(coins), money(al - coins)]], [24, 54, 22, 26, 18, 20, 16], size=8)
    p.para("The corrected claim was paid. Bilateral procedures are allowed at 150% of the single-side amount. The "
           "original claim was reversed. You owe only the coinsurance shown.", 9.3)
    t = truth("eob", None, insurer=INS, group=f["grp"], member_id=f["mid"], member_name=f["name"],
              cases=[f["new"]], claim_amount=m2(f["chg"]), service_dates=[span(f["dos"])],
              denial_date=f["paid"].isoformat(), provider=f["prac"], type_alternates=["other"],
              alternates={"case_numbers": [[f["new"], f["orig"]]]})
    return out(p), t


def item_fax(rng):
    name, *_ = person(rng)
    doc, prac = SURG[0]
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 20))
    sent = plus(dos, rng.randint(35, 45))
    f = dict(name=name, mid=f"KVH{digits(rng, 8)}", grp=digits(rng, 6), doc=doc, prac=prac, dos=dos, sent=sent,
             paid=plus(sent, rng.randint(12, 20)), orig=digits(rng, 11), new=digits(rng, 11),
             chg=amount(rng, 2600, 3600))
    return Item(f"{FAMILY}_corrected_fax_stack", "fax_standard_g4", [corrected_letter(rng, f), paid_eob(rng, f)],
                separators=["cover", None])


# 5 ------------------------------------------------------------ phone photo: one claim, 50 with 2 units, reduced
def units_eob(rng):
    name, first, mi, last = person(rng)
    plan, pid = rng.choice(PLANS)
    mid, grp = f"KVH{digits(rng, 8)}", digits(rng, 6)
    stmt = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 40))
    d = plus(stmt, -rng.randint(18, 30))
    claim = f"{digits(rng, 3)}-{digits(rng, 7)}"
    unit = amount(rng, 780, 1100)
    anes = amount(rng, 400, 600)
    p = Page(footer=None)
    p.add_page()
    head(p, "Date:", fd(stmt, "dmy").upper())
    p.line("Claim Summary", 13, "B", h=7)
    p.pairs([("Patient", name), ("ID", mid), ("Group", grp), ("Claim", claim),
             ("Provider", "Bluewater ENT Surgery Center"), ("Date of service", fd(d, "dmy").upper())], label_w=34,
            size=9.5, h=5)
    p.ln(2)
    p.table(["Line", "Code", "Units", "Charge", "Allowed", "Paid", "Code"],
            [["1", "69436-50", "2", money(unit * 2), money(round(unit * 0.6 * 1.5, 2)),
              money(round(unit * 0.6 * 1.5 * 0.9, 2)), "U50"],
             ["2", "00120", "1", money(anes), money(round(anes * 0.55, 2)), money(round(anes * 0.55 * 0.9, 2)), ""],
             ["", "Total", "", money(unit * 2 + anes), "", "", ""]], [14, 28, 14, 30, 30, 30, 16], size=8.8)
    p.para("U50  Modifier 50 is billed with 1 unit. Units were reduced from 2 to 1 and the allowance was set at 150% "
           "of the single procedure. The second unit was denied as a coding error. Member responsibility: 10% "
           "coinsurance.", 9)
    p.para("Appeal within 180 days of this notice. Tel 1-866-555-0148.", 9)
    t = truth("eob", "coding_error", insurer=INS, group=grp, member_id=mid, member_name=name, cases=[claim],
              claim_amount=m2(unit * 2 + anes), service_dates=[span(d)], denial_date=stmt.isoformat(),
              provider="Bluewater ENT Surgery Center", appeal_deadline=plus(stmt, 180).isoformat(),
              alternates={"claim_amount": [m2(unit * 2)]})
    return out(p), t


# 6 ------------------------------------------------------------ rotated provider appeal response, upheld
def appeal_response(rng):
    doc, prac = SURG[2]
    name, *_ = person(rng)
    mid = f"KVH{digits(rng, 8)}"
    d = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randint(0, 30))
    notice = plus(d, rng.randint(70, 90))
    claim = digits(rng, 11)
    appeal = f"PA{digits(rng, 7)}"
    chg = amount(rng, 900, 1400)
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    head(p, "", "")
    p.line(fd(notice, "long"), 10)
    p.ln(2)
    p.para(f"{doc}\n{prac}\n{address(rng)[0]}, {address(rng)[1]}", 10)
    p.ln(1)
    p.line("Provider Appeal Determination", 13, "B", h=7)
    p.boxed_pairs([("Appeal number", appeal), ("Claim number", claim), ("Patient", name), ("Member ID", mid),
                   ("Date of service", fd(d, "slash")), ("Amount in dispute", money(chg))], label_w=50)
    p.para(f"We reviewed your request to pay the second line (64483-LT) of the transforaminal epidural injection "
           f"claim. Our coding reviewer upholds the denial. Procedures performed bilaterally at the same session are "
           f"reported on one line with modifier 50; a second line with RT/LT modifiers for the same code is "
           f"incorrect coding and is not separately payable. A corrected claim must be received within 365 days of "
           f"the date of service.", 10)
    p.para("This decision exhausts the provider appeal process. Provider NPI on file 1" + digits(rng, 9) + ".", 9.5)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=name, cases=[appeal, claim],
              claim_amount=m2(chg), service_dates=[span(d)], denial_date=notice.isoformat(), provider=prac,
              alternates={"provider": [doc]})
    return out(p), t


# 7 ------------------------------------------------------------ low-res surgeon's statement (not a denial)
def surgeon_statement(rng):
    doc, prac = SURG[1]
    name, first, mi, last = person(rng)
    acct = digits(rng, 7)
    d = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 25))
    stmt = plus(d, rng.randint(45, 60))
    chg = amount(rng, 1100, 1500)
    paid = round(chg * 0.6, 2)
    p = Page(footer=None)
    p.add_page()
    p.line(prac, 14, "B", h=7)
    p.line(f"{doc}  -  {address(rng)[0]}  -  Phone (207) 555-0{digits(rng, 3)}", 8.8, h=4.8)
    p.ln(3)
    p.line("PATIENT STATEMENT", 12, "B", h=6)
    p.pairs([("Statement date", fd(stmt, "mdy_nopad")), ("Patient", name), ("Account no.", acct),
             ("Insurance", INS)], label_w=38, size=9.5, h=5)
    p.ln(2)
    p.table(["Date", "Description", "Charges", "Credits", "Balance"],
            [[fd(d, "mdy_nopad"), "28285-RT Hammertoe correction, right", money(chg), "", money(chg)],
             [fd(d, "mdy_nopad"), "28285-LT Hammertoe correction, left", money(chg), "", money(chg * 2)],
             [fd(plus(d, 30), "mdy_nopad"), "Insurance payment (right)", "", money(paid), money(chg * 2 - paid)],
             [fd(plus(d, 30), "mdy_nopad"), "Insurance denial (left) - rebilled", "", "", money(chg * 2 - paid)]],
            [26, 76, 26, 26, 26], size=8.8)
    p.para("Your insurance denied the left side because of how we coded it. We have sent a corrected claim; you do "
           "not need to pay the left-side charge while it is reprocessed. Amount due now: $0.00.", 9.5)
    t = truth("other", None, insurer=None, member_name=name, claim_amount=m2(chg * 2), service_dates=[span(d)],
              denial_date=stmt.isoformat(), provider=prac, unscored=["insurer"],
              alternates={"provider": [doc], "claim_amount": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, member_eob, "member_eob", "born_digital"), (1, remittance, "remittance_advice", "scan_clean_300"),
              (2, member_letter, "member_letter", "photocopy"), (4, units_eob, "claim_summary_photo", "phone_photo"),
              (5, appeal_response, "provider_appeal_upheld", "rotated"),
              (6, surgeon_statement, "surgeon_statement", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(random.Random(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_fax(random.Random(SEED + 3)))
    return items
