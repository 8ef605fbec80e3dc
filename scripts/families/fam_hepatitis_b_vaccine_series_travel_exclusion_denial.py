"""Family 'hepatitis_b_vaccine_series_travel_exclusion_denial': the adult hepatitis B vaccine series (90746 vaccine,
90471 administration) refused because it was given for travel (plan travel-immunization exclusion) or because the
member's age is outside ACIP's routine adult recommendation without a stated risk factor, and paid once a clinic
re-sends the claim with a risk diagnosis.

Documents: a three-claim EOB (office visit and antibody test paid, only the travel clinic's vaccine claim refused);
a travel clinic's cash receipt / superbill; a phone photo of a prose insurer letter (facts only in sentences, an
older paid flu shot as decoy); a fine-fax stack of a cover sheet, a Part D plan's "Notice of Denial of Medicare
Prescription Drug Coverage" (the vaccine belongs under Part B for this member) and the pharmacy's notice to the
member; a sideways appeal decision upholding the travel exclusion; a scanned claim adjustment notice paying the
corrected claim after the diagnosis code changed; a photocopied "we need more information" hold letter from a TPA.

All values invented (insurers, clinics, people, IDs, amounts).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hepatitis_b_vaccine_series_travel_exclusion_denial"
LANG = "en"
SEED = 324500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_B = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


class Page(Doc):
    def __init__(self, foot: str | None = None, head: str | None = None, margins=(16, 14, 16), serif=False):
        fam = "DejaVuSerif" if serif else "DejaVu"
        super().__init__(fam, footer=foot, header=head, margins=margins)
        self.add_font("DejaVu", "B", BOLD)
        self.add_font("DejaVuSerif", "", SERIF)
        self.add_font("DejaVuSerif", "B", SERIF_B)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def vax_lines(r: Rand, with_consult: bool = False) -> list[dict]:
    out = [dict(code="90746", desc="Hepatitis B vaccine, adult, 3-dose, IM", billed=float(r.randint(118, 176))),
           dict(code="90471", desc="Immunization administration, first", billed=float(r.randint(28, 46)))]
    if with_consult:
        out.insert(0, dict(code="99402", desc="Preventive counseling (travel), 30 min", billed=float(r.randint(95, 140))))
    return out


# ------------------------------------------------------------ 0: three-claim EOB, vaccine claim denied (born digital)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    sub, *_ = r.person()
    ins = "Cobalt Ridge Health Plan"
    mid, grp = f"CRX{r.digits(3)}-{r.digits(5)}", f"{r.digits(6)}-{r.letters(1)}"
    stmt = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 60))
    d1 = stmt - dt.timedelta(days=r.randint(40, 55))
    d2 = stmt - dt.timedelta(days=r.randint(24, 34))
    d3 = d2 + dt.timedelta(days=r.randint(2, 5))
    clinic = "Wayfarer Travel Health Clinic"
    pcp = "Juniper Family Medicine"
    labp = "Quarry Street Diagnostics"
    c1, c2, c3 = f"26{r.digits(9)}", f"26{r.digits(9)}", f"26{r.digits(9)}"
    vl = vax_lines(r)
    billed = sum(x["billed"] for x in vl)
    d = Page("Cobalt Ridge Health Plan  *  Explanation of Benefits  *  not a bill  *  page {p} of {n}",
             head=f"{member}  /  ID {mid}  /  statement of {fmt_date(stmt, 'abbr')}  (continued)")
    d.add_page()
    d.set_fill_color(30, 30, 30)
    d.set_text_color(255, 255, 255)
    d.font(15, "B")
    d.cell(0, 11, "  COBALT RIDGE HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.ln(2)
    d.text_line("Explanation of Benefits  -  THIS IS NOT A BILL", 11.5, "B", h=6.5)
    d.ln(2)
    y = d.get_y()
    for ln in [sub, *r.address()]:
        d.text_line(ln, 9.4, h=4.8)
    d.set_y(y)
    rows = [("Date of this statement", fmt_date(stmt, "long")), ("Subscriber", sub), ("Patient", member),
            ("Member ID", mid), ("Group", grp), ("Claims listed", "3")]
    for lab, val in rows:
        d.set_x(112)
        d.font(8.5)
        d.cell(38, 5, lab)
        d.font(9, "B")
        d.cell(50, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(5)
    d.para("Below are the claims we processed for your family in this period. Each claim shows what the provider "
           "billed, what your plan allows, what we paid and what you may owe.", 9)
    head = ["Service date", "Code", "Description", "Billed", "Allowed", "We paid", "Your share", "Note"]
    w = [24, 14, 62, 19, 19, 19, 19, 10]

    def block(title, rows):
        d.font(9, "B")
        d.set_fill_color(232, 232, 232)
        d.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        d.table(head, rows, w, size=7.8, aligns="LLLRRRRL")

    a1 = float(r.randint(150, 210))
    block(f"Claim {c1}   {pcp}   (received {fmt_date(d1 + dt.timedelta(days=6), 'slash')})",
          [[fmt_date(d1, "slash"), "99213", "Office visit, established patient", fmt_money(a1), fmt_money(a1 * .7),
            fmt_money(a1 * .7 - 30), fmt_money(30), ""]])
    rows = []
    for x in vl:
        rows.append([fmt_date(d2, "slash"), x["code"], x["desc"], fmt_money(x["billed"]), "$0.00", "$0.00",
                     fmt_money(x["billed"]), "TX"])
    rows.append(["*Claim total", "", "", fmt_money(billed), "$0.00", "$0.00", fmt_money(billed), ""])
    block(f"Claim {c2}   {clinic}   NPI {r.npi()}", rows)
    a3 = float(r.randint(48, 82))
    block(f"Claim {c3}   {labp}", [[fmt_date(d3, "slash"), "86706", "Hepatitis B surface antibody",
                                    fmt_money(a3), fmt_money(a3 * .6), fmt_money(a3 * .6), "$0.00", ""]])
    d.text_line("Notes", 10, "B", h=6)
    d.para("TX  Immunizations given for international travel are excluded under your plan (Certificate of Coverage, "
           "Section 7.3, Exclusions). The claim shows diagnosis Z71.84, health counseling related to travel. Routine "
           "adult immunizations recommended by ACIP are covered in network at no cost.", 8.6)
    d.text_line("Your right to appeal", 10, "B", h=6)
    d.para("If you disagree with how we handled a claim, you or your representative may file an appeal within 180 "
           "days of the date of this statement. Write to Cobalt Ridge Health Plan, Appeals Unit, PO Box 4471, "
           f"Pueblo, CO 81003, or call {ph(r)}. If your health is at risk we decide urgent appeals within 72 hours. "
           "After our final decision you may ask for an external review within 4 months.", 8.6)
    t = truth("eob", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[c2], claim_amount=m2(billed), service_dates=[iso(d2)], denial_date=iso(stmt),
              provider=clinic, appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    d.add_page()
    d.text_line("Your plan year at a glance", 11, "B", h=7)
    d.table(["", "In network", "Out of network"],
            [["Deductible met", "$640.00 of $1,250.00", "$0.00 of $2,500.00"],
             ["Out-of-pocket maximum met", "$1,118.40 of $5,000.00", "$0.00 of $10,000.00"]],
            [70, 50, 50], size=8.6)
    d.text_line("Example only", 9.5, "B", h=5.5)
    d.para("If a provider bills $200.00 and our allowed amount is $140.00, an in-network provider may not bill you "
           "the $60.00 difference. This example is not about any claim on this statement.", 8.6)
    d.text_line("Language assistance", 9.5, "B", h=5.5)
    d.para("ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de asistencia linguistica. "
           "Cobalt Ridge Health Plan complies with applicable federal civil rights laws and does not discriminate "
           "on the basis of race, color, national origin, age, disability or sex.", 8.4)
    d.para("Fraud hotline: report suspected fraud any time at 1-800-555-0142. Keep this statement for your tax "
           "and flexible spending records.", 8.4)
    return pdf_bytes(d), t


# ------------------------------------------------------------ 1: travel clinic receipt / superbill (low-res scan)
def doc_receipt(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    clinic = "Harbor Compass Travel Medicine"
    dos = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 60))
    rc = f"HC-{r.digits(6)}"
    lines = vax_lines(r, with_consult=True)
    lines.append(dict(code="90717", desc="Yellow fever vaccine, SC", billed=float(r.randint(180, 240))))
    total = sum(x["billed"] for x in lines)
    mid = f"{r.letters(3)}{r.digits(8)}"
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Harbor Compass Travel Medicine", 16, "B", align="C", h=8)
    d.text_line(f"22 Lantern Way, Suite 4  -  Bangor, ME 04401  -  Tel {ph(r)}  -  Tax ID 8{r.digits(1)}-{r.digits(7)}",
                8.5, align="C", h=4.6)
    d.ln(4)
    d.text_line("RECEIPT  &  ITEMIZED STATEMENT FOR INSURANCE (SUPERBILL)", 11, "B", align="C", h=6)
    d.ln(3)
    dob = dt.date(r.randint(1950, 1990), r.randint(1, 12), r.randint(1, 28))
    kv = [("Traveler", member), ("Date of birth", fmt_date(dob, "iso")), ("Visit", fmt_date(dos, "iso")),
          ("Receipt no.", rc), ("Destination", "Vietnam, Cambodia (departs in 5 weeks)"),
          ("Insurance card on file", f"Cobalt Ridge Health Plan  ID {mid}"),
          ("Clinician", "Anneke S. Rutledge, FNP-C")]
    for k, v in kv:
        d.font(9)
        d.cell(48, 5.2, k + ":")
        d.font(9.5, "B")
        d.cell(0, 5.2, v, new_x="LMARGIN", new_y="NEXT")
    d.ln(4)
    rows = [[x["code"], x["desc"], "Z71.84, Z23", fmt_money(x["billed"], "nosign")] for x in lines]
    rows.append(["*", "Total charges", "", fmt_money(total, "nosign")])
    rows.append(["", "Paid today - Visa ending 4417", "", "-" + fmt_money(total, "nosign")])
    rows.append(["*", "Balance", "", "0.00"])
    d.table(["CPT", "Service", "Dx", "Charge (USD)"], rows, [20, 92, 30, 32], size=9, aligns="LLLR", head_fill=True)
    d.para("Hepatitis B series: dose 1 given today. Dose 2 is due in one month and dose 3 six months after dose 1; "
           "please keep your yellow card. Dose 2 and 3 are charged at the same rate.", 8.8)
    d.para("We are a cash-based clinic and do not bill insurance. Most health plans do not cover vaccines given for "
           "travel; you may send this itemized statement to your plan yourself. We cannot guarantee reimbursement.",
           8.8)
    t = truth("other", None, member_id=mid, member_name=member, claim_amount=m2(total), service_dates=[iso(dos)],
              denial_date=iso(dos), provider=clinic, unscored=["insurer"],
              alternates={"case_numbers": [[rc]], "member_id": [None], "provider": ["Anneke S. Rutledge"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 2: prose letter, ACIP age reason (phone photo)
def doc_prose(r: Rand) -> tuple[bytes, dict]:
    member, first, mid_i, last = r.person()
    ins = "Northgate Mutual Benefit Association"
    letter = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))
    dose1 = letter - dt.timedelta(days=r.randint(50, 70))
    dose2 = dose1 + dt.timedelta(days=r.randint(28, 35))
    flu = dose1 - dt.timedelta(days=r.randint(90, 130))
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(2)}"
    mid = f"NMB{r.digits(9)}"
    grp = f"{r.digits(5)}"
    lines = vax_lines(r)
    per = sum(x["billed"] for x in lines)
    total = per * 2
    doc = "Priyanka L. Oduya, MD"
    d = Page(f"NMBA-CLM-LTR-4 (rev. 11/2025)       {{p}} of {{n}}", serif=True, margins=(24, 18, 24))
    d.add_page()
    d.text_line("Northgate Mutual", 19, "B", h=9)
    d.text_line("Benefit Association", 10, h=5)
    d.ln(6)
    d.text_line(fmt_date(letter, "long"), 10.5, h=6)
    d.ln(4)
    for ln in [member, *r.address()]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(5)
    d.para(f"Dear {first} {last}:", 10.5)
    d.para(f"We have finished reviewing the claim Dr. {doc} sent us for the hepatitis B vaccine (code 90746) and "
           f"the injections to give it (code 90471). You received the first dose on {fmt_date(dose1, 'long')} and "
           f"the second dose on {fmt_date(dose2, 'long')}. The claim, number {claim}, asks for "
           f"{fmt_money(total)} in all. We are not able to pay it.", 10.5)
    d.para("Why we decided this. Your plan covers adult vaccines when the Advisory Committee on Immunization "
           "Practices (ACIP) recommends them routinely for a person of your age, or when a risk condition is "
           "recorded on the claim. ACIP recommends the hepatitis B series for all adults aged 19 through 59. For "
           "adults 60 and older it is recommended only when a risk factor is present. You are 63, and the only "
           "diagnosis on the claim is an encounter for travel counseling. Vaccines given only for travel are "
           "excluded by your Benefit Booklet, page 41, \"Travel immunizations and medicines\".", 10.5)
    d.para(f"For your records: we paid your flu vaccine of {fmt_date(flu, 'long')} in full, and it is not affected "
           "by this letter. If your doctor gave the hepatitis B series because of a condition such as diabetes, "
           "liver disease or kidney dialysis, your doctor may send us a corrected claim with that diagnosis.", 10.5)
    d.para(f"Your plan information: member number {mid}, group {grp}.", 10.5)
    d.para("How to appeal. You may ask us to look at this again. Your appeal must reach us within 180 days of the "
           "date of this letter. Send it to Northgate Mutual, Member Appeals, 900 Fenwick Avenue, Erie, PA 16501, "
           f"or fax it to {ph(r)}. You may include any records or a letter from your doctor. You may also request, "
           "free of charge, copies of the documents we used, and the diagnosis and procedure codes and their "
           "meanings. Our member line is open weekdays from 8 a.m. to 6 p.m.", 10.5)
    d.ln(3)
    d.para("Sincerely,\n\nClaims Review Department\nNorthgate Mutual Benefit Association", 10.5)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid, member_name=member,
              case_numbers=[claim], claim_amount=m2(total), service_dates=[iso(dose1), iso(dose2)],
              denial_date=iso(letter), provider=doc, appeal_deadline=iso(letter + dt.timedelta(days=180)),
              alternates={"insurer": ["Northgate Mutual"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 3: fax stack: Part D denial + pharmacy notice
def doc_partd(r: Rand, f: dict) -> tuple[bytes, dict]:
    ins = "Meridian Crest Rx Plan (PDP)"
    d = Page("Form CMS-10146  (Exp. 12/31/2027)        S7712_NDRX26_C        Page {p} of {n}", margins=(18, 14, 18))
    d.add_page()
    d.text_line("MERIDIAN CREST Rx PLAN (PDP)", 13, "B", h=7)
    d.text_line(f"Coverage Determinations  -  PO Box 73018, Lubbock, TX 79401  -  Fax {ph(r)}", 8.4, h=4.5)
    d.rule(0.6, 4)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 12.5, "B", align="C", h=7)
    d.ln(3)
    d.boxes([("Date", fmt_date(f["notice"], "slash"), 34), ("Enrollee's name", f["member"], 62),
             ("Member number", f["rxid"], 40), ("Case ID", f["case"], 42)])
    d.boxes([("Plan (contract - PBP)", "S7712-004", 34), ("Drug you asked for", "Engerix-B 20 mcg/mL (hepatitis B vaccine)", 94),
             ("Prescriber", f["doc"], 50)])
    d.ln(4)
    d.para(f"We have denied the prescription drug you or your prescriber asked for. On {fmt_date(f['fill'], 'long')}, "
           f"{f['pharm']} sent us a claim for this vaccine, and we reviewed it as a coverage determination.", 9.6)
    d.text_line("Why did we deny your request?", 10.5, "B", h=6)
    d.para("Medicare Part D cannot pay for a drug that Medicare Part B covers for you. Since 2024 the hepatitis B "
           "vaccine and its administration are covered under Part B for people who have not completed the series. "
           "Your doctor's office or a pharmacy enrolled in Part B should bill Original Medicare. This decision is "
           "based on 42 CFR 423.100 (definition of a Part D drug) and Chapter 5 of your Evidence of Coverage.", 9.6)
    d.text_line("You have the right to ask us for a redetermination (appeal)", 10.5, "B", h=6)
    d.para("You must ask within 65 days from the date of this notice. You, your representative or your prescriber "
           f"may ask by phone at {f['phone']} (24 hours a day, 7 days a week), by fax or by mail. For a fast "
           "redetermination we will decide within 72 hours if waiting could seriously harm your health. If we "
           "say no again, an Independent Review Entity can review our decision.", 9.6)
    d.para(f"Call {f['phone']} with questions. TTY 711. Para ayuda en español, llame al mismo número.", 8.6)
    t = truth("denial_letter", "not_covered", insurer=ins, plan_id="S7712-004", member_id=f["rxid"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["fill"])],
              denial_date=iso(f["notice"]), provider=f["doc"], appeal_deadline=iso(f["notice"] + dt.timedelta(days=65)),
              denial_alternates=["other"],
              alternates={"service_dates": [[]], "plan_id": [None], "provider": [f["pharm"]],
                          "insurer": ["Meridian Crest Rx Plan"]})
    return pdf_bytes(d), t


def doc_pharmacy(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line(f["pharm"].upper(), 14, "B", h=7)
    d.text_line(f"Sycamore Court Plaza, Lubbock, TX 79401   |   Pharmacy {ph(r)}   |   NCPDP {r.digits(7)}", 8.4, h=4.5)
    d.ln(6)
    d.text_line("A note from your pharmacist", 12, "B", h=7)
    d.text_line(fmt_date(f["pnote"], "abbr"), 10, h=6)
    d.ln(3)
    d.para(f"To {f['member']}:", 10)
    d.para(f"When we tried to give you your hepatitis B vaccine on {fmt_date(f['fill'], 'abbr')} (Rx #{r.digits(7)}), "
           f"your drug plan, Meridian Crest, answered that the vaccine is a Medicare Part B item for you. We did not "
           "charge you and we did not give the shot that day.", 10)
    d.para(f"Good news: our pharmacy is enrolled with Medicare Part B. We can give the vaccine and bill Original "
           f"Medicare with your Medicare card instead. If you would rather pay cash, our price for the dose is "
           f"{fmt_money(f['cash'])} plus a {fmt_money(f['admin'])} administration fee.", 10)
    d.para(f"Please bring your red, white and blue Medicare card. Prescriber on file: {f['doc']}. Walk-ins welcome "
           "Monday to Saturday.", 10)
    d.ln(2)
    d.para("- Pharmacy team", 10)
    t = truth("other", None, member_name=f["member"], service_dates=[iso(f["fill"])], denial_date=iso(f["pnote"]),
              provider=f["pharm"], unscored=["insurer"],
              alternates={"service_dates": [[]], "provider": [f["doc"]], "claim_amount": [m2(f["cash"])]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    member, *_ = r.person()
    fill = dt.date(2026, 2, 9) + dt.timedelta(days=r.randint(0, 40))
    notice = fill + dt.timedelta(days=r.randint(1, 3))
    f = dict(member=member, fill=fill, notice=notice, pnote=fill + dt.timedelta(days=1),
             rxid=f"MCR{r.digits(8)}", case=f"CD-{r.digits(8)}", doc="Tobias R. Lomax, DO",
             pharm="Sycamore Court Pharmacy", phone=r.phone(), cash=float(r.randint(84, 112)),
             admin=float(r.randint(20, 28)))
    return Item(f"{FAMILY}_fax_partd_stack", "fax_fine_g4", [doc_partd(r, f), doc_pharmacy(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------ 4: appeal upheld, sidebar layout (rotated)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Silverpine Health Insurance Company"
    dec = dt.date(2026, 3, 16) + dt.timedelta(days=r.randint(0, 40))
    d1 = dec - dt.timedelta(days=r.randint(95, 120))
    d2 = d1 + dt.timedelta(days=r.randint(29, 33))
    appeal, claim = f"APL{r.digits(7)}", f"{r.letters(2)}{r.digits(10)}"
    mid, grp = f"{r.digits(3)} {r.digits(3)} {r.digits(3)}", f"SP-{r.digits(5)}"
    clinic = "Lantern Way Immunization Center"
    lines = vax_lines(r)
    total = sum(x["billed"] for x in lines) * 2
    d = Page("Silverpine Health  |  Appeal decision  |  {p}/{n}", margins=(70, 16, 16))
    d.add_page()
    # sidebar
    d.set_fill_color(236, 236, 236)
    d.rect(0, 0, 60, 279, "F")
    d.set_xy(6, 18)
    d.set_font("DejaVu", "B", 13)
    d.multi_cell(50, 6.5, "Silverpine\nHealth")
    d.set_x(6)
    d.set_font("DejaVu", "", 7.6)
    d.multi_cell(50, 4, f"\nGrievance & Appeals\nPO Box 2290\nYuma, AZ 85364\n\nPhone {ph(r)}\nFax {ph(r)}\n\n"
                 "Hours: 7 a.m. - 7 p.m.\nMonday - Friday\n\nAppeal received\n" + fmt_date(dec - dt.timedelta(days=27),
                 "slash") + "\n\nMember date of birth\n" + fmt_date(dt.date(r.randint(1962, 1999), r.randint(1, 12),
                 r.randint(1, 28)), "slash"))
    d.set_xy(70, 18)
    d.text_line("APPEAL DECISION", 15, "B", h=8)
    d.set_x(70)
    d.text_line("First-level member appeal  -  decision: denial upheld", 9.5, h=5.5)
    d.ln(4)
    d.set_x(70)
    d.boxes([("Appeal no.", appeal, 42), ("Claim no.", claim, 42), ("Decision date", fmt_date(dec, "dmy"), 46)])
    d.set_x(70)
    d.boxes([("Member", member, 60), ("ID", mid, 36), ("Group", grp, 34)])
    d.set_x(70)
    d.boxes([("Doses under appeal", f"{fmt_date(d1, 'dmy')} and {fmt_date(d2, 'dmy')}", 76),
             ("Amount billed", fmt_money(total, "usd"), 54)])
    d.ln(5)
    d.para(f"You asked us to reconsider our denial of the hepatitis B vaccine series (90746, 90471) given at {clinic}. "
           "A registered nurse and a physician board-certified in internal medicine who were not part of the first "
           "decision reviewed your appeal, the clinic's records and your travel itinerary.", 9.4)
    d.text_line("What we decided", 10.5, "B", h=6)
    d.para("We are upholding the denial. The clinic's notes state that the vaccine was given because of an upcoming "
           "trip to Southeast Asia. Your group's plan excludes immunizations and medicines whose purpose is travel "
           "(Summary Plan Description, Exclusion 22). The records do not show a risk condition, such as "
           "diabetes, chronic liver disease or HIV, that would make the series a covered preventive service.", 9.4)
    d.text_line("What you can do next", 10.5, "B", h=6)
    d.para("This was your final internal appeal. You may ask for an external review by an independent review "
           "organization within 4 months after you receive this letter. If your situation is urgent, an expedited "
           "external review can be decided within 72 hours. You may also contact your state's consumer assistance "
           "program or the Employee Benefits Security Administration at 1-866-444-3272.", 9.4)
    d.ln(3)
    d.para("Appeals Committee\nSilverpine Health Insurance Company", 9.4)
    t = truth("denial_letter", "not_covered", insurer=ins, group_number=grp, member_id=mid.replace(" ", ""),
              member_name=member, case_numbers=[appeal, claim], claim_amount=m2(total),
              service_dates=[iso(d1), iso(d2)], denial_date=iso(dec), provider=clinic,
              alternates={"case_numbers": [[appeal]], "insurer": ["Silverpine Health"]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 5: corrected claim paid (clean scan)
def doc_corrected(r: Rand) -> tuple[bytes, dict]:
    member, *_ = r.person()
    ins = "Tamarack Health Cooperative"
    notice = dt.date(2026, 3, 20) + dt.timedelta(days=r.randint(0, 40))
    dos = notice - dt.timedelta(days=r.randint(45, 60))
    old, new = f"T{r.digits(10)}", f"T{r.digits(10)}"
    mid, plan = f"TH{r.digits(8)}", f"THC-SILVER-{r.digits(3)}"
    prov = "Sunita K. Abernathy, MD"
    lines = vax_lines(r)
    total = sum(x["billed"] for x in lines)
    d = Page("Tamarack Health Cooperative - Claim Adjustment Notice - page {p}", margins=(16, 14, 16))
    d.add_page()
    d.text_line("Tamarack Health Cooperative", 14, "B", h=7)
    d.text_line("Member-owned since 1961  .  3310 Harbor View Road, Fargo, ND 58102", 8.4, h=4.5)
    d.ln(3)
    d.set_line_width(0.5)
    y = d.get_y()
    d.rect(16, y, 184, 30)
    d.set_line_width(0.2)
    left = [("Notice issued", fmt_date(notice, "upper")), ("Member", member), ("Member number", mid)]
    right = [("Plan", plan), ("Rendering", prov), ("Service date", fmt_date(dos, "upper"))]
    for i, ((l1, v1), (l2, v2)) in enumerate(zip(left, right)):
        d.set_xy(19, y + 3 + i * 8.5)
        d.font(8)
        d.cell(30, 5, l1)
        d.font(9.5, "B")
        d.cell(62, 5, v1)
        d.font(8)
        d.cell(24, 5, l2)
        d.font(9.5, "B")
        d.cell(60, 5, v2)
    d.set_y(y + 34)
    d.text_line("CLAIM ADJUSTMENT NOTICE", 11.5, "B", h=6.5)
    d.para(f"Your doctor's office sent a corrected claim for the hepatitis B vaccine you received on "
           f"{fmt_date(dos, 'abbr')}. The first claim listed diagnosis Z71.84 (travel counseling), and we had denied "
           f"it under the travel exclusion. The corrected claim lists E11.9 (type 2 diabetes), for which ACIP "
           "recommends the hepatitis B series. We reversed the first claim and paid the corrected one as a "
           "preventive service, with no cost to you.", 9.3)
    head = ["Claim", "Code", "Dx", "Charge", "Allowed", "Paid", "You owe", "Status"]
    rows = []
    for x in lines:
        rows.append([old, x["code"], "Z71.84", fmt_money(x["billed"], "bare"), "0.00", "0.00", "0.00", "reversed"])
    for x in lines:
        a = round(x["billed"] * 0.82, 2)
        rows.append([new, x["code"], "E11.9", fmt_money(x["billed"], "bare"), m2(a), m2(a), "0.00", "paid"])
    rows.append(["*Corrected claim total", "", "", fmt_money(total, "bare"), "", "", "0.00", ""])
    d.table(head, rows, [30, 16, 18, 22, 22, 22, 22, 26], size=8.4, aligns="LLLRRRRL", head_fill=True)
    d.para("Remaining doses in the series will be paid the same way when billed with the same diagnosis.", 9)
    d.para(f"Questions? Call Member Services at {ph(r)}. If you disagree with anything on this notice you may appeal "
           "within 180 days after you receive it.", 9)
    t = truth("eob", None, insurer=ins, plan_id=plan, member_id=mid, member_name=member, case_numbers=[new],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(notice), provider=prov,
              type_alternates=["other"], alternates={"case_numbers": [[new, old], [old]], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------ 6: TPA hold letter, needs information (photocopy)
def doc_hold(r: Rand) -> tuple[bytes, dict]:
    member, first, _, last = r.person()
    ins = "Larkspur Benefit Administrators"
    letter = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 50))
    dos = letter - dt.timedelta(days=r.randint(20, 35))
    claim = f"{r.digits(3)}{r.letters(1)}{r.digits(6)}"
    mid, grp = f"{r.digits(9)}", f"FCS-{r.digits(4)}"
    clinic = "Old Mill Occupational Health"
    lines = vax_lines(r)
    total = sum(x["billed"] for x in lines)
    d = Page(None, margins=(22, 18, 22))
    d.add_page()
    d.text_line("LARKSPUR BENEFIT ADMINISTRATORS", 12.5, "B", h=6.5)
    d.text_line("Third-party administrator for the Fenwick County Schools Employee Health Plan", 8.6, h=4.6)
    d.ln(6)
    for lab, val in [("WRITTEN ON", fmt_date(letter, "mdy_nopad")), ("PARTICIPANT", member), ("PARTICIPANT NO.", mid),
                     ("EMPLOYER GROUP", grp), ("OUR FILE", claim)]:
        d.font(8.5, "B")
        d.cell(40, 5, lab)
        d.font(9.5)
        d.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(6)
    d.para(f"Dear {first} {last},", 10)
    d.para(f"We received a claim from {clinic} for a hepatitis B vaccine given to you on "
           f"{fmt_date(dos, 'long')}, billed at {fmt_money(total)}. No decision has been made on this claim yet, and "
           "you do not owe anything on it at this time.", 10)
    d.para("Your plan pays for hepatitis B vaccination when it is needed for your job (for example school nurses "
           "and staff who may be exposed to blood) or when it is routine for your age, but not when it is only for "
           "travel. The claim does not tell us why the vaccine was given.", 10)
    d.para("Please ask the clinic to send us the visit note, or fill in and return the enclosed Vaccine Purpose "
           "Form. We need it within 45 days. If we do not hear back, we will decide the claim with the information "
           "we have.", 10)
    d.para(f"For questions call {ph(r)} (sample wait time on Monday mornings: 12 minutes).", 10)
    d.ln(4)
    d.para("Claims Research Team\nLarkspur Benefit Administrators", 10)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=member, case_numbers=[claim],
              claim_amount=m2(total), service_dates=[iso(dos)], denial_date=iso(letter), provider=clinic)
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED)
    return [
        Item(f"{FAMILY}_bd_three_claim_eob", "born_digital", [doc_eob(r)]),
        Item(f"{FAMILY}_lowres_clinic_receipt", "scan_lowres_150", [doc_receipt(r)]),
        Item(f"{FAMILY}_photo_acip_age_letter", "phone_photo", [doc_prose(r)]),
        item_stack(r),
        Item(f"{FAMILY}_rot_appeal_upheld", "rotated", [doc_appeal(r)]),
        Item(f"{FAMILY}_scan_corrected_claim_paid", "scan_clean_300", [doc_corrected(r)]),
        Item(f"{FAMILY}_copy_purpose_hold", "photocopy", [doc_hold(r)]),
    ]
