"""Notices mirrored (structure and plain wording style only) from the papers of VPharm, Vermont's help for people on
Medicare Part D, run by the Department of Vermont Health Access (DVHA): DVHA, VPharm and its coverage groups VPharm
1, 2 and 3, its role of paying after the member's Part D plan (what is left of the Part D copays and deductible,
leaving the member a $1 or $2 copay), VPharm 2 and 3 paying only for medicines taken for a long-term condition,
VPharm 1 also paying for some medicines Part D leaves out (such as prescription vitamins) and for an eye exam
every two years, Medicare not paying for routine eye exams, the Human Services Board fair hearing, and CPT codes
appear as themselves; every time limit, code, form number, pharmacy, claims processor, Part D plan, eye practice,
billing company, person, number and address is invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_pharmacy_remittance_three_members_antibiotic_vpharm2: a landscape remittance to a pharmacy on a standard
  fax with abbreviated captions ("Pd Dt", "NCPDP #", "RA #", "Ref/ICN", "Bene ID", "Svc Dt", "Amt Billed") and
  billed / Part D paid / VPharm paid / member copay columns with a totals row; the middle member's 10-day antibiotic
  pays 0.00 under code V22, explained only in the legend (VPharm 2 pays only long-term medicines: not_covered).
- born_digital_eye_exam_after_premiums_unpaid_facts_box: a letter with a facts box beside the text (Dt of Notice,
  VPharm ID printed in groups, Medicare number, coverage end, a billing company's invoice) on an eye exam after
  VPharm stopped for unpaid premiums; the optometrist and practice only in sentences (eligibility); "by <date>".
- photocopy_vitamin_filled_before_approval_captions_left: a photocopied claim action notice with captions left
  of the boxes ("Dt of Notice", "Bene ID", "Rx #", "NDC", "Cov. grp", "Part D plan"), dates like 03-MAR-2026, a
  prescription vitamin filled before anyone asked VPharm (prior_authorization; the kind only in the reason).
- phone_es_two_columns_part_d_plan_not_billed_first: a photographed two-column Spanish letter: the pharmacy sent
  the claim to VPharm without sending it to the member's Part D plan first (other); "US$ 1.234,50" beside "$".
- rotated_prior_authorization_approved_captions_under_boxes: a prior authorization approval with captions under
  the boxes, fed sideways (denies nothing).
- lowres_claims_switch_sent_fill_after_180_days: a 150 dpi letter with captions under the boxes on a fill the
  pharmacy's claims switching service sent after 180 days; the refused amount only in a sentence; "no later than
  90 calendar days after you receive this letter" (timely_filing).
- clean_stack_new_hampshire_pharmacy_then_reconsideration_upside_down: a letter refusing a New Hampshire pharmacy
  not enrolled with Vermont Medicaid (parties box, billed / Part D / VPharm columns; out_of_network), its duplex
  back, then upside down a reconsideration keeping the refusal of 18 instead of 9 migraine tablets a month
  (medical_necessity; only a fair hearing left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_fameb import EASheet, ddmon, es_long, es_money, nb, people, recast
from public_kit import amount, digits, fdate, m2, mbi, money, out, plus, truth

FAMILY = "vermont_vpharm_part_d_wraparound_pharmacy_claim_denial"
LANG = "en"
SEED = 354901
INS = "Department of Vermont Health Access"
ALT = ["DVHA", "Vermont Health Access", "VPharm", "Green Mountain Care"]
PROC = "Hogback Ridge Pharmacy Claims Services"
PARTD = "Tallcedar Rx Basic (PDP)"
PRACTICE = "Hazelnook Eye Care"
BILLER = "Missisquoi Billing Services"
SWITCH = "Tunbridge Claims Switching"
PH_NH = "Ammonoosuc Pharmacy"
TOWNS = [("St. Johnsbury", "05819"), ("Rutland", "05701"), ("Barre", "05641"), ("Newport", "05855"),
         ("Middlebury", "05753"), ("Bennington", "05201"), ("Springfield", "05156"), ("Bradford", "05033"),
         ("Ludlow", "05149"), ("Morrisville", "05661")]
STREETS = ["Maple Hill Rd", "Depot St", "Sugarhouse Ln", "Covered Bridge Rd", "Pleasant St", "Bayley Hazen Rd",
           "Old County Rd", "Quarry Hill Rd"]


def address(rng, town=None):
    city, z = town or rng.choice(TOWNS)
    return [f"{rng.randint(12, 2980)} {rng.choice(STREETS)}", f"{city}, VT {z}"]


def vid(rng):
    """VPharm / Green Mountain Care ID: 9 digits."""
    return digits(rng, 9)


def grouped(m: str) -> str:
    return f"{m[:3]} {m[3:6]} {m[6:]}"


def tcn(rng):
    """Transaction control number of a pharmacy claim: 26 + 11 digits."""
    return "26" + digits(rng, 11)


def rxno(rng):
    return digits(rng, 7)


def ndc(rng):
    return f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28))


def copay(b: float) -> float:
    """The member's VPharm copay: $1 under $30, $2 from $30."""
    return 1.0 if b < 30 else 2.0


