"""Claim and service notices mirrored from Arkansas's ARKids First (the children's Medicaid program of the Arkansas
Department of Human Services, Division of Medical Services, as itself: ARKids First-A and ARKids First-B, Medicaid
paying last, the fair hearing). Structure and wording style only; every clinic, hospital, doctor, reviewer, child,
parent, number, address, code and time limit printed here is invented, and the reasons are in the writer's words.

Documents (8 in 7 files):
- bd_remittance_three_patients_one_line_refused: a landscape provider remittance advice of a pediatric clinic
  (provider Medicaid no., NPI, tax ID, EFT trace, payment cycle as decoys): three children's claims of two to
  four lines each; one line (a preventive-visit code for the wrong age band) pays 0.00 under EOB code 1147 with a
  legend; totals row; rendering doctor per line.
- faxstd_notice_of_action_therapy_no_prior_approval: a one-page boxed notice of action to a parent, on a standard
  fax: three speech therapy sessions billed with no prior approval (an earlier approved period and its PA number
  as decoys; referring doctor, received date, DOB decoys); fair hearing within 30 days of the notice.
- phone_es_cobertura_terminada_visita: a photographed Spanish notice: the visit came after the child's ARKids
  coverage ended at renewal; every fact in sentences.
- rotated_hospital_statement_arkids_b_copay: a children's hospital statement to a guarantor naming the hospital,
  the hospitalist group that bills separately, the attending and the ordering doctor; ARKids First-B paid, the copay
  due; fed sideways (denies nothing).
- lowres_no_labels_other_insurance_first: a 150 dpi letter to an orthopedic clinic with no labels: the child has a
  parent's job-based plan, Medicaid pays last; reconsideration within 30 days of the letter.
- photocopy_two_page_imaging_review_not_needed: a photocopied two-page review decision form with small captions and
  grid lines: an MRI asked by a neurologist, ordered by the primary care doctor, at an imaging center, judged not
  needed; running header; fair hearing within 30 days.
- finefax_stack_cover_not_enrolled_lab_then_brace_approval: a fax cover sheet, a notice that an out-of-state
  laboratory is not enrolled with Arkansas Medicaid, then an approval of a leg brace (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddr_famdrf import DRSheet, people
from public_kit import address, digits, fdate, m2, money, out, plus, truth

FAMILY = "arkansas_arkids_first_claim_denial"
LANG = "en"
SEED = 353303
INS = "Arkansas Department of Human Services"
ALT = ["Arkansas DHS", "Division of Medical Services", "Arkansas Medicaid", "ARKids First",
       "Arkansas Department of Human Services Division of Medical Services"]
TOWNS = [("Pell Hollow", "72319"), ("Cane Ferry", "71744"), ("Wickerby", "72086"), ("Luster Springs", "72468")]


def mid(rng):
    return digits(rng, 10)


def icn(rng):
    return f"26{rng.randint(1, 4)}{digits(rng, 10)}"


def phone(rng, area="501"):
    return f"{area}-555-{digits(rng, 4)}"


def ar_addr(rng):
    t, z = rng.choice(TOWNS)
    return [f"{rng.randint(100, 9800)} {rng.choice(['Gum Springs Rd', 'Bayou Meto Ln', 'Hickory Flat Dr', 'Old Post Rd'])}",
            f"{t} AR {z}"]


def dob(rng, lo=2010, hi=2023):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _dhs_head(p: DRSheet, rng, unit="Division of Medical Services"):
    p.f(13.5, "B")
    p.cell(0, 6.5, "Arkansas Department of Human Services", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 4.6, f"{unit}  -  ARKids First", new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(1400, 8800)}, Little Rock AR 72203  |  ARKids First {phone(rng, '888')}  |  "
                 "TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def bd_remittance(rng):
    kids = people(rng, 3)
    docs = people(rng, 2)
    clinic = "Ouachita Bend Pediatric Clinic"
    rd = dt.date(2026, 4, rng.randint(6, 24))
    dos = [plus(rd, -rng.randint(12, 30)) for _ in range(3)]
    ids = [mid(rng) for _ in range(3)]
    icns = [icn(rng) for _ in range(3)]
    progs = ["ARKids First-A", "ARKids First-B", "ARKids First-A"]
    lines = [
        [("99213", "Office visit, est.", 118.00, 52.40), ("87880", "Strep test, rapid", 28.00, 15.12)],
        [("99394", "Prev. visit 12-17 yr", 215.00, None), ("90460", "Vaccine admin, 1st", 32.00, 19.80),
         ("90461", "Vaccine admin, addl", 24.00, 11.90), ("96110", "Developmental screen", 40.00, 8.47)],
        [("99214", "Office visit, est.", 164.00, 78.10), ("94640", "Nebulizer treatment", 46.00, 14.63),
         ("J7613", "Albuterol, per mg", 9.00, 1.35)],
    ]
    den = 1
    rows, tb, tp = [], 0.0, 0.0
    for k in range(3):
        first = True
        for code, desc, b, pd in lines[k]:
            tb += b
            tp += pd or 0
            rend = docs[0] if k != 1 else docs[1]
            rows.append([icns[k] if first else "", (f"{kids[k].split()[-1].upper()}, {kids[k].split()[0].upper()} "
                         f"{kids[k].split()[1][0]}") if first else "", ids[k] if first else "",
                         progs[k] if first else "", fdate(dos[k], "slash"), code, desc, f"Dr. {rend}" if first else "",
                         money(b, "nosign"), money(pd or 0, "nosign"), "PAID" if pd else "DENY",
                         "" if pd else "1147"])
            first = False
        cb = sum(b for _, _, b, _ in lines[k])
        cp = sum(pd or 0 for _, _, _, pd in lines[k])
        rows.append(["", "", "", "", "", "", "Claim total", "", money(cb, "nosign"), money(cp, "nosign"), "", ""])
    rows.append(["TOTALS", "", "", "", "", "", "", "", money(tb, "nosign"), money(tp, "nosign"), "", ""])
    p = DRSheet(footer="RA page {n} of {nb}")
    p.set_margins(10, 11, 10)
    p.add_page(orientation="L")
    _dhs_head(p, rng, "Division of Medical Services - Provider Remittance")
    p.line("REMITTANCE ADVICE - ARKids FIRST / ARKANSAS MEDICAID", 12, "B")
    p.ln(1)
    p.capstrip([("Remittance date", fdate(rd, "slash")), ("RA number", f"RA{digits(rng, 8)}"),
                ("Payee", clinic), ("Medicaid provider no.", digits(rng, 9)), ("NPI", digits(rng, 10))],
               [34, 34, 82, 44, 65.9])
    p.capstrip([("Tax ID", f"{rng.randint(61, 71)}-{digits(rng, 7)}"), ("EFT trace", digits(rng, 12)),
                ("Payment cycle", f"{fdate(plus(rd, -7), 'slash')} - {fdate(plus(rd, -1), 'slash')}"),
                ("Net payment", money(tp))], [50, 60, 80, 69.9])
    p.ln(3)
    p.table(["ICN", "Recipient", "Medicaid ID", "Program", "Date of service", "Proc", "Description",
             "Rendering", "Billed", "Paid", "Status", "EOB"], rows,
            [27, 36, 22, 26, 18, 13, 30, 34, 16, 14, 12, 10.9], size=7.2,
            aligns=["L", "L", "L", "L", "L", "L", "L", "L", "R", "R", "C", "C"], bold_last=True)
    p.para("**EOB code legend.** 1147: The procedure code billed is for a preventive visit at an age other than the "
           "recipient's age on the date of service. Rebill the line with the preventive code for the child's age. "
           "The other lines of this claim were paid.", 8.2)
    p.para("Questions about this remittance: Provider Assistance "
           f"{phone(rng, '800')}. Form DMS-RA-4 (Rev. 01/2026).", 8.2)
    d = dos[den]
    billed = sum(b for _, _, b, _ in lines[den])
    t = truth("eob", "coding_error", insurer=INS, member_id=ids[den], member_name=kids[den], cases=[icns[den]],
              claim_amount=m2(billed), service_dates=[d.isoformat()], denial_date=rd.isoformat(),
              provider=docs[1], alternates={"insurer": ALT, "provider": [clinic], "plan_id": [progs[den]]})
    return out(p), t


def faxstd_noa(rng):
    child, parent, ther, pcp, sig = people(rng, 5)
    m = mid(rng)
    clinic = "Little Fourche Therapy Center"
    nd = dt.date(2026, 5, rng.randint(4, 22))
    s = [plus(nd, -rng.randint(40, 46)), plus(nd, -rng.randint(33, 38)), plus(nd, -rng.randint(26, 31))]
    s = sorted(set(s))
    billed = round(112.0 * len(s), 2)
    n = icn(rng)
    pa_old = f"PA{digits(rng, 9)}"
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)} FROM: DHS DMS {phone(rng)} TO: {clinic.upper()} P.{{n}}"
    p = DRSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 14, 16)
    p.add_page()
    _dhs_head(p, rng)
    p.line("NOTICE OF ACTION  -  CLAIM DENIED", 12.5, "B", align="C")
    p.ln(1)
    for ln in [f"To the parent or guardian of {child}", parent, *ar_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.grid([[("1. Date of this notice", fdate(nd, "slash")), ("2. Recipient (child)", child),
             ("3. Medicaid ID", m)],
            [("4. Program", "ARKids First-A"), ("5. Date of birth", fdate(dob(rng), "slash")),
             ("6. Claim no. (ICN)", n)],
            [("7. Provider who gave the service", f"{ther}, SLP"), ("8. Clinic", clinic)],
            [("9. Dates of service", ", ".join(fdate(x, "slash") for x in s))],
            [("10. Amount billed", money(billed)), ("11. Claim received", fdate(plus(nd, -12), "slash"))]],
           size=8.6, cap=5.8, h=10)
    p.checks("12. Action taken", [(False, "Paid"), (False, "Paid in part"), (True, "Denied"),
                                  (False, "Returned to provider")], cols=4, size=8.4)
    p.section("13", "Why we took this action")
    p.para(f"Speech therapy for your child was approved through {fdate(plus(s[0], -1), 'long')} (approval "
           f"{pa_old}). The sessions on the dates in box 9 came after that approval ended, and the clinic did not ask "
           f"us to approve more sessions before giving them. Therapy after the approved period must be approved "
           f"first. The referral from Dr. {pcp}, your child's primary care doctor, is on file and is not the reason "
           "for this action. The clinic may not bill you for these sessions.", 9.2)
    p.section("14", "If you disagree")
    p.para("You may ask for a fair hearing. Your request must reach the DHS Office of Appeals and Hearings within "
           "30 days of the date of this notice. If your child's health is in danger, ask for an expedited hearing. "
           f"Call {phone(rng, '888')} (TTY 711) for help. Form DMS-NOA-ARK (Rev. 02/2026).", 9.2)
    p.para(f"{sig}, Benefits Review Unit", 9)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[x.isoformat() for x in s], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [clinic], "appeal_deadline": [None],
                          "plan_id": ["ARKids First-A"]})
    return out(p), t


def phone_es(rng):
    child, parent, doc, sig = people(rng, 4)
    m = mid(rng)
    clinic = "Clínica Familiar Bayou Ridge"
    end = dt.date(2026, 3, 31)
    vd = dt.date(2026, 4, rng.randint(8, 24))
    nd = plus(vd, rng.randint(25, 35))
    billed = round(rng.choice([142.0, 156.0, 171.0]) + 0.5, 2)
    n = icn(rng)
    p = DRSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 15, 20)
    p.add_page()
    _dhs_head(p, rng, "División de Servicios Médicos")
    p.line("AVISO SOBRE SU RECLAMO", 12, "B")
    p.ln(1)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [parent, *ar_addr(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 10)
    p.para(f"El {fdate(vd, 'long', 'es')}, su hijo(a) {child} fue atendido(a) por el Dr. {doc} en {clinic}. La "
           f"clínica nos envió un reclamo por {money(billed)}, que tramitamos con el número {n}.", 10)
    p.para(f"No podemos pagar ese reclamo. La cobertura de ARKids First de su hijo(a) terminó el "
           f"{fdate(end, 'long', 'es')}, porque no recibimos el formulario de renovación. En la fecha de la visita su "
           f"hijo(a) no tenía cobertura. El número de Medicaid de su hijo(a) era {m}.", 10)
    p.para("Si usted cree que su hijo(a) todavía tiene derecho a ARKids First, puede volver a presentar una "
           "solicitud. La cobertura puede empezar hasta tres meses antes del mes de la solicitud.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una audiencia imparcial. Su pedido debe llegar dentro de 30 días a partir de la fecha de "
           f"este aviso. Llame al {phone(rng, '888')} (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nDivisión de Servicios Médicos", 9.6)
    p.taglines()
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[vd.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Departamento de Servicios Humanos de Arkansas"], "provider": [clinic],
                          "appeal_deadline": [None]})
    return out(p), t


def rotated_statement(rng):
    child, parent, att, ordering = people(rng, 4)
    hosp = "Sassafras Point Children's Hospital"
    group = "Delta Hospitalist Partners"
    m = mid(rng)
    a0 = dt.date(2026, 2, rng.randint(3, 20))
    a1 = plus(a0, 1)
    sd = plus(a1, rng.randint(30, 45))
    acct = f"SP{digits(rng, 8)}"
    ch = [("0121", "Room and board, pediatric", 2 * 1480.0), ("0250", "Pharmacy", 312.40),
          ("0300", "Laboratory", 486.75), ("0324", "Chest x-ray, 2 views", 268.00)]
    total = round(sum(c for _, _, c in ch), 2)
    paid = round(total * 0.41, 2)
    copay = 10.0
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(hosp, "SPCH", [f"{rng.randint(100, 900)} Levee St, Cane Ferry AR 71744  |  Patient Accounts "
                               f"{phone(rng, '870')}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [parent, *ar_addr(rng)], "Pay to",
                [f"{hosp}", f"PO Box {rng.randint(2000, 9000)}", "Cane Ferry AR 71744"])
    p.grid([[("Statement date", fdate(sd, "abbr")), ("Account", acct), ("Patient", child)],
            [("Admitted", fdate(a0, "slash")), ("Discharged", fdate(a1, "slash")), ("Attending", f"Dr. {att}")],
            [("Ordering physician", f"Dr. {ordering}"), ("Coverage", f"ARKids First-B  ID {m}"),
             ("Pay by", fdate(plus(sd, 25), "slash"))]], size=8.4)
    rows = [[fdate(a0, "slash"), r, d, money(c, "nosign")] for r, d, c in ch]
    rows += [["", "", "ARKids First-B payment", f"-{money(paid, 'nosign')}"],
             ["", "", "Contractual adjustment", f"-{money(total - paid - copay, 'nosign')}"],
             ["", "", "TOTAL CHARGES / AMOUNT YOU OWE (copay)", f"{money(total, 'nosign')} / {money(copay)}"]]
    p.table(["Date", "Rev", "Description", "Amount"], rows, [26, 16, 104, 33.9], size=8.6,
            aligns=["L", "L", "L", "R"], bold_last=True)
    p.para(f"The doctors who cared for your child in the hospital, {group}, bill separately. You may get a "
           "statement from them. ARKids First-B has a copay for a hospital stay; your copay is shown above.", 8.8)
    t = truth("other", None, insurer=INS, member_id=m, member_name=child, claim_amount=m2(total),
              service_dates=[f"{a0.isoformat()}/{a1.isoformat()}"], denial_date=sd.isoformat(), provider=hosp,
              unscored=["insurer"], alternates={"provider": [att], "member_id": [None],
                                                "service_dates": [[a0.isoformat()]]})
    return out(p), t


def lowres_cob(rng):
    child, parent, doc, mgr, sig = people(rng, 5)
    clinic = "Crowley Ridge Orthopedics for Kids"
    other = "Tolliver Freight Employee Health Plan"
    m = mid(rng)
    vd = dt.date(2026, 3, rng.randint(2, 25))
    nd = plus(vd, rng.randint(30, 50))
    billed = round(rng.choice([388.0, 412.0, 436.0]) + 0.25, 2)
    n = icn(rng)
    p = DRSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _dhs_head(p, rng, "Division of Medical Services - Third Party Liability")
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [mgr, f"Billing Office, {clinic}", *ar_addr(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.para(f"Dear {mgr}:", 10)
    p.para(f"Your clinic billed Arkansas Medicaid {money(billed)} for the cast that Dr. {doc} put on {child}'s wrist on "
           f"{fdate(vd, 'long')}. We have not paid it; we filed it as claim {n}.", 10)
    p.para(f"Our records show that {child.split()[0]} also has coverage through a parent's job, with {other}. "
           "Medicaid pays after every other insurance has paid its share. Please send the claim to that plan first. "
           "When you have its explanation of benefits, send us a new claim with that plan's payment on it.", 10)
    p.para(f"The child's Medicaid ID is {m}. If you think our record of the other insurance is wrong, you may ask "
           "for a reconsideration within 30 days of the date of this letter. Write to the Third Party Liability unit "
           f"or call {phone(rng)}.", 10)
    p.para(f"Sincerely,\n{sig}\nThird Party Liability Unit", 10)
    t = truth("denial_letter", "other", insurer=INS, member_id=m, member_name=child, cases=[n],
              claim_amount=m2(billed), service_dates=[vd.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), alternates={"insurer": ALT, "provider": [clinic]})
    return out(p), t


def photocopy_review(rng):
    child, parent, neuro, pcp, rev, nurse = people(rng, 6)
    center = "Arbor Lane Imaging Center"
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    rec = plus(nd, -4)
    planned = plus(nd, rng.randint(8, 14))
    rn = f"UR-{digits(rng, 4)}-{digits(rng, 5)}"
    p = DRSheet(footer="DMS-UR-9 (Rev. 03/2026)   Page {n} of {nb}",
                run_hdr=f"ARKids First  |  Review {rn}  |  Page {{n}} of {{nb}}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _dhs_head(p, rng, "Division of Medical Services - Utilization Review")
    p.line("NOTICE OF REVIEW DECISION", 12.5, "B", align="C")
    p.ln(1)
    for ln in [f"Parent or guardian of {child}", parent, *ar_addr(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.capstrip([("Date of notice", fdate(nd, "slash")), ("Review no.", rn), ("Request received",
                                                                              fdate(rec, "slash"))], [50, 70, 63.9])
    p.capstrip([("Recipient", child), ("Medicaid ID", m), ("DOB", fdate(dob(rng), "slash")),
                ("Program", "ARKids First-A")], [55, 40, 35, 53.9])
    p.capstrip([("Requested by", f"Dr. {neuro} (pediatric neurology)"), ("Ordered by", f"Dr. {pcp} (PCP)")],
               [95, 88.9])
    p.capstrip([("Where", center), ("Service", "70553 MRI brain w/o & w/ contrast"),
                ("Planned date", fdate(planned, "slash"))], [62, 82, 39.9])
    p.ln(3)
    p.checks("Decision", [(False, "Approved"), (False, "Approved in part"), (True, "Not approved")], cols=3)
    p.para("Page 2 tells you why and what you can do.", 9.2)
    p.add_page()
    p.section("A", "Why the MRI was not approved")
    p.para(f"Dr. {neuro} asked us to approve an MRI of your child's brain for headaches. A doctor who reviews "
           "children's imaging read the records. Your child's headaches happen about twice a month, go away with "
           "rest, and the neurological exam was normal. There were no signs that point to a problem an MRI would "
           "find, such as waking from sleep with headache, vomiting, or changes in walking or vision. For these "
           "reasons the MRI is not medically necessary now. If new symptoms appear, the doctor may ask again.", 9.4)
    p.section("B", "Your rights")
    p.para("You may ask for a fair hearing within 30 days of the date of this notice. If waiting could seriously "
           "harm your child's health, ask for an expedited hearing; it is decided within 72 hours. The doctor may "
           f"ask for a peer-to-peer talk with {rev}, MD, within 5 business days by calling {phone(rng)}.", 9.4)
    p.para(f"Review nurse: {nurse}, RN", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[rn],
              service_dates=[planned.isoformat()], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [center], "appeal_deadline": [None], "service_dates": [[]],
                          "plan_id": ["ARKids First-A"]})
    return out(p), t


def finefax_stack(rng):
    child, parent, path, sig = people(rng, 4)
    lab = "Red River Reference Laboratory"
    m = mid(rng)
    vd = dt.date(2026, 4, rng.randint(3, 20))
    nd = plus(vd, rng.randint(35, 50))
    billed = round(rng.choice([265.0, 298.0, 341.0]) + 0.4, 2)
    n = icn(rng)
    p = DRSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _dhs_head(p, rng, "Division of Medical Services - Provider Enrollment")
    p.pairs([("Date", fdate(nd, "long")), ("To", f"{lab}, Texarkana TX 75501"),
             ("About", f"{child}, Medicaid ID {m}"), ("Claim", n)], label_w=22, size=9.6)
    p.ln(3)
    p.para(f"Dear Billing Manager:", 10)
    p.para(f"Your laboratory billed us {money(billed)} for blood tests read by Dr. {path} on a sample drawn "
           f"{fdate(vd, 'long')}. Arkansas Medicaid pays only providers enrolled with it on the date of service. "
           "Our enrollment files show no enrollment for your laboratory, so the claim is denied. The family may not "
           "be billed for it.", 10)
    p.para("You may enroll with Arkansas Medicaid and, once enrolled, send the claim again. You may ask for a "
           "reconsideration of this decision within 30 days of the date of this letter.", 10)
    p.para(f"{sig}\nProvider Enrollment", 10)
    d1 = (out(p), truth("denial_letter", "out_of_network", insurer=INS, member_id=m, member_name=child, cases=[n],
                        claim_amount=m2(billed), service_dates=[vd.isoformat()], denial_date=nd.isoformat(),
                        provider=lab, appeal_deadline=plus(nd, 30).isoformat(),
                        alternates={"insurer": ALT, "provider": [path]}, denial_alternates=["other"]))
    child2, parent2, ortho, sig2 = people(rng, 4)
    m2_ = mid(rng)
    ad = plus(nd, rng.randint(2, 9))
    pa = f"PA{digits(rng, 9)}"
    q = DRSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _dhs_head(q, rng)
    q.line("NOTICE OF APPROVAL", 12.5, "B")
    q.para(fdate(ad, "long"), 10)
    for ln in [parent2, *ar_addr(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Child", child2), ("Medicaid ID", m2_), ("Approval no.", pa),
             ("Item", "L1970 ankle-foot orthosis, plastic, with ankle joint"),
             ("Approved for", f"{fdate(plus(ad, 1), 'slash')} through {fdate(plus(ad, 180), 'slash')}"),
             ("Requested by", f"Dr. {ortho}")], label_w=36, size=9.6)
    q.ln(2)
    q.para("Good news. We approved the brace your child's doctor asked for. The supplier will contact you to fit it. "
           "You do not need to do anything.", 10)
    q.para(f"{sig2}\nBenefits Review Unit", 10)
    d2 = (out(q), truth("other", None, insurer=INS, member_id=m2_, member_name=child2, cases=[pa],
                        denial_date=ad.isoformat(), provider=ortho,
                        alternates={"insurer": ALT, "case_numbers": [[]]}))
    return [d1, d2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_remittance_three_patients_one_line_refused", "born_digital", [bd_remittance(rng)]),
        Item(F + "faxstd_notice_of_action_therapy_no_prior_approval", "fax_standard_g4", [faxstd_noa(rng)]),
        Item(F + "phone_es_cobertura_terminada_visita", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_hospital_statement_arkids_b_copay", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_no_labels_other_insurance_first", "scan_lowres_150", [lowres_cob(rng)]),
        Item(F + "photocopy_two_page_imaging_review_not_needed", "photocopy", [photocopy_review(rng)]),
        Item(F + "finefax_stack_cover_not_enrolled_lab_then_brace_approval", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None]),
    ]
