"""Family 'hip_arthroscopy_femoroacetabular_impingement_criteria_denial': hip arthroscopy for femoroacetabular
impingement (FAI) refused because the plan's criteria were not met (imaging: alpha angle / Tonnis grade / joint
space; conservative care: fewer than 3 months of physical therapy), seen as a prior authorization denial letter, the
surgeon's statement to the patient, a fax stack to the surgeon (denial with a peer-to-peer offer + the peer-to-peer
scheduling sheet), an upheld appeal, a member EOB with three claims of which the surgery is refused, an inpatient
stay refused as outpatient-only, and an approval after the peer-to-peer. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "hip_arthroscopy_femoroacetabular_impingement_criteria_denial"
LANG = "en"
SEED = 335200
PLAN = "Cedarline Mutual Health"
UM = "Tessera Musculoskeletal Review"
SURGEONS = ["Dr. Magnus T. Ellery", "Dr. Farah L. Quennell", "Dr. Corbin A. Hatherleigh", "Dr. Simone J. Oyelowo"]
PRACTICE = "Granite Bay Orthopaedic & Sports Medicine"
ASC = "Lakeshore Surgery Center"
HOSP = "Wrenfield Regional Medical Center"


def member(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    return dict(member=nm, first=first, last=last, addr=r.address(), dob=r.date(dt.date(1978, 1, 1), 8000),
                ph=r.phone(), npi=r.npi(), doc=r.choice(SURGEONS), mid=f"CMH-{r.digits(9)}", grp=f"GR{r.digits(6)}",
                plan_id=f"H{r.digits(4)}-{r.digits(3)}")


def labels(d: Doc, rows, w: float = 46, size: float = 9.5, border: str | int = 0):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.3, lab, border=border)
        d.font(size)
        d.cell(0, 5.3, val, border=border, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


CRIT = ("Our Hip Arthroscopy medical policy (MP-ORTH-041) requires all of the following: (1) imaging showing cam or "
        "pincer morphology (alpha angle over 55 degrees or lateral center-edge angle over 40 degrees); (2) little "
        "or no arthritis (Tonnis grade 0 or 1 and joint space of at least 2 mm); and (3) at least 3 months of "
        "conservative care, including physical therapy, that did not help.")


# 1 ------------------------------------------------------------ PA denial letter (born digital, 2 pages)
def doc_pa(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    case = f"UM-{r.digits(3)}-{r.digits(6)}"
    notice = r.date(dt.date(2026, 1, 14), 50)
    recv = notice - dt.timedelta(days=r.randint(3, 6))
    surg = notice + dt.timedelta(days=r.randint(12, 25))
    d = Doc(header=f"{PLAN} - {f['member']} - {case}", footer="Page {p} of {n}", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PLAN, 16, "B", h=8)
    d.text_line("Utilization Management  -  1200 Sycamore Court, Fargo, ND 58102  -  " + f["ph"], 8.5, h=5)
    d.rule(0.6, 6)
    d.text_line(fmt_date(notice, "long"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(4)
    labels(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group number", f["grp"]), ("Plan", f["plan_id"]),
               ("Reference number", case), ("Service", "Hip arthroscopy with femoroplasty (CPT 29914), left"),
               ("Requested date of surgery", fmt_date(surg, "slash")), ("Requesting surgeon", f["doc"])])
    d.text_line("Notice of Adverse Benefit Determination", 12, "B", h=7)
    d.para(f"We received a request on {fmt_date(recv, 'long')} to approve hip arthroscopy at {ASC}. A board-certified "
           "orthopaedic surgeon reviewed it. We did not approve the surgery because it is not medically necessary "
           "under our criteria.", 10.5)
    d.para(CRIT, 10.5)
    d.para(f"The records sent show 5 weeks of physical therapy and an x-ray reported as Tonnis grade 2 with joint "
           "space of 1.5 mm. No MRI or CT measuring the alpha angle was sent. Criteria (2) and (3) are not met.", 10.5)
    d.add_page()
    d.text_line("Your appeal rights", 11, "B", h=6.5)
    d.para("You or your doctor may appeal within 180 days of the date of this letter. Your surgeon may also ask for "
           "a peer-to-peer conversation with our reviewer. If a delay could seriously harm your health, ask for an "
           "expedited appeal, decided within 72 hours. You may ask for external review within 4 months of a final "
           "decision. Surgeon NPI " + f["npi"] + ".", 10)
    d.para("Sincerely,\nMedical Director, Utilization Management", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=f["plan_id"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[case], service_dates=[iso(surg)],
              denial_date=iso(notice), provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              alternates={"plan_id": [None]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ surgeon's statement (scan clean)
def doc_statement(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    stmt = r.date(dt.date(2026, 3, 2), 30)
    dos = stmt - dt.timedelta(days=r.randint(35, 60))
    visit = stmt - dt.timedelta(days=r.randint(80, 100))
    lines = [(visit, "99204", "New patient visit", float(r.amount(260, 340))),
             (dos, "29914", "Arthroscopy hip, femoroplasty", float(r.amount(4200, 6100))),
             (dos, "29916", "Arthroscopy hip, labral repair", float(r.amount(2100, 3000)))]
    acct = f"GB{r.digits(7)}"
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(PRACTICE, 14, "B", h=7)
    d.text_line("Billing Office  -  77 Lantern Way, Pueblo, CO 81003  -  1-719-555-0188", 8.5, h=5)
    d.rule(0.5, 4)
    d.text_line("PATIENT STATEMENT", 12, "B", h=7)
    labels(d, [("Statement date", fmt_date(stmt, "abbr")), ("Patient", f["member"]), ("Account number", acct),
               ("Insurance", f"{PLAN}  ID {f['mid']}"), ("Surgeon", f["doc"])], w=38)
    rows = [[fmt_date(a, "slash"), c, ds, fmt_money(v, "nosign")] for a, c, ds, v in lines]
    tot = sum(x[3] for x in lines)
    paid = lines[0][3] * 0.7
    rows += [["", "", "Total charges", fmt_money(tot, "nosign")], ["", "", "Insurance payment (visit)", "-" + m2(paid)], ["", "", "*Balance due", fmt_money(tot - paid, "plain")]]
    d.table(["Date", "CPT", "Description", "Amount"], rows, [30, 22, 90, 30], size=8.5, aligns="LLLR")
    d.para("Your insurance denied the surgery charges as not medically necessary. Our office has filed an appeal on "
           "your behalf; you do not need to pay the surgery charges while the appeal is open. Please pay the "
           "remaining balance by the due date or call us to set up a payment plan.", 9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], claim_amount=m2(tot),
              service_dates=[iso(visit), iso(dos)], denial_date=iso(stmt), provider=f["doc"],
              unscored=["insurer"], alternates={"claim_amount": [None], "service_dates": [[iso(dos)]],
                                                "provider": [PRACTICE]})
    return pdf_bytes(d), t


# 3 ------------------------------------------------------------ fax stack: UM denial + peer-to-peer sheet
def doc_fax_denial(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(UM.upper(), 12, "B", h=7)
    d.text_line(f"Musculoskeletal benefit manager for {PLAN}   Fax 1-888-555-0109", 8.5, h=5)
    d.rule(0.6, 4)
    d.boxes([("Determination date", fmt_date(f["notice"], "upper"), 44), ("Case ID", f["case"], 46),
             ("Member ID", f["mid"], 44), ("Group", f["grp"], 42)])
    d.boxes([("Patient", f["member"], 64), ("Date of birth", fmt_date(f["dob"], "upper"), 40),
             ("Ordering surgeon", f["doc"], 72)])
    d.ln(4)
    d.text_line("DETERMINATION: NOT APPROVED", 11, "B", h=7)
    d.para(f"Procedure: right hip arthroscopy, acetabuloplasty and labral repair (29915, 29916), planned "
           f"{fmt_date(f['surg'], 'upper')} at {ASC}. Rationale: conservative care criterion not met. Documentation "
           "shows 6 weeks of physical therapy; the guideline requires at least 12 weeks plus activity "
           "modification and anti-inflammatory medication, without improvement. Imaging criteria were met.", 9.5)
    d.para("PEER-TO-PEER: the ordering surgeon may discuss this case with a Tessera physician reviewer within 14 "
           "calendar days of this determination. Use the attached scheduling sheet. A peer-to-peer is not an appeal. "
           "Appeals must be filed with the health plan within 180 days of the date of this determination.", 9.5)
    t = truth("denial_letter", "medical_necessity", insurer=UM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[iso(f["surg"])],
              denial_date=iso(f["notice"]), provider=f["doc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)), alternates={"insurer": [PLAN]})
    return pdf_bytes(d), t


def doc_p2p(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(20, 14, 20))
    d.add_page()
    d.text_line(UM, 12, "B", h=7)
    d.text_line("Peer-to-Peer Scheduling Request", 11, "B", h=7)
    d.rule(0.4, 4)
    labels(d, [("Case ID", f["case"]), ("Patient", f["member"]), ("Ordering surgeon", f["doc"]),
               ("Surgeon NPI", f["npi"]), ("Offer expires", fmt_date(f["notice"] + dt.timedelta(days=14), "upper"))])
    d.para("Preferred times (check two):  [ ] 7:00-8:00 AM   [ ] 12:00-1:00 PM   [ ] 4:30-5:30 PM\n"
           "Direct callback number: ______________________   Best contact: ______________________", 10)
    d.para("Return this page by fax to 1-888-555-0109. Our reviewer will call at the time you choose. Have the "
           "therapy notes and imaging reports available.", 10)
    t = truth("other", None, insurer=UM, member_name=f["member"], case_numbers=[f["case"]], provider=f["doc"],
              unscored=["denial_date"])
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = member(r)
    notice = r.date(dt.date(2026, 1, 26), 45)
    f.update(notice=notice, surg=notice + dt.timedelta(days=r.randint(14, 28)), case=f"TMR{r.digits(8)}")
    return Item(f"{FAMILY}_faxstd_stack", "fax_standard_g4", [doc_fax_denial(r, f), doc_p2p(r, f)],
                separators=["cover", None])


# 4 ------------------------------------------------------------ upheld appeal (photocopy)
def doc_appeal(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    appeal, orig = f"GA{r.digits(8)}", f"UM-{r.digits(3)}-{r.digits(6)}"
    decided = r.date(dt.date(2026, 3, 2), 40)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PLAN, 15, "B", align="C", h=7)
    d.text_line("Grievance and Appeals Department", 10, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "dmy"), 11, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"Appeal {appeal} (original request {orig})\nMember ID {f['mid']}, Group {f['grp']}", 11)
    d.para(f"Dear {f['first']} {f['last']}, we have finished reviewing your appeal of our decision not to approve "
           f"hip arthroscopy requested by {f['doc']}. An orthopaedic surgeon who was not part of the first decision "
           "reviewed the records, including the new MRI report.", 11)
    d.para("The MRI shows an alpha angle of 58 degrees, which meets the imaging criterion. However, the records "
           "still show joint space narrowing to 1.6 mm and Tonnis grade 2 changes. Hip arthroscopy is not "
           "medically necessary when arthritis of this degree is present, because it is unlikely to help. We are "
           "upholding our denial.", 11)
    d.para("This is our final internal decision. You may request an external review within 4 months of the date "
           "you receive this letter. Call " + f["ph"] + " with questions.", 11)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[appeal, orig], denial_date=iso(decided), provider=f["doc"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ member EOB, three claims, surgery refused (phone photo)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    stmt = r.date(dt.date(2026, 3, 9), 30)
    dos = sorted(r.date(stmt - dt.timedelta(days=60), 40) for _ in range(3))
    claims = [f"E{r.digits(10)}" for _ in range(3)]
    blocks = [(claims[0], "Northgate Imaging", dos[0], [("73722", "MRI hip w/ contrast", float(r.amount(1100, 1700)))], False),
              (claims[1], "Stride Physical Therapy", dos[1], [("97110", "Therapeutic exercise x3", float(r.amount(150, 260))),
                                                             ("97140", "Manual therapy", float(r.amount(70, 120)))], False),
              (claims[2], ASC, dos[2], [("29914", "Hip arthroscopy femoroplasty", float(r.amount(7800, 11000))),
                                        ("29916", "Hip arthroscopy labral repair", float(r.amount(3100, 4600)))], True)]
    d = Doc(footer=f"{PLAN} Explanation of Benefits  p. {{p}}", margins=(14, 12, 14))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Your Explanation of Benefits", 10.5, "B", h=6)
    d.para(f"Prepared {fmt_date(stmt, 'long')} for {f['member']}, member ID {f['mid']}, group {f['grp']}. "
           "This is not a bill.", 9.5)
    order = [2, 0, 1] if r.random() < 0.5 else [0, 2, 1]
    for i in order:
        cl, prov, day, lines, den = blocks[i]
        d.font(9, "B")
        d.cell(0, 5.5, f"Claim {cl}  |  {prov}  |  processed {fmt_date(day + dt.timedelta(days=r.randint(6, 12)), 'abbr')}",
               new_x="LMARGIN", new_y="NEXT")
        rows = [[fmt_date(day, "abbr"), c, ds, fmt_money(v, "plain"), "$0.00" if den else fmt_money(v * 0.6),
                 "MN2" if den else "-"] for c, ds, v in lines]
        rows.append(["*Total", "", "", fmt_money(sum(x[2] for x in lines)), "", "DENIED" if den else "PAID"])
        d.table(["Date of service", "Code", "Service", "Charged", "Plan paid", "Remark"], rows,
                [28, 18, 66, 26, 24, 22], size=7.8, aligns="LLLRRL")
    d.para(f"MN2: The surgery at {ASC} was not covered because it did not meet the plan's medical necessity criteria "
           "for hip arthroscopy (pre-service request denied). The facility may not bill you beyond your cost share "
           "while an appeal is pending.", 8.5)
    d.para("To appeal, write to us within 180 days of the date of this EOB. Expedited appeals: 72 hours. "
           "Out-of-pocket maximum met: $" + f"{r.randint(900, 2500)}.00 of $6,000.00.", 8.5)
    den = blocks[2]
    t = truth("eob", "medical_necessity", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[den[0]], claim_amount=m2(sum(x[2] for x in den[3])),
              service_dates=[iso(den[2])], denial_date=iso(stmt), provider=ASC,
              appeal_deadline=iso(stmt + dt.timedelta(days=180)))
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ inpatient stay refused, outpatient only (rotated)
def doc_loc(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    ref = f"IP{r.digits(3)}-{r.digits(6)}"
    notice = r.date(dt.date(2026, 2, 9), 40)
    adm = notice + dt.timedelta(days=r.randint(8, 16))
    dis = adm + dt.timedelta(days=2)
    d = Doc(margins=(22, 18, 22))
    d.add_page()
    d.text_line(PLAN, 14, "B", h=7)
    d.text_line("Inpatient Review Unit", 9, h=5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(notice, "wlong"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.para(f"Reference: {ref}\nMember number: {f['mid']}\nGroup: {f['grp']}", 10)
    d.text_line("Inpatient admission not approved", 11.5, "B", h=7)
    d.para(f"{HOSP} asked us to approve an inpatient admission from {fmt_date(adm, 'slash')} to "
           f"{fmt_date(dis, 'slash')} for hip arthroscopy by {f['doc']}. The surgery itself was approved. Hip "
           "arthroscopy is routinely done as outpatient surgery with same-day discharge, and your records show no "
           "condition that needs an overnight hospital stay. We therefore did not approve the inpatient setting; "
           "the surgery is covered as hospital outpatient or ambulatory surgery center care.", 10.5)
    d.para("You may appeal within 180 days after you receive this letter. A fast (72-hour) appeal is available. "
           "Hospital NPI on file: " + f["npi"] + ".", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[ref], service_dates=[iso(adm, dis)], denial_date=iso(notice),
              provider=HOSP, alternates={"provider": [f["doc"]], "service_dates": [[iso(adm)]]})
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ approval after peer-to-peer (low res)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = member(r)
    auth = f"TMR{r.digits(8)}"
    issued = r.date(dt.date(2026, 3, 2), 30)
    surg = issued + dt.timedelta(days=r.randint(10, 20))
    d = Doc(margins=(18, 14, 18))
    d.add_page()
    d.text_line(UM, 13, "B", h=7)
    d.text_line("Authorization Notice", 10, h=5)
    d.rule(0.5, 4)
    labels(d, [("Notice date", fmt_date(issued, "iso")), ("Patient", f["member"]), ("Member ID", f["mid"]),
               ("Authorization", auth), ("Surgeon", f["doc"]), ("Facility", ASC),
               ("Approved date of service", fmt_date(surg, "iso")), ("Decision", "APPROVED after peer-to-peer review")],
           w=52, border="B")
    d.para("After speaking with the surgeon, our reviewer found that the updated therapy records show 14 weeks of "
           "physical therapy without improvement and that the criteria are met. Left hip arthroscopy (29914, "
           "29916) is approved as outpatient surgery. The approval is valid for 60 days.", 10)
    t = truth("other", None, insurer=UM, member_id=f["mid"], member_name=f["member"], case_numbers=[auth],
              service_dates=[iso(surg)], denial_date=iso(issued), provider=f["doc"],
              alternates={"service_dates": [[]]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_pa, "bd_pa_denial", "born_digital"), (2, doc_statement, "scan_surgeon_statement", "scan_clean_300"),
              (3, doc_appeal, "copy_appeal_upheld", "photocopy"), (4, doc_eob, "photo_eob", "phone_photo"),
              (5, doc_loc, "rot_inpatient_denial", "rotated"), (6, doc_approval, "lowres_p2p_approval", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
