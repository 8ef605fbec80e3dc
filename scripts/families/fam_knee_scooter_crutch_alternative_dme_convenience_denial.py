"""An invented commercial plan (Calloway Ridge Health Plan) denying a knee scooter (knee walker, HCPCS E0118) after
foot surgery because crutches or a standard walker meet the member's mobility need (the scooter a convenience
item, or not medically necessary), with the DME supplier's rental invoice (From | To months), the podiatrist's
letter to the plan, a provider claim notice to the supplier, an EOB, a bilingual upheld appeal (Spanish first) and
a walker approval. HCPCS codes appear as themselves; every plan, person, supplier, practice and number is invented.

Documents (8 in 7 files):
- bd_preservice_denial_podiatrist_in_prose: pre-service denial to the member, "Dr. ... of ... asked us to approve"
  with the supplier in the same paragraph; date received, DOB, 72-hour and external review limits, form number.
- faxstd_provider_notice_to_supplier_boxes: the plan's claim notice to the supplier (the supplier the addressee)
  in 7.6 pt under a typed fax header; captions over boxed values (claim "-01" in one row with NPI and tax ID,
  Service from | Service to boxes), the earlier crutch claim and its date as decoys.
- scan300_supplier_rental_invoice_from_to: the supplier's rental invoice, rows with From | To, the scooter's first
  rental month denied by the plan, a total row and a footnote with the same span in words (denies nothing).
- phone_two_page_podiatrist_letter_to_medical_director: the podiatrist's two-page letter to the plan ("Dear Medical
  Director:"), a repeated header on page 2, DOB beside the surgery date (denies nothing).
- rotated_eob_three_claims_scooter_row_denied: member EOB, three claims with From | To, the scooter row denied.
- lowres_bilingual_appeal_upheld_spanish_first: upheld appeal with the Spanish part first, a facts column on the
  right (Número de miembro, Fecha del aviso, Fechas de servicio, Proveedor), then the English part.
- faxfine_stack_walker_approval_then_scooter_claim_denial: a typed fax cover sheet, a walker approval (denies
  nothing), then the scooter's second-month claim denial upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdje import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "knee_scooter_crutch_alternative_dme_convenience_denial"
LANG = "en"
SEED = 351604
PLAN = "Calloway Ridge Health Plan"
SUPPLIER = "Stepwell Medical Supply, Inc."
DPM = "Imogen P. Castellanos"
PRACTICE = "Riverbend Foot and Ankle Associates"
KS = ("E0118", "Crutch substitute, lower leg platform (knee scooter)")
CR = ("E0114", "Crutches, underarm, other than wood, pair")
WK = ("E0143", "Walker, folding, wheeled, adjustable")


def _ids(rng):
    return {"mid": "CRH" + digits(rng, 9), "grp": f"G{digits(rng, 6)}", "plan": f"Choice PPO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1952, 1996), rng.randint(1, 12), rng.randint(1, 28))


def _logo(p: DJSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(120, 40, 40)
    p.rect(p.l_margin, y, 11, 11, style="F")
    p.set_xy(p.l_margin + 14, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Spokane WA 992{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def bd_preservice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 2, 16) + dt.timedelta(days=rng.randint(0, 6))
    rec = plus(nd, -rng.randint(2, 5))
    surg = plus(nd, rng.randint(6, 12))
    pa = f"UM{digits(rng, 9)}"
    p = DJSheet(footer="Page {n} of {nb}", footer_left="Form CRHP-UM-210 (01/26)")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Notice of Adverse Benefit Determination", 12, "B")
    p.ln(2)
    p.pairs([("Notice date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]),
             ("Group number", ids["grp"]), ("Date of birth", fdate(_dob(rng), "slash")),
             ("Authorization request", pa), ("Date received", fdate(rec, "slash"))], label_w=48, size=9.5, h=5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Dr. {DPM} of {PRACTICE} asked us to approve a knee scooter ({KS[0]}) to be rented from {SUPPLIER} "
           f"for six weeks after your foot surgery, starting {fdate(surg, 'long')}. We did not approve it.", 10)
    p.para("**Why we said no.** Your plan covers equipment that is needed to walk safely in the home. The records "
           "show you have used crutches before, you have good balance and arm strength, and a standard walker "
           "would also let you stay off the operated foot. When crutches or a walker meet the need, a knee "
           "scooter is a convenience item and is not medically necessary. Crutches or a walker would be covered.",
           10)
    p.para("A podiatric surgeon reviewer made this decision. You may ask for the criteria we used (medical policy "
           "CRHP-DME-044) free of charge.", 10)
    p.para("**Your appeal rights.** You may appeal within 180 days of the date of this notice. If waiting could "
           "seriously harm your health, ask for an expedited appeal and we will decide within 72 hours. After the "
           "appeal you may ask for an external review within 4 months.", 9.6)
    p.para(f"Sincerely,\nUtilization Management\n{PLAN}", 10)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[pa], service_dates=[span(surg)], denial_date=nd.isoformat(), provider=DPM,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=["not_covered"],
              alternates={"provider": [PRACTICE, SUPPLIER], "service_dates": [[]]})
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    r0 = dt.date(2026, 3, rng.randint(2, 9))
    r1 = plus(r0, 29)
    cr_date = plus(r0, -rng.randint(20, 40))
    billed = amount(rng, 95, 160)
    claim = digits(rng, 10) + "-01"
    fax = (f"{nd.strftime('%b %d %Y').upper()} 10:{rng.randint(10, 59)}  CALLOWAY RIDGE HP  509-555-{digits(rng, 4)}"
           f"  ->  STEPWELL MED  509-555-{digits(rng, 4)}   PG {{n}} OF 2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.f(8)
    for ln in [SUPPLIER, "Attn: Reimbursement", f"{rng.randint(1000, 9800)} N Division St, Spokane WA 992"
               f"{rng.randint(10, 99)}"]:
        p.cell(0, 3.8, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("CLAIM DENIAL NOTICE TO PROVIDER", 9.5, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("Supplier NPI", digits(rng, 10), 38),
         ("Tax ID", f"91-{digits(rng, 7)}", 32), ("Patient account", f"SW-{digits(rng, 6)}", 36)],
        [("Member name", mem, 50), ("Member ID", ids["mid"], 42), ("Group", ids["grp"], 30),
         ("Ordering provider", f"{DPM}, DPM", 56)],
        [("Service from", fdate(r0, "slash"), 30), ("Service to", fdate(r1, "slash"), 30),
         ("HCPCS", f"{KS[0]} RR", 26), ("Billed", money(billed), 30), ("Paid", "$0.00", 26), ("Remark", "CV7", 36)],
    ], cap=6.2, val=7.8)
    p.ln(1)
    p.para(f"CV7  Convenience item. The knee scooter ({KS[0]}, monthly rental) is not medically necessary when "
           f"crutches or a walker meet the member's mobility need. Crutches ({CR[0]}) were paid on your earlier "
           f"claim 31{digits(rng, 8)}-01 for {fdate(cr_date, 'long')}. The rental month "
           f"{fdate(r0, 'slash')} through {fdate(r1, 'slash')} is denied.", 7.6)
    p.para("The member may not be billed for this rental unless the member signed a written waiver that names "
           "the item and its cost before delivery.", 7.6)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.8)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Send the ordering "
           "provider's notes showing why crutches and a walker cannot be used safely. Corrected claims must be "
           "received within 365 days of the date of service. Urgent pre-service requests are decided within 72 "
           "hours.", 7.8)
    p.para(f"Questions: Provider Services 1-877-555-{digits(rng, 4)}. Form CRHP-PCN-09 (01/26).", 7.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(r0, r1)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_invoice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    r0 = dt.date(2026, 3, rng.randint(2, 9))
    r1, r2, r3 = plus(r0, 29), plus(r0, 30), plus(r0, 59)
    crp = amount(rng, 45, 70)
    m1 = amount(rng, 95, 150)
    m2_ = m1
    inv = f"INV-{digits(rng, 6)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, SUPPLIER, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Home medical equipment  |  Spokane WA  |  509-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("RENTAL INVOICE / STATEMENT", 11, "B")
    p.right_block([("Invoice:", inv), ("Invoice date:", fdate(sd, "slash")), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Insurance:", PLAN), ("Ordered by:", f"{DPM}, DPM")], w=100,
                  size=8.5)
    p.ln(4)
    rows = [[CR[0], "Crutches, pair (purchase)", fdate(plus(r0, -1), "slash"), fdate(plus(r0, -1), "slash"),
             money(crp, "nosign"), money(crp, "nosign"), "0.00"],
            [f"{KS[0]} RR", "Knee scooter, rental month 1", fdate(r0, "slash"), fdate(r1, "slash"),
             money(m1, "nosign"), "0.00", money(m1, "nosign") + " *"],
            [f"{KS[0]} RR", "Knee scooter, rental month 2", fdate(r2, "slash"), fdate(r3, "slash"),
             money(m2_, "nosign"), "pending", money(m2_, "nosign")],
            ["", "Total", "", "", money(crp + m1 + m2_, "nosign"), money(crp, "nosign"), money(m1 + m2_, "nosign")]]
    p.table(["HCPCS", "Item", "From", "To", "Charge", "Ins. paid", "Balance"], rows, [22, 58, 22, 22, 20, 20, 20],
            size=8, aligns=["L", "L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"* {PLAN} denied the knee scooter rental for {fdate(r0, 'long')} through {fdate(r1, 'long')} as a "
           "convenience item (crutches meet the need). You signed our advance waiver at delivery, so this month is "
           "billed to you. Month 2 is waiting for the plan's decision on the appeal your podiatrist filed.", 8.5)
    p.para("Please pay the balance within 30 days or call us to set up a payment plan. Return the scooter when "
           "you no longer need it to stop further rental charges.", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(m1),
              service_dates=[span(r0, r1)], denial_date=sd.isoformat(), provider=SUPPLIER, unscored=["insurer"],
              alternates={"claim_amount": [m2(m1 + m2_), m2(crp + m1 + m2_), None],
                          "service_dates": [[span(r0, r3)], [span(r0, r1), span(r2, r3)]]})
    return out(p), t


def phone_letter(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    ld = dt.date(2026, 3, 23) + dt.timedelta(days=rng.randint(0, 5))
    surg = plus(ld, -rng.randint(12, 18))
    r0 = plus(surg, 1)
    r1 = plus(r0, 41)
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer="Page {n} of {nb}", cont=f"{mem}  |  DOB {fdate(_dob(rng), 'slash')}  |  {ids['mid']}")
    p.set_margins(22, 16, 22)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Podiatric medicine and surgery  |  Spokane Valley WA  |  509-555-{digits(rng, 4)}  |  Fax "
                 f"509-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Medical Director, Utilization Management", f"Fax 1-877-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"Patient: {mem}", f"Member ID: {ids['mid']}   Claim: {claim}",
                f"Knee scooter ({KS[0]}), rental {fdate(r0, 'slash')} - {fdate(r1, 'slash')}"])
    p.para("Dear Medical Director:", 10)
    p.para(f"I am asking you to reconsider the denial of the knee scooter for my patient {mem}. On "
           f"{fdate(surg, 'long')} I performed a first metatarsal fusion (Lapidus procedure) on the left foot. "
           "The foot must bear no weight for six weeks.", 10)
    p.para(f"Your reviewer found that crutches or a walker would meet {mf}'s need. They do not. {mf} tried "
           "crutches in our office before surgery and could not keep the left foot off the floor; there is "
           "a right rotator cuff repair from last year, and the orthopedic surgeon has restricted weight bearing "
           "through the right arm. A walker loads the same shoulder.", 10)
    p.add_page()
    p.para(f"{mf} lives alone in a second-floor apartment and works as a pharmacist, standing for most of a "
           "shift. With a knee scooter the operated foot stays off the floor and neither arm carries body weight. "
           "Without it the risk is a fall onto the fusion site, which could mean a revision surgery far more "
           "costly than six weeks of rental.", 10)
    p.para("The operative report, the pre-operative gait note and the orthopedic restriction letter are enclosed. "
           "Please call me directly if a peer-to-peer discussion would help.", 10)
    p.para(f"Sincerely,\n\n{DPM}, DPM\n{PRACTICE}\nNPI {digits(rng, 10)}", 10)
    p.para(f"cc: {SUPPLIER}", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              service_dates=[span(r0, r1)], denial_date=ld.isoformat(), provider=DPM,
              alternates={"insurer": [None], "provider": [PRACTICE, SUPPLIER]})
    return out(p), t


def rotated_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    surg = dt.date(2026, 3, rng.randint(2, 6))
    r0, r1 = plus(surg, 1), plus(surg, 30)
    sx, fu, ks = amount(rng, 3200, 4600), amount(rng, 140, 220), amount(rng, 95, 150)
    cl = [digits(rng, 11) for _ in range(3)]
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=96, size=8.5)
    p.ln(4)
    rows = [[cl[0], PRACTICE, "Foot surgery", fdate(surg, "slash"), fdate(surg, "slash"), money(sx, "nosign"),
             money(sx * 0.8, "nosign"), money(sx * 0.2, "nosign"), "Paid"],
            [cl[1], PRACTICE, "Post-op visits", fdate(plus(surg, 7), "slash"), fdate(plus(surg, 21), "slash"),
             money(fu, "nosign"), "0.00", "0.00", "Global"],
            [cl[2], SUPPLIER, "Knee scooter", fdate(r0, "slash"), fdate(r1, "slash"), money(ks, "nosign"), "0.00",
             money(ks, "nosign"), "Denied K4"],
            ["", "", "Totals", "", "", money(sx + fu + ks, "nosign"), money(sx * 0.8, "nosign"),
             money(sx * 0.2 + ks, "nosign"), ""]]
    p.table(["Claim", "Provider", "Service", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
            [24, 42, 22, 18, 18, 18, 18, 16, 18], size=7.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"K4  Claim {cl[2]}: the knee scooter rented from {fdate(r0, 'long')} to {fdate(r1, 'long')} is a "
           "convenience item when crutches or a walker meet your need, and your plan does not cover it. The "
           "post-operative visits are included in the surgery's global fee.", 8.4)
    p.para(f"You may appeal within 180 days of the date of this statement. Plan year 01/01/2026 - 12/31/2026; DME "
           f"coinsurance 20%. Questions: 1-877-555-{digits(rng, 4)} (TTY 711).", 8.4)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[2]], claim_amount=m2(ks), service_dates=[span(r0, r1)],
              denial_date=sd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(sd, 180).isoformat(),
              denial_alternates=["medical_necessity"])
    return out(p), t


def lowres_bilingual_appeal(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    r0 = dt.date(2026, 3, rng.randint(10, 16))
    r1 = plus(r0, 29)
    billed = amount(rng, 95, 150)
    appeal = f"AP{digits(rng, 8)}"
    p = DJSheet(footer="Página {n} de {nb} / Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _logo(p, rng, "Apelaciones / Appeals")
    p.line("Decisión de apelación (Appeal decision)", 12, "B")
    p.ln(3)
    facts = [("Fecha del aviso", fdate(nd, "long", "es")), ("Número de miembro", ids["mid"]),
             ("Número de apelación", appeal), ("Miembro", mem), ("Fechas de servicio",
                                                                   f"{fdate(r0, 'slash')} - {fdate(r1, 'slash')}"),
             ("Proveedor", SUPPLIER), ("Cargo facturado", money(billed)), ("Médico que ordenó", f"Dr. {DPM}")]
    paras = [f"Estimado(a) {mem}:",
             f"Usted apeló nuestra decisión de no pagar el alquiler de un patinete de rodilla (knee scooter, "
             f"{KS[0]}) de {SUPPLIER} del {fdate(r0, 'long', 'es')} al {fdate(r1, 'long', 'es')}.",
             "**Mantuvimos la decisión.** Un médico que no participó en la primera decisión revisó su apelación. "
             "Las notas muestran que usted puede usar muletas o un andador de forma segura. Cuando las muletas o "
             "un andador cubren la necesidad, el patinete es un artículo de conveniencia que su plan no cubre.",
             "Puede pedir una apelación de segundo nivel dentro de 60 días a partir de la fecha de este aviso, o una "
             "revisión externa dentro de 4 meses."]
    p.side_facts(paras, facts, side="right", col_w=50, size=9.2)
    p.heading("English", 10.5, rule=True)
    p.para(f"You appealed our decision not to pay for the knee scooter rental from {SUPPLIER} for "
           f"{fdate(r0, 'long')} through {fdate(r1, 'long')}. We upheld the denial: crutches or a walker meet your "
           "need, so the scooter is a convenience item your plan does not cover. You may ask for a second-level "
           "appeal within 60 days of the date of this notice, or an external review within 4 months.", 9.2)
    p.para(f"Apelaciones / Appeals, {PLAN}", 9.2)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[appeal],
              claim_amount=m2(billed), service_dates=[span(r0, r1)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", denial_alternates=["medical_necessity"],
              alternates={"provider": [DPM]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 5))
    deliv = plus(nd, rng.randint(2, 5))
    auth = f"UM{digits(rng, 9)}"
    p = DJSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line(f"Approval notice - {fdate(nd, 'abbr')}", 11.5, "B")
    p.ln(2)
    p.pairs([("Authorization", auth), ("Member", mem), ("Member ID", ids["mid"]), ("Supplier", SUPPLIER),
             ("Item", f"{WK[0]} {WK[1]}"), ("Approved for", fdate(deliv, "slash"))], label_w=34, size=9.5)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We approved a folding wheeled walker from {SUPPLIER}, ordered by Dr. {DPM}, for delivery on "
           f"{fdate(deliv, 'long')}. Your plan pays 80% after the deductible.", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[auth],
                          service_dates=[span(deliv)], denial_date=nd.isoformat(), provider=SUPPLIER,
                          alternates={"provider": [DPM], "case_numbers": [[]]}))
    nd2 = plus(nd, rng.randint(20, 30))
    r0 = plus(deliv, 30)
    r1 = plus(r0, 29)
    ks = amount(rng, 95, 150)
    claim = digits(rng, 10) + "-01"
    q = DJSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Claims")
    q.line("Claim decision", 12, "B")
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd2, "slash"), 34), ("Claim", claim, 44), ("Member ID", ids["mid"], 44),
                ("Billed", money(ks), 30)],
               [("Patient", mem, 56), ("From", fdate(r0, "slash"), 30), ("To", fdate(r1, "slash"), 30),
                ("Item", f"{KS[0]} knee scooter", 56)]], cap=7, val=9)
    q.ln(2)
    q.para(f"We did not pay {SUPPLIER} for the second rental month of the knee scooter. We approved a walker "
           f"for you on authorization {auth}, and a walker meets your need, so the scooter is a convenience item "
           "your plan does not cover.", 10)
    q.para("You may appeal within 180 days of the date of this notice.", 10)
    q.para(f"Claims Department, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[claim], claim_amount=m2(ks), service_dates=[span(r0, r1)],
                          denial_date=nd2.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd2, 180).isoformat(),
                          denial_alternates=["medical_necessity"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_preservice_denial_podiatrist_in_prose", "born_digital", [bd_preservice(rng)]),
        Item(F + "faxstd_provider_notice_to_supplier_boxes", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "scan300_supplier_rental_invoice_from_to", "scan_clean_300", [scan300_invoice(rng)]),
        Item(F + "phone_two_page_podiatrist_letter_to_medical_director", "phone_photo", [phone_letter(rng)]),
        Item(F + "rotated_eob_three_claims_scooter_row_denied", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_bilingual_appeal_upheld_spanish_first", "scan_lowres_150", [lowres_bilingual_appeal(rng)]),
        Item(F + "faxfine_stack_walker_approval_then_scooter_claim_denial", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
