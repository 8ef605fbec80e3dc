"""An invented commercial plan (Marrowick Shield Health Insurance Company) deciding home infusion claims: the home
infusion pharmacy's drug, per diem and supplies claims (Tidewell Home Infusion Pharmacy) are paid while a home
infusion nursing visit (Larkspur Bend Infusion Nursing, or the pharmacy's own nurses) is refused, mostly on
multi-page EOBs whose claim details sit on page 2 after a summary letter, followed by rights, nondiscrimination and
tagline pages. HCPCS/CPT codes (S9500, S9338, J0696, J1569, A4221, 99601, 99602) and CARC/RARC codes appear as
themselves; the plan, its rules and time limits, the pharmacy, the nursing agencies, every person, number and
address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_three_page_eob_seventh_nursing_visit_not_approved: a born-digital three-page member EOB: page 1 the summary,
  page 2 "Claim details" with the pharmacy claim (drug, per diem, supplies, paid) and the nursing claim whose
  seventh visit was past the six approved (prior_authorization); page 3 rights, nondiscrimination, taglines.
- faxstd_remittance_nursing_agency_four_patients_add_on_hour_alone: a landscape provider remittance on a standard
  fax, four patients, the third one's 99602 billed without 99601 refused CO-B15 / M51 (coding_error).
- photocopy_two_page_eob_second_visit_same_week_not_needed: a photocopied two-page EOB, the letter on page 1 and the
  claim table on page 2; a second nursing visit in a week after the patient was taught to self-infuse is refused as
  not needed (medical_necessity).
- phone_es_two_page_eob_enfermeria_fuera_de_la_red: a photographed two-page Spanish EOB: the pharmacy's IVIG claim
  paid, the nursing agency's four visits refused because the agency is outside the network (out_of_network), the
  total written "US$ 1.234,50".
- rotated_two_page_pharmacy_statement_after_insurance: the pharmacy's statement to the patient, two pages fed
  sideways (denies nothing).
- lowres_letter_to_parent_nursing_claim_sent_late: a 150 dpi letter to a mother: her daughter's nursing visit claim
  arrived after 180 days (timely_filing).
- finefax_stack_cover_letter_coverage_ended_then_spanish_duplicate_upside_down: a cover sheet, a letter refusing a
  nursing visit after coverage ended (eligibility), then upside down a Spanish letter refusing a duplicate nursing
  claim (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxf import XFSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "home_infusion_pharmacy_and_nursing_visit_multi_page_eob_denial"
LANG = "en"
SEED = 354405
INS = "Marrowick Shield Health Insurance Company"
ALT = ["Marrowick Shield"]
PLAN = "Marrowick Shield Choice PPO 3000"
GROUP = "MS-407716"
PHARM = "Tidewell Home Infusion Pharmacy"
NURSE = "Larkspur Bend Infusion Nursing"
ADDR = "PO Box 22871, Harrisburg PA 17105"


def mid(rng):
    return f"MSH{digits(rng, 8)}"


def clm(rng):
    return f"{rng.choice('PN')}{digits(rng, 2)}-{digits(rng, 9)}"


def phone(rng, area="800"):
    return f"1-{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1950, hi=2000):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: XFSheet, rng, unit="Member Services", es=False):
    p.logo_head(INS, "MS", [f"{unit}  |  {ADDR}  |  {phone(rng)}  |  TTY 711"], box=None, size=13)


def _rights_page(p: XFSheet, rng, days=180):
    p.bar("YOUR RIGHTS TO APPEAL")
    p.para(f"You may ask us to review (appeal) any claim decision on this statement. You must ask within {days} days "
           "of the date of this statement. Write to Appeals at the address above or call Member Services. You may "
           "send notes, letters or other papers that support your appeal, and you may ask for copies of the plan "
           "rules we used, free of charge.", 8.4)
    p.para("If your care is urgent, you may ask for an urgent appeal; we decide urgent appeals within 72 hours. "
           "After our final decision you may ask for an external review by an independent review organization "
           "within 4 months. The Pennsylvania Insurance Department's consumer line can also help: "
           f"{phone(rng, '877')}.", 8.4)
    p.nondiscrimination(INS, "Evelyn R. Castellano", phone(rng, '717'), f"Civil Rights Coordinator, {ADDR}",
                        "civilrights@example.com")
    p.tagline_block([phone(rng)])


def _claim_rows(p: XFSheet, rows, W):
    p.table(["Line", "Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [10, 20, 16, 54, 18, 18, 18, 16, W - 170], size=7.8, aligns=["C", "L", "L", "L", "R", "R", "R", "R", "C"])


def _pharm_lines(rng, start, days, drug=("J0696", "Ceftriaxone 250 mg, per unit", 8, 30)):
    """The paid pharmacy lines: drug, per diem, supplies. Returns rows and the pharmacy claim's billed total."""
    code, desc, lo, hi = drug
    lines = [(code, desc + f" x {days * 4}", amount(rng, lo, hi) * days),
             ("S9500", f"Home infusion per diem x {days}", amount(rng, 95, 140) * days),
             ("A4221", "Supplies, catheter care, per week", amount(rng, 45, 70))]
    rows, tot = [], 0.0
    for i, (c, dsc, b) in enumerate(lines, 1):
        b = round(b, 2)
        al = round(b * 0.62, 2)
        rows.append([str(i), fdate(start, "slash"), c, dsc, money(b, "nosign"), money(al, "nosign"),
                     money(round(al * 0.9, 2), "nosign"), money(round(al * 0.1, 2), "nosign"), "P1"])
        tot += b
    return rows, round(tot, 2)


