"""Medicaid papers on childhood lead poisoning services in an invented state (Marlstow), mirrored for structure and
plain wording style only from public Medicaid papers: a fiscal agent's provider remittance advice with EOB codes on
its last page, a managed care plan's notice of adverse benefit determination with appeal, state fair hearing,
expedited and continued-benefits rights, an approval notice, and the state's fee-for-service claim notices to
parents and providers. Services: EPSDT blood lead testing (CPT 83655, 36415), lead case management home visits by a
county health department's nurse (HCPCS T1017, per 15 minutes) and the comprehensive environmental lead
investigation of the child's home (HCPCS T1029, once per dwelling). The program's rules, the state, its department,
fiscal agent, managed care plan, county, clinic, laboratory, company, every person, number, address and time limit
are invented; phones use 555. CDC's blood lead reference value (3.5 micrograms per deciliter) and the codes appear
as themselves. No heading names the kind of refusal.

Marlstow Medicaid numbers a household's case and each person in it: a child's ID is the case number with a person
suffix (40718826-03), the parent's is the same number with -01.

Documents (8 in 7 files):
- bd_remittance_advice_county_lead_program_dwelling_limit_eob_4471_table_across_pages: the fiscal
  agent's remittance advice to the county's lead program for eight children (case management units and three
  environmental investigations), the table carried over to page 2; one line refused, the second investigation of
  the same dwelling within 12 months (a sibling's was paid), told only by EOB code 4471 explained on page 3.
- scan300_stack_routing_note_dear_plan_approval_state_notice_not_eligible_upside_down: a clinic's
  routing note that opens "Dear Ms. ..." (no document), the plan's approval of case management and an investigation
  (denies nothing), and the state's notice that a later home visit was not paid because the child's Medicaid had
  ended (renewal not returned), fed upside down; only a state fair hearing.
- faxfine_plan_notice_more_case_management_visits_levels_under_reference_captions_under: the plan's
  notice refusing six more nurse home visits after two venous levels under 3.5 (values in boxes captioned under the
  box, a results table of decoy dates), a fax header line; 60 days to appeal.
- phone_es_aviso_investigacion_casa_de_la_abuela_sin_autorizacion_previa: Spanish: the plan refusing an
  investigation of the grandmother's house done without prior approval.
- rotated_state_notice_dust_wipe_and_soil_analysis_not_medicaid_service_side_column: the state's notice to a
  parent that a laboratory's dust-wipe and soil analyses are not a Medicaid service; a side column beside the claim
  table, rights in three columns on page 2 with a running header.
- photocopy_state_letter_to_laboratory_venous_test_received_after_180_days_receipt_stamp: the state's letter to the
  laboratory refusing a venous confirmation test billed more than 180 days after the draw (a receipt stamp, hung
  captions; review "no later than" a printed date).
- lowres_state_notice_to_risk_assessor_investigation_billed_in_15_minute_units_edge_strip: the state's notice to
  the investigation company that the T1029 line billed as 16 fifteen-minute units cannot be paid (one unit per
  dwelling), a mail-house control strip up the left edge.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundel_famle import (ELSheet, abbr, apos, dd_mon, dmy_long, es_date, es_dmy, fresh, iso, last_first, long,
                               n2, parts, people, phone, plus, roman_yy, routing_note, slash, tollfree, usd,
                               with_last, yy)
from public_kit import digits, m2, out, truth

FAMILY = ("marlstow_medicaid_childhood_lead_case_management_and_environmental_investigation_dwelling_limit_"
          "sample_analysis_and_closure_level_refusals")
LANG = "en"
SEED = 355014
STATE = "Marlstow Department of Medical Assistance"
STATE_ALT = ["Marlstow Medicaid", "Marlstow Medicaid Program", "Department of Medical Assistance",
             "Marlstow Department of Medical Assistance Office of Medicaid Claims"]
FISCAL = "Shalecroft Fiscal Services, Inc."
MCO = "Sedgefell Health Partners"
MCO_ALT = ["Sedgefell Health Partners, Inc.", "Sedgefell", "Sedgefell Health"]
COUNTY = "Pellmarsh County Health Department"
CLPPP = "Childhood Lead Poisoning Prevention Program"
FIRM = "Holmscar Environmental Lead Services, LLC"
LAB = "Greysound Clinical Laboratory"
CLINIC = "Cobbrook Family Health Center"
STATE_ADDR = "Office of Medicaid Claims, 40 Capitol Row, Glenrowan, Marlstow 30417"


def case_no(rng) -> str:
    return digits(rng, 8)


def icn(rng, d: dt.date) -> str:
    """Internal control number: year, Julian day, batch, sequence."""
    return f"26{d.timetuple().tm_yday:03d}{digits(rng, 3)}{digits(rng, 5)}"


def state_head(p: ELSheet, rng, right=None):
    p.spaced_head("Marlstow", "Department of Medical Assistance",
                  f"Medicaid claims are processed for the Department by {FISCAL}, fiscal agent",
                  [STATE_ADDR, f"Provider services {tollfree(rng, '866')}  |  Recipient help line "
                   f"{tollfree(rng, '877')}  |  TTY 711"], right=right)


def mco_head(p: ELSheet, rng, title=None, sub=None, es=False):
    tag = (["Health Partners", "Un plan de atención administrada de Marlstow Medicaid",
            f"Servicios al miembro {tollfree(rng, '888')}  ·  TTY 711", "PO Box 7710, Whinmoor, Marlstow 30552"]
           if es else
           ["Health Partners", "A Marlstow Medicaid managed care plan",
            f"Member services {tollfree(rng, '888')}  ·  TTY 711", "PO Box 7710, Whinmoor, Marlstow 30552"])
    p.split_brand("Sedge", "fell", tag, title=title, sub=sub)


# ---------------------------------------------------------------------------------------------------------------
def bd_remittance(rng):
    """Remittance advice: one T1029 line refused (second investigation of the same dwelling within 12 months)."""
    ra_date = dt.date(2026, 6, 19)
    pay_date = dt.date(2026, 6, 23)
    nurse, assessor = people(rng, 2, sexes="FM")
    kids = people(rng, 7, sexes="FMFMFMF")
    sib_last = parts(kids[1])[2]
    sib2 = with_last(people(rng, 1, sexes="M")[0], sib_last)   # the sibling whose line is refused
    cases = [case_no(rng) for _ in range(7)]
    ids = [f"{cases[0]}-02", f"{cases[1]}-03", f"{cases[1]}-04", f"{cases[2]}-02", f"{cases[3]}-05",
           f"{cases[4]}-02", f"{cases[5]}-03", f"{cases[6]}-02"]
    names = [kids[0], kids[1], sib2, kids[2], kids[3], kids[4], kids[5], kids[6]]
    inv1 = dt.date(2026, 5, 12)
    inv2 = dt.date(2026, 6, 2)
    U = 32.50
    claims = [
        (0, [(dt.date(2026, 5, 4), "T1017", "Case mgmt, home visit", 4, 1201), (dt.date(2026, 5, 18), "T1017",
             "Case mgmt, home visit", 3, 1201), (dt.date(2026, 5, 26), "T1017", "Case mgmt, phone follow-up", 1,
                                                 1201)]),
        (1, [(inv1, "T1029", "Environmental lead investigation", 1, 1201), (dt.date(2026, 5, 12), "T1017",
             "Case mgmt, home visit", 4, 1201), (dt.date(2026, 5, 27), "T1017", "Case mgmt, home visit", 3, 1201)]),
        (2, [(dt.date(2026, 5, 27), "T1017", "Case mgmt, home visit", 2, 1201),
             (inv2, "T1029", "Environmental lead investigation", 1, 4471)]),
        (3, [(dt.date(2026, 5, 6), "T1017", "Case mgmt, home visit", 4, 1201), (dt.date(2026, 5, 20), "T1017",
             "Case mgmt, home visit", 4, 1201), (dt.date(2026, 6, 3), "T1017", "Case mgmt, home visit", 2, 1201)]),
        (4, [(dt.date(2026, 5, 7), "T1017", "Case mgmt, home visit", 3, 1201), (dt.date(2026, 5, 21), "T1017",
             "Case mgmt, home visit", 3, 1201), (dt.date(2026, 6, 4), "T1017", "Case mgmt, home visit", 3, 1201),
             (dt.date(2026, 6, 11), "T1017", "Case mgmt, phone follow-up", 1, 1201)]),
        (5, [(dt.date(2026, 5, 13), "T1017", "Case mgmt, home visit", 4, 1201), (dt.date(2026, 5, 28), "T1017",
             "Case mgmt, home visit", 4, 1201), (dt.date(2026, 6, 9), "T1017", "Case mgmt, home visit", 3, 1201)]),
        (6, [(dt.date(2026, 5, 5), "T1029", "Environmental lead investigation", 1, 1201), (dt.date(2026, 5, 5),
             "T1017", "Case mgmt, home visit", 4, 1201), (dt.date(2026, 5, 19), "T1017", "Case mgmt, home visit", 4,
                                                          1201), (dt.date(2026, 6, 2), "T1017",
                                                                  "Case mgmt, home visit", 3, 1201)]),
        (7, [(dt.date(2026, 5, 14), "T1017", "Case mgmt, home visit", 4, 1201), (dt.date(2026, 6, 1), "T1017",
             "Case mgmt, phone follow-up", 1, 1201), (dt.date(2026, 6, 10), "T1017", "Case mgmt, home visit", 3,
                                                      1201)]),
    ]
    INV = 385.00
    rows, icns, bill_of = [], [], {}
    tot_b = tot_a = tot_p = 0.0
    for k, lines in claims:
        c = icn(rng, max(x[0] for x in lines))
        icns.append(c)
        rend = assessor if any(x[1] == "T1029" for x in lines) else nurse
        role = "risk assessor" if rend == assessor else "RN"
        rows.append({"span": True, "cells": [f"ICN {c}   {last_first(names[k])}   ID {ids[k]}   Rendering: "
                                             f"{rend}, {role}"]})
        cb = ca = 0.0
        for d, code, desc, u, eob in lines:
            billed = INV if code == "T1029" else U * u
            allowed = 0.0 if eob == 4471 else billed
            rows.append({"cells": [yy(d), code, desc, str(u), n2(billed), n2(allowed), n2(allowed), str(eob)]})
            cb += billed
            ca += allowed
            tot_b += billed
            tot_a += allowed
            tot_p += allowed
        rows.append({"cells": ["", "", "Claim total", "", n2(cb), n2(ca), n2(ca), ""], "bold": True, "shade": True})
        bill_of[k] = cb
    den_icn = icns[2]
    den_bill = bill_of[2]
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"RA 0619-{digits(rng, 6)}  |  {STATE}",
                run_hdr=f"Remittance advice  |  {COUNTY}  |  Provider 300418-002  |  {slash(ra_date)}")
    p.add_page()
    state_head(p, rng, right=["REMITTANCE ADVICE", "Medicaid (Title XIX) and EPSDT", "Not a bill"])
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    for ln in [COUNTY, CLPPP, "Attn: Billing Office", "212 Courthouse Sq, Suite 3", "Pennistone, Marlstow 30761"]:
        p.line(ln, 9.4)
    y1 = p.get_y()
    p.set_y(y0)
    y2 = p.kv_box([("Remittance date", slash(ra_date)), ("Payment date", slash(pay_date)),
                   ("Provider number", "300418-002"), ("NPI", digits(rng, 10)),
                   ("EFT trace", f"EFT{digits(rng, 9)}"), ("Payment amount", usd(tot_p))],
                  p.w - p.r_margin - 84, y0, 84, cap_w=32, size=8.4)
    p.set_y(max(y1, y2) + 4)
    yb = p.money_box("Payment summary", [("Billed this cycle", n2(tot_b)), ("Paid this cycle", n2(tot_p)),
                                         ("Withheld / offsets", "0.00"), ("Net payment (EFT)", usd(tot_p))], w=84)
    p.set_y(yb + 4)
    p.para("Claims paid and denied this cycle are listed below by internal control number (ICN). The EOB code on "
           "each line is explained on the last page. Adjusted claims and claims still in process follow the paid "
           "and denied claims.", 8.2)
    p.carried_table(["Service date", "Proc", "Description", "Units", "Billed", "Allowed", "Paid", "EOB"],
                    rows, [20, 15, 58, 13, 19, 19, 19, 16.9], ["L", "L", "L", "C", "R", "R", "R", "C"],
                    sum_cols=[4, 5, 6], size=7.6, row_h=5.0, bottom=34, carried="Carried to next page",
                    brought="Brought from page 1", totals_label="Claims totals", label_col=2, head_again=True)
    p.heading("Claims in process (no action needed)", 9.4)
    p.table(["ICN", "Recipient", "Received", "Status"],
            [[icn(rng, dt.date(2026, 6, 15)), last_first(people(rng, 1)[0]), slash(dt.date(2026, 6, 15)),
              "In process - pended for review"],
             [icn(rng, dt.date(2026, 6, 16)), last_first(people(rng, 1)[0]), slash(dt.date(2026, 6, 16)),
              "In process"]], [38, 62, 28, 51.9], size=7.8, row_h=5.0)
    p.add_page()
    p.glossary("EOB code descriptions", [
        ("1201", "Paid in full at the Medicaid fee schedule."),
        ("1214", "Units reduced to the number authorized for this date of service."),
        ("2106", "Recipient not eligible on the date of service."),
        ("3390", "Service requires prior authorization and none is on file."),
        ("4471", "One comprehensive environmental lead investigation (T1029) is paid per dwelling in 12 months. An "
                 "investigation of this dwelling was already paid for another recipient in the household. Denied "
                 "(CARC 119)."),
        ("4480", "Laboratory analysis of paint, dust, soil or water samples is not a Medicaid service."),
        ("5002", "Claim received after the filing limit of 180 days from the date of service."),
        ("6120", "Units billed are not valid for this procedure code."),
    ], cols=2)
    p.heading("Administrative review", 9.6)
    p.para("A provider who disagrees with how a claim line was decided may ask for an administrative review in "
           "writing within 30 days of the date of this remittance advice. Send the ICN, the line, the reason and "
           f"any records to the Provider Review Unit, {STATE_ADDR}. A corrected claim is not a review request; "
           "submit corrected claims electronically. Example: a line billed at 130.00 with 4 units authorized is "
           "allowed 130.00; with 3 units authorized it is allowed 97.50.", 8.4)
    p.para(f"{STATE} pays Medicaid claims with state and federal funds. {FISCAL} prints and mails this remittance "
           "advice for the Department.", 7.8)
    t = truth("eob", "not_covered", insurer=STATE, member_id=ids[2], member_name=sib2, cases=[den_icn],
              claim_amount=m2(den_bill), service_dates=[iso(inv2)], denial_date=iso(ra_date), provider=COUNTY,
              appeal_deadline=iso(plus(ra_date, 30)), denial_alternates=["other"],
              alternates={"insurer": STATE_ALT + [FISCAL], "claim_amount": [m2(INV)],
                          "service_dates": [[iso(dt.date(2026, 5, 27)), iso(inv2)]],
                          "provider": [assessor, f"{COUNTY} {CLPPP}"]})
    return out(p), t


def clean_stack(rng):
    """Routing note, the plan's approval, the state's notice of a visit not paid (coverage ended)."""
    mom, = people(rng, 1, sexes="F")
    child = with_last(people(rng, 1, sexes="M")[0], parts(mom)[2])
    nurse, coord = people(rng, 2, sexes="FF")
    cn = case_no(rng)
    cid, pid_ = f"{cn}-02", f"{cn}-01"
    addr = [mom, "19 Tanyard Ln, Apt 2", "Greyvale, Marlstow 30628"]
    # --- A: approval (denies nothing) ---
    ad = dt.date(2026, 3, 27)
    a0, a1 = dt.date(2026, 4, 1), dt.date(2026, 9, 30)
    auth = f"SHP-PA-{digits(rng, 7)}"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{MCO}  |  SHP-APR-2 (01/26)")
    p.add_page()
    mco_head(p, rng, title="NOTICE OF APPROVAL", sub=[f"Date: {long(ad)}"])
    p.addr_kv(addr, [("Member", child), ("Member ID", cid), ("Head of household", f"{mom} ({pid_})"),
                     ("Authorization", auth)], w=96, cap_w=32, size=8.4)
    p.line(f"Dear {first_of(mom)} {parts(mom)[2]}:", 10)
    p.ln(2)
    p.para(f"Good news. {MCO} has approved the lead services that {COUNTY} asked for on behalf of {first_of(child)}. "
           "You do not need to do anything. The county's nurse will call you to set up the first home visit.", 9.8)
    p.table(["Service", "Code", "Approved", "From", "Through"],
            [["Lead case management (nurse home visits)", "T1017", "up to 12 units a month", slash(a0), slash(a1)],
             ["Environmental lead investigation of the home", "T1029", "1 per dwelling", slash(a0), slash(a1)]],
            [70, 16, 36, 28, 29.9], size=8.4, row_h=6)
    p.para(f"Requested by: {COUNTY}, {CLPPP} ({nurse}, RN). The request reached us on {slash(dt.date(2026, 3, 24))}"
           f" after a venous blood lead test at {CLINIC}.", 9)
    p.para("This approval is for services while your child is enrolled with us and eligible for Marlstow Medicaid. "
           "If your child's Medicaid ends, this approval ends on the same day. Return your renewal papers on time "
           "so that services do not stop.", 9)
    p.para("Questions? Call member services. If you need this letter in another language or in large print, call "
           "the same number.", 8.8)
    p.sig_scrawl("Utilization Management", MCO)
    dA = (out(p), truth("other", None, insurer=MCO, member_id=cid, member_name=child, cases=[auth],
                        service_dates=[f"{iso(a0)}/{iso(a1)}"], denial_date=iso(ad), provider=COUNTY,
                        alternates={"insurer": MCO_ALT, "service_dates": [[], [iso(a0), iso(a1)]],
                                    "provider": [nurse, f"{COUNTY} {CLPPP}"], "case_numbers": [[]]}))
    # --- B: state notice, visit not paid, not eligible ---
    nd = dt.date(2026, 8, 14)
    vis = dt.date(2026, 7, 21)
    c = icn(rng, dt.date(2026, 8, 3))
    notice = f"DN-{digits(rng, 8)}"
    bill = 32.50 * 4
    q = ELSheet(footer="Page {n} of {nb}", footer_left=f"Notice {notice}  |  DMA-CN-7")
    q.add_page()
    state_head(q, rng, right=["NOTICE OF CLAIM DENIAL", f"Notice date {long(nd)}"])
    q.addr_kv(addr, [("Notice number", notice), ("Case number", cn), ("Recipient", child),
                     ("Recipient ID", cid)], w=92, cap_w=30, size=8.6)
    q.para(f"Dear {mom}:", 10)
    q.para(f"The Department received a claim for a service your child got. We will not pay this claim. This "
           "notice tells you why and what you can do.", 9.8)
    q.boxed_pairs([("Claim (ICN)", c), ("Service", "Lead case management home visit (T1017), 4 units"),
                   ("Date of service", long(vis)), ("Provider", COUNTY),
                   ("Amount billed", usd(bill)), ("Amount paid", "$0.00")], label_w=46, size=9)
    q.heading("Why we did not pay", 10.5)
    q.para(f"Your child was not eligible for Marlstow Medicaid on {long(vis)}. Your household's renewal was due on "
           f"{long(dt.date(2026, 6, 15))}. We did not receive it, and coverage for everyone on case {cn} ended on "
           f"{long(dt.date(2026, 6, 30))}. The approval from {MCO} ended on the same day.", 9.6)
    q.para("If you send your renewal papers within 90 days after coverage ended, we will decide your renewal "
           "again and, if you qualify, coverage may start again back to the day it ended. The claim would then be "
           "paid when the provider sends it again.", 9.4)
    q.heading("Your right to a state fair hearing", 10.5)
    q.para("If you think this decision is wrong, you may ask for a state fair hearing. You must ask within 90 days "
           "from the date of this notice. Call the Recipient help line or write to the Office of Hearings, "
           "40 Capitol Row, Glenrowan, Marlstow 30417. You may speak for yourself or have a lawyer, a relative or "
           "a friend speak for you. Free legal help may be available from Whinmoor Legal Aid Society, "
           f"{phone(rng, '410')}.", 9.2)
    q.para(f"Parent or caretaker on this case: {mom}, ID {pid_}.", 8.4)
    q.sig_scrawl("Office of Medicaid Claims", STATE)
    dB = (out(q), truth("denial_letter", "eligibility", insurer=STATE, member_id=cid, member_name=child,
                        cases=[c, notice], claim_amount=m2(bill), service_dates=[iso(vis)], denial_date=iso(nd),
                        provider=COUNTY, appeal_deadline=None,
                        alternates={"insurer": STATE_ALT, "case_numbers": [[c], [notice], [c, notice, cn]],
                                    "provider": [f"{COUNTY} {CLPPP}"]}))
    note = routing_note(CLINIC, ["Lead Care Coordination  |  77 Millrace Rd, Greyvale, Marlstow 30628",
                                 f"Phone {phone(rng, '410')}  |  Fax {phone(rng, '410')}"],
                        [(True, "For your information"), (False, "Please sign and return"), (True, "Please call us"),
                         (False, "Please file")],
                        [("To:", mom), ("From:", f"{coord}, lead care coordinator"),
                         ("Date:", "Aug. 20 '26"), ("Re:", f"{first_of(child)} - lead services")],
                        f"Dear Ms. {parts(mom)[2]},",
                        [f"Copies of two letters about {first_of(child)}'s lead services are attached. The first, from "
                         f"{MCO} in March, approved the nurse visits. The second, from the state, says a visit in "
                         "July was not paid because the Medicaid case closed at renewal.",
                         "Please send the renewal form right away (our front desk can help you fill it in), then "
                         "call me so we can ask the county to bill again. Keep the letters with your papers."],
                        ["Warm regards,", coord])
    return [dA, dB], note


def first_of(full: str) -> str:
    return parts(full)[0]


def faxfine_more_visits(rng):
    """Plan notice: six more nurse home visits refused (two venous levels under the reference value)."""
    mom, = people(rng, 1, sexes="F")
    child = with_last(people(rng, 1, sexes="F")[0], parts(mom)[2])
    nurse, md = people(rng, 2, sexes="FM")
    cn = case_no(rng)
    cid, pid_ = f"{cn}-02", f"{cn}-01"
    nd = dt.date(2026, 7, 31)
    rec = dt.date(2026, 7, 24)
    s0, s1 = dt.date(2026, 8, 10), dt.date(2026, 11, 30)
    req = f"UM26-{digits(rng, 6)}"
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"{MCO}  |  NABD-LD-4  |  Request {req}",
                fax_hdr=f"AUG-03-2026 09:41   FROM SEDGEFELL UM REVIEW {phone(rng, '410')}   TO "
                        f"{phone(rng, '410')}   P.{{n}}")
    p.add_page()
    mco_head(p, rng, title="NOTICE OF ADVERSE BENEFIT DETERMINATION", sub=[f"Notice date: {slash(nd)}"])
    for ln in [f"Parent or guardian of {child}", mom, "4406 Foundry Hill Rd", "Whinmoor, Marlstow 30551"]:
        p.line(ln, 9.6)
    p.ln(4)
    W = p.w - p.l_margin - p.r_margin
    p.caps_under([(child, "Member name", W * 0.34), (cid, "Member ID", W * 0.22),
                  (pid_, "Head of household ID", W * 0.22), (req, "Request number", W * 0.22)], size=8.8)
    p.caps_under([(f"{COUNTY}", "Requesting provider", W * 0.5), (f"{nurse}, RN", "Lead case manager", W * 0.3),
                  (slash(rec), "Request received", W * 0.2)], size=8.6)
    p.para(f"**What we decided.** {COUNTY} asked us to approve 6 more lead case management home visits (T1017, up "
           f"to 4 units each) for your child, from {long(s0)} through {long(s1)}. We have denied this request. "
           "The visits your child already had were approved and paid.", 9.4)
    p.para("**Why.** Our lead case management policy (clinical policy CP-LEAD-04) follows the state's case closure "
           "rule: nurse home visits are medically necessary while a child's venous blood lead level is at or above "
           "the reference value of 3.5 micrograms per deciliter, or while lead hazards in the home have not been "
           "controlled. Your child's last two venous tests were under 3.5, more than one month apart, and the "
           "county's clearance dust wipes after the repairs passed. The records do not show a need for more home "
           "visits. This means the visits are not medically necessary for your child.", 9.2)
    p.table(["Test date", "Sample", "Result (µg/dL)", "Laboratory accession"],
            [[roman_yy(dt.date(2026, 1, 6)), "venous", "14.2", f"GCL-{digits(rng, 7)}"],
             [roman_yy(dt.date(2026, 3, 10)), "venous", "8.9", f"GCL-{digits(rng, 7)}"],
             [roman_yy(dt.date(2026, 5, 19)), "venous", "3.1", f"GCL-{digits(rng, 7)}"],
             [roman_yy(dt.date(2026, 7, 14)), "venous", "2.6", f"GCL-{digits(rng, 7)}"]],
            [34, 30, 40, 75.9], size=8.4, row_h=5.4)
    p.para(f"This decision was made by {md}, MD, a board-certified pediatrician. Your child's doctor may talk with "
           f"the reviewer by calling {phone(rng, '410')}. Your child should still have the follow-up blood lead "
           "tests her doctor orders; those tests do not need our approval.", 8.8)
    p.add_page()
    p.heading("Your right to appeal", 10.5)
    p.para(f"You have the right to ask {MCO} to look at this decision again. This is called an appeal. You must ask "
           "for an appeal within 60 calendar days from the date on this notice. You can call member services or "
           "write to: Appeals, PO Box 7714, Whinmoor, Marlstow 30552. Someone else, such as the county nurse, may "
           "ask for you if you give written permission.", 9.2)
    p.para("**Fast appeal.** If waiting could seriously harm your child's health, ask for a fast (expedited) "
           "appeal. We will decide a fast appeal within 72 hours.", 9)
    p.para("**State fair hearing.** If we do not decide in your favor, you may ask for a state fair hearing within "
           "120 days from the date of our appeal decision. You must finish our appeal first.", 9)
    p.para("**Continuing services.** This request was for new visits, so there are no approved services to "
           "continue. If a notice ever stops services already approved, you may ask to keep them during the appeal "
           "if you ask within 10 days.", 9)
    p.para("You may ask for free copies of the policy and records we used. You may send us new information, such "
           "as a newer blood lead result.", 9)
    p.sig_scrawl("Utilization Management Department", MCO)
    p.nondiscrim(MCO, tollfree(rng, "888"))
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=cid, member_name=child, cases=[req],
              service_dates=[f"{iso(s0)}/{iso(s1)}"], denial_date=iso(nd), provider=COUNTY,
              appeal_deadline=iso(plus(nd, 60)),
              alternates={"insurer": MCO_ALT, "service_dates": [[iso(s0)], [iso(s0), iso(s1)]],
                          "provider": [nurse, f"{COUNTY} {CLPPP}"]})
    return out(p), t


def phone_es(rng):
    """Spanish: investigation at the grandmother's house without prior approval."""
    mom, = people(rng, 1, es=True, sexes="F")
    child = with_last(people(rng, 1, es=True, sexes="M")[0], parts(mom)[2])
    grandma, = people(rng, 1, es=True, sexes="F")
    assessor, = people(rng, 1, sexes="M")
    cn = case_no(rng)
    cid, pid_ = f"{cn} 03", f"{cn} 01"
    nd = dt.date(2026, 6, 24)
    dos = dt.date(2026, 5, 28)
    clm = f"SHP{digits(rng, 10)}"
    bill = 412.00
    p = ELSheet(footer="Página {n} de {nb}", footer_left=f"{MCO}  |  NABD-ES-2")
    p.add_page()
    mco_head(p, rng, title="AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", sub=[es_date(nd)], es=True)
    for ln in [mom, "233 Calle Molino", "Pennistone, Marlstow 30762"]:
        p.line(ln, 9.8)
    p.ln(4)
    p.hang([("Miembro", child), ("N.º de miembro", cid), ("Titular del caso", f"{mom} - {pid_}"),
            ("Reclamo núm.", clm), ("Quién hizo el servicio", FIRM),
            ("Servicio", "Investigación ambiental de plomo (T1029), una vivienda"),
            ("Fecha del servicio", es_date(dos)), ("Cantidad cobrada", usd(bill))], cap_w=44, size=9.2, cap=6.4)
    p.para(f"Estimada Sra. {parts(mom)[2]}:", 10)
    p.para(f"{FIRM} nos envió un reclamo por la investigación ambiental de plomo que hizo en la casa de la abuela de "
           f"su hijo, {grandma}, en 88 Camino del Horno, Greyvale. {MCO} no pagará este reclamo.", 9.6)
    p.para("**Por qué.** Pagamos sin aprobación previa una investigación en la vivienda donde el niño vive. Para "
           "investigar otra vivienda donde el niño pasa tiempo, como la casa de un familiar o una guardería, el "
           "proveedor debe pedirnos aprobación antes de hacer la investigación. Nadie pidió esa aprobación antes del "
           f"{es_dmy(dos)}. Por eso el reclamo se negó por falta de autorización previa.", 9.4)
    p.para("Esta decisión no dice que la investigación no hiciera falta. El proveedor puede pedirnos ahora una "
           "revisión tardía con el informe de la investigación.", 9.4)
    p.heading("Su derecho a apelar", 10.5)
    p.para("Usted puede pedir una apelación dentro de 60 días calendario a partir de la fecha de este aviso. Llame "
           "a Servicios al miembro o escriba a Apelaciones, PO Box 7714, Whinmoor, Marlstow 30552. Si esperar "
           "pudiera dañar la salud de su hijo, pida una apelación rápida; la decidiremos en 72 horas. Después de "
           "nuestra apelación, puede pedir una audiencia imparcial del estado dentro de 120 días.", 9.2)
    p.para(f"Evaluador de riesgos: {assessor}, licencia LRA-{digits(rng, 4)}.", 8.4)
    p.sig_scrawl("Departamento de Administración de Utilización", MCO)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, member_id=cid.replace(" ", ""),
              member_name=child, cases=[clm], claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(nd),
              provider=FIRM, appeal_deadline=iso(plus(nd, 60)), lang="es",
              alternates={"insurer": MCO_ALT, "provider": [assessor, "Holmscar Environmental Lead Services"]})
    return out(p), t


