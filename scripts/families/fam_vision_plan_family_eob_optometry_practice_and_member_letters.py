"""An invented vision plan (Amberlight Vision Benefits) paying routine eye exams, glasses, contact lenses and
low-vision aids, writing EOBs to families (several members on one statement, each with an ID suffix), letters to
members and parents, and payment summaries to an optometry practice (Wickmere Family Optometry) that is paid through
its billing agent (Fernwhistle Practice Billing). CPT codes (92310, 92015), HCPCS S and V codes (S0620, S0621,
V2020, V2100, V2203, V2520, V2615) appear as themselves; the plan, its allowances, rules, remark codes and time
limits, every practice, optical shop, lens lab, clinic, person, number and address are invented. Reasons are put
in the writer's own words.

Documents (8 in 7 files):
- faxstd_practice_payment_summary_new_patient_exam_code: a landscape payment summary on a standard fax to the
  practice's billing agent ("Payee (billing agent)", "Prov #", "Tax ID", "Pd Dt", "Chk/EFT #", "Amt Pd" as
  $****1,234.50) of four patients, billed / allowed / plan paid / patient resp. columns and totals; the third
  patient's exam billed S0620 (new patient) for an established patient pays 0.00 under C14, legend only
  (coding_error).
- photocopy_family_eob_four_members_child_lenses_twice: a photocopied family EOB with a shaded band for each of
  four members (subscriber, spouse, two children; IDs -00 to -03), the second child's second pair of lenses within
  12 months refused under F12 (not_covered, other accepted); plan year, subscriber ID, statement no. and the other
  members' claims as decoys.
- born_digital_medically_necessary_contacts_facts_box_left: a letter with a facts box at the left (member ID,
  group, plan no., claim #, practice account, lens lab order #) paying contacts only under the elective allowance
  because glasses give 20/20 (medical_necessity); the optometrist only in sentences; billed / allowed / paid / you
  owe columns.
- phone_es_two_columns_child_exam_optica_out_of_network: a photographed two-column Spanish letter to a mother on her
  son's exam at an optical shop outside the plan's network (out_of_network); "a más tardar el <fecha>".
- rotated_practice_statement_after_vision_plan: the practice's statement to a parent (guarantor) for a child's exam
  and glasses, fed sideways (denies nothing).
- lowres_telescope_glasses_no_approval_captions_under_boxes: a 150 dpi notice with captions under the boxes on
  bioptic telescope glasses ordered before anyone asked the plan (prior_authorization); "by <date>".
- finefax_stack_cover_aged_out_then_optical_claim_late_sideways: a fax cover sheet, a letter to a subscriber's child
  on an exam after the child's coverage ended the month they turned 26 (eligibility), then fed sideways a letter on
  an optical shop's claim sent by its claims service after 180 days, refused amount only in a sentence, "You have 60
  days" with no date to count from (timely_filing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_fameb import EASheet, es_long, es_money, guarded, nb, people, recast
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "vision_plan_family_eob_optometry_practice_and_member_letters"
LANG = "en"
SEED = 355001
INS = "Amberlight Vision Benefits"
ALT = ["Amberlight Vision", "Amberlight"]
PLAN = "Amberlight Vision Select 130"
PLAN_NO = "AV130-E"
PRACTICE = "Wickmere Family Optometry"
BILL = "Fernwhistle Practice Billing"
OPTICAL = "Hawksbill Optical"
LOWVIS = "Elderglen Low Vision Clinic"
LENSLAB = "Mosswood Lens Lab"
OPTICA = "Óptica Sanmiguel"
CLAIMSVC = "Pumice Creek Claims Service"


def base_id(rng):
    return f"AVB{digits(rng, 7)}"


def clm(rng):
    return f"V26{digits(rng, 8)}"


def grp(rng):
    return f"GR-{digits(rng, 5)}"


def phone(rng, area="877"):
    return f"{area}-555-{digits(rng, 4)}"


def npi(rng):
    return digits(rng, 10)


def kin(head: str, *others: str) -> list[str]:
    """Family members share the first person's last name."""
    last = head.split()[-1]
    return [head] + [" ".join(o.split()[:2] + [last]) for o in others]