def bd_three_page(rng):
    member, rn, md, doc = people(rng, 4)
    m = mid(rng)
    start = dt.date(2026, 2, rng.randint(2, 9))
    v7 = plus(start, 20)
    sd = plus(v7, rng.randint(24, 33))
    n1, n2, ref = clm(rng), clm(rng), f"PA-{digits(rng, 8)}"
    b = amount(rng, 210, 290)
    p = XFSheet(footer="Page {n} of {nb}", footer_left="MSH-EOB-7 (rev. 11/2025)")
    p.set_margins(16, 14, 16)
    W = p.w - p.l_margin - p.r_margin
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS", "THIS IS NOT A BILL")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.grid([[("STATEMENT DATE", fdate(sd, "long")), ("MEMBER ID", m), ("GROUP", GROUP)],
            [("PLAN", PLAN), ("DATE OF BIRTH", fdate(dob(rng), "slash")), ("CLAIMS ON THIS STATEMENT", "2")]],
           size=8.8)
    p.bar("SUMMARY")
    p.para(f"This statement covers two claims for home IV antibiotics ordered by Dr. {doc}: one from {PHARM} for the "
           f"drug, the daily per diem and supplies, which we paid, and one from {NURSE} for a nurse's visit, which "
           "we did not pay. The details of each claim are on page 2 under \"Claim details\".", 9.6)
    p.para(f"Your plan approved six nursing visits under authorization {ref}. The visit on page 2 was the "
           "seventh. The agency did not ask us to approve more visits before the nurse went, so we did not pay it. "
           "Because the agency is in our network, it may not bill you for this visit.", 9.6)
    p.para("Your share this statement: only the coinsurance shown for the pharmacy claim.", 9.6)
    p.add_page()
    _head(p, rng)
    p.heading("Claim details", rule=True)
    rows, ptot = _pharm_lines(rng, start, 14)
    p.pairs([("Claim", n1), ("Provider", PHARM), ("Received", fdate(plus(start, 18), "slash"))], label_w=26,
            size=9)
    _claim_rows(p, rows + [["", "", "", "Claim total", money(ptot, "nosign"), "", "", "", ""]], W)
    p.pairs([("Claim", n2), ("Provider", f"{NURSE} (nurse: {rn}, RN)"), ("Received", fdate(plus(v7, 9), "slash"))],
            label_w=26, size=9)
    _claim_rows(p, [["1", fdate(v7, "slash"), "99601", "Nursing visit, up to 2 hours",
                     money(b, "nosign"), "0.00", "0.00", "0.00", "N54"]], W)
    p.bar("NOTES")
    p.para("P1: Paid under your plan's home infusion benefit after your coinsurance.", 8.6)
    p.para(f"N54: The plan approved six home nursing visits for this course of therapy ({ref}). Visits past the "
           "approved number need a new approval before the visit. This visit had none. Reviewed by Dr. "
           f"{md}, Medical Director.", 8.6)
    p.add_page()
    _head(p, rng)
    _rights_page(p, rng)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n2], claim_amount=m2(b), service_dates=[v7.isoformat()], denial_date=sd.isoformat(),
              provider=NURSE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [rn], "case_numbers": [[n2, ref]], "plan_id": [None]})
    return out(p), t