def _head(p: EASheet, rng, unit="VPharm", size=13):
    p.logo_head(INS, "DVHA", [f"{unit}  |  NOB 1 South, PO Box {rng.randint(1100, 2900)}, Waterbury VT "
                              f"05671-{digits(rng, 4)}",
                              f"Green Mountain Care Member Services {phone(rng)}  |  TTY 711  |  Fax 802-555-"
                              f"{digits(rng, 4)}"], size=size)


def faxstd_remit(rng):
    everyone = people(rng, 6)
    pats, docs = everyone[:3], everyone[3:]
    ph = "Passumpsic Valley Drug"
    pd = dt.date(2026, 3, rng.randint(9, 27))
    specs = [("VP1", "atorvastatin 20 mg tab", False), ("VP2", "amoxicillin 500 mg cap x10d", True),
             ("VP3", "levothyroxine 75 mcg tab", False)]
    rows, info = [], []
    tot = [0.0, 0.0, 0.0, 0.0]
    for pt, doc, (grp, drug, den) in zip(pats, docs, specs):
        fill = plus(pd, -rng.randint(6, 20))
        n, m = tcn(rng), vid(rng)
        b = amount(rng, 34, 160)
        partd = round(b * rng.uniform(0.62, 0.8), 2)
        left = round(b - partd, 2)
        cop = left if den else copay(b)
        vp = 0.0 if den else round(left - cop, 2)
        vals = [b, partd, vp, cop]
        tot = [a + v for a, v in zip(tot, vals)]
        first, mi, last = pt.split()[0], pt.split()[1].rstrip("."), pt.split()[-1]
        rows.append([n, f"{last.upper()}, {first.upper()} {mi}", m, grp, rxno(rng), fdate(fill, "short"), drug,
                     doc, *[money(v, "nosign") for v in vals], "V22" if den else "00"])
        info.append((pt, doc, n, m, fill, b))
    rows.append(["TOTALS", "", "", "", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    fax = f"{pd.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  DVHA VPHARM RA  802-555-{digits(rng, 4)}  P.{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, f"VPharm Pharmacy Payments, processed for DVHA by {PROC}", 13)
    p.title_bar("VPHARM PHARMACY REMITTANCE  -  PAID AFTER MEDICARE PART D", "Form DVHA-RA-VP (rev. 09/2025)")
    p.capstrip([("Payee", ph), ("NCPDP #", digits(rng, 7)), ("Payee NPI", npi(rng)), ("RA #", digits(rng, 8)),
                ("Pd Dt", fdate(pd, "slash")), ("EFT Trace", digits(rng, 12)),
                ("Amt Pd", f"${tot[2]:,.2f}")],
               [62, 26, 30, 28, 28, 44, 41.4])
    p.ln(3)
    p.table(["Ref/ICN", "Mbr Nm", "Bene ID", "Grp", "Rx #", "Svc Dt", "Drug", "Prescriber", "Amt Billed",
             "Part D Pd", "VPharm Pd", "Mbr Copay", "EOB"], rows,
            [24, 36, 18, 10, 14, 14, 38, 36, 16, 15, 15, 14, 9.4], size=6.9,
            aligns=["L"] * 8 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**EOB codes.** 00: paid after the Part D plan; the member pays the VPharm copay ($1 under $30, $2 from "
           "$30). V22: members in VPharm 2 and VPharm 3 get help only with medicines taken for a condition that lasts "
           "a long time. A ten-day antibiotic is not one of those, so VPharm paid nothing; the member owes the Part D "
           "plan's copay shown.", 7.8)
    p.para("Pharmacies may ask for an adjustment within 90 days of the Pd Dt. Send the Ref/ICN and what should "
           f"change to DVHA Pharmacy Unit, fax 802-555-{digits(rng, 4)}. Pharmacy help desk {phone(rng, '866')} "
           "(not for members).", 7.8)
    pt, doc, n, m, fill, b = info[1]
    t = truth("eob", "not_covered", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[fill.isoformat()], denial_date=pd.isoformat(), provider=doc,
              appeal_deadline=plus(pd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [ph], "plan_id": ["VP2", "VPharm 2"]})
    return out(p), t


def born_eye_exam(rng):
    member, doc, sig = people(rng, 3)
    m = vid(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(4, 20))
    nd = plus(v, rng.randint(24, 34))
    dl = plus(nd, 60)
    n = tcn(rng)
    b1, b2 = amount(rng, 130, 190), amount(rng, 38, 62)
    b = round(b1 + b2, 2)
    inv = f"MBS-{digits(rng, 6)}"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "VPharm Member Letters")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("About the bill for your eye exam", 12)
    p.beside_box(
        [("Dt of Notice", fdate(nd, "slash")), ("VPharm ID", grouped(m)), ("Ref/ICN", n),
         ("Svc Dt", fdate(v, "slash")), ("Amt Billed", money(b)), ("Medicare No.", mbi(rng)),
         ("VPharm ended", fdate(end, "slash")), ("Billing co. invoice", inv)],
        [f"Dear {member}:",
         f"Dr. {doc} at {PRACTICE} asked us to pay for an eye exam you had on {fdate(v, 'long')}. The practice's "
         f"billing company, {BILLER}, sent us the bill: {money(b1)} for the exam (CPT 92014) and {money(b2)} for "
         f"measuring your eyes for glasses (CPT 92015), {money(b)} in all.",
         "VPharm 1 helps with one full eye exam every two years, but only for days you are enrolled. Your VPharm "
         f"stopped at the end of {fdate(end, 'long')} because the monthly premiums for January and February were "
         "not paid. Your exam was after that, so VPharm cannot pay any of it. Medicare does not pay for routine "
         "eye exams either.",
         "You may apply for VPharm again at any time. If you are found eligible, coverage starts on the first day "
         "of the month after we get your application and first premium; it does not go back to the exam.",
         f"**If you think we are wrong**, ask for an appeal by {fdate(dl, 'long')}. Call us or write to the "
         "address above. You may also ask the Human Services Board for a fair hearing; a hearing asked for within "
         "90 days of this letter is still on time even after the appeal date. If waiting could harm your health, "
         "ask for a fast appeal; we decide those within 72 hours."],
        box_w=60, title="About this letter", size=9.8)
    p.para(f"Sincerely,\n{sig}\nVPharm Member Unit\n{INS}", 9.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE], "plan_id": ["VPharm 1"]})
    return out(p), t


