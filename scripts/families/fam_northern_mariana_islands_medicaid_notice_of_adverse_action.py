"""Family 'northern_mariana_islands_medicaid_notice_of_adverse_action': Commonwealth of the Northern Mariana Islands
(CNMI) State Medicaid Agency notices of adverse action on claims, off-island referrals and pharmacy requests, with
fair hearing rights. The agency and the program appear only as themselves, mirrored for structure and wording only;
every recipient, provider, address and number is invented (phones use 555).

Documents: a clean scan of an off-island referral notice with a right-aligned header block (Notice date /
Reference / Medicaid ID), a shaded left sidebar with phone, fax and TTY, the facts in paragraphs; a fine fax of a
two-page pharmacy prior authorization notice whose page 2 is a tear-off fair hearing request form with the ID and
case number pre-printed; a photocopied provider remittance table with two-line column headings, three providers,
a totals row and one claim denied for timely filing (remark code explained below); a 150 dpi Spanish notice
(Aviso de Accion Adversa) denying a claim because the recipient was not eligible on the date of service; a
born-digital approval of an off-island referral (denies nothing); a phone photo of a claim adverse-action form with
numbered boxes (coding error); a standard-fax stack: cover sheet, a notice denying a claim from a provider not
enrolled in CNMI Medicaid followed by a blank separator, and the clinic's letter to the agency fed sideways.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from public_kit import Page, out
from inv_kit import Rand, truth
from kit_rounddg_famdgb import (blanks, checkbox, cut_line, fax_line, fd, numbered_boxes, plus, right_block, rule,
                                side_panel, text_at, usd)

FAMILY = "northern_mariana_islands_medicaid_notice_of_adverse_action"
LANG = "en"
SEED = 350901
INS = "CNMI State Medicaid Agency"
ALT_INS = {"insurer": ["State Medicaid Agency", "Commonwealth of the Northern Mariana Islands State Medicaid Agency",
                       "CNMI Medicaid"]}
PHONE, FAX, TTY = "(670) 555-0143", "(670) 555-0147", "(670) 555-0159"
FIRST = ["Joaquina", "Vicente", "Rosalia", "Florencio", "Antonieta", "Melchor", "Tomasa", "Lino", "Perpetua",
         "Herminio", "Consolacion", "Benigno"]
LAST = ["Manglona", "Rabauliman", "Igitol", "Kaipat", "Taitano", "Mafnas", "Aldan", "Tudela", "Olopai", "Sablan",
        "Deleon Guerrero", "Ogumoro"]
VILLAGES = ["Garapan", "Susupe", "Chalan Kanoa", "Koblerville", "San Vicente", "Kagman", "Tanapag", "Dandan"]


def who(r: Rand):
    f, m, l = r.choice(FIRST), r.choice("ABCDEFGHJKLMRST"), r.choice(LAST)
    return f"{f} {m}. {l}", f, m, l


def caddr(r: Rand):
    return [f"PO Box {r.randint(5000, 9999)}", f"{r.choice(VILLAGES)}, Saipan, MP 96950"]


def mid(r: Rand) -> str:
    return f"MP{r.digits(8)}"


def head(p: Page, size: float = 10):
    p.line("COMMONWEALTH OF THE NORTHERN MARIANA ISLANDS", size - 1.5, "B")
    p.line("CNMI State Medicaid Agency", size + 3, "B")
    p.line("Office of the Governor  |  PO Box 502217  |  Saipan, MP 96950", size - 2.5)
    rule(p, p.get_y() + 1.5, 0.7)
    p.ln(5)


def hearing(nd_days: int = 90) -> list[str]:
    return [f"If you disagree with this action, you may ask for a fair hearing. Your request must reach the CNMI State "
            f"Medicaid Agency within {nd_days} days of the date of this notice. You may ask in writing, by fax to "
            f"{FAX}, or by calling {PHONE}.",
            "If you now receive this service and ask for a hearing within 10 days of the date of this notice, the "
            "service may continue until the hearing decision. If you lose, you may have to pay for it.",
            "You may represent yourself or have a relative, friend, lawyer or other person speak for you. Free legal "
            "help may be available from Micronesian Legal Services Corporation."]


def doc_referral_sidebar(r: Rand):
    name, *_ = who(r)
    mother = who(r)[0]
    nd = dt.date(2026, 2, 2) + dt.timedelta(days=r.randint(0, 30))
    dos = plus(nd, r.randint(12, 30))
    rec = plus(nd, -r.randint(4, 9))
    ref = f"OIR-{nd.year}-{r.digits(5)}"
    member = mid(r)
    doc, clinic = "Dr. Eulalia P. Soberano", "Lau Lau Bay Medical Clinic"
    p = Page(serif=False, footer=None, footer_left="CNMI-SMA Form NOAA-3 (01/2025)")
    p.set_margins(14, 12, 14)
    p.add_page()
    head(p)
    y0 = p.get_y()
    for ln in [name] + caddr(r):
        p.line(ln, 9.5)
    yb = right_block(p, [("Notice date:", fd(nd, "long")), ("Reference:", ref), ("Medicaid ID:", member),
                         ("Date of birth:", fd(dt.date(1961, r.randint(1, 12), r.randint(1, 28)), "slash"))], y0)
    p.set_y(max(p.get_y(), yb) + 6)
    top = p.get_y()
    side_panel(p, p.l_margin, top, 48, "Questions?", [
        f"Call {PHONE}", "Mon-Fri 7:30 am - 4:30 pm", f"Fax {FAX}", f"TTY {TTY}",
        "Walk in: Medicaid office, Garapan", "Bring this notice with you.", "Form CNMI-SMA NOAA-3"], 7.8)
    x, w = p.l_margin + 54, p.w - p.r_margin - p.l_margin - 54
    p.set_y(top)
    text_at(p, x, w, "NOTICE OF ADVERSE ACTION: OFF-ISLAND MEDICAL REFERRAL", 11, 3, "B")
    text_at(p, x, w, f"Dear {name}:", 9.6)
    text_at(p, x, w, f"Your doctor, {doc} of {clinic}, asked the Medical Referral Program to send you to "
                     f"Kalani Ridge Medical Center in Honolulu for a cardiac catheterization planned for "
                     f"{fd(dos, 'long')}. We received the request on {fd(rec, 'slash')}. Your mother, {mother}, "
                     "is named as your escort.", 9.6)
    text_at(p, x, w, "The CNMI State Medicaid Agency has DENIED this referral. The off-island care is not medically "
                     "necessary at this time: the records show a normal stress test on "
                     f"{fd(plus(rec, -40), 'th')} and no change in symptoms since then. The Off-Island Referral "
                     "Committee reviewed the request under the CNMI Medicaid State Plan, Medical Referral Services "
                     "section, and 42 CFR 440.230(d).", 9.6)
    text_at(p, x, w, "This decision does not stop your doctor from sending a new request with new test results. "
                     "Airfare and lodging for you and your escort are not approved.", 9.6)
    text_at(p, x, w, "YOUR RIGHT TO A FAIR HEARING", 10, 1.5, "B")
    for t in hearing():
        text_at(p, x, w, t, 9, 1.5)
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=member, member_name=name,
              case_numbers=[ref], service_dates=[dos.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None,
              alternates=dict(ALT_INS, provider=[clinic], appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_pharmacy_tearoff(r: Rand):
    name, *_ = who(r)
    carer = who(r)[0]
    nd = dt.date(2026, 1, 12) + dt.timedelta(days=r.randint(0, 40))
    rec = plus(nd, -r.randint(2, 5))
    case = f"RX-PA {r.digits(4)} {r.digits(4)}"
    member = mid(r)
    rxn = f"Rx# {r.digits(7)}"
    doc = "Dr. Kenneth R. Ilisari"
    p = Page(serif=True, footer="Page {n} of {nb}", footer_left=f"{name}  |  ID {member}")
    p.set_margins(20, 14, 20)
    p.add_page()
    fax_line(p, f"{fd(plus(nd, 1), 'dd2')} 09:14   FROM: CNMI SMA PHARMACY UNIT  {FAX}   TO: 6705550188   P. 1/2")
    head(p, 9.5)
    p.line(fd(nd, "slash"), 10)
    p.ln(2)
    for ln in [name, f"c/o {carer}, caregiver"] + caddr(r):
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Adverse Action - Pharmacy Prior Authorization", 12)
    p.pairs([("Recipient", name), ("Medicaid ID No.", member), ("PA Case No.", case), ("Prescription", rxn),
             ("Drug requested", "apixaban 5 mg tablets, #60 per 30 days"), ("Prescriber", doc),
             ("Request received", fd(rec, "abbr"))], label_w=42, size=9.5, h=5.2)
    p.ln(2)
    p.para("The CNMI State Medicaid Agency denied the prior authorization request for the drug listed above. The drug "
           "is not on the CNMI Medicaid Preferred Drug List, and the request did not show that you tried the preferred "
           "drug, warfarin, or that you cannot take it. The request does not meet the criteria in the Pharmacy Prior "
           "Authorization Policy PH-14. Your prescriber may send a new request with this information.", 9.8)
    p.para("You can still fill a 72-hour emergency supply at your pharmacy while your prescriber sends more "
           "information.", 9.8)
    p.heading("Fair hearing", 11)
    for t in hearing():
        p.para(t, 9.2, 1.5)
    p.para("To ask for a hearing, use the form on page 2.", 9.2)
    p.add_page()
    fax_line(p, f"{fd(plus(nd, 1), 'dd2')} 09:15   FROM: CNMI SMA PHARMACY UNIT  {FAX}   TO: 6705550188   P. 2/2")
    p.heading("REQUEST FOR FAIR HEARING", 13)
    p.para("Complete this form, sign it and return it to the CNMI State Medicaid Agency, Fair Hearing Clerk, PO Box "
           f"502217, Saipan, MP 96950, or fax it to {FAX}.", 9.5)
    cut_line(p)
    p.pairs([("Recipient name", name), ("Medicaid ID No.", member), ("Case number", case),
             ("Date of notice", fd(nd, "slash"))], label_w=45, size=10, h=6)
    p.ln(3)
    checkbox(p, "I want a fair hearing about the action described in the notice dated above.")
    checkbox(p, "I want my medicine to continue until the hearing decision.")
    checkbox(p, "I need an interpreter. Language: ____________")
    p.ln(2)
    blanks(p, ["Why I disagree:", "", "", "Representative (if any):", "Phone number:", "Signature:", "Date:"])
    t = truth("denial_letter", "medical_necessity", insurer=INS, member_id=member, member_name=name,
              case_numbers=[case], service_dates=[], denial_date=nd.isoformat(), provider=doc, appeal_deadline=None,
              alternates=dict(ALT_INS, appeal_deadline=[plus(nd, 90).isoformat()]),
              denial_alternates=["prior_authorization", "not_covered"])
    return out(p), t


def doc_remit_table(r: Rand):
    nd = dt.date(2026, 2, 20) + dt.timedelta(days=r.randint(0, 20))
    names = [who(r) for _ in range(4)]
    prov_name = "Kagman Heights Family Practice"
    rows, total_b, total_p = [], 0.0, 0.0
    denied = 2
    for i in range(4):
        dos = plus(nd, -r.randint(20, 60)) if i != denied else dt.date(2024, 11, r.randint(3, 27))
        billed = round(r.randint(85, 640) + r.choice([0, 0.5, 0.25]), 2)
        paid = 0.0 if i == denied else round(billed * 0.62, 2)
        icn = f"{r.digits(4)}-{r.digits(3)}-{r.digits(5)}"
        rows.append((names[i], mid(r), icn, dos, billed, paid))
        total_b += billed
        total_p += paid
    den = rows[denied]
    rendering = "Dr. Arsenio T. Kapileo"
    p = Page(serif=False, footer="Page {n} of {nb}", footer_left="SMA-RA-02")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, 9.5)
    p.line("PROVIDER REMITTANCE ADVICE", 12, "B", "C")
    p.ln(1)
    p.pairs([("Payee", prov_name), ("Provider No.", f"CNMI-{r.digits(5)}"), ("NPI", r.npi()),
             ("Tax ID", f"66-{r.digits(7)}"), ("Remittance date", fd(nd, "slash")),
             ("Check / EFT", f"EFT {r.digits(9)}"),
             ("Payment cycle", f"{fd(plus(nd, -7), 'slash')} - {fd(plus(nd, -1), 'slash')}")],
            label_w=38, size=8.8, h=4.6)
    p.ln(2)
    head_cells = ["Recipient\nname", "Medicaid\nID", "ICN", "Date(s)\nof service", "Rendering\nprovider",
                  "Amount\nbilled", "Medicaid\npaid", "Remark\ncode"]
    widths = [36, 24, 30, 20, 30, 18, 18, 16]
    body = []
    for i, (nm, m, icn, dos, b, pd) in enumerate(rows):
        body.append([f"{nm[3].upper()}, {nm[1]} {nm[2]}", m, icn, fd(dos, "short"),
                     rendering if i % 2 == 0 else "Dr. Maria C. Fitial", usd(b, "nosign"), usd(pd, "nosign"),
                     "N30" if i == denied else ""])
    body.append(["TOTALS", "", "", "", "", usd(total_b, "nosign"), usd(total_p, "nosign"), ""])
    p.table(head_cells, body, widths, size=7.6, aligns=["L", "L", "L", "L", "L", "R", "R", "C"], bold_last=True)
    p.f(8.5, "B")
    p.cell(0, 5, "Remark codes", new_x="LMARGIN", new_y="NEXT")
    p.para("N30 - Denied: the claim was received more than 365 days after the date of service (timely filing "
           f"limit, CNMI Medicaid Provider Manual 4.6). ICN {den[2]}, received {fd(plus(nd, -12), 'monsp')}.", 8.5)
    p.para("Providers may ask for reconsideration of a denied claim within 60 days of the date of this remittance. "
           f"Send the reconsideration form SMA-RC-1 with proof of timely filing to the Claims Unit, fax {FAX}.", 8.5)
    p.para(f"Year-to-date paid to this payee: {usd(r.randint(20000, 60000) + 0.4, 'plain')}.", 8.5)
    n = den[0]
    t = truth("eob", "timely_filing", insurer=INS, member_id=den[1], member_name=n[0], case_numbers=[den[2]],
              claim_amount=f"{den[4]:.2f}", service_dates=[den[3].isoformat()], denial_date=nd.isoformat(),
              provider=prov_name, appeal_deadline=plus(nd, 60).isoformat(),
              alternates=dict(ALT_INS, provider=[rendering]))
    return out(p), t


def doc_spanish(r: Rand):
    name, *_ = who(r)
    nd = dt.date(2026, 1, 20) + dt.timedelta(days=r.randint(0, 30))
    dos = plus(nd, -r.randint(25, 50))
    end = plus(dos, -r.randint(10, 30))
    claim = f"{r.digits(3)} {r.digits(4)} {r.digits(4)}"
    member = mid(r)
    billed = round(r.randint(400, 2600) + 0.5, 2)
    prov = "Susupe Women's Health Clinic"
    p = Page(serif=False, footer="Página {n} de {nb}", footer_left="CNMI-SMA NOAA-ES (01/2025)")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, 9.5)
    p.line(f"Fecha del aviso: {fd(nd, 'es')}", 10, align="R")
    p.ln(2)
    for ln in [name] + caddr(r):
        p.line(ln, 10)
    p.ln(3)
    p.heading("AVISO DE ACCIÓN ADVERSA - RECLAMACIÓN DENEGADA", 12, rule=True)
    p.boxed_pairs([("Beneficiario", name), ("Número de Medicaid", member), ("Número de reclamación", claim),
                   ("Proveedor", prov), ("Fecha de servicio", fd(dos, "es")),
                   ("Cantidad facturada", usd(billed, "usd")), ("Fecha de recepción", fd(plus(dos, 6), "dmy_es")),
                   ("Cobertura terminó", fd(end, "es"))], label_w=58, size=9.2)
    p.para(f"La Agencia Estatal de Medicaid de la CNMI (CNMI State Medicaid Agency) denegó esta reclamación. Usted no "
           f"era elegible para Medicaid en la fecha de servicio: su cobertura terminó el {fd(end, 'es')} porque no "
           "devolvió el formulario de renovación. Regla aplicada: 42 CFR 435.916 y el Plan Estatal de Medicaid de "
           "la CNMI.", 9.6)
    p.para("Si usted cree que era elegible, envíe prueba de su cobertura o solicite una nueva evaluación en la "
           "oficina de Medicaid.", 9.6)
    p.heading("Su derecho a una audiencia imparcial", 11)
    p.para("Si no está de acuerdo, puede pedir una audiencia imparcial. Su solicitud debe llegar dentro de 90 días a "
           f"partir de la fecha de este aviso. Llame al {PHONE} (TTY {TTY}) o envíe un fax al {FAX}. Puede "
           "representarse a sí mismo o pedir que un familiar, amigo o abogado hable por usted.", 9.4)
    t = truth("denial_letter", "eligibility", lang="es", insurer=INS, member_id=member, member_name=name,
              case_numbers=[claim], claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()],
              denial_date=nd.isoformat(), provider=prov, appeal_deadline=None,
              alternates=dict(ALT_INS, insurer=ALT_INS["insurer"] + ["Agencia Estatal de Medicaid de la CNMI"],
                              appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_approval(r: Rand):
    name, *_ = who(r)
    nd = dt.date(2026, 2, 10) + dt.timedelta(days=r.randint(0, 20))
    dos = plus(nd, r.randint(9, 20))
    end = plus(dos, 4)
    ref = f"OIR-{nd.year}-{r.digits(5)}"
    prev = f"OIR-{nd.year}-{r.digits(5)}"
    member = mid(r)
    doc = "Dr. Lourdes M. Castro-Ayuyu"
    p = Page(serif=True, footer=None, footer_left="CNMI-SMA MRP-APV")
    p.set_margins(22, 16, 22)
    p.add_page()
    head(p, 10)
    p.line(fd(nd, "abbr"), 10)
    p.ln(3)
    for ln in [name] + caddr(r):
        p.line(ln, 10)
    p.ln(4)
    p.line(f"Re:  Off-island referral {ref}    Medicaid No. {member}", 10, "B")
    p.ln(3)
    p.para(f"Dear {name}:", 10)
    p.para(f"Good news. The CNMI State Medicaid Agency approved your off-island referral to Tumon Bay Specialty "
           f"Hospital in Guam for the orthopedic surgery that {doc} asked for. The approval covers "
           f"{fd(dos, 'long')} through {fd(end, 'long')}, round-trip airfare for you and one escort, and lodging "
           "at the contracted rate.", 10)
    p.para(f"This approval replaces the earlier decision on request {prev} dated {fd(plus(nd, -30), 'slash')}, "
           "which asked for more records.", 10)
    p.para(f"The Medical Referral Office will call you with travel times. Questions: {PHONE}, TTY {TTY}.", 10)
    p.ln(4)
    p.line("Medical Referral Program Coordinator", 10)
    t = truth("other", None, insurer=INS, member_id=member, member_name=name, case_numbers=[ref],
              service_dates=[f"{dos.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=None, alternates=dict(ALT_INS, service_dates=[[dos.isoformat()], []]))
    return out(p), t


def doc_boxes(r: Rand):
    name, *_ = who(r)
    sub = who(r)[0]
    nd = dt.date(2026, 2, 1) + dt.timedelta(days=r.randint(0, 40))
    dos = plus(nd, -r.randint(20, 40))
    dcn = f"DCN {r.digits(2)}-{r.digits(5)}-{r.digits(3)}"
    dcn_v = dcn[4:]
    member = mid(r)
    billed = round(r.randint(180, 950) + 0.75, 2)
    prov = "Dr. Ignacio B. Rangamar"
    p = Page(serif=False, footer=None, footer_left="CNMI-SMA NOAA-C (rev. 03/2024)")
    p.set_margins(12, 12, 12)
    p.add_page()
    head(p, 9)
    p.line("NOTICE OF ADVERSE ACTION - CLAIM FOR PAYMENT", 12, "B")
    p.line(f"Date of this notice: {fd(nd, 'slash')}", 9.5)
    p.ln(2)
    numbered_boxes(p, [
        [("1. Recipient name", name, 70), ("2. Medicaid ID number", member, 55), ("3. Date of birth",
                                                                                  fd(dt.date(1988, 3, 4), "slash"), 66)],
        [("4. Head of household", sub, 70), ("5. Claim DCN", dcn_v, 55), ("6. Date claim received",
                                                                          fd(plus(dos, 5), "dd2"), 66)],
        [("7. Date(s) of service", fd(dos, "slash"), 45), ("8. Rendering provider", prov, 80),
         ("9. Provider NPI", r.npi(), 66)],
        [("10. Procedure", "99215-25 / 20610", 45), ("11. Total charges", usd(billed, "plain"), 40),
         ("12. Amount allowed", usd(0, "plain"), 40), ("13. Action", "DENIED", 66)],
    ])
    p.para("14. Reason for action: the office visit was billed with modifier 25 on the same day as a joint injection, "
           "but the records do not show a separate, significant problem. The procedure code and modifier do not "
           "match the services documented (coding error, CNMI Medicaid Provider Manual 5.2). The provider may "
           "send a corrected claim.", 9.3)
    p.para("15. Your rights: you do not have to pay the provider for this service. If you disagree, you may ask for "
           f"a fair hearing within 90 days of the date of this notice. Call {PHONE} or TTY {TTY}; fax {FAX}.", 9.3)
    p.para(f"Prior notice on this claim: {dcn} dated {fd(plus(nd, -21), 'UPPER')} (pended for records).", 8.5)
    t = truth("denial_letter", "coding_error", insurer=INS, member_id=member, member_name=name, case_numbers=[dcn_v],
              claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
              provider=prov, appeal_deadline=None,
              alternates=dict(ALT_INS, appeal_deadline=[plus(nd, 90).isoformat()]))
    return out(p), t


def doc_stack(r: Rand):
    name, *_ = who(r)
    nd = dt.date(2026, 1, 15) + dt.timedelta(days=r.randint(0, 30))
    dos = plus(nd, -r.randint(15, 35))
    icn = f"ICN{r.digits(11)}"
    member = mid(r)
    billed = round(r.randint(900, 4200) + 0.25, 2)
    prov = "Marpi Point Imaging Center"
    p = Page(serif=False, footer=None, footer_left="CNMI-SMA NOAA-PE")
    p.set_margins(18, 14, 18)
    p.add_page()
    head(p, 10)
    p.line(fd(nd, "long"), 10)
    p.ln(2)
    for ln in [name] + caddr(r):
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Adverse Action: Claim Denied - Provider Not Enrolled", 11.5)
    p.pairs([("Mbr #", member), ("ICN", icn), ("Provider", prov), ("Service date", fd(dos, "iso")),
             ("Billed", usd(billed, "flat")), ("Acct", f"{r.digits(6)}-MPI")], label_w=30, size=9.5, h=5.2)
    p.ln(2)
    p.para(f"{prov} was not enrolled as a CNMI Medicaid provider on the date of service, so the Agency cannot pay "
           "this claim (42 CFR 455.410). You may not be billed for a covered service if you showed your Medicaid "
           "card; please show this notice to the provider.", 9.8)
    for t in hearing():
        p.para(t, 9.2, 1.5)
    t1 = truth("denial_letter", "out_of_network", insurer=INS, member_id=member, member_name=name, case_numbers=[icn],
               claim_amount=f"{billed:.2f}", service_dates=[dos.isoformat()], denial_date=nd.isoformat(),
               provider=prov, appeal_deadline=None,
               alternates=dict(ALT_INS, appeal_deadline=[plus(nd, 90).isoformat()], case_numbers=[[icn[3:]]]),
               denial_alternates=["other"])
    ld = plus(nd, r.randint(5, 12))
    q = Page(serif=True, footer=None)
    q.set_margins(24, 20, 24)
    q.add_page()
    q.line(prov, 13, "B")
    q.line("Beach Road, Garapan, Saipan, MP 96950   Tel (670) 555-0121", 8.5)
    q.ln(6)
    q.line(fd(ld, "th"), 10)
    q.ln(3)
    for ln in ["CNMI State Medicaid Agency", "Provider Enrollment Unit", "PO Box 502217", "Saipan, MP 96950"]:
        q.line(ln, 10)
    q.ln(4)
    q.para(f"Re: patient {name}, Medicaid ID {member}, claim {icn}, date of service {fd(dos, 'slash')}", 10)
    q.para("To the Provider Enrollment Unit:", 10)
    q.para("Our enrollment application was filed before the date of service and approved with a later effective "
           "date. We ask that the effective date be set back and the claim above be reprocessed. A copy of the "
           "application receipt is enclosed.", 10)
    q.ln(5)
    q.line("Practice Manager", 10)
    t2 = truth("other", None, insurer=INS, member_id=member, member_name=name, case_numbers=[icn],
               service_dates=[dos.isoformat()], denial_date=None, provider=prov,
               alternates={"case_numbers": [[icn[3:]]]}, unscored=["insurer", "denial_date"])
    return [(out(p), t1), (out(q), t2)]


def documents(rng: random.Random) -> list[Item]:
    r = Rand(SEED + rng.randint(0, 1000))
    n = FAMILY + "_"
    return [Item(n + "scan_referral_sidebar", "scan_clean_300", [doc_referral_sidebar(r)]),
            Item(n + "fax_pharmacy_tearoff", "fax_fine_g4", [doc_pharmacy_tearoff(r)]),
            Item(n + "copy_remittance_table", "photocopy", [doc_remit_table(r)]),
            Item(n + "lowres_aviso_es", "scan_lowres_150", [doc_spanish(r)]),
            Item(n + "bd_referral_approval", "born_digital", [doc_approval(r)]),
            Item(n + "photo_claim_boxes", "phone_photo", [doc_boxes(r)]),
            Item(n + "fax_stack", "fax_standard_g4", doc_stack(r), separators=["cover", "blank"],
                 turns={(1, 0): 90})]