def rotated_samples(rng):
    """State notice: dust-wipe and soil analysis not a Medicaid service; side column beside the claim table."""
    dad, = people(rng, 1, sexes="M")
    child = with_last(people(rng, 1, sexes="F")[0], parts(dad)[2])
    worker, = people(rng, 1, sexes="F")
    cn = case_no(rng)
    cid, pid_ = f"{cn}-03", f"{cn}-01"
    nd = dt.date(2026, 9, 11)
    dos = dt.date(2026, 8, 6)
    c = icn(rng, dt.date(2026, 8, 24))
    lines = [("Dust wipe analysis, lead (floor, sill, trough)", "6", 28.00), ("Soil sample analysis, lead", "2",
                                                                               34.00)]
    tot = sum(int(u) * r for _, u, r in lines)
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"DMA-CN-7  |  Notice mailed {apos(nd)}",
                run_hdr=f"{parts(child)[2].upper()}, {parts(child)[0].upper()}  |  ID {cid}  |  ICN {c}")
    p.add_page()
    state_head(p, rng, right=["NOTICE OF CLAIM DENIAL"])
    p.line(long(nd), 10)
    p.ln(2)
    for ln in [dad, "7 Glebe Terrace", "Lindfell, Marlstow 30805"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {dad}:", 10)
    p.para(f"We received a claim from {LAB} for tests on samples taken at your home during the lead investigation "
           f"for your daughter, {child}. Medicaid will not pay this claim.", 9.6)
    p.table_side(["Service", "Units", "Billed", "Paid", "Code"],
                 [[f"ICN {c}  -  {slash(dos)}", "", "", "", ""]] +
                 [[d, u, n2(int(u) * r), "0.00", "4480"] for d, u, r in lines] +
                 [["Claim total", "", n2(tot), "0.00", ""]],
                 [64, 12, 18, 15, 12], ["L", "C", "R", "R", "C"],
                 [("Your case at a glance", [("Case", cn), ("Child", child), ("Child's ID", cid),
                                             ("Parent's ID", pid_), ("County nurse", worker)]),
                  ("Questions?", f"Recipient help line {tollfree(rng, '877')}, Monday to Friday, 8 to 5. Have this "
                                 "notice with you when you call."),
                  ("What you owe", "Nothing. A Medicaid provider may not bill you for this claim.")],
                 side_w=52, size=7.8, row_h=5.4, bold_rows={0, 3}, shade_rows={0})
    p.para("**Why.** Code 4480: Medicaid pays for the environmental lead investigation of a child's home, but "
           "laboratory analysis of paint, dust, soil or water samples taken during the investigation is not a "
           "Medicaid service. In Marlstow, the county's Childhood Lead Poisoning Prevention Program pays for these "
           "tests from its own grant. We have sent a copy of this notice to the laboratory so that it can bill the "
           f"county program. The investigation itself, done on {long(dos)}, was paid.", 9.2)
    p.add_page()
    p.heading("What you can do if you disagree", 10.5)
    p.three_cols([
        ("Administrative review", "You, or the laboratory with your permission, may ask the Department to review "
                                  "this decision. Ask in writing within 30 days of the date of this notice. Send "
                                  "it to the Office of Medicaid Claims at the address at the top of page 1."),
        ("State fair hearing", "You may also ask for a state fair hearing. You must ask within 90 days from the "
                               "date of this notice. You do not have to ask for a review first. At the hearing, "
                               "you may speak for yourself or bring someone to speak for you."),
        ("Help", "Free legal help may be available from Whinmoor Legal Aid Society. For questions about your "
                 "child's lead care, call the county nurse. For this claim, call the Recipient help line."),
        ("Other services", "This decision does not change your child's blood lead tests or the nurse's visits. "
                           "Those services are still covered while your child is eligible."),
        ("Your records", "You may ask for a free copy of the claim and of the rules we used."),
        ("Language help", "If you need this notice in another language or format, call the help line."),
    ], size=8.4)
    p.sig_scrawl("Office of Medicaid Claims", STATE)
    t = truth("denial_letter", "not_covered", insurer=STATE, member_id=cid, member_name=child, cases=[c],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(plus(nd, 30)), alternates={"insurer": STATE_ALT, "case_numbers": [[c, cn]]})
    return out(p), t


def photocopy_timely(rng):
    """State letter to the laboratory: venous confirmation billed more than 180 days after the draw."""
    child, = people(rng, 1, sexes="M")
    mom, = people(rng, 1, sexes="F")
    ped, = people(rng, 1, sexes="F")
    cn = case_no(rng)
    cid = f"{cn}-04"
    dos = dt.date(2026, 1, 8)
    rec = dt.date(2026, 7, 20)
    nd = dt.date(2026, 7, 29)
    by = dt.date(2026, 9, 28)
    c = icn(rng, rec)
    lines = [("83655", "Lead, blood (venous)", 24.80), ("36415", "Venipuncture", 9.00)]
    tot = sum(x[2] for x in lines)
    p = ELSheet(footer=None, footer_left=f"DMA-PR-3  |  {STATE}")
    p.add_page()
    state_head(p, rng)
    p.receipt_stamp(["PROVIDER SERVICES", f"RECEIVED {roman_yy(dt.date(2026, 8, 3))}", "GREYSOUND LAB"],
                    p.w - p.r_margin - 56, p.get_y() - 2, angle=7)
    p.line(dmy_long(nd), 10)
    p.ln(3)
    for ln in [LAB, "Attn: Third-Party Billing", "1500 Assay Park Dr", "Glenrowan, Marlstow 30420"]:
        p.line(ln, 9.6)
    p.ln(5)
    W = p.w - p.l_margin - p.r_margin
    p.hung([(c, "Internal control number", W * 0.3), (f"{last_first(child)}", "Recipient", W * 0.38),
            (cid, "Recipient ID", W * 0.32)])
    p.hung([(slash(dos), "Date specimen drawn", W * 0.3), (slash(rec), "Date claim received", W * 0.38),
            (usd(tot), "Total charge", W * 0.32)])
    p.hung([(CLINIC, "Ordering clinic", W * 0.5), (f"Dr. {ped}", "Ordering physician", W * 0.5)])
    p.ln(2)
    p.subject_line("Claim denied: received after the filing limit (EOB 5002)")
    p.para(f"Your claim for the venous blood lead test drawn on {long(dos)} was received on {long(rec)}, "
           f"{(rec - dos).days} days after the date of service. Marlstow Medicaid pays a claim only when it is first "
           "received within 180 days from the date of service, unless the delay was caused by a retroactive "
           "eligibility decision or by another payer's late decision. Our records show the child was eligible on "
           "the date of service and no earlier claim for this test was received from your laboratory.", 9.4)
    p.table(["Proc", "Description", "Billed", "Paid", "EOB"],
            [[a, b, n2(x), "0.00", "5002"] for a, b, x in lines] + [["", "Claim total", n2(tot), "0.00", ""]],
            [22, 86, 25, 22, 24.9], size=8.8, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("If you sent this claim on time and it was rejected, or if another payer's decision delayed it, send "
           "proof (a clearinghouse acceptance report, an earlier remittance advice or the other payer's notice "
           f"dated within the limit) with a request for administrative review no later than {long(by)}. Mail it "
           "to the Provider Review Unit at the address above or fax it to the number on our website.", 9.2)
    p.para(f"The parent of record ({mom}) has been told that she does not owe this amount. A Medicaid provider may "
           "not bill a recipient for a claim denied for late filing.", 8.8)
    p.sig_scrawl("Provider Review Unit", STATE)
    t = truth("denial_letter", "timely_filing", insurer=STATE, member_id=cid, member_name=child, cases=[c],
              claim_amount=m2(tot), service_dates=[iso(dos)], denial_date=iso(nd), provider=LAB,
              appeal_deadline=iso(by), alternates={"insurer": STATE_ALT})
    return out(p), t


def lowres_units(rng):
    """State notice to the risk assessment company: T1029 billed as 16 fifteen-minute units."""
    child, = people(rng, 1, sexes="F")
    assessor, = people(rng, 1, sexes="M")
    cn = case_no(rng)
    cid = f"{cn}-02"
    dos = dt.date(2026, 9, 22)
    nd = dt.date(2026, 10, 13)
    c = icn(rng, dt.date(2026, 10, 1))
    bill = 16 * 48.00
    p = ELSheet(footer="Page {n} of {nb}", footer_left=f"Provider notice {digits(rng, 9)}")
    p.add_page()
    p.edge_strip(f"DMA*PN*{digits(rng, 6)}*{c}*0001 OF 0001*{digits(rng, 5)}")
    state_head(p, rng, right=["PROVIDER CLAIM NOTICE"])
    for ln in [FIRM, "Billing Department", "61 Kiln Street", "Lindfell, Marlstow 30806"]:
        p.line(ln, 9.6)
    p.ln(4)
    p.beside([[("Notice date", dd_mon(nd)), ("ICN", c)],
              [("Recipient", child), ("Recipient ID", cid)],
              [("Service date", abbr(dos)), ("Billed", n2(bill))],
              [("Risk assessor", assessor), ("License", f"LRA-{digits(rng, 4)}")]], cap_w=26, size=8.8)
    p.ln(2)
    p.table(["Line", "Proc", "Description", "Units billed", "Billed", "Paid", "EOB"],
            [["1", "T1029", "Environmental lead investigation", "16", n2(bill), "0.00", "6120"]],
            [11, 16, 72, 20, 22, 17, 21.9], size=8.4, aligns=["C", "L", "L", "C", "R", "R", "C"])
    p.para("**Reason (EOB 6120).** HCPCS T1029 is billed once for the whole investigation of one dwelling: one "
           "unit, whatever the time spent. The line was billed as 16 units, as if each unit were 15 minutes. A "
           "line with units that are not valid for the code cannot be paid as billed. Send a corrected claim with "
           "1 unit; the Medicaid fee for T1029 is paid per dwelling.", 9.2)
    p.para("Because the claim was denied for its units, this notice does not count against the dwelling limit: no "
           "investigation has been paid for this address. A corrected claim must still reach us within 180 days of "
           "the date of service.", 9)
    p.para("To ask for an administrative review of this decision instead, write to the Provider Review Unit within "
           "30 days of the date of this notice.", 9)
    p.para(f"Investigation report received {apos(dt.date(2026, 9, 29))}; dwelling built 1926; parcel "
           f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}.", 8.2)
    p.sig_scrawl("Provider Review Unit", STATE)
    t = truth("denial_letter", "coding_error", insurer=STATE, member_id=cid, member_name=child, cases=[c],
              claim_amount=m2(bill), service_dates=[iso(dos)], denial_date=iso(nd), provider=FIRM,
              appeal_deadline=iso(plus(nd, 30)),
              alternates={"insurer": STATE_ALT, "provider": [assessor, "Holmscar Environmental Lead Services"]})
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    fresh()
    F = FAMILY + "_"
    items = [Item(F + "bd_remittance_advice_county_lead_program_dwelling_limit_eob_4471_table_across_pages",
                  "born_digital", [bd_remittance(rng)])]
    docs, note = clean_stack(rng)
    items.append(Item(F + "scan300_stack_routing_note_dear_plan_approval_state_notice_not_eligible_upside_down",
                      "scan_clean_300", docs, separators=[note, None], turns={(1, 0): 180}))
    items += [
        Item(F + "faxfine_plan_notice_more_case_management_visits_levels_under_reference_captions_under",
             "fax_fine_g4", [faxfine_more_visits(rng)]),
        Item(F + "phone_es_aviso_investigacion_casa_de_la_abuela_sin_autorizacion_previa", "phone_photo",
             [phone_es(rng)]),
        Item(F + "rotated_state_notice_dust_wipe_and_soil_analysis_not_medicaid_service_side_column", "rotated",
             [rotated_samples(rng)]),
        Item(F + "photocopy_state_letter_to_laboratory_venous_test_received_after_180_days_receipt_stamp",
             "photocopy", [photocopy_timely(rng)]),
        Item(F + "lowres_state_notice_to_risk_assessor_investigation_billed_in_15_minute_units_edge_strip",
             "scan_lowres_150", [lowres_units(rng)]),
    ]
    return items
