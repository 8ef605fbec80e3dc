"""Family routine_hearing_exam_audiometry_medicare_exclusion_msn: routine hearing exams (pure tone audiometry
92557 and tympanometry 92567) refused as excluded by Medicare, while the ENT visit of the same day is paid.

Modelled on public notices: the Part B Medicare Summary Notice (claim boxes, "Service Approved?", notes, "Appeals
must be filed by"), its Spanish edition ("Resumen de Medicare"), a Medicare Advantage plan's monthly Part C
Explanation of Benefits, the Notice of Denial of Medical Coverage (or Payment) (CMS-10003), the Advance
Beneficiary Notice of Noncoverage (CMS-R-131) and a MAC redetermination notice. An audiology practice's statement
completes the set. Everyone and every number is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, address, amount, digits, fdate, m2, mbi, money, out, person, plus, span, truth

FAMILY = "routine_hearing_exam_audiometry_medicare_exclusion_msn"
LANG = "en"
SEED = 333700

ENT = [("Dr. Cornelius Abernathy", "Saltmarsh Ear, Nose & Throat Associates"),
       ("Dr. Priyanka Valdivia", "Riverbend Otolaryngology Group"),
       ("Dr. Warren Ostrowski", "Tamarack Head & Neck Specialists")]
AUD = [("Lydia Fenwick, AuD", "Clearwater Hearing & Audiology Center"),
       ("Marcus Holloway, AuD", "Bellhaven Audiology Associates"),
       ("Renata Szabo, AuD", "Quiet Harbor Hearing Clinic")]
MA_PLANS = [("Cobblestone Health Plans", "Cobblestone Senior Advantage (HMO)", "H7721-004"),
            ("Larkspur Medicare Health", "Larkspur Advantage Plus (PPO)", "H3908-011")]
MACS = [("Brightwater Medicare Administrators, LLC", "Jurisdiction 11 Part B", "PO Box 61820, Macon GA 31208"),
        ("Prairie Gate Medicare Services", "Jurisdiction 5 Part B", "PO Box 33015, Fargo ND 58108")]

LINES = {"99213": ("Office/outpatient visit, est", 150, 240), "99203": ("Office/outpatient visit, new", 190, 290),
         "92557": ("Comprehensive hearing test", 95, 180), "92567": ("Tympanometry", 45, 90),
         "69210": ("Remove impacted ear wax", 85, 150), "99397": ("Preventive visit, 65+", 260, 340)}


def lines(rng, codes):
    return [(c, LINES[c][0], amount(rng, LINES[c][1], LINES[c][2])) for c in codes]


def tot(ls):
    return round(sum(x[2] for x in ls), 2)


def msn_claim_no(rng):
    return f"{digits(rng, 2)}-{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 3)}"


def msn_head(p: Page, name, addr, num, notice, start, es=False):
    if es:
        p.line("Resumen de Medicare para la Parte B (Seguro Médico)", 14, "B", h=8)
        p.line("El resumen oficial de sus reclamaciones de Medicare de los Centros de Servicios de Medicare y "
               "Medicaid", 8.3, h=4.5)
        p.ln(2)
        p.line("ESTO NO ES UNA FACTURA", 12, "B", h=7)
    else:
        p.line("Medicare Summary Notice for Part B (Medical Insurance)", 14.5, "B", h=8)
        p.line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", 8.5,
               h=4.5)
        p.ln(2)
        p.line("THIS IS NOT A BILL", 12, "B", h=7)
    y = p.get_y()
    for ln in [name.upper()] + [a.upper() for a in addr]:
        p.line(ln, 9.5, h=5)
    p.set_xy(118, y)
    rows = ([("Número de Medicare", num), ("Fecha de este aviso", fdate(notice, "long", "es")),
             ("Reclamaciones procesadas entre", f"{fdate(start, 'long', 'es')} y {fdate(notice, 'long', 'es')}")]
            if es else
            [("Medicare Number", num), ("Date of This Notice", fdate(notice, "long")),
             ("Claims Processed Between", f"{fdate(start, 'long')} and {fdate(notice, 'long')}")])
    for k, v in rows:
        p.set_x(118)
        p.f(8, "B")
        p.cell(0, 4.3, k, new_x="LMARGIN", new_y="NEXT")
        p.set_x(118)
        p.f(9.5)
        p.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


# 1 ----------------------------------------------------------- born digital MSN, two claims: ENT paid, audiology NO
def msn_two_claims(rng):
    name, *_ = person(rng)
    num = mbi(rng)
    addr = address(rng)
    dos = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 40))
    notice = plus(dos, rng.randint(24, 38))
    start = plus(notice, -89)
    by = plus(notice, 120)
    ent_doc, ent_prac = rng.choice(ENT)
    aud_doc, aud_prac = rng.choice(AUD)
    ent = lines(rng, ["99213", "69210"])
    aud = lines(rng, ["92557", "92567"])
    c_ent, c_aud = msn_claim_no(rng), msn_claim_no(rng)
    aud_dos = plus(dos, rng.randint(0, 6))
    p = Page(footer="Page {n} of {nb}", footer_left="CMS-10310 (Part B)")
    p.add_page()
    msn_head(p, name, addr, num, notice, start)
    p.heading("Your Deductible Status", 11)
    p.para(f"Your deductible is what you must pay for most health services before Medicare begins to pay. You have "
           f"met the Part B deductible for {notice.year}.", 9.5)
    p.heading("Your Claims & Costs This Period", 11)
    p.pairs([("Did Medicare approve all services?", "NO"), ("Number of services Medicare denied", "2"),
             ("Total You May Be Billed", money(tot(aud) + round(tot(ent) * 0.5 * 0.2, 2)))], label_w=82, size=9.5)
    p.ln(2)
    p.heading("Providers with Claims This Period", 11)
    p.pairs([(fdate(dos, "long"), f"{ent_doc}, {ent_prac}"), (fdate(aud_dos, "long"), f"{aud_doc}, {aud_prac}")],
            label_w=45, size=9.5, bold_label=False, colon=False)
    p.ln(2)
    p.para("Be Informed! Medicare covers a hearing and balance exam when your doctor orders it to find out if you "
           "need medical treatment. Medicare does not cover routine hearing exams, hearing aids, or exams for "
           "fitting hearing aids.", 9)
    p.add_page()
    p.heading("Your Claims for Part B (Medical Insurance)", 12, rule=True)
    for c, who, prac, d, ls, ok in [(c_ent, ent_doc, ent_prac, dos, ent, True), (c_aud, aud_doc, aud_prac, aud_dos,
                                                                                   aud, False)]:
        p.f(9.5, "B")
        p.cell(0, 5.5, f"{fdate(d, 'slash')}   {prac}", new_x="LMARGIN", new_y="NEXT")
        p.f(8.8)
        p.cell(0, 4.8, f"Service Provided By: {who}   Claim Number: {c}", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4.8, f"Provider's Address: {address(rng)[0]}, {address(rng)[1]}", new_x="LMARGIN", new_y="NEXT")
        rows = []
        for code, desc, chg in ls:
            if ok:
                app = round(chg * 0.5, 2)
                rows.append([f"{desc} ({code})", "Yes", money(chg), money(app), money(round(app * 0.8, 2)),
                             money(round(app * 0.2, 2)), ""])
            else:
                rows.append([f"{desc} ({code})", "NO", money(chg), "$0.00", "$0.00", money(chg), "A"])
        rows.append(["Total for this claim", "", money(tot(ls)), "", "", "", ""])
        p.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
                 "Medicare-Approved Amount", "Medicare Paid Provider", "Maximum You May Be Billed", "See Notes"],
                rows, [56, 18, 22, 22, 22, 24, 16], size=8, bold_last=True)
    p.heading("Notes for Claims Above", 10.5)
    p.para("A  Medicare does not pay for routine hearing exams or hearing tests done to fit or change hearing aids. "
           "This service is not covered. If you signed an Advance Beneficiary Notice (ABN), you may have to pay.", 9)
    p.heading("How to Handle Denials or Appeals", 11)
    p.para(f"If you disagree with a coverage decision on this notice, you can file an appeal. **Appeals must be filed "
           f"by {fdate(by, 'long')}.** Circle the services you disagree with and send a copy of this page to the "
           f"Medicare contractor. You can also use Form CMS-20027. Call 1-800-MEDICARE (1-800-633-4227).", 9.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=name, cases=[c_aud],
              claim_amount=m2(tot(aud)), service_dates=[span(aud_dos)], denial_date=notice.isoformat(),
              provider=aud_prac, appeal_deadline=by.isoformat(), type_alternates=["denial_letter"],
              alternates={"provider": [aud_doc], "insurer": ["Centers for Medicare & Medicaid Services"]})
    return out(p), t


# 2 ----------------------------------------------------------- scanned MA plan Part C EOB, three claims
def ma_eob(rng):
    org, plan, hid = MA_PLANS[0]
    name, first, mi, last = person(rng)
    mid = f"CB{digits(rng, 9)}"
    month = dt.date(2026, 2, 1)
    issued = dt.date(2026, 3, rng.randint(6, 14))
    ent_doc, ent_prac = rng.choice(ENT)
    aud_doc, aud_prac = rng.choice(AUD)
    claims = []
    d1 = month + dt.timedelta(days=rng.randint(2, 8))
    d2 = plus(d1, rng.randint(5, 9))
    d3 = plus(d2, rng.randint(1, 4))
    claims.append((f"{digits(rng, 11)}", "Elmhurst Family Medicine", d1, lines(rng, ["99397"]), "paid"))
    claims.append((f"{digits(rng, 11)}", ent_prac, d2, lines(rng, ["99203"]), "paid"))
    aud = lines(rng, ["92557", "92567"])
    claims.append((f"{digits(rng, 11)}", aud_prac, d3, aud, "denied"))
    p = Page(footer="Page {n} of {nb}", footer_left=f"{hid.split('-')[0]}_EOB26_C")
    p.add_page()
    p.line(org, 15, "B", h=8)
    p.line(plan, 10, h=5)
    p.ln(3)
    p.line(f"Your {month.strftime('%B %Y')} Medical Explanation of Benefits (EOB)", 13, "B", h=7)
    p.line("This is not a bill. It tells you about medical care you got and what our plan paid.", 9, h=5)
    p.ln(2)
    p.boxed_pairs([("Member name", name), ("Member ID", mid), ("Plan ID", hid),
                   ("Date issued", fdate(issued, "abbr")), ("Member services", f"1-888-555-{digits(rng, 4)} (TTY 711)")],
                  label_w=50)
    p.heading("Summary of your medical claims this month", 11)
    p.table(["", "Amount providers charged", "Plan's share", "Your share"],
            [["This month", money(sum(tot(c[3]) for c in claims)), money(round(tot(claims[0][3]) + tot(claims[1][3])
                                                                              * 0.6, 2)),
              money(tot(aud) + 45)],
             ["Year to date", money(sum(tot(c[3]) for c in claims) + 412.8), "", ""]],
            [60, 40, 40, 40], size=8.5)
    p.heading("Claim details", 11, rule=True)
    for c, prov, d, ls, st in claims:
        p.f(9, "B")
        p.cell(0, 5.2, f"Claim number {c}   |   {prov}   |   Date of service {fdate(d, 'abbr')}", new_x="LMARGIN",
               new_y="NEXT")
        rows = []
        for code, desc, chg in ls:
            if st == "paid":
                al = round(chg * 0.6, 2)
                cop = 0.0 if code == "99397" else 45.0
                rows.append([f"{desc} {code}", money(chg), money(al), money(al - cop), money(cop), ""])
            else:
                rows.append([f"{desc} {code}", money(chg), "$0.00", "$0.00", money(chg), "H9"])
        rows.append(["Claim total", money(tot(ls)), "", "", "", ""])
        p.table(["Service", "Amount the provider charged", "Plan's allowed amount", "Plan's share", "Your share",
                 "See note"], rows, [62, 26, 26, 24, 24, 16], size=8, bold_last=True)
    p.heading("Notes", 10.5)
    p.para("H9  Routine hearing exams (hearing tests done without a doctor's order to diagnose or treat a medical "
           "condition) are excluded under Original Medicare and are not a supplemental benefit of this plan. Our "
           "plan does not cover them. The ear, nose and throat visit was paid.", 8.8)
    p.heading("If you disagree with a decision", 10.5)
    p.para("You can ask us to reconsider (appeal). You must ask within 65 days of the date of this notice. Call "
           "Member Services or write to Appeals, PO Box 4410, Spokane WA 99210. If your health could be harmed by "
           "waiting, ask for a fast appeal; we decide fast appeals within 72 hours.", 8.8)
    c, prov, d, ls, _ = claims[2]
    t = truth("eob", "not_covered", insurer=org, plan_id=hid, member_id=mid, member_name=name, cases=[c],
              claim_amount=m2(tot(aud)), service_dates=[span(d3)], denial_date=issued.isoformat(), provider=aud_prac,
              appeal_deadline=plus(issued, 65).isoformat(),
              alternates={"insurer": [plan], "plan_id": [None]})
    return out(p), t


# 3 ----------------------------------------------------------- photocopied ABN (CMS-R-131): decides nothing
def abn_copy(rng):
    aud_doc, aud_prac = AUD[rng.randint(0, 2)]
    name, *_ = person(rng)
    acct = f"PT-{digits(rng, 6)}"
    signed = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 40))
    est = [("Comprehensive hearing test (92557)", amount(rng, 110, 160)), ("Tympanometry (92567)",
                                                                             amount(rng, 50, 80))]
    p = Page(footer=None, footer_left="Form CMS-R-131 (Exp. 01/31/2026)          Form Approved OMB No. 0938-0566")
    p.add_page()
    p.pairs([("A. Notifier", aud_prac)], label_w=50, size=9.5)
    p.set_x(p.l_margin + 50)
    p.f(9)
    p.cell(0, 4.8, f"{address(rng)[0]}, {address(rng)[1]}  (555) 014-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.pairs([("B. Patient Name", name), ("C. Identification Number", acct)], label_w=50, size=9.5)
    p.ln(3)
    p.line("Advance Beneficiary Notice of Non-coverage (ABN)", 14, "B", align="C", h=8)
    p.para("**NOTE:** If Medicare doesn't pay for **D.** the hearing tests below, you may have to pay.", 10)
    p.para("Medicare does not pay for everything, even some care that you or your health care provider have good "
           "reason to think you need. We expect Medicare may not pay for the **D.** hearing tests below.", 10)
    p.table(["D. Items or services", "E. Reason Medicare May Not Pay", "F. Estimated Cost"],
            [[est[0][0], "Routine hearing test: not covered", money(est[0][1])],
             [est[1][0], "Routine hearing test: not covered", money(est[1][1])]], [64, 76, 40], size=9)
    p.heading("WHAT YOU NEED TO DO NOW:", 10.5)
    p.bullets(["Read this notice, so you can make an informed decision about your care.",
               "Ask us any questions that you may have after you finish reading.",
               "Choose an option below about whether to receive the **D.** hearing tests listed above."], 9.5)
    p.para("**Note:** If you choose Option 1 or 2, we may help you to use any other insurance that you might have, "
           "but Medicare cannot require us to do this.", 9.5)
    p.heading("G. OPTIONS: Check only one box. We cannot choose a box for you.", 10)
    p.para("[X] **OPTION 1.** I want the D. listed above. You may ask to be paid now, but I also want Medicare "
           "billed for an official decision on payment, which is sent to me on a Medicare Summary Notice (MSN). I "
           "understand that if Medicare doesn't pay, I am responsible for payment, but I can appeal to Medicare by "
           "following the directions on the MSN.", 9)
    p.para("[  ] **OPTION 2.** I want the D. listed above, but do not bill Medicare. You may ask to be paid now as I "
           "am responsible for payment. I cannot appeal if Medicare is not billed.", 9)
    p.para("[  ] **OPTION 3.** I don't want the D. listed above. I understand with this choice I am not responsible "
           "for payment, and I cannot appeal to see if Medicare would pay.", 9)
    p.heading("H. Additional Information:", 10)
    p.para(f"Tests to be done today by {aud_doc}. This notice gives our opinion, not an official Medicare decision. "
           "If you have other questions on this notice or Medicare billing, call 1-800-MEDICARE "
           "(1-800-633-4227/TTY: 1-877-486-2048).", 9)
    p.para("Signing below means that you have received and understand this notice. You also receive a copy.", 9)
    p.pairs([("I. Signature", "(signed) " + name), ("J. Date", fdate(signed, "slash"))], label_w=35, size=10)
    t = truth("other", None, insurer=None, member_name=name, service_dates=[span(signed)],
              denial_date=signed.isoformat(), provider=aud_prac, unscored=["insurer"],
              alternates={"provider": [aud_doc], "service_dates": [[]]})
    return out(p), t


# 4 ----------------------------------------------------------- fine fax stack: CMS-10003 + audiology statement
def ndmcp(rng, f):
    org, plan, hid = MA_PLANS[1]
    p = Page(footer=None, footer_left="Form CMS-10003-NDMCP  OMB Approval 0938-0829")
    p.add_page()
    p.line(org, 13, "B", h=6.5)
    p.line(f"{plan}  |  Claims Department  |  PO Box 2207, Dayton OH 45401", 8.5, h=4.5)
    p.ln(4)
    p.line("NOTICE OF DENIAL OF MEDICAL COVERAGE (OR PAYMENT)", 13, "B", align="C", h=7)
    p.ln(2)
    p.pairs([("Date", fdate(f["notice"], "iso")), ("Member number", f["mid"]), ("Name", f["name"]),
             ("Claim number", f["claim"])], label_w=38, size=10)
    p.ln(2)
    p.heading("Your request was denied", 11)
    p.para(f"We have denied payment for the medical services listed below that you received from "
           f"{f['prac']} on {fdate(f['dos'], 'long')}: a comprehensive hearing test (92557) and tympanometry "
           f"(92567), billed at {money(f['total'])}.", 10)
    p.heading("Why did we deny your request?", 11)
    p.para("Routine hearing exams are not covered by Medicare and are not included in your plan's supplemental "
           "benefits. The tests were done to check your hearing for hearing aids and were not ordered by a doctor "
           "to diagnose a medical problem. Your Evidence of Coverage, Chapter 4, lists this exclusion.", 10)
    p.heading("You have the right to appeal our decision", 11)
    p.para("You have the right to ask " + org + " to review our decision by asking us for an appeal. If you want to "
           "appeal, you must ask within 65 days of the date of this notice. We can give you more time if you have a "
           "good reason for missing the deadline.", 10)
    p.para("**Standard appeal:** we will give you a decision within 60 days after we get your appeal on a payment "
           "request. **Fast appeals** (decided within 72 hours) apply only to care you have not yet received.", 9.5)
    p.para(f"Call {rng.choice(['1-877', '1-866'])}-555-{digits(rng, 4)} (TTY 711), 8 a.m. to 8 p.m. Plan ID "
           f"{hid}.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=org, plan_id=hid, member_id=f["mid"], member_name=f["name"],
              cases=[f["claim"]], claim_amount=m2(f["total"]), service_dates=[span(f["dos"])],
              denial_date=f["notice"].isoformat(), provider=f["prac"],
              appeal_deadline=plus(f["notice"], 65).isoformat(),
              alternates={"insurer": [plan], "plan_id": [None]})
    return out(p), t


def aud_statement(rng, f):
    stmt = plus(f["notice"], rng.randint(10, 20))
    acct = digits(rng, 7)
    p = Page(footer=None)
    p.add_page()
    p.line(f["prac"], 14, "B", h=7)
    p.line(f"{address(rng)[0]}  |  Dayton OH 45402  |  (555) 017-{digits(rng, 4)}", 8.5, h=4.5)
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 12, "B", h=7)
    p.pairs([("Statement date", fdate(stmt, "short")), ("Patient", f["name"]),
             ("Account no.", acct), ("Insurance", "Larkspur Advantage Plus (PPO)"), ("Insurance ID", f["mid"])],
            label_w=38, size=9.5)
    p.ln(3)
    rows = [[fdate(f["dos"], "short"), code, desc, money(chg)] for code, desc, chg in f["lines"]]
    rows += [[fdate(f["notice"], "short"), "", "Payer denied - not a covered benefit", "$0.00"],
             ["", "", "Balance due from patient", money(f["total"])]]
    p.table(["Date", "Code", "Description", "Amount"], rows, [30, 20, 95, 35], size=9, bold_last=True)
    p.para(f"Your plan did not pay for these hearing tests. Your provider was {f['aud']}. If you appealed, call us and "
           "we will hold your account for 30 days. Hearing aid consultations are free of charge.", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["name"], claim_amount=m2(f["total"]),
              service_dates=[span(f["dos"])], denial_date=stmt.isoformat(), provider=f["prac"],
              unscored=["insurer"], alternates={"member_id": [None], "provider": [f["aud"]]})
    return out(p), t


def item_fax_stack(rng):
    name, *_ = person(rng)
    aud_doc, aud_prac = rng.choice(AUD)
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=rng.randint(0, 30))
    ls = lines(rng, ["92557", "92567"])
    f = dict(name=name, mid=f"LMH{digits(rng, 8)}", claim=f"{rng.choice('CKM')}{digits(rng, 10)}", dos=dos,
             notice=plus(dos, rng.randint(21, 30)), prac=aud_prac, aud=aud_doc, lines=ls, total=tot(ls))
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [ndmcp(rng, f), aud_statement(rng, f)],
                separators=["cover", None])


# 5 ----------------------------------------------------------- phone photo: one MSN claim, visit yes, tests NO
def msn_one_claim(rng):
    name, *_ = person(rng)
    num = mbi(rng)
    dos = dt.date(2026, 2, 3) + dt.timedelta(days=rng.randint(0, 30))
    notice = plus(dos, rng.randint(20, 35))
    by = plus(notice, 120)
    ent_doc, ent_prac = rng.choice(ENT)
    ls = lines(rng, ["99203", "92557", "92567"])
    claim = msn_claim_no(rng)
    p = Page(footer="Page {n} of {nb}", footer_left="CMS-10310 (Part B)")
    p.add_page()
    msn_head(p, name, address(rng), num, notice, plus(notice, -91))
    p.heading("Your Claims for Part B (Medical Insurance)", 12, rule=True)
    p.f(9.5, "B")
    p.cell(0, 5.5, f"{fdate(dos, 'upper')}   {ent_doc}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.8, f"{ent_prac}, {address(rng)[1]}   Claim Number: {claim}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4.8, "Referred by: Dr. Gail Mwangi", new_x="LMARGIN", new_y="NEXT")
    rows = []
    for code, desc, chg in ls:
        if code == "99203":
            app = round(chg * 0.52, 2)
            rows.append([f"{desc} ({code})", "Yes", money(chg), money(app), money(round(app * 0.8, 2)),
                         money(round(app * 0.2, 2)), ""])
        else:
            rows.append([f"{desc} ({code})", "NO", money(chg), "$0.00", "$0.00", money(chg), "A"])
    rows.append(["Total for this claim", "", money(tot(ls)), "", "", "", ""])
    p.table(["Service Provided & Billing Code", "Service Approved?", "Amount Provider Charged",
             "Medicare-Approved Amount", "Medicare Paid Provider", "Maximum You May Be Billed", "See Notes"],
            rows, [56, 18, 22, 22, 22, 24, 16], size=8, bold_last=True)
    p.heading("Notes for Claims Above", 10.5)
    p.para("A  Medicare doesn't pay for hearing tests that are part of a routine exam or that are done only to "
           "check whether you need hearing aids. The office visit on the same day was approved.", 9)
    p.heading("How to Handle Denials or Appeals", 11)
    p.para(f"If you disagree with a coverage decision, file an appeal. **Appeals must be filed by "
           f"{fdate(by, 'upper')}.** Follow the steps on the last page of this notice.", 9.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=name, cases=[claim],
              claim_amount=m2(tot(ls)), service_dates=[span(dos)], denial_date=notice.isoformat(), provider=ent_prac,
              appeal_deadline=by.isoformat(), type_alternates=["denial_letter"],
              alternates={"provider": [ent_doc], "claim_amount": [m2(tot(ls[1:]))],
                          "insurer": ["Centers for Medicare & Medicaid Services"]})
    return out(p), t


# 6 ----------------------------------------------------------- Spanish MSN page (rotated)
def msn_es(rng):
    name, *_ = person(rng)
    num = mbi(rng)
    dos = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 40))
    notice = plus(dos, rng.randint(25, 35))
    by = plus(notice, 120)
    aud_doc, aud_prac = rng.choice(AUD)
    ls = lines(rng, ["92557", "92567"])
    claim = msn_claim_no(rng)
    p = Page(footer="Página {n} de {nb}", footer_left="CMS-10310-S (Parte B)")
    p.add_page()
    msn_head(p, name, address(rng), num, notice, plus(notice, -90), es=True)
    p.heading("Sus reclamaciones y costos de este período", 11)
    p.pairs([("¿Aprobó Medicare todos los servicios?", "NO"), ("Cantidad de servicios que Medicare negó", "2"),
             ("Total que le pueden facturar", money(tot(ls)))], label_w=85, size=9.5)
    p.ln(2)
    p.heading("Sus reclamaciones de la Parte B (Seguro Médico)", 11.5, rule=True)
    p.f(9.5, "B")
    p.cell(0, 5.5, f"{fdate(dos, 'long', 'es')}   {aud_prac}", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.8, f"Servicio prestado por: {aud_doc}   Número de reclamación: {claim}", new_x="LMARGIN",
           new_y="NEXT")
    rows = [[f"{'Examen auditivo completo' if c == '92557' else 'Timpanometría'} ({c})", "NO", money(chg), "$0.00",
             "$0.00", money(chg), "A"] for c, _, chg in ls]
    rows.append(["Total de esta reclamación", "", money(tot(ls)), "", "", "", ""])
    p.table(["Servicio prestado y código de facturación", "¿Servicio aprobado?", "Cantidad cobrada por el proveedor",
             "Cantidad aprobada por Medicare", "Medicare pagó", "Lo máximo que le pueden facturar", "Ver notas"],
            rows, [56, 18, 22, 22, 20, 26, 16], size=7.8, bold_last=True)
    p.heading("Notas sobre las reclamaciones", 10.5)
    p.para("A  Medicare no paga los exámenes auditivos de rutina ni las pruebas para adaptar audífonos. Este servicio "
           "no está cubierto.", 9)
    p.heading("Cómo presentar una apelación", 11)
    p.para(f"Si no está de acuerdo con una decisión de cobertura, puede apelar. **Las apelaciones deben presentarse "
           f"por escrito a más tardar el {fdate(by, 'long', 'es')}.** Marque con un círculo los servicios y envíe "
           "una copia de esta página al contratista de Medicare. Llame al 1-800-MEDICARE (1-800-633-4227).", 9.5)
    t = truth("eob", "not_covered", insurer="Medicare", member_id=num, member_name=name, cases=[claim],
              claim_amount=m2(tot(ls)), service_dates=[span(dos)], denial_date=notice.isoformat(), provider=aud_prac,
              appeal_deadline=by.isoformat(), lang="es", type_alternates=["denial_letter"],
              alternates={"provider": [aud_doc], "insurer": ["Centros de Servicios de Medicare y Medicaid"]})
    return out(p), t


# 7 ----------------------------------------------------------- MAC redetermination, unfavorable (low-res)
def redetermination(rng):
    mac, jur, maddr = rng.choice(MACS)
    name, first, mi, last = person(rng)
    num = mbi(rng)
    aud_doc, aud_prac = rng.choice(AUD)
    dos = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 30))
    notice = plus(dos, rng.randint(95, 130))
    recv = plus(notice, -rng.randint(25, 45))
    claim = digits(rng, 13)
    appeal = f"{rng.randint(1, 9)}-{digits(rng, 10)}"
    ls = lines(rng, ["92557", "92567"])
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    p.line(mac, 13, "B", h=6.5)
    p.line(f"Medicare {jur}  |  {maddr}", 8.5, h=4.5)
    p.ln(4)
    p.line(fdate(notice, "dmy"), 10)
    p.ln(2)
    for ln in [name] + address(rng):
        p.line(ln, 10, h=5)
    p.ln(3)
    p.line("MEDICARE REDETERMINATION NOTICE", 13, "B", h=7)
    p.pairs([("Beneficiary", name), ("Medicare Number", num), ("Provider", f"{aud_prac} ({aud_doc})"),
             ("Date of Service", fdate(dos, "dmy")), ("Claim Number", claim), ("Appeal Number", appeal)],
            label_w=42, size=9.5)
    p.ln(2)
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We received your request for a redetermination on {fdate(recv, 'dmy')}. You asked us to review the "
           f"denial of a comprehensive hearing test (92557) and tympanometry (92567). The amount in dispute is "
           f"{money(tot(ls))}.", 10)
    p.heading("Decision: UNFAVORABLE", 11)
    p.para("Medicare will not pay for the services. The original decision stands.", 10)
    p.heading("Explanation of the Decision", 11)
    p.para("Section 1862(a)(7) of the Social Security Act and 42 CFR 411.15(d) exclude hearing aids and routine "
           "examinations for prescribing, fitting or changing hearing aids. Diagnostic audiology tests are covered "
           "only when a physician orders them to evaluate a medical problem. The records show the tests were done "
           "at the patient's request to update a hearing aid prescription; no physician order was submitted.", 10)
    p.heading("If you disagree with this decision", 11)
    p.para("You may ask for a reconsideration by a Qualified Independent Contractor (QIC). You must file your "
           "request within 180 days of receiving this notice. We assume you received it 5 days after the date of "
           "this notice. Use Form CMS-20033.", 9.5)
    p.para(f"Questions: 1-800-MEDICARE (1-800-633-4227). Provider NPI on file: {rng.choice('12')}{digits(rng, 9)}.", 9)
    t = truth("denial_letter", "not_covered", insurer=mac, member_id=num, member_name=name, cases=[claim, appeal],
              claim_amount=m2(tot(ls)), service_dates=[span(dos)], denial_date=notice.isoformat(), provider=aud_prac,
              alternates={"insurer": ["Medicare"], "provider": [aud_doc], "case_numbers": [[appeal]],
                          "appeal_deadline": [plus(notice, 185).isoformat()]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, msn_two_claims, "msn_two_claims", "born_digital"), (1, ma_eob, "ma_part_c_eob", "scan_clean_300"),
              (2, abn_copy, "abn_copy", "photocopy"), (4, msn_one_claim, "msn_claim_photo", "phone_photo"),
              (5, msn_es, "resumen_medicare_es", "rotated"), (6, redetermination, "mac_redetermination",
                                                              "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(random.Random(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(3, item_fax_stack(random.Random(SEED + 3)))
    return items
