"""Notices mirrored (structure and plain wording style only) from the papers California's Genetically Handicapped
Persons Program (GHPP, run by the California Department of Health Care Services, Integrated Systems of Care Division)
sends adult clients with hemophilia, cystic fibrosis and sickle cell disease and the providers who treat them: the
Department, GHPP, its Service Authorization Requests (SARs), its Special Care Centers and program-approved
("paneled") providers, its yearly renewal and enrollment fee, State Hearings as a kind of review, and CPT/HCPCS codes
appear as themselves; every time limit, remittance code, form number, center, pharmacy, clinic, home infusion
company, billing service, doctor, client, number, PO box and address is invented. Reasons are put in the writer's
own words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_rad_three_clients_factor_ix_no_sar: a landscape remittance advice to a specialty pharmacy on a standard fax,
  short captions above and left of boxes ("Prov No.", "RAD No.", "Dt Issued", "Warrant/EFT", "Ref/ICN", "Bene ID",
  "Svc Dt(s)", "Amt Billed", "Pt Shr"), three clients' factor rows, the middle one 0.00 under RC G217 (no approved
  SAR for those days) explained only in a legend; "within 90 days of the Dt Issued"; a run date as a decoy.
- born_digital_cf_hospital_stay_home_iv_instead: a notice of action on a SAR with a sidebar of facts: the CF
  center's doctor (named only in sentences) asked for a 14-day hospital stay for IV antibiotics; home infusion
  approved, the stay refused because the same treatment can be given at home (the kind only in the reason).
- photocopy_exchange_transfusion_clinic_not_approved: a claim notice form (captions left of, above and below the
  boxes: "Dt of Notice" as 04-MAR-2026, "Bene ID", "Ref/ICN", "Svc Dt(s)", "Amt Billed", "Facility", "Attending")
  refusing a red cell exchange at a clinic GHPP has not approved; billed / allowed / paid / you-may-owe columns;
  "by <date>"; enrollment dates, DOB and clinic account as decoys.
- phone_es_renovacion_no_recibida_visita_htc: a photographed two-column Spanish notice: the hemophilia center visit
  came after GHPP enrollment ended because the renewal and enrollment fee never came (amounts "US$ 1.234,50"-style
  beside "$1,234.50"; "dentro de 30 días a partir de la fecha de este aviso").
- rotated_sar_approved_factor_viii_prophylaxis: a SAR approval for home factor VIII prophylaxis by the specialty
  pharmacy, fed sideways (denies nothing).
- lowres_home_iv_claim_late_billing_service: a 150 dpi letter: the home infusion company's claim, sent by its
  billing service, came after the six-month limit; the refused amount only in a sentence; "within 60 days" with
  nothing to count from (truth null).
- clean_stack_cover_study_drug_then_factor_units_upside_down: a fax cover sheet, a two-column letter refusing a
  sickle cell medicine still in research studies (a call reference as a decoy), then, upside down, a provider-copy
  claim line notice with captions below the boxes refusing a factor VIII line billed in vials instead of IU.
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_roundea_famea import EASheet, es_money, fd, people
from public_kit import amount, digits, m2, money, out, plus, truth

FAMILY = "california_ghpp_authorization_and_claim_notice_of_action"
LANG = "en"
SEED = 354900
INS = "California Department of Health Care Services"
ALT = ["Department of Health Care Services", "DHCS", "Genetically Handicapped Persons Program", "GHPP",
       "California Department of Health Care Services Genetically Handicapped Persons Program"]
HTC = "Manzanita Point Hemophilia Treatment Center"
HTC_RX = "Manzanita Point HTC Pharmacy"
CFC = "Larkspur Flats Adult Cystic Fibrosis Center"
SCC = "Ocotillo Bay Sickle Cell Center"
PHARM = "Quailbrush Specialty Pharmacy"
CLINIC = "Cerro Alto Infusion Clinic"
HOSP = "Valle Verbena Medical Center"
HOMEINF = "Tarweed Home Infusion"
BILLER = "Pajaro Reach Billing Services"


def address(rng):
    """An invented California street address (town and ZIP area real, the rest drawn)."""
    city, z = rng.choice([("Fresno", "937"), ("Modesto", "953"), ("Salinas", "939"), ("Redding", "960"),
                          ("Visalia", "932"), ("Chico", "959"), ("Bakersfield", "933"), ("Stockton", "952")])
    st = rng.choice(["Buckeye Ridge Rd", "Almendro Ct", "Tule Fog Ln", "Old Levee Rd", "Calle Ciruela",
                     "Sugar Pine Dr", "Coyote Brush Way"])
    return [f"{rng.randint(100, 9899)} {st}", f"{city}, CA {z}{rng.randint(10, 99)}"]


def cid(rng):
    return f"GH{digits(rng, 8)}"


def sar(rng):
    return digits(rng, 11)


def ccn(rng):
    return digits(rng, 13)


def npi(rng):
    return digits(rng, 10)


def phone(rng, area="800"):
    return f"({area}) 555-{digits(rng, 4)}"


def dob(rng):
    return dt.date(rng.randint(1960, 2004), rng.randint(1, 12), rng.randint(1, 28))


def _head(p: EASheet, rng, unit="Genetically Handicapped Persons Program (GHPP)"):
    p.logo_head(INS, "DHCS", [f"Integrated Systems of Care Division  |  {unit}",
                              f"MS {rng.randint(4100, 4900)}, PO Box {digits(rng, 6)}, Sacramento, CA "
                              f"95899-{digits(rng, 4)}",
                              f"GHPP Client Services {phone(rng)}  |  TTY 711  |  Fax {phone(rng, '916')}"],
                size=12.5)


def faxstd_rad(rng):
    names = people(rng, 6)
    pats, docs = names[:3], names[3:]
    rd = dt.date(2026, 4, rng.randint(7, 24))
    specs = [("J7192", "FVIII recomb", 1.05, 1.35, False), ("J7195", "FIX recomb", 1.55, 1.95, True),
             ("J7192", "FVIII recomb", 1.05, 1.35, False)]
    rows, info = [], []
    tot = [0.0, 0.0, 0.0, 0.0]
    for pt, doc, (code, desc, lo, hi, den) in zip(pats, docs, specs):
        d = plus(rd, -rng.randint(18, 40))
        n, m = ccn(rng), cid(rng)
        units = rng.choice([6000, 8000, 9000, 12000, 15000])
        b = round(units * rng.uniform(lo, hi), 2)
        al = 0.0 if den else round(b * 0.83, 2)
        vals = [b, al, al, 0.0]
        tot = [a + v for a, v in zip(tot, vals)]
        last, first = pt.split()[-1], " ".join(pt.split()[:-1]).rstrip(".")
        rows.append([n, f"{last.upper()}, {first.upper()}", m, fd(d, "short"), f"{doc.split()[-1].upper()}",
                     code, f"{units}", *[money(v, "nosign") for v in vals], "G217" if den else "00"])
        info.append((pt, doc, n, m, d, b))
    rows.append(["", "TOTALS THIS RAD", "", "", "", "", "", *[money(v, "nosign") for v in tot], ""])
    fax = f"{rd.strftime('%m/%d/%Y')} 06:{rng.randint(10, 59)}  DHCS GHPP RAD  {phone(rng, '916')}  P.{{n}}"
    p = EASheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng, "GHPP Provider Payments")
    p.title_bar("GHPP REMITTANCE ADVICE DETAILS (RAD)", "Form GHPP-RAD-7 (rev. 09/2025)  |  State-only program")
    p.capform([[("Payee", PHARM, "above", 70), ("Prov No.", f"GP{digits(rng, 7)}", "above", 34),
                ("Payee NPI", npi(rng), "above", 34), ("RAD No.", digits(rng, 9), "above", 36),
                ("Dt Issued", fd(rd, "slash"), "above", 34), ("Warrant/EFT", digits(rng, 10), "above", 51.4)],
               [("Payer", "GHPP (state funds)", "left", 90), ("Claim type", "Pharmacy - blood factor", "left", 90),
                ("Tax ID", f"{digits(rng, 2)}-{digits(rng, 7)}", "left", 79.4)]], cap=5.6)
    p.ln(1)
    p.table(["Ref/ICN", "Bene Name", "Bene ID", "Svc Dt(s)", "Prescriber", "Proc", "Units (IU)", "Amt Billed",
             "Allowed", "Paid", "Pt Shr", "RC"], rows,
            [31, 40, 23, 17, 26, 13, 18, 22, 20, 20, 13, 16.4], size=7.3,
            aligns=["L"] * 7 + ["R"] * 4 + ["C"], bold_last=True)
    p.para("**RC legend.** 00: paid at the GHPP rate for the product. G217: GHPP has no Service Authorization "
           "Request (SAR) approved for this product that covers the day it was dispensed. Blood factor is paid only "
           "under a SAR the program approved for the client, the product and the days. The client may not be "
           "billed for a G217 line.", 7.9)
    p.para("To ask GHPP to look at a line again, send the approved SAR number or the corrected claim within 90 days "
           f"of the Dt Issued above. Provider questions: GHPP Provider Line {phone(rng)}. Do not send claim "
           "questions to the client services line.", 7.9)
    p.line(f"Run {fd(plus(rd, -1), 'short')} 23:{rng.randint(10, 59)}  JOB GHRAD{rng.randint(10, 99)}  "
           f"SEQ {digits(rng, 5)}", 6.6)
    pt, doc, n, m, d, b = info[1]
    t = truth("eob", "prior_authorization", insurer=INS, member_id=m, member_name=pt, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=PHARM,
              appeal_deadline=plus(rd, 90).isoformat(), alternates={"insurer": ALT})
    return out(p), t


def born_cf_stay(rng):
    member, doc, rev, sig = people(rng, 4)
    c, s = cid(rng), sar(rng)
    nd = dt.date(2026, 3, rng.randint(9, 20))
    rec = plus(nd, -rng.randint(4, 7))
    start = plus(nd, rng.randint(9, 15))
    end = plus(start, 13)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Notice of Action: Service Authorization Request", 12.5, rule=True)
    p.side_letter([
        f"Dear {member}:",
        f"Dr. {doc} at {CFC} asked GHPP to approve a 14-day stay at {HOSP} from {fd(start, 'long')} through "
        f"{fd(end, 'long')} so that you could get IV antibiotics for a flare of your lung infection.",
        "**What we decided.** We approved the IV antibiotics, the PICC line and up to 14 days of home infusion "
        f"nursing by {HOMEINF}. We did not approve the days in the hospital.",
        "**Why.** The center's notes say your oxygen level is normal on room air, you are eating and walking on "
        "your own, and you have finished home IV courses twice before without problems. The same antibiotics can "
        "be given safely in your home, so staying in the hospital for them is not needed. If you get worse, "
        f"Dr. {doc.split()[-1]} can send a new SAR for a hospital stay at any time.",
        f"A GHPP nurse consultant, {rev}, and a GHPP medical consultant looked at the request.",
    ], [("Client No.", c), ("SAR No.", s), ("SAR received", fd(rec, "slash")),
        ("Dates asked for", f"{fd(start, 'slash')} - {fd(end, 'slash')}"),
        ("Asked for", "Inpatient stay, IV antibiotics"), ("Decision", "Approved in part"),
        ("Date of birth", fd(dob(rng), "slash")), ("Center fax", phone(rng, "559"))],
        title="About this request", side_w=58)
    p.bar("If you do not agree")
    p.para("You can ask GHPP for a review. Your request must reach GHPP within 30 days from the date this notice "
           "was mailed, which is the date at the top of page 1. Tell us why you disagree and send any new records. "
           "If you still disagree after the review, you may ask for a State Hearing within 90 days of the review "
           "decision. If waiting could seriously harm your health, ask for a fast review; we decide those within "
           "72 hours.", 9.4)
    p.para(f"Sincerely,\n{sig}\nGHPP Medical Case Management Unit", 9.4)
    t = truth("denial_letter", "level_of_care", insurer=INS, member_id=c, member_name=member, cases=[s],
              service_dates=[f"{start.isoformat()}/{end.isoformat()}"], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [CFC], "service_dates": [[start.isoformat()]]})
    return out(p), t


def photocopy_clinic(rng):
    member, doc, scc_doc, sig = people(rng, 4)
    c, n = cid(rng), ccn(rng)
    v = dt.date(2026, 3, rng.randint(3, 24))
    nd = plus(v, rng.randint(30, 40))
    dl = plus(nd, 30)
    lines = [("36512", "Red blood cell exchange", amount(rng, 2600, 3400)),
             ("96365", "IV infusion, first hour", amount(rng, 300, 420)),
             ("P9016", "Red cells, leukocytes reduced (x6)", amount(rng, 1500, 2100))]
    tot = round(sum(x[2] for x in lines), 2)
    p = EASheet(footer="Page {n} of {nb}", footer_left=f"GHPP-NOA-C3 (01/26)   printed {fd(plus(nd, -2), 'short')}")
    p.set_margins(15, 12, 15)
    p.add_page()
    _head(p, rng, "GHPP Claims Review")
    p.title_bar("NOTICE OF ACTION - CLAIM", "Keep this notice with your GHPP papers")
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    W = 185.9
    p.capform([[("Dt of Notice", fd(nd, "mon"), "left", W / 2), ("Bene ID", c, "left", W / 2)],
               [("Ref/ICN", n, "above", W / 3), ("Svc Dt(s)", fd(v, "mon"), "above", W / 3),
                ("Amt Billed", money(tot), "above", W / 3)],
               [("Facility", CLINIC, "below", W / 2), ("Attending", f"Dr. {doc}", "below", W / 2)],
               [("DOB", fd(dob(rng), "slash"), "left", W / 3),
                ("Enrolled", f"07/01/2025 - 06/30/2026", "left", W / 3),
                ("Clinic acct", f"CA-{digits(rng, 7)}", "left", W / 3)]], cap=5.8)
    rows = [[code, desc, money(b, "nosign"), "0.00", "0.00", money(b, "nosign")] for code, desc, b in lines]
    rows.append(["", "Claim total", money(tot, "nosign"), "0.00", "0.00", money(tot, "nosign")])
    p.table(["Code", "Service", "Billed", "GHPP allowed", "GHPP paid", "You may owe"], rows,
            [20, 75, 23, 23, 22, 22.9], size=8.6, aligns=["L", "L", "R", "R", "R", "R"], bold_last=True)
    p.para(f"On the service date above Dr. {doc} gave you a red blood cell exchange at {CLINIC}, and the clinic "
           "sent us the claim shown. GHPP can pay only doctors, clinics and hospitals the program has approved to "
           f"treat its clients. {CLINIC} is not approved by GHPP, and Dr. {doc.split()[-1]} is not on the GHPP "
           f"panel. Your Special Care Center, {SCC} (Dr. {scc_doc}), does this treatment and is approved; "
           "ask the center to arrange your next exchange.", 9.2)
    p.para(f"To ask for a review, write to the address at the top so that we receive your letter by "
           f"{fd(dl, 'long')}. After the review you may ask for a State Hearing. Questions: {phone(rng)} (TTY 711).",
           9.2)
    p.para(f"{sig}, Claims Review Analyst", 9)
    t = truth("denial_letter", "out_of_network", insurer=INS, member_id=c, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=dl.isoformat(), alternates={"insurer": ALT, "provider": [CLINIC]})
    return out(p), t


def phone_es(rng):
    member, doc, sw, sig = people(rng, 4)
    c, n = cid(rng), ccn(rng)
    end = dt.date(2026, 2, 28)
    v = dt.date(2026, 3, rng.randint(3, 26))
    nd = plus(v, rng.randint(24, 34))
    lines = [("99215", "Visita integral con hematología", amount(rng, 380, 460)),
             ("97163", "Evaluación de fisioterapia", amount(rng, 240, 300)),
             ("85240", "Prueba de factor VIII", amount(rng, 150, 210)),
             ("85335", "Prueba de inhibidor (Bethesda)", amount(rng, 260, 340))]
    tot = round(sum(x[2] for x in lines), 2)
    p = EASheet(footer="Página {n} de {nb}")
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng, "Programa para Personas con Discapacidades Genéticas (GHPP)")
    p.para(fd(nd, "long", "es"), 9.6)
    for ln in [member, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(2)
    p.idstrip([("Núm. de cliente GHPP", c), ("Núm. de control del reclamo", n),
               ("Cuenta de cuota de inscripción", f"EF-{digits(rng, 6)}")], 8.4)
    p.heading("Aviso de acción sobre un reclamo", 12)
    p.two_cols(
        [("Lo que recibimos",
          f"El {fd(v, 'long', 'es')} usted tuvo su visita anual con el Dr. {doc} en {HTC}. El centro nos cobró "
          f"{es_money(tot)} ({money(tot)}) por la visita, la evaluación y la prueba de laboratorio."),
         ("Nuestra decisión",
          "No pagamos este reclamo. Su inscripción en GHPP terminó el 28 de febrero de 2026: no recibimos el "
          "formulario de renovación anual ni la cuota de inscripción que le pedimos en diciembre. GHPP solo paga "
          "la atención que se recibe mientras la persona está inscrita.")],
        [("Cómo volver a inscribirse",
          f"Llene la solicitud que viene con este aviso. La trabajadora social del centro, {sw}, le puede ayudar. "
          "La nueva inscripción no cubre fechas anteriores a la solicitud."),
         ("Si no está de acuerdo",
          "Puede pedir una revisión dentro de 30 días a partir de la fecha de este aviso. Después de la revisión "
          "puede pedir una audiencia estatal dentro de 90 días. Las revisiones urgentes se deciden en 72 horas."),
         ("Llámenos", f"Servicios al Cliente {phone(rng)} (TTY 711), de lunes a viernes.")], size=9.0)
    p.ln(1)
    rows = [[fd(v, "es_mon", "es"), code, desc, es_money(b, ""), "0,00"] for code, desc, b in lines]
    rows.append(["", "", "Total del reclamo", es_money(tot, ""), "0,00"])
    p.table(["Fecha", "Código", "Servicio", "Cargo (US$)", "GHPP pagó"], rows, [26, 20, 86, 26, 23.9], size=8.6,
            aligns=["L", "L", "L", "R", "R"], bold_last=True)
    p.para(f"Firmado: {sig}, Unidad de Elegibilidad de GHPP", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=c, member_name=member, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT, "provider": [HTC]})
    return out(p), t


def rotated_approval(rng):
    member, doc, sig = people(rng, 3)
    c, s = cid(rng), sar(rng)
    nd = dt.date(2026, 3, rng.randint(16, 27))
    a, b = dt.date(2026, 4, 1), dt.date(2026, 9, 30)
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "dmyl"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.heading("Your Service Authorization Request is approved", 12.5)
    p.pairs([("Client No.", c), ("SAR No.", s), ("Authorized provider", f"{PHARM} (NPI {npi(rng)})"),
             ("Requested by", f"Dr. {doc}, {HTC}"), ("Product", "Factor VIII, recombinant (J7192)"),
             ("Approved amount", "up to 36,000 IU each month"),
             ("Approved period", f"{fd(a, 'slash')} through {fd(b, 'slash')}")], label_w=48, size=9.6)
    p.ln(2)
    p.para(f"Dear {member}:", 10)
    p.para(f"Dr. {doc} asked GHPP to approve factor VIII for you to use at home three times a week to prevent "
           f"bleeds. We approved the full request. {PHARM} will ship the factor to your home; call them before "
           "your supply runs low. Keep your bleed log and bring it to your next visit at the center.", 10)
    p.para("Because we approved everything that was asked for, there is nothing to appeal. If your doctor changes "
           "your dose, the center will send GHPP a new SAR.", 10)
    p.para(f"Sincerely,\n{sig}\nGHPP Authorization Unit", 10)
    t = truth("other", None, insurer=INS, member_id=c, member_name=member, cases=[s], denial_date=nd.isoformat(),
              provider=PHARM,
              alternates={"insurer": ALT, "provider": [doc, HTC], "case_numbers": [[]],
                          "service_dates": [[f"{a.isoformat()}/{b.isoformat()}"]]})
    return out(p), t


def lowres_late(rng):
    member, doc, sig = people(rng, 3)
    c, n = cid(rng), ccn(rng)
    a = dt.date(2026, 1, rng.randint(5, 12))
    b = plus(a, 13)
    rec = dt.date(2026, 8, rng.randint(3, 14))
    nd = plus(rec, rng.randint(8, 15))
    billed = amount(rng, 4200, 5600)
    inv = f"PRB-{digits(rng, 6)}"
    p = EASheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng, "GHPP Claims Review")
    p.ln(2)
    p.para(fd(nd, "dmyl"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: GHPP Client No. {c}  /  Claim Control No. {n}  /  Billing service invoice {inv}", 9.6)
    p.ln(1)
    p.para(f"Dear {member}:", 10)
    p.para(f"After your lung flare, Dr. {doc} at {CFC} ordered IV antibiotics at home. {HOMEINF} gave them from "
           f"{fd(a, 'dmyl')} through {fd(b, 'dmyl')}. The company's billing service, {BILLER}, sent us the claim "
           f"for those days, {money(billed)}, and we received it on {fd(rec, 'dmyl')}.", 10)
    p.para("Providers have six months after the month of service to send GHPP a claim. This claim reached us "
           "after that time, so GHPP cannot pay it. Because the claim was late and not your doing, "
           f"{HOMEINF} may not bill you for these days.", 10)
    p.para("If you think we are wrong, you can ask for a review. Your request needs to reach GHPP within 60 days. "
           f"Call {phone(rng)} (TTY 711) with questions.", 10)
    p.para(f"Sincerely,\n{sig}\nGHPP Claims Review", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=c, member_name=member, cases=[n],
              claim_amount=m2(billed), service_dates=[f"{a.isoformat()}/{b.isoformat()}"],
              denial_date=nd.isoformat(), provider=HOMEINF,
              alternates={"insurer": ALT, "provider": [doc]})
    return out(p), t


def clean_stack(rng):
    member, doc, nurse, sig = people(rng, 4)
    c, s = cid(rng), sar(rng)
    nd = dt.date(2026, 4, rng.randint(6, 17))
    asked = plus(nd, -rng.randint(9, 14))
    call = plus(nd, -rng.randint(2, 5))
    start = plus(nd, rng.randint(12, 20))
    p = EASheet(footer="Page {n} of {nb}")
    p.set_margins(18, 14, 18)
    p.add_page()
    _head(p, rng)
    p.para(fd(nd, "long"), 10)
    for ln in [member, *address(rng)]:
        p.line(ln, 10)
    p.ln(2)
    p.idstrip([("Client No.", c), ("SAR No.", s), ("Your call of " + fd(call, "slash"), f"ref. CR-{digits(rng, 6)}")],
              8.6)
    p.heading("About the medicine your center asked us to approve", 12)
    p.two_cols(
        [("What was asked",
          f"On {fd(asked, 'long')} Dr. {doc} at {SCC} asked GHPP to pay for monthly infusions of OBX-417 for you, "
          f"the first one planned for {fd(start, 'long')}, to prevent sickle cell pain crises."),
         ("What we decided",
          "We cannot approve it. OBX-417 is still being tested in research studies. The FDA has not approved it "
          "for sickle cell disease or for any other use, and the studies so far do not yet show whether it "
          "prevents pain crises or is safe to use for a long time. GHPP does not pay for medicines that are still "
          "being studied.")],
        [("What else you can do",
          f"Your center's nurse, {nurse}, can tell you about research studies that give the medicine at no cost. "
          "GHPP still covers the medicines you take now."),
         ("If you do not agree",
          "Ask for a review within 30 days of the date at the top of this letter. You may ask for a State Hearing "
          f"after the review. Fast reviews take 72 hours. Call {phone(rng)} (TTY 711).")], size=9.3)
    p.para(f"Sincerely,\n{sig}\nGHPP Medical Consultant Unit", 9.6)
    d_a = (out(p), truth("denial_letter", "experimental", insurer=INS, member_id=c, member_name=member, cases=[s],
                         service_dates=[start.isoformat()], denial_date=nd.isoformat(), provider=doc,
                         appeal_deadline=plus(nd, 30).isoformat(),
                         alternates={"insurer": ALT, "provider": [SCC]}))

    member2, doc2 = people(rng, 2)
    c2, n2 = cid(rng), ccn(rng)
    v = dt.date(2026, 4, rng.randint(1, 10))
    nd2 = plus(v, rng.randint(21, 30))
    dl2 = plus(nd2, 60)
    vials = rng.choice([9, 12, 15])
    billed = round(vials * 1000 * rng.uniform(1.1, 1.3), 2)
    q = EASheet(footer="Page {n} of {nb}")
    q.set_margins(15, 12, 15)
    q.add_page()
    _head(q, rng, "GHPP Provider Payments")
    q.title_bar("CLAIM LINE NOTICE - PROVIDER COPY", "GHPP-CLN-2 (rev. 11/2025)")
    W = 185.9
    q.capform([
        [("Dt of Notice", fd(nd2, "dmyl"), "below", W / 3), ("Bene ID", c2, "below", W / 3),
         ("Bene Name", member2, "below", W / 3)],
        [("Ref/ICN", n2, "below", W / 3), ("Svc Dt(s)", fd(v, "dmyl"), "below", W / 3),
         ("Amt Billed", money(billed), "below", W / 3)],
        [("Billing Prov", HTC_RX, "below", W * 0.5), ("Prov NPI", npi(rng), "below", W * 0.2),
         ("Rx #", digits(rng, 7), "below", W * 0.3)]], cap=5.8)
    q.table(["Proc", "NDC", "Units billed", "Label IU dispensed", "Billed", "Allowed", "Paid", "RC"],
            [["J7192", f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}", str(vials), f"{vials * 1000:,}",
              money(billed, "nosign"), "0.00", "0.00", "G402"]],
            [16, 32, 22, 30, 24, 22, 20, 19.9], size=8.4, aligns=["L", "L", "R", "R", "R", "R", "R", "C"])
    q.para(f"**RC G402.** J7192 is billed per international unit (IU). This line shows {vials} units for {vials} "
           f"vials, but each vial dispensed holds 1,000 IU, so the line should show {vials * 1000} units. GHPP "
           f"cannot price the line as sent. Prescribing doctor on the claim: Dr. {doc2}.", 9)
    q.para(f"Send a corrected claim, or a request for review, so that it is received by {fd(dl2, 'long')}. "
           "A corrected claim keeps the original Ref/ICN in the remarks field.", 9)
    d_b = (out(q), truth("denial_letter", "coding_error", insurer=INS, member_id=c2, member_name=member2,
                         cases=[n2], claim_amount=m2(billed), service_dates=[v.isoformat()],
                         denial_date=nd2.isoformat(), provider=HTC_RX, appeal_deadline=dl2.isoformat(),
                         alternates={"insurer": ALT, "provider": [f"Dr. {doc2}", HTC]},
                         type_alternates=["eob"]))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    r = lambda i: random.Random(SEED * 10 + i)  # noqa: E731  (the round's seed, one stream per document)
    return [
        Item(F + "faxstd_rad_three_clients_factor_ix_no_sar", "fax_standard_g4", [faxstd_rad(r(1))]),
        Item(F + "born_digital_cf_hospital_stay_home_iv_instead", "born_digital", [born_cf_stay(r(2))]),
        Item(F + "photocopy_exchange_transfusion_clinic_not_approved", "photocopy", [photocopy_clinic(r(3))]),
        Item(F + "phone_es_renovacion_no_recibida_visita_htc", "phone_photo", [phone_es(r(4))]),
        Item(F + "rotated_sar_approved_factor_viii_prophylaxis", "rotated", [rotated_approval(r(5))]),
        Item(F + "lowres_home_iv_claim_late_billing_service", "scan_lowres_150", [lowres_late(r(6))]),
        Item(F + "clean_stack_cover_study_drug_then_factor_units_upside_down", "scan_clean_300", clean_stack(r(7)),
             separators=["cover", None], turns={(1, 0): 180}),
    ]
