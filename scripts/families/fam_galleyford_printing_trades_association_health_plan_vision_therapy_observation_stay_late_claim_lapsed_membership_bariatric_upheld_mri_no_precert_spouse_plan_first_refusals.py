"""Papers mirrored (structure and plain wording style only; every sentence written here) from an association health
plan: a trade association offers one self-funded group health plan to the small businesses of its trade; a shop joins
by a participation agreement while it is a member of the association in good standing and gets a certificate of
participation; the plan runs on a July-June plan year, the shop picks one of the plan's options for each plan year, and
employees get a notice of their coverage for the new year; a third-party administrator decides claims, reviews
hospital stays, sends provider remittances and writes denial letters on the plan's behalf; appeals go to the plan's
Appeals Committee, then to an external review (ERISA claims rules: 180 days to appeal, 502(a)).

Invented: the Galleyford Printing Trades Association (print shops, sign shops, binderies and copy centers) and its
Galleyford Printing Trades Association Health Benefit Plan ("GPTA Health Plan"), the claims administrator Kestlemoor
Benefit Administrators, LLC, the State of Quivenna (QV), the shops, clinics, hospital, the spouse's employer and its
plan, every person, number, amount, rule and address; phones 555; CPT codes as themselves.

Letterheads: (1) a monogram "GPTA" in a double ring beside "G P T A   H E A L T H   P L A N" in spaced capitals, with
"Claims administered by Kestlemoor Benefit Administrators, LLC" small under it; the plan's full legal name only in the
footer; (2) the plan's name split over two lines ("GALLEYFORD PRINTING" / "TRADES ASSOCIATION") over "Health Benefit
Plan"; (3) the administrator's own letterhead: "K E S T L E M O O R" in spaced capitals over "Benefit Administrators,
LLC" and "Acting on behalf of the GPTA Health Benefit Plan"; (4) the monogram alone, the full legal name only in the
return address printed small above the addressee.

Numbering: member IDs "GP" + 2 digits + S + 3 digits + B + 2 digits + a dependant suffix ("-01" employee, "-02"
spouse, "-03" and up children), printed in spaced groups ("GP47 S206 B31-03") or run together, one only inside a
sentence; plan options by code only (G15P, G30P, G34H) in small tables; employer groups "PE" + 5 digits (the
participating employer number); claims "K26" + 8 digits; utilisation reviews "UM26-" + 5 digits; Appeals Committee
files "AC-26-" + 3 digits. Decoys: certificate of participation "CP-26-" + 4 digits, EFT traces, TINs, NPIs, payee
IDs, association member firm numbers.

Invented rules: an employer takes part only while it is an association member in good standing (participation ends
the last day of the month for which dues were paid); providers must file within 90 days of the date of service;
vision therapy (orthoptic and pleoptic training) is excluded; MRI needs precertification; inpatient stays are reviewed
and paid as observation when inpatient care was not needed; bariatric surgery needs a BMI of 40 (35 with a serious
related condition) and six months of supervised weight management documented in the last two years; when a spouse
has her own employer's plan, that plan pays first.

Documents (8 in 7 files):
- bd_eob_four_claims_vision_therapy_v7: a born-digital EOB (monogram letterhead) for a press operator's family: the
  plan only as a code in a coverage table, the employee's ID in spaced groups, a ruled claims grid of four claims each
  with its claim number in bold, billing practice and rendering clinician in separate columns (the clinician's
  credential on a second line), status words and remark codes; the daughter's two vision therapy sessions DENIED V7 (legend); statement date beside a "claims
  processed" period; "within 180 days of the date of this statement".
- faxstd_stack_routing_slip_stay_then_plan_year: a standard-fax stack from a print shop's office: a printed
  routing slip filled in by hand, the administrator's two-page letter (its page 2 fed upside down) refusing a
  three-day inpatient stay as not needing inpatient care (observation level), admission and discharge in separate
  boxes, the member ID only in a sentence, the letter date beside the date the claim was received, "no later than
  November 17, 2026"; then the plan's notice of coverage for the 2026-2027 plan year (new plan option; denies
  nothing); the shop's fax header date on every page.
- faxstd_remittance_late_claim_tf_middle_row: a standard-fax provider remittance on the administrator's letterhead to
  a family medicine practice (a payee line with address, NPI and TIN), five claims in a ruled grid with rendering
  clinicians in their own column and the patient share in one column, the third claim (received 98 days after the visit) paid 0.00 under TF between rows
  with amounts in every column; "within 60 days of the remittance date"; the administrator's fax header date.
- phone_es_membresia_vencida: a photographed Spanish letter (split letterhead): the employee's
  shop let its association membership lapse, its participation ended April 30, 2026, a May 12 visit refused; the
  member ID only inside a sentence; the letter date beside the date received; 180 days of the date of this letter.
- scan300_appeals_committee_bariatric_upheld: a clean-scan Appeals Committee decision keeping the refusal of a sleeve
  gastrectomy as not medically necessary (three months of supervised weight management, six needed); the surgeon, his
  practice and the hospital named apart; appeal file and review number; appeal-received and meeting dates as decoys;
  external review only (no appeal deadline).
- bd_mri_without_precertification_npi_line: a born-digital letter (split letterhead) refusing a lumbar MRI done
  without precertification; the imaging center in a provider line with address and NPI, the ordering orthopaedist
  only in prose; the ID in a spaced strip; "within 180 days of the date you receive this notice" (no fixed date).
- faxfine_spouse_plan_primary_return_address: a fine-fax letter with only the monogram at the top and the full legal
  name in the small return address: a spouse's allergy testing held until her own employer's plan, which pays
  first, sends its explanation of benefits (coordination of benefits); service dates in a sentence; the
  administrator's fax header date; 180 days of the date of this letter.

Truth notes (where a careful reader could read two ways): the insurer is the letterhead issuer: the plan on its own
letterheads (short forms "GPTA Health Benefit Plan", "GPTA Health Plan", "... Association Health Plan" and the
association's name accepted), the administrator on its own letterhead (the stay letter and the remittance; "Kestlemoor"
accepted); member IDs are the patient's as printed with the suffix, the base number accepted; the practice or facility
is accepted beside a rendering clinician and the attending physician beside a hospital; the plan-year notice's plan is
the new option (the old code accepted); the Appeals Committee decision carries the appeal file and the review number
(either alone accepted) and its planned surgery date (or none); the remittance is `eob` with `denial_letter`
accepted; "within 180 days of the date you receive this notice" gives no fixed date (null; the notice date + 180
accepted); the stay refused as an inpatient admission is `level_of_care` (`medical_necessity` accepted: the letter
says inpatient care was not medically necessary while it pays observation).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvb import (EVSheet, addr_block, digits, dr, es_date, first_last, hand_routing_slip, iso,
                               last_first, long, m2, n2, npi, out, people, phone, plus, sign, slash, tin, tollfree,
                               truth, usd, yy)

FAMILY = ("galleyford_printing_trades_association_health_plan_vision_therapy_observation_stay_late_claim_lapsed_"
          "membership_bariatric_upheld_mri_no_precert_spouse_plan_first_refusals")
LANG = "en"
SEED = 355103
USED: set = set()

INS = "Galleyford Printing Trades Association Health Benefit Plan"
INS_ALT = [INS, "GPTA Health Benefit Plan", "GPTA Health Plan", "Galleyford Printing Trades Association Health Plan",
           "Galleyford Printing Trades Association", "GPTA Association Health Plan"]
TPA = "Kestlemoor Benefit Administrators, LLC"
TPA_ALT = [TPA, "Kestlemoor Benefit Administrators", "Kestlemoor"]
ASSOC = "Galleyford Printing Trades Association"
PLAN_BOX = ["GPTA Health Plan, c/o Kestlemoor Benefit Administrators", "PO Box 4418, Platenby, QV 58204"]
TPA_ADDR = ["2250 Signal Ridge Parkway, Suite 610", "Platenby, QV 58209"]
ASSOC_ADDR = "1200 Quire Street, Suite 300, Foliobrook, QV 58117"
AREA = "738"
G15, G30, G34 = "G15P", "G30P", "G34H"


def member_base(rng) -> str:
    return f"GP{digits(rng, 2)}S{digits(rng, 3)}B{digits(rng, 2)}"


def grouped(mid: str) -> str:
    """GP47S206B31-03 -> GP47 S206 B31-03 (as the card prints it)"""
    return f"{mid[:4]} {mid[4:8]} {mid[8:]}"


def employer_no(rng) -> str:
    return f"PE{digits(rng, 5)}"


def claim_no(rng) -> str:
    return f"K26{digits(rng, 7)}"


def um_no(rng) -> str:
    return f"UM26-{digits(rng, 5)}"


def foot(extra: str = "") -> str:
    return (f"{INS}  \u00b7  sponsored by the {ASSOC}  \u00b7  claims administrator {TPA.split(',')[0]}" +
            (f"  \u00b7  {extra}" if extra else ""))


def tpa_foot(extra: str = "") -> str:
    return (f"{TPA}  \u00b7  {TPA_ADDR[0]}, {TPA_ADDR[1]}  \u00b7  administrator for the GPTA Health Benefit "
            "Plan, which pays the benefits" + (f"  \u00b7  {extra}" if extra else ""))


def mono_head(p: EVSheet, rng, box: str | None = None):
    p.wordmark("GPTA HEALTH PLAN", style="spaced", initials="GPTA", shape="ring",
               tagline="An association health plan for the shops of the printing trades",
               small=[f"Claims administered by {TPA}"],
               right=[PLAN_BOX[0], PLAN_BOX[1], f"Member services {tollfree(rng, '855')}",
                      f"Fax {phone(rng, AREA)}", "TTY 711"], box=box, size=13.5)


def split_head(p: EVSheet, rng, box: str | None = None, tagline: str = "Health Benefit Plan",
               small: list[str] | None = None, right: list[str] | None = None):
    p.wordmark("", style="split", split=("GALLEYFORD PRINTING", "TRADES ASSOCIATION"), tagline=tagline,
               small=small if small is not None else [f"Claims administered by {TPA}"],
               right=right or [PLAN_BOX[0], PLAN_BOX[1], f"Member services {tollfree(rng, '855')}",
                               f"Fax {phone(rng, AREA)}"], box=box, size=15)


def tpa_head(p: EVSheet, rng, box: str | None = None):
    p.wordmark("KESTLEMOOR", style="spaced", tagline="Benefit Administrators, LLC",
               small=["Acting on behalf of the GPTA Health Benefit Plan"],
               right=[TPA_ADDR[0], TPA_ADDR[1], f"Utilization review {tollfree(rng, '866')}",
                      f"Provider services {tollfree(rng, '877')}", f"Fax {phone(rng, AREA)}"], box=box, size=18)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    emp = people(rng, 1, "pr", sexes="M", used=USED)[0]
    last = emp.split()[-1]
    wife = people(rng, 1, "pr", sexes="F", last=last, used=USED)[0]
    dau = people(rng, 1, "pr", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "pr", sexes="M", last=last, used=USED)[0]
    fam_md, od, np_, path = people(rng, 4, "pc", sexes="MFFM", used=USED)
    base = member_base(rng)
    grp = employer_no(rng)
    sd = dt.date(2026, 4, 16)
    vt = "Larkspur Vision Therapy Center"
    d_emp = dt.date(2026, 3, 2)
    d_lab = dt.date(2026, 3, 5)
    d_vt = [dt.date(2026, 3, 3), dt.date(2026, 3, 10)]
    d_uc = dt.date(2026, 3, 21)
    cl = [claim_no(rng) for _ in range(4)]
    rows = [
        [cl[0], f"{emp}\n{base}-01 (employee)", "Platenby Family Medicine", f"{fam_md}\nMD", yy(d_emp),
         "186.00", "131.40", "26.28", "105.12", "PAID  D1 C2"],
        [cl[1], f"{wife}\n{base}-02 (spouse)", "Foliobrook Clinical Laboratory", f"{path}\nMD, pathologist",
         yy(d_lab), "412.00", "96.80", "96.80", "0.00", "PAID  P0"],
        [cl[2], f"{dau}\n{base}-03 (daughter)", vt, f"{od}\nOD", f"{yy(d_vt[0])}\n{yy(d_vt[1])}",
         "460.00", "0.00", "0.00", "460.00", "DENIED  V7"],
        [cl[3], f"{son}\n{base}-04 (son)", "Quireside Urgent Care", f"{np_}\nAPRN", yy(d_uc), "244.00",
         "171.00", "136.80", "34.20", "PAID  C2"],
    ]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(14, 14, 14)
    p.add_page()
    mono_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [emp.upper(), "2719 Linotype Lane", "Platenby, QV 58213"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Statement date", long(sd)), ("Claims processed", "03/16/2026 - 04/15/2026"),
                    ("Employee", emp), ("Employer", "Brayerton Print & Copy")],
                   x=p.l_margin + W * 0.48, cap_w=26, size=8.8)
    p.set_x(p.l_margin + W * 0.48)
    p.id_strip_spaced("MEMBER ID", [base[:4], base[4:8], base[8:] + "-01"], x=p.l_margin + W * 0.48,
                      w=W * 0.52, size=10.5)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("This is not a bill. It shows how the GPTA Health Plan handled the claims it processed for you and your "
           "family in the period above. Keep it with your records.", 8.6)
    p.ruled_rows(["Coverage", "Plan option", "Employer group", "Plan year"],
                 [["Medical and prescription", G15, f"{grp}  Brayerton Print & Copy", "07/01/2025 - 06/30/2026"]],
                 [W * k / 100 for k in (30, 16, 34, 20)], ["L", "L", "L", "L"], size=8.2)
    p.claim_grid(["Claim no.", "Patient / member ID", "Billing practice", "Rendering clinician", "Service date",
                  "Billed", "Plan allowed", "Plan paid", "Your share", "Status / remark"],
                 rows, [W * k / 188 for k in (23, 30, 22, 28, 16, 15, 14, 14, 13, 13)],
                 ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], size=7.0, bold_cols=(0, 5, 7),
                 total=["", "Totals", "", "", "", "1,302.00", "399.20", "259.88", "599.32", ""])
    p.legend_cols("Remark codes", [
        ("D1", "Part of the allowed amount was applied to the person's plan-year deductible."),
        ("C2", "Your 20% coinsurance for in-network care."),
        ("P0", "Paid in full at the in-network rate for preventive laboratory tests."),
        ("V7", "Not covered. Vision therapy (orthoptic or pleoptic training, eye exercises) is excluded under "
               "Section 9.4(k) of the Plan Document. The Plan covers eye exams and treatment of eye disease."),
        ("N3", "Network discount taken; the provider may not bill you for it."),
        ("X9", "We need an itemized bill before we can finish this claim."),
    ], ncol=2, size=7.0, code_w=7)
    p.bar("If you disagree with a claim decision", 8.8)
    p.para("You or someone you name may appeal in writing within 180 days of the date of this statement. Send the "
           "claim number, why you disagree and any records to the GPTA Health Plan Appeals Committee, c/o "
           f"Kestlemoor Benefit Administrators, {PLAN_BOX[1]}. You may ask for free copies of the documents we used. "
           "After the Plan's final decision you may ask for an external review and you have the right to bring a "
           "civil action under section 502(a) of ERISA.", 8.0)
    t = truth("eob", "not_covered", insurer=INS, plan_id=G15, group=grp, member_id=f"{base}-03", member_name=dau,
              cases=[cl[den]], claim_amount="460.00", service_dates=[iso(d) for d in d_vt], denial_date=iso(sd),
              provider=od, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [vt, dr(od, "OD")], "member_id": [base]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    emp = people(rng, 1, "pr", sexes="M", used=USED)[0]
    mgr, clerk = people(rng, 2, "pr", sexes="FF", used=USED)
    hosp_md, rn, md_rev, sig = people(rng, 4, "pc", sexes="MFMF", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = employer_no(rng)
    hosp = "Foliobrook General Hospital"
    adm, dis = dt.date(2026, 5, 4), dt.date(2026, 5, 7)
    rcvd = dt.date(2026, 5, 14)
    ld = dt.date(2026, 5, 21)
    dl = plus(ld, 180)
    notice_d = dt.date(2026, 6, 1)
    sent = dt.date(2026, 6, 9)
    clm = claim_no(rng)
    um = um_no(rng)
    billed = 21486.00
    shop_fax = f"{AREA} 555 {digits(rng, 4)}"
    tx = f"{slash(sent)} 14:{rng.randint(10, 59)}  BRAYERTON PRINT & COPY  {shop_fax}  P.{{n}}/{{t}}"
    slip = hand_routing_slip(rng, ["BRAYERTON PRINT & COPY", "418 Platen Row  \u00b7  Platenby, QV 58206",
                                   f"Office {phone(rng, AREA)}  \u00b7  Fax {shop_fax.replace(' ', '-', 1)}"],
                             [(f"{emp.split()[0]} {emp.split()[-1][0]}. - press room", "".join(
                                 w[0] for w in (emp.split()[0], emp.split()[-1]))),
                              ("GPTA member benefits desk", "")],
                             first_last(mgr).split()[0] + " - office mgr", yy(sent).lstrip("0"), ("Please handle",),
                             [f"For {emp.split()[0]} in the press room:", "the hospital letter (2 pgs) and",
                              "his new plan year notice.", "He says he was admitted, not",
                              "'observation'. Can you help?", f"call me {phone(rng, AREA)}"],
                             tx=tx, tx_total=4)
    # (i) the administrator's letter refusing the inpatient level
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=tpa_foot(), tx=tx, tx_off=1, tx_total=4, tx_flip=(2,))
    p.set_margins(18, 16, 18)
    p.add_page()
    tpa_head(p, rng, box="NOTICE OF ADVERSE BENEFIT DETERMINATION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [emp, "61 Stereotype Court", "Foliobrook, QV 58119"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Date", long(ld)), ("Claim received", long(rcvd)), ("Claim no.", clm), ("Review no.", um),
                    ("Patient", emp)], x=p.l_margin + W * 0.5, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(emp)}:", 9.4)
    p.para(f"Kestlemoor Benefit Administrators reviews hospital stays for the GPTA Health Benefit Plan. We have "
           f"reviewed the claim {hosp} sent for your stay there. Your member ID, as printed on your card, is "
           f"{grouped(mid)}; please use it when you write to us.", 9.2)
    p.stay_boxes((slash(adm), "14:20"), (slash(dis), "10:05"),
                 [("DAYS BILLED", "3"), ("BILLED AS", "Inpatient")], size=9.4)
    p.para(f"Attending physician: Dr. {dr(hosp_md, 'MD')}, hospitalist.   Billed charges: {usd(billed)}.", 8.8)
    p.bar("What we decided", 9.0)
    p.para("The Plan will not pay this stay as an inpatient admission. The records show you came to the emergency room "
           "with chest pain; your heart tests, a stress test and blood tests over the next day were normal, and you "
           "needed no treatment that could only be given to an inpatient. That care is observation care, which is "
           "an outpatient service. Inpatient care was not medically necessary; observation care was the right level.",
           9.0)
    p.para("The hospital may send a corrected claim billed as observation care, and the Plan will pay it under your "
           "outpatient benefits. Until then the hospital's claim is denied.", 9.0)
    p.add_page()
    p.bar("The Plan terms we used", 9.0)
    p.para("Plan Document, Section 6.3 (Hospital Services) and Section 8.1 (Medical Necessity). A nurse reviewer and "
           f"a physician reviewer, Dr. {dr(md_rev, 'MD')}, internal medicine, read the records. You may ask for "
           "free copies of the criteria and of every document we used, and for the diagnosis and treatment codes "
           "of this claim and what they mean (asking for them is not an appeal).", 8.8)
    p.ruled_rows(["Plan option", "Employer group", "Plan year"],
                 [[G30, f"{grp}  Brayerton Print & Copy", "07/01/2025 - 06/30/2026"]],
                 [W * k / 100 for k in (30, 45, 25)], ["L", "L", "L"], size=8.4)
    p.bar("Your right to appeal", 9.0)
    p.para("You or your representative may appeal to the GPTA Health Plan Appeals Committee. Your written appeal must "
           f"reach us no later than {long(dl)}. Send it to the Appeals Committee, c/o Kestlemoor Benefit "
           f"Administrators, {PLAN_BOX[1]}, or fax it to {phone(rng, AREA)}. Tell us why you disagree and send any "
           "records you want the committee to read.", 8.8)
    p.para("If your doctor says that waiting would seriously harm your health, ask for an urgent appeal; we decide "
           "those within 72 hours. After the Plan's final decision you may ask for an external review by an "
           "independent review organization within four months, and you have the right to bring a civil action "
           "under section 502(a) of ERISA.", 8.8)
    p.ln(1)
    sign(p, [first_last(sig), "Utilization Review Unit", TPA], close="Sincerely,")
    p.para(f"cc: {hosp}, Patient Accounts   \u00b7   Reviewed with {first_last(rn)}, RN", 7.8)
    letter = out(p)
    letter_t = truth("denial_letter", "level_of_care", insurer=TPA, plan_id=G30, group=grp, member_id=mid,
                     member_name=emp, cases=[clm, um], claim_amount=m2(billed),
                     service_dates=[f"{iso(adm)}/{iso(dis)}"], denial_date=iso(ld), provider=hosp,
                     appeal_deadline=iso(dl),
                     alternates={"insurer": TPA_ALT, "member_id": [base], "provider": [hosp_md],
                                 "case_numbers": [[clm], [um]]},
                     denial_alternates=["medical_necessity"])
    # (ii) the plan's notice of coverage for the new plan year
    q = EVSheet(footer=None, ids_foot=foot(), tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    mono_head(q, rng, box="YOUR COVERAGE FOR 2026-2027")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [emp, "61 Stereotype Court", "Foliobrook, QV 58119"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.edge_leaders([("Notice date", long(notice_d)), ("Employer", "Brayerton Print & Copy"),
                    ("Certificate of participation", f"CP-26-{digits(rng, 4)}")], x=q.l_margin + W * 0.5, cap_w=26,
                   size=8.8)
    q.id_strip_spaced("MEMBER ID", [mid[:4], mid[4:8], mid[8:]], x=q.l_margin + W * 0.5, w=W * 0.5, size=10.5)
    q.set_y(max(q.get_y(), yl) + 2)
    q.para(f"Dear {first_last(emp)}:", 9.4)
    q.para(f"Brayerton Print & Copy has renewed its participation in the GPTA Health Plan for the plan year that starts "
           f"July 1, 2026. For the new plan year your employer chose a different plan option. Your coverage goes on "
           f"without a break; there is nothing you need to do.", 9.2)
    q.ruled_rows(["", "Plan year 2025-2026", "Plan year 2026-2027"],
                 [["Plan option", G30, G34], ["Employer group", grp, grp],
                  ["Deductible (person / family)", "$3,000 / $6,000", "$3,400 / $6,800"],
                  ["Coinsurance after the deductible", "20%", "10%"],
                  ["Out-of-pocket limit (person / family)", "$6,500 / $13,000", "$6,800 / $13,600"],
                  ["Health savings account", "no", "yes (through your employer)"]],
                 [W * k / 100 for k in (40, 30, 30)], ["L", "L", "L"], size=8.6)
    q.para("Who is covered: you. New member ID cards are not needed; your ID stays the same. Your deductible starts "
           "again at $0 on July 1. A Summary of Benefits and Coverage for the new option is at your employer's office "
           "and we will mail one free if you call.", 8.8)
    q.para("Your coverage through the Plan lasts as long as you are an eligible employee and your employer stays a "
           "member of the Galleyford Printing Trades Association in good standing.", 8.8)
    q.ln(1)
    sign(q, [first_last(clerk), "Enrollment Services", "GPTA Health Plan"], close="Sincerely,")
    notice = out(q)
    notice_t = truth("other", None, insurer=INS, plan_id=G34, group=grp, member_id=mid, member_name=emp,
                     denial_date=iso(notice_d),
                     alternates={"insurer": INS_ALT, "member_id": [base], "plan_id": [G30]})
    return slip, [(letter, letter_t), (notice, notice_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pats = people(rng, 5, "pr", sexes="FMFMF", used=USED)
    docs_ = people(rng, 3, "pc", sexes="FMF", used=USED)
    sig = people(rng, 1, "pc", sexes="M", used=USED)[0]
    practice = "Stickwell Family Medicine, PA"
    rd = dt.date(2026, 4, 23)
    sent = plus(rd, 1)
    bases = [member_base(rng) for _ in pats]
    sufs = ["01", "02", "01", "03", "01"]
    grps = [employer_no(rng) for _ in pats]
    plans = [G15, G30, G15, G30, G15]
    dos = [dt.date(2026, 3, 30), dt.date(2026, 4, 2), dt.date(2026, 1, 6), dt.date(2026, 4, 6), dt.date(2026, 4, 8)]
    rcv = [dt.date(2026, 4, 9), dt.date(2026, 4, 10), dt.date(2026, 4, 14), dt.date(2026, 4, 14), dt.date(2026, 4, 16)]
    rend = [(docs_[0], "MD"), (docs_[1], "DO"), (docs_[2], "PA-C"), (docs_[0], "MD"), (docs_[1], "DO")]
    money = [(238.00, 161.20, 40.00, 24.24, 96.96, "D1 C2"),
             (214.00, 128.50, 25.00, 20.70, 82.80, "D1 C2"),
             (294.00, 0.00, 0.00, 0.00, 0.00, "TF"),
             (262.00, 188.40, 20.00, 33.68, 134.72, "D1 C2"),
             (221.00, 142.60, 15.00, 25.52, 102.08, "D1 C2")]
    cl = [claim_no(rng) for _ in pats]
    den = 2
    tx = (f"{slash(sent)} 06:{rng.randint(10, 59)}  KESTLEMOOR PROVIDER SVCS  {AREA}-555-{digits(rng, 4)}  "
          "PAGE {n} OF {t}")
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=tpa_foot(), tx=tx, tx_total=None)
    p.set_margins(12, 14, 12)
    p.add_page()
    tpa_head(p, rng, box="PROVIDER REMITTANCE ADVICE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    p.f(8.2, "B")
    p.set_x(p.l_margin)
    p.cell(0, 4.2, "PAYEE", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [practice, "77 Composing Room Road, Suite 2, Platenby, QV 58211",
                   f"NPI {npi(rng)}   \u00b7   TIN {tin(rng)}"], 8.8)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Remittance date", slash(rd)), ("Payee ID", f"KB-{digits(rng, 6)}"),
                    ("EFT trace", digits(rng, 11)), ("Paid this advice", usd(sum(m[4] for m in money)))],
                   x=p.l_margin + W * 0.58, cap_w=24, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para("Claims paid for members of the GPTA Health Benefit Plan, sponsored by the Galleyford Printing Trades "
           "Association. Kestlemoor Benefit Administrators processes these claims on the Plan's behalf.", 8.0)
    rows = []
    for i in range(len(pats)):
        b, allow, ded, coins, pd, rk = money[i]
        rows.append([cl[i], f"{last_first(pats[i])}\n{bases[i]}-{sufs[i]}", f"{plans[i]} / {grps[i]}",
                     f"{rend[i][0]}\n{rend[i][1]}", f"{yy(dos[i])}\nrcvd {yy(rcv[i])}", n2(b), n2(allow),
                     n2(ded + coins), n2(pd), rk])
    tb = sum(m[0] for m in money)
    p.claim_grid(["Claim no.", "Patient / member ID", "Plan / group", "Rendering clinician", "Service date",
                  "Billed", "Allowed", "Patient share", "Paid", "Rmk"], rows,
                 [W * k / 192 for k in (22, 36, 16, 30, 16, 16, 15, 15, 15, 11)],
                 ["L", "L", "L", "L", "L", "R", "R", "R", "R", "L"], size=6.9, bold_cols=(0, 5, 8),
                 total=["", "Totals", "", "", "", n2(tb), n2(sum(m[1] for m in money)),
                        n2(sum(m[2] + m[3] for m in money)), n2(sum(m[4] for m in money)), ""])
    p.legend_cols("Remark codes", [
        ("D1", "Part of the patient share was applied to the member's plan-year deductible."),
        ("C2", "The patient share includes the member's 20% coinsurance."),
        ("TF", "Not paid. The Plan received this claim more than 90 days after the date of service (Plan Document, "
               "Section 11.2). The member may not be billed for it."),
        ("N3", "Network discount applied."),
        ("R1", "Returned: the member ID on the claim did not match our records."),
    ], ncol=2, size=7.0, code_w=7)
    p.bar("Reconsideration", 8.6)
    p.para("If you believe a claim was handled wrongly, ask for a reconsideration in writing within 60 days of the "
           "remittance date. For a claim refused under TF, send proof that the claim reached us, or a clearinghouse, "
           "within 90 days of the date of service.", 8.0)
    sign(p, [first_last(sig), "Provider Services", TPA], size=8.4, close="")
    t = truth("eob", "timely_filing", insurer=TPA, plan_id=plans[den], group=grps[den],
              member_id=f"{bases[den]}-{sufs[den]}", member_name=pats[den], cases=[cl[den]],
              claim_amount=m2(money[den][0]), service_dates=[iso(dos[den])], denial_date=iso(rd),
              provider=docs_[2], appeal_deadline=iso(plus(rd, 60)),
              alternates={"insurer": TPA_ALT, "provider": [practice, dr(docs_[2], "PA-C")],
                          "member_id": [bases[den]]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    emp = people(rng, 1, "sp", sexes="M", used=USED)[0]
    dra, clerk = people(rng, 2, "pc", sexes="FM", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = employer_no(rng)
    clinic = "Clínica Familiar Valle de Platenby"
    visit = dt.date(2026, 5, 12)
    rcvd = dt.date(2026, 5, 26)
    ld = dt.date(2026, 6, 3)
    clm = claim_no(rng)
    lines = [("99203", "Consulta, paciente nuevo", 236.00), ("85025", "Biometría hemática", 48.00)]
    billed = sum(x[2] for x in lines)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="AVISO DE DENEGACIÓN", tagline="Plan de Beneficios de Salud (Health Benefit Plan)",
               small=[f"Reclamos administrados por {TPA}"])
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [emp, "804 Calle Tipógrafo, Apt. 3", "Platenby, QV 58214"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Fecha", es_date(ld)), ("Reclamo recibido", es_date(rcvd)), ("Número de reclamo", clm),
                    ("Empleador", "Imprenta La Golondrina")], x=p.l_margin + W * 0.48, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimado señor {emp.split()[-1]}:", 9.4)
    p.para(f"Recibimos el reclamo de {clinic} por su consulta con la Dra. {dr(dra, 'MD')} el {es_date(visit)}. Su "
           f"número de identificación de miembro, tal como aparece en su tarjeta, es {grouped(mid)}. El Plan no "
           f"pagará este reclamo.", 9.2)
    p.ruled_rows(["Código", "Servicio", "Cargo"], [[c, s, n2(a)] for c, s, a in lines] +
                 [["", "Total del reclamo", usd(billed)]], [W * k / 100 for k in (14, 64, 22)], ["L", "L", "R"],
                 size=8.8, bold_rows=(2,))
    p.bar("Por qué", 9.0)
    p.para("Una empresa participa en el Plan solo mientras es miembro de la Galleyford Printing Trades Association "
           "con sus cuotas al corriente. Imprenta La Golondrina no pagó la cuota de la asociación que vencía el 1 de "
           "mayo de 2026, y su participación en el Plan terminó el 30 de abril de 2026. Por eso su cobertura también "
           "terminó ese día, y usted no tenía cobertura el día de la consulta (Documento del Plan, sección 3.6).",
           9.0)
    p.ruled_rows(["Opción del plan", "Grupo del empleador", "Cobertura terminó"],
                 [[G15, grp, "30 de abril de 2026"]], [W * k / 100 for k in (30, 40, 30)], ["L", "L", "L"], size=8.6)
    p.para("Si su empleador paga la cuota y la asociación lo reincorpora con fecha 1 de mayo, avísenos: volveremos a "
           "revisar el reclamo. También puede tener derecho a continuar su cobertura por su cuenta (COBRA); su "
           "empleador debe darle esa información.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación "
           f"al Comité de Apelaciones del Plan, a la dirección de arriba, con cualquier documento que la apoye. "
           "Después de la decisión final del Plan puede pedir una revisión externa y presentar una demanda según la "
           "sección 502(a) de ERISA.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Servicios para Miembros", TPA], close="Atentamente,")
    t = truth("denial_letter", "eligibility", insurer=INS, plan_id=G15, group=grp, member_id=mid, member_name=emp,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(dra, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [clinic, dra]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_appeal(rng):
    pt = people(rng, 1, "pr", sexes="F", used=USED)[0]
    surg, chair, rev = people(rng, 3, "pc", sexes="MFM", used=USED)
    base = member_base(rng)
    mid = f"{base}-02"
    grp = employer_no(rng)
    practice = "Foliobrook Bariatric & Metabolic Surgery"
    hosp = "Foliobrook General Hospital"
    first_d = dt.date(2026, 4, 2)
    filed = dt.date(2026, 4, 27)
    meet = dt.date(2026, 6, 11)
    ld = dt.date(2026, 6, 15)
    planned = dt.date(2026, 7, 14)
    um = um_no(rng)
    appeal = f"AC-26-{digits(rng, 3)}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    mono_head(p, rng, box="APPEALS COMMITTEE DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "3305 Bindery Hollow Road", "Foliobrook, QV 58122"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Decision date", long(ld)), ("Appeal file", appeal), ("Appeal received", long(filed)),
                   ("Review no.", um), ("Member ID", mid), ("Committee met", long(meet))], ncol=2,
                  x=p.l_margin + W * 0.46, w=W * 0.54, indent=6, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"The Appeals Committee of the GPTA Health Plan has decided your appeal of the Plan's decision of "
           f"{long(first_d)} not to approve a sleeve gastrectomy (CPT 43775). Dr. {dr(surg, 'MD')} of {practice} asked "
           f"to perform it at {hosp} on {long(planned)}.", 9.2)
    p.bar("Decision: the denial is upheld", 9.0)
    p.para("The Plan covers weight-loss surgery when the patient's body mass index is 40 or more, or 35 or more with a "
           "serious condition related to weight, and when the records show at least six months in a row of weight "
           "management supervised by a doctor or a dietitian within the last two years (Plan Document, Section 7.12; "
           "Medical Policy BAR-02).", 9.0)
    p.para("Your body mass index of 41.2 meets the first part. The records you and your surgeon sent show three "
           "monthly visits with a dietitian, from January to March 2026, and no earlier supervised program. A surgeon "
           f"who reviews for the Plan, Dr. {dr(rev, 'MD')}, and the Committee found that the surgery is not medically "
           "necessary under the Plan's terms at this time. When six months of supervised weight management are "
           "documented, your surgeon may ask again; you do not need a new appeal for that.", 9.0)
    p.ruled_rows(["Plan option", "Employer group", "Your relationship to the employee"],
                 [[G30, f"{grp}  Redlead Sign Studio", "Spouse"]], [W * k / 100 for k in (25, 45, 30)],
                 ["L", "L", "L"], size=8.6)
    p.bar("What you can do now", 9.0)
    p.para("This is the Plan's final decision on your appeal. You may ask for an external review by an independent "
           "review organization within four months after you receive this letter; call Member Services for the form. "
           "You may also bring a civil action under section 502(a) of ERISA. You may ask for free copies of all "
           "documents, records and criteria the Committee used.", 8.8)
    p.ln(1)
    sign(p, [first_last(chair), "Chair, Appeals Committee", "GPTA Health Plan"], close="For the Committee,")
    p.para(f"cc: Dr. {dr(surg, 'MD')}, {practice}", 7.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=G30, group=grp, member_id=mid,
              member_name=pt, cases=[appeal, um], service_dates=[iso(planned)], denial_date=iso(ld),
              provider=dr(surg, "MD"), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[appeal], [um]],
                          "provider": [practice, surg, hosp], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_mri(rng):
    pt = people(rng, 1, "pr", sexes="M", used=USED)[0]
    ortho, sig = people(rng, 2, "pc", sexes="FM", used=USED)
    base = member_base(rng)
    mid = f"{base}-01"
    grp = employer_no(rng)
    center = "Platenby Open MRI"
    svc = dt.date(2026, 2, 19)
    rcvd = dt.date(2026, 3, 2)
    nd = dt.date(2026, 3, 11)
    clm = claim_no(rng)
    lines = [("72148-TC", "MRI lumbar spine without contrast, technical", 1840.00), ("72148-26", "MRI lumbar spine, reading by radiologist", 310.00)]
    billed = sum(x[2] for x in lines)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [pt, "12 Monotype Mews", "Quireside, QV 58230"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Notice date", long(nd)), ("Claim received", long(rcvd)), ("Claim no.", clm),
                 ("Plan option", G15), ("Employer group", grp)], x=p.l_margin + W * 0.5, cap_w=26, size=8.8)
    p.set_x(p.l_margin + W * 0.5)
    p.id_strip_spaced("MEMBER ID", [mid[:4], mid[4:8], mid[8:]], x=p.l_margin + W * 0.5, w=W * 0.5, size=10.5)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(pt)}:", 9.4)
    p.para(f"Dr. {dr(ortho, 'MD')}, your orthopaedic surgeon, sent you for an MRI of your lower back, which you had on "
           f"{long(svc)}. The imaging center's claim is below.", 9.2)
    p.boxes([[("Provider", f"{center}\n4400 Fountain Type Boulevard, Platenby, QV 58210", 0.62),
              ("NPI", npi(rng), 0.19), ("Tax ID", tin(rng), 0.19)]], size=9.0)
    p.ruled_rows(["Code", "Service", "Billed"], [[c, s, n2(a)] for c, s, a in lines] +
                 [["", "Total billed", usd(billed)]], [W * k / 100 for k in (16, 62, 22)], ["L", "L", "R"],
                 size=8.8, bold_rows=(2,))
    p.bar("Why the Plan did not pay", 9.0)
    p.para("The GPTA Health Plan asks that an MRI be precertified before it is done (Plan Document, Section 6.9). Your "
           "doctor's office or the imaging center should have called Kestlemoor Benefit Administrators for a review. "
           "We have no request for this MRI, so the claim was denied. The imaging center is in the Plan's network and "
           "may not bill you for this claim while it is denied for no precertification.", 9.0)
    p.para("If the imaging center or your doctor sends the records now, we can review whether the MRI was medically "
           "necessary; if it was, the denial will be reversed.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date you receive this notice. Write to the Appeals Committee at the "
           "address above and include any records that support your appeal. You may ask for free copies of the "
           "documents we used. After the Plan's final decision you may ask for an external review and you have the "
           "right to bring a civil action under section 502(a) of ERISA.", 9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Claims Review", TPA], close="Sincerely,")
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=G15, group=grp, member_id=mid,
              member_name=pt, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(nd),
              provider=center, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [ortho],
                          "appeal_deadline": [iso(plus(nd, 180))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_cob(rng):
    emp = people(rng, 1, "pr", sexes="M", used=USED)[0]
    wife = people(rng, 1, "pr", sexes="F", last=emp.split()[-1], used=USED)[0]
    allerg, sig = people(rng, 2, "pc", sexes="MF", used=USED)
    base = member_base(rng)
    mid = f"{base}-02"
    grp = employer_no(rng)
    practice = "Platenby Allergy & Asthma"
    d1 = dt.date(2026, 5, 19)
    d2 = dt.date(2026, 5, 21)
    rcvd = dt.date(2026, 5, 28)
    ld = dt.date(2026, 6, 5)
    clm = claim_no(rng)
    lines = [(d1, "99204", "New patient visit", 318.00), (d1, "95004 x 40", "Skin prick tests", 480.00),
             (d2, "95024 x 12", "Intradermal tests", 216.00)]
    billed = sum(x[3] for x in lines)
    tx = f"{slash(ld)} 16:{rng.randint(10, 59)}  GPTA PLAN / KESTLEMOOR  {AREA} 555 {digits(rng, 4)}  PG {{n}}/{{t}}"
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=None, tx=tx, tx_total=None)
    p.set_margins(18, 16, 18)
    p.add_page()
    y0 = p.get_y()
    p.monogram(p.l_margin, y0, 17, "GPTA", "disc")
    p._right_lines([f"Member services {tollfree(rng, '855')}", f"Fax {phone(rng, AREA)}", "TTY 711"], y0,
                   p.l_margin + (p.w - p.l_margin - p.r_margin) * 0.6)
    p.set_y(y0 + 21)
    p.set_text_color(90, 90, 90)
    p.f(6.8)
    p.set_x(p.l_margin)
    p.cell(0, 3.2, f"{INS}  \u00b7  {PLAN_BOX[0].split(', ')[1]}  \u00b7  {PLAN_BOX[1]}",
           new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.line_seg(p.l_margin, p.get_y() + 0.6, p.l_margin + 120, p.get_y() + 0.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [wife, "95 Broadside Avenue", "Platenby, QV 58207"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Date of this letter", long(ld)), ("Claim received", long(rcvd)), ("Claim", clm),
                    ("Member ID", mid), ("Plan / group", f"{G30} / {grp}")], x=p.l_margin + W * 0.5, cap_w=26,
                   size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.f(11, "B")
    p.set_x(p.l_margin)
    p.cell(0, 6, "We need your other plan's explanation of benefits", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.para(f"Dear {first_last(wife)}:", 9.4)
    p.para(f"We received a claim from {practice} for the allergy visit and skin tests you had with Dr. "
           f"{dr(allerg, 'MD')} on May 19, 2026 and the further tests on May 21, 2026, billed at {usd(billed)} in "
           "all.", 9.2)
    p.ruled_rows(["Date", "Code", "Service", "Billed"], [[slash(d), c, s, n2(a)] for d, c, s, a in lines] +
                 [["", "", "Total", usd(billed)]], [W * k / 100 for k in (16, 18, 44, 22)], ["L", "L", "L", "R"],
                 size=8.6, bold_rows=(3,))
    p.bar("Why we cannot pay this claim yet", 9.0)
    p.para("Our records show that you are also covered by your own employer's plan, the Brinkhollow Freight Lines "
           "Employee Health Plan. When a spouse has coverage through her own job, that plan pays first and the GPTA "
           "Health Plan pays second (Plan Document, Section 10.2, Coordination of Benefits). The claim is denied "
           "until we receive the explanation of benefits from your plan, showing what it paid.", 9.0)
    p.para("Please ask the allergist's office to send that explanation of benefits with the claim, or send it to us "
           "yourself. If your other coverage has ended, send us the date it ended and we will pay as the primary "
           "plan.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("If you disagree, you may appeal in writing within 180 days of the date of this letter to the Appeals "
           "Committee at the address above. After the Plan's final decision you may ask for an external review and "
           "you have the right to bring a civil action under section 502(a) of ERISA.", 9.0)
    p.ln(1)
    sign(p, [first_last(sig), "Coordination of Benefits Unit", TPA], close="Sincerely,")
    t = truth("denial_letter", "other", insurer=INS, plan_id=G30, group=grp, member_id=mid, member_name=wife,
              cases=[clm], claim_amount=m2(billed), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld),
              provider=dr(allerg, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [practice, allerg]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    slip, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_four_claims_vision_therapy_v7", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_routing_slip_stay_then_plan_year", "fax_standard_g4", stack_docs,
             separators=[slip, None], turns={(0, 1): 180}),
        Item(f"{f}_faxstd_remittance_late_claim_tf_middle_row", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_phone_es_membresia_vencida", "phone_photo", [phone_es(rng)]),
        Item(f"{f}_scan300_appeals_committee_bariatric_upheld", "scan_clean_300", [scan300_appeal(rng)]),
        Item(f"{f}_bd_mri_without_precertification_npi_line", "born_digital", [bd_mri(rng)]),
        Item(f"{f}_faxfine_spouse_plan_primary_return_address", "fax_fine_g4", [faxfine_cob(rng)]),
    ]
