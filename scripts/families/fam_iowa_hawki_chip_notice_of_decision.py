"""Notices mirrored (structure and plain wording style only) from the papers a health plan sends the family of a child
covered by Hawki (Healthy and Well Kids in Iowa), Iowa's Children's Health Insurance Program, overseen by the Iowa
Department of Health and Human Services (Iowa HHS). Hawki, Iowa HHS, the Iowa Medicaid State ID shape (seven digits
and a letter), CPT/HCPCS and CARC codes appear as themselves; the plan (Shagbark Hollow Health Plan), its rules and
time limits, every clinic, hospital, doctor, parent, guardian, child, number and address are invented. Every letter
is addressed to a parent or guardian about the child. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_decision_form_glucose_monitor_not_needed: a notice of decision form on a standard fax, small captions above
  boxes, some split in two ("Date of this notice | Date mailed", "Member name | State ID"), some in two lines;
  a continuous glucose monitor refused as not needed (medical_necessity), "within 60 days of the date of this notice".
- faxstd_claim_form_observation_stay_sent_late: a claim decision form on a standard fax with "Billing provider" /
  "Rendering provider" boxes and "DOS From" / "DOS To" boxes; the hospital's claim reached the plan after 180 days
  (timely_filing); the appeal deadline printed as a date ("Appeal by").
- photocopy_eob_four_claims_nebraska_urgent_care_out_of_network: a member EOB to a parent, four claims with From / To
  columns and a totals row; the Nebraska urgent care claim refused CARC 242 (out_of_network), the others paid.
- phone_es_aviso_cobertura_termino_a_los_19: a photographed Spanish notice form ("Fecha de este aviso"); a visit after
  Hawki coverage ended at the end of the month the member turned 19 (eligibility).
- lowres_letter_to_guardian_tms_experimental: a 150 dpi prose letter to a grandmother as guardian; the psychiatrist
  only in a sentence, a planned start "on or about" a date in words; TMS for a teenager is experimental.
- born_digital_approval_occupational_therapy: an approval of occupational therapy visits "from ... through ...",
  an earlier approved period as a decoy (denies nothing).
- clean_stack_cover_new_patient_code_then_appeal_upheld_observation_upside_down: a cover sheet, a letter refusing a
  visit billed as a new-patient visit (coding_error), then upside down an appeal decision keeping the decision to pay
  "the stay that began on ... and ended on ..." as observation only (level_of_care).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdva import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "iowa_hawki_chip_notice_of_decision"
LANG = "en"
SEED = 353900
INS = "Shagbark Hollow Health Plan"
ALT = ["Shagbark Hollow"]
HOSP = "Loess Ridge Regional Hospital"


def sid(rng):
    """An Iowa Medicaid State ID shape: seven digits and a capital letter (no O or I)."""
    return digits(rng, 7) + rng.choice("ABCDEFGHJKLMNPRSTW")


def ref(rng):
    return f"SH-26-{digits(rng, 6)}"


def clm(rng):
    return f"26{digits(rng, 3)}{rng.choice('ABCDEF')}{digits(rng, 8)}"


def dob(rng, lo=2008, hi=2021):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="844"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DVSheet, rng, unit="Member Services", es=False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, ("Un plan de salud de Hawki (Healthy and Well Kids in Iowa)" if es else
                  "A health plan for Hawki (Healthy and Well Kids in Iowa) members"), new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Des Moines IA 50306-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DVSheet, rng, rel: str, size=8.2):
    p.bar("YOUR RIGHTS", 9)
    p.para(f"**Appeal to us.** You, or someone you choose, may ask {INS} for an appeal {rel}. Call us or write to "
           "the address above. If waiting could seriously harm the child's health, ask for a fast appeal; we "
           "decide fast appeals within 72 hours.", size)
    p.para("**After our appeal.** If you do not agree with our appeal decision, you may ask Iowa HHS to review "
           "it within 30 days of the appeal decision. You may also ask for an external review by an independent "
           "reviewer within 4 months of our final decision. Hawki members do not pay for an appeal.", size)


def faxstd_cgm(rng):
    child, mom, doc, rev, cm = people(rng, 5)
    m = sid(rng)
    rec = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(rec, rng.randint(6, 10))
    mailed = plus(nd, 1)
    start = plus(nd, rng.randint(10, 20))
    r = ref(rng)
    clinic = "Cottonwood Children's Diabetes Clinic"
    sup = "Prairie Lantern Medical Supply"
    fax = f"{mailed.strftime('%m/%d/%Y')} 08:{rng.randint(10, 59)}  SHAGBARK UM  {phone(rng, '515')}  P.{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DECISION - SERVICE REQUEST", "Form SH-ND-1 (rev. 01/2026)   Hawki")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Date of this notice", fdate(nd, "slash"), "Date mailed", fdate(mailed, "slash")),
              ("Sent to (parent or\nguardian)", mom), ("Relationship", "Parent")], [76, 76, W - 152])
    p.boxrow([("Member name", child, "State ID", m), ("Member date\nof birth", fdate(dob(rng), "slash")),
              ("Reference no.", r)], [92, 36, W - 128])
    p.boxrow([("Requesting provider", f"{doc}, MD"), ("Clinic", clinic), ("Supplier", sup)], [54, 70, W - 124])
    p.boxrow([("Request received", fdate(rec, "slash")), ("Planned start", fdate(start, "slash")),
              ("Service asked for", "CGM system, E2103 + A4239")], [38, 38, W - 76])
    p.boxrow([("Decision", "DENIED"), ("Care coordinator", cm), ("Reviewed by", f"Dr. {rev}")],
             [38, 70, W - 108])
    p.ln(3)
    p.para(f"**Why we said no.** Dr. {doc} asked us to approve a continuous glucose monitor for your child. The "
           "notes we received show blood sugar checks with a meter four times a day, steady readings in range "
           "and no low blood sugar episodes in the last six months. Our rules for children on Hawki approve a "
           "monitor when finger-stick checks are not enough to keep the child safe. The notes do not show that "
           "here, so the monitor is not medically necessary now. If things change, the doctor may ask again.",
           9.2)
    p.para("You may ask for an appeal within 60 days of the date of this notice (the first box above). You may "
           "ask for the papers we used to decide, free of charge.", 9.2)
    _rights(p, rng, "within the time given above")
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[r],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic, sup], "service_dates": [[]]})
    return out(p), t


def faxstd_late(rng):
    child, dad, att, sig = people(rng, 4)
    m = sid(rng)
    d1 = dt.date(2026, 1, rng.randint(5, 20))
    d2 = plus(d1, 1)
    rec = plus(d2, rng.randint(188, 200))
    nd = plus(rec, rng.randint(5, 9))
    by = plus(nd, 60)
    n = clm(rng)
    b = amount(rng, 2400, 5200)
    npi = digits(rng, 10)
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  SHAGBARK CLAIMS  {phone(rng, '515')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("NOTICE OF DECISION - CLAIM", "SH-CN-3 (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Notice date", fdate(nd, "abbr")), ("Mailed to", f"{dad} (father)"),
              ("Appeal by", fdate(by, "abbr"))], [40, W - 80, 40])
    p.boxrow([("Member name", child, "State ID", m), ("Claim number", n)], [110, W - 110])
    p.boxrow([("Billing provider", HOSP), ("Rendering provider", f"Dr. {att}"), ("Billing NPI", npi)],
             [70, 60, W - 130])
    p.boxrow([("DOS\nFrom", fdate(d1, "slash")), ("DOS\nTo", fdate(d2, "slash")),
              ("Claim\nreceived", fdate(rec, "slash")), ("Amount\nbilled", money(b)), ("Plan\npaid", "0.00")],
             [W / 5] * 5)
    p.ln(3)
    p.table(["Rev", "Service", "Units", "Billed", "Paid", "CARC"],
            [["0762", "Observation room", "31", money(round(b * 0.62, 2), "nosign"), "0.00", "29"],
             ["0300", "Laboratory", "1", money(round(b - round(b * 0.62, 2), 2), "nosign"), "0.00", "29"],
             ["", "Claim total", "", money(b, "nosign"), "0.00", ""]],
            [18, 70, 18, 30, 26, W - 162], size=8.6, aligns=["L", "L", "C", "R", "R", "C"], bold_last=True)
    p.para("**CARC 29:** the time limit for filing has expired. We must receive a claim from an in-network "
           "hospital within 180 days of the last day of service. We received this one on the date in the "
           "\"Claim received\" box, after that limit. The hospital is in our network and may not bill you for "
           "this stay.", 8.8)
    p.para("If you disagree, your appeal must reach us by the date in the \"Appeal by\" box. Fast appeals are "
           f"decided within 72 hours. Questions: {phone(rng)} (TTY 711). {sig}, Claims Review.", 8.8)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(),
              provider=att, appeal_deadline=by.isoformat(), type_alternates=["eob"],
              alternates={"insurer": ALT, "provider": [HOSP], "service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def photocopy_eob(rng):
    child, mom, ped, uc_doc, lab_doc = people(rng, 5)
    m = sid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 26))
    uc = "Platte Crossing Pediatric Urgent Care"
    clinic = "Maple Furrow Pediatrics"
    lab = "Sioux Bend Clinical Laboratory"
    rows, den = [], None
    specs = [(clinic, f"Dr. {ped}", "99213", "Office visit", 140, 210, False, 0),
             (lab, lab_doc, "85025", "Blood count", 30, 60, False, 0),
             (uc, f"Dr. {uc_doc}", "99214", "Urgent care visit", 160, 260, True, 0),
             (clinic, f"Dr. {ped}", "99212", "Follow-up visit", 95, 140, False, 0)]
    tot = [0.0, 0.0, 0.0]
    base = plus(sd, -rng.randint(30, 40))
    for i, (prov, who, code, desc, lo, hi, denied, span_) in enumerate(specs):
        f = plus(base, i * rng.randint(3, 5))
        to = plus(f, span_)
        n = clm(rng)
        b = amount(rng, lo, hi)
        al = 0.0 if denied else round(b * 0.58, 2)
        rows.append([n, prov, fdate(f, "slash"), fdate(to, "slash"), code, money(b, "nosign"), money(al, "nosign"),
                     money(al, "nosign"), "0.00", "242" if denied else "--"])
        tot = [tot[0] + b, tot[1] + al, tot[2] + al]
        if denied:
            den = (n, f, to, b)
    rows.append(["TOTALS", "", "", "", "", money(tot[0], "nosign"), money(tot[1], "nosign"),
                 money(tot[2], "nosign"), "0.00", ""])
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "SH-EOB-2  Hawki")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Statement date", fdate(sd, "slash")), ("Mailed to (parent / guardian)", mom),
              ("Member name", child, "State ID", m), ("Coverage year", "01/01/2026 - 12/31/2026")],
             [36, 66, 110, W - 212])
    p.ln(3)
    p.table(["Claim no.", "Provider", "From", "To", "CPT", "Billed", "Allowed", "Plan paid", "You owe", "CARC"],
            rows, [40, 58, 22, 22, 16, 24, 22, 24, 20, W - 248], size=8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.legend([("--", "Paid under the child's Hawki coverage. Hawki members pay no copays for these services."),
              ("242", f"Services not provided by network providers. {uc} in Omaha, Nebraska, is not in our "
                      f"network, and the visit with Dr. {uc_doc} was not an emergency. We did not approve care "
                      "outside the network before the visit. The provider may not bill more than Hawki allows; "
                      "call us if you get a bill.")])
    n, f, to, b = den
    p.para("Appeal a claim on this statement within 60 days of the date of this statement. Fast appeals: 72 hours. "
           f"Iowa HHS review: within 30 days of our appeal decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n], claim_amount=m2(b),
              service_dates=[f.isoformat()] if f == to else [f"{f.isoformat()}/{to.isoformat()}"],
              denial_date=sd.isoformat(), provider=uc, appeal_deadline=plus(sd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [uc_doc]})
    return out(p), t


def phone_es(rng):
    child, mom, doc = people(rng, 3)
    m = sid(rng)
    born = dt.date(2007, rng.randint(1, 3), rng.randint(2, 27))
    end = dt.date(2026, born.month + 1, 1) - dt.timedelta(days=1)
    v = plus(end, rng.randint(8, 20))
    nd = plus(v, rng.randint(24, 32))
    mailed = plus(nd, 2)
    n = clm(rng)
    b = amount(rng, 140, 260)
    clinic = "Clínica Familiar Wapello Norte"
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", es=True)
    p.title_bar("AVISO DE DECISIÓN SOBRE UN RECLAMO", "SH-CN-3S (rev. 11/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Fecha de este aviso", fdate(nd, "slash"), "Fecha de envío", fdate(mailed, "slash")),
              ("Enviado a (padre, madre\no tutor)", mom)], [96, W - 96])
    p.boxrow([("Nombre del miembro", child, "Número de miembro (State ID)", m),
              ("Fecha de\nnacimiento", fdate(born, "slash"))], [128, W - 128])
    p.boxrow([("Número de reclamo", n), ("Proveedor", f"Dr. {doc}"), ("Fecha del\nservicio", fdate(v, "slash")),
              ("Cantidad\nfacturada", money(b))], [56, 62, 34, W - 152])
    p.boxrow([("Cobertura de Hawki terminó", fdate(end, "slash")), ("Decisión", "NO PAGADO")], [W / 2, W / 2])
    p.ln(3)
    p.para(f"El {fdate(v, 'long', 'es')} su hijo(a) fue atendido(a) por el Dr. {doc} en {clinic}. Hawki cubre a "
           "niños y jóvenes menores de 19 años. La cobertura termina el último día del mes en que el miembro "
           "cumple 19 años. Según los registros de Iowa HHS, la cobertura de Hawki terminó en la fecha que aparece "
           "en el cuadro de arriba, antes de la visita. Por eso no podemos pagar este reclamo.", 9.6)
    p.para("Si el miembro tiene otro seguro o puede calificar para otro programa de Iowa HHS, pida a la clínica "
           "que envíe el reclamo allí.", 9.6)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede pedir una apelación dentro de 60 días a partir de la fecha de este aviso. Las apelaciones rápidas "
           "se deciden en 72 horas. Después de nuestra decisión, puede pedir una revisión a Iowa HHS dentro de 30 "
           f"días. Llame al {phone(rng)} (TTY 711).", 9.2)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [clinic]}, type_alternates=["eob"])
    return out(p), t


def lowres_tms(rng):
    teen, gma, psy, rev, sig = people(rng, 5)
    m = sid(rng)
    rec = dt.date(2026, 5, rng.randint(4, 18))
    nd = plus(rec, rng.randint(8, 12))
    start = plus(nd, rng.randint(14, 24))
    r = ref(rng)
    prac = "Red Cedar Adolescent Psychiatry"
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [gma, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {teen}, Hawki member, State ID {m}\nOur reference: {r}", 10)
    p.para(f"Dear {gma}:", 10)
    p.para(f"We are writing to you as the legal guardian of {teen}. On {fdate(rec, 'long')} Dr. {psy} of {prac} "
           "asked us to approve a course of transcranial magnetic stimulation (TMS), 30 sessions on weekdays, "
           f"to start on or about {fdate(start, 'long')}.", 10)
    p.para("We have decided not to approve it. TMS has been studied mostly in adults. For patients younger than "
           "18, the studies so far are small and do not yet show that it works or that it is safe over time, so "
           "our plan treats TMS for this age group as experimental. Other treatments for depression remain "
           f"covered. Dr. {rev}, a child psychiatrist, reviewed the request.", 10)
    p.para("If you disagree, you may ask for an appeal within 60 days of the date of this letter. If waiting could "
           "seriously harm your grandchild, ask for a fast appeal; we decide those within 72 hours. After our "
           "appeal you may ask Iowa HHS for a review within 30 days.", 10)
    p.para(f"Questions: {phone(rng)} (TTY 711).\n\nSincerely,\n{sig}\nUtilization Management", 10)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=m, member_name=teen, cases=[r],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=psy,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [prac], "service_dates": [[]]})
    return out(p), t


def born_approval(rng):
    child, dad, doc, ot, cm = people(rng, 5)
    m = sid(rng)
    prev_a = dt.date(2026, 1, 5)
    prev_b = dt.date(2026, 3, 31)
    a = dt.date(2026, 4, 1)
    bz = dt.date(2026, 6, 30)
    nd = plus(a, -rng.randint(5, 9))
    r = ref(rng)
    clinic = "Little Bluestem Therapy Center"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("NOTICE OF DECISION - APPROVED", "SH-ND-1A")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Date of this notice", fdate(nd, "long")), ("To", f"{dad} (father)"),
              ("Member", child, "State ID", m)], [40, 46, W - 86])
    p.boxrow([("Authorization no.", r), ("Requesting provider", f"Dr. {doc}"), ("Therapy clinic", clinic)],
             [40, 56, W - 96])
    p.ln(3)
    p.para(f"Good news. We approved occupational therapy for {child}: up to 24 visits (CPT 97530 and 97110) with "
           f"{ot}, OTR/L, at {clinic}, from {fdate(a, 'long')} through {fdate(bz, 'long')}.", 10)
    p.para(f"This follows the earlier approval for visits from {fdate(prev_a, 'slash')} to {fdate(prev_b, 'slash')}, "
           "which has ended. Visits after the last approved day need a new request from the doctor. Hawki members "
           f"pay no copay for these visits. Care coordinator: {cm}.", 10)
    p.para("You do not need to do anything. If the clinic asks you to pay for an approved visit, call us at "
           f"{phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, cases=[r],
              service_dates=[f"{a.isoformat()}/{bz.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [clinic, ot], "case_numbers": [[]],
                          "service_dates": [[], [a.isoformat(), bz.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    child, mom, doc, sig = people(rng, 4)
    m = sid(rng)
    v = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 210, 320)
    prac = "Timber Coulee Family Medicine"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [mom, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"**Re: {child}**   State ID {m}   Claim {n}", 10)
    p.para(f"Dear {mom}:", 10)
    p.para(f"{prac} sent us a claim for {money(b)} for the visit your child had with Dr. {doc} on "
           f"{fdate(v, 'long')}. The claim uses code 99204, which is for a patient the practice has not seen in "
           "the last three years. Our records show Dr. " + doc.split()[-1] + " saw your child last year, so the "
           "visit should have been billed with an established-patient code. We could not pay the claim as "
           "billed (CARC 4 / N95).", 10)
    p.para("This is a billing matter between the practice and us. The practice may send a corrected claim and "
           "may not bill you for this visit. You may still appeal within 60 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department  {phone(rng)} (TTY 711)", 10)
    d_a = (out(p), truth("denial_letter", "coding_error", insurer=INS, member_id=m, member_name=child, cases=[n],
                         claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
                         appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT, "provider": [prac]}))
    kid, mother, att, rev, sig2, cm = people(rng, 6)
    m2_ = sid(rng)
    a = dt.date(2026, 6, rng.randint(2, 10))
    z = plus(a, rng.randint(2, 4))
    orig = clm(rng)
    appeal = f"AP-{digits(rng, 7)}"
    rec = plus(z, rng.randint(35, 45))
    ad = plus(rec, rng.randint(20, 28))
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals")
    q.title_bar("APPEAL DECISION")
    W = q.w - q.l_margin - q.r_margin
    q.boxrow([("Date of this notice", fdate(ad, "slash")), ("Appeal received", fdate(rec, "slash")),
              ("Appeal no.", appeal)], [W / 3] * 3)
    q.boxrow([("Member name", kid, "State ID", m2_), ("Original claim", orig)], [W * 0.64, W * 0.36])
    q.ln(3)
    q.para(f"Dear {mother}:", 10)
    q.para(f"You asked us to look again at how we paid {HOSP} for your son's stay that began on "
           f"{a.strftime('%A, %B %-d, %Y')} and ended on {fdate(z, 'long')}. Dr. {att} admitted him for asthma. We paid "
           "the stay as outpatient observation, not as an inpatient admission.", 10)
    q.para("**Our decision: we are keeping our first decision.** Dr. " + rev + ", a pediatrician who did not make "
           "the first decision, read the hospital records. Your son's breathing improved with treatments in the "
           "first day; he did not need oxygen after the first night and could have been watched in observation "
           "for the whole stay. Observation is the right level of care for what he needed, so the hospital's "
           "inpatient charges are paid at the observation rate.", 10)
    q.para("You have finished our appeal process. You may ask Iowa HHS to review this decision within 30 days of "
           "the date of this notice, or ask for an external review within 4 months. "
           f"Your care coordinator is {cm}.", 10)
    q.para(f"Sincerely,\n{sig2}\nAppeals Unit", 10)
    d_b = (out(q), truth("denial_letter", "level_of_care", insurer=INS, member_id=m2_, member_name=kid,
                         cases=[appeal, orig], service_dates=[f"{a.isoformat()}/{z.isoformat()}"],
                         denial_date=ad.isoformat(), provider=HOSP,
                         alternates={"insurer": ALT, "provider": [att], "case_numbers": [[appeal], [orig]],
                                     "service_dates": [[a.isoformat(), z.isoformat()]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_decision_form_glucose_monitor_not_needed", "fax_standard_g4", [faxstd_cgm(rng)]),
        Item(F + "faxstd_claim_form_observation_stay_sent_late", "fax_standard_g4", [faxstd_late(rng)]),
        Item(F + "photocopy_eob_four_claims_nebraska_urgent_care_out_of_network", "photocopy", [photocopy_eob(rng)]),
        Item(F + "phone_es_aviso_cobertura_termino_a_los_19", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_to_guardian_tms_experimental", "scan_lowres_150", [lowres_tms(rng)]),
        Item(F + "born_digital_approval_occupational_therapy", "born_digital", [born_approval(rng)]),
        Item(F + "clean_stack_cover_new_patient_code_then_appeal_upheld_observation_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
