"""An invented commercial plan (Wrenfield Harbor Health Plan) auditing hospice claims after payment and taking back
general inpatient (GIP, revenue code 0656) days the records do not support (symptoms manageable at the routine home
care level, 0651): recoupments printed as negative amounts in brackets, with the hospice's own statement and its
reconsideration letter. Revenue codes appear as themselves; the plan, the hospice (Moonrise Valley Hospice), every
person and number are invented.

Documents (8 in 7 files):
- bd_audit_findings_to_hospice_table_on_page2: the plan's post-payment audit letter to the hospice ("Attn: Billing
  Office"); page 1 prose only, page 2 a repeated header with a different page date and a space-aligned table of the
  patient's three audited claims, the middle GIP claim not supported, the take-back in brackets and in words.
- faxstd_remittance_recoupment_row_continues_page2: small-type remittance advice to the hospice under a fax header,
  twenty claims of many patients in a space-aligned table that continues on page 2 under a repeated header, one
  GIP reversal row in the middle; EFT number, NPI, TIN and payment cycle as decoys.
- scan300_member_eob_adjusted_claim_gip_row: the member's EOB of the adjusted claim (routine home care paid, GIP
  days denied with the take-back in brackets), 04-MAR-2026 statement date, subscriber as a decoy.
- phone_two_page_hospice_statement_to_member: the hospice's two-page statement to the member, the plan's take-back
  as an adjustment, "3/4/26" dates, nothing owed (denies nothing).
- rotated_letter_to_member_cc_hospice_taglines: the plan's letter to the member copying the hospice, an example
  amount, a rights paragraph with 60 / 120-day limits, a nondiscrimination notice and taglines.
- lowres_spanish_letter_to_member: the Spanish letter to the member.
- photocopy_stack_hospice_request_then_reconsideration_upheld: the hospice's reconsideration request (denies
  nothing), the blank back of its sheet, then the plan's upheld reconsideration to the hospice, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkb import DKSheet, dmy_long, dmy_upper, in_words, neg, nth, short_nopad
from public_kit import FIRST, LAST, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "hospice_general_inpatient_days_audit_take_back_eob"
LANG = "en"
SEED = 351801
PLAN = "Wrenfield Harbor Health Plan"
HOSPICE = "Moonrise Valley Hospice"
ATT = "Rowena T. Bellweather"
HMD = "Caspian R. Fenwick"
RATE = 1420.00
ALLOWED = 1108.45


def _ids(rng):
    return {"mid": "WH" + digits(rng, 10), "grp": "G-" + digits(rng, 6), "audit": f"PPA-2026-{digits(rng, 5)}",
            "claim": digits(rng, 13), "acct": f"MVH-{digits(rng, 6)}"}


def _gip(rng, month=1):
    d0 = dt.date(2026, month, rng.randint(4, 20))
    n = rng.randint(4, 6)
    d1 = plus(d0, n - 1)
    return d0, d1, n, round(n * RATE, 2), round(n * ALLOWED, 2)


def _head(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.f(15, "B")
    p.set_text_color(20, 70, 60)
    p.cell(0, 6.5, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 3.8, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Salem OR 973{rng.randint(10, 99)}  |  "
                   f"1-888-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(p.get_y() + 4)


def _hospice_head(p: DKSheet, rng):
    p.f(14, "B")
    p.cell(0, 6, HOSPICE, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"{rng.randint(100, 990)} Canyon Creek Ct, Eugene OR 974{rng.randint(10, 99)}  |  541-555-"
                 f"{digits(rng, 4)}  |  Fax 541-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(5)


def bd_audit(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    g1 = _gip(rng, 1)
    g2 = _gip(rng, 2)
    r0, r1 = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    rhc = round(19 * 214.0, 2)
    c = [digits(rng, 13), ids["claim"], digits(rng, 13)]
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{PLAN}  |  Audit {ids['audit']}  |  Page date "
                                                f"{fdate(plus(nd, 1), 'iso')}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Payment Integrity - Post-Payment Review")
    p.line(dmy_long(nd), 10)
    p.ln(3)
    for ln in [f"To: {HOSPICE}", "Attn: Billing Office", f"{rng.randint(100, 990)} Canyon Creek Ct",
               f"Eugene OR 974{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.line("Post-payment review findings: hospice general inpatient care", 11, "B")
    p.ln(2)
    p.para("Dear Billing Office:", 10)
    p.para("We completed the post-payment review of hospice claims that we told you about in our records request. "
           "A registered nurse reviewer and a physician board certified in hospice and palliative medicine read the "
           "medical records you sent for each day billed at the general inpatient level of care.", 10)
    p.para("General inpatient care is covered for pain control or acute symptom management that cannot be managed "
           "in another setting. For one stay, the records show that the patient's pain was controlled with oral "
           "medication and that the visits were at the frequency of routine home care. These days do not meet the "
           "general inpatient level of care. We will take back (recoup) what we paid for them.", 10)
    p.para("For example, if the allowed amount for a day were $150.00 and we paid it, the recoupment would be "
           "$150.00 for that day. The patient, the claims, the days and the exact amounts are on page 2. You may "
           "bill the days again at the routine home care level (revenue code 0651).", 10)
    p.para("**If you disagree**, you may ask for a reconsideration within 60 days of the date of this letter. Send "
           "the records that show why care could not be managed at home. Unless we receive a reconsideration "
           "request, we will begin recovering the amount by offset against future payments 45 days after the date "
           "of this letter. You may also send a refund check within 30 days.", 10)
    p.para(f"Sincerely,\n\nPayment Integrity Unit\n{PLAN}", 10)
    p.add_page()
    p.line("Audit detail", 11, "B")
    p.ln(1)
    p.pairs([("Audit number", ids["audit"]), ("Patient", mem), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Attending physician", f"Dr. {ATT}"),
             ("Review period", "01/01/2026 - 02/28/2026")], label_w=44, size=9.2, h=4.8)
    p.ln(3)
    rows = [[c[0], "0656 GIP", fdate(g1[0], "slash"), fdate(g1[1], "slash"), str(g1[2]), money(g1[3], "nosign"),
             money(g1[4], "nosign"), "0.00", "Supported"],
            [c[1], "0656 GIP", fdate(g2[0], "slash"), fdate(g2[1], "slash"), str(g2[2]), money(g2[3], "nosign"),
             money(g2[4], "nosign"), neg(g2[4]), "Not supported"],
            [c[2], "0651 RHC", fdate(r0, "slash"), fdate(r1, "slash"), "19", money(rhc, "nosign"),
             money(rhc * 0.9, "nosign"), "0.00", "Supported"]]
    p.space_table(["Claim", "Rev/level", "From", "Thru", "Days", "Billed", "Paid", "Adjustment", "Finding"],
                  rows, [13, 9, 10, 10, 4, 9, 9, 10, 13], size=7.4, right=(4, 5, 6, 7))
    p.pairs([("Total recoupment", f"USD {g2[4]:,.2f}"), ("In words", in_words(g2[4]))], label_w=44, size=9.2, h=5)
    p.ln(2)
    p.para(f"Claim {c[1]}: general inpatient days {fdate(g2[0], 'long')} through {fdate(g2[1], 'long')} not "
           "supported. Reason AUD-GIP2: symptoms managed at the routine home care level; no intervention that "
           "required an inpatient setting.", 9)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[ids["audit"], ids["claim"]], claim_amount=m2(g2[3]),
              service_dates=[span(g2[0], g2[1])], denial_date=nd.isoformat(), provider=HOSPICE,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[ids["claim"]], [ids["audit"]]], "provider": [ATT],
                          "claim_amount": [m2(g2[4])]})
    return out(p), t


def faxstd_remit(rng):
    ids = _ids(rng)
    nd = dt.date(2026, 3, 9) + dt.timedelta(days=rng.randint(0, 6))
    g = _gip(rng, 2)
    fax = (f"{nd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  WRENFIELD HARBOR HP  503-555-{digits(rng, 4)}"
           f"  >>  MOONRISE VALLEY HOSP BILLING  541-555-{digits(rng, 4)}   PAGE {{n}}/2")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Remittance Advice")
    p.f(7.2)
    for ln in [f"To: {HOSPICE}", "Attn: Billing Office", f"Remit date: {fdate(nd, 'slash')}    EFT trace: "
               f"1{digits(rng, 9)}    Payee NPI: {digits(rng, 10)}    TIN: 93-{digits(rng, 7)}",
               "Payment cycle: 03/02/2026 - 03/08/2026"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    rows, target = [], None
    for i in range(20):
        if i == 8:
            mem = person(rng)
            target = mem
            rows.append([f"{mem[3].upper()}, {mem[1].upper()} {mem[2]}", ids["mid"], ids["claim"],
                         fdate(g[0], "slash"), fdate(g[1], "slash"), "0656", money(g[3], "nosign"), neg(g[4]),
                         "AUD-GIP2 REVERSAL"])
            continue
        f, l = rng.choice(FIRST), rng.choice(LAST)
        a = dt.date(2026, 2, 1)
        n = rng.randint(10, 28)
        b = plus(a, n - 1)
        rev = rng.choice(["0651", "0651", "0651", "0652"])
        bill = round(n * (214.0 if rev == "0651" else 980.0), 2)
        rows.append([f"{l.upper()}, {f.upper()} {rng.choice('ABCDEFGHJKLMNPRST')}", "WH" + digits(rng, 10),
                     digits(rng, 13), fdate(a, "slash"), fdate(b, "slash"), rev, money(bill, "nosign"),
                     money(bill * 0.88, "nosign"), "PAID"])
    p.space_table(["Patient", "Member ID", "Claim", "From", "Thru", "Rev", "Billed", "Paid/(Adj)", "Remark"], rows,
                  [18, 12, 13, 10, 10, 4, 9, 10, 17], size=6.8, right=(6, 7), rule_under_head=True,
                  title="CLAIM DETAIL", cont_title="CLAIM DETAIL (continued)", bottom=182)
    p.f(6.8)
    p.multi_cell(0, 3.2, f"AUD-GIP2  Post-payment review {ids['audit']}: general inpatient days "
                         f"{fdate(g[0], 'slash')} - {fdate(g[1], 'slash')} not supported; payment reversed and "
                         "recovered from this remittance. Bill the days at routine home care (0651). You may appeal "
                         "within 90 days of the date of this remittance. Corrected claims within 365 days of the date "
                         "of service.", new_x="LMARGIN", new_y="NEXT")
    mem = target
    t = truth("eob", "level_of_care", insurer=PLAN, member_id=ids["mid"], member_name=mem[0],
              cases=[ids["claim"]], claim_amount=m2(g[3]), service_dates=[span(g[0], g[1])],
              denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=plus(nd, 90).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"case_numbers": [[ids["claim"], ids["audit"]]], "claim_amount": [m2(g[4])]})
    return out(p), t


def scan300_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    g = _gip(rng, 2)
    r0, r1 = dt.date(2026, 2, 1), plus(g[0], -1)
    rhc = round(((r1 - r0).days + 1) * 214.0, 2)
    vis = amount(rng, 180, 260)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Explanation of Benefits - adjusted claim - this is not a bill")
    p.right_block([("Statement date:", dmy_upper(sd)), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Claim:", ids["claim"])], w=100, size=8.5)
    p.ln(4)
    p.para(f"We reviewed this hospice claim from {HOSPICE} after we paid it. The table shows the claim as "
           "adjusted. Amounts in brackets were taken back from the hospice, not from you.", 9)
    rows = [["Routine home care (0651)", dmy_upper(r0), dmy_upper(r1), money(rhc, "nosign"),
             money(rhc * .9, "nosign"), "0.00", "Paid"],
            ["General inpatient (0656)", dmy_upper(g[0]), dmy_upper(g[1]), money(g[3], "nosign"), neg(g[4]),
             "0.00", "Denied G7"],
            ["Physician visit (0657)", dmy_upper(plus(g[0], 1)), dmy_upper(plus(g[0], 1)), money(vis, "nosign"),
             money(vis * .8, "nosign"), "0.00", "Paid"]]
    p.table(["Service", "From", "To", "Billed", "Plan paid / (taken back)", "You owe", "Status"], rows,
            [44, 24, 24, 22, 30, 16, 22], size=8, aligns=["L", "L", "L", "R", "R", "R", "L"])
    p.para(f"G7  The general inpatient days {fdate(g[0], 'long')} through {fdate(g[1], 'long')} were reviewed after "
           "payment. The records show your symptoms could be managed with routine home care, so these days are not "
           "covered at the general inpatient level. The hospice may not bill you for the difference.", 8.6)
    p.para(f"You may appeal within 180 days of the date of this statement. Hospice benefit period 01/01/2026 - "
           f"12/31/2026. Questions: 1-888-555-{digits(rng, 4)} (TTY 711).", 8.6)
    t = truth("eob", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[ids["claim"]], claim_amount=m2(g[3]), service_dates=[span(g[0], g[1])],
              denial_date=sd.isoformat(), provider=HOSPICE, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"],
              alternates={"claim_amount": [m2(rhc + g[3] + vis)]})
    return out(p), t


def phone_statement(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    sd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    g = _gip(rng, 2)
    r0, r1 = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    rhc_days = 28 - g[2]
    rhc = round(rhc_days * 214.0, 2)
    p = DKSheet(footer="Page {n} of {nb}", cont=f"{HOSPICE}  |  Account {ids['acct']}  |  {mem}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _hospice_head(p, rng)
    p.line("PATIENT STATEMENT", 12, "B")
    p.ln(1)
    p.right_block([("Statement date:", short_nopad(sd)), ("Account:", ids["acct"]), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"]), ("Amount due:", "$0.00")], w=96, size=9)
    p.ln(4)
    p.para(f"Dear {mf} {ml},", 10)
    p.para(f"This statement shows your hospice care for February 2026 and a change {PLAN} made after it reviewed "
           f"our claim. Dated {fdate(sd, 'long')}. You do not owe anything: under your plan's hospice benefit you have "
           "no cost share, and we do not bill patients for amounts a plan takes back after an audit.", 10)
    p.para("The details of each service and adjustment are on the next page. Please keep this statement for your "
           "records.", 10)
    p.para(f"Questions? Call our billing office at 541-555-{digits(rng, 4)}, Monday to Friday.", 10)
    p.add_page()
    p.line("Account detail", 11, "B")
    p.ln(1)
    rows = [[short_nopad(r0), "Routine home care, " + str(rhc_days) + " days", money(rhc, "nosign"), "", ""],
            [fdate(g[0], "iso"), f"General inpatient care {fdate(g[0], 'iso')} to {fdate(g[1], 'iso')}",
             money(g[3], "nosign"), "", ""],
            [short_nopad(plus(sd, -15)), f"{PLAN} payment", "", money(rhc * .9 + g[4], "nosign"), ""],
            [short_nopad(plus(sd, -8)), f"{PLAN} audit take-back (GIP days)", "", neg(g[4]), ""],
            [short_nopad(plus(sd, -8)), "Contractual adjustment", "", "", neg(rhc * .1 + g[3] - g[4] + 0)],
            [short_nopad(plus(sd, -8)), "GIP days not billed to patient", "", "", neg(g[4])],
            ["", "Balance", "", "", "0.00"]]
    p.space_table(["Date", "Description", "Charges", "Insurance", "Adjustments"], rows, [10, 56, 10, 11, 11],
                  size=7.6, right=(2, 3, 4), rule_under_head=True)
    p.para(f"Attending physician: Dr. {ATT}. Hospice medical director: Dr. {HMD}.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(g[3]),
              service_dates=[span(g[0], g[1])], denial_date=sd.isoformat(), provider=HOSPICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(rhc + g[3]), None],
                          "service_dates": [[span(r0, r1)], [span(g[0], g[1]), span(r0)]]})
    return out(p), t


def rotated_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    g = _gip(rng, 2)
    p = DKSheet(footer="Page {n} of {nb}", footer_left="WHHP-PPR-M (01/26)")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Member Services")
    p.line(nth(nd), 10)
    p.ln(2)
    p.pairs([("Member", mem), ("Member ID", ids["mid"]), ("Claim number", ids["claim"]),
             ("Letter date", fdate(nd, "iso"))], label_w=34, size=9.4, h=4.9)
    p.ln(2)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"We reviewed hospice claims from {HOSPICE} after we paid them. The general inpatient care you received "
           f"from {fdate(g[0], 'long')} through {fdate(g[1], 'long')} (billed {money(g[3])}) does not meet the "
           "general inpatient level of care: your symptoms could have been managed with routine home care. We took "
           "back the payment for these days from the hospice. **You do not owe this amount**; the hospice may not "
           "bill you for it. Your hospice care itself continues to be covered.", 10)
    p.para("For example, if the allowed amount for one inpatient day were $150.00, that $150.00 would be recovered "
           "from the hospice, not from you.", 9.6)
    p.para("**Your rights.** You may appeal within 180 days of the date of this letter. We decide standard appeals "
           "within 60 days. If we uphold our decision you may ask for an external review within 120 days of our "
           "appeal decision. Urgent appeals are decided within 72 hours.", 9.6)
    p.para(f"Sincerely,\nMember Services, {PLAN}\ncc: {HOSPICE}, Billing Office", 10)
    p.ln(1)
    p.nondiscrimination(PLAN, size=6.6)
    p.taglines(size=6.4, phone=f"1-888-555-{digits(rng, 4)} (TTY 711)")
    t = truth("denial_letter", "level_of_care", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[ids["claim"]], claim_amount=m2(g[3]), service_dates=[span(g[0], g[1])],
              denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    g = _gip(rng, 2)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line(fdate(nd, "long", "es"), 10)
    p.ln(2)
    p.pairs([("Miembro", mem), ("Número de miembro", ids["mid"]), ("Número de reclamo", ids["claim"]),
             ("Grupo", ids["grp"])], label_w=44, size=9.4, h=4.9)
    p.ln(2)
    p.para(f"Estimado(a) {mf} {ml}:", 10)
    p.para(f"Revisamos los reclamos de {HOSPICE} después de pagarlos. La atención de hospicio como paciente "
           f"internado (nivel de cuidado general para pacientes internados) del {fdate(g[0], 'long', 'es')} al "
           f"{fdate(g[1], 'long', 'es')}, con un cargo de {money(g[3])}, no cumple ese nivel de cuidado: sus "
           "síntomas podían controlarse con cuidado de rutina en el hogar. Recuperamos el pago de esos días del "
           "hospicio. Usted no debe esta cantidad.", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Decidimos las apelaciones urgentes "
           "dentro de 72 horas. Después de nuestra decisión sobre su apelación puede pedir una revisión externa "
           "dentro de 4 meses.", 10)
    p.para(f"Atentamente,\nServicios para Miembros, {PLAN}\ncc: {HOSPICE}", 10)
    t = truth("denial_letter", "level_of_care", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[ids["claim"]], claim_amount=m2(g[3]), service_dates=[span(g[0], g[1])],
              denial_date=nd.isoformat(), provider=HOSPICE, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              denial_alternates=["medical_necessity"])
    return out(p), t


def photocopy_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ld = dt.date(2026, 3, 30) + dt.timedelta(days=rng.randint(0, 4))
    ad = plus(ld, -rng.randint(24, 30))
    g = _gip(rng, 2)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _hospice_head(p, rng)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Payment Integrity - Reconsiderations", f"Fax 1-888-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Request for reconsideration, audit {ids['audit']}", f"Patient: {mem}   Member ID: {ids['mid']}",
                f"Claim {ids['claim']}, GIP {fdate(g[0], 'slash')} - {fdate(g[1], 'slash')}"])
    p.para("To the Reconsideration Unit:", 10)
    p.para(f"We ask you to reconsider the audit findings of {fdate(ad, 'long')}. The patient was admitted to our "
           "inpatient unit for pain that oral morphine no longer controlled. The nursing notes show breakthrough "
           "doses every two hours and the start of a subcutaneous infusion that needed titration by a nurse around "
           "the clock, which cannot be done at home.", 10)
    p.para(f"The medication administration records, the physician orders of Dr. {ATT} and the interdisciplinary "
           "group notes are enclosed.", 10)
    p.para(f"Sincerely,\n\nDr. {HMD}, Hospice Medical Director\n{HOSPICE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[ids["audit"], ids["claim"]], service_dates=[span(g[0], g[1])],
                          denial_date=ld.isoformat(), provider=HOSPICE,
                          alternates={"insurer": [None], "provider": [ATT, HMD],
                                      "case_numbers": [[ids["audit"]], [ids["claim"]]]}))
    nd = plus(ld, rng.randint(25, 32))
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Payment Integrity - Reconsiderations")
    q.line(fdate(nd, "abbr"), 10)
    q.ln(2)
    for ln in [f"To: {HOSPICE}", "Attn: Billing Office"]:
        q.line(ln, 10)
    q.ln(2)
    q.line("Reconsideration decision: audit finding upheld", 11.5, "B")
    q.ln(1)
    q.capgrid([[("Audit", ids["audit"], 40), ("Claim", ids["claim"], 44), ("Member ID", ids["mid"], 40),
                ("Billed", money(g[3]), 30)],
               [("Patient", mem, 56), ("GIP from", fdate(g[0], "slash"), 30), ("GIP to", fdate(g[1], "slash"), 30),
                ("Request received", fdate(plus(ld, 3), "slash"), 34)]], cap=7, val=9)
    q.ln(2)
    q.para("A physician board certified in hospice and palliative medicine who did not take part in the audit "
           "reviewed your request. The infusion was started on the last day of the stay; before that, pain scores "
           "were 2 to 3 of 10 on oral medication and nursing visits were at the routine home care frequency. The "
           "general inpatient level of care is not supported for these days. The take-back of "
           f"{money(g[4])} stands.", 9.8)
    q.para("You may request a second-level provider appeal within 60 days of the date of this letter.", 9.8)
    q.para(f"Payment Integrity Unit, {PLAN}", 9.8)
    doc2 = (out(q), truth("denial_letter", "level_of_care", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[ids["audit"], ids["claim"]], claim_amount=m2(g[3]),
                          service_dates=[span(g[0], g[1])], denial_date=nd.isoformat(), provider=HOSPICE,
                          appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["medical_necessity"],
                          alternates={"case_numbers": [[ids["audit"]], [ids["claim"]]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_audit_findings_to_hospice_table_on_page2", "born_digital", [bd_audit(rng)]),
        Item(F + "faxstd_remittance_recoupment_row_continues_page2", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "scan300_member_eob_adjusted_claim_gip_row", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "phone_two_page_hospice_statement_to_member", "phone_photo", [phone_statement(rng)]),
        Item(F + "rotated_letter_to_member_cc_hospice_taglines", "rotated", [rotated_letter(rng)]),
        Item(F + "lowres_spanish_letter_to_member", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "photocopy_stack_hospice_request_then_reconsideration_upheld", "photocopy", photocopy_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
