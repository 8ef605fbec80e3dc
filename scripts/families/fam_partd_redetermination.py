"""Family partd_redetermination: a Medicare Part D plan's Notice of Redetermination (the decision on a member's
request for redetermination of a prescription drug denial).

Modelled on the public model notice (in our own words): plan letterhead with its contract and plan benefit package
(H or S contract + PBP), date, member name and ID, the drug with its strength and quantity, the prescriber, the
redetermination case number (and on some the first coverage determination's number), "we have decided to deny /
partially approve / approve your request", the reason in plain words (formulary exception not justified, step
therapy, quantity limit, a drug Part B pays for, a drug the plan excludes, a fill at an out-of-network pharmacy), the
next level: an Independent Review Entity (IRE) within 60 days (of the date of the notice, after receipt, or by a
printed date), the fast (72-hour) review, help lines and a Spanish tagline; one fully favorable approval. Decoys:
request-received date, RxBIN/RxPCN/RxGroup, NDC, prescriber NPI, plan material ID, the IRE's own case address.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundh_famj import DOCTORS, address, digits, npi, person, phone
from public_kit import Page, fdate, m2, money, out, plus, span, truth

FAMILY = "partd_redetermination"
LANG = "en"

PLANS = {
    "quarry": dict(org="Quarrystone Health Plans, Inc.", product="Quarrystone Rx Saver (PDP)", contract="S6174",
                   id_label="Member ID", id=lambda r: f"QS{digits(r, 9)}", ire="Maplebridge Review Services"),
    "helm": dict(org="Helmsley Cove Medicare Plans", product="Helmsley Cove Advantage Rx (HMO)", contract="H7725",
                 id_label="Plan member number", id=lambda r: f"{digits(r, 8)}", ire="Maplebridge Review Services"),
    "sundew": dict(org="Sundew Prescription Benefits of America", product="Sundew Value Script PDP",
                   contract="S2209", id_label="Enrollee ID no.", id=lambda r: f"SD-{digits(r, 4)}-{digits(r, 5)}",
                   ire="Ravelstone Independent Review"),
}
# kind -> (drug line, decision, reason, denial type, denial alternates)
KINDS = {
    "formulary": ("Ozerelix 20 mg tablets, #30 per 30 days", "deny",
                  "Ozerelix is not on our plan's list of covered drugs (formulary). Your prescriber asked for an "
                  "exception. To approve a formulary exception, the prescriber's statement must show that the covered "
                  "drugs for your condition (two are on our formulary) would not work as well for you or would harm "
                  "you. The statement we received says only that you prefer Ozerelix; it does not show that the "
                  "formulary drugs were tried or cannot be used. The exception is not justified.", "not_covered",
                  ["medical_necessity"]),
    "approve": ("Trelvastin 40 mg tablets, #90 per 90 days", "approve",
                "Your prescriber sent records showing that you had muscle damage with two formulary drugs. These meet "
                "our exception criteria. We have approved coverage through {until}. Your usual copay for drugs on "
                "tier 3 applies.", None, None),
    "steptherapy": ("Duvanorex ER 50 mg capsules, #60 per 30 days", "deny",
                    "Duvanorex ER has a step therapy requirement: before we cover it, you must first try a generic "
                    "drug for the same condition for at least 60 days. Our pharmacy records and the notes your "
                    "prescriber sent show no trial of either generic, and no reason they would not be safe for you. "
                    "If you try a generic first and it does not work, your prescriber can ask again.",
                    "medical_necessity", ["prior_authorization"]),
    "quantity": ("Sumaveline 100 mg tablets, #18 per 30 days", "partial",
                 "Our plan covers up to 9 tablets of this drug every 30 days (a quantity limit based on the FDA "
                 "labeling and safety). We approved 9 tablets per 30 days. We denied the other 9 tablets: the "
                 "records do not show that a preventive medicine was tried, which our criteria require before more "
                 "than the limit is covered.", "medical_necessity", ["not_covered", "prior_authorization"]),
    "partb": ("Mycophenrel 500 mg tablets, #120 per 30 days", "deny",
              "This drug was prescribed after your kidney transplant, which Medicare covered. In that case Medicare "
              "Part B, not your Part D plan, pays for this immunosuppressive drug. Your pharmacy should bill Part B "
              "for it. We cannot pay under Part D for a drug that Part B covers for you.", "other", ["not_covered"]),
    "excluded": ("Finastrel 1 mg tablets, #30 per 30 days", "deny",
                 "This drug was prescribed for hair loss. Drugs used for cosmetic purposes or hair growth are "
                 "excluded from Medicare Part D by law, and our plan does not cover them as an extra benefit. We "
                 "cannot approve it, even with an exception.", "not_covered", None),
    "oonpharm": ("Cefpodralin 200 mg tablets, #20 (filled at a pharmacy outside our network)", "deny",
                 "You asked us to pay you back for a prescription filled at a pharmacy that is not in our network. We "
                 "pay for out-of-network fills only when you could not reasonably get the drug at a network "
                 "pharmacy (for example, while travelling outside our service area, or when no network pharmacy was "
                 "open). The pharmacy you used is in your home town and three network pharmacies nearby were open "
                 "that day.", "out_of_network", None),
}
TAGLINE = ("ATENCI\u00d3N: Si habla espa\u00f1ol, tiene a su disposici\u00f3n servicios gratuitos de asistencia "
           "ling\u00fc\u00edstica. Llame al n\u00famero de Servicios para Miembros.")


def facts(rng, plan, kind):
    """Everything one notice states, drawn once so the truth and the page agree."""
    notice = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 120))
    c = dict(notice=notice, who=person(rng), mid=plan["id"](rng), doctor=rng.choice(DOCTORS),
             pbp=f"{plan['contract']}-{rng.randint(1, 45):03d}",
             rd=rng.choice([f"RD-{notice.year}-{digits(rng, 6)}", f"{digits(rng, 11)}", f"R{digits(rng, 9)}"]),
             cd=f"CD{digits(rng, 9)}" if rng.random() < 0.5 else None,
             received=plus(notice, -rng.randint(3, 6)), until=dt.date(notice.year, 12, 31))
    if kind == "oonpharm":
        c["fill"] = plus(notice, -rng.randint(25, 60))
        c["paid"] = round(rng.uniform(60, 240), 2)
    return c


def header(p, rng, plan, c, ds):
    p.line(plan["org"], 15, "B", h=7)
    p.line(plan["product"], 10, h=5)
    a = address(rng)
    p.line(f"{a[0]} | {a[1]} | Member Services {phone(rng)} (TTY 711)", 8, h=4.5)
    y = p.get_y() + 1
    super(Page, p).line(p.l_margin, y, p.w - p.r_margin, y)
    p.ln(4)
    for ln in [c["who"].upper()] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)


def id_rows(rng, plan, c, kind, ds):
    drug, *_ = KINDS[kind]
    rows = [(rng.choice(["Date", "Date of notice", "Notice date"]), fdate(c["notice"], ds)),
            (rng.choice(["Member name", "Member", "Enrollee"]), c["who"]), (plan["id_label"], c["mid"]),
            (rng.choice(["Contract/PBP", "Plan (H/S contract-PBP)", "Plan ID"]), c["pbp"]),
            (rng.choice(["Redetermination case #", "Appeal case number", "Case ID"]), c["rd"])]
    if c["cd"]:
        rows.append(("Original coverage determination #", c["cd"]))
    rows += [("Drug", drug), ("Prescriber", f"{c['doctor']}  (NPI {npi(rng)})"),
             (rng.choice(["Request received", "Date we got your request"]), fdate(c["received"], ds))]
    if kind == "oonpharm":
        rows += [("Date filled", fdate(c["fill"], ds)), ("Amount you paid", money(c["paid"], c["ms"])),
                 ("Pharmacy NCPDP", digits(rng, 7))]
    else:
        rows.append(("RxBIN / RxPCN / RxGRP", f"0{digits(rng, 5)} / {rng.choice(['MDPD', 'RXPTD'])} / "
                                               f"{rng.choice(['PDPGRP', 'MAPD1'])}{rng.randint(10, 99)}"))
    return rows


def decision(p, rng, c, kind, ds):
    _, verdict, reason, *_ = KINDS[kind]
    words = {"deny": "DENY", "partial": "PARTIALLY APPROVE", "approve": "APPROVE"}[verdict]
    p.f(11.5, "B")
    p.multi_cell(0, 6, f"We have decided to {words} your request for redetermination.", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1)
    p.para("We reviewed your request, the information your prescriber sent and our coverage rules. A pharmacist and "
           "a physician who were not part of the first decision made this decision.", 10)
    p.heading(rng.choice(["Why we made this decision", "Reason for our decision", "Our reasons"]), 11)
    p.para(reason.format(until=fdate(c["until"], ds)), 10)


def next_level(p, rng, plan, c, dl, ds):
    """The IRE reconsideration: within 60 days of the notice, after receipt, or by a printed date."""
    p.heading(rng.choice(["If you disagree with our decision", "What if I do not agree?",
                          "Your right to an independent review"]), 11)
    when = {"notice": "within 60 days of the date of this notice",
            "receipt": "within 60 days after you receive this notice",
            "date": f"no later than {fdate(plus(c['notice'], 60), ds)} (60 days from the date of this notice)"}[dl]
    p.para(f"You may ask for a reconsideration by the Independent Review Entity (IRE), {plan['ire']}, which is not "
           f"part of our plan. Your written request must be sent to the IRE {when}. Use the form \"Request for "
           f"Reconsideration of Medicare Prescription Drug Denial\" sent with this notice, or write a letter.", 10)
    p.bullets(["**Fast review (72 hours):** if you or your prescriber believe waiting up to 7 days could seriously "
               "harm your health, ask the IRE for a fast review; it will decide within 72 hours.",
               "**Standard review:** the IRE decides within 7 days (14 days for a request to pay you back).",
               f"Send your request to {plan['ire']}, Part D Reconsiderations, PO Box {rng.randint(10000, 99999)}, "
               f"fax {phone(rng)}. The IRE will write to you with its own case number."], 9.5)


def make(rng, plan_key, kind, dl="notice", two_pages=False):
    plan = PLANS[plan_key]
    c = facts(rng, plan, kind)
    c["ms"] = rng.choice(["plain", "nosign", "usd"])
    ds = rng.choice(["slash", "long", "abbr", "iso", "dmy"])
    p = Page(serif=plan_key == "helm", footer="Page {n} of {nb}" if two_pages else None,
             footer_left=f"{plan['contract']}_RDN{rng.randint(24, 26)}_{rng.choice(['M', 'C'])}")
    p.add_page()
    header(p, rng, plan, c, ds)
    p.line("NOTICE OF REDETERMINATION", 13, "B", align="C", h=7)
    p.line("Medicare Prescription Drug Coverage", 10.5, align="C", h=5.5)
    p.ln(2)
    rows = id_rows(rng, plan, c, kind, ds)
    if rng.random() < 0.5:
        p.boxed_pairs(rows, label_w=62, size=9.2, h=5.9)
    else:
        p.pairs(rows, label_w=62, size=9.5, h=5.0)
        p.ln(2)
    p.para(f"Dear {c['who']}:", 10)
    p.para(f"On {fdate(c['received'], ds)} we received your request that we look again at our decision about the "
           f"drug listed above.", 10)
    decision(p, rng, c, kind, ds)
    if two_pages:
        p.add_page()
        p.line(f"{c['who']} \u2022 {plan['id_label']} {c['mid']} \u2022 Case {c['rd']}", 8.5, h=5)
        p.ln(2)
    if kind == "approve":
        p.para("Because we approved your request, you do not need to do anything else. Take your prescription to a "
               "network pharmacy. Keep this notice with your records.", 10)
    else:
        next_level(p, rng, plan, c, dl, ds)
    p.heading("Get help and more information", 10.5)
    p.bullets([f"{plan['product']} Member Services: {phone(rng)}, TTY 711, 8 a.m. to 8 p.m., 7 days a week",
               "1-800-MEDICARE (1-800-633-4227), 24 hours a day; TTY 1-877-486-2048",
               f"Your State Health Insurance Assistance Program: {phone(rng)}"], 9)
    p.para(TAGLINE, 8.5)
    p.para(f"Sincerely,\nPart D Appeals Unit, {plan['org']}", 9.5)
    return out(p), rd_truth(plan, c, kind, dl)


def rd_truth(plan, c, kind, dl):
    """The plan decides; the contract-PBP is its plan ID (null accepted); the prescriber is the provider."""
    _, verdict, _, dtype, dalt = KINDS[kind]
    alts = {"insurer": [plan["product"]], "plan_id": [None]}
    cases = [c["rd"]] + ([c["cd"]] if c["cd"] else [])
    if c["cd"]:
        alts["case_numbers"] = [[c["rd"]]]
    deadline = None if verdict == "approve" or dl == "receipt" else plus(c["notice"], 60).isoformat()
    if verdict != "approve" and dl == "receipt":
        alts["appeal_deadline"] = [plus(c["notice"], 60).isoformat(), plus(c["notice"], 65).isoformat()]
    oon = kind == "oonpharm"
    kw = dict(insurer=plan["org"], plan_id=c["pbp"], member_id=c["mid"], member_name=c["who"], cases=cases,
              claim_amount=m2(c["paid"]) if oon else None, service_dates=[span(c["fill"])] if oon else [],
              denial_date=c["notice"].isoformat(), provider=c["doctor"], appeal_deadline=deadline, alternates=alts)
    if verdict == "approve":
        return truth("other", None, **kw)
    return truth("denial_letter", dtype, denial_alternates=dalt, **kw)


def documents(rng: random.Random) -> list[Item]:
    return [Item("partd_redetermination_bd_formulary", "born_digital", [make(rng, "quarry", "formulary")]),
            Item("partd_redetermination_bd_approved", "born_digital", [make(rng, "helm", "approve")]),
            Item("partd_redetermination_scan_steptherapy", "scan_clean_300",
                 [make(rng, "sundew", "steptherapy", dl="receipt", two_pages=True)]),
            Item("partd_redetermination_lowres_quantity", "scan_lowres_150", [make(rng, "helm", "quantity")]),
            Item("partd_redetermination_photo_partb", "phone_photo", [make(rng, "quarry", "partb", dl="date")]),
            Item("partd_redetermination_faxs_excluded", "fax_standard_g4",
                 [make(rng, "sundew", "excluded", two_pages=True)]),
            Item("partd_redetermination_rot_oonpharm", "rotated", [make(rng, "helm", "oonpharm", dl="date")])]
