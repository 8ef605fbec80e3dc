"""Notices mirrored (structure and plain wording style only) from the papers families get from the West Virginia
Children's Health Insurance Program (WVCHIP, its WVCHIP Gold / Blue / Premium coverage levels and its yearly renewal
as themselves, with CPT and CARC codes), issued by an invented claims administrator (Tygart Laurel Health Plan).
Every letter goes to a parent, grandparent or guardian about the child. The administrator, its rules and time
limits, every clinic, hospital, doctor, person, number and address are invented; reasons are in the writer's own
words.

Documents (8 in 7 files):
- faxstd_notice_form_knee_mri_not_needed: a notice of denial form on a standard fax, captions above boxes (some
  in two lines, some boxes split "Date of this notice | Date mailed", "Member name | Member ID"); an orthopedist's
  knee MRI request refused as not needed (medical_necessity), reviewer and care coordinator as decoys.
- faxstd_claim_form_hospital_stay_no_approval: a claim denial form on a standard fax with "From" / "To" boxes, the
  attending and the hospital in separate boxes and an "Appeal by" printed date; the stay had no approval
  (prior_authorization).
- photocopy_eob_four_claims_out_of_state_clinic: a photocopied member EOB to a parent, four claims with From / To
  columns, the Ohio clinic's claim refused CARC 242 (out_of_network); the other rows paid.
- phone_es_aviso_cobertura_termino_en_renovacion: a photographed Spanish notice with a "Fecha de este aviso" box,
  a visit after coverage ended when the renewal was not returned (eligibility).
- lowres_letter_to_grandmother_observation_not_inpatient: a 150 dpi prose letter to a guardian grandmother, the
  stay "that began on ... and ended on ..." paid as observation only (level_of_care); providers only in sentences.
- born_digital_speech_therapy_approval: an approval of speech therapy visits "from ... through ..." (denies nothing).
- clean_stack_modifier_25_form_then_late_claim_letter_sideways: a clean scan of a notice form refusing a sick visit
  billed beside a well-child check without modifier 25 (coding_error), its duplex back, then fed sideways a letter
  on a dentist-anesthesia claim received after the filing limit (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvb import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "west_virginia_wvchip_notice_of_denial"
LANG = "en"
SEED = 353901
INS = "Tygart Laurel Health Plan"
ALT = ["Tygart Laurel"]
PROG = "West Virginia Children's Health Insurance Program (WVCHIP)"


def mid(rng):
    return f"7{digits(rng, 10)}"


def clm(rng):
    return f"TL26{digits(rng, 9)}"


def req(rng):
    return f"PA-{digits(rng, 7)}"


def dob(rng):
    return dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 3.8, f"Claims administrator for the {PROG}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 3.8, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Charleston WV 25326-{digits(rng, 4)}  |  "
                   f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_mri(rng):
    child, mom, doc, rev, cc = people(rng, 5)
    m = mid(rng)
    rcv = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(rcv, rng.randint(4, 9))
    mailed = plus(nd, 1)
    planned = plus(nd, rng.randint(10, 20))
    r = req(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  TLHP UM DEPT  {phone(rng, '304')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DENIAL OF A SERVICE REQUEST", "Form TL-ND-1 (rev. 01/2026)  -  WVCHIP Gold")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date of this notice | Date mailed", f"{fdate(nd, 'slash')} | {fdate(mailed, 'slash')}"),
                ("Parent or guardian\n(sent to)", mom), ("Request\nnumber", r)], [70, 70, W - 140])
    p.cbox_row([("Member name | Member ID", f"{child} | {m}"), ("Date of\nbirth", fdate(dob(rng), "slash")),
                ("Request\nreceived", fdate(rcv, "slash"))], [100, 38, W - 138])
    p.cbox_row([("Requesting provider", f"Dr. {doc}"),
                ("Where the service would be done", "Seneca Rocks Imaging Center"),
                ("Planned date", fdate(planned, "slash"))], [60, 80, W - 140])
    p.cbox_row([("Service asked for", "MRI of the left knee without contrast (73721)"), ("Decision", "DENIED")],
               [140, W - 140])
    p.ln(3)
    p.bar("Why we said no")
    p.para(f"Dr. {doc} asked us to approve an MRI of your child's left knee. The office notes describe knee pain for "
           "two weeks after a fall, with full movement, no swelling and a normal X-ray. An MRI is approved when pain "
           "lasts six weeks with rest and physical therapy, or sooner when the knee locks or gives way. The notes do "
           "not show either, so the MRI is not needed now. Your child may keep seeing the doctor, and the doctor may "
           "ask again if the pain goes on.", 9)
    p.para(f"Reviewed by Dr. {rev}, physician reviewer. Your care coordinator is {cc}, {phone(rng)}.", 8.8)
    p.bar("Your right to appeal")
    p.para("You may ask us to look at this decision again within 60 days of the date of this notice. If waiting "
           "could seriously harm your child's health, ask for a fast appeal; we decide those within 72 hours. After "
           "our appeal you may ask WVCHIP for an external review within 4 months.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[r],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": ["Seneca Rocks Imaging Center"], "service_dates": [[]]})
    return out(p), t


def faxstd_stay(rng):
    child, dad, att = people(rng, 3)
    m = mid(rng)
    a = dt.date(2026, 3, rng.randint(2, 20))
    b = plus(a, rng.randint(2, 4))
    nd = plus(b, rng.randint(30, 40))
    by = plus(nd, 60)
    n = clm(rng)
    bill = amount(rng, 9000, 16000)
    hosp = "Greenbrier Valley Children's Hospital"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TYGART LAUREL CLAIMS  {phone(rng, '304')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DENIAL NOTICE", "Form TL-CD-4 (rev. 11/2025)  -  WVCHIP Blue")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date of this notice", fdate(nd, "dash")), ("Sent to (parent)", dad),
                ("Appeal\nby", fdate(by, "dash"))], [48, 90, W - 138])
    p.cbox_row([("Member name | Member ID", f"{child} | {m}"), ("Claim number", n)], [120, W - 120])
    p.cbox_row([("Billing provider / facility", hosp), ("Attending\nphysician", f"Dr. {att}")], [110, W - 110])
    p.cbox_row([("From", fdate(a, "dash")), ("To", fdate(b, "dash")), ("Type of service", "Inpatient stay"),
                ("Amount billed", money(bill))], [34, 34, 70, W - 138])
    p.ln(3)
    p.table(["Rev.", "Description", "Units", "Billed", "Paid", "Code"],
            [["0120", "Room and board, semi-private", str((b - a).days), money(round(bill * 0.55, 2), "nosign"),
              "0.00", "197"],
             ["0250", "Pharmacy", "1", money(round(bill * 0.2, 2), "nosign"), "0.00", "197"],
             ["0300", "Laboratory", "1", money(round(bill - round(bill * 0.55, 2) - round(bill * 0.2, 2), 2),
                                               "nosign"), "0.00", "197"],
             ["", "Claim total", "", money(bill, "nosign"), "0.00", ""]],
            [18, 86, 16, 26, 22, W - 168], size=8.6, aligns=["L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para("Code 197 (CARC 197): approval was required and was not obtained. A planned hospital stay needs our "
           "approval before the admission. The hospital did not ask us for one, and it did not tell us of the stay "
           "within two business days. The hospital may not bill you for this stay.", 8.8)
    p.para("Appeal by the date in the 'Appeal by' box. Fast appeals: 72 hours. Questions: "
           f"{phone(rng)} (TTY 711).", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [att], "service_dates": [[a.isoformat(), b.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def photocopy_eob(rng):
    child, mom, ped, oh, lab = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    d1 = plus(sd, -rng.randint(40, 50))
    d2 = plus(d1, rng.randint(1, 3))
    d3 = plus(d2, rng.randint(5, 9))
    d4 = plus(d3, rng.randint(1, 2))
    ns = [clm(rng) for _ in range(4)]
    bs = [amount(rng, 120, 210), amount(rng, 40, 90), amount(rng, 260, 420), amount(rng, 90, 160)]
    ohio = "Marietta River Pediatric Allergy"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "WVCHIP Gold")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Statement\ndate", fdate(sd, "slash")), ("Mailed to\n(parent / guardian)", mom),
                ("Member name | Member ID", f"{child} | {m}"), ("Member\ndate of birth", fdate(dob(rng), "slash")),
                ("Coverage\nyear", "01/01/2026 - 12/31/2026")], [30, 55, 100, 30, W - 215])
    p.ln(3)

    def row(n, prov, a, b, code, desc, bill, paid, rsn):
        al = round(bill * 0.7, 2) if paid else 0.0
        return [n, prov, fdate(a, "slash"), fdate(b, "slash"), code, desc, money(bill, "nosign"),
                money(al, "nosign"), money(al, "nosign"), "0.00", rsn]
    rows = [row(ns[0], f"Dr. {ped}", d1, d1, "99214", "Office visit", bs[0], True, "1"),
            row(ns[1], f"Dr. {lab}", d1, d1, "86003", "Allergy blood test", bs[1], True, "1"),
            row(ns[2], ohio, d2, d3, "95004", "Allergy skin tests", bs[2], False, "242"),
            row(ns[3], f"Dr. {ped}", d4, d4, "99213", "Office visit", bs[3], True, "1")]
    tb = sum(bs)
    tp = sum(round(b * 0.7, 2) for i, b in enumerate(bs) if i != 2)
    rows.append(["TOTALS", "", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), money(tp, "nosign"),
                 "0.00", ""])
    p.table(["Claim number", "Provider", "From", "To", "CPT", "Service", "Billed", "Allowed", "Paid",
             "You owe", "Code"], rows, [32, 50, 20, 20, 13, 36, 20, 18, 18, 16, W - 243], size=7.8,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True)
    p.para(f"**Codes.** 1: paid. 242 (CARC 242): services not provided by network/primary care providers. {ohio} "
           f"(Dr. {oh}) is in Ohio and is not enrolled with WVCHIP or in our network. Care outside West Virginia is "
           "covered only in an emergency or when we approve it first; this testing was neither. WVCHIP members owe "
           "no cost sharing for paid claims on this statement.", 8.4)
    p.para("If you disagree, appeal within 60 days of the date of this statement. Fast appeals are decided within "
           f"72 hours. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[ns[2]],
              claim_amount=m2(bs[2]), service_dates=[f"{d2.isoformat()}/{d3.isoformat()}"],
              denial_date=sd.isoformat(), provider=ohio, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [oh], "service_dates": [[d2.isoformat(), d3.isoformat()]]})
    return out(p), t


def phone_es(rng):
    child, mom, doc, cw = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(20, 30))
    n = clm(rng)
    b = amount(rng, 110, 190)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("AVISO DE DENEGACIÓN DE UN RECLAMO")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Fecha de este aviso", fdate(nd, "long", "es")), ("Enviado a (madre / padre)", mom)], [60, W - 60])
    p.cbox_row([("Nombre del miembro | Número de miembro", f"{child} | {m}"), ("Número de reclamo", n)],
               [115, W - 115])
    p.ln(3)
    p.para(f"Estimada {mom}:", 10)
    p.para(f"Recibimos un reclamo de la Dra. {doc}, de Cheat Lake Family Medicine, por la visita de su hijo(a) el "
           f"{fdate(v, 'long', 'es')}, por {money(b)}. No podemos pagarlo.", 10)
    p.para(f"La cobertura de WVCHIP de su hijo(a) terminó el {fdate(end, 'long', 'es')}, porque no recibimos a "
           "tiempo los papeles de la renovación anual. La visita fue después de esa fecha. Si usted envió los papeles "
           f"o si su hijo(a) tiene cobertura nueva, llame a su trabajadora de casos, {cw}, al {phone(rng, '304')}.",
           10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas se "
           f"deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": ["Cheat Lake Family Medicine"]})
    return out(p), t


def lowres_obs(rng):
    child, gma, doc, sig, nurse = people(rng, 5)
    m = mid(rng)
    a = dt.date(2026, 6, rng.randint(1, 10))
    b = plus(a, rng.randint(3, 4))
    nd = plus(b, rng.randint(25, 35))
    n = clm(rng)
    bill = amount(rng, 7000, 12000)
    hosp = "Monongahela Ridge Medical Center"
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [gma, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}, WVCHIP member {m}, claim {n}", 10)
    p.ln(1)
    p.para(f"Dear {gma}:", 10)
    p.para(f"As your grandchild's legal guardian, you are getting this letter about the hospital stay that began on "
           f"{fdate(a, 'long')}, and ended on {fdate(b, 'long')}, at {hosp}. Dr. {doc} admitted your grandchild "
           f"for an asthma flare. The hospital billed {money(bill)} for an inpatient stay.", 10)
    p.para("We reviewed the records. Your grandchild needed breathing treatments every four hours and oxygen for "
           "part of the first day, and then got better steadily. That care can be given as observation care in the "
           "hospital; it did not need an inpatient admission. We are paying the stay at the observation rate, not "
           "the inpatient rate. The hospital may not bill you the difference.", 10)
    p.para(f"Our nurse reviewer, {nurse}, RN, looked at the records first, and a doctor made the decision. If you "
           "disagree, you may appeal within 60 days of the date of this letter. You may also ask for an external "
           f"review within 4 months after our appeal decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(bill), service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[a.isoformat(), b.isoformat()]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def bd_approval(rng):
    child, dad, slp, doc = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    a = plus(nd, 7)
    b = plus(a, 89)
    r = req(rng)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [dad, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("About", child), ("Member ID", m), ("Approval number", r)], label_w=38, size=9.6)
    p.ln(2)
    p.para(f"Dear {dad}:", 10)
    p.para(f"Good news. Dr. {doc} asked us to approve speech therapy for your child with {slp}, CCC-SLP, at Elkins "
           f"Pediatric Therapy. We approved 24 visits from {fdate(a, 'long')} through {fdate(b, 'long')}. "
           "WVCHIP covers these visits with no copay for your child's coverage level.", 10)
    p.para("If more visits are needed after that date, the therapist can ask us again. Keep this letter for your "
           f"records. Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[r],
              service_dates=[f"{a.isoformat()}/{b.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [slp, "Elkins Pediatric Therapy"], "case_numbers": [[]],
                          "service_dates": [[], [a.isoformat(), b.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    child, mom, doc, rev = people(rng, 4)
    m = mid(rng)
    v = dt.date(2026, 2, rng.randint(3, 25))
    rcv = plus(v, rng.randint(10, 20))
    nd = plus(rcv, rng.randint(8, 14))
    n = clm(rng)
    b1, b2 = amount(rng, 180, 240), amount(rng, 110, 160)
    clinic = "Buckhannon Creek Pediatrics"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF CLAIM DECISION", "Form TL-CD-4 (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.cbox_row([("Date sent", fdate(nd, "abbr")), ("Sent to", f"{mom} (parent)"),
                ("Claim\nreceived", fdate(rcv, "abbr"))], [40, 100, W - 140])
    p.cbox_row([("Member name | Member ID", f"{child} | {m}"), ("Claim number", n)], [120, W - 120])
    p.cbox_row([("Billing provider", clinic), ("Rendering provider", f"Dr. {doc}"),
                ("Date of\nservice", fdate(v, "abbr"))], [70, 70, W - 140])
    p.ln(2)
    p.table(["CPT", "Description", "Billed", "Paid", "Code"],
            [["99393", "Well-child check, age 5-11", money(b1, "nosign"), money(b1, "nosign"), "1"],
             ["99213", "Sick visit, same day", money(b2, "nosign"), "0.00", "4"],
             ["", "Claim total", money(b1 + b2, "nosign"), money(b1, "nosign"), ""]],
            [20, 90, 30, 30, W - 170], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("Code 1: paid. Code 4 (CARC 4): the procedure code is inconsistent with the modifier used, or a required "
           "modifier is missing. A sick visit on the same day as a well-child check is paid only when the office "
           "adds modifier 25 to show a separate problem was treated. The office may send a corrected claim. You do "
           f"not owe the office for this line. Reviewed by {rev}, coding reviewer.", 8.8)
    p.para("Appeal within 60 days of the date of this notice. Fast appeals: 72 hours.", 8.8)
    d1 = (out(p), truth("denial_letter", "coding_error", insurer=INS, member_id=m, member_name=child, cases=[n],
                        claim_amount=m2(b2), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                        provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": [clinic], "claim_amount": [m2(b1 + b2)]},
                        type_alternates=["eob"]))
    child2, gpa, dds, sig = people(rng, 4)
    m2_ = mid(rng)
    v2 = dt.date(2026, 1, rng.randint(5, 20))
    rc2 = plus(v2, rng.randint(185, 200))
    nd2 = plus(rc2, rng.randint(5, 10))
    n2 = clm(rng)
    b = amount(rng, 600, 950)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [gpa, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.para(f"Re: your grandchild {child2}   Member ID {m2_}   Claim {n2}", 9.6)
    q.ln(1)
    q.para(f"Dear {gpa}:", 10)
    q.para(f"Dr. {dds} of Kanawha Falls Dental Surgery gave your grandchild general anesthesia for dental work on "
           f"{fdate(v2, 'long')} and billed us {money(b)}. We received the claim on {fdate(rc2, 'slash')}.", 10)
    q.para("Providers must send us a claim within 180 days of the service. This one came after that time, so we "
           "did not pay it. Because the office is in our network, it may not bill your family for it.", 10)
    q.para("You may appeal within 60 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d2 = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=m2_, member_name=child2, cases=[n2],
                        claim_amount=m2(b), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(), provider=dds,
                        appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "provider": ["Kanawha Falls Dental Surgery"]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_notice_form_knee_mri_not_needed", "fax_standard_g4", [faxstd_mri(rng)]),
        Item(F + "faxstd_claim_form_hospital_stay_no_approval", "fax_standard_g4", [faxstd_stay(rng)]),
        Item(F + "photocopy_eob_four_claims_out_of_state_clinic", "photocopy", [photocopy_eob(rng)]),
        Item(F + "phone_es_aviso_cobertura_termino_en_renovacion", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_to_grandmother_observation_not_inpatient", "scan_lowres_150", [lowres_obs(rng)]),
        Item(F + "born_digital_speech_therapy_approval", "born_digital", [bd_approval(rng)]),
        Item(F + "clean_stack_modifier_25_form_then_late_claim_letter_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