def photocopy_vitamin(rng):
    member, doc, rev, sig = people(rng, 4)
    m = vid(rng)
    ph = "Mettawee Pharmacy"
    fill = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(fill, rng.randint(8, 16))
    n = tcn(rng)
    b = amount(rng, 38, 95)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "VPharm Claims")
    p.title_bar("VPHARM CLAIM ACTION NOTICE", "DVHA-VP-14 (rev. 11/2025)")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Dt of Notice", ddmon(nd)), ("Bene ID", m)],
              [("Ref/ICN", n), ("Svc Dt", ddmon(fill))],
              [("Rx #", rxno(rng)), ("NDC", ndc(rng))],
              [("Amt Billed", money(b)), ("Cov. grp", "VPharm 1")],
              [("Pharmacy", ph), ("Prescriber", f"Dr. {doc}")],
              [("DOB", ddmon(dob(rng))), ("Part D plan", PARTD)]], cap_w=22, cap=5.8)
    p.ln(1)
    p.para(f"**What happened.** {ph} filled a prescription from Dr. {doc} for a folic acid, vitamin B6 and vitamin "
           "B12 tablet (30 tablets). Medicare Part D plans leave prescription vitamins out, so your Part D plan paid "
           "nothing. VPharm 1 can pay for this vitamin, but only after the prescriber tells us why you need it and "
           "we say yes before the pharmacy fills it. We had nothing from Dr. " + doc.split()[-1] + " on the fill "
           f"date, so VPharm paid $0.00 of the {money(b)} billed.", 9.2)
    p.para(f"**What can be done.** Dr. {doc.split()[-1]} can still send the reasons on the VPharm drug request form. "
           f"Our pharmacist reviewer, {rev}, will answer within 24 hours of getting it. If we agree, the pharmacy "
           "can send the claim again.", 9.2)
    p.para("**If you disagree**, you may ask for an appeal within 60 days of the date on this notice. If your health "
           "could be harmed by waiting, ask for a fast appeal (72 hours). You may also ask the Human Services Board "
           f"for a fair hearing. Member Services {phone(rng)} (TTY 711).", 8.8)
    p.para(f"{sig}, VPharm Claims Unit", 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ph], "plan_id": ["VPharm 1"]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = recast(people(rng, 3), "-m-", rng)
    m = vid(rng)
    ph = "Black River Drug"
    fill = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(fill, rng.randint(14, 24))
    n = tcn(rng)
    b = amount(rng, 1050, 1480)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "VPharm - Ayuda con los medicamentos de la Parte D de Medicare")
    p.para(es_long(nd), 9.8)
    for ln in [member, *address(rng, ("Ludlow", "05149"))]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("Número de VPharm", m), ("Número de reclamo (Ref/ICN)", n), ("Receta (Rx) n.º", rxno(rng)),
               ("ID del plan de la Parte D", f"TRX{digits(rng, 8)}")], 8.6)
    p.heading("Aviso sobre un reclamo de farmacia", 12)
    p.two_cols(
        [("Lo que pasó",
          f"El {nb(es_long(fill))}, la farmacia {ph} surtió una receta del Dr. {doc}: apixabán 5 mg, 180 tabletas "
          f"(90 días). La farmacia nos cobró {nb(es_money(b))} ({money(b)})."),
         ("Nuestra decisión",
          "VPharm paga después de su plan de medicamentos de la Parte D de Medicare, nunca antes. La farmacia nos "
          f"mandó el reclamo sin mandarlo primero a su plan de la Parte D, {PARTD}. Por eso no lo pagamos. "
          "Cuando la farmacia lo envíe a su plan y nos mande lo que quede por pagar, lo revisaremos y usted "
          "pagará solo su copago de VPharm ($1 o $2).")],
        [("Si no está de acuerdo",
          "Puede pedir una apelación dentro de 60 días de la fecha de esta carta. Llame o escriba a la dirección "
          "de arriba. También puede pedir una audiencia imparcial ante la Junta de Servicios Humanos (Human "
          "Services Board). Si esperar pone en riesgo su salud, pida una apelación rápida: decidimos en 72 horas."),
         ("Quién firma", f"{sig}, Unidad de Farmacia de VPharm."),
         ("Llámenos", f"Servicios para Miembros {phone(rng)} (TTY 711), de lunes a viernes.")], size=9.2)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [ph]})
    return out(p), t


