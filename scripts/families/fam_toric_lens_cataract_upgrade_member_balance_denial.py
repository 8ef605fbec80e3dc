"""Family 'toric_lens_cataract_upgrade_member_balance_denial': an invented commercial insurer refuses the premium
(astigmatism-correcting, toric) intraocular lens upgrade billed on a cataract surgery claim as a non-covered
convenience item; the surgery itself and the standard lens are paid, and the member is billed the difference.

Documents: a born-digital EOB with three claims for the surgery day (surgeon, surgery center, anesthesia) where only
the surgery center's toric upgrade line is denied; a scanned surgery center patient statement with several lines,
only the upgrade unpaid and billed to the patient (denies nothing); a photocopied claim determination letter (label
column); a standard-fax stack of a fax cover, the member's complaint letter (denies nothing) and the insurer's
reply upholding the denial; a phone photo of the insurer's grievance decision told only in sentences; a sideways
paid EOB for the fellow eye with a standard lens (denies nothing); a low-resolution denial letter for another
member with a decision table.
Issuer (invented): Cobblestone Mutual Health; surgery center Lakeshore Eye Surgery Center; every person, ID, phone
(1-555) and amount is invented.
Decoys: DOB, NPIs, patient account numbers, received dates, other paid claims on the same EOB, HCPCS/CPT codes,
180-day and external-review limits, the signed premium lens acknowledgment date, phone and fax numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, pdf_bytes, truth

FAMILY = "toric_lens_cataract_upgrade_member_balance_denial"
LANG = "en"
SEED = 349000
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
INS = "Cobblestone Mutual Health"
INS_ADDR = "PO Box 77120, Harrisburg, PA 17106"
ASC = "Lakeshore Eye Surgery Center"
ANES = "Tri-County Anesthesia Partners"
MEMBERS = ["Harriet G. Lomax", "Anselm K. Rutledge", "Odette M. Prescott", "Jasper W. Fairchild",
           "Ingrid S. Holloway", "Colin R. Underhill", "Leticia A. Marchetti"]
SURGEONS = ["Rosalind K. Achebe", "Theo M. Lindqvist", "Mei F. Sandoval", "Rufus J. Kessler",
            "Sunita P. Greer", "Ezra D. Nakamura", "Naomi C. Strand"]
DENY_CODE = "N-147"
DENY_TEXT = ("The astigmatism-correcting (toric) lens upgrade is a premium convenience item excluded under your "
             "plan's Vision Correction exclusion. The cataract surgery and a standard lens are covered.")


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def amt(r, lo, hi):
    return float(f"{r.randint(lo, hi)}.{r.choice(['00', '00', '50', '25', dg(r, 2)])}")


def facts(k, ds):
    r = random.Random(SEED + k)
    dos = dt.date(2025, 11, 3) + dt.timedelta(days=r.randint(0, 150))
    f = dict(r=r, ds=ds, dos=dos, member=MEMBERS[k], surgeon=SURGEONS[k],
             stmt=dos + dt.timedelta(days=r.randint(18, 35)), dob=dt.date(r.randint(1944, 1968), r.randint(1, 12),
                                                                         r.randint(1, 28)),
             mid="CMH" + dg(r, 9), group=str(r.randint(10, 99)) + "-" + dg(r, 5), plan="PPO-" + r.choice("ABC") + dg(r, 3),
             claim_s=dg(r, 12), claim_f=dg(r, 12), claim_a=dg(r, 12), acct="LESC-" + dg(r, 7),
             npi_s=r.choice("12") + dg(r, 9), npi_f=r.choice("12") + dg(r, 9), phone=f"1-555-01{r.randint(0, 9)}-{dg(r, 4)}",
             eye=r.choice(["right", "left"]))
    f["surg_b"] = amt(r, 1900, 2600)
    f["fac_b"] = amt(r, 3200, 4300)
    f["iol_b"] = amt(r, 180, 320)
    f["toric_b"] = amt(r, 1200, 1900)
    f["anes_b"] = amt(r, 600, 950)
    f["fac_total"] = round(f["fac_b"] + f["iol_b"] + f["toric_b"], 2)
    f["fac_allowed"] = round(f["fac_b"] * r.uniform(0.38, 0.5), 2)
    f["coins"] = round(f["fac_allowed"] * 0.2, 2)
    return f


def D(f, d, style=None):
    return fmt_date(d, style or f["ds"])


def M(v, style="plain"):
    return fmt_money(v, style)


def letterhead(d, f):
    d.font(17, "B")
    d.cell(0, 8, "COBBLESTONE", new_x="LMARGIN", new_y="NEXT")
    d.font(9)
    d.cell(100, 4.5, "Mutual Health")
    d.cell(0, 4.5, f"{INS_ADDR}   Customer Service {f['phone']}", align="R", new_x="LMARGIN", new_y="NEXT")
    d.rule(0.8, 5)


def mailing(d, f):
    r = random.Random(f["claim_f"])
    for ln in (f["member"], f"{r.randint(100, 9800)} Sycamore Court", r.choice(["Erie, PA 16501",
                                                                               "Altoona, PA 16601"])):
        d.text_line(ln, 10)
    d.ln(4)


# ---- 1: EOB, three claims, only the facility's toric line denied ------------------------------------------
def doc_eob():
    f = facts(0, "slash")
    d = Page(footer=INS + " - Explanation of Benefits - page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 14, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(2)
    d.boxes([("Statement date", D(f, f["stmt"]), 34), ("Member", f["member"], 50), ("Member ID", f["mid"], 36),
             ("Group", f["group"], 26), ("Plan", f["plan"], 28)], label_size=6, value_size=9.2)
    d.ln(4)
    surg_allowed = round(f["surg_b"] * 0.42, 2)
    anes_allowed = round(f["anes_b"] * 0.5, 2)
    claims = [
        (f["claim_s"], f"{f['surgeon']}, MD", [("66984-" + ("RT" if f["eye"] == "right" else "LT"),
                                                 "Cataract removal w/ IOL", f["surg_b"], surg_allowed,
                                                 round(surg_allowed * 0.8, 2), "")]),
        (f["claim_f"], ASC, [("66984", "Facility - cataract surgery", f["fac_b"], f["fac_allowed"],
                              round(f["fac_allowed"] - f["coins"], 2), ""),
                             ("V2632", "Standard posterior chamber IOL", f["iol_b"], 0.0, 0.0, "I-22"),
                             ("V2787", "Astigmatism-correcting IOL upgrade", f["toric_b"], 0.0, 0.0, DENY_CODE)]),
        (f["claim_a"], ANES, [("00142", "Anesthesia - lens surgery", f["anes_b"], anes_allowed,
                               round(anes_allowed * 0.8, 2), "")]),
    ]
    for no, prov, lines in claims:
        d.font(9, "B")
        d.cell(0, 5, f"Claim {no}   Provider: {prov}   Service date: {D(f, f['dos'])}", new_x="LMARGIN",
               new_y="NEXT")
        rows = [[c, desc, M(b, "nosign"), M(a, "nosign"), M(p, "nosign"), code] for c, desc, b, a, p, code in lines]
        tot = sum(x[2] for x in lines)
        rows.append(["*Claim total", "", M(tot, "nosign"), M(sum(x[3] for x in lines), "nosign"),
                     M(sum(x[4] for x in lines), "nosign"), ""])
        d.table(["Code", "Description", "Billed", "Allowed", "Plan paid", "Note"], rows, [20, 64, 24, 24, 24, 18],
                8.4)
    d.text_line("Notes", 10, "B")
    d.para(f"I-22: The standard lens is included in the facility payment for the surgery. {DENY_CODE}: "
           f"{DENY_TEXT} Because you signed the surgery center's premium lens acknowledgment, the provider may bill "
           f"you for this line.", 8.6)
    d.para(f"Your responsibility for the surgery center claim: coinsurance {M(f['coins'])} plus "
           f"{M(f['toric_b'])} for the non-covered lens upgrade.", 8.8)
    d.para("Appeals: If you disagree with how a claim was processed, you may appeal within 180 days of the date of "
           "this statement. Write to Appeals, " + INS_ADDR + ". You may also have the right to an external review "
           "after the appeal. Urgent care appeals are decided within 72 hours.", 8.3)
    dead = f["stmt"] + dt.timedelta(days=180)
    t = truth("eob", "not_covered", insurer=INS, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim_f"]], claim_amount=f"{f['fac_total']:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=ASC, appeal_deadline=iso(dead),
              alternates={"claim_amount": [f"{f['toric_b']:.2f}"], "provider": [f["surgeon"]]})
    return pdf_bytes(d), t


# ---- 2: surgery center patient statement, several lines ---------------------------------------------------
def doc_statement():
    f = facts(1, "abbr")
    d = Page()
    d.add_page()
    d.font(15, "B")
    d.cell(120, 7, ASC)
    d.font(8.5)
    d.cell(0, 4.5, "Statement", align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line("810 Harbor View Road, Erie, PA 16507  -  Billing office 1-555-013-8810  -  Tax ID 25-" + dg(f["r"], 7),
                8.3)
    d.rule(0.5, 4)
    d.boxes([("Statement date", D(f, f["stmt"]), 36), ("Account no.", f["acct"], 38), ("Patient", f["member"], 56),
             ("Amount due", M(f["toric_b"] + f["coins"]), 40)], label_size=6, value_size=9.3)
    d.ln(3)
    d.para(f"Insurance on file: {INS}, member ID {f['mid']}, group {f['group']}. Insurance claim {f['claim_f']}. "
           f"Surgeon: {f['surgeon']}, MD.", 9)
    paid = round(f["fac_allowed"] - f["coins"], 2)
    adj = round(f["fac_b"] + f["iol_b"] - f["fac_allowed"], 2)
    rows = [[D(f, f["dos"]), "66984", "Cataract surgery, facility", M(f["fac_b"]), ""],
            [D(f, f["dos"]), "V2632", "Intraocular lens, standard", M(f["iol_b"]), ""],
            [D(f, f["dos"]), "V2787", "Toric IOL upgrade - DENIED by insurance, patient responsibility",
             M(f["toric_b"]), ""],
            [D(f, f["stmt"] - dt.timedelta(days=4)), "", f"Payment - {INS}", "", "-" + M(paid)],
            [D(f, f["stmt"] - dt.timedelta(days=4)), "", "Contractual adjustment", "", "-" + M(adj)]]
    d.table(["Date", "Code", "Description", "Charges", "Credits"], rows, [26, 18, 86, 24, 22], 8.4)
    d.font(9.5, "B")
    d.cell(0, 6, f"Total charges {M(f['fac_total'])}     Balance due {M(f['toric_b'] + f['coins'])}", align="R",
           new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("Your insurance did not pay for the premium toric lens upgrade. You signed our Premium Lens Financial "
           f"Acknowledgment before surgery on {D(f, f['dos'] - dt.timedelta(days=12))}. Payment plans are available; "
           "please call the billing office.", 9)
    t = truth("other", None, insurer=None, plan_id=None, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim_f"]], claim_amount=f"{f['fac_total']:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=ASC,
              alternates={"insurer": [INS], "claim_amount": [f"{f['toric_b']:.2f}"], "case_numbers": [[]]},
              unscored=["insurer"])
    return pdf_bytes(d), t


# ---- 3: claim determination letter, label column (photocopy) ----------------------------------------------
def doc_determination():
    f = facts(2, "upper")
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["stmt"]), 10)
    d.ln(3)
    mailing(d, f)
    d.text_line("Notice of Claim Determination", 13, "B")
    d.ln(2)
    rows = [("Patient", f["member"]), ("Date of birth", D(f, f["dob"], "slash")), ("Member ID", f["mid"]),
            ("Group number", f["group"]), ("Claim number", f["claim_f"]), ("Provider", f"{ASC} (NPI {f['npi_f']})"),
            ("Date of service", D(f, f["dos"])), ("Total claim charges", M(f["fac_total"])),
            ("Item not covered", f"V2787 astigmatism-correcting IOL, billed {M(f['toric_b'])}")]
    for a, b in rows:
        d.font(9)
        d.cell(50, 5.4, a.upper())
        d.font(9.6, "B")
        d.cell(0, 5.4, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para("We processed the surgery center's claim for your cataract surgery. The surgery and the standard lens "
           "were paid under your benefits. We did not pay the lens upgrade. " + DENY_TEXT + " Your plan "
           "document (Section 7, Exclusions, item 31) excludes lenses or procedures whose purpose is to reduce the "
           "need for glasses.", 9.6)
    d.para("The surgery center may bill you for the upgrade because you agreed in writing before the surgery.", 9.6)
    d.text_line("Your right to appeal", 10.5, "B")
    d.para("You may ask for an appeal within 180 days of the date of this letter. Send your appeal and any records to "
           f"Member Appeals, {INS_ADDR}, or fax 1-555-012-6630. If your appeal is denied you may be able to ask for an "
           "independent external review within 4 months of that decision.", 9)
    dead = f["stmt"] + dt.timedelta(days=180)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim_f"]], claim_amount=f"{f['fac_total']:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=ASC, appeal_deadline=iso(dead),
              alternates={"claim_amount": [f"{f['toric_b']:.2f}"]})
    return pdf_bytes(d), t


# ---- 4: stack: member's complaint letter + insurer's reply (standard fax, cover) --------------------------
def doc_complaint(f):
    sent = f["stmt"] + dt.timedelta(days=9)
    d = Page()
    d.add_page()
    d.set_margins(24, 20, 24)
    d.set_x(24)
    d.text_line(f["member"], 10.5)
    r = random.Random(f["acct"])
    d.text_line(f"{r.randint(100, 990)} Juniper Drive, Altoona, PA 16601", 10.5)
    d.ln(4)
    d.text_line(D(f, sent), 10.5)
    d.ln(4)
    d.text_line(f"{INS} - Member Complaints", 10.5)
    d.text_line(INS_ADDR, 10.5)
    d.ln(4)
    d.text_line(f"Re: my member ID {f['mid']}, claim {f['claim_f']}", 10.5, "B")
    d.ln(3)
    d.para(f"To whom it may concern, I had cataract surgery at {ASC} on {D(f, f['dos'])}. Your statement says you "
           f"did not pay for the toric lens, and now the surgery center has sent me a bill for {M(f['toric_b'])}. "
           "I have astigmatism and my surgeon told me the toric lens was the right lens for my eye. Nobody told me "
           "my insurance would call it a convenience item.", 10.5)
    d.para("I am asking you to look at this again and pay for the lens, or explain to me in writing why a lens "
           "that my doctor chose is not medical care. Please call me at 1-555-017-3302 in the afternoons.", 10.5)
    d.ln(4)
    d.text_line("Sincerely,", 10.5)
    d.ln(6)
    d.text_line(f["member"], 10.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], member_name=f["member"], case_numbers=[f["claim_f"]],
              service_dates=[iso(f["dos"])], denial_date=iso(sent), provider=ASC,
              alternates={"insurer": [INS]}, unscored=["insurer", "claim_amount"])
    return pdf_bytes(d), t


def doc_reply(f):
    rep = f["stmt"] + dt.timedelta(days=31)
    cno = "GRV-" + dg(random.Random(f["claim_s"]), 7)
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, rep), 10)
    d.ln(3)
    mailing(d, f)
    d.font(9.6, "B")
    d.cell(0, 5, f"Complaint {cno}  |  Claim {f['claim_f']}  |  Member ID {f['mid']}", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.text_line(f"Dear {f['member']}:", 10)
    d.ln(1)
    d.para(f"We received your letter about the charge for your lens at {ASC}. We handled it as a first-level "
           "appeal. A board-certified ophthalmologist who did not make the first decision reviewed the claim, "
           "your surgeon's operative note and your plan document.", 9.8)
    d.para(f"Our decision is to uphold the denial of the toric lens upgrade (V2787, billed {M(f['toric_b'])}). The "
           f"surgery on {D(f, f['dos'])} and the standard lens were paid. The plan covers a standard lens that "
           "restores vision after cataract removal; the extra cost of a lens that also corrects astigmatism is "
           "excluded as a convenience item, even when it is recommended.", 9.8)
    d.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter, or an "
           "independent external review through the Pennsylvania Insurance Department within 4 months.", 9.4)
    d.text_line("Member Appeals Unit", 10)
    dead = rep + dt.timedelta(days=60)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[cno, f["claim_f"]], claim_amount=None, service_dates=[iso(f["dos"])],
              denial_date=iso(rep), provider=ASC, appeal_deadline=iso(dead),
              alternates={"claim_amount": [f"{f['toric_b']:.2f}"]})
    return pdf_bytes(d), t


# ---- 5: grievance decision told only in sentences (phone photo) -------------------------------------------
def doc_prose_decision():
    f = facts(4, "long")
    dec = f["stmt"] + dt.timedelta(days=40)
    appeal = "AP" + dg(random.Random(f["claim_f"]), 8)
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, dec), 10)
    d.ln(3)
    mailing(d, f)
    d.text_line(f"Dear {f['member']},", 10)
    d.ln(1)
    d.para(f"This letter answers your appeal {appeal}, which asked us to pay for the astigmatism-correcting lens "
           f"used in your cataract surgery at {ASC} on {D(f, f['dos'])}. The surgery center billed "
           f"{M(f['fac_total'])} on claim {f['claim_f']}, and {M(f['toric_b'])} of that amount was for the lens "
           "upgrade.")
    d.para(f"Your surgeon, {f['surgeon']}, MD, wrote that the toric lens would lower your need for glasses for "
           "distance. Our reviewer, an ophthalmologist, agreed that the lens was a reasonable choice but found that "
           "your plan excludes the added cost of premium lenses. We are therefore upholding our decision, and the "
           "upgrade remains your responsibility.")
    d.para(f"If you still disagree, you may ask for a second review within 60 days of the date of this letter. You "
           f"may call us at {f['phone']} with your member ID, {f['mid']}.")
    d.ln(2)
    d.text_line("Sincerely,", 10)
    d.text_line("Appeals and Grievances, " + INS, 10)
    dead = dec + dt.timedelta(days=60)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, f["claim_f"]], claim_amount=f"{f['fac_total']:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(dec), provider=ASC, appeal_deadline=iso(dead),
              alternates={"claim_amount": [f"{f['toric_b']:.2f}"], "provider": [f["surgeon"]],
                          "case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# ---- 6: paid EOB for the fellow eye, standard lens (sideways) ----------------------------------------------
def doc_paid_eob():
    f = facts(5, "dmy")
    d = Page()
    d.add_page()
    letterhead(d, f)
    d.font(12, "B")
    d.cell(100, 6, "Your Explanation of Benefits")
    d.font(9)
    d.cell(0, 6, "Issued " + D(f, f["stmt"]), align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(2)
    for a, b in (("Member", f"{f['member']}   (ID {f['mid']})"), ("Group / plan", f"{f['group']} / {f['plan']}"),
                 ("Claim", f"{f['claim_f']} - {ASC}"), ("Received", D(f, f["dos"] + dt.timedelta(days=6)))):
        d.font(9)
        d.cell(32, 5.2, a)
        d.font(9.5, "B")
        d.cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    total = round(f["fac_b"] + f["iol_b"], 2)
    paid = round(f["fac_allowed"] - f["coins"], 2)
    d.table(["Service date", "Service", "Amount billed", "Discount", "Paid by plan", "You owe"],
            [[D(f, f["dos"]), "66984 cataract surgery (left eye)", M(f["fac_b"], "space"),
              M(f["fac_b"] - f["fac_allowed"], "space"), M(paid, "space"), M(f["coins"], "space")],
             [D(f, f["dos"]), "V2632 standard IOL", M(f["iol_b"], "space"), M(f["iol_b"], "space"), "$ 0.00",
              "$ 0.00"],
             ["*Totals", "", M(total, "space"), M(total - f["fac_allowed"], "space"), M(paid, "space"),
              M(f["coins"], "space")]], [26, 56, 26, 24, 26, 20], 8.4)
    d.para("The standard lens is included in the payment for the surgery. You owe only your coinsurance. Your "
           "2026 out-of-pocket maximum: $4,500.00; met so far: " + M(f["coins"] + 310) + ".", 9)
    d.para("If you think this claim was processed wrongly, you may appeal within 180 days of receiving this "
           "notice.", 8.4)
    t = truth("eob", None, insurer=INS, plan_id=f["plan"], group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim_f"]], claim_amount=f"{total:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=ASC, appeal_deadline=None,
              unscored=["appeal_deadline"])
    return pdf_bytes(d), t


# ---- 7: denial letter with a decision table, another member (low-res) ------------------------------------
def doc_table_letter():
    f = facts(6, "mdy_nopad")
    d = Page(footer="CMH-CLM-DN 11/2025   {p}/{n}")
    d.add_page()
    letterhead(d, f)
    d.font(10)
    d.cell(100, 5, "Date: " + D(f, f["stmt"]))
    d.cell(0, 5, "Claim #: " + f["claim_f"], align="R", new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    mailing(d, f)
    d.text_line("We did not pay part of your claim", 13, "B")
    d.ln(1)
    d.para(f"Patient: {f['member']}   Member ID: {f['mid']}   Group: {f['group']}   Account #: {f['acct']}", 9)
    d.table(["Service", "Date", "Charged", "Decision", "Why"],
            [["Cataract surgery, facility (66984)", D(f, f["dos"]), M(f["fac_b"], "usd"), "Paid", ""],
             ["Standard IOL (V2632)", D(f, f["dos"]), M(f["iol_b"], "usd"), "Paid", "incl."],
             ["Toric IOL upgrade (V2787)", D(f, f["dos"]), M(f["toric_b"], "usd"), "Not paid", "Excluded"],
             ["*Claim total", "", M(f["fac_total"], "usd"), "", ""]], [64, 24, 30, 24, 32], 8.6)
    d.para(f"Provider: {ASC}; surgeon {f['surgeon']}, MD (NPI {f['npi_s']}).", 9)
    d.para("Why: " + DENY_TEXT, 9.4)
    d.text_line("Appeal rights", 10, "B")
    dead = f["stmt"] + dt.timedelta(days=180)
    d.para(f"Send a written appeal by {D(f, dead)} (180 days from the date of this letter) to Member Appeals, "
           f"{INS_ADDR}. For an urgent situation call {f['phone']}; urgent appeals are decided within 72 hours.", 9)
    t = truth("denial_letter", "not_covered", insurer=INS, group_number=f["group"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim_f"]], claim_amount=f"{f['fac_total']:.2f}",
              service_dates=[iso(f["dos"])], denial_date=iso(f["stmt"]), provider=ASC, appeal_deadline=iso(dead),
              alternates={"claim_amount": [f"{f['toric_b']:.2f}"], "provider": [f["surgeon"]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    fs = facts(3, "iso")
    return [
        Item(f"{FAMILY}_bd_eob_three_claims", "born_digital", [doc_eob()]),
        Item(f"{FAMILY}_scan300_asc_patient_statement", "scan_clean_300", [doc_statement()]),
        Item(f"{FAMILY}_copy_claim_determination", "photocopy", [doc_determination()]),
        Item(f"{FAMILY}_faxstd_stack_complaint_and_reply", "fax_standard_g4", [doc_complaint(fs), doc_reply(fs)],
             separators=["cover", None]),
        Item(f"{FAMILY}_photo_grievance_decision_prose", "phone_photo", [doc_prose_decision()]),
        Item(f"{FAMILY}_rotated_paid_eob_fellow_eye", "rotated", [doc_paid_eob()]),
        Item(f"{FAMILY}_lowres_decision_table_letter", "scan_lowres_150", [doc_table_letter()]),
    ]
