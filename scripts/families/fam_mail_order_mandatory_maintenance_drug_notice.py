"""Family 'mail_order_mandatory_maintenance_drug_notice': PBM and health-plan notices after a member's third retail
fill of a maintenance drug (statin, blood-pressure pill) under a mandatory mail-service program: retail claim
rejected (NCPDP reject 76 "Plan Limitations Exceeded" or the plan's own words), opt-out request denied, one-time
retail override granted, opt-out approved, and a phone photo of the retail pharmacy's receipt (claim rejected, cash
paid) lying on top of the PBM's notice.

Issuers (all invented): Fernhollow Pharmacy Benefit Services (PBM; "FERNHOLLOW" over a rule, "pharmacy benefit
manager for Wescott Valley Health Plan"), Wescott Valley Health Plan (centred serif letterhead). Retail pharmacies
are the provider; the prescriber (NPI) is a decoy, as are the three paid retail fills before the rejected one, the
RxBIN / RxPCN, Rx numbers, NDC, days' supply, the member's copay, the mail-service copay, the mail-order pharmacy's
phone and the 72-hour expedited review.
"""

from __future__ import annotations

import datetime as dt

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "mail_order_mandatory_maintenance_drug_notice"
LANG = "en"

FH, WV = "Fernhollow Pharmacy Benefit Services", "Wescott Valley Health Plan"
ADDR = {FH: ("PO Box 77310", "Larch Point, IN 46299"), WV: ("4400 Quenby Road, Suite 300", "Halford, NE 68521")}
FIRST = ["Adaeze", "Torvald", "Consolata", "Hamish", "Parveen", "Wojciech", "Esperanza", "Kofi", "Linnea", "Yusuf",
         "Marguerite", "Dmitri", "Teresita", "Oisin"]
LAST = ["Achterberg", "Nwachukwu", "Castellanos", "Ferreira-Lund", "Grimsby", "Ishikawa", "Kowalczyk", "Mulcahy",
        "Rahimi", "Sandoval", "Thorsen", "Ubaldo", "Whitcombe", "Zeleny"]
DOCS = ["Dr. Philippa Arkwright", "Dr. Emeka Obi-Thornton", "Dr. Sunniva Rask", "Dr. Lorenzo Baptiste",
        "Dr. Meera Subramaniam"]
RETAIL = ["Hollis & Vane Pharmacy #0417", "Quarrytown Drug", "Bellmeade Family Pharmacy", "Rook Street Apothecary",
          "Greywater Pharmacy #22"]
DRUGS = {
    "ator": ("atorvastatin 40 mg tablet", 90, (38, 96)),
    "losa": ("losartan potassium 50 mg tablet", 30, (24, 61)),
    "amlo": ("amlodipine 10 mg tablet", 30, (17, 44)),
    "rosu": ("rosuvastatin 20 mg tablet", 30, (52, 140)),
    "lisi": ("lisinopril 20 mg tablet", 90, (21, 58)),
}


def person(r: Rand) -> str:
    return f"{r.choice(FIRST)} {r.choice('ABCDEFGHJKLMNPRSTVW')}. {r.choice(LAST)}"


def facts(r: Rand, kind: str, ins: str, drug: str, ds: str) -> dict:
    name, supply, (lo, hi) = DRUGS[drug]
    dec = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 130))
    rej = dec - dt.timedelta(days=r.randint(1, 6))
    step = supply if supply == 30 else 90
    fills = [rej - dt.timedelta(days=step * k + r.randint(0, 3)) for k in (3, 2, 1)]
    cost = float(r.amount(lo, hi))
    return dict(kind=kind, ins=ins, drug=drug, dname=name, supply=supply, ds=ds, dec=dec, rej=rej, fills=fills,
                cost=cost, copay=r.choice([10.0, 15.0, 20.0]), mailcopay=r.choice([0.0, 5.0, 10.0]),
                member=person(r), addr=r.address(),
                mid=("FHB" + r.digits(9) if ins == FH else f"WV{r.digits(4)}-{r.digits(5)}"),
                grp=("MS" + r.digits(4) if ins == FH else "G" + r.digits(6)), bin=r.digits(6),
                pcn="FHRX" + r.digits(2), case=("MR" + r.digits(9) if ins == FH else f"EXC-{r.digits(7)}"),
                claim=r.digits(12), doc=r.choice(DOCS), npi=r.npi(), pharm=r.choice(RETAIL), ncpdp=r.digits(7),
                rx=r.digits(7), ndc=f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}", ph=r.phone(), mailph=r.phone())


