"""Notices mirrored (structure and wording style only) from Oklahoma's SoonerCare program, run by the Oklahoma
Health Care Authority (OHCA), denying specialty visits for SoonerCare Choice members because no referral from the
member's primary care provider (PCP / medical home) was on file for the date of service. The program and the
authority appear as themselves (SoonerCare Choice, the PCP referral rule, form LD-1); every clinic, doctor, person,
number, address and amount is invented, as are the appeal time limits used here.

Documents (8 in 7 files):
- bd_two_column_sidebar_cardiology_no_referral: member notice, letter text on the left, every fact in a ruled
  right-hand sidebar ("Notice issued", "Member ID No.", "Dates of care", "Rendering", "Amount charged"); the PCP,
  its phone, DOB, "our letter of January ..." and a sample amount in the rights text as decoys.
- faxstd_grid_provider_notice_from_thru_two_visits: provider claim denial to a dermatology clinic, facts in a grid
  of label-inside-box cells three wide ("Mailed on", "Internal control no.", "From - Thru", "Submitted charges",
  "Treating provider"); provider ID, NPI, PCP of record and PCP NPI as decoys; rights on page 2.
- photocopy_landscape_remittance_four_claims_one_denied: the authority's remittance advice to a multi-specialty
  group, a landscape page of four claims for four members, one denied for no PCP referral (EOB code 316).
- phone_spanish_aviso_dermatologia: Spanish member notice (dermatology visit), photographed.
- rotated_clinic_statement_one_visit_denied: the ENT clinic's statement, three visits, one denied by SoonerCare for
  no referral and not billed to the member (denies nothing).
- lowres_no_labels_appeal_decision_upheld: an appeal decision whose every fact is in sentences, no labels; the
  earlier notice's date and the appeal received date as decoys.
- finefax_stack_cover_reprocessed_then_ortho_denial_turned: a fax cover, a notice that a referral is now on file
  and the claim was paid (denies nothing), then an orthopedic visit denial fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdmb import DMSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "oklahoma_soonercare_notice_of_action_specialty_referral_denial"
LANG = "en"
SEED = 352101
OHCA = "Oklahoma Health Care Authority"
ALT_INS = ["SoonerCare", "OHCA", "Oklahoma Health Care Authority (OHCA)"]
CARDIO = "Red Fork Cardiology Associates"
DERM = "Cimarron Bend Dermatology"
ENT = "Wichita Ridge Ear, Nose & Throat"
ORTHO = "Turkey Creek Orthopedic Clinic"
GROUP = "Arbuckle Specialty Physicians"
PCPS = ["Deer Creek Family Medicine", "Blue Stem Community Health Center", "Kiamichi Valley Clinic"]
TOWNS = [("Norman", "730"), ("Lawton", "735"), ("Enid", "737"), ("Ardmore", "734"), ("Stillwater", "740")]


def mid(rng):
    return digits(rng, 9)


def icn(rng, d: dt.date):
    """An internal control number shape invented for the family: 2 + yy + day of year + 7 digits."""
    return f"2{d.strftime('%y')}{d.timetuple().tm_yday:03d}{digits(rng, 7)}"


def addr(rng):
    t, z = rng.choice(TOWNS)
    return [f"{rng.randint(100, 9800)} {rng.choice(['Sooner Rd', 'W Robinson St', 'Post Oak Dr', 'E Main St'])}",
            f"{t} OK {z}{rng.randint(10, 99)}"]


def head(p: DMSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, "SoonerCare", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.5, OHCA, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    box = rng.randint(18000, 26999)
    p.cell(0, 4, f"{unit}  |  PO Box {box}, Oklahoma City OK 73126-{digits(rng, 4)}  |  1-800-555-{digits(rng, 4)}"
                 f"  |  Fax 405-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def rights(p: DMSheet, size=8.6, days=60, es=False):
    if es:
        p.para(f"**Su derecho a apelar.** Si no está de acuerdo, puede apelar. Llene el formulario LD-1 y envíelo "
               f"dentro de {days} días a partir de la fecha de este aviso. Si su salud está en peligro, pida una "
               "apelación rápida: le responderemos en 72 horas. Puede seguir recibiendo servicios de su médico de "
               "atención primaria mientras apela.", size)
        return
    p.para(f"**Your right to appeal.** If you do not agree with this decision, you may appeal. Fill out form LD-1 "
           f"and send it so that we receive it within {days} days of the date of this notice. If waiting could "
           "seriously harm your health, ask for an expedited appeal and we will decide within 72 hours. If you "
           "disagree with the appeal decision, you may ask for a State Fair Hearing within 120 days of that "
           "decision. You may have someone, such as a friend or your doctor, help you.", size)


def bd_sidebar(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 13))
    dos = plus(nd, -rng.randint(24, 38))
    billed = amount(rng, 240, 420)
    c = icn(rng, plus(dos, 6))
    doc = "Harlan V. Mayweather"
    pcp = PCPS[0]
    old = dt.date(2026, 1, rng.randint(5, 9))
    dob = dt.date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    p = DMSheet(footer="Page {n} of {nb}", footer_left="OHCA-NOA-SC 01/26")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, rng)
    for ln in [name] + addr(rng):
        p.line(ln, 9.4)
    p.ln(4)
    p.line("NOTICE OF ACTION - SPECIALTY CARE NOT PAID", 11.5, "B")
    p.ln(2)
    left = [f"Dear {name}:",
            f"SoonerCare will not pay for the heart specialist visit listed at the right. You are enrolled in "
            f"SoonerCare Choice. In SoonerCare Choice, your primary care provider (PCP) is your medical home. Your PCP "
            f"must send a referral before you see most specialists. Our records show no referral from your PCP, "
            f"{pcp}, for this visit.",
            f"This is not the same visit as the one in our letter of {fdate(old, 'long')}, which was paid.",
            "What you can do: call your PCP and ask whether a referral was sent. If your PCP sends a referral that "
            "covers this date, the specialist may send the claim again. You do not have to pay the specialist for "
            "this visit while this is reviewed.",
            f"Your PCP: {pcp}, 580-555-{digits(rng, 4)}. Date of birth on file: {fdate(dob, 'slash')}."]
    p.box_col(left, [("Notice issued", fdate(nd, "long")), ("Member", name), ("Member ID No.", m),
                     ("ICN (claim)", c), ("Dates of care", fdate(dos, "slash")),
                     ("Rendering", f"{doc}, MD"), ("Clinic", CARDIO), ("Amount charged", money(billed)),
                     ("Action", "Denied - no PCP referral")], left_w=108, size=9.2, rsize=8.6,
              title="About this claim")
    p.ln(2)
    rights(p)
    p.para("Example: if a specialist charges $150.00 for a visit without a referral, SoonerCare pays $0.00 and the "
           "specialist may not bill you for it.", 8.2)
    p.para("SoonerCare Member Services", 9)
    p.add_page()
    p.boilerplate(OHCA, f"1-800-555-{digits(rng, 4)}")
    t = truth("denial_letter", "prior_authorization", insurer=OHCA, member_id=m, member_name=name, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [CARDIO]})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    d1 = plus(nd, -rng.randint(40, 46))
    d2 = plus(d1, 14)
    billed = amount(rng, 380, 690)
    c = icn(rng, plus(d2, 5))
    fax = (f"{nd.month:02d}/{nd.day:02d}/26 09:{rng.randint(10, 59)} OHCA CLAIMS 405-555-{digits(rng, 4)} "
           f"-> CIMARRON BEND DERM 918-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Provider Services - Claims")
    p.line("CLAIM DENIAL NOTICE - SPECIALTY SERVICE WITHOUT PCP REFERRAL", 9.6, "B")
    p.ln(2)
    p.lvgrid([("Mailed on", fdate(nd, "slash")), ("Internal control no.", c), ("Provider ID", f"{digits(rng, 9)}A"),
              ("Recipient", name), ("Recipient ID", m),
              ("Birth date", fdate(dt.date(rng.randint(1970, 2004), rng.randint(1, 12), rng.randint(1, 28)), "slash")),
              ("From - Thru", f"{fdate(d1, 'slash')} - {fdate(d2, 'slash')}"), ("Submitted charges", money(billed)),
              ("Treating provider", DERM), ("NPI", digits(rng, 10)), ("PCP of record", PCPS[1]),
              ("PCP NPI", digits(rng, 10)), ("Procedures", "99204, 99213"), ("Paid", "$0.00"),
              ("EOB code", "316")], cols=3, val=8.2)
    p.para("316  SoonerCare Choice member. Specialty services require a referral from the member's PCP / medical "
           "home. No referral was on file for the dates of service. Obtain a referral from the PCP of record and "
           "submit a new claim with the referring provider's NPI.", 7.8)
    p.para("Claims must be received within 6 months of the date of service. Claims received after that are denied "
           "for timely filing.", 7.8)
    p.add_page()
    p.band("IF YOU DISAGREE", 8)
    p.para("You may ask for an adjustment review of this claim denial. Your request must be received within 90 days "
           "of the date of this notice. Send a copy of the referral and this notice to Provider Services, Claims "
           f"Review. Provider helpline 1-800-555-{digits(rng, 4)}. Form OHCA-PCD-7.", 7.8)
    t = truth("denial_letter", "prior_authorization", insurer=OHCA, member_id=m, member_name=name, cases=[c],
              claim_amount=m2(billed), service_dates=[span(d1, d2)], denial_date=nd.isoformat(), provider=DERM,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT_INS, "service_dates": [[span(d1), span(d2)]]})
    return out(p), t


def photocopy_ra(rng):
    ra = dt.date(2026, 3, rng.randint(16, 27))
    rows, data = [], []
    docs = ["Lorna K. Ashdown", "Felix R. Tranh", "Marguerite D. Oduya", "Quentin J. Roebuck"]
    codes = [("99214", "Office visit est"), ("93306", "Echo complete"), ("99204", "New pt visit"), ("95810", "PSG")]
    deny = 2
    for i in range(4):
        nm, first, mi, last = person(rng)
        d = plus(ra, -rng.randint(18, 50))
        b = amount(rng, 150, 900)
        c = icn(rng, plus(d, 4))
        m = mid(rng)
        data.append((nm, m, c, d, b))
        al = round(b * 0.46, 2)
        rows.append([c, f"{last.upper()}, {first.upper()} {mi}", m, fdate(d, "slash"), fdate(d, "slash"),
                     docs[i], codes[i][0], money(b, "nosign"),
                     "0.00" if i == deny else money(al, "nosign"), "0.00" if i == deny else money(al, "nosign"),
                     "316" if i == deny else "000"])
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    p.f(13, "B")
    p.cell(0, 6, f"SoonerCare - {OHCA}", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 5, "REMITTANCE ADVICE - PAID AND DENIED CLAIMS", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Payee: {GROUP}    Payee ID {digits(rng, 9)}B    NPI {digits(rng, 10)}    RA date "
                 f"{fdate(ra, 'slash')}    EFT trace {digits(rng, 11)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.table(["ICN", "Recipient name", "Recipient ID", "Svc from", "Svc thru", "Rendering", "Proc", "Billed",
             "Allowed", "Paid", "EOB"], rows, [31, 44, 23, 20, 20, 38, 12, 20, 20, 20, 12], size=7.6,
            aligns=["L", "L", "L", "L", "L", "L", "L", "R", "R", "R", "C"])
    tot = sum(x[4] for x in data)
    p.f(8, "B")
    p.cell(0, 5, f"Claims 4    Billed {money(tot, 'nosign')}    Paid "
                 f"{money(sum(round(x[4] * 0.46, 2) for i, x in enumerate(data) if i != deny), 'nosign')}",
           new_x="LMARGIN", new_y="NEXT")
    p.add_page(orientation="P")
    p.line("EOB CODE DESCRIPTIONS", 9.5, "B")
    p.ln(1)
    p.para("000  Claim paid as billed subject to the SoonerCare fee schedule.", 8.4)
    p.para("316  SoonerCare Choice member; specialty service requires a PCP / medical home referral. No referral on "
           "file for the dates of service. Resubmit with the referring provider's NPI once a referral is obtained.",
           8.4)
    p.para("Questions about this remittance: Provider Services 1-800-555-" + digits(rng, 4) + ". Adjustment "
           "requests must be received within 90 days of the RA date.", 8.4)
    nm, m, c, d, b = data[deny]
    t = truth("eob", "prior_authorization", insurer=OHCA, member_id=m, member_name=nm, cases=[c],
              claim_amount=m2(b), service_dates=[span(d)], denial_date=ra.isoformat(), provider=docs[deny],
              appeal_deadline=plus(ra, 90).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [GROUP]})
    return out(p), t


def phone_spanish(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(14, 24))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 180, 340)
    c = icn(rng, plus(dos, 5))
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.title_rule("AVISO DE ACCIÓN - NO SE PAGÓ LA VISITA AL ESPECIALISTA", 11.5)
    for ln in [name] + addr(rng):
        p.line(ln, 9.4)
    p.ln(3)
    p.pairs([("Fecha de envío", fdate(nd, "long", "es")), ("Número de miembro", m), ("Número de control (ICN)", c),
             ("Fechas de atención", fdate(dos, "dmy", "es")), ("Proveedor que atendió", DERM),
             ("Cantidad cobrada", money(billed))], label_w=52, size=9.2)
    p.ln(3)
    p.para(f"Estimado(a) {name}:", 9.6)
    p.para(f"SoonerCare no pagará la visita con {DERM} del {fdate(dos, 'long', 'es')}. Usted está inscrito(a) en "
           "SoonerCare Choice. Su proveedor de atención primaria (PCP) es su hogar médico y debe enviar una "
           f"referencia antes de que usted vea a la mayoría de los especialistas. Su PCP, {PCPS[2]}, no envió una "
           "referencia para esta visita.", 9.6)
    p.para("Usted no tiene que pagarle al especialista por esta visita mientras se revisa.", 9.6)
    rights(p, 9.2, es=True)
    p.para("Servicios para Miembros de SoonerCare", 9.4)
    t = truth("denial_letter", "prior_authorization", insurer=OHCA, member_id=m, member_name=name, cases=[c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=DERM,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    name = person(rng)[0]
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 15))
    ds = sorted({dt.date(2026, 2, rng.randint(2, 10)), dt.date(2026, 3, rng.randint(3, 12)),
                 dt.date(2026, 4, rng.randint(6, 14))})
    deny = 1
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, ENT, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Adult and pediatric ENT  |  Lawton OK  |  580-555-{digits(rng, 4)}  |  Fax 580-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT ACCOUNT STATEMENT", 11, "B")
    acct = f"WR{digits(rng, 7)}"
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account no.:", acct), ("Patient:", name),
                   ("Coverage:", "SoonerCare Choice"), ("SoonerCare ID:", m)], w=110, size=8.5)
    p.ln(4)
    rows, bills = [], []
    for i, d in enumerate(ds):
        code, desc = [("99203", "New patient visit"), ("31231", "Nasal endoscopy"), ("99213", "Follow-up visit")][i]
        b = amount(rng, 160, 480)
        bills.append(b)
        if i == deny:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), "DENIED", "0.00"])
        else:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(round(b * 0.5, 2), "nosign"),
                         "0.00"])
    rows.append(["*", "", "Totals", money(sum(bills), "nosign"), "", "0.00"])
    p.spaced(["Date", "Code", "Description", "Charge", "SoonerCare", "You owe"], rows, [10, 5, 20, 9, 10, 8],
             size=8, right={3, 4, 5}, rule_under_head=True)
    p.para(f"SoonerCare denied the nasal endoscopy on {fdate(ds[deny], 'long')} because no referral from your primary "
           f"care provider was on file. We have asked your PCP, {PCPS[0]}, for a referral and will send the claim "
           "again. SoonerCare members are not billed for this. Balance due: $0.00.", 8.8)
    t = truth("other", None, insurer=OHCA, member_id=m, member_name=name, claim_amount=m2(bills[deny]),
              service_dates=[span(ds[deny])], denial_date=sd.isoformat(), provider=ENT, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in ds]]})
    return out(p), t


def lowres_no_labels(rng):
    name = person(rng)[0]
    m = mid(rng)
    nd = dt.date(2026, 5, rng.randint(11, 22))
    old = dt.date(2026, 3, rng.randint(2, 12))
    rec = plus(old, rng.randint(12, 20))
    dos = plus(old, -rng.randint(25, 35))
    billed = amount(rng, 300, 560)
    c = icn(rng, plus(dos, 5))
    ap = f"LD1-26-{digits(rng, 5)}"
    doc = "Imogen T. Valderrama"
    p = DMSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Legal Division - Member Appeals")
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name] + addr(rng):
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {name}:", 10)
    p.para(f"On {fdate(rec, 'long')} we received your appeal of our notice of {fdate(old, 'long')}. That notice said "
           f"SoonerCare would not pay for your visit with Dr. {doc} at {ENT} on {fdate(dos, 'long')}. The clinic "
           f"billed {money(billed)} for the visit, under claim {c}. We gave your appeal the number {ap}, and your "
           f"SoonerCare member number is {m}.", 10)
    p.para("A reviewer who was not part of the first decision looked at your appeal, the claim and the referral "
           "records from your primary care provider. You are a SoonerCare Choice member, so your primary care "
           "provider must refer you before you see a specialist. Your primary care provider's records show a "
           "referral for a different specialist, sent after your visit. No referral covered the visit on that date.",
           10)
    p.para("We are upholding the decision. SoonerCare will not pay for this visit, and the clinic may not bill you "
           "for it.", 10)
    p.para("If you do not agree with this decision, you may ask for a State Fair Hearing before an administrative law "
           "judge within 120 days of the date of this letter. You may call us at 1-800-555-" + digits(rng, 4) +
           " (TTY 711) with any questions.", 10)
    p.para("Sincerely,\nMember Appeals, Oklahoma Health Care Authority", 10)
    t = truth("denial_letter", "prior_authorization", insurer=OHCA, member_id=m, member_name=name, cases=[ap, c],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates={"insurer": ALT_INS, "provider": [ENT], "case_numbers": [[ap], [c]],
                          "appeal_deadline": [plus(nd, 120).isoformat()]})
    return out(p), t


def finefax_stack(rng):
    name = person(rng)[0]
    m = mid(rng)
    ad = dt.date(2026, 4, rng.randint(1, 10))
    dos1 = plus(ad, -rng.randint(30, 40))
    b1 = amount(rng, 200, 380)
    c_old = icn(rng, plus(dos1, 4))
    c_new = icn(rng, plus(ad, -3))
    p = DMSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng)
    p.line(f"Notice date: {fdate(ad, 'dash')}", 9.5)
    p.ln(2)
    for ln in [name] + addr(rng):
        p.line(ln, 9.4)
    p.ln(3)
    p.line("NOTICE - CLAIM NOW PAID", 11.5, "B")
    p.pairs([("Beneficiary number", m), ("Tracking ID", c_new), ("Earlier claim", c_old),
             ("Date of visit", fdate(dos1, "slash")), ("Specialist", CARDIO), ("Billed", money(b1))],
            label_w=42, size=9.4)
    p.ln(2)
    p.para(f"Good news. Your PCP sent a referral that covers your visit to {CARDIO}. The clinic sent the claim again "
           "and SoonerCare paid it. You do not need to do anything. You do not owe the clinic for this visit.", 9.6)
    p.para("SoonerCare Member Services", 9.6)
    doc1 = (out(p), truth("other", None, insurer=OHCA, member_id=m, member_name=name, cases=[c_new],
                          claim_amount=m2(b1), service_dates=[span(dos1)], denial_date=ad.isoformat(),
                          provider=CARDIO,
                          alternates={"insurer": ALT_INS, "case_numbers": [[c_new, c_old], []],
                                      "claim_amount": [None]}))
    nd = dt.date(2026, 5, rng.randint(5, 15))
    dos = plus(nd, -rng.randint(20, 30))
    b2 = amount(rng, 260, 520)
    c2 = icn(rng, plus(dos, 6))
    doc = "Wendell P. Okonjo"
    q = DMSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng)
    q.line("NOTICE OF ACTION", 11.5, "B")
    q.ln(1)
    q.lvgrid([("Date of this notice", fdate(nd, "upper")), ("Beneficiary number", m), ("Tracking ID", c2),
              ("Member", name), ("Service date", fdate(dos, "slash")), ("Charges", money(b2))], cols=2)
    q.para(f"SoonerCare will not pay for your visit with Dr. {doc} at {ORTHO}. You are in SoonerCare Choice and "
           "did not have a referral from your primary care provider for this specialist visit.", 9.4)
    rights(q, 8.6, days=60)
    q.para("SoonerCare Member Services", 9.4)
    doc2 = (out(q), truth("denial_letter", "prior_authorization", insurer=OHCA, member_id=m, member_name=name,
                          cases=[c2], claim_amount=m2(b2), service_dates=[span(dos)], denial_date=nd.isoformat(),
                          provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT_INS, "provider": [ORTHO]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_sidebar_cardiology_no_referral", "born_digital", [bd_sidebar(rng)]),
        Item(F + "faxstd_grid_provider_notice_from_thru_two_visits", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "photocopy_landscape_remittance_four_claims_one_denied", "photocopy", [photocopy_ra(rng)]),
        Item(F + "phone_spanish_aviso_dermatologia", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_clinic_statement_one_visit_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_appeal_decision_upheld", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "finefax_stack_cover_reprocessed_then_ortho_denial_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
