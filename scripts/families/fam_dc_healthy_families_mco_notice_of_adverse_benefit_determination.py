"""Notices mirrored (structure and wording style only) from the District of Columbia's DC Healthy Families program,
the District's Medicaid managed care program run by the DC Department of Health Care Finance (DHCF), whose managed
care organizations (MCOs) send a "Notice of Adverse Benefit Determination" when they deny, reduce or end a service
or deny payment. DC Healthy Families, DHCF, the DC Office of Administrative Hearings (fair hearings) and the federal
managed care notice rules (60 days to ask the MCO for an appeal, 72-hour expedited appeals, continuation of
benefits if asked within 10 days, a fair hearing within 120 days of the appeal decision) appear as themselves. The
MCO (Foxhall Commons Health Plan), every provider, person, number, address and amount is invented.

Documents (8 in 7 files):
- bd_sidebar_nabd_lumbar_mri_not_medically_necessary: pre-service NABD to the enrollee, the facts in a ruled
  right-hand sidebar box ("Enrollee identifier", "Tracking ID", "Requested by", "Notice issued"), lumbar MRI not
  medically necessary; DOB, received date, our letter of an earlier date, plan phone and fax, 72-hour / 10-day /
  120-day limits as decoys.
- faxstd_grid_provider_claim_pt_visits_no_authorization: claim notice to a physical therapy practice, every fact in a
  grid of caption-over-box cells three and four wide ("Document control number", "Beneficiary number", "From - Thru",
  "Submitted charges", "Rendering"), visits past the sixth without prior authorization; NPI, received date, a
  previous claim number, 90-day reconsideration on page 2.
- lowres_nolabel_letter_dermatology_out_of_network: a letter with no labels at all (every fact in sentences): a
  child's dermatology visit with a non-participating doctor, out of network; "our letter of January 5" quoted.
- phone_spanish_nabd_orthodontics_not_medically_necessary: Spanish NABD, braces for a child not medically necessary
  (score under the plan's handicapping malocclusion threshold), pre-service, no date of service.
- rotated_landscape_remittance_one_claim_timely_filing: a landscape provider remittance advice, four claims of
  three enrollees, one denied as filed after the 90-day limit; check number, payee ID and paper total as decoys.
- photocopy_left_sidebar_cgm_not_medically_necessary: NABD with the facts in an open LEFT column ("Our file",
  "Medicaid No.", "Prescriber", "Mailed on"), a continuous glucose monitor denied (criteria not met).
- finefax_stack_cover_termination_then_appeal_resolution_turned: a fax cover, an NABD ending home health skilled
  nursing visits (medical necessity; continuation-of-benefits decoy), then a Notice of Appeal Resolution reversing a
  physical therapy denial (denies nothing), fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddk_famdkf import TAGLINES
from kit_rounddl_famdle import DLSheet
from public_kit import amount, digits, fdate, m2, money, out, person, plus, span, truth

FAMILY = "dc_healthy_families_mco_notice_of_adverse_benefit_determination"
LANG = "en"
SEED = 352102
MCO = "Foxhall Commons Health Plan"
PROGRAM = "DC Healthy Families"
DHCF = "DC Department of Health Care Finance"
PT = "Kenilworth Terrace Physical Therapy"
DERM = "Glover Ridge Dermatology Associates"
ORTHO = "Brightwood Smiles Orthodontics"
HOMEHEALTH = "Capitol Row Home Health Services"
CLINIC = "Fort Stanton Family Health Center"


def mcaid(rng):
    """DC Medicaid numbers are eight digits; invented here."""
    return f"7{digits(rng, 7)}"


def mco_id(rng):
    return f"FXC{digits(rng, 9)}"


def dc_addr(rng):
    return [f"{rng.randint(100, 4900)} {rng.choice(['Alabama Ave SE', 'Kennedy St NW', 'Minnesota Ave NE', 'Nannie Helen Burroughs Ave NE', 'Georgia Ave NW'])}",
            f"Washington DC 200{rng.randint(10, 32)}"]


def _head(p: DLSheet, rng, unit="Utilization Management"):
    p.f(14, "B")
    p.cell(0, 7, MCO, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"A {PROGRAM} managed care plan  |  {unit}", new_x="LMARGIN", new_y="NEXT")
    p.f(7.5)
    p.cell(0, 4, f"PO Box {rng.randint(3000, 9800)}, Washington DC 20013  |  Member Services 1-888-555-"
                 f"{digits(rng, 4)} (TTY 711)  |  Fax 202-555-{digits(rng, 4)}", new_x="LMARGIN", new_y="NEXT")
    y = p.get_y() + 1
    p.line_seg(p.l_margin, y, p.w - p.r_margin, y)
    p.set_y(y + 4)


def _rights(p: DLSheet, size=8.6, lang="en"):
    if lang == "es":
        p.line("SUS DERECHOS", size + 0.6, "B")
        p.para("**Apelación.** Usted tiene 60 días a partir de la fecha de este aviso para pedirnos una apelación. "
               "Puede pedirla por teléfono o por escrito. Si su salud corre peligro, pida una apelación rápida: le "
               "daremos una decisión dentro de 72 horas.", size)
        p.para("**Audiencia imparcial.** Si no está de acuerdo con nuestra decisión de la apelación, puede pedir una "
               "audiencia imparcial ante la Oficina de Audiencias Administrativas (Office of Administrative Hearings) "
               "dentro de 120 días a partir de la fecha de la decisión de la apelación.", size)
        return
    p.line("YOUR RIGHTS", size + 0.6, "B")
    p.para("**Appeal.** You have 60 days from the date of this notice to ask us for an appeal. You can call us or "
           "write to us. If waiting could seriously harm your health, ask for an expedited (fast) appeal; we will "
           "decide within 72 hours.", size)
    p.para("**Fair hearing.** If you do not agree with our appeal decision, you may ask for a fair hearing with the "
           "DC Office of Administrative Hearings within 120 days of the date of our appeal decision.", size)
    p.para("**Keeping your services.** If we are ending or reducing a service you now get, you may keep getting it "
           "during the appeal if you ask within 10 days of the date of this notice.", size)


def bd_sidebar(rng):
    name = person(rng)[0]
    mid = mcaid(rng)
    nd = dt.date(2026, 3, rng.randint(3, 13))
    rec = plus(nd, -rng.randint(4, 9))
    planned = plus(nd, rng.randint(9, 16))
    dob = dt.date(rng.randint(1968, 1995), rng.randint(1, 12), rng.randint(1, 28))
    track = f"UM-26-{digits(rng, 6)}"
    doc = "Lorraine V. Mbeki"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION", 12, "B")
    p.ln(2)
    for ln in [name, *dc_addr(rng)]:
        p.line(ln, 9.5)
    p.ln(4)
    left = [f"Dear {name}:",
            f"We received a request from your doctor on {fdate(rec, 'slash')} for an MRI of your lower back "
            "(lumbar spine, CPT 72148). We reviewed the request with our medical director.",
            "We decided that the MRI is not medically necessary at this time. Our imaging guidelines, which follow "
            "DC Healthy Families coverage rules, call for six weeks of treatment such as physical therapy and "
            "medicine before an MRI for low back pain, unless there are warning signs such as weakness or loss of "
            "bladder control. Your records show two weeks of treatment and no warning signs.",
            "This is not a decision that you cannot have an MRI later. Your doctor can ask again after you finish "
            "six weeks of treatment, or sooner if your symptoms change.",
            "Our letter of January 5, 2026 about your primary care provider change is not affected by this notice."]
    right = [("Notice issued", fdate(nd, "long")), ("Enrollee", name), ("Enrollee identifier", mid),
             ("Date of birth", fdate(dob, "slash")), ("Tracking ID", track), ("Requested by", f"{doc}, MD"),
             ("Service", "MRI lumbar spine without contrast"), ("Planned for", fdate(planned, "slash")),
             ("Decision", "Denied")]
    p.box_col(left, right, left_w=106, size=9.3, rsize=8.4, title="About this notice")
    p.ln(2)
    _rights(p)
    p.para("Sincerely,\nUtilization Management Department", 9)
    p.add_page()
    p.boilerplate(MCO, f"1-888-555-{digits(rng, 4)}")
    p.para(f"{PROGRAM} is a program of the {DHCF}. This notice was sent by your health plan.", 7.2)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name, cases=[track],
              service_dates=[span(planned)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"service_dates": [[]]})
    return out(p), t


def faxstd_grid(rng):
    name = person(rng)[0]
    mid = mcaid(rng)
    nd = dt.date(2026, 4, rng.randint(6, 16))
    d1 = dt.date(2026, 2, rng.randint(2, 9))
    d2 = plus(d1, rng.randint(18, 26))
    billed = amount(rng, 610, 980)
    dcn = f"26{rng.randint(100, 366):03d}{digits(rng, 7)}"
    prev = f"26{rng.randint(10, 60):03d}{digits(rng, 7)}"
    fax = (f"{nd.month:02d}/{nd.day:02d}/2026 09:{rng.randint(10, 59)}  FOXHALL COMMONS CLAIMS  202-555-"
           f"{digits(rng, 4)}  >>  KENILWORTH TERRACE PT    PG {{n}}")
    p = DLSheet(footer=None, fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Provider Claims")
    p.line("PROVIDER NOTICE OF CLAIM DENIAL", 10, "B")
    p.ln(1)
    p.capgrid([
        [("Notice issued", fdate(nd, "dash"), 45), ("Document control number", dcn, 60), ("Received", fdate(plus(d2, 6), "dash"), 40),
         ("Pay-to NPI", digits(rng, 10), 43)],
        [("Beneficiary", name, 64), ("Beneficiary number", mid, 50), ("Date of birth", fdate(dt.date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)), "dash"), 42)],
        [("Rendering", PT, 90), ("From - Thru", f"{fdate(d1, 'dash')} - {fdate(d2, 'dash')}", 60),
         ("Units", "8", 38)],
        [("Submitted charges", money(billed), 48), ("Allowed", "$0.00", 36), ("Paid", "$0.00", 36),
         ("Reason", "PA01", 30), ("Previous claim (paid)", prev, 38)],
    ], cap=6, val=8.4)
    p.ln(2)
    p.para("PA01  Physical therapy visits after the sixth visit in a calendar year need prior authorization. We "
           "found no approved authorization for these visits (97110, 97140, 97530). The first six visits were paid "
           "on the previous claim shown above.", 8)
    p.para("You may not bill the beneficiary for these services.", 8)
    p.add_page()
    p.band("RECONSIDERATION", 8.6)
    p.para("To ask us to reconsider, send the authorization number (if one was approved) or the treatment notes "
           "with a reconsideration form. Your request must be received within 90 days of the date of this notice. "
           f"Provider Services 1-888-555-{digits(rng, 4)}. Claims must be filed within 90 days of the date of "
           "service. Form FXC-PCD-3.", 8)
    t = truth("denial_letter", "prior_authorization", insurer=MCO, member_id=mid, member_name=name, cases=[dcn],
              claim_amount=m2(billed), service_dates=[span(d1, d2)], denial_date=nd.isoformat(), provider=PT,
              appeal_deadline=plus(nd, 90).isoformat(),
              alternates={"service_dates": [[span(d1), span(d2)]]})
    return out(p), t


def lowres_nolabel(rng):
    kid = person(rng)[0]
    parent = person(rng)[0]
    mid = mcaid(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    dos = dt.date(2026, 2, rng.randint(2, 20))
    billed = amount(rng, 240, 420)
    claim = f"FX{digits(rng, 10)}"
    doc = "Anselm K. Dufresne"
    p = DLSheet(footer=None)
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng, "Member Services")
    p.line(fdate(nd, "long"), 9.8)
    p.ln(4)
    for ln in [parent, *dc_addr(rng)]:
        p.line(ln, 9.8)
    p.ln(5)
    p.para(f"Dear {parent}:", 9.8)
    p.para(f"We are writing about the visit your son {kid} had with Dr. {doc} of {DERM} on "
           f"{fdate(dos, 'long')}. {DERM} sent us claim number {claim} for that visit, for a total of "
           f"{money(billed)}. We have denied this claim.", 9.8)
    p.para(f"Dr. {doc} and {DERM} are not in the {MCO} network. {PROGRAM} members must get care from doctors in "
           "our network unless it is an emergency or we approve an out-of-network visit before it happens. We did "
           "not approve this visit, and there are two dermatologists in our network within three miles of your home.",
           9.8)
    p.para("In our letter of January 5, 2026 we sent you a list of network dermatologists. You can also find one "
           "with the provider search on our website or by calling Member Services. The doctor may not bill you for "
           f"this visit. Your son's member number is {mid}; please have it ready when you call.", 9.8)
    p.para("If you think we are wrong, you have 60 days from the date of this notice to ask us for an appeal. If "
           "you do not agree with our appeal decision, you may ask for a fair hearing at the DC Office of "
           "Administrative Hearings within 120 days of that decision. If your son's health is in danger, we can "
           "decide a fast appeal within 72 hours.", 9.8)
    p.para(f"You can call us at 1-888-555-{digits(rng, 4)} (TTY 711), Monday through Friday, 8 a.m. to 6 p.m.", 9.8)
    p.para(f"Sincerely,\n\nClaims Review Unit\n{MCO}", 9.8)
    t = truth("denial_letter", "out_of_network", insurer=MCO, member_id=mid, member_name=kid, cases=[claim],
              claim_amount=m2(billed), service_dates=[span(dos)], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 60).isoformat(), alternates={"provider": [DERM]})
    return out(p), t


def phone_spanish(rng):
    kid = person(rng)[0]
    parent = person(rng)[0]
    mid = mcaid(rng)
    nd = dt.date(2026, 4, rng.randint(7, 24))
    rec = plus(nd, -rng.randint(6, 12))
    ref = f"UM-26-{digits(rng, 6)}"
    p = DLSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Administración de Utilización")
    p.title_rule("AVISO DE DETERMINACIÓN ADVERSA DE BENEFICIOS", 12)
    for ln in [f"Padre, madre o tutor de {kid}", *dc_addr(rng)]:
        p.line(ln, 9.5)
    p.ln(3)
    p.pairs([("Fecha del aviso", fdate(nd, "long", "es")), ("Afiliado(a)", kid), ("Número de afiliado", mid),
             ("Número de referencia", ref), ("Proveedor que lo solicitó", ORTHO),
             ("Servicio solicitado", "Tratamiento de ortodoncia completo (D8080)"),
             ("Solicitud recibida", fdate(rec, "long", "es"))], label_w=52, size=9.2)
    p.ln(3)
    p.para(f"Estimado(a) {parent}:", 9.6)
    p.para(f"Hemos negado la solicitud de frenillos (ortodoncia) para {kid}. {PROGRAM} cubre la ortodoncia solo "
           "cuando es médicamente necesaria, es decir, cuando la mordida causa un problema de salud grave. El "
           "puntaje de la evaluación de maloclusión que envió el ortodoncista fue 19; el mínimo es 26. Por eso, "
           "el tratamiento no es médicamente necesario.", 9.6)
    _rights(p, 8.8, "es")
    p.para(f"Llame a Servicios al Miembro: 1-888-555-{digits(rng, 4)} (TTY 711).", 9)
    p.ln(1)
    for t_ in TAGLINES[:3]:
        p.para(t_, 7, gap=0.4)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=kid, cases=[ref],
              denial_date=nd.isoformat(), provider=ORTHO, appeal_deadline=plus(nd, 60).isoformat(), lang="es")
    return out(p), t


def rotated_remit(rng):
    rd = dt.date(2026, 5, rng.randint(4, 15))
    pats = [person(rng)[0] for _ in range(3)]
    ids = [mcaid(rng) for _ in range(3)]
    rows, bills = [], []
    plan = [(0, dt.date(2026, 4, rng.randint(1, 9)), "99214"), (1, dt.date(2026, 4, rng.randint(10, 20)), "99213"),
            (2, dt.date(2026, 1, rng.randint(5, 20)), "99395"), (0, dt.date(2026, 4, rng.randint(21, 29)), "90471")]
    deny = 2
    icns = [f"26{rng.randint(100, 140)}{digits(rng, 8)}" for _ in plan]
    for i, (pi, d, code) in enumerate(plan):
        b = amount(rng, 95, 260)
        bills.append(b)
        if i == deny:
            rows.append([pats[pi], ids[pi], icns[i], fdate(d, "slash"), fdate(d, "slash"), code, money(b, "nosign"),
                         "0.00", "0.00", "TF90"])
        else:
            al = round(b * 0.62, 2)
            rows.append([pats[pi], ids[pi], icns[i], fdate(d, "slash"), fdate(d, "slash"), code, money(b, "nosign"),
                         money(al, "nosign"), money(al, "nosign"), "-"])
    paid = sum(float(r[8].replace(",", "")) for r in rows)
    rows.append(["TOTALS", "", "", "", "", "", money(sum(bills), "nosign"), "", money(paid, "nosign"), ""])
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(14, 12, 14)
    p.add_page(orientation="L")
    _head(p, rng, "Provider Remittance Advice")
    p.right_block([("Remit date:", fdate(rd, "slash")), ("Payee:", CLINIC), ("Payee ID:", f"FXP{digits(rng, 7)}"),
                   ("EFT trace no.:", digits(rng, 12))], w=110, size=8.6, y=14)
    p.set_y(38)
    p.line("REMITTANCE ADVICE - CLAIMS PROCESSED THIS CYCLE", 10, "B")
    p.ln(1)
    p.table(["Beneficiary", "Beneficiary no.", "ICN", "From", "Thru", "Proc", "Billed", "Allowed", "Paid", "Adj"],
            rows, [48, 26, 34, 22, 22, 15, 22, 22, 22, 18], size=8, aligns=list("LLLLLLRRRL"), bold_last=True)
    p.para("TF90  Denied: received more than 90 days after the date of service (timely filing limit). The "
           "beneficiary may not be billed.", 8)
    p.para("A claim on this remittance may be disputed. The dispute must be received within 90 days of the date of "
           "this remittance advice. Send it to Provider Disputes, PO Box 4410, Washington DC 20013, or fax "
           f"202-555-{digits(rng, 4)}.", 8)
    d = plan[deny]
    t = truth("eob", "timely_filing", insurer=MCO, member_id=ids[d[0]], member_name=pats[d[0]], cases=[icns[deny]],
              claim_amount=m2(bills[deny]), service_dates=[span(d[1])], denial_date=rd.isoformat(), provider=CLINIC,
              appeal_deadline=plus(rd, 90).isoformat())
    return out(p), t


def photocopy_left(rng):
    name = person(rng)[0]
    mid = mcaid(rng)
    alt = mco_id(rng)
    nd = dt.date(2026, 5, rng.randint(4, 20))
    ref = f"RX-{digits(rng, 8)}"
    doc = "Priyanka L. Osei"
    p = DLSheet(footer="Page {n} of {nb}")
    p.set_margins(16, 14, 16)
    p.add_page()
    _head(p, rng, "Pharmacy and Medical Supplies Review")
    p.line("Notice of Adverse Benefit Determination", 12, "B")
    p.ln(3)
    facts = [("Mailed on", fdate(nd, "abbr")), ("Our file", ref), ("Enrollee", name), ("Medicaid No.", mid),
             ("Plan member no.", alt), ("Prescriber", f"{doc}, NP"),
             ("Item", "Continuous glucose monitor, sensors and reader"),
             ("Received", fdate(plus(nd, -rng.randint(3, 8)), "abbr"))]
    paras = [f"Dear {name}:",
             "Your prescriber asked us to cover a continuous glucose monitor (CGM) for you. We looked at the request "
             "and your records. **We have denied this request.**",
             "Why: Our coverage criteria for a CGM require that the member uses insulin, or has had repeated low "
             "blood sugar that needed help from another person. Your records show that you manage your diabetes "
             "with pills and do not use insulin, and they do not show low blood sugar events. So the CGM is not "
             "medically necessary for you now. Your regular glucose meter and test strips are still covered.",
             "Your prescriber may send new records if your treatment changes. You may ask for a copy of the "
             "criteria we used, free of charge."]
    p.side_facts(paras, facts, side="left", col_w=50, size=9.2, fsize=8.4)
    _rights(p, 8.4)
    p.para("Pharmacy and Medical Supplies Review\n" + MCO, 9)
    t = truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name, cases=[ref],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"member_id": [alt]})
    return out(p), t


def finefax_stack(rng):
    name = person(rng)[0]
    mid = mcaid(rng)
    nd = dt.date(2026, 4, rng.randint(1, 12))
    end = plus(nd, 12)
    auth = f"HH-{digits(rng, 7)}"
    p = DLSheet(footer=None)
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Home Health Review")
    p.line("NOTICE OF ADVERSE BENEFIT DETERMINATION - ENDING A SERVICE", 11, "B")
    p.ln(2)
    p.boxed_pairs([("Respond by", "See Your Rights below"), ("Date of this notice", fdate(nd, "slash")),
                   ("Member", name), ("Medicaid ID", mid), ("Authorization", auth),
                   ("Home health agency", HOMEHEALTH),
                   ("Service", "Skilled nursing visits, 3 per week"),
                   ("Last covered day", fdate(plus(end, -1), "slash")), ("Services end on", fdate(end, "slash"))],
                  label_w=58, size=9)
    p.para(f"Your skilled nursing visits from {HOMEHEALTH} were approved through {fdate(plus(nd, 40), 'slash')}. "
           "We reviewed the nurse's notes from the last two weeks. Your wound has healed and your medicines are "
           "stable, so you no longer need a nurse to visit. We will stop covering the visits on the date shown "
           "above because they are no longer medically necessary.", 9.2)
    _rights(p, 8.4)
    doc1 = (out(p), truth("denial_letter", "medical_necessity", insurer=MCO, member_id=mid, member_name=name,
                          cases=[auth], service_dates=[span(end)], denial_date=nd.isoformat(), provider=HOMEHEALTH,
                          appeal_deadline=plus(nd, 60).isoformat(),
                          alternates={"service_dates": [[], [span(end, plus(nd, 40))]]}))
    rd = plus(nd, rng.randint(14, 24))
    appeal = f"AP-26-{digits(rng, 5)}"
    pt_from = plus(rd, 3)
    q = DLSheet(footer=None)
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Appeals and Grievances")
    q.line("NOTICE OF APPEAL RESOLUTION", 11.5, "B")
    q.ln(2)
    q.pairs([("Date", fdate(rd, "long")), ("Member", name), ("Medicaid ID", mid), ("Appeal number", appeal),
             ("Provider", PT)], label_w=38, size=9.4)
    q.ln(2)
    q.para(f"Dear {name}:", 9.6)
    q.para(f"You asked us to review our decision to deny 12 physical therapy visits with {PT}. A doctor who was not "
           "part of the first decision reviewed your appeal and the new records your therapist sent. **We have "
           "reversed our decision.** The visits are approved from "
           f"{fdate(pt_from, 'long')} for 60 days.", 9.6)
    q.para("You do not need to do anything else. If you have questions, call Member Services at 1-888-555-"
           f"{digits(rng, 4)} (TTY 711).", 9.6)
    q.para("Appeals and Grievances Department", 9.6)
    doc2 = (out(q), truth("other", None, insurer=MCO, member_id=mid, member_name=name, cases=[appeal],
                          service_dates=[span(pt_from)], denial_date=rd.isoformat(), provider=PT,
                          alternates={"service_dates": [[]]}))
    return [doc1, doc2]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_sidebar_nabd_lumbar_mri_not_medically_necessary", "born_digital", [bd_sidebar(rng)]),
        Item(F + "faxstd_grid_provider_claim_pt_visits_no_authorization", "fax_standard_g4", [faxstd_grid(rng)]),
        Item(F + "lowres_nolabel_letter_dermatology_out_of_network", "scan_lowres_150", [lowres_nolabel(rng)]),
        Item(F + "phone_spanish_nabd_orthodontics_not_medically_necessary", "phone_photo", [phone_spanish(rng)]),
        Item(F + "rotated_landscape_remittance_one_claim_timely_filing", "rotated", [rotated_remit(rng)]),
        Item(F + "photocopy_left_sidebar_cgm_not_medically_necessary", "photocopy", [photocopy_left(rng)]),
        Item(F + "finefax_stack_cover_termination_then_appeal_resolution_turned", "fax_fine_g4", finefax_stack(rng),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
