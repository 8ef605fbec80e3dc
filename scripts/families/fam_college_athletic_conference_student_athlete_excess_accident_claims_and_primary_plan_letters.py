"""An invented secondary (excess) accident insurance for the student athletes of an invented college athletic
conference, in the plain style of such programs' papers: the Tamarack Valley Athletic Conference buys one policy
from Wexcombe Casualty Insurance Company for the athletes on its member colleges' official rosters, and Sablewood
Sports Claims administers the claims. Rules of the invented policy: it pays only after the athlete's own (primary)
health plan has processed the bill, so the primary plan's explanation of benefits (EOB) must come with every claim;
it pays what the primary plan left to the athlete, less a $100 deductible per injury; it covers injuries in
practices, games, conditioning sessions and team travel that the conference or a member college sponsors and
supervises, not injuries in pickup games, intramurals or club sports; coverage ends the day an athlete leaves the
official roster; a claim must reach the administrator within 90 days after the primary plan processed it; it does
not pay charges the primary plan refused because its network or referral rules were not followed; it excludes
treatment it treats as experimental (platelet-rich plasma injections among them). Every college, provider, person,
policy, school, athlete, claim and appeal number, PO box, phone (555) and address is invented; CPT and HCPCS codes as
themselves. No heading names the kind of denial; the reasons are told in the writer's own words.

Documents (8 in 7 files):
- finefax_provider_notice_mri_closed_primary_eob_not_received: a provider notice faxed (fine) to an imaging center,
  boxes marked only with key numbers whose captions are listed in a key under them (notice date 03/30/26, claim no.
  with a Z among its digits, athlete no. with a B, policy no., school no., the primary plan's member number as a
  decoy), a call reference number in passing: an MRI's claim is closed because the primary plan's EOB never came
  (other); appeal "within 180 days after you receive this notice" (nothing to count from: null).
- born_digital_athlete_statement_therapy_claim_filed_after_90_days: a two-page statement to the athlete, a paid
  emergency claim and a therapy claim of six visits (each row its own date, 01/27 to 02/12 across a month boundary),
  a table whose column heads are turned a quarter (billed / primary allowed / primary paid / not covered /
  deductible / paid by this policy), the refused share only in the "not covered" column under code L90, explained in
  the legend on page 2 (filed more than 90 days after the primary plan's EOB: timely_filing); "180 days from the date
  of this statement".
- scan_payment_letter_check_stub_amount_in_words: a clean-scan letter (denies nothing): an emergency visit on
  "Saturday the 28th of February 2026" paid after the primary plan and the deductible; a check stub to the hospital
  with the amount in words and in figures ("Six hundred twenty-eight and 10/100 dollars", "$***628.10"); the check
  number and the hospital's patient account as decoys.
- photocopy_letter_pickup_game_not_sanctioned_two_pages: a photocopied two-page letter to an athlete, a "Re:" line
  with slashes, dates "the 4th of March 2026" and 03/11/26: an injury in an open-gym pickup game with no coach or
  trainer present is outside the covered activities (not_covered); a 2025 claim for another injury in passing and an
  example athlete number in the boilerplate; the appeal rights on page 2 "within 180 days of the date at the top of
  page 1".
- phone_es_carta_atleta_fuera_de_la_lista_oficial: a photographed Spanish letter to an athlete: knee surgery on
  "martes, 17 de marzo de 2026" is not paid because the athlete left the official roster on 20 February
  (eligibility); "2.315,00 $" in the sentence, "US$ 2,315.00" in the table; the athlete number beside a West
  Virginia Medicaid number (the primary plan); "tiene hasta el <fecha>".
- rotated_appeal_decision_surgeon_outside_primary_hmo_network_upheld: the insurer's own appeal decision fed upside
  down, values printed before their captions ("AP26-... (appeal no.)"), an appeal number with a G among its digits,
  an open ledger of the surgeon's bill ("USD" amounts): the refusal stands because the primary HMO refused the
  surgeon's bill for being outside its network without a referral (out_of_network); final (legal action only: null).
- faxstd_stack_cover_trainer_letter_then_prp_injections_experimental_page_two_sideways: a standard-fax stack: the
  college sports medicine office's fax cover sheet ("4 incl. cover"), the head athletic trainer's letter to a parent
  about the enclosed notice (its own document: other, no denial), then a two-page notice whose page 1 is the letter
  body and whose page 2, fed sideways, holds the claim facts (two platelet-rich plasma injections 04/02/26 and
  04/16/26, billed total): excluded as experimental (experimental); appeal "within 180 days after the date at the
  top of page 1".
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounded_famhf import workday
from kit_roundee_famie import (EESheet, dname, es_after, es_date, es_wday, fax_cover, first, kin, last, medicaid_no,
                               n2, npi, odd_in, ord_date, people, phone, us_addr, us_es, wd_ord, words, yy)
from public_kit import digits, fdate, m2, out, plus, truth

FAMILY = "college_athletic_conference_student_athlete_excess_accident_claims_and_primary_plan_letters"
LANG = "en"
SEED = 355044
ADMIN = "Sablewood Sports Claims"
CARRIER = "Wexcombe Casualty Insurance Company"
CONF = "Tamarack Valley Athletic Conference"
ALT = ["Sablewood Sports Claims, LLC", "Sablewood", CARRIER, "Wexcombe Casualty"]
POLICY = "XSA-402611"
SCHOOLS = {"Coldbrook College": "TV-031", "Quarrystone University": "TV-009", "Haverleigh College": "TV-017",
           "Mossbank State College": "TV-044"}
IMAGING = "Ferncastle Open MRI"
ORTHO = "Carrowfield Orthopaedics & Sports Medicine"
PTCLIN = "Velden Physical Therapy & Sports Rehab"
ERHOSP = "Harrowmere Regional Medical Center"
ASC = "Lindqvist Surgery Center"
KNEE = "Ostrander Knee & Shoulder Associates"
PRIMARY = "Brightmoor Health Plan"
HMO = "Kittering Valley HMO"


def _head(p, rng, unit, box=None):
    p.head(ADMIN, "SSC", [f"Claims administrator for the {CONF} student athlete excess accident program  |  {unit}",
                          f"Insured by {CARRIER}, policy {POLICY}",
                          f"PO Box {rng.randint(2100, 2899)}, Erie, PA 16512  |  1-877-555-{digits(rng, 4)}  |  "
                          f"Fax 1-877-555-{digits(rng, 4)}"],
           box=box, size=12.5)


def athlete_no(rng, odd="B"):
    """An athlete number: T26-nnnn-n with one odd letter among the middle digits."""
    return f"T26-{odd_in(digits(rng, 4), odd, rng, lo=1)}-{rng.randint(1, 9)}"


def claim_no(rng, odd=None):
    return "SSC26-" + odd_in(digits(rng, 6), odd, rng, lo=2)


def primary_id(rng):
    return f"BMH{digits(rng, 9)}-0{rng.randint(2, 4)}"


# --- 1 ----------------------------------------------------------------------------------------------------------
def finefax_mri(rng):
    ath, rad, ex = people(rng, 3)
    school = "Haverleigh College"
    an = athlete_no(rng, "B")
    cl = claim_no(rng, "Z")
    doi = dt.date(2026, 2, rng.randint(20, 25))
    dos = dt.date(2026, 3, 11)
    nd = workday(dt.date(2026, 3, 30))
    call = dt.date(2026, 3, 27)
    billed = 2486.00
    fax = (f"MAR-30-2026 14:{rng.randint(10, 59)}  FROM SABLEWOOD SPORTS CLAIMS  1-877-555-{digits(rng, 4)}  TO "
           f"{IMAGING.upper()}  P.{{n}}/1")
    p = EESheet(footer="Page {n} of {nb}", footer_left=f"SSC-PN4 (01/26)   {digits(rng, 8)}", fax_hdr=fax)
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Provider services")
    p.title_bar("PROVIDER NOTICE  -  CLAIM CLOSED, NO PAYMENT", "Keep with your patient account.  The athlete "
                                                                 "receives a copy.")
    W = p.w - p.l_margin - p.r_margin
    p.keyed([(1, yy(nd), 30), (2, cl, 42), (3, an, 38), (4, POLICY, 38), (5, SCHOOLS[school], W - 148)])
    p.keyed([(6, f"{last(ath).upper()}, {first(ath).upper()} {ath.split()[1].rstrip('.')}", 66), (7, yy(doi), 30),
             (8, "Soccer", 40), (9, PRIMARY, W - 136)])
    p.keyed([(10, primary_id(rng), 46), (11, IMAGING, 58), (12, yy(dos), 30), (13, n2(billed), W - 134)])
    p.key_list([(1, "Notice date"), (2, "Claim no."), (3, "Athlete no."), (4, "Policy no."), (5, "School no."),
                (6, "Athlete"), (7, "Date of injury"), (8, "Sport"), (9, "Primary plan"),
                (10, "Primary plan member no."), (11, "Billing provider"), (12, "Date(s) of service"),
                (13, "Total charges")], cols=4)
    p.table(["CPT", "Description", "Date", "Charge", "Paid"],
            [["73721", "MRI right knee without contrast", yy(dos), n2(2210.00), "0.00"],
             ["73721-26", "Professional reading", yy(dos), n2(276.00), "0.00"]],
            [24, 86, 24, 26, W - 160], size=8.6, aligns=["L", "L", "L", "R", "R"])
    p.para(f"We have closed this claim without payment. The program is excess coverage: it pays only after the "
           f"athlete's own health plan ({PRIMARY}) has processed the bill, and only what that plan left to the "
           "athlete. Its explanation of benefits (EOB) for this MRI has not come to us, although we asked for it "
           "on the claim form and in a letter to the athlete.", 9.2)
    p.para(f"When we spoke with your billing office on {fdate(call, 'slash')} (call reference CR{digits(rng, 7)}), "
           "we were told the bill had not yet gone to the primary plan. Please bill the primary plan first. When "
           "its EOB arrives, send a copy with this notice and we will reopen the claim; you do not need to "
           f"appeal for that. The radiologist, Dr. {rad}, bills through your office and needs nothing separate.",
           9.2)
    p.para("If you think this decision is wrong, you may appeal in writing within 180 days after you receive this "
           f"notice. Reviewed by {ex}, claims examiner.", 8.8)
    t = truth("denial_letter", "other", insurer=ADMIN, plan_id=POLICY, group=SCHOOLS[school], member_id=an,
              member_name=ath, cases=[cl], claim_amount=m2(billed), service_dates=[dos.isoformat()],
              denial_date=nd.isoformat(), provider=IMAGING,
              alternates={"insurer": ALT, "provider": [f"Dr. {rad}"]}, denial_alternates=["not_covered"])
    return out(p), t


# --- 2 ----------------------------------------------------------------------------------------------------------
def bd_statement(rng):
    ath, pt, erdoc = people(rng, 3)
    school = "Quarrystone University"
    an = athlete_no(rng, "G")
    c1, c2 = claim_no(rng), claim_no(rng)
    sd = workday(dt.date(2026, 6, rng.randint(1, 3)))
    er = dt.date(2026, 1, 17)
    pdates = [dt.date(2026, 1, 27), dt.date(2026, 1, 29), dt.date(2026, 2, 3), dt.date(2026, 2, 5),
              dt.date(2026, 2, 10), dt.date(2026, 2, 12)]
    eob2 = dt.date(2026, 2, 24)
    rcvd2 = dt.date(2026, 5, 28)
    addr = us_addr(rng)
    W = 215.9 - 28
    p = EESheet(footer="Page {n} of {nb}", footer_left="SSC-AS (01/26)",
                strip=f"{ath}  |  athlete no. {an}  |  statement of {fdate(sd, 'slash')}  |  page {{n}}")
    p.set_margins(14, 13, 14)
    p.add_page()
    _head(p, rng, "Athlete statements", box="STATEMENT OF EXCESS BENEFITS")
    y0 = p.get_y()
    bottom = p.sidebar([("Statement date", fdate(sd, "long")), ("Athlete no.", an), ("Policy no.", POLICY),
                        ("School no.", f"{SCHOOLS[school]}  ({school})"), ("Primary plan", PRIMARY),
                        ("Primary plan member no.", primary_id(rng))],
                       p.l_margin + W - 78, y0, 78, size=8.2)
    p.set_xy(p.l_margin, y0 + 2)
    for ln in [ath, *addr]:
        p.line(ln, 10)
    p.set_y(max(p.get_y(), bottom) + 3)
    p.para(f"This statement shows how the {CONF}'s excess accident policy handled claims for your injury of "
           f"{fdate(er, 'long')} (right ankle, men's basketball game). It pays after your primary plan, less the "
           "$100 deductible per injury. Codes are explained on page 2.", 9.2)
    head = ["Date", "Service", "Billed", "Primary plan\nallowed", "Primary plan\npaid", "Not covered",
            "Deductible", "Paid by\nthis policy", "Code"]
    widths = [19, 46, 17, 17, 17, 17, 16, 17, W - 166]
    al = ["L", "L", "R", "R", "R", "R", "R", "R", "C"]
    # claim 1: paid
    b1, a1, pd1 = 1240.00, 862.00, 689.60
    p.f(9.2, "B")
    p.cell(0, 5, f"Claim {c1}  -  {ERHOSP}  -  received 03/02/26", new_x="LMARGIN", new_y="NEXT")
    share1 = round(a1 - pd1, 2)
    p.vtable(head, [[yy(er), "Emergency visit (99284)", n2(b1), n2(a1), n2(pd1), "0.00", "100.00",
                     n2(share1 - 100), "N2 P1 D1"]], widths, aligns=al, size=8.0, row_h=5.4)
    # claim 2: refused
    rows, tot = [], [0.0] * 6
    for d in pdates:
        b, a = 165.00, 118.00
        pdv = round(a * 0.8, 2)
        vals = [b, a, pdv, round(a - pdv, 2), 0.0, 0.0]
        tot = [x + y for x, y in zip(tot, vals)]
        rows.append([yy(d), "PT visit (97110, 97140)", n2(b), n2(a), n2(pdv), n2(vals[3]), "0.00", "0.00",
                     "N2 L90"])
    p.f(9.2, "B")
    p.cell(0, 5, f"Claim {c2}  -  {PTCLIN}  -  received {yy(rcvd2)}", new_x="LMARGIN", new_y="NEXT")
    p.vtable(head, rows, widths, aligns=al, size=8.0, row_h=5.4,
             totals=["", "Claim total", *[n2(v) for v in tot], ""])
    p.leaders([("Paid by this policy on this statement", n2(share1 - 100)),
               ("Deductible met for the injury of " + fdate(er, "abbr"), "100.00 of 100.00"),
               ("Paid to", f"{ERHOSP} (claim {c1})")], size=8.8, w=150)
    p.add_page()
    p.legend("What the codes mean", [
        ("P1", "Paid what your primary plan left to you (coinsurance or copay) for this service."),
        ("D1", "Applied to the $100 deductible for this injury."),
        ("L90", "Not paid. The claim reached us more than 90 days after your primary plan processed it (its EOB is "
                f"dated {fdate(eob2, 'slash')}). Claims must reach us within 90 days after the primary plan's EOB."),
        ("N2", "The primary plan's network discount; the provider may not bill you for it."),
        ("X4", "Not paid. The injury did not happen in a covered activity."),
        ("E1", "Not paid. Waiting for the primary plan's EOB."),
    ], size=8.2)
    p.para("**Not covered** is the part of the allowed amount that neither your primary plan nor this policy paid. "
           f"For claim {c2} it is what {PRIMARY} left to you; the provider may bill you for it. The difference "
           "between the billed and the allowed amounts is the primary plan's network discount (N2).", 9.0)
    p.para("**Appeals.** You have 180 days from the date of this statement to appeal a decision shown on it. "
           "Write to the PO box on page 1 and send anything that shows the claim was sent on time (for example a "
           "mailing receipt or the provider's record of an earlier submission).", 9.0)
    p.para(f"Questions: call the number on page 1. Please have your athlete number ready. Therapist of record for "
           f"claim {c2}: {pt}, PT. Emergency physician for claim {c1}: Dr. {erdoc}.", 8.6)
    t = truth("eob", "timely_filing", insurer=ADMIN, plan_id=POLICY, group=SCHOOLS[school], member_id=an,
              member_name=ath, cases=[c2], claim_amount=m2(tot[0]),
              service_dates=[f"{pdates[0].isoformat()}/{pdates[-1].isoformat()}"], denial_date=sd.isoformat(),
              provider=PTCLIN, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [pt],
                          "service_dates": [[d.isoformat() for d in pdates]]})
    return out(p), t


# --- 3 ----------------------------------------------------------------------------------------------------------
def scan_payment(rng):
    ath, erdoc, ex = people(rng, 3)
    school = "Mossbank State College"
    an = athlete_no(rng, "S")
    cl = claim_no(rng)
    dos = dt.date(2026, 2, 28)
    ld = workday(dt.date(2026, 4, rng.randint(14, 16)))
    billed, allowed, ppaid = 4186.50, 2912.40, 2184.30
    share = round(allowed - ppaid, 2)
    pay = round(share - 100, 2)
    acct = f"HRMC-{digits(rng, 8)}"
    chk = digits(rng, 7)
    p = EESheet(footer="Page {n} of {nb}", footer_left="SSC-PAY1 (01/26)", serif=True)
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Athlete services")
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [ath, *us_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Athlete no. {an}  |  Claim {cl}  |  School no. {SCHOOLS[school]}  |  Policy {POLICY}", 9.4)
    p.para(f"Dear {first(ath)} {last(ath)}:", 10)
    p.para(f"We have paid a benefit for your visit to the emergency department of {ERHOSP} on {wd_ord(dos)}, after "
           "the head injury in the lacrosse game against Coldbrook College. Here is how we worked it out:", 10)
    p.leaders([("Hospital charges, 02/28/2026", n2(billed)), (f"Allowed by {PRIMARY}", n2(allowed)),
               (f"Paid by {PRIMARY}", n2(ppaid)), ("Left to you under the primary plan", n2(share)),
               ("Deductible for this injury (met with this claim)", "100.00-"),
               ("Paid by this policy", n2(pay))], size=9.8, w=150)
    p.para(f"We sent the payment straight to the hospital; a copy of the check stub is below. The hospital should "
           f"take {n2(pay)} off your account, so that nothing is left for you to pay from this visit. Dr. {erdoc}'s "
           "bill from the emergency physicians' group has not reached us yet; it will be paid the same way without "
           "a second deductible.", 10)
    p.para(f"If the hospital bills you for more than the primary plan's share, send us the bill. Sincerely, {ex}, "
           "claims examiner.", 10)
    p.stub(ADMIN + "\nfor " + CARRIER, [("Claim", cl), ("Patient acct", acct)],
           [ERHOSP, "Patient financial services", f"{rng.randint(100, 999)} Hospital Dr, Erie, PA 16502"],
           pay, words(pay), fdate(ld, "slash"), chk)
    t = truth("other", None, insurer=ADMIN, plan_id=POLICY, group=SCHOOLS[school], member_id=an, member_name=ath,
              cases=[cl], claim_amount=m2(billed), service_dates=[dos.isoformat()], denial_date=ld.isoformat(),
              provider=ERHOSP, alternates={"insurer": ALT, "provider": [f"Dr. {erdoc}"]})
    return out(p), t


# --- 4 ----------------------------------------------------------------------------------------------------------
def photocopy_pickup(rng):
    ath, ortho, ex, coach = people(rng, 4)
    school = "Coldbrook College"
    an = athlete_no(rng, "B")
    cl = claim_no(rng)
    old = "SSC25-" + digits(rng, 6)
    er, fu = dt.date(2026, 3, 4), dt.date(2026, 3, 11)
    ld = workday(dt.date(2026, 4, rng.randint(20, 22)))
    lines = [(er, ERHOSP, "Emergency visit, X-rays of the right hand", 2870.00),
             (fu, ORTHO, "Office visit and splint", 1042.40)]
    total = sum(v for *_, v in lines)
    p = EESheet(footer="Page {n} of {nb}", footer_left="SSC-DL7 (01/26)")
    p.set_margins(20, 15, 20)
    p.add_page()
    _head(p, rng, "Claim decisions")
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [ath, *us_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {ath} / athlete no. {an} / claim {cl}", 10)
    p.para(f"Dear {first(ath)} {last(ath)}:", 10)
    p.para(f"We received the bills for your broken right hand: the emergency visit at {ERHOSP} on {ord_date(er)} "
           f"and the follow-up visit at {ORTHO} on {yy(fu)}. Your primary plan's statements came with them.", 10)
    p.table(["Date", "Provider", "Service", "Charges"],
            [[yy(d), prov, s, n2(v)] for d, prov, s, v in lines] + [["", "", "Total", n2(total)]],
            [24, 66, 56, 24], size=8.8, aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"Your college's injury report says the hand was hurt in an open-gym pickup game at the campus "
           f"recreation center on a Sunday evening, and Coach {coach} confirmed that no coach or athletic trainer "
           "was there. This policy covers injuries in practices, games, conditioning sessions and team travel that "
           "the conference or a member college sponsors and supervises. A pickup game that the team did not "
           "schedule or supervise is not one of them, so we cannot pay these bills.", 10)
    p.para(f"This has nothing to do with your claim {old} for the shoulder injury of October 2025, which stays "
           "open. Your primary plan's payments on the hand are not affected by this letter.", 10)
    p.para(f"Sincerely,\n\n{ex}\nClaims examiner", 10)
    p.add_page()
    p.bar("If you disagree with this decision")
    p.para("You, or someone you name in writing, may appeal. Your appeal must be received within 180 days of the date "
           "at the top of page 1 of this letter. Tell us why you think the injury happened in a covered activity, "
           "and send anything that shows it, such as a practice schedule, a message from a coach calling the "
           "session, or a statement from a teammate or trainer who was there.", 10)
    p.para("A person who took no part in this decision will review the appeal and write to you within 30 days after "
           "we receive it.", 10)
    p.bar("Finding your numbers")
    p.para("Your athlete number is on your program card and on every letter from us. It has the letters T26, four "
           "characters and one digit (for example T26-0000-0). Use it, not your primary plan's member number, when "
           "you write or call.", 10)
    t = truth("denial_letter", "not_covered", insurer=ADMIN, plan_id=POLICY, member_id=an, member_name=ath,
              cases=[cl], claim_amount=m2(total), service_dates=[er.isoformat(), fu.isoformat()],
              denial_date=ld.isoformat(), provider=ERHOSP, appeal_deadline=plus(ld, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [ORTHO]})
    return out(p), t


# --- 5 ----------------------------------------------------------------------------------------------------------
def phone_es_roster(rng):
    ath, surgeon, ex = people(rng, 3, es=True)
    school = "Haverleigh College"
    an = athlete_no(rng, "B")
    cl = claim_no(rng)
    mcd = medicaid_no(rng)
    left = dt.date(2026, 2, 20)
    dos = dt.date(2026, 3, 17)
    ld = workday(dt.date(2026, 5, rng.randint(11, 13)))
    due = plus(ld, 120)
    lines = [("29881", "Artroscopia de rodilla con meniscectomía", 1840.00), ("01400", "Anestesia", 475.00)]
    total = sum(v for *_, v in lines)
    p = EESheet(footer="Página {n} de {nb}", footer_left="SSC-SP2")
    p.set_margins(17, 14, 17)
    p.add_page()
    _head(p, rng, "Decisiones sobre reclamos")
    p.para("**Decisión sobre su reclamo**", 11)
    for ln in [ath, *us_addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.grid([[("Fecha", es_date(ld)), ("Nº de atleta", an), ("Nº de Medicaid de Virginia Occidental (plan primario)",
                                                            mcd)],
            [("Reclamo", cl), ("Proveedor", ASC), ("Póliza / escuela", f"{POLICY} / {SCHOOLS[school]}")]],
           size=8.6, cap=6.0)
    p.para(f"Estimado(a) {ath}:", 10)
    p.para(f"Recibimos la factura de {ASC} por la cirugía de rodilla que le hizo el Dr. {surgeon} el "
           f"{es_wday(dos)}, con la explicación de beneficios de Medicaid. El total cobrado es de {es_after(total)}. "
           "No podemos pagarla.", 10)
    p.table(["Código", "Servicio", "Fecha", "Cobrado", "Pagado"],
            [[c, s, dos.strftime("%m/%d/%Y"), us_es(v), "US$ 0.00"] for c, s, v in lines] +
            [["", "Total", "", us_es(total), "US$ 0.00"]],
            [18, 76, 26, 30, 26], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Según la oficina de deportes de {school}, usted dejó el equipo de lucha y salió de la lista oficial "
           f"el {es_date(left)}. La póliza cubre solo a los atletas que están en la lista oficial de un equipo; la "
           "cobertura termina el día en que el atleta sale de la lista. La lesión de la rodilla ocurrió después de "
           "esa fecha, jugando fútbol con amigos, según el formulario de reclamo.", 10)
    p.para(f"Si cree que esta decisión es un error, puede apelar por escrito. Tiene hasta el {es_date(due)} para "
           "enviarnos su apelación, con cualquier documento que muestre que usted seguía en la lista del equipo.", 10)
    p.para(f"Atentamente,\n{ex}\nExaminador(a) de reclamos, {ADMIN}", 9.6)
    t = truth("denial_letter", "eligibility", insurer=ADMIN, plan_id=POLICY, group=SCHOOLS[school], member_id=an,
              member_name=ath, cases=[cl], claim_amount=m2(total), service_dates=[dos.isoformat()],
              denial_date=ld.isoformat(), provider=ASC, appeal_deadline=due.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [surgeon]}, denial_alternates=["not_covered"])
    return out(p), t


# --- 6 ----------------------------------------------------------------------------------------------------------
def rotated_appeal(rng):
    ath, surgeon, officer, md = people(rng, 4)
    dad, = kin(rng, ath)
    school = "Quarrystone University"
    an = athlete_no(rng, "B")
    cl = claim_no(rng)
    ap = "AP26-" + odd_in(digits(rng, 6), "G", rng, lo=1)
    dos = dt.date(2026, 1, 22)
    filed = dt.date(2026, 4, 9)
    dd = workday(dt.date(2026, 5, rng.randint(6, 8)))
    lines = [("29888", "ACL reconstruction, arthroscopic, right knee", 6480.00),
             ("29880", "Meniscectomy, medial and lateral", 1360.00)]
    total = sum(v for *_, v in lines)
    p = EESheet(footer="Page {n} of {nb}", footer_left="WCX-APD (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.head(CARRIER, "WCX", [f"Accident and Health Appeals  |  PO Box {rng.randint(5100, 5899)}, Hartford, CT 06102"
                            f"  |  1-860-555-{digits(rng, 4)}",
                            f"Student athlete excess accident policy {POLICY} issued to the {CONF}"],
           box="APPEAL DECISION", size=12.5)
    W = p.w - p.l_margin - p.r_margin
    y0 = p.get_y()
    p.after([(fdate(dd, "upper"), "date of decision"), (ap, "appeal no."), (cl, "claim no."), (an, "athlete no."),
             (SCHOOLS[school], "school no.")], size=9.6)
    y1 = p.get_y()
    p.set_xy(p.l_margin + W * 0.55, y0)
    for ln in [ath, f"c/o {dad}", *us_addr(rng)]:
        p.set_x(p.l_margin + W * 0.55)
        p.line(ln, 9.8)
    p.set_y(max(y1, p.get_y()) + 2)
    p.para(f"Dear {first(ath)} {last(ath)}:", 9.8)
    p.para(f"{dad} wrote to us for you on {fdate(filed, 'long')} to appeal the decision of {ADMIN}, our claims "
           f"administrator, not to pay Dr. {surgeon}'s bill for your knee surgery of {dname(dos)}. We have decided "
           "the appeal. The decision not to pay is upheld.", 9.8)
    p.ledger(["Date", "CPT", "Service", "Billed", "Paid by primary", "Not paid"],
             [[yy(dos), c, s, f"USD {v:,.2f}", "USD 0.00", f"USD {v:,.2f}"] for c, s, v in lines],
             [18, 14, 66, 28, 24, W - 150], aligns=["L", "L", "L", "R", "R", "R"], size=8.6,
             totals=["", "", "Total", f"USD {total:,.2f}", "USD 0.00", f"USD {total:,.2f}"])
    p.para(f"Your primary plan is {HMO}. Its statement shows that it refused Dr. {surgeon}'s bill because "
           f"{KNEE} is not in its network and no referral from your primary care doctor was on file. This policy "
           "pays after the primary plan, for the part the primary plan leaves to you; it does not pay charges that "
           "the primary plan refused because its network or referral rules were not followed. Had the surgery "
           f"been done by a surgeon in the {HMO} network, or with a referral, the policy would have paid what the "
           "HMO left to you.", 9.8)
    p.para(f"The reviewer, {md}, M.D., an orthopedic surgeon who took no part in the first decision, agreed that "
           "the surgery was needed and was for the injury in the December 2025 game; the refusal does not rest on "
           "that. The hospital's bill for the same day was paid under claim SSC26-" + digits(rng, 6) + ".", 9.8)
    p.para("**This is the final decision under the policy.** There is no further appeal to us. You may have the "
           "right to bring a civil action in a court that has jurisdiction. You may also contact your state's "
           "insurance department.", 9.4)
    p.para(f"{officer}\nAppeals officer, {CARRIER}", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=CARRIER, plan_id=POLICY, group=SCHOOLS[school],
              member_id=an, member_name=ath, cases=[ap, cl], claim_amount=m2(total),
              service_dates=[dos.isoformat()], denial_date=dd.isoformat(), provider=KNEE,
              alternates={"insurer": ["Wexcombe Casualty", ADMIN], "provider": [surgeon],
                          "case_numbers": [[ap], [cl]]},
              denial_alternates=["not_covered"])
    return out(p), t


# --- 7 ----------------------------------------------------------------------------------------------------------
def stack_prp(rng):
    ath, trainer, sportsdoc, ex = people(rng, 4)
    mom, = kin(rng, ath)
    school = "Coldbrook College"
    an = athlete_no(rng, "B")
    cl = claim_no(rng, "O")
    d1, d2 = dt.date(2026, 4, 2), dt.date(2026, 4, 16)
    nd = workday(dt.date(2026, 5, rng.randint(18, 20)))
    td = workday(plus(nd, 8))
    addr = us_addr(rng)
    office = f"{school} Sports Medicine"
    cover = fax_cover([office, f"Athletic training room, Welch Field House  |  {phone(rng, '814')}"],
                      mom, f"Parent of {ath}", phone(rng, "304"), fdate(td, "slash"), "4 incl. cover",
                      f"{first(ath)}'s insurance notice",
                      f"{first(mom)}, here is the letter I promised and the notice from the conference's insurance. "
                      "Call me with any questions.")
    # the head athletic trainer's letter
    c = EESheet(footer=None)
    c.set_margins(22, 18, 22)
    c.add_page()
    c.f(13, "B")
    c.cell(0, 6.5, office, new_x="LMARGIN", new_y="NEXT")
    c.f(8.4)
    c.cell(0, 4, "Department of Athletics  |  Athletic Training Services", new_x="LMARGIN", new_y="NEXT")
    c.rule(5)
    c.line(fdate(td, "long"), 10)
    c.ln(3)
    for ln in [mom, *addr]:
        c.line(ln, 10)
    c.ln(3)
    c.para(f"Dear {first(mom)},", 10)
    c.para(f"Thank you for calling about {ath}'s knee. I am faxing the notice {ADMIN} sent about the two "
           f"injections Dr. {sportsdoc} gave at {ORTHO} this spring. The conference's excess policy does not pay "
           "for platelet-rich plasma injections; the notice explains your appeal rights if you want to use them.",
           10)
    c.para(f"Dr. {sportsdoc} has written a letter about why the injections were chosen after six weeks of therapy "
           "did not help, which you may send with an appeal. Your own health plan is a separate matter; please "
           "check what it decided on these bills.", 10)
    c.para(f"{first(ath)} is cleared for full practice and doing well.", 10)
    c.para(f"Best regards,\n\n{trainer}, ATC\nHead athletic trainer", 10)
    d_a = (out(c), truth("other", None, insurer=None, member_name=ath, denial_date=td.isoformat(), provider=ORTHO,
                         alternates={"insurer": [ADMIN], "denial_date": [nd.isoformat()],
                                     "provider": [f"Dr. {sportsdoc}"]},
                         unscored=["insurer"], type_alternates=["denial_letter"]))
    # the administrator's two-page notice
    p = EESheet(footer="Page {n} of {nb}", footer_left="SSC-DL2 (01/26)",
                strip=f"Claim {cl}  |  athlete no. {an}  |  page {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claim decisions", box="CLAIM DECISION")
    p.f(9.6)
    p.cell(0, 5, f"Date of this notice: {fdate(nd, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    for ln in [ath, *addr]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Athlete no. {an}   Claim {cl}   Policy {POLICY}   School no. {SCHOOLS[school]}", 9.4)
    p.para(f"Dear {first(ath)} {last(ath)}:", 10)
    p.para(f"{ORTHO} sent us a claim for two platelet-rich plasma (PRP) injections into the tendon below your right "
           "kneecap, with the ultrasound used to guide them. The services and charges are listed on page 2. We "
           "cannot pay this claim.", 10)
    p.para("The policy does not pay for treatment that is experimental or investigational, and it names "
           "platelet-rich plasma injections among them: studies have not yet shown that they heal a tendon injury "
           "better than therapy and rest. Your knee injury itself is covered, and the therapy visits for it were "
           "paid on an earlier claim.", 10)
    p.para("You may appeal. Your written appeal must reach us within 180 days after the date at the top of page 1 "
           "of this notice. Send any medical articles or a letter from your doctor that you want us to consider.",
           10)
    p.para(f"{ex}\nClaims examiner", 9.8)
    p.add_page()
    p.bar("Claim details")
    lines = [(d1, "0232T", "PRP injection, right patellar tendon", 950.00), (d1, "76942", "Ultrasound guidance",
                                                                             285.00),
             (d2, "0232T", "PRP injection, right patellar tendon", 950.00), (d2, "76942", "Ultrasound guidance",
                                                                             285.00)]
    total = sum(v for *_, v in lines)
    W = p.w - p.l_margin - p.r_margin
    p.table(["Date", "Code", "Service", "Charge", "Primary paid", "We paid", "Code"],
            [[yy(d), c, s, n2(v), "0.00", "0.00", "X7"] for d, c, s, v in lines] +
            [["", "", "Claim total", n2(total), "0.00", "0.00", ""]],
            [22, 18, 62, 22, 22, 18, W - 164], size=8.6, aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.pairs([("Treating physician", f"Dr. {sportsdoc}, {ORTHO}"), ("Physician NPI", npi(rng)),
             ("Primary plan", f"{PRIMARY}, member {primary_id(rng)}"),
             ("Date of injury", fdate(dt.date(2026, 1, 31), "long")), ("Claim received", fdate(plus(nd, -12), "long"))],
            label_w=40, size=9.0)
    p.para("X7: excluded as experimental or investigational treatment (platelet-rich plasma injection).", 8.8)
    d_b = (out(p), truth("denial_letter", "experimental", insurer=ADMIN, plan_id=POLICY, group=SCHOOLS[school],
                         member_id=an, member_name=ath, cases=[cl], claim_amount=m2(total),
                         service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(), provider=ORTHO,
                         appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {sportsdoc}"],
                                     "service_dates": [[f"{d1.isoformat()}/{d2.isoformat()}"]]}))
    return cover, [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)
    F = FAMILY + "_"
    items = [
        Item(F + "finefax_provider_notice_mri_closed_primary_eob_not_received", "fax_fine_g4", [finefax_mri(rng)]),
        Item(F + "born_digital_athlete_statement_therapy_claim_filed_after_90_days", "born_digital",
             [bd_statement(rng)]),
        Item(F + "scan_payment_letter_check_stub_amount_in_words", "scan_clean_300", [scan_payment(rng)]),
        Item(F + "photocopy_letter_pickup_game_not_sanctioned_two_pages", "photocopy", [photocopy_pickup(rng)]),
        Item(F + "phone_es_carta_atleta_fuera_de_la_lista_oficial", "phone_photo", [phone_es_roster(rng)]),
        Item(F + "rotated_appeal_decision_surgeon_outside_primary_hmo_network_upheld", "rotated",
             [rotated_appeal(rng)]),
    ]
    cover, docs = stack_prp(rng)
    items.append(Item(F + "faxstd_stack_cover_trainer_letter_then_prp_injections_experimental_page_two_sideways",
                      "fax_standard_g4", docs, separators=[cover, None], turns={(1, 1): 90}))
    return items
