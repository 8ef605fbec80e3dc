"""Invented commercial plan refusing a home spirometer and a repeat six-minute walk oximetry test.

Larkspur Mutual Health (invented) does not cover a home spirometer (a personal monitoring device, excluded) and
covers the six-minute walk test with exercise oximetry once in 12 months unless the member's condition changed
(its policy LMH-PUL-114). The pulmonologist writes to the plan, the hospital's outpatient department sends a
statement, one EOB pays the first test and another denies the repeat. Every person, plan, hospital, number,
phone and address is fictional.

Documents (8 in 7 files):
  denial_grid        home spirometer denial, facts in a ruled caption-over-value grid (born digital)
  pulm_letter        the pulmonologist's letter to the plan with a Re: block, sentences only (150 dpi, denies nothing)
  hospital_stmt      hospital outpatient statement, both walk tests, balance after the plan's denial (photocopy)
  eob_paid           paid EOB for the first walk test, one claim block with a (45.00) adjustment (clean scan)
  eob_denied         EOB with three claim blocks, the repeat walk test denied, remark legend (fax, fine)
  appeal_upheld      appeal decision upholding the spirometer denial, facts in a shaded sidebar (fed sideways)
  stack              pre-service denial of a third walk test + blank, fax cover + member's letter fed sideways
"""

from __future__ import annotations

import datetime as dt
import random

from fpdf import FPDF

from capture import Item
from kit_rounddf_famdff import (claim_block, d_abbr, d_dmy2, d_long, d_nth, d_pad, d_slash, fax_header, m_neg,
                                re_block)
from public_kit import Page, m2, out, plus, truth

FAMILY = "home_spirometer_and_exercise_oximetry_testing_denial"
LANG = "en"
SEED = 350805

PLAN = "Larkspur Mutual Health"
ADDR = "Larkspur Mutual Health, Member Appeals, 4400 Quarry Ridge Pkwy, Suite 210, Dubuque, IA 52002"
PHONE = "800-555-0131, TTY 711"
PULMS = [("Ines K. Vardalos, MD", "Stonebridge Pulmonary and Sleep Associates"),
         ("Rupert A. Mbeki-Hall, DO", "Kestrel Lung Center"),
         ("Sabine O. Thorvaldsen, MD", "Riverbend Chest Clinic")]
HOSP = "Stonebridge Valley Hospital"
MEMBERS = [("Mabel", "Greenhalgh"), ("Leopold", "Szabo"), ("Francine", "Mwangi"), ("Virgil", "Achterberg"),
           ("Odessa", "Blackwood"), ("Thaddeus", "Quintero"), ("Genevieve", "Lindgren"), ("Horace", "Pettigrew")]


def member(rng):
    first, last = rng.choice(MEMBERS)
    mi = rng.choice("ABCDEFGHJKLMNPRSTVW")
    doc, prac = rng.choice(PULMS)
    return dict(name=f"{first} {mi}. {last}", first=first, last=last,
                mid=f"LMH {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(100, 999)}",
                grp=f"{rng.randint(10000, 99999)}-{rng.choice('ABC')}", plan_id=f"LM-PPO-{rng.choice([1500, 2500, 4000])}",
                doc=doc, prac=prac, npi=f"1{rng.randint(100000000, 999999999)}",
                dob=dt.date(rng.randint(1948, 1975), rng.randint(1, 12), rng.randint(1, 28)))


def cents(rng, lo, hi):
    return round(rng.randint(lo, hi) + rng.choice([0.5, 0.25, 0.75, rng.randint(1, 99) / 100]), 2)


