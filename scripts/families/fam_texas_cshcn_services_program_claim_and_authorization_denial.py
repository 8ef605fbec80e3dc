"""Claim and prior authorization notices mirrored (structure and plain wording style only) from the papers the Texas
Health and Human Services Children with Special Health Care Needs (CSHCN) Services Program sends families and
providers. Texas Health and Human Services (HHS), the CSHCN Services Program, its six-month eligibility period,
its rule that it pays after Medicaid, CHIP and other coverage, enrolled providers, CPT/HCPCS codes and the idea of
a fair hearing appear as themselves; the claims administrator (Caddo Lake Claims Services), every provider, family,
number and address, and the time limits printed (30-day review, 95-day filing limit, 90-day fair hearing) are
invented in the style of such notices, not quoted from the program's rules. Reasons are put in the writer's own
words; no heading names the kind of denial.

Documents (8 in 7 files):
- faxstd_pa_form_wheelchair_request_after_delivery: a prior authorization decision caption form on a standard fax
  ("Client No.", "Notice issued", "Ref #", "Svc Dates", split boxes "DOB / Age"), weekday-named dates, a power
  wheelchair asked for only after the supplier had delivered it (prior_authorization).
- lowres_claim_form_visit_after_eligibility_period_ended: a 150 dpi claim decision form with captions left of the
  boxes: a neurology visit after the six-month eligibility period ended without renewal (eligibility).
- born_remittance_three_clients_one_row_medicaid_first: a born-digital provider remittance (payee box with NPI)
  listing three clients, compact dates (2026-03-03); one row paid 0.00 under code E31 whose legend says the child
  had Medicaid that day (other; eligibility accepted).
- phone_es_carta_piscina_terapeutica_no_es_beneficio: a photographed Spanish letter to a mother, weekday-named
  dates ("martes, 3 de marzo de 2026"): a home therapy pool is not something the program pays for (not_covered).
- rotated_pa_approval_therapy_visits: an approval of speech therapy visits "on March 3 and March 10, 2026" and on,
  fed sideways (denies nothing).
- photocopy_letter_claim_received_after_filing_limit: a photocopied letter to a father whose notice date is only
  in the date line; the hospital's claim reached the administrator after 95 days (timely_filing).
- finefax_stack_cover_es_carta_sin_autorizacion_then_appeal_decision_sideways: a fine-fax stack of a cover sheet,
  a Spanish letter on orthotic braces made before anyone asked for approval (prior_authorization) and, sideways,
  an English review decision keeping the refusal of extra nursing hours because the records do not show the child
  needs them (medical_necessity).
"""

from __future__ import annotations

import datetime as dt
import random

from capture import Item
from kit_rounddt_famdtd import DTSheet, people
from public_kit import address, amount, digits, fdate, m2, money, out, plus, truth

FAMILY = "texas_cshcn_services_program_claim_and_authorization_denial"
LANG = "en"
SEED = 354503
INS = "Texas Health and Human Services"
ALT = ["Texas Health and Human Services Commission", "CSHCN Services Program",
       "Children with Special Health Care Needs Services Program", "Texas HHS"]
PROG = "Children with Special Health Care Needs (CSHCN) Services Program"
PROG_ES = "Programa de Servicios para Niños con Necesidades Especiales de Salud (CSHCN)"
ADMIN = "Caddo Lake Claims Services"
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre"]


def cid(rng):
    """CSHCN client number: a letter-bearing prefix (S, Z, B or G next to digits) and a dash."""
    return f"CS{rng.choice('ZSBG')}{digits(rng, 4)}-{digits(rng, 4)}"


def icn(rng):
    return f"26-{digits(rng, 4)}-{digits(rng, 4)}-{rng.choice('GST')}"


def pa(rng):
    return f"PA26-{digits(rng, 5)}-{rng.choice('BZL')}"


def phone(rng, area="512"):
    return f"{area}-555-{digits(rng, 4)}"


def dob(rng, lo=2008, hi=2022):
    return dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))


def wk(d: dt.date) -> str:
    return d.strftime("%A, %B %-d, %Y")


def wk_es(d: dt.date) -> str:
    return f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month - 1]} de {d.year}"


