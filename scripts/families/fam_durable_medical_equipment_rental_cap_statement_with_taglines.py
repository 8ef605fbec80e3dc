"""An invented commercial plan (Wrenfield Harbor Health Insurance Company) deciding a medical equipment supplier's
monthly rental claims (Brackenridge Home Medical Supply) against the plan's rental caps (13 paid months for a CPAP
machine, a hospital bed or a wheelchair, 36 for an oxygen concentrator; after the cap the item belongs to the member
and no more rent is paid), on long statements and letters followed by a tagline page in many languages and a
nondiscrimination notice. HCPCS codes, the RR rental modifier and CARC 119 / 18 / 29 appear as themselves; the plan,
its caps and time limits, the supplier, every person, number and address are invented; phones use 555 or TTY 711.

Documents (8 in 7 files):
- born_digital_three_page_eob_cpap_month_14: a member EOB of four claims whose CPAP rental for month 14 pays 0.00
  (CARC 119); page 2 a rental history box and rights, page 3 the tagline page and the nondiscrimination notice.
- faxstd_remittance_three_patients_hospital_bed_month_14: a landscape provider remittance to the supplier on a
  standard fax, three patients, the second patient's hospital bed rental past 13 months refused CO-119.
- photocopy_supplier_statement_after_insurance_with_taglines: the supplier's statement of rental months to the
  member after insurance, with a tagline page (denies nothing).
- phone_es_carta_concentrador_oxigeno_mes_37: a photographed two-page Spanish letter on an oxygen concentrator's
  37th month (cap 36), amounts "US$ 1.234,50", rights and taglines on page 2.
- rotated_letter_to_parent_wheelchair_rental_cap: a two-page letter to a parent on a child's wheelchair rental past
  13 months, fed sideways, taglines on page 2.
- lowres_three_page_cpap_use_too_low: a 150 dpi letter, the claim's details on page 2 under a heading: CPAP rental
  months 4-6 refused because the machine's use report shows too little use (medical necessity); appeal request form
  with example values on page 3.
- finefax_stack_cover_appeal_decision_bed_then_es_late_claim: a cover sheet, a two-page appeal decision keeping the
  refusal of a hospital bed's 15th month (second page fed sideways), then a Spanish letter on a walker rental claim
  sent after 180 days (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxc import XSheet, es_money, people, phone
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "durable_medical_equipment_rental_cap_statement_with_taglines"
LANG = "en"
SEED = 354402
INS = "Wrenfield Harbor Health Insurance Company"
ALT = ["Wrenfield Harbor", "Wrenfield Harbor Health"]
PLAN = "Wrenfield Harbor Choice PPO 1500"
GROUP = "WH-471206"
SUP = "Brackenridge Home Medical Supply"


def wid(rng):
    return f"WHX{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 2)}{rng.choice('ACDEFGHKMNPRTVX')}{digits(rng, 9)}"


def dob(rng):
    return dt.date(rng.randint(1950, 1998), rng.randint(1, 12), rng.randint(1, 28))


def head(p: XSheet, rng, unit="Member Services", es=False):
    p.letterhead(INS, [f"{'Servicios para Miembros' if es else unit}  |  PO Box {rng.randint(1200, 9800)}, "
                       f"Hartford CT 06102  |  {phone(rng, '888')}  |  TTY 711"])


def rights(p: XSheet, rng, what="notice", size=8.8):
    p.heading("Your right to appeal", 10.5, rule=True)
    p.para(f"If you disagree with this decision, you or your representative may appeal. Your appeal must reach us "
           f"within 180 days of the date of this {what}. Send it to {INS}, Appeals, at the address above, or call "
           "Member Services. Urgent appeals are decided within 72 hours. After our final decision you may ask for an "
           "external review by an independent review organization within 4 months. Your state's insurance "
           f"consumer assistance office can also help: {phone(rng, '800')}.", size)


def tagpage(p: XSheet, rng, es=False):
    p.add_page()
    p.taglines(phone(rng, "888"), "Ayuda en su idioma" if es else "Language assistance services")
    coord = people(rng, 1)[0]
    p.nondiscrimination(INS, coord, phone(rng, "866"),
                        f"Civil Rights Coordinator, PO Box {rng.randint(1200, 9800)}, Hartford CT 06102",
                        phone(rng, "800"), size=8, es=es)


def appeal_form(p: XSheet):
    p.bar("APPEAL REQUEST FORM")
    p.para("Example (do not copy these values): Member ID WHX000000000; Claim number 00A000000000; Date of service "
           "01/01/2026; Item: E0601 CPAP machine rental.", 8.6)
    for lab in ["Member name", "Member ID", "Claim number", "Date of service", "Item", "Why should we pay?", "",
                "Signature                              Date"]:
        p.f(9)
        p.cell(0, 9, lab + ("" if not lab else ": " + "_" * 60), new_x="LMARGIN", new_y="NEXT")


def born_eob(rng):
    member, doc, pcp, rt = people(rng, 4)
    m = wid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    start = dt.date(2025, 2, 1)
    mon14 = dt.date(2026, 3, 1)
    n = [clm(rng) for _ in range(4)]
    b = [amount(rng, 120, 180), amount(rng, 28, 45), amount(rng, 95, 130), amount(rng, 140, 200)]
    specs = [(n[0], pcp, plus(sd, -40), "99214", "Office visit", b[0], True, "A1"),
             (n[1], SUP, dt.date(2026, 3, 1), "A7034", "CPAP mask (supply)", b[1], True, "A1"),
             (n[2], SUP, mon14, "E0601-RR", "CPAP machine rental", b[2], False, "119"),
             (n[3], pcp, plus(sd, -20), "99213", "Office visit", b[3], True, "A1")]
    rows = []
    for c, prov, d, code, desc, bb, paid, rsn in specs:
        al = round(bb * 0.7, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        rows.append([c, prov, fdate(d, "slash"), code, desc, money(bb, "nosign"), money(al, "nosign"),
                     money(pd, "nosign"), money(round(al - pd, 2), "nosign"), rsn])
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 14, 12)
    p.add_page()
    head(p, rng)
    p.bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Statement date", fdate(sd, "abbr"), 36), ("Member", member, 58), ("Member ID", m, 40),
                ("Group", GROUP, W - 134)])
    p.capboxes([("Plan", PLAN, 80), ("Date of birth", fdate(dob(rng), "slash"), 36),
                ("Plan year", "01/01/2026 - 12/31/2026", W - 116)])
    p.ln(3)
    p.table(["Claim", "Provider", "Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe",
             "Note"], rows, [26, 46, 18, 21, 30, 14, 14, 14, 13, 9.9], size=7.2,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"])
    p.para("Notes: A1 = paid under your plan. 119 = the plan's benefit maximum for this item has been reached; see "
           "page 2.", 8.4)
    p.add_page()
    p.heading("About note 119: CPAP machine rental", 11, rule=True)
    p.para(f"Your plan rents a CPAP machine for up to 13 paid months. After the 13th paid month the machine is "
           f"yours and we pay no more rent; we keep paying for masks, tubing and filters. {SUP} billed rental month "
           f"14 (claim {n[2]}, {money(b[2])}) for the month starting {fdate(mon14, 'long')}. The machine was ordered "
           f"by Dr. {doc}. Because the 13 months were already paid, we did not pay this month, and the supplier "
           "should not bill you for it.", 9.4)
    p.table(["Rental month", "Month starting", "Claim status"],
            [["1", fdate(start, "slash"), "Paid"], ["2 - 12", "03/01/2025 - 01/01/2026", "Paid"],
             ["13", "02/01/2026", "Paid (cap reached)"], ["14", fdate(mon14, "slash"), "Not paid - note 119"]],
            [30, 60, 60], size=8.6)
    p.para(f"Questions about your equipment: {rt}, equipment benefits coordinator, {phone(rng, '888')}.", 9)
    rights(p, rng, "statement")
    tagpage(p, rng)
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n[2]], claim_amount=m2(b[2]), service_dates=[mon14.isoformat()], denial_date=sd.isoformat(),
              provider=SUP, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    rows, info = [], []
    specs = [("E0601-RR", "CPAP rental mo 6", 90, 130, False), ("E0260-RR", "Hosp bed rental mo 14", 140, 210, True),
             ("K0001-RR", "Wheelchair rental mo 3", 60, 95, False)]
    for pt, doc, (code, desc, lo, hi, den) in zip(pats, docs, specs):
        d = dt.date(2026, 4, 1)
        c, m = clm(rng), wid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([c, pt, m, fdate(d, "slash"), code, desc, money(b, "nosign"), "0.00", "0.00", "CO-119"])
            info = (pt, doc, c, m, d, b)
        else:
            al = round(b * 0.75, 2)
            rows.append([c, pt, m, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.8, 2), "nosign"), "1"])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  WHHIC PROVIDER REMIT  860-555-{digits(rng, 4)}  PG 1"
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    p.f(7.5)
    p.cell(0, 3.5, fax, new_x="LMARGIN", new_y="NEXT")
    head(p, rng, "Provider Payment Services")
    p.bar("PROVIDER REMITTANCE ADVICE")
    p.capboxes([("PAYEE", SUP, 80), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}", 40),
                ("PAYEE NPI", digits(rng, 10), 40), ("REMIT DATE", fdate(rd, "slash"), 40),
                ("EFT TRACE", digits(rng, 12), 59.4)])
    p.ln(3)
    p.table(["CLAIM NO.", "PATIENT", "MEMBER ID", "DOS", "HCPCS", "DESCRIPTION", "BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [32, 40, 32, 22, 22, 44, 20, 20, 20, 17.4], size=7.6, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, doc, c, m, d, b = info
    p.para("ADJ: 1 = paid per contract. CO-119 = benefit maximum reached: the plan pays hospital bed rental (E0260) "
           f"for 13 months; this is month 14 for {pt}, ordered by Dr. {doc}. Ownership has passed to the member. "
           "The member may not be billed for this month.", 8.2)
    p.para("Reconsiderations: within 90 days of the remit date. Provider Services 1-888-555-0142.", 8.2)
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=pt, cases=[c], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=SUP,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def photocopy_statement(rng):
    member, doc = people(rng, 2)
    m = wid(rng)
    sd = dt.date(2026, 6, rng.randint(3, 20))
    ac = f"BHM-{digits(rng, 6)}"
    r = amount(rng, 95, 125)
    months = [dt.date(2026, k, 1) for k in (3, 4, 5)]
    paid = round(r * 0.56, 2)
    adj = round(r * 0.3, 2)
    share = round(r - paid - adj, 2)
    rows = []
    for d in months:
        rows.append([fdate(d, "slash"), "E0601-RR", "CPAP rental", money(r, "nosign"), money(paid, "nosign"),
                     money(adj, "nosign"), money(share, "nosign")])
    tot = round(r * 3, 2)
    rows.append(["", "", "Totals", money(tot, "nosign"), money(paid * 3, "nosign"), money(adj * 3, "nosign"),
                 money(round(share * 3, 2), "nosign")])
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.letterhead(SUP, [f"{rng.randint(100, 9800)} Commerce Park Dr, Springfield MA 01104  |  Billing "
                       f"{phone(rng, '413')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], right="PATIENT STATEMENT")
    a = address(rng)
    p.pairs([("Statement date", fdate(sd, "long")), ("Account", ac), ("Patient", member), ("Mail to", ", ".join(a)),
             ("Insurance", f"{INS} - ID {m}"), ("Ordering physician", f"Dr. {doc}")], label_w=40, size=9.4)
    p.ln(2)
    p.table(["Month", "Code", "Item", "Charge", "Insurance paid", "Adjustment", "Your share"], rows,
            [24, 24, 34, 22, 26, 22, 27.9], size=8.6, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Amount due: {money(round(share * 3, 2))} by {fdate(plus(sd, 30), 'long')}. These are rental months "
           "6, 7 and 8 of your CPAP machine; your plan pays rent for up to 13 months, after which the machine is "
           "yours. Your insurer paid its share of each month; the balance is your coinsurance.", 9)
    tagpage(p, rng)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[d.isoformat() for d in months], denial_date=sd.isoformat(), provider=SUP,
              unscored=["insurer"], alternates={"provider": [doc], "claim_amount": [None]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    m = wid(rng)
    mon = dt.date(2026, 2, 1)
    nd = dt.date(2026, 3, rng.randint(9, 27))
    c = clm(rng)
    b = amount(rng, 1010, 1400)
    p = XSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    head(p, rng, es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.bar("AVISO SOBRE SU RECLAMO DE EQUIPO MÉDICO")
    p.boxed_pairs([("Miembro", member), ("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", c),
                   ("Proveedor", SUP), ("Mes de alquiler", f"mes 37, que empieza el {fdate(mon, 'long', 'es')}"),
                   ("Monto facturado", f"{es_money(b)} ({b:.2f})")])
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{SUP} nos cobró el alquiler del concentrador de oxígeno (E1390) que le recetó el Dr. {doc}. Su plan paga "
           "el alquiler de este equipo durante 36 meses como máximo. Ya pagamos los 36 meses, desde febrero de 2023. "
           f"Este reclamo es por el mes 37, y por eso no lo pagamos ({es_money(b)}).", 10)
    p.para("Después del mes 36, el proveedor debe seguir dándole el equipo y su mantenimiento sin cobrar alquiler. "
           "No tiene que pagarle este mes al proveedor. El oxígeno y los accesorios se siguen pagando.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.8)
    p.add_page()
    p.heading("Su derecho a apelar", 10.5, rule=True)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones "
           "urgentes se deciden en 72 horas. Después de nuestra decisión final, puede pedir una revisión externa "
           "dentro de 4 meses.", 9.2)
    p.taglines(phone(rng, "888"), "Ayuda en su idioma", 7.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[c],
              claim_amount=m2(b), service_dates=[mon.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_parent(rng):
    child, mother, doc, sig = people(rng, 4)
    m = wid(rng)
    mon = dt.date(2026, 5, 1)
    nd = dt.date(2026, 6, rng.randint(5, 24))
    c = clm(rng)
    b = amount(rng, 210, 320)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Member ID", m), ("Group", GROUP), ("Claim", c)], label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {mother}:", 10)
    p.para(f"{SUP} sent us a claim for {money(b)} for renting your child's lightweight wheelchair (K0004-RR) for the "
           f"month starting {fdate(mon, 'long')}. Dr. {doc} ordered the chair in April 2025.", 10)
    p.para("We have already paid 13 months of rent for this chair. Under your plan, once 13 months are paid the "
           "chair belongs to your child and the rent stops; we pay only for repairs after that. So we did not pay "
           "this month. The supplier agreed to our terms and may not charge you for it.", 10)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. See page 2 for help in your "
           "language.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    tagpage(p, rng)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[c],
              claim_amount=m2(b), service_dates=[mon.isoformat()], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def lowres_cpap(rng):
    member, doc, rev, sig = people(rng, 4)
    m = wid(rng)
    months = [dt.date(2026, k, 1) for k in (2, 3, 4)]
    nd = dt.date(2026, 5, rng.randint(4, 20))
    c = clm(rng)
    r = amount(rng, 95, 130)
    tot = round(r * 3, 2)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"We will not pay three months of rent for your CPAP machine from {SUP}. The claim number, the months and "
           "the amounts are on page 2.", 10)
    p.para("We keep paying rent for a CPAP machine after the first three months only when the machine's own record "
           "shows it is being used: at least 4 hours a night on at least 21 nights in a 30-day stretch. The record "
           "the supplier sent shows an average of 1 hour 40 minutes a night on 9 nights. At that level the machine is "
           "not helping your sleep apnea, so the rent is not medically necessary.", 10)
    p.para(f"Your claim was reviewed by Dr. {rev}, a sleep medicine doctor. If you have started using the machine "
           "more, ask the supplier to send us a new 30-day record.", 10)
    p.para(f"Sincerely,\n{sig}\nClaims", 10)
    p.add_page()
    p.heading("Claim details", 11, rule=True)
    p.boxed_pairs([("Member", member), ("Member ID", m), ("Group", GROUP), ("Plan", PLAN), ("Claim number", c),
                   ("Supplier", SUP), ("Ordering doctor", f"Dr. {doc}")])
    p.table(["Rental month", "Month starting", "Code", "Billed", "Paid"],
            [[str(k), fdate(d, "slash"), "E0601-RR", money(r, "nosign"), "0.00"] for k, d in zip((4, 5, 6), months)]
            + [["", "", "Total", money(tot, "nosign"), "0.00"]], [30, 40, 30, 30, 30], size=9,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    rights(p, rng, "letter")
    p.add_page()
    appeal_form(p)
    p.taglines(phone(rng, "888"), size=7.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[c], claim_amount=m2(tot), service_dates=[d.isoformat() for d in months],
              denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]})
    return out(p), t


def stack(rng):
    member, doc, rev, sig, wife = people(rng, 5)
    m = wid(rng)
    mon = dt.date(2026, 3, 1)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    apl = f"APL-{digits(rng, 8)}"
    c = clm(rng)
    b = amount(rng, 150, 220)
    p = XSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, rng, "Appeals")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.bar("APPEAL DECISION")
    p.pairs([("Appeal number", apl), ("Claim number", c), ("Member ID", m), ("Group", GROUP)], label_w=36, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your spouse, {wife}, appealed for you our refusal to pay {SUP}'s claim of {money(b)} for renting your "
           f"semi-electric hospital bed (E0260-RR) for the month starting {fdate(mon, 'long')}, the 15th month of "
           "rent.", 10)
    p.para(f"**We upheld the refusal.** Dr. {rev}, who took no part in the first decision, reviewed the appeal. Your "
           "plan pays rent on a hospital bed for 13 months; after that the bed is yours. The supplier's records show "
           "the bed was never returned or replaced, so months 14 and later are not covered rent. A new bed would be "
           "covered only if your doctor orders a different kind of bed.", 10)
    p.add_page()
    p.heading("Your next step", 11, rule=True)
    p.para("This is our final decision. You may ask for an external review by an independent review organization "
           "within 4 months of the date of this letter. Send the enclosed form to the address on it.", 9.6)
    p.para(f"Sincerely,\n{sig}\nAppeals Unit, {INS}", 9.6)
    p.cc([f"{wife} (representative)", SUP, f"Dr. {doc}"])
    p.taglines(phone(rng, "888"), size=7.6)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[apl, c], claim_amount=m2(b), service_dates=[mon.isoformat()],
                         denial_date=nd.isoformat(), provider=SUP,
                         alternates={"insurer": ALT, "provider": [doc], "case_numbers": [[apl], [c]]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = wid(rng)
    mon2 = dt.date(2026, 1, 1)
    rec = dt.date(2026, 7, rng.randint(10, 25))
    nd2 = plus(rec, rng.randint(8, 14))
    c2 = clm(rng)
    b2 = amount(rng, 30, 55)
    q = XSheet(footer="Página {n} de {nb}")
    q.set_margins(22, 16, 22)
    q.add_page()
    head(q, rng, es=True)
    q.para(fdate(nd2, "long", "es"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Número de miembro", m2_), ("Grupo", GROUP), ("Reclamo", c2)], label_w=44, size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {member2}:", 10)
    q.para(f"{SUP} nos envió un reclamo por el alquiler de su andador con ruedas (E0143-RR) del mes que empezó el "
           f"{fdate(mon2, 'long', 'es')}, que pidió su médico, {doc2}, por {money(b2)}. Recibimos el reclamo el "
           f"{fdate(rec, 'long', 'es')}.", 10)
    q.para("El contrato del proveedor con nosotros le da 180 días desde el primer día del mes de alquiler para "
           "enviar el reclamo. Este reclamo llegó después de ese plazo, así que no lo pagamos. El proveedor no puede "
           "cobrarle a usted este mes.", 10)
    q.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta.", 10)
    q.para(f"Atentamente,\n{sig2}\nServicios para Miembros", 9.6)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[c2], claim_amount=m2(b2), service_dates=[mon2.isoformat()],
                         denial_date=nd2.isoformat(), provider=SUP, appeal_deadline=plus(nd2, 180).isoformat(),
                         lang="es", alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_three_page_eob_cpap_month_14", "born_digital", [born_eob(rng)]),
        Item(F + "faxstd_remittance_three_patients_hospital_bed_month_14", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_supplier_statement_after_insurance_with_taglines", "photocopy",
             [photocopy_statement(rng)]),
        Item(F + "phone_es_carta_concentrador_oxigeno_mes_37", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_letter_to_parent_wheelchair_rental_cap", "rotated", [rotated_parent(rng)]),
        Item(F + "lowres_three_page_cpap_use_too_low", "scan_lowres_150", [lowres_cpap(rng)]),
        Item(F + "finefax_stack_cover_appeal_decision_bed_then_es_late_claim", "fax_fine_g4", stack(rng),
             separators=["cover", None], turns={(0, 1): 90}),
    ]
