"""Family 'cataract_second_eye_surgery_visual_acuity_denial': invented commercial, Medicare Advantage and Medicaid
managed-care letters, an EOB and an ambulatory surgery center's statement on second-eye cataract surgery
(66984, extracapsular removal with intraocular lens, left or right eye) denied because the visual acuity or
functional criteria are not met after the first eye was done.

Cases: a commercial pre-service denial (best-corrected acuity 20/30, no functional impairment documented); a
commercial claim decision letter on the ambulatory surgery center (ASC) facility claim (glare testing not done); a
surgeon's EOB with the pre-operative biometry paid and the second-eye surgery denied; a fine-mode fax stack of a
cover sheet, a Medicare Advantage notice of denial of medical coverage and the later approval after glare testing
was sent; an MA reconsideration that upholds the denial of the surgeon's claim and forwards it to the independent
review entity; a Medicaid managed-care notice of adverse benefit determination (photographed); the ASC's patient
statement after the insurer denied the facility claim (fed sideways).

Layouts are invented, modelled loosely on published utilization-management letters, CMS-10003-style notices,
MA reconsideration letters and surgical EOBs. All values invented: plans, surgery centers, surgeons, people, IDs,
amounts; phones 1-555. Decoys: the first eye's surgery date, dates of birth, NPIs, request and claim received
dates, reviewing ophthalmologists, referring optometrists, patient account numbers, allowed/paid/you-owe amounts,
material and form numbers, the 72-hour, external-review, fair-hearing and continuation limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from inv_kit import Doc, fmt_date, fmt_money, pdf_bytes, truth

FAMILY = "cataract_second_eye_surgery_visual_acuity_denial"
LANG = "en"
SEED = 261500
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MI = "BCDEFGHJKLMNPRSTW"


class Page(Doc):
    def __init__(self, **kw):
        super().__init__("DejaVu", **kw)
        self.add_font("DejaVu", "B", BOLD)


def ph(r):
    return f"1-555-{r.randint(200, 989)}-{r.randint(1000, 9999)}"


def pat(r, p):
    """An ID after a pattern: 9 a digit, A a letter, anything else kept."""
    return "".join(r.choice("0123456789") if c == "9" else r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "A" else c
                   for c in p)


def npi(r):
    return r.choice("12") + "".join(r.choice("0123456789") for _ in range(9))


def fee(r, lo, hi):
    return round(r.randint(lo, hi) + r.choice([0, 0.5, 0.25, r.randint(1, 99) / 100]), 2)


def letterhead(d, name, lines, style=0):
    if style == 0:
        d.text_line(name, 15, "B")
        for s in lines:
            d.text_line(s, 8.5)
        d.rule(0.5, 5)
    elif style == 1:
        d.text_line(name.upper(), 12.5, "B", "C")
        d.text_line("  |  ".join(lines), 8.3, "", "C")
        d.ln(2)
        d.rule(0.3, 5)
    else:
        d.set_fill_color(228, 228, 228)
        d.font(13, "B")
        d.cell(0, 9, "  " + name, fill=True, new_x="LMARGIN", new_y="NEXT")
        for s in lines:
            d.text_line("  " + s, 8.3)
        d.ln(4)


def address_block(d, who, addr):
    for s in (who, *addr):
        d.text_line(s, 10)
    d.ln(4)


def kv(d, rows, w=50, size=9.5):
    for a, b in rows:
        d.font(size, "B")
        d.cell(w, size * 0.55, a)
        d.font(size)
        d.cell(0, size * 0.55, b, new_x="LMARGIN", new_y="NEXT")
    d.ln(3)


def paras(d, items, size=10):
    for p in items:
        if p.startswith("#"):
            d.text_line(p[1:], size + 0.5, "B")
            d.ln(1)
        else:
            d.para(p, size)


FIRST = ["Augustina", "Cornelius", "Delphine", "Ewart", "Florentyna", "Godfrey", "Hyacinth", "Ignatius", "Jolene",
         "Leopold", "Marguerite", "Orville"]
LAST = ["Ashcombe", "Birkett", "Cardew", "Dunmore", "Ellesmere", "Fothergill", "Garroway", "Haverstock", "Inchbold",
        "Jessop", "Kilbride", "Lockyer"]
CITIES = ["Wexley Harbor, ME 04099", "Granton Springs, IA 50099", "Pellham Bluff, SC 29099", "Osterby, WI 53099",
          "Ravensmoor, NM 87099"]
STREETS = ["Thistledown Road", "Old Quarry Lane", "Bellwether Court", "Maple Sugar Drive", "Tidewater Way"]
SURGEONS = ["Dr. Evangeline R. Moncrieff", "Dr. Solomon T. Achterberg", "Dr. Priyanka V. Halloran",
            "Dr. Casimir J. Wendt", "Dr. Rosalind F. Obuya"]
OPTOMETRISTS = ["Dr. Terrence L. Bligh, OD", "Dr. Marisa K. Fenwick, OD", "Dr. Owain P. Stroud, OD"]
ASCS = ["Wexley Harbor Eye Surgery Center", "Granton Springs Ambulatory Surgery Center",
        "Pellham Bluff Laser & Surgery Center", "Osterby Vision Surgery Center"]
GROUPS = ["Harborview Ophthalmology Associates", "Granton Eye Physicians, P.C.", "Coastal Cataract & Retina Group"]
D66984 = "Cataract removal w/ IOL insertion, 1 stage"


def base(r):
    notice = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 200))
    return dict(notice=notice, member=f"{r.choice(FIRST)} {r.choice(MI)}. {r.choice(LAST)}",
                addr=(f"{r.randint(12, 9800)} {r.choice(STREETS)}", r.choice(CITIES)), phone=ph(r), npi=npi(r),
                dob=dt.date(r.randint(1941, 1962), r.randint(1, 12), r.randint(1, 28)),
                eye=r.choice(["left", "right"]), first_eye=notice - dt.timedelta(days=r.randint(45, 120)),
                va=r.choice(["20/25", "20/30", "20/30"]), glare=r.choice(["20/30", "20/40"]))


def mod(f):
    return "LT" if f["eye"] == "left" else "RT"


# ---------------------------------------------------------------- 0: commercial pre-service denial
def doc_preservice(r):
    f = base(r)
    plan = "Brightwater Valley Health Insurance Company"
    surgeon, asc = SURGEONS[0], ASCS[0]
    req = f["notice"] - dt.timedelta(days=r.randint(4, 9))
    planned = f["notice"] + dt.timedelta(days=r.randint(9, 24))
    f.update(mid=pat(r, "BVH999999999"), grp=pat(r, "G-99999"), case=pat(r, "UMR-9999999"))
    ds = "long"
    d = Page(footer="Brightwater Valley Health Insurance Company  |  page {p} of {n}")
    d.add_page()
    letterhead(d, plan, ["Clinical Review Services, PO Box 2290, Wexley Harbor, ME 04099",
                         f"Member Services {f['phone']}  |  Clinical Review Fax 1-555-274-8810"], 0)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Notice of Adverse Determination: Pre-Service Request", 12.5, "B")
    d.ln(1)
    kv(d, [("Patient:", f["member"]), ("Member ID:", f["mid"]), ("Group number:", f["grp"]),
           ("Date of birth:", fmt_date(f["dob"], "slash")), ("Review reference:", f["case"]),
           ("Requesting surgeon:", f"{surgeon}, MD (NPI {f['npi']})"), ("Place of service:", asc),
           ("Procedure:", f"CPT 66984-{mod(f)}, cataract surgery, {f['eye']} eye (second eye)"),
           ("Planned surgery date:", fmt_date(planned, ds)), ("Date request received:", fmt_date(req, ds))], w=48)
    paras(d, [
        "#Our decision",
        f"We reviewed the request from {surgeon} for cataract surgery on your {f['eye']} eye. Your other eye "
        f"had cataract surgery on {fmt_date(f['first_eye'], ds)}. We are not able to approve surgery on the second "
        "eye because it is not medically necessary based on the information we received.",
        "#Why we made this decision",
        "Our clinical policy VIS-114 (Cataract Extraction) covers surgery on the second eye when the best-corrected "
        "visual acuity in that eye is 20/40 or worse, or 20/40 or worse under glare testing, AND the cataract "
        "limits daily activities such as driving, reading or work (documented with a visual function "
        f"questionnaire). The office notes show a best-corrected acuity of {f['va']} in the {f['eye']} eye, no glare "
        "testing, and no description of activities you can no longer do. The criteria are not met.",
        "Your surgeon may send glare testing results and a completed visual function questionnaire, and we will "
        "review the request again. Your surgeon may also ask to discuss this decision with our reviewing "
        "ophthalmologist, Dr. Anneliese G. Vos, by calling 1-555-274-8800.",
        "#Your right to appeal",
        "You or your authorized representative may appeal this decision within 180 days of the date of this "
        "letter. Send your appeal to Brightwater Valley Appeals, PO Box 2298, Wexley Harbor, ME 04099. If waiting "
        "could seriously harm your health, ask for an expedited appeal; we will decide within 72 hours. After our "
        "final internal decision you may ask for an independent external review within 4 months. External "
        "review is available for decisions about medical necessity, level of care, experimental treatment and "
        "other clinical questions.",
        "You may ask, free of charge, for copies of all documents and the clinical criteria used in this decision.",
        "Sincerely,",
        "Clinical Review Services"])
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[f["case"]], service_dates=[planned.isoformat()],
              denial_date=f["notice"].isoformat(), provider=surgeon,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              denial_alternates=["prior_authorization"], alternates={"provider": [asc], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 1: ASC facility claim decision letter
def doc_asc_claim(r):
    f = base(r)
    plan = "Copperline Mutual Health"
    surgeon, asc = SURGEONS[1], ASCS[1]
    dos = f["notice"] - dt.timedelta(days=r.randint(20, 40))
    received = dos + dt.timedelta(days=r.randint(3, 8))
    ch1, ch2 = fee(r, 3900, 5600), fee(r, 240, 420)
    total = round(ch1 + ch2, 2)
    claim = pat(r, "9999999999-99")
    f.update(mid=pat(r, "CMH-999-999-999"), grp=pat(r, "999999-99"))
    ds = "slash"
    d = Page(footer="Copperline Mutual Health  -  Claims Decision Notice  -  CMH-CDN-07")
    d.add_page()
    letterhead(d, plan, ["Claims Department, 410 Foundry Row, Granton Springs, IA 50099",
                         f"Customer Care {f['phone']}  (TTY 711)"], 1)
    d.text_line(f"Notice date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Claim Decision: Not Payable", 12.5, "B")
    d.ln(1)
    kv(d, [("Member", f["member"]), ("Member ID", f["mid"]), ("Group", f["grp"]), ("Claim number", claim),
           ("Facility (billing)", asc), ("Operating surgeon", f"{surgeon}, MD"),
           ("Referring optometrist", OPTOMETRISTS[0]), ("Claim received", fmt_date(received, ds))], w=44)
    d.table(["Date of service", "Code", "Description", "Billed"],
            [[fmt_date(dos, ds), f"66984-{mod(f)}", D66984, fmt_money(ch1)],
             [fmt_date(dos, ds), "V2632", "Posterior chamber IOL", fmt_money(ch2)],
             ["*Total billed", "", "", fmt_money(total)]], [32, 24, 90, 30], size=8.8, aligns="LLLR")
    paras(d, [
        "#Why this claim was not paid",
        f"The surgery center's claim is for cataract surgery on your {f['eye']} eye, done after surgery on your "
        f"other eye on {fmt_date(f['first_eye'], ds)}. Your plan pays for surgery on a second eye only when the "
        "cataract causes vision of 20/40 or worse (with or without glare) and a functional problem is documented. "
        f"The records show vision of {f['va']} in that eye and glare testing was not done. The surgery was not "
        "medically necessary under the plan's cataract surgery guideline.",
        "The surgery center is a participating facility. It may not bill you for this service unless you agreed "
        "in writing, before the surgery, to pay for it.",
        "#How to appeal",
        "If you disagree, you may file an appeal within 180 days from the date of this notice. Write to Copperline "
        "Mutual Health, Appeals Unit, 410 Foundry Row, Granton Springs, IA 50099, or fax 1-555-631-0045. "
        "Include a copy of this notice and any records you want us to consider. You may also ask for an external "
        "review after the appeal. You have the right to copies of the documents used to decide your claim."],
        size=9.7)
    t = truth("denial_letter", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=asc,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat())
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 2: surgeon EOB, biometry paid, surgery denied
def doc_eob(r):
    f = base(r)
    plan = "Meridale Health Partners"
    surgeon, grp = SURGEONS[2], GROUPS[0]
    dos = f["notice"] - dt.timedelta(days=r.randint(25, 40))
    bio = dos - dt.timedelta(days=r.randint(10, 20))
    ch_bio, ch_surg = fee(r, 180, 290), fee(r, 1650, 2400)
    total = round(ch_bio + ch_surg, 2)
    claim = pat(r, "MHP99999999999")
    f.update(mid=pat(r, "MDL99999999"), grp=pat(r, "99999"))
    ds, ms = "dmy", "nosign"
    al = round(ch_bio * 0.55, 2)
    d = Page()
    d.add_page()
    letterhead(d, plan, ["PO Box 7710, Pellham Bluff, SC 29099", f"Questions: {f['phone']}"], 2)
    d.text_line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 12, "B", "C")
    d.ln(2)
    kv(d, [("Date issued", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Member ID", f["mid"]),
           ("Group no.", f["grp"]), ("Claim no.", claim), ("Rendering provider", f"{surgeon}, MD"),
           ("Provider group", grp), ("Provider NPI", f["npi"])], w=40, size=9.2)
    rows = [[fmt_date(bio, ds), f"92136-{mod(f)}", "Ophthalmic biometry", fmt_money(ch_bio, ms), fmt_money(al, ms),
             fmt_money(al * 0.8, ms), fmt_money(al * 0.2, ms), "A1"],
            [fmt_date(dos, ds), f"66984-{mod(f)}", "Cataract surgery w/ IOL", fmt_money(ch_surg, ms), "0.00", "0.00",
             "0.00", "V40"],
            ["*Totals", "", "", fmt_money(total, ms), fmt_money(al, ms), fmt_money(al * 0.8, ms),
             fmt_money(al * 0.2, ms), ""]]
    d.table(["Service date", "Code", "Service", "Charged", "Allowed", "Plan paid", "Your cost", "Note"], rows,
            [22, 20, 46, 20, 18, 18, 18, 12], size=7.6, aligns="LLLRRRRL")
    paras(d, [
        "#Notes",
        "A1  Paid at your in-network benefit after coinsurance.",
        f"V40  Denied - not medically necessary. Surgery on the second eye ({f['eye']}) requires best-corrected "
        f"visual acuity of 20/40 or worse, or a glare acuity of 20/40 or worse, and documented functional "
        f"impairment. Records show {f['va']} best-corrected and {f['glare']} with glare; no functional impairment "
        "is documented. First-eye surgery was paid on an earlier claim. An in-network provider may not bill you for "
        "this amount.",
        "#Your right to appeal",
        "You may ask us to review this decision. Your appeal must reach us within 180 days of the date of this "
        "statement. Mail it to Meridale Health Partners, Member Appeals, PO Box 7719, Pellham Bluff, SC 29099. "
        "Urgent appeals are decided within 72 hours.",
        "Deductible year to date: 750.00 of 750.00 met. Out-of-pocket year to date: 1,212.60 of 4,500.00."], size=9)
    t = truth("eob", "medical_necessity", insurer=plan, member_id=f["mid"], group_number=f["grp"],
              member_name=f["member"], case_numbers=[claim], claim_amount=f"{total:.2f}",
              service_dates=[dos.isoformat()], denial_date=f["notice"].isoformat(), provider=surgeon,
              appeal_deadline=(f["notice"] + dt.timedelta(days=180)).isoformat(),
              alternates={"provider": [grp], "service_dates": [[bio.isoformat(), dos.isoformat()]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 3: fax stack, MA pre-service denial + approval
def doc_stack(r):
    f = base(r)
    org, product = "Sundale Health Plan, Inc.", "Sundale Medicare Advantage Choice (PPO)"
    surgeon, asc = SURGEONS[3], ASCS[2]
    planned = f["notice"] + dt.timedelta(days=r.randint(10, 20))
    req = f["notice"] - dt.timedelta(days=r.randint(3, 10))
    case = pat(r, "OD-99999999")
    hnum = "H" + pat(r, "9999-999")
    f.update(mid=pat(r, "SDL9999999"))
    ds = "abbr"
    head = [f"{product}", "Utilization Management, 18 Lantern Pier, Pellham Bluff, SC 29099",
            f"Member Services {f['phone']} (TTY 711), 8 a.m. - 8 p.m., 7 days a week"]
    d = Page(footer=f"Y0188_SD26CAT_C   Form CMS-10003-NDMC   Plan {hnum}")
    d.add_page()
    letterhead(d, org, head, 0)
    d.text_line(f"Date: {fmt_date(f['notice'], ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("NOTICE OF DENIAL OF MEDICAL COVERAGE", 13, "B")
    d.ln(1)
    kv(d, [("Member name:", f["member"]), ("Member number:", f["mid"]), ("Plan number:", hnum),
           ("Case number:", case), ("Requested by:", f"{surgeon}, MD"), ("Facility:", asc),
           ("Service:", f"Cataract surgery, {f['eye']} eye (66984-{mod(f)})"),
           ("Scheduled date:", fmt_date(planned, ds)), ("Request received:", fmt_date(req, ds))], w=40)
    paras(d, [
        "#We have DENIED the medical service listed above",
        f"Medicare covers cataract surgery when the cataract causes a loss of vision that limits your daily "
        f"activities. Your {'right' if f['eye'] == 'left' else 'left'} eye was treated on "
        f"{fmt_date(f['first_eye'], ds)}. The records for the second eye show vision of {f['va']} with glasses and "
        "do not show glare testing or any activity your vision now keeps you from doing. Based on Medicare "
        "guidance for cataract surgery, this surgery is not medically necessary at this time.",
        "#You have the right to appeal our decision",
        "If you want to appeal, you must ask for a reconsideration within 65 days from the date of this notice. "
        "Standard appeals are decided within 30 days. Ask for a fast appeal (72 hours) if waiting could seriously "
        "harm your health. Write to Sundale Appeals and Grievances, PO Box 4500, Pellham Bluff, SC 29099 or fax "
        "1-555-402-7713. Your doctor may also ask for a peer-to-peer discussion with our medical director."],
        size=9.6)
    t1 = truth("denial_letter", "medical_necessity", insurer=org, plan_id=hnum, member_id=f["mid"],
               member_name=f["member"], case_numbers=[case], service_dates=[planned.isoformat()],
               denial_date=f["notice"].isoformat(), provider=surgeon,
               appeal_deadline=(f["notice"] + dt.timedelta(days=65)).isoformat(),
               denial_alternates=["prior_authorization"],
               alternates={"insurer": [product], "plan_id": [None], "provider": [asc], "service_dates": [[]]})
    pdf1 = pdf_bytes(d)
    g = f["notice"] + dt.timedelta(days=r.randint(12, 20))
    surg2 = g + dt.timedelta(days=r.randint(7, 14))
    auth = pat(r, "AU-99999999")
    d = Page(footer=f"Y0188_SD26APR_C   Plan {hnum}")
    d.add_page()
    letterhead(d, org, head, 0)
    d.text_line(f"Date: {fmt_date(g, ds)}", 10)
    d.ln(2)
    address_block(d, f["member"], f["addr"])
    d.text_line("Your request has been APPROVED", 13, "B")
    d.ln(1)
    kv(d, [("Member name:", f["member"]), ("Member number:", f["mid"]), ("Plan number:", hnum),
           ("Authorization number:", auth), ("Earlier case:", case), ("Surgeon:", f"{surgeon}, MD"),
           ("Facility:", asc), ("Approved service:", f"66984-{mod(f)}, 1 unit"),
           ("Surgery date:", fmt_date(surg2, ds))], w=46)
    paras(d, [
        f"Your surgeon sent glare testing that shows vision of 20/50 in the {f['eye']} eye under glare and a visual "
        "function questionnaire describing trouble driving at night. We approved the surgery.",
        "Approval is based on your eligibility on the date of service. Your usual copayment for outpatient "
        "surgery at an ambulatory surgery center applies. Keep this letter for your records."], size=9.6)
    t2 = truth("other", None, insurer=org, plan_id=hnum, member_id=f["mid"], member_name=f["member"],
               case_numbers=[auth], service_dates=[surg2.isoformat()], denial_date=g.isoformat(), provider=surgeon,
               alternates={"insurer": [product], "plan_id": [None], "provider": [asc], "service_dates": [[]],
                           "case_numbers": [[auth, case]]})
    return [(pdf1, t1), (pdf_bytes(d), t2)]


# ---------------------------------------------------------------- 4: MA reconsideration upheld (surgeon claim)
def doc_recon(r):
    f = base(r)
    org, product = "Quillfeather Health, Inc.", "Quillfeather Senior Advantage (HMO)"
    surgeon, grp = SURGEONS[4], GROUPS[2]
    dos = f["notice"] - dt.timedelta(days=r.randint(70, 95))
    ch = fee(r, 1700, 2350)
    claim, recon = pat(r, "99999999999"), pat(r, "RC-2026-99999")
    received = f["notice"] - dt.timedelta(days=r.randint(18, 27))
    f.update(mid=pat(r, "QF9999999-00"))
    ds = "mdy_nopad"
    d = Page(footer="H7705_QFRecon26 Approved")
    d.add_page()
    letterhead(d, org, [product, "Appeals & Grievances, PO Box 9141, Osterby, WI 53099",
                        f"{f['phone']}  TTY 711  Fax 1-555-880-3321"], 1)
    d.text_line(fmt_date(f["notice"], ds), 10)
    d.ln(3)
    address_block(d, f["member"], f["addr"])
    d.text_line("Reconsideration Decision: Payment Request", 12, "B")
    d.ln(1)
    kv(d, [("Enrollee:", f["member"]), ("Member ID:", f["mid"]), ("Reconsideration #:", recon),
           ("Claim #:", claim), ("Physician:", f"{surgeon}, MD ({grp})"),
           ("Service:", f"66984-{mod(f)} cataract surgery, second eye"), ("Date of service:", fmt_date(dos, ds)),
           ("Amount billed:", fmt_money(ch)), ("Request received:", fmt_date(received, ds))], w=44)
    paras(d, [
        f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:",
        f"You asked us to reconsider our decision not to pay {surgeon} for cataract surgery on your {f['eye']} "
        "eye. An ophthalmologist who was not involved in the first decision reviewed your request and your "
        "medical records.",
        "#Our decision: we did not change our decision",
        f"Your best-corrected vision before surgery was {f['va']} in the {f['eye']} eye and {f['glare']} with glare. "
        "The records do not describe any daily activity that your vision limited. Medicare covers a second cataract "
        "surgery only when the cataract impairs vision and function. The surgery was not medically necessary "
        "under these rules.",
        "#What happens next",
        "Because we did not decide fully in your favor, we are required to send your case to an Independent Review "
        "Entity (IRE). We sent your file to Harrowgate Federal Review Services on the date of this letter. The IRE "
        "will write to you with its decision. You do not need to do anything. If the IRE also denies your "
        "request, its letter will explain how to ask for a hearing before an Administrative Law Judge within 60 "
        "days of its decision."], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[recon, claim], claim_amount=f"{ch:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=surgeon, appeal_deadline=None,
              alternates={"case_numbers": [[recon]], "insurer": [product], "provider": [grp]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 5: Medicaid managed-care NABD (photo)
def doc_medicaid(r):
    f = base(r)
    org = "Palomar Bend Community Care"
    surgeon = SURGEONS[1]
    clinic = "Ravensmoor Eye Clinic"
    planned = f["notice"] + dt.timedelta(days=r.randint(12, 25))
    case = pat(r, "99-999999")
    f.update(mid=pat(r, "999999999"))
    ds = "wlong"
    d = Page(footer="Palomar Bend Community Care, a Medicaid managed care plan. PBCC-NABD-2026")
    d.add_page()
    letterhead(d, org, ["A Medicaid Managed Care Plan", "2250 Cottonwood Mesa Blvd, Ravensmoor, NM 87099",
                        f"Member Services {f['phone']}"], 2)
    d.text_line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", "C")
    d.ln(2)
    kv(d, [("Notice date:", fmt_date(f["notice"], ds)), ("Member:", f["member"]), ("Medicaid ID:", f["mid"]),
           ("Reference number:", case), ("Provider who asked:", f"{surgeon}, {clinic}"),
           ("What was asked for:", f"Cataract surgery on the {f['eye']} eye (66984)"),
           ("Date planned:", fmt_date(planned, "slash"))], w=44)
    paras(d, [
        "#What we decided",
        "We denied this service. Our reviewing eye doctor found it is not medically necessary.",
        "#Why",
        f"You already had cataract surgery on your other eye. For the second eye, the plan covers surgery when your "
        f"best vision with glasses is 20/50 or worse, or when glare makes it 20/50 or worse and you have trouble "
        f"with daily activities. Your eye doctor's records show {f['va']} with glasses and {f['glare']} with glare.",
        "#If you disagree",
        "You can ask us for an appeal. You must ask within 60 days from the date of this notice. Call Member "
        f"Services at {f['phone']} or write to Appeals, 2250 Cottonwood Mesa Blvd, Ravensmoor, NM 87099.",
        "If you want your services to continue during the appeal, you must ask within 10 days. After our appeal "
        "decision, you can ask for a State Fair Hearing within 120 days. You can get free help from the Medicaid "
        "ombudsman at 1-555-918-4400."], size=9.8)
    t = truth("denial_letter", "medical_necessity", insurer=org, member_id=f["mid"], member_name=f["member"],
              case_numbers=[case], service_dates=[planned.isoformat()], denial_date=f["notice"].isoformat(),
              provider=surgeon, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
              denial_alternates=["prior_authorization"],
              alternates={"provider": [clinic], "service_dates": [[]]})
    return pdf_bytes(d), t


# ---------------------------------------------------------------- 6: ASC patient statement after denial (rotated)
def doc_statement(r):
    f = base(r)
    asc = ASCS[3]
    plan = "Copperline Mutual Health"
    dos = f["notice"] - dt.timedelta(days=r.randint(60, 90))
    ch1, ch2 = fee(r, 4100, 5200), fee(r, 260, 390)
    total = round(ch1 + ch2, 2)
    acct, claim = pat(r, "OVS-999999"), pat(r, "9999999999-99")
    f.update(mid=pat(r, "CMH-999-999-999"), grp=pat(r, "999999-99"))
    ds, ms = "upper", "space"
    d = Page()
    d.add_page()
    letterhead(d, asc, ["77 Juniper Point Drive, Osterby, WI 53099", f"Billing Office {ph(r)}  |  Tax ID 99-0000000"],
               1)
    d.text_line("PATIENT STATEMENT", 13, "B")
    d.ln(1)
    kv(d, [("Statement date", fmt_date(f["notice"], ds)), ("Patient", f["member"]), ("Account number", acct),
           ("Surgeon", f"{SURGEONS[0]}, MD"), ("Primary insurance", plan), ("Policy ID", f["mid"]),
           ("Group", f["grp"]), ("Insurance claim #", claim), ("Amount due", fmt_money(total, ms))], w=42)
    d.table(["Date", "Description", "Charges", "Insurance", "Balance"],
            [[fmt_date(dos, ds), f"66984-{mod(f)} Cataract surgery, facility", fmt_money(ch1, ms), fmt_money(0, ms),
              fmt_money(ch1, ms)],
             [fmt_date(dos, ds), "V2632 Intraocular lens", fmt_money(ch2, ms), fmt_money(0, ms), fmt_money(ch2, ms)],
             ["*Total", "", fmt_money(total, ms), fmt_money(0, ms), fmt_money(total, ms)]],
            [28, 72, 26, 26, 26], size=8.6, aligns="LLRRR")
    paras(d, [
        f"Your insurance, {plan}, denied our claim for your second-eye surgery as not medically necessary. "
        "Before surgery you signed our Advance Financial Agreement accepting responsibility if your plan did not "
        "pay. The full balance is now your responsibility.",
        "If you are appealing the insurer's decision, call our billing office and we will hold your account for "
        "60 days. Payment plans are available. We accept checks, cards and online payments at the patient portal.",
        "Please return the lower portion with your payment."], size=9.6)
    d.rule(0.3, 3)
    d.text_line(f"Account {acct}     Amount due {fmt_money(total, ms)}     Amount enclosed ______________", 9.5)
    t = truth("other", None, insurer=None, member_id=f["mid"], group_number=f["grp"], member_name=f["member"],
              case_numbers=[claim], claim_amount=f"{total:.2f}", service_dates=[dos.isoformat()],
              denial_date=f["notice"].isoformat(), provider=asc, unscored=["insurer"],
              type_alternates=["denial_letter"], denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[]], "denial_date": [None]})
    return pdf_bytes(d), t


PLAN = [
    ("bd_preservice_second_eye_acuity_2030", "born_digital", doc_preservice, None),
    ("scan300_asc_facility_claim_glare_not_done", "scan_clean_300", doc_asc_claim, None),
    ("lowres_surgeon_eob_biometry_paid_surgery_denied", "scan_lowres_150", doc_eob, None),
    ("faxfine_stack_cover_ma_denial_then_approved", "fax_fine_g4", doc_stack, ["cover", None]),
    ("copy_ma_reconsideration_upheld_to_ire", "photocopy", doc_recon, None),
    ("photo_medicaid_nabd_second_eye", "phone_photo", doc_medicaid, None),
    ("rotated_asc_patient_statement_after_denial", "rotated", doc_statement, None),
]


def documents(rng: random.Random) -> list[Item]:
    items = []
    for i, (suffix, cond, build, seps) in enumerate(PLAN):
        out = build(random.Random(SEED + i))
        docs = out if isinstance(out, list) else [out]
        items.append(Item(f"{FAMILY}_{suffix}", cond, docs, separators=seps))
    return items
