"""An invented multiemployer health and welfare trust for commercial divers and their families: the Merrowgate
Commercial Divers Health & Welfare Trust, with claims, eligibility and provider notices handled by the administrator
Gunwale Benefit Administrators, Inc., which prints some papers on its own letterhead. Invented rules: a participant
is covered for a benefit quarter when the dive logs his contributing employers report show at least 300 covered
hours (in-water, decompression, standby diver and tending time on a covered job) in the work quarter that ended a
month before it (January-March work covers May-July); an injury or illness from a diver's work is paid first by the
employer's coverage (offshore, on the Outer Continental Shelf, the employer's Longshore Act carrier; inland, at
dams, bridges and water towers, state workers' compensation); recompression for decompression illness from a
recreational dive is covered, but not after a recreational dive deeper than 130 feet of seawater, inside a wreck
or cave, or on mixed gas; follow-up hyperbaric treatments are paid only while the records show improvement; hyperbaric
oxygen for any condition other than a diving injury needs the Trust's approval first; the yearly fitness-to-dive
exam is paid once in 12 months and a long-bone (joint) x-ray survey once in 36 months; claims must reach the Trust
within 120 days after the service. Every trust, company, vessel, site, hospital, clinic, person, number, address,
code and time limit is invented (real Gulf Coast towns with invented roads; phones 555); CPT and HCPCS codes appear
as themselves. No heading names the kind of refusal.

Documents (8 in 7 files):
- born_digital_eob_dive_physical_joint_survey_line_code_b36: a two-page explanation of benefits (ISO statement
  date, participant ID, group and benefit quarter in boxes, hour tiles and a money summary) whose unruled claims
  listing pays every line of a yearly diving physical except the joint x-ray survey (0.00 under B36), told only in
  the code list on page 2; an ENT claim and a child's visit paid ("within 180 days of the date of this statement").
- clean300_stack_hours_short_dive_log_sideways_blank_then_eligibility_notice: a clean-scan stack: a two-page letter
  refusing a knee MRI because the dive logs reported for January-March showed 212 of 300 hours (a typed dive log
  excerpt with job numbers, sites and other dates as decoys; page 2 fed sideways), a blank separator sheet, and the
  administrator's later eligibility notice for August-October (denies nothing).
- faxstd_provider_notice_offshore_decompression_longshore_carrier_first_caption_right_boxes: a standard-fax
  provider notice to a hyperbaric center, values in ruled boxes with captions to the right, refusing three days of
  chamber treatment because the injury happened on an offshore job and the employer's Longshore Act carrier pays
  first (the carrier's claim number as a decoy; "within 60 days of the date of this notice").
- phone_es_oxigeno_hiperbarico_sin_aprobacion_previa: a photographed Spanish letter to a participant's wife refusing
  15 hyperbaric sessions for radiation cystitis done without the Trust's approval ("dentro de 90 días").
- rotated_three_pages_follow_up_chamber_sessions_not_improving_ids_bare_running_header: a three-page letter fed
  turned, the participant ID printed only bare (a corner block and a running header), refusing four follow-up
  treatments after decompression illness because the records showed no further improvement; two signers.
- photocopy_claim_received_after_120_days_billing_company_stamp_hung_captions: a photocopied letter with hung
  captions and a tilted receipt stamp refusing a child's emergency room claim that a billing company sent more than
  120 days after the visit ("no later than" a printed date).
- lowres_recreational_trimix_wreck_dive_185_fsw_values_over_captions_dive_profile: a 150 dpi letter on the
  administrator's letterhead with values over captions in ruled boxes and a dive computer's profile as decoys,
  refusing chamber treatment after a recreational trimix wreck dive to 185 feet ("by" a printed date).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundek_famke import (EKSheet, day_of, dd_mon, dmy_long, es_date, fresh, iso, long, n2, parts, people,
                               phone, plus, slash, tollfree, usd, usd_es, with_last, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("merrowgate_commercial_divers_health_and_welfare_trust_dive_log_hours_offshore_employer_first_and_"
          "hyperbaric_chamber_refusals")
LANG = "en"
SEED = 355104
TRUST = "Merrowgate Commercial Divers Health & Welfare Trust"
TRUST_ES = "Fideicomiso de Salud y Bienestar Merrowgate para Buzos Comerciales"
TRUST_ALT = ["Merrowgate Commercial Divers Health and Welfare Trust", "Merrowgate Divers Trust",
             "Merrowgate Commercial Divers Trust", "Merrowgate"]
TPA = "Gunwale Benefit Administrators, Inc."
TPA_ALT = ["Gunwale Benefit Administrators", "Gunwale"]
TRUST_OFFICE = "Trust Office: 700 Crewboat Landing Rd, Suite 4, Morgan City, LA 70380"
TPA_PO = "P.O. Box 11742, Houma, LA 70361"
OFF = "2207-OF"
INL = "2207-IN"
OFFSHORE = "Brinewater Marine Contractors, LLC"
INLAND = "Holdfast Underwater Services, Inc."
OTHER_EMP = "Kelpie Point Diving Co."
CARRIER = "Gantline Maritime Casualty Company"


def pid(rng):
    return f"MCD{digits(rng, 6)}"


def sp_id(p: str) -> str:
    """MCD418207 -> MCD 418 207"""
    return f"{p[:3]} {p[3:6]} {p[6:]}"


def claim_no(rng, d: dt.date):
    return f"26-{d.strftime('%m%d')}-{digits(rng, 5)}"


def trust_head(p: EKSheet, rng, right=None, es=False):
    if es:
        lines = [f"{TRUST_ES}  |  Administrado por {TPA}", f"{TRUST_OFFICE}  |  Servicios en español "
                 f"{tollfree(rng, '888')}  |  TTY 711"]
    else:
        lines = [f"Administered by {TPA}  |  Participant services {tollfree(rng, '888')}  |  Fax "
                 f"{phone(rng, '985')}", f"{TRUST_OFFICE}  |  TTY 711"]
    p.letterhead("MERROWGATE", "Commercial Divers Health & Welfare Trust", lines, right=right)


def tpa_head(p: EKSheet, rng, right=None):
    p.letterhead("GUNWALE", "Benefit Administrators, Inc.", [
        f"Claims and eligibility for the {TRUST}",
        f"{TPA_PO}  |  Provider line {tollfree(rng, '866')}  |  Fax {phone(rng, '985')}  |  TTY 711"], right=right)


def sig(p: EKSheet, name: str, title: str):
    p.ln(2)
    y = p.get_y()
    p.set_draw_color(50, 50, 50)
    px = p.l_margin + 2
    for s in range(11):
        p.line_seg(px, y + 4 + (1.6 if s % 2 else -1.6), px + 3.2, y + 4 + (-1.6 if s % 2 else 1.6))
        px += 3.2
    p.set_draw_color(0, 0, 0)
    p.set_y(y + 8)
    p.line(name, 9.6, "B")
    p.line(title, 9)
    p.ln(2)


# ---------------------------------------------------------------------------------------------------------------
def born_eob(rng):
    """EOB: the yearly dive physical paid except the joint x-ray survey line (B36, explained on page 2)."""
    diver, = people(rng, 1, sexes="M")
    last = parts(diver)[2]
    kid = with_last(people(rng, 1, sexes="F")[0], last)
    num = pid(rng)
    sd = dt.date(2026, 5, 19)
    d_px = dt.date(2026, 4, 22)
    d_ent = dt.date(2026, 4, 29)
    d_kid = dt.date(2026, 4, 30)
    c_px, c_ent, c_kid = claim_no(rng, d_px), claim_no(rng, d_ent), claim_no(rng, d_kid)
    occ = "Sounding Line Occupational Health"
    doc = "Dr. Honorine A. Lirette"
    ent = "Grackle Harbor Ear, Nose & Throat"
    ped = "Marsh Hen Pediatrics"
    px_lines = [("99396", "Preventive exam, fitness to dive", 285.00, 240.00, 240.00, 0.00, "A1"),
                ("94010", "Spirometry", 68.00, 55.00, 55.00, 0.00, "A1"),
                ("93000", "Electrocardiogram", 74.00, 60.00, 60.00, 0.00, "A1"),
                ("92552", "Pure tone audiometry", 52.00, 45.00, 45.00, 0.00, "A1"),
                ("77077", "Joint survey, x-ray", 186.00, 0.00, 0.00, 186.00, "B36")]
    ent_lines = [("99203", "New patient visit", 210.00, 165.00, 132.00, 33.00, "C20"),
                 ("92567", "Tympanometry", 48.00, 40.00, 32.00, 8.00, "C20")]
    kid_lines = [("99213", "Office visit", 142.00, 98.00, 78.40, 19.60, "C20")]
    px_total = sum(x[2] for x in px_lines)
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"EOB {iso(sd)}  |  Form MG-EOB-3",
                run_hdr="Explanation of benefits, continued")
    p.add_page()
    trust_head(p, rng, right=["EXPLANATION OF BENEFITS", "THIS IS NOT A BILL"])
    W = p.w - p.l_margin - p.r_margin
    p.capstrip([("STATEMENT DATE", iso(sd)), ("PARTICIPANT ID", sp_id(num)), ("GROUP", OFF),
                ("BENEFIT QUARTER", "May 1 - Jul 31, 2026")], [W * 0.22, W * 0.24, W * 0.18, W * 0.36], size=9)
    p.ln(4)
    y0 = p.get_y()
    for ln in [diver.upper(), "212 Bayou Black Dr", "Gibson, LA 70356"]:
        p.line(ln, 9.8)
    bills = px_total + sum(x[2] for x in ent_lines + kid_lines)
    paid = sum(x[4] for x in px_lines + ent_lines + kid_lines)
    owe = sum(x[5] for x in px_lines + ent_lines + kid_lines)
    p.set_y(y0)
    p.money_box("Claims on this statement", [("Amount billed", usd(bills)), ("Trust paid providers", usd(paid)),
                                            ("You may owe providers", usd(owe))], x=p.l_margin + W * 0.5,
                w=W * 0.5)
    p.set_y(y0 + 26)
    p.tiles([("341.5", "covered hours reported for Jan-Mar 2026"), ("300.0", "hours needed for a benefit quarter"),
             ("07/31/2026", "covered through"), ("$1,250.00", "deductible met of $1,250.00 for 2026")], size=13,
            h=16)
    p.para(f"Hours reported by: {OFFSHORE}; {OTHER_EMP} Payments went to the providers by check or deposit; "
           "see the list for what each provider was paid.", 8.4)
    p.heading("Your claims", 10.5)
    rows, bold = [], set()
    for c, pat, prov, lines, dd in ((c_px, diver, f"{occ} (Rendering: {doc})", px_lines, d_px),
                                    (c_ent, diver, ent, ent_lines, d_ent), (c_kid, kid, ped, kid_lines, d_kid)):
        bold.add(len(rows))
        rows.append([f"Claim {c}  -  {pat}  -  {prov}", "", "", "", "", "", "", ""])
        for code, desc, b, a, pd, o, note in lines:
            rows.append([yy(dd), desc, code, n2(b), n2(a), n2(pd), n2(o), note])
        rows.append(["", "Claim total", "", n2(sum(x[2] for x in lines)), n2(sum(x[3] for x in lines)),
                     n2(sum(x[4] for x in lines)), n2(sum(x[5] for x in lines)), ""])
    p.bare_table(["Date", "Service", "Code", "Billed", "Allowed", "Trust paid", "You owe", "Note"], rows,
                 [17, 52, 15, 20, 20, 20, 18, 17.9], ["L", "L", "L", "R", "R", "R", "R", "C"], size=7.8,
                 totals=["", "Totals", "", n2(bills), n2(sum(x[3] for x in px_lines + ent_lines + kid_lines)),
                         n2(paid), n2(owe), ""], bold_rows=bold, cont="Your claims, continued")
    p.add_page()
    p.glossary("Notes", [
        ("A1", "Paid in full under the Trust's fitness-to-dive benefit (one exam every 12 months)."),
        ("C20", "Paid at 80% of the allowed amount after the deductible; the rest is your coinsurance."),
        ("B36", "A long-bone or joint x-ray survey is paid once in 36 months. Our records show one was paid for you "
                "within the last 36 months, so this one is not covered. The provider may bill you for it."),
        ("D11", "The provider is outside the Trust's network; you may owe more than the amount shown."),
        ("E40", "Send the operative report so we can finish this claim."),
        ("H3", "Hyperbaric treatment paid under the diving injury benefit.")], cols=2)
    p.heading("If you disagree with a decision on this statement", 10)
    p.para("You may appeal to the Board of Trustees. Send your written appeal within 180 days of the date of this "
           f"statement to the Trust Office, 700 Crewboat Landing Rd, Suite 4, Morgan City, LA 70380. Say which claim "
           "and which line you disagree with and why, and send any records you want the Trustees to consider. You "
           "may ask for free copies of the plan rules and the papers used to decide your claim. If the Trustees "
           "keep the decision, you may bring a civil action under section 502(a) of ERISA.", 8.8)
    p.para("Example: if a provider bills $100.00 and the allowed amount is $80.00, the Trust pays $64.00 after the "
           "deductible is met and you pay $16.00.", 8.4)
    p.nondiscrim(TRUST, tollfree(rng, "888"))
    t = truth("eob", "not_covered", insurer=TRUST, group=OFF, member_id=num, member_name=diver, cases=[c_px],
              claim_amount=m2(px_total), service_dates=[iso(d_px)], denial_date=iso(sd), provider=occ,
              appeal_deadline=iso(plus(sd, 180)), denial_alternates=["other"],
              alternates={"insurer": TRUST_ALT + [TPA] + TPA_ALT, "claim_amount": ["186.00"],
                          "provider": [doc, "Honorine A. Lirette"]})
    return out(p), t


def clean_stack(rng):
    """Hours short for the benefit quarter: MRI refused (page 2 sideways), then a later eligibility notice."""
    diver, = people(rng, 1, sexes="M")
    others = people(rng, 3, sexes="MMM")
    num = pid(rng)
    ortho = "Dr. Octave L. Prejean"
    img = "Pelican Reach Imaging"
    d_mri = dt.date(2026, 5, 6)
    clm = claim_no(rng, d_mri)
    ld = dt.date(2026, 6, 2)
    bill = 1940.00
    addr = [diver, "88 Shrimp Boat Ln", "Pierre Part, LA 70339"]
    log = [("01/07/26", INLAND, "HU-26-0114", "Pirogue Lake dam intake", "6.5", "3.0"),
           ("01/08/26", INLAND, "HU-26-0114", "Pirogue Lake dam intake", "7.0", "3.5"),
           ("01/21/26", INLAND, "HU-26-0131", "Hwy 70 bridge pier 9", "5.0", "4.0"),
           ("02/03/26", INLAND, "HU-26-0208", "Stillbay water tower", "4.5", "2.0"),
           ("02/17/26", INLAND, "HU-26-0231", "Lock No. 3 miter gate", "8.0", "4.0"),
           ("03/02/26", OTHER_EMP, "KP-3390", "Atchafalaya barge fleet", "6.0", "6.0"),
           ("03/19/26", OTHER_EMP, "KP-3412", "Atchafalaya barge fleet", "5.5", "5.0")]
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"Claim {clm}  |  MG-EL-2")
    p.add_page()
    trust_head(p, rng)
    p.line(long(ld), 10)
    p.ln(3)
    p.addr_kv(addr, [("Participant ID", sp_id(num)), ("Group", INL), ("Claim number", clm),
                     ("Service", f"MRI, right knee, {slash(d_mri)}"), ("Provider", img), ("Billed", usd(bill))],
              w=90, cap_w=30)
    p.line(f"Dear Mr. {parts(diver)[2]}:", 10)
    p.ln(2)
    p.para(f"We received the claim from {img} for the MRI of your right knee that {ortho} ordered. The Trust cannot "
           "pay this claim, because you were not covered on the day of the MRI.", 9.8)
    p.para("You are covered for a benefit quarter when the dive logs your contributing employers report show at least "
           "300 covered hours in the work quarter that ended a month before it. Covered hours are in-water, "
           "decompression, standby diver and tending time on a job covered by a collective bargaining or "
           "participation agreement. Work from January through March counts for the benefit quarter of May 1 "
           "through July 31.", 9.4)
    p.tiles([("212.0", "covered hours reported, Jan 1 - Mar 31, 2026"), ("300.0", "hours needed"),
             ("88.0", "hours short"), ("May-Jul 2026", "benefit quarter not earned")], size=13, heavy=2)
    p.report_excerpt("Dive log hours reported to the Trust, January-March 2026 (extract)",
                     ["Date", "Employer", "Job no.", "Site", "Water", "Stdby", "Hrs"],
                     [[d, " ".join(e.split()[:2]), j, s, w, sb, f"{float(w) + float(sb):.1f}"]
                      for d, e, j, s, w, sb in log] + [["", "", "", "All 31 logs, Jan-Mar 2026", "", "", "212.0"]],
                     [17, 28, 22, 52, 14, 14, 14], note=f"Other divers on these jobs (for example {others[0]} and "
                     f"{others[1]}) are reported on their own logs. Dive supervisor on HU-26-0114: {others[2]}, "
                     "ADCI card 04-18826.")
    p.add_page()
    p.para("We checked whether hours from earlier quarters could be used. The Trust's reserve holds at most 300 hours, "
           "and your reserve was used for the benefit quarter of February through April 2026. Nothing was left in "
           "it for May.", 9.6)
    p.heading("If hours are missing", 10.5)
    p.para("If you worked covered hours that are not on this list, send us copies of the dive logs signed by the dive "
           "supervisor, or your pay stubs, and we will ask the employer to correct its report. If the missing hours "
           "bring you to 300, we will look at this claim again.", 9.6)
    p.heading("Paying for coverage yourself", 10.5)
    p.para("You may keep coverage for a quarter you did not earn by paying the self-payment rate, $1,150.00 a month "
           "for you and your family. The election form is enclosed and must be returned within 60 days of this "
           "letter; it is separate from an appeal.", 9.6)
    p.heading("Your right to appeal", 10.5)
    p.para("You may appeal this decision to the Board of Trustees within 180 days of the date of this letter. Write "
           "to the Trust Office at the address above, explain why you disagree and include any papers you want the "
           "Trustees to see. You may ask for free copies of the plan rules and the hours reports we used.", 9.6)
    sig(p, "Eligibility Unit", f"{TRUST}")
    d1 = (out(p), truth("denial_letter", "eligibility", insurer=TRUST, group=INL, member_id=num, member_name=diver,
                        cases=[clm], claim_amount=m2(bill), service_dates=[iso(d_mri)], denial_date=iso(ld),
                        provider=img, appeal_deadline=iso(plus(ld, 180)),
                        alternates={"insurer": TRUST_ALT, "provider": [ortho, "Octave L. Prejean"]}))
    # --- eligibility notice (denies nothing) ---
    nd = dt.date(2026, 7, 20)
    q = EKSheet(footer=None, footer_left="GBA-ELN-4 (rev. 03/26)")
    q.add_page()
    tpa_head(q, rng, right=["ELIGIBILITY NOTICE"])
    q.line(f"Notice date: {slash(nd)}", 10)
    q.ln(3)
    q.addr_kv(addr, [("Participant ID", sp_id(num)), ("Group", INL), ("Coverage", "Participant and family")],
              w=84, cap_w=30)
    q.para("Good news: the hours your employers reported for April through June 2026 earn you coverage for the next "
           "benefit quarter.", 10)
    q.tiles([("386.5", "covered hours reported, Apr 1 - Jun 30, 2026"), ("300.0", "hours needed"),
             ("86.5", "hours added to your reserve"), ("Aug 1 - Oct 31", "benefit quarter, 2026")], size=13, heavy=3)
    q.table(["Employer", "Jobs", "Hours reported"],
            [[INLAND, "5", "201.0"], [OFFSHORE, "2", "142.5"], [OTHER_EMP, "1", "43.0"], ["Total", "", "386.5"]],
            [100, 30, 49.9], size=8.8, aligns=["L", "C", "R"], bold_last=True)
    q.para("Your family is covered with you for the whole benefit quarter. Your ID cards stay the same. If you "
           "change dive contractors, ask the new employer whether it contributes to the Trust.", 9.4)
    q.para(f"This notice is sent by {TPA}, the Trust's administrator. It does not change any claim decision made "
           "before today.", 8.6)
    d2 = (out(q), truth("other", None, insurer=TPA, group=INL, member_id=num, member_name=diver, cases=[],
                        claim_amount=None, service_dates=[], denial_date=iso(nd), provider=None,
                        appeal_deadline=None, alternates={"insurer": TPA_ALT + [TRUST] + TRUST_ALT}))
    return [d1, d2]


def faxstd_offshore(rng):
    """Provider notice: chamber treatment after an offshore work dive; the Longshore Act carrier pays first."""
    diver, = people(rng, 1, sexes="M")
    sup, = people(rng, 1, sexes="M")
    num = pid(rng)
    center = "Saltfern Hyperbaric & Dive Medicine Center"
    hbo_md = "Dr. Gaston P. Trosclair"
    inj = dt.date(2026, 3, 4)
    days = [inj, plus(inj, 1), plus(inj, 2)]
    clm = claim_no(rng, inj)
    nd = dt.date(2026, 3, 17)
    rec = dt.date(2026, 3, 11)
    lines = [(days[0], "99183", "Physician attendance, hyperbaric", 1, 520.00),
             (days[0], "G0277", "Hyperbaric oxygen, per 30 min (Table 6)", 10, 1850.00),
             (days[1], "99183", "Physician attendance, hyperbaric", 1, 520.00),
             (days[1], "G0277", "Hyperbaric oxygen, per 30 min", 4, 740.00),
             (days[2], "99183", "Physician attendance, hyperbaric", 1, 520.00),
             (days[2], "G0277", "Hyperbaric oxygen, per 30 min", 4, 740.00)]
    tot = sum(x[4] for x in lines)
    carrier_no = f"GMC-LS-26-{digits(rng, 5)}"
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"Provider notice  |  {clm}")
    p.add_page()
    tpa_head(p, rng, right=["PROVIDER CLAIM NOTICE"])
    for ln in [center, "Attn: Patient Accounts", "1400 Levee Rd", "Houma, LA 70360"]:
        p.line(ln, 9.6)
    p.ln(3)
    p.right_caps([[(slash(nd), "Notice date"), (clm, "Claim no.")],
                  [(sp_id(num), "Participant ID"), (OFF, "Group")],
                  [(diver, "Patient"), ("Brinewater Marine", "Employer on dive log")],
                  [(f"{slash(days[0])} - {slash(days[2])}", "Dates of service"), (usd(tot), "Total billed")],
                  [(slash(rec), "Received"), (hbo_md, "Supervising physician")]], box_w=50, size=8.4)
    p.table(["Date", "Code", "Description", "Units", "Billed", "Trust paid"],
            [[slash(d), c, desc, str(u), n2(b), "0.00"] for d, c, desc, u, b in lines] +
            [["", "", "Total", "", n2(tot), "0.00"]],
            [24, 16, 76, 14, 25, 24.9], size=8.2, aligns=["L", "L", "L", "C", "R", "R"], bold_last=True)
    p.para(f"**Decision.** The dive log and the dive supervisor's incident report show that the patient was injured "
           f"during a working dive for {OFFSHORE} on {long(inj)}, from the dive support vessel Sea Wren at "
           "Terrebonne Shelf Block 117, on the Outer Continental Shelf. The Trust does not pay for an injury or "
           "illness that comes from a diver's work when the employer's coverage must pay for it. For offshore work "
           "that coverage is the employer's Longshore and Harbor Workers' Compensation Act insurance; for inland "
           "work it is state workers' compensation.", 8.8)
    p.para(f"The employer reported the injury to its carrier, {CARRIER}, claim number {carrier_no}. Please bill the "
           "carrier. If the carrier denies the claim in writing, send us its denial with a new claim and the "
           "participant's signed reimbursement agreement, and the Trust will review it again.", 8.8)
    p.para("To ask for a review of this decision, write to the administrator within 60 days of the date of this "
           "notice. Include the claim number and any records you want us to consider. Supervisor on the dive: "
           f"{sup}, dive log no. SW-{digits(rng, 4)}, maximum depth 132 fsw.", 8.8)
    p.para(f"{TPA} administers claims for the {TRUST}. This notice is sent to the provider only.", 7.8)
    t = truth("denial_letter", "other", insurer=TPA, group=OFF, member_id=num, member_name=diver, cases=[clm],
              claim_amount=m2(tot), service_dates=[iso(d) for d in days], denial_date=iso(nd), provider=center,
              appeal_deadline=iso(plus(nd, 60)), type_alternates=["eob"],
              alternates={"insurer": TPA_ALT + [TRUST] + TRUST_ALT, "case_numbers": [[clm, carrier_no]],
                          "service_dates": [[f"{iso(days[0])}/{iso(days[2])}"]],
                          "provider": [hbo_md, "Gaston P. Trosclair"]})
    return out(p), t


def phone_es(rng):
    """Spanish: hyperbaric oxygen for radiation cystitis without the Trust's approval first."""
    husband, = people(rng, 1, es=True, sexes="M")
    wife = with_last(people(rng, 1, es=True, sexes="F")[0], parts(husband)[2])
    num = pid(rng)
    dep = f"{num}-02"
    center = "Calloway Bend Regional Medical Center"
    uro = "Dr. Valcour J. Naquin"
    a = dt.date(2026, 4, 6)
    b = dt.date(2026, 4, 24)
    clm = claim_no(rng, b)
    ld = dt.date(2026, 5, 22)
    bill = 18360.00
    p = EKSheet(footer="Página {n} de {nb}")
    p.add_page()
    trust_head(p, rng, es=True)
    p.line(es_date(ld), 10)
    p.ln(3)
    p.addr_kv([wife, "415 Calle Cipres", "Morgan City, LA 70380"],
              [("Núm. de miembro", f"{sp_id(num)}-02"), ("Participante", husband), ("Grupo", INL),
               ("Reclamación", clm), ("Centro", center), ("Importe", f"{usd_es(bill)} ({usd(bill)})")],
              w=100, cap_w=30, size=8.3)
    p.line(f"Estimada Sra. {parts(wife)[2]}:", 10)
    p.ln(2)
    p.para(f"Recibimos la reclamación de {center} por 15 sesiones de oxígeno hiperbárico que usted recibió del "
           f"{es_date(a)} al {es_date(b)}, para la cistitis por radiación que trata {uro}. El Fideicomiso no puede "
           "pagar estas sesiones.", 9.8)
    p.para("**Motivo.** El Fideicomiso paga el oxígeno hiperbárico para lesiones de buceo sin aprobación previa. Para "
           "cualquier otra condición, el tratamiento hiperbárico necesita la aprobación del Fideicomiso antes de "
           "empezar. Nadie nos pidió esa aprobación para su tratamiento: no encontramos ninguna solicitud del "
           "urólogo ni del centro antes de la primera sesión.", 9.6)
    p.para("Esta decisión no dice que el tratamiento no le hiciera falta. Si su médico nos envía ahora la solicitud "
           "con sus notas clínicas, la revisaremos como una solicitud tardía y le escribiremos con la respuesta.",
           9.6)
    p.heading("Si no está de acuerdo", 10.5)
    p.para("Puede apelar ante la Junta de Fideicomisarios. Envíe su apelación por escrito dentro de 90 días a partir "
           "de la fecha de esta carta a la oficina del Fideicomiso. Diga por qué no está de acuerdo y envíe los "
           "documentos que quiera que la Junta revise. Puede pedir copias gratis de las reglas del plan.", 9.6)
    p.para(f"Referencia de su llamada del 12 de mayo: LL-{digits(rng, 6)}.", 8.6)
    sig(p, "Departamento de Reclamaciones", TRUST)
    t = truth("denial_letter", "prior_authorization", insurer=TRUST, group=INL, member_id=dep, member_name=wife,
              cases=[clm], claim_amount=m2(bill), service_dates=[f"{iso(a)}/{iso(b)}"], denial_date=iso(ld),
              provider=center, appeal_deadline=iso(plus(ld, 90)), lang="es",
              alternates={"insurer": TRUST_ALT + [TRUST_ES], "member_id": [num],
                          "service_dates": [[iso(a), iso(b)]], "provider": [uro, "Valcour J. Naquin"]})
    return out(p), t