def upper_name(name: str) -> str:
    first, mi, last = name.split()[0], name.split()[1].rstrip("."), name.split()[-1]
    return f"{last.upper()}, {first.upper()} {mi}"


def _head(p: EASheet, rng, unit="Member Services", size=15):
    p.f(size, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(2000, 9800)}, Sioux Falls SD 57101-{digits(rng, 4)}  |  "
                 f"{phone(rng)}  |  TTY 711  |  amberlightvision.example", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_remit(rng):
    everyone = people(rng, 6)
    pats, ods = everyone[:4], everyone[4:]
    pd = dt.date(2026, 4, rng.randint(6, 24))
    specs = [("S0621", "Routine exam, est.", 120, 160, 0), ("V2100", "SV lenses, pair", 110, 170, 1),
             ("S0620", "Routine exam, new", 150, 195, 0), ("92310", "CL fitting", 80, 125, 1)]
    rows, info = [], []
    tot = [0.0, 0.0, 0.0, 0.0]
    for i, (pt, (code, desc, lo, hi, od)) in enumerate(zip(pats, specs)):
        den = code == "S0620"
        v = plus(pd, -rng.randint(8, 30))
        n = clm(rng)
        mid = f"{base_id(rng)}-0{rng.randint(0, 3)}"
        b = amount(rng, lo, hi)
        al = 0.0 if den else round(b * rng.uniform(0.55, 0.7), 2)
        pr = 0.0 if den else (10.0 if code.startswith("S") else 0.0)
        paid = 0.0 if den else round(al - pr, 2)
        vals = [b, al, paid, pr]
        tot = [a + x for a, x in zip(tot, vals)]
        rows.append([n, upper_name(pt), mid, fdate(v, "short"), f"{ods[od]}, OD", code, desc,
                     *[money(x, "nosign") for x in vals], "C14" if den else "P1"])
        info.append((pt, ods[od], n, mid, v, b))
    rows.append(["TOTALS", "", "", "", "", "", "", *[money(x, "nosign") for x in tot], ""])
    fax = f"FROM: AMBERLIGHT PROV SVCS  877-555-{digits(rng, 4)}   {pd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}" \
          "   PG {n}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Payments", 14)
    p.title_bar("PROVIDER PAYMENT SUMMARY", "AVB-PPS-2 (01/2026)")
    p.capstrip([("Payee (billing agent)", BILL), ("Practice", PRACTICE), ("Prov #", f"OP{digits(rng, 6)}"),
                ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Pd Dt", fdate(pd, "slash")),
                ("Chk/EFT #", digits(rng, 10)), ("Amt Pd", guarded(tot[2], 10))],
               [56, 56, 22, 26, 22, 30, 47.4])
    p.ln(3)
    p.table(["Clm #", "Pt Nm", "Mbr ID", "Svc Dt", "Rndr", "Proc", "Desc", "Amt Billed", "Allowed", "Plan Pd",
             "Pt Resp", "Rmk"], rows, [24, 40, 28, 15, 40, 13, 28, 17, 16, 15, 14, 9.4],
            size=6.9, aligns=["L"] * 7 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**Remarks.** P1: paid at the plan allowance less the member's copay. C14: S0620 is the routine exam code "
           "for a patient new to your practice. Our records show a routine exam paid for this patient at this "
           "practice within the last three years, so this was an established patient; send a corrected claim with "
           "S0621. The patient may not be billed for this line.", 7.8)
    p.para("Corrected claims and appeals must reach us within 120 days of the Pd Dt. Provider Services "
           f"{phone(rng)}; claims fax 877-555-{digits(rng, 4)}.", 7.8)
    pt, od, n, mid, v, b = info[2]
    t = truth("eob", "coding_error", insurer=INS, member_id=mid, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[v.isoformat()], denial_date=pd.isoformat(), provider=od,
              appeal_deadline=plus(pd, 120).isoformat(), alternates={"insurer": ALT, "provider": [PRACTICE]})
    return out(p), t


