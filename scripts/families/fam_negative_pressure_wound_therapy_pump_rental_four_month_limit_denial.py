"""Family 'negative_pressure_wound_therapy_pump_rental_four_month_limit_denial': an invented commercial plan refuses
the fifth and later rental months of a negative pressure wound therapy (NPWT, "wound vac") pump (E2402 with A6550
dressing sets and A7000 canisters) because the wound showed no measurable healing, under a medical policy that
covers the rental for up to four months and beyond only with documented healing.
Documents: the member letter refusing continued rental (born digital); the wound clinic's progress-note letter
asking for continued therapy (scanned; denies nothing); the DME supplier's invoice for the refused rental month
(photocopy; denies nothing); a standard-fax stack of the provider claim denial and the supplier's appeal letter
(cover before, blank after); a three-claim member EOB refusing only the pump rental (phone photo); the upheld
appeal told only in sentences (sideways); the approval of the first four rental months (low-resolution scan).
Issuers (fictional): Cobalt Ridge Health Plan. Supplier: Keystone Home Medical Supply. Clinic: Tidewater Wound
Healing Center; ordering physician Oriana P. Feldspar, MD.
Truth: provider = the supplier on rental notices and claims (the physician accepted); the physician on the clinic's
letter (the clinic accepted); the refused rental month is a service interval.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from kit_roundcs_famcsf import days, digits, fdate, hrule, letterhead, mail_to, mixed, phone, signature, usd
from public_kit import Page, m2, out

FAMILY = "negative_pressure_wound_therapy_pump_rental_four_month_limit_denial"
LANG = "en"
SEED = 343300
CRH = "Cobalt Ridge Health Plan"
SUP = "Keystone Home Medical Supply"
CLN = "Tidewater Wound Healing Center"
DOC = "Oriana P. Feldspar"
MEMBERS = ["Winifred A. Castellane", "Thaddeus R. Mulgrew", "Ottoline J. Brackenbury", "Leopold S. Haverstock",
           "Clementine D. Rookwood", "Bartholomew K. Ellery", "Ysolde M. Pennington", "Fitzroy L. Ashgrove"]
STREETS = ["58 Cinderhill Road", "2714 Marsh Hawk Lane", "903 Old Ferry Street, Unit 2", "41 Quillen Avenue"]
CITIES = ["Port Ansel, OR 97365", "Dunmore Falls, OR 97132", "Kestrel Bay, OR 97141"]


def facts(r: random.Random) -> dict:
    start = dt.date(2025, 9, 2) + dt.timedelta(days=r.randint(0, 120))
    m5 = days(start, 120)
    rent, dress_u, can_u = float(r.choice([1985, 2140, 2275, 2390])), r.choice([10, 12, 15]), r.choice([3, 4, 5])
    dress, can = r.choice([36.5, 38.25, 41.0]), r.choice([19.75, 21.5, 23.0])
    return dict(start=start, m5=m5, m5e=days(m5, 29), date=days(m5, -r.randint(3, 9)),
                member=r.choice(MEMBERS), addr=[r.choice(STREETS), r.choice(CITIES)],
                mid=mixed(r, "CRX99999999"), grp=mixed(r, "G-999999"), plan=mixed(r, "CR-PPO-A9"),
                ref=mixed(r, "UM26-9999999"), auth=mixed(r, "PA-99999999"), clm=mixed(r, "9999A99999999"),
                appeal=mixed(r, "APL-9999-99999"), npi=r.choice("12") + digits(r, 9), acct=digits(r, 7),
                dob=dt.date(r.randint(1941, 1978), r.randint(1, 12), r.randint(1, 28)), ph=phone(r), fax=phone(r),
                rent=rent, du=dress_u, dp=dress, cu=can_u, cp=can,
                total=round(rent + dress_u * dress + can_u * can, 2))


def T(f, ins, dtype, den, cases=(), dead=None, alts=None, uns=None, amount=None, prov=SUP, span=None,
      grp=False, plan=False, dalts=None, date=None):
    a, b = span or (f["m5"], f["m5e"])
    return truth(dtype, den, "en", insurer=ins, plan_id=f["plan"] if plan else None,
                 group_number=f["grp"] if grp else None, member_id=f["mid"], member_name=f["member"],
                 case_numbers=list(cases), claim_amount=amount, service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
                 denial_date=(date or f["date"]).isoformat(), provider=prov,
                 appeal_deadline=dead.isoformat() if dead else None, alternates=alts or {}, unscored=uns or [],
                 denial_alternates=dalts or [])


POLICY = ("Our medical policy MP-DME-118 (Negative Pressure Wound Therapy Pumps) covers the rental of a pump for up "
          "to four months for one wound. Rental after four months is covered only when the records show measurable "
          "healing, that is, the wound's length, width or depth has become smaller in the last 30 days.")


def member_letter(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="CRH-UM-NPWT-MBR  rev. 08/2025")
    d.add_page()
    letterhead(d, CRH, "Utilization Management  |  PO Box 41920, Salem, OR 97309  |  Member Services " + f["ph"],
               "rule", "Your health. Our commitment.")
    y0 = d.get_y()
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.set_xy(122, y0)
    for k, v in [("Member ID", f["mid"]), ("Group", f["grp"]), ("Date of birth", fd(f["dob"])),
                 ("Reference #", f["ref"]), ("Request received", fd(days(f["date"], -6)))]:
        d.set_x(122)
        d.f(8, "B").cell(30, 5, k)
        d.f(8.4).cell(45, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 36))
    d.line("Notice of Adverse Benefit Determination", 12.5, "B", h=8)
    d.line("Continued rental of a negative pressure wound therapy pump - NOT APPROVED", 10, "B", h=6)
    d.ln(1)
    d.table(["Item", "Code", "Dates requested", "Decision"],
            [["NPWT pump, stationary or portable (rental)", "E2402 RR", f"{fd(f['m5'])} - {fd(f['m5e'])}", "Denied"],
             ["Dressing set, NPWT", "A6550", "same", "Denied"], ["Canister set, NPWT", "A7000", "same", "Denied"]],
            [78, 22, 52, 24], size=8.6)
    d.para(f"Dear {f['member']}: {SUP} asked us, for {DOC}, MD, to keep paying for the rental of your wound pump "
           f"after the first four months. We said no. {POLICY}", 9.6)
    d.para("The wound measurements sent with the request were the same on the last three visits. Because the wound "
           "has not become smaller, a fifth month of pump rental is not medically necessary under the policy. "
           "Your doctor may want to talk with you about other wound treatments.", 9.6)
    d.para(f"The first four months of rental were approved under authorization {f['auth']} and are not affected.", 9.6)
    d.add_page()
    d.line("Your appeal rights", 11, "B", h=7)
    d.para("You, your doctor or someone you name may appeal this decision. You must file your appeal within 180 "
           f"days of the date of this letter. Write to {CRH} Appeals, PO Box 41966, Salem, OR 97309, fax "
           f"{f['fax']}, or call {f['ph']}.", 9.5)
    d.bullets(["Urgent appeals are decided within 72 hours if waiting could seriously harm your health.",
               "After our final decision you may ask for an external review by an independent review organization "
               "within 4 months.",
               "Your doctor may ask for a peer-to-peer review by calling 1-888-404-7719 within 5 business days.",
               "You may ask for free copies of policy MP-DME-118 and of the records we used."], 9.2)
    signature(d, ["Harlan V. Okafor, MD, Medical Director", "Utilization Management, " + CRH])
    return out(d)


def clinic_letter(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(serif=True, footer=None, footer_left=f"{CLN}  |  NPI {f['npi']}  |  Fax {f['fax']}")
    d.add_page()
    letterhead(d, CLN, "1180 Seawall Drive, Suite 210, Port Ansel, OR 97365  |  Phone " + f["ph"], "center",
               "Wound Care  -  Hyperbaric Medicine  -  Limb Preservation")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, ["Utilization Management", CRH, "PO Box 41920", "Salem, OR 97309"], 9.8)
    d.line(f"RE: {f['member']}   DOB {fd(f['dob'])}   ID {f['mid']}", 9.8, "B", h=6)
    d.line(f"Your reference {f['ref']} - request to continue NPWT (E2402)", 9.8, "B", h=6)
    d.ln(2)
    d.para(f"I am writing about my patient, who has a stage 4 pressure injury of the sacrum treated in our clinic "
           f"since {fd(days(f['start'], -9))}. Negative pressure wound therapy was started on {fd(f['start'])} "
           f"with a pump from {SUP}. I am asking that the therapy continue for 30 more days, from "
           f"{fd(f['m5'])} through {fd(f['m5e'])}.", 9.8)
    rows = []
    ln, wd, dp = 7.4, 5.1, 2.2
    for k in range(6):
        md = days(f["m5"], -7 * (6 - k) - 2)
        if k < 3:
            ln, wd, dp = round(ln - 0.6, 1), round(wd - 0.3, 1), round(dp - 0.2, 1)
        rows.append([fd(md), f"{ln:.1f}", f"{wd:.1f}", f"{dp:.1f}", "granular, 80%" if k > 2 else "granular, 60%"])
    d.table(["Visit", "Length (cm)", "Width (cm)", "Depth (cm)", "Wound bed"], rows, [34, 28, 28, 28, 56], size=8.6)
    d.para("The wound shrank steadily in the first months. The last three measurements are unchanged while we treated "
           "a local infection, which has now cleared; we expect measurable progress to resume. Stopping therapy now "
           "risks losing the granulation achieved so far. A flap closure is planned if the wound does not close.",
           9.8)
    d.para("Please call our office if you need the full visit notes or photographs.", 9.8)
    signature(d, [f"{DOC}, MD, CWSP", "Medical Director, " + CLN], "Respectfully,")
    return out(d)


def invoice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left=f"{SUP}  |  Medicare supplier # 0{f['acct']}-0001")
    d.add_page()
    letterhead(d, SUP, "4400 Industrial Way, Bldg C, Dunmore Falls, OR 97132  |  Billing " + f["ph"], "box")
    d.f(16, "B").cell(0, 10, "INVOICE", align="R", new_x="LMARGIN", new_y="NEXT")
    y0 = d.get_y()
    d.f(8, "B").cell(0, 5, "BILL TO", new_x="LMARGIN", new_y="NEXT")
    mail_to(d, [f["member"]] + f["addr"], 9.5)
    d.set_xy(118, y0)
    for k, v in [("Invoice date", fd(f["date"])), ("Customer #", f["acct"]), ("Rental period",
                 f"{fd(f['m5'])} to {fd(f['m5e'])}"), ("Primary insurance", CRH), ("Policy #", f["mid"]),
                 ("Ins. claim ref.", f["clm"]), ("Ordered by", f"{DOC}, MD")]:
        d.set_x(118)
        d.f(8, "B").cell(32, 5, k)
        d.f(8.3).cell(48, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    rows = [["E2402 RR KX", "NPWT pump rental, month 5 of 5", "1", usd(f["rent"], ms), usd(f["rent"], ms)],
            ["A6550", "Dressing set for NPWT", str(f["du"]), usd(f["dp"], ms), usd(f["du"] * f["dp"], ms)],
            ["A7000", "Canister set for NPWT", str(f["cu"]), usd(f["cp"], ms), usd(f["cu"] * f["cp"], ms)]]
    d.table(["HCPCS", "Description", "Qty", "Unit price", "Line total"], rows, [28, 82, 14, 28, 30], size=8.6,
            aligns=["L", "L", "R", "R", "R"])
    d.pairs([("Total charges", usd(f["total"], ms)), ("Insurance paid", usd(0, ms)),
             ("Balance due from patient", usd(f["total"], ms))], label_w=120, size=9.5)
    d.ln(2)
    d.f(8.5, "B").cell(0, 5, "RENTAL HISTORY", new_x="LMARGIN", new_y="NEXT")
    hist = [[f"Month {k + 1}", f"{fd(days(f['start'], 30 * k))} to {fd(days(f['start'], 30 * k + 29))}",
             "Paid by insurance"] for k in range(4)]
    hist.append(["Month 5", f"{fd(f['m5'])} to {fd(f['m5e'])}", "Denied by insurance"])
    d.table(["Month", "Period", "Status"], hist, [30, 80, 60], size=8.2, border=0)
    d.para(f"Your insurance did not pay for month 5. Our records show you signed a financial responsibility form when "
           f"the pump was delivered. If {CRH} changes its decision on appeal we will refund any payment. Please pump "
           "and canisters may be returned at any time; call to schedule a pickup.", 8.8)
    return out(d)


def provider_notice(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="CRH-PRV-CLM-DN")
    d.add_page()
    letterhead(d, CRH, "Provider Services " + f["ph"] + "  |  Claims PO Box 41900, Salem, OR 97309", "right")
    d.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B", h=7)
    d.line(f"Notice date: {fd(f['date'])}", 9.8, h=6)
    d.line(f"To: {SUP}   NPI {f['npi']}   Fax {f['fax']}", 9.5, h=6)
    d.ln(1)
    d.boxed_pairs([("Patient", f["member"]), ("Subscriber ID", f["mid"]), ("Claim number", f["clm"]),
                   ("Dates of service", f"{fd(f['m5'])} - {fd(f['m5e'])}"), ("Billed amount", usd(f["total"], ms)),
                   ("Ordering physician", f"{DOC}, MD"), ("Denial code", "CO-50 / RC N115")], label_w=50, size=9)
    d.para(f"Reason: rental month 5 of the NPWT pump (E2402) and its supplies (A6550, A7000) exceeds the four-month "
           f"limit of policy MP-DME-118 and the documentation shows no measurable wound healing during the prior 30 "
           "days. The service is denied as not medically necessary. Continued rental was not approved (see UM "
           f"reference {f['ref']}).", 9.2)
    d.para("Reconsideration or appeal must be received within 90 days of the date of this notice. Send the wound "
           "measurements and notes for the last 30 days. The member may not be billed unless a signed waiver is on "
           "file. Corrected claims must be submitted within 365 days of the date of service.", 9.2)
    return out(d)


def supplier_appeal(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="")
    d.add_page()
    letterhead(d, SUP, "Reimbursement Department  |  Phone " + f["ph"] + "  |  Fax " + f["fax"], "rule")
    d.line(fd(f["adate"]), 10, h=7)
    mail_to(d, [f"{CRH} - Provider Appeals", "PO Box 41966", "Salem, OR 97309"], 9.8)
    d.line("FIRST-LEVEL PROVIDER APPEAL", 11, "B", h=7)
    d.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Claim #", f["clm"]),
             ("Service period", f"{fd(f['m5'])} - {fd(f['m5e'])}"), ("Amount billed", usd(f["total"], ms))],
            label_w=40, size=9.5)
    d.ln(2)
    d.para(f"We appeal the denial of the claim above, dated {fd(f['date'])}. The patient's wound was treated for a "
           f"local infection during weeks 14 to 16 of therapy, which explains the flat measurements. {DOC}, MD, "
           "documents that the infection has resolved and that the wound is again granulating. Enclosed are her "
           "letter and the wound measurement log.", 9.6)
    d.para("We ask that rental month 5 be paid. Please direct questions to our reimbursement team.", 9.6)
    signature(d, ["Delphine Q. Marchbanks, CRT", "Reimbursement Specialist, " + SUP])
    return out(d)


def eob(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer="Page {n} of {nb}", footer_left="CRH EOB  |  Keep for your records")
    d.add_page()
    d.f(9).cell(0, 5, "Cobalt Ridge", new_x="LMARGIN", new_y="NEXT")
    d.f(17, "B").cell(0, 8, "Health Plan", new_x="LMARGIN", new_y="NEXT")
    hrule(d, 1)
    d.f(12, "B").cell(0, 7, "Explanation of Benefits  -  This is not a bill", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)
    d.pairs([("Statement date", fd(f["date"])), ("Member", f["member"]), ("Member ID", f["mid"]),
             ("Group number", f["grp"]), ("Plan", f["plan"]),
             ("Claims processed", f"{fd(days(f['date'], -31))} through {fd(days(f['date'], -1))}")],
            label_w=40, size=9)
    d.ln(2)
    visit, debr = days(f["m5"], 6), days(f["m5"], 13)
    ov, db = 212.0, 486.5
    d.f(9, "B").cell(0, 6, f"Claim {f['c1']}  -  {CLN}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[fd(visit), "Office visit 99213", usd(ov, ms), usd(131.4, ms), usd(101.4, ms), usd(30, ms), ""]],
            [44, 46, 19, 19, 19, 19, 12], size=8)
    d.f(9, "B").cell(0, 6, f"Claim {f['c2']}  -  {CLN}", new_x="LMARGIN", new_y="NEXT")
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[fd(debr), "Debridement 97597", usd(db, ms), usd(244.8, ms), usd(195.84, ms), usd(48.96, ms), ""]],
            [44, 46, 19, 19, 19, 19, 12], size=8)
    d.f(9, "B").cell(0, 6, f"Claim {f['clm']}  -  {SUP}", new_x="LMARGIN", new_y="NEXT")
    rng = f"{fd(f['m5'])} - {fd(f['m5e'])}"
    d.table(["Date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            [[rng, "NPWT pump rental E2402", usd(f["rent"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "N42"],
             ["", "Dressing sets A6550", usd(f["du"] * f["dp"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "N42"],
             ["", "Canisters A7000", usd(f["cu"] * f["cp"], ms), usd(0, ms), usd(0, ms), usd(0, ms), "N42"],
             ["Total", "", usd(f["total"], ms), usd(0, ms), usd(0, ms), usd(0, ms), ""]],
            [44, 46, 19, 19, 19, 19, 12], size=8, bold_last=True)
    d.para(f"N42  Pump rental past four months is covered only with measurable wound healing (policy MP-DME-118). "
           f"The records do not show healing, so this service is not medically necessary. Your supplier, {SUP}, "
           "cannot bill you unless you signed a waiver.", 8.6)
    d.para("Appeals: you may appeal within 180 days of the date of this statement. Call Member Services at "
           f"{f['ph']} (TTY 711). Urgent appeals: 72 hours. Deductible met this year: {usd(1500, ms)} of "
           f"{usd(1500, ms)}.", 8.6)
    return out(d)


def upheld_prose(f, ds, ms) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="CRH-APL-DEC-2")
    d.add_page()
    letterhead(d, CRH, "Appeals Unit  |  PO Box 41966, Salem, OR 97309", "center")
    d.line(fd(f["date"]), 10, h=7)
    mail_to(d, [f["member"]] + f["addr"], 10)
    d.para(f"Dear {f['member']},", 10)
    d.para(f"On {fd(days(f['date'], -24))} we received your appeal about the wound pump that {SUP} rented to you. "
           f"We gave it appeal number {f['appeal']}. The appeal is about claim {f['clm']}, for the pump, dressings "
           f"and canisters from {fd(f['m5'])} through {fd(f['m5e'])}, which was billed at {usd(f['total'], ms)}.",
           10)
    d.para(f"A wound care physician who was not part of the first decision reviewed the letter from {DOC}, MD, and "
           "the measurement log. The wound was the same size for more than 30 days before the fifth month began. "
           "Our policy covers a pump rental after four months only when the wound is getting smaller. We are "
           "upholding our decision, so the fifth month of rental remains denied as not medically necessary.", 10)
    d.para(f"This is our final internal decision for member ID {f['mid']}. You may ask for an independent external "
           "review within four months of the date you receive this letter. If your health is in serious danger, "
           f"ask for an expedited external review, decided within 72 hours. Call {f['ph']} with questions.", 10)
    signature(d, ["Rosamund E. Tillery, RN", "Appeals Nurse Reviewer, " + CRH])
    return out(d)


def approval(f, ds) -> bytes:
    fd = lambda x: fdate(x, ds)  # noqa: E731
    d = Page(footer=None, footer_left="CRH-UM-APPR")
    d.add_page()
    letterhead(d, CRH, "Utilization Management  |  Fax " + f["fax"], "box")
    d.line("PRIOR AUTHORIZATION APPROVED", 12, "B", h=8)
    d.line(f"Decision date: {fd(f['date'])}", 9.8, h=6)
    d.ln(1)
    d.boxed_pairs([("Authorization #", f["auth"]), ("Member", f["member"]), ("Member ID", f["mid"]),
                   ("Item", "E2402 NPWT pump rental with A6550, A7000"), ("Approved from", fd(f["start"])),
                   ("Approved through", fd(f["aend"])), ("Supplier", SUP), ("Ordering physician", f"{DOC}, MD")],
                  label_w=50, size=9.2)
    d.para("The rental is approved for up to four months. To continue after the approved period, send wound "
           "measurements from the last 30 days at least 10 days before the end date. This approval is not a "
           "guarantee of payment; benefits depend on eligibility when the service is given.", 9.4)
    signature(d, ["Care Review Team", CRH], "")
    return out(d)


def documents(rng) -> list[Item]:
    items, P = [], FAMILY + "_"
    doc_alt = {"provider": [DOC]}
    f = facts(random.Random(SEED + 1))
    items.append(Item(P + "bd_member_notice_continued_rental_denied", "born_digital",
                      [(member_letter(f, "long"),
                        T(f, CRH, "denial_letter", "medical_necessity", cases=[f["ref"]], dead=days(f["date"], 180),
                          grp=True, alts=doc_alt))]))
    f = facts(random.Random(SEED + 2))
    items.append(Item(P + "scan_wound_clinic_progress_letter", "scan_clean_300",
                      [(clinic_letter(f, "slash"),
                        T(f, None, "other", None, cases=[f["ref"]], prov=DOC, uns=["insurer"],
                          alts={"provider": [CLN]}))]))
    f = facts(random.Random(SEED + 3))
    f["date"] = days(f["m5e"], 12)
    items.append(Item(P + "copy_supplier_invoice_month5", "photocopy",
                      [(invoice(f, "abbr", "plain"),
                        T(f, None, "other", None, cases=[f["clm"]], amount=m2(f["total"]), uns=["insurer"],
                          alts=doc_alt))]))
    f = facts(random.Random(SEED + 4))
    f["date"] = days(f["m5e"], 9)
    f["adate"] = days(f["date"], 17)
    t1 = T(f, CRH, "denial_letter", "medical_necessity", cases=[f["clm"]], amount=m2(f["total"]),
           dead=days(f["date"], 90), alts=dict(doc_alt, case_numbers=[[f["clm"], f["ref"]]]))
    t2 = T(f, None, "other", None, cases=[f["clm"]], amount=m2(f["total"]), uns=["insurer"], date=f["adate"],
           alts=doc_alt)
    items.append(Item(P + "faxstd_stack_provider_denial_supplier_appeal", "fax_standard_g4",
                      [(provider_notice(f, "upper_dmy", "plain"), t1), (supplier_appeal(f, "upper_dmy", "plain"), t2)],
                      separators=["cover", "blank"]))
    r = random.Random(SEED + 5)
    f = facts(r)
    f["date"] = days(f["m5e"], 21)
    f.update(c1=mixed(r, "9999A99999999"), c2=mixed(r, "9999A99999999"))
    items.append(Item(P + "photo_member_eob_three_claims", "phone_photo",
                      [(eob(f, "dmy", "nosign"),
                        T(f, CRH, "eob", "medical_necessity", cases=[f["clm"]], amount=m2(f["total"]),
                          dead=days(f["date"], 180), grp=True, plan=True, alts=doc_alt))]))
    f = facts(random.Random(SEED + 6))
    f["date"] = days(f["m5e"], 70)
    items.append(Item(P + "rot_upheld_appeal_prose", "rotated",
                      [(upheld_prose(f, "long", "plain"),
                        T(f, CRH, "denial_letter", "medical_necessity", cases=[f["appeal"], f["clm"]],
                          amount=m2(f["total"]), alts=doc_alt))]))
    f = facts(random.Random(SEED + 7))
    f["date"], f["aend"] = days(f["start"], -3), days(f["start"], 119)
    items.append(Item(P + "lowres_rental_authorization_approved", "scan_lowres_150",
                      [(approval(f, "iso"),
                        T(f, CRH, "other", None, cases=[f["auth"]], span=(f["start"], f["aend"]), alts=doc_alt))]))
    return items