def faxstd_remit(rng):
    ppl = people(rng, 8)
    pats, rns = ppl[:4], ppl[4:]
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("99601", 200, 260, False), ("99601+99602", 300, 380, False), ("99602", 90, 130, True),
             ("99601", 200, 260, False)]
    for pt, rn, (code, lo, hi, den) in zip(pats, rns, specs):
        d = plus(rd, -rng.randint(12, 30))
        n, mm = clm(rng), mid(rng)
        b = amount(rng, lo, hi)
        last, first = pt.split()[-1], pt.split()[0]
        mi = pt.split()[1].rstrip(".")
        nm = f"{last.upper()}, {first.upper()} {mi}"
        if den:
            rows.append([n, nm, mm, fdate(d, "slash"), rn.upper(), code, money(b, "nosign"), "0.00", "0.00",
                         "CO-B15 M51"])
        else:
            al = round(b * 0.7, 2)
            rows.append([n, nm, mm, fdate(d, "slash"), rn.upper(), code, money(b, "nosign"), money(al, "nosign"),
                         money(round(al * 0.9, 2), "nosign"), "CO-45"])
        info.append((pt, rn, n, mm, d, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  MSHIC PROVIDER REMIT  {phone(rng, '717')}  PG {{n}}"
    p = XFSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "MSH-PRA-3 (rev. 08/2025)")
    p.capstrip([("PAYEE", NURSE), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", digits(rng, 10)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE NO.", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLAIM NO.", "PATIENT", "MEMBER ID", "DOS", "RENDERING RN", "CPT", "BILLED", "ALLOWED", "PAID",
             "ADJ"], rows, [30, 40, 30, 20, 40, 22, 20, 18, 18, 20], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, rn, n, mm, d, b = info[2]
    p.para("**ADJ legend.** CO-45: charge above the contracted rate; not billable to the patient. CO-B15 M51: 99602 "
           "pays only for each hour after the first, alongside 99601 for the first two hours of the same visit. "
           "This claim sent 99602 by itself, with no first-hour line, so we could not pay it. If the visit ran "
           "longer than two hours, send a corrected claim with both lines. Not billable to the patient.", 7.9)
    p.para("Corrected claims and reconsiderations: within 120 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=mm, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=rn,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [NURSE]})
    return out(p), t


def photocopy_two_page(rng):
    member, rn, doc, md = people(rng, 4)
    m = mid(rng)
    start = dt.date(2026, 3, rng.randint(2, 9))
    v1 = plus(start, 7)
    v2 = plus(v1, 3)
    sd = plus(v2, rng.randint(26, 35))
    n1, n2 = clm(rng), clm(rng)
    b1, b2 = amount(rng, 210, 280), amount(rng, 210, 280)
    p = XFSheet(footer="Page {n} of {nb}", footer_left="MSH-EOB-7 (rev. 11/2025)")
    p.set_margins(18, 14, 18)
    W = p.w - p.l_margin - p.r_margin
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.para(fdate(sd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Plan", PLAN)], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"We processed two claims for your home infusion therapy (immune globulin, ordered by Dr. {doc}). We paid "
           f"{PHARM}'s claim for the drug, the per diem and supplies. On {NURSE}'s claim we paid one nursing visit "
           "and did not pay the other. The lines are listed on page 2.", 10)
    p.para("Why one visit was not paid: the nurse's notes from the first visit that week say you were taught to "
           "run the pump and care for your line yourself and did it without help. A second nursing visit three "
           "days later, with no change in your condition and no problem with the line, was not needed. "
           f"Dr. {md}, a physician reviewer, made this decision.", 10)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals: 72 hours. External "
           "review: within 4 months after our final decision.", 9.6)
    p.add_page()
    _head(p, rng)
    p.heading("Claim details", rule=True)
    rows, ptot = _pharm_lines(rng, start, 5, ("J1569", "Immune globulin 500 mg, per unit", 55, 80))
    p.pairs([("Claim", n1), ("Provider", PHARM)], label_w=26, size=9)
    _claim_rows(p, rows + [["", "", "", "Claim total", money(ptot, "nosign"), "", "", "", ""]], W)
    p.pairs([("Claim", n2), ("Provider", f"{NURSE}; visits by {rn}, RN")], label_w=26, size=9)
    al = round(b1 * 0.7, 2)
    _claim_rows(p, [["1", fdate(v1, "slash"), "99601", "Nursing visit, up to 2 hours", money(b1, "nosign"),
                     money(al, "nosign"), money(al, "nosign"), "0.00", "P1"],
                    ["2", fdate(v2, "slash"), "99601", "Nursing visit, up to 2 hours", money(b2, "nosign"),
                     "0.00", "0.00", "0.00", "D7"],
                    ["", "", "", "Claim total", money(round(b1 + b2, 2), "nosign"), money(al, "nosign"),
                     money(al, "nosign"), "0.00", ""]], W)
    p.para("P1: paid. D7: not medically necessary (see the letter on page 1). The agency is in our network and may "
           "not bill you for line 2.", 8.6)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n2], claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=sd.isoformat(),
              provider=NURSE, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [rn], "plan_id": [None]})
    return out(p), t


