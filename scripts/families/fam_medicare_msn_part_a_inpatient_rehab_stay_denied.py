"""Family 'medicare_msn_part_a_inpatient_rehab_stay_denied': Medicare Summary Notices for Part A (Hospital
Insurance) in the structure and wording of CMS's published Part A MSN, where an inpatient rehabilitation facility
(IRF) stay after a hospital stay is denied as not reasonable and necessary and the hospital stay is paid.

Public structure mirrored: page 1 title "Medicare Summary Notice for Part A (Hospital Insurance)", "The Official
Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services", a grey box with Notice for /
Medicare Number / Date of This Notice / Claims Processed Between, "Your Deductible Status", "Did Medicare Approve
All Claims?", "How Much Can a Facility Bill You?", "Facilities with Claims This Period"; page 2 "Your Claims for
Part A" per facility with claim number, "Referred by", Benefit Days Used / Claim Approved? / Non-Covered Charges /
Amount Medicare Paid / Maximum You May Be Billed / See Notes Below, a benefit-period days table, notes, "How to
Handle Denied Claims or File an Appeal". Also the IRF's letter in sentences, the IRF's account statement, and a
filled redetermination request in the shape of CMS-20027. Everything invented (people, numbers, facilities, the
contractor); phones other than 1-800-MEDICARE are 1-555.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcu_famcue import Page, addr, cover, fd, letterhead, lv, paras, pat, plus, usd

FAMILY = "medicare_msn_part_a_inpatient_rehab_stay_denied"
LANG = "en"
SEED = 345400
IRF = "Kestrel Point Rehabilitation Hospital"
IRF_ADDR = "1900 Wrenfield Parkway, Amberlow, IA 52999"
HOSP = "Saint Brendan Regional Medical Center"
HOSP_ADDR = "44 Cathedral Hill Road, Amberlow, IA 52999"
MAC = "Alderpoint Government Health Administrators"
MAC_ADDR = "Part A Redeterminations, PO Box 30718, Amberlow, IA 52999"
DED = 1736.00
PEOPLE = ["Walter J. Penhallow", "Edith R. Marchbank", "Lionel A. Threlkeld", "Rosamund F. Ackerly",
          "Cyrus D. Vantongeren", "Mildred S. Oakhurst", "Ferdinand K. Lisle"]
DOCS = ["Dr. Priya N. Castellano", "Dr. Hugo B. Ferrante", "Dr. Adaeze C. Rollins"]
LABELS = {1: ("Notice for", "Medicare Number", "Date of This Notice", "Claims Processed Between"),
          2: ("Beneficiary", "Your Medicare Number", "Notice Date", "Processing Period"),
          3: ("Name", "Medicare Number:", "This notice was sent on", "Claims processed from")}
NOTES = {
    "A": "Medicare won't pay for this inpatient rehabilitation facility stay because the information provided does "
         "not support that the stay was reasonable and necessary. You could have received the care you needed in "
         "a less intensive setting.",
    "B": "Your provider didn't give you written notice that Medicare probably wouldn't pay, so you can't be billed "
         "for these charges. If you paid, you may be able to get a refund.",
    "C": "You have met the Part A deductible for this benefit period.",
    "D": "The amount Medicare paid the facility is its payment minus your Part A deductible.",
}


def mbi(r):
    let = "ACDEFGHJKMNPQRTUVWXY"
    return (str(r.randint(1, 9)) + r.choice(let) + r.choice(let + "0123456789") + str(r.randint(0, 9)) +
            r.choice(let) + r.choice(let) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) +
            str(r.randint(0, 9)) + str(r.randint(0, 9)))


def facts(r, k, denied=True, hospital=True):
    adm = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 120))
    h_end = plus(adm, r.randint(4, 7))
    i_from, i_to = h_end, plus(h_end, r.randint(10, 16))
    date = plus(i_to, r.randint(25, 40))
    m = mbi(r)
    h_chg = round(r.randint(28000, 52000) + r.randint(0, 99) / 100, 2)
    i_chg = round(r.randint(31000, 58000) + r.randint(0, 99) / 100, 2)
    claims = []
    if hospital:
        hpay = round(r.randint(14000, 21000) + r.randint(0, 99) / 100, 2)
        claims.append(dict(fac=HOSP, addr=HOSP_ADDR, no=pat(r, "99999999999999"), ref=r.choice(DOCS), a=adm,
                           b=h_end, chg=h_chg, ok=True, nc=0.0, paid=hpay, owe=DED, days=(h_end - adm).days,
                           notes="C, D"))
    ok = not denied
    ipay = round(r.randint(19000, 30000) + r.randint(0, 99) / 100, 2)
    claims.append(dict(fac=IRF, addr=IRF_ADDR, no=pat(r, "99999999999999"), ref=r.choice(DOCS), a=i_from, b=i_to,
                       chg=i_chg, ok=ok, nc=0.0 if ok else i_chg, paid=ipay if ok else 0.0,
                       owe=0.0 if (ok and hospital) else (DED if ok else 0.0), days=(i_to - i_from).days if ok else 0,
                       notes=("C" if hospital else "D") if ok else "A, B"))
    return dict(member=PEOPLE[k], addr=[f"{r.randint(100, 9800)} Foxglove Bend", "Amberlow, IA 52999"], mbi=m,
                masked="XXXX-XXX-" + m[-4:], date=date, p_from=plus(date, -r.randint(88, 92)),
                p_to=plus(date, -r.randint(2, 6)), claims=claims, bp=adm, deadline=plus(date, 120))


def msn(f, lab, ds, mo, mask, deadline_style="by"):
    L = LABELS[lab]
    d = Page(footer="Page {p} of {n}", margins=(15, 13, 15))
    d.add_page()
    d.text_line("Medicare Summary Notice for Part A (Hospital Insurance)", 15, "B", h=7)
    d.text_line("The Official Summary of Your Medicare Claims from the Centers for Medicare & Medicaid Services",
                8.5, h=4.5)
    d.rule(0.8, 4)
    y = d.get_y()
    for s in (f["member"].upper(), *[a.upper() for a in f["addr"]]):
        d.text_line(s, 9.5, h=4.8)
    d.set_xy(110, y)
    d.set_fill_color(235, 235, 235)
    d.rect(110, y - 1, 91, 32, style="F")
    for k, v in ((L[0], f["member"]), (L[1], f["masked"] if mask else f["mbi"]), (L[2], fd(f["date"], ds)),
                 (L[3], f"{fd(f['p_from'], ds)} - {fd(f['p_to'], ds)}")):
        d.set_x(112)
        d.font(8, "B")
        d.cell(0, 3.8, k, new_x="LMARGIN", new_y="NEXT")
        d.set_x(112)
        d.font(9.2)
        d.cell(0, 3.8, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(y + 35)
    cl = f["claims"]
    bad = [c for c in cl if not c["ok"]]
    d.text_line("Your Deductible Status", 11, "B", h=6)
    d.para(f"You have met your Part A deductible for the benefit period that started {fd(f['bp'], ds)}.", 9.2)
    d.text_line("Did Medicare Approve All Claims?", 11, "B", h=6)
    d.para(("NO. Medicare denied 1 claim. See page 2 for details." if bad else
            "YES. Medicare approved all claims. See page 2 for details."), 9.2)
    d.text_line("How Much Can a Facility Bill You?", 11, "B", h=6)
    d.para(f"Total You May Be Billed: {usd(sum(c['owe'] for c in cl), mo)}", 9.2)
    d.text_line("Facilities with Claims This Period", 11, "B", h=6)
    for c in cl:
        d.para(f"{fd(c['a'], ds)}    {c['fac']}", 9.2, gap=0.8)
    d.ln(2)
    d.set_fill_color(245, 245, 245)
    d.font(8.6)
    d.multi_cell(0, 4.2, "Be Informed! Beware of people who call to offer free medical equipment in exchange for "
                 "your Medicare Number. Medicare will never call you to ask for it. Report suspected fraud at "
                 "1-800-MEDICARE (1-800-633-4227).", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    d.add_page()
    d.text_line("Your Claims for Part A (Hospital Insurance)", 13, "B", h=7)
    d.text_line("Part A Inpatient Hospital and Inpatient Rehabilitation Claims", 10, "B", h=5.5)
    d.rule(0.5, 2)
    head = ["Dates of Service", "Benefit Days", "Approved?", "Non-Covered", "Medicare Paid", "Max. You May Be Billed",
            "See Notes"]
    for c in cl:
        d.text_line(c["fac"], 10, "B", h=5)
        d.text_line(c["addr"], 8.6, h=4.4)
        d.font(9)
        d.cell(75, 5, f"Claim Number: {c['no']}")
        d.cell(0, 5, f"Referred by: {c['ref']}", new_x="LMARGIN", new_y="NEXT")
        d.cell(0, 5, f"Total charges: {usd(c['chg'], mo)}", new_x="LMARGIN", new_y="NEXT")
        d.ln(1)
        d.table(head, [[f"{fd(c['a'], 'slash')} - {fd(c['b'], 'slash')}", str(c["days"]), "Yes" if c["ok"] else "No",
                        usd(c["nc"], mo), usd(c["paid"], mo), usd(c["owe"], mo), c["notes"]]],
                [40, 20, 18, 26, 26, 34, 16], size=7.6, aligns="LCCRRRC", head_fill=True)
    used = sum(c["days"] for c in cl)
    d.text_line("Your Benefit Period", 10, "B", h=5.5)
    d.table(["Period began", "Days used", "Full days left (60)", "Coins. days (61-90)", "Reserve days left"], [[fd(f["bp"], "slash"), str(used), str(60 - used), "0", "60"]],
            [36, 32, 36, 36, 36], size=7.8, aligns="LCCCC")
    d.text_line("Notes for Your Claims", 10, "B", h=5.5)
    for n in sorted({x.strip() for c in cl for x in c["notes"].split(",")}):
        d.para(f"{n}  {NOTES[n]}", 8.8, gap=1.2)
    d.text_line("How to Handle Denied Claims or File an Appeal", 11, "B", h=6)
    d.para("If you disagree with a coverage or payment decision on this notice, you can appeal. Circle the "
           "claim(s) you disagree with, explain in writing why you disagree, and send this notice or a copy to: "
           f"{MAC}, {MAC_ADDR}. You can also use form CMS-20027.", 9)
    if deadline_style == "by":
        d.para(f"Appeals must be filed by {fd(f['deadline'], ds)}.", 9.5, )
    elif deadline_style == "receive":
        d.para(f"Medicare must receive your appeal by: {fd(f['deadline'], ds)}", 9.5)
    else:
        d.para("You have 120 days from the date you receive this notice to file an appeal.", 9.5)
    d.para("Questions? Call 1-800-MEDICARE (1-800-633-4227). TTY users should call 1-877-486-2048.", 8.8)
    irf = cl[-1]
    alts = {"insurer": ["Centers for Medicare & Medicaid Services", "Medicare Part A"]}
    if mask:
        alts["member_id"] = [None]
    if deadline_style == "relative":
        dl = None
        alts["appeal_deadline"] = [f["deadline"].isoformat()]
    else:
        dl = f["deadline"].isoformat()
        if not bad:
            alts["appeal_deadline"] = [None]
    if bad:
        t = truth("eob", "medical_necessity", insurer="Medicare", member_id=f["masked"] if mask else f["mbi"],
                  member_name=f["member"], case_numbers=[irf["no"]], claim_amount=f"{irf['chg']:.2f}",
                  service_dates=[f"{irf['a'].isoformat()}/{irf['b'].isoformat()}"],
                  denial_date=f["date"].isoformat(), provider=IRF, appeal_deadline=dl, alternates=alts,
                  denial_alternates=["level_of_care"])
    else:
        # a paid notice: the last (IRF) claim is the one shown first as the stay of interest; accept the hospital
        h = cl[0]
        alts.update(case_numbers=[[h["no"]], [h["no"], irf["no"]]], claim_amount=[f"{h['chg']:.2f}"],
                    service_dates=[[f"{h['a'].isoformat()}/{h['b'].isoformat()}"]], provider=[HOSP])
        t = truth("eob", None, insurer="Medicare", member_id=f["masked"] if mask else f["mbi"],
                  member_name=f["member"], case_numbers=[irf["no"]], claim_amount=f"{irf['chg']:.2f}",
                  service_dates=[f"{irf['a'].isoformat()}/{irf['b'].isoformat()}"],
                  denial_date=f["date"].isoformat(), provider=IRF, appeal_deadline=dl, alternates=alts)
    return pdf_bytes(d), t


def irf_letter(f, r):
    irf = f["claims"][-1]
    date = plus(f["date"], r.randint(6, 12))
    d = Page(serif=True, footer="Kestrel Point Rehabilitation Hospital - Patient Financial Services")
    d.add_page()
    letterhead(d, IRF, [IRF_ADDR, "Patient Financial Services 1-555-730-4418"], 0)
    d.text_line(fd(date, "long"), 10)
    d.ln(3)
    addr(d, [f["member"], *f["addr"]])
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"You stayed with us for inpatient rehabilitation from {irf['a'].strftime('%B %-d')} through "
        f"{fd(irf['b'], 'long')}, after your hospital stay at {HOSP}. We billed Medicare {usd(irf['chg'])} for "
        f"this stay under claim number {irf['no']}.",
        f"Your Medicare Summary Notice dated {fd(f['date'], 'long')} shows that Medicare denied the claim. Its "
        "contractor decided that the stay was not reasonable and necessary and that you could have been cared for "
        "in a skilled nursing facility or at home with therapy.",
        "We did not give you an Advance Beneficiary Notice before your stay, so you will not be billed for these "
        "charges. Please do not send us a payment.",
        f"With your permission we will ask Medicare for a redetermination. We will need your signature on the "
        f"enclosed form, which shows your Medicare Number {f['mbi']}. Our physiatrist's notes on your daily "
        "therapy and progress will go with the request.",
        "If you have questions, call Patient Financial Services at 1-555-730-4418, Monday to Friday.",
        "Sincerely,", "Glenda M. Oakes", "Patient Financial Services Manager"], size=10)
    t = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"], case_numbers=[irf["no"]],
              claim_amount=f"{irf['chg']:.2f}", service_dates=[f"{irf['a'].isoformat()}/{irf['b'].isoformat()}"],
              denial_date=date.isoformat(), provider=IRF, unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def redet_request(f, r):
    irf = f["claims"][-1]
    signed = plus(f["date"], r.randint(14, 30))
    req = "Eleanor P. " + f["member"].split()[-1]
    d = Page(footer="Form CMS-20027 (shape)   Keep a copy for your records")
    d.add_page()
    d.text_line("DEPARTMENT OF HEALTH AND HUMAN SERVICES", 8.5, "B")
    d.text_line("CENTERS FOR MEDICARE & MEDICAID SERVICES", 8.5, "B")
    d.ln(2)
    d.text_line("MEDICARE REDETERMINATION REQUEST FORM - 1st LEVEL OF APPEAL", 12.5, "B", "C")
    d.ln(3)
    rows = [("1. Beneficiary's name:", f["member"]), ("2. Medicare number:", f["mbi"]),
            ("3. Description of the item or service in question:",
             f"Inpatient rehabilitation stay at {IRF}, claim {irf['no']}"),
            ("4. Date the service or item was received:",
             f"{fd(irf['a'], 'short')} - {fd(irf['b'], 'short')}"),
            ("5. I do not agree with the determination of my claim. MY REASONS ARE:",
             "After my stroke I needed 3 hours of therapy a day; a nursing home could not give that."),
            ("6. Date of the initial determination notice:", fd(f["date"], "short")),
            ("7. Additional information Medicare should consider:", "Physiatrist notes and therapy logs attached."),
            ("8. Requester's name:", req), ("9. Requester's relationship to the beneficiary:", "Daughter"),
            ("10. Requester's address:", f"{f['addr'][0]}, {f['addr'][1]}"),
            ("11. Requester's telephone number:", "1-555-208-6613"), ("12. Requester's signature:", req),
            ("13. Date signed:", fd(signed, "short")),
            ("14.", "[X] I have evidence to submit.   [ ] I do not have evidence to submit.")]
    w = d.w - d.l_margin - d.r_margin
    for k, v in rows:
        d.font(8.6, "B")
        d.multi_cell(w, 4.4, k, border="LTR", new_x="LMARGIN", new_y="NEXT")
        d.font(10)
        d.multi_cell(w, 5.6, "   " + v, border="LBR", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("NOTE: Send this request to the contractor at the address on your Medicare Summary Notice: "
           f"{MAC}, {MAC_ADDR}. You must file within 120 days of the date you receive the initial determination.",
           8.5)
    t = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"], case_numbers=[irf["no"]],
              service_dates=[f"{irf['a'].isoformat()}/{irf['b'].isoformat()}"], denial_date=signed.isoformat(),
              provider=IRF, unscored=["insurer"], alternates={"case_numbers": [[]], "denial_date": [None]})
    return pdf_bytes(d), t


def irf_statement(f, r):
    irf = f["claims"][-1]
    date = plus(f["date"], r.randint(3, 9))
    acct = pat(r, "KP-999999")
    d = Page(footer="Kestrel Point Rehabilitation Hospital  |  Federal Tax ID 42-7719034")
    d.add_page()
    letterhead(d, IRF, [IRF_ADDR, "Billing 1-555-730-4418"], 2)
    d.text_line("PATIENT ACCOUNT STATEMENT", 12.5, "B")
    d.ln(1)
    lv(d, [("Statement date", fd(date, "upper")), ("Account", acct), ("Patient", f["member"]),
           ("Medicare number", f["mbi"]), ("Admitted", fd(irf["a"], "upper")), ("Discharged", fd(irf["b"], "upper")),
           ("Medicare claim", irf["no"])], w=40, size=9.5)
    ded = round(irf["chg"] * 0.22, 2)
    rows = [["Room and board, rehabilitation unit", usd(round(irf["chg"] - ded, 2), "nosign")],
            ["Physical, occupational and speech therapy", usd(ded, "nosign")],
            ["*Total charges", usd(irf["chg"], "nosign")],
            ["Medicare Part A payment", "0.00"],
            ["Adjustment - Medicare denial, provider liable (no ABN)", "-" + usd(irf["chg"], "nosign")],
            ["*Balance due from you", "0.00"]]
    d.table(["Description", "Amount"], rows, [130, 40], size=9, aligns="LR")
    d.para("No payment is due. This statement is for your records.", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mbi"], member_name=f["member"], case_numbers=[irf["no"]],
              claim_amount=f"{irf['chg']:.2f}", service_dates=[f"{irf['a'].isoformat()}/{irf['b'].isoformat()}"],
              denial_date=date.isoformat(), provider=IRF, unscored=["insurer"], alternates={"case_numbers": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED + i)  # noqa: E731
    f0 = facts(r(0), 0)
    f1 = facts(r(1), 1)
    f2 = facts(r(2), 2, hospital=False)
    f3 = facts(r(3), 3)
    f4 = facts(r(4), 4)
    f5 = facts(r(5), 5, denied=False)
    f6 = facts(r(6), 6)
    stack_docs = [msn(f3, 2, "upper", "space", True, "receive"), irf_statement(f3, r(13))]
    cov = cover(f"{f3['member']} c/o Eleanor Marchbank", "Kestrel Point Patient Financial Services",
                "1-555-208-6690", "1-555-730-4419", fd(plus(f3["date"], 10), "slash"), 4,
                "As you asked: a copy of the Medicare notice and our statement for the rehabilitation stay.")
    return [
        Item(f"{FAMILY}_bd_msn_hospital_paid_irf_denied", "born_digital", [msn(f0, 1, "long", "plain", True)]),
        Item(f"{FAMILY}_scan300_irf_letter_prose", "scan_clean_300", [irf_letter(f1, r(11))]),
        Item(f"{FAMILY}_copy_msn_irf_only_120_days", "photocopy", [msn(f2, 3, "slash", "plain", False, "relative")]),
        Item(f"{FAMILY}_faxstd_stack_msn_and_statement", "fax_standard_g4", stack_docs, separators=[cov, "blank"]),
        Item(f"{FAMILY}_photo_msn_receive_by", "phone_photo", [msn(f4, 2, "abbr", "nosign", False, "receive")]),
        Item(f"{FAMILY}_rotated_msn_all_approved", "rotated", [msn(f5, 1, "iso", "plain", True)]),
        Item(f"{FAMILY}_lowres_redetermination_request", "scan_lowres_150", [redet_request(f6, r(16))]),
    ]