def photocopy_family_eob(rng):
    head, spouse, son, dau, od = people(rng, 5)
    head, spouse, son, dau = kin(head, spouse, son, dau)
    base = base_id(rng)
    g = grp(rng)
    sd = dt.date(2026, 6, rng.randint(8, 22))
    fam = [(head, "Subscriber", "00"), (spouse, "Spouse", "01"), (son, "Child", "02"), (dau, "Child", "03")]
    lines = {
        "00": [("S0621", "Routine eye exam", PRACTICE, 120, 150)],
        "01": [("V2520", "Contact lenses, 1 yr", PRACTICE, 180, 240), ("92310", "Contact lens fitting", PRACTICE,
                                                                           85, 120)],
        "02": [("S0621", "Routine eye exam", PRACTICE, 110, 150), ("V2020", "Frame", OPTICAL, 140, 210)],
        "03": [("V2203", "Bifocal lenses, pair", OPTICAL, 160, 230)],
    }
    W = [24, 17, 40, 40, 17, 17, 15, 14, 7.9]
    A = "LLLLRRRRC"
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng, "Member Statements")
    p.title_bar("EXPLANATION OF BENEFITS  -  FAMILY STATEMENT", "This is not a bill.")
    p.grid([[("SUBSCRIBER", head), ("SUBSCRIBER ID", base), ("STATEMENT DATE", fdate(sd, "abbr"))],
            [("PLAN", PLAN), ("PLAN NO.", PLAN_NO), ("GROUP", g)],
            [("EMPLOYER", "Sorrelwood Township Schools"), ("PLAN YEAR", "01/01/2026 - 12/31/2026"),
             ("STATEMENT NO.", f"ST{digits(rng, 8)}")]], size=8.6)
    p.head_row(["Claim #", "Svc Dt", "Provider", "Service", "Billed", "Plan allow.", "Plan paid", "You owe",
                "Code"], W, A)
    tot = [0.0, 0.0, 0.0, 0.0]
    info = None
    for name, rel, sfx in fam:
        p.member_band(f"{name}  ({rel})", f"Member ID {base}-{sfx}")
        n = clm(rng)
        v = dt.date(2026, rng.randint(3, 5), rng.randint(2, 27))
        rows = []
        prev = None
        for code, desc, prov, lo, hi in lines[sfx]:
            new_claim = prov != prev
            if new_claim and prev is not None:
                n = clm(rng)
            prev = prov
            b = amount(rng, lo, hi)
            if sfx == "03":
                vals = [b, 0.0, 0.0, 0.0]
                info = (name, f"{base}-{sfx}", n, v, b)
                c = "F12"
            else:
                al = round(b * rng.uniform(0.6, 0.8), 2)
                cop = 10.0 if code == "S0621" else (25.0 if code == "V2520" else 0.0)
                vals = [b, al, round(al - cop, 2), round(cop + (b - al if code == "V2020" else 0), 2)]
                c = "P1" if code != "V2020" else "P3"
            tot = [a + x for a, x in zip(tot, vals)]
            rows.append([n if new_claim else "", fdate(v, "slash"), prov, f"{code} {desc}",
                         *[money(x, "nosign") for x in vals], c])
        p.rows(rows, W, A, size=7.4)
        p.ln(0.8)
    p.line_seg(p.l_margin, p.get_y(), p.l_margin + sum(W), p.get_y())
    p.ln(0.6)
    p.rows([["FAMILY TOTALS", "", "", "", *[money(x, "nosign") for x in tot], ""]], W, A, bold=True)
    p.ln(3)
    p.bar("WHAT THE CODES MEAN")
    p.para("P1: paid at the plan allowance; you owe the copay shown. P3: frame paid up to the $130.00 frame "
           "allowance; you owe the rest. F12: lenses are a benefit once in any 12 months. This plan paid lenses for "
           "this person in January 2026, so it paid nothing for these. The optical shop may bill you for them.", 8.6)
    p.para("Questions about a line? Call Member Services. If you disagree with how a claim was paid, you may appeal "
           "within 180 days of the date on this statement. Write to Appeals, at the PO box above, and include the "
           "claim number.", 8.6)
    name, mid, n, v, b = info
    t = truth("eob", "not_covered", insurer=INS, plan_id=PLAN_NO, group=g, member_id=mid, member_name=name,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=sd.isoformat(),
              provider=OPTICAL, appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "member_id": [base], "plan_id": [PLAN]},
              denial_alternates=["other"])
    return out(p), t


