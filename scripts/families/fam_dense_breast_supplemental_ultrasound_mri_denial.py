"""An invented commercial plan (Corliss Valley Health Plan) refusing supplemental breast ultrasound and breast
MRI for dense breast tissue (not covered as screening; MRI not medically necessary below the plan's lifetime
risk threshold), with a radiologist's letter, an imaging center's statement and a partly paid EOB. Every
person, plan, provider, number and address is invented.

Documents (8 in 7 files):
- db_mri_re_letter: prior authorization denial of a screening breast MRI, a letter with a multi-line Re: block,
  the rest in sentences (medical necessity).
- db_radiologist_fax: the radiologist's letter to the plan asking it to reconsider, under a typed fax header
  line with a Re: block (denies nothing).
- db_center_statement: the imaging center's patient statement (mammogram paid, ultrasound denied by the plan,
  balance due; denies nothing).
- db_eob_blocks: EOB with three claim blocks (mammogram paid, ultrasound denied as screening, a visit with an
  adjustment in parentheses), remark legend, plan-year deductible.
- db_us_fourcol: coverage notice in two label/value columns denying whole-breast ultrasound (not covered).
- db_appeal_upheld: first-level appeal decision upholding the MRI denial, with a contact sidebar (fed sideways).
- db_stack: denial of a repeat ultrasound with its duplex back, then an approval of a diagnostic ultrasound
  for a palpable lump fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fpdf import FPDF
from kit_rounddf_famdfa import claim_block, fax_header, fd, four_col, pat, plus, re_block, usd
from public_kit import Page, m2, out, person, truth

FAMILY = "dense_breast_supplemental_ultrasound_mri_denial"
LANG = "en"
SEED = 350800

INS = "Corliss Valley Health Plan"
ADDR = "1450 Ridgeline Parkway, Suite 300, Boise, ID 83702"
CENTER = "Tamarack Breast Imaging Center"
RAD = "Imogen R. Castellanos, MD"
WOMEN = ["Rosalind", "Paulette", "Yesenia", "Colleen", "Wanda", "Lucille", "Nadia", "Beatriz"]


def woman(r: random.Random) -> str:
    name, *_ = person(r)
    return f"{r.choice(WOMEN)} {name.split()[1]} {name.split()[2]}"


def head(p: Page, title: str, tag: str = "Utilization Management"):
    p.set_fill_color(30)
    p.set_text_color(255)
    p.f(13, "B")
    p.cell(0, 9, "  CORLISS VALLEY  HEALTH PLAN", fill=True, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0)
    p.f(7.5)
    p.cell(0, 4, f"{INS}  -  {tag}  -  {ADDR}  -  1-877-555-0182  (TTY 711)", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    if title:
        p.f(11.5, "B")
        p.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        p.ln(2)


def ctx(r: random.Random):
    return dict(name=woman(r), mid=pat(r, "CVH9999999-01"), grp=pat(r, "G-99999"),
                dob=dt.date(r.randint(1972, 1986), r.randint(1, 12), r.randint(1, 28)))


def doc_mri(r, c):
    ref = "PA" + pat(r, "99999999")
    nd = dt.date(2026, 1, 8) + dt.timedelta(days=r.randint(0, 40))
    svc = plus(nd, r.randint(9, 20))
    p = Page(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, "")
    p.f(10)
    p.cell(0, 5, fd(nd, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for t in (c["name"], f"{r.randint(100, 990)} W Hays St", "Boise, ID 83702"):
        p.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    re_block(p, [c["name"], f"Member number: {c['mid']}  (Group {c['grp']})", f"Reference: {ref}",
                 f"Date of service: {fd(svc, 'slash')}"])
    p.para(f"Dear {c['name'].split()[0]}:", 10)
    p.para(f"{RAD} of {CENTER} asked us to approve a bilateral breast MRI with and without contrast (CPT 77049) "
           "as a supplemental screening test because your mammogram report describes extremely dense breast "
           "tissue (BI-RADS density D).", 10)
    p.para("We reviewed the request with our medical policy CVHP-RAD-114, Breast MRI. The policy covers screening "
           "breast MRI for members whose estimated lifetime risk of breast cancer is 20 percent or more, or who "
           "have a known genetic mutation or chest radiation before age 30. The records show an estimated "
           "lifetime risk of 13.8 percent and no other listed factor. Dense breast tissue alone does not meet "
           "the policy. For this reason the MRI is not medically necessary and is **denied**.", 10)
    p.para("Your doctor can talk with one of our physician reviewers at 1-877-555-0190. Your mammogram of "
           f"{fd(plus(nd, -34), 'dotabbr')} was covered in full and is not affected.", 10)
    p.para("You may appeal this decision within 180 days of the date of this letter. Send your appeal to "
           f"Corliss Valley Health Plan, Appeals, {ADDR}, or fax 1-877-555-0194. If your situation is urgent "
           "you may ask for an expedited appeal, decided within 72 hours. You may also have a right to an "
           "external review by an independent review organization after the appeal. You may ask for free "
           "copies of the policy and all documents we used.", 9.6)
    p.para("Sincerely,\nUtilization Management, Corliss Valley Health Plan", 10)
    p.f(7)
    p.cell(0, 4, f"Letter CV-UM-DN7 (rev 11/2025)   Member DOB {fd(c['dob'], 'slash')}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=c["grp"], member_id=c["mid"],
              member_name=c["name"], cases=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
              provider=RAD, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [CENTER]})
    return out(p), t, (ref, nd, svc)


def doc_rad_fax(r, c, mri):
    ref, dnd, svc = mri
    ld = plus(dnd, r.randint(5, 12))
    p = Page(serif=True, footer=None)
    p.set_margins(24, 20, 24)
    p.add_page()
    fax_header(p, f"{fd(ld, 'dmy2').upper()}  09:51  TAMARACK BREAST IMG  208-555-0117  -> 1-877-555-0194   pg 1 of 1")
    p.ln(3)
    p.f(14, "B")
    p.cell(0, 7, CENTER, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"{r.randint(200, 900)} N Cole Rd, Boise, ID 83704   Tel 208-555-0116   NPI 1{pat(r, '999999999')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.f(10.5)
    p.cell(0, 5, fd(ld, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for t in ("Corliss Valley Health Plan", "Attn: Appeals / Medical Director", ADDR):
        p.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    re_block(p, [f"Patient: {c['name']}  DOB {fd(c['dob'], 'nth')}", f"Member ID {c['mid']}",
                 f"Prior authorization {ref}", f"Planned breast MRI {fd(svc, 'abbr')}"], 10.5)
    p.para("Dear Medical Director,", 10.5)
    p.para("I am writing to ask you to reconsider the denial of a supplemental breast MRI for my patient. Her "
           "screening mammograms show extremely dense tissue, which lowers the sensitivity of mammography to "
           "well under 50 percent. Her mother was diagnosed with breast cancer at 46, and her sister, "
           f"{r.choice(['Odile', 'Marta', 'Renata'])} {c['name'].split()[-1]}, had an atypical biopsy last year. "
           "Using the Tyrer-Cuzick model with the new family history, her lifetime risk is 21.4 percent, above "
           "your policy threshold.", 10.5)
    p.para("I have enclosed the updated risk assessment and the two most recent mammogram reports. Please call "
           "my office at 208-555-0116 if a peer-to-peer discussion would help.", 10.5)
    p.para(f"Sincerely,\n\n{RAD}\nBreast imaging radiologist, {CENTER}", 10.5)
    t = truth("other", None, insurer=INS, member_id=c["mid"], member_name=c["name"], cases=[ref],
              service_dates=[svc.isoformat()], denial_date=ld.isoformat(), provider=RAD,
              alternates={"insurer": [None], "service_dates": [[]]}, unscored=["appeal_deadline", "group_number"])
    return out(p), t


def doc_statement(r, c):
    sd = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 40))
    std = plus(sd, r.randint(30, 45))
    mam, us = 412.00, round(r.randint(480, 720) + 0.5, 2)
    tot = round(mam + us, 2)
    acct = pat(r, "TB-999999")
    p = Page(footer=None)
    p.set_margins(14, 12, 14)
    p.add_page()
    p.f(15, "B")
    p.cell(120, 8, CENTER)
    p.f(9, "B")
    p.cell(0, 8, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{r.randint(200, 900)} N Cole Rd, Boise ID 83704  |  Billing 208-555-0119  |  Tax ID 82-{pat(r, '9999999')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.boxed_pairs([("Statement date", fd(std, "short")), ("Account number", acct), ("Patient", c["name"]),
                   ("Guarantor", f"{r.choice(['Harlan', 'Dewey', 'Ansel'])} {r.choice('PQT')}. {c['name'].split()[-1]}"),
                   ("Insurance", f"{INS}  ID {c['mid']}"), ("Amount due", usd(us, "plain"))], label_w=45, size=9)
    p.table(["Date", "Code", "Description", "Charges", "Insurance", "Adj.", "You owe"],
            [[fd(sd, "slash"), "77067", "Screening mammogram, bilateral, 3D", usd(mam, "nosign"), "(383.00)", "(29.00)", "0.00"],
             [fd(sd, "slash"), "76641-50", "Ultrasound breast, complete, bilateral", usd(us, "nosign"), "0.00", "0.00", usd(us, "nosign")],
             ["", "", "Totals", usd(tot, "nosign"), "(383.00)", "(29.00)", usd(us, "nosign")]],
            [24, 20, 66, 20, 18, 14, 20], size=8, bold_last=True)
    p.para("Your insurance plan denied the ultrasound as a screening service that your plan does not cover "
           "(remark N-SCR). If you believe the plan is wrong, you may appeal to the plan; we can send records. "
           "Payment plans are available: call 208-555-0119. Previous balance $ 0.", 9)
    p.para(f"Please pay by {fd(plus(std, 30), 'dotabbr')}. Make checks payable to Tamarack Breast Imaging Center "
           f"and write account {acct} on the check.", 9)
    t = truth("other", None, insurer=INS, member_id=c["mid"], member_name=c["name"], claim_amount=m2(tot),
              service_dates=[sd.isoformat()], denial_date=std.isoformat(), provider=CENTER,
              alternates={"claim_amount": [m2(us)]}, unscored=["insurer", "appeal_deadline"])
    return out(p), t


def doc_eob(r, c):
    ed = dt.date(2026, 2, 3) + dt.timedelta(days=r.randint(0, 40))
    d1 = plus(ed, -r.randint(25, 40))
    d3 = plus(d1, -r.randint(5, 12))
    c1, c2, c3 = pat(r, "E26999999901"), pat(r, "E26999999902"), pat(r, "E26999999903")
    us1, us2 = round(r.randint(250, 380) + 0.0, 2), round(r.randint(250, 380) + 0.0, 2)
    den = round(us1 + us2, 2)
    p = Page(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, "EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "Claims")
    four_col(p, [("Member", c["name"], "Statement date", fd(ed, "nopad")),
                 ("Member ID", c["mid"], "Group", c["grp"]),
                 ("Subscriber", c["name"], "Claims processed", f"{fd(plus(ed, -14), 'dmy2')} - {fd(plus(ed, -1), 'dmy2')}")],
             lw=(24, 30), vw=(70, 60), size=8.5)
    cols = ["Service", "Billed", "Allowed", "Adjust.", "Plan paid", "You owe", "Remark"]
    w = [62, 22, 22, 22, 22, 22, 14]
    claim_block(p, f"Claim {c1}   {CENTER}", f"Service date {fd(d1, 'slash')}   Received {fd(plus(d1, 6), 'slash')}   In network",
                cols, w, [["77067 Screening mammogram 3D", "412.00", "383.00", "(29.00)", "383.00", "0.00", "P1"]],
                ["Claim total", "412.00", "383.00", "(29.00)", "383.00", "0.00", ""])
    claim_block(p, f"Claim {c2}   {CENTER}  -  DENIED", f"Service date {fd(d1, 'slash')}   Rendering: {RAD}",
                cols, w, [["76641 Ultrasound breast, right", usd(us1, "nosign"), "0.00", "0.00", "0.00", usd(us1, "nosign"), "N7"],
                          ["76641 Ultrasound breast, left", usd(us2, "nosign"), "0.00", "0.00", "0.00", usd(us2, "nosign"), "N7"]],
                ["Claim total", usd(den, "nosign"), "0.00", "0.00", "0.00", usd(den, "nosign"), ""])
    claim_block(p, f"Claim {c3}   Foothill Women's Health - Dr. Marisela Quon", f"Service date {fd(d3, 'slash')}",
                cols, w, [["99214 Office visit", "245.00", "200.00", "(45.00)", "170.00", "30.00", "A2"]],
                ["Claim total", "245.00", "200.00", "(45.00)", "170.00", "30.00", ""])
    p.f(8.5, "B")
    p.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    for t in ("P1  Preventive screening paid at 100% under your plan's preventive benefit.",
              "N7  Supplemental screening ultrasound for breast density is not a covered benefit (Certificate of "
              "Coverage section 7.3, Exclusions). Amount shown is your responsibility unless you appeal.",
              "A2  Amount above the network allowance; the provider may not bill you for it. $30 office copay."):
        p.multi_cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(8)
    p.multi_cell(0, 4, f"Plan year 2026: deductible $1,500 - met $ 240; out-of-pocket maximum $6,000 - met "
                       f"{usd(270.0, 'plain')}. You may appeal a denied claim within 180 days of the date of this "
                       "statement by writing to Corliss Valley Health Plan, Appeals, or calling 1-877-555-0182.",
                 new_x="LMARGIN", new_y="NEXT")
    t = truth("eob", "not_covered", insurer=INS, group=c["grp"], member_id=c["mid"], member_name=c["name"],
              cases=[c2], claim_amount=m2(den), service_dates=[d1.isoformat()], denial_date=ed.isoformat(),
              provider=CENTER, appeal_deadline=plus(ed, 180).isoformat(), alternates={"provider": [RAD]})
    return out(p), t


def doc_us_fourcol(r, c):
    ref = pat(r, "CD-999-99999")
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=r.randint(0, 30))
    svc = plus(nd, r.randint(6, 15))
    prov = "Dr. Marisela Quon"
    p = Page(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    head(p, "Coverage Determination Notice")
    four_col(p, [
        ("Notice date", fd(nd, "iso"), "Member", c["name"]),
        ("Member ID", c["mid"], "Group number", c["grp"]),
        ("Determination number", ref, "Member date of birth", fd(c["dob"], "dmy2")),
        ("Service under review", "Bilateral whole-breast screening ultrasound (76641)", "Ordering physician", prov),
        ("Scheduled date of service", fd(svc, "iso"), "Facility", CENTER),
        ("Request received on", fd(plus(nd, -2), "iso"), "Decision", "NOT COVERED"),
    ], lw=(30, 30), vw=(60, 64), size=9, ruled=True)
    p.para("Your plan's Certificate of Coverage covers screening mammography as a preventive service. It does not "
           "cover ultrasound used as an added screening test for women whose only finding is dense breast "
           "tissue (section 7.3, Exclusions, item 22). Ultrasound is covered when it is used to look at a "
           "specific problem, such as a lump or an abnormal mammogram. Because this request is for screening, "
           "the service is not a covered benefit.", 9.5)
    p.para("If you disagree, you or your doctor may appeal within 180 days of the date of this notice. Mail or "
           f"fax your appeal to Corliss Valley Health Plan, Appeals, {ADDR}; fax 1-877-555-0194. Expedited "
           "appeals: 72 hours. After the plan's appeal you may ask for an independent external review within "
           "four months.", 9.5)
    p.para("Questions? 1-877-555-0182 (TTY 711). Policy reference CVHP-RAD-121. Form CV-CD-3.", 8.5)
    t = truth("denial_letter", "not_covered", insurer=INS, group=c["grp"], member_id=c["mid"],
              member_name=c["name"], cases=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
              provider=prov, appeal_deadline=plus(nd, 180).isoformat(), alternates={"provider": [CENTER]})
    return out(p), t


def doc_upheld(r, c, mri):
    ref, dnd, svc = mri
    appeal = "AP-2026-" + pat(r, "9999")
    nd = plus(dnd, r.randint(30, 45))
    p = Page(footer=None)
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, "", "Appeals and Grievances")
    y0 = p.get_y()
    side_x = 148
    p.set_fill_color(238)
    p.rect(side_x, y0, p.w - p.r_margin - side_x, 92, style="F")
    p.set_xy(side_x + 2, y0 + 2)
    p.f(8)
    p.multi_cell(p.w - p.r_margin - side_x - 4, 4,
                 f"APPEAL DETAILS\n\nAppeal no.\n{appeal}\n\nOriginal request\n{ref}\n\nMember ID\n{c['mid']}\n\n"
                 f"Group\n{c['grp']}\n\nReceived\n{fd(plus(nd, -24), 'dotabbr')}\n\nQuestions\n1-877-555-0182\nTTY 711",
                 new_x="LMARGIN", new_y="NEXT")
    p.set_xy(p.l_margin, y0)
    wtxt = side_x - p.l_margin - 6
    p.f(10)
    p.multi_cell(wtxt, 5, f"{fd(nd, 'abbr')}\n\n{c['name']}\n{r.randint(100, 990)} W Hays St\nBoise, ID 83702",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.f(11.5, "B")
    p.multi_cell(wtxt, 6, "Appeal decision: denial upheld", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(9.8)
    for t in (f"Dear {c['name']}:",
              f"We reviewed your appeal of our decision about a breast MRI planned for {fd(svc, 'long')}, "
              f"requested by {RAD}. A board-certified radiologist who did not make the first decision reviewed "
              "the appeal, including the updated risk assessment.",
              "Our policy CVHP-RAD-114 asks for a lifetime risk of 20 percent or more calculated with the family "
              "history confirmed in the medical record. The record confirms the mother's diagnosis but not the "
              "sister's biopsy result, and with the confirmed history the risk is 16.2 percent. The MRI is still "
              "not medically necessary, so we are upholding the denial.",
              "You may ask for a second-level appeal within 60 days of the date of this letter, or ask for an "
              "external review by an independent review organization within four months. You may ask for free "
              "copies of all documents used in this decision."):
        p.multi_cell(wtxt if p.get_y() < y0 + 95 else 0, 4.8, t, new_x="LMARGIN", new_y="NEXT")
        p.ln(2.5)
    p.f(7.5)
    p.cell(0, 4, f"CV-AG-UP2  Member DOB {fd(c['dob'], 'nth')}", new_x="LMARGIN", new_y="NEXT")
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=c["grp"], member_id=c["mid"],
              member_name=c["name"], cases=[appeal, ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(),
              provider=RAD, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[appeal]], "provider": [CENTER]})
    return out(p), t


def doc_repeat_us(r, c):
    ref = "PA" + pat(r, "99999999")
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=r.randint(0, 25))
    svc = plus(nd, r.randint(5, 14))
    p = Page(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, "Notice of Denial - Prior Authorization")
    p.pairs([("Date", fd(nd, "slash")), ("Member", c["name"]), ("ID", c["mid"]), ("Group", c["grp"]),
             ("Authorization no.", ref), ("Service", "Breast ultrasound, bilateral, 6-month follow-up of dense tissue"),
             ("Requested by", f"{CENTER} (NPI 1{pat(r, '999999999')})"), ("Planned date", fd(svc, "slash"))],
            label_w=38, size=9.5)
    p.ln(2)
    p.para("We cannot approve this request. Supplemental screening ultrasound for breast density is excluded "
           "under section 7.3 of your Certificate of Coverage. A follow-up ultrasound is covered only when a "
           "prior imaging study was read as probably benign (BI-RADS 3); your last report was BI-RADS 1.", 9.8)
    p.para("You can appeal within 180 days of the date of this notice. Call 1-877-555-0182 (TTY 711) or write "
           f"to Appeals, {ADDR}.", 9.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=c["grp"], member_id=c["mid"], member_name=c["name"],
              cases=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=CENTER,
              appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t, nd


def doc_approval(r, c, after: dt.date):
    ref = "PA" + pat(r, "99999999")
    nd = plus(after, r.randint(10, 20))
    svc = plus(nd, 3)
    prov = "Dr. Marisela Quon"
    p = Page(footer=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    head(p, "Authorization Approved")
    p.f(10)
    p.cell(0, 5, fd(nd, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxed_pairs([("Member", c["name"]), ("Member ID", c["mid"]), ("Authorization number", ref),
                   ("Approved service", "Diagnostic ultrasound, left breast, limited (76642)"),
                   ("Ordering provider", prov), ("Performing facility", CENTER),
                   ("Approved for", f"{fd(svc, 'slash')} through {fd(plus(svc, 29), 'slash')}")], label_w=48)
    p.para("Good news: we approved the service above to evaluate the lump your doctor found on exam. This "
           "approval is not a guarantee of payment; your plan's usual deductible and coinsurance apply. Questions: "
           "1-877-555-0182 (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=c["mid"], member_name=c["name"], cases=[ref],
              service_dates=[f"{svc.isoformat()}/{plus(svc, 29).isoformat()}"], denial_date=nd.isoformat(),
              provider=prov, alternates={"service_dates": [[], [svc.isoformat()]], "provider": [CENTER]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(rng.randint(0, 2 ** 31))
    a, b, c2, d = ctx(r), ctx(r), ctx(r), ctx(r)
    mri_pdf, mri_t, mri = doc_mri(r, a)
    rep_pdf, rep_t, rep_nd = doc_repeat_us(r, d)
    return [
        Item(f"{FAMILY}_db_mri_re_letter", "born_digital", [(mri_pdf, mri_t)]),
        Item(f"{FAMILY}_db_radiologist_fax", "fax_standard_g4", [doc_rad_fax(r, a, mri)]),
        Item(f"{FAMILY}_db_center_statement", "scan_clean_300", [doc_statement(r, b)]),
        Item(f"{FAMILY}_db_eob_blocks", "scan_lowres_150", [doc_eob(r, b)]),
        Item(f"{FAMILY}_db_us_fourcol", "photocopy", [doc_us_fourcol(r, c2)]),
        Item(f"{FAMILY}_db_appeal_upheld", "rotated", [doc_upheld(r, a, mri)]),
        Item(f"{FAMILY}_db_stack", "phone_photo", [(rep_pdf, rep_t), doc_approval(r, d, rep_nd)],
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
