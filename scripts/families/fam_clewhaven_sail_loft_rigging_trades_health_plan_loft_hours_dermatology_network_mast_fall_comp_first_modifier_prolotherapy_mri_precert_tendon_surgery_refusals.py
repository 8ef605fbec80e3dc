"""An invented health plan for sailmakers, sail loft hands and boat riggers: the Clewhaven Sail Loft and Rigging
Trades Health Plan ("Clewhaven Health Plan", "the Plan"), a multiemployer plan run by a Board of Trustees of union
and loft trustees for lofts and rigging shops around Narragansett Bay (real Rhode Island towns, invented streets,
lofts, shops, hospitals and practices). Its Plan Office is at 64 Gaffrig Lane, Bristol, RI; claims, payments and
utilization review are done by Orlebar Benefit Administrators, Inc. on behalf of the Board, which prints remittances
under a letterhead of its initials only ("OBA", the full name only in the footer and the return address) and
pre-service decisions under its letter-spaced name. The Plan's own papers carry a drawn sail plan beside the name
split over two lines ("CLEW" / "HAVEN", the legal name only in the footer) or beside the logo word CLEWHAVEN with the
legal name small under it. Every person, loft, number, amount and rule is invented; phones 555; CPT codes as
themselves.

Invented rules: eligibility by loft hours. Every loft and rigging shop reports each worker's loft hours monthly:
hours on the loft floor (cutting, sewing, finishing) and hours on rigging jobs written on a loft job ticket. 110 loft
hours in a work month earn coverage for the second month after it (January hours -> March coverage); hours over 110
go to an hour bank of up to 330 that fills a short month. A worker hurt on a loft's job goes first to that loft's
workers' compensation carrier. Surgery, MRI and CT need precertification by Orlebar; the Clewhaven network only,
except emergencies; prolotherapy and other sclerosing injections for joint pain are investigational under the Plan's
medical policy; surgery for tendon sheath inflammation at the wrist is medically necessary only after a trial of
splinting and a steroid injection. Members appeal within 180 days (the short-hours notice: by the end of the month
after the month of the letter); providers ask Orlebar for reconsideration within 120 days; the Trustees' decision on
appeal is final (external review and a suit under ERISA section 502(a) only).

Numbers: plan codes CH-L1 (sailmakers and loft hands) and CH-R2 (riggers); groups: lofts "L-" + four digits, rigging
shops "R-" + four digits; member numbers "CH" + digit + "O" + digit + "S" + two digits + "B" + digit (the letters O, S,
B where a reader expects digits) with the person's suffix after a dash (-01 member, -02 spouse, -03 child), printed
whole or in groups of four ("CH4O 7S21 B5-02"); claims "CW26" + day of year + "-" + four digits; precertifications
"PC-" + five digits + a letter; appeals "TA-26-" + four digits; decoys: loft ticket, hospital account, NPI, tax ID,
EFT and check numbers, the comp carrier's claim number, received dates and fax header dates.

Documents (8 in 7 files):
- bd_landscape_family_eob_four_claims_practice_and_rendering_columns_spouse_dermatology_n7: a born-digital two-page
  landscape EOB for a sailmaker, his wife and daughter; four claims each opened by a bold shaded band, billing
  practice and rendering clinician in separate columns; the wife's dermatology visit and biopsy paid 0.00 under N7
  (outside the network) explained in the code list; the plan code and group only in the "Your coverage" table with
  the loft's name.
- faxstd_stack_loft_ticket_cover_mast_fall_comp_first_then_hospital_bill_sideways: the loft's standard fax to the
  Plan Office (the loft machine's header a week later on every page): a printed sail loft work ticket lettered by
  hand (no document), the Plan's letter refusing a rigger's emergency visit after a fall from a bosun's chair on a
  loft job (the hospital and its attending physician in separate boxes; received date beside the letter date), and
  the hospital's statement to the rigger fed sideways (denies nothing).
- faxstd_remittance_hand_practice_five_claims_bilateral_modifier_m5: Orlebar's remittance to a hand and orthopaedic
  practice, standard fax; the initials letterhead; five members' claims, rendering clinicians in their own column;
  the third, a tendon sheath injection billed with modifier 50, pays 0.00 under M5 between claims with amounts in
  every column; "Claims received through" beside the remittance date; 120 days.
- phone_short_loft_hours_urgent_care_end_of_month_after: a photographed Plan letter refusing a March walk-in visit
  because January had 96 loft hours and the bank was empty; the member number only inside a sentence, no plan code
  or group printed (only the loft's name); the physician assistant named only in prose; the appeal due "by the end
  of the month after the month of this letter".
- bd_trustees_decision_prolotherapy_thumb_investigational_upheld: a born-digital decision of the Board of Trustees
  keeping the refusal of three dextrose prolotherapy injections for thumb-base arthritis as investigational; the
  injection dates in a sentence; final.
- scan300_es_lumbar_mri_no_precert_provider_line_npi: a clean-scan Spanish letter refusing a rigger's lumbar MRI done
  without precertification; a provider line with the imaging center's address and NPI; the ordering doctor named;
  180 days.
- faxfine_de_quervain_release_not_necessary_no_later_than: a fine-fax pre-service letter on Orlebar's letter-spaced
  letterhead refusing a first dorsal compartment release as not medically necessary before splinting and an
  injection; the surgeon's line with address and NPI; "no later than" a printed date.

Truth notes:
- insurer: the letterhead issuer: the Plan by its legal name on its five papers (the legal name is printed in the
  footer; "Clewhaven Sail Loft & Rigging Trades Health Plan", "Clewhaven Health Plan", "Clewhaven Plan" and
  "Clewhaven" accepted); Orlebar Benefit Administrators, Inc. on its remittance and its pre-service letter (short
  forms accepted; the Plan named in "on behalf of" lines is not, as the eval README takes the letterhead issuer);
  unscored on the hospital's statement.
- plan_id and group_number where printed; on the short-hours letter neither is printed (only the loft's name), so
  both are null. member_id: the patient's member number with its suffix as printed.
- provider: the rendering clinician on the EOB and remittance (the billing practice accepted); on the work-injury
  letter and the hospital's statement the hospital whose claim it is (the attending physician accepted); the
  physician assistant on the short-hours letter (the walk-in clinic accepted); the DO on the Trustees' decision (the
  practice accepted); the imaging center on the Spanish letter (the ordering physician accepted); the hand surgeon
  on the pre-service letter (the practice accepted).
- claim_amount: the refused claim's total billed; the hospital's statement total; null on the pre-service letter.
- case_numbers: the refused claim's number; appeal + claim on the Trustees' decision (either alone accepted); the
  precertification request on the pre-service letter; on the hospital's statement the Plan's claim number printed
  in its insurance box ([] accepted: nothing is refused there).
- appeal deadlines: +180 "after the date on this statement" / "of the date of this letter" / "dentro de 180 días a
  partir de la fecha de esta carta"; +120 "of the remittance date"; the end of the month after the letter's month;
  the printed "no later than" date; null on the Trustees' final decision and the hospital's statement.
- types: outside the network `out_of_network`; work injury to the loft's comp carrier first `other` (`not_covered`
  accepted); modifier not valid for the code `coding_error`; short loft hours `eligibility`; prolotherapy
  `experimental`; MRI without precertification `prior_authorization`; surgery before conservative care
  `medical_necessity`; the EOB and the remittance `eob`; the hospital's statement `other` with no denial.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famva import (VASheet, addr_block, digits, end_of_next_month, es_date, first_last, grouped, iso,
                               last_first, long, loft_ticket, m2, n2, npi, out, people, phone, plus, sign, slash,
                               tollfree, truth, usd)

FAMILY = ("clewhaven_sail_loft_rigging_trades_health_plan_loft_hours_dermatology_network_mast_fall_comp_first_"
          "modifier_prolotherapy_mri_precert_tendon_surgery_refusals")
LANG = "en"
SEED = 355202
USED: set = set()

LEGAL = "Clewhaven Sail Loft and Rigging Trades Health Plan"
INS_ALT = ["Clewhaven Sail Loft & Rigging Trades Health Plan", "Clewhaven Health Plan", "Clewhaven Plan", "Clewhaven"]
ADMIN = "Orlebar Benefit Administrators, Inc."
ADMIN_ALT = ["Orlebar Benefit Administrators", "Orlebar"]
OFFICE = ["Plan Office, 64 Gaffrig Lane", "Bristol, RI 02809"]
O_ADDR = "PO Box 6620, Providence, RI 02940"
LOFT_PLAN, RIG_PLAN = "CH-L1", "CH-R2"
FOOT = f"{LEGAL}  \u00b7  {OFFICE[0]}, {OFFICE[1]}"
O_FOOT = f"{ADMIN}  \u00b7  {O_ADDR}  \u00b7  claims administrator for the Clewhaven Health Plan"


def member_no(rng) -> str:
    return f"CH{rng.randint(1, 9)}O{rng.randint(0, 9)}S{digits(rng, 2)}B{rng.randint(0, 9)}"


def claim_no(rng, d: dt.date) -> str:
    return f"CW26{d.timetuple().tm_yday:03d}-{digits(rng, 4)}"


def loft_group(rng) -> str:
    return f"L-{digits(rng, 4)}"


def split_head(p: VASheet, rng, box: str | None = None):
    p.split_brand("CLEW", "HAVEN", ["Sail Loft & Rigging", "Trades Health Plan"],
                  [OFFICE[0].split(", ", 1)[1], OFFICE[1], f"Member line {tollfree(rng, '866')}",
                   f"Fax {phone(rng, '401')}"],
                  mark="sail", box=box, size=21,
                  under=[f"administered by {ADMIN} on behalf of the Board of Trustees"])


def logo_head(p: VASheet, rng, box: str | None = None, tagline: str | None = None):
    p.mark_logo("sail", "CLEWHAVEN", LEGAL,
                [OFFICE[0].split(", ", 1)[1], OFFICE[1], f"Member line {tollfree(rng, '866')}",
                 f"Fax {phone(rng, '401')}"],
                tagline=tagline or "for sailmakers, loft hands and riggers", box=box, size=22, legal_size=7.0)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    sm = people(rng, 1, "sm", sexes="M", used=USED)[0]
    wife = people(rng, 1, "sm", sexes="F", last=sm.split()[-1], used=USED)[0]
    girl = people(rng, 1, "sm", sexes="F", last=sm.split()[-1], used=USED)[0]
    ot, ped, derm, path = people(rng, 4, "sc", sexes="FMFM", used=USED)
    base = member_no(rng)
    grp = loft_group(rng)
    loft = "Boltrope Sailmakers"
    sd = dt.date(2026, 4, 28)
    dv = dt.date(2026, 3, 31)
    dpr = "Seabright Shoals Dermatology Group"
    claims = [
        dict(who=sm, suf="01", practice="Larchwater Hand & Orthopaedics", rend=f"{first_last(ot)}, OTR/L, CHT",
             lines=[(dt.date(2026, 3, 10), "97110", "Therapeutic exercise", 148.00, 102.00, 20.40, 81.60, "K2"),
                    (dt.date(2026, 3, 17), "97110", "Therapeutic exercise", 148.00, 102.00, 20.40, 81.60, "K2")]),
        dict(who=girl, suf="03", practice="Bristol Harbor Pediatrics", rend=f"Dr. {first_last(ped)}, MD",
             lines=[(dt.date(2026, 3, 19), "99213", "Office visit", 172.00, 118.00, 30.00, 88.00, "C1")]),
        dict(who=wife, suf="02", practice=dpr, rend=f"Dr. {derm}, MD",
             lines=[(dv, "99204", "New patient visit", 296.00, 0.00, 296.00, 0.00, "N7"),
                    (dv, "11102", "Skin biopsy, first lesion", 214.00, 0.00, 214.00, 0.00, "N7")]),
        dict(who=wife, suf="02", practice="Mount Hope Laboratory Services", rend=f"Dr. {first_last(path)}, MD",
             lines=[(dt.date(2026, 4, 2), "88305", "Tissue exam by pathologist", 138.00, 64.00, 12.80, 51.20, "K2")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["lines"][0][0], rng.randint(3, 8)))
    den = 2
    p = VASheet(footer=None, ids_foot=f"Statement {slash(sd)}  \u00b7  {FOOT}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    split_head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [sm, "19 Poppasquash Way", "Bristol, RI 02809"], 9.2)
    p.set_y(y)
    W = p.w - p.l_margin - p.r_margin
    p.edge_leaders([("Statement date", long(sd)), ("Member", sm), ("Member no.", f"{grouped(base)}-01")],
                   cap_w=26, size=8.8, x=p.l_margin + 110, w=110)
    p.set_y(max(p.get_y(), y + 18))
    p.f(8.4, "B")
    p.set_x(p.l_margin)
    p.cell(0, 4.5, "Your coverage", new_x="LMARGIN", new_y="NEXT")
    p.ruled_rows(["Plan code", "Group", "Loft or shop", "Covered this month", "Family members covered"],
                 [[LOFT_PLAN, grp, loft, "Yes (February loft hours)", "Member, spouse, 1 child"]],
                 [W * k / 100 for k in (12, 12, 28, 22, 26)], ["L", "L", "L", "L", "L"], size=7.6)
    p.f(7.6)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.6, "This is not a bill. Each claim opens with its number and the person it is for. The "
                 "practice that billed and the clinician who gave the care are shown in separate columns; the codes "
                 "in the last column are explained after the claims.", new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    widths = [W * k / 100 for k in (7, 19, 20, 5, 14, 7, 6, 6, 7)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"]
    rows = []
    for c in claims:
        cl = [[slash(d), c["practice"], c["rend"], code, s, n2(b), n2(al), n2(yo), n2(pd), st]
              for d, code, s, b, al, yo, pd, st in c["lines"]]
        tot = None
        if len(c["lines"]) > 1:
            tot = ["", "", "", "", "Claim total", n2(sum(x[3] for x in c["lines"])),
                   n2(sum(x[4] for x in c["lines"])), n2(sum(x[5] for x in c["lines"])),
                   n2(sum(x[6] for x in c["lines"])), ""]
        rows.append({"band": f"Claim {c['no']}     Patient {c['who']}     Member no. {base}-{c['suf']}",
                     "rows": cl, "total": tot})
    p.band_claims(["Date", "Billing practice", "Rendering clinician", "CPT", "Service", "Billed", "Allowed",
                   "You owe", "Plan paid", "Code"], widths, aligns, rows, size=7.2)
    p.legend_cols("Codes", [
        ("K2", "Paid at 80% of the allowed amount; you owe the other 20%."),
        ("C1", "Paid after your $30.00 office visit copay."),
        ("D0", "Applied to your deductible."),
        ("N7", "Not paid: the provider is not in the Clewhaven network. The Plan pays care outside the network "
               "only in an emergency or when the Plan Office approved it before the visit."),
        ("H3", "Not paid: no coverage that month (loft hours)."),
        ("W1", "Not paid: work injury; the loft's workers' compensation carrier pays first."),
    ], ncol=2, size=7.2, code_w=8)
    p.add_page(orientation="L")
    p.bar("About the dermatology claim", 9.0)
    p.para(f"The claim {claims[den]['no']} is from {dpr} for {wife}'s visit on {long(dv)}. The practice and "
           f"{derm}, MD, are not in the Clewhaven network, and the visit was not an emergency. Network "
           "dermatologists practise in Bristol, Warren and Newport; the Member line can help you book one. A "
           "provider outside the network may bill you for the whole charge.", 8.8)
    p.bar("Loft hours", 9.0)
    p.ruled_rows(["Work month", "Loft hours reported by " + loft, "Hour bank after the month", "Coverage earned for"],
                 [["January 2026", "128", "18", "March 2026"], ["February 2026", "121", "29", "April 2026"]],
                 [W * k / 100 for k in (20, 34, 22, 24)], ["L", "R", "R", "L"], size=8.2)
    p.bar("Your right to appeal", 9.0)
    p.para("If you disagree with how a claim was processed, you may appeal in writing within 180 days after the date "
           f"on this statement. Send your appeal to the Appeals Unit, {OFFICE[0]}, {OFFICE[1]}, with the claim "
           "number. The Board of Trustees decides appeals at its next quarterly meeting.", 8.8)
    c = claims[den]
    t = truth("eob", "out_of_network", insurer=LEGAL, plan_id=LOFT_PLAN, group=grp, member_id=f"{base}-02",
              member_name=wife, cases=[c["no"]], claim_amount=m2(sum(x[3] for x in c["lines"])),
              service_dates=[iso(dv)], denial_date=iso(sd), provider=derm, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [dpr]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    rig = people(rng, 1, "sm", sexes="M", used=USED)[0]
    mgr = people(rng, 1, "sm", sexes="F", used=USED)[0]
    att, clerk = people(rng, 2, "sc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "-01"
    grp = loft_group(rng)
    loft = "Quaybridge Sail Loft"
    hosp = "Garthwick Harbor Hospital"
    er = dt.date(2026, 3, 26)
    rcvd, ld = dt.date(2026, 4, 9), dt.date(2026, 4, 21)
    clm = claim_no(rng, rcvd)
    sd = dt.date(2026, 4, 24)
    items = [("0450", "99285", "Emergency department visit, level 5", 2140.00),
             ("0350", "70450", "CT head without contrast", 1480.00),
             ("0320", "73030", "X-ray, shoulder, 2 views", 366.00),
             ("0250", "J1885", "Ketorolac injection", 58.00),
             ("0450", "29240", "Shoulder strapping", 242.00)]
    total = sum(x[3] for x in items)
    carrier = "Scudwell Mutual Casualty Company"
    tx = f"APR-30-2026 08:12  QUAYBRIDGE SAIL LOFT  401 555 {digits(rng, 4)}  P.{{n}}/{{t}}"
    cover = loft_ticket(rng, [loft, "3 Kickemuit Wharf, Warren, RI 02885", f"(401) 555-{digits(rng, 4)}  \u00b7  "
                              "sails, covers, rigging"], digits(rng, 4),
                        ["FAX to Clewhaven Plan Office", "attn: claims / work injury", f"re: {first_last(rig)} - "
                         "fell 3/26 on the", "mast job at Bristol Marine Yard", f"our comp co. = {carrier.split()[0]} "
                         f"claim WC26-{digits(rng, 5)}", "3 pages with this ticket", f"- {first_last(mgr)}, loft mgr"],
                        tx=tx, tx_total=3)
    # (i) the Plan's letter: the loft's workers' compensation carrier pays first
    p = VASheet(footer=None, tx=tx, tx_off=1, tx_total=3, ids_foot=f"{FOOT}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    logo_head(p, rng, box="CLAIM DECISION")
    addr_block(p, [rig, "7 Bay View Lane", "Warren, RI 02885"], 9.4)
    p.f(9.2)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Date: {slash(ld)}     Claim received: {slash(rcvd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Member", rig, 0.3), ("Member no.", f"{grouped(base)}-01", 0.24), ("Plan", RIG_PLAN, 0.14),
              ("Group", grp, 0.14), ("Claim", clm, 0.18)],
             [("Facility (emergency department)", hosp, 0.42), ("Attending physician", f"Dr. {att}, MD", 0.4),
              ("Date of service", slash(er), 0.18)]], size=8.8)
    p.para(f"Dear {first_last(rig)}:", 9.8)
    p.para(f"We received {hosp}'s claim for your emergency visit on {long(er)}, {usd(total)} in all. The claim "
           f"says that you fell from a bosun's chair while re-rigging the mast of a sailboat at Bristol Marine Yard "
           f"on a job for {loft}, and hurt your head and right shoulder.", 9.6)
    p.bar("Why the Plan has not paid", 9.0)
    p.para(f"The Plan does not pay first for an injury that happens while you work on a loft's job. {loft}'s "
           f"workers' compensation carrier, {carrier}, must decide the claim first. If the carrier accepts the "
           "injury, it pays the hospital and the Plan pays nothing. If the carrier turns the claim down, send us its "
           "letter and we will process the claim again under the Plan's rules.", 9.6)
    p.bar("Your right to appeal", 9.0)
    p.para(f"If you believe the injury did not happen at work, you may appeal within 180 days of the date of this "
           f"letter. Write to the Appeals Unit, {OFFICE[0]}, {OFFICE[1]}.", 9.4)
    p.ln(2)
    sign(p, [first_last(clerk), "Claims Unit, Plan Office"])
    letter = out(p)
    letter_t = truth("denial_letter", "other", insurer=LEGAL, plan_id=RIG_PLAN, group=grp, member_id=mid,
                     member_name=rig, cases=[clm], claim_amount=m2(total), service_dates=[iso(er)],
                     denial_date=iso(ld), provider=hosp, appeal_deadline=iso(plus(ld, 180)),
                     denial_alternates=["not_covered"], alternates={"insurer": INS_ALT, "provider": [att]})
    # (ii) the hospital's statement to the rigger, fed sideways into the fax
    q = VASheet(footer=None, tx=tx, tx_off=2, tx_total=3, tx_side=(1,))
    q.set_margins(18, 16, 18)
    q.add_page()
    q.f(15, "B")
    q.set_x(q.l_margin)
    q.cell(0, 7, hosp, new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, "Patient Financial Services  \u00b7  200 Garthwick Harbor Road, Bristol, RI 02809  \u00b7  "
                 f"{phone(rng, '401')}", new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.f(12, "B")
    q.cell(0, 6, "PATIENT STATEMENT", new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    y = q.get_y()
    addr_block(q, [rig.upper(), "7 BAY VIEW LANE", "WARREN RI 02885"], 9.2)
    q.set_y(y)
    q.far_right([("Statement date", slash(sd)), ("Account no.", f"GH{digits(rng, 8)}"),
                 ("Amount due", usd(total)), ("Please pay by", slash(dt.date(2026, 5, 24)))], cap_w=30, size=9.0,
                x=q.l_margin + 100, w=q.w - q.r_margin - q.l_margin - 100)
    q.ln(2)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Date", "Rev.", "Code", "Description", "Charges"],
                 [[slash(er), r, c, s, n2(a)] for r, c, s, a in items] + [["", "", "", "Total charges", n2(total)]],
                 [W * k / 100 for k in (13, 8, 10, 55, 14)], ["L", "L", "L", "L", "R"], size=8.4,
                 bold_rows=(len(items),))
    q.boxes([[("Primary insurance", LEGAL, 0.6), ("Member ID", mid, 0.4)],
             [("Group", grp, 0.3), ("Insurance claim", clm, 0.3), ("Insurance status", "Denied 04/21/2026", 0.4)]],
            size=8.4)
    q.para(f"Attending physician: Dr. {att}, MD (emergency medicine). Physician services are billed separately by "
           "Bay Emergency Physicians.", 8.6)
    q.para("Your insurance says this visit is a work injury. Please give us your employer's workers' compensation "
           "carrier and claim number so we can bill it. Until then the balance is yours. Questions: call the number "
           "above, Monday to Friday.", 8.6)
    stmt = out(q)
    stmt_t = truth("other", None, insurer=None, group=grp, member_id=mid, member_name=rig, cases=[clm],
                   claim_amount=m2(total), service_dates=[iso(er)], denial_date=iso(sd), provider=hosp,
                   unscored=["insurer"], alternates={"provider": [att], "case_numbers": [[]]})
    return [(letter, letter_t), (stmt, stmt_t)], cover


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pats = people(rng, 5, "sm", sexes="MFMFM", used=USED)
    rends = people(rng, 3, "sc", sexes="FMF", used=USED)
    practice = "Larchwater Hand & Orthopaedics"
    rd = dt.date(2026, 5, 15)
    thru = dt.date(2026, 5, 11)
    src = [
        (pats[0], "01", LOFT_PLAN, dt.date(2026, 4, 14), "99213", "Office visit", f"{rends[0]}, MD", 188.00, 124.00,
         30.00, "C1"),
        (pats[1], "02", LOFT_PLAN, dt.date(2026, 4, 16), "97165", "OT evaluation", f"{rends[1]}, OTR/L", 236.00,
         168.00, 33.60, "K2"),
        (pats[2], "01", RIG_PLAN, dt.date(2026, 4, 21), "20550-50", "Injection, tendon sheath", f"{rends[0]}, MD",
         318.00, 0.00, 0.00, "M5"),
        (pats[3], "01", LOFT_PLAN, dt.date(2026, 4, 23), "29125", "Forearm splint, static", f"{rends[2]}, PA-C",
         164.00, 108.00, 21.60, "K2"),
        (pats[4], "03", RIG_PLAN, dt.date(2026, 4, 28), "73110", "X-ray, wrist, 3 views", f"{rends[0]}, MD",
         142.00, 86.00, 17.20, "K2"),
    ]
    claims = []
    for pat, suf, plan, d, code, svc, rend, b, al, share, st in src:
        paid = round(al - share, 2) if st != "M5" else 0.0
        grp = loft_group(rng) if plan == LOFT_PLAN else f"R-{digits(rng, 4)}"
        claims.append(dict(pat=pat, mid=f"{member_no(rng)}-{suf}", plan=plan, grp=grp, d=d, code=code, svc=svc,
                           rend=rend, b=b, al=al, share=share, paid=paid, st=st, no=claim_no(rng, plus(d, 5))))
    den = 2
    tx = f"05/18/2026  09:47  OBA PROVIDER SVCS  401 555 {digits(rng, 4)}  >>  LARCHWATER BILLING  P{{n}}/{{t}}"
    p = VASheet(footer=None, tx=tx, tx_total=1, ids_foot=f"{O_FOOT}  \u00b7  Form OBA-RA-2")
    p.set_margins(13, 14, 13)
    p.add_page()
    p.initials_head("OBA", "Claims and benefit administration  \u00b7  payer for the Clewhaven Sail Loft and "
                           "Rigging Trades Health Plan", ["Provider Services", O_ADDR.split(", ", 1)[0],
                                                           O_ADDR.split(", ", 1)[1], f"{tollfree(rng, '855')}"],
                    box="PROVIDER REMITTANCE")
    p.return_line(f"{ADMIN}  \u00b7  {O_ADDR}")
    y = p.get_y()
    addr_block(p, [f"{practice}", "Billing Office", "455 Metacom Avenue, Suite 3", "Warren, RI 02885"], 9.0)
    p.set_y(y)
    p.edge_leaders([("Remittance date", slash(rd)), ("Claims received through", slash(thru)),
                    ("Payee NPI", npi(rng)), ("EFT no.", digits(rng, 10))], cap_w=30, size=8.6,
                   x=p.l_margin + 95, w=p.w - p.r_margin - p.l_margin - 95)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * k / 100 for k in (9, 9, 19, 20, 9, 9, 9, 9)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "L", "L", "R", "R", "R", "R", "C"]
    rows = []
    for c in claims:
        rows.append({"band": f"Claim {c['no']}   {last_first(c['pat'])}   {c['mid']}   Plan {c['plan']}   "
                             f"Group {c['grp']}",
                     "rows": [[slash(c["d"]), c["code"], c["svc"], c["rend"], n2(c["b"]), n2(c["al"]),
                               n2(c["share"]), n2(c["paid"]), c["st"]]]})
    p.band_claims(["Date", "CPT-mod", "Service", "Rendering", "Billed", "Allowed", "Member share", "Paid",
                   "Code"], widths, aligns, rows, size=7.2, band_size=7.6)
    p.f(8, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Totals:  billed {usd(sum(c['b'] for c in claims))}   paid {usd(sum(c['paid'] for c in claims))}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_cols("Codes", [
        ("C1", "Member copay taken; bill the member for it."),
        ("K2", "Member coinsurance of 20%; bill the member for it."),
        ("M5", "Not paid: the modifier billed is not valid with this procedure code. Modifier 50 (bilateral) "
               "cannot be used with 20550, which is reported once for each tendon sheath injected. Send a "
               "corrected claim."),
        ("N7", "Not paid: provider not in the Clewhaven network for this member's plan."),
        ("P4", "Not paid: precertification was not obtained."),
    ], ncol=2, size=7.2, code_w=8)
    p.para("A provider may ask for a reconsideration in writing within 120 days of the remittance date. Corrected "
           "claims are not reconsiderations; send them as new claims with the original claim number.", 7.8)
    c = claims[den]
    t = truth("eob", "coding_error", insurer=ADMIN, plan_id=c["plan"], group=c["grp"], member_id=c["mid"],
              member_name=c["pat"], cases=[c["no"]], claim_amount=m2(c["b"]), service_dates=[iso(c["d"])],
              denial_date=iso(rd), provider=c["rend"].split(",")[0], appeal_deadline=iso(plus(rd, 120)),
              alternates={"insurer": ADMIN_ALT, "provider": [practice]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_short_hours(rng):
    sm = people(rng, 1, "sm", sexes="F", used=USED)[0]
    pa, clerk = people(rng, 2, "sc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "-01"
    loft = "Holmcrest Canvas & Sail"
    clinic = "Sapowet Walk-In Care"
    visit = dt.date(2026, 3, 17)
    clm = claim_no(rng, dt.date(2026, 3, 24))
    ld = dt.date(2026, 4, 14)
    amt = 212.00
    p = VASheet(footer=None, ids_foot=f"{FOOT}  \u00b7  Eligibility Unit")
    p.set_margins(20, 16, 20)
    p.add_page()
    split_head(p, rng)
    addr_block(p, [sm, "112 Nannaquaket Road", "Tiverton, RI 02878"], 9.4)
    p.f(9.4)
    p.set_x(p.l_margin)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(9.4, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Claim {clm}: no coverage in March 2026", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {first_last(sm)}:", 9.8)
    p.para(f"Your member number, {mid}, is the one to give the Plan Office when you call about this letter. We "
           f"received a claim for your visit on {long(visit)}, when you saw {pa}, PA-C, at {clinic} for a cough and "
           f"fever. The charge was {usd(amt)}. We cannot pay it, because you did not have coverage in March.", 9.6)
    p.bar("How March coverage is earned", 9.0)
    p.para(f"Coverage for March comes from the loft hours you worked in January. {loft} reported 96 loft hours for "
           "you in January 2026. You need 110. Your hour bank was empty after December, so there were no banked "
           "hours to make up the 14 hours you were short. Your February hours were 124, so you are covered again in "
           "April.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Work month", "Loft hours", "Needed", "Hour bank after", "Coverage month", "Covered?"],
                 [["December 2025", "104", "110", "0", "February 2026", "Yes (bank used)"],
                  ["January 2026", "96", "110", "0", "March 2026", "No"],
                  ["February 2026", "124", "110", "14", "April 2026", "Yes"]],
                 [W * k / 100 for k in (18, 14, 12, 17, 19, 20)], ["L", "R", "R", "R", "L", "L"], size=8.6)
    p.para("If the loft left out hours you worked, for example rigging hours on a loft job ticket, ask the loft to "
           "send a corrected report with the tickets. If the corrected hours reach 110, we will pay the claim.", 9.4)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal this decision. Your written appeal must reach the Plan Office by the end of the month "
           "after the month of this letter. The Board of Trustees' Appeals Committee decides appeals, and you will "
           "have its answer within 5 days after the meeting at which it decides.", 9.4)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit, Plan Office"])
    t = truth("denial_letter", "eligibility", insurer=LEGAL, plan_id=None, group=None, member_id=mid,
              member_name=sm, cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=pa, appeal_deadline=iso(end_of_next_month(ld)),
              alternates={"insurer": INS_ALT, "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_trustees(rng):
    sm = people(rng, 1, "sm", sexes="M", used=USED)[0]
    do, chair, sec = people(rng, 3, "sc", sexes="FMF", used=USED)
    base = member_no(rng)
    mid = base + "-01"
    grp = loft_group(rng)
    clinic = "Kickemuit Sports & Spine"
    dates = [dt.date(2026, 1, 20), dt.date(2026, 2, 17), dt.date(2026, 3, 17)]
    clm = claim_no(rng, dt.date(2026, 3, 23))
    appeal = f"TA-26-{digits(rng, 4)}"
    per = 385.00
    rcvd = dt.date(2026, 4, 30)
    dd = dt.date(2026, 5, 21)
    p = VASheet(footer=None, run_hdr=f"Appeal {appeal}  \u00b7  page {{n}} of {{nb}}",
                ids_foot=f"{FOOT}  \u00b7  Board of Trustees  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(22, 16, 22)
    p.add_page()
    split_head(p, rng, box="TRUSTEES' APPEAL DECISION")
    addr_block(p, [sm, "28 Ferry Road, Apt. 3", "Bristol, RI 02809"], 9.6)
    p.far_right([("Decision date", long(dd)), ("Appeal received", long(rcvd)), ("Appeal no.", appeal),
                 ("Claim", clm), ("Member no.", f"{grouped(base)}-01"), ("Plan / Group", f"{LOFT_PLAN} / {grp}")],
                cap_w=34, size=9.0)
    p.para(f"Dear {first_last(sm)}:", 10)
    p.para("The Board of Trustees reviewed your appeal at its quarterly meeting and decided to keep the Plan's "
           "decision. The Plan will not pay for the injections. This is the Plan's final decision.", 9.8)
    p.bar("What the appeal was about", 9.4)
    p.para(f"{dr_name(do)}, DO, of {clinic} treated the arthritis at the base of your right thumb with "
           f"prolotherapy: injections of a dextrose solution given on {long(dates[0])}, {long(dates[1])} and "
           f"{long(dates[2])}. The practice billed {usd(per)} for each, {usd(3 * per)} in all. You wrote that years "
           "of hand-sewing with a sailmaker's palm wore the joint out and that the splint and pills did not help.",
           9.6)
    p.bar("Why the Trustees kept the decision", 9.4)
    p.para("The Plan's medical policy lists prolotherapy and other injections meant to make a joint's ligaments "
           "grow stronger as investigational: the studies so far do not show that they relieve pain or improve "
           "use of the hand better than the usual care. The Plan does not cover investigational treatment. A "
           "hand surgeon who reviews appeals for the Plan read the records and agreed.", 9.6)
    p.para("The Plan covers steroid injections into the joint, a custom thumb splint and hand therapy, and surgery "
           "with precertification if those do not help.", 9.6)
    p.bar("Your further rights", 9.4)
    p.para("You may ask for an external review by an independent review organization within four months after you "
           "receive this decision, and you have the right to bring a civil action under section 502(a) of the "
           "Employee Retirement Income Security Act. You may ask, free of charge, for copies of the records and "
           "the medical policy used.", 9.4)
    p.ln(3)
    p.signers([first_last(chair), "Chair, Board of Trustees"], [first_last(sec), "Secretary to the Board"])
    t = truth("denial_letter", "experimental", insurer=LEGAL, plan_id=LOFT_PLAN, group=grp, member_id=mid,
              member_name=sm, cases=[appeal, clm], claim_amount=m2(3 * per), service_dates=[iso(x) for x in dates],
              denial_date=iso(dd), provider=do, appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [clinic], "case_numbers": [[appeal], [clm]]})
    return out(p), t


def dr_name(full: str) -> str:
    return f"Dr. {full}"


# ---------------------------------------------------------------------------------------------------------------
def scan300_es(rng):
    rig = people(rng, 1, "sp", sexes="M", used=USED)[0]
    orderer, clerk = people(rng, 2, "sc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "-01"
    grp = f"R-{digits(rng, 4)}"
    shop = "Cobblemast Rigging & Spars"
    center = "Mount Hope Bay Imaging Center"
    mri = dt.date(2026, 4, 2)
    clm = claim_no(rng, dt.date(2026, 4, 8))
    ld = dt.date(2026, 4, 20)
    amt = 1840.00
    p = VASheet(footer="Página {n} de {nb}", ids_foot=FOOT)
    p.set_margins(20, 16, 20)
    p.add_page()
    logo_head(p, rng, box="AVISO SOBRE SU RECLAMACIÓN", tagline="para veleros, trabajadores de taller y aparejadores")
    addr_block(p, [rig, "51 Child Street, Apt. 2", "Warren, RI 02885"], 9.6)
    p.f(9.6)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Bristol, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxes([[("Miembro", rig, 0.34), ("Número de miembro", f"{grouped(base)}-01", 0.26), ("Plan", RIG_PLAN, 0.14),
              ("Grupo", grp, 0.26)],
             [("Reclamación", clm, 0.34), ("Fecha del servicio", slash(mri), 0.26), ("Cargo", usd(amt), 0.4)]],
            size=9.0)
    p.prov_line(center, "1150 Metacom Avenue, Bristol, RI 02809", npi(rng), caption="Proveedor")
    p.para(f"Estimado {first_last(rig)}:", 10)
    p.para(f"Recibimos la reclamación del {center} por la resonancia magnética de la parte baja de la espalda que "
           f"le hicieron el {es_date(mri)}, ordenada por el Dr. {orderer}, MD. El cargo fue de {usd(amt)}.", 9.8)
    p.bar("Nuestra decisión", 9.4)
    p.para(f"El Plan no pagó esta reclamación. El Plan exige una precertificación de {ADMIN} antes de una "
           "resonancia magnética. Nadie pidió la precertificación para este estudio. El centro de imágenes está en "
           "la red Clewhaven y no puede cobrarle a usted por un servicio sin precertificación.", 9.8)
    p.para(f"Usted trabaja para {shop}. Si el médico cree que el estudio era urgente, puede enviar sus notas y "
           "pediremos una revisión médica.", 9.6)
    p.bar("Si no está de acuerdo", 9.4)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación "
           f"a la Unidad de Apelaciones, {OFFICE[0]}, {OFFICE[1]}. Ayuda gratis en español: "
           f"{tollfree(rng, '866')}.", 9.6)
    p.ln(2)
    sign(p, [first_last(clerk), "Unidad de Reclamaciones"], close="Atentamente,")
    t = truth("denial_letter", "prior_authorization", insurer=LEGAL, plan_id=RIG_PLAN, group=grp, member_id=mid,
              member_name=rig, cases=[clm], claim_amount=m2(amt), service_dates=[iso(mri)], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "provider": [orderer]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_preservice(rng):
    sm = people(rng, 1, "sm", sexes="F", used=USED)[0]
    surg, rn = people(rng, 2, "sc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "-01"
    grp = loft_group(rng)
    practice = "Larchwater Hand & Orthopaedics"
    req = f"PC-{digits(rng, 5)}{rng.choice('ABCDEFHK')}"
    planned = dt.date(2026, 5, 6)
    rcvd, ld = dt.date(2026, 4, 16), dt.date(2026, 4, 22)
    due = dt.date(2026, 10, 19)
    tx = f"APR 22 2026 15:03  ORLEBAR UM UNIT  401 555 {digits(rng, 4)}  TO: LARCHWATER SURG SCHED  PAGE {{n}}/{{t}}"
    p = VASheet(footer=None, tx=tx, tx_total=2, ids_foot=O_FOOT + "  \u00b7  page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    p.wordmark("ORLEBAR", style="spaced", tagline="Benefit Administrators, Inc.",
               small=[f"Utilization review on behalf of the {LEGAL}"],
               right=["Utilization Management", O_ADDR.split(", ", 1)[0], O_ADDR.split(", ", 1)[1],
                      f"Phone {tollfree(rng, '855')}"], box="PRECERTIFICATION DECISION", size=18)
    addr_block(p, [sm, "40 Hog Island View", "Portsmouth, RI 02871"], 9.4)
    p.step_labels([("Decision date", long(ld)), ("Request received", long(rcvd)), ("Request no.", req),
                   ("Member no.", f"{grouped(base)}-01"), ("Plan / group", f"{LOFT_PLAN} / {grp}"),
                   ("Planned date", long(planned))], ncol=3, indent=8, size=9.0)
    p.prov_line(f"Dr. {surg}, MD", "455 Metacom Avenue, Suite 3, Warren, RI 02885", npi(rng),
                caption="Requested by")
    p.para(f"Dear {first_last(sm)}:", 9.8)
    p.para(f"Your hand surgeon asked the Plan to approve surgery on your left wrist, a release of the first dorsal "
           f"compartment for De Quervain's tenosynovitis, planned at {practice} on {long(planned)}. We have "
           "decided that the surgery is not medically necessary at this time, and the Plan will not approve it.",
           9.6)
    p.bar("Why", 9.0)
    p.para("The Plan's guideline for this surgery asks for at least six weeks of a thumb splint and a steroid "
           "injection into the tendon sheath first, because most people get better with them. The notes sent with "
           "the request show that your symptoms began in February from long days of hand-stitching sail corners, "
           "that you wore a splint for two weeks, and that no injection has been given. An orthopaedic surgeon who "
           "reviews requests for the Plan read the notes and agreed.", 9.6)
    p.add_page()
    p.bar("What you can do", 9.0)
    p.bullets(["Talk with your surgeon about the injection and the splint; the Plan covers both without "
               "precertification.",
               "If you still need surgery after that, your surgeon can send a new request with the notes.",
               f"You may appeal this decision. Send your written appeal no later than {long(due)} to the Appeals "
               f"Unit, {OFFICE[0]}, {OFFICE[1]}.",
               "If waiting would seriously harm your health, your surgeon may ask for an urgent appeal by phone; we "
               "decide urgent appeals within 72 hours."], size=9.2)
    p.ln(2)
    sign(p, [first_last(rn), "Utilization Management nurse", ADMIN])
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, plan_id=LOFT_PLAN, group=grp, member_id=mid,
              member_name=sm, cases=[req], claim_amount=None, service_dates=[iso(planned)], denial_date=iso(ld),
              provider=surg, appeal_deadline=iso(due),
              alternates={"insurer": ADMIN_ALT, "provider": [practice]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    USED.clear()
    F = FAMILY + "_"
    stack_docs, cover = faxstd_stack(rng)
    return [
        Item(F + "bd_landscape_family_eob_practice_and_rendering_columns_spouse_dermatology_n7", "born_digital",
             [bd_eob(rng)]),
        Item(F + "faxstd_stack_loft_ticket_cover_mast_fall_comp_first_then_hospital_bill_sideways",
             "fax_standard_g4", stack_docs, separators=[cover, None], turns={(1, 0): 90}),
        Item(F + "faxstd_remittance_hand_practice_five_claims_bilateral_modifier_m5", "fax_standard_g4",
             [faxstd_remittance(rng)]),
        Item(F + "phone_short_loft_hours_urgent_care_end_of_month_after", "phone_photo", [phone_short_hours(rng)]),
        Item(F + "bd_trustees_decision_prolotherapy_thumb_investigational_upheld", "born_digital",
             [bd_trustees(rng)]),
        Item(F + "scan300_es_lumbar_mri_no_precert_provider_line_npi", "scan_clean_300", [scan300_es(rng)]),
        Item(F + "faxfine_de_quervain_release_not_necessary_no_later_than", "fax_fine_g4", [faxfine_preservice(rng)]),
    ]