def born_contacts(rng):
    member, od, rev, sig = people(rng, 4)
    mid = f"{base_id(rng)}-00"
    g = grp(rng)
    v = dt.date(2026, 3, rng.randint(3, 25))
    nd = plus(v, rng.randint(20, 32))
    n = clm(rng)
    b1, b2 = amount(rng, 90, 130), amount(rng, 240, 320)
    b = round(b1 + b2, 2)
    al1, al2 = 60.0, 130.0
    paid = al1 + al2
    owe = round(b - paid, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Clinical Review")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(4)
    p.heading("Your contact lens claim", 12)
    p.beside_box(
        [("Member ID", mid), ("Group", g), ("Plan No.", PLAN_NO), ("Claim #", n), ("Svc Dt", fdate(v, "slash")),
         ("Notice date", fdate(nd, "slash")), ("Practice acct", f"WFO-{digits(rng, 6)}"),
         ("Lens lab order #", f"ML{digits(rng, 7)}")],
        [f"Dear {member}:",
         f"Dr. {od} at {PRACTICE} fitted you for contact lenses on {fdate(v, 'long')} and asked us to pay for them "
         f"as medically necessary contact lenses. {LENSLAB} made the lenses.",
         "The plan pays in full for contact lenses as medically necessary only when glasses cannot give you good "
         "sight: after cataract surgery with no lens implant, when your two eyes' prescriptions differ by 3.00 "
         "diopters or more, or with an eye disease such as keratoconus. Our optometrist reviewer, "
         f"{rev}, read Dr. {od.split()[-1]}'s exam notes. They show that your two eyes differ by 1.25 diopters and "
         "that glasses bring each eye to 20/20. Contact lenses were a good choice for you, but you did not need "
         "them to see well.",
         "So we paid the lenses under your elective contact lens allowance and the fitting under your fitting "
         "allowance instead:"],
        box_w=56, title="Claim facts", size=9.6, right=False)
    p.table(["Service", "Billed", "Allowed", "Plan paid", "You owe"],
            [["92310 Contact lens fitting", money(b1, "nosign"), money(al1, "nosign"), money(al1, "nosign"),
              money(b1 - al1, "nosign")],
             ["V2520 Soft contact lenses", money(b2, "nosign"), money(al2, "nosign"), money(al2, "nosign"),
              money(b2 - al2, "nosign")],
             ["Total", money(b, "nosign"), money(paid, "nosign"), money(paid, "nosign"), money(owe, "nosign")]],
            [62, 27, 27, 27, 36.9], size=8.8, aligns=["L", "R", "R", "R", "R"], bold_last=True)
    p.para("If you or Dr. " + od.split()[-1] + " disagree, you may ask for an appeal within 60 days of the date "
           "on this notice. Send any new exam results with it. If waiting could harm your sight, ask for a fast "
           "appeal; we decide those within 72 hours. After our appeal decision you may ask for an external review "
           "within 4 months.", 9.6)
    p.para(f"Sincerely,\n{sig}\nClinical Review, {INS}", 9.6)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN_NO, group=g, member_id=mid,
              member_name=member, cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()],
              denial_date=nd.isoformat(), provider=od, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PRACTICE]})
    return out(p), t


