"""Notices mirrored (structure and wording style only) from the Texas Health and Human Services Commission's
Children with Special Health Care Needs (CSHCN) Services Program, the state's Title V program for children with
special health care needs: payment denied for a child's equipment or visits because another payer must pay first
(the program is the payer of last resort), the diagnosis is not an eligible medical condition, or the family's
income is over the program's limit. The program and the commission appear as themselves; every provider, person,
number, address and amount is invented, as are the review and payment time limits used here.

Documents (8 in 7 files):
- bd_notice_heading_date_other_coverage_subject_line_supplier: payment denial to the parent, the only date in the
  title ("NOTICE OF PAYMENT DENIAL - MARCH 4, 2026" style), the supplier only in the "Re:" subject line, private
  insurance must be billed first (DOB, received date, eligibility period, other policy number, fair hearing,
  ZIP+4 address block, nondiscrimination notice and taglines as decoys).
- faxstd_capbox_claim_determination_diagnosis_not_eligible: the program's claim determination to a neurology clinic,
  every fact in a small caption over a ruled box, the client ID one character to a box (letter O and I among
  digits), the diagnosis not an eligible condition; NPI, provider number and 95-day filing limit as decoys.
- faxstd_small_letter_income_over_limit_cc_therapy: a letter in 7 pt to the parent, renewal income over the limit
  so therapy visits after eligibility ended are not paid; the therapy center only in the cc line.
- phone_spanish_orthotic_other_insurance_first: Spanish notice, the orthotic lab's braces denied because the
  child's private plan must pay first.
- rotated_therapy_center_statement_one_visit_denied: the therapy center's statement to the family: four visits,
  three paid by the program, one denied and left to the family (denies nothing).
- lowres_recoupment_letter_medicaid_retroactive: overpayment / recoupment letter to the supplier (Medicaid
  granted retroactively, so the program takes its payment back); previous claims listed as decoys.
- finefax_stack_cover_approval_then_review_decision_turned: a fax cover, an approval of a wheelchair (denies
  nothing), then an administrative review decision upholding a denial, dated only in its title, fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES, tiny_date
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "title_v_children_with_special_health_care_needs_program_denial"
LANG = "en"
SEED = 351904
HHSC = "Texas Health and Human Services Commission"
PROG = "Children with Special Health Care Needs (CSHCN) Services Program"
ALT_INS = ["CSHCN Services Program", "Texas Health and Human Services"]
SUPPLIER = "Brazos Bend Mobility Supply"
NEURO = "Caddo Creek Pediatric Neurology"
THERAPY = "Mesquite Flat Pediatric Therapy"
ORTHO = "Lantana Orthotic & Prosthetic Lab"
NEUROLOGIST = "Evangeline R. Okafor"


def client_id(rng):
    """Program client IDs invented for the family: letters O and I placed among digits on purpose."""
    return f"CS{digits(rng, 2)}O{digits(rng, 2)}I{rng.randint(0, 9)}0{rng.randint(0, 9)}"


def child(rng):
    return person(rng)[0]


def _head(p: DLSheet, rng, unit: str = "Client Services", zip4: bool = True):
    p.f(8)
    p.cell(0, 4, "TEXAS", new_x="LMARGIN", new_y="NEXT")
    p.f(12.5, "B")
    p.cell(0, 6, HHSC, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, PROG, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    box = rng.randint(1200, 9800)
    addr = f"PO Box {box}, Austin TX 78711-{box:04d}" if zip4 else f"PO Box {box}, Austin TX 78711"
    p.cell(0, 4, f"{unit}  |  {addr}  |  1-800-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _review_rights(p: DLSheet, size=9.0, days=30):
    p.para(f"**If you do not agree.** You may ask for an administrative review of this decision. Your request must "
           f"be received within {days} days of the date of this notice. If you do not agree with the review decision, "
           "you may then ask for a fair hearing within 90 days of the date of the review decision. Someone you "
           "choose, such as a relative or a provider, may ask for you.", size)


def bd_notice(rng):
    kid = child(rng)
    parent = person(rng)[0]
    cid = client_id(rng)
    nd = dt.date(2026, 3, rng.randint(2, 12))
    dos = plus(nd, -rng.randint(22, 34))
    rec = plus(dos, rng.randint(5, 9))
    dob = dt.date(rng.randint(2012, 2020), rng.randint(1, 12), rng.randint(1, 28))
    billed = amount(rng, 1800, 3400)
    claim = f"26{digits(rng, 9)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.title_rule(f"NOTICE OF PAYMENT DENIAL - {fdate(nd, 'long').upper()}", 12)
    for ln in [f"Parent or guardian of {kid}", f"{rng.randint(100, 9800)} Canyon Creek Ct",
               f"Waco TX 767{rng.randint(10, 99)}-{digits(rng, 4)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.re_block([f"Equipment from {SUPPLIER} on {fdate(dos, 'slash')}",
                f"Client: {kid}    Client ID: {cid}    Claim: {claim}"])
    p.para(f"Dear {parent}:", 9.8)
    p.para(f"The CSHCN Services Program received a claim on {fdate(rec, 'slash')} for a pediatric standing frame "
           f"(E0638) for {kid} (date of birth {fdate(dob, 'slash')}). The amount billed was {money(billed)}. We "
           "cannot pay this claim.", 9.8)
    p.para("**Why we made this decision.** The CSHCN Services Program pays only after all other health coverage "
           f"has paid or denied. Our records show that {kid} has private health insurance (Policy "
           f"WGH-{digits(rng, 7)}) that covers durable medical equipment. The supplier must bill that plan first and "
           "send us its explanation of benefits. Once the other plan has made its decision, the supplier may send "
           "the claim to us again.", 9.8)
    p.para("Your child's CSHCN eligibility period is 09/01/2025 - 08/31/2026. This decision does not change it.",
           9.8)
    _review_rights(p)
    p.para("Sincerely,\nClaims Unit, CSHCN Services Program", 9.8)
    p.add_page()
    p.line("Nondiscrimination notice", 8.5, "B")
    p.para(f"{HHSC} does not discriminate on the basis of race, color, national origin, sex, disability or age "
           f"in its programs. Free language help and aids are available: call 1-800-555-{digits(rng, 4)} (TTY 711).",
           8)
    for t in TAGLINES:
        p.para(t, 7.4, gap=0.5)
    t = truth("denial_letter", "other", insurer=HHSC, member_id=cid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_capbox(rng):
    kid = child(rng)
    cid = client_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    dos = plus(nd, -rng.randint(25, 40))
    billed = amount(rng, 210, 340)
    claim = f"26{digits(rng, 9)}"
    fax = (f"{tiny_date(nd)} 14:{rng.randint(10, 59)}  HHSC CSHCN CLAIMS  512-555-{digits(rng, 4)}  ->  "
           f"CADDO CREEK PEDS NEURO  254-555-{digits(rng, 4)}  P.{{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM DETERMINATION - CSHCN SERVICES PROGRAM", 9, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 40), ("Billing provider", NEURO, 70),
         ("NPI", digits(rng, 10), 36)],
        [("Client name", kid, 56), ("Date of birth", fdate(dt.date(rng.randint(2011, 2019), rng.randint(1, 12),
                                                                   rng.randint(1, 28)), "slash"), 30),
         ("Provider no.", f"{digits(rng, 9)}0{rng.randint(1, 9)}", 38), ("Received", fdate(plus(dos, 8), "slash"), 30)],
        [("Date of service", fdate(dos, "slash"), 32), ("Procedure", "99214", 24), ("Diagnosis", "F81.0", 24),
         ("Billed", money(billed), 30), ("Paid", "$0.00", 24), ("Reason", "C27", 22)],
    ], cap=5.6, val=7.6)
    p.charboxes("Client ID", cid, cap=5.6, val=8)
    p.para("C27  The diagnosis on this claim is not an eligible medical condition for the CSHCN Services Program. "
           "The program covers services for the client's eligible condition and conditions related to it. A specific "
           "learning disorder billed as the only diagnosis is not eligible.", 7.4)
    p.para("If the visit was for the client's eligible condition, send a corrected claim with that diagnosis. "
           "Claims must be received within 95 days of the date of service.", 7.4)
    p.add_page()
    p.band("PROVIDER REVIEW", 7.6)
    p.para("You may ask for an administrative review of this claim determination within 60 days of the date of this "
           "notice. Send the medical record for the date of service and a letter explaining how the visit treated "
           f"the client's eligible condition. Provider line 1-800-555-{digits(rng, 4)}. Form CSHCN-CD-14.", 7.4)
    t = truth("denial_letter", "not_covered", insurer=HHSC, member_id=cid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=NEURO,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def faxstd_small_letter(rng):
    kid = child(rng)
    parent = person(rng)[0]
    cid = client_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 14))
    end = dt.date(2026, 2, 28)
    d1, d2 = dt.date(2026, 3, rng.randint(3, 12)), dt.date(2026, 3, rng.randint(17, 27))
    billed = amount(rng, 360, 620)
    claim = f"26{digits(rng, 9)}"
    renewal = dt.date(2026, 2, rng.randint(2, 20))
    fax = (f"{tiny_date(nd)} 10:{rng.randint(10, 59)}  HHSC CSHCN ELIG  512-555-{digits(rng, 4)}  PAGE {{n}}/1")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(18, 12, 18)
    p.add_page()
    _head(p, rng, "Eligibility and Claims")
    p.f(7.4)
    p.cell(0, 3.6, f"Date: {fdate(nd, 'long')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    for ln in [parent, f"{rng.randint(100, 9800)} Prospect Hill Rd", f"Temple TX 765{rng.randint(10, 99)}"]:
        p.cell(0, 3.4, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.cell(0, 3.4, f"Client: {kid}   Client ID: {cid}   Claim: {claim}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {parent}:", 7.4)
    p.para(f"We reviewed your renewal application received {fdate(renewal, 'slash')}. For a household of 4, the "
           "CSHCN Services Program's income limit is 300 percent of the federal poverty level. Your household's "
           "countable income is above that limit, so your child is not eligible after "
           f"{fdate(end, 'long')}.", 7.4)
    p.para(f"Because of this, we cannot pay the claim for physical therapy visits on {fdate(d1, 'slash')} and "
           f"{fdate(d2, 'slash')}, billed at {money(billed)} in total. These visits were after your child's "
           "eligibility ended.", 7.4)
    p.para("If your income has gone down, you may send proof of your current income and we will look at your "
           "eligibility again. You may also ask for an administrative review. Your request must be received within "
           "30 days of the date of this letter. A fair hearing may be asked for within 90 days of the review "
           f"decision. Call 1-800-555-{digits(rng, 4)} (TTY 711).", 7.4)
    p.para("Eligibility Unit, CSHCN Services Program", 7.4)
    p.cc(f"cc: {THERAPY}", 7)
    t = truth("denial_letter", "eligibility", insurer=HHSC, member_id=cid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(d1), span(d2)], denial_date=nd.isoformat(),
              provider=THERAPY, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT_INS, "service_dates": [[span(d1, d2)]]})
    return out(p), t


def phone_spanish(rng):
    kid = child(rng)
    parent = person(rng)[0]
    cid = client_id(rng)
    nd = dt.date(2026, 4, rng.randint(13, 24))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 1100, 1900)
    claim = f"26{digits(rng, 9)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios al Cliente")
    p.title_rule("AVISO DE DENEGACIÓN DE PAGO", 12)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Cliente", kid), ("Número de cliente", cid),
             ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "dmy", "es")),
             ("Proveedor", ORTHO), ("Cantidad facturada", money(billed))], label_w=48, size=9.4)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.8)
    p.para(f"No podemos pagar las órtesis de tobillo y pie (L1970) que {ORTHO} le entregó a {kid} el "
           f"{fdate(dos, 'long', 'es')}. El Programa CSHCN paga solamente después de que cualquier otro seguro de "
           "salud haya pagado o negado el servicio. Su hijo(a) tiene un seguro privado que cubre órtesis. El "
           "proveedor debe facturar primero a ese seguro y enviarnos la explicación de beneficios.", 9.8)
    p.para("**Si no está de acuerdo.** Puede pedir una revisión administrativa. Debemos recibir su solicitud dentro "
           "de 30 días a partir de la fecha de este aviso. Después de la revisión, puede pedir una audiencia "
           "imparcial dentro de 90 días.", 9.8)
    p.para("Unidad de Reclamos, Programa CSHCN", 9.8)
    p.ln(2)
    for t_ in TAGLINES[:3]:
        p.para(t_, 7.2, gap=0.4)
    t = truth("denial_letter", "other", insurer=HHSC, member_id=cid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=ORTHO,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es", alternates={"insurer": ALT_INS})
    return out(p), t


def rotated_statement(rng):
    kid = child(rng)
    parent = person(rng)[0]
    cid = client_id(rng)
    sd = dt.date(2026, 5, rng.randint(11, 22))
    ds = sorted({dt.date(2026, 3, rng.randint(2, 9)), dt.date(2026, 3, rng.randint(16, 20)),
                 dt.date(2026, 4, rng.randint(1, 8)), dt.date(2026, 4, rng.randint(20, 28))})
    deny = 2
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, THERAPY, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Physical, occupational and speech therapy for children  |  Temple TX  |  254-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("FAMILY STATEMENT", 11, "B")
    acct = f"MF-{digits(rng, 6)}"
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Responsible party:", parent),
                   ("Patient:", kid), ("Payer:", "CSHCN Services Program"), ("Client ID:", cid)], w=110, size=8.5)
    p.ln(4)
    rows, bills = [], []
    for i, d in enumerate(ds):
        code, desc = [("97110", "Therapeutic exercise x3"), ("97530", "Therapeutic activities x2"),
                      ("92507", "Speech therapy, individual"), ("97110", "Therapeutic exercise x3")][i]
        b = amount(rng, 140, 260)
        bills.append(b)
        if i == deny:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), "DENIED", money(b, "nosign")])
        else:
            rows.append([fdate(d, "slash"), code, desc, money(b, "nosign"), money(b, "nosign"), "0.00"])
    rows.append(["*", "", "Balance due", money(sum(bills), "nosign"), money(sum(bills) - bills[deny], "nosign"),
                 money(bills[deny], "nosign")])
    p.spaced(["Date", "Code", "Service", "Charge", "CSHCN paid", "You owe"], rows, [10, 5, 27, 9, 10, 9], size=8,
             right={3, 4, 5}, rule_under_head=True)
    p.para(f"The CSHCN Services Program paid three of the visits in full. It denied the speech therapy visit on "
           f"{fdate(ds[deny], 'long')}: the program said speech therapy was not part of {kid}'s approved plan of "
           "care. We have billed that visit to you. If the program's review changes its decision we will refund any "
           "payment.", 8.8)
    p.para("Please pay within 30 days or call us to set up a payment plan.", 8.8)
    t = truth("other", None, insurer=HHSC, member_id=cid, member_name=kid, claim_amount=m2(bills[deny]),
              service_dates=[span(ds[deny])], denial_date=sd.isoformat(), provider=THERAPY, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in ds]]})
    return out(p), t


def lowres_recoupment(rng):
    kid = child(rng)
    cid = client_id(rng)
    nd = dt.date(2026, 6, rng.randint(1, 12))
    dos = dt.date(2026, 1, rng.randint(12, 27))
    billed = amount(rng, 2400, 4100)
    paid = round(billed * 0.72, 2)
    claim = f"26{digits(rng, 9)}"
    op = f"OP-26-{digits(rng, 6)}"
    prev = [f"25{digits(rng, 9)}", f"25{digits(rng, 9)}"]
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Provider Finance - Recoupments")
    p.line(f"Date: {fdate(nd, 'slash')}", 9.5)
    p.ln(2)
    for ln in [SUPPLIER, "Attn: Billing Office", f"{rng.randint(100, 9800)} N Bishop Blvd",
               f"Waco TX 767{rng.randint(10, 99)}"]:
        p.line(ln, 9.5)
    p.ln(3)
    p.line("NOTICE OF OVERPAYMENT AND RECOUPMENT", 11, "B")
    p.ln(1)
    p.boxed_pairs([("Overpayment reference", op), ("Claim number", claim), ("Client", kid), ("Client ID", cid),
                   ("Date of service", fdate(dos, "slash")), ("Amount billed", money(billed)),
                   ("Amount paid / to be recouped", money(paid))], label_w=62, size=9)
    p.para(f"The Texas Medicaid program has found {kid} eligible for Medicaid back to a date before this service. "
           "The CSHCN Services Program is the payer of last resort and may not pay for a service that Medicaid "
           "covers. We will take back (recoup) the payment above from your next CSHCN payments, starting 30 days "
           "after the date of this letter. Bill Medicaid for this service.", 9.4)
    p.para(f"Previous claims for this client that are not affected: {prev[0]}, {prev[1]}.", 9.4)
    p.para("You may ask for an administrative review of this overpayment within 30 days of the date of this letter. "
           f"Questions: Provider Finance, 1-800-555-{digits(rng, 4)}.", 9.4)
    t = truth("denial_letter", "other", insurer=HHSC, member_id=cid, member_name=kid, cases=[op, claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=SUPPLIER,
              appeal_deadline=plus(nd, 30).isoformat(), type_alternates=["other"],
              alternates={"insurer": ALT_INS, "claim_amount": [m2(paid)], "case_numbers": [[op], [claim]]})
    return out(p), t


def finefax_stack(rng):
    kid = child(rng)
    parent = person(rng)[0]
    cid = client_id(rng)
    ad = dt.date(2026, 4, rng.randint(1, 10))
    start, stop = plus(ad, 7), dt.date(2026, 8, 31)
    auth = f"PA{digits(rng, 8)}"
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Prior Authorization")
    p.line(f"Date: {fdate(ad, 'long')}", 9.5)
    p.ln(2)
    p.line(f"Parent or guardian of {kid}", 9.5)
    p.ln(2)
    p.line("NOTICE OF APPROVAL", 11.5, "B")
    p.pairs([("Client ID", cid), ("Authorization", auth), ("Service", "Manual wheelchair, pediatric (E1231)"),
             ("Supplier", SUPPLIER), ("Approved for", f"{fdate(start, 'slash')} - {fdate(stop, 'slash')}")],
            label_w=36, size=9.4)
    p.ln(2)
    p.para(f"Good news. We approved the wheelchair {SUPPLIER} asked for. The supplier must deliver it during the "
           "approved dates. This approval does not promise payment if your child is not eligible on the day of "
           "delivery.", 9.6)
    p.para("CSHCN Services Program", 9.6)
    doc1 = (out(p), truth("other", None, insurer=HHSC, member_id=cid, member_name=kid, cases=[auth],
                          service_dates=[span(start, stop)], denial_date=ad.isoformat(), provider=SUPPLIER,
                          alternates={"insurer": ALT_INS, "service_dates": [[span(start)], []]}))
    rd = dt.date(2026, 5, rng.randint(11, 22))
    dos = dt.date(2026, 3, rng.randint(3, 20))
    billed = amount(rng, 650, 980)
    claim = f"26{digits(rng, 9)}"
    rev = f"AR-{digits(rng, 7)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Administrative Review")
    q.title_rule(f"Administrative Review Decision dated {fdate(rd, 'long')}", 11.5)
    q.line(parent, 9.5)
    q.ln(2)
    q.re_block([f"Services from {NEURO} on {fdate(dos, 'slash')}", f"Review {rev}  |  Claim {claim}",
                f"Client {kid}  |  Client ID {cid}"], size=9.2)
    q.para(f"You asked us to review our denial of the claim for an EEG and visit ({money(billed)} billed). A "
           "reviewer who did not make the first decision looked at the records. **The denial is upheld.** The "
           "diagnosis on the claim (simple febrile seizure, a single episode) is not an eligible medical condition "
           "for the CSHCN Services Program.", 9.6)
    q.para("This is the program's final administrative decision. You may ask for a fair hearing within 90 days of "
           "the date of this decision. A fair hearing officer from the commission will hear your case.", 9.6)
    q.para("Administrative Review Unit, CSHCN Services Program", 9.6)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=HHSC, member_id=cid, member_name=kid,
                          cases=[rev, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=rd.isoformat(), provider=NEURO,
                          alternates={"insurer": ALT_INS, "case_numbers": [[rev], [claim]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_notice_heading_date_other_coverage_subject_line_supplier", "born_digital", [bd_notice(rng)]),
        Item(F + "faxstd_capbox_claim_determination_diagnosis_not_eligible", "fax_standard_g4", [faxstd_capbox(rng)]),
        Item(F + "faxstd_small_letter_income_over_limit_cc_therapy", "fax_standard_g4", [faxstd_small_letter(rng)]),
        Item(F + "phone_spanish_orthotic_other_insurance_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_therapy_center_statement_one_visit_denied", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_recoupment_letter_medicaid_retroactive", "scan_lowres_150", [lowres_recoupment(rng)]),
        Item(F + "finefax_stack_cover_approval_then_review_decision_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
