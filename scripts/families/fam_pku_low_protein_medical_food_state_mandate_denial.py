"""Family 'pku_low_protein_medical_food_state_mandate_denial': an invented fully insured commercial plan refuses an
amino-acid-based phenylalanine-free formula (HCPCS B4162) and low-protein modified foods (S9435) for a teenager
with phenylketonuria under its exclusion of "food, nutritional supplements and special diets", and pays after a
second-level appeal under the state's medical-food mandate for inherited metabolic disorders.

Documents: the pre-service denial to the member (born digital, two-column header); the metabolic clinic's letter of
medical necessity citing the mandate (scan 300, denies nothing); a standard-fax stack of a cover, the plan's claim
determination to the medical-food supplier and the supplier's delivery invoice, with the blank back of the last
sheet; a three-claim member EOB refusing only the low-protein foods claim (150 dpi); the upheld first-level appeal
in ruled boxes (rotated); the second-level approval told only in sentences (phone photo); the paid EOB after
reprocessing (photocopy, denies nothing). Everything invented (the statute number too). Decoys: DOB, subscriber,
NPI, phenylalanine levels, received dates, invoice and account numbers, other claims, 72-hour and 4-month limits,
exclusion and policy numbers.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import truth
from public_kit import Page, fdate, m2, money, out

FAMILY = "pku_low_protein_medical_food_state_mandate_denial"
LANG = "en"
SEED = 346200

PLAN = {"org": "Copperline Mutual Health Insurance Company", "short": "Copperline Mutual",
        "addr": "PO Box 7724, Granite Ferry, NA 52208", "phone": "1-877-555-0162", "web": "copperlinemutual.example",
        "fax": "1-877-555-0169"}
PLAN_NAME = "Copperline Choice PPO 2500"
MD = "Helena M. Achterberg"
RD = "Corinne L. Vasko"
CLINIC = "Riverbend Children's Metabolic Clinic"
SUP = ("NutriPath Metabolic Home Delivery", "16 Quillan Industrial Way, Granite Ferry, NA 52211", "(563) 555-0138")
PEOPLE = ["Leticia R. Holloway", "Jasper K. Quintero", "Sunita A. Greer", "Colin M. Dubois", "Odette F. Ibarra",
          "Rufus W. Tanaka", "Brianna E. Kessler"]
SUBS = ["Marcus Holloway", "Lydia Quintero", "Ravi Greer", "Annette Dubois", "Tomas Ibarra", "Keiko Tanaka",
        "Grant Kessler"]
STATUTE = "State Insurance Code § 33-2247"
EXCL = "Exclusion 41 (food, nutritional supplements and special diets)"
FORMULA = "Phenylex AA Plus amino acid formula (B4162)"


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, ds):
    if ds == "updash":
        return d.strftime("%d-%b-%Y").upper()
    return fdate(d, ds)


def base(r, i):
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 95))
    return dict(notice=notice, start=notice + dt.timedelta(days=r.randint(9, 20)),
                recv=notice - dt.timedelta(days=r.randint(2, 7)), ref="CMP-" + dg(r, 8),
                mid="CML" + dg(r, 9), grp="G-" + dg(r, 5), npi="1" + dg(r, 9), snpi="1" + dg(r, 9), who=PEOPLE[i],
                sub=SUBS[i], dob=dt.date(r.randint(2008, 2013), r.randint(1, 12), r.randint(1, 28)),
                phe=r.choice([612, 740, 895, 1020]), street=f"{r.randint(100, 9800)} "
                + r.choice(["Tamarack Ln", "Cobble Hill Rd", "Osgood St"]))


def letterhead(p, rule=True):
    p.line(PLAN["org"], 15, "B")
    p.line(f"{PLAN['addr']}  ·  {PLAN['phone']}  ·  {PLAN['web']}", 8.5)
    if rule:
        p.set_draw_color(80, 80, 80)
        super(Page, p).line(p.l_margin, p.get_y() + 1.5, p.w - p.r_margin, p.get_y() + 1.5)
    p.ln(6)


def addr(p, f):
    p.para(f"{f['sub']}\nParent of {f['who']}\n{f['street']}\nGranite Ferry, NA 52209", 10)


def reason():
    return (f"Your plan does not cover {EXCL}, see page 38 of your Evidence of Coverage. Amino acid formulas taken "
            "by mouth and low-protein breads, pastas and baking mixes are food items under this exclusion, even "
            "when a doctor orders them. This decision is not about whether they are medically necessary.")


def member_denial(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CM-UM-EXC-09")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    addr(p, f)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Date", fd(f["notice"], ds)), ("Reference", f["ref"]), ("Patient", f["who"]),
             ("Subscriber", f["sub"]), ("ID number", f["mid"]), ("Group", f["grp"]), ("Plan", PLAN_NAME)],
            22, 8.8, x=118, h=4.8)
    p.set_y(max(yl, p.get_y()) + 5)
    p.heading("We cannot approve your request", 13)
    p.para(f"Dear {f['sub']}:", 10)
    p.para(f"On {fd(f['recv'], ds)} {CLINIC} asked us to approve a monthly supply of {FORMULA} and low-protein "
           f"modified foods (S9435) for {f['who']} (date of birth {fd(f['dob'], ds)}), to start on "
           f"{fd(f['start'], ds)} and to be shipped by {SUP[0]}. The request was made by Dr. {MD} "
           f"(NPI {f['npi']}).", 10)
    p.heading("Decision: not covered", 11)
    p.para(reason(), 10)
    p.heading("If you disagree", 11)
    p.para("You or the doctor may file an appeal within 180 days of the date of this letter. Send it to Appeals, "
           f"{PLAN['addr']}, fax {PLAN['fax']}. Urgent appeals are decided within 72 hours. After our final "
           "decision you may ask for an external review within 4 months.", 10)
    p.para("Utilization Management\n" + PLAN["org"], 10)
    return out(p)


def clinic_letter(f, ds):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(CLINIC, 14, "B")
    p.line("Division of Biochemical Genetics  ·  900 Alder Bluff Drive, Granite Ferry, NA 52210  ·  (563) 555-0177", 8)
    p.ln(6)
    p.line(fd(f["ldate"], ds), 10)
    p.ln(2)
    p.para(f"Appeals Department\n{PLAN['org']}\n{PLAN['addr']}", 10)
    p.pairs([("Patient", f"{f['who']}  (DOB {fd(f['dob'], ds)})"), ("Member ID", f["mid"]),
             ("Your reference", f["ref"])], 32, 10, bold_label=False)
    p.ln(2)
    p.para("To the Appeals Department:", 10)
    p.para(f"I am writing on behalf of my patient, who has classic phenylketonuria (PKU) diagnosed on newborn "
           f"screening. Without treatment, blood phenylalanine rises to toxic levels; at the last clinic visit it "
           f"was {f['phe']} µmol/L against a target of 120-360 µmol/L. The only treatment is a diet that replaces "
           "natural protein with a phenylalanine-free amino acid formula and specially made low-protein foods. "
           "These are not ordinary groceries: they are medical foods used under our supervision.", 10)
    p.para(f"{STATUTE} requires health insurers in this state to cover medical foods and low-protein modified food "
           "products for inherited metabolic disorders, including PKU, when ordered by a physician. An exclusion "
           "for food cannot override it.", 10)
    p.para(f"Please approve the formula and the low-protein foods from {fd(f['start'], ds)} as requested.", 10)
    p.para(f"Sincerely,\n\n{MD}, MD\nBiochemical Genetics, NPI {f['npi']}\n\n{RD}, MS, RD, LDN\n"
           "Metabolic Dietitian", 10)
    return out(p)


def provider_claim(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CM-CLM-PRV-4")
    p.add_page()
    letterhead(p, rule=False)
    p.line("CLAIM DETERMINATION NOTICE - PROVIDER", 11.5, "B")
    p.line(f"{SUP[0]}  ·  {SUP[1]}", 8.8)
    p.ln(3)
    p.table(["Notice date", "Claim number", "Member", "Member ID", "Group"],
            [[fd(f["notice"], ds), f["claim"], f["who"], f["mid"], f["grp"]]], [28, 34, 50, 36, 26], 8.6)
    p.table(["Line", "From", "Code", "Description", "Units", "Charge", "Status"],
            [[str(k + 1), fd(f["dos"], ds), c, d, str(u), money(a, "nosign"), "DENIED"]
             for k, (c, d, u, a) in enumerate(f["lines"])]
            + [["", "", "", "Claim total", "", money(f["billed"], "nosign"), ""]],
            [10, 24, 16, 62, 12, 26, 24], 8.2, bold_last=True)
    p.para(f"**Remark EX41.** {reason()}", 9.2)
    p.para("Provider NPI on claim: " + f["snpi"] + ". Received " + fd(f["recv"], ds) + ".", 9)
    p.para("The provider may request reconsideration, or the member may appeal, within 180 days of the date of this "
           "notice. Do not bill the member until the appeal period has passed.", 9.2)
    return out(p)


def supplier_invoice(f, ds):
    p = Page(footer=None, footer_left=f"NPI {f['snpi']}  ·  Tax ID 58-{f['snpi'][3:10]}")
    p.add_page()
    p.line(SUP[0], 14, "B")
    p.line(SUP[1] + "  ·  " + SUP[2], 8.5)
    p.ln(4)
    p.line("DELIVERY TICKET / INVOICE", 11.5, "B")
    p.pairs([("Invoice", "NP-" + f["inv"]), ("Date", fd(f["idate"], ds)), ("Ship date", fd(f["dos"], ds)),
             ("Patient", f["who"]), ("Ship to", f"{f['sub']}, {f['street']}"),
             ("Prescriber", f"{MD}, MD"), ("Insurance", f"{PLAN['short']} {f['mid']}"),
             ("Ins. claim", f["claim"] + " - denied, under appeal")], 30, 9, h=5)
    p.ln(2)
    p.table(["Code", "Item", "Qty", "Amount"],
            [[c, d, str(u), money(a)] for c, d, u, a in f["lines"]] + [["", "Total", "", money(f["billed"])]],
            [20, 110, 14, 30], 8.8, bold_last=True)
    p.para("Your insurer denied this order. Because the appeal is open, we will hold the balance for 60 days. "
           "You may pay now or wait for the appeal.", 9.5)
    return out(p)


def eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CM-EOB-2")
    p.add_page()
    letterhead(p)
    p.line("Explanation of Benefits", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    p.boxed_pairs([("Statement date", fd(f["notice"], ds)), ("Member", f"{f['who']} (dependent of {f['sub']})"),
                   ("ID", f["mid"]), ("Group", f["grp"]),
                   ("Period covered", f"{fd(f['notice'] - dt.timedelta(days=31), ds)} - "
                                      f"{fd(f['notice'] - dt.timedelta(days=1), ds)}")], 38, 8.8, 5.6)
    rows = [[c[0], c[1], fd(c[2], ds), c[3], money(c[4], "nosign"), money(c[5], "nosign"), money(c[6], "nosign"),
             c[7]] for c in f["claims"]]
    p.table(["Claim", "Provider", "Service date", "Service", "Billed", "Plan paid", "You owe", "Code"], rows,
            [22, 55, 19, 28, 15, 14, 14, 11], 7.0)
    p.para("Code **EX41** Not covered: food, nutritional supplements and special diets are excluded under your plan. "
           "Code **00** Paid at the in-network benefit.", 8.6)
    p.para("You may appeal a denied claim within 180 days of the date of this statement.", 8.6)
    return out(p)


def upheld(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CM-APL-1U")
    p.add_page()
    letterhead(p)
    p.line("FIRST-LEVEL APPEAL DECISION", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Date of decision", fd(f["notice"], ds)), ("Appeal number", f["apl"]),
                   ("Original reference", f["ref"]), ("Patient", f["who"]), ("Member ID", f["mid"]),
                   ("Group", f["grp"]), ("Requested by", f"Dr. {MD}, {CLINIC}"),
                   ("Service", "B4162 formula and S9435 low-protein foods"), ("Requested start", fd(f["start"], ds)),
                   ("Appeal received", fd(f["arecv"], ds)), ("Outcome", "DENIAL UPHELD")], 48, 9)
    p.para("A benefits analyst and a physician reviewer looked at the letter from the metabolic clinic. The items "
           f"remain excluded under {EXCL} of your Evidence of Coverage. Your plan's coverage is not changed.", 9.8)
    p.para("You may request a second-level appeal within 60 days of the date of this letter. You may also ask for an "
           "external review within 4 months. Urgent reviews: 72 hours.", 9.8)
    return out(p)


def approval(f, ds):
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.line(fd(f["notice"], ds), 10)
    p.ln(2)
    addr(p, f)
    p.para(f"Dear {f['sub']}:", 10)
    p.para(f"We have finished the second-level appeal you filed for {f['who']} (member ID {f['mid']}). The appeal "
           f"number is {f['apl2']}, and it concerns our earlier reference {f['ref']}.", 10)
    p.para(f"The appeal committee agreed that {STATUTE} requires coverage of medical foods and low-protein modified "
           "food products for phenylketonuria when a physician orders them, and that the plan's food exclusion "
           f"cannot be applied to them. We are overturning our decision. The amino acid formula and the low-protein "
           f"foods ordered by Dr. {MD} are approved from {fd(f['start'], ds)} for twelve months.", 10)
    p.para(f"{SUP[0]} will be told that it may ship the order, and claims already denied will be reprocessed. Your "
           "usual prescription-level cost share applies. You do not need to do anything else.", 10)
    p.para("Sincerely,\n\nAppeals Committee\n" + PLAN["org"], 10)
    return out(p)


def paid_eob(f, ds):
    p = Page(footer="Page {n} of {nb}", footer_left="CM-EOB-2")
    p.add_page()
    letterhead(p)
    y = p.get_y()
    p.para(f"{f['who']}\n{f['street']}\nGranite Ferry, NA 52209", 9.5)
    yl = p.get_y()
    p.set_y(y)
    p.pairs([("Issued", fd(f["notice"], ds)), ("Member ID", f["mid"]), ("Group no.", f["grp"]),
             ("Plan", PLAN_NAME)], 24, 8.5, x=116, h=4.6)
    p.set_y(max(yl, p.get_y()) + 4)
    p.line("EXPLANATION OF BENEFITS - REPROCESSED CLAIM", 11, "B")
    p.para(f"Claim {f['claim']}  ·  {SUP[0]}  ·  reprocessed after appeal {f['apl2']}", 9)
    rows = [[c, d, fd(f["dos"], ds), money(a, "nosign"), money(a * 0.8, "nosign"), money(a * 0.2, "nosign")]
            for c, d, u, a in f["lines"]]
    rows.append(["", "Claim total", "", money(f["billed"], "nosign"), money(f["billed"] * 0.8, "nosign"),
                 money(f["billed"] * 0.2, "nosign")])
    p.table(["Code", "Service", "Date", "Amount billed", "Plan paid", "Your share"], rows,
            [18, 62, 24, 26, 24, 26], 8.4, bold_last=True)
    p.para("Your share is 20% coinsurance after the deductible. Deductible met this year: $2,500.00 of $2,500.00.", 9)
    p.para("If you have questions about this claim, call us. You may appeal within 180 days of the date of this "
           "statement.", 9)
    return out(p)


ITEMS = [
    ("bd_member_exclusion_denial", "born_digital", "member", "slash"),
    ("scan_metabolic_clinic_letter", "scan_clean_300", "clinic", "long"),
    ("fax_stack_claim_notice_invoice", "fax_standard_g4", "stack", "dash"),
    ("lowres_three_claim_eob", "scan_lowres_150", "eob", "dmy"),
    ("rotated_first_level_upheld", "rotated", "upheld", "updash"),
    ("phone_second_level_approval_prose", "phone_photo", "approval", "abbr"),
    ("photocopy_paid_reprocessed_eob", "photocopy", "paid", "iso"),
]


def lines_of(r):
    return [("B4162", "Phenylex AA Plus formula, 100 cal", 240, round(r.randint(44000, 61000) / 100, 2)),
            ("S9435", "Low-protein pasta and bread mix", 6, round(r.randint(9000, 16000) / 100, 2)),
            ("S9435", "Low-protein baking mix, milk sub.", 8, round(r.randint(8000, 14000) / 100, 2))]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ds) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r, i)
        name = f"{FAMILY}_{suffix}"
        nd = f["notice"].isoformat()
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        st = [f["start"].isoformat()]
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["who"])
        if kind == "member":
            t = truth("denial_letter", "not_covered", case_numbers=[f["ref"]], service_dates=st, denial_date=nd,
                      appeal_deadline=d180, group_number=f["grp"], provider=MD,
                      alternates={"provider": [f"Dr. {MD}", CLINIC], "plan_id": [PLAN_NAME]}, **common)
            items.append(Item(name, cond, [(member_denial(f, ds), t)]))
        elif kind == "clinic":
            f["ldate"] = f["notice"] + dt.timedelta(days=r.randint(4, 12))
            t = truth("other", None, case_numbers=[f["ref"]], service_dates=st, denial_date=f["ldate"].isoformat(),
                      provider=MD, alternates={"provider": [CLINIC], "case_numbers": [[]]},
                      unscored=["insurer"], **common)
            items.append(Item(name, cond, [(clinic_letter(f, ds), t)]))
        elif kind in ("stack", "paid"):
            f["dos"] = f["notice"] - dt.timedelta(days=r.randint(10, 24))
            f["claim"] = "C" + dg(r, 11)
            f["lines"] = lines_of(r)
            f["billed"] = round(sum(a for _, _, _, a in f["lines"]), 2)
            if kind == "stack":
                f["inv"] = dg(r, 6)
                f["idate"] = f["notice"] + dt.timedelta(days=r.randint(3, 8))
                t1 = truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                           service_dates=[f["dos"].isoformat()], denial_date=nd, appeal_deadline=d180,
                           group_number=f["grp"], provider=SUP[0], **common)
                t2 = truth("other", None, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                           service_dates=[f["dos"].isoformat()], denial_date=f["idate"].isoformat(), provider=SUP[0],
                           alternates={"provider": [MD], "case_numbers": [[]]}, unscored=["insurer"], insurer=None,
                           member_id=f["mid"], member_name=f["who"])
                items.append(Item(name, cond, [(provider_claim(f, ds), t1), (supplier_invoice(f, ds), t2)],
                                  separators=["cover", "duplex"]))
            else:
                f["apl2"] = "AP2-" + dg(r, 7)
                t = truth("eob", None, case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                          service_dates=[f["dos"].isoformat()], denial_date=nd, appeal_deadline=d180,
                          group_number=f["grp"], provider=SUP[0],
                          alternates={"appeal_deadline": [None], "case_numbers": [[f["claim"], f["apl2"]]],
                                      "plan_id": [PLAN_NAME]}, **common)
                items.append(Item(name, cond, [(paid_eob(f, ds), t)]))
        elif kind == "eob":
            dos = f["notice"] - dt.timedelta(days=r.randint(8, 25))
            claim = "C" + dg(r, 11)
            billed = round(r.randint(21000, 39000) / 100, 2)
            f["claims"] = [("C" + dg(r, 11), CLINIC, dos - dt.timedelta(days=9), "Clinic visit 99215", 318.00, 241.60,
                            40.00, "00"),
                           ("C" + dg(r, 11), "Granite Ferry Reference Lab", dos - dt.timedelta(days=9),
                            "Phe level 84030", 86.00, 51.12, 0.00, "00"),
                           (claim, SUP[0], dos, "S9435 low-prot. foods", billed, 0.0, billed, "EX41")]
            t = truth("eob", "not_covered", case_numbers=[claim], claim_amount=m2(billed),
                      service_dates=[dos.isoformat()], denial_date=nd, appeal_deadline=d180, group_number=f["grp"],
                      provider=SUP[0], **common)
            items.append(Item(name, cond, [(eob(f, ds), t)]))
        elif kind == "upheld":
            f["arecv"] = f["notice"] - dt.timedelta(days=r.randint(12, 26))
            f["apl"] = "AP1-" + dg(r, 7)
            t = truth("denial_letter", "not_covered", case_numbers=[f["apl"], f["ref"]], service_dates=st,
                      denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      group_number=f["grp"], provider=MD, alternates={"provider": [f"Dr. {MD}", CLINIC]}, **common)
            items.append(Item(name, cond, [(upheld(f, ds), t)]))
        else:
            f["apl2"] = "AP2-" + dg(r, 7)
            t = truth("other", None, case_numbers=[f["apl2"], f["ref"]], service_dates=st, denial_date=nd,
                      provider=MD, alternates={"provider": [f"Dr. {MD}", SUP[0]]}, **common)
            items.append(Item(name, cond, [(approval(f, ds), t)]))
    return items