def rotated_approval(rng):
    member, doc, rev = people(rng, 3)
    m = vid(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    start = dt.date(2026, 5, 1)
    stop = dt.date(2026, 10, 31)
    pa = f"PA-{digits(rng, 7)}"
    ph = "Willoughby Lake Pharmacy"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "VPharm Prior Authorization")
    p.para(fdate(nd, "upper"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxes_below([("PA No.", pa), ("Bene ID", m), ("Dt of Notice", fdate(nd, "slash"))])
    p.boxes_below([("Prescriber", f"Dr. {doc}"), ("Prescriber NPI", npi(rng)), ("Cov. grp", "VPharm 1")])
    p.ln(1)
    p.heading("Your medicine is approved", 12)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} asked VPharm to help pay for cyanocobalamin 1,000 mcg injections, one a month. We said yes. "
           f"VPharm will pay for it from {fdate(start, 'long')} through {fdate(stop, 'long')} at any pharmacy that "
           f"takes VPharm, such as {ph}. You pay the VPharm copay of $1 or $2 for each fill.", 10)
    p.para(f"To keep getting it after {fdate(stop, 'long')}, Dr. {doc.split()[-1]} must ask us again before that "
           f"date. Approved by {rev}, PharmD, DVHA Pharmacy Unit. Questions: {phone(rng)} (TTY 711).", 10)
    p.para("This letter does not take anything away from you, so there is nothing to appeal.", 9.4)
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[pa],
              service_dates=[f"{start.isoformat()}/{stop.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "service_dates": [[], [start.isoformat(), stop.isoformat()]],
                          "case_numbers": [[]], "plan_id": ["VPharm 1"]})
    return out(p), t


