"""Notices mirrored (structure and wording style only) from the US Family Health Plan (USFHP), the TRICARE Prime
option offered through designated providers under the TRICARE program: care received outside the designated
provider's network without approval, or specialty care without a referral from the member's USFHP primary care
provider, is not paid. The US Family Health Plan and TRICARE appear as themselves; the designated provider
(Cobblestone Harbor Health), every doctor, hospital, member, number, address and amount, and the time limits used
here, are invented.

Documents (8 in 7 files):
- bd_eob_four_claims_rendering_column_one_out_of_network: a member EOB with a card block (PCP named, a decoy),
  four claims whose provider is only in a "Rendering NPI / Name" column, dates with two-digit years, one
  physical therapy claim from a non-network practice denied (out of network).
- faxstd_caption_boxes_specialist_no_referral: a claim notice to a group practice under a standard fax header,
  facts in small captioned boxes (billing group, rendering doctor, referring PCP, received date, an older paid
  claim reference), no PCP referral on file.
- phone_spanish_dermatologist_outside_network: Spanish member notice, the visit printed day-first (dd/mm/yyyy) and
  in words; the provider only in prose.
- rotated_urgent_care_statement_usfhp_denied_row: the non-network urgent care center's own statement (billing
  office at another address), three visits, one "USFHP denied" and billed to the patient; denies nothing.
- lowres_no_labels_hospital_stay_case_in_footer: a letter with every fact in sentences, a non-network hospital
  stay "from March .. through March .., 2026", the referring PCP and the medical director as decoys, the case
  number printed only in the footer with spaces.
- photocopy_reconsideration_upheld_home_infusion: a reconsideration decision upholding the denial of home
  infusion without authorization: appeal, claim and authorization-request numbers plus an older closed
  reference; dates "2 Mar 2026 to 6 Mar 2026"; TRICARE formal review limit.
- clean_stack_referral_approval_then_visits_over_referral_turned: a referral approval (denies nothing) with its
  blank duplex back, then a denial of visits beyond the approved number, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS
from kit_rounddn_famdnb import DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "us_family_health_plan_tricare_designated_provider_denial"
LANG = "en"
SEED = 352301
DP = "Cobblestone Harbor Health"
ALT_INS = ["US Family Health Plan", "USFHP", "US Family Health Plan at Cobblestone Harbor Health",
           "Cobblestone Harbor Health US Family Health Plan", "TRICARE"]


def member_no(rng):
    """USFHP member number invented for the family: 'CH' + 9 digits + 2-digit person code."""
    return f"CH{digits(rng, 9)}{rng.choice(['01', '02', '03'])}"


def claim_no(rng):
    return f"26{rng.randint(1, 3)}{digits(rng, 8)}"


def doc(rng):
    return person(rng)[0]


def _head(p: DNSheet, rng, unit: str):
    p.f(13, "B")
    p.cell(0, 6, "US Family Health Plan", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.5, f"at {DP}  -  a TRICARE designated provider", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2100, 9800)}, Portland ME 041{rng.randint(10, 99)}  |  Member "
                 f"Services 1-888-555-{digits(rng, 4)}  |  Fax 207-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_eob(rng):
    mem, sponsor, pcp = person(rng)[0], person(rng)[0], doc(rng)
    mid = member_no(rng)
    nd = dt.date(2026, 3, rng.randint(24, 30))
    pt = "Brinkley Point Physical Therapy"
    provs = [("Harbor Primary Care", "99214"), ("Saltmarsh Radiology", "73721"),
             (pt, "97110"), ("Harbor Lane Laboratory", "80053")]
    rows, charges, nums, dates = [], [], [], []
    deny = 2
    for i, (prov, code) in enumerate(provs):
        a = plus(nd, -rng.randint(18, 40))
        b = plus(a, 4) if i == deny else a
        dates.append((a, b))
        c = amount(rng, 90, 420) if i != deny else amount(rng, 640, 980)
        charges.append(c)
        n = claim_no(rng)
        nums.append(n)
        npi = digits(rng, 10)
        ds = fdate(a, "short") if a == b else f"{fdate(a, 'short')}-{fdate(b, 'short')}"
        if i == deny:
            rows.append([n, ds, f"{npi} {prov}", code, money(c, "nosign"), "0.00", "0.00", money(c, "nosign"), "N7"])
        else:
            al = round(c * 0.62, 2)
            cp = 0.0 if i != 0 else 0.0
            rows.append([n, ds, f"{npi} {prov}", code, money(c, "nosign"), money(al, "nosign"), money(al - cp, "nosign"),
                         money(cp, "nosign"), "P0"])
    p = DNSheet(footer="Page {n} of {nb}", footer_left=f"Form CHH-EOB-{rng.randint(10, 99)} (rev. 01/2026)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims Department")
    y0 = p.get_y()
    p.line("EXPLANATION OF BENEFITS", 13, "B")
    p.line("This is not a bill.", 9)
    p.ln(2)
    p.pairs([("Statement date", fdate(nd, "long")), ("Member", mem), ("Member number", mid),
             ("Sponsor", sponsor), ("Enrollment year", "10/01/2025 - 09/30/2026")], label_w=34, size=8.8, h=4.8)
    p.card([("Member", mem), ("Date of birth", fdate(dt.date(rng.randint(1960, 2005), rng.randint(1, 12),
                                                             rng.randint(1, 28)), "slash")),
            ("DoD benefits no.", digits(rng, 11)), ("PCP", pcp), ("PCP phone", f"207-555-{digits(rng, 4)}")],
           120, y0, 76, "Your USFHP card", size=7.8)
    p.set_y(max(p.get_y(), y0 + 36) + 3)
    p.table(["Claim number", "Dates (MM/DD/YY)", "Rendering NPI / Name", "Code", "Billed", "Allowed",
             "Plan paid", "You owe", "Note"], rows, [22, 27, 67, 10, 14, 14, 13, 13, 8], size=7.1,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** P0 Paid in full: no copayment for this service under USFHP. N7 This provider is not in the "
           "US Family Health Plan network and we have no referral or authorization from your USFHP primary care "
           "provider for care outside the network. USFHP members must get their care from USFHP providers. You may "
           "be responsible for the full billed amount.", 8.4)
    p.para("**If you disagree.** You may ask us to reconsider any claim on this statement. Your written request "
           "must be received within 90 days of the date of this statement. Send a copy of this statement and the "
           "claim number. If waiting could seriously harm your health, call us for an expedited review (72 hours). "
           "If we uphold our decision you may then request a TRICARE formal review within 60 days.", 8.4)
    for tg in RIGHTS_TAGS[:2]:
        p.para(tg, 6.8, gap=0.3)
    a, b = dates[deny]
    t = truth("eob", "out_of_network", insurer=DP, member_id=mid, member_name=mem, cases=[nums[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=pt,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["prior_authorization"],
              alternates={"insurer": ALT_INS, "service_dates": [[span(a), span(b)]]})
    return out(p), t


def faxstd_boxes(rng):
    mem = person(rng)[0]
    mid = member_no(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    vd = plus(nd, -rng.randint(20, 34))
    billed = amount(rng, 280, 540)
    n = claim_no(rng)
    older = f"{claim_no(rng)}"
    group = "Tidewater Orthopaedic Associates"
    rend = "Dr. " + doc(rng)
    pcp = "Dr. " + doc(rng)
    fax = f"{nd.month:02d}/{nd.day:02d}/2026 10:{rng.randint(10, 59)}  USFHP CHH CLAIMS  207-555-{digits(rng, 4)}  P.{{n}}/1"
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims Services")
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 12, "B")
    p.ln(1.5)
    p.grid([[("Notice date", fdate(nd, "slash")), ("Claim number", n), ("Claim received", fdate(plus(vd, 6), "slash"))],
            [("Patient", mem), ("Member number", mid), ("Date of birth", fdate(dt.date(rng.randint(1975, 2010),
                                                                                        rng.randint(1, 12), rng.randint(1, 28)), "slash"))],
            [("Billing provider (group)", group), ("Rendering provider", rend), ("Group NPI", digits(rng, 10))],
            [("Date of service", fdate(vd, "slash")), ("Billed charges", money(billed)), ("Referring PCP on file", pcp)],
            [("Service", "99204 new patient visit"), ("Plan paid", "$0.00"), ("Earlier claim (paid)", older)]],
           size=8.8, cap=6.2, h=10)
    p.para(f"**Reason: no referral.** {rend} is a specialist. Under the US Family Health Plan, a member's visit to a "
           f"specialist is covered only with a referral from the member's USFHP primary care provider. We have no "
           f"referral on file from {pcp} or any other PCP for this visit. The earlier claim shown above was paid under "
           "a referral that ended before this date of service.", 9)
    p.para("The member may not be billed for this visit unless the member agreed in writing, before the visit, to "
           "pay for care without a referral.", 9)
    p.para("**Reconsideration.** A request for reconsideration must be received within 90 days from the notice date. "
           "Attach the referral if one was issued. Corrected claims must be received within one year of the date of "
           "service.", 9)
    p.para("Provider Claims Services, US Family Health Plan at Cobblestone Harbor Health", 9)
    t = truth("denial_letter", "prior_authorization", insurer=DP, member_id=mid, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=rend[4:],
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["out_of_network"],
              alternates={"insurer": ALT_INS, "provider": [group]})
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    mid = member_no(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    vd = dt.date(2026, 3, rng.randint(2, 9))      # day below 13: dd/mm reads differently from mm/dd
    billed = amount(rng, 180, 460)
    n = claim_no(rng)
    derm = doc(rng)
    clinic = "Clínica Dermatológica Bahía Serena"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios al Miembro")
    p.line("AVISO DE DENEGACIÓN DE PAGO", 12.5, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", mid),
             ("Número de reclamo", n), ("Fecha de la consulta", fdate(vd, "dmy", "es")),
             ("Cargos facturados", money(billed)),
             ("Fecha de nacimiento", fdate(dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(13, 28)),
                                           "dmy", "es"))], label_w=52, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"Recibimos un reclamo por la atención que la Dra. {derm} le dio en {clinic} el "
           f"{fdate(vd, 'long', 'es')}. No podemos pagar este reclamo. {clinic} no pertenece a la red del US Family "
           "Health Plan, y su proveedor de atención primaria no pidió ni obtuvo nuestra autorización para esta "
           "consulta. Como miembro del US Family Health Plan, usted debe recibir su atención de proveedores de la "
           "red, salvo en una emergencia.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir una reconsideración por escrito. Su pedido debe recibirse "
           "dentro de 90 días a partir de la fecha de este aviso. Incluya el número de reclamo. Si su salud corre "
           "peligro, llámenos y pida una revisión acelerada (72 horas).", 9.8)
    p.para("US Family Health Plan en Cobblestone Harbor Health", 9.8)
    p.ln(2)
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "out_of_network", insurer=DP, member_id=mid, member_name=mem, cases=[n],
              claim_amount=m2(billed), service_dates=[span(vd)], denial_date=nd.isoformat(), provider=derm,
              appeal_deadline=plus(nd, 90).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": [clinic]})
    return out(p), t


def rotated_statement(rng):
    mem = person(rng)[0]
    mid = member_no(rng)
    sd = dt.date(2026, 5, rng.randint(4, 12))
    uc = "Gullwing Cove Urgent Care"
    visits = sorted({plus(sd, -rng.randint(50, 70)), plus(sd, -rng.randint(30, 45)), plus(sd, -rng.randint(8, 20))})
    deny = 1
    acct = f"GC-{digits(rng, 7)}"
    p = DNSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 7, uc, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Harbor View Dr, Bangor ME 044{rng.randint(10, 99)}  |  "
                 f"207-555-{digits(rng, 4)}  |  Walk-ins 8 am - 8 pm", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    y0 = p.get_y()
    p.line("PATIENT STATEMENT", 12, "B")
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Patient", mem), ("Account", acct),
             ("Insurance", "US Family Health Plan"), ("Insurance ID", mid)], label_w=32, size=9, h=5)
    p.card([("Send payments to", "Gullwing Cove Billing Office"), ("", f"PO Box {rng.randint(1000, 9999)}"),
            ("", f"Lewiston ME 042{rng.randint(10, 99)}"), ("Billing questions", f"1-877-555-{digits(rng, 4)}")],
           118, y0, 78, "Remit to", size=7.8)
    p.set_y(max(p.get_y(), y0 + 30) + 3)
    rows, charges = [], []
    for i, d in enumerate(visits):
        c = amount(rng, 140, 320)
        charges.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), "99204 new patient visit", money(c), "USFHP denied (not in network)",
                         "0.00", money(c)])
        else:
            ins = round(c * 0.7, 2)
            rows.append([fdate(d, "slash"), "99213 office visit" if i else "S9083 urgent care", money(c),
                         "USFHP paid", money(ins, "nosign"), "0.00"])
    p.table(["Date of visit", "Service", "Charge", "Insurance action", "Ins. paid", "Your balance"], rows,
            [24, 40, 22, 50, 18, 22], size=8.4, aligns=["L", "L", "R", "L", "R", "R"])
    p.line(f"Amount due now: {money(charges[deny])}", 10.5, "B")
    p.ln(2)
    p.para(f"Your insurance, the US Family Health Plan, denied the visit of {fdate(visits[deny], 'slash')} because "
           "we are not in its network and the visit was not an emergency. We have moved the charge to your balance. "
           "If you believe the plan should pay, you may ask the plan to reconsider; call the number on your member "
           "card. Payment is due within 30 days of the statement date.", 9)
    p.para("This statement is from your urgent care center. It is not a decision of your health plan.", 9)
    t = truth("other", None, insurer="US Family Health Plan", member_id=mid, member_name=mem,
              claim_amount=m2(charges[deny]), service_dates=[span(visits[deny])], denial_date=sd.isoformat(),
              provider=uc, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in visits]]})
    return out(p), t


def lowres_no_labels(rng):
    mem = person(rng)[0]
    mid = member_no(rng)
    nd = dt.date(2026, 4, rng.randint(14, 24))
    a = dt.date(2026, 3, rng.randint(2, 12))
    b = plus(a, 4)
    billed = amount(rng, 18000, 32000)
    hosp = "Pemberton Shoals Regional Hospital"
    surgeon = doc(rng)
    pcp = doc(rng)
    md = doc(rng)
    case = f"UM {digits(rng, 4)} {digits(rng, 6)}"
    n = claim_no(rng)
    p = DNSheet(footer=None, footer_left=f"Case {case}   |   CHH-UM-07")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} Old Mill Rd", f"Bangor ME 044{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We reviewed the claim {hosp} sent us for the care Dr. {surgeon} gave you at {hosp} from "
           f"{fdate(a, 'long').replace(', 2026', '')} through {fdate(b, 'long')}. The hospital billed "
           f"{money(billed)} under claim {n}. Your US Family Health Plan member number is {mid}.", 10)
    p.para(f"{hosp} is not part of the US Family Health Plan network. Your stay was planned surgery, not an "
           f"emergency, and your primary care provider, Dr. {pcp}, did not refer you there; we did not approve the "
           "stay in advance. Because you are a US Family Health Plan member, care outside our network is covered "
           "only in an emergency or when we approve it in advance. We cannot pay this claim.", 10)
    p.para(f"Your follow-up visit with Dr. {pcp} on {fdate(plus(nd, 9), 'long')} is not affected by this letter.", 10)
    p.para("If you disagree, you may ask for reconsideration. Write to us within 90 days of the date of this letter "
           "and tell us why. If your health could be seriously harmed by waiting, call us for a decision within 72 "
           "hours.", 10)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, US Family Health Plan at {DP}", 10)
    t = truth("denial_letter", "out_of_network", insurer=DP, member_id=mid, member_name=mem,
              cases=[case.replace(" ", ""), n], claim_amount=m2(billed), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=hosp, appeal_deadline=plus(nd, 90).isoformat(),
              denial_alternates=["prior_authorization"],
              alternates={"insurer": ALT_INS, "provider": [surgeon],
                          "case_numbers": [[n], [case.replace(" ", "")]]})
    return out(p), t


def photocopy_reconsideration(rng):
    mem, sponsor = person(rng)[0], person(rng)[0]
    mid = member_no(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    a = dt.date(2026, 3, rng.randint(2, 9))
    b = plus(a, 4)
    billed = amount(rng, 3200, 6800)
    apl = f"RC-26-{digits(rng, 5)}"
    n = claim_no(rng)
    auth = f"AR{digits(rng, 8)}"
    old = f"REF-25-{digits(rng, 6)}"
    inf = "Eastport Home Infusion Pharmacy"
    presc = doc(rng)
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line("RECONSIDERATION DECISION", 12.5, "B")
    p.ln(1)
    p.boxed_pairs([("Decision date", fdate(nd, "long")), ("Member / member number", f"{mem} / {mid}"),
                   ("Sponsor", sponsor), ("Reconsideration number", apl), ("Claim number", n),
                   ("Authorization request no.", f"{auth} (received {fdate(plus(a, 9), 'slash')})"),
                   ("Earlier reference (closed)", old),
                   ("Service", "IV antibiotic infusion at home, daily"),
                   ("Dates of service", f"{fdate(a, 'dmy')} to {fdate(b, 'dmy')}"),
                   ("Provider", f"{inf} (prescribed by Dr. {presc})"), ("Amount billed", money(billed)),
                   ("Decision", "Denial upheld")], label_w=58, size=8.9)
    p.para(f"You asked us to reconsider our letter of {fdate(plus(b, 20), 'long')} denying the home infusion claim "
           f"from {inf}. Home infusion therapy needs our authorization before it starts. The request for "
           f"authorization ({auth}) reached us after the last day of service, so the care was given without "
           "authorization. A reviewer who did not make the first decision looked at the claim, the infusion "
           "pharmacy's records and your letter.", 9.2)
    p.para("**Our decision: the denial is upheld.** Nothing in the records shows an emergency that kept the "
           "pharmacy from asking first.", 9.2)
    p.para("**Your next step.** If you still disagree, you may request a TRICARE formal review. Your request must be "
           "received within 60 days of the date of this decision. The earlier reference above belongs to a closed "
           "2025 inquiry and is shown only for your records.", 9.2)
    p.para("Appeals and Grievances, US Family Health Plan at Cobblestone Harbor Health", 9.2)
    t = truth("denial_letter", "prior_authorization", insurer=DP, member_id=mid, member_name=mem, cases=[apl, n, auth],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=inf,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [presc],
                          "case_numbers": [[apl, n], [apl], [n], [n, auth]]})
    return out(p), t


def clean_stack(rng):
    mem = person(rng)[0]
    mid = member_no(rng)
    ad = dt.date(2026, 2, rng.randint(2, 12))
    start, stop = plus(ad, 1), plus(ad, 90)
    ref = f"RF{digits(rng, 8)}"
    spec = doc(rng)
    pcp = doc(rng)
    prac = "Windrow Neurology Group"
    p = DNSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Referral Services")
    p.line(fdate(ad, "long"), 9.5)
    p.ln(2)
    p.line(mem, 9.5)
    p.ln(2)
    p.line("YOUR REFERRAL IS APPROVED", 11.5, "B")
    p.pairs([("Member number", mid), ("Referral number", ref), ("Referred by (PCP)", f"Dr. {pcp}"),
             ("Referred to", f"Dr. {spec}, {prac}"), ("Approved", "4 office visits"),
             ("Valid", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")], label_w=42, size=9.4)
    p.ln(2)
    p.para("Please bring this letter to your first visit. Visits after the approved number, or after the end "
           "date, need a new referral from your PCP.", 9.6)
    p.para("Referral Services, US Family Health Plan", 9.6)
    d1 = (out(p), truth("other", None, insurer=DP, member_id=mid, member_name=mem, cases=[ref],
                        service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=spec,
                        alternates={"insurer": ALT_INS, "provider": [prac], "service_dates": [[]],
                                    "case_numbers": [[]]}))
    nd = plus(stop, rng.randint(20, 35))
    v1 = plus(stop, -rng.randint(14, 20))
    v2 = plus(v1, 7)
    billed = amount(rng, 360, 620)
    n = claim_no(rng)
    q = DNSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims Department")
    q.line("NOTICE OF DENIED CLAIM", 11.5, "B")
    q.ln(1)
    q.pairs([("Date of notice", fdate(nd, "slash")), ("Member", mem), ("Member number", mid), ("Claim number", n),
             ("Provider", f"{prac} (Dr. {spec})"),
             ("Visit dates", f"{fdate(v1, 'slash')} and {fdate(v2, 'slash')}"), ("Billed", money(billed))],
            label_w=38, size=9.4)
    q.ln(2)
    q.para(f"Your referral {ref} approved 4 visits with Dr. {spec}. We have paid 4 visits under it. The two visits "
           "on this claim are visits 5 and 6, and no new referral was sent by your PCP. We cannot pay them.", 9.6)
    q.para("You may ask us to reconsider within 90 days of the date of this notice. Your PCP may also send a new "
           "referral for future visits.", 9.6)
    d2 = (out(q), truth("denial_letter", "prior_authorization", insurer=DP, member_id=mid, member_name=mem,
                        cases=[n], claim_amount=m2(billed), service_dates=[span(v1), span(v2)],
                        denial_date=nd.isoformat(), provider=spec, appeal_deadline=plus(nd, 90).isoformat(),
                        alternates={"insurer": ALT_INS, "provider": [prac], "case_numbers": [[n, ref]],
                                    "service_dates": [[span(v1, v2)]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_four_claims_rendering_column_one_out_of_network", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_caption_boxes_specialist_no_referral", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_dermatologist_outside_network", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_urgent_care_statement_usfhp_denied_row", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_hospital_stay_case_in_footer", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "photocopy_reconsideration_upheld_home_infusion", "photocopy", [photocopy_reconsideration(rng)]),
        Item(F + "clean_stack_referral_approval_then_visits_over_referral_turned", "scan_clean_300", clean_stack(rng),
             separators=["duplex", None], turns={(1, 0): 180}),
    ]
