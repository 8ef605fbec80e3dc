"""Family 'post_stabilization_out_of_network_hospital_denial': Medicare Advantage and commercial plan letters and EOBs
on an inpatient stay at an out-of-network hospital after an emergency was stabilized (post-stabilization care).

Issuers (all invented): Greywater Health Plans (Medicare Advantage, "Greywater Senior Advantage (HMO)", contract/PBP
H4417-012; logo word over a rule), Pellucid Mutual Health Insurance Company (commercial EOBs; parent line above a
centred name), Sunmoor Health Alliance (commercial letters; return-address block). Out-of-network hospitals: St. Alcuin
Regional Medical Center, Harrowgate Memorial Hospital, Lakemont Valley Hospital. ER physician groups (decoys):
Tidecrest Emergency Physicians, PA, Northfall Emergency Medicine Associates.

Contents: days after the plan asked for a transfer to a network hospital denied (MA payment denial, commercial letter
with balance-billing protection explained, commercial EOB with the ER group's paid claim as a decoy, an upheld appeal),
the hospital's post-stabilization request not answered within one hour so deemed approved and paid (MA letter, a
commercial EOB), a payment denial to the hospital for never asking for post-stabilization authorization (fax).
Decoys: ER physician group and ER physician, ER visit date, the transfer-request date and time, dates of birth, NPIs,
the hospital's call time, discharge-planning phone numbers, plan-year out-of-pocket amounts.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "post_stabilization_out_of_network_hospital_denial"
LANG = "en"

GW, PM, SM = "Greywater Health Plans", "Pellucid Mutual Health Insurance Company", "Sunmoor Health Alliance"
GW_PLAN, GW_PBP = "Greywater Senior Advantage (HMO)", "H4417-012"
ADDR = {GW: ("PO Box 33120", "Ostrander Falls, OR 97915"), PM: ("880 Calloway Plaza, 11th Floor", "Brennick, IN 46985"),
        SM: ("PO Box 5521", "Tully Harbor, ME 04993")}
HOSP = ["St. Alcuin Regional Medical Center", "Harrowgate Memorial Hospital", "Lakemont Valley Hospital"]
INNET = ["Cedarbrook Community Hospital", "Wyeth Hollow Medical Center", "Aurelian General Hospital"]
ERG = ["Tidecrest Emergency Physicians, PA", "Northfall Emergency Medicine Associates"]
ERDOC = ["Dr. Kofi Ashworth-Lund", "Dr. Svetlana Irigoyen", "Dr. Mattias Okafor", "Dr. Bettina Oyarzun"]
FIRST = ["Wilhelmina", "Tomasz", "Aurelio", "Nkechi", "Bartholomew", "Ximena", "Lars", "Fumiko", "Cormac",
         "Radhika", "Evander", "Jolanta", "Obadiah", "Paloma"]
LAST = ["Thistlewood", "Anagnostou", "Mbeki-Hart", "Sorensen", "Quiroga", "Laidlaw", "Ferenczi", "Otieno",
        "Blackwood", "Castellanos", "Halvorsen", "Ueda", "Pryce", "Zielinski"]
STREETS = ["Gannet Street", "Copperbeech Road", "Wainwright Lane", "Orchard Terrace", "Ridgeback Drive"]
TOWNS = ["Ostrander Falls, OR 97915", "Brennick, IN 46985", "Tully Harbor, ME 04993", "Pell Crossing, KY 41599"]
DX = [("NSTEMI", "chest pain and a heart attack (NSTEMI)"), ("sepsis", "a severe infection (sepsis)"),
      ("GI bleed", "bleeding in the stomach (upper GI bleed)"), ("stroke", "stroke symptoms"),
      ("pneumonia", "pneumonia with low oxygen")]
NSA = ("Your protection from balance billing: under the federal No Surprises Act, care you get at an out-of-network "
       "hospital after an emergency is stabilized is treated as emergency care unless the hospital gave you a written "
       "notice, you were able to travel to a network facility by non-medical transport, and you signed consent to be "
       "billed as out of network. When the protection applies, you owe only your in-network cost sharing and the "
       "hospital may not bill you for the difference between its charges and what we pay.")


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def npi(r: random.Random) -> str:
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def phone(r: random.Random) -> str:
    return f"1-8{r.choice('0345678')}{r.choice('05678')}-{digits(r, 3)}-{digits(r, 4)}"


def facts(r: random.Random, ins: str, ds: str) -> dict:
    first, mid, last = r.choice(FIRST), r.choice("ABCDEFGHJKLMNPRSTVW"), r.choice(LAST)
    notice = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 160))
    dis = notice - dt.timedelta(days=r.randint(20, 55))
    los = r.randint(4, 8)
    adm = dis - dt.timedelta(days=los)
    xfer = adm + dt.timedelta(days=r.randint(1, los - 2))
    if ins == GW:
        mid_ = "GW" + digits(r, 9)
        grp = None
        claim = f"{notice.strftime('%y')}{digits(r, 3)}-{digits(r, 6)}"
    elif ins == PM:
        mid_ = f"PMX{digits(r, 3)} {digits(r, 5)}"
        grp = digits(r, 6)
        claim = "PM" + digits(r, 11)
    else:
        mid_ = "SHA-" + digits(r, 8)
        grp = "SHA" + digits(r, 4)
        claim = "C" + digits(r, 9)
    dx = r.choice(DX)
    return dict(r=r, ins=ins, ds=ds, name=f"{first} {mid}. {last}", first=first, last=last,
                addr=(f"{r.randint(14, 9870)} {r.choice(STREETS)}", r.choice(TOWNS)), notice=notice, adm=adm,
                dis=dis, xfer=xfer, mid=mid_, grp=grp, claim=claim, hosp=r.choice(HOSP), innet=r.choice(INNET),
                erg=r.choice(ERG), erdoc=r.choice(ERDOC), dx=dx, ph=phone(r), npi=npi(r), npi2=npi(r),
                dob=dt.date(r.randint(1941, 1985), r.randint(1, 12), r.randint(1, 28)), ref="PS" + digits(r, 8),
                hour=f"{r.randint(0, 23):02d}:{r.choice(['05', '12', '27', '40', '53'])}")


def D(f: dict, d: dt.date) -> str:
    return fmt_date(d, f["ds"])


def letterhead(d: Doc, f: dict) -> None:
    ins, a = f["ins"], ADDR[f["ins"]]
    if ins == GW:
        d.text_line("GREYWATER", 22, "B")
        d.rule(0.9, 1.2)
        d.text_line(f"{GW}  |  {GW_PLAN}  |  {a[0]}, {a[1]}", 8.5)
    elif ins == PM:
        d.text_line("Pellucid Mutual Group of Companies", 8, align="C")
        d.text_line(PM, 14, "B", align="C")
        d.text_line(f"{a[0]}, {a[1]}", 8.5, align="C")
    else:
        d.text_line(SM, 13, "B")
        d.text_line("Utilization Management and Claims", 9)
        d.text_line(a[0], 9)
        d.text_line(a[1], 9)
    d.ln(6)


def pairs(d: Doc, rows: list[tuple[str, str]], lw: float = 50, size: float = 10) -> None:
    for k, v in rows:
        d.font(size, "B")
        d.cell(lw, 5.3, k)
        d.font(size)
        d.cell(0, 5.3, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def addressee(d: Doc, f: dict) -> None:
    for ln in (f["name"], *f["addr"]):
        d.text_line(ln, 10.5)
    d.ln(5)


def charges(f: dict) -> tuple[float, float]:
    """(total billed for the stay, billed for the denied days)."""
    r = f["r"]
    days = (f["dis"] - f["adm"]).days
    denied_days = (f["dis"] - f["xfer"]).days
    per = r.randint(4100, 6900) + 0.5 * r.randint(0, 1)
    anc = r.randint(9000, 26000) + r.choice([0.0, 0.25, 0.75, 0.4])
    total = round(per * days + anc, 2)
    denied = round(per * denied_days + anc * 0.3, 2)
    return total, denied


def denied_span(f: dict) -> str:
    return iso(f["xfer"] + dt.timedelta(days=1), f["dis"])


# ----------------------------------------------------------------------------------------------- letters
def ma_transfer_denial(f: dict, fax: str | None = None) -> tuple[bytes, dict]:
    """MA payment denial: days after the plan's transfer request (member gets it)."""
    total, denied = charges(f)
    first_denied = f["xfer"] + dt.timedelta(days=1)
    d = Doc("Helvetica", footer="H4417_PSD26_M  Page {p} of {n}")
    d.add_page()
    if fax:
        d.text_line(fax, 8)
        d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Notice of Denial of Payment", 14, "B")
    d.text_line("Hospital care after your emergency was stabilized", 10.5)
    d.ln(3)
    pairs(d, [("Member name:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", f"{GW_PLAN}  {GW_PBP}"),
              ("Claim number:", f["claim"]), ("Hospital:", f"{f['hosp']} (out of network)"),
              ("Admitted / discharged:", f"{D(f, f['adm'])} - {D(f, f['dis'])}"),
              ("Total billed by hospital:", fmt_money(total)),
              ("Days not covered:", f"{D(f, first_denied)} - {D(f, f['dis'])}  ({fmt_money(denied)})")])
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"You went to the emergency room at {f['hosp']} on {D(f, f['adm'])} with {f['dx'][1]} and were "
           f"seen by {f['erdoc']} of {f['erg']}. Your emergency care and the hospital days until you were stable are "
           "covered at your in-network cost sharing, even though the hospital is not in our network.")
    d.text_line("Why we denied payment for part of your stay", 11, "B")
    d.ln(1)
    d.para(f"On {D(f, f['xfer'])} at {f['hour']}, our plan physician reviewed your records with the hospital's doctors "
           f"and found that you were stable enough to be moved. We arranged a bed at {f['innet']}, a network hospital, "
           "and asked the hospital to transfer you. The transfer did not take place. Medicare rules say our plan is "
           "not financially responsible for post-stabilization care at an out-of-network hospital after a plan "
           "physician takes over your care by arranging a transfer (42 CFR 422.113(c)). We will not pay for the days "
           f"from {D(f, first_denied)} to your discharge.")
    d.para("Because the hospital has a contract with Medicare, it must tell you in writing before it bills you for days "
           "our plan did not cover. Ask the hospital for a copy of any notice you signed.", 10)
    d.text_line("If you disagree with our decision, you can appeal", 11, "B")
    d.ln(1)
    d.para("You have the right to ask us to reconsider. You must ask for an appeal within 65 calendar days of the date "
           "of this notice. We can give you more time if you have a good reason for missing the deadline. Write to "
           f"Greywater Appeals and Grievances, {ADDR[GW][0]}, {ADDR[GW][1]}, or call {f['ph']} (TTY 711), 8 a.m. to "
           "8 p.m., 7 days a week. If we say no, your case goes automatically to an independent review organization.")
    d.para(f"Sincerely,\n{GW}, Medical Management", 10)
    dl = f["notice"] + dt.timedelta(days=65)
    t = truth("denial_letter", "out_of_network", insurer=GW, plan_id=GW_PBP, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"]], claim_amount=m2(total), service_dates=[denied_span(f)],
              denial_date=iso(f["notice"]), provider=f["hosp"], appeal_deadline=iso(dl),
              alternates={"service_dates": [[iso(f["adm"], f["dis"])]], "claim_amount": [m2(denied)],
                          "insurer": [GW_PLAN]},
              denial_alternates=["level_of_care", "other"])
    return pdf_bytes(d), t