def lowres_late(rng):
    member, doc, sig = people(rng, 3)
    m = vid(rng)
    ph = "Gihon River Apothecary"
    fill = dt.date(2026, 1, rng.randint(5, 22))
    rec = plus(fill, rng.randint(190, 215))
    nd = plus(rec, rng.randint(5, 10))
    n = tcn(rng)
    b = amount(rng, 48, 130)
    p = EASheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "VPharm Claims")
    p.ln(1)
    p.para(fdate(nd, "abbr"), 10)
    for ln in [member, *address(rng, ("Morrisville", "05661"))]:
        p.line(ln, 10)
    p.ln(3)
    p.boxes_below([("Dt of Notice", fdate(nd, "abbr")), ("Bene ID", m), ("Ref/ICN", n)])
    p.boxes_below([("Svc Dt", fdate(fill, "slash")), ("Rec'd", fdate(rec, "slash")), ("Rx #", rxno(rng))])
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(fill, 'long')}, {ph} filled a 90-day supply of metoprolol succinate that Dr. {doc} "
           f"prescribed for you. The pharmacy's claims service, {SWITCH}, sent us the part of that fill left after "
           f"your Part D plan paid, {money(b)}, and we got it on {fdate(rec, 'long')}.", 10)
    p.para("Pharmacies have 180 days from the day they fill a prescription to send VPharm its part. This one came "
           f"{(rec - fill).days} days after the fill, so VPharm will not pay it. The pharmacy agreed to this limit "
           "when it signed up with us and may not charge you the part VPharm would have paid.", 10)
    p.para("If you think this is wrong, ask for an appeal no later than 90 calendar days after you receive this "
           f"letter. Call {phone(rng)} (TTY 711) or write to us. A fair hearing with the Human Services Board may "
           "also be asked for.", 10)
    p.para(f"Sincerely,\n{sig}\nVPharm Claims Unit", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [ph], "appeal_deadline": [plus(nd, 90).isoformat()]})
    return out(p), t


