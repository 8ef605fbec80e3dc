"""New York State Essential Plan (a Basic Health Program) plan notices of initial adverse determination,
mirrored for structure and wording only from the public notice pattern (internal appeal to the plan within
60 days, then an external appeal with the New York State Department of Financial Services). The plan
(Hudson Meadow Health Plan), members, providers, numbers and addresses are invented.

Documents (8 in 7 files):
- ny_spine_fourcol: initial adverse determination for a lumbar fusion, facts in two label/value columns side
  by side with wrapping labels (medical necessity).
- ny_oon_twopage: two-page notice denying an out-of-network pediatric specialist (a parent named beside the
  child); appeal rights in a boxed panel on page 2, running footer with name, ID and Page x of y.
- ny_es_fisioterapia: Spanish notice denying physical therapy visits (Spanish labels, dates and amounts).
- ny_fax_inpatient: letter to a hospital under a typed fax header line, multi-line Re: block, concurrent
  review days not needed at inpatient level (level of care).
- ny_appeal_overturned: internal appeal decision that overturns a denial (denies nothing).
- ny_final_upheld: final adverse determination upholding an experimental denial (external appeal only).
- ny_stack: fax cover sheet, home health notice (no prior authorization) with a blank separator, the
  member's appeal letter fed upside down.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddf_famdfa import boxed_panel, fax_header, fd, four_col, pat, plus, re_block, usd
from fpdf import FPDF
from public_kit import Page, m2, out, person, truth

FAMILY = "new_york_essential_plan_initial_adverse_determination"
LANG = "en"
SEED = 350700

INS = "Hudson Meadow Health Plan"
ADDR = "PO Box 4471, Albany, NY 12201-4471"
PHONE = "1-855-555-0148"
TTY = "TTY 711"


def letterhead(p: Page, sub: str = "Essential Plan"):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8.5)
    p.cell(0, 4, f"{sub}  |  {ADDR}  |  Member Services {PHONE} ({TTY})", new_x="LMARGIN", new_y="NEXT")
    p.set_line_width(0.6)
    FPDF.line(p, p.l_margin, p.get_y() + 1, p.w - p.r_margin, p.get_y() + 1)
    p.set_line_width(0.2)
    p.ln(5)


def addressee(p: Page, name: str, r: random.Random, size=10):
    p.f(size)
    for t in (name, f"{r.randint(12, 980)} {r.choice(['Delaware Ave', 'Quail St', 'Genesee St', 'Route 9W'])}",
              r.choice(["Schenectady NY 12305", "Utica NY 13501", "Kingston NY 12401", "Troy NY 12180"])):
        p.cell(0, size * 0.48, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)


def rights_text(nd_style_date: str) -> list[str]:
    return [
        "Internal appeal: you, your provider or someone you choose may ask us for an internal appeal within 60 days "
        f"of the date of this notice. Call {PHONE} or write to Appeals, {ADDR}. If waiting would seriously harm "
        "your health, ask for an expedited appeal; we decide expedited appeals within 72 hours.",
        "External appeal: if we uphold our decision, you may ask for an external appeal with the New York State "
        "Department of Financial Services within 4 months of our final adverse determination. You and the plan may "
        "also agree to skip the internal appeal.",
        "Help: the Community Health Advocates program can help you for free. You may also file a complaint with the "
        "New York State Department of Health. Form EP-IAD-2 (rev. 01/2026).",
    ]


def doc_spine(r: random.Random):
    name, *_ = person(r)
    mid = pat(r, "HM9999999")
    plan = "EP-" + pat(r, "9A-999")
    ref = pat(r, "UM-2026-99999")
    nd = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 60))
    svc = plus(nd, r.randint(18, 30))
    prov = r.choice(["Dr. Calloway T. Brennan", "Dr. Ines P. Vantongeren", "Dr. Rowan E. Achebe"])
    npi = "1" + pat(r, "999999999")
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.f(13, "B")
    p.cell(0, 7, "NOTICE OF INITIAL ADVERSE DETERMINATION", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 5, f"Date of notice: {fd(nd, 'nopad')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addressee(p, name, r)
    four_col(p, [
        ("Member name", name, "Enrollee date of birth", fd(dt.date(r.randint(1962, 1990), r.randint(1, 12), r.randint(1, 28)), "dotabbr")),
        ("Member ID", mid, "Essential Plan product / Plan ID", plan),
        ("Reference number", ref, "Request received by the plan", fd(plus(nd, -6), "dmy2")),
        ("Service requested", "Lumbar spinal fusion, L4-L5 (CPT 22612), inpatient 2 days", "Requested date of service", fd(svc, "slash")),
        ("Requesting provider", prov, "Provider NPI", npi),
        ("Reviewer", "Plan medical director, board-certified orthopedic surgeon", "Clinical guideline used", "HMHP-MP-0317 Spinal Fusion"),
    ], ruled=True)
    p.para("**What we decided.** We reviewed the request for the service listed above and decided that it is **not "
           "medically necessary**. This is an initial adverse determination.", 9.5)
    p.para("**Why.** The records sent to us show low back pain for about four months without instability on flexion "
           "and extension films. The guideline asks for at least six months of supervised physical therapy and a "
           "documented trial of injections before fusion is considered. We did not find these in the records.", 9.5)
    p.para("Your provider may ask to speak with our reviewer (a peer-to-peer discussion) by calling 1-855-555-0192.", 9.5)
    p.heading("Your appeal rights", 10.5, rule=True)
    for t in rights_text(""):
        p.para(t, 8.8)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=plan, member_id=mid, member_name=name,
              cases=[ref], service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t


def doc_oon(r: random.Random):
    child, cf, cm, cl = person(r)
    parent = f"{r.choice(['Marguerite', 'Delroy', 'Anneliese', 'Tomas'])} {r.choice('BCDKLR')}. {cl}"
    mid = pat(r, "99999 99999")
    ref = "AUTH-" + pat(r, "99999999")
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 50))
    svc = plus(nd, r.randint(10, 25))
    dl = plus(nd, 60)
    prov = r.choice(["Dr. Philippa Okonjo-Marsh", "Dr. Severin L. Haugland"])
    p = Page(footer="Page {n} of {nb}", footer_left=f"{child}   Member ID {mid}")
    p.set_margins(22, 18, 22)
    p.add_page()
    p.f(17, "B")
    p.cell(0, 8, "Hudson Meadow", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4, f"{INS} - Essential Plan   {ADDR}", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    addressee(p, f"Parent/guardian of {child}: {parent}", r, 9.5)
    p.f(9.5)
    p.cell(0, 5, fd(nd, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.f(12, "B")
    p.cell(0, 6, "We denied a request for care from an out-of-network provider", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("Member", child), ("Member ID", mid), ("Date of birth", fd(dt.date(2016, r.randint(1, 12), r.randint(1, 28)), "nth")),
             ("Subscriber / parent", parent), ("Authorization request", ref), ("Provider asked for", f"{prov}, pediatric endocrinology (not in our network)"),
             ("Visit date requested", fd(svc, "abbr")), ("Request received", fd(plus(nd, -4), "dotabbr"))], label_w=48, size=9.5)
    p.ln(2)
    p.para(f"Dear {parent},", 10)
    p.para(f"We received a request for {child} to see {prov}, who does not take part in the Hudson Meadow Health "
           "Plan network. Your Essential Plan covers care from out-of-network providers only when no participating "
           "provider has the training and experience to treat the condition. We have three participating pediatric "
           "endocrinologists within 30 miles of your home, so we **denied this out-of-network request**.", 10)
    p.para("This is not a decision about whether the care is needed. You can see a participating provider without "
           "a new request. We can help you make an appointment: call Member Services at "
           f"{PHONE} ({TTY}), Monday to Friday 8 a.m. to 8 p.m.", 10)
    p.para("If you think a participating provider cannot meet your child's needs, you may ask for an internal "
           "appeal and send a letter from your child's doctor explaining why. You may also ask us for a referral "
           "to an out-of-network provider at no more cost than in-network care if we agree no network provider "
           "can treat the condition.", 10)
    p.para("We based this decision on the network access section of your Member Handbook (section 4, "
           "Out-of-Network Care) and the plan's policy HMHP-ADM-022. You can ask for a free copy of these and of "
           "all documents used in this decision.", 10)
    p.add_page()
    boxed_panel(p, "YOUR RIGHT TO APPEAL", [
        f"You have 60 days from the date of this notice to ask for an internal appeal. Your appeal must reach us by {fd(dl, 'long')}.",
        f"How to appeal: call {PHONE} ({TTY}), fax 1-855-555-0177, or mail your appeal to Hudson Meadow Health Plan, "
        f"Appeals Unit, {ADDR}. Include the authorization request number {ref}.",
        "Fast appeal: if your child's doctor says waiting could seriously harm health, we will decide within 72 hours.",
        "External appeal: after our final decision you may ask the New York State Department of Financial Services "
        "for an external appeal within 4 months. An external appeal of an out-of-network denial must include a "
        "doctor's attestation.",
        "You may ask someone to help you or act for you, such as a relative, a friend or a lawyer.",
    ])
    p.para("Other help: Community Health Advocates (free help with health insurance), 1-888-555-0123. The New York "
           "State Department of Health hotline for Essential Plan complaints is 1-800-555-0156.", 9)
    p.para("Language assistance: ATENCION: si habla espanol, tiene a su disposicion servicios gratuitos de "
           f"asistencia linguistica. Llame al {PHONE} ({TTY}).", 8.5)
    p.para("Form EP-OON-4 (01/2026)   Plan document reference: Essential Plan Member Handbook 2026.", 8)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=mid, member_name=child, cases=[ref],
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=dl.isoformat())
    return out(p), t


def doc_es(r: random.Random):
    nombre = f"{r.choice(['Guadalupe', 'Ramón', 'Itzel', 'Efraín', 'Xiomara'])} {r.choice('ABCDEFG')}. {r.choice(['Figueroa', 'Santiago', 'Benítez', 'Montalvo'])}"
    mid = pat(r, "HM-999-99-9999")
    claim = pat(r, "26999A99999")
    nd = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 40))
    d1 = plus(nd, -r.randint(35, 50))
    d2 = plus(d1, 7)
    amt = round(r.randint(900, 1900) + 0.5, 2)
    prov = r.choice(["Mohawk Valley Physical Therapy", "Capital Region Rehab Associates"])
    p = Page(footer=None)
    p.set_margins(16, 14, 16)
    p.add_page()
    letterhead(p, "Essential Plan / Plan Esencial")
    p.f(12.5, "B")
    p.cell(0, 6, "AVISO DE DETERMINACIÓN ADVERSA INICIAL", new_x="LMARGIN", new_y="NEXT")
    p.f(9.5)
    p.cell(0, 5, f"Fecha del aviso: {fd(nd, 'es')}", new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    p.boxed_pairs([("Nombre del afiliado", nombre), ("Número de identificación", mid),
                   ("Fecha de nacimiento", f"{r.randint(1, 28)} de marzo de {r.randint(1970, 1995)}"),
                   ("Número de reclamo", claim), ("Proveedor", prov),
                   ("Fechas de servicio", f"{fd(d1, 'es')} y {fd(d2, 'es')}"),
                   ("Monto facturado", usd(amt, "es")), ("Fecha de recibo del reclamo", fd(plus(d2, 9), "es"))], label_w=58)
    p.para("**Nuestra decisión.** Revisamos el reclamo de dos visitas de fisioterapia y decidimos que **no son "
           "médicamente necesarias**. Las notas clínicas muestran que usted alcanzó las metas del tratamiento y puede "
           "continuar con ejercicios en casa.", 9.5)
    p.table(["Fecha", "Servicio", "Cargo", "Pagado", "Código"],
            [[fd(d1, "slash"), "97110 Ejercicio terapéutico", usd(amt / 2, "nosign"), "0.00", "N-12"],
             [fd(d2, "slash"), "97110 Ejercicio terapéutico", usd(amt - round(amt / 2, 2), "nosign"), "0.00", "N-12"],
             ["", "Total del reclamo", usd(amt, "usd"), "0.00", ""]], [26, 70, 30, 22, 20], size=8.5)
    p.para("N-12: el servicio no es médicamente necesario según la política clínica HMHP-MP-0440.", 8.5)
    p.heading("Sus derechos de apelación", 10.5, rule=True)
    p.para("Usted puede pedir una apelación interna dentro de 60 días a partir de la fecha de este aviso. Llame al "
           f"{PHONE} ({TTY}) o escriba a Apelaciones, {ADDR}. Si esperar pone en grave peligro su salud, pida una "
           "apelación acelerada (decisión en 72 horas).", 9)
    p.para("Después de nuestra decisión final puede pedir una apelación externa al Departamento de Servicios "
           "Financieros del Estado de Nueva York dentro de 4 meses. Su deducible del año: $ 0; gastos acumulados "
           f"{usd(r.randint(40, 300) + 0.25, 'es_usd')}.", 9)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=mid, member_name=nombre, cases=[claim],
              claim_amount=m2(amt), service_dates=[d1.isoformat(), d2.isoformat()], denial_date=nd.isoformat(),
              provider=prov, appeal_deadline=plus(nd, 60).isoformat(), lang="es")
    return out(p), t


def doc_fax_inpatient(r: random.Random):
    name, *_ = person(r)
    mid = pat(r, "HM9999999")
    claim = pat(r, "IP26-9999999")
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 40))
    adm = plus(nd, -r.randint(12, 20))
    d1, d2 = plus(adm, 3), plus(adm, 5)
    amt = round(r.randint(28000, 52000) + 0.75, 2)
    hosp = r.choice(["Saratoga Lakes General Hospital", "Catskill Ridge Medical Center"])
    p = Page(footer=None)
    p.set_margins(25, 20, 25)
    p.add_page()
    fax_header(p, f"{fd(nd, 'short')} 14:07   HUDSON MEADOW UM   518 555 0163   TO: {hosp.upper()} UR DEPT   P.1/1")
    p.ln(4)
    p.f(14, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, "Utilization Management  -  Essential Plan", new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    p.f(10)
    p.cell(0, 5, fd(nd, "long"), new_x="LMARGIN", new_y="NEXT")
    p.ln(3)
    for t in ("Utilization Review Department", hosp, "Attn: Case Management"):
        p.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    p.ln(4)
    re_block(p, [name, f"Member ID: {mid}", f"Claim/review no.: {claim}",
                 f"Dates of service: {fd(d1, 'slash')} - {fd(d2, 'slash')}"])
    p.para("Dear Utilization Review Coordinator:", 10)
    p.para(f"We completed a concurrent review of this member's stay, which began with an admission on "
           f"{fd(adm, 'dotabbr')}. The first three days were approved at the inpatient level. For the days listed "
           "above, the records show the member was stable on oral medication, walking with a walker and waiting "
           "for a bed at a skilled nursing facility. These days did not need inpatient hospital care; the care "
           "could have been given safely at a lower level of care. We have therefore made an initial adverse "
           "determination for those days.", 10)
    p.para(f"The claim lists total billed charges of {usd(amt, 'plain')} for the stay. Days approved earlier are not "
           "affected by this letter. The attending physician may ask for a peer-to-peer review by calling "
           "1-855-555-0192 within 5 business days.", 10)
    p.para("The hospital or the member may ask for an internal appeal within 60 days of the date of this letter. "
           "After our final adverse determination, an external appeal may be filed with the New York State "
           "Department of Financial Services. Criteria used: InterQual Acute Adult, subset Stroke.", 10)
    p.para(f"Member date of birth {fd(dt.date(r.randint(1950, 1972), r.randint(1, 12), r.randint(1, 28)), 'dmy2')}. "
           f"Hospital tax ID 14-{pat(r, '9999999')}.", 8.5)
    p.ln(4)
    p.para("Sincerely,\nWinifred Osterhout, RN, Utilization Management", 10)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=mid, member_name=name, cases=[claim],
              claim_amount=m2(amt), service_dates=[f"{d1.isoformat()}/{d2.isoformat()}"], denial_date=nd.isoformat(),
              provider=hosp, appeal_deadline=plus(nd, 60).isoformat(),
              alternates={"service_dates": [[d1.isoformat(), d2.isoformat()]]})
    return out(p), t


def doc_overturned(r: random.Random):
    name, *_ = person(r)
    mid = pat(r, "HM9999999")
    plan = "EP-" + pat(r, "9A-999")
    appeal = "APL-" + pat(r, "99-99999")
    ref = pat(r, "UM-2026-99999")
    nd = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 30))
    svc = plus(nd, r.randint(7, 20))
    prov = r.choice(["Dr. Aurelio M. Fitzpatrick", "Dr. Hyacinth D. Morrow"])
    p = Page(serif=True, footer=None)
    p.add_page()
    p.f(16, "B")
    p.cell(0, 8, INS, align="C", new_x="LMARGIN", new_y="NEXT")
    p.f(9)
    p.cell(0, 4.5, f"Appeals Unit  *  {ADDR}", align="C", new_x="LMARGIN", new_y="NEXT")
    p.ln(8)
    p.f(10)
    p.cell(0, 5, fd(nd, "iso"), new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    addressee(p, name, r)
    p.f(12, "B")
    p.cell(0, 6, "Internal Appeal Decision: Approved", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.boxed_pairs([("Member / ID", f"{name} / {mid}"), ("Plan ID", plan), ("Appeal number", appeal),
                   ("Original request", ref), ("Service", "Continuous glucose monitor and sensors, 90 days"),
                   ("Ordering provider", prov), ("Start date approved", fd(svc, "iso")),
                   ("Appeal received", fd(plus(nd, -21), "dotabbr"))], label_w=50)
    p.para("We have reviewed your internal appeal. A physician reviewer who was not involved in the first decision "
           "found that the new records show frequent low blood sugar readings. **We have reversed our earlier "
           "decision and approved the service.** You do not need to do anything else.", 10)
    p.para("Your usual copayment applies. If you have questions call Member Services at "
           f"{PHONE} ({TTY}).", 10)
    t = truth("other", None, insurer=INS, plan_id=plan, member_id=mid, member_name=name, cases=[appeal, ref],
              service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              alternates={"case_numbers": [[appeal]], "service_dates": [[]]})
    return out(p), t


def doc_final(r: random.Random):
    name, *_ = person(r)
    mid = pat(r, "HM9999999")
    appeal = "APL-" + pat(r, "99-99999")
    nd = dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 30))
    svc = plus(nd, -r.randint(40, 70))
    amt = round(r.randint(2400, 6800) + 0.0, 2)
    prov = r.choice(["Adirondack Neuromodulation Center", "Hudson Valley Interventional Pain"])
    p = Page(footer=None)
    p.set_margins(20, 16, 20)
    p.add_page()
    letterhead(p)
    p.f(12, "B")
    p.cell(0, 6, "FINAL ADVERSE DETERMINATION - INTERNAL APPEAL", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.pairs([("Notice date", fd(nd, "abbr")), ("Enrollee", name), ("Enrollee ID", mid),
             ("Appeal case no.", appeal), ("Provider", prov),
             ("Date of service", fd(svc, "dash")), ("Amount billed", usd(amt, "bare")),
             ("Caregiver on file", f"{r.choice(['Ottilie', 'Bram', 'Fenna'])} {r.choice('HJK')}. Vandermolen (spouse)")],
            label_w=40, size=9.5, bold_label=False)
    p.ln(2)
    p.para("You appealed our decision to deny payment for peripheral nerve stimulation trial leads. A reviewer "
           "who is a board-certified pain medicine physician reviewed your appeal and the records from your "
           "provider. **We are upholding our decision.** The service is experimental or investigational for "
           "chronic low back pain under plan policy HMHP-MP-0522: published studies have not shown that it "
           "improves health outcomes for this condition.", 9.8)
    p.para("This is the plan's final adverse determination. Your internal appeal rights with the plan are used "
           "up.", 9.8)
    p.heading("External appeal", 10.5, rule=True)
    p.para("You have the right to an external appeal through the New York State Department of Financial Services. "
           "You must file within 4 months of receiving this final adverse determination. For an experimental "
           "or investigational denial, your doctor must certify that standard treatments have not worked. Get "
           "the application at the Department's website or by calling 1-800-555-0114. You may have to pay a fee "
           "of up to $25 that is waived for Essential Plan enrollees with financial hardship.", 9.5)
    p.para(f"Questions: {PHONE} ({TTY}). Date printed {fd(plus(nd, 1), 'dmy2')}. Form EP-FAD-1.", 8.5)
    t = truth("denial_letter", "experimental", insurer=INS, member_id=mid, member_name=name, cases=[appeal],
              claim_amount=m2(amt), service_dates=[svc.isoformat()], denial_date=nd.isoformat(), provider=prov,
              appeal_deadline=None)
    return out(p), t


def doc_homehealth(r: random.Random):
    name, *_ = person(r)
    mid = pat(r, "HM9999999")
    ref = pat(r, "HH-9999999")
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 50))
    s1 = plus(nd, -r.randint(20, 30))
    s2 = plus(s1, 13)
    amt = round(r.randint(1800, 3600) + 0.0, 2)
    agency = r.choice(["Mohonk Home Care Services", "Tri-County Visiting Nurses of the Hudson"])
    p = Page(footer=None)
    p.add_page()
    letterhead(p)
    p.f(12, "B")
    p.cell(0, 6, "Initial Adverse Determination - Payment", new_x="LMARGIN", new_y="NEXT")
    p.ln(1)
    four_col(p, [
        ("Date of this notice", fd(nd, "slash"), "Member", name),
        ("Member ID number", mid, "Date of birth", fd(dt.date(r.randint(1940, 1960), 5, r.randint(1, 28)), "nth")),
        ("Claim reference", ref, "Home care agency", agency),
        ("Dates of service", f"{fd(s1, 'slash')} to {fd(s2, 'slash')}", "Billed charges", usd(amt, "usd")),
        ("Claim received", fd(plus(s2, 6), "dotabbr"), "Agency account no.", pat(r, "99-99999")),
    ], lw=(30, 26), vw=(52, 62), size=8.6)
    p.para("We denied payment for home health aide visits because the agency did not get prior authorization "
           "from us before the visits began, as your Essential Plan requires for home health care. The agency "
           "may not bill you for these visits.", 9.5)
    p.heading("Your appeal rights", 10.5, rule=True)
    for t in rights_text(""):
        p.para(t, 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=mid, member_name=name, cases=[ref],
              claim_amount=m2(amt), service_dates=[f"{s1.isoformat()}/{s2.isoformat()}"], denial_date=nd.isoformat(),
              provider=agency, appeal_deadline=plus(nd, 60).isoformat())
    return out(p), t, (name, mid, ref, nd, s1, agency)


def doc_member_letter(r: random.Random, ctx):
    name, mid, ref, nd, s1, agency = ctx
    ld = plus(nd, r.randint(6, 14))
    helper = f"{r.choice(['Constance', 'Felix', 'Rosalie'])} {r.choice('ABM')}. {name.split()[-1]}"
    p = Page(serif=True, footer=None)
    p.set_margins(24, 22, 24)
    p.add_page()
    p.f(10.5)
    for t in (name, f"{r.randint(12, 980)} Quail St", "Troy NY 12180", "", fd(ld, "long"), "",
              INS, "Appeals Unit", ADDR, ""):
        p.cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    re_block(p, [f"Appeal of claim {ref}", f"Member ID {mid}", f"Home health aide visits from {fd(s1, 'long')}"], 10.5)
    p.para("To whom it may concern:", 10.5)
    p.para(f"I am asking for an internal appeal of your notice dated {fd(nd, 'long')}. {agency} told me they had "
           "called the plan before the visits started and were told no approval was needed. I was discharged from "
           "the hospital and could not bathe or dress without help. My daughter, "
           f"{helper}, who helps me with paperwork, is sending this letter with me.", 10.5)
    p.para("Please review the agency's phone records and pay the claim. You can reach me or my daughter at "
           "(518) 555-0139.", 10.5)
    p.para(f"Sincerely,\n\n{name}", 10.5)
    t = truth("other", None, insurer=INS, member_id=mid, member_name=name, cases=[ref],
              service_dates=[s1.isoformat()], denial_date=ld.isoformat(), provider=agency,
              alternates={"insurer": [None], "provider": [None], "service_dates": [[]]},
              unscored=["appeal_deadline"])
    return out(p), t


def documents(rng: random.Random) -> list[Item]:
    r = random.Random(rng.randint(0, 2 ** 31))
    hh_pdf, hh_t, ctx = doc_homehealth(r)
    return [
        Item(f"{FAMILY}_spine_fourcol", "scan_clean_300", [doc_spine(r)]),
        Item(f"{FAMILY}_oon_twopage", "photocopy", [doc_oon(r)]),
        Item(f"{FAMILY}_es_fisioterapia", "phone_photo", [doc_es(r)]),
        Item(f"{FAMILY}_fax_inpatient", "fax_fine_g4", [doc_fax_inpatient(r)]),
        Item(f"{FAMILY}_appeal_overturned", "born_digital", [doc_overturned(r)]),
        Item(f"{FAMILY}_final_upheld", "scan_lowres_150", [doc_final(r)]),
        Item(f"{FAMILY}_stack", "fax_standard_g4", [(hh_pdf, hh_t), doc_member_letter(r, ctx)],
             separators=["cover", "blank"], turns={(1, 0): 180}),
    ]
