"""An invented health plan for nail salon technicians and salon owners: the Lunula Nail Technicians and Salon Owners
Health and Welfare Plan ("Lunula Nail Trades Health Plan", "the Plan"), a multiemployer plan run by a Board of
Trustees for salons in the invented State of Vandremont (postal code VM; towns Sedgewyn, Tulvern, Mistlebourne and
Ferndell, all invented). Its Plan Office is run by Corbelle Plan Administrators, LLC, which prints the provider
remittance on its own letterhead (a tracked wordmark); the Plan's own papers carry a drawn bottle of nail polish beside
the logo word "LUNULA" with the legal name small under it. Every person, salon, provider, number, amount, rule and
address is invented; phones 555; CPT codes as themselves.

Invented rules: eligibility by booth hours. Every salon keeps a booth log (the hours each technician is logged in at
a manicure or pedicure station) and reports it monthly. 100 logged booth hours in a work month give coverage for the
second month after it (January hours -> March coverage); hours over 100 go to an hour bank of up to 300 that fills a
short month; an owner is covered when the salon pays the owner contribution and the owner logs 60 booth hours. A
salon employee's work injury or work illness goes first to the salon's workers' compensation carrier (booth renters
are covered by the Plan). Surgery, MRI and CT need precertification; the Lunula Network only (no benefits outside it
except emergencies); allergy drops under the tongue for allergens without an approved tablet are investigational
under the Plan's medical policy; a repeat nerve test within six months needs a change in symptoms. Members appeal
within 180 days; providers ask Corbelle for a reconsideration within 120 days; the Trustees' Appeals Committee's
decision is final (external review and a suit under ERISA section 502(a) only).

Numbers: plans LN-T1 (technicians, employees and booth renters) and LN-O2 (owners); groups: each salon "SAL-" + four
digits, booth renters "BR-" + four digits; member numbers "L" + three digits + "N" + four digits with the person's
suffix after a slash (01 the member, 02 spouse or first child, 03 next), e.g. "L408N7713/01", printed whole; claims
"26L" + day of year + "C" + four digits ("26L071C4481"); precertifications "PA-" + five digits + a letter; appeals
"APL-26-" + four digits; decoys: booth log numbers, salon account numbers, EFT and check numbers, batch numbers,
form numbers "LN-..." and fax header dates.

Documents (8 in 7 files):
- bd_eob_patch_test_work_illness_code_wc: a born-digital two-page EOB to a salon employee for herself and her son;
  four claims opened by grey lines naming practice and rendering clinician; only status codes in the last column
  (CP, DD, KI paying, WC refusing; PD and NH unused) keyed in a legend under the table; her patch testing for acrylate dermatitis
  pays 0.00 under WC (the salon's workers' compensation carrier first); "Statement date 2nd April 2026" (the standard
  form only in the footer); page 2 booth hours and the 180-day appeal.
- faxstd_stack_salon_form_cover_short_hours_letter_then_booth_statement: the salon owner's standard fax back to the
  Plan Office (fax header a week after the notices on every page): the salon's printed fax form with typed values,
  the Plan's letter refusing an urgent care visit in March (78 January booth hours, an empty bank; "April 8th, 2026",
  the standard form in the footer; the nurse practitioner named only in prose), then the Plan's booth hours statement
  (denies nothing).
- faxstd_remittance_carpal_tunnel_no_precert_r37: Corbelle's provider remittance to a hand surgery center, standard
  fax; three claims; Corbelle's own codes R01/R14/R22/R37 with an unused R40; the carpal tunnel release pays 0.00
  under R37 (no precertification); the remittance date under a pale preprinted caption a fax breaks up; EFT and
  batch numbers as decoys; 120 days.
- bd_trustees_appeal_allergy_drops_investigational_facts_p2: a born-digital two-page decision of the Trustees'
  Appeals Committee keeping the refusal of sublingual allergy drops as investigational ("Matter APL-26-..." beside
  "Form LN-AC4"); the member's facts in a box on page 2; final (external review and 502(a) only).
- rotated_es_dermatologa_fuera_de_red: a Spanish letter fed sideways refusing a daughter's visit to a dermatologist
  ("Dra.") outside the Lunula Network; "Referencia" the claim beside "Folio" a document decoy; the daughter's "/02"
  number; 180 days.
- faxfine_repeat_nerve_test_not_necessary: a fine-fax letter refusing a repeat nerve conduction study and needle EMG
  ten weeks after the first as not medically necessary; labels with values below and to the right; the date under a
  pale caption; the first test's date as a decoy; 180 days.
- scan300_podiatry_claim_invalid_diagnosis_code: a clean-scan letter refusing a podiatrist's claim (DPM) billed with
  a diagnosis code that lacks its required characters (coding_error); a corrected claim is invited; 180 days.

Truth notes: insurer is the Plan on its papers, by the legal name printed under the logo word (the brand "Lunula
Nail Trades Health Plan", "Lunula Health Plan", "Lunula" and "Lunula Plan" accepted), Corbelle on its remittance (the Plan accepted, since the remittance names
the Plan it pays for). The work illness is `other` (workers' compensation first, as the eval README lists; `not_covered`
accepted). The rendering clinician is the provider; the practice or center beside it is accepted (on the short-hours
letter, the clinic named in the same sentence). On the booth hours statement nothing is refused: no claim, no amount,
no service date, no deadline. The appeal decision carries the matter and the claim numbers (either alone accepted),
both dispensing dates and the total billed for both (one dispensing's $930.00 accepted, since the facts box prints
"each" first).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famua import (EUSheet, addr_block, digits, dr, es_date, first_last, iso, last_first, long, m2, n2,
                               npi, ord_dm, ord_md, out, people, phone, plus, salon_form_cover, sign, slash, tin,
                               tollfree, truth, usd, wday_long)

FAMILY = ("lunula_nail_trades_health_plan_booth_hours_patch_test_work_injury_short_hours_carpal_precert_drops_"
          "network_nerve_test_coding_refusals")
LANG = "en"
SEED = 355196
USED: set = set()

LEGAL = "Lunula Nail Technicians and Salon Owners Health and Welfare Plan"
BRAND = "Lunula Nail Trades Health Plan"
INS = LEGAL
INS_ALT = [LEGAL, BRAND, "Lunula Health Plan", "Lunula", "Lunula Plan", "Lunula Nail Trades"]
ADMIN = "Corbelle Plan Administrators, LLC"
OFFICE = ["Plan Office, 480 Lacquer Mill Road, Suite 12", "Sedgewyn, VM 64110"]
PLAN_T, PLAN_O = "LN-T1", "LN-O2"


def member_no(rng) -> str:
    return f"L{digits(rng, 3)}N{digits(rng, 4)}"


def salon_group(rng) -> str:
    return f"SAL-{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"26L{d.timetuple().tm_yday:03d}C{digits(rng, 4)}"


def head(p: EUSheet, rng, box: str | None = None, tagline: str | None = None):
    p.mark_logo("polish", "LUNULA", LEGAL,
                [OFFICE[0].split(", ", 1)[1], OFFICE[1], f"Member line {tollfree(rng, '855')}",
                 f"Fax {phone(rng, '573')}", "lunulaplan.example"],
                tagline=tagline or "Nail Trades Health Plan  \u00b7  for technicians and salon owners",
                small=f"Plan Office run by {ADMIN}", box=box, size=24, legal_size=7.0)


FOOT = f"{LEGAL}  \u00b7  {OFFICE[0]}, {OFFICE[1]}"


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    tech = people(rng, 1, "nt", sexes="F", used=USED)[0]
    son = people(rng, 1, "nt", sexes="M", last=tech.split()[-1], used=USED)[0]
    pcp, ped, derm, pt = people(rng, 4, "nc", sexes="MFFM", used=USED)
    base = member_no(rng)
    mid, sid = base + "/01", base + "/03"
    grp = salon_group(rng)
    salon = "Glossline Nail Bar"
    sd = dt.date(2026, 4, 2)
    v1, v2 = dt.date(2026, 3, 5), dt.date(2026, 3, 9)
    pt1, pt2 = dt.date(2026, 3, 12), dt.date(2026, 3, 17)
    apply_d, read_d = dt.date(2026, 3, 10), dt.date(2026, 3, 12)
    skin = "Tulvern Skin & Allergy Associates"
    claims = [
        (tech, "01", f"{first_last(pcp)}, MD", "Ferndell Family Clinic",
         [(v1, "99213", "Office visit, established", 176.00, 122.00, 0.00, 25.00, 97.00, "CP")]),
        (son, "03", f"{first_last(ped)}, MD", "Sedgewyn Children's Clinic",
         [(v2, "99213", "Office visit, established", 168.00, 118.00, 0.00, 25.00, 93.00, "CP"),
          (v2, "87880", "Strep test, rapid", 42.00, 24.00, 24.00, 0.00, 0.00, "DD")]),
        (tech, "01", f"Dr. {dr(derm, 'MD')}", skin,
         [(apply_d, "99204", "New patient visit", 284.00, 0.00, 0.00, 0.00, 0.00, "WC"),
          (apply_d, "95044", "Patch tests, 80 allergens", 1040.00, 0.00, 0.00, 0.00, 0.00, "WC"),
          (read_d, "99212", "Patch test reading visit", 118.00, 0.00, 0.00, 0.00, 0.00, "WC")]),
        (tech, "01", f"{first_last(pt)}, DPT", "Mistlebourne Physical Therapy",
         [(pt1, "97110", "Therapeutic exercise", 136.00, 94.00, 0.00, 18.80, 75.20, "KI"),
          (pt2, "97110", "Therapeutic exercise", 136.00, 94.00, 0.00, 18.80, 75.20, "KI")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(4, 9))) for c in claims]
    den = 2
    p = EUSheet(footer=None, ids_foot=f"EOB of 04/02/2026  \u00b7  Form LN-EOB-2  \u00b7  {FOOT}  \u00b7  "
                                      "page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    head(p, rng, box="EXPLANATION OF BENEFITS")
    y = p.get_y()
    addr_block(p, [tech.upper(), f"c/o {salon}", "22 Orchard Arcade", "Tulvern, VM 64152"], 9.2)
    p.set_y(y)
    p.edge_leaders([("Statement date", ord_dm(sd)), ("Member", first_last(tech)), ("Member no.", mid),
                    ("Plan", PLAN_T), ("Group", grp), ("Salon", salon)], cap_w=22, size=8.8,
                   x=p.l_margin + 88, w=p.w - p.r_margin - p.l_margin - 88)
    p.ln(2)
    p.f(7.6)
    p.set_x(p.l_margin)
    p.multi_cell(0, 3.6, "This is not a bill. Each claim below opens with the practice and the clinician who gave the "
                 "care. The status column shows a code for every line; the codes are explained under the table.",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(1.5)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * k / 100 for k in (11, 8, 27, 10, 10, 9, 8, 9, 8)]
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    rows = []
    for i, (who, suf, rend, prac, lines) in enumerate(claims):
        cl = [[slash(d), code, s, n2(b), n2(al), n2(dd), n2(cp), n2(pd), st] for d, code, s, b, al, dd, cp, pd, st
              in lines]
        tot = None
        if len(lines) > 1:
            tot = ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                   n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)), n2(sum(x[7] for x in lines)), ""]
        rows.append({"open": f"{first_last(who)} ({base}/{suf})   Claim {nos[i]}   {prac}   rendering: {rend}",
                     "rows": cl, "total": tot})
    p.coded_claims(["Date", "Code", "Service", "Billed", "Allowed", "Deduct.", "Copay / coins.", "Plan paid",
                    "Status"], widths, aligns, rows, size=7.3)
    p.legend_rows("Status codes", [
        ("", "PD", "Paid at the network rate."),
        ("", "CP", "Paid after your office visit copay ($25.00)."),
        ("", "DD", "Applied to the calendar-year deductible ($250.00 a person)."),
        ("", "KI", "Paid at 80%; the other 20% is your coinsurance."),
        ("", "WC", "This care is for an illness or injury caused by work at a salon that employs you. The salon's "
                   "workers' compensation insurance pays for it first; the Plan does not. Tell the provider to bill "
                   "the salon's carrier. If the carrier refuses, send us its letter and we will look at the claim "
                   "again."),
        ("", "NH", "No coverage in the month of service: not enough booth hours in the work month that earns it."),
    ], size=7.3, grp_w=0, code_w=10, head=("", "Code", "What it means"))
    p.add_page()
    p.bar("Booth hours that earned your coverage", 9.0)
    p.ruled_rows(["Work month", "Booth hours logged at " + salon, "Hour bank after the month", "Coverage earned for"],
                 [["January 2026", "131", "31", "March 2026"], ["February 2026", "118", "49", "April 2026"]],
                 [W * k / 100 for k in (22, 34, 22, 22)], ["L", "R", "R", "L"], size=8.4)
    p.para("You need 100 booth hours in a work month for coverage in the second month after it. Hours over 100 go to "
           "your hour bank (up to 300 hours), which fills a month in which you log fewer than 100.", 8.4)
    p.bar("Questions and appeals", 9.0)
    p.para("If you disagree with how a claim was processed, you or someone you name may appeal in writing within 180 "
           "days of the date of this statement. Write to the Appeals Unit at the Plan Office and include the claim "
           "number. The Board of Trustees' Appeals Committee decides appeals.", 8.4)
    p.para("Help in Vietnamese, Spanish and Korean is free: call the Member line.", 8.0)
    lines = claims[den][4]
    t = truth("eob", "other", insurer=INS, plan_id=PLAN_T, group=grp, member_id=mid, member_name=tech,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)),
              service_dates=[iso(apply_d), iso(read_d)], denial_date=iso(sd), provider=dr(derm, "MD"),
              appeal_deadline=iso(plus(sd, 180)), alternates={"insurer": INS_ALT, "provider": [skin]},
              denial_alternates=["not_covered"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    tech = people(rng, 1, "nt", sexes="F", used=USED)[0]
    owner = people(rng, 1, "nt", sexes="F", used=USED)[0]
    np_, clerk = people(rng, 2, "nc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "/01"
    grp = salon_group(rng)
    salon = "Pearl Crescent Nails & Spa"
    clinic = "Tulvern Walk-In Clinic"
    visit = dt.date(2026, 3, 12)
    clm = claim_no(rng, dt.date(2026, 3, 20))
    ld = dt.date(2026, 4, 8)
    amt = 286.00
    sent = dt.date(2026, 4, 15)
    tx = f"APR 15 2026 10:22   {salon.upper()}   573 555 {digits(rng, 4)}   PAGE {{n}} OF {{t}}"
    cover = salon_form_cover(rng, salon, ["Manicure \u00b7 Pedicure \u00b7 Gel \u00b7 Acrylic",
                                          "9 Ferry Landing, Tulvern, VM 64152  \u00b7  (573) 555-" + digits(rng, 4)],
                             [("To", "Lunula Plan Office - Eligibility"), ("From", f"{first_last(owner)}, owner"),
                              ("Fax", phone(rng, "573")), ("Date", slash(sent)),
                              ("Re", f"booth hours - {first_last(tech)}"), ("Pages", "3 with cover")],
                             ("Urgent", "For review"),
                             f"Our booth log tablet was broken Jan 19-30, so {first_last(tech).split()[0]}'s hours "
                             "for January were not all logged. She worked every day. We are sending your two "
                             "letters back. Please call me so we can send the paper sign-in sheets for those days.",
                             tx=tx, tx_total=3)
    # (i) the Plan's letter: no coverage in March
    p = EUSheet(footer=None, tx=tx, tx_off=1, tx_total=3,
                ids_foot=f"Mailed {slash(ld)}  \u00b7  Eligibility Unit  \u00b7  {FOOT}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng)
    addr_block(p, [tech, f"c/o {salon}", "9 Ferry Landing", "Tulvern, VM 64152"], 9.4)
    p.set_x(p.l_margin)
    p.f(9.6)
    p.cell(0, 5, ord_md(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.edge_leaders([("Member no.", mid), ("Plan / salon group", f"{PLAN_T}  /  {grp}"), ("Claim", clm),
                    ("Booth log", f"BL-{digits(rng, 6)}")], cap_w=32, size=9.0)
    p.para(f"Dear {first_last(tech)}:", 9.8)
    p.para(f"We received a claim for the care you had on {long(visit)}, when you saw {dr(np_, 'NP')} at {clinic}. "
           f"The charges were {usd(amt)}. We cannot pay this claim because you did not have coverage in March 2026.",
           9.6)
    p.para("Coverage for March is earned by the booth hours you log in January. Your salon reported 78 booth hours "
           "for you in January 2026. You need 100 hours, and your hour bank was empty, so there were no banked hours "
           "to make up the 22 hours you were short. Your coverage started again on April 1, 2026, from the hours you "
           "logged in February. The enclosed booth hours statement shows your hours month by month.", 9.6)
    p.bar("If you think the hours are wrong", 9.0)
    p.para("If your salon's booth log missed hours you worked, the salon owner can send a corrected report with the "
           "sign-in sheets for those days. If the corrected hours reach 100, we will process the claim again.", 9.4)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal within 180 days of the date of this letter. Write to the Appeals Unit at the Plan Office "
           "and say why you disagree. The Trustees' Appeals Committee decides appeals at its next meeting.", 9.4)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Unit"])
    letter = out(p)
    letter_t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_T, group=grp, member_id=mid,
                     member_name=tech, cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)],
                     denial_date=iso(ld), provider=dr(np_, "NP"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": INS_ALT, "provider": [clinic]})
    # (ii) the booth hours statement
    q = EUSheet(footer=None, tx=tx, tx_off=2, tx_total=3)
    q.set_margins(20, 16, 20)
    q.add_page()
    head(q, rng, box="BOOTH HOURS STATEMENT")
    y = q.get_y()
    addr_block(q, [tech, f"c/o {salon}", "9 Ferry Landing", "Tulvern, VM 64152"], 9.4)
    q.set_y(y)
    q.edge_leaders([("Statement date", slash(ld)), ("Member no.", mid), ("Plan", PLAN_T), ("Salon group", grp)],
                   cap_w=24, size=9.0, x=q.l_margin + 90, w=q.w - q.r_margin - q.l_margin - 90)
    q.ln(4)
    W = q.w - q.l_margin - q.r_margin
    q.ruled_rows(["Work month", "Salon", "Booth hours", "From bank", "Bank after", "Coverage month", "Covered?"],
                 [["January 2026", salon, "78", "0", "0", "March 2026", "No (78 of 100)"],
                  ["February 2026", salon, "126", "0", "26", "April 2026", "Yes"],
                  ["March 2026", salon, "119", "0", "45", "May 2026", "Yes"]],
                 [W * k / 100 for k in (15, 26, 11, 10, 10, 15, 13)], ["L", "L", "R", "R", "R", "L", "L"], size=8.4)
    q.para("How hours count: each month you need 100 booth hours logged at a Lunula salon. Hours over 100 go to your "
           "hour bank, up to 300 hours. When a month is short, the bank fills it if it can. Coverage for a month "
           "comes from the work month two months before it.", 9.0)
    q.para("This statement is for your records. Please check it against your own record of the days you worked. "
           "Questions about hours: call the Eligibility Unit on the Member line.", 9.0)
    stmt = out(q)
    stmt_t = truth("other", None, insurer=INS, plan_id=PLAN_T, group=grp, member_id=mid, member_name=tech,
                   denial_date=iso(ld), alternates={"insurer": INS_ALT})
    return [(letter, letter_t), (stmt, stmt_t)], cover


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    pats = people(rng, 3, "nt", sexes="FFM", used=USED)
    surg, pa, surg2 = people(rng, 3, "nc", sexes="MFF", used=USED)
    center = "Sedgewyn Hand & Wrist Surgery Center"
    rd = dt.date(2026, 4, 20)
    ids = [member_no(rng) + "/01", member_no(rng) + "/01", member_no(rng) + "/02"]
    grps = [salon_group(rng), f"BR-{digits(rng, 4)}", salon_group(rng)]
    ctr = dt.date(2026, 3, 24)
    claims = [
        dict(pat=pats[0], mid=ids[0], grp=grps[0], plan=PLAN_T, rend=dr(surg2, "MD"), d=dt.date(2026, 3, 18),
             lines=[(dt.date(2026, 3, 18), "99203", "New patient visit", 248.00, 171.00, 0.00, 34.20, 136.80,
                     "R01 R22")]),
        dict(pat=pats[1], mid=ids[1], grp=grps[1], plan=PLAN_T, rend=dr(surg, "MD"), d=ctr,
             lines=[(ctr, "64721", "Carpal tunnel release, right", 3150.00, 0.00, 0.00, 0.00, 0.00, "R37"),
                    (ctr, "01810", "Anesthesia, forearm / wrist", 620.00, 0.00, 0.00, 0.00, 0.00, "R37"),
                    (ctr, "J3490", "Drug supply, local", 46.00, 0.00, 0.00, 0.00, 0.00, "R37")]),
        dict(pat=pats[2], mid=ids[2], grp=grps[2], plan=PLAN_O, rend=f"{first_last(pa)}, PA-C", d=dt.date(2026, 4, 1),
             lines=[(dt.date(2026, 4, 1), "20526", "Injection, carpal tunnel", 312.00, 204.00, 204.00, 0.00, 0.00,
                     "R14"),
                    (dt.date(2026, 4, 1), "99213", "Office visit, established", 164.00, 0.00, 0.00, 0.00, 0.00,
                     "R18")]),
    ]
    for c in claims:
        c["no"] = claim_no(rng, plus(c["d"], rng.randint(3, 8)))
    den = 1
    tx = f"04/22/26  07:58  CORBELLE PROVIDER RELATIONS  573-555-{digits(rng, 4)}  ->  SHWSC BILLING  P{{n}}/{{t}}"
    p = EUSheet(footer="page {n} of {nb}", tx=tx, tx_total=1,
                ids_foot=f"{ADMIN}  \u00b7  PO Box 1187, Sedgewyn, VM 64111  \u00b7  Form CPA-RA-7")
    p.set_margins(13, 14, 13)
    p.add_page()
    p.wordmark("CORBELLE", style="tracked", tagline="Plan Administrators, LLC",
               small=[f"Plan Office and claims payer for the {BRAND}"],
               right=["Provider Relations", "PO Box 1187", "Sedgewyn, VM 64111", f"Phone {tollfree(rng, '844')}"],
               box="REMITTANCE ADVICE", size=18)
    p.faint_boxes([("Remittance date", slash(rd), 0.15), ("Payee", center, 0.43),
                   ("Payee no.", f"P-{digits(rng, 5)}", 0.12), ("EFT no.", digits(rng, 10), 0.16),
                   ("Batch", f"{digits(rng, 3)}-{digits(rng, 3)}", 0.14)], size=8.4, grey=150)
    W = p.w - p.l_margin - p.r_margin
    widths = [W * k / 100 for k in (11, 9, 27, 10, 10, 9, 9, 9)]
    widths.append(W - sum(widths))
    aligns = ["L", "L", "L", "R", "R", "R", "R", "R", "C"]
    rows = []
    for c in claims:
        cl = [[slash(d), code, s, n2(b), n2(al), n2(dd), n2(co), n2(pd), st] for d, code, s, b, al, dd, co, pd, st
              in c["lines"]]
        tot = None
        if len(c["lines"]) > 1:
            tot = ["", "", "Claim total", n2(sum(x[3] for x in c["lines"])), n2(sum(x[4] for x in c["lines"])),
                   n2(sum(x[5] for x in c["lines"])), n2(sum(x[6] for x in c["lines"])),
                   n2(sum(x[7] for x in c["lines"])), ""]
        rows.append({"open": f"{last_first(c['pat'])}  {c['mid']}  Plan {c['plan']}  Grp {c['grp']}  "
                             f"Claim {c['no']}  Rendering {c['rend']}", "rows": cl, "total": tot})
    p.coded_claims(["Date", "CPT", "Service", "Billed", "Allowed", "Deduct.", "Coins.", "Paid", "Codes"], widths,
                   aligns, rows, size=7.2)
    allc = [x for c in claims for x in c["lines"]]
    p.f(7.8, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Totals this remittance:  billed {usd(sum(x[3] for x in allc))}   paid {usd(sum(x[7] for x in allc))}"
                 f"   member share {usd(sum(x[5] + x[6] for x in allc))}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.legend_cols("Corbelle codes", [
        ("R01", "Paid at the Lunula Network fee schedule."),
        ("R14", "Applied to the member's deductible; bill the member."),
        ("R18", "Included in the payment for the procedure done the same day; not paid on its own."),
        ("R22", "Member coinsurance of 20%; bill the member."),
        ("R37", "No precertification was on file. Surgery needs the Plan's precertification before the date of "
                "surgery; the Plan pays nothing, and a network provider may not bill the member."),
        ("R40", "Duplicate of a claim already processed."),
    ], ncol=2, size=7.2, code_w=9)
    p.para(f"Reconsideration: send a written request with the records within 120 days of the date of this remittance "
           f"to Corbelle Provider Relations, PO Box 1187, Sedgewyn, VM 64111. Precertification questions: "
           f"{tollfree(rng, '844')}. Tax ID of payer {tin(rng)}.", 7.8)
    c = claims[den]
    t = truth("eob", "prior_authorization", insurer=ADMIN, plan_id=c["plan"], group=c["grp"], member_id=c["mid"],
              member_name=c["pat"], cases=[c["no"]], claim_amount=m2(sum(x[3] for x in c["lines"])),
              service_dates=[iso(ctr)], denial_date=iso(rd), provider=c["rend"],
              appeal_deadline=iso(plus(rd, 120)),
              alternates={"insurer": [ADMIN, "Corbelle", "Corbelle Plan Administrators"] + INS_ALT,
                          "provider": [center]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_appeal(rng):
    tech = people(rng, 1, "nt", sexes="F", used=USED)[0]
    allergist, rev, chair, sec = people(rng, 4, "nc", sexes="FMMF", used=USED)
    base = member_no(rng)
    mid = base + "/01"
    grp = salon_group(rng)
    clinic = "Mistlebourne Allergy & Asthma Clinic"
    d1, d2 = dt.date(2026, 1, 26), dt.date(2026, 2, 23)
    clm = claim_no(rng, dt.date(2026, 3, 2))
    matter = f"APL-26-{digits(rng, 4)}"
    dd = dt.date(2026, 4, 17)
    per = 930.00
    p = EUSheet(footer=None, run_hdr=f"Matter {matter}  \u00b7  page {{n}} of {{nb}}",
                ids_foot=f"Form LN-AC4  \u00b7  decided {slash(dd)}  \u00b7  {FOOT}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, box="APPEALS COMMITTEE DECISION")
    addr_block(p, [tech, "61 Canal Walk, Apt. 4B", "Sedgewyn, VM 64118"], 9.6)
    p.f(9.8)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Matter {matter}          Form LN-AC4          {ord_md(dd)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Dear {first_last(tech)}:", 10)
    p.para("The Appeals Committee of the Board of Trustees reviewed your appeal at its meeting and decided to keep "
           "the Plan's decision. The Plan will not pay for the allergy drops. This letter is the Plan's final "
           "decision on your appeal. Your facts are printed in the box on page 2.", 9.8)
    p.bar("What the appeal was about", 9.4)
    p.para(f"{dr(allergist, 'DO')} of {clinic} prescribed allergy drops that you hold under your tongue each day, "
           "made up by the clinic for your allergies to dust mites, mold and cat dander, after you told her your "
           "nose and chest got worse during long days at the salon. The clinic dispensed two months of drops and "
           "billed the Plan. You wrote that allergy shots would mean missing work every week.", 9.6)
    p.bar("Why the Committee kept the decision", 9.4)
    p.para("The Plan covers allergy shots and the under-the-tongue tablets approved by the Food and Drug "
           "Administration for grass, ragweed and dust mite allergies. Drops mixed by a clinic are not approved for "
           "any allergen, and the Plan's medical policy lists them as investigational: the studies so far do not "
           "show which doses work or that they are as safe and effective as shots. An allergist who reviews appeals "
           "for the Plan read your records and agreed. The Plan's rules do not cover investigational treatment.",
           9.6)
    p.para("The Committee understands that weekly shots are hard to fit around salon work. Your doctor may ask the "
           "Plan about the approved dust mite tablet, which the Plan covers with precertification.", 9.6)
    p.add_page()
    p.facts_box("Your appeal", [
        ("Member", first_last(tech)), ("Member no.", mid), ("Plan", PLAN_T), ("Salon group", grp),
        ("Matter", matter), ("Claim", clm), ("Drops dispensed", f"{slash(d1)} and {slash(d2)}"),
        ("Billed", f"{usd(per)} each, {usd(2 * per)} in all"), ("Prescriber", dr(allergist, "DO")),
        ("Appeal received", slash(dt.date(2026, 3, 19)))], cap_w=30, ncol=2)
    p.bar("Your further rights", 9.4)
    p.para("This is the final decision under the Plan's appeal rules. You may ask for an external review by an "
           "independent review organization within four months after you receive this letter. You also have the "
           "right to bring a civil action under section 502(a) of the Employee Retirement Income Security Act.",
           9.4)
    p.para("You may ask for free copies of the records, the medical policy and the reviewer's report. Call the "
           f"Member line at {tollfree(rng, '855')}.", 9.4)
    p.ln(3)
    p.two_sigs([first_last(chair), "Chair, Appeals Committee", "Board of Trustees"],
               [first_last(sec), "Secretary to the Committee"])
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_T, group=grp, member_id=mid,
              member_name=tech, cases=[matter, clm], claim_amount=m2(2 * per), service_dates=[iso(d1), iso(d2)],
              denial_date=iso(dd), provider=dr(allergist, "DO"), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "provider": [clinic], "case_numbers": [[matter], [clm]],
                          "claim_amount": [m2(per)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_es(rng):
    mom = people(rng, 1, "sq", sexes="F", used=USED)[0]
    girl = people(rng, 1, "sq", sexes="F", last=mom.split()[-1], used=USED)[0]
    derm, clerk = people(rng, 2, "nc", sexes="FM", used=USED)
    base = member_no(rng)
    kid = base + "/02"
    grp = f"BR-{digits(rng, 4)}"
    clinic = "Clínica de la Piel Ferndell"
    visit = dt.date(2026, 3, 6)
    clm = claim_no(rng, dt.date(2026, 3, 16))
    ld = dt.date(2026, 4, 15)
    amt = 420.00
    p = EUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="AVISO SOBRE UNA RECLAMACIÓN",
         tagline="Plan de salud para técnicas de uñas y dueñas de salón")
    addr_block(p, [mom, "740 Calle Arboleda", "Ferndell, VM 64170"], 9.6)
    p.f(9.6)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Sedgewyn, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.step_labels([("Paciente", girl), ("Número de miembro", kid), ("Plan", PLAN_T),
                   ("Grupo (arrendataria de cabina)", grp), ("Referencia", clm), ("Folio", f"F-{digits(rng, 6)}")],
                  ncol=2, indent=18, size=9.4)
    p.para(f"Estimada {first_last(mom)}:", 10)
    p.para(f"Recibimos la reclamación por la consulta de su hija {first_last(girl)} con la Dra. "
           f"{first_last(derm)}, dermatóloga de la {clinic}, el {es_date(visit)}. El cargo fue de US$ {n2(amt)}.",
           9.8)
    p.bar("Nuestra decisión", 9.4)
    p.para("El Plan no puede pagar esta consulta. El Plan paga la atención que dan los proveedores de la Red Lunula, "
           "salvo en una emergencia. La Dra. y su clínica no forman parte de la red, y la consulta no fue una "
           "emergencia. Por eso la consulta no está cubierta.", 9.8)
    p.para("En la red hay dermatólogos en Sedgewyn y en Tulvern. Llame a la línea para miembros y le ayudamos a "
           "hacer una cita para su hija.", 9.6)
    p.bar("Si no está de acuerdo", 9.4)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación "
           f"a la Unidad de Apelaciones, {OFFICE[0]}, {OFFICE[1]}, con el número de referencia. El Comité de "
           "Apelaciones de los Fideicomisarios decide las apelaciones.", 9.6)
    p.para(f"Ayuda gratis en español: {tollfree(rng, '855')}.", 9.2)
    p.ln(2)
    sign(p, [first_last(clerk), "Unidad de Reclamaciones", BRAND], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN_T, group=grp, member_id=kid,
              member_name=girl, cases=[clm], claim_amount=m2(amt), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=first_last(derm), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT + ["Plan de Salud Lunula"], "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxfine_nerve(rng):
    tech = people(rng, 1, "nt", sexes="M", used=USED)[0]
    phys, rev = people(rng, 2, "nc", sexes="FM", used=USED)
    base = member_no(rng)
    mid = base + "/01"
    grp = salon_group(rng)
    lab = "Sedgewyn Nerve & Muscle Lab"
    first = dt.date(2026, 1, 20)
    rep = dt.date(2026, 3, 31)
    clm = claim_no(rng, dt.date(2026, 4, 6))
    ld = dt.date(2026, 4, 16)
    items = [("95910", "Nerve conduction studies, 7-8 studies", 780.00), ("95886", "Needle EMG, one limb", 360.00)]
    total = sum(x[2] for x in items)
    tx = f"Apr-23-2026 16:05  From: SNML FRONT DESK  573 555 {digits(rng, 4)}  To: LUNULA APPEALS  p.{{n}}"
    p = EUSheet(footer="Page {n} of {nb}", tx=tx, tx_total=2)
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng, box="CLAIM DECISION")
    p.faint_boxes([("Date", slash(ld), 0.22), ("Member no.", mid, 0.27), ("Plan", PLAN_O, 0.16), ("Group", grp, 0.17),
                   ("Batch", f"B{digits(rng, 5)}", 0.18)], size=9.0, grey=152)
    addr_block(p, [tech, "Owner, Lotus Row Nail Studio", "3 Lotus Row", "Mistlebourne, VM 64133"], 9.4)
    p.step_labels([("Patient", first_last(tech)), ("Claim", clm), ("Service date", slash(rep)),
                   ("Billed by", f"{lab}\n{dr(phys, 'MD')}")], ncol=2, indent=16, size=9.2)
    p.para(f"Dear {first_last(tech)}:", 9.8)
    p.para(f"The Plan has reviewed the claim for the nerve tests {dr(phys, 'MD')} did on {long(rep)}. The Plan "
           "decided that the tests were not medically necessary, and it has not paid the claim.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Billed", "Paid"],
                 [[c, s, n2(a), "0.00"] for c, s, a in items] + [["", "Total", usd(total), "$0.00"]],
                 [W * k / 100 for k in (12, 60, 14, 14)], ["L", "L", "R", "R"], size=8.8, bold_rows=(len(items),))
    p.bar("Why", 9.2)
    p.para(f"You had the same nerve conduction study and EMG of your right arm on {long(first)}, ten weeks "
           "before. The Plan pays for a repeat study within six months only when symptoms have changed, a new "
           "weakness has appeared, or surgery is being planned. The notes sent with the claim describe the same "
           "numbness in your thumb and fingers as in January, no new weakness and no plan for surgery. A physician "
           "reviewer who specializes in physical medicine read the records and agreed that the repeat tests were "
           "not medically necessary.", 9.4)
    p.add_page()
    p.bar("What you can do", 9.2)
    p.bullets(["If your symptoms have changed, your doctor can send notes that show it, and the Plan will look at the "
               "claim again.",
               "You may appeal within 180 days of the date of this letter. Write to the Appeals Unit at the Plan "
               "Office with the claim number and your reasons.",
               f"{lab} is in the Lunula Network; it may not bill you for tests the Plan found not medically "
               "necessary unless you agreed in writing before the tests."], size=9.2)
    p.ln(2)
    sign(p, [first_last(rev), "Medical Review, Plan Office"])
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_O, group=grp, member_id=mid,
              member_name=tech, cases=[clm], claim_amount=m2(total), service_dates=[iso(rep)], denial_date=iso(ld),
              provider=dr(phys, "MD"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [lab]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_coding(rng):
    tech = people(rng, 1, "nt", sexes="F", used=USED)[0]
    dpm, rev = people(rng, 2, "nc", sexes="MF", used=USED)
    base = member_no(rng)
    mid = base + "/01"
    grp = salon_group(rng)
    office = "Tulvern Foot & Ankle"
    visit = dt.date(2026, 3, 26)
    clm = claim_no(rng, dt.date(2026, 4, 1))
    ld = dt.date(2026, 4, 9)
    items = [("99213", "Office visit, established", 168.00), ("11721", "Debridement of nails, 6 or more", 142.00)]
    total = sum(x[2] for x in items)
    p = EUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    head(p, rng)
    p.f(9.6)
    p.set_x(p.l_margin)
    p.cell(0, 5, wday_long(ld), align="R", new_x="LMARGIN", new_y="NEXT")
    addr_block(p, [tech, "18 Willow Terrace", "Tulvern, VM 64155"], 9.4)
    p.edge_leaders([("File", clm), ("Member no.", mid), ("Plan", PLAN_T), ("Group", grp),
                    ("Salon account", f"SA-{digits(rng, 5)}")], cap_w=26, size=9.0)
    p.subject_line("A claim sent back for a billing error")
    p.para(f"Dear {first_last(tech)}:", 9.8)
    p.para(f"The Plan received a claim from {office} for your visit on {long(visit)} with {dr(dpm, 'DPM')}. The "
           "claim could not be paid as it was sent, because of a billing error.", 9.6)
    W = p.w - p.l_margin - p.r_margin
    p.ruled_rows(["Code", "Service", "Diagnosis on the claim", "Billed", "Paid"],
                 [[c, s, "B35", n2(a), "0.00"] for c, s, a in items] + [["", "Total", "", usd(total), "$0.00"]],
                 [W * k / 100 for k in (11, 43, 20, 13, 13)], ["L", "L", "L", "R", "R"], size=8.8,
                 bold_rows=(len(items),))
    p.bar("What went wrong", 9.2)
    p.para("Every line of the claim gives the diagnosis as B35. That is only the first part of a diagnosis code: the "
           "code set requires more characters to say which kind of fungal infection and where it is. A claim with "
           "an incomplete diagnosis code cannot be processed, so the Plan did not pay it. This is not a decision "
           "that the care was not needed or not covered.", 9.4)
    p.bar("What happens next", 9.2)
    p.bullets(["We have told the office. When it sends a corrected claim with the complete code, the Plan will "
               "process it again. You do not need to do anything.",
               "A network provider may not bill you for a claim the Plan returned for a billing error.",
               "If you disagree with this decision, you may appeal within 180 days of the date of this letter."],
              size=9.2)
    p.ln(2)
    sign(p, [first_last(rev), "Claims Unit, Plan Office"])
    t = truth("denial_letter", "coding_error", insurer=INS, plan_id=PLAN_T, group=grp, member_id=mid, member_name=tech,
              cases=[clm], claim_amount=m2(total), service_dates=[iso(visit)], denial_date=iso(ld),
              provider=dr(dpm, "DPM"), appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "provider": [office]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    USED.clear()
    F = FAMILY + "_"
    stack_docs, cover = faxstd_stack(rng)
    return [
        Item(F + "bd_eob_patch_test_work_illness_code_wc", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_stack_salon_form_cover_short_hours_letter_then_booth_statement", "fax_standard_g4",
             stack_docs, separators=[cover, None]),
        Item(F + "faxstd_remittance_carpal_tunnel_no_precert_r37", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(F + "bd_trustees_appeal_allergy_drops_investigational_facts_p2", "born_digital", [bd_appeal(rng)]),
        Item(F + "rotated_es_dermatologa_fuera_de_red", "rotated", [rotated_es(rng)]),
        Item(F + "faxfine_repeat_nerve_test_not_necessary", "fax_fine_g4", [faxfine_nerve(rng)]),
        Item(F + "scan300_podiatry_claim_invalid_diagnosis_code", "scan_clean_300", [scan300_coding(rng)]),
    ]