def _head(p: DTSheet, rng, es=False):
    p.f(14, "B")
    p.cell(0, 7, "Texas Health and Human Services", new_x="LMARGIN", new_y="NEXT")
    p.f(9, "B")
    p.cell(0, 5, PROG_ES if es else PROG, new_x="LMARGIN", new_y="NEXT")
    p.f(7.8)
    p.cell(0, 4, f"PO Box {rng.randint(1200, 9800)}, Austin, TX 787{rng.randint(10, 99)}-{digits(rng, 4)}  |  "
                 f"{'Línea gratuita' if es else 'Toll-free'} 1-800-555-{digits(rng, 4)}  |  Fax {phone(rng)}  |  TTY 711",
           new_x="LMARGIN", new_y="NEXT")
    p.rule(3)


def faxstd_pa_form(rng):
    child, mother, doc, supplier_rep, rev = people(rng, 5)
    c = cid(rng)
    deliv = dt.date(2026, 2, rng.randint(2, 20))
    recv = plus(deliv, rng.randint(9, 16))
    nd = plus(recv, rng.randint(6, 12))
    ref = pa(rng)
    b = amount(rng, 6200, 9400)
    fax = f"{nd.strftime('%m/%d/%Y')} 09:{rng.randint(10, 59)}  TX HHS CSHCN PA UNIT  {phone(rng)}  P.{{n}}/2"
    p = DTSheet(footer="Page {n} of {nb}", fax_hdr=fax)
    p.set_margins(14, 12, 14)
    p.add_page()
    _head(p, rng)
    p.title_bar("PRIOR AUTHORIZATION DECISION", "Form CSHCN-PA-14 (rev. 10/2025)  -  keep this page")
    W = p.w - p.l_margin - p.r_margin
    p.form_band([("Notice issued", wk(nd)), ("Sent to (parent / guardian)", mother), ("Relationship", "Parent")],
                [62, 80, W - 142])
    p.form_band([("Client name", child), ("Client No.", c), ("DOB / Age", f"{fdate(dob(rng), 'slash')} / "
                                                                           f"{rng.randint(7, 15)} yrs")],
                [60, 56, W - 116])
    p.form_band([("Ref #", ref), ("Request rec'd", fdate(recv, "slash")), ("Svc Dates", wk(deliv))],
                [48, 40, W - 88])
    p.form_band([("Supplier / NPI", f"Wrenhollow Mobility Supply | {digits(rng, 10)}"),
                 ("Prescriber", f"Dr. {doc}")], [110, W - 110])
    p.form_band([("Item", "K0861 power wheelchair, group 3, with seating"), ("Billed", money(b))],
                [130, W - 130])
    p.ln(3)
    p.f(9.5, "B")
    p.cell(0, 5, "Decision:  [X] Not approved    [ ] Approved    [ ] Approved in part", new_x="LMARGIN",
           new_y="NEXT")
    p.ln(2)
    p.para(f"Wrenhollow Mobility Supply delivered the wheelchair to your home on {wk(deliv)}. We first heard "
           f"about it on {wk(recv)}, when the supplier's request reached us. This item has to be approved by the "
           "program before it is ordered or delivered, and no one asked us beforehand. The supplier may not bill "
           "you for it.", 9.4)
    p.para(f"Dr. {doc} wrote the prescription; {supplier_rep} at the supplier sent the paperwork. Reviewed by "
           f"{rev}, RN.", 9.0)
    p.bar("If you disagree", 9.2)
    p.para("You may ask for a review within 30 days of the date of this notice. You may also ask for a fair hearing "
           "within 90 days. A fast review for an urgent health need is decided within 72 hours. "
           f"Call {phone(rng, '800')} (TTY 711).", 8.8)
    p.add_page()
    p.heading("Your rights", 10.5)
    p.bullets(["You may bring someone to help you at a review or hearing.",
               "The program pays only after Medicaid, CHIP or other coverage pays. Tell us about any new coverage.",
               "Eligibility is checked every six months. Send your renewal form on time so that care is not stopped.",
               "Example of a filled request: Client No. CSB0000-0000, date 01/15/2026."], 8.8)
    t = truth("denial_letter", "prior_authorization", insurer=INS, member_id=c, member_name=child, cases=[ref],
              claim_amount=m2(b), service_dates=[deliv.isoformat()], denial_date=nd.isoformat(),
              provider="Wrenhollow Mobility Supply", appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT, "provider": [doc], "claim_amount": [None]})
    return out(p), t