def head(d: Doc, f: dict) -> None:
    a = ADDR[f["ins"]]
    if f["ins"] == FH:
        d.text_line("FERNHOLLOW", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{FH}  -  pharmacy benefit manager for {WV}", 8.5)
        d.text_line(f"{a[0]}, {a[1]}  -  Member Services {f['ph']}  -  TTY 711", 8.5)
    else:
        d.set_font("Times", "B", 17)
        d.cell(0, 8, WV, align="C", new_x="LMARGIN", new_y="NEXT")
        d.set_font("Times", "", 9)
        d.cell(0, 4.5, f"Pharmacy Programs  |  {a[0]}, {a[1]}  |  {f['ph']}", align="C", new_x="LMARGIN",
               new_y="NEXT")
        d.rule(0.4, 2)
    d.ln(4)


def rows(d: Doc, pairs, lw: float = 50, size: float = 9.8) -> None:
    for k, v in pairs:
        d.font(size, "B")
        d.cell(lw, 5.2, k)
        d.font(size)
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["member"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(4)


def history(d: Doc, f: dict, rejected: bool = True) -> None:
    ds = f["ds"]
    body = [[fmt_date(x, ds), f["pharm"], str(f["supply"]), "Paid (retail fill %d of 3)" % (i + 1),
             fmt_money(f["copay"])] for i, x in enumerate(f["fills"])]
    if rejected:
        body.append(["*" + fmt_date(f["rej"], ds), f["pharm"], str(f["supply"]), "REJECTED - code 76", "--"])
    d.table(["Fill date", "Pharmacy", "Days", "Claim status", "You paid"], body, [28, 62, 14, 50, 20], size=8.6,
            aligns="LLRLR")


def reject(d: Doc, f: dict, printed_deadline: bool = False) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your Retail Prescription Was Not Covered - Mandatory Mail Service", 13, "B")
    d.ln(2)
    rows(d, [("Member:", f["member"]), ("Member ID:", f["mid"]),
             ("BIN / PCN / Group:", f"{f['bin']} / {f['pcn']} / {f['grp']}"),
             ("Reference number:", f["case"]), ("Medicine:", f"{f['dname']} (NDC {f['ndc']})"),
             ("Rx number:", f["rx"]), ("Prescriber:", f"{f['doc']} (NPI {f['npi']})"),
             ("Pharmacy:", f"{f['pharm']} (NCPDP {f['ncpdp']})"),
             ("Date of rejected claim:", fmt_date(f["rej"], ds)),
             ("Drug cost submitted:", fmt_money(f["cost"])),
             ("Your cost at mail service:", fmt_money(f["mailcopay"]))])
    d.text_line("What happened", 11, "B")
    d.para(f"Your plan has a mandatory mail service program for maintenance medicines - medicines you take every day "
           f"for a long-term condition, such as {f['dname'].split()[0]}. You may fill a maintenance medicine at a "
           f"retail pharmacy three times. Our records show three retail fills at {f['pharm']}:")
    history(d, f)
    d.para(f"When {f['pharm']} sent the claim on {fmt_date(f['rej'], ds)}, it was rejected with NCPDP reject code 76 "
           "(Plan Limitations Exceeded) because the retail fill limit for this medicine was reached. The plan did not "
           "pay this claim. Future fills must come from Fernhollow Mail Service Pharmacy "
           f"({f['mailph']}), where a {f['supply'] if f['supply'] == 90 else 90}-day supply costs you "
           f"{fmt_money(f['mailcopay'])}.")
    d.text_line("If you need to keep using a retail pharmacy", 11, "B")
    if printed_deadline:
        dl = f["dec"] + dt.timedelta(days=60)
        d.para(f"You may ask for an exception to the mail service requirement or appeal this decision. We must "
               f"receive your request by {fmt_date(dl, ds)}. Call {f['ph']} or write to {FH}, Appeals and "
               f"Exceptions, {ADDR[FH][0]}, {ADDR[FH][1]}.")
    else:
        d.para(f"You may ask for an exception (opt-out) or appeal this decision within 180 days of the date of this "
               f"notice. Call {f['ph']} or write to {FH}, Appeals and Exceptions, {ADDR[FH][0]}, {ADDR[FH][1]}. If "
               "you are out of medicine, ask for an expedited review; we decide within 72 hours.")


def plan_reject(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(f"Notice date: {fmt_date(f['dec'], ds)}", 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Pharmacy Claim Rejection Notice", 13, "B")
    d.ln(2)
    d.boxes([("Member name", f["member"], 54), ("Member ID", f["mid"], 40), ("Group number", f["grp"], 34),
             ("Claim number", f["claim"], 46)])
    d.ln(3)
    d.table(["Date filled", "Medicine", "Pharmacy", "Charged", "Plan paid"],
            [[fmt_date(f["rej"], ds), f["dname"], f["pharm"], fmt_money(f["cost"]), "0.00"]],
            [26, 58, 52, 22, 22], size=8.6, aligns="LLLRR")
    d.para(f"Reason: plan limitations exceeded. {WV} requires maintenance medicines to be filled through the mail "
           f"service pharmacy after three retail fills. This was your fourth retail fill of {f['dname']}. Earlier "
           f"fills on {fmt_date(f['fills'][0], ds)}, {fmt_date(f['fills'][1], ds)} and {fmt_date(f['fills'][2], ds)} "
           f"were paid. Prescribed by {f['doc']}. RxBIN {f['bin']}.")
    d.para(f"You may still get this medicine at {f['pharm']} if you pay the full price. To move the prescription to "
           f"mail service, call {f['mailph']}.")
    d.text_line("Appeal", 11, "B")
    d.para(f"You may appeal within 180 days of the date of this notice. Write to {WV} Appeals, {ADDR[WV][0]}, "
           f"{ADDR[WV][1]}, or call {f['ph']}. External review is available after the plan's final decision "
           "(4 months).")


def exc_denied(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Mail Service Opt-Out Request - Denied", 13, "B")
    d.ln(2)
    recv = f["dec"] - dt.timedelta(days=6)
    rows(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
             ("Exception request #:", f["case"]), ("Request received:", fmt_date(recv, ds)),
             ("Medicine:", f["dname"]), ("Retail pharmacy:", f["pharm"]),
             ("Retail claim rejected on:", fmt_date(f["rej"], ds)), ("Prescriber:", f["doc"])])
    d.text_line("Our decision", 11, "B")
    d.para("You asked to keep filling this medicine at your retail pharmacy instead of through mail service. The plan "
           "grants an opt-out when a member cannot receive mail safely (no secure delivery address, the medicine "
           "must be kept cold and cannot be shipped to you, or a nursing facility dispenses it). Your request said "
           "you prefer to talk with your local pharmacist. Preference alone is not one of the reasons the plan "
           "accepts, so the request is denied. The mandatory mail service rule in your plan's pharmacy benefit "
           "(section 4.3, Maintenance Medicines) applies.")
    d.text_line("Your appeal rights", 11, "B")
    d.para(f"You may appeal within 180 days of the date of this letter. Send it to {WV} Appeals, {ADDR[WV][0]}, "
           f"{ADDR[WV][1]}. Call {f['ph']} with questions.")


def override(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("One-Time Retail Override Approved", 13, "B")
    d.ln(2)
    rows(d, [("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Override number:", f["case"]),
             ("Medicine:", f["dname"]), ("Pharmacy:", f"{f['pharm']}, NCPDP {f['ncpdp']}"),
             ("Fill date:", fmt_date(f["rej"], ds)), ("Drug cost:", fmt_money(f["cost"])),
             ("Your copay:", fmt_money(f["copay"]))])
    d.para(f"Your mail service order was delayed, so we approved a one-time override: the claim from {f['pharm']} on "
           f"{fmt_date(f['rej'], ds)} was paid even though you had already used your three retail fills. This "
           "override is for this fill only.")
    d.para(f"Your next fill of {f['dname']} must come from Fernhollow Mail Service Pharmacy ({f['mailph']}). Retail "
           "claims after this one will be rejected (code 76, Plan Limitations Exceeded) unless you have an approved "
           "opt-out.")
    d.para(f"Questions? Call {f['ph']}. This letter is not a bill.", 9.5)


def optout_ok(d: Doc, f: dict) -> None:
    ds = f["ds"]
    d.add_page()
    head(d, f)
    d.text_line(fmt_date(f["dec"], ds), 10.5)
    d.ln(3)
    addressee(d, f)
    d.text_line("Your Mail Service Opt-Out Is Approved", 13, "B")
    d.ln(2)
    eff = f["dec"]
    rows(d, [("Member:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
             ("Opt-out request #:", f["case"]), ("Medicine:", f["dname"]), ("Prescriber:", f["doc"]),
             ("Retail pharmacy:", f["pharm"]), ("Effective:", f"{fmt_date(eff, ds)} until you change plans")])
    d.para(f"You told us your building has no secure place for packages and two shipments were lost. That is a "
           f"reason the plan accepts, so we approved your request to opt out of mandatory mail service for "
           f"{f['dname']}. You may keep filling it at {f['pharm']} or any network retail pharmacy. Your retail "
           f"copay of {fmt_money(f['copay'])} applies.")
    d.para(f"If a retail claim was rejected before this approval, ask your pharmacy to send it again. Questions? Call "
           f"{f['ph']}.", 9.5)


def receipt(f: dict) -> bytes:
    """The retail pharmacy's register receipt (narrow, centred on the sheet it was photographed on)."""
    d = Doc("Courier", margins=(70, 20, 70))
    d.add_page()
    ds = "slash"
    d.text_line(f["pharm"].upper(), 11, "B", "C")
    d.text_line("118 MARKET SQ  -  (555) 010-4471", 8.5, "", "C")
    d.ln(3)
    lines = [f"DATE {fmt_date(f['rej'], ds)}   REG 02", f"PATIENT: {f['member']}", f"RX# {f['rx']}",
             f"{f['dname'].upper()[:30]}", f"QTY {f['supply']}  DAYS {f['supply']}",
             f"PRESCRIBER {f['doc'].replace('Dr. ', '').upper()}", "-" * 30,
             "INS CLAIM: REJECTED", "76 PLAN LIMITATIONS EXCEEDED", "MAIL ORDER REQUIRED - SEE PBM",
             f"BIN {f['bin']} PCN {f['pcn']}", "-" * 30, f"CASH PRICE     {fmt_money(f['cost'])}",
             "INS PAID           $0.00", f"TOTAL PAID     {fmt_money(f['cost'])}", "VISA ****8812", "-" * 30,
             "THANK YOU - KEEP FOR TAX RECORDS"]
    for ln in lines:
        d.text_line(ln, 9, "", "L", 4.8)
    return pdf_bytes(d)


def build(f: dict) -> bytes:
    d = Doc("Helvetica", footer=f"{f['ins']}  -  page {{p}} of {{n}}")
    {"reject": reject, "reject_dl": lambda dd, ff: reject(dd, ff, True), "plan_reject": plan_reject,
     "exc": exc_denied, "override": override, "optout": optout_ok}[f["kind"]](d, f)
    return pdf_bytes(d)


def make_truth(f: dict) -> dict:
    k = f["kind"]
    base = dict(insurer=f["ins"], member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
                denial_date=f["dec"].isoformat(), provider=f["pharm"])
    alts = {"insurer": [WV]} if f["ins"] == FH else {}
    rej = f["rej"].isoformat()
    if k in ("reject", "reject_dl"):
        days = 60 if k == "reject_dl" else 180
        return truth("denial_letter", "not_covered", case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[rej], appeal_deadline=(f["dec"] + dt.timedelta(days=days)).isoformat(),
                     alternates=alts, denial_alternates=["other"], **base)
    if k == "plan_reject":
        return truth("denial_letter", "not_covered", case_numbers=[f["claim"]], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[rej], appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(),
                     alternates=alts, denial_alternates=["other"], type_alternates=["eob"], **base)
    if k == "exc":
        alts["service_dates"] = [[]]
        return truth("denial_letter", "not_covered", case_numbers=[f["case"]], service_dates=[rej],
                     appeal_deadline=(f["dec"] + dt.timedelta(days=180)).isoformat(), alternates=alts,
                     denial_alternates=["other"], **base)
    if k == "override":
        return truth("other", None, case_numbers=[f["case"]], claim_amount=f"{f['cost']:.2f}",
                     service_dates=[rej], alternates=alts, **base)
    if k == "optout":
        alts["service_dates"] = [[f["dec"].isoformat()]]
        return truth("other", None, case_numbers=[f["case"]], alternates=alts, **base)
    raise ValueError(k)


def receipt_truth(f: dict) -> dict:
    return truth("other", None, member_name=f["member"], service_dates=[f["rej"].isoformat()],
                 denial_date=f["rej"].isoformat(), provider=f["pharm"], claim_amount=f"{f['cost']:.2f}",
                 alternates={"denial_date": [None], "claim_amount": [None]}, unscored=["insurer"])


# (stem suffix, condition, kind, issuer, drug, date style)
PLAN = [
    ("bd_pbm_atorvastatin_reject_76", "born_digital", "reject", FH, "ator", "long"),
    ("bd_plan_optout_approved_lisinopril", "born_digital", "optout", WV, "lisi", "slash"),
    ("scan300_one_time_override_rosuvastatin", "scan_clean_300", "override", FH, "rosu", "abbr"),
    ("lowres_optout_denied_preference", "scan_lowres_150", "exc", WV, "ator", "iso"),
    ("faxfine_plan_losartan_limitations_exceeded", "fax_fine_g4", "plan_reject", WV, "losa", "dmy"),
    ("rotated_pbm_amlodipine_exception_by_date", "rotated", "reject_dl", FH, "amlo", "upper"),
]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind, ins, drug, ds) in enumerate(PLAN):
        f = facts(Rand(191520 + i), kind, ins, drug, ds)
        items.append(Item(f"{FAMILY}_{suffix}", cond, [(build(f), make_truth(f))]))
    f = facts(Rand(191530), "reject", FH, "losa", "slash")
    items.append(Item(f"{FAMILY}_phone_stack_retail_receipt_and_pbm_notice", "phone_photo",
                      [(receipt(f), receipt_truth(f)), (build(f), make_truth(f))]))
    return items
