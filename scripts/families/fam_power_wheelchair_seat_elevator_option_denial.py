"""An invented commercial plan denying the power seat elevator (E2300) and power tilt (E1002) options on a
complex rehab power wheelchair (the seat elevator a convenience item, the tilt not medically necessary), while
the base chair is approved, with the supplier's letter to the plan, the seating clinic's evaluation, the DME
benefit manager's provider notice written on behalf of the plan, an EOB, an upheld appeal and an overturned
appeal. HCPCS codes appear as themselves; every plan, person, supplier, clinic and number is invented.

Documents (8 in 7 files):
- bd_preservice_denial_supplier_in_prose: pre-service denial to the member; the plan named only in the logo block
  and the closing; "Bellwether Mobility Solutions, LLC asked us to approve ..." with the ordering physician in the
  same sentence; date of decision and date of this notice (the notice date is the denial date); prior
  authorization number; the approved base chair as decoy.
- faxstd_benefit_manager_provider_notice_captions: small-type provider notice from the DME benefit manager "on
  behalf of" the plan, a typed fax header line on both pages, captions over boxed values (DOS, claim number with
  "-02", NPI, tax ID, patient account), two denied option lines.
- scan300_eob_claims_table: member EOB with three claims (seating evaluation paid, base chair paid, options claim
  denied), the options' first rental month split over From | To cells with different months.
- copy_two_page_supplier_letter_to_plan: the supplier's two-page reconsideration letter to the plan (the plan the
  addressee), "cc:" the physician and the clinic, page 2 under a repeated header (denies nothing).
- rotated_seating_clinic_evaluation_two_column: the seating clinic's evaluation report with the patient, plan and
  provider facts in a ruled right-hand box (denies nothing), evaluation date labelled DOS.
- lowres_appeal_upheld_span_end_year_only: first-level appeal upheld, "the services you received from ..." and the
  span "March 16 - April 15, 2026", second-level appeal 60 days, external review 4 months.
- faxfine_stack_overturned_then_seat_elevator_denial: typed fax cover sheet, an overturned appeal approving the
  tilt (denies nothing), then the claim denial for the seat elevator, its page fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddi_famdib import DISheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "power_wheelchair_seat_elevator_option_denial"
LANG = "en"
SEED = 351401
PLAN = "Sedgewick Harbor Health Plan"
DBM = "Tidemark DME Benefit Services"
SUPPLIER = "Bellwether Mobility Solutions, LLC"
ATP = "Dmitri L. Farnsworth"
CLINIC = "Larkspur Seating and Mobility Clinic"
PT = "Corinne T. Vanderhoek"
MD = "Anselm R. Trevithick"
BASE = ("K0861", "Power wheelchair, group 3, single power option")
SE = ("E2300", "Power seat elevation system")
TILT = ("E1002", "Power seating system, tilt only")


def _ids(rng):
    return {"mid": "SHH" + digits(rng, 9), "grp": f"{digits(rng, 5)}-{rng.choice('ABCD')}{digits(rng, 2)}",
            "plan": f"PPO {digits(rng, 4)}"}


def _dob(rng):
    return dt.date(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28))


def _logo(p: DISheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(30, 64, 120)
    p.rect(p.l_margin, y, 12, 12, style="F")
    p.set_xy(p.l_margin + 15, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 15)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Columbus OH 432{rng.randint(10, 99)}  |  "
                 f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def _prices(rng):
    return amount(rng, 4200, 5600), amount(rng, 3900, 4800), amount(rng, 18500, 24500)


def bd_preservice(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    dec = plus(nd, -rng.randint(1, 2))
    rec = plus(dec, -rng.randint(6, 12))
    deliv = plus(nd, rng.randint(20, 30))
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(footer="Page {n} of {nb}", footer_left="Form SH-UM-4471 (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Notice of Coverage Decision", 12, "B")
    p.ln(2)
    p.pairs([("Date of this notice", fdate(nd, "long")), ("Date of decision", fdate(dec, "long")),
             ("Member", mem), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Date of birth", fdate(_dob(rng), "slash")), ("Prior authorization no.", pa),
             ("Request received", fdate(rec, "slash")), ("Planned delivery date", fdate(deliv, "slash"))],
            label_w=50, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"{SUPPLIER} asked us to approve a complex rehab power wheelchair for you, ordered by Dr. {MD} after your "
           f"seating evaluation. The request was for the base chair ({BASE[0]}) with two options: a power seat "
           f"elevator ({SE[0]}) and power tilt ({TILT[0]}).", 10)
    p.para(f"**What we decided.** We approved the base power wheelchair. We did not approve the power seat "
           "elevator or the power tilt:", 10)
    p.bullets([f"{SE[0]} {SE[1]}: your plan excludes convenience items. The records say the elevator would help "
               "you reach kitchen counters and shelves. Raising the seat to reach objects is a convenience and is "
               "not medically necessary for mobility in the home.",
               f"{TILT[0]} {TILT[1]}: not medically necessary. The records show you can shift your weight on your "
               "own every 30 minutes and have no pressure injury or history of one, so the plan's criteria for "
               "power tilt are not met."], 9.5)
    p.para("A physician reviewer who specializes in physical medicine and rehabilitation made this decision. You "
           "may ask for a free copy of the medical policy (SH-DME-118) and the records we used.", 10)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this notice. If your health "
           "could be seriously harmed by waiting, ask for an urgent appeal; we decide those within 72 hours. After "
           "an appeal you may be able to ask for an external review within 4 months.", 9.5)
    p.para(f"Sincerely,\n\nMember Services\n{PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[pa], service_dates=[span(deliv)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["not_covered"],
              alternates={"provider": [MD], "service_dates": [[]]})
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 7))
    dos = plus(nd, -rng.randint(18, 26))
    se, tilt, _ = _prices(rng)
    tot = round(se + tilt, 2)
    claim = digits(rng, 10) + "-02"
    acct = f"BMS-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%d%b%Y').upper()} 09:{rng.randint(10, 59)}  TIDEMARK DME 614-555-{digits(rng, 4)}"
           f"  >>  BELLWETHER 614-555-{digits(rng, 4)}   PAGE {{n}} OF 2")
    p = DISheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    p.set_y(12)
    p.f(12, "B")
    p.cell(0, 5.5, DBM, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 3.8, f"Durable medical equipment claims review on behalf of {PLAN}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER NOTICE - CLAIM LINES DENIED", 9.5, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("Supplier", SUPPLIER, 68),
         ("Supplier NPI", digits(rng, 10), 42)],
        [("Patient", mem, 50), ("Member ID", ids["mid"], 40), ("Group", ids["grp"], 34),
         ("Patient account", acct, 32), ("Tax ID", f"31-{digits(rng, 7)}", 26)],
        [("DOS", fdate(dos, "slash"), 30), ("Ordering physician", f"{MD}, MD", 52),
         ("Billed, this claim", money(tot), 36), ("Paid", "$0.00", 24), ("Plan", ids["plan"], 40)],
    ], cap=6.3, val=7.8)
    p.ln(1)
    p.table(["Line", "HCPCS", "Description", "DOS", "Billed", "Allowed", "Reason"],
            [["1", SE[0], SE[1], fdate(dos, "short"), money(se, "nosign"), "0.00", "CV1"],
             ["2", TILT[0], TILT[1], fdate(dos, "short"), money(tilt, "nosign"), "0.00", "MN4"]],
            [10, 16, 62, 18, 22, 20, 34], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "L"])
    p.para("CV1  Convenience item: seat elevation to reach objects is excluded under the member's certificate of "
           "coverage. MN4  Not medically necessary: power tilt criteria (unable to weight shift, pressure injury "
           "history or risk, tone management) not documented. The base chair (K0861) was paid on claim "
           f"{digits(rng, 10)}-01.", 7.6)
    p.add_page()
    p.band("RECONSIDERATION AND APPEAL", 7.8)
    p.para("You may ask for a reconsideration or file a provider appeal within 90 days of the date of this notice. "
           "Include the seating evaluation, the physician's order and any new clinical records. Corrected claims "
           "must be received within 365 days of the date of service. The member may not be billed for line 2 "
           "unless a signed waiver was obtained before delivery.", 7.8)
    p.para(f"{DBM} administers DME review for {PLAN}. Questions: 1-866-555-{digits(rng, 4)}. Form TDB-PN-07 (01/26).",
           7.8)
    t = truth("denial_letter", "medical_necessity", insurer=DBM, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[claim], claim_amount=m2(tot),
              service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["not_covered"],
              alternates={"insurer": [PLAN]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    sub = person(rng)[0]
    sd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 7))
    r0, r1 = dt.date(2026, 3, 16), dt.date(2026, 4, 15)
    ev = (plus(r0, -rng.randint(40, 50)), amount(rng, 320, 420))
    base = amount(rng, 2100, 2600)
    opt = amount(rng, 640, 880)
    cl = [digits(rng, 11) for _ in range(3)]
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"])], w=96, size=8.5, y=p.get_y())
    p.ln(4)
    rows = [[cl[0], CLINIC, fdate(ev[0], "slash"), fdate(ev[0], "slash"), money(ev[1], "nosign"),
             money(ev[1] * 0.8, "nosign"), money(ev[1] * 0.2, "nosign"), "Paid"],
            [cl[1], SUPPLIER, fdate(r0, "slash"), fdate(r1, "slash"), money(base, "nosign"),
             money(base * 0.8, "nosign"), money(base * 0.2, "nosign"), "Paid"],
            [cl[2], SUPPLIER, fdate(r0, "slash"), fdate(r1, "slash"), money(opt, "nosign"), "0.00", "0.00",
             "Denied D17"]]
    p.table(["Claim", "Provider", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
            [28, 52, 20, 20, 18, 18, 16, 20], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "L"])
    p.para(f"Claim {cl[1]}: power wheelchair base (K0861, monthly rental, RR) - paid. Claim {cl[2]}: power seat "
           f"elevation (E2300) and power tilt (E1002), rental month {fdate(r0, 'long')} to {fdate(r1, 'long')} - "
           "denied.", 8.5)
    p.para("D17  The seat elevator is a convenience item your plan does not cover, and the records do not show "
           "that power tilt is medically necessary. The supplier may not bill you for these items unless you "
           "agreed in writing before delivery.", 8.5)
    p.para("You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026; DME "
           f"coinsurance 20%. Questions: 1-866-555-{digits(rng, 4)}.", 8.5)
    t = truth("eob", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[cl[2]], claim_amount=m2(opt), service_dates=[span(r0, r1)], denial_date=sd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def copy_supplier_letter(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    ld = dt.date(2026, 3, 30) + dt.timedelta(days=rng.randint(0, 6))
    od = plus(ld, -rng.randint(10, 18))
    pa = f"PA{digits(rng, 8)}"
    p = DISheet(footer="Page {n} of {nb}", cont=f"Re: {mem}  |  Member ID {ids['mid']}  |  PA {pa}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, SUPPLIER, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Complex rehab technology  |  Dayton OH  |  937-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Utilization Management - Reconsiderations", f"Fax 614-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.line(f"Re: Request for reconsideration, prior authorization {pa}", 10, "B")
    p.ln(2)
    p.para("Dear Medical Director:", 10)
    p.para(f"We ask you to reconsider the decision of {fdate(od, 'long')} that denied the power seat elevator "
           f"({SE[0]}) and power tilt ({TILT[0]}) on the power wheelchair for {mem} (date of birth "
           f"{fdate(_dob(rng), 'slash')}). The base chair was approved.", 10)
    p.para(f"{mf} has C6 incomplete tetraplegia. The seating evaluation by {PT}, PT, ATP at {CLINIC} found that "
           "without seat elevation a safe level transfer is not possible: every transfer to the bed, toilet and "
           "car seat is uphill, needs a second person and has led to two falls this year. Seat elevation is used "
           "for transfers, not to reach shelves.", 10)
    p.add_page()
    p.para(f"Power tilt is needed for pressure relief. {mf} cannot do a full push-up weight shift; the evaluation "
           "measured sacral pressures over 100 mmHg after 20 minutes upright, and a stage 2 pressure injury healed "
           "in January. Tilt of 30 degrees or more is the only independent pressure relief available.", 10)
    p.para(f"We plan to deliver the chair on {fdate(plus(ld, 21), 'long')}. Please reply to our office; the "
           f"evaluation and Dr. {MD}'s order are attached.", 10)
    p.para(f"Sincerely,\n\n{ATP}, ATP\nRehab Technology Supplier, {SUPPLIER}", 10)
    p.para(f"cc: Dr. {MD}, physical medicine and rehabilitation; {PT}, PT, ATP, {CLINIC}", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[pa],
              service_dates=[span(plus(ld, 21))], denial_date=ld.isoformat(), provider=SUPPLIER,
              alternates={"insurer": [None], "provider": [ATP], "service_dates": [[]]})
    return out(p), t


def rotated_evaluation(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    ev = dt.date(2026, 2, 10) + dt.timedelta(days=rng.randint(0, 10))
    p = DISheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.set_y(12)
    p.f(13, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Outpatient wheelchair seating and mobility  |  614-555-{digits(rng, 4)}  |  Fax 614-555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line("WHEELCHAIR SEATING AND MOBILITY EVALUATION", 11.5, "B")
    p.ln(2)
    left = [f"Reason for referral: {mem} was referred by Dr. {MD} for a new power wheelchair. The current manual "
            "chair is 9 years old and can no longer be self-propelled over carpet or ramps.",
            "Findings: sits with a posterior pelvic tilt; trunk control fair; unable to complete a depression "
            "weight shift; transfers with a sliding board and one helper to surfaces at or below seat height, "
            "dependent to higher surfaces.",
            f"Recommendations: group 3 power wheelchair ({BASE[0]}) with power tilt ({TILT[0]}) for pressure "
            f"relief and power seat elevation ({SE[0]}) for level transfers; pressure mapping attached.",
            "Equipment trial: a demonstration chair with tilt and seat elevation was tried in the clinic; the "
            "patient completed level transfers to a 22-inch mat with one helper instead of two."]
    right = [("Patient", mem), ("Date of birth", fdate(_dob(rng), "slash")), ("Member ID", ids["mid"]),
             ("Insurance", PLAN), ("Group", ids["grp"]), ("Referring physician", f"Dr. {MD}"),
             ("Evaluating therapist", f"{PT}, PT, ATP"), ("Supplier present", f"{ATP}, ATP"),
             ("DOS", fdate(ev, "slash"))]
    p.box_col(left, right, left_w=108, size=9.2, title="Patient and visit")
    p.para(f"Signed: {PT}, PT, ATP   Date signed: {fdate(plus(ev, 2), 'slash')}", 9)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              service_dates=[span(ev)], denial_date=plus(ev, 2).isoformat(), provider=PT,
              unscored=["insurer"],
              alternates={"provider": [CLINIC], "denial_date": [ev.isoformat(), None]})
    return out(p), t


def lowres_appeal(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(20, 30))
    r0, r1 = dt.date(2026, 3, 16), dt.date(2026, 4, 15)
    opt = amount(rng, 640, 880)
    appeal = f"GA-{digits(rng, 7)}"
    claim = digits(rng, 11)
    p = DISheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line("Appeal decision", 12, "B")
    p.ln(2)
    p.pairs([("Date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]), ("Appeal number", appeal),
             ("Claim number", claim), ("Appeal received", fdate(rec, "slash"))], label_w=36, size=9.5)
    p.ln(2)
    p.para(f"Dear {mem}:", 10)
    p.para(f"You appealed our denial of the power seat elevator and power tilt, the services you received from "
           f"{SUPPLIER} for the rental month of {fdate(r0, 'long').replace(', 2026', '')} - {fdate(r1, 'long')}, "
           f"billed at {money(opt)}.", 10)
    p.para("A board-certified physiatrist who was not involved in the first decision reviewed the appeal, the "
           "seating evaluation and your letter. We upheld the denial. The seat elevator is used mainly to reach "
           "objects, which is a convenience; the records do not document the transfer problem that our policy "
           "requires. Power tilt is not medically necessary because you can shift your weight on your own.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter. You may instead ask "
           "for an external review by an independent review organization within 4 months of getting this letter. "
           f"Rental month billed: {fdate(r0, 'slash')} - {fdate(r1, 'slash')}.", 10)
    p.para(f"Sincerely,\nAppeals and Grievances Department, {PLAN}", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[appeal, claim], claim_amount=m2(opt), service_dates=[span(r0, r1)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem, mf, mm, ml = person(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    dos = dt.date(2026, 4, 2)
    appeal = mixed_id(rng, "GA-", "ddcdddd")
    p = DISheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Appeals and Grievances")
    p.line(f"Appeal decision - {fdate(nd, 'abbr')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Appeal no.", appeal), ("Member", mem), ("Member ID", ids["mid"]), ("Supplier", SUPPLIER),
             ("Item", f"{TILT[0]} {TILT[1]}"), ("Date of service", fdate(dos, "slash"))], label_w=30, size=9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We reversed our decision on the power tilt delivered by {SUPPLIER} on {fdate(dos, 'long')}. The new "
           "pressure mapping and the wound clinic note show you cannot relieve pressure on your own. We will pay "
           "the claim for the tilt within 30 days, less your 20% coinsurance.", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[appeal],
                          service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER))
    nd2 = plus(nd, rng.randint(3, 9))
    se = amount(rng, 4200, 5600)
    claim = digits(rng, 10) + "-03"
    q = DISheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _logo(q, rng, "Claims")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd2, "slash"), 36), ("Claim", claim, 44), ("Member ID", ids["mid"], 44),
                ("DOS", fdate(dos, "slash"), 36)],
               [("Patient", mem, 60), ("Item", f"{SE[0]} {SE[1]}", 70), ("Billed", money(se), 30)]],
              cap=7, val=9)
    q.ln(2)
    q.para(f"We did not pay for the power seat elevation system on this claim. Seat elevation is a convenience "
           "item that your certificate of coverage excludes, even when a physician orders it. The tilt on the "
           f"same chair was approved on appeal {appeal}.", 10)
    q.para("You may appeal within 180 days of the date of this notice. Call us if you need help.", 10)
    q.para(f"Sincerely,\nClaims Department, {PLAN}\nProvider: {SUPPLIER}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[claim], claim_amount=m2(se), service_dates=[span(dos)], denial_date=nd2.isoformat(),
                          provider=SUPPLIER, appeal_deadline=plus(nd2, 180).isoformat()))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_denial_supplier_in_prose", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_benefit_manager_provider_notice_captions", "fax_standard_g4",
             [faxstd_provider_notice(rng)]),
        Item(F + "scan300_eob_claims_table", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "copy_two_page_supplier_letter_to_plan", "photocopy", [copy_supplier_letter(rng)]),
        Item(F + "rotated_seating_clinic_evaluation_two_column", "rotated", [rotated_evaluation(rng)]),
        Item(F + "lowres_appeal_upheld_span_end_year_only", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "faxfine_stack_overturned_then_seat_elevator_denial", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
