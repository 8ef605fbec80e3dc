"""Notices mirrored (structure and plain wording style only) from the papers a Pennsylvania CHIP contractor (one of
the health insurance companies that give CHIP coverage for the Pennsylvania Department of Human Services) sends to
a child's family and to the child's providers: the Pennsylvania Department of Human Services, CHIP, its Free,
Low-Cost and Full-Cost CHIP groups, children under 19, a grievance about a medical decision, a fast (72-hour)
review, an outside review after the plan's own review, and CPT codes appear as themselves. The contractor
(Loyalsock Valley Health Plan, "Loyalsock Valley Kids CHIP"), its remark codes, forms and every time limit it
states, every practice, hospital, laboratory, orthotics company, billing service, doctor, therapist, child,
parent, number and address are invented. Reasons are put in the writer's own words; no heading names the kind of
denial.

Documents (8 in 7 files):
- faxstd_provider_copy_pt_visits_after_goals_met: a provider-copy claim determination on a standard fax with short
  captions left of, above and below their boxes ("Ntc Dt", "Mbr #" printed in groups, "Clm #" with a letter among
  its digits, "DOS" as a "thru" span, "Rndr", "Fac/Grp", "Pay-to"): six physical therapy visits refused because the
  notes show the child already doing what children that age do (medical_necessity); therapist, clinic and billing
  service all named; DOB, NPI, TIN, patient account as decoys; "within 60 days from the Ntc Dt".
- lowres_health_care_summary_allergy_test_units_doubled: a 150 dpi landscape summary mailed to a parent (ISO issue
  date): three claims, charged / plan rate / adjusted (trailing minus) / plan paid / your share columns and a
  totals row; one row, 80 skin tests where the test sheet lists 40, pays nothing under a note whose legend says so
  (coding_error); the allergist in a "Seen by" column beside the practice.
- photocopy_letter_tms_for_teen_depression_studies_too_few: a photocopied letter with the address beside a box of
  references (review no., call reference as a decoy) and a tilted RECEIVED stamp of its own date: TMS sessions for a
  16-year-old refused because studies in teenagers are few and small (experimental); "60 days from the day you get
  this letter" (nothing to count from).
- phone_es_terapia_del_habla_fuera_de_la_red: a photographed Spanish letter in two columns on four speech therapy
  Tuesday sessions ("los martes del 10 al 31 de marzo") at a practice with no contract while network therapists had openings
  (out_of_network); the sum the Spanish way and in a table; "a más tardar el <fecha>".
- rotated_occupational_therapy_approved_captions_under_boxes: an approval of 12 occupational therapy visits with
  captions under the boxes, fed sideways (denies nothing).
- born_digital_braces_made_before_anyone_asked_two_pages: a two-page letter with a facts box: custom ankle-foot
  braces made and fitted before the plan was asked (prior_authorization); orthotist, company, ordering doctor and
  billing service named; the sum only in a sentence ("USD 2,184.00"-style); order and invoice numbers as decoys;
  "no later than <date>".
- clean_stack_cover_er_visit_billed_twice_then_lab_claim_late_upside_down: a fax cover sheet, a letter closing a
  second bill for the same emergency room visit (other: duplicate; the first, paid claim as a decoy), then upside
  down a provider notice to a laboratory whose claim for two blood draws "January 5 and January 12" came after 180
  days (timely_filing; parentheses around refused sums).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundeb_famfe import EBSheet, amt, eb_date, es_money, last_first, nb, ord_span, people, thru  # noqa: F401
from public_kit import amount, digits, m2, money, out, plus, truth

FAMILY = "pennsylvania_chip_contractor_plan_child_claim_and_treatment_review_notice"
LANG = "en"
SEED = 354914
INS = "Loyalsock Valley Health Plan"
ALT = ["Loyalsock Valley", "Loyalsock Valley Kids CHIP", "Loyalsock Valley Health Plan CHIP"]
DHS = "Pennsylvania Department of Human Services"
PEDS = "Conewago Creek Pediatrics"
PT = "Wyalusing Kids Physical Therapy"
ALLERGY = "Tuscarora Allergy & Asthma Associates"
PSYCH = "Tiadaghton Youth Psychiatry"
SPEECH = "Habla Clara Terapia del Habla"
OT = "Mahantongo Kids Occupational Therapy"
ORTHO = "Penns Creek Orthotics & Prosthetics"
HOSP = "Moshannon Valley Regional Hospital"
LAB = "Kinzua Pediatric Laboratory Services"
BILLER = "Shikellamy Medical Billing"


def address(rng):
    """An invented Pennsylvania street address (town and ZIP area real, the rest drawn)."""
    city, z = rng.choice([("Williamsport", "177"), ("Sunbury", "178"), ("Lewisburg", "178"), ("Bloomsburg", "178"),
                          ("Lock Haven", "177"), ("Pottsville", "179"), ("Lebanon", "170"), ("Hazleton", "182")])
    st = rng.choice(["Market St", "Canal Rd", "Front St", "Hemlock Ln", "Furnace Rd", "Church St", "Orchard Ave",
                     "Ridge Rd", "Mill Race Ct"])
    return [f"{rng.randint(100, 2999)} {st}", f"{city}, PA {z}{rng.randint(10, 99)}"]


def mbr(rng):
    """(member ID as the truth writes it, as printed in groups)."""
    d = digits(rng, 9)
    return f"LV{d}", f"LV {d[:3]} {d[3:6]} {d[6:]}"


def claim_no(rng):
    """A claim number with one letter among its digits (S or B, which a fax may turn into 5 or 8)."""
    return f"26{digits(rng, 3)}{rng.choice('SB')}{digits(rng, 6)}"


def um_no(rng):
    return f"UM-26-{digits(rng, 6)}"


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="570"):
    return f"{area}-555-{digits(rng, 4)}"


def kid_dob(rng, lo=2010, hi=2020):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def group(rng, cat):
    return f"CHP-{cat}{digits(rng, 3)}"


def _head(p: EBSheet, rng, unit="Member Services", extra: str | None = None, size=13):
    p.logo_head(INS, "LV", [f"Loyalsock Valley Kids CHIP  |  {unit}  |  PO Box {digits(rng, 4)}, Williamsport, PA "
                            f"17703-{digits(rng, 4)}",
                            extra or f"Member Services {phone(rng, '888')}  |  TTY 711  |  Mon-Fri 8 a.m. to 6 p.m.",
                            f"CHIP coverage for children and teens, offered under contract with the {DHS}"],
                size=size)


def faxstd_pt(rng):
    child, ther, rev = people(rng, 3)
    mid, mid_p = mbr(rng)
    first = dt.date(2026, 3, 2) + dt.timedelta(days=7 * rng.randint(0, 1))
    visits = [plus(first, k) for k in (0, 3, 7, 10, 14, 17)]
    last = visits[-1]
    rec = plus(last, rng.randint(4, 8))
    nd = plus(rec, rng.randint(9, 15))
    n = claim_no(rng)
    per = [amount(rng, 150, 185) for _ in visits]
    b = round(sum(per), 2)
    grp = group(rng, "LC")
    fax = f"{eb_date(nd, 'short')} 09:{rng.randint(10, 59)}  LOYALSOCK VLY PRV SVCS  {phone(rng, '888')}  P.{{n}}/1"
    p = EBSheet(footer="LV-CD-7 (rev. 11/25)", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Services - Claim Review", f"Provider line {phone(rng, '888')}  |  Fax {phone(rng)}  |  "
                                                        "Portal: Provider Claims > Decisions", size=12)
    p.title_bar("CLAIM DETERMINATION  -  PROVIDER COPY", "The family gets its own letter about this claim.")
    p.capform([[("L", "Ntc Dt", eb_date(nd, "short"), 0.27), ("L", "Mbr #", mid_p, 0.38),
                ("L", "CHIP grp", "Low-Cost CHIP", 0.35)],
               [("B", "Child (patient)", last_first(child), 0.42), ("B", "DOB", eb_date(kid_dob(rng, 2015, 2018),
                                                                                       "slash"), 0.2),
                ("B", "Clm #", n, 0.38)],
               [("L", "DOS", thru(first, last), 0.46), ("L", "Chgs", amt(b), 0.27),
                ("L", "Rcvd", eb_date(rec, "short"), 0.27)],
               [("A", "Rndr", f"{ther}, PT, DPT", 0.36), ("A", "Fac/Grp", PT, 0.36),
                ("A", "Pay-to (billing svc)", BILLER, 0.28)],
               [("B", "Rndr NPI", npi(rng), 0.25), ("B", "Pay-to TIN", f"23-{digits(rng, 7)}", 0.25),
                ("B", "Pt Acct", f"WK{digits(rng, 6)}", 0.25), ("B", "Grp", grp, 0.25)]], size=8.6, cap_w=17)
    p.table(["Visit", "DOS", "Codes (units)", "Billed", "Allowed", "Paid", "Rmk"],
            [[str(i + 1), eb_date(d, "short"), "97110 (2), 97530 (1)", amt(v), "0.00", "0.00", "M14"]
             for i, (d, v) in enumerate(zip(visits, per))] + [["", "", "Claim total", amt(b), "0.00", "0.00", ""]],
            [14, 26, 52, 26, 24, 24, 21.9], size=8.2, aligns=["C", "L", "L", "R", "R", "R", "C"], bold_last=True,
            head_h=6, row_h=5.2)
    p.para("**M14.** The progress notes sent with this claim were read by a physical therapist on our review staff. "
           f"At the re-check on {eb_date(plus(first, -4), 'short')}, just before these visits, the child walked, ran, "
           "hopped on each foot and went up and down stairs without a rail, the same as the therapist's own notes "
           "say children of that age do, and the family was doing the home exercises every day. The visits after "
           "that re-check repeated the same exercises and the notes record no new skill coming from them. The plan pays for therapy while it is still building "
           "something the child needs; these six visits were not. None of the six is paid.", 8.6)
    p.para("**The family may not be billed** for visits refused under M14.", 8.6)
    p.para("**Review.** The provider may ask us to look at this again, with the parent's or guardian's written OK. "
           "The request and any added notes must reach Provider Services within 60 days from the Ntc Dt. The parent "
           "or guardian may instead file a grievance as the family's letter explains.", 8.4)
    p.para(f"Reviewer: {rev}, PT (Loyalsock Valley utilization review).", 8.2)
    t = truth("denial_letter", "medical_necessity", insurer=INS, group=grp, member_id=mid, member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat() for d in visits],
              denial_date=nd.isoformat(), provider=ther, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [PT],
                          "service_dates": [[f"{first.isoformat()}/{last.isoformat()}"]]},
              type_alternates=["eob"])
    return out(p), t


def lowres_summary(rng):
    child, parent, ped, alg = people(rng, 4)
    mid, mid_p = mbr(rng)
    nd = dt.date(2026, 4, rng.randint(6, 24))
    plan_id = "LVK-LC-26"
    grp = group(rng, "LC")
    d_a = plus(nd, -rng.randint(30, 40))
    d_b = plus(nd, -rng.randint(20, 28))
    d_c = plus(nd, -rng.randint(10, 16))
    na, nb_, nc = claim_no(rng), claim_no(rng), claim_no(rng)
    va = amount(rng, 190, 240)
    vb = amount(rng, 260, 320)
    per_test = rng.choice([8.50, 9.00, 9.25])
    tb = round(per_test * 80, 2)
    vc = amount(rng, 120, 160)
    ra, rb, rc = round(va * 0.62, 2), round(vb * 0.58, 2), round(vc * 0.6, 2)
    rows, tot = [], [0.0] * 5

    def row(cl, d, who, svc, ch, rate, paid, share, note):
        adj = round(ch - rate, 2)
        tot[0] += ch
        tot[1] += rate
        tot[2] += adj
        tot[3] += paid
        tot[4] += share
        rows.append([cl, eb_date(d, "short"), *who, svc, amt(ch), amt(rate), amt(adj, "tminus") if adj else "0.00",
                     amt(paid), amt(share), note])

    row(na, d_a, (ped, PEDS), "Well-child checkup 99393", va, ra, ra, 0.0, "")
    row(nb_, d_b, (alg, ALLERGY), "New patient visit 99204", vb, rb, round(rb - 10, 2), 10.0, "C1")
    row("", d_b, (alg, ALLERGY), "Skin prick tests 95004 x 80", tb, 0.0, 0.0, 0.0, "T2")
    rows.append(["", "", "", "", f"Claim {nb_[-4:]} total", amt(round(vb + tb, 2)), amt(rb),
                 amt(round(vb + tb - rb, 2), "tminus"), amt(round(rb - 10, 2)), amt(10.0), ""])
    row(nc, d_c, (ped, PEDS), "Sick visit 99213", vc, rc, round(rc - 10, 2), 10.0, "C1")
    rows.append(["TOTALS", "", "", "", "", *[amt(round(v, 2)) if i != 2 else amt(round(v, 2), "tminus")
                                        for i, v in enumerate(tot)], ""])
    b_claim = round(vb + tb, 2)
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 10, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services", size=12)
    p.title_bar("YOUR CHILD'S HEALTH CARE SUMMARY  -  THIS IS NOT A BILL",
                "Claims we finished since your last summary. Keep it with your records.")
    p.capstrip([("MAILED TO (PARENT / GUARDIAN)", parent), ("CHILD", child), ("MEMBER ID", mid_p),
                ("PLAN ID", plan_id), ("GROUP", grp), ("ISSUED", eb_date(nd, "iso")),
                ("SUMMARY NO.", f"S{digits(rng, 8)}")], [46, 44, 36, 26, 26, 26, 55.4])
    p.ln(3)
    p.table(["Claim no.", "Seen on", "Seen by", "Practice", "Service", "Charged", "Plan rate", "Adjusted",
             "Plan paid", "Your share", "Note"], rows, [26, 14, 39.9, 56, 42, 14.5, 14.5, 14.5, 14.5, 14.5, 9],
            size=7.4, aligns=["L", "L", "L", "L", "L", "R", "R", "R", "R", "R", "C"], bold_last=True, head_h=6,
            row_h=5.0)
    p.legend([("C1", "Your Low-Cost CHIP copay for an office visit."),
              ("T2", f"The allergy office billed 80 skin prick tests. The test sheet it sent with the claim lists 40 "
                     f"allergens, each pricked once. We pay only for tests the office's own record shows were done, "
                     f"so this line is not paid as billed. {ALLERGY} may send a corrected claim for the 40 tests. "
                     "You do not owe anything for this line.")], title="Notes", size=7.8)
    p.para(f"**Copays so far this benefit year:** {money(20)} of your family's {money(rng.choice([350, 400]))} yearly "
           "most. Well-child checkups and shots never have a copay.", 7.8)
    p.para("**If you think we got something wrong** on a claim, tell us within 60 days of the issue date above. Call "
           f"{phone(rng, '888')} (TTY 711) or write to Member Services. Our Member Handbook explains complaints, "
           "grievances and outside review.", 7.8)
    t = truth("eob", "coding_error", insurer=INS, plan_id=plan_id, group=grp, member_id=mid, member_name=child,
              cases=[nb_], claim_amount=m2(b_claim), service_dates=[d_b.isoformat()], denial_date=nd.isoformat(),
              provider=alg, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT, "provider": [ALLERGY], "claim_amount": [m2(tb)]})
    return out(p), t


def photocopy_tms(rng):
    child, parent, psy, rev = people(rng, 4)
    mid, mid_p = mbr(rng)
    asked = dt.date(2026, 4, rng.randint(6, 14))
    nd = plus(asked, rng.randint(5, 9))
    start = dt.date(2026, 5, 4)
    end = dt.date(2026, 6, 12)
    um = um_no(rng)
    grp = group(rng, "FR")
    p = EBSheet(footer="Page {n} of {nb}", footer_left=f"LV-UM-22  {eb_date(plus(nd, -1), 'short')}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.para(eb_date(nd, "long"), 10)
    p.addr_refs([f"Parent or guardian of {child}", parent, *address(rng)],
                [("Review no.", um), ("Member ID", mid_p), ("Group", grp), ("Child's birth date",
                                                                            eb_date(kid_dob(rng, 2009, 2010),
                                                                                    "slash")),
                 ("Call reference", f"CR{digits(rng, 8)}")], box_w=84, cap_w=30, title="About this letter")
    p.stamp("RECEIVED", 138, 9, angle=-9, size=13, sub=f"{eb_date(plus(nd, 4), 'dmy_up')}  FAMILY ADVOCATE")
    p.para(f"Dear parent or guardian of {child}:", 10)
    p.para(f"On {eb_date(asked, 'long')}, Dr. {psy}, a child and adolescent psychiatrist at {PSYCH}, asked us to pay "
           f"for transcranial magnetic stimulation (TMS) for {child}: 30 sessions on weekdays from "
           f"{start.strftime('%B %-d')} through {eb_date(end, 'long')}, at the practice's Lewisburg office.", 10)
    p.para("In TMS, a coil held against the head sends magnetic pulses into the part of the brain that has to do with "
           "mood. For adults whose depression has not lifted after trying medicines, it is a treatment doctors now "
           f"use. For teenagers of {child.split()[0]}'s age, what has been published is a few small studies. They "
           "do not agree with each other about whether it helps, and none followed teenagers long enough to know "
           "what it does as they grow. We pay for a treatment for children once research in children shows it "
           "works and is safe for them. TMS has not reached that point, so we will not pay for these sessions.", 10)
    p.para(f"This decision is about TMS only. It does not mean {child.split()[0]} does not need care. Therapy visits "
           f"and medicine visits with Dr. {psy.split()[-1]} stay covered as before, and our care managers can help "
           "find a counselor near you.", 10)
    p.para(f"Dr. {rev}, a child psychiatrist who reviews requests for us, made this decision after reading the "
           f"records Dr. {psy.split()[-1]} sent and talking with the practice.", 10)
    p.heading("If you disagree", 11)
    p.para("You may ask us to review this decision. This is called a grievance. You have 60 days from the day you "
           "get this letter to ask, by phone or in writing. If waiting could put your child's health in serious "
           "danger, ask for a fast review and we will decide within 72 hours. If our review does not change the "
           "decision, you may then ask for an outside review by a reviewer who does not work for us; the letter "
           "with our review decision will tell you how.", 9.6)
    p.para(f"cc: Dr. {psy}, {PSYCH}", 8.8)
    t = truth("denial_letter", "experimental", insurer=INS, group=grp, member_id=mid, member_name=child, cases=[um],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=psy,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": [PSYCH], "appeal_deadline": [plus(nd, 60).isoformat()],
                          "service_dates": [[start.isoformat(), end.isoformat()]]})
    return out(p), t


def phone_es(rng):
    child, mother, ther, sig = people(rng, 4)
    mid, mid_p = mbr(rng)
    first = dt.date(2026, 3, 3) + dt.timedelta(days=7 * rng.randint(0, 1))
    ds = [plus(first, 7 * k) for k in range(4)]
    nd = plus(ds[-1], rng.randint(24, 32))
    dl = plus(nd, rng.randint(58, 64))
    n = claim_no(rng)
    per = rng.choice([145.0, 150.0, 155.0, 160.0])
    b = per * 4
    grp = group(rng, "FR")
    p = EBSheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Servicios para Miembros", f"Servicios para Miembros {phone(rng, '888')}  |  TTY 711  |  "
                                             "Se habla español")
    p.para(eb_date(nd, "wes").capitalize(), 9.8)
    for ln in [mother, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(2)
    p.idstrip([("N.º de miembro", mid_p), ("Grupo", grp), ("N.º de reclamo", n),
               ("Ref. de llamada", f"CR{digits(rng, 8)}")], 8.6)
    p.heading(f"Sesiones de terapia del habla de {child}", 12)
    p.two_cols(
        [("Lo que recibimos",
          f"La terapeuta {ther}, CCC-SLP, de {SPEECH}, atendió a {child.split()[0]} en cuatro sesiones, los martes "
          f"del {ds[0].day} al {nb(eb_date(ds[-1], 'es'))}. La práctica nos mandó la cuenta: {es_money(b)} por las "
          "cuatro sesiones."),
         ("Lo que decidimos",
          f"No pagaremos estas sesiones. {SPEECH} no tiene contrato con Loyalsock Valley. Nadie nos pidió antes "
          "permiso para ir a una terapeuta fuera de nuestra red, y en nuestra red hay terapeutas del habla para "
          "niños a menos de 15 millas de su casa que tenían horas libres en marzo. Solo pagamos fuera de la red "
          "cuando no hay quien dé el servicio dentro de ella, o en una emergencia.")],
        [("Las sesiones",
          "\n".join(f"{eb_date(d, 'wes')}: {money(per)}" for d in ds) + f"\nTotal cobrado: {money(b)}"),
         ("Si no está de acuerdo",
          "Puede pedirnos que revisemos esta decisión (una queja formal). Su pedido debe llegarnos a más tardar el "
          f"{nb(eb_date(dl, 'es'))}. Si esperar pone en peligro la salud de su hijo o hija, pida una revisión "
          "rápida: decidimos en 72 horas."),
         ("Para seguir con la terapia",
          f"Llámenos al {phone(rng, '888')} y le damos nombres de terapeutas de nuestra red. {SPEECH} no puede "
          "cobrarle a usted más de lo que le avisó por escrito antes de las sesiones.")], size=9.0)
    p.para(f"Atentamente,\n{sig}\nServicios para Miembros, Loyalsock Valley Health Plan", 9.2)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=grp, member_id=mid, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[d.isoformat() for d in ds], denial_date=nd.isoformat(),
              provider=ther, appeal_deadline=dl.isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [SPEECH]})
    return out(p), t


def rotated_ot(rng):
    child, parent, ther, doc, sig = people(rng, 5)
    mid, mid_p = mbr(rng)
    nd = dt.date(2026, 5, rng.randint(4, 15))
    start = plus(nd, rng.randint(4, 8))
    end = plus(start, 90)
    auth = f"PA-{digits(rng, 8)}"
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Utilization Management")
    p.title_bar("WE APPROVED THIS SERVICE", "Keep this notice. It is not a bill.")
    for ln in [parent, *address(rng)]:
        p.line(ln, 9.8)
    p.ln(3)
    p.boxes_below([(eb_date(nd, "abbr"), "Date of this notice"), (mid_p, "Member ID"), (auth, "Approval no.")],
                  [52, 56, 71.9])
    p.boxes_below([(child, "For (child)"), (thru(start, end), "Approved from / thru")], [88, 91.9])
    p.boxes_below([("12 visits: evaluation (97165) and therapy (97530)", "What we approved"),
                   (f"Dr. {doc}", "Ordered by")], [112, 67.9])
    p.boxes_below([(OT, "Therapy office"), (f"{ther}, OTR/L", "Therapist")], [100, 79.9])
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"{OT} asked us to cover occupational therapy for {child.split()[0]}, ordered by Dr. {doc} to help with "
           "handwriting, buttons and other fine-motor tasks. We said yes to the visits shown above. You will pay "
           "the usual Low-Cost CHIP copay at each visit.", 10)
    p.para("If the therapist thinks more visits are needed, the office must ask us before the last approved date. "
           "Visits after that date, or more than 12, are not part of this approval.", 10)
    p.para(f"Questions? Call Member Services at {phone(rng, '888')} (TTY 711).\n\n{sig}\nUtilization Management", 9.8)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=child, cases=[auth],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=OT,
              alternates={"insurer": ALT, "provider": [ther, doc], "case_numbers": [[]],
                          "service_dates": [[], [start.isoformat(), end.isoformat()]]})
    return out(p), t


def born_braces(rng):
    child, parent, orth, doc, sig = people(rng, 5)
    mid, mid_p = mbr(rng)
    fit = dt.date(2026, 3, 19) + dt.timedelta(days=7 * rng.randint(0, 2))
    cast = plus(fit, -14)
    rec = plus(fit, rng.randint(10, 20))
    nd = plus(rec, rng.randint(8, 14))
    dl = plus(nd, rng.randint(55, 62))
    n = claim_no(rng)
    b = rng.choice([2184.00, 2236.50, 2098.00])
    grp = group(rng, "LC")
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng, "Claims")
    p.para(eb_date(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading(f"Braces for {child}", 12)
    facts = [("Date of this letter", eb_date(nd, "slash")), ("Member ID", mid_p), ("Group", grp),
             ("Claim number", n), ("Company order no.", f"PC-{digits(rng, 5)}"),
             ("Billing invoice", f"SMB{digits(rng, 7)}"), ("Ordered by", f"Dr. {doc}"),
             ("Made and fitted by", ORTHO)]
    paras = [
        f"Dear {parent}:",
        f"On {eb_date(fit, 'wlong')}, {orth}, CPO, of {ORTHO} fitted {child.split()[0]} with a pair of custom "
        f"ankle-foot braces that Dr. {doc} had ordered; the casts for them were taken on {eb_date(cast, 'long')}. "
        f"The company's billing service, {BILLER}, sent us the bill for the pair: {amt(b, 'usd')}.",
        "Custom braces are among the items our plan must agree to before they are made. Each pair is built for one "
        "child and cannot be used by anyone else, so we look at the doctor's notes first. Neither the company nor "
        f"Dr. {doc.split()[-1]}'s office asked us before these braces were made, and so we will not pay this bill.",
        "Because the company did not ask us first, it may not ask you to pay for the braces. If it does, call us.",
        f"The company can still send us Dr. {doc.split()[-1]}'s notes. If they show the braces were needed, we can "
        "look at the bill again.",
    ]
    p.fact_letter(facts, paras, title="Facts about this bill", box_w=60, size=9.6)
    p.para(f"**If you disagree with this decision**, you can ask for a review. Your request must reach us no later "
           f"than {eb_date(dl, 'long')}. Page 2 explains how.", 9.8)
    p.para(f"Sincerely,\n{sig}\nClaims Department, Loyalsock Valley Health Plan", 9.8)
    p.add_page()
    p.heading("How to ask for a review", 12, rule=True)
    p.para("**Write or call.** Tell us your child's name and member ID, the claim number on page 1 and why you "
           "think we are wrong. Send anything that helps, such as a note from the doctor. Someone who did not make "
           "the first decision will look at it.", 9.4)
    p.para("**Fast review.** If waiting could put your child's health in serious danger, say so; we decide fast "
           "reviews within 72 hours.", 9.4)
    p.para("**After our review.** If you still disagree, our review decision will tell you how to ask for an "
           "outside review. CHIP in Pennsylvania is offered through the Department of Human Services; our Member "
           "Handbook lists every step.", 9.4)
    p.para("**Sample only.** A letter printed with member ID LV 000 000 000 and claim 26000S000000 is a sample; use "
           "the numbers on page 1.", 9.0)
    p.taglines()
    t = truth("denial_letter", "prior_authorization", insurer=INS, group=grp, member_id=mid, member_name=child,
              cases=[n], claim_amount=m2(b), service_dates=[fit.isoformat()], denial_date=nd.isoformat(),
              provider=ORTHO, appeal_deadline=dl.isoformat(),
              alternates={"insurer": ALT, "provider": [orth], "service_dates": [[cast.isoformat(), fit.isoformat()]]})
    return out(p), t


def clean_stack(rng):
    child, parent, erdoc, sig = people(rng, 4)
    mid, mid_p = mbr(rng)
    visit = dt.date(2026, 2, 14) + dt.timedelta(days=7 * rng.randint(0, 1))
    paid_on = plus(visit, rng.randint(30, 36))
    nd = plus(paid_on, rng.randint(14, 20))
    n1, n2 = claim_no(rng), claim_no(rng)
    b = amount(rng, 1400, 2100)
    paid = round(b * 0.41, 2)
    grp = group(rng, "FR")
    p = EBSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Claims")
    p.addr_refs([eb_date(nd, "long"), "", parent, *address(rng)],
                [("Member ID", mid_p), ("Child", child), ("Claim", n2), ("Group", grp)], box_w=78, cap_w=22)
    p.para(f"Dear {parent}:", 10)
    p.para(f"Dr. {erdoc} saw {child.split()[0]} in the emergency department of {HOSP} on {eb_date(visit, 'wshort')}. "
           "The hospital's billing office sent us a bill for that visit two times.", 10)
    p.table(["Claim", "Visit date", "Charges", "What we did"],
            [[n1, eb_date(visit, "short"), money(b),
              f"Paid {money(paid)} to the hospital on {eb_date(paid_on, 'short')}"],
             [n2, eb_date(visit, "short"), money(b), "Closed - the same visit as the claim above"]],
            [34, 24, 26, 91.9], size=8.8, aligns=["L", "L", "R", "L"], head_h=6, row_h=5.8)
    p.para("Both bills list the same child, the same day, the same doctor and the same charges. We already paid the "
           "first one, so we closed the second one and paid nothing on it. The visit itself is paid; there is "
           "nothing new for you to pay because of this letter.", 10)
    p.para("If you believe the second bill is for a different visit (for example, you went back to the emergency "
           "department later the same day), tell us within 60 days of the date on this letter and we will look at "
           f"it again. Call {phone(rng, '888')} (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Department", 10)
    d_a = (out(p), truth("denial_letter", "other", insurer=INS, group=grp, member_id=mid, member_name=child,
                         cases=[n2], claim_amount=m2(b), service_dates=[visit.isoformat()], denial_date=nd.isoformat(),
                         provider=HOSP, appeal_deadline=plus(nd, 60).isoformat(),
                         alternates={"insurer": ALT, "provider": [erdoc], "case_numbers": [[n2, n1]]}))
    child2, ped, rev = people(rng, 3)
    mid2, mid2_p = mbr(rng)
    d1 = dt.date(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 2))
    d2 = plus(d1, 7)
    rec = plus(d1, rng.randint(190, 200))
    nd2 = plus(rec, rng.randint(6, 10))
    n3 = claim_no(rng)
    l1, l2 = amount(rng, 80, 130), amount(rng, 80, 130)
    b2 = round(l1 + l2, 2)
    q = EBSheet(footer="Page {n} of {nb}")
    q.set_margins(16, 14, 16)
    q.add_page()
    _head(q, rng, "Provider Services - Claims", f"Provider line {phone(rng, '888')}  |  Fax {phone(rng)}")
    q.title_bar("CLAIM NOTICE TO PROVIDER", "LV-PN-3")
    q.beside([[("Dt of Ntc", eb_date(nd2, "dmy_up")), ("Clm", n3)],
              [("Prov", LAB), ("Prov NPI", npi(rng))],
              [("Pt", last_first(child2)), ("Mbr #", mid2_p)],
              [("DOS", f"{eb_date(d1, 'short')} & {eb_date(d2, 'short')}"), ("Rcvd", eb_date(rec, "dmy_up"))],
              [("Ordering", f"Dr. {ped}, {PEDS}")]], cap_w=20, cap=6.0)
    q.ln(1)
    q.table(["DOS", "Code", "Test", "Billed", "Allowed", "Not paid"],
            [[eb_date(d1, "short"), "80053", "Metabolic panel", amt(l1), "0.00", amt(l1, "paren")],
             [eb_date(d2, "short"), "85025", "Blood count", amt(l2), "0.00", amt(l2, "paren")],
             ["", "", "Claim", amt(b2), "0.00", amt(b2, "paren")]],
            [26, 20, 60, 24, 22, 31.9], size=8.6, aligns=["L", "L", "L", "R", "R", "R"], bold_last=True, head_h=6,
            row_h=5.6)
    q.para(f"Blood was drawn on {d1.strftime('%B %-d')} and {eb_date(d2, 'long')}. Your agreement with us gives a "
           "laboratory 180 days from the day of service to get a claim to us. This claim first reached us on the "
           f"Rcvd date above, {(rec - d1).days} days after the first draw, and there is no earlier claim for these "
           "tests on file. Neither line is paid. The family may not be billed for these tests.", 9.4)
    q.para("To ask us to reconsider, send proof that the claim reached us or our clearinghouse in time (for "
           "example, an acceptance report). It must reach Provider Services within 45 days of the Dt of Ntc.", 9.4)
    q.para(f"Claims reviewer: {rev}", 8.8)
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=mid2, member_name=child2,
                         cases=[n3], claim_amount=m2(b2), service_dates=[d1.isoformat(), d2.isoformat()],
                         denial_date=nd2.isoformat(), provider=LAB, appeal_deadline=plus(nd2, 45).isoformat(),
                         alternates={"insurer": ALT, "provider": [ped]}, type_alternates=["eob"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_provider_copy_pt_visits_after_goals_met", "fax_standard_g4", [faxstd_pt(r(1))]),
        Item(F + "lowres_health_care_summary_allergy_test_units_doubled", "scan_lowres_150", [lowres_summary(r(2))]),
        Item(F + "photocopy_letter_tms_for_teen_depression_studies_too_few", "photocopy", [photocopy_tms(r(3))]),
        Item(F + "phone_es_terapia_del_habla_fuera_de_la_red", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_occupational_therapy_approved_captions_under_boxes", "rotated", [rotated_ot(r(5))]),
        Item(F + "born_digital_braces_made_before_anyone_asked_two_pages", "born_digital", [born_braces(r(6))]),
        Item(F + "clean_stack_cover_er_visit_billed_twice_then_lab_claim_late_upside_down", "scan_clean_300",
             clean_stack(r(7)), separators=["cover", None], turns={(1, 0): 180}),
    ]
