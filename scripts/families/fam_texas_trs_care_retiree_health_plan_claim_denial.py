"""Notices mirrored (structure and wording style only) from TRS-Care, the retiree health program of the Teacher
Retirement System of Texas (TRS), here its non-Medicare plan TRS-Care Standard: claims and prior authorizations
denied by the plan's claims administrator (invented: Caprock Meadow Benefit Services) and an appeal decided by TRS.
TRS, TRS-Care and Medicare appear as themselves; the administrator, every provider, person, number, address and
amount is invented, as are the plan rules and time limits used here (prior authorization for advanced imaging,
a 180-day network filing limit, 180-day appeals, a 60-day second-level review).

Documents (8 in 7 files):
- bd_sidebar_mri_no_prior_authorization: member letter, every fact in a boxed right-hand sidebar ("Notice issued",
  "Enrollee identifier", "Our file", "Dates of care", "Treating facility", "Amount charged", "Respond by"); a
  lumbar MRI billed without the required prior authorization (DOB, received date, our letter of an earlier date,
  72-hour and external-review limits, the administrator's phone and fax as decoys).
- faxstd_grid_inpatient_rehab_level_of_care: utilization management notice to a rehabilitation hospital, facts in
  a grid of label/value boxes three wide ("Tracking ID", "Subscriber No.", "Planned admission"); acute inpatient
  rehabilitation not approved, a skilled nursing facility stay approved instead (NPI, DOB, received date decoys).
- lowres_no_labels_timely_filing: letter to a hospital with no labels at all, every fact in sentences; outpatient
  therapy claim received after the 180-day network filing limit (a clearinghouse date and an earlier paid claim as
  decoys).
- rotated_landscape_eob_routine_foot_care: a landscape explanation of benefits, four claims ("From - Thru",
  "Rendering", "Submitted charges"), one routine foot care claim not covered ("Certificate #", "Mailed on", an
  "example" amount in the rights text, plan year).
- phone_spanish_medicare_primary: Spanish member notice, a visit denied because Medicare must pay first
  ("Número de beneficiario", "Fecha de envío", "Responder antes de" with a relative limit).
- photocopy_trs_appeal_upheld_prp_investigational: TRS's own first-level appeal decision upholding the denial of a
  platelet-rich plasma injection as investigational ("Reference #", "Mailed on", "Treating physician"; the
  original denial letter's date quoted; second-level review within 60 days, external review 4 months).
- clean_stack_hospital_statement_then_cpap_denial_turned: the hospital's statement (three lines, the plan denied
  one; denies nothing), the blank back of its sheet, then the administrator's CPAP denial (not medically
  necessary; "Beneficiary number", "Document control number", "From - Thru") fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdma import DMSheet
from public_kit import MONTHS_ES, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "texas_trs_care_retiree_health_plan_claim_denial"
LANG = "en"
SEED = 352100
TRS = "Teacher Retirement System of Texas"
ADMIN = "Caprock Meadow Benefit Services"
PLAN = "TRS-Care Standard"
ALT_ADMIN = ["TRS-Care", "TRS-Care Standard", TRS]
ALT_TRS = ["TRS-Care", "TRS-Care Standard", ADMIN]
IMAGING = "Llano Basin Imaging"
REHAB = "Pedernales Rehabilitation Hospital"
HOSP_TF = "Comal Springs Medical Center"
FOOT = "Balcones Foot & Ankle Clinic"
CLINICA = "Clínica Familiar Arroyo Seco"
ORTHO_DR = "Wendell T. Marchetti"
ORTHO = "Blanco River Orthopedics"
HOSPITAL = "Mustang Draw Regional Hospital"
DME = "Frio Canyon Home Medical"


def esabbr(d: dt.date) -> str:
    """Spanish abbreviated date: 03-mar-2026."""
    return f"{d.day:02d}-{MONTHS_ES[d.month - 1][:3]}-{d.year}"


def member_id(rng) -> str:
    return f"TRK{digits(rng, 8)}"


def _admin_head(p: DMSheet, rng, unit: str = "Claims Department"):
    p.f(15, "B")
    p.cell(0, 7, ADMIN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.2, f"Claims administrator for {PLAN}, a {TRS} retiree health plan", new_x="LMARGIN",
           new_y="NEXT")
    p.f(7.6)
    box = rng.randint(2100, 9800)
    p.cell(0, 4, f"{unit}  |  PO Box {box}, Abilene TX 79604-{box:04d}  |  Phone 1-866-555-{digits(rng, 4)}  |  "
                 f"Fax 325-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _addr(p: DMSheet, name: str, rng, size=9.5):
    for ln in [name, f"{rng.randint(100, 9800)} {rng.choice(['Pecan Grove Dr', 'Mesquite Bend', 'Old Ranch Rd 12'])}",
               f"{rng.choice(['San Marcos', 'Kerrville', 'Brownwood', 'Seguin'])} TX 78{rng.randint(100, 999)}"]:
        p.line(ln, size)


def bd_sidebar(rng):
    name, first, mid, last = person(rng)
    mid_ = member_id(rng)
    grp = f"{rng.randint(1000, 9999)}-07"
    nd = dt.date(2026, 3, rng.randint(2, 13))
    dos = plus(nd, -rng.randint(24, 38))
    rec = plus(dos, rng.randint(6, 11))
    earlier = plus(rec, rng.randint(3, 6))
    billed = amount(rng, 1400, 2600)
    fileno = f"2026-{rng.randint(100, 365)}-{digits(rng, 5)}"
    dob = dt.date(rng.randint(1951, 1962), rng.randint(1, 12), rng.randint(1, 28))
    resp = plus(nd, 180)
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _admin_head(p, rng)
    p.sidebar_letter(
        [f"Dear {first} {last}:",
         f"We have finished reviewing the claim {IMAGING} sent us for a magnetic resonance imaging (MRI) scan of "
         f"your lower back (CPT 72148). We received the claim on {fdate(rec, 'slash')}. {PLAN} does not cover "
         "this scan.",
         "**Why we made this decision.** Under the plan, an MRI, CT or PET scan done outside a hospital emergency "
         "room must be approved by us before it is done (prior authorization). Our records show that no one asked "
         f"for approval of this scan. Our letter of {fdate(earlier, 'long')} asked the imaging center whether an "
         "approval number existed; none was sent.",
         f"Because {IMAGING} is in the TRS-Care network, it may not bill you for this scan except for amounts "
         "the plan would not have paid anyway.",
         "**Your right to appeal.** You, your doctor or someone you name may appeal. We must receive your appeal by "
         "the Respond by date in the box. If waiting could seriously harm your health, ask for a fast (expedited) "
         "appeal; we decide those within 72 hours. After our final decision you may ask for an external review by "
         "an independent review organization within 4 months.",
         "Sincerely,\nClaims Review Team"],
        "ABOUT THIS NOTICE",
        [("Notice issued", fdate(nd, "long")), ("Enrollee identifier", mid_), ("Employer group", grp),
         ("Date of birth", fdate(dob, "slash")), ("Our file", fileno),
         ("Dates of care", fdate(dos, "slash")), ("Treating facility", IMAGING),
         ("Amount charged", money(billed)), ("Respond by", fdate(resp, "long"))],
        top_lines=[name, f"{rng.randint(100, 9800)} Pecan Grove Dr", f"Kerrville TX 780{rng.randint(10, 99)}"],
        side_w=60)
    p.f(7.2)
    p.multi_cell(0, 3.3, f"{ADMIN} provides claims administration services for {PLAN}. It does not insure the "
                         "benefits. Free language assistance: 1-866-555-" + digits(rng, 4) + " (TTY 711).")
    t = truth("denial_letter", "prior_authorization", insurer=ADMIN, group=grp, member_id=mid_, member_name=name,
              cases=[fileno], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=IMAGING, appeal_deadline=resp.isoformat(), alternates={"insurer": ALT_ADMIN})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    mid_ = member_id(rng) + "-01"
    nd = dt.date(2026, 4, rng.randint(6, 16))
    rec = plus(nd, -2)
    adm = plus(nd, rng.randint(1, 3))
    track = f"UM26-{digits(rng, 7)}"
    attending = person(rng)[0]
    fax = (f"{nd.strftime('%m/%d/%y')} 15:{rng.randint(10, 59)}  CAPROCK MEADOW UM  325-555-{digits(rng, 4)}  ->  "
           f"PEDERNALES REHAB ADMITS  830-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _admin_head(p, rng, "Utilization Management")
    p.line("INPATIENT ADMISSION REVIEW - DETERMINATION", 10.5, "B")
    p.ln(1.5)
    p.box_grid([
        [("Notice issued", fdate(nd, "slash")), ("Tracking ID", track), ("Request received", fdate(rec, "slash"))],
        [("Enrollee", name), ("Subscriber No.", mid_), ("Date of birth",
                                                        fdate(dt.date(rng.randint(1950, 1961), rng.randint(1, 12),
                                                                      rng.randint(1, 28)), "slash"))],
        [("Requesting facility", REHAB), ("Attending", f"Dr. {attending}"), ("Facility NPI", digits(rng, 10))],
        [("Level requested", "Acute inpatient rehab"), ("Planned admission", fdate(adm, "slash")),
         ("Determination", "Not approved")],
    ])
    p.para("**Reason.** The enrollee was admitted to an acute hospital after a hip fracture repair. The clinical "
           "information sent shows the enrollee cannot yet take part in three hours of therapy a day, five days a "
           "week, which acute inpatient rehabilitation requires. The enrollee's therapy and nursing needs can be met "
           "safely in a skilled nursing facility. **We have approved a skilled nursing facility stay instead** "
           "(this is not a denial of all post-hospital care). Criteria used: TRS-Care Standard medical policy "
           "for post-acute care settings.", 8.6)
    p.para("**Peer-to-peer.** The attending physician may discuss this decision with our physician reviewer within "
           f"5 business days: call 1-866-555-{digits(rng, 4)}, option 3.", 8.6)
    p.add_page()
    p.band("APPEAL RIGHTS", 8.6)
    p.para("The enrollee or the facility acting for the enrollee may appeal within 180 days of the date of this "
           "notice. If the enrollee is still in the hospital or a delay could seriously harm the enrollee's health, "
           "ask for an expedited appeal, decided within 72 hours. External review by an independent review "
           f"organization may be requested within 4 months of a final adverse decision. Fax appeals to "
           f"325-555-{digits(rng, 4)}. Form CMB-UM-21.", 8.4)
    t = truth("denial_letter", "level_of_care", insurer=ADMIN, member_id=mid_, member_name=name, cases=[track],
              service_dates=[span(adm)], denial_date=nd.isoformat(), provider=REHAB,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_ADMIN, "provider": [attending]})
    return out(p), t


def lowres_no_labels(rng):
    name = person(rng)[0]
    mid_ = member_id(rng)
    nd = dt.date(2026, 8, rng.randint(3, 21))
    d1 = dt.date(2026, 1, rng.randint(5, 12))
    d2 = plus(d1, 7)
    rec = plus(nd, -rng.randint(9, 16))
    billed = amount(rng, 420, 780)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    prev = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DMSheet(footer=None, serif=True)
    p.set_margins(24, 18, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, ADMIN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4.2, f"for {PLAN}  -  {TRS}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(nd, "long"), 10)
    p.ln(4)
    for ln in [HOSP_TF, "Patient Financial Services", f"{rng.randint(100, 9800)} Landa Park Rd",
               f"New Braunfels TX 781{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(5)
    p.para("Dear Patient Financial Services:", 10)
    p.para(f"On {fdate(rec, 'long')} we received the claim that {HOSP_TF} sent for outpatient physical therapy "
           f"given to {name}, whose TRS-Care member number is {mid_}, on {fdate(d1, 'long')} and "
           f"{fdate(d2, 'long')}. The claim, which we numbered {claim}, was for {money(billed)}.", 10)
    p.para("We cannot pay this claim. Your network agreement for TRS-Care Standard requires that a claim reach us "
           "within 180 days after the date of service. This claim arrived after that time. Because the claim was "
           "late, you may not bill the member for these visits.", 10)
    p.para(f"We paid your earlier claim {prev} for the visit before these, so it is not affected by this letter. "
           "If you can show that you sent this claim on time, for example with a clearinghouse acceptance report "
           "dated within the 180 days, you may ask us to reconsider within 90 days of the date of this letter. "
           f"Mail your request to PO Box {rng.randint(2100, 9800)}, Abilene TX 79604, or fax it to 325-555-"
           f"{digits(rng, 4)}.", 10)
    p.para(f"Questions may go to our provider line at 1-866-555-{digits(rng, 4)}, weekdays 7 a.m. to 6 p.m. Central "
           "time.", 10)
    p.para("Sincerely,\n\nProvider Claims Resolution", 10)
    t = truth("denial_letter", "timely_filing", insurer=ADMIN, member_id=mid_, member_name=name, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(d1), span(d2)], denial_date=nd.isoformat(),
              provider=HOSP_TF, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"insurer": ALT_ADMIN, "service_dates": [[span(d1, d2)]]})
    return out(p), t


def rotated_eob(rng):
    name, first, mid, last = person(rng)
    cert = member_id(rng)
    grp = f"{rng.randint(1000, 9999)}-07"
    md = dt.date(2026, 5, rng.randint(4, 15))
    rendering = [("Dr. " + person(rng)[0], "99214"), (FOOT, "11721"), ("Hill Country Lab Partners", "80053"),
                 (IMAGING, "71046")]
    ds = sorted(dt.date(2026, rng.choice([3, 4]), rng.randint(1, 28)) for _ in range(4))
    deny = 1
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    p.f(14, "B")
    p.cell(150, 7, ADMIN)
    p.f(11, "B")
    p.cell(0, 7, "EXPLANATION OF BENEFITS", align="R", new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(150, 4, f"{PLAN}  |  {TRS}  |  Customer service 1-866-555-{digits(rng, 4)} (TTY 711)")
    p.cell(0, 4, "THIS IS NOT A BILL", align="R", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    y = p.get_y()
    for ln in [name, f"{rng.randint(100, 9800)} Mesquite Bend", f"Brownwood TX 768{rng.randint(10, 99)}"]:
        p.line(ln, 9.2)
    p.set_xy(160, y)
    p.pairs([("Mailed on", fdate(md, "abbr")), ("Certificate #", cert), ("Employer group", grp),
             ("Plan year", "01/01/2026 - 12/31/2026")], label_w=32, size=8.6, x=160, h=4.8)
    p.set_y(max(p.get_y(), y + 20) + 3)
    rows, bills, claims = [], [], []
    for i, (d, (prov, code)) in enumerate(zip(ds, rendering)):
        b = amount(rng, 95, 420)
        bills.append(b)
        c = f"TC{digits(rng, 10)}"
        claims.append(c)
        if i == deny:
            rows.append([c, f"{fdate(d, 'short')} - {fdate(d, 'short')}", prov, code, money(b), "0.00", "0.00",
                         money(b, "nosign"), "NC4"])
        else:
            allow = round(b * 0.62, 2)
            paid = round(allow * 0.8, 2)
            rows.append([c, f"{fdate(d, 'short')} - {fdate(d, 'short')}", prov, code, money(b),
                         money(allow, "nosign"), money(paid, "nosign"), money(round(allow - paid, 2), "nosign"),
                         "PD"])
    p.table(["Claim #", "From - Thru", "Rendering", "Code", "Submitted charges", "Plan allowance", "Plan paid",
             "Your share", "Remark"], rows, [30, 32, 58, 14, 26, 24, 22, 22, 16], size=8.2,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Remarks.** PD - Paid under your plan; your share is your coinsurance. **NC4 - Routine foot care (such "
           "as trimming or removing corns, calluses or nails) is not covered by TRS-Care Standard unless you have a "
           "condition such as diabetes with loss of feeling in the feet documented on the claim.** You owe the "
           "provider's charge for this service.", 8.4)
    p.para("**Example.** If a provider charges $200.00 and the plan allowance is $120.00, a network provider may not "
           "bill you the $80.00 difference.", 8.2)
    p.para("**Appeals.** You may appeal any decision on this statement within 180 days of the date of this statement. "
           "Urgent appeals are decided within 72 hours. You may ask for external review within 4 months after a "
           "final decision. Call us or write to the Appeals Unit at the address on the back.", 8.2)
    t = truth("eob", "not_covered", insurer=ADMIN, group=grp, member_id=cert, member_name=name,
              cases=[claims[deny]], claim_amount=m2(bills[deny]), service_dates=[span(ds[deny])],
              denial_date=md.isoformat(), provider=FOOT, appeal_deadline=plus(md, 180).isoformat(),
              alternates={"insurer": ALT_ADMIN})
    return out(p), t


def phone_spanish(rng):
    name, first, mid, last = person(rng)
    mid_ = member_id(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    dos = plus(nd, -rng.randint(20, 35))
    mc = dt.date(2026, 2, 1)
    billed = amount(rng, 180, 340)
    ref = f"ES-{digits(rng, 8)}"
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _admin_head(p, rng, "Reclamos")
    p.line("AVISO DE DENEGACIÓN DE UN RECLAMO", 12, "B")
    p.ln(2)
    _addr(p, name, rng)
    p.ln(3)
    p.boxed_pairs([("Fecha de envío", fdate(nd, "long", "es")), ("Número de beneficiario", mid_),
                   ("Referencia", ref), ("Fechas de atención", esabbr(dos)),
                   ("Proveedor que atendió", CLINICA), ("Cargos presentados", money(billed)),
                   ("Inicio de Medicare (Partes A y B)", esabbr(mc))], label_w=70, size=9)
    p.para(f"Estimado(a) {first} {last}:", 9.8)
    p.para(f"No podemos pagar la visita que recibió en {CLINICA}. Nuestros registros muestran que usted tiene "
           "Medicare Partes A y B. Cuando un jubilado tiene Medicare, Medicare paga primero y TRS-Care Standard "
           "paga después, solo lo que Medicare no pagó. El proveedor debe enviar el reclamo a Medicare primero y "
           "después enviarnos el resumen de Medicare.", 9.8)
    p.para("**Responder antes de:** si no está de acuerdo, puede apelar dentro de 180 días. Debemos recibir su "
           "apelación dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación rápida (72 horas).", 9.8)
    p.para(f"Llame al 1-866-555-{digits(rng, 4)} (TTY 711) si tiene preguntas.", 9.8)
    t = truth("denial_letter", "other", insurer=ADMIN, member_id=mid_, member_name=name, cases=[ref],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=CLINICA,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT_ADMIN})
    return out(p), t


def photocopy_appeal(rng):
    name, first, mid, last = person(rng)
    cert = member_id(rng)
    md = dt.date(2026, 7, rng.randint(6, 17))
    dos = dt.date(2026, 4, rng.randint(2, 24))
    orig = plus(dos, rng.randint(25, 35))
    billed = amount(rng, 600, 1100)
    ref = f"APL-26-{digits(rng, 5)}"
    claim = f"TC{digits(rng, 10)}"
    p = DMSheet(footer="Page {n} of {nb}", serif=True)
    p.set_margins(20, 14, 20)
    p.add_page()
    p.f(13.5, "B")
    p.cell(0, 6.5, TRS, new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.4, "TRS-Care  -  Health Benefit Appeals", new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"PO Box {rng.randint(2100, 9800)}, Austin TX 787{rng.randint(10, 99)}  |  1-888-555-"
                 f"{digits(rng, 4)}  |  Fax 512-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(5)
    _addr(p, name, rng, 9.6)
    p.ln(3)
    p.pairs([("Mailed on", fdate(md, "long")), ("Reference #", ref), ("Claim", claim), ("Certificate #", cert),
             ("Dates of care", fdate(dos, "slash")), ("Treating physician", f"Dr. {ORTHO_DR}, {ORTHO}"),
             ("Amount charged", money(billed))], label_w=42, size=9.2, h=5)
    p.ln(3)
    p.line("FIRST-LEVEL APPEAL DECISION", 11, "B")
    p.ln(1)
    p.para(f"Dear {first} {last}:", 9.8)
    p.para(f"You asked TRS to review the decision in {ADMIN}'s letter dated {fdate(orig, 'long')}, which denied "
           "payment for a platelet-rich plasma (PRP) injection into your right knee. A physician reviewer board "
           "certified in orthopaedic surgery, who took no part in the first decision, reviewed your appeal, your "
           "doctor's letter and your records.", 9.8)
    p.para("**Decision: the denial is upheld.** TRS-Care Standard does not cover services that are experimental or "
           "investigational. The published studies do not show that PRP injections improve health outcomes for knee "
           "osteoarthritis, so the plan's medical policy treats them as investigational.", 9.8)
    p.para("**If you still disagree.** You may ask for a second-level review by the TRS-Care appeals committee "
           "within 60 days of the date of this letter. You may instead, or afterward, ask for an external review "
           "by an independent review organization within 4 months of the date of this letter.", 9.8)
    p.para("Health Benefit Appeals\nTeacher Retirement System of Texas", 9.8)
    t = truth("denial_letter", "experimental", insurer=TRS, member_id=cert, member_name=name, cases=[ref, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=md.isoformat(), provider=ORTHO_DR,
              appeal_deadline=plus(md, 60).isoformat(),
              alternates={"insurer": ALT_TRS, "provider": [ORTHO], "case_numbers": [[ref], [claim]]})
    return out(p), t


def clean_stack(rng):
    name, first, mid, last = person(rng)
    mid_ = member_id(rng)
    sd = dt.date(2026, 6, rng.randint(8, 19))
    ds = sorted({dt.date(2026, 4, rng.randint(1, 9)), dt.date(2026, 4, rng.randint(14, 20)),
                 dt.date(2026, 5, rng.randint(4, 12))})
    deny = 1
    acct = f"MDR{digits(rng, 7)}"
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6.5, HOSPITAL, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Patient Business Office  |  Sonora TX  |  325-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.rule(3)
    p.line("PATIENT STATEMENT", 11, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "slash")), ("Guarantor", name), ("Account", acct),
             ("Insurance", "TRS-Care Standard"), ("Insurance ID", mid_)], label_w=36, size=9, h=4.8)
    p.ln(3)
    rows, bills = [], []
    svc = [("Laboratory - comprehensive panel", "80053"), ("Outpatient infusion, iron", "96365"),
           ("Chest X-ray, 2 views", "71046")]
    for i, (d, (desc, code)) in enumerate(zip(ds, svc)):
        b = amount(rng, 140, 900)
        bills.append(b)
        if i == deny:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), "Denied", money(b, "nosign")])
        else:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(b - 25, "nosign"), "25.00"])
    owe = bills[deny] + 50
    rows.append(["", "", "Balance due", money(sum(bills), "nosign"), "", money(owe, "nosign")])
    p.table(["Date", "Code", "Description", "Amount charged", "TRS-Care paid / adj.", "Patient owes"], rows,
            [24, 16, 62, 26, 26, 26], size=8.4, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"TRS-Care Standard denied the infusion on {fdate(ds[deny], 'long')}: the plan says the infusion needed "
           "prior approval. We have asked your doctor's office to help with an appeal. Until then, the charge shows "
           "as your responsibility. Pay within 30 days or call to set up a payment plan.", 8.8)
    doc1 = (out(p), truth("other", None, insurer=ADMIN, member_id=mid_, member_name=name,
                          claim_amount=m2(bills[deny]), service_dates=[span(ds[deny])], denial_date=sd.isoformat(),
                          provider=HOSPITAL, unscored=["insurer"],
                          alternates={"claim_amount": [None], "service_dates": [[span(d) for d in ds]]}))
    nd = dt.date(2026, 7, rng.randint(1, 10))
    a = dt.date(2026, 5, rng.randint(1, 10))
    b_ = plus(a, 30)
    billed = amount(rng, 160, 260)
    dcn = f"{digits(rng, 5)}-{digits(rng, 6)}-01"
    q = DMSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _admin_head(q, rng, "Medical Review")
    q.line(fdate(nd, "abbr"), 9.5)
    q.ln(2)
    _addr(q, name, rng)
    q.ln(3)
    q.line("We cannot pay for this equipment", 11.5, "B")
    q.ln(1)
    q.pairs([("Beneficiary number", mid_), ("Document control number", dcn), ("Supplier", DME),
             ("Item", "CPAP device, rental month 1 (E0601)"),
             ("From - Thru", f"{fdate(a, 'slash')} - {fdate(b_, 'slash')}"), ("Amount charged", money(billed))],
            label_w=52, size=9.2, h=5)
    q.ln(3)
    q.para(f"Dear {first} {last}:", 9.6)
    q.para("TRS-Care Standard covers a CPAP device when a sleep study shows obstructive sleep apnea at the level "
           "in the plan's medical policy (an apnea-hypopnea index of 15 or more, or 5 to 14 with symptoms such as "
           "daytime sleepiness or high blood pressure). The home sleep study sent with this claim shows an index of 4, "
           "and no symptoms were documented. The CPAP device is not medically necessary for you under the policy.",
           9.6)
    q.para("You may appeal within 180 days of the date of this letter. Expedited appeals are decided within 72 hours. "
           f"Phone 1-866-555-{digits(rng, 4)}.", 9.6)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=ADMIN, member_id=mid_, member_name=name,
                          cases=[dcn], claim_amount=m2(billed), service_dates=[span(a, b_)],
                          denial_date=nd.isoformat(), provider=DME, appeal_deadline=plus(nd, 180).isoformat(),
                          alternates={"insurer": ALT_ADMIN, "service_dates": [[span(a)]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sidebar_mri_no_prior_authorization", "born_digital", [bd_sidebar(rng)]),
        Item(F + "faxstd_grid_inpatient_rehab_level_of_care", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "lowres_no_labels_timely_filing", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "rotated_landscape_eob_routine_foot_care", "rotated", [rotated_eob(rng)]),
        Item(F + "phone_spanish_medicare_primary", "phone_photo", [phone_spanish(rng)]),
        Item(F + "photocopy_trs_appeal_upheld_prp_investigational", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "clean_stack_hospital_statement_then_cpap_denial_turned", "scan_clean_300", clean_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
