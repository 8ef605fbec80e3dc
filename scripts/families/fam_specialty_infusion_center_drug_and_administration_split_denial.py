"""An invented commercial plan (Wickhollow Mutual Health Plan, a Virginia PPO) deciding infusion claims in which the
infusion centre's administration is paid while the drug is refused: papers naming the prescriber, the infusion
centre (Larchmont Ridge Infusion Center), the specialty pharmacy that ships drugs to it (Brackenfield Specialty
Pharmacy), nurses, medical directors and case managers. CPT and HCPCS J-codes, CARC/RARC codes and NDC appear as
themselves; the plan, its rules and time limits, every centre, pharmacy, doctor, person, number and address are
invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_remittance_three_patients_drug_line_without_ndc: a landscape provider remittance to the centre on a
  standard fax, three patients with an administration line and a drug line each, the middle patient's drug line
  paying 0.00 under CO-16 / M119 (no NDC on the line; coding_error), legend only.
- clean_eob_admin_paid_drug_refused_authorization_ran_out: a member EOB of three claims (administration paid, drug
  refused because the authorization ended before the infusion; prior_authorization), billed / allowed / paid /
  you-owe columns, totals row; Auth. No. and a plan-year deductible as decoys.
- photocopy_letter_higher_dose_not_needed_amount_in_sentence: a letter refusing a doubled dose (medical_necessity),
  the refused amount only in a sentence; prescriber, nurse, medical director and case manager named.
- phone_es_two_columns_drug_from_pharmacy_outside_network: a photographed Spanish letter in two columns: the drug
  came from a specialty pharmacy outside the network (out_of_network); "US$ 1.234,50"-style and "dentro de 60 días".
- born_digital_authorization_approved_six_infusions: an approval of six infusions (denies nothing).
- lowres_letter_infusion_after_coverage_ended: a 150 dpi letter on a drug given after coverage ended (eligibility),
  "by <date>" deadline; the centre as who gave the care only in a sentence.
- finefax_stack_cover_off_label_drug_then_upside_down_duplicate: a cover sheet, a letter refusing an off-label
  drug use as excluded (not_covered), then upside down a claim letter refusing a drug line billed twice (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "specialty_infusion_center_drug_and_administration_split_denial"
LANG = "en"
SEED = 354800
INS = "Wickhollow Mutual Health Plan"
ALT = ["Wickhollow Mutual"]
PLAN = "Wickhollow Choice PPO 2000"
GROUP = "WM-40719"
CTR = "Larchmont Ridge Infusion Center"
SPX = "Brackenfield Specialty Pharmacy"


def mid(rng):
    return f"WMH{digits(rng, 8)}"


def clm(rng):
    return f"26{digits(rng, 4)}-{digits(rng, 6)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))


def _head(p, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Richmond VA 23218-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    pats = people(rng, 3)
    docs = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("J1745", "infliximab 10 mg", 30, 3400, 4200), ("J2350", "ocrelizumab 1 mg", 600, 9800, 11800),
             ("J3380", "vedolizumab 1 mg", 300, 5200, 6400)]
    rows, info = [], []
    for i, (pt, dr, (code, desc, units, lo, hi)) in enumerate(zip(pats, docs, specs)):
        d = plus(rd, -rng.randint(14, 30))
        n, m = clm(rng), mid(rng)
        a = amount(rng, 280, 420)
        b = amount(rng, lo, hi)
        aa = round(a * 0.7, 2)
        rows.append([n, pt, m, fdate(d, "slash"), f"Dr. {dr}", "96413", money(a, "nosign"),
                     money(aa, "nosign"), money(round(aa * 0.8, 2), "nosign"), "1"])
        if i == 1:
            rows.append(["", "", "", fdate(d, "slash"), "", f"{code} x{units}", money(b, "nosign"), "0.00", "0.00",
                         "CO-16 M119"])
        else:
            ba = round(b * 0.75, 2)
            rows.append(["", "", "", fdate(d, "slash"), "", f"{code} x{units}", money(b, "nosign"),
                         money(ba, "nosign"), money(round(ba * 0.8, 2), "nosign"), "1"])
        info.append((pt, dr, n, m, d, a, b))
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  WMHP PROVIDER REMIT  {phone(rng, '804')}  PG {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.title_bar("PROVIDER REMITTANCE ADVICE", "WM-RA-3 (rev. 08/2025)")
    p.capstrip([("PAYEE", CTR), ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("PAYEE NPI", npi(rng)),
                ("REMIT DATE", fdate(rd, "slash")), ("EFT TRACE", digits(rng, 12))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.table(["CLAIM #", "PATIENT", "MEMBER ID", "DOS", "PRESCRIBER", "CPT/HCPCS", "BILLED", "ALLOWED", "PAID",
             "ADJ"], rows, [34, 40, 32, 20, 36, 22, 20, 18, 18, 19.4], size=7.4,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    pt, dr, n, m, d, a, b = info[1]
    p.para("**ADJ legend.** 1: paid per contract. CO-16 M119: the drug line carries no NDC (the 11-digit national "
           "drug code of the vial used). Drug lines without it cannot be priced. The administration line on the same "
           "claim was paid. Send a corrected claim with the NDC and units; the patient may not be billed.", 7.9)
    p.para("Corrected claims and disputes: within 90 days of the remit date. Provider Services "
           f"{phone(rng)}.", 7.9)
    t = truth("eob", "coding_error", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=CTR,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [dr], "claim_amount": [m2(round(a + b, 2))]})
    return out(p), t


def clean_eob(rng):
    member, doc, rn = people(rng, 3)
    m = mid(rng)
    auth = f"AUTH-{digits(rng, 7)}"
    authend = dt.date(2026, 2, 28)
    d1 = dt.date(2026, 2, rng.randint(9, 20))
    d2 = dt.date(2026, 3, rng.randint(9, 20))
    sd = plus(d2, rng.randint(25, 35))
    n1, n2, n3 = clm(rng), clm(rng), clm(rng)
    a1, b1, a2, b2 = amount(rng, 300, 420), amount(rng, 3900, 4600), amount(rng, 300, 420), amount(rng, 3900, 4600)

    def vals(b, paid):
        al = round(b * 0.7, 2) if paid else 0.0
        pd = round(al * 0.8, 2) if paid else 0.0
        return [b, al, pd, round(al - pd, 2)]
    claims = [(n1, d1, "96413 infusion, first hour", vals(a1, True), "A1"),
              (n1, d1, "J1745 infliximab x40", vals(b1, True), "A1"),
              (n2, d2, "96413 infusion, first hour", vals(a2, True), "A1"),
              (n3, d2, "J1745 infliximab x40", vals(b2, False), "PA9")]
    rows, tot = [], [0.0] * 4
    for n, d, s, v, c in claims:
        rows.append([n, fdate(d, "slash"), CTR, s, *[money(x, "nosign") for x in v], c])
        tot = [a + x for a, x in zip(tot, v)]
    rows.append(["TOTALS", "", "", "", *[money(x, "nosign") for x in tot], ""])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("EXPLANATION OF BENEFITS - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("ISSUED", fdate(sd, "abbr")),
                ("PLAN", PLAN)], [42, 34, 26, 30, 59.9])
    p.ln(2)
    p.para(f"Plan year 2026 deductible met: $2,000.00 of $2,000.00.  Prescriber: Dr. {doc}.  Auth. No. {auth} "
           f"(valid through {fdate(authend, 'slash')}).", 8.4)
    p.table(["Claim #", "Date", "Provider", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Code"], rows,
            [24, 16, 44, 36, 15, 15, 15, 13, 13.9],
            size=6.8, aligns=["L"] * 4 + ["R"] * 4 + ["C"], bold_last=True)
    p.para(f"**Codes.** A1: paid under your plan. PA9: your infliximab authorization ran from September 1, 2025 "
           f"through the date shown above. The March infusion was given after it ended and no one asked us to renew "
           f"it first, so the drug is not paid. The infusion itself (nurse {rn}'s time) was paid. Dr. {doc} may ask "
           "us to renew the authorization.", 8.2)
    p.para("You may appeal within 180 days of the date you receive this statement. Urgent appeals: 72 hours. "
           "External review: within 4 months of our final decision.", 8.2)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n3], claim_amount=m2(b2), service_dates=[d2.isoformat()],
              denial_date=sd.isoformat(), provider=CTR, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [doc], "appeal_deadline": [plus(sd, 180).isoformat()],
                          "plan_id": [None]})
    return out(p), t


def photocopy_dose(rng):
    member, doc, rn, md, cm = people(rng, 5)
    m = mid(rng)
    n = clm(rng)
    ref = f"R-{digits(rng, 8)}"
    v = dt.date(2026, 3, rng.randint(4, 24))
    nd = plus(v, rng.randint(24, 34))
    a, b = amount(rng, 290, 410), amount(rng, 7200, 8800)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Claim #", n), ("Reference", ref), ("Account", f"LR-{digits(rng, 6)}")],
            label_w=30, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"On {fdate(v, 'long')} you received an infusion of ustekinumab at {CTR}, given by {rn}, RN. Dr. {doc}, "
           f"who prescribes it for you, raised the dose to twice the usual amount. We paid the center's "
           f"{money(a)} charge for giving the infusion. We did not pay the {money(b)} charged for the drug.", 10)
    p.para(f"{md}, MD, our medical director, read Dr. {doc}'s notes. Your symptoms have been steady for a year on the "
           "usual dose and the notes name no flare or test result calling for more. A double dose was not needed; a "
           "usual dose would have been paid.", 10)
    p.para("You may appeal no later than 90 calendar days after you receive this letter. If your health could be "
           "seriously harmed by waiting, ask for an urgent appeal (72 hours). External review: within 4 months of "
           f"our final decision. Your case manager, {cm}, is at {phone(rng)} (TTY 711).", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n, ref], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
              provider=CTR, appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [doc], "appeal_deadline": [plus(nd, 90).isoformat()],
                          "claim_amount": [m2(round(a + b, 2))], "case_numbers": [[n]]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), clm(rng)
    auth = f"AUTH-{digits(rng, 7)}"
    v = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(v, rng.randint(20, 30))
    b = amount(rng, 2100, 2900)
    es = f"US$ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    oon = "Quillfeather Specialty Rx"
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    y0 = p.get_y()
    colw = 112
    sx = p.l_margin + colw + 6
    yb = p.sidebar([("Fecha de la carta", fdate(nd, "slash")), ("Paciente", member), ("Núm. de miembro", m),
                    ("Grupo", GROUP), ("Núm. de reclamo", n), ("Autorización", auth), ("Fecha del servicio",
                    fdate(v, "long", "es")), ("Centro de infusión", CTR), ("Farmacia", oon),
                    ("Cobrado (medicamento)", money(b))], sx, y0, p.w - p.r_margin - sx, title="Su reclamo", size=8.2)
    p.set_xy(p.l_margin, y0)
    for ln in [member, *address(rng)]:
        p.f(10)
        p.cell(colw, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.col_para(f"Estimado(a) {member}:", colw, 10)
    p.col_para(f"El {fdate(v, 'long', 'es')} le pusieron una infusión de ocrelizumab en {CTR}. La Dra. {doc} la "
               "recetó y la aprobamos. Pagamos la infusión.", colw, 10)
    p.col_para(f"El medicamento no lo envió {SPX}, la farmacia de nuestra red, sino {oon}, que no tiene contrato con "
               f"nosotros. Esa farmacia nos cobró {es} por el medicamento y no lo pagamos. Su plan no paga "
               "medicamentos de farmacias fuera de la red, salvo en una emergencia.", colw, 10)
    p.col_para("Si no está de acuerdo, puede apelar dentro de 60 días a partir de la fecha de esta carta. Las "
               "apelaciones urgentes se deciden en 72 horas.", colw, 10)
    p.col_para(f"Atentamente,\n{sig}\nServicios para Miembros - {phone(rng)} (TTY 711)", colw, 10)
    p.set_y(max(p.get_y(), yb) + 2)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=oon,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [CTR, doc], "case_numbers": [[n, auth]]})
    return out(p), t


def digital_approval(rng):
    member, doc, md, cm = people(rng, 4)
    m = mid(rng)
    auth = f"AUTH-{digits(rng, 7)}"
    nd = dt.date(2026, 6, rng.randint(2, 20))
    start, end = plus(nd, 3), plus(nd, 3 + 7 * 40)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("Member ID / Group", f"{m} / {GROUP}"), ("Auth. No.", auth), ("Requested by",
                   f"Dr. {doc}, NPI {npi(rng)}"), ("Site of care", f"{CTR}, NPI {npi(rng)}"),
                   ("Drug supplied by", SPX), ("Approved", f"6 infusions, {fdate(start, 'slash')} - {fdate(end, 'slash')}")],
                  label_w=44)
    p.para(f"Dear {member}:", 10)
    p.para(f"We approved Dr. {doc}'s request for six vedolizumab infusions at {CTR} from {fdate(start, 'long')} "
           f"through {fdate(end, 'long')}. {SPX} will ship each dose to the center; the center bills the infusion "
           "and the pharmacy bills the drug. Reviewed by " + md + ", MD.", 10)
    p.para(f"Your case manager, {cm}, will call before the first infusion. Questions: {phone(rng)} (TTY 711).", 10)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=CTR,
              alternates={"insurer": ALT, "provider": [doc], "service_dates": [[]]})
    return out(p), t


def lowres_elig(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), clm(rng)
    inv = f"INV-{digits(rng, 6)}"
    ended = dt.date(2026, 4, 30)
    v = dt.date(2026, 5, rng.randint(5, 20))
    nd = plus(v, rng.randint(20, 30))
    dl = plus(nd, 180)
    b = amount(rng, 5200, 6900)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Member ID {m}  -  Claim {n}  -  Center invoice {inv}", 9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"We received a claim for a tocilizumab infusion that Dr. {doc} ordered for you and that the nurses at "
           f"{CTR} gave on {fdate(v, 'long')}. The drug was billed at {money(b)}.", 10)
    p.para(f"Your employer ended your group coverage with us on {fdate(ended, 'long')}. The infusion was after "
           "that, so we cannot pay for the drug or the infusion. If you have new coverage, give the center that "
           "plan's card.", 10)
    p.para(f"If you disagree, send your appeal by {fdate(dl, 'long')}. Urgent appeals are decided in 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims, {INS}", 10)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=CTR,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def finefax_stack(rng):
    member, doc, md, sig = people(rng, 4)
    m, n = mid(rng), clm(rng)
    ref = f"R-{digits(rng, 8)}"
    v = dt.date(2026, 6, rng.randint(2, 18))
    nd = plus(v, rng.randint(25, 35))
    a, b = amount(rng, 280, 400), amount(rng, 6100, 7900)
    fax = f"{nd.strftime('%m/%d/%Y')} 15:{rng.randint(10, 59)}  WICKHOLLOW UM  {phone(rng, '804')}  PAGE {{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Member ID: {m}    Date of birth: {fdate(dob(rng), 'slash')}    Case manager line: {phone(rng)}", 9.4)
    p.table(["Claim #", "Reference", "Date of service", "Line", "Billed", "Decision"],
            [[n, ref, fdate(v, "slash"), "96413 infusion", money(a, "nosign"), "Paid"],
             ["", "", fdate(v, "slash"), "J9312 rituximab", money(b, "nosign"), "Not paid"],
             ["", "", "", "Claim total", money(round(a + b, 2), "nosign"), ""]],
            [34, 30, 28, 36, 24, 23.9], size=8.6, aligns=["L"] * 4 + ["R", "L"], bold_last=True)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} prescribed rituximab for your skin condition, and {CTR} gave it. Your plan covers this drug "
           "for the conditions on its label and those named in our drug policy. Using it for your condition is "
           f"neither, and your plan booklet leaves such uses out of your benefits. {md}, MD, reviewed the claim.", 10)
    p.para("You may appeal within 180 days of the date of this letter. External review: 4 months after our final "
           "decision.", 10)
    p.para(f"Sincerely,\n{sig}", 10)
    d_a = (out(p), truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member,
                         cases=[n, ref], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=CTR, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc], "claim_amount": [m2(round(a + b, 2))]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_, n2, n0 = mid(rng), clm(rng), clm(rng)
    v2 = dt.date(2026, 5, rng.randint(4, 20))
    nd2 = plus(v2, rng.randint(30, 40))
    b2 = amount(rng, 3300, 4400)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", m2_), ("Claim #", n2), ("Already paid as", n0), ("Service date", fdate(v2, "abbr")),
             ("Drug billed", money(b2))], label_w=36, size=9.6)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"{CTR} sent us a second claim for the natalizumab dose Dr. {doc2} ordered for you. The same dose on the "
           "same day was paid on the earlier claim shown above, so this one is closed without payment. You owe "
           "nothing more for it.", 10)
    q.para("You may appeal within 65 days. Questions: " + phone(rng) + " (TTY 711).", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "other", insurer=INS, member_id=m2_, member_name=member2, cases=[n2],
                         claim_amount=m2(b2), service_dates=[v2.isoformat()], denial_date=nd2.isoformat(),
                         provider=CTR, appeal_deadline=plus(nd2, 65).isoformat(),
                         alternates={"insurer": ALT, "provider": [doc2], "appeal_deadline": [None]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_remittance_three_patients_drug_line_without_ndc", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "clean_eob_admin_paid_drug_refused_authorization_ran_out", "scan_clean_300", [clean_eob(rng)]),
        Item(F + "photocopy_letter_higher_dose_not_needed_amount_in_sentence", "photocopy", [photocopy_dose(rng)]),
        Item(F + "phone_es_two_columns_drug_from_pharmacy_outside_network", "phone_photo", [phone_es(rng)]),
        Item(F + "born_digital_authorization_approved_six_infusions", "born_digital", [digital_approval(rng)]),
        Item(F + "lowres_letter_infusion_after_coverage_ended", "scan_lowres_150", [lowres_elig(rng)]),
        Item(F + "finefax_stack_cover_off_label_drug_then_upside_down_duplicate", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