def letterhead(p, sub="Customer Care " + PHONE + "  *  larkspurmutual.example"):
    p.f(18, "B")
    p.cell(0, 9, "LARKSPUR", new_x="LMARGIN", new_y="NEXT")
    p.f(10)
    p.cell(0, 5, "M U T U A L   H E A L T H", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, sub, new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.set_line_width(0.8)
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.set_line_width(0.2)
    p.ln(6)


def grid(p, cells, h=11.5):
    """A row of ruled boxes: a small caption at the top, the value below it."""
    x0, y0 = p.l_margin, p.get_y()
    x = x0
    for cap, val, w in cells:
        p.rect(x, y0, w, h)
        p.set_xy(x + 1.2, y0 + 0.8)
        p.f(6.3)
        p.cell(w - 2.4, 3, cap.upper())
        p.set_xy(x + 1.2, y0 + 5)
        p.f(9.5)
        p.cell(w - 2.4, 5, val)
        x += w
    p.set_xy(x0, y0 + h)


def sp_case(rng):
    m = member(rng)
    return m, cents(rng, 980, 1480)


def denial_grid(rng):
    m, price = sp_case(rng)
    nd = dt.date(2026, 1, rng.randint(5, 28))
    ref = f"PA-{nd.strftime('%y%m')}-{rng.randint(10000, 99999)}"
    req = plus(nd, -rng.randint(2, 6))
    p = Page(serif=True, footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    letterhead(p)
    p.line(d_long(nd), 10.5)
    p.ln(3)
    for ln in [m["name"], "2210 Bluff St", "Dubuque IA 52001"]:
        p.line(ln, 10.5)
    p.ln(5)
    p.line("COVERAGE DECISION: HOME EQUIPMENT NOT COVERED", 11.5, "B")
    p.ln(2)
    grid(p, [("Member", m["name"], 58), ("Member ID", m["mid"], 52), ("Date of birth", d_abbr(m["dob"]), 56)])
    grid(p, [("Plan", m["plan_id"], 58), ("Group", m["grp"], 52), ("Request number", ref, 56)])
    grid(p, [("Ordering physician", m["doc"], 58), ("Item (HCPCS)", "Spirometer, electronic (E0487)", 52),
             ("Request received", d_dmy2(req), 56)])
    p.ln(4)
    p.para(f"Dear {m['first']} {m['last']},", 10.5)
    p.para(f"Your doctor, {m['doc']}, asked us to cover an electronic spirometer for you to use at home. Your plan "
           "does not cover it. Your Certificate of Coverage, Section 11 (Exclusions), item 27, excludes personal "
           "monitoring devices used at home to measure lung function, blood pressure or similar values, even when a "
           "doctor orders them. Lung function testing done in your doctor's office or a hospital remains covered.",
           10.5)
    p.para(f"Quoted price: ${price:,.2f} (Harbor Respiratory Supply, quote Q-{rng.randint(40000, 49999)}). Because "
           "the item is excluded, this decision is not based on medical necessity.", 10.5)
    p.line("If you disagree", 11, "B")
    p.para("You may appeal within 180 days of the date of this letter. Send your appeal and any records to "
           f"{ADDR}, or fax 563-555-0119. If your health could be seriously harmed by waiting, ask for an "
           "urgent appeal (72 hours). After our final decision you may have a right to an external review by an "
           "independent review organization within 4 months.", 10)
    p.para(f"Customer Care {PHONE}. Form LMH-CD-204 (2026). Policy LMH-DME-090.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=m["plan_id"], group=m["grp"], member_id=m["mid"],
              member_name=m["name"], cases=[ref], denial_date=nd.isoformat(), provider=m["doc"],
              appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def pulm_letter(rng):
    m = member(rng)
    nd = dt.date(2026, 3, rng.randint(2, 27))
    first = plus(nd, -rng.randint(150, 200))
    rep = plus(nd, -rng.randint(20, 40))
    claim = f"E{rng.randint(2600000000, 2699999999)}"
    p = Page(serif=False, footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, m["prac"], new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"1180 Westmark Dr, Suite 300, Dubuque IA 52002  |  Tel 563-555-0160  |  Fax 563-555-0161  |  "
                 f"NPI {m['npi']}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(d_long(nd), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Provider Appeals", "4400 Quarry Ridge Pkwy, Suite 210", "Dubuque, IA 52002"]:
        p.line(ln, 10)
    p.ln(4)
    re_block(p, [f"Patient: {m['name']}  (DOB {d_pad(m['dob'])})", f"Member number: {m['mid']}",
                 f"Claim: {claim}", f"Date of service: {d_pad(rep)}"])
    p.para("To the appeals reviewer:", 10.5)
    p.para(f"I am writing on behalf of my patient, who has chronic obstructive pulmonary disease with a recent "
           f"decline. Your plan paid for the first six-minute walk test with exercise oximetry on {d_abbr(first)} and "
           f"then denied the repeat test done on {d_slash(rep)} because it was less than 12 months later.", 10.5)
    p.para("Your policy LMH-PUL-114 allows a repeat test when the member's condition has changed. Since the first "
           "test the patient has had two exacerbations, one needing a hospital stay, and resting saturation fell from 95% "
           "to 91%. The repeat test showed desaturation to 84% at 190 meters and was needed to prescribe ambulatory "
           "oxygen. Please reconsider and pay the claim. Office notes and both test reports are enclosed.", 10.5)
    p.para("The patient's son and caregiver, Walter Greaves, may be contacted at 563-555-0188. "
           f"Pulmonary rehabilitation was last authorized {d_nth(first)}.", 10.5)
    p.para(f"Sincerely,\n\n\n{m['doc']}\nPulmonary and Critical Care Medicine", 10.5)
    t = truth("other", None, insurer=PLAN, member_id=m["mid"], member_name=m["name"], cases=[claim],
              service_dates=[rep.isoformat()], denial_date=nd.isoformat(), provider=m["doc"],
              alternates={"insurer": [None], "provider": [m["prac"]]}, unscored=["appeal_deadline"])
    return out(p), t


def hospital_stmt(rng):
    m = member(rng)
    sd = dt.date(2026, 4, rng.randint(2, 20))
    first = plus(sd, -rng.randint(190, 240))
    rep = plus(sd, -rng.randint(40, 60))
    acct = f"{rng.randint(70000000, 79999999)}"
    t1, o1 = cents(rng, 280, 360), cents(rng, 80, 120)
    t2, o2 = cents(rng, 280, 360), cents(rng, 80, 120)
    paid1 = round((t1 + o1) * 0.58, 2)
    adj1 = round((t1 + o1) - paid1 - 45, 2)
    total = round(t1 + o1 + t2 + o2, 2)
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(15, "B")
    p.cell(120, 7, HOSP)
    p.f(9, "B")
    p.cell(0, 7, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Outpatient Pulmonary Function Laboratory  *  55 Hospital Hill Rd, Dubuque IA 52001  *  "
                 "Billing 563-555-0172  *  Tax ID 42-5550917", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.pairs([("Statement date", d_pad(sd)), ("Guarantor", f"{m['name']}"), ("Patient", m["name"]),
             ("Account number", acct), ("Insurance", f"{PLAN}  ID {m['mid']}"),
             ("Patient DOB", d_dmy2(m["dob"]))], label_w=38, size=9, h=4.8)
    p.ln(3)
    rows = [[d_pad(first), "94618", "Six-minute walk test", f"{t1:,.2f}"],
            [d_pad(first), "94761", "Pulse oximetry, exercise", f"{o1:,.2f}"],
            [d_pad(plus(first, 30)), "", f"{PLAN} payment", m_neg(paid1)],
            [d_pad(plus(first, 30)), "", "Contractual adjustment", m_neg(adj1)],
            [d_pad(rep), "94618", "Six-minute walk test", f"{t2:,.2f}"],
            [d_pad(rep), "94761", "Pulse oximetry, exercise", f"{o2:,.2f}"],
            [d_pad(plus(rep, 21)), "", f"{PLAN}: denied, frequency limit", "0.00"],
            ["", "", "Total charges", f"{total:,.2f}"]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [30, 22, 90, 36], size=8.5,
            aligns=["L", "L", "L", "R"], bold_last=True)
    bal = round(total - paid1 - adj1, 2)
    p.f(11, "B")
    p.cell(0, 6, f"Amount due from patient: ${bal:,.2f}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("Your insurance denied the second test. Your physician's office has asked the plan to reconsider. If "
           "you pay now, any later insurance payment will be refunded to you. Payment plans are available; call "
           "563-555-0172. We accept cash, check and cards. Pay online at stonebridgevalley.example/pay.", 9.5)
    p.para("Detach and return with payment  - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", 8)
    p.para(f"Account {acct}   Amount enclosed $ ________   Due by {d_abbr(plus(sd, 25))}", 9)
    t = truth("other", None, insurer=None, member_id=m["mid"], member_name=m["name"], claim_amount=m2(total),
              service_dates=[first.isoformat(), rep.isoformat()], denial_date=sd.isoformat(), provider=HOSP,
              unscored=["insurer"], alternates={"service_dates": [[rep.isoformat()]], "claim_amount": [m2(bal)],
                                                "member_id": [None]})
    return out(p), t


def eob_paid(rng):
    m = member(rng)
    nd = dt.date(2025, 10, rng.randint(2, 28))
    svc = plus(nd, -rng.randint(18, 30))
    cn = f"{rng.randint(2528000000, 2528999999)}-00"
    lines = [("Six-minute walk test (94618)", cents(rng, 280, 360)),
             ("Pulse oximetry, exercise (94761)", cents(rng, 80, 120)),
             ("Office visit, est. (99214)", cents(rng, 190, 250))]
    p = Page(serif=True, footer=f"{m['name']}  |  {m['mid']}" + "   Page {n} of {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    letterhead(p)
    p.f(13, "B")
    p.cell(110, 6, "Explanation of Benefits")
    p.f(9)
    p.cell(0, 6, f"Issued {d_long(nd)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "This is not a bill. Keep for your records.", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.pairs([("Member", m["name"]), ("Member ID", m["mid"]), ("Group", m["grp"]), ("Plan", m["plan_id"])],
            label_w=28, size=9, h=4.6)
    p.ln(3)
    widths = [20, 60, 22, 22, 20, 20, 16]
    rows, tb, tp = [], 0, 0
    for s, b in lines:
        adj = 45.00 if "99214" in s else round(b * 0.35, 2)
        allowed = round(b - adj, 2)
        paid = round(allowed * 0.8, 2) if "99214" not in s else round(allowed - 30, 2)
        tb += b
        tp += paid
        rows.append([d_slash(svc), s, f"${b:,.2f}", m_neg(adj), f"{allowed:,.2f}", f"{paid:,.2f}",
                     "PD" if "99214" not in s else "CP"])
    claim_block(p, f"CLAIM {cn} - {m['prac']} - {d_slash(svc)}", ["Date", "Service", "Charged", "Discount",
                "Allowed", "Paid", "Code"], rows, widths, ["", "Claim total", f"${tb:,.2f}", "", "", f"{tp:,.2f}", ""],
                sub=f"Rendering: {m['doc']}   NPI {m['npi']}   Patient acct {rng.randint(100000, 999999)}")
    p.para("PD  Paid at the in-network benefit after coinsurance. CP  Paid after your $30 specialist copay. The "
           "discount in parentheses is the amount your network provider agreed not to charge.", 8.5)
    p.para(f"Plan year deductible: $ 1,500 (met $ 1,500). Out-of-pocket limit: $ 4,000 (met $ 2,118). "
           f"Questions: {PHONE}. Appeals: within 180 days of this statement.", 8.5)
    t = truth("eob", None, insurer=PLAN, plan_id=m["plan_id"], group=m["grp"], member_id=m["mid"],
              member_name=m["name"], cases=[cn], claim_amount=m2(tb), service_dates=[svc.isoformat()],
              denial_date=nd.isoformat(), provider=m["prac"], alternates={"provider": [m["doc"]],
                                                                        "appeal_deadline": [plus(nd, 180).isoformat()]})
    return out(p), t


def eob_denied(rng):
    m = member(rng)
    nd = dt.date(2026, 3, rng.randint(2, 26))
    p = Page(serif=True, footer="Page {n} of {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    letterhead(p)
    p.f(13, "B")
    p.cell(0, 6, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 5, f"Statement date {d_pad(nd)}     Member {m['name']}     ID {m['mid']}     Group {m['grp']}",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Subscriber: Walter H. {m['last']}     Claims processed {d_dmy2(plus(nd, -28))} to "
                 f"{d_dmy2(plus(nd, -1))}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    widths = [20, 62, 22, 20, 20, 20, 16]
    head = ["Date", "Service", "Charged", "Adjust.", "Allowed", "Paid", "Code"]
    specs = [("clinic", "Office visit, est. (99214)", "Pulmonary function test (94010)"),
             ("walk", "Six-minute walk test (94618)", "Pulse oximetry, exercise (94761)"),
             ("rx", "Chest X-ray, 2 views (71046)", "")]
    rng.shuffle(specs)
    den = None
    for kind, s1, s2 in specs:
        d0 = plus(nd, -rng.randint(12, 35))
        cn = f"{rng.randint(2603000000, 2603999999)}-00"
        lines = [(s1, cents(rng, 150, 360))] + ([(s2, cents(rng, 80, 140))] if s2 else [])
        rows, tb, tp = [], 0, 0
        for s, b in lines:
            if kind == "walk":
                adj, allowed, paid, code = 0.0, 0.0, 0.0, "F27"
                rows.append([d_slash(d0), s, f"{b:,.2f}", "0.00", "0.00", "0.00", code])
            else:
                adj = 45.00 if "99214" in s else round(b * 0.3, 2)
                allowed = round(b - adj, 2)
                paid = round(allowed * 0.8, 2)
                rows.append([d_slash(d0), s, f"{b:,.2f}", m_neg(adj), f"{allowed:,.2f}", f"{paid:,.2f}", "PD"])
            tb += b
            tp += paid
        prov = HOSP if kind != "clinic" else m["prac"]
        claim_block(p, f"Claim {cn}  |  {prov}  |  {d_slash(d0)}", head, rows, widths,
                    ["", "Claim total", f"{tb:,.2f}", "", "", f"{tp:,.2f}", ""])
        if kind == "walk":
            den = (cn, d0, round(tb, 2))
    p.f(9, "B")
    p.cell(0, 5, "Explanation of codes", new_x="LMARGIN", new_y="NEXT")
    p.para("PD  Paid at your in-network benefit. Amounts in parentheses are network discounts.\n"
           "F27  Not covered: the six-minute walk test with oximetry is covered once in 12 months (medical policy "
           "LMH-PUL-114). Our records show this test was paid for an earlier date. Your provider may send records "
           "showing a change in your condition.", 8.5)
    p.para(f"To appeal, write within 180 days of the date of this statement to {ADDR}. Customer Care {PHONE}.", 8.5)
    cn, d0, tb = den
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=None, group=m["grp"], member_id=m["mid"],
              member_name=m["name"], cases=[cn], claim_amount=m2(tb), service_dates=[d0.isoformat()],
              denial_date=nd.isoformat(), provider=HOSP, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def appeal_upheld(rng):
    m = member(rng)
    nd = dt.date(2026, 4, rng.randint(2, 24))
    apn = f"APL-{rng.randint(260000, 269999)}"
    orig = f"PA-2601-{rng.randint(10000, 99999)}"
    p = Page(serif=True, footer=None)
    p.set_margins(18, 18, 18)
    p.add_page()
    letterhead(p)
    y0 = p.get_y()
    p.set_fill_color(230, 230, 230)
    p.rect(p.l_margin, y0, 58, 112, style="F")
    p.set_xy(p.l_margin + 2, y0 + 3)
    for cap, val in [("Decision date", d_slash(nd)), ("Appeal number", apn), ("Original request", orig),
                     ("Member", m["name"]), ("Member ID", m["mid"]), ("Group", m["grp"]),
                     ("Ordering physician", m["doc"]), ("Appeal received", d_abbr(plus(nd, -rng.randint(12, 26)))),
                     ("Reviewer", "Board-certified pulmonologist, ID R-4471")]:
        p.set_x(p.l_margin + 2)
        p.f(7, "B")
        p.cell(54, 3.6, cap.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_x(p.l_margin + 2)
        p.f(9)
        p.multi_cell(54, 4.4, val, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.8)
    p.set_left_margin(82)
    p.set_xy(82, y0)
    p.line("Appeal Decision: Denial Upheld", 12.5, "B")
    p.ln(2)
    p.para(f"Dear {m['first']} {m['last']}:", 10)
    p.para("We reviewed your first-level appeal of our decision not to cover an electronic home spirometer "
           "(E0487). A physician who did not take part in the first decision reviewed your appeal, the letter from "
           "your physician and your records.", 10)
    p.para("We are **upholding** the denial. Your Certificate of Coverage excludes personal home monitoring "
           "devices (Section 11, item 27). Your physician's letter explains that home readings could help find "
           "flare-ups early; the exclusion applies whatever the reason. Office and hospital lung function testing "
           "remains covered.", 10)
    p.para("**Next steps.** You may ask for a second-level appeal within 60 days of the date of this letter. "
           "You may also ask for an external review by an independent review organization within 4 months of "
           "receiving this letter. Expedited external review is available in urgent cases.", 10)
    p.para(f"Member Appeals, {ADDR}. {PHONE}. Form LMH-AP-UP-2.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=m["grp"], member_id=m["mid"], member_name=m["name"],
              cases=[apn, orig], denial_date=nd.isoformat(), provider=m["doc"],
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"case_numbers": [[apn]]})
    return out(p), t


def third_test_denial(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(2, 26))
    planned = plus(nd, rng.randint(6, 15))
    ref = f"PA-{nd.strftime('%y%m')}-{rng.randint(10000, 99999)}"
    p = Page(serif=True, footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    letterhead(p)
    p.line(f"Date: {d_pad(nd)}", 10)
    p.ln(3)
    p.line("Notice of Denial - Pulmonary Testing", 12, "B")
    p.ln(2)
    grid(p, [("Member", m["name"], 60), ("Member ID", m["mid"], 50), ("Request", ref, 56)])
    grid(p, [("Requested by", m["doc"], 60), ("Test", "94618 + 94761", 50), ("Planned date", d_pad(planned), 56)])
    p.ln(4)
    p.para("Your doctor asked us to approve another six-minute walk test with exercise oximetry. Our medical "
           "policy LMH-PUL-114 covers this test once in 12 months unless the records show a change in your lung "
           "condition or a change in oxygen treatment. The records sent show a stable condition since your last "
           "test. A pulmonologist reviewer found that another test is **not medically necessary** now.", 10)
    p.para(f"You may appeal within 180 days of the date of this notice. Write to {ADDR}. {PHONE}.", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, member_id=m["mid"], member_name=m["name"],
              cases=[ref], service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=m["doc"],
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"service_dates": [[]]})
    return out(p), t


def member_letter(rng):
    m = member(rng)
    nd = dt.date(2026, 2, rng.randint(2, 26))
    ref = f"PA-2601-{rng.randint(10000, 99999)}"
    p = Page(serif=False, footer=None)
    p.set_margins(28, 24, 28)
    p.add_page()
    for ln in [m["name"], "61 Loras Blvd", "Dubuque, IA 52001", "", d_long(nd), "", PLAN, "Member Appeals",
               "4400 Quarry Ridge Pkwy, Suite 210", "Dubuque, IA 52002", ""]:
        p.line(ln, 10.5)
    re_block(p, [f"Appeal for {m['name']}", f"Member ID {m['mid']}", f"Request number {ref}",
                 "Home spirometer ordered by " + m["doc"]], size=10.5)
    p.para("To whom it may concern,", 10.5)
    p.para(f"I am asking you to look again at your decision not to cover a home spirometer. My lung doctor, "
           f"{m['doc']}, wants me to check my breathing every day so that flare-ups are caught before I end up in "
           "the hospital again, as I did in December. I have enclosed her letter and my discharge summary.", 10.5)
    p.para("My sister, Dorothy Vance, helps me with my medicines and can be reached at 563-555-0125 if you need to talk to "
           "her. My date of birth is " + d_slash(m["dob"]) + ". Thank you.", 10.5)
    p.para(f"Sincerely,\n\n{m['name']}", 10.5)
    t = truth("other", None, insurer=PLAN, member_id=m["mid"], member_name=m["name"], cases=[ref],
              denial_date=nd.isoformat(), provider=m["doc"],
              alternates={"insurer": [None], "provider": [None]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY
    return [
        Item(f"{F}_denial_grid", "born_digital", [denial_grid(rng)]),
        Item(f"{F}_pulm_letter", "scan_lowres_150", [pulm_letter(rng)]),
        Item(f"{F}_hospital_stmt", "photocopy", [hospital_stmt(rng)]),
        Item(f"{F}_eob_paid", "scan_clean_300", [eob_paid(rng)]),
        Item(f"{F}_eob_denied", "fax_fine_g4", [eob_denied(rng)]),
        Item(f"{F}_appeal_upheld", "rotated", [appeal_upheld(rng)]),
        Item(f"{F}_stack", "fax_standard_g4", [third_test_denial(rng), member_letter(rng)],
             separators=["blank", "cover"], turns={(1, 0): 90}),
    ]