def phone_es(rng):
    mom, kid, od, sig = recast(people(rng, 4), "fmm-", rng)
    mom, kid = kin(mom, kid)
    base = base_id(rng)
    mid = f"{base}-02"
    g = grp(rng)
    v = dt.date(2026, 7, rng.randint(6, 24))
    nd = plus(v, rng.randint(18, 28))
    dl = plus(nd, 90)
    n = clm(rng)
    b = amount(rng, 160, 260)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.para(es_long(nd), 9.8)
    for ln in [mom, "1420 Calle Zaragoza", "Laredo, TX 78040"]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("Paciente", kid), ("N.º de miembro", mid), ("Grupo", g), ("N.º de reclamo", n),
               ("Factura de la óptica", f"OS-{digits(rng, 5)}")], 8.6)
    p.heading("Sobre el examen de la vista de su hijo", 12)
    p.two_cols(
        [("Lo que pasó",
          f"El {nb(es_long(v))}, el Dr. {od}, de {OPTICA} en Nuevo Laredo, le hizo a su hijo {kid.split()[0]} un "
          "examen "
          f"de la vista y le recetó lentes. La óptica nos cobró {nb(es_money(b))} ({money(b)}) por el examen."),
         ("Nuestra decisión",
          f"Su plan, {PLAN}, paga los exámenes y los lentes solo cuando los da un optometrista u óptica que tiene "
          f"contrato con nosotros. {OPTICA} no tiene contrato con {INS}, así que no pagamos este examen. En "
          "Laredo hay optometristas de nuestra red que pueden atender a su hijo con un copago de $10; llámenos y "
          "le damos la lista.")],
        [("Si no está de acuerdo",
          f"Puede pedir una apelación a más tardar el {nb(es_long(dl))}. Mándenos una carta con el número de "
          "reclamo "
          "o llámenos. Si esperar puede dañar la vista de su hijo, pida una apelación rápida: respondemos en 72 "
          "horas."),
         ("Quién firma", f"{sig}, Servicios para Miembros."),
         ("Llámenos", f"{phone(rng)} (TTY 711), de lunes a sábado.")], size=9.2)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=g, member_id=mid, member_name=kid, cases=[n],
              claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=od,
              appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [OPTICA], "member_id": [base], "plan_id": [PLAN]})
    return out(p), t


