"""Notices mirrored (structure and wording style only) from Colorado's Child Health Plan Plus (CHP+), the state's
low-cost health coverage for children and pregnant people, overseen by the Colorado Department of Health Care Policy
and Financing (HCPF, as itself). The notices come from an invented CHP+ HMO, Columbine Ridge Health Plan: Notices of
Adverse Benefit Determination (NABD) for a child's sedated brain MRI (not medically necessary), home infusion days
billed without prior authorization, an out-of-network pediatric endocrinologist (Spanish), acupuncture that is not a
CHP+ benefit (on a four-claim EOB), residential treatment instead of intensive outpatient care (an upheld appeal),
and continued hospital days not approved. CHP+, HCPF, the State Fair Hearing (Office of Administrative Courts) and
the 60-day appeal / 120-day hearing / 72-hour expedited / 10-day continuation rules appear as themselves; the HMO,
every provider, person, number, address and amount is invented.

Documents (8 in 7 files):
- bd_nabd_mri_provider_only_in_prose: a NABD for a sedated brain MRI; the neurologist and her practice named only
  in a sentence; the PCP on a member-card block and the medical director signing are decoys; request-received date,
  DOB and an earlier approved request as decoys.
- faxstd_caption_boxes_home_infusion_no_pa: a claim denial to the provider as a standard fax, a header of small
  captioned boxes (claim number printed with spaces, "Dates of service 03/02/2026 - 03/06/2026", billing vs rendering
  provider, DOB and received date), no prior authorization.
- phone_spanish_nabd_out_of_network_day_first: Spanish NABD, out-of-network endocrinologist, the visit printed
  "2 de marzo de 2026" and "02/03/2026" (day first).
- rotated_eob_four_claims_rendering_column: a member EOB with four claims, provider only in a "Rendering NPI / Name"
  column, two-digit years in the rows, the acupuncture claim denied (not a CHP+ benefit).
- lowres_lab_statement_billing_address: a laboratory's own statement with a different remit-to address; three
  tests, one denied by the plan and not billed to the family (denies nothing).
- photocopy_appeal_resolution_upheld_residential: a Notice of Appeal Resolution upholding a residential denial
  (level of care); appeal, original authorization and an older closed grievance number; only the State Fair
  Hearing remains (no appeal deadline).
- finefax_stack_cover_pt_approval_then_concurrent_denial_barcode: a fax cover, a physical therapy approval (denies
  nothing), then a continued-stay denial fed sideways whose case number is printed only under a footer barcode
  ("2 Apr 2026 to 6 Apr 2026").
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddn_famdnc import TAGLINES, DNSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "colorado_chp_plus_child_health_plan_plus_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352302
HMO = "Columbine Ridge Health Plan"
ALT_INS = ["Columbine Ridge"]
HCPF = "Colorado Department of Health Care Policy and Financing"
LET = "ABCDEFGHJKLMNPRSTUVWXYZ"


def chp_id(rng):
    """A state ID in the shape Colorado prints on CHP+ cards: one letter and six digits (no O or I)."""
    return rng.choice(LET) + digits(rng, 6)


def dob(rng):
    return dt.date(rng.randint(2010, 2021), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DNSheet, rng, unit: str = "Utilization Management"):
    p.f(14, "B")
    p.cell(0, 7, HMO, new_x="LMARGIN", new_y="NEXT")
    p.f(8.2)
    p.cell(0, 4, f"A Child Health Plan Plus (CHP+) health plan  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Pueblo CO 810{rng.randint(10, 99)}  |  Member Services "
                 f"1-800-555-{digits(rng, 4)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(4)


def _rights(p: DNSheet, size: float = 8.6, days_word: str = "notice"):
    p.heading("Your right to appeal", 10)
    p.para(f"You, your child's provider or someone you choose may ask us for an appeal. You must ask within 60 calendar "
           f"days from the date of this {days_word}. You may call us or write to us. If waiting could seriously harm "
           "your child's health, ask for a fast (expedited) appeal; we will decide within 72 hours.", size)
    p.para("**State Fair Hearing.** After you get our appeal decision, you may ask for a State Fair Hearing with the "
           "Office of Administrative Courts within 120 calendar days from the date of our appeal decision letter.",
           size)
    p.para("**Keeping your services.** If this notice stops or reduces a service you are getting now, you may keep "
           "it during your appeal if you ask within 10 days from the date of this notice.", size)


def bd_mri(rng):
    kid, parent = person(rng)[0], person(rng)[0]
    mid = chp_id(rng)
    nd = dt.date(2026, 3, rng.randint(2, 9))
    rcv = plus(nd, -rng.randint(3, 6))
    planned = plus(nd, rng.randint(10, 16))
    req = f"{rng.randint(2601, 2603)}-{digits(rng, 3)}-{digits(rng, 4)}"
    earlier = f"{rng.randint(2510, 2512)}-{digits(rng, 3)}-{digits(rng, 4)}"
    neuro, pcp, md = person(rng)[0], person(rng)[0], person(rng)[0]
    practice = "Foothills Pediatric Neurology"
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(fdate(nd, "long"), 10)
    p.ln(2)
    y0 = p.get_y()
    for ln in [f"To the parent or guardian of {kid}", parent, f"{rng.randint(100, 9800)} Sycamore Ave",
               f"Pueblo CO 810{rng.randint(10, 99)}"]:
        p.line(ln, 9.6)
    yb = p.sidebar([("Member", kid), ("CHP+ ID", mid), ("Date of birth", fdate(dob(rng), "slash")),
               ("Primary care provider", f"Dr. {pcp}"), ("PCP phone", f"719-555-{digits(rng, 4)}")],
              128, y0, 68, "Member card", size=7.8)
    p.set_y(max(p.get_y(), yb) + 3)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12.5, "B")
    p.ln(1)
    p.para(f"Dear parent or guardian of {kid}:", 10)
    p.para(f"{HMO} has reviewed the request for an MRI of the brain with sedation (CPT 70553) that Dr. {neuro} at "
           f"{practice} asked for on your child's behalf. We received the request on {fdate(rcv, 'long')}. It was "
           f"planned for {fdate(planned, 'long')}. We gave the request number {req}.", 10)
    p.para("**What we decided.** We denied this request. This is not medically necessary for your child. The records "
           "we received show normal neurological exams and headaches that have not been treated with the first steps "
           "of care yet (a headache diary and the medicine plan from the child's provider). Our rule for imaging of "
           "the head in children was used to make this decision. You may ask for a free copy of that rule.", 10)
    p.para(f"Your child's earlier request {earlier} (an EEG) was approved and is not changed by this letter.", 10)
    _rights(p)
    p.para(f"Questions? Call Member Services at 1-800-555-{digits(rng, 4)}. You may also call the Ombudsman for "
           f"Medicaid Managed Care at 303-555-{digits(rng, 4)}. CHP+ is overseen by the {HCPF}.", 8.6)
    p.para(f"Sincerely,\n\nDr. {md}\nMedical Director, {HMO}", 9.6)
    for tg in TAGLINES:
        p.para(tg, 7, gap=0.4)
    t = truth("denial_letter", "medical_necessity", insurer=HMO, member_id=mid, member_name=kid, cases=[req],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=neuro,
              appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"insurer": ALT_INS, "provider": [practice, f"Dr. {neuro}"], "service_dates": [[]]})
    return out(p), t


def faxstd_boxes(rng):
    kid = person(rng)[0]
    mid = chp_id(rng)
    nd = dt.date(2026, 4, rng.randint(6, 14))
    s0 = dt.date(2026, 3, 2)
    s1 = plus(s0, 4)
    billed = amount(rng, 2400, 5900)
    claim = f"26 {digits(rng, 4)} {digits(rng, 4)} {rng.randint(1, 9)}"
    fax = (f"{nd.month:02d}/{nd.day:02d}/2026 14:{rng.randint(10, 59)}  COLUMBINE RIDGE CLAIMS  719-555-"
           f"{digits(rng, 4)}  P.{{n}}/1")
    p = DNSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("CLAIM DENIAL NOTICE - PROVIDER COPY", 12, "B")
    p.ln(1)
    rend = "Sagebrush Home Infusion"
    p.capboxes([[("Notice date", fdate(nd, "slash")), ("Claim number", claim), ("Date received",
                  fdate(plus(s1, rng.randint(9, 20)), "slash"))],
                [("Member name", kid), ("CHP+ ID", mid), ("Date of birth", fdate(dob(rng), "slash"))],
                [("Billing provider", "SHI Billing Services LLC"), ("Rendering provider", rend),
                 ("Billing NPI", digits(rng, 10))],
                [("Dates of service", f"{fdate(s0, 'slash')} - {fdate(s1, 'slash')}"), ("Billed amount",
                  money(billed)), ("Authorization on file", "None found")]], size=8.8)
    p.table(["Line", "Service", "Code", "Units", "Billed", "Denial code"],
            [["1", "Home infusion per diem, antibiotic", "S9500", "5", money(round(billed * 0.62, 2)), "PA01"],
             ["2", "Skilled nursing visit, infusion", "99601", "2", money(round(billed - round(billed * 0.62, 2), 2)),
              "PA01"]],
            [12, 74, 20, 14, 28, 34], size=8.4)
    p.para("**PA01** Prior authorization was required for this service and was not requested. Home infusion therapy for "
           "CHP+ members must be authorized before the first day of service. No payment is made on this claim.", 9)
    p.para("The member may not be billed for this service. You may ask for an appeal on the member's behalf with the "
           "member's written consent within 60 calendar days from the notice date. A State Fair Hearing is available "
           "after the appeal. Send medical records with any request for review.", 9)
    p.para(f"Provider Services 1-800-555-{digits(rng, 4)}  |  Fax 719-555-{digits(rng, 4)}", 8.6)
    t = truth("denial_letter", "prior_authorization", insurer=HMO, member_id=mid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=rend,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def phone_spanish(rng):
    kid, parent = person(rng)[0], person(rng)[0]
    mid = chp_id(rng)
    nd = dt.date(2026, 3, rng.randint(16, 24))
    visit = dt.date(2026, 3, 2)
    billed = amount(rng, 280, 640)
    claim = f"CR{digits(rng, 9)}"
    old = f"REF-25-{digits(rng, 5)}"
    doc = person(rng)
    doc_name = f"{doc[1]} {doc[2]}. {doc[3]}"
    clinic = "Clínica Endocrina del Valle"
    p = DNSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios para Miembros")
    p.line("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12, "B")
    p.ln(1)
    p.pairs([("Fecha del aviso", f"{fdate(nd, 'dmy', 'es')}"), ("Miembro", kid), ("Número de CHP+", mid),
             ("Fecha de nacimiento", fdate(dob(rng), "dmy", "es")), ("Número de reclamo", claim),
             ("Fecha del servicio", fdate(visit, "dmy", "es")), ("Cargos facturados", money(billed))],
            label_w=52, size=9.3)
    p.ln(2)
    p.para(f"Estimado padre, madre o tutor de {kid}:", 9.8)
    p.para(f"El {fdate(nd, 'long', 'es')} revisamos el reclamo por la consulta que la Dra. {doc_name} de {clinic} "
           f"le dio a su hijo(a) el {fdate(visit, 'long', 'es')}. Negamos este reclamo.", 9.8)
    p.para(f"**Por qué.** {clinic} no forma parte de la red de {HMO}. Los miembros de CHP+ deben recibir la atención "
           "de especialistas dentro de la red, salvo en una emergencia o si nosotros aprobamos la consulta antes. No "
           f"había aprobación para esta consulta. (Su referencia anterior {old} era para otro especialista.)", 9.8)
    p.para("**Su derecho a apelar.** Usted puede pedir una apelación dentro de 60 días calendario a partir de la fecha "
           "de este aviso. Si la espera pone en grave riesgo la salud de su hijo(a), pida una apelación rápida; "
           "decidiremos en 72 horas. Después de nuestra decisión, puede pedir una Audiencia Imparcial Estatal dentro "
           "de 120 días calendario.", 9.8)
    p.para("El proveedor no puede cobrarle a usted por esta consulta. CHP+ está supervisado por el Departamento de "
           "Política y Financiamiento del Cuidado de Salud de Colorado (HCPF).", 9.8)
    p.para(f"{HMO}, Servicios para Miembros, 1-800-555-{digits(rng, 4)} (TTY 711)", 9.4)
    t = truth("denial_letter", "out_of_network", insurer=HMO, member_id=mid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(visit)], denial_date=nd.isoformat(), provider=doc_name,
              appeal_deadline=plus(nd, 60).isoformat(), lang="es",
              alternates={"insurer": ALT_INS, "provider": [clinic]})
    return out(p), t


def rotated_eob(rng):
    kid, sub = person(rng)[0], person(rng)[0]
    mid = chp_id(rng)
    nd = dt.date(2026, 4, rng.randint(20, 28))
    provs = [("Arroyo Seco Family Medicine", "Dr. " + person(rng)[0]), ("Quandary Peak Pediatric Laboratory", None),
             ("Harmony Point Acupuncture", person(rng)[0]), ("Sangre Valley Physical Therapy", None)]
    deny = 2
    rows, charges, claims, dates = [], [], [], []
    codes = ["99214", "85025", "97813", "97110"]
    for i, (fac, who) in enumerate(provs):
        d0 = dt.date(2026, 3, rng.randint(2, 27))
        d1 = plus(d0, 2) if i == deny else d0
        dates.append((d0, d1))
        c = amount(rng, 60, 320)
        charges.append(c)
        n = f"2026{digits(rng, 7)}"
        claims.append(n)
        name = who if who else fac
        rend = f"{digits(rng, 10)} / {name}"
        ds = fdate(d0, "short") if d0 == d1 else f"{fdate(d0, 'short')}-{fdate(d1, 'short')}"
        if i == deny:
            rows.append([n, ds, rend, codes[i], money(c, "nosign"), "0.00", "0.00", "0.00", "N31"])
        else:
            copay = 0.0 if i == 1 else 10.0
            allowed = round(c * 0.7, 2)
            rows.append([n, ds, rend, codes[i], money(c, "nosign"), money(allowed, "nosign"),
                         money(copay, "nosign"), money(allowed - copay, "nosign"), "P10"])
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(12, 12, 12)
    p.add_page(orientation="L")
    _head(p, rng, "Claims")
    p.line("EXPLANATION OF BENEFITS  -  THIS IS NOT A BILL", 12, "B")
    p.ln(1)
    p.pairs([("Statement date", fdate(nd, "long")), ("Member", kid), ("CHP+ ID", mid), ("Mailed to", sub),
             ("Enrollment period", "07/01/2025 - 06/30/2026"), ("Annual copay maximum", "$1,200.00 (met: $40.00)")],
            label_w=46, size=8.8, h=4.8)
    p.ln(2)
    p.table(["Claim number", "Svc dates", "Rendering NPI / Name", "Code", "Billed", "Allowed", "Copay",
             "Plan paid", "Rmk"], rows, [32, 36, 92, 16, 20, 20, 16, 20, 12], size=8,
            aligns=["L", "L", "L", "L", "R", "R", "R", "R", "C"])
    p.para("**P10** Paid at the CHP+ rate less your copay. **N31** Acupuncture is not a covered CHP+ benefit. "
           "The provider may not bill you for a covered service beyond your copay. If you agreed in writing to pay "
           "for a non-covered service, the provider may bill you for it.", 8.4)
    p.para("If you disagree with a decision on this statement, ask for an appeal within 60 calendar days from the "
           f"date of this statement. Call 1-800-555-{digits(rng, 4)} (TTY 711) or write to us. You may ask for a "
           "State Fair Hearing within 120 days after our appeal decision.", 8.4)
    t = truth("eob", "not_covered", insurer=HMO, member_id=mid, member_name=kid, cases=[claims[deny]],
              claim_amount=m2(charges[deny]), service_dates=[span(*dates[deny])], denial_date=nd.isoformat(),
              provider=provs[deny][1], appeal_deadline=plus(nd, 60).isoformat(), alternates={"insurer": ALT_INS})
    return out(p), t


def lowres_lab(rng):
    kid, parent = person(rng)[0], person(rng)[0]
    mid = chp_id(rng)
    sd = dt.date(2026, 5, rng.randint(4, 12))
    lab = "Quandary Peak Pediatric Laboratory"
    acct = f"QP-{digits(rng, 7)}"
    dos = sorted({dt.date(2026, 3, rng.randint(2, 10)), dt.date(2026, 3, rng.randint(16, 26)),
                  dt.date(2026, 4, rng.randint(2, 20))})
    deny = 1
    rows, prices = [], []
    tests = ["Comprehensive metabolic panel 80053", "Vitamin D, 25-hydroxy 82306", "Lead, blood 83655"]
    for i, d in enumerate(dos):
        c = amount(rng, 38, 210)
        prices.append(c)
        if i == deny:
            rows.append([fdate(d, "slash"), tests[i], money(c), money(c), "0.00", "Denied by plan"])
        else:
            rows.append([fdate(d, "slash"), tests[i], money(c), money(round(c * 0.55, 2)), "0.00", "Paid by plan"])
    p = DNSheet(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    p.f(15, "B")
    p.cell(0, 7, lab, new_x="LMARGIN", new_y="NEXT")
    p.f(8.4)
    p.cell(0, 4, f"{rng.randint(100, 9800)} Harbor View Dr, Pueblo CO 810{rng.randint(10, 99)}  |  CLIA "
                 f"06D{digits(rng, 7)}  |  NPI {digits(rng, 10)}", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)
    p.pairs([("Statement date", fdate(sd, "abbr")), ("Account number", acct), ("Patient", kid),
             ("Responsible party", parent), ("Insurance", f"{HMO} (CHP+)"), ("Member ID", mid)],
            label_w=40, size=9.2)
    p.ln(2)
    p.table(["Date", "Test", "Charge", "Plan adj.", "You owe", "Status"], rows, [24, 62, 22, 22, 18, 28], size=8.6)
    p.para(f"Your child's health plan denied the {tests[deny].rsplit(' ', 1)[0].lower()} test as not ordered by a "
           "network provider. Under CHP+ rules we do not bill members for this; we have written it off. Your balance "
           "is $0.00. No payment is due.", 9.4)
    p.line("Please send any payment or questions to our billing office:", 9, "B")
    p.para(f"QPL Patient Billing, PO Box {rng.randint(1200, 9800)}, Aurora CO 800{rng.randint(10, 99)}  |  "
           f"720-555-{digits(rng, 4)}  |  Mon-Fri 8-5", 9)
    t = truth("other", None, insurer=HMO, member_id=mid, member_name=kid, claim_amount=m2(prices[deny]),
              service_dates=[span(dos[deny])], denial_date=sd.isoformat(), provider=lab, unscored=["insurer"],
              alternates={"claim_amount": [None], "service_dates": [[span(d) for d in dos]]})
    return out(p), t


def photocopy_appeal(rng):
    kid, parent = person(rng)[0], person(rng)[0]
    mid = chp_id(rng)
    nd = dt.date(2026, 5, rng.randint(11, 20))
    s0 = dt.date(2026, 3, 9)
    s1 = dt.date(2026, 4, 5)
    apl = f"APL 2026 {digits(rng, 4)} {digits(rng, 2)}"
    pa = f"PA-26-{digits(rng, 5)}"
    grv = f"GRV-25-{digits(rng, 4)}"
    fac = "Bristlecone Youth Residential Center"
    ref, md = person(rng)[0], person(rng)[0]
    p = DNSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.line(f"Date: {fdate(nd, 'long')}", 10)
    p.ln(2)
    p.line("NOTICE OF APPEAL RESOLUTION", 12.5, "B")
    p.ln(1)
    p.pairs([("Member", kid), ("CHP+ ID", mid), ("Appeal number", apl), ("Original request", pa),
             ("Appeal received", fdate(plus(nd, -rng.randint(18, 28)), "long"))], label_w=40, size=9.6)
    p.ln(2)
    p.para(f"Dear parent or guardian of {kid}:", 10)
    p.para(f"You asked us to review our decision not to approve residential treatment at {fac} from March 9 through "
           f"April 5, 2026. {ref}, LPC, your child's outpatient therapist, referred your child for this care. "
           "A child and adolescent psychiatrist who did not make the first decision reviewed the appeal.", 10)
    p.para("**Decision: we upheld our denial.** Your child's needs can be met safely in a less restrictive setting. "
           "The records show no danger to self or others and a stable home. Intensive outpatient treatment (three "
           "hours a day, three days a week) is approved instead; that approval is not changed.", 10)
    p.para(f"Your grievance {grv} about wait times was closed on {fdate(plus(nd, -rng.randint(60, 90)), 'long')} and "
           "is not part of this appeal.", 10)
    p.para("**What you can do next.** You have finished the plan's appeal process. You may ask for a State Fair "
           "Hearing with the Office of Administrative Courts within 120 calendar days from the date of this letter. "
           "If your child's health is at serious risk, you may ask for an expedited hearing. You may keep getting "
           "current services during the hearing if you ask within 10 days.", 10)
    p.para(f"Sincerely,\n\nDr. {md}, Medical Director\n{HMO}", 10)
    t = truth("denial_letter", "level_of_care", insurer=HMO, member_id=mid, member_name=kid, cases=[apl, pa],
              service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=fac,
              alternates={"insurer": ALT_INS, "case_numbers": [[apl], [pa]], "service_dates": [[span(s0)]]},
              denial_alternates=["medical_necessity"])
    return out(p), t


def finefax_stack(rng):
    kid = person(rng)[0]
    mid = chp_id(rng)
    ad = dt.date(2026, 3, rng.randint(2, 10))
    v0, v1 = plus(ad, 3), plus(ad, 62)
    auth = f"UM{digits(rng, 8)}"
    pt = "Sangre Valley Physical Therapy"
    fax1 = f"{ad.month}/{ad.day}/26 10:{rng.randint(10, 59)}  COLUMBINE RIDGE UM  719-555-{digits(rng, 4)}  P.{{n}}"
    p = DNSheet(footer=None, fax_hdr=fax1)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.line(f"Date: {fdate(ad, 'long')}", 9.6)
    p.line("APPROVAL NOTICE", 12, "B")
    p.ln(1)
    p.pairs([("Member", kid), ("CHP+ ID", mid), ("Authorization", auth), ("Service", "Physical therapy, 12 visits"),
             ("Provider", pt), ("Approved dates", f"{fdate(v0, 'slash')} - {fdate(v1, 'slash')}")],
            label_w=40, size=9.4)
    p.ln(2)
    p.para("We approved this service. Visits must be used within the approved dates. This approval is not a "
           "guarantee of payment if your child is not enrolled in CHP+ on the day of service.", 9.6)
    doc1 = (out(p), truth("other", None, insurer=HMO, member_id=mid, member_name=kid, cases=[auth],
                          service_dates=[span(v0, v1)], denial_date=ad.isoformat(), provider=pt,
                          alternates={"insurer": ALT_INS, "case_numbers": [[]], "service_dates": [[span(v0)], []]}))
    nd = dt.date(2026, 4, rng.randint(6, 9))
    s0, s1 = dt.date(2026, 4, 2), dt.date(2026, 4, 6)
    adm = dt.date(2026, 3, 29)
    case = f"CR26-{digits(rng, 6)}"
    hosp = "Sandhill Regional Medical Center"
    att = person(rng)[0]
    fax2 = f"{nd.month}/{nd.day}/26 16:{rng.randint(10, 59)}  COLUMBINE RIDGE UM  719-555-{digits(rng, 4)}  P.{{n}}"
    q = DNSheet(footer=None, fax_hdr=fax2, barcode=case)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Concurrent Review")
    q.line(fdate(nd, "dmy"), 9.6)
    q.ln(1)
    q.line(kid, 9.6)
    q.line(f"CHP+ ID {mid}", 9.6)
    q.ln(2)
    q.line("NOTICE OF ADVERSE BENEFIT DETERMINATION - CONTINUED STAY", 11.5, "B")
    q.ln(1)
    q.para(f"Your child was admitted to {hosp} on {fdate(adm, 'dmy')}. The days through 1 Apr 2026 were approved. "
           f"Dr. {att}, the attending doctor, asked us to approve more days. We did not approve the days from "
           f"{fdate(s0, 'dmy')} to {fdate(s1, 'dmy')}.", 9.8)
    q.para("**Why.** Your child's fever and breathing had improved and the antibiotics could be given by mouth. The "
           "records do not show a need for hospital care on those days, so they are not medically necessary.", 9.8)
    q.para("You may ask for an appeal within 60 calendar days from the date of this notice. Because your child is in "
           "the hospital, you may ask for an expedited appeal (72 hours). A State Fair Hearing may be requested within "
           "120 days after the appeal decision. Please use the number under the bar code when you call.", 9.8)
    q.para(f"{HMO} Utilization Management", 9.8)
    doc2 = (out(q), truth("denial_letter", "medical_necessity", insurer=HMO, member_id=mid, member_name=kid,
                          cases=[case], service_dates=[span(s0, s1)], denial_date=nd.isoformat(), provider=hosp,
                          appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"insurer": ALT_INS, "provider": [att, f"Dr. {att}"]},
                          denial_alternates=["level_of_care"]))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_nabd_mri_provider_only_in_prose", "born_digital", [bd_mri(rng)]),
        Item(F + "faxstd_caption_boxes_home_infusion_no_pa", "fax_standard_g4", [faxstd_boxes(rng)]),
        Item(F + "phone_spanish_nabd_out_of_network_day_first", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_eob_four_claims_rendering_column", "rotated", [rotated_eob(rng)]),
        Item(F + "lowres_lab_statement_billing_address", "scan_lowres_150", [lowres_lab(rng)]),
        Item(F + "photocopy_appeal_resolution_upheld_residential", "photocopy", [photocopy_appeal(rng)]),
        Item(F + "finefax_stack_cover_pt_approval_then_concurrent_denial_barcode", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 90}),
    ]
