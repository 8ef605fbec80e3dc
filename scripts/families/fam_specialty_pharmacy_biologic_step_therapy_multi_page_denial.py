"""An invented commercial plan (Larkspur Ridge Health Insurance Company) refusing biologics until a step drug is tried,
on multi-page letters whose page 2 summarises the prescriber's request (drug, NDC, quantity, prescriber, NPI, start
date, drugs already tried) and whose last page is boilerplate (rights, taglines, an appeal form with example
values). Drug names, NDC shapes, ICD-10 codes and the NCPDP reject code 75 appear as themselves; the plan, its
rules and time limits (180-day appeal, 72-hour urgent appeal, 4-month external review), its designated specialty
pharmacy (Ashgrove Specialty Pharmacy), every other pharmacy, practice, prescriber, person, number and address are
invented. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- born_digital_three_page_dupilumab_step_topicals_request_on_page_2: page 1 the letter, page 2 "Summary of your
  prescriber's request", page 3 rights, an example appeal form and taglines (medical_necessity).
- finefax_prescriber_letter_risankizumab_step_preferred_biologic: a two-page fine fax to the prescriber (cc the
  member): psoriasis biologic refused until the preferred adalimumab biosimilar is tried (medical_necessity).
- faxstd_prescription_eob_four_fills_ustekinumab_no_authorization: a standard-fax prescription EOB of four fills,
  the ustekinumab fill refused with reject 75 (prior_authorization); Rx numbers as decoys.
- photocopy_letter_to_parent_omalizumab_child_asthma_two_pages: a photocopied two-page letter to a parent about a
  child's omalizumab, the inhaler steps not yet tried (medical_necessity).
- phone_es_carta_dos_paginas_farmacia_fuera_de_la_red: a photographed two-page Spanish letter: adalimumab filled at
  a specialty pharmacy outside the network; US$ in the Spanish style in a sentence (out_of_network).
- lowres_secukinumab_approval_after_step_tried: a 150 dpi two-page approval once methotrexate was tried (denies
  nothing).
- clean_stack_cover_appeal_upheld_dupilumab_then_es_dose_letter_sideways: a cover sheet, a two-page appeal decision
  keeping a dupilumab step refusal, then sideways a Spanish letter refusing ustekinumab every 4 weeks instead of 8
  (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxd import DXSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "specialty_pharmacy_biologic_step_therapy_multi_page_denial"
LANG = "en"
SEED = 354403
INS = "Larkspur Ridge Health Insurance Company"
ALT = ["Larkspur Ridge Health Insurance", "Larkspur Ridge"]
PLAN = "Larkspur Ridge Choice PPO 3000"
GROUP = "LR-407183"
SP = "Ashgrove Specialty Pharmacy"
STEP_ALT = ["prior_authorization"]


def mid(rng):
    return f"LRX{digits(rng, 9)}"


def req(rng):
    return f"PA-26-{digits(rng, 7)}"


def phone(rng, area="888"):
    return f"{area}-555-{digits(rng, 4)}"


def ndc(rng):
    return f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}"


def dob(rng, lo=1962, hi=2002):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: DXSheet, rng, unit="Pharmacy Services", es=False):
    p.f(15, "B")
    p.cell(0, 7, INS, new_x="LMARGIN", new_y="NEXT")
    p.f(8)
    p.cell(0, 4, f"{unit}  |  PO Box {rng.randint(1200, 9800)}, Madison WI 5370{rng.randint(1, 9)}  |  "
                 f"{phone(rng)}  |  TTY 711", new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def _rights(p: DXSheet, rng, es=False):
    if es:
        p.bar("SUS DERECHOS DE APELACIÓN", 9)
        p.bullets(["Puede apelar dentro de 180 días a partir de la fecha de esta carta.",
                   "Si su salud corre peligro, pida una apelación urgente; decidimos en 72 horas.",
                   "Después de nuestra decisión final, puede pedir una revisión externa dentro de 4 meses.",
                   f"La Oficina del Comisionado de Seguros de su estado también puede ayudarle: {phone(rng, '608')}."],
                  8.2)
        return
    p.bar("YOUR APPEAL RIGHTS", 9)
    p.bullets(["You or your prescriber may appeal within 180 days of the date of this letter. Send the appeal form, "
               "chart notes and anything else you want us to see.",
               "Urgent appeals: if waiting could seriously harm your health, we decide within 72 hours.",
               "External review: after our final decision you may ask for an independent review within 4 months.",
               f"Your state's insurance commissioner can also help: consumer line {phone(rng, '608')}."], 8.2)


def _form(p: DXSheet, rng):
    p.example_form("PHARMACY APPEAL REQUEST", [
        ("Member name", "e.g. John A. Example"), ("Member ID", "e.g. LRX000000000"),
        ("Drug name and strength", "e.g. drug-name 300 mg/2 mL"), ("Request number", "e.g. PA-26-0000000"),
        ("Date of the letter", "e.g. 01/02/2026"), ("Prescriber signature", "")],
        f"Print your own information in the boxes; the grey entries are examples only. Fax to {phone(rng)} or mail "
        f"to {INS}, Pharmacy Appeals, PO Box {rng.randint(1200, 9800)}, Madison WI 53708.")


def _summary(p: DXSheet, rows, tried, title="SUMMARY OF YOUR PRESCRIBER'S REQUEST"):
    p.bar(title, 10)
    p.boxed_pairs(rows, label_w=58)
    p.f(9, "B")
    p.cell(0, 5, "Drugs already tried (as listed on the request):", new_x="LMARGIN", new_y="NEXT")
    p.bullets(tried, 9)


def born_dupi(rng):
    member, doc, rev, sig = people(rng, 4)
    m = mid(rng)
    nd = dt.date(2026, 3, rng.randint(2, 20))
    rec = plus(nd, -rng.randint(2, 4))
    start = plus(nd, rng.randint(5, 12))
    n = req(rng)
    prac = "Willowmere Dermatology Associates"
    p = DXSheet(footer="Page {n} of {nb}", run_hdr=f"{INS}  |  {n}  |  Page {{n}} of {{nb}}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Member ID", m), ("Group", GROUP), ("Plan", PLAN)], label_w=28, size=9.4)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para("We reviewed a request from your dermatologist for dupilumab (a biologic drug given as a shot) for eczema. "
           "We cannot approve it at this time. A summary of what your doctor sent us is on page 2.", 10)
    p.para("**Why.** Your plan covers dupilumab for eczema after a person has tried, for at least four weeks each, a "
           "strong steroid cream or ointment and a non-steroid cream such as tacrolimus or pimecrolimus, unless they "
           "could not be used. The request lists only a mild steroid cream used for two weeks. Ask your "
           "dermatologist about trying these first. If they do not work, or you cannot use them, your doctor can "
           "send us a new request.", 10)
    p.para(f"This decision was made by {rev}, PharmD, and reviewed by a plan physician under drug policy "
           "RX-DERM-014.", 9.6)
    p.para("You may appeal within 180 days of the date of this letter. Page 3 explains how.", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Services", 10)
    p.add_page()
    _summary(p, [("Request number", n), ("Date received", fdate(rec, "slash")),
                 ("Drug asked for", "dupilumab 300 mg/2 mL prefilled pen"), ("NDC", ndc(rng)),
                 ("Quantity / days", "4 pens / 28 days (after a 600 mg first dose)"),
                 ("Diagnosis", "L20.89 Other atopic dermatitis"), ("Prescriber", f"Dr. {doc}, {prac}"),
                 ("Prescriber NPI", digits(rng, 10)), ("Requested start date", fdate(start, "slash")),
                 ("Dispensing pharmacy", SP)],
             ["hydrocortisone 2.5% cream, twice a day, two weeks (January 2026)", "cetirizine 10 mg daily"])
    p.para("Not listed on the request: a high-potency steroid (for example triamcinolone 0.1% or clobetasol) or a "
           "calcineurin inhibitor cream.", 9.4)
    p.add_page()
    _rights(p, rng)
    _form(p, rng)
    p.tagline_block(phone(rng), 6.4)
    t = truth("denial_letter", "medical_necessity", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m,
              member_name=member, cases=[n], service_dates=[start.isoformat()], denial_date=nd.isoformat(),
              provider=doc, appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=STEP_ALT,
              alternates={"insurer": ALT, "provider": [prac], "service_dates": [[]], "plan_id": [None]})
    return out(p), t


def finefax_risa(rng):
    member, doc, rev = people(rng, 3)
    m = mid(rng)
    nd = dt.date(2026, 4, rng.randint(2, 22))
    n = req(rng)
    prac = "Cobblestone Creek Dermatology"
    fax = f"{nd.strftime('%m/%d/%Y')} 14:{rng.randint(10, 59)}  LRHIC PHARMACY  {phone(rng, '608')}  PG {{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(16, 12, 16)
    p.add_page()
    _head(p, rng, "Pharmacy Prior Authorization")
    p.title_bar("PRIOR AUTHORIZATION DETERMINATION - PRESCRIBER COPY")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("To (prescriber)", f"Dr. {doc}"), ("Practice", prac), ("Fax", phone(rng, "414"))],
                [60, 70, W - 130])
    p.form_band([("Date", fdate(nd, "slash")), ("Patient", member), ("Member ID", m), ("DOB", fdate(dob(rng), "slash"))],
                [30, 60, 50, W - 140])
    p.form_band([("Case no.", n), ("Drug", "risankizumab-rzaa 150 mg/mL pen"), ("Decision", "DENIED")],
                [50, 80, W - 130])
    p.ln(2)
    p.para("Dear Dr. " + doc.split()[-1] + ":", 9.8)
    p.para(f"We reviewed your request for risankizumab for {member}'s plaque psoriasis. It is denied. On this plan, "
           "risankizumab is a non-preferred biologic: it is covered after the patient has tried a preferred "
           "biologic (the adalimumab biosimilar adalimumab-aaty) for at least 12 weeks, or cannot take it for a "
           "reason documented in the chart. Your notes show methotrexate and phototherapy, but no preferred "
           "biologic and no reason one cannot be used. Your request, as we read it, is summarised on page 2.", 9.8)
    p.para(f"Reviewer: {rev}, MD. Peer-to-peer discussion: call {phone(rng)} within 14 days. A new request with "
           "a trial of the preferred biologic, or the reason it cannot be used, can be faxed at any time.", 9.4)
    p.para("The member or you may appeal within 180 days of the date of this notice. Urgent appeals are decided in "
           "72 hours.", 9.6)
    p.para(f"cc: {member} (member)", 8.8)
    p.add_page()
    _summary(p, [("Case no.", n), ("Drug / strength", "risankizumab-rzaa 150 mg/mL"),
                 ("Dosing", "150 mg at week 0 and week 4, then every 12 weeks"), ("NDC", ndc(rng)),
                 ("Diagnosis", "L40.0 Psoriasis vulgaris, 12% body surface"), ("Prescriber NPI", digits(rng, 10)),
                 ("Pharmacy", SP)],
             ["methotrexate 15 mg weekly, 16 weeks (stopped for liver tests)", "narrowband UVB phototherapy, 10 weeks",
              "clobetasol 0.05% ointment"], title="YOUR REQUEST AS WE READ IT")
    _rights(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              denial_date=nd.isoformat(), provider=doc, appeal_deadline=plus(nd, 180).isoformat(),
              denial_alternates=STEP_ALT, alternates={"insurer": ALT, "provider": [prac]})
    return out(p), t


def faxstd_eob(rng):
    member, d1, d2, d3 = people(rng, 4)
    m = mid(rng)
    sd = dt.date(2026, 5, rng.randint(4, 22))
    specs = [("Harbor Lane Pharmacy", d1, "methotrexate 2.5 mg tab", 28, 45, False),
             (SP, d2, "ustekinumab 90 mg/mL syringe", 13500, 14500, True),
             ("Harbor Lane Pharmacy", d1, "folic acid 1 mg tab", 8, 15, False),
             ("Harbor Lane Pharmacy", d3, "fluocinonide 0.05% cream", 40, 70, False)]
    rows, den = [], None
    days = sorted(plus(sd, -rng.randint(5, 40)) for _ in specs)
    for (ph, doc, drug, lo, hi, refused), d in zip(specs, days):
        n, rx, b = f"RX{digits(rng, 11)}", f"{digits(rng, 7)}", amount(rng, lo, hi)
        paid = 0.0 if refused else round(b * 0.8, 2)
        rows.append([n, fdate(d, "slash"), rx, drug, ph, money(b, "nosign"), money(paid, "nosign"),
                     "75" if refused else "00"])
        if refused:
            den = (n, ph, doc, d, b)
    fax = f"{sd.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  LRHIC MBR SVC  {phone(rng, '608')}  PAGE {{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "Member Services")
    p.title_bar("PRESCRIPTION DRUG EXPLANATION OF BENEFITS - NOT A BILL", "LR-RXEOB-3")
    p.capstrip([("MEMBER", member), ("MEMBER ID", m), ("GROUP", GROUP), ("STATEMENT DATE", fdate(sd, "slash")),
                ("PLAN", PLAN)], [58, 46, 30, 40, 103])
    p.ln(3)
    p.table(["CLAIM NO.", "FILL DATE", "RX #", "DRUG", "PHARMACY", "BILLED", "PLAN PAID", "CODE"], rows,
            [40, 22, 22, 60, 58, 26, 24, 15], size=8, aligns=["L"] * 5 + ["R", "R", "C"])
    n, ph, doc, d, b = den
    p.para(f"**CODE.** 00: paid. 75: prior authorization required. {ph} filled ustekinumab prescribed by Dr. {doc} "
           "on the fill date shown. This drug needs our approval before it is filled, and no approval was on file. "
           "The pharmacy has been told; it may not bill you. Dr. " + doc.split()[-1] + " can ask for approval; if "
           "approved, the pharmacy can send the claim again.", 8.6)
    p.para("You may appeal a claim marked 75 within 180 days of the statement date. Urgent appeals: 72 hours. "
           f"External review: 4 months after the final decision. Member Services {phone(rng)}, TTY 711.", 8.4)
    t = truth("eob", "prior_authorization", insurer=INS, plan_id=PLAN, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[d.isoformat()], denial_date=sd.isoformat(), provider=ph,
              appeal_deadline=plus(sd, 180).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "plan_id": [None]})
    return out(p), t


def photocopy_omali(rng):
    child, parent, doc, rev, sig = people(rng, 5)
    m = f"{mid(rng)}-02"
    nd = dt.date(2026, 2, rng.randint(2, 24))
    start = plus(nd, rng.randint(7, 14))
    n = req(rng)
    prac = "Prairie Rose Pediatric Allergy and Asthma"
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [parent, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Patient", child), ("Member ID", m), ("Request", n)], label_w=28, size=9.6)
    p.ln(2)
    p.para(f"Dear {parent}:", 10)
    p.para(f"We are writing about your child, {child}. Dr. {doc} asked us to approve omalizumab shots for "
           "asthma. We did not approve them for now.", 10)
    p.para("Omalizumab is covered for children 6 and older whose asthma stays poorly controlled after at least three "
           "months of a medium- or high-dose steroid inhaler together with a long-acting controller inhaler, taken "
           "as prescribed. The records we received show a low-dose steroid inhaler only, started in November. We "
           "explain what we read in the request on page 2.", 10)
    p.para("If the asthma is not controlled after the inhaler steps, the doctor can ask again and we will review "
           f"quickly. Pharmacist reviewer: {rev}, PharmD. You may appeal within 180 days of the date of this "
           "letter; urgent appeals are decided in 72 hours.", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Services\ncc: Dr. {doc}, {prac}", 10)
    p.add_page()
    _summary(p, [("Request number", n), ("Drug asked for", "omalizumab 150 mg/mL syringe"),
                 ("Dose", "300 mg every 4 weeks (by weight and IgE)"), ("Diagnosis", "J45.40 Moderate persistent asthma"),
                 ("Patient date of birth", fdate(dob(rng, 2012, 2017), "slash")),
                 ("Prescriber", f"Dr. {doc}"), ("Practice", prac), ("Planned first dose", fdate(start, "long")),
                 ("Given at", "Prescriber's office (specialty pharmacy delivery)")],
             ["fluticasone 44 mcg inhaler, 2 puffs twice daily (since November 2025)", "albuterol as needed"])
    _rights(p, rng)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=child, cases=[n],
              service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 180).isoformat(), denial_alternates=STEP_ALT,
              alternates={"insurer": ALT, "provider": [prac], "service_dates": [[]]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    v = dt.date(2026, 4, rng.randint(3, 14))
    nd = plus(v, rng.randint(20, 30))
    n = f"RX{digits(rng, 11)}"
    ph = "Fennimore Park Specialty Pharmacy"
    b = amount(rng, 6200, 7400)
    es_amt = f"US$ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    p = DXSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Servicios de Farmacia")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Número de miembro", m), ("Grupo", GROUP), ("Reclamo", n)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"El {fdate(v, 'long', 'es')}, {ph} surtió su receta de adalimumab y nos envió un reclamo por {es_amt}. "
           "No pagamos este reclamo. En la página 2 están los detalles.", 10)
    p.para(f"Su plan paga los medicamentos biológicos solo cuando los surte nuestra farmacia especializada de la red, "
           f"{SP}. {ph} no está en nuestra red para estos medicamentos. Su aprobación para adalimumab sigue vigente: "
           f"pida a su médico que envíe la receta a {SP} y se la enviaremos a su casa.", 10)
    p.para("Si no está de acuerdo, puede apelar dentro de 180 días a partir de la fecha de esta carta.", 10)
    p.para(f"Atentamente,\n{sig}\nServicios de Farmacia", 9.6)
    p.add_page()
    p.bar("DETALLES DEL RECLAMO", 10)
    p.boxed_pairs([("Reclamo", n), ("Fecha de surtido", f"{fdate(v, 'dmy', 'es')} (día/mes/año)"),
                   ("Farmacia", ph), ("Médico que recetó", f"Dr(a). {doc}"),
                   ("Medicamento", "adalimumab-adaz 40 mg/0,4 mL, 2 plumas"), ("Número de receta", digits(rng, 7)),
                   ("Cantidad cobrada", money(b)), ("Pagado por el plan", "$0.00"),
                   ("Motivo", "Farmacia fuera de la red (CARC 242)")], label_w=56)
    _rights(p, rng, es=True)
    p.nondiscrimination(INS, people(rng, 1)[0], phone(rng), f"PO Box {rng.randint(100, 999)}, Madison WI 53701",
                        es=True)
    p.tagline_block(phone(rng), 6.2)
    t = truth("denial_letter", "out_of_network", insurer=INS, group=GROUP, member_id=m, member_name=member,
              cases=[n], claim_amount=m2(b), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=ph,
              appeal_deadline=plus(nd, 180).isoformat(), lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def lowres_approval(rng):
    member, doc, sig = people(rng, 3)
    m = mid(rng)
    nd = dt.date(2026, 6, rng.randint(2, 20))
    start = plus(nd, 1)
    end = dt.date(2026, 12, 31)
    n = req(rng)
    prac = "Lindenhurst Rheumatology Clinic"
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"We have approved secukinumab for you. Dr. {doc} of {prac} sent us a new request showing that you took "
           "methotrexate for more than three months and that your psoriatic arthritis is still active. That meets "
           "your plan's step requirement, so the drug is approved.", 10)
    p.pairs([("Approval number", n), ("Member ID", m), ("Group", GROUP), ("Approved from", fdate(start, "long")),
             ("Approved through", fdate(end, "long")), ("Pharmacy", SP)], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"{SP} will call you to arrange delivery. Your share is the specialty copay in your plan booklet. "
           "An earlier request, denied in March because methotrexate had not been tried, is replaced by this "
           "approval.", 10)
    p.para(f"Sincerely,\n{sig}\nPharmacy Services", 10)
    p.add_page()
    p.bar("GOOD TO KNOW", 9)
    p.para("This letter approves your request, so there is nothing to appeal. Before the approval ends, your doctor "
           "can ask us to renew it.", 9)
    p.nondiscrimination(INS, people(rng, 1)[0], phone(rng), f"PO Box {rng.randint(100, 999)}, Madison WI 53701")
    p.tagline_block(phone(rng), 6.4)
    t = truth("other", None, insurer=INS, group=GROUP, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [prac], "case_numbers": [[]],
                          "service_dates": [[start.isoformat(), end.isoformat()], [start.isoformat()], []]})
    return out(p), t


def clean_stack(rng):
    member, doc, rev, sig = people(rng, 4)
    m = mid(rng)
    orig = dt.date(2026, 1, rng.randint(12, 28))
    ad = plus(orig, rng.randint(25, 35))
    n0, na = req(rng), f"APL-{digits(rng, 8)}"
    prac = "Juniper Hollow Dermatology"
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, "Appeals and Grievances")
    p.para(fdate(ad, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.title_bar("APPEAL DECISION")
    p.pairs([("Member ID", m), ("Appeal number", na), ("Original request", n0),
             ("Drug", "dupilumab 300 mg/2 mL"), ("Original decision", fdate(orig, "slash"))], label_w=44, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"You appealed our denial of dupilumab, asked for by Dr. {doc} of {prac}. Dr. {rev}, a dermatologist who "
           "had no part in the first decision, reviewed your appeal, the chart notes and your letter. We are "
           "upholding the denial.", 10)
    p.para("Your letter says the steroid creams did not help. The notes show clobetasol ointment used for ten days "
           "and no non-steroid cream. The policy asks for four weeks of each, unless one cannot be used. Nothing in "
           "the notes says the creams were unsafe for you. When the trial is done, your doctor can send a new "
           "request.", 10)
    p.add_page()
    p.bar("WHAT YOU CAN DO NEXT", 9)
    p.para("This was your last appeal with us. You may ask for an external review by an independent review "
           "organization within 4 months of the date of this letter. Urgent external reviews are decided within "
           "72 hours.", 9.4)
    p.para(f"Sincerely,\n{sig}\nAppeals and Grievances", 9.6)
    p.tagline_block(phone(rng), 6.4)
    a = (out(p), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member,
                       cases=[na, n0], denial_date=ad.isoformat(), provider=doc, denial_alternates=STEP_ALT,
                       alternates={"insurer": ALT, "provider": [prac], "case_numbers": [[na], [n0]]}))
    member2, doc2, sig2 = people(rng, 3)
    m2_ = mid(rng)
    nd = dt.date(2026, 7, rng.randint(2, 20))
    n2 = req(rng)
    q = DXSheet(footer="Página {n} de {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng, "Servicios de Farmacia")
    q.para(fdate(nd, "long", "es"), 10)
    for ln in [member2, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Número de miembro", m2_), ("Solicitud", n2), ("Medicamento", "ustekinumab 90 mg/mL")], label_w=44,
            size=9.6)
    q.ln(2)
    q.para(f"Estimado(a) {member2}:", 10)
    q.para(f"El Dr. {doc2} pidió ustekinumab 90 mg cada 4 semanas para su enfermedad de Crohn. Su aprobación actual "
           "es de 90 mg cada 8 semanas, la dosis usual de mantenimiento. No aprobamos la dosis cada 4 semanas: las "
           "notas no muestran pruebas de que la enfermedad esté activa con la dosis actual (análisis de sangre, "
           "heces o colonoscopia). Si su médico envía esas pruebas, revisaremos la solicitud otra vez. Su "
           "aprobación de cada 8 semanas sigue igual.", 10)
    q.para("Puede apelar dentro de 180 días a partir de la fecha de esta carta. Las apelaciones urgentes se deciden "
           "en 72 horas.", 10)
    q.para(f"Atentamente,\n{sig2}", 10)
    b_ = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=m2_, member_name=member2,
                        cases=[n2], denial_date=nd.isoformat(), provider=doc2, appeal_deadline=plus(nd, 180).isoformat(),
                        lang="es", denial_alternates=["not_covered"], alternates={"insurer": ALT}))
    return [a, b_]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "born_digital_three_page_dupilumab_step_topicals_request_on_page_2", "born_digital",
             [born_dupi(rng)]),
        Item(F + "finefax_prescriber_letter_risankizumab_step_preferred_biologic", "fax_fine_g4", [finefax_risa(rng)]),
        Item(F + "faxstd_prescription_eob_four_fills_ustekinumab_no_authorization", "fax_standard_g4",
             [faxstd_eob(rng)]),
        Item(F + "photocopy_letter_to_parent_omalizumab_child_asthma_two_pages", "photocopy", [photocopy_omali(rng)]),
        Item(F + "phone_es_carta_dos_paginas_farmacia_fuera_de_la_red", "phone_photo", [phone_es(rng)]),
        Item(F + "lowres_secukinumab_approval_after_step_tried", "scan_lowres_150", [lowres_approval(rng)]),
        Item(F + "clean_stack_cover_appeal_upheld_dupilumab_then_es_dose_letter_sideways", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
