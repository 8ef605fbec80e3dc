"""An invented commercial plan (Wrenfield Mutual Health Plan) denying an amino-acid infant formula: billed by a
durable medical equipment supplier under the medical benefit when the plan covers the formula only through its
pharmacy benefit at a network pharmacy, or denied because the plan's criteria (documented cow's milk protein
allergy with a failed trial of an extensively hydrolyzed formula) are not met. The plan, its supplier, pharmacy,
physicians, the formula's brand name, people, numbers, addresses, amounts and time limits are all invented.

Documents (8 in 7 files):
- clean_landscape_eob_three_claims_formula_denied: a landscape EOB, three claims (GI visit, allergy panel, the
  supplier's month of formula), the formula claim denied (pharmacy benefit only); the total row, the subscriber,
  the plan's phone and fax lines and an example cost share as decoys.
- faxstd_grid_prior_auth_criteria_not_met: a pre-service denial in a grid of label/value boxes two wide
  (criteria not met, no failed hydrolyzed formula trial); date of birth, request received, 72-hour expedited and
  external-review limits as decoys.
- phone_spanish_claim_criteria_not_met: Spanish post-service denial of the supplier's claim, criteria not met.
- rotated_supplier_statement_three_shipments_one_denied: the DME supplier's statement to the parent: three
  monthly shipments, two paid, one denied by the plan and billed to the family (denies nothing).
- lowres_no_labels_letter_to_supplier_pharmacy_only: a letter to the supplier with no labels, every fact in
  sentences; the formula must be filled at a network pharmacy; an earlier paid claim quoted as a decoy.
- bd_sidebar_appeal_upheld_medical_necessity: a two-column appeal decision with its facts in a right-hand
  sidebar ("Tracking ID", "Enrollee identifier", "Dates of care"), the denial upheld; second-level limit, the
  older letter's date, external review as decoys.
- photocopy_stack_pharmacy_approval_duplex_then_dme_denial_upside_down: a pharmacy-benefit approval (denies
  nothing), its blank back, then the supplier's claim for the same month denied (pharmacy only), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddm_famdme import RIGHTS_TAGS, DMSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "infant_hypoallergenic_formula_pharmacy_vs_dme_denial"
LANG = "en"
SEED = 352204
PLAN = "Wrenfield Mutual Health Plan"
ALT_INS = ["Wrenfield Mutual", "Wrenfield Mutual Health"]
SUPPLIER = "Brightwater Home Medical Supply"
PHARM = "Juniper Row Pharmacy"
GI = "Tidewater Pediatric Gastroenterology"
LAB = "Keystone Reference Laboratory"
FORMULA = "Aminelle Infant amino acid-based formula (B4161)"


def member_no(rng):
    return f"WMH{digits(rng, 9)}-0{rng.randint(2, 4)}"


def group_no(rng):
    return f"{digits(rng, 5)}-{rng.choice(['A', 'C', 'E'])}{rng.randint(1, 9)}"


def plan_code(rng):
    return f"PPO{digits(rng, 3)}"


def baby(rng):
    return person(rng)[0]


def month_span(rng, month):
    a = dt.date(2026, month, 1)
    b = dt.date(2026, month + 1, 1) - dt.timedelta(days=1)
    return a, b


def _head(p: DMSheet, rng, unit: str = "Member Services"):
    p.f(14, "B")
    p.cell(0, 7, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2000, 9800)}, Spokane WA 992{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  |  Fax 1-877-555-{digits(rng, 4)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def clean_eob(rng):
    kid, sub = baby(rng), person(rng)[0]
    mid, grp, pc = member_no(rng), group_no(rng), plan_code(rng)
    nd = dt.date(2026, 4, rng.randint(8, 20))
    a, b = month_span(rng, 3)
    v1, v2 = dt.date(2026, 2, rng.randint(9, 26)), dt.date(2026, 3, rng.randint(2, 12))
    gi_doc = person(rng)[0]
    claims = [(f"26{digits(rng, 9)}", fdate(v1, "slash"), gi_doc, "Office visit, new patient (99204)",
               amount(rng, 260, 420)),
              (f"26{digits(rng, 9)}", fdate(v2, "slash"), LAB, "Food allergen IgE panel (86003 x6)",
               amount(rng, 180, 340)),
              (f"26{digits(rng, 9)}", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", SUPPLIER,
               "Enteral formula B4161, 1,260 units", amount(rng, 1650, 2600))]
    deny = 2
    rows = []
    for i, (cn, dates, rend, svc, ch) in enumerate(claims):
        if i == deny:
            rows.append([cn, dates, rend, svc, money(ch, "nosign"), "0.00", "0.00", money(ch, "nosign"), "N-44"])
        else:
            al = round(ch * 0.68, 2)
            you = round(al * 0.2, 2)
            rows.append([cn, dates, rend, svc, money(ch, "nosign"), money(al, "nosign"), money(al - you, "nosign"),
                         money(you, "nosign"), "A-10"])
    tot = sum(c[4] for c in claims)
    rows.append(["", "", "", "Totals", money(tot, "nosign"), "", "", "", ""])
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Claims")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.grid([[("Statement date", fdate(nd, "long")), ("Subscriber", sub), ("Subscriber No.", mid),
             ("Patient", kid)],
            [("Employer group", grp), ("Plan code", pc), ("Plan year", "01/01/2026 - 12/31/2026"),
             ("Patient date of birth", fdate(dt.date(2025, rng.randint(6, 11), rng.randint(1, 28)), "slash"))]],
           size=8.6)
    p.table(["Claim #", "From - Thru", "Rendering", "Service", "Submitted charges", "Plan allowed", "Plan paid",
             "Your share", "Note"], rows, [26, 40, 51, 52, 20, 17, 16, 17, 10], size=7.8, bold_last=True,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**Notes.** A-10 Paid under your medical benefit after your 20% coinsurance. N-44 Amino acid-based infant "
           "formula is covered only under your pharmacy benefit when a network pharmacy fills it. It is not covered "
           "when a medical equipment supplier bills it under the medical benefit. Your supplier may not bill you for "
           "more than its charge. Ask the prescriber to send the prescription to a network pharmacy.", 8.6)
    p.para("**Your right to appeal.** You may appeal within 180 days of the date of this statement. Example: on a "
           "$100.00 allowed amount, 20% coinsurance is $20.00. Questions: call the number above.", 8.6)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=pc, group=grp, member_id=mid, member_name=kid,
              cases=[claims[deny][0]], claim_amount=m2(claims[deny][4]), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=["out_of_network", "other"], alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_grid(rng):
    kid = baby(rng)
    mid, grp, pc = member_no(rng), group_no(rng), plan_code(rng)
    nd = dt.date(2026, 2, rng.randint(9, 19))
    start, stop = plus(nd, 3), plus(nd, 182)
    ref = f"UM-{digits(rng, 4)}-{digits(rng, 5)}"
    doc = person(rng)[0]
    fax = f"FROM: WRENFIELD UM  1-877-555-{digits(rng, 4)}   {fdate(nd, 'slash')} 16:{rng.randint(10, 59)}   P. {{n}}"
    p = DMSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION - PRE-SERVICE", 11, "B")
    p.ln(1)
    p.grid([[("Reference #", ref), ("Notice issued", fdate(nd, "dash"))],
            [("Member", kid), ("Certificate #", mid)],
            [("Plan code", pc), ("Employer group", grp)],
            [("Requesting supplier", SUPPLIER), ("Ordering physician", doc)],
            [("Requested item", "Aminelle Infant formula (B4161)"),
             ("Requested dates", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")],
            [("Date of birth", fdate(dt.date(2025, rng.randint(7, 11), rng.randint(1, 28)), "slash")),
             ("Request received", fdate(plus(nd, -rng.randint(3, 6)), "slash"))]], size=9)
    p.para("**Decision: not approved.** We reviewed the request using our medical policy for specialized infant "
           "formulas. An amino acid-based formula is covered when the records show cow's milk protein allergy and "
           "a two-week trial of an extensively hydrolyzed formula that failed. The records sent to us do not show a "
           "trial of an extensively hydrolyzed formula. The criteria are not met.", 9.2)
    p.para("A pediatrician reviewed this request. Your doctor may call 1-877-555-" + digits(rng, 4) +
           " to talk with the reviewer.", 9.2)
    p.para("**Appeal.** You may appeal within 180 days of the date of this notice. If waiting would seriously harm "
           "your child's health, ask for an expedited appeal; we decide those within 72 hours. After our final "
           "decision you may ask for an external review within 4 months.", 9.2)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, plan_id=pc, group=grp, member_id=mid,
              member_name=kid, cases=[ref], service_dates=[span(start, stop)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [doc], "service_dates": [[span(start)]]})
    return out(p), t


def phone_spanish(rng):
    kid, parent = baby(rng), person(rng)[0]
    mid, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 5, rng.randint(5, 15))
    a, b = month_span(rng, 4)
    billed = amount(rng, 1500, 2500)
    ref = f"26{digits(rng, 9)}"
    p = DMSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DENEGACIÓN DE RECLAMO", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Paciente", kid), ("Número de certificado", mid),
             ("Grupo del empleador", grp), ("Número de referencia", ref),
             ("Fechas de servicio", f"{fdate(a, 'long', 'es')} - {fdate(b, 'long', 'es')}"),
             ("Suministrador", SUPPLIER), ("Cargos facturados", money(billed))], label_w=52, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"Revisamos el reclamo de {SUPPLIER} por la fórmula Aminelle Infant a base de aminoácidos para {kid}. "
           "Nuestra política cubre esta fórmula cuando los expedientes muestran alergia a la proteína de la leche de "
           "vaca y una prueba fallida de dos semanas con una fórmula extensamente hidrolizada. Los expedientes no "
           "muestran esa prueba. No se cumplen los criterios y el reclamo fue denegado.", 9.8)
    p.para("**Si no está de acuerdo.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si la "
           "espera pone en grave peligro la salud de su bebé, pida una apelación acelerada (72 horas). También puede "
           "pedir una revisión externa dentro de 4 meses después de nuestra decisión final.", 9.8)
    p.para("Departamento de Reclamos, " + PLAN, 9.8)
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=grp, member_id=mid, member_name=kid,
              cases=[ref], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    kid, parent = baby(rng), person(rng)[0]
    mid = member_no(rng)
    sd = dt.date(2026, 5, rng.randint(18, 27))
    months = [month_span(rng, m) for m in (2, 3, 4)]
    deny = 1
    p = DMSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, SUPPLIER, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"Home medical equipment and enteral nutrition  |  Dayton OH 454{rng.randint(10, 99)}  |  "
                 f"937-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)
    p.line("PATIENT STATEMENT", 11, "B")
    acct = f"BW{digits(rng, 6)}"
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Guarantor", parent), ("Patient", kid),
             ("Account", acct), ("Insurance", PLAN), ("Member ID", mid)], label_w=36, size=9.2)
    p.ln(3)
    rows, ch = [], []
    for i, (a, b) in enumerate(months):
        c = amount(rng, 1600, 2500)
        ch.append(c)
        if i == deny:
            rows.append([f"{fdate(a, 'slash')}-{fdate(b, 'slash')}", "B4161 x1260", money(c), "Denied", money(c)])
        else:
            rows.append([f"{fdate(a, 'slash')}-{fdate(b, 'slash')}", "B4161 x1260", money(c), money(c * 0.8),
                         money(c - round(c * 0.8, 2))])
    bal = ch[deny] + sum(ch[i] - round(ch[i] * 0.8, 2) for i in range(3) if i != deny)
    rows.append(["", "Balance due", "", "", money(bal)])
    p.table(["Shipment period", "Item", "Charge", "Insurance paid", "Your balance"], rows, [52, 34, 28, 30, 30],
            size=8.8, bold_last=True)
    p.para(f"{PLAN} denied the shipment for {fdate(months[deny][0], 'long')} through "
           f"{fdate(months[deny][1], 'long')}: the plan told us that this formula is covered only when a network "
           "pharmacy fills it. We have moved that charge to your balance. If you want to fill future months at a "
           f"pharmacy, we can send the prescription to {PHARM}.", 9.2)
    p.para("Please pay by the 25th of next month or call us to set up a payment plan.", 9.2)
    t = truth("other", None, insurer=PLAN, member_id=mid, member_name=kid, claim_amount=m2(ch[deny]),
              service_dates=[span(*months[deny])], denial_date=sd.isoformat(), provider=SUPPLIER,
              unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(a, b) for a, b in months]]})
    return out(p), t


def lowres_no_labels(rng):
    kid = baby(rng)
    mid, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    a, b = month_span(rng, 2)
    billed = amount(rng, 1500, 2500)
    cn = f"26{digits(rng, 9)}"
    prev = f"25{digits(rng, 9)}"
    p = DMSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "Provider Services")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [SUPPLIER, "Billing Department", f"{rng.randint(100, 9800)} Harbor View Dr",
               f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(4)
    p.para("Dear Billing Department:", 10)
    p.para(f"We have denied your claim {cn} for Aminelle Infant amino acid-based formula that you supplied to our "
           f"member {kid} from {fdate(a, 'long')} through {fdate(b, 'long')}. You billed {money(billed)} under "
           f"the member's medical benefit. The member's identification number is {mid} and the employer group "
           f"is {grp}.", 10)
    p.para(f"Under the member's plan, amino acid-based infant formula is a pharmacy benefit. It is covered only "
           "when a network pharmacy dispenses it and bills it through our pharmacy benefit. It is not covered as "
           "durable medical equipment or as a medical supply, even when a physician orders it. We paid your claim "
           f"{prev} for a breast pump for this member last year; that claim is not affected.", 10)
    p.para("You may not bill the member for this denied claim unless the member agreed in writing, before you "
           "supplied the formula, to pay for it. If you disagree, you may ask for a provider reconsideration within "
           "90 days of the date of this letter.", 10)
    p.para(f"Sincerely,\n\nProvider Services\n{PLAN}", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=mid, member_name=kid, cases=[cn],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["out_of_network", "other"],
              alternates={"insurer": ALT_INS})
    return out(p), t


def bd_sidebar(rng):
    kid, parent = baby(rng), person(rng)[0]
    mid, grp = member_no(rng), group_no(rng)
    nd = dt.date(2026, 6, rng.randint(2, 12))
    a, b = month_span(rng, 3)
    billed = amount(rng, 1500, 2500)
    trk = f"AP{digits(rng, 8)}"
    cn = f"26{digits(rng, 9)}"
    first = plus(a, rng.randint(30, 45))
    p = DMSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    y0 = p.get_y()
    sx, sw = 128, 70
    p.sidebar([("Tracking ID", trk), ("Claim", cn), ("Notice issued", fdate(nd, "upper")), ("Enrollee", kid),
               ("Enrollee identifier", mid), ("Employer group", grp),
               ("Dates of care", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Amount charged", money(billed)),
               ("Treating supplier", SUPPLIER), ("Appeals fax", f"1-877-555-{digits(rng, 4)}")],
              sx, y0, sw, "Appeal summary", size=8.4)
    p.set_y(y0)
    cw = sx - p.l_margin - 6
    for ln in [parent, f"{rng.randint(100, 9800)} Juniper Ln", f"Bangor ME 044{rng.randint(10, 99)}"]:
        p.set_x(p.l_margin)
        p.cell(cw, 4.6, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(5)
    p.col_para("**Appeal decision: denial upheld**", cw, 10.5)
    p.col_para(f"Dear {parent}:", cw)
    p.col_para(f"You appealed our denial of the formula that {SUPPLIER} supplied for your baby. We first told you "
               f"about this denial in our letter of {fdate(first, 'long')}.", cw)
    p.col_para("A board-certified pediatric allergist who was not part of the first decision reviewed the appeal. "
               "Our medical policy covers an amino acid-based formula when the records show cow's milk protein "
               "allergy and a failed two-week trial of an extensively hydrolyzed formula. The records you sent "
               "show that your baby's symptoms improved on an extensively hydrolyzed formula. The amino acid "
               "formula is not medically necessary, so we are upholding the denial.", cw)
    p.col_para("**What you can do next.** You may ask for a second-level appeal within 60 days of the date of this "
               "letter. You may also ask for an external review by an independent review organization within "
               "4 months of the date of this letter.", cw)
    p.col_para("Appeals and Grievances Department", cw)
    p.set_y(max(p.get_y(), 215))
    for tg in RIGHTS_TAGS:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "medical_necessity", insurer=PLAN, group=grp, member_id=mid, member_name=kid,
              cases=[trk, cn], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "case_numbers": [[trk], [cn]]})
    return out(p), t


def photocopy_stack(rng):
    kid, parent = baby(rng), person(rng)[0]
    mid, grp, pc = member_no(rng), group_no(rng), plan_code(rng)
    ad = dt.date(2026, 4, rng.randint(6, 15))
    start, stop = plus(ad, 1), dt.date(2026, 12, 31)
    auth = f"RX-PA-{digits(rng, 7)}"
    p = DMSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Pharmacy Services")
    p.line(f"Date: {fdate(ad, 'long')}", 9.5)
    p.ln(2)
    p.line(parent, 9.5)
    p.ln(2)
    p.line("YOUR PHARMACY COVERAGE REQUEST IS APPROVED", 11.5, "B")
    p.pairs([("Member", kid), ("Member ID", mid), ("Plan code", pc), ("Approval #", auth),
             ("Drug / product", "Aminelle Infant powder, 400 g cans"), ("Fill at", f"{PHARM} or any network pharmacy"),
             ("Approved", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")], label_w=36, size=9.4)
    p.ln(2)
    p.para("Good news: we approved the formula under your pharmacy benefit. Your pharmacy copay applies to each "
           "fill. This approval does not cover the formula when a medical equipment supplier bills it.", 9.6)
    p.para("Pharmacy Services", 9.6)
    doc1 = (out(p), truth("other", None, insurer=PLAN, plan_id=pc, member_id=mid, member_name=kid, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=PHARM,
                          alternates={"insurer": ALT_INS, "service_dates": [[span(start)], []], "provider": [None],
                                      "case_numbers": [[]]}))
    nd = dt.date(2026, 5, rng.randint(11, 22))
    a, b = month_span(rng, 4)
    billed = amount(rng, 1500, 2500)
    cn = f"26{digits(rng, 9)}"
    q = DMSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.line("CLAIM DENIAL NOTICE", 11.5, "B")
    q.pairs([("Mailed on", fdate(nd, "slash")), ("Patient", kid), ("Member ID", mid), ("Employer group", grp),
             ("Document control number", cn), ("Billed by", SUPPLIER),
             ("Service period", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Amount billed", money(billed))],
            label_w=52, size=9.4)
    q.ln(2)
    q.para(f"{SUPPLIER} billed us for Aminelle Infant formula for the service period above. This formula is covered "
           f"only under your pharmacy benefit when a network pharmacy fills it. You already have a pharmacy approval "
           f"({auth}); please use it at {PHARM} or another network pharmacy. We denied the supplier's claim.", 9.6)
    q.para("You may appeal within 180 days of the date of this notice. Call 1-877-555-" + digits(rng, 4) + ".", 9.6)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, group=grp, member_id=mid, member_name=kid,
                          cases=[cn], claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(),
                          provider=SUPPLIER, appeal_deadline=plus(nd, 180).isoformat(),
                          denial_alternates=["out_of_network", "other"], alternates={"insurer": ALT_INS}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_landscape_eob_three_claims_formula_denied", "scan_clean_300", [clean_eob(rng)]),
        Item(F + "faxstd_grid_prior_auth_criteria_not_met", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "phone_spanish_claim_criteria_not_met", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_supplier_statement_three_shipments_one_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_letter_to_supplier_pharmacy_only", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "bd_sidebar_appeal_upheld_medical_necessity", "born_digital", [bd_sidebar(rng)]),
        Item(F + "photocopy_stack_pharmacy_approval_duplex_then_dme_denial_upside_down", "photocopy",
             photocopy_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
