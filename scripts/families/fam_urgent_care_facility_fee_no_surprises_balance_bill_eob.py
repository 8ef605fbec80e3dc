"""Family 'urgent_care_facility_fee_no_surprises_balance_bill_eob' (invented): an urgent care centre bills its facility
fee as a hospital emergency department visit (revenue code 0450 with 99284); the plan recodes it to the urgent care
rate (S9083) and refuses the emergency facility line; the centre bills the member the difference. Documents: a
three-claim EOB, the centre's bill, the plan's recode letter, an upheld appeal stacked with the centre's corrected
bill, a paid corrected-claim EOB, a prose letter and an overturned appeal.
Invented: Corbelwick Health Alliance (plan), Stonebridge Walk-In Urgent Care (facility), people and numbers.
Decoys: paragraphs quoting No Surprises Act rights (emergency services, 120-day dispute, $400 good-faith-estimate
difference), DOB, NPI, patient account numbers, claim received dates, processing period, 72-hour and 4-month limits,
other claims.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import pdf_bytes, truth
from kit_roundcp_famcpe import (Page, clinician, days, digits, fd, iso, letterhead, m2, mail_to, mixed, money, pairs,
                                person, phone, usd)

FAMILY = "urgent_care_facility_fee_no_surprises_balance_bill_eob"
LANG = "en"
SEED = 339400
PLAN = "Corbelwick Health Alliance"
LINE2 = "Claims Department | 600 Ferrier Plaza, Suite 12 | Salina, KS 67401"
UC = "Stonebridge Walk-In Urgent Care"
NSA = ("Your Rights and Protections Against Surprise Medical Bills: When you get emergency care or are treated by an "
       "out-of-network provider at an in-network hospital or ambulatory surgical center, you are protected from "
       "surprise billing or balance billing. If you are billed more than $400 above a good faith estimate you may "
       "start a dispute within 120 days of the date on the bill. If you believe you have been wrongly billed, "
       "contact the No Surprises Help Desk at 1-800-985-3059.")


def facts(r: random.Random) -> dict:
    date = dt.date(2026, 1, 26) + dt.timedelta(days=r.randint(0, 160))
    dos = days(date, -r.randint(18, 45))
    er = money(r, 900, 1800)
    prof = money(r, 140, 260)
    return dict(member=person(r), date=date, dos=dos, er=er, prof=prof, billed=round(er + prof, 2),
                mid=mixed(r, "CWK999999999"), grp=digits(r, 6), plan=mixed(r, "CHA-EPO-99"),
                claim=mixed(r, "9999999999A"), doc=clinician(r), npi=digits(r, 10), ph=phone(r),
                dob=dt.date(1970 + r.randint(0, 30), r.randint(1, 12), 14), acct=mixed(r, "SB-9999999"),
                ref=mixed(r, "APL-99999-A"), dl=days(date, 180), uc_rate=money(r, 160, 240),
                addr=(f"{r.randint(20, 990)} Gunnersbury Walk", "Salina, KS 67401"))


def T(f, dt_, den, **kw):
    base = dict(insurer=PLAN, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                case_numbers=[f["claim"]], claim_amount=m2(f["billed"]), service_dates=[iso(f["dos"])],
                denial_date=iso(f["date"]), provider=UC, appeal_deadline=iso(f["dl"]) if den else None)
    base.update(kw)
    return truth(dt_, den, "en", **base)


def lines(f):
    return [("0450/99284", "Emergency dept facility fee", f["er"]), ("99213", "Professional visit", f["prof"])]


def eob3(f) -> bytes:
    r = random.Random(9)
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, "parent", PLAN, LINE2.replace(" | ", " - "), parent="A Corbelwick Mutual company")
    d.text_line("Explanation of Benefits", 14, "B", h=7)
    mail_to(d, f["member"], *f["addr"])
    pairs(d, [("Statement date", fd(f["date"], "abbr")), ("Member", f["member"]), ("Member ID", f["mid"]),
              ("Group", f["grp"]), ("Plan", f["plan"]),
              ("Claims processed", f"{fd(days(f['date'], -28), 'abbr')} through {fd(days(f['date'], -1), 'abbr')}")],
          kw=40)
    other = [(mixed(r, "9999999999A"), "Kestrel Pharmacy #118", days(f["dos"], 1), "Rx fill", money(r, 20, 60)),
             (mixed(r, "9999999999A"), "Dr. Anselm Greaves", days(f["dos"], 9), "99214 Follow-up", money(r, 150, 230))]
    rows = []
    for c, prov, s, desc, a in other[:1]:
        rows.append([c, prov[:22], fd(s, "abbr"), desc, usd(a), usd(a * .8), ""])
    for code, desc, a in lines(f):
        rows.append([f["claim"], UC[:22], fd(f["dos"], "abbr"), f"{code} {desc}"[:30], usd(a),
                     "0.00" if code.startswith("0450") else usd(a * .7), "R45" if code.startswith("0450") else ""])
    rows.append(["", "", "", "*Claim total", usd(f["billed"]), "", ""])
    for c, prov, s, desc, a in other[1:]:
        rows.append([c, prov[:22], fd(s, "abbr"), desc, usd(a), usd(a * .8), ""])
    d.table(["Claim", "Provider", "Date", "Service", "Billed", "Plan paid", "Note"], rows,
            [26, 38, 22, 46, 18, 18, 12], size=7.6, aligns="LLLLRRC")
    d.para(f"Claim {f['claim']}: {UC}, treating provider {f['doc']}, PA-C (NPI {f['npi']}).", 8.5)
    d.para("R45 - Revenue code 0450 (hospital emergency department) is not valid for a freestanding urgent care "
           "center. The facility fee was recoded to S9083 (urgent care, global fee) and the emergency line was denied. "
           "The center may send a corrected claim.", 9)
    d.para("If you disagree, you may appeal within 180 days of the date of this statement. Urgent reviews: 72 hours.",
           9)
    d.para(f"Customer Service {f['ph']}", 9)
    return pdf_bytes(d)


def uc_bill(f, corrected=False) -> bytes:
    d = Page()
    d.add_page()
    d.text_line(UC.upper(), 15, "B", h=7)
    d.text_line("2215 Ninth Street - Salina, KS 67401 - Billing (785) 555-0183", 8.5, h=5)
    d.rule(0.6, 3)
    d.text_line("PATIENT STATEMENT" + (" - CORRECTED" if corrected else ""), 12, "B", h=7)
    bal = round(f["billed"] - (f["uc_rate"] if corrected else f["prof"] * .7), 2)
    pairs(d, [("Statement date", fd(f["date"], "slash")), ("Account no.", f["acct"]), ("Patient", f["member"]),
              ("Date of birth", fd(f["dob"], "slash")), ("Insurance", f"{PLAN}  ID {f['mid']}"),
              ("Amount due", usd(bal))], kw=40)
    rows = [[fd(f["dos"], "slash"), c, d_, usd(a)] for c, d_, a in lines(f)]
    rows.append(["*", "", "Total charges", usd(f["billed"])])
    rows.append(["", "", "Insurance payment", "-" + usd(f["uc_rate"] if corrected else f["prof"] * .7)])
    d.table(["Date", "Code", "Description", "Amount"], rows, [30, 30, 70, 30], aligns="LLLR")
    d.para(f"Treating provider: {f['doc']}, PA-C. NPI {f['npi']}.", 9)
    d.para(NSA, 8)
    return pdf_bytes(d)


def recode_letter(f) -> bytes:
    d = Page(foot="CHA-UC-17  Page {p} of {n}")
    d.add_page()
    letterhead(d, "return", PLAN, LINE2)
    d.text_line(fd(f["date"], "long"), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.text_line("Notice of claim adjustment - facility fee recoded", 12, "B", h=7)
    d.boxes([("Member ID", f["mid"], 42), ("Group No.", f["grp"], 30), ("Claim", f["claim"], 40),
             ("Visit", fd(f["dos"], "long"), 44)])
    d.ln(4)
    d.para(f"{UC} billed {usd(f['billed'])} for your visit, including an emergency department facility fee "
           f"(revenue code 0450, level 99284) of {usd(f['er'])}. {UC} is a freestanding urgent care center, not a "
           "hospital emergency department. We recoded the facility fee to the urgent care global code S9083 and "
           "denied the emergency department line because the code billed does not match the place of service.",
           10)
    d.text_line("About surprise billing protections", 10.5, "B", h=6)
    d.para(NSA, 8.5)
    d.para("These protections apply to emergency services. This adjustment is not a denial of emergency care.", 9)
    d.text_line("How to appeal", 10.5, "B", h=6)
    d.para("Send a written appeal within 180 days of the date of this letter. For urgent situations we decide within "
           "72 hours. You may request external review within 4 months after a final decision. Call " + f["ph"] + ".",
           10)
    return pdf_bytes(d)


def upheld(f) -> bytes:
    d = Page()
    d.add_page()
    letterhead(d, "logo", PLAN, LINE2.replace(" | ", ", "), logo="CORBELWICK")
    d.text_line(fd(f["date"], "up"), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    pairs(d, [("Appeal number", f["ref"]), ("Claim number", f["claim"]), ("Member ID", f["mid"]), ("Group", f["grp"]),
              ("Date of service", fd(f["dos"], "up")), ("Facility", UC), ("Billed", usd(f["billed"]))], kw=40)
    d.text_line("Appeal decision: denial upheld", 12, "B", h=7)
    d.para("Our reviewer confirmed that the facility is licensed as an urgent care center. Revenue code 0450 may be "
           "billed only by a hospital emergency department. The recode to S9083 stands and the emergency facility "
           "line remains denied.", 10)
    d.para("This is our final internal decision. You may ask for an external review within 4 months of this "
           "letter.", 10)
    return pdf_bytes(d)


def paid_eob(f) -> bytes:
    d = Page(foot="Page {p} of {n}")
    d.add_page()
    letterhead(d, "return", PLAN, LINE2)
    d.text_line("EXPLANATION OF BENEFITS (THIS IS NOT A BILL)", 12, "B", h=7)
    pairs(d, [("Issue date", fd(f["date"], "iso")), ("Patient", f["member"]), ("ID", f["mid"]),
              ("Group", f["grp"]), ("Claim", f["claim"]), ("Provider", UC), ("Claim received", fd(days(f["date"], -12), "iso"))],
          kw=36)
    rows = [[fd(f["dos"], "iso"), "S9083 Urgent care global", usd(f["er"], "nosign"), usd(f["uc_rate"], "nosign"),
             usd(f["uc_rate"] - 75, "nosign"), "75.00"],
            [fd(f["dos"], "iso"), "99213 Professional", usd(f["prof"], "nosign"), "0.00", "0.00", "0.00"],
            ["*Total", "", usd(f["billed"], "nosign"), "", "", "75.00"]]
    d.table(["Date", "Service", "Charged", "Allowed", "Paid", "Your share"], rows, [24, 52, 24, 24, 24, 24],
            aligns="LLRRRR")
    d.para("Corrected claim processed. Your share is your $75.00 urgent care copay. Because the center is in our "
           "network, it may not bill you for amounts above the allowed amount.", 9.5)
    return pdf_bytes(d)


def prose(f) -> bytes:
    d = Page()
    d.add_page()
    letterhead(d, "parent", PLAN, LINE2.replace(" | ", " - "), parent="A Corbelwick Mutual company")
    d.text_line(fd(f["date"], "dmy"), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    d.para(f"Dear {f['member']},", 10)
    d.para(f"You visited {UC} on {fd(f['dos'], 'dmy')}. The center sent us claim {f['claim']} for {usd(f['billed'])}, "
           "and billed its facility fee as if you had been seen in a hospital emergency room. Because the center is an "
           "urgent care clinic, that code cannot be paid; we paid the visit at the urgent care rate instead and "
           "denied the emergency room charge. Your member ID is " + f["mid"] + " (group " + f["grp"] + ").", 10)
    d.para("You may have read that federal law protects you from surprise bills after emergency care. Those rules "
           "cover emergency departments and out-of-network care at in-network facilities; they do not change how "
           "an urgent care clinic codes its bill.", 10)
    d.para(f"If you want us to look at this again, write to us by {fd(f['dl'], 'dmy')}. Questions: {f['ph']}.", 10)
    return pdf_bytes(d)


def overturned(f) -> bytes:
    d = Page()
    d.add_page()
    letterhead(d, "logo", PLAN, LINE2.replace(" | ", ", "), logo="CORBELWICK")
    d.text_line(fd(f["date"], "slash"), 10, h=6)
    mail_to(d, f["member"], *f["addr"])
    pairs(d, [("Re", f"Appeal {f['ref']} - claim {f['claim']}"), ("Member ID", f["mid"]), ("Group", f["grp"])], kw=30)
    d.text_line("Your appeal was approved", 12, "B", h=7)
    d.para(f"The records show that {UC} treated you on {fd(f['dos'], 'slash')} while it operated as a hospital "
           "outpatient emergency department under the hospital's license. We reversed our earlier decision and will "
           f"pay the emergency facility fee on the {usd(f['billed'])} claim. You owe only your emergency copay.", 10)
    return pdf_bytes(d)


def documents(rng) -> list[Item]:
    out = []
    f = facts(random.Random(SEED + 1))
    out.append(Item(f"{FAMILY}_bd_eob_three_claims", "born_digital",
                    [(eob3(f), T(f, "eob", "coding_error", plan_id=f["plan"], denial_alternates=["level_of_care"],
                                 alternates={"claim_amount": [m2(f["er"])], "provider": [f["doc"]]}))]))
    f = facts(random.Random(SEED + 2))
    out.append(Item(f"{FAMILY}_scan_center_bill", "scan_clean_300",
                    [(uc_bill(f), T(f, "other", None, insurer=None, group_number=None, case_numbers=[],
                                    unscored=["insurer"], alternates={"provider": [f["doc"]]}))]))
    f = facts(random.Random(SEED + 3))
    out.append(Item(f"{FAMILY}_copy_recode_letter", "photocopy",
                    [(recode_letter(f), T(f, "denial_letter", "coding_error", denial_alternates=["level_of_care"]))]))
    f = facts(random.Random(SEED + 4))
    out.append(Item(f"{FAMILY}_faxs_stack_upheld_bill", "fax_standard_g4",
                    [(upheld(f), T(f, "denial_letter", "coding_error", case_numbers=[f["ref"], f["claim"]],
                                   appeal_deadline=None, denial_alternates=["level_of_care"])),
                     (uc_bill(f, corrected=True), T(f, "other", None, insurer=None, group_number=None, case_numbers=[],
                                                    unscored=["insurer"], alternates={"provider": [f["doc"]]}))],
                    separators=["cover", "blank"]))
    f = facts(random.Random(SEED + 5))
    out.append(Item(f"{FAMILY}_rot_paid_corrected_eob", "rotated", [(paid_eob(f), T(f, "eob", None))]))
    f = facts(random.Random(SEED + 6))
    out.append(Item(f"{FAMILY}_phone_prose_letter", "phone_photo",
                    [(prose(f), T(f, "denial_letter", "coding_error", denial_alternates=["level_of_care"]))]))
    f = facts(random.Random(SEED + 7))
    out.append(Item(f"{FAMILY}_lowres_overturned", "scan_lowres_150",
                    [(overturned(f), T(f, "other", None, case_numbers=[f["ref"], f["claim"]],
                                       alternates={"case_numbers": [[f["claim"]]]}))]))
    return out
