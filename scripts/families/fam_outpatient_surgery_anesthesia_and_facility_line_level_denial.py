"""An invented commercial plan (Quarry Lake Health Plan) refusing one line of an ambulatory surgery centre's claim for
knee or shoulder arthroscopy while the surgeon's and the anesthesiologist's claims are paid, with the centre's
and the anesthesia group's own papers. CPT, HCPCS, CARC/RARC codes appear as themselves; the plan, its rules and
time limits, the centre (Ironwood Ambulatory Surgery Center), the surgeons' and anesthesia groups, every doctor,
person, number and address are invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_member_eob_three_claims_splint_line_bundled: a landscape member EOB of the surgeon's, the anesthesia group's and
  the centre's claims (two to four lines each, claim totals, TOTALS); the centre's splint line (A4570) pays 0.00
  under CARC 97 (included in the facility payment; coding_error); surgeon, anesthesiologist, NPI, DOB decoys.
- faxstd_provider_remittance_three_patients_addon_line_no_auth: a remittance advice to the centre on a standard fax:
  three patients' claims, the add-on acromioplasty line (29826) of one refused under CARC 197 / RARC N54 (not in the
  approval; prior_authorization); TIN, EFT trace, other patients' claims and approval numbers as decoys.
- phone_es_injerto_membrana_amniotica_experimental: a photographed Spanish letter refusing the centre's line for an
  amniotic membrane graft the surgeon placed (experimental).
- rotated_centre_statement_after_insurance: the centre's statement to the patient after the plan paid (denies
  nothing), fed sideways.
- lowres_knee_brace_from_centre_not_contracted_supplier: a 150 dpi prose letter: a hinged knee brace handed out by the
  centre, which is not in the plan's network for braces (out_of_network).
- photocopy_form_corrected_line_sent_late: a photocopied claim notice form with small captioned boxes: a corrected
  claim adding an implant line sent after the plan's filing limit (timely_filing).
- clean300_stack_anesthesia_statement_then_duplicate_line_letter_upside_down: the anesthesia group's statement
  (denies nothing), a blank separator, then (upside down) a letter refusing the centre's line billed twice (other).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundds_famdsb import DSSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "outpatient_surgery_anesthesia_and_facility_line_level_denial"
LANG = "en"
SEED = 353401
INS = "Quarry Lake Health Plan"
ALT = ["Quarry Lake"]
PLAN = "Quarry Lake Choice PPO 2000"
GROUP = "QL-204817"
ASC = "Ironwood Ambulatory Surgery Center"
ORTHO = "Foothill Orthopaedic Partners"
ANES = "Summit Crest Anesthesia Associates"


def ql_id(rng):
    return f"QLH{digits(rng, 9)}"


def icn(rng):
    return f"{rng.randint(2, 9)}{digits(rng, 12)}"


def dob(rng):
    return dt.date(rng.randint(1958, 1999), rng.randint(1, 12), rng.randint(1, 28))


def phone(rng, area="866"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def _head(p: DSSheet, rng, unit="Member Services"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Harrisburg PA 17105-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _asc_head(p: DSSheet, rng, box=None):
    p.logo_head(ASC, "IASC", [f"{rng.randint(100, 9800)} Tannery Run Rd, Lancaster PA 17601-{digits(rng, 4)}  |  "
                              f"Patient Accounts {phone(rng, '717')}  |  Tax ID {digits(rng, 2)}-{digits(rng, 7)}"],
                box=box, size=12)


def bd_eob(rng):
    patient, surg, anes = people(rng, 3)
    mid = ql_id(rng)
    sx = dt.date(2026, 4, rng.randint(6, 24))
    sd = plus(sx, rng.randint(24, 34))
    claims = []
    n_s, n_a, n_f = icn(rng), icn(rng), icn(rng)

    def paid(d, code, desc, lo, hi, co=0.2):
        b = amount(rng, lo, hi)
        al = round(b * rng.uniform(0.45, 0.6), 2)
        you = round(al * co, 2)
        return [fdate(d, "slash"), code, desc, b, al, round(al - you, 2), you, "PD"]

    claims.append({"first": [n_s, ORTHO, f"Dr. {surg}"],
                   "lines": [paid(sx, "29881", "Knee arthroscopy, menisc.", 2400, 3300),
                             paid(sx, "29877", "Chondroplasty", 700, 1100)]})
    claims.append({"first": [n_a, ANES, f"Dr. {anes}"],
                   "lines": [paid(sx, "01400", "Anesthesia, knee", 900, 1500),
                             paid(sx, "64447", "Femoral nerve block", 350, 600)]})
    splint = amount(rng, 140, 260)
    fl = [paid(sx, "29881", "Facility, arthroscopy", 5200, 7400), paid(sx, "29877", "Facility, chondroplasty",
                                                                       900, 1600),
          paid(sx, "J2250", "Midazolam inj.", 25, 60),
          [fdate(sx, "slash"), "A4570", "Splint", splint, 0.0, 0.0, 0.0, "97"]]
    claims.append({"first": [n_f, ASC, f"Dr. {surg}"], "lines": fl})
    billed_f = round(sum(ln[3] for ln in fl), 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12.5, "B")
    p.ln(1)
    p.capstrip([("Patient", patient), ("Member ID", mid), ("Group", GROUP), ("Plan", PLAN),
                ("Statement date", fdate(sd, "long"))], [52, 40, 32, 60, 75])
    p.capstrip([("Date of birth", fdate(dob(rng), "slash")), ("Plan year", "01/01/2026 - 12/31/2026"),
                ("Deductible met", "$1,400.00 of $2,000.00"), ("Facility NPI", npi(rng)),
                ("Printed", fdate(plus(sd, -1), "slash"))], [38, 58, 58, 50, 55])
    p.ln(3)
    p.claims_table(["Claim no.", "Billed by", "Rendering / attending", "Date", "Code", "Service", "Billed",
                    "Allowed", "Plan paid", "You owe", "Note"], claims,
                   [29, 55, 40, 19, 12, 36, 17, 17, 17, 16, 11], size=7.4)
    p.para("**Notes.** PD: paid under your plan; what you owe is your coinsurance. 97 (CARC 97, RARC M15): the "
           "splint was put on in the operating room, and our payment for the facility's surgery line already covers "
           "supplies used during surgery, so the centre may not be paid for it separately. The centre is in our "
           "network and may not bill you for this line.", 8.2)
    p.para("**Your rights.** You may appeal within 180 days of the statement date. Urgent appeals are decided "
           "within 72 hours. After our final decision you may ask for an external review within 4 months.", 8.2)
    t = truth("eob", "coding_error", insurer=INS, plan_id=PLAN, group=GROUP, member_id=mid, member_name=patient,
              cases=[n_f], claim_amount=m2(billed_f), service_dates=[sx.isoformat()], denial_date=sd.isoformat(),
              provider=ASC, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "plan_id": [None], "provider": [surg], "claim_amount": [m2(splint)]},
              denial_alternates=["not_covered"])
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 3)
    surgs = people(rng, 3)
    rd = dt.date(2026, 5, rng.randint(4, 22))
    W = 0
    claims, info = [], []
    for i, (pt, sg) in enumerate(zip(pats, surgs)):
        d = plus(rd, -rng.randint(14, 40))
        n = icn(rng)
        mid = ql_id(rng)
        lines = []
        if i == 1:
            spec = [("29827", "Rotator cuff repair", 6100, 8200, False), ("29826", "Acromioplasty add-on", 1500, 2400,
                                                                         True),
                    ("J2250", "Midazolam inj.", 25, 60, False)]
        elif i == 0:
            spec = [("29881", "Knee arthroscopy", 5000, 7000, False), ("A4570", "Splint", 120, 220, False)]
        else:
            spec = [("64721", "Carpal tunnel release", 2600, 3600, False), ("J1100", "Dexamethasone inj.", 20, 45,
                                                                            False),
                    ("J0690", "Cefazolin inj.", 18, 40, False)]
        for code, desc, lo, hi, den in spec:
            b = amount(rng, lo, hi)
            if den:
                lines.append([fdate(d, "slash"), code, desc, b, 0.0, 0.0, 0.0, "197 N54"])
            else:
                al = round(b * 0.52, 2)
                lines.append([fdate(d, "slash"), code, desc, b, al, round(al * 0.8, 2), round(al * 0.2, 2), "1"])
        claims.append({"first": [n, pt, mid], "lines": lines})
        info.append((pt, sg, n, mid, d, round(sum(ln[3] for ln in lines), 2)))
    pa_other = f"QA{digits(rng, 8)}"
    fax = f"{rd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  QLHP PROVIDER REMIT  {phone(rng, '717')}  PG {{n}}"
    p = DSSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payment Services")
    p.line("PROVIDER REMITTANCE ADVICE", 12.5, "B")
    p.ln(1)
    p.capstrip([("Payee", ASC), ("Payee TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Payee NPI", npi(rng)),
                ("Remit date", fdate(rd, "slash")), ("EFT trace", digits(rng, 11))], [80, 40, 40, 45, 54])
    p.ln(3)
    p.claims_table(["Claim (ICN)", "Patient", "Member ID", "From", "Code", "Service", "Billed", "Allowed", "Paid",
                    "Pt resp", "Adj"], claims, [30, 42, 30, 19, 12, 40, 18, 18, 17, 16, 17], size=7.3,
                   sub_label="Claim total")
    pt, sg, n, mid, d, billed = info[1]
    p.para(f"**Adjustment legend.** 1: paid per contract. 197 N54: the approval on file for this patient ({pa_other} "
           f"requested by Dr. {sg}) covers rotator cuff repair (29827) only. The acromioplasty add-on (29826) was not "
           "part of the request and no one asked us to add it, so the line is refused. Contractual: not billable to the "
           "patient.", 7.9)
    p.para("Reconsideration: send a written request within 90 days of the remit date. Other patients' approval "
           f"numbers are not shown. Surgeons of record: {', '.join('Dr. ' + s for s in surgs)}.", 7.9)
    t = truth("eob", "prior_authorization", insurer=INS, member_id=mid, member_name=pt, cases=[n],
              claim_amount=m2(billed), service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=ASC,
              appeal_deadline=plus(rd, 90).isoformat(),
              alternates={"insurer": ALT, "provider": [sg], "case_numbers": [[n, pa_other]]})
    return out(p), t


def phone_es(rng):
    patient, surg, sig = people(rng, 3)
    mid = ql_id(rng)
    sx = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(sx, rng.randint(28, 40))
    n = icn(rng)
    graft = amount(rng, 1800, 3200)
    total = round(graft + amount(rng, 5200, 7400), 2)
    p = DSSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Número de miembro: {mid}    Grupo: {GROUP}", 9.6)
    p.para(f"Estimado(a) {patient}:", 10)
    p.para(f"El {fdate(sx, 'long', 'es')} le operaron el hombro en {ASC}. El cirujano, Dr. {surg}, colocó un injerto "
           f"de membrana amniótica sobre el tendón reparado. El centro nos cobró {money(total)} por la cirugía "
           f"(reclamo {n}); de esa cantidad, {money(graft)} eran por el injerto (Q4186).", 10)
    p.para("Pagamos la cirugía, pero no el injerto. Los estudios publicados todavía no muestran que este tipo de "
           "injerto ayude a que un tendón del hombro sane mejor; por eso su plan lo considera un tratamiento en "
           "investigación. El centro tiene contrato con nosotros y no puede cobrarle esa línea.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se "
           "deciden en 72 horas. Puede pedir una revisión externa dentro de 4 meses después de nuestra decisión "
           f"final. Llame al {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros", 9.6)
    p.taglines()
    t = truth("denial_letter", "experimental", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(total), service_dates=[sx.isoformat()], denial_date=nd.isoformat(),
              provider=ASC, appeal_deadline=plus(nd, 180).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [surg], "claim_amount": [m2(graft)]})
    return out(p), t


def rotated_statement(rng):
    patient, guar, surg = people(rng, 3)
    mid = ql_id(rng)
    sx = dt.date(2026, 6, rng.randint(2, 20))
    sd = plus(sx, rng.randint(30, 45))
    acct = f"IA{digits(rng, 7)}"
    b1, b2 = amount(rng, 5000, 7000), amount(rng, 30, 70)
    tot = round(b1 + b2, 2)
    paid = round(tot * 0.42, 2)
    adj = round(tot * 0.47, 2)
    bal = round(tot - paid - adj, 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _asc_head(p, rng, box="STATEMENT")
    p.addr_pair("Guarantor", [guar, *address(rng)], "Please remit to",
                [f"{ASC} - Patient Accounts", f"PO Box {rng.randint(2000, 9000)}", f"Lancaster PA 17604-{digits(rng, 4)}"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", patient)],
            [("Surgeon", f"Dr. {surg}"), ("Insurance", f"{INS}  {mid}"), ("Pay by", fdate(plus(sd, 30), "slash"))]],
           size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(sx, "slash"), "64721", "Facility - carpal tunnel release", money(b1, "nosign"), ""],
             [fdate(sx, "slash"), "J1100", "Dexamethasone inj.", money(b2, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -6), "slash"), "", f"{INS} payment", "", money(paid, "nosign")],
             [fdate(plus(sd, -6), "slash"), "", "Contractual adjustment", "", money(adj, "nosign")],
             ["", "", "AMOUNT YOU OWE (coinsurance)", money(bal), ""]],
            [24, 18, 80, 25, 32.9], size=8.8, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your insurer has paid its share. The amount shown is your coinsurance as your insurer reported it. "
           "Questions about this bill: call Patient Accounts. Payment plans are available.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
              service_dates=[sx.isoformat()], denial_date=sd.isoformat(), provider=ASC, unscored=["insurer"],
              alternates={"provider": [surg], "member_id": [None]})
    return out(p), t


def lowres_brace(rng):
    patient, surg, sig = people(rng, 3)
    mid = ql_id(rng)
    sx = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(sx, rng.randint(30, 45))
    n = icn(rng)
    brace = amount(rng, 480, 860)
    p = DSSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {patient}:", 10)
    p.para(f"After your knee surgery at {ASC} on {fdate(sx, 'long')}, the centre fitted you with a hinged knee brace "
           f"(L1833) that Dr. {surg} ordered, and billed us {money(brace)} for it as claim {n}. We paid the centre's "
           "surgery charges on a separate claim.", 10)
    p.para("We are not paying for the brace. Your plan covers braces when they come from a supplier in our network "
           "for medical equipment. The centre is in our network for surgery, but it has not joined our network for "
           "braces and other equipment, and your plan does not pay for equipment from suppliers outside the "
           "network. Because the centre did not tell you this before fitting the brace, it may not bill you for it.",
           10)
    p.para(f"You may appeal within 180 days of the date of this letter. Your member ID is {mid}. Questions: "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nMember Services\n{INS}", 10)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=patient, cases=[n],
              claim_amount=m2(brace), service_dates=[sx.isoformat()], denial_date=nd.isoformat(), provider=ASC,
              appeal_deadline=plus(nd, 180).isoformat(), alternates={"insurer": ALT, "provider": [surg]})
    return out(p), t


def photocopy_late(rng):
    patient, surg, anes = people(rng, 3)
    mid = ql_id(rng)
    sx = dt.date(2026, 1, rng.randint(5, 20))
    orig = icn(rng)
    rec = plus(sx, rng.randint(185, 200))
    nd = plus(rec, rng.randint(5, 10))
    n = icn(rng)
    lines = [("29827", "Facility, rotator cuff repair", amount(rng, 6000, 8000)),
             ("C1713", "Anchor / implant (added)", amount(rng, 900, 1600))]
    billed = round(sum(x[2] for x in lines), 2)
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 14, 14)
    p.add_page()
    _head(p, rng, "Claims")
    p.line("CLAIM DETERMINATION NOTICE", 12.5, "B", align="C")
    p.line("QL-CDN-4 (rev. 11/2025)", 7.2, align="C")
    p.ln(2)
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("A. Notice date", fdate(nd, "dash")), ("B. Patient", patient), ("C. Member ID", mid),
                 ("D. Group", GROUP)], [34, 58, 44, W - 136])
    p.form_band([("E. Corrected claim", n), ("F. Replaces claim", orig), ("G. Received", fdate(rec, "dash"))],
                [60, 60, W - 120])
    p.form_band([("H. Facility", ASC), ("I. Surgeon", f"Dr. {surg}"), ("J. Anesthesia", f"Dr. {anes}")],
                [76, 54, W - 130])
    p.form_band([("K. Date of surgery", fdate(sx, "dash")), ("L. Decision", "Corrected claim denied - late")],
                [50, W - 50])
    p.ln(2)
    p.table(["Code", "Service", "Billed", "Status"],
            [[c, d, money(b, "nosign"), "paid on " + orig if c == "29827" else "denied"] for c, d, b in lines] +
            [["", "Corrected claim total", money(billed, "nosign"), ""]],
            [22, 82, 30, W - 134], size=8.4, aligns=["L", "L", "R", "L"], bold_last=True)
    p.para("The centre sent a corrected claim to add the anchor used in your repair. Our contract with the centre "
           "allows 180 days from the surgery to send a claim or a correction. This one reached us after that time "
           "(see boxes G and K), so we denied it. The first claim stays paid. The centre may not bill you for the "
           "anchor.", 9)
    p.para("You may appeal within 180 days of the notice date (box A). External review: within 4 months of our "
           "final decision.", 9)
    t = truth("denial_letter", "timely_filing", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
              cases=[n], claim_amount=m2(billed), service_dates=[sx.isoformat()], denial_date=nd.isoformat(),
              provider=ASC, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [surg], "case_numbers": [[n, orig]],
                          "claim_amount": [m2(lines[1][2])]})
    return out(p), t


def clean300_stack(rng):
    patient, anes, crna, surg, sig = people(rng, 5)
    mid = ql_id(rng)
    sx = dt.date(2026, 7, rng.randint(6, 24))
    sd = plus(sx, rng.randint(30, 40))
    a1, a2 = amount(rng, 900, 1500), amount(rng, 350, 600)
    tot = round(a1 + a2, 2)
    paid = round(tot * 0.45, 2)
    adj = round(tot * 0.43, 2)
    bal = round(tot - paid - adj, 2)
    acct = f"SC-{digits(rng, 6)}"
    p = DSSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(ANES, "SCAA", [f"Billing office PO Box {rng.randint(1000, 9000)}, York PA 17405-{digits(rng, 4)}  |  "
                               f"{phone(rng, '717')}"], box="STATEMENT", size=12)
    p.grid([[("Statement date", fdate(sd, "slash")), ("Account", acct), ("Patient", patient)],
            [("Anesthesiologist", f"Dr. {anes}"), ("CRNA", crna), ("Place of service", ASC)]], size=8.2)
    p.table(["Date", "Code", "Description", "Charge", "Ins. paid", "Adjust", "Balance"],
            [[fdate(sx, "slash"), "01630", "Anesthesia, shoulder", money(a1, "nosign"), "", "", ""],
             [fdate(sx, "slash"), "64415", "Brachial plexus block", money(a2, "nosign"), "", "", ""],
             ["", "", "Total charges", money(tot, "nosign"), "", "", ""],
             ["", "", f"{INS} {mid}", "", money(paid, "nosign"), money(adj, "nosign"), ""],
             ["", "", "PLEASE PAY", "", "", "", money(bal)]],
            [22, 16, 56, 22, 22, 20, 21.9], size=8.4, aligns=["L", "L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para("Your insurance has paid. The balance is your coinsurance. Thank you for choosing Summit Crest.", 9)
    d1 = (out(p), truth("other", None, insurer=INS, member_id=mid, member_name=patient, claim_amount=m2(tot),
                        service_dates=[sx.isoformat()], denial_date=sd.isoformat(), provider=anes,
                        unscored=["insurer"], alternates={"provider": [ANES], "member_id": [None]}))
    nd = plus(sd, rng.randint(3, 9))
    first, dup = icn(rng), icn(rng)
    fac = amount(rng, 6000, 8200)
    q = DSSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd, "long"), 10)
    for ln in [patient, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Member ID", mid), ("Group", GROUP), ("Claim", dup)], label_w=28, size=9.6)
    q.ln(2)
    q.para(f"Dear {patient}:", 10)
    q.para(f"{ASC} sent us claim {dup} for your shoulder surgery on {fdate(sx, 'long')}, for {money(fac)}. "
           f"Dr. {surg} was the surgeon.", 10)
    q.para(f"We had already paid the same surgery line from the centre on claim {first}, with the same date and "
           "code. The second claim asks us to pay for it again, so we did not. If the centre meant to send a "
           "correction, it should mark the claim as a replacement of the first one. You do not owe anything for "
           "the second claim.", 10)
    q.para("If you disagree, you may appeal within 180 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{sig}\nClaims", 10)
    d2 = (out(q), truth("denial_letter", "other", insurer=INS, group=GROUP, member_id=mid, member_name=patient,
                        cases=[dup], claim_amount=m2(fac), service_dates=[sx.isoformat()], denial_date=nd.isoformat(),
                        provider=ASC, appeal_deadline=plus(nd, 180).isoformat(),
                        alternates={"insurer": ALT, "provider": [surg]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_member_eob_three_claims_splint_line_bundled", "born_digital", [bd_eob(rng)]),
        Item(F + "faxstd_provider_remittance_three_patients_addon_line_no_auth", "fax_standard_g4",
             [faxstd_remit(rng)]),
        Item(F + "phone_es_injerto_membrana_amniotica_experimental", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_centre_statement_after_insurance", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_knee_brace_from_centre_not_contracted_supplier", "scan_lowres_150", [lowres_brace(rng)]),
        Item(F + "photocopy_form_corrected_line_sent_late", "photocopy", [photocopy_late(rng)]),
        Item(F + "clean300_stack_anesthesia_statement_then_duplicate_line_letter_upside_down", "scan_clean_300",
             clean300_stack(rng), separators=["blank", None], turns={(1, 0): 180}),
    ]
