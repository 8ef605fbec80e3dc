"""An invented commercial plan (Tamarack Basin Health Plan) denying a portable oxygen concentrator (HCPCS E1392)
for members on home oxygen: the plan covers a stationary concentrator (E1390) with portable gaseous cylinders
(E0431 and contents E0443) and treats the portable concentrator as an upgrade for convenience, not medically
necessary at the member's flow rate and time away from home. With the oxygen supplier's statement. The HCPCS codes
appear as themselves; the plan, its rules and time limits, the supplier, the physician, people and numbers are
invented.

Documents (8 in 7 files):
- clean_sidebar_member_request_denied_respond_by: pre-service denial to the member, two columns with the facts in
  an unboxed right-hand column ("Subscriber No.", "Employer group", "Plan code", "Tracking ID", "Mailed on",
  "Respond by"), the earlier stationary concentrator approval and an example rental amount as decoys.
- faxstd_provider_remittance_four_claims_poc_line_denied: the supplier's remittance as a standard fax, captioned
  boxes over a ruled table of four claims ("Submitted charges", "From - Thru"), the E1392 claim denied; check
  number, NPI, tax ID as decoys.
- phone_spanish_member_claim_denied_convenience_item: Spanish denial to the member of the POC rental claim as a
  convenience upgrade not covered ("Número de certificado", "Grupo patronal").
- rotated_landscape_supplier_statement_upgrade_balance: the supplier's statement on a landscape page, five rental
  rows, the POC row denied by the plan and billed to the patient under a signed upgrade agreement (denies nothing).
- lowres_no_labels_appeal_upheld: a first-level appeal decision upholding the denial, a letter with no labels at
  all (every fact in sentences); second-level appeal + 60 days, external review 4 months as a decoy.
- finefax_grid_supplier_claim_no_prior_approval: notice to the supplier, facts in a grid of label/value boxes two
  wide ("Document control number", "Amount charged", "Dates of care", "Notice issued"), no prior approval on file.
- photocopy_stack_tank_approval_duplex_then_reconsideration_upside_down: an approval of portable cylinders (denies
  nothing) with its duplex blank back, then the supplier's reconsideration upheld, fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "home_oxygen_portable_concentrator_upgrade_denial"
LANG = "en"
SEED = 352205
INS = "Tamarack Basin Health Plan"
SUP = "Windrose Respiratory Supply"
DOC = "Ottoline V. Branscombe"
PLAN_CODE = "TB-PPO-2600"


def sub_no(rng):
    return f"TBX{digits(rng, 9)}-01"


def group_no(rng):
    return f"40-{digits(rng, 6)}"


def _head(p: DLSheet, rng, unit: str):
    p.f(14, "B")
    p.cell(0, 6.5, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(7.6)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(4100, 9800)}, Missoula MT 59806  |  Phone 1-888-555-"
                 f"{digits(rng, 4)}  |  Fax 1-888-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def clean_sidebar(rng):
    mem = person(rng)[0]
    sid, grp = sub_no(rng), group_no(rng)
    nd = dt.date(2026, 2, rng.randint(9, 19))
    start = plus(nd, rng.randint(6, 12))
    prior = dt.date(2026, 1, rng.randint(5, 14))
    trk = f"UM26-{digits(rng, 6)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Helena MT 596{rng.randint(10, 40)}"]:
        p.line(ln, 9.5)
    p.ln(4)
    p.line("We cannot approve the portable oxygen concentrator", 12, "B")
    p.ln(2)
    paras = [
        f"Dear {mem}:",
        f"{SUP} asked us to approve a portable oxygen concentrator (E1392) for you, ordered by Dr. {DOC}. We "
        "reviewed the request and the records your doctor sent. We cannot approve it.",
        "Why: your records show you use oxygen at 2 liters per minute, at rest and with activity, and that you "
        "leave home a few hours a week. Portable oxygen cylinders (E0431, with contents E0443) meet that need. "
        "A portable concentrator is covered only when cylinders cannot meet it, for example with frequent travel "
        "or long daily time away from home. Because cylinders meet your need, the concentrator is an upgrade and "
        "is not medically necessary under your plan.",
        f"Your stationary concentrator (E1390), which we approved on {fdate(prior, 'slash')}, is not affected. We "
        "have approved portable cylinders in its place.",
        "If you choose the concentrator anyway, the supplier may ask you to sign an upgrade agreement. Example: if "
        "the concentrator rents for $250.00 a month and cylinders for $60.00, you would pay the $190.00 "
        "difference.",
    ]
    facts = [("Member", mem), ("Subscriber No.", sid), ("Employer group", grp), ("Plan code", PLAN_CODE),
             ("Tracking ID", trk), ("Mailed on", fdate(nd, "abbr")), ("Ordering physician", f"Dr. {DOC}"),
             ("Supplier", SUP), ("Requested start", fdate(start, "abbr")),
             ("Respond by", fdate(plus(nd, 180), "abbr"))]
    p.side_facts(paras, facts, col_w=50, size=9.2, fsize=8.4)
    p.para("**Your right to appeal.** Send us your appeal in writing so we receive it by the \"Respond by\" date "
           "at right. If waiting could seriously harm your health, call us for an urgent appeal; we decide those "
           "within 72 hours. After our appeal decision you may ask for an independent external review within 4 "
           "months.", 8.6)
    p.para("Sincerely,\nUtilization Management, Tamarack Basin Health Plan", 9)
    p.add_page()
    p.boilerplate(INS, f"1-888-555-{digits(rng, 4)}")
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_CODE, group=grp, member_id=sid,
              member_name=mem, cases=[trk], service_dates=[span(start)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": [DOC], "service_dates": [[]], "plan_id": [None]},
              denial_alternates=["not_covered"])
    return out(p), t


def _month(y, m):
    a = dt.date(y, m, 1)
    b = (dt.date(y, m + 1, 1) if m < 12 else dt.date(y + 1, 1, 1)) - dt.timedelta(days=1)
    return a, b


def faxstd_remit(rng):
    mem = person(rng)[0]
    sid = sub_no(rng)
    rd = dt.date(2026, 4, rng.randint(7, 17))
    a, b = _month(2026, 3)
    lines = [("E1390", "Stationary concentrator, rental"), ("E0431", "Portable gaseous system, rental"),
             ("E0443", "Portable contents, gaseous"), ("E1392", "Portable concentrator, rental")]
    deny = 3
    rows, data = [], []
    for i, (code, desc) in enumerate(lines):
        c = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
        ch = amount(rng, 40, 90) if i else amount(rng, 180, 240)
        if i == deny:
            ch = amount(rng, 260, 340)
        data.append((c, ch))
        allowed = 0 if i == deny else round(ch * 0.78, 2)
        rows.append([c, f"{fdate(a, 'short')} - {fdate(b, 'short')}", code, desc, money(ch, "nosign"),
                     money(allowed, "nosign"), money(round(allowed * 0.8, 2), "nosign"), "N14" if i == deny else ""])
    fax = (f"{rd.strftime('%m/%d/%Y')} 16:{rng.randint(10, 59)}  TAMARACK BASIN CLAIMS  1-888-555-{digits(rng, 4)}"
           f"  ->  WINDROSE RESP  406-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("PROVIDER REMITTANCE ADVICE", 10, "B")
    p.ln(1)
    p.capgrid([
        [("Remittance date", fdate(rd, "slash"), 34), ("Payee", SUP, 62), ("Payee NPI", digits(rng, 10), 34),
         ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}", 30), ("EFT trace", digits(rng, 9), 32)],
        [("Patient", mem, 50), ("Subscriber No.", sid, 44), ("Rendering", SUP, 62),
         ("Ordering", f"Dr. {DOC}", 36)],
    ], cap=5.8, val=7.8)
    p.ln(1)
    p.table(["Claim", "From - Thru", "HCPCS", "Description", "Submitted charges", "Allowed", "Paid", "Note"],
            rows, [32, 30, 14, 48, 20, 18, 16, 12], size=7.6, aligns=["L", "L", "L", "L", "R", "R", "R", "C"])
    total_paid = sum(round(round(ch * 0.78, 2) * 0.8, 2) for i, (_, ch) in enumerate(data) if i != deny)
    p.f(7.8, "B")
    p.cell(0, 4.5, f"Total paid this remittance: {money(total_paid)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para("N14  Portable oxygen concentrator not medically necessary: the member's flow rate and time away from "
           "home are met by portable gaseous cylinders (E0431/E0443), which were paid. The concentrator is an "
           "upgrade; bill the member only with a signed upgrade agreement on file.", 7.6)
    p.add_page()
    p.band("RECONSIDERATION", 7.8)
    p.para("To ask us to reconsider a denied claim, send a written request within 90 days of the date of this "
           "remittance with the physician's order and oxygen testing results. Corrected claims are accepted within "
           f"365 days of the date of service. Provider services 1-888-555-{digits(rng, 4)}.", 7.6)
    c, ch = data[deny]
    t = truth("eob", "medical_necessity", insurer=INS, member_id=sid, member_name=mem, cases=[c], claim_amount=m2(ch),
              service_dates=[span(a, b)], denial_date=rd.isoformat(), provider=SUP,
              appeal_deadline=plus(rd, 90).isoformat(), denial_alternates=["not_covered"])
    return out(p), t


def phone_spanish(rng):
    mem = person(rng)[0]
    sid, grp = sub_no(rng), group_no(rng)
    nd = dt.date(2026, 5, rng.randint(4, 14))
    a, b = _month(2026, 4)
    billed = amount(rng, 260, 340)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios al Miembro")
    p.line("AVISO DE DENEGACIÓN DE RECLAMACIÓN", 12, "B")
    p.ln(2)
    p.pairs([("Fecha de envío", fdate(nd, "long", "es")), ("Paciente", mem), ("Número de certificado", sid),
             ("Grupo patronal", grp), ("Reclamación", claim), ("Suplidor", SUP),
             ("Período de alquiler", f"del {fdate(a, 'long', 'es')} al {fdate(b, 'long', 'es')}"),
             ("Cargos presentados", money(billed))], label_w=50, size=9.3)
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.6)
    p.para(f"No podemos pagar el alquiler del concentrador de oxígeno portátil (E1392) que {SUP} le facturó. Su "
           "plan cubre el oxígeno portátil en cilindros (E0431). El concentrador portátil es una mejora por "
           "conveniencia y su plan excluye los artículos de conveniencia. Los cilindros siguen cubiertos.", 9.6)
    p.para("**Si no está de acuerdo.** Puede apelar por escrito dentro de 180 días a partir de la fecha de esta "
           "carta. Si su salud corre peligro, pida una apelación urgente (72 horas). Luego puede pedir una "
           "revisión externa independiente dentro de 4 meses.", 9.4)
    p.para("Servicios al Miembro, Tamarack Basin Health Plan", 9.4)
    p.ln(2)
    for t_ in TAGLINES[:3]:
        p.para(t_, 7.2, gap=0.4)
    t = truth("denial_letter", "not_covered", insurer=INS, group=grp, member_id=sid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(a, b)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", denial_alternates=["medical_necessity"])
    return out(p), t


def rotated_statement(rng):
    mem = person(rng)[0]
    sid = sub_no(rng)
    sd = dt.date(2026, 5, rng.randint(18, 28))
    acct = f"WR-{digits(rng, 7)}"
    items = [(1, "E1390", "Stationary concentrator rental"), (2, "E1390", "Stationary concentrator rental"),
             (3, "E1390", "Stationary concentrator rental"), (3, "E0431", "Portable cylinder system rental"),
             (3, "E1392", "Portable concentrator rental (upgrade)")]
    deny = 4
    rows, data = [], []
    for i, (m, code, desc) in enumerate(items):
        a, b = _month(2026, m)
        ch = amount(rng, 190, 240) if code == "E1390" else (amount(rng, 50, 80) if code == "E0431"
                                                            else amount(rng, 260, 330))
        data.append((a, b, ch))
        if i == deny:
            rows.append([f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", code, desc, money(ch), "Denied (upgrade)",
                         "$0.00", money(ch)])
        else:
            pd = round(ch * 0.62, 2)
            rows.append([f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", code, desc, money(ch), "Paid", money(pd),
                         "$0.00"])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page(orientation="L")
    p.f(15, "B")
    p.cell(0, 7, SUP, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Home oxygen and respiratory equipment  |  2210 Railroad St, Bozeman MT 59715  |  406-555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Account #:", acct), ("Patient:", mem),
                   ("Insurance:", INS), ("Member No.:", sid)], w=120, size=8.8, y=p.get_y() - 10)
    p.ln(6)
    p.table(["Rental period", "HCPCS", "Item", "Charge", "Insurance", "Insurance paid", "Your balance"], rows,
            [52, 18, 70, 26, 36, 30, 30], size=8.4, aligns=["L", "L", "L", "R", "L", "R", "R"])
    p.para(f"Your plan paid the stationary concentrator and the portable cylinder system. It denied the portable "
           f"concentrator for March as an upgrade. You signed our upgrade agreement on "
           f"{fdate(dt.date(2026, 2, 26), 'slash')}, so that month's charge is now your balance: "
           f"{money(data[deny][2])}. Payment is due within 30 days; call us to set up a payment plan.", 8.8)
    a, b, ch = data[deny]
    t = truth("other", None, insurer=INS, member_id=sid, member_name=mem, claim_amount=m2(ch),
              service_dates=[span(a, b)], denial_date=sd.isoformat(), provider=SUP, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[]]})
    return out(p), t


def lowres_no_labels(rng):
    mem = person(rng)[0]
    sid = sub_no(rng)
    nd = dt.date(2026, 4, rng.randint(20, 29))
    first = dt.date(2026, 2, 10)
    start = dt.date(2026, 2, rng.randint(16, 24))
    apl = f"APL-26-{digits(rng, 6)}"
    p = DLSheet(footer=None)
    p.set_margins(24, 18, 24)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(nd, "long"), 10)
    for ln in [mem, f"{rng.randint(100, 9800)} Juniper Ln", f"Great Falls MT 594{rng.randint(10, 99)}"]:
        p.line(ln, 10)
    p.ln(5)
    p.para(f"Dear {mem}:", 10)
    p.para(f"Thank you for your appeal, which we logged as {apl}. You asked us to change our letter of "
           f"{fdate(first, 'long')}, in which we did not approve the portable oxygen concentrator that "
           f"{SUP} asked to start delivering to you on {fdate(start, 'long')}. Your member number with us is "
           f"{sid}.", 10)
    p.para(f"A pulmonologist who took no part in the first decision reviewed your appeal, the letter from Dr. {DOC} "
           "and your six-minute walk test. The test shows that you keep your oxygen level at 2 liters per minute "
           "with the portable cylinders you already have. We are upholding our decision: the portable concentrator "
           "is not medically necessary for you.", 10)
    p.para("If you still disagree, you may ask for a second-level appeal within 60 days of the date of this "
           "letter. You also have the right to ask for an independent external review within 4 months of the date "
           "of this letter; you do not have to file the second-level appeal first. Call us at 1-888-555-"
           f"{digits(rng, 4)} if you have questions.", 10)
    p.para("Sincerely,\nAppeals and Grievances, Tamarack Basin Health Plan", 10)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=sid, member_name=mem, cases=[apl],
              service_dates=[span(start)], denial_date=nd.isoformat(), provider=SUP,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def finefax_grid(rng):
    mem = person(rng)[0]
    sid, grp = sub_no(rng), group_no(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    a, b = _month(2026, 2)
    billed = amount(rng, 260, 340)
    dcn = f"{digits(rng, 5)}-{digits(rng, 6)}-01"
    prev = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("NOTICE OF CLAIM DETERMINATION", 11, "B")
    p.ln(2)
    w = (p.w - p.l_margin - p.r_margin) / 2
    for pair in [[("Notice issued", fdate(nd, "long"), w), ("Document control number", dcn, w)],
                 [("Rendering", SUP, w), ("Ordering", f"Dr. {DOC}", w)],
                 [("Patient", mem, w), ("Subscriber No.", sid, w)],
                 [("Employer group", grp, w), ("Plan code", PLAN_CODE, w)],
                 [("Dates of care", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}", w),
                  ("Amount charged", money(billed), w)],
                 [("Item", "E1392 Portable oxygen concentrator, rental", w),
                  ("Related claim (paid)", f"{prev}  E1390", w)]]:
        p.nboxes(pair, h=12, cap=6.2, val=9)
    p.ln(4)
    p.para("**Determination: denied, $0.00 payable.** The portable oxygen concentrator requires prior approval "
           "under the member's plan. No prior approval was on file for these dates of care. The stationary "
           "concentrator on the related claim was approved and paid and is not affected.", 9)
    p.para("The member may not be billed for this item unless the member signed an upgrade agreement before "
           "delivery.", 9)
    p.para("You may ask for a reconsideration within 60 days of the notice issued date. Requests for retro "
           f"approval must include the oxygen order and testing. Fax 1-888-555-{digits(rng, 4)}.", 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, plan_id=PLAN_CODE, group=grp, member_id=sid,
              member_name=mem, cases=[dcn], claim_amount=m2(billed), service_dates=[span(a, b)],
              denial_date=nd.isoformat(), provider=SUP, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"plan_id": [None]})
    return out(p), t


def photocopy_stack(rng):
    mem = person(rng)[0]
    sid = sub_no(rng)
    ad = dt.date(2026, 2, rng.randint(12, 20))
    start = plus(ad, 2)
    stop = dt.date(2026, 12, 31)
    auth = f"UM26-{digits(rng, 6)}"
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.line(fdate(ad, "long"), 9.5)
    p.ln(2)
    p.line(mem, 9.5)
    p.ln(2)
    p.line("Approval of portable oxygen", 12, "B")
    p.ln(1)
    p.pairs([("Reference #", auth), ("Member No.", sid), ("Approved items", "E0431 portable cylinder system; "
                                                                          "E0443 contents"),
             ("Supplier", SUP), ("Approved through", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")],
            label_w=38, size=9.3)
    p.ln(2)
    p.para(f"We approved portable oxygen cylinders for you, supplied by {SUP}. The portable concentrator that "
           "was also asked for was not approved; we sent you a separate letter about it.", 9.5)
    p.para("Utilization Management, Tamarack Basin Health Plan", 9.5)
    doc1 = (out(p), truth("other", None, insurer=INS, member_id=sid, member_name=mem, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=SUP,
                          alternates={"service_dates": [[span(start)], []]}))
    rd = dt.date(2026, 5, rng.randint(11, 21))
    a, b = _month(2026, 3)
    billed = amount(rng, 260, 340)
    claim = f"26-{digits(rng, 4)}-{digits(rng, 5)}"
    rec = f"RC-{digits(rng, 7)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Provider Reconsiderations")
    q.line(f"Decision date: {fdate(rd, 'dash')}", 9.5)
    q.ln(2)
    for ln in [SUP, "Attn: Billing", "2210 Railroad St", "Bozeman MT 59715"]:
        q.line(ln, 9.5)
    q.ln(3)
    q.line("RECONSIDERATION DECISION - DENIAL UPHELD", 11.5, "B")
    q.ln(1)
    q.boxed_pairs([("Our file", rec), ("Claim", claim), ("Patient", mem), ("Member No.", sid),
                   ("From - Thru", f"{fdate(a, 'slash')} - {fdate(b, 'slash')}"), ("Item", "E1392"),
                   ("Submitted charges", money(billed))], label_w=50, size=9)
    q.para("You asked us to reconsider the denial of the portable oxygen concentrator rental. The records show the "
           "member's need is met by the portable cylinders we approved. The concentrator is not medically "
           "necessary and the denial is upheld.", 9.3)
    q.para("This ends the provider reconsideration process. You may ask for a provider arbitration within 90 days of "
           "the date of this decision under your participation agreement.", 9.3)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=sid, member_name=mem,
                          cases=[rec, claim], claim_amount=m2(billed), service_dates=[span(a, b)],
                          denial_date=rd.isoformat(), provider=SUP, appeal_deadline=plus(rd, 90).isoformat(),
                          alternates={"case_numbers": [[rec], [claim]], "appeal_deadline": [None]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "clean_sidebar_member_request_denied_respond_by", "scan_clean_300", [clean_sidebar(rng)]),
        Item(F + "faxstd_provider_remittance_four_claims_poc_line_denied", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "phone_spanish_member_claim_denied_convenience_item", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_landscape_supplier_statement_upgrade_balance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_appeal_upheld", "scan_lowres_150", [lowres_no_labels(rng)]),
        Item(F + "finefax_grid_supplier_claim_no_prior_approval", "fax_fine_g4", [finefax_grid(rng)]),
        Item(F + "photocopy_stack_tank_approval_duplex_then_reconsideration_upside_down", "photocopy",
             photocopy_stack(rng), separators=["duplex", None], turns={(1, 0): 180}),
    ]
