"""Family 'reference_based_pricing_balance_bill_letter': self-funded employer plans that pay hospital and surgery
claims at a percent of Medicare ("reference-based pricing"), the hospital's balance bill for the rest, and the
plan's patient-advocacy letter offering help with that balance.

Everything is invented. Third-party administrators (letterhead issuers): Tallgrass Benefit Administrators, LLC (for
the Vandermeer Cold Storage, Inc. Employee Medical Plan) and Meridale Claims Services (for the Okonjo Freight Lines
Health Benefit Plan); the plans' pricing vendor Fairbridge Reference Pricing and the advocacy firm Harbor Lantern
Patient Advocacy (engaged by the plan sponsor); hospitals Sorrel Creek Regional Hospital, Bellwether Heights Medical
Center, Ashgrove Surgical Hospital. Kinds: EOB of an inpatient stay paid at 150% of Medicare, the advocacy letter,
a stack (hospital balance bill + the EOB it follows), a paid letter after a negotiated re-price, an adverse benefit
determination letter for an outpatient surgery, an outpatient EOB with two lines, and a first-level appeal decision
upholding the reference-based payment. Decoys: the Medicare rate and reference price, plan paid, member
responsibility, balance billed, account numbers, repricing reference, DOB, NPIs, received date, pay-by date.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "reference_based_pricing_balance_bill_letter"
LANG = "en"
TPAS = {
    "tallgrass": dict(name="Tallgrass Benefit Administrators, LLC", short="TALLGRASS",
                      addr="PO Box 41870, Salina, KS 67402", plan="Vandermeer Cold Storage, Inc. Employee Medical Plan",
                      sponsor="Vandermeer Cold Storage, Inc.", planno="501", pct=150),
    "meridale": dict(name="Meridale Claims Services", short="MERIDALE",
                     addr="2204 Kestrel Point Drive, Suite 300, Rock Hill, SC 29730",
                     plan="Okonjo Freight Lines Health Benefit Plan", sponsor="Okonjo Freight Lines, Inc.",
                     planno="502", pct=140),
}
PRICER = "Fairbridge Reference Pricing"
ADVOCATE = "Harbor Lantern Patient Advocacy"
HOSPITALS = [("Sorrel Creek Regional Hospital", "1100 Sorrel Creek Parkway, Emporia, KS 66801"),
             ("Bellwether Heights Medical Center", "45 Bellwether Heights Road, Gastonia, NC 28052"),
             ("Ashgrove Surgical Hospital", "780 Ashgrove Boulevard, Florence, SC 29501")]
SURGEONS = ["Dr. Rohan Castellanos-Mbeki", "Dr. Ilse Thorvaldsen", "Dr. Kofi Marchetti-Aalto"]


def facts(i: int, kind: str, tpa: str, ds: str, ms: str) -> dict:
    r = Rand(172500 + i)
    t = TPAS[tpa]
    hosp, haddr = HOSPITALS[i % 3]
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 170))
    inpatient = kind in ("eob_ip", "stack", "advocacy", "reprice")
    if inpatient:
        adm = notice - dt.timedelta(days=r.randint(35, 60))
        dis = adm + dt.timedelta(days=r.randint(2, 5))
    else:
        adm = notice - dt.timedelta(days=r.randint(30, 50))
        dis = adm
    billed = round(r.randint(38000, 96000) + r.randint(0, 99) / 100, 2) if inpatient else \
        round(r.randint(14000, 31000) + r.randint(0, 99) / 100, 2)
    medicare = round(billed * r.uniform(0.16, 0.22), 2)
    ref = round(medicare * t["pct"] / 100, 2)
    ded = float(r.choice([500, 1000, 1500]))
    coins = round((ref - ded) * 0.2, 2)
    paid = round(ref - ded - coins, 2)
    name = r.person()
    f = dict(kind=kind, t=t, tpa=tpa, fd=lambda x: fmt_date(x, ds), mo=lambda v: fmt_money(v, ms),
             notice=notice, adm=adm, dis=dis, hosp=hosp, haddr=haddr, billed=billed, medicare=medicare, ref=ref,
             ded=ded, coins=coins, paid=paid, excess=round(billed - ref, 2), name=name[0], first=name[1],
             last=name[3], addr=list(r.address()), dob=dt.date(r.randint(1961, 1995), r.randint(1, 12),
                                                               r.randint(1, 28)),
             mid=("TBA" if tpa == "tallgrass" else "OFL-") + r.digits(8), group=("VCS" if tpa == "tallgrass" else
                                                                                  "G") + r.digits(5),
             claim=("26" + r.digits(9)) if tpa == "tallgrass" else ("MCS-" + r.digits(4) + "-" + r.digits(5)),
             pricing_ref="FRP" + r.digits(7), acct="HA" + r.digits(8), npi=r.npi(), ph=r.phone(),
             adv_ph=r.phone(), hph=r.phone(), surgeon=r.choice(SURGEONS),
             received=(dis + dt.timedelta(days=r.randint(6, 14))))
    f["processed"] = notice
    if kind == "outpt_eob":
        a = round(billed * 0.62, 2)
        f["lines"] = [("29881", "Knee arthroscopy, meniscectomy (facility)", a),
                      ("REV 0250/0272", "Pharmacy and supplies", round(billed - a, 2))]
    return f


def rows_kv(d: Doc, rows, w: float = 52, size: float = 9.8) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(w, 5, k)
        d.font(size)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")


def tpa_head(d: Doc, f: dict, title: str) -> None:
    t = f["t"]
    if f["tpa"] == "tallgrass":
        d.text_line(t["short"], 22, "B", h=9)
        d.text_line(f"{t['name']}  ·  {t['addr']}  ·  {f['ph']}", 8.5, h=4.5)
        d.rule(0.8, 2)
    else:
        d.text_line(t["name"], 15, "B", h=7)
        d.text_line(t["addr"], 9, h=4.5)
        d.text_line(f"Customer Service {f['ph']}  (Monday-Friday, 8 a.m. - 6 p.m.)", 9, h=4.5)
        d.rule(0.3, 2)
    d.para(f"Claims administrator for the {t['plan']} (self-funded). {t['sponsor']} is the plan sponsor and "
           "pays the benefits; the administrator does not insure them.", 7.5, gap=3)
    d.text_line(title, 13, "B", h=7)
    d.ln(1)


def rbp_paragraph(f: dict) -> str:
    t, mo = f["t"], f["mo"]
    return (f"Your plan does not use a provider network for hospital and facility claims. Instead, the plan pays a "
            f"reference-based price equal to {t['pct']}% of what Medicare would pay for the same services "
            f"(reference-based pricing). {PRICER} priced this claim: the Medicare rate is {mo(f['medicare'])} and "
            f"the plan's reference price (the allowed amount) is {mo(f['ref'])}. Charges above the reference price, "
            f"{mo(f['excess'])} on this claim, are not an allowed expense under the plan document.")


def eob(f: dict, two_line: bool = False) -> bytes:
    fd, mo, t = f["fd"], f["mo"], f["t"]
    d = Doc("Helvetica", footer="THIS IS NOT A BILL  -  Page {p} of {n}")
    d.add_page()
    tpa_head(d, f, "Explanation of Benefits")
    d.boxes([("Statement date", fd(f["notice"]), 38), ("Participant", f["name"], 58), ("Member ID", f["mid"], 42),
             ("Group no.", f["group"], 38)])
    d.ln(2)
    d.boxes([("Claim number", f["claim"], 44), ("Provider", f["hosp"], 82), ("Plan number", t["planno"], 24),
             ("Received", fd(f["received"]), 26)])
    d.ln(2)
    d.boxes([("Pricing", f"{PRICER} - {t['pct']}% of Medicare", 90), ("Pricing reference", f["pricing_ref"], 44),
             ("Date of birth", fd(f["dob"]), 42)])
    d.ln(4)
    if f["adm"] == f["dis"]:
        svc = fd(f["adm"])
    else:
        svc = f"{fd(f['adm'])} - {fd(f['dis'])}"
    head = ["Service dates", "Description", "Billed", "Medicare rate", "Allowed", "Deductible", "Coins.",
            "Plan paid", "Rem."]
    wid = [34, 34, 19, 18, 18, 16, 15, 15, 10]
    if two_line:
        a0 = f["lines"][0][2] / f["billed"]
        cols = [f["medicare"], f["ref"], f["ded"], f["coins"], f["paid"]]
        first = [round(cols[0] * a0, 2), round(cols[1] * a0, 2), f["ded"], round(cols[3] * a0, 2),
                 round(cols[4] * a0, 2)]
        second = [round(c - x, 2) for c, x in zip(cols, first)]
        rows = [[svc, code, mo(amt)] + [mo(x) for x in part] + ["RB1"]
                for (code, _, amt), part in zip(f["lines"], (first, second))]
    else:
        rows = [[svc, "Inpatient stay (DRG)", mo(f["billed"]), mo(f["medicare"]), mo(f["ref"]), mo(f["ded"]),
                 mo(f["coins"]), mo(f["paid"]), "RB1"]]
    rows.append(["*Claim total", "", mo(f["billed"]), mo(f["medicare"]), mo(f["ref"]), mo(f["ded"]),
                 mo(f["coins"]), mo(f["paid"]), ""])
    d.table(head, rows, wid, size=7.6, aligns="LLRRRRRRL")
    d.font(9.5, "B")
    d.cell(0, 5, f"Your share under the plan (deductible + coinsurance): {mo(f['ded'] + f['coins'])}",
           new_x="LMARGIN", new_y="NEXT")
    d.cell(0, 5, f"Amount above the reference price (not allowed): {mo(f['excess'])}", new_x="LMARGIN",
           new_y="NEXT")
    d.ln(2)
    d.para("RB1 - " + rbp_paragraph(f), 9.2, gap=2)
    d.para(f"If {f['hosp']} bills you for more than your share, do not pay the difference. Call {ADVOCATE} at "
           f"{f['adv_ph']}; the plan sponsor has engaged them to work with the hospital on your behalf at no cost "
           "to you.", 9.2, gap=2)
    d.text_line("Your right to appeal", 10, "B", h=5.5)
    d.para("You may appeal this determination within 180 days of the date of this statement. Send a written request "
           f"to {f['t']['name']}, Appeals, {f['t']['addr']}. You have the right to review your claim file and to "
           "bring a civil action under section 502(a) of ERISA after the appeal process is complete.", 9)
    return pdf_bytes(d)


def balance_bill(f: dict) -> bytes:
    fd = f["fd"]
    mo = lambda v: fmt_money(v, "plain")  # noqa: E731
    d = Doc("Times", footer=None)
    d.add_page()
    d.text_line(f["hosp"].upper(), 15, "B", h=7)
    d.text_line(f"Patient Financial Services  ·  {f['haddr']}  ·  {f['hph']}", 9, h=4.5)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT - BALANCE DUE", 13, "B", h=7)
    stmt = f["notice"] + dt.timedelta(days=24)
    due = stmt + dt.timedelta(days=30)
    f["stmt"] = stmt
    d.boxes([("Statement date", fd(stmt), 40), ("Account number", f["acct"], 44), ("Amount due", mo(f["bal"]), 40),
             ("Please pay by", fd(due), 40)])
    d.ln(5)
    for ln in [f"Guarantor: {f['name']}", *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    rows_kv(d, [("Patient:", f["name"]), ("Admitted / discharged:", f"{fd(f['adm'])} / {fd(f['dis'])}"),
                ("Attending physician:", f["surgeon"]), ("Insurance on file:", f"{f['t']['plan']} (ID {f['mid']})"),
                ("Payer claim no.:", f["claim"])], w=50, size=10)
    d.ln(3)
    rows = [[fd(f["dis"]), "Total charges, inpatient stay", mo(f["billed"])],
            [fd(f["notice"]), "Payment - plan (reference-based)", "-" + mo(f["paid"])],
            ["*", "Balance due from patient", mo(f["bal"])]]
    d.table(["Date", "Description", "Amount"], rows, [34, 100, 40], size=9.5, aligns="LLR")
    d.para(f"Your health plan paid less than the full charges for this stay. {f['hosp']} does not have a contract "
           "with your plan and has not agreed to accept the plan's reference-based payment. The remaining balance "
           "is your responsibility. To arrange a payment plan or apply for financial assistance, call "
           f"{f['hph']}.", 10)
    d.para("Accounts not paid or on a payment plan 90 days after the first statement may be referred to an outside "
           "collection agency.", 9)
    return pdf_bytes(d)


def advocacy(f: dict) -> bytes:
    fd, mo, t = f["fd"], f["mo"], f["t"]
    d = Doc("Times", footer=f"{ADVOCATE}  -  engaged by {t['sponsor']}  -  Page {{p}} of {{n}}")
    d.add_page()
    d.text_line(ADVOCATE, 17, "B", h=8)
    d.text_line(f"Member advocacy for the {t['plan']}", 9.5, h=4.5)
    d.text_line(f"PO Box 2261, Overland Park, KS 66201  ·  {f['adv_ph']}", 9.5, h=4.5)
    d.ln(6)
    d.text_line(fd(f["notice"]), 11, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 11, h=5.2)
    d.ln(4)
    rows_kv(d, [("Advocacy case:", f["case"]), ("Member ID:", f["mid"]), ("Group:", f["group"]),
                ("Hospital:", f["hosp"]), ("Dates of stay:", f"{fd(f['adm'])} through {fd(f['dis'])}"),
                ("Plan claim number:", f["claim"]), ("Hospital charges:", mo(f["billed"])),
                ("Plan reference price:", mo(f["ref"])), ("Balance the hospital is billing you:", mo(f["bal"]))],
            w=70, size=10.2)
    d.ln(3)
    d.text_line("RE: We can help with your hospital balance bill", 11.5, "B", h=6)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    d.para(f"{t['name']} tells us that {f['hosp']} has sent you a bill for {mo(f['bal'])} after your plan paid "
           f"your stay at its reference-based price ({t['pct']}% of the Medicare rate). Your plan does not pay "
           "charges above the reference price, but you do not have to face this bill alone.", 11)
    d.para("Please do not pay the balance while we work on it. Send us a copy of every statement, letter or "
           "collection notice the hospital sends you. With your written permission we will contact the hospital, "
           "explain how your plan pays, and ask it to accept the plan's payment plus your deductible and "
           "coinsurance as payment in full. Most balances are resolved within 60 to 90 days.", 11)
    d.para("This letter is not a denial of benefits and does not change how your claim was paid. The explanation "
           "of benefits you received describes your appeal rights.", 11)
    d.para(f"Call us at {f['adv_ph']} or return the enclosed authorization form in the postage-paid envelope.", 11)
    d.para(f"Sincerely,\nMarguerite Oyelowo-Haas\nSenior Patient Advocate, {ADVOCATE}", 11)
    return pdf_bytes(d)


def reprice_letter(f: dict) -> bytes:
    fd, mo, t = f["fd"], f["mo"], f["t"]
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    tpa_head(d, f, "Your Claim Was Re-Priced and Paid")
    d.text_line(f"Date: {fd(f['notice'])}", 10.5, h=5.5)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5)
    d.ln(3)
    rows_kv(d, [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Group number:", f["group"]),
                ("Claim number:", f["claim"]), ("Facility:", f["hosp"]),
                ("Dates of service:", f"{fd(f['adm'])} to {fd(f['dis'])}"), ("Billed charges:", mo(f["billed"])),
                ("Negotiation reference:", f["nego"])], w=50)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"We first paid this claim at the plan's reference-based price of {mo(f['ref'])} ({t['pct']}% of "
           f"Medicare). After {f['hosp']} billed you for the balance, {ADVOCATE} negotiated with the hospital on "
           f"the plan's behalf. On {fd(f['agreed'])} the hospital agreed to accept {mo(f['settle'])} as payment in "
           "full for this stay.", 10.5)
    d.table(["", "Amount"], [["Billed charges", mo(f["billed"])], ["Negotiated amount (payment in full)",
                                                                     mo(f["settle"])],
                            ["Plan paid earlier", mo(f["paid"])], ["Additional plan payment issued", mo(f["extra"])],
                            ["*Your share (deductible + coinsurance)", mo(f["ded"] + f["coins"])]],
            [110, 40], size=9.5, aligns="LR")
    d.para(f"We sent the additional payment to {f['hosp']} today. The hospital has agreed to remove everything above "
           f"your share of {mo(f['ded'] + f['coins'])} from your account and will not send the balance to "
           "collections. If you already paid more than your share, the hospital will refund you.", 10.5)
    d.para(f"No action is needed. Questions? Call {f['ph']}.", 10.5)
    d.para(f"Claims Department\n{t['name']}", 10.5)
    return pdf_bytes(d)


def abd_letter(f: dict, upheld: bool = False) -> bytes:
    fd, mo, t = f["fd"], f["mo"], f["t"]
    d = Doc("Times", footer=f"{t['short']}-RBP-{'APL' if upheld else 'ABD'}  Page {{p}} of {{n}}")
    d.add_page()
    title = "Appeal Decision - First Level" if upheld else "Notice of Adverse Benefit Determination"
    tpa_head(d, f, title)
    d.text_line(fd(f["notice"]), 11, h=6)
    d.ln(2)
    for ln in [f["name"], *f["addr"]]:
        d.text_line(ln, 11, h=5.2)
    d.ln(3)
    rows = [("Claimant:", f["name"]), ("Employee ID:", f["mid"]), ("Plan:", t["plan"]), ("Plan number:", t["planno"]),
            ("Group:", f["group"]), ("Claim number:", f["claim"]), ("Provider:", f["hosp"]),
            ("Surgeon:", f"{f['surgeon']} (NPI {f['npi']})"), ("Date of service:", fd(f["adm"])),
            ("Amount of claim:", mo(f["billed"]))]
    if upheld:
        rows.insert(6, ("Appeal number:", f["appeal"]))
        rows.append(("Appeal received:", fd(f["appeal_rcvd"])))
    rows_kv(d, rows, w=44, size=10.2)
    d.ln(3)
    d.para(f"Dear {f['first']} {f['last']}:", 11)
    if upheld:
        d.para(f"We received your appeal of the payment on this claim. You asked the plan to pay the full charges of "
               f"{mo(f['billed'])} because {f['hosp']} has billed you for the balance. A reviewer who took no part "
               "in the first decision looked at the claim, the plan document and the pricing again.", 11)
        d.para("Decision: the original payment is upheld. " + rbp_paragraph(f) + " The plan paid the claim correctly "
               "under Section 7.3 (Maximum Allowable Charge) of the plan document.", 11)
        d.text_line("Second-level appeal", 11, "B", h=6)
        d.para(f"You may ask for a second-level appeal within 60 days of the date of this letter. Write to the Plan "
               f"Administrator, {t['sponsor']}, c/o {t['name']}, {t['addr']}. After the second level you may ask for "
               "an external review within four months.", 11)
    else:
        d.para(f"We processed the claim from {f['hosp']} for your outpatient surgery. The plan allowed "
               f"{mo(f['ref'])} and paid {mo(f['paid'])}. The rest of the charges were not allowed.", 11)
        d.text_line("Reason for the determination", 11, "B", h=6)
        d.para(rbp_paragraph(f) + " Plan provision: Section 7.3, Maximum Allowable Charge. Denial code: RB1 "
               "(charge exceeds the plan's reference-based price).", 11)
        d.text_line("Your right to appeal", 11, "B", h=6)
        d.para("You may appeal within 180 days of the date of this notice. Include any information showing why the "
               f"claim should be paid differently. Mail: {t['name']}, Appeals Unit, {t['addr']}. You may also call "
               f"{ADVOCATE} at {f['adv_ph']} for help with any bill from the provider.", 11)
    d.para(f"Sincerely,\nAppeals and Claims Review\n{t['name']}, on behalf of the Plan Administrator", 11)
    return pdf_bytes(d)


def t_common(f: dict, **kw) -> dict:
    base = dict(insurer=f["t"]["name"], plan_id=f["t"]["planno"], group_number=f["group"], member_id=f["mid"],
                member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(f["billed"]),
                service_dates=[iso(f["adm"], f["dis"] if f["dis"] != f["adm"] else None)],
                denial_date=iso(f["notice"]), provider=f["hosp"], appeal_deadline=None)
    base.update(kw)
    return base


RBP_DEN = ("other", ["not_covered", "out_of_network"])


def build(i: int, stem: str, cond: str, kind: str, tpa: str, ds: str, ms: str) -> Item:
    f = facts(i, kind, tpa, ds, ms)
    alts_ins = {"insurer": [f["t"]["plan"], f["t"]["sponsor"]]}
    stay_first = {"service_dates": [[iso(f["adm"])]]}
    if kind == "eob_ip":
        t = truth("eob", RBP_DEN[0], **t_common(f, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))),
                  alternates={**alts_ins, **stay_first}, denial_alternates=RBP_DEN[1])
        return Item(stem, cond, [(eob(f), t)])
    if kind == "outpt_eob":
        t = truth("eob", RBP_DEN[0], **t_common(f, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))),
                  alternates=alts_ins, denial_alternates=RBP_DEN[1])
        return Item(stem, cond, [(eob(f, two_line=True), t)])
    if kind == "stack":
        f["bal"] = round(f["billed"] - f["paid"], 2)
        te = truth("eob", RBP_DEN[0], **t_common(f, appeal_deadline=iso(f["notice"] + dt.timedelta(days=180))),
                   alternates={**alts_ins, **stay_first}, denial_alternates=RBP_DEN[1])
        epdf = eob(f)
        bpdf = balance_bill(f)
        tb = truth("other", None, **t_common(f, insurer=None, plan_id=None, group_number=None,
                                             denial_date=iso(f["stmt"])),
                   unscored=["insurer", "denial_date"],
                   alternates={"provider": [f["surgeon"]], **stay_first})
        return Item(stem, cond, [(bpdf, tb), (epdf, te)])
    if kind == "advocacy":
        r = Rand(172590 + i)
        f["bal"] = round(f["billed"] - f["paid"], 2)
        f["case"] = "HLA-" + r.digits(6)
        t = truth("other", None, **t_common(f, insurer=ADVOCATE, plan_id=None, case_numbers=[f["case"], f["claim"]]),
                  alternates={"insurer": [f["t"]["name"], f["t"]["plan"]], **stay_first,
                              "case_numbers": [[f["case"]], [f["claim"]]]})
        return Item(stem, cond, [(advocacy(f), t)])
    if kind == "reprice":
        r = Rand(172591 + i)
        f["nego"] = "NEG-" + r.digits(7)
        f["agreed"] = f["notice"] - dt.timedelta(days=r.randint(3, 9))
        f["settle"] = round(f["ref"] * 1.35, 2)
        f["extra"] = round(f["settle"] - f["ref"], 2)
        t = truth("other", None, **t_common(f, plan_id=None),
                  alternates={**alts_ins, **stay_first, "case_numbers": [[f["claim"], f["nego"]]]},
                  type_alternates=["eob"])
        return Item(stem, cond, [(reprice_letter(f), t)])
    if kind in ("abd", "upheld"):
        r = Rand(172592 + i)
        if kind == "upheld":
            f["appeal"] = "AP" + r.digits(7)
            f["appeal_rcvd"] = f["notice"] - dt.timedelta(days=r.randint(20, 40))
            dl = iso(f["notice"] + dt.timedelta(days=60))
            cases = [f["claim"], f["appeal"]]
            alts = {**alts_ins, "case_numbers": [[f["appeal"]], [f["claim"]]]}
        else:
            dl = iso(f["notice"] + dt.timedelta(days=180))
            cases = [f["claim"]]
            alts = dict(alts_ins)
        alts["provider"] = [f["surgeon"]]
        t = truth("denial_letter", RBP_DEN[0], **t_common(f, case_numbers=cases, appeal_deadline=dl),
                  alternates=alts, denial_alternates=RBP_DEN[1])
        return Item(stem, cond, [(abd_letter(f, kind == "upheld"), t)])
    raise ValueError(kind)


# (stem suffix, condition, kind, TPA, date style, money style)
PLAN_ROWS = [
    ("bd_eob_inpatient_150pct_medicare", "born_digital", "eob_ip", "tallgrass", "slash", "plain"),
    ("bd_advocacy_letter_balance_help", "born_digital", "advocacy", "tallgrass", "long", "plain"),
    ("scan300_stack_balance_bill_then_eob", "scan_clean_300", "stack", "tallgrass", "abbr", "plain"),
    ("lowres_repriced_after_negotiation_paid", "scan_lowres_150", "reprice", "meridale", "long", "plain"),
    ("copy_abd_outpatient_surgery_140pct", "photocopy", "abd", "meridale", "iso", "plain"),
    ("faxstd_eob_outpatient_two_lines", "fax_standard_g4", "outpt_eob", "meridale", "dmy", "nosign"),
    ("rotated_appeal_upheld_second_level", "rotated", "upheld", "tallgrass", "wlong", "plain"),
]


def documents(rng) -> list[Item]:
    return [build(i, f"{FAMILY}_{s}", c, k, tp, ds, ms) for i, (s, c, k, tp, ds, ms) in enumerate(PLAN_ROWS)]
