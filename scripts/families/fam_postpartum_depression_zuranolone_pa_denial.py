"""Family 'postpartum_depression_zuranolone_pa_denial': zuranolone (a 14-day oral course for postpartum depression)
refused at prior authorization by an invented PBM because the plan's criteria were not met (no documented trial of
an SSRI, severity score missing), seen as the PBM's member notice, a standard-fax stack (pharmacy reject notice +
the PBM's prescriber notification), an approval after appeal, the plan's paid EOB for the psychiatry visits, a
first-level appeal upheld, a monthly prescription claims statement with the zuranolone fill rejected, and the
psychiatrist's letter of medical necessity. All values invented.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, Rand, fmt_date, fmt_money, iso, m2, pdf_bytes, truth

FAMILY = "postpartum_depression_zuranolone_pa_denial"
LANG = "en"
SEED = 336400
PLAN = "Halcyon Ridge Health"
PBM = "Corvane Rx Solutions"
DOCS = ["Dr. Ilse V. Marrow", "Dr. Rafferty O. Lindqvist", "Dr. Noor E. Castellane", "Dr. Bram T. Okonkwo-Hale"]
PRACTICE = "Willowmere Perinatal Psychiatry"
PHARM = "Tallgrass Specialty Pharmacy"
DRUG = "Zurzuvae (zuranolone) 25 mg capsules, #56, 14-day supply"
CRIT = ("Plan criteria for zuranolone (policy RX-PPD-112) require: (1) a diagnosis of postpartum depression with "
        "onset in the third trimester or within 4 weeks of delivery; (2) a baseline severity score (HAM-D 17 of 20 "
        "or more, or EPDS of 13 or more); and (3) a trial of at least 4 weeks of a selective serotonin reuptake "
        "inhibitor (SSRI) such as sertraline or escitalopram, or a documented reason an SSRI cannot be used.")


def pt(r: Rand) -> dict:
    nm, first, mid, last = r.person()
    return dict(member=nm, first=first, last=last, addr=r.address(), dob=r.date(dt.date(1988, 1, 1), 4000),
                ph=r.phone(), npi=r.npi(), doc=r.choice(DOCS), mid=f"HRH{r.digits(9)}", grp=f"RXG{r.digits(5)}",
                plan_id=f"{r.letters(2)}-{r.digits(4)}", rx=f"Rx {r.digits(7)}", cost=float(r.amount(15200, 16400)))


def labels(d: Doc, rows, w: float = 48, size: float = 9.5, border: str | int = 0):
    for lab, val in rows:
        d.font(size, "B")
        d.cell(w, 5.4, lab, border=border)
        d.font(size)
        d.cell(0, 5.4, val, border=border, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


# 1 ------------------------------------------------------------ PBM member denial notice (born digital, 2 pages)
def doc_notice(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    case = f"PA-{r.digits(4)}-{r.digits(5)}"
    notice = r.date(dt.date(2026, 1, 12), 50)
    recv = notice - dt.timedelta(days=r.randint(1, 3))
    d = Doc(header=f"{PBM}  -  Case {case}", footer="Page {p} of {n}  -  CRX-DN-04", margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 16, "B", h=8)
    d.text_line(f"Pharmacy benefit manager for {PLAN}  -  Clinical Review  -  {f['ph']}", 8.5, h=5)
    d.rule(0.6, 6)
    d.text_line("Notice of Denial of Prescription Drug Coverage", 12.5, "B", h=7)
    labels(d, [("Date of notice", fmt_date(notice, "long")), ("Member", f["member"]),
               ("Member ID", f["mid"]), ("RxGroup", f["grp"]), ("Plan ID", f["plan_id"]),
               ("RxBIN / PCN", f"0{r.digits(5)} / CRXP"), ("Case number", case), ("Drug requested", DRUG),
               ("Prescriber", f"{f['doc']} (NPI {f['npi']})"), ("Request received", fmt_date(recv, "long"))])
    d.para(f"Dear {f['first']} {f['last']}: we reviewed your prescriber's request for prior authorization of "
           "zuranolone. We denied the request because the prior authorization criteria were not met.", 10.5)
    d.para(CRIT, 10.5)
    d.para("The information we received does not show a trial of an SSRI or a reason you cannot take one, and no "
           "severity score was sent. If your prescriber sends this information, we can review the request again.",
           10.5)
    d.add_page()
    d.text_line("Your right to appeal", 11, "B", h=6.5)
    d.para("You, your prescriber or your representative may request a redetermination (appeal) within 180 days "
           "from the date of this notice. If waiting could seriously harm your health, ask for an expedited "
           "appeal; we will decide within 72 hours. You may also request an external review within 4 months "
           "after a final decision. Pharmacy help desk: 1-866-555-0132.", 10)
    t = truth("denial_letter", "prior_authorization", insurer=PBM, plan_id=f["plan_id"], group_number=f["grp"],
              member_id=f["mid"], member_name=f["member"], case_numbers=[case], denial_date=iso(notice),
              provider=f["doc"], appeal_deadline=iso(notice + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"insurer": [PLAN], "plan_id": [None]})
    return pdf_bytes(d), t


# 2 ------------------------------------------------------------ fax stack: pharmacy reject + prescriber notice
def doc_reject(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(20, 14, 20))
    d.add_page()
    d.text_line(PHARM, 13, "B", h=7)
    d.text_line("Fax to prescriber  -  1-402-555-0119  -  NCPDP " + r.digits(7), 8.5, h=5)
    d.rule(0.4, 4)
    d.text_line("PRIOR AUTHORIZATION NEEDED - PRESCRIPTION ON HOLD", 11, "B", h=7)
    labels(d, [("Date", fmt_date(f["fill"], "slash")), ("Patient", f["member"]), ("DOB", fmt_date(f["dob"], "slash")),
               ("Prescriber", f["doc"]), ("Rx number", f["rx"]), ("Drug", DRUG), ("NDC", f"{r.digits(5)}-{r.digits(4)}-{r.digits(2)}"),
               ("Insurance", f"{PBM} for {PLAN}, ID {f['mid']}"), ("Reject", "75 - Prior Authorization Required")],
           w=36)
    d.para("The prescription above was rejected by the patient's plan when we tried to fill it. Please submit a "
           "prior authorization request to the plan's PBM (ePA or fax 1-866-555-0133). We will hold the "
           "prescription for 10 days. Patient cash price would be " + fmt_money(f["cost"]) + ".", 9.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], service_dates=[iso(f["fill"])],
              denial_date=iso(f["fill"]), provider=f["doc"], unscored=["insurer"],
              alternates={"service_dates": [[]], "provider": [PHARM]})
    return pdf_bytes(d), t


def doc_fax_notice(r: Rand, f: dict) -> tuple[bytes, dict]:
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PBM.upper(), 12, "B", h=7)
    d.text_line("PRIOR AUTHORIZATION DETERMINATION - PRESCRIBER NOTIFICATION   Fax 1-866-555-0133", 8.5, h=5)
    d.rule(0.6, 4)
    d.boxes([("Determination date", fmt_date(f["notice"], "upper"), 46), ("Reference", f["case"], 44),
             ("Member ID", f["mid"], 46), ("Group", f["grp"], 40)])
    d.boxes([("Patient", f["member"], 64), ("Date of birth", fmt_date(f["dob"], "upper"), 40),
             ("Prescriber", f["doc"], 72)])
    d.ln(4)
    d.text_line("OUTCOME: DENIED", 11, "B", h=7)
    d.para("Drug: zuranolone 25 mg capsules (Zurzuvae), 50 mg once daily in the evening with fat-containing food for "
           "14 days. Reason: criterion 3 not met - no documented trial of an SSRI (minimum 4 weeks) and no "
           "contraindication documented. EPDS score of 19 received; criteria 1 and 2 met.", 9.5)
    d.para("To request reconsideration, fax chart notes showing the SSRI trial or contraindication. The member may "
           "appeal within 180 days of the date of this determination. Expedited review: 72 hours.", 9.5)
    t = truth("denial_letter", "prior_authorization", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[f["case"]], denial_date=iso(f["notice"]), provider=f["doc"],
              appeal_deadline=iso(f["notice"] + dt.timedelta(days=180)),
              denial_alternates=["medical_necessity"], alternates={"insurer": [PLAN]})
    return pdf_bytes(d), t


def item_stack(r: Rand) -> Item:
    f = pt(r)
    fill = r.date(dt.date(2026, 1, 19), 40)
    f.update(fill=fill, notice=fill + dt.timedelta(days=r.randint(2, 4)), case=f"CRX{r.digits(9)}")
    return Item(f"{FAMILY}_faxstd_stack", "fax_standard_g4", [doc_reject(r, f), doc_fax_notice(r, f)],
                separators=["cover", None])


# 3 ------------------------------------------------------------ approval after appeal (scan clean)
def doc_approval(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    appeal, auth = f"RD{r.digits(8)}", f"PA-{r.digits(4)}-{r.digits(5)}"
    issued = r.date(dt.date(2026, 2, 16), 40)
    end = issued + dt.timedelta(days=30)
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(PBM, 14, "B", h=7)
    d.text_line("Appeals Department  -  on behalf of " + PLAN, 9, h=5)
    d.rule(0.5, 5)
    d.text_line(fmt_date(issued, "abbr"), 10.5, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 10.5, h=5.2)
    d.ln(3)
    d.para(f"Re: Redetermination {appeal}   Member ID {f['mid']}", 10.5)
    d.text_line("Your appeal is approved", 12, "B", h=7)
    d.para(f"We have overturned our earlier decision. Your prescriber, {f['doc']}, sent records showing that you "
           "took sertraline for 6 weeks without enough improvement and an EPDS score of 21. Zuranolone now meets "
           f"the plan's criteria. Authorization {auth} allows one 14-day course, filled from "
           f"{fmt_date(issued, 'abbr')} through {fmt_date(end, 'abbr')}.", 10.5)
    d.para("Your usual specialty-tier copay applies. Fill the prescription at a network specialty pharmacy such as "
           f"{PHARM}. Questions: {f['ph']}.", 10.5)
    t = truth("other", None, insurer=PBM, member_id=f["mid"], member_name=f["member"], case_numbers=[appeal, auth],
              service_dates=[iso(issued, end)], denial_date=iso(issued), provider=f["doc"],
              alternates={"case_numbers": [[appeal], [auth]], "service_dates": [[], [iso(issued)]],
                          "insurer": [PLAN]})
    return pdf_bytes(d), t


# 4 ------------------------------------------------------------ plan EOB for the psychiatry visits, paid (phone photo)
def doc_eob(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = r.date(dt.date(2026, 2, 23), 30)
    v1 = stmt - dt.timedelta(days=r.randint(30, 40))
    v2 = v1 + dt.timedelta(days=14)
    claim = f"{r.digits(2)}{r.letters(1)}{r.digits(9)}"
    lines = [(v1, "90792", "Psychiatric diagnostic evaluation w/ medical svcs", float(r.amount(380, 460))),
             (v2, "99214", "Office visit, established, moderate", float(r.amount(190, 240))),
             (v2, "90833", "Psychotherapy add-on, 30 min", float(r.amount(95, 130)))]
    tot = sum(x[3] for x in lines)
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PLAN, 15, "B", h=8)
    d.text_line("Explanation of Benefits  -  This is not a bill", 10, "B", h=6)
    d.boxes([("Issue date", fmt_date(stmt, "slash"), 36), ("Member", f["member"], 60), ("Member ID", f["mid"], 44),
             ("Group", f["grp"], 38)])
    d.ln(3)
    d.para(f"Claim {claim}  -  {f['doc']}, {PRACTICE}  -  received {fmt_date(stmt - dt.timedelta(days=9), 'slash')}", 9.5)
    rows = [[fmt_date(a, "slash"), c, ds, fmt_money(v), fmt_money(v * 0.78), fmt_money(v * 0.78 - 25 if c == "90792" else v * 0.78),
             "$25.00" if c == "90792" else "$0.00"] for a, c, ds, v in lines]
    rows.append(["*Claim total", "", "", fmt_money(tot), fmt_money(tot * 0.78), fmt_money(tot * 0.78 - 25), "$25.00"])
    d.table(["Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You pay"], rows,
            [22, 14, 66, 20, 20, 20, 18], size=7.8, aligns="LLLRRRR")
    d.para("Your mental health office visits are paid at the in-network level. The $25.00 specialist copay applies "
           "once per date of service. Mental health out-of-pocket used this year: $" + f"{r.randint(60, 180)}.00.", 9)
    d.para("If you disagree with how this claim was processed, you may appeal within 180 days of receiving this "
           "statement.", 8.5)
    t = truth("eob", None, insurer=PLAN, group_number=f["grp"], member_id=f["mid"], member_name=f["member"],
              case_numbers=[claim], claim_amount=m2(tot), service_dates=[iso(v1), iso(v2)], denial_date=iso(stmt),
              provider=f["doc"], type_alternates=["other"], alternates={"provider": [PRACTICE]})
    return pdf_bytes(d), t


# 5 ------------------------------------------------------------ first-level appeal upheld (photocopy)
def doc_upheld(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    appeal, case = f"RD{r.digits(8)}", f"PA-{r.digits(4)}-{r.digits(5)}"
    decided = r.date(dt.date(2026, 2, 9), 40)
    d = Doc(font="Times", margins=(24, 18, 24))
    d.add_page()
    d.text_line(PBM, 15, "B", align="C", h=7)
    d.text_line("Member Appeals  -  PO Box 2291, Macon, GA 31201", 10, align="C", h=5)
    d.ln(8)
    d.text_line(fmt_date(decided, "dmy"), 11, h=6)
    for ln in [f["member"], *f["addr"]]:
        d.text_line(ln, 11, h=5.5)
    d.ln(4)
    d.para(f"Appeal number: {appeal}\nOriginal case: {case}\nMember ID: {f['mid']}", 11)
    d.para(f"Dear {f['first']} {f['last']}: A pharmacist and a psychiatrist who did not make the first decision "
           f"reviewed your appeal for zuranolone prescribed by {f['doc']}. Your appeal included a letter describing "
           "your symptoms since delivery.", 11)
    d.para("The records still do not show a trial of an SSRI or a medical reason you cannot take one. The prior "
           "authorization criteria for zuranolone are not met, so we are upholding the denial. Generic sertraline "
           "and escitalopram are covered without prior authorization.", 11)
    d.para("You may ask for a second-level appeal within 60 days of the date of this letter. Expedited second-level "
           "appeals are decided within 72 hours. After that you may request external review within 4 months.", 11)
    t = truth("denial_letter", "prior_authorization", insurer=PBM, member_id=f["mid"], member_name=f["member"],
              case_numbers=[appeal, case], denial_date=iso(decided), provider=f["doc"],
              appeal_deadline=iso(decided + dt.timedelta(days=60)), denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]]})
    return pdf_bytes(d), t


# 6 ------------------------------------------------------------ monthly prescription claims statement (rotated)
def doc_rx_stmt(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    stmt = r.date(dt.date(2026, 3, 2), 20)
    fills = sorted(r.date(stmt - dt.timedelta(days=30), 26) for _ in range(3))
    cl = [f"{r.digits(12)}" for _ in range(3)]
    rows_src = [(cl[0], fills[0], "Sertraline 50 mg tab #30", "Greenleaf Pharmacy #214", float(r.amount(12, 24)), False),
                (cl[1], fills[1], "Zurzuvae 25 mg cap #56", PHARM, f["cost"], True),
                (cl[2], fills[2], "Prenatal vitamin tab #90", "Greenleaf Pharmacy #214", float(r.amount(9, 19)), False)]
    d = Doc(margins=(16, 12, 16))
    d.add_page()
    d.text_line(PBM, 13, "B", h=7)
    d.text_line("Prescription Claims Statement  -  your pharmacy benefit through " + PLAN, 9, h=5)
    d.rule(0.5, 3)
    d.para(f"Statement date: {fmt_date(stmt, 'dmy')}\nMember: {f['member']}   ID: {f['mid']}   Group: {f['grp']}\n"
           f"Period: {fmt_date(stmt - dt.timedelta(days=30), 'dmy')} - {fmt_date(stmt, 'dmy')}", 9.5)
    rows = [[c, fmt_date(fl, "dmy"), drug, ph, fmt_money(cost, "nosign"), "0.00" if den else fmt_money(cost - 5, "nosign"),
             "REJECTED 75" if den else "PAID"] for c, fl, drug, ph, cost, den in rows_src]
    d.table(["Claim ID", "Fill date", "Drug", "Pharmacy", "Submitted", "Plan paid", "Status"], rows,
            [28, 22, 40, 37, 18, 18, 20], size=7.6, aligns="LLLLRRL")
    d.para("75 - Prior authorization required. Your prescriber must obtain approval before this drug is covered. "
           "You may appeal a rejected claim within 180 days of the statement date. Year-to-date drug spending: "
           f"${r.randint(120, 400)}.00.", 8.5)
    t = truth("eob", "prior_authorization", insurer=PBM, group_number=f["grp"], member_id=f["mid"],
              member_name=f["member"], case_numbers=[cl[1]], claim_amount=m2(f["cost"]), service_dates=[iso(fills[1])],
              denial_date=iso(stmt), provider=PHARM, appeal_deadline=iso(stmt + dt.timedelta(days=180)),
              alternates={"insurer": [PLAN]})
    return pdf_bytes(d), t


# 7 ------------------------------------------------------------ psychiatrist's letter of medical necessity (low res)
def doc_lmn(r: Rand) -> tuple[bytes, dict]:
    f = pt(r)
    case = f"PA-{r.digits(4)}-{r.digits(5)}"
    sent = r.date(dt.date(2026, 2, 2), 30)
    delivered = sent - dt.timedelta(days=r.randint(40, 70))
    d = Doc(margins=(22, 16, 22))
    d.add_page()
    d.text_line(PRACTICE, 13, "B", h=7)
    d.text_line(f"{f['doc']}  -  NPI {f['npi']}  -  Tel 1-605-555-0166  -  Fax 1-605-555-0167", 8.5, h=5)
    d.rule(0.4, 5)
    d.text_line(fmt_date(sent, "iso"), 10.5, h=6)
    d.para(f"To: {PBM}, Appeals Department\nRe: Request for expedited redetermination, case {case}\n"
           f"Patient: {f['member']}, DOB {fmt_date(f['dob'], 'iso')}, member ID {f['mid']}", 10)
    d.para(f"I am writing to ask you to reverse the denial of zuranolone for my patient, who delivered on "
           f"{fmt_date(delivered, 'iso')} and has severe postpartum depression (EPDS 22). She cannot take an "
           "SSRI: she had serotonin syndrome on escitalopram in 2023, documented in the enclosed records. Waiting "
           "for a 4-week SSRI trial would put her and her infant at risk.", 10.5)
    d.para("Please treat this as an expedited request. Enclosures: progress notes, EPDS scores, hospital discharge "
           "summary (3 pages).", 10.5)
    d.para(f"Sincerely,\n{f['doc']}, MD", 10.5)
    t = truth("other", None, member_id=f["mid"], member_name=f["member"], case_numbers=[case],
              denial_date=iso(sent), provider=f["doc"], unscored=["insurer"],
              alternates={"case_numbers": [[]], "denial_date": [None]})
    return pdf_bytes(d), t


def documents(rng: random.Random) -> list[Item]:
    single = [(0, doc_notice, "bd_pbm_denial", "born_digital"), (2, doc_approval, "scan_appeal_approved", "scan_clean_300"),
              (3, doc_eob, "photo_visits_eob", "phone_photo"), (4, doc_upheld, "copy_appeal_upheld", "photocopy"),
              (5, doc_rx_stmt, "rot_rx_statement", "rotated"), (6, doc_lmn, "lowres_lmn", "scan_lowres_150")]
    items = [Item(f"{FAMILY}_{nm}", cond, [fn(Rand(SEED + i))]) for i, fn, nm, cond in single]
    items.insert(1, item_stack(Rand(SEED + 1)))
    return items
