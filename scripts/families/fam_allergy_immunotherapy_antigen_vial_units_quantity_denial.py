"""An invented commercial plan (Quarry Lake Health Plan) limiting allergen immunotherapy antigen preparation (CPT
95165, billed per dose / unit) to 150 units per plan year: EOBs, a provider claim notice, a member letter, a
Spanish denial, a post-payment audit recoupment letter and an upheld appeal, with the allergy practice's statement
and the allergist's exception request. CPT codes appear as themselves; the plan, its limit, the practice, every
person and number is invented.

Documents (8 in 7 files):
- scan300_member_eob_table_one_95165_row_denied: member EOB, five claims in a ruled table, the 95165 row "QL7"
  over the yearly unit limit denied, the others paid; subscriber, plan year, an example amount, dashed group
  number, nondiscrimination notice and taglines as decoys.
- faxstd_capbox_provider_notice_member_id_in_boxes: the plan's claim notice to the practice, every fact in a
  small caption over a ruled box, the member ID one character to a box (letter O and I among digits); NPI, tax
  ID, patient account and the units already paid as decoys.
- faxstd_small_member_letter_title_date_cc_practice: a member letter in 7 pt whose only date is in its title line
  ("CLAIM DECISION - APRIL 7, 2026" style), the practice only in the cc line.
- photocopy_practice_statement_one_vial_line_denied: the practice's statement, four lines, the plan paid three,
  the 95165 vial line denied and left to the patient (denies nothing).
- phone_spanish_denial_member_id_split: Spanish denial, the member ID broken over a line end.
- rotated_audit_recoupment_letter_to_practice: post-payment audit, 95165 units paid over the limit, the payment
  to be recouped; related claims listed as decoys.
- lowres_stack_allergist_request_duplex_then_upheld_appeal_turned: the allergist's exception request on the
  practice's letterhead (denies nothing), its blank back, then the upheld appeal dated only in its title line,
  fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import tiny_date
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "allergy_immunotherapy_antigen_vial_units_quantity_denial"
LANG = "en"
SEED = 352004
PLAN = "Quarry Lake Health Plan"
PRACTICE = "Lone Oak Allergy & Asthma Associates"
DOC = "Priyanka N. Solberg"
AG = ("95165", "Antigen preparation, single/multiple antigens, per dose")
INJ = ("95117", "Allergen immunotherapy, 2 or more injections")
TEST = ("95004", "Percutaneous allergy skin tests, per test")
VISIT = ("99213", "Office visit, established patient")
LIMIT = 150


def _ids(rng):
    mid = f"QL{digits(rng, 2)}O{digits(rng, 3)}I{rng.randint(0, 9)}0"
    return {"mid": mid, "grp": f"{digits(rng, 3)}-{digits(rng, 4)}-0{rng.randint(1, 9)}",
            "plan": f"Quarry Choice PPO {digits(rng, 2)}"}


def _logo(p: DLSheet, rng, dept: str):
    p.set_fill_color(60, 90, 60)
    p.rect(p.l_margin, p.get_y(), 10, 10, style="F")
    y = p.get_y()
    p.set_xy(p.l_margin + 13, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 13)
    p.f(7.5)
    box = rng.randint(1000, 9999)
    p.cell(0, 4, f"{dept}  |  PO Box {box}, Dayton OH 45401-{box:04d}  |  1-877-555-{digits(rng, 4)}  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 15)


def scan300_eob(rng):
    ids = _ids(rng)
    mem, sub = person(rng)[0], person(rng)[0]
    sd = dt.date(2026, 4, rng.randint(20, 28))
    ds = [dt.date(2026, 3, rng.randint(2, 6)), dt.date(2026, 3, rng.randint(9, 13)),
          dt.date(2026, 3, rng.randint(16, 20)), dt.date(2026, 3, rng.randint(23, 27)),
          dt.date(2026, 4, rng.randint(6, 10))]
    spec = [(INJ, "1", 40, 70), (AG, "30", 420, 560), (INJ, "1", 40, 70), (AG, "60", 840, 1100), (VISIT, "1", 110, 160)]
    deny = 3
    cl = [digits(rng, 11) for _ in ds]
    rows, tb = [], 0.0
    for i, ((code, _), u, lo, hi) in enumerate(spec):
        b = amount(rng, lo, hi)
        tb += b
        if i == deny:
            dbill = b
            rows.append([cl[i], fdate(ds[i], "slash"), code, u, money(b, "nosign"), "0.00", "0.00",
                         money(b, "nosign"), "QL7"])
        else:
            al = round(b * 0.7, 2)
            pd = round(al * 0.8, 2)
            rows.append([cl[i], fdate(ds[i], "slash"), code, u, money(b, "nosign"), money(al, "nosign"),
                         money(pd, "nosign"), money(al - pd, "nosign"), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 12, 15)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"]),
                   ("Plan year:", "01/01/2026 - 12/31/2026")], w=104, size=8.4)
    p.ln(3)
    p.para(f"Claims from {PRACTICE} for allergy care. Each line is a separate claim.", 8.8)
    p.table(["Claim", "Date", "Code", "Units", "Billed", "Allowed", "Plan paid", "You owe", "Remark"], rows,
            [27, 19, 13, 11, 18, 18, 18, 18, 14], size=7.8, aligns=["L", "L", "L", "R", "R", "R", "R", "R", "L"])
    p.para(f"QL7  Your plan covers up to {LIMIT} units (doses) of allergen extract preparation ({AG[0]}) per plan "
           f"year. {LIMIT} units were already paid this plan year, so the 60 units on claim {cl[deny]} are over the "
           "limit and are not covered.", 8.6)
    p.para("How cost sharing works: for example, if the allowed amount were $200.00, the plan would pay $160.00 "
           "and you would pay $40.00.", 8.6)
    p.para("You may appeal within 180 days of the date of this statement. Urgent appeals are decided within 72 "
           "hours. After our final decision you may ask for an external review within 4 months.", 8.6)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[deny]], claim_amount=m2(dbill), service_dates=[span(ds[deny])],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def faxstd_capbox(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, rng.randint(4, 14))
    dos = plus(nd, -rng.randint(20, 35))
    billed = amount(rng, 1100, 1500)
    claim = f"QC{digits(rng, 9)}-01"
    fax = (f"{tiny_date(nd)} 11:{rng.randint(10, 59)}  QUARRY LAKE HP  937-555-{digits(rng, 4)}  ->  LONE OAK "
           f"ALLERGY  937-555-{digits(rng, 4)}  P {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.line("PROVIDER CLAIM NOTICE - UNITS OVER PLAN YEAR LIMIT", 8.8, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("Billing provider", PRACTICE, 76),
         ("Billing NPI", digits(rng, 10), 32)],
        [("Patient", mem, 52), ("Group", ids["grp"], 34), ("Tax ID", f"31-{digits(rng, 7)}", 30),
         ("Patient account", f"LOA{digits(rng, 6)}", 36), ("Units paid YTD", f"{LIMIT}", 28)],
        [("Date of service", fdate(dos, "slash"), 32), ("CPT", AG[0], 20), ("Units", "90", 16),
         ("Billed", money(billed), 30), ("Paid", "$0.00", 24), ("Remark", "QL7", 22)],
    ], cap=5.6, val=7.6)
    p.charboxes("Member ID", ids["mid"], cap=5.6, val=8)
    p.para(f"QL7  The plan covers {LIMIT} units of {AG[0]} per plan year (01/01/2026 - 12/31/2026). {LIMIT} units "
           "were paid on earlier claims this plan year; the 90 units on this claim are denied. The member may not be "
           "billed unless the member agreed in writing, before the service, to pay for units over the limit.", 7.3)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.4)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Include the treatment plan "
           "and the mixing record for each vial. Corrected claims must be received within 180 days of the date of "
           f"service. Provider Services 1-877-555-{digits(rng, 4)}. Form QLHP-PCN-22.", 7.3)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 90).isoformat())
    return out(p), t


def faxstd_small_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 4, rng.randint(6, 16))
    dos = plus(nd, -rng.randint(14, 26))
    billed = amount(rng, 560, 760)
    claim = digits(rng, 11)
    fax = f"{tiny_date(plus(nd, 1))} 08:{rng.randint(10, 59)}  QUARRY LAKE HP MBR SVCS  PAGE {{n}}/1"
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(18, 12, 18)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.f(9, "B")
    p.cell(0, 5, f"CLAIM DECISION - {fdate(nd, 'long').upper()}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    p.f(7.2)
    for ln in [mem, f"{rng.randint(100, 9800)} Sycamore Ave", f"Dayton OH 454{rng.randint(10, 99)}", "",
               f"Member ID: {ids['mid']}    Group: {ids['grp']}    Claim: {claim}"]:
        p.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {mem}:", 7.2)
    p.para(f"We cannot pay for the 40 units of allergy extract preparation ({AG[0]}) mixed for you on "
           f"{fdate(dos, 'slash')}, billed at {money(billed)}. Your plan covers up to {LIMIT} units each plan year, "
           f"and {LIMIT} units have already been paid this plan year.", 7.2)
    p.para("Your allergy shots themselves (95117) are still covered. If your allergist needs more extract for a "
           "medical reason, the office can ask us for an exception.", 7.2)
    p.para("If you disagree, you may appeal within 180 days of the date of this letter. Urgent appeals are decided "
           "within 72 hours. You may ask for an external review within 4 months of our final decision.", 7.2)
    p.para(f"Claims Review, {PLAN}", 7.2)
    p.cc(f"cc: {PRACTICE}", 6.8)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def photocopy_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, rng.randint(18, 28))
    ds = [dt.date(2026, 4, rng.randint(1, 3)), dt.date(2026, 4, rng.randint(8, 10)),
          dt.date(2026, 4, rng.randint(15, 17)), dt.date(2026, 4, rng.randint(22, 24))]
    lines = [(INJ, "Allergy injections"), (AG, "Extract vials, 30 doses"), (INJ, "Allergy injections"),
             (VISIT, "Office visit")]
    deny = 1
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Allergy, asthma and immunology  |  Dayton OH  |  937-555-{digits(rng, 4)}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    acct = f"LOA{digits(rng, 6)}"
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=100, size=8.5)
    p.ln(4)
    rows, b, ins = [], [], []
    for i, ((code, _), desc) in enumerate(lines):
        x = amount(rng, 380, 520) if code == AG[0] else amount(rng, 45, 150)
        b.append(x)
        paid = 0.0 if i == deny else round(x * 0.56, 2)
        adj = 0.0 if i == deny else round(x * 0.3, 2)
        ins.append((paid, adj))
        bal = round(x - paid - adj, 2)
        rows.append([fdate(ds[i], "slash"), code, desc, money(x, "nosign"), money(adj, "nosign"),
                     "DENIED" if i == deny else money(paid, "nosign"), money(bal, "nosign")])
    tot_bal = round(sum(b) - sum(a + c for a, c in ins), 2)
    p.table(["Date", "CPT", "Description", "Charge", "Plan adj.", "Ins. paid", "Balance"], rows,
            [20, 14, 50, 20, 20, 20, 20], size=8.2, aligns=["L", "L", "L", "R", "R", "R", "R"])
    p.para(f"Balance due: {money(tot_bal)}", 9.5)
    p.para(f"{PLAN} did not pay for the extract vials mixed on {fdate(ds[deny], 'long')}: the plan said the doses "
           f"were over its yearly limit of {LIMIT} units. You signed our financial agreement, so this line is billed "
           "to you. We have asked the plan for an exception and will credit your account if it pays.", 8.8)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(b[deny]),
              service_dates=[span(ds[deny])], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(tot_bal), None], "service_dates": [[span(d) for d in ds]]})
    return out(p), t


def phone_spanish(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, rng.randint(4, 15))
    dos = plus(nd, -rng.randint(15, 28))
    billed = amount(rng, 600, 900)
    claim = digits(rng, 11)
    mid = ids["mid"]
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de reclamo", 12, "B")
    p.ln(2)
    p.f(9.4)
    p.cell(0, 5, f"Fecha del aviso: {fdate(nd, 'long', 'es')}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Miembro: {mem}          Número de miembro: {mid[:5]}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"{mid[5:]}          Número de reclamo: {claim}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 5, f"Fecha de servicio: {fdate(dos, 'dmy', 'es')}     Cargo facturado: {money(billed)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.para(f"Estimado(a) {mem}:", 9.8)
    p.para(f"No podemos pagar las 50 dosis de extracto para inmunoterapia ({AG[0]}) que preparó {PRACTICE} el "
           f"{fdate(dos, 'long', 'es')}. Su plan cubre hasta {LIMIT} dosis por año del plan y ya pagamos {LIMIT} "
           "dosis este año, por lo que estas no están cubiertas.", 9.8)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si "
           "esperar pone en grave riesgo su salud, pida una apelación urgente (72 horas).", 9.8)
    p.para(f"Servicios para Miembros, {PLAN}", 9.8)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=mid, member_name=mem, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=PRACTICE,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es")
    return out(p), t


def rotated_recoupment(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, rng.randint(1, 12))
    dos = dt.date(2026, 2, rng.randint(2, 25))
    billed = amount(rng, 1300, 1700)
    paid = round(billed * 0.62, 2)
    claim = digits(rng, 11)
    audit = f"PPA-26-{digits(rng, 5)}"
    rel = [digits(rng, 11), digits(rng, 11)]
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Payment Integrity")
    p.line(f"Date: {fdate(nd, 'abbr')}", 9.5)
    p.ln(2)
    for ln in [PRACTICE, "Attn: Billing Manager", f"{rng.randint(100, 9800)} W 14th St", f"Dayton OH 454{rng.randint(10, 99)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.line("POST-PAYMENT REVIEW: OVERPAYMENT NOTICE", 11, "B")
    p.ln(1)
    p.boxed_pairs([("Audit number", audit), ("Claim number", claim), ("Patient", mem), ("Member ID", ids["mid"]),
                   ("Date of service", fdate(dos, "slash")), ("CPT / units", f"{AG[0]} x 100"),
                   ("Billed", money(billed)), ("Paid in error", money(paid))], label_w=50, size=9)
    p.para(f"Our review of allergen immunotherapy claims found that claim {claim} was paid for 100 units of {AG[0]} "
           f"after the member's {LIMIT}-unit plan year limit had been reached. The units are not covered, and the "
           f"payment of {money(paid)} will be offset against future payments to your practice 45 days after the date "
           "of this letter unless you dispute it.", 9.4)
    p.para(f"Related claims reviewed and found correct: {rel[0]}, {rel[1]}.", 9.4)
    p.para("You may dispute this finding within 45 days of the date of this letter. Send the member's treatment "
           "plan and vial mixing records.", 9.4)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
              cases=[audit, claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 45).isoformat(), type_alternates=["other"],
              denial_alternates=["other"],
              alternates={"claim_amount": [m2(paid)], "case_numbers": [[audit], [claim]]})
    return out(p), t


def lowres_stack(rng):
    ids = _ids(rng)
    mem, mf, _, _ = person(rng)
    ld = dt.date(2026, 4, rng.randint(20, 29))
    dos = plus(ld, -rng.randint(15, 25))
    dob = dt.date(rng.randint(1965, 2005), rng.randint(1, 12), rng.randint(1, 28))
    claim = digits(rng, 11)
    p = DLSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} W 14th St, Dayton OH  |  937-555-{digits(rng, 4)}  |  Fax 937-555-"
                 f"{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [f"To: {PLAN}", "Attn: Appeals", f"Fax 1-877-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"{mem}, DOB {fdate(dob, 'slash')}", f"Member ID {ids['mid']}  |  Claim {claim}",
                f"{AG[0]} x 60 units, mixed {fdate(dos, 'slash')}"])
    p.para(f"I am asking for an exception to the plan's limit of {LIMIT} units of allergen extract a year for my "
           f"patient. {mf} is in the build-up phase for a five-antigen mix, and the build-up needed more doses than "
           "usual because of two local reactions that required repeating doses. Please cover the units as medically "
           "necessary.", 10)
    p.para(f"Sincerely,\n\n{DOC}, MD\nAllergy and Immunology, {PRACTICE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
                          service_dates=[span(dos)], denial_date=ld.isoformat(), provider=DOC,
                          alternates={"insurer": [None], "provider": [PRACTICE]}))
    rd = plus(ld, rng.randint(20, 30))
    billed = amount(rng, 820, 1100)
    appeal = f"AP{digits(rng, 8)}"
    q = DLSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _logo(q, rng, "Appeals and Grievances")
    q.title_rule(f"Appeal decision dated {fdate(rd, 'long')}", 11.5)
    q.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Date received", fdate(plus(ld, 2), "slash")), ("Date of service", fdate(dos, "slash")),
             ("Amount billed", money(billed))], label_w=36, size=9.4, colon=True)
    q.ln(2)
    q.para(f"Dear {mem}:", 9.8)
    q.para(f"Your allergist, {DOC}, MD, asked us to pay for 60 units of allergen extract ({AG[0]}) over your "
           f"plan's yearly limit. A board-certified allergist who was not part of the first decision reviewed the "
           "request. **We upheld the denial.** Repeated doses after a reaction are counted toward the yearly limit, "
           "and the plan makes no exceptions to it.", 9.8)
    q.para("This is our final internal decision. You may ask for an external review within 4 months of the date of "
           "this letter.", 9.8)
    q.para(f"Appeals and Grievances, {PLAN}", 9.8)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=rd.isoformat(), provider=DOC,
                          alternates={"case_numbers": [[appeal], [claim]], "provider": [PRACTICE]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "scan300_member_eob_table_one_95165_row_denied", "scan_clean_300", [scan300_eob(rng)]),
        Item(F + "faxstd_capbox_provider_notice_member_id_in_boxes", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "faxstd_small_member_letter_title_date_cc_practice", "fax_standard_g4", [faxstd_small_letter(rng)]),
        Item(F + "photocopy_practice_statement_one_vial_line_denied", "photocopy", [photocopy_statement(rng)]),
        Item(F + "phone_spanish_denial_member_id_split", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_audit_recoupment_letter_to_practice", "rotated", [rotated_recoupment(rng)]),
        Item(F + "lowres_stack_allergist_request_duplex_then_upheld_appeal_turned", "scan_lowres_150",
             lowres_stack(rng), separators=["duplex", None], turns={(1, 0): 90}),
    ]