def rotated_followups(rng):
    """Three pages: four follow-up chamber treatments not medically necessary; participant ID only bare."""
    diver, = people(rng, 1, sexes="M")
    num = pid(rng)
    center = "Kittiwake Bay Hyperbaric Center"
    hbo_md = "Dr. Solange M. Pitre"
    ev = dt.date(2026, 5, 9)
    paid_days = [dt.date(2026, 5, d) for d in (11, 12, 13, 14, 15)]
    den_days = [dt.date(2026, 5, d) for d in (18, 19, 20, 21)]
    clm = claim_no(rng, den_days[-1])
    first_clm = claim_no(rng, paid_days[-1])
    ld = dt.date(2026, 6, 12)
    per = 495.00 + 4 * 185.00
    tot = per * 4
    f, m, last = parts(diver)
    p = EKSheet(footer="Page {n} of {nb}", run_hdr=f"{last.upper()}, {f[0]}.    {sp_id(num)}    {clm}")
    p.add_page()
    trust_head(p, rng)
    p.corner_refs([sp_id(num), clm, "HBO/MR/2"], y=p.get_y())
    p.line(long(ld), 10)
    p.ln(3)
    for ln in [diver, "27 Pelican Point Rd", "Cocodrie, LA 70344"]:
        p.line(ln, 10)
    p.ln(5)
    p.line(f"Dear Mr. {last}:", 10)
    p.ln(2)
    p.para(f"This letter is about the claim from {center} for four hyperbaric oxygen treatments in May. The Trust "
           "has paid your first treatment and the follow-up treatments before them, but it will not pay these "
           "four. Page 2 shows the treatments and the reason; page 3 tells you how to appeal.", 10)
    p.callout("In short", "The records do not show that these four treatments were still helping. The Trust pays "
                          "follow-up hyperbaric treatments after decompression illness only while the records show "
                          "that symptoms keep getting better.", size=9.4)
    p.para(f"Decompression illness after your recreational dive on {long(ev)} is covered by the Trust: the dive was "
           "within the Trust's limits (maximum depth 96 feet of seawater, on air, open water). The first treatment "
           f"on a U.S. Navy Table 6 that evening and the follow-up treatments from {slash(paid_days[0])} through "
           f"{slash(paid_days[-1])} were paid under claim {first_clm}.", 9.6)
    p.add_page()
    p.heading("The treatments on this claim", 10.5)
    p.table(["Date", "Codes", "Units", "Billed", "Trust paid"],
            [[slash(d), "99183, G0277", "1, 4", n2(per), "0.00"] for d in den_days] +
            [["Total", "", "", n2(tot), "0.00"]], [36, 50, 24, 35, 34.9], size=8.8,
            aligns=["L", "L", "C", "R", "R"], bold_last=True)
    p.heading("What we read", 10.5)
    p.table(["Record", "Date"],
            [["Emergency department note, numbness of the left arm and hand", slash(ev)],
             ["Hyperbaric center treatment log, treatments 1 to 10", f"{slash(ev)} - {slash(den_days[-1])}"],
             ["Neurological checks after each treatment", f"{slash(paid_days[0])} - {slash(den_days[-1])}"],
             [f"Letter from {hbo_md}", slash(dt.date(2026, 5, 27))]], [130, 49.9], size=8.6)
    p.heading("Why the Trust will not pay", 10.5)
    p.para(f"After the treatment on {long(paid_days[-2])}, the neurological checks in the center's log are the same "
           "from one day to the next: a small area of numbness on the back of the left hand, with normal strength. "
           "The Trust's dive medicine consultant, a physician board-certified in undersea and hyperbaric medicine, "
           "read the log and the letter from the supervising physician. He found that the numbness had stopped "
           f"changing by {long(paid_days[-1])}, and that the four treatments that followed did not improve it. "
           "Under the Trust's hyperbaric rule, follow-up treatments are medically necessary only while each "
           "treatment, or every second treatment, brings a measurable improvement. These four treatments were "
           "therefore not medically necessary, and the Trust will not pay for them.", 9.4)
    p.para("Because the center treated you as a member of the Trust's network, it may not bill you for these "
           "treatments beyond any coinsurance for the earlier ones.", 9.4)
    p.add_page()
    p.heading("How to appeal", 10.5)
    p.para("You, or someone you name in writing, may appeal to the Board of Trustees within 180 days of the date of "
           "this letter. Send the appeal to the Trust Office at the address on page 1. Send new records if you have "
           "them, for example later neurological exams. A physician who did not take part in this decision will "
           "advise the Trustees. You may ask for free copies of the hyperbaric rule and the records we used.", 9.6)
    p.two_sigs(["Dr. Aurelien S. Verret", "Dive medicine consultant"], ["Dr. Felicie B. Gautreaux",
                                                                        "Medical director"])
    p.nondiscrim(TRUST, tollfree(rng, "888"))
    p.tagline_block(tollfree(rng, "888"))
    t = truth("denial_letter", "medical_necessity", insurer=TRUST, member_id=num, member_name=diver, cases=[clm],
              claim_amount=m2(tot), service_dates=[iso(d) for d in den_days], denial_date=iso(ld), provider=center,
              appeal_deadline=iso(plus(ld, 180)),
              alternates={"insurer": TRUST_ALT, "service_dates": [[f"{iso(den_days[0])}/{iso(den_days[-1])}"]],
                          "provider": [hbo_md, "Solange M. Pitre"]})
    return out(p), t


