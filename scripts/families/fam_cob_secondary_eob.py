"""Family cob_secondary_eob: a secondary insurer's explanation of benefits that coordinates with a primary plan.

Two invented secondary insurers (Saltmarrow Health Insurance Company, a two-line letterhead; Kelphaven Health Plan,
Inc., a parent-company line above its name) print, for each claim, what was billed, what the primary plan allowed
and paid, what they paid as secondary and what the patient owes. Lines are denied because the primary plan's EOB is
missing, because the primary already paid as much as the secondary plan would allow, because another coverage is
primary, because the secondary claim came in too late after the primary's EOB, or because neither plan authorised
the service; one statement pays everything. Some pages are landscape; some statements hold a paid claim beside the
denied one. Decoys: the primary carrier's member ID, claim number and EOB date, claim received and processed dates,
document number, NPI, patient account number, allowed and paid amounts, statement totals.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundl_famw import CLINICS, DOCTORS, address, cents, days, digits, iso, letters, mixed, npi, person, phone
from public_kit import Page, fdate, m2, money, out, truth

FAMILY = "cob_secondary_eob"
LANG = "en"
INS = {"A": ("Saltmarrow Health Insurance Company", "Saltmarrow"),
       "B": ("Kelphaven Health Plan, Inc.", "Kelphaven Health Plan")}
PARENT_B = "A Brinefield Mutual Group company"
HOSPITAL = "Wrackmoor Community Hospital"
PRIMARIES = ["Cairnholt Employee Benefit Trust", "Flintcombe Health Alliance", "Glassmere Health Cooperative",
             "Medicare Part B"]
SERVICES = [("99214", "Office visit, established patient", 160, 260), ("93000", "Electrocardiogram, 12 lead", 60, 110),
            ("80053", "Comprehensive metabolic panel", 45, 95), ("71046", "Chest x-ray, 2 views", 120, 210),
            ("97110", "Therapeutic exercise, 15 min", 55, 90), ("73721", "MRI knee without contrast", 1400, 2300),
            ("45380", "Colonoscopy with biopsy", 1900, 2800), ("20610", "Joint injection, major joint", 210, 340),
            ("36415", "Venipuncture", 18, 30), ("99283", "Emergency department visit, moderate", 620, 940)]
# case -> (denial type, denial alternates, remark code, remark text, plain-words reason)
CASES = {
    "missing_eob": ("other", None, "C16 / MA04",
                    "Secondary payment cannot be considered without the primary payer's payment information.",
                    "We are the secondary plan for this patient. To figure out what we owe, we need the explanation "
                    "of benefits the primary plan sent for this claim. It was not sent with the claim and we do not "
                    "have it, so we denied the claim. Ask the provider to send it again with a copy of the primary "
                    "plan's EOB, or send us the EOB yourself."),
    "paid_full": ("other", [None], "C23",
                  "The primary payer's payment equals or exceeds what this plan would allow; no secondary payment.",
                  "For the lines marked C23 the primary plan already paid as much as or more than this plan would "
                  "have allowed for the service, so there is nothing left for us to pay as secondary. You should not "
                  "owe anything for those lines except what the primary plan shows as your share."),
    "other_primary": ("other", None, "C22",
                      "This care may be covered by another payer per coordination of benefits.",
                      "Our records show the patient is also covered by an employer group plan that pays first. The "
                      "claim came to us first, without that plan's decision, so we cannot pay it. Please have the "
                      "provider bill the primary plan; after it pays, send us its EOB."),
    "late_secondary": ("timely_filing", ["other"], "C29",
                       "The time limit for filing has expired.",
                       "A secondary claim has to reach us within 90 days of the date on the primary plan's "
                       "explanation of benefits. The primary plan's EOB for these services is dated {peob}; we received "
                       "the secondary claim on {recv}, after that time limit, so the claim was denied."),
    "pa": ("prior_authorization", ["other"], "C197",
           "Precertification/authorization/notification absent.",
           "This service needs our approval before it is done, even when we are the secondary plan. The primary plan "
           "denied it for the same reason, and no one asked us to approve it, so we cannot pay any of it."),
}


def _letterhead(p: Page, ins: str, rng) -> None:
    if ins == "A":
        p.line("SALTMARROW", 20, "B", h=8)
        p.line("Health Insurance Company", 11, h=5.5)
        p.line(f"PO Box {rng.randint(3000, 8999)}, Marquette, MI 49855  \u2022  Customer Care {phone(rng)}", 8, h=4.5)
    else:
        p.line(PARENT_B, 8, h=4)
        p.line("Kelphaven Health Plan, Inc.", 16, "B", h=8)
        p.line(f"Claims Office, {rng.randint(100, 999)} Capstan Row, Kearney, NE 68847  \u2022  {phone(rng)}", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(3)


def _lines(rng, n: int, start: dt.date, span: bool = False):
    picks = rng.sample(SERVICES, n)
    if span:
        picks[0] = ("0120", "Room and board, semi-private", 1700, 2600)
    out_, d = [], start
    for code, desc, lo, hi in picks:
        end = days(d, rng.randint(3, 6)) if span and not out_ else d
        if span and out_:
            d, end = out_[0]["start"], out_[0]["end"]
        billed = round(cents(rng, lo, hi) * (((end - d).days or 1) if span and not out_ else 1), 2)
        out_.append(dict(code=code, desc=desc, start=d, end=end, billed=billed))
        if rng.random() < 0.3 and not span:
            d = days(d, rng.randint(1, 4))
    return out_


def _money_lines(rng, lines, mode: str):
    """Fill primary allowed/paid, secondary paid and patient share per line for a mode: paid, denied, full."""
    for ln in lines:
        allowed = round(ln["billed"] * rng.uniform(0.55, 0.8), 2)
        ln["p_allow"] = allowed
        m = ln.get("mode", mode)
        if m == "full":
            ln["p_paid"] = allowed
            ln["s_allow"] = round(allowed * rng.uniform(0.85, 0.98), 2)
            ln["s_paid"], ln["you"] = 0.0, 0.0
        elif m == "denied":
            ln["p_paid"] = round(allowed * 0.8, 2)
            ln["s_allow"], ln["s_paid"] = 0.0, 0.0
            ln["you"] = round(allowed - ln["p_paid"], 2)
        elif m == "nothing":
            ln["p_allow"], ln["p_paid"], ln["s_allow"], ln["s_paid"], ln["you"] = 0.0, 0.0, 0.0, 0.0, 0.0
        else:
            ln["p_paid"] = round(allowed * 0.8, 2)
            ln["s_allow"] = allowed
            ln["s_paid"] = round(allowed - ln["p_paid"], 2)
            ln["you"] = 0.0


def _claim_no(rng, ins: str, year: int) -> str:
    if ins == "A":
        return f"{str(year)[2:]}SM-{mixed(rng, 6)}-{rng.randint(1, 9)}"
    return f"KH{digits(rng, 9)}{letters(rng, 1)}"


def _claim_block(p: Page, c: dict, ins: str, ms: str, ds: str, land: bool) -> None:
    if p.get_y() + 42 + 6 * len(c["lines"]) > p.h - 20:
        p.add_page(same=True)
    p.set_fill_color(232, 232, 232)
    p.f(9, "B")
    label = "Claim number" if ins == "A" else "Claim #"
    p.cell(0, 6, f" {label} {c['no']}   |   Patient: {c['patient']}", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 5, f"{'Provider' if ins == 'A' else 'Rendering provider'}: {c['doctor']}, {c['clinic']}",
           new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 5, f"Provider NPI {c['npi']}    Patient account {c['acct']}    Claim received {fdate(c['recv'], ds)}    "
                 f"Processed {fdate(c['proc'], ds)}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Primary plan: {c['primary']}    Primary claim no. {c['pclaim']}    "
                 f"{'Primary EOB dated ' + fdate(c['peob'], ds) if c['peob'] else 'Primary EOB: not received'}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    mo = lambda v: money(v, ms)  # noqa: E731
    rows = []
    for ln in c["lines"]:
        dates = fdate(ln["start"], ds) if ln["end"] == ln["start"] else f"{fdate(ln['start'], ds)}-{fdate(ln['end'], ds)}"
        row = [dates, ln["code"], ln["desc"], mo(ln["billed"]), mo(ln["p_allow"]), mo(ln["p_paid"])]
        if land:
            row.append(mo(ln["s_allow"]))
        row += [mo(ln["s_paid"]), mo(ln["you"]), ln.get("remark", "")]
        rows.append(row)
    tot = lambda k: mo(sum(ln[k] for ln in c["lines"]))  # noqa: E731
    total = ["", "", "Claim total", tot("billed"), tot("p_allow"), tot("p_paid")]
    if land:
        total.append(tot("s_allow"))
    total += [tot("s_paid"), tot("you"), ""]
    rows.append(total)
    if land:
        head = ["Date(s) of service", "Code", "Service", "Amount billed", "Primary plan allowed",
                "Primary plan paid", "Secondary allowed", "We paid (secondary)", "Patient responsibility", "Remark"]
        widths = [40, 14, 48, 21, 22, 21, 21, 20, 21, 15]
        size = 8
    else:
        head = ["Service date(s)", "Code", "Description", "Billed", "Primary allowed", "Primary paid",
                "Secondary paid", "You owe", "Remark"]
        widths = [22 if all(ln["end"] == ln["start"] for ln in c["lines"]) else 34, 11, 42, 17, 17, 17, 17, 15, 16]
        widths[2] -= widths[0] - 22
        size = 7.2
    aligns = ["L", "L", "L"] + ["R"] * (len(head) - 4) + ["L"]
    p.table(head, rows, widths, size=size, aligns=aligns, bold_last=True)


def eob(rng, ins: str, case: str | None, *, ms: str, ds: str, dl: str, land: bool, paid_beside: bool = False,
        span: bool = False, plan_code: bool = False):
    insurer, short = INS[ins]
    sub, sfirst, slast = person(rng)
    addr = address(rng)
    stmt = dt.date(2026, rng.randint(2, 9), rng.randint(1, 28))
    member_id = f"{letters(rng, 3)}{digits(rng, 7)}" if ins == "A" else f"K{digits(rng, 2)}{mixed(rng, 5)}{digits(rng, 2)}"
    group = f"G{digits(rng, 5)}{letters(rng, 1)}" if ins == "A" else f"{digits(rng, 4)}-{letters(rng, 2)}{digits(rng, 2)}"
    code = f"SX{rng.randint(10, 99)}{letters(rng, 1)}" if plan_code else None
    primary = rng.choice(PRIMARIES[:3])
    claims = []
    kid = None
    pats = [(sub, "01")]
    if rng.random() < 0.6:
        kid = person(rng, last=slast)
        pats.append((kid[0], "02"))
    denied_pat = pats[-1][0] if case else sub
    for i, role in enumerate(["denied"] + (["paid"] if paid_beside else [])):
        patient = denied_pat if role == "denied" else pats[0][0]
        dos = days(stmt, -rng.randint(40, 110))
        lines = _lines(rng, rng.randint(2, 3), dos, span=span and role == "denied")
        mode = "paid"
        if role == "denied" and case in ("missing_eob", "other_primary", "late_secondary"):
            mode = "denied"
        if role == "denied" and case == "pa":
            mode = "nothing"
        if role == "denied" and case == "paid_full":
            for ln in rng.sample(lines, len(lines) - 1):
                ln["mode"] = "full"
        _money_lines(rng, lines, mode)
        remark = CASES[case][2] if case and role == "denied" else ""
        for ln in lines:
            if remark and (case != "paid_full" or ln.get("mode") == "full"):
                ln["remark"] = remark.split(" / ")[0] if not land and " / " in remark else remark
            elif ln["s_paid"]:
                ln["remark"] = "C01"
        recv = days(stmt, -rng.randint(10, 30))
        peob = None if (role == "denied" and case in ("missing_eob", "other_primary")) else days(dos, rng.randint(20, 35))
        if role == "denied" and case == "late_secondary":
            peob = days(recv, -rng.randint(120, 160))
        stay = span and role == "denied"
        claims.append(dict(no=_claim_no(rng, ins, stmt.year), patient=patient, doctor=rng.choice(DOCTORS),
                           clinic=HOSPITAL if stay else rng.choice(CLINICS), npi=npi(rng), acct=f"{digits(rng, 7)}", recv=recv,
                           proc=days(stmt, -rng.randint(1, 4)), primary=primary, peob=peob, lines=lines,
                           pclaim=f"{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 6)}", role=role))
    if paid_beside and rng.random() < 0.5:
        claims.reverse()
    p = Page(footer="Page {n} of {nb}", footer_left=f"Document no. {digits(rng, 12)}   This is not a bill")
    p.add_page(orientation="L" if land else "P")
    _letterhead(p, ins, rng)
    title = "Explanation of Benefits \u2013 Secondary Coverage" if ins == "A" else "Coordination of Benefits Statement"
    p.line(title, 14, "B", h=7)
    p.line("THIS IS NOT A BILL", 9, "B", h=5)
    p.ln(1)
    y = p.get_y()
    for ln_ in [sub] + addr:
        p.line(ln_, 10, h=5)
    right = 150 if land else 112
    p.set_xy(right, y)
    rows = [("Statement date" if ins == "A" else "Date issued", fdate(stmt, ds)),
            ("Member" if ins == "A" else "Subscriber", sub),
            ("Member ID" if ins == "A" else "Identification no.", member_id),
            ("Group number" if ins == "A" else "Group #", group)]
    if code:
        rows.append(("Plan code", code))
    rows.append(("Benefit plan", f"{short} {'Secondary Wrap PPO' if ins == 'B' else 'Companion 80'}"))
    rows.append(("Coverage with us", "Secondary"))
    p.pairs(rows, label_w=38, size=8.6, x=right, h=4.8)
    p.set_y(max(p.get_y(), y + 24) + 3)
    p.f(8.5)
    p.multi_cell(0, 4.2, f"Other coverage on file: {primary} is primary for every person on this statement"
                         f" (primary member no. {mixed(rng, 3)}{digits(rng, 6)}). We coordinate our benefits with what "
                         "the primary plan allowed and paid.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    allb = sum(ln["billed"] for c in claims for ln in c["lines"])
    p.boxed_pairs([("Total billed by providers", money(allb, ms)),
                   ("Paid by the primary plan", money(sum(ln["p_paid"] for c in claims for ln in c["lines"]), ms)),
                   ("Paid by us as secondary", money(sum(ln["s_paid"] for c in claims for ln in c["lines"]), ms)),
                   ("You may owe providers", money(sum(ln["you"] for c in claims for ln in c["lines"]), ms))],
                  label_w=70, size=8.8, h=5.6)
    for c in claims:
        _claim_block(p, c, ins, ms, ds, land)
    _remarks(p, case, claims)
    deadline = _appeal(p, case, stmt, dl, ds, short)
    p.para(f"Questions? Call {insurer} Customer Care at the number above (TTY 711). Keep this statement with the "
           "primary plan's EOB for the same services.", 8)
    return out(p), _truth(case, insurer, short, code, group, member_id, claims, stmt, deadline, dl)


def _remarks(p: Page, case, claims) -> None:
    p.heading("Remark codes", 10)
    seen = ["C01"] if any(ln.get("remark") == "C01" for c in claims for ln in c["lines"]) else []
    p.f(8)
    if seen:
        p.multi_cell(0, 4, "C01  We paid the balance the primary plan left, up to our allowed amount.",
                     new_x="LMARGIN", new_y="NEXT")
    if case:
        _, _, code, text, reason = CASES[case]
        p.multi_cell(0, 4, f"{code}  {text}", new_x="LMARGIN", new_y="NEXT")
        p.ln(1)
        p.heading("Why some amounts were not paid" if case == "paid_full" else "Why we did not pay this claim", 10)
        c = next(c for c in claims if c["role"] == "denied")
        stay = next((ln for ln in c["lines"] if ln["end"] != ln["start"]), None)
        if stay:
            reason = (f"The claim is for the hospital stay from {fdate(stay['start'], 'long').split(',')[0]} through "
                      f"{fdate(stay['end'], 'long')}. " + reason)
        p.para(reason.format(peob=fdate(c["peob"], "long") if c["peob"] else "", recv=fdate(c["recv"], "long")), 8.8)


def _appeal(p: Page, case, stmt: dt.date, dl: str, ds: str, short: str) -> str | None:
    p.heading("Your right to appeal", 10)
    if case is None:
        p.para("If you disagree with how we processed a claim on this statement, you may ask for an appeal. Call "
               "us first; many questions about coordination of benefits are settled by phone.", 8.5)
        return None
    if dl == "notice":
        p.para(f"You may appeal a denied claim on this statement. Send your written appeal within 180 days of the "
               f"date of this statement to {short} Appeals, at the address above.", 8.5)
        return days(stmt, 180).isoformat()
    if dl == "date":
        last = days(stmt, 180)
        p.para(f"To appeal, write to us. We must receive your appeal by {fdate(last, ds)}.", 8.5)
        return last.isoformat()
    p.para("You may appeal within 180 days after you receive this statement. Sending the primary plan's EOB "
           "is not an appeal; it is a corrected claim, which has no deadline of its own here.", 8.5)
    return None


def _truth(case, insurer, short, code, group, member_id, claims, stmt, deadline, dl):
    c = next(c for c in claims if c["role"] == "denied")
    dtype, dalt = (CASES[case][0], CASES[case][1]) if case else (None, None)
    svc = [iso(ln["start"], ln["end"]) for ln in c["lines"]]
    amount = m2(sum(ln["billed"] for ln in c["lines"]))
    alts = {"insurer": [short], "provider": [c["clinic"]]}
    if c["clinic"] == HOSPITAL:
        alts["provider"] = [HOSPITAL]
    if code:
        alts["plan_id"] = [None]
    if case == "paid_full":
        den = [ln for ln in c["lines"] if ln.get("mode") == "full"]
        alts["claim_amount"] = [m2(sum(ln["billed"] for ln in den))]
        alts["service_dates"] = [sorted({iso(ln["start"], ln["end"]) for ln in c["lines"]})]
        svc = [iso(ln["start"], ln["end"]) for ln in den]
        amount = m2(sum(ln["billed"] for ln in c["lines"]))
    if any(ln["end"] != ln["start"] for ln in c["lines"]):
        alts["service_dates"] = [sorted({ln["start"].isoformat() for ln in c["lines"]})]
    if deadline is None and case:
        alts["appeal_deadline"] = [days(stmt, 180).isoformat()]
    alts["case_numbers"] = [[c["no"], c["pclaim"]]]
    return truth("eob", dtype, insurer=insurer, plan_id=code, group=group, member_id=member_id,
                 member_name=c["patient"], cases=[c["no"]], claim_amount=amount, service_dates=svc,
                 denial_date=stmt.isoformat(), provider=c["doctor"], appeal_deadline=deadline, alternates=alts,
                 denial_alternates=dalt, type_alternates=["denial_letter"] if case else None)


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(51207)
    return [
        Item("cob_secondary_eob_bd_missing_eob", "born_digital",
             [eob(r, "A", "missing_eob", ms="plain", ds="slash", dl="notice", land=False, paid_beside=True,
                  plan_code=True)]),
        Item("cob_secondary_eob_bd_paid_full_land", "born_digital",
             [eob(r, "B", "paid_full", ms="nosign", ds="long", dl="date", land=True)]),
        Item("cob_secondary_eob_scan_other_primary", "scan_clean_300",
             [eob(r, "A", "other_primary", ms="plain", ds="dmy", dl="receive", land=True)]),
        Item("cob_secondary_eob_lowres_all_paid", "scan_lowres_150",
             [eob(r, "B", None, ms="plain", ds="slash", dl="notice", land=False)]),
        Item("cob_secondary_eob_copy_late", "photocopy",
             [eob(r, "A", "late_secondary", ms="usd", ds="iso", dl="notice", land=False, paid_beside=True)]),
        Item("cob_secondary_eob_faxs_no_auth", "fax_standard_g4",
             [eob(r, "B", "pa", ms="flat", ds="abbr", dl="date", land=False, plan_code=False)]),
        Item("cob_secondary_eob_photo_missing_stay", "phone_photo",
             [eob(r, "B", "missing_eob", ms="plain", ds="slash", dl="notice", land=True, span=True,
                  paid_beside=True)]),
    ]
