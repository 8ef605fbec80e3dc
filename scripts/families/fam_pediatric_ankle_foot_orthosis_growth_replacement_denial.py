"""An invented commercial plan denying replacement custom ankle-foot orthoses (AFOs, L1970 hinged, right and left)
for a child within 12 months of the last pair because growth or a change in condition is not documented (the plan
covers one pair every 12 months, sooner only when growth or a change means the current pair no longer fits), with
the orthotist's letter of medical necessity to the plan, the orthotics practice's provider claim notice, the
member EOB, the rehabilitation clinic's statement, a Spanish upheld appeal, an approval after new measurements
and a claim denial. HCPCS / CPT codes appear as themselves; every plan, person, practice and number is invented.

Documents (8 in 7 files):
- bd_preservice_denial_two_column_facts_right: pre-service denial to the parent, the facts in a narrow right
  column beside the letter (request number, date of birth, last pair delivered, received date), 180 days.
- faxstd_provider_claim_notice_boxes_small_type: the plan's claim notice to the orthotics practice in small type
  under a typed fax header; captions over ruled boxes (claim "-01" with NPI and tax ID in the same row), the
  earlier pair's claim and delivery date as decoy, 90-day provider appeal.
- phone_two_page_orthotist_letter_to_plan_left_column: the orthotist's two-page letter to the plan ("Dear Medical
  Director:"), the facts in a left column beside the text, a measurements table (denies nothing).
- scan300_eob_from_to_claims_total: member EOB with four claims in From / To columns (a course of PT visits,
  a physiatry visit, orthotic training paid; the AFO pair denied), total row, footnote naming the denied row.
- rotated_clinic_statement_from_to_denied_row: the rehabilitation clinic's statement with From / To rows, the
  orthotic training row denied by the plan, total row, footnote (denies nothing).
- lowres_apelacion_confirmada_es: Spanish appeal decision upholding the denial ("Número de miembro", "Fecha del
  aviso", "Fechas de servicio", "Proveedor"), second level in 60 days, external review 4 months as decoy.
- copy_stack_approval_blank_then_claim_denial: an approval of a night splint (denies nothing), a blank separator
  sheet, then a claim denial for the AFOs with captions over boxes, its page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjc import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "pediatric_ankle_foot_orthosis_growth_replacement_denial"
LANG = "en"
SEED = 351602
PLAN = "Kestrelmoor Health Plan"
PRACTICE = "Tamarack Pediatric Orthotics & Prosthetics"
CPO = "Priya N. Halvorsen"
CLINIC = "Willowmere Children's Rehabilitation Clinic"
PHYS = "Octavia B. Renwick"
PT = "Julian F. Ashdown"
AFO = ("L1970", "AFO, plastic, with ankle joint, custom fabricated")
KIDS = ["Mateo", "Aria", "Elijah", "Sofia", "Kai", "Luna", "Ezra", "Nora", "Silas", "Maya"]
LASTS = ["Brannigan", "Okonjo", "Villanueva", "Thorsby", "Castellanos", "Mbeki", "Ferreira", "Lundqvist"]


def _child(rng):
    first, mid, last = rng.choice(KIDS), rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice(LASTS)
    par = f"{rng.choice(['Renata', 'Marcus', 'Denise', 'Hector', 'Yolanda', 'Graham'])} {rng.choice('ACDEJKMR')}. {last}"
    return f"{first} {mid}. {last}", first, par


def _dob(rng):
    return dt.date(rng.randint(2016, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _ids(rng):
    return {"mid": "KMH" + digits(rng, 9), "grp": f"G-{digits(rng, 6)}", "plan": f"PPO {digits(rng, 3)}"}


def _logo(p, rng, dept, y=12):
    p.set_y(y)
    p.set_fill_color(96, 48, 120)
    p.ellipse(p.l_margin, y, 12, 12, style="F")
    p.set_xy(p.l_margin + 15, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 15)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Boise ID 837{rng.randint(10, 99)}  |  1-888-555-"
                 f"{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 17)


def _pair(rng):
    r, l = amount(rng, 1650, 2100), amount(rng, 1650, 2100)
    return r, l, round(r + l, 2)


def bd_preservice(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(6, 12))
    fit = plus(nd, rng.randint(14, 24))
    last = plus(nd, -rng.randint(200, 300))
    pa = f"UM{digits(rng, 8)}"
    p = DJSheet(footer="Page {n} of {nb}", footer_left="KHP-UM-AFO-3 (01/26)")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Notice of Denial of Coverage", 12, "B")
    p.ln(1)
    p.line(par, 9.5)
    p.line(f"Parent or guardian of {kid}", 9.5)
    p.ln(3)
    facts = [("Date of this notice", fdate(nd, "long")), ("Member", kid), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Date of birth", fdate(_dob(rng), "slash")), ("Request number", pa),
             ("Requested by", f"{CPO}, CPO"), ("Items", f"{AFO[0]}-RT, {AFO[0]}-LT"),
             ("Planned fitting", fdate(fit, "slash")), ("Last pair delivered", fdate(last, "slash")),
             ("Request received", fdate(rec, "slash"))]
    paras = [
        f"Dear {par}:",
        f"{PRACTICE} asked us to approve a new pair of custom ankle-foot orthoses (AFOs) for {kid}. The request was "
        f"sent by {CPO}, the orthotist, with an order from Dr. {PHYS}.",
        "**What we decided.** We did not approve the new pair.",
        f"**Why.** Your plan covers one pair of custom AFOs every 12 months. A pair sooner than that is covered when "
        f"the child's growth or a change in condition means the current pair no longer fits or works. {kf}'s current "
        f"pair was delivered on {fdate(last, 'long')}, less than 12 months ago. The records sent to us do not "
        "include foot length, calf or ankle measurements, or notes showing skin redness, toes past the footplate or "
        "a change in tone. Without them we cannot tell whether the current pair has been outgrown.",
        "If the orthotist sends measurements taken now and at the last fitting, we will look at the request again. "
        "This is not a decision that the AFOs are not needed.",
        "**Your right to appeal.** You may appeal within 180 days of the date of this notice. If waiting could "
        "seriously harm your child's health, ask for a fast appeal; we answer fast appeals within 72 hours. After "
        "the appeal you may ask for an external review.",
        f"Sincerely,\nUtilization Management, {PLAN}",
    ]
    p.side_col(paras, facts, side="right", text_w=118, size=9.3, fsize=8.2, title="About this decision")
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=kid,
              cases=[pa], service_dates=[span(fit)], denial_date=nd.isoformat(), provider=CPO,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [PRACTICE], "service_dates": [[]]})
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(nd, -rng.randint(18, 28))
    prev = plus(dos, -rng.randint(220, 320))
    r, l, tot = _pair(rng)
    claim = f"{digits(rng, 11)}-01"
    prev_claim = f"{digits(rng, 11)}-01"
    fax = (f"{nd.strftime('%d-%b-%Y').upper()} 10:{rng.randint(10, 59)}  KESTRELMOOR CLM 208-555-{digits(rng, 4)}"
           f" -> TAMARACK O&P 208-555-{digits(rng, 4)}  PG {{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    p.f(11, "B")
    p.cell(0, 5, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7)
    p.cell(0, 3.5, "Provider Claim Notice  |  Orthotics and prosthetics", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 44), ("Billing NPI", digits(rng, 10), 32),
         ("Tax ID", f"82-{digits(rng, 7)}", 28), ("Patient account", f"TPO{digits(rng, 6)}", 30), ("Plan", ids["plan"], 22)],
        [("Patient", kid, 46), ("Member ID", ids["mid"], 40), ("Group", ids["grp"], 28),
         ("Patient DOB", fdate(_dob(rng), "slash"), 26), ("Subscriber", par, 44)],
        [("Rendering", f"{CPO}, CPO", 46), ("Referring", f"{PHYS}, MD", 42), ("DOS", fdate(dos, "slash"), 26),
         ("Received", fdate(plus(dos, 5), "slash"), 26), ("Billed", money(tot), 26), ("Paid", "$0.00", 18)],
    ], cap=5.8, val=7.2, box_h=5)
    p.ln(1)
    p.table(["Ln", "HCPCS", "Mod", "Description", "DOS", "Billed", "Allowed", "Paid", "Code"],
            [["1", AFO[0], "RT", AFO[1], fdate(dos, "short"), money(r, "nosign"), "0.00", "0.00", "RF12"],
             ["2", AFO[0], "LT", AFO[1], fdate(dos, "short"), money(l, "nosign"), "0.00", "0.00", "RF12"]],
            [8, 15, 10, 76, 16, 18, 16, 14, 13], size=6.8, row_h=4.6,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"])
    p.para(f"RF12  Replacement within 12 months of the last pair. The member's previous pair was paid on claim "
           f"{prev_claim} for delivery on {fdate(prev, 'long')}. Replacement sooner is payable only when growth or a "
           "change in condition is documented (current and prior measurements, fit problems). No such records were "
           "received with this claim. The member may not be billed unless a signed waiver was obtained.", 6.9)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.2)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Attach the measurements and "
           "fitting notes. Corrected claims must be received within 365 days of the date of service. Prior "
           "authorization requests may be sent by fax; urgent requests are decided within 72 hours.", 6.9)
    p.para(f"Provider Services 1-888-555-{digits(rng, 4)}. Form KHP-PCN-8 (01/26).", 6.9)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=kid, cases=[claim], claim_amount=m2(tot), service_dates=[span(dos)],
              denial_date=nd.isoformat(), provider=CPO, appeal_deadline=plus(nd, 90).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"provider": [PRACTICE]})
    return out(p), t


def phone_orthotist_letter(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    ld = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 8))
    den = plus(ld, -rng.randint(10, 18))
    m_old = plus(ld, -rng.randint(230, 300))
    m_new = plus(ld, -rng.randint(2, 6))
    pa = f"UM{digits(rng, 8)}"
    p = DJSheet(footer="Page {n} of {nb}", cont=f"Re: {kid}  |  Member ID {ids['mid']}  |  Request {pa}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pediatric orthotics  |  Meridian ID  |  208-555-{digits(rng, 4)}  |  Fax 208-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    facts = [("Date", fdate(ld, "long")), ("Patient", kid), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Request number", pa),
             ("Denial dated", fdate(den, "slash")), ("Items", f"{AFO[0]} RT/LT"), ("Orthotist", f"{CPO}, CPO"),
             ("NPI", digits(rng, 10)), ("Referring", f"Dr. {PHYS}")]
    paras = [
        f"{PLAN}\nMedical Director, Utilization Management\nFax 208-555-{digits(rng, 4)}",
        "Dear Medical Director:",
        f"I am writing about your denial of {fdate(den, 'long')} of a new pair of hinged ankle-foot orthoses for "
        f"{kid}, who has spastic diplegic cerebral palsy (GMFCS level II). The denial says growth was not "
        "documented. The measurements below were taken at the last fitting and again this week.",
        f"{kf}'s foot length has grown 1.6 cm on the right and 1.4 cm on the left. The toes now extend past the "
        "footplate by 8-10 mm, and there is a blanching red area over the right navicular after two hours of wear. "
        "The calf shells can no longer be closed over the strap pads. The trim lines cannot be extended further; "
        "the footplates were already lengthened once in the autumn.",
    ]
    p.side_col(paras, facts, side="left", text_w=122, size=9.3, fsize=8.2, title="Patient and request")
    p.add_page()
    p.line("Measurements", 10.5, "B")
    p.ln(1)
    p.table(["Measurement", fdate(m_old, "slash"), fdate(m_new, "slash"), "Change"],
            [["Foot length, right (cm)", "18.2", "19.8", "+1.6"], ["Foot length, left (cm)", "18.0", "19.4", "+1.4"],
             ["Calf circumference, right (cm)", "22.5", "24.0", "+1.5"],
             ["Malleolus to floor, right (cm)", "5.9", "6.4", "+0.5"]], [70, 32, 32, 28], size=8.8)
    p.para(f"Without a correctly fitting pair, {kf} is at risk of skin breakdown and loses the ankle control that "
           "keeps the knees from collapsing into crouch while walking at school. Please reconsider the request; we "
           f"would like to cast on {fdate(plus(ld, 10), 'long')}. Photographs and Dr. {PHYS}'s note are enclosed.", 9.5)
    p.para(f"Sincerely,\n\n{CPO}, CPO\nCertified Prosthetist Orthotist, {PRACTICE}", 9.5)
    p.para(f"cc: Dr. {PHYS}, {CLINIC}; {par} (parent)", 8.5)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=kid, cases=[pa],
              service_dates=[span(plus(ld, 10))], denial_date=ld.isoformat(), provider=CPO,
              alternates={"insurer": [None], "provider": [PRACTICE], "service_dates": [[]]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    sd = dt.date(2026, 5, 6) + dt.timedelta(days=rng.randint(0, 8))
    pt0, pt1 = dt.date(2026, 3, 2), dt.date(2026, 3, 27)
    vis = dt.date(2026, 2, rng.randint(9, 20))
    tr0, tr1 = dt.date(2026, 4, 1), dt.date(2026, 4, 15)
    dos = dt.date(2026, 3, rng.randint(16, 27))
    ptc, visc, trc = amount(rng, 1100, 1500), amount(rng, 260, 340), amount(rng, 280, 380)
    r, l, afo = _pair(rng)
    cl = [digits(rng, 11) for _ in range(4)]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Subscriber:", par), ("Patient:", kid),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.5)
    p.ln(4)
    rows = [[cl[0], CLINIC[:24] + "...", fdate(vis, "slash"), fdate(vis, "slash"), money(visc, "nosign"),
             money(visc - 30, "nosign"), "30.00", "Paid"],
            [cl[1], f"{PT}, PT", fdate(pt0, "slash"), fdate(pt1, "slash"), money(ptc, "nosign"),
             money(ptc * 0.8, "nosign"), money(ptc * 0.2, "nosign"), "Paid"],
            [cl[2], PRACTICE[:24] + "...", fdate(dos, "slash"), fdate(dos, "slash"), money(afo, "nosign"), "0.00",
             "0.00", "Denied (a)"],
            [cl[3], f"{PT}, PT", fdate(tr0, "slash"), fdate(tr1, "slash"), money(trc, "nosign"),
             money(trc * 0.8, "nosign"), money(trc * 0.2, "nosign"), "Paid"]]
    tb = round(visc + ptc + afo + trc, 2)
    rows.append(["Totals", "", "", "", money(tb, "nosign"), money(visc - 30 + (ptc + trc) * 0.8, "nosign"),
                 money(30 + (ptc + trc) * 0.2, "nosign"), ""])
    p.table(["Claim", "Provider", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
            [26, 48, 20, 20, 20, 20, 17, 17], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"(a) Claim {cl[2]} from {PRACTICE}: custom ankle-foot orthoses, right and left ({AFO[0]}), delivered "
           f"{fdate(dos, 'long')}, billed {money(afo)}. Denied: your plan covers one pair every 12 months; a pair "
           "sooner is covered only when growth or a change in condition is documented, and no measurements were "
           "sent. The practice may not bill you unless you agreed in writing before delivery.", 8.4)
    p.para("You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026; "
           f"DME coinsurance 20%; therapy visits used 18 of 40. Questions: 1-888-555-{digits(rng, 4)}.", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=kid, cases=[cl[2]], claim_amount=m2(afo), service_dates=[span(dos)],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"], alternates={"plan_id": [None]})
    return out(p), t


def rotated_statement(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    sd = dt.date(2026, 5, 20) + dt.timedelta(days=rng.randint(0, 8))
    rows_d = [(dt.date(2026, 3, 3), dt.date(2026, 3, 31), "Physical therapy, 8 visits (97110)", amount(rng, 900, 1300)),
              (dt.date(2026, 4, 2), dt.date(2026, 4, 16), "Orthotic training, 3 visits (97760)",
               amount(rng, 290, 390)),
              (dt.date(2026, 4, 21), dt.date(2026, 4, 21), "Physiatry follow-up (99214)", amount(rng, 240, 320))]
    acct = f"WCR{digits(rng, 7)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Pediatric physiatry and therapy  |  Nampa ID  |  Billing 208-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("STATEMENT OF ACCOUNT", 11.5, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(sd, "long")), ("Responsible party", par), ("Patient", kid),
             ("Patient DOB", fdate(_dob(rng), "slash")), ("Account number", acct),
             ("Insurance", f"{PLAN}  ID {ids['mid']}")], label_w=42, size=9)
    p.ln(2)
    rows = []
    due = 0.0
    for i, (a, b, d, c) in enumerate(rows_d):
        ins = 0.0 if i == 1 else round(c * 0.8, 2)
        you = round(c - ins, 2)
        due += you
        rows.append([fdate(a, "slash"), fdate(b, "slash"), d + (" *" if i == 1 else ""), money(c, "nosign"),
                     money(ins, "nosign"), money(you, "nosign")])
    tot = round(sum(x[3] for x in rows_d), 2)
    due = round(due, 2)
    rows.append(["", "", "Totals", money(tot, "nosign"), "", money(due, "nosign")])
    p.table(["From", "To", "Service", "Charges", "Insurance paid", "Your balance"], rows, [22, 22, 70, 22, 22, 22],
            size=8, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"* {PLAN} denied the orthotic training visits from {fdate(rows_d[1][0], 'long')} through "
           f"{fdate(rows_d[1][1], 'long')} because they were for ankle-foot orthoses it did not approve. The "
           f"orthotist, {CPO}, CPO, is appealing. Visits by {PT}, PT; physiatry by Dr. {PHYS}.", 8.5)
    p.para("Please pay the balance by the due date on the coupon below or call us to set up a payment plan.", 8.5)
    p.tear()
    p.pairs([("Amount due", money(due)), ("Account", acct), ("Due by", fdate(plus(sd, 30), "slash"))], label_w=30,
            size=9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=kid, claim_amount=m2(rows_d[1][3]),
              service_dates=[span(rows_d[1][0], rows_d[1][1])], denial_date=sd.isoformat(), provider=CLINIC,
              unscored=["insurer"],
              alternates={"claim_amount": [m2(due), m2(tot)], "provider": [PT, PHYS], "service_dates": [[]]})
    return out(p), t


def lowres_appeal_es(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 8))
    rec = plus(nd, -rng.randint(20, 30))
    dos = dt.date(2026, 4, rng.randint(1, 20))
    r, l, tot = _pair(rng)
    appeal = f"AP-{digits(rng, 7)}"
    claim = f"{digits(rng, 11)}-01"
    p = DJSheet(serif=True, footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Apelaciones y Quejas")
    p.line("Decisión sobre su apelación", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", kid), ("Número de miembro", ids["mid"]),
             ("Número de apelación", appeal), ("Número de reclamación", claim),
             ("Fechas de servicio", fdate(dos, "dmy", "es")), ("Proveedor", f"{CPO}, CPO ({PRACTICE})"),
             ("Apelación recibida", fdate(rec, "dmy", "es"))], label_w=50, size=9.5)
    p.ln(2)
    p.para(f"Estimado/a {par}:", 10)
    p.para(f"Usted apeló nuestra decisión de no pagar el par nuevo de órtesis de tobillo y pie (AFO, {AFO[0]}) que "
           f"{CPO} entregó a {kid} el {fdate(dos, 'long', 'es')}, facturado por {money(tot)}.", 10)
    p.para("Un médico especialista en medicina física y rehabilitación pediátrica que no participó en la primera "
           "decisión revisó su apelación. **Confirmamos la denegación.** Su plan cubre un par de AFO cada 12 meses. "
           "Un par antes de ese plazo se cubre solo si el crecimiento o un cambio en la condición está documentado. "
           "La apelación no incluyó medidas del pie ni notas de ajuste; por eso no podemos saber si el par actual "
           "ya no le queda.", 10)
    p.para("Puede pedir una apelación de segundo nivel dentro de 60 días a partir de la fecha de esta carta. "
           "También puede pedir una revisión externa por una organización independiente dentro de 4 meses después "
           "de recibir esta carta. Si la salud de su hijo/a corre peligro, pida una revisión rápida (72 horas).", 10)
    p.para(f"Atentamente,\nDepartamento de Apelaciones y Quejas, {PLAN}\nKHP-APL-ES-2 (01/26)", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=kid,
              cases=[appeal, claim], claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=CPO, appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[appeal]], "provider": [PRACTICE]})
    return out(p), t


def copy_stack(rng):
    ids = _ids(rng)
    kid, kf, par = _child(rng)
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    a0, a1 = plus(nd, 3), plus(nd, 93)
    auth = f"UM{digits(rng, 8)}"
    p = DJSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line(f"Approval notice  -  {fdate(nd, 'abbr')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Authorization no.", auth), ("Member", kid), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Provider", PRACTICE), ("Item", "L4396 Static ankle-foot night splint, right"),
             ("Authorized period", f"{fdate(a0, 'slash')} - {fdate(a1, 'slash')}")], label_w=38, size=9.5)
    p.ln(3)
    p.para(f"Dear {par}:", 10)
    p.para(f"We approved the night splint for {kid} that {CPO} asked for. The splint may be delivered during the "
           "authorized period above. Your DME coinsurance applies. This approval does not change our earlier "
           "decision about the daytime ankle-foot orthoses.", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=kid,
                          cases=[auth], service_dates=[span(a0, a1)], denial_date=nd.isoformat(), provider=PRACTICE,
                          alternates={"provider": [CPO], "service_dates": [[]]}))
    nd2 = plus(nd, rng.randint(5, 10))
    dos = plus(nd, -rng.randint(15, 25))
    r, l, tot = _pair(rng)
    claim = f"{digits(rng, 11)}-01"
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Claims")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.capgrid([[("Date of notice", fdate(nd2, "slash"), 36), ("Claim number", claim, 48),
                ("Member ID", ids["mid"], 44), ("Group", ids["grp"], 34)],
               [("Patient", kid, 56), ("Date of service", fdate(dos, "slash"), 36), ("Billed", money(tot), 34),
                ("Provider", PRACTICE, 50)]], cap=6.8, val=8.8)
    q.ln(2)
    q.para(f"We did not pay for the custom ankle-foot orthoses, right and left ({AFO[0]}), that {CPO} delivered on "
           f"{fdate(dos, 'long')}. The last pair was paid less than 12 months ago and the claim did not show growth "
           "or a change in condition. The practice may not bill you for them unless you agreed in writing first.", 10)
    q.para("You may appeal within 180 days of the date of this notice. Call Member Services if you need help.", 10)
    q.para(f"Claims Department, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
                          member_name=kid, cases=[claim], claim_amount=m2(tot), service_dates=[span(dos)],
                          denial_date=nd2.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd2, 180).isoformat(),
                          denial_alternates=["medical_necessity"], alternates={"provider": [CPO]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_denial_two_column_facts_right", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_provider_claim_notice_boxes_small_type", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "phone_two_page_orthotist_letter_to_plan_left_column", "phone_photo", [phone_orthotist_letter(rng)]),
        Item(F + "scan300_eob_from_to_claims_total", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "rotated_clinic_statement_from_to_denied_row", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_apelacion_confirmada_es", "scan_lowres_150", [lowres_appeal_es(rng)]),
        Item(F + "copy_stack_approval_blank_then_claim_denial", "photocopy", copy_stack(rng),
             separators=["blank", None], turns={(1, 0): 90}),
    ]
