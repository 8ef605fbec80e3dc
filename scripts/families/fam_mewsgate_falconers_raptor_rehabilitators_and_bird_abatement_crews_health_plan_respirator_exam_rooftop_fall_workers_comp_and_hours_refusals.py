"""An invented health plan for falconers, raptor rehabilitators and bird-abatement crews. The Mewsgate Health Plan
is a multiemployer plan of three invented groups (the North Fell Falconers' Association, whose self-employed
falconers and falconry guides join as a group; Parapet & Ledge Bird Control, Inc., whose crews net and spike
rooftops, clear pigeon roosts and fly falcons on airfields; Scoria Flats Raptor Center, a rehabilitation center),
with a Plan Office in Boise, Idaho, administered by Jesswright Benefit Services, LLC, whose name is printed in small
lower-case type under the plan's name. Member IDs are "MG" + eight digits; a spouse or child is the member's number
plus "-02", "-03". Groups MG-110 / MG-240 / MG-375; plan ID MGH-24B. The invented rules: exams and tests a job, a
license or a permit requires (respirator clearance, fit tests, falconry permit exams) are not covered; injuries on
paid work are for the employer's workers' compensation carrier first; advanced imaging needs precertification;
coverage in a month needs 100 hours reported in the month two months before; claims must reach the Plan within 90
days of the service; non-emergency care is paid in the Tanager Trail PPO. Every company, clinic, person, number,
permit number, code list, amount and time limit is invented, phones 555; real towns with invented streets; CPT /
HCPCS / ICD-10 codes as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born digital: a two-page family Explanation of Benefits, five claims for three people over a month with a "Your
  plan at a glance" side column beside the claims table; one line of the member's own clinic claim (99455, the
  respirator clearance exam his employer requires) carries R7, explained only in the two-column code list on page
  2; "within 180 days of the date of this statement".
- fine fax stack: a fax cover sheet (no document), the precertification approval of a rehabilitator's hand surgery
  after an owl's talon puncture (captions under the boxes; denies nothing), then the refusal of a crew member's
  rooftop fall (workers' compensation first) with a member box beside the prose, fed sideways.
- clean scan: a two-page refusal of a falconer's chest CT done without precertification after he cleared pigeon
  droppings from his mews loft, form
  cells with captions under the values, a running header on page 2.
- photocopy: a rehabilitator's eye visit (her own hawk, at home) refused for too few hours reported two months
  before, a weekly hours table broken across the pages, a self-payment offer as a decoy amount and date.
- phone photo, Spanish: more physical therapy for a self-employed airfield falconer's shoulder refused as not
  needed.
- 150 dpi: a falconer's talon laceration billed as a complex repair when the record shows a simple one, two columns
  of prose, captions run along one line, a falconry permit number as a decoy.
- rotated: an emergency visit whose claim reached the Plan after 90 days, captions after the values in ruled boxes,
  a table counting the days.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundem_fammb import (EMSheet, abbr, dash, digits, dlong, dmon, dmy, dots, es_date, first_last, fresh, iso,
                               last_first, long, m2, n2, nopad, out, people, phone, plus, same_surname, short, slash,
                               spaced, surname, tollfree, truth, upper, usd, usd_es, wday)

FAMILY = ("mewsgate_falconers_raptor_rehabilitators_and_bird_abatement_crews_health_plan_respirator_exam_rooftop_"
          "fall_workers_comp_and_hours_refusals")
LANG = "en"
SEED = 355121

PLAN = "Mewsgate Health Plan"
ALT = ["Mewsgate", "Mewsgate Health Plan Office", "Mewsgate Health"]
TPA = "administered by Jesswright Benefit Services, LLC"
TPA_ES = "administrado por Jesswright Benefit Services, LLC"
OFFICE = "Plan Office, 2210 Kestrel Row, Boise, ID 83702"
HELP = "1-888-555-0147"
NFFA, PARAPET, SCORIA = ("North Fell Falconers' Association", "Parapet & Ledge Bird Control, Inc.",
                         "Scoria Flats Raptor Center")
GROUPS = {NFFA: "MG-110", PARAPET: "MG-240", SCORIA: "MG-375"}
PLAN_ID = "MGH-24B"
PPO = "Tanager Trail PPO"


def mid(rng) -> str:
    return "MG" + digits(rng, 8)


def claim_no(rng, d: dt.date) -> str:
    return f"{d:%y}{d.timetuple().tm_yday:03d}-{digits(rng, 5)}"


def home(rng):
    town, z = rng.choice([("Boise", "83705"), ("Meridian", "83642"), ("Nampa", "83686"), ("Kuna", "83634"),
                          ("Mountain Home", "83647"), ("Caldwell", "83605")])
    street = rng.choice(["Jess Strap Ln", "Perch Pole Rd", "Lure Line Dr", "Hood Block Ct", "Creance Way",
                         "Weathering Yard Rd", "Bow Perch Ave"])
    return [f"{rng.randint(112, 9840)} {street}", f"{town}, ID {z}"]


def plan_head(p: EMSheet, es: bool = False):
    p.admin_letterhead(PLAN, TPA_ES if es else TPA,
                       ["Oficina del Plan" if es else "Plan Office", "2210 Kestrel Row", "Boise, ID 83702",
                        f"{'Servicios' if es else 'Member services'} {HELP}", "Fax (208) 555-0163"], mark="hood")


# ---------------------------------------------------------------------------------------------------------------
def born_family_eob(rng):
    mem, wife, girl, occ_doc, derm, ped, uc_doc = people(rng, 7, 2, "MFFFMFM")
    last = surname(mem)
    wife, girl = same_surname(wife, last), same_surname(girl, last)
    num = mid(rng)
    id_w, id_g = f"{num}-02", f"{num}-03"
    sd = dt.date(2026, 4, 20)
    occ = "Sagebrush Occupational Health Clinic"
    dA, dB, dC, dD, dE = (dt.date(2026, 3, 9), dt.date(2026, 3, 16), dt.date(2026, 3, 23), dt.date(2026, 4, 2),
                          dt.date(2026, 4, 6))
    claims = [
        (claim_no(rng, plus(dA, 9)), mem, occ, f"Dr. {occ_doc}", dA,
         [("99203", "New patient visit", 210.00, 142.00, 113.60, "P2"),
          ("86631", "Chlamydia antibody (psittacosis screen)", 64.00, 38.00, 38.00, "S4"),
          ("94010", "Spirometry", 88.00, 51.00, 40.80, "P2"),
          ("99455", "Work-related medical exam", 145.00, 0.00, 0.00, "R7")]),
        (claim_no(rng, plus(dB, 8)), wife, "Sweetbriar Dermatology", f"Dr. {derm}", dB,
         [("11102", "Skin biopsy, one lesion", 186.00, 121.50, 97.20, "P2"),
          ("88305", "Tissue exam by pathologist", 142.00, 74.25, 59.40, "P2")]),
        (claim_no(rng, plus(dC, 6)), girl, "Wingfield Pediatrics", f"Dr. {ped}", dC,
         [("99393", "Well child visit, 5-11", 218.00, 160.00, 160.00, "W1"),
          ("90715", "Tdap vaccine", 62.00, 48.10, 48.10, "W1")]),
        (claim_no(rng, plus(dD, 5)), mem, "Ninemile Urgent Care", uc_doc, dD,
         [("99213", "Office visit", 168.00, 112.00, 62.00, "C3"),
          ("12002", "Simple wound repair, 2.6-7.5 cm", 296.00, 201.00, 201.00, "P0")]),
        (claim_no(rng, plus(dE, 7)), wife, "Meridian Valley Lab", "", dE,
         [("80061", "Lipid panel", 58.00, 19.40, 19.40, "S4")]),
    ]
    rows, tb, tp = [], 0.0, 0.0
    for cno, pat, prov, rend, d, lines in claims:
        rows.append(("group", f"Claim {cno}  \u00b7  {first_last(pat)}  \u00b7  {prov}"))
        if rend:
            rows.append(["", f"Rendering provider: {rend}", "", "", "", ""])
        cb = cp = 0.0
        for code, desc, b, al, pd, note in lines:
            rows.append([short(d), f"{code} {desc}", n2(b), n2(al), n2(pd), note])
            cb, cp = cb + b, cp + pd
        rows.append(("bold", ["", "Claim total", n2(cb), "", n2(cp), ""]))
        tb, tp = tb + cb, tp + cp
    den = claims[0]
    den_b = round(sum(x[2] for x in den[5]), 2)
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-EOB-F   statement {sd:%y%m%d}{num[-4:]}",
                running=f"{PLAN}   \u00b7   {last_first(mem)}   \u00b7   {num}   \u00b7   {dmy(sd)}")
    p.set_margins(14, 14, 14)
    p.add_page()
    plan_head(p)
    p.f(14, "B")
    p.cell(0, 7, "Explanation of Benefits \u2014 Family Statement", new_x="LMARGIN", new_y="NEXT")
    p.f(8.8)
    p.cell(0, 4.6, f"Claims processed March 16 through April 17, 2026   \u00b7   Statement date {long(sd)}   \u00b7   "
                   "This is not a bill", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    side_w = 50
    tw = p.W - side_w - 4
    widths = [14, 64, 14, 15, 15]
    widths.append(tw - sum(widths))
    yt = p.get_y()
    p.grid(["Date", "Service", "Billed", "Plan allows", "Plan paid", "Code"], rows, widths,
           ["L", "L", "R", "R", "R", "C"], size=6.9, row_h=4.7)
    yend = p.get_y()
    p.sidebar_box("Your plan at a glance", [
        ("Member", mem), ("Member ID", num), ("Group", f"{GROUPS[PARAPET]}  {PARAPET}"),
        ("Plan ID", PLAN_ID), ("Network", PPO),
        ("Spouse", f"{first_last(wife)}  {id_w}"), ("Child", f"{first_last(girl)}  {id_g}"),
        ("Family deductible 2026", "$600.00; met $412.50"),
        ("Out-of-pocket limit", "$6,000.00; met $683.10"),
        "Questions? Call " + HELP + ", Monday to Friday.",
    ], x=p.l_margin + tw + 4, y=yt, w=side_w, size=7.0)
    p.set_xy(p.l_margin, max(yend, p.get_y()) + 2)
    p.f(8.4, "B")
    p.cell(0, 4.6, f"Totals this statement: billed {usd(tb)}; Plan paid {usd(tp)}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.multi_cell(p.W, 3.6, f"Payments go to the providers. Network providers in the {PPO} may not bill you for more "
                 "than your deductible, copayment and coinsurance. Code meanings are on page 2.",
                 new_x="LMARGIN", new_y="NEXT")
    p.add_page()
    p.legend2("Codes used on this statement", [
        ("P0", "Paid at 100% after the deductible for network care."),
        ("P2", "Paid at 80% of the Plan's allowance; you owe 20% coinsurance."),
        ("C3", "A $50.00 urgent care copayment applies."),
        ("S4", "Screening test for members who handle birds (psittacosis, lipid); paid in full."),
        ("W1", "Preventive care for a child, paid in full."),
        ("R7", "Not covered. Exams, tests and clearances needed for a job, a license or a permit (respirator "
               "clearance, fit testing, falconry permit exams, commercial driver exams) are excluded; the employer "
               "or the licensing body pays for them."),
        ("K2", "Not covered: workers' compensation pays first for an injury at paid work."),
        ("N5", "Not paid: the provider is outside the Tanager Trail PPO."),
        ("T9", "Not paid: the claim reached the Plan more than 90 days after the service."),
        ("A6", "Not paid: the service needed precertification, and none was on file."),
    ], size=7.6, code_w=8)
    p.heading("Your right to appeal", 10.5, rule=True)
    p.para("If you disagree with how a claim was handled, you or someone you name may appeal in writing within 180 "
           f"days of the date of this statement. Send the appeal and the claim number to the {OFFICE}. You may ask "
           "for copies of the records and plan rules used to decide your claim, free of charge. A decision on an "
           "appeal is made by people who did not make the first decision.", 8.8)
    p.para("Example of how coinsurance works: if the Plan allows $100.00 for a visit and your deductible is met, the "
           "Plan pays $80.00 and you pay $20.00.", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=PLAN_ID, group=GROUPS[PARAPET], member_id=num,
              member_name=mem, cases=[den[0]], claim_amount=m2(den_b), service_dates=[iso(dA)], denial_date=iso(sd),
              provider=occ, appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ALT, "provider": [occ_doc], "claim_amount": [m2(145.00)]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_stack(rng):
    reh, surgeon, nurse, crew, er_doc, adjuster, examiner = people(rng, 7, 2, "FMFMFMF")
    # document 1: precertification approved (denies nothing)
    num1 = mid(rng)
    ld1 = dt.date(2026, 5, 12)
    surg_d = dt.date(2026, 5, 19)
    auth = f"PC-{digits(rng, 7)}"
    center = "Tamarack Surgical Center"
    p = EMSheet(footer=None)
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld1), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([reh, *home(rng)], 9.6)
    p.f(13, "B")
    p.cell(0, 6.5, "Precertification: Approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.cap_boxes([(reh, "patient", 2.4), (num1, "member id", 1.4), (GROUPS[SCORIA], "group", 1.0)], where="below")
    p.cap_boxes([(auth, "certification number", 1.5), (f"Dr. {surgeon}", "surgeon", 2.0),
                 (slash(surg_d), "planned date", 1.2)], where="below")
    p.cap_boxes([("26020", "procedure", 0.9), ("Incision, tendon sheath of finger", "description", 2.6),
                 (center, "facility", 2.0)], where="below")
    p.para(f"Dear Ms. {surname(reh)}:", 9.6)
    p.para(f"We have approved the surgery Dr. {surgeon} asked for: opening and draining the tendon sheath of your "
           f"right ring finger, after the puncture wound from a great horned owl's talon at {SCORIA}. The surgery "
           f"may be done at {center} between {long(surg_d)} and {long(plus(surg_d, 29))}.", 9.4)
    p.para("This approval says the surgery is medically necessary. Payment still depends on your being covered on "
           "the day of surgery and on the Plan's usual rules: your deductible and 20% coinsurance apply. If the "
           "date moves outside the window above, the surgeon's office must call us.", 9.4)
    p.para(f"Because you were hurt at work, we also sent a notice to {SCORIA}'s workers' compensation carrier. If "
           "the carrier accepts the claim, it will pay instead of the Plan.", 9.4)
    p.signoff(["Sincerely,", f"{nurse}, RN", "Care Review, for the Plan"], 9.2)
    d1 = (out(p), truth("other", None, insurer=PLAN, group=GROUPS[SCORIA], member_id=num1, member_name=reh,
                        cases=[auth], service_dates=[iso(surg_d)], denial_date=iso(ld1), provider=surgeon,
                        alternates={"insurer": ALT, "provider": [center], "service_dates": [[]]}))
    # document 2: a rooftop fall at work; workers' compensation first (fed sideways)
    num2 = mid(rng)
    fall = dt.date(2026, 4, 14)
    hosp = "Lower Boise Valley Medical Center"
    cno = claim_no(rng, dt.date(2026, 4, 27))
    billed = 4382.50
    ld2 = dt.date(2026, 5, 11)
    wc_claim = f"WC-26-{digits(rng, 6)}"
    q = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-L-12   {cno}")
    q.set_margins(18, 15, 18)
    q.add_page()
    plan_head(q)
    q.f(9.6)
    q.cell(0, 5, dots(ld2), new_x="LMARGIN", new_y="NEXT")
    q.ln(2)
    q.address([crew, *home(rng)], 9.6)
    q.prose_side([
        f"Dear Mr. {surname(crew)}:",
        f"We received {hosp}'s claim for your emergency room care on {long(fall)}, when you broke your left wrist. "
        f"The report says you fell from a roof edge while putting up bird netting on a warehouse for {PARAPET}, "
        "your employer.",
        "**The Plan is not paying this claim now.** The Plan does not pay for an injury that happens while you are "
        "working for pay when workers' compensation covers it. Your employer has workers' compensation insurance "
        f"with Windhover Mutual Casualty, and the hospital should bill that carrier. The carrier's claim number is "
        f"{wc_claim}; its adjuster is {adjuster}.",
        "If the carrier denies your claim, send us its denial letter. We will then look at this claim again under "
        "the Plan's rules.",
        "## If you disagree",
        f"You may appeal within 180 days of the date of this letter. Write to the {OFFICE}.",
    ], "About this claim", [
        ("Member", crew), ("Member ID", num2), ("Group", f"{GROUPS[PARAPET]}"), ("Claim number", cno),
        ("Provider", hosp), ("Treating doctor", f"Dr. {er_doc}"), ("Date of service", slash(fall)),
        ("Billed", usd(billed)), ("Received", slash(dt.date(2026, 4, 27))),
    ], side_w=54, size=9.2)
    q.signoff(["Sincerely,", examiner, "Claims Department"], 9.2)
    d2 = (out(q), truth("denial_letter", "other", insurer=PLAN, group=GROUPS[PARAPET], member_id=num2,
                        member_name=crew, cases=[cno], claim_amount=m2(billed), service_dates=[iso(fall)],
                        denial_date=iso(ld2), provider=hosp, appeal_deadline=iso(plus(ld2, 180)),
                        alternates={"insurer": ALT, "provider": [er_doc], "case_numbers": [[cno, wc_claim]]}))
    return [d1, d2]


# ---------------------------------------------------------------------------------------------------------------
def scan_ct_no_precert(rng):
    mem, pulm, radiol, reviewer = people(rng, 4, 2, "MFMF")
    num = mid(rng)
    ct = dt.date(2026, 3, 26)
    ld = dt.date(2026, 4, 29)
    img = "Tephra Point Imaging"
    cno = claim_no(rng, dt.date(2026, 4, 8))
    other_c = claim_no(rng, dt.date(2026, 4, 10))
    billed = 1264.00
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-L-7   {cno}",
                running=f"{PLAN}  \u00b7  {last_first(mem)}  \u00b7  claim {cno}  \u00b7  page {{n}}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p)
    p.f(9.6)
    p.cell(0, 5, long(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.form_cells([
        [(mem, "member and patient", 2.0), (num, "member id", 1.2), (GROUPS[NFFA], "group", 0.8),
         (PLAN_ID, "plan id", 0.9)],
        [(cno, "claim", 1.1), (img, "billed by", 1.6), (f"Dr. {pulm}", "ordered by", 1.5)],
        [("71250 CT chest without contrast", "service", 2.0), (dmy(ct), "date of service", 1.0),
         (n2(billed), "billed (usd)", 0.9), ("0.00", "plan pays", 0.8)],
    ], size=8.8)
    p.para(f"Dear Mr. {surname(mem)}:", 9.6)
    p.para(f"We received {img}'s claim for a CT scan of your chest on {long(ct)}. Dr. {pulm} ordered it for a cough "
           "and fever that began after you cleared years of pigeon droppings from the barn loft where you keep your "
           "hawks. **The Plan cannot pay this claim.**", 9.3)
    p.para("The Plan requires precertification before CT, MRI and PET scans that are not done in an emergency. "
           "The ordering doctor or the imaging center must call Care Review and get a certification number before "
           "the scan. We have no request for this scan, before or after it was done, and the claim does not show "
           "an emergency. Your summary plan description explains this rule under \"Care that needs approval "
           "first\".", 9.3)
    p.para(f"Your visit with Dr. {pulm} on {long(plus(ct, -2))} (claim {other_c}) and the blood tests for "
           "histoplasmosis were paid; they did not need approval.", 9.3)
    p.add_page()
    p.heading("What happens next", 11, rule=True)
    p.para(f"Because {img} is in the {PPO}, it agreed to get precertification when it is needed and may not bill you "
           "for this scan beyond what you would have paid. If you get a bill, call us.", 9.3)
    p.para("If the scan was urgent, the imaging center or your doctor may send us the records and ask us to review "
           "the claim again. We will decide within 30 days of getting them.", 9.3)
    p.heading("Your right to appeal", 11, rule=True)
    p.para("You or your authorized representative may appeal this decision in writing within 180 days of the date "
           f"of this letter. Send your appeal to the {OFFICE}, or fax it to (208) 555-0163. Include the claim number "
           "and any records you want us to read. You may ask for copies of everything we used to decide the claim, "
           "free of charge. If your appeal is denied, you may ask for an external review.", 9.3)
    p.para(f"The radiologist who read your scan, Dr. {radiol}, bills separately; that claim will be decided the same "
           "way when we receive it.", 9.0)
    p.signoff(["Sincerely,", reviewer, "Claims Review, Jesswright Benefit Services, LLC, for the Plan"], 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=PLAN, plan_id=PLAN_ID, group=GROUPS[NFFA],
              member_id=num, member_name=mem, cases=[cno], claim_amount=m2(billed), service_dates=[iso(ct)],
              denial_date=iso(ld), provider=img, appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ALT, "provider": [pulm]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_hours(rng):
    mem, eye_doc, officer = people(rng, 3, 2, "FMF")
    num = mid(rng)
    svc = dt.date(2026, 5, 13)
    clinic = "Greenbelt Eye Associates"
    cno = claim_no(rng, dt.date(2026, 5, 21))
    billed = 389.00
    ld = dt.date(2026, 6, 2)
    weeks = [(dt.date(2026, 3, 7), 22.5), (dt.date(2026, 3, 14), 18.0), (dt.date(2026, 3, 21), 24.0),
             (dt.date(2026, 3, 28), 16.5), (dt.date(2026, 3, 31), 6.0)]
    total = sum(h for _, h in weeks)
    assert total == 87.0
    rows = []
    for i, (we, h) in enumerate(weeks):
        rows.append([slash(we), SCORIA, "Animal care technician", f"{h:.1f}"])
        if i == 2:
            rows.append(("break",))
    rows.append(("bold", ["", "Hours reported for March 2026", "", f"{total:.1f}"]))
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-E-3   {cno}",
                running=f"{last_first(mem)}   {num}   eligibility letter of {nopad(ld)}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p)
    p.f(9.6)
    p.cell(0, 5, abbr(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.kv_line([("Member", mem), ("ID", num), ("Group", GROUPS[SCORIA])])
    p.kv_line([("Claim", cno), ("Provider", clinic), ("Service date", slash(svc)), ("Billed", usd(billed))])
    p.ln(1)
    p.para(f"Dear Ms. {surname(mem)}:", 9.6)
    p.para(f"We received {clinic}'s claim for your eye exam with Dr. {eye_doc} on {long(svc)}, after your own "
           "Cooper's hawk scratched your left eye at home while you were trimming its beak. We are sorry, but the "
           "Plan cannot pay this claim, because you were not covered in May 2026.", 9.3)
    p.para("You are covered in a month when your employer reports at least 100 hours of work for you in the month "
           "two months before. Coverage for May depends on the hours reported for March. Volunteer hours and hours "
           "worked for an employer outside the Plan do not count.", 9.3)
    p.para(f"{SCORIA} reported 87.0 hours for you in March 2026, 13 fewer than the 100 needed. Here are the hours "
           "reported, week by week:", 9.3)
    W = p.W
    p.grid(["Week ending", "Employer", "Job", "Hours"], rows, [28, 70, 50, W - 148], ["L", "L", "L", "R"],
           size=8.4, row_h=5.4, cont="Hours reported for March 2026 (continued)")
    p.heading("Paying for coverage yourself", 10.5, rule=True)
    p.para("You may keep your coverage for May by making a self-payment of $418.00. It must reach the Plan Office by "
           f"{long(dt.date(2026, 7, 2))}. If we receive it, we will pay this claim under the Plan's usual rules.", 9.2)
    p.heading("If you disagree", 10.5, rule=True)
    p.para("If you think the hours are wrong, ask your employer to correct its report, or send us your pay stubs. "
           "You may also appeal this decision within 180 days of the date of this letter; write to the "
           f"{OFFICE}.", 9.2)
    p.signoff(["Sincerely,", officer, "Eligibility Unit"], 9.2)
    t = truth("denial_letter", "eligibility", insurer=PLAN, group=GROUPS[SCORIA], member_id=num, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": ALT, "provider": [eye_doc]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_therapy(rng):
    mem, therapist, reviewer = people(rng, 3, 2, "MFF", es=True)
    num = mid(rng)
    ld = dt.date(2026, 5, 8)
    start = dt.date(2026, 5, 11)
    req = f"CR-{digits(rng, 7)}"
    clinic = "Bruneau Canyon Physical Therapy"
    p = EMSheet(footer="Página {n} de {nb}", footer_left=f"MG-L-4S   {req}")
    p.set_margins(19, 16, 19)
    p.add_page()
    plan_head(p, es=True)
    p.f(9.6)
    p.cell(0, 5, f"Boise, {es_date(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.form_cells([[(mem, "miembro", 2.0), (num, "núm. de miembro", 1.2), (GROUPS[NFFA], "grupo", 0.8)],
                  [(req, "núm. de solicitud", 1.1), (clinic, "proveedor", 1.9), ("12 visitas", "pedido", 0.8)]],
                 size=8.8)
    p.para(f"Estimado señor {surname(mem)}:", 9.8)
    p.para(f"{clinic} nos pidió aprobar 12 visitas más de terapia física para su hombro derecho, a partir del "
           f"{es_date(start)}. Su terapeuta es {therapist}, PT. Usted trabaja por su cuenta volando halcones para "
           "ahuyentar aves en el aeropuerto, y se lastimó el hombro cargando un halcón en el puño durante horas.",
           9.6)
    p.para("**No aprobamos estas visitas.** Usted ya tuvo 12 visitas entre marzo y abril. Las notas de la terapeuta "
           "muestran que la fuerza y el movimiento de su hombro no cambiaron en las últimas seis visitas. Cuando "
           "la terapia deja de mejorar la función, seguir con ella no es médicamente necesario. Los ejercicios "
           "en casa que le enseñaron pueden continuar.", 9.6)
    p.para("Si su médico encuentra algo nuevo, como un desgarro en una resonancia, la clínica puede enviar otra "
           "solicitud con esos datos.", 9.6)
    p.para("**Si no está de acuerdo.** Usted puede apelar por escrito dentro de 180 días a partir de la fecha de "
           f"esta carta. Envíe su apelación a la Oficina del Plan, 2210 Kestrel Row, Boise, ID 83702. Para ayuda en "
           f"español, llame al {HELP}.", 9.6)
    p.signoff(["Atentamente,", f"{reviewer}, DPT", "Revisión de Atención, por el Plan"], 9.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=GROUPS[NFFA], member_id=num,
              member_name=mem, cases=[req], service_dates=[iso(start)], denial_date=iso(ld), provider=clinic,
              appeal_deadline=iso(plus(ld, 180)), lang="es",
              alternates={"insurer": ALT, "provider": [therapist], "service_dates": [[]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_coding(rng):
    mem, pa_name, coder = people(rng, 3, 2, "FMF")
    num = mid(rng)
    svc = dt.date(2026, 4, 4)
    ld = dt.date(2026, 5, 4)
    uc = "Foothill Road Urgent Care"
    cno = claim_no(rng, dt.date(2026, 4, 15))
    billed = 712.00
    permit = f"ID-FAL-{digits(rng, 5)}"
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-L-9   {cno}")
    p.set_margins(17, 15, 17)
    p.add_page()
    plan_head(p)
    p.f(9.6)
    p.cell(0, 5, dlong(ld), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.kv_line([("Claim", cno), ("Member ID", num), ("Group", GROUPS[NFFA])], size=8.8)
    p.kv_line([("Billed by", uc), ("Date", short(svc)), ("Amount", n2(billed))], size=8.8)
    p.ln(1)
    p.f(11.5, "B")
    p.cell(0, 6, "We need a corrected bill before we can pay", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.twocol([
        f"Dear Ms. {surname(mem)},",
        f"{uc} billed us for closing a cut on your right forearm on {long(svc)}, after your Harris's hawk footed "
        f"you while you were taking it up from the lure. {pa_name}, PA-C treated you.",
        "The bill used code 13132, a complex repair, which means a wound closed in several layers with extra work "
        "such as trimming damaged tissue or placing stents. The visit record shows a 4.1 cm cut closed with one "
        "layer of sutures, which is a simple repair (code 12002).",
        "**Because the code on the bill does not match the record, we have not paid the claim.** We have asked "
        "the clinic to send a corrected bill. When it does, we will process it as a new claim.",
        "## Your permit number",
        f"The claim form listed your falconry permit number, {permit}, in the box for your member ID. We found you "
        f"by your name and birth date. Your member ID is {num}; please show your Plan card at visits.",
        "## Appeal",
        "You may appeal this decision within 180 days of the date of this letter. Send it to the "
        f"{OFFICE}. Because the clinic is in the {PPO}, it may not bill you while it corrects the claim.",
    ], size=8.9)
    p.signoff(["With regards,", coder, "Coding Review Unit"], 9.0)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=GROUPS[NFFA], member_id=num, member_name=mem,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=uc,
              appeal_deadline=iso(plus(ld, 180)), alternates={"insurer": ALT, "provider": [pa_name]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_late_claim(rng):
    mem, wife, er_doc, examiner = people(rng, 4, 2, "MFMF")
    wife = same_surname(wife, surname(mem))
    num = mid(rng)
    wid = f"{num}-02"
    svc = dt.date(2026, 1, 6)
    recv = dt.date(2026, 5, 4)
    ld = dt.date(2026, 5, 15)
    hosp = "Mountain Home Community Hospital"
    cno = claim_no(rng, recv)
    billed = 2917.35
    p = EMSheet(footer="Page {n} of {nb}", footer_left=f"MG-L-15   {cno}")
    p.set_margins(18, 15, 18)
    p.add_page()
    plan_head(p)
    p.f(9.6)
    p.cell(0, 5, f"Date: {slash(ld)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.address([mem, *home(rng)], 9.6)
    p.cap_boxes([(wife, "patient", 2.0), (wid, "patient id", 1.6), (GROUPS[NFFA], "group", 1.0)], where="beside")
    p.cap_boxes([(cno, "claim", 1.4), (hosp, "provider", 2.6)], where="beside")
    p.cap_boxes([(upper(svc), "seen", 1.3), (usd(billed), "billed", 1.3), (dash(recv), "received", 1.4)],
                where="beside")
    p.para(f"Dear Mr. {surname(mem)}:", 9.6)
    p.para(f"{hosp} sent us a claim for {first_last(wife)}'s emergency room visit, when she had a high fever and "
           f"cough after cleaning the mews. Dr. {er_doc} saw her and tested for psittacosis. **The Plan will not pay "
           "this claim**, because it reached us after the Plan's time limit.", 9.3)
    p.para("Claims must reach the Plan within 90 days of the date of service. The table shows how we counted.", 9.3)
    W = p.W
    p.grid(["", "Date"], [["Date of service", long(svc)], ["Last day the claim could reach us (90 days)",
                                                           dmy(plus(svc, 90))],
                          ["Day the claim reached us", long(recv)], ("bold", ["Days late", str((recv - plus(svc,
                                                                                                         90)).days)])],
           [W - 60, 60], ["L", "L"], size=8.6, row_h=5.4)
    p.para(f"The hospital is in the {PPO}. Network providers agree to send claims on time, so the hospital may not "
           "bill you or your wife for this visit. If the hospital can show it sent the claim on time (for example, "
           "a report from its billing service showing the Plan received it earlier), it may ask us to look again.",
           9.3)
    p.para("You may appeal this decision within 180 days of the date of this letter. Write to the "
           f"{OFFICE}, or call {HELP} and ask for an appeal form.", 9.3)
    p.signoff(["Sincerely,", examiner, "Claims Department"], 9.2)
    t = truth("denial_letter", "timely_filing", insurer=PLAN, group=GROUPS[NFFA], member_id=wid, member_name=wife,
              cases=[cno], claim_amount=m2(billed), service_dates=[iso(svc)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": ALT, "provider": [er_doc], "member_id": [num]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh(2)
    F = FAMILY + "_"
    items = [
        Item(F + "born_digital_family_eob_plan_at_a_glance_respirator_exam_r7", "born_digital",
             [born_family_eob(rng)]),
    ]
    docs = finefax_stack(rng)
    items.append(Item(F + "faxfine_stack_cover_hand_surgery_approved_then_rooftop_fall_sideways", "fax_fine_g4",
                      docs, separators=["cover", None], turns={(1, 0): 90}))
    items += [
        Item(F + "scan_chest_ct_no_precertification_pigeon_loft", "scan_clean_300", [scan_ct_no_precert(rng)]),
        Item(F + "photocopy_hours_short_hawk_eye_scratch_table_continued", "photocopy", [photocopy_hours(rng)]),
        Item(F + "phone_es_terapia_hombro_halconero_no_necesaria", "phone_photo", [phone_es_therapy(rng)]),
        Item(F + "lowres_talon_laceration_complex_repair_code_two_columns", "scan_lowres_150",
             [lowres_coding(rng)]),
        Item(F + "rotated_er_psittacosis_claim_after_90_days", "rotated", [rotated_late_claim(rng)]),
    ]
    return items
