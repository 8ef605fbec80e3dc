"""An invented multi-employer health trust for ski lift and gondola operators, lift mechanics and their families, whose
coverage is earned by season days. Every sentence, name, number, amount and address is invented (phones 555; CPT,
HCPCS, ICD-10 and claim adjustment codes as themselves; towns invented in real states).

Issuer: the Sheavecroft Lift and Gondola Operators Health Trust (Fund Office in Tovington, CO), a Taft-Hartley style
trust funded by contributing lift companies (each one an employer group: EG-4118 Haddleby Basin Lift Company, EG-4203
Tovington Peak Resort, EG-4377 Vossridge Gondola Operations). Its letterhead is a drawn gondola cabin on its haul
rope beside the brand split over two lines in heavy capitals ("SHEAVE" / "CROFT"), a bar, and beside the break in
small type "Lift and Gondola Operators" / "Health Trust"; the unbroken full name is only in the footer. Claims and
precertification are administered by Kestlemere Benefit Administrators, LLC: a dark disc with the initials "KBA", the
brand "KESTLEMERE" tracked wide, "Benefit Administrators, LLC" under it and a grey line "Administered on behalf of the
Sheavecroft Lift and Gondola Operators Health Trust".

Eligibility (invented rules): each day an operator or mechanic works a scheduled lift or gondola shift for a
contributing employer is a season day; 20 season days reported for a month earn coverage for the second month after
it (February days buy April); 90 or more season days between December 1 and April 30 keep coverage from May 1
through October 31 (summer carry-over); wind-hold days count only when the employer paid a shift for them. Plans:
SLG-A (operators, season-day plan) and SLG-M (lift maintenance, year-round); they are printed only as a plan code in
a table or a "Plan / Group" line. Precertification is needed for MRI, braces over $500 and hyperbaric oxygen; claims
must be filed within 180 days of the service; hyperbaric oxygen is covered only for listed conditions; work injuries
go to the employer's workers' compensation carrier first.

Numbering: member IDs "LG" + two digits + "O" + three digits + "S" + one digit (LG47O215S8: an O among digits, an S
before the last digit), with a dependent suffix -01 / -02 / -03 printed joined in claim lines and on the knee brace
letter, in spaced groups ("LG31 O627 S4") on the coverage notice and the eligibility notice; claims "26B" + seven
digits (B among digits); precertifications "PC-26-" + five digits; appeals "APL-26-" + four digits. Decoys: other
employer groups in the season-day table, the workers' compensation carrier's policy number, NPIs, tax IDs, EFT and
check numbers, the shift card's number, the date a claim or an appeal was received, the Appeals Committee's meeting
date, fax header dates, the external review limit.

Documents (8 in 7 files):
- bd_family_eob_urgent_care_billed_er_code: a born-digital Kestlemere EOB for a lift mechanic's family (plan SLG-M,
  group EG-4118 in a table at the top); four claims, each headed by "Claim 26B..." with the patient and suffixed ID,
  the billing provider and the treating clinician in a grey line under it; the son's urgent care visit billed with an
  emergency department code is DENIED with remark C27; the other three are PAID. `eob`, `coding_error`.
- photocopy_stack_shift_card_short_days_then_mri_precert: a photocopied stack behind a gondola company's printed
  operator shift card lettered across by a shop steward (a page of no document): (i) the Fund Office's two-page
  notice that an April urgent care claim is refused because only 14 February season days were reported (page 2, the
  season-day table with a second employer as a decoy, copied sideways); the notice date beside the date the claim
  was received. `denial_letter`, `eligibility`. (ii) Kestlemere's notice that the same operator's ankle MRI was done
  without precertification, the imaging center on a provider line with its address and NPI, the ordering
  orthopedist only in prose, appeal "no later than November 2, 2026". `denial_letter`, `prior_authorization`.
- faxstd_provider_remittance_late_therapy_claim: a Kestlemere provider remittance in a claims system's monospace
  listing, faxed four days after its date: five claims, each with its received date; the January evaluation received
  in July is refused with CO-29 between rows with amounts in every column. `eob`, `timely_filing`.
- faxstd_trustees_decision_hyperbaric_frostbite_upheld: the Appeals Committee's two-page decision upholding the
  refusal of ten hyperbaric oxygen sessions for frostbite ("from January 26 through February 6, 2026") as
  investigational; the facility and the attending physician in boxes; appeal received, meeting and decision dates;
  external review and a 502(a) suit only. `denial_letter`, `experimental`.
- lowres_es_hombro_al_cargar_la_silla_compensacion: a Spanish Kestlemere letter (150 dpi scan): a chairlift operator
  hurt her shoulder helping a child onto the chair at work; the orthopedic visit (doctor named only in prose, the date
  in a sentence) goes to the lift company's workers' compensation carrier first; appeal "dentro de 180 días después
  de recibir esta carta". `denial_letter`, `other`, `lang: es`.
- phone_custom_knee_brace_not_necessary: a Kestlemere precertification decision photographed by a phone: a custom
  functional knee brace for a mechanic's daughter returning to ski racing after ACL reconstruction is not medically
  necessary; requested by an orthotics supplier on the surgeon's order; the request date beside the decision date;
  the suffixed member ID; the fitting date in a sentence. `denial_letter`, `medical_necessity`.
- bd_notice_of_coverage_summer_season_days: the Fund Office's notice that an operator's 104 winter season days keep
  her covered May through October, with her season days by month and the spaced member ID. `other`, no denial.

Truth notes and honest alternatives: insurer is the letterhead issuer (the Trust on its three papers with short forms
accepted; Kestlemere on its five, its short forms and the Trust accepted, since it writes for the Trust). Plan and
group as printed in the table or the "Plan / Group" line; none on the remittance, the MRI notice and the knee brace
letter. Member ID: the base ID where the paper prints it alone (the suffixed form accepted where the claim line joins
the suffix), the suffixed ID where only that is printed (the base accepted). The rendering or treating clinician is
the provider on the EOB, the remittance and the eligibility notice (the practice accepted); the imaging center on the
MRI notice (the ordering orthopedist accepted); the hyperbaric center (its attending physician accepted); the
orthopedist named in prose on the Spanish letter (his clinic accepted); the supplier on the knee brace letter (the
ordering surgeon accepted). The knee brace letter's amount is the supplier's quoted price (null accepted, a pre-service
letter); its fitting date is the service date ([] accepted). "Dentro de 180 días después de recibir esta carta" is
null (notice + 180 and + 185 accepted). The hyperbaric sessions are a span (the first day, or both end days, accepted).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundev_famvd import (EVSheet, addr_block, digits, dr, es_abbr, es_date, first_last, iso, last_first, long,
                               m2, n2, npi, out, people, phone, plus, shift_card_cover, sign, slash, spaced_id, tin,
                               tollfree, truth, workday)

FAMILY = ("sheavecroft_lift_gondola_operators_trust_season_days_er_code_urgent_care_short_february_days_mri_no_"
          "precert_late_therapy_hyperbaric_upheld_loading_comp_knee_brace_refusals")
LANG = "en"
SEED = 355205
USED: set = set()

TRUST = "Sheavecroft Lift and Gondola Operators Health Trust"
TRUST_ALT = [TRUST, "Sheavecroft Lift & Gondola Operators Health Trust", "Sheavecroft Health Trust",
             "Sheavecroft Trust", "Sheavecroft", "Sheavecroft Lift and Gondola Operators Trust"]
ADMIN = "Kestlemere Benefit Administrators, LLC"
ADMIN_ALT = [ADMIN, "Kestlemere Benefit Administrators", "Kestlemere", "KBA"] + TRUST_ALT
FUND = ["Fund Office", "410 Haul Rope Lane, Suite 2", "Tovington, CO 81659"]
TRUST_FOOT = f"{TRUST}  \u00b7  Fund Office  \u00b7  410 Haul Rope Lane, Suite 2, Tovington, CO 81659"
ADMIN_FOOT = f"{ADMIN}  \u00b7  P.O. Box 6120, Glenvale Junction, CO 80923  \u00b7  for the {TRUST}"
GROUPS = {"EG-4118": "Haddleby Basin Lift Company", "EG-4203": "Tovington Peak Resort",
          "EG-4377": "Vossridge Gondola Operations"}


def d9(rng, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def member_id(rng) -> str:
    return f"LG{d9(rng, 2)}O{d9(rng, 3)}S{rng.randint(1, 9)}"


def claim_no(rng) -> str:
    return f"26B{d9(rng, 7)}"


def trust_head(p: EVSheet, rng, box: str | None = None):
    p.split_brand("Sheave", "croft", ["Lift and Gondola Operators", "Health Trust"],
                  [FUND[0], FUND[1], FUND[2], f"Member services {tollfree(rng, '877')}", f"Fax {phone(rng, '970')}"],
                  mark="gondola", box=box, size=22)


def admin_head(p: EVSheet, rng, box: str | None = None):
    p.wordmark("Kestlemere", style="tracked", initials="KBA", shape="disc", tagline="Benefit Administrators, LLC",
               small=[f"Administered on behalf of the {TRUST}"],
               right=["P.O. Box 6120", "Glenvale Junction, CO 80923", f"Claims {tollfree(rng, '866')}",
                      f"Precertification {tollfree(rng, '866')}"], box=box, size=17)


# ---------------------------------------------------------------------------------------------------------------
def bd_eob(rng):
    dad = people(rng, 1, "lf", sexes="M", used=USED)[0]
    mom = people(rng, 1, "lf", sexes="F", last=dad.split()[-1], used=USED)[0]
    son = people(rng, 1, "lf", sexes="M", last=dad.split()[-1], used=USED)[0]
    dpt, fam, pa, path = people(rng, 4, "lc", sexes="FMFM", used=USED)
    mid = member_id(rng)
    sd = workday(dt.date(2026, 4, rng.randint(22, 24)))
    d1, d2, d3, d4 = dt.date(2026, 3, 30), dt.date(2026, 4, 2), dt.date(2026, 4, 6), dt.date(2026, 4, 9)
    uc = "Summit Quick Care - Tovington"
    claims = [
        (claim_no(rng), dad, "01", "Tovington Physical Therapy", f"{dpt}, DPT",
         [(d1, "97110", "Therapeutic exercise x3", 150.00, 104.00, 20.80, 83.20, "PAID", "K2"),
          (d1, "97140", "Manual therapy", 60.00, 44.00, 8.80, 35.20, "PAID", "K2")]),
        (claim_no(rng), mom, "02", "Harrowlee Family Medicine", dr(fam, "MD"),
         [(d2, "99396", "Preventive visit, 40-64", 285.00, 212.00, 0.00, 212.00, "PAID", "N0")]),
        (claim_no(rng), son, "03", uc, f"{pa}, PA-C",
         [(d3, "99284", "Emergency department visit, moderate", 642.00, 0.00, 0.00, 0.00, "DENIED", "C27")]),
        (claim_no(rng), dad, "01", "Vinje Valley Laboratory", f"{path}, MD (pathologist)",
         [(d4, "80061", "Lipid panel", 96.00, 38.20, 0.00, 38.20, "PAID", "N0")]),
    ]
    den = 2
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(15, 14, 15)
    p.add_page()
    admin_head(p, rng, box="EXPLANATION OF BENEFITS")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [dad.upper(), "27 Sheave Tower Road", "Haddleby, CO 81661"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Statement date", long(sd)), ("Claims processed", "03/30/2026 - 04/20/2026"),
                 ("Questions", tollfree(rng, '866'))], x=p.l_margin + W * 0.52, cap_w=28, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.ruled_rows(["Subscriber", "Member ID", "Plan", "Employer group", "Covered this month"],
                 [[dad, mid, "SLG-M", f"EG-4118 {GROUPS['EG-4118']}", "You, spouse (02), child (03)"]],
                 [W * k / 100 for k in (19, 14, 8, 35, 24)], ["L"] * 5, size=8.2)
    p.para("This is not a bill. It shows how the Trust handled claims for you and your family. Each claim shows "
           "the person's member ID with the family suffix. Your share is what the provider may still bill you.", 8.6)
    rows = []
    for c, who, suf, bill, rend, lines in claims:
        rows.append({"head": f"Claim {c}     {who}  ({mid}-{suf})", "who": f"Billed by {bill}  \u00b7  Treated by {rend}",
                     "lines": [[slash(d), code, s, n2(b), n2(a), n2(sh), n2(pd), st + " " + rm]
                               for d, code, s, b, a, sh, pd, st, rm in lines]})
    tb = sum(x[3] for c in claims for x in c[5])
    tp = sum(x[6] for c in claims for x in c[5])
    tsh = sum(x[5] for c in claims for x in c[5])
    p.status_rows(["Service date", "Code", "Service", "Billed", "Allowed", "Your share", "Paid", "Status"],
                  [W * k / 100 for k in (12, 8, 32, 9.5, 9.5, 9, 8.5, 11.5)], ["L", "L", "L", "R", "R", "R", "R", "L"],
                  rows, size=7.8, totals=["", "", "Totals", n2(tb), "", n2(tsh), n2(tp), ""])
    p.legend_cols("Remarks", [
        ("K2", "Your coinsurance: 20% of the allowed amount after the deductible."),
        ("N0", "Preventive care or lab work paid in full; no deductible or coinsurance."),
        ("C27", "The visit was billed with a hospital emergency department code, but it took place at an urgent "
                "care center (place of service 20). The claim cannot be paid with that code. The provider may send a "
                "corrected claim with an urgent care or office visit code; until then you owe nothing for it."),
        ("D1", "Applied to your calendar-year deductible."),
    ], ncol=2, size=7.4, code_w=8)
    p.bar("Your right to appeal", 8.8)
    p.para("If you disagree with how a claim was handled, you or someone you name may appeal in writing within 180 "
           "days of the date of this statement. Send your appeal to the Trust's Fund Office with the claim number "
           "and any records that help. You may ask for copies of the documents used to decide your claim, free.",
           8.4)
    c, who, suf, bill, rend, lines = claims[den]
    t = truth("eob", "coding_error", insurer=ADMIN, plan_id="SLG-M", group="EG-4118", member_id=mid, member_name=son,
              cases=[c], claim_amount=m2(sum(x[3] for x in lines)), service_dates=[iso(d3)], denial_date=iso(sd),
              provider=f"{pa}, PA-C", appeal_deadline=iso(plus(sd, 180)),
              alternates={"insurer": ADMIN_ALT, "member_id": [f"{mid}-{suf}"], "provider": [uc, pa]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_stack(rng):
    op = people(rng, 1, "lf", sexes="M", used=USED)[0]
    steward = people(rng, 1, "lf", sexes="M", used=USED)[0]
    do_, ortho, clerk, nurse = people(rng, 4, "lc", sexes="FMFM", used=USED)
    mid = member_id(rng)
    # (i) eligibility
    visit = dt.date(2026, 4, 8)
    got = dt.date(2026, 4, 16)
    nd = dt.date(2026, 4, 29)
    c1 = claim_no(rng)
    uc = "Vossridge Mountain Urgent Care"
    lines = [("99214", "Office visit, established patient", 318.00), ("73610", "X-ray, ankle, 3 views", 122.00)]
    tot1 = sum(x[2] for x in lines)
    # (ii) MRI without precertification
    mri = dt.date(2026, 3, 19)
    ld = dt.date(2026, 5, 6)
    c2 = claim_no(rng)
    imaging = "Tovington Valley Imaging"
    mri_amt = 1240.00
    cover = shift_card_cover(rng, ["Vossridge Gondola Operations", "Lift Operations  \u00b7  Base Terminal",
                                   f"1 Gondola Plaza, Vossridge, CO 81660  \u00b7  {phone(rng, '970')}"],
                             f"{digits(rng, 5)}",
                             [(46, f"Gondola 2        {first_last(op).split()[0][0]}. {op.split()[-1]}"),
                              (82, "TO: Trust Fund Office / Kestlemere"),
                              (98, f"{op.split()[0]} says he worked 19 days in Feb, not 14"),
                              (113, "5 wind hold days - were they paid + reported??"),
                              (128, "2nd letter is his ankle MRI from March"),
                              (146, f"call me ext 412 - {steward.split()[0]} (shop steward)")])
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="NOTICE OF CLAIM DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [op, "Unit 6, Lodgepole Flats", "Vossridge, CO 81660"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date of notice", long(nd)), ("Claim received", long(got)), ("Claim no.", c1),
                 ("Member ID", spaced_id(mid, (4, 4, 2)))], x=p.l_margin + W * 0.5, cap_w=26, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(op)}:", 9.4)
    p.para(f"We received a claim from {uc} for your visit on {long(visit)}, when {dr(do_, 'DO')} treated your "
           "ankle. The Trust cannot pay this claim because you were not covered in April 2026.", 9.2)
    p.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(visit), a, b, n2(c), "0.00"] for a, b, c in lines] + [["", "", "Total", n2(tot1), "0.00"]],
                 [W * k / 100 for k in (15, 11, 48, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6,
                 bold_rows=(len(lines),))
    p.bar("Why you were not covered", 9.0)
    p.para("Coverage is earned by season days. You are covered for a month when your employers report at least 20 "
           "season days for you for the second month before it. April coverage depends on February. Vossridge Gondola "
           "Operations reported 14 season days for you for February 2026; your season days for each month are on "
           "page 2.", 9.0)
    p.para("A day the gondola did not run because of wind counts as a season day only if the company paid you a "
           "shift for it. If you were paid for hold days that are not on the report, ask the company to send the "
           "Fund Office a corrected report; we will look at the claim again when it arrives.", 9.0)
    p.add_page()
    p.bar("Your season days", 9.0)
    p.ruled_rows(["Month worked", "Employer group", "Plan", "Season days", "Earns coverage for"],
                 [["December 2025", f"EG-4377 {GROUPS['EG-4377']}", "SLG-A", "22", "February 2026"],
                  ["January 2026", f"EG-4377 {GROUPS['EG-4377']}", "SLG-A", "21", "March 2026"],
                  ["January 2026", f"EG-4203 {GROUPS['EG-4203']}", "SLG-A", "3", "(added to January)"],
                  ["February 2026", f"EG-4377 {GROUPS['EG-4377']}", "SLG-A", "14", "April 2026 - not earned"],
                  ["March 2026", f"EG-4377 {GROUPS['EG-4377']}", "SLG-A", "23", "May 2026"]],
                 [W * k / 100 for k in (17, 38, 9, 12, 24)], ["L", "L", "L", "R", "L"], size=8.4)
    p.para("You are covered again from May 1, 2026, because of your March season days. Claims for care in May are "
           "paid under the usual rules.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal this decision to the Board of Trustees. Your appeal must be in writing and must be sent "
           "within 180 days of the date of this notice. Include a corrected season-day report or pay stubs if you "
           "have them.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Eligibility Department", f"Fund Office, {TRUST}"], size=9.0)
    elig = out(p)
    elig_t = truth("denial_letter", "eligibility", insurer=TRUST, plan_id="SLG-A", group="EG-4377", member_id=mid,
                   member_name=op, cases=[c1], claim_amount=m2(tot1), service_dates=[iso(visit)], denial_date=iso(nd),
                   provider=dr(do_, "DO"), appeal_deadline=iso(plus(nd, 180)),
                   alternates={"insurer": TRUST_ALT, "provider": [uc, do_]})
    q = EVSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    q.set_margins(18, 16, 18)
    q.add_page()
    admin_head(q, rng, box="PRECERTIFICATION NOTICE")
    W = q.w - q.l_margin - q.r_margin
    y = q.get_y()
    addr_block(q, [op, "Unit 6, Lodgepole Flats", "Vossridge, CO 81660"], 9.4)
    yl = q.get_y()
    q.set_y(y)
    q.far_right([("Notice date", long(ld)), ("Claim no.", c2), ("Member ID", mid), ("Patient", op)],
                x=q.l_margin + W * 0.5, cap_w=24, size=9.2)
    q.set_y(max(q.get_y(), yl) + 1)
    q.para(f"Dear {first_last(op)}:", 9.4)
    q.para(f"Your ankle MRI on {long(mri)} was ordered by {dr(ortho, 'MD')}, an orthopedist, and done at:", 9.2)
    q.npi_line("Imaging provider", imaging, "300 Ridge Spur Road, Tovington, CO 81659", npi(rng))
    q.ruled_rows(["Date", "Code", "Service", "Billed", "Paid"],
                 [[slash(mri), "73721", "MRI, ankle joint, without contrast", n2(mri_amt), "0.00"]],
                 [W * k / 100 for k in (15, 11, 48, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6)
    q.bar("Why the claim was denied", 9.0)
    q.para("The Trust's plan requires precertification before an MRI. Kestlemere had no precertification request for "
           "this MRI from the ordering doctor or from the imaging center, so the claim was denied. Because the imaging "
           "center is in the Trust's network, it may not bill you for this MRI.", 9.0)
    q.para("If the MRI was done because of an emergency, or if a request was made and we lost it, send us what shows "
           "it; we will look at the claim again.", 9.0)
    q.bar("Your right to appeal", 9.0)
    q.para(f"You may appeal in writing to the Board of Trustees. We must receive your appeal no later than "
           f"{long(plus(ld, 180))}.", 9.0)
    q.ln(1)
    sign(q, [first_last(nurse), "Precertification Unit", ADMIN], size=9.0)
    mri_doc = out(q)
    mri_t = truth("denial_letter", "prior_authorization", insurer=ADMIN, member_id=mid, member_name=op, cases=[c2],
                  claim_amount=m2(mri_amt), service_dates=[iso(mri)], denial_date=iso(ld), provider=imaging,
                  appeal_deadline=iso(plus(ld, 180)),
                  alternates={"insurer": ADMIN_ALT, "provider": [dr(ortho, "MD"), ortho]})
    return cover, [(elig, elig_t), (mri_doc, mri_t)]


# ---------------------------------------------------------------------------------------------------------------
def faxstd_remit(rng):
    pts = people(rng, 5, "lf", sexes="FMFMF", used=USED)
    thers = people(rng, 4, "lc", sexes="FMFM", used=USED)
    sig = people(rng, 1, "lc", sexes="F", used=USED)[0]
    practice = "Sheerline Physical Therapy & Sports Rehab"
    rd = dt.date(2026, 7, 24)
    sent = dt.date(2026, 7, 28)
    mids = [f"{member_id(rng)}-{s}" for s in ("01", "01", "02", "01", "03")]
    rows = [  # patient, id, dos, received, proc, billed, allowed, pt resp, paid, carc, therapist
        (pts[0], mids[0], dt.date(2026, 6, 29), dt.date(2026, 7, 8), "97110", 150.00, 104.00, 20.80, 83.20,
         "CO-45 PR-2", thers[0]),
        (pts[1], mids[1], dt.date(2026, 7, 1), dt.date(2026, 7, 10), "97140", 120.00, 88.00, 88.00, 0.00,
         "CO-45 PR-1", thers[1]),
        (pts[2], mids[2], dt.date(2026, 1, 5), dt.date(2026, 7, 20), "97161", 245.00, 0.00, 0.00, 0.00, "CO-29",
         thers[2]),
        (pts[3], mids[3], dt.date(2026, 7, 6), dt.date(2026, 7, 14), "97530", 180.00, 126.00, 25.20, 100.80,
         "CO-45 PR-2", thers[3]),
        (pts[4], mids[4], dt.date(2026, 7, 8), dt.date(2026, 7, 15), "97112", 135.00, 96.00, 19.20, 76.80,
         "CO-45 PR-2", thers[0]),
    ]
    den = 2
    cls = [claim_no(rng) for _ in rows]
    npis = {t: npi(rng) for t in thers}
    tx = (f"{slash(sent)}  10:{rng.randint(10, 59)}  KESTLEMERE PROVIDER SVCS  FAX 866 555 {digits(rng, 4)}  "
          f"P.{{n2}}/{{t2}}")
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT, tx=tx, tx_total=1)
    p.set_margins(14, 16, 14)
    p.add_page()
    admin_head(p, rng, box="PROVIDER REMITTANCE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [practice, "Billing Office", "1180 Chairlift Court", "Tovington, CO 81659"], 9.0)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Remittance date", slash(rd)), ("Payee NPI", npi(rng)), ("Tax ID", tin(rng)),
                 ("EFT no.", digits(rng, 10)), ("EFT amount", n2(sum(r[8] for r in rows)))],
                x=p.l_margin + W * 0.52, cap_w=26, size=8.8)
    p.set_y(max(p.get_y(), yl) + 1)
    def fmt(c, nm, m, dos, rec, proc, b, a, pr, pd, carc):
        return (f"{c:<11} {nm:<22} {m:<15} {dos:<10} {rec:<10} {proc:<5} {b:>7} {a:>8} {pr:>8} {pd:>7}  {carc}")

    head = [fmt("CLAIM NO", "PATIENT", "MEMBER ID", "DOS", "RECEIVED", "PROC", "BILLED", "ALLOWED", "PT RESP",
                "PAID", "CARC")]
    lines = []
    for (who, m, dos, rec, proc, b, a, pr, pd, carc, ther), c in zip(rows, cls):
        nm = last_first(who)[:21]
        lines.append(("b", fmt(c, nm, m, slash(dos), slash(rec), proc, f"{b:.2f}", f"{a:.2f}", f"{pr:.2f}",
                               f"{pd:.2f}", carc)))
        lines.append(f"            RENDERING: {dr(ther, 'DPT').upper()}   NPI {npis[ther]}")
        lines.append(("gap",))
    tb = sum(r[5] for r in rows)
    tp = sum(r[8] for r in rows)
    lines.append(("rule",))
    lines.append(("b", fmt("TOTALS", "", "", "", "", "", f"{tb:.2f}", "", "", f"{tp:.2f}", "")))
    p.runon(head, lines, size=6.9)
    p.legend_cols("Claim adjustment reason codes", [
        ("CO-45", "Charge exceeds the Trust's allowed amount for a network provider. Write off the difference."),
        ("PR-1", "Deductible: the patient's responsibility."),
        ("PR-2", "Coinsurance: the patient's responsibility."),
        ("CO-29", "The time limit for filing has expired. The Trust pays claims received within 180 days of the "
                  "date of service. Do not bill the patient."),
    ], ncol=2, size=7.4, code_w=11)
    p.bar("Provider reconsideration", 8.8)
    p.para("You may ask Kestlemere to reconsider a claim on this remittance within 120 days of the date of this "
           "remittance. For a timely filing denial, send proof that the claim was first filed with the Trust within "
           "180 days of the service (a clearinghouse acceptance report, for example).", 8.2)
    sign(p, [first_last(sig), "Provider Payment Services", ADMIN], size=8.6, close="")
    who, m, dos, rec, proc, b, a, pr, pd, carc, ther = rows[den]
    t = truth("eob", "timely_filing", insurer=ADMIN, member_id=m, member_name=who, cases=[cls[den]],
              claim_amount=m2(b), service_dates=[iso(dos)], denial_date=iso(rd), provider=dr(ther, "DPT"),
              appeal_deadline=iso(plus(rd, 120)),
              alternates={"insurer": ADMIN_ALT, "member_id": [m.split("-")[0]], "provider": [practice, ther]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_appeal(rng):
    op = people(rng, 1, "lf", sexes="M", used=USED)[0]
    rep = people(rng, 1, "lf", sexes="F", used=USED)[0]
    hbo, chair, sec = people(rng, 3, "lc", sexes="FMF", used=USED)
    mid = member_id(rng)
    apl = f"APL-26-{digits(rng, 4)}"
    c = claim_no(rng)
    first, last = dt.date(2026, 1, 26), dt.date(2026, 2, 6)
    denied = dt.date(2026, 3, 4)
    got = dt.date(2026, 3, 20)
    met = dt.date(2026, 5, 14)
    dd = dt.date(2026, 5, 18)
    sent = dt.date(2026, 5, 20)
    center = "Tovington Regional Wound & Hyperbaric Center"
    amt = 10 * 985.00
    tx = (f"{slash(sent)} 15:{rng.randint(10, 59)}  SHEAVECROFT FUND OFFICE  970 555 {digits(rng, 4)}  "
          f"PG {{n}}/{{t}}")
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT, tx=tx, tx_total=2)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="DECISION ON APPEAL")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [op, f"c/o {first_last(rep)}", "Harrowlee Lift Workers' Association", "88 Bunkhouse Row",
                   "Harrowlee, CO 81662"], 9.2)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Decision date", long(dd)), ("Appeal no.", apl), ("Appeal received", long(got)),
                 ("Plan / Group", "SLG-A / EG-4203"), ("Member ID", mid)], x=p.l_margin + W * 0.52, cap_w=26,
                size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(op)}:", 9.4)
    p.para(f"The Appeals Committee of the Board of Trustees met on {long(met)} and considered your appeal of the denial "
           f"of claim {c}. This letter gives the Committee's decision.", 9.2)
    p.boxes([[("Facility", center, 0.55), ("Attending physician", dr(hbo, "MD") + "\nUndersea & hyperbaric medicine",
                                            0.45)],
             [("Treatment", "Hyperbaric oxygen therapy (99183, G0277)\n10 sessions", 0.55),
              ("Billed", f"${n2(amt)}", 0.45)]], size=8.8)
    p.bar("The facts", 9.0)
    p.para(f"You developed frostbite of three fingers of your left hand while skiing in the backcountry on your day "
           f"off. The center gave you ten sessions of hyperbaric oxygen from {first.strftime('%B %-d')} through "
           f"{long(last)}. Kestlemere denied the claim on {long(denied)}, and you appealed with letters from "
           "the attending physician and two published case series.", 9.0)
    p.bar("The plan's terms", 9.0)
    p.para("The plan does not cover services that are experimental or investigational for the condition treated. "
           "Hyperbaric oxygen therapy is covered only for the conditions listed in the plan's medical policy, such as "
           "decompression sickness, carbon monoxide poisoning and certain non-healing wounds. Frostbite is not on "
           "that list.", 9.0)
    p.add_page()
    p.bar("The Committee's decision", 9.0)
    p.para("The Committee asked an independent physician board-certified in undersea and hyperbaric medicine to "
           "review your records and the articles. The reviewer found that the studies of hyperbaric oxygen for "
           "frostbite are small, without comparison groups, and do not show that it saves tissue. Its use for "
           "frostbite remains investigational.", 9.0)
    p.para("The denial is upheld. This is the Trust's final decision on your claim. The Trust is not asking you to "
           "pay the center; any balance is between you and the center.", 9.0)
    p.bar("What you can do next", 9.0)
    p.para("You may ask for an external review by an independent review organization. The request must be filed "
           "within four months after the date you receive this letter; the enclosed form explains how. You also have "
           "the right to bring a civil action under section 502(a) of ERISA. You may ask the Fund Office, free of "
           "charge, for copies of all documents relevant to your claim, including the reviewer's report.", 9.0)
    p.ln(2)
    sign(p, [first_last(chair), "Chair, Appeals Committee", f"Board of Trustees, {TRUST}"], size=9.0,
         close="For the Board of Trustees,")
    p.para(f"cc: {center};  {first_last(sec)}, Fund Office", 8.0)
    t = truth("denial_letter", "experimental", insurer=TRUST, plan_id="SLG-A", group="EG-4203", member_id=mid,
              member_name=op, cases=[apl, c], claim_amount=m2(amt), service_dates=[f"{iso(first)}/{iso(last)}"],
              denial_date=iso(dd), provider=center,
              alternates={"insurer": TRUST_ALT, "case_numbers": [[apl], [c]],
                          "service_dates": [[iso(first)], [iso(first), iso(last)]],
                          "provider": [dr(hbo, "MD"), hbo]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_es(rng):
    op = people(rng, 1, "sq", sexes="F", used=USED)[0]
    ortho, clerk = people(rng, 2, "lc", sexes="MF", used=USED)
    mid = member_id(rng)
    c = claim_no(rng)
    hurt = dt.date(2026, 2, 14)
    seen = dt.date(2026, 2, 18)
    ld = dt.date(2026, 3, 30)
    clinic = "Ortopedia del Valle Haddleby"
    lines = [("99204", "Consulta, paciente nuevo", 364.00), ("73030", "Radiografía de hombro, 2 vistas", 122.00)]
    total = sum(x[2] for x in lines)
    p = EVSheet(footer="Página {n} de {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="AVISO SOBRE SU RECLAMO")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [first_last(op), "14 Calle Telesilla, Apt. B", "Haddleby, CO 81661"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Fecha", es_date(ld)), ("Miembro", op), ("Reclamo", c), ("Número de miembro", mid),
                 ("Plan / Grupo", "SLG-A / EG-4118")], x=p.l_margin + W * 0.5, cap_w=30, size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Estimada señora {op.split()[-1]}:", 9.4)
    p.para(f"Recibimos el reclamo por su consulta del {es_date(seen)}, cuando el Dr. {ortho}, de {clinic}, le "
           "examinó el hombro derecho y le tomó radiografías. Según las notas del médico, usted se lastimó el "
           f"{es_date(hurt)} mientras ayudaba a un niño a subir a la silla del telesilla, durante su turno de trabajo "
           f"en {GROUPS['EG-4118']}.", 9.2)
    p.ruled_rows(["Fecha", "Código", "Servicio", "Cobrado", "Pagado"],
                 [[es_abbr(seen), a, b, n2(x), "0.00"] for a, b, x in lines] + [["", "", "Total", n2(total), "0.00"]],
                 [W * k / 100 for k in (15, 11, 48, 13, 13)], ["L", "L", "L", "R", "R"], size=8.6,
                 bold_rows=(len(lines),))
    p.bar("Por qué no pagamos este reclamo", 9.0)
    p.para("Una lesión que ocurre en el trabajo la paga primero el seguro de compensación laboral del empleador. El "
           "Fideicomiso no paga la atención de una lesión de trabajo mientras ese seguro no haya decidido. Avise a su "
           "supervisor y pida que la compañía reporte la lesión a su aseguradora de compensación.", 9.0)
    p.para("Si la aseguradora de compensación niega el caso, mándenos una copia de esa carta y volveremos a revisar "
           "el reclamo. Si la lesión no ocurrió en el trabajo, escríbanos y explíquenos cómo pasó.", 9.0)
    p.bar("Si no está de acuerdo", 9.0)
    p.para("Puede apelar por escrito a la Junta de Fideicomisarios dentro de 180 días después de recibir esta carta. "
           "Escriba el número de reclamo y mande cualquier documento que ayude.", 9.0)
    p.ln(1)
    sign(p, [first_last(clerk), "Departamento de Reclamos", ADMIN], size=9.0, close="Atentamente,")
    t = truth("denial_letter", "other", insurer=ADMIN, plan_id="SLG-A", group="EG-4118", member_id=mid,
              member_name=op, cases=[c], claim_amount=m2(total), service_dates=[iso(seen)], denial_date=iso(ld),
              provider=ortho, lang="es",
              alternates={"insurer": ADMIN_ALT, "provider": [clinic],
                          "appeal_deadline": [iso(plus(ld, 180)), iso(plus(ld, 185))]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_brace(rng):
    dad = people(rng, 1, "lf", sexes="M", used=USED)[0]
    girl = people(rng, 1, "lf", sexes="F", last=dad.split()[-1], used=USED)[0]
    surg, orth, rn, md_ = people(rng, 4, "lc", sexes="FMFM", used=USED)
    mid = member_id(rng)
    pc = f"PC-26-{digits(rng, 5)}"
    acl = dt.date(2026, 1, 13)
    asked = dt.date(2026, 5, 27)
    dd = dt.date(2026, 6, 3)
    fit = dt.date(2026, 6, 15)
    supplier = "Summit Orthotics & Prosthetics"
    price = 1680.00
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=ADMIN_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    admin_head(p, rng, box="PRECERTIFICATION DECISION")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [f"Parent or guardian of {first_last(girl)}", first_last(dad), "9 Tailspur Lane",
                   "Haddleby, CO 81661"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Decision date", long(dd)), ("Request received", long(asked)), ("Request no.", pc),
                 ("Patient", girl), ("Member ID / suffix", f"{mid}-03")], x=p.l_margin + W * 0.5, cap_w=28, size=9.0)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(dad)}:", 9.4)
    p.para(f"{supplier} asked us to precertify a custom-made knee brace for your daughter, on the order of "
           f"{dr(surg, 'MD')}, who repaired her anterior cruciate ligament on {long(acl)}. The supplier planned to fit "
           f"the brace on {long(fit)}.", 9.2)
    p.ruled_rows(["Code", "Item", "Supplier's price", "Decision"],
                 [["L1860", "Knee orthosis, custom fabricated, functional (sports) brace", n2(price), "Not approved"]],
                 [W * k / 100 for k in (11, 53, 18, 18)], ["L", "L", "R", "L"], size=8.6)
    p.bar("Why", 9.0)
    p.para(f"The plan pays for a brace when it is medically necessary to protect a knee that is unstable or healing. "
           f"The surgeon's notes from May show that {girl.split()[0]}'s knee is stable, her graft has healed and she "
           "has finished physical therapy. The brace was asked for so that she can return to ski racing. A brace for "
           "sports after a knee has healed is not medically necessary under the plan's medical policy, and studies "
           "have not shown that it prevents a new injury.", 9.0)
    p.para(f"Our nurse reviewer, {first_last(rn)}, RN, and our physician reviewer, {dr(md_, 'MD')}, an orthopedic "
           "surgeon, made this decision. You or the surgeon may ask for a copy of the medical policy.", 9.0)
    p.bar("Your right to appeal", 9.0)
    p.para("You may appeal to the Board of Trustees within 180 days of the date of this letter. If your daughter's "
           "surgeon believes waiting would seriously harm her health, ask for an urgent appeal; urgent appeals are "
           "decided within 72 hours.", 9.0)
    p.ln(1)
    sign(p, [first_last(rn), "Utilization Management", ADMIN], size=9.0)
    p.para(f"cc: {supplier};  {dr(surg, 'MD')}", 8.0)
    t = truth("denial_letter", "medical_necessity", insurer=ADMIN, member_id=f"{mid}-03", member_name=girl, cases=[pc],
              claim_amount=m2(price), service_dates=[iso(fit)], denial_date=iso(dd), provider=supplier,
              appeal_deadline=iso(plus(dd, 180)),
              alternates={"insurer": ADMIN_ALT, "member_id": [mid], "claim_amount": [None], "service_dates": [[]],
                          "provider": [dr(surg, "MD"), surg]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def bd_coverage(rng):
    op = people(rng, 1, "lf", sexes="F", used=USED)[0]
    clerk = people(rng, 1, "lc", sexes="M", used=USED)[0]
    mid = member_id(rng)
    nd = workday(dt.date(2026, 5, rng.randint(11, 13)))
    days = [("December 2025", 19), ("January 2026", 24), ("February 2026", 22), ("March 2026", 25),
            ("April 2026", 14)]
    total = sum(d for _, d in days)
    p = EVSheet(footer="Page {n} of {nb}", ids_foot=TRUST_FOOT)
    p.set_margins(18, 16, 18)
    p.add_page()
    trust_head(p, rng, box="NOTICE OF COVERAGE")
    W = p.w - p.l_margin - p.r_margin
    y = p.get_y()
    addr_block(p, [op, "302 Snowcat Drive", "Tovington, CO 81659"], 9.4)
    yl = p.get_y()
    p.set_y(y)
    p.far_right([("Date", long(nd)), ("Member ID", spaced_id(mid, (4, 4, 2)))], x=p.l_margin + W * 0.55, cap_w=22,
                size=9.2)
    p.set_y(max(p.get_y(), yl) + 1)
    p.para(f"Dear {first_last(op)}:", 9.4)
    p.para(f"Congratulations on a full winter. Your employer reported {total} season days for you between December 1, "
           "2025 and April 30, 2026. Because that is 90 days or more, you keep your coverage through the summer, "
           "from May 1 through October 31, 2026, even in months when the lifts are closed.", 9.2)
    p.ruled_rows(["Month worked", "Employer group", "Plan", "Season days"],
                 [[m, f"EG-4203 {GROUPS['EG-4203']}", "SLG-A", str(d)] for m, d in days]
                 + [["Winter total", "", "", str(total)]],
                 [W * k / 100 for k in (24, 46, 12, 18)], ["L", "L", "L", "R"], size=8.6, bold_rows=(len(days),))
    p.bar("What your coverage includes", 9.0)
    p.bullets(["Medical, prescription, dental and vision benefits for you and any dependents you have enrolled.",
               "Your ID card stays the same. Dependents use your member ID with their suffix (-02, -03 ...).",
               "If you work summer gondola or bike-park shifts, those season days start counting toward next winter.",
               "Season days you work in November and December earn coverage for January and February. To stay "
               "covered in November and December you may make self-payments; we will write to you in September."],
              size=9.0)
    p.ln(2)
    sign(p, [first_last(clerk), "Eligibility Department", f"Fund Office, {TRUST}"], size=9.0)
    t = truth("other", None, insurer=TRUST, plan_id="SLG-A", group="EG-4203", member_id=mid, member_name=op,
              denial_date=iso(nd), alternates={"insurer": TRUST_ALT})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    USED.clear()
    f = FAMILY
    eob = bd_eob(rng)
    cover, stack_docs = photocopy_stack(rng)
    return [
        Item(f"{f}_bd_family_eob_urgent_care_billed_er_code", "born_digital", [eob]),
        Item(f"{f}_photocopy_stack_shift_card_short_days_then_mri_precert", "photocopy", stack_docs,
             separators=[cover, None], turns={(0, 1): 90}),
        Item(f"{f}_faxstd_provider_remittance_late_therapy_claim", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(f"{f}_faxstd_trustees_decision_hyperbaric_frostbite_upheld", "fax_standard_g4", [faxstd_appeal(rng)]),
        Item(f"{f}_lowres_es_hombro_al_cargar_la_silla_compensacion", "scan_lowres_150", [lowres_es(rng)]),
        Item(f"{f}_phone_custom_knee_brace_not_necessary", "phone_photo", [phone_brace(rng)]),
        Item(f"{f}_bd_notice_of_coverage_summer_season_days", "born_digital", [bd_coverage(rng)]),
    ]