def photocopy_late(rng):
    """A child's ER claim sent by a billing company more than 120 days after the visit."""
    diver, = people(rng, 1, sexes="M")
    last = parts(diver)[2]
    kid = with_last(people(rng, 1, sexes="F")[0], last)
    num = pid(rng)
    dep = f"{num}-03"
    hosp = "Bayou Tern Community Hospital"
    biller = "Pinchgut Medical Billing, LLC"
    vis = dt.date(2026, 1, 9)
    rec = dt.date(2026, 6, 15)
    ld = dt.date(2026, 6, 24)
    by = plus(ld, 180)
    clm = claim_no(rng, vis)
    bill = 2744.60
    p = EKSheet(footer=None, footer_left="MG-TF-1  |  Trust copy")
    p.add_page()
    trust_head(p, rng)
    p.receipt_stamp(["MERROWGATE TRUST", f"RECEIVED {rec.strftime('%b %d %Y').upper()}", "MAIL ROOM  B-17"],
                    p.w - p.r_margin - 58, p.get_y() + 1, angle=-6)
    p.line(dmy_long(ld), 10)
    p.ln(3)
    for ln in [diver, "5130 Grand Caillou Rd", "Dulac, LA 70353"]:
        p.line(ln, 10)
    p.ln(5)
    p.hang([("Patient", f"{kid} (daughter)"), ("Member ID", f"{sp_id(num)}-03"), ("Group", INL), ("Claim", clm),
            ("Service", f"Emergency room visit, {slash(vis)}, {hosp}"), ("Sent by", biller),
            ("Billed", usd(bill))], cap_w=30)
    p.para(f"We received a claim for your daughter's emergency room visit at {hosp}. The Trust cannot pay it, "
           "because the claim reached us too late.", 9.8)
    p.para(f"Under the Trust's rules, a claim must reach the Trust Office within 120 days after the date of the "
           f"service. The visit was on {long(vis)}, so the claim was due by {long(plus(vis, 120))}. The claim, sent "
           f"by the hospital's billing company, {biller}, reached our mail room on {day_of(rec)}, "
           f"{(rec - vis).days} days after the visit. We have no record of an earlier claim for this visit from the "
           "hospital, the billing company or you.", 9.4)
    p.para("If the hospital or the billing company sent this claim on time, ask it for proof, such as an electronic "
           "claim acceptance report or a certified mail receipt dated within the 120 days, and send it to us. We "
           "will then process the claim. Because the hospital is in the Trust's network, its agreement does not "
           "allow it to bill you for a claim it sent late.", 9.4)
    p.heading("Appeal", 10.5)
    p.para(f"You may appeal to the Board of Trustees. Your written appeal must reach the Trust Office no later than "
           f"{long(by)}. Tell us why you disagree and include any papers you want the Trustees to see.", 9.4)
    p.para(f"Billing company reference: PMB-{digits(rng, 7)}. Hospital account no. {digits(rng, 9)}.", 8.2)
    sig(p, "Claims Department", TRUST)
    t = truth("denial_letter", "timely_filing", insurer=TRUST, group=INL, member_id=dep, member_name=kid,
              cases=[clm], claim_amount=m2(bill), service_dates=[iso(vis)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by), alternates={"insurer": TRUST_ALT, "member_id": [num]})
    return out(p), t


