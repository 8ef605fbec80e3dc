"""Utah CHIP claim and prior authorization notices from an invented CHIP health plan (Bonneville Sage Health Plan).

The program appears as itself: Utah's Children's Health Insurance Program (CHIP), the Utah Department of Health
and Human Services (DHHS) and its Division of Integrated Healthcare, CHIP Plans A / B / C (copay levels), the
state fair hearing, CPT and CARC/RARC codes. The plan, its notice forms and time limits, every clinic, doctor,
child, parent, number and address are invented. Notices mirror the structure and plain wording style of
managed-care notices of adverse benefit determination (a boxed header band, "What we decided", "Why", "What you
can do"), never their sentences.

Documents (8 in 7 files):
- bd_member_eob_three_claims_one_therapy_line_over_limit: a member explanation of benefits of three claims (two to
  four lines each, claim totals and a TOTALS row); one line of the physical therapy claim (a 21st visit, 97530)
  pays 0.00 under CARC 119 / plan note V20 (yearly visit limit); DOB, plan year, check number, NPI decoys.
- faxstd_pa_notice_form_mri_ordering_doctor_and_imaging_center: a notice of adverse benefit determination on a
  numbered-box form (small captions, grid lines) on a standard fax; an MRI asked for by a pediatric neurologist, to
  be done at an imaging center, read by a radiologist; not needed (medical_necessity); received date, 72-hour and
  fair-hearing decoys.
- phone_es_aviso_cobertura_terminada_renovacion: a photographed Spanish notice: a visit after CHIP coverage ended
  because the renewal was not returned (eligibility).
- rotated_pa_approval_speech_therapy_captions_under_values: an approval of speech therapy visits (captions under
  the values) fed sideways; denies nothing.
- lowres_provider_letter_claim_received_late: a 150 dpi prose letter to a clinic about a claim received after the
  plan's filing limit (timely_filing); the clinic's tax ID and NPI as decoys.
- photocopy_claim_notice_other_insurance_first: a photocopied claim notice form (captions in boxes) refusing an
  urgent care claim because a parent's job-based plan must be billed first (other, coordination of benefits).
- finefax_stack_cover_then_tonsillectomy_inpatient_then_coding_letter: a fax cover sheet, a notice refusing the
  inpatient setting for a planned tonsillectomy (outpatient approved; level_of_care; surgeon, hospital and
  anesthesiologist named), then a claim letter refusing an unbundled code (coding_error), the second page fed
  upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, span, truth

FAMILY = "utah_chip_claim_and_prior_authorization_denial"
LANG = "en"
SEED = 353301
INS = "Bonneville Sage Health Plan"
ALT = ["Bonneville Sage"]
STATE = "Utah Department of Health and Human Services"


def chip_id(rng):
    return digits(rng, 10)


def clm(rng):
    return f"{rng.randint(61, 69)}{digits(rng, 3)}-{digits(rng, 7)}"


def pa_no(rng):
    return f"UT{digits(rng, 4)}-{digits(rng, 5)}"


def dob(rng):
    return dt.date(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="801"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.logo_head(INS, "BSHP", [f"A Utah CHIP health plan  |  {unit}  |  PO Box {rng.randint(1200, 9800)}, "
                              f"Salt Lake City UT 84130-{digits(rng, 4)}",
                              f"Member Services {phone(rng, '888')}  |  TTY 711  |  Fax {phone(rng)}"], size=13)


def _fair_hearing(p, size=8.6):
    p.para("**State fair hearing.** If we keep our decision after your appeal, you can ask the Utah Department of "
           "Health and Human Services for a state fair hearing within 120 days of our appeal decision. A hearing "
           "form comes with every appeal decision.", size)


def bd_eob(rng):
    child, parent, pt, ped, lab = people(rng, 5)
    mid = chip_id(rng)
    sd = dt.date(2026, 6, rng.randint(8, 24))
    clinic = "Red Butte Pediatric Therapy"
    peds = "Oquirrh Valley Children's Clinic"
    labco = "Jordan River Clinical Lab"
    d_pt = plus(sd, -rng.randint(20, 30))
    d_ped = plus(d_pt, -rng.randint(5, 12))
    claims, nums = [], []
    # claim 1: pediatric visit, 3 lines
    n1 = clm(rng)
    l1 = []
    for code, desc in [("99214", "Office visit, est."), ("90686", "Flu vaccine"), ("90460", "Vaccine admin")]:
        b = amount(rng, 40, 210)
        al = round(b * 0.62, 2)
        copay = 5.0 if code == "99214" else 0.0
        l1.append([fdate(d_ped, "slash"), code, desc, b, al, round(al - copay, 2), copay, "P1"])
    claims.append({"first": [n1, peds, f"Dr. {ped}"], "lines": l1})
    # claim 2: lab, 2 lines
    n2 = clm(rng)
    l2 = []
    for code, desc in [("85025", "Blood count"), ("80053", "Metabolic panel")]:
        b = amount(rng, 30, 90)
        al = round(b * 0.5, 2)
        l2.append([fdate(d_ped, "slash"), code, desc, b, al, al, 0.0, "P1"])
    claims.append({"first": [n2, labco, lab], "lines": l2})
    # claim 3: PT, 3 lines, the 97530 line refused
    n3 = clm(rng)
    l3 = []
    for code, desc, den in [("97110", "Ther. exercise", False), ("97112", "Neuromusc. re-ed", False),
                            ("97530", "Ther. activities", True)]:
        b = amount(rng, 55, 140)
        if den:
            l3.append([fdate(d_pt, "slash"), code, desc, b, 0.0, 0.0, 0.0, "V20"])
        else:
            al = round(b * 0.6, 2)
            l3.append([fdate(d_pt, "slash"), code, desc, b, al, al, 0.0, "P1"])
    claims.append({"first": [n3, clinic, pt], "lines": l3})
    billed3 = round(sum(ln[3] for ln in l3), 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  Utah CHIP  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.capstrip([("Member (child)", child), ("CHIP ID", mid), ("CHIP plan", "Plan B"),
                ("Statement date", fdate(sd, "long")), ("Mailed to", parent)], [55, 40, 28, 55, 81])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Benefit year", "07/01/2025 - 06/30/2026"),
                ("97530 sessions used", "21 of 20"), ("Check / EFT no.", digits(rng, 9)),
                ("Rendering NPI (therapy)", npi(rng))], [40, 60, 45, 50, 64])
    p.ln(3)
    p.claims_table(["Claim no.", "Billing provider", "Rendering", "Date", "CPT", "Service", "Billed", "Allowed",
                    "Plan paid", "Your copay", "Note"], claims,
                   [25, 47, 40, 19, 12, 32, 18, 18, 18, 17, 13], size=7.5)
    p.para("**Notes.** P1: paid under CHIP Plan B. V20 (CARC 119, RARC N640): your plan pays for up to 20 sessions of "
           "therapeutic activities (97530) each benefit year. This was the 21st, so we did not pay that line; the "
           "other lines of the visit were paid. The clinic may not bill you for the line we did not pay.", 8.2)
    p.para("**If you disagree.** You may appeal within 60 days from the date on this statement. Call us or write to "
           "Appeals at the address above. For an urgent health need, ask for a fast appeal (72 hours).", 8.2)
    _fair_hearing(p, 8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id="Plan B", member_id=mid, member_name=child, cases=[n3],
              claim_amount=m2(billed3), service_dates=[d_pt.isoformat()], denial_date=sd.isoformat(), provider=pt,
              appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [clinic]})
    return out(p), t


def faxstd_pa_form(rng):
    child, parent, neuro, rad, rev = people(rng, 5)
    mid = chip_id(rng)
    nd = dt.date(2026, 3, rng.randint(9, 25))
    rec = plus(nd, -rng.randint(3, 6))
    plan_d = plus(nd, rng.randint(8, 14))
    pa = pa_no(rng)
    center = "Sugarhouse Imaging Center"
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  BSHP UM {phone(rng)}  ->  {center}   P.{{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B", align="C")
    p.line("Utah CHIP  -  Form BS-NABD-2 (rev. 01/2026)", 7.5, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Notice date", fdate(nd, "slash")), ("2. Member name", child), ("3. CHIP ID", mid),
                 ("4. Date of birth", fdate(dob(rng), "slash"))], [32, 58, 40, W - 130])
    p.form_band([("5. Parent / guardian", parent), ("6. Authorization request no.", pa),
                 ("7. Request received", fdate(rec, "slash"))], [62, 64, W - 126])
    p.form_band([("8. Requesting provider", f"Dr. {neuro}, Pediatric Neurology"),
                 ("9. Requesting provider NPI", npi(rng)), ("10. Place of service", center)], [70, 44, W - 114])
    p.form_band([("11. Service requested", "70553 MRI brain w/o & w/ contrast"),
                 ("12. Planned date", fdate(plan_d, "slash")), ("13. Reading radiologist", f"Dr. {rad}")],
                [76, 36, W - 112])
    p.form_band([("14. Decision", "DENIED"), ("15. Reviewer", f"Dr. {rev}, Pediatrics")], [40, W - 40])
    p.ln(3)
    p.heading("What we decided", 10.5, rule=True)
    p.para(f"We will not approve the MRI of the brain that Dr. {neuro} asked for {child.split(' ')[0]}. It was "
           f"planned for {fdate(plan_d, 'long')} at {center}.", 9.4)
    p.heading("Why", 10.5, rule=True)
    p.para("The notes sent with the request describe headaches that come a few times a month, go away with rest "
           "and rest medicine, and do not wake your child from sleep. The eye exam and nerve exam were normal. "
           "Headaches like these are not usually caused by a problem an MRI can find, and a scan would not change "
           "the treatment plan. If the headaches change (waking from sleep, vomiting, weakness, a change in vision), "
           "the doctor can send a new request.", 9.4)
    p.heading("What you can do", 10.5, rule=True)
    p.para("You may ask for an appeal within 60 days from the date of this notice (box 1). If waiting could "
           "seriously harm your child's health, ask for a fast appeal; we decide fast appeals within 72 hours. "
           f"Your doctor may talk with the reviewer by calling {phone(rng)}.", 9.2)
    _fair_hearing(p, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=child, cases=[pa],
              service_dates=[plan_d.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [center], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    child, parent, doc, sig = people(rng, 4)
    mid = chip_id(rng)
    end = dt.date(2026, 3, 31)
    vis = plus(end, rng.randint(6, 20))
    nd = plus(vis, rng.randint(25, 40))
    billed = amount(rng, 140, 320)
    n = clm(rng)
    clinic = "Clínica Familiar Rose Park"
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.pairs([("Miembro", child), ("Número de CHIP", mid), ("Reclamo", n)], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El {fdate(vis, 'long', 'es')}, {child.split(' ')[0]} fue atendido(a) por la Dra. {doc} en {clinic}. "
           f"La clínica nos cobró {money(billed)} por esa visita.", 10)
    p.para(f"**No vamos a pagar esta visita.** La cobertura de CHIP de su hijo(a) terminó el "
           f"{fdate(end, 'long', 'es')}, porque no recibimos de vuelta el formulario de renovación que le envió el "
           "Departamento de Salud y Servicios Humanos de Utah. Por eso, en la fecha de la visita su hijo(a) no tenía "
           "cobertura con nosotros.", 10)
    p.para("Si ya envió la renovación y su hijo(a) vuelve a tener cobertura desde esa fecha, llámenos y volveremos "
           "a revisar el reclamo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 60 días a partir de la fecha de este aviso. Si su salud está en riesgo, pida una "
           "apelación rápida (72 horas). Después de nuestra decisión sobre la apelación, puede pedir una audiencia "
           "imparcial estatal dentro de 120 días.", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[vis.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def rotated_approval(rng):
    child, parent, slp, rev = people(rng, 4)
    mid = chip_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    a0, a1 = plus(nd, 3), plus(nd, 93)
    pa = pa_no(rng)
    clinic = "Wasatch Speech and Language Center"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF APPROVAL", 13, "B")
    p.ln(1)
    p.under([(fdate(nd, "slash"), "Date of this notice"), (child, "Member"), (mid, "CHIP ID")], [40, 70, 69.9])
    p.under([(pa, "Authorization no."), (f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}", "Approved dates"),
             ("12 visits (92507)", "Approved")], [50, 66, 63.9])
    p.under([(slp, "Treating therapist"), (clinic, "Where"), (fdate(plus(nd, -4), "slash"), "Request received")],
            [52, 86, 41.9])
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Good news. We approved the speech therapy that {clinic} asked for {child.split(' ')[0]}: 12 visits "
           f"between {fdate(a0, 'long')} and {fdate(a1, 'long')}. Your child's copay under CHIP Plan A is $0.", 10)
    p.para("This approval is not a promise of payment if your child's CHIP coverage ends before a visit. If more "
           "visits are needed, the therapist can ask again before the last approved visit.", 10)
    p.para(f"Questions? Call Member Services. Reviewed by {rev}, RN.", 10)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[pa],
              service_dates=[span(a0, a1)], denial_date=nd.isoformat(), provider=slp,
              alternates={"insurer": ALT, "provider": [clinic], "service_dates": [[]], "case_numbers": [[]]})
    return out(p), t


def lowres_late(rng):
    child, doc, sig = people(rng, 3)
    mid = chip_id(rng)
    vis = dt.date(2026, 1, rng.randint(5, 28))
    rec = plus(vis, rng.randint(190, 215))
    nd = plus(rec, rng.randint(6, 12))
    billed = amount(rng, 180, 420)
    n = clm(rng)
    clinic = "Provo Canyon Pediatrics"
    p = DSSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [clinic, "Attn: Billing Office", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}    Group NPI {npi(rng)}", 9)
    p.ln(2)
    p.para("Dear Billing Office:", 10)
    p.para(f"Dr. {doc} saw our Utah CHIP member {child} (CHIP ID {mid}) on {fdate(vis, 'long')}. Your claim "
           f"for that visit, {money(billed)}, reached us on {fdate(rec, 'long')}. We gave it the number {n}.", 10)
    p.para("Your agreement with us asks that claims reach us within 180 days of the date of service. This one came "
           "after that, and we found no earlier claim for the visit and no proof it was sent on time, so we denied "
           "it. Under your agreement you may not bill the family for this visit.", 10)
    p.para("If you have proof that you sent the claim within 180 days (a clearinghouse acceptance report, for "
           "instance), you may ask us to reconsider within 60 days of the date of this letter. Send it to Provider "
           "Claims with the claim number.", 10)
    p.para(f"Sincerely,\n{sig}\nProvider Claims, {INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[vis.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_cob(rng):
    child, parent, doc, emp = people(rng, 4)
    mid = chip_id(rng)
    vis = dt.date(2026, 4, rng.randint(2, 26))
    nd = plus(vis, rng.randint(20, 35))
    n = clm(rng)
    uc = "Kearns Urgent Care"
    lines = [("99204", "Urgent care visit, new", amount(rng, 160, 260)), ("73610", "X-ray ankle, 3 views",
                                                                        amount(rng, 90, 160)),
             ("L4360", "Walking boot", amount(rng, 70, 140))]
    billed = round(sum(x[2] for x in lines), 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM NOTICE  -  Utah CHIP", 12.5, "B", align="C")
    p.line("BS-CLM-7 (04/2026)", 7.2, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Notice date", fdate(nd, "abbr")), ("Child", child), ("CHIP ID", mid), ("Claim", n)],
                [34, 56, 40, W - 130])
    p.form_band([("Billed by", uc), ("Seen by", f"Dr. {doc}"), ("Visit", fdate(vis, "abbr"))], [70, 60, W - 130])
    p.ln(2)
    p.table(["Code", "Service", "Billed", "Paid", "Reason"],
            [[c, d, money(b, "nosign"), "0.00", "22"] for c, d, b in lines] +
            [["", "Total", money(billed, "nosign"), "0.00", ""]],
            [22, 80, 28, 25, W - 155], size=8.4, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para("**Reason 22.** Our records show your child also has health coverage through a parent's job "
           f"(employer: {emp} Tile & Stone, policy reported to DHHS). That plan must pay first. Ask the urgent care "
           "to send the bill to that plan, then send us its explanation of benefits; we will look at what is "
           "left. If that coverage has ended, call us with the end date.", 9)
    p.para("Your appeal rights: you may appeal within 60 days from the notice date. Fast appeals: 72 hours. State "
           "fair hearing: within 120 days of our appeal decision.", 9)
    t = truth("denial_letter", "other", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[vis.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [uc]},
              type_alternates=["eob"])
    return out(p), t


def finefax_stack(rng):
    child, parent, surg, anes, rev, sig = people(rng, 6)
    mid = chip_id(rng)
    hosp = "Cottonwood Heights Children's Hospital"
    nd = dt.date(2026, 7, rng.randint(6, 20))
    sx = plus(nd, rng.randint(10, 18))
    pa = pa_no(rng)
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)} BSHP UM "
                                                      f"{phone(rng)}   PAGE {{n}}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "long")), ("Member", child), ("CHIP ID", mid), ("Request", pa),
             ("Surgeon", f"Dr. {surg}, Pediatric ENT"), ("Facility", hosp), ("Anesthesia", f"Dr. {anes}")],
            label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Dr. {surg} asked us to approve a tonsillectomy and adenoidectomy (42820) for {child.split(' ')[0]} on "
           f"{fdate(sx, 'long')}, with an overnight inpatient stay at {hosp}.", 10)
    p.para("**What we decided.** We approved the surgery as outpatient (same-day) surgery. We did not approve the "
           "inpatient stay. Your child is over three years old, has no sleep apnea on the sleep study, no heart or "
           "lung disease and no bleeding problem, and lives 15 minutes from the hospital. Children like this usually "
           "go home the same day after a few hours of watching in recovery. If something happens during or after "
           "surgery that needs a stay, the hospital can call us and we will review it then.", 10)
    p.para("You may appeal within 60 days from the date of this notice. Ask for a fast appeal (72 hours) if "
           "waiting could harm your child's health. A state fair hearing can be asked for after our appeal "
           f"decision. Reviewer: Dr. {rev}.", 10)
    d1 = (out(p), truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=child, cases=[pa],
                        service_dates=[sx.isoformat()], denial_date=nd.isoformat(), provider=surg,
                        appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [hosp]}))
    # second letter: coding
    child2 = child
    nd2 = plus(sx, rng.randint(30, 40))
    n = clm(rng)
    b1, b2 = amount(rng, 900, 1400), amount(rng, 300, 520)
    q = DSSheet(footer="Page {n} of {nb}", fax_hdr=f"{nd2.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)} BSHP CLAIMS "
                                                      f"{phone(rng)}   PAGE {{n}}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [parent, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.para(f"About: {child2}    CHIP ID {mid}    Claim {n}", 10, gap=3)
    q.para(f"Dear {parent}:", 10)
    q.para(f"Dr. {surg} billed us {money(b1 + b2)} for the surgery on {fdate(sx, 'long')}: {money(b1)} for the "
           f"tonsillectomy and adenoidectomy (42820) and {money(b2)} for a separate adenoidectomy (42830).", 10)
    q.para("We paid the first code. We did not pay 42830: the code 42820 already includes taking out the adenoids, "
           "so billing both codes bills the same work twice. The surgeon may not bill you for the code we did not "
           "pay. Your copay for the surgery under Plan B was $0.", 10)
    q.para(f"You may appeal within 60 days from the date of this letter.\n\n{sig}\nClaims Department", 10)
    d2 = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=mid, member_name=child2, cases=[n],
                        claim_amount=m2(b1 + b2), service_dates=[sx.isoformat()], denial_date=nd2.isoformat(),
                        provider=surg, appeal_deadline=plus(nd2, 60).isoformat(),
                        alternates={"insurer": ALT, "claim_amount": [m2(b2)]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_three_claims_one_therapy_line_over_limit", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_pa_notice_form_mri_ordering_doctor_and_imaging_center", "fax_standard_g4",
             [faxstd_pa_form(rng)]),
        Item(F + "phone_es_aviso_cobertura_terminada_renovacion", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_pa_approval_speech_therapy_captions_under_values", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_provider_letter_claim_received_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "photocopy_claim_notice_other_insurance_first", "photocopy", [photocopy_cob(rng)]),
        Item(F + "finefax_stack_cover_then_tonsillectomy_inpatient_then_coding_letter", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
