"""Family 'iv_iron_infusion_site_of_care_hospital_outpatient_denial': an invented commercial plan refusing
intravenous iron infusions at a hospital outpatient department under its site-of-care policy (home or office
infusion required).

Documents: a born-digital pre-service notice with a right-hand fact box; the hospital infusion center's patient
statement with four infusion dates, two of them denied by the plan (denies nothing itself); a photocopied member
EOB with three claims (lab and office visit paid, the hospital infusion refused); a fine-fax stack of a cover, the
plan's site-of-care exception approval and the hematologist's exception request it answers; a phone photo
of the upheld appeal told only in sentences; a sideways home-infusion arrangement letter (denies nothing); a
low-resolution notice for an iron sucrose series whose facts sit in a footer grid.
All values invented; phones 1-555. Decoys: DOB, NPI, tax ID, received dates, processing period, account numbers,
other claims, medical policy number, 72-hour and external-review limits, authorization validity windows.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcx_famcxf import Page, addr, factbox, fd, fee, letterhead, lv, paras, pat, plus, usd

FAMILY = "iv_iron_infusion_site_of_care_hospital_outpatient_denial"
LANG = "en"
SEED = 349100
ORG = "Bramblewood Mutual Health"
ORG_ADDR = "PO Box 7730, Fernhollow, WI 53999"
HEM = "Evangeline P. Marchbanks"
HEM_MD = "Evangeline P. Marchbanks, MD"
CLINIC = "Fernhollow Hematology & Oncology"
CLINIC_ADDR = "2150 Larchmont Parkway, Suite 300, Fernhollow, WI 53999"
HOSP = "Saint Aldric Medical Center"
HOSP_ADDR = "401 Cathedral Hill Road, Fernhollow, WI 53999"
HOME = "HearthSide Home Infusion"
POLICY = "BMH-RX-118 Site of Care for Specialty Infusions"
MEMBERS = ["Rosalie K. Whitcombe", "Darnell T. Ashby", "Imogen V. Castellanos", "Priscilla J. Haverford",
           "Benedict L. Amsel", "Carmela R. Ostrowski", "Lydia M. Fairweather"]


def base(r, k):
    notice = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 160))
    return dict(notice=notice, member=MEMBERS[k], addr=[f"{r.randint(20, 9800)} Tamarack Bluff Road",
                                                        "Fernhollow, WI 53999"],
                mid=pat(r, "BMW999999999"), grp=pat(r, "99999-AA"), plan=pat(r, "WI-PPO-99A"),
                phone=f"1-555-{pat(r, '999-9999')}",
                dob=dt.date(r.randint(1958, 1994), r.randint(1, 12), r.randint(1, 28)),
                npi=r.choice("12") + pat(r, "999999999"))


def first_last(m):
    return f"{m.split()[0]} {m.split()[-1]}"


def doc_preservice(r):
    f = base(r, 0)
    ref = "SOC-" + pat(r, "26-999999")
    d1 = plus(f["notice"], r.randint(9, 20))
    d2 = plus(d1, 7)
    got = plus(f["notice"], -r.randint(2, 6))
    d = Page(footer="Bramblewood Mutual Health - Pharmacy & Medical Management - Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, ["Pharmacy & Medical Management", ORG_ADDR, f"Member Services {f['phone']}  TTY 711"], 0)
    bottom = factbox(d, [("Date of notice", fd(f["notice"], "long")), ("Reference number", ref),
                         ("Member ID", f["mid"]), ("Group", f["grp"]), ("Plan ID", f["plan"]),
                         ("Date of birth", fd(f["dob"], "slash")), ("Request received", fd(got, "long")),
                         ("Prescriber NPI", f["npi"])], title="About this notice")
    d.set_right_margin(82)
    addr(d, [f["member"], *f["addr"]])
    d.line("Notice of Adverse Benefit Determination", 12, "B")
    d.line("Site of care review - specialty infusion", 9)
    d.ln(3)
    paras(d, [
        f"Dear {first_last(f['member'])}:",
        f"Your hematologist, {HEM_MD} of {CLINIC}, asked us to approve intravenous iron (ferric "
        f"carboxymaltose, HCPCS J1439, 750 mg) given in two doses at the {HOSP} outpatient infusion "
        f"department. The doses are planned for {fd(d1, 'long')} and {fd(d2, 'long')}.",
        "#What we decided",
        "We approve the iron infusions themselves. We do not approve giving them in a hospital outpatient "
        "department. Your plan covers this drug when it is infused at home by a network home infusion "
        "provider, in your doctor's office, or at a network ambulatory infusion center.",
        "#Why we decided this",
        f"Our medical policy {POLICY} says that a hospital outpatient setting is covered only when the member "
        "needs the closer monitoring a hospital gives, for example after a serious reaction to an earlier "
        "infusion. The records we received do not show such a need. Your doctor can ask us for a site of "
        "care exception if this changes.",
        "#If you disagree",
        "You may appeal within 180 days of the date of this notice. Send your appeal to Bramblewood Appeals, "
        f"{ORG_ADDR}, or fax 1-555-610-2274. If waiting could seriously harm your health, ask for a fast "
        "appeal; we decide fast appeals within 72 hours. After our final decision you may ask for an external "
        "review within 4 months.",
        "Sincerely,", "Pharmacy & Medical Management"], size=9.3)
    d.set_right_margin(18)
    if d.get_y() < bottom:
        d.set_y(bottom)
    t = truth("denial_letter", "level_of_care", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[d1.isoformat(), d2.isoformat()], denial_date=f["notice"].isoformat(), provider=HEM,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [HOSP, CLINIC]})
    return bytes(d.output()), t


def doc_statement(r):
    f = base(r, 1)
    acct = pat(r, "99999999")
    first = plus(f["notice"], -r.randint(70, 90))
    dates = [first, plus(first, 7), plus(first, 35), plus(first, 42)]
    drug = [fee(r, 2900, 3400) for _ in dates]
    adm = [fee(r, 380, 520) for _ in dates]
    d = Page(serif=True, footer=f"{HOSP}  -  Patient Financial Services  -  Federal Tax ID 39-{pat(r, '9999999')}")
    d.add_page()
    letterhead(d, HOSP, [HOSP_ADDR, "Patient Financial Services 1-555-418-3300"], 1)
    d.line("PATIENT STATEMENT", 13, "B", "C")
    d.ln(2)
    lv(d, [("Statement date", fd(f["notice"], "abbr")), ("Account number", acct), ("Patient", f["member"]),
           ("Guarantor", f["member"]), ("Primary insurance", f"{ORG}  ID {f['mid']}"),
           ("Ordering physician", HEM_MD)], w=46, size=9.4)
    d.ln(3)
    rows, denied_total, denied_dates = [], 0.0, []
    for i, (dt_, a, b) in enumerate(zip(dates, drug, adm)):
        denied = i >= 2
        for code, desc, amt in (("J1439", "Ferric carboxymaltose inj 1 mg x750", a),
                                ("96365", "IV infusion, initial hour", b)):
            rows.append([fd(dt_, "slash"), code, desc, usd(amt, "nosign"),
                         "0.00" if denied else usd(round(amt * 0.78, 2), "nosign"),
                         usd(amt, "nosign") if denied else usd(round(amt * 0.22, 2), "nosign")])
        if denied:
            denied_total += a + b
            denied_dates.append(dt_)
    denied_total = round(denied_total, 2)
    total = round(sum(drug) + sum(adm), 2)
    d.table(["Date", "Code", "Description", "Charges", "Insurance paid/adj.", "Your balance"], rows,
            [22, 16, 62, 24, 28, 22], size=7.8, aligns=["L", "L", "L", "R", "R", "R"])
    paras(d, [
        f"Total charges this statement: {usd(total)}.",
        f"Your insurance did not pay for the infusions on {fd(dates[2], 'slash')} and {fd(dates[3], 'slash')}, "
        f"charges of {usd(denied_total)}. {ORG} told us these visits should have been given at home or in "
        "an infusion suite outside the hospital. We have moved these charges to your balance while your doctor "
        "asks the plan to reconsider.",
        "If you have questions about your bill, or to ask about our financial assistance program, call Patient "
        "Financial Services. Please write your account number on your check."], size=9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=f"{denied_total:.2f}",
              service_dates=[x.isoformat() for x in denied_dates], denial_date=f["notice"].isoformat(),
              provider=HOSP, unscored=["insurer"],
              alternates={"claim_amount": [f"{total:.2f}", None], "service_dates": [[x.isoformat() for x in dates]],
                          "provider": [HEM]})
    return bytes(d.output()), t


def doc_eob(r):
    f = base(r, 2)
    c1, c2, c3 = pat(r, "E2699999991"), pat(r, "E2699999992"), pat(r, "E2699999993")
    lab = plus(f["notice"], -r.randint(40, 55))
    ov = plus(lab, 3)
    inf = plus(ov, r.randint(9, 14))
    l_amt, o_amt = fee(r, 90, 210), fee(r, 210, 360)
    lines = [("J1439", "Ferric carboxymaltose 750 mg", fee(r, 2900, 3400)),
             ("96365", "IV infusion, initial hour", fee(r, 380, 520)),
             ("0260", "IV therapy, hospital outpatient", fee(r, 150, 290))]
    total = round(sum(a for *_, a in lines), 2)
    per = (plus(f["notice"], -21), plus(f["notice"], -1))
    d = Page(footer="This is not a bill.  Bramblewood Mutual Health  {n}/{nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Customer Care {f['phone']}"], 2)
    d.line("Explanation of Benefits", 13.5, "B")
    d.ln(2)
    y = d.get_y()
    addr(d, [f["member"].upper(), *[a.upper() for a in f["addr"]]], size=9.3)
    d.set_y(y)
    lv(d, [("Statement date", fd(f["notice"], "dash")), ("Member ID", f["mid"]), ("Group", f["grp"]),
           ("Claims processed", f"{fd(per[0], 'dash')} to {fd(per[1], 'dash')}")], w=34, size=8.6, x=112)
    d.ln(9)
    head = ["Date", "Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Code"]
    w = [22, 56, 22, 20, 20, 20, 14]
    al = ["L", "L", "R", "R", "R", "R", "C"]
    for cno, prov, row in ((c1, "Lakeshore Clinical Laboratory", [fd(lab, "dash"), "85025/82728 CBC, ferritin",
                                                                   usd(l_amt, "nosign"), usd(l_amt * .6, "nosign"),
                                                                   usd(l_amt * .6, "nosign"), "0.00", "P1"]),
                           (c2, HEM_MD, [fd(ov, "dash"), "99214 Office visit", usd(o_amt, "nosign"),
                                         usd(o_amt * .7, "nosign"), usd(o_amt * .7 - 35, "nosign"), "35.00", "P1"])):
        d.f(8.8, "B")
        d.cell(0, 6, f"Claim {cno}  |  {prov}  |  Patient {f['member']}", new_x="LMARGIN", new_y="NEXT")
        d.table(head, [row], w, size=7.8, aligns=al)
    d.f(8.8, "B")
    d.cell(0, 6, f"Claim {c3}  |  {HOSP} (outpatient)  |  Patient {f['member']}", new_x="LMARGIN", new_y="NEXT")
    rows = [[fd(inf, "dash"), f"{c} {s}", usd(a, "nosign"), "0.00", "0.00", usd(a, "nosign"), "SC4"]
            for c, s, a in lines]
    rows.append(["", "Claim total", usd(total, "nosign"), "0.00", "0.00", usd(total, "nosign"), ""])
    d.table(head, rows, w, size=7.8, aligns=al, bold_last=True)
    paras(d, [
        "#Explanation codes",
        "P1  Paid at the in-network benefit level.",
        f"SC4  Not payable in this setting. Under medical policy {POLICY}, intravenous iron is covered at home, "
        "in a physician office or at an ambulatory infusion center, not in a hospital outpatient department, "
        "unless a site of care exception was approved.",
        "#Your right to appeal",
        "You can appeal a claim decision within 180 days of the date of this statement. Call Customer Care or "
        f"write to Bramblewood Appeals, {ORG_ADDR}. Urgent appeals are decided within 72 hours."], size=8.5)
    t = truth("eob", "level_of_care", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[c3], claim_amount=f"{total:.2f}",
              service_dates=[inf.isoformat()], denial_date=f["notice"].isoformat(), provider=HOSP,
              appeal_deadline=plus(f["notice"], 180).isoformat(), alternates={"provider": [HEM]})
    return bytes(d.output()), t


def stack_exception(r):
    f = base(r, 3)
    req = "SOC-" + pat(r, "26-999999")
    auth = pat(r, "PA9999999")
    d1 = plus(f["notice"], r.randint(6, 12))
    d2 = plus(d1, 7)
    sent = plus(f["notice"], -r.randint(4, 7))
    d = Page(footer="Bramblewood Mutual Health  |  Utilization Management  |  p. {n}")
    d.add_page()
    letterhead(d, ORG, ["Utilization Management - Provider Line 1-555-610-2200", ORG_ADDR], 1)
    d.line("SITE OF CARE EXCEPTION - APPROVED", 12, "B")
    d.ln(2)
    lv(d, [("Date:", fd(f["notice"], "iso")), ("To:", f"{HEM_MD}, {CLINIC}"), ("Fax:", "1-555-744-0192")],
       w=16, size=9.4)
    d.ln(2)
    d.boxed_pairs([("Exception request #", req), ("Authorization #", auth), ("Member", f["member"]),
                   ("Member ID / Group", f"{f['mid']} / {f['grp']}"), ("DOB", fd(f["dob"], "iso")),
                   ("Drug", "J1439 ferric carboxymaltose 750 mg IV, 2 doses"),
                   ("Approved setting", f"Hospital outpatient - {HOSP}"),
                   ("Approved dates of service", f"{fd(d1, 'iso')} and {fd(d2, 'iso')}"),
                   ("Requesting NPI", f["npi"])], label_w=60, size=9)
    paras(d, [
        "We reviewed the request you sent on " + fd(sent, "iso") + " with the records of the member's "
        "hypersensitivity reaction during an earlier iron dextran infusion. The member meets the policy's "
        "criteria for infusion in a hospital outpatient department. The authorization is valid for the two "
        "dates above only; further doses need a new request.",
        "Approval does not guarantee payment. Benefits depend on eligibility and plan terms on the date of "
        "service."], size=9.2)
    appr = bytes(d.output())
    t_appr = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
                   case_numbers=[req, auth], service_dates=[d1.isoformat(), d2.isoformat()],
                   denial_date=f["notice"].isoformat(), provider=HEM,
                   alternates={"provider": [HOSP, CLINIC], "case_numbers": [[auth], [req]]})
    d = Page(serif=True, footer=None)
    d.add_page()
    letterhead(d, CLINIC, [CLINIC_ADDR, "Phone 1-555-744-0100   Fax 1-555-744-0192"], 0)
    d.line(fd(sent, "long"), 10)
    d.ln(3)
    addr(d, ["Bramblewood Mutual Health", "Utilization Management", ORG_ADDR])
    lv(d, [("RE:", "Request for site of care exception"), ("Patient:", f["member"]),
           ("Member ID:", f["mid"]), ("Date of birth:", fd(f["dob"], "long"))], w=30, size=9.8)
    d.ln(3)
    paras(d, [
        "To the reviewing pharmacist or physician:",
        f"I am writing to ask that my patient receive intravenous iron at {HOSP}'s outpatient infusion "
        "department rather than at home or in our office suite. She has iron deficiency anemia from chronic "
        "blood loss that has not responded to oral iron over five months.",
        "During an iron dextran infusion last year she had a hypersensitivity reaction with hypotension and "
        "wheezing that needed epinephrine and emergency department care. I believe further infusions should be "
        "given where a rapid response team is available. Records of that reaction are enclosed.",
        "Please contact my office if you need anything further.",
        "Sincerely,", "", HEM_MD, CLINIC], size=10)
    req_letter = bytes(d.output())
    t_req = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=sent.isoformat(),
                  provider=HEM, unscored=["insurer"], alternates={"provider": [CLINIC]})
    return [(appr, t_appr), (req_letter, t_req)], ["cover", None]


def doc_upheld_prose(r):
    f = base(r, 4)
    appeal = "APL" + pat(r, "9999999")
    ref = "SOC-" + pat(r, "26-999999")
    d1 = plus(f["notice"], r.randint(12, 20))
    got = plus(f["notice"], -r.randint(18, 26))
    d = Page(serif=True, footer=None)
    d.add_page()
    d.f(12.5, "B")
    d.cell(0, 6, ORG, new_x="LMARGIN", new_y="NEXT")
    d.f(8.8)
    d.cell(0, 4.4, "Appeals and Grievances  -  " + ORG_ADDR, new_x="LMARGIN", new_y="NEXT")
    d.ln(8)
    d.line(fd(f["notice"], "dlong"), 10)
    d.ln(4)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member']},",
        f"We received your appeal on {fd(got, 'long')} and gave it the number {appeal}. You asked us to change "
        f"our decision, reference {ref}, not to cover your iron infusions at the {HOSP} outpatient infusion "
        f"department, where {HEM_MD} had planned the next infusion for {fd(d1, 'long')}. Your member ID is "
        f"{f['mid']} and your group number is {f['grp']}.",
        "A hematologist who was not involved in the first decision reviewed your appeal, your doctor's notes "
        "and our site of care policy. You told us that the hospital is closer to your work and that you felt "
        "safer there. The reviewer found no history of an infusion reaction or another condition that needs "
        "hospital-level monitoring, and home infusion and two network infusion suites are available near you. "
        "Because the setting requested is not covered under the policy, we are upholding our decision. The "
        "infusions themselves remain approved at any of those other settings.",
        "This is our final internal decision. You may ask an independent review organization to review it "
        "within four months of the date you receive this letter; the enclosed form explains how. You can also "
        f"call us at {f['phone']}.",
        "Sincerely,", "", "Maribel O. Strand, RN, Appeals Nurse Reviewer"], size=10.2)
    t = truth("denial_letter", "level_of_care", insurer=ORG, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, ref], service_dates=[d1.isoformat()],
              denial_date=f["notice"].isoformat(), provider=HEM, alternates={"provider": [HOSP]})
    return bytes(d.output()), t


def doc_home(r):
    f = base(r, 5)
    auth = pat(r, "PA9999999")
    start = plus(f["notice"], r.randint(8, 15))
    end = plus(start, 28)
    d = Page(footer="Bramblewood Mutual Health  |  Care Coordination")
    d.add_page()
    letterhead(d, ORG, ["Care Coordination", ORG_ADDR], 2)
    d.line(fd(f["notice"], "abbr"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    d.line("Your iron infusions are approved at home", 12.5, "B")
    d.ln(2)
    d.table(["Authorization", "Drug", "Provider", "Approved from", "Approved through"],
            [[auth, "J1756 iron sucrose 200 mg x5", HOME, fd(start, "abbr"), fd(end, "abbr")]],
            [28, 46, 44, 28, 28], size=8.3)
    paras(d, [
        f"Good news: we approved the iron sucrose infusions that {HEM_MD} ordered for you. {HOME} will call "
        "you within two business days to set up the first visit. A nurse will give each infusion in your home "
        "and stay with you afterwards.",
        f"Member: {f['member']}   Member ID: {f['mid']}   Group: {f['grp']}",
        "If you would rather go to your doctor's office or an infusion suite, call us and we will help you "
        "change the approval. Your usual cost sharing applies.",
        f"Questions? Call Care Coordination at {f['phone']}, Monday to Friday, 8 a.m. to 6 p.m."], size=9.6)
    t = truth("other", None, insurer=ORG, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[auth], service_dates=[f"{start.isoformat()}/{end.isoformat()}"],
              denial_date=f["notice"].isoformat(), provider=HOME,
              alternates={"provider": [HEM], "service_dates": [[start.isoformat(), end.isoformat()]]})
    return bytes(d.output()), t


def doc_footer_grid(r):
    f = base(r, 6)
    ref = "SOC-" + pat(r, "26-999999")
    start = plus(f["notice"], r.randint(10, 18))
    end = plus(start, 28)
    d = Page(footer="BMH-SOC-07 (rev. 09/2025)   Page {n} of {nb}")
    d.add_page()
    letterhead(d, ORG, [ORG_ADDR, f"Member Services {f['phone']} (TTY 711)"], 1)
    d.line(fd(f["notice"], "upper"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {first_last(f['member'])},",
        f"{HEM_MD} asked us to cover a series of five iron sucrose infusions (J1756, 200 mg each) at "
        f"{HOSP}, hospital outpatient, from {fd(start, 'long')} through {fd(end, 'long')}.",
        "We cannot approve the infusions in the hospital outpatient setting. Under our site of care policy these "
        "infusions are covered at home or at a network ambulatory infusion center, and nothing in your records "
        "shows a medical reason they must be given in a hospital. If your doctor sends us a new request for "
        "home or infusion-center care, we can review it quickly.",
        "You have the right to appeal. Your appeal must reach us by the date shown in the box below. A fast "
        "(72-hour) appeal is available if waiting could harm your health. You may also ask for an external "
        "review after our final decision."], size=9.8)
    deadline = plus(f["notice"], 180)
    d.ln(4)
    d.f(8.5, "B")
    d.cell(0, 5, "DECISION SUMMARY", border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    rows = [[("Reference", ref), ("Member ID", f["mid"]), ("Group", f["grp"])],
            [("Plan", f["plan"]), ("Decision", "Not approved - setting"), ("Appeal by", fd(deadline, "upper"))],
            [("Birth date", fd(f["dob"], "upper")), ("Prescriber NPI", f["npi"]), ("Policy", "BMH-RX-118")]]
    for row in rows:
        x0, y0 = d.l_margin, d.get_y()
        for i, (k, v) in enumerate(row):
            x = x0 + i * 60
            d.rect(x, y0, 60, 11)
            d.set_xy(x + 1.2, y0 + 0.8)
            d.f(6.5)
            d.cell(57, 3, k.upper())
            d.set_xy(x + 1.2, y0 + 4.6)
            d.f(9.5)
            d.cell(57, 5, v)
        d.set_xy(x0, y0 + 11)
    t = truth("denial_letter", "level_of_care", insurer=ORG, plan_id=f["plan"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[ref],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=f["notice"].isoformat(),
              provider=HEM, appeal_deadline=deadline.isoformat(),
              alternates={"provider": [HOSP], "service_dates": [[start.isoformat(), end.isoformat()]]})
    return bytes(d.output()), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    docs, seps = stack_exception(r(3))
    return [
        Item(f"{FAMILY}_bd_preservice_factbox_denial", "born_digital", [doc_preservice(r(0))]),
        Item(f"{FAMILY}_scan300_hospital_statement_two_dates_denied", "scan_clean_300", [doc_statement(r(1))]),
        Item(f"{FAMILY}_copy_eob_three_claims_infusion_denied", "photocopy", [doc_eob(r(2))]),
        Item(f"{FAMILY}_faxfine_stack_exception_approval_request_letter", "fax_fine_g4", docs, separators=seps),
        Item(f"{FAMILY}_photo_appeal_upheld_prose", "phone_photo", [doc_upheld_prose(r(4))]),
        Item(f"{FAMILY}_rotated_home_infusion_approval", "rotated", [doc_home(r(5))]),
        Item(f"{FAMILY}_lowres_iron_sucrose_footer_grid", "scan_lowres_150", [doc_footer_grid(r(6))]),
    ]