def lowres_trimix(rng):
    """A recreational trimix wreck dive to 185 fsw: recompression not covered."""
    diver, = people(rng, 1, sexes="M")
    num = pid(rng)
    hosp = "Tarpon Flats Hospital"
    hbo_md = "Dr. Ovide R. Chauvin"
    d1 = dt.date(2026, 7, 4)
    d2 = dt.date(2026, 7, 5)
    clm = claim_no(rng, d1)
    ld = dt.date(2026, 7, 28)
    by = plus(ld, 60)
    bill = 3905.00
    p = EKSheet(footer="Page {n} of {nb}", footer_left=f"Mailed {slash(ld)}  |  GBA-DN-7")
    p.add_page()
    tpa_head(p, rng, right=["CLAIM DECISION"])
    p.line(dd_mon(ld), 10)
    p.ln(3)
    for ln in [diver, "1906 Barataria Blvd", "Marrero, LA 70072"]:
        p.line(ln, 10)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.over_boxes([(clm, "Claim number", W * 0.25), (sp_id(num), "Participant ID", W * 0.25),
                  (OFF, "Group", W * 0.2), (usd(bill), "Amount billed", W * 0.3)])
    p.over_boxes([(hosp, "Hospital", W * 0.42), (f"{slash(d1)} and {slash(d2)}", "Dates of treatment", W * 0.33),
                  (hbo_md, "Hyperbaric physician", W * 0.25)], size=8.6)
    p.ln(2)
    p.para(f"We reviewed the claim from {hosp} for recompression treatment of decompression illness on {long(d1)} "
           f"and a follow-up treatment on {long(d2)}. The Trust will not pay this claim.", 9.8)
    p.report_excerpt("Dive computer download sent with the claim (extract)",
                     ["Time", "Depth fsw", "Gas", "Stop / event"],
                     [["09:41", "0", "TX 18/45", "descent, wreck 'Mary Ellen Lusk'"],
                      ["09:49", "185", "TX 18/45", "bottom, inside No. 2 hold"],
                      ["10:06", "120", "TX 18/45", "ascent begins"], ["10:14", "70", "EAN 50", "gas switch"],
                      ["10:31", "20", "O2", "stops shortened (current)"], ["10:58", "0", "-", "surface"]],
                     [22, 26, 26, 100], note="Recorded by the diver's own computer; charter vessel log no. "
                                             f"CV-{digits(rng, 5)}.")
    p.para("**Why.** The Trust covers decompression illness from a recreational dive, but its rules leave out an "
           "injury or illness from a recreational dive deeper than 130 feet of seawater, a dive inside a wreck or a "
           "cave, or a dive breathing a mixed gas other than air or nitrox. The dive computer record and the "
           "hospital's notes show that this was a recreational dive on your day off, to 185 feet, inside the hold "
           "of a wreck, breathing trimix. The treatment therefore falls outside what the Trust covers. This "
           "decision is not about whether the treatment was needed.", 9.2)
    p.para(f"If you disagree, you may appeal to the Board of Trustees. Send your appeal by {long(by)} to the Trust "
           "Office, 700 Crewboat Landing Rd, Suite 4, Morgan City, LA 70380. You may ask for free copies of the "
           "plan rules and the records we used.", 9.2)
    p.para(f"{TPA} administers claims for the {TRUST}. Your commercial diving card (ADCI no. 07-{digits(rng, 5)}) "
           "and your hours are not affected by this decision.", 8.2)
    t = truth("denial_letter", "not_covered", insurer=TPA, group=OFF, member_id=num, member_name=diver, cases=[clm],
              claim_amount=m2(bill), service_dates=[iso(d1), iso(d2)], denial_date=iso(ld), provider=hosp,
              appeal_deadline=iso(by),
              alternates={"insurer": TPA_ALT + [TRUST] + TRUST_ALT, "service_dates": [[f"{iso(d1)}/{iso(d2)}"]],
                          "provider": [hbo_md, "Ovide R. Chauvin"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh()
    F = FAMILY + "_"
    items = [Item(F + "born_digital_eob_dive_physical_joint_survey_line_code_b36", "born_digital", [born_eob(rng)])]
    items.append(Item(F + "clean300_stack_hours_short_dive_log_sideways_blank_then_eligibility_notice",
                      "scan_clean_300", clean_stack(rng), separators=["blank", None], turns={(0, 1): 270}))
    items += [
        Item(F + "faxstd_provider_notice_offshore_decompression_longshore_carrier_first_caption_right_boxes",
             "fax_standard_g4", [faxstd_offshore(rng)]),
        Item(F + "phone_es_oxigeno_hiperbarico_sin_aprobacion_previa", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_three_pages_follow_up_chamber_sessions_not_improving_ids_bare_running_header", "rotated",
             [rotated_followups(rng)]),
        Item(F + "photocopy_claim_received_after_120_days_billing_company_stamp_hung_captions", "photocopy",
             [photocopy_late(rng)]),
        Item(F + "lowres_recreational_trimix_wreck_dive_185_fsw_values_over_captions_dive_profile",
             "scan_lowres_150", [lowres_trimix(rng)]),
    ]
    return items
