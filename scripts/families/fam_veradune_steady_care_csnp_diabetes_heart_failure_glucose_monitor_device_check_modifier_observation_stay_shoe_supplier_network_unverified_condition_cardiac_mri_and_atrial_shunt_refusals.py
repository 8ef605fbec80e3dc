"""Papers mirrored (structure and plain wording style only) from a Medicare Advantage chronic condition special needs
plan (C-SNP): an HMO that only people with a qualifying chronic condition may join (here diabetes or chronic heart
failure). The plan makes organization determinations (the Notice of Denial of Medical Coverage before care, a notice
of denial of payment after it), hears reconsiderations asked for within 65 calendar days of a notice (fast ones in
72 hours), and sends any reconsideration it does not decide fully in the member's favour on to the Independent Review
Entity by itself. The plan must confirm a new member's condition with a treating provider; a member whose condition
is never confirmed is disenrolled and goes back to Original Medicare. Members get a monthly explanation of benefits;
providers get a remittance per payment run. Short inpatient stays that do not span two midnights are covered as
outpatient observation.

Everything is invented: the plan (Veradune Steady Care (HMO C-SNP), wordmark "V E R A D U N E" with a "Vd" monogram,
offered by Hollinbrook Senior Health Plan, Inc.), every member, provider, supplier, number (member IDs "VDN" + eight
digits, authorization request numbers "AR" + eight digits, reconsideration numbers "RC" + seven digits, twelve-digit
claim numbers, letter IDs and document control numbers), address and time limit; phones use 555. Medicare, CMS, the
Independent Review Entity and CPT/HCPCS/CARC codes appear as themselves.

Documents (8 in 7 files):
- born_digital: two-page Notice of Denial of Medical Coverage for a continuous glucose monitor (not medically
  necessary); spaced wordmark and monogram, legal entity in the footer; one caption owning the member ID and the plan
  number; requesting doctor with her clinic under her name beside the supplier and the primary care doctor; letter
  ID and document control number in the corner; appeal rights in two columns with an example date.
- fax_standard_g4: two-page provider remittance to a heart clinic, fax transmission line on both pages; claim blocks
  run on to page 2 without heads; one line of one patient's device-check claim refused, told only by codes explained
  in a two-column legend that also lists codes no line uses; rendering, billing and referring providers on one line.
- fax_standard_g4 stack: the plan's appeals unit's fax cover to the member's daughter, a reconsideration decision
  keeping a one-night heart failure stay as observation (page 2 fed sideways, a hospital's received stamp), and an
  approval of a heart failure home monitoring kit (denies nothing); two fax transmission lines on every page.
- photocopy: the member's monthly explanation of benefits: four claims, therapeutic shoes from a shop outside the
  network refused with a note explained in a two-column legend under the table; a senior centre's received stamp.
- scan_clean_300: denial of payment for an eye exam after the member was disenrolled because the qualifying condition
  was never confirmed; 'Contract - Claim' sharing one box; a scanned stamp and batch number.
- phone_photo: Spanish notice of denial of payment for a cardiac MRI done without prior authorization.
- rotated: Notice of Denial of Medical Coverage for an interatrial shunt device (investigational); brand split over
  two lines; fax job number and authorization request number beside each other.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeq_famqa import (QASheet, apos, caps_short, compact, day_long, digits, dmy0, dmy_abbr, dotted, es_abbr,
                               es_date, es_wday, fax_cover, iso, long, mdy_dash, n2, plus, short, slash, upper, usd,
                               wday_long, ymd_dots)
from public_kit import m2, mbi, out, truth

FAMILY = ("veradune_steady_care_csnp_diabetes_heart_failure_glucose_monitor_device_check_modifier_observation_stay_"
          "shoe_supplier_network_unverified_condition_cardiac_mri_and_atrial_shunt_refusals")
LANG = "en"
SEED = 355060
BRAND = "Veradune"
PLAN = "Veradune Steady Care"
PLAN_FULL = "Veradune Steady Care (HMO C-SNP)"
LEGAL = "Hollinbrook Senior Health Plan, Inc."
INS_ALT = ["Veradune", PLAN_FULL, LEGAL, "Hollinbrook Senior Health Plan", "Veradune Steady Care (HMO C-SNP)"]
PLAN_ID = "H7318-012"
ADDR = "P.O. Box 4410, Tillamere, OR 97388"
TAG = "Steady Care  \u00b7  a Medicare Advantage plan for people living with diabetes or heart failure"
TAG_ES = "Steady Care  \u00b7  un plan Medicare Advantage para personas con diabetes o insuficiencia cardíaca"
RIGHT = ["Member Services 1-866-555-0130", "TTY 711  \u00b7  8 a.m. to 8 p.m., 7 days", "Fax 1-866-555-0138", ADDR]
RIGHT_ES = ["Servicios al Miembro 1-866-555-0130", "TTY 711  \u00b7  8 a.m. a 8 p.m., los 7 días",
            "Fax 1-866-555-0138", ADDR]
LEGAL_LINE = (f"{PLAN_FULL} is a Medicare Advantage HMO special needs plan offered by {LEGAL}, which has a contract "
              "with Medicare. Enrollment depends on contract renewal and on confirmation of a qualifying condition.  "
              "Y0417_VSC26LTR_M")
LEGAL_ES = (f"{PLAN_FULL} es un plan Medicare Advantage HMO para necesidades especiales ofrecido por {LEGAL}, que "
            "tiene contrato con Medicare. La inscripción depende de la renovación del contrato.  Y0417_VSC26LTRS_M")
APPEALS = f"Veradune Appeals and Grievances, {ADDR}"


def mid_of(rng) -> str:
    return "VDN" + digits(rng, 8)


def claim_of(rng) -> str:
    return "26" + digits(rng, 10)


def head(p: QASheet, es: bool = False, split: bool = False):
    if split:
        p.mono_mast("Vd", "Veradune", TAG.split("  \u00b7  ")[1], RIGHT, mode="split", second="Steady Care",
                    size=17)
    else:
        p.mono_mast("Vd", BRAND, TAG_ES if es else TAG, RIGHT_ES if es else RIGHT, mode="spaced")


def letter_addr(p: QASheet, lines: list[str], size: float = 10):
    for ln in lines:
        p.line(ln, size)


# ------------------------------------------------------------------------------------------------------------------
def bd_glucose_monitor(rng):
    mem = "Odalys T. Brackenridge"
    mid = mid_of(rng)
    mb = mbi(rng)
    ar = "AR" + digits(rng, 8)
    letter = "LTR-0414-" + digits(rng, 5)
    dcn = f"2026 {digits(rng, 4)} {digits(rng, 4)} 7"
    DOC = "Imogen P. Sallowby"
    CLINIC = "Tillamere Diabetes & Endocrine Center"
    SUP = "Northcrest Home Medical Supply"
    PCP = "Fenwick O. Aldana"
    rcv = dt.date(2026, 4, 3)
    a1c = dt.date(2026, 2, 26)
    nd = dt.date(2026, 4, 14)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                run_hdr=f"{PLAN}  \u00b7  {mem}  \u00b7  Notice of Denial of Medical Coverage  \u00b7  page {{n}} of "
                        "{nb}")
    p.set_margins(17, 14, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.refs_corner([("LETTER ID", letter), ("DCN", dcn)], p.l_margin + W * 0.5, y0, W * 0.5)
    p.f(9.8)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    letter_addr(p, [mem, "2207 Hartshorn Avenue", "Tillamere, OR 97386"])
    p.ln(3)
    p.dual_boxes([("Member ID / Plan", f"{mid} / {PLAN_ID}", 0.44), ("Medicare no.", mb, 0.26),
                  ("Request no.", ar, 0.30)])
    p.f(14, "B")
    p.cell(0, 7, "Notice of Denial of Medical Coverage", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We have **denied** the medical equipment listed below that your doctor asked us to cover for you. We got "
           f"the request on {slash(rcv)}.", 9.8)
    p.table(["HCPCS", "What was asked for", "How much"],
            [["E2103", "Continuous glucose monitor (receiver), non-adjunctive", "1"],
             ["A4239", "Glucose monitor sensors and supplies, 1 month", "12 months"]],
            [22, 118, W - 140], size=8.8, row_h=5.6)
    p.prov_boxes([("Requested by", [f"Dr. {DOC}", CLINIC]), ("Supplier named on the order", [SUP, "NPI 1174482093"]),
                  ("Your primary care doctor", [f"Dr. {PCP}", "Alder Street Family Medicine"])],
                 widths=[0.36, 0.34, 0.30])
    p.heading("Why we denied your request", 10.8, gap=0.6)
    p.para("Medicare covers a continuous glucose monitor for a person with diabetes who uses insulin, or who has had "
           "problem low blood sugar: more than one glucose reading under 54 mg/dL, or a low that needed someone "
           "else's help. Veradune Steady Care follows the same rules.", 9.6)
    p.para(f"The records Dr. {DOC.split()[-1]} sent show that you control your type 2 diabetes with two pills a day "
           "and a once-a-week injection that is not insulin. Your A1c was 7.4% on "
           f"{dmy_abbr(a1c)}. Your meter log for January to March shows no readings under 70 mg/dL, and the records "
           "do not describe a low that needed help. Because you do not meet these rules, the monitor and its "
           "sensors are **not medically necessary** for you at this time. We used the Medicare coverage rules for "
           "glucose monitors and our policy VSC-DME-031.", 9.6)
    p.para("Your regular glucose meter, test strips and lancets are still covered. If your doctor starts you on "
           "insulin, or you have a low that needs help, your doctor can ask again and we will look at the new "
           "request.", 9.6)
    p.add_page()
    p.ln(1)
    p.bar("What if I don't agree with this decision?", 9.8, shade=205)
    p.flow2([
        "**You have the right to appeal.** Ask us to look at our decision again. This is called a "
        "reconsideration. You must ask within 65 calendar days from the date of this notice. We can give you more "
        "time if you have a good reason for missing the deadline. For example, for a notice dated March 2, 2026, "
        "we must get your appeal by May 6, 2026.",
        "**Who can appeal?** You, your doctor, or someone you name in writing to act for you (a relative, a friend, "
        "a lawyer). Call us to learn how to name a representative.",
        "**Standard appeal.** We will answer within 30 calendar days after we get your appeal. We can take up to "
        "14 more days if you ask for more time or if we need information that may help you.",
        "**Fast appeal.** If you or your doctor believe that waiting 30 days could seriously harm your health, ask "
        "for a fast appeal. If your doctor asks, we will give you one. We answer fast appeals within 72 hours.",
        f"**How to appeal.** Call 1-866-555-0130 (TTY 711), fax 1-866-555-0138, or write to {APPEALS}. Include "
        "your name, member ID, the request number on page 1, why you disagree and any records or a letter from "
        "your doctor.",
        "**What happens next.** If we keep our decision in whole or in part, we send your case to an Independent "
        "Review Entity that Medicare contracts with. You do not need to ask for this; it happens automatically.",
    ], size=8.9)
    p.heading("Get help and more information", 10.2, gap=0.6)
    p.para("Call Member Services at 1-866-555-0130 (TTY 711). Your care coordinator, Wendeline Achebe-Park, RN, can "
           "also help you talk with your doctor about your diabetes plan. Free help with Medicare is available from "
           "your State Health Insurance Assistance Program (SHIP) at 1-800-555-0172. You can get this notice in large "
           "print, braille or another language at no cost.", 8.9)
    p.signoff(["Sincerely,", "", "Caspian L. Oduya, MD, Medical Director", f"Utilization Management, {PLAN}"], 9.2)
    p.para(f"cc: Dr. {DOC}, {CLINIC} (fax 1-555-014-2763); {SUP}", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem,
              cases=[ar], denial_date=iso(nd), provider=DOC, appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": INS_ALT, "provider": [CLINIC, SUP]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    PAYEE = "Cascade Ridge Heart Clinic, LLC"
    stmt = dt.date(2026, 5, 11)
    batch = "0511-" + digits(rng, 3)
    eft = digits(rng, 10)
    R1, R2, R3 = "Dr. Aurelia V. Kettleborough", "Dr. Hamish R. Okonjo-Barr", "Lisette M. Drummond, NP"
    REFS = ["Dr. Fenwick O. Aldana", "Dr. Soraya N. Whitlock", "Dr. Benedikt Y. Carraway", "Dr. Imelda C. Stroud"]
    # (patient LAST, FIRST M, dos, rendering, referring, lines [(code, mod, units, billed, allowed, coins, paid, adj)])
    claims = [
        ("ABERCROMBIE, FLAVIA J", dt.date(2026, 4, 1), R1, REFS[0],
         [("99214", "", 1, 210.00, 131.40, 0.00, 131.40, "CO-45")]),
        ("BLAKEMORE-ISHIDA, OWEN T", dt.date(2026, 4, 2), R2, REFS[1],
         [("93295", "26", 1, 96.00, 33.10, 0.00, 33.10, "CO-45"), ("93296", "", 1, 118.00, 25.62, 0.00, 25.62,
                                                                     "CO-45")]),
        ("CARDEW, PRISCILLA A", dt.date(2026, 4, 6), R3, REFS[2],
         [("99454", "", 1, 92.00, 43.08, 0.00, 43.08, "CO-45"), ("99457", "", 1, 86.00, 47.90, 0.00, 47.90,
                                                                  "CO-45")]),
        ("DALRYMPLE, SEVERIN K", dt.date(2026, 4, 7), R1, REFS[3],
         [("93306", "", 1, 1240.00, 212.56, 0.00, 212.56, "CO-45")]),
        ("EASTERBROOK, MINERVA L", dt.date(2026, 4, 9), R2, REFS[0],
         [("99215", "", 1, 295.00, 178.24, 0.00, 178.24, "CO-45"), ("93000", "", 1, 64.00, 16.31, 0.00, 16.31,
                                                                    "CO-45")]),
        ("FAIRCLOUGH, DESMOND P", dt.date(2026, 4, 13), R3, REFS[1],
         [("99213", "", 1, 150.00, 91.55, 0.00, 91.55, "CO-45")]),
        ("VANSTRAATEN, LEOPOLD A", dt.date(2026, 4, 14), R2, REFS[2],
         [("93297", "26", 1, 88.00, 30.22, 0.00, 30.22, "CO-45"), ("93297", "", 1, 104.00, 0.00, 0.00, 0.00,
                                                                   "CO-4 VX14")]),
        ("WEATHERALL, JOSEPHINE R", dt.date(2026, 4, 16), R1, REFS[3],
         [("93306", "", 1, 1240.00, 212.56, 0.00, 212.56, "CO-45"), ("93356", "", 1, 210.00, 40.12, 0.00, 40.12,
                                                                      "CO-45")]),
        ("YARDLEY, CORMAC E", dt.date(2026, 4, 20), R3, REFS[0],
         [("99214", "", 1, 210.00, 131.40, 0.00, 131.40, "CO-45")]),
    ]
    blocks, den = [], None
    tb = tp = 0.0
    for pt, dos, rend, ref, lines in claims:
        mid = mid_of(rng)
        cn = claim_of(rng)
        acct = "CR" + digits(rng, 6)
        rows = []
        for code, mod, u, b, a, co, pd, adj in lines:
            rows.append([f"{short(dos)} {short(dos)}", code + (f" {mod}" if mod else ""), str(u), n2(b), n2(a),
                         n2(co), n2(pd), adj])
            tb += b
            tp += pd
        cb = sum(x[3] for x in lines)
        cp = sum(x[6] for x in lines)
        sub = [f"Rendering: {rend}    Billing: {PAYEE}    Referring: {ref}",
               f"Claim billed {n2(cb)}   allowed {n2(sum(x[4] for x in lines))}   paid {n2(cp)}   patient "
               "responsibility 0.00"]
        blocks.append({"top": f"CLAIM {cn}   {pt}   MBR {mid}   PT ACCT {acct}", "lines": rows, "sub": sub})
        if pt.startswith("VANSTRAATEN"):
            den = (cn, mid, dos, cb, rend)
    head_cols = ["FROM / THRU", "PROC  MOD", "UNITS", "BILLED", "ALLOWED", "COINS / DED", "PAID", "ADJ / REMARK"]
    widths = [32, 22, 12, 22, 22, 24, 22, 30]
    aligns = ["L", "L", "R", "R", "R", "R", "R", "L"]
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                fax_lines=[f"{slash(stmt)}  14:07  VERADUNE PROVIDER PAYMENTS  1-866-555-0133  ->  15555017720   JOB "
                           "88317   P. {n}/{nb}"],
                run_hdr=f"Remittance {slash(stmt)}  \u00b7  {PAYEE}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(12, 14, 12)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.f(12.5, "B")
    p.cell(0, 6, "Provider Remittance Advice", new_x="LMARGIN", new_y="NEXT")
    y0 = p.get_y() + 1
    p.set_xy(p.l_margin, y0)
    p.f(8.6, "B")
    p.cell(W * 0.5, 4.4, "Pay to", new_x="LMARGIN", new_y="NEXT")
    p.f(8.6)
    for ln in [PAYEE, "Attn: Revenue Cycle", "1180 Vinecrest Parkway, Suite 300", "Tillamere, OR 97390",
               "Billing NPI 1427703396   TIN 93-4418207"]:
        p.cell(W * 0.5, 4.0, ln, new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.kv_box([("Remittance date", long(stmt)), ("EFT trace", f"{eft}   {usd(tp)}"), ("Plan", f"{PLAN_FULL}"),
              ("Contract - PBP", PLAN_ID), ("Batch", batch)],
             x=p.l_margin + W * 0.5, y=y0, w=W * 0.5, cap_w=30, size=8.2)
    p.set_xy(p.l_margin, max(yl, y0 + 31) + 3)
    p.f(7.6)
    p.multi_cell(W, 3.6, "Members in a special needs plan may not be billed for contractual adjustments (CO) or for "
                 "lines we did not pay because of a coding or filing issue. Adjustment and remark codes are explained "
                 "at the end of this remittance.", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.claim_blocks(head_cols, widths, aligns, blocks[:6], size=7.2)
    p.add_page()
    p.claim_blocks(head_cols, widths, aligns, blocks[6:], size=7.2, heads=False)
    p.money_line([("Total billed", n2(tb)), ("Total paid this remittance", usd(tp))], p.l_margin + W * 0.5, W * 0.5,
                 8.6)
    p.legend_flow("Adjustment and remark codes", [
        ("CO-4", "The procedure code is inconsistent with the modifier used, or a required modifier is missing."),
        ("CO-16", "Claim lacks information or has submission or billing errors."),
        ("CO-45", "Charge exceeds the fee schedule or maximum allowed. Provider write-off."),
        ("CO-97", "Paid as part of another service on the same day; not separately payable."),
        ("N390", "This service may not be billed separately."),
        ("VX09", "Remote monitoring needs readings on at least 16 days in the 30-day period."),
        ("VX14", "Device check billed twice for one service period without the modifier that splits the "
                 "professional part (26) from the technical part (TC). Not paid. Send a corrected claim."),
        ("VX31", "Referral on file has expired; not used for this payment."),
        ("M80", "Not covered when performed during the same session as another procedure."),
        ("PR-2", "Coinsurance amount (none for this plan's cardiology visits)."),
    ], cols=2, size=7.2)
    p.para("**Payment reconsideration.** A contracted provider may ask us to look again at how we processed a claim on "
           "this remittance within 60 days of the remittance date. Send the claim number, a corrected claim if one is "
           f"needed and your reasons to Veradune Provider Disputes, {ADDR}, or fax 1-866-555-0134. Members in our "
           "plan keep their own appeal rights and may not be billed while a dispute is open.", 7.8)
    p.para(f"Questions: Provider Services 1-866-555-0133.  {LEGAL} \u00b7 claims payer for {PLAN}.", 7.6)
    cn, mid, dos, cb, rend = den
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name="Leopold A. Vanstraaten",
              cases=[cn], claim_amount=m2(cb), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider="Hamish R. Okonjo-Barr", appeal_deadline=iso(plus(stmt, 60)),
              alternates={"insurer": INS_ALT, "provider": [PAYEE, "Cascade Ridge Heart Clinic"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    mem = "Wilhelmina J. Troutbeck"
    rep = "Rosalind Troutbeck-Amadi"
    mid = mid_of(rng)
    mb = mbi(rng)
    apl = "RC" + digits(rng, 7)
    od = "OD26-" + digits(rng, 6)
    cn = claim_of(rng)
    auth = "AU26-" + digits(rng, 5)
    HOSP = "St. Brannock Medical Center"
    DOC = "Ravindra K. Okafor-Lisle"
    VENDOR = "Pulsewright Home Monitoring"
    adm, dis = dt.date(2026, 3, 21), dt.date(2026, 3, 22)
    d_od = dt.date(2026, 4, 2)
    filed = dt.date(2026, 4, 10)
    nd = dt.date(2026, 5, 6)
    k0, k1 = dt.date(2026, 5, 11), dt.date(2026, 8, 2)
    charges = 14862.40
    fl = [f"MAY-06-2026 16:42  FROM: VERADUNE APPEALS  1-866-555-0139  TO: 15550137702  P.{{n}}/{{nb}}",
          "05/07/2026 08:19  ST BRANNOCK UR DEPT  555 013 7702  FWD  #0412  PAGE {n}"]
    cover = fax_cover(fl, [f"{PLAN} \u00b7 Appeals and Grievances", LEGAL, ADDR, "Fax 1-866-555-0139"],
                      [("To", "Utilization Review - Case Management"), ("Fax", "1-555-013-7702"),
                       ("From", "Gwendolyn Ashworth-Pike, appeals coordinator"), ("Phone", "1-866-555-0139"),
                       ("Date", slash(nd)), ("Pages", "4 (with this cover)"),
                       ("Re", f"{mem} - appeal decision; monitoring kit approval")],
                      [f"For {HOSP}'s record of the March stay: our decision on the member's appeal, and the "
                       "approval letter for her home monitoring kit. Originals were mailed to the member.",
                       f"Her daughter, {rep}, asked that you forward a copy to her at 1-555-014-4660."],
                      checks=[("Urgent", False), ("For your records", True), ("Please call", False)], fax_nb="4")
    # --- doc 1: reconsideration decision (upheld) ---
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE, fax_lines=fl, fax_off=1, fax_nb="4",
                run_hdr=f"Reconsideration {apl}  \u00b7  {mem}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(17, 15, 17)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.rubber(["RECEIVED", upper(plus(nd, 1)), "ST. BRANNOCK UR"], p.l_margin + W - 50, p.get_y() + 2, w=46,
             angle=8)
    p.f(9.8)
    p.cell(0, 5, long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    letter_addr(p, [mem, f"c/o {rep}", "48 Larchwood Close", "Ashgrove Landing, OR 97401"])
    p.ln(3)
    p.dual_boxes([("Member ID", mid, 0.30), ("Appeal no. / Claim no.", f"{apl} / {cn}", 0.44),
                  ("Medicare no.", mb, 0.26)])
    p.f(13.5, "B")
    p.multi_cell(W, 6.6, "Decision on Your Appeal (Reconsideration): We Are Keeping Our Decision", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(1.5)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You were in {HOSP} from the evening of {long(adm)} until the afternoon of {long(dis)}, for "
           f"swelling and shortness of breath from your heart failure. The hospital's doctor, Dr. {DOC}, billed the "
           f"stay as an inpatient admission (hospital charges {usd(charges)}). On {dmy_abbr(d_od)} we decided "
           f"(decision {od}) to cover the stay as outpatient observation care instead. Your daughter asked us to "
           f"reconsider for you on {long(filed)}.", 9.6)
    p.para("A doctor who was not part of the first decision, Dr. Leontyne M. Farquharson, a cardiologist, looked at "
           "your appeal, the hospital records and what your daughter wrote to us. **We are keeping our decision.**",
           9.6)
    p.heading("Why we kept our decision", 10.6, gap=0.6)
    p.para("Medicare Advantage plans cover a hospital stay as inpatient care when the admitting doctor expects the "
           "patient to need hospital care that spans at least two midnights, or when the care is on Medicare's "
           "inpatient-only list. When you arrived, your oxygen level, kidney tests and heart rhythm were stable. You "
           "were given water pills through a vein, felt better overnight, and went home the next day on a higher "
           "dose by mouth. The records do not show that the doctor expected you to stay two midnights, and the "
           "treatment you got is usually given as observation care. The right level of care for this stay was "
           "outpatient observation, not an inpatient admission.", 9.4)
    p.add_page()
    p.ln(1)
    p.heading("What this means for you", 10.6, gap=0.6)
    p.para("Your stay is still covered. As observation care, you pay the plan's $0 observation copay instead of the "
           "$295 inpatient copay, so you do not owe more because of this decision. The hospital may not bill you for "
           "the difference.", 9.2)
    p.heading("What happens next", 10.6, gap=0.6)
    p.para("Because we did not decide fully in your favor, we have sent your case file on our own to the Independent "
           "Review Entity (IRE), an organization Medicare contracts with that is not part of our plan. You do not "
           "need to do anything. The IRE will write to you. If you disagree with the IRE's decision, its letter will "
           "tell you how to ask for a hearing with an Administrative Law Judge.", 9.2)
    p.para("You can ask us for a free copy of your case file and the rules we used. Call Member Services at "
           "1-866-555-0130 (TTY 711), 8 a.m. to 8 p.m., 7 days a week.", 9.2)
    p.two_sigs(["Leontyne M. Farquharson, MD", "Physician reviewer, cardiology"],
               ["Gwendolyn Ashworth-Pike", f"Appeals coordinator, {LEGAL}"], 8.8)
    p.para(f"cc: {HOSP}, utilization review; Dr. {DOC}", 7.8)
    t1 = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=mid, member_name=mem, cases=[apl, cn],
               claim_amount=m2(charges), service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(nd),
               provider=HOSP, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "provider": [DOC], "case_numbers": [[apl], [apl, cn, od], [apl, od]],
                           "service_dates": [[iso(adm)], [iso(adm), iso(dis)]]})
    # --- doc 2: approval of a home monitoring kit ---
    q = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE, fax_lines=fl, fax_off=3, fax_nb="4")
    q.set_margins(18, 15, 18)
    q.add_page()
    head(q, split=True)
    W = q.w - q.l_margin - q.r_margin
    q.f(9.8)
    q.cell(0, 5, long(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    letter_addr(q, [mem, f"c/o {rep}", "48 Larchwood Close", "Ashgrove Landing, OR 97401"])
    q.ln(3)
    q.f(14, "B")
    q.cell(0, 7, "Good news: your request is approved", new_x="LMARGIN", new_y="NEXT")
    q.ln(1)
    q.dual_boxes([("Member ID", mid, 0.34), ("Approval no.", auth, 0.30), ("Plan", PLAN_ID, 0.36)])
    q.para(f"Dear {mem}:", 10)
    q.para(f"We approved the **Heart Failure Home Monitoring kit** for you from {long(k0)} through {long(k1)}: a "
           "talking bathroom scale and an automatic blood pressure cuff that send your readings each morning, and a "
           f"nurse call each week. {VENDOR} will ship the kit and set it up by phone. You pay nothing for it.", 9.8)
    q.prov_boxes([("Ordered by", [f"Dr. {DOC}", HOSP]), ("Kit and nurse calls from", [VENDOR, "1-555-013-5821"]),
                  ("Your care coordinator", ["Percival Nakamura-Lowe, RN", f"{PLAN}"])], widths=[0.36, 0.34, 0.30])
    q.form_grid([[("A9279 \u00d7 1; 99454 monthly", "codes approved", 0.5), ("12 weeks", "length", 0.5)]], size=9.0)
    q.para("If you gain 3 pounds in a day or 5 pounds in a week, the nurse will call you and your doctor. Keep "
           "taking your medicines as your doctor told you.", 9.4)
    q.para("This letter approves everything that was asked for, so there is nothing to appeal. If you have a "
           "complaint about the kit or the calls, call Member Services at 1-866-555-0130 (TTY 711).", 9.0)
    q.signoff(["Sincerely,", "", f"Care Management, {PLAN}", LEGAL], 9.2)
    t2 = truth("other", None, insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem, cases=[auth],
               service_dates=[f"{iso(k0)}/{iso(k1)}"], denial_date=iso(nd), provider=VENDOR, appeal_deadline=None,
               alternates={"insurer": INS_ALT, "service_dates": [[]], "case_numbers": [[]], "provider": [DOC, HOSP]})
    return cover, [(out(p), t1), (out(q), t2)]


# ------------------------------------------------------------------------------------------------------------------
def photocopy_member_eob(rng):
    mem = "Ignatius K. Rowntree"
    mid = mid_of(rng)
    stmt = dt.date(2026, 5, 8)
    SHOP = "Bellcourt Orthotic & Shoe Shop"
    FITTER = "Ansel T. Mireault, CPed"
    claims = [
        (claim_of(rng), dt.date(2026, 4, 3), "Alder Street Family Medicine", "Dr. Fenwick O. Aldana",
         [("99214", "Office visit", 195.00, 0.00, ""), ("83036", "A1c test", 38.00, 0.00, "")]),
        (claim_of(rng), dt.date(2026, 4, 9), "Tillamere Foot & Ankle", "Dr. Quillon B. Harrowgate",
         [("11721", "Nail care, 6 or more nails", 96.00, 10.00, "")]),
        (claim_of(rng), dt.date(2026, 4, 15), SHOP, FITTER,
         [("A5500", "Diabetic shoes, pair (2 shoes)", 2 * 189.00, 0.00, "N4"),
          ("A5512", "Custom inserts (3 pairs)", 3 * 78.00, 0.00, "N4")]),
        (claim_of(rng), dt.date(2026, 4, 22), "Tillamere Diabetes & Endocrine Center", "Yvaine Corrister, RD",
         [("G0108", "Diabetes self-management training (2 units)", 164.00, 0.00, "")]),
    ]
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE,
                foot_ids=f"{mem}  \u00b7  {mid}  \u00b7  EOB for April 2026")
    p.set_margins(15, 13, 15)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    p.rubber(["COPY RECEIVED", "MAY 19 2026", "OAKBRIAR SENIOR CTR"], p.l_margin + W - 52, p.get_y() + 1, w=48,
             angle=-6)
    p.f(13.5, "B")
    p.cell(0, 6.5, "Explanation of Benefits", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.4, "Your medical claims for April 1 - April 30, 2026.  THIS IS NOT A BILL.", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    letter_addr(p, [mem, "903 Penstemon Way", "Ashgrove Landing, OR 97402"], 9.8)
    p.ln(2)
    p.dual_boxes([("Member ID / Plan", f"{mid} / {PLAN_ID}", 0.48), ("Date of this notice", long(stmt), 0.52)],
                 size=8.8)
    rows = []
    for cn, dos, prov, who, lines in claims:
        rows.append([slash(dos), f"{prov} - {who}", "", "", "", "", ""])
        for code, desc, b, owe, note in lines:
            plan_paid = "0.00" if note else n2(round(b * 0.58, 2))
            rows.append(["", "    " + desc, code, usd(b), plan_paid, usd(owe), note])
        tot = sum(x[2] for x in lines)
        rows.append(["", f"    Claim {cn}  \u00b7  total", "", usd(tot),
                     n2(sum(0.0 if x[4] else round(x[2] * 0.58, 2) for x in lines)),
                     usd(sum(x[3] for x in lines)), ""])
    p.zebra(["Date", "Provider and service", "Code", "Billed", "Plan paid", "You owe", "Note"], rows,
            [20, 84, 14, 19, 17, 16, 12], ["L", "L", "L", "R", "R", "R", "L"], size=7.2, row_h=4.6)
    p.money_line([("Total billed in April", usd(sum(x[2] for c in claims for x in c[4]))),
                  ("What you owe for April", usd(sum(x[3] for c in claims for x in c[4])))],
                 p.l_margin + W * 0.45, W * 0.55, 8.8)
    p.legend_flow("Notes", [
        ("N1", "We paid the provider. You owe your copay only."),
        ("N2", "Routine foot care is covered for members with diabetes and nerve damage in the feet."),
        ("N3", "Your copay counts toward your yearly limit of $4,900 for care in our network."),
        ("N4", "Our plan is an HMO. This supplier is not in our network and you did not have our approval, so we "
               "did not pay. Network suppliers for diabetic shoes are listed in your Provider Directory."),
        ("N5", "The provider billed too late; you do not owe for this service."),
        ("N6", "Paid as part of another service on the same day."),
    ], cols=2, size=7.4)
    p.heading("Your year so far", 9.6, gap=0.4)
    p.para("Out-of-pocket so far in 2026: $70.00 of your $4,900.00 limit.  Plan paid so far in 2026: $1,846.22.", 8.4)
    p.heading("If you disagree with a decision on this notice", 9.6, gap=0.4)
    p.para("You can ask us to reconsider. You must ask within 65 days of the date of this notice. Call 1-866-555-0130 "
           f"(TTY 711) or write to {APPEALS}. Include the claim number. If you already paid the supplier, send us "
           "the receipt.", 8.6)
    cn, dos, prov, who, lines = claims[2]
    t = truth("eob", "out_of_network", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(dos)], denial_date=iso(stmt),
              provider=SHOP, appeal_deadline=iso(plus(stmt, 65)),
              alternates={"insurer": INS_ALT, "provider": ["Ansel T. Mireault"]},
              denial_alternates=["prior_authorization"])
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def scanclean_unverified(rng):
    mem = "Hortensia L. Quarrington"
    mid = mid_of(rng)
    mb = mbi(rng)
    cn = claim_of(rng)
    letter = "LTR-0428-" + digits(rng, 5)
    ORG = "Ridgeline Eye Associates, PC"
    DOC = "Marisol D. Ekwueme-Hart"
    ended = dt.date(2026, 3, 31)
    w1, w2 = dt.date(2026, 1, 22), dt.date(2026, 2, 19)
    dos = dt.date(2026, 4, 9)
    rcv = dt.date(2026, 4, 20)
    nd = dt.date(2026, 4, 28)
    lines = [("92014", "Eye exam, established patient", 168.00), ("92250", "Photos of the retina", 118.00)]
    amt = sum(x[2] for x in lines)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.refs_corner([("LETTER ID", letter), ("BATCH", "2231-07")], p.l_margin + W * 0.5, y0, W * 0.5)
    p.rubber(["SCANNED", "05/04/2026", "MAILROOM 3"], p.l_margin + W - 44, y0 + 9, w=40, angle=-5, size=7.8)
    p.f(9.8)
    p.cell(0, 5, wday_long(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    letter_addr(p, [mem, "16 Quarrystone Bend", "Tillamere, OR 97387"])
    p.ln(4)
    p.f(13.5, "B")
    p.cell(0, 7, "Notice of Denial of Payment", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.dual_boxes([("Member ID", mid, 0.30), ("Contract - Claim", f"{PLAN_ID} - {cn}", 0.46),
                  ("Received", short(rcv), 0.24)])
    p.form_grid([[(f"{ORG}\nDr. {DOC}, optometrist", "provider who billed us", 0.46),
                  (slash(dos), "date of service", 0.22), (usd(amt), "amount billed", 0.32)]], size=9.0)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We received a claim from {ORG} for an eye exam and photos of your retina on {long(dos)}. "
           "**We will not pay this claim.**", 9.8)
    p.heading("Why we denied payment", 10.6, gap=0.6)
    p.para("Veradune Steady Care is a special needs plan for people who have diabetes or chronic heart failure. "
           "Medicare requires us to confirm a new member's condition with a doctor who treats them. When you joined, "
           f"you named Dr. Cyprian Ollerenshaw. We wrote to you on {long(w1)} and on {long(w2)}, and asked his "
           "office three times, but we never received the confirmation form.", 9.6)
    p.para(f"Because the condition was not confirmed, your membership in our plan ended on {long(ended)}, and you "
           "went back to Original Medicare on April 1, 2026. You were not a member of our plan on the date of this "
           "service. Please ask the eye clinic to send the claim to Original Medicare, using your red, white and "
           f"blue Medicare card (Medicare number {mb}).", 9.6)
    p.para("If you do have diabetes or heart failure, ask your doctor to send us the confirmation form. You can "
           "join our plan again, and you have a Special Enrollment Period to choose a plan.", 9.4)
    p.heading("If you disagree", 10.6, gap=0.6)
    p.para("You can ask us to reconsider this decision. You must ask within 65 calendar days from the date of this "
           f"notice. Call 1-866-555-0130 (TTY 711) or write to {APPEALS}. If you think your membership was ended by "
           "mistake, you can also call 1-800-MEDICARE.", 9.2)
    p.signoff(["Sincerely,", "", "Enrollment and Claims Services", f"{PLAN}  \u00b7  {LEGAL}"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem, cases=[cn],
              claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=ORG,
              appeal_deadline=iso(plus(nd, 65)),
              alternates={"insurer": INS_ALT, "provider": [DOC, "Ridgeline Eye Associates"]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def phone_es_cardiac_mri(rng):
    mem = "Remedios A. Villaseñor"
    mid = mid_of(rng)
    cn = claim_of(rng)
    CTR = "Centro de Imagen Cardíaca del Valle"
    DOC = "Teodoro Iriarte Salas"
    dos = dt.date(2026, 3, 27)
    nd = dt.date(2026, 4, 24)
    lines = [("75561", "Resonancia magnética del corazón, con contraste", 1890.00),
             ("A9585", "Medio de contraste (gadobutrol), 10 ml", 250.00)]
    amt = sum(x[2] for x in lines)
    p = QASheet(footer="Página {n} de {nb}", legal=LEGAL_ES)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, es=True)
    W = p.w - p.l_margin - p.r_margin
    p.f(9.6)
    p.cell(0, 5, "Tillamere, " + es_wday(nd), align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    letter_addr(p, [mem, "731 Calle Madroño", "Tillamere, OR 97389"])
    p.ln(3)
    p.dual_boxes([("Núm. de miembro / Plan", f"{mid} / {PLAN_ID}", 0.50), ("Núm. de reclamo", cn, 0.50)], size=8.8)
    p.f(13.5, "B")
    p.cell(0, 7, "Aviso de denegación de pago", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Estimada Sra. {mem.split()[-1]}:", 10)
    p.para(f"Recibimos una factura de {CTR} por un estudio de su corazón que le hicieron el {es_date(dos)}. "
           "**No vamos a pagar este servicio.**", 9.8)
    p.table(["Código", "Servicio", "Cobrado"], [[c, d, usd(b)] for c, d, b in lines] + [["", "Total", usd(amt)]],
            [22, 112, W - 134], size=8.8, aligns=["L", "L", "R"], bold_last=True)
    p.prov_boxes([("Realizado por", [CTR, f"Dr. {DOC}, radiólogo"]),
                  ("Ordenado por", ["Dra. Itzel Maldonado-Cruz", "Cardiología Ribera Norte"])], widths=[0.5, 0.5])
    p.heading("Por qué tomamos esta decisión", 10.4, gap=0.6)
    p.para("En nuestro plan, una resonancia magnética del corazón necesita nuestra aprobación antes de hacerse "
           "(autorización previa). Ni el centro ni su cardióloga nos pidieron esa aprobación, y no hay ninguna en "
           "su expediente. Por eso no podemos pagar este estudio.", 9.6)
    p.para("El centro está en nuestra red, así que no le puede cobrar a usted este estudio. Si le llega una factura, "
           "llámenos al 1-866-555-0130.", 9.6)
    p.heading("Si no está de acuerdo", 10.4, gap=0.6)
    p.para("Usted puede pedirnos que revisemos esta decisión (una reconsideración). **Debe pedirla dentro de 65 días "
           "calendario a partir de la fecha de este aviso.** Llame al 1-866-555-0130 (TTY 711) o escriba a "
           f"{APPEALS}. Si no decidimos a su favor, enviaremos su caso a la Entidad de Revisión Independiente.", 9.4)
    p.signoff(["Atentamente,", "", f"Departamento de Reclamos, {PLAN}", LEGAL], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, member_id=mid, member_name=mem,
              cases=[cn], claim_amount=m2(amt), service_dates=[iso(dos)], denial_date=iso(nd), provider=CTR,
              appeal_deadline=iso(plus(nd, 65)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [DOC]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def rotated_shunt(rng):
    mem = "Evander J. Colquhoun"
    mid = mid_of(rng)
    mb = mbi(rng)
    ar = "AR" + digits(rng, 8)
    job = digits(rng, 4)
    dcn = f"2026 {digits(rng, 4)} {digits(rng, 4)} 2"
    HOSP = "Glenmoor University Hospital"
    PROG = "Advanced Heart Failure Program"
    DOC = "Saoirse M. Adebayo-Lind"
    REF = "Dr. Fenwick O. Aldana"
    rcv = dt.date(2026, 5, 12)
    planned = dt.date(2026, 6, 3)
    nd = dt.date(2026, 5, 20)
    dl = plus(nd, 65)
    p = QASheet(footer="Page {n} of {nb}", legal=LEGAL_LINE)
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, split=True)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.refs_corner([("DCN", dcn), ("FAX JOB", job)], p.l_margin + W * 0.5, y0, W * 0.5)
    p.f(9.8)
    p.cell(0, 5, upper(nd), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    letter_addr(p, [mem, "5 Sedgecombe Row", "Glenmoor, OR 97331"])
    p.ln(3)
    p.f(13.5, "B")
    p.cell(0, 7, "Notice of Denial of Medical Coverage", new_x="LMARGIN", new_y="NEXT")
    p.dual_boxes([("Member ID", mid, 0.28), ("Medicare no.", mb, 0.26), ("Auth. request / received",
                                                                       f"{ar} / {short(rcv)}", 0.46)])
    p.prov_boxes([("Requesting doctor", [f"Dr. {DOC}", f"{PROG}, {HOSP}"]),
                  ("Facility", [HOSP, "NPI 1568820341"]),
                  ("Referring doctor", [REF, "Alder Street Family Medicine"])], widths=[0.40, 0.30, 0.30])
    p.para(f"Dear {mem}:", 10)
    p.para(f"Dr. {DOC} asked us to cover placement of an **interatrial shunt device** through a vein, to lower the "
           f"pressure in your heart, planned at {HOSP} on {long(planned)}. **We have denied this request.**", 9.8)
    p.heading("Why we denied your request", 10.6, gap=0.6)
    p.para("An interatrial shunt for heart failure is still being studied. No shunt device has full approval from "
           "the Food and Drug Administration for treating heart failure, and Medicare does not cover it except "
           "inside an approved clinical study. Our records show you are not enrolled in such a study. We consider "
           "the procedure **experimental and investigational**, so our plan cannot cover it. We used Medicare's "
           "coverage rules and our medical policy VSC-CARD-118.", 9.6)
    p.para("Your other heart failure care stays covered, including your medicines, visits with your heart team and "
           "our Heart Failure Home Monitoring kit. If you join an approved study of this device, your doctor can ask "
           "us again.", 9.6)
    p.heading("If you disagree", 10.6, gap=0.6)
    p.para(f"You can appeal. **We must receive your appeal by {long(dl)}.** Call 1-866-555-0130 (TTY 711), fax "
           f"1-866-555-0138, or write to {APPEALS}. If waiting could seriously harm your health, ask for a fast "
           "appeal; we decide fast appeals within 72 hours. If we keep our decision, your case goes on its own to "
           "the Independent Review Entity.", 9.4)
    p.signoff(["Sincerely,", "", "Caspian L. Oduya, MD, Medical Director", f"{PLAN}  \u00b7  {LEGAL}"], 9.2)
    p.para(f"cc: Dr. {DOC}, {PROG} (fax 1-555-013-9914); {REF}", 7.8)
    t = truth("denial_letter", "experimental", insurer=PLAN, member_id=mid, member_name=mem, cases=[ar],
              service_dates=[iso(planned)], denial_date=iso(nd), provider=DOC, appeal_deadline=iso(dl),
              alternates={"insurer": INS_ALT, "provider": [HOSP, f"{PROG}, {HOSP}"], "service_dates": [[]]})
    return out(p), t


# ------------------------------------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [Item(F + "bd_cgm_monogram", "born_digital", [bd_glucose_monitor(rng)]),
             Item(F + "faxstd_remit_vx14", "fax_standard_g4", [faxstd_remittance(rng)])]
    cover, docs = faxstd_stack(rng)
    items.append(Item(F + "faxstd_stack_observation_monitoring", "fax_standard_g4", docs,
                      separators=[cover, None], turns={(0, 1): 90}))
    items += [Item(F + "photocopy_eob_shoes_n4", "photocopy", [photocopy_member_eob(rng)]),
              Item(F + "scanclean_unverified_condition", "scan_clean_300", [scanclean_unverified(rng)]),
              Item(F + "phone_es_cardiac_mri", "phone_photo", [phone_es_cardiac_mri(rng)]),
              Item(F + "rotated_atrial_shunt", "rotated", [rotated_shunt(rng)])]
    return items
