"""An invented commercial plan (Larchmere Valley Health Plan, with its vision benefit) deciding an optical shop's
eyeglass and contact lens claims (Brightfield Lane Optical) while the optometrists' exam claims (Corliss Bay Family
Eye Care) are paid, mostly on statements and forms with several rows. HCPCS V-codes, CPT 92014 / 92015, the RT/LT
modifiers and CARC/RARC codes appear as themselves; the plan, its benefit rules and time limits, the shop, the
practice, every optometrist, optician, person, number and address are invented. Reasons are in the writer's own
words.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_lenses_without_rt_lt: a landscape provider remittance to the shop on a
  standard fax, four claims for three patients, the second patient's lens claim refused CO-4 / N519 (no RT / LT
  modifiers; coding_error); payee NPI, tax ID and EFT trace as decoys.
- faxstd_claim_form_to_spouse_shop_outside_network: a claim determination form on a standard fax mailed to the
  member's husband, the claim number printed once in the header for a four-line table (frame, two lenses,
  coating) all refused N7 (out_of_network); the exam's paid claim in a side box as a decoy.
- photocopy_claim_form_prescription_sunglasses_excluded: a photocopied form with captions beside boxes refusing a
  second pair of prescription sunglasses (not_covered); the appeal date printed.
- phone_es_anteojos_despues_de_fin_de_cobertura: a photographed Spanish letter on glasses delivered after coverage
  ended with the job (eligibility).
- rotated_shop_statement_after_insurance: the shop's statement with several rows, fed sideways (denies nothing).
- lowres_letter_to_parent_contact_lenses_not_needed: a 150 dpi letter to a mother: contact lenses instead of
  glasses for her son judged not needed (medical_necessity); the optometrist only in a sentence, the date in words.
- clean_stack_eob_duplicate_lens_claim_blank_back_then_specialty_lenses_upside_down: a five-claim member EOB whose
  shop lens claim sent a second time is refused (CARC 18; other), its blank duplex back, then, upside down, a letter
  refusing high-index lenses ordered without approval (prior_authorization).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddv_famdvf import DVSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "optical_shop_eyeglasses_and_optometrist_exam_claim_denial"
LANG = "en"
SEED = 354005
INS = "Larchmere Valley Health Plan"
ALT = ["Larchmere Valley"]
PLAN = "Larchmere Valley Choice PPO 1500 with Vision"
GROUP = "LV-407316"
SHOP = "Brightfield Lane Optical"
OD = "Corliss Bay Family Eye Care"


def kid(rng):
    return f"LVH{digits(rng, 9)}"


def clm(rng):
    return f"{digits(rng, 4)}-{digits(rng, 7)}"


def phone(rng, area="855"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=1958, hi=2012):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DVSheet, rng, unit="Member Services"):
    p.logo_head(INS, "LV", [f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}  |  "
                            f"{phone(rng)}  |  TTY 711"], size=13)


def faxstd_remit(rng):
    pats = people(rng, 3)
    opt = people(rng, 1)[0]
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [(0, "V2020", "Frame", 110, 190, False), (0, "V2203 RT/LT", "Lenses, single vision, pair", 120, 180, False),
             (1, "V2203", "Lenses, single vision, pair", 120, 180, True), (2, "V2020", "Frame", 110, 190, False)]
    rows, info = [], None
    ids = [kid(rng) for _ in range(3)]
    dates = [plus(rd, -rng.randint(10, 30)) for _ in range(3)]
    for who, code, desc, lo, hi, den in specs:
        n, b = clm(rng), amount(rng, lo, hi)
        if den:
            rows.append([n, pats[who], ids[who], fdate(dates[who], "slash"), code, desc, money(b, "nosign"), "0.00",
                         "0.00", "CO-4 N519"])
            info = (pats[who], ids[who], n, dates[who], b)
        else:
            al = round(b * 0.7, 2)
            rows.append([n, pats[who], ids[who], fdate(dates[who], "slash"), code, desc, money(b, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "1"])
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  LVHP PROVIDER REMIT  {phone(rng, '717')}  PG {{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="LV-PRA-2 (rev. 10/2025)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE - VISION MATERIALS")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Payee", SHOP), ("Payee\nNPI", digits(rng, 10)), ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"),
             ("Remit date | EFT trace", [fdate(rd, "slash"), digits(rng, 12)])], [80, 36, 36, W - 152])
    p.ln(3)
    p.table(["CLM NO.", "PATIENT", "MBR #", "DOS", "CODE", "ITEM", "AMT BILLED", "ALLOWED", "PAID", "ADJ"],
            rows, [26, 38, 30, 19, 20, 40, 22, 18, 18, 17], size=7.6, aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, m, n, d, b = info
    p.para(f"**ADJ legend.** 1: paid per contract. CO-4 N519: the lens claim for {pt} lists V2203 with no RT or LT "
           "modifier, so we cannot tell which eye each lens is for or whether two lenses were made. Send a corrected "
           "claim with one line for each lens (V2203-RT, V2203-LT). The patient may not be billed for this line. "
           f"Dispensing optician on file: {opt}.", 8)
    p.para(f"Corrected claims: within 120 days of the remit date. Provider Services {phone(rng)}.", 8)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=SHOP,
              appeal_deadline=plus(rd, 120).isoformat(), alternates={"insurer": ALT, "provider": [opt]})
    return out(p), t


def faxstd_oon(rng):
    member, husband, od_doc, opt, rev = people(rng, 5)
    m = kid(rng)
    shop = "Kettering Square Eyewear"
    v = dt.date(2026, 3, rng.randint(3, 20))
    ex = plus(v, -rng.randint(3, 8))
    nd = plus(v, rng.randint(25, 38))
    n = clm(rng)
    exn = clm(rng)
    fr, l1, l2, ar = amount(rng, 140, 260), amount(rng, 70, 110), amount(rng, 70, 110), amount(rng, 45, 90)
    l2 = l1
    tot = round(fr + l1 + l2 + ar, 2)
    fax = f"{nd.strftime('%m/%d/%Y')} 10:{rng.randint(10, 59)}  LARCHMERE CLAIMS  {phone(rng, '717')}  P{{n}}"
    p = DVSheet(footer="Page {n} of {nb}", fax_hdr=fax, footer_left="LV-CD-6 (rev. 11/2025)")
    p.set_margins(13, 12, 13)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("CLAIM DETERMINATION - VISION MATERIALS", "Claim number for all lines below: " + n)
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Date of this\nnotice", fdate(nd, "slash")), ("Mailed to", husband), ("Relationship\nto member",
             "Spouse")], [40, 90, W - 130])
    p.boxes([("Member name | Member ID", [member, m]), ("Group", GROUP), ("Plan", PLAN)], [80, 28, W - 108])
    p.boxes([("Billing provider", f"{shop} (not in network)"), ("Dispensing\noptician", opt),
             ("Prescription\nwritten by", f"Dr. {od_doc}, OD")], [80, 48, W - 128])
    p.ln(2)
    p.table(["Date of service", "Code", "Item", "Amount billed", "Plan paid", "Reason"],
            [[fdate(v, "slash"), "V2020", "Frame", money(fr, "nosign"), "0.00", "N7"],
             [fdate(v, "slash"), "V2103-RT", "Lens, single vision, right", money(l1, "nosign"), "0.00", "N7"],
             [fdate(v, "slash"), "V2103-LT", "Lens, single vision, left", money(l2, "nosign"), "0.00", "N7"],
             [fdate(v, "slash"), "V2750", "Anti-reflective coating", money(ar, "nosign"), "0.00", "N7"],
             ["", "", "Claim total", money(tot, "nosign"), "0.00", ""]],
            [30, 24, 66, 28, 24, W - 172], size=8.6, aligns=["L", "L", "L", "R", "R", "C"], bold_last=True)
    p.boxes([("Other claim for this visit (not part of this notice)",
              f"Eye exam 92014, Dr. {od_doc}, OD, {OD}, {fdate(ex, 'slash')}, claim {exn}: PAID")], [W])
    p.ln(2)
    p.para(f"N7: your plan pays for glasses only from shops in the Larchmere Valley vision network. {shop} is not in "
           f"it, so none of the lines above are paid. The exam by Dr. {od_doc} was in network and was paid on its own "
           f"claim. {SHOP} and other network shops can fill the same prescription. The shop may bill you for these "
           "charges.", 8.8)
    p.para(f"Reviewed by {rev}, claims examiner. You may appeal within 180 days of the date of this notice. Urgent "
           f"appeals: 72 hours. External review: within 4 months of the final decision. Member Services "
           f"{phone(rng)}, TTY 711.", 8.6)
    t = truth("denial_letter", "out_of_network", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], claim_amount=m2(tot), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=shop, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [opt], "plan_id": [None]}, type_alternates=["eob"])
    return out(p), t


def photocopy_sun(rng):
    member, od_doc, opt = people(rng, 3)
    m = kid(rng)
    v = dt.date(2026, 5, rng.randint(4, 22))
    nd = plus(v, rng.randint(28, 36))
    n, ref = clm(rng), f"R{digits(rng, 8)}"
    fr, ln_, tint = amount(rng, 120, 220), amount(rng, 130, 190), amount(rng, 35, 60)
    tot = round(fr + ln_ + tint, 2)
    by = plus(nd, 180)
    p = DVSheet(footer="Page {n} of {nb}", footer_left="LV-ECD-3 (rev. 11/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.title_bar("EXPLANATION OF CLAIM DECISION")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("NOTICE DATE", fdate(nd, "abbr")), ("MBR #", m)],
              [("GRP NO.", GROUP), ("DOB", fdate(dob(rng), "slash"))],
              [("CLAIM NO.", n), ("REF.", ref)],
              [("DOS", fdate(v, "slash")), ("AMT BILLED", money(tot))],
              [("BILLED BY", SHOP), ("RX BY", f"Dr. {od_doc}, OD")],
              [("APPEAL BY", fdate(by, "slash")), ("LAST PAIR PAID", fdate(plus(v, -rng.randint(60, 120)), "slash"))]],
             cap_w=24, cap=5.6)
    p.table(["Code", "Item", "Billed", "Paid"],
            [["V2020", "Frame (sunglass)", money(fr, "nosign"), "0.00"],
             ["V2203-RT/LT", "Lenses, single vision, pair", money(ln_, "nosign"), "0.00"],
             ["V2745", "Tint, dark grey", money(tint, "nosign"), "0.00"],
             ["", "Total", money(tot, "nosign"), "0.00"]], [30, 90, 30, 30], size=8.8,
            aligns=["L", "L", "R", "R"], bold_last=True)
    p.para(f"**Decision: not paid.** {SHOP} billed us for prescription sunglasses fitted by {opt}, made to the "
           f"prescription Dr. {od_doc} wrote. Your vision benefit pays for one pair of glasses each plan year, and "
           "we paid your clear pair on the date in the LAST PAIR PAID box. A second pair bought to wear as "
           "sunglasses is listed in your plan booklet among the items the plan does not cover, whatever the "
           "prescription. The shop may bill you.", 9)
    p.para(f"Appeal by the date in the APPEAL BY box. Urgent appeals: 72 hours. Member Services {phone(rng)}, TTY 711.",
           8.8)
    t = truth("denial_letter", "not_covered", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=SHOP, appeal_deadline=by.isoformat(),
              alternates={"insurer": ALT, "provider": [opt], "case_numbers": [[n], [ref]]})
    return out(p), t


def phone_es(rng):
    member, opt, sig = people(rng, 3)
    m = kid(rng)
    end = dt.date(2026, 2, 28)
    order = dt.date(2026, 2, rng.randint(16, 24))
    v = dt.date(2026, 3, rng.randint(5, 18))
    nd = plus(v, rng.randint(25, 35))
    n = clm(rng)
    b = amount(rng, 260, 420)
    p = DVSheet(footer="Página {n} de {nb}")
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
    p.para(f"{SHOP} nos cobró {money(b)} por sus anteojos (armazón y lentes). Usted los encargó el "
           f"{fdate(order, 'long', 'es')} y la óptica {opt} se los entregó el {fdate(v, 'long', 'es')}.", 10)
    p.para(f"Su cobertura con nosotros terminó el {fdate(end, 'long', 'es')}, cuando dejó el empleo que le daba el "
           "seguro. Para los anteojos, la fecha que cuenta es la de entrega, y fue después. Por eso no pagamos este "
           "reclamo. Si tiene otro seguro desde marzo, la óptica puede enviarle el reclamo a él.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           f"en 72 horas. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    t = truth("denial_letter", "eligibility", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=SHOP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [opt]})
    return out(p), t


def rotated_statement(rng):
    member, od_doc, opt = people(rng, 3)
    m = kid(rng)
    v = dt.date(2026, 6, rng.randint(2, 18))
    sd = plus(v, rng.randint(30, 40))
    ac = f"BL-{digits(rng, 6)}"
    fr, ls, ar = amount(rng, 150, 240), amount(rng, 120, 180), amount(rng, 50, 80)
    tot = round(fr + ls + ar, 2)
    paid = round(tot * 0.55, 2)
    adj = round(tot * 0.2, 2)
    bal = round(tot - paid - adj, 2)
    p = DVSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(SHOP, "BLO", [f"{rng.randint(100, 9800)} Market St, Lancaster PA 17603  |  Billing {phone(rng, '717')}"
                             f"  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Bill to", [member, *address(rng)], "Account", [f"Account {ac}", f"Insurance: {INS}",
                                                               f"Member ID {m}"])
    p.boxes([("Statement\ndate", fdate(sd, "abbr")), ("Fitted by", opt), ("Rx from", f"Dr. {od_doc}, OD"),
             ("Pay by", fdate(plus(sd, 30), "abbr"))])
    p.ln(2)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "V2020", "Frame", money(fr, "nosign"), ""],
             [fdate(v, "slash"), "V2203", "Lenses, single vision, pair", money(ls, "nosign"), ""],
             [fdate(v, "slash"), "V2750", "Anti-reflective coating", money(ar, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Network discount", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE (over frame allowance)", money(bal), ""]],
            [24, 18, 82, 25, 30.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share. The balance is the part of the frame price over your plan's frame "
           f"allowance. Your eye exam was billed separately by {OD}.", 9)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=SHOP, unscored=["insurer"],
              alternates={"provider": [opt], "member_id": [None]})
    return out(p), t


def lowres_contacts(rng):
    child, mother, od_doc, rev, sig = people(rng, 5)
    m = kid(rng)
    v = dt.date(2026, 4, rng.randint(3, 24))
    nd = plus(v, rng.randint(25, 40))
    n = clm(rng)
    b = amount(rng, 180, 320)
    p = DVSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mother}:", 10)
    p.para(f"Your son {child} (member ID {m}, group {GROUP}) was fitted with contact lenses at {SHOP} on or about "
           f"{fdate(v, 'long')}. The shop sent us claim {n} for {money(b)} and asked us to pay them as medically "
           f"necessary contact lenses. Dr. {od_doc}, the optometrist at {OD} who examined him, wrote that he "
           "prefers contacts for sports.", 10)
    p.para("Your plan pays for contact lenses in place of glasses only up to the yearly allowance, and in full only "
           "when glasses cannot give good vision, for example after cataract surgery or for a cornea that is "
           "irregular. The exam notes show your son sees 20/20 in each eye with glasses. Contact lenses were not "
           f"medically necessary for him, so we did not pay them as such. Dr. {rev}, OD, reviewed the claim. The "
           "exam itself was paid.", 10)
    p.para(f"If you disagree, you may appeal within 180 days of the date of this letter. Questions: {phone(rng)} "
           "(TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims\n{INS}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=SHOP,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [od_doc]})
    return out(p), t


def clean_stack(rng):
    member, od_doc, opt, sig = people(rng, 4)
    m = kid(rng)
    ex = dt.date(2026, 2, rng.randint(2, 12))
    dv = plus(ex, rng.randint(8, 12))
    sd = plus(dv, rng.randint(28, 36))
    c1, c2, c3, c4, c5 = (clm(rng) for _ in range(5))
    e1, e2, fr, ls = amount(rng, 120, 180), amount(rng, 40, 65), amount(rng, 150, 240), amount(rng, 130, 190)

    def row(n, who, d, code, desc, b, paid, rsn):
        al = round(b * 0.7, 2) if paid else 0.0
        return [n, who, fdate(d, "slash"), code, desc, money(b, "nosign"), money(al, "nosign"), money(al, "nosign"),
                "0.00", rsn]
    p = DVSheet(footer="Page {n} of {nb}", footer_left="LV-EOB-9 (rev. 01/2026)")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    W = p.w - p.l_margin - p.r_margin
    p.boxes([("Member name | Member ID", [member, m]), ("Group", GROUP), ("Statement\ndate", fdate(sd, "slash")),
             ("Date of\nbirth", fdate(dob(rng), "slash")), ("Vision benefit\nperiod", "01/01/2026 - 12/31/2026")],
            [100, 34, 36, 34, W - 204])
    p.ln(3)
    rows = [row(c1, f"Dr. {od_doc}, OD", ex, "92014", "Eye exam", e1, True, "A1"),
            row(c2, f"Dr. {od_doc}, OD", ex, "92015", "Refraction", e2, True, "A1"),
            row(c3, SHOP, dv, "V2020", "Frame", fr, True, "A1"),
            row(c4, SHOP, dv, "V2203", "Lenses, pair", ls, True, "A1"),
            row(c5, SHOP, dv, "V2203", "Lenses, pair", ls, False, "18")]
    tb = e1 + e2 + fr + ls + ls
    tp = sum(round(x * 0.7, 2) for x in (e1, e2, fr, ls))
    rows.append(["TOTALS", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), money(tp, "nosign"), "0.00", ""])
    p.table(["Claim no.", "Provider", "Date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Note"],
            rows, [30, 48, 22, 18, 36, 22, 22, 22, 20, 13.9], size=7.8, aligns=["L"] * 5 + ["R"] * 4 + ["C"],
            bold_last=True)
    p.para(f"**Notes.** A1: paid under your plan. 18: {SHOP} sent the lens claim a second time (claim {c5}); we paid "
           f"the lenses on claim {c4}, so the second claim is a duplicate and is not paid. You owe nothing for it. "
           f"Your glasses were fitted by {opt}.", 8.4)
    p.para("You may appeal within 180 days of the statement date. Urgent appeals: 72 hours. External review: 4 months "
           f"after our final decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    d_a = (out(p), truth("eob", "other", insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[c5],
                         claim_amount=m2(ls), service_dates=[dv.isoformat()], denial_date=sd.isoformat(),
                         provider=SHOP, appeal_deadline=plus(sd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [opt]}))
    member2, od2, sig2 = people(rng, 3)
    m2_ = kid(rng)
    v2 = dt.date(2026, 7, rng.randint(6, 20))
    nd = plus(v2, rng.randint(25, 35))
    n2 = clm(rng)
    b2 = amount(rng, 380, 560)
    q = DVSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", m2_), ("Group", GROUP), ("Claim", n2), ("Billed by", SHOP)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{SHOP} made you high-index progressive lenses (V2784 with V2781) and delivered them on "
           f"{fdate(v2, 'long')}, to the prescription Dr. {od2}, OD, wrote. The claim was for {money(b2)}.", 10)
    q.para("Lenses made of high-index material need our approval before they are ordered, because standard lenses "
           "correct most prescriptions. Nobody asked us for approval, so we did not pay the claim. The shop is in "
           "our network and may not bill you for it; it may ask us for approval now and send the claim again.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig2}\nMember Services", 10)
    d_b = (out(q), truth("denial_letter", "prior_authorization", insurer=INS, group=GROUP, member_id=m2_,
                         member_name=member2, cases=[n2], claim_amount=m2(b2), service_dates=[v2.isoformat()],
                         denial_date=nd.isoformat(), provider=SHOP, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [od2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_lenses_without_rt_lt", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "faxstd_claim_form_to_spouse_shop_outside_network", "fax_standard_g4", [faxstd_oon(rng)]),
        Item(F + "photocopy_claim_form_prescription_sunglasses_excluded", "photocopy", [photocopy_sun(rng)]),
        Item(F + "phone_es_anteojos_despues_de_fin_de_cobertura", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_shop_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_letter_to_parent_contact_lenses_not_needed", "scan_lowres_150", [lowres_contacts(rng)]),
        Item(F + "clean_stack_eob_duplicate_lens_claim_blank_back_then_specialty_lenses_upside_down",
             "scan_clean_300", clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