def ma_deemed_approved(f: dict) -> tuple[bytes, dict]:
    """MA letter: hospital's post-stabilization request unanswered within an hour, so deemed approved (paid)."""
    total, _ = charges(f)
    r = f["r"]
    copay = r.choice([295.00, 350.00, 425.00])
    d = Doc("Helvetica", footer="H4417_PSA26_M  Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10.5)
    d.ln(4)
    addressee(d, f)
    d.text_line("Your hospital stay is covered", 14, "B")
    d.ln(2)
    pairs(d, [("Member:", f["name"]), ("Member ID:", f["mid"]), ("Plan / PBP:", f"{GW_PLAN}, {GW_PBP}"),
              ("Date of birth:", D(f, f["dob"])), ("Hospital:", f["hosp"]), ("Hospital NPI:", f["npi"]),
              ("Stay:", f"admitted {D(f, f['adm'])}, discharged {D(f, f['dis'])}"),
              ("Claim no.:", f["claim"]), ("Authorization no.:", f["ref"]), ("Billed charges:", fmt_money(total))],
          lw=44)
    d.para(f"Dear {f['first']} {f['last']}:")
    d.para(f"{f['hosp']} is not in our network. After your emergency room visit on {D(f, f['adm'])} "
           f"({f['erg']}), the hospital called our utilization management line at {f['hour']} to ask us to "
           "approve the care you needed after you were stabilized. Our records show that we did not answer the "
           "hospital within one hour. Under Medicare rules, post-stabilization care that a plan does not respond to "
           "within one hour of the request is considered approved.")
    d.text_line("What this means for you", 11, "B")
    d.ln(1)
    d.para(f"We have paid the hospital's claim for your whole stay. You owe only your in-network inpatient copay of "
           f"{fmt_money(copay)}. The hospital may not bill you for any other amount for this stay. If you receive a "
           f"bill for more, call us at {f['ph']} (TTY 711).")
    d.para("You do not need to do anything. This letter is for your records. You will also see this claim on your "
           "monthly Explanation of Benefits.", 10)
    d.para(f"Sincerely,\nMember Services, {GW}", 10)
    t = truth("other", None, insurer=GW, plan_id=GW_PBP, member_id=f["mid"], member_name=f["name"],
              case_numbers=[f["claim"], f["ref"]], claim_amount=m2(total), service_dates=[iso(f["adm"], f["dis"])],
              denial_date=iso(f["notice"]), provider=f["hosp"], appeal_deadline=None,
              alternates={"insurer": [GW_PLAN], "case_numbers": [[f["claim"]]]}, type_alternates=["eob"])
    return pdf_bytes(d), t


def hospital_no_request(f: dict, fax: str) -> tuple[bytes, dict]:
    """Letter to the hospital: it never asked for post-stabilization authorization; days after stabilization denied."""
    total, denied = charges(f)
    r = f["r"]
    stab = f["xfer"]
    d = Doc("Courier", footer="GW-UM-PS4 (01/2026)   Page {p} of {n}")
    d.add_page()
    d.text_line(fax, 8)
    d.ln(2)
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 10)
    d.ln(3)
    for ln in (f["hosp"], "Attn: Patient Financial Services / Utilization Review", f"Fax {phone(r)}"):
        d.text_line(ln, 10)
    d.text_line(f"cc: {f['name']} (member)", 9)
    d.ln(4)
    d.text_line("PAYMENT DETERMINATION - POST-STABILIZATION SERVICES", 11.5, "B")
    d.ln(2)
    pairs(d, [("Patient:", f["name"]), ("Member ID:", f["mid"]), ("Plan:", f"{GW_PLAN} {GW_PBP}"),
              ("Claim #:", f["claim"]), ("Provider:", f"{f['hosp']}  NPI {f['npi']}"),
              ("Admit date:", D(f, f["adm"])), ("Discharge date:", D(f, f["dis"])),
              ("Denied days:", f"{D(f, stab + dt.timedelta(days=1))} - {D(f, f['dis'])}"),
              ("Total charges:", fmt_money(total)), ("Denied charges:", fmt_money(denied)),
              ("ED physician group:", f"{f['erg']} (claim paid separately)")], lw=48, size=9.5)
    d.para(f"The emergency department visit and the inpatient days through {D(f, stab)}, the date your records show "
           "the patient was stabilized, are approved as emergency services. The remaining days are denied.", 9.5)
    d.para("Reason: The hospital did not contact the plan to request authorization for post-stabilization care. Our "
           "post-stabilization line is staffed 24 hours a day and no request was received before discharge. The plan "
           "was first notified when the claim was received. Post-stabilization services at a non-contracted hospital "
           "require plan authorization once the enrollee is stable, unless the plan fails to respond to a request "
           "within one hour (42 CFR 422.113(c)).", 9.5)
    d.para("The enrollee is held harmless: you may not bill the enrollee for the denied days beyond the in-network "
           "cost sharing.", 9.5)
    d.para("A non-contracted provider may request reconsideration of this payment denial within 65 calendar days of "
           "the date of this notice by submitting a waiver of liability statement and the medical records. Send "
           f"requests to Provider Disputes, {ADDR[GW][0]}, {ADDR[GW][1]}.", 9.5)
    dl = f["notice"] + dt.timedelta(days=65)
    t = truth("denial_letter", "prior_authorization", insurer=GW, plan_id=GW_PBP, member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(total),
              service_dates=[iso(stab + dt.timedelta(days=1), f["dis"])], denial_date=iso(f["notice"]),
              provider=f["hosp"], appeal_deadline=iso(dl),
              alternates={"service_dates": [[iso(f["adm"], f["dis"])]], "claim_amount": [m2(denied)],
                          "insurer": [GW_PLAN]},
              denial_alternates=["out_of_network"])
    return pdf_bytes(d), t