def rotated_statement(rng):
    dad, kid, od = people(rng, 3)
    dad, kid = kin(dad, kid)
    base = base_id(rng)
    mid = f"{base}-03"
    v = dt.date(2026, 5, rng.randint(4, 22))
    sd = plus(v, rng.randint(28, 40))
    ac = f"WFO-{digits(rng, 6)}"
    b1, b2, b3 = amount(rng, 120, 160), amount(rng, 150, 210), amount(rng, 160, 230)
    tot = round(b1 + b2 + b3, 2)
    ins_paid = round(tot * 0.55, 2)
    due = 10.0 + round(b3 - 130.0, 2)
    adj = round(tot - ins_paid - due, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    p.logo_head(PRACTICE, "WFO", [f"{rng.randint(100, 980)} Cedar Bluff Rd, Sioux Falls SD 571{rng.randint(10, 99)}  "
                                  f"|  Billing questions: {BILL} {phone(rng, '605')}  |  Tax ID {digits(rng, 2)}-"
                                  f"{digits(rng, 7)}"], box="STATEMENT", size=12)
    p.addr_pair("Guarantor", [dad, *address(rng)], "Account", [f"Acct {ac}", f"Patient: {kid}",
                                                               f"Seen by Dr. {od}"])
    p.grid([[("STATEMENT DATE", fdate(sd, "long")), ("PAY THIS AMOUNT", money(due))],
            [("INSURANCE", INS), ("MEMBER ID", mid)]], size=8.4)
    p.table(["Date", "Code", "Description", "Charges", "Credits"],
            [[fdate(v, "slash"), "S0621", "Routine eye exam", money(b1, "nosign"), ""],
             [fdate(v, "slash"), "V2100", "Single vision lenses, pair", money(b2, "nosign"), ""],
             [fdate(v, "slash"), "V2020", "Frame", money(b3, "nosign"), ""],
             ["", "", "Total charges", money(tot, "nosign"), ""],
             [fdate(plus(sd, -9), "slash"), "", "Amberlight Vision payment", "", money(ins_paid, "nosign")],
             [fdate(plus(sd, -9), "slash"), "", "Plan contract adjustment", "", money(adj, "nosign")],
             ["", "", "BALANCE DUE", money(due), ""]],
            [24, 18, 86, 22, 28.4], size=8.6, aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para("Your vision plan paid its part of this visit. The balance is your $10.00 exam copay and the part of the "
           "frame price above the plan's $130.00 frame allowance. Thank you for choosing us.", 9)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=kid, claim_amount=m2(tot),
              service_dates=[v.isoformat()], denial_date=sd.isoformat(), provider=od, unscored=["insurer"],
              alternates={"provider": [PRACTICE], "member_id": [None, base]})
    return out(p), t


def lowres_telescope(rng):
    member, od, rev, sig = people(rng, 4)
    mid = f"{base_id(rng)}-01"
    g = grp(rng)
    ordered = dt.date(2026, 2, rng.randint(2, 20))
    v = plus(ordered, rng.randint(18, 30))
    nd = plus(v, rng.randint(20, 30))
    dl = plus(nd, 90)
    n = clm(rng)
    b = amount(rng, 1650, 2400)
    p = EASheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    _head(p, rng, "Low Vision Benefit")
    p.ln(1)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.boxes_below([("Notice dt", fdate(nd, "abbr")), ("Mbr ID", mid), ("Grp", g)])
    p.boxes_below([("Clm #", n), ("Svc Dt", fdate(v, "slash")), ("Amt Billed", money(b))])
    p.boxes_below([("Supplied by", LOWVIS), ("Ordered", fdate(ordered, "slash")), ("Lab order #",
                                                                                    f"LV-{digits(rng, 6)}")])
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {od}, the low vision optometrist at {LOWVIS}, prescribed bioptic telescope glasses for you "
           f"(V2615). The clinic ordered them from the lab on the date in the Ordered box and gave them to you on "
           f"{fdate(v, 'long')}.", 10)
    p.para("Low vision aids are part of your benefits, but the plan pays for them only when the low vision doctor "
           "sends us the exam results and we agree before the aid is ordered. The first we heard of these glasses "
           "was the claim itself, after they were made. That is why the plan paid nothing for them.", 10)
    p.para(f"Dr. {od.split()[-1]} can still send the exam results. If they show the glasses meet the plan's low "
           f"vision rules, we will look at the claim again. Our reviewer on this claim was {rev}.", 10)
    p.para(f"If you disagree, send us your appeal by {fdate(dl, 'long')}. Call {phone(rng)} (TTY 711) if you "
           "need help writing it.", 10)
    p.para(f"{sig}\nLow Vision Benefit Unit", 10)
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=g, member_id=mid, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=od,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [LOWVIS]})
    return out(p), t


