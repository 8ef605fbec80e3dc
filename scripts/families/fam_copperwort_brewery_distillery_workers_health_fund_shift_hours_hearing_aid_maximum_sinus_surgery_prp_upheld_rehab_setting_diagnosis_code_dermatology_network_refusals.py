"""An invented health fund for brewery, malt house and distillery workers (brewers, cellar and packaging crews,
maltsters, still operators, warehouse and bottling-line staff): the Copperwort Brewery and Distillery Workers Health
Fund, a multiemployer fund run by a Board of Trustees; its Fund Office is operated by Tunbarrow Benefit Services, Inc.
(named only in small print; not the insurer). Letterheads: a drawn pot still beside "COPPER" over "WORT" in heavy
capitals with "Brewery & Distillery Workers" / "Health Fund" beside the break; or the still beside the serif logo
word "COPPERWORT" with the legal name small directly under it; bodies say "the Fund". The union (Cellar, Still and
Packaging Workers, Local 38), the breweries and distilleries, clinics, hospitals and every person, number, amount, rule
and address are invented; phones 555; CPT, HCPCS and ICD-10 codes as themselves.

Invented rules: eligibility by shift hours that each brewery or distillery reports every month; a month is covered
when the three months that end two months before it hold 420 shift hours (February-April for June); hours on the
overnight fermentation watch count one and a quarter; hours over 420 go to an hours reserve of up to 840 hours that
fills a short month; self-payment is offered for a month missed. Plans CW-A2 (year-round crews) and CW-S1 (seasonal
crews); employer groups "BR" + four digits (breweries, malt houses) and "DS" + four digits (distilleries); member
numbers "CW" + two digits + a letter (T, K, H, R, X) + four digits, with a suffix "-01" for the member, "-02" the
spouse, "-03" and up the children, printed whole ("CW48T2096-03"); claims "26" + day of year + a letter + four
digits; precertifications "PX-" + five digits + a letter; Trustees' appeals "TR-26-" + three digits under "Matter
no.". One pair of hearing aids every 36 months, up to $2,400; sinus surgery needs a CT after 12 weeks of medical
treatment showing chronic disease (Lund-Mackay score of 4 or more); platelet-rich plasma injections are
investigational; an inpatient rehabilitation hospital needs a patient able to take three hours of therapy a day, five
days a week; no out-of-network benefits except emergencies; a claim with a diagnosis code short of its required
characters is refused for a corrected claim; member appeals within 180 days, provider reconsideration within 90 days
of the remittance, the Trustees' decision is final (external review and ERISA 502(a) only).

Documents (8 in 7 files):
- bd_eob_family_hearing_aids_code_hm: a born-digital two-page family statement headed "Statement of June 3rd,
  2026" (the numeric date only in the footer's "Printed" line); member facts in stepped label blocks; four claims for
  a brewer, his wife and son, each under a bold claim line with the patient's suffixed member number and a grey
  provider line; remarks codes DD, CI, OC (other coverage paid) and CP explain payments and HM refuses his hearing
  aids (a pair paid in 2024), told only in the legend; unused codes NP and OA; 180 days of the date of this statement.
- faxstd_stack_kitchen_cover_short_hours_then_reinstated: a standard-fax stack sent from a drugstore's fax: a cover
  lettered by hand on plain paper (a page count crossed out and written again), the Fund's two-page letter dated
  "the 19th of June, 2026" (the numeric date only in a "Mailed" footer) refusing an urgent care visit because a
  seasonal bottling-line worker had 371 of 420 shift hours for June (the self-payment due date as a decoy), then the
  notice that his hours cover August (denies nothing); the drugstore's later fax line on every page.
- faxstd_remittance_short_diagnosis_code_d4: a standard-fax provider remittance to an orthopaedic and hand clinic;
  captions in a narrow column with dot leaders to values at the right edge; three patients, the spouse's claim (a
  visit and a tendon injection billed with M77.1) refused under D4 in the legend; 90 days of the remittance date.
- scan300_trustees_prp_upheld_matter_no: a clean-scan Trustees' appeal decision keeping the refusal of platelet-rich
  plasma for tennis elbow as investigational; "Matter no." beside a minutes reference and a document control number;
  the meeting date as a decoy; final (four-month external review and 502(a) only).
- lowres_es_dermatologa_fuera_de_red: a 150 dpi Spanish letter refusing a daughter's visit to an out-of-network
  dermatologist ("Dra."), the claim under "Expediente", the network dermatologists named as decoys; 180 days.
- rotated_rehab_hospital_snf_instead_mailed_stamp: a sideways precertification letter dated "May 8th, 2026" with a
  MAILED stamp: an inpatient rehabilitation hospital refused after a stroke, a skilled nursing facility approved
  instead; the requesting physiatrist; a peer-to-peer window and 72-hour urgent appeal as decoys; 180 days.
- bd_sinus_surgery_not_necessary_date_in_footer: a born-digital pre-service letter whose only date is in the footer
  ("Notice date"); the ear, nose and throat surgeon named only in prose; identifiers far to the right; 180 days of
  the date of this notice.

Truth notes (where a careful reader could read two ways): insurer short forms ("Copperwort Health Fund",
"Copperwort Fund", "Copperwort", the "&" spelling) are accepted; the member number is the patient's number as printed
with its suffix, the base number accepted; the practice or facility is accepted beside a rendering or requesting
clinician; the Trustees' decision carries the matter and the claim number (either alone accepted); the planned dates
of the two pre-service letters, or none, are accepted; the rehabilitation setting is `level_of_care` with
`medical_necessity` accepted (the letter calls the rehabilitation hospital not medically necessary for this patient
while approving a lower setting); the remittance is `eob` with `denial_letter` accepted.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeu_famuf import (EUSheet, addr_block, caps_mailed, digits, dr, es_date, first_last, iso, kitchen_cover,
                               last_first, long, m2, n2, npi, ord_date, out, people, phone, plus, sign, slash,
                               the_ord, tin, tollfree, truth, usd, wday_long, workday)

FAMILY = ("copperwort_brewery_distillery_workers_health_fund_shift_hours_hearing_aid_maximum_sinus_surgery_prp_"
          "upheld_rehab_setting_diagnosis_code_dermatology_network_refusals")
LANG = "en"
SEED = 355201
USED: set = set()

INS = "Copperwort Brewery and Distillery Workers Health Fund"
INS_ALT = [INS, "Copperwort Brewery & Distillery Workers Health Fund", "Copperwort Health Fund", "Copperwort Fund",
           "Copperwort", "Copperwort Brewery and Distillery Workers Fund"]
ADMIN = "Tunbarrow Benefit Services, Inc."
OFFICE = ["Fund Office, 41 Sparge House Lane", "Kettleford, BQ 61402"]
PLAN_A, PLAN_S = "CW-A2", "CW-S1"
AREA = "563"


def foot(extra: str = "") -> str:
    return f"{INS}  \u00b7  {OFFICE[1]}  \u00b7  Fund Office operated by {ADMIN}" + \
        (f"  \u00b7  {extra}" if extra else "")


def member_no(rng) -> str:
    return f"CW{digits(rng, 2)}{rng.choice('TKHRX')}{digits(rng, 4)}"


def brewery(rng) -> str:
    return f"BR{digits(rng, 4)}"


def distillery(rng) -> str:
    return f"DS{digits(rng, 4)}"


def claim_no(rng, d: dt.date) -> str:
    return f"26{d.timetuple().tm_yday:03d}{rng.choice('KRTX')}{digits(rng, 4)}"


def precert_no(rng) -> str:
    return f"PX-{digits(rng, 5)}{rng.choice('KRTX')}"


def split_head(p: EUSheet, rng, box: str | None = None):
    p.split_brand("Copper", "wort", ["Brewery & Distillery Workers", "Health Fund"],
                  [OFFICE[0], OFFICE[1], f"Member services {tollfree(rng, '877')}",
                   f"Provider line {tollfree(rng, '888')}", f"Fax {phone(rng, AREA)}"],
                  mark="still", box=box, size=21, under=[f"Fund Office operated by {ADMIN}"])


def logo_head(p: EUSheet, rng, box: str | None = None, tagline: str | None = None):
    p.mark_logo("still", "COPPERWORT", INS,
                [OFFICE[0], OFFICE[1], f"Member services {tollfree(rng, '877')}", f"Fax {phone(rng, AREA)}"],
                tagline=tagline or "Health benefits for the people who brew, distil, cellar and pack",
                small=f"Fund Office operated by {ADMIN}", box=box, size=24, legal_size=7.2)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    m = people(rng, 1, "bw", sexes="M", used=USED)[0]
    last = m.split()[-1]
    wife = people(rng, 1, "bw", sexes="F", last=last, used=USED)[0]
    son = people(rng, 1, "bw", sexes="M", last=last, used=USED)[0]
    aud, pcp, np_ = people(rng, 3, "bc", sexes="FMF", used=USED)
    base = member_no(rng)
    grp = brewery(rng)
    sd = dt.date(2026, 6, 3)
    center = "Kettleford Hearing Center"
    d_aud = workday(dt.date(2026, 4, rng.randint(14, 16)))
    d_fit = workday(plus(d_aud, rng.randint(15, 18)))
    d_w = workday(dt.date(2026, 4, rng.randint(20, 22)))
    d_s = dt.date(2026, 5, rng.randint(9, 10))
    claims = [
        (m, "01", "Self", f"{dr(aud, 'AuD')}, {center}",
         [(d_aud, "92557", "Comprehensive hearing test", 240.00, 0.00, 168.00, 54.40, 113.60, "DD CI"),
          (d_aud, "92567", "Tympanometry", 64.00, 0.00, 41.00, 32.80, 8.20, "CI")]),
        (m, "01", "Self", f"{dr(aud, 'AuD')}, {center}",
         [(d_fit, "V5261", "Hearing aids, digital, behind the ear, pair", 4980.00, 0.00, 0.00, 0.00, 4980.00, "HM"),
          (d_fit, "V5011", "Fitting and orientation", 240.00, 0.00, 0.00, 0.00, 240.00, "HM")]),
        (wife, "02", "Spouse", f"Dr. {dr(pcp, 'MD')}, Grainhill Family Practice",
         [(d_w, "99214", "Office visit, established patient", 212.00, 141.00, 158.00, 17.00, 0.00, "OC")]),
        (son, "03", "Son", f"{dr(np_, 'NP')}, Hopvale Urgent Care",
         [(d_s, "99203", "Urgent care visit, new patient", 228.00, 0.00, 176.00, 141.00, 35.00, "CP")]),
    ]
    nos = [claim_no(rng, plus(c[4][0][0], rng.randint(3, 8))) for c in claims]
    den = 1
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Printed {slash(sd)}"),
                run_hdr=f"{last_first(m)}  \u00b7  Member ID {base}  \u00b7  page {{n}}")
    p.set_margins(14, 14, 14)
    p.add_page()
    logo_head(p, rng, box="FAMILY BENEFIT STATEMENT")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [m.upper(), "2207 Malt Kiln Road", "Grainhill, BQ 61418"], 9.4)
    p.f(9.4, "B")
    p.set_x(p.l_margin)
    p.cell(80, 5, f"Statement of {ord_date(sd)}", new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Member", m), ("Member ID", base), ("Plan", PLAN_A), ("Group", grp),
                   ("Employer", "Drayhorse Brewing Co."), ("Union", "Local 38")], ncol=2,
                  x=p.l_margin + W * 0.5, w=W * 0.5, indent=7, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    rows = []
    for i, (who, suf, rel, prov, lines) in enumerate(claims):
        rows.append(("span", f"Claim {nos[i]}   \u00b7   {who} ({rel})   \u00b7   ID {base}-{suf}"))
        rows.append(("note", f"Provider: {prov}"))
        for d, code, s, b, oth, allow, pd, yo, mk in lines:
            rows.append([slash(d), code, s, n2(b), n2(oth), n2(allow), n2(pd), n2(yo), mk])
        if len(lines) > 1:
            rows.append(("bold", ["", "", "Claim total", n2(sum(x[3] for x in lines)), n2(sum(x[4] for x in lines)),
                                  n2(sum(x[5] for x in lines)), n2(sum(x[6] for x in lines)),
                                  n2(sum(x[7] for x in lines)), ""]))
        rows.append(("gap",))
    tb = sum(x[3] for c in claims for x in c[4])
    to = sum(x[4] for c in claims for x in c[4])
    tpd = sum(x[6] for c in claims for x in c[4])
    tyo = sum(x[7] for c in claims for x in c[4])
    rows.append(("bold", ["", "", "Statement totals", n2(tb), n2(to), "", n2(tpd), n2(tyo), ""]))
    p.claim_rows(["Date", "Code", "Service", "Charge", "Other plan paid", "Allowed", "Fund paid", "You may owe",
                  "Remarks"],
                 [W * k / 100 for k in (10, 7, 30, 9, 9, 9, 9, 9, 8)], ["L", "L", "L", "R", "R", "R", "R", "R", "L"],
                 rows, size=7.6, row_h=4.3)
    p.legend_cols("Remarks", [
        ("DD", "Applied to the calendar-year deductible ($100.00 a person, $300.00 a family)."),
        ("CI", "Your 20% coinsurance after the deductible."),
        ("OC", "Another plan paid first as this patient's primary coverage; the Fund paid the rest of its allowed "
               "amount."),
        ("CP", "Your copayment for an urgent care visit."),
        ("HM", "Hearing aid benefit already used. The Fund pays for one pair of hearing aids every 36 months, up to "
               "$2,400.00 a pair; a pair for this patient was paid on 11/18/2024. Nothing is paid until 11/18/2027."),
        ("NP", "Precertification was needed and not obtained."),
        ("OA", "Paid at the out-of-network level."),
    ], ncol=2, size=7.2, code_w=8)
    p.add_page()
    p.bar("Your shift hours", 8.8)
    p.ruled_rows(["Work month", "Shift hours reported", "Counted"],
                 [["February 2026", "146", "146"], ["March 2026", "152", "152"], ["April 2026", "139", "139"],
                  ["Total for June coverage", "437", "437"]],
                 [W * k / 100 for k in (50, 25, 25)], ["L", "R", "R"], size=8.2, bold_rows=(3,))
    p.para("You need 420 shift hours in the three months that end two months before a month for coverage in that "
           "month. Hours over 420 go to your hours reserve (now 212 hours), which can fill a short month later.", 8.2)
    p.bar("Appeals", 8.8)
    p.para("If you disagree with how a claim was paid, you or someone you name may appeal in writing within 180 days "
           "of the date of this statement. Send the claim number and say why you disagree, with any records, to "
           f"the Appeals Unit, {OFFICE[0]}, {OFFICE[1]}. The Board of Trustees decides appeals at its next "
           "meeting.", 8.2)
    p.para("This statement is not a bill. A network provider may bill you only the amount in \"You may owe\".", 8.0)
    lines = claims[den][4]
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_A, group=grp, member_id=f"{base}-01", member_name=m,
              cases=[nos[den]], claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(d_fit)],
              denial_date=iso(sd), provider=dr(aud, "AuD"), appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": INS_ALT, "provider": [center, aud], "member_id": [base]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_stack(rng):
    dw = people(rng, 1, "bw", sexes="M", used=USED)[0]
    pr = people(rng, 1, "bw", sexes="F", used=USED)[0]
    np_, clerk, rep = people(rng, 3, "bc", sexes="FMM", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = distillery(rng)
    uc = "Hopvale Urgent Care"
    visit = dt.date(2026, 6, 9)
    clm = claim_no(rng, plus(visit, 4))
    ld = dt.date(2026, 6, 19)
    rn = dt.date(2026, 7, 20)
    sent = dt.date(2026, 8, 4)
    billed = 286.00
    hours = [("February 2026", 104), ("March 2026", 131), ("April 2026", 136)]
    tot = sum(h for _, h in hours)
    tx = f"{yy_slash(sent)} 11:{rng.randint(10, 59)}  HOPVALE DRUG & COPY  {AREA} 555 {digits(rng, 4)}  P{{n}}/{{t}}"
    cover = kitchen_cover(rng, [
        f"to: Local 38 union hall - {first_last(rep)}",
        f"fax {phone(rng, AREA)}",
        f"from: {first_last(pr)} for {first_last(dw)}",
        "",
        "his 2 letters from the health fund.",
        "The June urgent care visit - can it",
        "still be paid? He was only short a little.",
        f"call me {phone(rng, AREA)}",
    ], ("3", "4"), tx=tx, tx_total=4, size=14.5)
    # (i) short of shift hours for June
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Mailed {slash(ld)}"), tx=tx, tx_off=1, tx_total=4,
                run_hdr=f"{first_last(dw)}  \u00b7  Member ID {mid}  \u00b7  page {{n}} of {{nb}}")
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="ELIGIBILITY DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [dw, "9 Cooper's Yard, Unit B", "Hopvale, BQ 61431"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.f(9.4, "B")
    p.set_x(p.l_margin + W * 0.5)
    p.cell(W * 0.5, 5, f"Date: {the_ord(ld)}", align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.step_labels([("Member ID", mid), ("Plan / Group", f"{PLAN_S} / {grp}"), ("Claim", clm),
                   ("Employer", "Barleyford Spirits Co.")], ncol=2, x=p.l_margin + W * 0.5, w=W * 0.5, indent=6,
                  size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(dw)}:", 9.4)
    p.para(f"The Fund received a claim from {uc} for your visit on {long(visit)}, when you saw "
           f"{dr(np_, 'NP')}, a nurse practitioner there. The charge was {usd(billed)}. The Fund cannot pay it, "
           "because you did not have coverage in June 2026.", 9.2)
    p.bar("Why you were not covered in June", 9.0)
    p.para("Coverage for a month depends on the shift hours your employers report for the three months that end two "
           "months before it. For June 2026 those months are February, March and April 2026, and you need 420 shift "
           "hours in them.", 9.0)
    p.ruled_rows(["Work month", "Shift hours reported by Barleyford Spirits Co."],
                 [[mo, str(h)] for mo, h in hours] + [["Total", str(tot)], ["Needed", "420"],
                                                      ["Hours reserve on file", "12"]],
                 [W * 0.6, W * 0.4], ["L", "R"], size=8.8, bold_rows=(3,))
    p.para(f"Your {tot} hours and the 12 hours in your reserve come to {tot + 12}, which is short of 420. Your "
           "coverage ended on May 31, 2026.", 9.0)
    p.add_page()
    p.bar("Self-payment", 9.0)
    p.para("You may keep coverage by paying for it yourself: $486.00 for a month, paid by the 30th of the month "
           "before. Because this letter reaches you late for June, the Fund will accept a June payment until "
           "June 30, 2026; if it arrives by then, the claim above will be paid.", 9.0)
    p.bar("If you think your hours are wrong", 9.0)
    p.para("Ask your employer to send a corrected hours report. Overnight fermentation-watch hours count one and a "
           "quarter; check that yours were counted so.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal this decision within 180 days of the date of this letter. Write to the Appeals Unit at the "
           "Fund Office and say why you disagree; send pay stubs or time cards that show hours not reported. The "
           "Board of Trustees decides appeals at its next quarterly meeting.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Eligibility Unit", "Fund Office"])
    letter = out(p)
    letter_t = truth("denial_letter", "eligibility", insurer=INS, plan_id=PLAN_S, group=grp, member_id=mid,
                     member_name=dw, cases=[clm], claim_amount=m2(billed), service_dates=[iso(visit)],
                     denial_date=iso(ld), provider=dr(np_, "NP"), appeal_deadline=iso(plus(ld, 180)),
                     alternates={"insurer": INS_ALT, "member_id": [base], "provider": [uc, np_]})
    # (ii) the notice of eligibility
    q = EUSheet(footer=None, ids_foot=foot(), tx=tx, tx_off=3, tx_total=4)
    q.set_margins(18, 16, 18)
    q.add_page()
    logo_head(q, rng, box="NOTICE OF ELIGIBILITY")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [dw, "9 Cooper's Yard, Unit B", "Hopvale, BQ 61431"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.edge_leaders([("Notice date", long(rn)), ("Member ID", mid), ("Plan", PLAN_S), ("Group", grp)],
                   x=q.l_margin + W * 0.52, cap_w=22, size=9.0)
    q.set_y(max(q.get_y(), yl) + 2)
    q.para(f"Dear {first_last(dw)}:", 9.4)
    q.para("Good news: the shift hours your employer reported for April, May and June 2026 qualify you for coverage "
           "again. Your coverage under the Fund's seasonal plan starts on August 1, 2026.", 9.4)
    q.ruled_rows(["Work month", "Shift hours"], [["April 2026", "136"], ["May 2026", "158"], ["June 2026", "167"],
                                                 ["Total", "461"]],
                 [W * 0.6, W * 0.4], ["L", "R"], size=8.8, bold_rows=(3,))
    q.para("Coverage goes on month by month for as long as the three months that count hold 420 hours. The 41 hours "
           "over 420 have been added to your hours reserve.", 9.2)
    q.para("Your member card has not changed. Your wife and children, if enrolled, are covered from the same day.",
           9.2)
    q.ln(1)
    sign(q, [first_last(clerk), "Eligibility Unit", "Fund Office"])
    notice = out(q)
    notice_t = truth("other", None, insurer=INS, plan_id=PLAN_S, group=grp, member_id=mid, member_name=dw,
                     denial_date=iso(rn), alternates={"insurer": INS_ALT, "member_id": [base]})
    return cover, [(letter, letter_t), (notice, notice_t)]


def yy_slash(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remittance(rng):
    a = people(rng, 1, "bw", sexes="M", used=USED)[0]
    bm = people(rng, 1, "bw", sexes="M", used=USED)[0]
    b = people(rng, 1, "bw", sexes="F", last=bm.split()[-1], used=USED)[0]
    c = people(rng, 1, "bw", sexes="F", used=USED)[0]
    ortho, pa, sig = people(rng, 3, "bc", sexes="MMF", used=USED)
    clinic = "Kettleford Orthopaedic & Hand Clinic"
    bases = [member_no(rng) for _ in range(3)]
    grps = [brewery(rng), distillery(rng), brewery(rng)]
    rd = workday(dt.date(2026, 5, rng.randint(18, 20)))
    sent = workday(plus(rd, rng.randint(4, 6)))
    d1 = workday(dt.date(2026, 4, 21))
    d2 = workday(dt.date(2026, 4, 23))
    d3 = workday(dt.date(2026, 4, 28))
    cl = [claim_no(rng, plus(d, rng.randint(4, 7))) for d in (d1, d2, d3)]
    claims = [
        (a, bases[0], "01", PLAN_A, grps[0], cl[0], f"Dr. {dr(ortho, 'MD')}", "S63.501A", d1, [
            ("99213", "Office visit, established", 168.00, 124.00, 99.20, "CI"),
            ("73110", "X-ray wrist, 3 views", 96.00, 58.00, 46.40, "CI")]),
        (b, bases[1], "02", PLAN_A, grps[1], cl[1], dr(pa, "PA-C"), "M77.1", d2, [
            ("99214", "Office visit, established", 236.00, 0.00, 0.00, "D4"),
            ("20551", "Injection, tendon origin", 212.00, 0.00, 0.00, "D4")]),
        (c, bases[2], "01", PLAN_S, grps[2], cl[2], f"Dr. {dr(ortho, 'MD')}", "M79.641", d3, [
            ("99203", "Office visit, new patient", 248.00, 182.00, 65.60, "DD CI")]),
    ]
    den = 1
    tx = f"{slash(sent)} 15:{rng.randint(10, 59)}  COPPERWORT FUND PROVIDER SVCS  {AREA}-555-{digits(rng, 4)}  " \
         f"PG {{n}} OF {{t}}"
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(), tx=tx, tx_total=None)
    p.set_margins(15, 15, 15)
    p.add_page()
    split_head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [clinic, "Attn: Billing", "600 Hop Kiln Avenue, Suite 2", "Kettleford, BQ 61405"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.edge_leaders([("Remittance date", slash(rd)), ("RA no.", f"RA{digits(rng, 8)}"),
                    ("EFT trace", digits(rng, 10)), ("Batch", f"{rd.strftime('%y%m%d')}-{digits(rng, 3)}"),
                    ("Tax ID", tin(rng)), ("Billing NPI", npi(rng))], x=p.l_margin + W * 0.52, cap_w=24, size=8.6)
    p.set_y(max(p.get_y(), yl) + 1)
    rows = []
    for who, base, suf, plan, grp, clm, rend, dx, d, lines in claims:
        rows.append(("span", f"{last_first(who).upper()}   ID {base}-{suf}   Plan / Group {plan} / {grp}   "
                             f"Claim {clm}"))
        rows.append(("note", f"Rendering: {rend}    Diagnosis billed: {dx}"))
        for code, s, b_, allow, pd, rc in lines:
            rows.append([slash(d), code, s, n2(b_), n2(allow), n2(pd), rc])
        rows.append(("bold", ["", "", "Claim total", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                              n2(sum(x[4] for x in lines)), ""]))
        rows.append(("gap",))
    tb = sum(x[2] for cc in claims for x in cc[9])
    tp = sum(x[4] for cc in claims for x in cc[9])
    rows.append(("bold", ["", "", "Remittance totals", n2(tb), "", n2(tp), ""]))
    p.claim_rows(["Service date", "Code", "Service", "Charge", "Allowed", "Paid", "Remark"],
                 [W * k / 100 for k in (13, 9, 37, 11, 11, 11, 8)], ["L", "L", "L", "R", "R", "R", "L"], rows,
                 size=7.8, row_h=4.5)
    p.legend_cols("Remark codes", [
        ("CI", "Paid at the network rate less the patient's 20% coinsurance."),
        ("DD", "Part or all of the allowed amount applied to the patient's deductible."),
        ("D4", "The diagnosis code is not valid as billed: it needs more characters (for example the side of the "
               "body). Send a corrected claim with the complete code. Not paid."),
        ("CP", "Paid at the network rate less the patient's copayment."),
        ("NP", "No precertification on file for a service that needs one."),
        ("OC", "Other coverage is primary; send the other plan's explanation of benefits."),
    ], ncol=2, size=7.4, code_w=8)
    p.bar("Reconsideration", 8.8)
    p.para("You may ask the Fund to reconsider a claim within 90 days of the remittance date. A corrected claim "
           "(frequency code 7) with the complete diagnosis code is not a request for reconsideration; send it with "
           "the original claim number. You may not bill the patient for a claim refused under D4.", 8.2)
    sign(p, [first_last(sig), "Provider Payments, Fund Office"], size=8.4, close="")
    who, base, suf, plan, grp, clm, rend, dx, d, lines = claims[den]
    t = truth("eob", "coding_error", insurer=INS, plan_id=plan, group=grp, member_id=f"{base}-{suf}",
              member_name=who, cases=[clm], claim_amount=m2(sum(x[2] for x in lines)), service_dates=[iso(d)],
              denial_date=iso(rd), provider=dr(pa, "PA-C"), appeal_deadline=iso(plus(rd, 90)),
              alternates={"insurer": INS_ALT, "provider": [clinic, pa], "member_id": [base]},
              type_alternates=["denial_letter"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def scan300_trustees(rng):
    ap = people(rng, 1, "bw", sexes="M", used=USED)[0]
    doc, chair, sec = people(rng, 3, "bc", sexes="FMF", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = brewery(rng)
    practice = "Maltings Cross Sports Medicine"
    svc = workday(dt.date(2026, 3, rng.randint(10, 12)))
    clm = claim_no(rng, plus(svc, rng.randint(4, 7)))
    matter = f"TR-26-{digits(rng, 3)}"
    filed = workday(plus(svc, rng.randint(40, 46)))
    meet = dt.date(2026, 5, 14)
    ld = dt.date(2026, 5, 18)
    lines = [("0232T", "Platelet-rich plasma injection, right elbow", 1150.00),
             ("76942", "Ultrasound guidance for needle placement", 210.00)]
    billed = sum(x[2] for x in lines)
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot(f"Doc. control {digits(rng, 4)}-{digits(rng, 5)}"))
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="DECISION ON APPEAL")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [ap, "15 Racking Room Lane", "Maltings Cross, BQ 61420"], 9.4)
    p.f(9.2)
    p.set_x(p.l_margin)
    p.cell(0, 5, f"Date of this letter: {long(ld)}", new_x="LMARGIN", new_y="NEXT")
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Matter no.", matter), ("Claim", clm), ("Member ID", mid), ("Plan / Group", f"{PLAN_A} / {grp}"),
                   ("Trustees' meeting", long(meet)), ("Minutes ref.", f"BT-{meet.strftime('%m%d')}-7")], ncol=2,
                  x=p.l_margin + W * 0.46, w=W * 0.54, indent=6, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(ap)}:", 9.4)
    p.para(f"The Board of Trustees reviewed your appeal, received on {long(filed)}, of the Fund's refusal to pay for "
           f"the platelet-rich plasma (PRP) injection that Dr. {dr(doc, 'DO')} of {practice} gave into your right "
           f"elbow on {long(svc)}.", 9.2)
    p.ruled_rows(["Code", "Service", "Charge"], [[c, s, n2(a_)] for c, s, a_ in lines] + [["", "Claim total",
                                                                                          usd(billed)]],
                 [W * k / 100 for k in (12, 70, 18)], ["L", "L", "R"], size=8.8, bold_rows=(2,))
    p.bar("What you told the Trustees", 9.0)
    p.para("You wrote that your elbow pain started on the keg line, that a brace, physical therapy and a steroid "
           "injection did not help, and that your doctor believed PRP was the best next step before surgery. Your "
           "doctor sent a letter and two published studies.", 9.0)
    p.bar("The Trustees' decision", 9.0)
    p.para("The Trustees upheld the refusal. The Fund's medical policy on injections of blood-derived products lists "
           "PRP for tendon problems of the elbow as investigational: the studies so far are small, their results "
           "differ, and they do not show a lasting benefit over other treatment. The Summary Plan Description "
           "excludes services that are experimental or investigational (Article VII, section 7.03(f)). An "
           "orthopaedic surgeon who advises the Trustees read your records and the studies and agreed.", 9.0)
    p.para("The Trustees understand that the other treatments did not help you. A visit with an orthopaedic surgeon "
           "about other options is covered.", 9.0)
    p.bar("This decision is final under the Fund", 9.0)
    p.para("This was your appeal to the Board of Trustees, the last step of the Fund's appeal process. You may ask "
           "for an external review by an independent review organization within four months after you receive "
           "this letter; call the Fund Office for the form. You also have the right to bring a civil action under "
           "section 502(a) of the Employee Retirement Income Security Act (ERISA). You may ask for free copies of "
           "the documents and the medical policy the Trustees used.", 8.8)
    p.ln(1)
    sign(p, [first_last(chair), "Chair, Board of Trustees"], close="For the Board of Trustees,")
    p.para(f"Prepared by {first_last(sec)}, Appeals Unit, Fund Office   \u00b7   cc: Dr. {dr(doc, 'DO')}, {practice}",
           7.8)
    t = truth("denial_letter", "experimental", insurer=INS, plan_id=PLAN_A, group=grp, member_id=mid, member_name=ap,
              cases=[matter, clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=dr(doc, "DO"), appeal_deadline=None,
              alternates={"insurer": INS_ALT, "member_id": [base], "case_numbers": [[matter], [clm]],
                          "provider": [practice, doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    mom = people(rng, 1, "sp", sexes="F", used=USED)[0]
    dau = people(rng, 1, "sp", sexes="F", last=mom.split()[-1], used=USED)[0]
    derm, n1, n2_, clerk = people(rng, 4, "bc", sexes="FMFM", used=USED)
    base = member_no(rng)
    mid = f"{base}-03"
    grp = brewery(rng)
    clinic = "Alewick Skin & Laser Clinic"
    svc = workday(dt.date(2026, 4, rng.randint(14, 16)))
    clm = claim_no(rng, plus(svc, rng.randint(5, 8)))
    ld = workday(dt.date(2026, 5, rng.randint(11, 13)))
    lines = [("99204", "Consulta, paciente nueva", 318.00), ("11102", "Biopsia de piel por raspado", 164.00)]
    billed = sum(x[2] for x in lines)
    p = EUSheet(footer="Página {n} de {nb}", ids_foot=foot("Formulario CW-OON-2"))
    p.set_margins(18, 16, 18)
    p.add_page()
    logo_head(p, rng, box="DECISIÓN SOBRE UN RECLAMO", tagline="Beneficios de salud para quienes hacen cerveza y "
                                                                "destilados")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [mom, "330 Calle del Lúpulo", "Caskbridge, BQ 61427"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.step_labels([("Fecha", es_date(ld)), ("Expediente", clm), ("Paciente", dau), ("Núm. de miembro", mid),
                   ("Plan / Grupo", f"{PLAN_A} / {grp}"),
                   ("Núm. de control del documento", f"{digits(rng, 3)}-{digits(rng, 6)}")], ncol=2,
                  x=p.l_margin + W * 0.46, w=W * 0.54, indent=6, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Estimada señora {mom.split()[-1]}:", 9.4)
    p.para(f"El Fondo recibió el reclamo de {clinic} por la consulta de su hija {first_last(dau)} con la "
           f"Dra. {dr(derm, 'MD')}, dermatóloga, el {es_date(svc)}. El Fondo no pagará este reclamo.", 9.2)
    p.ruled_rows(["Código", "Servicio", "Cargo"], [[c_, s, n2(a_)] for c_, s, a_ in lines] +
                 [["", "Total del reclamo", usd(billed)]],
                 [W * k / 100 for k in (12, 70, 18)], ["L", "L", "R"], size=8.8, bold_rows=(2,))
    p.bar("Por qué", 9.0)
    p.para(f"{clinic} y la Dra. {derm.split()[-1]} no tienen contrato con el Fondo; están fuera de la red. El plan "
           "del Fondo no paga servicios fuera de la red, salvo en una emergencia. Esta consulta no fue una "
           "emergencia y no hubo una autorización del Fondo para ver a una proveedora fuera de la red.", 9.0)
    p.para(f"Dermatólogos de la red cerca de usted: Dr. {dr(n1, 'MD')} (Kettleford Dermatology Associates) y "
           f"Dra. {dr(n2_, 'MD')} (Grainhill Skin Center). La clínica puede cobrarle a usted el total.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Usted puede apelar por escrito dentro de 180 días a partir de la fecha de esta carta. Envíe su apelación "
           f"a la Unidad de Apelaciones, {OFFICE[0]}, {OFFICE[1]}, con cualquier documento que la apoye. La Junta "
           "de Fideicomisarios decide las apelaciones.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Unidad de Reclamos", "Oficina del Fondo"], close="Atentamente,")
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN_A, group=grp, member_id=mid,
              member_name=dau, cases=[clm], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld),
              provider=dr(derm, "MD"), appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": INS_ALT, "member_id": [base],
                          "provider": [clinic, derm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_rehab(rng):
    rm = people(rng, 1, "bw", sexes="M", used=USED)[0]
    phys, md_rev, nurse = people(rng, 3, "bc", sexes="FMF", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = brewery(rng)
    hosp, irf, snf = "Kettleford Regional Hospital", "Hopvale Rehabilitation Hospital", \
        "Barleyford Skilled Nursing & Rehab"
    px = precert_no(rng)
    ld = dt.date(2026, 5, 8)
    asked = plus(ld, -1)
    planned = plus(ld, 3)
    p = EUSheet(footer="Page {n} of {nb}", ids_foot=foot())
    p.set_margins(18, 16, 18)
    p.add_page()
    logo_head(p, rng, box="PRECERTIFICATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [rm, "c/o Kettleford Regional Hospital, Room 4-112", "1900 Brewers Hill Road",
                   "Kettleford, BQ 61408"], 9.4)
    p.mailed(caps_mailed(ld), p.l_margin + W * 0.7, y + 16, "FUND OFFICE", angle=-3)
    p.set_y(max(p.get_y(), y + 30))
    p.f(9.6, "B")
    p.set_x(p.l_margin)
    p.cell(0, 5, ord_date(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.step_labels([("Precertification no.", px), ("Member ID", mid), ("Plan / Group", f"{PLAN_A} / {grp}"),
                   ("Requested by", f"Dr. {dr(phys, 'MD')}, physiatrist"), ("Requested setting", irf),
                   ("Planned admission", long(planned))], ncol=3, indent=6, size=8.8, rule=True)
    p.para(f"Dear {first_last(rm)}:", 9.4)
    p.para(f"On {long(asked)} Dr. {phys.split()[-1]} at {hosp} asked the Fund to approve your move from the hospital "
           f"to {irf}, an inpatient rehabilitation hospital, after your stroke. The Fund has decided:", 9.2)
    p.bullets([f"Inpatient rehabilitation hospital: NOT APPROVED.",
               f"Skilled nursing facility with daily therapy: APPROVED, for up to 14 days at {snf}, from the planned "
               "date; a longer stay needs a new request."], size=9.2)
    p.bar("Why", 9.0)
    p.para("A rehabilitation hospital is for patients who can take part in at least three hours of therapy a day, "
           "five days a week, and who need a doctor's close watch every day. The hospital notes say you tire after "
           "about 45 minutes of therapy and that your blood pressure and swallowing are now stable. The Fund's "
           "nurse and a physician reviewer found that the rehabilitation hospital is not medically necessary for "
           "you now and that a skilled nursing facility, with physical, occupational and speech therapy every day, "
           "can safely meet your needs. If you grow stronger, your doctor may ask again.", 9.0)
    p.bar("If you disagree", 9.0)
    p.para("You or your doctor may appeal within 180 days of the date of this letter. Because you are in the "
           "hospital, you may ask for an urgent appeal by phone; it is decided within 72 hours. Your doctor may "
           "also talk with our physician reviewer (a peer-to-peer talk) within 2 business days.", 9.0)
    p.ln(1)
    sign(p, [f"{first_last(md_rev)}, MD", "Medical Director, Fund Office"], close="Sincerely,")
    p.para(f"Reviewed with {first_last(nurse)}, RN, Care Management   \u00b7   cc: Dr. {dr(phys, 'MD')}, {hosp}", 7.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, plan_id=PLAN_A, group=grp, member_id=mid,
              member_name=rm, cases=[px], service_dates=[iso(planned)], denial_date=iso(ld), provider=dr(phys, "MD"),
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [phys, hosp, irf],
                          "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_sinus(rng):
    sn = people(rng, 1, "bw", sexes="F", used=USED)[0]
    ent, rev = people(rng, 2, "bc", sexes="FM", used=USED)
    base = member_no(rng)
    mid = f"{base}-01"
    grp = brewery(rng)
    practice = "Kettleford ENT & Allergy"
    visit = workday(dt.date(2026, 4, rng.randint(8, 10)))
    nd = workday(plus(visit, rng.randint(15, 18)))
    planned = workday(plus(nd, rng.randint(16, 21)))
    px = precert_no(rng)
    p = EUSheet(footer=None, ids_foot=f"Notice date {slash(nd)}  \u00b7  page {{n}} of {{nb}}  \u00b7  {INS}  "
                                      f"\u00b7  Fund Office operated by {ADMIN}")
    p.set_margins(18, 16, 18)
    p.add_page()
    split_head(p, rng, box="NOTICE OF DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [sn, "61 Wort Street", "Alewick, BQ 61424"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Request no.", px), ("Member ID", mid), ("Plan / Group", f"{PLAN_A} / {grp}"),
                 ("Employer", "Grainhill Malting Co.")], x=p.l_margin + W * 0.5, cap_w=24, size=8.8)
    p.set_y(max(p.get_y(), yl) + 2)
    p.para(f"Dear {first_last(sn)}:", 9.4)
    p.para(f"When you saw Dr. {dr(ent, 'MD')} at {practice} on {long(visit)}, she asked the Fund to approve sinus "
           f"surgery (functional endoscopic sinus surgery of both maxillary and ethmoid sinuses, CPT 31255 and 31256) "
           f"planned for {long(planned)}. The Fund cannot approve it.", 9.2)
    p.bar("Why the Fund decided this", 9.0)
    p.para("The Fund's criteria for this surgery ask for symptoms of chronic sinusitis that go on after at least 12 "
           "weeks of medical treatment (salt-water rinses, a steroid nose spray and, when there is infection, "
           "antibiotics), and then a CT scan that shows chronic sinus disease, with a Lund-Mackay score of 4 or "
           "more.", 9.0)
    p.para("The records show six weeks of rinses and nose spray, and a CT scan done before that treatment began with a "
           "score of 2. An ear, nose and throat surgeon who reviews for the Fund found that the surgery is not "
           "medically necessary now. If your symptoms continue after a full 12 weeks of treatment, your doctor may "
           "send a new CT scan and ask again.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You or your doctor may appeal within 180 days of the date of this notice. Write to the Appeals Unit at the "
           "Fund Office; include any records you want the Trustees to read. You may ask for a free copy of the "
           "criteria and of the records the Fund used.", 9.0)
    p.para("Because this is a decision before the surgery, nothing has been billed. If you have the surgery anyway, "
           "the Fund will not pay for it.", 9.0)
    p.ln(1)
    sign(p, [f"{first_last(rev)}, MD", "Medical Director, Fund Office"])
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_A, group=grp, member_id=mid,
              member_name=sn, cases=[px], service_dates=[iso(planned)], denial_date=iso(nd), provider=dr(ent, "MD"),
              appeal_deadline=iso(plus(nd, 180)),
              alternates={"insurer": INS_ALT, "member_id": [base], "provider": [practice, ent],
                          "service_dates": [[]]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = faxstd_stack(rng)
    return [
        Item(f"{f}_bd_eob_family_hearing_aids_code_hm", "born_digital", [eob]),
        Item(f"{f}_faxstd_stack_kitchen_cover_short_hours_then_reinstated", "fax_standard_g4", stack_docs,
             separators=[cover, None]),
        Item(f"{f}_faxstd_remittance_short_diagnosis_code_d4", "fax_standard_g4", [faxstd_remittance(rng)]),
        Item(f"{f}_scan300_trustees_prp_upheld_matter_no", "scan_clean_300", [scan300_trustees(rng)]),
        Item(f"{f}_lowres_es_dermatologa_fuera_de_red", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_rotated_rehab_hospital_snf_instead_mailed_stamp", "rotated", [rotated_rehab(rng)]),
        Item(f"{f}_bd_sinus_surgery_not_necessary_date_in_footer", "born_digital", [bd_sinus(rng)]),
    ]