def commercial_transfer_letter(f: dict) -> tuple[bytes, dict]:
    """Sunmoor: days after transfer offered and consent signed denied; balance billing explained."""
    total, denied = charges(f)
    consent = f["xfer"]
    first_denied = f["xfer"] + dt.timedelta(days=1)
    d = Doc("Times", footer="Sunmoor Health Alliance - SHA-ABD-PS  - page {p}/{n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    addressee(d, f)
    d.text_line("Notice of Adverse Benefit Determination", 13, "B")
    d.ln(2)
    d.table(["Member", "Member ID", "Group", "Claim number"],
            [[f["name"], f["mid"], f["grp"], f["claim"]]], [56, 40, 32, 48], size=10)
    d.table(["Facility", "Admission", "Discharge", "Billed"],
            [[f["hosp"], D(f, f["adm"]), D(f, f["dis"]), fmt_money(total)]], [76, 34, 34, 32], size=10,
            aligns="LLLR")
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"We processed the claim from {f['hosp']} for your stay that began with an emergency room visit on "
           f"{D(f, f['adm'])}. The hospital is not in the Sunmoor network. We covered the emergency care and the "
           f"days through {D(f, f['xfer'])} as emergency services, at your in-network cost sharing.", 11)
    d.para(f"We did not cover the days from {D(f, first_denied)} through {D(f, f['dis'])} ({fmt_money(denied)} of "
           "the charges). On " + D(f, f["xfer"]) + f", our nurse reviewer and the attending physician agreed that you "
           f"were stable and could travel by car to {f['innet']}, an in-network hospital. The hospital gave you its "
           f"written out-of-network notice and you signed the consent form on {D(f, consent)} to stay. Your plan does "
           "not cover non-emergency care from out-of-network hospitals (Certificate of Coverage, section 6.4).", 11)
    d.text_line("Balance billing", 11.5, "B")
    d.para(NSA + " Because you signed the consent, the protection does not apply to the days we denied, and the "
           "hospital may bill you for them.", 10.5)
    d.text_line("Your right to appeal", 11.5, "B")
    d.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal and any "
           f"records to Sunmoor Appeals, {ADDR[SM][0]}, {ADDR[SM][1]}. Questions: {f['ph']}. If your appeal is "
           "denied you may ask for an external review within 4 months of that decision.", 10.5)
    dl = f["notice"] + dt.timedelta(days=180)
    t = truth("denial_letter", "out_of_network", insurer=SM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[f["claim"]], claim_amount=m2(total),
              service_dates=[iso(first_denied, f["dis"])], denial_date=iso(f["notice"]), provider=f["hosp"],
              appeal_deadline=iso(dl),
              alternates={"service_dates": [[iso(f["adm"], f["dis"])]], "claim_amount": [m2(denied)]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def commercial_appeal_upheld(f: dict, first_d: dt.date, appeal_no: str) -> tuple[bytes, dict]:
    total, denied = charges(f)
    first_denied = f["xfer"] + dt.timedelta(days=1)
    d = Doc("Times", footer="page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line(D(f, f["notice"]), 11)
    d.ln(4)
    addressee(d, f)
    d.text_line("Appeal Decision - Denial Upheld", 13, "B")
    d.ln(2)
    pairs(d, [("Appeal number:", appeal_no), ("Claim number:", f["claim"]), ("Member:", f["name"]),
              ("Member ID:", f["mid"]), ("Group:", f["grp"]), ("Hospital:", f["hosp"]),
              ("Days under appeal:", f"{D(f, first_denied)} through {D(f, f['dis'])}"),
              ("Amount under appeal:", fmt_money(denied)), ("Original decision:", D(f, first_d))], lw=46, size=10.5)
    d.para(f"Dear {f['first']} {f['last']},", 11)
    d.para(f"You appealed our decision not to cover the last days of your stay at {f['hosp']}, which began with an "
           f"emergency visit on {D(f, f['adm'])} (emergency physicians: {f['erg']}). A physician board-certified in "
           "internal medicine who took no part in the first decision reviewed the hospital records, the transfer "
           "offer and your letter.", 11)
    d.para(f"Decision: we uphold the denial. The records show that on {D(f, f['xfer'])} you were medically stable, "
           f"a bed was available at {f['innet']}, and transport was offered. Care after that date was not emergency "
           "care and the plan has no out-of-network benefit for it. Your emergency care and the days before the "
           "transfer offer remain covered.", 11)
    d.para("This is the first-level appeal decision. You may file a second-level appeal within 60 days of the date "
           f"of this letter, or ask for an external review within 4 months. Call {f['ph']} with questions.", 11)
    dl = f["notice"] + dt.timedelta(days=60)
    t = truth("denial_letter", "out_of_network", insurer=SM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["name"], case_numbers=[appeal_no, f["claim"]], claim_amount=m2(denied),
              service_dates=[iso(first_denied, f["dis"])], denial_date=iso(f["notice"]), provider=f["hosp"],
              appeal_deadline=iso(dl), alternates={"service_dates": [[iso(f["adm"], f["dis"])]]},
              denial_alternates=["not_covered"])
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------------------------- EOBs
def eob(f: dict, paid: bool) -> tuple[bytes, dict]:
    r = f["r"]
    total, denied = charges(f)
    d = Doc("Helvetica", footer="Page {p} of {n}")
    d.add_page()
    letterhead(d, f)
    d.text_line("EXPLANATION OF BENEFITS", 15, "B")
    d.text_line("THIS IS NOT A BILL", 9, "B")
    d.ln(3)
    y0 = d.get_y()
    addressee(d, f)
    d.set_xy(112, y0)
    for k, v in [("Statement date", D(f, f["notice"])), ("Patient", f["name"]), ("Member ID", f["mid"]),
                 ("Group no.", f["grp"]), ("Date of birth", D(f, f["dob"]))]:
        d.set_x(112)
        d.font(9, "B")
        d.cell(30, 5, k)
        d.font(9)
        d.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    d.set_y(max(d.get_y(), y0 + 28) + 3)
    rows = []
    er_claim = "PM" + digits(r, 11)
    er_b = 1240.00 + r.randint(0, 600)
    if not paid:
        d.font(10, "B")
        d.cell(0, 6, f"Claim {er_claim}  -  {f['erg']}  (NPI {f['npi2']})", new_x="LMARGIN", new_y="NEXT")
        d.table(["Service date", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"],
                [[D(f, f["adm"]), "ER physician visit, high severity (99285)", fmt_money(er_b),
                  fmt_money(er_b * 0.62), fmt_money(er_b * 0.62 - 150), fmt_money(150), "E1"]],
                [24, 62, 20, 20, 20, 18, 14], size=8, aligns="LLRRRRL", border_head="TB")
    d.font(10, "B")
    d.cell(0, 6, f"Claim {f['claim']}  -  {f['hosp']}  (out of network, NPI {f['npi']})", new_x="LMARGIN",
           new_y="NEXT")
    ded = 1500.00
    if paid:
        allowed = round(total * 0.58, 2)
        coins = round((allowed - ded) * 0.2, 2)
        rows = [[f"{D(f, f['adm'])} to {D(f, f['dis'])}", "Inpatient stay, room and board + ancillary", fmt_money(total),
                 fmt_money(allowed), fmt_money(allowed - ded - coins), fmt_money(ded + coins), "PS1"]]
        legend = [("PS1", f"Post-stabilization care. The hospital asked for authorization on {D(f, f['xfer'])}; we did "
                          "not respond within one hour, so the care is deemed approved and paid as in network. "
                          "Balance billing protection applies: you owe only the amount in 'You owe'.")]
    else:
        ok = total - denied
        allowed = round(ok * 0.6, 2)
        coins = round((allowed - ded) * 0.2, 2)
        rows = [[f"{D(f, f['adm'])} to {D(f, f['xfer'])}", "Inpatient days (emergency / stabilization)", fmt_money(ok),
                 fmt_money(allowed), fmt_money(allowed - ded - coins), fmt_money(ded + coins), "PS1"],
                [f"{D(f, f['xfer'] + dt.timedelta(days=1))} to {D(f, f['dis'])}", "Inpatient days after transfer offer",
                 fmt_money(denied), fmt_money(0), fmt_money(0), "see PS4", "PS4"],
                ["*Claim total", "", fmt_money(total), fmt_money(allowed), fmt_money(allowed - ded - coins), "", ""]]
        legend = [("E1", "Emergency services paid at in-network cost sharing."),
                  ("PS1", "Emergency and post-stabilization days paid as in network."),
                  ("PS4", f"Not covered. On {D(f, f['xfer'])} the plan asked the hospital to transfer you to "
                          f"{f['innet']}, an in-network hospital, and you were able to travel. Care at an "
                          "out-of-network hospital after that is not covered. If you did not sign the hospital's "
                          "out-of-network consent form, the hospital may not balance bill you for these days; call us.")]
    d.table(["Service dates", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [36, 58, 20, 18, 18, 16, 12], size=7.6, aligns="LLRRRRL", border_head="TB")
    d.text_line("Remark codes", 10, "B")
    for k, v in legend:
        d.para(f"{k}  {v}", 8.6, gap=1)
    d.ln(1)
    d.text_line(f"Plan-year deductible met: {fmt_money(ded)} of {fmt_money(ded)}    Out-of-pocket maximum: "
                f"{fmt_money(6500)}", 8.5)
    d.ln(2)
    if paid:
        d.para("If you disagree with how this claim was processed, call Member Services. " + NSA, 8.6)
    else:
        d.para("You may appeal the denied services within 180 days of the date of this statement. Write to Pellucid "
               f"Mutual Appeals, {ADDR[PM][0]}, {ADDR[PM][1]}.", 9)
    d.para(f"Questions? Call {f['ph']} (TTY 711).", 9)
    common = dict(insurer=PM, member_id=f["mid"].replace(" ", ""), group_number=f["grp"], member_name=f["name"],
                  case_numbers=[f["claim"]], claim_amount=m2(total), denial_date=iso(f["notice"]), provider=f["hosp"])
    if paid:
        t = truth("eob", None, service_dates=[iso(f["adm"], f["dis"])], appeal_deadline=None,
                  type_alternates=["other"], **common)
    else:
        t = truth("eob", "out_of_network", service_dates=[iso(f["xfer"] + dt.timedelta(days=1), f["dis"])],
                  appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
                  alternates={"service_dates": [[iso(f["adm"], f["dis"])]], "claim_amount": [m2(denied)]},
                  denial_alternates=["not_covered"], **common)
    return pdf_bytes(d), t


# ----------------------------------------------------------------------------------------------- plan
def documents(rng) -> list[Item]:
    items = []
    f = facts(random.Random(210501), GW, "long")
    items.append(Item(f"{FAMILY}_bd_ma_days_after_transfer_request_denied", "born_digital", [ma_transfer_denial(f)]))

    f = facts(random.Random(210502), PM, "slash")
    items.append(Item(f"{FAMILY}_bd_eob_deemed_approved_paid", "born_digital", [eob(f, True)]))

    f = facts(random.Random(210503), SM, "abbr")
    items.append(Item(f"{FAMILY}_scan300_consent_signed_balance_billing", "scan_clean_300",
                      [commercial_transfer_letter(f)]))

    f = facts(random.Random(210504), GW, "dmy")
    items.append(Item(f"{FAMILY}_copy_ma_no_answer_within_hour_covered", "photocopy", [ma_deemed_approved(f)]))

    f = facts(random.Random(210505), GW, "slash")
    fax = f"FROM: GREYWATER HEALTH PLANS UM  {fmt_date(f['notice'], 'short')} 09:41   TO: {f['hosp'].upper()}  P.1/2"
    items.append(Item(f"{FAMILY}_faxstd_hospital_no_poststab_request", "fax_standard_g4",
                      [hospital_no_request(f, fax)]))

    f = facts(random.Random(210506), PM, "iso")
    items.append(Item(f"{FAMILY}_rot_eob_days_after_transfer_er_group_paid", "rotated", [eob(f, False)]))

    f = facts(random.Random(210507), SM, "upper")
    first_d = f["notice"] - dt.timedelta(days=f["r"].randint(50, 75))
    items.append(Item(f"{FAMILY}_lowres_appeal_upheld", "scan_lowres_150",
                      [commercial_appeal_upheld(f, first_d, "APL" + digits(f["r"], 7))]))
    return items