def phone_es(rng):
    member, rn, doc = people(rng, 3)
    m = mid(rng)
    start = dt.date(2026, 5, rng.randint(4, 12))
    visits = [plus(start, 7 * i) for i in range(4)]
    sd = plus(visits[-1], rng.randint(25, 32))
    n1, n2 = clm(rng), clm(rng)
    vb = [amount(rng, 270, 320) for _ in visits]
    tot = round(sum(vb), 2)
    es_tot = f"US$ {tot:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    agency = "Brightwater Crossing Nursing Services"
    p = XFSheet(footer="Página {n} de {nb}", footer_left="MSH-EOB-7S")
    p.set_margins(18, 14, 18)
    W = p.w - p.l_margin - p.r_margin
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.title_bar("EXPLICACIÓN DE BENEFICIOS - ESTO NO ES UNA FACTURA")
    p.para(fdate(sd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"Procesamos dos reclamos por su terapia de inmunoglobulina en casa, recetada por el Dr. {doc}. Pagamos el "
           f"reclamo de {PHARM} por el medicamento, el cargo diario y los suministros. No pagamos el reclamo de "
           f"{agency} por cuatro visitas de enfermería, por un total de {es_tot}. Los detalles están en la página 2.",
           10)
    p.para(f"{agency} no tiene contrato con su plan; no está en nuestra red. Su plan ({PLAN}) solo paga la "
           f"enfermería en casa de agencias de la red. {PHARM} tiene enfermeras de la red que pueden visitarle. "
           "La agencia puede cobrarle a usted estas visitas.", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta explicación. Apelación urgente: 72 horas.",
           10)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.heading("Detalles de los reclamos", rule=True)
    rows, ptot = _pharm_lines(rng, start, 4, ("J1569", "Inmunoglobulina 500 mg", 55, 80))
    rows = [r[:8] + ["P1"] for r in rows]
    p.pairs([("Reclamo", n1), ("Proveedor", PHARM)], label_w=28, size=9)
    p.table(["Línea", "Fecha", "Código", "Servicio", "Cargo", "Permitido", "Pagado", "Usted debe", "Nota"],
            rows + [["", "", "", "Total del reclamo", money(ptot, "nosign"), "", "", "", ""]],
            [10, 20, 16, 54, 18, 18, 18, 16, W - 170], size=7.8,
            aligns=["C", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.pairs([("Reclamo", n2), ("Proveedor", f"{agency} (enfermera: {rn})")], label_w=28, size=9)
    vrows = [[str(i + 1), fdate(v, "slash"), "99601", "Visita de enfermería", money(b, "nosign"), "0.00", "0.00",
              money(b, "nosign"), "F3"] for i, (v, b) in enumerate(zip(visits, vb))]
    p.table(["Línea", "Fecha", "Código", "Servicio", "Cargo", "Permitido", "Pagado", "Usted debe", "Nota"],
            vrows + [["", "", "", "Total del reclamo", money(tot, "nosign"), "0.00", "0.00", money(tot, "nosign"),
                      ""]], [10, 20, 16, 54, 18, 18, 18, 16, W - 170], size=7.8,
            aligns=["C", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("P1: pagado según su plan. F3: proveedor fuera de la red; su plan no cubre este servicio fuera de la red.",
           8.6)
    p.nondiscrimination(INS, "Evelyn R. Castellano", phone(rng, '717'), ADDR, "civilrights@example.com", es=True)
    t = truth("eob", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n2], claim_amount=m2(tot), service_dates=[v.isoformat() for v in visits],
              denial_date=sd.isoformat(), provider=agency, appeal_deadline=plus(sd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [rn], "plan_id": [None]})
    return out(p), t


def rotated_statement(rng):
    member, husband, rn, doc = people(rng, 4)
    m = mid(rng)
    start = dt.date(2026, 6, rng.randint(1, 12))
    sd = plus(start, rng.randint(40, 50))
    ac = f"TW-{digits(rng, 7)}"
    p = XFSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    W = p.w - p.l_margin - p.r_margin
    p.add_page()
    p.logo_head(PHARM, "TW", [f"{rng.randint(100, 9800)} Commerce Park Dr, Lancaster PA 17601  |  Patient billing "
                              f"{phone(rng, '717')}  |  Pharmacy NPI {digits(rng, 10)}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [husband, *address(rng)], "Patient", [member, f"Account {ac}",
                                                                   f"Prescriber Dr. {doc}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS}"), ("MEMBER ID", m)]], size=8.2)
    lines = [("J0696", "Ceftriaxone 250 mg x 40", amount(rng, 300, 420)),
             ("S9500", "Per diem, 10 days", amount(rng, 1100, 1350)),
             ("A4221", "Supplies, 2 weeks", amount(rng, 90, 140)),
             ("99601", f"Nursing visit ({rn}, RN)", amount(rng, 210, 260))]
    tot = round(sum(b for *_, b in lines), 2)
    paid, adj = round(tot * 0.55, 2), round(tot * 0.35, 2)
    bal = round(tot - paid - adj, 2)
    rows = [[fdate(start, "slash"), c, d, money(b, "nosign"), ""] for c, d, b in lines]
    rows += [["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (your coinsurance)", money(bal), ""]]
    p.table(["Date", "Code", "Description", "Charges", "Credits"], rows, [24, 18, W - 99, 28, 29], size=8.6,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer paid its share of every line, the nursing visit included. The balance is your coinsurance "
           f"as your insurer reported it. Pay by {fdate(plus(sd, 30), 'long')}.", 9)
    p.add_page()
    p.bar("PAYMENT OPTIONS AND HELP")
    p.para("Pay online, by phone, or mail the slip below with a check. Payment plans are available; call the number "
           "above. If you have questions about what your insurer paid, call the Member Services number on your "
           "insurance card.", 9)
    p.reply_slip("RETURN THIS PART WITH YOUR PAYMENT", [("Account", ac), ("Patient", member),
                                                        ("Amount due", money(bal)), ("Amount enclosed", "")])
    p.tagline_block([phone(rng, '717')])
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[start.isoformat()], denial_date=sd.isoformat(), provider=PHARM, unscored=["insurer"],
              alternates={"member_id": [None], "claim_amount": [None]})
    return out(p), t


def lowres_late(rng):
    child, mother, rn, doc, sig = people(rng, 5)
    m = mid(rng)
    v = dt.date(2026, 1, rng.randint(5, 20))
    rec = plus(v, rng.randint(190, 205))
    nd = plus(rec, rng.randint(6, 12))
    n = clm(rng)
    b = amount(rng, 210, 280)
    p = XFSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your daughter {child} (member ID {m}, group {GROUP}) had a home infusion nursing visit from {NURSE} on "
           f"{fdate(v, 'long')}, while she was on IV antibiotics ordered by Dr. {doc}. The nurse, {rn}, RN, "
           f"started a new line. The agency sent us claim {n} for {money(b)}. We received it on "
           f"{fdate(rec, 'slash')}. The pharmacy's claims for her drug and supplies were paid in February.", 10)
    p.para("Our contract with the agency gives it 180 days from the date of a visit to send us the claim. This claim "
           "came after that, so we did not pay it. The agency is in our network and may not bill you for it.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    p.para(f"cc: {NURSE}", 8.6)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=NURSE,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [rn]})
    return out(p), t


def finefax_stack(rng):
    member, rn, sig = people(rng, 3)
    m = mid(rng)
    end_cov = dt.date(2026, 5, 31)
    v = plus(end_cov, rng.randint(2, 6))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 210, 280)
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  MSHIC MEMBER SVCS  {phone(rng, '717')}  P{{n}}"
    p = XFSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID", m), ("Group", GROUP), ("Claim number", n), ("Provider", NURSE),
                   ("Date of visit", fdate(v, "slash")), ("Amount billed", money(b)),
                   ("Coverage ended", fdate(end_cov, "slash"))], label_w=46)
    p.para(f"Dear {member}:", 10)
    p.para(f"We did not pay this claim for a home infusion nursing visit by {rn}, RN. Your coverage under group "
           f"{GROUP} ended on the date in the box above, when your employer reported that you left the job. The "
           "visit was after that date. If you chose COBRA continuation coverage, call us and we will look at the "
           "claim again.", 10)
    p.para("You may appeal within 180 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=NURSE, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [rn]}))
    member2, rn2, sig2 = people(rng, 3)
    m2_ = mid(rng)
    v2 = dt.date(2026, 6, rng.randint(3, 20))
    nd2 = plus(v2, rng.randint(28, 40))
    n_dup, n_orig = clm(rng), clm(rng)
    b2 = amount(rng, 210, 280)
    q = XFSheet(footer="Página {n} de {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Servicios para Miembros")
    q.para(fdate(nd2, "long", "es"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Número de miembro", m2_), ("Reclamo", n_dup), ("Fecha de la visita", fdate(v2, "long", "es")),
             ("Cargo", money(b2))], label_w=44, size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {member2}:", 10)
    q.para(f"{PHARM} nos envió este reclamo por la visita de enfermería de {rn2} en su casa. Ya habíamos recibido "
           f"y pagado un reclamo igual por la misma visita (reclamo {n_orig}). Por eso no pagamos este segundo "
           "reclamo. Usted no debe nada más por esta visita.", 10)
    q.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta.", 10)
    q.para(f"Atentamente,\n{sig2}\nServicios para Miembros", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n_dup],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=PHARM, appeal_deadline=plus(nd2, 180).isoformat(), lang="es",
                         alternates={"insurer": ALT, "provider": [rn2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_three_page_eob_seventh_nursing_visit_not_approved", "born_digital", [bd_three_page(rng)]),
        Item(F + "faxstd_remittance_nursing_agency_four_patients_add_on_hour_alone", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "photocopy_two_page_eob_second_visit_same_week_not_needed", "photocopy", [photocopy_two_page(rng)]),
        Item(F + "phone_es_two_page_eob_enfermeria_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_two_page_pharmacy_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_letter_to_parent_nursing_claim_sent_late", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "finefax_stack_cover_letter_coverage_ended_then_spanish_duplicate_upside_down", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 180}),
    ]
