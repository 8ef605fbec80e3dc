"""Family 'subrogation_accident_questionnaire_claim_hold_notice': an invented commercial plan refuses the
emergency room and imaging claims that followed an injury until the member returns an accident questionnaire,
so that its third-party liability (subrogation) unit can tell whether another party or an auto or premises
insurer should pay first.

Documents: the claims-hold letter with both claims in a table (born digital); the accident questionnaire
itself (scan; denies nothing); a member EOB with three claims, only the ER claim refused (fine fax); the
reprocessed payment notice once the questionnaire came back (phone photo; denies nothing); a letter about the
imaging claim told only in sentences (sideways); a photocopied stack of the imaging centre's bill (denies
nothing, with its blank duplex back) and the plan's second request; a sidebar letter about a child's ER claim
addressed to the parent (low resolution). Everything invented. Decoys: date of injury, return-by dates
(30 days), first-request date, DOB, NPI, account numbers, other claims, processing periods, 72-hour and
4-month limits, form and plan-section numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "subrogation_accident_questionnaire_claim_hold_notice"
LANG = "en"
SEED = 340000

PLAN = {"org": "Falconhurst Health Assurance", "unit": "Third Party Liability & Recovery Unit",
        "addr": "PO Box 8812, Tessaly Junction, NA 47105", "phone": "1-866-731-5520", "fax": "1-866-731-5529"}
HOSP = "Merriweather Valley Hospital"
IMG = "Brookfall Diagnostic Imaging"
PEOPLE = ["Desmond H. Iwamoto", "Colleen R. Blackwood", "Tobias W. Espinoza", "Nadia L. Kowalczyk",
          "Arjun P. Mwangi", "Yesenia D. Trujillo", "Harold F. Pettigrew"]
CHILD = "Esteban T. Gutierrez"
PARENT = "Marisol V. Gutierrez"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 130))
    er = notice - dt.timedelta(days=r.randint(25, 45))
    return dict(notice=notice, er=er, injury=er - dt.timedelta(days=1), ct=er + dt.timedelta(days=r.randint(3, 8)),
                ref="TPL-" + str(er.year)[2:] + "-" + dg(r, 6), er_claim=dg(r, 4) + "-" + dg(r, 6),
                ct_claim=dg(r, 4) + "-" + dg(r, 6), mid="FHA" + dg(r, 9), group="GRP" + dg(r, 6),
                er_amt=round(r.randint(2400, 6900) + r.choice([0, 0.5, 0.25, 0.6]), 2),
                ct_amt=round(r.randint(900, 2600) + r.choice([0, 0.5, 0.75]), 2),
                dob=dt.date(r.randint(1955, 1998), r.randint(1, 12), r.randint(1, 28)))


def letterhead(p, unit=True):
    p.line(PLAN["org"], 16, "B")
    if unit:
        p.line(PLAN["unit"], 10, "B")
    p.line(f"{PLAN['addr']}  |  {PLAN['phone']}  |  Fax {PLAN['fax']}", 8.5)
    p.ln(5)


def addr(p, name, street):
    p.para(f"{name}\n{street}\nTessaly Junction, NA 47102", 10)


def hold_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="FHA-TPL-HOLD-1")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    addr(p, f["member"], f["street"])
    p.set_y(y)
    p.pairs([("Date", fd(f["notice"], ds)), ("Reference no.", f["ref"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Patient", f["member"])], 28, 9, x=112, h=5)
    p.ln(6)
    p.heading("We need information about your injury before we can pay these claims", 12.5, rule=True)
    p.para(f"The claims below list diagnosis codes for an injury on {fd(f['injury'], ds)}. Under Section 11.3 of "
           "your plan (Third-Party Liability and Right of Recovery), when an injury may have been caused by another "
           "person, or may be covered by auto, homeowner's or workers' compensation insurance, the plan pays only "
           "after it knows how the injury happened. We have denied these claims until we receive the enclosed "
           "Accident Questionnaire.", 9.5)
    p.table(["Claim number", "Provider", "Date of service", "Amount billed", "Status"],
            [[f["er_claim"], HOSP, fd(f["er"], ds), money(f["er_amt"]), "Denied - TPL"],
             [f["ct_claim"], IMG, fd(f["ct"], ds), money(f["ct_amt"]), "Denied - TPL"],
             ["", "", "Total billed", money(f["er_amt"] + f["ct_amt"]), ""]],
            [30, 58, 30, 28, 28], size=8.5, bold_last=True)
    p.heading("What you need to do", 11)
    p.para(f"Complete, sign and return form FHA-TPL-10 within 30 days, by {fd(f['notice'] + dt.timedelta(days=30), ds)}. "
           "If no one else is responsible, just say so on the form; we will then process the claims under your "
           "normal benefits. You may also call us to answer the questions by phone.", 9.5)
    p.heading("If you disagree", 11)
    p.para(f"You may appeal within 180 days of the date of this letter by writing to Falconhurst Appeals, "
           f"{PLAN['addr']}. Urgent appeals are decided within 72 hours. After a final internal decision you may ask "
           "for an external review within 4 months.", 9)
    return out(p)


def questionnaire(f, ds):
    p = Page(footer="Form FHA-TPL-10 (rev. 01/2026)", footer_left="Return to: " + PLAN["unit"])
    p.add_page()
    letterhead(p)
    p.line("ACCIDENT / INJURY QUESTIONNAIRE", 13, "B", align="C")
    p.ln(2)
    p.boxed_pairs([("Date sent", fd(f["notice"], ds)), ("Reference number", f["ref"]),
                   ("Patient name", f["member"]), ("Member ID", f["mid"]), ("Group number", f["group"]),
                   ("Date of injury on claims", fd(f["injury"], ds)),
                   ("Please return by", fd(f["notice"] + dt.timedelta(days=30), ds))], 60, 9.5)
    qs = ["1. How did the injury happen? (describe briefly) ______________________________________________",
          "2. Was this a motor vehicle accident?   [ ] Yes   [ ] No    Auto insurer / policy no.: ____________",
          "3. Did the injury happen at work?   [ ] Yes   [ ] No    Employer: _____________________________",
          "4. Did it happen on someone else's property (store, home, rental)?   [ ] Yes   [ ] No",
          "5. Have you hired an attorney about this injury?   [ ] Yes   [ ] No    Attorney phone: __________",
          "6. Has any other insurance paid or been billed for your care?   [ ] Yes   [ ] No"]
    for q in qs:
        p.para(q, 9.5, gap=3)
    p.ln(3)
    p.para("I confirm that the answers above are true. I agree to tell the plan about any settlement or payment I "
           "receive for this injury.", 9)
    p.para("Signature of member ______________________________     Date ______________", 9.5)
    p.para("This form is not a bill and not a claim decision.", 8.5)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="FHA-EOB-26")
    p.add_page()
    letterhead(p, unit=False)
    p.line("Explanation of Benefits", 14, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Subscriber / patient", f["member"]),
             ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Period", f"claims processed {fd(f['notice'] - dt.timedelta(days=31), ds)} to "
                        f"{fd(f['notice'] - dt.timedelta(days=2), ds)}")], 40, 9)
    p.ln(2)
    rows = [[cl, prov, fd(d, ds), money(b, "nosign"), a, pd, yo, c] for cl, prov, d, b, a, pd, yo, c in f["claims"]]
    p.table(["Claim #", "Provider", "Service date", "Billed", "Allowed", "Paid by plan", "Your share", "Code"],
            rows, [24, 46, 22, 20, 18, 18, 18, 14], size=7.5)
    p.heading("What the codes mean", 9.5)
    p.para("TP1 - This claim is for an injury. It is denied until we receive the accident questionnaire sent to you "
           f"under reference {f['ref']}. Return the questionnaire or call {PLAN['phone']}; the claim will then be "
           "reprocessed.  P0 - Paid according to your benefits.", 8)
    p.para("Appeal rights: you may file an appeal within 180 days of the date of this EOB. Urgent appeals are decided "
           "within 72 hours.", 8)
    return out(p)


def reprocessed(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="FHA-EOB-ADJ")
    p.add_page()
    p.line(PLAN["org"], 15, "B", align="R")
    p.line("Claim Payment Notice - Reprocessed Claim", 11, "B", align="R")
    p.ln(5)
    p.pairs([("Date issued", fd(f["notice"], ds)), ("Member", f["member"]), ("Member number", f["mid"]),
             ("Group", f["group"]), ("New claim number", f["new_claim"]), ("Replaces claim", f["ct_claim"]),
             ("Provider", IMG), ("Questionnaire received", fd(f["notice"] - dt.timedelta(days=12), ds))], 46, 9.5)
    p.ln(2)
    p.table(["Date of service", "Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [[fd(f["ct"], ds), "CT cervical spine w/o contrast (72125)", money(f["ct_amt"]),
              money(f["ct_allowed"]), money(f["ct_allowed"] - 50), "$50.00"]], [28, 64, 22, 22, 20, 18], size=8.5)
    p.para("You told us that no other person or insurance is responsible for your injury. We have reprocessed the "
           "claim under your normal benefits and sent payment to the provider. Your share is the imaging copay.", 9.5)
    return out(p)


def prose(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    addr(p, f["member"], f["street"])
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"On {fd(f['ct'], ds)}, {IMG} performed a CT scan of your neck and sent us a bill for "
           f"{money(f['ct_amt'])}, which we received as claim {f['ct_claim']}. The diagnosis on the bill says the "
           f"scan was needed because of an injury, and the file for your member ID {f['mid']} does not yet tell us "
           "how that injury happened.", 10)
    p.para(f"Your plan pays for injury care only after we know whether another person or another insurer, such as "
           f"an auto policy, should pay first. We sent you an accident questionnaire under file {f['ref']}, and we "
           "have not received it back. For that reason we have denied the claim for now. As soon as you return the "
           "questionnaire, or call us with the answers, we will look at the claim again.", 10)
    p.para("If you believe we are wrong, you have the right to appeal within 180 days of the date of this letter. "
           "Please include a copy of this letter with your appeal.", 10)
    p.para("Sincerely,\nRecovery Specialist, Falconhurst Health Assurance", 10)
    return out(p)


def imaging_bill(f, ds):
    p = Page(footer=None, footer_left=f"{IMG}  -  Tax ID on file  -  Billing questions 1-888-402-7719")
    p.add_page()
    p.line(IMG, 15, "B")
    p.line("44 Kettering Road, Tessaly Junction, NA 47101", 8.5)
    p.ln(5)
    p.pairs([("Statement date", fd(f["bill_date"], ds)), ("Account #", f["acct"]), ("Patient", f["member"]),
             ("Date of birth", fd(f["dob"], ds)), ("Insurance on file", f"{PLAN['org']} - Member ID {f['mid']}")],
            40, 9.5)
    p.ln(2)
    p.table(["Date", "Description", "Charges", "Credits"],
            [[fd(f["ct"], ds), "CT cervical spine without contrast (72125)", money(f["ct_amt"], "nosign"), ""],
             [fd(f["bill_date"] - dt.timedelta(days=8), ds), "Insurance denied - accident info requested", "",
              "0.00"]], [28, 96, 25, 25], size=8.5)
    p.pairs([("Amount due from you", money(f["ct_amt"]))], 50, 10.5)
    p.ln(2)
    p.para("Your insurance company is waiting for accident information from you. Please contact them, then let "
           "us know, and we will rebill. If this injury was from a car accident, give us your auto insurance "
           "claim number.", 9.5)
    return out(p)


def second_request(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="FHA-TPL-HOLD-2")
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f["member"], f["street"])
    p.line("SECOND REQUEST - ACCIDENT QUESTIONNAIRE", 12, "B")
    p.ln(1)
    p.pairs([("Our reference", f["ref"]), ("Identification no.", f["mid"]), ("Patient", f["member"]),
             ("Claim", f["ct_claim"]), ("Provider", IMG), ("Service date", fd(f["ct"], ds)),
             ("Charges", money(f["ct_amt"], "nosign"))], 38, 9.5)
    p.ln(2)
    p.para(f"We wrote to you on {fd(f['first'], ds)} and asked you to complete an accident questionnaire. We have "
           "not received it. The claim above stays denied until we do. If we do not hear from you, no further "
           "claims for this injury will be paid.", 10)
    p.para(f"Appeal deadline: {fd(f['notice'] + dt.timedelta(days=180), ds)}. You may ask for an appeal in writing "
           "before that date.", 10)
    return out(p)


def child_sidebar(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="FHA-TPL-DEP")
    p.add_page()
    letterhead(p)
    top = p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(18, top, 54, 118, style="F")
    p.set_y(top + 3)
    side = [("Notice date", fd(f["notice"], ds)), ("Subscriber", PARENT), ("Patient", CHILD),
            ("Identification No.", f["mid"]), ("Group", f["group"]), ("File number", f["ref"]),
            ("Claim number", f["er_claim"]), ("Date of service", fd(f["er"], ds)),
            ("Billed charges", money(f["er_amt"], "usd")),
            ("Patient birth date", fd(dt.date(2014, f["dob"].month, f["dob"].day), ds))]
    for k, v in side:
        p.set_x(20)
        p.f(7.5, "B").cell(50, 4, k.upper(), new_x="LMARGIN", new_y="NEXT")
        p.set_x(20)
        p.f(9).cell(50, 5, v, new_x="LMARGIN", new_y="NEXT")
        p.ln(1.2)
    p.set_left_margin(78)
    p.set_y(top)
    p.para(f"{PARENT}\n{f['street']}\nTessaly Junction, NA 47102", 10)
    p.heading(f"About the emergency room claim for {CHILD.split()[0]}", 12)
    p.para(f"{HOSP} billed us for emergency care given to your son {CHILD}. The claim shows an injury, "
           "so we mailed an accident questionnaire to you. We have not received it, and the claim has been "
           "denied until it is returned.", 9.5)
    p.para("Please tell us how the injury happened (for example a fall at school, a sports injury, a car "
           "accident), and whether any other insurance such as a school accident policy may pay. Return the form "
           "within 30 days.", 9.5)
    p.para("You may appeal this decision within 180 days of the date on this notice. Send your appeal to the "
           "address above. Expedited appeals: 72 hours. External review: within 4 months of a final decision.", 9)
    p.set_left_margin(18)
    return out(p)


ITEMS = [
    ("bd_claims_hold_letter_two_claims", "born_digital", "hold", "abbr"),
    ("scan300_accident_questionnaire_form", "scan_clean_300", "form", "slash"),
    ("faxfine_eob_three_claims_er_held", "fax_fine_g4", "eob", "slash"),
    ("photo_reprocessed_payment_notice", "phone_photo", "paid", "dmy"),
    ("rotated_imaging_claim_prose_letter", "rotated", "prose", "long"),
    ("copy_stack_imaging_bill_second_request", "photocopy", "stack", "upper"),
    ("lowres_child_er_claim_sidebar", "scan_lowres_150", "child", "updash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Larkspur Bend"
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        dl = (f["notice"] + dt.timedelta(days=180)).isoformat()
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], denial_date=nd)
        if kind == "hold":
            t = truth("denial_letter", "other", group_number=f["group"],
                      case_numbers=[f["ref"], f["er_claim"], f["ct_claim"]],
                      claim_amount=m2(f["er_amt"] + f["ct_amt"]),
                      service_dates=[f["er"].isoformat(), f["ct"].isoformat()], provider=HOSP, appeal_deadline=dl,
                      alternates={"provider": [IMG], "claim_amount": [m2(f["er_amt"])],
                                  "case_numbers": [[f["er_claim"], f["ct_claim"]]]}, **common)
            items.append(Item(name, cond, [(hold_letter(f, ds), t)]))
        elif kind == "form":
            t = truth("other", None, group_number=f["group"], case_numbers=[f["ref"]], **common)
            items.append(Item(name, cond, [(questionnaire(f, ds), t)]))
        elif kind == "eob":
            r2 = random.Random(SEED + 50)
            f["claims"] = [
                (dg(r2, 4) + "-" + dg(r2, 6), "Tessaly Family Medicine", f["er"] - dt.timedelta(days=20),
                 186.00, "121.30", "96.30", "25.00", "P0"),
                (f["er_claim"], HOSP, f["er"], f["er_amt"], "0.00", "0.00", "0.00", "TP1"),
                (dg(r2, 4) + "-" + dg(r2, 6), "Juniper Row Pharmacy Svcs", f["er"] + dt.timedelta(days=1),
                 58.40, "22.10", "12.10", "10.00", "P0")]
            t = truth("eob", "other", group_number=f["group"], case_numbers=[f["er_claim"]],
                      claim_amount=m2(f["er_amt"]), service_dates=[f["er"].isoformat()], provider=HOSP,
                      appeal_deadline=dl, alternates={"case_numbers": [[f["er_claim"], f["ref"]]]}, **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "paid":
            f["new_claim"] = dg(r, 4) + "-" + dg(r, 6)
            f["ct_allowed"] = round(f["ct_amt"] * 0.46, 2)
            t = truth("eob", None, group_number=f["group"], case_numbers=[f["new_claim"], f["ct_claim"]],
                      claim_amount=m2(f["ct_amt"]), service_dates=[f["ct"].isoformat()], provider=IMG,
                      alternates={"case_numbers": [[f["new_claim"]]]}, **common)
            items.append(Item(name, cond, [(reprocessed(f, ds), t)]))
        elif kind == "prose":
            t = truth("denial_letter", "other", case_numbers=[f["ct_claim"], f["ref"]], claim_amount=m2(f["ct_amt"]),
                      service_dates=[f["ct"].isoformat()], provider=IMG, appeal_deadline=dl,
                      alternates={"case_numbers": [[f["ct_claim"]]]}, **common)
            items.append(Item(name, cond, [(prose(f, ds), t)]))
        elif kind == "stack":
            f["bill_date"] = f["notice"] - dt.timedelta(days=r.randint(5, 12))
            f["first"] = f["notice"] - dt.timedelta(days=r.randint(35, 45))
            f["acct"] = "BDI" + dg(r, 7)
            t1 = truth("other", None, insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"],
                       claim_amount=m2(f["ct_amt"]), service_dates=[f["ct"].isoformat()],
                       denial_date=f["bill_date"].isoformat(), provider=IMG, unscored=["insurer"])
            t2 = truth("denial_letter", "other", case_numbers=[f["ref"], f["ct_claim"]], claim_amount=m2(f["ct_amt"]),
                       service_dates=[f["ct"].isoformat()], provider=IMG, appeal_deadline=dl,
                       alternates={"case_numbers": [[f["ct_claim"]]]}, **common)
            items.append(Item(name, cond, [(imaging_bill(f, ds), t1), (second_request(f, ds), t2)],
                              separators=["duplex", None]))
        else:
            t = truth("denial_letter", "other", insurer=PLAN["org"], member_id=f["mid"], member_name=CHILD,
                      group_number=f["group"], case_numbers=[f["ref"], f["er_claim"]], claim_amount=m2(f["er_amt"]),
                      service_dates=[f["er"].isoformat()], denial_date=nd, provider=HOSP, appeal_deadline=dl,
                      alternates={"case_numbers": [[f["er_claim"]]]})
            items.append(Item(name, cond, [(child_sidebar(f, ds), t)]))
    return items
