"""Family 'cerumen_removal_bundled_with_office_visit_coding_eob': impacted cerumen removal (69210) billed with an
office visit (99213/99214) the same day; the plan refuses the removal as bundled into the visit or for a missing
modifier 25 on the visit, pays the visit; the practice sends a corrected claim that is paid.

Documents: member EOB (visit paid, 69210 refused); the practice's letter to the patient about the corrected claim
(denies nothing); a fax stack of a provider remittance advice with three patients (ours refused CO-97) and, after
a blank page, the corrected claim's paid EOB; an upheld appeal letter; a family EOB with three claims where only
the child's claim is refused; a prose claim-adjustment letter with the facts only in sentences; the corrected claim
paid (low resolution). Everything invented. Decoys: DOB, NPI, tax ID, check/EFT numbers, received dates, account
numbers, other claims and patients, external-review and 72-hour limits, form numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "cerumen_removal_bundled_with_office_visit_coding_eob"
LANG = "en"
SEED = 336800

INS = {"org": "Larkspur Mutual Health Plan", "addr": "PO Box 11873, Wexley Falls, MN 55934",
       "phone": "1-877-418-6620"}
TPA = {"org": "Copperline Benefit Administrators", "plan": "Halvorsen Tool & Die Employee Health Plan",
       "addr": "2150 Gantry Blvd, Suite 300, Millbrook, WI 53094", "phone": "1-844-201-7735"}
PRACTICES = [("Alder Bend Family Medicine", "Dr. Ingrid Pemberton"),
             ("Rushford Ear, Nose & Throat Associates", "Dr. Marcus Oduya"),
             ("Quillan Street Pediatrics", "Dr. Sunita Valdez-Hart")]
PEOPLE = ["Lorraine V. Kessler", "Percy A. Underhill", "Naomi G. Fairchild", "Gideon T. Lomax",
          "Harriet E. Winslow", "Anselm R. Prescott", "Odette M. Greer"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def upd(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y").upper()


def fd(d, ds):
    return upd(d) if ds == "updash" else fdate(d, ds)


def base(r: random.Random, i: int) -> dict:
    notice = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 150))
    dos = notice - dt.timedelta(days=r.randint(18, 40))
    prac, doc = PRACTICES[i % 3]
    em = r.choice([("99213", "Office visit, est. patient, low"), ("99214", "Office visit, est. patient, moderate")])
    return dict(notice=notice, dos=dos, prac=prac, doc=doc, em=em, npi="1" + dg(r, 9), tin="8" + dg(r, 1) + "-" + dg(r, 7),
                emfee=float(r.randint(138, 245)), cfee=float(r.randint(92, 168)) + r.choice([0, .5]),
                claim=f"{dos.strftime('%y')}{dg(r, 3)}E{dg(r, 6)}", mid="LMH" + dg(r, 8), group=str(r.randint(10000, 99999)) + "-0" + str(r.randint(1, 9)),
                dob=dt.date(r.randint(1950, 2000), r.randint(1, 12), r.randint(1, 28)),
                acct="PT" + dg(r, 6), recv=dos + dt.timedelta(days=r.randint(3, 9)))


def header(p: Page, org: dict, tpa_for: str | None = None):
    p.line(org["org"], 15, "B")
    if tpa_for:
        p.line(f"Claims administrator for the {tpa_for}", 9)
    p.line(f"{org['addr']}  ·  Customer Service {org['phone']}", 8.5)
    p.ln(3)


def member_eob(f: dict, ds: str, paid_corrected: bool = False) -> bytes:
    org = TPA if f.get("tpa") else INS
    p = Page(footer="Page {n} of {nb}", footer_left="LMH-EOB-07 (rev. 01/26)" if not f.get("tpa") else "CBA 4410")
    p.add_page()
    header(p, org, TPA["plan"] if f.get("tpa") else None)
    p.line("Explanation of Benefits" + (" - Corrected Claim" if paid_corrected else ""), 13, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(2)
    p.pairs([("Date issued", fd(f["notice"], ds)), ("Patient", f["member"]), ("Member ID", f["mid"]),
             ("Group", f["group"]), ("Claim number", f["claim"]), ("Provider", f"{f['doc']}, {f['prac']}"),
             ("Received", fd(f["recv"], ds))], 38, 9.5)
    if paid_corrected:
        p.para(f"This claim replaces claim {f['orig']}, which was processed on {fd(f['orig_date'], ds)}.", 9)
    p.ln(1)
    em, c = f["em"], ("69210", "Remove impacted ear wax, unilateral")
    if paid_corrected:
        ea, ca = round(f["emfee"] * .62, 2), round(f["cfee"] * .58, 2)
        rows = [[fd(f["dos"], ds), em[0] + "-25", em[1], money(f["emfee"]), money(ea), money(ea - 30), "30.00", "P1"],
                [fd(f["dos"], ds), c[0], c[1], money(f["cfee"]), money(ca), money(ca), "0.00", "P1"]]
    else:
        ea = round(f["emfee"] * .62, 2)
        rows = [[fd(f["dos"], ds), em[0], em[1], money(f["emfee"]), money(ea), money(ea - 30), "30.00", "P1"],
                [fd(f["dos"], ds), c[0], c[1], money(f["cfee"]), "$0.00", "$0.00", "0.00", "B97"]]
    rows.append(["Claim total", "", "", money(f["emfee"] + f["cfee"]), "", "", "", ""])
    p.table(["Service date", "Code", "Description", "Billed", "Allowed", "Plan paid", "Your share", "Note"], rows,
            [27, 14, 55, 17, 17, 17, 17, 14], size=7.5, bold_last=True)
    p.para("P1 - Processed under your in-network benefits. Your share is your office visit copay.", 8.5)
    if not paid_corrected:
        p.para("B97 - The ear wax removal is considered part of the office visit billed on the same day and is not "
               "paid separately. If the visit was a significant, separately identifiable service, the provider may "
               "send a corrected claim with modifier 25. You are not responsible for this amount.", 8.5)
        p.para("Appeal rights: you may appeal within 180 days of the date of this statement. Urgent appeals are "
               "decided within 72 hours. You may also have the right to an external review.", 8.5)
    return out(p)


def family_eob(f: dict, ds: str) -> bytes:
    p = Page(footer="{n} of {nb}")
    p.add_page()
    header(p, INS)
    p.line("Family Explanation of Benefits", 13, "B")
    p.pairs([("Statement date", fd(f["notice"], ds)), ("Subscriber", f["sub"]), ("Member ID", f["mid"]),
             ("Group no.", f["group"])], 38, 9.5)
    p.ln(2)
    blocks = [
        (f["spouse"], f["c2"], "Cedar Hollow Laboratory", [[fd(f["d2"], ds), "80053", "Metabolic panel", 64.00, 18.22, 18.22, 0, "P1"]]),
        (f["member"], f["claim"], f["doc"],
         [[fd(f["dos"], ds), f["em"][0], f["em"][1][:26], f["emfee"], round(f["emfee"] * .6, 2), round(f["emfee"] * .6 - 25, 2), 25, "P1"],
          [fd(f["dos"], ds), "69210", "Impacted cerumen removal", f["cfee"], 0, 0, 0, "M25"]]),
        (f["sub"], f["c3"], "Dr. Gwendolyn Ashcroft", [[fd(f["d3"], ds), "99396", "Preventive visit 40-64", 290.00, 201.40, 201.40, 0, "P2"]]),
    ]
    for who, cl, prov, lines in blocks:
        p.f(9, "B")
        p.cell(0, 5.5, f"Patient: {who}    Claim {cl}    Provider: {prov}", border="B", new_x="LMARGIN", new_y="NEXT")
        rows = [[a, b, c, money(d), money(e), money(g), money(h), n] for a, b, c, d, e, g, h, n in lines]
        rows.append(["Claim total", "", "", money(sum(x[3] for x in lines)), "", "", "", ""])
        p.table(["Date", "Code", "Service", "Charged", "Allowed", "Paid", "You owe", "Code"], rows,
                [24, 15, 50, 20, 20, 20, 18, 13], size=7.8, bold_last=True)
    p.para("P1 In-network; your share is copay/coinsurance. P2 Preventive care paid at 100%.", 8.5)
    p.para("M25 Procedure 69210 is included in the evaluation and management service on the same date unless the "
           "visit is billed with modifier 25. Not separately payable. The provider may not bill you.", 8.5)
    p.para("To appeal a claim decision, write to us within 180 days of the date of this statement.", 8.5)
    return out(p)


def practice_letter(f: dict, ds: str) -> bytes:
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(f["prac"], 15, "B")
    p.line(f"3311 Orchard Gap Road, Wexley Falls, MN 55931  ·  (507) 555-01{f['npi'][-2:]}  ·  Tax ID {f['tin']}", 8.5)
    p.ln(6)
    p.line(fd(f["notice"] + dt.timedelta(days=6), ds), 10)
    p.ln(4)
    p.line(f"Patient: {f['member']}   Account: {f['acct']}   DOB: {fd(f['dob'], ds)}", 10)
    p.ln(3)
    p.para(f"Dear {f['member'].split()[0]},", 10.5)
    p.para(f"Your insurance, {INS['org']}, did not pay for the ear wax removal {f['doc']} performed at your visit "
           f"on {fd(f['dos'], ds)} (claim {f['claim']}). Our coder found that the visit was sent without modifier "
           "25, which tells the plan that the visit and the procedure were separate services. This was our error.",
           10.5)
    p.para("We have sent a corrected claim. You do not need to do anything, and you will not be billed while the "
           "plan reprocesses it. Your balance today is $0.00.", 10.5)
    p.para("Warm regards,\nBilling Office", 10.5)
    return out(p)


def remittance(f: dict, ds: str) -> bytes:
    p = Page(footer="Page {n} of {nb}", footer_left="835-PRINT")
    p.add_page()
    p.line(INS["org"] + " - Provider Remittance Advice", 12, "B")
    p.pairs([("Payee", f"{f['prac']}   NPI {f['npi']}   TIN {f['tin']}"), ("Remit date", fd(f["notice"], ds)),
             ("EFT trace", dg(random.Random(f["npi"]), 10))], 30, 9)
    p.ln(2)
    rows = []
    for pt, mid, cl, code, dos, ch, pd, carc in f["ra"]:
        rows.append([pt, mid, cl, fd(dos, "slash"), code, money(ch, "nosign"), money(pd, "nosign"), carc])
    p.table(["Patient", "Member ID", "Claim #", "DOS", "Proc", "Billed", "Paid", "Adj"], rows,
            [40, 26, 32, 20, 14, 18, 16, 16], size=7.5)
    p.para("CO-97: The benefit for this service is included in the payment for another service performed on the same "
           "date. N20: Service not payable with other service rendered on the same date. PR-3: copay.", 8)
    p.para("Provider disputes must be received within 90 days of the remit date.", 8)
    return out(p)


def upheld(f: dict, ds: str) -> bytes:
    p = Page(footer=None, footer_left="LMH-APL-2 (2026)")
    p.add_page()
    header(p, INS)
    p.line(fd(f["notice"], ds), 10)
    p.ln(3)
    p.line(f["member"], 10)
    p.ln(3)
    p.line("Appeal Decision - Denial Upheld", 13, "B")
    p.ln(1)
    p.pairs([("Appeal number", f["appeal"]), ("Claim", f["claim"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Provider", f["doc"]), ("Service", f"69210 cerumen removal, {fd(f['dos'], ds)}"),
             ("Amount billed", money(f["cfee"]))], 36, 9.5)
    p.ln(2)
    p.para(f"We received your appeal on {fd(f['notice'] - dt.timedelta(days=24), ds)}. A certified coder and a "
           "physician reviewer read the office note. The note documents the removal of impacted cerumen with "
           "curette but no separate problem was evaluated; the visit was for the ear complaint that led to the "
           "removal. The removal is therefore included in the office visit and our denial is upheld.", 10)
    p.para("This is our final internal decision. You may ask for an external review by an independent review "
           "organization within 4 months of receiving this letter. If your situation is urgent, an expedited "
           "external review is decided within 72 hours.", 10)
    return out(p)


def prose(f: dict, ds: str) -> bytes:
    p = Page(footer=None)
    p.add_page()
    header(p, TPA, TPA["plan"])
    p.line(fd(f["notice"], ds), 10)
    p.ln(4)
    p.para(f"{f['member']}\n4410 Fenwick Avenue\nDuluth, MN 55802", 10)
    p.ln(2)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para(f"We reviewed the claim {f['doc']} sent for your visit on {fd(f['dos'], ds)}. The claim, number "
           f"{f['claim']}, billed {money(f['emfee'] + f['cfee'])} for an office visit and the removal of impacted "
           f"ear wax from one ear. Your member ID is {f['mid']}.", 10)
    p.para("We paid the office visit. We did not pay the ear wax removal (CPT 69210) because it was billed with an "
           "office visit that had no modifier 25. Under the plan's coding edits, a procedure done at a visit is "
           "part of that visit unless the provider shows that the visit was a separate service.", 10)
    p.para("If you or your provider disagree, you may appeal within 180 days of the date of this letter. Your "
           "provider may also send a corrected claim. Please keep this letter with your records.", 10)
    p.para("Sincerely,\nClaims Review Unit", 10)
    return out(p)


PLAN = [
    ("bd_eob_visit_paid_69210_bundled", "born_digital", "eob", "long"),
    ("scan300_practice_letter_corrected_claim", "scan_clean_300", "letter", "abbr"),
    ("faxfine_stack_remittance_blank_corrected_paid", "fax_fine_g4", "stack", "iso"),
    ("copy_appeal_upheld", "photocopy", "upheld", "dmy"),
    ("photo_family_eob_three_claims", "phone_photo", "family", "slash"),
    ("rotated_tpa_prose_adjustment_letter", "rotated", "prose", "updash"),
    ("lowres_corrected_claim_paid", "scan_lowres_150", "paid", "slash"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(PLAN):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["member"] = PEOPLE[i]
        f["appeal"] = "APL-" + dg(r, 8)
        total = m2(f["emfee"] + f["cfee"])
        sd = [f["dos"].isoformat()]
        prov_alt = {"provider": [f["prac"]]}
        common = dict(member_name=f["member"], service_dates=sd, provider=f["doc"], member_id=f["mid"])
        if kind == "eob":
            t = truth("eob", "coding_error", insurer=INS["org"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=total, denial_date=f["notice"].isoformat(),
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates={**prov_alt, "claim_amount": [m2(f["cfee"])]}, **common)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(member_eob(f, ds), t)]))
        elif kind == "letter":
            t = truth("other", None, insurer=None, case_numbers=[f["claim"]],
                      denial_date=(f["notice"] + dt.timedelta(days=6)).isoformat(), unscored=["insurer"],
                      alternates={**prov_alt, "member_id": [None], "case_numbers": [[]], "service_dates": [[]]},
                      **{**common, "member_id": None})
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(practice_letter(f, ds), t)]))
        elif kind == "stack":
            r2 = random.Random(SEED + 50)
            others = [("HOLLOWAY, BRENT J", "LMH" + dg(r2, 8), dg(r2, 2) + "117E" + dg(r2, 6), "99213", 168.0, 72.4, "PR-3"),
                      ("MARCHETTI, ROSA L", "LMH" + dg(r2, 8), dg(r2, 2) + "208E" + dg(r2, 6), "99214", 232.0, 118.9, "PR-3")]
            last, first = f["member"].split()[-1].upper(), " ".join(f["member"].split()[:2]).upper()
            f["ra"] = [(others[0][0], others[0][1], others[0][2], "99213", f["dos"] - dt.timedelta(days=2), 168.0, 72.4, "PR-3"),
                       (f"{last}, {first}", f["mid"], f["claim"], "69210", f["dos"], f["cfee"], 0.0, "CO-97 N20"),
                       (others[1][0], others[1][1], others[1][2], "99214", f["dos"] + dt.timedelta(days=1), 232.0, 118.9, "PR-3")]
            t1 = truth("eob", "coding_error", insurer=INS["org"], case_numbers=[f["claim"]], claim_amount=m2(f["cfee"]),
                       denial_date=f["notice"].isoformat(), appeal_deadline=(f["notice"] + dt.timedelta(days=90)).isoformat(),
                       alternates={"provider": [f["prac"]], "appeal_deadline": [None]},
                       **{**common, "provider": f["prac"]})
            f2 = dict(f)
            f2["orig"], f2["orig_date"] = f["claim"], f["notice"]
            f2["claim"] = f["claim"][:-3] + "C" + dg(r, 2)
            f2["notice"] = f["notice"] + dt.timedelta(days=27)
            f2["recv"] = f["notice"] + dt.timedelta(days=9)
            t2 = truth("eob", None, insurer=INS["org"], group_number=f["group"], case_numbers=[f2["claim"]],
                       claim_amount=total, denial_date=f2["notice"].isoformat(),
                       alternates={**prov_alt, "case_numbers": [[f2["claim"], f["claim"]]]}, type_alternates=["other"],
                       **common)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(remittance(f, ds), t1), (member_eob(f2, ds, True), t2)],
                              separators=["blank", None]))
        elif kind == "upheld":
            t = truth("denial_letter", "coding_error", insurer=INS["org"], group_number=f["group"],
                      case_numbers=[f["appeal"], f["claim"]], claim_amount=m2(f["cfee"]),
                      denial_date=f["notice"].isoformat(), appeal_deadline=None,
                      alternates={**prov_alt}, **common)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(upheld(f, ds), t)]))
        elif kind == "family":
            f["sub"] = "Colin B. Fairchild"
            f["member"] = "Theo J. Fairchild"
            f["spouse"] = "Beatriz L. Fairchild"
            f["c2"] = f["claim"][:2] + dg(r, 3) + "L" + dg(r, 6)
            f["c3"] = f["claim"][:2] + dg(r, 3) + "P" + dg(r, 6)
            f["d2"] = f["dos"] - dt.timedelta(days=11)
            f["d3"] = f["dos"] + dt.timedelta(days=4)
            t = truth("eob", "coding_error", insurer=INS["org"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=total, denial_date=f["notice"].isoformat(),
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates={"claim_amount": [m2(f["cfee"])]},
                      **{**common, "member_name": f["member"]})
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(family_eob(f, ds), t)]))
        elif kind == "prose":
            f["tpa"] = True
            t = truth("denial_letter", "coding_error", insurer=TPA["org"], case_numbers=[f["claim"]],
                      claim_amount=total, denial_date=f["notice"].isoformat(),
                      appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
                      alternates={"insurer": [TPA["plan"]]}, **common)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(prose(f, ds), t)]))
        else:  # paid corrected claim
            f["orig"] = f["claim"]
            f["orig_date"] = f["dos"] + dt.timedelta(days=11)
            f["recv"] = f["orig_date"] + dt.timedelta(days=6)
            f["claim"] = f["claim"][:-3] + "C" + dg(r, 2)
            t = truth("eob", None, insurer=INS["org"], group_number=f["group"], case_numbers=[f["claim"]],
                      claim_amount=total, denial_date=f["notice"].isoformat(),
                      alternates={**prov_alt, "case_numbers": [[f["claim"], f["orig"]]]}, type_alternates=["other"],
                      **common)
            items.append(Item(f"{FAMILY}_{suffix}", cond, [(member_eob(f, ds, True), t)]))
    return items
