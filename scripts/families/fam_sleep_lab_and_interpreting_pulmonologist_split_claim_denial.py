"""An invented commercial plan (Wrenfield Mutual Health Plan) deciding a sleep lab's technical claims (Pellwood Sleep
Diagnostic Lab, modifier TC or the lab's own codes) and the interpreting pulmonologists' reading claims (Brindle Creek
Pulmonary and Sleep Associates, modifier 26), paying one of the two claims for a study and refusing the other.
CPT codes 95810 / 95811 / 95805 / 99080, modifiers TC and 26 and CARC codes appear as themselves; the plan, its rules
and time limits, the lab, the group, a remote reading service, every doctor, person, number and address are
invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- photocopy_member_eob_three_claims_reading_already_paid_in_global: a member EOB to the subscriber about the spouse,
  three claims with one date column and a totals row; the lab billed the study globally (reading included) and was
  paid, so the group's 95810-26 reading claim is refused as already paid to another provider (other).
- faxstd_claim_form_titration_night_without_approval: a claim decision form on a standard fax, captions above boxes
  ("Date of notice | Date mailed", "Member name | Member ID", "Servicing facility", "Ordering physician",
  "Interpreting physician"); the lab's CPAP titration night refused for want of approval while the reading was paid
  (prior_authorization); appeal deadline printed as a date.
- faxstd_remittance_to_lab_four_patients_one_sent_late: a landscape provider remittance to the lab on a standard fax
  (TIN, NPI, EFT trace as decoys), four patients, the third patient's study refused CO-29 (timely_filing).
- phone_es_lectura_por_servicio_fuera_de_la_red: a photographed Spanish letter to a wife: the lab was paid, the
  reading by a remote reading service outside the network was not (out_of_network).
- lowres_letter_nap_test_day_after_not_needed: a 150 dpi letter: the lab's daytime nap test on the day after the
  overnight study (the date in words) was not needed (medical_necessity); the overnight study and reading were paid.
- born_digital_group_statement_after_insurance: the pulmonology group's statement to the patient after insurance
  (denies nothing).
- clean_stack_reading_after_coverage_ended_duplex_then_form_fee_sideways: a letter refusing the reading dated two
  days after coverage ended while the lab's study night was paid (eligibility), its blank duplex back, then fed
  sideways a letter refusing the pulmonologist's charge for filling in a driver's medical form (not_covered).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdva import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "sleep_lab_and_interpreting_pulmonologist_split_claim_denial"
LANG = "en"
SEED = 354000
INS = "Wrenfield Mutual Health Plan"
ALT = ["Wrenfield Mutual"]
PLAN = "Wrenfield Choice PPO 2500"
GROUP = "WF-407718"
LAB = "Pellwood Sleep Diagnostic Lab"
GRP = "Brindle Creek Pulmonary and Sleep Associates"


def wid(rng):
    return f"WF{digits(rng, 9)}"


def clm(rng):
    return f"C26{digits(rng, 10)}"


def dob(rng, lo=1955, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 53708-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def photocopy_eob(rng):
    pt, sub, pul, lab_doc = people(rng, 4)
    m = wid(rng)
    night = dt.date(2026, 2, rng.randint(3, 20))
    read = plus(night, rng.randint(2, 4))
    visit = plus(night, -rng.randint(18, 26))
    sd = plus(read, rng.randint(26, 34))
    n1, n2, n3 = clm(rng), clm(rng), clm(rng)
    b1, b2, b3 = amount(rng, 240, 320), amount(rng, 1650, 2300), amount(rng, 210, 330)
    a1, a2 = round(b1 * 0.62, 2), round(b2 * 0.55, 2)
    p1, p2 = round(a1 * 0.8, 2), round(a2 * 0.8, 2)
    rows = [[n1, GRP, f"Dr. {pul}", fdate(visit, "slash"), "99204", money(b1, "nosign"), money(a1, "nosign"),
             money(p1, "nosign"), money(round(a1 - p1, 2), "nosign"), "1"],
            [n2, LAB, f"Dr. {lab_doc}", fdate(night, "slash"), "95810", money(b2, "nosign"), money(a2, "nosign"),
             money(p2, "nosign"), money(round(a2 - p2, 2), "nosign"), "1"],
            [n3, GRP, f"Dr. {pul}", fdate(read, "slash"), "95810-26", money(b3, "nosign"), "0.00", "0.00", "0.00",
             "B20"],
            ["TOTALS", "", "", "", "", money(b1 + b2 + b3, "nosign"), money(a1 + a2, "nosign"),
             money(p1 + p2, "nosign"), money(round(a1 - p1 + a2 - p2, 2), "nosign"), ""]]
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", "WM-EOB-5 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Date of this\nstatement", fdate(sd, "slash")), ("Subscriber", sub, "Member ID", m),
              ("Patient", pt), ("Patient date\nof birth", fdate(dob(rng), "slash")), ("Group", GROUP),
              ("Plan year", "2026")], [30, 92, 52, 30, 30, W - 234])
    p.ln(3)
    p.table(["Claim no.", "Provider", "Rendering", "Date of service", "Code", "Billed", "Allowed", "Plan paid",
             "You owe", "Note"], rows, [36, 64, 40, 22, 20, 20, 18, 18, 16, W - 254], size=7.8,
            aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "C"], bold_last=True)
    p.legend([("1", "Paid at the in-network rate; what you owe is your coinsurance."),
              ("B20", f"Already paid to another provider. {LAB} billed the sleep study with code 95810 and no "
                      "modifier, which covers both running the study and reading it, and we paid that claim. The "
                      f"group's separate claim for Dr. {pul}'s reading of the same study asks us to pay for the "
                      "reading a second time. The lab and the group must settle the reading fee between them; "
                      "you do not owe it.")])
    p.para("You may appeal any decision on this statement within 180 days of the date of this statement. Urgent "
           f"appeals are decided within 72 hours. Member Services {phone(rng)} (TTY 711).", 8.4)
    t = truth("eob", "other", insurer=INS, group=GROUP, member_id=m, member_name=pt, cases=[n3],
              claim_amount=m2(b3), service_dates=[read.isoformat()], denial_date=sd.isoformat(), provider=pul,
              appeal_deadline=plus(sd, 180).isoformat(), alternates={"insurer": ALT, "provider": [GRP]})
    return out(p), t


def faxstd_titration(rng):
    pt, ordr, reader, rev = people(rng, 4)
    m = wid(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(28, 36))
    mailed = plus(nd, 1)
    by = plus(nd, 180)
    n, n_read = clm(rng), clm(rng)
    b = amount(rng, 1900, 2700)
    br = amount(rng, 190, 290)
    fax = f"{mailed.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  WRENFIELD CLAIMS  {phone(rng, '608')}  P{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DECISION NOTICE", "Form WM-CD-2 rev. 12/2025")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Date of notice", fdate(nd, "slash"), "Date mailed", fdate(mailed, "slash")),
              ("Member name", pt, "Member ID", m)], [80, W - 80])
    p.boxrow([("Group no.", GROUP), ("Plan", PLAN), ("Claim no.", n)], [34, 62, W - 96])
    p.boxrow([("Servicing facility\n(billing provider)", LAB), ("Ordering\nphysician", f"Dr. {ordr}"),
              ("Interpreting\nphysician", f"Dr. {reader}")], [72, 55, W - 127])
    p.boxrow([("Date of\nservice", fdate(v, "slash")), ("Service", "95811-TC  CPAP titration night"),
              ("Amount\nbilled", money(b)), ("Request an\nappeal by", fdate(by, "slash"))], [30, 82, 36, W - 148])
    p.ln(3)
    p.para(f"**Decision: not paid (CARC 197).** Your plan asks the lab to get our approval before an overnight "
           f"study with CPAP titration. {LAB} did not ask, and we have no approval on file for this night. The lab "
           "is in our network, so it may not bill you for this claim. The lab may still send us the sleep notes "
           "and ask for a review.", 9)
    p.para(f"**The reading was paid.** Dr. {reader}'s reading of the same study (claim {n_read}, 95811-26, "
           f"{money(br)}) was paid under your plan; any coinsurance will show on your next statement.", 9)
    p.para(f"Reviewed by {rev}, claims examiner. Urgent appeals: 72 hours. External review: within 4 months of our "
           f"final decision. Member Services {phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=pt, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=LAB, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [ordr], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 4)
    rd = dt.date(2026, 9, rng.randint(3, 24))
    rows, info = [], []
    for i, pt in enumerate(pats):
        late = i == 2
        d = plus(rd, -rng.randint(200, 215)) if late else plus(rd, -rng.randint(20, 45))
        n, m = clm(rng), wid(rng)
        code = rng.choice(["95810-TC", "95811-TC", "95810-TC", "95806"])
        b = amount(rng, 900, 2600) if code != "95806" else amount(rng, 260, 420)
        last, first_mid = pt.split()[-1].upper(), " ".join(pt.split()[:2]).upper().rstrip(".")
        name = f"{last}, {first_mid}"
        if late:
            rows.append([n, name, m, fdate(d, "slash"), code, money(b, "nosign"), "0.00", "0.00", "CO-29"])
        else:
            al = round(b * 0.57, 2)
            rows.append([n, name, m, fdate(d, "slash"), code, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "CO-45"])
        info.append((pt, n, m, d, b))
    tb = sum(x[4] for x in info)
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), "", "", ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  WRENFIELD PROV PMT  {phone(rng, '608')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "WM-PRA-1 (rev. 07/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Payee", LAB), ("Payee TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Payee NPI", digits(rng, 10)),
              ("Date of this\nremittance", fdate(rd, "slash")), ("EFT trace no.", digits(rng, 12))],
             [80, 40, 40, 40, W - 200])
    p.ln(3)
    p.table(["Claim no.", "Patient", "Member ID", "DOS", "CPT/Mod", "Billed", "Allowed", "Paid", "Adj."],
            rows, [40, 56, 32, 24, 24, 24, 22, 22, W - 244], size=7.8,
            aligns=["L"] * 5 + ["R"] * 3 + ["C"], bold_last=True)
    pt, n, m, d, b = info[2]
    p.legend([("CO-45", "Charge exceeds the contracted rate; the difference is written off by the payee."),
              ("CO-29", "The time limit for filing has expired. Under the lab's agreement with us, claims must "
                        "reach us within 180 days of the date of service; this one reached us later. Not "
                        "billable to the patient.")], code_w=14)
    p.para("Reconsiderations and corrected claims: within 90 days of the date of this remittance. Provider "
           f"Services {phone(rng)}.", 8)
    t = truth("eob", "timely_filing", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=LAB,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def phone_es(rng):
    pt, wife, reader, sig = people(rng, 4)
    m = wid(rng)
    v = dt.date(2026, 4, rng.randint(6, 22))
    rd_ = plus(v, 1)
    nd = plus(rd_, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 180, 290)
    svc = "Nocturne Remote Sleep Reading Services"
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [wife, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Paciente", pt), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=42, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {wife}:", 10)
    p.para(f"Le escribimos sobre el estudio del sueño que su esposo(a) tuvo en {LAB} la noche del "
           f"{fdate(v, 'long', 'es')}. Pagamos el reclamo del laboratorio por realizar el estudio. La lectura del "
           f"estudio no la hizo un médico de nuestra red: la hizo el Dr. {reader}, de {svc}, el "
           f"{fdate(rd_, 'long', 'es')}, y nos cobró {money(b)} (95810-26).", 10)
    p.para("Su plan paga solo la atención de proveedores de la red, salvo emergencias. Este servicio de lectura no "
           "tiene contrato con nosotros y nadie nos pidió aprobarlo. Por eso no pagamos el reclamo de la lectura. "
           "El laboratorio puede pedir que un médico de la red lea el estudio.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se "
           f"deciden en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=pt, cases=[n],
              claim_amount=m2(b), service_dates=[rd_.isoformat()], denial_date=nd.isoformat(), provider=reader,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [svc], "service_dates": [[v.isoformat()]]})
    return out(p), t


def lowres_mslt(rng):
    pt, spouse, ordr, reader, rev, sig = people(rng, 6)
    m = wid(rng)
    night = dt.date(2026, 5, rng.randint(4, 20))
    nap = plus(night, 1)
    rec = plus(nap, rng.randint(10, 16))
    nd = plus(rec, rng.randint(12, 18))
    n = clm(rng)
    b = amount(rng, 1100, 1600)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [spouse, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Re: {pt}   Member ID {m}   Group {GROUP}\nClaim {n}   Received {fdate(rec, 'slash')}", 10)
    p.para(f"Dear {spouse}:", 10)
    p.para(f"You asked us to write to you about your spouse's claims. Dr. {ordr} ordered an overnight sleep study "
           f"at {LAB}, which was done on the night of {fdate(night, 'long')}. We paid the lab for that night, and "
           f"we paid Dr. {reader} for reading it.", 10)
    p.para(f"On the next morning, {nap.strftime('%A')}, {fdate(nap, 'long')}, the lab also ran a daytime nap "
           f"test (95805) and billed {money(b)}. A nap test is needed when a doctor suspects narcolepsy or another "
           "cause of daytime sleepiness that the night study cannot explain. The order and the notes ask only "
           "about snoring and pauses in breathing at night, and the night study found sleep apnea. Nothing in "
           f"the records points to a need for the nap test, so we did not pay it. Dr. {rev}, a sleep medicine "
           "doctor, reviewed the claim.", 10)
    p.para("The lab is in our network and may not bill your spouse for the nap test. If you disagree, you may "
           "appeal within 180 days of the date of this letter. Urgent appeals are decided within 72 hours; an "
           f"external review may be asked within 4 months of our final decision. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=pt,
              cases=[n], claim_amount=m2(b), service_dates=[nap.isoformat()], denial_date=nd.isoformat(),
              provider=LAB, appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [ordr]})
    return out(p), t


def born_statement(rng):
    pt, pul = people(rng, 2)
    m = wid(rng)
    visit = dt.date(2026, 4, rng.randint(2, 14))
    read = plus(visit, rng.randint(12, 18))
    sd = plus(read, rng.randint(35, 45))
    ac = f"BC-{digits(rng, 6)}"
    b1, b2 = amount(rng, 230, 310), amount(rng, 190, 280)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.44, 2)
    adj = round(tot * 0.4, 2)
    bal = round(tot - paid - adj, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(GRP, "BCP", [f"{rng.randint(100, 9800)} Tamarack Pkwy, Suite 210, Middleton WI 53562  |  Billing "
                             f"office {phone(rng, '608')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box="STATEMENT", size=11)
    p.addr_pair("Patient / guarantor", [pt, *address(rng)], "Account", [f"Account no. {ac}", f"Physician: Dr. {pul}",
                                                                       f"Insurance: {INS}", f"Member ID {m}"])
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Statement date", fdate(sd, "abbr")), ("Amount due", money(bal)),
              ("Please pay by", fdate(plus(sd, 30), "abbr"))], [W / 3] * 3)
    p.ln(3)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(visit, "slash"), "99204", "New patient visit", money(b1, "nosign"), ""],
             [fdate(read, "slash"), "95806-26", "Home sleep test, reading", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -9), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -9), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (coinsurance)", money(bal), ""]],
            [26, 22, 78, 26, W - 152], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"The home sleep test device was supplied and billed by {LAB}; this statement covers Dr. {pul}'s "
           "visit and reading only. Your insurer has processed both charges; the balance is your coinsurance.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=pt, claim_amount=m2(tot),
              service_dates=[visit.isoformat(), read.isoformat()], denial_date=sd.isoformat(), provider=GRP,
              unscored=["insurer"], alternates={"provider": [pul], "member_id": [None]})
    return out(p), t


def clean_stack(rng):
    pt, reader, sig = people(rng, 3)
    m = wid(rng)
    end = dt.date(2026, 5, 31)
    night = plus(end, -rng.randint(1, 3))
    read = plus(end, 2)
    nd = plus(read, rng.randint(24, 32))
    n = clm(rng)
    b = amount(rng, 180, 280)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [pt, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    W = p.w - p.l_margin - p.r_margin
    p.boxrow([("Member ID", m), ("Group no.", GROUP), ("Claim no.", n), ("Coverage ended", fdate(end, "slash"))],
             [W / 4] * 4)
    p.ln(3)
    p.para(f"Dear {pt}:", 10)
    p.para(f"Your overnight sleep study at {LAB} took place on the night of {fdate(night, 'long')}, while your "
           f"coverage was in force, and we paid the lab's claim for it. Dr. {reader} of {GRP} read the study on "
           f"{fdate(read, 'long')} and billed {money(b)} (95810-26) for that day.", 10)
    p.para("Your employer ended your coverage on the date shown above. We pay for care given on or before the "
           "last day of coverage; the reading was done after that day, so we did not pay it. If you have new "
           "coverage, the group may bill that plan, or you may have continuation rights through your former "
           "employer.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals: 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=pt,
                         cases=[n], claim_amount=m2(b), service_dates=[read.isoformat()], denial_date=nd.isoformat(),
                         provider=reader, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [GRP]}))
    pt2, pul, sig2 = people(rng, 3)
    m2_ = wid(rng)
    v = dt.date(2026, 7, rng.randint(6, 24))
    nd2 = plus(v, rng.randint(24, 34))
    n2 = clm(rng)
    b2 = amount(rng, 45, 95)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [pt2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    W = q.w - q.l_margin - q.r_margin
    q.boxrow([("Date of this letter", fdate(nd2, "slash")), ("Member name", pt2, "Member ID", m2_),
              ("Group no.", GROUP, "Claim no.", n2)], [34, 84, W - 118])
    q.ln(3)
    q.para(f"Dear {pt2}:", 10)
    q.para(f"On {fdate(v, 'long')} Dr. {pul} of {GRP} filled in the medical form your state's motor vehicle office "
           f"asks commercial drivers with sleep apnea to return, and billed {money(b2)} for it (99080, special "
           "report). Your follow-up visit the same day, and the lab's earlier study, were paid.", 10)
    q.para("Your plan does not cover forms, letters or examinations that an employer, a licensing office or an "
           "insurer asks for. This is listed among the services your plan does not cover. You may pay the group "
           "for the form directly.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m2_, member_name=pt2,
                         cases=[n2], claim_amount=m2(b2), service_dates=[v.isoformat()], denial_date=nd2.isoformat(),
                         provider=pul, appeal_deadline=plus(nd2, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [GRP]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "photocopy_member_eob_three_claims_reading_already_paid_in_global", "photocopy",
             [photocopy_eob(rng)]),
        Item(F + "faxstd_claim_form_titration_night_without_approval", "fax_standard_g4", [faxstd_titration(rng)]),
        Item(F + "faxstd_remittance_to_lab_four_patients_one_sent_late", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_es_lectura_por_servicio_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_letter_nap_test_day_after_not_needed", "scan_lowres_150", [lowres_mslt(rng)]),
        Item(F + "born_digital_group_statement_after_insurance", "born_digital", [born_statement(rng)]),
        Item(F + "clean_stack_reading_after_coverage_ended_duplex_then_form_fee_sideways", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