def lowres_elig_form(rng):
    child, father, doc, sig = people(rng, 4)
    c = cid(rng)
    end = dt.date(2026, 1, 31)
    v = dt.date(2026, 2, rng.randint(9, 26))
    nd = plus(v, rng.randint(24, 34))
    n = icn(rng)
    b1, b2 = amount(rng, 180, 260), amount(rng, 240, 420)
    tot = round(b1 + b2, 2)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(15, 13, 15)
    p.add_page()
    _head(p, rng)
    p.title_bar("CLAIM DECISION", "CSHCN-CD-3  |  claims administered by " + ADMIN)
    for ln in [father, *address(rng)]:
        p.line(ln, 9.6)
    p.ln(3)
    p.beside([[("Date mailed", fdate(nd, "slash")), ("Recipient ID", c)],
              [("Recipient", child), ("Elig. period", f"{fdate(plus(end, -183), 'slash')} - {fdate(end, 'slash')}")],
              [("Claim no.", n), ("Date(s) of svc", fdate(v, "slash"))],
              [("Rendering", f"Dr. {doc}"), ("Billed", money(tot))],
              [("Clinic", "Brindle Mesa Child Neurology"), ("Renewal rec'd", "none on file")]], cap_w=25, cap=5.6)
    p.table(["Code", "Service", "Billed", "Paid", "Code"],
            [["99214", "Office visit, established patient", money(b1, "nosign"), "0.00", "EL2"],
             ["95816", "EEG, awake and drowsy", money(b2, "nosign"), "0.00", "EL2"],
             ["", "Total", money(tot, "nosign"), "0.00", ""]],
            [20, 90, 26, 22, 23.9], size=8.8, aligns=["L", "L", "R", "R", "C"], bold_last=True)
    p.para(f"EL2: {child}'s time in the program ran through the last day of the period shown above. We did not get "
           "the renewal form, so the child was not in the program on the day of this visit and we cannot pay it. "
           "If you send the renewal now, coverage may start again from the date we receive it.", 9.2)
    p.para("You may ask for a review within 30 days of the date mailed. Fair hearing: within 90 days. "
           f"Questions: 1-800-555-{digits(rng, 4)} (TTY 711). {sig}, Eligibility Unit.", 8.8)
    t = truth("denial_letter", "eligibility", insurer=INS, member_id=c, member_name=child, cases=[n],
              claim_amount=m2(tot), service_dates=[v.isoformat()], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT + [ADMIN], "provider": ["Brindle Mesa Child Neurology"]},
              type_alternates=["eob"])
    return out(p), t


def born_remit(rng):
    kids = people(rng, 3)
    rds = people(rng, 3)
    rd = dt.date(2026, 4, rng.randint(6, 24))
    rows, info = [], []
    specs = [("97110", "Therapeutic exercise x4", 140, 210, False),
             ("97530", "Therapeutic activities x3", 120, 190, True),
             ("92507", "Speech treatment", 95, 160, False)]
    for kd, rdr, (code, desc, lo, hi, den) in zip(kids, rds, specs):
        d = plus(rd, -rng.randint(14, 40))
        n, c = icn(rng), cid(rng)
        b = amount(rng, lo, hi)
        if den:
            rows.append([n, kd, c, d.isoformat(), rdr, code, money(b, "nosign"), "0.00", "0.00", "E31"])
        else:
            al = round(b * 0.72, 2)
            rows.append([n, kd, c, d.isoformat(), rdr, code, money(b, "nosign"), money(al, "nosign"),
                         money(al, "nosign"), "P01"])
        info.append((kd, rdr, n, c, d, b))
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(10, 12, 10)
    p.add_page(orientation="L")
    _head(p, rng)
    p.title_bar("PROVIDER REMITTANCE AND STATUS REPORT", f"Prepared by {ADMIN} for the CSHCN Services Program")
    p.capstrip([("Payee", "Sotol Ridge Children's Therapy"), ("Payee NPI", digits(rng, 10)),
                ("TIN", f"{digits(rng, 2)}-{digits(rng, 7)}"), ("Remit date", rd.isoformat()),
                ("Check / EFT", f"EFT {digits(rng, 10)}")], [80, 42, 38, 40, 59])
    p.ln(3)
    p.table(["ICN", "Client", "Client No.", "Svc date", "Rendering therapist", "Proc", "Billed", "Allowed",
             "Paid", "Code"], rows, [36, 40, 32, 22, 40, 15, 20, 18, 18, 18], size=7.6,
            aligns=["L"] * 6 + ["R"] * 3 + ["C"])
    kd, rdr, n, c, d, b = info[1]
    p.para("**Code legend.** P01: paid at the program's rate. E31: our records show this client was enrolled in "
           "Texas Medicaid on the date of service. The program pays only after other coverage; send this claim to "
           "Medicaid. Do not bill the family.", 8.2)
    p.para(f"Provider inquiries: {phone(rng, '800')}. Reconsideration requests within 30 days of the remit date.",
           8.2)
    t = truth("eob", "other", insurer=INS, member_id=c, member_name=kd, cases=[n], claim_amount=m2(b),
              service_dates=[d.isoformat()], denial_date=rd.isoformat(), provider=rdr,
              appeal_deadline=plus(rd, 30).isoformat(),
              alternates={"insurer": ALT + [ADMIN], "provider": ["Sotol Ridge Children's Therapy"]},
              denial_alternates=["eligibility"])
    return out(p), t


