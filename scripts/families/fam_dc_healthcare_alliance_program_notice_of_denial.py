"""Notices mirrored (structure and plain wording style only) from the papers a DC Healthcare Alliance managed-care
plan sends its members (the DC Healthcare Alliance, the DC Department of Health Care Finance (DHCF), the Economic
Security Administration's renewal, the DC Office of Administrative Hearings' fair hearing, CPT and CARC codes as
themselves) from an invented plan (Kalorama Bend Health Plan). The 60-day plan appeal, the 72-hour expedited appeal
and the 120-day fair hearing limit are written in that style, not quoted; every plan, clinic, hospital, doctor,
therapist, representative, reviewer, member, number and address is invented.

Documents (8 in 7 files):
- bd_claims_summary_three_claims_maryland_podiatry_out_of_network: a born-digital member claims summary of three
  claims (From / To columns, rendering and billing provider columns) whose Maryland podiatry claim pays 0.00 under
  CARC 242 (not in the network), the PCP visit and the lab paid; DOB, renewal date, PCP NPI decoys.
- faxstd_nabd_form_lumbar_mri_to_authorised_representative: a notice of adverse benefit determination form on a
  standard fax, sent to the authorised representative, small capital captions ("MBR #", "REF NO.", "RCVD",
  "REQ. PROVIDER", "FACILITY", "DOS (PLANNED)"), the reference number printed in groups, refusing a lumbar MRI as
  not needed (medical_necessity); reviewer and care manager as decoys.
- photocopy_claim_form_observation_stay_sent_late: a photocopied claim denial form with captions above boxes
  (claim number with a CLM- prefix, a notice reference split over two lines, patient account number, DOS FROM /
  DOS TO) refusing a hospital's observation stay billed after 180 days (timely_filing).
- phone_es_visita_despues_de_la_renovacion: a photographed Spanish letter on a clinic visit after Alliance
  coverage ended at renewal (eligibility).
- rotated_physical_therapy_approval_to_caregiver: a physical therapy approval "from ... through ..." to a
  caregiver, the member only in the 'Re:' block, fed sideways (denies nothing).
- lowres_letter_to_son_cosmetic_removal_date_in_words: a 150 dpi letter to the member's son (authorised
  representative); the dermatologist appears only in a sentence asking approval for "the fourth of March"-style
  date (not_covered, cosmetic); the appeal deadline printed as a date.
- clean_stack_appeal_upheld_rehab_days_then_duplicate_lab_claim_turned: a 300 dpi stack: an appeal decision
  keeping the refusal of acute rehab days (skilled nursing would do; level_of_care), its blank duplex back, then
  turned sideways a letter refusing a lab claim as a duplicate (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddu_famdue import DUSheet, grouped, people, words
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "dc_healthcare_alliance_program_notice_of_denial"
LANG = "en"
SEED = 353704
INS = "Kalorama Bend Health Plan"
ALT = ["Kalorama Bend"]
PROG = "DC Healthcare Alliance"
STREETS = ["Girard St NW", "Benning Rd NE", "Alabama Ave SE", "Kennedy St NW", "Rhode Island Ave NE",
           "Good Hope Rd SE", "Columbia Rd NW", "Minnesota Ave NE"]


def dc_addr(rng):
    return [f"{rng.randint(100, 4899)} {rng.choice(STREETS)}, Apt {rng.randint(1, 40)}",
            f"Washington DC 200{rng.choice(['01', '02', '09', '10', '11', '17', '19', '20'])}"]


def mid(rng):
    return digits(rng, 8)


def phone(rng, area="202"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1958, 1999), rng.randint(1, 12), rng.randint(1, 28))


def head(p: DUSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A {PROG} health plan  |  {unit}  |  {rng.randint(100, 1999)} L St NW, Washington DC 20036",
           new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"Member Services {phone(rng, '855')}  |  TTY 711  |  Fax {phone(rng)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)


def rights(p: DUSheet, nd, size=8.4, es=False):
    if es:
        p.para("**Si no está de acuerdo.** Puede pedirnos una apelación dentro de 60 días a partir de la fecha de esta "
               "carta. Si su salud está en grave peligro, pida una apelación rápida: la decidimos en 72 horas. Si "
               "mantenemos la decisión, puede pedir una audiencia imparcial (fair hearing) a la Oficina de Audiencias "
               "Administrativas (OAH) dentro de 120 días a partir de nuestra decisión de apelación.", size)
        return
    p.para("**Your right to appeal.** You may ask us for an appeal within 60 days of the date of this notice. If "
           "waiting could seriously harm your health, ask for a fast (expedited) appeal; we decide those within 72 "
           "hours. If we keep our decision, you may ask the DC Office of Administrative Hearings (OAH) for a fair "
           "hearing within 120 days of our appeal decision. The Department of Health Care Finance (DHCF) oversees "
           "this plan.", size)


# 1 ---------------------------------------------------------------------------------------------------------------
def bd_summary(rng):
    member, pcp, pod, lab_dr, rev = people(rng, 5)
    m = mid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    d1 = plus(sd, -rng.randint(40, 50))
    d2 = plus(d1, 1)
    d3 = plus(sd, -rng.randint(25, 34))
    n1, n2, n3 = (f"26-{digits(rng, 3)}-{digits(rng, 5)}" for _ in range(3))
    b1, b2, b3 = amount(rng, 140, 220), amount(rng, 60, 140), amount(rng, 210, 380)
    clinic = "Seneca Mill Foot and Ankle Center"
    pcpc = "Shaw Corner Family Health Center"
    labc = "Capitol Lantern Laboratories"
    p = DUSheet(footer="Page {n} of {nb}", footer_left="KB-ACS-2 (rev. 10/2025)")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    head(p, rng)
    p.title_bar("ALLIANCE MEMBER CLAIMS SUMMARY - THIS IS NOT A BILL")
    p.addr_pair("Mailed to", [member, *dc_addr(rng)], "About your coverage",
                [f"Program: {PROG}", f"Member ID: {m}", f"Primary care: {pcpc} (NPI {digits(rng, 10)})",
                 f"Renewal due: {fdate(plus(sd, rng.randint(60, 150)), 'slash')}"])
    p.capstrip([("STATEMENT DATE", fdate(sd, "long")), ("MEMBER", member), ("MEMBER ID", m),
                ("DATE OF BIRTH", fdate(dob(rng), "slash")), ("CLAIMS PROCESSED", f"{fdate(plus(sd, -30), 'slash')} - {fdate(plus(sd, -1), 'slash')}")],
               [50, 52, 36, 36, 81.9])
    p.ln(3)
    rows = [[n1, pcpc, f"Dr. {pcp}", fdate(d3, "slash"), fdate(d3, "slash"), "99214 Office visit",
             money(b1, "nosign"), money(round(b1 * .55, 2), "nosign"), "0.00", "A1"],
            [n2, labc, f"Dr. {lab_dr}", fdate(d1, "slash"), fdate(d2, "slash"), "80053, 85025 Blood tests",
             money(b2, "nosign"), money(round(b2 * .5, 2), "nosign"), "0.00", "A1"],
            [n3, clinic, f"Dr. {pod}", fdate(d3, "slash"), fdate(d3, "slash"), "99203, 11721 Foot care",
             money(b3, "nosign"), "0.00", "0.00", "242"]]
    p.table(["Claim number", "Billed by", "Rendering", "From", "To", "Service", "Billed", "Plan paid",
             "You owe", "Code"], rows, [30, 50, 42, 20, 20, 42, 18, 18, 16, 15.9], size=7.6,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    p.para("**Codes.** A1: paid under your Alliance benefits. 242: not paid. " + clinic + " in Silver Spring, "
           "Maryland, is not in our network, and Alliance members must use network providers except in an "
           "emergency. The visit was not an emergency and we had no referral from your primary care provider. "
           "Because the clinic is not in our network, it should not bill you more than the Alliance allows; call us "
           "if it does.", 8.4)
    p.para(f"Questions: Member Services {phone(rng, '855')} (TTY 711). Claims reviewed by {rev}.", 8.2)
    p.para("**Your right to appeal.** You may ask us for an appeal within 60 days of the date of this statement. "
           "Fast appeals are decided within 72 hours. After our appeal decision you may ask the DC Office of "
           "Administrative Hearings for a fair hearing within 120 days.", 8.2)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n3],
              claim_amount=m2(b3), service_dates=[d3.isoformat()], denial_date=sd.isoformat(), provider=clinic,
              appeal_deadline=plus(sd, 60).isoformat(), alternates={"insurer": ALT, "provider": [pod]})
    return out(p), t


# 2 ---------------------------------------------------------------------------------------------------------------
def faxstd_nabd(rng):
    member, rep, doc, rev, cm = people(rng, 5)
    m = mid(rng)
    rcvd = dt.date(2026, 2, rng.randint(2, 20))
    nd = plus(rcvd, rng.randint(5, 9))
    planned = plus(nd, rng.randint(8, 15))
    ref = "UM" + digits(rng, 10)
    fac = "Fort Totten Imaging Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  KBHP UM DEPT  FAX {phone(rng)}  P.{{n}}"
    p = DUSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF ADVERSE BENEFIT DETERMINATION", "Form KB-NABD-1 (rev. 08/2025)  -  DC Healthcare Alliance")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. DATE OF NOTICE", fdate(nd, "slash")), ("2. SENT TO (AUTH. REP.)", rep),
                 ("3. RCVD", fdate(rcvd, "slash"))], [40, 90, W - 130])
    p.form_band([("4. ENROLLEE", member), ("5. MBR #", m), ("6. REF NO.", f"UM {grouped(ref[2:])}")],
                [70, 40, W - 110])
    p.form_band([("7. REQ. PROVIDER", f"Dr. {doc}"), ("8. FACILITY", fac), ("9. DOS (PLANNED)", fdate(planned, "slash"))],
                [60, 70, W - 130])
    p.form_band([("10. SERVICE", "72148 MRI lumbar spine w/o contrast"), ("11. CARE MGR.", cm),
                 ("12. PHONE / TTY", f"{phone(rng, '855')} / 711")], [80, 50, W - 130])
    p.ln(3)
    p.checks("13. DECISION", [(False, "Approved"), (True, "Denied"), (False, "Approved in part")], cols=3)
    p.para(f"**14. Why.** Dr. {doc} asked us to approve an MRI of the lower back, to be done at {fac} on or about "
           f"{fdate(planned, 'long')}. The notes we received show back pain for three weeks with no weakness, "
           "numbness or loss of bladder control. Imaging is needed when pain lasts past six weeks of treatment such "
           "as physical therapy, or when warning signs appear. Neither is shown yet, so the MRI is not medically "
           f"necessary now. Reviewed by Dr. {rev}, physician reviewer.", 8.8)
    rights(p, nd, 8.3)
    p.para("You may also call the DC Office of Health Care Ombudsman and Bill of Rights for free help.", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [fac]})
    return out(p), t


# 3 ---------------------------------------------------------------------------------------------------------------
def photocopy_late(rng):
    member, att, sig = people(rng, 3)
    m = mid(rng)
    d1 = dt.date(2026, 1, rng.randint(5, 20))
    d2 = plus(d1, 1)
    rcvd = plus(d1, rng.randint(192, 205))
    nd = plus(rcvd, rng.randint(7, 12))
    clm = "CLM-" + digits(rng, 10)
    ref = "NR" + digits(rng, 9)
    b = amount(rng, 2400, 5200)
    hosp = "Anacostia Heights Hospital"
    p = DUSheet(footer="Page {n} of {nb}", footer_left="KB-CDN-3 rev. 11/2025")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p, rng, "Claims")
    p.title_bar("CLAIM DENIAL NOTICE")
    for ln in [member, *dc_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.grid([[("NOTICE DT", fdate(nd, "abbr")), ("ENROLLEE", member), ("MBR #", m)],
            [("CLAIM NO.", clm), ("FACILITY", hosp), ("ATTENDING", f"Dr. {att}")],
            [("DOS FROM", fdate(d1, "slash")), ("DOS TO", fdate(d2, "slash")), ("AMT BILLED", money(b))],
            [("PATIENT ACCT #", f"AH-{digits(rng, 8)}"), ("RCVD", fdate(rcvd, "slash")),
             ("TAX ID", f"{digits(rng, 2)}-{digits(rng, 7)}")]], size=8.8, cap=5.8)
    y = p.get_y()
    h = p.split_box("NOTICE REF.", ref, p.l_margin, y, w=28, cut=6)
    p.set_y(y + h + 2)
    p.para(f"Please give both the claim number and the notice reference when you call Member Services "
           f"{phone(rng, '855')} (TTY 711).", 8.4)
    p.para(f"**Decision: not paid (CARC 29).** {hosp} billed us for your observation stay, "
           f"{fdate(d1, 'long')} - {fdate(d2, 'long')}. Hospitals in our network must send claims within 180 days "
           "of the last day of service. We received this claim on the date in the RCVD box, after that limit. The "
           "hospital is in our network and may not bill you for this stay.", 9)
    rights(p, nd, 8.4)
    p.para(f"{sig}, Claims Department", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[clm, ref],
              claim_amount=m2(b), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [att], "case_numbers": [[clm]],
                          "service_dates": [[d1.isoformat(), d2.isoformat()], [d1.isoformat()]]})
    return out(p), t


# 4 ---------------------------------------------------------------------------------------------------------------
def phone_es(rng):
    member, doc, esa, sig = people(rng, 4)
    m = mid(rng)
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(7, 24))
    nd = plus(v, rng.randint(24, 34))
    n = f"{26}-{digits(rng, 3)}-{digits(rng, 5)}"
    b = amount(rng, 150, 260)
    clinic = "Clínica Comunitaria Mount Pleasant Sur"
    p = DUSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *dc_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Reclamo", n), ("Programa", PROG)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} usted visitó {clinic}, donde el Dr. {doc} lo atendió. La clínica nos "
           f"envió un reclamo por {money(b)}.", 10)
    p.para(f"Su cobertura del {PROG} terminó el {fdate(end, 'long', 'es')}, porque la renovación no se completó a "
           "tiempo con la Administración de Seguridad Económica (ESA). La visita fue después de esa fecha, así que "
           "no podemos pagar este reclamo. Si usted completó la renovación y su cobertura continúa, llámenos y "
           "revisaremos el reclamo de nuevo.", 10)
    p.bar("SUS DERECHOS", 9.4)
    rights(p, nd, 9.4, es=True)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros  ·  {phone(rng, '855')}  ·  TTY 711", 9.4)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=clinic,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


# 5 ---------------------------------------------------------------------------------------------------------------
def rotated_approval(rng):
    member, carer, pt, doc, cm = people(rng, 5)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    a = plus(nd, rng.randint(3, 7))
    z = plus(a, 55)
    auth = "PA" + digits(rng, 9)
    clinic = "Brookland Stride Physical Therapy"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Care Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [carer, *dc_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([("Member", member), ("Member ID", m), ("Authorization", grouped(auth, 4))])
    p.para(f"Dear {carer}:", 10)
    p.para(f"Good news. We approved the physical therapy that Dr. {doc} asked for after the hip surgery. "
           f"{pt}, PT, at {clinic} may give up to 16 visits from {fdate(a, 'long')} through {fdate(z, 'long')}. "
           "You do not need to do anything more. If more visits are needed, the clinic will ask us before the last "
           "approved day.", 10)
    p.table(["Service", "Provider", "Visits", "From", "Through"],
            [["97110, 97116 Therapy", clinic, "16", fdate(a, "slash"), fdate(z, "slash")]],
            [38, 66, 14, 28, 28.9], size=8.8)
    p.para(f"Your care manager is {cm}; call {phone(rng, '855')} (TTY 711). This letter is a copy for the "
           "caregiver the member named on file.", 9.6)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(), provider=clinic,
              alternates={"insurer": ALT, "provider": [pt], "service_dates": [[]], "case_numbers": [[]]})
    return out(p), t


# 6 ---------------------------------------------------------------------------------------------------------------
def lowres_cosmetic(rng):
    member, son, doc, sig = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 2, rng.randint(9, 20))
    planned = dt.date(2026, 3, rng.randint(3, 12))
    ref = digits(rng, 12)
    deadline = plus(nd, 60)
    p = DUSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [son, *dc_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: your father, {member} (Alliance member {m}); request {ref[:6]}", 10, gap=0)
    p.para(f"{ref[6:]}, planned for {fdate(planned, 'slash')}", 10)
    p.para(f"Dear {son}:", 10)
    p.para(f"We have your form naming you as your father's authorized representative. Dr. {doc} of Fairlawn "
           f"Dermatology Associates asked us to approve removing several raised spots (seborrheic keratoses) from "
           f"your father's face and neck, on {words(planned)}.", 10)
    p.para("The notes say the spots are not painful, bleeding or irritated, and the doctor does not suspect cancer. "
           "Removing harmless spots only to change how the skin looks is cosmetic. The Alliance does not cover "
           "cosmetic services, so we cannot approve this request. If a spot changes, bleeds or itches, the doctor "
           "may ask again with new notes.", 10)
    p.para(f"If you disagree, you must ask for an appeal by {fdate(deadline, 'long')}. Fast appeals are decided "
           "within 72 hours. After our appeal decision, a fair hearing may be asked for at the DC Office of "
           f"Administrative Hearings within 120 days. Questions: {phone(rng, '855')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\n{INS}", 10)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[ref],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=deadline.isoformat(),
              alternates={"insurer": ALT, "provider": ["Fairlawn Dermatology Associates"]})
    return out(p), t


# 7 ---------------------------------------------------------------------------------------------------------------
def clean_stack(rng):
    member, doc, rev, sig, cm = people(rng, 5)
    m = mid(rng)
    adm = dt.date(2026, 5, rng.randint(2, 10))
    a1 = plus(adm, 7)
    a2 = plus(adm, 12)
    first_nd = plus(a2, 3)
    rec = plus(first_nd, 12)
    nd = plus(rec, 20)
    orig = "UM" + digits(rng, 10)
    gr = "GR-" + digits(rng, 8)
    fac = "Hillcrest Terrace Rehabilitation Hospital"
    p = DUSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, "Appeals and Grievances")
    p.title_bar("NOTICE OF APPEAL RESOLUTION")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *dc_addr(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Appeal number", gr), ("Original request", orig), ("Appeal received", fdate(rec, "slash")),
             ("Member ID", m)], label_w=40, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You appealed our notice of {fdate(first_nd, 'long')}, which refused your stay at {fac} from "
           f"{fdate(a1, 'long')} through {fdate(a2, 'long')}. We approved your first week there after you were "
           f"admitted on {fdate(adm, 'slash')}. Dr. {doc} asked for more days.", 10)
    p.para(f"**Our decision: we keep our refusal.** Dr. {rev}, a physical medicine doctor who did not make the first "
           "decision, read your records. By the end of your first week you could walk 150 feet with a walker and "
           "needed help only to bathe. You did not need three hours of therapy a day any longer. A skilled nursing "
           "facility, or therapy at home, could give you the care you needed safely.", 10)
    p.para("**Fair hearing.** If you disagree, you may ask the DC Office of Administrative Hearings for a fair "
           "hearing within 120 days of the date of this notice. You may ask that the refused services continue "
           f"during the hearing if you ask within 10 days. Your care manager, {cm}, can help: {phone(rng, '855')} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nAppeals and Grievances", 10)
    d_a = (out(p), truth("denial_letter", "level_of_care", insurer=INS, member_id=m, member_name=member,
                         cases=[gr, orig], service_dates=[f"{a1.isoformat()}/{a2.isoformat()}"],
                         denial_date=nd.isoformat(), provider=fac, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[gr]]},
                         denial_alternates=["medical_necessity"]))
    member2, labdoc, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    nd2 = plus(v, rng.randint(28, 36))
    n_first = f"26-{digits(rng, 3)}-{digits(rng, 5)}"
    n_dup = f"26-{digits(rng, 3)}-{digits(rng, 5)}"
    b = amount(rng, 70, 160)
    labc = "Capitol Lantern Laboratories"
    q = DUSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *dc_addr(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.re_block([("Member", member2), ("Member ID", m2_), ("Claim", n_dup)])
    q.para(f"Dear {member2}:", 10)
    q.para(f"{labc} sent us a claim for {money(b)} for blood tests ordered by Dr. {labdoc} and drawn on "
           f"{fdate(v, 'long')}. We already paid the laboratory for the same tests on the same day under claim "
           f"{n_first}. This second claim is a duplicate, so we did not pay it. You owe nothing for it.", 10)
    rights(q, nd2, 9.2)
    q.para(f"Sincerely,\n{sig2}\nClaims Department", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n_dup],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=labc, appeal_deadline=plus(nd2, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [labdoc]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claims_summary_three_claims_maryland_podiatry_out_of_network", "born_digital", [bd_summary(rng)]),
        Item(F + "faxstd_nabd_form_lumbar_mri_to_authorised_representative", "fax_standard_g4", [faxstd_nabd(rng)]),
        Item(F + "photocopy_claim_form_observation_stay_sent_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "phone_es_visita_despues_de_la_renovacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_physical_therapy_approval_to_caregiver", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_son_cosmetic_removal_date_in_words", "scan_lowres_150", [lowres_cosmetic(rng)]),
        Item(F + "clean_stack_appeal_upheld_rehab_days_then_duplicate_lab_claim_turned", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