def clean_stack(rng):
    member, doc, rev, sig = people(rng, 4)
    m = vid(rng)
    fill = dt.date(2026, 4, rng.randint(3, 22))
    nd = plus(fill, rng.randint(15, 25))
    n = tcn(rng)
    b = amount(rng, 140, 260)
    partd = 0.0
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "VPharm Claims")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng, ("Bradford", "05033"))]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Bene ID", m), ("Ref/ICN", n), ("Dt of Notice", fdate(nd, "slash")),
               ("Call ref.", f"C{digits(rng, 8)}")], 8.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(fill, 'long')} you filled a prescription from Dr. {doc} for tiotropium inhalation capsules "
           f"at {PH_NH} in Woodsville, New Hampshire. The pharmacy sent the claim to your Part D plan and then to "
           "VPharm. When you called us about it, we gave you the call reference above.", 10)
    p.table(["Svc Dt", "Drug", "Amt Billed", "Part D plan paid", "VPharm paid", "Left for you"],
            [[fdate(fill, "slash"), "tiotropium 18 mcg, 30 caps", money(b, "nosign"), money(partd, "nosign"),
              "0.00", money(b - partd, "nosign")]],
            [22, 52, 24, 28, 22, 26], size=8.6, aligns=["L", "L", "R", "R", "R", "R"])
    p.para(f"VPharm pays only pharmacies enrolled with Vermont Medicaid. {PH_NH} is not enrolled, so VPharm paid "
           "nothing. Your Part D plan did not pay either, because the pharmacy is not in its network. Any Vermont "
           "pharmacy that takes VPharm can fill the same prescription; many in Bradford and Wells River do.", 10)
    p.parties("Named in this letter", [
        ("Prescriber", f"Dr. {doc}", f"NPI {npi(rng)}"),
        ("Pharmacy", PH_NH, f"NCPDP {digits(rng, 7)} (not enrolled)"),
        ("Part D plan", PARTD, f"Member ID TRX{digits(rng, 8)}"),
        ("Reviewed by", rev, "DVHA Pharmacy Unit"),
    ])
    p.para("If you disagree, ask for an appeal no later than 60 days from the date printed at the top of this "
           "letter. Fast appeals are decided within 72 hours. Fair hearings: Human Services Board. Call "
           f"{phone(rng)} (TTY 711).", 9.6)
    p.para(f"Sincerely,\n{sig}\nVPharm Claims Unit", 9.6)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=member, cases=[n],
                         claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
                         provider=PH_NH, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc]}))

    member2, doc2, rev2, sig2 = people(rng, 4)
    m2_ = vid(rng)
    f2 = dt.date(2026, 3, rng.randint(2, 20))
    first = plus(f2, rng.randint(8, 14))
    rd = plus(first, rng.randint(30, 45))
    n2 = tcn(rng)
    rc = f"RC-26-{digits(rng, 5)}"
    b2 = amount(rng, 210, 380)
    ph2 = "Passumpsic Valley Drug"
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "VPharm Reconsiderations")
    q.title_bar("RECONSIDERATION DECISION")
    q.para(fdate(rd, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Bene ID", m2_), ("Reconsideration no.", rc), ("Ref/ICN (first decision)", n2),
             ("First decision dated", fdate(first, "slash")), ("Svc Dt", fdate(f2, "slash")),
             ("Amt Billed", money(b2))], label_w=52, size=9.4)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"You asked us to look again at our decision on sumatriptan 100 mg tablets that Dr. {doc2} prescribed "
           f"and {ph2} filled. The prescription was for 18 tablets a month. VPharm pays for up to 9 a month unless "
           "the prescriber shows why more are needed.", 10)
    q.para(f"{rev2}, a pharmacist who did not make the first decision, read what Dr. {doc2.split()[-1]} sent: "
           "the office notes say you have about four headaches a month and one tablet usually ends a headache. "
           "Nothing in them shows a need for 18 tablets a month. **We are keeping our first decision.** VPharm "
           "still pays for 9 tablets a month; the pharmacy can fill that amount.", 10)
    q.para("This was your last review with DVHA. If you still disagree, you may ask the Human Services Board for a "
           "fair hearing within 90 days of this decision. You can ask a friend, a relative or a lawyer to help. "
           f"Call {phone(rng)} (TTY 711).", 9.8)
    q.para(f"Sincerely,\n{sig2}\nVPharm Reconsideration Unit", 9.8)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=member2,
                         cases=[rc, n2], claim_amount=m2(b2), service_dates=[f2.isoformat()],
                         denial_date=rd.isoformat(), provider=doc2, appeal_deadline=None,
                         alternates={"insurer": ALT, "provider": [ph2], "case_numbers": [[rc], [n2]]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)  # the round's seed for this family (the driver's own seed is not used)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pharmacy_remittance_three_members_antibiotic_vpharm2", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "born_digital_eye_exam_after_premiums_unpaid_facts_box", "born_digital", [born_eye_exam(rng)]),
        Item(F + "photocopy_vitamin_filled_before_approval_captions_left", "photocopy", [photocopy_vitamin(rng)]),
        Item(F + "phone_es_two_columns_part_d_plan_not_billed_first", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_prior_authorization_approved_captions_under_boxes", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_claims_switch_sent_fill_after_180_days", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_new_hampshire_pharmacy_then_reconsideration_upside_down", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
