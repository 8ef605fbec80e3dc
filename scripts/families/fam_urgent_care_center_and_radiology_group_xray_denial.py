"""An invented commercial plan (Kestrel Ford Health Plan) deciding an urgent care centre's X-ray claims (the technical
part, taken at Cobblecrest Urgent Care Center) and the radiology group's reading claims (the professional part,
Sablewick Radiology Associates), mostly on faxed or photocopied caption forms. CPT codes, modifier 26 and CARC/RARC
codes appear as themselves; the plan, its rules and time limits, the centre, the group, every doctor, person,
number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_reading_missing_modifier_26: a provider remittance to the radiology group on a
  standard fax with capital captions ("PAYEE", "TIN", "EFT TRACE", "CLM NO.", "DOS", "AMT BILLED"): three
  patients' claims, the middle one's ankle X-ray reading refused CO-4 / N519 (no modifier 26; coding_error).
- faxstd_claim_form_centre_location_out_of_network: a member claim determination form on a standard fax, mailed to
  the member's spouse, refusing the X-ray taken at a centre location outside the network (out_of_network).
- photocopy_claim_form_reading_before_coverage_began: a photocopied form with captions beside boxes: the group's
  reading of a wrist X-ray done before the member's coverage began (eligibility); effective date as decoy.
- phone_es_radiografia_accidente_de_trabajo: a photographed Spanish letter: a hand X-ray after an injury at work,
  the employer's workers' compensation must pay first (other).
- rotated_centre_statement_after_insurance: the centre's statement to the guarantor (the member's husband), fed
  sideways (denies nothing).
- lowres_reading_claim_sent_late_letter_to_parent: a 150 dpi prose letter to a parent: the radiologist's reading of
  the son's X-ray "on or about" a date reached the plan after 180 days (timely_filing).
- finefax_stack_cover_eob_repeat_chest_xray_then_sports_physical_letter_upside_down: a cover sheet, a member EOB of
  four claims whose repeat chest X-ray is refused as not needed (medical_necessity), then upside down a letter
  refusing an X-ray taken for a sports league's clearance (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "urgent_care_center_and_radiology_group_xray_denial"
LANG = "en"
SEED = 353603
INS = "Kestrel Ford Health Plan"
ALT = ["Kestrel Ford"]
PLAN = "Kestrel Ford Select HMO 3500"
GROUP = "KF-518302"
UC = "Cobblecrest Urgent Care Center"
RAD = "Sablewick Radiology Associates"


def kid(rng):
    return f"KFH{digits(rng, 9)}"


def icn(rng):
    return f"E{digits(rng, 13)}"


def dob(rng, lo=1960, hi=2004):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DTSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Columbus OH 43216-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    rads = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [("71046-26", "Chest X-ray 2 views, reading", 55, 90, False),
             ("73610", "Ankle X-ray 3 views, reading", 60, 95, True),
             ("72100-26", "Lumbar spine X-ray, reading", 60, 100, False)]
    for pt, rad, (code, desc, lo, hi, den) in zip(pats, rads, specs):
        d = plus(rd, -rng.randint(12, 35))
        n, m = icn(rng), kid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {rad}", code, money(b, "nosign"), "0.00", "0.00",
                         "CO-4 N519"])
        else:
            al = round(b * 0.6, 2)
            rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {rad}", code, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "1"])
        info.append((pt, rad, n, m, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  KFHP PROV REMIT  {phone(rng, '614')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "KF-PRA-7 (rev. 09/2025)")
    p.capstrip([("PAYEE", RAD), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DT", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "RENDERING", "CPT/MOD", "AMT BILLED", "ALLOWED", "PAID",
             "ADJ"], rows, [38, 40, 32, 20, 40, 18, 20, 18, 18, 15.9], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, rad, n, m, d, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-4 N519: the ankle X-ray was taken at Cobblecrest Urgent Care "
           "Center, which bills the films itself. Your group's claim for the reading must carry modifier 26 "
           "(professional part only); billed without it, the code asks for the whole X-ray, films included, so "
           "the line is refused. Send a corrected claim with 73610-26. Not billable to the patient.", 7.9)
    p.para("Corrected claims and reconsiderations: within 90 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=rad,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [RAD]})
    return out(p), t


def faxstd_oon(rng):
    member, spouse, doc, rev = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(28, 40))
    n = icn(rng)
    b1, b2 = amount(rng, 120, 200), amount(rng, 70, 130)
    billed = round(b1 + b2, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 11:{rng.randint(10, 59)}  KESTREL FORD CLAIMS  {phone(rng, '614')}  P{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION", "Form KF-CD-2 rev. 11/2025")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("DATE", fdate(nd, "slash")), ("MAILED TO", spouse), ("REL. TO MBR", "Spouse")], [34, 80, W - 114])
    p.form_band([("MBR NAME", member), ("MBR #", m), ("GRP", GROUP), ("PLAN", PLAN)], [50, 40, 30, W - 120])
    p.form_band([("CLM NO.", n), ("DOS", fdate(v, "slash")), ("AMT BILLED", money(billed))], [56, 40, W - 96])
    p.form_band([("BILLING FACILITY", f"{UC} - Harbor Road"), ("ORDERED BY", f"Dr. {doc}")], [104, W - 104])
    p.ln(2)
    p.table(["CPT", "Description", "AMT BILLED", "Plan paid", "RSN"],
            [["99213", "Urgent care visit", money(b1, "nosign"), "0.00", "N7"],
             ["73030", "Shoulder X-ray 2 views", money(b2, "nosign"), "0.00", "N7"],
             ["", "Claim total", money(billed, "nosign"), "0.00", ""]],
            [20, 86, 30, 26, W - 162], size=8.6, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"N7: {PLAN} pays only for care from providers in its network, except emergencies. The centre's "
           "Route 9 location is in our network; its Harbor Road location, where the visit and the X-ray took "
           "place, is not. An urgent care visit for a sore shoulder is not an emergency under your plan. You may "
           "owe the centre its full charge.", 8.8)
    p.para(f"Reviewed by {rev}, claims examiner. Appeal within 180 days of the date of this notice. Urgent "
           "appeals: 72 hours. External review: within 4 months of the final decision. "
           f"Member Services {phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(billed), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=UC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def photocopy_elig(rng):
    member, rad, doc = people(rng, 3)
    m = kid(rng)
    eff = dt.date(2026, 4, 1)
    v = dt.date(2026, 3, rng.randint(18, 28))
    nd = plus(v, rng.randint(30, 40))
    n = icn(rng)
    b = amount(rng, 48, 85)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION", "KF-ECD-4 (rev. 01/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("DATE OF NOTICE", fdate(nd, "abbr")), ("MBR #", m)],
              [("GRP NO.", GROUP), ("COVERAGE EFF.", fdate(eff, "slash"))],
              [("REF NO. / CLM", n), ("DOS", fdate(v, "slash"))],
              [("RENDERING", f"Dr. {rad}"), ("BILLED BY", RAD)],
              [("PLACE OF SVC", UC), ("AMT BILLED", money(b))]], cap_w=27, cap=5.6)
    p.para(f"**Decision: not paid.** {RAD} billed us for Dr. {rad}'s reading of the wrist X-ray (73110-26) taken at "
           f"{UC} on {fdate(v, 'long')}; Dr. {doc} at the centre ordered it. Your coverage with us began on the "
           "date in the COVERAGE EFF. box, after the X-ray. We can pay only for care given while coverage is in "
           "force. If you had other coverage on that day, the group may send the claim there.", 9)
    p.para("Appeal within 180 days of the date of this notice. Urgent appeals are decided within 72 hours. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=rad,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [RAD]})
    return out(p), t


def phone_es(rng):
    member, doc, rad, sig = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(25, 35))
    n = icn(rng)
    b1, b2 = amount(rng, 130, 210), amount(rng, 75, 140)
    billed = round(b1 + b2, 2)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} usted fue a {UC} por una lesión en la mano. El Dr. {doc} le examinó la mano y "
           f"pidió una radiografía (73130). El centro nos cobró {money(billed)} por la visita y la "
           f"radiografía. La lectura del Dr. {rad} se cobra aparte.", 10)
    p.para("En el formulario usted indicó que se lastimó en el trabajo. Cuando una lesión ocurre en el trabajo, el "
           "seguro de compensación para trabajadores de su empleador debe pagar primero. Por eso no pagamos este "
           "reclamo. Si la lesión no ocurrió en el trabajo, llámenos y volveremos a revisar el reclamo.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=UC,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_statement(rng):
    member, husband, doc, tech = people(rng, 4)
    m = kid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 45))
    ac = f"CC{digits(rng, 7)}"
    b1, b2 = amount(rng, 140, 220), amount(rng, 80, 150)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.5, 2)
    adj = round(tot * 0.3, 2)
    bal = round(tot - paid - adj, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(UC, "CUC", [f"{rng.randint(100, 9800)} Route 9, Delaware OH 43015  |  Patient billing {phone(rng, '740')}"
                            f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [husband, *address(rng)], "Patient", [member, f"Account {ac}", f"Seen by Dr. {doc}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"), ("PAY BY", fdate(plus(sd, 25), "abbr"))]],
           size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "99213", "Urgent care visit", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "73630", "Foot X-ray 3 views (technical)", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -5), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -5), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (copay / coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"X-ray taken by {tech}, RT(R). The reading of your X-ray is billed separately by {RAD}. Your insurer "
           "has paid its share; the balance is your copay as your insurer reported it.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=UC, unscored=["insurer"],
              alternates={"provider": [doc], "member_id": [None]})
    return out(p), t


def lowres_late(rng):
    child, mother, rad, doc, sig = people(rng, 5)
    m = kid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(190, 205))
    nd = plus(rec, rng.randint(6, 12))
    n = icn(rng)
    b = amount(rng, 55, 95)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your son {child} (member ID {m}, group {GROUP}) had an X-ray of his elbow at {UC} on or about "
           f"{fdate(v, 'long')}, ordered by Dr. {doc}. Dr. {rad} of {RAD} read the X-ray, and the group sent us a "
           f"claim for the reading, claim {n}, for {money(b)}. We received it on {fdate(rec, 'slash')}.", 10)
    p.para("Our contract with the group gives it 180 days from the date of service to send a claim. This claim "
           "came after that, so we did not pay it. The group is in our network and may not bill you for the "
           "reading. The centre's own claim for the X-ray was paid earlier.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=rad,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [RAD]})
    return out(p), t


def finefax_stack(rng):
    member, doc, rad, sig, rev = people(rng, 5)
    m = kid(rng)
    d1 = dt.date(2026, 2, rng.randint(2, 12))
    d2 = plus(d1, rng.randint(3, 5))
    sd = plus(d2, rng.randint(28, 36))
    n1, n2, n3, n4 = icn(rng), icn(rng), icn(rng), icn(rng)
    v, x1, r1, x2 = amount(rng, 150, 230), amount(rng, 90, 150), amount(rng, 55, 90), amount(rng, 90, 150)
    fax = f"{sd.strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  KFHP MEMBER SVCS  {phone(rng, '614')}  PAGE {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MBR #", m), ("GRP", GROUP), ("STMT DATE", fdate(sd, "slash")),
                ("DOB", fdate(dob(rng), "slash"))], [48, 38, 28, 36, 41.9])
    p.ln(3)

    def row(n, who, d, code, desc, b, paid, rsn):
        al = round(b * 0.6, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [n, who, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"), money(pd, "nosign"),
                money(round(al - pd, 2), "nosign"), rsn]
    p.table(["CLM NO.", "PROVIDER", "DOS", "CPT", "SERVICE", "BILLED", "ALLOWED", "PAID", "YOU OWE", "RSN"],
            [row(n1, UC, d1, "99214", "Urgent care visit", v, True, "A1"),
             row(n2, UC, d1, "71046", "Chest X-ray 2 views", x1, True, "A1"),
             row(n3, RAD, d1, "71046-26", "X-ray reading", r1, True, "A1"),
             row(n4, UC, d2, "71046", "Chest X-ray 2 views", x2, False, "M3")],
            [30, 45, 18, 15, 30, 14, 14, 14, 14, 11.9], size=7.4, aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para(f"**RSN.** A1: paid under your plan. M3: not medically necessary. You went back to the centre on "
           f"{fdate(d2, 'long')}, and Dr. {doc} took a second chest X-ray. The first X-ray, read by Dr. {rad}, was "
           "normal, and the notes describe no new or worse symptoms, so a repeat X-ray so soon was not needed. "
           f"Reviewed by Dr. {rev}.", 8.4)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months after "
           "our final decision.", 8.4)
    d_a = (out(p), truth("eob", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n4], claim_amount=m2(x2), service_dates=[d2.isoformat()], denial_date=sd.isoformat(),
                         provider=UC, appeal_deadline=plus(sd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc]}))
    child, father, doc2, sig2 = people(rng, 4)
    m2_ = kid(rng)
    v2 = dt.date(2026, 7, rng.randint(6, 20))
    nd = plus(v2, rng.randint(25, 35))
    n5 = icn(rng)
    b5 = amount(rng, 85, 140)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Patient", child), ("Member ID", m2_), ("Group", GROUP), ("Claim", n5)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {father}:", 10)
    q.para(f"This letter is about the visit your daughter had at {UC} on {fdate(v2, 'long')}, when Dr. {doc2} took "
           f"an X-ray of her knee (73562) for {money(b5)}. The form sent with the claim says the X-ray was done so "
           "that her soccer league could clear her to play.", 10)
    q.para("Your plan does not cover tests done only because a school, a sports league, an employer or an insurer "
           "asks for them. This exclusion is in the section of your plan booklet on services that are not covered. "
           "If the X-ray was also needed to treat an injury, ask the centre to send us the visit notes.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m2_, member_name=child,
                         cases=[n5], claim_amount=m2(b5), service_dates=[v2.isoformat()], denial_date=nd.isoformat(),
                         provider=UC, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_reading_missing_modifier_26", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "faxstd_claim_form_centre_location_out_of_network", "fax_standard_g4", [faxstd_oon(rng)]),
        Item(F + "photocopy_claim_form_reading_before_coverage_began", "photocopy", [photocopy_elig(rng)]),
        Item(F + "phone_es_radiografia_accidente_de_trabajo", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_centre_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_reading_claim_sent_late_letter_to_parent", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_eob_repeat_chest_xray_then_sports_physical_letter_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
