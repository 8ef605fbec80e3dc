"""An invented commercial plan (Fernmoor Crest Health Plan) denying a code bundled into another code billed the
same day by the same provider under its procedure-to-procedure (PTP) edits, which follow the National Correct
Coding Initiative: the column 2 code is denied when no modifier 59 / XU / XS shows a separate session, site or
compartment. CPT codes, NCCI and the modifiers appear as themselves; the plan, its edits as applied, every
practice, person, number and phone (555, TTY 711) is invented.

Documents (8 in 7 files):
- faxstd_provider_claim_notice_caption_boxes_29877: the plan's claim notice to an orthopaedic practice in small
  caption-over-box cells under a typed fax header: knee arthroscopy 29881 paid, chondroplasty 29877 denied as
  its column 2 code; NPI, tax ID, patient account, a "previous claim", a 90-day provider appeal.
- faxstd_small_type_member_letter_date_in_heading_provider_in_subject: a 7 pt member letter whose only date is in
  its heading ("NOTICE OF CLAIM DETERMINATION - MARCH 4, 2026") and whose provider is only in the "Re:" line;
  manual therapy 97140 bundled into therapeutic activities 97530; the member ID split across a line break.
- phone_member_eob_three_claims_one_line_bundled: member EOB, three claims in a ruled table, the 97597
  debridement line bundled into 11042 denied, the plan address with ZIP+4, a $150.00 example and taglines.
- lowres_spanish_splint_bundled_into_fracture_care: a Spanish member letter (29125 included in 25600).
- rotated_therapy_practice_statement_bundled_line_left_to_patient: the therapy practice's statement to the
  patient, the denied 97140 line left to the patient (denies nothing).
- photocopy_post_payment_audit_recoupment_29877: a post-payment coding audit letter to the orthopaedic practice
  recouping three earlier 29877 payments, with related claims and amounts in brackets.
- faxfine_stack_cover_practice_appeal_then_upheld_decision_sideways: a typed fax cover, the therapy practice's
  appeal letter on its letterhead (denies nothing), then the plan's upheld appeal decision fed sideways, its date
  only in the title.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import bracket, tiny_date
from kit_rounddl_famdla import DLSheet, confusable_id
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "ncci_procedure_to_procedure_edit_bundled_service_eob"
LANG = "en"
SEED = 352000
PLAN = "Fernmoor Crest Health Plan"
ORTHO = "Copperbend Orthopaedic Surgeons"
SURGEON = "Anneliese V. Drummond"
PT = "Riverbend Motion Physical Therapy"
THERAPIST = "Kenji P. Iwamoto"
WOUND = "Saltmarsh Wound Care Clinic"


def _ids(rng):
    return {"mid": confusable_id(rng, "FC-dcdd-cddd"), "grp": f"{digits(rng, 2)}-{digits(rng, 4)}-A",
            "plan": f"Crest Choice PPO {digits(rng, 3)}"}


def _logo(p: DLSheet, rng, dept: str, y: float = 12):
    p.set_y(y)
    p.set_fill_color(70, 100, 60)
    p.rect(p.l_margin, y, 10, 10, style="F")
    p.set_xy(p.l_margin + 13, y)
    p.f(13, "B")
    p.cell(0, 6, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_x(p.l_margin + 13)
    p.f(7.4)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, Pueblo CO 81002-{digits(rng, 4)}  |  "
                 f"1-877-555-{digits(rng, 4)}  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.set_y(y + 16)


def faxstd_provider(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 3, 16) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 28))
    b1, b2 = amount(rng, 2400, 3100), amount(rng, 900, 1300)
    claim = f"FC{digits(rng, 9)}-01"
    prev = f"FC{digits(rng, 9)}-01"
    fax = (f"{tiny_date(nd)} 16:{rng.randint(10, 59)}  FERNMOOR CREST HP  719-555-{digits(rng, 4)}  ->  "
           f"COPPERBEND ORTHO  719-555-{digits(rng, 4)}  PAGE {{n}}/2")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Provider Claims")
    p.f(7.4)
    for ln in [f"To: {ORTHO}", "Attn: Billing Office", f"{rng.randint(100, 9800)} Prospect Hill Rd, Pueblo CO 810{rng.randint(10, 99)}"]:
        p.cell(0, 3.5, ln, new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.line("PROVIDER CLAIM NOTICE - LINE DENIED (PROCEDURE-TO-PROCEDURE EDIT)", 8.6, "B")
    p.ln(1)
    p.capgrid([
        [("Notice date", fdate(nd, "slash"), 30), ("Claim number", claim, 42), ("Billing NPI", digits(rng, 10), 34),
         ("Tax ID", f"84-{digits(rng, 7)}", 30), ("Patient account", f"CBO{digits(rng, 6)}", 40)],
        [("Member", mem, 48), ("Member ID", ids["mid"], 38), ("Group", ids["grp"], 30),
         ("Rendering", f"{SURGEON}, MD", 60)],
        [("Date of service", fdate(dos, "slash"), 30), ("Line 1 CPT", "29881-RT", 26), ("Billed", money(b1), 28),
         ("Paid", money(round(b1 * 0.58, 2)), 28), ("Line 2 CPT", "29877-RT", 26), ("Billed", money(b2), 26),
         ("Paid", "$0.00", 18)],
        [("Edit", "PTP col. 1 29881 / col. 2 29877", 70), ("Modifier indicator", "1", 32), ("Remark", "N20 / B15", 32),
         ("Previous claim", prev, 48)],
    ], cap=5.8, val=7.4)
    p.ln(1)
    p.para("N20  Line 2 denied. Chondroplasty (29877) is a column 2 code of knee arthroscopy with meniscectomy "
           "(29881) in the same knee on the same day. It is paid separately only when it was done in a separate "
           "compartment and the claim shows that with modifier 59 or XS (or XU for a separate session). No such "
           "modifier was billed. Line 1 was paid. The member may not be billed for the denied line.", 7.2)
    p.add_page()
    p.band("PROVIDER APPEAL AND CORRECTED CLAIMS", 7.4)
    p.para("You may file a provider appeal within 90 days of the date of this notice, with the operative report. "
           "To add a modifier, send a corrected claim (frequency code 7) within 365 days of the date of service "
           "instead. Urgent pre-service appeals are decided within 72 hours.", 7.2)
    p.para(f"Provider Services 1-877-555-{digits(rng, 4)}. Form FCHP-PCN-08 (rev. 01/2026).", 7.2)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(b2), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=SURGEON, appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"provider": [ORTHO], "claim_amount": [m2(b1 + b2)]})
    return out(p), t


def faxstd_member_letter(rng):
    ids = _ids(rng)
    mem, first, _, last = person(rng)
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(18, 26))
    billed = amount(rng, 62, 95)
    claim = f"FC{digits(rng, 9)}"
    fax = (f"{tiny_date(nd)} 08:{rng.randint(10, 59)}  FCHP MEMBER SVCS  ->  {last.upper()}  "
           f"719-555-{digits(rng, 4)}  P{{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _logo(p, rng, "Member Services")
    p.title_line(f"NOTICE OF CLAIM DETERMINATION - {fdate(nd, 'long').upper()}", 9.5)
    a, b = ids["mid"].rsplit("-", 1)
    for ln in [mem, f"{rng.randint(100, 9800)} Canyon Creek Ct", f"Pueblo CO 810{rng.randint(10, 99)}",
               f"Member ID {a}-", f"{b}   Group {ids['grp']}"]:
        p.line(ln, 7.4)
    p.ln(3)
    p.re_block([f"Services from {PT} on {fdate(dos, 'long')}", f"Claim {claim}"], size=7.4)
    s = 7.2
    p.para(f"Dear {first} {last}:", s)
    p.para(f"Your therapist billed therapeutic activities (CPT 97530) and manual therapy (CPT 97140) for the same "
           f"visit. Under our coding edits, which follow the National Correct Coding Initiative, manual therapy "
           f"is included in therapeutic activities when both are billed for the same day, unless the claim shows "
           f"with modifier 59 or XU that they were done in separate time periods. The claim had no such modifier, "
           f"so the manual therapy line (billed {money(billed)}) was denied. The other lines were paid.", s)
    p.para("**You do not owe the denied amount.** Your therapist is in our network and may not bill you for a line "
           "denied under a coding edit. If the therapist sends a corrected claim with the right modifier, we will "
           "look at it again.", s)
    p.para("If you disagree, you may appeal within 180 days of the date of this notice. Write to the Appeals Unit "
           "at the address above. If waiting could seriously harm your health, ask for an urgent appeal (72 hours). "
           "After our final decision you may ask for an external review within 4 months.", s)
    p.para(f"Claims Review\n{PLAN}", s)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}", size=6.4)
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=PT, appeal_deadline=plus(nd, 180).isoformat())
    return out(p), t


def phone_eob(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sub = person(rng)[0]
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 6))
    d = sorted([dt.date(2026, 3, rng.randint(2, 8)), dt.date(2026, 3, rng.randint(11, 18)),
                dt.date(2026, 3, rng.randint(23, 30))])
    cl = [f"FC{digits(rng, 9)}" for _ in d]
    lines = [(0, "99213", "Office visit", 140, 190), (0, "11042", "Debridement, subcut.", 260, 340),
             (1, "11042", "Debridement, subcut.", 260, 340), (1, "97597", "Debridement, selective", 150, 210),
             (2, "11042", "Debridement, subcut.", 260, 340), (2, "A6212", "Foam dressing", 20, 40)]
    deny = 3
    rows = []
    tb = tp = to = 0.0
    for i, (c, code, desc, lo, hi) in enumerate(lines):
        billed = amount(rng, lo, hi)
        if i == deny - 1:
            paired = billed
        if i == deny:
            allowed = paid = owe = 0.0
            dbill, rm = billed, "PTP"
            cbill = dbill + paired
        else:
            allowed = round(billed * 0.7, 2)
            paid = round(allowed * 0.8, 2)
            owe = round(allowed - paid, 2)
            rm = ""
        tb, tp, to = tb + billed, tp + paid, to + owe
        rows.append([cl[c], fdate(d[c], "slash"), code, desc, money(billed, "nosign"), money(allowed, "nosign"),
                     money(paid, "nosign"), money(owe, "nosign"), rm])
    rows.append(["Totals", "", "", "", money(tb, "nosign"), "", money(tp, "nosign"), money(to, "nosign"), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _logo(p, rng, "Explanation of Benefits - THIS IS NOT A BILL")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Subscriber:", sub), ("Patient:", mem),
                   ("Member ID:", ids["mid"]), ("Group:", ids["grp"]), ("Plan:", ids["plan"])], w=100, size=8.4)
    p.ln(3)
    p.para(f"Services from {WOUND}. Previous claim for this patient: FC{digits(rng, 9)} (processed 02/17/2026).", 8.4)
    p.table(["Claim", "Date", "CPT", "Service", "Billed", "Allowed", "Plan paid", "You owe", "Rmk"], rows,
            [26, 19, 12, 36, 17, 17, 17, 16, 10], size=7.6, bold_last=True,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "L"])
    p.para(f"PTP  Claim {cl[1]}: selective debridement (97597) is a column 2 code of subcutaneous debridement "
           "(11042) on the same wound and day under our procedure-to-procedure coding edits, and the claim shows no "
           "modifier 59 or XS for a separate wound. It is not paid separately. You do not owe this amount.", 8.2)
    p.para("How to read this statement: for example, if the allowed amount were $150.00 and you had met your "
           "deductible, the plan would pay $120.00 and you would owe $30.00.", 8.2)
    p.para("You may appeal a denied line within 180 days of the date of this statement. Urgent appeals are decided "
           "within 72 hours; external review may be requested within 4 months of a final decision.", 8.2)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("eob", "coding_error", insurer=PLAN, plan_id=ids["plan"], group=ids["grp"], member_id=ids["mid"],
              member_name=mem, cases=[cl[1]], claim_amount=m2(dbill), service_dates=[span(d[1])],
              denial_date=sd.isoformat(), provider=WOUND, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"claim_amount": [m2(cbill)]})
    return out(p), t


def lowres_spanish(rng):
    ids = _ids(rng)
    mem, first, _, last = person(rng)
    nd = dt.date(2026, 4, 27) + dt.timedelta(days=rng.randint(0, 6))
    dos = plus(nd, -rng.randint(20, 30))
    billed = amount(rng, 70, 120)
    claim = f"FC{digits(rng, 9)}"
    doc = "Ignacio T. Valdespino"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de una línea del reclamo", 12, "B")
    p.ln(2)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Miembro", mem), ("Número de miembro", ids["mid"]),
             ("Grupo", ids["grp"]), ("Número de reclamo", claim), ("Fecha de servicio", fdate(dos, "long", "es")),
             ("Médico", f"Dr. {doc}, {ORTHO}"), ("Cargo de la línea", money(billed))], label_w=46, size=9.2)
    p.ln(3)
    p.para(f"Estimado(a) {first} {last}:", 9.8)
    p.para("Su médico facturó el tratamiento cerrado de una fractura de muñeca (CPT 25600) y la colocación de una "
           "férula corta de brazo (CPT 29125) el mismo día. Según nuestras reglas de codificación, que siguen la "
           "National Correct Coding Initiative, la férula está incluida en el tratamiento de la fractura y no se "
           "paga por separado. Pagamos el tratamiento de la fractura y denegamos la línea de la férula.", 9.8)
    p.para("Usted no debe la cantidad denegada: su médico es de la red y no puede cobrársela.", 9.8)
    p.para("**Sus derechos de apelación.** Puede apelar dentro de 180 días a partir de la fecha de este aviso. Si "
           "esperar pone en grave riesgo su salud, pida una apelación urgente (72 horas). Después puede pedir una "
           "revisión externa dentro de 4 meses.", 9.8)
    p.para(f"Servicios para Miembros, {PLAN}", 9.8)
    p.boilerplate(PLAN, f"1-877-555-{digits(rng, 4)}")
    t = truth("denial_letter", "coding_error", insurer=PLAN, group=ids["grp"], member_id=ids["mid"], member_name=mem,
              cases=[claim], claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"provider": [ORTHO]})
    return out(p), t


def rotated_statement(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    sd = dt.date(2026, 5, 4) + dt.timedelta(days=rng.randint(0, 6))
    d = [dt.date(2026, 3, rng.randint(2, 6)), dt.date(2026, 3, rng.randint(9, 13))]
    rows_spec = [(0, "97110", "Therapeutic exercise 2u", 110, 150), (0, "97530", "Therapeutic activities 2u", 120, 170),
                 (1, "97530", "Therapeutic activities 2u", 120, 170), (1, "97140", "Manual therapy 1u", 60, 90),
                 (1, "97110", "Therapeutic exercise 1u", 55, 80)]
    deny = 3
    rows, tot = [], [0.0, 0.0, 0.0, 0.0]
    for i, (k, code, desc, lo, hi) in enumerate(rows_spec):
        ch = amount(rng, lo, hi)
        if i == deny:
            adj, ins, bal = 0.0, 0.0, ch
            dch = ch
        else:
            adj = round(ch * 0.3, 2)
            ins = round((ch - adj) * 0.8, 2)
            bal = round(ch - adj - ins, 2)
        tot = [tot[0] + ch, tot[1] + adj, tot[2] + ins, tot[3] + bal]
        rows.append([fdate(d[k], "slash"), code, desc, money(ch, "nosign"), bracket(adj) if adj else "0.00",
                     bracket(ins) if ins else "DENIED-BUNDLED", money(bal, "nosign")])
    rows.append(["", "", "Balance due", money(tot[0], "nosign"), bracket(tot[1]), bracket(tot[2]),
                 money(tot[3], "nosign")])
    acct = f"RMPT-{digits(rng, 6)}"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    p.letterhead(PT, [f"{THERAPIST}, DPT  |  Pueblo CO 81003-{digits(rng, 4)}  |  719-555-{digits(rng, 4)}"])
    p.line("PATIENT STATEMENT", 11, "B")
    p.right_block([("Statement date:", fdate(sd, "long")), ("Account:", acct), ("Patient:", mem),
                   ("Insurance:", PLAN), ("Member ID:", ids["mid"])], w=100, size=8.5)
    p.ln(4)
    p.table(["Date", "CPT", "Description", "Charge", "Plan adj.", "Ins. paid", "Balance"], rows,
            [20, 14, 46, 20, 22, 30, 22], size=8.2, bold_last=True, aligns=["L", "L", "L", "R", "R", "R", "R"])
    p.para(f"{PLAN} paid your visits but denied the manual therapy on {fdate(d[1], 'long')} as bundled with "
           "therapeutic activities. We have asked the plan to reconsider; until then this line shows as your "
           f"balance ({money(dch)}). Please pay within 30 days or call our billing office.", 8.6)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, claim_amount=m2(dch),
              service_dates=[span(d[1])], denial_date=sd.isoformat(), provider=PT, unscored=["insurer"],
              alternates={"claim_amount": [m2(tot[3]), m2(tot[0]), None], "service_dates": [[span(x) for x in d]],
                          "provider": [THERAPIST]})
    return out(p), t


def photocopy_audit(rng):
    ids = _ids(rng)
    mem = person(rng)[0]
    nd = dt.date(2026, 6, 8) + dt.timedelta(days=rng.randint(0, 6))
    audit = f"PPA-{digits(rng, 6)}"
    d = sorted([dt.date(2026, 1, rng.randint(5, 15)), dt.date(2026, 1, rng.randint(19, 29)),
                dt.date(2026, 2, rng.randint(2, 20))])
    cl = [f"FC{digits(rng, 9)}-01" for _ in d]
    b = [amount(rng, 900, 1300) for _ in d]
    pd = [round(x * 0.55, 2) for x in b]
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 12, 20)
    p.add_page()
    _logo(p, rng, "Payment Integrity - Coding Review")
    p.right_block([("Date:", fdate(nd, "long")), ("Audit number:", audit), ("Tax ID:", f"84-{digits(rng, 7)}")],
                  w=96, size=8.8)
    p.ln(2)
    for ln in [ORTHO, "Attn: Billing Office", f"{rng.randint(100, 9800)} Prospect Hill Rd", "Pueblo CO 81004"]:
        p.line(ln, 9.4)
    p.ln(3)
    p.line("POST-PAYMENT CODING REVIEW - OVERPAYMENT", 10.5, "B")
    p.ln(1)
    p.para(f"We reviewed claims paid to your practice for {SURGEON}, MD. On the claims below we paid chondroplasty "
           f"(29877) with knee arthroscopy and meniscectomy (29881) on the same knee and day. 29877 is a column 2 "
           f"code of 29881 under our procedure-to-procedure edits, and the operative reports do not document a "
           f"separate compartment that would support modifier 59 or XS. The 29877 payments were made in error.", 9.2)
    rows = [[cl[i], fdate(d[i], "slash"), mem if i == 1 else person(rng)[0], "29877", money(b[i], "nosign"),
             bracket(pd[i])] for i in range(3)]
    rows.append(["", "", "", "Total", money(sum(b), "nosign"), bracket(sum(pd))])
    p.table(["Claim", "Date of service", "Patient", "CPT", "Line billed", "Recovery"], rows,
            [36, 26, 46, 14, 24, 24], size=8.4, bold_last=True)
    p.para(f"We will recover {money(sum(pd))} by offsetting future payments beginning 45 days from the date of this "
           "letter, unless you repay it first. Related claims reviewed and found correct: "
           f"FC{digits(rng, 9)}-01, FC{digits(rng, 9)}-01.", 9.2)
    p.para("If you disagree, you may request a review of this audit within 60 days of the date of this letter. "
           "Send the operative reports and your reasons. Your patients may not be billed for these amounts.", 9.2)
    t = truth("denial_letter", "coding_error", insurer=PLAN, cases=[audit] + cl, claim_amount=m2(sum(b)),
              service_dates=[span(x) for x in d], denial_date=nd.isoformat(), provider=SURGEON,
              appeal_deadline=plus(nd, 60).isoformat(), denial_alternates=["other"],
              alternates={"provider": [ORTHO], "claim_amount": [m2(sum(pd))], "case_numbers": [[audit]]},
              unscored=["member_name"])
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    mem, mf, _, ml = person(rng)
    dos = dt.date(2026, 3, rng.randint(3, 13))
    ld = plus(dos, rng.randint(30, 40))
    claim = f"FC{digits(rng, 9)}"
    billed = amount(rng, 62, 95)
    dob = dt.date(rng.randint(1960, 1990), rng.randint(1, 12), rng.randint(1, 28))
    p = DLSheet(footer=None)
    p.set_margins(22, 14, 22)
    p.add_page()
    p.letterhead(PT, [f"{rng.randint(100, 9800)} N Bishop Blvd, Pueblo CO 81005  |  719-555-{digits(rng, 4)}  |  "
                      f"Fax 719-555-{digits(rng, 4)}"])
    p.line(ld.strftime("%-d %B %Y"), 10)
    p.ln(3)
    for ln in [PLAN, "Attn: Provider Appeals", f"Fax 1-877-555-{digits(rng, 4)}"]:
        p.line(ln, 10)
    p.ln(3)
    p.re_block([f"{mem}, DOB {fdate(dob, 'slash')}", f"Member ID {ids['mid']}  |  Claim {claim}",
                f"97140 denied as bundled with 97530, date of service {fdate(dos, 'slash')}"])
    p.para("To the Provider Appeals Unit:", 10)
    p.para(f"We ask you to pay the manual therapy line. {mf} received therapeutic activities from 9:00 to 9:30 and "
           f"manual therapy to the cervical spine from 9:40 to 9:55, in separate time periods, as the enclosed "
           f"treatment notes show. Our biller left off modifier 59. A corrected claim with 97140-59 is enclosed.",
           10)
    p.para(f"Sincerely,\n\n{THERAPIST}, DPT\nClinic Director", 10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=mem, cases=[claim],
                          claim_amount=None, service_dates=[span(dos)], denial_date=ld.isoformat(), provider=THERAPIST,
                          alternates={"insurer": [None], "provider": [PT]}))
    ad = plus(ld, rng.randint(20, 28))
    appeal = f"PA-{digits(rng, 7)}"
    q = DLSheet(footer=None)
    q.set_margins(20, 12, 20)
    q.add_page()
    _logo(q, rng, "Provider Appeals")
    q.title_line(f"Provider appeal decision - {ad.strftime('%B %-d, %Y')}", 11)
    q.pairs([("Appeal number", appeal), ("Claim number", claim), ("Member", mem), ("Member ID", ids["mid"]),
             ("Date of service", fdate(dos, "slash")), ("Line", f"97140  billed {money(billed)}")], label_w=36,
            size=9.2)
    q.ln(2)
    q.para(f"We reviewed the appeal from {PT}. **The denial is upheld.** The treatment notes show both services "
           "in one 25-minute block with no separate time period for manual therapy, so modifier 59 is not "
           "supported and 97140 stays bundled into 97530.", 9.6)
    q.para("You may file a second-level provider appeal within 30 days of the date of this decision. The member "
           "may not be billed for the denied line.", 9.6)
    q.para(f"Provider Appeals, {PLAN}", 9.6)
    doc2 = (out(q), truth("denial_letter", "coding_error", insurer=PLAN, member_id=ids["mid"], member_name=mem,
                          cases=[appeal, claim], claim_amount=m2(billed), service_dates=[span(dos)],
                          denial_date=ad.isoformat(), provider=PT, appeal_deadline=plus(ad, 30).isoformat(),
                          alternates={"case_numbers": [[appeal], [claim]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_claim_notice_caption_boxes_29877", "fax_standard_g4", [faxstd_provider(rng)]),
        Item(F + "faxstd_small_type_member_letter_date_in_heading_provider_in_subject", "fax_standard_g4",
             [faxstd_member_letter(rng)]),
        Item(F + "phone_member_eob_three_claims_one_line_bundled", "phone_photo", [phone_eob(rng)]),
        Item(F + "lowres_spanish_splint_bundled_into_fracture_care", "scan_lowres_150", [lowres_spanish(rng)]),
        Item(F + "rotated_therapy_practice_statement_bundled_line_left_to_patient", "rotated", [rotated_statement(rng)]),
        Item(F + "photocopy_post_payment_audit_recoupment_29877", "photocopy", [photocopy_audit(rng)]),
        Item(F + "faxfine_stack_cover_practice_appeal_then_upheld_decision_sideways", "fax_fine_g4", faxfine_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
