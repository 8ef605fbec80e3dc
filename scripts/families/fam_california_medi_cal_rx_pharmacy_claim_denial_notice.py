"""Notices mirrored (structure and plain wording style only) from Medi-Cal Rx, the pharmacy benefit of California's
Medicaid program run by the California Department of Health Care Services (DHCS). Medi-Cal Rx, DHCS, the Contract
Drugs List, the State Hearing before the California Department of Social Services (90 days from the notice date,
an expedited hearing for urgent cases), the Medi-Cal Client Index Number (CIN) shape, NCPDP reject codes and
CARC 22 appear as themselves; the administrator (Tidewell Pharmacy Benefit Services), every pharmacy, prescriber,
member, number, form and address is invented; phones use 555 or TTY 711. Reasons are put in the writer's own words.

Documents (8 in 7 files):
- bd_noa_three_pages_request_details_on_page_two: a born-digital three-page Notice of Action: page 1 the letter
  (a prior authorization request for a drug refused because the records do not show the Contract Drugs List
  drugs were tried; medical_necessity), page 2 "About the request" (PA number, drug, prescriber, pharmacy,
  received date, fill date), page 3 "Your hearing rights" with a sample State Hearing request (example values),
  taglines and the nondiscrimination notice.
- faxstd_remittance_four_claims_other_coverage_first: a pharmacy's remittance advice on a standard fax, four
  members' claims one a row, the third refused CARC 22 / NCPDP 41 because other coverage pays first (other).
- photocopy_noa_to_representative_hair_growth_drug: a photocopied two-page notice to an authorised representative
  (the member's daughter) refusing a drug used for hair growth, which Medi-Cal Rx does not cover (not_covered).
- phone_es_aviso_dos_paginas_sin_cobertura_en_la_fecha: a photographed two-page Spanish notice: a pharmacy claim
  for a day Medi-Cal was not active (eligibility), amount printed "US$ 1.234,50" style.
- rotated_approval_notice_second_page_taglines: an approval of a prior authorization (denies nothing), two pages,
  fed sideways.
- lowres_letter_to_parent_filled_before_approval_details_page_two: a 150 dpi two-page letter to a father: the
  pharmacy filled his daughter's drug before a prior authorization was approved (prior_authorization); the claim
  facts on page 2.
- clean_stack_cover_offlabel_noa_then_spanish_late_claim_page_turned: a clean-scan stack of a fax cover sheet, a
  notice refusing a drug for a use not medically accepted (experimental) and a Spanish letter to a mother on a
  claim billed after the six-month limit (timely_filing), its second page turned sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddx_famdxa import DXSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "california_medi_cal_rx_pharmacy_claim_denial_notice"
LANG = "en"
SEED = 354300
INS = "Medi-Cal Rx"
ALT = ["California Department of Health Care Services", "Department of Health Care Services", "DHCS"]
ADMIN = "Tidewell Pharmacy Benefit Services"
PHARM = ["Mission Arbor Pharmacy", "Calaveras Street Drug", "Ocotillo Family Pharmacy", "Bayleaf Apothecary",
         "Redwood Crossing Pharmacy", "Sierra Gate Pharmacy"]


def cin(rng):
    return digits(rng, 8) + rng.choice("ABCDEFGHJKMNPRTW")


def phone(rng, area="800"):
    return f"1-{area}-555-{digits(rng, 4)}"


def pa(rng):
    return f"PA{digits(rng, 10)}"


def icn(rng):
    return f"26{digits(rng, 14)}"


def npi(rng):
    return "1" + digits(rng, 9)


def _head(p: DXSheet, rng, es=False):
    p.logo_head(INS, "Rx", ["California Department of Health Care Services" if not es else
                            "Departamento de Servicios de Atención Médica de California (DHCS)",
                            (f"Administered by {ADMIN}" if not es else f"Administrado por {ADMIN}")
                            + f"  |  PO Box {rng.randint(2000, 9800)}, Rancho Cordova CA 95741-{digits(rng, 4)}",
                            ("Customer Service Center " if not es else "Centro de Servicio al Cliente ")
                            + f"{phone(rng)}  |  TTY 711"], size=14)
    p.rule(2)


def _hearing_rights(p: DXSheet, rng, nd, cdss_ph, es=False):
    if es:
        p.bar("SUS DERECHOS A UNA AUDIENCIA ESTATAL")
        p.para("Si no está de acuerdo con esta decisión, puede pedir una Audiencia Estatal. Tiene **90 días a "
               "partir de la fecha de este aviso** para pedirla. Puede pedirla por escrito al Departamento de "
               f"Servicios Sociales de California (CDSS), State Hearings Division, PO Box {rng.randint(9000, 9999)}, "
               f"Sacramento CA 94244-{digits(rng, 4)}, o por teléfono al {cdss_ph} (TDD {phone(rng)}).", 8.8)
        p.para("Si su salud corre un riesgo grave, puede pedir una audiencia acelerada; la decisión se toma en "
               "3 días hábiles. Puede hablar en la audiencia o pedir que un amigo, un familiar o un abogado "
               "hable por usted. Puede obtener ayuda legal gratuita en su oficina local de ayuda legal.", 8.8)
        return
    p.bar("YOUR HEARING RIGHTS")
    p.para("If you do not agree with this decision, you may ask for a State Hearing. You have **90 days from the "
           "date of this notice** to ask. Write to the California Department of Social Services (CDSS), State "
           f"Hearings Division, PO Box {rng.randint(9000, 9999)}, Sacramento CA 94244-{digits(rng, 4)}, or call "
           f"{cdss_ph} (TDD {phone(rng)}).", 8.8)
    p.para("If waiting for a hearing would put your health at serious risk, ask for an expedited hearing; a "
           "decision is made within 3 working days. You may speak for yourself at the hearing or have a friend, "
           "a relative, an advocate or a lawyer speak for you. Free legal help may be available from your local "
           "legal aid office.", 8.8)


def bd_noa(rng):
    member, doc, rph, sig = people(rng, 4)
    m, n = cin(rng), pa(rng)
    ph_ = rng.choice(PHARM)
    rec = dt.date(2026, 3, rng.randint(2, 20))
    fill = plus(rec, -1)
    nd = plus(rec, rng.randint(1, 2))
    dob = dt.date(rng.randint(1955, 1990), rng.randint(1, 12), rng.randint(1, 28))
    cdss = phone(rng)
    p = DXSheet(footer="Page {n} of {nb}", footer_left=f"MCRX-NOA-PA (01/26)  {m}")
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF ACTION", "Denial of a prior authorization request")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Your prescriber, Dr. {doc}, asked Medi-Cal Rx to approve a drug for you. We reviewed the request "
           "and the records sent with it. **We denied the request.**", 10)
    p.para("Why we made this decision: the drug asked for is not on the Contract Drugs List, so it needs approval "
           "first. We approve it when the records show that drugs on the list for the same condition were tried "
           "and did not work or could not be taken. The records sent to us name only one earlier drug, taken for "
           "two weeks. That is not enough to show the listed drugs did not work, so the drug is not medically "
           "needed for you at this time.", 10)
    p.para("The details of the request are on page 2. Your hearing rights are on page 3. Dr. "
           f"{doc} may send a new request with more records at any time.", 10)
    p.para(f"If you have questions, call the Medi-Cal Rx Customer Service Center at {phone(rng)} (TTY 711), "
           "24 hours a day, 7 days a week.", 10)
    p.para(f"Sincerely,\n{sig}, PharmD\nClinical Pharmacist Reviewer, Medi-Cal Rx", 10)
    p.add_page()
    p.heading("About the request", 12, rule=True)
    p.boxed_pairs([("Member", member), ("Medi-Cal ID (CIN)", m), ("Date of birth", fdate(dob, "slash")),
                   ("Prior authorization (PA) number", n),
                   ("Drug asked for", "ustekinumab 90 mg/mL prefilled syringe"),
                   ("Quantity / days supply", "1 syringe / 56 days"),
                   ("Prescriber", f"Dr. {doc}  (NPI {npi(rng)})"),
                   ("Pharmacy", f"{ph_}  (NPI {npi(rng)})"),
                   ("Date the pharmacy tried to fill", fdate(fill, "slash")),
                   ("Request received", fdate(rec, "slash")),
                   ("Decision", "Denied - not medically necessary"),
                   ("Date of this notice", fdate(nd, "slash"))], label_w=68)
    p.para("Law and rules this decision is based on: California Welfare and Institutions Code section 14133.3 and "
           "California Code of Regulations, title 22, section 51303. You may ask for free copies of the records "
           "and rules we used.", 8.8)
    p.para(f"Copy to: Dr. {doc} (prescriber); {ph_}", 8.8)
    p.add_page()
    _hearing_rights(p, rng, nd, cdss)
    p.sample_form("STATE HEARING REQUEST (SAMPLE)", [
        ("Name", "Pat Example"), ("Medi-Cal ID (CIN)", "00000000X"), ("Date of the notice", "01/15/2026"),
        ("What you disagree with", "Example: denial of a drug"), ("Phone", "1-555-555-0100")],
        note="This sample shows how to fill in the request. Use your own information.")
    p.tagline_block(phone(rng))
    p.nondiscrimination("Medi-Cal Rx", "Office of Civil Rights Coordinator", phone(rng),
                        f"PO Box {rng.randint(1000, 1999)}, Sacramento CA 95899-{digits(rng, 4)}",
                        "civilrights@example.org")
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [ph_], "service_dates": [[]]})
    return out(p), t


def faxstd_remit(rng):
    pats = people(rng, 4)
    docs = people(rng, 4)
    ph_ = rng.choice(PHARM)
    rad = dt.date(2026, 4, rng.randint(6, 24))
    fax = f"{rad.strftime('%m/%d/%Y')} 07:{rng.randint(10, 59)}  MEDI-CAL RX PROVIDER SVCS  {phone(rng)}  P.{{n}}"
    p = DXSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(12, 12, 12)
    p.add_page()
    _head(p, rng)
    p.title_bar("PHARMACY REMITTANCE ADVICE", "MCRX-RA-2 (rev. 01/26)")
    p.capstrip([("PAYEE", ph_), ("PHARMACY NPI", npi(rng)), ("NCPDP ID", digits(rng, 7)),
                ("RA DATE", fdate(rad, "slash")), ("EFT TRACE", digits(rng, 10))], [52, 30, 26, 28, 55.9])
    p.ln(3)
    drugs = [("atorvastatin 40 mg tab", 18, 60), ("insulin glargine pen", 180, 420), ("apixaban 5 mg tab", 310, 560),
             ("albuterol HFA inhaler", 40, 95)]
    rows, info = [], None
    for i, (pt, dr, (drug, lo, hi)) in enumerate(zip(pats, docs, drugs)):
        d = plus(rad, -rng.randint(9, 30))
        c, m, b = icn(rng), cin(rng), amount(rng, lo, hi)
        rx = f"RX{digits(rng, 7)}"
        last, first = pt.split()[-1], pt.split()[0]
        nm = f"{last.upper()}, {first.upper()} {pt.split()[1].rstrip('.')}"
        if i == 2:
            rows.append([c, nm, m, fdate(d, "slash"), rx, drug, money(b, "nosign"), "0.00", "22 / 41"])
            info = (pt, dr, c, m, b, d)
        else:
            pd = round(b * 0.82, 2)
            rows.append([c, nm, m, fdate(d, "slash"), rx, drug, money(b, "nosign"), money(pd, "nosign"), ""])
    p.table(["CLAIM ID", "MEMBER", "CIN", "FILL DATE", "RX NO.", "DRUG", "BILLED", "PAID", "CARC / NCPDP"],
            rows, [31, 33, 19, 17, 18, 32, 14, 13, 14.9], size=6.9, aligns=["L"] * 6 + ["R", "R", "C"])
    pt, dr, c, m, b, d = info
    p.para(f"**Codes.** CARC 22: this care may be covered by another payer per coordination of benefits. NCPDP 41: "
           f"submit bill to other processor or primary payer. Claim {c} ({pt}, prescribed by Dr. {dr}): our "
           "records show other health coverage for this member on the fill date. Bill the other coverage first, "
           "then send Medi-Cal Rx the claim with the other payer's amounts.", 7.8)
    p.para("A claim appeal must reach Medi-Cal Rx within 90 days of the date of this remittance advice. "
           f"Provider Services {phone(rng)}. Paid claims are shown for your records.", 7.8)
    t = truth("eob", "other", insurer=INS, member_id=m, member_name=pt, cases=[c], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rad.isoformat(), provider=ph_,
              appeal_deadline=plus(rad, 90).isoformat(), alternates={"insurer": ALT, "provider": [dr]})
    return out(p), t


def photocopy_rep(rng):
    member, daughter, doc, sig = people(rng, 4)
    m, n = cin(rng), pa(rng)
    ph_ = rng.choice(PHARM)
    fill = dt.date(2026, 5, rng.randint(4, 20))
    nd = plus(fill, rng.randint(3, 6))
    cdss = phone(rng)
    p = DXSheet(footer="Page {n} of {nb}", footer_left="MCRX-NOA-NC (01/26)")
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF ACTION")
    p.pairs([("Date", fdate(nd, "abbr")), ("To", f"{daughter}, authorized representative"),
             ("About", member), ("Medi-Cal ID", m), ("PA number", n)], label_w=30, size=9.6)
    p.line("", 4)
    for ln in address(rng):
        p.line(ln, 9.6)
    p.ln(3)
    p.para(f"Dear {daughter}:", 10)
    p.para(f"You are listed as the authorized representative for {member}. {ph_} asked us to pay for "
           f"minoxidil 2.5 mg tablets that Dr. {doc} prescribed. The prescription says the drug is for hair loss.",
           10)
    p.para("**We will not pay for this drug for this use.** Medi-Cal Rx does not cover drugs used for cosmetic "
           "purposes or hair growth. This is a limit of the benefit, not a judgment about your mother's health. If "
           "the drug is for blood pressure, the prescriber can send a new request saying so.", 10)
    p.heading("Request details", 10.5)
    p.table(["Fill date", "Drug", "Qty", "Days", "Prescriber", "Decision"],
            [[fdate(fill, "slash"), "minoxidil 2.5 mg tab", "30", "30", f"Dr. {doc}", "Not covered"]],
            [22, 42, 12, 12, 45, 46.9], size=8.6)
    p.para(f"cc: Dr. {doc}; {ph_}", 8.6)
    p.add_page()
    _hearing_rights(p, rng, nd, cdss)
    p.tagline_block(phone(rng), n=7)
    p.nondiscrimination("Medi-Cal Rx", "Civil Rights Coordinator", phone(rng),
                        f"PO Box {rng.randint(1000, 1999)}, Sacramento CA 95899-{digits(rng, 4)}",
                        "civilrights@example.org")
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [ph_]})
    return out(p), t


def phone_es(rng):
    member, doc, sig = people(rng, 3)
    m = cin(rng)
    ph_ = rng.choice(PHARM)
    fill = dt.date(2026, 2, rng.randint(3, 24))
    end = dt.date(2026, 1, 31)
    nd = plus(fill, rng.randint(10, 20))
    c = icn(rng)
    b = amount(rng, 1050, 1900)
    es_amt = f"US$ {b:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    cdss = phone(rng)
    p = DXSheet(footer="Página {n} de {nb}", footer_left="MCRX-NOA-EL-S (01/26)")
    p.add_page()
    _head(p, rng, es=True)
    p.title_bar("AVISO DE ACCIÓN")
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Estimado(a) {member}:", 10)
    p.para(f"{ph_} nos envió un reclamo por un medicamento que le surtió el {fdate(fill, 'long', 'es')}. "
           "**Medi-Cal Rx no pagará este reclamo.**", 10)
    p.para(f"Motivo: según nuestros registros, su cobertura de Medi-Cal terminó el {fdate(end, 'long', 'es')}. "
           "El medicamento se surtió después de esa fecha, cuando usted no tenía Medi-Cal activo. Si cree que "
           "su Medi-Cal estaba activo, comuníquese con la oficina de servicios sociales de su condado. Si su "
           "cobertura se restablece para esa fecha, la farmacia puede volver a enviar el reclamo.", 10)
    p.para("Los datos del reclamo y sus derechos a una audiencia están en la página 2.", 10)
    p.para(f"Atentamente,\n{sig}\nMedi-Cal Rx", 10)
    p.add_page()
    p.heading("Datos del reclamo", 12, rule=True)
    p.boxed_pairs([("Miembro", member), ("Número de Medi-Cal (CIN)", m), ("Número de reclamo", c),
                   ("Fecha en que se surtió", fdate(fill, "dmy", "es")), ("Medicamento", "etanercept 50 mg/mL"),
                   ("Recetado por", f"Dr. {doc}"), ("Farmacia", ph_), ("Importe facturado", es_amt),
                   ("Fecha de este aviso", fdate(nd, "dmy", "es"))], label_w=62)
    p.f(6.5)
    p.cell(0, 3, f"REF {c}  AMT {b:.2f}  CIN {m}", new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    _hearing_rights(p, rng, nd, cdss, es=True)
    p.tagline_block(phone(rng), n=4, title="Asistencia con idiomas")
    p.nondiscrimination("Medi-Cal Rx", "Coordinador de Derechos Civiles", phone(rng),
                        f"PO Box {rng.randint(1000, 1999)}, Sacramento CA 95899-{digits(rng, 4)}",
                        "civilrights@example.org", lang="es")
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=m, member_name=member, cases=[c],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph_,
              lang="es", alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def rotated_approval(rng):
    member, doc, sig = people(rng, 3)
    m, n = cin(rng), pa(rng)
    ph_ = rng.choice(PHARM)
    nd = dt.date(2026, 6, rng.randint(2, 22))
    start, stop = nd, plus(nd, 179)
    p = DXSheet(footer="Page {n} of {nb}", footer_left="MCRX-PA-APV (01/26)")
    p.add_page()
    _head(p, rng)
    p.title_bar("APPROVAL NOTICE", "Prior authorization request approved")
    p.para(fdate(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Dear {member}:", 10)
    p.para(f"Good news. Dr. {doc} asked Medi-Cal Rx to approve a drug for you, and **we approved the request**. "
           f"You can pick up your drug at {ph_} or any Medi-Cal Rx pharmacy.", 10)
    p.boxed_pairs([("PA number", n), ("Medi-Cal ID (CIN)", m), ("Drug", "semaglutide 1 mg/0.75 mL pen"),
                   ("Approved from", fdate(start, "slash")), ("Approved through", fdate(stop, "slash")),
                   ("Quantity", "4 pens every 28 days")], label_w=55)
    p.para("The approval ends on the date above. Ask your prescriber to send a new request about 30 days before "
           f"then if you still need the drug. Questions: {phone(rng)} (TTY 711).", 9.6)
    p.para(f"Sincerely,\n{sig}\nMedi-Cal Rx", 10)
    p.add_page()
    p.tagline_block(phone(rng))
    p.nondiscrimination("Medi-Cal Rx", "Civil Rights Coordinator", phone(rng),
                        f"PO Box {rng.randint(1000, 1999)}, Sacramento CA 95899-{digits(rng, 4)}",
                        "civilrights@example.org")
    t = truth("other", None, insurer=INS, member_id=m, member_name=member, cases=[n],
              service_dates=[f"{start.isoformat()}/{stop.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              alternates={"insurer": ALT, "provider": [ph_], "case_numbers": [[]], "service_dates": [[]]})
    return out(p), t


def lowres_parent(rng):
    child, father, doc, sig = people(rng, 4)
    m, c = cin(rng), icn(rng)
    ph_ = rng.choice(PHARM)
    fill = dt.date(2026, 4, rng.randint(6, 24))
    nd = plus(fill, rng.randint(12, 20))
    b = amount(rng, 240, 690)
    cdss = phone(rng)
    p = DXSheet(footer="Page {n} of {nb}")
    p.set_margins(22, 16, 22)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}", 10)
    p.para(f"Dear {father}:", 10)
    p.para(f"We are writing about a drug your daughter {child} received. The pharmacy gave her the drug and "
           "then sent Medi-Cal Rx a claim. This drug may be paid only when Medi-Cal Rx has approved it before it "
           "is given out. When the pharmacy filled it, no approval was on file and none had been asked for. "
           "**So we did not pay the pharmacy's claim.**", 10)
    p.para("You do not owe the pharmacy for this drug because of our decision. The prescriber can still ask for "
           "approval for later fills. The facts of the claim are on the next page.", 10)
    p.para(f"Sincerely,\n{sig}\nMedi-Cal Rx", 10)
    p.add_page()
    p.heading("The claim we did not pay", 11.5, rule=True)
    p.pairs([("Member", child), ("Medi-Cal ID (CIN)", m), ("Claim ID", c), ("Pharmacy", ph_),
             ("Prescriber", f"Dr. {doc}"), ("Drug", "methylphenidate ER 36 mg (30 tablets)"),
             ("Fill date", fdate(fill, "long")), ("Amount billed", money(b)),
             ("Reject code", "NCPDP 75 - prior authorization required")], label_w=48, size=9.6)
    p.ln(3)
    _hearing_rights(p, rng, nd, cdss)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=m, member_name=child, cases=[c],
              claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd.isoformat(), provider=ph_,
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def clean_stack(rng):
    member, doc, sig = people(rng, 3)
    m, n = cin(rng), pa(rng)
    ph_ = rng.choice(PHARM)
    rec = dt.date(2026, 7, rng.randint(6, 20))
    nd = plus(rec, 1)
    cdss = phone(rng)
    p = DXSheet(footer="Page {n} of {nb}", footer_left="MCRX-NOA-PA (01/26)")
    p.add_page()
    _head(p, rng)
    p.title_bar("NOTICE OF ACTION")
    p.capstrip([("DATE OF NOTICE", fdate(nd, "slash")), ("MEMBER", member), ("CIN", m), ("PA NUMBER", n)],
               [34, 58, 32, 55.9])
    p.ln(4)
    p.para(f"Dr. {doc} asked us on {fdate(rec, 'long')} to approve naltrexone 4.5 mg capsules (low dose, "
           f"compounded at {ph_}) for long-lasting pain. **We denied the request.** The drug is approved by the "
           "FDA for other conditions. For this use, the published studies are small and early, and the use is "
           "not listed in the drug references Medi-Cal Rx relies on. We consider this use investigational.", 10)
    p.para("The request was for a 90-day supply. Nothing has been filled, and you owe nothing for this drug.", 10)
    _hearing_rights(p, rng, nd, cdss)
    p.para(f"Copy to: Dr. {doc}", 8.8)
    d_a = (out(p), truth("denial_letter", "experimental", insurer=INS, member_id=m, member_name=member, cases=[n],
                         denial_date=nd.isoformat(), provider=doc,
                         alternates={"insurer": ALT, "provider": [ph_]}))
    child, mother, doc2 = people(rng, 3)
    m2_, c = cin(rng), icn(rng)
    ph2 = rng.choice([x for x in PHARM if x != ph_])
    fill = dt.date(2026, 1, rng.randint(2, 20))
    got = dt.date(2026, 8, rng.randint(3, 12))
    nd2 = plus(got, rng.randint(8, 14))
    b = amount(rng, 60, 240)
    q = DXSheet(footer="Página {n} de {nb}")
    q.add_page()
    _head(q, rng, es=True)
    q.para(f"Sacramento, {fdate(nd2, 'long', 'es')}", 10)
    for ln in [mother, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Fecha (día/mes/año)", fdate(nd2, "dmy", "es")), ("Miembro", child), ("CIN", m2_), ("Reclamo", c)],
            label_w=40, size=9.6)
    q.ln(2)
    q.para(f"Estimada {mother}:", 10)
    q.para(f"El {fdate(fill, 'long', 'es')}, {ph2} le surtió a su hijo {child} un inhalador de budesonida que "
           f"recetó el Dr. {doc2}. La farmacia nos cobró {money(b)}.", 10)
    q.para(f"La farmacia nos envió el reclamo el {fdate(got, 'long', 'es')}. Medi-Cal pide que los reclamos "
           "lleguen dentro de los seis meses siguientes al mes del servicio. Este reclamo llegó después de ese "
           "plazo y **no se pagó**. La farmacia no puede cobrarle a usted por este medicamento.", 10)
    q.add_page()
    _hearing_rights(q, rng, nd2, cdss, es=True)
    q.tagline_block(phone(rng), n=6, title="Asistencia con idiomas")
    d_b = (out(q), truth("denial_letter", "timely_filing", insurer=INS, member_id=m2_, member_name=child, cases=[c],
                         claim_amount=m2(b), service_dates=[fill.isoformat()], denial_date=nd2.isoformat(),
                         provider=ph2, lang="es", alternates={"insurer": ALT, "provider": [doc2]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "bd_noa_three_pages_request_details_on_page_two", "born_digital", [bd_noa(rng)]),
        Item(F + "faxstd_remittance_four_claims_other_coverage_first", "fax_standard_g4", [faxstd_remit(rng)]),
        Item(F + "photocopy_noa_to_representative_hair_growth_drug", "photocopy", [photocopy_rep(rng)]),
        Item(F + "phone_es_aviso_dos_paginas_sin_cobertura_en_la_fecha", "phone_photo", [phone_es(rng)]),
        Item(F + "rotated_approval_notice_second_page_taglines", "rotated", [rotated_approval(rng)]),
        Item(F + "lowres_letter_to_parent_filled_before_approval_details_page_two", "scan_lowres_150",
             [lowres_parent(rng)]),
        Item(F + "clean_stack_cover_offlabel_noa_then_spanish_late_claim_page_turned", "scan_clean_300",
             clean_stack(rng), separators=["cover", None], turns={(1, 1): 90}),
    ]
