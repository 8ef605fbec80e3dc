"""Notices mirrored (structure and wording style only) from Alaska's Denali KidCare, the state's Medicaid / CHIP
coverage for children and pregnant women. The State of Alaska Department of Health (its Division of Health Care
Services), Denali KidCare, Alaska Medicaid, the fair hearing and CDT/CPT/HCPCS codes appear as themselves; every
provider, clinic, air charter, person, number, address, form number and time limit printed here is invented (the
real program's limits are as the Department states them).

Documents (8 in 7 files):
- bd_three_page_emb_four_claims_audiology_after_coverage_ended: a three-page Explanation of Medical Benefits for a
  child (parent's address block and statement facts on page 1, a four-claim table on page 2 under a running header
  with the document ID, notes and rights on page 3); the audiology row is not paid because the child's coverage
  had ended the day before ("Date(s) you got care", "Amount the office asked for" columns, a total line).
- faxstd_orthodontia_service_authorization_labels_right: a service authorization decision on a standard fax to
  the orthodontist, the captions printed to the right of their values ("Our file", "Enrollee ID", "Seen by"),
  request-received date, DOB, NPI and a form number with a revision date as decoys; the measurements sent do not
  reach the level the program covers (pre-service, no amount).
- phone_es_viaje_medico_sin_aprobacion_previa: a photographed Spanish notice, all facts in sentences: a charter
  flight from Bethel to Anchorage for the child without the approval non-emergency travel needs.
- rotated_hearing_aid_approval_captions_under_values: a hearing-aid approval fed sideways, each caption under its
  value (denies nothing).
- lowres_no_labels_out_of_state_clinic_not_enrolled: a 150-dpi letter without labels: a clinic in Washington not
  enrolled with Alaska Medicaid; only a fair hearing is offered (no appeal deadline in the conventions' sense).
- photocopy_two_page_residential_treatment_home_services_instead: a two-page notice, the member block on page 1
  and the request's facts on page 2 under a running header; a residential psychiatric treatment center refused
  because home-based services can meet the child's needs; notice date differs from the printed-on date.
- finefax_stack_cover_duplicate_dental_claim_then_dentist_statement_sideways: a fax cover sheet, the Department's
  prose letter refusing a dental claim sent a second time (the earlier paid claim as a decoy), then the dental
  office's own statement to the parent fed sideways (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdra import DRSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "alaska_denali_kidcare_notice_of_denial"
LANG = "en"
SEED = 353100
INS = "Alaska Department of Health"
ALT = ["State of Alaska Department of Health", "Denali KidCare", "Alaska Medicaid",
       "Division of Health Care Services", "State of Alaska"]
PROG = "Denali KidCare"
AK_TOWNS = [("Anchorage", "995"), ("Fairbanks", "997"), ("Wasilla", "996"), ("Bethel", "995"), ("Kenai", "996"),
            ("Palmer", "996")]
AK_STREETS = ["Spenard Rd", "Birch Hollow Dr", "Cottonwood Cir", "E Tudor Rd", "Bluff View Ln", "Boreal Way",
              "Willow Bend Ave", "Creekside Loop"]


def rid(rng):
    """A 10-digit recipient ID (no letters)."""
    return digits(rng, 10)


def icn(rng):
    """A 13-digit claim control number that starts with 2 and the year."""
    return "226" + digits(rng, 10)


def dob_child(rng):
    return dt.date(rng.randint(2010, 2021), rng.randint(1, 12), rng.randint(1, 28))


def ak_addr(rng):
    town, z = rng.choice(AK_TOWNS)
    return [f"{rng.randint(100, 9800)} {rng.choice(AK_STREETS)}", f"{town} AK {z}{rng.randint(10, 99)}-{digits(rng, 4)}"]


def _letterhead(p: DRSheet, rng, unit="Division of Health Care Services", es=False):
    p.f(8, "B")
    p.cell(0, 4, "STATE OF ALASKA", new_x="LMARGIN", new_y="NEXT")
    p.f(14, "B")
    p.cell(0, 7, "Department of Health", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.5, f"{unit}  \u2022  {PROG}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    tel = "Teléfono" if es else "Phone"
    p.cell(0, 4, f"PO Box {rng.randint(110100, 110999)}, Juneau AK 99811-{digits(rng, 4)}  |  {tel} 907-555-"
                 f"{digits(rng, 4)}  |  1-800-555-{digits(rng, 4)}  |  TTY 711  |  Fax 907-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


# ---------------------------------------------------------------------------------------------------------------
def bd_emb(rng):
    child, parent, ped = people(rng, 3)
    mid = rid(rng)
    sd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 22))
    end = dt.date(2026, 2, 28)
    docid = f"EMB-{sd.strftime('%y%m%d')}-{digits(rng, 5)}"
    addr = ak_addr(rng)
    p = DRSheet(footer="Page {n} of {nb}", running=f"{PROG} Explanation of Medical Benefits   |   Document ID "
                                                   f"{docid}   |   Recipient ID {mid}   |   Page {{n}} of 3")
    p.set_margins(18, 14, 18)
    p.add_page()
    _letterhead(p, rng)
    p.line("EXPLANATION OF MEDICAL BENEFITS", 13, "B")
    p.line("This is not a bill. Keep it with your family's health records.", 9)
    p.ln(4)
    for ln in [parent, *addr]:
        p.line(ln, 10)
    p.ln(5)
    p.grid([[("Statement date", fdate(sd, "long")), ("Document ID", docid), ("Program", PROG)],
            [("Covered child", child), ("Recipient ID", mid), ("Child's date of birth", fdate(dob_child(rng), "slash"))],
            [("Coverage period on file", f"07/01/2025 - {fdate(end, 'slash')}"), ("Renewal packet mailed",
              fdate(dt.date(2026, 1, 9), "slash")), ("Claims shown", "4 (1 not paid)")]], size=9)
    p.para(f"Dear {parent}:", 10)
    p.para(f"This statement lists health care services for {child} that providers billed to {PROG} between "
           "January and March 2026. Please look at each line. If you do not recognize a service, call us: reporting "
           "a service you never received helps protect the program. The claims are on page 2; what the notes mean "
           "and what you can do are on page 3.", 10)
    p.para("Denali KidCare does not charge families a copay for children's services. A provider who accepted "
           "Denali KidCare may not bill you for the difference between its charge and what the program paid.", 10)
    p.add_page(orientation="L")
    p.line("Claims billed for your child", 12, "B")
    p.ln(2)
    src = [("Kenai Fjord Pediatrics", "99393 Well-child visit", dt.date(2026, 1, rng.randint(6, 27)), None, False),
           ("Kenai Fjord Pediatrics", "90686 Flu vaccine", dt.date(2026, 1, rng.randint(6, 27)), None, False),
           ("Cottonwood Family Pharmacy", "Prescription (amoxicillin)", dt.date(2026, 2, rng.randint(2, 20)), None,
            False),
           ("Birch Meadow Audiology", "92557 / 92567 Hearing tests", dt.date(2026, 3, rng.randint(2, 9)),
            None, True)]
    src[3] = (src[3][0], src[3][1], src[3][2], plus(src[3][2], 7), True)
    rows, total_b, deny = [], 0.0, None
    for i, (prov, svc, a, b, den) in enumerate(src):
        n = icn(rng)
        billed = amount(rng, 60, 140) if not den else amount(rng, 310, 520)
        total_b += billed
        if den:
            deny = (n, billed, a, b, prov)
            rows.append([n, prov, svc, fdate(a, "slash") + (" - " + fdate(b, "slash") if b else ""),
                         money(billed, "nosign"), "0.00", "0.00", "0.00", "C3"])
        else:
            al = round(billed * rng.uniform(0.55, 0.8), 2)
            rows.append([n, prov, svc, fdate(a, "slash"), money(billed, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "0.00", "P1"])
    rows.append(["", "Totals", "", "", money(total_b, "nosign"), "", "", "0.00", ""])
    p.table(["Claim no. (ICN)", "Provider", "Service", "Date(s) you got care", "Amount the office asked for",
             "Medicaid allowed", "Paid to provider", "You owe", "Note"], rows,
            [29, 50, 48, 38, 22, 18, 18, 10, 10], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"],
            bold_last=True)
    p.para("Claims received between 01/02/2026 and 04/03/2026 are shown. Amounts are in dollars.", 8.5)
    p.add_page(orientation="P")
    p.line("What the notes mean", 12, "B")
    p.ln(1)
    p.para(f"**P1** Paid. The provider may not bill you for the rest.\n**C3** Not paid. Our records show {child}'s "
           f"Denali KidCare coverage ended on {fdate(end, 'long')}, because the renewal form was not returned. "
           "Services on later dates cannot be paid unless coverage is restored for those dates.", 9.6)
    p.line("What you can do", 12, "B")
    p.ln(1)
    p.bullets([
        "If your child's coverage should not have ended, send the renewal form or call the Division of Public "
        "Assistance. If coverage is restored for March, the audiology claim will be processed again.",
        "If you think this statement is wrong, you may ask the Division of Health Care Services to review it. "
        "Your request must reach us within 60 days of the date of this statement. Write the claim number on your "
        "request (for example, Claim no. 2260000000000).",
        "After the review, if you still disagree, you may ask for a fair hearing. You must ask within 30 days "
        "after the date of the review decision. If your child's health is in danger, ask for a fast decision; we "
        "answer those within 72 hours.",
    ], 9.4)
    p.para(f"Form DHCS-EMB-2 (Rev. 02/2026)", 7.5)
    n, billed, a, b, prov = deny
    t = truth("eob", "eligibility", insurer=INS, plan_id=PROG, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=prov,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def faxstd_ortho(rng):
    child, parent, dds = people(rng, 3)
    mid = rid(rng)
    dd = dt.date(2026, rng.choice([3, 4]), rng.randint(6, 24))
    recv = plus(dd, -rng.randint(12, 20))
    start = plus(dd, rng.randint(20, 40))
    sa = f"SA26-{digits(rng, 6)}"
    practice = "Midnight Sun Orthodontics"
    fax = (f"{dd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  AK DHCS SVC AUTH  907-555-{digits(rng, 4)}  "
           f"TO: {practice.upper()}  P.{{n}}")
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(18, 13, 18)
    p.add_page()
    _letterhead(p, rng, "Service Authorization Unit")
    p.line("SERVICE AUTHORIZATION DECISION - DENTAL (ORTHODONTIC)", 12, "B")
    p.ln(2)
    p.right_labels([(fdate(dd, "long"), "Decision made on"), (sa, "Our file"), (child, "Enrollee"),
                    (mid, "Enrollee ID"), (fdate(dob_child(rng), "slash"), "Date of birth"),
                    (f"Dr. {dds}", "Seen by"), (practice, "Practice"), (digits(rng, 10), "Practice NPI"),
                    ("D8080 comprehensive orthodontic treatment", "What was asked for"),
                    (fdate(start, "slash"), "Planned start"), (fdate(recv, "slash"), "Request received")],
                   value_w=82, size=9.2)
    p.ln(3)
    p.checks("Decision", [(False, "Approved as asked"), (False, "Approved in part"), (True, "Denied")], cols=3)
    p.para(f"Dear Dr. {dds} and the family of {child}:", 9.6)
    p.para("Denali KidCare covers braces for a child only when the bite problem is severe enough to harm the "
           "child's health or ability to eat and speak. Our dental consultant scored the models, photographs and "
           "x-rays you sent. The total came to 18 points; the program covers comprehensive treatment at 26 points or "
           "more, or when one of the automatic conditions (such as a cleft palate) is present. None was shown. "
           "The crowding recorded can be followed at regular dental visits.", 9.6)
    p.para("**If you disagree.** The orthodontist or the child's parent may ask for reconsideration within 30 days "
           "of the date of this notice; send new measurements or records we did not see. After reconsideration "
           "the family may ask for a fair hearing within 30 days of that decision. Use form DHCS-SA-17 (Rev. "
           "03/2026).", 9.2)
    p.para(f"cc: {parent} (parent)      Service Authorization Unit, fax 907-555-{digits(rng, 4)}", 8.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[sa],
              service_dates=[span(start)], denial_date=dd.isoformat(), provider=dds,
              appeal_deadline=plus(dd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [practice], "service_dates": [[]], "plan_id": [PROG]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def phone_es_travel(rng):
    child, parent = people(rng, 2)
    mid = rid(rng)
    fl = dt.date(2026, 3, rng.randint(2, 26))
    nd = plus(fl, rng.randint(30, 45))
    billed = amount(rng, 1400, 2300)
    n = icn(rng)
    air = "Willowsedge Air Charter"
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _letterhead(p, rng, "División de Servicios de Atención Médica", es=True)
    p.line("AVISO DE DENEGACIÓN", 13, "B")
    p.ln(3)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *ak_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El {fdate(fl, 'long', 'es')}, su hija {child} voló de Bethel a Anchorage con {air} para una cita "
           f"médica. La compañía nos envió una cuenta de {money(billed)} por ese vuelo, y la tramitamos con el "
           f"número de reclamo {n}.", 10)
    p.para("No podemos pagarla. Denali KidCare paga los viajes médicos que no son de emergencia solo cuando se "
           "aprueban antes del viaje. Nadie pidió esa aprobación: ni la clínica que dio la cita ni la compañía "
           "aérea. La compañía no puede cobrarle a usted este vuelo.", 10)
    p.para(f"El número de {child} en Denali KidCare es {mid}. Por favor, escríbalo en toda carta que nos envíe.", 10)
    p.para("Si no está de acuerdo, puede pedirnos una revisión dentro de 60 días a partir de la fecha de este "
           "aviso. Si después de la revisión sigue sin estar de acuerdo, puede pedir una audiencia imparcial dentro "
           "de 30 días después de la decisión de la revisión. Para próximos viajes, la clínica debe pedir la "
           "aprobación al menos 3 días hábiles antes de volar (por ejemplo, el lunes para un vuelo del jueves).",
           9.8)
    p.para("Atentamente,\nUnidad de Viajes Médicos", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(fl)], denial_date=nd.isoformat(), provider=air,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    child, parent, aud = people(rng, 3)
    mid = rid(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(2, 25))
    a = plus(nd, rng.randint(5, 15))
    b = plus(a, 89)
    pa = f"SA26-{digits(rng, 6)}"
    clinic = "Birch Meadow Audiology"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _letterhead(p, rng, "Service Authorization Unit")
    p.line("NOTICE OF APPROVAL", 13, "B")
    p.ln(3)
    for ln in [parent, *ak_addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    p.under([(fdate(nd, "abbr"), "date of this notice"), (pa, "authorization number"),
             (mid, "recipient ID")])
    p.under([(child, "child"), (clinic, "approved provider"), (f"{aud}, AuD", "audiologist")])
    p.under([(f"{fdate(a, 'slash')} to {fdate(b, 'slash')}", "approved period"),
             ("V5261 x 2 (binaural)", "hearing aids approved"), (money(amount(rng, 2800, 3900)), "amount approved")])
    p.ln(2)
    p.para(f"Good news: {PROG} approved two behind-the-ear hearing aids for {child}, with fitting and three follow-up "
           f"visits at {clinic}. The clinic will call you to set the fitting date. The approval is for the period "
           "shown above; if the fitting cannot happen in that time, the clinic can ask us to extend it.", 10)
    p.para("You do not have to do anything. Keep this notice. If you have questions, call 1-800-555-"
           f"{digits(rng, 4)} (TTY 711).", 10)
    p.taglines()
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[pa], service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "provider": [aud], "case_numbers": [[]], "service_dates": [[], [span(a)]]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def lowres_out_of_state(rng):
    child, parent, doc = people(rng, 3)
    mid = rid(rng)
    dos = dt.date(2026, rng.choice([2, 3]), rng.randint(2, 26))
    nd = plus(dos, rng.randint(35, 55))
    billed = amount(rng, 420, 780)
    n = icn(rng)
    clinic = "Rainshadow Children's Specialty Clinic"
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _letterhead(p, rng)
    p.ln(3)
    p.para(fdate(nd, "long"), 10.5)
    for ln in [parent, *ak_addr(rng)]:
        p.line(ln, 10.5)
    p.ln(5)
    p.para(f"Dear {parent}:", 10.5)
    p.para(f"When your son {child} saw Dr. {doc} at {clinic} in Tacoma, Washington on {fdate(dos, 'long')}, the "
           f"clinic sent {PROG} a bill for {money(billed)}. We are handling it under claim {n}.", 10.5)
    p.para("We cannot pay this bill. Denali KidCare pays providers outside Alaska only when they are enrolled as "
           "Alaska Medicaid providers, and this clinic is not enrolled. The visit was a planned follow-up, not an "
           "emergency. If the clinic enrolls, it may send the claim again and we will look at it again.", 10.5)
    p.para(f"We have not changed {child}'s coverage; the recipient ID stays {mid}. You may ask for a fair hearing "
           "within 30 days of the date of this letter if you think we are wrong. If waiting would put your son's "
           "health at risk, ask for an expedited hearing. Questions: 1-800-555-"
           f"{digits(rng, 4)} (TTY 711), Monday to Friday, 8 a.m. to 5 p.m. Alaska time.", 10.5)
    p.para("Sincerely,\n\nClaims Review Section\nDivision of Health Care Services", 10.5)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None, alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def photocopy_rptc(rng):
    child, parent, psy, md = people(rng, 4)
    mid = rid(rng)
    nd = dt.date(2026, rng.choice([4, 5]), rng.randint(4, 20))
    printed = plus(nd, 2)
    adm = plus(nd, rng.randint(6, 14))
    recv = plus(nd, -rng.randint(5, 9))
    nid = f"DKC-NOD-{digits(rng, 7)}"
    matter = f"RT-{digits(rng, 6)}"
    center = "Caribou Flats Youth Treatment Center"
    p = DRSheet(footer="Page {n} of {nb}", running=f"Notice ID {nid}  |  {child}  |  Page {{n}} of 2",
                footer_left=f"Printed {fdate(printed, 'slash')}  DHCS-NOD-4 (Rev. 01/2026)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _letterhead(p, rng, "Behavioral Health Section")
    p.line("NOTICE OF DENIAL OF SERVICE", 13, "B")
    p.ln(3)
    for ln in [f"To the parent or guardian of {child}", parent, *ak_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Notice ID", nid), ("Subscriber number", mid),
             ("Child's date of birth", fdate(dob_child(rng), "slash"))], label_w=48, size=9.6)
    p.ln(3)
    p.para(f"We have made a decision about a request for {child}. We looked at the records the treatment team sent "
           "and the Alaska Medicaid rules for residential psychiatric treatment. The details of the request and "
           "our reasons are on the next page.", 10)
    p.heading("Your rights", 11)
    p.bullets([
        "You may ask us to reconsider this decision. Your request must reach us within 60 days of the date of "
        "this notice (the date at the top of this page, not the printed date at the bottom).",
        "If you disagree with the reconsideration, you may ask for a fair hearing within 30 days of that decision.",
        "If your child is getting care now and you ask within 10 days, care may continue while you wait.",
        "Someone may help you: a relative, a friend, or a lawyer. Free legal help may be available.",
    ], 9.4)
    p.add_page()
    p.heading("About the request", 11.5, rule=True)
    p.pairs([("Matter no.", matter), ("Where care was asked for", center),
             ("Asked for by", f"Dr. {psy} (child psychiatrist)"),
             ("Date care would start", fdate(adm, "long")), ("Request received", fdate(recv, "long")),
             ("Decision made by", f"Dr. {md}, physician reviewer")], label_w=56, size=9.6)
    p.ln(2)
    p.heading("Why we denied the request", 11.5, rule=True)
    p.para(f"{child} has had two short hospital stays this year and has been safe at home since the last one. The "
           "records show the child is going to school part-time, taking medicine as prescribed, and has a family "
           "that takes part in treatment. A residential center is a 24-hour setting for children who cannot be "
           "kept safe with services at home and in the community. The records show that intensive home-based "
           "services with a therapist several times a week, and a day treatment program, can meet "
           f"{child}'s needs closer to home. These are covered by {PROG}.", 9.8)
    p.para(f"Dr. {md} talked with Dr. {psy} about this request before deciding.", 9.8)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[matter],
              service_dates=[span(adm)], denial_date=nd.isoformat(), provider=psy,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [center], "case_numbers": [[matter, nid]],
                          "service_dates": [[]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


# ---------------------------------------------------------------------------------------------------------------
def finefax_stack(rng):
    child, parent, dds, hyg = people(rng, 4)
    mid = rid(rng)
    dos = dt.date(2026, 1, rng.randint(6, 28))
    paid_on = plus(dos, rng.randint(18, 30))
    nd = plus(dos, rng.randint(55, 70))
    billed = amount(rng, 380, 560)
    n = icn(rng)
    earlier = icn(rng)
    office = "Tanana Valley Dental Group"
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _letterhead(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10.2)
    addr = ak_addr(rng)
    for ln in [parent, *addr]:
        p.line(ln, 10.2)
    p.ln(4)
    p.para(f"Dear {parent}:", 10.2)
    p.para(f"On {fdate(dos, 'long')}, {child} had a cleaning, x-rays and two sealants with Dr. {dds} at {office}. "
           f"The office sent {PROG} a bill of {money(billed)} for that visit, and we are handling it under claim "
           f"number {n}.", 10.2)
    p.para(f"We did not pay that claim, because it is the same visit we already paid on {fdate(paid_on, 'long')} "
           f"under claim {earlier}. The office received that payment. Sending the same visit twice does not make "
           "it payable twice. You do not owe the office anything for this visit.", 10.2)
    p.para(f"If you think this is a mistake, you may ask the Division to look at it again within 60 days of the "
           f"date of this letter. A fair hearing may be asked for within 30 days after that review. Please include "
           f"{child}'s recipient ID, {mid}.", 10.2)
    p.para("Sincerely,\n\nClaims Review Section", 10.2)
    doc1 = (out(p), truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=child, cases=[n],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=dds, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT, "provider": [office]}))
    sd = plus(nd, rng.randint(3, 8))
    lines = [("D1120", "Prophylaxis - child", amount(rng, 80, 110)), ("D0272", "Bitewings - two films",
                                                                      amount(rng, 55, 75)),
             ("D1351", "Sealant - per tooth (#3)", amount(rng, 48, 60)), ("D1351", "Sealant - per tooth (#14)",
                                                                           amount(rng, 48, 60))]
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(18, 14, 18)
    q.add_page()
    q.logo_head(office, "TVDG", [f"{rng.randint(100, 990)} Airport Way, Fairbanks AK 99701-{digits(rng, 4)}  |  "
                                 f"907-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"], box="STATEMENT", size=12)
    q.addr_pair("Responsible party", [parent, *addr], "Patient", [child, f"Recipient ID {mid}",
                                                                  f"Hygienist: {hyg}, RDH"])
    q.grid([[("Statement date", fdate(sd, "slash")), ("Account", f"TV-{digits(rng, 6)}"),
             ("Insurance", f"{PROG} (Alaska Medicaid)")]], size=8.6)
    rows, tot = [], 0.0
    for code, desc, c in lines:
        tot += c
        rows.append([fdate(dos, "slash"), code, desc, f"Dr. {dds}", money(c, "nosign")])
    tot = round(tot, 2)
    rows.append(["", "", "Total charges", "", money(tot, "nosign")])
    q.table(["Date", "Code", "Description", "Provider", "Charge"], rows, [24, 18, 66, 40, 31.9], size=8.6,
            aligns=["L", "L", "L", "L", "R"], bold_last=True)
    q.pairs([("Insurance paid", f"({money(tot, 'nosign')})"), ("Your balance", "0.00")], label_w=40, size=9.4)
    q.para("Note: our office sent this visit to Denali KidCare twice by mistake; the second claim was refused as a "
           "duplicate. The first claim was paid in full. You owe nothing. Thank you!", 9)
    doc2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(tot),
                          service_dates=[span(dos)], denial_date=sd.isoformat(), provider=dds,
                          unscored=["insurer"], alternates={"provider": [office], "member_id": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_three_page_emb_four_claims_audiology_after_coverage_ended", "born_digital", [bd_emb(rng)]),
        Item(F + "faxstd_orthodontia_service_authorization_labels_right", "fax_standard_g4", [faxstd_ortho(rng)]),
        Item(F + "phone_es_viaje_medico_sin_aprobacion_previa", "phone_photo", [phone_es_travel(rng)]),
        Item(F + "rotated_hearing_aid_approval_captions_under_values", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_no_labels_out_of_state_clinic_not_enrolled", "scan_lowres_150", [lowres_out_of_state(rng)]),
        Item(F + "photocopy_two_page_residential_treatment_home_services_instead", "photocopy", [photocopy_rptc(rng)]),
        Item(F + "finefax_stack_cover_duplicate_dental_claim_then_dentist_statement_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
