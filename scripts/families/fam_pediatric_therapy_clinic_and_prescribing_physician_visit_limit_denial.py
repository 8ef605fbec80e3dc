"""An invented commercial plan (Thistlewood Health Plan) deciding a pediatric therapy clinic's (Little Otter Pediatric
Therapy Center) speech, occupational and physical therapy visits and the prescribing developmental pediatrician's
(Birchfield Developmental Pediatrics) visits, around a yearly limit of 30 therapy visits; letters go to the parent
who holds the policy about the child. CPT and CARC codes appear as themselves; the plan, its limits and time
limits, the clinic, the practice, every therapist, doctor, child, parent, number and address are invented.

Documents (8 in 7 files):
- clean300_member_eob_six_claims_visit_31_over_limit: a member EOB mailed to the subscriber parent, six claims (five
  therapy visits, one doctor visit), one row (the 31st speech visit) 0.00 under CARC 119 (not_covered); rendering
  therapist and billing clinic both in the row, "visits used 31 of 30", DOB, plan year, NPI as decoys.
- faxstd_predetermination_form_more_ot_visits_not_needed: a side-caption form on a standard fax ("PT NAME", "MBR #",
  "REF NO.", "DOS FROM"/"DOS TO", "ORDERING MD", "SERVICING CLINIC"): 24 visits past the limit asked for by the
  prescribing doctor judged not needed (medical_necessity); treating OT, reviewer and case manager as decoys.
- photocopy_claim_decision_caption_boxes_units_without_modifier: a photocopied claim decision with small captions
  above boxes and a line table whose dates run over "DOS FROM" / "DOS TO" columns: two timed codes billed together
  without modifier 59 (coding_error, CARC 4 with a legend).
- phone_es_centro_fuera_de_la_red: a photographed Spanish letter to a mother on a second therapy centre not in the
  network (out_of_network).
- rotated_other_plan_pays_first_patient_line_only: a letter sending the clinic's claim to the other parent's plan
  first (other), the child only on a "Patient" line, fed sideways.
- lowres_visits_past_limit_without_approval_provider_in_sentences: a 150 dpi prose letter: six visits "from ...
  through ..." past the limit with no approval asked for (prior_authorization); the clinic named only in sentences.
- faxfine_stack_cover_physician_claim_late_then_clinic_statement_upside_down: a fine fax of a cover sheet, a letter
  refusing the prescribing doctor's re-evaluation claim sent after 180 days (timely_filing) and, upside down, the
  clinic's statement after insurance (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdta import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "pediatric_therapy_clinic_and_prescribing_physician_visit_limit_denial"
LANG = "en"
SEED = 353600
INS = "Thistlewood Health Plan"
ALT = ["Thistlewood"]
PLAN = "Thistlewood Family PPO 1500"
GROUP = "TW-582137"
CLINIC = "Little Otter Pediatric Therapy Center"
PRAC = "Birchfield Developmental Pediatrics"


def tw_id(rng):
    return f"TWH{digits(rng, 9)}"


def claim_no(rng):
    return f"E{digits(rng, 11)}"


def ref_no(rng):
    return f"PD-{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(2014, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _clinic_head(p: DTSheet, rng, box=None):
    p.logo_head(CLINIC, "LOPT", [f"{rng.randint(100, 9800)} Sycamore Ave, Dayton OH 454{rng.randint(10, 99)}  |  "
                                 f"Billing {phone(rng, '937')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box=box, size=12)


def clean300_eob(rng):
    child, parent, slp, ot, doc = people(rng, 5)
    mid = tw_id(rng)
    sd = dt.date(2026, 9, rng.randint(8, 24))
    base = plus(sd, -rng.randint(40, 50))
    rows, den = [], None
    specs = [(0, CLINIC, f"{ot}, OTR/L", "97530", "OT activities", 1),
             (2, CLINIC, f"{slp}, SLP", "92507", "Speech therapy", 1),
             (5, PRAC, f"Dr. {doc}", "99214", "Office visit", 1),
             (7, CLINIC, f"{ot}, OTR/L", "97530", "OT activities", 1),
             (9, CLINIC, f"{slp}, SLP", "92507", "Speech therapy (31)", 0),
             (14, CLINIC, f"{ot}, OTR/L", "97110", "OT exercise", 1)]
    total = [0.0, 0.0, 0.0, 0.0]
    for off, prov, rend, code, desc, ok in specs:
        d = plus(base, off)
        n = claim_no(rng)
        b = amount(rng, 140, 230)
        if ok:
            al = round(b * 0.6, 2)
            you = 30.0 if code == "99214" else 25.0
            vals = [b, al, round(al - you, 2), you]
            note = "A1"
        else:
            vals = [b, 0.0, 0.0, 0.0]
            note = "119"
            den = (n, d, b)
        total = [a + v for a, v in zip(total, vals)]
        rows.append([n, fdate(d, "slash"), prov, rend, code, desc] + [money(v, "nosign") for v in vals] + [note])
    rows.append(["TOTALS", "", "", "", "", ""] + [money(v, "nosign") for v in total] + [""])
    n, d, b = den
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Subscriber", parent), ("Patient (dependent 02)", child), ("Member ID", mid), ("Group", GROUP),
                ("Issued", fdate(sd, "long"))], [55, 55, 40, 36, 73])
    p.capstrip([("Patient date of birth", fdate(dob(rng), "slash")), ("Plan", PLAN),
                ("Plan year", "01/01/2026 - 12/31/2026"), ("Therapy visits used", "31 of 30"),
                ("Clinic NPI", digits(rng, 10))], [40, 60, 56, 44, 59])
    p.ln(3)
    p.table(["Claim no.", "Date of service", "Billed by", "Rendering", "Code", "Service", "Billed", "Allowed",
             "Plan paid", "You owe", "Note"], rows, [27, 17, 54, 38, 11, 33, 16, 16, 16, 15, 11], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"], bold_last=True, row_h=5.2)
    p.para(f"**Notes.** A1: paid under your plan; you owe the copay. 119: your plan pays for up to 30 visits of "
           f"speech, occupational and physical therapy together in a plan year. The speech therapy visit on "
           f"{fdate(d, 'long')} was visit 31, so the plan did not pay it. Later visits this year will be treated "
           "the same unless we approve more visits first.", 8.2)
    p.para("**Your rights.** You may appeal within 180 days of the date this statement was issued. Urgent appeals "
           "are decided within 72 hours. After our final decision you may ask for an external review within 4 "
           f"months. Questions: {phone(rng)} (TTY 711).", 8.2)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=slp,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [CLINIC]})
    return out(p), t


def faxstd_predet(rng):
    child, parent, doc, ot, reviewer, cm = people(rng, 6)
    mid = tw_id(rng)
    nd = dt.date(2026, 7, rng.randint(6, 24))
    rec = plus(nd, -rng.randint(5, 10))
    s = plus(nd, rng.randint(5, 12))
    e = plus(s, 83)
    ref = ref_no(rng)
    fax = f"{nd.strftime('%m/%d/%Y')} 11:{rng.randint(10, 59)}  THISTLEWOOD UM  {phone(rng, '614')}  P.{{n}}"
    p = DTSheet(footer="TW-UM-220 (rev. 03/2026)   Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("PREDETERMINATION DECISION", 13, "B", align="C")
    p.ln(3)
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.4)
    p.ln(3)
    p.side_boxes([[("NOTICE DT", fdate(nd, "slash"), 32), ("REF NO.", ref, 34), ("RCVD", fdate(rec, "slash"), 30)],
                  [("PT NAME", child, 62), ("MBR #", mid, 40), ("GRP", GROUP, 28)],
                  [("ORDERING MD", f"Dr. {doc}", 58), ("PRACTICE", PRAC, 72)],
                  [("SERVICING CLINIC", CLINIC, 84), ("TREATING OT", ot, 52)],
                  [("DOS FROM", fdate(s, "slash"), 28), ("DOS TO", fdate(e, "slash"), 28), ("CPT", "97530 / 97110", 30),
                   ("VISITS", "24", 12)],
                  [("DECISION", "NOT APPROVED", 36), ("CASE MGR", cm, 52)]])
    p.bar("WHY WE DECIDED THIS")
    p.para(f"Your plan covers 30 therapy visits a year. More visits can be approved when the records show they are "
           f"needed. Dr. {doc} asked for 24 more occupational therapy visits at {CLINIC} for your son. The clinic's "
           "progress notes show he has met the goals set in the spring for handwriting and dressing, and the new "
           "goals can be worked on at home and at school with the home program the therapist gave the family. "
           "More visits are not medically necessary now, so they are not approved.", 9.2)
    p.para(f"Reviewer: Dr. {reviewer}, pediatric physical medicine. You may ask for the criteria we used.", 9.2)
    p.bar("IF YOU DISAGREE")
    p.para("You may appeal within 180 days of the date of this notice. Urgent appeals: 72 hours. External review: "
           f"within 4 months of our final decision. Call {phone(rng)} (TTY 711).", 8.8)
    p.taglines()
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=mid, member_name=child,
              cases=[ref], service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [PRAC, CLINIC], "service_dates": [[s.isoformat(), e.isoformat()],
                                                                                       []]})
    return out(p), t


def photocopy_coding(rng):
    child, parent, ot, sig = people(rng, 4)
    mid = tw_id(rng)
    s = dt.date(2026, 4, rng.randint(1, 6))
    e = plus(s, 21)
    nd = plus(e, rng.randint(25, 35))
    n = claim_no(rng)
    b1, b2 = amount(rng, 520, 760), amount(rng, 480, 700)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer="TW-CD-14 (rev. 09/2025)  Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DECISION", 12.5, "B", align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE", fdate(nd, "dash")), ("SUBSCRIBER", parent), ("PATIENT", child), ("MBR #", mid)],
                [30, 54, 52, W - 136])
    p.form_band([("REF NO.", n), ("GRP NO.", GROUP), ("AMT BILLED", money(tot)), ("ACCT", f"LO-{digits(rng, 6)}")],
                [46, 34, 40, W - 120])
    p.form_band([("BILLING PROV.", CLINIC), ("RENDERING", f"{ot}, OTR/L")], [100, W - 100])
    p.ln(3)
    p.table(["DOS FROM", "DOS TO", "CPT", "MOD", "UNITS", "AMT BILLED", "PAID", "CARC"],
            [[fdate(s, "slash"), fdate(e, "slash"), "97530", "GO", "8", money(b1, "nosign"), "0.00", "4"],
             [fdate(s, "slash"), fdate(e, "slash"), "97110", "GO", "8", money(b2, "nosign"), "0.00", "4"],
             ["", "", "", "", "", money(tot, "nosign"), "0.00", ""]],
            [24, 24, 18, 14, 14, 30, 22, W - 146], size=8.6, aligns=["L"] * 5 + ["R", "R", "C"], bold_last=True)
    p.para("**CARC 4:** the procedure code is not consistent with the modifier used, or a required modifier is "
           "missing.", 8.6)
    p.para(f"The clinic billed both therapeutic activities (97530) and exercise (97110) for each of the four visits "
           f"from {fdate(s, 'long')} through {fdate(e, 'long')}. When both are done at one visit, the claim must show "
           "modifier 59 to tell us they were separate 15-minute blocks. Without it we cannot pay either line as "
           "billed. The clinic may send a corrected claim; you do not need to do anything, and the clinic may not "
           "bill you while this is fixed.", 9)
    p.para("You may appeal within 180 days of the date of this decision. External review: within 4 months of our "
           f"final decision. Questions: {phone(rng)}, TTY 711.   {sig}, Claims", 9)
    t = truth("denial_letter", "coding_error", insurer=INS, group=GROUP, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=ot, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [CLINIC], "service_dates": [[s.isoformat(), e.isoformat()]]},
              type_alternates=["eob"])
    return out(p), t


def phone_es(rng):
    child, mother, ther, doc = people(rng, 4)
    mid = tw_id(rng)
    vis = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(vis, rng.randint(25, 40))
    n = claim_no(rng)
    ctr = "Centro Terapéutico Arcoíris"
    b = amount(rng, 180, 260)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Número de miembro: {mid}    Grupo: {GROUP}    Reclamo: {n}", 9.6)
    p.para(f"Estimado(a) {mother}:", 10)
    p.para(f"Su hija, {child}, tuvo una evaluación de terapia del habla el {fdate(vis, 'long', 'es')} en {ctr}, con "
           f"la terapeuta {ther}. La Dra. {doc} la había recetado. El centro nos cobró {money(b)}.", 10)
    p.para(f"No pagamos este reclamo. {ctr} no tiene contrato con nosotros, y su plan solo paga terapias con "
           f"proveedores de la red. {CLINIC} y otros centros de la red pueden dar la misma terapia. Si no encontró "
           "un centro de la red con cita disponible, llámenos y podemos revisar el caso.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Revisión externa: dentro de 4 meses después de nuestra decisión final. Llame al "
           f"{phone(rng)} (TTY 711).", 9.6)
    p.para("Atentamente,\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=mid, member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[vis.isoformat()], denial_date=nd.isoformat(), provider=ctr,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ther]})
    return out(p), t


def rotated_cob(rng):
    child, parent, other, pt, sig = people(rng, 5)
    mid = tw_id(rng)
    s = dt.date(2026, 3, rng.randint(2, 9))
    e = plus(s, 24)
    nd = plus(e, rng.randint(20, 30))
    n = claim_no(rng)
    b = amount(rng, 900, 1400)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _head(p, rng, "Coordination of Benefits")
    p.para(fdate(nd, "abbr"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Member ID", mid), ("Group", GROUP), ("Claim", n),
             ("Billed by", CLINIC), ("Amount billed", money(b))], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We received the claim above for physical therapy visits with {pt} from {fdate(s, 'long')} through "
           f"{fdate(e, 'long')}. We have not paid it yet.", 10)
    p.para(f"Our records show the patient is also covered under a plan through {other}'s employer. Under the "
           "birthday rule, that plan pays first for this child. Please ask the clinic to bill that plan first and "
           "send us its explanation of benefits; we will then pay our share. If that coverage has ended, fill in "
           "the enclosed form (TW-COB-3, rev. 01/2026) and we will reprocess the claim.", 10)
    p.para("You may appeal within 180 days of the date of this letter. External review: within 4 months of our "
           f"final decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nCoordination of Benefits", 10)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [pt], "service_dates": [[s.isoformat(), e.isoformat()]]})
    return out(p), t


def lowres_no_approval(rng):
    child, parent, slp, doc, sig = people(rng, 5)
    mid = tw_id(rng)
    s = dt.date(2026, 10, rng.randint(1, 8))
    e = plus(s, 17)
    nd = plus(e, rng.randint(20, 30))
    n = claim_no(rng)
    b = round(6 * amount(rng, 150, 190), 2)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {parent}:", 10)
    p.para(f"This letter is about your son {child} (member ID {mid}) and claim {n}, which {CLINIC} sent us for six "
           f"speech therapy visits with {slp} from {fdate(s, 'long')} through {fdate(e, 'long')}. The clinic billed "
           f"{money(b)}.", 10)
    p.para(f"Your plan pays for 30 therapy visits a year without approval. Your son had used all 30 by the end of "
           f"September. More visits are covered only when we approve them before they happen. Dr. {doc}, who "
           "prescribed the therapy, or the clinic could have asked us, but we have no request for these visits. "
           "So we did not pay them. The clinic is in our network and may not bill you for them. It can still ask "
           "us to approve future visits.", 10)
    p.para("You may appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours. "
           f"External review: within 4 months of our final decision. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services\n{INS}", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{s.isoformat()}/{e.isoformat()}"], denial_date=nd.isoformat(),
              provider=CLINIC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [slp], "service_dates": [[s.isoformat(), e.isoformat()]]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxfine_stack(rng):
    child, parent, doc, sig, ot = people(rng, 5)
    mid = tw_id(rng)
    vis = dt.date(2026, 1, rng.randint(6, 28))
    rec = plus(vis, rng.randint(190, 205))
    nd = plus(rec, rng.randint(6, 12))
    n = claim_no(rng)
    b = round(amount(rng, 380, 520), 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  THISTLEWOOD CLAIMS  {phone(rng, '614')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.regarding([("Member:", child), ("Member ID:", mid), ("Group:", GROUP), ("Claim:", n)], w=88)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{PRAC} sent us a claim for {money(b)} for the developmental re-evaluation your daughter had with "
           f"Dr. {doc} on {fdate(vis, 'long')} ({fdate(vis, 'slash')}). At that visit Dr. {doc} renewed the "
           f"therapy prescription for {CLINIC}.", 10)
    p.para(f"Doctors in our network must send claims within 180 days of the visit. We received this claim on "
           f"{fdate(rec, 'long')}, after that time, so we did not pay it. Because the practice is in our network, "
           "it may not bill you for this visit.", 10)
    p.para("You may appeal within 180 days of the date of this letter. External review: within 4 months of our "
           f"final decision. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d1 = (out(p), truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=child,
                        cases=[n], claim_amount=m2(b), service_dates=[vis.isoformat()], denial_date=nd.isoformat(),
                        provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [PRAC]}))
    sd = plus(nd, rng.randint(2, 8))
    dates = [plus(sd, -rng.randint(30, 45) + 7 * i) for i in range(3)]
    lines = [(d, "97530", "OT therapeutic activities, 2 units", amount(rng, 150, 210)) for d in dates]
    tot = round(sum(x[3] for x in lines), 2)
    paid = round(tot * 0.5, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    q = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    q.set_margins(18, 14, 18)
    q.add_page()
    _clinic_head(q, rng, box="STATEMENT")
    q.addr_pair("Responsible party", [parent, *address(rng)], "Please remit to",
                [CLINIC, f"PO Box {rng.randint(2000, 9000)}", "Dayton OH 45401"])
    q.grid([[("Statement date", fdate(sd, "abbr")), ("Account", f"LO-{digits(rng, 6)}"), ("Patient", child)],
            [("Therapist", f"{ot}, OTR/L"), ("Insurance", f"{INS}  {mid}"), ("Due by", fdate(plus(sd, 30), "slash"))]],
           size=8.4)
    q.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(d, "slash"), c, ds, money(v, "nosign"), ""] for d, c, ds, v in lines] +
            [["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -5), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -5), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (copays)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    q.para("Your insurance has paid. The balance is your copays for these visits. Thank you.", 9)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=mid, member_name=child, claim_amount=m2(tot),
                        service_dates=[d.isoformat() for d in dates], denial_date=sd.isoformat(), provider=CLINIC,
                        unscored=["insurer"], alternates={"provider": [ot], "member_id": [None]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean300_member_eob_six_claims_visit_31_over_limit", "scan_clean_300", [clean300_eob(rng)]),
        Item(F + "faxstd_predetermination_form_more_ot_visits_not_needed", "fax_standard_g4", [faxstd_predet(rng)]),
        Item(F + "photocopy_claim_decision_caption_boxes_units_without_modifier", "photocopy", [photocopy_coding(rng)]),
        Item(F + "phone_es_centro_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_other_plan_pays_first_patient_line_only", "rotated", [rotated_cob(rng)]),
        Item(F + "lowres_visits_past_limit_without_approval_provider_in_sentences", "scan_lowres_150",
             [lowres_no_approval(rng)]),
        Item(F + "faxfine_stack_cover_physician_claim_late_then_clinic_statement_upside_down", "fax_fine_g4",
             faxfine_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
