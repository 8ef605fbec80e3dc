"""Family 'vagus_nerve_stimulator_generator_replacement_inpatient_vs_outpatient_denial': an overnight inpatient
stay for a vagus nerve stimulator (VNS) pulse generator replacement (CPT 61885, battery at end of service) refused
by an invented commercial plan because the procedure is done as outpatient surgery; outpatient would be paid.
Documents: a three-claim member EOB (neurosurgeon and anesthesia paid, the hospital's inpatient claim refused);
the hospital's itemized patient statement (denies nothing); a prose-only member letter; a fine-fax stack (cover +
the plan's concurrent-review non-certification to the hospital + the neurosurgeon's letter of medical necessity +
blank); the corrected EOB after the hospital rebilled the surgery as outpatient (paid, phone photo); the upheld
first-level appeal (sideways); the pre-service determination approving outpatient surgery and refusing the
inpatient day (150 dpi).
Issuer (fictional): Quillfeather Health Plan. Hospital: Saint Corvin Regional Medical Center. Surgeon: Philippa R.
Laskaris, MD (Corvin Neurosurgery Group). Anesthesia: Ridgeline Anesthesia Partners.
Truth: provider = the hospital on claim documents (the surgeon as requesting provider on the pre-service notice);
claim amount = the hospital claim's total charges; service dates = the stay (admission/discharge interval).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsd import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "vagus_nerve_stimulator_generator_replacement_inpatient_vs_outpatient_denial"
LANG = "en"
SEED = 342700
QHP = "Quillfeather Health Plan"
HOSP = "Saint Corvin Regional Medical Center"
SURG = "Philippa R. Laskaris"
SURG_GRP = "Corvin Neurosurgery Group"
ANES = "Ridgeline Anesthesia Partners"
MEMBERS = ["Ambrose T. Kettering", "Delphine M. Ostrander", "Lucian P. Farrow", "Rosamund E. Tillery",
           "Cassius J. Wendover", "Marguerite A. Pollard", "Thaddeus B. Merriweather", "Ottilie K. Brandt"]
STREETS = ["417 Heron Bluff Dr", "28 Tanager Court", "1190 Old Kiln Rd, Apt 3", "66 Wexford Lane"]
CITIES = ["Harlow Springs, OH 43512", "Port Ellery, OH 44089", "Cresthaven, OH 45331"]
SUB = "Utilization Management  |  PO Box 77310, Columbus, OH 43277"


def facts(r: random.Random) -> dict:
    adm = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 120))
    dis = days(adm, r.choice([1, 1, 2]))
    nights = (dis - adm).days
    rb = r.choice([2140.0, 2385.5, 2610.0]) * nights
    orr = r.choice([6820.0, 7315.25, 8090.0])
    imp = r.choice([24950.0, 27480.0, 29915.5])
    anes_h = r.choice([1180.0, 1342.75])
    rx = round(r.uniform(310, 980), 2)
    rec = r.choice([1450.0, 1688.0])
    lab = round(r.uniform(120, 420), 2)
    lines = [("0120", "Room & board, semi-private", f"{nights} day" + ("s" if nights > 1 else ""), rb),
             ("0360", "Operating room services", "1", orr),
             ("0278", "Implant: neurostimulator pulse generator (C1767)", "1", imp),
             ("0370", "Anesthesia supplies", "1", anes_h), ("0250", "Pharmacy", "—", rx),
             ("0710", "Recovery room", "1", rec), ("0300", "Laboratory", "—", lab)]
    total = round(sum(l[3] for l in lines), 2)
    date = days(dis, r.randint(24, 40))
    return dict(adm=adm, dis=dis, lines=lines, amt=total, date=date,
                member=r.choice(MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "QFH999999999"), grp=mixed(r, "G-99999"), plan=mixed(r, "PPO-9A"),
                clm=mixed(r, "26999A99999"), ref=mixed(r, "UM9999999"), appeal="AP-" + mixed(r, "99-99999"),
                npi=r.choice("12") + digits(r, 9), acct=digits(r, 8), ph=phone(r), fax=phone(r),
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)),
                recv=days(dis, r.randint(5, 9)), surg_amt=r.choice([3870.0, 4215.0, 4460.5]),
                anes_amt=r.choice([1620.0, 1894.0, 2035.25]))


def stay(f) -> str:
    return f"{f['adm'].isoformat()}/{f['dis'].isoformat()}"


def T(f, dtype, den, cases=(), dead=None, amount=True, sd=None, prov=HOSP, alts=None, uns=None, plan=False,
      grp=True, date=None, ins=QHP, dalts=None):
    return truth(dtype, den, "en", insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=list(cases), claim_amount=m2(f["amt"]) if amount else None,
                 service_dates=[stay(f)] if sd is None else sd, denial_date=(date or f["date"]).isoformat(),
                 provider=prov, appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {},
                 unscored=uns or [], denial_alternates=dalts or [])


def eob(f, ds, ms) -> bytes:
    """Member EOB: a right-hand summary panel, three claims each under a grey band, message codes below."""
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"QHP-EOB-200 (10/25)   Member ID {f['mid']}")
    d.add_page()
    letterhead(d, QHP, "Member Services " + f["ph"] + "  (TTY 711)  |  PO Box 77300, Columbus, OH 43277", "bar")
    y0 = d.get_y()
    d.line("YOUR EXPLANATION OF BENEFITS", 13, "B", h=7)
    d.line("THIS IS NOT A BILL", 8.5, h=5)
    d.ln(3)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    yl = d.get_y()
    d.set_xy(120, y0)
    d.set_fill_color(232, 232, 232)
    d.rect(120, y0, 78, 46, style="F")
    for k, v in [("Statement date", fd(f["date"])), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Plan", f["plan"]), ("Date of birth", fd(f["dob"])),
                 ("Claims processed", f"{fd(days(f['date'], -30))} - {fd(days(f['date'], -2))}")]:
        d.set_x(122)
        d.f(7.8, "B").cell(29, 7, k)
        d.f(8).cell(46, 7, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(yl, y0 + 50))
    claims = [(f["c1"], f"{SURG}, MD ({SURG_GRP})", [(fd(f["adm"]), "61885", "Replace neurostim generator",
                                                        f["surg_amt"], round(f["surg_amt"] * .58, 2), 0.0, "")]),
              (f["c2"], ANES, [(fd(f["adm"]), "00300", "Anesthesia, 7 units", f["anes_amt"],
                                round(f["anes_amt"] * .5, 2), 0.0, "")]),
              (f["clm"], HOSP, [(f"{fd(f['adm'])}-{fd(f['dis'])}", rc, de[:30], b, 0.0, 0.0, "LC3")
                                for rc, de, _, b in f["lines"]])]
    for no, prov, lines in claims:
        d.set_fill_color(210, 210, 210)
        d.f(8.2, "B").cell(0, 6, f"  Claim {no}   |   {prov}   |   Received {fd(f['recv'])}", fill=True,
                           new_x="LMARGIN", new_y="NEXT")
        body = [[dd, c, de, usd(b, ms), usd(a, ms), usd(a - y, ms), usd(y, ms), rk] for dd, c, de, b, a, y, rk in lines]
        body.append(["", "", "Claim total", usd(sum(l[3] for l in lines), ms), "", "", "", ""])
        d.table(["Service date(s)", "Code", "Description", "Charged", "Allowed", "Plan paid", "You owe", "Remark"],
                body, [33, 12, 51, 21, 17, 18, 14, 14], size=7.2, border=0, head_h=6, row_h=4.8,
                aligns=["L", "L", "L", "R", "R", "R", "R", "L"])
    hrule(d)
    d.line("Remark codes", 9.5, "B", h=6)
    d.para(f"LC3  Inpatient admission not covered - setting. Replacement of a vagus nerve stimulator pulse generator "
           f"is an outpatient surgery under our Site of Care guideline (MP-SOC-114). The hospital records do not show "
           f"a medical reason to admit you overnight. We would have covered this surgery at {HOSP} as outpatient "
           f"(same-day) surgery. The hospital may rebill the claim as outpatient. You are not responsible for the "
           f"inpatient charges on this claim unless you agreed in writing to pay them.", 8.3)
    d.para(f"Your right to appeal: you may appeal within 180 days of the date of this statement. If waiting could "
           f"seriously harm your health, ask for an expedited review (decided within 72 hours). If we uphold our "
           f"decision you may ask for an external review within 4 months. Write to Appeals, PO Box 77320, Columbus, "
           f"OH 43277, or fax {f['fax']}.", 8.3)
    return out(d)


def hospital_bill(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{HOSP}  |  Patient Financial Services  |  NPI {f['npi']}")
    d.add_page()
    letterhead(d, HOSP, "2200 Corvin Parkway, Harlow Springs, OH 43512  |  Billing questions " + f["ph"], "center",
               "A Member of the Lakefront Health Alliance")
    d.line("ITEMIZED PATIENT STATEMENT", 13, "B", align="C", h=8)
    d.ln(1)
    x = d.l_margin
    y = d.get_y()
    d.pairs([("Statement date", fd(f["date"])), ("Account number", f["acct"]), ("Patient", f["member"]),
             ("Birth date", fd(f["dob"])), ("Admitted", fd(f["adm"])), ("Discharged", fd(f["dis"]))],
            label_w=34, size=9.2, x=x)
    y2 = d.get_y()
    d.set_y(y)
    d.pairs([("Insurance", QHP), ("Subscriber ID", f["mid"]), ("Group", f["grp"]), ("Payer claim no.", f["clm"]),
             ("Attending", f"{SURG}, MD")], label_w=30, size=9.2, x=110)
    d.set_y(max(y2, d.get_y()) + 3)
    rows = [[rc, de, q, usd(b, ms)] for rc, de, q, b in f["lines"]]
    rows.append(["", "TOTAL CHARGES", "", usd(f["amt"], ms)])
    rows.append(["", f"Insurance payment - {QHP}", "", usd(0, ms)])
    rows.append(["", "Adjustments", "", usd(0, ms)])
    d.table(["Rev. code", "Description", "Qty", "Amount"], rows, [22, 108, 18, 26], size=8.6,
            aligns=["L", "L", "C", "R"], bold_last=False)
    d.f(10.5, "B").cell(0, 7, f"PATIENT BALANCE: {usd(f['amt'], ms)}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    d.para(f"Your insurance denied this inpatient stay, stating the surgery should have been done as an outpatient. "
           f"We have asked our utilization review team to review the claim and we may rebill it. You do not need "
           f"to pay this balance while the review is open. Questions? Call {f['ph']}, Monday to Friday 8 to 5.", 9.2)
    d.ln(2)
    d.f(8).cell(0, 5, "- - - - - - - - - - - - - - - - detach and return with payment - - - - - - - - - - - - - - - -",
                new_x="LMARGIN", new_y="NEXT")
    d.pairs([("Account number", f["acct"]), ("Amount due", usd(f["amt"], ms)), ("Amount enclosed", "$__________")],
            label_w=36, size=9)
    return out(d)


def prose_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="QHP-UM-CL-07")
    d.add_page()
    letterhead(d, QHP, SUB, "rule")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']}:", 10)
    d.para(f"You were admitted to {HOSP} on {fd(f['adm'])} so that Dr. {SURG} could replace the battery unit "
           f"(pulse generator) of your vagus nerve stimulator, and you went home on {fd(f['dis'])}. The hospital "
           f"sent us claim {f['clm']} for the stay, with total charges of {usd(f['amt'], ms)}. We are not able to "
           f"pay this claim as an inpatient stay.", 10)
    d.para("Changing a stimulator's generator is a short operation that our guidelines list as outpatient surgery. "
           "Most people go home the same day. A nurse reviewer and one of our medical directors read the hospital "
           "records and did not find a reason you needed to stay overnight, such as a complication, a seizure after "
           "surgery or a need for monitoring that could only be given in a hospital bed. Because the surgery did not "
           "need an inpatient setting, we denied the inpatient claim. We would have paid for the same surgery done "
           "as outpatient surgery, and the hospital can send us a corrected outpatient claim.", 10)
    d.para(f"We have on file that your member ID is {f['mid']} and that you are covered under group {f['grp']}. "
           f"The doctor's and the anesthesia claims for the same day were paid and are not part of this decision.",
           10)
    d.para(f"If you do not agree, you may appeal within 180 days of the date of this letter. Send your appeal to "
           f"Appeals, PO Box 77320, Columbus, OH 43277, or call {f['ph']}. If your doctor says that waiting could "
           f"seriously harm your health, you may ask for a fast appeal and we will answer within 72 hours. After a "
           f"final decision you may ask an independent reviewer to look at your case within four months.", 10)
    d.para("You can ask us for a free copy of the guideline we used and of the records we reviewed.", 10)
    signature(d, ["Evander S. Quist, MD", "Medical Director", QHP])
    return out(d)


def concurrent_notice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"Fax {f['fax']}  |  QHP-UM-NC2")
    d.add_page()
    letterhead(d, QHP, SUB, "right", "Concurrent Review Unit")
    d.line(f"Date: {fd(f['date'])}", 10, "B", h=6)
    mail_to(d, ["TO: Utilization Review Department", HOSP, "2200 Corvin Parkway", "Harlow Springs, OH 43512"], 9.3)
    d.line("NOTICE OF NON-CERTIFICATION - INPATIENT LEVEL OF CARE", 11.5, "B", h=7)
    d.boxed_pairs([("Review reference", f["ref"]), ("Patient", f["member"]), ("Member ID / Group",
                                                                              f"{f['mid']}  /  {f['grp']}"),
                   ("DOB", fd(f["dob"])), ("Attending", f"{SURG}, MD"), ("Facility NPI", f["npi"]),
                   ("Procedure", "61885 - replacement of VNS pulse generator"),
                   ("Dates under review", f"{fd(f['adm'])} to {fd(f['dis'])}"),
                   ("Clinicals received", fd(f["recv"])), ("Days certified", "0 inpatient days")], label_w=48, size=9)
    d.para("Determination: the inpatient admission is NOT CERTIFIED. Generator replacement is an outpatient "
           "procedure; the clinical information shows a stable patient with no seizure activity after surgery, no "
           "anticoagulation issue and no complication. Outpatient surgery with recovery-room care is the appropriate "
           "level of care. This decision does not question the need for the procedure itself.", 9.2)
    d.para(f"Peer-to-peer: the attending physician may call {f['ph']} within 2 business days. Provider appeal: "
           "submit a written appeal within 60 days of the date of this notice. The member has separate appeal rights "
           "and an expedited appeal (72 hours).", 9.2)
    signature(d, ["Corliss Anand, RN, Concurrent Review Nurse", "for Nikolai J. Brandvold, MD, Physician Reviewer"],
              "")
    return out(d)


def surgeon_letter(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{SURG_GRP}  |  Tel {f['ph']}")
    d.add_page()
    letterhead(d, SURG_GRP, "2210 Corvin Parkway, Suite 400, Harlow Springs, OH 43512", "rule",
               "Functional & Epilepsy Neurosurgery")
    d.line(fd(f["lmn"]), 10, h=7)
    mail_to(d, [QHP, "Attn: Appeals", "PO Box 77320", "Columbus, OH 43277"], 9.8)
    d.f(10, "B").multi_cell(0, 5, f"RE: {f['member']}   Member ID {f['mid']}   Reference {f['ref']}\n"
                                  f"Letter of medical necessity - inpatient stay {fd(f['adm'])} to {fd(f['dis'])}",
                            new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("To the reviewing physician:", 10)
    d.para(f"I replaced the vagus nerve stimulator generator of my patient {f['member']} at {HOSP}. I agree that "
           f"most generator changes are same-day surgery. This patient's case was different: the old device had "
           f"reached end of service early, the patient had two breakthrough seizures in the week before surgery, "
           f"and the new generator had to be titrated under observation with continuous EEG available overnight.",
           10)
    d.para("I ask that you reconsider the inpatient admission. The patient went home the next morning once the new "
           "settings were tolerated. Our office notes and the seizure log are enclosed.", 10)
    signature(d, [f"{SURG}, MD", "Neurosurgeon", SURG_GRP], "Respectfully,")
    return out(d)


def corrected_eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="QHP-EOB-200C")
    d.add_page()
    letterhead(d, QHP, "PO Box 77300, Columbus, OH 43277  |  " + f["ph"], "box")
    d.line("Corrected Explanation of Benefits", 13.5, "B", h=7)
    d.line(f"This statement replaces the one we sent on {fd(f['old'])}. This is not a bill.", 9, h=5)
    d.ln(2)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.pairs([("Date of this statement", fd(f["date"])), ("Member", f["member"]), ("ID number", f["mid"]),
             ("Group", f["grp"]), ("Claim number", f["new"]), ("Replaces claim", f["clm"]),
             ("Provider", HOSP), ("Type of bill", "0131 - hospital outpatient")], label_w=44, size=9.2)
    d.ln(2)
    amt = f["amt"]
    allowed = round(amt * 0.41, 2)
    coins = round(allowed * 0.2, 2)
    rows = [[fd(f["adm"]), "61885 / 0360", "Outpatient surgery, generator replacement", usd(amt, ms),
             usd(allowed, ms), usd(allowed - coins, ms), usd(coins, ms)]]
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "Your share"], rows,
            [22, 24, 58, 20, 20, 20, 20], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R"])
    d.para(f"OP1  The hospital sent a corrected claim for the surgery as outpatient surgery. We paid it at the "
           f"outpatient rate. Your share is your 20% coinsurance. Your deductible for the year has been met.", 8.6)
    d.para("If you have questions about this statement call Member Services. You may appeal how this claim was "
           "paid within 180 days of receiving it.", 8.6)
    return out(d)


def appeal_upheld(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="QHP-APL-1U")
    d.add_page()
    letterhead(d, QHP, "Appeals and Grievances  |  PO Box 77320, Columbus, OH 43277", "rule")
    d.line("FIRST-LEVEL APPEAL DECISION", 13, "B", h=7)
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.pairs([("Decision date", fd(f["date"])), ("Appeal no.", f["appeal"]), ("Claim no.", f["clm"]),
             ("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Facility", HOSP),
             ("Dates of stay", f"{fd(f['adm'])} - {fd(f['dis'])}"), ("Billed charges", usd(f["amt"], ms)),
             ("Appeal received", fd(f["recv2"]))], label_w=38, size=9.4)
    d.ln(2)
    d.line("Decision: we upheld the denial", 10.5, "B", h=7)
    d.para(f"A neurosurgeon who was not part of the first decision reviewed your appeal, the letter from Dr. "
           f"{SURG} and the hospital record. The record shows no seizures during the stay and routine vital signs. "
           f"The new generator was programmed in the recovery room. An overnight inpatient stay was not needed; the "
           f"surgery could safely be done as outpatient surgery, which your plan covers. The inpatient claim "
           f"remains denied.", 9.6)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an external review by an independent review organization within 4 months of this "
           "decision. Expedited reviews are decided within 72 hours.", 9.6)
    signature(d, ["Appeals Coordinator", QHP])
    return out(d)


def preservice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{QHP}  PA-DET-3  |  Fax {f['fax']}")
    d.add_page()
    letterhead(d, QHP, SUB, "box")
    d.line("PRIOR AUTHORIZATION DETERMINATION", 12.5, "B", h=7)
    d.line(f"Notice date: {fd(f['date'])}", 9.5, h=6)
    W = 174
    rows = [[("Request no.", f["ref"], 44), ("Received", fd(f["recv"]), 40), ("Member ID", f["mid"], 46),
             ("Group", f["grp"], W - 130)],
            [("Member name", f["member"], 74), ("Date of birth", fd(f["dob"]), 40), ("Plan", f["plan"], W - 114)],
            [("Requesting provider", f"{SURG}, MD", 74), ("NPI", f["npi"], 40), ("Facility", HOSP[:28], W - 114)],
            [("Procedure", "61885 VNS generator replacement", 74), ("Planned date", fd(f["adm"]), 40),
             ("Setting requested", "Inpatient, 1 day", W - 114)]]
    for row in rows:
        x0, y0 = d.get_x(), d.get_y()
        x = x0
        for label, value, w in row:
            d.rect(x, y0, w, 11)
            d.set_xy(x + 1.2, y0 + 0.8)
            d.f(6.3).cell(w - 2.4, 3, label.upper())
            d.set_xy(x + 1.2, y0 + 4.6)
            d.f(9).cell(w - 2.4, 5, value)
            x += w
        d.set_xy(x0, y0 + 11)
    d.ln(4)
    d.line("DECISION", 10.5, "B", h=6)
    d.para(f"Procedure 61885: APPROVED as outpatient (same-day) surgery at {HOSP}, authorization {f['auth']}.", 9.4)
    d.para("Inpatient admission: NOT APPROVED. Reason: the requested setting is not medically necessary. Generator "
           "replacement without lead revision is an outpatient procedure under guideline MP-SOC-114, and the request "
           "does not describe a condition that needs inpatient care. If a complication occurs, the facility must "
           "notify us within 24 hours for a new review.", 9.4)
    d.para("Appeal rights: you, or your provider for you, may appeal within 180 days of the date of this notice. "
           "Urgent (72-hour) appeals: call Utilization Management. This notice is not a guarantee of payment.", 9.4)
    signature(d, ["Utilization Management", QHP], "")
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    r = random.Random(SEED + 1)
    f = facts(r)
    f.update(c1=mixed(r, "26999A99999"), c2=mixed(r, "26999A99999"))
    items.append(Item(P + "bd_member_eob_three_claims", "born_digital",
                      [(eob(f, "slash", "plain"), T(f, "eob", "level_of_care", cases=[f["clm"]],
                                                     dead=days(f["date"], 180), plan=True))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_hospital_itemized_statement", "scan_clean_300",
                      [(hospital_bill(f, "long", "plain"),
                        T(f, "other", None, cases=[f["clm"]], ins=None, uns=["insurer"]))]))
    f = facts(random.Random(SEED + 3))
    items.append(Item(P + "copy_prose_member_letter", "photocopy",
                      [(prose_letter(f, "long", "plain"),
                        T(f, "denial_letter", "level_of_care", cases=[f["clm"]], dead=days(f["date"], 180)))]))
    r = random.Random(SEED + 4)
    f = facts(r)
    f.update(date=f["dis"], recv=f["adm"])
    f["lmn"] = days(f["date"], r.randint(5, 12))
    t1 = T(f, "denial_letter", "level_of_care", cases=[f["ref"]], amount=False, dead=days(f["date"], 60),
           alts={"provider": [SURG]})
    t2 = T(f, "other", None, cases=[f["ref"]], amount=False, prov=SURG, ins=None, uns=["insurer"], grp=False,
           date=f["lmn"], alts={"provider": [SURG_GRP]})
    items.append(Item(P + "faxfine_stack_concurrent_denial_surgeon_letter", "fax_fine_g4",
                      [(concurrent_notice(f, "upper_dmy", "plain"), t1), (surgeon_letter(f, "upper_dmy", "plain"),
                                                                           t2)],
                      separators=["cover", "blank"]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f.update(new=mixed(r, "26999A99999"), old=days(f["date"], -r.randint(40, 60)))
    f["amt"] = round(f["amt"] - f["lines"][0][3], 2)   # the outpatient rebill drops room and board
    items.append(Item(P + "photo_corrected_eob_outpatient_paid", "phone_photo",
                      [(corrected_eob(f, "dmy", "plain"),
                        T(f, "eob", None, cases=[f["new"]], sd=[f["adm"].isoformat()],
                          alts={"case_numbers": [[f["new"], f["clm"]]]}))]))
    r = random.Random(SEED + 6)
    f = facts(r)
    f["recv2"] = days(f["date"], -r.randint(12, 25))
    items.append(Item(P + "rot_first_level_appeal_upheld", "rotated",
                      [(appeal_upheld(f, "iso", "nosign"),
                        T(f, "denial_letter", "level_of_care", cases=[f["appeal"], f["clm"]],
                          dead=days(f["date"], 60)))]))
    r = random.Random(SEED + 7)
    f = facts(r)
    f.update(auth=mixed(r, "OP9999999"), date=days(f["adm"], -r.randint(8, 14)))
    f["recv"] = days(f["date"], -r.randint(2, 5))
    items.append(Item(P + "lowres_preservice_outpatient_only", "scan_lowres_150",
                      [(preservice(f, "abbr", "plain"),
                        T(f, "denial_letter", "level_of_care", cases=[f["ref"]], amount=False,
                          sd=[f["adm"].isoformat()], prov=SURG, plan=True, dead=days(f["date"], 180),
                          alts={"provider": [HOSP], "case_numbers": [[f["ref"], f["auth"]]]}))]))
    return items
