"""Invented commercial plan refusing HLA-DQ2/DQ8 typing and capsule endoscopy for suspected celiac disease (round DE, famdea).

Bluestem Valley Health Plan (invented) asks for celiac serology before genetic typing and for an upper endoscopy
with small bowel biopsy before a capsule endoscopy. Every person, plan, provider, ID and amount is fictional.

Documents (8 in 7 files):
- rotated: prior authorization denial of HLA-DQ2/DQ8 typing (serology first), facts in a boxed grid with the
  value printed under each small caption.
- fax_fine_g4: the gastroenterologist's letter to the plan asking for capsule endoscopy, told in sentences under a
  typed fax header line (denies nothing).
- photocopy: EOB with three claims (the HLA typing claim denied), two-line headings, totals row, remark legend.
- born_digital: capsule endoscopy denial with a left sidebar of captions over values (biopsy not done).
- scan_lowres_150: Spanish member letter refusing the capsule endoscopy, Spanish dates.
- phone_photo: approval of HLA typing after an equivocal biopsy (denies nothing), all-capitals months.
- scan_clean_300 stack: first-level appeal upholding the capsule endoscopy denial, its duplex back, and the reference
  laboratory's patient statement fed upside down (denies nothing).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundde_famdea import Sheet, short2, upper_dmy
from public_kit import fdate, m2, money, out, plus, truth

FAMILY = "celiac_disease_hla_typing_and_capsule_endoscopy_denial"
LANG = "en"
SEED = 350600

INS = "Bluestem Valley Health Plan"
ADDR = "PO Box 40917, Council Bluffs, IA 51502"
GI = "Dr. Obinna Mwangi"
GI_PRACTICE = "Loess Hills Gastroenterology"
PATIENT = "Nadia P. Rinaldi"
SUBSCRIBER = "Tobias E. Rinaldi"
MID = "BVH-4471-20193-02"
GROUP = "55190-C"
PLAN = "BV-PPO-2400"
DOB = dt.date(2009, 5, 17)


def _head(p: Sheet, size=15):
    p.f(size, "B")
    p.set_text_color(30, 70, 40)
    p.cell(0, 8, INS, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(8)
    p.cell(0, 4, f"{ADDR}  -  Member Services 1-877-555-0160 (TTY 711)  -  Fax 1-877-555-0161", new_x="LMARGIN",
           new_y="NEXT")
    p.hline(0.8, 5)


def _appeal(p: Sheet, what="letter", size=9):
    p.para(f"**Your right to appeal.** You or your authorized representative may appeal this decision in writing within "
           f"180 days of the date of this {what}. Send the appeal to Bluestem Valley Health Plan, Appeals Unit, "
           f"{ADDR}, or fax 1-877-555-0162. If waiting could seriously harm your health, ask for an expedited appeal; "
           f"we decide expedited appeals within 72 hours. After our final decision you may ask for an external review "
           f"by an independent review organization within 4 months.", size)


def d_hla_pa(rng):
    nd = dt.date(2026, 1, 9)
    ref = f"UM-26-{rng.randint(100000, 999999)}"
    planned = dt.date(2026, 1, 20)
    p = Sheet(footer="BVHP-UM-LTR-07", margins=(22, 18, 22))
    p.add_page()
    _head(p)
    for l in [SUBSCRIBER, f"Parent/guardian of {PATIENT}", "3120 Sycamore Ave", "Pueblo CO 81003"]:
        p.line(l, 10)
    p.ln(4)
    p.heading("Prior Authorization Decision - Not Approved", 12.5)
    W = p.w - p.l_margin - p.r_margin
    p.captions([("DATE OF DECISION", fdate(nd, "long"), W * 0.3), ("REFERENCE NUMBER", ref, W * 0.3),
                ("REQUEST RECEIVED", fdate(plus(nd, -4), "long"), W * 0.4)])
    p.captions([("PATIENT", PATIENT, W * 0.35), ("DATE OF BIRTH", fdate(DOB, "slash"), W * 0.2),
                ("MEMBER ID", MID, W * 0.25), ("GROUP", GROUP, W * 0.2)])
    p.captions([("ORDERING PROVIDER", GI, W * 0.35), ("PROVIDER NPI", "1558203914", W * 0.2),
                ("SERVICE", "HLA-DQ2/DQ8 typing (81376, 81383)", W * 0.45)])
    p.captions([("PLANNED DATE", fdate(planned, "slash"), W * 0.3), ("LAB", "Cobalt Ridge Reference Laboratory", W * 0.45),
                ("PLAN ID", PLAN, W * 0.25)])
    p.ln(5)
    p.para("We cannot approve this request. Our medical policy for celiac disease testing (MP-GEN-118) covers "
           "HLA-DQ2/DQ8 genetic typing only after celiac serology (tissue transglutaminase IgA with a total IgA level) "
           "has been done, or when serology cannot be read. The records we received show no serology results. The "
           "genetic test is therefore not medically necessary at this time. Your doctor may send a new request with the "
           "serology results.", 10)
    p.para("This decision was made by a board-certified gastroenterologist. Your doctor may ask for a peer-to-peer "
           "discussion within 14 days by calling 1-877-555-0163.", 10)
    _appeal(p)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=MID,
              member_name=PATIENT, cases=[ref], service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider=GI, appeal_deadline=plus(nd, 180).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def d_gi_letter(rng):
    ld = dt.date(2026, 2, 2)
    ref = f"UM-26-{rng.randint(100000, 999999)}"
    p = Sheet(serif=True, footer=None, margins=(25, 14, 25))
    p.add_page()
    p.fax_line(f"02/02/2026 09:41 FAX 712-555-0184  LOESS HILLS GI          -> BVHP UM 18775550161     #4418 P. 1/3")
    p.f(16, "B")
    p.cell(0, 8, GI_PRACTICE, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, "1900 Harbor View Dr, Suite 210, Council Bluffs IA 51503  |  712-555-0183  |  Tax ID 42-5558813",
           align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.line(fdate(ld, "long"), 11)
    p.ln(4)
    for l in ["Utilization Management Department", INS, ADDR]:
        p.line(l, 11)
    p.ln(5)
    p.para("To the reviewing physician:", 11)
    p.para(f"I am writing on behalf of my patient {PATIENT}, born May 17, 2009, who is covered by your plan under "
           f"member ID {MID}. I am asking you to approve a small bowel capsule endoscopy (91110), which my office "
           f"submitted under your reference {ref}.", 11)
    p.para("Her tissue transglutaminase IgA was 9 times the upper limit of normal on January 14, 2026, with a normal "
           "total IgA. She has iron deficiency anemia that has not improved with oral iron and a weight loss of 4 kg "
           "over six months. Her mother has biopsy-proven celiac disease.", 11)
    p.para("She had a reaction to propofol during a dental procedure in 2024, and her family has declined a sedated "
           "upper endoscopy for now. A capsule study would let us look for villous atrophy and for a source of blood "
           "loss without sedation. I would be grateful for a prompt decision; please call my nurse line at "
           "712-555-0185 if anything more is needed.", 11)
    p.ln(2)
    p.para(f"Sincerely,\n\n\n{GI}, MD\nGastroenterology, {GI_PRACTICE}\nNPI 1558203914", 11)
    t = truth("other", None, insurer=None, member_id=MID, member_name=PATIENT, cases=[ref],
              denial_date=ld.isoformat(), provider=GI,
              alternates={"provider": [GI_PRACTICE], "denial_date": [None]},
              unscored=["insurer", "appeal_deadline", "service_dates"])
    return out(p), t


def d_eob(rng):
    sd = dt.date(2026, 2, 6)
    c1, c2, c3 = (f"26{rng.choice('KQX')}{rng.randint(1000000, 9999999)}" for _ in range(3))
    s1, s2 = dt.date(2026, 1, 14), dt.date(2026, 1, 21)
    a1, a2, a3 = 245.00, 188.60, 1312.75
    p = Sheet(footer="Page {n} of {nb}", footer_left="This is not a bill.")
    p.add_page()
    _head(p, 13)
    p.heading("EXPLANATION OF BENEFITS", 12)
    x = p.get_x()
    p.pairs([("Member", PATIENT), ("Subscriber", SUBSCRIBER), ("Member ID", MID), ("Group", GROUP)], label_w=28, size=9)
    p.set_xy(x + 105, p.get_y() - 4 * 5.4)
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Plan", PLAN), ("Account #", "0044-918-223"),
             ("Period", "01/01/26 - 01/31/26")], label_w=30, size=9, x=x + 105)
    p.ln(4)
    head = ["Claim\nnumber", "Date of\nservice", "Provider", "Billed\n(USD)", "Plan\nallowed", "Plan\npaid",
            "You\nowe", "Re-\nmark"]
    rows = [[c1, short2(s1), GI_PRACTICE, money(a1, "nosign"), "162.00", "129.60", "32.40", "A1"],
            [c2, short2(s1), "Cobalt Ridge Reference Lab", money(a2, "nosign"), "71.40", "57.12", "14.28", "A1"],
            [c3, short2(s2), "Cobalt Ridge Reference Lab", money(a3, "nosign"), "0.00", "0.00", "0.00", "D47"],
            ["Totals", "", "", money(a1 + a2 + a3, "nosign"), "233.40", "186.72", "46.68", ""]]
    p.table(head, rows, [27, 18, 50, 20, 18, 17, 14, 10], size=8, bold_last=True)
    p.f(8.5)
    p.multi_cell(0, 4, "Services: claim 1 office consultation (99204); claim 2 tissue transglutaminase IgA and total "
                 "IgA (86364, 82784); claim 3 HLA-DQ2/DQ8 genetic typing (81376, 81383).", new_x="LMARGIN",
                 new_y="NEXT")
    p.ln(2)
    p.heading("Remark codes", 10)
    p.para("A1 - Paid at the in-network rate after coinsurance.\nD47 - Denied. Genetic typing for celiac disease is not "
           "medically necessary before celiac serology results are available (medical policy MP-GEN-118). The member "
           "may not be billed by an in-network lab for this denied service.", 8.5)
    p.para("Your plan-year deductible of $1,500 has been met. Out-of-pocket maximum: $6,350.00; applied to date "
           "$1,846.68.", 8.5)
    _appeal(p, "statement", 8.5)
    t = truth("eob", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=MID, member_name=PATIENT,
              cases=[c3], claim_amount=m2(a3), service_dates=[s2.isoformat()], denial_date=sd.isoformat(),
              provider="Cobalt Ridge Reference Lab", appeal_deadline=plus(sd, 180).isoformat())
    return out(p), t


def d_capsule(rng):
    nd = dt.date(2026, 2, 12)
    ref = f"UM-26-{rng.randint(100000, 999999)}"
    planned = dt.date(2026, 2, 24)
    p = Sheet(footer="BVHP-UM-LTR-09  |  Page {n} of {nb}", margins=(14, 16, 16))
    p.add_page()
    _head(p)
    top = p.get_y()
    # sidebar: captions over values
    p.set_fill_color(236, 240, 236)
    p.rect(p.l_margin, top, 54, 150, style="F")
    y = top + 3
    for cap, val in [("Notice date", fdate(nd, "dmy")), ("Patient", PATIENT), ("Member ID", MID),
                     ("Group number", GROUP), ("Plan", PLAN), ("Case reference", ref),
                     ("Requesting physician", GI), ("Facility", "Mercy Loess Endoscopy Center"),
                     ("Scheduled for", fdate(planned, "dmy")), ("Date received", fdate(plus(nd, -8), "dmy")),
                     ("Questions", "1-877-555-0160")]:
        p.set_xy(p.l_margin + 3, y)
        p.f(6.8)
        p.cell(48, 3, cap.upper())
        p.set_xy(p.l_margin + 3, y + 3.2)
        p.f(9, "B")
        p.cell(48, 4.5, val)
        y += 12.5
    p.set_left_margin(p.l_margin + 60)
    p.set_xy(p.l_margin, top)
    p.line(f"Dear {PATIENT.split()[0]} {PATIENT.split()[-1]} and family,", 10)
    p.ln(3)
    p.heading("We did not approve the capsule endoscopy", 12)
    p.para("Your gastroenterologist asked us to cover a small bowel capsule endoscopy (91110). We reviewed the request "
           "and the records sent with it and have decided not to approve it.", 10)
    p.para("Why: our medical policy for capsule endoscopy (MP-GI-031) says that, when celiac disease is "
           "suspected, the diagnosis is made by upper endoscopy with small bowel biopsy. A capsule study is covered "
           "when a biopsy cannot be done for a medical reason or does not explain the symptoms. The records show "
           "positive serology, but no small bowel biopsy has been done and no medical reason is given why it cannot be "
           "done. The capsule endoscopy is not medically necessary at this time.", 10)
    p.para("Your doctor may talk with our reviewer by calling 1-877-555-0163.", 10)
    _appeal(p, "notice", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=MID,
              member_name=PATIENT, cases=[ref], service_dates=[planned.isoformat()], denial_date=nd.isoformat(),
              provider=GI, appeal_deadline=plus(nd, 180).isoformat(),
              alternates={"provider": ["Mercy Loess Endoscopy Center"], "service_dates": [[]]})
    return out(p), t, ref


def d_carta_es(rng):
    nd = dt.date(2026, 2, 13)
    ref = f"UM-26-{rng.randint(100000, 999999)}"
    who = "Guadalupe R. Montalvo"
    mid = "BVH-5520-77104-01"
    doc = "Dr. Arjun Salcedo"
    p = Sheet(footer="Página {n} de {nb}", margins=(20, 18, 20))
    p.add_page()
    _head(p, 14)
    p.line(fdate(nd, "es", "es"), 10.5)
    p.ln(4)
    for l in [who, "88 Calle Las Flores", "Yuma AZ 85364"]:
        p.line(l, 10.5)
    p.ln(4)
    p.line(f"Número de miembro: {mid}     Grupo: 55190-A     Referencia: {ref}", 9.5, "B")
    p.ln(4)
    p.para(f"Estimada {who}:", 10.5)
    p.para(f"Recibimos el 5 de febrero de 2026 la solicitud de su médico, {doc}, para una endoscopia con cápsula del "
           f"intestino delgado programada para el 26 de febrero de 2026. Revisamos la solicitud y no la podemos aprobar.",
           10.5)
    p.para("Nuestra política médica pide una endoscopia superior con biopsia del intestino delgado antes de una "
           "endoscopia con cápsula cuando se sospecha enfermedad celíaca. No se ha hecho la biopsia. Por eso el estudio "
           "no es médicamente necesario en este momento.", 10.5)
    p.para("Usted puede apelar esta decisión por escrito dentro de los 180 días a partir de la fecha de esta carta. "
           "Envíe su apelación a la Unidad de Apelaciones o por fax al 1-877-555-0162. Si tiene preguntas, llame al "
           "1-877-555-0160 (TTY 711).", 10.5)
    p.para("Atentamente,\n\nDepartamento de Administración de Utilización\nBluestem Valley Health Plan", 10.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group="55190-A", member_id=mid, member_name=who,
              cases=[f"{ref}"], service_dates=["2026-02-26"], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"service_dates": [[]]})
    return out(p), t


def d_approval(rng):
    nd = dt.date(2026, 3, 4)
    ref = f"UM-26-{rng.randint(100000, 999999)}"
    test = dt.date(2026, 3, 9)
    p = Sheet(footer=None, margins=(20, 16, 20))
    p.add_page()
    _head(p, 14)
    p.band("AUTHORIZATION APPROVED", 11, fill=(30, 70, 40))
    p.pairs([("Date", upper_dmy(nd)), ("Member", PATIENT), ("DOB", upper_dmy(DOB)), ("Member ID", MID),
             ("Authorization #", ref), ("Ordering physician", GI), ("Service", "HLA-DQ2/DQ8 typing (81376, 81383)"),
             ("Approved for", f"{upper_dmy(test)} to {upper_dmy(plus(test, 59))}")], label_w=42, size=10)
    p.ln(3)
    p.para("After the upper endoscopy with biopsy on 19-FEB-2026, the pathology report describes increased "
           "intraepithelial lymphocytes without villous atrophy (Marsh 1). Because the biopsy does not settle the "
           "diagnosis, HLA-DQ2/DQ8 typing now meets our medical policy and is approved.", 10)
    p.para("Please use an in-network laboratory. This approval is subject to eligibility and benefits on the date of "
           "service; coinsurance may apply.", 10)
    t = truth("other", None, insurer=INS, member_id=MID, member_name=PATIENT, cases=[ref],
              service_dates=[f"{test.isoformat()}/{plus(test, 59).isoformat()}"], denial_date=nd.isoformat(),
              provider=GI, alternates={"service_dates": [[test.isoformat()], []]}, unscored=["appeal_deadline"])
    return out(p), t


def d_appeal_and_lab(rng, ref):
    nd = dt.date(2026, 3, 18)
    apl = f"APL-{rng.randint(2026000, 2026999)}"
    p = Sheet(serif=True, footer="Page {n} of {nb}", margins=(22, 16, 22))
    p.add_page()
    _head(p, 13)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    p.heading("First-Level Appeal Decision: Denial Upheld", 12)
    p.dotted([("Appeal number", apl), ("Original reference", ref), ("Member", PATIENT), ("Member ID", MID),
              ("Group", GROUP), ("Service", "Capsule endoscopy, small bowel (91110)"), ("Requesting physician", GI),
              ("Appeal received", fdate(plus(nd, -20), "slash"))], width=62, size=9.5)
    p.ln(3)
    p.para("A gastroenterologist who took no part in the first decision reviewed your appeal, the letter from your "
           "doctor and the records. The propofol reaction in 2024 does not rule out an upper endoscopy with another "
           "form of sedation, and no small bowel biopsy has been done. We uphold our decision that the capsule "
           "endoscopy is not medically necessary.", 10)
    p.para("You may ask for a second-level appeal within 60 days of the date of this letter, or for an external review "
           "within 4 months. Call 1-877-555-0160 (TTY 711) with questions.", 10)
    t1 = truth("denial_letter", "medical_necessity", insurer=INS, group=GROUP, member_id=MID, member_name=PATIENT,
               cases=[apl, ref], denial_date=nd.isoformat(), provider=GI, appeal_deadline=plus(nd, 60).isoformat(),
               alternates={"case_numbers": [[apl]]})
    # lab statement
    q = Sheet(footer=None)
    q.add_page()
    q.f(13, "B")
    q.cell(0, 7, "Cobalt Ridge Reference Laboratory", new_x="LMARGIN", new_y="NEXT")
    q.f(8)
    q.cell(0, 4, "Patient Billing, 600 Quarry Street, Omaha NE 68102  -  402-555-0119  -  Tax ID 47-5551208",
           new_x="LMARGIN", new_y="NEXT")
    q.hline(0.4, 4)
    sd = dt.date(2026, 3, 20)
    q.heading("PATIENT STATEMENT", 12)
    q.pairs([("Statement date", fdate(sd, "slash")), ("Patient", PATIENT), ("Guarantor", SUBSCRIBER),
             ("Account no.", "CR-88120947"), ("Insurance", f"{INS}  ID {MID}")], label_w=34, size=9.5)
    q.ln(3)
    s1 = dt.date(2026, 1, 14)
    l1, l2 = 120.10, 68.50
    q.table(["Date", "Test", "Charge", "Insurance paid", "Adjustment", "Your balance"],
            [[fdate(s1, "slash"), "tTG IgA (86364)", money(l1), money(36.40), money(60.34), money(23.36)],
             [fdate(s1, "slash"), "IgA total (82784)", money(l2), money(20.72), money(38.58), money(9.20)],
             ["", "Totals", money(l1 + l2), money(57.12), money(98.92), money(32.56)]],
            [24, 46, 26, 30, 26, 26], size=8.5, bold_last=True)
    q.para("Please pay the balance by 04/19/2026. Questions about this bill: 402-555-0119. Pay online with your account "
           "number.", 9)
    t2 = truth("other", None, insurer=None, member_id=MID, member_name=PATIENT, claim_amount=m2(l1 + l2),
               service_dates=[s1.isoformat()], denial_date=sd.isoformat(), provider="Cobalt Ridge Reference Laboratory",
               alternates={"claim_amount": [None]}, unscored=["insurer", "appeal_deadline"])
    return (out(p), t1), (out(q), t2)


def documents(rng: random.Random) -> list[Item]:
    f = FAMILY
    cap_pdf, cap_t, ref = d_capsule(rng)
    apl, lab = d_appeal_and_lab(rng, ref)
    return [
        Item(f"{f}_hla_pa_grid", "rotated", [d_hla_pa(rng)]),
        Item(f"{f}_gi_letter_fax", "fax_fine_g4", [d_gi_letter(rng)]),
        Item(f"{f}_eob_three_claims", "photocopy", [d_eob(rng)]),
        Item(f"{f}_capsule_sidebar", "born_digital", [(cap_pdf, cap_t)]),
        Item(f"{f}_carta_capsula_es", "scan_lowres_150", [d_carta_es(rng)]),
        Item(f"{f}_hla_approval", "phone_photo", [d_approval(rng)]),
        Item(f"{f}_appeal_lab_stack", "scan_clean_300", [apl, lab], separators=["duplex", None], turns={(1, 0): 180}),
    ]
