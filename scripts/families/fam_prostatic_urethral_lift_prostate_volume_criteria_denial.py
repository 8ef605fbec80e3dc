"""Family 'prostatic_urethral_lift_prostate_volume_criteria_denial': an invented commercial plan refuses a
prostatic urethral lift (CPT 52441 + 52442) for benign prostatic hyperplasia because the measured prostate volume
(transrectal ultrasound) is above the 80 mL upper limit of its medical policy.

Documents: the plan's pre-service denial (born digital, right-hand fact box and a decision table); the urology
practice's pre-service letter requesting authorization (scan, denies nothing); the surgery center's patient bill
after the member went ahead self-pay (photocopy, denies nothing); a fine-fax stack (typed cover, the plan's
provider notice, the urologist's appeal request); the upheld appeal told in sentences (phone photo); the approval
of a laser enucleation instead (sideways, denies nothing); a member EOB with the paid pre-operative visit and the
refused surgery-center claim (low resolution). Everything invented. Decoys: DOB, NPI, PSA, IPSS, volume numbers,
received dates, account numbers, policy and form numbers, 72-hour, 5-business-day and 4-month limits.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from fpdf import FPDF
from inv_kit import truth
from public_kit import Page, m2, money, out

FAMILY = "prostatic_urethral_lift_prostate_volume_criteria_denial"
LANG = "en"
SEED = 346300

PLAN = {"org": "Ospreyvale Health Plan", "addr": "PO Box 61180, Duluth, MN 55806",
        "street": "410 Lakewalk Center, Duluth, MN 55802", "phone": "1-877-614-2250", "fax": "1-877-614-2291"}
URO = ("Wendell P. Okafor, MD", "Wendell P. Okafor", "Brackenridge Urology Partners")
ASC = "Hollyhock Ambulatory Surgery Center"
PEOPLE = ["Desmond K. Fairchild", "Percy L. Underhill", "Gideon R. Szabo", "Rufus T. Marchetti",
          "Colin J. Abernathy", "Jasper N. Holloway", "Theo W. Strand"]


def dg(r, n):
    return str(r.randint(1, 9)) + "".join(r.choice("0123456789") for _ in range(n - 1))


def fd(d, s):
    return {"slash": d.strftime("%m/%d/%Y"), "long": d.strftime("%B %-d, %Y"), "iso": d.isoformat(),
            "dmy": d.strftime("%-d %b %Y"), "upper": d.strftime("%d-%b-%Y").upper(), "dash": d.strftime("%m-%d-%Y"),
            "abbr": d.strftime("%b %-d, %Y"), "dmyl": d.strftime("%-d %B %Y"), "short": d.strftime("%m/%d/%y")}[s]


def base(r):
    notice = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 120))
    return dict(notice=notice, proc=notice + dt.timedelta(days=r.randint(14, 35)),
                recv=notice - dt.timedelta(days=r.randint(3, 9)), ref="OV-UM-" + dg(r, 7),
                mid="OVH" + dg(r, 8), group="G-" + dg(r, 6), plan="OVP-PPO-" + r.choice(["2500", "3000", "1500"]),
                dob=dt.date(r.randint(1948, 1966), r.randint(1, 12), r.randint(1, 28)), npi="1" + dg(r, 9),
                trus=notice - dt.timedelta(days=r.randint(25, 45)), vol=r.randint(86, 118),
                psa=f"{r.randint(1, 5)}.{r.randint(0, 9)}", ipss=r.randint(19, 28), acct="HASC-" + dg(r, 7))


def letterhead(p, sub="Utilization Management"):
    p.f(16, "B")
    p.cell(0, 8, PLAN["org"], new_x="LMARGIN", new_y="NEXT")
    p.line(f"{sub}  |  {PLAN['addr']}  |  {PLAN['phone']}", 8.5)
    y = p.get_y() + 1
    FPDF.line(p, p.l_margin, y, p.w - p.r_margin, y)
    p.ln(5)


def denial_bd(f):
    p = Page(footer="Page {n} of {nb}", footer_left="OVH-UM-PRE-04 (rev. 10/2025)")
    p.add_page()
    letterhead(p)
    y0 = p.get_y()
    p.para(f"{f['member']}\n{f['street']}\nDuluth, MN 55803", 10)
    p.set_xy(120, y0)
    p.f(8.5, "B")
    p.multi_cell(72, 5.2, f"Date of letter:  {fd(f['notice'], 'long')}\nMember ID:  {f['mid']}\n"
                 f"Group number:  {f['group']}\nPlan:  {f['plan']}\nReference #:  {f['ref']}", border=1,
                 new_x="LMARGIN", new_y="NEXT")
    p.set_y(max(p.get_y(), y0 + 30))
    p.ln(3)
    p.heading("Notice of Adverse Benefit Determination - Request Not Approved", 12, rule=True)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]},", 10)
    p.para(f"We reviewed a request we received on {fd(f['recv'], 'long')} from your urologist for the procedure "
           "below. After review by a physician reviewer, the request is not approved.", 10)
    p.pairs([("Patient", f["member"]), ("Date of birth", fd(f["dob"], "slash")),
             ("Requesting physician", f"{URO[0]} (NPI {f['npi']})"), ("Practice", URO[2]),
             ("Place of service", ASC)], 44, 9.5)
    p.ln(2)
    p.table(["Code", "Description", "Units", "Planned date", "Decision"],
            [["52441", "Cystourethroscopy w/ permanent prostatic implant, single", "1",
              fd(f["proc"], "long"), "Not approved"],
             ["52442", "each additional permanent prostatic implant", "3", fd(f["proc"], "long"), "Not approved"]],
            [16, 100, 12, 30, 22], size=8)
    p.heading("Why we made this decision", 10.5)
    p.para(f"Medical Policy UR-114 (Minimally Invasive Treatments for BPH) covers a prostatic urethral lift when "
           f"the prostate volume is between 30 and 80 mL and there is no obstructive median lobe. The transrectal "
           f"ultrasound of {fd(f['trus'], 'long')} measured {f['vol']} mL, which is above the policy's limit. "
           f"The procedure is not medically necessary for you as requested. Your IPSS score of {f['ipss']} and "
           f"PSA of {f['psa']} ng/mL were considered.", 9.5)
    p.heading("Your right to appeal", 10.5)
    p.para("You or your doctor may ask for an appeal within 180 days of the date of this letter. If waiting "
           "could seriously harm your health, ask for an expedited appeal; we decide those within 72 hours. "
           "After our final internal decision you may ask for an external review within 4 months.", 9)
    p.para(f"Questions: call {PLAN['phone']} (TTY 711), Monday-Friday 8 a.m. to 6 p.m.", 9)
    return out(p)


def uro_letter(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(URO[2], 15, "B")
    p.line("Benign Prostatic Disease  -  Stones  -  Urologic Oncology", 8.5)
    p.line("2715 London Road, Suite 300, Duluth, MN 55804    Phone 218-555-0134    Fax 218-555-0139", 8.5)
    p.ln(7)
    p.line(fd(f["letter"], "long"), 10)
    p.ln(3)
    p.para(f"{PLAN['org']}\nPrior Authorization Department\n{PLAN['addr']}\nBy fax: {PLAN['fax']}", 10)
    p.pairs([("Patient", f["member"]), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Date of birth", fd(f["dob"], "slash")), ("CPT", "52441 x1, 52442 x3"),
             ("Proposed date", fd(f["proc"], "long")), ("Facility", ASC)], 34, 9.5)
    p.ln(2)
    p.para("Re: Request for prior authorization - prostatic urethral lift", 10.5)
    p.para(f"My patient has lower urinary tract symptoms from benign prostatic hyperplasia that have not "
           f"responded to fifteen months of tamsulosin and six months of finasteride. His IPSS is {f['ipss']}, "
           f"peak flow 8.4 mL/s and post-void residual 145 mL. Cystoscopy showed lateral lobe obstruction without "
           f"an obstructing median lobe. Transrectal ultrasound on {fd(f['trus'], 'long')} estimated the gland "
           f"at {f['vol']} mL. He wishes to avoid the sexual side effects of resection, and I believe a "
           "prostatic urethral lift with four implants is the right treatment for him.", 10)
    p.para(f"Please contact my office with any questions.\n\nSincerely,\n\n{URO[0]}\nNPI {f['npi']}", 10)
    return out(p)


def right_box(p, rows, x=112, lw=28, vw=56, h=5.6):
    for k, v in rows:
        p.set_x(x)
        p.f(8, "B")
        p.cell(lw, h, " " + k, border=1)
        p.f(8)
        p.cell(vw, h, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")
    p.ln(3)


def asc_bill(f):
    p = Page(footer=None)
    p.add_page()
    p.f(14, "B")
    p.cell(110, 7, ASC)
    p.f(12, "B")
    p.cell(0, 7, "PATIENT STATEMENT", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line("88 Superior Street, Duluth, MN 55802   Billing office 218-555-0188   Tax ID 41-" + f["tax"], 8.5)
    p.ln(5)
    y0 = p.get_y()
    p.para(f"{f['member'].upper()}\n{f['street'].upper()}\nDULUTH MN 55803", 9.5)
    p.set_y(y0)
    right_box(p, [("Statement date", fd(f["stmt"], "slash")), ("Account no.", f["acct"]),
                   ("Patient", f["member"]), ("Surgeon", URO[0]), ("Insurance", PLAN["org"]),
                   ("Member ID", f["mid"]), ("Ins. claim #", f["clm"])])
    p.set_y(max(p.get_y(), y0 + 48))
    p.table(["Date", "Code", "Description", "Qty", "Charges"],
            [[fd(f["proc"], "slash"), "52441", "Transprostatic implant, first", "1", money(f["c1"])],
             [fd(f["proc"], "slash"), "52442", "Transprostatic implant, each addl", "3", money(f["c2"])],
             [fd(f["proc"], "slash"), "A4649", "Surgical supplies", "1", money(f["c3"])],
             [fd(f["deny"], "slash"), "", f"{PLAN['org']} - denied, not med. necessary", "", "0.00"],
             [fd(f["deny"] + dt.timedelta(days=2), "slash"), "", "Self-pay discount 20%", "",
              "-" + money(f["disc"])]],
            [24, 18, 92, 12, 28], size=8.5, aligns=["L", "L", "L", "C", "R"])
    p.pairs([("Total charges", money(f["total"])), ("Adjustments", "-" + money(f["disc"])),
             ("Payments", "0.00"), ("AMOUNT DUE", money(f["total"] - f["disc"]))], 40, 9.5, x=118)
    p.ln(3)
    p.para("You signed a financial responsibility waiver before your procedure because your insurance did not "
           "approve it. Payment is due within 30 days. Payment plans are available; call the billing office.", 8.5)
    return out(p)


def provider_fax(f):
    p = Page(footer="Page {n} of {nb}", footer_left="OVH-PN-11")
    p.add_page()
    letterhead(p, "UM Provider Services  -  Fax " + PLAN["fax"])
    p.line("PROVIDER NOTICE OF ADVERSE DETERMINATION", 12.5, "B")
    p.ln(2)
    p.boxed_pairs([("Date sent", fd(f["notice"], "upper")), ("Attention", f"{URO[0]} / {URO[2]}"),
                   ("NPI", f["npi"]), ("Member name", f["member"]), ("Member ID", f["mid"]),
                   ("DOB", fd(f["dob"], "upper")), ("Case number", f["ref"]),
                   ("Request received", fd(f["recv"], "upper")),
                   ("Service", "52441 + 52442 x3 Prostatic urethral lift"),
                   ("Scheduled DOS", fd(f["proc"], "upper")), ("Determination", "DENIED - Medical Policy UR-114")],
                  44, 9)
    p.para(f"Clinical rationale: prostate volume {f['vol']} mL on TRUS exceeds the 80 mL maximum for this "
           "procedure; criteria for medical necessity are not met.", 9.5)
    p.para("A peer-to-peer conversation with the physician reviewer may be requested within 5 business days "
           f"of this notice at {PLAN['phone']}, option 3. A provider appeal, with the member's written consent, "
           "must be filed within 180 days of the date of this notice.", 9)
    return out(p)


def appeal_req(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    p.line(URO[2], 14, "B")
    p.line("2715 London Road, Suite 300, Duluth, MN 55804    Fax 218-555-0139", 8.5)
    p.ln(6)
    p.line(fd(f["appeal"], "upper"), 10)
    p.ln(2)
    p.para(f"To: {PLAN['org']}, Appeals Unit, {PLAN['addr']}\n"
           f"Re: {f['member']}  -  Member ID {f['mid']}  -  Case {f['ref']}", 10)
    p.para("Please treat this letter as a first-level appeal on behalf of our patient, whose written consent is "
           f"enclosed. The ultrasound volume was an estimate; planimetry on the same images gives {f['vol'] - 9} "
           "mL, and the lateral lobes are the only obstruction. We ask you to reconsider the procedure scheduled "
           f"for {fd(f['proc'], 'upper')}.", 10)
    p.para(f"{URO[0]}\nNPI {f['npi']}", 10)
    return out(p)


def upheld(f):
    p = Page(serif=True, footer=None)
    p.add_page()
    letterhead(p, "Appeals and Grievances")
    p.line(fd(f["notice"], "long"), 10)
    p.ln(3)
    p.para(f"{f['member']}\n{f['street']}\nDuluth, MN 55803", 10)
    p.para(f"Dear {f['member'].split()[0]} {f['member'].split()[-1]}:", 10)
    p.para(f"On {fd(f['appeal'], 'long')} we received the appeal that {URO[1]} of {URO[2]} filed for you about "
           f"the prostatic urethral lift planned for {fd(f['proc'], 'long')}. We gave your appeal the number "
           f"{f['apl']}; the original request was {f['ref']}. Your member ID is {f['mid']}.", 10)
    p.para("A board-certified urologist who took no part in the first decision reviewed your records, including "
           f"the second volume measurement of {f['vol'] - 7} mL. That measurement is still above the 80 mL limit "
           "in our medical policy, and the procedure is not medically necessary for a gland of that size. We are "
           "upholding our denial.", 10)
    p.para("If you disagree, you may ask for a second-level appeal within 60 days of the date of this letter. You "
           "may also ask for an independent external review within 4 months of the date you receive our final "
           f"decision. Call us at {PLAN['phone']} with any questions; urgent appeals are decided within 72 hours.",
           10)
    p.para("Sincerely,\n\nAppeals and Grievances Department", 10)
    return out(p)


def approval(f):
    p = Page(footer="Page {n} of {nb}")
    p.add_page()
    letterhead(p)
    p.line(f"Date: {fd(f['notice'], 'iso')}", 10)
    p.ln(2)
    p.heading("Your request has been approved", 13)
    p.para(f"{f['member']}, we approved the surgery your urologist asked for after the earlier request for a "
           "prostatic urethral lift. Keep this letter for your records.", 10)
    p.table(["Authorization", "Procedure", "Surgeon", "Approved for", "Valid through"],
            [[f["auth"], "52649 Laser enucleation of prostate", URO[1], fd(f["proc"], "iso"),
              fd(f["proc"] + dt.timedelta(days=60), "iso")]], [30, 60, 38, 24, 24], size=8)
    p.pairs([("Member ID", f["mid"]), ("Facility", "St. Brendan Regional Hospital (outpatient)")], 30, 9.5)
    p.ln(2)
    p.para("This approval depends on your eligibility on the date of service. Normal cost sharing applies.", 9.5)
    return out(p)


def eob(f):
    p = Page(footer="Page {n} of {nb}", footer_left="OVH-EOB-2026")
    p.add_page()
    p.f(15, "B")
    p.cell(110, 8, PLAN["org"])
    p.f(9, "B")
    p.cell(0, 8, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    p.line("THIS IS NOT A BILL", 8.5, "B")
    p.ln(3)
    y0 = p.get_y()
    p.para(f"{f['member']}\n{f['street']}\nDuluth, MN 55803", 9.5)
    p.set_xy(120, y0)
    p.pairs([("Issued", fd(f["notice"], "dmy")), ("Member ID", f["mid"]), ("Group", f["group"]),
             ("Period", f["period"])], 22, 8.5, x=120)
    p.set_y(max(p.get_y(), y0 + 24))
    rows = []
    for cl, prov, d, desc, ch, allowed, paid, code in f["claims"]:
        rows.append([cl, prov, fd(d, "dmy"), desc, money(ch, "nosign"), money(allowed, "nosign"),
                     money(paid, "nosign"), code])
    p.table(["Claim", "Provider", "Service date", "Service", "Billed", "Allowed", "Plan paid", "Note"], rows,
            [20, 56, 18, 28, 16, 14, 14, 10], size=7)
    p.para("Note PD: paid at the in-network rate; your copay applies.", 8)
    p.para("Note M22: Not covered. Medical Policy UR-114 limits a prostatic urethral lift to a prostate volume of "
           "80 mL or less; the records show a larger gland, so the service is not medically necessary. The facility "
           "may bill you because you signed a waiver. To appeal, write to us within 180 days of the date of this "
           "statement.", 8)
    return out(p)


ITEMS = [("bd_preservice_denial", "born_digital", "bd"),
         ("scan300_urology_prior_auth_request", "scan_clean_300", "uro"),
         ("copy_surgery_center_patient_statement", "photocopy", "bill"),
         ("faxfine_stack_provider_notice_appeal_request", "fax_fine_g4", "stack"),
         ("photo_upheld_appeal_prose", "phone_photo", "upheld"),
         ("rotated_laser_enucleation_approval", "rotated", "approval"),
         ("lowres_eob_two_claims_facility_denied", "scan_lowres_150", "eob")]


def documents(rng) -> list[Item]:
    items = []
    for i, (suffix, cond, kind) in enumerate(ITEMS):
        r = random.Random(SEED + i)
        f = base(r)
        f["member"] = PEOPLE[i]
        f["street"] = f"{r.randint(100, 9800)} Woodland Avenue"
        name = f"{FAMILY}_{suffix}"
        nd, pd = f["notice"].isoformat(), f["proc"].isoformat()
        d180 = (f["notice"] + dt.timedelta(days=180)).isoformat()
        alt = {"provider": [URO[2]]}
        common = dict(insurer=PLAN["org"], member_id=f["mid"], member_name=f["member"], provider=URO[1])
        if kind == "bd":
            t = truth("denial_letter", "medical_necessity", group_number=f["group"], plan_id=f["plan"],
                      case_numbers=[f["ref"]], service_dates=[pd], denial_date=nd, appeal_deadline=d180,
                      alternates=alt, **common)
            items.append(Item(name, cond, [(denial_bd(f), t)]))
        elif kind == "uro":
            f["letter"] = f["notice"] - dt.timedelta(days=r.randint(9, 14))
            t = truth("other", None, group_number=f["group"], service_dates=[pd],
                      denial_date=f["letter"].isoformat(), unscored=["insurer"],
                      alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(uro_letter(f), t)]))
        elif kind == "bill":
            f["proc"] = f["notice"] - dt.timedelta(days=r.randint(30, 45))
            f["deny"] = f["proc"] + dt.timedelta(days=r.randint(16, 24))
            f["stmt"] = f["deny"] + dt.timedelta(days=r.randint(5, 9))
            f["tax"] = dg(r, 7)
            f["clm"] = "OV" + dg(r, 10)
            f["c1"], f["c2"], f["c3"] = 6240.00 + r.randint(0, 9) * 10, 2850.00 + r.randint(0, 9) * 15, 412.75
            f["total"] = round(f["c1"] + f["c2"] + f["c3"], 2)
            f["disc"] = round(f["total"] * 0.2, 2)
            t = truth("other", None, case_numbers=[f["clm"]], claim_amount=m2(f["total"]),
                      service_dates=[f["proc"].isoformat()], denial_date=f["stmt"].isoformat(),
                      unscored=["insurer"], alternates={"provider": [URO[1]], "case_numbers": [[]]},
                      **{**common, "provider": ASC})
            items.append(Item(name, cond, [(asc_bill(f), t)]))
        elif kind == "stack":
            f["appeal"] = f["notice"] + dt.timedelta(days=r.randint(3, 9))
            t1 = truth("denial_letter", "medical_necessity", case_numbers=[f["ref"]], service_dates=[pd],
                       denial_date=nd, appeal_deadline=d180, alternates=alt, **common)
            t2 = truth("other", None, case_numbers=[f["ref"]], service_dates=[pd], denial_date=f["appeal"].isoformat(),
                       unscored=["insurer"], alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(provider_fax(f), t1), (appeal_req(f), t2)], separators=["cover", None]))
        elif kind == "upheld":
            f["appeal"] = f["notice"] - dt.timedelta(days=r.randint(18, 26))
            f["apl"] = "APL-" + dg(r, 8)
            t = truth("denial_letter", "medical_necessity", case_numbers=[f["apl"], f["ref"]], service_dates=[pd],
                      denial_date=nd, appeal_deadline=(f["notice"] + dt.timedelta(days=60)).isoformat(),
                      alternates=alt, **common)
            items.append(Item(name, cond, [(upheld(f), t)]))
        elif kind == "approval":
            f["auth"] = "OA" + dg(r, 9)
            t = truth("other", None, case_numbers=[f["auth"]], service_dates=[pd], denial_date=nd,
                      alternates={**alt, "service_dates": [[]]}, **common)
            items.append(Item(name, cond, [(approval(f), t)]))
        else:
            d0 = f["notice"] - dt.timedelta(days=r.randint(20, 30))
            f["period"] = f"{fd(f['notice'] - dt.timedelta(days=31), 'dmy')} to {fd(f['notice'] - dt.timedelta(days=1), 'dmy')}"
            fac = 9100 + r.randint(0, 900) + 0.25
            den = ("C" + dg(r, 10), ASC, d0, "52441 PUL facility", fac, 0.0, 0.0, "M22")
            f["claims"] = [("C" + dg(r, 10), URO[2], d0 - dt.timedelta(days=26), "99214 Pre-op visit", 265.00,
                            142.18, 112.18, "PD"), den]
            t = truth("eob", "medical_necessity", group_number=f["group"], case_numbers=[den[0]],
                      claim_amount=m2(fac), service_dates=[d0.isoformat()], denial_date=nd, appeal_deadline=d180,
                      alternates={"provider": [URO[1]]}, **{**common, "provider": ASC})
            items.append(Item(name, cond, [(eob(f), t)]))
    return items
