"""Family 'corneal_transplant_tissue_acquisition_fee_bundling_denial': an invented commercial insurer pays an
ambulatory surgery center's endothelial keratoplasty (CPT 65756) but refuses the corneal tissue acquisition line
(HCPCS V2785) as included in the facility payment (CARC 97, bundled); the center appeals with the eye bank invoice,
the appeal is granted and the corrected claim is paid.

Documents: the insurer's provider remittance advice of three claims, only the keratoplasty claim's tissue line denied
(born digital); the member's EOB with the surgeon's claim paid and the facility claim's tissue line denied (scan
300); a standard-fax stack of a cover sheet, the insurer's claim-edit letter to the center, the center's appeal
letter and the eye bank's tissue invoice; the appeal decision told only in sentences (photocopy, denies nothing);
the remittance for the corrected claim, paid (rotated, denies nothing); the center's patient statement with a zero
balance (150 dpi, denies nothing); the insurer's member letter with a sidebar (phone photo). Everything invented.
Decoys: DOB, NPIs, tax ID, EFT/check numbers, payment dates, patient account numbers, other patients' claims, eye
bank tissue ID, 72-hour and external-review limits, form numbers, CARC/RARC codes.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "corneal_transplant_tissue_acquisition_fee_bundling_denial"
LANG = "en"
SEED = 347600

INS = {"org": "Bayrock Mutual Health Insurance Company", "short": "Bayrock Mutual",
       "addr": "PO Box 30558, Tillford, NA 51204", "phone": "1-888-555-0142", "prov": "1-888-555-0147",
       "web": "bayrockmutual.example"}
ASC = ("Kestrel Point Eye Surgery Center", "4410 Lindenmere Parkway, Tillford, NA 51209", "(319) 555-0128")
SURGEON = "Tobias N. Whitcombe"
BANK = ("Northstar Regional Eye Bank", "77 Foundry Row, Cedar Ferry, NA 51330")
PEOPLE = ["Gideon R. Abernathy", "Ingrid S. Nakamura", "Rufus D. Underhill", "Marisol K. Ibarra",
          "Wendell J. Oyelaran", "Naomi F. Trevino", "Percy L. Dubois"]
OTHERS = ["Colin A. Marchetti", "Beatriz H. Lomax", "Kwame O. Winslow", "Harriet E. Szabo"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    dos = dt.date(2025, 11, 3) + dt.timedelta(days=r.randint(0, 70))
    kfee = round(r.randint(380000, 520000) / 100, 2)
    tissue = round(r.randint(340000, 395000) / 100, 2)
    return dict(dos=dos, who=PEOPLE[i], mid="BMH" + dg(r, 8) + "-01", grp="G" + dg(r, 5), plan="BM-EPO-" + dg(r, 3),
                icn="2026" + dg(r, 10), npi="1" + dg(r, 9), snpi="1" + dg(r, 9), tin="47-" + dg(r, 7),
                dob=dt.date(r.randint(1944, 1975), r.randint(1, 12), r.randint(1, 28)),
                kfee=kfee, tissue=tissue, total=round(kfee + tissue, 2),
                allowed=round(kfee * 0.58, 2), acct="KP" + dg(r, 7),
                street=f"{r.randint(100, 9800)} {r.choice(['Heron Marsh Dr', 'Tanager St', 'Quillen Ave'])}")


def head(p):
    p.line(INS["org"], 15, "B")
    p.line(f"{INS['addr']}  |  {INS['web']}", 8.5)
    p.ln(5)


def remit(f, ds, corrected=False):
    p = Page(footer="Page {n} of {nb}", footer_left="BMH-PRA-835 v4")
    p.add_page()
    head(p)
    p.line("PROVIDER REMITTANCE ADVICE", 12, "B")
    p.ln(1)
    p.pairs([("Payee", ASC[0]), ("Payee NPI", f["npi"]), ("Tax ID", f["tin"]),
             ("Remit date", fd(f["rdate"], ds)), ("EFT trace no.", f["eft"]),
             ("Provider services", INS["prov"])], 34, 8.6, h=4.7)
    p.ln(3)
    for c in f["claims"]:
        p.f(8.6, "B")
        p.multi_cell(0, 4.6, f"PATIENT {c['name'].upper()}   MEMBER ID {c['mid']}   CLAIM {c['icn']}   "
                     f"PT ACCT {c['acct']}", new_x="LMARGIN", new_y="NEXT")
        if c.get("note"):
            p.f(8.2)
            p.cell(0, 4.4, c["note"], new_x="LMARGIN", new_y="NEXT")
        rows = [[fd(x[0], ds), x[1], x[2], money(x[3], "nosign"), money(x[4], "nosign"), money(x[5], "nosign"),
                 x[6]] for x in c["lines"]]
        rows.append(["", "", "CLAIM TOTAL", money(sum(x[3] for x in c["lines"]), "nosign"),
                     money(sum(x[4] for x in c["lines"]), "nosign"), money(sum(x[5] for x in c["lines"]), "nosign"),
                     ""])
        p.table(["DOS", "Proc/Mod", "Description", "Billed", "Allowed", "Paid", "Adj codes"], rows,
                [22, 22, 46, 22, 20, 20, 22], 7.8, aligns=["L", "L", "L", "R", "R", "R", "L"], bold_last=True)
    if corrected:
        p.para("Codes: **CO-45** Charge exceeds fee schedule/maximum allowable.  **MA130** Corrected claim "
               "processed; the original claim is replaced.", 8.4)
    else:
        p.para("Codes: **CO-45** Charge exceeds fee schedule/maximum allowable.  **CO-97** The benefit for this "
               "service is included in the payment/allowance for another service/procedure that has already been "
               "adjudicated.  **N390** This service/report cannot be billed separately.", 8.4)
        p.para("Reconsideration: a provider may ask us to reconsider a claim within 120 days of the remit date "
               "shown above. Send the claim number, the reason and any invoices to Provider Disputes, "
               f"{INS['addr']}. The member may not be billed for amounts adjusted with group code CO.", 8.4)
    return out(p)


def member_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="Form BM-EOB-22")
    p.add_page()
    head(p)
    y = p.get_y()
    p.line("Explanation of Benefits", 14, "B")
    p.line("THIS IS NOT A BILL", 9, "B")
    p.ln(2)
    p.para(f"{f['who']}\n{f['street']}\nTillford, NA 51207", 9.6)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Statement date", fd(f["rdate"], ds)), ("Member", f["who"]), ("Member ID", f["mid"]),
             ("Group", f["grp"]), ("Plan", f["plan"])], 30, 8.6, x=112, h=4.7)
    p.set_y(max(yl, p.get_y()) + 4)
    p.line(f"Claim {f['sicn']}  -  {SURGEON}, MD  -  Services on {fd(f['dos'], ds)}", 9, "B")
    p.table(["Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Remark"],
            [["65756 Corneal transplant (surgeon)", money(f["sfee"]), money(f["sallow"]), money(f["sallow"] - 75),
              "$75.00", "A1"]], [58, 24, 24, 22, 20, 26], 8)
    p.line(f"Claim {f['icn']}  -  {ASC[0]}  -  Services on {fd(f['dos'], ds)}", 9, "B")
    p.table(["Service", "Amount billed", "Plan allowed", "Plan paid", "Your share", "Remark"],
            [["65756 Facility fee", money(f["kfee"]), money(f["allowed"]), money(f["allowed"] - 150), "$150.00",
              "A1"],
             ["V2785 Corneal tissue", money(f["tissue"]), "$0.00", "$0.00", "$0.00", "B97"],
             ["Claim total", money(f["total"]), money(f["allowed"]), money(f["allowed"] - 150), "$150.00", ""]],
            [58, 24, 24, 22, 20, 26], 8, bold_last=True)
    p.para("**A1** Paid under your outpatient surgery benefit after your copay.  **B97** We did not pay this "
           "charge. Payment for the corneal tissue is included in what we paid the facility for the surgery. This "
           "is a contract adjustment: the facility may not bill you for it.", 8.8)
    p.para("Appeals: you may appeal this decision within 180 days of the date of this statement. If your health "
           "is at serious risk, ask for an urgent appeal (decided within 72 hours). You may also have the right to "
           "an external review within 4 months of a final decision.", 8.8)
    return out(p)


def edit_letter(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="BMH-CE-LTR-09")
    p.add_page()
    head(p)
    p.line(fd(f["rdate"], ds), 10)
    p.ln(2)
    p.para(f"{ASC[0]}\nAttn: Business Office\n{ASC[1]}", 10)
    p.heading("Claim Line Denial - Payment Policy Edit", 12, rule=True)
    p.boxed_pairs([("Claim number", f["icn"]), ("Patient", f["who"]), ("Member ID", f["mid"]),
                   ("Date of service", fd(f["dos"], ds)), ("Line", "2  -  V2785 Processing, preserving and "
                                                                   "transporting corneal tissue"),
                   ("Billed", money(f["tissue"])), ("Edit", "ASC-PKG-12  Packaged into primary procedure")], 42, 9)
    p.para("We paid line 1 (65756, endothelial keratoplasty) under your facility agreement. Line 2 was denied. "
           "Under our Ambulatory Surgery Center Payment Policy, the cost of the donor cornea is packaged into the "
           "facility payment for the keratoplasty and is not paid separately, unless your agreement carves it out "
           "and an invoice from the eye bank is attached.", 9.6)
    p.para(f"Total billed on this claim: {money(f['total'])}. You may request reconsideration within 120 days of "
           "the date of this letter. Include the claim number and the eye bank invoice.", 9.6)
    return out(p)


def appeal_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(ASC[0], 14, "B")
    p.line(f"{ASC[1]}   Phone {ASC[2]}   NPI {f['npi']}", 8.5)
    p.ln(5)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Provider Disputes\n{INS['org']}\n{INS['addr']}", 10)
    p.para(f"RE: Request for reconsideration, claim {f['icn']}\nPatient: {f['who']}   ID {f['mid']}   "
           f"DOB {fd(f['dob'], ds)}", 10)
    p.para(f"On {fd(f['dos'], ds)} Dr. {SURGEON} performed a Descemet stripping endothelial keratoplasty on this "
           "patient at our center. Your remittance denied the corneal tissue line (V2785) as packaged. Our "
           "facility agreement, Exhibit C, section 4, lists corneal tissue as a carve-out paid at invoice cost. "
           f"The eye bank invoice of {money(f['tissue'])} is attached.", 10)
    p.para("Please reprocess the claim and pay line 2. A corrected claim will follow if you require one.", 10)
    p.para("Sincerely,\n\nDenise Harcourt, Reimbursement Manager", 10)
    return out(p)


def bank_invoice(f, ds):
    p = Page(footer=None, footer_left=f"{BANK[0]}  -  accredited tissue bank  -  Fed. Tax ID 41-{f['tin'][3:]}")
    p.add_page()
    p.line(BANK[0], 14, "B")
    p.line(BANK[1], 8.5)
    p.ln(4)
    p.line("TISSUE INVOICE", 12, "B")
    p.pairs([("Invoice no.", f["binv"]), ("Invoice date", fd(f["dos"] - dt.timedelta(days=1), ds)),
             ("Bill to", ASC[0]), ("Surgeon", f"{SURGEON}, MD"), ("Surgery date", fd(f["dos"], ds)),
             ("Recipient", f["who"]), ("Tissue ID", f["tid"])], 32, 9)
    p.ln(2)
    p.table(["Item", "Description", "Qty", "Amount"],
            [["V2785", "Cornea, pre-cut for DSEK, processing/preservation/transport", "1", money(f["tissue"])],
             ["", "Total due in 30 days", "", money(f["tissue"])]], [22, 110, 14, 28], 8.6, bold_last=True)
    return out(p)


def decision(f, ds):
    p = Page(footer=None, footer_left="BMH-PD-OVR-3")
    p.add_page()
    head(p)
    p.line(fd(f["ddate"], ds), 10)
    p.ln(2)
    p.para(f"{ASC[0]}\nAttn: Denise Harcourt\n{ASC[1]}", 10)
    p.para("Dear Ms. Harcourt:", 10)
    p.para(f"We have finished reviewing the reconsideration you sent us for claim {f['icn']}, which we logged as "
           f"dispute {f['disp']}. The claim is for {f['who']}, member ID {f['mid']}, who had an endothelial "
           f"keratoplasty by Dr. {SURGEON} at your center on {fd(f['dos'], ds)}.", 10)
    p.para("Your facility agreement does carve out corneal tissue, and the eye bank invoice supports the charge. "
           "We are reversing the denial of the V2785 line. Please send a corrected claim (frequency code 7) "
           f"that lists the tissue charge of {money(f['tissue'])} with the invoice number, and we will pay it at "
           "invoice cost within 30 days of receipt.", 10)
    p.para("No action is needed from the member, who owes nothing more for the tissue. Thank you for your "
           "patience.", 10)
    p.para("Sincerely,\n\nProvider Disputes Unit", 10)
    return out(p)


def patient_statement(f, ds):
    p = Page(footer=None, footer_left=f"{ASC[0]}  -  Tax ID {f['tin']}")
    p.add_page()
    p.line(ASC[0], 14, "B")
    p.line(f"{ASC[1]}  |  Patient billing {ASC[2]}", 8.5)
    p.ln(4)
    p.table(["Statement date", "Account number", "Amount due"],
            [[fd(f["sdate"], ds), f["acct"], "$0.00"]], [50, 50, 40], 9)
    p.para(f"{f['who']}\n{f['street']}\nTillford, NA 51207", 9.6)
    p.table(["Date", "Description", "Charges", "Payments/adj.", "Balance"],
            [[fd(f["dos"], ds), f"65756 DSEK - Dr. {SURGEON}", money(f["kfee"], "nosign"), "",
              ""],
             [fd(f["dos"], ds), "V2785 Corneal tissue", money(f["tissue"], "nosign"), "", ""],
             [fd(f["rdate"], ds), f"{INS['short']} payment", "", money(-(f["allowed"] - 150), "nosign"), ""],
             [fd(f["rdate"], ds), "Contractual adjustment", "", money(-(f["kfee"] - f["allowed"]), "nosign"), ""],
             [fd(f["rdate"], ds), "Copay received at check-in", "", "-150.00", ""],
             [fd(f["rdate"], ds), "Tissue line - insurance appeal pending", "", money(-f["tissue"], "nosign"),
              "0.00"],
             ["", "Totals", money(f["total"], "nosign"), money(-f["total"], "nosign"), "0.00"]],
            [22, 82, 24, 28, 18], 8.2, bold_last=True)
    p.para(f"Insurance: {INS['org']}, member ID {f['mid']}. The tissue charge is under appeal with your insurer. "
           "You do not owe it. Please keep this statement for your records.", 9.3)
    return out(p)


def member_letter(f, ds):
    p = Page(footer=None, footer_left="BMH-MBR-NTC-5")
    p.add_page()
    head(p)
    top = p.get_y()
    p.set_fill_color(232, 232, 232)
    p.rect(140, top, 58, 66, style="F")
    p.set_xy(142, top + 2)
    p.f(8.5, "B")
    p.cell(54, 5, "About this letter", new_x="LEFT", new_y="NEXT")
    for k, v in [("Date", fd(f["rdate"], ds)), ("Member ID", f["mid"]), ("Group", f["grp"]),
                 ("Claim", f["icn"]), ("Service date", fd(f["dos"], ds)), ("Amount billed", money(f["total"]))]:
        p.set_x(142)
        p.f(7.8, "B")
        p.cell(54, 4, k, new_x="LEFT", new_y="NEXT")
        p.set_x(142)
        p.f(8.6)
        p.cell(54, 5, v, new_x="LEFT", new_y="NEXT")
    p.set_xy(18, top)
    p.set_right_margin(82)
    p.para(f"{f['who']}\n{f['street']}\nTillford, NA 51207", 10)
    p.ln(3)
    p.para(f"Dear {f['who'].split()[0]} {f['who'].split()[-1]},", 10)
    p.para(f"We processed the claim from {ASC[0]} for your corneal transplant. We paid for the surgery. We did not "
           "pay the separate charge for the donor cornea tissue (V2785), because our payment to the surgery center "
           "already includes it. Your surgeon's own claim was paid separately.", 10)
    p.para("You do not have to pay the tissue charge. The center agreed in its contract with us not to bill you "
           "for it.", 10)
    p.para("If you disagree, you can appeal within 180 days of the date of this letter. Call Member Services at "
           f"{INS['phone']} or write to Member Appeals, {INS['addr']}. Urgent appeals are decided within 72 hours.",
           10)
    p.set_right_margin(18)
    p.para("Sincerely,\n\nClaims Member Communications", 10)
    return out(p)


ITEMS = [
    ("bd_provider_remittance_three_claims", "born_digital", "remit", "slash"),
    ("scan_member_eob_two_claims", "scan_clean_300", "eob", "abbr"),
    ("fax_stack_edit_letter_appeal_invoice", "fax_standard_g4", "stack", "long"),
    ("photocopy_dispute_decision_prose", "photocopy", "decision", "long"),
    ("rotated_corrected_claim_paid", "rotated", "corrected", "updash"),
    ("lowres_asc_patient_statement", "scan_lowres_150", "statement", "dash"),
    ("phone_member_letter_sidebar", "phone_photo", "letter", "dmy"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        f["rdate"] = f["dos"] + dt.timedelta(days=r.randint(18, 32))
        f["eft"] = dg(r, 10)
        name = f"{FAMILY}_{suffix}"
        rd = f["rdate"].isoformat()
        dos = [f["dos"].isoformat()]
        common = dict(insurer=INS["org"], member_id=f["mid"], member_name=f["who"])
        prov_alt = {"provider": [SURGEON, f"Dr. {SURGEON}"]}
        dn = ["coding_error"]
        if kind in ("remit", "corrected"):
            d0 = f["dos"]
            corrected = kind == "corrected"
            if corrected:
                f["rdate"] = f["dos"] + dt.timedelta(days=r.randint(75, 95))
                rd = f["rdate"].isoformat()
                f["old"] = f["icn"]
                f["icn"] = "2026" + dg(r, 10)
            ours = {"name": f["who"], "mid": f["mid"], "icn": f["icn"], "acct": f["acct"],
                    "note": f"Corrected claim - replaces claim {f['old']}" if corrected else "",
                    "lines": [(d0, "65756-RT", "Endothelial keratoplasty", f["kfee"], f["allowed"], f["allowed"] - 150,
                               "CO-45 PR-3"),
                              (d0, "V2785", "Corneal tissue", f["tissue"], f["tissue"] if corrected else 0.0,
                               f["tissue"] if corrected else 0.0, "" if corrected else "CO-97 N390")]}
            o1 = {"name": OTHERS[i % 4], "mid": "BMH" + dg(r, 8) + "-02", "icn": "2026" + dg(r, 10),
                  "acct": "KP" + dg(r, 7),
                  "lines": [(d0 - dt.timedelta(days=2), "66984-LT", "Cataract w/ IOL", 2480.00, 1312.40, 1312.40,
                             "CO-45")]}
            o2 = {"name": OTHERS[(i + 1) % 4], "mid": "BMH" + dg(r, 8) + "-01", "icn": "2026" + dg(r, 10),
                  "acct": "KP" + dg(r, 7),
                  "lines": [(d0 + dt.timedelta(days=1), "66821-RT", "YAG capsulotomy", 690.00, 402.15, 402.15,
                             "CO-45")]}
            f["claims"] = [o1, ours, o2]
            tot = f["total"]
            if corrected:
                t = truth("eob", None, case_numbers=[f["icn"]], claim_amount=m2(tot), service_dates=dos,
                          denial_date=rd, provider=ASC[0],
                          alternates={"provider": [SURGEON], "case_numbers": [[f["icn"], f["old"]]]}, **common)
            else:
                t = truth("eob", "other", case_numbers=[f["icn"]], claim_amount=m2(tot), service_dates=dos,
                          denial_date=rd, provider=ASC[0],
                          appeal_deadline=(f["rdate"] + dt.timedelta(days=120)).isoformat(),
                          alternates={"provider": [SURGEON], "claim_amount": [m2(f["tissue"])]},
                          denial_alternates=dn, **common)
            items.append(Item(name, cond, [(remit(f, ds, corrected), t)]))
        elif kind == "eob":
            f["sicn"] = "2026" + dg(r, 10)
            f["sfee"] = round(r.randint(210000, 260000) / 100, 2)
            f["sallow"] = round(f["sfee"] * 0.61, 2)
            t = truth("eob", "other", plan_id=f["plan"], group_number=f["grp"], case_numbers=[f["icn"]],
                      claim_amount=m2(f["total"]), service_dates=dos, denial_date=rd,
                      appeal_deadline=(f["rdate"] + dt.timedelta(days=180)).isoformat(), provider=ASC[0],
                      alternates={"provider": [SURGEON], "claim_amount": [m2(f["tissue"])]}, denial_alternates=dn,
                      **common)
            items.append(Item(name, cond, [(member_eob(f, ds), t)]))
        elif kind == "stack":
            f["ldate"] = f["rdate"] + dt.timedelta(days=r.randint(10, 20))
            f["binv"], f["tid"] = "NREB-" + dg(r, 6), "CT26-" + dg(r, 5)
            t1 = truth("denial_letter", "other", case_numbers=[f["icn"]], claim_amount=m2(f["total"]),
                       service_dates=dos, denial_date=rd,
                       appeal_deadline=(f["rdate"] + dt.timedelta(days=120)).isoformat(), provider=ASC[0],
                       alternates={"claim_amount": [m2(f["tissue"])]}, denial_alternates=dn, **common)
            t2 = truth("other", None, case_numbers=[f["icn"]], claim_amount=m2(f["tissue"]), service_dates=dos,
                       denial_date=f["ldate"].isoformat(), provider=SURGEON,
                       alternates={"provider": [ASC[0], f"Dr. {SURGEON}"], "claim_amount": [None]},
                       unscored=["insurer"], **common)
            t3 = truth("other", None, claim_amount=m2(f["tissue"]), service_dates=dos,
                       denial_date=(f["dos"] - dt.timedelta(days=1)).isoformat(), provider=SURGEON,
                       member_name=f["who"], alternates={"provider": [BANK[0]], "case_numbers": [[f["binv"]]]},
                       unscored=["insurer", "member_id"])
            items.append(Item(name, cond, [(edit_letter(f, ds), t1), (appeal_letter(f, ds), t2),
                                           (bank_invoice(f, ds), t3)], separators=["cover", None, None]))
        elif kind == "decision":
            f["ddate"] = f["rdate"] + dt.timedelta(days=r.randint(40, 60))
            f["disp"] = "PD-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["icn"], f["disp"]], claim_amount=None, service_dates=dos,
                      denial_date=f["ddate"].isoformat(), provider=SURGEON,
                      alternates={"provider": [ASC[0], f"Dr. {SURGEON}"],
                                  "claim_amount": [m2(f["tissue"])]}, **common)
            items.append(Item(name, cond, [(decision(f, ds), t)]))
        elif kind == "statement":
            f["sdate"] = f["rdate"] + dt.timedelta(days=r.randint(6, 12))
            t = truth("other", None, claim_amount=m2(f["total"]), service_dates=dos,
                      denial_date=f["sdate"].isoformat(), provider=ASC[0],
                      alternates={"provider": [SURGEON, f"Dr. {SURGEON}"], "claim_amount": [m2(f["tissue"]), None]},
                      unscored=["insurer"], **common)
            items.append(Item(name, cond, [(patient_statement(f, ds), t)]))
        else:
            t = truth("denial_letter", "other", group_number=f["grp"], case_numbers=[f["icn"]],
                      claim_amount=m2(f["total"]), service_dates=dos, denial_date=rd,
                      appeal_deadline=(f["rdate"] + dt.timedelta(days=180)).isoformat(), provider=ASC[0],
                      alternates={"provider": [SURGEON], "claim_amount": [m2(f["tissue"])]}, denial_alternates=dn,
                      **common)
            items.append(Item(name, cond, [(member_letter(f, ds), t)]))
    return items
