"""An invented commercial plan (Saltmarsh Ridge Health Plan) denying claims until the member returns a coordination
of benefits (COB) questionnaire (whether anyone in the family has other health coverage), then reprocessing and
paying them once the form comes back, with the pediatric practice's statement and letter. CARC 22 and the
birthday rule appear as themselves; the plan, the practice, every person and number is invented.

Documents (8 in 7 files):
- photocopy_family_eob_four_claims_child_row_denied_cob: the subscriber's EOB with four claims for two family
  members; the child's claim denied pending the questionnaire (the other three paid); questionnaire mailed date,
  plan year, an example amount and taglines as decoys.
- faxstd_caption_box_provider_notice_member_id_letter_O_I: the plan's claim notice to the practice as a form whose
  facts sit in small caption boxes (member ID mixing letters O / I with digits, group with dashes), CARC 22.
- faxstd_small_type_questionnaire_letter_cc_practice: the COB questionnaire letter in 7 pt telling the member the
  claim is denied until the form is returned (45 days to return it; 180 days to appeal), the practice only in the
  "cc:" line, a "previous claim" decoy, the questionnaire's blanks on page 2.
- phone_reprocessing_notice_date_only_in_heading: the reprocessing notice after the form came back (the claim paid,
  denies nothing), its date only in the heading, the original claim listed as related.
- rotated_practice_statement_cob_line_left_to_patient: the practice's statement: the plan paid most lines, one
  visit denied pending the member's COB information left to the patient.
- lowres_spanish_cob_pending_denial_letter: the denial in Spanish.
- scan300_stack_practice_letter_then_other_coverage_primary_denial: the practice's letter on its own letterhead
  asking the plan to reprocess (denies nothing), the blank back of its sheet, then the plan's letter that the
  returned questionnaire shows other coverage that is primary (birthday rule), its page fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhe import mixed_id
from kit_rounddk_famdkf import DKSheet, bracket, tiny_date
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "coordination_of_benefits_questionnaire_pending_denial_eob"
LANG = "en"
SEED = 352005
PLAN = "Saltmarsh Ridge Health Plan"
PRACTICE = "Hollyhock Lane Pediatrics"
DOCTOR = "Odalys R. Venkataraman"
OTHER_PROV = ["Sandhill Regional Medical Center", "Copper Valley Imaging", "Cedar Hollow Family Clinic"]
KIDS = ["Mateo", "Priya", "Jonah", "Ximena", "Caleb", "Noor", "Elodie", "Rowan"]


def _ids(rng, mixed: bool = False):
    mid = mixed_id(rng, "SRH", "cdcddcdd") if mixed else "SRH" + digits(rng, 8)
    return {"mid": mid, "grp": f"{digits(rng, 2)}-{digits(rng, 4)}-A", "plan": f"Tidewater Choice HMO {digits(rng, 2)}"}


def _child(rng):
    full, first, mid, last = person(rng)
    kid = rng.choice(KIDS)
    return f"{kid} {rng.choice('ABCDEFGHJKLMNPRSTVW')}. {last}", full


def _logo(p: DKSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_draw_color(40, 90, 90)
    p.set_line_width(1.2)
    p.line_seg(p.l_margin, y + 14, p.w - p.r_margin, y + 14)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.set_xy(p.l_margin, y)
    p.f(14, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Yuma AZ 85366-{digits(rng, 4)}  |  "
                 f"1-866-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 18)


COB_TEXT = ("We need to know whether anyone in your family has other health coverage (for example, through a "
            "spouse's or parent's job, Medicare, or an auto or accident policy). We sent you a coordination of "
            "benefits questionnaire and have not received it back, so we cannot decide which plan pays first.")


def photocopy_eob(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    sd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    mailed = plus(sd, -rng.randint(40, 55))
    d = sorted(plus(sd, -rng.randint(12, 40)) for _ in range(4))
    who = [sub, child, sub, child]
    prov = [rng.choice(OTHER_PROV), PRACTICE, rng.choice(OTHER_PROV), PRACTICE]
    deny = 3
    cl = [digits(rng, 11) for _ in d]
    rows = []
    for i in range(4):
        b = amount(rng, 120, 320)
        if i == deny:
            a = pd = 0.0
            owe, rm = b, "C22"
            db = b
        else:
            a = round(b * 0.7, 2)
            pd = round(a * 0.9, 2)
            owe, rm = round(a - pd, 2), ""
        rows.append([f"{who[i].split()[0]} / {prov[i]}", cl[i], fdate(d[i], "slash"), money(b, "nosign"),
                     money(a, "nosign"), money(pd, "nosign"), money(owe, "nosign"), rm])
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits")
    p.line("EXPLANATION OF BENEFITS - THIS IS NOT A BILL", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Subscriber:", sub), ("Member ID:", ids["mid"]),
                   ("Group:", ids["grp"]), ("Plan:", ids["plan"]), ("Plan year:", "01/01/2026 - 12/31/2026")],
                  w=104, size=8.4)
    p.ln(3)
    p.table(["Patient / provider", "Claim", "Service date", "Billed", "Allowed", "Plan paid", "You owe", "Note"], rows,
            [62, 24, 19, 16, 16, 16, 16, 9], size=7.6, aligns=["L", "L", "L", "R", "R", "R", "R", "C"])
    p.para(f"**C22** Claim {cl[deny]} for {child} is denied (CARC 22: this care may be covered by another payer per "
           f"coordination of benefits). {COB_TEXT} The questionnaire was mailed on {fdate(mailed, 'slash')}. When we "
           "get it back we will reprocess the claim; you do not need to appeal.", 8.3)
    p.para("How to read this statement: for example, if the allowed amount were $100.00, the plan would pay $90.00 "
           "and you would owe $10.00 coinsurance.", 8.3)
    p.para(f"You may appeal a denied claim within 180 days of the date of this statement. Urgent appeals are decided "
           f"within 72 hours. You may ask for an external review within 4 months of a final decision.", 8.3)
    p.boilerplate(PLAN, f"1-866-555-{digits(rng, 4)}")
    t = truth("eob", "other", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=child, cases=[cl[deny]], claim_amount=m2(db), service_dates=[span(d[deny])],
              denial_date=sd.isoformat(), provider=PRACTICE, appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def faxstd_provider(rng):
    ids = _ids(rng, mixed=True)
    child, sub = _child(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 30))
    billed = amount(rng, 140, 260)
    claim = digits(rng, 11)
    fax = (f"{tiny_date(nd)} 11:{rng.randint(10, 59)}  SALTMARSH RIDGE HP  928-555-{digits(rng, 4)}  ->  "
           f"HOLLYHOCK LANE PEDS  PAGE {{n}}/1")
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.line("PROVIDER CLAIM NOTICE - CLAIM DENIED, OTHER COVERAGE INFORMATION PENDING", 8.8, "B")
    p.ln(1)
    p.capgrid([
        [("A. Notice date", fdate(nd, "slash"), 30), ("B. Claim number", claim, 40), ("C. Billing NPI", digits(rng, 10), 34),
         ("D. Tax ID", f"86-{digits(rng, 7)}", 30), ("E. Patient account", f"HLP{digits(rng, 6)}", 40), ("F. Received", fdate(plus(dos, 6), "slash"), 24)],
        [("G. Patient", child, 50), ("H. Patient DOB", fdate(dt.date(rng.randint(2012, 2022), rng.randint(1, 12), rng.randint(1, 28)), "slash"), 28),
         ("I. Subscriber", sub, 50), ("J. Member ID", ids["mid"], 40), ("K. Group", ids["grp"], 30)],
        [("L. Billing provider", PRACTICE, 62), ("M. Date of service", fdate(dos, "slash"), 32),
         ("N. CPT", "99214, 87880", 30), ("O. Billed", money(billed), 26), ("P. Paid", "$0.00", 22), ("Q. CARC", "22", 18)],
    ], cap=5.6, val=7.6, box_h=5.4)
    p.ln(1)
    p.para("CARC 22: This care may be covered by another payer per coordination of benefits. The subscriber has not "
           "returned the plan's coordination of benefits questionnaire. The claim is denied until the questionnaire is "
           "received; it will then be reprocessed without a new claim. Do not send a corrected claim.", 6.9)
    p.para("Provider reconsideration: within 90 days of the date of this notice. Claims must be filed within 180 days "
           f"of the date of service. Form SRHP-PCN-22 (rev. 01/26). Provider Services 1-866-555-{digits(rng, 4)}.", 6.9)
    t = truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=child,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 90).isoformat(), type_alternates=["eob"])
    return out(p), t


def faxstd_questionnaire(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    ld = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(ld, -rng.randint(15, 25))
    prev = digits(rng, 11)
    billed = amount(rng, 120, 240)
    claim = digits(rng, 11)
    fax = f"{tiny_date(plus(ld, 3))} 16:{rng.randint(10, 59)}  FROM: MEMBER  TO: BILLING ADVOCATE  P.{{n}}/2"
    p = DKSheet(footer=None, fax_hdr=fax)
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Coordination of Benefits Unit")
    p.f(7.4)
    for ln in [fdate(ld, "long"), "", sub, f"{rng.randint(100, 9800)} Calle Las Flores", "Yuma AZ 85364"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.f(7.4, "B")
    p.cell(0, 3.5, f"Member ID {ids['mid']}   Group {ids['grp']}   Patient {child}   Claim {claim}", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.para(f"Dear {sub}:", 7.4)
    p.para(f"We received a claim for {child}'s office visit on {fdate(dos, 'long')}, billed at {money(billed)}. "
           f"{COB_TEXT} **This claim is denied until you return the questionnaire.** Your previous claim {prev} was "
           "paid before our yearly update and is not affected.", 7.2)
    p.para("Please complete page 2 and return it within 45 days, by mail, by fax or through the member website. "
           "If no one in your family has other coverage, just check \"No\" and sign. Once we receive it, we will "
           "reprocess the claim; you do not need to file it again.", 7.2)
    p.para("If you disagree with this decision, you may appeal within 180 days of the date of this letter. Urgent "
           "appeals are decided within 72 hours.", 7.2)
    p.para("Coordination of Benefits Unit", 7.2)
    p.para(f"cc: {PRACTICE}", 6.8)
    p.add_page()
    p.line("COORDINATION OF BENEFITS QUESTIONNAIRE", 9, "B")
    p.ln(2)
    p.f(7.4)
    p.blanks(["1. Does anyone in your family have other health coverage?   [ ] Yes   [ ] No    Name of other plan:",
              "2. Policyholder's name and date of birth:", "3. Other plan's member ID and group number:",
              "4. Is the coverage through an employer? Employer name:", "5. Was any claim the result of an accident?",
              "Signature:                                                    Date:"], size=7.4, gap=8)
    p.para("Parents' plans: for a dependent child covered by both parents, the plan of the parent whose birthday "
           "comes first in the calendar year usually pays first (the birthday rule).", 6.8)
    t = truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=child,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(ld, 180).isoformat())
    return out(p), t


def phone_reprocess(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    nd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 8))
    recv = plus(nd, -rng.randint(8, 14))
    dos = plus(nd, -rng.randint(60, 75))
    orig, new = digits(rng, 11), digits(rng, 11)
    lines = [("99213", "Office visit, est. patient", amount(rng, 110, 160)), ("87880", "Strep test, rapid",
                                                                            amount(rng, 30, 55))]
    tot = round(sum(x[2] for x in lines), 2)
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Claims Department")
    p.line(f"CLAIM REPROCESSING NOTICE - {fdate(nd, 'long').upper()}", 11.5, "B")
    p.ln(2)
    p.pairs([("Subscriber", sub), ("Patient", child), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
             ("Adjusted claim", new), ("Provider", PRACTICE)], label_w=38, size=9.4)
    p.ln(2)
    p.para(f"Thank you for returning the coordination of benefits questionnaire (received {fdate(recv, 'slash')}). You "
           f"told us no one in your family has other health coverage. We reprocessed the claim below and paid it.",
           9.6)
    rows = [[fdate(dos, "slash"), c, desc, money(b, "nosign"), money(b * 0.75, "nosign"), money(b * 0.675, "nosign"),
             money(b * 0.075, "nosign")] for c, desc, b in lines]
    rows.append(["", "", "Claim total", money(tot, "nosign"), money(tot * 0.75, "nosign"), money(tot * 0.675, "nosign"),
                 money(tot * 0.075, "nosign")])
    p.table(["Service date", "Code", "Service", "Billed", "Allowed", "Plan paid", "You owe"], rows,
            [24, 16, 50, 20, 20, 20, 20], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"Related claims: original claim {orig} (denied, CARC 22) is replaced by adjusted claim {new}.", 9)
    p.para("We will ask again about other coverage once a year. If your coverage changes, call Member Services.", 9)
    t = truth("other", None, insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=child, cases=[new],
              claim_amount=m2(tot), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=PRACTICE,
              type_alternates=["eob"], alternates={"case_numbers": [[orig, new], [orig]]})
    return out(p), t


def rotated_statement(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    d = sorted(plus(sd, -rng.randint(20, 80)) for _ in range(4))
    descs = ["Well-child visit (99393)", "Vaccine admin (90460)", "Sick visit (99214)", "Sick visit (99213)"]
    deny = 2
    b = [amount(rng, 150, 230), amount(rng, 30, 60), amount(rng, 160, 220), amount(rng, 100, 150)]
    ins = [round(x * 0.62, 2) if i != deny else 0.0 for i, x in enumerate(b)]
    adj = [round(x * 0.3, 2) if i != deny else 0.0 for i, x in enumerate(b)]
    bal = [round(b[i] - ins[i] - adj[i], 2) for i in range(4)]
    acct = f"HLP{digits(rng, 6)}"
    p = DKSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{DOCTOR}, MD and partners  |  Yuma AZ  |  928-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "slash")), ("Account:", acct), ("Guarantor:", sub),
                   ("Patient:", child), ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=104, size=8.5)
    p.ln(4)
    rows = [[fdate(d[i], "slash"), descs[i], money(b[i], "nosign"), bracket(ins[i]) if ins[i] else "DENIED",
             bracket(adj[i]) if adj[i] else "0.00", money(bal[i], "nosign")] for i in range(4)]
    rows.append(["*", "Amount due", money(sum(b), "nosign"), bracket(sum(ins)), bracket(sum(adj)),
                 money(sum(bal), "nosign")])
    p.spaced(["Date", "Service", "Charge", "Ins. paid", "Ins. adj.", "Balance"], rows, [10, 26, 9, 10, 10, 9],
             size=8, right={2, 3, 4, 5}, rule_under_head=True)
    p.para(f"{PLAN} denied the sick visit of {fdate(d[deny], 'long')} because it is waiting for other-coverage "
           f"information from you (a coordination of benefits questionnaire). Until the plan hears from you, the "
           f"visit ({money(b[deny])}) is billed to you. Call the plan, return its form, and we will rebill.", 8.6)
    p.para("Payment is due within 30 days. We accept cards, checks and payment plans.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child, claim_amount=m2(b[deny]),
              service_dates=[span(d[deny])], denial_date=sd.isoformat(), provider=PRACTICE, unscored=["insurer"],
              alternates={"claim_amount": [m2(sum(bal)), None], "provider": [DOCTOR],
                          "service_dates": [[span(x) for x in d]]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 8))
    dos = plus(nd, -rng.randint(15, 25))
    billed = amount(rng, 120, 240)
    claim = digits(rng, 11)
    p = DKSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación: falta información sobre otro seguro", 11.5, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Suscriptor", sub), ("Paciente", child),
             ("Número de miembro", ids["mid"]), ("Grupo", ids["grp"]), ("Número de reclamo", claim),
             ("Fecha de servicio", fdate(dos, "long", "es")), ("Proveedor", PRACTICE),
             ("Cargo facturado", money(billed))], label_w=46, size=9.3)
    p.ln(2)
    p.para(f"Estimado(a) {sub}:", 9.6)
    p.para("No podemos pagar este reclamo todavía. Necesitamos saber si alguien en su familia tiene otro seguro "
           "médico (por ejemplo, por el trabajo de su pareja). Le enviamos un cuestionario de coordinación de "
           "beneficios y no lo hemos recibido. El reclamo queda denegado hasta que lo recibamos (CARC 22). Cuando "
           "llegue, volveremos a procesar el reclamo sin que usted tenga que enviarlo de nuevo.", 9.6)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Las "
           "apelaciones urgentes se deciden en 72 horas. Puede pedir una revisión externa dentro de 4 meses.", 9.6)
    p.para(f"Servicios para Miembros, {PLAN}", 9.6)
    p.boilerplate(PLAN, f"1-866-555-{digits(rng, 4)}")
    t = truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=child,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PRACTICE, appeal_deadline=plus(nd, 180).isoformat(), lang="es")
    return out(p), t


def scan300_stack(rng):
    ids = _ids(rng)
    child, sub = _child(rng)
    ld = dt.date(2026, 5, 18) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(ld, -rng.randint(50, 70))
    dob = dt.date(rng.randint(2013, 2021), rng.randint(1, 12), rng.randint(1, 28))
    claim = digits(rng, 11)
    billed = amount(rng, 140, 260)
    p = DKSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    p.f(13, "B")
    p.cell(0, 6, PRACTICE, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Sycamore Ave, Yuma AZ 85364  |  928-555-{digits(rng, 4)}  |  "
                 f"Fax 928-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.line(fdate(ld, "long"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Coordination of Benefits Unit", f"Fax 1-866-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"{child}, DOB {fdate(dob, 'slash')}", f"Member ID {ids['mid']}  |  Claim {claim}",
                f"Date of service {fdate(dos, 'slash')}  |  Billed {money(billed)}"])
    p.para("To the Coordination of Benefits Unit:", 10)
    p.para(f"Your plan denied the claim above with CARC 22 while it waited for the family's coordination of benefits "
           f"questionnaire. The patient's parent tells us she mailed the questionnaire back last month. Please "
           "reprocess the claim now that you have it, or tell us what else you need.", 10)
    p.para(f"Sincerely,\n\n{DOCTOR}, MD\nfor {PRACTICE}", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=child, cases=[claim],
                          claim_amount=m2(billed), service_dates=[span(dos)], denial_date=ld.isoformat(),
                          provider=DOCTOR, alternates={"insurer": [None], "provider": [PRACTICE]}))
    nd = plus(ld, rng.randint(8, 14))
    other = "Dunmore Basin Employers' Health Trust"
    q = DKSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _logo(q, rng, "Coordination of Benefits Unit")
    q.line(f"Notice date: {fdate(nd, 'dmy')}", 9.6)
    q.ln(2)
    q.boxed_pairs([("Subscriber", sub), ("Patient", child), ("Member ID", ids["mid"]), ("Group", ids["grp"]),
                   ("Claim", claim), ("Date of service", fdate(dos, "slash")), ("Billed", money(billed)),
                   ("Provider", PRACTICE)], label_w=40, size=9)
    q.para(f"We received your coordination of benefits questionnaire. It shows that {child} is also covered under "
           f"the other parent's plan, {other}. Under the birthday rule, that plan pays first for a dependent child "
           f"because the other parent's birthday comes earlier in the year. **We are not the primary plan, so the "
           f"claim remains denied (CARC 22)** until the provider bills the primary plan and sends us its "
           f"explanation of benefits. We will then consider the balance as the secondary plan.", 9.4)
    q.para("If you think this is wrong (for example, the other coverage has ended), you may appeal within 180 days "
           "of the date of this notice. Send proof of the end date.", 9.4)
    q.para("Coordination of Benefits Unit", 9.4)
    doc2 = (out(q), truth("denial_letter", "other", insurer=PLAN, group=ids["grp"], member_id=ids["mid"],
                          member_name=child, cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=nd.isoformat(), provider=PRACTICE, appeal_deadline=plus(nd, 180).isoformat()))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "photocopy_family_eob_four_claims_child_row_denied_cob", "photocopy", [photocopy_eob(rng)]),
        Item(F + "faxstd_caption_box_provider_notice_member_id_letter_O_I", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "faxstd_small_type_questionnaire_letter_cc_practice", "fax_standard_g4", [faxstd_questionnaire(rng)]),
        Item(F + "phone_reprocessing_notice_date_only_in_heading", "phone_photo", [phone_reprocess(rng)]),
        Item(F + "rotated_practice_statement_cob_line_left_to_patient", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_spanish_cob_pending_denial_letter", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "scan300_stack_practice_letter_then_other_coverage_primary_denial", "scan_clean_300", scan300_stack(rng),
             separators=["duplex", None], turns={(1, 0): 90}),
    ]