def finefax_stack(rng):
    dau, od, sig = people(rng, 3)
    base = base_id(rng)
    mid = f"{base}-02"
    g = grp(rng)
    born = dt.date(2000, 3, rng.randint(2, 27))
    end = dt.date(2026, 3, 31)
    v = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(v, rng.randint(18, 26))
    n = clm(rng)
    b1, b2 = amount(rng, 120, 165), amount(rng, 40, 65)
    b = round(b1 + b2, 2)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [dau, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Member ID", mid), ("Group", g), ("Claim #", n), ("Date of birth", fdate(born, "slash")),
               ("Covered through", fdate(end, "slash"))], 8.6)
    p.para(f"Dear {dau}:", 10)
    p.para(f"Dr. {od} at {PRACTICE} asked us to pay for your eye exam on {fdate(v, 'long')}. You were on your "
           "parent's family coverage as a child of the subscriber.", 10)
    p.table(["Svc Dt", "Service", "Billed", "Plan paid", "You owe"],
            [[fdate(v, "slash"), "S0621 Routine eye exam", money(b1, "nosign"), "0.00", money(b1, "nosign")],
             [fdate(v, "slash"), "92015 Refraction", money(b2, "nosign"), "0.00", money(b2, "nosign")],
             ["", "Total", money(b, "nosign"), "0.00", money(b, "nosign")]],
            [26, 62, 28, 28, 25.9], size=8.8, aligns=["L", "L", "R", "R", "R"], bold_last=True)
    p.para("A child stays on a parent's plan until the last day of the month in which the child turns 26. You "
           f"turned 26 in March, so your coverage ended on {fdate(end, 'long')}, before this exam. The plan cannot "
           "pay for care after coverage ends. You may be able to buy your own vision coverage; the letter we sent "
           "your parent in February explains how.", 10)
    p.para("If you think our records are wrong, you may appeal within 180 days of the date of this letter. Call "
           f"{phone(rng)} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nEligibility and Claims", 10)
    d_a = (out(p), truth("denial_letter", "eligibility", insurer=INS, group=g, member_id=mid, member_name=dau,
                         cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(),
                         provider=od, appeal_deadline=plus(nd, 180).isoformat(),
                         alternates={"insurer": ALT, "provider": [PRACTICE], "member_id": [base]}))

    member2, optician, sig2 = people(rng, 3)
    mid2 = f"{base_id(rng)}-00"
    g2 = grp(rng)
    v2 = dt.date(2026, 1, rng.randint(5, 24))
    rec = plus(v2, rng.randint(192, 220))
    nd2 = plus(rec, rng.randint(5, 12))
    n2 = clm(rng)
    b2_ = amount(rng, 260, 420)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Claims")
    q.para(fdate(nd2, "long"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(2)
    q.pairs([("Member ID", mid2), ("Group", g2), ("Claim #", n2), ("Svc Dt", fdate(v2, "slash")),
             ("Claim received", fdate(rec, "slash")), ("Submitter ID", f"PCC{digits(rng, 5)}")], label_w=40,
            size=9.4)
    q.ln(2)
    q.para(f"Dear {member2}:", 10)
    q.para(f"On {fdate(v2, 'long')} you picked up new glasses at {OPTICAL}; {optician}, the optician there, "
           f"fitted them. The shop's claims service, {CLAIMSVC}, sent us the claim for {money(b2_)} on the "
           "received date shown above.", 10)
    q.para("Claims must reach us within 180 days of the day the glasses are dispensed. This one came later than "
           "that, so the plan will not pay it. Because the shop has a contract with us, it may not bill you for "
           "what the plan would have paid.", 10)
    q.para("You have 60 days to ask us to look at this again. Send proof that the claim was sent on time, such as "
           "a clearinghouse report.", 10)
    q.para(f"Sincerely,\n{sig2}\nClaims", 10)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, group=g2, member_id=mid2,
                         member_name=member2, cases=[n2], claim_amount=m2(b2_), service_dates=[v2.isoformat()],
                         denial_date=nd2.isoformat(), provider=OPTICAL, appeal_deadline=None,
                         alternates={"insurer": ALT, "appeal_deadline": [plus(nd2, 60).isoformat()],
                                     "provider": [optician]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    rng = random.Random(SEED)  # the round's seed for this family (the driver's own seed is not used)
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_practice_payment_summary_new_patient_exam_code", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_family_eob_four_members_child_lenses_twice", "photocopy",
             [photocopy_family_eob(rng)]),
        Item(F + "born_digital_medically_necessary_contacts_facts_box_left", "born_digital", [born_contacts(rng)]),
        Item(F + "phone_es_two_columns_child_exam_optica_out_of_network", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_practice_statement_after_vision_plan", "rotated", [rotated_statement(rng)]),
        Item(F + "lowres_telescope_glasses_no_approval_captions_under_boxes", "scan_lowres_150",
             [lowres_telescope(rng)]),
        Item(F + "finefax_stack_cover_aged_out_then_optical_claim_late_sideways", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
