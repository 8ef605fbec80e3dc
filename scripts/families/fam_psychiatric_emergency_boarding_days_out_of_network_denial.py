"""Family 'psychiatric_emergency_boarding_days_out_of_network_denial': a psychiatric patient held in the emergency
department of an out-of-network hospital for days while no psychiatric bed is found ("boarding"), billed on a UB-04
with revenue codes 0450 (emergency room) and 0762 (observation room), and the days after the plan says the patient
was stable refused as out-of-network post-stabilization care.

Documents: a standard-fax stack of a No Surprises Act EOB (two claims: the ED physician group paid at in-network
cost sharing, the hospital claim with the 0450 day paid and the 0762 boarding days denied) and a copy of the
hospital's UB-04; the hospital's statement to the parent (photocopy); a Medicaid MCO notice of adverse benefit
determination with state fair hearing and continuation rights (scan); a state insurance department's reply to a
complaint, reprocessing ordered (sideways; refuses nothing); a phone photo of a commercial prose letter (facts in
sentences; a crisis line's hours as a decoy); a low-resolution IRO decision upholding two of the days; a born-digital
reprocessed EOB paying the days under the No Surprises Act (nothing denied).

All values invented (insurers, hospitals, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "psychiatric_emergency_boarding_days_out_of_network_denial"
LANG = "en"
SEED = 317600
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
OBLIQUE = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, header: str | None = None, margins=(16, 14, 16)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVu", "I", OBLIQUE)


def phone(r: Rand) -> str:
    return f"{r.digits(3)}.{r.digits(3)}.{r.digits(4)}"


def stay(r: Rand) -> dict:
    """An ED arrival, the day the plan calls the patient stable, and the boarding days after it."""
    arrive = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 140))
    n = r.randint(3, 5)
    last = arrive + dt.timedelta(days=n)
    ed = float(r.randint(3100, 5200)) + r.choice([0, 0.5])
    per_day = float(r.randint(2150, 3400))
    board = per_day * n
    return dict(arrive=arrive, stable=arrive + dt.timedelta(days=1), first_board=arrive + dt.timedelta(days=1),
                last=last, n=n, ed=ed, per_day=per_day, board=board, total=ed + board)


# ---------------------------------------------------------------- 0: standard-fax stack: NSA EOB + UB-04 copy
def doc_nsa_eob(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Stillwater Crossing Health Plan"
    stmt = f["last"] + dt.timedelta(days=r.randint(30, 45))
    f["stmt"] = stmt
    pg = "Lakeshore Emergency Physicians, PA"
    pg_claim = f"{r.digits(3)}-{r.digits(7)}"
    pg_bill = float(r.randint(900, 1600))
    d = Page("Stillwater Crossing Health Plan  -  EOB  -  {p}/{n}", header=f"EOB for {f['member']} continued")
    d.add_page()
    d.text_line("STILLWATER CROSSING", 16, "B", h=8)
    d.text_line("HEALTH PLAN", 9, "B", h=4.5)
    d.text_line(f"{ins}  |  PO Box 7730, Bangor, ME 04401  |  {phone(r)}", 8, h=5)
    d.ln(3)
    d.text_line("Explanation of Benefits  -  This is not a bill", 12, "B", h=7)
    d.ln(1)
    for lab, val in [("Date processed", fmt_date(stmt, "abbr")), ("Patient", f["member"]),
                     ("Subscriber", f["sub"]), ("Subscriber ID", f["mid"]), ("Group", f["grp"])]:
        d.font(8.8)
        d.cell(34, 5, lab + ":")
        d.font(8.8, "B")
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.set_fill_color(230, 230, 230)
    d.font(9, "B")
    d.cell(0, 6, f" Claim {pg_claim}  -  {pg}  -  out of network (emergency)", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.table(["Dates", "Service", "Billed", "Allowed (QPA)", "Paid", "Your share"],
            [[fmt_date(f["arrive"], "slash"), "99285 ED visit", fmt_money(pg_bill), fmt_money(pg_bill * 0.4),
              fmt_money(pg_bill * 0.4 - 150), "150.00"]], [40, 44, 26, 30, 26, 24], size=8.2, aligns="LLRRRR")
    d.font(9, "B")
    d.cell(0, 6, f" Claim {f['claim']}  -  {f['hosp']}  -  out of network", fill=True, new_x="LMARGIN", new_y="NEXT")
    rows = [[fmt_date(f["arrive"], "slash"), "0450 Emergency room", fmt_money(f["ed"]), fmt_money(f["ed"] * 0.45),
             fmt_money(f["ed"] * 0.45 - 250), "250.00", "NS1"],
            [f"{fmt_date(f['first_board'], 'slash')}-{fmt_date(f['last'], 'slash')}", f"0762 Observation x{f['n']}",
             fmt_money(f["board"]), "0.00", "0.00", "0.00", "PS4"],
            ["*Claim total", "", fmt_money(f["total"]), "", "", "", ""]]
    d.table(["Dates", "Revenue code", "Billed", "Allowed", "Paid", "Your share", "Code"], rows,
            [44, 40, 24, 22, 22, 20, 12], size=8.2, aligns="LLRRRRL")
    d.text_line("Codes", 9.5, "B", h=5.5)
    d.para("NS1  Emergency services from an out-of-network provider. Under the federal No Surprises Act you pay no "
           "more than your in-network cost sharing, and the provider may not bill you more.", 8.4)
    d.para(f"PS4  Post-stabilization days. Our reviewer found the patient stable for transfer on "
           f"{fmt_date(f['stable'], 'slash')}, and an in-network psychiatric bed was offered. Care at an out-of-network "
           "hospital after that point is covered only if the hospital gave you a notice and you consented, or if "
           "transfer was not possible. These observation days are out of network and are not covered.", 8.4)
    d.para("Appeal rights: you may appeal within 180 days of the date this EOB was processed. Questions about "
           "surprise billing: call the federal No Surprises Help Desk at 1-800-985-3059.", 8.4)
    t = truth("eob", "out_of_network", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["claim"]], claim_amount=m2(f["total"]),
              service_dates=[iso(f["first_board"], f["last"])], denial_date=iso(stmt), provider=f["hosp"],
              appeal_deadline=iso(stmt + dt.timedelta(days=180)), denial_alternates=["level_of_care"],
              alternates={"claim_amount": [m2(f["board"])],
                          "service_dates": [[iso(f["arrive"], f["last"])],
                                            [iso(f["arrive"]), iso(f["first_board"], f["last"])]]})
    return pdf_bytes(d), t


def doc_ub04(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc("Courier", margins=(10, 10, 10))
    d.add_page()
    d.set_font("Helvetica", "B", 9)
    d.cell(0, 5, "UB-04 CMS-1450  (copy for patient - not a bill)", new_x="LMARGIN", new_y="NEXT")
    d.ln(1)

    def box(x, y, w, h, label, val, size=8.4):
        d.rect(x, y, w, h)
        d.set_xy(x + 0.8, y + 0.5)
        d.set_font("Helvetica", "", 5.6)
        d.cell(w - 1.6, 2.6, label)
        d.set_xy(x + 0.8, y + 3.4)
        d.set_font("Courier", "", size)
        d.multi_cell(w - 1.6, 3.6, val)

    y = 18
    box(10, y, 96, 20, "1 BILLING PROVIDER", f"{f['hosp']}\n420 Harbor View Road\nBangor, ME 04401")
    box(106, y, 46, 10, "3a PAT CNTL #", f["acct"])
    box(152, y, 54, 10, "4 TYPE OF BILL", "0131")
    box(106, y + 10, 46, 10, "5 FED TAX NO", f"01-{r.digits(7)}")
    box(152, y + 10, 54, 10, "6 STATEMENT COVERS PERIOD",
        f"{f['arrive'].strftime('%m%d%y')}  {f['last'].strftime('%m%d%y')}")
    y += 20
    box(10, y, 96, 10, "8 PATIENT NAME", f["member"])
    box(106, y, 50, 10, "10 BIRTHDATE", f["dob"].strftime("%m/%d/%Y"))
    box(156, y, 50, 10, "12 ADMISSION DATE", fmt_date(f["arrive"], "slash"))
    y += 14
    d.set_xy(10, y)
    rows = [["0450", "EMERGENCY ROOM", "99285", fmt_date(f["arrive"], "slash"), "1", fmt_money(f["ed"], "nosign")],
            ["0762", "OBSERVATION ROOM", "G0378", fmt_date(f["first_board"], "slash"), str(f["n"]),
             fmt_money(f["board"], "nosign")],
            ["0001", "TOTAL CHARGES", "", "", "", fmt_money(f["total"], "nosign")]]
    d.table(["42 REV", "43 DESCRIPTION", "44 HCPCS", "45 SERV DATE", "46 UNITS", "47 TOTAL CHARGES"], rows,
            [20, 56, 24, 32, 20, 44], size=8.4, aligns="LLLLRR", border_head="TB")
    y = d.get_y() + 2
    box(10, y, 70, 10, "50 PAYER NAME", "STILLWATER CROSSING HP")
    box(80, y, 60, 10, "56 NPI", r.npi())
    box(140, y, 66, 10, "60 INSURED'S UNIQUE ID", f["mid"])
    y += 10
    box(10, y, 70, 10, "58 INSURED'S NAME", f["sub"].upper())
    box(80, y, 60, 10, "62 INSURANCE GROUP NO", f["grp"])
    box(140, y, 66, 10, "67 PRIN DIAG CD", "F25.0")
    y += 10
    box(10, y, 196, 10, "76 ATTENDING", f"NPI {r.npi()}   LAST PALLADINO   FIRST RENATA")
    y += 14
    d.set_xy(10, y)
    d.set_font("Helvetica", "", 8)
    d.multi_cell(0, 4, f"Statement period {fmt_date(f['arrive'], 'slash')} to {fmt_date(f['last'], 'slash')}. "
                 "Sent at the family's request with the plan's EOB. The hospital is not in the plan's network; "
                 "no notice-and-consent form was signed during this visit.")
    t = truth("other", None, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              claim_amount=m2(f["total"]), service_dates=[iso(f["arrive"], f["last"])], provider=f["hosp"],
              unscored=["insurer", "denial_date"],
              alternates={"service_dates": [[iso(f["arrive"]), iso(f["first_board"])]]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, first, _, last = r.person()
    sub = f"{r.choice(['Harriet', 'Gideon', 'Leticia'])} {r.choice('BDKM')}. {last}"
    f = stay(r)
    f.update(member=member, sub=sub, mid=f"SCH{r.digits(9)}", grp=f"{r.digits(4)}-{r.digits(3)}",
             claim=f"{r.digits(12)}", hosp="Penobscot Harbor General Hospital", acct=f"{r.digits(9)}",
             dob=dt.date(r.randint(2008, 2011), r.randint(1, 12), r.randint(1, 28)))
    eob = doc_nsa_eob(r, f)
    ub = doc_ub04(r, f)
    return Item(f"{FAMILY}_eob_ub04_stack", "fax_standard_g4", [eob, ub])


# ---------------------------------------------------------------- 1: hospital statement (photocopy)
def doc_hospital_statement(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    guar = f"{r.choice(['Naomi', 'Jasper', 'Ingrid'])} {r.choice('CFL')}. {last}"
    f = stay(r)
    hosp = "Saint Anselm Mercy Hospital"
    ins = "Keystone Lantern Health"
    mid, claim = f"KLH-{r.digits(3)}-{r.digits(4)}", f"{r.digits(2)}{r.letters(2)}{r.digits(8)}"
    acct = f"{r.digits(8)}"
    stmt = f["last"] + dt.timedelta(days=r.randint(55, 75))
    ins_paid = round(f["ed"] * 0.5, 2)
    bal = round(f["total"] - ins_paid, 2)
    d = Page(None, margins=(14, 12, 14))
    d.add_page()
    d.text_line("Saint Anselm Mercy Hospital", 15, "B", h=7.5)
    d.text_line(f"Patient Financial Services  *  77 Depot Street, Macon, GA 31201  *  {phone(r)}", 8.3, h=4.6)
    d.ln(2)
    d.set_fill_color(215, 215, 215)
    d.font(9, "B")
    for w, lab in [(46, "Guarantor"), (30, "Account"), (34, "Statement date"), (36, "Amount due now"), (36, "Due by")]:
        d.cell(w, 5.5, lab, border=1, fill=True)
    d.ln(5.5)
    d.font(9)
    for w, val in [(46, guar), (30, acct), (34, fmt_date(stmt, "upper")), (36, fmt_money(bal)),
                   (36, "Upon receipt")]:
        d.cell(w, 7, val, border=1)
    d.ln(10)
    d.para(f"Patient: {member}     Visit: emergency department, arrived {fmt_date(f['arrive'], 'upper')}, left "
           f"{fmt_date(f['last'], 'upper')} (transfer to an inpatient psychiatric unit)", 9)
    d.para(f"Billed to: {ins}   ID {mid}   Claim {claim}", 9)
    rows = [[fmt_date(f["arrive"], "upper"), "0450", "Emergency department, level 5", fmt_money(f["ed"], "nosign")],
            [fmt_date(f["first_board"], "upper"), "0762", f"Observation/boarding, {f['n']} days at "
             f"{fmt_money(f['per_day'], 'nosign')}", fmt_money(f["board"], "nosign")],
            ["*Total charges", "", "", fmt_money(f["total"], "nosign")],
            ["", "", f"{ins} payment", "-" + fmt_money(ins_paid, "nosign")],
            ["", "", "Insurance denied: observation days (out of network)", "0.00"],
            ["*Your balance", "", "", fmt_money(bal, "nosign")]]
    d.table(["Date", "Rev", "Description", "Amount"], rows, [34, 14, 106, 30], size=8.6, aligns="LLLR")
    d.para("Your insurance company denied the days your child waited in our emergency department for a psychiatric "
           "bed. We believe these days are emergency services protected by the No Surprises Act. We have appealed "
           "to your insurer. You may also file a complaint with your state insurance department. If you cannot pay, "
           "ask about financial assistance; applications are accepted for 240 days after the first statement.", 9)
    d.para("Guarantor date of birth on file: " + fmt_date(dt.date(r.randint(1972, 1988), r.randint(1, 12),
                                                                   r.randint(1, 28)), "slash"), 8)
    t = truth("other", None, member_id=mid, member_name=member, case_numbers=[claim], claim_amount=m2(f["total"]),
              service_dates=[iso(f["arrive"], f["last"])], denial_date=iso(stmt), provider=hosp,
              unscored=["insurer"], alternates={"case_numbers": [[]], "claim_amount": [m2(bal)]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: Medicaid MCO notice of adverse determination
def doc_mco_notice(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    f = stay(r)
    mco = "Sweetgrass Community Care Plan"
    medicaid = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}"
    ref = f"UM{r.digits(9)}"
    hosp = "Mesa Verde Regional Medical Center"
    notice = f["last"] + dt.timedelta(days=r.randint(10, 20))
    prior = f["arrive"] - dt.timedelta(days=r.randint(40, 80))
    d = Doc("Helvetica", footer="Sweetgrass Community Care Plan - a Medicaid managed care plan - page {p} of {n}",
            margins=(20, 16, 20))
    d.add_page()
    d.text_line("Sweetgrass Community Care Plan", 14, "B", h=7)
    d.text_line("Utilization Management  |  3300 Lantern Way, Pueblo, CO 81003", 8.5, h=5)
    d.ln(4)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C", h=7)
    d.ln(3)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 34), ("Enrollee", member, 52),
             ("Medicaid ID", medicaid, 36), ("Review no.", ref, 48)])
    d.ln(4)
    d.para(f"Dear {first} {last}:", 10)
    d.para(f"{hosp}, which is not in our network, asked us to pay for your stay in its emergency department from "
           f"{fmt_date(f['arrive'], 'long')} through {fmt_date(f['last'], 'long')}. We approved the emergency "
           f"visit on {fmt_date(f['arrive'], 'long')}. We are DENYING the observation days from "
           f"{fmt_date(f['first_board'], 'long')} through {fmt_date(f['last'], 'long')} (revenue code 0762, "
           f"{fmt_money(f['board'])}).", 10)
    d.text_line("Why we made this decision", 10.5, "B", h=6)
    d.para(f"Our medical director reviewed the records. You were medically stable on "
           f"{fmt_date(f['stable'], 'long')}. On that day a bed at an in-network psychiatric hospital, Ridgeline "
           "Behavioral Health, was available and the hospital did not ask us to approve further care or arrange the "
           "transfer. Post-stabilization care from a non-network hospital needs our approval (42 CFR 438.114(e); "
           "your Member Handbook, chapter 6). You will not be billed for these days by a Medicaid provider.", 10)
    d.para(f"Your earlier emergency visit on {fmt_date(prior, 'long')} was paid and is not part of this notice.", 9.5)
    d.text_line("Your rights", 10.5, "B", h=6)
    d.para("Plan appeal: you may ask us for an appeal within 60 days of the date of this notice. Call Member "
           f"Services at {phone(r)} or write to Appeals, PO Box 4410, Pueblo, CO 81003. We decide standard appeals "
           "within 30 days and fast appeals within 72 hours.", 9.8)
    d.para("State fair hearing: after our appeal decision you may ask for a State fair hearing within 120 days of "
           "the date of our appeal decision letter. You may represent yourself or have a lawyer, relative, friend "
           "or other spokesperson speak for you. Free legal help: Colorado Legal Aid Line.", 9.8)
    d.para("Continuing benefits: if this notice ended a service you were getting, you may keep it during the appeal "
           "if you ask within 10 days of the date of this notice. You may have to pay for services given during "
           "the appeal if the decision is not in your favor.", 9.8)
    d.para("You have the right to free copies of all documents and criteria used to make this decision.", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=mco, member_id=medicaid.replace(" ", ""),
              member_name=member, case_numbers=[ref], claim_amount=m2(f["board"]),
              service_dates=[iso(f["first_board"], f["last"])], denial_date=iso(notice), provider=hosp,
              appeal_deadline=iso(notice + dt.timedelta(days=60)),
              denial_alternates=["prior_authorization", "level_of_care"],
              alternates={"claim_amount": [None], "service_dates": [[iso(f["arrive"], f["last"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: state regulator's reply (rotated)
def doc_regulator_reply(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    parent = f"{r.choice(['Beatriz', 'Wendell', 'Odette'])} {r.choice('GHN')}. {last}"
    f = stay(r)
    ins = "Granite Lake Assurance Company"
    hosp = "Quarry Street Community Hospital"
    cmp_no, claim = f"CSD-2026-{r.digits(5)}", f"{r.digits(4)}{r.letters(1)}{r.digits(6)}"
    mid = f"GLA{r.digits(8)}"
    letter = f["last"] + dt.timedelta(days=r.randint(70, 100))
    recv = letter - dt.timedelta(days=r.randint(20, 35))
    d = Doc("Times", footer="An equal opportunity employer.  Consumer Services hotline " + r.phone(),
            margins=(24, 20, 24))
    d.add_page()
    d.text_line("STATE OF NORTH DAKOTA", 10, "B", align="C", h=5)
    d.text_line("Department of Insurance", 16, "B", align="C", h=8)
    d.text_line("Consumer Services Division  -  600 East Boulevard, Bismarck, ND 58505", 9, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(letter, "long"), 11, h=6)
    d.ln(2)
    for ln in [parent, *r.address()]:
        d.text_line(ln, 11, h=5.2)
    d.ln(4)
    d.text_line(f"Re: your complaint {cmp_no} about {ins}", 11, "B", h=6)
    d.ln(2)
    d.para(f"Dear {parent.split()[0]} {last}:", 11)
    d.para(f"Thank you for your complaint, which we received on {fmt_date(recv, 'long')}, about the emergency "
           f"department stay of your son, {member}, at {hosp} from {fmt_date(f['arrive'], 'long')} through "
           f"{fmt_date(f['last'], 'long')}. The insurer had paid the first day and denied the remaining "
           f"observation days on claim {claim} as out-of-network care after stabilization.", 11)
    d.para("We asked the insurer to explain its decision. Under the No Surprises Act and state law, services after "
           "a patient is stabilized remain emergency services unless the hospital gave the patient written notice "
           "and obtained consent, and the patient was able to travel by non-medical transportation to an "
           "available in-network facility. The insurer has told us that no notice and consent was obtained and "
           "that it will reprocess the claim as emergency services, with in-network cost sharing.", 11)
    d.para(f"The insurer expects to send a new Explanation of Benefits within 30 days. Member ID {mid} was used "
           "for the reprocessing. If you do not receive it, or if the hospital bills you more than your "
           "in-network cost sharing, please write to us and mention the complaint number above. We are closing "
           "this file as resolved in your favor. This letter is not a decision by your insurer.", 11)
    d.ln(2)
    d.para("Sincerely,\n\nMarisol D. Rutledge\nSenior Consumer Advocate", 11)
    t = truth("other", None, member_id=mid, member_name=member, case_numbers=[cmp_no, claim],
              service_dates=[iso(f["arrive"], f["last"])], denial_date=iso(letter), provider=hosp,
              unscored=["insurer"],
              alternates={"case_numbers": [[claim], [cmp_no]],
                          "service_dates": [[iso(f["first_board"], f["last"])], []]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 4: commercial prose letter (phone photo)
def doc_prose_denial(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    f = stay(r)
    ins = "Cedar Fork Health Insurance, Inc."
    hosp = "Valdez Memorial Hospital"
    mid, grp = f"{r.letters(2)}{r.digits(7)}-0{r.randint(1, 3)}", f"{r.digits(7)}"
    claim = f"{r.digits(3)} {r.digits(3)} {r.digits(4)}"
    letter = f["last"] + dt.timedelta(days=r.randint(25, 40))
    d = Page("Cedar Fork Health Insurance, Inc. - 1 Harbor View Road, Lubbock, TX 79401", margins=(22, 18, 22))
    d.add_page()
    d.text_line("Cedar Fork Health", 17, "B", h=8)
    d.ln(6)
    d.text_line(fmt_date(letter, "wlong"), 10.5, h=6)
    d.ln(2)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10.5, h=5)
    d.ln(5)
    d.para(f"Dear {first} {last},", 10.5)
    d.para(f"We reviewed the claim from {hosp} for your emergency care that began on "
           f"{fmt_date(f['arrive'], 'long')}. The hospital billed {fmt_money(f['total'])} under claim number "
           f"{claim}. We will pay your emergency room visit that day as in-network care. We will not pay for "
           f"the {f['n']} days of observation from {fmt_date(f['first_board'], 'long')} through "
           f"{fmt_date(f['last'], 'long')}.", 10.5)
    d.para(f"Here is why. Your plan, group {grp}, is an HMO that covers care outside its network only for "
           "emergencies. The hospital's notes show that by the morning after you arrived your condition was "
           "stable, you were able to travel by car with a family member, and an in-network crisis stabilization "
           "unit had a bed. Care after that point was not emergency care, and it was given by a hospital outside "
           "your network. The days are therefore not covered.", 10.5)
    d.para(f"Your member ID is {mid}. You can appeal this decision. Your appeal must reach us within 180 days of the "
           "date of this letter; send it to Cedar Fork Appeals at the address below, or call the number on your "
           "ID card. If waiting could seriously harm your health, ask for an expedited appeal, decided within 72 "
           "hours. You may also ask for an independent external review.", 10.5)
    d.para("Need to talk to someone now? Our behavioral health crisis line is open 24 hours a day, and our care "
           "navigators are available weekdays from 8 a.m. to 8 p.m. (holiday hours: December 24 and 31, 2026, "
           "8 a.m. to noon).", 10)
    d.para("Sincerely,\nBehavioral Health Utilization Review", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[claim.replace(" ", "")], claim_amount=m2(f["total"]),
              service_dates=[iso(f["first_board"], f["last"])], denial_date=iso(letter), provider=hosp,
              appeal_deadline=iso(letter + dt.timedelta(days=180)), denial_alternates=["level_of_care"],
              alternates={"service_dates": [[iso(f["arrive"], f["last"])]], "insurer": ["Cedar Fork Health"]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: IRO decision upholding (low res)
def doc_iro_upheld(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    f = stay(r)
    iro = "Northfield Independent Review Associates"
    plan = "Bayberry Health Maintenance Organization"
    iro_no, plan_ref = f"NIRA-{r.digits(6)}", f"GR{r.digits(8)}"
    mid = f"{r.digits(3)}-{r.digits(2)}-{r.digits(4)}"
    hosp = "Fairchild County Hospital"
    decided = f["last"] + dt.timedelta(days=r.randint(120, 160))
    ovt = f["arrive"] + dt.timedelta(days=2)
    d = Page("NIRA - external review decision - page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("Northfield Independent Review Associates", 13.5, "B", h=7)
    d.text_line("Accredited independent review organization", 8.5, "I", h=5)
    d.rule(0.5, 4)
    d.text_line("Notice of External Review Decision", 12, "B", h=7)
    tbl = [("IRO case", iro_no), ("Health plan", plan), ("Plan grievance no.", plan_ref), ("Enrollee", member),
           ("Enrollee ID", mid), ("Decision issued", fmt_date(decided, "dmy")),
           ("Services reviewed", f"ED observation (0762), {fmt_date(f['first_board'], 'dmy')} to "
            f"{fmt_date(f['last'], 'dmy')}, {hosp}")]
    for lab, val in tbl:
        d.font(9, "B")
        d.cell(44, 5.6, lab, border="B")
        d.font(9)
        d.cell(0, 5.6, val, border="B", new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    d.text_line("Decision", 10.5, "B", h=6)
    d.para(f"The reviewer, a board-certified psychiatrist, OVERTURNS the denial for "
           f"{fmt_date(f['first_board'], 'dmy')}, the first boarding day, when the patient was still not stable for "
           f"transfer. The reviewer UPHOLDS the denial for the days from {fmt_date(ovt, 'dmy')} through "
           f"{fmt_date(f['last'], 'dmy')}: the record shows the patient was stable, a network bed was available "
           "and the family declined the transfer after a notice was explained and signed.", 9.6)
    d.text_line("Basis", 10.5, "B", h=6)
    d.para("Records from the hospital and the plan; the plan's evidence of coverage; the notice-and-consent form "
           "signed on the second day; generally accepted standards for emergency psychiatric care. The total billed "
           f"for the stay was {fmt_money(f['total'])}, of which {fmt_money(f['board'])} was for observation.", 9.6)
    d.para("This decision is binding on the plan and on the enrollee, except to the extent other remedies are "
           "available under state or federal law. The plan must pay for the overturned day promptly. There is no "
           "further appeal to this organization.", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=iro, member_id=mid, member_name=member,
              case_numbers=[iro_no, plan_ref], claim_amount=m2(f["total"]),
              service_dates=[iso(ovt, f["last"])], denial_date=iso(decided), provider=hosp,
              denial_alternates=["level_of_care", "medical_necessity"],
              alternates={"insurer": [plan], "case_numbers": [[iro_no]], "claim_amount": [m2(f["board"]), None],
                          "service_dates": [[iso(f["first_board"], f["last"])]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: reprocessed EOB, paid (born digital)
def doc_reprocessed_eob(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    f = stay(r)
    ins = "Trevino Mutual Health Company"
    mid, grp = f"TMH{r.digits(3)}{r.letters(1)}{r.digits(5)}", f"G{r.digits(6)}"
    claim, old = f"{r.digits(10)}A1", f"{r.digits(10)}"
    hosp = "Sawtooth Pines Medical Center"
    issued = f["last"] + dt.timedelta(days=r.randint(100, 130))
    a_ed, a_bd = round(f["ed"] * 0.46, 2), round(f["board"] * 0.42, 2)
    d = Page("Trevino Mutual Health  |  Explanation of Benefits  |  page {p} of {n}")
    d.add_page()
    d.font(17, "B")
    d.cell(100, 9, "Trevino Mutual Health")
    d.font(8.5)
    d.multi_cell(0, 4.3, f"Statement issued {fmt_date(issued, 'long')}\nAdjusted claim {claim}\n(replaces claim {old})",
                 align="R", new_x="LMARGIN", new_y="NEXT")
    d.text_line(f"{ins}  |  Claims, PO Box 5150, Laredo, TX 78040", 8.2, h=4.5)
    d.ln(3)
    d.boxes([("For", member, 50), ("Member ID", mid, 44), ("Group", grp, 26), ("Hospital", hosp, 64)])
    d.ln(4)
    d.para("This claim was reprocessed. The observation days were first denied as out-of-network care after "
           "stabilization. They are now paid as emergency services under the No Surprises Act, because no notice "
           "and consent was obtained. Your cost sharing is the in-network amount.", 9.4)
    rows = [[fmt_date(f["arrive"], "abbr"), "0450", fmt_money(f["ed"]), fmt_money(a_ed), fmt_money(a_ed - 300),
             "$300.00"],
            [f"{fmt_date(f['first_board'], 'abbr')} - {fmt_date(f['last'], 'abbr')}", "0762", fmt_money(f["board"]),
             fmt_money(a_bd), fmt_money(a_bd), "$0.00"],
            ["*Total", "", fmt_money(f["total"]), fmt_money(a_ed + a_bd), fmt_money(a_ed + a_bd - 300), "$300.00"]]
    d.table(["Dates", "Rev code", "Charged", "Recognized amount", "Plan paid", "You pay"], rows,
            [48, 18, 28, 34, 28, 26], size=8.6, aligns="LLRRRR", head_fill=True)
    d.para("The hospital may not bill you more than $300.00 for this visit. If it does, call the federal No "
           "Surprises Help Desk at 1-800-985-3059. If you disagree with this statement you may appeal within 180 "
           "days after you receive it.", 9)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=member, case_numbers=[claim],
              claim_amount=m2(f["total"]), service_dates=[iso(f["arrive"], f["last"])], denial_date=iso(issued),
              provider=hosp, type_alternates=["other"],
              alternates={"case_numbers": [[claim, old]], "insurer": ["Trevino Mutual Health"]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(1, doc_hospital_statement, "hospital_statement", "photocopy"),
              (2, doc_mco_notice, "mco_notice", "scan_clean_300"),
              (3, doc_regulator_reply, "regulator_reply", "rotated"),
              (4, doc_prose_denial, "prose_denial", "phone_photo"),
              (5, doc_iro_upheld, "iro_decision", "scan_lowres_150"),
              (6, doc_reprocessed_eob, "reprocessed_eob", "born_digital")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(0, item_stack(Rand(SEED)))
    return items
