"""Indiana Medicaid non-emergency medical transportation (NEMT): an invented transportation broker's notices for an
invented Indiana Medicaid managed care plan, denying mileage reimbursement and trips (appointment not verified
with the provider, no standing order for recurring dialysis rides, trip not scheduled 2 business days ahead),
with the plan appeal (60 days from the notice) and the State Fair Hearing text, mirrored for structure and
wording style only. Indiana Medicaid, the Indiana Family and Social Services Administration (FSSA) and its
Office of Hearings and Appeals appear as themselves; the broker, plan, providers, people and numbers are invented.

Documents (8 in 7 files):
- bd_mileage_dates_in_one_sentence_unverified: mileage reimbursement denial, three trip dates in one sentence
  ("on March 3, 10 and 17, 2026") and again in a small trip log, a neighbour-driver and a paid trip as decoys.
- scan300_trip_log_statement_one_row_denied: the broker's mileage reimbursement statement, a shaded trip log table
  of five trips, one denied (not scheduled 2 business days ahead), a totals row and a payment-period decoy.
- faxstd_standing_order_two_page_continuation: two-page notice (small type, fax header line on both pages, grey
  bands) denying a month of recurring dialysis rides for no standing order; the period as "04/01/26 - 04/30/26",
  the dialysis centre's name wrapped over two lines, the ride dates listed on page 2 under a repeated header.
- copy_stack_appeal_upheld_and_verification_form: a fax cover, the plan's appeal decision upholding a mileage
  denial, then the clinic's appointment verification form (denies nothing) fed sideways.
- photo_member_trip_log_form_two_page: the member's two-page mileage reimbursement request with a filled trip log
  (denies nothing), photographed.
- rotated_reimbursement_blocks_one_denied: a reimbursement decision with "Request 1 of 3" blocks, the second one
  denied (appointment not verified), its ICN with a "-01" line suffix and split at a hyphen in the prose.
- lowres_two_column_late_schedule_denial: a two-column letter denying a wheelchair van trip asked for one business
  day ahead, the facts (trip request, appointment, provider) in the right column.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhb import DHSheet
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "medicaid_nemt_mileage_reimbursement_trip_log_denial"
LANG = "en"
SEED = 351101
BROKER = "Crossroads Ride Management, LLC"
BROKER_T = "Crossroads Ride Management"
PLAN = "Wabash Prairie Community Health Plan"
CONF = "0OIl1B8S5"


def _mid(rng):
    return "1" + digits(rng, 11)


def _dob(rng):
    return dt.date(rng.randint(1948, 1990), rng.randint(1, 12), rng.randint(1, 28))


def _conf(rng, n):
    return "".join(rng.choice("0123456789" + "OIBS") for _ in range(n))


def _phone(rng):
    return f"1-877-555-{digits(rng, 4)}"


def _lh(p: DHSheet, rng, sub: str = "Member Transportation Services"):
    p.f(15, "B")
    p.set_text_color(20, 60, 110)
    p.cell(0, 7, BROKER, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(8)
    p.cell(0, 4, f"{sub}  |  NEMT broker for {PLAN} (Indiana Medicaid)", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1000, 9999)}, Indianapolis IN 462{rng.randint(10, 99)}  |  Rides "
           f"{_phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _rights(p: DHSheet, size: float, nd: dt.date | None = None, plan_appeal: bool = True):
    if plan_appeal:
        p.para("**Plan appeal.** If you disagree with this decision, you or someone you choose may ask "
               f"{PLAN} for an appeal within 60 days of the date of this notice. You may call, write or fax. "
               "If waiting could seriously harm your health you may ask for a fast (expedited) appeal, which is "
               "decided within 72 hours.", size)
    p.para("**State Fair Hearing.** After the plan decides your appeal, if you still disagree you may ask the "
           "Indiana Family and Social Services Administration (FSSA) Office of Hearings and Appeals for a State "
           "Fair Hearing within 120 days of the date of the plan's appeal decision.", size)


def _sentence_dates(ds: list[dt.date]) -> str:
    days = [str(d.day) for d in ds]
    return f"{ds[0].strftime('%B')} {', '.join(days[:-1])} and {days[-1]}, {ds[0].year}"


def bd_mileage(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    drv = f"{person(rng)[1]} {rng.choice(['Holloway', 'Mwangi', 'Szabo'])}"
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 12))
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    ds = [d1, plus(d1, 7), plus(d1, 14)]
    paid_d = plus(d1, -7)
    pt = person(rng)
    therapist = f"{pt[1]} {pt[2]}. {pt[3]}, PT, DPT"
    practice = "Limestone Creek Physical Therapy"
    req = f"MRQ-{digits(rng, 4)}-{rng.choice('OIBS')}{digits(rng, 3)}"
    miles = rng.randint(22, 48)
    rate = 0.42
    each = round(miles * 2 * rate, 2)
    tot = round(each * 3, 2)
    p = DHSheet(footer="Page {n} of {nb}", footer_left="CRM-NOA-MR-2")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng)
    p.right_block([("Notice date:", fdate(nd, "long")), ("Member ID:", mid), ("Request no.:", req),
                   ("Date of birth:", fdate(_dob(rng), "slash"))], w=96, size=9)
    p.ln(2)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.line("NOTICE OF ACTION: MILEAGE REIMBURSEMENT DENIED", 11.5, "B")
    p.ln(2)
    p.para(f"Dear {first} {last},", 10)
    p.para(f"You asked us to pay you back for mileage for trips to your physical therapy visits with {therapist} "
           f"at {practice} on {_sentence_dates(ds)}. Your neighbor, {drv}, drove you in a private car. We "
           f"received your trip log on {fdate(plus(ds[-1], 5), 'abbr')}. You asked for {money(tot)} "
           f"({miles} miles each way at $0.42 a mile).", 10)
    p.para("**What we decided:** we denied the mileage for these three trips. Before we pay mileage we must "
           "confirm with the medical provider that you went to a covered appointment on each date. We asked "
           f"{practice} twice to confirm these visits and the office did not confirm them. Your trip on "
           f"{fdate(paid_d, 'abbr')} was confirmed and has already been paid.", 10)
    p.table(["Trip date", "Destination", "Miles (round trip)", "Requested", "Decision"],
            [[fdate(d, "slash"), practice, str(miles * 2), money(each), "Denied - not verified"] for d in ds],
            [24, 62, 28, 24, 32], size=8.5, row_h=5.2)
    p.para("If the office confirms the visits, send us the confirmation and we will look at your request again.",
           10)
    _rights(p, 9)
    p.para(f"Questions? Call Member Transportation Services at {_phone(rng)} (TTY 711), Monday to Friday, "
           "8 a.m. to 6 p.m. Eastern.", 9)
    t = truth("denial_letter", "other", insurer=BROKER_T, member_id=mid, member_name=name, cases=[req],
              claim_amount=m2(tot), service_dates=[span(d) for d in ds], denial_date=nd.isoformat(),
              provider=therapist, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": [practice, None]}, denial_alternates=["not_covered"])
    return out(p), t


def scan300_statement(rng):
    mid = _mid(rng)
    name = person(rng)[0]
    sd = dt.date(2026, 4, 14) + dt.timedelta(days=rng.randint(0, 10))
    stmt = f"ST-{digits(rng, 7)}"
    dests = [("Kokomo Heart and Vascular", "Dr. Helena Voss, DO"), ("Howard County Lab Services", None),
             ("Kokomo Heart and Vascular", "Dr. Helena Voss, DO"), ("Wildcat Creek Eye Care", "Dr. Kenji Ibarra, OD"),
             ("Kokomo Heart and Vascular", "Dr. Helena Voss, DO")]
    base = dt.date(2026, 3, 3)
    deny_i = rng.choice([2, 3])
    rows, tot_r, tot_p, deny = [], 0.0, 0.0, None
    for i, (dest, doc) in enumerate(dests):
        d = plus(base, i * 6 + rng.randint(0, 2))
        trip = f"T{digits(rng, 2)}-{_conf(rng, 5)}"
        miles = rng.randint(18, 70)
        req = round(miles * 0.42, 2)
        if i == deny_i:
            paid, code = 0.0, "R12"
            deny = (trip, req, d, dest, doc)
        else:
            paid, code = req, "PD"
        tot_r += req
        tot_p += paid
        rows.append([fdate(d, "slash"), trip, dest, str(miles), money(req, "nosign"), money(paid, "nosign"), code])
    rows.append(["", "", "Totals", "", money(tot_r, "nosign"), money(tot_p, "nosign"), ""])
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"Statement {stmt}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _lh(p, rng, "Mileage Reimbursement Unit")
    p.line("MILEAGE REIMBURSEMENT STATEMENT - THIS IS NOT A BILL", 11, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Statement no.:", stmt), ("Member:", name),
                   ("Member ID:", mid), ("Health plan:", PLAN)], w=120, size=8.5)
    p.line(f"Trips reported for 03/01/2026 - 03/31/2026.  Payment by direct deposit on "
           f"{fdate(plus(sd, 3), 'slash')}.", 8.5)
    p.ln(2)
    p.gtable(["Trip date", "Trip no.", "Destination", "Miles", "Requested", "Paid", "Code"], rows,
             [22, 26, 62, 14, 22, 22, 14], size=8, aligns=["L", "L", "L", "R", "R", "R", "C"], bold_last=True)
    p.para("**PD**  Paid at the mileage rate for the round trip.", 8.5)
    p.para("**R12**  Not paid. The trip was not scheduled with us at least 2 business days before the "
           "appointment, and it was not an urgent trip or a hospital discharge. Mileage is paid only for trips "
           "that were set up in advance.", 8.5)
    p.para(f"You may ask {PLAN} for an appeal of a trip that was not paid within 60 days of the date of this "
           f"statement. Call {_phone(rng)} (TTY 711). A State Fair Hearing may be asked for after the plan's "
           "appeal decision.", 8.5)
    trip, req, d, dest, doc = deny
    t = truth("eob", "prior_authorization", insurer=BROKER_T, member_id=mid, member_name=name, cases=[trip],
              claim_amount=m2(req), service_dates=[span(d)], denial_date=sd.isoformat(), provider=dest,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": ([doc] if doc else []) + [None],
                          "case_numbers": [[trip, stmt]]},
              denial_alternates=["other", "timely_filing"], type_alternates=["denial_letter"])
    return out(p), t


def faxstd_standing(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    rec = plus(nd, -rng.randint(2, 4))
    a, b = dt.date(2026, 4, 1), dt.date(2026, 4, 30)
    req = f"SO-{digits(rng, 4)}-{_conf(rng, 4)}"
    prev = f"SO-{digits(rng, 4)}-{_conf(rng, 4)}"
    centre = "Tippecanoe River Kidney Care Dialysis Center of West Lafayette"
    neph = f"Dr. {person(rng)[1]} {rng.choice(['Achterberg', 'Rinaldi', 'Iwamoto'])}, MD"
    transp = "Wabash Valley Wheelchair and Stretcher Transport"
    p = DHSheet(footer="Page {n} of {nb}", footer_left="CRM-NABD-SO-4")
    p.fax_hdr = (f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  FROM: CROSSROADS RIDE MGMT 317-555-"
                 f"{digits(rng, 4)}  TO: 765-555-{digits(rng, 4)}   P.{{n}}/{{nb}}")
    p.cont = f"{name}  -  Member ID {mid}  -  Trip request {req}  (continued)"
    p.set_margins(16, 14, 16)
    p.add_page()
    _lh(p, rng)
    p.band("NOTICE OF ADVERSE BENEFIT DETERMINATION - RECURRING TRIPS", 9)
    p.pairs([("Date of notice", fdate(nd, "slash")), ("Member", name), ("Member ID", mid),
             ("Trip request no.", req), ("Request received", fdate(rec, "slash")),
             ("Rides asked for", "Round trip, Mon / Wed / Fri, ambulatory van"),
             ("Period", f"{fdate(a, 'short')} - {fdate(b, 'short')}")], label_w=34, size=8, h=4.2)
    p.wrap_pair("Destination", centre, label_w=34, value_w=52, size=8)
    p.pairs([("Ordering provider", neph)], label_w=34, size=8, h=4.2)
    p.ln(2)
    p.band("What we decided", 8.5)
    p.para(f"We denied your request for recurring rides to dialysis from {fdate(a, 'long')} through "
           f"{fdate(b, 'long')}. Recurring rides (three or more a week to the same provider) need a standing "
           "order: a form signed by the treating provider that lists the treatment, how often and for how long. "
           f"We have no standing order on file from the dialysis center or from {neph}. Your last standing order "
           f"(request {prev}) ended on {fdate(plus(a, -1), 'slash')}.", 8)
    p.para(f"Until we receive a new standing order you may still call us at least 2 business days ahead to "
           f"schedule each ride one at a time. Rides that we schedule are given to {transp}.", 8)
    p.band("Your rights", 8.5)
    _rights(p, 8)
    p.para("**Keep getting rides during your appeal.** This is a new request, so there are no approved rides to "
           "continue. If this notice reduced rides you already had, asking for an appeal within 10 days of this "
           "notice would keep them going.", 8)
    p.add_page()
    p.band("Rides covered by this decision", 8.5)
    ride_days = [d for d in (plus(a, i) for i in range(30)) if d.weekday() in (0, 2, 4)]
    rows = [[fdate(d, "slash"), d.strftime("%A"), "Chair 4, 6:15 a.m.", "Denied - no standing order"]
            for d in ride_days]
    p.gtable(["Ride date", "Day", "Dialysis chair time", "Decision"], rows, [28, 30, 40, 60], size=7.5)
    p.para("Questions? Call Member Transportation Services at " + _phone(rng) + " (TTY 711). To send a standing "
           f"order, fax it to 317-555-{digits(rng, 4)} with the trip request number on each page.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=BROKER_T, member_id=mid, member_name=name,
              cases=[req], service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=centre,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": [neph], "service_dates": [[span(a)]]},
              denial_alternates=["other", "medical_necessity"])
    return out(p), t


def stack_appeal_and_form(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    ad = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 10))
    od = plus(ad, -rng.randint(35, 45))
    d = plus(od, -rng.randint(15, 25))
    orig = f"MRQ-{digits(rng, 4)}-{rng.choice('OIBS')}{digits(rng, 3)}"
    apl = f"GA{digits(rng, 2)}-{_conf(rng, 6)}"
    clinic = "Eagle Creek Rheumatology"
    doc = f"Dr. {person(rng)[1]} {rng.choice(['Blackwood', 'Salcedo', 'Kowalczyk'])}, DO"
    amt = round(rng.randint(40, 90) * 2 * 0.42, 2)
    p = DHSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(24, 18, 24)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Appeals and Grievances  |  Indiana Medicaid managed care", new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.line(fdate(ad, "long"), 10)
    p.ln(3)
    for ln in [name, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.re_block([f"Appeal number {apl}", f"Original request {orig} (mileage, trip of {fdate(d, 'slash')})",
                f"Member ID {mid}"])
    p.para(f"Dear {first} {last}:", 10)
    p.para(f"We received your appeal on {fdate(plus(od, 12), 'abbr')}. You asked us to pay {money(amt)} in "
           f"mileage for your trip to {doc} at {clinic} on {fdate(d, 'long')}. Our transportation broker, "
           f"{BROKER}, denied it in a notice dated {fdate(od, 'slash')} because the visit could not be "
           "confirmed with the provider.", 10)
    p.para("**Our decision: we upheld the denial.** A reviewer who did not make the first decision looked at your "
           "appeal, the trip log and the broker's call records. The clinic's records show that the appointment on "
           "that date was cancelled by the office, so there was no covered visit for the trip.", 10)
    _rights(p, 9.5, plan_appeal=False)
    p.para("You may ask for the hearing by mail, fax or online. You may have someone help you, including a lawyer "
           "or a friend. You may ask for a free copy of your appeal file.", 9.5)
    doc1 = (out(p), truth("denial_letter", "other", insurer=PLAN, member_id=mid, member_name=name,
                          cases=[apl, orig], claim_amount=m2(amt), service_dates=[span(d)],
                          denial_date=ad.isoformat(), provider=doc,
                          alternates={"provider": [clinic], "case_numbers": [[apl]]},
                          denial_alternates=["not_covered"]))
    fd = plus(ad, rng.randint(2, 6))
    vd = plus(fd, -rng.randint(20, 30))
    q = DHSheet(footer=None)
    q.set_margins(18, 16, 18)
    q.add_page()
    q.f(12, "B")
    q.cell(0, 6, f"{BROKER_T} - Appointment Verification Form", new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, "To be completed by the medical provider's office. Fax to 317-555-" + digits(rng, 4),
           new_x="LMARGIN", new_y="NEXT")
    q.ln(3)
    q.nboxes([("1. Member name", name, 64), ("2. Medicaid member ID", mid, 50), ("3. Date of birth",
              fdate(_dob(rng), "slash"), 40)])
    q.nboxes([("4. Appointment date", fdate(vd, "slash"), 40), ("5. Provider seen", doc, 74),
              ("6. Practice", clinic, 40)])
    q.nboxes([("7. Member attended?", "YES", 40), ("8. Provider NPI", digits(rng, 10), 50),
              ("9. Office phone", f"317-555-{digits(rng, 4)}", 64)])
    q.ln(4)
    q.para("I confirm that the member named above attended a covered medical appointment on the date shown.", 9)
    q.ln(4)
    q.para(f"Signed: ______________________   Office manager, {clinic}        Date: {fdate(fd, 'slash')}", 9)
    doc2 = (out(q), truth("other", None, insurer=BROKER_T, member_id=mid, member_name=name,
                          service_dates=[span(vd)], denial_date=fd.isoformat(), provider=doc,
                          alternates={"insurer": [None], "provider": [clinic], "denial_date": [None]}))
    return [doc1, doc2]


def photo_trip_log(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    drv = f"{person(rng)[1]} {last}"
    sd = dt.date(2026, 4, 3) + dt.timedelta(days=rng.randint(0, 6))
    doc = f"Dr. {person(rng)[1]} {rng.choice(['Featherstone', 'Yarborough', 'Trujillo'])}, DPM"
    prac = "Mississinewa Foot and Ankle"
    ds = sorted({dt.date(2026, 3, rng.randint(2, 29)) for _ in range(4)})
    miles = rng.randint(14, 36)
    each = round(miles * 2 * 0.42, 2)
    tot = round(each * len(ds), 2)
    p = DHSheet(footer="Form CRM-MR-1 (rev. 01/2026)   Page {n} of {nb}")
    p.set_margins(18, 16, 18)
    p.add_page()
    _lh(p, rng, "Mileage Reimbursement Request")
    p.line("MILEAGE REIMBURSEMENT REQUEST AND TRIP LOG", 12, "B")
    p.para("Send this form within 90 days of the first trip on it. Every trip must have been scheduled with us "
           "at least 2 business days ahead. Each appointment will be verified with the provider.", 8.5)
    p.band("Part 1. Member", 9)
    p.pairs([("Member name", name), ("Medicaid member ID", mid), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Health plan", PLAN)], label_w=44, size=9.5)
    p.band("Part 2. Driver", 9)
    p.pairs([("Driver name", drv), ("Relationship", "Son"), ("Driver's license no.", f"{digits(rng, 4)}-"
             f"{digits(rng, 2)}-{digits(rng, 4)}"), ("Vehicle", "Private car")], label_w=44, size=9.5)
    p.band("Part 3. Provider", 9)
    p.pairs([("Provider seen", doc), ("Office", prac), ("Address", address(rng)[0] + ", Marion IN")],
            label_w=44, size=9.5)
    p.add_page()
    p.band("Part 4. Trip log", 9)
    p.table(["Trip date", "From", "To", "Round-trip miles", "Amount"],
            [[fdate(d, "slash"), "Home", prac, str(miles * 2), money(each)] for d in ds] +
            [["", "", "Total", "", money(tot)]], [26, 24, 64, 30, 30], size=9, bold_last=True)
    p.band("Part 5. Signature", 9)
    p.para("I certify that these trips were for covered medical appointments and that no one else was paid for "
           "them. I understand that false claims may be reported to the State.", 9)
    p.ln(3)
    p.para(f"Member signature: {first} {mi}. {last}                 Date: {fdate(sd, 'slash')}", 10)
    p.para(f"Driver signature: {drv}", 10)
    p.ln(3)
    p.para("For office use: request no. ____________   received ________   verified ________", 8)
    t = truth("other", None, insurer=BROKER_T, member_id=mid, member_name=name, claim_amount=m2(tot),
              service_dates=[span(d) for d in ds], denial_date=sd.isoformat(), provider=doc,
              alternates={"insurer": [PLAN, None], "provider": [prac], "denial_date": [None]})
    return out(p), t


def rotated_blocks(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    provs = [("Dr. Obinna Lindgren, DO", "Muncie Family Medicine"),
             ("Rosalind T. Quintero, LCSW", "White River Counseling Center"),
             ("Dr. Arjun Pettigrew, MD", "Delaware County Pulmonary Associates")]
    blocks, deny = [], None
    for i, (pv, org) in enumerate(provs):
        d = dt.date(2026, 3, 4) + dt.timedelta(days=i * 9 + rng.randint(0, 3))
        rq = f"MRQ-{digits(rng, 4)}-{rng.choice('OIBS')}{digits(rng, 3)}"
        miles = rng.randint(20, 60) * 2
        amt = round(miles * 0.42, 2)
        if i == 1:
            icn = f"26{digits(rng, 3)}-{_conf(rng, 5)}"
            st = "DENIED - appointment not verified"
            deny = (rq, icn, pv, org, d, amt)
            rows = [("Request no.", rq), ("ICN", icn + "-01"), ("Provider", f"{pv}, {org}"),
                    ("Trip date", fdate(d, "slash")), ("Miles / amount", f"{miles} / {money(amt)}"),
                    ("Status", st)]
        else:
            rows = [("Request no.", rq), ("Provider", f"{pv}, {org}"), ("Trip date", fdate(d, "slash")),
                    ("Miles / amount", f"{miles} / {money(amt)}"), ("Status", "PAID")]
        blocks.append((f"Request {i + 1} of 3", rows))
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _lh(p, rng, "Mileage Reimbursement Unit")
    p.line("Mileage reimbursement decision", 12, "B")
    p.pairs([("Notice date", fdate(nd, "abbr")), ("Member", name), ("Member ID", mid)], label_w=30, size=9.5,
            h=5)
    p.ln(3)
    p.blocks(blocks, size=9, label_w=36)
    rq, icn, pv, org, d, amt = deny
    full = icn + "-01"
    cut = full.index("-") + 1
    p.para(f"We paid requests 1 and 3. We did not pay request 2 (ICN {full[:cut]}", 9.5, gap=0)
    p.para(f"{full[cut:]}): {org} did not confirm that you had an appointment on that date. If the office sends "
           "us the confirmation we will pay the trip.", 9.5)
    _rights(p, 9)
    t = truth("denial_letter", "other", insurer=BROKER_T, member_id=mid, member_name=name, cases=[rq, full],
              claim_amount=m2(amt), service_dates=[span(d)], denial_date=nd.isoformat(), provider=pv,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": [org],
                          "case_numbers": [[rq, icn], [rq], [full], [icn]]},
              denial_alternates=["not_covered"])
    return out(p), t


def lowres_two_col(rng):
    mid = _mid(rng)
    name, first, mi, last = person(rng)
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 20))
    appt = plus(nd, 1)
    while appt.weekday() > 4:
        appt = plus(appt, 1)
    called = nd
    trq = f"TRQ-{digits(rng, 3)}-{_conf(rng, 5)}"
    doc = f"Dr. {person(rng)[1]} {rng.choice(['Espinoza', 'Dunleavy', 'Carrasco'])}, DPM"
    org = "Anderson Podiatry Group"
    p = DHSheet(footer="Page {n} of {nb}", footer_left="CRM-NOA-TR-1")
    p.set_margins(18, 16, 18)
    p.add_page()
    _lh(p, rng)
    p.line("Your ride request was denied", 13, "B")
    p.ln(3)
    facts = [("Date of this notice", fdate(nd, "slash")), ("Member", name), ("Member ID", mid),
             ("Trip request number", trq), ("Appointment", f"{fdate(appt, 'slash')}, 1:30 p.m."),
             ("Provider", doc), ("Practice", org), ("Ride type", "Wheelchair van, round trip"),
             ("Date you called us", fdate(called, "slash"))]
    paras = [f"Dear {first} {last},",
             f"On {fdate(called, 'long')} you called us to set up a wheelchair van ride to your appointment "
             f"with {doc} the next business day.",
             "We cannot schedule this ride. Rides to routine appointments must be asked for at least 2 business "
             "days before the appointment. Your call came 1 business day before it. The appointment is not urgent "
             "care, a hospital discharge or a dialysis treatment, which we schedule with less notice.",
             "You may move your appointment and call us again at least 2 business days before the new date.",
             f"If you disagree, you may ask {PLAN} for an appeal within 60 days of the date of this notice. "
             "A fast appeal is decided within 72 hours. After the plan's appeal decision you may ask FSSA for a "
             "State Fair Hearing within 120 days."]
    p.two_col(paras, facts, size=9.5, right_w=60, title="About your ride")
    p.para(f"Member Transportation Services: {_phone(rng)}, TTY 711. This notice does not change any other ride "
           "you have scheduled with us.", 8.5)
    t = truth("denial_letter", "prior_authorization", insurer=BROKER_T, member_id=mid, member_name=name,
              cases=[trq], service_dates=[span(appt)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": [PLAN], "provider": [org]}, denial_alternates=["other", "timely_filing"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_mileage_dates_in_one_sentence_unverified", "born_digital", [bd_mileage(rng)]),
        Item(F + "scan300_trip_log_statement_one_row_denied", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "faxstd_standing_order_two_page_continuation", "fax_standard_g4", [faxstd_standing(rng)]),
        Item(F + "copy_stack_appeal_upheld_and_verification_form", "photocopy", stack_appeal_and_form(rng),
             separators=["cover", None], turns={(1, 0): 90}),
        Item(F + "photo_member_trip_log_form_two_page", "phone_photo", [photo_trip_log(rng)]),
        Item(F + "rotated_reimbursement_blocks_one_denied", "rotated", [rotated_blocks(rng)]),
        Item(F + "lowres_two_column_late_schedule_denial", "scan_lowres_150", [lowres_two_col(rng)]),
    ]