def phone_es_pool(rng):
    child, mother, doc, sig = people(rng, 4)
    c = cid(rng)
    recv = dt.date(2026, 3, rng.randint(2, 20))
    nd = plus(recv, rng.randint(8, 14))
    ref = pa(rng)
    b = amount(rng, 8400, 12600)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, es=True)
    p.para(wk_es(nd), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Niño(a)", child), ("Núm. de cliente", c), ("Solicitud", ref)], label_w=38, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"El {wk_es(recv)} recibimos la solicitud de la Dra. {doc} para instalar una piscina de terapia en su "
           f"casa para {child}. El presupuesto del proveedor es de {money(b)}.", 10)
    p.para("Entendemos que el agua tibia ayuda a su hijo(a) a moverse. Pero una piscina, un jacuzzi o un cambio a la "
           "casa no están entre los servicios que paga el programa, aun cuando un médico los recomienda. Por eso no "
           "podemos aprobar esta solicitud. La terapia acuática en una clínica inscrita en el programa sí se puede "
           "pedir.", 10)
    p.bar("SI NO ESTÁ DE ACUERDO", 9.4)
    p.para("Puede pedir una revisión dentro de 30 días a partir de la fecha de esta carta. También puede pedir una "
           "audiencia imparcial dentro de 90 días. Llame al 1-800-555-" + digits(rng, 4) + " (TTY 711).", 9.6)
    p.para(f"Atentamente,\n{sig}\nUnidad de Autorizaciones", 9.6)
    t = truth("denial_letter", "not_covered", insurer=INS, member_id=c, member_name=child, cases=[ref],
              claim_amount=None, service_dates=[], denial_date=nd.isoformat(), provider=doc,
              appeal_deadline=plus(nd, 30).isoformat(), lang="es",
              alternates={"insurer": ALT + ["Comisión de Salud y Servicios Humanos de Texas"],
                          "claim_amount": [m2(b)]})
    return out(p), t


