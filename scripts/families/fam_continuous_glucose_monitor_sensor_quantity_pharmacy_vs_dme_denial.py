"""An invented commercial plan (Larkspur Point Health Plan) denying continuous glucose monitor (CGM) sensors two
ways: billed by a DME supplier under the medical benefit (CGM sensors must be filled at a network pharmacy under
the pharmacy benefit), and a quantity over 3 sensors per 30 days. With the supplier's own statement, an external
review organization's decision upholding the quantity limit, a pharmacy approval and the plan's letters to the
supplier's billing office. HCPCS codes appear as themselves; every plan, supplier, practice, reviewer, person and
number is invented.

Documents (8 in 7 files):
- bd_claim_denial_to_supplier_attn_billing: the plan's claim denial to the supplier ("To: ... Attn: Billing
  Office"), the member on the "Re:" lines, ISO dates, the billed amount in words next to the figure, a rights
  paragraph with 90-day provider appeal and 60 / 180-day decoys, an example amount in the text.
- faxstd_member_eob_two_pages_table_continues: the member's EOB in small type, a monospaced claim table without
  rules continued on page 2 under a repeated header with a different printed date, the supplier's A4239 row denied
  in the middle, adjustments in brackets.
- phone_quantity_denial_cover_letter_facts_on_page2: the pharmacy benefit's quantity-limit denial (a 4th sensor in
  30 days): prose cover letter on page 1 dated "March 4th, 2026", the facts in a box on page 2, cc: the prescriber.
- rotated_supplier_statement_to_member: the supplier's own statement (a month paid earlier, the denied months
  billed to the member, a write-off in brackets; denies nothing).
- lowres_iro_external_review_upheld_quantity: an independent review organization's external review decision
  (its letterhead; the plan named in the text) upholding the quantity limit; no further appeal deadline.
- faxfine_spanish_dme_denial_cc_supplier: the Spanish denial to the member of the supplier's claim, cc: supplier.
- scan300_stack_pharmacy_approval_blank_then_provider_appeal_upheld: the pharmacy approval (3 per 30 days, denies
  nothing), a blank separator, then the plan's upheld provider appeal to the supplier fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkc import DKSheet, brackets, ordinal, short, upper_dmy, words
from public_kit import address, amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "continuous_glucose_monitor_sensor_quantity_pharmacy_vs_dme_denial"
LANG = "en"
SEED = 351802

PLAN = "Larkspur Point Health Plan"
SUPPLIER = "Verdance Home Diabetes Supply"
PRACTICE = "Sable Creek Endocrinology"
ENDO = "Lionel Fairweather"
IRO = "Kestrel Review Associates"
PHARMACY = "Cottonwood Corner Pharmacy"
PHARM_RULE = ("Continuous glucose monitor sensors and transmitters are covered only under your pharmacy benefit, "
              "filled at a network pharmacy. They are not covered under the medical benefit when a durable medical "
              "equipment (DME) supplier bills them.")
QTY_RULE = "The pharmacy benefit covers up to 3 CGM sensors (10-day wear) per 30 days."


def _ids(rng):
    return {"mid": "LPH" + digits(rng, 9), "grp": f"G-{digits(rng, 6)}",
            "dob": dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))}


def _head(p, rng, dept):
    p.letterhead(PLAN, [f"{dept}  |  PO Box 88120, Boise ID 83707",
                        f"Member Services 1-888-555-{digits(rng, 4)} (TTY 711)  |  Provider Services "
                        f"1-888-555-{digits(rng, 4)}"])


# 1 -----------------------------------------------------------------------------------------------------------
def bd_supplier_denial(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, rng.randint(2, 12))
    m0 = dt.date(2026, 1, rng.randint(5, 12))
    m1 = plus(m0, 29)
    claim = f"{digits(rng, 12)}"
    billed = amount(rng, 280, 420)
    p = DKSheet(footer="Page {n} of {nb}")
    p.add_page()
    _head(p, rng, "Claims Department")
    p.line(fdate(nd, "iso"), 10)
    p.ln(2)
    for ln in [f"To: {SUPPLIER}", "Attn: Billing Office", "1180 E Tamsin Loop, Meridian ID 83642"]:
        p.line(ln, 10)
    p.ln(3)
    for ln in [f"Re: {mem}  |  Member ID {ids['mid']}  |  Group {ids['grp']}",
               f"Re: Claim {claim}, HCPCS A4239 (CGM supply allowance), {fdate(m0, 'iso')} to {fdate(m1, 'iso')}"]:
        p.line(ln, 9.6, "B")
    p.ln(3)
    p.para("Dear Billing Office:", 10)
    p.para(f"We processed the claim above for continuous glucose monitor supplies for one month. You billed "
           f"{words(billed)} ({money(billed)}). **We denied the claim and paid $0.00.**", 10)
    p.para(PHARM_RULE + " Your contract with us does not allow you to bill the member for this claim unless the "
           "member agreed in writing before delivery.", 10)
    p.para("The member can fill the sensors at any network pharmacy with the prescription from the ordering "
           "provider. The pharmacy benefit applies its own copay: for example, if the copay were $40.00 per fill, "
           "the member would pay $40.00 for each 30-day supply.", 10)
    p.heading("Your rights", 10)
    p.para("You may file a provider appeal within 90 days of the date of this letter. Send the appeal with the "
           "claim number and any records. Corrected claims must be received within 180 days of the date of "
           "service. Members have 180 days to appeal and 60 days to ask for a second-level review; urgent "
           "requests are decided within 72 hours.", 9.4)
    p.para(f"Ordering provider on the claim: Dr. {ENDO}, {PRACTICE}. NPI {digits(rng, 10)}.", 9.4)
    p.para(f"Provider Claims Review, {PLAN}", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(m0, m1)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["other"])
    return out(p), t


# 2 -----------------------------------------------------------------------------------------------------------
def faxstd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 3, rng.randint(16, 24))
    d = [plus(sd, -rng.randint(20, 60)) for _ in range(7)]
    dm0 = plus(sd, -rng.randint(45, 50))
    dm1 = plus(dm0, 29)
    cl = [digits(rng, 12) for _ in range(7)]
    rows = [(PRACTICE, "99214 Office visit", d[0], d[0], amount(rng, 180, 240), "PD"),
            ("Basin Reference Lab", "83036 Hemoglobin A1c", d[1], d[1], amount(rng, 38, 60), "PD"),
            (PRACTICE, "95251 CGM interpretation", d[2], d[2], amount(rng, 55, 80), "PD"),
            (SUPPLIER, "A4239 CGM supplies 1 mo", dm0, dm1, amount(rng, 290, 410), "DN P7"),
            (PRACTICE, "99213 Office visit", d[4], d[4], amount(rng, 120, 170), "PD"),
            ("Basin Reference Lab", "80061 Lipid panel", d[5], d[5], amount(rng, 40, 70), "PD"),
            (PRACTICE, "95251 CGM interpretation", d[6], d[6], amount(rng, 55, 80), "PD")]
    den = 3
    p = DKSheet(footer="Page {n} of {nb}",
                running=[f"{PLAN}  EXPLANATION OF BENEFITS (continued)  Member {ids['mid']}  "
                         f"Printed {short(plus(sd, 2))}"])
    p.set_margins(12, 10, 12)
    p.add_page()
    p.set_font("Mono", "", 6.6)
    p.cell(0, 3, f"{upper_dmy(sd)} 16:{rng.randint(10, 59)}  FROM: LPHP MEMBER CORRESPONDENCE  "
                 f"208-555-{digits(rng, 4)}  TO: 208-555-{digits(rng, 4)}  P. 1/2", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    _head(p, rng, "Member Correspondence")
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 10, "B")
    p.pairs([("Statement date", fdate(sd, "slash")), ("Subscriber", sub), ("Patient", mem),
             ("Member ID", ids["mid"]), ("Group", ids["grp"]), ("Plan year", "01/01/2026 - 12/31/2026")],
            label_w=32, size=7.6, h=3.9)
    p.ln(2)
    hdr = [f"{'CLAIM':<13} {'PROVIDER':<29} {'SERVICE':<26} {'FROM':<9} {'TO':<9} {'BILLED':>9} {'ADJ':>9} "
           f"{'PLAN PAID':>10} {'YOU OWE':>8}  CODE", "-" * 128]

    def line(i):
        prov, svc, a, b, amt, code = rows[i]
        if i == den:
            adj, pd, owe = 0.0, 0.0, amt
        else:
            adj = round(amt * 0.35, 2)
            pd = round((amt - adj) * 0.8, 2)
            owe = round(amt - adj - pd, 2)
        return (f"{cl[i]:<13} {prov:<29} {svc:<26} {fdate(a, 'short'):<9} {fdate(b, 'short'):<9} "
                f"{amt:>9,.2f} {brackets(adj) if adj else '0.00':>9} {pd:>10,.2f} {owe:>8,.2f}  {code}")

    p.mono(hdr + [line(i) for i in range(5)], 6.3, bold={0})
    p.para("P7  Claim " + cl[den] + ": " + PHARM_RULE + " Fill your sensors at a network pharmacy.", 7.2)
    p.add_page()
    p.mono(hdr + [line(i) for i in range(5, 7)], 6.3, bold={0})
    p.para("Amounts in brackets are network discounts. You may appeal within 180 days of the date of this "
           "statement. Urgent appeals are decided within 72 hours; an external review may be requested within 4 "
           "months of a final denial.", 7.2)
    p.nondiscrimination(PLAN, 6.6)
    p.taglines(6.4)
    amt = rows[den][4]
    t = truth("eob", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[cl[den]], claim_amount=m2(amt), service_dates=[span(dm0, dm1)], denial_date=sd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(sd, 180).isoformat(), denial_alternates=["other"])
    return out(p), t


# 3 -----------------------------------------------------------------------------------------------------------
def phone_quantity(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    nd = dt.date(2026, 3, rng.randint(3, 11))
    rec = plus(nd, -1)
    fill = plus(nd, -2)
    req = f"CD-{digits(rng, 8)}"
    rx = f"RX {digits(rng, 7)}"
    p = DKSheet(footer="Page {n} of {nb}", running=[f"{PLAN}  |  Pharmacy coverage decision  |  page printed "
                                                     f"{fdate(plus(nd, 1), 'iso')}"])
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Pharmacy Benefit Services")
    p.line(ordinal(nd), 10)
    p.ln(3)
    for ln in [mem] + address(rng):
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mf} {ml}:", 10)
    p.para(f"Your pharmacy asked us to cover a fourth continuous glucose monitor sensor within 30 days. Dr. {ENDO} "
           "wrote that a sensor came off early. We looked at the request and your recent fills, and we cannot "
           "cover the extra sensor.", 10)
    p.para(QTY_RULE + " You already filled 3 sensors in this 30-day period. A sensor that fails or falls off early "
           "can usually be replaced free of charge by the manufacturer; your pharmacist can help you ask for a "
           "replacement.", 10)
    p.para("The facts of this decision, and what you can do if you disagree, are on the next page.", 10)
    p.para(f"Sincerely,\n\nPharmacy Benefit Services\n{PLAN}", 10)
    p.para(f"cc: Dr. {ENDO}, {PRACTICE}", 8.6)
    p.add_page()
    p.heading("Decision facts", 11)
    p.boxed_pairs([("Decision date", fdate(nd, "iso")), ("Member", mem), ("Member ID", ids["mid"]),
                   ("Group", ids["grp"]), ("Date of birth", fdate(ids["dob"], "iso")), ("Request number", req),
                   ("Request received", fdate(rec, "iso")), ("Prescription", rx),
                   ("Drug / quantity", "CGM sensor, 10-day; quantity 4 per 30 days"),
                   ("Fill date requested", fdate(fill, "iso")), ("Prescriber", f"Dr. {ENDO}"),
                   ("Pharmacy", PHARMACY), ("Decision", "Denied - over the quantity limit")], label_w=48, size=9)
    p.heading("If you disagree", 10)
    p.para("You can appeal within 180 days of the date of this letter. If your health could be seriously harmed "
           "by waiting, ask for an expedited appeal; we decide within 72 hours. After our final decision you may "
           "ask for an external review within 4 months.", 9.2)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[req], service_dates=[span(fill)], denial_date=nd.isoformat(), provider=ENDO,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["medical_necessity"],
              alternates={"provider": [PHARMACY, PRACTICE], "service_dates": [[]]})
    return out(p), t


# 4 -----------------------------------------------------------------------------------------------------------
def rotated_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, rng.randint(2, 10))
    m = [dt.date(2025, 12, rng.randint(2, 8))]
    for _ in range(2):
        m.append(plus(m[-1], 30))
    fee = amount(rng, 290, 410)
    acct = f"VH{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.letterhead(SUPPLIER, ["Diabetes supplies delivered to your door  |  1180 E Tamsin Loop, Meridian ID 83642",
                            f"Billing 208-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}"])
    p.line("STATEMENT", 12, "B")
    p.pairs([("Statement date", ordinal(sd) + f"  ({fdate(sd, 'slash')})"), ("Account", acct),
             ("Patient", mem), ("Insurance", f"{PLAN}, ID {ids['mid']}"),
             ("Ordering physician", f"Dr. {ENDO}")], label_w=40, size=9, h=4.8)
    p.ln(3)
    rows = [[fdate(m[0], "slash"), fdate(plus(m[0], 29), "slash"), "A4239 CGM supplies", money(fee, "nosign"),
             brackets(fee), "0.00", "Paid by plan"],
            [fdate(m[1], "slash"), fdate(plus(m[1], 29), "slash"), "A4239 CGM supplies", money(fee, "nosign"),
             "0.00", money(fee, "nosign"), "Denied *"],
            [fdate(m[2], "slash"), fdate(plus(m[2], 29), "slash"), "A4239 CGM supplies", money(fee, "nosign"),
             brackets(fee * 0.5), money(fee * 0.5, "nosign"), "Denied *"]]
    p.table(["From", "To", "Item", "Charge", "Paid / adj.", "You owe", "Status"], rows, [24, 24, 40, 22, 24, 22, 24],
            size=8.2, border=0, aligns=["L", "L", "L", "R", "R", "R", "L"])
    bal = fee + fee * 0.5
    p.para(f"Balance due: {money(bal)} ({words(round(bal, 2))})", 9.5)
    p.para(f"* Starting in January your plan requires CGM sensors to be filled at a pharmacy, and {PLAN} denied our "
           "claims. You signed our delivery agreement for the January month; we wrote off half of the February "
           "month as a courtesy (shown in brackets). Please use your pharmacy for future sensors.", 8.6)
    p.para("Payment is due within 30 days. Call us if you need a payment plan.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(fee),
              service_dates=[span(m[1], plus(m[1], 29)), span(m[2], plus(m[2], 29))], denial_date=sd.isoformat(),
              provider=SUPPLIER, unscored=["insurer"],
              alternates={"claim_amount": [m2(bal), None], "provider": [ENDO],
                          "service_dates": [[span(m[1], plus(m[1], 29))], [span(m[1], plus(m[2], 29))]]})
    return out(p), t


# 5 -----------------------------------------------------------------------------------------------------------
def lowres_iro(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, rng.randint(4, 15))
    recv = plus(nd, -rng.randint(30, 40))
    fill = dt.date(2026, 2, rng.randint(9, 20))
    case = f"KRA-26-{digits(rng, 5)}"
    apl = f"AP{digits(rng, 8)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.add_page()
    p.letterhead(IRO, ["Independent Review Organization  |  18 Quarry Hill Ct, Suite 300, Concord NH 03301",
                       f"Telephone 603-555-{digits(rng, 4)}  |  Fax 603-555-{digits(rng, 4)}"])
    p.line("Notice of External Review Decision", 12.5, "B")
    p.ln(1)
    p.pairs([("Date", fdate(nd, "dmy")), ("IRO case number", case), ("Health plan", PLAN),
             ("Plan appeal number", apl), ("Enrollee", mem), ("Member ID", ids["mid"]),
             ("Request received", fdate(recv, "dmy")), ("Service", "CGM sensors, 4th sensor in 30 days"),
             ("Fill date", fdate(fill, "dmy")), ("Prescriber", f"Dr. {ENDO}")], label_w=44, size=9, h=4.8)
    p.ln(3)
    p.para(f"Dear {mem}:", 9.6)
    p.para(f"{IRO} was assigned to review {PLAN}'s final decision to deny coverage of a fourth CGM sensor in a "
           "30-day period. The reviewer is a board-certified endocrinologist with no ties to you, your "
           "prescriber or the plan.", 9.6)
    p.heading("Decision: UPHELD", 10.5)
    p.para("The reviewer upheld the health plan's denial. " + QTY_RULE + " The records show 3 sensors filled in the "
           "period and one sensor that detached early; the record does not show a clinical need for more than 3 "
           "sensors. A sensor replaced under the manufacturer's warranty is not counted toward the limit.", 9.6)
    p.heading("What happens next", 10)
    p.para("This decision is binding on you and on the health plan except to the extent other remedies are "
           "available under State or Federal law. You may have the right to file a civil action. The plan must "
           "carry out an overturned decision within 72 hours; for an upheld decision no further action is "
           "required. Claims for later periods may be appealed to the plan within 180 days of a new denial.", 9.2)
    p.para(f"Case Manager, {IRO}", 9.6)
    p.para(f"cc: {PLAN}, Appeals Department; Dr. {ENDO}, {PRACTICE}", 8.4)
    t = truth("denial_letter", "not_covered", insurer=IRO, member_id=ids["mid"], member_name=mem, cases=[case, apl],
              service_dates=[span(fill)], denial_date=nd.isoformat(), provider=ENDO,
              denial_alternates=["medical_necessity"],
              alternates={"insurer": [PLAN], "case_numbers": [[case]], "provider": [PHARMACY]})
    return out(p), t


# 6 -----------------------------------------------------------------------------------------------------------
def faxfine_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(6, 17))
    m0 = dt.date(2026, 3, rng.randint(2, 9))
    m1 = plus(m0, 29)
    claim = digits(rng, 12)
    billed = amount(rng, 290, 410)
    p = DKSheet(footer="Página {n} de {nb}")
    p.add_page()
    p.set_font("Mono", "", 7)
    p.cell(0, 3.2, f"{fdate(nd, 'dmy')}  10:{rng.randint(10, 59)}  LPHP  208-555-{digits(rng, 4)}  pág. 1",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.letterhead(PLAN, ["Servicios para Miembros  |  PO Box 88120, Boise ID 83707",
                        f"1-888-555-{digits(rng, 4)} (TTY 711)"])
    p.line("Aviso de denegación de reclamo", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim), ("Proveedor", SUPPLIER),
             ("Fechas de servicio", f"{fdate(m0, 'dmy', 'es')} - {fdate(m1, 'dmy', 'es')}"),
             ("Cantidad facturada", money(billed, "usd"))], label_w=46, size=9.2, h=5)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"{SUPPLIER} nos facturó los suministros de su monitor continuo de glucosa (A4239) del "
           f"{fdate(m0, 'long', 'es')} al {fdate(m1, 'long', 'es')}. **No pagamos este reclamo.**", 9.8)
    p.para("Los sensores y transmisores del monitor continuo de glucosa solo están cubiertos por su beneficio de "
           "farmacia, en una farmacia de la red. No están cubiertos por el beneficio médico cuando los factura un "
           "proveedor de equipo médico duradero. El beneficio de farmacia cubre hasta 3 sensores cada 30 días.",
           9.8)
    p.heading("Sus derechos", 10)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si su salud corre peligro, pida una "
           "apelación urgente: decidimos dentro de 72 horas. Después de nuestra decisión final puede pedir una "
           "revisión externa dentro de 4 meses.", 9.2)
    p.para(f"cc: {SUPPLIER}, Attn: Billing Office", 8.6)
    p.taglines(6.6)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(m0, m1)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(), lang="es", denial_alternates=["other"])
    return out(p), t


# 7 -----------------------------------------------------------------------------------------------------------
def scan300_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 2, rng.randint(2, 10))
    start = plus(nd, 1)
    auth = f"PA{digits(rng, 9)}"
    p = DKSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Pharmacy Benefit Services")
    p.line(f"Coverage approval - {fdate(nd, 'long')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Member", mem), ("Member ID", ids["mid"]), ("Approval number", auth),
             ("Drug", "CGM sensor, 10-day wear"), ("Quantity", "3 per 30 days"),
             ("Approved from", fdate(start, "slash")), ("Approved through", "12/31/2026"),
             ("Prescriber", f"Dr. {ENDO}")], label_w=40, size=9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We approved CGM sensors under your pharmacy benefit. Fill them at any network pharmacy, such as "
           f"{PHARMACY}. Your pharmacy copay applies to each 30-day fill. {QTY_RULE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[auth],
                          service_dates=[span(start, dt.date(2026, 12, 31))], denial_date=nd.isoformat(),
                          provider=ENDO, alternates={"case_numbers": [[]], "service_dates": [[span(start)], []],
                                                     "provider": [PHARMACY]}))
    nd2 = dt.date(2026, 4, rng.randint(20, 28))
    m0 = dt.date(2026, 2, rng.randint(12, 18))
    m1 = plus(m0, 29)
    claim = digits(rng, 12)
    papl = f"PRA-{digits(rng, 7)}"
    billed = amount(rng, 290, 410)
    q = DKSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Appeals")
    q.line(fdate(nd2, "upper"), 10)
    q.ln(2)
    for ln in [f"To: {SUPPLIER}", "Attn: Billing Office / Appeals"]:
        q.line(ln, 10)
    q.ln(2)
    q.boxed_pairs([("Provider appeal", papl), ("Claim", claim), ("Member", f"{mem}  ({ids['mid']})"),
                   ("Service", f"A4239 CGM supplies, {fdate(m0, 'slash')} - {fdate(m1, 'slash')}"),
                   ("Billed", money(billed)), ("Decision", "Denial upheld")], label_w=40, size=9.2)
    q.para(f"You appealed our denial of the claim above. The member has had pharmacy approval {auth} since "
           f"{fdate(start, 'long')}. " + PHARM_RULE + " We upheld the denial.", 9.8)
    q.para("This is our final provider appeal decision. You may not bill the member for this claim.", 9.8)
    q.para(f"Provider Appeals, {PLAN}", 9.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[papl, claim], claim_amount=m2(billed), service_dates=[span(m0, m1)],
                          denial_date=nd2.isoformat(), provider=SUPPLIER, denial_alternates=["other"],
                          alternates={"case_numbers": [[claim], [papl]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_claim_denial_to_supplier_attn_billing", "born_digital", [bd_supplier_denial(rng)]),
        Item(F + "faxstd_member_eob_two_pages_table_continues", "fax_standard_g4", [faxstd_eob(rng)]),
        Item(F + "phone_quantity_denial_cover_letter_facts_on_page2", "phone_photo", [phone_quantity(rng)]),
        Item(F + "rotated_supplier_statement_to_member", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_iro_external_review_upheld_quantity", "scan_lowres_150", [lowres_iro(rng)]),
        Item(F + "faxfine_spanish_dme_denial_cc_supplier", "fax_fine_g4", [faxfine_spanish(rng)]),
        Item(F + "scan300_stack_pharmacy_approval_blank_then_provider_appeal_upheld", "scan_clean_300",
             scan300_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
