"""Family 'sodium_oxybate_narcolepsy_rems_prior_auth_denial': oxybate oral solution for narcolepsy with
cataplexy refused at prior authorization (no polysomnogram / MSLT on file, no trial of modafinil or armodafinil,
filled without authorization, dose over the nightly limit), seen from the PBM, a Part D plan, an employer plan's
TPA, the certified (REMS) specialty pharmacy and the sleep physician's side.

Documents: a PBM prose letter (facts only in sentences); a fine-fax stack of a cover sheet, the REMS specialty
pharmacy's transfer notice and the PBM's provider appeal response upholding the denial; a two-page CMS-10146
style Part D "Notice of Denial of Medicare Prescription Drug Coverage"; a photocopied PBM approval for three
months instead of twelve; a sideways paid EOB for the sleep study (two nights); a low-resolution DOL model
adverse benefit determination in ruled boxes (pharmacy claim filled without authorization); a phone photo of a
portal printout refusing a dose over the nightly quantity limit.

Decoys: DOB, NPIs, REMS enrollment numbers, Rx numbers, dates received, a modafinil fill, form and material
numbers, 72-hour, 65-day and external-review limits. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "sodium_oxybate_narcolepsy_rems_prior_auth_denial"
LANG = "en"
SEED = 307500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DRUG = "sodium oxybate oral solution 0.5 g/mL"
DOCS = ["Dr. Philippa R. Castellanos", "Dr. Tobias K. Wrenfield", "Dr. Anjali S. Mehrotra"]
CLINIC = "Northgate Sleep & Neurology Associates"


class Page(Doc):
    def __init__(self, foot=None, header=None, margins=(18, 14, 18)):
        super().__init__("DejaVu", footer=foot, header=header, margins=margins)
        self.add_font("DejaVu", "B", BOLD)


def ph(r: Rand) -> str:
    return f"(555) {r.digits(3)}-{r.digits(4)}"


def base(r: Rand) -> dict:
    member, first, mid, last = r.person()
    start = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(member=member, first=first, last=last, addr=r.address(), start=start,
                dob=dt.date(r.randint(1958, 2004), r.randint(1, 12), r.randint(1, 28)), npi=r.npi())


# ------------------------------------------------------------------ 0: PBM prose letter (born digital)
def doc_prose(r: Rand):
    f = base(r)
    ins = "Larkspur Pharmacy Solutions"
    mid, grp = f"LPS{r.digits(9)}", f"RX{r.digits(5)}"
    req = f"PA-{r.digits(4)}-{r.digits(5)}"
    recv = f["start"]
    notice = recv + dt.timedelta(days=r.randint(2, 4))
    doc = DOCS[0]
    d = Page("Larkspur Pharmacy Solutions  |  page {p} of {n}", margins=(24, 20, 24))
    d.add_page()
    d.text_line("Larkspur Pharmacy Solutions", 15, "B", h=7)
    d.text_line("Clinical Review Department  ·  1400 Meridian Park Blvd, Suite 300, Overland Hills, KS 66210", 8.4,
                h=4.4)
    d.ln(10)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    d.ln(2)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(6)
    d.para(f"Dear {f['first']} {f['last']}:", 10.5)
    d.para(f"On {fmt_date(recv, 'long')} your prescriber, {doc} of {CLINIC}, asked us to approve coverage of "
           f"{DRUG} (up to 9 grams nightly) for you under your prescription benefit. We manage this benefit for "
           f"your employer's health plan, group {grp}; your member ID is {mid}. We gave your request the reference "
           f"number {req}.", 10.5)
    d.para("After review by a clinical pharmacist and a board-certified sleep physician, we are not able to "
           "approve this request. Our criteria for oxybate products require (1) a diagnosis of narcolepsy "
           "confirmed by an overnight polysomnogram followed by a multiple sleep latency test, with the report on "
           "file, and (2) a trial of at least 30 days of modafinil or armodafinil that did not work or could not be "
           "tolerated, unless the member has cataplexy documented in the chart notes. The information we received "
           "did not include a sleep study report, and the pharmacy records show no fill of modafinil or "
           "armodafinil. Because these criteria are not met, the request is denied as not medically necessary "
           "under our policy at this time.", 10.5)
    d.para("Oxybate products can only be dispensed by a pharmacy certified in the manufacturer's REMS program. "
           "Even after approval, your prescription must be filled by the certified central pharmacy; a local "
           "pharmacy cannot fill it.", 10.5)
    d.para("What you can do. You or your prescriber may ask us to reconsider. Send your appeal within 180 days "
           "of the date of this letter to Larkspur Pharmacy Solutions, Appeals, PO Box 22970, Overland Hills, "
           "KS 66210, or fax it to 1-855-310-4478. If waiting would seriously harm your health, ask for an urgent "
           "appeal; we decide urgent appeals within 72 hours. After our final decision you may ask for an "
           "independent external review within 4 months.", 10.5)
    d.para(f"You may also ask for the criteria we used, free of charge. Questions: call 1-855-310-4400 (TTY 711).",
           10.5)
    d.para("Sincerely,\n\nMarguerite Ashdown, PharmD\nClinical Review Department", 10.5)
    d.para(f"cc: {doc}, NPI {f['npi']}", 8.5)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=grp, member_id=mid,
              member_name=f["member"], case_numbers=[req], denial_date=iso(notice), provider=doc,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [CLINIC]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 1: fax stack: REMS pharmacy + appeal response
def doc_pharmacy(r: Rand, f: dict):
    sent = f["start"] + dt.timedelta(days=r.randint(1, 3))
    f["sent"] = sent
    rx = f"RX {r.digits(7)}"
    rems = f"REMS-PT-{r.digits(8)}"
    d = Page(None, margins=(16, 14, 16))
    d.add_page()
    d.set_fill_color(40, 40, 40)
    d.set_text_color(255, 255, 255)
    d.font(14, "B")
    d.cell(0, 10, "  CAMBERLEY CENTRAL SPECIALTY PHARMACY", fill=True, new_x="LMARGIN", new_y="NEXT")
    d.set_text_color(0, 0, 0)
    d.text_line("Certified REMS dispensing pharmacy  ·  88 Foundry Row, Cedar Bluff, IA 52403  ·  " + ph(r), 8.2,
                h=5)
    d.ln(4)
    d.text_line("PATIENT NOTICE - PRESCRIPTION ON HOLD", 12, "B", h=7)
    for lab, val in [("Notice sent", fmt_date(sent, "dmy")), ("Patient", f["member"]),
                     ("Date of birth", fmt_date(f["dob"], "dmy")), ("Prescription", rx),
                     ("REMS patient enrollment", rems), ("Prescriber", f"{f['doc']} (NPI {f['npi']})"),
                     ("Insurance", f"Tallowmere Rx Benefits, member {f['mid']}")]:
        d.font(9.2, "B")
        d.cell(50, 5.2, lab)
        d.font(9.2)
        d.cell(0, 5.2, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We received a new prescription for {DRUG} for you. We cannot ship it yet: your prescription "
           "benefit manager returned the pharmacy claim with the message \"PA REQUIRED - PRIOR AUTHORIZATION "
           "DENIED\". We have let your prescriber's office know. Your enrollment in the REMS program is complete "
           "and stays active, so nothing else is needed from you for the safety program.", 9.6)
    d.para("Your options: your prescriber may appeal the insurance decision; you may pay the cash price "
           "(quoted separately on request); or you may ask about the manufacturer's patient assistance "
           "program. We will hold the prescription for 30 days from the date of this notice and then close it.",
           9.6)
    d.para("This notice is from your pharmacy. It is not a decision by your insurance plan.", 8.8)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], denial_date=iso(sent),
              provider="Camberley Central Specialty Pharmacy", unscored=["insurer"],
              alternates={"provider": [f["doc"]], "member_id": [None]})
    return pdf_bytes(d), t


def doc_provider_appeal(r: Rand, f: dict):
    ins = "Tallowmere Rx Benefits"
    appeal = f"APL{r.digits(8)}"
    recv = f["sent"] + dt.timedelta(days=r.randint(5, 9))
    dec = recv + dt.timedelta(days=r.randint(10, 20))
    d = Page("Tallowmere Rx Benefits - Provider Appeal Response - {p}", margins=(20, 16, 20))
    d.add_page()
    d.text_line("TALLOWMERE Rx BENEFITS", 14, "B", h=7)
    d.text_line("Pharmacy Appeals Unit  -  PO Box 4411, Rockhaven, TN 37201  -  Fax 1-844-207-5531", 8.6, h=4.6)
    d.ln(6)
    d.text_line(fmt_date(dec, "iso"), 10, h=6)
    d.ln(1)
    for ln in [f["doc"], CLINIC, "610 Lindenhurst Avenue", "Duluth, MN 55802"]:
        d.text_line(ln, 10, h=5)
    d.ln(4)
    d.table(["Enrollee", "Member no.", "Group", "Appeal no.", "Original PA"],
            [[f["member"], f["mid"], f["grp"], appeal, f["pa"]]], [46, 36, 24, 32, 34], size=8.8,
            border_head="TB")
    d.para(f"Dear {f['doc']}:", 10)
    d.para(f"We received your appeal on {fmt_date(recv, 'iso')} for {DRUG} for the member above. A "
           "board-certified sleep medicine physician who took no part in the first decision reviewed it. The "
           "decision is upheld.", 10)
    d.para("You sent office notes describing excessive daytime sleepiness and an Epworth score of 17. The notes "
           "do not describe cataplexy, and no polysomnogram or multiple sleep latency test report was included. "
           "The member has not tried modafinil or armodafinil. Coverage criteria are not met, so the service is "
           "not medically necessary under the plan's policy RX-CNS-044.", 10)
    d.para("This was the final internal level of appeal. The member may request an external review by an "
           "independent review organization within 4 months of receiving this letter. A new request with the "
           "sleep study report may be sent at any time.", 10)
    d.para("Pharmacy Appeals Unit\nTallowmere Rx Benefits", 10)
    t = truth("denial_letter", "medical_necessity", insurer=ins, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, f["pa"]], denial_date=iso(dec), provider=f["doc"],
              denial_alternates=["prior_authorization"],
              alternates={"case_numbers": [[appeal]], "provider": [CLINIC]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = base(r)
    f.update(mid=f"TRB-{r.digits(4)}-{r.digits(4)}", grp=f"{r.digits(6)}", pa=f"{r.digits(3)}-{r.digits(6)}",
             doc=DOCS[1])
    return Item(f"{FAMILY}_fax_stack", "fax_fine_g4", [doc_pharmacy(r, f), doc_provider_appeal(r, f)],
                separators=["cover", None])


# ------------------------------------------------------------------ 2: CMS-10146 style Part D notice
def doc_partd(r: Rand):
    f = base(r)
    ins = "Evergreen Ridge Medicare Rx Plan"
    mid = f"ERX{r.digits(8)}"
    req = f"CD{r.digits(9)}"
    recv = f["start"]
    notice = recv + dt.timedelta(days=r.randint(1, 3))
    hdr = f"{f['member']}  -  Notice of Denial of Medicare Prescription Drug Coverage  -  continued"
    d = Page("Form CMS-10146 (approved)  ·  H6610_NDPD26_M  ·  Page {p} of {n}", header=hdr)
    d.add_page()
    d.text_line("Evergreen Ridge Medicare Rx Plan (PDP)", 12.5, "B", h=7)
    d.text_line("Part D Coverage Determinations  ·  PO Box 7301, Salt Meadow, UT 84101", 8.6, h=4.6)
    d.ln(5)
    d.text_line("Notice of Denial of Medicare Prescription Drug Coverage", 13, "B", align="C", h=8)
    d.ln(2)
    for lab, val in [("Date:", fmt_date(notice, "slash")), ("Enrollee's name:", f["member"]),
                     ("Member number:", mid), ("Request number:", req),
                     ("Drug you requested:", DRUG + ", 9 g per night")]:
        d.font(9.6, "B")
        d.cell(45, 5.4, lab)
        d.font(9.6)
        d.cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)
    d.para(f"We have denied the above prescription drug coverage that you (or your physician or prescriber, "
           f"{DOCS[2]}) requested. We denied this request because you did not meet the requirements of our "
           "coverage rules for this drug. Our prior authorization criteria require a sleep study (polysomnogram "
           "and multiple sleep latency test) confirming narcolepsy, and step therapy with modafinil or "
           "armodafinil first. We did not receive the sleep study results, and our records show no claims for "
           "modafinil or armodafinil. Your prescriber may send this information with a new request.", 9.6)
    d.text_line("You have the right to request a redetermination (appeal)", 11, "B", h=7)
    d.para("You have the right to ask us to review (redetermine) our decision. You must ask for a "
           "redetermination within 65 days from the date of this notice. We can give you more time if you have "
           "a good reason for missing the deadline.", 9.6)
    d.text_line("Standard and expedited redetermination", 11, "B", h=7)
    d.para("A standard redetermination is decided within 7 days. If your health could be seriously harmed by "
           "waiting, you or your prescriber may ask for an expedited (fast) redetermination; we will decide "
           "within 72 hours.", 9.6)
    d.add_page()
    d.text_line("How to request a redetermination", 11, "B", h=7)
    d.para("Write to us at Evergreen Ridge Medicare Rx Plan, Part D Appeals, PO Box 7309, Salt Meadow, UT 84101, "
           "or call 1-877-204-6180 (TTY 711), 8 a.m. to 8 p.m., seven days a week. You may also fax your request "
           "to 1-877-204-6199. Include the request number shown on page 1.", 9.6)
    d.text_line("What to include", 11, "B", h=7)
    d.para("Your name, address, member number, the drug you are asking for and why you disagree. Your "
           "prescriber may send a supporting statement. You may ask for a free copy of the coverage rules we "
           "used.", 9.6)
    d.text_line("Get help", 11, "B", h=7)
    d.para("You may appoint a representative (for example with form CMS-1696). Your State Health Insurance "
           "Assistance Program can help you free of charge. Date of birth on file: "
           f"{fmt_date(f['dob'], 'slash')}.", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[req], denial_date=iso(notice), provider=DOCS[2],
              appeal_deadline=iso(notice + dt.timedelta(days=65)),
              denial_alternates=["prior_authorization"])
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 3: PBM approval for a shorter period
def doc_approval(r: Rand):
    f = base(r)
    ins = "Brightwater Pharmacy Benefit Services"
    mid, grp = f"{r.letters(2)}{r.digits(7)}", f"{r.digits(4)}-{r.letters(1)}"
    auth = f"AUTH{r.digits(9)}"
    dec = f["start"] + dt.timedelta(days=r.randint(2, 5))
    end = dec + dt.timedelta(days=90)
    d = Page(None, margins=(20, 16, 20))
    d.add_page()
    d.text_line("Brightwater", 20, "B", h=9)
    d.text_line(f"{ins}  ·  Utilization Management  ·  1-866-441-2090", 8.6, h=4.6)
    d.ln(6)
    d.text_line("COVERAGE APPROVAL - LIMITED DURATION", 12, "B", h=7)
    d.boxes([("Issued", fmt_date(dec, "abbr"), 36), ("Patient", f["member"], 56), ("ID number", mid, 38),
             ("Plan group", grp, 28), ("Authorization", auth, 36)])
    d.boxes([("Medication", "sodium oxybate 0.5 g/mL oral solution", 92),
             ("Approved from", fmt_date(dec, "abbr"), 51), ("Approved through", fmt_date(end, "abbr"), 51)])
    d.ln(5)
    d.para(f"Good news: we approved the request from {DOCS[0]} for the medication above. Your prescriber asked for "
           "12 months. We approved 3 months, the initial period our policy allows. To continue after the date "
           "shown, your prescriber must send a renewal request with a follow-up note showing fewer sleep attacks "
           "or less cataplexy, and your current Epworth Sleepiness Scale score.", 9.8)
    d.para("The medication must be filled by the certified specialty pharmacy. Your copay tier: specialty "
           "(tier 5), 25% up to $250.00 per 30-day fill.", 9.8)
    d.para("Approving a shorter period than requested is not a denial of coverage for that period. If you "
           "disagree with the length of the approval, you may ask for a review by calling us.", 9.0)
    t = truth("other", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[auth], service_dates=[iso(dec, end)], denial_date=iso(dec), provider=DOCS[0],
              alternates={"service_dates": [[], [iso(dec), iso(end)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 4: sideways paid sleep study EOB
def doc_paid_eob(r: Rand):
    f = base(r)
    ins = "Quillfeather Health Plan"
    mid, grp = f"QF{r.digits(10)}", f"{r.digits(5)}"
    claim = f"{r.digits(4)}-{r.digits(4)}-{r.digits(4)}"
    n1 = f["start"]
    n2 = n1 + dt.timedelta(days=1)
    stmt = n2 + dt.timedelta(days=r.randint(18, 30))
    prov = "Harrowgate Sleep Diagnostics Center"
    lines = [(n1, "95810", "Polysomnography, attended, 4+ params", float(r.randint(2100, 2900))),
             (n2, "95805", "Multiple sleep latency test", float(r.randint(1100, 1600)))]
    billed = sum(x[3] for x in lines)
    d = Page("Quillfeather Health Plan  ·  Statement of Benefits  ·  Not a bill  ·  {p}/{n}", margins=(14, 12, 14))
    d.add_page()
    d.text_line("Quillfeather Health Plan", 15, "B", h=7.5)
    d.text_line("STATEMENT OF BENEFITS  -  THIS IS NOT A BILL", 10, "B", h=6)
    d.ln(3)
    d.table(["Processed", "Patient", "Member ID", "Group", "Claim"],
            [[fmt_date(stmt, "upper"), f["member"], mid, grp, claim]], [32, 50, 40, 24, 38], size=8.8,
            head_fill=True)
    d.para(f"Rendering facility: {prov}    Referring: {DOCS[1]}    Received {fmt_date(stmt - dt.timedelta(days=9), 'upper')}",
           8.6)
    rows = []
    for dte, code, desc, b in lines:
        al = round(b * 0.62, 2)
        rows.append([fmt_date(dte, "upper"), code, desc, fmt_money(b), fmt_money(al), fmt_money(al * 0.9),
                     fmt_money(al * 0.1)])
    al = round(billed * 0.62, 2)
    rows.append(["*Totals", "", "", fmt_money(billed), fmt_money(al), fmt_money(al * 0.9), fmt_money(al * 0.1)])
    d.table(["Date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your share"], rows,
            [26, 15, 58, 22, 22, 22, 22], size=8.2, aligns="LLLRRRR")
    d.para("Your plan paid this claim at the in-network level after your deductible. Your share is your 10% "
           "coinsurance. No services on this claim were denied.", 9)
    d.para("Questions about this statement: 1-888-602-1174. If you disagree with how we processed this claim, "
           "you may appeal within 180 days after you receive this statement.", 8.6)
    t = truth("eob", None, insurer=ins, group_number=grp, member_id=mid, member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(billed), service_dates=[iso(n1), iso(n2)],
              denial_date=iso(stmt), provider=prov, type_alternates=["other"],
              alternates={"service_dates": [[iso(n1, n2)]]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 5: DOL model ABD in boxes (filled without PA)
def doc_dol(r: Rand):
    f = base(r)
    ins = "Pinnacle Crest Benefit Administrators"
    plan = "Osprey Valley Manufacturing Employee Health Plan"
    mid, grp = f"{r.digits(3)}-{r.digits(3)}-{r.digits(3)}", f"OVM{r.digits(4)}"
    plan_id = f"PLN-{r.digits(3)}"
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    fill = f["start"]
    notice = fill + dt.timedelta(days=r.randint(14, 24))
    amt = f"{r.randint(11000, 16800)}.{r.digits(2)}"
    pharm = "Camberley Central Specialty Pharmacy"
    d = Page("Pinnacle Crest Benefit Administrators  ·  Notice of Adverse Benefit Determination  ·  {p}",
             margins=(14, 12, 14))
    d.add_page()
    d.text_line("Pinnacle Crest Benefit Administrators", 14, "B", h=7)
    d.text_line(f"Claims administrator for the {plan}", 8.6, h=4.6)
    d.ln(3)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B", h=7)
    d.text_line("Save this notice. It describes your claim and your rights to appeal.", 8.6, h=5)
    d.ln(2)
    d.boxes([("Notice date", fmt_date(notice, "mdy_nopad"), 34), ("Participant", f["member"], 56),
             ("Participant ID", mid, 36), ("Group", grp, 28), ("Plan number", plan_id, 28)])
    d.boxes([("Claim no.", claim, 40), ("Date filled", fmt_date(fill, "mdy_nopad"), 32),
             ("Pharmacy", pharm, 78), ("Amount billed", fmt_money(amt), 32)])
    d.boxes([("Drug", DRUG + ", 30-day supply", 100), ("Prescriber", DOCS[0], 82)])
    d.ln(4)
    d.text_line("Reason for the determination", 10, "B", h=6)
    d.para("The plan requires prior authorization before it pays for oxybate products. No authorization was "
           "requested or on file on the date the prescription was filled, so the pharmacy claim was denied. "
           "(Plan document, Prescription Drug Benefits, section 7.3.) The pharmacy may not bill you more than "
           "the amount you agreed to pay at the counter.", 9.2)
    d.text_line("Appeal rights", 10, "B", h=6)
    d.para("You may appeal this determination within 180 days of the date of this notice. Send a written request "
           "to Appeals, Pinnacle Crest Benefit Administrators, PO Box 80112, Harwich Flats, OH 43215. You may see "
           "your claim file free of charge. If your situation is urgent, call 1-833-560-7725 for an expedited "
           "appeal (72 hours). You may have a right to bring a civil action under ERISA section 502(a) after the "
           "appeal. External review is available within 4 months after a final internal decision.", 9.2)
    d.para(f"Date of birth {fmt_date(f['dob'], 'mdy_nopad')}   Prescriber NPI {f['npi']}   Rx no. "
           f"{r.digits(7)}   Received {fmt_date(fill + dt.timedelta(days=2), 'mdy_nopad')}", 8.2)
    t = truth("denial_letter", "prior_authorization", insurer=ins, plan_id=plan_id, group_number=grp,
              member_id=mid, member_name=f["member"], case_numbers=[claim], claim_amount=amt,
              service_dates=[iso(fill)], denial_date=iso(notice), provider=pharm,
              appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"provider": [DOCS[0]], "insurer": [plan], "plan_id": [None]})
    return pdf_bytes(d), t


# ------------------------------------------------------------------ 6: portal printout, over the nightly limit
def doc_portal(r: Rand):
    f = base(r)
    ins = "Sagebrook Health Partners"
    mid = f"SHP{r.digits(7)}-01"
    case = f"UM-{r.digits(7)}"
    dec = f["start"] + dt.timedelta(days=r.randint(3, 6))
    d = Page(f"https://members.sagebrookhealth.example/messages/{r.digits(6)}   printed {fmt_date(dec, 'short')}",
             margins=(16, 12, 16))
    d.add_page()
    d.text_line("Sagebrook Health Partners  |  Member Center", 12, "B", h=7)
    d.text_line("Messages  >  Coverage decisions  >  Pharmacy", 8.4, h=5)
    d.rule(0.3, 3)
    d.text_line("Your pharmacy coverage review is complete", 12, "B", h=7)
    d.text_line(f"Posted {fmt_date(dec, 'wlong')}", 9, h=5)
    d.ln(3)
    d.para(f"Hi {f['first']}, this message is for {f['member']} (member {mid}).", 10)
    d.para(f"{DOCS[1]} asked us to cover a higher dose of your oxybate medication: 12 grams each night. Your plan "
           "covers oxybate products up to 9 grams per night, which is the highest dose in the FDA labeling. "
           f"Doses above this limit are not medically necessary under our policy, so we denied case {case}. "
           "Your current approval for up to 9 grams per night is not affected.", 10)
    d.para("If you disagree, you or your doctor can appeal. Your appeal must reach us within 60 days of the date "
           "of this notice. Tap Appeals in the menu or mail a letter to Sagebrook Health Partners, Member Appeals, "
           "PO Box 3390, Fairhaven, OR 97301. For an urgent (72-hour) review, call 1-844-917-2230.", 10)
    d.para("Message reference: see case number above. Do not reply to this message.", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=ins, member_id=mid, member_name=f["member"],
              case_numbers=[case], denial_date=iso(dec), provider=DOCS[1],
              appeal_deadline=iso(dec + dt.timedelta(days=60)), denial_alternates=["not_covered"])
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_prose, "pbm_letter", "born_digital"), (2, doc_partd, "partd_notice", "scan_clean_300"),
              (3, doc_approval, "short_approval", "photocopy"), (4, doc_paid_eob, "paid_eob", "rotated"),
              (5, doc_dol, "tpa_notice", "scan_lowres_150"), (6, doc_portal, "portal_photo", "phone_photo")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