def rotated_approval(rng):
    child, guardian, slp, sig = people(rng, 4)
    c = cid(rng)
    d1 = dt.date(2026, 3, rng.randint(2, 6))
    d2 = plus(d1, 7)
    last = plus(d1, 7 * 11)
    nd = plus(d1, -rng.randint(8, 14))
    ref = pa(rng)
    p = DTSheet(footer="Page {n} of {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng)
    p.para(fdate(nd, "long"), 10)
    for ln in [guardian, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Client", child), ("Client No.", c), ("Authorization", ref)], label_w=32, size=9.6)
    p.ln(2)
    p.para(f"Dear {guardian}:", 10)
    p.para(f"Good news. We approved speech therapy for {child} with {slp} at Sotol Ridge Children's Therapy: "
           f"12 visits, once a week. The first visits are planned on {d1.strftime('%B %-d')} and "
           f"{d2.strftime('%B %-d, %Y')}, and the last one by {fdate(last, 'long')}.", 10)
    p.table(["Procedure", "Visits approved", "From", "Through"],
            [["92507 Speech treatment", "12", fdate(d1, "slash"), fdate(last, "slash")]], [70, 30, 35, 38.9],
            size=9)
    p.para("Remember to send the renewal form before the six-month eligibility period ends, or the visits after that "
           "date cannot be paid. If you have questions, call 1-800-555-" + digits(rng, 4) + " (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nPrior Authorization Unit", 10)
    t = truth("other", None, insurer=INS, member_id=c, member_name=child, cases=[ref], claim_amount=None,
              service_dates=[f"{d1.isoformat()}/{last.isoformat()}"], denial_date=nd.isoformat(), provider=slp,
              appeal_deadline=None,
              alternates={"insurer": ALT, "provider": ["Sotol Ridge Children's Therapy"], "case_numbers": [[]],
                          "service_dates": [[d1.isoformat(), d2.isoformat()], [d1.isoformat(), last.isoformat()],
                                            []]})
    return out(p), t


def photocopy_late(rng):
    child, father, doc, sig = people(rng, 4)
    c = cid(rng)
    a = dt.date(2026, 1, rng.randint(5, 14))
    z = plus(a, rng.randint(2, 4))
    recv = plus(z, rng.randint(101, 118))
    nd = plus(recv, rng.randint(7, 12))
    n = icn(rng)
    b = amount(rng, 14200, 26800)
    acct = f"HB{digits(rng, 8)}"
    p = DTSheet(footer=None)
    p.set_margins(24, 16, 24)
    p.add_page()
    _head(p, rng)
    p.ln(2)
    p.para(fdate(nd, "long"), 10)
    for ln in [father, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.para(f"Re: {child}, Client No. {c}", 10)
    p.para(f"Dear {father}:", 10)
    p.para(f"Your daughter stayed at Pecos Bend Children's Hospital from {fdate(a, 'long')} through "
           f"{fdate(z, 'long')}, under the care of Dr. {doc}. The hospital sent a claim for {money(b)} "
           f"(claim {n}, hospital account {acct}). The claim reached {ADMIN}, which handles claims for the "
           f"program, on {fdate(recv, 'slash')}.", 10)
    p.para("Hospitals must send their claims within 95 days after the patient goes home. This claim came later "
           "than that, so it will not be paid. The hospital is enrolled with the program and agreed to these rules; "
           "it may not bill you for this stay.", 10)
    p.para("If you think we made a mistake, you may ask for a review within 30 days of the date of this letter, or "
           "for a fair hearing within 90 days. Call 1-800-555-" + digits(rng, 4) + " (TTY 711).", 10)
    p.para(f"Sincerely,\n{sig}\nClaims Review", 10)
    t = truth("denial_letter", "timely_filing", insurer=INS, member_id=c, member_name=child, cases=[n],
              claim_amount=m2(b), service_dates=[f"{a.isoformat()}/{z.isoformat()}"], denial_date=nd.isoformat(),
              provider="Pecos Bend Children's Hospital", appeal_deadline=plus(nd, 30).isoformat(),
              alternates={"insurer": ALT + [ADMIN], "provider": [doc],
                          "service_dates": [[a.isoformat(), z.isoformat()]]})
    return out(p), t


def finefax_stack(rng):
    child, mother, doc, sig = people(rng, 4)
    c = cid(rng)
    made = dt.date(2026, 2, rng.randint(3, 24))
    nd = plus(made, rng.randint(20, 30))
    n = icn(rng)
    b = amount(rng, 1800, 3200)
    p = DTSheet(footer="Página {n} de {nb}")
    p.set_margins(20, 14, 20)
    p.add_page()
    _head(p, rng, es=True)
    p.para(fdate(nd, "long", "es"), 10)
    for ln in [mother, *address(rng)]:
        p.line(ln, 10)
    p.ln(3)
    p.pairs([("Cliente", child), ("Núm. de cliente", c), ("Reclamo", n)], label_w=38, size=9.6)
    p.ln(2)
    p.para(f"Estimada {mother}:", 10)
    p.para(f"Taller Ortopédico Mesquite Flats hizo dos férulas para las piernas de su hijo (L1970) el "
           f"{fdate(made, 'long', 'es')} ({made.strftime('%d/%m/%Y')}, día/mes/año), por orden de la Dra. {doc}. "
           f"El taller nos cobró {money(b)}.", 10)
    p.para("Nadie nos pidió permiso antes de hacer las férulas. El programa tiene que aprobar estos aparatos antes "
           "de que se hagan; como no lo hizo, no podemos pagar el reclamo. El taller está inscrito en el programa y "
           "no le puede cobrar a usted.", 10)
    p.para("Puede pedir una revisión dentro de 30 días a partir de la fecha de esta carta. Llame al 1-800-555-"
           + digits(rng, 4) + " (TTY 711).", 9.8)
    p.para(f"Atentamente,\n{sig}", 9.8)
    d_a = (out(p), truth("denial_letter", "prior_authorization", insurer=INS, member_id=c, member_name=child,
                         cases=[n], claim_amount=m2(b), service_dates=[made.isoformat()],
                         denial_date=nd.isoformat(), provider="Taller Ortopédico Mesquite Flats",
                         appeal_deadline=plus(nd, 30).isoformat(), lang="es",
                         alternates={"insurer": ALT + ["Comisión de Salud y Servicios Humanos de Texas"],
                                     "provider": [doc]}))
    child2, grand, doc2, nurse, rev = people(rng, 5)
    c2 = cid(rng)
    orig = pa(rng)
    appl = f"RV-26-{digits(rng, 4)}{rng.choice('SZ')}"
    fr = dt.date(2026, 4, 1)
    to = dt.date(2026, 6, 30)
    heard = dt.date(2026, 3, rng.randint(16, 26))
    nd2 = plus(heard, rng.randint(5, 9))
    q = DTSheet(footer="Page {n} of {nb}")
    q.set_margins(20, 14, 20)
    q.add_page()
    _head(q, rng)
    q.para(fdate(nd2, "long"), 10)
    for ln in [grand, *address(rng)]:
        q.line(ln, 10)
    q.ln(3)
    q.pairs([("Client", child2), ("Client No.", c2), ("Review No.", appl), ("Original request", orig)],
            label_w=38, size=9.6)
    q.ln(2)
    q.para(f"Dear {grand}:", 10)
    q.para(f"You asked us to look again at our decision on the request from Dr. {doc2} for private duty nursing for "
           f"your grandson, 16 hours a day instead of 8, from {fdate(fr, 'long')} through {fdate(to, 'long')}. "
           f"We talked with you on {fdate(heard, 'long')}. {rev}, MD, a pediatrician who did not make the first "
           "decision, read the records again.", 10)
    q.para(f"The nursing notes from {nurse}'s agency show that your grandson's breathing treatments and feedings "
           "happen during the day, and that nights have been quiet for several months. The records do not show "
           "that he needs a nurse for the extra hours. We are keeping our first decision; the 8 hours a day "
           "already approved go on.", 10)
    q.para("You may ask for a fair hearing within 90 days of the date of this letter.", 10)
    q.para(f"Sincerely,\n{rev}, MD\nMedical Review", 10)
    d_b = (out(q), truth("denial_letter", "medical_necessity", insurer=INS, member_id=c2, member_name=child2,
                         cases=[appl, orig], service_dates=[f"{fr.isoformat()}/{to.isoformat()}"],
                         denial_date=nd2.isoformat(), provider=doc2, appeal_deadline=None,
                         alternates={"insurer": ALT, "case_numbers": [[appl], [orig]],
                                     "service_dates": [[fr.isoformat(), to.isoformat()]],
                                     "appeal_deadline": [plus(nd2, 90).isoformat()]}))
    return [d_a, d_b]


def documents(rng: random.Random) -> list[Item]:
    F = FAMILY + "_"
    return [
        Item(F + "faxstd_pa_form_wheelchair_request_after_delivery", "fax_standard_g4", [faxstd_pa_form(rng)]),
        Item(F + "lowres_claim_form_visit_after_eligibility_period_ended", "scan_lowres_150",
             [lowres_elig_form(rng)]),
        Item(F + "born_remittance_three_clients_one_row_medicaid_first", "born_digital", [born_remit(rng)]),
        Item(F + "phone_es_carta_piscina_terapeutica_no_es_beneficio", "phone_photo", [phone_es_pool(rng)]),
        Item(F + "rotated_pa_approval_therapy_visits", "rotated", [rotated_approval(rng)]),
        Item(F + "photocopy_letter_claim_received_after_filing_limit", "photocopy", [photocopy_late(rng)]),
        Item(F + "finefax_stack_cover_es_carta_sin_autorizacion_then_appeal_decision_sideways", "fax_fine_g4",
             finefax_stack(rng), separators=["cover", None], turns={(1, 0): 90}),
    ]
