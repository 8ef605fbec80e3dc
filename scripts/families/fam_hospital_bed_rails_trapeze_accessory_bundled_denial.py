"""An invented commercial plan (Oakhollow Bay Health Plan) paying a rented semi-electric hospital bed (E0260, "with
any type side rails", monthly rental RR) and denying the full-length side rails (E0310) billed separately as
included in (bundled into) the bed's rental, and the trapeze bar attached to the bed (E0910) as a convenience item
the plan excludes, with the DME supplier's monthly rental statement (From and To columns), the supplier's provider
notice, a bilingual notice (Spanish first), the plan's upheld reconsideration to the supplier, the physician's
letter to the plan and the bed's approval. HCPCS codes appear as themselves; every plan, person, supplier and
number is invented.

Documents (8 in 7 files):
- bd_eob_rental_months_from_to_rails_denied: member EOB, rows with separate From and To columns (two bed rental
  months paid, the rails' month denied), a total row, a footnote giving the denied span in words, 72-hour and
  external review limits as decoys.
- faxstd_provider_notice_trapeze_caption_boxes: small-type provider notice to the supplier under a typed fax header,
  captions over boxed values (claim number "-01", NPI and tax ID in the same row, member ID OBH + 9 digits, From /
  To boxes), the bed's earlier paid claim and its date in the text as decoys.
- phone_bilingual_spanish_first_trapeze_denial: two-page bilingual notice to the member, Spanish first ("Número de
  miembro", "Fecha del aviso", "Fechas de servicio", "Proveedor"), English on page 2, photographed.
- scan300_supplier_rental_statement_from_to: the supplier's monthly rental statement to the patient, From and To
  columns, the rails row written off as denied by the plan, a total row (denies nothing).
- copy_reconsideration_to_supplier_two_column: the plan's reconsideration decision to the supplier (the supplier the
  addressee), facts column on the right, rails bundling upheld, second-level provider appeal 60 days.
- rotated_physician_letter_to_medical_director: the home-based primary care physician's letter to the plan, "Dear
  Medical Director:", date of birth beside the date of the order (denies nothing).
- faxfine_stack_bed_approval_then_trapeze_denial: a typed fax cover sheet, the bed's rental approval (denies
  nothing, authorization period), then the trapeze claim denial fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddj_famdjb import DJSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "hospital_bed_rails_trapeze_accessory_bundled_denial"
LANG = "en"
SEED = 351601
PLAN = "Oakhollow Bay Health Plan"
SUPPLIER = "Tillerman Home Medical Supply, Inc."
MD = "Rosamund K. Ellery"
PRACTICE = "Wickham House Calls Primary Care"
BED = ("E0260", "Hospital bed, semi-electric, with any type side rails, with mattress")
RAILS = ("E0310", "Bed side rails, full length")
TRAP = ("E0910", "Trapeze bar attached to bed, with grab bar")


def _ids(rng):
    return {"mid": "OBH" + digits(rng, 9), "grp": f"G{digits(rng, 6)}", "plan": f"HMO {digits(rng, 3)}"}


def _dob(rng):
    return dt.date(rng.randint(1936, 1958), rng.randint(1, 12), rng.randint(1, 28))


def _months(rng):
    d = rng.randint(2, 9)
    d0, m2_ = dt.date(2026, 2, d), dt.date(2026, 3, d)
    return d0, plus(m2_, -1), m2_, plus(dt.date(2026, 4, d), -1)


def _logo(p: DJSheet, rng, dept: str):
    p.set_y(11)
    p.set_draw_color(40, 100, 60)
    p.set_line_width(1.2)
    p.ellipse(p.l_margin, 11, 11, 11)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_xy(p.l_margin + 14, 11)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 14)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Bangor ME 044{rng.randint(10, 99)}  |  "
                 f"1-877-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(27)


def bd_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 6))
    a0, a1, b0, b1 = _months(rng)
    bed, rails = amount(rng, 310, 420), amount(rng, 42, 68)
    cl = [digits(rng, 10) + "-01" for _ in range(3)]
    p = DJSheet(footer="Page {n} of {nb}", footer_left="OBHP-EOB-3 (01/26)")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - this is not a bill")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Member:", mem), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Date of birth:", fdate(_dob(rng), "slash"))], w=100, size=8.5,
                  y=p.get_y())
    p.ln(3)
    p.line(f"Claims from {SUPPLIER}", 9.5, "B")
    p.ln(1)
    rows = [[cl[0], f"{BED[0]} RR", "Hospital bed rental", fdate(a0, "slash"), fdate(a1, "slash"),
             money(bed, "nosign"), money(bed * 0.8, "nosign"), money(bed * 0.2, "nosign"), "Paid"],
            [cl[1], f"{BED[0]} RR", "Hospital bed rental", fdate(b0, "slash"), fdate(b1, "slash"),
             money(bed, "nosign"), money(bed * 0.8, "nosign"), money(bed * 0.2, "nosign"), "Paid"],
            [cl[2], f"{RAILS[0]} RR", "Side rails, full length", fdate(b0, "slash"), fdate(b1, "slash"),
             money(rails, "nosign"), "0.00", "0.00", "Denied B42"],
            ["", "", "Totals", "", "", money(2 * bed + rails, "nosign"), money(1.6 * bed, "nosign"),
             money(0.4 * bed, "nosign"), ""]]
    p.table(["Claim number", "Code", "Service", "From", "To", "Billed", "Plan paid", "You owe", "Status"], rows,
            [28, 17, 34, 19, 19, 16, 16, 15, 20], size=7.6, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "L"],
            bold_last=True)
    p.para(f"B42  The full-length side rails rented from {fdate(b0, 'long')} through {fdate(b1, 'long')} are "
           f"included in the monthly rental of the hospital bed ({BED[0]}, a bed with any type side rails). Rails "
           "billed on a separate line with the bed are not paid separately. The supplier may not bill you for "
           "them.", 8.3)
    p.para("You may appeal within 180 days of the date of this statement. If waiting could seriously harm your "
           "health, ask for an expedited appeal; we answer within 72 hours. After our final decision you may ask "
           "for an external review within 4 months. Plan year 01/01/2026 - 12/31/2026; DME coinsurance 20%.", 8.3)
    t = truth("eob", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[cl[2]], claim_amount=m2(rails), service_dates=[span(b0, b1)], denial_date=sd.isoformat(),
              provider=SUPPLIER, appeal_deadline=plus(sd, 180).isoformat(), denial_alternates=["not_covered"])
    return out(p), t


def faxstd_provider_notice(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 11) + dt.timedelta(days=rng.randint(0, 5))
    a0, a1, b0, b1 = _months(rng)
    trap = amount(rng, 58, 96)
    claim = digits(rng, 10) + "-01"
    prior = "31" + digits(rng, 8)
    acct = f"TH-{digits(rng, 6)}"
    fax = (f"{nd.strftime('%b %d %Y').upper()} 10:{rng.randint(10, 59)}  OAKHOLLOW BAY PROV SVCS 207-555-"
           f"{digits(rng, 4)}  ->  TILLERMAN HME 207-555-{digits(rng, 4)}  PG {{n}}/2")
    p = DJSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Services")
    p.line("PROVIDER CLAIM NOTICE - LINE DENIED", 9.2, "B")
    p.f(7.4)
    p.cell(0, 3.6, f"To: {SUPPLIER}, Billing Department, 88 Outer Hammond St, Bangor ME 04401", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(1.5)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 28), ("Claim number", claim, 38), ("Billing NPI", digits(rng, 10), 34),
         ("Tax ID", f"01-{digits(rng, 7)}", 30), ("Patient account", acct, 32), ("Plan", ids["plan"], 26)],
        [("Patient", mem, 52), ("Member ID", ids["mid"], 40), ("Group", ids["grp"], 28),
         ("Date of birth", fdate(_dob(rng), "slash"), 30), ("Ordering physician", f"Dr. {MD}", 38)],
        [("Service from", fdate(b0, "slash"), 30), ("Service to", fdate(b1, "slash"), 30),
         ("Billed", money(trap), 26), ("Allowed", "$0.00", 26), ("Paid", "$0.00", 26), ("Remark", "CV7", 50)],
    ], cap=5.9, val=7.5)
    p.ln(1)
    p.table(["Line", "HCPCS", "Description", "From", "To", "Billed", "Status"],
            [["1", f"{TRAP[0]} RR", TRAP[1], fdate(b0, "short"), fdate(b1, "short"), money(trap, "nosign"),
              "Denied CV7"]], [10, 18, 70, 18, 18, 20, 34], size=7.3, aligns=["L", "L", "L", "L", "L", "R", "L"])
    p.para("CV7  Convenience item. The member's certificate of coverage excludes equipment used mainly for the "
           "comfort or convenience of the member or caregiver. The records show the member changes position "
           "with the bed's electric head and foot controls and gets out of bed with one helper; a trapeze was "
           "not shown to be needed for either.", 7.3)
    p.para(f"Your earlier claim {prior} for the bed's first rental month, {fdate(a0, 'long')}, was paid and is "
           "not affected.", 7.3)
    p.add_page()
    p.band("PROVIDER APPEAL", 7.6)
    p.para("You may file a provider appeal within 90 days of the date of this notice. Send the physician's order, "
           "the progress notes and any new information. Corrected claims must be received within 365 days of the "
           "date of service. The member may not be billed for line 1 unless a signed waiver was obtained before "
           "delivery.", 7.3)
    p.para(f"Provider Services 1-877-555-{digits(rng, 4)}. Form OBHP-PCN-11 (01/26).", 7.3)
    t = truth("denial_letter", "not_covered", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"],
              member_id=ids["mid"], member_name=mem, cases=[claim], claim_amount=m2(trap),
              service_dates=[span(b0, b1)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 90).isoformat(), denial_alternates=["medical_necessity"])
    return out(p), t


def phone_bilingual(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 5))
    a0, a1, b0, b1 = _months(rng)
    trap = amount(rng, 58, 96)
    claim = digits(rng, 10) + "-01"
    dl = plus(nd, 180)
    p = DJSheet(footer="Página / Page {n} de / of {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Servicios para miembros / Member Services")
    p.line("AVISO DE DENEGACIÓN DE UN RECLAMO", 11.5, "B")
    p.line("English version on page 2", 8)
    p.ln(2)
    p.boxed_pairs([("Fecha del aviso", fdate(nd, "slash")), ("Nombre del miembro", mem),
                   ("Número de miembro", ids["mid"]), ("Número de grupo", ids["grp"]), ("Número de reclamo", claim),
                   ("Proveedor", SUPPLIER),
                   ("Fechas de servicio", f"{fdate(b0, 'slash')} - {fdate(b1, 'slash')}"),
                   ("Cantidad facturada", money(trap))], label_w=50, size=9)
    p.para(f"Estimado(a) {mem}:", 10)
    p.para(f"{SUPPLIER} nos envió un reclamo por el alquiler mensual de una barra de trapecio ({TRAP[0]}) para su "
           "cama de hospital. No pagamos este reclamo. Su certificado de cobertura excluye el equipo que se usa "
           "principalmente por comodidad. Usted puede cambiar de posición con los controles eléctricos de la cama. "
           "La cama de hospital sigue aprobada.", 10)
    p.para("Puede apelar dentro de los 180 días a partir de la fecha de este aviso. Si esperar podría dañar "
           "gravemente su salud, pida una apelación acelerada; le contestamos dentro de 72 horas.", 10)
    p.add_page()
    p.line("NOTICE OF CLAIM DENIAL", 11.5, "B")
    p.ln(1)
    p.pairs([("Notice date", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]), ("Claim", claim),
             ("Provider", SUPPLIER), ("Service dates", f"{fdate(b0, 'slash')} - {fdate(b1, 'slash')}")],
            label_w=36, size=9.5)
    p.ln(2)
    p.para(f"{SUPPLIER} sent us a claim for the monthly rental of a trapeze bar ({TRAP[0]}) attached to your "
           "hospital bed. We did not pay it: your certificate of coverage excludes equipment used mainly for "
           "convenience, and you can change position with the bed's electric controls. Your hospital bed is "
           "still approved.", 10)
    p.para("You may appeal within 180 days of the date of this notice. If waiting could seriously harm your "
           "health, ask for an expedited appeal; we answer within 72 hours. You may also be able to ask for an "
           "external review within 4 months after our final decision.", 10)
    p.para(f"Member Services 1-877-555-{digits(rng, 4)} (TTY 711). Free language help is available.", 9.5)
    t = truth("denial_letter", "not_covered", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[claim], claim_amount=m2(trap), service_dates=[span(b0, b1)],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=dl.isoformat(), lang="es",
              denial_alternates=["medical_necessity"])
    return out(p), t


def scan300_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 4))
    a0, a1, b0, b1 = _months(rng)
    bed, rails = amount(rng, 310, 420), amount(rng, 42, 68)
    acct = f"TH-{digits(rng, 6)}"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 12, 16)
    p.add_page()
    p.letterhead(SUPPLIER, f"Home medical equipment rentals  |  88 Outer Hammond St, Bangor ME 04401  |  "
                           f"207-555-{digits(rng, 4)}  |  NPI {digits(rng, 10)}")
    p.line("MONTHLY RENTAL STATEMENT", 11.5, "B")
    p.ln(1)
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=112, size=8.6, y=p.get_y())
    p.ln(4)
    tot = 2 * bed + rails
    ins = 1.6 * bed
    rows = [[f"{BED[0]} RR", "Semi-electric hospital bed", fdate(a0, "slash"), fdate(a1, "slash"),
             money(bed, "nosign"), money(bed * 0.8, "nosign"), "0.00", money(bed * 0.2, "nosign")],
            [f"{BED[0]} RR", "Semi-electric hospital bed", fdate(b0, "slash"), fdate(b1, "slash"),
             money(bed, "nosign"), money(bed * 0.8, "nosign"), "0.00", money(bed * 0.2, "nosign")],
            [f"{RAILS[0]} RR", "Full-length side rails *", fdate(b0, "slash"), fdate(b1, "slash"),
             money(rails, "nosign"), "0.00", money(rails, "nosign"), "0.00"],
            ["", "Total", "", "", money(tot, "nosign"), money(ins, "nosign"), money(rails, "nosign"),
             money(0.4 * bed, "nosign")]]
    p.table(["Item", "Description", "From", "To", "Charge", "Insurance paid", "Adjusted", "Your share"], rows,
            [20, 46, 20, 20, 18, 20, 18, 20], size=7.9, aligns=["L", "L", "L", "L", "R", "R", "R", "R"],
            bold_last=True)
    p.para(f"* {PLAN} denied the side rails for {fdate(b0, 'long')} through {fdate(b1, 'long')} as included in "
           "the bed's rental. We have written this charge off; you do not owe it.", 8.5)
    p.para(f"Amount due now: {money(0.4 * bed)}. Rental continues month to month while your physician's order is "
           "in effect. Questions about this statement: 207-555-" + digits(rng, 4) + ".", 8.5)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(tot),
              service_dates=[span(a0, a1), span(b0, b1)], denial_date=sd.isoformat(), provider=SUPPLIER,
              unscored=["insurer"],
              alternates={"claim_amount": [m2(rails), None], "service_dates": [[span(b0, b1)], [span(a0, b1)]]})
    return out(p), t


def copy_reconsideration(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 5))
    rec = plus(nd, -rng.randint(18, 26))
    a0, a1, b0, b1 = _months(rng)
    rails = amount(rng, 42, 68)
    recon = f"RC-{digits(rng, 7)}"
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 12, 18)
    p.add_page()
    _logo(p, rng, "Provider Appeals")
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    for ln in [SUPPLIER, "Attn: Reimbursement", "88 Outer Hammond St", "Bangor ME 04401"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.line("Reconsideration decision: denial upheld", 11, "B")
    p.ln(2)
    left = [f"Dear Provider:",
            f"We reviewed your request for reconsideration of the denied side rails ({RAILS[0]}) billed for "
            f"{mem}. We received it on {fdate(rec, 'long')}.",
            f"Decision: the denial is upheld. You billed the semi-electric hospital bed as {BED[0]}, a bed with any "
            "type side rails. Rails are part of that item; a separate line for full-length rails with the bed is "
            "unbundling and is not paid, whatever the type of rail supplied. Your letter says the rails were a "
            "different, padded model; that does not change the coding.",
            "You may file a second-level provider appeal within 60 days of the date of this letter. The member "
            "may not be billed for the rails. Questions: Provider Appeals, 1-877-555-" + digits(rng, 4) + ".",
            f"Sincerely,\n\nProvider Appeals Unit\n{PLAN}"]
    right = [("Reconsideration no.", recon), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Group", ids["grp"]), ("Billed", money(rails)),
             ("Service dates", f"{fdate(b0, 'slash')}-{fdate(b1, 'slash')}"), ("Received", fdate(rec, "slash")),
             ("Supplier NPI", digits(rng, 10))]
    p.box_col(left, right, left_w=112, size=9.3, title="Claim facts")
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[recon, claim], claim_amount=m2(rails), service_dates=[span(b0, b1)],
              denial_date=nd.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"case_numbers": [[recon]]}, denial_alternates=["not_covered"])
    return out(p), t


def rotated_physician_letter(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    ld = dt.date(2026, 5, 26) + dt.timedelta(days=rng.randint(0, 6))
    od = dt.date(2026, 2, 3)
    claim = digits(rng, 10) + "-01"
    p = DJSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 14, 22)
    p.add_page()
    p.letterhead(PRACTICE, f"Home-based primary care  |  Brewer ME 04412  |  207-555-{digits(rng, 4)}  |  "
                           f"Fax 207-555-{digits(rng, 4)}")
    p.line(fdate(ld, "long"), 10)
    p.ln(2)
    for ln in [PLAN, "Medical Director, Utilization Management", f"Fax 1-877-555-{digits(rng, 4)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.re_block([f"{mem}, date of birth {fdate(_dob(rng), 'slash')}", f"Member ID {ids['mid']}",
                f"Trapeze bar ({TRAP[0]}), claim {claim}"], 9.5)
    p.para("Dear Medical Director:", 10)
    p.para(f"I ordered a semi-electric hospital bed with a trapeze bar for {mem} on {fdate(od, 'long')}, after a "
           "hospital stay for a hip fracture. I understand the trapeze was denied as a convenience item.", 10)
    p.para("The trapeze is not for comfort. My patient has severe COPD and must sit fully upright several times "
           "an hour to breathe; the bed's head control is too slow during an attack. With the trapeze the patient "
           "sits up and repositions without waiting for the caregiver, who works days. Without it the patient "
           "slides down in bed and the risk of a sacral pressure injury rises.", 10)
    p.para("Please reconsider. I am glad to speak with a physician reviewer.", 10)
    p.para(f"Sincerely,\n\n{MD}, MD\n{PRACTICE}\nNPI {digits(rng, 10)}", 10)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
              denial_date=ld.isoformat(), provider=MD,
              alternates={"insurer": [None], "provider": [PRACTICE], "case_numbers": [[]],
                          "service_dates": [[od.isoformat()]]})
    return out(p), t


def fax_stack(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=rng.randint(0, 3))
    au0 = plus(nd, 2)
    au1 = plus(au0, 180)
    auth = f"DME{digits(rng, 8)}"
    p = DJSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    _logo(p, rng, "Utilization Management")
    p.line("Approval notice", 12, "B")
    p.ln(2)
    p.pairs([("Date of notice", fdate(nd, "long")), ("Member", mem), ("Member ID", ids["mid"]),
             ("Authorization", auth), ("Supplier", SUPPLIER), ("Item", f"{BED[0]} {BED[1]}"),
             ("Authorized period", f"{fdate(au0, 'slash')} through {fdate(au1, 'slash')}")], label_w=38, size=9.3)
    p.ln(3)
    p.para(f"Dear {mem}:", 10)
    p.para(f"We approved the monthly rental of a semi-electric hospital bed ordered by Dr. {MD}. The bed includes "
           "side rails and a mattress. Coinsurance of 20% applies to each rental month.", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[auth],
                          service_dates=[span(au0, au1)], denial_date=nd.isoformat(), provider=SUPPLIER,
                          alternates={"provider": [MD], "service_dates": [[au0.isoformat()]],
                                      "case_numbers": [[]]}))
    a0, a1, b0, b1 = _months(rng)
    c0 = plus(b1, 1)
    c1 = plus(dt.date(2026, 5, c0.day), -1)
    nd2 = plus(c1, rng.randint(14, 20))
    trap = amount(rng, 58, 96)
    claim = digits(rng, 10) + "-01"
    q = DJSheet(footer=None)
    q.set_margins(22, 14, 22)
    q.add_page()
    _logo(q, rng, "Claims")
    q.line("Claim denial", 12, "B")
    q.ln(2)
    q.capgrid([[("Notice date", fdate(nd2, "slash"), 36), ("Claim number", claim, 44), ("Member ID", ids["mid"], 46),
                ("Authorization", auth, 42)],
               [("Member", mem, 60), ("From", fdate(c0, "slash"), 34), ("To", fdate(c1, "slash"), 34),
                ("Billed", money(trap), 40)]], cap=7, val=9)
    q.ln(2)
    q.para(f"We did not pay {SUPPLIER}'s claim for the trapeze bar ({TRAP[0]}) rented with your hospital bed. A "
           "trapeze is a convenience item under your certificate of coverage unless you need it to sit up because "
           "of a breathing condition, to change position, or to get in and out of bed, and the records sent do "
           f"not show that. The bed itself stays approved under authorization {auth}.", 10)
    q.para("You may appeal within 180 days of the date of this notice. Call Member Services at 1-877-555-"
           f"{digits(rng, 4)} (TTY 711) for help.", 10)
    q.para(f"Claims Department, {PLAN}", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[claim], claim_amount=m2(trap), service_dates=[span(c0, c1)],
                          denial_date=nd2.isoformat(), provider=SUPPLIER, appeal_deadline=plus(nd2, 180).isoformat(),
                          denial_alternates=["medical_necessity"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_eob_rental_months_from_to_rails_denied", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_notice_trapeze_caption_boxes", "fax_standard_g4", [faxstd_provider_notice(rng)]),
        Item(F + "phone_bilingual_spanish_first_trapeze_denial", "phone_photo", [phone_bilingual(rng)]),
        Item(F + "scan300_supplier_rental_statement_from_to", "scan_clean_300", [scan300_statement(rng)]),
        Item(F + "copy_reconsideration_to_supplier_two_column", "photocopy", [copy_reconsideration(rng)]),
        Item(F + "rotated_physician_letter_to_medical_director", "rotated", [rotated_physician_letter(rng)]),
        Item(F + "faxfine_stack_bed_approval_then_trapeze_denial", "fax_fine_g4", fax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
