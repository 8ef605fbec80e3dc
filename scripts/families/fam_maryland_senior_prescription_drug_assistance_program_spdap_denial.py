"""Pharmacy claim notices mirrored (structure and plain wording style only) from Maryland's Senior Prescription Drug
Assistance Program (SPDAP), which helps Maryland residents with Medicare Part D coverage pay for their drugs. The
Maryland Department of Health, SPDAP, Medicare Part D and NCPDP-style reject wording appear as themselves; the program
administrator (Severn Landing Benefit Services), every pharmacy, prescriber, pharmacist, reviewer, case manager,
member, number, address, code and every time limit are invented (written in the program's style, not quoted).
Reasons are put in the writer's own words.

Documents (8 in 7 files):
- faxstd_claim_notice_drug_left_off_the_list: the administrator's claim notice caption form on a standard fax
  (Claim No., Rx #, Auth. No. box, Part D member ID, prescriber and pharmacy NPIs) refusing a sleep medicine that
  is not on the program's list (not_covered); "within 60 days of the date on this notice", 72 hours and the
  hearing limit as decoys.
- born_digital_statement_four_fills_one_duplicate: the member's statement of four fills with billed, allowed,
  paid and you-owe columns and a totals row, one fill refused as already paid under another claim (other);
  "by June 30, 2026".
- photocopy_letter_to_son_fill_after_enrollment_ended: the Department's letter to the member's son (authorized
  representative) on a fill after SPDAP enrollment ended at renewal (eligibility); "no later than 90 calendar
  days after you receive this letter" (no date can be computed: null, notice + 90 accepted).
- phone_es_two_columns_part_d_must_pay_first: a photographed Spanish letter in two columns (the facts in a
  right-hand box): the pharmacy sent the claim to SPDAP without billing the Part D plan first (other);
  "dentro de 60 días", "US$ 1.234,50"-style amount beside the US form.
- rotated_inhaler_prior_authorization_approval: an approval of a prior authorization for an inhaler, fed sideways
  (denies nothing).
- lowres_paper_claim_sent_after_180_days: a 150 dpi letter on a member's paper claim for two fills received after
  the program's 180-day limit (timely_filing); "within 65 days"; received date as decoy.
- clean_stack_out_of_state_pharmacy_then_sideways_quantity_appeal_kept: a clean-scan stack of a letter refusing a
  fill at a Delaware pharmacy with no SPDAP agreement (out_of_network), its duplex back, then, fed sideways, an
  appeal decision keeping the refusal of a quantity above the limit (medical_necessity; only the hearing left).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "maryland_senior_prescription_drug_assistance_program_spdap_denial"
LANG = "en"
SEED = 354700
MDH = "Maryland Department of Health"
ADM = "Severn Landing Benefit Services"
ALT = [ADM, MDH, "SPDAP", "Maryland Senior Prescription Drug Assistance Program"]
PROG = "Senior Prescription Drug Assistance Program (SPDAP)"
PHARM = ["Glen Arden Pharmacy", "Tolchester Square Drugs", "Piney Run Apothecary", "Bayard Street Pharmacy",
         "Linthicum Corner Drug"]


def address(rng):
    """Maryland mailing addresses (invented)."""
    city, z = rng.choice([("Hagerstown", "217"), ("Salisbury", "218"), ("Frederick", "217"), ("Cumberland", "215"),
                          ("Glen Burnie", "210"), ("Easton", "216"), ("Towson", "212")])
    st = rng.choice(["Marlboro Rd", "Shady Oak Ct", "Tanyard Ln", "Ferry Point Rd", "Quarry Hill Dr"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city} MD {z}{rng.randint(10, 99)}"]


def mid(rng):
    return f"SPD{digits(rng, 8)}"


def claim(rng):
    return f"C26{digits(rng, 9)}"


def rx(rng):
    return f"{digits(rng, 7)}"


def npi(rng):
    return digits(rng, 10)


def dob(rng):
    return dt.date(rng.randint(1938, 1960), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="800"):
    return f"{area}-555-{digits(rng, 4)}"


def alts(**k):
    a = {"insurer": ALT}
    a.update(k)
    return a


def _mdh_head(p, rng, unit="Office of Pharmacy Services"):
    p.f(14, "B")
    p.cell(0, 7, MDH, new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.6, f"{PROG}  -  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Baltimore MD 21203-{digits(rng, 4)}  |  {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _adm_head(p, rng, unit="SPDAP Claims Unit"):
    p.f(14, "B")
    p.cell(0, 7, ADM, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"Program administrator for the {MDH} {PROG}  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Annapolis MD 21404-{digits(rng, 4)}  |  {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_form(rng):
    member, doc, rph, rev, cm = people(rng, 5)
    ph = rng.choice(PHARM)
    m, n, r, pd = mid(rng), claim(rng), rx(rng), f"PDM{digits(rng, 9)}"
    fill = dt.date(2026, 3, rng.randint(3, 20))
    nd = plus(fill, rng.randint(12, 20))
    b = amount(rng, 180, 420)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  SLBS SPDAP CLAIMS  {phone(rng, '410')}  P.{{n}}"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(13, 12, 13)
    p.add_page()
    _adm_head(p, rng)
    p.title_bar("PHARMACY CLAIM NOTICE", "SLBS-SP-11 (rev. 10/2025)")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("1. Date on this notice", fdate(nd, "slash")), ("2. Enrollee", member), ("3. SPDAP No.", m)],
                [44, 78, W - 122])
    p.form_band([("4. Date of birth", fdate(dob(rng), "slash")), ("5. Part D plan member ID", pd),
                 ("6. Claim No.", n)], [40, 66, W - 106])
    p.form_band([("7. Rx #", r), ("8. Fill date", fdate(fill, "slash")), ("9. Billed", money(b)),
                 ("10. Auth. No.", "none on file")], [32, 34, 34, W - 100])
    p.form_band([("11. Prescriber / NPI", f"Dr. {doc} / {npi(rng)}"), ("12. Pharmacy / NPI", f"{ph} / {npi(rng)}")],
                [W / 2, W / 2])
    p.ln(3)
    p.bar("WHAT WE DECIDED", 9.2)
    p.para(f"{ph} filled a 30-day supply of a sleep medicine that Dr. {doc} prescribed and sent the claim to SPDAP. "
           "We will not pay it. The program helps with drugs on its list of covered drugs, and medicines taken only to "
           "help you sleep were left off that list. Your Part D plan may still cover it; ask your pharmacist, "
           f"{rph}, to check. Reviewed by {rev}, PharmD.", 9)
    p.bar("IF YOU DISAGREE", 9.2)
    p.para("Ask for a review within 60 days of the date on this notice (box 1). If waiting could seriously harm your "
           "health, ask for a fast review; we decide fast reviews in 72 hours. After our review you may ask for a "
           "hearing with the Office of Administrative Hearings within 90 days of our review decision. "
           f"Your case manager, {cm}, can help: {phone(rng)}, TTY 711.", 8.8)
    t = truth("denial_letter", "not_covered", insurer=ADM, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 60).isoformat(), alternates=alts(provider=[doc]), type_alternates=["eob"])
    return out(p), t


def digital_statement(rng):
    member, d1, d2, d3 = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 4, rng.randint(6, 24))
    fills = sorted(plus(sd, -rng.randint(8, 50)) for _ in range(4))
    phs = rng.sample(PHARM, 2)
    drugs = ["atorvastatin 40 mg #30", "apixaban 5 mg #60", "apixaban 5 mg #60", "levothyroxine 75 mcg #30"]
    docs = [d1, d2, d2, d3]
    # the duplicate is row 3: the same apixaban fill as row 2, sent again by the second pharmacy
    fills[2] = fills[1]
    ns = [claim(rng) for _ in range(4)]
    rows, tot = [], [0.0] * 4
    vals = []
    for i in range(4):
        b = amount(rng, 40, 90) if i in (0, 3) else amount(rng, 520, 610)
        if i == 2:
            b = vals[1][0]
            al = pdd = owe = 0.0
        else:
            al = round(b * 0.72, 2)
            pdd = round(al * 0.85, 2)
            owe = round(al - pdd, 2)
        vals.append((b, al, pdd, owe))
        tot = [a + x for a, x in zip(tot, (b, al, pdd, owe))]
        rows.append([ns[i], fdate(fills[i], "slash"), phs[0] if i != 2 else phs[1], drugs[i], f"Dr. {docs[i]}",
                     money(b, "nosign"), money(al, "nosign"), money(pdd, "nosign"), money(owe, "nosign"),
                     "D4" if i == 2 else "P1"])
    rows.append(["TOTALS", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _adm_head(p, rng, "Member Statements")
    p.title_bar("SPDAP MEMBER STATEMENT - THIS IS NOT A BILL")
    p.capstrip([("MEMBER", member), ("SPDAP NO.", m), ("STATEMENT DATE", fdate(sd, "long")),
                ("BENEFIT YEAR", "2026"), ("DOB", fdate(dob(rng), "slash"))], [48, 36, 40, 26, 41.9])
    p.ln(3)
    p.table(["Claim No.", "Fill date", "Pharmacy", "Drug", "Prescriber", "Billed", "Allowed", "SPDAP paid",
             "You owe", "Cd"], rows, [25, 17, 30, 31, 31, 13, 13, 13, 12, 7.9], size=6.6,
            aligns=["L"] * 5 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**Codes.** P1: paid under your SPDAP benefit after your Part D plan. D4: this fill was already paid "
           f"under claim {ns[1]}; {phs[1]} sent the same prescription again for the same day, so nothing more is "
           "owed on it. You do not owe this amount.", 8.2)
    p.para("If you think we made a mistake, write to us by June 30, 2026. Fast reviews are decided within 72 hours. "
           f"Questions: {phone(rng)} (TTY 711).", 8.2)
    b = vals[2][0]
    t = truth("eob", "other", insurer=ADM, member_id=m, member_name=member, cases=[ns[2]], claim_amount=m2(b),
              service_dates=[fills[2].isoformat()], denial_date=sd.isoformat(), provider=phs[1],
              appeal_deadline="2026-06-30", alternates=alts(provider=[d2]))
    return out(p), t


def photocopy_enrollment(rng):
    member, son, doc, spec, rph = people(rng, 5)
    ph = rng.choice(PHARM)
    m, n = mid(rng), claim(rng)
    ref = f"REF-26-{digits(rng, 5)}"
    ended = dt.date(2026, 1, 31)
    fill = dt.date(2026, 2, rng.randint(9, 26))
    nd = plus(fill, rng.randint(20, 30))
    b = amount(rng, 95, 260)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _mdh_head(p, rng, "Eligibility and Enrollment")
    p.para(fdate(nd, "long"), 10)
    for ln in [son, f"for {member}", *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Enrollee", member), ("SPDAP No.", m), ("Reference", ref), ("Claim No.", n), ("Rx #", rx(rng))],
            label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {son}:", 10)
    p.para(f"You are listed as the authorized representative for your mother, {member}. On {fdate(fill, 'long')}, "
           f"{ph} filled her prescription for eye drops from Dr. {doc} and billed SPDAP {money(b)}.", 10)
    p.para(f"Her SPDAP enrollment ended on {fdate(ended, 'long')}, because the yearly renewal form we mailed in "
           "the fall was never returned. The fill was after that date, so the program cannot pay it. If she sends "
           f"the renewal now and is found eligible, coverage starts again the next month, not back to {fdate(ended, 'abbr')}. "
           f"{spec}, our eligibility specialist, can mail a new form.", 10)
    p.para("You may ask for a review no later than 90 calendar days after you receive this letter. Fast reviews "
           "are decided within 72 hours. A hearing before the Office of Administrative Hearings may be asked for "
           f"after the review. Call {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{spec}\nEligibility and Enrollment, {PROG}", 9.6)
    t = truth("denial_letter", "eligibility", insurer=MDH, member_id=m, member_name=member, cases=[n, ref],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=None,
              alternates=alts(provider=[doc], appeal_deadline=[plus(nd, 90).isoformat()], case_numbers=[[n]]))
    return out(p), t


def phone_es(rng):
    member, doc, rph, sig = people(rng, 4)
    ph = rng.choice(PHARM)
    m, n = mid(rng), claim(rng)
    ref = f"REF-26-{digits(rng, 5)}"
    fill = dt.date(2026, 4, rng.randint(2, 20))
    nd = plus(fill, rng.randint(15, 25))
    b = amount(rng, 1080, 1460)
    es = f"US$ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _mdh_head(p, rng, "Servicios de Farmacia")
    y0 = p.get_y()
    colw = 112
    sx = p.l_margin + colw + 6
    yb = p.sidebar([("Fecha de este aviso", fdate(nd, "long", "es")), ("Afiliado", member), ("Núm. SPDAP", m),
                    ("Núm. de reclamo", n), ("Referencia", ref), ("Fecha de surtido", fdate(fill, "slash")),
                    ("Farmacia", ph), ("Receta de", f"Dr. {doc}"), ("Cobrado", money(b)),
                    ("NPI de la farmacia", npi(rng))], sx, y0, p.w - p.r_margin - sx, title="Datos del reclamo",
                   size=8.2)
    p.set_xy(p.l_margin, y0)
    for ln in [member, *address(rng)]:
        p.set_x(p.l_margin)
        p.f(10)
        p.cell(colw, 5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.col_para(f"Estimado(a) {member}:", colw, 10)
    p.col_para(f"El {fdate(fill, 'long', 'es')}, {ph} le surtió un medicamento para la diabetes recetado por el "
               f"Dr. {doc} y nos envió el reclamo por {es}. No lo pagamos.", colw, 10)
    p.col_para("SPDAP paga después de su plan de la Parte D de Medicare. La farmacia nos envió el reclamo sin "
               "cobrarlo primero a su plan de la Parte D. Le pedimos a la farmacia que lo cobre a su plan; lo que "
               "el plan no pague puede enviarse después a SPDAP.", colw, 10)
    p.col_para("Si no está de acuerdo, pida una revisión dentro de 60 días a partir de la fecha de este aviso. Las "
               "revisiones rápidas se deciden en 72 horas. Después puede pedir una audiencia.", colw, 10)
    p.col_para(f"Su farmacéutico, {rph}, puede llamarnos al {phone(rng)} (TTY 711).", colw, 10)
    p.col_para(f"Atentamente,\n{sig}\nServicios de Farmacia", colw, 10)
    p.set_y(max(p.get_y(), yb) + 2)
    t = truth("denial_letter", "other", insurer=MDH, member_id=m, member_name=member, cases=[n, ref],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates=alts(provider=[doc], case_numbers=[[n]]))
    return out(p), t


def rotated_approval(rng):
    member, doc, rev, cm = people(rng, 4)
    m = mid(rng)
    auth = f"PA-26-{digits(rng, 6)}"
    nd = dt.date(2026, 5, rng.randint(4, 22))
    start, end = plus(nd, 1), dt.date(2026, 12, 31)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _adm_head(p, rng, "Prior Authorization")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxed_pairs([("SPDAP No.", m), ("Auth. No.", auth), ("Prescriber", f"Dr. {doc}, NPI {npi(rng)}"),
                   ("Approved", f"{fdate(start, 'slash')} through {fdate(end, 'slash')}"),
                   ("Drug", "budesonide-formoterol inhaler, 1 per 30 days")], label_w=40)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. Dr. {doc} asked us to approve your inhaler under SPDAP, and we approved it from "
           f"{fdate(start, 'long')} through {fdate(end, 'long')}. Any pharmacy that takes SPDAP can fill it; it will "
           "bill your Part D plan first and then the program.", 10)
    p.para(f"Reviewed by {rev}, PharmD. Your case manager is {cm}, {phone(rng)} (TTY 711). Keep this letter with "
           "your Medicare papers.", 10)
    t = truth("other", None, insurer=ADM, member_id=m, member_name=member, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates=alts(service_dates=[[]]))
    return out(p), t


def lowres_late(rng):
    member, d1, sig = people(rng, 3)
    ph = rng.choice(PHARM)
    m, n = mid(rng), claim(rng)
    f1 = dt.date(2025, 9, rng.randint(2, 12))
    f2 = plus(f1, 30)
    rec = plus(f1, rng.randint(200, 215))
    nd = plus(rec, rng.randint(7, 14))
    b1, b2 = amount(rng, 60, 140), amount(rng, 60, 140)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _adm_head(p, rng, "Member Paper Claims")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"RE: Paper claim {n}   |   SPDAP No. {m}   |   Confirmation {digits(rng, 8)}", 9.6)
    p.para(f"Dear {member}:", 10)
    p.para(f"You paid {ph} yourself for two fills of a blood pressure medicine prescribed by Dr. {d1}, on "
           f"{fdate(f1, 'long')} and {fdate(f2, 'long')}, and sent us a paper claim for {money(tot)} to pay you back. "
           f"We received it on {fdate(rec, 'slash')}.", 10)
    p.para("SPDAP accepts paper claims for up to 180 days after the fill date. Both fills are older than that, so "
           "we cannot pay you back for them. Keep your receipts in case you ask for a review.", 10)
    p.para(f"If you disagree, write to us within 65 days. Questions: {phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Paper Claims, {ADM}", 10)
    t = truth("denial_letter", "timely_filing", insurer=ADM, member_id=m, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[f1.isoformat(), f2.isoformat()], denial_date=nd.isoformat(),
              provider=ph, appeal_deadline=plus(nd, 65).isoformat(),
              alternates=alts(provider=[d1], appeal_deadline=[None]))
    return out(p), t


def clean_stack(rng):
    member, doc, sig = people(rng, 3)
    m, n = mid(rng), claim(rng)
    fill = dt.date(2026, 6, rng.randint(3, 19))
    nd = plus(fill, rng.randint(14, 24))
    b = amount(rng, 140, 330)
    ph = "Rehoboth Shore Pharmacy"
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _mdh_head(p, rng, "Pharmacy Network")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("SPDAP No.", m), ("ICN", n), ("Invoice", f"INV-{digits(rng, 6)}"), ("Fill date", fdate(fill, "abbr")),
             ("Amount billed", money(b))], label_w=34, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"While on vacation you had a prescription from Dr. {doc} filled at {ph} in Rehoboth Beach, Delaware. "
           "That pharmacy has no agreement to take SPDAP, so the program cannot pay its claim. Pharmacies in Maryland "
           "and some near the state line do take SPDAP; call us before you travel and we will name one.", 10)
    p.para("To ask for a review, write to us within 60 days of the date of this letter. Fast reviews: 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Network, {PROG}", 10)
    d_a = (out(p), truth("denial_letter", "out_of_network", insurer=MDH, member_id=m, member_name=member, cases=[n],
                         claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(),
                         provider=ph, appeal_deadline=plus(nd, 60).isoformat(), alternates=alts(provider=[doc])))
    member2, doc2, rev, chair = people(rng, 4)
    ph2 = rng.choice(PHARM)
    m2_, n2 = mid(rng), claim(rng)
    ap = f"APL-{digits(rng, 6)}"
    fill2 = dt.date(2026, 5, rng.randint(4, 20))
    first = plus(fill2, rng.randint(10, 16))
    nd2 = plus(first, rng.randint(30, 40))
    b2 = amount(rng, 210, 380)
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _adm_head(q, rng, "Reviews and Appeals")
    q.title_bar("REVIEW DECISION")
    q.pairs([("Date of decision", fdate(nd2, "long")), ("Enrollee", member2), ("SPDAP No.", m2_),
             ("Appeal ID", ap), ("Original claim", n2), ("First decision", fdate(first, "slash")),
             ("Fill date / billed", f"{fdate(fill2, 'slash')} / {money(b2)}")], label_w=40, size=9.6)
    q.ln(2)
    q.para(f"You asked us to look again at our refusal of {ph2}'s claim for 60 tablets of a migraine medicine "
           f"prescribed by Dr. {doc2}. SPDAP pays for up to 9 tablets a month of this medicine unless the doctor's "
           "records show why more are needed.", 10)
    q.para(f"{rev}, MD, a doctor who did not make the first decision, read the records Dr. {doc2} sent. They show "
           "two or three headaches a month and no reason for daily doses. **The refusal stays.** A fill of 9 tablets "
           "can still be paid.", 10)
    q.para("This ends our review. You may ask the Office of Administrative Hearings for a hearing within 90 days "
           f"of the date of this decision. {chair}, Chair, Review Committee.", 9.8)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=ADM, member_id=m2_, member_name=member2,
                         cases=[ap, n2], claim_amount=m2(b2), service_dates=[fill2.isoformat()],
                         denial_date=nd2.isoformat(), provider=ph2, appeal_deadline=None,
                         alternates=alts(provider=[doc2], appeal_deadline=[plus(nd2, 90).isoformat()])))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_claim_notice_drug_left_off_the_list", "fax_standard_g4", [faxstd_form(rng)]),
        Item(F + "born_digital_statement_four_fills_one_duplicate", "born_digital", [digital_statement(rng)]),
        Item(F + "photocopy_letter_to_son_fill_after_enrollment_ended", "photocopy", [photocopy_enrollment(rng)]),
        Item(F + "phone_es_two_columns_part_d_must_pay_first", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_inhaler_prior_authorization_approval", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_paper_claim_sent_after_180_days", "scan_lowres_150", [lowres_late(rng)]),
        Item(F + "clean_stack_out_of_state_pharmacy_then_sideways_quantity_appeal_kept", "scan_clean_300",
             clean_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
