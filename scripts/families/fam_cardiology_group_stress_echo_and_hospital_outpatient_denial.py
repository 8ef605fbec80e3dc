"""An invented commercial plan (Quillmarsh Health Insurance Company) deciding stress echocardiograms billed in two
parts: the technical part by a hospital outpatient department (Corbinwood Regional Hospital, cardiac testing) and
the reading by a cardiology group (Tamarack Cardiology Group), mostly on faxed or photocopied caption forms. CPT
93351 / 93351-26 / 93356, revenue codes and CARC codes appear as themselves; the plan, its rules and time limits,
the hospital, the group, every doctor, person, number and address are invented. Reasons are in the writer's words.

Documents (8 in 7 files):
- faxstd_remittance_hospital_claim_headers_stress_echo_without_approval: a provider remittance to the hospital on a
  standard fax, three patients' claims each with a shaded header row printing the claim number once above its
  revenue-code lines; the middle patient's stress echo refused CO-197 (no approval; prior_authorization).
- faxstd_claim_form_repeat_stress_echo_reading_letter_to_spouse: a claim determination form to the member's wife,
  boxes with two-line and split captions, billing group / rendering cardiologist / servicing facility in separate
  boxes, the appeal date printed; a repeat stress echo five months after a normal one (medical_necessity).
- photocopy_form_satellite_testing_site_out_of_network: a photocopied form with captions beside boxes; the
  hospital's satellite testing site is outside the EPO network (out_of_network).
- phone_es_ecocardiograma_en_hospital_en_vez_de_consultorio: a photographed Spanish letter: the stress echo done in
  the hospital outpatient department when the plan covers it in an office setting (level_of_care).
- lowres_reading_claim_late_letter_to_representative: a 150 dpi letter to a daughter who is authorised
  representative; the group's reading claim reached the plan after 180 days (timely_filing); the cardiologist
  only in a sentence; the test date in words.
- rotated_hospital_statement_after_insurance: the hospital's statement to the patient, fed sideways (denies
  nothing).
- bd_stack_portal_cover_eob_duplicate_reading_then_strain_imaging_letter: a born-digital portal download: a cover
  page, an EOB of four claims whose second reading claim is a duplicate (other), and a letter refusing strain
  imaging added to the stress echo as investigational (experimental).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvc import DVSheet, people
from public_kit import Page, address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "cardiology_group_stress_echo_and_hospital_outpatient_denial"
LANG = "en"
SEED = 354002
INS = "Quillmarsh Health Insurance Company"
ALT = ["Quillmarsh Health", "Quillmarsh"]
PLAN = "Quillmarsh Select EPO 3000"
GROUP = "QM-407185"
HOSP = "Corbinwood Regional Hospital"
CARD = "Tamarack Cardiology Group"


def qid(rng):
    return f"QHX{digits(rng, 9)}"


def icn(rng):
    return f"26{digits(rng, 4)}-{digits(rng, 7)}"


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1950, hi=1990):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DVSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 171{rng.randint(10, 99)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    groups, info = [], []
    specs = [[("0483", "93306", "Echo, complete", 900, 1400)],
             [("0483", "93351", "Stress echo, complete", 1800, 2600), ("0482", "93017", "Stress test tracing", 250, 420),
              ("0636", "Q9957", "Contrast agent", 120, 260)],
             [("0731", "93225", "Holter monitor recording", 300, 520)]]
    tot = [0.0, 0.0]
    for i, (pt, dr, lines) in enumerate(zip(pats, docs, specs)):
        d = plus(rd, -rng.randint(14, 40))
        n, m = icn(rng), qid(rng)
        rows, billed, cpaid = [], 0.0, 0.0
        for rev, code, desc, lo, hi in lines:
            b = amount(rng, lo, hi)
            paid = 0.0 if i == 1 else round(b * 0.55, 2)
            rows.append([rev, code, desc, fdate(d, "slash"), money(b, "nosign"), money(paid, "nosign"),
                         "CO-197" if i == 1 else "1"])
            billed += b
            cpaid += paid
            tot = [tot[0] + b, tot[1] + paid]
        rows.append(["", "", "Claim total", "", money(billed, "nosign"), money(cpaid, "nosign"), ""])
        groups.append((f"CLAIM {n}   PATIENT {pt}   MBR # {m}   ORDERING DR. {dr}", rows))
        info.append((pt, dr, n, m, d, round(billed, 2)))
    fax = f"{rd.strftime('%m/%d/%Y')} 05:{rng.randint(10, 59)}  QUILLMARSH PROV REMIT  {phone(rng, '717')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "QHI-PRA-4 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("PAYEE", f"{HOSP} - Outpatient Cardiac Testing"), ("PAYEE NPI", digits(rng, 10)),
                (("REMIT\nDATE", "EFT\nTRACE"), (fdate(rd, "slash"), digits(rng, 11)))], [100, 30, W - 130])
    p.ln(3)
    p.claim_rows(["REV", "CPT/HCPCS", "DESCRIPTION", "DOS", "BILLED", "PAID", "ADJ"], groups,
                 [14, 22, 62, 24, 24, 24, W - 170], size=7.8, aligns=["L", "L", "L", "L", "R", "R", "C"],
                 total=["", "", "TOTALS", "", money(tot[0], "nosign"), money(tot[1], "nosign"), ""])
    pt, dr, n, m, d, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-197: the stress echo and its tracing and contrast were done "
           "without the approval this member's plan asks for before a stress echo. No approval request is on file "
           f"for this date. The whole claim is refused; the patient may not be billed. Dr. {dr} may still ask for a "
           "retro review with the notes.", 7.9)
    p.para("Reconsideration or corrected claims: within 90 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=HOSP,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT, "provider": [dr]})
    return out(p), t


def faxstd_repeat(rng):
    member, wife, card, orderer, rev = people(rng, 5)
    m = qid(rng)
    first = dt.date(2026, 1, rng.randint(5, 20))
    v = plus(first, rng.randint(145, 160))
    nd = plus(v, rng.randint(25, 35))
    dl = plus(nd, 180)
    n = icn(rng)
    b = amount(rng, 210, 340)
    fax = f"{nd.strftime('%m/%d/%Y')} 13:{rng.randint(10, 59)}  QUILLMARSH CLAIMS  {phone(rng, '717')}  P{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION NOTICE", "Form QHI-CDN-2 (rev. 12/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([(("Date of\nnotice", "Date\nmailed"), (fdate(nd, "slash"), fdate(plus(nd, 2), "slash"))),
                ("Mailed to", f"{wife} (spouse)"), ("Claim\nnumber", n)], [62, 62, W - 124])
    p.capboxes([(("Member name", "Member ID"), (member, m)), ("Group no.", GROUP), ("Plan", PLAN)], [96, 30, W - 126])
    p.capboxes([("Billing provider", CARD), ("Rendering provider", f"Dr. {card}, MD"),
                ("Servicing\nfacility", HOSP)], [58, 52, W - 110])
    p.capboxes([("Date of service", fdate(v, "slash")), ("Service", "Stress echo reading (93351-26)"),
                ("Amount\nbilled", money(b)), ("Ordered by", f"Dr. {orderer}")], [32, 64, 28, W - 124])
    p.ln(3)
    p.para(f"Dear {wife}:", 9.4)
    p.para(f"{member} has named you to receive mail about claims. We reviewed the claim from {CARD} for Dr. "
           f"{card}'s reading of your husband's stress echo. **We did not pay it.**", 9.2)
    p.para(f"**Why:** your husband had a stress echo on {fdate(first, 'long')} that was normal. The notes for the "
           "second test describe the same mild chest tightness with exercise, no new symptoms, no change in his "
           "heart tracing and no new treatment. Our heart imaging guideline covers a repeat stress echo within a "
           "year only when something has changed. Nothing had, so the repeat test was not medically needed.", 9.2)
    p.para(f"The hospital's claim for the same test is decided on its own notice. Reviewed by Dr. {rev}, "
           "cardiologist reviewer.", 9)
    p.bar("IF YOU DISAGREE", 9)
    p.para(f"Send your appeal so that we receive it by **{fdate(dl, 'slash')}**. Urgent appeals are decided within "
           "72 hours. After our final decision you may ask for an external review within 4 months. "
           f"Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=card, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [CARD], "plan_id": [None]})
    return out(p), t


def photocopy_oon(rng):
    member, orderer, card, rev = people(rng, 4)
    m = qid(rng)
    v = dt.date(2026, 5, rng.randint(4, 26))
    nd = plus(v, rng.randint(30, 42))
    n = icn(rng)
    b = amount(rng, 1900, 2800)
    site = f"{HOSP} - Millbrook Outpatient Pavilion"
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION", "QHI-ECD-6 (rev. 02/2026)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "abbr")), ("MBR ID", m)],
              [("GROUP", GROUP), ("DATE OF BIRTH", fdate(dob(rng), "slash"))],
              [("CLAIM NO.", n), ("SVC DATE", fdate(v, "slash"))],
              [("SERVICING SITE", site), ("TOTAL BILLED", money(b))],
              [("ORDERING PHYS.", f"Dr. {orderer}"), ("READ BY", f"Dr. {card}")]], cap_w=28, cap=5.6)
    p.para(f"**Decision: not covered.** Your plan, {PLAN}, is an EPO: it pays only for care from providers in its "
           f"network, except emergencies. {HOSP}'s main campus is in our network. The stress echo on "
           f"{fdate(v, 'long')} was done at its Millbrook Outpatient Pavilion, which has its own contract status "
           "and is not in our network. A planned stress echo is not an emergency. You may owe the hospital its "
           f"charge. The reading by Dr. {card} of {CARD} is decided on a separate notice.", 9)
    p.para(f"Reviewed by {rev}, claims examiner. Appeal within 180 days of the date of this notice. Urgent appeals: "
           f"72 hours. Member Services {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [site, orderer]})
    return out(p), t


def phone_es(rng):
    member, card, sig = people(rng, 3)
    m = qid(rng)
    v = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(v, rng.randint(25, 35))
    n = icn(rng)
    b = amount(rng, 1700, 2500)
    p = DVSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    W = p.w - p.l_margin - p.r_margin
    p.capboxes([("Fecha de este aviso", fdate(nd, "long", "es")), ("Número de reclamo", n)], [70, W - 70], size=9)
    p.capboxes([(("Nombre del miembro", "Número de miembro"), (member, m)), ("Grupo", GROUP)], [120, W - 120], size=9)
    p.ln(2)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')} le hicieron un ecocardiograma de esfuerzo en el departamento de pacientes "
           f"ambulatorios de {HOSP}. Lo pidió y lo leyó el Dr. {card}, de {CARD}. El hospital nos cobró "
           f"{money(b)} por la parte técnica de la prueba.", 10)
    p.para("**No pagamos el cargo del hospital.** Su plan cubre esta prueba, pero en un consultorio de cardiología o "
           "un centro de imágenes independiente, no en el departamento de pacientes ambulatorios de un hospital, "
           "salvo que haya una razón médica para hacerla en el hospital. Las notas no dan esa razón. La lectura del "
           f"Dr. {card} sí se pagó.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.2)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "level_of_care", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=HOSP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", denial_alternates=["medical_necessity"],
              alternates={"insurer": ALT, "provider": [card]})
    return out(p), t


def lowres_late(rng):
    father, daughter, card, sig = people(rng, 4)
    m = qid(rng)
    v = dt.date(2026, 1, rng.randint(6, 22))
    rec = plus(v, rng.randint(188, 200))
    nd = plus(rec, rng.randint(5, 12))
    n = icn(rng)
    b = amount(rng, 220, 330)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [daughter, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: claim {n} for {father}", 10)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"Our records show you as the authorised representative of your father, {father} (member ID {m}). On "
           f"the morning of {fdate(v, 'long')}, he had a stress echo at {HOSP}. Dr. {card} of {CARD} read it, and "
           f"the group sent us a claim for the reading for {money(b)}. We received that claim on "
           f"{fdate(rec, 'slash')}.", 10)
    p.para("The group's contract with us gives it 180 days from the date of service to send a claim. This claim came "
           "later than that, so we did not pay it. Because the group is in our network, it may not bill your father "
           "for the reading. The hospital's claim for the test itself was sent on time and was paid.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=father, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=card,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [CARD]})
    return out(p), t


def rotated_statement(rng):
    member, card = people(rng, 2)
    m = qid(rng)
    v = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(v, rng.randint(30, 45))
    ac = f"CRH-{digits(rng, 8)}"
    lines = [("0483", "93351", "Stress echo, complete", amount(rng, 1800, 2500)),
             ("0482", "93017", "Stress test tracing", amount(rng, 250, 400)),
             ("0636", "Q9957", "Contrast agent", amount(rng, 120, 240))]
    tot = round(sum(x[3] for x in lines), 2)
    paid, adj = round(tot * 0.52, 2), round(tot * 0.38, 2)
    bal = round(tot - paid - adj, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(HOSP, "CRH", [f"Patient Financial Services  |  {phone(rng, '717')}  |  Tax ID {digits(rng, 2)}-"
                              f"{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [member, *address(rng)], "Patient", [member, f"Account {ac}",
                                                                  f"Ordering physician: Dr. {card}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "abbr")), ("INSURANCE", f"{INS} {m}"), ("PAY BY", fdate(plus(sd, 25), "abbr"))]],
           size=8.4)
    rows = [[fdate(v, "slash"), r, c, d, money(x, "nosign"), ""] for r, c, d, x in lines]
    rows += [["", "", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "", "BALANCE DUE (coinsurance)", money(bal), ""]]
    p.table(["Date", "Rev", "Code", "Description", "Charges", "Credits"], rows, [24, 14, 18, 70, 25, 28.9],
            size=8.8, aligns=["L", "L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Outpatient Cardiac Testing. The reading of your stress echo is billed separately by {CARD}. Your "
           "insurer has paid its share; the balance is your coinsurance as your insurer reported it.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=HOSP, unscored=["insurer"],
              alternates={"provider": [card], "member_id": [None]})
    return out(p), t


def bd_stack(rng):
    member, card1, card2, pcp, rev, sig = people(rng, 6)
    m = qid(rng)
    d1 = dt.date(2026, 2, rng.randint(2, 16))
    sd = plus(d1, rng.randint(30, 40))
    cover = Page(footer=None)
    cover.add_page()
    cover.line(INS, 16, "B")
    cover.line("Member portal - documents you asked to download", 11)
    cover.ln(6)
    cover.para(f"Member: {member}    Downloaded: {fdate(plus(sd, 70), 'slash')}", 10)
    cover.para("1. Explanation of Benefits\n2. Letter about your claim", 10)
    cover.para("These copies were made from our records. Keep them with your health papers.", 9)
    covpdf = out(cover)
    n1, n2, n3, n4 = icn(rng), icn(rng), icn(rng), icn(rng)
    ov, tech, rd1, rd2 = (amount(rng, 180, 260), amount(rng, 1800, 2500), amount(rng, 220, 320), 0)
    rd2 = rd1

    def row(n, bp, who, d, code, desc, b, paid, code2):
        al = round(b * 0.6, 2) if paid else 0.0
        pd = round(al * 0.85, 2) if paid else 0.0
        return [n, bp, who, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"),
                money(pd, "nosign"), money(round(al - pd, 2), "nosign"), code2]
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", "QHI-EOB-3")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("PLAN", PLAN),
                ("STATEMENT DATE", fdate(sd, "long"))], [50, 40, 30, 65, 74.4])
    p.ln(3)
    rows = [row(n1, "Birchline Primary Care", f"Dr. {pcp}", plus(d1, -9), "99214", "Office visit", ov, True, "A1"),
            row(n2, HOSP, "Outpatient Cardiac Testing", d1, "93351", "Stress echo (technical)", tech, True, "A1"),
            row(n3, CARD, f"Dr. {card1}", d1, "93351-26", "Stress echo reading", rd1, True, "A1"),
            row(n4, CARD, f"Dr. {card2}", d1, "93351-26", "Stress echo reading", rd2, False, "18")]
    p.table(["Claim no.", "Billed by", "Rendered by", "Date", "Code", "Service", "Billed", "Allowed", "Plan paid",
             "You owe", "Code"], rows, [27, 46, 42, 20, 17, 40, 17, 17, 17, 16, 9.4], size=7.4,
            aligns=["L"] * 6 + ["R"] * 4 + ["C"])
    p.para(f"**Codes.** A1: paid under your plan. 18: duplicate. {CARD} sent a second claim for the reading of your "
           f"stress echo of {fdate(d1, 'long')}, this time under Dr. {card2}. Only one reading is paid for one test; "
           f"claim {n3} already paid it. You do not owe anything for the second claim.", 8.4)
    p.para("Appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months "
           "after our final decision.", 8.4)
    d_a = (out(p), truth("eob", "other", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
                         cases=[n4], claim_amount=m2(rd2), service_dates=[d1.isoformat()],
                         denial_date=sd.isoformat(), provider=card2, appeal_deadline=plus(sd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [CARD], "plan_id": [None]}))
    v2 = plus(d1, rng.randint(40, 60))
    nd = plus(v2, rng.randint(25, 35))
    n5 = icn(rng)
    b5 = amount(rng, 95, 160)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.capboxes([(("Member", "Member ID"), (member, m)), ("Claim", n5)], [118, 57.9], size=9)
    q.ln(3)
    q.para(f"Dear {member}:", 10)
    q.para(f"You had a second stress echo at {HOSP} on {fdate(v2, 'long')}. Dr. {card1} of {CARD} added strain "
           f"imaging to the reading (93356) and billed {money(b5)} for it on its own claim. The stress echo and "
           "its reading were paid on your EOB.", 10)
    q.para("**We did not pay for the strain imaging.** Our medical policy on heart imaging treats strain measurement "
           "added to a stress echo as investigational: studies have not yet shown that it changes treatment or "
           "results for people being checked for blocked heart arteries. Your plan does not cover investigational "
           "services.", 10)
    q.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Reviewed by Dr. {rev}.", 10)
    q.para(f"Sincerely,\n{sig}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "experimental", insurer=INS, member_id=m, member_name=member, cases=[n5],
                         claim_amount=m2(b5), service_dates=[v2.isoformat()], denial_date=nd.isoformat(),
                         provider=card1, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [CARD]}))
    return [d_a, d_b], covpdf


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    stack_docs, cov = bd_stack(rng)
    return [
        Item(F + "faxstd_remittance_hospital_claim_headers_stress_echo_without_approval", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "faxstd_claim_form_repeat_stress_echo_reading_letter_to_spouse", "fax_standard_g4",
             [faxstd_repeat(rng)]),
        Item(F + "photocopy_form_satellite_testing_site_out_of_network", "photocopy", [photocopy_oon(rng)]),
        Item(F + "phone_es_ecocardiograma_en_hospital_en_vez_de_consultorio", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_reading_claim_late_letter_to_representative", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "rotated_hospital_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "bd_stack_portal_cover_eob_duplicate_reading_then_strain_imaging_letter", "born_digital",
             stack_docs, separators=[cov, None]),
    ]
