"""Notices mirrored (structure and wording style only) from Texas CHIP Perinatal, the unborn-child option of the
Children's Health Insurance Program run by Texas Health and Human Services (HHSC): prenatal care is covered, a
service outside the perinatal benefit is denied, the hospital's labor-and-delivery facility claim goes to
Emergency Medicaid, and coverage ends after delivery and the postpartum visits. The program, HHSC, Emergency
Medicaid and the Independent Review Organization appear as themselves; the health plan (Pecan Bayou Community
Health Plan), every provider, person, number, phone and address is invented.

Documents (8 in 7 files):
- bd_two_column_pt_visits_outside_benefit: two-column claim denial letter, facts in the right column, three
  physical therapy visits for the mother named in one sentence ("on March 3, 10 and 17, 2026"), rendering and
  billing providers, a claim number with a line suffix, the due date and date of birth as decoys.
- faxstd_provider_payment_summary_claim_blocks: two-page provider payment summary under a typed fax header line
  on each page, small type, grey shaded bands, four stacked "Claim n of 4" blocks (From / Thru on separate
  lines), the denied block (a dermatology visit) on the continuation page below a repeated header.
- scan300_delivery_facility_claim_emergency_medicaid: letter to the hospital: the labor-and-delivery facility
  claim is not paid by the CHIP Perinatal plan and must be billed to Emergency Medicaid; an inset claim summary
  box in the prose, a two-digit-year stay span, attending DO and billing hospital, ICN / DCN / account number,
  a footnote mark on the charges.
- photocopy_spanish_postpartum_eligibility_ended: two-page Spanish notice denying a visit after CHIP Perinatal
  coverage ended (eligibility), page 2 repeating member and claim.
- photo_clinic_statement_prenatal_visits: the obstetric clinic's statement to the mother, prenatal visits paid
  and one line denied by the plan (denies nothing itself).
- lowres_upheld_appeal_dental_split_number: appeal decision upholding a dental claim denial, the appeal number
  split at a hyphen over a line end, only external review (IRO) offered.
- faxfine_stack_ultrasound_approval_and_mri_denial: an approval of a maternal-fetal medicine ultrasound (denies
  nothing) and its duplex back, a typed fax cover sheet, then a pre-service denial of a knee MRI for the mother
  (outside the perinatal benefit) fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddh_famdhc import DHSheet, days_list, yy
from kit_rounddg_famdge import dmy_upper, nth
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "chip_perinatal_unborn_child_option_claim_denial"
LANG = "en"
SEED = 351102
PLAN = "Pecan Bayou Community Health Plan"
PROGRAM = "CHIP Perinatal"
OB_CLINIC = "Resaca Palms Women's Health Clinic"
HOSPITAL = "Mission Arroyo Regional Hospital"
TX = [("McAllen", "785"), ("Laredo", "780"), ("Harlingen", "785"), ("Edinburg", "785"), ("Brownsville", "785")]
STREETS = ["Calle Naranjo", "E Nolana Ave", "Tamarack Ln", "S Jackson Rd", "Mesquite Trl", "W Freddy Gonzalez Dr"]


def _addr(rng):
    c, z = rng.choice(TX)
    return [f"{rng.randint(100, 9899)} {rng.choice(STREETS)}", f"{c} TX {z}{rng.randint(10, 99)}"]


def _ids(rng):
    # CHIP Perinatal IDs with letters OCR confuses (0/O, 5/S, 8/B, 1/I)
    return {"mid": f"5{digits(rng, 3)}B{digits(rng, 4)}0{rng.choice('OS')}", "plan": f"CHPN-{digits(rng, 3)}"}


def _claim(rng, suffix=""):
    return f"26{rng.choice('BSO')}{digits(rng, 3)}O{digits(rng, 5)}{suffix}"


def _mom(rng):
    fn = ["Yesenia", "Marisol", "Beatriz", "Araceli", "Nayeli", "Rocío", "Guadalupe", "Itzel"]
    ln = ["Vasquez", "Quintero", "Salcedo", "Trujillo", "Espinoza", "Carrasco", "Villarreal", "Garza"]
    f, m, l = rng.choice(fn), rng.choice("ABCDEGLMNPRST"), rng.choice(ln)
    return f"{f} {m}. {l}", f, m, l


def _dob(rng):
    return dt.date(rng.randint(1988, 2005), rng.randint(1, 12), rng.randint(1, 28))


def _phone(rng):
    return f"1-866-555-{digits(rng, 4)}"


def _lh(p: DHSheet, rng, dept: str, y: float = 22):
    p.set_draw_color(120, 60, 20)
    p.set_line_width(0.8)
    p.f(16, "B")
    p.set_text_color(120, 60, 20)
    p.cell(0, 8, PLAN, new_x="LMARGIN", new_y="NEXT")
    p.set_text_color(0, 0, 0)
    p.f(7.5)
    p.cell(0, 4, f"{dept}  |  PO Box {rng.randint(1000, 9999)}, McAllen TX 785{rng.randint(10, 99)}  |  "
           f"A {PROGRAM} health plan in the Hidalgo service area", new_x="LMARGIN", new_y="NEXT")
    p.line_seg(p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.set_line_width(0.2)
    p.set_draw_color(0, 0, 0)
    p.ln(4)


def bd_two_column(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    nd = dt.date(2026, 4, 6) + dt.timedelta(days=rng.randint(0, 12))
    d1 = dt.date(2026, 3, 3)
    days = [d1, plus(d1, 7), plus(d1, 14)]
    rec = plus(days[-1], rng.randint(5, 9))
    claim = _claim(rng, "-01")
    amt = amount(rng, 420, 690)
    pt = "Celia Montemayor, DPT"
    billing = "Valle Grande Physical Therapy and Sports Rehabilitation Associates"
    edd = plus(nd, rng.randint(60, 110))
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"PBCHP-CHPN-DN2  {fdate(nd, 'slash')}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Member Services - Claims")
    p.line("Notice of Claim Denial", 13, "B")
    p.ln(1)
    p.line(fdate(nd, "long"), 10)
    p.ln(3)
    for ln in [name, *_addr(rng)]:
        p.line(ln, 10)
    p.ln(5)
    left = [f"Dear {first} {last}:",
            f"Your unborn child is covered by {PROGRAM} through {PLAN}. {PROGRAM} pays for care linked to your "
            "pregnancy: prenatal visits, prenatal vitamins, labor and delivery and two postpartum visits.",
            f"We received a claim from {pt} for physical therapy for low back pain on {days_list(days)}. "
            f"Physical therapy for the mother is not a {PROGRAM} benefit. The claim is denied and we paid "
            "nothing for it. This decision is not about whether the therapy was good care for you.",
            "If you think we made a mistake, you or someone acting for you can ask us for an appeal. You must "
            "ask within 60 days of the date of this letter. Call us or write to the Appeals address on the back. "
            "If your health is in danger you can ask for an expedited appeal; we decide those within 72 hours.",
            "After our appeal you can also ask for an external review by an Independent Review Organization "
            f"(IRO). Call Member Services at {_phone(rng)} (TTY 711) if you have questions.",
            "Sincerely,\n\nClaims Department"]
    right = [("Notice date", fdate(nd, "slash")), ("Patient (mother)", name),
             (f"{PROGRAM} member ID", ids["mid"]), ("Claim number", claim),
             ("Rendering provider", pt), ("Billing provider", billing),
             ("Dates of service", ", ".join(fdate(d, "slash") for d in days)),
             ("Amount billed", money(amt)), ("Amount paid", "$0.00"),
             ("Claim received", fdate(rec, "slash")), ("Expected due date", fdate(edd, "slash")),
             ("Mother's date of birth", fdate(_dob(rng), "slash"))]
    p.two_col(left, right)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              claim_amount=m2(amt), service_dates=[span(d) for d in days], denial_date=nd.isoformat(),
              provider=pt, appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [billing]})
    return out(p), t


def faxstd_blocks(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    sd = dt.date(2026, 4, 13) + dt.timedelta(days=rng.randint(0, 10))
    base = plus(sd, -rng.randint(40, 50))
    fax_to = f"956-555-{digits(rng, 4)}"
    p = DHSheet(footer="Page {n} of {nb}", footer_left=f"Provider payment summary {fdate(sd, 'slash')}")
    p.fax_hdr = (f"{dmy_upper(sd)} 07:{rng.randint(10, 59)}  PECAN BAYOU CHP CLAIMS  866-555-{digits(rng, 4)}  "
                 f"TO {fax_to}  P. {{n}}/2")
    p.set_margins(14, 12, 14)
    p.add_page()
    _lh(p, rng, "Provider Services")
    p.line("PROVIDER PAYMENT SUMMARY - CHIP PERINATAL", 10, "B")
    p.pairs([("Issue date", fdate(sd, "long")), ("Payee", OB_CLINIC), ("Payee NPI", digits(rng, 10)),
             ("Tax ID", f"74-{digits(rng, 7)}"), ("Patient", f"{last.upper()}, {first.upper()} {mi}"),
             ("Member ID", ids["mid"]), ("Plan", f"{PROGRAM} ({ids['plan']})"),
             ("Payment / EFT no.", f"EFT{digits(rng, 9)}")], label_w=34, size=8, h=4.2)
    p.ln(2)
    p.band("CLAIMS ON THIS SUMMARY  (4)", 8)
    v1 = plus(base, 2)
    v2 = plus(base, 9)
    v3 = plus(base, 23)
    v4 = plus(base, 30)
    a = [amount(rng, 160, 240), amount(rng, 280, 420), amount(rng, 190, 320), amount(rng, 40, 90)]
    cl = [_claim(rng), _claim(rng), _claim(rng), _claim(rng)]
    old = _claim(rng)
    p.claim_block("Claim 1 of 4", [("Claim no.", cl[0]), ("Rendering", "Dr. Graciela Benavides, MD"),
                                   ("Service", "Routine prenatal visit (59425)"), ("From", fdate(v1, "slash")),
                                   ("Thru", fdate(v1, "slash")), ("Billed / Paid", f"{money(a[0])} / "
                                                                 f"{money(round(a[0] * 0.7, 2))}  PAID")],
                  size=8, label_w=30)
    p.claim_block("Claim 2 of 4", [("Claim no.", cl[1]), ("Adjusts claim", old),
                                   ("Rendering", "Tomasz Wierzbicki, RDMS (sonographer); read by Dr. G. Benavides"),
                                   ("Service", "Obstetric ultrasound, detailed (76811)"),
                                   ("From", fdate(v2, "slash")), ("Thru", fdate(v2, "slash")),
                                   ("Billed / Paid", f"{money(a[1])} / {money(round(a[1] * 0.66, 2))}  PAID")],
                  size=8, label_w=30)
    p.para("Claims continue on the next page.", 7.5)
    p.add_page()
    p.cont_header(f"Continued - {last.upper()}, {first.upper()} {mi}   Member ID {ids['mid']}   "
                  f"Issue date {fdate(sd, 'slash')}", 7.5)
    p.claim_block("Claim 3 of 4", [("Claim no.", cl[2]), ("Rendering", "Noemi Arce, PA-C"),
                                   ("Billing", "Rio Sur Dermatology Partners (referred by the payee)"),
                                   ("Service", "Office visit, eczema of hands (99203)"),
                                   ("From", fdate(v3, "slash")), ("Thru", fdate(v3, "slash")),
                                   ("Billed / Paid", f"{money(a[2])}* / $0.00  DENIED")],
                  size=8, label_w=30, shade=True)
    p.claim_block("Claim 4 of 4", [("Claim no.", cl[3]), ("Rendering", "Dr. Graciela Benavides, MD"),
                                   ("Service", "Urinalysis (81002)"), ("From", fdate(v4, "slash")),
                                   ("Thru", fdate(v4, "slash")), ("Billed / Paid", f"{money(a[3])} / "
                                                                 f"{money(round(a[3] * 0.8, 2))}  PAID")],
                  size=8, label_w=30)
    p.band("REMARKS", 8)
    p.para(f"* Claim 3: CP14 - Service is not a {PROGRAM} benefit. {PROGRAM} covers prenatal and pregnancy-related "
           "care of the unborn child only; care of the mother's skin condition is not covered. The member may "
           "be billed only if she agreed in writing before the service.", 7.5)
    p.para("Provider appeals and reconsiderations must reach us within 120 days of the date of this summary. "
           "Claim 2 replaces the earlier claim shown as adjusted. Questions: Provider Services "
           f"{_phone(rng)}.", 7.5)
    t = truth("eob", "not_covered", insurer=PLAN, plan_id=ids["plan"], member_id=ids["mid"], member_name=name,
              cases=[cl[2]], claim_amount=m2(a[2]), service_dates=[span(v3)], denial_date=sd.isoformat(),
              provider="Noemi Arce, PA-C", appeal_deadline=plus(sd, 120).isoformat(),
              alternates={"provider": ["Rio Sur Dermatology Partners"], "plan_id": [None]})
    return out(p), t


def scan300_delivery(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    adm = dt.date(2026, 3, 4) + dt.timedelta(days=rng.randint(0, 10))
    dis = plus(adm, 2)
    nd = plus(dis, rng.randint(24, 34))
    icn = f"ICN 2026{digits(rng, 3)}S{digits(rng, 4)}"
    dcn = f"DCN {digits(rng, 2)}B{digits(rng, 6)}"
    acct = f"HAR{digits(rng, 8)}"
    amt = amount(rng, 9800, 16800)
    doc = "Dr. Esperanza Lozano-Whitaker, DO"
    p = DHSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _lh(p, rng, "Hospital Claims Unit")
    p.line(fdate(nd, "abbr"), 10)
    p.ln(2)
    p.line(f"{HOSPITAL}", 10)
    p.line("Attn: Patient Financial Services / Emergency Medicaid coordinator", 10)
    for ln in _addr(rng):
        p.line(ln, 10)
    p.ln(4)
    p.re_block([f"{PROGRAM} member {ids['mid']} - {name}", f"Inpatient labor and delivery, {yy(adm)} - {yy(dis)}"])
    p.para(f"We received your facility claim for the labor and delivery stay of our {PROGRAM} member. "
           f"The delivering physician, {doc}, has been paid separately under {PROGRAM} for the "
           "professional services. The facility claim summarised below is denied by the plan:", 10)
    p.inset("Facility claim summary", [("Claim (ICN)", icn.split()[1]), ("Document control no.", dcn.split()[1]),
                                        ("Patient account no.", acct), ("Admit / discharge", f"{yy(adm)} - {yy(dis)}"),
                                        ("Bill type", "0111 inpatient"), ("Total charges", money(amt) + "*")],
            w=118)
    p.para(f"For a {PROGRAM} mother whose family income is at or below the Medicaid limit, the hospital's facility "
           "charges for labor and delivery are not paid by the CHIP Perinatal health plan. They are paid by "
           "Emergency Medicaid. Please help the mother complete the Emergency Medical Services Certification "
           "(Form H3038) and send it to HHSC, then bill the facility charges to Texas Medicaid.", 10)
    p.para(f"* Total charges as billed for the stay from {fdate(adm, 'long')} through {fdate(dis, 'long')}. The "
           "newborn's own charges must be billed under the baby's Medicaid number once it is assigned.", 8.5)
    p.para("If you disagree with this decision you may file a provider appeal within 120 days of the date of this "
           f"letter. Send it to Provider Appeals at the address above or by fax to 956-555-{digits(rng, 4)}. "
           f"Provider Services: {_phone(rng)}.", 10)
    p.para("Hospital Claims Unit", 10)
    c1, c2 = icn.split()[1], dcn.split()[1]
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[c1, c2],
              claim_amount=m2(amt), service_dates=[span(adm, dis)], denial_date=nd.isoformat(), provider=HOSPITAL,
              appeal_deadline=plus(nd, 120).isoformat(),
              alternates={"case_numbers": [[c1]], "provider": [doc]}, denial_alternates=["other"])
    return out(p), t


def photocopy_spanish(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    deliv = dt.date(2026, 2, 14) + dt.timedelta(days=rng.randint(0, 6))
    end = dt.date(2026, 4, 30)
    dos = dt.date(2026, 5, 12) + dt.timedelta(days=rng.randint(0, 8))
    nd = plus(dos, rng.randint(18, 26))
    claim = _claim(rng)
    amt = amount(rng, 150, 260)
    cnm = "Lucía Barragán, CNM"
    p = DHSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 16, 20)
    p.add_page()
    _lh(p, rng, "Servicios para Miembros")
    p.line("Aviso de denegación de reclamo", 13, "B")
    p.ln(2)
    p.boxed_pairs([("Fecha de este aviso", fdate(nd, "long", "es")), ("Paciente (madre)", name),
                   ("Número de miembro", ids["mid"]), ("Número de reclamo", claim),
                   ("Proveedor", f"{cnm}, {OB_CLINIC}"), ("Fecha del servicio", fdate(dos, "long", "es")),
                   ("Cantidad facturada", money(amt)), ("Fecha de nacimiento del bebé", fdate(deliv, "long", "es"))],
                  label_w=62, size=9)
    p.para(f"Estimada {first} {last}:", 10)
    p.para(f"Su bebé nació el {fdate(deliv, 'long', 'es')}. La cobertura de {PROGRAM} es para el bebé por nacer "
           "y cubre las consultas prenatales, el parto y dos consultas después del parto. La Comisión de Salud y "
           f"Servicios Humanos de Texas (HHSC) nos informó que su cobertura de {PROGRAM} terminó el "
           f"{fdate(end, 'long', 'es')}.", 10)
    p.para(f"Recibimos un reclamo de {cnm} por una consulta el {fdate(dos, 'long', 'es')}. En esa fecha usted ya "
           f"no tenía cobertura de {PROGRAM}. Por eso negamos el reclamo y no pagamos nada.", 10)
    p.add_page()
    p.cont_header(f"Continuación - {name} - Miembro {ids['mid']} - Reclamo {claim}", 8)
    p.heading("Si no está de acuerdo", 11)
    p.para("Usted puede pedir una apelación dentro de 60 días a partir de la fecha de esta carta. Puede llamarnos "
           f"al {_phone(rng)} (TTY 711) o escribirnos. Si su salud está en peligro, puede pedir una apelación "
           "acelerada; la decidimos en 72 horas.", 10)
    p.para("Después de la apelación, puede pedir una revisión externa por una Organización de Revisión "
           "Independiente (IRO).", 10)
    p.para("Su bebé puede tener cobertura de Medicaid o de CHIP. Si la familia tiene preguntas sobre la "
           "cobertura del bebé, llame al 2-1-1 y elija la opción 2.", 10)
    p.para(f"Atentamente,\n\nDepartamento de Reclamos\n{PLAN}", 10)
    t = truth("denial_letter", "eligibility", insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[claim],
              claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=cnm,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es", alternates={"provider": [OB_CLINIC]})
    return out(p), t


def photo_statement(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    sd = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 10))
    base = dt.date(2026, 1, 8) + dt.timedelta(days=rng.randint(0, 6))
    dates = [base, plus(base, 28), plus(base, 49), plus(base, 63), plus(base, 77)]
    acct = f"RP-{digits(rng, 6)}"
    dclaim = _claim(rng)
    rows, den = [], None
    spec = [("59425", "Prenatal visit", "paid"), ("76805", "OB ultrasound", "paid"), ("59425", "Prenatal visit", "paid"),
            ("99213", "Office visit, sinus infection", "deny"), ("59425", "Prenatal visit", "paid")]
    tot = 0.0
    for d, (code, desc, st) in zip(dates, spec):
        ch = amount(rng, 35, 260) if st == "deny" else amount(rng, 140, 330)
        tot += ch
        if st == "deny":
            den = (d, ch)
            rows.append([fdate(d, "slash"), code, desc, money(ch, "nosign"), "0.00", money(ch, "nosign")])
        else:
            rows.append([fdate(d, "slash"), code, desc, money(ch, "nosign"), money(ch, "nosign"), "0.00"])
    p = DHSheet(footer=None)
    p.set_margins(18, 14, 18)
    p.add_page()
    p.f(14, "B")
    p.cell(0, 7, OB_CLINIC, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"Obstetrics and midwifery  |  NPI {digits(rng, 10)}  |  Billing office 956-555-{digits(rng, 4)}",
           new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    p.line("PATIENT STATEMENT", 12, "B")
    p.right_block([("Statement date:", fdate(sd, "abbr")), ("Account:", acct), ("Patient:", name),
                   ("Insurance:", f"{PLAN} - {PROGRAM}"), ("Member ID:", ids["mid"])], w=120, size=8.5)
    p.ln(3)
    p.table(["Date", "Code", "Description", "Charge", "Insurance\npaid / adj.", "You owe"], rows + [
        ["", "", "Totals", money(tot, "nosign"), money(tot - den[1], "nosign"), money(den[1])]],
        [24, 16, 62, 22, 26, 24], size=8.5, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True)
    p.para(f"The line of {fdate(den[0], 'slash')} was denied by your plan (claim {dclaim}): \"not a {PROGRAM} "
           "benefit\". Our providers: Dr. Graciela Benavides, MD and Lucía Barragán, CNM.", 9)
    p.para("Please pay the amount you owe within 30 days, or call us to set up a payment plan.", 9)
    t = truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[dclaim],
              claim_amount=m2(den[1]), service_dates=[span(den[0])], denial_date=sd.isoformat(), provider=OB_CLINIC,
              unscored=["insurer"], alternates={"service_dates": [[span(d) for d in dates]],
                                                 "claim_amount": [m2(tot)]})
    return out(p), t


def lowres_appeal(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    nd = dt.date(2026, 4, 22) + dt.timedelta(days=rng.randint(0, 10))
    od = plus(nd, -rng.randint(30, 40))
    dos = plus(od, -rng.randint(20, 30))
    claim = _claim(rng)
    appeal = f"APL-26-{digits(rng, 4)}-I8"
    amt = amount(rng, 180, 420)
    dds = "Ramiro Zúñiga, DDS"
    p = DHSheet(serif=True, footer="Page {n} of {nb}")
    p.set_margins(24, 18, 24)
    p.add_page()
    _lh(p, rng, "Appeals Department")
    p.line("Appeal Decision", 13, "B")
    p.ln(2)
    p.pairs([("Date of decision", fdate(nd, "dash")), ("Member", name), ("Member ID", ids["mid"]),
             ("Claim", claim), ("Provider", dds), ("Date of service", fdate(dos, "long")),
             ("Amount billed", money(amt))], label_w=40, size=9.5, h=5)
    p.ln(3)
    head, tail = appeal.rsplit("-", 1)
    p.para(f"Dear {first} {last}: We received your appeal about the dental claim from Dr. Zúñiga. Your appeal "
           f"number is {head}-", 10, gap=0)
    p.para(f"{tail}. We first denied the claim in our letter of {fdate(od, 'long')}.", 10)
    p.para(f"A dentist who did not make the first decision looked at your appeal. Decision: we upheld our "
           f"decision. {PROGRAM} covers services for the unborn child and pregnancy-related care. Dental care for "
           "the mother, such as the extraction you had, is not a covered benefit.", 10)
    p.para("This ends our internal appeal process. You can ask for an external review by an Independent Review "
           "Organization (IRO). You must ask for it within 4 months of the date of this letter. For an urgent "
           f"situation the IRO decides within 72 hours. Call Member Services at {_phone(rng)} (TTY 711).", 10)
    p.para("Appeals Department", 10)
    t = truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
              cases=[appeal, claim], claim_amount=m2(amt), service_dates=[span(dos)], denial_date=nd.isoformat(),
              provider=dds, appeal_deadline=None, alternates={"case_numbers": [[appeal]]})
    return out(p), t


def faxfine_stack(rng):
    ids = _ids(rng)
    name, first, mi, last = _mom(rng)
    ad = dt.date(2026, 2, 9) + dt.timedelta(days=rng.randint(0, 10))
    us = plus(ad, rng.randint(7, 14))
    auth = f"PA{digits(rng, 4)}S{digits(rng, 4)}"
    mfm = "Dr. Hyun-Woo Castellano, MD"
    p = DHSheet(footer=None)
    p.fax_hdr = f"{dmy_upper(ad)} 10:{rng.randint(10, 59)}  PBCHP UM  FAX 866-555-{digits(rng, 4)}  P.{{n}}"
    p.set_margins(18, 14, 18)
    p.add_page()
    _lh(p, rng, "Utilization Management")
    p.line("Notice of Approval", 12, "B")
    p.ln(2)
    p.boxed_pairs([("Date", fdate(ad, "slash")), ("Patient (mother)", name), ("Member ID", ids["mid"]),
                   ("Authorization no.", auth), ("Requesting provider", mfm),
                   ("Service", "Detailed fetal anatomy ultrasound (76811) and maternal-fetal medicine consult"),
                   ("Approved date of service", fdate(us, "slash"))], label_w=50, size=9)
    p.para(f"We approved this request. It is a covered {PROGRAM} service. Please bring this notice to your visit.",
           10)
    doc1 = (out(p), truth("other", None, insurer=PLAN, member_id=ids["mid"], member_name=name, cases=[auth],
                          service_dates=[span(us)], denial_date=ad.isoformat(), provider=mfm,
                          alternates={"service_dates": [[]]}))
    nd = plus(ad, rng.randint(12, 20))
    rec = plus(nd, -3)
    mri = plus(nd, rng.randint(6, 12))
    req = f"PA{digits(rng, 4)}B{digits(rng, 4)}"
    do = "Dr. Ignacio Fairbanks, DO"
    q = DHSheet(footer="Page {n} of {nb}")
    q.fax_hdr = f"{dmy_upper(nd)} 15:{rng.randint(10, 59)}  PBCHP UM  FAX 866-555-{digits(rng, 4)}  P.{{n}}"
    q.set_margins(18, 14, 18)
    q.add_page()
    _lh(q, rng, "Utilization Management")
    q.line("Notice of Denial of a Requested Service", 12, "B")
    q.ln(2)
    q.boxed_pairs([("Notice date", fdate(nd, "long")), ("Patient (mother)", name), ("Member ID", ids["mid"]),
                   ("Request no.", req), ("Requested by", f"{do}, Bayview Orthopedic Associates"),
                   ("Service", "MRI of the right knee without contrast (73721)"),
                   ("Planned date", fdate(mri, "slash")), ("Request received", fdate(rec, "slash")),
                   ("Earlier approval", f"{auth} (ultrasound)")], label_w=50, size=9)
    q.para(f"We denied this request. An MRI of the mother's knee is not related to the pregnancy and is not a "
           f"{PROGRAM} benefit. You may appeal within 60 days of the date of this notice. Ask for an expedited "
           f"appeal (72 hours) if waiting could harm your health. Member Services {_phone(rng)}, TTY 711.", 10)
    doc2 = (out(q), truth("denial_letter", "not_covered", insurer=PLAN, member_id=ids["mid"], member_name=name,
                          cases=[req], service_dates=[span(mri)], denial_date=nd.isoformat(), provider=do,
                          appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_two_column_pt_visits_outside_benefit", "born_digital", [bd_two_column(rng)]),
        Item(F + "faxstd_provider_payment_summary_claim_blocks", "fax_standard_g4", [faxstd_blocks(rng)]),
        Item(F + "scan300_delivery_facility_claim_emergency_medicaid", "scan_clean_300", [scan300_delivery(rng)]),
        Item(F + "photocopy_spanish_postpartum_eligibility_ended", "photocopy", [photocopy_spanish(rng)]),
        Item(F + "photo_clinic_statement_prenatal_visits", "phone_photo", [photo_statement(rng)]),
        Item(F + "lowres_upheld_appeal_dental_split_number", "scan_lowres_150", [lowres_appeal(rng)]),
        Item(F + "faxfine_stack_ultrasound_approval_and_mri_denial", "fax_fine_g4", faxfine_stack(rng),
             separators=["duplex", "cover"], turns={(1, 0): 180}),
    ]
